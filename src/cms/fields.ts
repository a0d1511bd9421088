/**
 * Turns one collection's Zod schema into the web editor's (Sveltia CMS) field list, with the same walk that
 * writes the editor guide and the JSON Schemas (src/content-check/schema-walk.ts): labels and hints are the
 * schemas' descriptions, required/optional/default come from the Zod wrappers, and every field helper of
 * src/schemas/fields.ts maps to the widget that catches its mistakes in the form. A Zod type this file does
 * not know throws, so a new kind of field cannot slip into the schemas without a widget.
 */
import { z } from 'astro/zod';
import { CLC_LETTERS } from '../lib/clc.ts';
import { kindOf, metaOf, presenceOf, unwrap } from '../content-check/schema-walk.ts';

type AnySchema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; minimum?: number; value?: number; inclusive?: boolean } } }[];
  format?: string;
}
const defOf = (schema: AnySchema) => (schema as unknown as { def: Def }).def;

/** A Sveltia CMS field (the subset this project uses; see @sveltia/cms types/public.d.ts). */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

/** A widget and its options, before the field's name and label are added. */
type Widget = { widget: string; [option: string]: unknown };

/** Where pictures go, relative to the content file: the `./images/…` the schema's `src` expects. */
export const IMAGE_FOLDER = 'images';

/** Patterns the form checks before saving; the content check stays the last word at build time. */
export const FORM_PATTERNS = {
  date: ['^\\d{4}-\\d{2}-\\d{2}$', '日期应写成 YYYY-MM-DD，例如 2024-03-01'],
  time: ['^([01]\\d|2[0-3]):[0-5]\\d$', '时间应写成 24 小时制 HH:mm，例如 14:30'],
  // The form asks for the 13 digits: the file of a book with an ISBN is named after them (npm run new does the same).
  isbn: ['^97[89]\\d{10}$', 'ISBN 请写 13 位数字，不带连字符，例如 9787020002207'],
  clc: [
    `^[${CLC_LETTERS.join('')}][0-9A-Z.\\-/:()="<>+]*$`,
    '中图法分类号以大写的大类字母开头，例如 D261、I247.5、TP311',
  ],
  id: ['^[a-z0-9][a-z0-9-]*$', '只用小写字母、数字和连字符'],
  url: ['^https?://', '请填写完整网址，以 http:// 或 https:// 开头'],
} as const satisfies Record<string, readonly [string, string]>;

/** Free text that reads better in a multi-line box than in one line. */
const LONG_TEXT = new Set(['summary', 'bio', 'text']);

/** The short label: the description up to its first explanation (「主讲人（content/people 里的文件名）」→ 主讲人). */
export function labelOf(description: string): string {
  return description.split(/[（，：(]/)[0]!.trim() || description;
}

/** What to show for one item of a relation: people by name, books by title. */
const RELATION = {
  people: { search_fields: ['name', 'title'], display_fields: ['name'] },
  books: { search_fields: ['title', 'authors', 'isbn'], display_fields: ['title'] },
  organisations: { search_fields: ['name', 'shortName'], display_fields: ['name'] },
} as const;

/** The widget options for the value type of `schema` (without name, label, required). */
function widgetFor(schema: AnySchema, name: string): Widget {
  const meta = metaOf(schema);
  const kind = kindOf(schema);
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (meta.references)
    return { widget: 'relation', collection: meta.references, value_field: '{{slug}}', ...RELATION[meta.references] };
  if (meta.image)
    return { widget: 'image', media_folder: IMAGE_FOLDER, public_folder: `./${IMAGE_FOLDER}`, choose_url: false };
  if (kind === 'date')
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: false,
    };
  if (kind === 'time') return { widget: 'string', pattern: [...FORM_PATTERNS.time] };
  if (kind === 'isbn') return { widget: 'string', pattern: [...FORM_PATTERNS.isbn] };
  if (kind === 'clc') return { widget: 'string', pattern: [...FORM_PATTERNS.clc] };
  switch (def.type) {
    case 'string':
      if (def.format === 'url') return { widget: 'string', type: 'url', pattern: [...FORM_PATTERNS.url] };
      return { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
    case 'number': {
      const bound = def.checks?.map((check) => check._zod.def).find((check) => check.check === 'greater_than');
      const min = bound?.value === undefined ? undefined : bound.inclusive ? bound.value : bound.value + 1;
      return { widget: 'number', value_type: 'int', ...(min !== undefined ? { min } : {}) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(inner) };
    case 'array': {
      const element = def.element!;
      const minItems = def.checks?.map((check) => check._zod.def.minimum).find((value) => value !== undefined);
      const bounds = minItems ? { min: minItems } : {};
      if (metaOf(element).references) return { ...widgetFor(element, name), multiple: true, ...bounds };
      if (defOf(unwrap(element)).type === 'object')
        return { widget: 'list', fields: fieldsOf(unwrap(element)), ...bounds };
      const item = widgetFor(element, name);
      return {
        widget: 'list',
        field: { name: 'item', label: labelOf(metaOf(element).description ?? name), ...item },
        ...bounds,
      };
    }
    default:
      throw new Error(`src/cms/fields.ts: no web-editor widget for the Zod type "${def.type}" of field "${name}".`);
  }
}

/** One field of an object schema, with its label, hint, required flag and default. */
function fieldOf(name: string, schema: AnySchema): CmsField {
  const description = metaOf(schema).description;
  if (!description)
    throw new Error(`src/schemas: field "${name}" has no description (.meta), so the web editor has no label for it.`);
  const presence = presenceOf(schema);
  const field: CmsField = { name, label: labelOf(description), hint: description, ...widgetFor(schema, name) };
  if (presence !== 'required') field.required = false;
  if (presence !== 'required' && presence !== 'optional') {
    const value = presence.default;
    // An empty list or `false` is what the build assumes anyway: writing it would only add noise to the file.
    if (!(Array.isArray(value) && value.length === 0) && value !== false) field.default = value;
  }
  return field;
}

/** The fields of an object schema, in schema order. */
export function fieldsOf(schema: AnySchema): CmsField[] {
  const shape = defOf(unwrap(schema)).shape ?? {};
  return Object.entries(shape).map(([name, child]) => fieldOf(name, child));
}
