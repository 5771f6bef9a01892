/**
 * The decisions of a swarm run that need no engine (docs/scale-out.md): names and labels of what it creates, the
 * options a user gives (placement constraints, CPUs per job, the binhost's port), how jobs reach the binhost, what a
 * job may take from it, and how its bounds follow from the nodes.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { LABEL_OWNER } from './buildModel';
import { memoryLimit, type BuildLimits } from './limits';
import { UserError } from './userError';

/** On every service, secret and task container of a run: `clean` finds a run's leftovers by it. */
export const LABEL_RUN = 'ebuild-builder.run';
/** What a labelled swarm object is in its run: `job`, `binhost`, `tree`, `input`, `token`. */
export const LABEL_ROLE = 'ebuild-builder.role';

/** Restarts Swarm (or the run, for a lost node) may make of one job: a job runs at most 1 + this many times. */
export const MAX_RESTARTS = 1;

export interface SwarmOptions {
  /** Placement constraints of every job (`node.labels.arch==amd64`, `node.role==worker`). */
  constraints: string[];
  /** CPUs each job reserves; 0: all of the smallest node's, so a node runs one build at a time. */
  cpusPerJob: number;
  /** Port the binhost publishes on its node; 0: one the engine picks. */
  binhostPort: number;
}

export const DEFAULT_SWARM_OPTIONS: SwarmOptions = { constraints: [], cpusPerJob: 0, binhostPort: 0 };

/** Flags (`--swarm-constraint`, `--swarm-cpus`, `--swarm-binhost-port`) or settings → options, with messages naming them. */
export function swarmOptions(values: { constraints?: unknown; cpus?: unknown; binhostPort?: unknown }, names = { constraints: '--swarm-constraint', cpus: '--swarm-cpus', binhostPort: '--swarm-binhost-port' }): SwarmOptions {
  const constraints = values.constraints === undefined ? [] : values.constraints;
  if (!Array.isArray(constraints) || !constraints.every((c) => typeof c === 'string' && /^\s*[\w.-]+\s*(==|!=)\s*\S.*$/.test(c))) {
    throw new UserError(`${names.constraints} takes constraints such as node.role==worker or node.labels.arch!=arm64 (got ${JSON.stringify(constraints)}).`, 'Write each as NAME==VALUE or NAME!=VALUE (see `docker service create --constraint`).', 'bad-flag');
  }
  const number = (v: unknown, name: string, max: number): number => {
    if (v === undefined || v === '') return 0;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || n > max) throw new UserError(`${name} '${String(v)}' is not a number from 0 to ${max}.`, `Write e.g. ${name} ${name.includes('port') ? '18080' : '2'} (0: ${name.includes('port') ? 'a port the engine picks' : 'all CPUs of the smallest node'}).`, 'bad-flag');
    return n;
  };
  const binhostPort = number(values.binhostPort, names.binhostPort, 65535);
  if (!Number.isInteger(binhostPort)) throw new UserError(`${names.binhostPort} must be a whole number.`, `Write e.g. ${names.binhostPort} 18080.`, 'bad-flag');
  return { constraints: (constraints as string[]).map((c) => c.trim()), cpusPerJob: number(values.cpus, names.cpus, 4096), binhostPort };
}

export function newRunId(): string {
  return randomBytes(3).toString('hex');
}

/** Labels of everything a run creates; the owner lets `clean` leave a live run alone. */
export function runLabels(runId: string, role: string, owner: string): Record<string, string> {
  return { [LABEL_RUN]: runId, [LABEL_ROLE]: role, [LABEL_OWNER]: owner };
}

/** A service name (at most 63 of `[a-zA-Z0-9-]`) saying which run, which job and which package. */
export function jobServiceName(runId: string, index: number, pn: string, pvr: string): string {
  const tail = `${pn}-${pvr}`.replace(/[^a-zA-Z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `ebuild-builder-${runId}-${index + 1}-${tail}`.slice(0, 63).replace(/-+$/, '');
}

/** A node as the run sees it. */
export interface SwarmNode {
  id: string;
  hostname: string;
  /** The address it is advertised on (what other nodes reach it at). */
  addr: string;
  state: string;
  availability: string;
  role: string;
  nanoCpus: number;
  memoryBytes: number;
}

/** Nodes that take new tasks. */
export const usableNodes = (nodes: SwarmNode[]): SwarmNode[] => nodes.filter((n) => n.state === 'ready' && n.availability === 'active');

/** The CPUs (in nano-CPUs) each job reserves, so Swarm queues what does not fit rather than crowding a node. */
export function cpuReservation(options: SwarmOptions, nodes: SwarmNode[]): number {
  const smallest = Math.min(...usableNodes(nodes).map((n) => n.nanoCpus).filter((c) => c > 0));
  if (options.cpusPerJob > 0) return Math.round(options.cpusPerJob * 1e9);
  return Number.isFinite(smallest) ? smallest : 0;
}

/** A job's memory bound: 'auto' is three quarters of the smallest node's memory (a job may land on any). */
export function jobMemory(limits: BuildLimits, nodes: SwarmNode[]): number {
  const smallest = Math.min(...usableNodes(nodes).map((n) => n.memoryBytes).filter((m) => m > 0));
  return memoryLimit(limits, Number.isFinite(smallest) ? smallest : undefined);
}

/** How a job's network setting maps onto a service: the node's default bridge, the host's, or a swarm network. */
export function jobNetworks(network: string | undefined): string[] {
  const n = network?.trim();
  if (n === 'none') {
    throw new UserError(
      'A swarm job reaches the run\'s binhost over the network, so it cannot run with the network "none" (ebuildBuilder.network / EBUILD_BUILDER_NETWORK / --network).',
      'Build on the swarm with --network bridge (each node\'s default bridge), or name a swarm network (docs/scale-out.md).',
      'swarm-network-none',
    );
  }
  if (!n || n === 'bridge' || n === 'default') return [];
  return [n];
}

/**
 * Where jobs find the binhost: the address its node is advertised on. A swarm advertised on loopback addresses
 * lives on one machine, and a job behind its node's bridge cannot use 127.0.0.x: it reaches that same machine
 * through its default gateway (the wrapper resolves `gateway`). Jobs on the host's network use the address itself.
 */
export function binhostHost(nodeAddr: string, networks: string[]): string {
  const loopback = isIP(nodeAddr) === 4 ? nodeAddr.startsWith('127.') : nodeAddr === '::1';
  return loopback && !networks.includes('host') ? 'gateway' : nodeAddr;
}

/**
 * `--usepkg-exclude` of a job: every package of the workspace, but those built in earlier levels of this run (their
 * packages on the binhost are from the ebuilds as they are now); never the job's own atom.
 */
export function jobExclusions(workspacePackages: string[], builtEarlier: string[], own: string): string[] {
  const fresh = new Set(builtEarlier.filter((n) => n !== own));
  return [...new Set([...workspacePackages.filter((n) => !fresh.has(n)), own])].sort();
}

/** "ran twice", "ran 3 times" (the summary table's note for a job Swarm reran). */
export function attemptsText(attempts: number): string {
  return attempts === 2 ? 'ran twice' : `ran ${attempts} times`;
}
