/**
 * `npm run bench [-- --books N] [--runs R] [--no-control] [--no-lighthouse] [--no-park] [--no-rebuild] [--keep] [--md]`
 *
 * Generates a realistic corpus (N books, default 10,000; 500 lectures; 500 meetings; 300 people) in a temporary
 * folder, builds the site with its search index in a throwaway copy of the project, builds a control (a bare
 * Astro project with one plain page per entry, plus the Pagefind CLI) on the same corpus, interleaved, each
 * into never-used folders, and prints build time and peak memory (site and index apart), page count, dist/
 * and index size, page budgets, search transfer figures, Lighthouse scores and our time / control time (wall and
 * CPU). The park-scale loop (scripts/bench/park.ts) builds the starter content and times `npm run dev` after an
 * edit, against the control on the same content.
 * Never touches content/ or dist/. Results are also written as JSON next to the builds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, tmpdir, type } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { createControlProject } from './bench/control.ts';
import { copyProject } from './bench/workspace.ts';
import { copyStarterContent, editedLecture, editTitle, measureDevLoop, type DevLoop } from './bench/park.ts';
import { peakBetween, peaksByProcess, runMeasured, type Measured } from './bench/measure.ts';
import { countPages, folderSize, kb, mb, seconds } from './bench/sizes.ts';
import { budgetProblems, heaviest, measureSite, mostElements } from './lib/budgets.ts';

const root = path.resolve(import.meta.dirname, '..');
const nodeModules = path.join(root, 'node_modules');
const node = process.execPath;
const BUILD_DATE = '2026-11-27';

const { values: args } = parseArgs({
  options: {
    books: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    'no-control': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Lectures and meetings as plain .md instead of .mdx: measures what MDX costs.
    md: { type: 'boolean', default: false },
    // Skip the park-scale loop (starter content build and `npm run dev` after an edit, against the control).
    'no-park': { type: 'boolean', default: false },
    // Skip the editor's loop (one title changed, both sites rebuilt with their caches).
    'no-rebuild': { type: 'boolean', default: false },
  },
});
const books = Number(args.books);
const runs = Number(args.runs);
if (!Number.isInteger(books) || books < 1)
  throw new Error(`--books must be a positive whole number, got ${args.books}`);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const work = mkdtempSync(path.join(tmpdir(), 'djjy-bench-'));
const content = path.join(work, 'content');
const log = (line = '') => console.log(line);

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${type()} ${cpus().length} × ${cpu}, ${mb(totalmem()).replace(' MB', '')} MB RAM (${mb(freemem())} free), Node ${process.versions.node}, load average ${load}`;
}

interface OurBuild {
  measured: Measured;
  project: string;
  out: string;
  /** Milliseconds from the start to each phase line (PHASE_LINES). */
  phases: Record<string, number>;
  /** Process start to pages and images written (includes the content check, bundling and rendering). */
  siteMs: number;
  /** Pages written to build done: the Pagefind index (and the sitemap). */
  indexMs: number;
  sitePeak: number;
  indexPeak: number;
  /** Peak of each kind of process (node: Astro and the index worker thread; pagefind: its indexer) per phase. */
  sitePeakByProcess: Record<string, number>;
  indexPeakByProcess: Record<string, number>;
  indexSeparate: boolean;
  timer: Record<string, { elapsedTime: number }>;
  log: string;
}

/**
 * The build's phases, stamped as its progress lines arrive (Astro's info log, then scripts/build.ts's own lines), so
 * the production build script carries no benchmark hook.
 */
const PHASE_LINES = {
  /** Astro starts rendering pages (content synced, Vite's bundles built). */
  render: /generating static routes/,
  /** Astro's process is done: pages, images, sitemap written. */
  site: /page\(s\) built in/,
  /** Share cards drawn beside the render (src/io/card-host.ts): the last one written. */
  cards: /^分享图：/,
  /** The search index written, after Astro's process has exited. */
  index: /^搜索索引：/,
  /** .gz and .br written. */
  compressed: /^预压缩：/,
  /** The new dist/ swapped in; the old one is removed after this line. */
  swapped: /^构建完成：/,
};

