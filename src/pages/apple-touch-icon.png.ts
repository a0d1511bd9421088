import type { APIRoute } from 'astro';
import { APPLE_TOUCH_SIZE, iconPng } from '../io/icons.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await iconPng(APPLE_TOUCH_SIZE, true)), { headers: { 'Content-Type': 'image/png' } });
