/**
 * iCalendar files for 初心讲坛 and 南江读书会: one per upcoming session (download button) and one subscribable
 * feed per series. Written with ical-generator; times are wall-clock times in Asia/Shanghai (TZID + VTIMEZONE),
 * computed with luxon so the build machine's own time zone can never shift them.
 *
 * UIDs are stable (`lecture-11@host`), so a calendar that re-imports or re-polls a file updates the event
 * instead of adding a duplicate. When content leaves a time empty, the defaults documented in the schemas apply:
 * lectures 14:30 for two hours, meetings 19:00 for 90 minutes.
 */
import ical from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { SITE_TIME_ZONE, type CalendarDate, type ClockTime } from './dates.ts';

export interface TimeDefaults {
  start: ClockTime;
  minutes: number;
}

/** The defaults the lecture and meeting schemas promise editors. */
export const DEFAULT_TIMES = {
  lectures: { start: '14:30', minutes: 120 },
  meetings: { start: '19:00', minutes: 90 },
} as const satisfies Record<string, TimeDefaults>;

export interface CalendarEvent {
  uid: string;
  title: string;
  date: CalendarDate;
  startTime?: ClockTime | undefined;
  endTime?: ClockTime | undefined;
  defaults: TimeDefaults;
  location?: string | undefined;
  description?: string | undefined;
  /** Absolute address of the event's page. */
  url: string;
}

export interface CalendarInput {
  name: string;
  description?: string;
  /** Absolute address of the calendar's page. */
  url: string;
  /** The build's calendar date: DTSTAMP is derived from it so a pinned build writes identical files. */
  stampDate: CalendarDate;
  events: readonly CalendarEvent[];
}

/** Start and end in Asia/Shanghai; an end before the start (a typo) falls back to the default length. */
export function eventTimes(event: Pick<CalendarEvent, 'date' | 'startTime' | 'endTime' | 'defaults'>): {
  start: DateTime;
  end: DateTime;
} {
  const at = (time: ClockTime) => DateTime.fromISO(`${event.date}T${time}`, { zone: SITE_TIME_ZONE });
  const start = at(event.startTime ?? event.defaults.start);
  if (!start.isValid) throw new Error(`Invalid date/time for a calendar event: ${event.date} ${event.startTime ?? ''}`);
  const end = event.endTime ? at(event.endTime) : undefined;
  return { start, end: end && end > start ? end : start.plus({ minutes: event.defaults.minutes }) };
}

export function calendarText(input: CalendarInput): string {
  const calendar = ical({
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    prodId: { company: 'baishazhou-djjy', product: 'site', language: 'ZH' },
    // The zone is named on each event, not on the calendar: a calendar-level zone would make ical-generator write
    // DTSTAMP as local time, and RFC 5545 wants it in UTC. The generator still adds the VTIMEZONE block.
    timezone: { name: '', generator: getVtimezoneComponent },
    x: { 'X-WR-TIMEZONE': SITE_TIME_ZONE },
  });
  const stamp = DateTime.fromISO(input.stampDate, { zone: SITE_TIME_ZONE });
  for (const event of input.events) {
    const { start, end } = eventTimes(event);
    calendar.createEvent({
      id: event.uid,
      start,
      end,
      timezone: SITE_TIME_ZONE,
      stamp,
      summary: event.title,
      ...(event.location ? { location: event.location } : {}),
      ...(event.description ? { description: event.description } : {}),
      url: event.url,
    });
  }
  return calendar.toString();
}
