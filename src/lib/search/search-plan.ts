/**
 * One search on the search page, from the reader's state to Pagefind's answer and back to what the page says:
 * what to ask (or why not to ask), the looser second try, and the outcome the status line announces.
 * Pure apart from the Pagefind calls handed in, so the browser script only wires it to the page.
 */
import type { PagefindApi, PagefindResponse, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { normalizeQuery, relaxedQuery } from './query.ts';
import { visibleText } from './excerpt.ts';
import { holdsLiterally } from './query-match.ts';
import type { Variants, VariantTable } from './variants.ts';
import { hasFilters, pagefindFilters, type SearchState } from './url-state.ts';

export type SearchPlan =
  /** Nothing to search: the box is empty, or holds only punctuation (which is never searched). */
  | { kind: 'idle'; punctuationOnly: boolean }
  | {
      kind: 'search';
      /** Pagefind's term; null lists every page that passes the filters. */
      term: string | null;
      /** The looser term to try when the exact one finds nothing (see relaxedQuery). */
      loose?: string;
      /** The query as the reader sees it quoted back. */
      display: string;
      filtered: boolean;
      options: PagefindSearchOptions;
    };

export function searchPlan(state: SearchState): SearchPlan {
  const query = normalizeQuery(state.q);
  const filtered = hasFilters(state);
  if (!query.term && !filtered) return { kind: 'idle', punctuationOnly: query.display.length > 0 };
  const term = query.term || null;
  const loose = term ? relaxedQuery(term) : undefined;
  return {
    kind: 'search',
    term,
    ...(loose ? { loose } : {}),
    display: query.display,
    filtered,
    options: {
      filters: pagefindFilters(state),
      ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}),
    },
  };
}

/**
 * When fewer of the first results than this hold the query as typed (初新讲坛 finds 创新 pages: they hold 初, 新 and
 * 讲坛, not the phrase), the page also asks for the query spelled in pinyin, which finds a title or name that
 * sounds the same, and lists what that finds after the results that hold the query.
 */
export const FEW_RESULTS = 5;

export interface SearchAnswer {
  response: PagefindResponse;
  /** The results come from the looser second try. */
  relaxed: boolean;
  /** How many results at the top hold the query as typed (or converted); after them come same-sound results. */
  exact: number;
  /** The variant table, when this search loaded it (for the excerpts and "您是不是要找"). */
  variants?: Variants;
  /** What was searched: the query in simplified characters when it held traditional ones, else the plan's term. */
  term: string | null;
}

/** What the page gives the search for traditional characters and same-sound slips. */
export interface VariantTools {
  /** Whether a term holds a character only traditional text uses (the bitmap the page carries). */
  traditional(term: string): boolean;
  /** Loads parts of the variant table; the answer also knows the parts loaded before. */
  load(part: keyof VariantTable): Promise<Variants>;
}

const HAN_WORD = /\p{Script=Han}{2}/u;

function appendNew(results: PagefindResult[], more: readonly PagefindResult[]): PagefindResult[] {
  const seen = new Set(results.map((result) => result.id));
  return [...results, ...more.filter((result) => !seen.has(result.id))];
}

/**
 * The first results that hold the term literally (title or indexed text, simplified forms included), and whether one
 * holds it only in the simplified copy of text written in traditional characters (its excerpt then needs the table).
 */
async function literalMatches(
  results: readonly PagefindResult[],
  term: string,
  tools: VariantTools,
  variants?: Variants,
) {
  const top = results.slice(0, FEW_RESULTS);
  const data = await Promise.all(top.map((result) => result.data().catch(() => undefined)));
  let traditionalText = false;
  const literal = top.filter((_, i) => {
    const page = data[i];
    if (!page || !holdsLiterally(`${page.meta.title ?? ''} ${page.content}`, term, variants)) return false;
    const visible = `${page.meta.title ?? ''} ${visibleText(page.content)}`;
    if (!holdsLiterally(visible, term, variants) && tools.traditional(visible)) traditionalText = true;
    return true;
  });
  return { literal, traditionalText };
}

/**
 * Asks Pagefind for `plan`. With `tools`: a query holding traditional-only characters is searched in simplified
 * ones; when fewer of the first results than FEW_RESULTS hold the query, the query spelled in pinyin is asked too and
 * what it finds comes after the results that hold the query (and before the rest). When nothing matched at all, once
 * more with the looser term. Returns undefined when `current()` says newer input overtook this search (its answer must
 * not reach the page) or Pagefind gave none.
 */
export async function searchWithFallback(
  pagefind: Pick<PagefindApi, 'search'>,
  plan: Extract<SearchPlan, { kind: 'search' }>,
  current: () => boolean,
  tools?: VariantTools,
): Promise<SearchAnswer | undefined> {
  let term = plan.term;
  let variants: Variants | undefined;
  if (term && tools?.traditional(term)) {
    variants = await tools.load('t2s').catch(() => undefined);
    if (!current()) return undefined;
    if (variants) term = variants.simplified(term);
  }
  const first = await pagefind.search(term, plan.options);
  if (!current() || !first) return undefined;
  let results = first.results;
  let exact = results.length;
  if (term && tools && HAN_WORD.test(term)) {
    const { literal, traditionalText } = await literalMatches(results, term, tools, variants);
    if (!current()) return undefined;
    if (traditionalText && !variants) variants = await tools.load('t2s').catch(() => undefined);
    if (!current()) return undefined;
    if (literal.length < Math.min(FEW_RESULTS, results.length) || results.length === 0) {
      variants = (await tools.load('pinyin').catch(() => undefined)) ?? variants;
      if (!current()) return undefined;
      const pinyin = variants?.pinyinTerm(term);
      const more = pinyin ? await pagefind.search(pinyin, plan.options) : null;
      if (!current()) return undefined;
      if (more && more.results.length > 0) {
        results = appendNew(appendNew(literal, more.results), results);
        exact = literal.length;
      }
    }
  }
  const answer = { exact, term, ...(variants ? { variants } : {}) };
  const loose = term ? relaxedQuery(term) : undefined;
  if (results.length > 0 || !loose) return { response: { ...first, results }, relaxed: false, ...answer };
  const second = await pagefind.search(loose, plan.options);
  if (!current() || !second) return undefined;
  return { response: second, relaxed: second.results.length > 0, ...answer };
}

/** What the status line reports about the current search. */
export type SearchOutcome =
  | { kind: 'idle'; punctuationOnly: boolean }
  | { kind: 'loading' }
  | { kind: 'empty'; display: string; filtered: boolean }
  | { kind: 'found'; count: number; filtered: boolean; relaxed: boolean }
  | { kind: 'error' };

/** The outcome of an answered search. */
export function answerOutcome(plan: Extract<SearchPlan, { kind: 'search' }>, answer: SearchAnswer): SearchOutcome {
  const count = answer.response.results.length;
  return count === 0
    ? { kind: 'empty', display: plan.display, filtered: plan.filtered }
    : { kind: 'found', count, filtered: plan.filtered, relaxed: answer.relaxed };
}

/**
 * Whether the tips and browse links show under the status line: when nothing was found, when only punctuation
 * was typed, and on an error unless the "search cannot start" notice already carries the same links.
 */
export function showsHelp(outcome: SearchOutcome, searchUnavailable: boolean): boolean {
  switch (outcome.kind) {
    case 'idle':
      return outcome.punctuationOnly;
    case 'empty':
      return true;
    case 'error':
      return !searchUnavailable;
    default:
      return false;
  }
}
