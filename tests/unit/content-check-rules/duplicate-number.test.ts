import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule duplicate-number', () => {
  it('refuses the second lecture with a number, naming the first and the next free number', () => {
    const dir = scratchSite({ 'lectures/09-again.mdx': lecture({ number: '2' }) });
    expect(problemsOf('duplicate-number', dir)).toEqual([
      {
        severity: 'error',
        rule: 'duplicate-number',
        file: path.join(dir, 'lectures/09-again.mdx'),
        field: 'number',
        found: '2',
        message: `期数 2 已被 ${path.join(dir, 'lectures/02-jiaguo.mdx')} 使用，每一期的期数必须唯一。请改成下一个空闲的期数 4。`,
        expected: '初心讲坛里还没用过的期数',
        example: 'number: 4',
      },
    ]);
  });

  it('counts lectures and meetings separately', () => {
    expect(problemsOf('duplicate-number', scratchSite({ 'lectures/09-one.mdx': lecture({ number: '4' }) }))).toEqual(
      [],
    );
    const meeting =
      '---\nnumber: 3\ntitle: 同号不同系列\ndate: 2024-01-01\nformat: 线上\nvenue: 会议室\nbooks: []\n---\n';
    expect(problemsOf('duplicate-number', scratchSite({ 'meetings/03-three.mdx': meeting }))).toEqual([]);
  });
});
