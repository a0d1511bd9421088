/**
 * The health check's terminal report: a bordered table, one row per problem, severities first, long
 * messages wrapped to the terminal width. Chinese characters take two columns (widths from the Unicode
 * East Asian Width data via get-east-asian-width), so the borders line up in any terminal.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { SEVERITY_LABEL, problemDetails, type Problem, type Severity } from './problem.ts';

export interface Totals {
  error: number;
  warning: number;
  info: number;
}

export function totals(problems: readonly Problem[]): Totals {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  return { error: count('error'), warning: count('warning'), info: count('info') };
}

/** Terminal columns `text` occupies (no control characters or emoji sequences in our messages). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += eastAsianWidth(char.codePointAt(0)!);
  return width;
}

const NO_LINE_START = /^[，。、；：？！）」』》〉％…—,.;:?!)\]]$/u;

/**
 * Wraps text to `width` terminal columns. Chinese characters may break anywhere; Latin words, paths and
 * numbers stay whole unless longer than a line; Chinese closing punctuation never starts a line.
 */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const token of paragraph.match(/[\x21-\x7e]+|\s+|./gu) ?? []) {
      const size = displayWidth(token);
      if (used + size <= width) {
        line += token;
        used += size;
        continue;
      }
      let carry = '';
      if (NO_LINE_START.test(token) && line.length > 1) {
        carry = Array.from(line).at(-1)!;
        line = line.slice(0, -carry.length);
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (/^\s+$/.test(token)) continue;
      let rest = carry + token;
      while (displayWidth(rest) > width) {
        let cut = '';
        let cutWidth = 0;
        for (const char of rest) {
          const charWidth = displayWidth(char);
          if (cutWidth + charWidth > width) break;
          cut += char;
          cutWidth += charWidth;
        }
        lines.push(cut);
        rest = rest.slice(cut.length);
      }
      line = rest;
      used = displayWidth(rest);
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A bordered table: 级别 | 位置（文件 › 字段） | 问题与改法. `width` is the terminal width in columns. */
export function formatProblemTable(problems: readonly Problem[], width = 100): string {
  const usable = Math.max(60, width);
  const whereWidth = Math.min(38, Math.max(20, Math.floor(usable * 0.35)));
  // Each column has one space of padding on both sides, plus four borders.
  const widths = [4, whereWidth, usable - 4 - whereWidth - 6 - 4];
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const row = (cells: string[]) => {
    const wrapped = cells.map((cell, i) => wrapText(cell, widths[i]!).split('\n'));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from(
      { length: height },
      (_, n) => `│ ${wrapped.map((lines, i) => pad(lines[n] ?? '', widths[i]!)).join(' │ ')} │`,
    );
  };
  const lines = [rule('┌', '┬', '┐'), ...row(['级别', '位置（文件 › 字段）', '问题与改法'])];
  for (const p of problems) {
    lines.push(rule('├', '┼', '┤'));
    lines.push(
      ...row([
        SEVERITY_LABEL[p.severity],
        p.field ? `${p.file}\n› ${p.field}` : p.file,
        [p.message, ...problemDetails(p)].join('\n'),
      ]),
    );
  }
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

/** The closing line: counts and what to do next. */
export function summaryLine({ error, warning, info }: Totals): string {
  const verdict = error > 0 ? '请先改正错误再构建（npm run build 会拒绝构建）。' : '可以构建。';
  return `错误 ${error} 个，警告 ${warning} 个，提示 ${info} 个。${verdict}`;
}
