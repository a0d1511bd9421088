/**
 * The content check: validates the whole content tree and reports every problem at once, in Chinese,
 * naming file, field, what was expected, what was found and a valid example. Astro stops at the first
 * invalid entry and only logs dangling references; this runs before it so editors see everything in one go.
 */
import { readFileSync, existsSync, globSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { SchemaContext } from '../schemas/fields.ts';
import { readFrontmatter } from './frontmatter.ts';
import { fieldMeta, formatPath, schemaAt, taggedValues } from './schema-walk.ts';
import { exampleLine } from './yaml-text.ts';
import { RETIRED_FIELDS, unpublishedPageProblems } from './pages.ts';
import { todayInChina, type CalendarDate } from '../lib/dates.ts';
import { normalizeIsbn } from '../lib/isbn.ts';
import { contentDir } from '../lib/site-config.ts';
import { checkSiteSettings } from './site-settings.ts';
import { PLACEHOLDER_ID, placeholderProblems, placeholderReferenceProblem } from './placeholders.ts';

export { PLACEHOLDER, PLACEHOLDER_ID } from './placeholders.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Short machine name of the rule, e.g. `schema`, `duplicate-number`. */
  rule: string;
  /** Path relative to the project root (absolute when the content lives elsewhere), with forward slashes. */
  file: string;
  /** Field path such as `flyleafNotes[0].date`; absent for whole-file problems. */
  field?: string;
  /** What is wrong and how to fix it (zh-CN). */
  message: string;
  /** The value found, as the editor wrote it. */
  found?: string;
  /** What the field should hold (zh-CN), from the schema's description. */
  expected?: string;
  /** A valid line to copy, e.g. `date: 2024-03-01`. */
  example?: string;
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
export const checkContext: SchemaContext = {
  image: () =>
    z.string().meta({ image: true, description: '图片路径，相对于本文件' }) as unknown as z.ZodType<ImageMetadata>,
};

const IMAGE_EXTENSIONS = /\.(png|jpe?g|webp|gif|avif|svg|tiff?)$/i;

/** What the person calls the thing a reference points at. */
const REFERENCE_LABEL: Record<'people' | 'books', { noun: string; command: string; example: string }> = {
  people: { noun: '人物', command: 'person', example: 'zhang-wei' },
  books: { noun: '图书', command: 'book', example: '9787020002207' },
};

function show(value: unknown): string {
  if (value === undefined) return '（未填写）';
  if (value === null) return '（空）';
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  return JSON.stringify(value);
}

/** The kind of a value in an editor's words: 数字, 文字, 列表… */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'number') return '数字';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return '一组子字段';
  return '文字';
}

function valueAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of fieldPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

function knownKeys(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  const target = fieldPath.length === 0 ? schema : schemaAt(schema, fieldPath);
  let current = target as unknown as { def: { type: string; shape?: object; innerType?: unknown } } | undefined;
  while (current && current.def.type !== 'object' && current.def.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current?.def.shape ? Object.keys(current.def.shape) : [];
}

/** The candidate nearest to a typo (edit distance ≤ 2, or a case-only difference), if any. */
export function closest(typo: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(
          row[j]! + 1,
          row[j - 1]! + 1,
          prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
        );
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  const ranked = candidates.map((c) => [c, distance(typo, c)] as const).sort((a, b) => a[1] - b[1]);
  const [best] = ranked;
  return best && best[1] <= 2 ? best[0] : undefined;
}

/** Zod's English reason for a generic issue, in the editor's words. */
function reasonFor(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'array':
          return `应写成列表（只有一项也要加方括号），现在是${kindOf(found)}`;
        case 'number':
          return `应为数字（不加引号），现在是${kindOf(found)}`;
        case 'string':
          return `应为文字，现在是${kindOf(found)}`;
        case 'boolean':
          return `只能是 true 或 false，现在是${kindOf(found)}`;
        case 'object':
          return `应为一组缩进的子字段（见示例），现在是${kindOf(found)}`;
        default:
          return `类型不对，现在是${kindOf(found)}`;
      }
    case 'invalid_union':
      return `类型不对，现在是${kindOf(found)}`;
    case 'too_small':
      if (issue.origin === 'array') return `至少要写 ${String(issue.minimum)} 项`;
      if (issue.origin === 'string') return `至少 ${String(issue.minimum)} 个字`;
      return `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `最多写 ${String(issue.maximum)} 项`;
      if (issue.origin === 'string') return `最多 ${String(issue.maximum)} 个字`;
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `只能是 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_format':
      return '格式不对';
    default:
      return issue.message;
  }
}

