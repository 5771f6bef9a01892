/**
 * The readers against real Portage 3.0.82 packages (test/fixtures/portage/binpkgs) and the structure dumps
 * captured with them: every metadata entry, the image listing, the Manifest, the environment and ebuild.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBinaryPackage, readBinaryPackageFrom, readEnvironment } from '../../src/core/binpkg/readPackage';
import { bufferSource } from '../../src/core/binpkg/byteSource';
import { parsePackagesIndex } from '../../src/core/binpkg/packagesIndex';
import { encodeXpak } from '../../src/core/binpkg/xpak';
import { parseGpkgDump, parseXpakDump } from '../helpers/portageDumps';
import { compress, hasTool, makeGpkg, makeTar } from '../helpers/binpkgArchives';

const FIX = join(__dirname, '../../../test/fixtures/portage');
const BINPKGS = join(FIX, 'binpkgs');
const xpakDump = parseXpakDump(readFileSync(join(FIX, 'binpkg-structure/xpak-dump.txt'), 'utf8'));
const gpkgDump = parseGpkgDump(readFileSync(join(FIX, 'binpkg-structure/gpkg-dump.txt'), 'utf8'));

/** Every PKGDIR's Packages stanzas, keyed by package path. */
function indexedPackages(): { dir: string; path: string; stanza: Record<string, string> }[] {
  return readdirSync(BINPKGS).filter((d) => existsSync(join(BINPKGS, d, 'Packages'))).flatMap((d) =>
    parsePackagesIndex(readFileSync(join(BINPKGS, d, 'Packages'), 'utf8')).packages.map((s) => ({ dir: d, path: join(BINPKGS, d, s.PATH), stanza: s })));
}

test('the fixtures hold packages of both formats, each listed in its PKGDIR index', () => {
  const pkgs = indexedPackages();
  assert.ok(pkgs.some((p) => p.path.endsWith('.tbz2')) && pkgs.some((p) => p.path.endsWith('.gpkg.tar')));
  for (const p of pkgs) assert.ok(existsSync(p.path), p.path);
});

test('every indexed package reads with the CPV, build id and metadata its Packages stanza records', async () => {
  for (const { path, stanza } of indexedPackages()) {
    const pkg = await readBinaryPackage(path);
    assert.equal(pkg.cpv, stanza.CPV, path);
    assert.equal(pkg.format, path.endsWith('.gpkg.tar') ? 'gpkg' : 'xpak');
    assert.equal(pkg.buildId, stanza.BUILD_ID === undefined ? undefined : Number(stanza.BUILD_ID), path);
    assert.equal(pkg.size, Number(stanza.SIZE));
    for (const k of ['BUILD_TIME', 'DEFINED_PHASES', 'EAPI', 'IUSE', 'KEYWORDS', 'LICENSE', 'RDEPEND', 'DEPEND', 'BDEPEND', 'REQUIRES', 'USE']) {
      assert.equal(pkg.metadata[k] ?? '', stanza[k] ?? '', `${path} ${k}`);
    }
    assert.equal(pkg.metadata.repository, stanza.REPO);
    assert.equal(pkg.metadata.SLOT, stanza.SLOT ?? '0');
    const bytes = readFileSync(path);
    assert.equal(createHash('md5').update(bytes).digest('hex'), stanza.MD5);
    assert.equal(pkg.problems.length, 0, pkg.problems.join('\n'));
    if (pkg.format === 'gpkg') assert.equal(pkg.manifest.state, 'verified', pkg.manifest.summary);
    else assert.equal(pkg.manifest.state, 'not-applicable');
  }
});

test('XPAK packages match the dump entry by entry: names in stored order, lengths and values', async () => {
  let compared = 0;
  for (const section of xpakDump) {
    const path = join(BINPKGS, section.file);
    if (!existsSync(path)) continue;
    compared++;
    const pkg = await readBinaryPackage(path);
    assert.deepEqual(pkg.metadataKeys, section.entries.map((e) => e.name), section.file);
    const buildTime = parsePackagesIndex(readFileSync(join(BINPKGS, section.file.split('/')[0], 'Packages'), 'utf8')).packages[0].BUILD_TIME;
    for (const e of section.entries) {
      if (e.value === undefined) continue;
      // The dump was taken from an earlier build of the same package: only the build time differs.
      const want = e.name === 'BUILD_TIME' ? buildTime + '\n' : e.value;
      assert.equal(pkg.metadata[e.name] + (e.value.endsWith('\n') ? '\n' : ''), want, `${section.file} ${e.name}`);
    }
    assert.equal(pkg.ebuild?.name, `${pkg.pf}.ebuild`);
    assert.equal(pkg.ebuild?.text.length, section.entries.find((e) => e.name.endsWith('.ebuild'))!.length);
  }
  assert.ok(compared >= 2, 'both single XPAK packages of the dump are in the fixtures');
});

