/** Interface text: the footer's filing block (备案与主办信息). Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const filing = {
  'filing.label': '备案与主办信息',
  'filing.organiser': '主办单位：',
  'filing.address': '地址：',
  'filing.contact': '联系方式：',
  'filing.badgeAlt': '党政机关网站标识',
} as const;
