/**
 * Events that fit on one line: package start/finish, phase progress, merge-list entries (and their
 * `[blocks …]` lines), compiler and make diagnostics. Also emerge.log's forms (`>>> emerge (1 of 1) cpv to /`).
 */
import type { CompilerDiagnosticEvent, EmergeEvent, MergeListEvent, PhaseEvent, PhaseName } from './events';
import type { ParseContext } from './block';
import { splitPkgSpec } from './block';
import type { LogLine } from './logLine';

const START = /^(Emerging|Fetching)(?: binary)? \((\d+) of (\d+)\) (\S+)/;
const DONE = /^Completed \((\d+) of (\d+)\) (\S+)/;
const INSTALLING = /^Installing \((\d+) of (\d+)\) (\S+)/;
const UNMERGING = /^Unmerging \((\d+) of (\d+)\) (\S+?)(?:\.\.\.)?$/;
const LOG_EMERGE = /^>>> emerge \((\d+) of (\d+)\) (\S+) to \S+/;
const LOG_DONE = /^::: completed emerge \((\d+) of (\d+)\) (\S+) to \S+/;
const LOG_PHASE = /^=== \(\d+ of \d+\) (Cleaning|Compiling\/Merging|Compiling\/Packaging|Merging|Post-Build Cleaning) \(([^:\s]+)/;
const MERGE_LIST = /^\[(ebuild|binary|nomerge|blocks|uninstall|installed)( [^\]]*)\]( *)(\S+)(.*)$/;
const DIAG = /^(?![*-] )([^\s:][^:]*?):(\d+):(?:(\d+):)? (fatal error|error|warning|note|ERROR|WARNING): (.*)$/;
const RUST_HEAD = /^(error|warning)(?:\[(E\d+)\])?: (.+)$/;
const RUST_AT = /^--> ([^\s:][^:]*):(\d+):(\d+)$/;
const CMAKE = /^CMake (Error|Warning)(?: \(dev\))? at ([^:]+):(\d+)(?: \(([^)]*)\))?:?$/;
const LINKER = /^(?:\S*\/)?(?:ld(?:\.\w+)?|collect2|ld\.lld|mold)(?:: (?:error|fatal error))?: (.*(?:undefined reference to|cannot find -l|undefined symbol|ld returned \d+ exit status).*)$/;
const DIAG_CONTEXT = /^([^\s:][^:]*?): ((?:In (?:member |static member )?function|In constructor|In destructor|In instantiation|In lambda function|At global scope|At top level).*)$/;
const MAKE = /^g?make(?:\[\d+\])?: \*\*\* \[(?:(.+?):(?:(\d+):)? )?([^\]]*?)\] (Error \d+|Segmentation fault.*)$/;

/** Phase lines, with the literal each starts with (tested first: this runs for many lines). */
const PHASE_LINES: [RegExp, PhaseName, string][] = [
  [/^Unpacking source\.\.\./, 'unpack', 'Unpacking source...'],
  [/^Preparing source in /, 'prepare', 'Preparing source in '],
  [/^Configuring source in /, 'configure', 'Configuring source in '],
  [/^Compiling source in /, 'compile', 'Compiling source in '],
  [/^Test phase(?: \[not enabled\])?: /, 'test', 'Test phase'],
  [/^Install \S+ into /, 'install', 'Install '],
  [/^Creating binpkg\b/, 'package', 'Creating binpkg'],
];

