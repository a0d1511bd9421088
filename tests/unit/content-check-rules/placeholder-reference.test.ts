import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lecture, problemsOf, scratchSite } from './scratch.ts';

describe('rule placeholder-reference', () => {
  it("refuses npm run new's placeholder id in a reference, with a real id as example", () => {
    const dir = scratchSite({ 'lectures/09-new.mdx': lecture({ speakers: '[dai-tian-xie]' }) });
    const folder = path.join(dir, 'people');
    expect(problemsOf('placeholder-reference', dir)).toEqual([
      {
        severity: 'error',
        rule: 'placeholder-reference',
        file: path.join(dir, 'lectures/09-new.mdx'),
        field: 'speakers[0]',
        found: 'dai-tian-xie',
        message: `主讲人还是 npm run new 留下的占位「dai-tian-xie」（待填写），网站不会生成。请把它改成 ${folder}/ 里真实主讲人的文件名（不含 .md）；还没有这个文件就先运行 npm run new -- person。`,
        expected: `${folder}/ 里某个文件的文件名（不含 .md）`,
        example: 'speakers: [li-na]',
      },
    ]);
    // Not also reported as a person who does not exist.
    expect(problemsOf('dangling-reference', dir)).toEqual([]);
  });
});
