/**
 * Debugging a failed build where it failed, with real Portage: broken fails in compile and is kept; the missing
 * semicolon is fixed in WORKDIR through the archive API; `compile` runs again and goes on to a package; the change
 * becomes a patch that applies with patch -p1; a clean rebuild with PATCHES succeeds. Also on the loopback TCP engine.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildPaths } from '../../src/core/keptBuild';
import { addToPatches } from '../../src/core/patches';
import { connectEngine } from '../../src/docker/connect';
import { cleanupContainers } from '../../src/docker/containers';
import type { Engine } from '../../src/docker/engine';
import { connectLocal } from '../../src/docker/engine';
import { discardKept, execIn, findKept, listKept, pruneKept, requireKept } from '../../src/docker/keptBuild';
import { diffAgainstPristine, listKeptDir, readKeptFile, rerunPhase, writeKeptFile } from '../../src/docker/keptActions';
import { engineSetup, startRig } from './engineRig';
import { buildIn, docker, runCli, sampleWorkspace } from './testImages';
import { prepareBuild } from '../../src/docker/buildEbuild';
import { imageConfig } from './testImages';

const BROKEN = 'app-misc/broken/broken-1.0.ebuild';

async function keptBroken(ws: string, engine?: Engine) {
  const prepared = await prepareBuild(path.join(ws, BROKEN), { workspaceFolders: [ws], config: imageConfig({ keepContainerOnFailure: true }), profile: 'gentoo', engine });
  const result = await prepared.handle.done;
  assert.equal(result.state, 'failed');
  assert.ok(result.kept, 'a failed build with keep on is kept');
  return requireKept(prepared.engine, result.kept.id);
}

async function theLoop(engine: Engine, ws: string) {
  const kept = await keptBroken(ws, engine);
  const s = `${buildPaths(kept.info).work}/broken-1.0`;
  assert.deepEqual((await listKeptDir(engine, kept, s)).map((e) => e.name).sort(), ['Makefile', 'broken.c']);
  const source = (await readKeptFile(engine, kept, `${s}/broken.c`)).toString('utf8');
  assert.match(source, /puts\("no semicolon"\)\n/);
  await writeKeptFile(engine, kept, `${s}/broken.c`, Buffer.from(source.replace('puts("no semicolon")', 'puts("no semicolon");')));
  const owner = await execIn(engine, kept, ['stat', '-c', '%U', `${s}/broken.c`]);
  assert.equal(owner.stdout.trim(), 'portage', 'the edited file keeps its owner, so the build user can still use it');

  const artifacts = mkdtempSync(path.join(tmpdir(), 'eb-kept-art-'));
  let out = '';
  const rerun = await rerunPhase(engine, kept, 'compile', { continueToPackage: true, artifactsDir: artifacts, onOutput: (_s, d) => (out += d) });
  assert.equal(rerun.exitCode, 0, out);
  assert.deepEqual(rerun.ran, ['compile', 'package']);
  assert.equal(rerun.artifacts.length, 1, out);
  assert.match(rerun.artifacts[0], /broken-1\.0-\d+\.gpkg\.tar$/);

  const diff = await diffAgainstPristine(engine, kept);
  assert.deepEqual(diff.files, ['broken.c']);
  assert.match(diff.patch, /^--- a\/broken\.c\n\+\+\+ b\/broken\.c\n@@ /);
  // It applies with patch -p1 to the pristine source.
  const pristine = mkdtempSync(path.join(tmpdir(), 'eb-pristine-'));
  writeFileSync(path.join(pristine, 'broken.c'), source);
  execFileSync('patch', ['-p1', '-d', pristine], { input: diff.patch });
  assert.match(readFileSync(path.join(pristine, 'broken.c'), 'utf8'), /puts\("no semicolon"\);\n/);

  // Saved under files/ and added to PATCHES, a clean rebuild succeeds.
  writeFileSync(path.join(ws, 'app-misc/broken/files/broken-semicolon.patch'), diff.patch, { flag: 'w' });
  const ebuild = path.join(ws, BROKEN);
  writeFileSync(ebuild, addToPatches(readFileSync(ebuild, 'utf8'), 'broken-semicolon.patch'));
  const rebuilt = await prepareBuild(ebuild, { workspaceFolders: [ws], config: imageConfig(), profile: 'gentoo', engine });
  const r = await rebuilt.handle.done;
  assert.equal(r.state, 'succeeded', readFileSync(r.logPath!, 'utf8').slice(-3000));
  await discardKept(engine, kept);
  assert.equal(await findKept(engine, kept.id), undefined);
}

describe('kept builds', () => {
  test('local engine: keep, fix in WORKDIR, rerun compile to a package, save the patch, rebuild clean', async () => {
    const ws = sampleWorkspace();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(ws, 'app-misc/broken/files'), { recursive: true });
    await theLoop(connectLocal(), ws);
  });

  test('the same loop on the loopback TCP engine (files go up and down through the archive API)', async () => {
    const rig = startRig();
    const { config, env } = engineSetup(rig, 'tcp');
    const engine = await connectEngine(config, env);
    try {
      const ws = sampleWorkspace();
      const { mkdirSync } = await import('node:fs');
      mkdirSync(path.join(ws, 'app-misc/broken/files'), { recursive: true });
      await theLoop(engine, ws);
    } finally {
      await engine.close();
    }
  });

  test('a success is never kept; a kept build past its age is removed; clean removes kept builds', async () => {
    const engine = connectLocal();
    const ws = sampleWorkspace();
    const ok = await buildIn(ws, 'app-misc/hello/hello-1.0.ebuild', 'gentoo', { keepContainerOnFailure: true });
    assert.equal(ok.result.state, 'succeeded');
    assert.equal(ok.result.kept, undefined);
    const a = await keptBroken(ws);
    assert.deepEqual(await pruneKept(engine, 3_600_000), [], 'young kept builds stay');
    const pruned = await pruneKept(engine, 1, Date.now() + 10_000);
    assert.ok(pruned.some((k) => k.id === a.id), 'past its age limit');
    await assert.rejects(docker().getImage(a.image).inspect(), 'its saved state went too');
    const b = await keptBroken(ws);
    await cleanupContainers(engine);
    assert.ok(!(await listKept(engine)).some((k) => k.id === b.id));
  });

  test('bad input: an unknown phase, a path outside WORKDIR, a binary file, a kept container removed by hand', async () => {
    const engine = connectLocal();
    const ws = sampleWorkspace();
    const kept = await keptBroken(ws);
    await assert.rejects(rerunPhase(engine, kept, 'frobnicate'), /"frobnicate" is not a phase that can run again for this package \(EAPI 8\)[\s\S]*unpack, prepare, configure, compile, install, package/);
    await assert.rejects(writeKeptFile(engine, kept, `${kept.info.buildDir}/temp/environment`, Buffer.from('x')), /outside WORKDIR/);
    await assert.rejects(writeKeptFile(engine, kept, '/etc/passwd', Buffer.from('x')), /outside WORKDIR/);
    const bin = await readKeptFile(engine, kept, '/usr/bin/patch');
    assert.equal(bin.subarray(0, 4).toString('latin1'), '\x7fELF', 'binary files come back byte for byte');
    await docker().getContainer(kept.container).remove({ force: true });
    await assert.rejects(rerunPhase(engine, kept, 'compile'), /The kept container of .* is gone: it was removed by hand[\s\S]*Build again with --keep/);
    await docker().getImage(kept.image).remove({ force: true }).catch(() => undefined);
  });

  test('CLI: build --keep prints the id; kept --json, shell -- CMD in ${S}, rerun, discard', async () => {
    const ws = sampleWorkspace();
    const env = { ...process.env, EBUILD_BUILDER_IMAGE_GENTOO: 'ebuild-builder/test-gentoo:test', EBUILD_BUILDER_GENTOO_TREE: 'volume:ebuild-builder/test-gentoo-tree:test', EBUILD_BUILDER_NETWORK: 'none' };
    const b = await runCli(['build', BROKEN, '--profile', 'gentoo', '--keep'], { cwd: ws, env });
    assert.equal(b.code, 1);
    const id = /^kept: ([0-9a-f]{12})$/m.exec(b.stdout)?.[1];
    assert.ok(id, b.stdout);
    const list = await runCli(['kept', '--json'], { cwd: ws, env });
    const row = list.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>).find((r) => r.id === id);
    assert.ok(row);
    assert.deepEqual(Object.keys(row).slice(0, 6), ['id', 'atom', 'profile', 'engine', 'container', 'age']);
    assert.equal(row.atom, '=app-misc/broken-1.0::testoverlay');
    const pwd = await runCli(['shell', id, '--', 'sh', '-c', 'pwd; id -un'], { cwd: ws, env });
    assert.equal(pwd.code, 0, pwd.stderr);
    assert.equal(pwd.stdout, '/var/tmp/portage/app-misc/broken-1.0/work/broken-1.0\nportage\n');
    const failing = await runCli(['shell', id, '--', 'false'], { cwd: ws, env });
    assert.equal(failing.code, 1, 'the command\'s status');
    const again = await runCli(['rerun', id, 'compile'], { cwd: ws, env });
    assert.equal(again.code, 1);
    assert.match(again.stderr, />>> finding: .*broken\.c/);
    const gone = await runCli(['discard', id], { cwd: ws, env });
    assert.equal(gone.code, 0);
    const none = await runCli(['shell', id, '--', 'true'], { cwd: ws, env });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /There is no kept build/);
  });
});
