/**
 * The editors' data files in content/data/, described for editors' tools: `npm run docs:editors` turns these
 * into JSON Schemas (docs/schemas/) that .vscode/settings.json maps onto the files. The build reads the files
 * with its own checks (src/io/site-config.ts, src/lib/search/synonyms.ts); a unit test validates the real
 * files against these schemas so the two cannot drift apart.
 */
import { z } from 'astro/zod';
import { cmsSettingsSchema, filingSchema } from './site.ts';

/** `content/data/site.json`: where the site is published. */
export const siteJsonSchema = z
  .object({
    /** A note for whoever opens the file; ignored by the build. */
    $comment: z.string().optional().meta({ description: '说明文字（构建时忽略）' }),
    /** Absolute address the site is published at (default http://localhost:4321). */
    url: z
      .string()
      .regex(/^https?:\/\/[^/\s]+/)
      .optional()
      .meta({ description: '网站正式地址（完整网址）', examples: ['https://djjy.baishazhou.example.cn'] }),
    /** Path prefix when the site lives under a sub-path; "/" otherwise. */
    base: z
      .string()
      .optional()
      .meta({ description: '网站所在子路径，放在根目录时写 /', examples: ['/'] }),
    /** Prefix of the "edit this page" link; empty hides the link. */
    editBaseUrl: z
      .string()
      .optional()
      .meta({ description: '「在线编辑本页」链接的前缀；留空则不显示', examples: [''] }),
    /** What the footer shows for 备案 and the site's owner (src/schemas/site.ts). */
    filing: filingSchema.optional(),
    /** The git host the web editor signs in to (src/schemas/site.ts). */
    cms: cmsSettingsSchema.optional(),
  })
  .strict()
  .meta({ title: '网站设置（content/data/site.json）' });

/** `content/data/synonyms.yaml`: groups of words that mean the same for search. */
export const synonymsSchema = z
  .array(
    z
      .array(z.string().trim().min(1).meta({ description: '一种写法' }))
      .min(2)
      .meta({ description: '一组说法相同的词，至少两种写法', examples: [['招商', '招商引资']] }),
  )
  .meta({ title: '搜索同义词与简称（content/data/synonyms.yaml）' });

/** Each data file with its schema: path inside the content folder → schema name and schema. */
export const DATA_FILES = [
  { file: 'data/site.json', name: 'site', schema: siteJsonSchema },
  { file: 'data/synonyms.yaml', name: 'synonyms', schema: synonymsSchema },
] as const;
