/** unreferenced-person: a person no lecture, meeting or book points at (a hint: new people are referenced later). */
import { PLACEHOLDER_ID } from '../placeholders.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const unreferencedPerson: Rule = {
  name: 'unreferenced-person',
  each: 'tree',
  check: (tree) => {
    const referenced = new Set(
      tree.tagged
        .filter(({ meta, value }) => meta.references === 'people' && value !== PLACEHOLDER_ID)
        .map(({ value }) => value),
    );
    return tree.entries
      .filter((entry) => entry.collection === 'people' && !referenced.has(entry.id))
      .map((entry): Problem => ({
        severity: 'info',
        rule: 'unreferenced-person',
        file: entry.file,
        message: `人物 ${String(entry.data.name)} 没有被任何讲坛、读书会或图书引用。若已不需要可以删除；新人物稍后被引用即可。`,
      }));
  },
};
