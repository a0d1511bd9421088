/**
 * site-settings: content/data/site.json, the `filing` fields the footer shows (src/schemas/site.ts) and the
 * 党政机关网站标识 picture they point at. Reports json, schema, unknown-field and missing-image problems for that
 * file, with examples written as JSON, the way this file is edited.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteSettingsSchema } from '../../schemas/site.ts';
import { BADGE_IMAGE } from '../../lib/filing.ts';
import { fieldMeta, formatPath, valueAt } from '../schema-walk.ts';
import { closest } from '../closest.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from './rule.ts';

const FILING_KEYS = ['icp', 'police', 'organiser', 'address', 'contact', 'govBadge'];

const jsonExample = (keys: readonly PropertyKey[], value: unknown) =>
  `"${String(keys.at(-1))}": ${JSON.stringify(value)}`;

type Settings = { abs: string; data: unknown } | { abs: string; error: string } | undefined;

function readSettings(content: string): Settings {
  const abs = path.join(content, 'data', 'site.json');
  if (!existsSync(abs)) return undefined;
  try {
    return { abs, data: JSON.parse(readFileSync(abs, 'utf8')) as unknown };
  } catch (error) {
    return { abs, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The badge picture the settings point at, when the field holds a local picture path. */
function badgePicture(abs: string, data: unknown): string | undefined {
  const image = valueAt(data, ['filing', 'govBadge', 'image']);
  if (typeof image !== 'string' || !BADGE_IMAGE.test(image.trim()) || /^[a-z]+:/i.test(image.trim())) {
    return undefined;
  }
  return path.resolve(path.dirname(abs), image.trim());
}

/** Absolute paths of pictures the settings use (for unused-image: they are not unused). */
export function siteSettingsImages(content: string): string[] {
  const settings = readSettings(content);
  const picture = settings && 'data' in settings ? badgePicture(settings.abs, settings.data) : undefined;
  return picture ? [picture] : [];
}

function schemaProblems(file: string, data: unknown): Problem[] {
  const result = siteSettingsSchema.safeParse(data);
  return (result.success ? [] : result.error.issues).flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = issue.path.length === 1 ? FILING_KEYS : ['image', 'link'];
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        return {
          severity: 'error',
          rule: 'unknown-field',
          file,
          field: formatPath([...issue.path, key]),
          message: `不认识的字段「${key}」。${guess ? `是不是想写 ${guess}？` : ''}字段名区分大小写。`,
          found: JSON.stringify(valueAt(data, [...issue.path, key])),
          expected: `可用的字段：${known.join('、')}`,
        };
      });
    }
    const meta = fieldMeta(siteSettingsSchema, issue.path);
    const found = valueAt(data, issue.path);
    return [
      {
        severity: 'error',
        rule: 'schema',
        file,
        field: formatPath(issue.path),
        message: /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `字段 ${formatPath(issue.path)} 格式不对。`,
        ...(found !== undefined ? { found: JSON.stringify(found) } : {}),
        ...(meta.description ? { expected: meta.description } : {}),
        ...(meta.examples?.length ? { example: jsonExample(issue.path, meta.examples[0]) } : {}),
      },
    ];
  });
}

export const siteSettings: Rule = {
  name: 'site-settings',
  each: 'tree',
  check: ({ content, rel }) => {
    const settings = readSettings(content);
    if (!settings) return [];
    const file = rel(settings.abs);
    if ('error' in settings) {
      return [
        {
          severity: 'error',
          rule: 'json',
          file,
          message: `不是有效的 JSON（${settings.error}）。常见原因：少了或多了逗号、用了中文引号“”、最后一项后面多了逗号。`,
          example: '{ "url": "https://djjy.example.cn", "base": "/" }',
        },
      ];
    }
    const problems = schemaProblems(file, settings.data);
    // Checked even when another field is wrong, so one run lists everything.
    const picture = badgePicture(settings.abs, settings.data);
    if (picture && (!existsSync(picture) || !statSync(picture).isFile())) {
      problems.push({
        severity: 'error',
        rule: 'missing-image',
        file,
        field: 'filing.govBadge.image',
        found: JSON.stringify(valueAt(settings.data, ['filing', 'govBadge', 'image'])),
        message: `标识图片不存在：${rel(picture)}。请把图片放到那里，或改正路径（相对于 site.json，区分大小写）。`,
        expected: '相对于 site.json 的图片路径，图片须存在',
        example: '"image": "./gov-badge.png"',
      });
    }
    return problems;
  },
};
