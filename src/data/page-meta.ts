/**
 * The facts under every detail page (最后更新, 编辑此页), which read the working directory, site.json and git:
 * here, at the data edge, for the page models of src/data/routes/, not in a component.
 */
import type { CollectionName } from '../schemas/index.ts';
import type { CalendarDate } from '../lib/dates.ts';
import { pageMetaFacts, type PageMetaFacts } from '../io/page-meta.ts';
import { contentDir, siteConfig } from '../io/site-config.ts';

/** 最后更新 and 编辑此页 for an entry: its `updated` field, else git; the edit link when site.json sets one. */
export function pageMetaOf(
  collection: CollectionName,
  entry: { id: string; data: { updated?: CalendarDate | undefined } },
): PageMetaFacts {
  const { editBaseUrl } = siteConfig();
  return pageMetaFacts({
    content: contentDir(process.cwd()),
    collection,
    id: entry.id,
    updated: entry.data.updated,
    editBaseUrl,
  });
}
