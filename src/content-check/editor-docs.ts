/**
 * What editors read about the fields, generated from the Zod schemas so it can never drift from what the
 * build accepts: JSON Schemas for editors' tools (VS Code) and the field tables of docs/编辑指南.md.
 * scripts/generate-editor-docs.ts writes them; a unit test fails when the written files are out of date.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { DATA_FILES } from '../schemas/data-files.ts';
import { CLC_LETTERS } from '../lib/clc.ts';
import { isClockTime } from '../lib/dates.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { checkContext } from './tree.ts';
import { metaOf, presenceOf, unwrap } from './schema-walk.ts';
import { yamlValue } from './yaml-text.ts';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; fn?: unknown } } }[];
}
const defOf = (schema: AnySchema) => (schema as unknown as { def: Def }).def;

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
const CLC_PATTERN = `^\\s*[${CLC_LETTERS.join('')}${CLC_LETTERS.join('').toLowerCase()}]`;
const ISBN_PATTERN = '^(?:ISBN[:：]?\\s*)?[0-9Xx\\s-]{10,17}$';

/** The collection's schema as the content check sees it (images are path strings). */
export function collectionSchema(name: CollectionName): AnySchema {
  return COLLECTIONS[name].schema(checkContext) as AnySchema;
}

/** The Zod type under the field-level wrappers our field helpers use. */
function core(schema: AnySchema): AnySchema {
  const def = defOf(schema);
  return def.type === 'pipe' && def.in ? core(def.in) : schema;
}

/**
 * JSON Schema (draft-07, what the YAML language servers read) of one collection's frontmatter, describing
 * the input an editor types: dates and times as patterned strings, ids with their allowed characters.
 */
