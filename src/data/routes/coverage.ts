/**
 * The data of the coverage routes: the 覆盖 page, and the 台账 of each year and of all years, as a workbook and as
 * print pages. The print pages are paged like every other long list (src/lib/paging.ts, a hundred rows a page,
 * page 1 at the ledger's own address, page n at `<ledger>/<n>/`): a park's year fits on one page, and a decade of
 * sessions stays light on a phone. The whole ledger of any scope is its .xlsx.
 */
import type { Page, PaginateFunction } from 'astro';
import { getSite } from '../site.ts';
import { ledgerRowsOf, ledgerTotals, ledgerYears, type LedgerRow } from '../../lib/coverage/index.ts';
import { listPage, paginateGroups, PAGE_SIZE, type ListPage } from '../../lib/paging.ts';
import type { CalendarDate } from '../../lib/dates.ts';
import { paths } from '../../lib/urls.ts';

/** /coverage/: the coverage figures, the years with 台账 rows (newest first) and the build's date. */
export async function coveragePage() {
  const { catalog, coverage, ledger } = await getSite();
  return { coverage, ledgerYears: ledgerYears(ledger), today: catalog.today };
}

/** A ledger's scope: one year, or all years. */
export type LedgerScope = number | 'all';

/** One ledger: its scope and its rows, in the order the ledger lists them. */
export interface Ledger {
  scope: LedgerScope;
  rows: LedgerRow[];
}

/** Every ledger the site publishes: each year with sessions, newest first, then all years. */
async function ledgers(): Promise<Ledger[]> {
  const { ledger } = await getSite();
  return [...ledgerYears(ledger), 'all' as const].map((scope) => ({ scope, rows: ledgerRowsOf(ledger, scope) }));
}

/** /coverage/ledger-<year>.xlsx and ledger-all.xlsx: each ledger whole, dated by the build. */
export async function ledgerXlsxPaths() {
  const { catalog } = await getSite();
  return (await ledgers()).map((ledger) => ({
    params: { year: String(ledger.scope) },
    props: { ledger, today: catalog.today },
  }));
}

/** /coverage/ledger/<year>/ and /coverage/ledger/all/, with their later pages. */
export async function ledgerPagePaths(paginate: PaginateFunction) {
  return paginateGroups(
    paginate,
    await ledgers(),
    (ledger) => ledger.rows,
    (ledger) => ({ year: String(ledger.scope) }),
    PAGE_SIZE.ledger,
  );
}

/** What one print page of a ledger shows: its rows and pager, the ledger's totals, and the date it is true on. */
export interface LedgerPageModel {
  scope: LedgerScope;
  page: ListPage<LedgerRow>;
  /** Sessions and 人次 of the whole ledger (every page), as its heading and 合计 row state them. */
  totals: ReturnType<typeof ledgerTotals>;
  today: CalendarDate;
}

/** The model of `page` (Astro's paginate() page) of `ledger`. */
export async function ledgerPage(ledger: Ledger, page: Page<LedgerRow>): Promise<LedgerPageModel> {
  const { catalog } = await getSite();
  return {
    scope: ledger.scope,
    page: listPage(paths.ledgerPage(ledger.scope), page),
    totals: ledgerTotals(ledger.rows),
    today: catalog.today,
  };
}
