import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule dangling-reference', () => {
  it('refuses a reference to a person or book with no file, guessing the one meant', () => {
    const dir = scratchSite({
      'lectures/09-typo.mdx': lecture({ speakers: '[wang-fnag]', recommendedBooks: "['9787544270878']" }),
    });
    const file = path.join(dir, 'lectures/09-typo.mdx');
    expect(problemsOf('dangling-reference', dir)).toEqual([
      {
        severity: 'error',
        rule: 'dangling-reference',
        file,
        field: 'speakers[0]',
        found: 'wang-fnag',
        message: `找不到人物「wang-fnag」：${path.join(dir, 'people')}/ 里没有 wang-fnag.md。是不是想写 wang-fang？请检查拼写，或先新建这个文件（npm run new -- person）。`,
        expected: 'content/people/ 里某个文件的文件名（不含 .md）',
        example: 'speakers: [wang-fang]',
      },
      expect.objectContaining({
        field: 'recommendedBooks[0]',
        found: '9787544270878',
        message: expect.stringMatching(/^找不到图书「9787544270878」：.*npm run new -- book）。$/),
        example: "recommendedBooks: ['9787010009148']",
      }),
    ]);
  });

  it("refuses an unknown organisation in byOrganisation and in a person's memberOf, saying where to register it", () => {
    const dir = scratchSite({
      'lectures/09-org.mdx': lecture({ byOrganisation: '\n  - organisation: xinlian-dianz\n    attendance: 10' }),
      'people/zeng-li.md': '---\nname: 曾立\nmemberOf: nowhere-co\n---\n',
    });
    const problems = problemsOf('dangling-reference', dir);
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'dangling-reference',
        file: path.join(dir, 'lectures/09-org.mdx'),
        field: 'byOrganisation[0].organisation',
        found: 'xinlian-dianz',
        message: `找不到单位「xinlian-dianz」：${path.join(dir, 'organisations')}/ 里没有 xinlian-dianz.md。是不是想写 xinlian-dianzi？请检查拼写，或先登记这个单位（在网页编辑后台「单位」里新建，或在 content/organisations/ 新建一个文件）。`,
        expected: 'content/organisations/ 里某个文件的文件名（不含 .md）',
        example: 'organisation: xinlian-dianzi',
      },
      expect.objectContaining({ file: path.join(dir, 'people/zeng-li.md'), field: 'memberOf', found: 'nowhere-co' }),
    ]);
  });
});
