/**
 * The search index hosted by the build script's own process (scripts/build.ts) while `astro build` runs in a child
 * process: the child's integration (src/integrations/search-index.ts) sends each rendered page over IPC, Pagefind
 * takes it at once, and writes only after the child has exited. Pagefind needs 4× the memory while writing than
 * while taking pages, and Astro's process keeps ~2 GB at 10,000 books until it ends, so the two no longer add up
 * (docs/search.md, "Memory of the index").
 */
import type { ChildProcess } from 'node:child_process';
import * as pagefind from 'pagefind';
import { finishFedIndex, SearchIndexFeed, type SearchIndexReport } from './build-index.ts';
import type { SynonymGroup } from '../../lib/search/synonyms.ts';

/** Set by the build script for its child: pages go to the parent instead of a worker thread. */
export const INDEX_HOST_ENV = 'DJJY_SEARCH_INDEX_HOST';

export type ToIndexHost =
  | { type: 'search-index:start'; synonyms: SynonymGroup[]; sortByUrl: boolean }
  | { type: 'search-index:page'; url: string; html: string };

export interface IndexHost {
  /** Once the child has exited: writes `<outDir>/pagefind/`; undefined when the child never started an index. */
  finish(outDir: string): Promise<SearchIndexReport | undefined>;
}

export function hostSearchIndex(child: ChildProcess): IndexHost {
  let feed: SearchIndexFeed | undefined;
  let synonyms: SynonymGroup[] = [];
  child.on('message', (message: ToIndexHost) => {
    if (message.type === 'search-index:start') {
      synonyms = message.synonyms;
      feed = new SearchIndexFeed(synonyms, { sortByUrl: message.sortByUrl });
    } else if (message.type === 'search-index:page') feed?.add(message.url, message.html);
  });
  return {
    async finish(outDir) {
      if (!feed) return undefined;
      const fed = feed;
      const { report } = await finishFedIndex(
        { pages: fed.pages, finish: () => fed.finish(outDir), close: () => pagefind.close() },
        outDir,
        synonyms,
      );
      return report;
    },
  };
}
