/**
 * Scale-out on a real swarm of three engines on loopback (scripts/test-swarm.sh: the main dockerd as manager, two
 * more as workers) with real Portage in the builder test images: `build --changed --swarm` by dependency level with
 * packages flowing through the run's binhost, a lost node, cancel, clean, and a USE matrix. The main engine leaves
 * the swarm again at the end when the rig made it a manager.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { GitRepo } from '../helpers/gitRepo';
import { CLI, imageEnv, mergeList, runCli, sampleWorkspace } from './testImages';
import { machineState, rigEngines, startWorker, stopWorker, swarmDown, swarmUp, workerLeftovers, workerOf, type MachineState, type SwarmRig } from './swarmRig';

let rig: SwarmRig;
let wentIn: MachineState;
const tempDirs: string[] = [];
before(async () => {
  wentIn = await machineState();
  rig = swarmUp();
});
// The user's engine comes out as it went in: swarm state, docker0, no swarm network or bridge of the rig, no worker
// engine running, nothing of theirs mounted.
after(async () => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  swarmDown();
  assert.deepEqual(await machineState(), wentIn);
  if (rig) assert.deepEqual(workerLeftovers(rig), []);
});

const SWARM = ['--swarm', '--profile', 'gentoo', '--network', 'bridge'];

/** The sample overlay as a git repository whose last commit touches `pkgs` (app-misc/<pkg>/<pkg>-1.0.ebuild). */
function changedRepo(...pkgs: string[]): GitRepo {
  const repo = new GitRepo(sampleWorkspace('overlay'));
  tempDirs.push(path.dirname(repo.dir));
  repo.git('init', '-q', '-b', 'main');
  repo.commit('sample overlay');
  for (const p of pkgs) {
    const file = path.join(repo.dir, 'app-misc', p, `${p}-1.0.ebuild`);
    writeFileSync(file, readFileSync(file, 'utf8') + '# touched\n');
  }
  repo.commit(`touch ${pkgs.join(' ')}`);
  return repo;
}

/** A CLI run whose output can be waited on while it runs. */
function startCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: imageEnv() });
  let out = '';
  const waiters: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const feed = (d: Buffer) => {
    out += d.toString('utf8');
    for (const w of [...waiters]) {
      const m = out.match(w.re);
      if (m) { waiters.splice(waiters.indexOf(w), 1); w.resolve(m); }
    }
  };
  child.stdout.on('data', feed);
  child.stderr.on('data', feed);
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    done,
    output: () => out,
    /** Resolves when the output (both streams) matches. */
    waitFor: (re: RegExp) => new Promise<RegExpMatchArray>((resolve, reject) => {
      const m = out.match(re);
      if (m) return resolve(m);
      waiters.push({ re, resolve });
      void done.then(() => reject(new Error(`the run ended before its output matched ${re}:\n${out.slice(-3000)}`)));
    }),
  };
}

const runIdOf = (text: string) => /swarm run ([0-9a-f]{6})/.exec(text)?.[1] ?? assert.fail(`no run id in:\n${text.slice(0, 2000)}`);

/** Services, secrets and containers of the run still on the swarm (every node's engine asked). */
async function leftovers(run: string): Promise<string[]> {
  const label = { label: [`ebuild-builder.run=${run}`] };
  const [manager] = rigEngines(rig);
  const left = [
    ...((await manager.docker.listServices({ filters: label })) as { Spec?: { Name?: string } }[]).map((s) => `service ${s.Spec?.Name}`),
    ...((await manager.docker.listSecrets({ filters: label })) as { Spec?: { Name?: string } }[]).map((s) => `secret ${s.Spec?.Name}`),
  ];
  for (const e of rigEngines(rig)) {
    for (const c of await e.docker.listContainers({ all: true, filters: label })) left.push(`container ${c.Names[0]} on ${e.name}`);
  }
  return left;
}

