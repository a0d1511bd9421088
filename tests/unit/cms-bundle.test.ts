import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cmsBundleFolder, cmsBundleKey } from '../../src/cms/bundle.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A scratch root holding copies of the files the web editor's bundle is made from. */
function scratchRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'djjy-cms-key-'));
  mkdirSync(path.join(root, 'src/i18n'), { recursive: true });
  // The editor's code, and what its form checks run: the schemas and the content check's rules.
  for (const source of ['src/cms', 'src/schemas', 'src/content-check', 'src/i18n/translate.ts', 'package-lock.json']) {
    cpSync(path.join(ROOT, source), path.join(root, source), { recursive: true });
  }
  return root;
}

describe('the web editor bundle cache key (src/cms/bundle.ts)', () => {
  it('is the same for the same sources wherever the project lies, and names the bundle folder', () => {
    const key = cmsBundleKey(ROOT);
    expect(key).toMatch(/^[0-9a-f]{12}$/);
    expect(cmsBundleKey(scratchRoot())).toBe(key);
    expect(cmsBundleFolder(key)).toBe(`_astro/cms-${key}`);
  });

  it('changes when the editor code, the offline plugin, a schema, a content rule or an installed version changes', () => {
    const key = cmsBundleKey(ROOT);
    for (const file of [
      'src/cms/admin.ts',
      'src/cms/vite-plugin.ts',
      'src/cms/ui-strings.ts',
      'src/schemas/formats/isbn.ts',
      'src/content-check/rules/duplicate-number.ts',
      'package-lock.json',
    ]) {
      const root = scratchRoot();
      writeFileSync(path.join(root, file), '// changed\n', { flag: 'a' });
      expect(cmsBundleKey(root), file).not.toBe(key);
    }
  });
});
