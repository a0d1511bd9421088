/**
 * Editor-maintained synonyms and abbreviations (content/data/synonyms.yaml). Applied at index time, both
 * ways: a page that says any form of a group also gets every other form as invisible index words, so
 * 两学一做 finds the page that spells out the full name and the other way round.
 */
import { isMap, isScalar, isSeq, parseDocument, LineCounter } from 'yaml';

export type SynonymGroup = readonly string[];

export class SynonymsError extends Error {
  override name = 'SynonymsError';
}

const EXAMPLE = '例如：- [招商, 招商引资]';

/** Parses and checks the synonyms file; every problem is reported with its line and how to fix it. */
export function parseSynonyms(source: string, file = 'content/data/synonyms.yaml'): SynonymGroup[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const problems: string[] = [];
  const at = (offset: number | undefined) => `第 ${offset === undefined ? '?' : lines.linePos(offset).line} 行`;
  for (const error of doc.errors)
    problems.push(`${at(error.pos[0])}：YAML 格式有误（${error.message.split('\n')[0]}）。`);
  const root = doc.contents;
  const groups: SynonymGroup[] = [];
  if (problems.length === 0 && root !== null) {
    if (!isSeq(root)) {
      problems.push(`${at(root.range?.[0])}：文件应是一组组的列表，每组一行，以「- 」开头。${EXAMPLE}`);
    } else {
      for (const item of root.items) {
        const line = at(isSeq(item) || isMap(item) || isScalar(item) ? item.range?.[0] : undefined);
        if (!isSeq(item) || isMap(item)) {
          problems.push(`${line}：每组应写成方括号里的几个词。${EXAMPLE}`);
          continue;
        }
        const words = item.items.map((word) => (isScalar(word) ? String(word.value ?? '').trim() : ''));
        if (words.some((word) => word.length === 0)) {
          problems.push(`${line}：组里有空词或不是文字的项，请删去多余的逗号。${EXAMPLE}`);
        } else if (new Set(words).size < 2) {
          problems.push(`${line}：一组至少要有两种不同的写法。${EXAMPLE}`);
        } else {
          groups.push([...new Set(words)]);
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new SynonymsError(
      `搜索同义词文件 ${file} 有 ${problems.length} 处问题：\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  return groups;
}

/** Text as compared for synonyms: width folded, lower case, without spaces and punctuation. */
export function synonymKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The forms to add to a page whose indexed text is `text`: the other forms of every group it mentions. */
export function synonymAdditions(text: string, groups: readonly SynonymGroup[]): string[] {
  const haystack = synonymKey(text);
  const additions = new Set<string>();
  for (const group of groups) {
    const present = group.filter((form) => haystack.includes(synonymKey(form)));
    if (present.length === 0) continue;
    for (const form of group) if (!present.includes(form)) additions.add(form);
  }
  return [...additions];
}
