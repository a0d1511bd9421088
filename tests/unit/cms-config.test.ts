/**
 * The web editor's configuration (src/cms) against the schemas it is generated from: every field of every
 * collection has a widget, its Chinese label and hint, the right required flag, and a form check that accepts what
 * the content check accepts. When a schema changes in a way the generator does not follow, this fails.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { z } from 'astro/zod';
import { fieldRows } from '../../src/content-check/editor-docs.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { EVENT_FORMATS } from '../../src/schemas/fields.ts';
import { PERSON_KINDS } from '../../src/schemas/person.ts';
import { cmsConfig, DEFAULT_CMS_SETTINGS, readCmsSettings, type CmsSettings } from '../../src/cms/config.ts';
import { t } from '../../src/i18n/t.ts';
import { fieldsOf, hintOf, labelOf, type CmsField } from '../../src/cms/fields.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { text } from '../../src/schemas/fields.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const config = cmsConfig({
  settings: DEFAULT_CMS_SETTINGS,
  contentFolder: 'content',
  nextNumbers: { lectures: 12, meetings: 30 },
  words: t,
});
type Collection = { name: string; folder: string; extension: string; slug: string; fields: CmsField[] };
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((c) => c.name === name)!;

/** `cover.alt`, `photos[].src`, `themes` — the same notation as the editor guide's field table. */
function flatten(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const field of fields) {
    const name = `${prefix}${field.name}`;
    out.set(name, field);
    const children = field.fields as CmsField[] | undefined;
    if (children)
      for (const [key, child] of flatten(children, `${name}${field.widget === 'list' ? '[]' : ''}.`))
        out.set(key, child);
  }
  return out;
}
const matches = (pattern: unknown, value: string) => new RegExp((pattern as [string, string])[0]).test(value);

