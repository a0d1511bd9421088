import { describe, expect, it } from 'vitest';
import {
  bibtex,
  CITATION_FILES,
  citationFile,
  gbt7714,
  ris,
  type CitableBook,
} from '../../src/lib/library/citation.ts';

const xuanyan: CitableBook = {
  title: '共产党宣言',
  authors: ['马克思', '恩格斯'],
  translators: ['中共中央马克思恩格斯列宁斯大林著作编译局'],
  publisher: '人民出版社',
  year: 2014,
  isbn: '9787010009148',
  clc: 'A811.22',
};

const minimal: CitableBook = { title: '无名小册', authors: ['佚名'], translators: [] };

describe('GB/T 7714-2015', () => {
  it('cites a translated monograph with the translator as other responsibility', () => {
    expect(gbt7714(xuanyan)).toBe(
      '马克思, 恩格斯. 共产党宣言[M]. 中共中央马克思恩格斯列宁斯大林著作编译局, 译. [出版地不详]: 人民出版社, 2014.',
    );
  });

  it('joins title and subtitle with a colon; unknown place and publisher as [出版地不详: 出版者不详], never [出版年不详]', () => {
    expect(gbt7714({ ...minimal, subtitle: '第一卷' })).toBe('佚名. 无名小册: 第一卷[M]. [出版地不详: 出版者不详].');
  });

  it('lists three authors, then 等 (et al. for Latin names)', () => {
    expect(gbt7714({ ...minimal, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. /);
    expect(gbt7714({ ...minimal, authors: ['Smith J', 'Li W', 'Wang F', 'Zhao L'] })).toMatch(
      /^SMITH J, LI W, WANG F, et al\. /,
    );
  });
});

describe('BibTeX', () => {
  it('writes a @book entry with hyphenated ISBN and authors joined by and', () => {
    expect(bibtex(xuanyan, '9787010009148')).toBe(
      [
        '@book{9787010009148,',
        '  title = {共产党宣言},',
        '  author = {马克思 and 恩格斯},',
        '  translator = {中共中央马克思恩格斯列宁斯大林著作编译局},',
        '  publisher = {人民出版社},',
        '  year = {2014},',
        '  isbn = {978-7-01-000914-8},',
        '  language = {chinese}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes LaTeX special characters and leaves out unknown fields', () => {
    expect(bibtex({ ...minimal, title: '100% & {more}_#1' }, 'x')).toBe(
      '@book{x,\n  title = {100\\% \\& \\{more\\}\\_\\#1},\n  author = {佚名},\n  language = {chinese}\n}\n',
    );
  });
});

describe('RIS', () => {
  it('puts the whole title in TI (T2 is the series of a book): 毛泽东选集: 第一卷', () => {
    const text = ris({ ...xuanyan, title: '毛泽东选集', subtitle: '第一卷' });
    expect(text).toContain('TI  - 毛泽东选集: 第一卷\r\n');
    expect(text).not.toMatch(/^T2 {2}-/m);
  });

  it('writes one tag per line with CRLF and ends with ER', () => {
    expect(ris(xuanyan)).toBe(
      [
        'TY  - BOOK',
        'TI  - 共产党宣言',
        'AU  - 马克思',
        'AU  - 恩格斯',
        'A4  - 中共中央马克思恩格斯列宁斯大林著作编译局',
        'PB  - 人民出版社',
        'PY  - 2014',
        'SN  - 978-7-01-000914-8',
        'CN  - A811.22',
        'LA  - zh',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps a value with a line break on one line', () => {
    expect(ris({ ...minimal, title: '上册\n下册' })).toContain('TI  - 上册 下册\r\n');
  });
});

describe('place of publication (出版地)', () => {
  const placed = { ...xuanyan, place: '北京' };

  it('GB/T 7714 names the place when the catalogue records it, and says [出版地不详] only when it does not', () => {
    expect(gbt7714(placed)).toBe(
      '马克思, 恩格斯. 共产党宣言[M]. 中共中央马克思恩格斯列宁斯大林著作编译局, 译. 北京: 人民出版社, 2014.',
    );
    expect(gbt7714(xuanyan)).toContain('[出版地不详]: 人民出版社');
  });

  it('BibTeX writes it as address, RIS as CY', () => {
    expect(bibtex(placed, 'k')).toContain('  publisher = {人民出版社},\n  address = {北京},\n');
    expect(ris(placed)).toContain('PB  - 人民出版社\r\nCY  - 北京\r\n');
    expect(bibtex(xuanyan, 'k')).not.toContain('address');
    expect(ris(xuanyan)).not.toContain('CY  -');
  });
});

describe('citation files', () => {
  it('braces a name that holds "and" or a comma, so BibTeX reads one name, and escapes inside it', () => {
    expect(bibtex({ ...minimal, authors: ['Simon and Schuster Editors', '马克思', 'R&D Group, Inc.'] }, 'x')).toContain(
      '  author = {{Simon and Schuster Editors} and 马克思 and {R\\&D Group, Inc.}},',
    );
  });

  it('puts one entry per book in a .bib (blank line between) and a .ris file', () => {
    const books = [
      { id: 'a', data: minimal },
      { id: 'b', data: xuanyan },
    ];
    const bib = citationFile('bib', books);
    expect(bib).toBe(`${bibtex(minimal, 'a')}\n${bibtex(xuanyan, 'b')}`);
    expect(bib.match(/^@book\{/gm)).toHaveLength(2);
    expect(citationFile('ris', books)).toBe(ris(minimal) + ris(xuanyan));
    expect(CITATION_FILES.ris.type).toMatch(/^application\/x-research-info-systems/);
  });
});
