/** What the content check reports: one problem per mistake, in Chinese, and the build log's plain-text form of it. */

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Short machine name of the rule, e.g. `schema`, `duplicate-number`. */
  rule: string;
  /** Path relative to the project root (absolute when the content lives elsewhere), with forward slashes. */
  file: string;
  /** Field path such as `flyleafNotes[0].date`; absent for whole-file problems. */
  field?: string;
  /** What is wrong and how to fix it (zh-CN). */
  message: string;
  /** The value found, as the editor wrote it. */
  found?: string;
  /** What the field should hold (zh-CN), from the schema's description. */
  expected?: string;
  /** A valid line to copy, e.g. `date: 2024-03-01`. */
  example?: string;
}

/** A value as the report's 现为 line shows it: empty and missing values in words. */
export function show(value: unknown): string {
  if (value === undefined) return '（未填写）';
  if (value === null) return '（空）';
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  return JSON.stringify(value);
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The detail lines under a problem's message: expected, found, example. */
export function problemDetails(p: Problem): string[] {
  return [
    ...(p.expected ? [`应填：${p.expected}`] : []),
    ...(p.found !== undefined ? [`现为：${p.found}`] : []),
    ...(p.example ? [`示例：${p.example}`] : []),
  ];
}

/** Human-readable report (zh-CN), one block per problem: for build logs, where tables wrap badly. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p, index) => {
      const where = p.field ? `${p.file} › ${p.field}` : p.file;
      const details = problemDetails(p).map((line) => `\n    ${line}`);
      return `${index + 1}. [${SEVERITY_LABEL[p.severity]}] ${where}\n    ${p.message}${details.join('')}`;
    })
    .join('\n\n');
}
