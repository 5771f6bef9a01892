/**
 * The build engine against the real dockerd, with the stand-in builders replaying real Portage output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import * as path from 'node:path';
import { prepareBuild } from '../../src/docker/buildEbuild';
import type { RunEvent } from '../../src/core/buildRun';
import { ROOT, builderContainers, runCli, sampleWorkspace, standinConfig } from './standins';

const FIX = path.join(ROOT, 'test', 'fixtures', 'portage');
const sha16 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 16);

async function build(ws: string, rel: string, profile: 'sabayon' | 'gentoo', over = {}) {
  const prepared = await prepareBuild(path.join(ws, rel), { workspaceFolders: [ws], config: standinConfig(over), profile });
  const out: { stream: string; text: string }[] = [];
  const states: string[] = [];
  prepared.handle.onEvent((e: RunEvent) => {
    if (e.type === 'output') out.push({ stream: e.stream, text: e.data.toString('utf8') });
    if (e.type === 'state') states.push(e.state);
  });
  const result = await prepared.handle.done;
  const stdout = out.filter((o) => o.stream === 'stdout').map((o) => o.text).join('');
  const stderr = out.filter((o) => o.stream === 'stderr').map((o) => o.text).join('');
  return { prepared, result, stdout, stderr, states };
}

test('sabayon: hello builds, its real output streams in order, the real .tbz2 lands in the artifacts folder', async () => {
  const ws = sampleWorkspace();
  const { result, stdout, states } = await build(ws, 'app-misc/hello/hello-1.0.ebuild', 'sabayon');
  assert.equal(result.state, 'succeeded');
  assert.equal(result.exitCode, 0);
  // Every line of Portage's real stdout arrives, in order, after the builder's banner.
  const expected = readFileSync(path.join(FIX, 'outputs', 'success-xpak-nocolor.stdout.txt'), 'utf8');
  assert.ok(stdout.includes('*** Ready to compile, finger crossed ***'));
  assert.ok(stdout.endsWith(expected), 'the replayed emerge output is the tail of the stream, byte for byte');
  assert.deepEqual(states.slice(0, 1), ['preparing']);
  assert.ok(states.indexOf('running') < states.indexOf('succeeded'));
  const pkg = path.join(ws, 'artifacts', 'app-misc', 'hello-1.0.tbz2');
  assert.deepEqual(result.artifacts, [pkg]);
  assert.deepEqual(readFileSync(pkg), readFileSync(path.join(FIX, 'binpkgs', 'xpak-single', 'app-misc', 'hello-1.0.tbz2')));
  assert.equal(readFileSync(result.logPath!, 'utf8'), stdout, 'the log holds everything that was streamed');
  assert.ok(!existsSync(path.join(ws, 'artifacts', '.incoming')), 'no staging left behind');
  assert.equal((await builderContainers(ws)).length, 0, 'the build left no container');
});

test('gentoo: hello builds from the snapshot tree; the real .gpkg.tar lands in the artifacts folder', async () => {
  const ws = sampleWorkspace();
  const { result, stdout } = await build(ws, 'app-misc/hello/hello-1.0.ebuild', 'gentoo');
  assert.equal(result.state, 'succeeded', stdout);
  assert.match(stdout, /\[stand-in\] emerge --buildpkg --usepkg --oneshot --verbose --autounmask=y --autounmask-write=n =app-misc\/hello-1.0::testoverlay\n/);
  assert.match(stdout, /repository testoverlay at \/var\/db\/repos\/testoverlay/);
  const pkg = path.join(ws, 'artifacts', 'app-misc', 'hello-1.0.gpkg.tar');
  assert.deepEqual(readFileSync(pkg), readFileSync(path.join(FIX, 'binpkgs', 'gpkg-single', 'app-misc', 'hello-1.0.gpkg.tar')));
});

for (const [pkg, kase] of [['broken', 'compile-fail'], ['dies', 'die-install']] as const) {
  test(`sabayon: ${pkg} fails with emerge's status; our log and Portage's build.log are kept`, async () => {
    const ws = sampleWorkspace();
    const { result, stdout } = await build(ws, `app-misc/${pkg}/${pkg}-1.0.ebuild`, 'sabayon');
    assert.equal(result.state, 'failed');
    assert.equal(result.exitCode, 1);
    assert.match(stdout, new RegExp(`ERROR: app-misc/${pkg}-1.0::testoverlay failed`));
    assert.ok(existsSync(result.logPath!));
    const buildLog = result.logPath!.replace(/\.log$/, '.build.log');
    const real = readdirSync(path.join(FIX, 'build-logs')).find((f) => f.startsWith(`${kase}__`) && f.endsWith('.build.log'))!;
    assert.deepEqual(readFileSync(buildLog), readFileSync(path.join(FIX, 'build-logs', real)));
    assert.deepEqual(result.artifacts, []);
  });
}

test('sabayon: overrides reach custom.<kind> and env reaches the builder (the stand-in reports what arrived)', async () => {
  const ws = sampleWorkspace();
  const use = path.join(ws, '.portage', 'package.use');
  appendFileSync(use, '>=app-misc/libfoo-1.0 ssl\n');
  const { result, stdout } = await build(ws, 'app-misc/needs-ssl/needs-ssl-1.0.ebuild', 'sabayon', { env: { STANDIN_LINE_DELAY: '0', BUILDER_JOBS: '3', FEATURES: '-userpriv' } });
  const text = readFileSync(use);
  assert.match(stdout, new RegExp(`override package\\.use: file /opt/sabayon-build/conf/intel/portage/package\\.use/custom\\.use \\(${text.toString().split('\n').length - 1} lines, sha256 ${sha16(text)}\\)`));
  assert.match(stdout, /override package\.keywords: file \/opt\/sabayon-build\/conf\/intel\/portage\/package\.keywords\/custom\.keywords/);
  assert.match(stdout, /override package\.license: file .*custom\.license/);
  assert.match(stdout, /\[stand-in\] env BUILDER_JOBS=3\n/);
  assert.match(stdout, /\[stand-in\] env FEATURES=-userpriv\n/);
  assert.equal(result.state, 'succeeded', 'with the USE line in package.use the build succeeds');
  assert.ok(result.artifacts.some((a) => a.endsWith('libfoo-1.0-1.gpkg.tar')));
});

test('gentoo: a package.use folder, env/ and make.conf reach /etc/portage; without the USE line emerge asks for it', async () => {
  const ws = sampleWorkspace();
  const { mkdirSync, rmSync } = await import('node:fs');
  rmSync(path.join(ws, '.portage', 'package.use'));
  mkdirSync(path.join(ws, '.portage', 'package.use', 'sub'), { recursive: true });
  writeFileSync(path.join(ws, '.portage', 'package.use', 'a'), 'app-misc/hello -doc\n');
  writeFileSync(path.join(ws, '.portage', 'package.use', 'sub', 'b'), 'app-misc/testing doc\n');
  writeFileSync(path.join(ws, '.portage', 'make.conf'), 'MAKEOPTS="-j3"\n');
  const { result, stdout, stderr } = await build(ws, 'app-misc/needs-ssl/needs-ssl-1.0.ebuild', 'gentoo');
  assert.match(stdout, /override package\.use: directory \/etc\/portage\/package\.use \(2 files, sha256 [0-9a-f]{16}\)/);
  assert.match(stdout, /override env: directory \/etc\/portage\/env \(1 files/);
  assert.match(stdout, /override make\.conf: file \/etc\/portage\/make\.conf \(3 lines/, 'the fragment was appended to the image make.conf');
  assert.equal(result.state, 'failed');
  assert.match(stderr, /The following USE changes are necessary to proceed:[\s\S]*>=app-misc\/libfoo-1.0 ssl/);
});

test('the CLI streams output, names the log, and exits with emerge\'s status', async () => {
  const ws = sampleWorkspace('work space ü');
  const ok = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild'], { cwd: ws });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, />>> Completed \(1 of 1\) app-misc\/hello-1.0::testoverlay/);
  const logLine = /full log: (.*\.log)\n/.exec(ok.stderr);
  assert.ok(logLine && existsSync(logLine[1]), ok.stderr);
  const fail = await runCli(['build', path.join(ws, 'app-misc/dies/dies-1.0.ebuild'), '--profile', 'gentoo'], { cwd: '/' });
  assert.equal(fail.code, 1);
  const json = await runCli(['build', 'app-misc/broken/broken-1.0.ebuild', '--json'], { cwd: ws });
  assert.equal(json.code, 1);
  const events = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; phase?: string; state?: string });
  assert.equal(events[0].type, 'build-start');
  assert.ok(events.some((e) => e.type === 'build-failure' && e.phase === 'compile'), 'parser events are in the stream');
  assert.equal(events.at(-1)!.type, 'build-result');
  assert.equal(events.at(-1)!.state, 'failed');
});
