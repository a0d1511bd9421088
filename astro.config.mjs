// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readSiteConfig } from './src/lib/site-config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';

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
  integrations: [contentGuard(), mdx(), sitemap()],
});
