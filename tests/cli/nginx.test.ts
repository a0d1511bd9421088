/**
 * The shipped nginx configuration (deploy/nginx/), run by a real nginx on a loopback port over a real build of
 * the fixture site: security headers, caching, types, precompressed files, the 404 page, the sub-path variant,
 * the HSTS switch and, where the module is installed, Brotli. The same build shows the footer's filing
 * information from site.json, through nginx.
 * Run inside the build lock when run by hand: flock /tmp/astro-build.lock npm exec -- vitest run tests/cli/nginx.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { buildSite, copyFixture, ROOT } from '../support/build-site.ts';
import { BROTLI_MODULE, DEPLOY_DIR, siteSpecific, startNginx, type RunningNginx } from '../support/nginx.ts';
import { headerCsp, metaCsp } from '../../src/lib/csp.ts';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from '../../scripts/lib/browser.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { readCmsSettings } from '../../src/cms/config.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(origin: string, pathname: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(`${origin}${pathname}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const ROOT_DIR = path.resolve(import.meta.dirname, '../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HSTS_ON = 'max-age=31536000';
const FILING = {
  icp: '湘ICP备2021012345号-1',
  police: '湘公网安备43040502000123号',
  organiser: '白沙洲工业园区党工委',
  address: '湖南省衡阳市雁峰区白沙洲工业园区',
  contact: '0734-1234567',
  govBadge: { image: './gov-badge.png', link: 'https://bszs.conac.cn/sitename?method=show&id=123456' },
};

/** The security headers every response carries, errors and redirects included. */
function expectSecurityHeaders(reply: Reply, label: string) {
  expect(reply.headers['content-security-policy'], label).toBe(headerCsp);
  expect(reply.headers['x-content-type-options'], label).toBe('nosniff');
  expect(reply.headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(reply.headers['x-frame-options'], label).toBe('SAMEORIGIN');
}

let dist = '';
/** The fixture's content folder the site was built from. */
let content = '';
/** A file of the build, found by pattern (hashed names differ from build to build). */
const find = (dir: string, pattern: RegExp) => {
  const name = readdirSync(path.join(dist, dir)).find((f) => pattern.test(f));
  if (!name) throw new Error(`no ${String(pattern)} in ${dir}`);
  return `/${dir}/${name}`;
};

beforeAll(async () => {
  content = copyFixture();
  await sharp({ create: { width: 110, height: 55, channels: 3, background: '#c8161d' } })
    .png()
    .toFile(path.join(content, 'data/gov-badge.png'));
  const settings = JSON.parse(readFileSync(path.join(content, 'data/site.json'), 'utf8')) as object;
  writeFileSync(path.join(content, 'data/site.json'), JSON.stringify({ ...settings, filing: FILING }, null, 2));
  // A book whose address is not its ISBN: the only kind that gets a /books/isbn/ forwarder page.
  writeFileSync(
    path.join(content, 'books/wei-cheng.md'),
    '---\ntitle: 围城\nauthors: [钱锺书]\npublisher: 人民文学出版社\nisbn: 9787020024759\n---\n',
  );
  const result = buildSite(content);
  expect(result.status, result.output).toBe(0);
  dist = result.outDir;
  // A WebAssembly file to check its type (the site's own wasm is Pagefind's, which has its own extension).
  writeFileSync(path.join(dist, 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
});

describe('deploy/nginx/site.conf', () => {
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx({ site: 'site.conf', root: dist });
  });
  afterAll(() => nginx?.stop());

  it('has exactly one listen and one root line, the only ones an operator edits', () => {
    const source = readFileSync(path.join(DEPLOY_DIR, 'site.conf'), 'utf8');
    expect(() => siteSpecific(source, '8080', '/x')).not.toThrow();
    expect(() => siteSpecific(`${source}\nlisten 81;`, '8080', '/x')).toThrow(/exactly one listen/);
  });

  it('sends the pages’ CSP as a header, plus frame-ancestors, and the other security headers', async () => {
    const page = await get(nginx.origin, '/');
    expect(page.status).toBe(200);
    expectSecurityHeaders(page, '/');
    // One source of truth: the header is the meta policy of the served page plus frame-ancestors.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page.body.toString())?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toBe(metaCsp);
    expect(headerCsp).toBe(`${metaCsp}; frame-ancestors 'self'`);
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets hashed files be kept for a year and makes everything else revalidate', async () => {
    const hashed = [
      find('_astro', /\.css$/),
      find('pagefind/fragment', /\.pf_fragment$/),
      find('pagefind/index', /\.pf_index$/),
      find('pagefind', /^pagefind\..+\.pf_meta$/),
    ];
    for (const file of hashed) {
      const reply = await get(nginx.origin, file);
      expect(reply.status, file).toBe(200);
      expect(reply.headers['cache-control'], file).toBe(IMMUTABLE);
      expectSecurityHeaders(reply, file);
    }
    const unhashed = [
      '/',
      '/lectures/1/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      find('pagefind', /^wasm\..+\.pagefind$/),
      '/reading-settings.js',
      '/feeds/lectures.xml',
      '/calendar/lectures.ics',
      '/og/lectures/1.png',
      '/filing/gov-badge.png',
    ];
    for (const file of unhashed) {
      const reply = await get(nginx.origin, file);
      expect(reply.status, file).toBe(200);
      expect(reply.headers['cache-control'], file).toBe('no-cache');
      expectSecurityHeaders(reply, file);
    }
    // A missing hashed file is an error page, never cached for a year.
    const missing = await get(nginx.origin, '/_astro/missing.0000000.css');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });

  it('serves each kind of file with its type', async () => {
    const types: Record<string, string> = {
      '/': 'text/html; charset=utf-8',
      [find('_astro', /\.css$/)]: 'text/css; charset=utf-8',
      '/pagefind/pagefind.js': 'application/javascript; charset=utf-8',
      '/pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
      '/calendar/lectures.ics': 'text/calendar; charset=utf-8',
      '/probe.wasm': 'application/wasm',
      [find('pagefind/fragment', /\.pf_fragment$/)]: 'application/octet-stream',
      [find('pagefind/index', /\.pf_index$/)]: 'application/octet-stream',
      [find('pagefind', /\.pf_meta$/)]: 'application/octet-stream',
      [find('pagefind', /^wasm\..+\.pagefind$/)]: 'application/octet-stream',
      '/og/lectures/1.png': 'image/png',
    };
    for (const [file, type] of Object.entries(types)) {
      expect((await get(nginx.origin, file)).headers['content-type'], file).toBe(type);
    }
  });

  it('sends the build’s precompressed .gz files as they are, and plain files to clients without gzip', async () => {
    for (const file of ['/index.html', find('_astro', /\.css$/), '/pagefind/pagefind.js', '/calendar/lectures.ics']) {
      const gz = path.join(dist, `${file}.gz`);
      expect(existsSync(gz), gz).toBe(true);
      const reply = await get(nginx.origin, file, { 'Accept-Encoding': 'gzip' });
      expect(reply.headers['content-encoding'], file).toBe('gzip');
      expect(reply.headers.vary, file).toBe('Accept-Encoding');
      expect(reply.body.equals(readFileSync(gz)), `${file}: the .gz file itself`).toBe(true);
      expect(gunzipSync(reply.body).equals(readFileSync(path.join(dist, file))), file).toBe(true);
      const plain = await get(nginx.origin, file);
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      expect(plain.body.equals(readFileSync(path.join(dist, file))), file).toBe(true);
    }
    // Pagefind's index files are gzip data already: sent as they are, with no second encoding.
    const fragment = find('pagefind/fragment', /\.pf_fragment$/);
    expect(existsSync(path.join(dist, `${fragment}.gz`))).toBe(false);
    const reply = await get(nginx.origin, fragment, { 'Accept-Encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    // Without the Brotli module (or its switch), .br files are never sent.
    expect((await get(nginx.origin, '/', { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('serves /admin/ with the editor’s own CSP (its <meta>), every other security header and no-cache', async () => {
    for (const file of ['/admin/', '/admin/index.html']) {
      const reply = await get(nginx.origin, file);
      expect(reply.status, file).toBe(200);
      // Only what a <meta> policy cannot say; the page's own policy (src/cms/csp.ts) does the rest.
      expect(reply.headers['content-security-policy'], file).toBe("frame-ancestors 'self'");
      expect(reply.headers['x-content-type-options'], file).toBe('nosniff');
      expect(reply.headers['referrer-policy'], file).toBe('strict-origin-when-cross-origin');
      expect(reply.headers['x-frame-options'], file).toBe('SAMEORIGIN');
      expect(reply.headers['cache-control'], file).toBe('no-cache');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(reply.body.toString())?.[1];
      expect(meta?.replaceAll('&#39;', "'"), file).toBe(adminCsp(readCmsSettings(ROOT_DIR, { CONTENT_DIR: content })));
    }
    // The publish status the editor page reads: a build's "nothing recorded yet", never cached, same headers.
    const status = await get(nginx.origin, '/admin/publish-status.json');
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body.toString())).toEqual({ published: null });
    expect(status.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(status.headers['cache-control']).toBe('no-cache');
    expect(status.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('loads the web editor in Chromium through nginx: Chinese, no CSP violation, no page error', async () => {
    const executablePath = chromiumPath();
    const browser = await chromium.launch({ args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) });
    try {
      // An English browser: the editor is in Chinese all the same.
      const page = await browser.newPage({ locale: 'en-US' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      await page.goto(`${nginx.origin}/admin/`);
      await page.getByRole('button', { name: '使用本地仓库' }).waitFor({ timeout: 90_000 });
      await page.waitForTimeout(2000);
      expect(errors).toEqual([]);
      // Styled as intended: the sign-in screen's logo is an icon, not a picture filling the screen.
      const logo = await page.locator('img').first().boundingBox();
      expect(logo?.width ?? 0).toBeLessThan(300);
      // No disabled sign-in button (no OAuth application is configured).
      expect(await page.getByRole('button', { disabled: true }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('answers a missing page with the site’s 404 page and status 404, and never lists a folder', async () => {
    const notFoundPage = readFileSync(path.join(dist, '404.html'));
    for (const missing of ['/no-such-page/', '/lectures/999/', '/_astro/', '/pagefind/fragment/']) {
      const reply = await get(nginx.origin, missing);
      expect(reply.status, missing).toBe(404);
      expect(reply.body.equals(notFoundPage), missing).toBe(true);
      expect(reply.headers['cache-control'], missing).toBe('no-cache');
      expectSecurityHeaders(reply, missing);
    }
    const redirect = await get(nginx.origin, '/lectures');
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/lectures/']);
  });

  it('shows the filing information from site.json in the footer of every page', async () => {
    for (const page of ['/', '/lectures/1/', '/no-such-page/']) {
      const html = (await get(nginx.origin, page)).body.toString();
      const footer = /<section class="site-footer__filing"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(footer, page).toContain('aria-label="备案与主办信息"');
      expect(footer).toContain(`<a href="https://beian.miit.gov.cn/" rel="external noreferrer">${FILING.icp}</a>`);
      expect(footer).toContain(
        `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=43040502000123" rel="external noreferrer">${FILING.police}</a>`,
      );
      for (const line of [`主办单位：${FILING.organiser}`, `地址：${FILING.address}`, `联系方式：${FILING.contact}`]) {
        expect(footer).toContain(`<li>${line}</li>`);
      }
      expect(footer).toContain(`href="${FILING.govBadge.link.replace('&', '&amp;')}"`);
      expect(footer).toContain('<img src="/filing/gov-badge.png" alt="党政机关网站标识" width="110" height="55">');
      // The badge is the site's own picture; no script from the issuer (or anyone) in the footer.
      expect(footer).not.toContain('<script');
    }
    const badge = await get(nginx.origin, '/filing/gov-badge.png');
    expect(badge.headers['content-type']).toBe('image/png');
    expect(badge.body.equals(readFileSync(path.join(dist, 'filing/gov-badge.png')))).toBe(true);
  });
});

describe('deploy/nginx/: /books/isbn/<isbn13>/', () => {
  it('sends a book whose address is its ISBN on (no forwarder page is built) and serves other books’ forwarders', async () => {
    expect(existsSync(path.join(dist, 'books/isbn/9787020002207'))).toBe(false);
    expect(readFileSync(path.join(dist, 'books/isbn/9787020024759/index.html'), 'utf8')).toContain(
      '<meta http-equiv="refresh" content="0; url=/books/wei-cheng/">',
    );
    for (const [site, base] of [
      ['site.conf', ''],
      ['site-subpath.conf', '/djjy'],
    ] as const) {
      const www = mkdtempSync(path.join(tmpdir(), 'djjy-www-'));
      if (base) symlinkSync(dist, path.join(www, 'djjy'));
      const nginx = await startNginx({ site, root: base ? www : dist });
      try {
        for (const asked of [`${base}/books/isbn/9787020002207/`, `${base}/books/isbn/9787020002207`]) {
          const moved = await get(nginx.origin, asked);
          expect([moved.status, moved.headers.location], asked).toEqual([301, `${base}/books/9787020002207/`]);
          expectSecurityHeaders(moved, asked);
        }
        const forwarder = await get(nginx.origin, `${base}/books/isbn/9787020024759/`);
        expect(forwarder.status).toBe(200);
        expect(forwarder.body.toString()).toContain('url=/books/wei-cheng/');
      } finally {
        await nginx.stop();
      }
    }
  });
});

describe('deploy/nginx/ switches an operator turns on', () => {
  it('sends HSTS once the documented line in site.conf says so, on pages and errors alike', async () => {
    const nginx = await startNginx({
      site: 'site.conf',
      root: dist,
      edit: (source) => {
        expect(source).toContain('set $djjy_hsts "";');
        return source.replace('set $djjy_hsts "";', `set $djjy_hsts "${HSTS_ON}";`);
      },
    });
    try {
      for (const file of ['/', find('_astro', /\.css$/), '/no-such-page/']) {
        expect((await get(nginx.origin, file)).headers['strict-transport-security'], file).toBe(HSTS_ON);
      }
    } finally {
      await nginx.stop();
    }
  });

  it.skipIf(!existsSync(BROTLI_MODULE))(
    'sends the build’s .br files when the Brotli module is installed and brotli.conf is in place',
    async () => {
      const nginx = await startNginx({ site: 'site.conf', root: dist, brotli: true });
      try {
        for (const file of ['/index.html', find('_astro', /\.css$/), '/pagefind/pagefind.js']) {
          const reply = await get(nginx.origin, file, { 'Accept-Encoding': 'gzip, br' });
          expect(reply.headers['content-encoding'], file).toBe('br');
          expect(reply.body.equals(readFileSync(path.join(dist, `${file}.br`))), file).toBe(true);
          expectSecurityHeaders(reply, file);
        }
        const gzipOnly = await get(nginx.origin, '/index.html', { 'Accept-Encoding': 'gzip' });
        expect(gzipOnly.headers['content-encoding']).toBe('gzip');
      } finally {
        await nginx.stop();
      }
    },
  );
});

describe('deploy/nginx/site.conf with npm run publish (root <target>/current)', () => {
  it('names <target>/current as its root, as docs/deploy.md says', () => {
    const source = readFileSync(path.join(DEPLOY_DIR, 'site.conf'), 'utf8');
    expect(source).toMatch(/^\s*root \/srv\/djjy\/current;/m);
    expect(readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8')).toContain('root /srv/djjy/current;');
  });

  it('still serves every hashed file the real build’s pages and search index reference after the next release goes live', async () => {
    const target = mkdtempSync(path.join(tmpdir(), 'djjy-target-'));
    const next = mkdtempSync(path.join(tmpdir(), 'djjy-next-'));
    writeFileSync(path.join(next, 'index.html'), '<p>next</p>');
    const publish = (outDir: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/publish.ts'), target, '--no-build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: outDir },
      });
    expect(publish(dist).status).toBe(0);
    // What the first release's pages reference: every /_astro/ file named in any page, Pagefind's metadata named
    // by its entry file, and every index chunk, fragment and filter it may go on to load.
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const referenced = new Set<string>();
    for (const page of pages) {
      for (const match of readFileSync(path.join(dist, page), 'utf8').matchAll(/["'(\s](\/_astro\/[^"'()\s]+)/g)) {
        referenced.add(match[1]!);
      }
    }
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    for (const { hash } of Object.values(entry.languages)) referenced.add(`/pagefind/pagefind.${hash}.pf_meta`);
    for (const dir of ['index', 'fragment', 'filter']) {
      for (const file of readdirSync(path.join(dist, 'pagefind', dir))) referenced.add(`/pagefind/${dir}/${file}`);
    }
    expect(referenced.size).toBeGreaterThan(20);

    const nginx = await startNginx({ site: 'site.conf', root: path.join(target, 'current') });
    try {
      expect((await get(nginx.origin, '/')).body.toString()).not.toContain('<p>next</p>');
      expect(publish(next).status).toBe(0);
      expect((await get(nginx.origin, '/')).body.toString()).toBe('<p>next</p>');
      const missing: string[] = [];
      for (const file of referenced) {
        if ((await get(nginx.origin, file)).status !== 200) missing.push(file);
      }
      expect(missing).toEqual([]);
    } finally {
      await nginx.stop();
      rmSync(target, { recursive: true, force: true });
      rmSync(next, { recursive: true, force: true });
    }
  });
});

describe('deploy/nginx/brotli.conf.example: what its instructions say', () => {
  const example = readFileSync(path.join(DEPLOY_DIR, 'brotli.conf.example'), 'utf8');

  it('without brotli.conf nothing changes, with the module loaded or not: .gz as before', async () => {
    for (const brotliModule of existsSync(BROTLI_MODULE) ? [false, true] : [false]) {
      const nginx = await startNginx({ site: 'site.conf', root: dist, brotliModule });
      try {
        const reply = await get(nginx.origin, '/index.html', { 'Accept-Encoding': 'gzip, br' });
        expect(reply.headers['content-encoding'], `module ${brotliModule}`).toBe('gzip');
      } finally {
        await nginx.stop();
      }
    }
    expect(example).toContain('Without brotli.conf nothing changes (with or without the module)');
  });

  it('a brotli.conf without the module stops nginx with the message the file names', async () => {
    expect(example).toContain('unknown directive "brotli_static"');
    expect(example).toContain(
      'apt-get install libnginx-mod-http-brotli-static && cp /etc/nginx/djjy/brotli.conf.example /etc/nginx/djjy/brotli.conf',
    );
    await expect(startNginx({ site: 'site.conf', root: dist, brotli: true, brotliModule: false })).rejects.toThrow(
      /unknown directive "brotli_static"/,
    );
  });
});

describe('deploy/nginx/site-subpath.conf', () => {
  let nginx: RunningNginx;
  beforeAll(async () => {
    // The host's folder holds the site under the sub-path's name. (These checks are about nginx's rules; that a
    // BASE_PATH build links everything under its base is base-path.test.ts's job.)
    const www = mkdtempSync(path.join(tmpdir(), 'djjy-www-'));
    symlinkSync(dist, path.join(www, 'djjy'));
    nginx = await startNginx({ site: 'site-subpath.conf', root: www });
  });
  afterAll(() => nginx?.stop());

  it('serves the site under /djjy/ with the same headers, caching and 404 page', async () => {
    const page = await get(nginx.origin, '/djjy/lectures/1/', { 'Accept-Encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(page, 'page');
    const css = await get(nginx.origin, `/djjy${find('_astro', /\.css$/)}`);
    expect(css.headers['cache-control']).toBe(IMMUTABLE);
    expectSecurityHeaders(css, 'css');
    const fragment = await get(nginx.origin, `/djjy${find('pagefind/fragment', /\.pf_fragment$/)}`);
    expect([fragment.headers['cache-control'], fragment.headers['content-type']]).toEqual([
      IMMUTABLE,
      'application/octet-stream',
    ]);
    for (const missing of ['/djjy/no-such-page/', '/djjy/_astro/']) {
      const reply = await get(nginx.origin, missing);
      expect(reply.status, missing).toBe(404);
      expect(reply.body.equals(readFileSync(path.join(dist, '404.html'))), missing).toBe(true);
      expectSecurityHeaders(reply, missing);
    }
  });
});
