/**
 * The park-scale loop (issue 14, point 3): what an editor waits for with the starter content (content/, copied,
 * never touched). A full build of it, and `npm run dev`: first page after start, then the same page after a
 * content edit, each against a bare Astro site of the same size (the benchmark's control) in the same run.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../lib/static-server.ts';

export interface DevLoop {
  /** Spawn of `astro dev` to the first page answered (content check, content sync, first render). */
  firstPageMs: number;
  /** A content file saved to the page showing the change. */
  afterEditMs: number;
}

/** Copies the starter content into `to` (the benchmark edits its copy, never content/). */
export function copyStarterContent(root: string, to: string): void {
  cpSync(path.join(root, 'content'), to, { recursive: true });
}

/** The lecture the dev loop edits: the first file, its number (our address) and its id (the control's address). */
export function editedLecture(content: string): { file: string; number: number; id: string } {
  const name = readdirSync(path.join(content, 'lectures'))
    .filter((file) => /\.mdx?$/.test(file))
    .sort()[0];
  if (!name) throw new Error(`no lecture in ${content}`);
  const file = path.join(content, 'lectures', name);
  const number = Number(/^number:\s*(\d+)/m.exec(readFileSync(file, 'utf8'))?.[1]);
  return { file, number, id: name.replace(/\.mdx?$/, '') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until its body contains `text` (or, without text, until it answers 200); milliseconds waited. */
async function waitFor(url: string, text: string | undefined, since: number, timeoutMs = 600_000): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    try {
      const reply = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      const body = await reply.text();
      if (reply.ok && (text === undefined || body.includes(text))) return Date.now() - since;
    } catch {
      // Not listening yet, or still compiling.
    }
    await sleep(100);
  }
  throw new Error(`${url} did not show ${text ?? 'a page'} within ${timeoutMs / 1000} s`);
}

/**
 * Starts `astro dev` in `project`, times the first answer of `page` (a path), then appends a paragraph to `edit`
 * and times until the page shows it. The server is stopped (its whole process group) before returning.
 */
export async function measureDevLoop(options: {
  project: string;
  astro: string;
  page: string;
  edit: string;
  env?: Record<string, string>;
  log: string;
}): Promise<DevLoop> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${options.page}`;
  const log = openSync(options.log, 'a');
  const started = Date.now();
  const server = spawn(process.execPath, [options.astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: options.project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  try {
    const firstPageMs = await waitFor(url, undefined, started);
    // Let the watcher settle after start-up before saving, as an editor would.
    await sleep(2000);
    const marker = `基准测试修改${Date.now()}`;
    const saved = Date.now();
    appendFileSync(options.edit, `\n\n${marker}\n`);
    const afterEditMs = await waitFor(url, marker, saved);
    return { firstPageMs, afterEditMs };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
  }
}

/**
 * The editor's loop (issue 27): changes the title of the first entry of `folder` (`books`, `lectures`) in the
 * content tree, as an editor correcting one title does; returns the file. Both our build and the control's are
 * rebuilt after it, each with the caches its previous build left.
 */
export function editTitle(content: string, folder: string): string {
  const name = readdirSync(path.join(content, folder))
    .filter((file) => /\.(md|mdx|ya?ml)$/.test(file))
    .sort()[0];
  if (!name) throw new Error(`nothing in ${content}/${folder}`);
  const file = path.join(content, folder, name);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(
    /^title:\s*(['"]?)(.*?)\1\s*$/m,
    (_line, _quote, title: string) => `title: ${title}（修订）`,
  );
  if (edited === text) throw new Error(`no title line in ${file}`);
  writeFileSync(file, edited);
  return file;
}
