import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import iconv from 'iconv-lite';
import { decodeText, readCsv } from '../../src/lib/library/table.ts';
import { mapHeaders, normalizeDate, normalizeYear, readRow } from '../../src/lib/library/import/index.ts';
import { existingBookKey, frontmatterFile, planImport, type ExistingBook } from '../../src/lib/library/plan.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const people = [
  { id: 'wang-fang', name: '王芳' },
  { id: 'li-na', name: '李娜' },
];
const plan = (rows: string[][], existing = new Map<string, ExistingBook>(), update = false) =>
  planImport({ rows, existing, people, update });
const frontmatterOf = (content: string) =>
  parse(/^---\n([\s\S]*?\n)---\n/.exec(content)![1]!) as Record<string, unknown>;

describe('reading spreadsheets', () => {
  it('reads UTF-8 with a BOM and GBK to the same rows', () => {
    const utf8 = readCsv(fixture('books.csv'));
    const gbk = readCsv(fixture('books-gbk.csv'));
    expect(utf8.encoding).toBe('utf-8');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.rows).toEqual(utf8.rows);
    expect(utf8.rows[0]![0]).toBe('书名');
  });

  it('tells GB18030 from UTF-8 by a strict UTF-8 decode', () => {
    expect(decodeText(iconv.encode('书名,作者', 'gb18030')).text).toBe('书名,作者');
    expect(decodeText(new TextEncoder().encode('书名,作者')).encoding).toBe('utf-8');
  });

  it('reads tab-separated UTF-16 text (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('书名\tISBN\n红岩\t9787532130016\n', 'utf-16le'),
    ]);
    expect(readCsv(bytes).rows.slice(0, 2)).toEqual([
      ['书名', 'ISBN'],
      ['红岩', '9787532130016'],
    ]);
  });
});

describe('headers', () => {
  it('accepts Chinese and English names, including the isbn13,title,author,publisher export', () => {
    const zh = mapHeaders(['书名', '作者', 'ISBN', '捐赠日期', '册数', '备注']);
    expect(zh.fields.get('donatedOn')?.index).toBe(3);
    expect(zh.ignored).toEqual(['备注']);
    const en = mapHeaders(['isbn13', 'title', 'author', 'publisher']);
    expect([...en.fields.keys()]).toEqual(['isbn', 'title', 'authors', 'publisher']);
    expect(mapHeaders(['Title', 'ISBN-13', 'Donated On']).fields.has('donatedOn')).toBe(true);
  });

  it('refuses a sheet without a title column, naming what is missing; an ISBN column is optional', () => {
    expect(() => mapHeaders(['作者', '出版社'])).toThrow(/找不到「书名」列/);
    expect([...mapHeaders(['书名', '作者']).fields.keys()]).toEqual(['title', 'authors']);
  });
});

describe('cells', () => {
  it('normalises the date and year spellings Excel users type', () => {
    expect(normalizeDate('2024/3/5')).toBe('2024-03-05');
    expect(normalizeDate('2024年3月5日')).toBe('2024-03-05');
    expect(normalizeDate('20240305')).toBe('2024-03-05');
    expect(normalizeDate('三月五日')).toBe('三月五日');
    expect(normalizeYear('2014.11')).toBe(2014);
    expect(normalizeYear('2020年')).toBe(2020);
    expect(normalizeYear('不详')).toBe('不详');
  });

  it('refuses an ISBN that Excel turned into scientific notation', () => {
    const columns = mapHeaders(['书名', '作者', 'ISBN']);
    const result = readRow(['红岩', '罗广斌', '9.78753E+12'], columns, 2);
    expect(result.ok).toBe(false);
    if (result.ok === false) expect(result.problems[0]!.reason).toMatch(/科学计数法/);
  });

  it('reads 匿名 as an anonymous gift that records no donor', () => {
    const columns = mapHeaders(['书名', '作者', 'ISBN', '捐赠人']);
    const result = readRow(['红岩', '罗广斌', '9787532130016', '匿名'], columns, 2);
    expect(result.ok === true && result.record.donorName).toBe(undefined);
  });
});

