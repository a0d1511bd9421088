/**
 * The search filters (类型, 主题, 中图法分类, 年份, 形式, 状态): their names, order, and how values are
 * emitted by the detail pages. Shared by the components that tag pages and the search page that reads them.
 */
import type { EventFormat } from '../../schemas/fields.ts';

/** Filter names as Pagefind stores them and as they appear in the URL (?类型=图书). */
export const FILTER_NAMES = ['类型', '主题', '中图法分类', '年份', '形式', '状态'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The 类型 filter's values: what kind of page a result is (Base.astro tags each indexed page with one). */
export const SEARCH_TYPES = { lectures: '讲坛', meetings: '读书会', books: '图书', people: '人物' } as const;
export type SearchType = (typeof SEARCH_TYPES)[keyof typeof SEARCH_TYPES];

export function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}

/** 线上线下 counts as both 线上 and 线下, so either choice finds a hybrid session. */
export function formatFilterValues(format: EventFormat): string[] {
  return format === '线上线下' ? ['线上', '线下'] : [format];
}
