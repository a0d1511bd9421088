import { z } from 'astro/zod';
import { sample, text } from './fields.ts';

/** How the park's reports group the organisations its brands reach (非公企业 first: the brands exist for them). */
export const ORGANISATION_KINDS = ['非公企业', '国有企业', '机关事业单位', '村（社区）', '其他'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The form of an organisation's party organisation, as the party's rules name them. */
export const PARTY_ORGANISATION_FORMS = ['党委', '党总支', '党支部', '联合党支部'] as const;
export type PartyOrganisationForm = (typeof PARTY_ORGANISATION_FORMS)[number];

/**
 * `content/organisations/<id>.md`: one organisation on the park's register (an enterprise, an office, a community),
 * whose members' 人次 sessions record (byOrganisation). Frontmatter only: it has no page of its own; the coverage
 * page (/coverage/) lists it.
 */
export const organisationSchema = () =>
  z
    .object({
      /** Full name as registered, e.g. 衡阳某某科技有限公司. */
      name: text('单位全称', '白沙洲工业园区管委会'),
      /** A short name for charts and tight tables. Optional; the full name is used when missing. */
      shortName: text('简称（图表中使用，可选）', '园区管委会').optional(),
      /** 非公企业 / 国有企业 / 机关事业单位 / 村（社区） / 其他. */
      kind: z
        .enum(ORGANISATION_KINDS, { message: `单位类别只能是 ${ORGANISATION_KINDS.join('、')} 之一。` })
        .meta({ description: `单位类别：${ORGANISATION_KINDS.join(' / ')}`, examples: ['非公企业'] }),
      /** Its party organisation: 党委 / 党总支 / 党支部 / 联合党支部. */
      partyOrganisation: z
        .enum(PARTY_ORGANISATION_FORMS, {
          message: `党组织形式只能是 ${PARTY_ORGANISATION_FORMS.join('、')} 之一。`,
        })
        .meta({ description: `党组织形式：${PARTY_ORGANISATION_FORMS.join(' / ')}`, examples: ['党支部'] }),
      /** Number of party members. Optional. */
      partyMembers: z
        .number({ message: '党员人数应为非负整数，例如 36。' })
        .int({ message: '党员人数应为非负整数，例如 36。' })
        .nonnegative({ message: '党员人数应为非负整数，例如 36。' })
        .optional()
        .meta({ description: '党员人数（可选）', examples: [36] }),
      /** Marks invented sample data so the park can replace it (default false). */
      sample: sample(),
    })
    .strict();
