/**
 * Chinese punctuation for the copy of a page that Pagefind indexes (the HTML served to readers is unchanged).
 * Pagefind runs a label into its value (`<dt>出版社</dt><dd>人民文学出版社</dd>` → 出版社人民文学出版社) and ends
 * other blocks with an ASCII ". ", so excerpts read as 出版社人民文学出版社出版年2021. Here every label gets a
 * "：", every value a "；" (the last one a "。"), badges a "，" and every block that does not end a sentence
 * a "。", so Pagefind has nothing to add and an excerpt reads as Chinese sentences.
 */

/** Characters that already end a sentence or clause; a block ending in one needs nothing more. */
const SENTENCE_END = '。！？；：…';
/** Closing quotes and brackets looked past: “给年轻人读。” already ends a sentence, 成员心得（4） does not. */
const CLOSERS = '”’」』）》〉)]"\'';
/** Blocks that become a sentence of their own in the index text. */
const SENTENCE_BLOCKS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'figcaption',
  'blockquote',
  'caption',
  'td',
  'th',
]);

const TAG = /<(\/?)([a-z][a-z0-9]*)\b([^>]*)>/gi;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;

/** The last character a reader sees in `text` (a fragment of HTML text between tags), or '' if blank. */
function lastVisible(text: string): string {
  const plain = text.replace(ENTITY, 'x').trim();
  return plain.at(-1) ?? '';
}

/** Whether text ending in `tail` (its last visible characters, closers included) already ends a sentence. */
function endsSentence(tail: string): boolean {
  let i = tail.length - 1;
  while (i >= 0 && CLOSERS.includes(tail[i]!)) i--;
  return i >= 0 && SENTENCE_END.includes(tail[i]!);
}

/**
 * The page with Chinese punctuation added at the end of labels, values, badges and blocks (see the file
 * comment). Blocks with no visible text get nothing; text that already ends a sentence gets nothing.
 */
export function punctuateForIndex(html: string): string {
  let out = '';
  let last = 0;
  /** The last few visible characters since the start, punctuation added here included. */
  let tail = '';
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    if (lastVisible(text)) tail = (tail + text.replace(ENTITY, 'x').trim()).slice(-8);
    out += text;
    last = match.index + match[0].length;
    const [tag, closing, rawName] = match;
    const mark = closing && tail && !endsSentence(tail) ? markFor(rawName!.toLowerCase(), html, match.index, last) : '';
    if (mark) tail = mark;
    // Text of an element Pagefind reads as metadata (title, summary, number) stays as written: the mark
    // goes after it instead of inside it.
    const isMeta = mark && /\sdata-pagefind-meta=/.test(openingOf(html, match.index, rawName!.toLowerCase()));
    out += isMeta ? tag + mark : mark + tag;
  }
  return out + html.slice(last);
}

/** The punctuation a closing `name` tag at `at` (ending at `after`) gets when its text does not end a sentence. */
function markFor(name: string, html: string, at: number, after: number): string {
  const rest = html.slice(after, after + 200);
  if (name === 'dt') return '：';
  if (name === 'dd') return nextLabelBeforeListEnd(html, after) ? '；' : '。';
  if (name === 'li') {
    if (/^\s*<li\b/i.test(rest)) return '、';
    // The last item of a list that is a value: the value's own "；" or "。" follows.
    return /^\s*<\/[uo]l>\s*<\/dd>/i.test(rest) ? '' : '。';
  }
  if (name === 'span')
    return isBadge(openingOf(html, at, 'span')) && isBadge(/^\s*(<span\b[^>]*>)/i.exec(rest)?.[1] ?? '') ? '，' : '';
  return SENTENCE_BLOCKS.has(name) ? '。' : '';
}

const isBadge = (openingTag: string) => /\bclass="[^"]*\bbadge\b/.test(openingTag);

/** Whether another label (`<dt>`) follows before the description list closes. */
function nextLabelBeforeListEnd(html: string, from: number): boolean {
  const nextLabel = html.indexOf('<dt', from);
  const listEnd = html.indexOf('</dl>', from);
  return nextLabel !== -1 && (listEnd === -1 || nextLabel < listEnd);
}

/** The opening tag of the innermost `name` element that closes at `closeAt` (good enough for flat spans). */
function openingOf(html: string, closeAt: number, name: string): string {
  const start = html.lastIndexOf(`<${name}`, closeAt);
  return start === -1 ? '' : html.slice(start, html.indexOf('>', start) + 1);
}