async function buildOurs(run: number | string, corpusDir = content, reuse?: OurBuild): Promise<OurBuild> {
  // A rebuild (the editor's loop) runs in the same project with the caches the first build left.
  const project = reuse?.project ?? path.join(work, `site-${run}`);
  if (!reuse) copyProject(root, project);
  const out = reuse?.out ?? path.join(work, `site-${run}-dist`);
  const timerFile = path.join(project, 'timer.json');
  const logFile = path.join(work, `site-${run}.log`);
  const measured = await runMeasured(node, ['scripts/build.ts'], {
    cwd: project,
    log: logFile,
    marks: PHASE_LINES,
    env: {
      CONTENT_DIR: corpusDir,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: path.join(project, 'cache'),
      BUILD_DATE,
      ASTRO_TIMER_PATH: timerFile,
      ASTRO_LOG_LEVEL: 'info',
    },
  });
  if (measured.code !== 0) throw new Error(`our build failed (exit ${measured.code}); see ${logFile}`);
  const end = measured.startedAt + measured.wallMs;
  const siteEnd = measured.marks.site ?? end;
  let build: OurBuild = {
    measured,
    project,
    out,
    siteMs: siteEnd - measured.startedAt,
    // The index is written by the build script after Astro's process has exited (scripts/build.ts).
    indexMs: (measured.marks.index ?? siteEnd) - siteEnd,
    phases: Object.fromEntries(
      Object.entries(measured.marks)
        .sort((a, b) => a[1] - b[1])
        .map(([name, at]) => [name, at - measured.startedAt]),
    ),
    sitePeak: peakBetween(measured.samples, measured.startedAt, siteEnd),
    indexPeak: peakBetween(measured.samples, siteEnd, end),
    sitePeakByProcess: peaksByProcess(measured.samples, measured.startedAt, siteEnd),
    indexPeakByProcess: peaksByProcess(measured.samples, siteEnd, end),
    indexSeparate: false,
    timer: existsSync(timerFile) ? JSON.parse(readFileSync(timerFile, 'utf8')) : {},
    log: logFile,
  };
  if (!existsSync(path.join(out, 'pagefind'))) {
    // The Pagefind integration is not part of this build yet: index the output with the CLI, as the control does.
    const index = await runMeasured(node, [path.join(nodeModules, '.bin/pagefind'), '--site', out], {
      cwd: project,
      log: path.join(work, `site-${run}-pagefind.log`),
    });
    if (index.code !== 0) throw new Error(`pagefind failed on our build; see ${work}/site-${run}-pagefind.log`);
    build = {
      ...build,
      indexMs: index.wallMs,
      indexPeak: index.peakRss,
      indexPeakByProcess: index.peakByProcess,
      indexSeparate: true,
    };
    build.measured = { ...measured, wallMs: measured.wallMs + index.wallMs, cpuMs: measured.cpuMs + index.cpuMs };
  }
  return build;
}

interface ControlBuild {
  astro: Measured;
  pagefind: Measured;
  project: string;
  out: string;
  pages: number;
}

async function buildControl(run: number | string, corpusDir = content, reuse?: ControlBuild): Promise<ControlBuild> {
  // A rebuild runs in the same project, with the cache (node_modules/.astro) its first build left.
  const project = reuse?.project ?? path.join(work, `control-${run}`);
  if (!reuse) createControlProject(project, corpusDir, nodeModules);
  // Inside the project: the prerender chunks Astro leaves in outDir resolve packages from there.
  const out = path.join(project, 'dist');
  const astro = await runMeasured(node, [path.join(nodeModules, '.bin/astro'), 'build', '--outDir', out], {
    cwd: project,
    log: path.join(work, `control-${run}.log`),
  });
  if (astro.code !== 0) throw new Error(`control build failed; see ${work}/control-${run}.log`);
  const pagefind = await runMeasured(node, [path.join(nodeModules, '.bin/pagefind'), '--site', out], {
    cwd: project,
    log: path.join(work, `control-${run}-pagefind.log`),
  });
  if (pagefind.code !== 0) throw new Error(`control pagefind failed; see ${work}/control-${run}-pagefind.log`);
  return { astro, pagefind, project, out, pages: countPages(out) };
}

