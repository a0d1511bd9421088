/**
 * Every key of the zh-CN dictionary is used somewhere: a key nobody reads is dead weight, and a sign that
 * some page writes its words another way.
 */
import { readFileSync, globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Keys of `keys` that no source text names: neither as a quoted literal ('a.b', "a.b", `a.b`) nor through a
 * template that builds it (t(`brand.${brand}`) uses every brand.* key).
 */
export function unusedKeys(keys: readonly string[], sources: readonly string[]): string[] {
  const text = sources.join('\n');
  const prefixes = [...text.matchAll(/\bt\(`([\w.]+\.)\$\{/g)].map((match) => match[1]!);
  return keys.filter(
    (key) =>
      !['"', "'", '`'].some((quote) => text.includes(`${quote}${key}${quote}`)) &&
      !prefixes.some((prefix) => key.startsWith(prefix)),
  );
}

describe('the dictionary', () => {
  it('has no key that no code uses', () => {
    const sources = globSync(['src/**/*.{ts,astro,mjs,js}', 'scripts/**/*.{ts,mjs}', 'astro.config.mjs'], {
      cwd: ROOT,
    })
      .filter((file) => !file.startsWith(`src${path.sep}i18n${path.sep}`))
      .map((file) => readFileSync(path.join(ROOT, file), 'utf8'));
    expect(sources.length).toBeGreaterThan(100);
    expect(unusedKeys(Object.keys(zhCN), sources)).toEqual([]);
  });

  it('tells a used key from an unused one', () => {
    const sources = ["t('a.used')", 'const k: UiKey = "b.used";', 'label: t(`brand.${brand}`)'];
    expect(unusedKeys(['a.used', 'b.used', 'brand.lectures', 'a.unused', 'a.use'], sources)).toEqual([
      'a.unused',
      'a.use',
    ]);
  });
});
