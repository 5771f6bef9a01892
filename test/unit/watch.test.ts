import { test, describe, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runWatch, type WatchRun } from '../../src/cli/commands/watch';
import type { BuildFn } from '../../src/cli/changedBuilds';
import { defaultWatchStateDir, finishCommit, listWatchStates, newWatchState, nextPollDelay, readWatchState, watchStatesRoot, watchSummary } from '../../src/core/watchState';
import { isUserError } from '../../src/core/userError';
import { GitRepo, ebuild, overlayFiles } from '../helpers/gitRepo';

const FIXTURES = join(__dirname, '../../../test/fixtures/portage/outputs');

/** A fake container build (a recorder, no Docker): records what it was asked, writes a log (a real failure capture for `dies`). */
function fakeBuilder(opts: { crashOn?: string } = {}) {
  const calls: string[] = [];
  const build: BuildFn = async (ebuildPath, flags) => {
    const name = basename(ebuildPath, '.ebuild');
    if (opts.crashOn === name) throw new Error('simulated crash of the watch process');
    calls.push(name);
    const logPath = join(flags.artifacts!, 'logs', `${name}.log`);
    mkdirSync(dirname(logPath), { recursive: true });
    const fails = name.startsWith('dies');
    copyFileSync(join(FIXTURES, fails ? 'die-install-nocolor.pipe.txt' : 'success-gpkg-nocolor.pipe.txt'), logPath);
    return { state: fails ? 'failed' : 'succeeded', exitCode: fails ? 1 : 0, logPath, artifacts: [], durationMs: 1, image: 'fake', argv: [] };
  };
  return { build, calls };
}

