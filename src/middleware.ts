/** Builds each route's frame data once (src/data/route-data.ts) and hands it to the layout as `Astro.locals.route`. */
import { defineMiddleware } from 'astro:middleware';
import { routeData } from './data/route-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.route = await routeData(context.url, context.site, import.meta.env.BASE_URL);
  return next();
});
