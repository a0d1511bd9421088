#!/usr/bin/env node
/**
 * `npm test` runs this first (the `pretest` script): it makes sure the machine has what the tests need, and
 * installs it when it can, so a fresh clone passes with the README's one command.
 *
 * - Chromium for the browser tests: CHROMIUM_PATH if set (must exist); else Playwright's own download if it is
 *   installed; else Debian's /usr/bin/chromium; else, as root with apt-get, installs Debian's `chromium`.
 * - CJK fonts (the browser tests render Chinese): any font fontconfig knows for zh; else `fonts-noto-cjk` (with
 *   `fontconfig`, whose fc-list this check uses).
 * - Java for the W3C HTML checker (vnu-jar); else `default-jre-headless`.
 * - Tesseract with Simplified Chinese (the share-image test reads the cards back with OCR); else
 *   `tesseract-ocr tesseract-ocr-chi-sim`.
 * - nginx for the test of the shipped server configuration (deploy/nginx/); else Debian's `nginx-light`, and its
 *   Brotli module (`libnginx-mod-http-brotli-static`).
 * - OpenSSH (sshd and the ssh client) for the publish tests, which run a real sshd on loopback; else
 *   `openssh-server openssh-client`.
 * When something is missing and cannot be installed here, it stops with the one command to run.
 *
 * Plain JavaScript that also runs on Node 20, so it works before the project's own Node is in place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function works(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return run.status === 0 ? `${run.stdout}${run.stderr}` : null;
}

function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** What the machine lacks: { name, debianPackage }. */
function findMissing() {
  const missing = [];
  const found = {};
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) {
      console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} 不存在（does not exist）。请改正或删除这个环境变量。`);
      process.exit(1);
    }
    found.chromium = process.env.CHROMIUM_PATH;
  } else {
    found.chromium = playwrightChromium() ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
    if (!found.chromium) missing.push({ name: 'Chromium', debianPackage: 'chromium' });
  }
  const fonts = works('fc-list', [':lang=zh', 'family']);
  if (!fonts || fonts.trim() === '') missing.push({ name: 'CJK fonts', debianPackage: 'fonts-noto-cjk fontconfig' });
  if (!works('java', ['-version'])) missing.push({ name: 'Java', debianPackage: 'default-jre-headless' });
  const ocr = works('tesseract', ['--list-langs']);
  if (!ocr || !ocr.split(/\s+/).includes('chi_sim')) {
    missing.push({ name: 'Tesseract OCR (chi_sim)', debianPackage: 'tesseract-ocr tesseract-ocr-chi-sim' });
  }
  // /usr/sbin is not on an ordinary user's PATH; the test looks there too (tests/support/nginx.ts).
  if (!works('nginx', ['-v']) && !existsSync('/usr/sbin/nginx'))
    missing.push({ name: 'nginx', debianPackage: 'nginx-light' });
  if (!existsSync('/usr/sbin/sshd') || !works('ssh', ['-V']))
    missing.push({ name: 'OpenSSH', debianPackage: 'openssh-server openssh-client' });
  // The Brotli switch of deploy/nginx/ is tested with Debian's module (and without it, by not loading it).
  if (!existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'))
    missing.push({ name: 'nginx Brotli module', debianPackage: 'libnginx-mod-http-brotli-static' });
  return { missing, found };
}

let { missing, found } = findMissing();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (missing.length > 0 && isRoot && hasApt) {
  const packages = missing.flatMap((m) => m.debianPackage.split(' '));
  console.log(`测试环境：安装 ${missing.map((m) => m.name).join('、')}（apt-get install ${packages.join(' ')}）…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { stdio: ['ignore', 'inherit', 'inherit'], env };
  const update = spawnSync('apt-get', ['update'], options);
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], options)
      : update;
  if (install.status !== 0) {
    console.error('apt-get 安装失败（failed）；请检查网络或软件源后重试。');
    process.exit(1);
  }
  ({ missing, found } = findMissing());
}

if (missing.length > 0) {
  const names = missing.map((m) => m.name).join(', ');
  const command = hasApt
    ? `sudo apt-get install -y ${missing.map((m) => m.debianPackage).join(' ')}`
    : missing.some((m) => m.debianPackage === 'chromium') && missing.length === 1
      ? 'npx playwright install chromium'
      : `install ${names} with your system's package manager`;
  console.error(`\n测试还缺少：${names}。请先运行这一条命令，然后再运行 npm test：\n\n  ${command}\n`);
  if (missing.some((m) => m.debianPackage === 'chromium')) {
    console.error('（或者把 CHROMIUM_PATH 设为任意一个 Chromium/Chrome 可执行文件的路径。）\n');
  }
  process.exit(1);
}

console.log(`测试环境就绪：Chromium ${found.chromium} · 中文字体 · Java · Tesseract · nginx · OpenSSH`);
