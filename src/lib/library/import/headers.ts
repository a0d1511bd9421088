/** Import stage 1, headers: which spreadsheet column holds which book field, whatever the librarian called it. */

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
export const HEADER_ALIASES: Record<BookField, string[]> = {
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

/** The header text the librarian wrote for a field's column, if the sheet has one. */
export function columnOf(columns: Columns, field: string): string | undefined {
  return columns.fields.get(field as BookField)?.header;
}
