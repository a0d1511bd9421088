/** Finds the schema (and its description) behind a field path, so errors can say what the field is for. */
import { z } from 'astro/zod';

export interface FieldMeta {
  description?: string;
  examples?: unknown[];
  references?: 'people' | 'books' | 'organisations';
  /** Set on the content check's stand-in for Astro's image() helper. */
  image?: boolean;
  /** What a field helper validates beyond its Zod type (src/schemas/fields.ts), for the web editor's widgets. */
  kind?: 'date' | 'time' | 'isbn' | 'clc';
}

type AnySchema = z.ZodType;

export function unwrap(schema: AnySchema): AnySchema {
  let current: AnySchema = schema;
  for (;;) {
    const def = (current as unknown as { def: { type: string; innerType?: AnySchema; in?: AnySchema } }).def;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}

export function metaOf(schema: AnySchema): FieldMeta {
  let current: AnySchema | undefined = schema;
  // Metadata may sit on the wrapper (optional/default) or on the inner schema.
  while (current) {
    const meta = z.globalRegistry.get(current) as FieldMeta | undefined;
    if (meta?.description || meta?.image) return meta;
    const def: { innerType?: AnySchema; in?: AnySchema } = (
      current as unknown as { def: { innerType?: AnySchema; in?: AnySchema } }
    ).def;
    current = def.innerType ?? def.in;
  }
  return {};
}

/** The `kind` a field helper put on the schema or on one it wraps (optional, default, pipe). */
export function kindOf(schema: AnySchema): FieldMeta['kind'] {
  for (let current: AnySchema | undefined = schema; current;) {
    const kind = (z.globalRegistry.get(current) as FieldMeta | undefined)?.kind;
    if (kind) return kind;
    const def: { innerType?: AnySchema; in?: AnySchema } = (
      current as unknown as { def: { innerType?: AnySchema; in?: AnySchema } }
    ).def;
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/** Whether a field must be written: required, optional, or optional with the default the build fills in. */
export function presenceOf(schema: AnySchema): 'required' | 'optional' | { default: unknown } {
  let presence: 'required' | 'optional' = 'required';
  for (let current: AnySchema | undefined = schema; current;) {
    const def: { type: string; innerType?: AnySchema; defaultValue?: unknown } = (
      current as unknown as { def: { type: string; innerType?: AnySchema; defaultValue?: unknown } }
    ).def;
    if (def.type === 'default') return { default: def.defaultValue };
    if (def.type === 'optional') presence = 'optional';
    else if (def.type !== 'nullable') return presence;
    current = def.innerType;
  }
  return presence;
}

/** The schema at `path` inside an object schema, or undefined where the path leaves the schema. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = (inner as unknown as { def: { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } })
      .def;
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

export function fieldMeta(root: AnySchema, path: readonly PropertyKey[]): FieldMeta {
  const schema = schemaAt(root, path);
  return schema ? metaOf(schema) : {};
}

/** Every string value under `data` whose schema is a reference or an image, for the cross-file checks. */
export function taggedValues(
  root: AnySchema,
  data: unknown,
): { path: PropertyKey[]; value: string; meta: FieldMeta }[] {
  const found: { path: PropertyKey[]; value: string; meta: FieldMeta }[] = [];
  const visit = (schema: AnySchema, value: unknown, path: PropertyKey[]) => {
    const meta = metaOf(schema);
    if ((meta.references || meta.image) && (typeof value === 'string' || typeof value === 'number')) {
      found.push({ path, value: String(value), meta });
      return;
    }
    const inner = unwrap(schema);
    const def = (inner as unknown as { def: { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } })
      .def;
    if (def.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        visit(child, (value as Record<string, unknown>)[key], [...path, key]);
      }
    } else if (def.type === 'array' && Array.isArray(value) && def.element) {
      value.forEach((item, index) => visit(def.element!, item, [...path, index]));
    }
  };
  visit(root, data, []);
  return found;
}

/** `flyleafNotes[0].date` from ['flyleafNotes', 0, 'date']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** The value at `path` inside parsed data, or undefined where the path leaves it. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}
