/**
 * Breaks a book title into short lines for the typographic placeholder cover: about `perLine`
 * characters each (a CJK character counts 1, a Latin letter or digit 0.55), at most `maxLines`, with an
 * ellipsis. Latin words and numbers stay whole ("Lonely Planet", "2025") unless a word alone is too long.
 */
export function coverLines(title: string, perLine = 6, maxLines = 4): string[] {
  const widthOf = (text: string) => [...text].reduce((w, c) => w + (/[\u0000-\u00ff]/.test(c) ? 0.55 : 1), 0);
  // Tokens: a run of Latin letters/digits (with inner dots, hyphens), a space, or one other character.
  const tokens = title.match(/[A-Za-z0-9][A-Za-z0-9.\-']*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (current) current += ' ';
      continue;
    }
    if (current && widthOf(current + token) > perLine) {
      lines.push(current.trim());
      current = '';
    }
    // A single word wider than a line is broken by characters.
    if (widthOf(token) > perLine) {
      for (const char of token) {
        if (current && widthOf(current + char) > perLine) {
          lines.push(current.trim());
          current = '';
        }
        current += char;
      }
    } else {
      current += token;
    }
  }
  if (current.trim()) lines.push(current.trim());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, -1).join('')}…`;
    return kept;
  }
  return lines;
}
