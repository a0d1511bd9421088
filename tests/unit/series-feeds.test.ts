import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { getRssString } from '@astrojs/rss';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { sessionItems } from '../../src/components/series/feeds.ts';
import { LECTURES, MEETINGS } from '../../src/lib/series/series.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

const SITE = 'https://fixture.example.cn/';
const catalog = buildCatalog(loadFixture());

describe('RSS feeds of the series', () => {
  it('lecture feed parses with rss-parser and lists every session with its page, time and themes', async () => {
    const xml = await getRssString({
      title: '初心讲坛',
      description: 'd',
      site: SITE,
      items: sessionItems(LECTURES, catalog, SITE),
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://fixture.example.cn/lectures/3/',
      'https://fixture.example.cn/lectures/2/',
      'https://fixture.example.cn/lectures/1/',
    ]);
    const first = feed.items.find((i) => i.link?.endsWith('/1/'))!;
    expect(first.title).toBe('第1期 以科技创新引领产业升级');
    // 14:30 China time.
    expect(new Date(first.pubDate!).toISOString()).toBe('2024-04-12T06:30:00.000Z');
    expect(first.categories).toEqual(['科技创新', '党的理论']);
    expect(first.content).toContain('王芳');
  });

  it('meeting feed names the lead readers and the format', async () => {
    const xml = await getRssString({
      title: '南江读书会',
      description: 'd',
      site: SITE,
      items: sessionItems(MEETINGS, catalog, SITE),
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.items).toHaveLength(2);
    const second = feed.items.find((i) => i.link === 'https://fixture.example.cn/meetings/2/')!;
    expect(second.content).toContain('领读人：曾立、李娜');
    expect(second.categories).toEqual(['线下']);
    expect(new Date(second.pubDate!).toISOString()).toBe('2020-06-20T11:00:00.000Z');
  });
});
