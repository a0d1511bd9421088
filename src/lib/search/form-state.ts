/**
 * The search page's form ⇄ its state ⇄ the address bar, as pure functions the browser script calls on every
 * change (see ./url-state.ts for the parameters themselves).
 */
import { FILTER_NAMES, isFilterName } from './filters.ts';
import type { FilterCounts } from './pagefind-api.ts';
import { toSearchParams, type SearchState } from './url-state.ts';

/** What the form holds: the box, the sort choice, and the ticked filter boxes as [filter name, value]. */
export interface FormValues {
  q: string;
  sort: string;
  checked: Iterable<readonly [name: string, value: string]>;
}

/**
 * The state the form asks for. Until the filter pane has rendered its boxes (`filtersShown` false), the filters
 * chosen in the address stay chosen: the form cannot show them yet, which does not mean the reader dropped them.
 */
export function stateFromForm(form: FormValues, previous: SearchState, filtersShown: boolean): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [name, value] of form.checked) {
    if (isFilterName(name)) (filters[name] ??= []).push(value);
  }
  return {
    q: form.q,
    sort: form.sort === 'date' ? 'date' : 'relevance',
    filters: filtersShown ? filters : previous.filters,
  };
}

/** The form's values for a state (the sort select's value for relevance is the empty string). */
export function formValues(state: SearchState): {
  q: string;
  sort: string;
  isChecked(name: string, value: string): boolean;
} {
  return {
    q: state.q,
    sort: state.sort === 'date' ? 'date' : '',
    isChecked: (name, value) => isFilterName(name) && (state.filters[name] ?? []).includes(value),
  };
}

/** The page address for a state: the path, and the parameters when there are any. */
export function addressFor(pathname: string, state: SearchState): string {
  const query = toSearchParams(state).toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}

export interface FilterOption {
  value: string;
  /** Pages with this value among the current results (0 when none). */
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  name: string;
  options: FilterOption[];
}

/**
 * The filter pane's groups: every value the index knows (`known`, so a value does not vanish when the current
 * results lack it), in Chinese collation order, counted over the current results (`counts`).
 */
export function filterGroups(known: FilterCounts, counts: FilterCounts, state: SearchState): FilterGroup[] {
  const { isChecked } = formValues(state);
  return FILTER_NAMES.flatMap((name) => {
    const values = Object.keys(known[name] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    return values.length === 0
      ? []
      : [
          {
            name,
            options: values.map((value) => ({
              value,
              count: counts[name]?.[value] ?? 0,
              checked: isChecked(name, value),
            })),
          },
        ];
  });
}
