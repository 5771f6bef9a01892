/**
 * The builder profiles: the built-in descriptors (one file each) and the user's own (`ebuildBuilder.profiles`), and
 * BuildRequest → ContainerSpec for a request's profile.
 */
import { promises as fs } from 'node:fs';
import type { BuildConfig } from '../buildConfig';
import type { BuildRequest, ContainerSpec } from '../buildModel';
import { UserError } from '../userError';
import { customSpec } from './custom';
import type { ProfileDescriptor, ProfileLayout } from './descriptor';
import { gentooProfile } from './gentoo';
import { sabayonProfile } from './sabayon';

export type { ProfileDescriptor, ProfileLayout };

/** The built-in profiles, in the order people see them. Adding one is adding its descriptor here. */
export const BUILTIN_PROFILES: ProfileDescriptor[] = [sabayonProfile, gentooProfile];

export function builtinProfile(name: string): ProfileDescriptor | undefined {
  return BUILTIN_PROFILES.find((p) => p.name === name);
}

/** Every profile the user can pick: built-ins first, then user-defined ones (a user's may not reuse a built-in name). */
export function profileNames(config: Pick<BuildConfig, 'profiles'>): string[] {
  return [...BUILTIN_PROFILES.map((p) => p.name), ...Object.keys(config.profiles).filter((n) => !builtinProfile(n))];
}

/** The layout a profile mounts overlays and overrides in (a user's profile says which). */
export function profileLayout(name: string, config: Pick<BuildConfig, 'profiles'>): ProfileLayout {
  return builtinProfile(name)?.layout ?? config.profiles[name]?.layout ?? 'gentoo';
}

/** The profile whose image and inputs a pkgcheck run uses: this one when it can, else the first built-in that can. */
export function pkgcheckProfile(config: Pick<BuildConfig, 'profile' | 'profiles'>, profile = config.profile): string {
  const builtin = builtinProfile(profile);
  if (builtin ? builtin.pkgcheck : config.profiles[profile] && config.profiles[profile].layout !== 'sabayon') return profile;
  return BUILTIN_PROFILES.find((p) => p.pkgcheck)!.name;
}

/** The image a profile runs by default (the setting's, the descriptor's, a user profile's own). */
function defaultImageOf(name: string, config: Pick<BuildConfig, 'images' | 'profiles'>): string {
  return config.images[name] ?? builtinProfile(name)?.defaultImage ?? config.profiles[name]?.image ?? name;
}

/** The image a build of `request` runs (the request's, the setting's, or the profile's default). */
export function builderImage(request: BuildRequest, config: BuildConfig): string {
  return request.image ?? defaultImageOf(request.profile, config);
}

/** The family a profile's binary-package cache is named after: a profile of your own never shares the built-ins'. */
export function cacheFamily(request: BuildRequest): string {
  const name = request.profile;
  if (builtinProfile(name)) return name;
  return `custom-${name.replace(/[^a-zA-Z0-9_.-]+/g, '-')}`;
}

export async function containerSpecFor(
  request: BuildRequest,
  config: BuildConfig,
  buildId: string,
  readText: (file: string) => Promise<string> = (f) => fs.readFile(f, 'utf8'),
): Promise<ContainerSpec> {
  const name = request.profile;
  const builtin = builtinProfile(name);
  // The image is the descriptor's default unless the request or a setting names another.
  if (builtin) return { ...(await builtin.spec(request, config, buildId, readText)), image: builderImage(request, config) };
  const custom = config.profiles[name];
  if (custom) return customSpec(name, custom, request, config, buildId, readText);
  throw new UserError(
    `There is no builder profile named "${name}".`,
    `Use one of ${profileNames(config).join(', ')}, or define "${name}" under ebuildBuilder.profiles.`,
    'unknown-profile',
  );
}