test('GPKG packages match the dump: members, compression, metadata order and values, image entries', async () => {
  let compared = 0;
  for (const section of gpkgDump) {
    const path = join(BINPKGS, section.file);
    if (!existsSync(path)) continue;
    compared++;
    const pkg = await readBinaryPackage(path);
    const meta = section.members.find((m) => m.name.startsWith('metadata.tar'))!;
    const image = section.members.find((m) => m.name.startsWith('image.tar'))!;
    assert.deepEqual(pkg.metadataKeys, meta.entries.map((e) => e.name.replace(/^metadata\//, '')));
    for (const e of meta.entries) {
      const key = e.name.replace(/^metadata\//, '');
      if (e.value === undefined || key === 'BUILD_TIME') continue;
      assert.equal(pkg.metadata[key] + (e.value.endsWith('\n') ? '\n' : ''), e.value, `${section.file} ${key}`);
    }
    const expected = image.entries.filter((e) => e.name !== 'image').map((e) => ({
      path: e.name.replace(/^image/, ''), type: e.type === '5' ? 'dir' : 'file', size: e.size, mode: e.mode, owner: e.owner,
    }));
    assert.deepEqual(pkg.files.map((f) => ({ path: f.path, type: f.type, size: f.size, mode: f.mode, owner: `${f.uname}/${f.gname}` })), expected);
    const magic = { '28b52ffd': 'zstd', '425a6839': 'bzip2' } as Record<string, string>;
    assert.equal(pkg.compression.image, magic[image.compressedMagic!]);
    assert.deepEqual(pkg.manifest.checks.map((c) => c.name).sort(), section.manifest.map((m) => m.name).sort());
    for (const c of pkg.manifest.checks) assert.deepEqual(c.hashes.map((h) => h.algorithm).sort(), section.manifest.find((m) => m.name === c.name)!.hashes.sort());
  }
  assert.ok(compared >= 1);
});

test('the multi-instance XPAK of the dump, rebuilt from its entries, reads BUILD_ID without a newline', async () => {
  const section = xpakDump.find((s) => s.file.endsWith('.xpak'))!;
  const complete = section.entries.filter((e) => e.value !== undefined);
  const entries = Object.fromEntries(complete.map((e) => [e.name, e.value!]));
  const real = readFileSync(join(BINPKGS, 'xpak-single/app-misc/hello-1.0.tbz2'));
  const tarballEnd = real.length - 8 - real.readUInt32BE(real.length - 8);
  const pkg = await readBinaryPackageFrom(bufferSource('hello-1.0-1.xpak', Buffer.concat([real.subarray(0, tarballEnd), encodeXpak(entries)])));
  assert.equal(pkg.buildId, Number(section.entries.find((e) => e.name === 'BUILD_ID')!.value));
  assert.deepEqual(pkg.metadataKeys, complete.map((e) => e.name), 'encoder and reader agree on byte order');
  assert.ok(pkg.files.some((f) => f.path === '/usr/bin/hello'));
});

test('a GPKG with bzip2 members, as in the dump, lists the same files as the zstd one', { skip: !hasTool('bzip2') || !hasTool('zstd') }, async () => {
  const section = gpkgDump.find((s) => s.members.some((m) => m.name === 'image.tar.bz2'))!;
  const img = section.members.find((m) => m.name === 'image.tar.bz2')!;
  const meta = section.members.find((m) => m.name === 'metadata.tar.bz2')!;
  const imageTar = await makeTar(img.entries.map((e) => (e.type === '5' ? { name: e.name + '/', type: 'directory' as const, mode: e.mode } : { name: e.name, data: Buffer.alloc(e.size), mode: e.mode })));
  const metaTar = await makeTar(meta.entries.filter((e) => e.value !== undefined).map((e) => ({ name: e.name, data: e.value! })));
  const top = section.file.split('/').pop()!.replace('.gpkg.tar', '');
  const gpkg = await makeGpkg(top, [
    { name: 'gpkg-1', data: Buffer.alloc(0) },
    { name: 'metadata.tar.bz2', data: compress('bzip2', metaTar) },
    { name: 'image.tar.bz2', data: compress('bzip2', imageTar) },
  ]);
  const pkg = await readBinaryPackageFrom(bufferSource(section.file, gpkg));
  const zstdOne = await readBinaryPackage(join(BINPKGS, 'gpkg-single/app-misc/hello-1.0.gpkg.tar'));
  assert.deepEqual(pkg.compression, { image: 'bzip2', metadata: 'bzip2' });
  assert.equal(pkg.buildId, 1);
  assert.deepEqual(pkg.files.map((f) => [f.path, f.size, f.mode]), zstdOne.files.map((f) => [f.path, f.size, f.mode]));
  assert.equal(pkg.manifest.state, 'verified');
});

test('XPAK and GPKG builds of the same ebuild list the same image', async () => {
  const key = (f: { path: string; type: string; size: number; mode: number }) => `${f.type} ${f.path} ${f.size} ${f.mode.toString(8)}`;
  const xpak = await readBinaryPackage(join(BINPKGS, 'xpak-single/app-misc/hello-1.0.tbz2'));
  const bz = await readBinaryPackage(join(BINPKGS, 'xpak-single-bzip2/app-misc/hello-1.0.tbz2'));
  const gpkg = await readBinaryPackage(join(BINPKGS, 'gpkg-single/app-misc/hello-1.0.gpkg.tar'));
  assert.deepEqual(xpak.files.map(key).sort(), gpkg.files.map(key).sort());
  assert.deepEqual(bz.files.map(key).sort(), gpkg.files.map(key).sort());
  assert.equal(xpak.compression.image, 'zstd', 'a .tbz2 made with the default BINPKG_COMPRESS holds zstd');
  assert.equal(bz.compression.image, 'bzip2');
});

test('the embedded ebuild is the overlay ebuild, and the environment decompresses on demand', async () => {
  for (const { path } of indexedPackages()) {
    const pkg = await readBinaryPackage(path, { listFiles: false });
    const ebuild = join(FIX, 'repos', pkg.metadata.repository, pkg.category, pkg.pn!, `${pkg.pf}.ebuild`);
    assert.equal(pkg.ebuild?.text, readFileSync(ebuild, 'utf8'), path);
    const env = await readEnvironment(path);
    assert.ok(env?.includes(`declare -x CATEGORY="${pkg.category}"`), path);
    assert.ok(env?.includes(`declare -x PF="${pkg.pf}"`));
    assert.ok(env?.includes(`declare -x SLOT="${pkg.metadata.SLOT}"`));
  }
});

test('USE is split against IUSE: +doc enabled, static disabled, defaults kept', async () => {
  const pkg = await readBinaryPackage(join(BINPKGS, 'withdep/app-misc/withdep/withdep-1.0-1.gpkg.tar'), { listFiles: false });
  const iuse = pkg.metadata.IUSE.split(' ').map((f) => f.replace(/^[+-]/, ''));
  const use = new Set(pkg.metadata.USE.split(' '));
  assert.deepEqual(pkg.use.enabled, iuse.filter((f) => use.has(f)));
  assert.deepEqual(pkg.use.disabled, iuse.filter((f) => !use.has(f)));
  assert.equal(pkg.use.defaults.doc, '+');
});

test('a changed byte in the image member makes the Manifest status a loud mismatch naming the member', async () => {
  const path = join(BINPKGS, 'gpkg-single/app-misc/hello-1.0.gpkg.tar');
  const bytes = Buffer.from(readFileSync(path));
  const clean = await readBinaryPackage(path);
  assert.equal(clean.manifest.state, 'verified');
  // Flip a byte well inside the image member's data (found by its name in the outer tar).
  const at = bytes.indexOf('image.tar.zst') + 512 + 600;
  bytes[at] ^= 0xff;
  const pkg = await readBinaryPackageFrom(bufferSource(path, bytes));
  assert.equal(pkg.manifest.state, 'mismatch');
  assert.match(pkg.manifest.summary, /MISMATCH: image\.tar\.zst: (BLAKE2B|SHA512) mismatch/);
  assert.ok(statSync(path).size === bytes.length);
});
