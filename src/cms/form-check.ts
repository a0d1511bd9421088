/**
 * What the web editor checks before it saves an entry: the content check's own schema and rules, run in the
 * browser on the form's values, so the form refuses what `npm run check:content` (and so the build and the
 * publish step) would refuse, in the same words. Rules that need the whole site (a 期数 or an ISBN already taken)
 * see the entries the page was built with plus those saved since (src/pages/admin/index.astro, admin.ts).
 * Rules the form cannot break (YAML syntax, unknown fields, pictures missing on disk) are the widgets' job.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { NO_IMAGE } from '../schemas/fields.ts';
import { schema as schemaRule } from '../content-check/rules/schema.ts';
import { runRules, type Rule } from '../content-check/rules/rule.ts';
import { fileName } from '../content-check/rules/file-name.ts';
import { duplicateNumber } from '../content-check/rules/duplicate-number.ts';
import { duplicateIsbn } from '../content-check/rules/duplicate-isbn.ts';
import { timeOrder } from '../content-check/rules/time-order.ts';
import type { Problem } from '../content-check/problem.ts';
import type { ContentTree, ContentEntry, EntryIssue } from '../content-check/tree.ts';

/** The content-check rules the form runs, in the check's own order. */
export const FORM_RULES: readonly Rule[] = [fileName, schemaRule, duplicateNumber, duplicateIsbn, timeOrder];

/** An entry that exists already, as the form needs it: how to name it to an editor, its 期数 or ISBN. */
export interface KnownEntry {
  collection: CollectionName;
  slug: string;
  /** 第 11 期「以科技创新引领产业升级」, 《平凡的世界》: what the editor calls it. */
  label: string;
  number?: number;
  isbn?: string;
}

/** What the form is about to save. */
export interface FormEntry {
  collection: CollectionName;
  /** The file name the entry gets (its id). */
  slug: string;
  /** The file's extension, for the file-name rule's words. */
  extension: string;
  data: Record<string, unknown>;
}

/** How the entry being saved is named in a message about another one. */
export const THIS_ENTRY = '本条';

/** The values as the file will hold them: the form's empty optional fields are left out of the file. */
function asWritten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asWritten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== '' && inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, asWritten(inner)]),
    );
  }
  return value;
}

/**
 * The problems the content check would report for this entry (errors only: warnings do not stop a build), and
 * the values normalised as the build reads them (an ISBN with hyphens → its 13 digits).
 */
export function formProblems(
  entry: FormEntry,
  known: readonly KnownEntry[],
): { problems: Problem[]; normalised: Record<string, unknown> } {
  const { body: _body, ...fields } = entry.data;
  const raw = asWritten(fields) as Record<string, unknown>;
  const schema = COLLECTIONS[entry.collection].schema({ image: NO_IMAGE });
  const result = schema.safeParse(raw);
  const issues: EntryIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ file: THIS_ENTRY, schema, raw, issue }));
  const others: ContentEntry[] = known
    .filter((other) => other.collection === entry.collection && other.slug !== entry.slug)
    .map((other) => ({
      collection: other.collection,
      id: other.slug,
      file: other.label,
      data: { number: other.number },
      raw: { isbn: other.isbn },
      body: '',
      valid: true,
    }));
  const self: ContentEntry = {
    collection: entry.collection,
    id: entry.slug,
    file: THIS_ENTRY,
    data: result.success ? (result.data as Record<string, unknown>) : raw,
    raw,
    body: '',
    valid: result.success,
  };
  // The part of a content tree these rules read.
  const tree = {
    files: [
      {
        collection: entry.collection,
        id: entry.slug,
        relative: `${entry.slug}.${entry.extension}`,
        file: THIS_ENTRY,
      },
    ],
    entries: [...others, self],
    issues,
    tagged: [],
  } as unknown as ContentTree;
  const problems = runRules(FORM_RULES, tree).filter(
    (problem) => problem.file === THIS_ENTRY && problem.severity === 'error',
  );
  const isbn = result.success ? (result.data as { isbn?: unknown }).isbn : undefined;
  return { problems, normalised: typeof isbn === 'string' ? { ...entry.data, isbn } : entry.data };
}
