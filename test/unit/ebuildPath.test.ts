import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Overlay } from '../../src/core/buildModel';
import { atomFromEbuildPath } from '../../src/core/ebuildPath';
import { isUserError } from '../../src/core/userError';
import { discoverOverlays } from '../../src/core/overlays';
import { makeTempDir, overlayTree, writeTree } from '../helpers/fsTree';

const FIXTURE_REPOS = path.resolve(__dirname, '../../../test/fixtures/portage/repos');

function ov(name: string, p: string, realPath = p): Overlay {
  return { name, path: p, realPath, masters: [], workspaceFolder: '/ws' };
}

function rejects(fn: () => unknown, code: string, ...mentions: string[]): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isUserError(e), String(e));
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.ok(e.message.includes(m), `${JSON.stringify(e.message)} mentions ${m}`);
    assert.ok(e.action);
    return true;
  });
}

test('the fixture overlay ebuild becomes =cat/pn-ver::repo', async () => {
  const { overlays } = await discoverOverlays([FIXTURE_REPOS]);
  const file = path.join(FIXTURE_REPOS, 'testoverlay/app-misc/hello/hello-1.0.ebuild');
  const r = atomFromEbuildPath(file, overlays);
  assert.equal(r.atom, '=app-misc/hello-1.0::testoverlay');
  assert.deepEqual([r.category, r.pn, r.pvr, r.overlay.name], ['app-misc', 'hello', '1.0', 'testoverlay']);
});

test('versions with suffixes and revisions, paths with spaces and non-ASCII', () => {
  const root = '/home/ü ser/my overlay';
  const o = [ov('mine', root)];
  assert.equal(atomFromEbuildPath(`${root}/dev-libs/libfoo/libfoo-1.2.3b_rc1_p2-r10.ebuild`, o).atom, '=dev-libs/libfoo-1.2.3b_rc1_p2-r10::mine');
  assert.equal(atomFromEbuildPath(`${root}/media-fonts/font-adobe-100dpi/font-adobe-100dpi-1.0.ebuild`, o).pn, 'font-adobe-100dpi');
});

test('the innermost overlay wins, and an overlay reached through its real path is recognised', () => {
  const outer = ov('outer', '/ws/outer');
  const inner = ov('inner', '/ws/outer/nested/inner');
  assert.equal(atomFromEbuildPath('/ws/outer/nested/inner/app-misc/x/x-1.ebuild', [outer, inner]).overlay.name, 'inner');
  const linked = ov('linked', '/ws/link', '/data/real-overlay');
  assert.equal(atomFromEbuildPath('/data/real-overlay/app-misc/x/x-1.ebuild', [linked]).atom, '=app-misc/x-1::linked');
});

test('a file outside any overlay names the overlays that were found', () => {
  rejects(() => atomFromEbuildPath('/tmp/elsewhere/app-misc/x/x-1.ebuild', [ov('a', '/ws/a'), ov('b', '/ws/b')]), 'not-in-overlay', '/tmp/elsewhere/app-misc/x/x-1.ebuild', 'a (/ws/a)', 'b (/ws/b)');
  rejects(() => atomFromEbuildPath('/tmp/x/x-1.ebuild', []), 'not-in-overlay', 'No overlay');
});

test('bad names and locations each get their own error', () => {
  const o = [ov('mine', '/ov')];
  rejects(() => atomFromEbuildPath('/ov/app-misc/hello/hello-1.0.eclass', o), 'not-an-ebuild', 'hello-1.0.eclass');
  rejects(() => atomFromEbuildPath('/ov/foo/bar-1.0.ebuild', o), 'bad-ebuild-location', 'foo/bar-1.0.ebuild');
  rejects(() => atomFromEbuildPath('/ov/a/b/c/d-1.ebuild', o), 'bad-ebuild-location');
  rejects(() => atomFromEbuildPath('/ov/app-misc/foo/bar-1.0.ebuild', o), 'ebuild-name-mismatch', 'bar-1.0.ebuild', 'app-misc/foo/');
  rejects(() => atomFromEbuildPath('/ov/app-misc/foo/foo-bar-1.0.ebuild', o), 'ebuild-name-mismatch');
  rejects(() => atomFromEbuildPath('/ov/app-misc/foo/foo-1.0-beta.ebuild', o), 'invalid-version', '1.0-beta');
  rejects(() => atomFromEbuildPath('/ov/app-misc/foo/foo-.ebuild', o), 'invalid-version');
  rejects(() => atomFromEbuildPath('/ov/.app/foo/foo-1.ebuild', o), 'invalid-category', '.app');
  rejects(() => atomFromEbuildPath('/ov/app-misc/foo-1/foo-1-1.ebuild', o), 'invalid-package-name', 'foo-1');
});

test('a symlinked path unknown to the overlay list is resolved on disk', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { ...overlayTree('real', 'realov', ['app-misc/x/x-2.ebuild']), 'alias': { link: 'real' } });
  const { overlays } = await discoverOverlays([path.join(root, 'real')]);
  assert.equal(atomFromEbuildPath(path.join(root, 'alias/app-misc/x/x-2.ebuild'), overlays).atom, '=app-misc/x-2::realov');
});
