import { seriesFeed } from '../../data/series-routes.ts';
import { MEETINGS } from '../../lib/series/series.ts';

export const GET = seriesFeed(MEETINGS);
