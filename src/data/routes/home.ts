/**
 * The data of the site's own pages: the home page, the statistics, the about pages of the three brands and the
 * Open Graph cards' subjects.
 */
import type { GetStaticPaths } from 'astro';
import { getEntry, render } from 'astro:content';
import { getCatalog, getSite } from '../site.ts';
import { LECTURES, MEETINGS } from '../../lib/series/series.ts';
import { sessionViews } from '../../lib/series/session.ts';
import { ABOUT_BRANDS, type AboutBrand } from '../../schemas/page.ts';

/**
 * The home page. The first phone screen: the next session of each series (the soonest: its list runs newest
 * first) and the latest held ones; then the brands with the two held before, the newest books and the figures.
 */
export async function homePage() {
  const catalog = await getCatalog();
  const lectures = (list: typeof catalog.pastLectures) => sessionViews(LECTURES, list, catalog);
  const meetings = (list: typeof catalog.pastMeetings) => sessionViews(MEETINGS, list, catalog);
  return {
    totals: catalog.totals,
    today: catalog.today,
    next: {
      lectures: lectures(catalog.upcomingLectures.slice(-1)),
      meetings: meetings(catalog.upcomingMeetings.slice(-1)),
    },
    latest: {
      lectures: lectures(catalog.pastLectures.slice(0, 1)),
      meetings: meetings(catalog.pastMeetings.slice(0, 1)),
    },
    earlier: {
      lectures: lectures(catalog.pastLectures.slice(1, 3)),
      meetings: meetings(catalog.pastMeetings.slice(1, 3)),
    },
    newestBooks: catalog.booksByDonation.slice(0, 3),
  };
}

/** /stats/: the totals, the statistics the charts draw and the date they count to. */
export async function statsPage() {
  const { catalog, stats } = await getSite();
  return { totals: catalog.totals, stats, today: catalog.today };
}

/** /about/lectures/, /about/meetings/, /about/library/. */
export const aboutPaths = (() =>
  ABOUT_BRANDS.map((brand) => ({ params: { brand }, props: { brand } }))) satisfies GetStaticPaths;

/** A brand's about page: its entry (content/pages/about-<brand>.md) and text. */
export async function aboutPage(brand: AboutBrand) {
  const page = await getEntry('pages', `about-${brand}`);
  if (!page) throw new Error(`content/pages/about-${brand}.md is missing: every brand needs its about page.`);
  const { Content } = await render(page);
  return { brand, title: page.data.title, description: page.data.description, Content };
}

/** The Open Graph cards: which page gets which subject (src/lib/og/pages.ts), and the catalog to word them. */
export async function ogCardSubjects() {
  const { og, catalog } = await getSite();
  return { subjects: og, catalog };
}
