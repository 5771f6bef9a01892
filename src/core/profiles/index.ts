/** BuildRequest → ContainerSpec for the request's profile (built-in `sabayon`, `gentoo`, or user-defined). */
import { promises as fs } from 'node:fs';
import type { BuildConfig } from '../buildConfig';
import type { BuildRequest, ContainerSpec } from '../buildModel';
import { UserError } from '../userError';
import { customSpec } from './custom';
import { GENTOO_DEFAULT_IMAGE, gentooSpec } from './gentoo';
import { SABAYON_DEFAULT_IMAGE, sabayonSpec } from './sabayon';

export const BUILTIN_PROFILES = ['sabayon', 'gentoo'] as const;

export function profileNames(config: BuildConfig): string[] {
  return [...BUILTIN_PROFILES, ...Object.keys(config.profiles)];
}

/** The image a build of `request` runs (the request's, the setting's, or the profile's default). */
export function builderImage(request: BuildRequest, config: BuildConfig): string {
  const name = request.profile;
  if (request.image) return request.image;
  if (config.images[name]) return config.images[name];
  if (name === 'sabayon') return SABAYON_DEFAULT_IMAGE;
  if (name === 'gentoo') return GENTOO_DEFAULT_IMAGE;
  return config.profiles[name]?.image ?? name;
}

/** The family a profile's binary-package cache is named after: a profile of your own never shares the built-ins'. */
export function cacheFamily(request: BuildRequest): string {
  const name = request.profile;
  if (name === 'sabayon' || name === 'gentoo') return name;
  return `custom-${name.replace(/[^a-zA-Z0-9_.-]+/g, '-')}`;
}

export async function containerSpecFor(
  request: BuildRequest,
  config: BuildConfig,
  buildId: string,
  readText: (file: string) => Promise<string> = (f) => fs.readFile(f, 'utf8'),
): Promise<ContainerSpec> {
  const name = request.profile;
  if (name === 'sabayon') return sabayonSpec(request, config, buildId, readText);
  if (name === 'gentoo') return gentooSpec(request, config, buildId);
  const custom = config.profiles[name];
  if (custom) return customSpec(name, custom, request, config, buildId, readText);
  throw new UserError(
    `There is no builder profile named "${name}".`,
    `Use one of ${profileNames(config).join(', ')}, or define "${name}" under ebuildBuilder.profiles.`,
    'unknown-profile',
  );
}
