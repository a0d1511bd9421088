/**
 * What `npm run new` writes: a new lecture, meeting, book or person file with the next free number,
 * today's date, every required field, the optional ones as commented examples and a commented example
 * body. Pure (state in, text out) so unit tests can check it; scripts/new.ts does the asking and writing.
 * Field comments come from the schemas' descriptions, the same text as the guide and the error messages.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../src/content-check/frontmatter.ts';
import { PLACEHOLDER, PLACEHOLDER_ID } from '../../src/content-check/check.ts';
import { fieldRows, type FieldRow } from '../../src/content-check/editor-docs.ts';
import { yamlValue } from '../../src/content-check/yaml-text.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { hyphenateIsbn, normalizeIsbn, describeIsbnProblem } from '../../src/lib/isbn.ts';
import { calendarDateProblem, isClockTime } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slug.ts';
import { nextNumber } from '../../src/lib/series/next-number.ts';

export const KINDS = { lecture: 'lectures', meeting: 'meetings', book: 'books', person: 'people' } as const;
export type Kind = keyof typeof KINDS;

/**
 * PLACEHOLDER marks text the editor still has to replace (the content check warns); PLACEHOLDER_ID stands in
 * reference fields (the content check refuses it: a real id there would publish the wrong person unnoticed).
 */
export { PLACEHOLDER, PLACEHOLDER_ID };

export interface Existing {
  id: string;
  data: Record<string, unknown>;
}
export type ContentState = Record<CollectionName, Existing[]>;

/** Reads every entry's frontmatter (leniently: a broken file is skipped, the content check reports it). */
export function readContentState(content: string): ContentState {
  const state = {} as ContentState;
  for (const [name, { folder, pattern }] of Object.entries(COLLECTIONS) as [
    CollectionName,
    { folder: string; pattern: string },
  ][]) {
    const dir = path.join(content, folder);
    const files = existsSync(dir) ? globSync(pattern, { cwd: dir }).sort() : [];
    state[name] = files.flatMap((file) => {
      const parsed = readFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const id = file
        .replace(/\.(md|mdx)$/, '')
        .split(path.sep)
        .join('/');
      return parsed.ok ? [{ id, data: parsed.file.data }] : [{ id, data: {} }];
    });
  }
  return state;
}

// One more than the highest number in use: the same rule as the web editor's 期数 default.
export { nextNumber };

export interface NewInput {
  title?: string | undefined;
  date?: string | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  number?: number | undefined;
  themes?: string[] | undefined;
  speakers?: string[] | undefined;
  leadReaders?: string[] | undefined;
  venue?: string | undefined;
  format?: string | undefined;
  summary?: string | undefined;
  books?: string[] | undefined;
  participants?: number | undefined;
  isbn?: string | undefined;
  authors?: string[] | undefined;
  publisher?: string | undefined;
  year?: number | undefined;
  clc?: string | undefined;
  donor?: string | undefined;
  name?: string | undefined;
  /** File name without extension (people; optional slug part for lectures and meetings). */
  id?: string | undefined;
  personTitle?: string | undefined;
  organisation?: string | undefined;
  personKind?: string | undefined;
}

export interface Draft {
  collection: CollectionName;
  /** Path inside the content folder, e.g. `lectures/12-keji-chuangxin.mdx`. */
  file: string;
  id: string;
  text: string;
  number?: number;
}

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

type Field = [key: string, value: unknown, note?: string | undefined];

