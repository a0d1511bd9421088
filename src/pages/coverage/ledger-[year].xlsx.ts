/** The 台账 of one year, or of all years (`ledger-all.xlsx`), as an Excel workbook. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ledgerRowsOf, ledgerWorkbook } from '../../components/coverage/ledger.ts';
import { getSite } from '../../data/catalog.ts';
import { ledgerYears } from '../../lib/coverage/index.ts';

export const getStaticPaths = (async () => {
  const { ledger } = await getSite();
  return [...ledgerYears(ledger), 'all' as const].map((year) => ({ params: { year: String(year) }, props: { year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number | 'all' }> = async ({ props }) => {
  const { catalog, ledger } = await getSite();
  const bytes = await ledgerWorkbook(ledgerRowsOf(ledger, props.year), props.year, catalog.today);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
