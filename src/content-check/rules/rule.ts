/**
 * The shape of a content-check rule. Most rules look at the whole tree; two kinds are visited item by item so
 * that one file's problems keep the order the editor reads them in: schema complaints in the schema's order,
 * references and images field by field.
 */
import type { Problem } from '../problem.ts';
import type { ContentTree, EntryIssue, TaggedField } from '../tree.ts';

export type Rule =
  | { name: string; each: 'tree'; check: (tree: ContentTree) => Problem[] }
  | { name: string; each: 'issue'; check: (issue: EntryIssue, tree: ContentTree) => Problem[] }
  | { name: string; each: 'field'; check: (field: TaggedField, tree: ContentTree) => Problem[] };

type RuleOf<E extends Rule['each']> = Extract<Rule, { each: E }>;

/** Runs the rules in list order; consecutive item rules share one pass, so their problems interleave per item. */
export function runRules(rules: readonly Rule[], tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (let start = 0; start < rules.length;) {
    const { each } = rules[start]!;
    let end = start;
    while (end < rules.length && rules[end]!.each === each) end++;
    const group = rules.slice(start, end);
    if (each === 'tree') {
      for (const rule of group) problems.push(...(rule as RuleOf<'tree'>).check(tree));
    } else if (each === 'issue') {
      for (const issue of tree.issues) {
        for (const rule of group) problems.push(...(rule as RuleOf<'issue'>).check(issue, tree));
      }
    } else {
      for (const field of tree.tagged) {
        for (const rule of group) problems.push(...(rule as RuleOf<'field'>).check(field, tree));
      }
    }
    start = end;
  }
  return problems;
}
