/**
 * The markup the search page's script adds, as plain data (tag, attributes, children) so that it is unit-tested
 * without a browser; ./dom.ts turns it into elements. Text always stays text: nothing here is parsed as HTML.
 * Their styles are in SearchPage.astro (`.search__results`, `.search__filters`).
 */
import type { FilterGroup } from '../../lib/search/form-state.ts';
import type { ResultView } from '../../lib/search/result-view.ts';
import type { Say } from './strings.ts';

export interface ElementData {
  tag: keyof HTMLElementTagNameMap;
  /** Attributes; `true` sets an empty one (a boolean attribute such as `checked`). */
  attrs: Record<string, string | true>;
  children: NodeData[];
}
export type NodeData = ElementData | string;

function h(tag: ElementData['tag'], attrs: ElementData['attrs'] = {}, ...children: NodeData[]): ElementData {
  return { tag, attrs, children };
}

/** One result: thumbnail, then the type badge and facts line, the title link, the excerpt. */
export function resultItem(view: ResultView): ElementData {
  const meta = h('p', { class: 'meta' });
  if (view.type) meta.children.push(h('span', { class: 'badge' }, view.type), ' ');
  if (view.facts) meta.children.push(view.facts);
  const excerpt = view.excerpt.map((part) => (part.mark ? h('mark', undefined, part.text) : part.text));
  return h(
    'li',
    undefined,
    ...(view.thumb ? [h('img', { src: view.thumb, alt: '', loading: 'lazy' })] : []),
    h(
      'div',
      undefined,
      meta,
      h('h2', undefined, h('a', { href: view.href }, view.title)),
      h('p', { class: 'search__excerpt' }, ...excerpt),
    ),
  );
}

/** One fieldset per filter, a checkbox per value labelled with its count: `图书（12）`. */
export function filterFieldsets(groups: readonly FilterGroup[], say: Say): ElementData[] {
  return groups.map((group) =>
    h(
      'fieldset',
      undefined,
      h('legend', undefined, group.name),
      h(
        'ul',
        undefined,
        ...group.options.map((option) =>
          h(
            'li',
            undefined,
            h(
              'label',
              undefined,
              h('input', {
                type: 'checkbox',
                name: group.name,
                value: option.value,
                ...(option.checked ? { checked: true } : {}),
              }),
              say('search.filters.option', { value: option.value, count: option.count }),
            ),
          ),
        ),
      ),
    ),
  );
}
