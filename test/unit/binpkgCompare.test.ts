/** Comparing two builds: what a packager sees when a rebuild changed USE, dependencies or files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bufferSource } from '../../src/core/binpkg/byteSource';
import { comparePackages } from '../../src/core/binpkg/comparePackages';
import { readBinaryPackage, readBinaryPackageFrom } from '../../src/core/binpkg/readPackage';
import { simpleGpkg } from '../helpers/binpkgArchives';

const BINPKGS = join(__dirname, '../../../test/fixtures/portage/binpkgs');

test('two real builds of hello differ only in build-specific metadata, not in files', async () => {
  const a = await readBinaryPackage(join(BINPKGS, 'gpkg-single/app-misc/hello-1.0.gpkg.tar'));
  const b = await readBinaryPackage(join(BINPKGS, 'withdep/app-misc/hello/hello-1.0-1.gpkg.tar'));
  const c = comparePackages(a, b);
  assert.deepEqual(c.files, { added: [], removed: [], changed: [] });
  assert.deepEqual(c.use, { enabled: [], disabled: [] });
  assert.ok(c.metadata.some((m) => m.key === 'BUILD_TIME'));
  assert.ok(c.metadata.some((m) => m.key === 'BUILD_ID' && m.before === undefined && m.after === '1'));
});

test('a rebuild with a USE flag turned on shows the flag, the new dependency and the new file', async () => {
  const meta = (use: string, rdepend: string) => ({ CATEGORY: 'app-misc\n', PF: 'demo-1.0\n', IUSE: 'ssl\n', USE: use + '\n', RDEPEND: rdepend + '\n' });
  const before = await readBinaryPackageFrom(bufferSource('a.gpkg.tar', await simpleGpkg({
    metadata: meta('', 'sys-libs/zlib'),
    image: [{ name: 'image/usr/bin/demo', data: 'x', mode: 0o755 }],
  })));
  const after = await readBinaryPackageFrom(bufferSource('b.gpkg.tar', await simpleGpkg({
    metadata: meta('ssl', 'sys-libs/zlib ssl? ( dev-libs/openssl )'),
    image: [{ name: 'image/usr/bin/demo', data: 'xy', mode: 0o755 }, { name: 'image/etc/demo/ssl.conf', data: 'on' }],
  })));
  const c = comparePackages(before, after);
  assert.deepEqual(c.use, { enabled: ['ssl'], disabled: [] });
  assert.deepEqual(c.dependencies, [{ key: 'RDEPEND', added: ['ssl? dev-libs/openssl'], removed: [] }]);
  assert.deepEqual(c.files.added.map((f) => f.path), ['/etc/demo/ssl.conf']);
  assert.deepEqual(c.files.changed.map((x) => [x.after.path, x.what]), [['/usr/bin/demo', ['size']]]);
});
