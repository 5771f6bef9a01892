/**
 * A build's result depends only on the ebuild, the workspace's overrides and the profile, never on what earlier
 * builds (of this workspace or another) left in the binary-package cache. Real Portage, real cache volumes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
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
