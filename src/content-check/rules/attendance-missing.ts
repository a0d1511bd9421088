/** attendance-missing: a lecture already held without its attendance, so the home page's total runs short. */
import { show, type Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const attendanceMissing: Rule = {
  name: 'attendance-missing',
  each: 'tree',
  check: (tree) =>
    tree.entries.flatMap((entry): Problem[] => {
      const { date, number, attendance } = entry.data;
      const held = entry.valid && entry.collection === 'lectures' && (date as string) < tree.today;
      if (!held || attendance !== undefined) return [];
      return [
        {
          severity: 'warning',
          rule: 'attendance-missing',
          file: entry.file,
          field: 'attendance',
          found: show(undefined),
          message: `第 ${String(number)} 期讲坛已于 ${String(date)} 举行，但还没有填写受教育人次（attendance），首页总数因此偏少。`,
          expected: '受教育人次（活动后填写）',
          example: 'attendance: 320',
        },
      ];
    }),
};
