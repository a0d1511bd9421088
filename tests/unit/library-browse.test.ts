import { describe, expect, it } from 'vitest';
import { NO_IMAGE } from '../../src/schemas/fields.ts';
import { parse } from 'csv-parse/sync';
import { bookSchema } from '../../src/schemas/book.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { buildCatalog, type Book, type Person } from '../../src/lib/catalog.ts';
import { buildLibraryIndex, titleInitial } from '../../src/lib/library/browse.ts';
import { bookListCsv, BOOK_LIST_HEADERS } from '../../src/lib/library/csv.ts';
import { planImport } from '../../src/lib/library/plan.ts';

const context = { image: NO_IMAGE };
const book = (id: string, data: Record<string, unknown>): Book => ({
  id,
  data: bookSchema(context).parse({ authors: ['佚名'], ...data }),
});
const person = (id: string, name: string): Person => ({ id, data: personSchema(context).parse({ name }) });

const books = [
  book('b1', {
    title: '中国制造',
    authors: ['张伟'],
    publisher: '人民出版社',
    year: 2015,
    donor: 'wang-fang',
    donatedOn: '2024-03-01',
    copies: 2,
  }),
  book('b2', { title: '阿Q正传', authors: ['鲁迅'], publisher: '人民文学出版社', year: 2015, donatedOn: '2024-03-20' }),
  book('b3', {
    title: '白鹿原',
    authors: ['陈忠实'],
    publisher: '人民文学出版社',
    donor: 'wang-fang',
    donatedOn: '2023-11-02',
    flyleafNotes: [
      { reader: 'li-na', date: '2024-05-01', text: '后写的' },
      { reader: 'wang-fang', date: '2024-01-01', text: '先写的' },
    ],
  }),
  book('b4', { title: 'Python编程', authors: ['章伟'], clc: 'TP311' }),
  book('b5', {
    title: '1984',
    authors: ['乔治·奥威尔'],
    translators: ['董乐山'],
    year: 2010,
    donor: 'li-na',
    donatedOn: '2024-03-05',
  }),
  book('b6', { title: '=HYPERLINK("http://x")', authors: ['@某人'], isbn: '9787532130016' }),
];
const catalog = buildCatalog({
  lectures: [],
  meetings: [],
  books,
  people: [person('wang-fang', '王芳'), person('li-na', '李娜'), person('zhao-lei', '赵磊')],
  today: '2026-11-27',
});
const index = buildLibraryIndex(catalog);

describe('library groupings', () => {
  it('orders titles by pinyin, not by code point, and files them under their initial', () => {
    // Code point order would be 中 (U+4E2D) < 白 (U+767D) < 阿 (U+963F).
    expect(catalog.booksByPinyin.map((b) => b.data.title).filter((t) => /\p{Script=Han}/u.test(t[0]!))).toEqual([
      '阿Q正传',
      '白鹿原',
      '中国制造',
    ]);
    expect(index.byInitial.map((g) => g.initial)).toEqual(['A', 'B', 'P', 'Z', '#']);
    expect(titleInitial('《重庆》')).toBe('C');
  });

  it('lists authors in pinyin order with unique path segments for names that read the same', () => {
    const names = index.authors.map((g) => g.name);
    expect(names.indexOf('陈忠实')).toBeLessThan(names.indexOf('鲁迅'));
    expect(names.indexOf('鲁迅')).toBeLessThan(names.indexOf('张伟'));
    const zhang = index.authors.find((g) => g.name === '张伟')!.slug;
    const zhang2 = index.authors.find((g) => g.name === '章伟')!.slug;
    expect(zhang).not.toBe(zhang2);
    expect(index.authorSlug.get('章伟')).toBe(zhang2);
  });

  it('groups translators like authors, and only books with a translator', () => {
    expect(index.translators.map((g) => [g.name, g.books.map((b) => b.id)])).toEqual([['董乐山', ['b5']]]);
    expect(index.translatorSlug.get('董乐山')).toBe(index.translators[0]!.slug);
  });

  it('groups by publisher and year, unknown year last', () => {
    expect(index.publishers.find((g) => g.name === '人民文学出版社')!.books.map((b) => b.id)).toEqual(['b2', 'b3']);
    expect(index.years.map((g) => g.year)).toEqual([2015, 2010, undefined]);
  });

  it('summarises named donors and counts anonymous gifts without naming anyone', () => {
    expect(index.donors.map((d) => [d.person.id, d.books.length, d.copies, d.notesWritten])).toEqual([
      ['li-na', 1, 1, 1],
      ['wang-fang', 2, 3, 1],
    ]);
    expect(catalog.totals).toMatchObject({ titles: 6, copies: 7, donors: 2, anonymousGifts: 3, anonymousCopies: 3 });
  });

  it('totals donations per month, newest first, undated last', () => {
    expect(index.months).toEqual([
      { month: '2024-03', titles: 3, copies: 4 },
      { month: '2023-11', titles: 1, copies: 1 },
      { month: undefined, titles: 2, copies: 2 },
    ]);
  });

  it('lists the latest flyleaf notes newest first', () => {
    expect(index.latestNotes.map((n) => n.note.text)).toEqual(['后写的', '先写的']);
  });
});

describe('catalogue CSV', () => {
  const csv = bookListCsv(catalog);

  it("starts with a UTF-8 BOM and uses CRLF, with the importer's headers", () => {
    expect(csv.startsWith('\uFEFFISBN,书名,')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...BOOK_LIST_HEADERS]);
    expect(rows).toHaveLength(7);
  });

  it('shows anonymous gifts as 匿名捐赠 and defuses formulas', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const formula = rows.find((r) => r.ISBN === '978-7-5321-3001-6')!;
    expect(formula.书名).toBe('\'=HYPERLINK("http://x")');
    expect(formula.作者).toBe("'@某人");
    expect(formula.捐赠人).toBe('匿名捐赠');
    expect(rows.find((r) => r.书名 === '白鹿原')!.捐赠人).toBe('王芳');
  });

  it('imports back: the exported file is a valid import sheet', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    const plan = planImport({
      rows: rows.filter((r, i) => i === 0 || r[0] !== ''),
      existing: new Map(),
      people: catalog.people.map((p) => ({ id: p.id, name: p.data.name })),
      update: false,
    });
    expect(plan.rejected).toEqual([]);
    expect(plan.created).toBe(1);
    expect(plan.writes[0]!.content).toContain('title: =HYPERLINK("http://x")');
  });
});
