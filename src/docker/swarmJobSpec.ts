/**
 * One job of a swarm run, from ebuild to service spec: the BuildRequest and ContainerSpec a local build would have
 * (same profile, overrides, arguments), with the differences a swarm needs: no binary-package cache volume (the
 * run's binhost carries what earlier levels built, `--getbinpkg` from the second level on, and the exclusions say
 * what may come from it), no TTY (service logs keep stdout and stderr apart), the inputs as secrets, the tree from
 * the nodes' volumes, and the build's own command behind the job wrapper.
 */
import * as path from 'node:path';
import type Docker from 'dockerode';
import { workspacePackages } from '../core/binpkgCache';
import type { BuildConfig } from '../core/buildConfig';
import type { BuildRequest, ContainerSpec } from '../core/buildModel';
import { makeBuildRequest } from '../core/buildRequest';
import { containerSpecFor } from '../core/profiles';
import { parseGentooTree } from '../core/profiles/gentoo';
import { jobExclusions, jobServiceName, runLabels } from '../core/swarmPlan';
import { UserError } from '../core/userError';
import { asUserError, isNotFound } from './dockerErrors';
import type { Engine } from './engine';
import type { SwarmSecrets } from './swarmInputs';
import { jobServiceSpec, type RunTaskContext } from './swarmService';

export interface JobContext {
  engine: Engine;
  runId: string;
  owner: string;
  config: BuildConfig;
  workspaceFolders: string[];
  run: RunTaskContext;
  secrets: Pick<SwarmSecrets, 'inputs'>;
  binhost: { host: string; port: number };
  treeMounts: Docker.MountSettings[];
  networks: string[];
  memory: number;
  nanoCpus: number;
  /** Image entrypoints already asked for (the manager's copy of each image). */
  entrypoints: Map<string, Promise<string[]>>;
}

export interface JobInput {
  index: number;
  ebuild: string;
  level: number;
  /** `cat/pn` of the packages earlier levels built in this run (on the binhost now). */
  builtEarlier: string[];
  overridesFolder?: string;
  env?: Record<string, string>;
}

export interface PreparedJob {
  name: string;
  request: BuildRequest;
  spec: ContainerSpec;
  command: string[];
  service: Docker.CreateServiceOptions;
}

/** The config of every job of a swarm: no binary-package cache volume, no TTY. */
export function swarmJobConfig(config: BuildConfig): BuildConfig {
  return { ...config, caches: { ...config.caches, binpkgs: false }, tty: false };
}

export async function prepareSwarmJob(ctx: JobContext, job: JobInput): Promise<PreparedJob> {
  const config = swarmJobConfig(job.overridesFolder ? { ...ctx.config, overridesFolder: job.overridesFolder } : ctx.config);
  const request = await makeBuildRequest(job.ebuild, { workspaceFolders: ctx.workspaceFolders, config });
  if (job.env) request.env = { ...request.env, ...job.env };
  const own = `${request.category}/${request.pn}`;
  request.binpkgCache = { volume: '', exclude: jobExclusions(await workspacePackages(request.overlays), job.builtEarlier, own), startFingerprints: {} };
  if (job.level > 0) request.emergeArgs = [...request.emergeArgs, '--getbinpkg'];
  const name = jobServiceName(ctx.runId, job.index, request.pn, request.pvr);
  const spec = await containerSpecFor(request, config, name);
  if (config.sabayon.tree && spec.volumes.some((v) => v.name === config.sabayon.tree)) {
    throw new UserError(
      `The refreshed Sabayon tree (the volume ${config.sabayon.tree}, ebuildBuilder.sabayon.tree) exists only on the engine it was refreshed on, not on the swarm's nodes.`,
      'Clear ebuildBuilder.sabayon.tree for swarm builds (the image\'s own tree is used), or refresh into an image and give it to every node.',
      'swarm-sabayon-tree',
    );
  }
  if (spec.securityOpt.length) spec.notes.push(`securityOpt ${spec.securityOpt.join(' ')} is not applied: the swarm service API of this engine has no field for it`);
  spec.notes.push(`swarm job ${name}${job.level > 0 ? `, level ${job.level + 1}: dependencies built by earlier levels come from the run's binhost (--getbinpkg)` : ''}`);
  const tree = parseGentooTree(ctx.config.gentooTree);
  // A `host:` tree is a path on each node (named by the user for that purpose); everything else travels as secrets.
  const onNode = (i: ContainerSpec['inputs'][number]) => tree.kind === 'host' && i.kind === 'dir' && i.hostPath === tree.value && i.containerPath === '/var/db/repos/gentoo';
  const inputs = await ctx.secrets.inputs(spec.inputs.filter((i) => !onNode(i)));
  const mounts: Docker.MountSettings[] = [
    ...spec.inputs.filter(onNode).map((i): Docker.MountSettings => ({ Type: 'bind', Source: (i as { hostPath: string }).hostPath, Target: i.containerPath, ReadOnly: true })),
    ...(spec.volumesFrom.length ? ctx.treeMounts : []),
  ];
  const command = [...(spec.entrypoint ?? (await entrypointOf(ctx, spec.image))), ...spec.argv];
  const labels = { ...spec.labels, ...runLabels(ctx.runId, 'job', ctx.owner) };
  const service = jobServiceSpec({
    name, spec, command, inputs, mounts, labels,
    memory: ctx.memory, nanoCpus: ctx.nanoCpus, networks: ctx.networks,
    wrapperEnv: {
      EBUILD_BUILDER_JOB: name,
      EBUILD_BUILDER_PKGDIR: spec.packagesDir,
      EBUILD_BUILDER_LOGS: spec.logPaths.join('\n'),
      EBUILD_BUILDER_BINHOST_HOST: ctx.binhost.host,
      EBUILD_BUILDER_BINHOST_PORT: String(ctx.binhost.port),
      ...(job.level > 0 ? { EBUILD_BUILDER_GETBINPKG: '1' } : {}),
    },
  }, ctx.run);
  return { name, request, spec, command, service };
}

/** The image's entrypoint (its ENTRYPOINT runs the build when the profile keeps it, as Sabayon's does). */
function entrypointOf(ctx: JobContext, image: string): Promise<string[]> {
  let known = ctx.entrypoints.get(image);
  if (!known) {
    known = ctx.engine.docker.getImage(image).inspect().then(
      (i) => {
        const e = i.Config?.Entrypoint;
        return typeof e === 'string' ? ['/bin/sh', '-c', e] : (e ?? []);
      },
      (e: unknown) => {
        if (isNotFound(e)) throw new UserError(`The builder image ${image} is not on the swarm manager.`, `Make ${image} available on every node (\`docker pull\`, or \`docker save ${image} | docker -H NODE load\`), then build again.`, 'swarm-no-image');
        throw asUserError(e, ctx.engine, `inspecting ${image}`);
      },
    );
    ctx.entrypoints.set(image, known);
  }
  return known;
}

/** Where a job's log goes: beside local builds' logs, named by its service. */
export function jobLogPath(request: BuildRequest, name: string): string {
  return path.join(request.artifactsDir, 'logs', `${name}.log`);
}
