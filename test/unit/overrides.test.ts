import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { isUserError } from '../../src/core/userError';
import { discoverOverrides, isIgnoredOverrideFile, readOverrideLines } from '../../src/core/overrides';
import { makeTempDir, writeTree } from '../helpers/fsTree';

test('a missing overrides folder gives an empty set', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  const set = await discoverOverrides(root);
  assert.deepEqual(set, { root: path.join(root, '.portage'), sources: [] });
});

test('files and directories of every kind, keywords alias, env/ and make.conf', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, {
    '.portage/package.use/zz-last': 'app-misc/b ssl\n',
    '.portage/package.use/00-first': 'app-misc/a -X',
    '.portage/package.use/sub dir/mïddle': 'app-misc/c gtk\n',
    '.portage/package.use/.hidden': 'nope\n',
    '.portage/package.use/backup~': 'nope\n',
    '.portage/package.use/.#lock': 'nope\n',
    '.portage/package.use/.00-first.swp': 'nope\n',
    '.portage/package.mask': '>=app-misc/hello-2\n',
    '.portage/package.unmask': 'app-misc/masked\n',
    '.portage/package.keywords': 'app-misc/old ~amd64\n',
    '.portage/package.accept_keywords/testing': 'app-misc/testing ~amd64\n',
    '.portage/package.license': 'app-misc/eula TestEULA\n',
    '.portage/package.env': 'app-misc/hello debug.conf\n',
    '.portage/env/debug.conf': 'CFLAGS="-O0 -g"\n',
    '.portage/make.conf': 'FEATURES="test"\n',
  });
  const set = await discoverOverrides(root);
  const p = (rel: string) => path.join(root, '.portage', rel);
  assert.deepEqual(set.sources, [
    { kind: 'use', path: p('package.use/00-first'), isDirectory: true },
    { kind: 'use', path: p('package.use/sub dir/mïddle'), isDirectory: true },
    { kind: 'use', path: p('package.use/zz-last'), isDirectory: true },
    { kind: 'mask', path: p('package.mask'), isDirectory: false },
    { kind: 'unmask', path: p('package.unmask'), isDirectory: false },
    { kind: 'env', path: p('package.env'), isDirectory: false },
    { kind: 'accept_keywords', path: p('package.keywords'), isDirectory: false },
    { kind: 'accept_keywords', path: p('package.accept_keywords/testing'), isDirectory: true },
    { kind: 'license', path: p('package.license'), isDirectory: false },
  ]);
  assert.equal(set.envDir, p('env'));
  assert.equal(set.makeConf, p('make.conf'));
  assert.equal(await readOverrideLines(set, 'use'), 'app-misc/a -X\napp-misc/c gtk\napp-misc/b ssl\n');
  assert.equal(await readOverrideLines(set, 'accept_keywords'), 'app-misc/old ~amd64\napp-misc/testing ~amd64\n');
  assert.equal(await readOverrideLines(set, 'mask'), '>=app-misc/hello-2\n');
});

test('a configurable overrides folder is used', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { 'conf/portage/package.use': 'app-misc/hello ssl\n', '.portage/package.use': 'other\n' });
  const set = await discoverOverrides(root, 'conf/portage');
  assert.deepEqual(set.sources.map((s) => s.path), [path.join(root, 'conf/portage/package.use')]);
});

// We run as root, so chmod 000 would not stop reads: unreadable files are simulated with a dangling
// symlink and with a folder where a file is expected.
test('an unreadable override file is a UserError naming it', async (t) => {
  const { root, dispose } = makeTempDir();
  t.after(dispose);
  writeTree(root, { 'a/.portage/package.use': { link: 'missing-target' } });
  writeTree(root, { 'b/.portage/package.mask/inner': { link: '/nonexistent/file' } });
  writeTree(root, { 'c/.portage/make.conf/oops': 'x' });
  writeTree(root, { 'd/.portage/env': 'not a folder' });
  writeTree(root, { 'e/.portage': 'a file' });
  const cases: [string, string, string][] = [
    ['a', 'package.use', 'unreadable-override'], ['b', 'package.mask/inner', 'unreadable-override'],
    ['c', 'make.conf', 'unreadable-override'], ['d', 'env', 'env-not-a-folder'], ['e', '', 'overrides-not-a-folder'],
  ];
  for (const [ws, rel, code] of cases) {
    await assert.rejects(discoverOverrides(path.join(root, ws)), (e: unknown) => {
      assert.ok(isUserError(e));
      assert.equal(e.code, code, ws);
      assert.ok(e.message.includes(path.join(root, ws, '.portage', rel)), e.message);
      assert.ok(e.action);
      return true;
    });
  }
});

test('Portage ignores hidden files and editor backups', () => {
  for (const n of ['.hidden', 'x~', '.#x', '.x.swp', 'x.swp']) assert.ok(isIgnoredOverrideFile(n), n);
  for (const n of ['custom', 'zz-x', 'a.conf']) assert.ok(!isIgnoredOverrideFile(n), n);
});
