/**
 * The library on a real build: the fixture site plus a spreadsheet imported by the real CLI, built by the real
 * build script into a temporary folder, then read as HTML. Proves import and build agree, imported text stays
 * text, lists are in pinyin order, class and donor pages count right and the flyleaf chain reads oldest first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';
import { fixtureWithImport } from '../support/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'library-site-'));
  const content = fixtureWithImport(work, 'tests/fixtures/import/books.csv');
  dist = path.join(work, 'dist');
  // Builds share .astro/ with every other build in this checkout: take the lock the whole team uses.
  const built = spawnSync('flock', ['/tmp/astro-build.lock', process.execPath, 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      BUILD_DATE: TEST_BUILD_DATE,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const page = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The visible text of <main>, tags removed and entities decoded, whitespace collapsed. */
function mainText(route: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(page(route))![0];
  return decode(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}
/** Book titles in the order the page lists them. */
const listedTitles = (route: string) =>
  [...page(route).matchAll(/<h[23] class="entry-title"[^>]*>\s*<a[^>]*>《([\s\S]*?)》<\/a>/g)].map((m) =>
    decode(m[1]!),
  );

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('library pages on the built site', () => {
  it('shows an imported <script> title as text, never as markup', () => {
    const html = page('books/9787202090015');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Inside a quoted attribute value (<title>-like meta content) `<` cannot open a tag; anywhere else it would.
    for (const file of allFiles(dist).filter((f) => /\.(html|xml)$/.test(f))) {
      const outsideAttributes = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes, file).not.toContain('<script>alert(1)');
    }
    expect(mainText('books/9787202090015')).toContain('《<script>alert(1)</script>》');
  });

  it('lists all titles in pinyin order, symbols last', () => {
    expect(listedTitles('library/titles')).toEqual([
      '共产党宣言',
      '红岩',
      '平凡的世界',
      '人类简史',
      '乡村振兴读本',
      '乡土中国',
      '<script>alert(1)</script>',
    ]);
  });

  it('has a page per 中图法 class with books and count, none for an empty class, and 未分类 for the rest', () => {
    expect(listedTitles('library/classes/i')).toEqual(['红岩', '平凡的世界']);
    expect(mainText('library/classes/i')).toMatch(/I 文学 共 2 种/);
    // An empty class has no page, no link and no sitemap entry; the class list still names it (issue 24, point 4).
    expect(existsSync(path.join(dist, 'library/classes/e/index.html'))).toBe(false);
    expect(
      readdirSync(dist)
        .filter((f) => f.startsWith('sitemap-'))
        .map((f) => readFileSync(path.join(dist, f), 'utf8'))
        .join(''),
    ).not.toContain('/library/classes/e/');
    expect(page('library/classes')).not.toContain('/library/classes/e/');
    // Pinyin collation puts symbols before Han characters.
    expect(listedTitles('library/classes/none')).toEqual(['<script>alert(1)</script>', '乡土中国']);
    const index = mainText('library/classes');
    expect(index).toContain('A 马克思主义、列宁主义、毛泽东思想、邓小平理论 （1 种）');
    expect(index).toContain('未分类 （2 种）');
    expect(index).toContain('E 军事 （暂无藏书）');
    expect(index.match(/（(\d+ 种|暂无藏书)）/g)).toHaveLength(23);
    expect(mainText('books/9787532130016')).toContain('中图法分类 I247.5 文学');
    expect(mainText('books/9787108009821')).toMatch(/出版年 不详 .*中图法分类 未分类/);
  });

  it('browses by author, publisher and year', () => {
    expect(listedTitles('library/authors/luo-guang-bin')).toEqual(['红岩']);
    expect(mainText('library/authors')).toMatch(/罗广斌 （1 种）.*杨益言 （1 种）/);
    expect(listedTitles('library/publishers/ren-min-wen-xue-chu-ban-she')).toEqual(['平凡的世界']);
    expect(listedTitles('library/years/unknown')).toEqual(['乡土中国']);
    expect(page('books/9787532130016')).toContain('href="/library/authors/yang-yi-yan/"');
    // A translator is a way in too: the book page links the name to the translator's page, which lists the book.
    const translator =
      /<dt>译者<\/dt>\s*<dd>\s*<a href="\/(library\/translators\/[^"/]+)\/">中共中央马克思恩格斯列宁斯大林著作编译局</.exec(
        page('books/9787010009148'),
      )![1]!;
    expect(listedTitles(translator)).toContain('共产党宣言');
    expect(mainText('library/translators')).toMatch(/中共中央马克思恩格斯列宁斯大林著作编译局 （\d+ 种）/);
  });

  it('gives every donor a page with the books given and notes written, and a donors index with counts', () => {
    const wang = mainText('people/wang-fang');
    expect(wang).toMatch(/捐赠的图书（2）( 《(红岩|乡土中国)》){2}/);
    expect(wang).toMatch(/写下的扉页寄语（1） 第一位读者：平凡中见伟大。/);
    expect(mainText('people/xin-juan-zeng-ren')).toMatch(
      /捐赠的图书（2）( 《(人类简史|<script>alert\(1\)<\/script>)》){2}/,
    );
    const donors = mainText('library/donors');
    expect(donors).toMatch(/李娜 捐书 1 种 2 册 .*王芳 捐书 2 种 4 册 · 写下寄语 1 条 .*新捐赠人 捐书 2 种 2 册/);
    expect(donors).toContain('匿名捐赠 2 种 2 册');
  });

  it('shows anonymous gifts as 匿名捐赠 and links no person for them', () => {
    for (const id of ['9787301020012', '9787010009148']) {
      const html = page(`books/${id}`);
      const donor = /<dt>捐赠人<\/dt>\s*<dd>([\s\S]*?)<\/dd>/.exec(html)![1]!;
      expect(donor.trim()).toBe('匿名捐赠');
    }
  });

  it('shows flyleaf notes oldest first, whatever order the file lists them in', () => {
    const text = mainText('books/9787020002207');
    expect(text.indexOf('第一位读者：平凡中见伟大。')).toBeGreaterThan(-1);
    expect(text.indexOf('第一位读者')).toBeLessThan(text.indexOf('第二位读者'));
    expect(text).toMatch(/扉页寄语（2） 第一位读者：平凡中见伟大。 王芳 · 2024年6月10日 第二位读者/);
    expect(mainText('library/notes')).toMatch(/第二位读者.*2024年9月1日.*第一位读者.*2024年6月10日/);
  });

  it('shows copies, shelf and status, and keeps the status search filter', () => {
    const html = page('books/9787532130016');
    expect(mainText('books/9787532130016')).toMatch(/册数 共 3 册 状态 在架 3 册 书架位置 C-1 捐赠人 王芳/);
    expect(html).toContain('<span data-pagefind-filter="状态">在架</span>');
    expect(page('books/9787010009148')).toContain('<span data-pagefind-filter="状态">借出</span>');
  });

  it('offers GB/T 7714, BibTeX and RIS citations on the book page', () => {
    const text = mainText('books/9787532130016');
    expect(text).toContain('罗广斌, 杨益言. 红岩[M]. [出版地不详]: 中国青年出版社, 2000.');
    expect(text).toContain('@book{9787532130016,');
    expect(text).toContain('TY - BOOK');
  });

  it('writes no /books/isbn/ forwarder for a book whose address is its ISBN (the server or the 404 page sends it on)', () => {
    expect(existsSync(path.join(dist, 'books/9787020002207/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'books/isbn/9787020002207'))).toBe(false);
  });

  it('links books, meetings, lectures and people both ways', () => {
    const book = page('books/9787020002207');
    expect(book).toContain('href="/meetings/2/"');
    expect(book).toContain('href="/lectures/1/"');
    expect(book).toContain('href="/people/li-na/"');
    expect(book).toContain('href="/people/zeng-li/"');
    expect(page('meetings/2')).toContain('href="/books/9787020002207/"');
    expect(page('lectures/1')).toContain('href="/books/9787020002207/"');
    expect(page('people/li-na')).toContain('href="/books/9787020002207/"');
  });

  it('shows the donation drive with totals, months and how to donate', () => {
    const text = mainText('library/drive');
    expect(text).toMatch(/图书种数 7 种 .*册数 10 册 .*捐赠人 3 人/);
    expect(text).toMatch(/2024年5月 1 2 .*2024年4月 2 2 .*2024年3月 2 4 .*2023年12月 1 1 .*日期不详 1 1/);
    expect(text).toContain('怎样捐书');
  });

  it('serves the whole catalogue as CSV with a BOM, and newest donations as RSS', async () => {
    const csv = readFileSync(path.join(dist, 'library/catalogue.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(
      'ISBN,书名,副标题,作者,译者,出版社,出版地,出版年,分类号,中图法大类,捐赠人,捐赠日期,书架,册数,在架,借出,遗失,扉页寄语数',
    );
    const feed = await new Parser().parseString(readFileSync(path.join(dist, 'feeds/books.xml'), 'utf8'));
    expect(feed.items.map((item) => item.title)).toEqual([
      '《平凡的世界》',
      '《人类简史》',
      '《<script>alert(1)</script>》',
      '《红岩》',
      '《共产党宣言》',
      '《乡土中国》',
    ]);
    expect(feed.items[0]!.link).toBe('https://fixture.example.cn/books/9787020002207/');
    expect(existsSync(path.join(dist, 'library/new/index.html'))).toBe(true);
  });
});
