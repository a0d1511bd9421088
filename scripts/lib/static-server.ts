/**
 * The one static file server of the project: `npm run preview`/`npm start` (scripts/serve.ts), the browser tests,
 * the tests of the quality gates and the benchmark's Lighthouse runs all serve a built folder through it. It serves
 * under the site's base path, answers a missing file with the folder's 404.html and status 404, sends a folder's
 * index.html, redirects a folder asked for without its slash, and, when asked to compress, sends the build's
 * precompressed .gz beside a file (as deploy/nginx/ does) or gzips on the fly.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../../src/lib/content-types.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

export interface StaticServer {
  /** `http://host:port`, without the base path. */
  origin: string;
  /** The site's address: origin plus base path. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The base path the site was built for ('/' or '/djjy/'); requests outside it get 404. */
  base?: string;
  host?: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** Take the next port when `port` is busy (`npm run preview`), instead of failing. */
  nextFreePort?: boolean;
  /** Compress text for clients that accept gzip, as a production server would (the benchmark's Lighthouse runs). */
  gzip?: boolean;
}

/** Serves `dir` until close() is called. */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const host = options.host ?? '127.0.0.1';
  const notFound = path.join(root, '404.html');
  const server: Server = createHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '';
    }
    let file = pathname.startsWith(base) ? path.join(root, pathname.slice(base.length)) : '';
    if (
      file &&
      (file === root || file.startsWith(root + path.sep)) &&
      existsSync(file) &&
      statSync(file).isDirectory()
    ) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    const found = !!file && file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile();
    if (!found && !existsSync(notFound)) {
      response.writeHead(404, { 'content-type': TYPES['.html']! }).end();
      return;
    }
    const served = found ? file : notFound;
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      // Astro's hashed assets never change; everything else is revalidated, like deploy/nginx/.
      'cache-control': served.includes(`${path.sep}_astro${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    let body = readFileSync(served);
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = existsSync(`${served}.gz`) ? readFileSync(`${served}.gz`) : gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    response.writeHead(found ? 200 : 404, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  const port = await listen(server, host, options.port ?? 0, !!options.nextFreePort);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, host: string, port: number, nextFreePort: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (nextFreePort && error.code === 'EADDRINUSE' && port > 0 && port < 65535)
        resolve(listen(server, host, port + 1, true));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now, for a server a test or tool starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
