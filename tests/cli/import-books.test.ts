/** The real `npm run import:books` CLI on fixture spreadsheets, into temporary copies of the fixture site. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/import');
const temps: string[] = [];

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-books-'));
  temps.push(dir);
  cpSync(path.join(root, 'tests/fixtures/site'), dir, { recursive: true });
  return dir;
}

function importBooks(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/import-books.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under books/ and people/, with its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['books', 'people']) {
    for (const name of readdirSync(path.join(dir, folder)).sort()) {
      files[`${folder}/${name}`] = readFileSync(path.join(dir, folder, name), 'utf8');
    }
  }
  return files;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('import:books CLI', () => {
  it('imports a UTF-8 CSV, and the GBK copy gives exactly the same files', () => {
    const utf8 = site();
    const gbk = site();
    const a = importBooks(path.join(fixtures, 'books.csv'), '--out', utf8);
    const b = importBooks(path.join(fixtures, 'books-gbk.csv'), '--out', gbk);
    expect(a.code, a.out + a.err).toBe(0);
    expect(b.code, b.out + b.err).toBe(0);
    expect(a.out).toMatch(/CSV，UTF-8.*数据 5 行/);
    expect(b.out).toMatch(/GBK\/GB18030/);
    expect(a.out).toMatch(/已新建 4 种.*已新建人物 1 位/);
    expect(snapshot(gbk)).toEqual(snapshot(utf8));
    expect(existsSync(path.join(utf8, 'books/9787532130016.md'))).toBe(true);
    expect(existsSync(path.join(utf8, 'people/xin-juan-zeng-ren.md'))).toBe(true);
  });

  it('re-importing changes nothing, with or without --update', () => {
    const dir = site();
    importBooks(path.join(fixtures, 'books.csv'), '--out', dir);
    const before = snapshot(dir);
    const mtimes = readdirSync(path.join(dir, 'books')).map((f) => statSync(path.join(dir, 'books', f)).mtimeMs);
    for (const extra of [[], ['--update']]) {
      const again = importBooks(path.join(fixtures, 'books.csv'), '--out', dir, ...extra);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/新建 0 种.*更新 0 种.*未变 4 种/);
    }
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(path.join(dir, 'books')).map((f) => statSync(path.join(dir, 'books', f)).mtimeMs)).toEqual(
      mtimes,
    );
  });

  it('rejects bad rows one by one with row, column and reason, writes only the good row and exits 1', () => {
    const dir = site();
    const before = snapshot(dir);
    const result = importBooks(path.join(fixtures, 'bad-rows.csv'), '--out', dir);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/第 3 行 ·「ISBN」列：.*校验位不对/);
    expect(result.out).toMatch(/第 4 行 ·「书名」列：.*为空/);
    expect(result.out).toMatch(/第 5 行 ·「分类号」列：.*L123/);
    expect(result.out).toMatch(/第 6 行 ·「捐赠日期」列：.*2024-02-30.*不存在/);
    expect(result.out).toMatch(/第 7 行 ·「书名」列：.*书名不一致/);
    expect(result.out).toMatch(/第 8 行 ·「书名」列：.*书名不一致/);
    const after = snapshot(dir);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(['books/9787020160013.md']);
  });

  it('--dry-run validates and reports but writes nothing', () => {
    const dir = site();
    const before = snapshot(dir);
    const result = importBooks(path.join(fixtures, 'bad-rows.csv'), '--out', dir, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/试运行.*\n将新建 1 种/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('never overwrites an existing book unless --update', () => {
    const dir = site();
    // 平凡的世界 is already in the fixture site as 9787020002207 (written there as ISBN-10 7-02-000220-X).
    const existing = readFileSync(path.join(dir, 'books/9787020002207.md'), 'utf8');
    const sheet = path.join(dir, 'sheet.csv');
    const csv = 'isbn13,title,author,publisher\n7-02-000220-X,平凡的世界,路遥,北京十月文艺出版社\n';
    writeFileSync(sheet, csv);
    const kept = importBooks(sheet, '--out', dir);
    expect(kept.code).toBe(0);
    expect(kept.out).toMatch(/已存在未覆盖 1 种/);
    expect(readFileSync(path.join(dir, 'books/9787020002207.md'), 'utf8')).toBe(existing);
    const updated = importBooks(sheet, '--out', dir, '--update');
    expect(updated.out).toMatch(/已更新 1 种/);
    const text = readFileSync(path.join(dir, 'books/9787020002207.md'), 'utf8');
    expect(text).toContain('publisher: 北京十月文艺出版社');
    // What the sheet does not say survives: flyleaf notes, donor, body.
    expect(text).toContain('reader: zeng-li');
    expect(text).toContain('donor: li-na');
    expect(text).toContain('一部全景式表现中国当代城乡社会生活的长篇小说。');
  });

  it('imports an .xlsx made with exceljs (number ISBNs, date cells) to the same files as the CSV', async () => {
    const fromCsv = site();
    importBooks(path.join(fixtures, 'books.csv'), '--out', fromCsv);
    const fromXlsx = site();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('图书');
    const rows = readFileSync(path.join(fixtures, 'books.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    rows.forEach((cells, i) => {
      if (i === 0) return void sheet.addRow(cells);
      const [title, subtitle, authors, translators, publisher, year, isbn, clc, donor, donated, shelf, copies] = cells;
      const date = /^(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec(donated ?? '');
      sheet.addRow([
        title,
        subtitle,
        authors,
        translators,
        publisher,
        /^\d{4}$/.test(year ?? '') ? Number(year) : year,
        /^\d{13}$/.test(isbn ?? '') ? Number(isbn) : isbn,
        clc,
        donor,
        date ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))) : donated,
        shelf,
        copies ? Number(copies) : null,
      ]);
    });
    const file = path.join(fromXlsx, 'books.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = importBooks(file, '--out', fromXlsx);
    expect(result.code, result.out + result.err).toBe(0);
    expect(result.out).toMatch(/Excel \.xlsx/);
    expect(snapshot(fromXlsx)).toEqual(snapshot(fromCsv));
  });

  it('shows progress on a large sheet', () => {
    const dir = site();
    const check = (body: string) => {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += (i % 2 ? 3 : 1) * Number(body[i]);
      return body + ((10 - (sum % 10)) % 10);
    };
    const lines = ['ISBN,书名,作者'];
    for (let n = 0; n < 600; n++) lines.push(`${check(`978711${String(n).padStart(6, '0')}`)},第${n}本书,作者${n}`);
    const sheet = path.join(dir, 'large.csv');
    writeFileSync(sheet, lines.join('\n'));
    const result = importBooks(sheet, '--out', dir, '--dry-run');
    expect(result.code, result.out).toBe(0);
    expect(result.err).toMatch(/检查中：500\/600 行/);
    expect(result.out).toMatch(/将新建 600 种/);
  });

  it('explains what is wrong with an unusable file and exits 2', () => {
    const dir = site();
    const noTitle = path.join(dir, 'x.csv');
    writeFileSync(noTitle, '作者,出版社\n路遥,人民文学出版社\n');
    const result = importBooks(noTitle, '--out', dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/找不到「书名」/);
    expect(importBooks(path.join(dir, 'x.xls'), '--out', dir).code).toBe(2);
  });
});
