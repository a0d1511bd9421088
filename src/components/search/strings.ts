/**
 * The texts the search page's script shows. Only these travel to the browser: SearchPage.astro picks them from
 * the dictionary at build time into the page's `data-strings`, and the script fills them with the same `fill()`
 * as `t()`. The key type makes the compiler refuse a text the page would not carry.
 */
import type { UiKey } from '../../i18n/t.ts';
import { translator, type TextVars } from '../../i18n/translate.ts';

export const SEARCH_PAGE_KEYS = [
  'search.status.idle',
  'search.status.loading',
  'search.status.count',
  'search.status.countFiltered',
  'search.status.relaxed',
  'search.empty',
  'search.empty.filters',
  'search.empty.punctuation',
  'search.ignoredFilters',
  'search.filters.loading',
  'search.filters.option',
  'search.error',
] as const satisfies readonly UiKey[];

export type SearchPageKey = (typeof SEARCH_PAGE_KEYS)[number];
export type SearchPageStrings = Record<SearchPageKey, string>;
/** The search page's `t()`: the one on the server fits, as does the one the script builds from the page. */
export type Say = (key: SearchPageKey, vars?: TextVars) => string;

/** Build time: the page's texts, taken from the dictionary through `text` (the site's `t`). */
export function searchPageStrings(text: (key: SearchPageKey) => string): SearchPageStrings {
  return Object.fromEntries(SEARCH_PAGE_KEYS.map((key) => [key, text(key)])) as SearchPageStrings;
}

/** In the browser: the page's `t()` from its `data-strings` (a missing text shows its key, never breaks). */
export function sayFrom(json: string | undefined): Say {
  return translator(JSON.parse(json ?? '{}') as SearchPageStrings);
}
