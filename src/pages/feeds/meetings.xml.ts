import type { APIRoute } from 'astro';
import { seriesFeed } from '../../components/series/feeds.ts';
import { feedData } from '../../data/routes/series.ts';
import { MEETINGS } from '../../lib/series/series.ts';

export const GET: APIRoute = async ({ site }) => seriesFeed(MEETINGS, (await feedData()).catalog, site);
