import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { calendarText } from '../../lib/ics.ts';
import { meetingEvents } from '../../components/series/feeds.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

/** One file per upcoming session, behind the 加入日历 button; held sessions need none. */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.upcomingMeetings.map((meeting) => ({
    params: { number: String(meeting.data.number) },
    props: { meeting },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const catalog = await getCatalog();
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  const { meeting } = props as { meeting: (typeof catalog.meetings)[number] };
  const body = calendarText({
    name: t('brand.meetings'),
    url: absoluteUrl(paths.meeting(meeting.data.number), site),
    stampDate: catalog.today,
    events: meetingEvents(catalog, site, [meeting]),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
