import type { APIRoute } from 'astro';
import { seriesCalendar } from '../../components/series/feeds.ts';
import { feedData, seriesCalendarPaths } from '../../data/routes/series.ts';
import type { SeriesDescriptor } from '../../lib/series/series.ts';

export const getStaticPaths = seriesCalendarPaths;

/** The whole series, past sessions included, so a subscribed calendar keeps its history. */
export const GET: APIRoute<{ series: SeriesDescriptor }> = async ({ props, site }) =>
  seriesCalendar(props.series, (await feedData()).catalog, site);
