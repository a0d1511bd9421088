/** How a page states a number of sessions, in 期 (the counting rule: src/lib/series/session-count.ts). */
import { t } from '../../i18n/t.ts';

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
