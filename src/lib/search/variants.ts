/**
 * What the search page does with the variant table (/search/t2s.json and /search/pinyin.json, built by
 * ./variant-table.ts): turn a query in traditional characters into simplified ones (char by char), spell a query in
 * pinyin to catch a same-sound slip of an input method (初新讲坛 → chuxinjiangtan, which the index carries for
 * 初心讲坛), tell same-sound characters apart, and say "您是不是要找：初心讲坛". Pure, runs in the browser (0.8 KB
 * gzip; a separate chunk cost more than it saved); the tables themselves are fetched only when a query needs them.
 */
import { occurrences } from './query-match.ts';

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

  /**
   * "您是不是要找" for a query that found little as typed: each Han run replaced by the same-sound words of `texts`
   * (the best result's title, else its text), or undefined when that changes nothing or nothing sounds alike.
   */
  suggestion(display: string, texts: readonly string[]): string | undefined {
    let changed = false;
    const suggestion = display.replace(HAN_RUN, (run) => {
      if ([...run].length < 2) return run;
      for (const text of texts) {
        const found = occurrences(text, run, (a, b) => this.soundAlike(a, b))[0];
        if (found) {
          const words = text.slice(found.start, found.end);
          if (this.simplified(words) !== this.simplified(run)) changed = true;
          return words;
        }
      }
      return run;
    });
    return changed ? suggestion : undefined;
  }
}
