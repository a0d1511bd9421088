/**
 * Browser tests against the production build in dist/ (run `npm run build` first; `npm test` does).
 * The preview server gets a free port, chosen once in the main process and inherited by the workers.
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/lib/browser.ts';
import { freePort } from './scripts/lib/static-server.ts';

process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/';
const origin = `http://127.0.0.1:${port}`;
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `${origin}${base}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The offline-reading service worker would re-fetch every page a test opens and hide requests from
    // page.route(); tests/e2e/elder.spec.ts turns it on where it is what is tested.
    serviceWorkers: 'block',
    launchOptions: { args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    command: `"${process.execPath}" scripts/serve.ts`,
    url: `${origin}${base}`,
    env: { PORT: String(port), HOST: '127.0.0.1', ASTRO_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: false,
    stdout: 'ignore',
    timeout: 60_000,
  },
});
