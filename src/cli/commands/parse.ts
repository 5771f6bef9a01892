/** `ebuild-builder parse LOG [--json]`: the findings in a saved emerge log (CI log, build.log, a paste). */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand, CliIO } from '../cliTypes';
import { UserError } from '../../core/userError';
import { unreachableEvent, coveredByUseChanges, EmergeParser, type EmergeEvent } from '../../core/emerge';

const USAGE = `Usage: ebuild-builder parse LOG [--json]

Reads a saved emerge output (a CI log, a build.log, a terminal capture; \`-\` reads stdin) and prints
what it found: build failures with their call stack, QA notices, USE/keyword/licence/mask changes emerge
asked for, masked packages, blockers, slot conflicts, fetch and digest failures, compiler errors.

  --json   one JSON event per line (the format is documented in docs/parse-json.md)
`;

export const command: CliCommand = {
  name: 'parse',
  summary: 'print the findings in a saved emerge log (--json: one event per line)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const json = args.includes('--json');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--json' && a !== '-');
    if (unknown) throw new UserError(`Unknown option '${unknown}'.`, 'Run `ebuild-builder parse --help` for the options.', 'bad-option');
    const files = args.filter((a) => a !== '--json');
    if (files.length !== 1) throw new UserError('parse needs exactly one LOG file.', 'Run `ebuild-builder parse path/to/build.log` (or `-` for stdin).', 'bad-arguments');
    const file = files[0];
    const events: EmergeEvent[] = [];
    const parser = new EmergeParser((e) => {
      if (json) io.stdout.write(JSON.stringify(e) + '\n');
      else events.push(e);
    });
    await readInto(file === '-' ? process.stdin : createReadStream(resolve(io.cwd, file)), file, parser);
    parser.end();
    if (!json) io.stdout.write(summarize(events, file));
    return 0;
  },
};

function readInto(stream: NodeJS.ReadableStream, file: string, parser: EmergeParser): Promise<void> {
  return new Promise((ok, fail) => {
    stream.on('data', (chunk: Buffer | string) => parser.push(chunk));
    stream.on('end', () => ok());
    stream.on('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'ENOENT' ? 'does not exist' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'is not readable' : e.message;
      fail(new UserError(`Cannot read the log '${file}': it ${why}.`, 'Pass the path of a saved emerge output or build.log.', 'log-unreadable'));
    });
  });
}

