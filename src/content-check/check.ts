/**
 * The content check: validates the whole content tree and reports every problem at once, in Chinese,
 * naming file, field, what was expected and what was found. Astro stops at the first invalid entry
 * and only logs dangling references; this runs before it so editors see everything in one go.
 */
import { readFileSync, existsSync, globSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { SchemaContext } from '../schemas/fields.ts';
import { readFrontmatter } from './frontmatter.ts';
import { fieldMeta, formatPath, schemaAt, taggedValues } from './schema-walk.ts';
import { todayInChina, type CalendarDate } from '../lib/dates.ts';
import { contentDir } from '../lib/site-config.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Short machine name of the rule, e.g. `schema`, `duplicate-number`. */
  rule: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Field path such as `flyleafNotes[0].date`; absent for whole-file problems. */
  field?: string;
  /** What is wrong and how to fix it (zh-CN). */
  message: string;
  /** The value found, as the editor wrote it. */
  found?: string;
}

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

export interface CheckResult {
  problems: Problem[];
  entries: ContentEntry[];
  counts: Record<CollectionName, number>;
}

/** The content check's stand-in for Astro's image(): a path string, tagged so it can be checked on disk. */
const checkContext: SchemaContext = {
  image: () => z.string().meta({ image: true, description: '图片路径，相对于本文件' }),
};

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|gif|avif|svg|tiff?)$/i;

function show(value: unknown): string {
  if (value === undefined) return '（未填写）';
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  return JSON.stringify(value);
}

function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of fieldPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

function exampleText(examples: unknown[] | undefined): string {
  if (!examples?.length) return '';
  const [first] = examples;
  return `，例如 ${Array.isArray(first) ? `[${first.join(', ')}]` : String(first)}`;
}

function knownKeys(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, fieldPath);
  let current = target as unknown as { def: { type: string; shape?: object; innerType?: unknown } } | undefined;
  while (current && current.def.type !== 'object' && current.def.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current?.def.shape ? Object.keys(current.def.shape) : [];
}

/** The known field name nearest to a typo (edit distance ≤ 2), if any. */
function closest(typo: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(
          row[j] + 1,
          row[j - 1] + 1,
          prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1),
        );
        prev = row[j];
        row[j] = next;
      }
    }
    return row[b.length];
  };
  const ranked = candidates.map((c) => [c, distance(typo, c)] as const).sort((a, b) => a[1] - b[1]);
  return ranked[0] && ranked[0][1] <= 2 ? ranked[0][0] : undefined;
}

/** Turns one Zod issue into an editor-readable problem. */
function describeIssue(
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
  file: string,
): Problem {
  const field = formatPath(issue.path);
  const meta = fieldMeta(schema, issue.path);
  const found = valueAt(raw, issue.path);
  const what = meta.description ? `（${meta.description}）` : '';
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join('、');
    const parent = formatPath(issue.path);
    const known = knownKeys(schema, issue.path);
    const guess = closest(issue.keys[0], known);
    return {
      severity: 'error',
      rule: 'schema',
      file,
      field: parent ? `${parent}.${issue.keys[0]}` : issue.keys[0],
      message: `不认识的字段「${keys}」。${guess ? `是不是想写 ${guess}？` : ''}字段名区分大小写，可用的字段：${known.join('、')}。`,
    };
  } else if (found === undefined && issue.code === 'invalid_type') {
    message = `缺少必填字段 ${field}${what}${exampleText(meta.examples)}。`;
  } else if (issue.code === 'custom' || /[\u4e00-\u9fff]/.test(issue.message)) {
    // Our own messages already say what is expected, with an example.
    message = issue.message;
  } else {
    message = `字段 ${field}${what} 的值不符合要求（${issue.message}）${exampleText(meta.examples)}。`;
  }
  return { severity: 'error', rule: 'schema', file, field, message, found: show(found) };
}

export interface CheckOptions {
  /** Project root: file paths in the report are relative to it. */
  root: string;
  /** The content folder (default `<root>/content`, or CONTENT_DIR). */
  content?: string;
  /** Calendar date used for past/upcoming rules (default: today in China). */
  today?: CalendarDate;
}

export function checkContent({ root, content = contentDir(root), today = todayInChina() }: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries: ContentEntry[] = [];
  const counts = {} as Record<CollectionName, number>;
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');

  for (const name of COLLECTION_NAMES) {
    const { folder, pattern } = COLLECTIONS[name];
    const schema = COLLECTIONS[name].schema(checkContext) as z.ZodType;
    const dir = path.join(content, folder);
    const files = existsSync(dir) ? globSync(pattern, { cwd: dir }).sort() : [];
    counts[name] = files.length;
    for (const relative of files) {
      const abs = path.join(dir, relative);
      const file = rel(abs);
      const id = relative
        .replace(/\.(md|mdx)$/, '')
        .split(path.sep)
        .join('/');
      if (!/^[a-z0-9][a-z0-9-]*$/.test(path.basename(id))) {
        problems.push({
          severity: 'error',
          rule: 'file-name',
          file,
          message: `文件名「${path.basename(relative)}」只能用小写字母、数字和连字符（它就是这条内容的编号，别处靠它引用），例如 zhang-wei.md、9787020002207.md。`,
        });
      }
      const parsed = readFrontmatter(readFileSync(abs, 'utf8'));
      if (!parsed.ok) {
        problems.push({ severity: 'error', rule: 'frontmatter', file, message: parsed.message });
        continue;
      }
      const raw = parsed.file.data;
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(describeIssue(schema, issue, raw, file));
      }
      entries.push({
        collection: name,
        id,
        file,
        data: result.success ? (result.data as Record<string, unknown>) : raw,
        raw,
        body: parsed.file.body,
        valid: result.success,
      });
    }
  }

  problems.push(...crossChecks(entries, root, content, today));
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  problems.sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file));
  return { problems, entries, counts };
}

