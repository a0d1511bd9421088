/** Interface text: the facts for editors under each detail page. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const editors = {
  'page.lastUpdated': '最后更新',
  'page.edit': '编辑此页',
} as const;
