import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { problemsOf, scratchSite } from './scratch.ts';

describe('rule book-file-name', () => {
  it('asks for a book with an ISBN to be filed under it; a book without one keeps its name', () => {
    const dir = scratchSite({
      'books/huozhe.md': '---\ntitle: 活着\nauthors: [余华]\nisbn: 978-7-5442-7087-8\n---\n',
      'books/wu-isbn.md': '---\ntitle: 内部资料\nauthors: [园区党工委]\n---\n',
    });
    expect(problemsOf('book-file-name', dir)).toEqual([
      {
        severity: 'warning',
        rule: 'book-file-name',
        file: path.join(dir, 'books/huozhe.md'),
        field: 'isbn',
        found: 'huozhe.md',
        message:
          '有 ISBN 的图书，文件名应是它的 13 位 ISBN，方便查找和避免重复。请把文件改名为 9787544270878.md（引用这本书的地方也要一起改）。',
        expected: '13 位 ISBN 加 .md',
        example: '9787544270878.md',
      },
    ]);
  });
});
