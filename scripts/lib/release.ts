/**
 * Atomic releases of the built site into a folder the web server serves, on this machine or over ssh. The
 * steps on the target are one shell script (scripts/lib/target-script.ts); this module runs it, uploads the
 * site, puts a time limit on every step and turns failures into Chinese messages (scripts/lib/publish-errors.ts).
 *
 * Steps: check (connect; the folder exists or can be made, is writable, has room) → upload (a tar stream into
 * releases/.incoming-<name>/) → switch (activate: hard-link the other releases' hashed files, rename `current`,
 * log it, prune). Until the switch renames `current`, the live site is untouched.
 */
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { explainFailure, rawDetail } from './publish-errors.ts';
import { TARGET_SCRIPT } from './target-script.ts';

export { TARGET_SCRIPT };

export interface Target {
  kind: 'folder' | 'ssh';
  /** `deploy@web.example.cn` for ssh; empty for a folder. */
  host: string;
  /** The release root on the target; for ssh, absolute or relative to the login user's home folder. */
  path: string;
  /** The ssh port of an `ssh://host:port/path` address. */
  port?: number;
}

export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

const SCP_LIKE = /^((?:[^@/:\s]+@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)):(.*)$/;
const SSH_URL = /^ssh:\/\/((?:[^@/:\s]+@)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*))(?::(\d+))?(\/.*)?$/;

/**
 * A target as people write it, scp-style: `host:path` or `user@host:path` is a server (a relative path is
 * relative to the login user's home, as for scp; `~/x` likewise), `ssh://user@host:2222/srv/djjy` names a port.
 * Anything with a `/` before the first `:` is a folder here (`./a:b`, `/srv/djjy`), and so is `C:\…`.
 * An ssh address without a folder is refused rather than guessed.
 */
export function parseTarget(text: string): Target {
  const url = SSH_URL.exec(text);
  if (url) {
    const folder = (url[3] ?? '').replace(/^\/~(?:\/|$)/, '');
    if (!folder || folder === '/') throw new ReleaseError(missingFolder(text));
    return { kind: 'ssh', host: url[1]!, path: folder, ...(url[2] ? { port: Number(url[2]) } : {}) };
  }
  if (/^[A-Za-z]:[\\/]/.test(text)) return { kind: 'folder', host: '', path: text };
  const scp = SCP_LIKE.exec(text);
  if (scp) {
    const folder = scp[2]!.replace(/^~(?:\/|$)/, '');
    if (!folder) throw new ReleaseError(missingFolder(text));
    return { kind: 'ssh', host: scp[1]!, path: folder };
  }
  return { kind: 'folder', host: '', path: text };
}

const missingFolder = (text: string) =>
  `目标「${text}」是一个 ssh 地址，但没有写服务器上的文件夹：请写成 ${text.replace(/:?\/*$/, '')}:/srv/djjy` +
  '（绝对路径），或 用户@主机:文件夹（相对于该用户的主目录）。要发布到本机文件夹，请写成 ./文件夹。';

/** A release name that sorts by time: 20261201-083000-123 (UTC, with milliseconds so quick re-publishes differ). */
export function releaseName(now: Date): string {
  return now.toISOString().replace(/Z$/, '').replace(/[-:]/g, '').replace('T', '-').replace('.', '-');
}

export function describe(target: Target): string {
  if (target.kind === 'folder') return target.path;
  const where = target.path.startsWith('/') ? target.path : `~/${target.path}`;
  return `${target.host}${target.port ? ` 端口 ${target.port}` : ''}:${where}`;
}

/** Time limits in seconds, from PUBLISH_TIMEOUT_* (docs/editors-cms.md); each step has one. */
export interface TimeLimits {
  /** Connecting and the check step (also ssh's ConnectTimeout). */
  connect: number;
  /** The upload going this long without a byte moving. */
  stall: number;
  /** The whole upload. */
  upload: number;
  /** The switch, a rollback or --status. */
  switch: number;
}

export function timeLimits(env: NodeJS.ProcessEnv = process.env): TimeLimits {
  const read = (key: string, fallback: number) => {
    const text = env[key];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!(value > 0)) throw new ReleaseError(`${key} 应为正数（秒），现为「${text}」。`);
    return value;
  };
  return {
    connect: read('PUBLISH_TIMEOUT_CONNECT', 20),
    stall: read('PUBLISH_TIMEOUT_STALL', 60),
    upload: read('PUBLISH_TIMEOUT_UPLOAD', 3600),
    switch: read('PUBLISH_TIMEOUT_SWITCH', 300),
  };
}

