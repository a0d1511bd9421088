/**
 * Pagefind's excerpt as safe pieces of text: the excerpt arrives as HTML with <mark> around the matched
 * words. Only the marks are kept, everything else becomes text (the page never uses innerHTML for it),
 * and the page's invisible index words (after the ※ mark) are cut off.
 */
import { EXTRAS_MARK } from './extras-mark.ts';
import type { Span } from './query-match.ts';

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

/** Where a sentence may start: after one of these (the index text puts them in, see index-punctuation.ts). */
const SENTENCE_STOPS = '。！？；';
/** Full-width punctuation, next to which a space is only layout left over from the HTML. */
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef《》“”‘’—…]/u;
/** How far back into the page an excerpt may reach for the start of its sentence. */
const MAX_REACH_BACK = 40;

interface Char {
  ch: string;
  mark: boolean;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Chinese punctuation in place of what Pagefind adds between blocks: its ". " after Chinese text becomes
 * "。" (or goes, after a sentence or label that already ended), and spaces next to full-width punctuation go.
 */
function chinesePunctuation(chars: readonly Char[]): Char[] {
  const out: Char[] = [];
  let prev = ''; // last non-space character written
  chars.forEach((c, i) => {
    let j = i + 1;
    while (isSpace(chars[j]?.ch)) j++;
    const next = chars[j]?.ch ?? '';
    if (c.ch === '.' && (i + 1 === chars.length || isSpace(chars[i + 1]?.ch)) && prev && /[^\x20-\x7e]/.test(prev)) {
      while (isSpace(out.at(-1)?.ch)) out.pop();
      if (!SENTENCE_STOPS.includes(prev) && prev !== '：') out.push({ ch: '。', mark: false });
      prev = out.at(-1)?.ch ?? '';
      return;
    }
    if (isSpace(c.ch)) {
      if (!prev || !next || FULL_WIDTH.test(prev) || FULL_WIDTH.test(next) || isSpace(out.at(-1)?.ch)) return;
      out.push({ ch: ' ', mark: c.mark });
      return;
    }
    if (SENTENCE_STOPS.includes(c.ch) && c.ch === prev) return; // "。" added after a block Pagefind also ended
    out.push(c);
    prev = c.ch;
  });
  return out;
}

function toChars(parts: readonly ExcerptPart[]): Char[] {
  return parts.flatMap((part) => [...part.text].map((ch) => ({ ch, mark: part.mark })));
}

function toParts(chars: readonly Char[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const { ch, mark } of chars) {
    const lastPart = parts.at(-1);
    if (lastPart && lastPart.mark === mark) lastPart.text += ch;
    else parts.push({ text: ch, mark });
  }
  return parts;
}

/**
 * The text that leads from the start of its sentence in `page` to where `text` begins there: '' when `text`
 * already starts a sentence, undefined when the sentence starts too far back or `text` is not found.
 */
function leadIn(page: string, text: string): string | undefined {
  const at = page.indexOf(text.slice(0, 16));
  if (at === -1) return undefined;
  for (let i = at - 1; i >= Math.max(0, at - MAX_REACH_BACK); i--) {
    if (SENTENCE_STOPS.includes(page[i]!)) return page.slice(i + 1, at);
  }
  return at <= MAX_REACH_BACK ? page.slice(0, at) : undefined;
}

/**
 * An excerpt that reads as Chinese sentences: Pagefind's block separators become Chinese punctuation, and
 * the excerpt starts where a sentence starts. Pagefind cuts a window of words around the match, so the start
 * is usually mid-sentence: the excerpt drops the partial sentence before the match when the window holds a
 * sentence start before it, or else reaches back into the page text (`content`, Pagefind's plain text of the
 * page) for the sentence's beginning; failing both, it opens with "…". One that stops mid-sentence ends with "…".
 */
export function readableExcerpt(excerpt: string, content = ''): ExcerptPart[] {
  const chars = chinesePunctuation(toChars(excerptParts(excerpt)));
  if (chars.length === 0) return [];
  const text = chars.map((c) => c.ch).join('');
  const firstMark = chars.findIndex((c) => c.mark);
  let stop = -1;
  for (let i = firstMark - 1; i >= 0 && stop === -1; i--) if (SENTENCE_STOPS.includes(text[i]!)) stop = i + 1;
  let body: Char[];
  if (stop !== -1) {
    body = chars.slice(stop);
  } else {
    const page = chinesePunctuation(toChars([{ text: content.replace(/\u200b/g, ''), mark: false }]));
    const lead = leadIn(page.map((c) => c.ch).join(''), text);
    body = [...(lead === undefined ? [{ ch: '…', mark: false }] : toChars([{ text: lead, mark: false }])), ...chars];
  }
  while (isSpace(body[0]?.ch)) body.shift();
  const end = text.at(-1) ?? '';
  if (!SENTENCE_STOPS.includes(end) && end !== '…') body.push({ ch: '…', mark: false });
  return toParts(body);
}

/** Where a query's words stand in a text (see ./variants.ts `matchSpans`); `words` when the query has a Han word. */
export type FindSpans = ((text: string) => Span[]) & { words?: boolean };

/** The page's visible text as Pagefind keeps it: without its zero-width word breaks, cut before the invisible words. */
export function visibleText(content: string): string {
  const text = content.replace(/\u200b/g, '');
  const cut = text.indexOf(EXTRAS_MARK);
  return cut === -1 ? text : text.slice(0, cut);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs of marked text in an excerpt, marks next to each other joined (<mark>乡村</mark><mark>振兴</mark> → 乡村振兴). */
function markedRuns(parts: readonly ExcerptPart[]): string[] {
  const runs: string[] = [];
  let run = '';
  for (const part of parts) {
    if (part.mark) run += part.text;
    else if (run) {
      runs.push(run.replace(/\s+/g, ''));
      run = '';
    }
  }
  if (run) runs.push(run.replace(/\s+/g, ''));
  return runs;
}

/** For a query with a Han word, Pagefind's marks on lone characters (化 of 数字化转型 in 绿色化) are dropped. */
function wordMarksOnly(parts: ExcerptPart[], find: FindSpans): ExcerptPart[] {
  if (!find.words) return parts;
  const long = (part: ExcerptPart) => [...part.text.replace(/\s/g, '')].length >= 2;
  return toParts(toChars(parts.map((part) => ({ ...part, mark: part.mark && long(part) }))));
}

/** Characters of the page shown before the first matched word when the excerpt is cut from the page itself. */
const OWN_BEFORE = 24;
const OWN_AFTER = 60;

/**
 * An excerpt that shows the words the query matched. Pagefind's own is kept when it marks one of the words
 * `find` locates in the page's visible text; when it marks only other things (a synonym or a pinyin spelling in the
 * invisible words, a lone character of a longer word) or nothing visible, the excerpt is cut from the page text
 * around the first word found, with every word found in it marked. Then read as Chinese (`readableExcerpt`).
 */
export function matchedExcerpt(excerpt: string, content: string, find: FindSpans): ExcerptPart[] {
  const page = visibleText(content);
  const spans = find(page);
  if (spans.length === 0) {
    // The page's text does not hold the query's words (it matched by a synonym, a spelling or the title's characters
    // one by one): marks on lone characters of them would mislead, so the result shows its summary instead.
    const kept = wordMarksOnly(readableExcerpt(excerpt, content), find);
    return kept.some((part) => part.mark) ? kept : [];
  }
  const words = new Set(spans.map((span) => page.slice(span.start, span.end).replace(/\s+/g, '')));
  const runs = markedRuns(excerptParts(excerpt));
  if (runs.some((run) => [...words].some((word) => run.includes(word))))
    return wordMarksOnly(readableExcerpt(excerpt, content), find);
  const first = spans[0]!;
  const start = Math.max(0, first.start - OWN_BEFORE);
  const end = Math.min(page.length, first.start + OWN_AFTER);
  let html = '';
  let at = start;
  for (const span of spans) {
    if (span.start < at || span.end > end) continue;
    html += `${escapeText(page.slice(at, span.start))}<mark>${escapeText(page.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  html += escapeText(page.slice(at, end));
  return readableExcerpt(html, content);
}
