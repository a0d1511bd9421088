/**
 * The facts under a detail page: when its content last changed and where to edit it. The file is found
 * from collection and id (content/<folder>/<id>.md or .mdx); dates come from git once per build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { CalendarDate } from '../lib/dates.ts';
import { gitDates } from './git-dates.ts';

export interface PageMetaFacts {
  /** Calendar date of the last change, if known. */
  updated?: CalendarDate;
  /** Address of the file in the repository's web editor, if `editBaseUrl` is set. */
  editUrl?: string;
}

/** `content/lectures/01-keji.mdx` appended to the configured prefix; undefined when the prefix is empty. */
export function editUrl(editBaseUrl: string, contentPath: string): string | undefined {
  const base = editBaseUrl.trim();
  if (!base) return undefined;
  const encoded = contentPath.split('/').map(encodeURIComponent).join('/');
  return `${base.endsWith('/') ? base : `${base}/`}content/${encoded}`;
}

/** The entry's file, relative to the content folder (forward slashes), or undefined if not found. */
export function contentFileOf(content: string, collection: CollectionName, id: string): string | undefined {
  for (const ext of ['.mdx', '.md']) {
    const relative = `${COLLECTIONS[collection].folder}/${id}${ext}`;
    if (existsSync(path.join(content, relative))) return relative;
  }
  return undefined;
}

export function pageMetaFacts(options: {
  content: string;
  collection: CollectionName;
  id: string;
  /** The entry's `updated` field: wins over git. */
  updated?: CalendarDate | undefined;
  editBaseUrl: string;
  dates?: Map<string, CalendarDate> | undefined;
}): PageMetaFacts {
  const file = contentFileOf(options.content, options.collection, options.id);
  const dates = options.dates ?? gitDates(options.content);
  const updated = options.updated ?? (file ? dates.get(file) : undefined);
  const url = file ? editUrl(options.editBaseUrl, file) : undefined;
  return { ...(updated ? { updated } : {}), ...(url ? { editUrl: url } : {}) };
}
