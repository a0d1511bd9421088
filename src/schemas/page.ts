import { z } from 'astro/zod';
import { sample, text } from './fields.ts';

/** The brands with an about page; `content/pages/about-<brand>.md` is published at /about/<brand>/. */
export const ABOUT_BRANDS = ['lectures', 'meetings', 'library'] as const;
export type AboutBrand = (typeof ABOUT_BRANDS)[number];
/** The file names (ids) the site publishes from content/pages: any other file there would never be shown. */
export const PAGE_IDS: readonly string[] = ABOUT_BRANDS.map((brand) => `about-${brand}`);

/** `content/pages/<id>.md`: a prose page such as a brand's story (关于初心讲坛). */
export const pageSchema = () =>
  z
    .object({
      /** Page heading. */
      title: text('页面标题', '关于南江读书会'),
      /** One sentence for search results and link previews. */
      description: text('一句话简介', '人人向学、人人为师，以输出倒逼输入。'),
      /** Marks pages that contain invented sample details (default false). */
      sample: sample('是否含示例内容（默认 false）'),
    })
    .strict();
