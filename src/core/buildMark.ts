/**
 * Which binary packages in a shared cache folder a build wrote. Every builder container gets its build id in the
 * environment; Portage saves the environment into each package it makes (environment.bz2), so a package names the
 * build that made it. Modification times cannot tell: builds of other workspaces write into the same cache volume
 * while this one runs, and Portage's half-written temporary files sit beside the finished ones.
 */
import { promises as fs } from 'node:fs';
import { readEnvironment } from './binpkg/readPackage';

/** The environment variable holding the build id in every builder container. */
export const BUILD_MARK_ENV = 'EBUILD_BUILDER_BUILD';

/** Whether a saved build environment (bash `declare -x` lines) is that of the build `buildId`. */
export function environmentOfBuild(environment: string, buildId: string): boolean {
  const m = new RegExp(`^declare -x ${BUILD_MARK_ENV}="([^"\\n]*)"$`, 'm').exec(environment);
  return m?.[1] === buildId;
}

/**
 * Keeps the packages among `files` that build `buildId` made and deletes the others (another build's, an
 * unfinished temporary file, anything that is not a package). Returns the kept ones.
 */
export async function keepPackagesOfBuild(files: string[], buildId: string): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) {
    const environment = await readEnvironment(file).catch(() => undefined);
    if (environment !== undefined && environmentOfBuild(environment, buildId)) kept.push(file);
    else await fs.rm(file, { force: true });
  }
  return kept;
}
