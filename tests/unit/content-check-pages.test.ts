/** A page in content/pages that the site has no address for is refused, not silently left unpublished. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/content-check/check.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content check: pages', () => {
  it('refuses a page file the site would never publish, naming the file and the names it accepts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'djjy-pages-'));
    temps.push(dir);
    cpSync(path.join(ROOT, 'tests/fixtures/site'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'pages/jieshao.md'), '---\ntitle: 园区介绍\ndescription: 一句话。\n---\n\n正文。\n');
    const errors = checkContent({ root: ROOT, content: dir, today: '2026-11-27' }).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'unknown-page', found: 'jieshao' });
    expect(errors[0]!.file).toMatch(/pages\/jieshao\.md$/);
    expect(errors[0]!.message).toContain('about-library.md');
  });
});

describe('content check: retired fields', () => {
  it('tells an editor whose book still says status: 借出 to write lent / lost instead', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'djjy-status-'));
    temps.push(dir);
    cpSync(path.join(ROOT, 'tests/fixtures/site'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'books/9787108009821.md'),
      '---\ntitle: 乡土中国\nauthors: [费孝通]\ncopies: 2\nstatus: 借出\n---\n',
    );
    const errors = checkContent({ root: ROOT, content: dir, today: '2026-11-27' }).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'unknown-field', field: 'status', found: '借出' });
    expect(errors[0]!.message).toMatch(/已停用.*lent.*lost/);
  });
});
