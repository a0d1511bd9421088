/** Interface text: search. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const search = {
  'search.title': '搜索',
  'search.label': '搜索讲坛、读书会、图书和人物',
  'search.placeholder': '书名、ISBN、主讲人、拼音均可',
  /** The header box holds about 7 characters on a phone with the largest text: the full hint is on the search page. */
  'search.placeholder.short': '书名、人名',
  'search.submit': '搜索',
  'search.formLabel': '站内搜索',
  'search.hint': '可输入书名、讲题、人名、ISBN、期数（如 第10期），也可输入拼音全拼或首字母（如 chuxin、cxjt）。',
  'search.sort': '排序',
  'search.sort.relevance': '按相关度',
  'search.sort.date': '按日期（新的在前）',
  'search.filters': '筛选',
  'search.filters.loading': '正在载入筛选项…',
  'search.filters.clear': '清除全部筛选',
  'search.filters.option': '{value}（{count}）',
  'search.status.idle': '请输入要搜索的内容。',
  'search.status.loading': '正在搜索…',
  'search.status.count': '找到 {n} 条结果',
  'search.status.countFiltered': '找到 {n} 条结果（已按所选条件筛选）',
  'search.status.relaxed': '没有完全匹配的结果，以下是包含这些字的 {n} 条结果',
  'search.empty': '没有找到与「{q}」相关的内容。',
  'search.suggest': '您是不是要找：',
  'search.empty.filters': '没有符合所选筛选条件的结果，可以减少筛选条件再试。',
  'search.empty.tips': '试试更短的词、换一种说法，或用拼音首字母；也可以按栏目浏览：',
  'search.empty.punctuation': '请输入文字、数字或拼音再搜索，只有标点符号无法搜索。',
  'search.ignoredFilters': '已忽略网址中无法识别的筛选条件：{list}',
  'search.more': '显示更多结果',
  'search.error': '搜索暂时无法使用，请稍后再试，或按栏目浏览：',
  'search.noscript': '搜索需要浏览器启用 JavaScript。不启用也可以按栏目浏览：',
  'search.unavailable.old':
    '这个浏览器版本太旧（或拦截了本站的脚本），站内搜索无法运行。请换用新版浏览器（如 Chrome、Edge 97 以上，Safari 16 以上，或新版微信、手机自带浏览器）；在微信里可以点右上角“…”选“在浏览器打开”。现在也可以按栏目浏览：',
  'search.unavailable.wasm':
    '这个浏览器不支持或禁用了 WebAssembly，站内搜索无法运行。请换用新版浏览器（如 Chrome、Edge 97 以上，Safari 16 以上），或检查浏览器的安全设置。现在也可以按栏目浏览：',
  'search.unavailable.failed':
    '搜索程序没能加载（可能网络不通或正在离线阅读），请联网后刷新再试。现在也可以按栏目浏览：',
  'search.resultsLabel': '搜索结果',
} as const;
