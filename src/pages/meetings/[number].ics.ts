import { sessionIcs } from '../../data/series-routes.ts';
import { MEETINGS } from '../../lib/series/series.ts';

export const { getStaticPaths, GET } = sessionIcs(MEETINGS);
