/**
 * The browser side of /admin/: Sveltia CMS bundled from npm by Vite (so its fonts, locales and code are served by
 * the site itself; the prebuilt file from a CDN would fetch them from public hosts), started with the
 * configuration the page embeds as JSON (generated from src/schemas at build time; no config.yml is fetched).
 * Before each save it runs the content check's rules on the form (form-check.ts) and refuses what the build
 * would refuse; beside the editor it shows the last publish (publish-status.ts).
 */
import './ui-locale.ts';
import './zod-jitless.ts';
import CMS from '@sveltia/cms';
import { normalizeIsbn } from '../schemas/formats/isbn.ts';
import type { CollectionName } from '../schemas/index.ts';
import { formProblems, type KnownEntry } from './form-check.ts';
import { PUBLISH_STATUS_FILE, type PublishStatusFile } from './publish-status.ts';
import { fill } from '../i18n/translate.ts';

const { cmsConfig, cmsEntries, cmsWords } = document.body.dataset;
if (!cmsConfig || !cmsEntries || !cmsWords) throw new Error('/admin/: the page carries no data-cms-* attributes.');
const config = JSON.parse(cmsConfig) as { collections: { name: string; extension: string; fields: Field[] }[] };
const known = JSON.parse(cmsEntries) as KnownEntry[];
const words = JSON.parse(cmsWords) as Record<string, string>;
interface Field {
  name: string;
  label: string;
  fields?: Field[];
  field?: Field;
}

/** «照片 › 图片说明» for `photos[0].alt`: the labels the editor sees on the form. */
function labelAt(fields: readonly Field[], path: string): string {
  const labels: string[] = [];
  let current: readonly Field[] = fields;
  for (const name of path.split(/\.|\[\d+\]\.?/).filter(Boolean)) {
    const field = current.find((candidate) => candidate.name === name);
    if (!field) break;
    labels.push(field.label);
    current = field.fields ?? (field.field ? [field.field] : []);
  }
  return labels.join(' › ');
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collectionName = entry.get('collection') as CollectionName;
    const collection = config.collections.find((candidate) => candidate.name === collectionName);
    if (!collection) return undefined;
    const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
    const slug = String(entry.get('slug') ?? '');
    const { problems, normalised } = formProblems(
      { collection: collectionName, slug, extension: collection.extension, data },
      known,
    );
    if (problems.length > 0) {
      const lines = problems.map((problem) =>
        problem.field
          ? `${labelAt(collection.fields, problem.field) || problem.field}：${problem.message}`
          : problem.message,
      );
      // Sveltia shows the cause of a `saving_failed` error in its save-error dialog, and saves nothing.
      throw new Error('saving_failed', { cause: new Error(`${words.refused}\n${lines.join('\n')}`) });
    }
    if (normalised.isbn !== data.isbn) {
      // Sveltia takes a returned map of the values as what it writes.
      const values = entry.get('data') as unknown as { set(key: string, value: unknown): typeof entry };
      return values.set('isbn', normalised.isbn);
    }
    return undefined;
  },
});

// What was saved in this session counts for the next save's 期数 and ISBN checks.
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
    const collection = entry.get('collection') as CollectionName;
    const slug = String(entry.get('slug') ?? '');
    const index = known.findIndex((other) => other.collection === collection && other.slug === slug);
    if (index >= 0) known.splice(index, 1);
    known.push({
      collection,
      slug,
      label:
        typeof data.number === 'number'
          ? `第 ${data.number} 期「${String(data.title)}」`
          : `《${String(data.title ?? slug)}》`,
      ...(typeof data.number === 'number' ? { number: data.number } : {}),
      ...(typeof data.isbn === 'string' ? { isbn: data.isbn } : {}),
    });
  },
});

/**
 * An ISBN typed with hyphens or as ISBN-10 becomes its 13 digits as soon as the editor leaves the box (or saves
 * with Ctrl+S): the book's file is named after the digits, and the editor sees what will be stored.
 */
function normaliseIsbnBox(target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || !target.closest('[data-key-path="isbn"]')) return;
  const result = normalizeIsbn(target.value);
  if (!result.ok || result.isbn13 === target.value) return;
  target.value = result.isbn13;
  target.dispatchEvent(new Event('input', { bubbles: true }));
}
document.addEventListener('focusout', (event) => normaliseIsbnBox(event.target), true);
document.addEventListener(
  'keydown',
  (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') normaliseIsbnBox(document.activeElement);
  },
  true,
);

CMS.init({ config: JSON.parse(cmsConfig) });

/** 2026-12-06 21:30 in Beijing time, whatever the computer's zone. */
function beijingTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The last publish, in a box beside the editor: 已发布 with a link, or 未发布 with the check's messages. */
async function showPublishStatus(): Promise<void> {
  const response = await fetch(PUBLISH_STATUS_FILE, { cache: 'no-store' }).catch(() => undefined);
  if (!response?.ok) return;
  const status = (await response.json()) as PublishStatusFile;
  if (status.published === null) return;
  const box = document.createElement('aside');
  box.className = `publish-status publish-status--${status.published ? 'ok' : 'failed'}`;
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', words.title!);
  const head = document.createElement('p');
  const state = document.createElement('strong');
  state.textContent = status.published ? words.published! : words.failed!;
  head.append(state, ` ${fill(words.at!, { time: beijingTime(status.time) })}`);
  box.append(head);
  if (status.published) {
    const pages = status.pages.length ? status.pages : [''];
    for (const page of pages) {
      const link = document.createElement('a');
      link.href = new URL(`../${page}`, location.href).href;
      link.textContent = page ? words.openPage! : words.openSite!;
      link.target = '_blank';
      box.append(link, ' ');
    }
  } else {
    const why = document.createElement('p');
    why.textContent = status.problems.length ? words.problems! : fill(words.failure!, { what: status.failure ?? '' });
    const list = document.createElement('ul');
    for (const problem of status.problems) {
      const item = document.createElement('li');
      item.textContent = `${problem.file}${problem.field ? ` · ${problem.field}` : ''}：${problem.message}${problem.example ? `（${words.example}${problem.example}）` : ''}`;
      list.append(item);
    }
    box.append(why, list);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = words.close!;
  close.addEventListener('click', () => box.remove());
  box.append(close);
  document.body.append(box);
}
void showPublishStatus();
