/**
 * What the tests expect, read straight from the content files rather than typed into the tests: the sessions held
 * by a date, their 人次, the upcoming ones, the books. Browser tests read the date a build was made for from the
 * built home page (`time[data-build-date]`), so their expectations hold for any build date and any content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../src/content-check/frontmatter.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SessionFacts {
  number: number;
  title: string;
  date: string;
  themes: string[];
  attendance?: number;
  /** The content file's name, e.g. `01-keji-chuangxin.mdx`. */
  file: string;
}

export interface BookFacts {
  id: string;
  title: string;
  donor?: string;
  clc?: string;
  data: Record<string, unknown>;
}

function entries(folder: string): { file: string; data: Record<string, unknown>; body: string }[] {
  return readdirSync(folder)
    .filter((file) => /\.(md|mdx)$/.test(file))
    .sort()
    .map((file) => {
      const parsed = readFrontmatter(readFileSync(path.join(folder, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${folder}/${file}: ${parsed.message}`);
      return { file, ...parsed.file };
    });
}

/** Every file's frontmatter in a content folder, by id (file name without extension). */
export function frontmatterById(folder: string): Map<string, Record<string, unknown>> {
  return new Map(entries(folder).map(({ file, data }) => [file.replace(/\.mdx?$/, ''), data]));
}

function sessions(folder: string): SessionFacts[] {
  return entries(folder)
    .map(({ file, data }) => ({
      number: Number(data.number),
      title: String(data.title),
      date: String(data.date),
      themes: Array.isArray(data.themes) ? data.themes.map(String) : [],
      ...(typeof data.attendance === 'number' ? { attendance: data.attendance } : {}),
      file,
    }))
    .sort((a, b) => a.number - b.number);
}

export interface PersonFacts {
  /** The content file's name without extension: the page is /people/<id>/. */
  id: string;
  name: string;
}

export class ContentFacts {
  readonly lectures: SessionFacts[];
  readonly meetings: SessionFacts[];
  readonly books: BookFacts[];
  readonly people: PersonFacts[];
  readonly contentDir: string;

  constructor(contentDir = path.join(ROOT, 'content')) {
    this.contentDir = contentDir;
    this.lectures = sessions(path.join(contentDir, 'lectures'));
    this.meetings = sessions(path.join(contentDir, 'meetings'));
    this.books = entries(path.join(contentDir, 'books')).map(({ file, data }) => ({
      id: file.replace(/\.mdx?$/, ''),
      title: String(data.title),
      ...(typeof data.donor === 'string' ? { donor: data.donor } : {}),
      ...(data.clc !== undefined ? { clc: String(data.clc) } : {}),
      data,
    }));
    this.people = entries(path.join(contentDir, 'people')).map(({ file, data }) => ({
      id: file.replace(/\.mdx?$/, ''),
      name: String(data.name),
    }));
  }

  /** Sessions held on or before `date` (a session on the build date counts as held, as on the site). */
  held(series: SessionFacts[], date: string): SessionFacts[] {
    return series.filter((s) => s.date <= date);
  }

  upcoming(series: SessionFacts[], date: string): SessionFacts[] {
    return series.filter((s) => s.date > date);
  }

  /** 人次 over the lectures held by `date`. */
  attendance(date: string): number {
    return this.held(this.lectures, date).reduce((sum, s) => sum + (s.attendance ?? 0), 0);
  }
}

/** The calendar date a build in `distDir` was made for, as its home page states it. */
export function builtFor(distDir: string): string {
  const home = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const match = /<time[^>]*datetime="(\d{4}-\d{2}-\d{2})"[^>]*data-build-date/.exec(home);
  if (!match) throw new Error(`${distDir}/index.html does not state its build date (time[data-build-date]).`);
  return match[1]!;
}

/** `3010` → `3,010`, as the site prints numbers. */
export const grouped = (n: number): string => n.toLocaleString('en-US');
