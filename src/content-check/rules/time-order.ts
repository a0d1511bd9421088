/** time-order: a session's end time must come after its start time. */
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const timeOrder: Rule = {
  name: 'time-order',
  each: 'tree',
  check: (tree) =>
    tree.entries.flatMap((entry): Problem[] => {
      const { startTime, endTime } = entry.data;
      if (!entry.valid || typeof startTime !== 'string' || typeof endTime !== 'string' || endTime > startTime) {
        return [];
      }
      return [
        {
          severity: 'error',
          rule: 'time-order',
          file: entry.file,
          field: 'endTime',
          found: endTime,
          message: `结束时间 ${endTime} 不晚于开始时间 ${startTime}。请核对时间（24 小时制，下午两点半写 14:30）。`,
          expected: '晚于 startTime 的时间',
          example: "endTime: '16:30'",
        },
      ];
    }),
};
