/**
 * The data of the routes of 初心讲坛 and 南江读书会, written once: each file under src/pages/lectures/ and
 * src/pages/meetings/ (and their feeds and calendars) names its series and takes its paths and page model from here;
 * also the theme pages of 初心讲坛 and the calendar page of both.
 */
import type { GetStaticPaths, Page, PaginateFunction } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCatalog, getSite } from '../site.ts';
import type { Theme } from '../../lib/catalog.ts';
import { pageMetaOf } from '../page-meta.ts';
import { laterPages, listPage, PAGE_SIZE, pageCount, pager } from '../../lib/paging.ts';
import type { LeadReaderTurn } from '../../lib/series/meetings.ts';
import { SERIES, LECTURES, type SeriesDescriptor, type SeriesSlug, type Session } from '../../lib/series/series.ts';
import { sessionsInYear, sessionView, sessionViews } from '../../lib/series/session.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';

/** /lectures/<n>/ for every session, the entry as its prop. */
export const sessionPaths = (series: SeriesDescriptor) =>
  (async () =>
    (await getCollection(series.slug)).map((session) => ({
      params: { number: String(session.data.number) },
      props: { session },
    }))) satisfies GetStaticPaths;

/** /lectures/<n>.ics for every upcoming session (held sessions need no 加入日历), the session as its prop. */
export const upcomingSessionPaths = (series: SeriesDescriptor) =>
  (async () =>
    series.upcoming(await getCatalog()).map((session) => ({
      params: { number: String(session.data.number) },
      props: { session },
    }))) satisfies GetStaticPaths;

/** A session page's data: the session as shown, its text, and the page's absolute address. */
export async function sessionPage(series: SeriesDescriptor, entry: unknown, site: URL) {
  const session = entry as CollectionEntry<SeriesSlug>;
  const { Content } = await render(session);
  const view = sessionView(series, session, await getCatalog());
  return {
    Content,
    series,
    session: view,
    pageUrl: absoluteUrl(series.paths.session(view.number), site),
    meta: pageMetaOf(series.slug, session),
  };
}

/** The series page: totals, ways to browse, upcoming sessions, the breakdown and the newest past ones. */
export async function seriesIndex(series: SeriesDescriptor) {
  const { catalog, stats } = await getSite();
  const past = series.past(catalog);
  return {
    series,
    totals: catalog.totals,
    themes: series.themes
      ? catalog.themes.map((theme) => ({
          href: paths.lectureTheme(theme.slug),
          name: theme.name,
          held: theme.held.length,
          upcoming: theme.upcoming.length,
        }))
      : [],
    years: series.years(catalog),
    upcoming: sessionViews(series, series.upcoming(catalog), catalog),
    stats,
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
  return { series, year, sessions: sessionViews(series, sessions, catalog), held, upcoming };
}

/** /meetings/rotation/ and its later pages: every lead reader's turns, most first, fifty to a page. */
export const rotationPaths = (async ({ paginate }: { paginate: PaginateFunction }) =>
  paginate((await getSite()).stats.rotation, { pageSize: PAGE_SIZE.people })) satisfies GetStaticPaths;

/** A page of the lead-reader rotation, from the page {@link rotationPaths} gives. */
export const rotationPage = (page: Page<LeadReaderTurn>) => listPage(paths.meetingRotation(), page);

/**
 * What a feed or calendar file of a series is made from: the whole catalog, since it names each session's people
 * (src/components/series/feeds.ts puts the words on).
 */
export const feedData = async () => ({ catalog: await getCatalog() });

/** /calendar/lectures.ics and /calendar/meetings.ics: the whole series, its descriptor as the prop. */
export const seriesCalendarPaths = (() =>
  Object.values(SERIES).map((series) => ({
    params: { series: series.slug },
    props: { series },
  }))) satisfies GetStaticPaths;

/** /calendar/: each series' calendar address, and the upcoming sessions of the series that have any. */
export async function calendarPage(site: URL) {
  const catalog = await getCatalog();
  return {
    addresses: {
      lectures: absoluteUrl(paths.calendar('lectures'), site),
      meetings: absoluteUrl(paths.calendar('meetings'), site),
    },
    upcoming: Object.values(SERIES)
      .map((series) => ({ series, sessions: sessionViews(series, series.upcoming(catalog), catalog) }))
      .filter((list) => list.sessions.length > 0),
  };
}

/** /lectures/themes/: every theme with its held and upcoming lectures. */
export const themesPage = async () => ({ themes: (await getCatalog()).themes });

/** /lectures/themes/<slug>/ for every theme of 初心讲坛. */
export const themePaths = (async () =>
  (await getCatalog()).themes.map((theme) => ({
    params: { slug: theme.slug },
    props: { theme },
  }))) satisfies GetStaticPaths;

/** A theme page: the theme, its counts and its lectures as shown. */
export async function themePage(theme: Theme) {
  const catalog = await getCatalog();
  return { theme, series: LECTURES, sessions: sessionViews(LECTURES, theme.lectures, catalog) };
}
