/**
 * schema: what the collection's schema refuses in a file (missing, mistyped or malformed fields), told in the
 * editor's words with the field's description and an example line. Unknown keys are unknown-field's.
 */
import type { z } from 'astro/zod';
import { show } from '../problem.ts';
import { fieldMeta, formatPath, valueAt } from '../schema-walk.ts';
import { exampleLine } from '../yaml-text.ts';
import type { Rule } from './rule.ts';

/** The kind of a value in an editor's words: 数字, 文字, 列表… */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'number') return '数字';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return '一组子字段';
  return '文字';
}

/** Zod's English reason for a generic issue, in the editor's words. */
function reasonFor(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'array':
          return `应写成列表（只有一项也要加方括号），现在是${kindOf(found)}`;
        case 'number':
          return `应为数字（不加引号），现在是${kindOf(found)}`;
        case 'string':
          return `应为文字，现在是${kindOf(found)}`;
        case 'boolean':
          return `只能是 true 或 false，现在是${kindOf(found)}`;
        case 'object':
          return `应为一组缩进的子字段（见示例），现在是${kindOf(found)}`;
        default:
          return `类型不对，现在是${kindOf(found)}`;
      }
    case 'invalid_union':
      return `类型不对，现在是${kindOf(found)}`;
    case 'too_small':
      if (issue.origin === 'array') return `至少要写 ${String(issue.minimum)} 项`;
      if (issue.origin === 'string') return `至少 ${String(issue.minimum)} 个字`;
      return `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `最多写 ${String(issue.maximum)} 项`;
      if (issue.origin === 'string') return `最多 ${String(issue.maximum)} 个字`;
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `只能是 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_format':
      return '格式不对';
    default:
      return issue.message;
  }
}

export const schema: Rule = {
  name: 'schema',
  each: 'issue',
  check: ({ issue, schema: collectionSchema, raw, file }) => {
    if (issue.code === 'unrecognized_keys') return [];
    const field = formatPath(issue.path);
    const meta = fieldMeta(collectionSchema, issue.path);
    const found = valueAt(raw, issue.path);
    const what = meta.description ? `（${meta.description}）` : '';
    const example = meta.examples?.length ? exampleLine(issue.path, meta.examples[0]) : undefined;
    let message: string;
    if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
      message = `缺少必填字段 ${field}${what}。`;
    } else if (issue.code === 'custom' || /[\u4e00-\u9fff]/.test(issue.message)) {
      // Our own messages already say what is expected and give an example.
      message = issue.message;
    } else {
      message = `字段 ${field}${what}${reasonFor(issue, found)}。`;
    }
    return [
      {
        severity: 'error',
        rule: 'schema',
        file,
        field,
        message,
        found: show(found),
        ...(meta.description ? { expected: meta.description } : {}),
        ...(example ? { example } : {}),
      },
    ];
  },
};
