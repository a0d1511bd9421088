/** Interface text: the 适老化 reading settings (text size, high contrast). Part of the zh-CN dictionary. */
export const settings = {
  'settings.label': '阅读设置',
  'settings.textSize': '文字大小',
  'settings.size.default': '标准',
  'settings.size.large': '大',
  'settings.size.larger': '特大',
  'settings.contrast': '高对比度',
  'settings.hint': '设置会保存在本机浏览器中。',
} as const;
