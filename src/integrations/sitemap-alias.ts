/**
 * @astrojs/sitemap writes sitemap-index.xml (+ sitemap-0.xml …); crawlers and people also try /sitemap.xml.
 * After the sitemap integration has run, copy the index to sitemap.xml so both addresses answer. Must be listed
 * after sitemap() in astro.config.mjs: build:done hooks run in integration order.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function sitemapAlias(): AstroIntegration {
  return {
    name: 'djjy:sitemap-alias',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const index = fileURLToPath(new URL('sitemap-index.xml', dir));
        if (!existsSync(index)) {
          logger.warn('sitemap-index.xml was not written; /sitemap.xml is missing too.');
          return;
        }
        copyFileSync(index, fileURLToPath(new URL('sitemap.xml', dir)));
      },
    },
  };
}
