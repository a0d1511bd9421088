/**
 * What the search page does with the variant table (/search-variants.json, built by ./variant-table.ts): turn a
 * query in traditional characters into simplified ones (char by char, the same mapping as the index's simplified
 * copies), spell a query in pinyin to catch a same-sound slip of an input method (初新讲坛 → chuxinjiangtan, which
 * the index carries for 初心讲坛), and find in a page's text the words a converted or same-sound query matched, so
 * the excerpt can mark them and the page can ask "您是不是要找：初心讲坛". Pure, runs in the browser.
 */

/** The table as served (two files, each loaded only when needed): compact strings, parsed once by `Variants`. */
export interface VariantTable {
  /** Traditional → simplified, as pairs of characters run together: `紅红樓楼…` (/search/t2s.json). */
  t2s: string;
  /**
   * Readings, one group per syllable separated by spaces: `syllable` then the characters whose usual reading it is,
   * then `/` and those for which it is another reading: `zhong中种重众/ chong冲充/重 …` (/search/pinyin.json).
   */
  pinyin: string;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Where a query's words were found in a text: [start, end) in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

export class Variants {
  readonly #simplified = new Map<string, string>();
  readonly #readings = new Map<string, string[]>();

  constructor(table: Partial<VariantTable>) {
    const pairs = [...(table.t2s ?? '')];
    for (let i = 0; i + 1 < pairs.length; i += 2) this.#simplified.set(pairs[i]!, pairs[i + 1]!);
    const secondary: [string, string][] = [];
    for (const group of (table.pinyin ?? '').split(' ')) {
      const syllable = /^[a-z]+/.exec(group)?.[0];
      if (!syllable) continue;
      const [usual = '', other = ''] = group.slice(syllable.length).split('/');
      for (const char of usual) this.#readings.set(char, [syllable, ...(this.#readings.get(char) ?? [])]);
      for (const char of other) secondary.push([char, syllable]);
    }
    for (const [char, syllable] of secondary) this.#readings.set(char, [...(this.#readings.get(char) ?? []), syllable]);
  }

  /** The text with traditional characters replaced by simplified ones (same length, char for char). */
  simplified(text: string): string {
    return [...text].map((char) => this.#simplified.get(char) ?? char).join('');
  }

  /** The readings of a character (its usual one first), looked up by its simplified form; [] when unknown. */
  readings(char: string): string[] {
    return this.#readings.get(this.#simplified.get(char) ?? char) ?? [];
  }

  /** Whether two characters are the same, one the traditional form of the other, or share a reading. */
  soundAlike(a: string, b: string): boolean {
    if (a === b || this.simplified(a) === this.simplified(b)) return true;
    const readings = this.readings(b);
    return this.readings(a).some((reading) => readings.includes(reading));
  }

  /**
   * The query spelled in pinyin (each Han run as one word of usual readings: 初新讲坛 → chuxinjiangtan), which finds
   * titles and names by the pinyin the index carries; undefined when there is no Han run or a character is unknown.
   */
  pinyinTerm(term: string): string | undefined {
    if (!HAN.test(term)) return undefined;
    let unknown = false;
    const spelled = term.replace(HAN_RUN, (run) =>
      [...run]
        .map((char) => {
          const reading = this.readings(char)[0];
          if (!reading) unknown = true;
          return reading ?? '';
        })
        .join(''),
    );
    return unknown ? undefined : spelled;
  }
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
function occurrences(text: string, needle: string, same: (a: string, b: string) => boolean): Span[] {
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

/**
 * "您是不是要找" for a query that found little as typed: each Han run replaced by the same-sound words of `text`
 * (the best result's title, else its text), or undefined when that changes nothing or nothing sounds alike.
 */
export function soundAlikeSuggestion(
  display: string,
  texts: readonly string[],
  variants: Variants,
): string | undefined {
  let changed = false;
  const suggestion = display.replace(HAN_RUN, (run) => {
    if ([...run].length < 2) return run;
    for (const text of texts) {
      const found = occurrences(text, run, (a, b) => variants.soundAlike(a, b))[0];
      if (found) {
        const words = text.slice(found.start, found.end);
        if (variants.simplified(words) !== variants.simplified(run)) changed = true;
        return words;
      }
    }
    return run;
  });
  return changed ? suggestion : undefined;
}
