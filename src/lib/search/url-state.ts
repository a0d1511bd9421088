/**
 * The search page's state as it lives in the address bar (?q=初心&类型=讲坛&类型=图书&sort=date), so a
 * result list can be shared and the back button restores it. Anything unknown is dropped, never trusted.
 */
import { FILTER_NAMES, isFilterName, type FilterName } from './filters.ts';
import { MAX_QUERY_LENGTH } from './query.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: SortOrder;
  /** Chosen values per filter; several values in one filter mean any of them. */
  filters: Partial<Record<FilterName, string[]>>;
}

export interface ParsedSearchState extends SearchState {
  /** Parameters that were not understood (shown to the reader as ignored). */
  ignored: string[];
}

const MAX_VALUES_PER_FILTER = 30;
const MAX_VALUE_LENGTH = 40;

export function parseSearchParams(params: URLSearchParams): ParsedSearchState {
  const state: ParsedSearchState = { q: '', sort: 'relevance', filters: {}, ignored: [] };
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (name === 'q') state.q = [...raw].slice(0, MAX_QUERY_LENGTH * 2).join('');
    else if (name === 'sort') state.sort = value === 'date' ? 'date' : 'relevance';
    else if (isFilterName(name)) {
      if (!value || value.length > MAX_VALUE_LENGTH) continue;
      const values = (state.filters[name] ??= []);
      if (!values.includes(value) && values.length < MAX_VALUES_PER_FILTER) values.push(value);
    } else if (name !== 'pagefind-highlight' && state.ignored.length < 10) {
      state.ignored.push(`${name.slice(0, MAX_VALUE_LENGTH)}=${value.slice(0, MAX_VALUE_LENGTH)}`);
    }
  }
  return state;
}

/** The address-bar form of a state, in a stable order (q, filters in display order, sort). */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** Pagefind's filter argument: within a filter any chosen value matches, across filters all must. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    const values = state.filters[name];
    if (values && values.length > 0) out[name] = { any: [...values] };
  }
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values && values.length > 0);
}

/**
 * Keeps only filter values the index knows; returns what was dropped, as `名称=值`, for the notice.
 * Called once the filter lists have loaded, so a stale or mistyped link still searches.
 */
export function dropUnknownFilterValues(
  state: SearchState,
  known: Record<string, Record<string, number>>,
): { state: SearchState; dropped: string[] } {
  const dropped: string[] = [];
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = state.filters[name];
    if (!values) continue;
    const kept = values.filter((value) => known[name] && value in known[name]);
    for (const value of values) if (!kept.includes(value)) dropped.push(`${name}=${value}`);
    if (kept.length > 0) filters[name] = kept;
  }
  return { state: { ...state, filters }, dropped };
}
