import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { readFrontmatter } from '../../src/content-check/frontmatter.ts';
import {
  GUIDE_PATH,
  collectionJsonSchema,
  fieldRows,
  generatedFiles,
  renderGuide,
} from '../../src/content-check/editor-docs.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const guide = readFileSync(path.join(ROOT, GUIDE_PATH), 'utf8');

describe('editor guide and JSON Schemas', () => {
  it('are up to date with src/schemas (run `npm run docs:editors` when this fails)', () => {
    for (const [file, expected] of Object.entries(generatedFiles(guide))) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toBe(expected);
    }
  });

  it('the guide has a field table row for every field of every collection', () => {
    for (const name of COLLECTION_NAMES) {
      for (const row of fieldRows(name)) expect(guide, `${name}.${row.field}`).toContain(`| \`${row.field}\` |`);
    }
    expect(fieldRows('lectures').find((row) => row.field === 'cover.alt')?.required).toBe('必填（填写 cover 时）');
  });

  it('refuses to drop a table whose markers went missing', () => {
    expect(() => renderGuide(guide.replace('<!-- fields:books -->', ''))).toThrow(/fields:books/);
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, ajv.compile(collectionJsonSchema(name))]),
  ) as Record<CollectionName, ReturnType<Ajv['compile']>>;

  it('accept the frontmatter of every file of the fixture site and the bundled content', () => {
    let checked = 0;
    for (const content of ['tests/fixtures/site', 'content']) {
      for (const name of COLLECTION_NAMES) {
        const dir = path.join(ROOT, content, COLLECTIONS[name].folder);
        for (const file of globSync(COLLECTIONS[name].pattern, { cwd: dir })) {
          const parsed = readFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
          if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
          const valid = validators[name](parsed.file.data);
          expect(valid, `${content}/${name}/${file}: ${ajv.errorsText(validators[name].errors)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it.each([
    ['a date with slashes', { date: '2024/6/14' }, /pattern/],
    ['a time in words', { startTime: '下午两点' }, /pattern/],
    ['an unknown field', { attendence: 3 }, /additional properties/],
    ['a person id with capitals', { speakers: ['Wang-Fang'] }, /pattern/],
    ['a format not on the list', { format: '现场' }, /allowed values/],
    ['themes as text instead of a list', { themes: '科技创新' }, /must be array/],
  ])('reject %s, as VS Code would', (_, change, error) => {
    const lecture = {
      number: 4,
      title: '题目',
      date: '2024-06-14',
      themes: ['党的理论'],
      speakers: ['wang-fang'],
      venue: '报告厅',
      format: '线下',
      summary: '摘要。',
    };
    expect(validators.lectures(lecture)).toBe(true);
    expect(validators.lectures({ ...lecture, ...change })).toBe(false);
    expect(ajv.errorsText(validators.lectures.errors)).toMatch(error);
  });

  it('describe fields in Chinese and drop the content check’s private keys', () => {
    const schema = JSON.stringify(collectionJsonSchema('books'));
    expect(schema).toContain('"description":"书名"');
    expect(schema).not.toMatch(/"references"|"image"/);
  });
});
