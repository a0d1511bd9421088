/**
 * How interface text is filled in, apart from the dictionary: `t()` (./t.ts) uses it on the server with the whole
 * dictionary, and the search page's script uses it in the browser with only the keys it needs (so the dictionary
 * itself never ships to readers).
 */

/** Values for a text's `{name}` placeholders. */
export type TextVars = Record<string, string | number>;

/** `template` with its `{name}` placeholders filled from `vars`; a placeholder without a value stays as written. */
export function fill(template: string, vars: TextVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A `t()` over `dictionary`: the key type says which texts it can give, checked by the compiler. */
export function translator<K extends string>(
  dictionary: Readonly<Record<K, string>>,
): (key: K, vars?: TextVars) => string {
  // An unknown key (a stale page with a newer script) shows the key rather than nothing.
  return (key, vars) => fill(dictionary[key] ?? key, vars);
}
