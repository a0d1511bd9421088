import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent } from '../../../src/content-check/check.ts';
import { ROOT, TODAY, problemsOf, scratchSite } from './scratch.ts';

describe('rule frontmatter', () => {
  it('refuses a file without a --- field block, and checks nothing else in it', () => {
    const dir = scratchSite({ 'people/no-fence.md': 'name: 无\nkind: 党员\n' });
    const file = path.join(dir, 'people/no-fence.md');
    expect(problemsOf('frontmatter', dir)).toEqual([
      {
        severity: 'error',
        rule: 'frontmatter',
        file,
        message: '文件开头缺少用 --- 包起来的字段区（frontmatter）。第一行应是 ---，字段写完后再写一行 ---。',
        expected: '第一行 ---，然后每行「字段名: 值」，最后一行 ---',
        example: 'title: 平凡的世界',
      },
    ]);
    const all = checkContent({ root: ROOT, content: dir, today: TODAY });
    expect(all.problems.filter((p) => p.file === file)).toHaveLength(1);
    expect(all.entries.some((e) => e.file === file)).toBe(false);
  });

  it('names the line of a YAML mistake', () => {
    const [problem] = problemsOf('frontmatter', scratchSite({ 'people/bad-yaml.md': '---\nname: [未闭合\n---\n' }));
    expect(problem!.message).toMatch(/^字段区的 YAML 写法有误（第 2 行附近）/);
  });
});
