/**
 * `npm run edit` starts the web editor on localhost and prints where to go; /admin/ answers with the editor and
 * the configuration generated from src/schemas and loads the editor's bundle from the site itself (the cached
 * bundle of src/cms/bundle.ts, served by src/integrations/cms-bundle.ts). (Its browser behaviour is tested on the
 * production build in tests/e2e/admin.spec.ts and admin-edit.spec.ts; the dev server uses the same page and bundle.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/lib/static-server.ts';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';
import { waitUntil } from '../support/wait.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGTERM');
});

describe('npm run edit', () => {
  it('prints the editor and preview addresses on localhost, and serves /admin/ with its bundle', async () => {
    const port = await freePort();
    // Every host name the process looks up (tests/support/host-watch.mjs): an update check or a usage report would show.
    const hostLog = path.join(mkdtempSync(path.join(tmpdir(), 'djjy-edit-')), 'hosts.log');
    child = spawn(process.execPath, [path.join(ROOT, 'scripts/edit.ts')], {
      cwd: ROOT,
      // As from a terminal: without vitest's own variables (NODE_ENV=test, VITEST…), which change how Astro runs.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV|TEST$|MODE$)/.test(key)),
        ),
        PORT: String(port),
        NODE_OPTIONS: `--import ${path.join(ROOT, 'tests/support/host-watch.mjs')}`,
        HOST_WATCH_LOG: hostLog,
        // The dev server splits upcoming from past sessions by this date, as every test build does.
        BUILD_DATE: TEST_BUILD_DATE,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntil(() => output.includes('/admin/'), 120_000, 200);
    expect(output).toContain(`编辑内容：http://localhost:${port}/admin/`);
    expect(output).toContain('使用本地仓库');
    expect(output).toContain(`预览网站：http://localhost:${port}/`);
    const response = await fetch(`http://localhost:${port}/admin/`);
    expect(response.status, `${output}\n${await response.clone().text()}`).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-cms-config=');
    expect(html).toContain('Content-Security-Policy');
    const script = /<script type="module" src="(\/_astro\/cms-[0-9a-f]+\/admin\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();
    const bundle = await fetch(`http://localhost:${port}${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    // The entry imports its chunks by relative address, and they are served too.
    const chunk = /import\(`\.\/([^`]+\.js)`\)/.exec(await bundle.text())?.[1];
    expect(chunk).toBeDefined();
    expect((await fetch(new URL(chunk!, `http://localhost:${port}${script}`))).status).toBe(200);
    // Astro's update check runs in the first seconds after start-up: give it time to show itself.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(existsSync(hostLog) ? readFileSync(hostLog, 'utf8') : '', 'hosts looked up').toBe('');
    // What it prints is Chinese (addresses and the folder aside): no "New version of Astro available".
    for (const line of output
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      expect(line, output).toMatch(/\p{Script=Han}|^(?:https?:\/\/|\/|[A-Z]:\\)/u);
    }
  }, 180_000);
});
