/** Builds throw-away directory trees for tests that touch the file system. */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Map of relative path → file content; a value `{ link: target }` makes a symlink, `{ dir: true }` an empty folder. */
export type Tree = Record<string, string | { link: string } | { dir: true }>;

export function writeTree(root: string, tree: Tree): void {
  for (const [rel, value] of Object.entries(tree)) {
    const p = path.join(root, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    if (typeof value === 'string') writeFileSync(p, value);
    else if ('link' in value) symlinkSync(value.link, p);
    else mkdirSync(p, { recursive: true });
  }
}

/** A fresh temp dir whose name has a space and non-ASCII, removed by `dispose`. */
export function makeTempDir(prefix = 'eb tëst '): { root: string; dispose: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** A minimal overlay: name files plus the given ebuilds (`cat/pn/pn-ver.ebuild`). */
export function overlayTree(prefix: string, name: string | undefined, ebuilds: string[] = [], masters?: string): Tree {
  const t: Tree = {};
  if (name !== undefined) t[`${prefix}/profiles/repo_name`] = `${name}\n`;
  if (masters !== undefined) t[`${prefix}/metadata/layout.conf`] = `masters = ${masters}\nthin-manifests = true\n`;
  for (const e of ebuilds) t[`${prefix}/${e}`] = 'EAPI=8\n';
  return t;
}
