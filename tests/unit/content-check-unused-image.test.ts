/** The content check's unused-image rule: a picture in content/ that no entry uses is a warning, a used one is not. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { checkContent } from '../../src/content-check/check.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'tests/fixtures/site');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('unused-image', () => {
  it('warns about a picture no entry uses, names its file, and leaves used pictures alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'djjy-unused-'));
    temps.push(dir);
    cpSync(SITE, dir, { recursive: true });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#a31f1a' } })
      .png()
      .toBuffer();
    mkdirSync(path.join(dir, 'lectures/images'), { recursive: true });
    writeFileSync(path.join(dir, 'lectures/images/used.png'), png);
    writeFileSync(path.join(dir, 'lectures/images/stray.png'), png);
    writeFileSync(path.join(dir, 'books/stray-cover.jpg'), await sharp(png).jpeg().toBuffer());
    const lecture = path.join(dir, 'lectures/01-keji.mdx');
    writeFileSync(
      lecture,
      readFileSync(lecture, 'utf8').replace(
        'summary:',
        'photos:\n  - src: ./images/used.png\n    alt: 示例配图\nsummary:',
      ),
    );

    const { problems } = checkContent({ root: ROOT, content: dir, today: '2026-11-27' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const unused = problems.filter((p) => p.rule === 'unused-image');
    expect(unused.map((p) => path.basename(p.file)).sort()).toEqual(['stray-cover.jpg', 'stray.png']);
    for (const problem of unused) {
      expect(problem.severity).toBe('warning');
      expect(problem.message).toMatch(/没有被任何内容引用/);
    }
  });
});
