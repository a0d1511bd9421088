/**
 * Gates that need a real browser, as functions of a Playwright page so they run on the built site and on the
 * broken fixtures alike: axe (accessibility), lockdown (other origins, CSP), 适老化 layout (reflow at 320 px,
 * line height, 44 px targets).
 */
import axe, { type RunOptions } from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';
import { metaCsp } from '../../src/lib/csp.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule is wrong for this site, not merely
 * inconvenient.
 */
export const AXE_DISABLED_RULES: Record<string, string> = {};

export interface AxeProblem {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * The rules whose outcome can differ between light and dark mode: the site's dark mode only swaps colour values
 * (`darkModeProblems` in tests/gates/dark-mode.ts holds the CSS to that), so every other rule gives the same
 * answer in both schemes and runs once, in light mode.
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe violations on the page as it is now (call again after emulateMedia for dark mode, with `rules` set to
 * AXE_COLOUR_RULES). axe-core is injected once per document and `axe.run` called directly: @axe-core/playwright
 * re-sends and re-evaluates the 650 KB script on every analyze(), which cost more than the analysis itself.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeProblem[]> {
  // Already there when the tab's context loads it into every document (loadAxeInEveryDocument).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(AXE_DISABLED_RULES).map((rule) => [rule, { enabled: false }])),
    // Only violations are read: skip building node details for passes and inapplicable rules.
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    async (options) => (await (window as unknown as { axe: typeof axe }).axe.run(document, options)).violations,
    options,
  );
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary}` : ''}`),
  }));
}

/**
 * Loads axe-core into every document `context` opens, as the document starts, for a crawl that checks page after
 * page: Chromium compiles it once for all of them, where sending the 650 KB source into each new page costs about
 * 0.3 s more per page (measured over the starter site's pages: 570 against 255 ms from navigation to axe ready).
 * The site's pages cannot see the difference: axe only defines `window.axe` until it is run.
 */
export async function loadAxeInEveryDocument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

export interface LockdownWatch {
  /**
   * Requests to any origin but `siteOrigin`, and CSP violations the browser reported, since the last call: one
   * watch serves page after page of the same tab (the quality crawl reuses one tab per worker).
   */
  problems(): Promise<string[]>;
}

/**
 * Starts watching `page` (call before `goto`): every request must stay on `siteOrigin`, and Chromium must report
 * no Content-Security-Policy violation (securitypolicyviolation events and console errors both count).
 */
export async function watchLockdown(page: Page, siteOrigin: string): Promise<LockdownWatch> {
  const foreign: string[] = [];
  const consoleCsp: string[] = [];
  // Listened to, not intercepted: intercepting every request (page.route) costs a round trip to the test per
  // request and turns off the HTTP cache. The browser cannot reach other hosts anyway (scripts/lib/browser.ts maps every
  // host name but this machine's to "not found"), so a stray request fails at once instead of waiting on a network.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== siteOrigin && !['data:', 'blob:', 'about:'].includes(url.protocol)) foreign.push(url.href);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) consoleCsp.push(message.text());
  });
  // Violations are sent to the test as they happen, so a page that navigates away (or cannot be evaluated) still
  // has them counted; a page that cannot be read at the end is a problem, never "no violations".
  const events: string[] = [];
  await page.exposeFunction('__djjyCspViolation', (text: string) => events.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __djjyCspViolation: (text: string) => void }).__djjyCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    async problems() {
      // One task later: every violation event the page has dispatched so far has reached the binding.
      const unreadable = await page
        .evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
        .then(() => [])
        .catch((error: unknown) => [`could not read the page to check for CSP violations: ${String(error)}`]);
      return [
        ...foreign.splice(0).map((url) => `request to another origin: ${url}`),
        ...events.splice(0).map((e) => `CSP violation: ${e}`),
        ...consoleCsp.splice(0).map((text) => `CSP console error: ${text}`),
        ...unreadable,
      ];
    },
  };
}

/**
 * What the HTML itself must carry: the site's CSP as the first thing a browser reads in <head> (a policy only
 * covers what comes after it), no inline script, no inline event handler, no style attribute.
 */
export async function lockdownMarkupProblems(page: Page): Promise<string[]> {
  return page.evaluate((expected) => {
    const problems: string[] = [];
    const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
    if (metas.length !== 1) problems.push(`expected one CSP <meta>, found ${metas.length}`);
    const meta = metas[0];
    if (meta && meta.getAttribute('content') !== expected) {
      problems.push(`CSP is "${meta.getAttribute('content')}", expected "${expected}"`);
    }
    const firstLoader = document.head.querySelector('script, link, style, base, meta[http-equiv="refresh" i]');
    if (meta && firstLoader && meta.compareDocumentPosition(firstLoader) & Node.DOCUMENT_POSITION_PRECEDING) {
      problems.push(`CSP <meta> comes after <${firstLoader.localName}>`);
    }
    for (const script of document.querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type') ?? '';
      if (type !== 'application/ld+json' && type !== 'application/json') {
        problems.push(`inline <script>: ${script.textContent?.slice(0, 60)}`);
      }
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`inline handler ${attribute.name} on <${element.localName}>`);
      }
      if (element.hasAttribute('style')) problems.push(`style attribute on <${element.localName}>`);
    }
    return problems;
  }, metaCsp);
}

/**
 * 适老化 layout at the current viewport: no horizontal scrolling, body line height ≥ 1.5, and every target that
 * is not a link inside running text (WCAG 2.5.8's inline exception) at least `minTarget` CSS px square (44; 60 in
 * 长辈模式).
 */
export async function layoutProblems(page: Page, minTarget = 44): Promise<string[]> {
  return page.evaluate((minTarget) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5)
        .slice(0, 3)
        .map((el) => `<${el.localName} class="${el.className}">`);
      problems.push(`scrolls sideways: scrollWidth ${root.scrollWidth} > ${root.clientWidth} (${wide.join(', ')})`);
    }
    const body = getComputedStyle(document.body);
    const ratio = parseFloat(body.lineHeight) / parseFloat(body.fontSize);
    if (!(ratio >= 1.5)) problems.push(`body line-height ${body.lineHeight} is ${ratio.toFixed(2)}× the font size`);
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, [hidden], [inert]')) continue;
      // A skip link sits off screen until focused; it is sized like any target, but its box is measured there.
      if (el.localName === 'a') {
        const block = el.parentElement?.closest('p, li, dd, dt, td, th, blockquote, figcaption, span, small, time');
        const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, '');
        if (block && text(block).length > text(el).length) continue; // inline in a sentence or a list line
      }
      if (rect.width < minTarget - 0.5 || rect.height < minTarget - 0.5) {
        const label = (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20);
        const parent = el.parentElement;
        const where = parent ? ` in <${parent.localName}${parent.className ? `.${parent.className}` : ''}>` : '';
        problems.push(
          `target <${el.localName}> "${label}"${where} is ${Math.round(rect.width)}×${Math.round(rect.height)} px`,
        );
      }
    }
    return problems;
  }, minTarget);
}
