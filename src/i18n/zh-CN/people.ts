/** Interface text: people. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const people = {
  'person.list.title': '人物',
  'person.list.description': '主讲人、领读人、捐赠人与写下寄语的读者。',
  'person.list.count': '共 {n} 位',
  'person.list.countPaged': '共 {n} 位，第 {current}/{last} 页',
  'person.kind': '类别',
  'person.title': '职务',
  'person.organisation': '单位',
  'person.lecturesGiven': '主讲的讲坛',
  'person.meetingsLed': '领读的读书会',
  'person.outputs': '写下的心得',
  'person.booksDonated': '捐赠的图书',
  'person.notesWritten': '写下的扉页寄语',
} as const;
