/**
 * Runs a command and measures its wall time and peak memory. Memory is the sum of the resident set of the whole
 * process tree (node plus Pagefind's binary, sharp's threads count once per process), sampled from /proc every
 * 200 ms, so the figure is what the machine actually had to hold at once. Samples carry wall-clock stamps so the
 * peak can be split by build phase afterwards.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface Sample {
  /** Date.now() of the sample. */
  at: number;
  /** Summed resident set of the process tree, bytes. */
  rss: number;
  /** The same, per kind of process (`node`, `pagefind`, …): which process holds the memory. */
  byProcess: Record<string, number>;
}

export interface Measured {
  code: number;
  startedAt: number;
  wallMs: number;
  peakRss: number;
  /** Highest resident set of each kind of process (`node`, `pagefind`, …), each at its own moment. */
  peakByProcess: Record<string, number>;
  /** User + system CPU time of the whole tree (GNU time), the figure that stays fair on a busy machine; 0 without /usr/bin/time. */
  cpuMs: number;
  samples: Sample[];
  /** Date.now() when the first output line matching each of RunOptions.marks arrived. */
  marks: Record<string, number>;
}

/** GNU time, when the machine has it: it reports the CPU time of a command and all the children it waited for. */
const GNU_TIME = '/usr/bin/time';

const PAGE_SIZE = 4096;

/** `node` (its main thread names itself MainThread), `pagefind` (pagefind_extended, cut to 15 characters), or the name. */
function processKind(command: string): string {
  if (command.startsWith('pagefind')) return 'pagefind';
  return command === 'MainThread' ? 'node' : command;
}

function parentsByPid(): Map<number, { parent: number; kind: string }> {
  const parents = new Map<number, { parent: number; kind: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const kind = processKind(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      parents.set(Number(name), { parent: Number(fields[1]), kind });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

/** Resident bytes of `root` and all its descendants right now, in all and per kind of process. */
export function treeRss(root: number): { rss: number; byProcess: Record<string, number> } {
  const parents = parentsByPid();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { parent }] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let rss = 0;
  const byProcess: Record<string, number> = {};
  for (const pid of tree) {
    try {
      const bytes = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      const kind = parents.get(pid)?.kind ?? 'other';
      rss += bytes;
      byProcess[kind] = (byProcess[kind] ?? 0) + bytes;
    } catch {
      // Gone already.
    }
  }
  return { rss, byProcess };
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** File receiving stdout and stderr. */
  log: string;
  /**
   * Phase marks: name → a pattern of an output line. The moment the first matching line arrives is stamped, so the
   * build's phases are timed from its own progress lines (Astro's info log, scripts/build.ts's) with no hook inside it.
   */
  marks?: Record<string, RegExp>;
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.log);
    const startedAt = Date.now();
    const timed = existsSync(GNU_TIME);
    const cpuFile = `${options.log}.cpu`;
    const child = spawn(timed ? GNU_TIME : command, timed ? ['-f', '%U %S', '-o', cpuFile, command, ...args] : args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const marks: Record<string, number> = {};
    const pending = Object.entries(options.marks ?? {});
    if (pending.length) {
      let partial = '';
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        const at = Date.now();
        for (const line of lines)
          for (const [name, pattern] of pending) if (marks[name] === undefined && pattern.test(line)) marks[name] = at;
      });
    }
    const samples: Sample[] = [];
    const sample = () => {
      if (child.pid) samples.push({ at: Date.now(), ...treeRss(child.pid) });
    };
    const timer = setInterval(sample, 200);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      log.end();
      const wallMs = Date.now() - startedAt;
      let cpuMs = 0;
      if (timed && existsSync(cpuFile)) {
        // The last line: GNU time puts "Command exited with non-zero status" above it when the command failed.
        const [user = 0, system = 0] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = Math.round((user + system) * 1000);
        rmSync(cpuFile);
      }
      resolve({
        code: code ?? 1,
        startedAt,
        wallMs,
        peakRss: Math.max(0, ...samples.map((s) => s.rss)),
        peakByProcess: peaksByProcess(samples),
        cpuMs,
        samples,
        marks,
      });
    });
  });
}

/** Highest sampled memory of each kind of process, optionally between two moments (e.g. one build phase). */
export function peaksByProcess(samples: readonly Sample[], from = -Infinity, to = Infinity): Record<string, number> {
  const peaks: Record<string, number> = {};
  for (const sample of samples.filter((s) => s.at >= from && s.at <= to))
    for (const [kind, bytes] of Object.entries(sample.byProcess)) peaks[kind] = Math.max(peaks[kind] ?? 0, bytes);
  return peaks;
}

/** Highest sampled memory between two moments (e.g. one build phase). */
export function peakBetween(samples: readonly Sample[], from: number, to: number): number {
  return Math.max(0, ...samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rss));
}
