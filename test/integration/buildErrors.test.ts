/**
 * What a user can get wrong, against the real dockerd: one clear message each, no container left,
 * nothing partial in the artifacts folder, nothing already on disk lost.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, cpSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { prepareBuild } from '../../src/docker/buildEbuild';
import { startBuild } from '../../src/docker/build';
import { connectLocal } from '../../src/docker/engine';
import { containerSpecFor } from '../../src/core/profiles';
import { makeBuildRequest } from '../../src/core/buildRequest';
import { readBinaryPackage } from '../../src/core/binpkg/readPackage';
import { SAMPLE_OVERLAY, builderContainers, imageConfig, imageEnv, runCli, sampleWorkspace, sh } from './testImages';

/** Builder containers of one workspace (other suites may run builds of their own at the same time). */
const before = async (ws: string) => (await builderContainers()).filter((c) => c.Labels['ebuild-builder.workspace'] === ws).length;

test('engine not running: one message saying to start it; nothing created', async () => {
  const ws = sampleWorkspace();
  const r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild'], { cwd: ws, env: { ...imageEnv(), DOCKER_HOST: 'unix:///tmp/no-such-docker.sock' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Cannot reach the Docker engine unix:\/\/\/tmp\/no-such-docker\.sock \(chosen by DOCKER_HOST\): the socket \/tmp\/no-such-docker\.sock does not exist/);
  assert.match(r.stderr, /→ Start it/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  assert.ok(!existsSync(path.join(ws, 'artifacts')), 'no artifacts folder was made');
});

test('socket permission denied: says to join the docker group', async () => {
  const ws = sampleWorkspace();
  chmodSync(path.dirname(ws), 0o755);
  const r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild', '--artifacts', path.join(tmpdir(), 'eb-nobody-art')], { cwd: ws, uid: 65534 });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /Cannot reach the Docker engine unix:\/\/\/var\/run\/docker\.sock .*permission denied on its socket/);
  assert.match(r.stderr, /docker group/);
});

test('image missing: says it could not be had and what to do; no container, no artifacts', async () => {
  const ws = sampleWorkspace();
  const n = await before(ws);
  const r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild', '--image', 'ebuild-builder/no-such-image:nope'], { cwd: ws });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /The image ebuild-builder\/no-such-image:nope is not on the engine .* and could not be pulled/);
  assert.match(r.stderr, /→ Check the image name/);
  assert.equal(await before(ws), n);
  assert.ok(!existsSync(path.join(ws, 'artifacts')), 'nothing was written to the artifacts folder');
});

test('bad input: outside any overlay, a wrong-typed setting, a broken settings file, an unknown profile', async () => {
  const ws = sampleWorkspace();
  const stray = path.join(path.dirname(ws), 'stray-1.0.ebuild');
  writeFileSync(stray, 'EAPI=8\n');
  let r = await runCli(['build', stray, '--workspace', ws], { cwd: ws });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /stray-1\.0\.ebuild.*not inside any overlay|outside/i);

  mkdirSync(path.join(ws, '.vscode'));
  writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{ // comment\n "ebuildBuilder.env": 5 }');
  r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild'], { cwd: ws });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ebuildBuilder\.env is 5, but it must be an object whose values are strings/);

  writeFileSync(path.join(ws, '.vscode', 'settings.json'), '{ "ebuildBuilder.env": {');
  r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild'], { cwd: ws });
  assert.match(r.stderr, /settings\.json is not valid JSON/);

  rmSync(path.join(ws, '.vscode'), { recursive: true });
  r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild', '--profile', 'nosuch'], { cwd: ws });
  assert.match(r.stderr, /There is no builder profile named "nosuch"/);
  r = await runCli(['build', 'app-misc/hello/hello-1.0.ebuild', '--env', 'oops'], { cwd: ws });
  assert.match(r.stderr, /--env "oops" is not of the form NAME=VALUE/);
});

test('a symlinked overlay and a path with spaces and non-ASCII build; an overlay without repo_name is named', async () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-sym-')));
  const real = path.join(base, 'real place ü', 'overlay');
  cpSync(SAMPLE_OVERLAY, real, { recursive: true });
  const ws = path.join(base, 'ws');
  mkdirSync(ws);
  symlinkSync(real, path.join(ws, 'linked overlay'));
  const prepared = await prepareBuild(path.join(ws, 'linked overlay', 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config: imageConfig(), profile: 'sabayon' });
  const result = await prepared.handle.done;
  assert.equal(result.state, 'succeeded', result.error?.message);
  assert.deepEqual(result.artifacts, [path.join(ws, 'artifacts', 'app-misc', 'hello', 'hello-1.0-1.xpak')]);
  assert.ok((await readBinaryPackage(result.artifacts[0], { verify: false })).files.some((f) => f.path === '/usr/bin/hello'), 'real emerge built it from the linked overlay');

  rmSync(path.join(real, 'profiles', 'repo_name'));
  rmSync(path.join(real, 'metadata', 'layout.conf'));
  writeFileSync(path.join(real, 'metadata', 'layout.conf'), 'masters = gentoo\n');
  await assert.rejects(
    prepareBuild(path.join(ws, 'linked overlay', 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config: imageConfig(), profile: 'sabayon' }),
    (e: Error & { action?: string }) => /has no repository name/.test(e.message) && /profiles\/repo_name/.test(e.action ?? ''),
  );
});

test('an unreadable override file is named before anything runs', async () => {
  const ws = sampleWorkspace();
  rmSync(path.join(ws, '.portage', 'package.license'));
  symlinkSync('/nonexistent/package.license', path.join(ws, '.portage', 'package.license'));
  const n = await before(ws);
  await assert.rejects(
    prepareBuild(path.join(ws, 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config: imageConfig(), profile: 'sabayon' }),
    (e: Error) => e.message.includes(path.join(ws, '.portage', 'package.license')),
  );
  assert.equal(await before(ws), n);
});

test('the disk fills while packages are copied: a clear message, the old package is intact, no temporaries', async (t) => {
  const ws = sampleWorkspace();
  const art = path.join(path.dirname(ws), 'small-disk');
  mkdirSync(art);
  await sh('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', art]);
  t.after(() => sh('umount', [art]));
  const old = path.join(art, 'app-misc', 'hello', 'hello-1.0-1.xpak');
  mkdirSync(path.dirname(old), { recursive: true });
  writeFileSync(old, 'the previous build');
  // Fill the disk so the new package (about 8 KiB, built by real emerge) cannot be copied in.
  try { writeFileSync(path.join(art, 'filler'), Buffer.alloc(64 * 1024)); } catch { /* full, as wanted */ }
  const config = imageConfig({ artifactsFolder: art });
  const request = await makeBuildRequest(path.join(ws, 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config, profile: 'sabayon' });
  const spec = await containerSpecFor(request, config, 'diskfull01');
  const staging = mkdtempSync(path.join(tmpdir(), 'eb-staging-'));
  const handle = startBuild({ engine: connectLocal(), spec, buildId: 'diskfull01', artifactsDir: art, logPath: path.join(path.dirname(ws), 'disk.log'), keepContainerOnFailure: false, stopGraceSeconds: 1, stagingDir: staging });
  const result = await handle.done;
  assert.equal(result.state, 'error');
  assert.match(result.error!.message, /could not be copied into .*small-disk: the disk is full\. Packages already there were not touched/);
  assert.equal(readFileSync(old, 'utf8'), 'the previous build');
  assert.deepEqual(readdirSync(path.dirname(old)), ['hello-1.0-1.xpak'], 'no temporary files left');
});
