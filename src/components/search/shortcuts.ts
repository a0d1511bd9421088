/**
 * Search on every page, in a few hundred bytes (content pages carry almost no JS): `/` focuses the header
 * search box, and a page opened from a search result (?pagefind-highlight=…) loads Pagefind's highlighter
 * (~10 KB gzip, fetched only for such visits) to mark the searched words. The browser's own <mark> style
 * is used: the highlighter's injected <style> would need a CSP exception.
 *
 * Also imported by the search page (for HIGHLIGHT_PARAM): being shared keeps this a separate file, which
 * Astro would otherwise inline into every page, against the site's no-inline-script CSP.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export function startShortcuts(): void {
  const box = document.getElementById('site-search');
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !box) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    box.focus();
  });
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    const src = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`;
    import(/* @vite-ignore */ src)
      .then(({ default: Highlight }) => new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }))
      .catch(() => undefined);
  }
}
