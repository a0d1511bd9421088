import { z } from 'astro/zod';
import { text } from './fields.ts';

/** `content/pages/<id>.md`: a prose page such as a brand's story (关于初心讲坛). */
export const pageSchema = () =>
  z
    .object({
      /** Page heading. */
      title: text('页面标题', '关于南江读书会'),
      /** One sentence for search results and link previews. */
      description: text('一句话简介', '人人向学、人人为师，以输出倒逼输入。'),
      /** Marks pages that contain invented sample details (default false). */
      sample: z.boolean().default(false).meta({ description: '是否含示例内容（默认 false）' }),
    })
    .strict();
