/**
 * Builds against the real dockerd and real Portage (test/images/README.md): what a user builds, what emerge
 * printed, what the binary packages hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readBinaryPackage, readEnvironment } from '../../src/core/binpkg/readPackage';
import { builderContainers, buildIn, runCli, sampleWorkspace } from './testImages';

const HELLO = 'app-misc/hello/hello-1.0.ebuild';

async function files(pkg: string): Promise<string[]> {
  return (await readBinaryPackage(pkg, { verify: false })).files.map((f) => f.path);
}

for (const profile of ['sabayon', 'gentoo'] as const) {
  test(`${profile}: hello is built by real emerge; its package lands in the artifacts folder and holds /usr/bin/hello`, async () => {
    const ws = sampleWorkspace();
    const { result, stdout, stderr, states } = await buildIn(ws, HELLO, profile);
    assert.equal(result.state, 'succeeded', stdout);
    assert.equal(result.exitCode, 0);
    assert.match(stdout, /^\[ebuild {2}N {5}\] app-misc\/hello-1\.0::testoverlay/m);
    assert.match(stdout, />>> Completed \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
    assert.deepEqual(states.slice(0, 1), ['preparing']);
    assert.ok(states.indexOf('running') < states.indexOf('succeeded'));
    assert.equal(result.artifacts.length, 1, result.artifacts.join(' '));
    const pkg = result.artifacts[0];
    assert.match(pkg, profile === 'gentoo' ? /artifacts\/app-misc\/hello\/hello-1\.0-\d+\.gpkg\.tar$/ : /artifacts\/app-misc\/hello\/hello-1\.0-\d+\.xpak$/);
    assert.ok((await files(pkg)).includes('/usr/bin/hello'));
    assert.equal(readFileSync(result.logPath!).length, Buffer.byteLength(stdout) + Buffer.byteLength(stderr), 'the log holds everything that was streamed');
    assert.ok(!existsSync(path.join(ws, 'artifacts', '.incoming')), 'no staging left behind');
    assert.equal((await builderContainers(ws)).length, 0, 'the build left no container');
  });

  test(`${profile}: an edited ebuild is rebuilt from source, and its package holds the edit`, async () => {
    const ws = sampleWorkspace();
    const first = await buildIn(ws, HELLO, profile);
    assert.equal(first.result.state, 'succeeded', first.stdout);
    const ebuild = path.join(ws, HELLO);
    writeFileSync(ebuild, readFileSync(ebuild, 'utf8').replace('\tdobin hello\n', '\tdobin hello\n\tdodoc hello.c\n'));
    const second = await buildIn(ws, HELLO, profile);
    assert.equal(second.result.state, 'succeeded', second.stdout);
    assert.match(second.stdout, /^\[ebuild {2}[NR] {5}\] app-misc\/hello-1\.0::testoverlay/m, 'built from the ebuild, not the cached package');
    assert.doesNotMatch(second.stdout, /^\[binary/m);
    const list = await files(second.result.artifacts[0]);
    assert.ok(list.some((f) => f.startsWith('/usr/share/doc/hello-1.0/hello.c')), `the edit is in the package: ${list.join(' ')}`);
  });
}

test('gentoo: compile failure: the failing phase, gcc\'s error at broken.c:4:29 and Portage\'s build.log', async () => {
  const ws = sampleWorkspace();
  const { result, events, findings } = await buildIn(ws, 'app-misc/broken/broken-1.0.ebuild', 'gentoo');
  assert.equal(result.state, 'failed');
  assert.equal(result.exitCode, 1);
  const failure = events.find((e) => e.type === 'build-failure');
  assert.ok(failure && failure.type === 'build-failure' && failure.phase === 'compile' && failure.cpv === 'app-misc/broken-1.0');
  const gcc = events.find((e) => e.type === 'compiler-diagnostic' && e.severity === 'error');
  assert.ok(gcc && gcc.type === 'compiler-diagnostic', JSON.stringify(events.map((e) => e.type)));
  assert.equal(`${gcc.file}:${gcc.line}:${gcc.column}`, 'broken.c:4:29');
  assert.ok(findings.some((f) => f.phase === 'compile'));
  const buildLog = result.logPath!.replace(/\.log$/, '.build.log');
  const plain = readFileSync(buildLog, 'utf8').replace(/\x1b\[[0-9;]*[mK]/g, '');
  assert.match(plain, /broken\.c:4:29: error: expected [‘']?;[’']? before [‘']?return/);
  assert.deepEqual(result.artifacts, []);
});

test('sabayon: die in src_install fails in phase install with the die message', async () => {
  const ws = sampleWorkspace();
  const { result, findings } = await buildIn(ws, 'app-misc/dies/dies-1.0.ebuild', 'sabayon');
  assert.equal(result.state, 'failed');
  const f = findings.find((x) => x.phase === 'install');
  assert.ok(f, JSON.stringify(findings.map((x) => x.title)));
  assert.equal(f.message, 'custom message');
  assert.ok(f.event.type === 'build-failure' && f.event.snippet === 'die "custom message"', 'the snippet that finds the line in the ebuild');
});

test('gentoo: a QA notice of real Portage becomes a warning finding, and the build succeeds', async () => {
  const ws = sampleWorkspace();
  const { result, findings, stdout } = await buildIn(ws, 'app-misc/qa-issues/qa-issues-1.0.ebuild', 'gentoo');
  assert.equal(result.state, 'succeeded', stdout);
  const qa = findings.filter((f) => f.severity === 'warning' && f.title.startsWith('QA Notice'));
  assert.ok(qa.length >= 1, JSON.stringify(findings.map((f) => f.title)));
  assert.ok(qa.some((f) => /pre-stripped|Pre-stripped/i.test(f.message)), qa.map((f) => f.message).join('\n'));
});

test('gentoo: a SRC_URI on a host that cannot be reached (network off) is a fetch failure naming the file', async () => {
  const ws = sampleWorkspace();
  const { result, findings } = await buildIn(ws, 'app-misc/fetch-fail/fetch-fail-1.0.ebuild', 'gentoo');
  assert.equal(result.state, 'failed');
  const f = findings.find((x) => x.event.type === 'fetch-failure');
  assert.ok(f, JSON.stringify(findings.map((x) => x.title)));
  assert.match(f.title + f.message, /fetch-fail-1\.0\.tar\.gz/);
});

test('gentoo: an ebuild edited after its Manifest was written is a digest failure naming the ebuild', async () => {
  const ws = sampleWorkspace();
  const { cpSync } = await import('node:fs');
  cpSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'digest-overlay'), path.join(ws, 'digest-overlay'), { recursive: true });
  const { result, findings } = await buildIn(ws, 'digest-overlay/app-misc/bad-digest/bad-digest-1.0.ebuild', 'gentoo');
  assert.equal(result.state, 'failed');
  const f = findings.find((x) => x.event.type === 'digest-failure');
  assert.ok(f, JSON.stringify(findings.map((x) => x.title)));
  assert.match(f.file ?? '', /bad-digest-1\.0\.ebuild$/);
});

test('gentoo: a package.use folder, env/ and a make.conf fragment reach the build (seen in the package\'s environment)', async () => {
  const ws = sampleWorkspace();
  rmSync(path.join(ws, '.portage', 'package.use'));
  mkdirSync(path.join(ws, '.portage', 'package.use', 'sub'), { recursive: true });
  writeFileSync(path.join(ws, '.portage', 'package.use', 'a'), 'app-misc/hello -doc\n');
  writeFileSync(path.join(ws, '.portage', 'package.use', 'sub', 'b'), '>=app-misc/libfoo-1.0 ssl\n');
  writeFileSync(path.join(ws, '.portage', 'make.conf'), 'CFLAGS="-O1 -pipe"\n');
  writeFileSync(path.join(ws, '.portage', 'env', 'debug.conf'), 'EBUILD_BUILDER_MARK="from env/debug.conf"\n');
  const { result, stdout } = await buildIn(ws, 'app-misc/needs-ssl/needs-ssl-1.0.ebuild', 'gentoo');
  assert.equal(result.state, 'succeeded', stdout);
  assert.match(stdout, /app-misc\/libfoo-1\.0::testoverlay {2}USE="ssl"/, 'the USE line in package.use/sub/b applied');
  const lib = result.artifacts.find((a) => a.includes('/libfoo/'))!;
  assert.match((await readEnvironment(lib)) ?? '', /declare -x CFLAGS="-O1 -pipe"/);
  const hello = await buildIn(ws, HELLO, 'gentoo');
  assert.match((await readEnvironment(hello.result.artifacts[0])) ?? '', /EBUILD_BUILDER_MARK=["']?from env\/debug\.conf/, 'package.env applied env/debug.conf');
});

test('the CLI streams output, names the log, and exits with emerge\'s status', async () => {
  const ws = sampleWorkspace('work space ü');
  const ok = await runCli(['build', HELLO], { cwd: ws });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, />>> Completed \(1 of 1\) app-misc\/hello-1.0::testoverlay/);
  assert.match(ok.stderr, />>> note: portage sync off, equo upgrade off/);
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
