import { describe, expect, it } from 'vitest';
import { hyphenateIsbn, isbnSearchForms, normalizeIsbn, compactIsbn } from '../../src/lib/isbn.ts';

describe('normalizeIsbn', () => {
  it.each([
    ['7-02-000220-X', '9787020002207'],
    ['702000220x', '9787020002207'],
    ['978-7-02-000220-7', '9787020002207'],
    ['978 7 02 000220 7', '9787020002207'],
    ['ISBN 978-7-5442-7087-8', '9787544270878'],
    ['９７８７０２０００２２０７'.normalize('NFKC'), '9787020002207'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIsbn(input)).toEqual({ ok: true, isbn13: expected });
  });

  it('refuses a wrong ISBN-13 check digit and names the right one', () => {
    expect(normalizeIsbn('978-7-02-000220-8')).toEqual({ ok: false, reason: 'checksum', expectedCheck: '7' });
  });

  it('refuses a wrong ISBN-10 check digit', () => {
    expect(normalizeIsbn('7-02-000220-1')).toMatchObject({ ok: false, reason: 'checksum', expectedCheck: 'X' });
  });

  it('refuses wrong lengths, letters and prefixes', () => {
    expect(normalizeIsbn('97870200022')).toMatchObject({ ok: false, reason: 'length' });
    expect(normalizeIsbn('97870200A2207')).toMatchObject({ ok: false, reason: 'characters' });
    expect(normalizeIsbn('9777020002207')).toMatchObject({ ok: false, reason: 'prefix' });
  });

  it('strips separators', () => {
    expect(compactIsbn(' 978–7‑02 000220.7 ')).toBe('9787020002207');
  });
});

describe('hyphenation by the published ranges', () => {
  it('hyphenates Chinese ISBNs', () => {
    expect(hyphenateIsbn('9787020002207')).toBe('978-7-02-000220-7');
  });

  it('offers every spelling for search', () => {
    expect(isbnSearchForms('9787020002207')).toEqual(
      expect.arrayContaining(['9787020002207', '978-7-02-000220-7', '702000220X', '7-02-000220-X']),
    );
  });
});
