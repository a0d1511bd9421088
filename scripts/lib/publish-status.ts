/**
 * Records the end of a publish, success or failure, where /admin/ reads it: `<target>/current/admin/
 * publish-status.json` (src/cms/publish-status.ts), written whole and renamed into place, on this machine or over
 * ssh. After a success `current` is the new release; after a failure it is the release still live, so the editor
 * page people have open shows why their change is not on it. Nothing is written before anything was published.
 */
import { spawnSync } from 'node:child_process';
import { PUBLISH_STATUS_FILE, type PublishProblem, type PublishStatus } from '../../src/cms/publish-status.ts';
import type { Problem } from '../../src/content-check/problem.ts';
import { onTarget, timeLimits, type Target } from './release.ts';

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** Content files (`content/lectures/12.mdx`) → the pages that show them (`lectures/12/`). */
export function pagesOf(files: readonly string[]): string[] {
  const pages = files.flatMap((file) => {
    const entry = /(?:^|\/)content\/(lectures|meetings|books|people)\/([^/]+)\.mdx?$/.exec(file);
    // A session's page is its number (meetings/29-xin-dangzhang.mdx is /meetings/29/).
    if (entry)
      return [
        `${entry[1]}/${/^(lectures|meetings)$/.test(entry[1]!) ? (/^\d+/.exec(entry[2]!)?.[0] ?? entry[2]) : entry[2]}/`,
      ];
    const about = /(?:^|\/)content\/pages\/about-([a-z-]+)\.mdx?$/.exec(file);
    return about ? [`about/${about[1]}/`] : [];
  });
  return [...new Set(pages)];
}

/** The content files the commit being published changed (empty outside a git checkout). */
export function changedContent(root: string): string[] {
  const result = spawnSync('git', ['diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD', '--', 'content'], {
    cwd: root,
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

/** The status of a publish that ended now. */
export function publishStatus(
  outcome: { published: true; pages: string[] } | { published: false; problems?: Problem[]; failure?: string },
  now = new Date(),
): PublishStatus {
  const problems: PublishProblem[] = outcome.published
    ? []
    : (outcome.problems ?? []).map(({ file, field, message, example }) => ({
        file,
        ...(field ? { field } : {}),
        message,
        ...(example ? { example } : {}),
      }));
  return {
    published: outcome.published,
    time: now.toISOString(),
    pages: outcome.published ? outcome.pages : [],
    problems,
    ...(!outcome.published && outcome.failure ? { failure: outcome.failure } : {}),
  };
}

/**
 * Writes the status into the live release. Returns false (and changes nothing) when the target has no live
 * release yet or cannot be reached: the status is news for editors, never a reason for a publish to fail.
 */
export function writePublishStatus(
  target: Target,
  status: PublishStatus,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const dir = `${target.path}/current/admin`;
  const file = `${dir}/${PUBLISH_STATUS_FILE}`;
  const script = `[ -d ${quote(dir)} ] || exit 0; cat > ${quote(`${file}.tmp`)} && mv -f ${quote(`${file}.tmp`)} ${quote(file)} && echo written`;
  // The same ssh client, options and time limit as the publish's own steps: a stalled server never hangs it.
  const limits = timeLimits(env);
  const [command, ...args] = onTarget(target, script, limits, env);
  const result = spawnSync(command!, args, {
    input: `${JSON.stringify(status, null, 2)}\n`,
    encoding: 'utf8',
    env,
    // A small file: twice the connect limit is plenty, and a stalled server does not hold the publish up.
    timeout: limits.connect * 2000,
  });
  return result.status === 0 && result.stdout.includes('written');
}
