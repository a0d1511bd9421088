/**
 * Builds the search page's variant table (served as /search-variants.json, read by ./variants.ts) and the
 * simplified copies of traditional text the index carries. Build time only.
 *
 * Conversion is OpenCC's (opencc-js: the OpenCC project's own dictionaries, Taiwan and Hong Kong variants
 * included, maintained and versioned with it); readings are pinyin-pro's, as for the index's pinyin. The table
 * covers GB 2312's first level (the 3,755 characters an input method offers first, so the slips readers make)
 * and every Han character of the site's content; the readings are loaded only when a query finds little as typed,
 * the traditional → simplified part only when the query holds a traditional-only character.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { VariantTable } from './variants.ts';

const HAN = /^\p{Script=Han}$/u;
const HAN_RUN = /\p{Script=Han}+/gu;

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Text in simplified characters, phrases converted as OpenCC does (Taiwan and Hong Kong forms both). */
export function toSimplified(text: string): string {
  return hkToCn(twToCn(text));
}

/**
 * The simplified form of every run of Han characters in `text` that is written in traditional characters
 * (紅樓夢 → 红楼梦), once each: added to a page's indexed copy so a simplified query finds it.
 */
export function simplifiedAdditions(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const simplified = toSimplified(run);
    if (simplified !== run) out.add(simplified);
  }
  return [...out];
}

/** GB 2312's characters: the first level (rows 16–55, the common ones in pinyin order), or all 6,763. */
function gb2312(firstLevelOnly: boolean): string[] {
  const gb = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= (firstLevelOnly ? 0xd7 : 0xf7); row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = gb.decode(new Uint8Array([row, cell]));
      if (HAN.test(char)) chars.push(char);
    }
  return chars;
}

/** The range of code points the traditional-only bitmap covers (CJK Extension A and the Unified block). */
const FIRST = 0x3400;
const LAST = 0x9fff;

/**
 * Traditional → simplified for the characters a simplified keyboard never types: those outside GB 2312 whose
 * simplified form differs. Characters GB 2312 has (著, 乾, 干) stay as typed, since converting them alone would
 * turn a simplified query into a wrong one (著作 → 着作); phrases are OpenCC's business at index time.
 */
function traditionalOnly(): Map<string, string> {
  const simplifiedSet = new Set(gb2312(false));
  const pairs = new Map<string, string>();
  for (let code = FIRST; code <= LAST; code++) {
    const char = String.fromCodePoint(code);
    if (simplifiedSet.has(char)) continue;
    const simplified = toSimplified(char);
    if (simplified !== char && [...simplified].length === 1) pairs.set(char, simplified);
  }
  return pairs;
}

/** Only pairs whose simplified form is a character the site can hold: GB 2312's, or one of the content's. */
function searchablePairs(siteChars: ReadonlySet<string>): string[] {
  const simplifiedSet = new Set(gb2312(false));
  return [...traditionalOnly()]
    .filter(([, simplified]) => simplifiedSet.has(simplified) || siteChars.has(simplified))
    .map(([traditional, simplified]) => traditional + simplified);
}

/**
 * One bit per code point from U+3400 to U+9FFF, set for a traditional-only character, as base64 (1.7 KB gzip):
 * the search page carries it, so it knows a query needs converting before it searches (see ./variants.ts).
 */
export function traditionalBitmap(): string {
  const bits = new Uint8Array(Math.ceil((LAST - FIRST + 1) / 8));
  for (const char of traditionalOnly().keys()) {
    const i = char.codePointAt(0)! - FIRST;
    bits[i >> 3]! |= 1 << (i & 7);
  }
  return Buffer.from(bits).toString('base64');
}

/** The table for the common characters and those of `siteText` (titles, names: whatever the content holds). */
export function buildVariantTable(siteText: string): VariantTable {
  // Two files (/search/pinyin.json, /search/t2s.json): a same-sound slip needs only the readings.
  const chars = new Set(gb2312(true));
  for (const char of siteText) if (HAN.test(char)) chars.add(toSimplified(char));
  const pairs = searchablePairs(chars);
  const usual = new Map<string, string[]>();
  const other = new Map<string, string[]>();
  for (const char of [...chars].sort()) {
    const readings = [
      ...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }) as string[]),
    ].filter((reading) => /^[a-z]+$/.test(reading));
    readings.forEach((reading, i) => {
      const into = i === 0 ? usual : other;
      into.set(reading, [...(into.get(reading) ?? []), char]);
    });
  }
  const syllables = [...new Set([...usual.keys(), ...other.keys()])].sort();
  return {
    t2s: pairs.join(''),
    pinyin: syllables
      .map((s) => `${s}${(usual.get(s) ?? []).join('')}${other.has(s) ? `/${other.get(s)!.join('')}` : ''}`)
      .join(' '),
  };
}
