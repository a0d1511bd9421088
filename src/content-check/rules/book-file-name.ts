/** book-file-name: a book with an ISBN is filed under it (9787020002207.md), so it is found and never doubled. */
import path from 'node:path';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';
import { isbnOf } from './shared.ts';

export const bookFileName: Rule = {
  name: 'book-file-name',
  each: 'tree',
  check: (tree) =>
    tree.entries.flatMap((entry): Problem[] => {
      const isbn = entry.collection === 'books' ? isbnOf(entry) : undefined;
      if (!isbn || path.basename(entry.id) === isbn) return [];
      return [
        {
          severity: 'warning',
          rule: 'book-file-name',
          file: entry.file,
          field: 'isbn',
          found: path.basename(entry.file),
          message: `有 ISBN 的图书，文件名应是它的 13 位 ISBN，方便查找和避免重复。请把文件改名为 ${isbn}.md（引用这本书的地方也要一起改）。`,
          expected: '13 位 ISBN 加 .md',
          example: `${isbn}.md`,
        },
      ];
    }),
};
