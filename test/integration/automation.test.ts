/**
 * Headless automation against the real dockerd with the builder test images (real Portage, test/images/README.md):
 * `build --changed`, the generated CI workflows' build step run locally, `watch` over file:// and git://
 * (git daemon on loopback), and USE-matrix builds.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import yaml from 'js-yaml';
import { CLI, ROOT, docker, imageEnv, runCli, sampleWorkspace, sh } from './testImages';
import { GitRepo } from '../helpers/gitRepo';
import { runBash } from '../helpers/ciScript';
import { readWatchState } from '../../src/core/watchState';
import { readBinaryPackage } from '../../src/core/binpkg/readPackage';
import { LABEL_WORKSPACE } from '../../src/core/buildModel';

const children: ChildProcess[] = [];
const tempDirs: string[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** The sample overlay as a git repository with one commit. */
function overlayRepo(): GitRepo {
  const repo = new GitRepo(sampleWorkspace('overlay'));
  tempDirs.push(path.dirname(repo.dir));
  repo.git('init', '-q', '-b', 'main');
  repo.commit('sample overlay');
  return repo;
}

function touch(repo: GitRepo, ...pkgs: string[]): string {
  for (const p of pkgs) {
    const file = path.join(repo.dir, 'app-misc', p, `${p}-1.0.ebuild`);
    writeFileSync(file, readFileSync(file, 'utf8') + `# touched ${Date.now()}\n`);
  }
  return repo.commit(`touch ${pkgs.join(' ')}`);
}

/** Summary rows as [atom, result, phase, first finding] (the log column has a timestamp). */
function summaryRows(stdout: string): string[][] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => /^atom\s+result\s+phase/.test(l));
  return lines.slice(start + 1).filter((l) => l.startsWith('=')).map((l) => l.split(/\s{2,}/).slice(0, 4));
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The binary packages of `cat/pn` under an artifacts folder (real Portage names them `pn/pf-BUILD_ID.gpkg.tar`). */
function packagesOf(artifacts: string, catPn: string): string[] {
  const dir = path.join(artifacts, catPn);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(gpkg\.tar|xpak|tbz2)$/.test(f)).map((f) => path.join(dir, f)) : [];
}

const dieLine = (repo: GitRepo) => readFileSync(path.join(repo.dir, 'app-misc/dies/dies-1.0.ebuild'), 'utf8').split('\n').findIndex((l) => l.includes('die "custom message"')) + 1;

