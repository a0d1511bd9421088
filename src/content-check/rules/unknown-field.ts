/** unknown-field: a key the collection's schema does not have: a typo (with the nearest name) or a retired field. */
import type { z } from 'astro/zod';
import { closest } from '../closest.ts';
import { show, type Problem } from '../problem.ts';
import { formatPath, schemaAt, valueAt } from '../schema-walk.ts';
import { exampleLine } from '../yaml-text.ts';
import type { Rule } from './rule.ts';

/** Fields older files may still carry, with what replaced them. */
export const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  status:
    '状态现在按每一册登记。请删掉 status，改写借出和遗失的册数：lent（借出几册）、lost（遗失几册），其余的算在架。例如两册借出一册：copies: 2 和 lent: 1。',
};

function knownKeys(schema: z.ZodType, fieldPath: readonly PropertyKey[]): string[] {
  const target = fieldPath.length === 0 ? schema : schemaAt(schema, fieldPath);
  let current = target as unknown as { def: { type: string; shape?: object; innerType?: unknown } } | undefined;
  while (current && current.def.type !== 'object' && current.def.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current?.def.shape ? Object.keys(current.def.shape) : [];
}

export const unknownField: Rule = {
  name: 'unknown-field',
  each: 'issue',
  check: ({ issue, schema, raw, file }) => {
    if (issue.code !== 'unrecognized_keys') return [];
    const parent = formatPath(issue.path);
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key): Problem => {
      const guess = closest(key, known);
      const retired = RETIRED_FIELDS[key];
      return {
        severity: 'error',
        rule: 'unknown-field',
        file,
        field: parent ? `${parent}.${key}` : key,
        message: retired
          ? `字段「${key}」已停用：${retired}`
          : `不认识的字段「${key}」。${guess ? `是不是想写 ${guess}？` : ''}字段名区分大小写，只能用下面列出的字段。`,
        found: show(valueAt(raw, [...issue.path, key])),
        expected: `可用的字段：${known.join('、')}`,
        ...(guess ? { example: exampleLine([guess], valueAt(raw, [...issue.path, key])) } : {}),
      };
    });
  },
};
