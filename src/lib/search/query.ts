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

export interface NormalizedQuery {
  /** What to hand to pagefind.search(); empty when nothing searchable is left. */
  term: string;
  /** The query as shown back to the reader (trimmed and shortened). */
  display: string;
}

/** Normalises a raw query: width and case folded, punctuation dropped, sessions and ISBNs rewritten. */
export function normalizeQuery(raw: string): NormalizedQuery {
  const display = [...raw.normalize('NFKC').replace(/\s+/gu, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('');
  let term = display.toLowerCase();
  term = term.replace(ISBN_LIKE, (match) => {
    const digits = match.replace(/[\s-]/gu, '');
    return digits.length === 10 || digits.length === 13 ? ` ${digits} ` : match;
  });
  term = term.replace(SESSION, (_match, n: string) => ` ${sessionToken(Number(n))} `);
  // Punctuation and symbols separate words but are never searched (Pagefind drops them too).
  term = term
    .replace(/[\p{P}\p{S}]+/gu, ' ')
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
