/**
 * The publish step tells editors how it ended, where /admin/ reads it: `<target>/current/admin/publish-status.json`
 * (scripts/lib/publish-status.ts). A publish that went live records 已发布 with the time and the pages; one that the
 * content check stopped records 未发布 with the check's messages (file, field, fix), in the release still live;
 * the same over ssh. `--no-build` publishes small prepared dist folders, as tests/cli/publish.test.ts does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pagesOf } from '../../scripts/lib/publish-status.ts';
import type { PublishStatus } from '../../src/cms/publish-status.ts';
import { startSshd } from '../support/sshd.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(tmpdir(), 'djjy-publish-status-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A built site in miniature: a home page and the editor's folder with the build's "nothing recorded" file. */
function dist(version: string): string {
  const dir = path.join(temp, `dist-${version}`);
  mkdirSync(path.join(dir, 'admin'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<p>${version}</p>`);
  writeFileSync(path.join(dir, 'admin', 'publish-status.json'), '{"published":null}');
  return dir;
}

function publish(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/publish.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-12-01', ...extra },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const statusOf = (site: string) =>
  JSON.parse(readFileSync(path.join(site, 'current', 'admin', 'publish-status.json'), 'utf8')) as PublishStatus;

/** The fixture site with one book's ISBN check digit wrong. */
function badContent(): string {
  const content = path.join(temp, 'bad-content');
  cpSync(path.join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/bad-content/isbn-checksum'), content, { recursive: true });
  return content;
}

describe('npm run publish records its outcome for /admin/', () => {
  it('已发布: the time and the pages, in the new release', () => {
    const site = path.join(temp, 'site-ok');
    const result = publish([site, '--no-build'], { OUT_DIR: dist('good') });
    expect(result.status, result.output).toBe(0);
    const status = statusOf(site);
    expect(status.published).toBe(true);
    // The time is the publish's own moment, whatever the day: the release it made is named by the same clock
    // (releaseName), so the two agree to within the seconds the copy took. No reading of today's date here.
    const release = path.basename(realpathSync(path.join(site, 'current')));
    const [, y, mo, d, h, mi, sec, ms] = /^(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)-(\d{3})$/.exec(release)!;
    const released = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec}.${ms}Z`);
    expect(Math.abs(Date.parse(status.time) - released), `${status.time} vs release ${release}`).toBeLessThan(60_000);
    expect(status.problems).toEqual([]);
    expect(Array.isArray(status.pages)).toBe(true);
  });

  it('未发布: the content check’s messages (file, field, fix), in the release still live', () => {
    const site = path.join(temp, 'site-refused');
    expect(publish([site, '--no-build'], { OUT_DIR: dist('live') }).status).toBe(0);
    const refused = publish([site, '--no-build'], { OUT_DIR: dist('next'), CONTENT_DIR: badContent() });
    expect(refused.status).toBe(1);
    expect(readFileSync(path.join(site, 'current', 'index.html'), 'utf8')).toBe('<p>live</p>');
    const status = statusOf(site);
    expect(status.published).toBe(false);
    expect(status.pages).toEqual([]);
    const isbn = status.problems.find((problem) => problem.field === 'isbn');
    expect(isbn?.file).toMatch(/books\/.+\.md$/);
    expect(isbn?.message).toMatch(/校验位不对/);
    // The same words the publish printed for the CI log.
    expect(refused.output).toContain(isbn!.message);
  });

  it('writes nothing where nothing was ever published, and fails no publish over it', () => {
    const site = path.join(temp, 'site-empty');
    const refused = publish([site, '--no-build'], { OUT_DIR: dist('x'), CONTENT_DIR: badContent() });
    expect(refused.status).toBe(1);
    expect(existsSync(path.join(site, 'current'))).toBe(false);
  });

  it('records it on a server over ssh too (a real sshd on loopback, tests/support/sshd.ts)', async () => {
    const sshd = await startSshd();
    try {
      // A relative target lands in the account's home, as `npm run publish -- user@host:folder` does.
      const site = path.join(sshd.home, 'site-ssh');
      const ok = publish([`${sshd.login}:site-ssh`, '--no-build'], { OUT_DIR: dist('ssh'), PUBLISH_SSH: sshd.ssh });
      expect(ok.status, ok.output).toBe(0);
      expect(statusOf(site).published).toBe(true);
      const refused = publish([`${sshd.login}:site-ssh`, '--no-build'], {
        OUT_DIR: dist('ssh2'),
        PUBLISH_SSH: sshd.ssh,
        CONTENT_DIR: badContent(),
      });
      expect(refused.status).toBe(1);
      expect(statusOf(site).published).toBe(false);
    } finally {
      await sshd.stop();
    }
  });

  it('links each changed content file to its page', () => {
    expect(
      pagesOf([
        'content/lectures/12.mdx',
        'content/meetings/29-xin-dangzhang.mdx',
        'content/books/9787020002207.md',
        'content/people/zhang-wei.md',
        'content/pages/about-chuxin.md',
        'content/lectures/images/a.jpg',
        'content/data/site.json',
      ]),
    ).toEqual(['lectures/12/', 'meetings/29/', 'books/9787020002207/', 'people/zhang-wei/', 'about/chuxin/']);
  });
});
