/**
 * How a page states a number of sessions: in 期, held ones counted, announced ones named apart — the same rule
 * as 讲坛期数 and every statistics table, so a theme or a year never shows two different totals.
 */
import { t } from '../../i18n/t.ts';
import type { CalendarDate } from '../dates.ts';

/** Sessions of a list held up to `today`, and those still to come. */
export function heldAndUpcoming(
  sessions: readonly { data: { date: CalendarDate } }[],
  today: CalendarDate,
): { held: number; upcoming: number } {
  const held = sessions.filter((session) => session.data.date <= today).length;
  return { held, upcoming: sessions.length - held };
}

/** 「已举办 3 期；另有 1 期即将举行，不计入期数。」 or 「已举办 3 期。」 */
export function sessionCount(held: number, upcoming: number): string {
  const count = t('count.sessionsHeld', { n: held });
  return upcoming > 0 ? t('count.withUpcoming', { count, n: upcoming }) : `${count}${t('count.end')}`;
}

/** 「3 期」 or 「3 期，另有 1 期即将举行」, for a list entry. */
export function sessionCountShort(held: number, upcoming: number): string {
  const count = t('count.sessions', { n: held });
  return upcoming > 0 ? `${count}${t('count.separator')}${t('count.sessionsUpcoming', { n: upcoming })}` : count;
}
