import { seriesFeed } from '../../components/series/feeds.ts';
import { MEETINGS } from '../../lib/series/series.ts';

export const GET = seriesFeed(MEETINGS);
