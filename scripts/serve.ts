/**
 * `npm run preview` (and the end of `npm start`): serves the built dist/ (OUT_DIR) under BASE_PATH and prints the
 * address. PORT picks the port (default 4321; the next free one is taken if it is busy), HOST the interface.
 */
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const server = await serveStatic(path.resolve(root, process.env.OUT_DIR ?? 'dist'), {
  base: process.env.BASE_PATH ?? '/',
  host: process.env.HOST ?? 'localhost',
  port: Number(process.env.PORT ?? 4321),
  nextFreePort: true,
});
console.log(`\n网站已启动：${server.url}  （按 Ctrl+C 停止）`);
