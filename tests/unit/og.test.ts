import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cardLayout, wrapTitle, OG_HEIGHT, OG_WIDTH, type OgCard } from '../../src/io/og/card.ts';
import { IndexedCanvas, indexedPng } from '../../src/lib/og/png.ts';
import { renderCard, RENDER_VERSION } from '../../src/io/og/render.ts';
import { ogImagePath, ogParam, ogSubjects, OG_ENTRY_LIMIT } from '../../src/lib/og/pages.ts';
import { ogCards } from '../../src/components/site/og-cards.ts';
import { qrPath } from '../../src/lib/og/qr.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

const card = (title: string): OgCard => ({
  kicker: '初心讲坛 · 第11期',
  title,
  detail: '2026年12月18日',
  site: '白沙洲工业园区党建教育',
});

describe('Open Graph card text', () => {
  it('wraps long Chinese titles into balanced lines, at most three, with an ellipsis', () => {
    expect(wrapTitle('数字化车间与园区制造业新赛道')).toEqual(['数字化车间与园区制造业新赛道']);
    expect(wrapTitle('《习近平的七年知青岁月》里的为民情怀')).toEqual(['《习近平的七年知青', '岁月》里的为民情怀']);
    const long = wrapTitle('一二三四五六七八九十'.repeat(8));
    expect(long).toHaveLength(3);
    expect(long[2]!.endsWith('…')).toBe(true);
  });

  it('never splits a Latin word or number across lines', () => {
    const lines = wrapTitle('园区党建工作与数字化转型 Python 3.12 实践经验分享会');
    expect(lines.join(' ')).toContain('Python');
    expect(lines.some((l) => l.includes('3.12'))).toBe(true);
  });

  it('lays text out as glyph numbers and positions, so no editor text reaches a renderer and no system font is needed', async () => {
    const layout = await cardLayout(card('<script>alert(1)</script> 初心'));
    const drawn = JSON.stringify(layout.texts.map((text) => text.glyphs.map((g) => [g.id, g.x, g.y, g.scale])));
    expect(drawn).toMatch(/^[\d.,[\]-]+$/);
    // Kicker in red, the title's lines (two here) in ink, detail and site in grey.
    expect(layout.texts.map((text) => text.colour)).toEqual(['#a31f1a', '#1f1a17', '#1f1a17', '#5b524c', '#5b524c']);
  });

  it('moves RENDER_VERSION with the drawing, since the cache key holds the card text, not the picture', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'og-version-'));
    const png = await renderCard(card('初心讲坛：以科技创新引领产业升级 Python 3.12'), cache);
    // Failing after a deliberate change to the drawing (card.ts, text-path.ts, glyph-masks.ts, raster.ts, png.ts,
    // fonts) or after a sharp/librsvg upgrade? Bump RENDER_VERSION in src/io/og/render.ts when the drawing code
    // changed, so cached cards are redrawn, then record the new pair here.
    expect([RENDER_VERSION, createHash('sha256').update(png).digest('hex').slice(0, 16)]).toEqual([
      '4',
      'c7d5a54db055effc',
    ]);
  });
});

describe('palette PNG', () => {
  it('decodes to the palette colours at each pixel', async () => {
    const palette = [
      [251, 248, 243],
      [163, 31, 26],
      [31, 26, 23],
    ] as const;
    const canvas = new IndexedCanvas(5, 3);
    const indices = Array.from({ length: 5 * 3 }, (_, i) => i % 3);
    indices.forEach((index, i) => canvas.fillRow(index, i % 5, Math.floor(i / 5), 1));
    const png = await indexedPng(canvas, palette);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([5, 3, 3]);
    expect([...data]).toEqual([...indices].flatMap((i) => palette[i]!));
  });

  it('refuses a palette PNG could not hold', async () => {
    await expect(indexedPng(new IndexedCanvas(2, 2), [])).rejects.toThrow(RangeError);
    const tooMany = Array.from({ length: 257 }, () => [0, 0, 0] as const);
    await expect(indexedPng(new IndexedCanvas(2, 2), tooMany)).rejects.toThrow(RangeError);
  });
});

