import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { problemsOf, scratchSite } from './scratch.ts';

describe('rule duplicate-isbn', () => {
  it('refuses a second file for the same ISBN, however it is spelt', () => {
    const dir = scratchSite({
      'books/copy.md': '---\ntitle: 平凡的世界\nauthors: [路遥]\nisbn: 978-7-02-000220-7\n---\n',
    });
    expect(problemsOf('duplicate-isbn', dir)).toEqual([
      {
        severity: 'error',
        rule: 'duplicate-isbn',
        file: path.join(dir, 'books/copy.md'),
        field: 'isbn',
        found: '978-7-02-000220-7',
        message: `ISBN 9787020002207 与 ${path.join(dir, 'books/9787020002207.md')} 重复。同一种书只建一个文件，多本请把那个文件的 copies（册数）加大，再删掉这个文件。`,
        expected: '每种书一个文件，ISBN 不重复',
        example: 'copies: 2',
      },
    ]);
  });
});
