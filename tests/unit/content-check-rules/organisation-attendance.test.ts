import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

const rows = (...pairs: [string, number][]) =>
  pairs.map(([id, n]) => `\n  - organisation: ${id}\n    attendance: ${n}`).join('');

describe('rule organisation-attendance', () => {
  it('refuses 人次 by organisation adding up to more than the session 人次, naming file, field and fix', () => {
    const dir = scratchSite({
      'lectures/09-over.mdx': lecture({
        attendance: '100',
        byOrganisation: rows(['xinlian-dianzi', 70], ['guanweihui', 40]),
      }),
    });
    expect(problemsOf('organisation-attendance', dir)).toEqual([
      {
        severity: 'error',
        rule: 'organisation-attendance',
        file: path.join(dir, 'lectures/09-over.mdx'),
        field: 'byOrganisation',
        found: 'xinlian-dianzi 70 + guanweihui 40 = 110',
        message:
          '各单位参加人次（byOrganisation）合计 110，超过了本期受教育人次（attendance: 100）。请核对各单位的人次，让合计不超过 100；或者把受教育人次改成实际的 110 以上。没有登记单位的人次不用填，会计为「未登记单位」。',
        expected: '各单位人次之和不超过本期受教育人次',
        example: 'attendance: 110',
      },
    ]);
  });

  it('checks a meeting against its participants, and a lecture without attendance asks for it first', () => {
    const dir = scratchSite({
      'lectures/09-no-total.mdx': lecture({ attendance: '', byOrganisation: rows(['xinlian-dianzi', 30]) }),
      'meetings/02-pingfan.mdx': null,
      'meetings/03-over.mdx': `---
number: 3
title: 规则测试读书会
date: 2021-01-01
format: 线下
leadReaders: [li-na]
participants: 10
byOrganisation:${rows(['hengtuo-shudian', 11])}
---
正文
`,
    });
    const problems = problemsOf('organisation-attendance', dir);
    expect(problems.map((p) => [path.basename(p.file), p.field, p.example])).toEqual([
      ['09-no-total.mdx', 'byOrganisation', 'attendance: 30'],
      ['03-over.mdx', 'byOrganisation', 'participants: 11'],
    ]);
    expect(problems[0]!.message).toBe(
      '各单位参加人次（byOrganisation）合计 30，但本期还没有填写受教育人次（attendance）。请先填写本期受教育人次，例如 attendance: 30；各单位人次合计不能超过它。',
    );
    expect(problems[1]!.message).toMatch(/超过了本期参加人数（participants: 10）/);
  });

  it('accepts a sum equal to the session 人次 and the fixture site as it is', () => {
    const dir = scratchSite({
      'lectures/09-exact.mdx': lecture({ attendance: '100', byOrganisation: rows(['xinlian-dianzi', 100]) }),
    });
    expect(problemsOf('organisation-attendance', dir)).toEqual([]);
  });
});
