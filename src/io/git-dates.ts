/**
 * "Last updated" dates from git history: ONE `git log` over the content folder per build, parsed into
 * file → date of the newest commit touching it (China calendar date). Outside a git checkout, without
 * git, or for a file never committed, there is simply no date: the page then shows none.
 * A shallow clone (CI with depth 1) dates every file to its one commit; fetch full history for real dates.
 */
import { execFileSync } from 'node:child_process';
import { todayInChina, type CalendarDate } from '../lib/dates.ts';

/**
 * Parses `git log --format=%x00%cI --name-only` output: commits newest first, each a NUL, the committer
 * date, then the files it touched. The first date seen for a file is its latest.
 */
export function parseGitLog(output: string): Map<string, CalendarDate> {
  const dates = new Map<string, CalendarDate>();
  for (const commit of output.split('\0')) {
    const [stamp = '', ...files] = commit.split('\n');
    const when = new Date(stamp.trim());
    if (!stamp.trim() || Number.isNaN(when.getTime())) continue;
    const day = todayInChina(when);
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, day);
    }
  }
  return dates;
}

/** Runs the single git call for `dir`; paths in the result are relative to `dir`, with forward slashes. */
export function readGitDates(dir: string): Map<string, CalendarDate> {
  try {
    const output = execFileSync(
      'git',
      ['-c', 'core.quotePath=false', 'log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.'],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
    return parseGitLog(output);
  } catch {
    // Not a git checkout, or no git: no dates, and no noise in the build log.
    return new Map();
  }
}

const cache = new Map<string, Map<string, CalendarDate>>();

/** The dates for `dir`, read once per process (a build renders every page in one process). */
export function gitDates(dir: string): Map<string, CalendarDate> {
  let dates = cache.get(dir);
  if (!dates) {
    dates = readGitDates(dir);
    cache.set(dir, dates);
  }
  return dates;
}
