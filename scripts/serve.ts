/**
 * Serves the built dist/ with Astro's preview server and prints the address.
 * PORT picks the port (default 4321; the next free one is taken if it is busy).
 */
import { preview } from 'astro';
import path from 'node:path';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4321);
const server = await preview({ root, server: { port, host: process.env.HOST ?? 'localhost' }, logLevel: 'info' });
console.log(
  `\n网站已启动：http://${process.env.HOST ?? 'localhost'}:${server.port}${process.env.BASE_PATH ?? '/'}  （按 Ctrl+C 停止）`,
);
