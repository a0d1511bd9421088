/**
 * Runs Debian's nginx as the current user with one of the shipped configurations from deploy/nginx/, the way
 * docs/deploy.md installs it: the folder copied as djjy/ beside Debian's mime.types, the site file included in
 * the http block, its `listen` and `root` lines (and nothing else) changed to a loopback port and a built site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build-site.ts';
import { freePort } from '../../scripts/lib/static-server.ts';
import { waitUntil } from './wait.ts';

export const DEPLOY_DIR = path.join(ROOT, 'deploy/nginx');
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The nginx binary: on PATH, or where Debian puts it (/usr/sbin is not on an ordinary user's PATH). */
export function nginxBinary(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  return onPath || ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((candidate) => existsSync(candidate));
}

/** `source` with its one `listen` and one `root` line replaced; throws unless there is exactly one of each. */
export function siteSpecific(source: string, listen: string, root: string): string {
  let result = source;
  for (const [directive, value] of [
    ['listen', listen],
    ['root', root],
  ] as const) {
    const pattern = new RegExp(`^(\\s*)${directive}\\s[^;]*;`, 'gm');
    const count = source.match(pattern)?.length ?? 0;
    if (count !== 1) throw new Error(`expected exactly one ${directive} line, found ${count}`);
    result = result.replace(pattern, `$1${directive} ${value};`);
  }
  return result;
}

export interface NginxOptions {
  /** deploy/nginx/ file to run: site.conf or site-subpath.conf. */
  site: string;
  /** The folder the site file's `root` line should name. */
  root: string;
  /** Puts brotli.conf in place, as docs/deploy.md says. */
  brotli?: boolean;
  /** Loads Debian's Brotli module (default: when brotli.conf is put in place). */
  brotliModule?: boolean;
  /** Further edits to the site file, as an operator would make them (e.g. switching HSTS on). */
  edit?: (source: string) => string;
}

export interface RunningNginx {
  origin: string;
  prefix: string;
  stop: () => Promise<void>;
}

/** Whether something accepts connections on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const up = await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    return listening(port);
  }, 15_000);
  if (!up) throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary)
    throw new Error('nginx is not installed: run `npm test` (it installs nginx-light) or apt-get install nginx-light');
  const prefix = mkdtempSync(path.join(tmpdir(), 'djjy-nginx-'));
  cpSync(DEPLOY_DIR, path.join(prefix, 'djjy'), { recursive: true });
  copyFileSync('/etc/nginx/mime.types', path.join(prefix, 'mime.types'));
  if (options.brotli)
    copyFileSync(path.join(prefix, 'djjy/brotli.conf.example'), path.join(prefix, 'djjy/brotli.conf'));
  const port = await freePort();
  const siteFile = path.join(prefix, 'djjy', options.site);
  const edited = siteSpecific(readFileSync(siteFile, 'utf8'), `127.0.0.1:${port}`, options.root);
  writeFileSync(siteFile, options.edit ? options.edit(edited) : edited);
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(path.join(prefix, 'temp', dir), { recursive: true });
  // What Debian's /etc/nginx/nginx.conf sets around sites-enabled/, minus what needs root (user, /var paths).
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      ...((options.brotliModule ?? options.brotli) ? [`load_module ${BROTLI_MODULE};`] : []),
      // As root (CI), nginx's workers would run as nobody and could not read the test's private temp folders.
      ...(process.getuid?.() === 0 ? ['user root root;'] : []),
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      '  sendfile on;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (dir) => `  ${dir === 'body' ? 'client_body' : dir}_temp_path temp/${dir};`,
      ),
      '  include mime.types;',
      '  default_type application/octet-stream;',
      `  include djjy/${options.site};`,
      '}',
      '',
    ].join('\n'),
  );
  let log = '';
  const child = spawn(
    binary,
    ['-e', 'stderr', '-p', `${prefix}/`, '-c', 'nginx.conf', '-g', `daemon off; pid ${prefix}/nginx.pid;`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForPort(port, child, () => log);
  return {
    origin: `http://127.0.0.1:${port}`,
    prefix,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      }),
  };
}
