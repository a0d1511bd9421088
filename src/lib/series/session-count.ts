/**
 * How many sessions of a list count: held ones counted, announced ones apart — the same rule as 讲坛期数 and
 * every statistics table, so a theme or a year never shows two different totals (words: components/series/session-count.ts).
 */
import type { CalendarDate } from '../dates.ts';

/** Sessions of a list held up to `today`, and those still to come. */
export function heldAndUpcoming(
  sessions: readonly { data: { date: CalendarDate } }[],
  today: CalendarDate,
): { held: number; upcoming: number } {
  const held = sessions.filter((session) => session.data.date <= today).length;
  return { held, upcoming: sessions.length - held };
}
