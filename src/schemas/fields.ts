/**
 * Field types shared by every collection. Each one validates, normalises and explains itself:
 * the `meta` (description, examples) feeds the editor guide, the JSON Schemas for VS Code and the
 * error messages, so the three can never disagree.
 */
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { calendarDateProblem, CLOCK_TIME_MESSAGE, describeDateProblem, isClockTime } from './formats/date.ts';
import { normalizeIsbn, describeIsbnProblem } from './formats/isbn.ts';
import { clcProblem, CLC_LETTERS } from './formats/clc.ts';

/** The image helper Astro passes to schema functions; scripts outside Astro pass a string stand-in. */
export type ImageField = () => z.ZodType<ImageMetadata>;

/** What a collection schema needs from its surroundings. */
export interface SchemaContext {
  image: ImageField;
}

/** Stand-in image helper for schemas built once at module load; the real one is swapped in per call. */
export const NO_IMAGE: ImageField = () => z.string() as unknown as z.ZodType<ImageMetadata>;

/** Ids are file names without extension: lowercase Latin letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A calendar date `YYYY-MM-DD` (China time). Impossible dates such as 2024-02-30 are errors. */
export const calendarDate = (description = '日期，格式 YYYY-MM-DD（北京时间）') =>
  z
    .union([z.string(), z.date()])
    .transform((value, ctx) => {
      // Astro's YAML parser has already turned unquoted dates into Date objects (and rolled 02-30 over):
      // the content check reads the raw text first, so a rolled date never reaches this point unnoticed.
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      const problem = calendarDateProblem(text);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: describeDateProblem(text, problem),
        });
        return z.NEVER;
      }
      return text;
    })
    .meta({ description, examples: ['2024-03-01'], kind: 'date' });

/** A time of day `HH:mm`, 24-hour clock, China time. */
export const clockTime = (description = '时间，24 小时制 HH:mm（北京时间）') =>
  z
    .string()
    .refine(isClockTime, { message: CLOCK_TIME_MESSAGE })
    .meta({ description, examples: ['14:30'], kind: 'time' });

/** An id that looks like the ones each referenced collection uses. */
const ID_EXAMPLE = { people: 'zhang-wei', books: '9787020002207', organisations: 'xinlian-dianzi' } as const;

/** The id (file name without extension) of an entry in another collection. */
export const entryId = (collection: 'people' | 'books' | 'organisations', description: string) =>
  z
    // YAML reads an all-digit id such as 9787020002207 as a number: accept it as the file name it is.
    .union([z.string(), z.number().int().nonnegative()])
    .transform((value) => String(value).trim())
    .pipe(
      z.string().regex(ID_PATTERN, {
        message: `应填写 content/${collection}/ 里某个文件的文件名（不含扩展名），只用小写字母、数字和连字符，例如 ${ID_EXAMPLE[collection]}。`,
      }),
    )
    .meta({
      description,
      examples: [ID_EXAMPLE[collection]],
      // Read by the content check, which turns a dangling id into an error naming the file and field.
      references: collection,
    });

/** ISBN-10 or ISBN-13, hyphens/spaces allowed, checksum validated; stored as ISBN-13 digits. */
export const isbn = () =>
  z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      const text = String(value);
      const result = normalizeIsbn(text);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', input: value, message: describeIsbnProblem(text, result) });
        return z.NEVER;
      }
      return result.isbn13;
    })
    .meta({
      description: 'ISBN，10 位或 13 位，可带连字符；保存为 13 位',
      examples: ['978-7-02-000220-7', '7-02-000220-X'],
      kind: 'isbn',
    });

/** A 中图法 class number whose first letter is one of the 22 top-level classes. */
export const clcClass = () =>
  z
    .string()
    .transform((value, ctx) => {
      const code = value.trim().toUpperCase();
      const problem = clcProblem(code);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message:
            problem === 'letter'
              ? `中图法分类号「${value}」的首字母不是 22 个基本大类之一（${CLC_LETTERS.join(' ')}），例如 D261、I247.5、TP311。`
              : `中图法分类号「${value}」格式不对：应以大类字母开头，后接数字或字母，例如 D261、I247.5、TP311。`,
        });
        return z.NEVER;
      }
      return code;
    })
    .meta({ description: '中图法分类号，首字母为 22 个基本大类之一', examples: ['D261', 'TP311'], kind: 'clc' });

