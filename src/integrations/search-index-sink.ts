/** Where the build's middleware hands rendered pages to the search indexer: one function on globalThis. */
export const PAGE_SINK = Symbol.for('djjy.search-index.page-sink');
/** Takes a rendered page: its path as requested (base included) and its HTML. */
export type PageSink = (pathname: string, html: string) => void;