function crossChecks(entries: ContentEntry[], root: string, content: string, today: CalendarDate): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((n) => [n, new Set<string>()]));
  for (const entry of entries) ids.get(entry.collection)!.add(entry.id);
  const referenced = new Set<string>();
  const usedImages = new Set<string>();

  // Unique session numbers per series.
  for (const collection of ['lectures', 'meetings'] as const) {
    const byNumber = new Map<number, ContentEntry[]>();
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const n = entry.data.number;
      if (typeof n !== 'number') continue;
      byNumber.set(n, [...(byNumber.get(n) ?? []), entry]);
    }
    for (const [n, group] of byNumber) {
      if (group.length < 2) continue;
      for (const entry of group.slice(1)) {
        problems.push({
          severity: 'error',
          rule: 'duplicate-number',
          file: entry.file,
          field: 'number',
          found: String(n),
          message: `期数 ${n} 已被 ${group[0].file} 使用，每一期的期数必须唯一。请改成下一个空闲的期数 ${Math.max(...byNumber.keys()) + 1}。`,
        });
      }
    }
  }

  // Unique ISBNs across the library.
  const byIsbn = new Map<string, ContentEntry>();
  for (const entry of entries.filter((e) => e.collection === 'books')) {
    const isbn = entry.valid ? (entry.data.isbn as string | undefined) : undefined;
    if (!isbn) continue;
    const first = byIsbn.get(isbn);
    if (first) {
      problems.push({
        severity: 'error',
        rule: 'duplicate-isbn',
        file: entry.file,
        field: 'isbn',
        found: String(entry.raw.isbn),
        message: `ISBN ${isbn} 与 ${first.file} 重复。同一种书只建一个文件，多本请把 copies（册数）加大。`,
      });
    } else byIsbn.set(isbn, entry);
  }

  for (const entry of entries) {
    const schema = COLLECTIONS[entry.collection].schema(checkContext) as z.ZodType;
    for (const { path: fieldPath, value, meta } of taggedValues(schema, entry.data)) {
      const field = formatPath(fieldPath);
      if (meta.references) {
        referenced.add(`${meta.references}/${value}`);
        if (!ids.get(meta.references)!.has(value)) {
          problems.push({
            severity: 'error',
            rule: 'dangling-reference',
            file: entry.file,
            field,
            found: value,
            message: `找不到 ${path.relative(root, path.join(content, meta.references, value))}.md。请检查拼写，或先新建这个文件（npm run new -- ${meta.references === 'people' ? 'person' : 'book'}）。`,
          });
        }
      } else if (meta.image) {
        const abs = path.resolve(path.dirname(path.join(root, entry.file)), value);
        usedImages.add(abs);
        if (!existsSync(abs) || !statSync(abs).isFile()) {
          problems.push({
            severity: 'error',
            rule: 'missing-image',
            file: entry.file,
            field,
            found: value,
            message: `图片文件不存在：${path.relative(root, abs)}。图片路径相对于本文件书写，例如 ./images/photo.jpg。`,
          });
        }
      }
    }
    if (
      entry.valid &&
      entry.collection === 'lectures' &&
      (entry.data.date as string) < today &&
      entry.data.attendance === undefined
    ) {
      problems.push({
        severity: 'warning',
        rule: 'attendance-missing',
        file: entry.file,
        field: 'attendance',
        message: `第 ${String(entry.data.number)} 期讲坛已于 ${String(entry.data.date)} 举行，但还没有填写受教育人次（attendance），首页总数因此偏少。`,
      });
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'people')) {
    if (!referenced.has(`people/${entry.id}`)) {
      problems.push({
        severity: 'info',
        rule: 'unreferenced-person',
        file: entry.file,
        message: `人物 ${String(entry.data.name)} 没有被任何讲坛、读书会或图书引用。`,
      });
    }
  }

  // Pictures placed in content/ but used by no entry: probably a typo in a path, or left over.
  if (existsSync(content)) {
    for (const relative of globSync('**/*', { cwd: content }).sort()) {
      const abs = path.join(content, relative);
      if (IMAGE_EXTENSIONS.test(relative) && !usedImages.has(abs)) {
        problems.push({
          severity: 'warning',
          rule: 'unused-image',
          file: path.relative(root, abs).split(path.sep).join('/'),
          message: '这张图片没有被任何内容引用。若是路径写错了，请改正引用它的文件；否则可以删除。',
        });
      }
    }
  }
  return problems;
}

/** Human-readable report (zh-CN), errors first. */
export function formatProblems(problems: readonly Problem[]): string {
  const label: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
  return problems
    .map((p) => {
      const where = p.field ? `${p.file} › ${p.field}` : p.file;
      const found = p.found !== undefined ? `\n    现在的值：${p.found}` : '';
      return `[${label[p.severity]}] ${where}\n    ${p.message}${found}`;
    })
    .join('\n');
}
