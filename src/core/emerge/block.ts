/** What the line-level parsers share: the block interface and the per-parser context. */
import type { EmergeEvent, RequiredBy } from './events';
import type { LogLine } from './logLine';

/** A multi-line construct (an ERROR block, a QA notice, an autounmask block, …) being read. */
export interface Block {
  /** Takes the next line; false when the line is not part of the block (the block then ends and the line is
   * read again as a fresh line). */
  feed(line: LogLine): boolean;
  /** The block's events; called once, when it ends. */
  finish(ctx: ParseContext): EmergeEvent[];
}

/** State shared across streams: the package being built, logs seen, and what was already reported. */
export class ParseContext {
  cpv?: string;
  private readonly logs = new Map<string, string>();
  private readonly seen = new Set<string>();

  setLog(cpv: string, log: string): void {
    if (this.logs.size > 4096) this.logs.clear();
    this.logs.set(cpv, log);
  }

  logOf(cpv: string): string | undefined {
    return this.logs.get(cpv);
  }

  /** True the first time a key is seen (Portage repeats failure blocks in its elog recap). */
  firstTime(key: string): boolean {
    if (this.seen.has(key)) return false;
    if (this.seen.size > 4096) this.seen.clear();
    this.seen.add(key);
    return true;
  }
}

/** `cat/pkg-1.0:0/2::repo` → parts. */
export function splitPkgSpec(spec: string): { cpv: string; slot?: string; repo?: string } {
  let rest = spec;
  let repo: string | undefined;
  const r = rest.indexOf('::');
  if (r >= 0) {
    repo = rest.slice(r + 2) || undefined;
    rest = rest.slice(0, r);
  }
  let slot: string | undefined;
  const s = rest.indexOf(':');
  if (s >= 0) {
    slot = rest.slice(s + 1) || undefined;
    rest = rest.slice(0, s);
  }
  return { cpv: rest, slot, repo };
}

/** `# required by X` text (after `required by `): `=app-misc/foo-1.0 (argument)` → atom + kind. */
export function parseRequiredBy(text: string): RequiredBy {
  const m = /^(.*?)\s+\((argument)\)$/.exec(text.trim());
  return m ? { atom: m[1], kind: m[2] } : { atom: text.trim() };
}

/** Appends with a cap so one pathological line cannot grow a block without bound. */
export function capPush<T>(list: T[], item: T, max = 1000): void {
  if (list.length < max) list.push(item);
}

/** Strips the quotes around `'path'`. */
export function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/** A bare package atom or set: no spaces, has a category slash or is a set. */
export const ATOM_LIKE = /^(?:[<>=~!]*[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+\S*|@[A-Za-z0-9+_.-]+)$/;
