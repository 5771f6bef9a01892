/**
 * The user's build settings, one shape for VS Code settings (`ebuildBuilder.*`) and CLI flags.
 * Validated by `validateBuildConfig` (profiles/validate.ts) with messages that name the setting.
 */
export interface CustomProfile {
  /** Image to run. */
  image: string;
  /** argv template; `${atom}` and `${overlays}` (one element per overlay name) are replaced. */
  argv: string[];
  env?: Record<string, string>;
  /** Extra bind mounts, `hostPath:containerPath[:ro]`. */
  mounts?: string[];
  capAdd?: string[];
  /** Container path of the binary packages (default /var/cache/binpkgs). */
  packagesDir?: string;
  /** Where overlays go: `gentoo` layout (/var/db/repos/<name>) or `sabayon` (/usr/local/local_portage). */
  layout?: 'gentoo' | 'sabayon';
}

import { DEFAULT_LIMITS, type BuildLimits } from './limits';

export interface BuildConfig {
  /** `sabayon`, `gentoo` or a key of `profiles`. */
  profile: string;
  /** Image per profile name, overriding the profile's default image. */
  images: Record<string, string>;
  /** Engine URL (`unix://`, `tcp://`, `ssh://`) or Docker context name; empty: as the docker CLI chooses. */
  engine?: string;
  /** Overrides folder, relative to the workspace folder (default `.portage`). */
  overridesFolder: string;
  /** Artifacts folder, relative to the workspace folder unless absolute (default `artifacts`). */
  artifactsFolder: string;
  /** Builder env (BUILDER_JOBS, FEATURES, ...): only what the user set is passed. */
  env: Record<string, string>;
  emergeArgs: string[];
  caches: { distfiles: boolean; binpkgs: boolean; ccache: boolean };
  keepContainerOnFailure: boolean;
  /** Gentoo tree: `volume:<image>` (gentoo/portage snapshot), `host:<path>`, or `image` (already in the image). */
  gentooTree: string;
  /** User-defined profiles by name. */
  profiles: Record<string, CustomProfile>;
  /** Docker network mode for builder containers (`host`, `none`, a network name); empty: the engine's default. */
  network?: string;
  /** Allocate a pseudo-terminal: colours as on a console (stderr merged into stdout). */
  tty: boolean;
  /** Seconds between stop and kill on cancel. */
  stopGraceSeconds: number;
  /**
   * The Sabayon builder's own steps: sync (`layman -S`, `emerge --sync`) and the equo upgrade, off unless asked;
   * layman overlays to add; `tree`: the volume holding the tree a refresh synced (empty: the image's own).
   */
  sabayon: { sync: boolean; equo: boolean; overlays: string[]; tree: string };
  /** Bounds of every builder container (limits.ts). */
  limits: BuildLimits;
}

export const DEFAULT_BUILD_CONFIG: BuildConfig = {
  profile: 'sabayon',
  images: {},
  overridesFolder: '.portage',
  artifactsFolder: 'artifacts',
  env: {},
  emergeArgs: [],
  caches: { distfiles: true, binpkgs: true, ccache: false },
  keepContainerOnFailure: false,
  gentooTree: 'volume:gentoo/portage:latest',
  profiles: {},
  stopGraceSeconds: 5,
  tty: false,
  sabayon: { sync: false, equo: false, overlays: [], tree: '' },
  limits: DEFAULT_LIMITS,
};
