/**
 * `npm run import:books -- <file> [--update] [--dry-run] [--out <content folder>]`
 *
 * Imports the librarian's spreadsheet (.xlsx, or CSV in UTF-8 / GBK / GB18030) into content/books/, one
 * <isbn13>.md per title (a book without ISBN: <pinyin of its title>.md). Every row is validated through the same schema the build uses; refused rows are
 * listed with row number, column and reason, nothing is written for them, and the exit code is 1.
 * Exit codes: 0 all rows imported (or already present), 1 some rows refused, 2 the file could not be read.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readTable } from '../src/lib/library/table.ts';
import { existingBookKey, planImport, type ExistingBook } from '../src/lib/library/plan.ts';
import { ImportError, type KnownPerson, type RowProblem } from '../src/lib/library/import/index.ts';
import { readFrontmatter } from '../src/content-check/frontmatter.ts';
import { normalizeIsbn } from '../src/lib/isbn.ts';
import { contentDir } from '../src/io/site-config.ts';

const USAGE = `用法：npm run import:books -- <表格文件> [--update] [--dry-run] [--out <内容目录>]

  <表格文件>   .xlsx，或 .csv（UTF-8，带不带 BOM 均可；也可以是 Excel 默认保存的 GBK/GB18030）
  --update     已有的图书用表格里填写的内容更新（默认不覆盖已有图书）
  --dry-run    只检查，不写任何文件
  --out <目录> 写入另一个内容目录（其下的 books/ 与 people/），默认 content/（或环境变量 CONTENT_DIR）

表头可用中文：书名 副标题 作者 译者 出版社 出版年 ISBN 分类号 捐赠人 捐赠日期 书架 册数（另可有 状态 标签 简介），
或英文：title subtitle author translator publisher year isbn clc donor donatedOn shelf copies。`;

const root = path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      update: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [input] = args.positionals;
if (!input || args.positionals.length > 1) fail(USAGE);
const inputPath = path.resolve(process.cwd(), input);
if (!existsSync(inputPath)) fail(`找不到文件：${inputPath}`);

const content = args.values.out ? path.resolve(process.cwd(), args.values.out) : contentDir(root);
const dryRun = args.values['dry-run'];

function readExistingBooks(): Map<string, ExistingBook> {
  const books = new Map<string, ExistingBook>();
  const folder = path.join(content, 'books');
  if (!existsSync(folder)) return books;
  for (const relative of globSync('**/*.md', { cwd: folder }).sort()) {
    const file = `books/${relative.split(path.sep).join('/')}`;
    const parsed = readFrontmatter(readFileSync(path.join(content, file), 'utf8'));
    // A file whose name is an ISBN belongs to that ISBN even if it cannot be read: it is never overwritten.
    const fromName = /^(\d{13})\.md$/.exec(path.basename(relative))?.[1];
    const raw = parsed.ok ? parsed.file.data.isbn : undefined;
    const fromData = raw !== undefined ? normalizeIsbn(String(raw)) : undefined;
    const isbn13 = fromData?.ok ? fromData.isbn13 : fromName;
    // A book without ISBN is found again by its title and first author (a row without ISBN matches it).
    if (!isbn13 && !parsed.ok) continue;
    books.set(isbn13 ?? existingBookKey(undefined, parsed.ok ? parsed.file.data : {}), {
      file,
      data: parsed.ok ? parsed.file.data : { unreadable: true },
      body: parsed.ok ? parsed.file.body : '',
    });
  }
  return books;
}

/** Every book file name in use, readable or not: a new book without ISBN must not take one. */
function bookIds(): Set<string> {
  const folder = path.join(content, 'books');
  if (!existsSync(folder)) return new Set();
  return new Set(globSync('**/*.md', { cwd: folder }).map((relative) => path.basename(relative, '.md')));
}

