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

/** Removes `--name VALUE` / `--name=VALUE` and returns the value (the last one wins). */
export function takeOption(args: string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; ) {
    if (args[i] === name) {
      if (i + 1 >= args.length) throw new UserError(`${name} needs a value.`, `Write ${name} VALUE.`, 'bad-argument');
      value = args[i + 1];
      args.splice(i, 2);
    } else if (args[i].startsWith(name + '=')) {
      value = args[i].slice(name.length + 1);
      args.splice(i, 1);
    } else i++;
  }
  return value;
}

/** Removes every `--name VALUE` and returns the values in order. */
export function takeOptions(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let v = takeOption(args, name); v !== undefined; v = takeOption(args, name)) out.push(v);
  return out;
}

export function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  takeFlag(args, name);
  return true;
}

export function rejectUnknown(args: string[], verb: string): void {
  if (args.length) {
    throw new UserError(`Unexpected argument '${args[0]}'.`, `Run \`ebuild-builder ${verb} --help\` for the options.`, 'bad-argument');
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
