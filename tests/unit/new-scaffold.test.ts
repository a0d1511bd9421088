import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/content-check/check.ts';
import {
  ScaffoldError,
  bookDraft,
  draftFor,
  nextNumber,
  readContentState,
  type Draft,
  type Kind,
} from '../../scripts/lib/scaffold.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.join(ROOT, 'tests/fixtures/site');
const TODAY = '2026-11-27';
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'djjy-new-'));
  temps.push(dir);
  cpSync(SITE, dir, { recursive: true });
  return dir;
}
function write(content: string, draft: Draft): void {
  mkdirSync(path.dirname(path.join(content, draft.file)), { recursive: true });
  writeFileSync(path.join(content, draft.file), draft.text);
}

describe('npm run new: drafts', () => {
  it.each([
    ['lecture', 'speakers[0]'],
    ['meeting', 'leadReaders[0]'],
    ['book', undefined],
    ['person', undefined],
  ] as [Kind, string | undefined][])(
    'a %s with no input at all: placeholders marked; only a placeholder person is refused',
    (kind, personField) => {
      const content = copy();
      const draft = draftFor(kind, {}, readContentState(content), TODAY);
      write(content, draft);
      const problems = checkContent({ root: ROOT, content, today: TODAY }).problems.filter((p) =>
        p.file.endsWith(draft.file),
      );
      const errors = problems.filter((p) => p.severity === 'error');
      // No real person stands in for the one the editor has to name: the placeholder id is refused by name.
      expect(errors.map((p) => [p.rule, p.field])).toEqual(personField ? [['placeholder-reference', personField]] : []);
      for (const id of readContentState(content).people.map((person) => person.id)) {
        expect(draft.text).not.toMatch(new RegExp(`^\\w+: \\[${id}\\]`, 'm'));
      }
      expect(problems.some((p) => p.rule === 'placeholder')).toBe(true);
      expect(draft.text).toMatch(/^---\n[\s\S]*\n---\n/);
      // A commented example body: MDX comment for sessions, HTML comment for Markdown.
      expect(draft.text).toMatch(
        kind === 'lecture' || kind === 'meeting' ? /\n\{\/\*\n[\s\S]*\*\/\}\n$/ : /\n<!--\n[\s\S]*-->\n$/,
      );
    },
  );

  it('takes the next free number and today’s date, and comments every field from the schema', () => {
    const state = readContentState(copy());
    expect(nextNumber(state.lectures)).toBe(4);
    const lecture = draftFor('lecture', {}, state, TODAY);
    expect(lecture).toMatchObject({ number: 4, file: 'lectures/04.mdx', id: '04' });
    expect(lecture.text).toContain('number: 4 # 期数（第几期），不可与其他讲坛重复');
    expect(lecture.text).toContain('date: 2026-11-27 #');
    expect(lecture.text).toContain('# attendance: 320 # 受教育人次（活动后填写）');
    const meeting = draftFor('meeting', { title: '重温《共产党宣言》', leadReaders: ['li-na'] }, state, TODAY);
    expect(meeting).toMatchObject({ number: 3 });
    expect(meeting.file).toMatch(/^meetings\/03-chong-wen-/);
  });

  it('uses the flags given, and checks them', () => {
    const state = readContentState(copy());
    const lecture = draftFor(
      'lecture',
      {
        title: '以科技创新引领产业升级',
        date: '2025-03-14',
        speakers: ['wang-fang'],
        themes: ['科技创新'],
        summary: '讲解科技创新。',
        number: 9,
      },
      state,
      TODAY,
    );
    expect(lecture.file).toBe('lectures/09-yi-ke-ji-chuang-xin-yin.mdx');
    expect(lecture.text).toContain('speakers: [wang-fang] # 主讲人（可多位）');
    expect(lecture.text).not.toContain('待填写');
    expect(() => draftFor('lecture', { date: '2025-02-30' }, state, TODAY)).toThrow(/--date.*2025-02-30/);
    expect(() => draftFor('lecture', { speakers: ['nobody'] }, state, TODAY)).toThrow(/people\/ 里没有 nobody\.md/);
    expect(() => draftFor('lecture', { startTime: '2pm' }, state, TODAY)).toThrow(ScaffoldError);
  });

  it('a book from its ISBN: normalised ISBN-13 as file name, hyphenated form in a comment, checksum checked', () => {
    const state = readContentState(copy());
    const book = bookDraft({ isbn: '7-5442-7087-4', title: '活着', authors: ['余华'] }, state, TODAY);
    expect(book.file).toBe('books/9787544270878.md');
    expect(book.text).toContain("isbn: '9787544270878' # ISBN 978-7-5442-7087-8（校验位已核对）");
    expect(() => bookDraft({ isbn: '978-7-5442-7087-7' }, state, TODAY)).toThrow(/最后一位应是 8/);
    // 7-02-000220-X is 9787020002207, already on the fixture shelf.
    expect(() => bookDraft({ isbn: '7-02-000220-X' }, state, TODAY)).toThrow(/9787020002207\.md.*copies/);
  });

  it('a person gets a pinyin file name that is not taken yet', () => {
    const content = copy();
    const state = readContentState(content);
    expect(draftFor('person', { name: '王芳' }, state, TODAY).file).toBe('people/wang-fang-2.md');
    expect(draftFor('person', { name: '张伟' }, state, TODAY).file).toBe('people/zhang-wei.md');
    expect(() => draftFor('person', { id: 'li-na' }, state, TODAY)).toThrow(/已经存在/);
  });
});
