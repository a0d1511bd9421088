/**
 * The query parameter a search result link carries so the target page can mark the searched words.
 * The page side lives in public/reading-settings.js (the one small script content pages load), which
 * loads Pagefind's highlighter only for such visits.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
