/**
 * Bulk import of the librarian's spreadsheet: header mapping, per-row validation through the real book schema
 * (so the importer and the build can never disagree), merging of rows with the same ISBN, donor matching and
 * the plan of files to write. Pure: the CLI (scripts/import-books.ts) does the reading and writing.
 */
import { z } from 'astro/zod';
import { isDeepStrictEqual } from 'node:util';
import { BOOK_STATUSES, bookSchema } from '../../schemas/book.ts';
import { personSchema } from '../../schemas/person.ts';
import { ID_PATTERN, NO_IMAGE, type SchemaContext } from '../../schemas/fields.ts';
import { normalizeIsbn } from '../isbn.ts';
import { bookKey } from './book-key.ts';
import { slugify } from '../slug.ts';

/** Outside Astro, an image field is just its path. */
const scriptContext: SchemaContext = { image: NO_IMAGE };
const bookRecord = bookSchema(scriptContext);
const personRecord = personSchema(scriptContext);

export type BookField =
  | 'title'
  | 'subtitle'
  | 'authors'
  | 'translators'
  | 'publisher'
  | 'place'
  | 'year'
  | 'isbn'
  | 'clc'
  | 'donor'
  | 'donatedOn'
  | 'shelf'
  | 'copies'
  | 'lent'
  | 'lost'
  | 'status'
  | 'tags'
  | 'summary';

/** Column names librarians use, Chinese or English, compared after {@link headerKey}. */
const HEADER_ALIASES: Record<BookField, string[]> = {
  title: ['书名', '题名', '正题名', 'title', 'booktitle'],
  subtitle: ['副标题', '副书名', '副题名', 'subtitle'],
  authors: ['作者', '著者', '责任者', 'author', 'authors'],
  translators: ['译者', 'translator', 'translators'],
  publisher: ['出版社', '出版者', 'publisher'],
  place: ['出版地', '出版城市', 'place', 'pubplace', 'publicationplace'],
  year: ['出版年', '出版年份', '出版时间', '出版日期', 'year', 'pubyear', 'publicationyear'],
  isbn: ['isbn', 'isbn13', 'isbn10', '书号', '国际标准书号'],
  clc: ['分类号', '中图法分类号', '中图分类号', '中图法', 'clc', 'class', 'classification'],
  donor: ['捐赠人', '捐赠者', '捐书人', 'donor'],
  donatedOn: ['捐赠日期', '捐赠时间', 'donated', 'donatedon', 'donationdate', 'donatedate'],
  shelf: ['书架', '书架位置', '架位', 'shelf', 'location'],
  copies: ['册数', '数量', '复本数', 'copies', 'quantity'],
  lent: ['借出', '借出册数', 'lent'],
  lost: ['遗失', '遗失册数', 'lost'],
  // One state for all the copies on this row (a row per copy gives each copy its own state).
  status: ['状态', 'status'],
  tags: ['标签', '关键词', 'tags', 'keywords'],
  summary: ['简介', '内容简介', '摘要', 'summary'],
};

/** `ISBN-13 `, `Donated On`, `出版年（四位）` → `isbn13`, `donatedon`, `出版年`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[(（][^)）]*[)）]\s*$/, '')
    .toLowerCase()
    .replace(/[\s_\-:：*]/g, '');
}

const FIELD_BY_KEY = new Map<string, BookField>(
  (Object.entries(HEADER_ALIASES) as [BookField, string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [headerKey(alias), field] as const),
  ),
);

export interface Columns {
  /** Column index of each recognised field, and the header text as the librarian wrote it. */
  fields: Map<BookField, { index: number; header: string }>;
  /** Headers that mean nothing to the importer (ignored, reported once). */
  ignored: string[];
}

export class ImportError extends Error {
  override name = 'ImportError';
}

