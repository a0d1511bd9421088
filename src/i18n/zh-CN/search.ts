/** Interface text: search. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const search = {
  'search.title': '搜索',
  'search.label': '搜索讲坛、读书会、图书和人物',
  'search.placeholder': '书名、ISBN、主讲人、拼音均可',
  'search.submit': '搜索',
  'search.shortcut': '按 / 键可快速定位到搜索框',
} as const;
