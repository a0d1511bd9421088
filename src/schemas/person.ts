import { z } from 'astro/zod';
import { entryId, picture, text, upkeep, type SchemaContext, NO_IMAGE } from './fields.ts';

/** How the park's reports group the people who speak, lead and read. */
export const PERSON_KINDS = [
  '专家教授',
  '领导干部',
  '优秀管理者',
  '先进典型',
  '优秀党员干部',
  '党员',
  '群众',
  '其他',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** What the portrait field is, for the guide and the web editor. */
const PORTRAIT = '肖像照片：路径 src 与替代文字 alt（可选）';

/** The fields without their pictures, built once: Astro calls the schema function for every entry. */
const personBase = z
  .object({
    /** Full name as it should be printed. */
    name: text('姓名', '张伟'),
    /** Post or role, e.g. 市委党校教授. Optional. */
    title: text('职务或身份', '市委党校教授').optional(),
    /** Employer or unit. Optional. */
    organisation: text('所在单位', '白沙洲工业园区管委会').optional(),
    /** Their organisation on the register (content/organisations), when it is one. Optional. */
    memberOf: entryId('organisations', '所属登记单位（content/organisations 里的文件名，可选）').optional(),
    /** Category used in the park's reports (default 党员). */
    kind: z
      .enum(PERSON_KINDS, { message: `类别只能是 ${PERSON_KINDS.join('、')} 之一。` })
      .default('党员')
      .meta({ description: `类别：${PERSON_KINDS.join(' / ')}（默认 党员）`, examples: ['专家教授'] }),
    /** One or two sentences about the person. Optional. */
    bio: text('简介，一两句话', '长期从事党史党建研究。').optional(),
    /** Portrait next to the file. Optional; sample content uses none. */
    photo: picture(NO_IMAGE, PORTRAIT).optional(),
    ...upkeep(),
  })
  .strict();

/** `content/people/<id>.md`: a speaker, lead reader, member, donor or note writer. */
export const personSchema = ({ image }: SchemaContext) =>
  personBase.extend({ photo: picture(image, PORTRAIT).optional() }).strict();
