/**
 * Lines that sum up or trace rather than fail: emerge's `Total:` and `Conflict:` lines under the merge list,
 * wget's per-mirror errors during a fetch (`>>> Downloading 'URL'` … `ERROR 404: Not Found.`), and the
 * Sabayon client's `equo install` lines (box-drawing prefix, `##`/`+++` markers), which name the same things
 * an emerge merge list and package start do.
 */
import type { ParseContext } from './block';
import { splitPkgSpec } from './block';
import type { ConflictTotalEvent, EmergeEvent, FetchAttemptEvent, MergeListEvent, MergeTotalEvent } from './events';
import type { LogLine } from './logLine';

const TOTAL = /^Total: (\d+) packages?(?: \(([^)]*)\))?(?:, Size of downloads: (.+?))?\s*$/;
const CONFLICT = /^Conflict: (\d+) blocks?(?: \((\d+) unsatisfied\))?/;
const COUNT = /^(\d+) (.+)$/;

/** `(7 upgrades, 2 in new slots, 1 binary)` → `{ upgrade: 7, 'new-slot': 2, binary: 1 }`: merge-list action names. */
const COUNT_KEYS: [RegExp, string][] = [
  [/^upgrades?$/, 'upgrade'], [/^downgrades?$/, 'downgrade'], [/^new$/, 'new'], [/^in new slots?$/, 'new-slot'],
  [/^reinstalls?$/, 'reinstall'], [/^uninstalls?$/, 'uninstall'], [/^binar(?:y|ies)$/, 'binary'], [/^blocks?$/, 'block'],
];

export function totalLine(l: LogLine): EmergeEvent[] | null {
  const t = l.text;
  if (t.startsWith('Total: ')) {
    const m = TOTAL.exec(t);
    if (!m) return null;
    const counts: Record<string, number> = {};
    for (const part of (m[2] ?? '').split(',')) {
      const c = COUNT.exec(part.trim());
      if (!c) continue;
      const key = COUNT_KEYS.find(([re]) => re.test(c[2]))?.[1] ?? c[2];
      counts[key] = (counts[key] ?? 0) + Number(c[1]);
    }
    const ev: MergeTotalEvent = { type: 'merge-total', inputLine: l.n, packages: Number(m[1]), counts };
    if (m[3]) ev.downloadSize = m[3];
    return [ev];
  }
  if (t.startsWith('Conflict: ')) {
    const m = CONFLICT.exec(t);
    if (!m) return null;
    const ev: ConflictTotalEvent = { type: 'conflict-total', inputLine: l.n, blocks: Number(m[1]) };
    if (m[2] !== undefined) ev.unsatisfied = Number(m[2]);
    return [ev];
  }
  return null;
}

const DOWNLOADING = /^(?:>>> )?Downloading '([^']+)'/;
/** wget: `2020-08-09 13:04:14 ERROR 404: Not Found.` */
const WGET_ERROR = /^(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d )?ERROR (\d{3}): (.+?)\.?$/;
/** wget: `wget: unable to resolve host address 'mirror.example'` (quotes vary with the locale). */
const WGET_RESOLVE = /^wget: unable to resolve host address [‘'`"]?([^’'"]+)[’'"]?/;

/** Remembers the URL being downloaded so wget's error lines can say which mirror failed. */
export class FetchAttempts {
  private url?: string;

  read(l: LogLine, ctx: ParseContext): EmergeEvent[] | null {
    const t = l.text;
    const c = t.charCodeAt(0);
    let m: RegExpExecArray | null;
    if ((c === 0x3e /* > */ || c === 0x44 /* D */) && (m = DOWNLOADING.exec(t))) {
      this.url = m[1];
      return null;
    }
    if (!this.url) return null;
    if ((m = WGET_ERROR.exec(t))) return [this.attempt(l, ctx, m[2], Number(m[1]))];
    if (c === 0x77 /* w */ && (m = WGET_RESOLVE.exec(t))) return [this.attempt(l, ctx, `unable to resolve host address ${m[1]}`)];
    return null;
  }

  private attempt(l: LogLine, ctx: ParseContext, reason: string, status?: number): FetchAttemptEvent {
    const url = this.url!;
    this.url = undefined;
    const noQuery = url.replace(/[?#].*$/, '');
    const ev: FetchAttemptEvent = { type: 'fetch-attempt', inputLine: l.n, url, file: decodeName(noQuery.slice(noQuery.lastIndexOf('/') + 1)), host: hostOf(url), reason };
    if (status !== undefined) ev.status = status;
    if (ctx.cpv) ev.cpv = ctx.cpv;
    return ev;
  }
}

/** `Ambiance%26Radiance.tar.gz` → `Ambiance&Radiance.tar.gz`; a malformed escape is kept as printed. */
function decodeName(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url);
  return m ? m[1] : '';
}

/** `╠  ## [R] [sabayon-weekly] sys-libs/ncurses-6.0-r1|1   [6.0-r1|1]` */
const EQUO_LIST = /^## \[([A-Z])\] \[([^\]]+)\] (\S+?)(?:\|(\S+))?(?:\s+\[([^\]|]+)(?:\|[^\]]*)?\])?\s*$/;
/** `╠  +++ >>>  (1/1) sys-libs/ncurses-6.0-r1` */
const EQUO_START = /^\+\+\+ >>> +\((\d+)\/(\d+)\) (\S+)/;
const EQUO_ACTIONS: Record<string, MergeListEvent['action']> = { N: 'new', U: 'upgrade', D: 'downgrade', R: 'reinstall' };

/** equo's lines start with a box-drawing character (U+2560 `╠`, and kin) and then white space. */
export function isEquoLine(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x2550 && c <= 0x256c;
}

export function equoLine(l: LogLine, ctx: ParseContext): EmergeEvent[] | null {
  const t = l.text.slice(1).trim();
  let m: RegExpExecArray | null;
  if (t.startsWith('## [') && (m = EQUO_LIST.exec(t))) {
    const { cpv } = splitPkgSpec(m[3]);
    const ev = {
      type: 'merge-list', inputLine: l.n, pkgType: 'entropy', flags: m[1], action: EQUO_ACTIONS[m[1]] ?? 'other', cpv,
    } as MergeListEvent;
    if (m[4]) ev.slot = m[4];
    ev.repo = m[2];
    ev.vars = {};
    ev.depth = 0;
    if (m[5]) ev.old = m[5];
    return [ev];
  }
  if (t.startsWith('+++ ') && (m = EQUO_START.exec(t))) {
    ctx.cpv = m[3];
    return [{ type: 'package-start', inputLine: l.n, cpv: m[3], index: Number(m[1]), total: Number(m[2]), action: 'install' }];
  }
  return null;
}
