/** The 台账 of one year, or of all years (`ledger-all.xlsx`), as an Excel workbook. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ledgerWorkbook } from '../../components/coverage/ledger.ts';
import { ledgerXlsxPaths, type Ledger } from '../../data/routes/coverage.ts';

export const getStaticPaths = (() => ledgerXlsxPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ ledger: Ledger; today: string }> = async ({ props }) => {
  const bytes = await ledgerWorkbook(props.ledger.rows, props.ledger.scope, props.today);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
