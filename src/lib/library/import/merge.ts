/** Import stage 3, merge: the rows of one book (same ISBN, or same title and first author) become one book. */
import { columnOf, type BookField, type Columns } from './headers.ts';
import type { RowProblem, RowRecord } from './rows.ts';

/** Titles compared as a librarian would: width, spaces and Latin case do not make a different book. */
function sameText(a: unknown, b: unknown): boolean {
  const key = (v: unknown) =>
    (Array.isArray(v) ? v.join('、') : String(v)).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return key(a) === key(b);
}

export interface MergedBook {
  /** Empty for a book without ISBN. */
  isbn13: string;
  key: string;
  rows: number[];
  fields: Partial<Record<BookField, unknown>>;
  donorName?: string;
  /** Fields some row filled in (so an update only changes what the spreadsheet actually says). */
  filled: Set<BookField>;
}

export interface MergeResult {
  books: MergedBook[];
  rejected: RowProblem[];
  warnings: RowProblem[];
}

/** Fields that count copies: rows of the same ISBN add them up instead of comparing them. */
const COUNTED = new Set<BookField>(['copies', 'lent', 'lost', 'status']);

/**
 * One book per ISBN (per title and first author for rows without ISBN). Copies add up (two rows of the same title are two copies); a different title under the
 * same ISBN means one of the rows is mistyped, and nobody can tell which, so all of them are refused.
 * Other differing cells keep the first row's value and are reported as warnings.
 */
export function mergeRows(records: readonly RowRecord[], columns: Columns): MergeResult {
  const groups = new Map<string, RowRecord[]>();
  for (const record of records) {
    const list = groups.get(record.key);
    if (list) list.push(record);
    else groups.set(record.key, [record]);
  }
  const books: MergedBook[] = [];
  const rejected: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const titleColumn = columnOf(columns, 'title');
  for (const [key, group] of groups) {
    const first = group[0]!;
    const isbn13 = first.isbn13;
    const same = isbn13 ? ' ISBN' : '种书（书名、作者相同）';
    const titles = [...new Set(group.map((r) => String(r.fields.title)))];
    if (group.some((r) => !sameText(r.fields.title, first.fields.title))) {
      const rowList = group.map((r) => r.row).join('、');
      for (const record of group) {
        rejected.push({
          row: record.row,
          ...(titleColumn ? { column: titleColumn } : {}),
          reason: `ISBN ${isbn13} 出现在第 ${rowList} 行，但书名不一致（${titles.map((t) => `「${t}」`).join(' / ')}）。无法判断哪一行抄错了，这几行都没有导入；请核对图书版权页后改正。`,
        });
      }
      continue;
    }
    const fields: Partial<Record<BookField, unknown>> = { ...first.fields };
    const filled = new Set(Object.keys(first.fields) as BookField[]);
    let donorName = first.donorName;
    let copies = typeof first.fields.copies === 'number' ? first.fields.copies : 1;
    for (const record of group.slice(1)) {
      copies += typeof record.fields.copies === 'number' ? record.fields.copies : 1;
      for (const [field, value] of Object.entries(record.fields) as [BookField, unknown][]) {
        if (COUNTED.has(field)) continue;
        filled.add(field);
        if (fields[field] === undefined) fields[field] = value;
        else if (!sameText(fields[field], value) && field !== 'title') {
          const column = columnOf(columns, field);
          warnings.push({
            row: record.row,
            ...(column ? { column } : {}),
            reason: `与第 ${first.row} 行同一${same}，但这一列不同（「${String(value)}」）；已按第 ${first.row} 行的「${String(fields[field])}」导入。`,
          });
        }
      }
      if (record.donorName && !donorName) donorName = record.donorName;
      else if (record.donorName && donorName && record.donorName !== donorName) {
        const column = columnOf(columns, 'donor');
        warnings.push({
          row: record.row,
          ...(column ? { column } : {}),
          reason: `与第 ${first.row} 行同一${same}，捐赠人不同（「${record.donorName}」）；一种书只记一位捐赠人，已记为「${donorName}」。`,
        });
      }
    }
    if (group.length > 1 || typeof first.fields.copies === 'number') {
      fields.copies = copies;
      filled.add('copies');
    }
    // Lent and lost copies add up like the copies they are part of.
    for (const field of ['lent', 'lost'] as const) {
      const counts = group.map((r) => r.fields[field]).filter((n): n is number => typeof n === 'number');
      if (counts.length === 0) continue;
      fields[field] = counts.reduce((a, b) => a + b, 0);
      filled.add(field);
    }
    if (donorName) filled.add('donor');
    books.push({ isbn13, key, rows: group.map((r) => r.row), fields, ...(donorName ? { donorName } : {}), filled });
  }
  return { books, rejected, warnings };
}