export function mapHeaders(header: readonly string[]): Columns {
  const fields = new Map<BookField, { index: number; header: string }>();
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const text = raw.trim();
    if (!text) return;
    const field = FIELD_BY_KEY.get(headerKey(text));
    if (!field) ignored.push(text);
    else if (fields.has(field))
      throw new ImportError(`表头「${fields.get(field)!.header}」和「${text}」是同一列的两种写法，请删去其中一列。`);
    else fields.set(field, { index, header: text });
  });
  const missing = (['title'] as const).filter((f) => !fields.has(f));
  if (missing.length > 0) {
    const names = missing.map((f) => `「${HEADER_ALIASES[f][0]}」`).join('和');
    throw new ImportError(
      `表格第一行（表头）里找不到${names}列。表头可用中文（书名, 副标题, 作者, 译者, 出版社, 出版地, 出版年, ISBN, 分类号, 捐赠人, 捐赠日期, 书架, 册数, 借出, 遗失, 状态）或英文（title, author, publisher, place, year, isbn, clc, donor, donatedOn, shelf, copies, lent, lost, status）。`,
    );
  }
  return { fields, ignored };
}

export interface RowProblem {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  /** Header text of the offending column, when one column is to blame. */
  column?: string;
  reason: string;
}

/** Words in the 捐赠人 column that mean "anonymous gift": no donor is recorded, nothing names the giver. */
const ANONYMOUS = new Set(['匿名', '匿名捐赠', '佚名', '无名氏', 'anonymous', 'anon']);

