/** frontmatter: the field block between the two --- lines must be readable YAML; nothing else is checked without it. */
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const frontmatter: Rule = {
  name: 'frontmatter',
  each: 'tree',
  check: (tree) =>
    tree.files.flatMap(({ file, frontmatter: parsed }): Problem[] =>
      parsed.ok
        ? []
        : [
            {
              severity: 'error',
              rule: 'frontmatter',
              file,
              message: parsed.message,
              expected: '第一行 ---，然后每行「字段名: 值」，最后一行 ---',
              example: 'title: 平凡的世界',
            },
          ],
    ),
};
