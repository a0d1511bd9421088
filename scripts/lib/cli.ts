/** What the project's command-line scripts share: a Chinese error exit, and argument parsing with usage and --help. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** parseArgs with positionals and `-h/--help` (prints `usage`, exits 0); a bad flag exits 1 with the usage. */
export function parseCli<const O extends Options>(options: O, usage: string) {
  const config = { allowPositionals: true as const, options: { ...options, ...HELP } };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
