/**
 * Maps parser findings to the ebuild (or eclass, or Manifest) line a developer should look at. Pure:
 * takes file texts, returns 1-based lines. A `die` frame in the saved `environment` is mapped back through
 * the enclosing function's name and the snippet Portage printed (bash re-serialises functions, so the
 * comparison ignores spacing, quotes and punctuation).
 */
import { basename, dirname, join } from 'node:path';
import type { BuildFailureEvent, EmergeEvent } from './emerge/events';
import { unreachableEvent } from './emerge/events';
import { DEPENDENCY_VARIABLES } from './ebuildDeps';

export interface LocateSources {
  ebuildText: string;
  ebuildPath: string;
  /** Eclass texts from the workspace, by name (`cmake` or `cmake.eclass`). */
  eclasses?: Map<string, string>;
  /** Paths of those eclasses, by the same keys (else `<name>.eclass`). */
  eclassPaths?: Map<string, string>;
  manifestText?: string;
  /** Default: `Manifest` beside the ebuild. */
  manifestPath?: string;
}

/** A place in a file (1-based lines), with an optional note; or only a note when nothing fits. */
export type Location = { file: string; line: number; endLine?: number; note?: string } | { note: string; file?: undefined };


export function locate(event: EmergeEvent, src: LocateSources): Location {
  switch (event.type) {
    case 'build-failure':
      return locateFailure(event, src);
    case 'qa-notice': {
      for (const e of event.entries) {
        const l = findLine(src.ebuildText, (t) => e.length > 2 && t.includes(e));
        if (l) return { file: src.ebuildPath, line: l };
      }
      const fn = { cflags: 'src_compile', ldflags: 'src_compile', 'severe-warnings': 'src_compile', 'unrecognized-configure-options': 'src_configure' }[event.qaType] ?? 'src_install';
      const f = findFunction(src.ebuildText, fn);
      return { file: src.ebuildPath, line: f ? f.start : firstCodeLine(src.ebuildText), note: `QA Notice: ${event.message}` };
    }
    case 'autounmask':
      return locateDependency([event.atom, ...event.requiredBy.map((r) => r.atom)], src);
    case 'masked':
    case 'no-ebuilds':
      return locateDependency([event.atom, ...event.candidates.map((c) => c.cpv), ...event.requiredBy.map((r) => r.atom)], src);
    case 'slot-conflict':
    case 'blocker': {
      const names = [event.atom ?? '', ...(event.packages ?? []).flatMap((p) => [p.cpv, ...p.parents.map((x) => x.atom)])];
      return locateDependency(names.filter(Boolean), src);
    }
    case 'required-use': {
      const v = findAssignment(src.ebuildText, 'REQUIRED_USE');
      if (!v) return { note: 'REQUIRED_USE is not set in this ebuild (it may come from an eclass)' };
      const flags = event.unsatisfied.flatMap((u) => u.match(/[A-Za-z0-9][A-Za-z0-9+_@.-]*/g) ?? []);
      for (let l = v.start; l <= v.end; l++) if (flags.some((f) => hasWord(lineAt(src.ebuildText, l), f))) return { file: src.ebuildPath, line: l, endLine: v.end };
      return { file: src.ebuildPath, line: v.start, endLine: v.end };
    }
    case 'fetch-failure':
      if (event.got !== undefined && event.file) {
        const m = manifestLine(src, event.file);
        if (m) return m;
      }
      return locateSrcUri(event.file, src);
    case 'digest-failure': {
      const m = manifestLine(src, basename(event.file));
      if (m) return m;
      return { note: `Digest mismatch for ${event.file}: regenerate the Manifest (ebuild … manifest)` };
    }
    case 'compiler-diagnostic':
      return { note: `${event.file}${event.line ? `:${event.line}` : ''} in the build output (line ${event.inputLine} of the log)` };
    // Events this switch has nothing to say about; a new event type must be placed here or above.
    case 'package-start': case 'package-done': case 'phase': case 'merge-list': case 'merge-total': case 'conflict-total': case 'fetch-attempt': case 'failed-packages':
      return { note: 'not tied to an ebuild line' };
    default:
      return unreachableEvent(event);
  }
}

