/**
 * What changed between two builds of a package: metadata values, USE flags turned on or off, dependency
 * atoms added or removed, and files added, removed or changed (size, mode, type, link target).
 */
import { DEP_KEYS, parseDepString, type DepNode } from './metadata';
import type { BinaryPackage, BinpkgFile } from './readPackage';

export interface PackageComparison {
  /** Metadata keys whose text differs (build-specific keys such as BUILD_TIME included). */
  metadata: { key: string; before?: string; after?: string }[];
  use: { enabled: string[]; disabled: string[] };
  /** Per dependency key, atoms only in the new build (added) or only in the old one (removed). */
  dependencies: { key: string; added: string[]; removed: string[] }[];
  files: { added: BinpkgFile[]; removed: BinpkgFile[]; changed: { before: BinpkgFile; after: BinpkgFile; what: string[] }[] };
}

function atoms(nodes: DepNode[], out: Set<string> = new Set()): Set<string> {
  for (const n of nodes) {
    if (n.kind === 'atom') out.add(n.text);
    else {
      const prefix = n.kind === 'use' ? `${n.negated ? '!' : ''}${n.flag}? ` : '';
      for (const a of atoms(n.children)) out.add(prefix + a);
    }
  }
  return out;
}

export function comparePackages(before: BinaryPackage, after: BinaryPackage): PackageComparison {
  const keys = [...new Set([...Object.keys(before.metadata), ...Object.keys(after.metadata)])].sort();
  const metadata = keys
    .filter((k) => before.metadata[k] !== after.metadata[k])
    .map((key) => ({ key, before: before.metadata[key], after: after.metadata[key] }));
  const was = new Set(before.use.enabled);
  const now = new Set(after.use.enabled);
  const use = { enabled: [...now].filter((f) => !was.has(f)), disabled: [...was].filter((f) => !now.has(f)) };
  const dependencies = DEP_KEYS.map((key) => {
    const a = atoms(parseDepString(before.metadata[key] ?? ''));
    const b = atoms(parseDepString(after.metadata[key] ?? ''));
    return { key, added: [...b].filter((x) => !a.has(x)), removed: [...a].filter((x) => !b.has(x)) };
  }).filter((d) => d.added.length || d.removed.length);
  const old = new Map(before.files.map((f) => [f.path, f]));
  const cur = new Map(after.files.map((f) => [f.path, f]));
  const changed: PackageComparison['files']['changed'] = [];
  for (const [path, f] of cur) {
    const o = old.get(path);
    if (!o) continue;
    const what = (['type', 'size', 'mode', 'linkTarget'] as const).filter((k) => o[k] !== f[k]);
    if (what.length) changed.push({ before: o, after: f, what });
  }
  return {
    metadata, use, dependencies,
    files: { added: after.files.filter((f) => !old.has(f.path)), removed: before.files.filter((f) => !cur.has(f.path)), changed },
  };
}
