/**
 * Every piece of interface text on the site, in one dictionary split by area (one file per area so
 * parallel work on different features does not collide). Components never hard-code Chinese: they call
 * `t(key)` from ./t.ts. `{name}` placeholders are filled by `t(key, { name })`.
 */
import { site } from './zh-CN/site.ts';
import { lectures } from './zh-CN/lectures.ts';
import { meetings } from './zh-CN/meetings.ts';
import { library } from './zh-CN/library.ts';
import { people } from './zh-CN/people.ts';
import { search } from './zh-CN/search.ts';
import { series } from './zh-CN/series.ts';
import { settings } from './zh-CN/settings.ts';
import { editors } from './zh-CN/editors.ts';
import { filing } from './zh-CN/filing.ts';
import { cms } from './zh-CN/cms.ts';
import { coverage } from './zh-CN/coverage.ts';

export const zhCN = {
  ...site,
  ...lectures,
  ...meetings,
  ...library,
  ...people,
  ...search,
  ...series,
  ...settings,
  ...editors,
  ...filing,
  ...cms,
  ...coverage,
} as const;

export type UiKey = keyof typeof zhCN;
