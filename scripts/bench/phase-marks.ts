/**
 * An Astro integration the benchmark adds to a build (scripts/build.ts loads it only when BENCH_PHASES names a
 * file): it stamps the moment each build hook runs and writes the stamps to that file. Added last, its
 * `astro:build:done` runs after every other integration's, so generated → done is the post-build work
 * (the Pagefind index, the sitemap).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';

export type PhaseName =
  | 'config:setup'
  | 'config:done'
  | 'build:start'
  | 'build:setup'
  | 'build:generated'
  | 'build:done'
  /** Stamped by scripts/build.ts once it has written the search index, after Astro's process has exited. */
  | 'index:written';

/** Adds one stamp to the file afterwards (scripts/build.ts, outside Astro's process). */
export function addPhaseMark(file: string, name: PhaseName): void {
  const marks = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<PhaseName, number>>;
  writeFileSync(file, JSON.stringify({ ...marks, [name]: Date.now() }));
}

export function phaseMarks(file: string): AstroIntegration {
  const marks: Partial<Record<PhaseName, number>> = {};
  const mark = (name: PhaseName) => {
    // build:setup runs once per Vite build (server and client); the first one is the start of bundling.
    marks[name] ??= Date.now();
  };
  return {
    name: 'djjy:bench-phase-marks',
    hooks: {
      'astro:config:setup': () => mark('config:setup'),
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:setup': () => mark('build:setup'),
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => {
        mark('build:done');
        writeFileSync(file, JSON.stringify(marks));
      },
    },
  };
}
