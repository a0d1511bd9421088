import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import StatList from '../../src/components/site/StatList.astro';
import BookCover from '../../src/components/library/BookCover.astro';
import BookList from '../../src/components/library/BookList.astro';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { loadFixture } from '../support/fixture-catalog.ts';

const container = await AstroContainer.create();
const catalog = buildCatalog(loadFixture());

describe('components (Container API)', () => {
  it('StatList sets every figure with its unit, grouped the Chinese way', async () => {
    const html = await container.renderToString(StatList, {
      props: { label: '数字一览', stats: [{ label: '受教育人次', value: 3010, unit: '人次' }] },
    });
    expect(html).toContain('aria-label="数字一览"');
    expect(html).toMatch(
      /<dt>受教育人次<\/dt>\s*<dd>\s*<span class="stat__value">3,010<\/span>\s*<small>人次<\/small>/,
    );
  });

  it('BookCover draws a typographic cover with the title when there is no photo', async () => {
    const html = await container.renderToString(BookCover, { props: { book: catalog.book('9787020002207') } });
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="《平凡的世界》封面"');
    expect(html).toContain('平凡的世界');
  });

  it('BookList escapes titles as text, never markup', async () => {
    const book = catalog.book('9787020002207');
    const evil = { ...book, data: { ...book.data, title: '<script>alert(1)</script>' } };
    const html = await container.renderToString(BookList, { props: { books: [evil] } });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="/books/9787020002207/"');
  });
});