function locateFailure(ev: BuildFailureEvent, src: LocateSources): Location {
  const ebuildName = basename(src.ebuildPath);
  const frames = ev.frames;
  // Deepest frame that names the ebuild or a workspace eclass.
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.file === ebuildName || (f.file.endsWith('.ebuild') && i === frames.length - 1)) return { file: src.ebuildPath, line: f.line };
    const ec = eclassNamed(src, f.file.replace(/\.eclass$/, ''));
    if (f.file.endsWith('.eclass') && ec) return { file: ec.path, line: f.line };
    if (f.file === 'environment') {
      const fn = i > 0 ? frames[i - 1].call : undefined;
      const found = fn ? findInFunction(fn, ev.snippet, src) : undefined;
      if (found) return found;
      if (fn) {
        const inh = inheritFor(fn, src.ebuildText);
        if (inh) return { file: src.ebuildPath, line: inh, note: `died in ${fn}, defined in an eclass that is not in the workspace` };
      }
    }
  }
  if (/^The source directory '.*' doesn't exist/.test(ev.reason)) {
    // Portage's own check: S does not name the unpacked directory.
    const s = findAssignment(src.ebuildText, 'S');
    return s ? { file: src.ebuildPath, line: s.start, note: ev.reason } : { file: src.ebuildPath, line: firstCodeLine(src.ebuildText), note: `${ev.reason}: set S to the unpacked directory` };
  }
  if (ev.snippet) {
    const l = findSnippet(src.ebuildText, 1, lineCount(src.ebuildText), ev.snippet);
    if (l) return { file: src.ebuildPath, line: l };
  }
  const fn = phaseFunction(ev.phase);
  if (fn) {
    const f = findFunction(src.ebuildText, fn);
    if (f) {
      // `emake failed`: point at the helper's call inside the phase function.
      const helper = /^(\w+) failed$/.exec(ev.reason)?.[1];
      if (helper) for (let l = f.start; l <= f.end; l++) if (hasWord(lineAt(src.ebuildText, l), helper)) return { file: src.ebuildPath, line: l };
      return { file: src.ebuildPath, line: f.start, endLine: f.end };
    }
    const eapi = findLine(src.ebuildText, (t) => /^\s*EAPI=/.test(t));
    return { file: src.ebuildPath, line: eapi ?? firstCodeLine(src.ebuildText), note: `the default ${fn} (EAPI or eclass) failed in the ${ev.phase} phase` };
  }
  return { file: src.ebuildPath, line: firstCodeLine(src.ebuildText), note: `failed in the ${ev.phase} phase` };
}

function findInFunction(fn: string, snippet: string | undefined, src: LocateSources): Location | undefined {
  const texts: { file: string; text: string }[] = [{ file: src.ebuildPath, text: src.ebuildText }];
  for (const [name, text] of src.eclasses ?? []) texts.push({ file: eclassPath(src, name), text });
  for (const { file, text } of texts) {
    const f = findFunction(text, fn);
    if (!f) continue;
    const l = snippet ? findSnippet(text, f.start, f.end, snippet) : undefined;
    return { file, line: l ?? f.start, ...(l ? {} : { endLine: f.end }) };
  }
  return undefined;
}

function locateDependency(atoms: string[], src: LocateSources): Location {
  const vars = DEPENDENCY_VARIABLES.map((v) => findAssignment(src.ebuildText, v)).filter((v): v is Extent => Boolean(v)).sort((a, b) => a.start - b.start);
  for (const atom of atoms) {
    const name = packageName(atom);
    if (!name) continue;
    for (const v of vars) {
      for (let l = v.start; l <= v.end; l++) if (namesPackage(lineAt(src.ebuildText, l), name)) return { file: src.ebuildPath, line: l };
    }
  }
  if (vars.length) return { file: src.ebuildPath, line: vars[0].start, endLine: vars[0].end, note: 'the package is pulled in indirectly' };
  return { note: 'no dependency variable in this ebuild names the package' };
}

function locateSrcUri(file: string | undefined, src: LocateSources): Location {
  const v = findAssignment(src.ebuildText, 'SRC_URI');
  if (!v) return { note: 'SRC_URI is not set in this ebuild (it may come from an eclass)' };
  if (file) {
    const vars = ebuildVars(src.ebuildPath);
    for (let l = v.start; l <= v.end; l++) if (expand(lineAt(src.ebuildText, l), vars).includes(file)) return { file: src.ebuildPath, line: l };
  }
  return { file: src.ebuildPath, line: v.start, endLine: v.end };
}

/** P, PN, PV, PF, PVR, PR from `…/foo-1.2-r1.ebuild`. */
function ebuildVars(ebuildPath: string): Record<string, string> {
  const pf = basename(ebuildPath).replace(/\.ebuild$/, '');
  const m = /^(.+?)-(\d[^-]*)(?:-(r\d+))?$/.exec(pf);
  if (!m) return { PF: pf };
  const [, pn, pv, pr] = m;
  return { PN: pn, PV: pv, P: `${pn}-${pv}`, PF: pf, PR: pr ?? 'r0', PVR: pr ? `${pv}-${pr}` : pv };
}

function expand(line: string, vars: Record<string, string>): string {
  return line.replace(/\$\{(\w+)\}|\$(\w+)/g, (all, a: string | undefined, b: string | undefined) => vars[(a ?? b) as string] ?? all);
}

function manifestLine(src: LocateSources, file: string): Location | undefined {
  if (src.manifestText === undefined) return undefined;
  const l = findLine(src.manifestText, (t) => t.split(/\s+/)[1] === file);
  const path = src.manifestPath ?? join(dirname(src.ebuildPath), 'Manifest');
  return l ? { file: path, line: l } : { file: path, line: 1, note: `${file} is not listed in the Manifest` };
}

// ---- text helpers ----

interface Extent { start: number; end: number }

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function lineAt(text: string, n: number): string {
  return lines(text)[n - 1] ?? '';
}