/** Where the rendering time went, from Astro's info log: summed per-page times by route. */
function routeTimes(logFile: string): [string, number, number][] {
  const totals = new Map<string, [number, number]>();
  for (const match of readFileSync(logFile, 'utf8').matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    // /books/9787…/ → /books/*, /books/isbn/9787…/ → /books/isbn/*: the last segment below a section is the entry.
    const parts = (match[1] ?? '').replace(/index\.html$/, '').split('/');
    const route = parts.length > 3 ? [...parts.slice(0, -2), '*', ''].join('/') : parts.join('/');
    const [ms, count] = totals.get(route) ?? [0, 0];
    totals.set(route, [ms + Number(match[2]), count + 1]);
  }
  return [...totals]
    .map(([route, [ms, count]]) => [route, ms, count] as [string, number, number])
    .sort((a, b) => b[1] - a[1]);
}

/** The issue-14 search figures by name (the full answer, file lists included, goes to the results file). */
function transferSummary(transfer: unknown): string {
  const figures = (transfer ?? {}) as Record<string, unknown>;
  const named = Object.entries(figures).filter(([, value]) => typeof value === 'number');
  if (!named.length) return `  ${JSON.stringify(transfer)}`;
  const later = (figures.laterQueries ?? []) as { query: string; bytes: number }[];
  return [
    ...named.map(([name, value]) => `  ${name}: ${/Bytes$/.test(name) ? kb(value as number) : String(value)}`),
    ...later.map(({ query, bytes }) => `  later query ${query}: ${kb(bytes)}`),
  ].join('\n');
}

async function searchTransfer(distDir: string) {
  const module = path.join(import.meta.dirname, 'bench', 'search-transfer.ts');
  if (!existsSync(module)) return undefined;
  const { measureSearchTransfer, BENCH_QUERIES } = (await import(module)) as {
    measureSearchTransfer: (options: { distDir: string; queries: string[]; chromiumPath?: string }) => Promise<unknown>;
    BENCH_QUERIES: string[];
  };
  return measureSearchTransfer({ distDir, queries: BENCH_QUERIES, chromiumPath: '/usr/bin/chromium' });
}

log(`# 基准测试 / benchmark — ${new Date().toISOString()}`);
log(`machine: ${machine()}`);
log(`work folder: ${work}`);
const corpusStart = Date.now();
const corpus = await generateCorpus({
  dir: content,
  books,
  pagesFrom: path.join(root, 'content'),
  seriesExtension: args.md ? 'md' : 'mdx',
});
log(
  `corpus: ${corpus.books} books, ${corpus.lectures} lectures, ${corpus.meetings} meetings, ${corpus.people} people, ` +
    `${corpus.images} photos/covers, ${corpus.flyleafNotes} flyleaf notes (${seconds(Date.now() - corpusStart)})`,
);

const ours: OurBuild[] = [];
const controls: ControlBuild[] = [];
for (let run = 1; run <= runs; run++) {
  // Interleaved, alternating which goes first, so neither always gets the warmer (or busier) machine.
  const order = run % 2 === 1 ? ['ours', 'control'] : ['control', 'ours'];
  for (const which of order) {
    if (which === 'control' && args['no-control']) continue;
    log(`run ${run}: building ${which === 'ours' ? 'the site' : 'the control'}…`);
    if (which === 'ours') ours.push(await buildOurs(run));
    else controls.push(await buildControl(run));
  }
}