/** Turns one Zod issue into editor-readable problems (one per unknown key). */
function describeIssue(
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
  file: string,
): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const parent = formatPath(issue.path);
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const retired = RETIRED_FIELDS[key];
      return {
        severity: 'error',
        rule: 'unknown-field',
        file,
        field: parent ? `${parent}.${key}` : key,
        message: retired
          ? `字段「${key}」已停用：${retired}`
          : `不认识的字段「${key}」。${guess ? `是不是想写 ${guess}？` : ''}字段名区分大小写，只能用下面列出的字段。`,
        found: show(valueAt(raw, [...issue.path, key])),
        expected: `可用的字段：${known.join('、')}`,
        ...(guess ? { example: exampleLine([guess], valueAt(raw, [...issue.path, key])) } : {}),
      };
    });
  }
  const field = formatPath(issue.path);
  const meta = fieldMeta(schema, issue.path);
  const found = valueAt(raw, issue.path);
  const what = meta.description ? `（${meta.description}）` : '';
  const example = meta.examples?.length ? exampleLine(issue.path, meta.examples[0]) : undefined;
  let message: string;
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    message = `缺少必填字段 ${field}${what}。`;
  } else if (issue.code === 'custom' || /[\u4e00-\u9fff]/.test(issue.message)) {
    // Our own messages already say what is expected and give an example.
    message = issue.message;
  } else {
    message = `字段 ${field}${what}${reasonFor(issue, found)}。`;
  }
  return [
    {
      severity: 'error',
      rule: 'schema',
      file,
      field,
      message,
      found: show(found),
      ...(meta.description ? { expected: meta.description } : {}),
      ...(example ? { example } : {}),
    },
  ];
}

export interface CheckOptions {
  /** Project root: file paths in the report are relative to it. */
  root: string;
  /** The content folder (default `<root>/content`, or CONTENT_DIR). */
  content?: string | undefined;
  /** Calendar date used for past/upcoming rules (default: today in China). */
  today?: CalendarDate | undefined;
}

/** A path as the report prints it: relative to the project when inside it, absolute otherwise. */
function displayPath(root: string, abs: string): string {
  const relative = path.relative(root, abs);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? abs : relative;
  return shown.split(path.sep).join('/');
}

export function checkContent(options: CheckOptions): CheckResult {
  const { root } = options;
  const content = options.content ?? contentDir(root);
  const today = options.today ?? todayInChina();
  const problems: Problem[] = [];
  const entries: ContentEntry[] = [];
  const counts = {} as Record<CollectionName, number>;
  const rel = (abs: string) => displayPath(root, abs);

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
          message: `文件名「${path.basename(relative)}」只能用小写字母、数字和连字符：它就是这条内容的编号，别处靠它引用。`,
          found: path.basename(relative),
          expected: '小写拼音或数字，用连字符连接',
          example: name === 'books' ? '9787020002207.md' : 'zhang-wei.md',
        });
      }
      const parsed = readFrontmatter(readFileSync(abs, 'utf8'));
      if (!parsed.ok) {
        problems.push({
          severity: 'error',
          rule: 'frontmatter',
          file,
          message: parsed.message,
          expected: '第一行 ---，然后每行「字段名: 值」，最后一行 ---',
          example: 'title: 平凡的世界',
        });
        continue;
      }
      problems.push(...placeholderProblems(readFileSync(abs, 'utf8'), file));
      const raw = parsed.file.data;
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(...describeIssue(schema, issue, raw, file));
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

  const settings = checkSiteSettings(content, rel);
  problems.push(
    ...settings.problems,
    ...crossChecks(entries, root, content, today, settings.images),
    ...unpublishedPageProblems(entries),
  );
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  problems.sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file));
  return { problems, entries, counts };
}

