/** The page-budget checker itself: it must see what a browser would download, and fail when a budget breaks. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  budgetProblems,
  countElements,
  measureSite,
  mostElements,
  pageKind,
} from '../../scripts/lib/budgets.ts';

let dir: string;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A tiny built site: files by path inside dist/. */
function site(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'budget-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const page = (head: string, body = '<p>正文</p>') =>
  `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;
/** Text that gzip cannot shrink: hex of random bytes compresses to about half. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

describe('pageKind', () => {
  it('tells content pages from lists and redirects', () => {
    expect(pageKind('books/9787020002207/')).toBe('book');
    expect(pageKind('books/isbn/9787020002207/')).toBe('other');
    expect(pageKind('lectures/12/')).toBe('lecture');
    expect(pageKind('lectures/themes/keji/')).toBe('other');
    expect(pageKind('meetings/3/')).toBe('meeting');
    expect(pageKind('search/')).toBe('search');
  });
});

describe('measureSite and budgetProblems', () => {
  it('passes a light site and counts each stylesheet once', () => {
    const report = measureSite(
      site({
        '_astro/site.css': 'body{color:#222}',
        'settings.js': 'document.documentElement.dataset.size="l";',
        'books/9787020002207/index.html': page(
          '<link rel="stylesheet" href="/_astro/site.css"><script src="/settings.js"></script>',
        ),
        'lectures/1/index.html': page(
          '<link rel="stylesheet" href="../../_astro/site.css"><script src="/settings.js" defer></script>',
        ),
      }),
    );
    expect(report.pages).toHaveLength(2);
    expect(report.css.size).toBe(1);
    expect(report.pages.every((p) => p.css > 0 && p.js > 0 && p.scripts.length === 1)).toBe(true);
    expect(budgetProblems(report)).toEqual([]);
  });

  it('fails a book page over 15 KB of HTML and CSS', () => {
    const report = measureSite(
      site({ 'books/9787020002207/index.html': page('', `<p>${incompressible(BUDGETS.contentPage * 1.2)}</p>`) }),
    );
    expect(budgetProblems(report)).toEqual([
      expect.stringMatching(/^\/books\/9787020002207\/: HTML .* budget 15\.0 KB/),
    ]);
  });

  it('fails inline scripts, extra scripts and their imports, but allows JSON-LD and the search page', () => {
    const report = measureSite(
      site({
        '_astro/a.js': 'import "./b.js"; console.log(1);',
        '_astro/b.js': `console.log("${incompressible(3000)}");`,
        'lectures/2/index.html': page(
          '<script type="application/ld+json">{"@type":"Event"}</script><script>alert(1)</script>',
        ),
        'meetings/1/index.html': page('<script type="module" src="/_astro/a.js"></script>'),
        'search/index.html': page('<script type="module" src="/_astro/a.js"></script>'),
      }),
    );
    const problems = budgetProblems(report);
    expect(problems).toContainEqual(expect.stringMatching(/^\/lectures\/2\/: 1 inline <script>/));
    expect(problems).toContainEqual(expect.stringMatching(/^\/meetings\/1\/: loads 2 scripts/));
    expect(problems).toContainEqual(expect.stringMatching(/^\/meetings\/1\/: JavaScript .* budget 2\.0 KB/));
    expect(problems.some((p) => p.startsWith('/search/'))).toBe(false);
  });

  it('fails when all CSS together is over 15 KB, and when a linked file is missing', () => {
    const report = measureSite(
      site({
        '_astro/a.css': `/*${incompressible(9000)}*/`,
        '_astro/b.css': `/*${incompressible(9000)}*/`,
        'index.html': page(
          '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/gone.css">',
        ),
        'people/index.html': page('<link rel="stylesheet" href="/_astro/b.css">'),
      }),
    );
    const problems = budgetProblems(report);
    expect(problems).toContainEqual(expect.stringMatching(/^all CSS together .* budget 15\.0 KB/));
    expect(problems).toContainEqual('linked file not in the site: /_astro/gone.css');
  });

  it('counts elements as a browser would, and fails a page over the element budget', () => {
    // A `<` in a script or a comment is not an element; void and unclosed elements are.
    expect(
      countElements(
        '<!doctype html><html><head><script>if (a<b) x();</script></head><body><!-- <p> --><br><p>x</body></html>',
      ),
    ).toBe(6);
    const items = (n: number) => `<ul>${'<li>书</li>'.repeat(n)}</ul>`;
    // html, head, body, ul: four elements around the list items.
    const report = measureSite(
      site({
        'library/titles/index.html': page('', items(BUDGETS.elements - 4)),
        'library/years/2019/index.html': page('', items(BUDGETS.elements - 3)),
      }),
    );
    expect(mostElements(report)).toMatchObject({ page: 'library/years/2019/', elements: BUDGETS.elements + 1 });
    expect(budgetProblems(report)).toEqual([`/library/years/2019/: ${BUDGETS.elements + 1} elements, budget 1,500`]);
  });

  it('resolves links under a base path', () => {
    const report = measureSite(
      site({
        '_astro/site.css': 'body{}',
        'books/1/index.html': page('<link rel="stylesheet" href="/djjy/_astro/site.css">'),
      }),
      '/djjy/',
    );
    expect(report.missing).toEqual([]);
    expect(report.pages[0]?.css).toBeGreaterThan(0);
  });
});