/** The editor's loop: one title changed, both sites rebuilt with the caches their last build left. */
interface Rebuild {
  ours: OurBuild;
  control?: ControlBuild;
  edited: string;
}
async function rebuildAfterEdit(
  corpusDir: string,
  folder: string,
  name: string,
  our: OurBuild,
  control?: ControlBuild,
) {
  const edited = editTitle(corpusDir, folder);
  log(`${name}: ${path.relative(corpusDir, edited)} retitled; rebuilding both with their caches…`);
  const rebuilt: Rebuild = { ours: await buildOurs(`${name}-rebuild`, corpusDir, our), edited };
  if (control) rebuilt.control = await buildControl(`${name}-rebuild`, corpusDir, control);
  return rebuilt;
}
const rebuild = args['no-rebuild']
  ? undefined
  : await rebuildAfterEdit(content, 'books', 'site', ours.at(-1)!, controls.at(-1));

// The park-scale loop: the starter content, built and edited in `npm run dev`, against the control of the same size.
interface ParkLoop {
  rebuild?: Rebuild;
  ours: OurBuild[];
  controls: ControlBuild[];
  devOurs: DevLoop[];
  devControl: DevLoop[];
}
let park: ParkLoop | undefined;
if (!args['no-park']) {
  const parkContent = path.join(work, 'park-content');
  copyStarterContent(root, parkContent);
  const lecture = editedLecture(parkContent);
  const astroBin = path.join(nodeModules, 'astro', 'bin', 'astro.mjs');
  park = { ours: [], controls: [], devOurs: [], devControl: [] };
  for (let run = 1; run <= runs; run++) {
    const order = run % 2 === 1 ? ['ours', 'control'] : ['control', 'ours'];
    for (const which of order) {
      if (which === 'control' && args['no-control']) continue;
      log(`park run ${run}: building and editing ${which === 'ours' ? 'the starter site' : 'the control'}…`);
      const dev = path.join(work, `${which}-park-dev-${run}`);
      if (which === 'ours') {
        park.ours.push(await buildOurs(`park-${run}`, parkContent));
        copyProject(root, dev);
      } else {
        park.controls.push(await buildControl(`park-${run}`, parkContent));
        createControlProject(dev, parkContent, nodeModules);
      }
      // Our lecture pages are addressed by number, the control's by file name.
      const loop = await measureDevLoop({
        project: dev,
        astro: astroBin,
        page: `/lectures/${which === 'ours' ? lecture.number : lecture.id}/`,
        edit: lecture.file,
        env: which === 'ours' ? { CONTENT_DIR: parkContent, BUILD_DATE } : {},
        log: `${dev}.log`,
      });
      (which === 'ours' ? park.devOurs : park.devControl).push(loop);
    }
  }
  if (!args['no-rebuild'])
    park.rebuild = await rebuildAfterEdit(parkContent, 'lectures', 'park', park.ours.at(-1)!, park.controls.at(-1));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const last = ours.at(-1);
if (!last) throw new Error('no build of the site ran');
const ourTotal = median(ours.map((b) => b.measured.wallMs));
const dist = folderSize(last.out);
const index = folderSize(path.join(last.out, 'pagefind'));
const pages = countPages(last.out);
const budget = measureSite(last.out);
const problems = budgetProblems(budget);

log();
log(`## site (${runs} run${runs > 1 ? 's, median' : ''})`);
log(
  `build wall time, site + index: ${seconds(ourTotal)}  (runs: ${ours.map((b) => seconds(b.measured.wallMs)).join(', ')})`,
);
log(`  site (start → pages and images written): ${seconds(median(ours.map((b) => b.siteMs)))}`);
log(
  `  index (Pagefind${last.indexSeparate ? ' CLI, run separately: no Pagefind integration in this build' : ' integration + sitemap, build:generated → index written'}): ${seconds(median(ours.map((b) => b.indexMs)))}`,
);
log(
  `peak memory (process tree RSS): site ${mb(Math.max(...ours.map((b) => b.sitePeak)))}, index ${mb(Math.max(...ours.map((b) => b.indexPeak)))}`,
);
const byProcess = (peaks: Record<string, number>) =>
  Object.entries(peaks)
    .filter(([, bytes]) => bytes >= 50 * 1024 * 1024)
    .map(([kind, bytes]) => `${kind} ${mb(bytes)}`)
    .join(' + ');
log(
  `  by process (each at its own peak, last run): site ${byProcess(last.sitePeakByProcess)}; index ${byProcess(last.indexPeakByProcess)}`,
);
log(`pages: ${pages}`);
log(`dist/: ${mb(dist.bytes)} in ${dist.files} files`);
log(`search index: ${mb(index.bytes)} in ${index.files} files`);

log();
log('## where the time goes (last run)');
const phaseLine = (build: OurBuild) =>
  Object.entries(build.phases)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(' → ');
log(`  phases, from the start (the build's own progress lines): ${phaseLine(last)}`);
for (const [phase, stat] of Object.entries(last.timer)) log(`  ${phase}: ${seconds(stat.elapsedTime)}`);
for (const line of readFileSync(last.log, 'utf8').split('\n')) {
  if (/Completed in|generating optimized images|building client|Collecting build info|Syncing content/i.test(line)) {
    log(`  log: ${line.replace(/\x1b\[[0-9;]*m/g, '').trim()}`);
  }
}
log('  rendering, summed per route (ms, pages):');
for (const [route, ms, count] of routeTimes(last.log).slice(0, 10))
  log(`    ${route.padEnd(22)} ${String(ms).padStart(7)} ms  ${count}`);

log();
log('## page budgets (gzip)');
for (const kind of ['book', 'lecture', 'meeting', 'person'] as const) {
  const page = heaviest(budget, kind);
  if (page)
    log(
      `  heaviest ${kind} page: /${page.page} HTML ${kb(page.html)} + CSS ${kb(page.css)} = ${kb(page.html + page.css)}; JS ${kb(page.js)}`,
    );
}
const home = budget.pages.find((p) => p.page === '');
const library = budget.pages.find((p) => p.page === 'library/');
if (home) log(`  home: HTML ${kb(home.html)}; library index: HTML ${kb(library?.html ?? 0)}`);
const biggest = [...budget.pages].sort((a, b) => b.html - a.html).slice(0, 3);
log(`  largest pages: ${biggest.map((p) => `/${p.page} ${kb(p.html)}`).join(', ')}`);
// The page a phone works hardest on: the most elements (a long list is the usual culprit; lists are paged).
const heaviestPage = mostElements(budget);
if (heaviestPage)
  log(
    `  heaviest page of the site: /${heaviestPage.page} ${heaviestPage.elements.toLocaleString('en')} elements, ` +
      `HTML ${kb(heaviestPage.rawHtml)} (${kb(heaviestPage.html)} gzip)`,
  );
log(`  all CSS: ${kb(budget.totalCss)} in ${budget.css.size} file(s)`);
log(
  problems.length
    ? `  BUDGETS BROKEN (${problems.length}):\n${problems
        .slice(0, 10)
        .map((p) => `    ${p}`)
        .join('\n')}`
    : '  all budgets hold',
);

log();
log('## search transfer');
let transfer: unknown;
try {
  transfer = await searchTransfer(last.out);
  log(
    transfer === undefined
      ? '  TODO: scripts/bench/search-transfer.ts (search issue) is not there yet'
      : transferSummary(transfer),
  );
} catch (error) {
  log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Median CPU time of our builds over the control's, when GNU time measured both. */
function cpuShare(builds: OurBuild[], control: ControlBuild[]): number | undefined {
  const ourCpu = median(builds.map((b) => b.measured.cpuMs));
  const controlCpu = median(control.map((c) => c.astro.cpuMs + c.pagefind.cpuMs));
  return ourCpu > 0 && controlCpu > 0 ? ourCpu / controlCpu : undefined;
}

let ratio: number | undefined;
let cpuRatio: number | undefined;
if (controls.length) {
  const controlTotal = median(controls.map((c) => c.astro.wallMs + c.pagefind.wallMs));
  ratio = ourTotal / controlTotal;
  log();
  log('## control: bare Astro, one plain page per entry, + Pagefind CLI');
  log(
    `  ${controls.at(-1)?.pages ?? 0} pages; Astro ${seconds(median(controls.map((c) => c.astro.wallMs)))} + Pagefind ${seconds(median(controls.map((c) => c.pagefind.wallMs)))} = ${seconds(controlTotal)}; peak memory Astro ${mb(Math.max(...controls.map((c) => c.astro.peakRss)))}, Pagefind ${mb(Math.max(...controls.map((c) => c.pagefind.peakRss)))}`,
  );
  log(`  our time / control time: ${ratio.toFixed(2)} (goal ≤ 1.00)`);
  cpuRatio = cpuShare(ours, controls);
  if (cpuRatio !== undefined) log(`  our CPU time / control CPU time (user + sys): ${cpuRatio.toFixed(2)}`);
  log(`  peak memory: ${mb(Math.max(...ours.map((b) => b.measured.peakRss)))} (goal ≤ 2048 MB)`);
}

/** Our rebuild after the edit against the control's rebuild after the same edit, wall and CPU. */
function rebuildLine(rebuilt: Rebuild): string {
  const ours = rebuilt.ours.measured;
  const parts = [`ours ${seconds(ours.wallMs)} (CPU ${seconds(ours.cpuMs)}; ${phaseLine(rebuilt.ours)})`];
  if (rebuilt.control) {
    const control = rebuilt.control;
    const wall = control.astro.wallMs + control.pagefind.wallMs;
    const cpu = control.astro.cpuMs + control.pagefind.cpuMs;
    parts.push(`control ${seconds(wall)} (CPU ${seconds(cpu)})`);
    parts.push(
      `ours / control ${(ours.wallMs / wall).toFixed(2)} wall, ${cpu > 0 ? (ours.cpuMs / cpu).toFixed(2) : '–'} CPU (goal ≤ 1.5)`,
    );
  }
  return parts.join('; ');
}

if (rebuild) {
  log();
  log(`## editor's loop: ${path.basename(rebuild.edited)} retitled, rebuilt with the caches of the build before`);
  log(`  ${rebuildLine(rebuild)}`);
}

if (park) {
  log();
  if (park.rebuild)
    log(`## park-scale editor's loop: ${path.basename(park.rebuild.edited)} retitled\n  ${rebuildLine(park.rebuild)}`);
  log('## park-scale loop: the starter content (content/), against the control of the same size');
  const parkOurs = median(park.ours.map((b) => b.measured.wallMs));
  log(
    `  build, site + index: ${seconds(parkOurs)} (CPU ${seconds(median(park.ours.map((b) => b.measured.cpuMs)))}), ${countPages(park.ours.at(-1)!.out)} pages`,
  );
  const devLine = (loops: DevLoop[]) =>
    `first page ${seconds(median(loops.map((d) => d.firstPageMs)))}, page after a content edit ${seconds(median(loops.map((d) => d.afterEditMs)))}`;
  log(`  npm run dev: ${devLine(park.devOurs)}`);
  if (park.controls.length) {
    const parkControl = median(park.controls.map((c) => c.astro.wallMs + c.pagefind.wallMs));
    log(
      `  control: build ${seconds(parkControl)} (CPU ${seconds(median(park.controls.map((c) => c.astro.cpuMs + c.pagefind.cpuMs)))}), ${park.controls.at(-1)!.pages} pages; astro dev: ${devLine(park.devControl)}`,
    );
    log(
      `  ours / control: build ${(parkOurs / parkControl).toFixed(2)} (CPU ${cpuShare(park.ours, park.controls)?.toFixed(2) ?? '–'}), ` +
        `dev first page ${(median(park.devOurs.map((d) => d.firstPageMs)) / median(park.devControl.map((d) => d.firstPageMs))).toFixed(2)}, ` +
        `after an edit ${(median(park.devOurs.map((d) => d.afterEditMs)) / median(park.devControl.map((d) => d.afterEditMs))).toFixed(2)}`,
    );
  }
}

let lighthouse: unknown;
if (!args['no-lighthouse']) {
  log();
  log('## Lighthouse (mobile)');
  try {
    const { runLighthouse } = await import('./bench/lighthouse.ts');
    const bookPage = budget.pages.find((p) => p.kind === 'book')?.page ?? 'library/';
    const pagesToScore = ['./', 'lectures/1/', `./${bookPage}`, 'search/'];
    // The heaviest page too (most elements): the one most likely to lose points on a phone.
    if (heaviestPage && !pagesToScore.includes(`./${heaviestPage.page}`)) pagesToScore.push(`./${heaviestPage.page}`);
    const scores = await runLighthouse(last.out, pagesToScore);
    lighthouse = scores;
    log('  page                     perf  a11y  best  seo');
    for (const s of scores) {
      log(
        `  /${s.page.replace(/^\.\//, '').padEnd(24)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${String(s.bestPractices).padStart(4)}  ${String(s.seo).padStart(4)}`,
      );
    }
  } catch (error) {
    log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function rebuildFigures(rebuilt: Rebuild) {
  return {
    wallMs: rebuilt.ours.measured.wallMs,
    cpuMs: rebuilt.ours.measured.cpuMs,
    peakRss: rebuilt.ours.measured.peakRss,
    phases: rebuilt.ours.phases,
    controlMs: rebuilt.control && rebuilt.control.astro.wallMs + rebuilt.control.pagefind.wallMs,
    controlCpuMs: rebuilt.control && rebuilt.control.astro.cpuMs + rebuilt.control.pagefind.cpuMs,
  };
}

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  corpus,
  runs: ours.map((b) => ({
    wallMs: b.measured.wallMs,
    cpuMs: b.measured.cpuMs,
    peakRss: b.measured.peakRss,
    siteMs: b.siteMs,
    indexMs: b.indexMs,
    phases: b.phases,
    sitePeak: b.sitePeak,
    indexPeak: b.indexPeak,
    sitePeakByProcess: b.sitePeakByProcess,
    indexPeakByProcess: b.indexPeakByProcess,
    indexSeparate: b.indexSeparate,
  })),
  control: controls.map((c) => ({
    astroMs: c.astro.wallMs,
    cpuMs: c.astro.cpuMs + c.pagefind.cpuMs,
    pagefindMs: c.pagefind.wallMs,
    astroPeak: c.astro.peakRss,
    pagefindPeak: c.pagefind.peakRss,
    pages: c.pages,
  })),
  ratio,
  cpuRatio,
  rebuild: rebuild && rebuildFigures(rebuild),
  park: park && {
    rebuild: park.rebuild && rebuildFigures(park.rebuild),
    buildMs: park.ours.map((b) => b.measured.wallMs),
    buildCpuMs: park.ours.map((b) => b.measured.cpuMs),
    controlMs: park.controls.map((c) => c.astro.wallMs + c.pagefind.wallMs),
    controlCpuMs: park.controls.map((c) => c.astro.cpuMs + c.pagefind.cpuMs),
    dev: park.devOurs,
    devControl: park.devControl,
  },
  pages,
  dist,
  index,
  totalCss: budget.totalCss,
  heaviestPage: heaviestPage && {
    page: heaviestPage.page,
    elements: heaviestPage.elements,
    html: heaviestPage.rawHtml,
    gzip: heaviestPage.html,
  },
  budgetProblems: problems,
  transfer,
  lighthouse,
};
const resultsFile = path.join(tmpdir(), `djjy-bench-${books}.json`);
writeFileSync(resultsFile, JSON.stringify(results, null, 2));
log();
log(`results: ${resultsFile}`);
if (args.keep) log(`builds kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
