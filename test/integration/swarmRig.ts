/**
 * The loopback swarm of scripts/test-swarm.sh for test/integration/swarm.test.ts and bench/p8-swarm.ts: the main
 * dockerd as manager, two more dockerd as workers. `up` before, `down` after (the main engine leaves the swarm again
 * when the rig made it a manager); a worker's engine can be stopped and started to lose a node.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import Docker from 'dockerode';

export interface SwarmRig {
  manager: string;
  managerNode: string;
  workers: { socket: string; node: string; pidfile: string }[];
}

const SCRIPT = path.resolve(__dirname, '..', '..', '..', 'scripts', 'test-swarm.sh');

function script(args: string[]): string {
  try {
    return execFileSync(SCRIPT, args, { encoding: 'utf8', timeout: 900_000, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`scripts/test-swarm.sh ${args.join(' ')} failed: ${err.stderr?.trim() || err.message}`);
  }
}

export function swarmUp(): SwarmRig {
  return JSON.parse(script(['up'])) as SwarmRig;
}

export function swarmDown(): void {
  script(['down']);
}

/** Stops a worker's dockerd (its containers stop with it): the node is lost to the swarm. */
export function stopWorker(n: number): void {
  script(['stop-worker', String(n)]);
}

/** Starts it again; resolves once the swarm sees three ready nodes. */
export function startWorker(n: number): void {
  script(['start-worker', String(n)]);
}

/** The rig's engines: the manager first, then the workers. */
export function rigEngines(rig: SwarmRig): { name: string; node: string; docker: Docker }[] {
  const client = (url: string) => new Docker({ socketPath: url.replace(/^unix:\/\//, ''), host: undefined } as Docker.DockerOptions);
  return [
    { name: 'manager', node: rig.managerNode, docker: client(rig.manager) },
    ...rig.workers.map((w, i) => ({ name: `w${i + 1}`, node: w.node, docker: client(w.socket) })),
  ];
}

/** The worker (1 or 2) whose node id starts with `prefix`, if it is a worker. */
export function workerOf(rig: SwarmRig, prefix: string): number | undefined {
  const i = rig.workers.findIndex((w) => w.node.startsWith(prefix));
  return i >= 0 ? i + 1 : undefined;
}

/** What of the main engine and the machine the rig touches: compared before `up` and after `down`. */
export interface MachineState {
  swarm: string;
  /** The main engine's swarm networks (docker_gwbridge, ingress). */
  swarmNetworks: string[];
  docker0: boolean;
  /** Bridges the rig makes (eb-sw1, eb-gw1…). */
  rigBridges: string[];
}

export async function machineState(): Promise<MachineState> {
  const docker = new Docker({ socketPath: '/var/run/docker.sock' });
  const info = (await docker.info()) as { Swarm?: { LocalNodeState?: string } };
  const networks = (await docker.listNetworks()) as { Name: string }[];
  const links = readdirSync('/sys/class/net');
  return {
    swarm: info.Swarm?.LocalNodeState ?? '',
    swarmNetworks: networks.map((n) => n.Name).filter((n) => n === 'docker_gwbridge' || n === 'ingress').sort(),
    docker0: links.includes('docker0'),
    rigBridges: links.filter((l) => /^eb-(sw|gw)\d+$/.test(l)).sort(),
  };
}

/** What the rig's workers left running or mounted after `down`: live dockerd, mounts under their folders. */
export function workerLeftovers(rig: SwarmRig): string[] {
  const left: string[] = [];
  const mounts = readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1] ?? '');
  for (const w of rig.workers) {
    const dir = path.dirname(w.pidfile);
    if (existsSync(w.pidfile)) {
      const pid = Number(readFileSync(w.pidfile, 'utf8').trim());
      try {
        process.kill(pid, 0);
        left.push(`dockerd ${pid} of ${dir}`);
      } catch {
        // not running
      }
    }
    left.push(...mounts.filter((m) => m.startsWith(dir + '/')).map((m) => `mount ${m}`));
  }
  return left;
}
