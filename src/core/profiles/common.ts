/** Pieces every builder profile shares: labels, cache volumes, override sources by container path. */
import * as path from 'node:path';
import { BINPKG_RESPECT_ARGS } from '../binpkgCache';
import type { BuildConfig } from '../buildConfig';
import { LABEL_ATOM, LABEL_BUILD, LABEL_PROFILE, LABEL_WORKSPACE, type BuildRequest, type OverrideKind, type OverrideSource } from '../buildModel';

export function buildLabels(request: BuildRequest, buildId: string): Record<string, string> {
  return {
    [LABEL_BUILD]: buildId,
    [LABEL_ATOM]: request.atom,
    [LABEL_WORKSPACE]: request.workspaceFolder,
    [LABEL_PROFILE]: request.profile,
  };
}

/**
 * Docker's default profile withholds what Portage's namespace sandboxes need (each build would print "Unable to
 * unshare: EPERM" and go on without them): both profiles turn those FEATURES off and keep `sandbox`, which needs
 * only LD_PRELOAD, instead of granting SYS_ADMIN. FEATURES from the environment add to make.conf's.
 */
export const NAMESPACE_FEATURES_OFF = '-ipc-sandbox -network-sandbox -pid-sandbox -mount-sandbox';
export const namespaceFeaturesNote = `FEATURES ${NAMESPACE_FEATURES_OFF}: Portage's namespace sandboxes need capabilities Docker withholds`;

/** Named cache volumes: one per profile family and purpose, shared by every workspace of this machine. */
export function cacheVolume(family: string, purpose: 'distfiles' | 'binpkgs' | 'ccache' | 'entropy'): string {
  return `ebuild-builder-${family}-${purpose}`;
}

/** The sources of one kind, each with its path below `package.<kind>/` (a file source: its own name). */
export function sourcesOfKind(request: BuildRequest, kind: OverrideKind): { source: OverrideSource; relative: string }[] {
  return request.overrides.sources
    .filter((s) => s.kind === kind)
    .map((source) => {
      const rel = path.relative(request.overrides.root, source.path).split(path.sep);
      return { source, relative: source.isDirectory ? rel.slice(1).join('/') : rel[0] };
    });
}

/** The user's FEATURES and BUILDER_JOBS etc.: only what the user set, never hard-coded defaults. */
export function userEnv(config: BuildConfig, request: BuildRequest): Record<string, string> {
  return { ...config.env, ...request.env };
}

/** `tty` on: Portage colours; `NOCOLOR` is left to the user (`env`). */
export function baseSpecFields(config: BuildConfig): { tty: boolean; network?: string; limits: BuildConfig['limits'] } {
  return { tty: config.tty, network: config.network || undefined, limits: config.limits };
}

/**
 * emerge arguments that keep binary packages to what matches this build (binpkgCache.ts): the atoms under test and
 * the stale packages of the workspace never come from one; USE and dependency changes are checked by Portage.
 */
export function binpkgArgs(request: BuildRequest): string[] {
  const exclude = request.binpkgCache?.exclude ?? [`${request.category}/${request.pn}`];
  // One option per name: the Sabayon builder splits its arguments on spaces.
  return [...BINPKG_RESPECT_ARGS, ...exclude.map((name) => `--usepkg-exclude=${name}`)];
}

/** The binary-package cache volume at `containerPath`, when this build has one (prepareBuild plans it). */
export function binpkgVolume(request: BuildRequest, containerPath: string): { name: string; containerPath: string }[] {
  return request.caches.binpkgs && request.binpkgCache ? [{ name: request.binpkgCache.volume, containerPath }] : [];
}

/** One header line saying which binary packages this build may use. */
export function binpkgNote(request: BuildRequest): string {
  const own = `${request.category}/${request.pn}`;
  // The package being built first: that it is never taken from a binary is what the reader looks for.
  const exclude = [own, ...(request.binpkgCache?.exclude ?? []).filter((n) => n !== own)];
  const cache = request.caches.binpkgs && request.binpkgCache ? `cache volume ${request.binpkgCache.volume}` : 'no cache (ebuildBuilder.caches.binpkgs off)';
  const names = exclude.length > 6 ? `${exclude.slice(0, 5).join(' ')} and ${exclude.length - 5} more of the workspace` : exclude.join(' ');
  return `binary packages: ${cache}; built from source, never from a binary package: ${names}`;
}
