/**
 * Pagefind's excerpt as safe pieces of text: the excerpt arrives as HTML with <mark> around the matched
 * words. Only the marks are kept, everything else becomes text (the page never uses innerHTML for it),
 * and the page's invisible index words (after the ※ mark) are cut off.
 */
import { EXTRAS_MARK } from './extras-mark.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

function decode(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#x27;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * The visible part of an excerpt, split into marked and unmarked text. Returns [] when nothing matched in
 * visible text (the query hit only pinyin or ISBN spellings): show the page's summary instead.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark\b[^>]*>|<\/mark>)/i)) {
    if (/^<mark\b/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else if (piece) parts.push({ text: decode(piece), mark: marked });
  }
  const cut = parts.findIndex((part) => part.text.includes(EXTRAS_MARK));
  const visible = cut === -1 ? parts : parts.slice(0, cut);
  if (cut !== -1) {
    const before = parts[cut]?.text.split(EXTRAS_MARK)[0] ?? '';
    if (before.trim()) visible.push({ text: before, mark: parts[cut]?.mark ?? false });
  }
  return visible.some((part) => part.mark) ? visible : [];
}
