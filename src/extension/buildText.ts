/** Pure text for showing builds (no vscode import, unit-tested): atoms, engine names, durations, commands. */
import * as path from 'node:path';

/** `cat/pkg-ver` from `<overlay>/<cat>/<pn>/<pn>-<ver>.ebuild`. */
export function atomOfEbuild(ebuildPath: string): string {
  const file = path.basename(ebuildPath).replace(/\.ebuild$/, '');
  const category = path.basename(path.dirname(path.dirname(ebuildPath)));
  return `${category}/${file}`;
}

/** Short engine name for lists: `local` for a socket on this machine, else the host (`ssh://builder@box` → `builder@box`). */
export function engineLabel(url: string): string {
  if (!url || url.startsWith('unix://') || url.startsWith('npipe://')) return 'local';
  return url.replace(/^[a-z]+:\/\//, '').replace(/\/$/, '');
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** argv as a reader would type it: arguments with spaces or quotes are single-quoted. */
export function quoteArgv(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
