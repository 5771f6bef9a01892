/**
 * Runs one ContainerSpec on an engine: image, caches and tree ready → create (labelled) → upload what is not
 * bound → attach BEFORE start so no byte is lost → start → stream output to listeners and the log file →
 * wait → collect packages and logs → remove. Cancel stops with a grace period and removes, at any moment.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { LABEL_OWNER, type ContainerSpec } from '../core/buildModel';
import type { BuildHandle, BuildResult, BuildState, RunEvent } from '../core/buildRun';
import { DEFAULT_LIMITS, DROPPED_CAPABILITIES, NO_NEW_PRIVILEGES, limitError, memoryLimit } from '../core/limits';
import { isUserError, type UserError } from '../core/userError';
import { BUILD_MARK_ENV, keepPackagesOfBuild } from '../core/buildMark';
import { collectArtifacts } from './collect';
import { asUserError, isNotFound, mountError } from './dockerErrors';
import type { Engine } from './engine';
import type { KeptInfo } from '../core/keptBuild';
import { keepFailedContainer } from './keptBuild';
import { engineMemory, watchLimits } from './limitWatch';
import { ensureImage, ensureTreeSnapshot, ensureVolumes } from './resources';
import { bindTransport, type Transport } from './transport';
import { Listeners } from '../core/listeners';

export interface StartBuildOptions {
  engine: Engine;
  spec: ContainerSpec;
  buildId: string;
  artifactsDir: string;
  logPath: string;
  /** Leave a failed build's exited container for the caller (who keeps it with keepFailedContainer, or removes it). */
  keepContainerOnFailure: boolean;
  /** Keep a failed build for debugging right away (a limit hit is never kept). */
  keep?: KeptInfo;
  stopGraceSeconds: number;
  /** How sources and packages cross to an engine that does not share this filesystem. */
  transport?: Transport;
  /** Container name; defaults to ebuild-builder-<id>. */
  name?: string;
  /** Where packages land before they are moved into the artifacts folder; default `<artifacts>/.incoming/<id>`. */
  stagingDir?: string;
  /** Puts what the container left in the staging folder where it belongs; default: packages into the artifacts folder. */
  placeOutput?: (stagingDir: string) => Promise<string[]>;
  /** Runs on the exited container of a successful run, before it is removed (e.g. `docker commit`); a throw fails the run. */
  onSuccess?: (container: Docker.Container) => Promise<void>;
}

class Cancelled extends Error {}

