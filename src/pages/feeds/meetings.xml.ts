import type { APIRoute } from 'astro';
import { seriesFeed } from '../../components/series/feeds.ts';
import { getCatalog } from '../../data/catalog.ts';
import { MEETINGS } from '../../lib/series/series.ts';

export const GET: APIRoute = async ({ site }) => seriesFeed(MEETINGS, await getCatalog(), site);
