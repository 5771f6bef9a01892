/**
 * pkgcheck in the builder container: the same overlays, repos.conf, tree and overrides as a Gentoo build of the
 * ebuild (the profile's ContainerSpec), with the entrypoint replaced by `pkgcheck scan -R JsonStream …` and no
 * cache volumes or packages. Runs through `startBuild`, so labels, cancel and cleanup are a build's.
 */
import { mkdtempSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import type { BuildRequest, ContainerSpec } from '../core/buildModel';
import type { BuildHandle } from '../core/buildRun';
import { makeBuildRequest } from '../core/buildRequest';
import { containerSpecFor, pkgcheckProfile } from '../core/profiles';
import { GENTOO_ENTRY_SCRIPT } from '../core/profiles/gentoo';
import { UserError } from '../core/userError';
import { parseJsonStream, pkgcheckArgs, type PkgcheckResult } from '../core/pkgcheck';
import { startBuild } from './build';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import { newBuildId } from './buildEbuild';
import { connectForConfig, remoteTransportFor } from './engineForBuild';

/** How to get an image with pkgcheck, named in the message when the builder image lacks it (stage3 ships none). */
const PKGCHECK_IMAGE_EXAMPLE = 'gentoo/stage3 after `emerge dev-util/pkgcheck`, saved with `docker commit` (or Ebuild Builder: Save builder state)';
/** Printed by the entry script when pkgcheck is not on PATH; with exit 127 it means "image without pkgcheck". */
export const NO_PKGCHECK_MARKER = 'ebuild-builder: pkgcheck not found on PATH';

/**
 * Applies the workspace make.conf fragment as a Gentoo build does, then checks for pkgcheck before running it:
 * a missing command must be told apart from a pkgcheck that ran and failed. Never user text in the script.
 */
const PKGCHECK_ENTRY_SCRIPT = [
  ...GENTOO_ENTRY_SCRIPT.split('\n').filter((l) => !l.startsWith('exec ')),
  `command -v pkgcheck >/dev/null 2>&1 || { echo '${NO_PKGCHECK_MARKER}' >&2; exit 127; }`,
  'exec pkgcheck "$@"',
].join('\n');

export interface PkgcheckRunOptions {
  workspaceFolders: string[];
  config: BuildConfig;
  /** Builder profile whose image and inputs to use; default: the config's profile when it has the Gentoo layout, else `gentoo`. */
  profile?: string;
  /** Image to run instead of the profile's (e.g. one with pkgcheck installed). */
  image?: string;
  engine?: Engine;
  /** Extra `pkgcheck scan` arguments (e.g. `--keywords`). */
  extraArgs?: string[];
  /** Aborting stops and removes the container. */
  signal?: AbortSignal;
  /** The run once its container is on its way (VS Code shows it in Builds, where it can be cancelled). */
  onStart?: (handle: BuildHandle, spec: ContainerSpec) => void;
}

export interface PkgcheckRun {
  request: BuildRequest;
  image: string;
  argv: string[];
  /** pkgcheck's stdout: the JsonStream lines (what `ebuild/pkgcheckResults` takes). */
  output: string;
  stderr: string;
  exitCode: number;
  results: PkgcheckResult[];
}


/**
 * The main repository, as Portage's own default repos.conf declares it. Portage always reads that default under
 * /etc/portage/repos.conf; pkgcore reads it only while /etc/portage/repos.conf does not exist, and a build's
 * generated overlay entries make it exist ("repos.conf: default repo 'gentoo' is undefined or invalid"). Named to
 * sort first, so an image's own entry for gentoo, if it has one, still wins.
 */
export const PKGCHECK_MAIN_REPO_CONF = {
  path: '/etc/portage/repos.conf/00-ebuild-builder-gentoo.conf',
  content: '[DEFAULT]\nmain-repo = gentoo\n\n[gentoo]\nlocation = /var/db/repos/gentoo\n',
};

/** The profile's spec for this ebuild, turned into a pkgcheck run: same inputs and tree, no caches, no packages. */
export async function pkgcheckSpec(request: BuildRequest, config: BuildConfig, buildId: string, extraArgs: string[] = []): Promise<ContainerSpec> {
  const base = await containerSpecFor(request, config, buildId);
  const argv = pkgcheckArgs(`/var/db/repos/${request.overlay.name}`, request.category, request.pn, extraArgs);
  return {
    ...base,
    entrypoint: ['/bin/sh', '-c', PKGCHECK_ENTRY_SCRIPT, 'ebuild-builder-pkgcheck'],
    argv: argv.slice(1),
    inputs: [...base.inputs, { kind: 'content', containerPath: PKGCHECK_MAIN_REPO_CONF.path, content: PKGCHECK_MAIN_REPO_CONF.content }],
    // JsonStream must stay apart from warnings on stderr: never a tty here.
    tty: false,
    volumes: [],
    packagesDir: '/var/cache/ebuild-builder-pkgcheck',
    packagesDirIsCache: false,
    logPaths: [],
    notes: [...base.notes, 'pkgcheck scan instead of emerge'],
  };
}

/** Runs pkgcheck for the package of `ebuildPath` in the builder image and returns its parsed JsonStream results. */
export async function runPkgcheckInContainer(ebuildPath: string, opts: PkgcheckRunOptions): Promise<PkgcheckRun> {
  const profile = pkgcheckProfile(opts.config, opts.profile);
  const config = opts.image ? { ...opts.config, images: { ...opts.config.images, [profile]: opts.image } } : opts.config;
  const request = await makeBuildRequest(ebuildPath, { workspaceFolders: opts.workspaceFolders, config, profile });
  if (opts.image) request.image = opts.image;
  const buildId = newBuildId();
  const spec = await pkgcheckSpec(request, config, buildId, opts.extraArgs);
  const engine = opts.engine ?? (await connectForConfig(config));
  try {
    await engine.docker.ping();
  } catch (e) {
    throw asUserError(e, engine, 'checking that it answers');
  }
  // A scratch folder for the log and the (empty) packages staging: nothing of a pkgcheck run lands in the workspace.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ebuild-builder-pkgcheck-'));
  try {
    const handle = startBuild({
      engine, spec, buildId,
      artifactsDir: path.join(scratch, 'artifacts'),
      logPath: path.join(scratch, 'pkgcheck.log'),
      keepContainerOnFailure: false,
      stopGraceSeconds: config.stopGraceSeconds,
      transport: engine.sharesFilesystem ? undefined : remoteTransportFor(engine),
      name: `ebuild-builder-pkgcheck-${request.pn}-${buildId}`,
      stagingDir: path.join(scratch, 'staging'),
    });
    opts.onStart?.(handle, spec);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    handle.onEvent((e) => {
      if (e.type === 'output') (e.stream === 'stdout' ? out : err).push(e.data);
    });
    const onAbort = () => void handle.cancel();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const result = await handle.done.finally(() => opts.signal?.removeEventListener('abort', onAbort));
    const output = Buffer.concat(out).toString('utf8');
    const stderr = Buffer.concat(err).toString('utf8');
    const base = { request, image: spec.image, argv: [...(spec.entrypoint ?? []), ...spec.argv] };
    if (result.state === 'error') throw result.error ?? new UserError(`pkgcheck could not run in ${spec.image}.`, 'See the extension log.', 'pkgcheck-error');
    if (result.state === 'cancelled') throw new UserError('pkgcheck was cancelled.', undefined, 'cancelled');
    const exitCode = result.exitCode ?? -1;
    if (exitCode === 127 && stderr.includes(NO_PKGCHECK_MARKER)) {
      throw new UserError(
        `pkgcheck is not in ${spec.image}; use an image with dev-util/pkgcheck, e.g. ${PKGCHECK_IMAGE_EXAMPLE}.`,
        `Set ebuildBuilder.pkgcheck.image (or ebuildBuilder.images.${profile}) to that image, or set ebuildBuilder.pkgcheck.inContainer to false to run a pkgcheck installed on this machine.`,
        'pkgcheck-missing',
      );
    }
    const results = parseJsonStream(output);
    // pkgcheck exits 1 when it found results of the `--exit` kinds (errors by default): a finished scan, not a failure.
    if (exitCode !== 0 && !(exitCode === 1 && results.length)) {
      const tail = stderr.trim().split('\n').slice(-5).join('\n');
      throw new UserError(`pkgcheck failed in ${spec.image} (exit ${exitCode})${tail ? `: ${tail}` : '.'}`,
        `Check that ${request.category}/${request.pn} and its masters are readable by pkgcheck in that image.`, 'pkgcheck-failed');
    }
    return { ...base, output, stderr, exitCode, results };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
