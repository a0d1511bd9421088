/**
 * What `npm run new` leaves for the editor to fill in, and how the content check finds it. Text fields carry
 * 「待填写」 (a warning: the page shows the marker, nobody is misled). Reference fields (a lecture's speakers, a
 * meeting's lead readers) carry an id that names nobody: a real person's id as placeholder would publish that
 * person as speaker unnoticed, so the placeholder id is an error until replaced.
 */
import type { Problem } from './check.ts';

/** Marks text the editor still has to replace. */
export const PLACEHOLDER = '待填写';

/** Stands in a reference field until the editor names the real entry (待填写 in pinyin; never a real id). */
export const PLACEHOLDER_ID = 'dai-tian-xie';

/** Frontmatter lines still carrying the scaffold's placeholder (comment-only lines are hints, not content). */
export function placeholderProblems(source: string, file: string): Problem[] {
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

/** The error for a reference field still holding PLACEHOLDER_ID. */
export function placeholderReferenceProblem(
  where: { file: string; field: string; description: string | undefined },
  target: { folder: string; command: string; example: string },
): Problem {
  const role = where.description?.replace(/（.*$/, '') ?? where.field;
  return {
    severity: 'error',
    rule: 'placeholder-reference',
    file: where.file,
    field: where.field,
    found: PLACEHOLDER_ID,
    message: `${role}还是 npm run new 留下的占位「${PLACEHOLDER_ID}」（${PLACEHOLDER}），网站不会生成。请把它改成 ${target.folder}/ 里真实${role}的文件名（不含 .md）；还没有这个文件就先运行 npm run new -- ${target.command}。`,
    expected: `${target.folder}/ 里某个文件的文件名（不含 .md）`,
    example: target.example,
  };
}