function readPeople(): KnownPerson[] {
  const folder = path.join(content, 'people');
  if (!existsSync(folder)) return [];
  return globSync('**/*.md', { cwd: folder }).flatMap((relative) => {
    const parsed = readFrontmatter(readFileSync(path.join(folder, relative), 'utf8'));
    const name = parsed.ok ? parsed.file.data.name : undefined;
    return typeof name === 'string' ? [{ id: path.basename(relative, '.md'), name }] : [];
  });
}

function formatProblem(p: RowProblem): string {
  return `  第 ${p.row} 行${p.column ? ` ·「${p.column}」列` : ''}：${p.reason}`;
}

const started = Date.now();
let table;
try {
  table = await readTable(inputPath, readFileSync(inputPath));
} catch (error) {
  fail(`无法读取 ${input}：${error instanceof Error ? error.message : String(error)}`);
}

const total = Math.max(0, table.rows.length - 1);
const showProgress = total >= 500;
let plan;
try {
  plan = planImport({
    rows: table.rows,
    existing: readExistingBooks(),
    takenIds: bookIds(),
    people: readPeople(),
    update: args.values.update,
    onProgress: showProgress
      ? (done, all) => {
          if (process.stderr.isTTY) process.stderr.write(`\r检查中：${done}/${all} 行`);
          else if (done % 500 === 0 || done === all) process.stderr.write(`检查中：${done}/${all} 行\n`);
        }
      : undefined,
  });
} catch (error) {
  if (error instanceof ImportError) fail(`无法导入 ${input}：${error.message}`);
  throw error;
}
if (showProgress && process.stderr.isTTY) process.stderr.write('\n');

const ENCODING_NAMES = {
  'utf-8': 'CSV，UTF-8',
  gb18030: 'CSV，GBK/GB18030',
  'utf-16le': '文本，UTF-16',
  xlsx: 'Excel .xlsx',
};
console.log(`读取 ${input}（${ENCODING_NAMES[table.encoding]}），数据 ${plan.dataRows} 行。`);
if (plan.ignoredColumns.length > 0) console.log(`忽略了无法识别的列：${plan.ignoredColumns.join('、')}`);

if (!dryRun) {
  plan.writes.forEach((write, i) => {
    const target = path.join(content, write.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, write.content);
    if (showProgress && ((i + 1) % 500 === 0 || i + 1 === plan.writes.length) && !process.stderr.isTTY)
      process.stderr.write(`写入中：${i + 1}/${plan.writes.length} 个文件\n`);
  });
}

const verb = dryRun ? '将' : '已';
console.log(
  `${dryRun ? '试运行（--dry-run），没有写入任何文件。\n' : ''}${verb}新建 ${plan.created} 种，${verb}更新 ${plan.updated} 种，未变 ${plan.unchanged} 种，` +
    `已存在未覆盖 ${plan.kept.length} 种，拒绝 ${new Set(plan.rejected.map((p) => p.row)).size} 行；${verb}新建人物 ${plan.people.length} 位。` +
    `写入位置：${content}/（用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`,
);
if (plan.people.length > 0) {
  console.log(`\n新建的捐赠人（类别记为「其他」，请到 people/ 补充资料）：`);
  for (const person of plan.people)
    console.log(`  people/${person.id}.md  ${person.name}（第 ${person.rows.join('、')} 行）`);
}
if (plan.kept.length > 0) {
  console.log(`\n这些图书已存在，表格内容与现有文件不同，没有覆盖（如需更新请加 --update）：`);
  for (const kept of plan.kept) console.log(`  ${kept.file}（第 ${kept.rows.join('、')} 行）`);
}
if (plan.warnings.length > 0) {
  console.log(`\n提醒（这些行已导入）：`);
  for (const warning of plan.warnings) console.log(formatProblem(warning));
}
if (plan.rejected.length > 0) {
  console.log(`\n被拒绝的行（没有写入任何内容，改正后可重新导入）：`);
  for (const problem of plan.rejected) console.log(formatProblem(problem));
  process.exit(1);
}
