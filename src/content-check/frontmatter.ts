/**
 * Reads an editor's file the way the content check needs it: YAML 1.2 core schema, so an unquoted
 * 2024-02-30 stays the text the editor typed (YAML 1.1 parsers turn it into 2024-03-01 silently).
 */
import { parseDocument } from 'yaml';

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
}

export type FrontmatterResult = { ok: true; file: ParsedFile } | { ok: false; message: string; line?: number };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontmatter(source: string): FrontmatterResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) {
    return {
      ok: false,
      message: '文件开头缺少用 --- 包起来的字段区（frontmatter）。第一行应是 ---，字段写完后再写一行 ---。',
      line: 1,
    };
  }
  const doc = parseDocument(match[1] ?? '', { schema: 'core', prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    return {
      ok: false,
      message: `字段区的 YAML 写法有误（第 ${line} 行附近）：${error.message.split('\n')[0]}。常见原因：冒号后少了空格、缩进不齐、含冒号或 # 的文字没有加引号。`,
      line,
    };
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: '字段区应是「字段名: 值」的列表。', line: 2 };
  }
  return { ok: true, file: { data: data as Record<string, unknown>, body: text.slice(match[0].length) } };
}
