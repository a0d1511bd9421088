import { pinyin } from 'pinyin-pro';

/**
 * A readable ASCII path segment for a Chinese label: 科技创新 → keji-chuangxin, 人民文学出版社 → renmin-wenxue-chubanshe.
 * Uses word-level pinyin so polyphones read right (重庆 → chongqing, not zhongqing).
 */
export function slugify(label: string): string {
  const syllables = pinyin(label.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}
