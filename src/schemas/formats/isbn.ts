/**
 * What a valid ISBN is: checksums are arithmetic and checked here so the error can say which check digit was
 * expected. A leaf module (no project imports) so the book schema and src/lib/isbn.ts can both build on it.
 */

export type Isbn13 = string;

export type IsbnResult =
  | { ok: true; isbn13: Isbn13 }
  | { ok: false; reason: 'length' | 'characters' | 'checksum' | 'prefix'; expectedCheck?: string };

/** Strips the separators people type or paste: hyphens, spaces (incl. full-width), dots. */
export function compactIsbn(input: string): string {
  return input
    .replace(/^\s*ISBN(?:-1[03])?[:：]?\s*/i, '')
    .replace(/[\s\u3000\-‐‑–—.]/g, '')
    .toUpperCase();
}

function isbn10Check(first9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * Number(first9[i]);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function isbn13Check(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 === 0 ? 1 : 3) * Number(first12[i]);
  return String((10 - (sum % 10)) % 10);
}

/** Validates an ISBN-10 or ISBN-13 (hyphens and spaces allowed) and normalises it to ISBN-13. */
export function normalizeIsbn(input: string): IsbnResult {
  const compact = compactIsbn(input);
  if (compact.length === 10) {
    if (!/^\d{9}[\dX]$/.test(compact)) return { ok: false, reason: 'characters' };
    const expected = isbn10Check(compact.slice(0, 9));
    if (compact[9] !== expected) return { ok: false, reason: 'checksum', expectedCheck: expected };
    const body = `978${compact.slice(0, 9)}`;
    return { ok: true, isbn13: body + isbn13Check(body) };
  }
  if (compact.length === 13) {
    if (!/^\d{13}$/.test(compact)) return { ok: false, reason: 'characters' };
    if (!/^97[89]/.test(compact)) return { ok: false, reason: 'prefix' };
    const expected = isbn13Check(compact.slice(0, 12));
    if (compact[12] !== expected) return { ok: false, reason: 'checksum', expectedCheck: expected };
    return { ok: true, isbn13: compact };
  }
  return { ok: false, reason: /^[\dX]*$/.test(compact) ? 'length' : 'characters' };
}

/** A human explanation (zh-CN) of why an ISBN was refused, with the fix. */
export function describeIsbnProblem(input: string, result: Exclude<IsbnResult, { ok: true }>): string {
  switch (result.reason) {
    case 'checksum':
      return `ISBN「${input}」的校验位不对：按前面的数字算，最后一位应是 ${result.expectedCheck}。请对照图书封底或版权页重新抄录。`;
    case 'length':
      return `ISBN「${input}」去掉连字符后应为 10 位或 13 位数字，实际为 ${compactIsbn(input).length} 位。`;
    case 'prefix':
      return `13 位 ISBN「${input}」应以 978 或 979 开头。`;
    default:
      return `ISBN「${input}」含有数字、X 和连字符以外的字符。`;
  }
}
