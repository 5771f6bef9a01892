/** `ebuild-builder watch <git-url>`: follows a remote branch by polling and builds what each new head changed. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../cliTypes';
import { isUserError, UserError } from '../../core/userError';
import { defaultWatchStateDir, newWatchState, nextPollDelay, readWatchState, writeWatchState, type WatchState } from '../../core/watchState';
import { parseDuration } from '../argList';
import { parseBuildFlags } from '../buildRun';
import { pollOnce, type WatchOptions } from '../watchRunner';
import type { BuildFn } from '../changedBuilds';

const usage = `Usage: ebuild-builder watch <git-url> [--branch B] [--every 10m] [--state DIR] [--once] [build options]

Polls the remote with \`git ls-remote\`; when the branch has a new head, fetches it into a mirror under the
state folder and builds the ebuilds it changed since the last built commit (after a force-push: since their
merge base), dependencies first, like \`build --changed\`. The state survives restarts: a finished commit is
never built again, an unfinished one is resumed. Each commit gets <state>/commits/<sha>/status.json and build.log.
An unreachable remote is retried with exponential backoff (every, 2×, 4×, … up to an hour) and reported.

  --branch B     branch to follow (default: the remote's default branch)
  --every D      time between polls: 30s, 10m, 1h (default 10m)
  --state DIR    state folder (default ~/.cache/ebuild-builder/watch/<hash of url and branch>)
  --once         poll once, build if needed, and exit (for cron); non-zero when the remote is unreachable
  --keep-going   keep building a commit's other ebuilds after a failure
  --trust-repo-settings   honour the repository's settings that reach past the container (engine, network,
                 host mounts, capabilities, limits, folders outside it); without it they are ignored, and named
  Build options (--profile, --image, --env, --engine, …) are those of \`ebuild-builder build\`.
`;

/** One watch per state folder: a second one would build the same commits. A stale lock (dead pid) is taken over. */
async function lock(stateDir: string): Promise<() => Promise<void>> {
  const file = path.join(stateDir, 'watch.lock');
  const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (pid && pid !== process.pid) {
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (alive) throw new UserError(`Another watch (pid ${pid}) uses the state folder ${stateDir}.`, 'Stop it first, or pass another --state DIR.', 'watch-locked');
  }
  await writeFile(file, `${process.pid}\n`);
  return () => rm(file, { force: true });
}

export interface WatchRun extends WatchOptions {
  everyMs: number;
  once: boolean;
  /** Resolves when the watch should stop (a signal); the loop's sleeps end early then. */
  stopped: Promise<void>;
}

/** The polling loop. Returns the exit status (for --once: emerge's worst status, or 2 when unreachable). */
export async function runWatch(o: WatchRun): Promise<number> {
  await mkdir(o.stateDir, { recursive: true });
  const unlock = await lock(o.stateDir);
  let stop = false;
  void o.stopped.then(() => (stop = true));
  try {
    let state: WatchState = (await readWatchState(o.stateDir)) ?? newWatchState(o.url, o.branch);
    if (state.url !== o.url || state.branch !== o.branch) {
      throw new UserError(`The state folder ${o.stateDir} belongs to ${state.url} (${state.branch}), not ${o.url} (${o.branch}).`, 'Pass another --state DIR.', 'watch-state-mismatch');
    }
    await writeWatchState(o.stateDir, state);
    for (;;) {
      let status = 0;
      try {
        const r = await pollOnce(o, state);
        state = r.state;
        if (r.result.kind === 'unreachable') {
          const delay = nextPollDelay(o.everyMs, state.remote.failures);
          state = { ...state, remote: { ...state.remote, nextAttemptAt: o.once ? undefined : new Date(Date.now() + delay).toISOString() } };
          await writeWatchState(o.stateDir, state);
          o.io.stderr.write(`ebuild-builder watch: cannot reach ${o.url} (attempt ${state.remote.failures}): ${r.result.error}\n` + (o.once ? '' : `  → retrying in ${Math.round(delay / 1000)} s\n`));
          if (o.once) throw new UserError(`Cannot reach ${o.url}: ${r.result.error}`, 'Check the URL, the network and your credentials (git ls-remote URL must work).', 'remote-unreachable');
        } else if (r.result.kind === 'built') status = r.result.commit.status ?? 0;
      } catch (e) {
        if (!isUserError(e) || o.once) throw e;
        // A fetch or git failure after ls-remote answered: report it and retry with backoff like an unreachable remote.
        state = (await readWatchState(o.stateDir)) ?? state;
        state = { ...state, remote: { ...state.remote, reachable: false, failures: state.remote.failures + 1, lastError: e.message } };
        await writeWatchState(o.stateDir, state);
        o.io.stderr.write(`ebuild-builder watch: ${e.toString()}\n`);
      }
      if (o.once) return status;
      if (stop) return 0;
      const delay = nextPollDelay(o.everyMs, state.remote.reachable ? 0 : state.remote.failures);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([new Promise((r) => (timer = setTimeout(r, delay))), o.stopped]);
      clearTimeout(timer);
      if (stop) return 0;
    }
  } finally {
    await unlock();
  }
}

async function watchCommand(args: string[], io: CliIO, build?: BuildFn): Promise<number> {
  const parsed = parseBuildFlags(args, { branch: { type: 'string' }, every: { type: 'string' }, state: { type: 'string' }, once: { type: 'boolean' } }, 'watch');
  const branch = (parsed.rest.branch as string | undefined) ?? 'HEAD';
  const everyMs = parseDuration((parsed.rest.every as string | undefined) ?? '10m', '--every');
  const stateFlag = parsed.rest.state as string | undefined;
  const once = Boolean(parsed.rest.once);
  if (parsed.positionals.length !== 1) throw new UserError('watch needs one git URL.', 'Run `ebuild-builder watch https://example.org/overlay.git --every 10m`.', 'bad-flag');
  const url = parsed.positionals[0];
  const stateDir = path.resolve(io.cwd, stateFlag ?? defaultWatchStateDir(url, branch, io.env));
  let stopNow: () => void = () => {};
  const stopped = new Promise<void>((r) => (stopNow = r));
  const onSignal = () => stopNow();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  io.stderr.write(`>>> watch ${url} ${branch}: state in ${stateDir}${once ? '' : `, polling every ${everyMs / 1000} s`}\n`);
  try {
    // A watched repository is somebody else's word: its host-reaching settings count only with --trust-repo-settings.
    return await runWatch({ url, branch, stateDir, flags: { ...parsed.flags, untrustedRepo: true }, keepGoing: Boolean(parsed.rest['keep-going']), io, build, everyMs, once, stopped });
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export const command: CliCommand = {
  name: 'watch',
  summary: 'follow a remote git branch by polling and build what each new commit changed',
  usage,
  run: (args, io) => watchCommand(args, io),
};
