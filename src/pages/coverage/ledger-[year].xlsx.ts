/** The 台账 of one year, or of all years (`ledger-all.xlsx`), as an Excel workbook. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ledgerWorkbook } from '../../components/coverage/ledger.ts';
import { getSite } from '../../data/catalog.ts';
import { ledgerXlsxPaths, type Ledger } from '../../data/ledger.ts';

export const getStaticPaths = (() => ledgerXlsxPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ ledger: Ledger }> = async ({ props }) => {
  const { catalog } = await getSite();
  const bytes = await ledgerWorkbook(props.ledger.rows, props.ledger.scope, catalog.today);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
