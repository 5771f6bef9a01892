/**
 * The binary packages in an artifacts folder, from their paths alone (cheap enough to rescan on every change):
 * `<cat>/<pf>.tbz2`, `<cat>/<pf>.gpkg.tar`, and the multi-instance forms `<cat>/<pn>/<pf>-<N>.{xpak,gpkg.tar}`.
 * No `vscode` here, so it is unit-tested.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { splitPackageVersion } from '../../core/atom';

export interface ArtifactEntry {
  file: string;
  category: string;
  /** `hello-1.0-r1`. */
  pf: string;
  pn: string;
  version: string;
  buildId?: number;
  format: 'gpkg' | 'xpak';
  size: number;
  mtime: number;
}

const EXT = /\.(gpkg\.tar|tbz2|xpak)$/;

/** Reads a package's identity from its path relative to the artifacts folder; undefined for other files. */
export function describeArtifact(relative: string, size = 0, mtime = 0, root = ''): ArtifactEntry | undefined {
  const parts = relative.split(/[\\/]/).filter(Boolean);
  const name = parts[parts.length - 1] ?? '';
  const ext = EXT.exec(name);
  if (!ext || parts.length < 2 || parts.some((p) => p.startsWith('.'))) return undefined;
  const format = ext[1] === 'gpkg.tar' ? 'gpkg' : 'xpak';
  let stem = name.slice(0, -ext[0].length);
  const category = parts[0];
  let buildId: number | undefined;
  // `<cat>/<pn>/<pf>-<N>.ext`: the folder names the package, the last number is the build id.
  if (parts.length === 3) {
    const m = /^(.*)-(\d+)$/.exec(stem);
    if (m && m[1].startsWith(`${parts[1]}-`) && splitPackageVersion(m[1])) { stem = m[1]; buildId = Number(m[2]); }
  }
  const split = splitPackageVersion(stem);
  if (!split) return undefined;
  return { file: path.join(root, ...parts), category, pf: stem, pn: split.pn, version: split.version, buildId, format, size, mtime };
}

/** Every package under `root` (sorted by category, name, version, build id); a missing folder is empty. */
export async function listArtifacts(root: string, maxDepth = 3): Promise<ArtifactEntry[]> {
  const out: ArtifactEntry[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory() && depth < maxDepth) await walk(p, depth + 1);
      else if (e.isFile() && EXT.test(e.name)) {
        const st = await fs.stat(p).catch(() => undefined);
        const a = st && describeArtifact(path.relative(root, p), st.size, st.mtimeMs, root);
        if (a) out.push(a);
      }
    }
  };
  await walk(root, 1);
  return out.sort((a, b) => a.category.localeCompare(b.category) || a.pn.localeCompare(b.pn)
    || a.version.localeCompare(b.version, undefined, { numeric: true }) || (a.buildId ?? 0) - (b.buildId ?? 0));
}

/** `12.3 KiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
