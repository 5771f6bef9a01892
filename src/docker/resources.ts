/** What a build needs on the engine before it can start: the image, cache volumes, the tree snapshot. */
import type Docker from 'dockerode';
import { UserError } from '../core/userError';
import type { RunEvent } from '../core/buildRun';
import { asUserError, engineMessage, isNotFound } from './dockerErrors';
import type { Engine } from './engine';

const LABEL_CACHE = 'ebuild-builder.cache';
const LABEL_TREE = 'ebuild-builder.tree';

async function imageExists(docker: Docker, image: string): Promise<boolean> {
  try {
    await docker.getImage(image).inspect();
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

/** Makes sure `image` is on the engine, pulling it with progress events when it is not. */
export async function ensureImage(engine: Engine, image: string, emit: (e: RunEvent) => void): Promise<void> {
  const { docker } = engine;
  try {
    if (await imageExists(docker, image)) return;
  } catch (e) {
    throw asUserError(e, engine, `looking for the image ${image}`);
  }
  emit({ type: 'state', state: 'pulling', detail: image });
  try {
    const stream = await docker.pull(image);
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(
        stream,
        (err: Error | null) => (err ? reject(err) : resolve()),
        (p: { status?: string; id?: string; progressDetail?: { current?: number; total?: number }; error?: string }) => {
          if (p.error) reject(new Error(p.error));
          else emit({ type: 'pull-progress', status: p.status ?? '', id: p.id, current: p.progressDetail?.current, total: p.progressDetail?.total });
        },
      );
    });
  } catch (e) {
    if ((e as { code?: string }).code && !(e as { statusCode?: number }).statusCode) throw asUserError(e, engine, `pulling ${image}`);
    throw new UserError(
      `The image ${image} is not on the engine ${engine.url} and could not be pulled: ${engineMessage(e)}`,
      'Check the image name (ebuildBuilder.images / --image), or load the image on that engine (`docker load`, `docker pull`) and build again.',
      'image-missing',
    );
  }
}

/** Makes sure each cache volume exists (labelled as ours), all at once; the first failure in `names` order is thrown. */
export async function ensureVolumes(engine: Engine, names: string[]): Promise<void> {
  const results = await Promise.allSettled(names.map((name) => ensureVolume(engine, name)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function ensureVolume(engine: Engine, name: string): Promise<void> {
  try {
    await engine.docker.getVolume(name).inspect();
  } catch (e) {
    if (!isNotFound(e)) throw asUserError(e, engine, `checking the cache volume ${name}`);
    try {
      await engine.docker.createVolume({ Name: name, Labels: { [LABEL_CACHE]: name } });
    } catch (e2) {
      throw asUserError(e2, engine, `creating the cache volume ${name}`);
    }
  }
}

/**
 * The Gentoo tree as in Gentoo's docs: a never-started container of the snapshot image whose volume
 * (/var/db/repos/gentoo) builders mount with --volumes-from.
 */
export async function ensureTreeSnapshot(engine: Engine, name: string, image: string, emit: (e: RunEvent) => void): Promise<void> {
  try {
    const info = await engine.docker.getContainer(name).inspect();
    await fillPodmanVolume(engine, name, info.State?.StartedAt);
    return;
  } catch (e) {
    if (!isNotFound(e)) throw asUserError(e, engine, `checking the tree snapshot ${name}`);
  }
  await ensureImage(engine, image, emit);
  try {
    await engine.docker.createContainer({
      name,
      Image: image,
      Cmd: ['/bin/true'],
      Volumes: { '/var/db/repos/gentoo': {} },
      Labels: { [LABEL_TREE]: image },
    });
  } catch (e) {
    // Two builds racing to create it: the other one won, which is fine.
    if ((e as { statusCode?: number }).statusCode !== 409) throw asUserError(e, engine, `creating the tree snapshot from ${image}`);
  }
  await fillPodmanVolume(engine, name, undefined);
}

/** Podman copies the image's files into a volume only when the container first runs (Docker does it at create). */
async function fillPodmanVolume(engine: Engine, name: string, startedAt: string | undefined): Promise<void> {
  if (!engine.isPodman || (startedAt && !startedAt.startsWith('0001-'))) return;
  const c = engine.docker.getContainer(name);
  try {
    await c.start();
    await c.wait();
  } catch (e) {
    if ((e as { statusCode?: number }).statusCode !== 304) throw asUserError(e, engine, `filling the tree snapshot ${name}`);
  }
}
