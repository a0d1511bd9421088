import { sessionIcs } from '../../components/series/feeds.ts';
import { MEETINGS } from '../../lib/series/series.ts';

export const { getStaticPaths, GET } = sessionIcs(MEETINGS);
