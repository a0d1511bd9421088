import { todayInChina, isCalendarDate, type CalendarDate } from './dates.ts';

/**
 * The calendar date the site is built for (China time). `BUILD_DATE=YYYY-MM-DD` pins it, so a test
 * or a rebuild of an old release sees the same upcoming/past split and byte-identical pages.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): CalendarDate {
  const pinned = env.BUILD_DATE;
  if (pinned) {
    if (!isCalendarDate(pinned)) throw new Error(`BUILD_DATE="${pinned}" is not a calendar date (YYYY-MM-DD).`);
    return pinned;
  }
  return todayInChina();
}