describe('watch (builds replaced by a recorder; git, state and files are real)', () => {
  let work: GitRepo;
  let bare: GitRepo;
  let stateDir: string;
  let err: string;
  const run = (build: BuildFn, extra: Partial<WatchRun> = {}) => {
    const stderr = new PassThrough();
    stderr.on('data', (c) => (err += c));
    return runWatch({
      url: `file://${bare.dir}`, branch: 'main', stateDir, flags: { env: [], emergeArg: [] }, keepGoing: true,
      io: { stdout: new PassThrough(), stderr, cwd: tmpdir(), env: process.env }, build, everyMs: 1000, once: true,
      stopped: new Promise(() => {}), ...extra,
    });
  };
  const push = (files: Record<string, string>, message: string) => {
    work.write(files);
    const sha = work.commit(message);
    work.git('push', '-q', '--force', 'origin', 'HEAD:main');
    return sha;
  };

  beforeEach(() => {
    err = '';
    bare = GitRepo.init('eb-bare-', true);
    work = GitRepo.init('eb-work-');
    work.git('remote', 'add', 'origin', bare.dir);
    push({ ...overlayFiles(), 'app-misc/a/a-1.ebuild': ebuild(), 'app-misc/dies/dies-1.0.ebuild': ebuild() }, 'initial');
    stateDir = mkdtempSync(join(tmpdir(), 'eb-watch-state-'));
  });
  afterEach(() => {
    for (const d of [work.dir, bare.dir, stateDir]) rmSync(d, { recursive: true, force: true });
  });

  test('a new head is built once, with a status file and a log per commit', async () => {
    const sha = push({ 'app-misc/a/a-1.ebuild': ebuild('IUSE="x"'), 'app-misc/b/b-1.ebuild': ebuild('RDEPEND="app-misc/a"') }, 'change a, add b');
    const f = fakeBuilder();
    assert.equal(await run(f.build), 0);
    assert.deepEqual(f.calls, ['a-1', 'b-1']);
    const status = JSON.parse(readFileSync(join(stateDir, 'commits', sha, 'status.json'), 'utf8'));
    assert.equal(status.state, 'finished');
    assert.equal(status.result, 'succeeded');
    assert.deepEqual(status.outcomes.map((o: { atom: string }) => o.atom), ['=app-misc/a-1::testlay', '=app-misc/b-1::testlay']);
    assert.match(readFileSync(join(stateDir, 'commits', sha, 'build.log'), 'utf8'), /=app-misc\/b-1::testlay\s+succeeded/);

    const again = fakeBuilder();
    assert.equal(await run(again.build), 0);
    assert.deepEqual(again.calls, [], 'a finished commit is never built again');
    assert.equal((await readWatchState(stateDir))!.finished.length, 1);
  });

  test('a failing build makes the --once exit status emerge\'s, and the failure is recorded with its phase', async () => {
    const sha = push({ 'app-misc/dies/dies-1.0.ebuild': ebuild('# touched') }, 'touch dies');
    assert.equal(await run(fakeBuilder().build), 1);
    const c = (await readWatchState(stateDir))!.finished.find((x) => x.sha === sha)!;
    assert.equal(c.result, 'failed');
    assert.equal(c.outcomes[0].phase, 'install');
    assert.equal(c.outcomes[0].finding, 'custom message');
  });

  test('after a crash in the middle of a commit, the next run builds only what was left', async () => {
    push({ 'app-misc/a/a-1.ebuild': ebuild('IUSE="y"'), 'app-misc/b/b-1.ebuild': ebuild('RDEPEND="app-misc/a"') }, 'two');
    await assert.rejects(run(fakeBuilder({ crashOn: 'b-1' }).build), /simulated crash/);
    const mid = (await readWatchState(stateDir))!;
    assert.deepEqual(mid.current!.outcomes.map((o) => o.atom), ['=app-misc/a-1::testlay']);
    assert.equal(mid.finished.length, 0);

    const resumed = fakeBuilder();
    assert.equal(await run(resumed.build), 0);
    assert.deepEqual(resumed.calls, ['b-1']);
    const done = (await readWatchState(stateDir))!;
    assert.equal(done.current, undefined);
    assert.deepEqual(done.finished[0].outcomes.map((o) => o.result), ['succeeded', 'succeeded']);
  });

  test('a force-push builds the changes since the merge base with the last built commit', async () => {
    const base = work.git('rev-parse', 'HEAD');
    push({ 'app-misc/a/a-1.ebuild': ebuild('IUSE="old"') }, 'soon rewritten');
    await run(fakeBuilder().build);
    work.git('reset', '-q', '--hard', base);
    const rewritten = push({ 'app-misc/b/b-1.ebuild': ebuild() }, 'rewritten history');
    const f = fakeBuilder();
    await run(f.build);
    // Only what the new history changed since the common ancestor: b-1 (a-1 is back to the ancestor's text).
    assert.deepEqual(f.calls, ['b-1']);
    const c = (await readWatchState(stateDir))!.finished.find((x) => x.sha === rewritten)!;
    assert.equal(c.base, base);
    assert.match(c.baseReason, /force-push/);
  });

  test('an unreachable remote is reported, counted, and leaves a readable state', async () => {
    const url = `file://${join(tmpdir(), 'eb-no-such-repo-' + process.pid)}`;
    for (let attempt = 1; attempt <= 2; attempt++) {
      await assert.rejects(run(fakeBuilder().build, { url }), (e: unknown) => isUserError(e) && e.code === 'remote-unreachable' && e.message.includes(url));
    }
    const s = (await readWatchState(stateDir))!;
    assert.equal(s.remote.reachable, false);
    assert.equal(s.remote.failures, 2);
    assert.match(err, /cannot reach .* \(attempt 2\)/);
    assert.ok(existsSync(join(stateDir, 'state.json')));
  });

  test('the default state folders are listed for the "Watched repositories" view with their last result', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'eb-cache-'));
    try {
      const env = { XDG_CACHE_HOME: cache };
      const sha = push({ 'app-misc/a/a-1.ebuild': ebuild('IUSE="z"') }, 'touch a');
      await run(fakeBuilder().build, { stateDir: defaultWatchStateDir(`file://${bare.dir}`, 'main', env) });
      const listed = await listWatchStates(watchStatesRoot(env));
      assert.equal(listed.length, 1);
      assert.equal(listed[0].state.url, `file://${bare.dir}`);
      assert.equal(listed[0].state.lastSeen?.sha, sha);
      assert.equal(listed[0].state.finished.at(-1)?.result, 'succeeded');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  test('a commit without an overlay is recorded as failed once, with the reason, and not retried', async () => {
    work.remove('profiles', 'metadata');
    const sha = push({ 'app-misc/a/a-1.ebuild': ebuild('# no overlay around me') }, 'remove the overlay metadata');
    assert.equal(await run(fakeBuilder().build), 2);
    const c = (await readWatchState(stateDir))!.finished.find((x) => x.sha === sha)!;
    assert.equal(c.result, 'failed');
    assert.match(c.error!, /No overlay found/);
    const again = fakeBuilder();
    assert.equal(await run(again.build), 0);
    assert.equal((await readWatchState(stateDir))!.finished.length, 1);
  });

  test('a damaged state file is named in a clear error and left as it was', async () => {
    writeFileSync(join(stateDir, 'state.json'), '{"version": 1, "url": ');
    await assert.rejects(run(fakeBuilder().build), (e: unknown) => isUserError(e) && e.code === 'bad-watch-state' && e.message.includes(join(stateDir, 'state.json')));
    assert.equal(readFileSync(join(stateDir, 'state.json'), 'utf8'), '{"version": 1, "url": ');
  });

  test('a second watch on the same state folder is refused while the first one lives', async () => {
    writeFileSync(join(stateDir, 'watch.lock'), '1\n'); // pid 1 is always alive
    await assert.rejects(run(fakeBuilder().build), (e: unknown) => isUserError(e) && e.code === 'watch-locked');
    writeFileSync(join(stateDir, 'watch.lock'), '999999999\n'); // no such process: a stale lock is taken over
    assert.equal(await run(fakeBuilder().build), 0);
    assert.ok(!existsSync(join(stateDir, 'watch.lock')), 'the lock is released at the end');
  });

  test('a state folder made for another repository is refused', async () => {
    await run(fakeBuilder().build);
    await assert.rejects(run(fakeBuilder().build, { branch: 'other' }), /belongs to/);
  });
});

