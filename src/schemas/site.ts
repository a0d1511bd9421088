import { z } from 'astro/zod';
import { BADGE_IMAGE, ICP_EXAMPLE, ICP_PATTERN, POLICE_EXAMPLE, POLICE_PATTERN } from './formats/filing.ts';

/** An optional footer line: empty (or absent) shows nothing; otherwise trimmed text in `pattern`'s format. */
const optionalText = (description: string, example: string, pattern?: RegExp, format?: string) =>
  z
    .string({ message: `应为文字（加英文双引号），例如 "${example}"；不需要时写 ""。` })
    .trim()
    .refine((value) => value === '' || !pattern || pattern.test(value), {
      message: `${format ?? '格式不对'}，例如 "${example}"（不要多写空格或“备案号：”等字样）；不需要时写 ""。`,
    })
    .optional()
    .meta({ description, examples: [example] });

/** The 党政机关网站标识: a local picture linking to the certificate page. Never the issuer's script. */
const govBadge = z
  .object({
    /** Picture file, relative to site.json (content/data/), e.g. ./gov-badge.png. */
    image: z
      .string()
      .trim()
      .refine((value) => value === '' || (!/^[a-z]+:/i.test(value) && BADGE_IMAGE.test(value)), {
        message:
          '标识图片应是放在 content/data/ 里的图片文件（png、jpg、gif、webp 或 svg），写相对路径，例如 "./gov-badge.png"；不能写网址：本站不从其他网站加载任何内容。',
      })
      .meta({ description: '标识图片，相对于 site.json 的路径', examples: ['./gov-badge.png'] }),
    /** The certificate page the badge opens (the address given with the badge). */
    link: z
      .string()
      .trim()
      .refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), {
        message:
          '标识链接应是以 https:// 或 http:// 开头的完整网址（发放标识时给出的证书页面地址），例如 "https://bszs.conac.cn/sitename?method=show&id=123456"。',
      })
      .meta({
        description: '点击标识打开的证书页面网址',
        examples: ['https://bszs.conac.cn/sitename?method=show&id=123456'],
      }),
  })
  .strict()
  .refine((badge) => (badge.image === '') === (badge.link === ''), {
    message: '党政机关网站标识的 image（图片）和 link（链接）要么都填，要么都留空（""）。',
  })
  .optional()
  .meta({ description: '党政机关网站标识：本地图片 image 与证书页面 link（可选）' });

/** `filing` in content/data/site.json: what the footer shows for 备案 and the site's owner; all optional. */
export const filingSchema = z
  .object({
    /** ICP备案号, linked to beian.miit.gov.cn. */
    icp: optionalText(
      'ICP备案号（可选），链接到工信部备案系统',
      ICP_EXAMPLE,
      ICP_PATTERN,
      'ICP备案号应写成「省份简称ICP备数字号」，可带 -序号',
    ),
    /** 公安联网备案号, linked to the MPS page for that number. */
    police: optionalText(
      '公安联网备案号（可选），链接到公安部备案查询页',
      POLICE_EXAMPLE,
      POLICE_PATTERN,
      '公安联网备案号应写成「省份简称公网安备14位数字号」',
    ),
    /** The organisation that runs the site (主办单位). */
    organiser: optionalText('主办单位（可选）', '白沙洲工业园区党工委'),
    /** Postal address. */
    address: optionalText('地址（可选）', '湖南省衡阳市白沙洲工业园区管委会办公楼'),
    /** Telephone or e-mail for the public. */
    contact: optionalText('联系方式（可选），电话或邮箱', '0734-1234567'),
    govBadge,
  })
  .strict()
  .meta({ description: '页脚的备案与主办信息（都可选，留空则不显示）' });

/** `cms` in content/data/site.json: the git host the web editor (/admin/) signs in to (docs/editors-cms.md). */
export const cmsSettingsSchema = z
  .object({
    /** gitea (also Forgejo), gitlab or github. */
    backend: z
      .enum(['gitea', 'gitlab', 'github'])
      .optional()
      .meta({
        description: '内网代码托管平台：gitea（也用于 Forgejo）、gitlab 或 github',
        examples: ['gitea'],
      }),
    /** The host's address, e.g. https://git.example.cn (empty for github.com). */
    baseUrl: z
      .string()
      .optional()
      .meta({ description: '代码托管平台的网址', examples: ['https://git.example.cn'] }),
    /** The host's API address; empty derives it from baseUrl. */
    apiRoot: z
      .string()
      .optional()
      .meta({ description: '平台 API 地址（留空则按平台推算）', examples: [''] }),
    /** owner/name of the site's repository on that host. */
    repo: z
      .string()
      .optional()
      .meta({ description: '网站仓库（所有者/名称）', examples: ['djjy/site'] }),
    /** Branch the editor commits to; the CI publishes it. */
    branch: z
      .string()
      .optional()
      .meta({ description: '编辑提交到的分支', examples: ['main'] }),
    /** Client id of the OAuth application registered on the host for /admin/ (PKCE, no secret). */
    appId: z
      .string()
      .optional()
      .meta({ description: '在平台上为 /admin/ 登记的应用 ID（PKCE，无需密钥）', examples: [''] }),
  })
  .strict()
  .meta({ description: '网页编辑后台（/admin/）连接的代码托管平台' });

/**
 * content/data/site.json. `filing` and `cms` are checked field by field; the other settings (url, base, editBaseUrl
 * and whatever other features add) are read by src/io/site-config.ts and let through here.
 */
export const siteSettingsSchema = z.looseObject({
  filing: filingSchema.optional(),
  cms: cmsSettingsSchema.optional(),
});
