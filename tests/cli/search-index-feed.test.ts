/**
 * The search index built while Astro renders (src/io/search/build-index.ts, SearchIndexFeed): Pagefind numbers
 * pages in the order they arrive, so pages rendered in parallel (build.concurrency > 1) are sorted by URL first
 * and the index is byte-identical whatever order they came in; in one fixed order it is identical anyway.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndexFeed } from '../../src/io/search/build-index.ts';
import { diffTrees, hashTree } from '../gates/reproducible.ts';

const page = (title: string, body: string, type: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main>` +
  `<article data-pagefind-body data-pagefind-filter="类型:${type}"><h1 data-pagefind-meta="title">${title}</h1>` +
  `<p>${body}</p></article></main></body></html>`;

const PAGES: [string, string][] = [
  ['/books/9787020002207/', page('红楼梦', '曹雪芹著，人民文学出版社出版。', '图书')],
  ['/lectures/1/', page('创新驱动发展', '初心讲坛开讲第一课，谈乡村振兴与园区制造业。', '讲坛')],
  ['/meetings/2/', page('共读《平凡的世界》', '南江读书会第二期，成员分享读后感。', '读书会')],
  ['/people/cao-xueqin/', page('曹雪芹', '清代小说家。', '人物')],
  ['/about/', '<!doctype html><html lang="zh-CN"><body><main><p>不收录的页面</p></main></body></html>'],
];

async function build(order: [string, string][], sortByUrl: boolean): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'index-feed-'));
  const feed = new SearchIndexFeed([['红楼梦', '石头记']], { sortByUrl });
  for (const [url, html] of order) feed.add(url, html);
  const report = await feed.finish(out);
  expect(report.pages).toBe(4);
  expect(report.withSynonyms).toBe(1);
  return path.join(out, 'pagefind');
}

describe('search index fed page by page', () => {
  it('is byte-identical for pages that arrive in any order when sorted by URL', async () => {
    const first = await build(PAGES, true);
    const second = await build([...PAGES].reverse(), true);
    expect([...hashTree(first).keys()].filter((file) => file.startsWith('fragment/'))).toHaveLength(4);
    expect(diffTrees(first, second)).toEqual([]);
  });

  it('is byte-identical for pages that arrive in the same order', async () => {
    const order = [PAGES[2]!, PAGES[0]!, PAGES[4]!, PAGES[3]!, PAGES[1]!];
    expect(diffTrees(await build(order, false), await build(order, false))).toEqual([]);
  });
});
