/**
 * A swarm run (docs/scale-out.md): a change set or a USE matrix as swarm jobs on the engine the user chose, which
 * must be a manager. Level by level: the run's binhost and token first (and the tree on every node), then each
 * level's jobs side by side, each next level fetching what the earlier ones built (getbinpkg). Packages come back
 * into the artifacts folder as each job ends. At the end, or on cancel, every service and secret the run created
 * is removed (Swarm then removes their containers on every node).
 */
import * as os from 'node:os';
import type Docker from 'dockerode';
import type { BuildConfig } from '../core/buildConfig';
import type { BuildRequest, ContainerSpec } from '../core/buildModel';
import type { BuildResult } from '../core/buildRun';
import { DEFAULT_LIMITS, formatSize } from '../core/limits';
import { makeBuildRequest } from '../core/buildRequest';
import { containerSpecFor } from '../core/profiles';
import { parseGentooTree } from '../core/profiles/gentoo';
import { cpuReservation, jobMemory, jobNetworks, LABEL_RUN, newRunId, runLabels, usableNodes, type SwarmOptions } from '../core/swarmPlan';
import { isUserError, UserError } from '../core/userError';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import { startBinhost, type Binhost } from './swarmBinhost';
import { SwarmSecrets } from './swarmInputs';
import { startSwarmJob, type SwarmJobHandle } from './swarmJob';
import { jobLogPath, prepareSwarmJob, swarmJobConfig, type JobContext } from './swarmJobSpec';
import { nodeLabel, swarmFacts, type SwarmFacts } from './swarmManager';
import type { RunTaskContext } from './swarmService';
import { tasksGone } from './swarmTasks';
import { treeOnEveryNode } from './swarmTree';
import { Listeners } from '../core/listeners';

/** One build of the run: an ebuild at a dependency level (a USE combination: with its own overrides folder). */
export interface SwarmJobPlan {
  /** The summary's name for it: the atom, or the USE combination's name. */
  label: string;
  ebuild: string;
  /** 0 for the first level. */
  level: number;
  overridesFolder?: string;
  env?: Record<string, string>;
}

export type SwarmRunEvent =
  | { type: 'note'; text: string }
  | { type: 'job'; plan: SwarmJobPlan; handle: SwarmJobHandle; request: BuildRequest; spec: ContainerSpec; command: string[]; logPath: string };

/** What became of one planned build. */
export interface SwarmJobOutcome {
  plan: SwarmJobPlan;
  result?: BuildResult;
  /** Why it was not built (an earlier level failed, the run was cancelled). */
  notBuilt?: string;
  /** What stopped it before it ran (not in an overlay, inputs too large). */
  error?: UserError;
}

export interface SwarmRunOptions {
  engine: Engine;
  config: BuildConfig;
  workspaceFolders: string[];
  jobs: SwarmJobPlan[];
  options: SwarmOptions;
  /** Start the next level after a failure (the failed ones' dependents build them from source). */
  keepGoing: boolean;
}

export interface SwarmRunHandle {
  readonly id: string;
  onEvent(listener: (e: SwarmRunEvent) => void): () => void;
  /** Removes every service and secret of the run; resolves when the run is over. */
  cancel(): Promise<void>;
  readonly done: Promise<SwarmJobOutcome[]>;
}