describe('web editor configuration generated from src/schemas', () => {
  it('covers every field of every collection, and nothing else (body aside)', () => {
    expect(collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    for (const name of COLLECTION_NAMES) {
      const fields = flatten(collection(name).fields);
      fields.delete('body');
      expect([...fields.keys()], name).toEqual(fieldRows(name).map((row) => row.field));
    }
  });

  it('labels and hints every field in Chinese from its schema description; required exactly where the schema requires', () => {
    for (const name of COLLECTION_NAMES) {
      const fields = flatten(collection(name).fields);
      for (const row of fieldRows(name)) {
        const field = fields.get(row.field)!;
        // Help adds to the label: never the label again, never a file path or English jargon.
        expect(field.hint, `${name}.${row.field}`).toBe(hintOf(row.description));
        if (field.hint) {
          expect(field.hint, `${name}.${row.field}`).not.toBe(field.label);
          expect(field.hint, `${name}.${row.field}`).not.toMatch(/content\/|public\/|\.\/|文件名|\bsrc\b|\balt\b|git/);
        }
        expect(field.label, `${name}.${row.field}`).toBe(labelOf(row.description));
        expect(field.label, `${name}.${row.field}`).toMatch(/\p{Script=Han}|^ISBN$/u);
        expect(field.required !== false, `${name}.${row.field}: ${row.required}`).toBe(row.required.startsWith('必填'));
      }
      // Two fields of one form never share a label.
      const labels = collection(name).fields.map((field) => field.label);
      expect(new Set(labels).size, `${name}: ${labels.join(' ')}`).toBe(labels.length);
    }
  });

  it('writes the same folders and extensions as npm run new, and numbers the next 第N期', () => {
    for (const name of COLLECTION_NAMES) expect(collection(name).folder).toBe(`content/${COLLECTIONS[name].folder}`);
    expect(collection('lectures').extension).toBe('mdx');
    expect(collection('meetings').extension).toBe('mdx');
    expect(collection('books').extension).toBe('md');
    expect(collection('books').slug).toBe('{{fields.isbn}}');
    expect(flatten(collection('lectures').fields).get('number')!.default).toBe(12);
    expect(flatten(collection('meetings').fields).get('number')!.default).toBe(30);
  });

  it('maps enums to selects, references to relations (multiple for lists), pictures to image + alt + caption', () => {
    const books = flatten(collection('books').fields);
    expect(flatten(collection('lectures').fields).get('format')).toMatchObject({
      widget: 'select',
      options: [...EVENT_FORMATS],
    });
    // Copies per state are counts with their defaults, not a per-title status.
    expect(books.get('status')).toBeUndefined();
    expect(books.get('lent')).toMatchObject({ widget: 'number', default: 0 });
    expect(flatten(collection('people').fields).get('kind')).toMatchObject({
      widget: 'select',
      options: [...PERSON_KINDS],
    });
    expect(books.get('donor')).toMatchObject({ widget: 'relation', collection: 'people', value_field: '{{slug}}' });
    expect(books.get('donor')!.multiple).toBeUndefined();
    const lectures = flatten(collection('lectures').fields);
    expect(lectures.get('speakers')).toMatchObject({
      widget: 'relation',
      collection: 'people',
      multiple: true,
      min: 1,
    });
    expect(lectures.get('recommendedBooks')).toMatchObject({ widget: 'relation', collection: 'books', multiple: true });
    expect(flatten(collection('meetings').fields).get('books')).toMatchObject({
      widget: 'relation',
      collection: 'books',
      multiple: true,
    });
    expect(lectures.get('photos[].src')).toMatchObject({
      widget: 'image',
      media_folder: 'images',
      public_folder: './images',
    });
    expect(lectures.get('photos[].alt')).toMatchObject({ widget: 'string' });
    expect(lectures.get('photos[].alt')!.required).toBeUndefined();
    expect(lectures.get('photos[].caption')!.required).toBe(false);
    expect(lectures.get('themes')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'string' } });
    expect(books.get('flyleafNotes')).toMatchObject({ widget: 'list' });
  });

  it('checks dates and clock times as the editor types, in the schema’s words; ISBN and 中图法 before saving', () => {
    const lectures = flatten(collection('lectures').fields);
    // A text box showing YYYY-MM-DD, not the browser's date picker (MM/DD/YYYY in an English browser).
    expect(lectures.get('date')).toMatchObject({ widget: 'string' });
    expect(lectures.get('updated')).toMatchObject({ widget: 'string' });
    const date = lectures.get('date')!.pattern;
    for (const ok of ['2026-12-20', '2024-02-29']) expect(matches(date, ok), ok).toBe(true);
    for (const bad of ['12/20/2026', '2026-12-2', '2026年12月20日']) expect(matches(date, bad), bad).toBe(false);
    expect((date as [string, string])[1]).toContain('日期应写成 YYYY-MM-DD');
    const start = lectures.get('startTime')!.pattern;
    for (const ok of ['14:30', '09:00', '23:59']) expect(matches(start, ok), ok).toBe(true);
    for (const bad of ['24:00', '9:00', '14.30', '14:60']) expect(matches(start, bad), bad).toBe(false);
    const books = flatten(collection('books').fields);
    // No pattern of its own: hyphens are welcome, and the schema checks the digits (src/cms/form-check.ts).
    expect(books.get('isbn')!.pattern).toBeUndefined();
    expect(books.get('clc')!.pattern).toBeUndefined();
    const slug = collection('people').slug as unknown as { pattern: [string, string] };
    expect(matches(slug.pattern, 'zhang-wei')).toBe(true);
    expect(matches(slug.pattern, 'Zhang Wei')).toBe(false);
    expect(config.media_libraries).toEqual({ stock_assets: false });
  });

  it('fails loudly on a schema field it cannot turn into a widget, or one without a description', () => {
    expect(() => fieldsOf(z.object({ when: z.map(z.string(), z.string()).meta({ description: '时间表' }) }))).toThrow(
      /Zod type "map"/,
    );
    expect(() => fieldsOf(z.object({ note: z.string() }))).toThrow(/no description/);
    expect(fieldsOf(z.object({ note: text('备注（可选）').optional() }))).toEqual([
      { name: 'note', label: '备注', widget: 'string', required: false },
    ]);
  });

  it('connects to the intranet git host of the settings, and lets the admin page talk to it and nothing else', () => {
    const settings: CmsSettings = {
      ...DEFAULT_CMS_SETTINGS,
      backend: 'gitlab',
      baseUrl: 'https://git.yuanqu.example.cn',
      appId: 'abc',
    };
    const backend = cmsConfig({
      settings,
      contentFolder: 'content',
      nextNumbers: { lectures: 1, meetings: 1 },
      words: t,
    }).backend;
    expect(backend).toMatchObject({
      name: 'gitlab',
      base_url: 'https://git.yuanqu.example.cn',
      api_root: 'https://git.yuanqu.example.cn/api/v4',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    const csp = adminCsp(settings);
    expect(csp).toContain("connect-src 'self' blob: data: https://git.yuanqu.example.cn;");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(readCmsSettings(ROOT).backend).toMatch(/^(gitea|gitlab|github)$/);
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.load_config_file).toBe(false);
  });
});
