/**
 * `npm run edit`: the web editor on this PC. Starts Astro's development server on localhost (the editor's local
 * mode needs localhost or HTTPS, and a Chromium-based browser: Chrome, Edge, 360 极速) and prints where to go:
 * /admin/ to edit (使用本地仓库 → choose this project's folder), / to see the site as it changes.
 * PORT picks the port (default 4321). Ctrl+C stops it. Nothing is published: see docs/editors-cms.md.
 */
import { dev } from 'astro';
import path from 'node:path';

// Contacts no host: no usage report, no "new version available" check against the npm registry (it printed
// English, and the park's network has no internet anyway).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4321);
const server = await dev({ root, server: { port, host: 'localhost' }, logLevel: 'warn' });
const origin = `http://localhost:${server.address.port}`;
console.log(`
编辑后台已启动（按 Ctrl+C 停止）：

  编辑内容：${origin}/admin/
    用 Chrome、Edge 或 360 极速浏览器打开，点「使用本地仓库」，选择这个文件夹：
    ${root}
  预览网站：${origin}/
    保存后刷新即可看到改动。
`);
