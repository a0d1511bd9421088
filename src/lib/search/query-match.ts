/**
 * Where a query's words stand in a page's text, for the excerpt and for telling a page that holds the query from one
 * that holds only its characters; and whether a query holds traditional-only characters (by the bitmap the search
 * page carries). Pure, runs in the browser on every search; the variant table itself (./variants.ts) is loaded only
 * when a query needs it, and passed in here when it was.
 */
import type { Variants } from './variants.ts';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Where a query's words were found in a text: [start, end) in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

/** First code point of the page's traditional-only bitmap (see ./variant-table.ts `traditionalBitmap`). */
const BITMAP_FIRST = 0x3400;

/** Whether a text holds a character only traditional text uses, by the bitmap the search page carries. */
export function traditionalTest(base64: string | undefined): (text: string) => boolean {
  const bits = Uint8Array.from(atob(base64 ?? ''), (c) => c.charCodeAt(0));
  return (text) =>
    [...text].some((char) => {
      const i = char.codePointAt(0)! - BITMAP_FIRST;
      return i >= 0 && i >> 3 < bits.length && (bits[i >> 3]! & (1 << (i & 7))) !== 0;
    });
}

/** Every Han run of two or more characters of `term` stands in `text` (converted to simplified with `variants`). */
export function holdsLiterally(text: string, term: string, variants?: Variants): boolean {
  const runs = (term.match(HAN_RUN) ?? []).filter((run) => [...run].length >= 2);
  const simple = (value: string) => (variants ? variants.simplified(value) : value).replace(/\u200b/g, '');
  const haystack = simple(text);
  return runs.length > 0 && runs.every((run) => haystack.includes(simple(run)));
}

/** Han runs of two or more characters in a query, and their words as the browser splits them. */
function queryWords(term: string): { runs: string[]; words: string[] } {
  const runs = (term.match(HAN_RUN) ?? []).filter((run) => [...run].length >= 2);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  // The browser's words of two or more characters, and single characters next to each other joined (党 建 → 党建).
  const words = runs.flatMap((run) => {
    const out: string[] = [];
    let singles = '';
    for (const { segment } of segmenter.segment(run)) {
      if ([...segment].length === 1) {
        singles += segment;
        continue;
      }
      if ([...singles].length >= 2) out.push(singles);
      singles = '';
      out.push(segment);
    }
    if ([...singles].length >= 2) out.push(singles);
    return [...new Set(out)].filter((word) => [...word].length >= 2 && word !== run);
  });
  const latin = (term.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !HAN.test(word) && word.length >= 2);
  return { runs: [...runs, ...latin], words };
}

/** Every place `needle` occurs in `text`, each character compared by `same`. */
export function occurrences(text: string, needle: string, same: (a: string, b: string) => boolean): Span[] {
  const hay = [...text];
  const want = [...needle];
  const spans: Span[] = [];
  let offset = 0;
  const offsets = hay.map((char) => {
    const at = offset;
    offset += char.length;
    return at;
  });
  for (let i = 0; i + want.length <= hay.length; i++) {
    if (want.every((char, k) => same(hay[i + k]!, char))) {
      const end = i + want.length;
      spans.push({ start: offsets[i]!, end: end < hay.length ? offsets[end]! : text.length });
      i = end - 1;
    }
  }
  return spans;
}

/**
 * Where the query's words stand in `text`, best kind first: the whole query (or a Han run of it) as typed or
 * converted, then the same-sound run (when `variants` is given), then its words one by one (非公党建 → 非公…党建).
 * Latin words match case-insensitively. Returns the spans of the best kind found, [] when none is.
 */
export function matchSpans(text: string, term: string, variants?: Variants): Span[] {
  const { runs, words } = queryWords(term);
  const plain = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const converted = variants ? (a: string, b: string) => plain(variants.simplified(a), variants.simplified(b)) : plain;
  const kinds: [string[], (a: string, b: string) => boolean][] = [
    [runs, converted],
    ...(variants ? [[runs, (a: string, b: string) => variants.soundAlike(a, b)] as [string[], typeof plain]] : []),
    [words, converted],
  ];
  for (const [needles, same] of kinds) {
    const spans = needles.flatMap((needle) => occurrences(text, needle, same));
    if (spans.length > 0) return spans.sort((a, b) => a.start - b.start);
  }
  return [];
}
