/**
 * The web editor's whole configuration (Sveltia CMS, `CMS.init({ config })`), generated from src/schemas and the
 * site settings at build time: one collection per content folder, the same folders, file names and extensions
 * that `npm run new` writes, the next free 第N期 number as the default, and the git host from
 * content/data/site.json (`cms`). Nothing here lists fields by hand: src/cms/fields.ts derives them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { z } from 'astro/zod';
import { contentDir } from '../io/site-config.ts';
import type { cmsSettingsSchema } from '../schemas/site.ts';
import { collectionSchema } from '../content-check/editor-docs.ts';
import type { UiKey } from '../i18n/t.ts';
import { fieldsOf, IMAGE_FOLDER, type CmsField } from './fields.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { FILE_NAME_RULE } from '../content-check/rules/file-name.ts';

/** `cms` in content/data/site.json, every field filled in (the schema in src/schemas/site.ts, over the defaults). */
export type CmsSettings = {
  [K in keyof z.infer<typeof cmsSettingsSchema>]-?: NonNullable<z.infer<typeof cmsSettingsSchema>[K]>;
};

export const DEFAULT_CMS_SETTINGS: CmsSettings = {
  backend: 'gitea',
  repo: 'djjy/site',
  branch: 'main',
  baseUrl: '',
  apiRoot: '',
  appId: '',
};

/** The `cms` settings of content/data/site.json over the defaults; a value of the wrong type is a clear error. */
export function readCmsSettings(root: string, env: Record<string, string | undefined> = process.env): CmsSettings {
  const file = path.join(contentDir(root, env), 'data', 'site.json');
  const given =
    (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { cms?: unknown }).cms : undefined) ?? {};
  const settings = { ...DEFAULT_CMS_SETTINGS, ...(given as Partial<CmsSettings>) };
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'string')
      throw new Error(`${file}：cms.${key} 应为文字（字符串），现为 ${JSON.stringify(value)}。`);
  }
  if (!['gitea', 'gitlab', 'github'].includes(settings.backend)) {
    throw new Error(
      `${file}：cms.backend 只能是 gitea（也用于 Forgejo）、gitlab 或 github，现为「${settings.backend}」。`,
    );
  }
  return settings;
}

const API_PATHS = { gitea: '/api/v1', gitlab: '/api/v4', github: '' } as const;

/** The API address the browser talks to; also what the admin page's CSP lets it connect to. */
export function apiRootOf(settings: CmsSettings): string {
  if (settings.apiRoot) return settings.apiRoot.replace(/\/+$/, '');
  if (settings.backend === 'github') return settings.baseUrl ? `${settings.baseUrl}/api/v3` : 'https://api.github.com';
  return settings.baseUrl ? `${settings.baseUrl.replace(/\/+$/, '')}${API_PATHS[settings.backend]}` : '';
}

function backendOf(settings: CmsSettings): Record<string, unknown> {
  const apiRoot = apiRootOf(settings);
  return {
    name: settings.backend,
    repo: settings.repo,
    branch: settings.branch,
    ...(settings.baseUrl ? { base_url: settings.baseUrl.replace(/\/+$/, '') } : {}),
    ...(apiRoot ? { api_root: apiRoot } : {}),
    ...(settings.appId ? { app_id: settings.appId } : {}),
    ...(settings.backend === 'gitlab' ? { auth_type: 'pkce' } : {}),
    // Without a registered OAuth application the sign-in button could only be shown disabled: offer the token alone.
    auth_methods: settings.appId ? ['oauth', 'token'] : ['token'],
    commit_messages: {
      create: '新建 {{collection}}：{{slug}}（网页编辑）',
      update: '修改 {{collection}}：{{slug}}（网页编辑）',
      delete: '删除 {{collection}}：{{slug}}（网页编辑）',
      uploadMedia: '上传图片 {{path}}（网页编辑）',
      deleteMedia: '删除图片 {{path}}（网页编辑）',
    },
  };
}

/** How each folder is edited; the fields come from its schema. */
const SHAPES: Record<
  CollectionName,
  {
    singular: UiKey;
    extension: 'md' | 'mdx';
    /** A fixed file-name template, or `typed`: the editor types the file name once, with this hint. */
    slug: string | { typed: UiKey };
    identifier: string;
    create: boolean;
    /** False for frontmatter-only files (organisations): no page shows a body, so the form offers none. */
    body?: false;
  }
