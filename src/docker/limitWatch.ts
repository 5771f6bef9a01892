/**
 * The bounds the kernel does not end by itself: a build that keeps its process table full (a fork bomb spins at
 * the pids limit forever) or writes without end into its container (most storage drivers cannot cap that).
 * Polled while the build runs; a hit kills the container and is reported as that limit.
 */
import type Docker from 'dockerode';
import type { LimitKind } from '../core/limits';
import type { Engine } from './engine';

/** By engine address (connections come and go, one per build in VS Code); an answer is kept this long. */
const memoryByEngine = new Map<string, { at: number; total: Promise<number | undefined> }>();
const MEMORY_KEPT_MS = 10 * 60_000;

/**
 * The engine's memory in bytes (`docker info` MemTotal). Asked at most every ten minutes per engine address: `info`
 * is the slowest call before a container's creation (some 13 ms of a 280 ms build start on a local engine).
 * A failed answer is not kept.
 */
export function engineMemory(engine: Engine): Promise<number | undefined> {
  const known = memoryByEngine.get(engine.url);
  if (known && Date.now() - known.at < MEMORY_KEPT_MS) return known.total;
  const entry = { at: Date.now(), total: Promise.resolve<number | undefined>(undefined) };
  entry.total = engine.docker.info().then(
    (i: { MemTotal?: number }) => i.MemTotal || undefined,
    () => {
      if (memoryByEngine.get(engine.url) === entry) memoryByEngine.delete(engine.url);
      return undefined;
    },
  );
  memoryByEngine.set(engine.url, entry);
  return entry.total;
}

/** Polls every `everyMs` (longer when a poll is slow: sizing a big writable layer costs); returns a stop function. */
export function watchLimits(
  container: Docker.Container,
  limits: { pids: number; disk: number },
  onHit: (kind: LimitKind, value: number) => void,
  everyMs = 2000,
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let fullFor = 0;
  const poll = async () => {
    const t0 = Date.now();
    try {
      if (limits.disk > 0) {
        const info = (await container.inspect({ size: true } as Docker.ContainerInspectOptions)) as { SizeRw?: number };
        if (!stopped && (info.SizeRw ?? 0) > limits.disk) return hit('disk', limits.disk);
      }
      if (limits.pids > 0) {
        const stats = (await container.stats({ stream: false, 'one-shot': true } as { stream: false })) as unknown as { pids_stats?: { current?: number } };
        // Three polls in a row at the limit: a build that forks and reaps stays below it.
        fullFor = (stats.pids_stats?.current ?? 0) >= limits.pids - 1 ? fullFor + 1 : 0;
        if (!stopped && fullFor >= 3) return hit('pids', limits.pids);
      }
    } catch {
      // The container ended meanwhile: nothing to watch.
    }
    if (!stopped) timer = setTimeout(() => void poll(), Math.max(everyMs, (Date.now() - t0) * 10));
  };
  const hit = (kind: LimitKind, value: number) => {
    stopped = true;
    onHit(kind, value);
    void container.kill().catch(() => undefined);
  };
  timer = setTimeout(() => void poll(), everyMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
