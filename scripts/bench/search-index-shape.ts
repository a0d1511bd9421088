/**
 * What each part of a page adds to the search index: builds Pagefind's index in memory over a built site
 * (as `npm run build` does) and again with one part left out, and prints words per page, index chunks
 * and fragment bytes (gzip as served) for each. Figures for docs/search.md, "What goes into the index".
 *
 *   node scripts/bench/search-index-shape.ts [dist]
 */
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageUrl, prepareForIndex, readSynonyms } from '../../src/io/search/build-index.ts';
import { EXTRAS_MARK } from '../../src/lib/search/extras-mark.ts';

interface Variant {
  name: string;
  /** The indexed copy of one page. */
  prepare(html: string): string | undefined;
}

const synonyms = readSynonyms(path.join(import.meta.dirname, '../../content/data/synonyms.yaml'));
const extrasBlock = new RegExp(`<div hidden>${EXTRAS_MARK}[\\s\\S]*?</div>`);
/** The page's indexed copy as the build makes it. */
const asBuilt = (html: string, groups = synonyms) => prepareForIndex(html, groups)?.content;

const VARIANTS: Variant[] = [
  { name: '如今（全部）', prepare: asBuilt },
  { name: '去掉隐藏词（拼音、ISBN、单字、期号）', prepare: (html) => asBuilt(html.replace(extrasBlock, '')) },
  { name: '去掉同义词', prepare: (html) => asBuilt(html, []) },
  { name: '去掉封面 SVG 文字', prepare: (html) => asBuilt(html.replace(/<svg\b[\s\S]*?<\/svg>/g, '')) },
];

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full, base);
    return entry.name.endsWith('.html') ? [path.relative(base, full)] : [];
  });
}

const dist = process.argv[2] ?? 'dist';
const pages = htmlFiles(dist)
  .sort()
  .map((file) => ({ url: pageUrl(file), html: readFileSync(path.join(dist, file), 'utf8') }));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(`${dist}: ${pages.length} HTML files`);
for (const variant of VARIANTS) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error('Pagefind could not create an index');
  let indexed = 0;
  let words = 0;
  for (let start = 0; start < pages.length; start += 32) {
    const batch = pages.slice(start, start + 32).flatMap((page) => {
      const content = variant.prepare(page.html);
      return content === undefined ? [] : [index.addHTMLFile({ url: page.url, content })];
    });
    for (const added of await Promise.all(batch)) {
      indexed++;
      words += added.file.uniqueWords;
    }
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const size = (prefix: string) =>
    files.filter((file) => file.path.startsWith(prefix)).reduce((total, file) => total + file.content.length, 0);
  const chunks = files.filter((file) => file.path.startsWith('index/')).length;
  console.log(
    `  ${variant.name}: ${indexed} pages, ${(words / indexed).toFixed(0)} unique words/page; ` +
      `${chunks} chunks ${kb(size('index/'))}; fragments ${kb(size('fragment/'))} (${kb(size('fragment/') / indexed)}/page)`,
  );
}
await pagefind.close();
