/**
 * How long builds took, per package and builder profile (what emlop and qlop tell from emerge.log), and the
 * estimate for the next one: the median of the last few successful builds of the same package with the same profile.
 * VS Code keeps the entries in the workspace state, the CLI in a file of the state folder (`history.json`).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { atomMatches, splitPackageVersion, tryParseAtom } from './atom';

export interface HistoryEntry {
  /** `cat/pn-pvr` (no `=`, no repository). */
  cpv: string;
  repo?: string;
  profile: string;
  durationMs: number;
  state: 'succeeded' | 'failed';
  /** When the build ended (ms since the epoch). */
  endedAt: number;
}

/** Entries kept per package and profile (older ones are dropped). */
export const KEPT_PER_PACKAGE = 20;
/** How many of the last successful builds the estimate takes the median of. */
const ESTIMATE_WINDOW = 5;

/** `=cat/pn-1.0::repo`, `cat/pn-1.0` or a path's `cat/pn-1.0` → `{ cpv, catPn, repo }`; undefined for anything else. */
export function packageOf(atomOrCpv: string): { cpv: string; catPn: string; repo?: string } | undefined {
  const m = /^=?([A-Za-z0-9_][A-Za-z0-9+_.-]*)\/([^:\s]+?)(?:::([A-Za-z0-9_-]+))?$/.exec(atomOrCpv.trim());
  const split = m && splitPackageVersion(m[2]);
  return m && split ? { cpv: `${m[1]}/${m[2]}`, catPn: `${m[1]}/${split.pn}`, repo: m[3] } : undefined;
}

const catPnOf = (cpv: string) => packageOf(cpv)?.catPn;

/** The history with `entry` added (entries in the order they ended), at most KEPT_PER_PACKAGE per package and profile. */
export function addToHistory(entries: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const key = `${catPnOf(entry.cpv)}\0${entry.profile}`;
  const all = [...entries, entry];
  const same = all.filter((e) => `${catPnOf(e.cpv)}\0${e.profile}` === key);
  const drop = new Set(same.slice(0, Math.max(0, same.length - KEPT_PER_PACKAGE)));
  return all.filter((e) => !drop.has(e));
}

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface Estimate {
  ms: number;
  /** How many builds it is the median of. */
  of: number;
}

/** The median of the last ESTIMATE_WINDOW successful builds of the package (any version) with this profile. */
export function estimateDuration(entries: HistoryEntry[], atomOrCpv: string, profile: string, window = ESTIMATE_WINDOW): Estimate | undefined {
  const catPn = catPnOf(atomOrCpv) ?? atomOrCpv.replace(/^=/, '');
  const last = entries.filter((e) => e.state === 'succeeded' && e.profile === profile && catPnOf(e.cpv) === catPn).slice(-window);
  const ms = median(last.map((e) => e.durationMs));
  return ms === undefined ? undefined : { ms, of: last.length };
}

/** `12.3 s`, `4 min 05 s`, `1 h 02 min`. */
function formatSeconds(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  const m = Math.floor(whole / 60);
  return m < 60 ? `${m} min ${String(whole % 60).padStart(2, '0')} s` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** `usually 12.3 s (median of the last 3 builds with gentoo)`. */
export function describeEstimate(e: Estimate, profile: string): string {
  return `usually ${formatSeconds(e.ms)} (${e.of === 1 ? 'the last build' : `median of the last ${e.of} builds`} with ${profile})`;
}

/** The entries an atom (`cat/pn`, `=cat/pn-1.0`, `>=cat/pn-2`) selects, optionally of one profile. */
export function historyOf(entries: HistoryEntry[], atom: string, profile?: string): HistoryEntry[] {
  const parsed = tryParseAtom(atom.includes('/') && !/^[<>=~]/.test(atom) && packageOf(atom) ? `=${atom}` : atom);
  if (!parsed.ok) return [];
  return entries.filter((e) => {
    const p = packageOf(e.cpv);
    if (!p || (profile && e.profile !== profile)) return false;
    const [category, pv] = e.cpv.split('/');
    const split = splitPackageVersion(pv)!;
    return atomMatches({ ...parsed.atom, repo: undefined }, { category, pn: split.pn, version: split.version });
  });
}

/** One line per build, newest last, and the estimate per profile. */
export function formatHistory(entries: HistoryEntry[], atom: string): string {
  if (!entries.length) return `No builds of ${atom} recorded yet.\n`;
  const rows = [['ended', 'atom', 'profile', 'result', 'duration']];
  for (const e of entries) {
    rows.push([new Date(e.endedAt).toISOString().replace('T', ' ').slice(0, 19), e.cpv + (e.repo ? `::${e.repo}` : ''), e.profile, e.state, formatSeconds(e.durationMs)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const table = rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n');
  const profiles = [...new Set(entries.map((e) => e.profile))].sort();
  const estimates = profiles.map((p) => {
    const est = estimateDuration(entries, entries[entries.length - 1].cpv, p);
    return `${atom} with ${p}: ${est ? describeEstimate(est, p) : 'no successful build yet'}`;
  });
  return `${table}\n\n${estimates.join('\n')}\n`;
}

/** The CLI's history file in the state folder (binpkgCache.ts's stateDir()). */
export function historyFile(stateDirectory: string): string {
  return path.join(stateDirectory, 'history.json');
}

function isEntry(e: unknown): e is HistoryEntry {
  const x = e as HistoryEntry;
  return Boolean(x) && typeof x.cpv === 'string' && typeof x.profile === 'string' && typeof x.durationMs === 'number'
    && (x.state === 'succeeded' || x.state === 'failed') && typeof x.endedAt === 'number';
}

/** Reads the entries (none when the file is missing or not ours). */
export async function readHistory(file: string): Promise<HistoryEntry[]> {
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as { entries?: unknown[] };
    return Array.isArray(data.entries) ? data.entries.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Adds one entry, written atomically (a reader never sees half a file). */
export async function recordHistory(file: string, entry: HistoryEntry): Promise<void> {
  const entries = addToHistory(await readHistory(file), entry);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(3).toString('hex')}`;
  await fs.writeFile(temp, JSON.stringify({ entries }, null, 1));
  await fs.rename(temp, file);
}
