/**
 * organisation-body: text below an organisation's frontmatter would silently not show (a registered organisation
 * has no page of its own), against the rule that every body an editor writes is published.
 */
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

export const organisationBody: Rule = {
  name: 'organisation-body',
  each: 'tree',
  check: (tree) =>
    tree.entries
      .filter((entry) => entry.collection === 'organisations' && entry.body.trim() !== '')
      .map((entry): Problem => {
        const text = entry.body.trim();
        return {
          severity: 'error',
          rule: 'organisation-body',
          file: entry.file,
          found: text.length > 20 ? `${text.slice(0, 20)}……` : text,
          message:
            '单位文件只登记字段（名称、类别、党组织、党员人数），没有自己的页面，第二个 --- 下面的正文不会显示在网站上。请删除这段正文；要记的说明可以写成 # 开头的注释放在字段之间。',
          expected: '第二个 --- 之后不写内容',
          example: '# 说明：2025 年起由园区非公企业党委联系',
        };
      }),
};
