/**
 * RSS items and calendar events for the two series, built from the catalog in one place so the feeds,
 * the per-session .ics files and the subscribable calendars describe a session the same way.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { t } from '../../i18n/t.ts';
import type { Catalog, Lecture, Meeting } from '../../lib/catalog.ts';
import {
  eventTimes,
  DEFAULT_TIMES,
  lectureEvent,
  meetingEvent,
  type CalendarEvent,
  type EventContext,
} from '../../lib/ics.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';

const names = (catalog: Catalog, ids: readonly string[]) =>
  ids.map((id) => catalog.person(id).data.name).join(t('common.listSeparator'));

const prefix = (n: number) => `${t('common.sessionNumber', { n })} `;

export function lectureItems(catalog: Catalog, site: URL | string): RSSFeedItem[] {
  return catalog.lectures.map((lecture) => ({
    title: `${prefix(lecture.data.number)}${lecture.data.title}`,
    link: absoluteUrl(paths.lecture(lecture.data.number), site),
    pubDate: eventTimes({ ...lecture.data, defaults: DEFAULT_TIMES.lectures }).start.toJSDate(),
    description: `${lecture.data.summary}（${t('series.feed.speakers', { names: names(catalog, lecture.data.speakers) })}）`,
    categories: [...lecture.data.themes],
  }));
}

export function meetingItems(catalog: Catalog, site: URL | string): RSSFeedItem[] {
  return catalog.meetings.map((meeting) => ({
    title: `${prefix(meeting.data.number)}${meeting.data.title}`,
    link: absoluteUrl(paths.meeting(meeting.data.number), site),
    pubDate: eventTimes({ ...meeting.data, defaults: DEFAULT_TIMES.meetings }).start.toJSDate(),
    description: [
      meeting.data.summary,
      t('series.feed.leadReaders', { names: names(catalog, meeting.data.leadReaders) }),
    ]
      .filter(Boolean)
      .join(' '),
    categories: [meeting.data.format],
  }));
}

function eventContext(catalog: Catalog, site: URL | string, kind: 'lectures' | 'meetings'): EventContext {
  return {
    host: new URL(site).host,
    pageUrl: (n) => absoluteUrl(kind === 'lectures' ? paths.lecture(n) : paths.meeting(n), site),
    titlePrefix: prefix,
    describe: (entry) =>
      kind === 'lectures'
        ? `${t('series.feed.speakers', { names: names(catalog, (entry as Lecture).data.speakers) })}\n${(entry as Lecture).data.summary}`
        : [
            t('series.feed.leadReaders', { names: names(catalog, (entry as Meeting).data.leadReaders) }),
            entry.data.summary,
          ]
            .filter(Boolean)
            .join('\n'),
  };
}

export function lectureEvents(catalog: Catalog, site: URL | string, lectures = catalog.lectures): CalendarEvent[] {
  const context = eventContext(catalog, site, 'lectures');
  return lectures.map((lecture) => lectureEvent(lecture, context));
}

export function meetingEvents(catalog: Catalog, site: URL | string, meetings = catalog.meetings): CalendarEvent[] {
  const context = eventContext(catalog, site, 'meetings');
  return meetings.map((meeting) => meetingEvent(meeting, context));
}
