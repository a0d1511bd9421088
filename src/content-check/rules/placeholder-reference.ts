/** placeholder-reference: a reference still holding `npm run new`'s placeholder id, which names nobody. */
import path from 'node:path';
import { PLACEHOLDER, PLACEHOLDER_ID } from '../placeholders.ts';
import { exampleLine } from '../yaml-text.ts';
import type { Rule } from './rule.ts';
import { REFERENCE_LABEL, firstId } from './shared.ts';

export const placeholderReference: Rule = {
  name: 'placeholder-reference',
  each: 'field',
  check: (tagged, tree) => {
    const { entry, field, meta, value, path: fieldPath } = tagged;
    const target = meta.references;
    if (!target || value !== PLACEHOLDER_ID) return [];
    const label = REFERENCE_LABEL[target];
    const folder = tree.rel(path.join(tree.content, target));
    const role = meta.description?.replace(/（.*$/, '') ?? field;
    return [
      {
        severity: 'error',
        rule: 'placeholder-reference',
        file: entry.file,
        field,
        found: PLACEHOLDER_ID,
        message: `${role}还是 npm run new 留下的占位「${PLACEHOLDER_ID}」（${PLACEHOLDER}），网站不会生成。请把它改成 ${folder}/ 里真实${role}的文件名（不含 .md）；还没有这个文件就${'command' in label ? `先运行 npm run new -- ${label.command}` : label.register}。`,
        expected: `${folder}/ 里某个文件的文件名（不含 .md）`,
        example: exampleLine(fieldPath, firstId(tree, target) ?? label.example),
      },
    ];
  },
};
