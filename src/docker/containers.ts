/** Builder containers on an engine, found by label: leftovers to clean up, and saving a warmed builder. */
import * as os from 'node:os';
import { LABEL_ATOM, LABEL_BUILD, LABEL_OWNER } from '../core/buildModel';
import { LABEL_KEPT } from '../core/keptBuild';
import { UserError } from '../core/userError';
import { asUserError, isNotFound } from './dockerErrors';
import type { Engine } from './engine';

export interface BuilderContainer {
  id: string;
  name: string;
  buildId: string;
  atom: string;
  state: string;
  image: string;
  /** A failed build kept for debugging. */
  kept: boolean;
  /** `host:pid` of the process that started it (LABEL_OWNER). */
  owner?: string;
  /** A swarm task's container: its service owns it (Swarm removes it with the service; swarmClean.ts). */
  swarmTask: boolean;
}

async function listBuilderContainers(engine: Engine): Promise<BuilderContainer[]> {
  try {
    const list = await engine.docker.listContainers({ all: true, filters: { label: [LABEL_BUILD] } });
    return list.map((c) => ({
      id: c.Id,
      name: (c.Names?.[0] ?? '').replace(/^\//, ''),
      buildId: c.Labels?.[LABEL_BUILD] ?? '',
      atom: c.Labels?.[LABEL_ATOM] ?? '',
      state: c.State,
      image: c.Image,
      kept: Boolean(c.Labels?.[LABEL_KEPT]),
      owner: c.Labels?.[LABEL_OWNER],
      swarmTask: Boolean(c.Labels?.['com.docker.swarm.task.id']),
    }));
  } catch (e) {
    throw asUserError(e, engine, 'listing builder containers');
  }
}

/** Whether a running container still has its owner: a live process of this machine, or one of another machine (unknowable, so yes). */
export function ownerAlive(owner: string | undefined, host = os.hostname()): boolean {
  const m = owner ? /^(.*):(\d+)$/.exec(owner) : null;
  if (!m) return false;
  if (m[1] !== host) return true;
  try {
    process.kill(Number(m[2]), 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes leftover builder containers (and kept builds): never one of `keepBuildIds` (builds this process runs), nor
 * a running one whose owner lives (another window, a CLI run, another machine's). Returns those removed.
 */
export async function cleanupContainers(engine: Engine, keepBuildIds: Set<string> = new Set()): Promise<BuilderContainer[]> {
  const removed: BuilderContainer[] = [];
  for (const c of await listBuilderContainers(engine)) {
    if (keepBuildIds.has(c.buildId) || c.swarmTask) continue;
    if (c.state === 'running' && !c.kept && ownerAlive(c.owner)) continue;
    try {
      await engine.docker.getContainer(c.id).remove({ force: true, v: true });
      // A kept build's saved state (its image) goes with it.
      if (c.kept) await engine.docker.getImage(c.image).remove({ force: true }).catch(() => undefined);
      removed.push(c);
    } catch (e) {
      // Gone already, or being removed by someone else (another window's cancel): either way it goes.
      if (!isNotFound(e) && !/already in progress/.test(String((e as Error).message))) throw asUserError(e, engine, `removing the builder container ${c.name}`);
    }
  }
  return removed;
}

/**
 * `docker commit` of a builder container (kept after a build), as the Sabayon workflow does to save a warmed
 * builder: later builds can use `repoTag` as their image.
 */
export async function saveBuilderState(engine: Engine, containerOrBuildId: string, repoTag: string): Promise<string> {
  const [repo, tag] = splitRepoTag(repoTag);
  const match = (await listBuilderContainers(engine)).find((c) => c.buildId === containerOrBuildId || c.id.startsWith(containerOrBuildId) || c.name === containerOrBuildId);
  if (!match) {
    throw new UserError(
      `There is no builder container "${containerOrBuildId}" on ${engine.url} to save.`,
      'Builder containers are removed after a build; turn on ebuildBuilder.keepContainerOnFailure (or build with --keep), then save.',
      'no-such-container',
    );
  }
  try {
    const res = (await engine.docker.getContainer(match.id).commit({ repo, tag, comment: `ebuild-builder state after ${match.atom}` })) as { Id?: string };
    return res.Id ?? `${repo}:${tag}`;
  } catch (e) {
    throw asUserError(e, engine, `saving ${match.name} as ${repoTag}`);
  }
}

export function splitRepoTag(repoTag: string): [string, string] {
  const at = repoTag.lastIndexOf(':');
  if (at > repoTag.lastIndexOf('/') && at > 0) return [repoTag.slice(0, at), repoTag.slice(at + 1)];
  return [repoTag, 'latest'];
}
