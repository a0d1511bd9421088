/**
 * RSS items and calendar events for the two series, built from the catalog in one place so the feeds,
 * the per-session .ics files and the subscribable calendars describe a session the same way.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n/t.ts';
import type { Catalog } from '../catalog.ts';
import { eventTimes, type CalendarEvent } from '../ics.ts';
import { absoluteUrl } from '../urls.ts';
import type { SeriesDescriptor, Session } from './series.ts';

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
