/**
 * Adding the line emerge proposed (`>=app-misc/libfoo-1.0 ssl`) to a Portage override file without
 * disturbing anything else in it: every existing byte stays (comments, CRLF, tabs, a missing final
 * newline), the file's line-end style is reused, and a line already present is never added again.
 * Also decides which file gets the line (`package.use` file, or a file inside `package.use/`).
 */
import { basename, join } from 'node:path';
import type { OverrideKind, OverrideSet } from './buildModel';

export interface AppendOptions {
  /** Comment lines to put above the entry (`# required by …`); ones already in the file are skipped. */
  comments?: string[];
}

/** Whitespace-insensitive identity of a line (`>=a/b-1  ssl` equals `>=a/b-1 ssl`). */
function key(line: string): string {
  return line.trim().split(/\s+/).join(' ');
}

/** Returns the new text, or `'unchanged'` when the entry is already there (or empty). */
export function appendOverrideLine(text: string, entry: string, opts: AppendOptions = {}): string | 'unchanged' {
  const want = key(entry);
  if (want === '' || want.includes('\n') || want.includes('\r')) return 'unchanged';
  const existing = new Set(text.split('\n').map((l) => key(l.replace(/\r$/, ''))));
  if (existing.has(want)) return 'unchanged';
  const eol = lineEnding(text);
  const added: string[] = [];
  for (const c of opts.comments ?? []) {
    const k = key(c);
    if (k === '' || /[\r\n]/.test(c) || existing.has(k)) continue;
    existing.add(k);
    added.push(k.startsWith('#') ? c.trim() : `# ${c.trim()}`);
  }
  added.push(entry.trim());
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  return text + sep + added.join(eol) + eol;
}

/** Same on raw bytes, so bytes that are not valid UTF-8 survive too. */
export function appendOverrideLineBytes(bytes: Buffer, entry: string, opts: AppendOptions = {}): Buffer | 'unchanged' {
  // latin1 maps every byte to one char and back; the new text is UTF-8 encoded first.
  const asLatin1 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');
  const r = appendOverrideLine(bytes.toString('latin1'), asLatin1(entry), { comments: opts.comments?.map(asLatin1) });
  return r === 'unchanged' ? r : Buffer.from(r, 'latin1');
}

/** The file's dominant line end (CRLF if most lines use it), LF for a new file. */
export function lineEnding(text: string): '\n' | '\r\n' {
  const lf = (text.match(/\n/g) ?? []).length;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
}

export type OverrideLayout = 'gentoo' | 'sabayon';

export interface OverrideTarget {
  /** The file to append to. */
  path: string;
  /** The file does not exist yet. */
  create: boolean;
  /** Directory to create first, when the file goes in a directory that does not exist. */
  createDir?: string;
}

/** Sabayon's builder names keyword overrides `package.keywords/custom.keywords`. */
function sabayonName(kind: OverrideKind): string {
  return kind === 'accept_keywords' ? 'keywords' : kind;
}

/**
 * Which file gets a `kind` line. An existing `package.<kind>` file is used as is. For a directory:
 * Sabayon layout → `custom.<kind>` in it; Gentoo → the last file in lexical order (what
 * `--autounmask-write` picks), else `zz-autounmask`. Nothing there → create the layout's default.
 * `dirEntries` lists the names inside each directory source, by its path.
 */
export function overrideTarget(
  set: OverrideSet,
  kind: OverrideKind,
  layout: OverrideLayout,
  dirEntries: Map<string, string[]> = new Map(),
): OverrideTarget {
  const sources = set.sources.filter((s) => s.kind === kind);
  const file = sources.find((s) => !s.isDirectory);
  const dir = sources.find((s) => s.isDirectory);
  if (dir) {
    const names = (dirEntries.get(dir.path) ?? []).filter((n) => !n.startsWith('.') && !n.endsWith('~') && !/\.(bak|orig|rej|swp)$/.test(n));
    if (layout === 'sabayon') {
      const name = `custom.${sabayonName(kind)}`;
      return { path: join(dir.path, name), create: !names.includes(name) };
    }
    const last = [...names].sort().pop();
    return last ? { path: join(dir.path, last), create: false } : { path: join(dir.path, 'zz-autounmask'), create: true };
  }
  if (file) return { path: file.path, create: false };
  if (layout === 'sabayon') {
    const d = join(set.root, `package.${sabayonName(kind)}`);
    return { path: join(d, `custom.${sabayonName(kind)}`), create: true, createDir: d };
  }
  return { path: join(set.root, `package.${kind}`), create: true };
}

/** `package.use` → `use`, `package.accept_keywords`/`package.keywords` → `accept_keywords`. */
export function overrideKindOfFile(file: string): OverrideKind | undefined {
  const m = /^package\.(use|mask|unmask|env|accept_keywords|keywords|license)$/.exec(basename(file));
  if (!m) return undefined;
  return m[1] === 'keywords' ? 'accept_keywords' : (m[1] as OverrideKind);
}
