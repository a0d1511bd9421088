/**
 * What the reader typed → what Pagefind is asked. Runs in the browser before every search; pure so it is
 * unit-tested. The rewrites mirror the extra words the build indexes invisibly (see ./extras.ts):
 * `第10期` / `10期` → `di10qi`, an ISBN with hyphens or spaces → its digits.
 */

/** Longest query passed on; the rest is dropped (a pasted paragraph is not a search). */
export const MAX_QUERY_LENGTH = 60;

const SESSION = /第?\s*(\d{1,4})\s*期/gu;
/** ISBN-10 or -13 as typed: digits with optional hyphens or spaces, the last one may be X. */
const ISBN_LIKE = /(?<![\dXx])(?:97[89][-\s]?)?\d[\d\s-]{7,15}[\dXx](?![\dXx])/gu;

/** The search token of a lecture or meeting session, indexed on its page: 第10期 → `di10qi`. */
export function sessionToken(number: number): string {
  return `di${number}qi`;
}

/** Han characters in a row, one or more (any length, unlike HAN_RUN below). */
const HAN_CHARS = /\p{Script=Han}+/gu;
/** 的 ends or starts these words, so it is kept after 目/标/矢 (目的, 标的, 众矢之的) and before 确/士/哥/卢/放 (的确, 的士, 有的放矢). */
const DE_WORD_BEFORE = new Set(['目', '标', '矢']);
const DE_WORD_AFTER = new Set(['确', '士', '哥', '卢', '放']);

/**
 * The particle 的 between two words of two or more characters (平凡的世界 → 平凡 世界) is left out of the query.
 * Every Chinese page holds 的, so its part of the index is the largest (63 KiB gzip at 10,000 books) and a query
 * naming it downloads it; without it the query matches the same pages and more (docs/search.md, "Size and speed").
 */
function dropParticleDe(term: string): string {
  return term.replace(HAN_CHARS, (run) => {
    const chars = [...run];
    return chars
      .map((char, i) =>
        char === '的' &&
        i >= 2 &&
        chars.length - i > 2 &&
        !DE_WORD_BEFORE.has(chars[i - 1]!) &&
        !DE_WORD_AFTER.has(chars[i + 1]!)
          ? ' '
          : char,
      )
      .join('');
  });
}

export interface NormalizedQuery {
  /** What to hand to pagefind.search(); empty when nothing searchable is left. */
  term: string;
  /** The query as shown back to the reader (trimmed and shortened). */
  display: string;
}

/**
 * Normalises a raw query: width and case folded, punctuation dropped, sessions and ISBNs rewritten, the particle
 * 的 between words left out.
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  const display = [...raw.normalize('NFKC').replace(/\s+/gu, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('');
  let term = display.toLowerCase();
  term = term.replace(ISBN_LIKE, (match) => {
    const digits = match.replace(/[\s-]/gu, '');
    return digits.length === 10 || digits.length === 13 ? ` ${digits} ` : match;
  });
  term = term.replace(SESSION, (_match, n: string) => ` ${sessionToken(Number(n))} `);
  // Punctuation and symbols separate words but are never searched (Pagefind drops them too).
  term = dropParticleDe(term.replace(/[\p{P}\p{S}]+/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();
  return { term, display };
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * A looser query for when the exact one finds nothing: Han runs split into single characters, each
 * matched as a word prefix. It rescues substrings the index segmented differently from the browser
 * (Pagefind issue #1237), e.g. 一卷 inside 第一卷; the build indexes title characters singly for it.
 * Returns undefined when there is nothing to loosen.
 */
export function relaxedQuery(term: string): string | undefined {
  if (!HAN_RUN.test(term)) return undefined;
  HAN_RUN.lastIndex = 0;
  return term.replace(HAN_RUN, (run) => [...run].join(' '));
}
