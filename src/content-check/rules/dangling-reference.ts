/** dangling-reference: a person, book or organisation id that no file in content/people, books or organisations has. */
import path from 'node:path';
import { closest } from '../closest.ts';
import { PLACEHOLDER_ID } from '../placeholders.ts';
import { exampleLine } from '../yaml-text.ts';
import type { Rule } from './rule.ts';
import { REFERENCE_LABEL, firstId } from './shared.ts';

export const danglingReference: Rule = {
  name: 'dangling-reference',
  each: 'field',
  check: (tagged, tree) => {
    const { entry, field, meta, value, path: fieldPath } = tagged;
    const target = meta.references;
    // The placeholder id is placeholder-reference's.
    if (!target || value === PLACEHOLDER_ID || tree.ids.get(target)!.has(value)) return [];
    const label = REFERENCE_LABEL[target];
    const guess = closest(value, [...tree.ids.get(target)!]);
    return [
      {
        severity: 'error',
        rule: 'dangling-reference',
        file: entry.file,
        field,
        found: value,
        message: `找不到${label.noun}「${value}」：${tree.rel(path.join(tree.content, target))}/ 里没有 ${value}.md。${guess ? `是不是想写 ${guess}？` : ''}请检查拼写，或${'command' in label ? `先新建这个文件（npm run new -- ${label.command}）` : label.register}。`,
        expected: `content/${target}/ 里某个文件的文件名（不含 .md）`,
        example: exampleLine(fieldPath, guess ?? firstId(tree, target) ?? label.example),
      },
    ];
  },
};
