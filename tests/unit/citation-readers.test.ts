/**
 * The BibTeX and RIS the site writes, read back by independent readers: @retorquere/bibtex-parser (the parser
 * of Zotero's Better BibTeX) and Citation.js's RIS plugin. Every book of the catalogue, and the awkward names
 * (a nationality mark, an original spelling in brackets, an organisation, “and” and commas in a name), must come
 * back with the same authors, translators, title, publisher, address, year and ISBN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/content-check/frontmatter.ts';
import { bibtex, fullTitle, ris, type CitableBook } from '../../src/lib/library/citation.ts';
import { hyphenateIsbn, normalizeIsbn } from '../../src/lib/isbn.ts';

const BOOKS = path.resolve(import.meta.dirname, '../../content/books');

const catalogue: { id: string; book: CitableBook }[] = readdirSync(BOOKS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const parsed = readFrontmatter(readFileSync(path.join(BOOKS, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
    const data = parsed.file.data as Record<string, unknown>;
    const isbn = data.isbn === undefined ? undefined : normalizeIsbn(String(data.isbn));
    return {
      id: name.slice(0, -3),
      book: {
        title: String(data.title),
        subtitle: data.subtitle as string | undefined,
        authors: data.authors as string[],
        translators: (data.translators as string[] | undefined) ?? [],
        publisher: data.publisher as string | undefined,
        place: data.place as string | undefined,
        year: data.year as number | undefined,
        isbn: isbn?.ok ? isbn.isbn13 : undefined,
      },
    };
  });

const awkward: CitableBook = {
  title: 'Python编程',
  subtitle: '从入门到实践',
  authors: [
    '[美] 埃德加·斯诺',
    '[美] 埃里克·马瑟斯（Eric Matthes）',
    'Walt Crawford',
    'American Library Association',
    'Simon and Schuster Editors',
    'R&D Group, Inc.',
    '马克思',
  ],
  translators: ['中共中央马克思恩格斯列宁斯大林著作编译局', '袁国忠'],
  publisher: 'Farrar, Straus and Giroux',
  place: '北京',
  year: 2016,
  isbn: '9787115428028',
};

/** A parsed BibTeX creator as one name: a braced literal, or given and family names joined as printed. */
interface Creator {
  name?: string;
  firstName?: string;
  lastName?: string;
}
const creatorName = (creator: Creator) =>
  creator.name ?? [creator.firstName, creator.lastName].filter(Boolean).join(' ');

function readBibtex(text: string) {
  const { entries, errors } = parseBibtex(text);
  expect(errors).toEqual([]);
  expect(entries).toHaveLength(1);
  return entries[0]!.fields as Record<string, unknown>;
}

function readRis(text: string) {
  const [item] = new Cite(text).data as Record<string, unknown>[];
  return item!;
}

const ofCsl = (names: unknown) =>
  ((names as { family?: string; given?: string; literal?: string }[] | undefined) ?? []).map(
    (name) => name.literal ?? [name.given, name.family].filter(Boolean).join(' '),
  );

describe.each([...catalogue, { id: 'awkward-names', book: awkward }])('$id', ({ id, book }) => {
  it('BibTeX reads back to the same fields', () => {
    const fields = readBibtex(bibtex(book, id));
    expect((fields.author as Creator[]).map(creatorName)).toEqual(book.authors);
    expect(((fields.translator as Creator[] | undefined) ?? []).map(creatorName)).toEqual(book.translators);
    expect(fields.title).toBe(fullTitle(book));
    expect(fields.publisher).toEqual(book.publisher === undefined ? undefined : [book.publisher]);
    expect(fields.address).toBe(book.place);
    expect(fields.year).toBe(book.year === undefined ? undefined : String(book.year));
    expect(fields.isbn).toBe(book.isbn === undefined ? undefined : hyphenateIsbn(book.isbn));
  });

  it('RIS reads back to the same fields, the whole title in TI', () => {
    // RIS has no way to mark an organisation whose name holds a comma (AU is “Family, Given”): left out here.
    book = { ...book, authors: book.authors.filter((name) => name !== 'R&D Group, Inc.') };
    const item = readRis(ris(book));
    expect(item.type).toBe('book');
    expect(item.title).toBe(fullTitle(book));
    expect(item['collection-title']).toBeUndefined();
    expect(ofCsl(item.author)).toEqual(book.authors);
    expect(ofCsl(item.translator)).toEqual(book.translators);
    expect(item.publisher).toBe(book.publisher);
    expect(item['publisher-place']).toBe(book.place);
    expect((item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0]).toBe(book.year);
    expect(item.ISBN).toBe(book.isbn === undefined ? undefined : hyphenateIsbn(book.isbn));
  });
});
