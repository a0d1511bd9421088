/**
 * The 台账 in words, one column list for both of its forms (the A4 page and the .xlsx): headers, the series' names,
 * how names are joined. The rows themselves come from src/lib/coverage/ledger.ts.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { t, type UiKey } from '../../i18n/t.ts';
import { formatChineseDate } from '../../lib/dates.ts';
import { ledgerTotals, type LedgerRow } from '../../lib/coverage/index.ts';

const SERIES_NAME: Record<LedgerRow['series'], UiKey> = { lectures: 'brand.lectures', meetings: 'brand.meetings' };

/** The scope a title names: 全部年份 or 2026年. */
export const ledgerScope = (year: number | 'all') =>
  year === 'all' ? t('coverage.ledger.all') : t('coverage.ledger.year', { year });

const list = (names: readonly string[]) => names.join(t('common.listSeparator'));

/** Each column: its header, its width in the sheet (characters), and its value as text and as a sheet cell. */
export const LEDGER_COLUMNS: {
  header: UiKey;
  width: number;
  num?: true;
  /** Short values that must not break (the page lets titles, places and names wrap instead). */
  nowrap?: true;
  text: (row: LedgerRow) => string;
  cell: (row: LedgerRow) => ExcelJS.CellValue;
}[] = [
  {
    header: 'ledger.col.series',
    width: 12,
    text: (r) => t(SERIES_NAME[r.series]),
    cell: (r) => t(SERIES_NAME[r.series]),
  },
  {
    header: 'ledger.col.number',
    width: 6,
    num: true,
    nowrap: true,
    text: (r) => String(r.number),
    cell: (r) => r.number,
  },
  {
    header: 'ledger.col.date',
    width: 12,
    nowrap: true,
    text: (r) => formatChineseDate(r.date),
    // A real date cell: midnight UTC of the day, which Excel shows as that day whatever the reader's zone.
    cell: (r) => new Date(`${r.date}T00:00:00Z`),
  },
  { header: 'ledger.col.title', width: 36, text: (r) => r.title, cell: (r) => r.title },
  { header: 'ledger.col.leaders', width: 16, text: (r) => list(r.leaders), cell: (r) => list(r.leaders) },
  { header: 'ledger.col.venue', width: 24, text: (r) => r.venue ?? '', cell: (r) => r.venue ?? null },
  { header: 'ledger.col.format', width: 10, nowrap: true, text: (r) => r.format, cell: (r) => r.format },
  {
    header: 'ledger.col.attendance',
    width: 8,
    num: true,
    nowrap: true,
    text: (r) => (r.attendance === undefined ? '' : r.attendance.toLocaleString('zh-CN')),
    cell: (r) => r.attendance ?? null,
  },
  {
    header: 'ledger.col.organisations',
    width: 40,
    text: (r) => list(r.organisations),
    cell: (r) => list(r.organisations),
  },
  {
    header: 'ledger.col.photos',
    width: 8,
    num: true,
    nowrap: true,
    text: (r) => String(r.photos),
    cell: (r) => r.photos,
  },
  {
    header: 'ledger.col.outputs',
    width: 8,
    num: true,
    nowrap: true,
    text: (r) => String(r.outputs),
    cell: (r) => r.outputs,
  },
];

/**
 * The .xlsx workbook of some ledger rows: a header row (frozen), one row per session, a 合计 row whose 人次 is a SUM
 * formula carrying its value. Dated by the build date, never the clock, so two builds write the same bytes.
 */
export async function ledgerWorkbook(rows: readonly LedgerRow[], year: number | 'all', buildDate: string) {
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${buildDate}T00:00:00Z`);
  workbook.creator = t('site.name');
  workbook.lastModifiedBy = t('site.name');
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = t('ledger.heading', { scope: ledgerScope(year) });
  const sheet = workbook.addWorksheet(year === 'all' ? t('ledger.sheet') : `${t('ledger.sheet')} ${year}`, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = LEDGER_COLUMNS.map((column) => ({ header: t(column.header), width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(LEDGER_COLUMNS.map((column) => column.cell(row)));
  const dateColumn = LEDGER_COLUMNS.findIndex((column) => column.header === 'ledger.col.date') + 1;
  sheet.getColumn(dateColumn).numFmt = 'yyyy-mm-dd';
  const attendance = LEDGER_COLUMNS.findIndex((column) => column.header === 'ledger.col.attendance') + 1;
  const letter = sheet.getColumn(attendance).letter;
  const total = sheet.addRow([t('coverage.total')]);
  total.getCell(attendance).value = {
    formula: `SUM(${letter}2:${letter}${rows.length + 1})`,
    result: ledgerTotals(rows).attendance,
  };
  total.font = { bold: true };
  return restamp(Buffer.from(await workbook.xlsx.writeBuffer()), stamp);
}

/**
 * exceljs zips with JSZip, which dates every entry with the clock: repack the same entries, in the same order,
 * dated `stamp` (JSZip writes DOS times in UTC), so the file depends on the content and the build date only.
 */
async function restamp(xlsx: Buffer, stamp: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.file(entry.name, await entry.async('uint8array'), { date: stamp, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
