/**
 * `npm run publish` on real folders: releases side by side, `current` switched atomically (a reader polling the
 * live site during a publish only ever sees a whole release), old releases pruned, `--rollback`, refusal on bad
 * content (nothing published, the Chinese error list printed), and the ssh path's commands run through an `ssh`
 * stand-in that executes them on this machine. `--no-build` publishes small prepared dist folders: the build
 * itself has its own tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseTarget, releaseName } from '../../scripts/lib/release.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(tmpdir(), 'djjy-publish-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A dist folder whose pages all say `version`, with enough files that copying it takes a moment. */
function dist(version: string): string {
  const dir = path.join(temp, `dist-${version}`);
  mkdirSync(path.join(dir, 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<p>${version}</p>`);
  for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, 'pages', `${i}.html`), `${version}\n`.repeat(2000));
  return dir;
}

const env = (extra: Record<string, string> = {}) => ({ ...process.env, BUILD_DATE: '2026-12-01', ...extra });

function publish(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/publish.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: env(extra),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const live = (site: string) => readFileSync(path.join(site, 'current', 'index.html'), 'utf8');
const releases = (site: string) => readdirSync(path.join(site, 'releases')).sort();

describe('npm run publish', () => {
  it('reads folders and ssh addresses as targets; release names sort by time', () => {
    expect(parseTarget('/srv/djjy')).toEqual({ kind: 'folder', host: '', path: '/srv/djjy' });
    expect(parseTarget('deploy@web.example.cn:/srv/djjy')).toEqual({
      kind: 'ssh',
      host: 'deploy@web.example.cn',
      path: '/srv/djjy',
    });
    expect(parseTarget('C:\\site').kind).toBe('folder');
    const a = releaseName(new Date('2026-12-01T08:30:00.005Z'));
    expect(a).toBe('20261201-083000-005');
    expect([releaseName(new Date('2026-12-02T00:00:00Z')), a].sort()[0]).toBe(a);
  });

  it('switches current atomically: a reader during the publish sees the old or the new site, never neither', async () => {
    const site = path.join(temp, 'site-atomic');
    expect(publish([site, '--no-build'], { OUT_DIR: dist('v1') }).status).toBe(0);
    expect(live(site)).toBe('<p>v1</p>');
    expect(lstatSync(path.join(site, 'current')).isSymbolicLink()).toBe(true);

    const seen = new Set<string>();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/publish.ts'), site, '--no-build'], {
      cwd: ROOT,
      env: env({ OUT_DIR: dist('v2') }),
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      // Any read failing here (no current, a half-copied release) would throw and fail the test.
      const page = readFileSync(path.join(site, 'current', 'index.html'), 'utf8');
      const inner = readFileSync(path.join(site, 'current', 'pages', '299.html'), 'utf8');
      seen.add(`${page}|${inner.slice(0, 2)}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await exited).toBe(0);
    expect([...seen].sort()).toEqual(['<p>v1</p>|v1', '<p>v2</p>|v2']);
    expect(live(site)).toBe('<p>v2</p>');
    expect(releases(site)).toHaveLength(2);
    expect(readdirSync(path.join(site, 'releases')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps the newest releases, rolls back to the previous one, and refuses a rollback with nowhere to go', () => {
    const site = path.join(temp, 'site-rollback');
    for (const version of ['r1', 'r2', 'r3']) {
      const result = publish([site, '--no-build', '--keep', '2'], { OUT_DIR: dist(version) });
      expect(result.status, result.output).toBe(0);
    }
    expect(releases(site)).toHaveLength(2);
    expect(live(site)).toBe('<p>r3</p>');

    const back = publish([site, '--rollback']);
    expect(back.status, back.output).toBe(0);
    expect(back.output).toContain('已回退到版本');
    expect(live(site)).toBe('<p>r2</p>');
    expect(readlinkSync(path.join(site, 'current'))).toBe(`releases/${releases(site)[0]}`);

    const none = publish([site, '--rollback']);
    expect(none.status).toBe(1);
    expect(none.output).toContain('没有更早的版本可以回退');
    expect(live(site)).toBe('<p>r2</p>');
  });

  it('publishes nothing when the content has errors, and prints them in Chinese', () => {
    const site = path.join(temp, 'site-refuse');
    expect(publish([site, '--no-build'], { OUT_DIR: dist('good') }).status).toBe(0);
    const before = releases(site);

    const content = path.join(temp, 'bad-content');
    cpSync(path.join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
    cpSync(path.join(ROOT, 'tests/fixtures/bad-content/missing-person'), content, { recursive: true });
    const refused = publish([site, '--no-build'], { OUT_DIR: dist('bad'), CONTENT_DIR: content });
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/内容检查发现 \d+ 个错误，没有发布/);
    expect(refused.output).toContain('content/people');
    expect(releases(site)).toEqual(before);
    expect(live(site)).toBe('<p>good</p>');
  });

  it('runs the same steps on a server over ssh (PUBLISH_SSH names the client)', () => {
    // Stand-in for `ssh host command`: drops the host and runs the command here, as sshd would on the server.
    const fakeSsh = path.join(temp, 'fake-ssh');
    writeFileSync(fakeSsh, '#!/bin/sh\nshift\nexec sh -c "$*"\n');
    chmodSync(fakeSsh, 0o755);
    const site = path.join(temp, 'site-ssh');
    const result = publish([`deploy@web.example.cn:${site}`, '--no-build'], {
      OUT_DIR: dist('ssh1'),
      PUBLISH_SSH: fakeSsh,
    });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`deploy@web.example.cn:${site}`);
    expect(live(site)).toBe('<p>ssh1</p>');
    expect(existsSync(path.join(site, 'current', 'pages', '299.html'))).toBe(true);
  });
});
