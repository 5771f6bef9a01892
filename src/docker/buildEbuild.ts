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
import { environmentKey, planBinpkgCache, recordBuiltPackages, stateDir, type CacheContext } from '../core/binpkgCache';
import { readBinaryPackage } from '../core/binpkg/readPackage';
import { keptInfoFor, type KeptInfo } from '../core/keptBuild';
import { builderImage, cacheFamily, containerSpecFor } from '../core/profiles';
import { userEnv } from '../core/profiles/common';
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
  /** Leave a failed build's exited container so the user can still choose to keep it (VS Code's notification). */
  offerKeep?: boolean;
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
  const engine = opts.engine ?? (await connectForConfig(config));
  try {
    await engine.docker.ping();
  } catch (e) {
    throw asUserError(e, engine, 'checking that it answers');
  }
  const cache = request.caches.binpkgs ? await cacheContext(request, config, engine) : undefined;
  if (cache) request.binpkgCache = await planBinpkgCache(request, cache);
  const spec = await containerSpecFor(request, config, buildId);
  const logDir = opts.logDir ?? path.join(request.artifactsDir, 'logs');
  const logPath = path.join(logDir, `${request.category}_${request.pn}-${request.pvr}-${request.profile}-${stamp(new Date())}-${buildId.slice(0, 4)}.log`);
  const transport = engine.sharesFilesystem ? undefined : remoteTransportFor(engine);
  const keptInfo = keptInfoFor(request, spec, !transport);
  const started = startBuild({
    engine,
    spec,
    buildId,
    artifactsDir: request.artifactsDir,
    logPath,
    keepContainerOnFailure: Boolean(opts.offerKeep) && !config.keepContainerOnFailure,
    ...(config.keepContainerOnFailure ? { keep: keptInfo } : {}),
    stopGraceSeconds: config.stopGraceSeconds,
    transport,
    name: `ebuild-builder-${request.pn}-${buildId}`,
  });
  const recorded = cache ? recordingPackages(started, request, cache) : started;
  const handle = opts.offerKeep && !config.keepContainerOnFailure ? withKeepable(recorded, keptInfo) : recorded;
  return { request, spec, engine, logPath, handle };
}

async function cacheContext(request: BuildRequest, config: BuildConfig, engine: Engine): Promise<CacheContext> {
  return {
    engineUrl: engine.url,
    family: cacheFamily(request),
    envKey: await environmentKey(request, builderImage(request, config), userEnv(config, request)),
    stateDir: stateDir(),
  };
}

/** The same build, whose `done` resolves once the packages it wrote are in the cache's record. */
function recordingPackages(handle: BuildHandle, request: BuildRequest, cache: CacheContext): BuildHandle {
  const done = handle.done.then(async (result) => {
    const built: { category: string; pf: string; repo?: string }[] = [];
    for (const file of result.artifacts) {
      // The repository a package came from is in its metadata; one that cannot be read is simply not recorded.
      const pkg = await readBinaryPackage(file, { listFiles: false, verify: false }).catch(() => undefined);
      if (pkg) built.push({ category: pkg.category, pf: pkg.pf, repo: pkg.metadata.repository });
    }
    await recordBuiltPackages(request, cache, request.binpkgCache!, built).catch(() => undefined);
    return result;
  });
  return { id: handle.id, onEvent: (l) => handle.onEvent(l), cancel: (o) => handle.cancel(o), done };
}

/** A failed build whose container was left can still be kept: the result carries what that needs. */
function withKeepable(handle: BuildHandle, info: KeptInfo): BuildHandle {
  const done = handle.done.then((r) => (r.state === 'failed' && !r.kept && r.containerId ? { ...r, keepable: info } : r));
  return { id: handle.id, onEvent: (l) => handle.onEvent(l), cancel: (o) => handle.cancel(o), done };
}

