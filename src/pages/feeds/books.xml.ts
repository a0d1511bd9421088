/** RSS feed of the newest donations to the shared library (the 50 most recent). */
import type { APIRoute } from 'astro';
import { booksFeed } from '../../components/library/feed.ts';
import { newestGifts } from '../../data/routes/library.ts';

export const GET: APIRoute = async ({ site }) => booksFeed(await newestGifts(50), site);
