/** The rule list and its runner: every rule file is run, and one file's problems keep the file's order. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../../src/content-check/rules/index.ts';
import { lecture, problemsOf, ROOT, scratchSite } from './scratch.ts';
import { checkContent } from '../../../src/content-check/check.ts';

const NOT_RULES = new Set(['index.ts', 'rule.ts', 'shared.ts']);

describe('content-check rules', () => {
  it('runs every rule in src/content-check/rules/, each once, each with its own test', () => {
    const files = readdirSync(path.join(ROOT, 'src/content-check/rules')).filter((f) => !NOT_RULES.has(f));
    const names = files.map((f) => f.replace(/\.ts$/, '')).sort();
    expect(RULES.map((r) => r.name).sort()).toEqual(names);
    const tests = readdirSync(import.meta.dirname);
    for (const name of names) expect(tests, name).toContain(`${name}.test.ts`);
  });

  it("lists one file's reference and image problems field by field, whichever rule reports them", () => {
    const dir = scratchSite({
      'lectures/09-mix.mdx': lecture({
        speakers: '[dai-tian-xie, nobody]',
        photos: '\n  - src: ./missing.png\n    alt: 现场',
        recommendedBooks: "['9787544270878']",
      }),
    });
    const problems = checkContent({ root: ROOT, content: dir, today: '2026-11-27' }).problems;
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['placeholder-reference', 'speakers[0]'],
      ['dangling-reference', 'speakers[1]'],
      ['missing-image', 'photos[0].src'],
      ['dangling-reference', 'recommendedBooks[0]'],
    ]);
    expect(problemsOf('missing-image', dir)).toHaveLength(1);
  });
});
