/**
 * One build as a swarm job (a service of one task run to its end), as a BuildHandle like a local build's: create the
 * service → follow its output (service logs) into the log file and the listeners → watch its tasks → take the
 * wrapper's status line → bring its packages back from the binhost → remove the service. A task Swarm ran again (its
 * node was lost, or its container could not run: the restart policy, bounded) counts as another attempt; a build
 * that failed is never rerun (the wrapper exits 0 for it). Cancel removes the service at any moment.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type Docker from 'dockerode';
import type { BuildHandle, BuildResult, BuildState, RunEvent } from '../core/buildRun';
import { protocolLine, type LogMessage } from '../core/swarmLog';
import { MAX_RESTARTS } from '../core/swarmPlan';
import { JOB_EXIT } from '../core/swarmScripts';
import { isUserError, UserError } from '../core/userError';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import type { Binhost } from './swarmBinhost';
import { listSwarmNodes, nodeLabel } from './swarmManager';
import { followServiceLogs, serviceTasks, sleeper, TERMINAL } from './swarmTasks';
import type { SwarmNode } from '../core/swarmPlan';
import { Listeners } from '../core/listeners';

export interface SwarmJobOptions {
  engine: Engine;
  name: string;
  spec: Docker.CreateServiceOptions;
  binhost: Binhost;
  logPath: string;
  artifactsDir: string;
  image: string;
  argv: string[];
  nodes: SwarmNode[];
}

export interface SwarmJobHandle extends BuildHandle {
  readonly name: string;
}

const WRAPPER_TROUBLE: Record<number, string> = {
  [JOB_EXIT.binhostUnreachable]: "the job could not reach the run's binhost",
  [JOB_EXIT.uploadFailed]: "the job could not upload its packages to the run's binhost",
  [JOB_EXIT.noNewPrivileges]: 'the job could not set no-new-privileges',
  [JOB_EXIT.inputs]: 'the job could not unpack its inputs',
};

export function startSwarmJob(o: SwarmJobOptions): SwarmJobHandle {
  const listeners = new Listeners<RunEvent>();
  const emit = (e: RunEvent) => listeners.emit(e);
  const setState = (state: BuildState, detail?: string) => emit({ type: 'state', state, detail });
  const { engine } = o;
  const started = Date.now();
  const { sleep, wake } = sleeper();
  let cancelRequested = false;
  let serviceId: string | undefined;
  let removing: Promise<void> | undefined;
  const removeService = (): Promise<void> => {
    if (!serviceId) return Promise.resolve(); // not created yet: the run removes it right after creating it
    return (removing ??= engine.docker.getService(serviceId).remove().then(() => undefined, () => undefined));
  };

  const run = async (): Promise<BuildResult> => {
    const base = { image: o.image, argv: o.argv };
    await new Promise((r) => setImmediate(r));
    await fs.mkdir(path.dirname(o.logPath), { recursive: true });
    const log = createWriteStream(o.logPath);
    const say = (text: string) => {
      const data = Buffer.from(`>>> ebuild-builder: ${text}\n`);
      log.write(data);
      emit({ type: 'output', stream: 'stderr', data });
    };
    let nodes = o.nodes;
    const status = new Map<string, number>();
    const lastWords = new Map<string, string>();
    let shownTask: string | undefined;
    let attempts = 0;
    let node: string | undefined;
    const announced = new Set<string>();
    /** Attempt numbers of the tasks the last poll listed (oldest first). */
    const attemptOf = new Map<string, number>();
    const where = (nodeId: string) => nodeLabel(nodes.find((n) => n.id === nodeId), nodeId);
    // Said once per task, before its first line of output: by the poll that sees it run, or by its first message.
    const announce = (taskId: string, nodeId: string) => {
      if (announced.has(taskId)) return;
      announced.add(taskId);
      node = where(nodeId);
      say(`${o.name}: attempt ${attemptOf.get(taskId) ?? attempts + 1} on node ${node}`);
      setState('running', `on node ${node}`);
    };
    const onMessage = (m: LogMessage) => {
      const text = m.text.toString('utf8');
      const line = m.stream === 'stdout' ? protocolLine(text) : undefined;
      if (line?.kind === 'status' && m.task) status.set(m.task, line.status);
      if (line) return wake();
      if (m.task && m.node && !announced.has(m.task)) {
        announce(m.task, m.node);
        shownTask ??= m.task;
      }
      if (m.task && m.task !== shownTask) {
        if (shownTask) say(`output of the next attempt (task ${m.task.slice(0, 12)})`);
        shownTask = m.task;
      }
      if (m.task && m.stream === 'stderr' && text.startsWith('>>> ebuild-builder: ')) lastWords.set(m.task, text.slice(20).trim());
      log.write(m.text);
      emit({ type: 'output', stream: m.stream, data: m.text });
    };
    let follower: { stop(): void } | undefined;
    try {
      setState('preparing', 'creating the swarm job');
      try {
        serviceId = ((await engine.docker.createService(o.spec)) as { id: string }).id;
      } catch (e) {
        throw asUserError(e, engine, `creating the swarm job ${o.name}`);
      }
      if (cancelRequested) throw new Cancelled();
      follower = followServiceLogs(engine, serviceId, onMessage);
      let lastDetail = '';
      let waitingSince: number | undefined;
      let failedAt: number | undefined;
      let nodesAt = 0;
      for (;;) {
        if (cancelRequested) throw new Cancelled();
        const tasks = await serviceTasks(engine, serviceId).catch((e) => {
          throw asUserError(e, engine, `watching the swarm job ${o.name}`);
        });
        const task = tasks.at(-1);
        // Node states every 2 s, and at once when a new attempt starts (to say why the last one ended).
        if (Date.now() - nodesAt > 2000 || tasks.length > attempts) {
          nodes = await listSwarmNodes(engine).catch(() => nodes);
          nodesAt = Date.now();
        }
        attempts = Math.max(attempts, tasks.length);
        tasks.forEach((t, i) => attemptOf.set(t.id, i + 1));
        // An earlier attempt that a newer one replaced: say why it ended (its node was lost, its container failed).
        tasks.slice(0, -1).forEach((t, i) => {
          if (announced.has(`ended:${t.id}`) || !announced.has(t.id)) return;
          announced.add(`ended:${t.id}`);
          const lost = nodes.find((n) => n.id === t.nodeId)?.state === 'down';
          say(`attempt ${i + 1} on node ${where(t.nodeId)} did not run to its end (${lost ? 'the node is down' : [WRAPPER_TROUBLE[t.exitCode ?? -1], lastWords.get(t.id), t.err].filter(Boolean).join(': ') || t.state}): Swarm runs the job again`);
        });
        if (!task || ['new', 'pending', 'allocated'].includes(task.state)) {
          const detail = task?.err ? `waiting for a node: ${task.err}` : 'waiting for a node';
          if (detail !== lastDetail) setState('queued', (lastDetail = detail));
        } else if (!TERMINAL.has(task.state)) {
          if (task.nodeId) announce(task.id, task.nodeId);
          const host = nodes.find((n) => n.id === task.nodeId);
          // Swarm gives up a task on a lost node (desired: shutdown) and starts another unless the bound is reached.
          if (host?.state === 'down' && task.desired === 'shutdown' && tasks.length > MAX_RESTARTS) {
            throw new UserError(`The swarm job ${o.name} lost its node ${where(task.nodeId)} on attempt ${tasks.length}; it is not run again (at most ${MAX_RESTARTS + 1} attempts).`, 'Check the nodes (`docker node ls`), then build again.', 'swarm-node-lost');
          }
        } else if (task.state === 'complete') {
          if (status.has(task.id)) return await finish(status.get(task.id)!, attempts, node);
          // The status line may trail the task's end a little.
          waitingSince ??= Date.now();
          if (Date.now() - waitingSince > 15000) throw new UserError(`The swarm job ${o.name} ended without reporting the build's status (its output stopped early).`, 'Build again; if it repeats, check the node\'s logging driver (json-file, local or journald).', 'swarm-no-status');
        } else {
          const trouble = WRAPPER_TROUBLE[task.exitCode ?? -1];
          const why = [trouble, lastWords.get(task.id), task.err].filter(Boolean).join(': ');
          if (tasks.length > MAX_RESTARTS) {
            throw new UserError(
              `The swarm job ${o.name} could not run (${tasks.length} attempts; the last on node ${where(task.nodeId)}): ${why || task.state}.`,
              /no such image/i.test(task.err) ? `Load ${o.image} on every node (\`docker save ${o.image} | docker -H NODE load\`) or push it to a registry they pull from.` : trouble?.includes('binhost') ? "Let the nodes reach the manager's address on the binhost's port (firewall; --swarm-binhost-port fixes the port), then build again." : 'Check the node with `docker node ps NODE`, then build again.',
              'swarm-job-failed',
            );
          }
          if (!announced.has(`ended:${task.id}`)) {
            announced.add(`ended:${task.id}`);
            failedAt = Date.now();
            say(`attempt ${tasks.length} on node ${where(task.nodeId)} did not run to its end (${why || task.state}): Swarm runs the job again`);
          }
          // Swarm restarts after its delay (1 s); one that never comes must not leave the run waiting.
          if (failedAt && Date.now() - failedAt > 60000) throw new UserError(`Swarm did not run the job ${o.name} again within a minute of its failed attempt (${why || task.state}).`, 'Check the nodes (`docker node ls`, `docker service ps`), then build again.', 'swarm-job-failed');
        }
        // Once the build reported its status, only the task's end is awaited: asked for often (it frees the node).
        await sleep(task && status.has(task.id) ? 200 : 1000);
      }
    } catch (e) {
      if (e instanceof Cancelled || cancelRequested) {
        await removeService();
        setState('cancelled');
        return { ...base, state: 'cancelled', logPath: o.logPath, artifacts: [], durationMs: Date.now() - started, attempts, node };
      }
      const error = isUserError(e) ? e : asUserError(e, engine, `running the swarm job ${o.name}`);
      say(error.toString());
      setState('error', error.message);
      return { ...base, state: 'error', error, logPath: o.logPath, artifacts: [], durationMs: Date.now() - started, attempts, node };
    } finally {
      follower?.stop();
      await removeService();
      await new Promise<void>((r) => log.end(r));
    }

    async function finish(exitCode: number, ran: number, at: string | undefined): Promise<BuildResult> {
      setState('collecting');
      const artifacts = await o.binhost.collect(o.name, o.artifactsDir, o.logPath);
      const state = exitCode === 0 ? 'succeeded' : 'failed';
      setState(state, `exit ${exitCode}`);
      return { ...base, state, exitCode, logPath: o.logPath, artifacts, durationMs: Date.now() - started, attempts: ran, node: at };
    }
  };

  const done = run();
  return {
    id: o.name,
    name: o.name,
    onEvent: (listener) => listeners.add(listener),
    cancel: async () => {
      cancelRequested = true;
      wake();
      await removeService();
      await done;
    },
    done,
  };
}

class Cancelled extends Error {}
