/**
 * The routes of 初心讲坛 and 南江读书会, written once: each file under src/pages/lectures/ and src/pages/meetings/
 * (and their feeds) names its series and takes its paths and responses from here.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, Page, PaginateFunction } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCatalog } from './catalog.ts';
import { t } from '../i18n/t.ts';
import type { Catalog } from '../lib/catalog.ts';
import { calendarText } from '../lib/ics.ts';
import { laterPages, PAGE_SIZE, pageCount, pager } from '../lib/paging.ts';
import { seriesStats } from '../lib/series/index.ts';
import { sessionEvents, sessionItems } from '../lib/series/feeds.ts';
import type { SeriesDescriptor, SeriesSlug, Session } from '../lib/series/series.ts';
import { sessionsInYear, sessionView, sessionViews } from '../lib/series/session.ts';
import { sessionCount, sessionCountShort } from '../lib/series/session-count.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';

const siteOf = (site: URL | undefined): URL => {
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  return site;
};

/** /lectures/<n>/ for every session, the entry as its prop. */
export const sessionPaths = (series: SeriesDescriptor) =>
  (async () =>
    (await getCollection(series.slug)).map((session) => ({
      params: { number: String(session.data.number) },
      props: { session },
    }))) satisfies GetStaticPaths;

/** A session page's data: the session as shown, its text, and the page's absolute address. */
export async function sessionPage(series: SeriesDescriptor, entry: unknown, site: URL) {
  const session = entry as CollectionEntry<SeriesSlug>;
  const { Content } = await render(session);
  const view = sessionView(series, session, await getCatalog());
  return { Content, series, session: view, pageUrl: absoluteUrl(series.paths.session(view.number), site) };
}

/** The series page: totals, ways to browse, upcoming sessions, the breakdown and the newest past ones. */
export async function seriesIndex(series: SeriesDescriptor) {
  const catalog = await getCatalog();
  const past = series.past(catalog);
  return {
    series,
    totals: series.totals.map((total) => ({
      label: t(total.label),
      value: catalog.totals[total.total],
      unit: t(total.unit),
    })),
    themes: series.themes
      ? catalog.themes.map((theme) => ({
          href: paths.lectureTheme(theme.slug),
          label: `${theme.name}（${sessionCountShort(theme.held.length, theme.upcoming.length)}）`,
        }))
      : [],
    years: series.years(catalog),
    upcoming: sessionViews(series, series.upcoming(catalog), catalog),
    stats: seriesStats(catalog),
    // The newest past sessions; older ones are on /lectures/page/2/ … (and on the year and theme pages).
    past: sessionViews(series, past.slice(0, PAGE_SIZE.series), catalog),
    pager: pager(series.paths.list(), 1, pageCount(past.length, PAGE_SIZE.series), 'page'),
  };
}

/** /lectures/page/2/ …: the older past sessions, twelve to a page. */
export const pastPagePaths = (series: SeriesDescriptor) =>
  (async ({ paginate }: { paginate: PaginateFunction }) =>
    laterPages(paginate, series.past(await getCatalog()))) satisfies GetStaticPaths;

/** A later page of past sessions, from the page {@link pastPagePaths} gives. */
export async function pastPage(series: SeriesDescriptor, page: Page<Session>) {
  return {
    series,
    sessions: sessionViews(series, page.data, await getCatalog()),
    pager: pager(series.paths.list(), page.currentPage, page.lastPage, 'page'),
  };
}

/** /lectures/years/<year>/ for every year with a session. */
export const yearPaths = (series: SeriesDescriptor) =>
  (async () =>
    series
      .years(await getCatalog())
      .map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;

/** A year page: the year's sessions, upcoming ones included, and how many were held. */
export async function yearPage(series: SeriesDescriptor, year: number) {
  const catalog = await getCatalog();
  const { sessions, held, upcoming } = sessionsInYear(series, catalog, year);
  return { series, year, sessions: sessionViews(series, sessions, catalog), count: sessionCount(held, upcoming) };
}

/** A calendar file of the series: one session (behind 加入日历) or all of them (the subscribable calendar). */
export function seriesCalendar<S extends Session>(
  series: SeriesDescriptor<S>,
  catalog: Catalog,
  site: URL | undefined,
  one?: S,
): Response {
  const base = siteOf(site);
  const body = calendarText({
    name: t(series.labels.brand),
    ...(one ? {} : { description: t(series.labels.lede) }),
    url: absoluteUrl(one ? series.paths.session(one.data.number) : series.paths.list(), base),
    stampDate: catalog.today,
    events: sessionEvents(series, catalog, base, one ? [one] : undefined),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** /lectures/<n>.ics: one file per upcoming session, behind the 加入日历 button; held sessions need none. */
export const sessionIcs = (series: SeriesDescriptor) => ({
  getStaticPaths: (async () =>
    series.upcoming(await getCatalog()).map((session) => ({
      params: { number: String(session.data.number) },
      props: { session },
    }))) satisfies GetStaticPaths,
  GET: (async ({ props, site }) =>
    seriesCalendar(series, await getCatalog(), site, (props as { session: Session }).session)) satisfies APIRoute,
});

/** /feeds/lectures.xml: every session of the series. */
export const seriesFeed =
  (series: SeriesDescriptor): APIRoute =>
  async ({ site }) => {
    const base = siteOf(site);
    return rss({
      title: `${t(series.labels.brand)} - ${t('site.name')}`,
      description: t(series.labels.feedDescription),
      site: absoluteUrl(series.paths.list(), base),
      items: sessionItems(series, await getCatalog(), base),
      customData: '<language>zh-CN</language>',
    });
  };
