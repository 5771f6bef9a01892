/**
 * One poll of a watched remote branch: `git ls-remote`, fetch the new head into the mirror under the state
 * dir, work out what changed since the last built commit (after a force-push: since the merge base), build
 * it with the `build --changed` code, and record everything in the state file after every step.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { BuildFlags } from './buildOptions';
import type { CliIO } from './cliTypes';
import { summaryTable, worstStatus } from '../core/buildSummary';
import { buildChanged, type BuildFn } from './changedBuilds';
import { changedSince, git } from '../core/gitChanges';
import { isUserError, UserError } from '../core/userError';
import {
  commitDir, finishCommit, lastBuilt, wasFinished, writeJsonAtomic, writeWatchState,
  type WatchCommit, type WatchState,
} from '../core/watchState';

export interface WatchOptions {
  url: string;
  branch: string;
  stateDir: string;
  flags: BuildFlags;
  keepGoing: boolean;
  /** Where the watch reports (its own stderr). Build output goes to each commit's log. */
  io: CliIO;
  build?: BuildFn;
}

export type PollResult =
  | { kind: 'unreachable'; error: string }
  | { kind: 'idle'; sha: string }
  | { kind: 'built'; sha: string; commit: WatchCommit }
  /** A build was cancelled (the watch is stopping): the commit stays unfinished and is resumed next time. */
  | { kind: 'interrupted'; sha: string };

