/**
 * Ebuild path + settings → BuildRequest: finds the overlays of every workspace folder, the atom of the
 * ebuild, and the overrides of the workspace folder that holds it. Throws UserErrors with codes.
 */
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { parseAtom } from './atom';
import type { BuildConfig } from './buildConfig';
import type { BuildRequest } from './buildModel';
import { atomFromEbuildPath, isInside } from './ebuildPath';
import { discoverOverlays, type OverlayDiscovery } from './overlays';
import { discoverOverrides } from './overrides';
import { UserError } from './userError';

export interface MakeBuildRequestOptions {
  workspaceFolders: string[];
  config: BuildConfig;
  /** Overrides `config.profile`. */
  profile?: string;
  /** Already discovered overlays (skips the search, e.g. when the caller keeps them up to date). */
  discovery?: OverlayDiscovery;
}

function realOrSame(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The innermost workspace folder holding `file` (by path, then by real path). */
function workspaceFolderOf(file: string, folders: string[]): string | undefined {
  const resolved = folders.map((f) => path.resolve(f));
  for (const candidate of [file, realOrSame(file)]) {
    const holders = resolved.filter((f) => isInside(f, candidate) || isInside(realOrSame(f), candidate));
    if (holders.length) return holders.sort((a, b) => b.length - a.length)[0];
  }
  return undefined;
}

export async function makeBuildRequest(ebuildPath: string, options: MakeBuildRequestOptions): Promise<BuildRequest> {
  const { config } = options;
  const file = path.resolve(ebuildPath);
  const discovery = options.discovery ?? (await discoverOverlays(options.workspaceFolders, { artifactsFolder: config.artifactsFolder }));
  const { overlays, problems } = discovery;

  let located;
  try {
    located = atomFromEbuildPath(file, overlays);
  } catch (e) {
    // An overlay that was skipped for a problem (no name, unreadable) explains better why the file is "outside".
    const cause = (e as UserError).code === 'not-in-overlay' ? problems.find((p) => isInside(p.path, file) || isInside(p.path, realOrSame(file))) : undefined;
    throw cause ?? e;
  }
  const duplicate = problems.find((p) => p.code === 'duplicate-repo-name');
  if (duplicate) throw duplicate;

  const repo = parseAtom(located.atom).repo;
  if (!repo || !overlays.some((o) => o.name === repo)) {
    throw new UserError(`The repository "${repo}" of ${located.atom} is not among the overlays of the workspace (${overlays.map((o) => o.name).join(', ') || 'none'}).`, 'Add the overlay folder to the workspace.', 'repo-not-in-workspace');
  }

  const workspaceFolder = workspaceFolderOf(file, options.workspaceFolders) ?? located.overlay.workspaceFolder;
  const overrides = await discoverOverrides(workspaceFolder, config.overridesFolder);
  const profile = options.profile ?? config.profile;
  const image = config.images[profile];
  return {
    ebuildPath: file,
    atom: located.atom,
    category: located.category,
    pn: located.pn,
    pvr: located.pvr,
    overlay: located.overlay,
    overlays,
    overrides,
    profile,
    env: { ...config.env },
    emergeArgs: [...config.emergeArgs],
    ...(image ? { image } : {}),
    caches: { ...config.caches },
    artifactsDir: path.resolve(workspaceFolder, config.artifactsFolder),
    workspaceFolder,
  };
}
