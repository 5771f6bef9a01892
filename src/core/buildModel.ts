/**
 * The plain data that flows from a click (or a CLI call) to the Docker engine:
 * BuildRequest → (builder profile) → ContainerSpec. No vscode, no dockerode.
 */

import type { BinpkgCachePlan } from './binpkgCache';
import type { BuildLimits } from './limits';

/** A Portage repository found in the workspace. */
export interface Overlay {
  /** repo name from profiles/repo_name or metadata/layout.conf `repo-name`. */
  name: string;
  /** Path as found (may go through a symlink). */
  path: string;
  /** Resolved real path (symlinks followed). */
  realPath: string;
  /** `masters` from metadata/layout.conf (empty when absent). */
  masters: string[];
  /** Workspace folder it was found in. */
  workspaceFolder: string;
}

/** Kinds of Portage config overrides, named as the /etc/portage/package.<kind> files. */
export const OVERRIDE_KINDS = ['use', 'mask', 'unmask', 'env', 'accept_keywords', 'license'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export interface OverrideSource {
  kind: OverrideKind;
  /** `package.use`, or a file inside the `package.use/` directory. */
  path: string;
  isDirectory: boolean;
}

/** The overrides folder of one workspace folder (default `.portage/`). */
export interface OverrideSet {
  /** The overrides folder; may not exist (then every list is empty). */
  root: string;
  sources: OverrideSource[];
  /** `env/` folder holding package.env targets, when present. */
  envDir?: string;
  /** The files under `env/` (absolute paths, Portage's order), when it is present. */
  envFiles?: string[];
  /** Optional make.conf fragment. */
  makeConf?: string;
}

export interface BuildRequest {
  ebuildPath: string;
  /** `=cat/pn-ver::repo` */
  atom: string;
  category: string;
  /** Package name (PN). */
  pn: string;
  /** Version with revision (PVR). */
  pvr: string;
  /** The overlay that holds the ebuild. */
  overlay: Overlay;
  /** Every overlay of the workspace (the ebuild's own included). */
  overlays: Overlay[];
  overrides: OverrideSet;
  /** Profile name: `sabayon`, `gentoo` or a user-defined one. */
  profile: string;
  /** User env for the builder (BUILDER_JOBS, FEATURES, ...). Only what the user set. */
  env: Record<string, string>;
  /** Extra emerge arguments from settings/flags. */
  emergeArgs: string[];
  /** Image override (else the profile's default or setting). */
  image?: string;
  /** Use named cache volumes (distfiles, binpkgs, ccache). */
  caches: { distfiles: boolean; binpkgs: boolean; ccache: boolean };
  /** Where binary packages end up on this machine. */
  artifactsDir: string;
  /** Workspace folder (labels, cache names). */
  workspaceFolder: string;
  /** The binary-package cache of this build and what it must not take from it (binpkgCache.ts); set by prepareBuild. */
  binpkgCache?: BinpkgCachePlan;
}

/** Something the container must see. A transport decides how: bind mount (local) or upload (remote). */
export type ContainerInput = (
  | { kind: 'dir'; hostPath: string; containerPath: string }
  | { kind: 'file'; hostPath: string; containerPath: string }
  | { kind: 'content'; content: string; containerPath: string; mode?: number }
) & {
  /** Where it comes from, in the user's terms (a workspace file, a setting), for errors about it. */
  origin?: string;
};

export interface ContainerSpec {
  image: string;
  /** Replaces the image's ENTRYPOINT when set. */
  entrypoint?: string[];
  /** Arguments (CMD). Always an array: never a shell string. */
  argv: string[];
  env: Record<string, string>;
  /** Sources the build reads (read-only). */
  inputs: ContainerInput[];
  /** Container directory whose contents are the build's binary packages. */
  packagesDir: string;
  /**
   * True when packagesDir is a shared cache volume: only packages this build made are collected (those whose
   * saved environment holds its build id, buildMark.ts), and always through the engine's archive API.
   */
  packagesDirIsCache: boolean;
  /** Build logs to bring back after a failure (files or folders, container paths; no globs). */
  logPaths: string[];
  /** Named volumes for caches: volume name → container path. */
  volumes: { name: string; containerPath: string; readOnly?: boolean }[];
  /** Never-started containers whose volumes to mount (the Gentoo tree snapshot), made from `image` when missing. */
  volumesFrom: { container: string; image: string }[];
  labels: Record<string, string>;
  capAdd: string[];
  securityOpt: string[];
  /** Bounds of the container; the runner applies the defaults when absent. */
  limits?: BuildLimits;
  tty: boolean;
  /** Docker network mode; undefined: the engine's default. */
  network?: string;
  /** Run Docker's init as PID 1 so a stop signal reaches the build (images without tini). */
  init: boolean;
  /** Human-readable description of the choices made (shown in the terminal header). */
  notes: string[];
}

export const LABEL_BUILD = 'ebuild-builder.build';
export const LABEL_ATOM = 'ebuild-builder.atom';
export const LABEL_WORKSPACE = 'ebuild-builder.workspace';
export const LABEL_PROFILE = 'ebuild-builder.profile';
/** `host:pid` of the process that started the container: `clean` leaves the running ones of live processes alone. */
export const LABEL_OWNER = 'ebuild-builder.owner';