/** A photo or cover placed next to the content file, with the text a screen reader reads instead. */
export const picture = (image: ImageField, description = '图片：路径 src 与替代文字 alt') =>
  z
    .object({
      /** Path relative to the content file, e.g. `./photos/2024-03-01.jpg`. */
      src: image().meta({ description: '图片路径，相对于本文件，例如 ./images/cover.jpg' }),
      /** What the picture shows, for people who cannot see it. Required. */
      alt: z
        .string()
        .min(2, {
          message: '请为图片写一句说明（alt），告诉看不见图片的读者图上是什么，例如「讲座现场，学员认真听讲」。',
        })
        .meta({ description: '图片说明（替代文字），必填', examples: ['讲座现场，学员认真听讲'] }),
      /** Optional caption shown under the picture. */
      caption: z.string().optional().meta({ description: '图片下方显示的说明（可选）' }),
    })
    .meta({ description });

/** A session number (第N期), a positive whole number unique within its series. */
export const sessionNumber = (series: string, example: number) =>
  z
    .number({ message: `期数应为正整数，例如 ${example}。` })
    .int()
    .positive({ message: `期数应为正整数，例如 ${example}。` })
    .meta({ description: `期数（第几期），不可与其他${series}重复`, examples: [example] });

/** Online, offline or both. */
export const EVENT_FORMATS = ['线下', '线上', '线上线下'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const eventFormat = () =>
  z.enum(EVENT_FORMATS, { message: `形式只能是 ${EVENT_FORMATS.join('、')} 之一。` }).meta({
    description: `活动形式：${EVENT_FORMATS.join(' / ')}`,
    examples: ['线下'],
  });

/** Non-empty trimmed text. */
export const text = (description: string, example?: string) =>
  z
    .string({ message: `应为文字${example ? `，例如「${example}」` : ''}。` })
    .trim()
    .min(1, { message: `不能为空${example ? `，例如「${example}」` : ''}。` })
    .meta({ description, ...(example ? { examples: [example] } : {}) });

/** Marks invented sample data so the park can replace it (default false). */
export const sample = (description = '是否为示例内容（默认 false）') =>
  z.boolean().default(false).meta({ description });

/** The fields that close every lecture, meeting, book and person: when it last changed, whether it is invented. */
export const upkeep = () => ({
  /** Date of the last real change, shown as 最后更新; overrides the date git history gives. Optional. */
  updated: calendarDate()
    .optional()
    .meta({ description: '最后更新日期（可选；不填则按 git 提交记录）', examples: ['2025-01-15'] }),
  /** Marks invented sample data so the park can replace it (default false). */
  sample: sample(),
});

/** Photos of a session, next to the content file (default none). */
export const photos = (image: ImageField) =>
  z.array(picture(image)).default([]).meta({ description: '活动照片（可选）' });

/** A count of 人次: a whole number from 0 up. */
const personTimes = (description: string, example: number) =>
  z
    .number({ message: `人次应为非负整数，例如 ${example}。` })
    .int({ message: `人次应为非负整数，例如 ${example}。` })
    .nonnegative({ message: `人次应为非负整数，例如 ${example}。` })
    .meta({ description, examples: [example] });

/**
 * Who came to a session, by organisation on the register (content/organisations): organisation → 人次. Optional and
 * partial: the content check refuses a sum above the session's own 人次; what is left shows as 未登记单位.
 */
export const byOrganisation = () =>
  z
    .array(
      z
        .object({
          /** The organisation: a file name from content/organisations. */
          organisation: entryId('organisations', '单位（content/organisations 里的文件名）'),
          /** 人次 from that organisation at this session. */
          attendance: personTimes('该单位参加人次', 40),
        })
        .strict(),
    )
    .default([])
    .meta({ description: '各单位参加人次（可选）：合计不能超过本期人次，其余计为未登记单位' });

/** What a session series (初心讲坛, 南江读书会) says about its own sessions in the fields both share. */
export interface SessionSeriesFields {
  /** The series' name in the number's description: 讲坛, 读书会. */
  series: string;
  numberExample: number;
  /** Description and example of the title. */
  title: readonly [string, string];
}

/** The fields every session of either series opens with: its number, title, day and times. */
export const sessionHead = ({ series, numberExample, title }: SessionSeriesFields) => ({
  /** Session number (第N期), unique within its series. */
  number: sessionNumber(series, numberExample),
  /** Title of the session (a lecture's title, a meeting's topic). */
  title: text(...title),
  /** Day it is (or was) held. */
  date: calendarDate('举办日期，格式 YYYY-MM-DD（北京时间）'),
  /** Start time. Optional; calendars assume the series' default (lectures 14:30, meetings 19:00) when missing. */
  startTime: clockTime('开始时间，24 小时制 HH:mm（北京时间）').optional(),
  /** End time. Optional; calendars assume the series' default length (lectures 2 hours, meetings 90 minutes). */
  endTime: clockTime('结束时间，24 小时制 HH:mm（北京时间）').optional(),
});
