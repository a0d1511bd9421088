/**
 * The content check: validates the whole content tree and reports every problem at once, in Chinese,
 * naming file, field, what was expected, what was found and a valid example. Astro stops at the first
 * invalid entry and only logs dangling references; this runs before it so editors see everything in one go.
 * The tree is read once (tree.ts); each rule is one file in rules/, run in the order of rules/index.ts.
 */
import type { CollectionName } from '../schemas/index.ts';
import { todayInChina, type CalendarDate } from '../lib/dates.ts';
import { contentDir } from '../io/site-config.ts';
import type { Problem, Severity } from './problem.ts';
import { loadTree, type ContentEntry } from './tree.ts';
import { RULES } from './rules/index.ts';
import { runRules } from './rules/rule.ts';

export { PLACEHOLDER, PLACEHOLDER_ID } from './placeholders.ts';
export { SEVERITY_LABEL, formatProblems, problemDetails, type Problem, type Severity } from './problem.ts';
export { checkContext, type ContentEntry } from './tree.ts';

export interface CheckResult {
  problems: Problem[];
  entries: ContentEntry[];
  counts: Record<CollectionName, number>;
}

export interface CheckOptions {
  /** Project root: file paths in the report are relative to it. */
  root: string;
  /** The content folder (default `<root>/content`, or CONTENT_DIR). */
  content?: string | undefined;
  /** Calendar date used for past/upcoming rules (default: today in China). */
  today?: CalendarDate | undefined;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkContent(options: CheckOptions): CheckResult {
  const { root } = options;
  const tree = loadTree(root, options.content ?? contentDir(root), options.today ?? todayInChina());
  const problems = runRules(RULES, tree);
  problems.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.file.localeCompare(b.file));
  return { problems, entries: tree.entries, counts: tree.counts };
}
