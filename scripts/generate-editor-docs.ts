/**
 * `npm run docs:editors`: regenerates what editors read about the fields, from src/schemas:
 * the JSON Schemas in docs/schemas/ and the field tables in docs/编辑指南.md (between the
 * `<!-- fields:NAME -->` markers; the prose around them is left alone).
 * `--check` writes nothing and exits 1 when a file is out of date (a unit test does the same).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { GUIDE_PATH, generatedFiles } from '../src/content-check/editor-docs.ts';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const files = generatedFiles(readFileSync(path.join(root, GUIDE_PATH), 'utf8'));
const stale: string[] = [];

for (const [relative, content] of Object.entries(files)) {
  const abs = path.join(root, relative);
  const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  if (current === content) continue;
  stale.push(relative);
  if (!check) {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

if (check) {
  if (stale.length > 0) {
    console.error(`以下文件与 src/schemas 不一致，请运行 npm run docs:editors：\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('编辑指南的字段表和 JSON Schema 都是最新的。');
} else {
  console.log(stale.length > 0 ? `已更新：\n  ${stale.join('\n  ')}` : '没有需要更新的文件。');
}