describe('build --changed', () => {
  test('two changed ebuilds, one failing: stops at the failure, or with --keep-going builds both; summary, exit status, logs, packages', async () => {
    const repo = overlayRepo();
    touch(repo, 'hello', 'dies');
    const stop = await runCli(['build', '--changed', '--since', 'HEAD~1', '--profile', 'gentoo'], { cwd: repo.dir });
    assert.equal(stop.code, 1, stop.stderr);
    assert.deepEqual(summaryRows(stop.stdout), [
      ['=app-misc/dies-1.0::testoverlay', 'failed (1)', 'install', 'custom message'],
      ['=app-misc/hello-1.0::testoverlay', 'not built', '-', 'an earlier build failed (use --keep-going to build it anyway)'],
    ]);
    assert.deepEqual(packagesOf(path.join(repo.dir, 'artifacts'), 'app-misc/hello'), [], 'hello was not built');

    const all = await runCli(['build', '--changed', '--since', 'HEAD~1', '--profile', 'gentoo', '--keep-going'], { cwd: repo.dir });
    assert.equal(all.code, 1);
    assert.deepEqual(summaryRows(all.stdout).map((r) => r.slice(0, 2)), [['=app-misc/dies-1.0::testoverlay', 'failed (1)'], ['=app-misc/hello-1.0::testoverlay', 'succeeded']]);
    for (const log of all.stdout.match(/artifacts\/logs\/\S+\.log/g)!) assert.ok(existsSync(path.join(repo.dir, log)), log);
    assert.equal(packagesOf(path.join(repo.dir, 'artifacts'), 'app-misc/hello').length, 1, 'hello\'s package was collected');
    assert.deepEqual(packagesOf(path.join(repo.dir, 'artifacts'), 'app-misc/dies'), []);
    assert.match(all.stderr, /1\. =app-misc\/dies-1\.0::testoverlay\s+\(ebuild changed\)/);
    assert.match(all.stdout, /ERROR: app-misc\/dies-1\.0::testoverlay failed \(install phase\)/, 'real emerge\'s failure is streamed');
    assert.match(all.stdout, />>> Completed \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
  });
});

describe('generated CI workflows, run locally', () => {
  test('the GitHub and GitLab build steps give the same result as the CLI, and the annotate step points at the die line', async () => {
    const repo = overlayRepo();
    const base = repo.git('rev-parse', 'HEAD');
    touch(repo, 'hello', 'dies');
    const direct = await runCli(['build', '--changed', '--since', base, '--profile', 'gentoo', '--keep-going'], { cwd: repo.dir });
    assert.equal(direct.code, 1, `dies fails, so the run fails:\n${direct.stdout.slice(-4000)}\n${direct.stderr.slice(-4000)}`);
    // The workflows run the CLI from its release tarball, pinned by hash: this checkout's `npm pack`, kept in the repository.
    const packDir = mkdtempSync(path.join(tmpdir(), 'eb-pack-'));
    tempDirs.push(packDir);
    await sh('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT });
    const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    mkdirSync(path.join(repo.dir, '.ebuild-builder'), { recursive: true });
    copyFileSync(path.join(packDir, tgz), path.join(repo.dir, '.ebuild-builder', tgz));
    for (const kind of ['github', 'gitlab'] as const) {
      const init = await runCli(['ci', 'init', kind, '--profile', 'gentoo', '--cli-tarball', `.ebuild-builder/${tgz}`], { cwd: repo.dir });
      assert.equal(init.code, 0, init.stderr);
    }
    const gh = yaml.load(readFileSync(path.join(repo.dir, '.github/workflows/ebuild-builder.yml'), 'utf8')) as { jobs: { build: { env: Record<string, string>; steps: { name?: string; run?: string }[] } } };
    const step = (name: RegExp) => gh.jobs.build.steps.find((s) => s.name && name.test(s.name))!.run!;
    const env = { ...imageEnv(), EBUILD_BUILDER: gh.jobs.build.env.EBUILD_BUILDER };
    const bash = (script: string, extra: Record<string, string>) => runBash(script, repo.dir, { ...env, ...extra });
    const install = await bash(step(/^Install the pinned CLI/), {});
    assert.equal(install.code, 0, `the pinned tarball passes its hash check and runs:\n${install.stdout}\n${install.stderr}`);
    const ghRun = await bash(step(/^Build the changed/), { BASE: base });
    assert.equal(ghRun.code, direct.code, `${ghRun.stdout.slice(-4000)}\n${ghRun.stderr.slice(-4000)}`);
    assert.deepEqual(summaryRows(ghRun.stdout), summaryRows(direct.stdout));
    const annotations = await bash(step(/^Annotate/), {});
    assert.equal(annotations.code, 0);
    assert.ok(annotations.stdout.includes(`::error file=app-misc/dies/dies-1.0.ebuild,line=${dieLine(repo)},title=app-misc/dies-1.0 failed (install phase)::custom message\n`), annotations.stdout);

    const gl = yaml.load(readFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; after_script: string[] }>;
    const glRun = await bash(gl['ebuild-builder'].script.join('\n'), { CI_COMMIT_BEFORE_SHA: base, CI_MERGE_REQUEST_DIFF_BASE_SHA: '' });
    assert.equal(glRun.code, direct.code, `${glRun.stdout.slice(-4000)}\n${glRun.stderr.slice(-4000)}`);
    assert.deepEqual(summaryRows(glRun.stdout), summaryRows(direct.stdout));
    await bash(gl['ebuild-builder'].after_script[0].split('\n')[0], {});
    const report = JSON.parse(readFileSync(path.join(repo.dir, 'gl-code-quality-report.json'), 'utf8'));
    assert.deepEqual(report[0].location, { path: 'app-misc/dies/dies-1.0.ebuild', lines: { begin: dieLine(repo) } });
  });
});

describe('watch', () => {
  async function bareWithOverlay(): Promise<{ work: GitRepo; bare: GitRepo; push: () => void }> {
    const work = overlayRepo();
    const bare = new GitRepo(path.join(path.dirname(work.dir), 'remote.git'));
    await sh('git', ['init', '-q', '--bare', '-b', 'main', bare.dir]);
    return { work, bare, push: () => work.git('push', '-q', '--force', bare.dir, 'HEAD:main') };
  }
  const stateDir = () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-watch-')));
    tempDirs.push(dir);
    return dir;
  };
  const watchOnce = (url: string, state: string, extra: string[] = []) =>
    runCli(['watch', url, '--branch', 'main', '--state', state, '--once', '--profile', 'gentoo', ...extra], { cwd: tmpdir() });

  test('file://: a new head is built once; a force-push builds what changed since the merge base', async () => {
    const { work, bare, push } = await bareWithOverlay();
    push();
    const initial = work.git('rev-parse', 'HEAD');
    const url = `file://${bare.dir}`;
    const state = stateDir();
    const first = await watchOnce(url, state);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /root commit without a parent/);

    const hello = touch(work, 'hello');
    push();
    const built = await watchOnce(url, state);
    assert.equal(built.code, 0, built.stderr);
    const dir = path.join(state, 'commits', hello);
    const status = JSON.parse(readFileSync(path.join(dir, 'status.json'), 'utf8'));
    assert.equal(status.state, 'finished');
    assert.equal(status.base, initial);
    assert.deepEqual(status.outcomes.map((o: { atom: string; result: string }) => [o.atom, o.result]), [['=app-misc/hello-1.0::testoverlay', 'succeeded']]);
    assert.equal(packagesOf(path.join(dir, 'artifacts'), 'app-misc/hello').length, 1, 'the package is kept with the commit');
    const logSize = statSync(path.join(dir, 'build.log')).size;
    const log = readFileSync(path.join(dir, 'build.log'), 'utf8');
    assert.match(log, /^\[ebuild {2}N {5}\] app-misc\/hello-1\.0::testoverlay/m, 'real emerge built the pushed ebuild');
    assert.match(log, />>> Completed \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);

    const again = await watchOnce(url, state);
    assert.equal(again.code, 0);
    assert.doesNotMatch(again.stderr, /to build/);
    assert.equal(statSync(path.join(dir, 'build.log')).size, logSize, 'nothing was built again');

    work.git('reset', '-q', '--hard', initial);
    const dies = touch(work, 'dies');
    push();
    const forced = await watchOnce(url, state);
    assert.equal(forced.code, 1, 'emerge\'s status of the failed build');
    const fs = JSON.parse(readFileSync(path.join(state, 'commits', dies, 'status.json'), 'utf8'));
    assert.equal(fs.base, initial);
    assert.match(fs.baseReason, /force-push/);
    assert.deepEqual(fs.outcomes.map((o: { atom: string; phase: string }) => [o.atom, o.phase]), [['=app-misc/dies-1.0::testoverlay', 'install']]);
  });

  test('killed in the middle of a commit, the next run resumes it without rebuilding what finished', async () => {
    const { work, push } = await bareWithOverlay();
    // app-misc/slow compiles for a minute, a line a second; 20 s is enough to kill the watch in the middle of it.
    const slow = path.join(work.dir, 'app-misc/slow/slow-1.0.ebuild');
    writeFileSync(slow, readFileSync(slow, 'utf8').replaceAll('60', '20'));
    work.commit('a shorter slow');
    push();
    const sha = touch(work, 'dies', 'slow');
    push();
    const state = stateDir();
    const url = `file://${path.join(path.dirname(work.dir), 'remote.git')}`;
    const child = spawn(process.execPath, [CLI, 'watch', url, '--branch', 'main', '--state', state, '--once', '--keep-going', '--profile', 'gentoo'], {
      env: imageEnv(), stdio: 'ignore',
    });
    children.push(child);
    const log = path.join(state, 'commits', sha, 'build.log');
    // dies is built first and fails; slow's real compile is under way when the watch is killed.
    await waitFor('the first build to be recorded', async () => ((await readWatchState(state).catch(() => undefined))?.current?.outcomes.length ?? 0) >= 1, 120_000);
    await waitFor('slow to be compiling', () => existsSync(log) && /compiling part 2 of 20\n/.test(readFileSync(log, 'utf8')), 120_000);
    process.kill(child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const mid = (await readWatchState(state))!;
    assert.equal(mid.current?.sha, sha, 'the commit was left unfinished');
    assert.deepEqual(mid.current!.outcomes.map((o) => [o.atom, o.result]), [['=app-misc/dies-1.0::testoverlay', 'failed']]);
    // The killed watch's container is an orphan now: remove it.
    for (const c of await docker().listContainers({ all: true, filters: { label: [`${LABEL_WORKSPACE}=${path.join(state, 'mirror')}`] } })) {
      await docker().getContainer(c.Id).remove({ force: true, v: true }).catch(() => undefined);
    }
    const resumed = await watchOnce(url, state, ['--keep-going']);
    assert.equal(resumed.code, 1);
    assert.match(resumed.stderr, /resuming/);
    const text = readFileSync(log, 'utf8');
    assert.equal(text.match(/>>> ebuild-builder: =app-misc\/dies-1\.0::testoverlay with profile/g)?.length, 1, 'the finished build did not run again');
    assert.equal(text.match(/>>> ebuild-builder: =app-misc\/slow-1\.0::testoverlay with profile/g)?.length, 2, 'the interrupted one ran again');
    assert.match(text, /compiling part 20 of 20\n[\s\S]*>>> Completed \(1 of 1\) app-misc\/slow-1\.0::testoverlay/);
    const done = (await readWatchState(state))!;
    assert.equal(done.current, undefined);
    assert.deepEqual(done.finished.at(-1)!.outcomes.map((o) => o.result), ['failed', 'succeeded']);
  });

  test('git daemon on loopback: unreachable at first, retried with backoff and reported, then built when it answers', async () => {
    const { work, push } = await bareWithOverlay();
    push();
    const sha = touch(work, 'hello');
    push();
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const state = stateDir();
    const url = `git://127.0.0.1:${port}/remote.git`;
    const child = spawn(process.execPath, [CLI, 'watch', url, '--branch', 'main', '--state', state, '--every', '1s', '--profile', 'gentoo'], { env: imageEnv() });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    await waitFor('two failed polls', async () => ((await readWatchState(state).catch(() => undefined))?.remote.failures ?? 0) >= 2);
    const down = (await readWatchState(state))!;
    assert.equal(down.remote.reachable, false);
    assert.match(down.remote.lastError!, /unable to connect|Connection refused/i);
    assert.match(stderr, /cannot reach git:\/\/127\.0\.0\.1:\d+\/remote\.git \(attempt 1\).*\n  → retrying in 1 s\n/);
    assert.match(stderr, /\(attempt 2\).*\n  → retrying in 2 s\n/);

    const daemon = spawn('git', ['daemon', '--reuseaddr', '--listen=127.0.0.1', `--port=${port}`, '--export-all', `--base-path=${path.dirname(work.dir)}`, path.dirname(work.dir)], { stdio: 'ignore' });
    children.push(daemon);
    const built = await waitFor('the head to be built', async () => (await readWatchState(state).catch(() => undefined))?.finished.find((c) => c.sha === sha), 90_000);
    assert.equal(built.result, 'succeeded');
    const up = (await readWatchState(state))!;
    assert.equal(up.remote.reachable, true);
    assert.equal(up.remote.failures, 0);
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.once('exit', r));
    assert.equal(code, 0);
    daemon.kill('SIGTERM');
  });
});

