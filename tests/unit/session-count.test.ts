/** Session counts: one rule (held sessions counted, upcoming named apart) for themes, years and people. */
import { describe, expect, it } from 'vitest';
import { heldAndUpcoming } from '../../src/lib/series/session-count.ts';
import { sessionCount, sessionCountShort } from '../../src/components/series/session-count.ts';
import { themeCounts } from '../../src/lib/series/lectures.ts';

const on = (date: string) => ({ data: { date } });

describe('session counts', () => {
  it('splits sessions at the build date: a session on that day is held', () => {
    expect(heldAndUpcoming([on('2026-11-30'), on('2026-12-01'), on('2026-12-18')], '2026-12-01')).toEqual({
      held: 2,
      upcoming: 1,
    });
  });

  it('says 期 and names upcoming sessions apart instead of counting them', () => {
    expect(sessionCount(3, 1)).toBe('已举办 3 期；另有 1 期即将举行，不计入期数。');
    expect(sessionCount(3, 0)).toBe('已举办 3 期。');
    expect(sessionCountShort(3, 1)).toBe('3 期，另有 1 期即将举行');
    expect(sessionCountShort(2, 0)).toBe('2 期');
  });

  it('the theme table counts the held sessions of the catalog themes, leaving out themes with none held yet', () => {
    const held = (n: number) => Array.from({ length: n }, () => on('2024-01-01'));
    expect(
      themeCounts([
        { name: '科技创新', held: held(3) },
        { name: '数字化', held: [] },
        { name: '党的理论', held: held(5) },
      ] as never),
    ).toEqual([
      { name: '党的理论', sessions: 5 },
      { name: '科技创新', sessions: 3 },
    ]);
  });
});