export type Step = 'check' | 'upload' | 'activate' | 'rollback' | 'status';

const STEP_NAMES: Record<Step, string> = {
  check: '连接并检查目标文件夹',
  upload: '上传',
  activate: '切换到新版本',
  rollback: '回退',
  status: '查看状态',
};

/** A failed step: its Chinese message (cause, whether the live site changed, raw detail) is the error message. */
export class StepError extends ReleaseError {
  readonly step: Step;
  readonly timedOut: boolean;
  constructor(message: string, step: Step, timedOut: boolean) {
    super(message);
    this.step = step;
    this.timedOut = timedOut;
  }
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** The ssh client and its options: PUBLISH_SSH first (its options win, as ssh takes the first value given). */
function sshCommand(target: Target, limits: TimeLimits, env: NodeJS.ProcessEnv): string[] {
  return [
    ...(env.PUBLISH_SSH || 'ssh').split(/\s+/).filter(Boolean),
    ...(target.port ? ['-p', String(target.port)] : []),
    // Never ask for a password or a host key on a terminal nobody watches; give up on a dead connection.
    ...['-o', 'BatchMode=yes', '-o', `ConnectTimeout=${Math.ceil(limits.connect)}`],
    ...['-o', 'ServerAliveInterval=15', '-o', 'ServerAliveCountMax=4'],
    target.host,
  ];
}

/** The command line that runs `shellCommand` on the target. */
export function onTarget(target: Target, shellCommand: string, limits: TimeLimits, env: NodeJS.ProcessEnv): string[] {
  return target.kind === 'ssh' ? [...sshCommand(target, limits, env), shellCommand] : ['sh', '-c', shellCommand];
}

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Set when the step was stopped for taking too long: which limit (`ssh`: ssh's own). */
  timedOut?: 'limit' | 'stall' | 'ssh' | undefined;
  spawnError?: Error | undefined;
}

/**
 * Runs one step with a wall-clock limit and, when `stallMs` is given, a limit on going without progress (bytes
 * of `input` taken up by the step). A step over its limit is killed; it never hangs the publish.
 */
function runStep(
  argv: string[],
  options: { env: NodeJS.ProcessEnv; limitMs: number; stallMs?: number; input?: Readable },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const [command, ...args] = argv;
    const child = spawn(command!, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut: Outcome['timedOut'];
    let spawnError: Error | undefined;
    let lastProgress = performance.now();
    const stop = (why: 'limit' | 'stall') => {
      timedOut ??= why;
      child.kill('SIGKILL');
      options.input?.destroy();
    };
    const limit = setTimeout(() => stop('limit'), options.limitMs);
    const watch =
      options.stallMs === undefined
        ? undefined
        : setInterval(() => {
            if (performance.now() - lastProgress > options.stallMs!) stop('stall');
          }, 250);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => {}); // the child exiting early is reported by its status and stderr
    if (options.input) {
      options.input.on('data', () => (lastProgress = performance.now()));
      options.input.pipe(child.stdin);
    } else {
      child.stdin.end();
    }
    child.on('error', (error) => (spawnError = error));
    child.on('close', (status) => {
      clearTimeout(limit);
      if (watch) clearInterval(watch);
      resolve({ status, stdout, stderr, timedOut, spawnError });
    });
  });
}