describe('USE matrix', () => {
  test('only REQUIRED_USE-valid combinations are built, each with its package.use line; failures name the right combination', async () => {
    const ws = sampleWorkspace();
    tempDirs.push(path.dirname(ws));
    // This copy of matrix cannot link statically: real emerge fails its compile exactly when USE has static.
    const ebuild = path.join(ws, 'app-misc/matrix/matrix-1.0.ebuild');
    writeFileSync(ebuild, readFileSync(ebuild, 'utf8').replace('src_install() {', 'src_compile() {\n\tuse static && die "static linking is not supported"\n}\n\nsrc_install() {'));
    const userUse = readFileSync(path.join(ws, '.portage/package.use'));
    const r = await runCli(['build', 'app-misc/matrix', '--use-matrix', '--profile', 'gentoo', '--seed', '3'], { cwd: ws });
    assert.equal(r.code, 1, r.stderr);
    const lines = new Map([...r.stderr.matchAll(/combination \d+\/\d+ "([^"]+)": package\.use (=app-misc\/matrix-1\.0 .*)\n/g)].map((m) => [m[1], m[2].split(' ').slice(1)]));
    assert.ok(lines.size >= 5, r.stderr);
    const rows = r.stdout.split('\n').filter((l) => /\s(succeeded|failed \(1\))\s/.test(l));
    assert.equal(rows.length, lines.size);
    for (const [name, flags] of lines) {
      const on = (f: string) => flags.includes(f);
      assert.ok(!(on('ssl') && on('gnutls')) && !(on('static') && on('doc')), `${name} breaks REQUIRED_USE: ${flags.join(' ')}`);
      const row = rows.find((l) => l.startsWith(name + ' ') || l.startsWith(name + '  '))!;
      assert.ok(row, name);
      assert.match(row, on('static') ? /failed \(1\)\s+compile/ : /succeeded/, `${name}: ${flags.join(' ')}`);
    }
    assert.ok([...lines.values()].some((f) => f.includes('static')) && [...lines.values()].some((f) => !f.includes('static')));
    assert.match(r.stdout, /combinations failed: .*"\+static"/);
    // Each combination that built left its own package, built with exactly its USE flags.
    const flagsOf = (on: string[]) => ['ssl', 'gnutls', 'static', 'doc'].filter((f) => on.includes(f)).join(' ');
    const built = await Promise.all(packagesOf(path.join(ws, 'artifacts'), 'app-misc/matrix').map((f) => readBinaryPackage(f, { verify: false })));
    assert.deepEqual(built.map((p) => flagsOf(p.use.enabled)).sort(), [...lines.values()].filter((f) => !f.includes('static')).map(flagsOf).sort());
    assert.deepEqual(readFileSync(path.join(ws, '.portage/package.use')), userUse, 'the user\'s overrides are untouched');
  });

  test('a REQUIRED_USE that nothing satisfies is a clear error before any build', async () => {
    const ws = sampleWorkspace();
    tempDirs.push(path.dirname(ws));
    writeFileSync(path.join(ws, 'app-misc/matrix/matrix-2.0.ebuild'), 'EAPI=8\nSLOT="0"\nIUSE="ssl gnutls"\nREQUIRED_USE="^^ ( ssl gnutls ) !ssl !gnutls"\n');
    const r = await runCli(['build', 'app-misc/matrix/matrix-2.0.ebuild', '--use-matrix', '--profile', 'gentoo'], { cwd: ws });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No USE combination satisfies REQUIRED_USE "\^\^ \( ssl gnutls \) !ssl !gnutls"/);
    assert.doesNotMatch(r.stderr, /combination 1\//);
  });
});
