/**
 * Status per copy, not per title: a two-copy book with one copy lent out has one copy on the shelf. The schema,
 * the totals, the wording and the importer all count copies.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bookSchema } from '../../src/schemas/book.ts';
import { NO_IMAGE } from '../../src/schemas/fields.ts';
import { copyCounts, statesOf, sumCopies } from '../../src/lib/library/copies.ts';
import { describeCopies } from '../../src/components/library/copies.ts';
import { buildCatalog, type Book } from '../../src/lib/catalog.ts';
import { planImport } from '../../src/lib/library/plan.ts';

const schema = bookSchema({ image: NO_IMAGE });
const book = (id: string, fields: Record<string, unknown>): Book => ({
  id,
  data: schema.parse({ title: id, authors: ['某'], ...fields }) as Book['data'],
});

describe('copies and their states', () => {
  it('a two-copy title with one lent out is one on the shelf and one out, not two out', () => {
    const data = book('a', { copies: 2, lent: 1 }).data;
    expect(copyCounts(data)).toEqual({ 在架: 1, 借出: 1, 遗失: 0 });
    expect(statesOf(data)).toEqual(['在架', '借出']);
    expect(describeCopies(data)).toBe('在架 1 册、借出 1 册');
  });

  it('defaults to every copy on the shelf', () => {
    const data = book('a', { copies: 3 }).data;
    expect(statesOf(data)).toEqual(['在架']);
    expect(describeCopies(data)).toBe('在架 3 册');
  });

  it('refuses more lent and lost copies than the book has, naming the field', () => {
    const result = schema.safeParse({ title: '书', authors: ['某'], copies: 2, lent: 2, lost: 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['lent']);
    expect(result.error!.issues[0]!.message).toMatch(/不能超过总册数（copies: 2）/);
    expect(schema.safeParse({ title: '书', authors: ['某'], lent: -1 }).success).toBe(false);
  });

  it('sums copies per state over titles; the catalog counts copies on the shelf per copy', () => {
    const books = [book('a', { copies: 2, lent: 1 }), book('b', { copies: 3, lost: 1, lent: 2 }), book('c', {})];
    expect(sumCopies(books.map((b) => b.data))).toEqual({ copies: 6, 在架: 2, 借出: 3, 遗失: 1 });
    const catalog = buildCatalog({ lectures: [], meetings: [], books, people: [], today: '2026-01-01' });
    expect(catalog.totals).toMatchObject({ copies: 6, copiesOnShelf: 2, titles: 3 });
  });
});

describe('importing copy states', () => {
  const frontmatterOf = (content: string) =>
    parse(/^---\n([\s\S]*?\n)---\n/.exec(content)![1]!) as Record<string, unknown>;
  const run = (rows: string[][]) => planImport({ rows, existing: new Map(), people: [], update: false });

  it('a 状态 cell speaks for its row: two rows of one title, one lent out, give 2 copies with 1 lent', () => {
    const result = run([
      ['书名', '作者', 'ISBN', '册数', '状态'],
      ['红岩', '罗广斌', '9787532130016', '1', '借出'],
      ['红岩', '罗广斌', '9787532130016', '1', '在架'],
    ]);
    const data = frontmatterOf(result.writes.find((w) => w.file === 'books/9787532130016.md')!.content);
    expect(data).toMatchObject({ copies: 2, lent: 1, lost: 0 });
    expect(data).not.toHaveProperty('status');
  });

  it('reads 借出 and 遗失 count columns (what the catalogue CSV writes), and refuses an unknown 状态 word', () => {
    const result = run([
      ['书名', '作者', 'ISBN', '册数', '借出', '遗失', '状态'],
      ['红岩', '罗广斌', '9787532130016', '3', '1', '1', ''],
      ['活着', '余华', '9787506365437', '1', '', '', '丢了'],
    ]);
    const data = frontmatterOf(result.writes.find((w) => w.file === 'books/9787532130016.md')!.content);
    expect(data).toMatchObject({ copies: 3, lent: 1, lost: 1 });
    expect(result.rejected).toEqual([
      { row: 3, column: '状态', reason: expect.stringMatching(/状态「丢了」不认识.*在架、借出、遗失/) },
    ]);
  });
});
