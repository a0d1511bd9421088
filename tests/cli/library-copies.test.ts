/**
 * Copies and citations on a real build: the fixture site plus a sheet (tests/fixtures/import/copies.csv) that
 * registers two copies of one title, one lent out and one on the shelf, with its 出版地, imported by the real CLI
 * and built by the real build script. Status is per copy, totals count copies, citations name the place and
 * come as .bib/.ris files.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureWithImport } from '../support/build-site.ts';

let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'library-copies-'));
  const content = fixtureWithImport(work, 'tests/fixtures/import/copies.csv');
  const built = buildSite(content, { outDir: path.join(work, 'dist') });
  if (built.status !== 0) throw new Error(built.output);
  dist = built.outDir;
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const file = (route: string) => readFileSync(path.join(dist, route), 'utf8');
const mainText = (route: string) =>
  /<main[\s\S]*?<\/main>/
    .exec(file(path.join(route, 'index.html')))![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('copies, per copy', () => {
  it('a title with one copy lent out and one on the shelf says so, and is found under both search filters', () => {
    expect(mainText('books/9787506365437')).toMatch(/册数 共 2 册 状态 在架 1 册、借出 1 册/);
    const html = file('books/9787506365437/index.html');
    expect(html).toContain('<span data-pagefind-filter="状态">在架</span>');
    expect(html).toContain('<span data-pagefind-filter="状态">借出</span>');
    expect(mainText('library/titles')).toMatch(/《活着》 余华 · 作家出版社 · 2012 · 未分类 · 在架 1 册、借出 1 册/);
  });

  it('counts the copy still on the shelf in the 在架 totals (fixture: 3 on the shelf, plus 1)', () => {
    for (const route of ['', 'library', 'stats']) expect(mainText(route)).toMatch(/在架图书 4 册/);
  });

  it('writes the copy counts in the catalogue CSV', () => {
    const row = file('library/catalogue.csv')
      .split('\r\n')
      .find((line) => line.includes('活着'))!;
    expect(row).toMatch(/,作家出版社,北京,2012,.*,2,1,1,0,0$/);
  });
});

describe('citations with 出版地, as text and as files', () => {
  it('names the place in GB/T 7714 instead of [出版地不详]', () => {
    expect(mainText('books/9787506365437')).toContain('余华. 活着[M]. 北京: 作家出版社, 2012.');
  });

  it('links to .bib and .ris files written at build time, with the place as address and CY', () => {
    const html = file('books/9787506365437/index.html');
    expect(html).toContain('href="/books/9787506365437.bib" download="9787506365437.bib"');
    expect(html).toContain('href="/books/9787506365437.ris" download="9787506365437.ris"');
    expect(file('books/9787506365437.bib')).toMatch(
      /^@book\{9787506365437,\n {2}title = \{活着\},[\s\S]*address = \{北京\}/,
    );
    expect(file('books/9787506365437.ris')).toMatch(
      /^TY {2}- BOOK\r\n[\s\S]*CY {2}- 北京\r\nPY {2}- 2012\r\n[\s\S]*ER {2}- \r\n$/,
    );
  });

  it('offers the whole catalogue as one .bib and one .ris file, one entry per title', () => {
    const titles = ['9787010009148', '9787020002207', '9787108009821', '9787506365437'];
    for (const id of titles) expect(existsSync(path.join(dist, `books/${id}.bib`)), id).toBe(true);
    expect(file('library/catalogue.bib').match(/^@book\{/gm)).toHaveLength(titles.length);
    expect(file('library/catalogue.ris').match(/^TY {2}- BOOK\r$/gm)).toHaveLength(titles.length);
    expect(file('library/index.html')).toContain('href="/library/catalogue.bib" download');
  });
});
