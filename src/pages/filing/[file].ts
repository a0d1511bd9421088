/** The 党政机关网站标识 picture, copied from the content folder when site.json configures one; else no file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { govBadgeFile } from '../../io/filing-badge.ts';

export const getStaticPaths = (() => {
  const badge = govBadgeFile();
  return badge ? [{ params: { file: badge.name } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(readFileSync(govBadgeFile()!.source));
