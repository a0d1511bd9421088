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

/** The shapes as pattern text, for the web editor's fields (which check them as the editor types). */
export const DATE_PATTERN = DATE_RE.source;
export const TIME_PATTERN = TIME_RE.source;

/** What the schema, the content check and the web editor say about a time that is not `HH:mm`. */
export const CLOCK_TIME_MESSAGE = '时间应写成 24 小时制 HH:mm，例如 14:30。';

/** The rule for a date's shape, in the words the schema, the content check and the web editor's date fields use. */
export const DATE_FORMAT_RULE = '日期应写成 YYYY-MM-DD（年-月-日，补足两位），例如 2024-03-01';

/** What they say about a date that is not `YYYY-MM-DD` or does not exist (`problem` from calendarDateProblem). */
export function describeDateProblem(text: string, problem: string): string {
  return problem === 'format'
    ? `${DATE_FORMAT_RULE}；现为「${text}」。`
    : `日期「${text}」不存在（${problem === 'month' ? '月份应在 01–12 之间' : '这个月没有这一天'}）。请核对日历，例如 2024-02-29。`;
}

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
