/**
 * Finds the Portage repositories (overlays) in the workspace folders: any directory with
 * `profiles/repo_name` and/or `metadata/layout.conf`. Symlinks are followed (each real directory is
 * visited once, so loops end and an overlay reached twice counts once). Problems are collected, not thrown.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { isValidRepoName } from './atom';
import type { Overlay } from './buildModel';
import { layoutMasters, repositoryName } from './repoFiles';
import { UserError } from './userError';

/** A problem found while looking for overlays; `path` is the directory or file concerned. */
export class OverlayProblem extends UserError {
  constructor(message: string, action: string, code: string, readonly path: string, readonly otherPath?: string) {
    super(message, action, code);
  }
}

export interface DiscoverOverlaysOptions {
  /** More directories to search (e.g. overlays outside the workspace named in settings). */
  extraPaths?: string[];
  /** How many directory levels below each root to look (default 5). */
  maxDepth?: number;
  /** Artifacts folder, relative to each workspace folder unless absolute; never searched (default `artifacts`). */
  artifactsFolder?: string;
}

export interface OverlayDiscovery {
  overlays: Overlay[];
  problems: OverlayProblem[];
}

const SKIPPED_NAMES = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Inside an overlay these hold no nested overlay, so they are not searched (keeps big trees fast). */
const OVERLAY_SKIPPED = new Set(['profiles', 'metadata', 'eclass', 'licenses', 'distfiles', 'packages', 'files']);

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

interface OverlayInfo {
  name?: string;
  masters: string[];
  categories?: Set<string>;
}

/** Reads the name files of `dir`; undefined when `dir` is not an overlay. Problems go to `problems`. */
async function readOverlayInfo(dir: string, problems: OverlayProblem[]): Promise<OverlayInfo | undefined> {
  const repoNameFile = path.join(dir, 'profiles', 'repo_name');
  const layoutFile = path.join(dir, 'metadata', 'layout.conf');
  let repoName: string | undefined;
  let layout: string | undefined;
  try {
    repoName = await readText(repoNameFile);
    layout = await readText(layoutFile);
  } catch (e) {
    const which = repoName === undefined ? repoNameFile : layoutFile;
    problems.push(new OverlayProblem(`Cannot read ${which}: ${(e as Error).message}.`, 'Make the file readable (and a regular file) so the overlay name can be read.', 'unreadable-overlay-file', dir));
    return undefined;
  }
  if (repoName === undefined && layout === undefined) return undefined;
  const { name: named, fromFile, fromLayout } = repositoryName(repoName, layout);
  const masters = layoutMasters(layout);
  if (fromFile && fromLayout && fromFile !== fromLayout) {
    problems.push(new OverlayProblem(
      `Overlay ${dir} has two names: "${fromFile}" in profiles/repo_name and "${fromLayout}" in metadata/layout.conf; "${fromLayout}" is used, as Portage does.`,
      'Make profiles/repo_name and the repo-name line of metadata/layout.conf agree.', 'overlay-name-conflict', dir));
  }
  const name = named;
  if (!name) {
    problems.push(new OverlayProblem(
      `${dir} looks like an overlay (it has ${repoName !== undefined ? 'an empty profiles/repo_name' : 'metadata/layout.conf'}) but has no repository name.`,
      `Add the name as the first line of ${repoNameFile}, or "repo-name = <name>" to ${layoutFile}.`, 'overlay-without-name', dir));
    return undefined;
  }
  if (!isValidRepoName(name)) {
    problems.push(new OverlayProblem(
      `Overlay ${dir} has an invalid repository name "${name}".`,
      'Use letters, digits, "_" and "-" (not first), not ending in something like a version.', 'invalid-repo-name', dir));
    return undefined;
  }
  const cats = await readText(path.join(dir, 'profiles', 'categories')).catch(() => undefined);
  const categories = cats ? new Set(cats.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) : undefined;
  return { name, masters, categories };
}

export async function discoverOverlays(workspaceFolders: string[], options: DiscoverOverlaysOptions = {}): Promise<OverlayDiscovery> {
  const maxDepth = options.maxDepth ?? 5;
  const overlays: Overlay[] = [];
  const problems: OverlayProblem[] = [];
  const visited = new Set<string>();
  const byName = new Map<string, Overlay>();
  const skipped = new Set(workspaceFolders.map((w) => path.resolve(w, options.artifactsFolder ?? 'artifacts')));

  async function visit(dir: string, depth: number, workspaceFolder: string, inOverlay: OverlayInfo | undefined): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      problems.push(new OverlayProblem(`Cannot resolve ${dir}: ${(e as Error).message}.`, 'Fix or remove the broken link.', 'unreadable-directory', dir));
      return;
    }
    if (visited.has(real) || skipped.has(real) || skipped.has(dir)) return;
    visited.add(real);
    const info = await readOverlayInfo(dir, problems);
    if (info?.name) {
      const overlay: Overlay = { name: info.name, path: dir, realPath: real, masters: info.masters, workspaceFolder };
      const first = byName.get(info.name);
      if (first) {
        problems.push(new OverlayProblem(
          `Two overlays are named "${info.name}": ${first.path} and ${dir}.`,
          `Rename one of them (profiles/repo_name or repo-name in metadata/layout.conf), or remove one from the workspace.`,
          'duplicate-repo-name', dir, first.path));
      } else {
        byName.set(info.name, overlay);
        overlays.push(overlay);
      }
    }
    if (depth >= maxDepth) return;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(new OverlayProblem(`Cannot list ${dir}: ${(e as Error).message}.`, 'Make the folder readable, or exclude it from the workspace.', 'unreadable-directory', dir));
      return;
    }
    const scope = info ?? inOverlay;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (SKIPPED_NAMES.has(entry.name)) continue;
      if (scope && (OVERLAY_SKIPPED.has(entry.name) || scope.categories?.has(entry.name))) continue;
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(child, depth + 1, workspaceFolder, scope);
      else if (entry.isSymbolicLink()) {
        const st = await fs.stat(child).catch(() => undefined);
        if (st?.isDirectory()) await visit(child, depth + 1, workspaceFolder, scope);
      }
    }
  }

  for (const folder of workspaceFolders) await visit(path.resolve(folder), 0, path.resolve(folder), undefined);
  for (const extra of options.extraPaths ?? []) {
    const p = path.resolve(extra);
    const owner = workspaceFolders.map((w) => path.resolve(w)).find((w) => !path.relative(w, p).startsWith('..')) ?? p;
    await visit(p, 0, owner, undefined);
  }
  return { overlays, problems };
}

/**
 * Masters of `overlay` that are neither in `overlays` nor `gentoo` (the tree the builder provides):
 * Portage refuses such a repository, so callers can warn before a build.
 */
export function missingMasters(overlay: Overlay, overlays: Overlay[]): string[] {
  return overlay.masters.filter((m) => m !== 'gentoo' && !overlays.some((o) => o.name === m));
}
