/** placeholder: frontmatter lines still carrying the scaffold's 「待填写」 (comment-only lines are hints, not content). */
import { PLACEHOLDER } from '../placeholders.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

function placeholderLines(source: string, file: string): Problem[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end < 0 ? 0 : end).flatMap((line, index) => {
    if (line.trimStart().startsWith('#') || !line.includes(PLACEHOLDER)) return [];
    const key = /^\s*([\w-]+)\s*:/.exec(line)?.[1];
    return [
      {
        severity: 'warning' as const,
        rule: 'placeholder',
        file,
        ...(key ? { field: key } : {}),
        found: line.trim(),
        message: `第 ${index + 2} 行还有 npm run new 留下的「${PLACEHOLDER}」，发布前请改成真实内容，并删掉「${PLACEHOLDER}」字样。`,
      },
    ];
  });
}

export const placeholder: Rule = {
  name: 'placeholder',
  each: 'tree',
  check: (tree) =>
    tree.files.flatMap(({ text, file, frontmatter }) => (frontmatter.ok ? placeholderLines(text, file) : [])),
};
