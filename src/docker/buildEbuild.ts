/**
 * The one entry point for "build this ebuild" shared by the CLI, VS Code and automation:
 * path + settings → BuildRequest → ContainerSpec → a running build on the chosen engine.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import type { BuildRequest, ContainerSpec } from '../core/buildModel';
import type { BuildHandle } from '../core/buildRun';
import { makeBuildRequest } from '../core/buildRequest';
import { containerSpecFor } from '../core/profiles';
import { startBuild } from './build';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import { connectForConfig, remoteTransportFor } from './engineForBuild';

export interface BuildEbuildOptions {
  workspaceFolders: string[];
  config: BuildConfig;
  profile?: string;
  /** Folder for the log; default `<artifacts>/logs`. */
  logDir?: string;
  /** An engine already connected (VS Code keeps one); else one is chosen from config/env. */
  engine?: Engine;
  /** Extra env for this build only (USE-matrix, CLI --env). */
  env?: Record<string, string>;
  /** Overrides folder for this build only (USE-matrix builds use a temporary one). */
  overridesFolder?: string;
}

export interface PreparedBuild {
  request: BuildRequest;
  spec: ContainerSpec;
  engine: Engine;
  logPath: string;
  handle: BuildHandle;
}

export function newBuildId(): string {
  return randomBytes(6).toString('hex');
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Throws UserError for what the user can fix before anything runs (not an ebuild, no overlay, engine down, bad profile). */
export async function prepareBuild(ebuildPath: string, opts: BuildEbuildOptions): Promise<PreparedBuild> {
  const config = opts.overridesFolder ? { ...opts.config, overridesFolder: opts.overridesFolder } : opts.config;
  const request = await makeBuildRequest(ebuildPath, { workspaceFolders: opts.workspaceFolders, config, profile: opts.profile });
  if (opts.env) request.env = { ...request.env, ...opts.env };
  const buildId = newBuildId();
  const spec = await containerSpecFor(request, config, buildId);
  const engine = opts.engine ?? (await connectForConfig(config));
  try {
    await engine.docker.ping();
  } catch (e) {
    throw asUserError(e, engine, 'checking that it answers');
  }
  const logDir = opts.logDir ?? path.join(request.artifactsDir, 'logs');
  const logPath = path.join(logDir, `${request.category}_${request.pn}-${request.pvr}-${request.profile}-${stamp(new Date())}-${buildId.slice(0, 4)}.log`);
  const handle = startBuild({
    engine,
    spec,
    buildId,
    artifactsDir: request.artifactsDir,
    logPath,
    keepContainerOnFailure: config.keepContainerOnFailure,
    stopGraceSeconds: config.stopGraceSeconds,
    transport: engine.sharesFilesystem ? undefined : remoteTransportFor(engine),
    name: `ebuild-builder-${request.pn}-${buildId}`,
  });
  return { request, spec, engine, logPath, handle };
}

export async function buildEbuild(ebuildPath: string, opts: BuildEbuildOptions): Promise<BuildHandle> {
  return (await prepareBuild(ebuildPath, opts)).handle;
}
