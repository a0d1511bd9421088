import { fill, type TextVars } from './translate.ts';
import { zhCN, type UiKey } from './zh-CN.ts';

export type { UiKey };

/** Interface text for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: TextVars = {}): string {
  return fill(zhCN[key], vars);
}