test('backoff doubles the poll interval after each failure, up to an hour', () => {
  assert.deepEqual([0, 1, 2, 3, 4].map((n) => nextPollDelay(1000, n)), [1000, 1000, 2000, 4000, 8000]);
  assert.equal(nextPollDelay(600_000, 10), 3_600_000);
  assert.equal(nextPollDelay(7_200_000, 3), 7_200_000);
});

test('a watched repository is summed up in one line for the Builds view', () => {
  let state = newWatchState('https://example.org/git/overlay.git', 'main');
  assert.equal(watchSummary(state).result, 'waiting');
  assert.equal(watchSummary(state).label, 'overlay.git');
  state.lastSeen = { sha: 'a'.repeat(40), at: '2026-11-24T10:00:00Z' };
  state = finishCommit(state, { sha: 'a'.repeat(40), base: 'b'.repeat(40), baseReason: 'last built commit', startedAt: 'x', result: 'failed', status: 1, outcomes: [] });
  const s = watchSummary(state);
  assert.equal(s.result, 'failed');
  assert.match(s.description, /^aaaaaaaaaa failed · last seen aaaaaaaaaa$/);
  assert.match(s.tooltip, /Last built: a{40}: failed \(exit 1\)/);
  state.remote = { reachable: false, failures: 3, lastError: 'connection refused' };
  assert.equal(watchSummary(state).result, 'unreachable');
  assert.match(watchSummary(state).tooltip, /Unreachable: connection refused \(3 failed polls\)/);
});