function secondsText(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 6000) / 10} 分钟` : `${Math.round(ms / 100) / 10} 秒`;
}

/** ssh's own time limits (ConnectTimeout, ServerAlive*) end it with one of these. */
const SSH_TIMEOUT = /timed out during banner exchange|Connection timed out|Timeout, server \S+ not responding/;

/** The Chinese message for a failed or timed-out step: the cause, whether the live site changed, the raw detail. */
function stepFailure(target: Target, step: Step, outcome: Outcome, limits: TimeLimits): StepError {
  const switched = /^switched=1$/m.test(outcome.stdout);
  const timedOut = outcome.timedOut ?? (SSH_TIMEOUT.test(outcome.stderr) ? 'ssh' : undefined);
  const unchanged =
    step === 'status' || step === 'check'
      ? step === 'check'
        ? '网站没有变化，仍是原来的版本。'
        : ''
      : switched
        ? '注意：current 已经切换到新版本，之后的收尾步骤没有完成；用 --status 查看。'
        : (step === 'activate' || step === 'rollback') && timedOut
          ? '切换是一步完成的：网站要么仍是原来的版本，要么已是新版本，不会是半截；用 --status 查看是哪一个。'
          : '网站没有变化，仍是原来的版本。';
  const where = describe(target);
  const detail = rawDetail(`${outcome.stderr}\n${outcome.spawnError?.message ?? ''}`);
  let cause: string;
  if (timedOut) {
    const seconds = (value: number) => secondsText(value * 1000);
    cause =
      step === 'check'
        ? `连接 ${where} 超时：${seconds(timedOut === 'limit' ? limits.connect * 2 : limits.connect)}内没有连上并完成检查（服务器没有响应、卡住了，或那个端口上不是 sshd），已中止`
        : step === 'upload'
          ? timedOut === 'limit'
            ? `上传到 ${where} 超时：${seconds(limits.upload)}内没有传完，已中止`
            : `上传到 ${where} 超时：${timedOut === 'stall' ? seconds(limits.stall) : '一分钟'}没有任何进展（服务器停止响应，或网络中断），已中止`
          : `「${STEP_NAMES[step]}」超时：${seconds(limits.switch)}内没有完成（${where} 没有响应），已中止`;
  } else {
    const context = { host: target.kind === 'ssh' ? target.host : '本机', folder: target.path };
    const known = explainFailure(`${outcome.stderr}\n${outcome.spawnError?.message ?? ''}`, context);
    cause = `「${STEP_NAMES[step]}」失败（${where}）：${known ?? '原因见下方详细信息'}`;
  }
  const message = [`${cause}。`, unchanged, detail && `详细信息：\n${detail}`].filter(Boolean).join('\n');
  return new StepError(message, step, Boolean(timedOut));
}

export interface TargetState {
  current: string;
  /** The releases on the target in rollback order: the live one first, then what was live before it. */
  releases: string[];
  /** history.log, oldest first: what went live when. */
  history: { time: string; action: 'publish' | 'rollback'; release: string }[];
  /** For `check`: the target folder as the server sees it (the home folder resolved). */
  home?: string | undefined;
}

/** Runs one action of the target script (check, activate, rollback, status) within its time limit. */
export async function runOnTarget(
  target: Target,
  action: 'check' | 'activate' | 'rollback' | 'status',
  options: { name?: string; keep?: number; bytes?: number; now?: Date; env?: NodeJS.ProcessEnv } = {},
): Promise<TargetState> {
  const env = options.env ?? process.env;
  const limits = timeLimits(env);
  const args = [
    action,
    target.path,
    options.name ?? '',
    String(action === 'check' ? (options.bytes ?? 0) : (options.keep ?? 5)),
    (options.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z'),
  ];
  const script = `sh -c ${quote(TARGET_SCRIPT)} sh ${args.map(quote).join(' ')}`;
  const limitMs = 1000 * (action === 'check' ? limits.connect * 2 : limits.switch);
  const outcome = await runStep(onTarget(target, script, limits, env), { env, limitMs });
  if (outcome.status === 3 && !outcome.timedOut) throw new ReleaseError('没有更早的版本可以回退，网站保持原样。');
  if (outcome.status !== 0 || outcome.timedOut) throw stepFailure(target, action, outcome, limits);
  const lines = outcome.stdout.split('\n');
  const values = (key: string) =>
    lines.filter((line) => line.startsWith(`${key}=`)).map((line) => line.slice(key.length + 1));
  return {
    current: values('current')[0] ?? '',
    releases: values('release'),
    history: values('history').map((line) => {
      const [time = '', action = '', release = ''] = line.split(' ');
      return { time, action: action as 'publish' | 'rollback', release };
    }),
    home: values('home')[0],
  };
}

/** Streams `dist` as tar into `<target>/releases/.incoming-<name>/`, stopped if it stalls or takes too long. */
export async function upload(
  dist: string,
  target: Target,
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const limits = timeLimits(env);
  const incoming = `releases/.incoming-${name}`;
  const unpack = `cd ${quote(target.path)} && mkdir -p ${quote(incoming)} && tar -C ${quote(incoming)} -xf -`;
  const pack = spawn('tar', ['-C', dist, '-cf', '-', '.'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let packErrors = '';
  pack.stderr.on('data', (chunk: Buffer) => (packErrors += chunk.toString()));
  const packed = new Promise<number | null>((resolve) => pack.on('close', resolve));
  const outcome = await runStep(onTarget(target, unpack, limits, env), {
    env,
    limitMs: limits.upload * 1000,
    stallMs: limits.stall * 1000,
    input: pack.stdout,
  });
  if (outcome.status !== 0 || outcome.timedOut) {
    pack.kill('SIGKILL');
    throw stepFailure(target, 'upload', outcome, limits);
  }
  if ((await packed) !== 0) throw new ReleaseError(`打包 ${dist} 失败，网站没有变化：\n${packErrors}`);
}
