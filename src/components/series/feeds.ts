/**
 * The words of the two series' RSS feeds and calendar files, in one place so the feeds, the per-session .ics
 * files and the subscribable calendars describe a session the same way. The routes (src/pages/feeds/,
 * src/pages/calendar/, src/pages/<series>/[number].ics.ts) take their paths and the catalog from src/data/.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n/t.ts';
import type { Catalog } from '../../lib/catalog.ts';
import { calendarText, eventTimes, type CalendarEvent } from '../../lib/ics.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import type { SeriesDescriptor, Session } from '../../lib/series/series.ts';

const siteOf = (site: URL | undefined): URL => {
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  return site;
};

const prefix = (n: number) => `${t('common.sessionNumber', { n })} `;

/** 「主讲人：张伟、李娜」 */
const peopleLine = <S extends Session>(series: SeriesDescriptor<S>, catalog: Catalog, session: S) =>
  t(series.labels.peopleLine, {
    names: series
      .people(session)
      .map((id) => catalog.person(id).data.name)
      .join(t('common.listSeparator')),
  });

export function sessionItems<S extends Session>(
  series: SeriesDescriptor<S>,
  catalog: Catalog,
  site: URL | string,
): RSSFeedItem[] {
  return series.sessions(catalog).map((session) => {
    const { data } = session;
    const people = peopleLine(series, catalog, session);
    return {
      title: `${prefix(data.number)}${data.title}`,
      link: absoluteUrl(series.paths.session(data.number), site),
      pubDate: eventTimes({ ...data, defaults: series.times }).start.toJSDate(),
      description:
        series.feedPeople === 'bracketed'
          ? `${data.summary}（${people}）`
          : [data.summary, people].filter(Boolean).join(' '),
      categories: series.categories(session),
    };
  });
}

/** Calendar events of a series (all its sessions unless given some); UIDs are stable: `lecture-11@host`. */
export function sessionEvents<S extends Session>(
  series: SeriesDescriptor<S>,
  catalog: Catalog,
  site: URL | string,
  sessions: readonly S[] = series.sessions(catalog),
): CalendarEvent[] {
  const host = new URL(site).host;
  return sessions.map((session) => {
    const { data } = session;
    return {
      uid: `${series.kind}-${data.number}@${host}`,
      title: `${prefix(data.number)}${data.title}`,
      date: data.date,
      startTime: data.startTime,
      endTime: data.endTime,
      defaults: series.times,
      location: data.venue ?? data.format,
      description: [peopleLine(series, catalog, session), data.summary].filter(Boolean).join('\n'),
      url: absoluteUrl(series.paths.session(data.number), site),
    };
  });
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

/** /feeds/lectures.xml: every session of the series. */
export function seriesFeed(series: SeriesDescriptor, catalog: Catalog, site: URL | undefined): Promise<Response> {
  const base = siteOf(site);
  return rss({
    title: `${t(series.labels.brand)} - ${t('site.name')}`,
    description: t(series.labels.feedDescription),
    site: absoluteUrl(series.paths.list(), base),
    items: sessionItems(series, catalog, base),
    customData: '<language>zh-CN</language>',
  });
}
