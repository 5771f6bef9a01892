/**
 * The Gentoo tree on every node of a swarm. Locally the tree is a never-started snapshot container's volume
 * (`volumesFrom`), which a service cannot name; on a swarm each node gets a named volume filled from the tree image
 * by a global job, keyed by the image's id (a new snapshot gets a new volume). The volumes stay on the nodes as a
 * cache, like the local snapshot; `docker volume ls --filter label=ebuild-builder.tree` lists them.
 */
import type Docker from 'dockerode';
import { treeSnapshotName } from '../core/profiles/gentoo';
import { UserError } from '../core/userError';
import { asUserError, isNotFound } from './dockerErrors';
import type { Engine } from './engine';
import { nodeLabel, type SwarmFacts } from './swarmManager';
import { treeFillServiceSpec, type RunTaskContext } from './swarmService';
import { serviceTasks, sleeper, TERMINAL } from './swarmTasks';

/** The read-only mounts of the tree for the jobs, once every node eligible for jobs has its volume. */
export async function treeOnEveryNode(engine: Engine, facts: SwarmFacts, image: string, name: string, labels: Record<string, string>, run: RunTaskContext, cancelled: () => boolean): Promise<Docker.MountSettings[]> {
  let inspected: { Id: string; Config?: { Volumes?: Record<string, unknown> } };
  try {
    inspected = await engine.docker.getImage(image).inspect();
  } catch (e) {
    if (isNotFound(e)) throw new UserError(`The tree image ${image} (ebuildBuilder.gentooTree) is not on the swarm manager.`, `Pull or load ${image} on every node of the swarm (\`docker pull ${image}\`), then build again.`, 'swarm-no-tree-image');
    throw asUserError(e, engine, `inspecting the tree image ${image}`);
  }
  const paths = Object.keys(inspected.Config?.Volumes ?? {});
  const volumes = (paths.length ? paths : ['/var/db/repos/gentoo']).map((p, i) => ({
    name: `${treeSnapshotName(image)}-${inspected.Id.replace(/^sha256:/, '').slice(0, 12)}${i ? `-${i}` : ''}`,
    path: p,
  }));
  let serviceId: string;
  try {
    serviceId = ((await engine.docker.createService(treeFillServiceSpec(name, image, volumes, labels, run))) as { id: string }).id;
  } catch (e) {
    throw asUserError(e, engine, `creating the tree job ${name}`);
  }
  const { sleep } = sleeper();
  try {
    for (;;) {
      if (cancelled()) throw new UserError('Cancelled while the tree was put on the nodes.', undefined, 'cancelled');
      const tasks = await serviceTasks(engine, serviceId);
      const failed = tasks.find((t) => TERMINAL.has(t.state) && t.state !== 'complete');
      if (failed) {
        const node = nodeLabel(facts.nodes.find((n) => n.id === failed.nodeId), failed.nodeId);
        throw new UserError(
          `The tree (${image}) could not be put on node ${node}: ${failed.err || failed.state}.`,
          /no such image/i.test(failed.err) ? `Load ${image} on that node (\`docker save ${image} | docker -H NODE load\`) or push it to a registry the nodes pull from.` : 'Check the node with `docker node ps NODE`, then build again.',
          'swarm-tree-failed',
        );
      }
      if (tasks.length && tasks.every((t) => t.state === 'complete')) break;
      await sleep(500);
    }
  } finally {
    await engine.docker.getService(serviceId).remove().catch(() => undefined);
  }
  return volumes.map((v) => ({ Type: 'volume', Source: v.name, Target: v.path, ReadOnly: true }));
}
