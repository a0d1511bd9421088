import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule schema', () => {
  it('says in Chinese what a field should hold, what it holds and a line to copy', () => {
    const dir = scratchSite({
      'lectures/09-bad.mdx': lecture({ title: '', themes: '党的理论', format: '现场', attendance: '很多' }),
    });
    const file = path.join(dir, 'lectures/09-bad.mdx');
    const problems = problemsOf('schema', dir);
    expect(problems.map((p) => p.field)).toEqual(['title', 'themes', 'format', 'attendance']);
    const [title, themes, format, attendance] = problems;
    expect(title).toMatchObject({ file, found: '（未填写）', example: 'title: 以科技创新引领产业升级' });
    expect(title!.message).toMatch(/^缺少必填字段 title（.+）。$/);
    expect(format).toMatchObject({ severity: 'error', found: '现场', example: 'format: 线下' });
    // Zod's English reasons are put in the editor's words; the schema's own Chinese messages pass through.
    expect(themes!.message).toMatch(/^字段 themes（.+）应写成列表（只有一项也要加方括号），现在是文字。$/);
    expect(attendance).toMatchObject({ message: '人次应为非负整数，例如 320。', found: '很多' });
  });

  it('leaves unknown keys to unknown-field', () => {
    expect(problemsOf('schema', scratchSite({ 'lectures/09-typo.mdx': lecture({ attendence: '1' }) }))).toEqual([]);
  });
});
