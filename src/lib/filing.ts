/**
 * The filing information a site reachable from the public internet shows in its footer (docs/deploy.md):
 * ICP备案号 linked to MIIT's filing system, 公安联网备案号 linked to the MPS page for that number, 主办单位,
 * address, contact, and the 党政机关网站标识 as a local picture linking to its certificate page. Formats and links
 * live here so the schema that checks site.json and the footer that shows it agree.
 */

import { POLICE_PATTERN } from '../schemas/formats/filing.ts';

export { BADGE_IMAGE, ICP_EXAMPLE, ICP_PATTERN, POLICE_EXAMPLE, POLICE_PATTERN } from '../schemas/formats/filing.ts';

/** MIIT's filing system: the page the ICP number must link to (信息产业部令第33号). */
export const ICP_URL = 'https://beian.miit.gov.cn/';

/** The MPS filing system's page for one 公安联网备案号, as its own footer snippet links it. */
export function policeFilingUrl(number: string): string {
  const code = POLICE_PATTERN.exec(number.trim())?.[1];
  if (!code) throw new Error(`not a 公安联网备案号: ${number}`);
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

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
