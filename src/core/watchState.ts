/**
 * The state of `ebuild-builder watch` for one remote branch, kept in `<state dir>/state.json` so a restart
 * neither rebuilds a commit it finished nor forgets one it was building. Written atomically (temp file,
 * fsync, rename): a crash leaves the old or the new state, never half of one. The VS Code "Watched
 * repositories" view reads it with `readWatchState`.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { UserError } from './userError';

const WATCH_STATE_FILE = 'state.json';
const WATCH_STATE_VERSION = 1;

/** One ebuild's result within a commit (the `build --changed` summary row). */
export interface WatchAtomResult {
  atom: string;
  ebuild: string;
  result: 'succeeded' | 'failed' | 'cancelled' | 'error' | 'not built';
  status?: number;
  phase?: string;
  finding?: string;
  log?: string;
  artifacts: string[];
  /** A swarm job that ran more than once (its node was lost): how many times. */
  attempts?: number;
}

export type CommitResult = 'succeeded' | 'failed' | 'nothing to build';

export interface WatchCommit {
  sha: string;
  /** The commit its changes were computed against. */
  base: string;
  /** Why that base: `last built commit`, `force-push: merge base with <sha>`, `parent (first commit seen)`. */
  baseReason: string;
  startedAt: string;
  finishedAt?: string;
  result?: CommitResult;
  /** emerge's worst status over the commit's builds. */
  status?: number;
  outcomes: WatchAtomResult[];
  deleted?: string[];
  /** Why nothing could be built for this commit (e.g. it has no overlay): it is not retried. */
  error?: string;
}

export interface WatchState {
  version: number;
  url: string;
  /** Branch watched; `HEAD` for the remote's default branch. */
  branch: string;
  /** The remote head last seen by `git ls-remote`. */
  lastSeen?: { sha: string; at: string };
  /** The commit being built (left here by a crash or a stop: the next run resumes it). */
  current?: WatchCommit;
  /** Finished commits, newest last (the last one is what later changes are compared with). */
  finished: WatchCommit[];
  remote: {
    reachable: boolean;
    /** Failed polls in a row. */
    failures: number;
    lastError?: string;
    lastCheckedAt?: string;
    nextAttemptAt?: string;
  };
}

const KEEP_FINISHED = 100;

export function newWatchState(url: string, branch: string): WatchState {
  return { version: WATCH_STATE_VERSION, url, branch, finished: [], remote: { reachable: true, failures: 0 } };
}

export function lastBuilt(state: WatchState): WatchCommit | undefined {
  return state.finished[state.finished.length - 1];
}

export function wasFinished(state: WatchState, sha: string): WatchCommit | undefined {
  return state.finished.find((c) => c.sha === sha);
}

/** Records a finished commit (the oldest entries beyond the last 100 are dropped). */
export function finishCommit(state: WatchState, commit: WatchCommit): WatchState {
  const finished = [...state.finished.filter((c) => c.sha !== commit.sha), commit].slice(-KEEP_FINISHED);
  return { ...state, current: undefined, finished };
}

/**
 * Milliseconds to wait before the next poll: `every` while the remote answers; after `failures` failed polls
 * in a row, `every` doubled each time, up to an hour (or `every`, when that is longer).
 */
export function nextPollDelay(everyMs: number, failures: number): number {
  if (failures <= 0) return everyMs;
  return Math.min(everyMs * 2 ** (failures - 1), Math.max(everyMs, 3_600_000));
}

/** Reads `<dir>/state.json`; undefined when there is none. A damaged file is a UserError naming it. */
export async function readWatchState(dir: string): Promise<WatchState | undefined> {
  const file = path.join(dir, WATCH_STATE_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const s = JSON.parse(text) as WatchState;
    if (s.version !== WATCH_STATE_VERSION || typeof s.url !== 'string' || !Array.isArray(s.finished)) throw new Error('unexpected shape');
    return s;
  } catch (e) {
    throw new UserError(`The watch state ${file} cannot be read (${(e as Error).message}).`, 'Move it away to start afresh (every commit since will be seen as new), or restore it from a backup.', 'bad-watch-state');
  }
}

/** Writes a JSON file so that readers see the old or the new content, never a mix. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(JSON.stringify(value, null, 2) + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

export async function writeWatchState(dir: string, state: WatchState): Promise<void> {
  await writeJsonAtomic(path.join(dir, WATCH_STATE_FILE), state);
}

/** Folder of one commit's status file, log and artifacts. */
export function commitDir(stateDir: string, sha: string): string {
  return path.join(stateDir, 'commits', sha);
}

/** Where `watch` keeps its state folders by default: `$XDG_CACHE_HOME/ebuild-builder/watch` (else ~/.cache/…). */
export function watchStatesRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache'), 'ebuild-builder', 'watch');
}

/** The default state folder of one watched URL and branch. */
export function defaultWatchStateDir(url: string, branch: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(watchStatesRoot(env), createHash('sha256').update(`${url}\n${branch}`).digest('hex').slice(0, 16));
}

/** Every watch state under `root` (default folders), for the "Watched repositories" view; damaged ones are skipped. */
export async function listWatchStates(root = watchStatesRoot()): Promise<{ dir: string; state: WatchState }[]> {
  const names = await fs.readdir(root).catch(() => [] as string[]);
  const out: { dir: string; state: WatchState }[] = [];
  for (const name of names.sort()) {
    const dir = path.join(root, name);
    const state = await readWatchState(dir).catch(() => undefined);
    if (state) out.push({ dir, state });
  }
  return out;
}

/** One line for a watched repository (the "Watched repositories" section of the Builds view). */
export function watchSummary(state: WatchState): { label: string; description: string; result: CommitResult | 'building' | 'unreachable' | 'waiting'; tooltip: string } {
  const last = lastBuilt(state);
  const short = (sha?: string) => (sha ? sha.slice(0, 10) : '—');
  const result = state.current ? 'building' : !state.remote.reachable ? 'unreachable' : last?.result ?? 'waiting';
  const seen = state.lastSeen ? `last seen ${short(state.lastSeen.sha)}` : 'not polled yet';
  const description = state.current ? `building ${short(state.current.sha)} · ${seen}` : last ? `${short(last.sha)} ${last.result ?? ''} · ${seen}` : seen;
  const tooltip = [
    `${state.url} (${state.branch})`,
    state.lastSeen ? `Last seen: ${state.lastSeen.sha} at ${state.lastSeen.at}` : 'Not polled yet',
    last ? `Last built: ${last.sha}: ${last.result}${last.status !== undefined ? ` (exit ${last.status})` : ''}` : 'Nothing built yet',
    state.remote.reachable ? '' : `Unreachable: ${state.remote.lastError ?? 'no answer'} (${state.remote.failures} failed polls)`,
  ].filter(Boolean).join('\n');
  return { label: state.url.replace(/\/+$/, '').split('/').pop() || state.url, description: description.trim(), result, tooltip };
}
