/**
 * Content the site would silently not show: a content/pages file it has no address for, or a field it no longer
 * reads. Both are errors that say what to write instead.
 */
import { PAGE_IDS } from '../schemas/page.ts';
import type { ContentEntry, Problem } from './check.ts';

export function unpublishedPageProblems(entries: readonly ContentEntry[]): Problem[] {
  return entries
    .filter((entry) => entry.collection === 'pages' && !PAGE_IDS.includes(entry.id))
    .map((entry) => ({
      severity: 'error' as const,
      rule: 'unknown-page',
      file: entry.file,
      found: entry.id,
      message: `本站只发布这几个页面：${PAGE_IDS.map((id) => `${id}.md`).join('、')}；「${entry.id}」没有对应的网址，写了也不会显示。请把内容并入其中一个页面，或改成这几个文件名之一。`,
      expected: PAGE_IDS.join(' / '),
      example: `${PAGE_IDS[0]}.md`,
    }));
}

/** Fields older files may still carry, with what replaced them. */
export const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  status:
    '状态现在按每一册登记。请删掉 status，改写借出和遗失的册数：lent（借出几册）、lost（遗失几册），其余的算在架。例如两册借出一册：copies: 2 和 lent: 1。',
};