export function collectionJsonSchema(name: CollectionName): Record<string, unknown> {
  const schema = z.toJSONSchema(collectionSchema(name), {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as Record<string, unknown>;
      const meta = (z.globalRegistry.get(zodSchema) ?? {}) as Record<string, unknown>;
      const def = defOf(core(zodSchema as unknown as AnySchema));
      // Our own meta keys are for the content check, not for JSON Schema readers; so is Zod's int bound.
      delete json.image;
      delete json.references;
      delete json.kind;
      if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
      if (def.type === 'union' && def.options?.some((option) => defOf(option).type === 'date')) {
        // YAML parsers may read an unquoted date as a timestamp: the editor still types a string.
        delete json.anyOf;
        Object.assign(json, { type: 'string', pattern: DATE_PATTERN });
      } else if (meta.references) {
        delete json.anyOf;
        // All-digit ids (ISBNs) are read as numbers by YAML; both spellings are accepted.
        Object.assign(json, {
          anyOf: [
            { type: 'string', pattern: ID_PATTERN.source },
            { type: 'integer', minimum: 0 },
          ],
        });
      } else if (def.type === 'string' && def.checks?.some((check) => check._zod.def.fn === isClockTime)) {
        json.pattern = TIME_PATTERN;
      } else if (json.description === z.globalRegistry.get(clcSample)?.description && def.type === 'string') {
        json.pattern = CLC_PATTERN;
      } else if (json.description === z.globalRegistry.get(isbnSample)?.description && def.type === 'union') {
        delete json.anyOf;
        Object.assign(json, { anyOf: [{ type: 'string', pattern: ISBN_PATTERN }, { type: 'integer' }] });
      }
    },
  }) as Record<string, unknown>;
  const { label, folder } = COLLECTIONS[name];
  return {
    $schema: schema.$schema,
    $id: `${name}.schema.json`,
    title: `${label}（content/${folder}/）的字段`,
    description: `由 src/schemas 自动生成（npm run docs:editors），请勿手改。`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

// One instance of each field helper, to recognise its description in the generated schema.
import { clcClass, isbn } from '../schemas/fields.ts';
const clcSample = clcClass();
const isbnSample = isbn();

export interface FieldRow {
  /** `cover.src`, `flyleafNotes[].reader` */
  field: string;
  /** 必填, 可选, or 可选（默认 …）. */
  required: string;
  description: string;
  example?: string;
}

function defaultOf(schema: AnySchema): unknown {
  for (let current: AnySchema | undefined = schema; current; current = defOf(current).innerType) {
    if (defOf(current).type === 'default') return defOf(current).defaultValue;
  }
  return undefined;
}

/** One row per field, nested fields after their parent. */
export function fieldRows(name: CollectionName): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (schema: AnySchema, prefix: string, optionalParent?: string) => {
    const shape = defOf(unwrap(schema)).shape ?? {};
    for (const [key, child] of Object.entries(shape)) {
      const presence = presenceOf(child);
      let required = presence === 'required' ? '必填' : '可选';
      if (typeof presence === 'object') {
        const value = presence.default;
        required = `可选（默认 ${Array.isArray(value) && value.length === 0 ? '无' : yamlValue(value)}）`;
      }
      if (required === '必填' && optionalParent) required = `必填（填写 ${optionalParent} 时）`;
      const meta = metaOf(child);
      const inner = unwrap(child);
      const innerDef = defOf(inner);
      // A list without an example of its own shows its item's example as a one-item list.
      const itemExamples =
        innerDef.type === 'array' && innerDef.element ? metaOf(innerDef.element).examples : undefined;
      // Failing that, a non-empty default (状态 在架) is as good an example as any.
      const defaultValue = defaultOf(child);
      const defaults =
        defaultValue !== undefined && !(Array.isArray(defaultValue) && !defaultValue.length)
          ? [defaultValue]
          : undefined;
      const examples = (meta.examples ?? itemExamples?.slice(0, 1).map((item) => [item]) ?? defaults) as
        unknown[] | undefined;
      const field = `${prefix}${key}`;
      rows.push({
        field,
        required,
        description: meta.description ?? '',
        ...(examples?.length ? { example: yamlValue(examples[0]) } : {}),
      });
      const parent = required.startsWith('可选') ? field : optionalParent;
      if (innerDef.type === 'object') visit(inner, `${field}.`, parent);
      else if (innerDef.type === 'array' && innerDef.element && defOf(unwrap(innerDef.element)).type === 'object') {
        visit(innerDef.element, `${field}[].`, parent);
      }
    }
  };
  visit(collectionSchema(name), '');
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown table for one collection. */
export function fieldTable(name: CollectionName): string {
  const lines = ['| 字段 | 必填 | 说明 | 示例 |', '| --- | --- | --- | --- |'];
  for (const row of fieldRows(name)) {
    const example = row.example ? `\`${row.example}\`` : '—';
    lines.push(`| \`${row.field}\` | ${cell(row.required)} | ${cell(row.description)} | ${cell(example)} |`);
  }
  return lines.join('\n');
}

const START = (name: string) => `<!-- fields:${name} -->`;
const END = (name: string) => `<!-- /fields:${name} -->`;

/**
 * The guide with every `<!-- fields:NAME -->…<!-- /fields:NAME -->` block regenerated. Throws when a
 * collection's markers are missing, so a renamed heading cannot silently drop a table.
 */
export function renderGuide(guide: string): string {
  let text = guide;
  for (const name of COLLECTION_NAMES) {
    const start = text.indexOf(START(name));
    const end = text.indexOf(END(name));
    if (start < 0 || end < start) throw new Error(`docs/编辑指南.md: markers ${START(name)} … ${END(name)} missing`);
    const note = '<!-- 以下表格由 npm run docs:editors 根据 src/schemas 生成，请勿手改。 -->';
    text = `${text.slice(0, start)}${START(name)}\n${note}\n\n${fieldTable(name)}\n\n${text.slice(end)}`;
  }
  return text;
}

/** Where the generated files live, relative to the project root. */
export const GUIDE_PATH = 'docs/编辑指南.md';
export const SCHEMA_DIR = 'docs/schemas';

/** Every generated file (path relative to the root → content), given the guide as it is now. */
export function generatedFiles(currentGuide: string): Record<string, string> {
  const files: Record<string, string> = { [GUIDE_PATH]: renderGuide(currentGuide) };
  for (const name of COLLECTION_NAMES) {
    files[`${SCHEMA_DIR}/${name}.schema.json`] = `${JSON.stringify(collectionJsonSchema(name), null, 2)}\n`;
  }
  for (const { name, schema } of DATA_FILES) {
    const json = z.toJSONSchema(schema, { io: 'input' });
    const described = { $schema: json.$schema, $id: `${name}.schema.json`, ...json };
    files[`${SCHEMA_DIR}/${name}.schema.json`] = `${JSON.stringify(described, null, 2)}\n`;
  }
  return files;
}
