/** duplicate-number: each lecture and each meeting needs its own session number; the fix names the next free one. */
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Problem } from '../problem.ts';
import type { ContentEntry } from '../tree.ts';
import type { Rule } from './rule.ts';

export const duplicateNumber: Rule = {
  name: 'duplicate-number',
  each: 'tree',
  check: (tree) => {
    const problems: Problem[] = [];
    for (const collection of ['lectures', 'meetings'] as const) {
      const byNumber = new Map<number, ContentEntry[]>();
      for (const entry of tree.entries.filter((e) => e.collection === collection)) {
        const n = entry.data.number;
        if (typeof n !== 'number') continue;
        byNumber.set(n, [...(byNumber.get(n) ?? []), entry]);
      }
      const next = Math.max(0, ...byNumber.keys()) + 1;
      for (const [n, group] of byNumber) {
        for (const entry of group.slice(1)) {
          problems.push({
            severity: 'error',
            rule: 'duplicate-number',
            file: entry.file,
            field: 'number',
            found: String(n),
            message: `期数 ${n} 已被 ${group[0]!.file} 使用，每一期的期数必须唯一。请改成下一个空闲的期数 ${next}。`,
            expected: `${COLLECTIONS[collection].label}里还没用过的期数`,
            example: `number: ${next}`,
          });
        }
      }
    }
    return problems;
  },
};
