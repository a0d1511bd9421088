import { seriesFeed } from '../../data/series-routes.ts';
import { LECTURES } from '../../lib/series/series.ts';

export const GET = seriesFeed(LECTURES);
