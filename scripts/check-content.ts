/**
 * `npm run check:content`: the content health check. Lists every problem in content/ as a table with its
 * severity (错误 / 警告 / 提示); exits 1 when there is an error. `--json` prints the same data for other tools.
 * CONTENT_DIR checks another content folder; BUILD_DATE pins "today" for the past/upcoming rules.
 */
import path from 'node:path';
import { checkContent } from '../src/content-check/check.ts';
import { formatProblemTable, summaryLine, totals } from '../src/content-check/report.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const { problems, counts } = checkContent({ root, today: process.env.BUILD_DATE });
const sum = totals(problems);

if (json) {
  console.log(JSON.stringify({ counts, errors: sum.error, warnings: sum.warning, infos: sum.info, problems }, null, 2));
} else {
  const checked = Object.entries(counts)
    .map(([name, n]) => `${COLLECTIONS[name as keyof typeof COLLECTIONS].label} ${n}`)
    .join('，');
  console.log(`已检查：${checked}`);
  if (problems.length > 0) console.log(formatProblemTable(problems, process.stdout.columns || 100));
  console.log(summaryLine(sum));
}
process.exitCode = sum.error > 0 ? 1 : 0;
