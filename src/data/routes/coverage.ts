/** The data of the coverage routes: the 覆盖 page, and the 台账 of each year and of all years (page and workbook). */
import type { GetStaticPaths } from 'astro';
import { getSite } from '../site.ts';
import { ledgerYears } from '../../lib/coverage/index.ts';

/** /coverage/: the coverage figures, the years with 台账 rows (newest first) and the build's date. */
export async function coveragePage() {
  const { catalog, coverage, ledger } = await getSite();
  return { coverage, ledgerYears: ledgerYears(ledger), today: catalog.today };
}

/** /coverage/ledger/<year>/ (and ledger-<year>.xlsx) for every year with rows, and `all`. */
export const ledgerPaths = (async () => {
  const { ledger } = await getSite();
  return [...ledgerYears(ledger), 'all' as const].map((year) => ({ params: { year: String(year) }, props: { year } }));
}) satisfies GetStaticPaths;

/** Every 台账 row and the build's date; the route picks its year's rows. */
export async function ledgerData() {
  const { catalog, ledger } = await getSite();
  return { ledger, today: catalog.today };
}
