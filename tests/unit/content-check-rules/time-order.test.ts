import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule time-order', () => {
  it('refuses an end time that is not after the start', () => {
    const dir = scratchSite({
      'lectures/09-late.mdx': lecture({ startTime: "'14:30'", endTime: "'14:30'" }),
      'lectures/10-fine.mdx': lecture({ number: '10', startTime: "'09:30'", endTime: "'11:00'" }),
    });
    expect(problemsOf('time-order', dir)).toEqual([
      {
        severity: 'error',
        rule: 'time-order',
        file: path.join(dir, 'lectures/09-late.mdx'),
        field: 'endTime',
        found: '14:30',
        message: '结束时间 14:30 不晚于开始时间 14:30。请核对时间（24 小时制，下午两点半写 14:30）。',
        expected: '晚于 startTime 的时间',
        example: "endTime: '16:30'",
      },
    ]);
  });
});
