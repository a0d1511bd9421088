/**
 * organisation-attendance: a session whose 人次 by organisation (byOrganisation) add up to more than its own 人次
 * (lectures: attendance, meetings: participants), or that lists them without that total. The coverage page shows
 * the rest as 未登记单位: a negative rest would publish figures that disagree with every other page.
 */
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

/** Where each series keeps the session's own 人次, and what the editor calls it. */
const TOTAL_FIELD = {
  lectures: { field: 'attendance', label: '受教育人次' },
  meetings: { field: 'participants', label: '参加人数' },
} as const;

export const organisationAttendance: Rule = {
  name: 'organisation-attendance',
  each: 'tree',
  check: (tree) =>
    tree.entries.flatMap((entry): Problem[] => {
      if (!entry.valid || (entry.collection !== 'lectures' && entry.collection !== 'meetings')) return [];
      const rows = entry.data.byOrganisation as { organisation: string; attendance: number }[];
      if (rows.length === 0) return [];
      const sum = rows.reduce((total, row) => total + row.attendance, 0);
      const { field, label } = TOTAL_FIELD[entry.collection];
      const total = entry.data[field] as number | undefined;
      if (total !== undefined && sum <= total) return [];
      const parts = rows.map((row) => `${row.organisation} ${row.attendance}`).join(' + ');
      return [
        {
          severity: 'error',
          rule: 'organisation-attendance',
          file: entry.file,
          field: 'byOrganisation',
          found: `${parts} = ${sum}`,
          message:
            total === undefined
              ? `各单位参加人次（byOrganisation）合计 ${sum}，但本期还没有填写${label}（${field}）。请先填写本期${label}，例如 ${field}: ${sum}；各单位人次合计不能超过它。`
              : `各单位参加人次（byOrganisation）合计 ${sum}，超过了本期${label}（${field}: ${total}）。请核对各单位的人次，让合计不超过 ${total}；或者把${label}改成实际的 ${sum} 以上。没有登记单位的人次不用填，会计为「未登记单位」。`,
          expected: `各单位人次之和不超过本期${label}`,
          example: `${field}: ${Math.max(sum, total ?? 0)}`,
        },
      ];
    }),
};
