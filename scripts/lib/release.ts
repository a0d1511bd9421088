/**
 * Atomic releases of the built site into a folder the web server serves, on this machine or over ssh:
 *
 *   <target>/releases/20261201-083000/   one complete copy of dist/ per publish (the newest few are kept)
 *   <target>/current -> releases/…        what the web server's root points at
 *
 * A copy is uploaded under a hidden name and renamed when complete; `current` is switched by renaming a new
 * symlink over it (rename(2) is atomic), so a visitor sees the old site or the new one, never a mixture.
 * Every step on the target is one POSIX shell script, run by `sh` here or by `ssh host sh` there: the tests that
 * run it on real folders run the very commands a server runs.
 */
import { spawnSync } from 'node:child_process';

export interface Target {
  kind: 'folder' | 'ssh';
  /** `deploy@web.example.cn` for ssh; empty for a folder. */
  host: string;
  /** The release root on the target (absolute for ssh). */
  path: string;
}

/** `/srv/djjy`, `./out` → folder; `deploy@web:/srv/djjy`, `web:/srv/djjy` → ssh. */
export function parseTarget(text: string): Target {
  const ssh = /^(?:ssh:\/\/)?([A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(\/.*)$/.exec(text);
  // A Windows drive letter (C:\…) is a folder, not a host.
  if (ssh && !/^[A-Za-z]:[\\/]/.test(text)) return { kind: 'ssh', host: `${ssh[1] ?? ''}${ssh[2]}`, path: ssh[3]! };
  return { kind: 'folder', host: '', path: text };
}

/** A release name that sorts by time: 20261201-083000-123 (UTC, with milliseconds so quick re-publishes differ). */
export function releaseName(now: Date): string {
  return now.toISOString().replace(/Z$/, '').replace(/[-:]/g, '').replace('T', '-').replace('.', '-');
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * The shell script that runs on the target. `$1` is the action, `$2` the release root; it prints
 * `current=<name>` and the remaining releases, and exits 3 with a message when a rollback has nowhere to go.
 */
export const TARGET_SCRIPT = String.raw`
set -eu
action="$1"; root="$2"; name="$3"; keep="$4"
cd "$root"
mkdir -p releases
current_name() { [ -L current ] && basename "$(readlink current)" || true; }
switch_to() {
  ln -sfn "releases/$1" ".current-$$"
  mv -Tf ".current-$$" current
}
case "$action" in
  activate)
    [ -d "releases/.incoming-$name" ] || { echo "missing upload releases/.incoming-$name" >&2; exit 2; }
    [ ! -e "releases/$name" ] || { echo "releases/$name exists already" >&2; exit 2; }
    mv "releases/.incoming-$name" "releases/$name"
    switch_to "$name"
    # Keep the newest $keep releases, and always the live one.
    live="$(current_name)"
    ls -1 releases | grep -v '^\.' | sort -r | tail -n "+$((keep + 1))" | while read -r old; do
      [ "$old" = "$live" ] || rm -rf "releases/$old"
    done
    rm -rf releases/.incoming-* ;;
  rollback)
    live="$(current_name)"
    previous="$(ls -1 releases | grep -v '^\.' | sort -r | awk -v live="$live" 'found { print; exit } $0 == live { found = 1 }')"
    [ -n "$previous" ] || { echo "no-previous" >&2; exit 3; }
    switch_to "$previous" ;;
  status) ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
echo "current=$(current_name)"
ls -1 releases | grep -v '^\.' | sort -r | sed 's/^/release=/'
`;

export interface TargetState {
  current: string;
  releases: string[];
}

export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

/** The ssh client (PUBLISH_SSH may name another, e.g. `ssh -p 2222 -i key`); split on spaces. */
function sshCommand(env: NodeJS.ProcessEnv): string[] {
  return (env.PUBLISH_SSH || 'ssh').split(/\s+/).filter(Boolean);
}

/** Runs `TARGET_SCRIPT action` on the target and reads back which release is live. */
export function runOnTarget(
  target: Target,
  action: 'activate' | 'rollback' | 'status',
  name = '',
  keep = 5,
  env: NodeJS.ProcessEnv = process.env,
): TargetState {
  const args = [action, target.path, name, String(keep)];
  const [command, ...options] =
    target.kind === 'ssh'
      ? [...sshCommand(env), target.host, `sh -c ${quote(TARGET_SCRIPT)} sh ${args.map(quote).join(' ')}`]
      : ['sh', '-c', TARGET_SCRIPT, 'sh', ...args];
  const result = spawnSync(command!, options, { encoding: 'utf8', env });
  if (result.status === 3) throw new ReleaseError('没有更早的版本可以回退，网站保持原样。');
  if (result.status !== 0) {
    throw new ReleaseError(
      `在 ${describe(target)} 上执行 ${action} 失败：${result.stderr || result.error?.message || ''}`.trim(),
    );
  }
  const lines = result.stdout.split('\n');
  return {
    current: lines.find((line) => line.startsWith('current='))?.slice(8) ?? '',
    releases: lines.filter((line) => line.startsWith('release=')).map((line) => line.slice(8)),
  };
}

/** Copies `dist` to `<target>/releases/.incoming-<name>/` (tar through ssh for a server). */
export function upload(dist: string, target: Target, name: string, env: NodeJS.ProcessEnv = process.env): void {
  const incoming = `${target.path}/releases/.incoming-${name}`;
  const unpack = `mkdir -p ${quote(incoming)} && tar -C ${quote(incoming)} -xf -`;
  const pack = spawnSync('tar', ['-C', dist, '-cf', '-', '.'], { maxBuffer: 2 ** 31, env });
  if (pack.status !== 0) throw new ReleaseError(`打包 ${dist} 失败：${pack.stderr}`);
  const [command, ...options] =
    target.kind === 'ssh' ? [...sshCommand(env), target.host, unpack] : ['sh', '-c', unpack];
  const result = spawnSync(command!, options, { input: pack.stdout, env, encoding: 'buffer' });
  if (result.status !== 0) {
    throw new ReleaseError(
      `上传到 ${describe(target)} 失败：${result.stderr?.toString() || result.error?.message || ''}`,
    );
  }
}

export function describe(target: Target): string {
  return target.kind === 'ssh' ? `${target.host}:${target.path}` : target.path;
}
