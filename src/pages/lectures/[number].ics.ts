import { sessionIcs } from '../../data/series-routes.ts';
import { LECTURES } from '../../lib/series/series.ts';

export const { getStaticPaths, GET } = sessionIcs(LECTURES);
