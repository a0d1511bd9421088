/**
 * Runs the content check before Astro loads any collection, so a build (or dev server) with bad content
 * stops with every problem listed, before anything is written to dist/. Content it found clean before (same
 * files, same rules, same date) is not checked again (content-check-cache.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../content-check/check.ts';
import { todayInChina } from '../lib/dates.ts';
import { contentDir } from '../io/site-config.ts';
import { contentCheckKey, knownClean, rememberClean } from './content-check-cache.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'djjy:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const today = process.env.BUILD_DATE || todayInChina();
        const cacheDir = fileURLToPath(config.cacheDir);
        const key = contentCheckKey({ root, content: contentDir(root), today });
        if (knownClean(cacheDir, key)) return;
        const { problems } = checkContent({ root, today });
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) {
          rememberClean(cacheDir, key);
          return;
        }
        const report = `内容检查发现 ${errors.length} 个错误，网站没有生成：\n\n${formatProblems(errors)}\n`;
        if (command === 'dev') logger.error(report);
        else throw new ContentError(report);
      },
    },
  };
}
