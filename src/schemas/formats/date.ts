/**
 * The calendar date and clock time formats editors write (`2024-03-01`, `19:30`): what a valid one is.
 * A leaf module (no project imports) so the schemas and src/lib can both build on it.
 */

/** A calendar date in `YYYY-MM-DD` form, already checked to exist. */
export type CalendarDate = string;

/** A wall-clock time in `HH:mm` form (China time). */
export type ClockTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Why a string is not a real calendar date, or `null` when it is one.
 * Unlike `new Date()`, 2024-02-30 is refused instead of rolled over to 2024-03-01.
 */
export function calendarDateProblem(value: string): string | null {
  const m = DATE_RE.exec(value);
  if (!m) return 'format';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return 'month';
  if (day < 1 || day > daysInMonth(year, month)) return 'day';
  return null;
}

export function isCalendarDate(value: string): boolean {
  return calendarDateProblem(value) === null;
}

export function isClockTime(value: string): boolean {
  return TIME_RE.test(value);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
