/**
 * What a running build reports, independent of Docker: the engine code in src/docker produces these,
 * the CLI, the VS Code terminal/progress/tree and the parser consume them.
 */
import type { KeptInfo } from './keptBuild';
import type { UserError } from './userError';

export type BuildState = 'queued' | 'preparing' | 'pulling' | 'uploading' | 'running' | 'collecting' | 'succeeded' | 'failed' | 'cancelled' | 'error';

export type RunEvent =
  | { type: 'state'; state: BuildState; detail?: string }
  | { type: 'output'; stream: 'stdout' | 'stderr'; data: Buffer }
  | { type: 'pull-progress'; status: string; id?: string; current?: number; total?: number }
  | { type: 'transfer'; direction: 'upload' | 'download'; bytes: number; ms: number };

export interface BuildResult {
  state: 'succeeded' | 'failed' | 'cancelled' | 'error';
  /** emerge's exit status (the container's), when it ran. */
  exitCode?: number;
  /** The full log written on this machine (stdout+stderr in arrival order). */
  logPath?: string;
  /** Binary packages now in the artifacts folder (absolute paths). */
  artifacts: string[];
  durationMs: number;
  error?: UserError;
  containerId?: string;
  image: string;
  argv: string[];
  /** The failed build, kept for debugging (`ebuild-builder shell ID`). */
  kept?: { id: string; container: string };
  /** What keeping this failed build needs, while its exited container is still there (kept later on request). */
  keepable?: KeptInfo;
  /** A swarm job: how many times it ran (Swarm reruns a job whose node was lost), and on which node it last ran. */
  attempts?: number;
  node?: string;
}

export interface BuildHandle {
  readonly id: string;
  /** Subscribe to events; returns an unsubscribe function. Events before subscription are not replayed. */
  onEvent(listener: (e: RunEvent) => void): () => void;
  /**
   * Stop the container (grace period, then kill), salvage its logs and remove it; resolves when it is gone.
   * `now`: remove it at once, nothing salvaged (the window is closing and has seconds left).
   */
  cancel(opts?: { now?: boolean }): Promise<void>;
  readonly done: Promise<BuildResult>;
}
