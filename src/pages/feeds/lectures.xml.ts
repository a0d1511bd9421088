import type { APIRoute } from 'astro';
import { seriesFeed } from '../../components/series/feeds.ts';
import { getCatalog } from '../../data/catalog.ts';
import { LECTURES } from '../../lib/series/series.ts';

export const GET: APIRoute = async ({ site }) => seriesFeed(LECTURES, await getCatalog(), site);
