/**
 * The site address, base path and footer filing information, read from content/data/site.json and overridable per build with
 * SITE_URL and BASE_PATH (e.g. BASE_PATH=/djjy/ to host under a sub-path).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Filing } from '../lib/filing.ts';

export interface SiteConfig {
  /** Absolute origin (and path, if any) the site is published at. */
  url: string;
  /** Path prefix, always with leading and trailing slash. */
  base: string;
  /** Prefix of the "edit this page" link, e.g. https://git.example.cn/djjy/edit/main/; empty hides the link. */
  editBaseUrl: string;
  /** Footer filing information (ICP, 公安备案, 主办单位…), checked by the content check before any build. */
  filing: Filing;
}

export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The folder editors' content lives in: `content/` under the project root, or `CONTENT_DIR` (absolute, or
 * relative to the root) so tests and the benchmark can build other content without touching `content/`.
 */
export function contentDir(root: string, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(root, env.CONTENT_DIR || 'content');
}

export function readSiteConfig(
  root: URL = new URL('../..', import.meta.url),
  env: Record<string, string | undefined> = process.env,
): SiteConfig {
  const settings = path.join(contentDir(fileURLToPath(root), env), 'data', 'site.json');
  const file = (existsSync(settings) ? JSON.parse(readFileSync(settings, 'utf8')) : {}) as Partial<SiteConfig>;
  return {
    url: env.SITE_URL || file.url || 'http://localhost:4321',
    base: normalizeBase(env.BASE_PATH ?? file.base ?? '/'),
    editBaseUrl: env.EDIT_BASE_URL ?? file.editBaseUrl ?? '',
    filing: file.filing ?? {},
  };
}

let current: SiteConfig | undefined;

/** The site config of the running build, read once (pages call this; re-reading per page adds up at 10k pages). */
export function siteConfig(): SiteConfig {
  current ??= readSiteConfig(pathToFileURL(`${process.cwd()}/`));
  return current;
}
