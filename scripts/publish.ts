/**
 * `npm run publish -- <target>`: checks the content, builds the site and publishes dist/ atomically (see
 * scripts/lib/release.ts and scripts/lib/target-script.ts). The one step the CI templates in ci/ run when a commit
 * lands on the main branch.
 *
 *   npm run publish -- /srv/djjy                          a folder on this machine (web root: /srv/djjy/current)
 *   npm run publish -- deploy@web.example.cn:/srv/djjy    a server, over ssh (key-based login)
 *   npm run publish -- deploy@web.example.cn:djjy         …a folder in deploy's home folder on that server
 *   npm run publish -- /srv/djjy --rollback               back to the release that was live before this one
 *   npm run publish -- /srv/djjy --status                 what is live, and the history of what was
 *
 * Options: --keep N (releases kept, default 5), --no-build (publish the dist/ already built). PUBLISH_TARGET
 * stands in for the target argument, PUBLISH_SSH for the ssh command (e.g. `ssh -p 2222 -i key`),
 * PUBLISH_TIMEOUT_CONNECT / _STALL / _UPLOAD / _SWITCH for the time limits in seconds (docs/editors-cms.md).
 * Every way it ends, success or not, goes through one `PublishOutcome` at the bottom of this file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblems } from '../src/content-check/check.ts';
import { fail, parseCli } from './lib/cli.ts';
import {
  describe,
  parseTarget,
  releaseName,
  ReleaseError,
  runOnTarget,
  upload,
  type Target,
  type TargetState,
} from './lib/release.ts';
import { changedContent, pagesOf, publishStatus, writePublishStatus } from './lib/publish-status.ts';

const USAGE = `用法：npm run publish -- <目标> [--keep 5] [--rollback] [--status] [--no-build]
目标：本机文件夹（如 /srv/djjy、./site），或 ssh 地址（如 deploy@web.example.cn:/srv/djjy；
      deploy@web.example.cn:djjy 是该用户主目录下的 djjy；ssh://deploy@web.example.cn:2222/srv/djjy 指定端口）。
网站服务器的根目录指向 <目标>/current。`;

const root = path.resolve(import.meta.dirname, '..');

/** How a run of the script ended; printed by `finish`, and the one place to hook a status report. */
export interface PublishOutcome {
  ok: boolean;
  action: 'publish' | 'rollback' | 'status';
  /** The target as given. */
  target: string;
  /** The release live at the end, when known. */
  live?: string;
  /** What to print: the result, or the Chinese error. */
  message: string;
}

const { values, positionals } = parseCli(
  {
    keep: { type: 'string', default: '5' },
    rollback: { type: 'boolean' },
    status: { type: 'boolean' },
    'no-build': { type: 'boolean' },
  },
  USAGE,
);
const targetText = positionals[0] ?? process.env.PUBLISH_TARGET;
if (!targetText) fail(`请写明发布到哪里。\n\n${USAGE}`);
const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 1) fail(`--keep 应为正整数，现为「${values.keep}」。`);
const action = values.rollback ? 'rollback' : values.status ? 'status' : 'publish';

/** Beijing time, whatever the machine's time zone: 2026-12-01 16:30:00. */
function beijingTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '（时间未记录）';
  return date.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** --status: what is live, what --rollback would return to, and the log of what went live when. */
function statusText(target: Target, state: TargetState): string {
  const lines = [`${describe(target)}`, `正在运行：${state.current || '（没有，current 不存在）'}`];
  lines.push(`--rollback 会回到：${state.releases[1] ?? '（没有可以回退的版本）'}`);
  lines.push(`保留的版本（按上线先后，新的在前）：${state.releases.join('、') || '无'}`);
  lines.push('上线记录（北京时间，新的在前）：');
  const entries = state.history.slice(-30).reverse();
  entries.forEach((entry, index) => {
    const verb = entry.action === 'rollback' ? '回退到' : '发布';
    const mark = index === 0 && entry.release === state.current ? '  ← 正在运行' : '';
    const gone = state.releases.includes(entry.release) ? '' : '（已清理）';
    lines.push(`  ${beijingTime(entry.time)}  ${verb} ${entry.release}${gone}${mark}`);
  });
  if (entries.length === 0) lines.push('  （没有记录）');
  return lines.join('\n');
}

/** Total size of a folder's files, for the target's free-space check. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

async function run(targetText: string): Promise<PublishOutcome> {
  const end = (ok: boolean, message: string, live?: string): PublishOutcome => ({
    ok,
    action,
    target: targetText,
    message,
    ...(live ? { live } : {}),
  });
  let target: Target;
  try {
    const parsed = parseTarget(targetText);
    target = parsed.kind === 'folder' ? { ...parsed, path: path.resolve(parsed.path) } : parsed;
  } catch (error) {
    if (error instanceof ReleaseError) return end(false, error.message);
    throw error;
  }
  try {
    if (action === 'status') {
      const state = await runOnTarget(target, 'status');
      return end(true, statusText(target, state), state.current);
    }
    if (action === 'rollback') {
      const state = await runOnTarget(target, 'rollback', { keep });
      return end(
        true,
        `${describe(target)}：已回退到版本 ${state.current}（之前上线的那一版）。\n` +
          `再回退一次会回到：${state.releases[1] ?? '（没有更早的版本）'}`,
        state.current,
      );
    }

    // 1. The content check, as the build runs it: errors stop everything before anything is built or copied.
    const { problems } = checkContent({ root, today: process.env.BUILD_DATE });
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) {
      writePublishStatus(target, publishStatus({ published: false, problems: errors }));
      return end(
        false,
        `内容检查发现 ${errors.length} 个错误，没有发布（网站保持原样）：\n\n${formatProblems(errors)}`,
      );
    }

    // 2. The build (itself atomic: dist/ is only replaced by a complete site).
    const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');
    if (!values['no-build']) {
      const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], { stdio: 'inherit', cwd: root });
      if (build.status !== 0) {
        writePublishStatus(target, publishStatus({ published: false, failure: '构建失败' }));
        return end(false, '构建失败，没有发布（网站保持原样）。');
      }
    }
    if (!existsSync(path.join(dist, 'index.html'))) {
      return end(false, `${dist} 里没有 index.html：请先构建（去掉 --no-build）。网站保持原样。`);
    }

    // 3. Check the target, upload under a hidden name, then switch `current` in one rename and prune.
    const checked = await runOnTarget(target, 'check', { bytes: folderBytes(dist) });
    const name = releaseName(new Date());
    await upload(dist, target, name);
    const state = await runOnTarget(target, 'activate', { name, keep });
    const where =
      target.kind === 'ssh' && checked.home ? `${describe(target)}（服务器上的 ${checked.home}）` : describe(target);
    // What /admin/ shows editors (docs/editors-cms.md): the pages this commit changed, now live.
    writePublishStatus(target, publishStatus({ published: true, pages: pagesOf(changedContent(root)) }));
    return end(
      true,
      `已发布版本 ${state.current} 到 ${where}（current 指向它；保留 ${state.releases.length} 个版本）。\n` +
        `回退到之前上线的版本：npm run publish -- ${targetText} --rollback`,
      state.current,
    );
  } catch (error) {
    if (error instanceof ReleaseError) {
      if (action === 'publish') {
        writePublishStatus(target, publishStatus({ published: false, failure: '上传或切换版本失败' }));
      }
      return end(false, error.message);
    }
    throw error;
  }
}

function finish(outcome: PublishOutcome): never {
  if (!outcome.ok) fail(outcome.message);
  console.log(outcome.message);
  process.exit(0);
}

const outcome = await run(targetText);
finish(outcome);