/** `>>> …` progress lines, with or without the `>>> ` (mangled pastes lose it). */
export function progressLine(l: LogLine, ctx: ParseContext): EmergeEvent[] | null {
  const full = l.text;
  // The text after `>>>` and its white space starts at `o`; it is sliced out only when a literal start
  // matches there (this runs for many lines, most of which match nothing).
  let o = 0;
  if (full.startsWith('>>>')) {
    // (emerge.log's `::: completed emerge` cannot start with `>>>`.)
    if (full.startsWith('>>> emerge (') && LOG_EMERGE.test(full)) return emergeLogLine(l, ctx);
    const c3 = full.charCodeAt(3);
    const c4 = full.charCodeAt(4);
    if (c3 === 0x20 && c4 > 0x20 && c4 < 0x80) o = 4;
    else if (c3 > 0x20 && c3 < 0x80) o = 3;
    else o = full.length - full.slice(3).trimStart().length;
  }
  const c = full.charCodeAt(o);
  let m: RegExpExecArray | null;
  if (c === 0x45 /* E */ || c === 0x46 /* F */) {
    if ((full.startsWith('Emerging ', o) || full.startsWith('Fetching ', o)) && (m = START.exec(full.slice(o)))) {
      const { cpv, repo } = splitPkgSpec(m[4]);
      ctx.cpv = cpv;
      return [{
        type: 'package-start', inputLine: l.n, cpv, ...(repo ? { repo } : {}), index: Number(m[2]), total: Number(m[3]),
        action: m[1] === 'Fetching' ? 'fetch' : 'emerge',
      }];
    }
    return null;
  }
  if (c === 0x43 /* C */) {
    if (full.startsWith('Completed (', o) && (m = DONE.exec(full.slice(o)))) {
      const { cpv, repo } = splitPkgSpec(m[3]);
      return [{ type: 'package-done', inputLine: l.n, cpv, ...(repo ? { repo } : {}), index: Number(m[1]), total: Number(m[2]), result: 'completed' }];
    }
  } else if (c === 0x49 /* I */) {
    if (full.startsWith('Installing (', o) && (m = INSTALLING.exec(full.slice(o)))) return [phase(l, 'merge', splitPkgSpec(m[3]).cpv)];
  } else if (c === 0x55 /* U */) {
    if (full.startsWith('Unmerging (', o) && (m = UNMERGING.exec(full.slice(o)))) return [phase(l, 'unmerge', splitPkgSpec(m[3]).cpv)];
  }
  if (c === 0x55 || c === 0x50 || c === 0x43 || c === 0x54 || c === 0x49) {
    for (const [re, name, start] of PHASE_LINES) {
      if (!full.startsWith(start, o)) continue;
      const t = full.slice(o);
      if (!re.test(t)) continue;
      const named = c === 0x54 || c === 0x49 ? /^(?:Test phase(?: \[not enabled\])?: |Install )(\S+)/.exec(t) : null;
      const ev = phase(l, name, named ? named[1] : ctx.cpv);
      if (t.includes('[not enabled]')) ev.skipped = true;
      return [ev];
    }
  }
  return null;
}

function phase(l: LogLine, name: PhaseName, cpv: string | undefined): PhaseEvent {
  const ev: PhaseEvent = { type: 'phase', inputLine: l.n, phase: name };
  if (cpv) ev.cpv = cpv;
  return ev;
}

const LOG_PHASE_NAMES: Record<string, PhaseName> = {
  Cleaning: 'clean', 'Compiling/Merging': 'compile', 'Compiling/Packaging': 'compile', Merging: 'merge', 'Post-Build Cleaning': 'clean',
};

/** emerge.log lines (`/var/log/emerge.log`). */
export function emergeLogLine(l: LogLine, ctx: ParseContext): EmergeEvent[] | null {
  const t = l.text;
  let m: RegExpExecArray | null;
  // Each form starts with its own literal: test that before the regex.
  if (t.startsWith('>>> emerge (') && (m = LOG_EMERGE.exec(t))) {
    ctx.cpv = m[3];
    return [{ type: 'package-start', inputLine: l.n, cpv: m[3], index: Number(m[1]), total: Number(m[2]), action: 'emerge' }];
  }
  if (t.startsWith('::: completed emerge (') && (m = LOG_DONE.exec(t))) {
    return [{ type: 'package-done', inputLine: l.n, cpv: m[3], index: Number(m[1]), total: Number(m[2]), result: 'completed' }];
  }
  if (t.startsWith('=== (') && (m = LOG_PHASE.exec(t))) {
    return [phase(l, LOG_PHASE_NAMES[m[1]], m[2])];
  }
  return null;
}

