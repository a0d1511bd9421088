/**
 * The scripts a reader's browser can run on the public site: every script the built pages (all HTML but /admin/)
 * load, the chunks those import, and the lazily loaded read-aloud script. The web editor at /admin/ is left out:
 * it needs a current Chromium-based browser anyway (File System Access API), and its bundle from npm carries
 * prebuilt workers that are not the site's own code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { basePath } from './pages.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'admin' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Absolute paths of the public site's scripts in `distDir`, classic and module apart. */
export function publicScripts(distDir: string): { classic: string[]; modules: string[] } {
  const classic = new Set<string>();
  const modules = new Set<string>();
  const queue: string[] = [];
  const add = (file: string, isModule: boolean) => {
    if (!existsSync(file)) return;
    const set = isModule ? modules : classic;
    if (set.has(file)) return;
    set.add(file);
    if (isModule) queue.push(file);
  };
  const base = basePath(distDir);
  for (const page of htmlFiles(distDir)) {
    const html = readFileSync(page, 'utf8');
    for (const match of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js)"/g)) {
      const pathname = new URL(match[2]!, 'http://site/').pathname;
      const file = path.join(distDir, pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
      add(file, /type="module"/.test(match[1]!));
    }
  }
  // Loaded on the first press of 朗读, and the worker the reading-settings script registers.
  add(path.join(distDir, 'read-aloud.js'), true);
  add(path.join(distDir, 'sw.js'), false);
  // Chunks the modules import, by their file names (Vite writes them side by side in _astro/).
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const match of readFileSync(file, 'utf8').matchAll(
      /["'`](?:\.\/|\/(?:[^"'`]*\/)?_astro\/)([\w.-]+\.js)["'`]/g,
    )) {
      add(path.join(path.dirname(file), match[1]!), true);
    }
  }
  return { classic: [...classic].sort(), modules: [...modules].sort() };
}
