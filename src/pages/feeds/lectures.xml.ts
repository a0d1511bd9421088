import type { APIRoute } from 'astro';
import { seriesFeed } from '../../components/series/feeds.ts';
import { feedData } from '../../data/routes/series.ts';
import { LECTURES } from '../../lib/series/series.ts';

export const GET: APIRoute = async ({ site }) => seriesFeed(LECTURES, (await feedData()).catalog, site);
