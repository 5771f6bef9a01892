/** BuildRequest → ContainerSpec for the request's profile (built-in `sabayon`, `gentoo`, or user-defined). */
import { promises as fs } from 'node:fs';
import type { BuildConfig } from '../buildConfig';
import type { BuildRequest, ContainerSpec } from '../buildModel';
import { UserError } from '../userError';
import { customSpec } from './custom';
import { gentooSpec } from './gentoo';
import { sabayonSpec } from './sabayon';

export const BUILTIN_PROFILES = ['sabayon', 'gentoo'] as const;

export function profileNames(config: BuildConfig): string[] {
  return [...BUILTIN_PROFILES, ...Object.keys(config.profiles)];
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