function lineCount(text: string): number {
  return lines(text).length;
}

function findLine(text: string, pred: (line: string) => boolean): number | undefined {
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) if (pred(ls[i])) return i + 1;
  return undefined;
}

function firstCodeLine(text: string): number {
  return findLine(text, (t) => t.trim() !== '' && !t.trim().startsWith('#')) ?? 1;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lines of `name() {` … `}` (the closing brace at column 0, as ebuilds are written). */
export function findFunction(text: string, name: string): Extent | undefined {
  const def = new RegExp(`^\\s*(?:function\\s+)?${escapeRe(name)}\\s*(?:\\(\\s*\\))\\s*\\{?|^\\s*function\\s+${escapeRe(name)}\\s*\\{`);
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) {
    if (!def.test(ls[i])) continue;
    if (/\}\s*(?:#.*)?$/.test(ls[i]) && /\{/.test(ls[i])) return { start: i + 1, end: i + 1 }; // one-liner
    for (let j = i + 1; j < ls.length; j++) if (/^\}/.test(ls[j])) return { start: i + 1, end: j + 1 };
    return { start: i + 1, end: ls.length };
  }
  return undefined;
}

/** Lines of `VAR="…"` (also `VAR+=`), following the quotes over several lines. */
export function findAssignment(text: string, name: string): Extent | undefined {
  const ls = lines(text);
  const re = new RegExp(`^\\s*(?:export\\s+)?${name}\\+?=(.*)$`);
  for (let i = 0; i < ls.length; i++) {
    const m = re.exec(ls[i]);
    if (!m) continue;
    const q = m[1].trimStart()[0];
    if (q !== '"' && q !== "'") return { start: i + 1, end: i + 1 };
    let open = count(m[1], q) % 2 === 1;
    let j = i;
    while (open && j + 1 < ls.length) {
      j++;
      if (count(ls[j], q) % 2 === 1) open = false;
    }
    return { start: i + 1, end: j + 1 };
  }
  return undefined;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function normalize(s: string): string {
  return s.replace(/[^A-Za-z0-9_]+/g, '');
}

function findSnippet(text: string, from: number, to: number, snippet: string): number | undefined {
  const first = snippet.split('\n').map((s) => s.trim()).find((s) => s !== '');
  if (!first) return undefined;
  const want = normalize(first);
  if (want.length < 3) return undefined;
  const ls = lines(text);
  for (let l = from; l <= Math.min(to, ls.length); l++) {
    const have = normalize(ls[l - 1]);
    if (have.length >= 3 && (have.includes(want) || (have.length >= 8 && want.includes(have)))) return l;
  }
  return undefined;
}

function phaseFunction(phase: string): string | undefined {
  if (['unpack', 'prepare', 'configure', 'compile', 'test', 'install'].includes(phase)) return `src_${phase}`;
  if (['setup', 'pretend', 'preinst', 'postinst', 'prerm', 'postrm', 'config', 'info', 'nofetch'].includes(phase)) return `pkg_${phase}`;
  return undefined;
}

/** `>=app-misc/foo-1.0:0[ssl]::repo` → `app-misc/foo`. */
export function packageName(atom: string): string | undefined {
  const m = /^[<>=~!]*([A-Za-z0-9+_.-]+\/[A-Za-z0-9+_-]+?)(?:-\d[^\s:[]*)?(?:[:[]|$)/.exec(atom.replace(/::\S+$/, '').replace(/\[.*$/, ''));
  return m ? m[1] : undefined;
}

function namesPackage(line: string, name: string): boolean {
  return new RegExp(`(?:^|[^A-Za-z0-9+_./-])${escapeRe(name)}(?![A-Za-z0-9+_]|-[A-Za-z])`).test(line);
}

function hasWord(line: string, word: string): boolean {
  return new RegExp(`(?:^|[^A-Za-z0-9_-])${escapeRe(word)}(?![A-Za-z0-9_-])`).test(line);
}

function eclassNamed(src: LocateSources, name: string): { path: string; text: string } | undefined {
  for (const key of [name, `${name}.eclass`]) {
    const text = src.eclasses?.get(key);
    if (text !== undefined) return { path: eclassPath(src, key), text };
  }
  return undefined;
}

function eclassPath(src: LocateSources, key: string): string {
  return src.eclassPaths?.get(key) ?? (key.endsWith('.eclass') ? key : `${key}.eclass`);
}

/** The `inherit` line naming the eclass that most likely defines `fn` (`cmake_src_configure` → `cmake`). */
function inheritFor(fn: string, text: string): number | undefined {
  const ls = lines(text);
  let first: number | undefined;
  let best: { line: number; len: number } | undefined;
  for (let i = 0; i < ls.length; i++) {
    const m = /^\s*inherit\s+(.*)$/.exec(ls[i]);
    if (!m) continue;
    first ??= i + 1;
    for (const ec of m[1].split(/\s+/)) {
      if (ec && (fn === ec || fn.startsWith(`${ec}_`)) && (!best || ec.length > best.len)) best = { line: i + 1, len: ec.length };
    }
  }
  return best?.line ?? first;
}
