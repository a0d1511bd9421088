/**
 * Phone first (issue 22): what members came for is on the first screen of a phone, in 长辈模式 and at 超大 too.
 * Every expectation is measured on the built pages and derived from them (the first session link, the table's own
 * column heads, the name beside an avatar), never typed content.
 */
import { test, expect, type Page } from '@playwright/test';

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
] as const;
const MODES = {
  normal: {},
  elder: { elder: true, size: 'larger', spacing: 'wide' },
  huge: { elder: true, size: 'huge', spacing: 'wide' },
} as const;
type Mode = keyof typeof MODES;

async function openAs(page: Page, mode: Mode, viewport: { width: number; height: number }, route: string) {
  await page.setViewportSize(viewport);
  await page.addInitScript((saved) => localStorage.setItem('reading-settings', JSON.stringify(saved)), MODES[mode]);
  await page.goto(route);
}

/** The first link in main to a page under `prefix` followed by a number (a session page), or a book page. */
const firstLink = (page: Page, pattern: string) =>
  page.locator('main a[href]').evaluateAll((links, source) => {
    const re = new RegExp(source);
    const link = links.find((a) => re.test(new URL((a as HTMLAnchorElement).href).pathname));
    if (!link) return null;
    const box = link.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, href: new URL((link as HTMLAnchorElement).href).pathname };
  }, pattern);

const SESSION = '/(lectures|meetings)/\\d+/$';

/** Text of cells and similar short things that runs onto more than one line (each text node's line boxes). */
const wrapped = (page: Page, selector: string, maxChars: number) =>
  page.evaluate(
    ({ selector, maxChars }) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        if (!el.getClientRects().length) continue;
        const text = (el.textContent ?? '').trim();
        if (!text || [...text].length > maxChars) continue;
        const tops = new Set<number>();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
        }
        if (tops.size > 1) out.push(text);
      }
      return out;
    },
    { selector, maxChars },
  );

const TEMPLATES = [
  '',
  'lectures/',
  'meetings/',
  'library/',
  'lectures/1/',
  'meetings/1/',
  'people/',
  'stats/',
  'search/',
];

