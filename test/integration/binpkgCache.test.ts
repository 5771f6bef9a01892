/**
 * A build's result depends only on the ebuild, the workspace's overrides and the profile, never on what earlier
 * builds (of this workspace or another) left in the binary-package cache. Real Portage, real cache volumes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readBinaryPackage } from '../../src/core/binpkg/readPackage';
import { buildIn, mergeList, sampleWorkspace } from './testImages';

const NEEDS_SSL = 'app-misc/needs-ssl/needs-ssl-1.0.ebuild';
const USE_LINE = '>=app-misc/libfoo-1.0 ssl\n';

for (const profile of ['gentoo', 'sabayon'] as const) {
  test(`${profile}: a cache warm with libfoo[ssl] from another workspace does not hide needs-ssl's USE finding`, async () => {
    const other = sampleWorkspace('other');
    appendFileSync(path.join(other, '.portage', 'package.use'), USE_LINE);
    const warm = await buildIn(other, NEEDS_SSL, profile);
    assert.equal(warm.result.state, 'succeeded', warm.stdout + warm.stderr);

    const ws = sampleWorkspace('fresh');
    const { result, stdout, stderr, findings } = await buildIn(ws, NEEDS_SSL, profile);
    assert.equal(result.state, 'failed', `the other workspace's package must not satisfy this build:\n${stdout}${stderr}`);
    assert.doesNotMatch(stdout, /^\[binary .*libfoo/m);
    const use = findings.find((f) => f.event.type === 'autounmask' && f.event.kind === 'use');
    assert.ok(use && use.event.type === 'autounmask', JSON.stringify(findings.map((f) => f.title)) + stderr);
    assert.equal(use.event.entry, '>=app-misc/libfoo-1.0 ssl');
  });
}

test('gentoo: after a build of needs-ssl, editing only needs-ssl takes libfoo from its package and builds needs-ssl from source', async () => {
  const ws = sampleWorkspace();
  appendFileSync(path.join(ws, '.portage', 'package.use'), USE_LINE);
  const first = await buildIn(ws, NEEDS_SSL, 'gentoo');
  assert.equal(first.result.state, 'succeeded', first.stdout + first.stderr);
  const ebuild = path.join(ws, NEEDS_SSL);
  writeFileSync(ebuild, readFileSync(ebuild, 'utf8').replace('"needs-ssl"', '"needs-ssl, edited"'));
  const second = await buildIn(ws, NEEDS_SSL, 'gentoo');
  assert.equal(second.result.state, 'succeeded', second.stdout + second.stderr);
  const list = mergeList(second.stdout);
  assert.ok(list.some((l) => /^\[binary .*app-misc\/libfoo-1\.0/.test(l)), list.join('\n'));
  assert.ok(list.some((l) => /^\[ebuild .*app-misc\/needs-ssl-1\.0/.test(l)), list.join('\n'));
});

test('gentoo: a dependency whose ebuild changed (same version) is rebuilt, not taken from the stale package', async () => {
  const ws = sampleWorkspace();
  appendFileSync(path.join(ws, '.portage', 'package.use'), USE_LINE);
  const first = await buildIn(ws, NEEDS_SSL, 'gentoo');
  assert.equal(first.result.state, 'succeeded', first.stdout + first.stderr);
  const lib = path.join(ws, 'app-misc/libfoo/libfoo-1.0.ebuild');
  writeFileSync(lib, readFileSync(lib, 'utf8').replace('newins - features', 'newins - features-v2'));
  const second = await buildIn(ws, NEEDS_SSL, 'gentoo');
  assert.equal(second.result.state, 'succeeded', second.stdout + second.stderr);
  const list = mergeList(second.stdout);
  assert.ok(list.some((l) => /^\[ebuild .*app-misc\/libfoo-1\.0/.test(l)), list.join('\n'));
  assert.ok(second.result.artifacts.some((a) => a.includes('/libfoo/')), 'the rebuilt libfoo is collected');
});

test('gentoo: a make.conf fragment of its own gives a workspace its own cache', async () => {
  const a = sampleWorkspace('a');
  appendFileSync(path.join(a, '.portage', 'package.use'), USE_LINE);
  const warm = await buildIn(a, NEEDS_SSL, 'gentoo');
  assert.equal(warm.result.state, 'succeeded');
  const b = sampleWorkspace('b');
  appendFileSync(path.join(b, '.portage', 'package.use'), USE_LINE);
  writeFileSync(path.join(b, '.portage', 'make.conf'), 'CFLAGS="-O3 -pipe"\n');
  const built = await buildIn(b, NEEDS_SSL, 'gentoo');
  assert.equal(built.result.state, 'succeeded');
  assert.ok(mergeList(built.stdout).some((l) => /^\[ebuild .*app-misc\/libfoo-1\.0/.test(l)), 'libfoo built under other CFLAGS is not used');
  assert.notEqual(built.prepared.request.binpkgCache?.volume, warm.prepared.request.binpkgCache?.volume);
});

for (const profile of ['gentoo', 'sabayon'] as const) {
  test(`${profile}: two workspaces building hello at once into the same cache each get their own package, and a failing build none`, async () => {
    const a = sampleWorkspace('a');
    const b = sampleWorkspace('b');
    const ebuild = path.join(b, 'app-misc/hello/hello-1.0.ebuild');
    writeFileSync(ebuild, readFileSync(ebuild, 'utf8').replace('\tdobin hello\n', '\tdobin hello\n\tdodoc hello.c\n'));
    const c = sampleWorkspace('c');
    // A first build makes the cache and its record (builds that start together before there is one get one each).
    assert.equal((await buildIn(a, 'app-misc/hello/hello-1.0.ebuild', profile)).result.state, 'succeeded');
    // Started together: each package is written while the other builds run, into the one cache volume they share.
    const [builtA, builtB, broken] = await Promise.all([
      buildIn(a, 'app-misc/hello/hello-1.0.ebuild', profile),
      buildIn(b, 'app-misc/hello/hello-1.0.ebuild', profile),
      buildIn(c, 'app-misc/broken/broken-1.0.ebuild', profile),
    ]);
    assert.equal(builtA.prepared.request.binpkgCache?.volume, builtB.prepared.request.binpkgCache?.volume, 'the test needs one shared cache');
    assert.equal(builtA.result.state, 'succeeded', builtA.stdout);
    assert.equal(builtB.result.state, 'succeeded', builtB.stdout);
    assert.equal(broken.result.state, 'failed');
    assert.deepEqual(broken.result.artifacts, [], 'a failed build claims none of the packages the others wrote');
    const docs = async (file: string) => (await readBinaryPackage(file, { verify: false })).files.some((f) => f.path === '/usr/share/doc/hello-1.0/hello.c');
    assert.equal(builtA.result.artifacts.length, 1, builtA.result.artifacts.join(' '));
    assert.equal(builtB.result.artifacts.length, 1, builtB.result.artifacts.join(' '));
    assert.equal(await docs(builtA.result.artifacts[0]), false, "a's artifact is a's hello, not b's edited one");
    assert.equal(await docs(builtB.result.artifacts[0]), true, "b's artifact is b's edited hello");
  });
}
