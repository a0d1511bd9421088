import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { calendarText } from '../../lib/ics.ts';
import { lectureEvents } from '../../components/series/feeds.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

/** One file per upcoming session, behind the 加入日历 button; held sessions need none. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.upcomingLectures.map((lecture) => ({
    params: { number: String(lecture.data.number) },
    props: { lecture },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const catalog = await getCatalog();
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  const { lecture } = props as { lecture: (typeof catalog.lectures)[number] };
  const body = calendarText({
    name: t('brand.lectures'),
    url: absoluteUrl(paths.lecture(lecture.data.number), site),
    stampDate: catalog.today,
    events: lectureEvents(catalog, site, [lecture]),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