function crossChecks(
  entries: ContentEntry[],
  root: string,
  content: string,
  today: CalendarDate,
  settingsImages: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((n) => [n, new Set<string>()]));
  for (const entry of entries) ids.get(entry.collection)!.add(entry.id);
  const referenced = new Set<string>();
  const usedImages = new Set<string>(settingsImages);

  // Unique session numbers per series.
  for (const collection of ['lectures', 'meetings'] as const) {
    const byNumber = new Map<number, ContentEntry[]>();
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const n = entry.data.number;
      if (typeof n !== 'number') continue;
      byNumber.set(n, [...(byNumber.get(n) ?? []), entry]);
    }
    const next = Math.max(0, ...byNumber.keys()) + 1;
    for (const [n, group] of byNumber) {
      if (group.length < 2) continue;
      for (const entry of group.slice(1)) {
        problems.push({
          severity: 'error',
          rule: 'duplicate-number',
          file: entry.file,
          field: 'number',
          found: String(n),
          message: `期数 ${n} 已被 ${group[0]!.file} 使用，每一期的期数必须唯一。请改成下一个空闲的期数 ${next}。`,
          expected: `${COLLECTIONS[collection].label}里还没用过的期数`,
          example: `number: ${next}`,
        });
      }
    }
  }

  // Unique ISBNs across the library; the file of a book with an ISBN is named by it.
  const byIsbn = new Map<string, ContentEntry>();
  for (const entry of entries.filter((e) => e.collection === 'books')) {
    const raw = entry.raw.isbn;
    const checked = raw === undefined || raw === null ? undefined : normalizeIsbn(String(raw));
    const isbn = checked?.ok ? checked.isbn13 : undefined;
    if (!isbn) continue;
    const first = byIsbn.get(isbn);
    if (first) {
      problems.push({
        severity: 'error',
        rule: 'duplicate-isbn',
        file: entry.file,
        field: 'isbn',
        found: String(raw),
        message: `ISBN ${isbn} 与 ${first.file} 重复。同一种书只建一个文件，多本请把那个文件的 copies（册数）加大，再删掉这个文件。`,
        expected: '每种书一个文件，ISBN 不重复',
        example: 'copies: 2',
      });
    } else byIsbn.set(isbn, entry);
    if (path.basename(entry.id) !== isbn) {
      problems.push({
        severity: 'warning',
        rule: 'book-file-name',
        file: entry.file,
        field: 'isbn',
        found: path.basename(entry.file),
        message: `有 ISBN 的图书，文件名应是它的 13 位 ISBN，方便查找和避免重复。请把文件改名为 ${isbn}.md（引用这本书的地方也要一起改）。`,
        expected: '13 位 ISBN 加 .md',
        example: `${isbn}.md`,
      });
    }
  }

  // One schema per collection: building a zod schema per entry cost ~30 s of CPU on a 10,000-book library.
  const schemas = new Map(COLLECTION_NAMES.map((n) => [n, COLLECTIONS[n].schema(checkContext) as z.ZodType]));
  for (const entry of entries) {
    const schema = schemas.get(entry.collection)!;
    for (const { path: fieldPath, value, meta } of taggedValues(schema, entry.data)) {
      const field = formatPath(fieldPath);
      if (meta.references) {
        const target = meta.references;
        if (value === PLACEHOLDER_ID) {
          const { command, example } = REFERENCE_LABEL[target];
          const folder = `${displayPath(root, path.join(content, target))}`;
          problems.push(
            placeholderReferenceProblem(
              { file: entry.file, field, description: meta.description },
              { folder, command, example: exampleLine(fieldPath, [...ids.get(target)!].sort()[0] ?? example) },
            ),
          );
          continue;
        }
        referenced.add(`${target}/${value}`);
        if (!ids.get(target)!.has(value)) {
          const label = REFERENCE_LABEL[target];
          const guess = closest(value, [...ids.get(target)!]);
          problems.push({
            severity: 'error',
            rule: 'dangling-reference',
            file: entry.file,
            field,
            found: value,
            message: `找不到${label.noun}「${value}」：${displayPath(root, path.join(content, target))}/ 里没有 ${value}.md。${guess ? `是不是想写 ${guess}？` : ''}请检查拼写，或先新建这个文件（npm run new -- ${label.command}）。`,
            expected: `content/${target}/ 里某个文件的文件名（不含 .md）`,
            example: exampleLine(fieldPath, guess ?? [...ids.get(target)!].sort()[0] ?? label.example),
          });
        }
      } else if (meta.image) {
        const abs = path.resolve(path.dirname(absOf(root, entry.file)), value);
        usedImages.add(abs);
        if (!existsSync(abs) || !statSync(abs).isFile()) {
          problems.push({
            severity: 'error',
            rule: 'missing-image',
            file: entry.file,
            field,
            found: value,
            message: `图片文件不存在：${displayPath(root, abs)}。请把图片放到那里，或改正路径（路径相对于本文件，区分大小写）。`,
            expected: '相对于本文件的图片路径，图片须存在',
            example: 'src: ./images/photo.jpg',
          });
        }
      }
    }
    const { startTime, endTime } = entry.data;
    if (entry.valid && typeof startTime === 'string' && typeof endTime === 'string' && endTime <= startTime) {
      problems.push({
        severity: 'error',
        rule: 'time-order',
        file: entry.file,
        field: 'endTime',
        found: endTime,
        message: `结束时间 ${endTime} 不晚于开始时间 ${startTime}。请核对时间（24 小时制，下午两点半写 14:30）。`,
        expected: '晚于 startTime 的时间',
        example: "endTime: '16:30'",
      });
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
        found: show(undefined),
        message: `第 ${String(entry.data.number)} 期讲坛已于 ${String(entry.data.date)} 举行，但还没有填写受教育人次（attendance），首页总数因此偏少。`,
        expected: '受教育人次（活动后填写）',
        example: 'attendance: 320',
      });
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'people')) {
    if (!referenced.has(`people/${entry.id}`)) {
      problems.push({
        severity: 'info',
        rule: 'unreferenced-person',
        file: entry.file,
        message: `人物 ${String(entry.data.name)} 没有被任何讲坛、读书会或图书引用。若已不需要可以删除；新人物稍后被引用即可。`,
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
          file: displayPath(root, abs),
          message: '这张图片没有被任何内容引用。若是路径写错了，请改正引用它的文件；否则可以删除。',
        });
      }
    }
  }
  return problems;
}

function absOf(root: string, file: string): string {
  return path.isAbsolute(file) ? file : path.join(root, file);
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The detail lines under a problem's message: expected, found, example. */
export function problemDetails(p: Problem): string[] {
  return [
    ...(p.expected ? [`应填：${p.expected}`] : []),
    ...(p.found !== undefined ? [`现为：${p.found}`] : []),
    ...(p.example ? [`示例：${p.example}`] : []),
  ];
}

/** Human-readable report (zh-CN), one block per problem: for build logs, where tables wrap badly. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p, index) => {
      const where = p.field ? `${p.file} › ${p.field}` : p.file;
      const details = problemDetails(p).map((line) => `\n    ${line}`);
      return `${index + 1}. [${SEVERITY_LABEL[p.severity]}] ${where}\n    ${p.message}${details.join('')}`;
    })
    .join('\n\n');
}
