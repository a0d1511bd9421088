/**
 * Builds the site's search index with Pagefind (the extended build, which segments Chinese) while Astro
 * renders: a middleware (./search-index-middleware.ts) hands each rendered page to a worker thread
 * (src/io/search/index-worker.ts) that feeds Pagefind's indexer, so the index costs the second core
 * instead of a pass over every written file after the build. See docs/search.md.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentDir } from '../io/site-config.ts';
import { finishFedIndex, readSynonyms } from '../io/search/build-index.ts';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from '../io/search/index-worker.ts';
import { INDEX_HOST_ENV, type ToIndexHost } from '../io/search/index-host.ts';
import { PAGE_SINK, type PageSink } from './search-index-sink.ts';

interface Indexer {
  worker: Worker;
  /** Settles with the worker's answer to `finish`, or its crash. */
  answer: Promise<FromIndexWorker>;
  pagesSent: number;
}

function startIndexer(data: IndexWorkerData, base: string): Indexer {
  const worker = new Worker(new URL('../io/search/index-worker.ts', import.meta.url), { workerData: data });
  const answer = new Promise<FromIndexWorker>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error: Error) => resolve({ type: 'failed', message: error.message }));
  });
  const indexer: Indexer = { worker, answer, pagesSent: 0 };
  setPageSink(base, (url, html) => {
    worker.postMessage({ type: 'page', url, html } satisfies ToIndexWorker);
    indexer.pagesSent++;
  });
  return indexer;
}

/** Hands each opted-in page (not the ISBN forwarders, feeds' HTML or the editor) to `send` with its site URL. */
function setPageSink(base: string, send: (url: string, html: string) => void) {
  const sink: PageSink = (pathname, html) => {
    if (!html.includes('data-pagefind-body')) return;
    send(`/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')}`, html);
  };
  (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK] = sink;
}

/**
 * Under scripts/build.ts, which runs this build in a child process and hosts the index itself
 * (src/io/search/index-host.ts): pages go to the parent, which writes the index after this process has exited.
 */
function startHostedIndex(data: IndexWorkerData, base: string, send: (message: ToIndexHost) => void) {
  send({ type: 'search-index:start', synonyms: data.synonyms, sortByUrl: data.sortByUrl });
  setPageSink(base, (url, html) => send({ type: 'search-index:page', url, html }));
}

async function finishIndexer(indexer: Indexer, outDir: string, logger: AstroIntegrationLogger) {
  delete (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];
  indexer.worker.postMessage({ type: 'finish', outDir } satisfies ToIndexWorker);
  const answer = await indexer.answer;
  await indexer.worker.terminate();
  if (answer.type === 'failed') throw new Error(answer.message);
  logger.info(`搜索索引：${answer.pages} 页（其中 ${answer.withSynonyms} 页补充了同义词），与渲染同时建立`);
}

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let sortByUrl = false;
  let indexer: Indexer | undefined;
  return {
    name: 'djjy:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // 'pre': the outermost middleware, so it sees each page exactly as it is written to disk.
        if (command === 'build')
          addMiddleware({ order: 'pre', entrypoint: new URL('./search-index-middleware.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Pagefind numbers pages in arrival order; pages rendered in parallel arrive in a different order
        // each build, so they are then sorted by URL before indexing (reproducible output).
        sortByUrl = config.build.concurrency > 1;
      },
      'astro:build:start': () => {
        // Read first: a broken synonyms file stops the build with its own message before anything renders.
        const synonyms = readSynonyms(path.join(contentDir(root), 'data', 'synonyms.yaml'));
        const parent = process.env[INDEX_HOST_ENV] ? process.send?.bind(process) : undefined;
        if (parent) startHostedIndex({ synonyms, sortByUrl }, base, (message) => void parent(message));
        else indexer = startIndexer({ synonyms, sortByUrl }, base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_HOST_ENV] && process.send) {
          delete (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];
          return; // the parent writes the index once this process has exited
        }
        const outDir = fileURLToPath(dir);
        const worker = indexer;
        const fed = await finishFedIndex(
          {
            pages: worker?.pagesSent ?? 0,
            finish: () => finishIndexer(worker!, outDir, logger),
            close: async () => worker?.worker.terminate(),
          },
          outDir,
          readSynonyms(path.join(contentDir(root), 'data', 'synonyms.yaml')),
        );
        if (fed.fromFiles) logger.warn(`搜索索引：渲染时没有收到页面，改为读取已写出的 ${fed.report.pages} 页`);
      },
    },
  };
}
