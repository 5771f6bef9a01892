import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../../src/core/buildConfig';
import { makeBuildRequest } from '../../src/core/buildRequest';
import { isUserError } from '../../src/core/userError';
import { makeTempDir, overlayTree, writeTree } from '../helpers/fsTree';

const config = (over: Partial<BuildConfig> = {}): BuildConfig => ({ ...DEFAULT_BUILD_CONFIG, ...over });

async function rejectsWith(p: Promise<unknown>, code: string, ...mentions: string[]): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isUserError(e), String(e));
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.ok(e.message.includes(m) || (e.action ?? '').includes(m), `${e.message} / ${e.action} mentions ${m}`);
    return true;
  });
}

test('multi-root: the request uses the ebuild\'s workspace folder for overrides and artifacts', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  const ws1 = path.join(root, 'first ws');
  const ws2 = path.join(root, 'zwéite');
  writeTree(ws1, { ...overlayTree('ov', 'one', ['app-misc/a/a-1.ebuild'], 'gentoo'), '.portage/package.use': 'app-misc/a x\n' });
  writeTree(ws2, { ...overlayTree('ov', 'two', ['app-misc/hello/hello-1.0-r1.ebuild'], 'gentoo one'), 'my-conf/package.mask': 'app-misc/a\n' });
  const ebuild = path.join(ws2, 'ov/app-misc/hello/hello-1.0-r1.ebuild');
  const req = await makeBuildRequest(ebuild, {
    workspaceFolders: [ws1, ws2],
    config: config({ overridesFolder: 'my-conf', artifactsFolder: 'out/pkgs', env: { BUILDER_JOBS: '3' }, emergeArgs: ['-v'], images: { gentoo: 'my/img' } }),
    profile: 'gentoo',
  });
  assert.equal(req.atom, '=app-misc/hello-1.0-r1::two');
  assert.deepEqual([req.category, req.pn, req.pvr, req.overlay.name], ['app-misc', 'hello', '1.0-r1', 'two']);
  assert.deepEqual(req.overlays.map((o) => o.name).sort(), ['one', 'two']);
  assert.equal(req.workspaceFolder, ws2);
  assert.deepEqual(req.overrides.sources.map((s) => [s.kind, s.path]), [['mask', path.join(ws2, 'my-conf/package.mask')]]);
  assert.equal(req.artifactsDir, path.join(ws2, 'out/pkgs'));
  assert.equal(req.profile, 'gentoo');
  assert.equal(req.image, 'my/img');
  assert.deepEqual(req.env, { BUILDER_JOBS: '3' });
  assert.deepEqual(req.emergeArgs, ['-v']);
  assert.equal(req.ebuildPath, ebuild);
});

test('an absolute artifacts folder and the default profile are kept', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, overlayTree('ws/ov', 'ov', ['app-misc/a/a-1.ebuild']));
  const abs = path.join(root, 'elsewhere', 'artifacts');
  const req = await makeBuildRequest(path.join(root, 'ws/ov/app-misc/a/a-1.ebuild'), { workspaceFolders: [path.join(root, 'ws')], config: config({ artifactsFolder: abs }) });
  assert.equal(req.artifactsDir, abs);
  assert.equal(req.profile, 'sabayon');
  assert.equal(req.image, undefined);
  assert.deepEqual(req.overrides.sources, []);
});

test('an ebuild in an overlay without a name says what file to add', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { 'ov/metadata/layout.conf': 'masters = gentoo\n', 'ov/app-misc/a/a-1.ebuild': 'EAPI=8\n' });
  await rejectsWith(makeBuildRequest(path.join(root, 'ov/app-misc/a/a-1.ebuild'), { workspaceFolders: [root], config: config() }),
    'overlay-without-name', path.join(root, 'ov', 'profiles', 'repo_name'));
});

test('an ebuild outside the workspace overlays is refused, naming the overlays found', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('ws/ov', 'mine'), ...overlayTree('other/ov', 'theirs', ['app-misc/a/a-1.ebuild']) });
  await rejectsWith(makeBuildRequest(path.join(root, 'other/ov/app-misc/a/a-1.ebuild'), { workspaceFolders: [path.join(root, 'ws')], config: config() }),
    'not-in-overlay', 'mine');
});

test('duplicate repo names stop the build with both paths', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('a', 'dup', ['app-misc/a/a-1.ebuild']), ...overlayTree('b', 'dup') });
  await rejectsWith(makeBuildRequest(path.join(root, 'a/app-misc/a/a-1.ebuild'), { workspaceFolders: [root], config: config() }),
    'duplicate-repo-name', path.join(root, 'a'), path.join(root, 'b'));
});

test('an unreadable override file stops the request with its name', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  // Root can read chmod-000 files, so a dangling symlink stands in for an unreadable file.
  writeTree(root, { ...overlayTree('ov', 'ov', ['app-misc/a/a-1.ebuild']), '.portage/package.license': { link: 'gone' } });
  await rejectsWith(makeBuildRequest(path.join(root, 'ov/app-misc/a/a-1.ebuild'), { workspaceFolders: [root], config: config() }),
    'unreadable-override', path.join(root, '.portage/package.license'));
});
