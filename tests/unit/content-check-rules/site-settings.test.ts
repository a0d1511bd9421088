import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContent, type Problem } from '../../../src/content-check/check.ts';
import { ROOT, TODAY, scratchSite } from './scratch.ts';

/** site.json's problems, whatever their rule name (json, schema, unknown-field, missing-image). */
function settingsProblems(json: string): [string, Problem[]] {
  const dir = scratchSite({ 'data/site.json': json });
  const file = path.join(dir, 'data/site.json');
  return [file, checkContent({ root: ROOT, content: dir, today: TODAY }).problems.filter((p) => p.file === file)];
}

describe('rule site-settings', () => {
  it('refuses site.json that is not JSON, with the usual causes', () => {
    const [file, problems] = settingsProblems('{ "url": "https://x.cn", }');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'json',
        file,
        example: '{ "url": "https://djjy.example.cn", "base": "/" }',
      }),
    ]);
    expect(problems[0]!.message).toMatch(/^不是有效的 JSON（.+）。常见原因：少了或多了逗号/);
  });

  it('checks the filing fields and the badge picture in one run, with JSON examples', () => {
    const [file, problems] = settingsProblems(
      JSON.stringify({
        url: 'https://x.cn',
        base: '/',
        filing: {
          icp: 3,
          polce: 'x',
          govBadge: { image: './badge.png', link: 'https://bszs.conac.cn/sitename?method=show&id=1' },
        },
      }),
    );
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['schema', 'filing.icp'],
      ['unknown-field', 'filing.polce'],
      ['missing-image', 'filing.govBadge.image'],
    ]);
    expect(problems[1]).toMatchObject({
      file,
      message: '不认识的字段「polce」。是不是想写 police？字段名区分大小写。',
      found: '"x"',
    });
    expect(problems[2]).toMatchObject({ found: '"./badge.png"', example: '"image": "./gov-badge.png"' });
  });

  it('is quiet about a valid site.json and about a missing one', () => {
    expect(settingsProblems('{ "url": "https://x.cn", "base": "/" }')[1]).toEqual([]);
    const dir = scratchSite({ 'data/site.json': null });
    expect(checkContent({ root: ROOT, content: dir, today: TODAY }).problems).toEqual([]);
  });
});
