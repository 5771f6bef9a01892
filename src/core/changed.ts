/**
 * "What changed" between two commits of an overlay repository, as plain data: given the changed paths
 * (from `git diff --name-status`), the files at HEAD and a way to read some of them, decide which ebuilds
 * to build (their own file, their package's `files/` or `Manifest`, or an eclass they inherit within the
 * overlay changed), which were deleted, and in which order to build them (dependencies first).
 * No git here: core/gitChanges.ts runs git and feeds this.
 */
import { orderByDependencies } from './dependencyOrder';
import { isValidVersion } from './version';
import { repositoryName } from './repoFiles';

export interface FileChange {
  /** git's status letter: A added, M modified, D deleted, T type change (renames come as D + A). */
  status: string;
  /** Repository-relative path with `/` separators. */
  path: string;
}

/** An overlay inside the repository: its root (repo-relative, '' for the repo root) and repo name. */
export interface OverlayRoot {
  root: string;
  name: string;
}

export interface ChangedEbuild {
  /** `=cat/pn-ver::repo` */
  atom: string;
  category: string;
  pn: string;
  /** Version with revision (PVR). */
  version: string;
  /** Repository-relative ebuild path. */
  path: string;
  overlay: string;
  /** Why it is listed, e.g. `ebuild added`, `files/fix.patch changed`, `eclass foo.eclass changed`. */
  reasons: string[];
}

export interface ChangePlan {
  /** Ebuilds to build, dependencies first. */
  build: ChangedEbuild[];
  /** Ebuilds removed between the two commits: reported, never built. */
  deleted: ChangedEbuild[];
  /** Groups of changed ebuilds that depend on each other in a circle (built in atom order). */
  cycles: string[][];
  /** The same ebuilds in dependency levels: a level needs only earlier ones (builds side by side on a swarm). */
  levels: ChangedEbuild[][];
}

/** Finds overlay roots among the repository's files (a `profiles/repo_name` or `metadata/layout.conf`). */
export function overlayRootsIn(files: string[]): string[] {
  const roots = new Set<string>();
  for (const f of files) {
    const m = /^(?:(.*)\/)?(?:profiles\/repo_name|metadata\/layout\.conf)$/.exec(f);
    if (m) roots.add(m[1] ?? '');
  }
  return [...roots].sort();
}

/** The repo name as Portage reads it (layout.conf's `repo-name`, else profiles/repo_name), else the folder name. */
export function overlayName(root: string, repoName: string | undefined, layoutConf: string | undefined): string {
  return repositoryName(repoName, layoutConf).name ?? (root.split('/').pop() || 'LocalOverlay');
}

function overlayOf(path: string, overlays: OverlayRoot[]): { overlay: OverlayRoot; rel: string } | undefined {
  let best: OverlayRoot | undefined;
  for (const o of overlays) {
    if (o.root === '' || path.startsWith(o.root + '/')) {
      if (!best || o.root.length > best.root.length) best = o;
    }
  }
  if (!best) return undefined;
  return { overlay: best, rel: best.root === '' ? path : path.slice(best.root.length + 1) };
}

/** `cat/pn/pn-ver.ebuild` (overlay-relative) → its parts, or undefined for anything else. */
export function ebuildParts(rel: string): { category: string; pn: string; version: string } | undefined {
  const m = /^([A-Za-z0-9+_.][A-Za-z0-9+_.-]*)\/([A-Za-z0-9+_][A-Za-z0-9+_-]*)\/([^/]+)\.ebuild$/.exec(rel);
  if (!m) return undefined;
  const [, category, pn, base] = m;
  if (!base.startsWith(pn + '-')) return undefined;
  const version = base.slice(pn.length + 1);
  return isValidVersion(version) ? { category, pn, version } : undefined;
}

function ebuildAt(path: string, overlays: OverlayRoot[]): ChangedEbuild | undefined {
  const where = overlayOf(path, overlays);
  const parts = where && ebuildParts(where.rel);
  if (!where || !parts) return undefined;
  const { category, pn, version } = parts;
  return { atom: `=${category}/${pn}-${version}::${where.overlay.name}`, category, pn, version, path, overlay: where.overlay.name, reasons: [] };
}

