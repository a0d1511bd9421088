/**
 * `npm run publish -- <target>`: checks the content, builds the site and publishes dist/ atomically (see
 * scripts/lib/release.ts). The one step the CI templates in ci/ run when a commit lands on the main branch.
 *
 *   npm run publish -- /srv/djjy                 a folder on this machine (web root: /srv/djjy/current)
 *   npm run publish -- deploy@web.example.cn:/srv/djjy   a server, over ssh (key-based login)
 *   npm run publish -- /srv/djjy --rollback      back to the previous release
 *   npm run publish -- /srv/djjy --status        which release is live
 *
 * Options: --keep N (releases kept, default 5), --no-build (publish the dist/ already built). PUBLISH_TARGET
 * stands in for the target argument, PUBLISH_SSH for the ssh command (e.g. `ssh -p 2222`).
 * Bad content: the Chinese error list is printed, nothing is built or published, the exit code is 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblems } from '../src/content-check/check.ts';
import { fail, parseCli } from './lib/cli.ts';
import { describe, parseTarget, releaseName, ReleaseError, runOnTarget, upload } from './lib/release.ts';
import { changedContent, pagesOf, publishStatus, writePublishStatus } from './lib/publish-status.ts';

const USAGE = `用法：npm run publish -- <目标> [--keep 5] [--rollback] [--status] [--no-build]
目标：本机文件夹（如 /srv/djjy），或 ssh 地址（如 deploy@web.example.cn:/srv/djjy）。
网站服务器的根目录指向 <目标>/current。`;

const root = path.resolve(import.meta.dirname, '..');

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
const parsed = parseTarget(targetText);
const target = parsed.kind === 'folder' ? { ...parsed, path: path.resolve(parsed.path) } : parsed;

try {
  if (values.status || values.rollback) {
    const state = runOnTarget(target, values.rollback ? 'rollback' : 'status');
    const verb = values.rollback ? '已回退到' : '正在运行';
    console.log(
      `${describe(target)}：${verb}版本 ${state.current || '（无）'}；保留的版本：${state.releases.join('、') || '无'}`,
    );
    process.exit(0);
  }

  // 1. The content check, as the build runs it: errors stop everything before anything is built or copied.
  const { problems } = checkContent({ root, today: process.env.BUILD_DATE });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    writePublishStatus(target, publishStatus({ published: false, problems: errors }));
    fail(`内容检查发现 ${errors.length} 个错误，没有发布（网站保持原样）：\n\n${formatProblems(errors)}`);
  }

  // 2. The build (itself atomic: dist/ is only replaced by a complete site).
  const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');
  if (!values['no-build']) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], { stdio: 'inherit', cwd: root });
    if (build.status !== 0) {
      writePublishStatus(target, publishStatus({ published: false, failure: '构建失败' }));
      fail('构建失败，没有发布（网站保持原样）。');
    }
  }
  if (!existsSync(path.join(dist, 'index.html'))) fail(`${dist} 里没有 index.html：请先构建（去掉 --no-build）。`);

  // 3. Upload under a hidden name, then switch `current` in one rename and prune old releases.
  const name = releaseName(new Date());
  upload(dist, target, name);
  const state = runOnTarget(target, 'activate', name, keep);
  console.log(
    `已发布版本 ${state.current} 到 ${describe(target)}（current 指向它；保留 ${state.releases.length} 个版本）。`,
  );
  console.log(`回退到上一版：npm run publish -- ${targetText} --rollback`);
  // What /admin/ shows editors (docs/editors-cms.md): the pages this commit changed, now live.
  writePublishStatus(target, publishStatus({ published: true, pages: pagesOf(changedContent(root)) }));
} catch (error) {
  if (error instanceof ReleaseError) {
    writePublishStatus(target, publishStatus({ published: false, failure: '上传或切换版本失败' }));
    fail(error.message);
  }
  throw error;
}
