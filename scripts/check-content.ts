/**
 * `npm run check:content`: the content health check. Lists every problem in content/ with its severity;
 * exits non-zero when there is an error. `--json` prints the same as JSON for other tools.
 */
import path from 'node:path';
import { checkContent, formatProblems } from '../src/content-check/check.ts';

const root = path.resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const { problems, counts } = checkContent({ root, today: process.env.BUILD_DATE });
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.filter((p) => p.severity === 'warning').length;
const infos = problems.length - errors - warnings;

if (json) {
  console.log(JSON.stringify({ counts, errors, warnings, infos, problems }, null, 2));
} else {
  const summary = Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join('，');
  console.log(`已检查：${summary}`);
  if (problems.length > 0) console.log(`\n${formatProblems(problems)}\n`);
  console.log(
    `错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} 个。${errors > 0 ? '请先改正错误再构建。' : '可以构建。'}`,
  );
}
process.exit(errors > 0 ? 1 : 0);
