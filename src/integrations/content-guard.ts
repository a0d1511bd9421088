/**
 * Runs the content check before Astro loads any collection, so a build (or dev server) with bad content
 * stops with every problem listed, before anything is written to dist/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../content-check/check.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'djjy:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = checkContent({ root: fileURLToPath(config.root), today: process.env.BUILD_DATE });
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) return;
        const report = `内容检查发现 ${errors.length} 个错误，网站没有生成：\n\n${formatProblems(errors)}\n`;
        if (command === 'dev') logger.error(report);
        else throw new ContentError(report);
      },
    },
  };
}
