/**
 * The browser side of /admin/: Sveltia CMS bundled from npm by Vite (so its fonts, locales and code are served by
 * the site itself; the prebuilt file from a CDN would fetch them from public hosts), started with the
 * configuration the page embeds as JSON (generated from src/schemas at build time; no config.yml is fetched).
 */
import CMS from '@sveltia/cms';

const data = document.body.dataset.cmsConfig;
if (!data) throw new Error('/admin/: the page carries no data-cms-config.');
CMS.init({ config: JSON.parse(data) });
