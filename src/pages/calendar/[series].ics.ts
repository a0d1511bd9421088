import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { calendarText } from '../../lib/ics.ts';
import { lectureEvents, meetingEvents } from '../../components/series/feeds.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

export const getStaticPaths = (() => [
  { params: { series: 'lectures' } },
  { params: { series: 'meetings' } },
]) satisfies GetStaticPaths;

/** The whole series, past sessions included, so a subscribed calendar keeps its history. */
export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  const series = params.series === 'lectures' ? 'lectures' : 'meetings';
  const body = calendarText({
    name: t(series === 'lectures' ? 'brand.lectures' : 'brand.meetings'),
    description: t(series === 'lectures' ? 'brand.lectures.lede' : 'brand.meetings.lede'),
    url: absoluteUrl(series === 'lectures' ? paths.lectures() : paths.meetings(), site),
    stampDate: catalog.today,
    events: series === 'lectures' ? lectureEvents(catalog, site) : meetingEvents(catalog, site),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
