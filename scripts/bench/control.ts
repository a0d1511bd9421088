/**
 * The control the issue asks for: a minimal Astro project with one plain page per content entry (title and
 * rendered body, nothing derived), indexed by the Pagefind CLI. Built on the same corpus in the same run, it
 * says what "a bare Astro + Pagefind build of this many pages" costs on this machine today.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkNodeModules } from './workspace.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://localhost:4321',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`;

const COLLECTIONS = ['lectures', 'meetings', 'books', 'people', 'pages'];

const contentConfig = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = ${JSON.stringify(contentDir)};
const loader = (folder) => glob({ base: content + '/' + folder, pattern: '*.{md,mdx}' });

export const collections = {
${COLLECTIONS.map((name) => `  ${name}: defineCollection({ loader: loader('${name}') }),`).join('\n')}
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const names = ${JSON.stringify(COLLECTIONS)};
  const paths = [];
  for (const name of names) {
    for (const entry of await getCollection(name)) paths.push({ params: { collection: name, id: entry.id }, props: { entry } });
  }
  return paths;
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name ?? entry.id);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/** Writes the control project into the empty folder `dir`, reading content from `contentDir`. */
export function createControlProject(dir: string, contentDir: string, nodeModules: string): void {
  mkdirSync(path.join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-control', private: true, type: 'module' }),
  );
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src', 'content.config.ts'), contentConfig(contentDir));
  writeFileSync(path.join(dir, 'src', 'pages', '[collection]', '[id].astro'), PAGE);
  linkNodeModules(nodeModules, dir);
}