/** A single-line cell: trimmed, inner runs of whitespace (including line breaks) made one space. */
function clean(value: string | undefined): string {
  return (
    (value ?? '')
      .normalize('NFC')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      // Undo the apostrophe the catalogue CSV puts before = + - @ against formula injection.
      .replace(/^'(?=[=+\-@])/, '')
  );
}

/** Several names in one cell: 马克思、恩格斯 / 马克思,恩格斯 / 马克思；恩格斯. */
function splitNames(value: string): string[] {
  return value
    .split(/\s*[、，,;；/／|]\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** 2024/3/1, 2024.3.1, 2024年3月1日, 20240301 → 2024-03-01; anything else is left for the schema to refuse. */
export function normalizeDate(value: string): string {
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value;
}

/** 2015, 2015年, 2015.3, 2015-03, 2015年3月 → 2015; anything else is left for the schema to refuse. */
export function normalizeYear(value: string): number | string {
  const m = /^(\d{4})\s*年?(?:\s*[-/.]?\s*\d{1,2}\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?)?)?$/.exec(value);
  return m ? Number(m[1]) : value;
}

/** 2, 2册, 2 本 → 2. */
function normalizeCopies(value: string): number | string {
  const m = /^(\d+)\s*[册本]?$/.exec(value);
  return m ? Number(m[1]) : value;
}

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

function columnOf(columns: Columns, field: string): string | undefined {
  return columns.fields.get(field as BookField)?.header;
}

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

export interface KnownPerson {
  id: string;
  name: string;
}

export interface NewPerson {
  id: string;
  name: string;
  /** Rows whose donor this person is. */
  rows: number[];
}

/**
 * The kind given to a donor the importer creates. The librarian knows a name, not whether the giver is a
 * Party member: 其他 asserts nothing, and an editor corrects it in content/people/<id>.md.
 */
export const IMPORTED_DONOR_KIND = '其他';

export interface DonorMatch {
  /** Donor id per book key (ISBN-13, or title and author for a book without ISBN). */
  donors: Map<string, string>;
  created: NewPerson[];
  rejected: RowProblem[];
}

/**
 * Matches each 捐赠人 to a person: by id if the cell holds one (li-na), else by exact name. An unknown name
 * becomes a new person (id from pinyin, made unique), because a librarian typing donors into a spreadsheet
 * wants each donor to get a page, not a list of errors. A name shared by two people is ambiguous and refused.
 */
export function matchDonors(
  books: readonly MergedBook[],
  people: readonly KnownPerson[],
  columns: Columns,
): DonorMatch {
  const ids = new Set(people.map((p) => p.id));
  const byName = new Map<string, string[]>();
  for (const person of people) {
    const key = clean(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person.id]);
  }
  const createdByName = new Map<string, NewPerson>();
  const donors = new Map<string, string>();
  const rejected: RowProblem[] = [];
  const column = columnOf(columns, 'donor');
  for (const book of books) {
    const name = book.donorName;
    if (!name) continue;
    if (ID_PATTERN.test(name) && ids.has(name)) {
      donors.set(book.key, name);
      continue;
    }
    const matches = byName.get(name) ?? [];
    if (matches.length === 1) {
      donors.set(book.key, matches[0]!);
      continue;
    }
    if (matches.length > 1) {
      for (const row of book.rows) {
        rejected.push({
          row,
          ...(column ? { column } : {}),
          reason: `捐赠人「${name}」对应多位人物（${matches.join('、')}）。请在这一格填写其中一位的文件名（例如 ${matches[0]}）。`,
        });
      }
      continue;
    }
    let person = createdByName.get(name);
    if (!person) {
      const problem = personRecord.safeParse({ name, kind: IMPORTED_DONOR_KIND });
      if (!problem.success) {
        for (const row of book.rows)
          rejected.push({ row, ...(column ? { column } : {}), reason: problem.error.issues[0]!.message });
        continue;
      }
      const base = slugify(name);
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      person = { id, name, rows: [] };
      createdByName.set(name, person);
    }
    person.rows.push(...book.rows);
    donors.set(book.key, person.id);
  }
  return { donors, created: [...createdByName.values()], rejected };
}

/** The frontmatter order editors see in every book file. */
const BOOK_KEY_ORDER = [
  'title',
  'subtitle',
  'authors',
  'translators',
  'publisher',
  'place',
  'year',
  'isbn',
  'clc',
  'tags',
  'cover',
  'summary',
  'donor',
  'donatedOn',
  'shelf',
  'copies',
  'lent',
  'lost',
  'flyleafNotes',
  'sample',
];

export function orderBookData(data: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of BOOK_KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered;
}

/** A new book file's frontmatter: the imported fields, with 1 copy on the shelf unless the sheet says otherwise. */
export function newBookData(book: MergedBook, donor: string | undefined): Record<string, unknown> {
  return orderBookData({
    ...book.fields,
    ...(book.isbn13 ? { isbn: book.isbn13 } : {}),
    ...(donor ? { donor } : {}),
    copies: book.fields.copies ?? 1,
  });
}

/**
 * An existing book updated from the sheet (--update): only fields the sheet filled in change; flyleaf notes,
 * covers, summaries and anything else editors added stay as they are. Copies are replaced, not added, so
 * importing the same sheet twice does not double them.
 */
export function updatedBookData(
  existing: Record<string, unknown>,
  book: MergedBook,
  donor: string | undefined,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...existing };
  for (const field of book.filled) {
    if (field === 'donor') {
      if (donor) next.donor = donor;
    } else if (field === 'isbn') {
      // Keep the editor's spelling when it is the same ISBN (7-02-000220-X is 9787020002207).
      const current =
        typeof existing.isbn === 'string' || typeof existing.isbn === 'number'
          ? normalizeIsbn(String(existing.isbn))
          : undefined;
      if (!current?.ok || current.isbn13 !== book.isbn13) next.isbn = book.isbn13;
    } else if (book.fields[field] !== undefined) next[field] = book.fields[field];
  }
  return orderBookData(next);
}

export function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  // YAML read back gives plain objects; compare values, not key order.
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

/** Validates finished frontmatter through the real schema (the same one Astro uses at build time). */
export function bookDataProblem(data: Record<string, unknown>): string | undefined {
  const parsed = bookRecord.safeParse(data);
  return parsed.success ? undefined : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；');
}
