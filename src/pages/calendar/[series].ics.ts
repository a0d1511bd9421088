import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { seriesCalendar } from '../../components/series/feeds.ts';
import { SERIES } from '../../lib/series/series.ts';

export const getStaticPaths = (() => [
  { params: { series: 'lectures' } },
  { params: { series: 'meetings' } },
]) satisfies GetStaticPaths;

/** The whole series, past sessions included, so a subscribed calendar keeps its history. */
export const GET: APIRoute = async ({ params, site }) =>
  seriesCalendar(SERIES[params.series === 'lectures' ? 'lectures' : 'meetings'], await getCatalog(), site);
