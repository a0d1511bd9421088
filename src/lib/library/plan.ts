/**
 * What an import will do, decided before anything is written: which book files are new, which are updated,
 * which already exist, which rows are refused and why, which donors become new people. The CLI then writes
 * exactly `plan.writes` (or nothing, with --dry-run).
 */
import { stringify } from 'yaml';
import {
  IMPORTED_DONOR_KIND,
  bookDataProblem,
  mapHeaders,
  matchDonors,
  mergeRows,
  newBookData,
  readRow,
  sameData,
  updatedBookData,
  type KnownPerson,
  type NewPerson,
  type RowProblem,
  type RowRecord,
} from './import/index.ts';
import { bookKey, titleId } from './book-key.ts';

/** The key planImport looks an existing book up by: its ISBN-13, or its title and first author. */
export function existingBookKey(isbn13: string | undefined, data: Record<string, unknown>): string {
  return bookKey(isbn13, data.title, data.authors);
}

export interface ExistingBook {
  /** File path relative to the content folder, e.g. books/9787020002207.md. */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface PlannedWrite {
  /** Relative to the content folder. */
  file: string;
  content: string;
  action: 'new' | 'update' | 'person';
}

export interface ImportPlan {
  dataRows: number;
  writes: PlannedWrite[];
  created: number;
  updated: number;
  unchanged: number;
  /** Books that exist and differ from the sheet, left alone because --update was not given. */
  kept: { key: string; file: string; rows: number[] }[];
  people: NewPerson[];
  rejected: RowProblem[];
  warnings: RowProblem[];
  ignoredColumns: string[];
}

export interface PlanInput {
  rows: readonly (readonly string[])[];
  /** Books already in the content folder, by ISBN-13 (by title and first author when they have none: see bookKey). */
  existing: ReadonlyMap<string, ExistingBook>;
  /** Every book file name in use (without .md), so a new book without ISBN gets a free one. Default: existing's. */
  takenIds?: ReadonlySet<string>;
  people: readonly KnownPerson[];
  update: boolean;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * YAML written by the `yaml` library, never by string concatenation: a title such as `<script>`, `: `, `#`,
 * `yes` or `007` is quoted as needed and reads back as exactly the text in the spreadsheet.
 */
export function frontmatterFile(data: Record<string, unknown>, body = ''): string {
  const yamlText = stringify(data, { lineWidth: 0, defaultKeyType: 'PLAIN' });
  return `---\n${yamlText}---\n${body ? `\n${body.replace(/^\n+/, '')}` : ''}`;
}

export function planImport(input: PlanInput): ImportPlan {
  const [header = [], ...data] = input.rows;
  const columns = mapHeaders(header);
  const records: RowRecord[] = [];
  const rejected: RowProblem[] = [];
  let dataRows = 0;
  data.forEach((cells, i) => {
    const result = readRow(cells, columns, i + 2);
    if (result.ok === 'empty') return;
    dataRows++;
    if (result.ok) records.push(result.record);
    else rejected.push(...result.problems);
    if ((i + 1) % 100 === 0) input.onProgress?.(i + 1, data.length);
  });
  input.onProgress?.(data.length, data.length);

  const merged = mergeRows(records, columns);
  rejected.push(...merged.rejected);

  const plan: ImportPlan = {
    dataRows,
    writes: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    kept: [],
    people: [],
    rejected,
    warnings: merged.warnings,
    ignoredColumns: columns.ignored,
  };

  // Donors are matched only for books that will be written, so a skipped row never creates a person.
  const toWrite = merged.books.filter((book) => {
    const existing = input.existing.get(book.key);
    if (!existing) return true;
    const next = updatedBookData(existing.data, book, undefined);
    const differs =
      !sameData(next, existing.data) || (book.donorName !== undefined && existing.data.donor === undefined);
    if (input.update) return true;
    if (differs) plan.kept.push({ key: book.key, file: existing.file, rows: book.rows });
    else plan.unchanged++;
    return false;
  });
  const donors = matchDonors(toWrite, input.people, columns);
  rejected.push(...donors.rejected);
  const refusedRows = new Set(donors.rejected.map((p) => p.row));
  const usedIds = new Set<string>();
  const takenIds = new Set(
    input.takenIds ??
      [...input.existing.values()].map((book) => book.file.replace(/^books\//, '').replace(/\.md$/, '')),
  );

  for (const book of toWrite) {
    if (book.rows.some((row) => refusedRows.has(row))) continue;
    const donor = donors.donors.get(book.key);
    const existing = input.existing.get(book.key);
    const next = existing ? updatedBookData(existing.data, book, donor) : newBookData(book, donor);
    const problem = bookDataProblem(next);
    if (problem) {
      // Only reachable when an existing file was already invalid; the build would refuse it too.
      for (const row of book.rows)
        rejected.push({
          row,
          reason: `合并后的图书数据不合规（${existing?.file ?? (book.isbn13 || String(book.fields.title))}）：${problem}`,
        });
      continue;
    }
    if (existing && sameData(next, existing.data)) {
      plan.unchanged++;
      continue;
    }
    if (typeof next.donor === 'string') usedIds.add(next.donor);
    plan.writes.push({
      file: existing?.file ?? `books/${book.isbn13 || titleId(book.fields.title, takenIds)}.md`,
      content: frontmatterFile(next, existing?.body ?? ''),
      action: existing ? 'update' : 'new',
    });
    if (existing) plan.updated++;
    else plan.created++;
  }

  for (const person of donors.created) {
    if (!usedIds.has(person.id)) continue;
    plan.people.push(person);
    plan.writes.push({
      file: `people/${person.id}.md`,
      action: 'person',
      content: frontmatterFile(
        { name: person.name, kind: IMPORTED_DONOR_KIND },
        '由图书导入（npm run import:books）根据捐书表格创建。请补充职务、单位和类别（kind），匿名捐赠请在图书文件里删去 donor。\n',
      ),
    });
  }
  plan.rejected.sort((a, b) => a.row - b.row);
  plan.warnings.sort((a, b) => a.row - b.row);
  return plan;
}
