/**
 * The content tree as the rules see it: every file read and parsed once, each entry validated once against its
 * collection's schema, and the fields that point elsewhere (references, images) listed once for all rules.
 */
import { readFileSync, existsSync, globSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { SchemaContext } from '../schemas/fields.ts';
import { readFrontmatter, type FrontmatterResult } from './frontmatter.ts';
import { formatPath, taggedValues, type FieldMeta } from './schema-walk.ts';
import type { CalendarDate } from '../lib/dates.ts';

export interface ContentEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  raw: Record<string, unknown>;
  body: string;
  /** False when the schema refused the file: cross-file checks then read the raw values. */
  valid: boolean;
}

/** One file found in a collection's folder, whether or not its frontmatter could be read. */
export interface SourceFile {
  collection: CollectionName;
  /** Path inside the collection's folder, as globbed. */
  relative: string;
  /** The entry's id: that path without .md/.mdx, with forward slashes. */
  id: string;
  /** The file as the report names it (see {@link ContentTree.rel}). */
  file: string;
  text: string;
  frontmatter: FrontmatterResult;
}

/** One complaint of a collection's schema about one file. */
export interface EntryIssue {
  file: string;
  schema: z.ZodType;
  raw: Record<string, unknown>;
  issue: z.core.$ZodIssue;
}

/** A field whose schema marks it as a reference to another entry or as an image path. */
export interface TaggedField {
  entry: ContentEntry;
  path: PropertyKey[];
  /** The path as the report prints it: `speakers[0]`. */
  field: string;
  value: string;
  meta: FieldMeta;
}

export interface ContentTree {
  /** Project root: file paths in the report are relative to it. */
  root: string;
  /** The content folder. */
  content: string;
  today: CalendarDate;
  /** A path as the report prints it: relative to the project when inside it, absolute otherwise. */
  rel: (abs: string) => string;
  files: SourceFile[];
  /** The files whose frontmatter could be read, in collection order. */
  entries: ContentEntry[];
  counts: Record<CollectionName, number>;
  /** Entry ids per collection, for references. */
  ids: Map<CollectionName, Set<string>>;
  issues: EntryIssue[];
  /** Every reference and image field of every entry, entry by entry, in schema order. */
  tagged: TaggedField[];
}

/** The content check's stand-in for Astro's image(): a path string, tagged so it can be checked on disk. */
export const checkContext: SchemaContext = {
  image: () =>
    z.string().meta({ image: true, description: '图片路径，相对于本文件' }) as unknown as z.ZodType<ImageMetadata>,
};

function displayPath(root: string, abs: string): string {
  const relative = path.relative(root, abs);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? abs : relative;
  return shown.split(path.sep).join('/');
}

/** The absolute path of a file the report names. */
export function absOf(root: string, file: string): string {
  return path.isAbsolute(file) ? file : path.join(root, file);
}

export function loadTree(root: string, content: string, today: CalendarDate): ContentTree {
  const rel = (abs: string) => displayPath(root, abs);
  const tree: ContentTree = {
    root,
    content,
    today,
    rel,
    files: [],
    entries: [],
    counts: {} as Record<CollectionName, number>,
    ids: new Map(COLLECTION_NAMES.map((n) => [n, new Set<string>()])),
    issues: [],
    tagged: [],
  };
  // One schema per collection: building a zod schema per entry cost ~30 s of CPU on a 10,000-book library.
  const schemas = new Map(COLLECTION_NAMES.map((n) => [n, COLLECTIONS[n].schema(checkContext) as z.ZodType]));
  for (const name of COLLECTION_NAMES) {
    const { folder, pattern } = COLLECTIONS[name];
    const schema = schemas.get(name)!;
    const dir = path.join(content, folder);
    const found = existsSync(dir) ? globSync(pattern, { cwd: dir }).sort() : [];
    tree.counts[name] = found.length;
    for (const relative of found) {
      const abs = path.join(dir, relative);
      const file = rel(abs);
      const text = readFileSync(abs, 'utf8');
      const frontmatter = readFrontmatter(text);
      const id = relative
        .replace(/\.(md|mdx)$/, '')
        .split(path.sep)
        .join('/');
      tree.files.push({ collection: name, relative, id, file, text, frontmatter });
      if (!frontmatter.ok) continue;
      const raw = frontmatter.file.data;
      const result = schema.safeParse(raw);
      if (!result.success) for (const issue of result.error.issues) tree.issues.push({ file, schema, raw, issue });
      tree.entries.push({
        collection: name,
        id,
        file,
        data: result.success ? (result.data as Record<string, unknown>) : raw,
        raw,
        body: frontmatter.file.body,
        valid: result.success,
      });
    }
  }
  for (const entry of tree.entries) tree.ids.get(entry.collection)!.add(entry.id);
  for (const entry of tree.entries) {
    for (const { path: fieldPath, value, meta } of taggedValues(schemas.get(entry.collection)!, entry.data)) {
      tree.tagged.push({ entry, path: fieldPath, field: formatPath(fieldPath), value, meta });
    }
  }
  return tree;
}
