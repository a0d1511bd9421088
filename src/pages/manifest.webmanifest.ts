import type { APIRoute } from 'astro';
import { webManifest } from '../io/icons.ts';
import { t } from '../i18n/t.ts';
import { url } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({ name: t('site.name'), shortName: t('site.shortName'), description: t('site.description') }, url),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
