/**
 * `npm run publish` on real folders and through a real sshd on loopback (tests/support/sshd.ts): releases side by
 * side, `current` switched atomically, old releases pruned, `--rollback` back to what was live before (history
 * log, `--status`), targets read as people write them, a time limit on every step (a server that never answers,
 * an upload and a switch that stall), Chinese causes for the usual ssh and shell failures, refusal on bad content,
 * and old pages keeping their hashed files through switches under load with real nginx. `--no-build` publishes
 * small prepared dist folders: the build itself has its own tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { explainFailure } from '../../scripts/lib/publish-errors.ts';
import { parseTarget, releaseName } from '../../scripts/lib/release.ts';
import { freePort } from '../../scripts/lib/static-server.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { isRoot, startSshd, type RunningSshd } from '../support/sshd.ts';

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
  it('reads folders and ssh addresses as people write them; release names sort by time', () => {
    expect(parseTarget('/srv/djjy')).toEqual({ kind: 'folder', host: '', path: '/srv/djjy' });
    expect(parseTarget('deploy@web.example.cn:/srv/djjy')).toEqual({
      kind: 'ssh',
      host: 'deploy@web.example.cn',
      path: '/srv/djjy',
    });
    // scp-style with a relative path: a folder in the login user's home on the server, never a local folder.
    expect(parseTarget('deploy@127.0.0.1:pub-www')).toEqual({ kind: 'ssh', host: 'deploy@127.0.0.1', path: 'pub-www' });
    expect(parseTarget('web:site/www')).toEqual({ kind: 'ssh', host: 'web', path: 'site/www' });
    expect(parseTarget('deploy@web:~/www')).toEqual({ kind: 'ssh', host: 'deploy@web', path: 'www' });
    expect(parseTarget('ssh://deploy@web:2222/srv/djjy')).toEqual({
      kind: 'ssh',
      host: 'deploy@web',
      path: '/srv/djjy',
      port: 2222,
    });
    expect(parseTarget('ssh://deploy@web/~/www')).toEqual({ kind: 'ssh', host: 'deploy@web', path: 'www' });
    expect(() => parseTarget('deploy@web:')).toThrow(/没有写服务器上的文件夹/);
    expect(() => parseTarget('deploy@web:~')).toThrow(/没有写服务器上的文件夹/);
    // A slash before the colon, or a drive letter: a folder here.
    expect(parseTarget('./deploy@web:www')).toEqual({ kind: 'folder', host: '', path: './deploy@web:www' });
    expect(parseTarget('C:\\site').kind).toBe('folder');
    expect(parseTarget('D:/网站').kind).toBe('folder');
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

  it('rolls back to what was live before, not to the next-older name: publish → rollback → publish → rollback', () => {
    const site = path.join(temp, 'site-history');
    const names: Record<string, string> = {};
    const step = (args: string[], extra: Record<string, string> = {}) => {
      const result = publish([site, ...args], extra);
      expect(result.status, result.output).toBe(0);
      return result.output;
    };
    for (const version of ['h1', 'h2']) {
      step(['--no-build'], { OUT_DIR: dist(version) });
      names[version] = readlinkSync(path.join(site, 'current')).replace('releases/', '');
    }
    expect(step(['--rollback'])).toContain(`已回退到版本 ${names.h1}`);
    step(['--no-build'], { OUT_DIR: dist('h3') });
    names.h3 = readlinkSync(path.join(site, 'current')).replace('releases/', '');
    // h2 was rolled away from; the next-older name is h2, but what was live before h3 is h1.
    expect(step(['--rollback'])).toContain(`已回退到版本 ${names.h1}`);
    expect(live(site)).toBe('<p>h1</p>');
    expect(publish([site, '--rollback']).output).toContain('没有更早的版本可以回退');

    const log = readFileSync(path.join(site, 'history.log'), 'utf8').trim().split('\n');
    expect(log.map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      `publish ${names.h1}`,
      `publish ${names.h2}`,
      `rollback ${names.h1}`,
      `publish ${names.h3}`,
      `rollback ${names.h1}`,
    ]);
    const status = step(['--status']);
    expect(status).toContain(`正在运行：${names.h1}`);
    expect(status).toContain('--rollback 会回到：（没有可以回退的版本）');
    const history = status.slice(status.indexOf('上线记录'));
    // Newest first, the live one marked, in Beijing time whatever the machine's zone.
    expect(history.split('\n').filter((line) => /^ {2}\d{4}-/.test(line))).toHaveLength(5);
    expect(history).toMatch(new RegExp(`回退到 ${names.h1}\\s+← 正在运行`));
    expect(history).toContain(`发布 ${names.h3}（已清理）`);
  });

  it('reads a target published to before history.log existed, and carries hashed files with any name', () => {
    const site = path.join(temp, 'site-legacy');
    // The layout earlier versions left: releases by time, current, no history.log, no lists of hashed files.
    const legacy: [name: string, version: string][] = [
      ['20261101-080000-000', 'old1'],
      ['20261102-080000-000', 'old2'],
    ];
    for (const [name, version] of legacy) {
      const release = path.join(site, 'releases', name);
      cpSync(dist(version), release, { recursive: true });
      mkdirSync(path.join(release, '_astro'));
      writeFileSync(path.join(release, '_astro', `photo of ${version}'s day.${version}.webp`), version);
    }
    symlinkSync('releases/20261102-080000-000', path.join(site, 'current'));
    const status = publish([site, '--status']);
    expect(status.output).toContain('--rollback 会回到：20261101-080000-000');
    expect(existsSync(path.join(site, 'history.log'))).toBe(false);

    expect(publish([site, '--no-build'], { OUT_DIR: dist('new') }).status).toBe(0);
    const carried = path.join(site, 'current', '_astro');
    expect(readdirSync(carried).sort()).toEqual(["photo of old1's day.old1.webp", "photo of old2's day.old2.webp"]);
    const back = publish([site, '--rollback']);
    expect(back.output).toContain('已回退到版本 20261102-080000-000');
    expect(live(site)).toBe('<p>old2</p>');
  });

  it('refuses a missing folder for --status and --rollback, in Chinese, and makes no folder', () => {
    const missing = path.join(temp, 'no-such-site');
    for (const flag of ['--status', '--rollback']) {
      const result = publish([missing, flag]);
      expect(result.status).toBe(1);
      expect(result.output).toContain(`目标文件夹 ${missing} 不存在：路径写错了，或者还从没往这里发布过`);
    }
    expect(existsSync(missing)).toBe(false);
  });
});

describe('npm run publish over ssh (a real sshd on loopback)', () => {
  let sshd: RunningSshd;
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(() => sshd?.stop());
  const viaSsh = (target: string, args: string[], extra: Record<string, string> = {}) =>
    publish([`${sshd.login}:${target}`, ...args], { PUBLISH_SSH: sshd.ssh, ...extra });
  const remote = (folder: string) => path.join(sshd.home, folder);

  it('publishes to user@host:relative in the remote home (never a local folder), rolls back to what was live', () => {
    const first = viaSsh('pub-www', ['--no-build'], { OUT_DIR: dist('s1') });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(`已发布版本`);
    expect(first.output).toContain(`${sshd.login}:~/pub-www（服务器上的 ${remote('pub-www')}）`);
    expect(live(remote('pub-www'))).toBe('<p>s1</p>');
    expect(existsSync(path.join(ROOT, `${sshd.login}:pub-www`))).toBe(false);
    expect(existsSync(path.join(remote('pub-www'), 'current', 'pages', '299.html'))).toBe(true);

    const s1 = readlinkSync(path.join(remote('pub-www'), 'current'));
    expect(viaSsh('pub-www', ['--no-build'], { OUT_DIR: dist('s2') }).status).toBe(0);
    expect(viaSsh('pub-www', ['--rollback']).output).toContain('已回退到版本');
    expect(viaSsh('pub-www', ['--no-build'], { OUT_DIR: dist('s3') }).status).toBe(0);
    const back = viaSsh('pub-www', ['--rollback']);
    expect(back.status, back.output).toBe(0);
    expect(readlinkSync(path.join(remote('pub-www'), 'current'))).toBe(s1);
    expect(live(remote('pub-www'))).toBe('<p>s1</p>');
    const status = viaSsh('pub-www', ['--status']);
    expect(status.output).toContain(`正在运行：${s1.replace('releases/', '')}`);
    expect(status.output.match(/^ {2}\d{4}-.*(发布|回退到) /gm)).toHaveLength(5);
  });

  /**
   * Expects a failed publish whose message gives `cause` in Chinese, says the site is unchanged, then the raw text
   * (none for the target script's own checks, whose cause is complete).
   */
  function expectFailure(result: { status: number | null; output: string }, cause: string | RegExp, raw?: RegExp) {
    expect(result.status, result.output).toBe(1);
    if (typeof cause === 'string') expect(result.output).toContain(cause);
    else expect(result.output).toMatch(cause);
    expect(result.output).toContain('网站没有变化，仍是原来的版本。');
    const detail = result.output.indexOf('详细信息：');
    if (!raw) return expect(detail).toBe(-1);
    expect(detail, result.output).toBeGreaterThan(result.output.search(typeof cause === 'string' ? /「/ : cause));
    expect(result.output.slice(detail)).toMatch(raw);
  }

  it('names the cause in Chinese for a refused key, an unknown host key and a closed port, the raw text after', async () => {
    const site = 'pub-errors';
    expect(viaSsh(site, ['--no-build'], { OUT_DIR: dist('e1') }).status).toBe(0);
    const before = readlinkSync(path.join(remote(site), 'current'));
    expectFailure(
      viaSsh(site, ['--no-build'], { OUT_DIR: dist('e2'), PUBLISH_SSH: sshd.sshWrongKey }),
      '服务器不接受这把 ssh 密钥',
      /Permission denied \(publickey/,
    );
    expectFailure(
      viaSsh(site, ['--no-build'], { OUT_DIR: dist('e2'), PUBLISH_SSH: sshd.sshUnknownHost }),
      '不认识主机',
      /Host key verification failed/,
    );
    const closed = await freePort();
    expectFailure(
      viaSsh(site, ['--no-build'], { OUT_DIR: dist('e2'), PUBLISH_SSH: sshd.ssh.replace(/-p \d+/, `-p ${closed}`) }),
      '拒绝连接：服务器上的 sshd 没有运行，或者端口不对',
      /Connection refused/,
    );
    expect(readlinkSync(path.join(remote(site), 'current'))).toBe(before);
    expect(live(remote(site))).toBe('<p>e1</p>');
  });

  it('names a missing parent folder, and a missing folder for --status, on the server', () => {
    const parent = viaSsh('/nonexistent-djjy/a/site', ['--no-build'], { OUT_DIR: dist('m1') });
    expect(parent.status).toBe(1);
    expect(parent.output).toContain('上级文件夹 /nonexistent-djjy/a 不存在：请先在服务器上建好它');
    const status = viaSsh('never-published', ['--status']);
    expect(status.status).toBe(1);
    expect(status.output).toContain('目标文件夹 never-published 不存在');
    expect(existsSync(remote('never-published'))).toBe(false);
  });

  it.skipIf(!isRoot)('names a folder the login cannot write (the server account is nobody)', () => {
    const site = 'pub-readonly';
    expect(viaSsh(site, ['--no-build'], { OUT_DIR: dist('w1') }).status).toBe(0);
    sshd.mode('nobody');
    try {
      const result = viaSsh(site, ['--no-build'], { OUT_DIR: dist('w2') });
      expectFailure(result, `没有写入权限：登录的用户不能在 ${remote(site)} 里写文件`);
    } finally {
      sshd.mode('');
    }
    expect(live(remote(site))).toBe('<p>w1</p>');
  });

  const tmpfs = (() => {
    if (!isRoot) return false;
    const probe = mkdtempSync(path.join(tmpdir(), 'djjy-tmpfs-probe-'));
    const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;
    if (ok) spawnSync('umount', [probe]);
    rmSync(probe, { recursive: true, force: true });
    return ok;
  })();

  it.skipIf(!tmpfs)('names a full disk before copying anything (a 1 MB tmpfs on the server)', () => {
    const site = remote('pub-full');
    mkdirSync(site);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', site]).status).toBe(0);
    try {
      const result = viaSsh('pub-full', ['--no-build'], { OUT_DIR: dist('full') });
      expectFailure(result, /服务器磁盘空间不足：剩余 1 MB，这次发布需要约 \d+ MB/);
      expect(readdirSync(path.join(site, 'releases'))).toEqual([]);
    } finally {
      spawnSync('umount', [site]);
    }
  });

  it('explains tar and shell failures met mid-upload in Chinese', () => {
    const context = { host: 'deploy@web', folder: '/srv/djjy' };
    expect(explainFailure('tar: ./x: Cannot write: No space left on device', context)).toContain('服务器磁盘已满');
    expect(explainFailure("sh: 1: cd: can't cd to /srv/djjy", context)).toContain(
      '目标文件夹 /srv/djjy 或其上级不存在',
    );
    expect(explainFailure('mkdir: cannot create directory: Read-only file system', context)).toContain('只读');
    expect(explainFailure('ssh: Could not resolve hostname web: Name or service not known', context)).toContain(
      '找不到主机 deploy@web',
    );
    expect(explainFailure('ssh: connect to host 10.0.0.9 port 22: No route to host', context)).toContain('连不上主机');
    expect(explainFailure('something new', context)).toBeUndefined();
  });

  describe('time limits', () => {
    const seconds = (start: number) => (performance.now() - start) / 1000;

    it('gives up on a server that accepts the connection and never answers', async () => {
      const silent = createServer(() => {});
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const port = (silent.address() as { port: number }).port;
      try {
        const start = performance.now();
        const result = viaSsh('pub-www', ['--no-build'], {
          OUT_DIR: dist('t0'),
          PUBLISH_SSH: sshd.ssh.replace(/-p \d+/, `-p ${port}`),
          PUBLISH_TIMEOUT_CONNECT: '2',
        });
        expect(seconds(start)).toBeLessThan(30);
        expect(result.status).toBe(1);
        expect(result.output).toMatch(/连接 \S+ 超时：2 秒内没有连上并完成检查/);
        expect(result.output).toContain('网站没有变化，仍是原来的版本。');
      } finally {
        silent.close();
      }
    });

    it('stops an upload when the server freezes mid-way (sshd’s session stopped), and the live site stays as it was', () => {
      const site = 'pub-stall';
      expect(viaSsh(site, ['--no-build'], { OUT_DIR: dist('u1') }).status).toBe(0);
      const before = readlinkSync(path.join(remote(site), 'current'));
      sshd.mode('freeze:tar -C');
      try {
        const start = performance.now();
        const result = viaSsh(site, ['--no-build'], { OUT_DIR: dist('u2'), PUBLISH_TIMEOUT_STALL: '2' });
        expect(seconds(start)).toBeLessThan(30);
        expect(result.status).toBe(1);
        expect(result.output).toMatch(/上传到 \S+ 超时：2 秒没有任何进展/);
        expect(result.output).toContain('网站没有变化，仍是原来的版本。');
      } finally {
        sshd.mode('');
      }
      expect(readlinkSync(path.join(remote(site), 'current'))).toBe(before);
      expect(live(remote(site))).toBe('<p>u1</p>');
      // The next publish goes through (the abandoned upload is hidden, and cleared once it is an hour old).
      expect(viaSsh(site, ['--no-build'], { OUT_DIR: dist('u3') }).status).toBe(0);
      expect(live(remote(site))).toBe('<p>u3</p>');
    });

    it('stops a switch that hangs, and says the switch is all-or-nothing', () => {
      const site = 'pub-stall-switch';
      expect(viaSsh(site, ['--no-build'], { OUT_DIR: dist('v1') }).status).toBe(0);
      sshd.mode("stall:sh 'activate'");
      try {
        const start = performance.now();
        const result = viaSsh(site, ['--no-build'], { OUT_DIR: dist('v2'), PUBLISH_TIMEOUT_SWITCH: '2' });
        expect(seconds(start)).toBeLessThan(30);
        expect(result.status).toBe(1);
        expect(result.output).toMatch(/「切换到新版本」超时：2 秒内没有完成/);
        expect(result.output).toContain('网站要么仍是原来的版本，要么已是新版本，不会是半截');
      } finally {
        sshd.mode('');
      }
      expect(live(remote(site))).toBe('<p>v1</p>');
    });
  });
});

