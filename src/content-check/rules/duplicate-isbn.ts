/** duplicate-isbn: one file per book, however many copies: a second file with the same ISBN is refused. */
import type { Problem } from '../problem.ts';
import type { ContentEntry } from '../tree.ts';
import type { Rule } from './rule.ts';
import { isbnOf } from '../isbn-of.ts';

export const duplicateIsbn: Rule = {
  name: 'duplicate-isbn',
  each: 'tree',
  check: (tree) => {
    const problems: Problem[] = [];
    const byIsbn = new Map<string, ContentEntry>();
    for (const entry of tree.entries.filter((e) => e.collection === 'books')) {
      const isbn = isbnOf(entry);
      if (!isbn) continue;
      const first = byIsbn.get(isbn);
      if (!first) {
        byIsbn.set(isbn, entry);
        continue;
      }
      problems.push({
        severity: 'error',
        rule: 'duplicate-isbn',
        file: entry.file,
        field: 'isbn',
        found: String(entry.raw.isbn),
        message: `ISBN ${isbn} 与 ${first.file} 重复。同一种书只建一个文件，多本请把那个文件的 copies（册数）加大，再删掉这个文件。`,
        expected: '每种书一个文件，ISBN 不重复',
        example: 'copies: 2',
      });
    }
    return problems;
  },
};
