/**
 * `npm run build`: builds the site into a fresh staging folder and only then swaps it in as dist/,
 * so a failed build (bad content, a broken page) never leaves a half-written dist/ behind. The scripts from public/
 * are minified (scripts/lib/minify-public-scripts.ts) and text files get precompressed .gz and .br copies (src/io/precompress.ts) before the swap.
 *
 * `astro build` runs in a child process (this script again, with INDEX_HOST_ENV set); this process hosts the search
 * index (src/io/search/index-host.ts), which takes each page while the child renders and is written once the child
 * has exited, so Astro's memory and Pagefind's memory while writing never add up (docs/search.md). It also draws the
 * share cards the child hands over (src/io/card-host.ts), on the other core while Astro renders on its one thread.
 * What is kept between builds (cards, compressed copies) lives in Astro's cache folder (docs/performance.md).
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { precompress } from '../src/io/precompress.ts';
import { minifyPublicScripts } from './lib/minify-public-scripts.ts';
import { hostSearchIndex, INDEX_HOST_ENV, type ToIndexHost } from '../src/io/search/index-host.ts';
import { hostCards } from '../src/io/card-host.ts';
import { CARD_HOST_ENV } from '../src/io/card-handoff.ts';
import { buildCacheDir } from '../src/io/build-cache.ts';
import { EncodingFileCache } from '../src/io/encoding-cache.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const stageRoot = path.join(root, '.stage');
const STAGE_ENV = 'DJJY_BUILD_STAGE';

// Contacts no host: no usage report, no update check.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

/** Progress lines, at Astro's info log level (ASTRO_LOG_LEVEL=info or debug); the benchmark times its phases by them. */
function info(line: string): void {
  if (process.env.ASTRO_LOG_LEVEL === 'info' || process.env.ASTRO_LOG_LEVEL === 'debug') console.log(line);
}

function failure(error: unknown): string {
  return `\n构建失败，dist/ 保持原样。\n\n${error instanceof Error ? error.message : String(error)}`;
}

/** The child: Astro's build into the stage folder the parent named, pages handed to the parent for the index. */
async function astroBuild(stage: string) {
  // Loaded here only: the parent never needs Astro in memory.
  const { build } = await import('astro');
  await build({
    root,
    outDir: stage,
    // Separate caches let builds of different content (tests, the benchmark) run side by side.
    ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: path.resolve(root, process.env.ASTRO_CACHE_DIR) } : {}),
    logLevel:
      process.env.ASTRO_LOG_LEVEL === 'debug' || process.env.ASTRO_LOG_LEVEL === 'info'
        ? process.env.ASTRO_LOG_LEVEL
        : 'warn',
  });
  // Every page message is written to the channel before it closes.
  await new Promise((resolve) => process.send!({ type: 'build:end' }, resolve));
  process.disconnect?.();
}

/** Runs the child and waits until it has exited and its last message has arrived. */
function runChild(stage: string, onChild: (child: ReturnType<typeof fork>) => void): Promise<number> {
  const child = fork(import.meta.filename, [], {
    env: { ...process.env, [INDEX_HOST_ENV]: '1', [CARD_HOST_ENV]: '1', [STAGE_ENV]: stage },
    stdio: 'inherit',
  });
  onChild(child);
  return new Promise((resolve) => {
    let code: number | undefined;
    let connected = true;
    const done = () => code !== undefined && !connected && resolve(code);
    child.once('disconnect', () => ((connected = false), done()));
    child.once('exit', (exitCode, signal) => ((code = exitCode ?? (signal ? 1 : 0)), done()));
  });
}

if (process.env[INDEX_HOST_ENV]) {
  try {
    await astroBuild(process.env[STAGE_ENV]!);
  } catch (error) {
    console.error(failure(error));
    process.exit(1);
  }
} else {
  const stage = path.join(stageRoot, `build-${process.pid}-${Date.now()}`);
  mkdirSync(stageRoot, { recursive: true });
  try {
    let host: ReturnType<typeof hostSearchIndex> | undefined;
    let cards: ReturnType<typeof hostCards> | undefined;
    // .gz and .br beside every text file, for servers that send precompressed files (deploy/nginx/, docs/deploy.md);
    // copies made by an earlier build of the same bytes are taken from the build's cache folder, and the pages the
    // search index receives are compressed into it while Astro still renders.
    const cache = new EncodingFileCache(path.join(buildCacheDir(), 'precompress'));
    const code = await runChild(stage, (child) => {
      host = hostSearchIndex(child);
      cards = hostCards(child, stage);
      child.on('message', (message: ToIndexHost) => {
        if (message.type === 'search-index:page') cache.prefill(Buffer.from(message.html));
      });
    });
    if (code !== 0) {
      await cards?.finish().catch(() => undefined);
      rmSync(stage, { recursive: true, force: true });
      process.exit(1);
    }
    // Pagefind writes the index in its own process while the last cards are drawn and the pages compressed; each
    // says when it is done, so the benchmark can tell which one the build waited for.
    const indexing = Promise.all([
      cards?.finish().then((count) => (info(`分享图：${count} 张，与渲染同时绘制`), count)),
      host?.finish(stage).then((report) => {
        if (report) info(`搜索索引：${report.pages} 页（其中 ${report.withSynonyms} 页补充了同义词），与渲染同时建立`);
        return report;
      }),
    ]);
    indexing.catch(() => undefined); // thrown by the await below
    await minifyPublicScripts(stage);
    await cache.settled();
    const pages = await precompress(stage, { cache, skipFolders: ['pagefind'] });
    await indexing;
    const index = existsSync(path.join(stage, 'pagefind'))
      ? await precompress(path.join(stage, 'pagefind'), { cache })
      : { files: 0 };
    cache.prune();
    info(`预压缩：${pages.files + index.files} 个文本文件（${cache.hits} 个取自缓存）`);
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    console.error(failure(error));
    process.exit(1);
  }

  // Swap: the old dist/ disappears only once the new one is complete.
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(stage, outDir);
  console.log(`构建完成：${path.relative(root, outDir) || outDir}/`);
  // After the message: the new dist/ is in place; what is left is removing the old one (84,000 files at 10,000 books).
  rmSync(old, { recursive: true, force: true });
}
