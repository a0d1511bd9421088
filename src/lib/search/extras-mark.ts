/** Marks where a page's invisible index words begin, so the search page can keep them out of excerpts. */
export const EXTRAS_MARK = '※';
