import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { discoverOverlays, missingMasters } from '../../src/core/overlays';
import { parseLayoutConf } from '../../src/core/repoFiles';
import { makeTempDir, overlayTree, writeTree } from '../helpers/fsTree';

const FIXTURE_REPOS = path.resolve(__dirname, '../../../test/fixtures/portage/repos');

test('the real Portage fixture repos are found with their names and masters', async () => {
  const { overlays, problems } = await discoverOverlays([FIXTURE_REPOS]);
  assert.deepEqual(problems, []);
  const byName = Object.fromEntries(overlays.map((o) => [o.name, o]));
  assert.deepEqual(Object.keys(byName).sort(), ['gentoo', 'testoverlay']);
  assert.deepEqual(byName.testoverlay.masters, ['gentoo']);
  assert.deepEqual(byName.gentoo.masters, []);
  assert.equal(byName.testoverlay.path, path.join(FIXTURE_REPOS, 'testoverlay'));
  assert.equal(byName.testoverlay.workspaceFolder, FIXTURE_REPOS);
});

test('nested, symlinked and layout.conf-only overlays in paths with spaces and non-ASCII', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  const ws = path.join(root, 'wörk space');
  writeTree(ws, {
    ...overlayTree('overlays/main', 'main-overlay', ['app-misc/hello/hello-1.0.ebuild'], 'gentoo'),
    ...overlayTree('overlays/main/extra/inner', 'inner'),
    'only-layout/metadata/layout.conf': '# comment\nrepo-name = "from-layout"\nmasters = gentoo main-overlay\n',
    ...overlayTree('../outside/linked', 'linked'),
    'link-to-linked': { link: '../outside/linked' },
    'second-link-to-main': { link: 'overlays/main' },
    'node_modules/pkg/profiles/repo_name': 'ignored\n',
    'artifacts/profiles/repo_name': 'ignored2\n',
  });
  const { overlays, problems } = await discoverOverlays([ws]);
  assert.deepEqual(problems.map((p) => p.message), []);
  const names = overlays.map((o) => o.name).sort();
  assert.deepEqual(names, ['from-layout', 'inner', 'linked', 'main-overlay']);
  const linked = overlays.find((o) => o.name === 'linked')!;
  assert.equal(linked.path, path.join(ws, 'link-to-linked'));
  assert.equal(linked.realPath, realpathSync(path.join(root, 'outside/linked')));
  assert.deepEqual(overlays.find((o) => o.name === 'from-layout')!.masters, ['gentoo', 'main-overlay']);
  // main is reachable twice (directly and through a link) but counts once.
  assert.equal(overlays.filter((o) => o.name === 'main-overlay').length, 1);
});

test('a symlink loop ends and does not duplicate anything', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('a', 'loopy'), 'a/sub/back': { link: '../..' }, 'dangling': { link: 'nowhere' } });
  const { overlays } = await discoverOverlays([root], { maxDepth: 20 });
  assert.deepEqual(overlays.map((o) => o.name), ['loopy']);
});

test('an overlay without a name is reported with what to add, not named after its folder', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { 'noname/metadata/layout.conf': 'masters = gentoo\n', 'emptyname/profiles/repo_name': '\n' });
  const { overlays, problems } = await discoverOverlays([root]);
  assert.deepEqual(overlays, []);
  assert.deepEqual(problems.map((p) => p.code), ['overlay-without-name', 'overlay-without-name']);
  const noname = problems.find((p) => p.path === path.join(root, 'noname'))!;
  assert.match(noname.message, /noname/);
  assert.match(noname.action!, /profiles[/\\]repo_name/);
  assert.match(noname.action!, /repo-name = <name>/);
});

test('two overlays with one name across workspace folders: an error naming both paths', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('ws1/ov', 'same'), ...overlayTree('ws2/ov', 'same'), ...overlayTree('ws2/other', 'other') });
  const { overlays, problems } = await discoverOverlays([path.join(root, 'ws1'), path.join(root, 'ws2')]);
  assert.deepEqual(overlays.map((o) => [o.name, o.workspaceFolder]), [['same', path.join(root, 'ws1')], ['other', path.join(root, 'ws2')]]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'duplicate-repo-name');
  assert.ok(problems[0].message.includes(path.join(root, 'ws1/ov')) && problems[0].message.includes(path.join(root, 'ws2/ov')));
});

test('conflicting names and unreadable name files are problems, not crashes', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, {
    ...overlayTree('both', 'old-name'), 'both/metadata/layout.conf': 'repo-name = new-name\n',
    // A directory where profiles/repo_name should be a file: unreadable as root too.
    'weird/profiles/repo_name/x': 'x',
    ...overlayTree('bad', 'bad name!'),
  });
  const { overlays, problems } = await discoverOverlays([root]);
  assert.deepEqual(overlays.map((o) => o.name), ['new-name']);
  assert.deepEqual(problems.map((p) => p.code).sort(), ['invalid-repo-name', 'overlay-name-conflict', 'unreadable-overlay-file']);
  assert.match(problems.find((p) => p.code === 'unreadable-overlay-file')!.message, /weird[/\\]profiles[/\\]repo_name/);
});

test('extra paths outside the workspace are searched too', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('elsewhere/ov', 'extra'), 'ws/readme': 'x' });
  const { overlays } = await discoverOverlays([path.join(root, 'ws')], { extraPaths: [path.join(root, 'elsewhere')] });
  assert.deepEqual(overlays.map((o) => o.name), ['extra']);
});

test('layout.conf lines are read as key = value', () => {
  const conf = parseLayoutConf('# x = y\nmasters = gentoo  other\n  repo-name=foo\r\nthin-manifests = true\n');
  assert.equal(conf.get('masters'), 'gentoo  other');
  assert.equal(conf.get('repo-name'), 'foo');
  assert.equal(conf.has('# x'), false);
});

test('masters missing from the workspace are listed (gentoo comes from the builder)', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('a', 'a', [], 'gentoo b c'), ...overlayTree('b', 'b', [], 'gentoo') });
  const { overlays } = await discoverOverlays([root]);
  assert.deepEqual(missingMasters(overlays.find((o) => o.name === 'a')!, overlays), ['c']);
  assert.deepEqual(missingMasters(overlays.find((o) => o.name === 'b')!, overlays), []);
});
