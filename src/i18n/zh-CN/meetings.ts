/** Interface text: meetings. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const meetings = {
  'meeting.list.title': '南江读书会',
  'meeting.list.description': '南江读书会历期活动：领读人、共读书目与成员心得。',
  'meeting.books': '共读书目',
  'meeting.leadReaders': '领读人',
  'meeting.participants': '参加人数',
  'meeting.outputs': '成员心得',
  'meeting.yearPage.title': '南江读书会 · {year}年',
} as const;
