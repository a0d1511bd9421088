/**
 * `npm run build`: builds the site into a fresh staging folder and only then swaps it in as dist/,
 * so a failed build (bad content, a broken page) never leaves a half-written dist/ behind. The scripts from public/
 * are minified (scripts/lib/minify-public-scripts.ts) and text files get precompressed .gz and .br copies (scripts/lib/precompress.ts) before the swap.
 */
import { build } from 'astro';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { precompress } from './lib/precompress.ts';
import { minifyPublicScripts } from './lib/minify-public-scripts.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const stageRoot = path.join(root, '.stage');
const stage = path.join(stageRoot, `build-${process.pid}-${Date.now()}`);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
mkdirSync(stageRoot, { recursive: true });

try {
  await build({
    root,
    outDir: stage,
    // Separate caches let builds of different content (tests, the benchmark) run side by side.
    ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: path.resolve(root, process.env.ASTRO_CACHE_DIR) } : {}),
    logLevel:
      process.env.ASTRO_LOG_LEVEL === 'debug' || process.env.ASTRO_LOG_LEVEL === 'info'
        ? process.env.ASTRO_LOG_LEVEL
        : 'warn',
    // `npm run bench -- --concurrency N` only: pages rendered at once (Astro's build.concurrency, default 1), so the
    // setting can be measured on a quiet machine before it goes into astro.config.mjs.
    ...(process.env.BENCH_CONCURRENCY ? { build: { concurrency: Number(process.env.BENCH_CONCURRENCY) } } : {}),
    // `npm run bench` only: stamps each build phase so site and search-index time can be told apart.
    ...(process.env.BENCH_PHASES
      ? { integrations: [(await import('./bench/phase-marks.ts')).phaseMarks(process.env.BENCH_PHASES)] }
      : {}),
  });
  await minifyPublicScripts(stage);
  // .gz and .br beside every text file, for servers that send precompressed files (deploy/nginx/, docs/deploy.md).
  await precompress(stage);
} catch (error) {
  rmSync(stage, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n构建失败，dist/ 保持原样。\n\n${message}`);
  process.exit(1);
}

// Swap: the old dist/ disappears only once the new one is complete.
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(stage, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`构建完成：${path.relative(root, outDir) || outDir}/`);
