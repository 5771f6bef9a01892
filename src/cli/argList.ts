/** The CLI's one argument parser: node:util's parseArgs, its errors turned into a message with the next step. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/userError';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `args` against `options` (strict: an unknown option or a missing value is an error naming `verb`'s --help).
 * Positionals are allowed only when `positionals` is true.
 */
export function parseCommandArgs<O extends Options, P extends boolean = false>(args: string[], verb: string, options: O, positionals?: P) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals ?? false, tokens: false });
  } catch (e) {
    throw new UserError((e as Error).message, `Run \`ebuild-builder ${verb} --help\` for the options.`, 'bad-argument');
  }
}

/** `10m`, `30s`, `1h`, `500ms`, plain seconds → milliseconds. */
export function parseDuration(text: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new UserError(`${option} '${text}' is not a duration.`, `Write e.g. ${option} 10m, 30s or 1h.`, 'bad-argument');
  const n = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (n <= 0) throw new UserError(`${option} must be more than zero.`, `Write e.g. ${option} 10m.`, 'bad-argument');
  return n;
}
