import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { environmentKey, packageFingerprint, planBinpkgCache, recordBuiltPackages, workspacePackages, type CacheContext } from '../../src/core/binpkgCache';
import { DEFAULT_BUILD_CONFIG } from '../../src/core/buildConfig';
import { makeBuildRequest } from '../../src/core/buildRequest';
import { binpkgNote } from '../../src/core/profiles/common';

const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', 'overlay');

function workspace(): string {
  const ws = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-cache-'))), 'ws');
  cpSync(SAMPLE, ws, { recursive: true });
  return ws;
}

const request = (ws: string, rel = 'app-misc/needs-ssl/needs-ssl-1.0.ebuild') =>
  makeBuildRequest(path.join(ws, rel), { workspaceFolders: [ws], config: DEFAULT_BUILD_CONFIG, profile: 'gentoo' });

test('a package\'s fingerprint follows its ebuild, its files/ and the eclasses it inherits, and nothing else', async () => {
  const ws = workspace();
  const req = await request(ws);
  const fp = () => packageFingerprint(req.overlay, req.overlays, 'app-misc', 'hello', 'hello-1.0');
  const first = await fp();
  assert.match(first ?? '', /^[0-9a-f]{64}$/);
  writeFileSync(path.join(ws, 'app-misc', 'needs-ssl', 'needs-ssl-1.0.ebuild'), '# another package\n', { flag: 'a' });
  assert.equal(await fp(), first, 'another package\'s edit does not count');
  writeFileSync(path.join(ws, 'app-misc', 'hello', 'files', 'hello.c'), '/* edited */\n', { flag: 'a' });
  const afterFiles = await fp();
  assert.notEqual(afterFiles, first);
  const ebuild = path.join(ws, 'app-misc', 'hello', 'hello-1.0.ebuild');
  writeFileSync(ebuild, 'inherit greet\n', { flag: 'a' });
  mkdirSync(path.join(ws, 'eclass'));
  writeFileSync(path.join(ws, 'eclass', 'greet.eclass'), 'greet() { :; }\n');
  const withEclass = await fp();
  assert.notEqual(withEclass, afterFiles);
  writeFileSync(path.join(ws, 'eclass', 'greet.eclass'), 'greet() { echo hi; }\n');
  assert.notEqual(await fp(), withEclass, 'an inherited eclass edited');
  assert.equal(await packageFingerprint(req.overlay, req.overlays, 'app-misc', 'hello', 'hello-9'), undefined);
});

test('the cache plan excludes the atom under test and every workspace package but those recorded fresh', async () => {
  const ws = workspace();
  const req = await request(ws);
  const ctx: CacheContext = { engineUrl: 'unix:///x.sock', family: 'gentoo', envKey: 'k1', stateDir: mkdtempSync(path.join(tmpdir(), 'eb-state-')) };
  const all = (await workspacePackages(req.overlays));
  assert.ok(all.includes('app-misc/libfoo') && all.includes('app-misc/hello'));
  const plan = await planBinpkgCache(req, ctx);
  assert.deepEqual(plan.exclude, all, 'nothing recorded yet: no package of the workspace comes from the cache');
  assert.match(plan.volume, /^ebuild-builder-gentoo-binpkgs-k1-[0-9a-f]{4}$/);
  await recordBuiltPackages(req, ctx, plan, [{ category: 'app-misc', pf: 'libfoo-1.0', repo: 'testoverlay' }, { category: 'sys-libs', pf: 'zlib-1.3', repo: 'gentoo' }]);
  const again = await planBinpkgCache(req, ctx);
  assert.equal(again.volume, plan.volume, 'the same cache while the record exists');
  assert.deepEqual(again.exclude, all.filter((n) => n !== 'app-misc/libfoo'), 'libfoo is recorded fresh');
  writeFileSync(path.join(ws, 'app-misc', 'libfoo', 'libfoo-1.0.ebuild'), '# edited\n', { flag: 'a' });
  assert.deepEqual((await planBinpkgCache(req, ctx)).exclude, all, 'edited since: excluded again');
  const other: CacheContext = { ...ctx, stateDir: mkdtempSync(path.join(tmpdir(), 'eb-state-')) };
  assert.notEqual((await planBinpkgCache(req, other)).volume, plan.volume, 'without a record here, a cache of unknown content is never used');
});

test('the cache is named after what Portage does not check: the make.conf fragment, package.env and env/, the env, the image', async () => {
  const ws = workspace();
  const key = async () => environmentKey(await request(ws), 'img:1', {});
  const base = await key();
  assert.equal(await key(), base);
  assert.notEqual(await environmentKey(await request(ws), 'img:2', {}), base);
  assert.notEqual(await environmentKey(await request(ws), 'img:1', { FEATURES: 'ccache' }), base);
  writeFileSync(path.join(ws, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n', { flag: 'a' });
  assert.equal(await key(), base, 'USE is Portage\'s to check (--binpkg-respect-use)');
  writeFileSync(path.join(ws, '.portage', 'env', 'debug.conf'), 'CFLAGS="-O0"\n');
  const withEnv = await key();
  assert.notEqual(withEnv, base);
  writeFileSync(path.join(ws, '.portage', 'make.conf'), 'CFLAGS="-O3"\n');
  assert.notEqual(await key(), withEnv);
});

test('the build\'s header names the package under test first among those never taken from a binary', async () => {
  const ws = workspace();
  const req = await request(ws);
  const ctx: CacheContext = { engineUrl: 'unix:///x.sock', family: 'gentoo', envKey: 'k1', stateDir: mkdtempSync(path.join(tmpdir(), 'eb-state-')) };
  const planned = { ...req, binpkgCache: await planBinpkgCache(req, ctx) };
  assert.ok(planned.binpkgCache.exclude.length > 6, 'the sample workspace has more packages than the note lists');
  const note = binpkgNote(planned);
  assert.match(note, /never from a binary package: app-misc\/needs-ssl app-misc\/\S+ .* and \d+ more of the workspace$/);
});
