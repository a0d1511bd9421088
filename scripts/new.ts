/**
 * `npm run new -- lecture|meeting|book|person [flags]`: writes a new content file with the next free number,
 * today's date (China time), required fields, optional ones as comments, a commented example body. In a
 * terminal it asks for the main fields (Enter keeps the suggestion); with flags, or without a terminal, it
 * asks nothing and fills what is missing with marked placeholders: 「待填写」 in text (`npm run check:content`
 * warns until replaced) and the id `dai-tian-xie` for a missing speaker or lead reader (an error: the site
 * does not build until a real person is named). Anything else the content check refuses is not written.
 *
 *   npm run new -- lecture --title 以科技创新引领产业升级 --date 2025-03-14 --speaker wang-fang --theme 科技创新
 *   npm run new -- book --isbn 7-02-000220-X --title 平凡的世界 --author 路遥
 *   npm run new -- person --name 张伟 --person-title 市委党校教授
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fail, parseCli } from './lib/cli.ts';
import * as p from '@clack/prompts';
import { checkContent, formatProblems } from '../src/content-check/check.ts';
import { contentDir } from '../src/io/site-config.ts';
import { buildDate } from '../src/lib/build-info.ts';
import { EVENT_FORMATS } from '../src/schemas/fields.ts';
import { PERSON_KINDS } from '../src/schemas/person.ts';
import {
  KINDS,
  PLACEHOLDER,
  PLACEHOLDER_ID,
  ScaffoldError,
  draftFor,
  nextNumber,
  readContentState,
  type ContentState,
  type Kind,
  type NewInput,
} from './lib/scaffold.ts';

const USAGE = `用法：npm run new -- <种类> [选项]
种类：lecture（初心讲坛）、meeting（南江读书会）、book（图书）、person（人物）
常用选项：
  --title 标题/书名        --date YYYY-MM-DD（默认今天）   --number 期数（默认下一期）
  --speaker 人物文件名     --lead-reader 人物文件名       --theme 主题     --venue 地点
  --format 线下|线上|线上线下   --summary 摘要   --start 14:30   --end 16:30   --participants 人数
  --book 图书文件名        --isbn ISBN   --author 作者   --publisher 出版社   --year 出版年   --clc 分类号
  --donor 人物文件名       --name 姓名   --id 文件名   --person-title 职务   --organisation 单位   --kind 类别
  --no-input              不提问（在终端里也只用选项和占位内容）
可重复的选项（--speaker、--theme、--book、--author、--lead-reader）可写多次。`;

const root = path.resolve(import.meta.dirname, '..');
const content = contentDir(root);

const { values, positionals } = parseCli(
  {
    title: { type: 'string' },
    date: { type: 'string' },
    number: { type: 'string' },
    speaker: { type: 'string', multiple: true },
    'lead-reader': { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    venue: { type: 'string' },
    format: { type: 'string' },
    summary: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    participants: { type: 'string' },
    book: { type: 'string', multiple: true },
    isbn: { type: 'string' },
    author: { type: 'string', multiple: true },
    publisher: { type: 'string' },
    year: { type: 'string' },
    clc: { type: 'string' },
    donor: { type: 'string' },
    name: { type: 'string' },
    id: { type: 'string' },
    'person-title': { type: 'string' },
    organisation: { type: 'string' },
    kind: { type: 'string' },
    'no-input': { type: 'boolean' },
  },
  USAGE,
);

const kind = positionals[0] as Kind | undefined;
if (!kind || !(kind in KINDS)) fail(`${kind ? `不认识的种类「${kind}」。` : '请写明要新建哪一种内容。'}\n\n${USAGE}`);

const integer = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) fail(`${flag} 应为整数，现为「${value}」。`);
  return Number(value);
};

const input: NewInput = {
  title: values.title,
  date: values.date,
  number: integer(values.number, '--number'),
  speakers: values.speaker,
  leadReaders: values['lead-reader'],
  themes: values.theme,
  venue: values.venue,
  format: values.format,
  summary: values.summary,
  startTime: values.start,
  endTime: values.end,
  participants: integer(values.participants, '--participants'),
  books: values.book,
  isbn: values.isbn,
  authors: values.author,
  publisher: values.publisher,
  year: integer(values.year, '--year'),
  clc: values.clc,
  donor: values.donor,
  name: values.name,
  id: values.id,
  personTitle: values['person-title'],
  organisation: values.organisation,
  personKind: values.kind,
};
for (const key of Object.keys(input) as (keyof NewInput)[]) if (input[key] === undefined) delete input[key];

const state = readContentState(content);
// BUILD_DATE pins "today" as it does for the build, so a scaffold made in a test is the same on any day.
const today = buildDate();
const flagsGiven = Object.keys(input).length > 0;
const interactive = process.stdin.isTTY && process.stdout.isTTY && !flagsGiven && !values['no-input'];

if (interactive) await ask(kind, input, state);

let draft;
try {
  draft = draftFor(kind, input, state, today);
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}

const abs = path.join(content, draft.file);
if (existsSync(abs)) fail(`${path.relative(root, abs)} 已经存在，没有覆盖。请用 --id 或 --title 换一个文件名。`);
mkdirSync(path.dirname(abs), { recursive: true });
writeFileSync(abs, draft.text);

// The same check the build runs: a scaffold that the build would refuse for anything but the placeholder
// ids it was meant to carry is removed again.
const shown = path.relative(root, abs).startsWith('..') ? abs : path.relative(root, abs);
const ownErrors = checkContent({ root, content, today }).problems.filter(
  (problem) => problem.severity === 'error' && path.resolve(root, problem.file) === abs,
);
const toFill = ownErrors.filter((problem) => problem.rule === 'placeholder-reference');
const errors = ownErrors.filter((problem) => problem.rule !== 'placeholder-reference');
if (errors.length > 0) {
  rmSync(abs);
  fail(`没有写入 ${shown}，因为它通不过内容检查：\n\n${formatProblems(errors)}`);
}

const placeholders = draft.text
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('#') && line.includes(PLACEHOLDER));
console.log(`已新建 ${shown}${draft.number !== undefined ? `（第 ${draft.number} 期）` : ''}。`);
if (placeholders.length > 0) {
  console.log(`还有 ${placeholders.length} 处「${PLACEHOLDER}」要改成真实内容（npm run check:content 会列出它们）。`);
}
if (toFill.length > 0) {
  console.log(
    `${toFill.map((problem) => problem.field).join('、')} 还是占位「${PLACEHOLDER_ID}」：改成真实的人物文件名之前，网站不会生成（npm run check:content 会报错）。`,
  );
}
console.log('预览：npm run dev，然后在浏览器打开 http://localhost:4321');

/** Terminal questions for the main fields; Enter keeps the suggestion shown. Ctrl+C cancels without writing. */
async function ask(what: Kind, answers: NewInput, content: ContentState): Promise<void> {
  const labels = { lecture: '初心讲坛', meeting: '南江读书会', book: '共享图书馆的图书', person: '人物' } as const;
  p.intro(`新建${labels[what]}`);
  const done = <T>(value: T | symbol): T => {
    if (p.isCancel(value)) {
      p.cancel('已取消，没有写入任何文件。');
      process.exit(0);
    }
    return value as T;
  };
  const text = async (message: string, initialValue = '', optional = true) =>
    done<string>(
      await p.text({
        message,
        initialValue,
        ...(optional ? {} : { validate: (value: string | undefined) => (value?.trim() ? undefined : '不能为空') }),
      }),
    ).trim() || undefined;
  const people = content.people.map((person) => ({
    value: person.id,
    label: String(person.data.name ?? person.id),
    hint: person.id,
  }));
  const pickPeople = async (message: string) =>
    people.length === 0
      ? undefined
      : done<string[]>(
          await p.autocompleteMultiselect<string>({
            message: `${message}（输入拼音或姓名筛选，空格选中）`,
            options: people,
            required: true,
          }),
        );

  if (what === 'lecture' || what === 'meeting') {
    const series = what === 'lecture' ? content.lectures : content.meetings;
    const number = Number(await text(`期数`, String(nextNumber(series)), false));
    answers.number = number;
    answers.title = await text(what === 'lecture' ? '讲座题目' : '本期主题', '', false);
    answers.date = await text('日期（YYYY-MM-DD）', today, false);
    answers.format = done<string>(
      await p.select<string>({
        message: '形式',
        options: EVENT_FORMATS.map((f) => ({ value: f, label: f })),
        initialValue: '线下',
      }),
    );
    answers.venue = await text('地点');
    if (what === 'lecture') {
      answers.speakers = await pickPeople('主讲人');
      const themes = await text('主题（多个用顿号或逗号分开）', '', false);
      answers.themes = themes?.split(/[、，,]\s*/).filter(Boolean);
    } else {
      answers.leadReaders = await pickPeople('领读人');
    }
    answers.summary = await text('内容摘要（一两句，可稍后再写）');
  } else if (what === 'book') {
    answers.isbn = await text('ISBN（可带连字符；没有就留空）');
    answers.title = await text('书名', '', false);
    const authors = await text('作者（多位用顿号分开）', '', false);
    answers.authors = authors?.split(/[、，,]\s*/).filter(Boolean);
    answers.publisher = await text('出版社');
  } else {
    answers.name = await text('姓名', '', false);
    answers.personTitle = await text('职务或身份（可留空）');
    answers.organisation = await text('所在单位（可留空）');
    answers.personKind = done<string>(
      await p.select<string>({
        message: '类别',
        options: PERSON_KINDS.map((k) => ({ value: k, label: k })),
        initialValue: '党员',
      }),
    );
  }
  for (const key of Object.keys(answers) as (keyof NewInput)[]) if (answers[key] === undefined) delete answers[key];
  p.outro('好的，正在写入文件…');
}
