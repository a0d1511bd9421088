/**
 * The search index, built on a second thread while Astro renders on the first (started by
 * src/integrations/search-index.ts): each rendered page arrives as a message and goes straight to
 * Pagefind's indexer, so after the last page only the writing is left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndexFeed } from './build-index.ts';
import type { SynonymGroup } from '../../lib/search/synonyms.ts';

export type ToIndexWorker = { type: 'page'; url: string; html: string } | { type: 'finish'; outDir: string };
export type FromIndexWorker =
  { type: 'done'; pages: number; withSynonyms: number } | { type: 'failed'; message: string };
export interface IndexWorkerData {
  synonyms: SynonymGroup[];
  /** Whether pages may arrive in a different order from one build to the next (Astro's build.concurrency > 1). */
  sortByUrl: boolean;
}

const port = parentPort;
if (!port) throw new Error('index-worker.ts runs as a worker thread only');
const data = workerData as IndexWorkerData;
const feed = new SearchIndexFeed(data.synonyms, { sortByUrl: data.sortByUrl });
const reply = (message: FromIndexWorker) => port.postMessage(message);

port.on('message', (message: ToIndexWorker) => {
  if (message.type === 'page') {
    feed.add(message.url, message.html);
    return;
  }
  feed.finish(message.outDir).then(
    (report) => reply({ type: 'done', pages: report.pages, withSynonyms: report.withSynonyms }),
    (error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
