import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng, MANIFEST_ICON_SIZES } from '../../io/icons.ts';

export const getStaticPaths = (() =>
  MANIFEST_ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await iconPng(Number(params.size), true)), { headers: { 'Content-Type': 'image/png' } });
