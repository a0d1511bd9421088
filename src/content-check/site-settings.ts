/**
 * The content check for content/data/site.json: the `filing` fields the footer shows (src/schemas/site.ts) and
 * the 党政机关网站标识 picture they point at. Same Problem shape as the entries' check, with examples written as
 * JSON, the way this file is edited.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteSettingsSchema } from '../schemas/site.ts';
import { BADGE_IMAGE } from '../lib/filing.ts';
import { fieldMeta, formatPath } from './schema-walk.ts';
import { closest, type Problem } from './check.ts';

export interface SiteSettingsCheck {
  problems: Problem[];
  /** Absolute paths of pictures the settings use (not "unused images"). */
  images: string[];
}

const FILING_KEYS = ['icp', 'police', 'organiser', 'address', 'contact', 'govBadge'];

function valueAt(data: unknown, keys: readonly PropertyKey[]): unknown {
  return keys.reduce<unknown>(
    (current, key) =>
      current && typeof current === 'object' ? (current as Record<string, unknown>)[key as string] : undefined,
    data,
  );
}

const jsonExample = (keys: readonly PropertyKey[], value: unknown) =>
  `"${String(keys.at(-1))}": ${JSON.stringify(value)}`;

export function checkSiteSettings(content: string, rel: (abs: string) => string): SiteSettingsCheck {
  const abs = path.join(content, 'data', 'site.json');
  if (!existsSync(abs)) return { problems: [], images: [] };
  const file = rel(abs);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          severity: 'error',
          rule: 'json',
          file,
          message: `不是有效的 JSON（${reason}）。常见原因：少了或多了逗号、用了中文引号“”、最后一项后面多了逗号。`,
          example: '{ "url": "https://djjy.example.cn", "base": "/" }',
        },
      ],
      images: [],
    };
  }
  const result = siteSettingsSchema.safeParse(data);
  const problems: Problem[] = (result.success ? [] : result.error.issues).flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = closest(key, issue.path.length === 1 ? FILING_KEYS : ['image', 'link']);
        return {
          severity: 'error',
          rule: 'unknown-field',
          file,
          field: formatPath([...issue.path, key]),
          message: `不认识的字段「${key}」。${guess ? `是不是想写 ${guess}？` : ''}字段名区分大小写。`,
          found: JSON.stringify(valueAt(data, [...issue.path, key])),
          expected: `可用的字段：${(issue.path.length === 1 ? FILING_KEYS : ['image', 'link']).join('、')}`,
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

  // Checked even when another field is wrong, so one run lists everything.
  const image = valueAt(data, ['filing', 'govBadge', 'image']);
  if (typeof image !== 'string' || !BADGE_IMAGE.test(image.trim()) || /^[a-z]+:/i.test(image.trim())) {
    return { problems, images: [] };
  }
  const picture = path.resolve(path.dirname(abs), image.trim());
  if (!existsSync(picture) || !statSync(picture).isFile()) {
    problems.push({
      severity: 'error',
      rule: 'missing-image',
      file,
      field: 'filing.govBadge.image',
      found: JSON.stringify(image),
      message: `标识图片不存在：${rel(picture)}。请把图片放到那里，或改正路径（相对于 site.json，区分大小写）。`,
      expected: '相对于 site.json 的图片路径，图片须存在',
      example: '"image": "./gov-badge.png"',
    });
  }
  return { problems, images: [picture] };
}
