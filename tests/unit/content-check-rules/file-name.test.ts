import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { problemsOf, scratchSite } from './scratch.ts';

describe('rule file-name', () => {
  it('refuses a file name that cannot be an id, with an example for its collection', () => {
    const dir = scratchSite({
      'people/Zhang_Wei.md': '---\nname: 张伟\nkind: 党员\n---\n',
      'books/Ping Fan.md': '---\ntitle: 平凡\nauthors: [路遥]\n---\n',
    });
    expect(problemsOf('file-name', dir)).toEqual([
      {
        severity: 'error',
        rule: 'file-name',
        file: path.join(dir, 'books/Ping Fan.md'),
        message: '文件名「Ping Fan.md」只能用小写字母、数字和连字符：它就是这条内容的编号，别处靠它引用。',
        found: 'Ping Fan.md',
        expected: '小写拼音或数字，用连字符连接',
        example: '9787020002207.md',
      },
      expect.objectContaining({ file: path.join(dir, 'people/Zhang_Wei.md'), example: 'zhang-wei.md' }),
    ]);
  });

  it('accepts lower-case letters, digits and hyphens', () => {
    expect(
      problemsOf('file-name', scratchSite({ 'people/zhang-wei-2.md': '---\nname: 张伟\nkind: 党员\n---\n' })),
    ).toEqual([]);
  });
});
