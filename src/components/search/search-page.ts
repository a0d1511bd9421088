/**
 * The search page in the browser: reads the state from the address bar, asks Pagefind (its JS API,
 * loaded on first use from /pagefind/), and renders results and filters with DOM calls only.
 */
import { normalizeQuery, relaxedQuery } from '../../lib/search/query.ts';
import {
  dropUnknownFilterValues,
  hasFilters,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../../lib/search/url-state.ts';
import { readableExcerpt } from '../../lib/search/excerpt.ts';
import { FILTER_NAMES, type FilterName } from '../../lib/search/filters.ts';
import { wasmUsable } from '../../lib/search/wasm.ts';
import { HIGHLIGHT_PARAM } from './shortcuts.ts';

/** The part of Pagefind's JS API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's plain text, for the start of the excerpt's sentence. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const TYPE_FILTER: FilterName = '类型';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** `2024-03-01` → `2024年3月1日` (dates come from the index as ISO calendar dates). */
function chineseDate(iso: string | undefined): string | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : undefined;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  // Tells the head script that this script runs; the page then shows a reason whenever search cannot start.
  root.dataset.searchReady = '';
  const unavailable = (reason: 'wasm' | 'failed') => {
    root.dataset.searchUnavailable ??= reason;
  };
  const isUnavailable = () => root.dataset.searchUnavailable !== undefined;
  if (!wasmUsable()) {
    unavailable('wasm');
    return;
  }
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const pane = required<HTMLDetailsElement>(form, '[data-search-filters]');
  const groups = required<HTMLElement>(pane, '[data-search-filter-groups]');
  const clear = required<HTMLButtonElement>(pane, '[data-search-clear]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const notice = required<HTMLElement>(root, '[data-search-notice]');
  const help = required<HTMLElement>(root, '[data-search-help]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');

  let state: SearchState = { q: '', sort: 'relevance', filters: {} };
  let knownFilters: Record<string, Record<string, number>> | undefined;
  let pending: PagefindResult[] = [];
  let generation = 0;
  let pagefind: Promise<PagefindApi> | undefined;

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

  function renderFilterGroups(counts: Record<string, Record<string, number>>) {
    const known = knownFilters ?? {};
    groups.replaceChildren();
    for (const name of FILTER_NAMES) {
      const values = Object.keys(known[name] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      if (values.length === 0) continue;
      const fieldset = el('fieldset');
      fieldset.append(el('legend', undefined, name));
      const ul = el('ul');
      for (const value of values) {
        const li = el('li');
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.checked = (state.filters[name] ?? []).includes(value);
        label.append(box, say('search.filters.option', { value, count: counts[name]?.[value] ?? 0 }));
        li.append(label);
        ul.append(li);
      }
      fieldset.append(ul);
      groups.append(fieldset);
    }
    clear.hidden = !hasFilters(state);
  }

  /** Loads the filter lists (only when the pane is opened or the address asks for filters). */
  // Address parameters that were not understood; filter values the index does not know are added to the same
  // notice once the filter lists load, so the reader sees everything that was ignored, not only the last part.
  let ignoredInAddress: string[] = [];
  let filtersLoading: Promise<void> | undefined;
  const ensureFilters = () => (filtersLoading ??= loadFilters());
  async function loadFilters(): Promise<void> {
    groups.textContent = say('search.filters.loading');
    const pf = await loadPagefind();
    knownFilters = await pf.filters();
    const { state: kept, dropped } = dropUnknownFilterValues(state, knownFilters);
    if (dropped.length > 0) {
      state = kept;
      history.replaceState(null, '', `?${toSearchParams(state).toString()}`);
      setNotice(say('search.ignoredFilters', { list: [...ignoredInAddress, ...dropped].join('、') }));
    }
    renderFilterGroups(knownFilters);
  }

  function showHelp(show: boolean) {
    help.hidden = !show;
  }

  async function renderMore() {
    const batch = pending.splice(0, PAGE_SIZE);
    const token = generation;
    const items = await Promise.all(batch.map((result) => result.data()));
    if (token !== generation) return;
    for (const data of items) list.append(renderResult(data));
    more.hidden = pending.length === 0;
  }

  function renderResult(data: PagefindResultData): HTMLLIElement {
    const li = el('li');
    // Only covers (meta `thumb`, a small copy): Pagefind's automatic `image` is the first photo, full size.
    const image = data.meta.thumb;
    if (image) {
      const img = el('img');
      img.src = image;
      img.alt = '';
      img.loading = 'lazy';
      li.append(img);
    }
    const body = el('div');
    const meta = el('p', 'meta');
    const type = data.filters[TYPE_FILTER]?.[0];
    if (type) meta.append(el('span', 'badge', type), ' ');
    const facts = [data.meta.number, chineseDate(data.meta.date)].filter(Boolean).join(' · ');
    if (facts) meta.append(facts);
    const heading = el('h2');
    const link = el('a', undefined, data.meta.title ?? data.url);
    link.href = data.url;
    heading.append(link);
    const excerpt = el('p', 'search__excerpt');
    const parts = readableExcerpt(data.excerpt, data.content);
    if (parts.length > 0) {
      for (const part of parts) excerpt.append(part.mark ? el('mark', undefined, part.text) : part.text);
    } else {
      excerpt.textContent = data.meta.summary ?? '';
    }
    body.append(meta, heading, excerpt);
    li.append(body);
    return li;
  }

  function syncControls() {
    input.value = state.q;
    sort.value = state.sort === 'date' ? 'date' : '';
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (state.filters[box.name as FilterName] ?? []).includes(box.value);
    }
    clear.hidden = !hasFilters(state);
  }

  async function run() {
    const token = ++generation;
    const query = normalizeQuery(state.q);
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    showHelp(false);
    if (!query.term && !hasFilters(state)) {
      const punctuationOnly = query.display.length > 0;
      status.textContent = say(punctuationOnly ? 'search.empty.punctuation' : 'search.status.idle');
      showHelp(punctuationOnly);
      return;
    }
    status.textContent = say('search.status.loading');
    try {
      const pf = await loadPagefind();
      if (hasFilters(state)) await ensureFilters();
      const options: PagefindSearchOptions = {
        filters: pagefindFilters(state),
        ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}),
      };
      const term = query.term || null;
      // No debounce: a warm search takes a few milliseconds, and `generation` drops answers overtaken by newer input.
      let response = await pf.search(term, options);
      if (token !== generation || !response) return;
      let relaxed = false;
      const loose = term ? relaxedQuery(term) : undefined;
      if (response.results.length === 0 && loose) {
        const second = await pf.search(loose, options);
        if (token !== generation || !second) return;
        response = second;
        relaxed = second.results.length > 0;
      }
      if (knownFilters) renderFilterGroups(response.filters);
      const n = response.results.length;
      if (n === 0) {
        status.textContent = hasFilters(state)
          ? `${say('search.empty', { q: query.display })}${say('search.empty.filters')}`
          : say('search.empty', { q: query.display });
        showHelp(true);
        return;
      }
      pending = [...response.results];
      await renderMore();
      if (token !== generation) return;
      // Announced once the first results are on the page, so the count and the list agree.
      status.textContent = relaxed
        ? say('search.status.relaxed', { n })
        : say(hasFilters(state) ? 'search.status.countFiltered' : 'search.status.count', { n });
    } catch (error) {
      if (token !== generation) return;
      console.error(error);
      status.textContent = say('search.error');
      // When search cannot start at all, the notice above already carries the browse links.
      showHelp(!isUnavailable());
    }
  }

  function readForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name as FilterName] ??= []).push(box.value);
    }
    // Filters from the address that the pane has not rendered yet stay chosen.
    return {
      q: input.value,
      sort: sort.value === 'date' ? 'date' : 'relevance',
      filters: knownFilters ? filters : state.filters,
    };
  }

  function commit(push: boolean) {
    state = readForm();
    const query = toSearchParams(state).toString();
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
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
    setNotice(
      parsed.ignored.length > 0 ? say('search.ignoredFilters', { list: parsed.ignored.join('、') }) : undefined,
    );
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
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
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
