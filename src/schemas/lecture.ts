import { z } from 'astro/zod';
import {
  byOrganisation,
  entryId,
  eventFormat,
  photos,
  picture,
  sessionHead,
  text,
  upkeep,
  type SchemaContext,
  NO_IMAGE,
} from './fields.ts';

/** What the cover field is, for the guide and the web editor. */
const COVER = '封面图片：路径 src 与替代文字 alt（可选）';

const VIDEO_MESSAGE =
  '视频应为 public/ 下的文件路径（以 / 开头，例如 /materials/lecture-01.mp4）或完整网址（例如 https://example.org/video/1）。';

/** The fields without their pictures, built once: Astro calls the schema function for every entry. */
const lectureBase = z
  .object({
    ...sessionHead({ series: '讲坛', numberExample: 11, title: ['讲座题目', '以科技创新引领产业升级'] }),
    /** Themes such as 科技创新, 自然资源, 招商引资, 家国情怀, 党的理论. At least one. */
    themes: z
      .array(text('主题', '科技创新'))
      .min(1, { message: '至少写一个主题，例如 themes: [科技创新]。' })
      .meta({ description: '主题（可多个）', examples: [['科技创新']] }),
    /** Speakers: person ids from content/people. At least one. */
    speakers: z
      .array(entryId('people', '主讲人（content/people 里的文件名）'))
      .min(1, { message: '至少写一位主讲人，例如 speakers: [zhang-wei]。' })
      .meta({ description: '主讲人（可多位）' }),
    /** Where it takes place. */
    venue: text('地点', '园区党群服务中心报告厅'),
    /** 线下 / 线上 / 线上线下. */
    format: eventFormat(),
    /** People educated (人次). Optional: fill in after the session. */
    attendance: z
      .number({ message: '人次应为非负整数，例如 320。' })
      .int()
      .nonnegative({ message: '人次应为非负整数，例如 320。' })
      .optional()
      .meta({ description: '受教育人次（活动后填写）', examples: [320] }),
    /** Of those 人次, how many came from which registered organisation (default none). */
    byOrganisation: byOrganisation(),
    /** One-paragraph summary shown in lists and feeds. */
    summary: text('内容摘要', '围绕园区主导产业，讲解科技创新的路径与案例。'),
    /** Cover picture. Optional. */
    cover: picture(NO_IMAGE, COVER).optional(),
    /** Photos of the session. Optional. */
    photos: photos(NO_IMAGE),
    /** Slides and video. Optional. */
    materials: z
      .object({
        /** Slides (PDF) under public/, e.g. /materials/lecture-01.pdf, or a URL on the park's own site. */
        slides: text('课件（PDF）路径', '/materials/lecture-01.pdf').optional(),
        /** Video: a file under public/ (played on the page), e.g. /materials/lecture-01.mp4, or a full URL. */
        video: z
          .string({ message: VIDEO_MESSAGE })
          .trim()
          .refine((value) => /^\/[^/]/.test(value) || (/^https?:\/\//.test(value) && URL.canParse(value)), {
            message: VIDEO_MESSAGE,
          })
          .optional()
          .meta({
            description: '视频：public/ 下的文件路径（页面内播放）或完整网址',
            examples: ['/materials/lecture-01.mp4'],
          }),
      })
      .strict()
      .optional()
      .meta({ description: '讲义与视频（可选）' }),
    /** Books the speaker recommends: book ids from content/books (default none). */
    recommendedBooks: z
      .array(entryId('books', '推荐书目（content/books 里的文件名）'))
      .default([])
      .meta({ description: '推荐书目（默认无）' }),
    ...upkeep(),
  })
  .strict();

/** `content/lectures/<id>.mdx`: one session (第N期) of 初心讲坛. */
export const lectureSchema = ({ image }: SchemaContext) =>
  lectureBase
    .extend({
      cover: picture(image, COVER).optional(),
      photos: photos(image),
    })
    .strict();
