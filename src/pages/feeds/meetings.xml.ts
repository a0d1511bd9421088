import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { meetingItems } from '../../components/series/feeds.ts';
import { absoluteUrl, paths } from '../../lib/urls.ts';
import { t } from '../../i18n/t.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  if (!site) throw new Error('The site address is not set (content/data/site.json "url" or SITE_URL).');
  return rss({
    title: `${t('brand.meetings')} - ${t('site.name')}`,
    description: t('series.feed.meetingsDescription'),
    site: absoluteUrl(paths.meetings(), site),
    items: meetingItems(catalog, site),
    customData: '<language>zh-CN</language>',
  });
};
