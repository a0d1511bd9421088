/** The 台账 of one year, or of all years (`ledger-all.xlsx`), as an Excel workbook. */
import type { APIRoute } from 'astro';
import { ledgerRowsOf, ledgerWorkbook } from '../../components/coverage/ledger.ts';
import { ledgerData, ledgerPaths } from '../../data/routes/coverage.ts';

export const getStaticPaths = ledgerPaths;

export const GET: APIRoute<{ year: number | 'all' }> = async ({ props }) => {
  const { ledger, today } = await ledgerData();
  const bytes = await ledgerWorkbook(ledgerRowsOf(ledger, props.year), props.year, today);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