export function startSwarmRun(o: SwarmRunOptions): SwarmRunHandle {
  const runId = newRunId();
  const listeners = new Listeners<SwarmRunEvent>();
  const emit = (e: SwarmRunEvent) => listeners.emit(e);
  const note = (text: string) => emit({ type: 'note', text });
  let cancelled = false;
  const running = new Set<SwarmJobHandle>();
  const owner = `${os.hostname()}:${process.pid}`;
  const secrets = new SwarmSecrets(o.engine, runId, runLabels(runId, 'input', owner));
  const services: string[] = [];

  const run = async (): Promise<SwarmJobOutcome[]> => {
    await new Promise((r) => setImmediate(r));
    const outcomes: SwarmJobOutcome[] = o.jobs.map((plan) => ({ plan }));
    try {
      const facts = await swarmFacts(o.engine);
      const networks = jobNetworks(o.config.network);
      describeSwarm(facts, o, runId, note);
      const run: RunTaskContext = { labels: runLabels(runId, 'job', owner), token: await secrets.token(), constraints: o.options.constraints, stopGraceSeconds: o.config.stopGraceSeconds };
      const first = await firstJobNeeds(o);
      const tree = parseGentooTree(o.config.gentooTree);
      const [binhost, treeMounts] = await Promise.all([
        startBinhost(o.engine, facts, first.image, o.options.binhostPort, networks, `ebuild-builder-${runId}-binhost`, runLabels(runId, 'binhost', owner), run, () => cancelled)
          .then((b) => (services.push(b.serviceId), b)),
        first.tree && tree.kind === 'volume' ? treeOnEveryNode(o.engine, facts, tree.value!, `ebuild-builder-${runId}-tree`, runLabels(runId, 'tree', owner), run, () => cancelled) : Promise.resolve([]),
      ]);
      note(`binhost on node ${nodeLabel(facts.self)}, port ${binhost.port}; jobs reach it at ${binhost.host === 'gateway' ? 'their gateway (the swarm is advertised on loopback: one machine)' : binhost.host}`);
      const ctx: JobContext = {
        engine: o.engine, runId, owner, config: o.config, workspaceFolders: o.workspaceFolders, run, secrets, binhost, treeMounts: treeMounts as Docker.MountSettings[], networks,
        memory: jobMemory(o.config.limits ?? DEFAULT_LIMITS, facts.nodes), nanoCpus: cpuReservation(o.options, facts.nodes), entrypoints: new Map(),
      };
      await runLevels(ctx, facts, binhost, outcomes);
    } catch (e) {
      if (!(cancelled || (isUserError(e) && e.code === 'cancelled'))) throw isUserError(e) ? e : asUserError(e, o.engine, 'running the swarm jobs');
    } finally {
      await Promise.all([...running].map((j) => j.cancel()));
      await Promise.all(services.map((id) => o.engine.docker.getService(id).remove().catch(() => undefined)));
      await secrets.removeAll();
      // Swarm stops and removes the tasks' containers on their nodes: wait for that, within reason.
      const left = await tasksGone(o.engine, `${LABEL_RUN}=${runId}`, (o.config.stopGraceSeconds + 30) * 1000);
      if (left.length) note(`containers of this run are still on ${left.length} node(s) (${left.map((n) => n.slice(0, 12)).join(', ')}): Swarm removes them when those nodes answer; \`ebuild-builder clean --run ${runId}\` removes what is left`);
    }
    for (const out of outcomes) if (!out.result && !out.error && !out.notBuilt) out.notBuilt = 'cancelled';
    return outcomes;
  };

  const runLevels = async (ctx: JobContext, facts: SwarmFacts, binhost: Binhost, outcomes: SwarmJobOutcome[]): Promise<void> => {
    const levels = [...new Set(o.jobs.map((j) => j.level))].sort((a, b) => a - b);
    const builtEarlier: string[] = [];
    let stopped: string | undefined;
    for (const level of levels) {
      const here = outcomes.filter((out) => out.plan.level === level);
      if (cancelled) stopped ??= 'cancelled';
      if (stopped) {
        for (const out of here) out.notBuilt = stopped;
        continue;
      }
      if (levels.length > 1) note(`level ${level + 1} of ${levels.length}: ${here.map((h) => h.plan.label).join(', ')}`);
      const builtHere: string[] = [];
      await Promise.all(here.map(async (out) => {
        const index = outcomes.indexOf(out);
        let prepared;
        try {
          prepared = await prepareSwarmJob(ctx, { index, ebuild: out.plan.ebuild, level, builtEarlier: [...builtEarlier], overridesFolder: out.plan.overridesFolder, env: out.plan.env });
        } catch (e) {
          if (!isUserError(e)) throw e;
          out.error = e;
          return;
        }
        if (cancelled) return;
        const logPath = jobLogPath(prepared.request, prepared.name);
        const handle = startSwarmJob({
          engine: o.engine, name: prepared.name, spec: prepared.service, binhost, logPath,
          artifactsDir: prepared.request.artifactsDir, image: prepared.spec.image, argv: prepared.command, nodes: facts.nodes,
        });
        running.add(handle);
        emit({ type: 'job', plan: out.plan, handle, request: prepared.request, spec: prepared.spec, command: prepared.command, logPath });
        out.result = await handle.done;
        running.delete(handle);
        if (out.result.state === 'succeeded') builtHere.push(`${prepared.request.category}/${prepared.request.pn}`);
      }));
      builtEarlier.push(...builtHere);
      const failed = here.filter((h) => h.error || (h.result && h.result.state !== 'succeeded'));
      if (here.some((h) => h.result?.state === 'cancelled')) stopped = 'cancelled';
      else if (failed.length && !o.keepGoing) stopped = 'an earlier build failed (use --keep-going to build it anyway)';
    }
  };

  const done = run();
  return {
    id: runId,
    onEvent: (listener) => listeners.add(listener),
    async cancel() {
      cancelled = true;
      await Promise.all([...running].map((j) => j.cancel()));
      await done.catch(() => undefined);
    },
    done,
  };
}

/** The first job's image (the binhost runs in it: it has Python and Portage) and whether its profile needs the tree. */
async function firstJobNeeds(o: SwarmRunOptions): Promise<{ image: string; tree: boolean }> {
  const first = o.jobs[0];
  if (!first) throw new UserError('Nothing to build on the swarm.', undefined, 'nothing-to-build');
  const config = swarmJobConfig(o.config);
  const request = await makeBuildRequest(first.ebuild, { workspaceFolders: o.workspaceFolders, config });
  const spec = await containerSpecFor(request, config, 'first');
  return { image: spec.image, tree: spec.volumesFrom.length > 0 };
}

function describeSwarm(facts: SwarmFacts, o: SwarmRunOptions, runId: string, note: (t: string) => void): void {
  const ready = usableNodes(facts.nodes);
  note(`swarm run ${runId} on ${o.engine.url}: ${ready.length} node${ready.length === 1 ? '' : 's'} take jobs (${ready.map((n) => nodeLabel(n)).join(', ')})${o.options.constraints.length ? `; jobs only where ${o.options.constraints.join(' and ')}` : ''}`);
  const cpus = cpuReservation(o.options, facts.nodes) / 1e9;
  const memory = jobMemory(o.config.limits ?? DEFAULT_LIMITS, facts.nodes);
  note(`each job reserves ${cpus} CPU${cpus === 1 ? '' : 's'}${o.options.cpusPerJob ? '' : ' (all of the smallest node: one build per node at a time; --swarm-cpus to share)'}, memory bound ${memory ? formatSize(memory) : 'none'} without a swap bound (the service API has none), ${(o.config.limits ?? DEFAULT_LIMITS).pids || 'no'} processes; the disk bound is not watched on a swarm`);
}
