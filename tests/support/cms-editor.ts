/**
 * Driving the web editor (/admin/) in Chromium as an editor would, in its local mode: the project folder is seeded
 * into the browser's origin-private file system (OPFS) and handed to the editor in place of the folder picker, as a
 * real folder would be after 使用本地仓库; fields are found by their key path, relations picked by typing.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CONTENT = path.resolve('content');

/** Every content file as [path inside the project, base64]. */
export function contentFiles(): [string, string][] {
  return globSync('**/*', { cwd: CONTENT, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const abs = path.join(entry.parentPath, entry.name);
      return [`content/${path.relative(CONTENT, abs).split(path.sep).join('/')}`, readFileSync(abs).toString('base64')];
    });
}

export async function openLocalProject(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker =
      async () => (await navigator.storage.getDirectory()).getDirectoryHandle('site', { create: true });
  });
  await page.goto('admin/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('site', { recursive: true }).catch(() => undefined);
    const site = await root.getDirectoryHandle('site', { create: true });
    await site.getDirectoryHandle('.git', { create: true });
    for (const [file, data] of files) {
      const parts = file.split('/');
      let dir = site;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
      const writable = await handle.createWritable();
      await writable.write(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, contentFiles());
  await page.getByRole('button', { name: '使用本地仓库' }).click();
}

/**
 * The editor opened on a fresh copy of the content, its collections listed, ready for a long form session (long
 * timeouts: the bundle is large and a loaded CI machine slow). Returns the page errors seen from now on, which a
 * test expects to be none at its end.
 */
export async function openEditor(page: Page): Promise<string[]> {
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openLocalProject(page);
  await expect(page.getByRole('treeitem', { name: '初心讲坛' })).toBeVisible({ timeout: 90_000 });
  return errors;
}

/** The form's field at a key path (`photos.0.alt`), scrolled into view: the editor renders fields lazily. */
export async function field(page: Page, key: string): Promise<Locator> {
  const form = page.getByRole('group', { name: '内容编辑器' });
  const locator = form.locator(`[data-key-path="${key}"]`).first();
  for (let i = 0; i < 40 && (await locator.count()) === 0; i++) {
    await form.locator('[data-key-path]').last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(150);
  }
  await locator.scrollIntoViewIfNeeded();
  return locator;
}

/** Picks an entry in a relation field, narrowing the list by typing (names, titles or ISBNs are searched). */
export async function pick(page: Page, key: string, option: RegExp, query?: string) {
  const combobox = (await field(page, key)).getByRole('combobox').first();
  await combobox.click();
  // The list's own filter box (it takes the focus a moment after the list opens: typing earlier goes nowhere).
  if (query) await page.getByRole('searchbox', { name: '筛选选项' }).pressSequentially(query);
  await page.getByRole('option', { name: option }).first().click();
  await page.waitForTimeout(300);
}

export async function save(page: Page) {
  await page.getByRole('group', { name: '内容编辑器' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('group', { name: '内容编辑器' })).toHaveCount(0, { timeout: 30_000 });
}

/** Every file the editor's project folder now holds (path → bytes as base64). */
export async function projectFiles(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      const entries = (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries();
      for await (const [name, handle] of entries) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out[`${prefix}${name}`] = btoa(binary);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('site'), '');
    return out;
  });
}

export const text = (files: Record<string, string>, name: string) =>
  Buffer.from(files[name] ?? '', 'base64').toString('utf8');
