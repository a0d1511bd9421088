/** The register and 人次 by organisation in the web editor: derived from the schemas like every other field. */
import { describe, expect, it } from 'vitest';
import { cmsConfig, DEFAULT_CMS_SETTINGS } from '../../src/cms/config.ts';
import { t } from '../../src/i18n/t.ts';
import type { CmsField } from '../../src/cms/fields.ts';

const config = cmsConfig({
  settings: DEFAULT_CMS_SETTINGS,
  contentFolder: 'content',
  nextNumbers: { lectures: 12, meetings: 30 },
  words: t,
});
type Collection = { name: string; label: string; folder: string; slug: unknown; fields: CmsField[] };
const collection = (name: string) => (config.collections as Collection[]).find((c) => c.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;

describe('organisations in /admin/', () => {
  it('is a collection 「单位」 in content/organisations, named on creation, with its fields and no body', () => {
    const organisations = collection('organisations');
    expect(organisations).toMatchObject({
      label: '单位',
      folder: 'content/organisations',
      slug: { editable: ['create'] },
    });
    expect(organisations.fields.map((f) => f.name)).toEqual([
      'name',
      'shortName',
      'kind',
      'partyOrganisation',
      'partyMembers',
      'sample',
    ]);
    expect(field(organisations.fields, 'kind')).toMatchObject({
      widget: 'select',
      options: ['非公企业', '国有企业', '机关事业单位', '村（社区）', '其他'],
    });
    expect(field(organisations.fields, 'partyOrganisation')).toMatchObject({
      widget: 'select',
      options: ['党委', '党总支', '党支部', '联合党支部'],
    });
  });

  it('offers 各单位参加人次 on lectures and meetings as a list of a registered organisation and a number', () => {
    for (const name of ['lectures', 'meetings']) {
      const list = field(collection(name).fields, 'byOrganisation');
      expect(list, name).toMatchObject({ widget: 'list', required: false });
      const [organisation, attendance] = list.fields as CmsField[];
      expect(organisation).toMatchObject({
        name: 'organisation',
        widget: 'relation',
        collection: 'organisations',
        display_fields: ['name'],
      });
      expect(attendance).toMatchObject({ name: 'attendance', widget: 'number', value_type: 'int', min: 0 });
    }
    expect(field(collection('people').fields, 'memberOf')).toMatchObject({
      widget: 'relation',
      collection: 'organisations',
      required: false,
    });
  });
});
