/**
 * Keeps the web editor's bundle from fetching fonts from a public CDN. Sveltia CMS (npm build) registers its three
 * fonts twice: from JavaScript with the files it ships (bundled here as site assets), and in a component's CSS as
 * `@font-face` rules pointing at cdn.jsdelivr.net, which the browser tries first. This drops those CSS rules, so
 * only the site's own copies load. If an upgrade changes the code so nothing matches, the build stops: better
 * than a silent request to another host (tests/e2e/admin.spec.ts would catch it too).
 */
import type { Plugin } from 'vite';
import { mergeUiStrings, ZH_CN_UI, type UiStrings } from './ui-strings.ts';

const CDN_FONT_FACE = /@font-face \{[^{}]*url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^{}]*\}/g;

export function stripCmsCdnFonts(code: string): string {
  const stripped = code.replace(CDN_FONT_FACE, '');
  if (stripped === code) {
    throw new Error(
      '@sveltia/cms: the CDN @font-face rules were not found; check src/cms/vite-plugin.ts after the upgrade.',
    );
  }
  if (stripped.includes('cdn.jsdelivr.net')) {
    throw new Error('@sveltia/cms: the bundle still names cdn.jsdelivr.net after stripping its @font-face rules.');
  }
  return stripped;
}

const ZH_CN_LOCALE = /[\\/]@sveltia[\\/]cms[\\/]locales[\\/]zh-CN\.json(?:\?.*)?$/;

/** Sveltia's zh-CN locale file with this project's words laid over it (src/cms/ui-strings.ts). */
export function localizedZhCn(json: string): string {
  return JSON.stringify(mergeUiStrings(JSON.parse(json) as UiStrings, ZH_CN_UI));
}

export function cmsOffline(): Plugin[] {
  return [
    {
      // Before Vite's JSON plugin turns the file into a module.
      name: 'djjy:cms-zh-cn',
      enforce: 'pre',
      transform(code, id) {
        if (!ZH_CN_LOCALE.test(id)) return undefined;
        return { code: localizedZhCn(code), map: null };
      },
    },
    {
      name: 'djjy:cms-offline',
      // The dev server (npm run edit) would pre-bundle the package without running transform hooks: serve it as is.
      config: () => ({ optimizeDeps: { exclude: ['@sveltia/cms'] } }),
      transform(code, id) {
        if (!/[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js(?:\?.*)?$/.test(id)) return undefined;
        return { code: stripCmsCdnFonts(code), map: null };
      },
    },
  ];
}