describe('Open Graph PNG', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'og-test-'));

  it('renders a 1200×630 PNG with real Chinese glyphs, and caches it', async () => {
    const png = await renderCard(card('初心讲坛：以科技创新引领产业升级'), cache);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(png.length).toBeGreaterThan(10_000);
    // Non-trivial: ink on paper, not a flat colour.
    const { channels } = await sharp(png).stats();
    expect(channels[0]!.stdev).toBeGreaterThan(20);
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(1);
    const again = await renderCard(card('初心讲坛：以科技创新引领产业升级'), cache);
    expect(again.equals(png)).toBe(true);
  }, 30_000);

  it('draws different characters differently, with ink in the title (OCR in tests/cli/og-cards.test.ts tells glyphs from boxes)', async () => {
    const region = { left: 80, top: 250, width: 600, height: 120 };
    const pixels = async (title: string) =>
      sharp(await renderCard(card(title), cache))
        .extract(region)
        .raw()
        .toBuffer();
    const [a, b] = await Promise.all([pixels('初心讲坛'), pixels('南江读书')]);
    expect(a.equals(b)).toBe(false);
    // And the title region has ink in it.
    const { channels } = await sharp(await renderCard(card('初心讲坛'), cache))
      .extract(region)
      .stats();
    expect(channels[0]!.min).toBeLessThan(80);
  }, 30_000);

  it('survives hostile titles', async () => {
    const png = await renderCard(card('<b>&amp; "引号" \'单引号\' </svg>'), cache);
    expect((await sharp(png).metadata()).width).toBe(OG_WIDTH);
  }, 30_000);
});

describe('which pages get a card', () => {
  const catalog = buildCatalog(loadFixture());
  const cards = ogCards(ogSubjects(catalog), catalog);

  it('covers home, sections, lectures, meetings, books and people', () => {
    expect([...cards.keys()]).toEqual(
      expect.arrayContaining(['/', '/lectures/', '/meetings/', '/library/', '/stats/', '/lectures/1/', '/meetings/2/']),
    );
    expect(cards.get('/lectures/1/')!.title).toBe('以科技创新引领产业升级');
    expect(ogImagePath('/lectures/1/', cards)).toBe('/og/lectures/1.png');
    expect(ogImagePath('/books/9787020002207/', cards)).toBe('/og/books/9787020002207.png');
    expect(ogImagePath('/books/isbn/9787020002207/', cards)).toBe('/og/library.png');
    expect(ogImagePath('/lectures/themes/x/', cards)).toBe('/og/lectures.png');
    expect(ogImagePath('/people/li-na/', cards)).toBe('/og/people/li-na.png');
    expect(ogImagePath('/people/', cards)).toBe('/og/index.png');
    expect(ogImagePath('/', cards)).toBe('/og/index.png');
    expect(ogParam('/')).toBe('index');
    expect(ogParam('/lectures/1/')).toBe('lectures/1');
  });

  it('gives a book its title and authors, a person their name and role', () => {
    expect(cards.get('/books/9787010009148/')).toMatchObject({
      kicker: '共享图书馆',
      title: '共产党宣言',
      detail: '马克思、恩格斯 著 · 人民出版社',
    });
    expect(cards.get('/people/wang-fang/')).toMatchObject({
      kicker: '人物 · 专家教授',
      title: '王芳',
      detail: '市委党校教授 · 衡阳市委党校',
    });
    expect(cards.get('/people/li-na/')!.detail).toBeUndefined();
  });

  it('limits per-session cards to the newest sessions', () => {
    const input = loadFixture();
    const many = Array.from({ length: OG_ENTRY_LIMIT + 5 }, (_, i) => ({
      ...input.lectures[0]!,
      id: `l${i}`,
      data: { ...input.lectures[0]!.data, number: i + 1 },
    }));
    const big = ogSubjects(buildCatalog({ ...input, lectures: many }));
    expect(big.has(`/lectures/${OG_ENTRY_LIMIT + 5}/`)).toBe(true);
    expect(big.has('/lectures/1/')).toBe(false);
    expect(ogImagePath('/lectures/1/', big)).toBe('/og/lectures.png');
  });
});

describe('QR code', () => {
  it('is a path made of numbers only, whatever the address holds', () => {
    const qr = qrPath('https://example.cn/lectures/11/?a=<b>&c="d"');
    expect(qr.size).toBeGreaterThanOrEqual(21);
    expect(qr.d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it('changes with the address', () => {
    expect(qrPath('https://example.cn/lectures/1/').d).not.toBe(qrPath('https://example.cn/lectures/2/').d);
  });
});
