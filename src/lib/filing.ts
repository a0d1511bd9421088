/**
 * The filing information a site reachable from the public internet shows in its footer (docs/deploy.md):
 * ICP备案号 linked to MIIT's filing system, 公安联网备案号 linked to the MPS page for that number, 主办单位,
 * address, contact, and the 党政机关网站标识 as a local picture linking to its certificate page. Formats and links
 * live here so the schema that checks site.json and the footer that shows it agree.
 */

/** Province abbreviations that start a filing number. */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/** e.g. 湘ICP备2021012345号-1 (the -1 numbers one of several sites under one filing). */
export const ICP_PATTERN = new RegExp(`^[${PROVINCES}]ICP备\\d{6,12}号(?:-\\d{1,3})?$`);
/** e.g. 湘公网安备43010202001234号: the province, then 14 digits (the space some write is tolerated). */
export const POLICE_PATTERN = new RegExp(`^[${PROVINCES}]公网安备 ?(\\d{14})号$`);

export const ICP_EXAMPLE = '湘ICP备2021012345号-1';
export const POLICE_EXAMPLE = '湘公网安备43040502000123号';

/** MIIT's filing system: the page the ICP number must link to (信息产业部令第33号). */
export const ICP_URL = 'https://beian.miit.gov.cn/';

/** The MPS filing system's page for one 公安联网备案号, as its own footer snippet links it. */
export function policeFilingUrl(number: string): string {
  const code = POLICE_PATTERN.exec(number.trim())?.[1];
  if (!code) throw new Error(`not a 公安联网备案号: ${number}`);
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

/** Picture formats a browser shows without help, for the 党政机关网站标识. */
export const BADGE_IMAGE = /\.(png|jpe?g|gif|webp|svg)$/i;

/** What content/data/site.json may hold under `filing`; every field optional, empty means "not shown". */
export interface Filing {
  icp?: string;
  police?: string;
  organiser?: string;
  address?: string;
  contact?: string;
  govBadge?: { image: string; link: string };
}

export interface FilingLink {
  text: string;
  href: string;
}

/** What the footer shows, in order; fields left empty are absent. */
export interface FilingFooter {
  lines: string[];
  links: FilingLink[];
  /** The badge picture's address on the site and the certificate page it opens. */
  badge?: { src: string; href: string };
}

const filled = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The file name the badge picture is published under (one picture, kept in the site's own folder). */
export function badgeFileName(image: string): string {
  return `gov-badge${/\.[a-z]+$/i.exec(image)![0].toLowerCase()}`;
}

/** The footer's filing block from the settings; labels come from the caller (zh-CN dictionary). */
export function filingFooter(
  filing: Filing,
  labels: { organiser: string; address: string; contact: string },
  badgeUrl: (fileName: string) => string,
): FilingFooter {
  const lines = [
    filled(filing.organiser) ? `${labels.organiser}${filing.organiser.trim()}` : '',
    filled(filing.address) ? `${labels.address}${filing.address.trim()}` : '',
    filled(filing.contact) ? `${labels.contact}${filing.contact.trim()}` : '',
  ].filter(Boolean);
  const links: FilingLink[] = [
    ...(filled(filing.icp) ? [{ text: filing.icp.trim(), href: ICP_URL }] : []),
    ...(filled(filing.police) ? [{ text: filing.police.trim(), href: policeFilingUrl(filing.police) }] : []),
  ];
  const badge =
    filing.govBadge && filled(filing.govBadge.image) && filled(filing.govBadge.link)
      ? { src: badgeUrl(badgeFileName(filing.govBadge.image)), href: filing.govBadge.link.trim() }
      : undefined;
  return { lines, links, ...(badge ? { badge } : {}) };
}
