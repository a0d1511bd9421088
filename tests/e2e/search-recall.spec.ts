/**
 * Search recall over the bundled starter content, through the real search page and the built index:
 * each query must bring its expected page into the first five results. Prints the recall figure.
 * The table covers every kind of query the issue asks for (mid-word Chinese, ISBN, 第N期, Latin,
 * pinyin and initials, synonyms both ways), and titles and names of the content typed in traditional characters or
 * with a same-sound slip (derived from content/ by tests/support/search-queries.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import { ContentFacts } from '../support/content-facts.ts';
import { homophoneQueries, traditionalQueries } from '../support/search-queries.ts';

const content = new ContentFacts();

type Kind = '中文词' | 'ISBN' | '期数' | '拉丁文/数字' | '拼音' | '首字母' | '同义词' | '繁体' | '同音字';
interface Pair {
  kind: Kind;
  query: string;
  /**
   * The page that must be among the first five; or, for a brand name that every page of a series carries
   * (初心讲坛 on every lecture), `every` series: then every result is a page of that series and there is one
   * result per session in content/, no more and no fewer.
   */
  expected: string | { every: 'lectures' | 'meetings' };
}

const PAIRS: Pair[] = [
  // Two-character words in the middle of a sentence or title.
  { kind: '中文词', query: '振兴', expected: '/meetings/23/' }, // 读懂乡村振兴
  { kind: '中文词', query: '初心', expected: '/lectures/4/' }, // 读懂共产党人的初心
  // 的 between words is left out of the query (src/lib/search/query.ts): 平凡 世界, 共产党人 初心.
  { kind: '中文词', query: '平凡的世界', expected: '/meetings/4/' },
  { kind: '中文词', query: '共产党人的初心', expected: '/lectures/4/' },
  { kind: '中文词', query: '读书', expected: '/meetings/7/' }, // 读书 five times there, mid-word in 读书会
  { kind: '中文词', query: '睡前读书', expected: '/people/he-xiaoqiang/' },
  { kind: '中文词', query: '党建', expected: '/people/tang-jianguo/' }, // 党建办 in his title
  { kind: '中文词', query: '保卫战', expected: '/lectures/8/' },
  { kind: '中文词', query: '低碳', expected: '/lectures/7/' },
  { kind: '中文词', query: '知青', expected: '/books/9787020083442/' }, // 当年作为知青到陕北插队
  { kind: '中文词', query: '集约', expected: '/lectures/2/' },
  { kind: '中文词', query: '企业家精神', expected: '/meetings/10/' },
  { kind: '中文词', query: '地方政府', expected: '/books/9787208171336/' }, // 从地方政府的角度讲中国经济
  { kind: '中文词', query: '费孝通', expected: '/books/9787301174821/' },
  { kind: '中文词', query: '一卷', expected: '/meetings/16/' }, // 第一卷: found by the relaxed query
  // ISBN with and without hyphens, ISBN-10.
  { kind: 'ISBN', query: '9787020002207', expected: '/books/9787020002207/' },
  { kind: 'ISBN', query: '978-7-02-000220-7', expected: '/books/9787020002207/' },
  { kind: 'ISBN', query: '7-02-000220-X', expected: '/books/9787020002207/' },
  { kind: 'ISBN', query: '702000220x', expected: '/books/9787020002207/' },
  { kind: 'ISBN', query: '978-7-115-42802-8', expected: '/books/9787115428028/' },
  { kind: 'ISBN', query: '9787536692930', expected: '/books/9787536692930/' },
  { kind: 'ISBN', query: '7-5366-9293-5', expected: '/books/9787536692930/' },
  // Sessions.
  { kind: '期数', query: '第10期', expected: '/lectures/10/' },
  { kind: '期数', query: '10期', expected: '/meetings/10/' },
  { kind: '期数', query: '第3期', expected: '/lectures/3/' },
  { kind: '期数', query: '29期', expected: '/meetings/29/' },
  { kind: '期数', query: '初心讲坛第5期', expected: '/lectures/5/' },
  // Latin names and numbers in titles.
  { kind: '拉丁文/数字', query: 'Python', expected: '/books/9787115428028/' },
  { kind: '拉丁文/数字', query: '2025', expected: '/meetings/25/' }, // 看中国制造2025的新机遇
  { kind: '拉丁文/数字', query: 'Harari', expected: '/books/9787508647357/' },
  { kind: '拉丁文/数字', query: 'Eric Matthes', expected: '/books/9787115428028/' },
  // Full pinyin of titles, authors, speakers and people.
  { kind: '拼音', query: 'chuxin', expected: '/lectures/4/' }, // 初心 in its title
  { kind: '拼音', query: 'hongloumeng', expected: '/books/9787020002207/' },
  { kind: '拼音', query: 'xiangtuzhongguo', expected: '/books/9787301174821/' },
  { kind: '拼音', query: 'baoweizhan', expected: '/lectures/8/' },
  { kind: '拼音', query: 'caoxueqin', expected: '/books/9787020002207/' },
  { kind: '拼音', query: 'cao xueqin', expected: '/books/9787020002207/' },
  { kind: '拼音', query: 'feixiaotong', expected: '/books/9787301174821/' },
  { kind: '拼音', query: 'zengqingyuan', expected: '/people/zeng-qingyuan/' },
  { kind: '拼音', query: 'yuechenghui', expected: '/people/yue-chenghui/' }, // 乐 read yue as a surname
  { kind: '拼音', query: 'shanwenjing', expected: '/people/shan-wenjing/' }, // 单 read shan
  // Initials.
  { kind: '首字母', query: 'cxjt', expected: { every: 'lectures' } }, // 初心讲坛
  { kind: '首字母', query: 'njdsh', expected: { every: 'meetings' } }, // 南江读书会
  { kind: '首字母', query: 'xzm', expected: '/people/xie-zhiming/' },
  { kind: '首字母', query: 'hlm', expected: '/books/9787020002207/' },
  // Synonyms from content/data/synonyms.yaml, both ways.
  { kind: '同义词', query: '毛选', expected: '/books/9787010009148/' },
  { kind: '同义词', query: '双碳', expected: '/lectures/7/' },
  { kind: '同义词', query: '碳达峰碳中和', expected: '/lectures/7/' },
  { kind: '同义词', query: '非公有制企业党建', expected: '/lectures/4/' }, // the page says 非公企业党建
  { kind: '同义词', query: '学党史', expected: '/meetings/13/' }, // the page says 党史学习教育
  { kind: '同义词', query: '中国共产党第二十次全国代表大会', expected: '/meetings/29/' }, // says 党的二十大
  // Titles and names of the content in traditional characters, and with one same-sound slip (issue 24).
  ...traditionalQueries(content).map(({ query, expected }) => ({ kind: '繁体' as const, query, expected })),
  ...homophoneQueries(content).map(({ query, expected }) => ({ kind: '同音字' as const, query, expected })),
];

