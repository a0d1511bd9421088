/**
 * One search on the search page, from the reader's state to Pagefind's answer and back to what the page says:
 * what to ask (or why not to ask), the looser second try, and the outcome the status line announces.
 * Pure apart from the Pagefind calls handed in, so the browser script only wires it to the page.
 */
import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from './pagefind-api.ts';
import { normalizeQuery, relaxedQuery } from './query.ts';
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

export interface SearchAnswer {
  response: PagefindResponse;
  /** The results come from the looser second try. */
  relaxed: boolean;
}

/**
 * Asks Pagefind for `plan`, and once more with the looser term when nothing matched. Returns undefined when
 * `current()` says newer input overtook this search (its answer must not reach the page) or Pagefind gave none.
 */
export async function searchWithFallback(
  pagefind: Pick<PagefindApi, 'search'>,
  plan: Extract<SearchPlan, { kind: 'search' }>,
  current: () => boolean,
): Promise<SearchAnswer | undefined> {
  const first = await pagefind.search(plan.term, plan.options);
  if (!current() || !first) return undefined;
  if (first.results.length > 0 || !plan.loose) return { response: first, relaxed: false };
  const second = await pagefind.search(plan.loose, plan.options);
  if (!current() || !second) return undefined;
  return { response: second, relaxed: second.results.length > 0 };
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