const VAR = /([A-Z][A-Z0-9_]*)="([^"]*)"/g;
const SIZE = /(\d[\d,.]*\s*[kKMGT]i?B)\s*$/;

export function mergeListLine(l: LogLine): EmergeEvent[] | null {
  const m = MERGE_LIST.exec(l.text);
  if (!m) return null;
  const pkgType = m[1];
  const pad = m[3];
  const spec = m[4];
  const restRaw = m[5];
  const flags = squashSpaces(m[2].trim());
  if (pkgType === 'blocks') {
    const b = /^\s*\("?([^"]+?)"? is (hard )?blocking (.+?)\)\s*$/.exec(restRaw);
    return [{
      type: 'blocker', inputLine: l.n, atom: spec, ...(b ? { blocking: b[3], hard: Boolean(b[2]) } : {}),
      resolved: flags.includes('b') && !flags.includes('B'),
    }];
  }
  const { cpv, slot, repo } = splitPkgSpec(spec);
  let rest = restRaw;
  // Properties assigned in the order the event always had (slot, repo, vars, depth, then old and size).
  const ev = { type: 'merge-list', inputLine: l.n, pkgType, flags, action: actionOf(pkgType, flags), cpv } as MergeListEvent;
  if (slot) ev.slot = slot;
  if (repo) ev.repo = repo;
  ev.vars = {};
  ev.depth = Math.max(0, pad.length - 1);
  const old = /^\s*\[([^\]]+)\]/.exec(rest);
  if (old) {
    ev.old = old[1];
    rest = rest.slice(old[0].length);
  }
  // `NAME="` needs a quote: most lines without one skip the scan.
  if (rest.includes('="')) {
    VAR.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = VAR.exec(rest))) ev.vars[v[1]] = v[2];
  }
  // A size ends in `B` (then white space only).
  let e = rest.length;
  while (e > 0 && rest.charCodeAt(e - 1) <= 0x20) e--;
  const size = rest.charCodeAt(e - 1) === 0x42 ? SIZE.exec(rest) : null;
  if (size) ev.size = size[1];
  // The fourth attribute column: `F` fetch-restricted and not yet downloaded, `f` already in DISTDIR.
  if (flags.includes('F')) ev.fetchRestriction = 'unsatisfied';
  else if (flags.includes('f')) ev.fetchRestriction = 'satisfied';
  return [ev];
}

/** `s.replace(/\s+/g, ' ')`, without the regex when there is nothing to replace (flag columns are short). */
function squashSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? s.charCodeAt(i + 1) <= 0x20 || s.charCodeAt(i + 1) >= 0x80 : c < 0x20 || c >= 0x80) return s.replace(/\s+/g, ' ');
  }
  return s;
}

function actionOf(pkgType: string, flags: string): MergeListEvent['action'] {
  if (pkgType === 'nomerge') return 'nomerge';
  if (pkgType === 'uninstall') return 'uninstall';
  const f = flags.split(' ')[0] ?? '';
  if (f.includes('NS')) return 'new-slot';
  if (f.includes('N')) return 'new';
  if (f.includes('U')) return f.includes('D') ? 'downgrade' : 'upgrade';
  if (f.includes('D')) return 'downgrade';
  if (f.includes('R') || f.includes('r')) return 'reinstall';
  return 'other';
}

/**
 * What LINKER needs, cheaply: its tool name (no `/`, no white space) ends at the first `: ` of the line
 * (`cs`) and starts after the last `/` before it.
 */
function isLinker(t: string, cs: number): boolean {
  const p = t.lastIndexOf('/', cs) + 1;
  return t.startsWith('ld', p) || t.startsWith('collect2', p) || t.startsWith('mold', p);
}