/** Eclass names an ebuild or eclass inherits (`inherit a b \` continued lines included). */
export function inheritedEclasses(text: string): string[] {
  const out: string[] = [];
  // Comments out (a `# we inherit foo` line is not an inherit), continuation lines joined.
  const joined = text.replace(/(^|\s)#.*$/gm, '$1').replace(/\\\r?\n/g, ' ');
  for (const m of joined.matchAll(/(?:^|[\s;&|])inherit[ \t]+([^\n;&|#]*)/gm)) {
    for (const w of m[1].split(/\s+/)) if (/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(w)) out.push(w);
  }
  return out;
}

/** Which files the planner must read: changed ebuilds, and every ebuild/eclass of an overlay whose eclass changed. */
export function filesToRead(changes: FileChange[], overlays: OverlayRoot[], headFiles: string[]): string[] {
  const want = new Set<string>();
  const scanOverlays = new Set<string>();
  for (const c of changes) {
    const where = overlayOf(c.path, overlays);
    if (!where) continue;
    if (/^eclass\/[^/]+\.eclass$/.test(where.rel)) scanOverlays.add(where.overlay.root);
  }
  const head = new Set(headFiles);
  for (const c of changes) if (c.path.endsWith('.ebuild') && head.has(c.path)) want.add(c.path);
  for (const f of headFiles) {
    const where = overlayOf(f, overlays);
    if (!where || !scanOverlays.has(where.overlay.root)) continue;
    if (f.endsWith('.ebuild') || /^eclass\/[^/]+\.eclass$/.test(where.rel)) want.add(f);
  }
  // Package files/ or Manifest changes need every ebuild of that package for dependency order.
  for (const c of changes) {
    const where = overlayOf(c.path, overlays);
    const m = where && /^([^/]+\/[^/]+)\/(files\/|Manifest$)/.exec(where.rel);
    if (!m || !where) continue;
    const prefix = (where.overlay.root ? where.overlay.root + '/' : '') + m[1] + '/';
    for (const f of headFiles) if (f.startsWith(prefix) && f.endsWith('.ebuild') && !f.slice(prefix.length).includes('/')) want.add(f);
  }
  return [...want].sort();
}

/**
 * The plan: which ebuilds to build (in dependency order) and which were deleted.
 * `read` returns a file's text at HEAD for the paths `filesToRead` named (undefined when absent).
 */
export function planChanges(
  changes: FileChange[],
  overlays: OverlayRoot[],
  headFiles: string[],
  read: (path: string) => string | undefined,
): ChangePlan {
  const build = new Map<string, ChangedEbuild>();
  const deleted: ChangedEbuild[] = [];
  const add = (path: string, reason: string) => {
    const e = build.get(path) ?? ebuildAt(path, overlays);
    if (!e) return;
    if (!e.reasons.includes(reason)) e.reasons.push(reason);
    build.set(path, e);
  };
  const head = new Set(headFiles);
  const changedEclasses = new Map<string, Set<string>>(); // overlay root → eclass names

  for (const c of changes) {
    const where = overlayOf(c.path, overlays);
    if (!where) continue;
    const { rel, overlay } = where;
    const eb = ebuildParts(rel);
    if (eb) {
      if (c.status.startsWith('D') || !head.has(c.path)) {
        const e = ebuildAt(c.path, overlays);
        if (e) deleted.push({ ...e, reasons: ['ebuild deleted'] });
      } else add(c.path, c.status.startsWith('A') ? 'ebuild added' : 'ebuild changed');
      continue;
    }
    const pkg = /^([^/]+\/[^/]+)\/(files\/.+|Manifest)$/.exec(rel);
    if (pkg) {
      const prefix = (overlay.root ? overlay.root + '/' : '') + pkg[1] + '/';
      for (const f of headFiles) {
        if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/') && f.endsWith('.ebuild')) add(f, `${pkg[2]} changed`);
      }
      continue;
    }
    const ec = /^eclass\/([^/]+)\.eclass$/.exec(rel);
    if (ec) {
      const set = changedEclasses.get(overlay.root) ?? new Set<string>();
      set.add(ec[1]);
      changedEclasses.set(overlay.root, set);
    }
  }

  for (const [root, names] of changedEclasses) {
    const affected = eclassClosure(root, names, headFiles, overlays, read);
    for (const f of headFiles) {
      const where = overlayOf(f, overlays);
      if (!where || where.overlay.root !== root || !ebuildParts(where.rel)) continue;
      const text = read(f);
      if (text === undefined) continue;
      for (const name of inheritedEclasses(text)) {
        if (affected.has(name)) add(f, `eclass ${affected.get(name)} changed`);
      }
    }
  }

  const ordered = orderByDependencies([...build.values()], read);
  deleted.sort((a, b) => a.atom.localeCompare(b.atom));
  return { build: ordered.order, deleted, cycles: ordered.cycles, levels: ordered.levels };
}

/** Changed eclasses plus every eclass of the overlay that inherits one of them: name → the changed one. */
function eclassClosure(root: string, changed: Set<string>, headFiles: string[], overlays: OverlayRoot[], read: (p: string) => string | undefined): Map<string, string> {
  const result = new Map<string, string>();
  for (const n of changed) result.set(n, `${n}.eclass`);
  const inherits = new Map<string, string[]>();
  for (const f of headFiles) {
    const where = overlayOf(f, overlays);
    const m = where && where.overlay.root === root ? /^eclass\/([^/]+)\.eclass$/.exec(where.rel) : null;
    if (!m) continue;
    inherits.set(m[1], inheritedEclasses(read(f) ?? ''));
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, parents] of inherits) {
      if (result.has(name)) continue;
      const hit = parents.find((p) => result.has(p));
      if (hit) {
        result.set(name, result.get(hit)!);
        grew = true;
      }
    }
  }
  return result;
}
