/**
 * Service specs of a swarm run: a build job (one task run to its end), the binhost (a service with a port published
 * on the manager's node) and the tree fill (one task per node, run to its end). The bounds and security settings of a local build (limits.ts)
 * apply to every task as far as the service API carries them: dropped capabilities, processes, memory, an init
 * process; no-new-privileges is set by the job wrapper itself (and by the spec on engines whose API has it). What the
 * API has no field for (swap, the disk bound, `securityOpt`) is said in the run's notes (docs/scale-out.md).
 */
import type Docker from 'dockerode';
import type { ContainerSpec } from '../core/buildModel';
import { DEFAULT_LIMITS, DROPPED_CAPABILITIES } from '../core/limits';
import { BINHOST_PORT, BINHOST_SERVER, JOB_WRAPPER } from '../core/swarmScripts';
import { MAX_RESTARTS } from '../core/swarmPlan';

export interface SecretRef {
  id: string;
  name: string;
  /** File name under /run/secrets in the task. */
  file: string;
}

/** What every task of the run shares: labels, the token, the user's placement constraints. */
export interface RunTaskContext {
  labels: Record<string, string>;
  token: SecretRef;
  constraints: string[];
  stopGraceSeconds: number;
}

const secretRefs = (refs: SecretRef[]): Docker.SecretReference[] =>
  refs.map((r) => ({ SecretID: r.id, SecretName: r.name, File: { Name: r.file, UID: '0', GID: '0', Mode: 0o400 } }));

/** Capabilities, init and no-new-privileges as a local build has them. */
function hardened(capAdd: string[]): Partial<Docker.ContainerSpec> {
  return {
    CapabilityAdd: capAdd.length ? capAdd : undefined,
    CapabilityDrop: DROPPED_CAPABILITIES.filter((c) => !capAdd.includes(c)),
    Init: true,
    // Engines whose API knows it (1.44+) apply it; older ones ignore the field, and the wrapper sets it anyway.
    Privileges: { NoNewPrivileges: true } as Docker.Privileges,
  };
}

export interface JobSpecInput {
  name: string;
  spec: ContainerSpec;
  /** The build's own command: the profile's (or the image's) entrypoint, then its arguments. */
  command: string[];
  /** Environment the wrapper reads (EBUILD_BUILDER_*), besides the build's own. */
  wrapperEnv: Record<string, string>;
  inputs: SecretRef[];
  /** Named volumes and node paths beyond the spec's own volumes (the tree). */
  mounts: Docker.MountSettings[];
  memory: number;
  nanoCpus: number;
  networks: string[];
  labels: Record<string, string>;
}

export function jobServiceSpec(j: JobSpecInput, run: RunTaskContext): Docker.CreateServiceOptions {
  const limits = j.spec.limits ?? DEFAULT_LIMITS;
  const mounts: Docker.MountSettings[] = [
    ...j.spec.volumes.map((v): Docker.MountSettings => ({ Type: 'volume', Source: v.name, Target: v.containerPath, ReadOnly: v.readOnly ?? false })),
    ...j.mounts,
  ];
  return {
    Name: j.name,
    Labels: j.labels,
    // A replicated service of one task that runs to its end (the restart policy does not restart a task that
    // completed) rather than `replicated-job`: on Docker 20.10 a job's task is never moved off a node that went
    // down, and removing a job leaves its tasks and containers on the nodes (moby/moby#42789, #44312).
    Mode: { Replicated: { Replicas: 1 } },
    TaskTemplate: {
      ContainerSpec: {
        Image: j.spec.image,
        // The wrapper replaces the image's entrypoint; the build's command follows as its arguments.
        Command: ['python3', '-c', JOB_WRAPPER],
        Args: j.command,
        Env: Object.entries({ ...j.spec.env, ...j.wrapperEnv }).map(([k, v]) => `${k}=${v}`),
        Labels: j.labels,
        Mounts: mounts,
        Secrets: secretRefs([...j.inputs, run.token]),
        StopGracePeriod: run.stopGraceSeconds * 1e9,
        TTY: false,
        ...hardened(j.spec.capAdd),
      },
      Resources: {
        Limits: { ...(j.memory > 0 ? { MemoryBytes: j.memory } : {}), ...(limits.pids > 0 ? { Pids: limits.pids } : {}) },
        Reservations: j.nanoCpus > 0 ? { NanoCPUs: j.nanoCpus } : {},
      },
      // The wrapper exits 0 whenever the build ran: only a lost node or a container that could not run is retried.
      RestartPolicy: { Condition: 'on-failure', MaxAttempts: MAX_RESTARTS, Delay: 1e9 },
      Placement: { Constraints: run.constraints },
      Networks: j.networks.map((n) => ({ Target: n })),
    },
  };
}

export function binhostServiceSpec(name: string, image: string, nodeId: string, port: number, labels: Record<string, string>, run: RunTaskContext): Docker.CreateServiceOptions {
  return {
    Name: name,
    Labels: labels,
    Mode: { Replicated: { Replicas: 1 } },
    TaskTemplate: {
      ContainerSpec: {
        Image: image,
        Command: ['python3', '-c', BINHOST_SERVER],
        Args: [],
        Labels: labels,
        Secrets: secretRefs([run.token]),
        StopGracePeriod: 2e9,
        ...hardened([]),
      },
      Resources: { Limits: { Pids: DEFAULT_LIMITS.pids } },
      // A binhost that stops ends the run with a message; it is not restarted with its packages gone.
      RestartPolicy: { Condition: 'none' },
      // On the manager's own node: the run reads its packages through this engine's archive API.
      Placement: { Constraints: [`node.id==${nodeId}`] },
    },
    EndpointSpec: { Ports: [{ Protocol: 'tcp', TargetPort: BINHOST_PORT, PublishedPort: port || undefined, PublishMode: 'host' }] },
  };
}

/**
 * A global service run once per node that creates the tree's named volume on every node from the tree image (Docker copies the image's
 * content into an empty named volume when a container mounts it). Its command is Docker's own init binary (mounted
 * by `Init`), so an image with nothing to run in it (`gentoo/portage` is FROM scratch) still does.
 */
export function treeFillServiceSpec(name: string, image: string, volumes: { name: string; path: string }[], labels: Record<string, string>, run: RunTaskContext): Docker.CreateServiceOptions {
  return {
    Name: name,
    Labels: labels,
    Mode: { Global: {} }, // not `global-job`: see jobServiceSpec
    TaskTemplate: {
      ContainerSpec: {
        Image: image,
        Command: ['/sbin/docker-init', '--version'],
        Args: [],
        Labels: labels,
        Mounts: volumes.map((v) => ({ Type: 'volume', Source: v.name, Target: v.path, ReadOnly: false, VolumeOptions: { NoCopy: false, Labels: { 'ebuild-builder.tree': image }, DriverConfig: { Name: 'local', Options: {} } } })),
        ...hardened([]),
      },
      RestartPolicy: { Condition: 'none' },
      Placement: { Constraints: run.constraints },
    },
  };
}

