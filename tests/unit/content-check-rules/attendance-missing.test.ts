import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule attendance-missing', () => {
  it('warns about a lecture already held without attendance, not about one still to come', () => {
    const dir = scratchSite({ 'lectures/09-held.mdx': lecture({ date: '2024-09-09', attendance: '' }) });
    expect(problemsOf('attendance-missing', dir, '2024-09-10')).toEqual([
      {
        severity: 'warning',
        rule: 'attendance-missing',
        file: path.join(dir, 'lectures/09-held.mdx'),
        field: 'attendance',
        found: '（未填写）',
        message: '第 9 期讲坛已于 2024-09-09 举行，但还没有填写受教育人次（attendance），首页总数因此偏少。',
        expected: '受教育人次（活动后填写）',
        example: 'attendance: 320',
      },
    ]);
    expect(problemsOf('attendance-missing', dir, '2024-09-09')).toEqual([]);
  });
});
