import { z } from 'astro/zod';
import {
  calendarDate,
  clcClass,
  entryId,
  isbn,
  picture,
  text,
  upkeep,
  type SchemaContext,
  NO_IMAGE,
} from './fields.ts';

/** What the cover field is, for the guide and the web editor. */
const COVER = '封面照片：路径 src 与替代文字 alt（可选；不填则自动生成文字封面）';

/** Where a copy is: on the shelf, lent out, or lost. A title's copies can be in different states. */
export const BOOK_STATUSES = ['在架', '借出', '遗失'] as const;
export type BookStatus = (typeof BOOK_STATUSES)[number];

/**
 * What `year` is (GB/T 7714-2015 §8.4.3.3): the year of publication, or, when none is printed, the year of
 * copyright, the year of printing, or an estimate; a reference writes them 2016, c2016, 2016印刷, [2016].
 */
export const YEAR_TYPES = ['出版年', '版权年', '印刷年', '估计'] as const;
export type YearType = (typeof YEAR_TYPES)[number];

/** A count of copies in one state (借出, 遗失): a whole number from 0 up, at most the book's copies. */
const copyCount = (state: string, description: string) =>
  z
    .number({ message: `${state}册数应为 0 或正整数，例如 1。` })
    .int({ message: `${state}册数应为 0 或正整数，例如 1。` })
    .min(0, { message: `${state}册数应为 0 或正整数，例如 1。` })
    .default(0)
    .meta({ description, examples: [1] });

/** A note a reader wrote on the flyleaf for the next reader (扉页寄语). */
export const flyleafNoteSchema = z
  .object({
    /** Who wrote it: a person id from content/people. */
    reader: entryId('people', '写寄语的读者（content/people 里的文件名）'),
    /** When it was written. */
    date: calendarDate('写寄语的日期，格式 YYYY-MM-DD'),
    /** The note itself, as written. */
    text: text('寄语正文', '这本书让我重新理解了“为人民服务”五个字。'),
  })
  .strict();

/** The fields without their pictures, built once: Astro calls the schema function for every entry. */
const bookBase = z
  .object({
    /** Title as printed on the title page. */
    title: text('书名', '平凡的世界'),
    /** Subtitle. Optional. */
    subtitle: text('副标题').optional(),
    /** Authors, in the order printed. At least one. */
    authors: z
      .array(text('作者', '路遥'))
      .min(1, { message: '至少写一位作者，例如 authors: [路遥]。' })
      .meta({ description: '作者（可多位）', examples: [['路遥']] }),
    /** Translators (default none). */
    translators: z.array(text('译者')).default([]).meta({ description: '译者（可多位，默认无）' }),
    /** Publisher. Optional. */
    publisher: text('出版社', '人民文学出版社').optional(),
    /** City of publication as printed on the title or copyright page (出版地), for citations. Optional. */
    place: text('出版地：版权页上的出版城市，用于引文', '北京').optional(),
    /** Year of publication. Optional (unknown for many donated books). */
    year: z
      .number({ message: '出版年应为四位数字，例如 2017。' })
      .int()
      .min(1800, { message: '出版年应为四位数字，例如 2017。' })
      .max(2100, { message: '出版年应为四位数字，例如 2017。' })
      .optional()
      .meta({ description: '出版年（四位数字）', examples: [2017] }),
    /** What `year` is when no publication year is printed (default 出版年), for citations. Optional. */
    yearType: z
      .enum(YEAR_TYPES, { message: `出版年类型只能是 ${YEAR_TYPES.join('、')} 之一；是出版年时不填。` })
      .optional()
      .meta({
        description:
          '出版年是哪一种年份：不填即出版年；书上没有出版年时，填版权年、印刷年，或「估计」（引文写作 c2016、2016印刷、[2016]）',
        examples: ['估计'],
      }),
    /** ISBN-10 or ISBN-13; stored as ISBN-13. Optional for books printed before ISBNs. */
    isbn: isbn().optional(),
    /** 中图法 class number; empty means 未分类. */
    clc: clcClass().optional(),
    /** Free keywords (default none). */
    tags: z
      .array(text('标签'))
      .default([])
      .meta({ description: '标签（默认无）', examples: [['党史']] }),
    /** Cover photo next to the file. Optional: a typographic cover is drawn when missing. */
    cover: picture(NO_IMAGE, COVER).optional(),
    /** A short description. Optional. */
    summary: text('内容简介').optional(),
    /** Who gave the book: a person id. Leave empty for an anonymous gift (shown as 匿名捐赠). */
    donor: entryId('people', '捐赠人（content/people 里的文件名）；留空表示匿名捐赠').optional(),
    /** When the book was given. Optional. */
    donatedOn: calendarDate('入馆日期（即捐赠日期），格式 YYYY-MM-DD').optional(),
    /** Shelf location, e.g. A-3 (书架 A 第 3 层). Optional. */
    shelf: text('书架位置', 'A-3').optional(),
    /** Number of copies, whatever their state (default 1). */
    copies: z
      .number({ message: '册数应为正整数，例如 2。' })
      .int()
      .min(1, { message: '册数至少为 1。' })
      .default(1)
      .meta({ description: '册数：馆藏共几册，含借出和遗失的（默认 1）', examples: [1] }),
    /** How many of the copies are lent out now (default 0); the rest, less the lost ones, are on the shelf. */
    lent: copyCount('借出', '借出册数：其中现在借出的几册（默认 0）'),
    /** How many of the copies are lost (default 0). */
    lost: copyCount('遗失', '遗失册数：其中已经遗失的几册（默认 0）'),
    /** Notes readers wrote on the flyleaf, any order (shown oldest first). */
    flyleafNotes: z.array(flyleafNoteSchema).default([]).meta({ description: '扉页寄语（默认无）' }),
    ...upkeep(),
  })
  .strict();

/** `content/books/<id>.md`: one title on the shared-library shelf (all copies of it). */
export const bookSchema = ({ image }: SchemaContext) =>
  bookBase
    .extend({ cover: picture(image, COVER).optional() })
    .strict()
    // Lent and lost copies are among the copies: more of them than copies is a typo the totals must not absorb.
    .superRefine((book, ctx) => {
      if (book.lent + book.lost > book.copies) {
        ctx.addIssue({
          code: 'custom',
          path: [book.lent > 0 ? 'lent' : 'lost'],
          input: book.lent,
          message: `借出（lent: ${book.lent}）和遗失（lost: ${book.lost}）的册数加起来不能超过总册数（copies: ${book.copies}）。copies 是全部册数，含借出和遗失的；请核对后改正，例如 copies: ${book.lent + book.lost}。`,
        });
      }
      // A kind of year without the year says nothing a citation could use.
      if (book.yearType !== undefined && book.year === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['yearType'],
          input: book.yearType,
          message: `填了出版年类型（yearType: ${book.yearType}）却没有出版年：请补上 year（四位数字，例如 year: 1938），或删去 yearType。`,
        });
      }
    });