test.describe('the header', () => {
  for (const viewport of PHONES)
    for (const mode of Object.keys(MODES) as Mode[]) {
      test(`is one slim row at ${viewport.width}×${viewport.height}, ${mode}`, async ({ page }) => {
        test.setTimeout(120_000);
        // 15 % of the first screen in normal mode, 20 % in 长辈模式 (and at 超大: still one whole row).
        const share = mode === 'normal' ? 0.15 : 0.2;
        for (const route of TEMPLATES) {
          await openAs(page, mode, viewport, route);
          const header = (await page.locator('.site-header').boundingBox())!;
          expect(header.y + header.height, route).toBeLessThanOrEqual(viewport.height * share);
          // Whole: every control of the row inside the screen and inside the band, 长辈模式 among them.
          for (const control of [
            page.locator('.site-title'),
            page.getByRole('link', { name: '搜索' }).first(),
            page.locator('.site-header').getByRole('button', { name: '长辈模式' }),
            page.getByRole('button', { name: '菜单' }),
          ]) {
            await expect(control, route).toBeVisible();
            const box = (await control.boundingBox())!;
            expect(box.x, route).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, route).toBeLessThanOrEqual(viewport.width + 0.5);
            expect(box.y + box.height, route).toBeLessThanOrEqual(header.y + header.height + 0.5);
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(
            viewport.width,
          );
        }
      });
    }

  test('search is one tap away; 菜单 opens a full-screen sheet with the navigation, and closes', async ({ page }) => {
    for (const mode of ['normal', 'huge'] as const) {
      await openAs(page, mode, PHONES[0], 'lectures/1/');
      await page.getByRole('link', { name: '搜索' }).first().click();
      await expect(page).toHaveURL(/\/search\/$/);

      await page.goto('lectures/1/');
      await page.evaluate(() => window.scrollTo(0, 600));
      const menu = page.getByRole('button', { name: '菜单' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('#site-menu')).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const sheet = (await page.locator('#site-menu').boundingBox())!;
      const header = (await page.locator('.site-header').boundingBox())!;
      // Right under the header row (which stays in view) down to the bottom of the screen, edge to edge.
      expect(header.y).toBeCloseTo(0, 0);
      expect(sheet.y).toBeCloseTo(header.y + header.height, 0);
      expect(sheet.y + sheet.height).toBeGreaterThanOrEqual(PHONES[0].height - 1);
      expect(sheet.width).toBeGreaterThanOrEqual(PHONES[0].width - 1);
      const nav = page.getByRole('navigation', { name: '主导航' });
      for (const name of ['初心讲坛', '南江读书会', '共享图书馆'])
        await expect(nav.getByRole('link', { name })).toBeVisible();
      await expect(page.locator('#site-search')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.locator('#site-menu')).toBeHidden();
      await expect(menu).toBeFocused();
    }
  });
});

test.describe('content first', () => {
  for (const mode of ['normal', 'elder'] as const) {
    test(`the home page shows the next and the latest session on the first screen (${mode})`, async ({ page }) => {
      await openAs(page, mode, PHONES[0], './');
      for (const section of ['#home-upcoming', '#home-latest']) {
        const link = page.locator(`section[aria-labelledby="${section.slice(1)}"] .entry-title a`).first();
        await expect(link).toBeVisible();
        expect(await link.getAttribute('href')).toMatch(new RegExp(SESSION));
        expect((await link.boundingBox())!.y, section).toBeLessThan(PHONES[0].height);
      }
    });

    for (const route of ['lectures/', 'meetings/']) {
      test(`/${route} shows its first session on the first screen, figures after the list (${mode})`, async ({
        page,
      }) => {
        await openAs(page, mode, PHONES[0], route);
        const first = await firstLink(page, SESSION);
        expect(first).not.toBeNull();
        expect(first!.top).toBeLessThan(PHONES[0].height);
        // The totals and the breakdown come after the sessions, and /stats/ is linked.
        const order = await page.evaluate(() => {
          const session = document.querySelector('main .entry-list')!;
          const figures = [...document.querySelectorAll('main .stats, main .breakdown, main table')];
          return figures.every((f) => session.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        expect(order).toBe(true);
        await expect(page.locator('main a[href$="/stats/"]')).toHaveCount(1);
      });
    }

    test(`/library/ shows its search box and first book on the first screen (${mode})`, async ({ page }) => {
      await openAs(page, mode, PHONES[0], 'library/');
      const search = page.locator('main form[role="search"] input[type="search"]');
      await expect(search).toBeVisible();
      expect((await search.boundingBox())!.y).toBeLessThan(PHONES[0].height);
      const book = await firstLink(page, '/books/[^/]+/$');
      expect(book).not.toBeNull();
      expect(book!.top).toBeLessThan(PHONES[0].height);
    });
  }
});

test.describe('tables and charts', () => {
  for (const mode of ['normal', 'elder', 'huge'] as const) {
    test(`no short cell wraps and wide tables stack as label: value cards at 390 px (${mode})`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const route of ['lectures/', 'meetings/', 'stats/', 'library/drive/']) {
        await openAs(page, mode, PHONES[0], route);
        expect(await wrapped(page, 'main th, main td', 6), route).toEqual([]);
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          for (const table of document.querySelectorAll('main table')) {
            const heads = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim());
            const wrap = table.closest('.table-wrap');
            if (wrap && wrap.scrollWidth > wrap.clientWidth + 1) out.push(`scrolls: ${heads.join('|')}`);
            if (heads.length < 3) continue;
            // A wide table: each value cell is a line of its own, labelled with its column head.
            for (const row of table.querySelectorAll('tbody tr')) {
              [...row.children].forEach((cell, i) => {
                if (cell.localName !== 'td') return;
                const label = getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '');
                if (label !== heads[i]) out.push(`cell ${i} labelled ${label}, head ${heads[i]}`);
                if (getComputedStyle(cell).display === 'table-cell') out.push(`cell ${i} still a table cell`);
              });
            }
          }
          return out.slice(0, 5);
        });
        expect(problems, route).toEqual([]);
      }
    });
  }

  for (const mode of ['elder', 'huge'] as const)
    test(`a session row's labels (主讲人：, 领读人：, 共读书目：, 即将举行) never split (${mode}, ${PHONES[0].width} px)`, async ({
      page,
    }) => {
      for (const route of ['', 'lectures/', 'meetings/']) {
        await openAs(page, mode, PHONES[0], route);
        expect(await page.locator('main .entry-list .meta .keep-together').count(), route).toBeGreaterThan(0);
        expect(await wrapped(page, 'main .entry-list .meta .keep-together', 8), route).toEqual([]);
      }
    });

  for (const mode of ['normal', 'elder', 'huge'] as const)
    test(`a book's ISBN never breaks at a hyphen (${mode}, ${PHONES[0].width} px)`, async ({ page }) => {
      await openAs(page, mode, PHONES[0], 'library/');
      const book = (await firstLink(page, '/books/[^/]+/$'))!.href;
      await page.goto(book);
      const isbn = page.locator('main .facts dd.keep-together').first();
      await expect(isbn).toHaveText(/^978-/);
      expect(await wrapped(page, 'main .facts dd.keep-together', 20)).toEqual([]);
    });

  for (const mode of ['elder', 'huge'] as const)
    test(`a figure's unit (人次, 期) never splits across lines (${mode}, ${PHONES[0].width} px)`, async ({ page }) => {
      for (const route of ['stats/', 'lectures/', 'meetings/', 'coverage/']) {
        await openAs(page, mode, PHONES[0], route);
        expect(await page.locator('main .stat dd small').count(), route).toBeGreaterThan(0);
        expect(await wrapped(page, 'main .stat dd small', 6), route).toEqual([]);
      }
    });

  for (const mode of ['elder', 'huge'] as const)
    for (const viewport of [PHONES[0], { width: 1280, height: 800 }]) {
      test(`chart labels are at least the body text size and every chart keeps its table (${mode}, ${viewport.width} px)`, async ({
        page,
      }) => {
        await openAs(page, mode, viewport, 'stats/');
        const charts = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          return [...document.querySelectorAll('figure.chart')].map((chart) => {
            const labels = [...chart.querySelectorAll('.chart__row-label')];
            return {
              labels: labels.filter((l) => l.getClientRects().length > 0).length,
              smallest: Math.min(...labels.map((l) => parseFloat(getComputedStyle(l).fontSize))),
              body,
              table: chart.querySelectorAll('table tbody tr').length,
              rows: labels.length,
            };
          });
        });
        expect(charts.length).toBeGreaterThan(0);
        for (const chart of charts) {
          if (chart.table === 0) continue;
          expect(chart.labels).toBe(chart.rows);
          expect(chart.smallest).toBeGreaterThanOrEqual(chart.body);
          expect(chart.table).toBeGreaterThan(0);
        }
      });
    }
});

