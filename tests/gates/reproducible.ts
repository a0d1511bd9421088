/**
 * Gate: reproducible builds. Two builds of the same content must give byte-identical folders; this hashes every
 * file of a tree and lists what differs between two trees.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** sha256 of every file under `dir`, by path relative to `dir` (forward slashes). */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file).split(path.sep).join('/');
    hashes.set(relative, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

/** Files only in one tree, and files whose bytes differ; empty when the trees are identical. */
export function diffTrees(a: string, b: string): string[] {
  const left = hashTree(a);
  const right = hashTree(b);
  const problems: string[] = [];
  for (const [file, hash] of left) {
    if (!right.has(file)) problems.push(`only in the first build: ${file}`);
    else if (right.get(file) !== hash) problems.push(`differs: ${file}`);
  }
  for (const file of right.keys()) if (!left.has(file)) problems.push(`only in the second build: ${file}`);
  return problems.sort();
}
