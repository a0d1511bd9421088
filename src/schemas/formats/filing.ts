/**
 * What a valid filing number and badge picture look like in site.json (docs/deploy.md). A leaf module (no
 * project imports) so the site schema and the footer (src/lib/filing.ts) check and show the same formats.
 */

/** Province abbreviations that start a filing number. */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/** e.g. 湘ICP备2021012345号-1 (the -1 numbers one of several sites under one filing). */
export const ICP_PATTERN = new RegExp(`^[${PROVINCES}]ICP备\\d{6,12}号(?:-\\d{1,3})?$`);
/** e.g. 湘公网安备43010202001234号: the province, then 14 digits (the space some write is tolerated). */
export const POLICE_PATTERN = new RegExp(`^[${PROVINCES}]公网安备 ?(\\d{14})号$`);

export const ICP_EXAMPLE = '湘ICP备2021012345号-1';
export const POLICE_EXAMPLE = '湘公网安备43040502000123号';

/** Picture formats a browser shows without help, for the 党政机关网站标识. */
export const BADGE_IMAGE = /\.(png|jpe?g|gif|webp|svg)$/i;
