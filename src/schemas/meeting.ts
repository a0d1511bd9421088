import { z } from 'astro/zod';
import {
  byOrganisation,
  entryId,
  eventFormat,
  photos,
  sessionHead,
  text,
  upkeep,
  type SchemaContext,
  NO_IMAGE,
} from './fields.ts';

/** A member's written output after a meeting (心得), the 以输出倒逼输入 of the club's motto. */
export const meetingOutputSchema = z
  .object({
    /** Who wrote it: a person id. */
    author: entryId('people', '作者（content/people 里的文件名）'),
    /** Title of the piece. Optional. */
    title: text('心得标题').optional(),
    /** The text, or an excerpt of it. */
    text: text('心得正文或摘录', '读完这一章，我明白了……'),
  })
  .strict();

/** The fields without their pictures, built once: Astro calls the schema function for every entry. */
const meetingBase = z
  .object({
    ...sessionHead({ series: '读书会', numberExample: 30, title: ['主题', '重温《共产党宣言》'] }),
    /** 线下 / 线上 / 线上线下. */
    format: eventFormat(),
    /** Room, or the online platform. Optional. */
    venue: text('地点或线上平台', '办公楼三楼会议室').optional(),
    /** Books read: book ids from content/books (default none). */
    books: z
      .array(entryId('books', '共读书目（content/books 里的文件名）'))
      .default([])
      .meta({ description: '共读书目' }),
    /** Lead readers (领读人): person ids. At least one. */
    leadReaders: z
      .array(entryId('people', '领读人（content/people 里的文件名）'))
      .min(1, { message: '至少写一位领读人，例如 leadReaders: [li-na]。' })
      .meta({ description: '领读人（可多位）' }),
    /** How many took part. */
    participants: z
      .number({ message: '参加人数应为非负整数，例如 25。' })
      .int()
      .nonnegative({ message: '参加人数应为非负整数，例如 25。' })
      .meta({ description: '参加人数', examples: [25] }),
    /** Of those who took part, how many came from which registered organisation (default none). */
    byOrganisation: byOrganisation(),
    /** One-paragraph summary for lists and feeds. Optional. */
    summary: text('内容摘要').optional(),
    /** Members' written outputs (心得) (default none). */
    outputs: z.array(meetingOutputSchema).default([]).meta({ description: '成员心得（默认无）' }),
    /** Photos of the session. Optional. */
    photos: photos(NO_IMAGE),
    ...upkeep(),
  })
  .strict();

/** `content/meetings/<id>.mdx`: one meeting (第N期) of 南江读书会. */
export const meetingSchema = ({ image }: SchemaContext) => meetingBase.extend({ photos: photos(image) }).strict();
