/**
 * The search page in the browser: wires the page's elements to the pure pieces (state in ../../lib/search/,
 * markup data in ./view.ts, texts in ./messages.ts), loads Pagefind's JS API on first use from /pagefind/, and
 * keeps only what needs the DOM and the order of events here.
 */
import { addressFor, filterGroups, formValues, stateFromForm } from '../../lib/search/form-state.ts';
import type { FilterCounts, PagefindApi, PagefindResult, PagefindResultData } from '../../lib/search/pagefind-api.ts';
import { visibleText, type FindSpans } from '../../lib/search/excerpt.ts';
import { resultView } from '../../lib/search/result-view.ts';
import {
  answerOutcome,
  FEW_RESULTS,
  searchPlan,
  searchWithFallback,
  showsHelp,
  type SearchOutcome,
  type VariantTools,
} from '../../lib/search/search-plan.ts';
import {
  dropUnknownFilterValues,
  hasFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../../lib/search/url-state.ts';
import { matchSpans, traditionalTest } from '../../lib/search/query-match.ts';
import { Variants, type VariantTable } from '../../lib/search/variants.ts';
import { wasmUsable } from '../../lib/search/wasm.ts';
import { required, toNode } from './dom.ts';
import { ignoredNotice, statusText } from './messages.ts';
import { HIGHLIGHT_PARAM } from './shortcuts.ts';
import { sayFrom } from './strings.ts';
import { filterFieldsets, resultItem } from './view.ts';

const PAGE_SIZE = 10;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  // Tells the head script that this script runs; the page then shows a reason whenever search cannot start.
  root.dataset.searchReady = '';
  const unavailable = (reason: 'wasm' | 'failed') => {
    root.dataset.searchUnavailable ??= reason;
  };
  if (!wasmUsable()) {
    unavailable('wasm');
    return;
  }
  const say = sayFrom(root.dataset.strings);

  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const pane = required<HTMLDetailsElement>(form, '[data-search-filters]');
  const groups = required<HTMLElement>(pane, '[data-search-filter-groups]');
  const clear = required<HTMLButtonElement>(pane, '[data-search-clear]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const notice = required<HTMLElement>(root, '[data-search-notice]');
  const suggest = required<HTMLElement>(root, '[data-search-suggest]');
  const suggestLink = required<HTMLAnchorElement>(suggest, 'a');
  const help = required<HTMLElement>(root, '[data-search-help]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const boxes = (selector = '') => groups.querySelectorAll<HTMLInputElement>(`input[type="checkbox"]${selector}`);

  let state: SearchState = { q: '', sort: 'relevance', filters: {} };
  let knownFilters: FilterCounts | undefined;
  let pending: PagefindResult[] = [];
  let generation = 0;
  let pagefind: Promise<PagefindApi> | undefined;
  /** Finds the current query's words in a result's text, for its excerpt. */
  let find: FindSpans | undefined;

  // The variant table's two files, each fetched once and only when a query needs it (src/lib/search/variants.ts).
  const variantFiles = new Map<keyof VariantTable, Promise<Partial<VariantTable>>>();
  const variantFile = (part: keyof VariantTable) => {
    const file =
      variantFiles.get(part) ??
      fetch(`${root.dataset.variants ?? '/search/'}${part}.json`).then((r) => {
        if (!r.ok) throw new Error(`${part}.json: HTTP ${r.status}`);
        return r.json() as Promise<Partial<VariantTable>>;
      });
    variantFiles.set(part, file);
    file.catch(() => variantFiles.delete(part));
    return file;
  };
  const tools: VariantTools = {
    traditional: traditionalTest(root.dataset.traditional),
    async load(part) {
      await variantFile(part);
      const loaded = await Promise.all([...variantFiles.values()].map((file) => file.catch(() => ({}))));
      return new Variants(Object.assign({}, ...loaded) as Partial<VariantTable>);
    },
  };

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ root.dataset.pagefind ?? '/pagefind/pagefind.js')
      .then(async (api) => {
        const pf = api as PagefindApi;
        // Main thread: one script instead of two (the worker repeats the search code), and this index is small.
        await pf.options({ noWorker: true, highlightParam: HIGHLIGHT_PARAM, excerptLength: 36 });
        return pf;
      })
      .catch((error: unknown) => {
        unavailable('failed');
        throw error;
      }));

  function setNotice(text: string | undefined) {
    notice.hidden = !text;
    notice.textContent = text ?? '';
  }

  const show = (outcome: SearchOutcome) => {
    status.textContent = statusText(outcome, say);
    help.hidden = !showsHelp(outcome, root.dataset.searchUnavailable !== undefined);
  };

  function renderFilterGroups(counts: FilterCounts) {
    groups.replaceChildren(...filterFieldsets(filterGroups(knownFilters ?? {}, counts, state), say).map(toNode));
    clear.hidden = !hasFilters(state);
  }

  // Address parameters that were not understood; filter values the index does not know are added to the same
  // notice once the filter lists load, so the reader sees everything that was ignored, not only the last part.
  let ignoredInAddress: string[] = [];
  let filtersLoading: Promise<void> | undefined;
  /** Loads the filter lists (only when the pane is opened or the address asks for filters). */
  const ensureFilters = () => (filtersLoading ??= loadFilters());
  async function loadFilters(): Promise<void> {
    groups.textContent = say('search.filters.loading');
    const pf = await loadPagefind();
    knownFilters = await pf.filters();
    const { state: kept, dropped } = dropUnknownFilterValues(state, knownFilters);
    if (dropped.length > 0) {
      state = kept;
      history.replaceState(null, '', `?${toSearchParams(state).toString()}`);
      setNotice(ignoredNotice([...ignoredInAddress, ...dropped], say));
    }
    renderFilterGroups(knownFilters);
  }

  async function renderMore(): Promise<PagefindResultData[]> {
    const batch = pending.splice(0, PAGE_SIZE);
    const token = generation;
    const items = await Promise.all(batch.map((result) => result.data()));
    if (token !== generation) return [];
    list.append(...items.map((data) => toNode(resultItem(resultView(data, find)))));
    more.hidden = pending.length === 0;
    return items;
  }

  /** "您是不是要找：…" with the same-sound words of the first result found only by the pinyin form, if any. */
  function showSuggestion(display: string, first: PagefindResultData | undefined, variants: Variants | undefined) {
    const visible = first ? visibleText(first.content) : '';
    const suggestion = first && variants ? variants.suggestion(display, [first.meta.title ?? '', visible]) : undefined;
    suggest.hidden = !suggestion;
    if (!suggestion) return;
    suggestLink.textContent = suggestion;
    suggestLink.href = addressFor(location.pathname, { ...state, q: suggestion });
  }

  function syncControls() {
    const values = formValues(state);
    input.value = values.q;
    sort.value = values.sort;
    for (const box of boxes()) box.checked = values.isChecked(box.name, box.value);
    clear.hidden = !hasFilters(state);
  }

  async function run() {
    const token = ++generation;
    const current = () => token === generation;
    const plan = searchPlan(state);
    list.replaceChildren();
    more.hidden = true;
    suggest.hidden = true;
    pending = [];
    if (plan.kind === 'idle') return show(plan);
    show({ kind: 'loading' });
    try {
      const pf = await loadPagefind();
      if (plan.filtered) await ensureFilters();
      // No debounce: a warm search takes a few milliseconds, and `generation` drops answers overtaken by newer input.
      const answer = await searchWithFallback(pf, plan, current, tools);
      if (!answer) return;
      const term = answer.term ?? '';
      const { variants } = answer;
      find = term
        ? Object.assign((text: string) => matchSpans(text, term, variants), { words: /\p{Script=Han}{2}/u.test(term) })
        : undefined;
      if (knownFilters) renderFilterGroups(answer.response.filters);
      const outcome = answerOutcome(plan, answer);
      if (outcome.kind === 'empty') return show(outcome);
      pending = [...answer.response.results];
      const shown = await renderMore();
      if (current() && answer.exact < FEW_RESULTS && !answer.relaxed)
        showSuggestion(plan.display, shown[answer.exact], variants);
      // Announced once the first results are on the page, so the count and the list agree.
      if (current()) show(outcome);
    } catch (error) {
      if (!current()) return;
      console.error(error);
      show({ kind: 'error' });
    }
  }

  function commit(push: boolean) {
    const checked = [...boxes(':checked')].map((box) => [box.name, box.value] as const);
    state = stateFromForm({ q: input.value, sort: sort.value, checked }, state, knownFilters !== undefined);
    const next = addressFor(location.pathname, state);
    if (next !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', next);
      else history.replaceState(null, '', next);
    }
    void run();
  }

  function loadFromAddress() {
    const parsed = parseSearchParams(new URLSearchParams(location.search));
    state = { q: parsed.q, sort: parsed.sort, filters: parsed.filters };
    ignoredInAddress = parsed.ignored;
    setNotice(ignoredNotice(parsed.ignored, say));
    if (hasFilters(state)) pane.open = true;
    syncControls();
    void run();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(true);
  });
  // Typing refines the current entry; a new history entry is made when the reader submits or filters.
  input.addEventListener('input', () => commit(false));
  sort.addEventListener('change', () => commit(true));
  groups.addEventListener('change', () => commit(true));
  clear.addEventListener('click', () => {
    for (const box of boxes()) box.checked = false;
    commit(true);
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void renderMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  pane.addEventListener('toggle', () => {
    if (pane.open && !knownFilters) {
      void ensureFilters().then(() => {
        if (state.q || hasFilters(state)) void run();
      });
    }
  });
  window.addEventListener('popstate', loadFromAddress);
  loadFromAddress();
  // Warm up while the reader types the first word: the script and wasm are the bulk of the first query.
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
}
