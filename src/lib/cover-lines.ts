/**
 * Breaks a book title into short lines for the typographic placeholder cover: about `perLine`
 * characters each (a CJK character counts 1, a Latin letter 0.55), at most `maxLines`, with an ellipsis.
 */
export function coverLines(title: string, perLine = 6, maxLines = 4): string[] {
  const lines: string[] = [];
  let current = '';
  let width = 0;
  for (const char of title) {
    const w = /[\u0000-\u00ff]/.test(char) ? 0.55 : 1;
    if (width + w > perLine && current) {
      lines.push(current);
      current = '';
      width = 0;
    }
    current += char;
    width += w;
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${[...kept[maxLines - 1]].slice(0, -1).join('')}…`;
    return kept;
  }
  return lines.map((line) => line.trim()).filter(Boolean);
}
