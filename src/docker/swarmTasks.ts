/**
 * Watching a service from the manager: its tasks (where each runs, its state, why it failed) and its output through
 * the service-logs API, followed and reopened when the engine ends the stream early (a node that went away ends it
 * with "incomplete log stream"); messages already seen are not repeated.
 */
import type { Readable } from 'node:stream';
import { LogFrameReader, type LogMessage } from '../core/swarmLog';
import type { Engine } from './engine';

export interface TaskInfo {
  id: string;
  nodeId: string;
  state: string;
  desired: string;
  /** Why the task failed or waits (`no suitable node…`, `task: non-zero exit (3)`). */
  err: string;
  containerId?: string;
  exitCode?: number;
  publishedPorts: number[];
  createdAt: string;
}

/** States a task does not leave. */
export const TERMINAL = new Set(['complete', 'failed', 'shutdown', 'rejected', 'orphaned', 'remove']);

interface RawTask {
  ID: string;
  NodeID?: string;
  CreatedAt?: string;
  DesiredState?: string;
  Status?: { State?: string; Err?: string; ContainerStatus?: { ContainerID?: string; ExitCode?: number }; PortStatus?: { Ports?: { PublishedPort?: number }[] } };
}

/** The service's tasks, oldest first. */
export async function serviceTasks(engine: Engine, serviceId: string): Promise<TaskInfo[]> {
  const raw = (await engine.docker.listTasks({ filters: { service: [serviceId] } })) as RawTask[];
  return raw
    .map((t) => ({
      id: t.ID,
      nodeId: t.NodeID ?? '',
      state: t.Status?.State ?? 'new',
      desired: t.DesiredState ?? '',
      err: t.Status?.Err ?? '',
      containerId: t.Status?.ContainerStatus?.ContainerID || undefined,
      exitCode: t.Status?.ContainerStatus?.ExitCode,
      publishedPorts: (t.Status?.PortStatus?.Ports ?? []).map((p) => p.PublishedPort ?? 0).filter((p) => p > 0),
      createdAt: t.CreatedAt ?? '',
    }))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

export interface LogFollower {
  stop(): void;
}

/** Follows the service's output until stopped; `onMessage` gets each message once, in the order the engine sends. */
export function followServiceLogs(engine: Engine, serviceId: string, onMessage: (m: LogMessage) => void, onTrouble?: (why: string) => void): LogFollower {
  let stopped = false;
  let stream: Readable | undefined;
  let since = 0;
  // Per task: the newest timestamp given and the messages given at it (a reopened stream starts a little early).
  const last = new Map<string, { ts: string; keys: Set<string> }>();
  const fresh = (m: LogMessage): boolean => {
    const task = m.task ?? '';
    const key = `${m.stream}\0${m.text.toString('latin1')}`;
    const l = last.get(task);
    if (l && m.timestamp < l.ts) return false;
    if (l && m.timestamp === l.ts) {
      if (l.keys.has(key)) return false;
      l.keys.add(key);
      return true;
    }
    last.set(task, { ts: m.timestamp, keys: new Set([key]) });
    return true;
  };
  const open = async (): Promise<void> => {
    while (!stopped) {
      const reader = new LogFrameReader();
      try {
        const opts = { follow: true, stdout: true, stderr: true, details: true, timestamps: true, ...(since ? { since: Math.floor(since) } : {}) };
        stream = (await engine.docker.getService(serviceId).logs(opts as never)) as unknown as Readable;
        if (stopped) return void stream.destroy();
        await new Promise<void>((resolve) => {
          stream!.on('data', (chunk: Buffer) => {
            for (const m of reader.push(chunk)) {
              if (!fresh(m)) continue;
              const t = Date.parse(m.timestamp);
              if (Number.isFinite(t)) since = Math.max(since, t / 1000);
              onMessage(m);
            }
          });
          stream!.on('end', resolve);
          stream!.on('close', resolve);
          stream!.on('error', (e: Error) => {
            onTrouble?.(e.message);
            resolve();
          });
        });
      } catch (e) {
        if (stopped) return;
        onTrouble?.((e as Error).message);
      }
      if (!stopped) await new Promise((r) => setTimeout(r, 1000));
    }
  };
  void open();
  return {
    stop() {
      stopped = true;
      stream?.destroy();
    },
  };
}

/** Waits `ms`, or less when `wake` is called (a poll loop that can be hurried along). */
export function sleeper(): { sleep: (ms: number) => Promise<void>; wake: () => void } {
  let wake: () => void = () => undefined;
  return {
    sleep: (ms) => new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    }),
    wake: () => wake(),
  };
}

/**
 * Waits until Swarm has removed every task labelled `label` (their containers are gone on their nodes), at most
 * `ms`; returns the nodes of those still there. Tasks on nodes that are not ready are not waited for: a node that is
 * down removes them when it comes back.
 */
export async function tasksGone(engine: Engine, label: string, ms: number): Promise<string[]> {
  const end = Date.now() + ms;
  for (;;) {
    const left = ((await engine.docker.listTasks({ filters: { label: [label] } }).catch(() => [])) as RawTask[]);
    const nodes = [...new Set(left.map((t) => t.NodeID ?? ''))];
    if (!left.length || Date.now() > end) return nodes;
    const ready = new Set(((await engine.docker.listNodes().catch(() => [])) as RawNode[]).filter((n) => n.Status?.State === 'ready').map((n) => n.ID));
    if (!nodes.some((n) => ready.has(n))) return nodes;
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface RawNode {
  ID: string;
  Status?: { State?: string };
}