describe('bad rows are refused one by one, with reasons, and nothing is written for them', () => {
  const result = plan(readCsv(fixture('bad-rows.csv')).rows);
  const reasons = (row: number) => result.rejected.filter((p) => p.row === row);

  it('writes only the good row', () => {
    expect(result.writes.map((w) => w.file)).toEqual(['books/9787020160013.md']);
    expect(new Set(result.rejected.map((p) => p.row))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
  });

  it('names row, column and reason for each kind of mistake', () => {
    expect(reasons(3)).toEqual([{ row: 3, column: 'ISBN', reason: expect.stringMatching(/校验位不对.*应是 7/) }]);
    expect(reasons(4)).toEqual([{ row: 4, column: '书名', reason: expect.stringMatching(/为空/) }]);
    expect(reasons(5)).toEqual([{ row: 5, column: '分类号', reason: expect.stringMatching(/L123.*22 个基本大类/) }]);
    expect(reasons(6)).toEqual([{ row: 6, column: '捐赠日期', reason: expect.stringMatching(/2024-02-30.*不存在/) }]);
    for (const row of [7, 8]) {
      expect(reasons(row)).toEqual([{ row, column: '书名', reason: expect.stringMatching(/第 7、8 行.*书名不一致/) }]);
    }
  });
});

describe('merging and writing', () => {
  const result = plan(readCsv(fixture('books.csv')).rows);
  const file = (isbn: string) => result.writes.find((w) => w.file === `books/${isbn}.md`)!;

  it('merges rows with the same ISBN (ISBN-10/13, hyphens) and adds up the copies', () => {
    const hongyan = frontmatterOf(file('9787532130016').content);
    expect(hongyan).toMatchObject({ title: '红岩', authors: ['罗广斌', '杨益言'], copies: 3, clc: 'I247.5' });
    expect(hongyan.donatedOn).toBe('2024-03-05');
  });

  it('matches donors by name, creates one person for an unknown name, and records no donor for 匿名', () => {
    expect(frontmatterOf(file('9787532130016').content).donor).toBe('wang-fang');
    expect(result.people).toEqual([{ id: 'xin-juan-zeng-ren', name: '新捐赠人', rows: [3, 5] }]);
    expect(frontmatterOf(file('9787508630014').content).donor).toBe('xin-juan-zeng-ren');
    const anonymous = file('9787301020012').content;
    expect(anonymous).not.toMatch(/donor/);
    expect(anonymous).not.toMatch(/匿名/);
    const person = result.writes.find((w) => w.action === 'person')!;
    expect(frontmatterOf(person.content)).toEqual({ name: '新捐赠人', kind: '其他' });
  });

  it('writes markup-looking text as quoted YAML data that reads back unchanged', () => {
    const data = frontmatterOf(file('9787202090015').content);
    expect(data.title).toBe('<script>alert(1)</script>');
    expect(data.subtitle).toBe('测试: 标题 # 不是注释');
    for (const nasty of ['yes', '007', 'a: b', '- x', "'q", '"q"', '#1', '@x', '---', 'null', '2024-02-30', '`x`']) {
      expect(frontmatterOf(frontmatterFile({ title: nasty })).title).toBe(nasty);
    }
  });

  it('never overwrites an existing book unless asked to, and re-importing the same sheet changes nothing', () => {
    const existing = new Map<string, ExistingBook>(
      result.writes
        .filter((w) => w.action !== 'person')
        .map((w) => [/(\d{13})/.exec(w.file)![1]!, { file: w.file, data: frontmatterOf(w.content), body: '' }]),
    );
    const known = [...people, { id: 'xin-juan-zeng-ren', name: '新捐赠人' }];
    const again = planImport({ rows: readCsv(fixture('books.csv')).rows, existing, people: known, update: false });
    expect(again.writes).toEqual([]);
    expect(again.unchanged).toBe(4);
    const updated = planImport({ rows: readCsv(fixture('books.csv')).rows, existing, people: known, update: true });
    expect(updated.writes).toEqual([]);

    const edited = readCsv(fixture('books.csv')).rows.map((row) => [...row]);
    edited[1]![4] = '重庆出版社';
    const kept = planImport({ rows: edited, existing, people: known, update: false });
    expect(kept.writes).toEqual([]);
    expect(kept.kept.map((k) => k.file)).toEqual(['books/9787532130016.md']);
    const withUpdate = planImport({ rows: edited, existing, people: known, update: true });
    expect(withUpdate.writes.map((w) => [w.file, w.action])).toEqual([['books/9787532130016.md', 'update']]);
    expect(frontmatterOf(withUpdate.writes[0]!.content).publisher).toBe('重庆出版社');
  });

  it('keeps what editors added (notes, summary, body) when updating', () => {
    const existing = new Map<string, ExistingBook>([
      [
        '9787532130016',
        {
          file: 'books/hongyan.md',
          body: '馆员备注。\n',
          data: {
            title: '红岩',
            authors: ['罗广斌'],
            isbn: '7-5321-3001-0',
            summary: '经典。',
            flyleafNotes: [{ reader: 'li-na', date: '2024-05-01', text: '好书。' }],
          },
        },
      ],
    ]);
    const result2 = plan(readCsv(fixture('books.csv')).rows, existing, true);
    const write = result2.writes.find((w) => w.file === 'books/hongyan.md')!;
    const data = frontmatterOf(write.content);
    expect(data).toMatchObject({ summary: '经典。', authors: ['罗广斌', '杨益言'], isbn: '7-5321-3001-0', copies: 3 });
    expect(data.flyleafNotes).toEqual([{ reader: 'li-na', date: '2024-05-01', text: '好书。' }]);
    expect(write.content.endsWith('\n馆员备注。\n')).toBe(true);
  });

  it('refuses a donor name shared by two people', () => {
    const rows = [
      ['书名', '作者', 'ISBN', '捐赠人'],
      ['红岩', '罗广斌', '9787532130016', '张伟'],
    ];
    const twins = planImport({
      rows,
      existing: new Map(),
      people: [
        { id: 'zhang-wei', name: '张伟' },
        { id: 'zhang-wei-2', name: '张伟' },
      ],
      update: false,
    });
    expect(twins.writes).toEqual([]);
    expect(twins.rejected[0]).toMatchObject({
      row: 2,
      column: '捐赠人',
      reason: expect.stringMatching(/zhang-wei、zhang-wei-2/),
    });
  });
});

describe('books without ISBN', () => {
  // Pre-ISBN books are imported too, and never given a made-up ISBN: the file is named by the title's pinyin.
  const rows = [
    ['书名', '作者', 'ISBN', '出版社', '捐赠人'],
    ['乡土中国', '费孝通', '', '观察社', '王芳'],
    ['乡 土中国', '费孝通', '', '观察社', ''],
    ['乡土中国', '佚名', '', '', ''],
    ['红岩', '罗广斌', '9787532130016', '', ''],
  ];

  it('writes one file per title and first author, named by pinyin, with no isbn, copies added up', () => {
    const result = plan(rows);
    expect(result.rejected).toEqual([]);
    expect(result.writes.map((w) => w.file)).toEqual([
      'books/xiang-tu-zhong-guo.md',
      'books/xiang-tu-zhong-guo-2.md',
      'books/9787532130016.md',
    ]);
    const first = frontmatterOf(result.writes[0]!.content);
    expect(first).toMatchObject({ title: '乡土中国', authors: ['费孝通'], donor: 'wang-fang', copies: 2 });
    expect(first).not.toHaveProperty('isbn');
    expect(frontmatterOf(result.writes[1]!.content)).toMatchObject({ authors: ['佚名'], copies: 1 });
  });

  it('finds an existing book without ISBN by title and first author, and leaves a taken file name alone', () => {
    const data = { title: '乡土中国', authors: ['费孝通'], publisher: '观察社', donor: 'wang-fang', copies: 2 };
    const existing = new Map<string, ExistingBook>([
      [existingBookKey(undefined, data), { file: 'books/xiang-tu-zhong-guo.md', data, body: '' }],
    ]);
    const again = plan(rows.slice(0, 3), existing);
    expect(again.writes).toEqual([]);
    expect(again.unchanged).toBe(1);
    const other = planImport({
      rows: [rows[0]!, ['乡土中国', '佚名', '', '', '']],
      existing,
      takenIds: new Set(['xiang-tu-zhong-guo', 'xiang-tu-zhong-guo-2']),
      people,
      update: false,
    });
    expect(other.writes.map((w) => w.file)).toEqual(['books/xiang-tu-zhong-guo-3.md']);
  });
});
