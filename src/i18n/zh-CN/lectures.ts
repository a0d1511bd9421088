/** Interface text: lectures. Part of the zh-CN dictionary (see ../zh-CN.ts). */
export const lectures = {
  'lecture.list.title': '初心讲坛',
  'lecture.list.description': '初心讲坛历期讲座：主讲人、主题、讲义与推荐书目。',
  'lecture.speakers': '主讲人',
  'lecture.themes': '主题',
  'lecture.attendance': '受教育人次',
  'lecture.attendancePending': '待统计',
  'lecture.materials': '讲义与视频',
  'lecture.slides': '下载课件（PDF）',
  'lecture.video': '观看视频',
  'lecture.videoDownload': '下载视频',
  'lecture.videoLabel': '讲座视频',
  'lecture.recommendedBooks': '推荐书目',
  'lecture.themePage.title': '主题：{theme}',
  'lecture.themePage.description': '初心讲坛中主题为「{theme}」的讲座。',
  'lecture.themes.title': '讲坛主题',
  'lecture.yearPage.title': '初心讲坛 · {year}年',
} as const;
