import type { APIRoute } from 'astro';
import { NO_PUBLISH_RECORDED } from '../../cms/publish-status.ts';

/**
 * /admin/publish-status.json as a build leaves it: no publish recorded yet (the editor page then shows nothing).
 * `npm run publish` replaces it in the live release with the outcome (scripts/lib/publish-status.ts). A file is
 * always there, so the editor page never asks for a missing one (a 404 in every editor's console).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(NO_PUBLISH_RECORDED), { headers: { 'Content-Type': 'application/json' } });
