/**
 * Calendar dates as editors write them (`2024-03-01`), kept as plain `YYYY-MM-DD` strings so that
 * no time zone can shift a day: the park is in China (UTC+8) and a `Date` at UTC midnight would
 * print as the previous day on a machine west of Greenwich.
 */

export {
  calendarDateProblem,
  daysInMonth,
  isCalendarDate,
  isClockTime,
  type CalendarDate,
  type ClockTime,
} from '../schemas/formats/date.ts';
import type { CalendarDate } from '../schemas/formats/date.ts';

/** The time zone every date and time on the site is read in. */
export const SITE_TIME_ZONE = 'Asia/Shanghai';

/** The year of a calendar date. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** `YYYY-MM` of a calendar date, for monthly statistics. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** Today's calendar date in China time. `now` is injectable so tests and builds are repeatable. */
export function todayInChina(now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SITE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `2024年3月1日`: how dates are read aloud and printed in Chinese. */
export function formatChineseDate(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `2024年3月` for month headings. */
export function formatChineseMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** Newest first; ties keep their given order (Array.prototype.sort is stable). */
export function byDateDesc<T>(dateOf: (item: T) => CalendarDate): (a: T, b: T) => number {
  return (a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0);
}

/** Oldest first. */
export function byDateAsc<T>(dateOf: (item: T) => CalendarDate): (a: T, b: T) => number {
  const desc = byDateDesc(dateOf);
  return (a, b) => -desc(a, b);
}
