/**
 * Turns one collection's Zod schema into the web editor's (Sveltia CMS) field list, with the same walk that
 * writes the editor guide and the JSON Schemas (src/content-check/schema-walk.ts): labels and hints are the
 * schemas' descriptions, required/optional/default come from the Zod wrappers, and every field helper of
 * src/schemas/fields.ts maps to the widget that catches its mistakes in the form. A Zod type this file does
 * not know throws, so a new kind of field cannot slip into the schemas without a widget.
 */
import { z } from 'astro/zod';
import { CLOCK_TIME_MESSAGE, DATE_FORMAT_RULE, DATE_PATTERN, TIME_PATTERN } from '../schemas/formats/date.ts';
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

/**
 * The shapes the form checks as the editor types, built from the very patterns and words of src/schemas/formats/
 * (the schema and the content check use the same). Everything else the content check refuses, the editor page
 * checks before saving by running the schema and the rules themselves (src/cms/form-check.ts).
 */
export const FORM_PATTERNS = {
  date: [DATE_PATTERN, `${DATE_FORMAT_RULE}。`],
  time: [TIME_PATTERN, CLOCK_TIME_MESSAGE],
} as const satisfies Record<string, readonly [string, string]>;

/** Free text that reads better in a multi-line box than in one line. */
const LONG_TEXT = new Set(['summary', 'bio', 'text']);

/** The short label: the description up to its first explanation (「主讲人（content/people 里的文件名）」→ 主讲人). */
export function labelOf(description: string): string {
  return description.split(/[（，：(]/)[0]!.trim() || description;
}

/** Parts of a description that speak of files, or only say what the form shows anyway (必填, 可选, the defaults). */
const NOT_FOR_THE_FORM =
  /content\/|public\/|\.\/|文件名|路径|相对于本文件|git|\bsrc\b|\balt\b|^必填$|^可选$|^默认 ?(?:无|false|0)$/;

/**
 * The help under a field: what its description says beyond the label, without file paths or what the form shows
 * itself («主讲人（content/people 里的文件名）» → none; «ISBN，10 位或 13 位，可带连字符；保存为 13 位» → «10 位或 13
 * 位，可带连字符，保存为 13 位»). Undefined when nothing is left: a hint that repeats the label only adds noise.
 */
export function hintOf(description: string): string | undefined {
  const label = labelOf(description);
  const keep = (part: string) => part !== '' && !NOT_FOR_THE_FORM.test(part);
  const rest = description
    .slice(label.length)
    // Inside a parenthesis, keep only what is for the form; drop the parenthesis when nothing is.
    .replace(/[（(]([^（）()]*)[）)]/g, (_whole, inner: string) => {
      const kept = inner
        .split(/[；;，,]/)
        .map((part) => part.trim())
        .filter(keep);
      return kept.length ? `（${kept.join('，')}）` : '';
    });
  const hint = rest
    .split(/[；;，,：]/)
    .map((part) => part.trim().replace(/^（(.*)）$/, '$1'))
    .filter(keep)
    .join('，');
  return hint && hint !== label ? hint : undefined;
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
  // A text box, not the browser's date picker: the picker shows the date in the browser's own order (MM/DD/YYYY
  // in an English browser), while editors read and write YYYY-MM-DD everywhere else.
  if (kind === 'date') return { widget: 'string', pattern: [...FORM_PATTERNS.date] };
  if (kind === 'time') return { widget: 'string', pattern: [...FORM_PATTERNS.time] };
  // ISBN (hyphens welcome; normalised to 13 digits when the field is left) and 中图法 class: the schema itself
  // checks them before saving (form-check.ts), check digit included.
  if (kind === 'isbn' || kind === 'clc') return { widget: 'string' };
  switch (def.type) {
    case 'string':
      if (def.format === 'url') return { widget: 'string', type: 'url' };
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
  const hint = hintOf(description);
  const field: CmsField = { name, label: labelOf(description), ...(hint ? { hint } : {}), ...widgetFor(schema, name) };
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
