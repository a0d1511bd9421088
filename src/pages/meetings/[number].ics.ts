/** /meetings/<n>.ics: one file per upcoming session, behind the 加入日历 button; held sessions need none. */
import type { APIRoute } from 'astro';
import { seriesCalendar } from '../../components/series/feeds.ts';
import { feedData, upcomingSessionPaths } from '../../data/routes/series.ts';
import { MEETINGS, type Session } from '../../lib/series/series.ts';

export const getStaticPaths = upcomingSessionPaths(MEETINGS);
export const GET: APIRoute<{ session: Session }> = async ({ props, site }) =>
  seriesCalendar(MEETINGS, (await feedData()).catalog, site, props.session);
