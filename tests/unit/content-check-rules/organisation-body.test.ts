import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { problemsOf, scratchSite } from './scratch.ts';

describe('rule organisation-body', () => {
  it('refuses text under an organisation file, which no page would show, and accepts frontmatter only', () => {
    const dir = scratchSite({
      'organisations/xinlian-dianzi.md':
        '---\nname: 芯联电子科技有限公司\nkind: 非公企业\npartyOrganisation: 党支部\n---\n本单位党支部成立于 2015 年，现有党员 36 名，设三个党小组。\n',
    });
    expect(problemsOf('organisation-body', dir)).toEqual([
      {
        severity: 'error',
        rule: 'organisation-body',
        file: path.join(dir, 'organisations/xinlian-dianzi.md'),
        found: '本单位党支部成立于 2015 年，现有党……',
        message:
          '单位文件只登记字段（名称、类别、党组织、党员人数），没有自己的页面，第二个 --- 下面的正文不会显示在网站上。请删除这段正文；要记的说明可以写成 # 开头的注释放在字段之间。',
        expected: '第二个 --- 之后不写内容',
        example: '# 说明：2025 年起由园区非公企业党委联系',
      },
    ]);
    expect(problemsOf('organisation-body', scratchSite())).toEqual([]);
  });
});