const LS_REMOTE_TIMEOUT_MS = 60_000;
const FETCH_TIMEOUT_MS = 30 * 60_000;
// Never wait for a password prompt: a watch runs unattended (the user's own GIT_SSH_COMMAND wins).
const NON_INTERACTIVE: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  ...(process.env.GIT_SSH_COMMAND ? {} : { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o ConnectTimeout=30' }),
};

function mirrorDir(stateDir: string): string {
  return path.join(stateDir, 'mirror');
}

/** The sha of the watched branch on the remote, or the git error when it cannot be reached. */
async function remoteHead(url: string, branch: string): Promise<{ sha?: string; error?: string }> {
  const ref = branch === 'HEAD' ? 'HEAD' : `refs/heads/${branch}`;
  const r = await git(tmpdir(), ['ls-remote', '--exit-code', '--', url, ref], NON_INTERACTIVE, LS_REMOTE_TIMEOUT_MS);
  if (r.code === 0) {
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`));
    if (line) return { sha: line.split('\t')[0] };
  }
  if (r.code === 2) return { error: `the remote has no branch '${branch}'` };
  return { error: (r.stderr.trim().split('\n').pop() || `git ls-remote exited with ${r.code}`).replace(/^fatal: /, '') };
}

async function gitIn(repo: string, args: string[]): Promise<string> {
  const r = await git(repo, args, NON_INTERACTIVE, FETCH_TIMEOUT_MS);
  if (r.code !== 0) throw new UserError(`git ${args[0]} failed in ${repo}: ${r.stderr.trim()}`, 'Check the remote and the state folder; remove the mirror folder to clone afresh.', 'watch-git-failed');
  return r.stdout.trim();
}

/** Fetches the branch into the mirror and checks `sha` out (detached, clean). */
async function fetchAndCheckout(o: WatchOptions, sha: string): Promise<string> {
  const repo = mirrorDir(o.stateDir);
  await mkdir(repo, { recursive: true });
  if ((await git(repo, ['rev-parse', '--git-dir'])).stdout.trim() !== '.git') await gitIn(repo, ['init', '-q']);
  const ref = o.branch === 'HEAD' ? 'HEAD' : `refs/heads/${o.branch}`;
  // A resumed commit is usually here already; fetch only what is missing.
  if ((await git(repo, ['cat-file', '-e', `${sha}^{commit}`])).code !== 0) await gitIn(repo, ['fetch', '-q', '--no-tags', '--', o.url, `+${ref}:refs/watch/head`]);
  await gitIn(repo, ['-c', 'advice.detachedHead=false', 'checkout', '-q', '--force', '--detach', sha]);
  await gitIn(repo, ['clean', '-q', '-ffdx']);
  return repo;
}

/** The commit to compare `sha` with, and why. */
async function baseFor(repo: string, state: WatchState, sha: string): Promise<{ base?: string; reason: string }> {
  const last = lastBuilt(state);
  if (last) {
    if ((await git(repo, ['merge-base', '--is-ancestor', last.sha, sha])).code === 0) return { base: last.sha, reason: `last built commit ${last.sha.slice(0, 12)}` };
    const mb = await git(repo, ['merge-base', last.sha, sha]);
    if (mb.code === 0) return { base: mb.stdout.trim(), reason: `force-push: merge base with the last built commit ${last.sha.slice(0, 12)}` };
  }
  const parent = await git(repo, ['rev-parse', '--verify', '--quiet', `${sha}^`]);
  if (parent.code === 0) return { base: parent.stdout.trim(), reason: last ? 'history rewritten without a common ancestor: its parent' : 'its parent (first commit seen)' };
  return { reason: 'root commit without a parent: nothing to compare with' };
}

/** Polls once; builds a new head (or resumes an unfinished one). Saves the state after every step. */
export async function pollOnce(o: WatchOptions, state: WatchState): Promise<{ state: WatchState; result: PollResult }> {
  const now = () => new Date().toISOString();
  const say = (s: string) => o.io.stderr.write(`>>> watch ${o.url} ${o.branch}: ${s}\n`);
  const save = async () => writeWatchState(o.stateDir, state);

  let sha: string;
  if (state.current) {
    sha = state.current.sha;
    say(`resuming ${sha.slice(0, 12)} (${state.current.outcomes.length} build(s) already done)`);
  } else {
    const head = await remoteHead(o.url, o.branch);
    state = { ...state, remote: { ...state.remote, lastCheckedAt: now() } };
    if (!head.sha) {
      const failures = state.remote.failures + 1;
      state = { ...state, remote: { ...state.remote, reachable: false, failures, lastError: head.error } };
      await save();
      return { state, result: { kind: 'unreachable', error: head.error ?? 'unknown error' } };
    }
    sha = head.sha;
    state = { ...state, lastSeen: { sha, at: now() }, remote: { reachable: true, failures: 0, lastCheckedAt: state.remote.lastCheckedAt } };
    const done = wasFinished(state, sha);
    if (done) {
      // Never build a finished commit again; after a force-push back to it, compare later changes with it.
      if (lastBuilt(state)?.sha !== sha) state = finishCommit(state, done);
      await save();
      return { state, result: { kind: 'idle', sha } };
    }
  }

  const repo = await fetchAndCheckout(o, sha);
  if (!state.current) {
    const { base, reason } = await baseFor(repo, state, sha);
    state = { ...state, current: { sha, base: base ?? '', baseReason: reason, startedAt: now(), outcomes: [] } };
    await save();
  }
  const current = state.current!;
  const dir = commitDir(o.stateDir, sha);
  await mkdir(dir, { recursive: true });
  const writeStatus = () => writeJsonAtomic(path.join(dir, 'status.json'), { state: current.finishedAt ? 'finished' : 'building', url: o.url, branch: o.branch, ...current });
  await writeStatus();

  const log = createWriteStream(path.join(dir, 'build.log'), { flags: 'a' });
  const logIO: CliIO = { stdout: log, stderr: log, cwd: repo, env: o.io.env };
  try {
    let plan: Awaited<ReturnType<typeof changedSince>> | undefined;
    if (current.base) {
      try {
        plan = await changedSince(repo, current.base);
      } catch (e) {
        if (!isUserError(e)) throw e;
        // The commit itself is at fault (no overlay in it, …): record that once instead of retrying it forever.
        log.write(`ebuild-builder watch: ${e.toString()}\n`);
        Object.assign(current, { error: e.message, result: 'failed', status: 2, finishedAt: now() });
        state = finishCommit(state, current);
        await save();
        await writeStatus();
        say(`${sha.slice(0, 12)}: ${e.message}`);
        return { state, result: { kind: 'built', sha, commit: current } };
      }
      current.deleted = plan.deleted.map((d) => d.atom);
      say(`${sha.slice(0, 12)}: ${plan.build.length} ebuild(s) to build since ${current.base.slice(0, 12)} (${current.baseReason}); log ${path.join(dir, 'build.log')}`);
    } else say(`${sha.slice(0, 12)}: ${current.baseReason}`);
    const flags = { ...o.flags, artifacts: o.flags.artifacts ?? path.join(dir, 'artifacts') };
    const outcomes = await buildChanged(plan?.build ?? [], repo, {
      flags, json: false, keepGoing: o.keepGoing, io: logIO, build: o.build, finished: current.outcomes,
      onOutcome: async (out) => {
        if (out.result === 'cancelled') return;
        current.outcomes = [...current.outcomes.filter((x) => x.atom !== out.atom), out];
        say(`${sha.slice(0, 12)}: ${out.atom} ${out.result}${out.status ? ` (${out.status})` : ''}`);
        await save();
        await writeStatus();
      },
    });
    if (outcomes.some((x) => x.result === 'cancelled')) {
      current.outcomes = outcomes.filter((x) => x.result !== 'cancelled' && x.result !== 'not built');
      await save();
      await writeStatus();
      say(`${sha.slice(0, 12)}: stopped; the next run resumes it`);
      return { state, result: { kind: 'interrupted', sha } };
    }
    current.outcomes = outcomes;
    current.status = worstStatus(outcomes);
    current.result = outcomes.length === 0 ? 'nothing to build' : outcomes.every((x) => x.result === 'succeeded') ? 'succeeded' : 'failed';
    current.finishedAt = now();
    if (outcomes.length) log.write('\n' + summaryTable(outcomes, repo));
    state = finishCommit(state, current);
    await save();
    await writeStatus();
    await git(repo, ['update-ref', 'refs/watch/built', sha]); // keeps the commit for later merge bases
    say(`${sha.slice(0, 12)}: ${current.result}${current.status ? ` (exit ${current.status})` : ''}`);
    return { state, result: { kind: 'built', sha, commit: current } };
  } finally {
    await new Promise<void>((resolve) => log.end(resolve));
  }
}
