/**
 * Reads the librarian's spreadsheet into rows of text cells, whatever Excel saved: CSV in UTF-8 (with or
 * without BOM), CSV in GBK/GB18030 (what Chinese Excel writes by default), tab-separated text, or .xlsx.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';

export type TableEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'xlsx';

export interface Table {
  encoding: TableEncoding;
  /** Header row first; every cell is text (numbers and dates already turned into what Excel shows). */
  rows: string[][];
}

/**
 * UTF-8 when the bytes are valid UTF-8, otherwise GB18030. GB18030 is a superset of GBK and GB2312, so one
 * decoder covers every Chinese Windows code page; a GBK file is almost never valid UTF-8 by accident.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TableEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Comma-separated unless the header line has tabs and no commas (Excel's "Unicode text" export). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

export function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const rows = parse(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    skip_empty_lines: false,
    trim: false,
  }) as string[][];
  return { encoding, rows };
}

/** A calendar date from an Excel date cell. exceljs gives UTC midnight of the date shown, so read UTC fields. */
function excelDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return excelDate(value);
  if (typeof value === 'number') {
    // An ISBN typed into a number cell: print all digits, never 9.78702E+12.
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || typeof result === 'object'
      ? result instanceof Date
        ? excelDate(result)
        : ''
      : String(result);
  }
  if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return '';
  return '';
}

/** The first worksheet that has any cells. */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const rows: string[][] = [];
  if (sheet) {
    const width = sheet.actualColumnCount || sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    }
  }
  return { encoding: 'xlsx', rows };
}

/** Reads a table by its file name's extension. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (/\.xlsx$/i.test(fileName)) return readXlsx(bytes);
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(bytes);
  throw new Error(
    `不支持的文件类型：${fileName}。请在 Excel 中另存为 .xlsx 或 CSV（.csv）后再导入；旧版 .xls 也请另存为 .xlsx。`,
  );
}