/** Compiler `file:line:col: error: …` and make `*** [Makefile:4: target] Error 1` lines. */
export class DiagnosticReader {
  private context?: { file: string; text: string };
  /** rustc prints `error[E0425]: …` and the place on a later `--> file:line:col` line. */
  private rust?: { n: number; severity: 'error' | 'warning'; message: string; left: number };

  /** True while the next lines must be seen (the rustc `-->` line is looked for on the next few). */
  get counting(): boolean {
    return this.rust !== undefined;
  }

  read(l: LogLine, ctx: ParseContext): EmergeEvent[] | null {
    const t = l.text;
    if (this.rust) {
      const at = RUST_AT.exec(t);
      if (at) {
        const r = this.rust;
        this.rust = undefined;
        const ev: CompilerDiagnosticEvent = {
          type: 'compiler-diagnostic', inputLine: r.n, tool: 'compiler', file: at[1], line: Number(at[2]), column: Number(at[3]), severity: r.severity, message: r.message,
        };
        if (ctx.cpv) ev.cpv = ctx.cpv;
        return [ev];
      }
      if (--this.rust.left <= 0) this.rust = undefined;
    }
    const cs = t.indexOf(': ');
    if (cs < 0) {
      const cm = t.startsWith('CMake ') ? CMAKE.exec(t) : null;
      if (!cm) return null;
      const ev: CompilerDiagnosticEvent = {
        type: 'compiler-diagnostic', inputLine: l.n, tool: 'cmake', file: cm[2], line: Number(cm[3]),
        severity: cm[1] === 'Error' ? 'error' : 'warning', message: cm[4] ?? `CMake ${cm[1]}`,
      };
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    // Cheap tests before the regexes (most lines with `: ` are none of these). The file part of DIAG and
    // DIAG_CONTEXT holds no colon, so the first colon of the line is the one after it.
    const k = t.indexOf(':');
    const d = t.charCodeAt(k + 1);
    let m = k > 0 && d >= 0x30 && d <= 0x39 ? DIAG.exec(t) : null;
    if (m) {
      const ev: CompilerDiagnosticEvent = {
        type: 'compiler-diagnostic', inputLine: l.n, tool: 'compiler', file: m[1], line: Number(m[2]),
        ...(m[3] ? { column: Number(m[3]) } : {}), severity: m[4].toLowerCase() as CompilerDiagnosticEvent['severity'], message: m[5],
      };
      const opt = /\s\[(-W[\w=+-]+)\]$/.exec(m[5]);
      if (opt) ev.option = opt[1];
      if (this.context && this.context.file === m[1]) ev.context = this.context.text;
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    if (k > 0 && d === 0x20 && (t.startsWith('In ', k + 2) || t.startsWith('At ', k + 2)) && (m = DIAG_CONTEXT.exec(t))) {
      this.context = { file: m[1], text: m[2] };
      return [];
    }
    if ((t.charCodeAt(0) === 0x65 || t.charCodeAt(0) === 0x77) && (m = RUST_HEAD.exec(t)) && !/^(?:error|warning): (?:Could not|could not compile|aborting due)/.test(t)) {
      this.rust = { n: l.n, severity: m[1] as 'error' | 'warning', message: m[2] ? `[${m[2]}] ${m[3]}` : m[3], left: 3 };
      return [];
    }
    if (isLinker(t, cs) && (m = LINKER.exec(t))) {
      const ev: CompilerDiagnosticEvent = { type: 'compiler-diagnostic', inputLine: l.n, tool: 'linker', file: t.slice(0, t.indexOf(':')), severity: 'error', message: m[1] };
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    if ((t.startsWith('make') || t.startsWith('gmake')) && (m = MAKE.exec(t))) {
      const ev: CompilerDiagnosticEvent = {
        type: 'compiler-diagnostic', inputLine: l.n, tool: 'make', file: m[1] ?? m[3], ...(m[2] ? { line: Number(m[2]) } : {}),
        severity: 'error', message: m[4], target: m[3],
      };
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    return null;
  }
}
