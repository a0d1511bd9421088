/**
 * The generated JSON Schemas are wired into the editor settings (issue "Every page right", point 9): every
 * mapping in .vscode/settings.json points at a schema file that exists, every generated schema is mapped, the
 * data files it names exist, and the real data files pass their schemas.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { SCHEMA_DIR } from '../../src/content-check/editor-docs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as {
  'json.schemas'?: { fileMatch: string[]; url: string }[];
  'yaml.schemas'?: Record<string, string | string[]>;
};
const fromRoot = (file: string) => path.join(ROOT, file.replace(/^\.?\//, ''));
const mappings = [
  ...(settings['json.schemas'] ?? []).map((m) => ({ schema: m.url, files: m.fileMatch })),
  ...Object.entries(settings['yaml.schemas'] ?? {}).map(([schema, files]) => ({
    schema,
    files: [files].flat(),
  })),
];

function validator(schemaPath: string) {
  const { $schema: _dialect, $id: _id, ...schema } = JSON.parse(readFileSync(fromRoot(schemaPath), 'utf8'));
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

describe('.vscode/settings.json schema mappings', () => {
  it('point at schema files that exist', () => {
    expect(mappings.length).toBeGreaterThan(0);
    for (const { schema } of mappings) expect(existsSync(fromRoot(schema)), schema).toBe(true);
  });

  it('map every generated schema', () => {
    const generated = globSync('*.schema.json', { cwd: path.join(ROOT, SCHEMA_DIR) }).map((f) => `${SCHEMA_DIR}/${f}`);
    expect(generated.length).toBeGreaterThan(5);
    const mapped = new Set(mappings.map((m) => m.schema.replace(/^\.\//, '')));
    expect(generated.filter((file) => !mapped.has(file))).toEqual([]);
  });

  it('name data files that exist, and those files pass their schema', () => {
    let checked = 0;
    for (const { schema, files } of mappings) {
      for (const file of files.filter((f) => !f.includes('*'))) {
        expect(existsSync(fromRoot(file)), file).toBe(true);
        const text = readFileSync(fromRoot(file), 'utf8');
        const validate = validator(schema);
        const data: unknown = file.endsWith('.json') ? JSON.parse(text) : parse(text);
        expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(2); // content/data/site.json and content/data/synonyms.yaml
  });

  it('reject what the build would reject', () => {
    expect(validator(`${SCHEMA_DIR}/synonyms.schema.json`)([['招商']])).toBe(false);
    expect(validator(`${SCHEMA_DIR}/site.schema.json`)({ url: 'djjy.example.cn' })).toBe(false);
  });
});
