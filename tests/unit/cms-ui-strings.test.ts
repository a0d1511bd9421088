/**
 * The web editor's interface in Chinese (src/cms/ui-strings.ts over Sveltia's zh-CN locale): every string Sveltia
 * has in English has a Chinese one after the merge, so nothing falls back to English; our own words replace those
 * that speak of repositories. Fails when a Sveltia upgrade brings a string this project has not translated.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localizedZhCn } from '../../src/cms/vite-plugin.ts';
import type { UiStrings } from '../../src/cms/ui-strings.ts';

const LOCALES = path.resolve(import.meta.dirname, '../../node_modules/@sveltia/cms/locales');
const read = (name: string) => readFileSync(path.join(LOCALES, name), 'utf8');
const flat = (strings: UiStrings, prefix = ''): [string, string][] =>
  Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flat(value, `${prefix}${key}.`),
  );

describe('Sveltia CMS in Chinese', () => {
  const english = new Map(flat(JSON.parse(read('en-US.json')) as UiStrings));
  const merged = new Map(flat(JSON.parse(localizedZhCn(read('zh-CN.json'))) as UiStrings));

  it('has a Chinese string for every string of the English locale', () => {
    const missing = [...english.keys()].filter((key) => !merged.has(key));
    expect(missing).toEqual([]);
    const untranslated = [...merged].filter(
      ([key, value]) =>
        // File formats and size units (MIDI, JavaScript, KB) read the same in Chinese.
        !/^file_(?:type_labels|size_units)\./.test(key) &&
        english.get(key) === value &&
        /[a-z]{3}/i.test(value) &&
        !/\p{Script=Han}/u.test(value),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('speaks of the site’s files, not of git repositories, and shows the file-name rule’s words', () => {
    expect(merged.get('work_with_local_repo_description')).not.toMatch(/仓库/);
    expect(merged.get('entry_sidebar.slug.title')).toBe('文件名');
    expect(merged.get('show_errors')).toBe('查看错误');
    expect(merged.get('edit_slug_error.invalid')).toContain('只能用小写字母、数字和连字符');
    expect(merged.get('saving_entry.error.description')).not.toMatch(/稍后重试/);
  });
});
