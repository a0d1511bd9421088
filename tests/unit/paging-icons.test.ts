/** Page links for long lists, and the icon set drawn from the one SVG (issue "Every page right", point 8). */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { PaginateFunction } from 'astro';
import { groupStartPages, listPage, PAGE_SIZE, pageLinks, pagePath, paginateGroups } from '../../src/lib/paging.ts';
import { faviconIco, ICO_SIZES, iconPng, icoFromPngs, webManifest } from '../../src/io/icons.ts';

describe('paging', () => {
  it('keeps page 1 at the list address and puts page n under it', () => {
    expect(pagePath('/library/notes/', 1)).toBe('/library/notes/');
    expect(pagePath('/library/notes/', 3)).toBe('/library/notes/3/');
    expect(pagePath('/meetings/', 2, 'page')).toBe('/meetings/page/2/');
  });

  it('links first, last and the neighbours of the current page, with gaps', () => {
    const show = (current: number, last: number) =>
      pageLinks(current, last).map((l) => (l.page === undefined ? '…' : l.current ? `[${l.page}]` : String(l.page)));
    expect(show(1, 1)).toEqual(['[1]']);
    expect(show(1, 5)).toEqual(['[1]', '2', '…', '5']);
    expect(show(50, 100)).toEqual(['1', '…', '49', '[50]', '51', '…', '100']);
    expect(show(100, 100)).toEqual(['1', '…', '99', '[100]']);
    expect(show(2, 3)).toEqual(['1', '[2]', '3']);
  });

  it('turns a page of a paged list into what the page shows: items, total, position and links', () => {
    const model = listPage('/library/years/2019/', { data: ['b', 'c'], total: 102, currentPage: 2, lastPage: 3 });
    expect(model).toMatchObject({ items: ['b', 'c'], total: 102, current: 2, last: 3 });
    expect(model.pager.hrefs).toEqual({
      1: '/library/years/2019/',
      2: '/library/years/2019/2/',
      3: '/library/years/2019/3/',
    });
    expect(model.pager.links.find((l) => l.current)?.page).toBe(2);
  });

  it('paginates every group at its own address, the group as a prop, a group page at a time', () => {
    const calls: unknown[] = [];
    const paginate = ((data: readonly unknown[], options: object) => {
      calls.push({ size: data.length, ...options });
      return [{ params: { page: undefined }, props: {} }];
    }) as unknown as PaginateFunction;
    const groups = [
      { slug: 'a', books: [1, 2, 3] },
      { slug: 'b', books: [] },
    ];
    const paths = paginateGroups(
      paginate,
      groups,
      (g) => g.books,
      (g) => ({ slug: g.slug }),
    );
    expect(paths).toHaveLength(2);
    expect(calls).toEqual([
      { size: 3, pageSize: PAGE_SIZE.groups, params: { slug: 'a' }, props: { group: groups[0] } },
      { size: 0, pageSize: PAGE_SIZE.groups, params: { slug: 'b' }, props: { group: groups[1] } },
    ]);
  });

  it('finds the page each group starts on', () => {
    const starts = groupStartPages(
      [
        { key: 'A', count: 150 },
        { key: 'B', count: 0 },
        { key: 'C', count: 50 },
        { key: 'D', count: 1 },
      ],
      100,
    );
    expect([...starts]).toEqual([
      ['A', 1],
      ['C', 2],
      ['D', 3],
    ]);
  });
});

describe('icons', () => {
  it('writes an ICO whose directory points at decodable PNGs of 16, 32 and 48 px', async () => {
    const ico = await faviconIco();
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length);
    for (let i = 0; i < ICO_SIZES.length; i++) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const meta = await sharp(ico.subarray(offset, offset + size)).metadata();
      expect([meta.format, meta.width, meta.height, ico.readUInt8(entry)]).toEqual([
        'png',
        ICO_SIZES[i],
        ICO_SIZES[i],
        ICO_SIZES[i],
      ]);
    }
    expect(icoFromPngs([{ size: 256, png: Buffer.from('x') }]).readUInt8(6)).toBe(0); // 0 means 256
  });

  it('draws opaque icons for home screens', async () => {
    const png = await iconPng(180, true);
    const { width, height, hasAlpha } = await sharp(png).metadata();
    expect({ width, height, hasAlpha }).toEqual({ width: 180, height: 180, hasAlpha: false });
  });

  it('describes the site in a zh-CN manifest with paths under the base path', () => {
    const manifest = webManifest({ name: '站名', shortName: '短名', description: '说明' }, (p) => `/djjy${p}`);
    expect(manifest).toMatchObject({ lang: 'zh-CN', name: '站名', short_name: '短名', start_url: '/djjy/' });
    const icons = manifest.icons as { src: string; sizes: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    expect(icons.every((i) => i.src.startsWith('/djjy/'))).toBe(true);
  });
});
