/** content/pages holds only the pages the site has a place for: any other file would be silently unpublished. */
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
