/**
 * The engine a swarm run talks to must be a swarm manager: what it knows of the swarm (its own node, the nodes and
 * what they offer), or a UserError that says what the engine is instead and how to make it a manager.
 */
import { usableNodes, type SwarmNode } from '../core/swarmPlan';
import { UserError } from '../core/userError';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';

export interface SwarmFacts {
  /** The node of the engine we talk to (the binhost runs there: its container is reachable through this engine). */
  self: SwarmNode;
  nodes: SwarmNode[];
  /** Engine API version, e.g. `1.41` (which service fields exist). */
  apiVersion: string;
}

interface NodeInfo {
  ID: string;
  Description?: { Hostname?: string; Resources?: { NanoCPUs?: number; MemoryBytes?: number } };
  Status?: { State?: string; Addr?: string };
  Spec?: { Availability?: string; Role?: string };
}

export function nodeOf(n: NodeInfo): SwarmNode {
  return {
    id: n.ID,
    hostname: n.Description?.Hostname ?? '',
    addr: n.Status?.Addr ?? '',
    state: n.Status?.State ?? 'unknown',
    availability: n.Spec?.Availability ?? 'unknown',
    role: n.Spec?.Role ?? 'worker',
    nanoCpus: n.Description?.Resources?.NanoCPUs ?? 0,
    memoryBytes: n.Description?.Resources?.MemoryBytes ?? 0,
  };
}

export async function listSwarmNodes(engine: Engine): Promise<SwarmNode[]> {
  try {
    return ((await engine.docker.listNodes()) as NodeInfo[]).map(nodeOf);
  } catch (e) {
    throw asUserError(e, engine, 'listing the swarm\'s nodes');
  }
}

/** The swarm as seen from `engine`, which must be an active manager whose own node takes tasks. */
export async function swarmFacts(engine: Engine): Promise<SwarmFacts> {
  let info: { Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean; NodeID?: string; RemoteManagers?: { Addr?: string }[] } };
  let version: { ApiVersion?: string };
  try {
    [info, version] = await Promise.all([engine.docker.info(), engine.docker.version()]);
  } catch (e) {
    throw asUserError(e, engine, 'asking whether it is a swarm manager');
  }
  const swarm = info.Swarm ?? {};
  if (engine.isPodman || swarm.LocalNodeState === undefined) {
    throw new UserError(`The engine at ${engine.url} has no swarm mode (it is ${engine.isPodman ? 'podman' : 'an engine without swarm'}).`, 'Point --engine (ebuildBuilder.engine) at a Docker engine that is a swarm manager (docs/scale-out.md).', 'not-a-swarm-manager');
  }
  if (swarm.LocalNodeState !== 'active') {
    throw new UserError(
      `The engine at ${engine.url} is not part of a swarm (swarm: ${swarm.LocalNodeState || 'inactive'}), so it cannot run swarm jobs.`,
      'Make it a manager with `docker swarm init --advertise-addr ADDRESS` and join the build machines with the command it prints (docs/scale-out.md), or point --engine at a manager.',
      'not-a-swarm-manager',
    );
  }
  if (!swarm.ControlAvailable) {
    const managers = (swarm.RemoteManagers ?? []).map((m) => m.Addr).filter(Boolean).join(', ');
    throw new UserError(
      `The engine at ${engine.url} is a swarm worker; only a manager can create services.`,
      `Point --engine (ebuildBuilder.engine) at a manager${managers ? ` (${managers})` : ''}, or promote this node with \`docker node promote\` on a manager.`,
      'not-a-swarm-manager',
    );
  }
  const nodes = await listSwarmNodes(engine);
  const self = nodes.find((n) => n.id === swarm.NodeID);
  if (!self) throw new UserError(`The swarm manager at ${engine.url} does not list its own node ${swarm.NodeID}.`, 'Check the swarm with `docker node ls`, then try again.', 'swarm-error');
  if (self.availability !== 'active') {
    throw new UserError(
      `The manager's own node (${self.hostname}, ${self.id.slice(0, 12)}) is ${self.availability}: the run's binhost runs there, so it must take tasks.`,
      `Run \`docker node update --availability active ${self.id.slice(0, 12)}\`, or point --engine at another manager.`,
      'swarm-manager-drained',
    );
  }
  if (!usableNodes(nodes).length) throw new UserError('No node of the swarm is ready and active.', 'Check the nodes with `docker node ls`.', 'swarm-no-nodes');
  return { self, nodes, apiVersion: version.ApiVersion ?? '1.41' };
}

/** `vm (ecjn87h3ph8p)`: hostnames repeat (one machine, cloned machines), ids do not. */
export function nodeLabel(node: SwarmNode | undefined, id?: string): string {
  if (!node) return id ? id.slice(0, 12) : 'an unknown node';
  return `${node.hostname || '?'} (${node.id.slice(0, 12)})`;
}
