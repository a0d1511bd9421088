/**
 * Imported first by admin.ts: the editor's interface in Chinese whatever the browser's language. Sveltia CMS
 * picks its interface language from the browser's (navigator.languages) unless the editor chose one in its
 * settings; an office PC set to English would otherwise get English buttons.
 */
for (const [name, value] of [
  ['languages', Object.freeze(['zh-CN'])],
  ['language', 'zh-CN'],
] as const) {
  Object.defineProperty(navigator, name, { configurable: true, get: () => value });
}