test.describe('pictures in lists', () => {
  for (const mode of ['elder', 'huge'] as const)
    test(`at large text a session's thumbnail leaves its title at least half the row (${mode})`, async ({ page }) => {
      await openAs(page, mode, PHONES[0], 'lectures/');
      const rows = page.locator('main .entry-list--thumbs > .entry');
      expect(await rows.count()).toBeGreaterThan(0);
      const [row, title] = [
        (await rows.first().boundingBox())!,
        (await rows.first().locator('.entry-title').boundingBox())!,
      ];
      expect(title.width).toBeGreaterThanOrEqual(row.width / 2);
    });

  test('at 超大 the library search field shows its whole placeholder', async ({ page }) => {
    await openAs(page, 'huge', PHONES[0], 'library/');
    const room = await page.locator('main input[type="search"]').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return inner - context.measureText(input.placeholder).width;
    });
    expect(room).toBeGreaterThanOrEqual(0);
  });

  test('each session row has its picture or a placeholder with its 期数', async ({ page }) => {
    for (const route of ['lectures/', 'meetings/', './']) {
      await openAs(page, 'normal', PHONES[0], route);
      const rows = await page.locator('main .entry-list--thumbs > li').evaluateAll((items) =>
        items.map((li) => ({
          badge: (li.querySelector('.entry-title .badge')?.textContent ?? '').trim(),
          img: li.querySelector(':scope > picture img, :scope > img')?.getAttribute('alt') ?? null,
          placeholder: (li.querySelector('.thumb--placeholder')?.textContent ?? '').replace(/\s+/g, ''),
          box: li.querySelector('.thumb')?.getBoundingClientRect().width ?? 0,
        })),
      );
      expect(rows.length, route).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.box, route).toBeGreaterThan(40);
        if (row.img === null) expect(row.placeholder, route).toContain(row.badge);
        else expect(row.img.length, route).toBeGreaterThan(0);
      }
    }
  });

  test('book lists show covers; a book page on a phone puts its cover beside the title', async ({ page }) => {
    for (const mode of ['normal', 'elder'] as const) {
      await openAs(page, mode, PHONES[0], 'library/');
      const covers = await page
        .locator('main .entry-list--covers > li')
        .evaluateAll((items) => items.map((li) => li.querySelector('.cover')?.getBoundingClientRect().height ?? 0));
      expect(covers.length).toBeGreaterThan(0);
      for (const height of covers) {
        expect(height).toBeGreaterThan(40);
        expect(height).toBeLessThan(160);
      }
      const book = await firstLink(page, '/books/[^/]+/$');
      await page.goto(book!.href);
      const cover = (await page.locator('main .cover').first().boundingBox())!;
      const title = (await page.locator('main h1').boundingBox())!;
      expect(cover.height).toBeLessThan(250);
      // Beside the title, not a card above it.
      expect(title.y).toBeLessThan(cover.y + cover.height);
      expect(title.x).toBeGreaterThanOrEqual(cover.x + cover.width);
    }
  });

  test('the people list shows a portrait or an initials avatar with role and unit', async ({ page }) => {
    await openAs(page, 'normal', PHONES[0], 'people/');
    const cards = await page.locator('main .person-card').evaluateAll((items) =>
      items.map((li) => ({
        name: (li.querySelector('a')?.textContent ?? '').trim(),
        avatar: li.querySelector('img.avatar') ? 'photo' : (li.querySelector('.avatar')?.textContent ?? '').trim(),
        lines: li.querySelectorAll('.person-card__meta').length,
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) if (card.avatar !== 'photo') expect(card.avatar).toBe([...card.name][0]);
    expect(cards.some((card) => card.lines === 2)).toBe(true);
  });
});

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a session or book page has the reading column with the facts beside it; lists use the width', async ({
    page,
  }) => {
    await page.goto('lectures/1/');
    const text = (await page.locator('main .prose').boundingBox())!;
    const facts = (await page.locator('main .facts').first().boundingBox())!;
    expect(facts.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(facts.y).toBeLessThan(400);
    // A book page too: the facts beside the reading column, their box starting level with the title.
    await page.goto('library/');
    await page.goto((await firstLink(page, '/books/[^/]+/$'))!.href);
    const title = (await page.locator('main h1').boundingBox())!;
    const bookFacts = (await page.locator('main .facts').first().boundingBox())!;
    expect(bookFacts.x).toBeGreaterThanOrEqual(title.x + title.width);
    expect(Math.abs(bookFacts.y - title.y)).toBeLessThan(40);
    await page.goto('lectures/');
    const rows = page.locator('#past ~ .entry-list > li, section[aria-labelledby="past"] .entry-list > li');
    const [a, b] = [(await rows.nth(0).boundingBox())!, (await rows.nth(1).boundingBox())!];
    expect(b.y).toBeCloseTo(a.y, 0);
    expect(b.x).toBeGreaterThan(a.x + a.width);
  });

  test('every chart shows its title on a wide screen, above the picture and its table', async ({ page }) => {
    await page.goto('stats/');
    const titles = page.locator('main .chart__title');
    expect(await titles.count()).toBeGreaterThan(0);
    for (const title of await titles.all()) await expect(title).toBeVisible();
  });

  for (const viewport of [{ width: 1280, height: 800 }, PHONES[0]])
    test(`no date, figure or name breaks inside itself; fact values sit on their labels' line (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const book = await (async () => {
        await page.goto('library/');
        return (await firstLink(page, '/books/[^/]+/$'))!.href;
      })();
      await page.goto('people/');
      const person = (await firstLink(page, '/people/[^/]+/$'))!.href;
      for (const route of ['lectures/', 'meetings/1/', 'lectures/1/', book, person, 'library/new/']) {
        await page.goto(route);
        expect(await wrapped(page, 'main time, main .person-link, main .stat__value', 20), route).toEqual([]);
        const offsets = await page.locator('main .facts').evaluateAll((lists) =>
          lists.flatMap((dl) =>
            [...dl.querySelectorAll('dt')].map((dt) => {
              const dd = dt.nextElementSibling!;
              const firstText = (el: Element) => {
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
                  acceptNode: (n) => ((n.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
                });
                const node = walker.nextNode();
                if (!node) return NaN;
                const range = document.createRange();
                range.selectNodeContents(node);
                return range.getClientRects()[0]?.bottom ?? NaN;
              };
              return Math.abs(firstText(dt) - firstText(dd));
            }),
          ),
        );
        for (const offset of offsets.filter((o) => !Number.isNaN(o))) expect(offset, route).toBeLessThanOrEqual(3);
      }
    });
});

for (const mode of ['elder', 'huge'] as const)
  test(`at large text on a desktop, the aside's dates, times and ISBNs keep their line (${mode})`, async ({ page }) => {
    await page.goto('library/');
    const book = (await firstLink(page, '/books/[^/]+/$'))!.href;
    for (const route of ['lectures/1/', 'meetings/1/', book]) {
      await openAs(page, mode, { width: 1280, height: 800 }, route);
      expect(await wrapped(page, 'main .facts time, main .facts .keep-together', 30), route).toEqual([]);
    }
  });

