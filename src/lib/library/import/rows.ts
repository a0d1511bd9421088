/** Import stage 2, rows: one data row cleaned, normalised and validated through the real book schema. */
import type { z } from 'astro/zod';
import { BOOK_STATUSES } from '../../../schemas/book.ts';
import { normalizeIsbn } from '../../isbn.ts';
import { bookKey } from '../book-key.ts';
import { HEADER_ALIASES, columnOf, type BookField, type Columns } from './headers.ts';
import { clean, normalizeCopies, normalizeDate, normalizeYear, splitNames } from './cells.ts';
import { bookRecord } from './schemas.ts';

export interface RowProblem {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  /** Header text of the offending column, when one column is to blame. */
  column?: string;
  reason: string;
}

/** Words in the 捐赠人 column that mean "anonymous gift": no donor is recorded, nothing names the giver. */
const ANONYMOUS = new Set(['匿名', '匿名捐赠', '佚名', '无名氏', 'anonymous', 'anon']);

/**
 * A 状态 cell speaks for every copy on its row: 借出 on a row of 2 copies means both are out. It becomes the
 * row's lent and lost counts (借出/遗失 count columns, when filled, win). A wrong word is a message to show.
 */
function statusCounts(
  value: string,
  fields: Partial<Record<BookField, unknown>>,
): Partial<Record<'lent' | 'lost', number>> | string {
  if (!value) return {};
  if (!(BOOK_STATUSES as readonly string[]).includes(value))
    return `状态「${value}」不认识：只能是 ${BOOK_STATUSES.join('、')} 之一（这一行的几册都按它登记），或改用“借出”“遗失”两列填册数。`;
  const copies = typeof fields.copies === 'number' ? fields.copies : 1;
  return {
    ...(fields.lent === undefined ? { lent: value === '借出' ? copies : 0 } : {}),
    ...(fields.lost === undefined ? { lost: value === '遗失' ? copies : 0 } : {}),
  };
}

/** What one spreadsheet row says about a book, before donors are matched. */
export interface RowRecord {
  row: number;
  /** Empty for a book without ISBN. */
  isbn13: string;
  /** The ISBN-13, or title and first author for a book without ISBN (see book-key.ts). */
  key: string;
  /** Frontmatter fields from this row (only the ones it fills), donor still as typed. */
  fields: Partial<Record<BookField, unknown>>;
  donorName?: string;
}

export type RowResult = { ok: true; record: RowRecord } | { ok: false; problems: RowProblem[] } | { ok: 'empty' };

/** Turns the schema's complaints into row problems that name the column the librarian sees. */
function schemaProblems(
  row: number,
  columns: Columns,
  error: z.ZodError,
  fields: Partial<Record<string, unknown>>,
): RowProblem[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const column = columnOf(columns, field);
    // An empty required cell: say so, rather than the schema's "should be text".
    const empty = fields[field] === undefined || (Array.isArray(fields[field]) && fields[field].length === 0);
    const label = column ?? HEADER_ALIASES[field as BookField]?.[0] ?? field;
    const reason = empty ? `「${label}」为空，这一列必须填写。` : issue.message;
    return { row, ...(column ? { column } : {}), reason };
  });
}

/**
 * Reads one data row: cleans and normalises each cell, then validates the row through the book schema.
 * `row` is the spreadsheet row number used in every message.
 */
export function readRow(cells: readonly string[], columns: Columns, row: number): RowResult {
  const get = (field: BookField) => {
    const col = columns.fields.get(field);
    return col ? clean(cells[col.index]) : '';
  };
  if (cells.every((cell) => clean(cell) === '')) return { ok: 'empty' };

  const problems: RowProblem[] = [];
  const isbnColumn = columns.fields.get('isbn')?.header ?? 'ISBN';
  const isbnText = get('isbn');
  let isbn13 = '';
  // An empty ISBN is a book printed without one: filed under its title's pinyin, never given a made-up ISBN.
  if (!isbnText) {
    // nothing to check
  } else if (/^\d(?:\.\d+)?E\+?\d+$/i.test(isbnText)) {
    problems.push({
      row,
      column: isbnColumn,
      reason: `ISBN「${isbnText}」被 Excel 显示成了科学计数法，末几位已经丢失。请把这一列设为“文本”格式，重新输入 ISBN 后再导出。`,
    });
  } else {
    const result = normalizeIsbn(isbnText);
    if (result.ok) isbn13 = result.isbn13;
  }

  const fields: Partial<Record<BookField, unknown>> = {};
  const text = (field: BookField) => {
    const value = get(field);
    if (value) fields[field] = value;
  };
  text('title');
  text('subtitle');
  const authors = splitNames(get('authors'));
  if (authors.length > 0 || columns.fields.has('authors')) fields.authors = authors;
  const translators = splitNames(get('translators'));
  if (translators.length > 0) fields.translators = translators;
  text('publisher');
  text('place');
  if (get('year')) fields.year = normalizeYear(get('year'));
  if (isbnText && problems.length === 0) fields.isbn = isbnText;
  if (get('clc')) fields.clc = get('clc').toUpperCase();
  if (get('donatedOn')) fields.donatedOn = normalizeDate(get('donatedOn'));
  text('shelf');
  if (get('copies')) fields.copies = normalizeCopies(get('copies'));
  if (get('lent')) fields.lent = normalizeCopies(get('lent'));
  if (get('lost')) fields.lost = normalizeCopies(get('lost'));
  const status = statusCounts(get('status'), fields);
  if (typeof status === 'string') problems.push({ row, column: columnOf(columns, 'status')!, reason: status });
  else Object.assign(fields, status);
  const tags = splitNames(get('tags'));
  if (tags.length > 0) fields.tags = tags;
  text('summary');

  // Missing title and authors are reported by the schema, in the same words the build would use.
  const parsed = bookRecord.safeParse(fields);
  if (!parsed.success) problems.push(...schemaProblems(row, columns, parsed.error, fields));
  if (problems.length > 0) return { ok: false, problems };

  if (isbn13) fields.isbn = isbn13;
  const donorName = get('donor');
  return {
    ok: true,
    record: {
      row,
      isbn13,
      key: bookKey(isbn13, fields.title, fields.authors),
      fields,
      ...(donorName && !ANONYMOUS.has(donorName.toLowerCase()) ? { donorName } : {}),
    },
  };
}
