import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentCheckKey, knownClean, rememberClean } from '../../src/integrations/content-check-cache.ts';

let root: string;
let content: string;
const key = (today = '2026-12-01') => contentCheckKey({ root, content, today });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'check-cache-'));
  content = path.join(root, 'content');
  mkdirSync(path.join(root, 'src/content-check'), { recursive: true });
  mkdirSync(path.join(content, 'books'), { recursive: true });
  writeFileSync(path.join(root, 'src/content-check/rule.ts'), 'export const rule = 1;\n');
  writeFileSync(path.join(content, 'books/a.md'), '---\ntitle: 红岩\n---\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('content check cache key', () => {
  it('stays the same while nothing changes', () => {
    expect(key()).toBe(key());
  });

  it('changes with a content edit, a new file, a rule change or another date', () => {
    const before = key();
    appendFileSync(path.join(content, 'books/a.md'), '正文\n');
    const edited = key();
    expect(edited).not.toBe(before);
    writeFileSync(path.join(content, 'books/b.md'), '---\ntitle: 围城\n---\n');
    const added = key();
    expect(added).not.toBe(edited);
    writeFileSync(path.join(root, 'src/content-check/rule.ts'), 'export const rule = 2;\n');
    const ruled = key();
    expect(ruled).not.toBe(added);
    expect(key('2026-12-02')).not.toBe(ruled);
  });

  it('tells a renamed file from the same bytes under the old name', () => {
    const before = key();
    rmSync(path.join(content, 'books/a.md'));
    writeFileSync(path.join(content, 'books/c.md'), '---\ntitle: 红岩\n---\n');
    expect(key()).not.toBe(before);
  });
});

describe('clean markers', () => {
  it('knows only keys it was told were clean', () => {
    const cache = path.join(root, 'cache');
    expect(knownClean(cache, key())).toBe(false);
    rememberClean(cache, key());
    expect(knownClean(cache, key())).toBe(true);
    appendFileSync(path.join(content, 'books/a.md'), '改动\n');
    expect(knownClean(cache, key())).toBe(false);
  });
});