async function topFive(page: Page, query: string): Promise<{ top: string[]; total: number }> {
  await page.goto(`./search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/找到|没有/, { timeout: 15_000 });
  const total = Number(/找到 (\d+) 条/.exec(await status.innerText())?.[1] ?? 0);
  const hrefs = await page
    .locator('[data-search-results] > li h2 a')
    .evaluateAll((links) => links.slice(0, 5).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const base = new URL(page.url()).pathname.replace(/search\/$/, '');
  return { top: hrefs.map((href) => `/${href.slice(base.length)}`), total };
}

/** Whether the results meet the pair's expectation. */
function meets(expected: Pair['expected'], top: string[], total: number): boolean {
  if (typeof expected === 'string') return top.includes(expected);
  const sessions = content[expected.every].length;
  const ofSeries = new RegExp(`^/${expected.every}/\\d+/$`);
  return total === sessions && top.length === Math.min(5, sessions) && top.every((p) => ofSeries.test(p));
}

test('recall: every expected page is among the first five results', async ({ page }) => {
  test.setTimeout(180_000);
  expect(PAIRS.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  const byKind = new Map<Kind, { found: number; total: number }>();
  for (const pair of PAIRS) {
    const { top, total } = await topFive(page, pair.query);
    const found = meets(pair.expected, top, total);
    const tally = byKind.get(pair.kind) ?? { found: 0, total: 0 };
    tally.total++;
    if (found) tally.found++;
    else
      misses.push(
        `${pair.kind}「${pair.query}」→ ${JSON.stringify(pair.expected)}；共 ${total} 条，前五：${top.join(' ') || '（无结果）'}`,
      );
    byKind.set(pair.kind, tally);
  }
  const found = PAIRS.length - misses.length;
  const lines = [...byKind].map(([kind, t]) => `  ${kind}: ${t.found}/${t.total}`);
  console.log(
    `search recall@5: ${found}/${PAIRS.length} = ${((100 * found) / PAIRS.length).toFixed(1)}%\n${lines.join('\n')}`,
  );
  expect(misses, misses.join('\n')).toEqual([]);
});
