/**
 * Builds the site's search index with Pagefind (the extended build, which segments Chinese) once Astro
 * has written every page. See src/lib/search/build-index.ts.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/site-config.ts';
import { buildSearchIndex, readSynonyms } from '../lib/search/build-index.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'djjy:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Read first: a broken synonyms file stops the build with its own message before any indexing.
        const synonyms = readSynonyms(path.join(contentDir(root), 'data', 'synonyms.yaml'));
        const report = await buildSearchIndex(fileURLToPath(dir), synonyms);
        logger.info(`搜索索引：${report.pages} 页（其中 ${report.withSynonyms} 页补充了同义词）`);
      },
    },
  };
}
