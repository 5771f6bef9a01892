/**
 * A built-in builder profile is one descriptor: what everything else needs to know about it (validation, the
 * "Build with profile…" list, override files, caches, pkgcheck, CI) comes from here, never from its name.
 */
import type { BuildConfig } from '../buildConfig';
import type { BuildRequest, ContainerSpec } from '../buildModel';

export type ProfileLayout = 'gentoo' | 'sabayon';

export interface ProfileDescriptor {
  /** Profile name in settings and flags (`--profile NAME`). */
  name: string;
  /** For people: "Gentoo", "Sabayon". */
  displayName: string;
  defaultImage: string;
  /** Where overlays and overrides go in its image, and which override files its quick fixes write. */
  layout: ProfileLayout;
  /** pkgcheck runs in its image with its layout (else in the `gentoo` profile's). */
  pkgcheck: boolean;
  spec(request: BuildRequest, config: BuildConfig, buildId: string, readText: (file: string) => Promise<string>): Promise<ContainerSpec>;
}