/** `publish` without blocking the event loop, so readers can load the site while it runs. */
function publishAsync(
  args: string[],
  extra: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/publish.ts'), ...args], {
      cwd: ROOT,
      env: env(extra),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * A dist laid out like the build's (docs/deploy.md): pages that reference hashed `_astro/` files, one hashed file
 * whose content (and so name) never changes, and a Pagefind index whose entry file names the metadata file, which
 * names the index chunks and fragments a search page goes on to load. Every hash differs between versions.
 */
function hashedDist(version: string): string {
  const dir = path.join(temp, `hashed-${version}`);
  const hash = createHash('sha256').update(version).digest('hex').slice(0, 8);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const assets = [`/_astro/Base.${hash}.css`, `/_astro/page.${hash}.js`, '/_astro/fonts.Cj1d0Aq2.css'];
  const page = `<!doctype html><html data-release="${version}"><link rel="stylesheet" href="${assets[0]}"><link rel="stylesheet" href="${assets[2]}"><script type="module" src="${assets[1]}"></script></html>`;
  write('index.html', page);
  for (let i = 0; i < 20; i++) write(`lectures/${i}/index.html`, page);
  for (const asset of assets) write(asset, `/* ${asset.includes('fonts') ? 'same in every build' : version} */`);
  const chunks = [
    ...Array.from({ length: 12 }, (_, i) => `/pagefind/index/zh-cn_${hash}${i}.pf_index`),
    ...Array.from({ length: 30 }, (_, i) => `/pagefind/fragment/zh-cn_${hash}${i}.pf_fragment`),
    `/pagefind/filter/zh-cn_${hash}.pf_filter`,
  ];
  for (const chunk of chunks) write(chunk, version);
  write('pagefind/pagefind-entry.json', JSON.stringify({ languages: { 'zh-cn': { hash: `zh-cn_${hash}` } } }));
  write(`pagefind/pagefind.zh-cn_${hash}.pf_meta`, JSON.stringify(chunks));
  write('pagefind/pagefind.js', `// ${version}`);
  return dir;
}

describe('old pages keep every file they reference through switches (real nginx serving <target>/current)', () => {
  let nginx: RunningNginx;
  const site = path.join(temp, 'site-nginx');
  beforeAll(async () => {
    nginx = await startNginx({ site: 'site.conf', root: path.join(site, 'current') });
  });
  afterAll(() => nginx?.stop());

  /** What a reader's browser holds after loading a page and opening search: the release, and the files it will ask for. */
  async function openPage(pathname = '/'): Promise<{ release: string; files: string[] }> {
    const page = await fetch(`${nginx.origin}${pathname}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const release = /data-release="([^"]+)"/.exec(html)?.[1] ?? '';
    const files = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
    const entry = (await (await fetch(`${nginx.origin}/pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, { hash: string }>;
    };
    const meta = `/pagefind/pagefind.${entry.languages['zh-cn']!.hash}.pf_meta`;
    const metaReply = await fetch(`${nginx.origin}${meta}`);
    // The entry file and the metadata are two requests: a switch may fall between them (then the search page
    // would retry); only a consistent pair is a page a reader can hold.
    if (metaReply.status !== 200) return openPage(pathname);
    const chunks = JSON.parse(await metaReply.text()) as string[];
    return { release, files: [...files, meta, ...chunks] };
  }

  it('a page and a search page loaded before a publish or a rollback get every file after it: 0 × 404 under load', async () => {
    const publishVersion = async (version: string) => {
      const result = await publishAsync([site, '--no-build'], { OUT_DIR: hashedDist(version) });
      expect(result.status, result.output).toBe(0);
    };
    await publishVersion('n1');
    // publish, publish, rollback, publish, rollback, rollback, publish: every kind of switch, twice back in a row.
    const plan = ['n2', 'n3', 'rollback', 'n4', 'rollback', 'rollback', 'n5'];
    let switches = 0;
    let done = false;
    const counts = { requests: 0, notFound: 0, failed: 0, crossed: 0 };
    const failures: string[] = [];
    const started = performance.now();
    // Readers: open a page, wait a moment, then fetch everything it references; bounded in count and time.
    const reader = async () => {
      while (!done && counts.requests < 20_000 && performance.now() - started < 120_000) {
        const before = switches;
        const held = await openPage(`/lectures/${counts.requests % 20}/`);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
        for (const file of held.files) {
          counts.requests++;
          try {
            const reply = await fetch(`${nginx.origin}${file}`);
            await reply.arrayBuffer();
            if (reply.status === 404) {
              counts.notFound++;
              failures.push(`${held.release} ${file}`);
            } else if (reply.status !== 200) counts.failed++;
          } catch {
            counts.failed++;
          }
        }
        if (switches !== before) counts.crossed++;
      }
    };
    const readers = Array.from({ length: 4 }, reader);

    for (const step of plan) {
      // The page held across exactly this switch, checked file by file once the switch is done.
      const held = await openPage();
      if (step === 'rollback') {
        const result = await publishAsync([site, '--rollback']);
        expect(result.status, result.output).toBe(0);
      } else {
        await publishVersion(step);
      }
      switches++;
      const now = await openPage();
      expect(now.release, `${step} switched the live site`).not.toBe(held.release);
      for (const file of held.files) {
        expect((await fetch(`${nginx.origin}${file}`)).status, `${held.release} ${file} after ${step}`).toBe(200);
      }
    }
    done = true;
    await Promise.all(readers);

    expect(failures).toEqual([]);
    expect(counts.notFound).toBe(0);
    expect(counts.failed).toBe(0);
    expect(counts.crossed, 'readers held pages across switches').toBeGreaterThan(0);
    expect(counts.requests).toBeGreaterThan(500);

    // Carried files are hard links to the same data, not copies.
    const live = readlinkSync(path.join(site, 'current'));
    const carried = readdirSync(path.join(site, live, '_astro')).filter((file) => file.startsWith('Base.'));
    expect(carried.length).toBeGreaterThan(1);
    const linked = carried.filter((file) => statSync(path.join(site, live, '_astro', file)).nlink > 1);
    expect(linked.length).toBeGreaterThan(0);
    // Nothing accumulates: no release carries more than the releases on the target brought themselves.
    const own = new Set(
      readdirSync(path.join(site, 'releases')).flatMap((name) =>
        readFileSync(path.join(site, '.hashed', name), 'utf8')
          .trim()
          .split('\n'),
      ),
    );
    for (const name of readdirSync(path.join(site, 'releases'))) {
      const files = readdirSync(path.join(site, 'releases', name, '_astro')).map((file) => `_astro/${file}`);
      expect(files.length).toBeLessThanOrEqual(own.size);
    }
  });
});