> = {
  // 第N期 files are named by their number, as `npm run new` names them when the title gives no slug.
  lectures: { singular: 'cms.lecture', extension: 'mdx', slug: '{{fields.number}}', identifier: 'title', create: true },
  meetings: { singular: 'cms.meeting', extension: 'mdx', slug: '{{fields.number}}', identifier: 'title', create: true },
  // A book with an ISBN is named after its 13 digits (the content check asks for it).
  books: { singular: 'cms.book', extension: 'md', slug: '{{fields.isbn}}', identifier: 'title', create: true },
  // A person's file name is their id everywhere else: the editor types it (pinyin) once, when creating the entry.
  people: {
    singular: 'cms.person',
    extension: 'md',
    slug: { typed: 'cms.slug.people' },
    identifier: 'name',
    create: true,
  },
  // Pages belong to routes of the site: edited, never added or removed here.
  pages: { singular: 'cms.page', extension: 'md', slug: '{{slug}}', identifier: 'title', create: false },
  // Organisations are referenced by file name, like people: typed once (pinyin), when the entry is created.
  organisations: {
    singular: 'cms.organisation',
    extension: 'md',
    slug: { typed: 'cms.slug.organisations' },
    identifier: 'name',
    create: true,
    body: false,
  },
};

export interface CmsConfigInput {
  settings: CmsSettings;
  /** Folder of the content relative to the repository root (`content`). */
  contentFolder: string;
  /** The number the next 第N期 gets, per series. */
  nextNumbers: { lectures: number; meetings: number };
  /** The dictionary's `t()`, passed in by the page: the labels are put on at the presentation edge. */
  words: (key: UiKey) => string;
}

function collectionOf(name: CollectionName, input: CmsConfigInput): Record<string, unknown> {
  const shape = SHAPES[name];
  const t = input.words;
  const fields: CmsField[] = fieldsOf(collectionSchema(name));
  if (name === 'lectures' || name === 'meetings') {
    const number = fields.find((field) => field.name === 'number')!;
    number.default = input.nextNumbers[name];
  }
  const folder = `${input.contentFolder}/${COLLECTIONS[name].folder}`;
  return {
    name,
    label: COLLECTIONS[name].label,
    label_singular: t(shape.singular),
    folder,
    extension: shape.extension,
    format: 'frontmatter',
    create: shape.create,
    delete: shape.create,
    slug:
      typeof shape.slug === 'object'
        ? {
            editable: ['create'],
            hint: t(shape.slug.typed),
            // The content check's file-name rule, in its words.
            pattern: [ID_PATTERN.source, `文件名${FILE_NAME_RULE}`],
          }
        : shape.slug,
    identifier_field: shape.identifier,
    ...(name === 'lectures' || name === 'meetings'
      ? {
          summary: t('cms.summary.session'),
          sortable_fields: {
            fields: ['number', 'date', 'title'],
            default: { field: 'number', direction: 'descending' },
          },
        }
      : {}),
    // Pictures sit next to the entries, in images/, and are written as ./images/<file>.
    media_folder: IMAGE_FOLDER,
    public_folder: `./${IMAGE_FOLDER}`,
    editor: { preview: false },
    fields: [
      ...fields,
      ...(shape.body === false
        ? []
        : [{ name: 'body', label: t('cms.body'), hint: t('cms.body.hint'), widget: 'markdown', required: false }]),
    ],
  };
}

/** The configuration object passed to `CMS.init({ config })`. */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  return {
    load_config_file: false,
    backend: backendOf(input.settings),
    // Files outside the collections (slides under public/materials) go through the media library's default folder.
    media_folder: 'public/materials',
    public_folder: '/materials',
    slug: { encoding: 'ascii', clean_accents: true },
    // Without it the editor writes `startTime: ''` for every optional field left empty, which the content check rejects.
    output: { omit_empty_optional_fields: true },
    // No stock-photo services (Pexels, Pixabay, Unsplash, Lorem Picsum): they are on the internet, the park's
    // network is not; pictures come from the editor's own computer.
    media_libraries: { stock_assets: false },
    collections: (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => collectionOf(name, input)),
  };
}
