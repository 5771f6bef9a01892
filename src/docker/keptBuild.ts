/**
 * Failed builds kept for debugging, on any engine. A failed build's container has exited (starting it again would
 * rerun emerge), so keeping it commits its state to an image and creates, from that image, a container that only
 * waits: the same mounts, environment and labels, stopped until a shell, a phase or a file needs it.
 */
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { LABEL_BUILD } from '../core/buildModel';
import { keptFromLabels, LABEL_KEPT, type KeptBuild, type KeptInfo } from '../core/keptBuild';
import { UserError } from '../core/userError';
import { asUserError, isNotFound } from './dockerErrors';
import type { Engine } from './engine';

/** The kept container's only process: wait for a stop signal (Docker's init reaps what execs leave). */
const WAIT = ['/bin/sh', '-c', 'trap "exit 0" TERM INT; while :; do sleep 3600 & wait $!; done'];

function keptImageName(buildId: string): string {
  return `ebuild-builder/kept:${buildId}`;
}

/** Turns the exited container of a failed build into a kept build; the exited container is removed. */
export async function keepFailedContainer(engine: Engine, containerId: string, info: KeptInfo): Promise<KeptBuild> {
  const old = engine.docker.getContainer(containerId);
  try {
    const inspected = await old.inspect();
    const labels: Record<string, string> = { ...(inspected.Config.Labels ?? {}), [LABEL_KEPT]: JSON.stringify(info) };
    const buildId = labels[LABEL_BUILD] ?? containerId.slice(0, 12);
    const image = keptImageName(buildId);
    const [repo, tag] = image.split(':');
    await old.commit({ repo, tag, comment: `ebuild-builder: failed build of ${labels['ebuild-builder.atom'] ?? ''} kept for debugging` });
    const host = inspected.HostConfig;
    const created = await engine.docker.createContainer({
      name: `ebuild-builder-kept-${buildId}`,
      Image: image,
      Entrypoint: WAIT,
      Cmd: [],
      Env: inspected.Config.Env,
      Labels: labels,
      WorkingDir: '/',
      HostConfig: {
        // The packages folder was bound to a staging folder of this machine that is gone now: a folder of its own instead.
        Mounts: (host.Mounts ?? []).filter((m) => !(m.Type === 'bind' && m.Target === info.packagesDir)),
        VolumesFrom: host.VolumesFrom,
        CapAdd: host.CapAdd,
        CapDrop: host.CapDrop,
        SecurityOpt: host.SecurityOpt,
        NetworkMode: host.NetworkMode,
        PidsLimit: host.PidsLimit,
        Memory: host.Memory,
        MemorySwap: host.MemorySwap,
        Init: true,
      },
    });
    await old.remove({ force: true, v: true });
    const kept = await findKept(engine, buildId);
    if (!kept || kept.container !== created.id) throw new Error('the kept container is not listed');
    return kept;
  } catch (e) {
    throw asUserError(e, engine, 'keeping the failed build');
  }
}

export async function listKept(engine: Engine): Promise<KeptBuild[]> {
  try {
    const list = await engine.docker.listContainers({ all: true, filters: { label: [LABEL_KEPT] } });
    return list.map((c) => keptFromLabels(c as { Id: string; Image: string; Created: number; State: string; Labels?: Record<string, string> })).filter((k): k is KeptBuild => !!k);
  } catch (e) {
    throw asUserError(e, engine, 'listing kept builds');
  }
}

/** A kept build by build id, id prefix or container id. */
export async function findKept(engine: Engine, id: string): Promise<KeptBuild | undefined> {
  const all = await listKept(engine);
  return all.find((k) => k.id === id) ?? all.find((k) => k.container.startsWith(id) || k.id.startsWith(id));
}

export async function requireKept(engine: Engine, id: string): Promise<KeptBuild> {
  const kept = await findKept(engine, id);
  if (!kept) {
    throw new UserError(
      `There is no kept build "${id}" on ${engine.url}: it was discarded, or removed by hand or by age.`,
      'List the kept builds with `ebuild-builder kept`; build again with --keep to keep a failure.',
      'no-such-kept-build',
    );
  }
  return kept;
}

/** Removes the kept container and its image. */
export async function discardKept(engine: Engine, kept: KeptBuild): Promise<void> {
  try {
    await engine.docker.getContainer(kept.container).remove({ force: true, v: true });
  } catch (e) {
    if (!isNotFound(e)) throw asUserError(e, engine, `removing the kept build ${kept.id}`);
  }
  await engine.docker.getImage(kept.image).remove({ force: true }).catch(() => undefined);
}

/** Kept builds older than `maxAgeMs` are removed (at activation and at each CLI run); returns those removed. */
export async function pruneKept(engine: Engine, maxAgeMs: number, now = Date.now()): Promise<KeptBuild[]> {
  if (maxAgeMs <= 0) return [];
  const old = (await listKept(engine)).filter((k) => now - k.created.getTime() > maxAgeMs);
  for (const k of old) await discardKept(engine, k);
  return old;
}

/** Starts the kept container when it is stopped (it only waits; a shell or a phase runs beside it). */
export async function ensureRunning(engine: Engine, kept: KeptBuild): Promise<Docker.Container> {
  const c = engine.docker.getContainer(kept.container);
  try {
    const state = (await c.inspect()).State;
    if (!state.Running) await c.start();
    return c;
  } catch (e) {
    if (isNotFound(e)) throw new UserError(`The kept container of ${kept.atom} (${kept.id}) is gone: it was removed by hand.`, 'Build again with --keep (or "Keep for debugging") to get a new one.', 'kept-container-gone');
    throw asUserError(e, engine, `starting the kept build ${kept.id}`);
  }
}

export interface ExecOptions {
  user?: string;
  workdir?: string;
  env?: string[];
  tty?: boolean;
  /** Data for the command's stdin (then closed). */
  stdin?: Buffer | string;
  onOutput?: (stream: 'stdout' | 'stderr', data: Buffer) => void;
}

/** Runs `cmd` (an argument array) in the kept container and resolves with its exit status and output. */
export async function execIn(engine: Engine, kept: KeptBuild, cmd: string[], opts: ExecOptions = {}): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const container = await ensureRunning(engine, kept);
  const exec = await container.exec({
    Cmd: cmd, AttachStdout: true, AttachStderr: true, AttachStdin: opts.stdin !== undefined, Tty: Boolean(opts.tty),
    User: opts.user, WorkingDir: opts.workdir, Env: opts.env,
  });
  const stream = (await exec.start({ hijack: true, stdin: opts.stdin !== undefined })) as NodeJS.ReadWriteStream & { end: (data?: unknown) => void };
  let stdout = '';
  let stderr = '';
  const sink = (name: 'stdout' | 'stderr') => {
    const pt = new PassThrough();
    pt.on('data', (d: Buffer) => {
      if (name === 'stdout') stdout += d.toString('utf8');
      else stderr += d.toString('utf8');
      opts.onOutput?.(name, d);
    });
    return pt;
  };
  if (opts.tty) stream.on('data', (d: Buffer) => { stdout += d.toString('utf8'); opts.onOutput?.('stdout', d); });
  else engine.docker.modem.demuxStream(stream, sink('stdout'), sink('stderr'));
  if (opts.stdin !== undefined) stream.end(opts.stdin);
  await new Promise<void>((resolve) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', () => resolve());
  });
  const { ExitCode } = await exec.inspect();
  return { exitCode: ExitCode ?? -1, stdout, stderr };
}
