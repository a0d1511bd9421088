/** Import stage 4, donors: each 捐赠人 cell matched to a person, or a new person made for it. */
import { ID_PATTERN } from '../../../schemas/fields.ts';
import { slugify } from '../../slug.ts';
import { columnOf, type Columns } from './headers.ts';
import { clean } from './cells.ts';
import type { MergedBook } from './merge.ts';
import type { RowProblem } from './rows.ts';
import { personRecord } from './schemas.ts';

export interface KnownPerson {
  id: string;
  name: string;
}

export interface NewPerson {
  id: string;
  name: string;
  /** Rows whose donor this person is. */
  rows: number[];
}

/**
 * The kind given to a donor the importer creates. The librarian knows a name, not whether the giver is a
 * Party member: 其他 asserts nothing, and an editor corrects it in content/people/<id>.md.
 */
export const IMPORTED_DONOR_KIND = '其他';

export interface DonorMatch {
  /** Donor id per book key (ISBN-13, or title and author for a book without ISBN). */
  donors: Map<string, string>;
  created: NewPerson[];
  rejected: RowProblem[];
}

/**
 * Matches each 捐赠人 to a person: by id if the cell holds one (li-na), else by exact name. An unknown name
 * becomes a new person (id from pinyin, made unique), because a librarian typing donors into a spreadsheet
 * wants each donor to get a page, not a list of errors. A name shared by two people is ambiguous and refused.
 */
export function matchDonors(
  books: readonly MergedBook[],
  people: readonly KnownPerson[],
  columns: Columns,
): DonorMatch {
  const ids = new Set(people.map((p) => p.id));
  const byName = new Map<string, string[]>();
  for (const person of people) {
    const key = clean(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person.id]);
  }
  const createdByName = new Map<string, NewPerson>();
  const donors = new Map<string, string>();
  const rejected: RowProblem[] = [];
  const column = columnOf(columns, 'donor');
  for (const book of books) {
    const name = book.donorName;
    if (!name) continue;
    if (ID_PATTERN.test(name) && ids.has(name)) {
      donors.set(book.key, name);
      continue;
    }
    const matches = byName.get(name) ?? [];
    if (matches.length === 1) {
      donors.set(book.key, matches[0]!);
      continue;
    }
    if (matches.length > 1) {
      for (const row of book.rows) {
        rejected.push({
          row,
          ...(column ? { column } : {}),
          reason: `捐赠人「${name}」对应多位人物（${matches.join('、')}）。请在这一格填写其中一位的文件名（例如 ${matches[0]}）。`,
        });
      }
      continue;
    }
    let person = createdByName.get(name);
    if (!person) {
      const problem = personRecord.safeParse({ name, kind: IMPORTED_DONOR_KIND });
      if (!problem.success) {
        for (const row of book.rows)
          rejected.push({ row, ...(column ? { column } : {}), reason: problem.error.issues[0]!.message });
        continue;
      }
      const base = slugify(name);
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      person = { id, name, rows: [] };
      createdByName.set(name, person);
    }
    person.rows.push(...book.rows);
    donors.set(book.key, person.id);
  }
  return { donors, created: [...createdByName.values()], rejected };
}
