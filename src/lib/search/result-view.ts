/**
 * What one search result shows, from Pagefind's data for the page: cover thumbnail, type badge, 第N期 and date,
 * title link, and the excerpt with the matched words marked (or the page's summary when the match was only in
 * the invisible index words).
 */
import { formatChineseDate } from '../dates.ts';
import { matchedExcerpt, readableExcerpt, type ExcerptPart, type FindSpans } from './excerpt.ts';
import type { FilterName } from './filters.ts';
import type { PagefindResultData } from './pagefind-api.ts';

const TYPE_FILTER: FilterName = '类型';

export interface ResultView {
  href: string;
  title: string;
  /** A small copy of the cover; never the first photo (Pagefind's automatic `image`), which is full size. */
  thumb?: string;
  /** 讲坛, 读书会, 图书, 人物 … from the 类型 filter. */
  type?: string;
  /** `第3期 · 2024年3月1日`, or the part of it the page has; empty when it has neither. */
  facts: string;
  /** The excerpt's pieces; [] when there is neither a visible match nor a summary. */
  excerpt: ExcerptPart[];
}

/** `2024年3月1日` for the index's ISO date (books carry it as text, sessions as a datetime attribute). */
function indexDate(iso: string | undefined): string | undefined {
  const day = iso ? /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] : undefined;
  return day ? formatChineseDate(day) : undefined;
}

/** `find` locates the query's words (as typed, converted or same-sound) so the excerpt shows them. */
export function resultView(data: PagefindResultData, find?: FindSpans): ResultView {
  const parts = find ? matchedExcerpt(data.excerpt, data.content, find) : readableExcerpt(data.excerpt, data.content);
  const summary = data.meta.summary;
  const type = data.filters[TYPE_FILTER]?.[0];
  return {
    href: data.url,
    title: data.meta.title ?? data.url,
    ...(data.meta.thumb ? { thumb: data.meta.thumb } : {}),
    ...(type ? { type } : {}),
    facts: [data.meta.number, indexDate(data.meta.date)].filter(Boolean).join(' · '),
    excerpt: parts.length > 0 ? parts : summary ? [{ text: summary, mark: false }] : [],
  };
}
