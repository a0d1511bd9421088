/**
 * Bulk import of the librarian's spreadsheet, stage by stage: header mapping (headers.ts), per-row validation
 * through the real book schema so the importer and the build can never disagree (rows.ts, cells.ts), merging of
 * rows with the same ISBN (merge.ts), donor matching (donors.ts) and the frontmatter to write (output.ts).
 * Pure: the CLI (scripts/import-books.ts) does the reading and writing, plan.ts decides what to write.
 */
export { ImportError, headerKey, mapHeaders, type BookField, type Columns } from './headers.ts';
export { normalizeDate, normalizeYear } from './cells.ts';
export { readRow, type RowProblem, type RowRecord, type RowResult } from './rows.ts';
export { mergeRows, type MergeResult, type MergedBook } from './merge.ts';
export { IMPORTED_DONOR_KIND, matchDonors, type DonorMatch, type KnownPerson, type NewPerson } from './donors.ts';
export { bookDataProblem, newBookData, orderBookData, sameData, updatedBookData } from './output.ts';
