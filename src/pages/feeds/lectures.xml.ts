import { seriesFeed } from '../../components/series/feeds.ts';
import { LECTURES } from '../../lib/series/series.ts';

export const GET = seriesFeed(LECTURES);
