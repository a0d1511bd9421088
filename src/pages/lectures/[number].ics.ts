import { sessionIcs } from '../../components/series/feeds.ts';
import { LECTURES } from '../../lib/series/series.ts';

export const { getStaticPaths, GET } = sessionIcs(LECTURES);
