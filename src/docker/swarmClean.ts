/**
 * What swarm runs left behind (a killed CLI, a closed window), found by label on a manager: services (removing one
 * makes Swarm remove its containers on every node), secrets, configs, and task containers of this node whose
 * service is gone. A run whose owner process is alive is left alone, as `clean` leaves a live build's container.
 */
import { LABEL_OWNER } from '../core/buildModel';
import { LABEL_ROLE, LABEL_RUN } from '../core/swarmPlan';
import { ownerAlive } from './containers';
import type { Engine } from './engine';

export interface SwarmLeftover {
  kind: 'service' | 'secret' | 'config' | 'container';
  name: string;
  run: string;
  role?: string;
}

export interface SwarmCleanResult {
  removed: SwarmLeftover[];
  /** Runs left alone because their owner still runs them. */
  live: { run: string; owner: string }[];
}

interface Labelled {
  ID?: string;
  Id?: string;
  Spec?: { Name?: string; Labels?: Record<string, string> };
  Names?: string[];
  Labels?: Record<string, string>;
}

/** Removes the leftovers of finished runs (only run `run` when given); nothing when the engine is no swarm manager. */
export async function cleanupSwarm(engine: Engine, run?: string): Promise<SwarmCleanResult> {
  const info = (await engine.docker.info().catch(() => ({}))) as { Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean } };
  if (info.Swarm?.LocalNodeState !== 'active' || !info.Swarm.ControlAvailable) return { removed: [], live: [] };
  const filters = { label: [run ? `${LABEL_RUN}=${run}` : LABEL_RUN] };
  const result: SwarmCleanResult = { removed: [], live: [] };
  const leave = (labels: Record<string, string>): boolean => {
    const owner = labels[LABEL_OWNER];
    if (!ownerAlive(owner)) return false;
    if (!result.live.some((l) => l.run === labels[LABEL_RUN])) result.live.push({ run: labels[LABEL_RUN], owner: owner ?? '' });
    return true;
  };
  const services = (await engine.docker.listServices({ filters })) as Labelled[];
  for (const s of services) {
    const labels = s.Spec?.Labels ?? {};
    if (leave(labels)) continue;
    await engine.docker.getService(s.ID!).remove().catch(() => undefined);
    result.removed.push({ kind: 'service', name: s.Spec?.Name ?? s.ID!, run: labels[LABEL_RUN], role: labels[LABEL_ROLE] });
  }
  for (const [kind, list, remove] of [
    ['secret', () => engine.docker.listSecrets({ filters }), (id: string) => engine.docker.getSecret(id).remove()],
    ['config', () => engine.docker.listConfigs({ filters }), (id: string) => engine.docker.getConfig(id).remove()],
  ] as const) {
    for (const s of (await list()) as Labelled[]) {
      const labels = s.Spec?.Labels ?? {};
      if (leave(labels)) continue;
      // A secret still used by a service that is being removed: it goes on the next clean.
      if (await remove(s.ID!).then(() => true, () => false)) result.removed.push({ kind, name: s.Spec?.Name ?? s.ID!, run: labels[LABEL_RUN], role: labels[LABEL_ROLE] });
    }
  }
  const alive = new Set(((await engine.docker.listServices()) as Labelled[]).map((s) => s.ID));
  for (const c of (await engine.docker.listContainers({ all: true, filters })) as Labelled[]) {
    const labels = c.Labels ?? {};
    if (alive.has(labels['com.docker.swarm.service.id']) || leave(labels)) continue;
    await engine.docker.getContainer(c.Id!).remove({ force: true, v: true }).catch(() => undefined);
    result.removed.push({ kind: 'container', name: (c.Names?.[0] ?? c.Id!).replace(/^\//, ''), run: labels[LABEL_RUN], role: labels[LABEL_ROLE] });
  }
  return result;
}
