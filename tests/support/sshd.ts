/**
 * A real OpenSSH server for the publish tests, on a free loopback port, with its own host key, config and
 * authorized_keys in a temp folder (nothing in ~/.ssh or /etc/ssh is read or written). The client side is
 * `PUBLISH_SSH` (the publish script's own way to name the ssh command): its own key and known_hosts file.
 *
 * The login runs through a ForceCommand wrapper that stands in for the account on a real server: its home
 * folder is `home` (so `user@127.0.0.1:relative` lands there, never in the machine's real home), and the test
 * can make the server misbehave for real: `stall:<text>` stops (SIGSTOP) the remote command whose command line
 * contains <text> after it read a little, as a hung command would; `freeze:<text>` stops sshd's session process
 * for that login as well, as a hung server would (no keepalive answers either); `nobody` runs commands as the
 * unprivileged user nobody (only when the tests run as root), to meet a folder the login cannot write.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/lib/static-server.ts';
import { waitUntil } from './wait.ts';

export const SSHD = '/usr/sbin/sshd';
export const isRoot = process.getuid?.() === 0;

export interface RunningSshd {
  port: number;
  /** The login, `user@127.0.0.1`. */
  login: string;
  /** The account's home folder (where relative targets land). */
  home: string;
  /** PUBLISH_SSH for this server. */
  ssh: string;
  /** PUBLISH_SSH with another key (not authorized) or an empty known_hosts file. */
  sshWrongKey: string;
  sshUnknownHost: string;
  /** Sets the misbehaviour: '' (none), 'stall:<text>', 'freeze:<text>', 'nobody'. */
  mode: (mode: string) => void;
  stop: () => Promise<void>;
}

function keygen(file: string) {
  const result = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'djjy-test', '-f', file]);
  if (result.status !== 0) throw new Error(`ssh-keygen failed: ${result.stderr}`);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });
}

/** Every process below `pid` (sshd's session children, a stalled remote command). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (id: number) => (children.get(id) ?? []).forEach((child) => (found.push(child), walk(child)));
  walk(pid);
  return found;
}

/** Whether a process exists and is stopped (a recorded pid is only ever killed while it is still the one stopped). */
function isStopped(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('T');
  } catch {
    return false;
  }
}

export async function startSshd(): Promise<RunningSshd> {
  if (!existsSync(SSHD)) {
    throw new Error(
      'sshd is not installed: run `npm test` (it installs openssh-server) or apt-get install openssh-server',
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-sshd-'));
  // Readable by nobody too, for the 'nobody' mode (the folder is still private in content: keys only).
  chmodSync(dir, 0o755);
  const home = path.join(dir, 'home');
  mkdirSync(home, { mode: 0o755 });
  for (const key of ['host_key', 'client_key', 'other_key']) keygen(path.join(dir, key));
  writeFileSync(path.join(dir, 'authorized_keys'), readFileSync(path.join(dir, 'client_key.pub')));
  const wrapper = path.join(dir, 'login.sh');
  writeFileSync(
    wrapper,
    `#!/bin/sh
cd '${home}' || exit 1
mode="$(cat '${dir}/mode' 2>/dev/null || true)"
case "$mode" in
  stall:*)
    case "$SSH_ORIGINAL_COMMAND" in
      *"\${mode#stall:}"*) head -c 65536 >/dev/null; echo $$ >> '${dir}/stopped'; kill -STOP $$; exit 1 ;;
    esac ;;
  freeze:*)
    case "$SSH_ORIGINAL_COMMAND" in
      *"\${mode#freeze:}"*) head -c 65536 >/dev/null; echo $$ $PPID >> '${dir}/stopped'; kill -STOP $PPID $$; exit 1 ;;
    esac ;;
  nobody) exec setpriv --reuid=65534 --regid=65534 --clear-groups sh -c "$SSH_ORIGINAL_COMMAND" ;;
esac
exec sh -c "$SSH_ORIGINAL_COMMAND"
`,
  );
  chmodSync(wrapper, 0o755);
  const port = await freePort();
  const config = path.join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      'ListenAddress 127.0.0.1',
      `HostKey ${dir}/host_key`,
      `PidFile ${dir}/sshd.pid`,
      `AuthorizedKeysFile ${dir}/authorized_keys`,
      'StrictModes no',
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'PermitRootLogin prohibit-password',
      `ForceCommand ${wrapper}`,
      'MaxStartups 50',
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  // sshd's privilege separation needs this (empty) folder when run as root; Debian's service makes it at boot.
  if (isRoot) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const hostKey = readFileSync(path.join(dir, 'host_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
  writeFileSync(path.join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostKey}\n`);
  writeFileSync(path.join(dir, 'empty_known_hosts'), '');
  let log = '';
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', config, '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const up = await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}:\n${log}`);
    return listening(port);
  }, 15_000);
  if (!up) throw new Error(`sshd did not listen on ${port}:\n${log}`);

  const client = (key: string, knownHosts: string) =>
    [
      'ssh -F /dev/null',
      `-i ${dir}/${key} -o IdentitiesOnly=yes -o IdentityAgent=none`,
      `-o UserKnownHostsFile=${dir}/${knownHosts} -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes`,
      `-p ${port}`,
    ].join(' ');
  return {
    port,
    login: `${userInfo().username}@127.0.0.1`,
    home,
    ssh: client('client_key', 'known_hosts'),
    sshWrongKey: client('other_key', 'known_hosts'),
    sshUnknownHost: client('client_key', 'empty_known_hosts'),
    mode: (mode) => writeFileSync(path.join(dir, 'mode'), mode),
    stop: async () => {
      // The processes the test stopped (they outlive their session once the client is gone), and the sessions.
      const stopped = existsSync(path.join(dir, 'stopped'))
        ? readFileSync(path.join(dir, 'stopped'), 'utf8').split(/\s+/).filter(Boolean).map(Number).filter(isStopped)
        : [];
      for (const pid of [...stopped, ...descendants(child.pid!)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