/** The frontmatter: given fields with their description as a comment, then the unused optional ones commented out. */
function frontmatter(collection: CollectionName, fields: readonly Field[]): string {
  const rows = fieldRows(collection);
  const byField = new Map(rows.map((row) => [row.field, row]));
  const given = new Set(fields.map(([key]) => key));
  const lines = ['---'];
  for (const [key, value, note] of fields) {
    const comment = note ?? byField.get(key)?.description;
    lines.push(`${key}: ${yamlValue(value)}${comment ? ` # ${comment}` : ''}`);
  }
  const optional = rows.filter(
    (row) => !row.field.includes('.') && !given.has(row.field) && row.required !== '必填' && row.field !== 'sample',
  );
  if (optional.length > 0) {
    lines.push('# —— 以下字段可选：需要时去掉行首的「# 」并改成真实内容 ——');
    for (const row of optional) lines.push(...commentedExample(row, rows));
  }
  lines.push('---');
  return lines.join('\n');
}

function commentedExample(row: FieldRow, rows: readonly FieldRow[]): string[] {
  const children = rows.filter((r) => r.field.startsWith(`${row.field}.`) || r.field.startsWith(`${row.field}[].`));
  if (children.length === 0) {
    return [`# ${row.field}: ${row.example ?? '…'} # ${row.description}`];
  }
  const isList = children[0]!.field.startsWith(`${row.field}[].`);
  const lines = [`# ${row.field}: # ${row.description}`];
  children
    .filter((child) => !child.field.slice(row.field.length + (isList ? 3 : 1)).includes('.'))
    .forEach((child, index) => {
      const key = child.field.slice(row.field.length + (isList ? 3 : 1));
      const value = child.example ?? (key === 'src' ? './images/photo.jpg' : '…');
      const lead = isList ? (index === 0 ? '  - ' : '    ') : '  ';
      lines.push(`# ${lead}${key}: ${value} # ${child.description}`);
    });
  return lines;
}

function mdxBody(lines: readonly string[]): string {
  return ['{/*', ...lines.map((line) => (line ? `  ${line}` : '')), '*/}', ''].join('\n');
}
function mdBody(lines: readonly string[]): string {
  return ['<!--', ...lines.map((line) => (line ? `  ${line}` : '')), '-->', ''].join('\n');
}

const BODY_HINT = [
  '正文写在这里，用 Markdown 格式。这段说明放在注释里，不会显示在网站上，可以整段删掉。',
  '例子（删掉上下两行注释符号后就会显示）：',
  '',
];

function checkDate(value: string, flag: string): string {
  const problem = calendarDateProblem(value);
  if (problem)
    throw new ScaffoldError(`${flag} 应是真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-01；现为「${value}」。`);
  return value;
}
function checkTime(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isClockTime(value)) {
    throw new ScaffoldError(`${flag} 应是 24 小时制 HH:mm，例如 14:30；现为「${value}」。`);
  }
  return value;
}
function checkRefs(ids: readonly string[], state: ContentState, collection: 'people' | 'books', flag: string): void {
  const known = new Set(state[collection].map((e) => e.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const command = collection === 'people' ? 'person' : 'book';
    throw new ScaffoldError(
      `${flag}：content/${collection}/ 里没有 ${missing.map((id) => `${id}.md`).join('、')}。请检查拼写，或先运行 npm run new -- ${command}。`,
    );
  }
}

/** `12-keji-chuangxin` from the number and title (or an explicit slug); placeholders give just the number. */
function sessionFile(number: number, title: string, slug: string | undefined, ext: string): string {
  const part = slug ?? (title.startsWith(PLACEHOLDER) ? '' : slugify(title).split('-').slice(0, 6).join('-'));
  return `${String(number).padStart(2, '0')}${part ? `-${part}` : ''}${ext}`;
}

function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function latest(entries: readonly Existing[]): Existing | undefined {
  return [...entries].sort((a, b) => String(b.data.date ?? '').localeCompare(String(a.data.date ?? '')))[0];
}

/** The note beside a reference field left as PLACEHOLDER_ID. */
function placeholderNote(role: string): string {
  return `${role}：请把 ${PLACEHOLDER_ID} 换成 content/people 里${role}的文件名，换掉之前网站不会生成`;
}

export function lectureDraft(input: NewInput, state: ContentState, today: string): Draft {
  const number = input.number ?? nextNumber(state.lectures);
  const previous = latest(state.lectures);
  const title = input.title ?? `${PLACEHOLDER}：讲座题目`;
  const speakers = input.speakers?.length ? input.speakers : [PLACEHOLDER_ID];
  if (input.speakers?.length) checkRefs(input.speakers, state, 'people', '--speaker');
  if (input.books?.length) checkRefs(input.books, state, 'books', '--book');
  const fields: Field[] = [
    ['number', number],
    ['title', title],
    ['date', checkDate(input.date ?? today, '--date')],
    ['startTime', checkTime(input.startTime, '--start') ?? '14:30'],
    ['endTime', checkTime(input.endTime, '--end') ?? '16:30'],
    ['themes', input.themes?.length ? input.themes : [`${PLACEHOLDER}主题`]],
    ['speakers', speakers, input.speakers?.length ? undefined : placeholderNote('主讲人')],
    ['venue', input.venue ?? (previous?.data.venue as string | undefined) ?? `${PLACEHOLDER}地点`],
    ['format', input.format ?? '线下'],
    ['summary', input.summary ?? `${PLACEHOLDER}：一两句内容摘要，显示在列表和订阅里。`],
  ];
  if (input.books?.length) fields.push(['recommendedBooks', input.books]);
  const file = `lectures/${sessionFile(number, title, input.id, '.mdx')}`;
  const body = mdxBody([
    ...BODY_HINT,
    '## 一、讲座要点',
    '',
    '守初心，抓党建，促发展。',
    '',
    '> 引用的原文写在大于号后面。',
    '',
    '照片放在本文件旁的 images/ 文件夹，并在上面的 photos 字段登记（写清 alt 说明）。',
    '讲座结束后请补填 attendance（受教育人次）。',
  ]);
  return {
    collection: 'lectures',
    file,
    id: file.slice(9, -4),
    number,
    text: `${frontmatter('lectures', fields)}\n${body}`,
  };
}

export function meetingDraft(input: NewInput, state: ContentState, today: string): Draft {
  const number = input.number ?? nextNumber(state.meetings);
  const previous = latest(state.meetings);
  const title = input.title ?? `${PLACEHOLDER}：本期主题`;
  const leadReaders = input.leadReaders?.length ? input.leadReaders : [PLACEHOLDER_ID];
  if (input.leadReaders?.length) checkRefs(input.leadReaders, state, 'people', '--lead-reader');
  if (input.books?.length) checkRefs(input.books, state, 'books', '--book');
  const fields: Field[] = [
    ['number', number],
    ['title', title],
    ['date', checkDate(input.date ?? today, '--date')],
    ['startTime', checkTime(input.startTime, '--start') ?? '19:00'],
    ['endTime', checkTime(input.endTime, '--end') ?? '20:30'],
    ['format', input.format ?? '线下'],
    ['venue', input.venue ?? (previous?.data.venue as string | undefined) ?? `${PLACEHOLDER}地点`],
    ['books', input.books ?? []],
    ['leadReaders', leadReaders, input.leadReaders?.length ? undefined : placeholderNote('领读人')],
    ['participants', input.participants ?? 0, input.participants === undefined ? `参加人数：活动后填写` : undefined],
    ['summary', input.summary ?? `${PLACEHOLDER}：一两句内容摘要。`],
  ];
  const file = `meetings/${sessionFile(number, title, input.id, '.mdx')}`;
  const body = mdxBody([
    ...BODY_HINT,
    '## 共读内容',
    '',
    '本期共读的章节、讨论的问题。',
    '',
    '成员心得请写在上面的 outputs 字段（作者 author、标题 title、正文 text）。',
  ]);
  return {
    collection: 'meetings',
    file,
    id: file.slice(9, -4),
    number,
    text: `${frontmatter('meetings', fields)}\n${body}`,
  };
}

export function bookDraft(input: NewInput, state: ContentState, today: string): Draft {
  const fields: Field[] = [
    ['title', input.title ?? `${PLACEHOLDER}书名`],
    ['authors', input.authors?.length ? input.authors : [`${PLACEHOLDER}作者`]],
  ];
  let id: string;
  if (input.isbn !== undefined) {
    const result = normalizeIsbn(input.isbn);
    if (!result.ok) throw new ScaffoldError(`--isbn：${describeIsbnProblem(input.isbn, result)}`);
    id = result.isbn13;
    const existing = state.books.find((book) => book.id === id || normalizeIsbnOf(book.data.isbn) === id);
    if (existing) {
      throw new ScaffoldError(
        `这本书已经有了：content/books/${existing.id}.md。同一种书只建一个文件，多一本请把那里的 copies（册数）加 1。`,
      );
    }
    fields.push(['isbn', id, `ISBN ${hyphenateIsbn(id)}（校验位已核对）`]);
  } else {
    const base = input.id ?? (input.title ? slugify(input.title) : 'xin-shu');
    id = uniqueId(base, new Set(state.books.map((b) => b.id)));
  }
  if (input.publisher) fields.push(['publisher', input.publisher]);
  if (input.year !== undefined) fields.push(['year', input.year]);
  if (input.clc) fields.push(['clc', input.clc]);
  if (input.donor) {
    checkRefs([input.donor], state, 'people', '--donor');
    fields.push(['donor', input.donor]);
  }
  fields.push(['donatedOn', checkDate(input.date ?? today, '--date'), '入馆（捐赠）日期']);
  fields.push(['copies', 1]);
  const body = mdBody([
    ...BODY_HINT,
    '这本书的推荐语或馆员按语，一两段即可。',
    '',
    '读者的扉页寄语请写在上面的 flyleafNotes 字段：',
    'flyleafNotes:',
    '  - reader: zhang-wei',
    '    date: 2024-06-10',
    '    text: 平凡中见伟大。',
  ]);
  return { collection: 'books', file: `books/${id}.md`, id, text: `${frontmatter('books', fields)}\n${body}` };
}

function normalizeIsbnOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const result = normalizeIsbn(String(value));
  return result.ok ? result.isbn13 : undefined;
}