/** Swarm removes containers on their nodes after the service: asks until nothing is left, or a minute passed. */
async function noLeftovers(run: string): Promise<string[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const left = await leftovers(run);
    if (!left.length || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `--json` lines of a run. */
const events = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('build --changed --swarm', () => {
  test('the withdep chain and two unrelated atoms build across nodes level by level; withdep takes libfoo and hello as binaries from the run\'s binhost; the packages land in artifacts/', async () => {
    const repo = changedRepo('hello', 'libfoo', 'withdep', 'matrix', 'qa-issues');
    const { code, stdout, stderr } = await runCli(['build', '--changed', '--since', 'HEAD~1', ...SWARM, '--json'], { cwd: repo.dir });
    assert.equal(code, 0, stderr + stdout.slice(-3000));
    const ev = events(stdout);
    const summary = ev.find((e) => e.type === 'changed-summary') as { outcomes: { atom: string; result: string }[] };
    assert.deepEqual(summary.outcomes.map((o) => [o.atom, o.result]).sort(), [
      ['=app-misc/hello-1.0::testoverlay', 'succeeded'], ['=app-misc/libfoo-1.0::testoverlay', 'succeeded'], ['=app-misc/matrix-1.0::testoverlay', 'succeeded'],
      ['=app-misc/qa-issues-1.0::testoverlay', 'succeeded'], ['=app-misc/withdep-1.0::testoverlay', 'succeeded'],
    ]);
    const at = (type: string, pn: string) => ev.findIndex((e) => e.type === type && String(e.atom).includes(`/${pn}-1.0`));
    assert.ok(at('build-result', 'hello') < at('build-start', 'withdep') && at('build-result', 'libfoo') < at('build-start', 'withdep'), 'withdep starts after its dependencies are built');
    const results = ev.filter((e) => e.type === 'build-result') as { atom: string; node: string; log: string }[];
    assert.ok(new Set(results.map((r) => r.node)).size >= 2, `the jobs ran on more than one node: ${results.map((r) => `${r.atom} on ${r.node}`).join(', ')}`);
    const withdep = mergeList(readFileSync(results.find((r) => r.atom.includes('/withdep-'))!.log, 'utf8'));
    // `g` in the flags: Portage fetched it from a binhost (getbinpkg); the jobs have no package cache, and the run's
    // binhost is the only one they are given.
    const fromBinhost = (pn: string) => new RegExp(`^\\[binary [^\\]]*g[^\\]]*\\] app-misc/${pn}-1\\.0`);
    assert.ok(withdep.some((l) => fromBinhost('hello').test(l)) && withdep.some((l) => fromBinhost('libfoo').test(l)), withdep.join('\n'));
    assert.ok(withdep.some((l) => /^\[ebuild .*\] app-misc\/withdep-1\.0/.test(l)), `the atom under test is built from its ebuild:\n${withdep.join('\n')}`);
    const packages = (pn: string) => readdirSync(path.join(repo.dir, 'artifacts', 'app-misc', pn)).filter((f) => f.endsWith('.gpkg.tar'));
    for (const pn of ['hello', 'libfoo', 'withdep', 'matrix', 'qa-issues']) assert.equal(packages(pn).length, 1, pn);
    assert.deepEqual(await noLeftovers(runIdOf(stdout)), []);
  });

  test('a build that fails is not run again: the table says failed in install with the die message, it ran once, and Portage\'s build.log comes back beside the job\'s log', async () => {
    const repo = changedRepo('dies');
    const { code, stdout } = await runCli(['build', '--changed', '--since', 'HEAD~1', ...SWARM, '--json'], { cwd: repo.dir });
    assert.equal(code, 1, stdout.slice(-3000));
    const ev = events(stdout);
    const result = ev.find((e) => e.type === 'build-result') as { state: string; attempts: number; log: string };
    assert.equal(result.state, 'failed');
    assert.equal(result.attempts, 1, 'Swarm did not run the failed build again');
    const summary = ev.find((e) => e.type === 'changed-summary') as { outcomes: { atom: string; result: string; phase?: string; finding?: string }[] };
    assert.deepEqual(summary.outcomes.map((o) => [o.atom, o.result, o.phase, o.finding]), [['=app-misc/dies-1.0::testoverlay', 'failed', 'install', 'custom message']]);
    assert.match(readFileSync(result.log.replace(/\.log$/, '.build.log'), 'utf8'), /die "custom message"/);
    assert.deepEqual(await noLeftovers(runIdOf(stdout)), []);
  });

  test('a worker\'s engine stopped mid-build: Swarm runs the job again on another node, the run succeeds without waiting for the lost node, the table says it ran twice; back, the node removes what it held', async () => {
    const repo = changedRepo('slow');
    const run = startCli(['build', '--changed', '--since', 'HEAD~1', ...SWARM, '--swarm-constraint', 'node.role==worker'], repo.dir);
    const [, first] = await run.waitFor(/attempt 1 on node \S+ \(([0-9a-z]+)\)/);
    await run.waitFor(/compiling part 3 of 60/);
    const worker = workerOf(rig, first) ?? assert.fail(`attempt 1 ran on ${first}, not on a worker`);
    stopWorker(worker);
    let ended: number;
    try {
      const [, second] = await run.waitFor(/attempt 2 on node \S+ \(([0-9a-z]+)\)/);
      assert.notEqual(second, first, 'the second attempt runs on another node');
      const succeeded = await run.waitFor(/slow-1\.0::testoverlay succeeded/).then(() => Date.now());
      assert.equal(await run.done, 0, run.output().slice(-3000));
      ended = Date.now() - succeeded;
    } finally {
      // The node comes back only after the run: the run must not wait for it.
      startWorker(worker);
    }
    assert.match(run.output(), /=app-misc\/slow-1\.0::testoverlay +succeeded, ran twice /);
    assert.match(run.output(), new RegExp(`containers of this run are still on 1 node\\(s\\) \\(${first}\\): Swarm removes them when those nodes answer`));
    assert.ok(ended < 15_000, `the table came ${ended} ms after the build succeeded: the run waited for the lost node`);
    // Back, the node removes what the first attempt left there.
    assert.deepEqual(await noLeftovers(runIdOf(run.output())), []);
  });

  test('Ctrl+C while jobs compile removes every service, secret and container of the run on every node', async () => {
    const repo = changedRepo('slow', 'hello');
    const run = startCli(['build', '--changed', '--since', 'HEAD~1', ...SWARM], repo.dir);
    await run.waitFor(/compiling part 2 of 60/);
    run.child.kill('SIGINT');
    assert.equal(await run.done, 130, run.output().slice(-3000));
    assert.match(run.output(), /=app-misc\/slow-1\.0::testoverlay +cancelled/);
    assert.deepEqual(await noLeftovers(runIdOf(run.output())), []);
  });

  test('clean --run removes by label what a killed run left on the swarm', async () => {
    const repo = changedRepo('slow');
    const run = startCli(['build', '--changed', '--since', 'HEAD~1', ...SWARM], repo.dir);
    await run.waitFor(/compiling part 1 of 60/);
    run.child.kill('SIGKILL');
    await run.done;
    const id = runIdOf(run.output());
    assert.ok((await leftovers(id)).some((l) => l.startsWith('service')), 'the killed run left its services');
    const clean = await runCli(['clean', '--run', id], { cwd: repo.dir });
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stdout, new RegExp(`removed swarm service ebuild-builder-${id}-binhost \\(run ${id}, binhost\\)`));
    assert.deepEqual(await noLeftovers(id), []);
  });

  test('refused with the next step: the network "none", and an engine that is a swarm worker', async () => {
    const repo = changedRepo('hello');
    const none = await runCli(['build', '--changed', '--since', 'HEAD~1', '--swarm', '--profile', 'gentoo'], { cwd: repo.dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /cannot run with the network "none"[\s\S]*--network bridge/);
    const worker = await runCli(['build', '--changed', '--since', 'HEAD~1', ...SWARM, '--engine', rig.workers[0].socket], { cwd: repo.dir });
    assert.equal(worker.code, 2);
    assert.match(worker.stderr, /is a swarm worker; only a manager can create services[\s\S]*→ Point --engine/);
    assert.ok(!existsSync(path.join(repo.dir, 'artifacts', 'app-misc')), 'nothing was built');
  });
});

test('a USE matrix of matrix-1.0 spread over the nodes gives the table of the local run', async () => {
  const ws = sampleWorkspace();
  tempDirs.push(path.dirname(ws));
  const args = ['build', 'app-misc/matrix/matrix-1.0.ebuild', '--use-matrix', '--max', '4', '--profile', 'gentoo', '--json'];
  const local = await runCli(args, { cwd: ws });
  const swarm = await runCli([...args, '--swarm', '--network', 'bridge'], { cwd: ws });
  assert.equal(swarm.code, local.code, swarm.stderr.slice(-2000));
  const table = (stdout: string) => (events(stdout).find((e) => e.type === 'use-matrix-summary') as { results: Record<string, unknown>[] }).results
    .map((r) => [r.name, r.result, r.status, r.phase, r.finding]);
  assert.deepEqual(table(swarm.stdout), table(local.stdout));
  const nodes = new Set(events(swarm.stdout).filter((e) => e.type === 'build-result').map((e) => e.node));
  assert.ok(nodes.size >= 2, `the combinations ran on more than one node: ${[...nodes].join(', ')}`);
});
