// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteConfig } from './src/io/site-config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapAlias } from './src/integrations/sitemap-alias.ts';
import { cmsBundle } from './src/integrations/cms-bundle.ts';

const site = readSiteConfig(new URL('./', import.meta.url));

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet instead of inline <style>: keeps pages small and the CSP free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // No requests to other hosts: no remote images, no prefetch of third-party pages.
  image: { domains: [] },
  devToolbar: { enabled: false },
  // Lets the Astro VS Code extension validate and complete frontmatter from our schemas (docs/编辑指南.md §十三).
  experimental: { contentIntellisense: true },
  vite: {
    plugins: [
      {
        // The site's own scripts parse on Chrome 80 / Safari 13.1 (no `??=`), so older phones and office PCs
        // run search or get its "browser too old" notice (docs/accessibility.md). Astro 7 sets the client
        // environment's build.target to 'esnext' after the user's vite config is merged, so it is set here.
        name: 'djjy:browser-target',
        configEnvironment(name, config) {
          if (name === 'client') config.build = { ...config.build, target: 'es2020' };
        },
      },
    ],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Known false alarm for every .mdx entry (withastro/astro#18087): the directive is Astro's own marker.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentGuard(),
    mdx(),
    // Not pages to index: the offline page (what the service worker shows when a page is not saved), the web
    // editor (/admin/) and the ISBN redirects.
    sitemap({
      filter: (page) => !page.includes('/books/isbn/') && !page.endsWith('/offline/') && !page.includes('/admin/'),
    }),
    sitemapAlias(),
    searchIndex(),
    // /admin/'s web editor: bundled from npm once and cached, not in every build (src/cms/bundle.ts).
    cmsBundle(),
  ],
});
