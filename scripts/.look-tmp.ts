// Ad-hoc screenshots + measurements of dist/ (not part of the repo).
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
const root = '/work/wt-22/dist';
const types: Record<string,string> = { '.html':'text/html; charset=utf-8', '.css':'text/css', '.js':'text/javascript', '.svg':'image/svg+xml', '.png':'image/png', '.webp':'image/webp', '.jpg':'image/jpeg', '.avif':'image/avif', '.json':'application/json', '.wasm':'application/wasm' };
const server = createServer(async (req, res) => {
  let p = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
  let f = path.join(root, p);
  try { if ((await stat(f)).isDirectory()) f = path.join(f, 'index.html'); res.writeHead(200, {'content-type': types[path.extname(f)] ?? 'application/octet-stream'}); res.end(await readFile(f)); }
  catch { res.writeHead(404); res.end('nf'); }
}).listen(0);
const port = (server.address() as any).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const tag = process.argv[2] ?? 'x';
const routes = (process.argv[3] ?? '/,/lectures/,/meetings/,/library/').split(',');
const modes = (process.argv[4] ?? 'n,e,h,s,d').split(',');
const M: Record<string, any> = {
  n: { vp: [390,844], s: {} }, e: { vp: [390,844], s: { elder: true, size: 'larger', spacing: 'wide' } },
  h: { vp: [390,844], s: { elder: true, size: 'huge', spacing: 'wide' } }, s: { vp: [360,640], s: {} },
  se: { vp: [360,640], s: { elder: true, size: 'larger', spacing: 'wide' } },
  d: { vp: [1280,800], s: {} }, m: { vp: [390,844], s: {}, menu: true }, t: { vp: [320,720], s: { elder: true, size: 'huge', spacing: 'wide' }, menu: true, settings: true }, mh: { vp: [390,844], s: { elder: true, size: 'huge', spacing: 'wide' }, menu: true }, de: { vp: [1280,800], s: { elder: true, size: 'larger', spacing: 'wide' } },
};
for (const r of routes) for (const m of modes) {
  const ctx = await browser.newContext({ viewport: { width: M[m].vp[0], height: M[m].vp[1] }, locale: 'zh-CN', serviceWorkers: 'block' });
  await ctx.addInitScript((s) => localStorage.setItem('reading-settings', JSON.stringify(s)), M[m].s);
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}${r}`);
  if (M[m].menu) await page.locator('.menu-toggle').click();
  if (M[m].settings) await page.locator('#reading-settings summary').click();
  if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
  const info = await page.evaluate(() => {
    const h = document.querySelector('.site-header')!.getBoundingClientRect();
    const first = document.querySelector('main a[href*="/lectures/"], main a[href*="/meetings/"]');
    return { header: Math.round(h.bottom), sw: document.documentElement.scrollWidth };
  });
  console.log(r, m, JSON.stringify(info));
  if (process.env.PROBE) console.log(await page.evaluate(process.env.PROBE));
  const name = `${tag}-${r.replace(/\//g,'_') || 'home'}-${m}.png`;
  await page.screenshot({ path: `/tmp/wt22/${name}` });
  await ctx.close();
}
await browser.close(); server.close();