test.describe('small things', () => {
  test('the 示例 notice is said once per page', async ({ page }) => {
    await page.goto('./');
    const notice = (await page.locator('footer p').filter({ hasText: '示例' }).first().textContent())!.trim();
    const abouts = await page
      .locator('footer a[href*="/about/"]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const route of ['./', 'lectures/', 'lectures/1/', 'library/', 'stats/', ...abouts]) {
      await page.goto(route);
      const text = await page.locator('body').innerText();
      expect(text.split(notice).length - 1, route).toBe(1);
    }
  });

  for (const mode of ['normal', 'elder'] as const)
    test(`session titles never leave one character alone on their last line (${mode})`, async ({ page }) => {
      test.setTimeout(180_000);
      await openAs(page, mode, PHONES[0], 'meetings/');
      const routes = new Set<string>();
      for (const list of ['lectures/', 'meetings/']) {
        await page.goto(list);
        for (const href of await page
          .locator('main .entry-title a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
          routes.add(href);
      }
      expect(routes.size).toBeGreaterThan(0);
      for (const route of routes) {
        await page.goto(route);
        const last = await page.locator('main h1').evaluate((h1) => {
          const node = [...h1.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
          const text = node.textContent!;
          const lines = new Map<number, number>();
          for (let i = 0; i < text.length; i++) {
            if (!text[i]!.trim()) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
          const tops = [...lines.keys()].sort((a, b) => a - b);
          return tops.length > 1 ? lines.get(tops[tops.length - 1]!)! : 99;
        });
        expect(last, route).toBeGreaterThan(1);
      }
    });

  test('the reading guide is drawn behind the text', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('reading-settings', JSON.stringify({ guide: true })));
    await page.goto('lectures/1/');
    const h1 = (await page.locator('main h1').boundingBox())!;
    await page.mouse.move(h1.x + 10, h1.y + 2);
    const guide = page.locator('.reading-guide');
    await expect(guide).toBeVisible();
    // The topmost element painted on the heading's characters is the heading, wherever the line is.
    const box = (await guide.boundingBox())!;
    const top = await page.evaluate(
      ({ x, y }) => {
        const guide = document.querySelector<HTMLElement>('.reading-guide')!;
        guide.style.pointerEvents = 'auto';
        const hit = document.elementFromPoint(x, y);
        guide.style.pointerEvents = '';
        return hit?.className ?? '';
      },
      { x: h1.x + 10, y: box.y + 1 },
    );
    expect(top).not.toBe('reading-guide');
  });

  test('feeds and downloads are labelled in Chinese: 订阅, 下载', async ({ page }) => {
    for (const route of ['./', 'library/', 'library/new/', 'lectures/1/']) {
      await page.goto(route);
      for (const title of await page
        .locator('link[rel="alternate"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('title') ?? '')))
        expect(title, route).toMatch(/^订阅/);
      const labels = await page
        .locator('main a[href$=".xml"], main a[download]')
        .evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()));
      for (const label of labels) {
        expect(label, route).toMatch(/^(订阅|下载)/);
        // A format name, if any, only in brackets.
        expect(label.replace(/（[^）]*）/g, ''), route).not.toMatch(/[A-Za-z]{2,}/);
      }
    }
  });
});
