/** Interface text of the web editor (/admin/) that the schemas do not carry. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const cms = {
  'cms.pageTitle': '内容编辑后台',
  'cms.noscript': '编辑后台需要启用 JavaScript，请使用新版 Chrome、Edge 或 360 极速浏览器。',
  'cms.body': '正文',
  'cms.body.hint': '正文，用 Markdown 格式：## 小标题、> 引用、- 列表。',
  'cms.slug.people': '文件名：姓名的拼音，小写，用连字符分开，例如 zhang-wei；保存后就是这位同志的编号，不能再改。',
  'cms.lecture': '一期讲座',
  'cms.meeting': '一期读书会',
  'cms.book': '一种图书',
  'cms.person': '一位人物',
  'cms.page': '一个页面',
  'cms.organisation': '一个单位',
  'cms.slug.organisations':
    '文件名：单位简称的拼音，小写，用连字符分开，例如 xinlian-dianzi；讲坛和读书会的「各单位参加人次」按它引用，保存后不能再改。',
  'cms.summary.session': '第 {{number}} 期　{{title}}（{{date}}）',
} as const;