/** One line per finding (progress events are only counted). */
function describe(e: EmergeEvent): string | undefined {
  const at = `line ${e.inputLine}${e.stream ? ` (${e.stream})` : ''}`;
  const pkg = (cpv: string, repo?: string): string => (repo ? `${cpv}::${repo}` : cpv);
  switch (e.type) {
    case 'build-failure': {
      const die = e.frames.length ? e.frames[e.frames.length - 1] : undefined;
      return `${at}: build failure: ${pkg(e.cpv, e.repo)} failed in the ${e.phase} phase: ${e.reason.split('\n')[0]}` +
        (die ? `\n    at ${die.file}, line ${die.line} (called ${die.call})` : '') +
        (e.snippet ? `\n    ${e.snippet.split('\n')[0]}` : '') + (e.log ? `\n    log: ${e.log}` : '');
    }
    case 'qa-notice':
      return `${at}: QA notice (${e.qaType})${e.cpv ? ` in ${e.cpv}` : ''}: ${e.message}` + e.entries.slice(0, 5).map((x) => `\n    ${x}`).join('');
    case 'autounmask':
      return `${at}: emerge needs a ${e.kind} change in ${e.file}: ${e.entry}` + (e.requiredBy[0] ? ` (required by ${e.requiredBy[0].atom})` : '');
    case 'masked':
      return `${at}: all ebuilds for "${e.atom}" are masked: ` + e.candidates.map((c) => `${pkg(c.cpv, c.repo)} (${c.reasons.join(', ')})`).join('; ');
    case 'no-ebuilds':
      if (coveredByUseChanges(e)) return undefined; // its USE changes have their own lines
      return `${at}: no ebuilds${e.useFlags ? ' built with USE flags' : ''} to satisfy "${e.atom}"` + (e.requiredBy[0] ? ` (required by ${e.requiredBy[0].atom})` : '') +
        (e.suggestions.length ? `; maybe: ${e.suggestions.join(', ')}` : '');
    case 'blocker':
      return e.atom ? `${at}: blocker: ${e.atom} blocks ${e.blocking ?? '?'}${e.hard ? ' (hard)' : ''}` : `${at}: blocked packages: ${(e.packages ?? []).map((p) => p.cpv).join(', ')}`;
    case 'slot-conflict':
      return `${at}: slot conflict on ${e.atom}: ${e.packages.map((p) => `${p.cpv} (${p.state ?? '?'})`).join(', ')}`;
    case 'required-use':
      return `${at}: REQUIRED_USE not met for "${e.atom}"${e.cpv ? ` (${pkg(e.cpv, e.repo)})` : ''}: ${e.unsatisfied.join(' ')}`;
    case 'fetch-failure':
      if (e.restricted) return `${at}: ${e.cpv ?? 'a package'} has fetch restriction turned on: download ${e.files?.join(', ') || 'its files'} by hand`;
      return `${at}: fetch failure${e.file ? ` of ${e.file}` : ''}${e.cpv ? ` for ${e.cpv}` : ''}: ${e.reason}` + (e.got !== undefined ? ` (got ${e.got || 'nothing'}, expected ${e.expected ?? '?'})` : '');
    case 'fetch-attempt':
      return `${at}: download of ${e.file || e.url} from ${e.host || e.url} failed: ${e.status ? `${e.status} ` : ''}${e.reason}`;
    case 'failed-packages':
      return `${at}: ${e.packages.length} package${e.packages.length === 1 ? '' : 's'} failed: ` +
        e.packages.map((p) => `${pkg(p.cpv, p.repo)}${p.postinstFailed ? ' (postinst)' : ''}${p.log ? ` (log: ${p.log})` : ''}`).join(', ');
    case 'conflict-total':
      return e.unsatisfied ? `${at}: ${e.blocks} block${e.blocks === 1 ? '' : 's'}, ${e.unsatisfied} unsatisfied` : undefined;
    case 'digest-failure':
      return `${at}: digest failure: ${e.file}: ${e.reason}` + (e.got !== undefined ? ` (got ${e.got}, expected ${e.expected ?? '?'})` : '');
    case 'compiler-diagnostic':
      return e.severity === 'error' || e.severity === 'fatal error'
        ? `${at}: ${e.tool} ${e.severity}: ${e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''}: ${e.message}` : undefined;
    case 'package-done':
      return e.result === 'failed' ? `${at}: failed to emerge ${e.cpv}${e.log ? ` (log: ${e.log})` : ''}` : undefined;
    // Events this switch has nothing to say about; a new event type must be placed here or above.
    case 'package-start': case 'phase': case 'merge-list': case 'merge-total':
      return undefined;
    default:
      return unreachableEvent(e);
  }
}

function summarize(events: EmergeEvent[], file: string): string {
  const out = events.map(describe).filter((s): s is string => Boolean(s));
  const started = events.filter((e) => e.type === 'package-start').length;
  const done = events.filter((e) => e.type === 'package-done' && e.result === 'completed').length;
  const merge = events.filter((e) => e.type === 'merge-list').length;
  const total = events.find((e) => e.type === 'merge-total');
  const planned = total ? ` (emerge's total: ${total.packages}${total.downloadSize ? `, ${total.downloadSize} to download` : ''})` : '';
  const head = `${file}: ${out.length} finding${out.length === 1 ? '' : 's'}; ${merge} package${merge === 1 ? '' : 's'} in the merge list${planned}, ${started} started, ${done} completed.\n`;
  return head + out.map((s) => s + '\n').join('');
}
