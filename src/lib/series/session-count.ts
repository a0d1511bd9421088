/**
 * How many sessions of a list count: held ones counted, announced ones apart — the same rule as 讲坛期数 and
 * every statistics table, so a theme or a year never shows two different totals (words: components/series/session-count.ts).
 */
import type { CalendarDate } from '../dates.ts';

/** What counts as held: a session dated up to `today` (the build's date); a later one is upcoming. */
export const isHeld =
  (today: CalendarDate) =>
  (session: { data: { date: CalendarDate } }): boolean =>
    session.data.date <= today;

/** Sessions of a list held up to `today`, and those still to come. */
export function heldAndUpcoming(
  sessions: readonly { data: { date: CalendarDate } }[],
  today: CalendarDate,
): { held: number; upcoming: number } {
  const held = sessions.filter(isHeld(today)).length;
  return { held, upcoming: sessions.length - held };
}