export function personDraft(input: NewInput, state: ContentState): Draft {
  const name = input.name ?? `${PLACEHOLDER}姓名`;
  const taken = new Set(state.people.map((p) => p.id));
  const base = input.id ?? (input.name ? slugify(input.name) : 'xin-ren-wu');
  if (input.id && taken.has(input.id))
    throw new ScaffoldError(`content/people/${input.id}.md 已经存在，请换一个文件名（--id）。`);
  const id = uniqueId(base, taken);
  const fields: Field[] = [['name', name]];
  if (input.personTitle) fields.push(['title', input.personTitle]);
  if (input.organisation) fields.push(['organisation', input.organisation]);
  fields.push(['kind', input.personKind ?? '党员']);
  const body = mdBody([...BODY_HINT, '这位同志的经历、专长，一两段即可。']);
  return { collection: 'people', file: `people/${id}.md`, id, text: `${frontmatter('people', fields)}\n${body}` };
}

export function draftFor(kind: Kind, input: NewInput, state: ContentState, today: string): Draft {
  switch (kind) {
    case 'lecture':
      return lectureDraft(input, state, today);
    case 'meeting':
      return meetingDraft(input, state, today);
    case 'book':
      return bookDraft(input, state, today);
    case 'person':
      return personDraft(input, state);
  }
}
