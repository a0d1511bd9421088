/** Bytes and file counts of a built site and its search index. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

export function folderSize(dir: string): FolderSize {
  const total: FolderSize = { bytes: 0, files: 0 };
  if (!existsSync(dir)) return total;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total.files++;
    total.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes(`${path.sep}pagefind`)) pages++;
  }
  return pages;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