export function startBuild(opts: StartBuildOptions): BuildHandle {
  const listeners = new Listeners<RunEvent>();
  const emit = (e: RunEvent) => listeners.emit(e);
  let container: Docker.Container | undefined;
  let cancelRequested = false;
  let cancelling: Promise<void> | undefined;
  let salvaged: string[] = [];
  const started = Date.now();
  const transport = opts.transport ?? bindTransport;
  const { engine, spec } = opts;
  const stagingDir = opts.stagingDir ?? path.join(opts.artifactsDir, '.incoming', opts.buildId);

  const removeContainer = async () => {
    if (!container) return;
    try {
      // With its anonymous volumes: an image's VOLUMEs (a whole tree in the Sabayon builder) would stay behind.
      await container.remove({ force: true, v: true });
    } catch (e) {
      if (!isNotFound(e) && (e as { statusCode?: number }).statusCode !== 409) throw e;
    }
  };

  // Once the container has exited (collection began) or the run is over, a cancel changes nothing: a salvage
  // beside the collection, or after the staging folder was removed, would leave a staging folder behind.
  let exited = false;
  const cancel = (): Promise<void> => {
    if (exited && !cancelling) return Promise.resolve();
    cancelRequested = true;
    cancelling ??= (async () => {
      if (!container) return; // run() notices the flag after each step and cleans up itself
      try {
        await container.stop({ t: opts.stopGraceSeconds });
      } catch {
        // Already stopped or gone: removal below settles it.
      }
      // Portage's logs, and on an engine without bind mounts the packages already written, as far as they exist.
      if (!transport.packagesBound(spec)) salvaged = await collect(opts, transport, container, stagingDir, started).catch(() => []);
      await bringBackLogs(opts, transport, container).catch(() => undefined);
      await removeContainer().catch(() => undefined);
    })().finally(() => cancelDone());
    return cancelling;
  };
  const checkCancel = () => {
    if (cancelRequested) throw new Cancelled();
  };
  // An engine call on a container that a cancel just removed can stay unanswered (attach, wait):
  // once the cancel is through, stop waiting for it.
  let cancelDone: () => void = () => undefined;
  const cancelledAndGone = new Promise<never>((_, reject) => {
    cancelDone = () => reject(new Cancelled());
  });
  cancelledAndGone.catch(() => undefined);
  const untilCancelled = <T>(p: Promise<T>): Promise<T> => Promise.race([p, cancelledAndGone]);
  let attachedStream: (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
  const setState = (state: BuildState, detail?: string) => emit({ type: 'state', state, detail });
  const limits = spec.limits ?? DEFAULT_LIMITS;
  let limitHit: UserError | undefined;

  const run = async (): Promise<BuildResult> => {
    const base = { image: spec.image, argv: [...(spec.entrypoint ?? []), ...spec.argv] };
    let log: ReturnType<typeof createWriteStream> | undefined;
    let exitCode: number | undefined;
    try {
      // Let the caller subscribe before the first event (startBuild returns synchronously).
      await new Promise((r) => setImmediate(r));
      setState('preparing');
      // What the container needs is independent: ask the engine all at once, not one round trip after another.
      // (The engine's memory only matters to the 'auto' memory limit.)
      const memoryAnswer = limits.memory === 'auto' ? engineMemory(engine) : Promise.resolve(undefined);
      await firstFailure([
        ensureImage(engine, spec.image, emit),
        ensureVolumes(engine, spec.volumes.map((v) => v.name)),
        ...spec.volumesFrom.map((vf) => ensureTreeSnapshot(engine, vf.container, vf.image, emit)),
      ]);
      checkCancel();
      // Only once the engine has all it needs: a build refused before it starts leaves nothing in the artifacts folder.
      await fs.mkdir(path.dirname(opts.logPath), { recursive: true });
      if (transport.packagesBound(spec)) await fs.mkdir(stagingDir, { recursive: true });
      const memory = memoryLimit(limits, await memoryAnswer);
      container = await engine.docker.createContainer(createOptions(opts, transport, stagingDir, memory)).catch((e) => {
        throw asUserError(e, engine, `creating the builder container from ${spec.image}`);
      });
      checkCancel();
      setState('uploading');
      // Upload and attach each need only the created container, and both are done before start: at once.
      const attaching = container.attach({ stream: true, stdout: true, stderr: true, logs: false }) as unknown as Promise<NodeJS.ReadableStream>;
      void attaching.then((a) => (attachedStream = a), () => undefined); // closed in `finally` whatever happens next
      const uploading = transport.upload(container, spec, (p) => emit({ type: 'transfer', direction: 'upload', bytes: p.bytes, ms: p.ms }));
      await untilCancelled(firstFailure([uploading, attaching]));
      const attached = await attaching;
      checkCancel();

      log = createWriteStream(opts.logPath);
      const logOpen = log;
      const ended = new Promise<void>((resolve) => {
        attached.on('end', resolve);
        attached.on('close', resolve);
        attached.on('error', () => resolve());
      });
      const forward = (stream: 'stdout' | 'stderr') => {
        const pt = new PassThrough();
        pt.on('data', (data: Buffer) => {
          logOpen.write(data);
          emit({ type: 'output', stream, data });
        });
        return pt;
      };
      // Demux by the container's own Tty setting, never by sniffing bytes (engines.md).
      if (spec.tty) attached.on('data', (d: Buffer) => { logOpen.write(d); emit({ type: 'output', stream: 'stdout', data: d }); });
      else engine.docker.modem.demuxStream(attached, forward('stdout'), forward('stderr'));

      checkCancel();
      await untilCancelled(container.start()).catch((e) => {
        throw mountError(e, spec) ?? e;
      });
      setState('running', spec.image);
      const stopWatch = watchLimits(container, limits, (kind, value) => (limitHit ??= limitError(kind, value)));
      const waited = (await untilCancelled(container.wait()).finally(stopWatch)) as { StatusCode: number };
      exitCode = waited.StatusCode;
      if (!limitHit && memory > 0 && (await container.inspect().catch(() => undefined))?.State?.OOMKilled) limitHit = limitError('memory', memory);
      // The attach stream can trail `wait` a little; give it a moment to drain, not forever.
      let drainTimer: NodeJS.Timeout | undefined;
      await Promise.race([ended, new Promise((r) => (drainTimer = setTimeout(r, 2000)))]);
      clearTimeout(drainTimer);
      checkCancel();
      exited = true;

      setState('collecting');
      const artifacts = await collect(opts, transport, container, stagingDir, started);
      const failed = exitCode !== 0 || limitHit !== undefined;
      if (failed) await bringBackLogs(opts, transport, container);
      else if (opts.onSuccess) await opts.onSuccess(container);
      let kept: BuildResult['kept'];
      if (failed && opts.keep && !limitHit) {
        const k = await keepFailedContainer(engine, container.id, opts.keep);
        kept = { id: k.id, container: k.container };
      } else if (!(failed && opts.keepContainerOnFailure && !limitHit)) await removeContainer();
      const state = failed ? 'failed' : 'succeeded';
      setState(state, limitHit ? limitHit.message : `exit ${exitCode}`);
      return {
        ...base, state, exitCode, logPath: opts.logPath, artifacts, durationMs: Date.now() - started, containerId: kept?.container ?? container.id,
        ...(limitHit ? { error: limitHit } : {}), ...(kept ? { kept } : {}),
      };
    } catch (e) {
      if (e instanceof Cancelled || cancelRequested) {
        await cancel();
        // The cancel may have come before the container existed (during pull or create): remove it now.
        await removeContainer().catch(() => undefined);
        setState('cancelled');
        return { ...base, state: 'cancelled', exitCode, logPath: log ? opts.logPath : undefined, artifacts: salvaged, durationMs: Date.now() - started, containerId: container?.id };
      }
      const error = isUserError(e) ? e : asUserError(e, engine, 'running the build');
      await removeContainer().catch(() => undefined);
      setState('error', error.message);
      return { ...base, state: 'error', error, exitCode, logPath: log ? opts.logPath : undefined, artifacts: [], durationMs: Date.now() - started, containerId: container?.id };
    } finally {
      exited = true;
      attachedStream?.destroy?.(); // the hijacked socket would otherwise keep the process alive
      if (log) await new Promise<void>((r) => log!.end(r));
      await fs.rm(stagingDir, { recursive: true, force: true }).catch(() => undefined);
      if (!opts.stagingDir) await fs.rmdir(path.dirname(stagingDir)).catch(() => undefined);
    }
  };

  const done = run();
  return {
    id: opts.buildId,
    onEvent: (listener) => listeners.add(listener),
    cancel: async (o) => {
      if (o?.now) {
        if (exited) return;
        // Flagged first, so run() ends as cancelled rather than as a container that vanished.
        cancelRequested = true;
        await removeContainer().catch(() => undefined);
        return;
      }
      await cancel();
      await done;
    },
    done,
  };
}

/** Waits for every step; throws the failure of the first one in the order given, as if they had run one by one. */
async function firstFailure(steps: (Promise<unknown> | undefined)[]): Promise<void> {
  const failed = (await Promise.allSettled(steps)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The body of the create call for this build (exported for the P1 bench's bare Engine API sequence). */
export function createOptions(opts: StartBuildOptions, transport: Transport, stagingDir: string, memory: number): Docker.ContainerCreateOptions {
  const limits = opts.spec.limits ?? DEFAULT_LIMITS;
  const { spec } = opts;
  const mounts: Docker.MountSettings[] = [
    ...transport.mounts(spec, stagingDir),
    ...spec.volumes.map((v): Docker.MountSettings => ({ Type: 'volume', Source: v.name, Target: v.containerPath, ReadOnly: v.readOnly ?? false })),
  ];
  return {
    name: opts.name ?? `ebuild-builder-${opts.buildId}`,
    Image: spec.image,
    Entrypoint: spec.entrypoint,
    Cmd: spec.argv,
    Env: [...Object.entries(spec.env).map(([k, v]) => `${k}=${v}`), `${BUILD_MARK_ENV}=${opts.buildId}`],
    Labels: { ...spec.labels, [LABEL_OWNER]: `${os.hostname()}:${process.pid}` },
    Tty: spec.tty,
    OpenStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    HostConfig: {
      Mounts: mounts,
      VolumesFrom: spec.volumesFrom.map((v) => `${v.container}:ro`),
      CapAdd: spec.capAdd,
      CapDrop: DROPPED_CAPABILITIES.filter((c) => !spec.capAdd.includes(c)),
      SecurityOpt: [...spec.securityOpt, NO_NEW_PRIVILEGES],
      ...(limits.pids > 0 ? { PidsLimit: limits.pids } : {}),
      // No swap beyond the limit: a build that needs more fails instead of thrashing the machine.
      ...(memory > 0 ? { Memory: memory, MemorySwap: memory } : {}),
      NetworkMode: spec.network,
      Init: spec.init || undefined,
      AutoRemove: false,
    },
  };
}

async function collect(opts: StartBuildOptions, transport: Transport, container: Docker.Container, stagingDir: string, started: number): Promise<string[]> {
  if (!transport.packagesBound(opts.spec)) {
    await fs.mkdir(stagingDir, { recursive: true });
    const newerThan = opts.spec.packagesDirIsCache ? new Date(started) : undefined;
    const files = await transport.download(container, opts.spec.packagesDir, stagingDir, { stripFirst: true, newerThan }).catch((e) => {
      throw asUserError(e, opts.engine, `copying the packages out of ${opts.spec.packagesDir}`);
    });
    // A shared cache also holds what other builds wrote meanwhile: only this build's packages are its artifacts.
    if (opts.spec.packagesDirIsCache) await keepPackagesOfBuild(files, opts.buildId);
  }
  return opts.placeOutput ? opts.placeOutput(stagingDir) : collectArtifacts(stagingDir, opts.artifactsDir);
}

/** Portage keeps build.log only for failed builds: bring it back beside our log as `<log>.build.log`. */
async function bringBackLogs(opts: StartBuildOptions, transport: Transport, container: Docker.Container): Promise<void> {
  const dir = `${opts.logPath}.container`;
  try {
    for (const p of opts.spec.logPaths) {
      const files = await transport.download(container, p, dir, { stripFirst: false });
      for (const f of files) {
        const target = opts.logPath.replace(/\.log$/, '') + (files.length === 1 ? '.build.log' : `.${path.basename(f)}`);
        await fs.rename(f, target);
      }
    }
  } catch {
    // The container's own logs are a bonus; our log already has everything emerge printed.
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

