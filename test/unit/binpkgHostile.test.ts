/**
 * Hostile and broken archives, generated here: every one is refused with a BinpkgFormatError that says
 * what is wrong, or read with the bad entries marked unsafe and reported; nothing is ever written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferSource } from '../../src/core/binpkg/byteSource';
import { readBinaryPackageFrom } from '../../src/core/binpkg/readPackage';
import { BinpkgFormatError } from '../../src/core/binpkg/safety';
import { encodeXpak } from '../../src/core/binpkg/xpak';
import { publishBinhost } from '../../src/core/binpkg/binhost';
import { compress, makeGpkg, makeTar, makeXpak, metadataItems, rawTarHeader, simpleGpkg, type TarItem } from '../helpers/binpkgArchives';

const META = { CATEGORY: 'app-misc\n', PF: 'demo-1.0\n', SLOT: '0\n' };
const read = (name: string, bytes: Buffer) => readBinaryPackageFrom(bufferSource(name, bytes));
const refused = (pattern: RegExp) => (e: unknown) => {
  assert.ok(e instanceof BinpkgFormatError, `expected BinpkgFormatError, got ${String(e)}`);
  assert.match((e as Error).message, pattern);
  return true;
};

async function gpkgWithImage(image: TarItem[] | Buffer): Promise<Buffer> {
  const img = Buffer.isBuffer(image) ? image : await makeTar(image);
  return makeGpkg('demo-1.0', [
    { name: 'gpkg-1', data: Buffer.alloc(0) },
    { name: 'metadata.tar.gz', data: compress('gzip', await makeTar(metadataItems(META))) },
    { name: 'image.tar.gz', data: compress('gzip', img) },
  ]);
}

test('a well-formed generated GPKG reads cleanly (the baseline for the cases below)', async () => {
  const pkg = await read('demo.gpkg.tar', await simpleGpkg());
  assert.equal(pkg.cpv, 'app-misc/demo-1.0');
  assert.deepEqual(pkg.problems, []);
  assert.equal(pkg.manifest.state, 'verified');
  assert.deepEqual(pkg.files.map((f) => f.path), ['/usr/bin/demo']);
});

test('outer members with "../" or absolute paths are refused', async () => {
  for (const name of ['../evil/gpkg-1', 'demo-1.0/../../gpkg-1', '/etc/gpkg-1']) {
    const bytes = await makeTar([{ name, data: '' }]);
    await assert.rejects(read('evil.gpkg.tar', bytes), refused(/unsafe path/));
  }
});

test('outer members spread over two directories, or a symlink member, are refused', async () => {
  await assert.rejects(read('x.gpkg.tar', await makeTar([{ name: 'a-1/gpkg-1', data: '' }, { name: 'b-1/Manifest', data: '' }])), refused(/two directories/));
  await assert.rejects(read('x.gpkg.tar', await makeTar([{ name: 'a-1/gpkg-1', data: '' }, { name: 'a-1/image.tar', type: 'symlink', linkname: '/etc/passwd' }])), refused(/not a regular file/));
});

test('image entries that climb out, are absolute or symlink out are listed as unsafe and reported', async () => {
  const pkg = await read('x.gpkg.tar', await gpkgWithImage([
    { name: 'image/', type: 'directory' },
    { name: 'image/usr/bin/ok', data: 'ok' },
    { name: 'image/../../etc/cron.d/evil', data: 'x' },
    { name: 'etc/not-in-image', data: 'x' },
    { name: 'image/usr/lib/out', type: 'symlink', linkname: '../../../../etc/shadow' },
    { name: 'image/usr/lib/abs', type: 'symlink', linkname: '/usr/lib/libz.so.1' },
    { name: 'image/usr/bin/hard', type: 'link', linkname: 'image/../../../etc/passwd' },
  ]));
  const byPath = new Map(pkg.files.map((f) => [f.path, f]));
  assert.equal(byPath.get('/usr/bin/ok')?.unsafe, undefined);
  assert.equal(byPath.get('/usr/lib/abs')?.unsafe, undefined, 'absolute symlinks resolve inside the root when installed');
  assert.match(byPath.get('/usr/lib/out')!.unsafe!, /symlink points outside/);
  assert.match(pkg.files.find((f) => f.path.includes('evil'))!.unsafe!, /climbs out/);
  assert.match(pkg.files.find((f) => f.path.includes('not-in-image'))!.unsafe!, /outside the image\//);
  assert.match(byPath.get('/usr/bin/hard')!.unsafe!, /hard link target/);
  assert.equal(pkg.problems.filter((p) => p.startsWith('unsafe entry')).length, 4);
});

test('control characters in names are shown escaped, never raw', async () => {
  const pkg = await read('x.gpkg.tar', await gpkgWithImage([{ name: 'image/usr/bin/\u001b[31mred\u0007', data: 'x' }]));
  assert.equal(pkg.files[0].path, '/usr/bin/\\x1b[31mred\\x07');
});

test('an image entry declaring gigabytes it does not have is reported, the metadata still reads', async () => {
  const img = Buffer.concat([rawTarHeader('image/usr/bin/huge', 8 * 1024 ** 3), Buffer.alloc(1024)]);
  const pkg = await read('x.gpkg.tar', await gpkgWithImage(img));
  assert.equal(pkg.cpv, 'app-misc/demo-1.0');
  assert.ok(pkg.problems.some((p) => /ends in the middle of an entry/.test(p)), pkg.problems.join('\n'));
});

test('an outer member declaring more bytes than the file holds is refused', async () => {
  const bytes = Buffer.concat([rawTarHeader('demo-1.0/gpkg-1', 0), rawTarHeader('demo-1.0/image.tar', 2 ** 33), Buffer.alloc(2048)]);
  await assert.rejects(read('x.gpkg.tar', bytes), refused(/not a valid GPKG tar archive/));
});

test('a metadata value larger than the limit is refused with its name', async () => {
  const meta = Buffer.concat([rawTarHeader('metadata/CATEGORY', 2 ** 30), Buffer.alloc(4096)]);
  const bytes = await makeGpkg('demo-1.0', [{ name: 'gpkg-1', data: Buffer.alloc(0) }, { name: 'metadata.tar.gz', data: compress('gzip', meta) }]);
  await assert.rejects(read('x.gpkg.tar', bytes), refused(/lacks CATEGORY/));
});

test('XPAK lengths that lie are refused with the numbers', async () => {
  const tarball = compress('gzip', await makeTar([{ name: './usr/bin/x', data: 'x' }]));
  const good = makeXpak(tarball, META);
  assert.equal((await read('x.tbz2', good)).cpv, 'app-misc/demo-1.0');
  const bigLen = Buffer.from(good);
  bigLen.writeUInt32BE(good.length * 4, good.length - 8);
  await assert.rejects(read('x.tbz2', bigLen), refused(/declares \d+ bytes of metadata, but the file has only/));
  const shortLen = Buffer.from(good);
  shortLen.writeUInt32BE(shortLen.readUInt32BE(good.length - 8) - 1, good.length - 8);
  await assert.rejects(read('x.tbz2', shortLen), refused(/XPAKPACK" missing/));
  const seg = encodeXpak(META);
  const start = tarball.length;
  const badIndex = Buffer.from(good);
  badIndex.writeUInt32BE(seg.readUInt32BE(8) + 4, start + 8);
  await assert.rejects(read('x.tbz2', badIndex), refused(/do not add up/));
  const badOffset = Buffer.from(good);
  badOffset.writeUInt32BE(0xfffffff0, start + 16 + 4 + 'CATEGORY'.length);
  await assert.rejects(read('x.tbz2', badOffset), refused(/points past the data area/));
  const badName = Buffer.from(good);
  badName.writeUInt32BE(0x7fffffff, start + 16);
  await assert.rejects(read('x.tbz2', badName), refused(/impossible name length/));
});

test('files that are not packages at all are refused', async () => {
  await assert.rejects(read('x.tbz2', Buffer.from('hello')), refused(/neither a GPKG/));
  await assert.rejects(read('x.tbz2', Buffer.alloc(0)), refused(/neither a GPKG/));
  await assert.rejects(read('x.gpkg.tar', await makeTar([{ name: 'demo-1.0/Manifest', data: '' }])), refused(/no gpkg-1 member/));
});

test('a missing Manifest, an unlisted member and a listed-but-absent member are all shown as problems', async () => {
  const meta = compress('gzip', await makeTar(metadataItems(META)));
  const members = [{ name: 'gpkg-1', data: Buffer.alloc(0) }, { name: 'metadata.tar.gz', data: meta }];
  const none = await read('x.gpkg.tar', await makeGpkg('demo-1.0', members, false));
  assert.equal(none.manifest.state, 'missing');
  const extra = await makeGpkg('demo-1.0', [...members, { name: 'image.tar.gz', data: compress('gzip', await makeTar([])) }], `DATA gpkg-1 0 SHA512 ${'0'.repeat(128)}\nDATA ghost.tar 5 SHA512 ${'0'.repeat(128)}\n`);
  const pkg = await read('x.gpkg.tar', extra);
  assert.equal(pkg.manifest.state, 'mismatch');
  const text = pkg.manifest.problems.join('\n');
  assert.match(text, /gpkg-1: SHA512 mismatch/);
  assert.match(text, /ghost\.tar: listed in the Manifest but absent/);
  assert.match(text, /metadata\.tar\.gz: present in the package but not listed/);
});

test('a member whose data does not match its name reports it, and corrupt compressed data is a problem, not a crash', async () => {
  const meta = compress('gzip', await makeTar(metadataItems(META)));
  const bytes = await makeGpkg('demo-1.0', [
    { name: 'gpkg-1', data: Buffer.alloc(0) },
    { name: 'metadata.tar.zst', data: meta },
    { name: 'image.tar.xz', data: Buffer.from('\xfd7zXZ\0garbage garbage garbage', 'latin1') },
  ]);
  const pkg = await read('x.gpkg.tar', bytes);
  assert.ok(pkg.problems.some((p) => /metadata\.tar\.zst: the data is gzip/.test(p)));
  assert.ok(pkg.problems.some((p) => /image\.tar\.xz.*corrupt xz data/.test(p)), pkg.problems.join('\n'));
  assert.equal(pkg.manifest.state, 'verified', 'the bytes are what the Manifest says, only unreadable');
});

test('publish only writes Packages files inside the folder and does not follow symlinks out of it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'publish-hostile-'));
  try {
    const outside = join(root, 'outside');
    const dir = join(root, 'pkgdir');
    mkdirSync(outside);
    mkdirSync(join(dir, 'app-misc'), { recursive: true });
    writeFileSync(join(outside, 'secret-1.tbz2'), makeXpak(compress('gzip', await makeTar([])), { CATEGORY: 'x\n', PF: 'secret-1\n' }));
    symlinkSync(outside, join(dir, 'link-out'));
    symlinkSync(join(outside, 'secret-1.tbz2'), join(dir, 'app-misc', 'secret-1.tbz2'));
    writeFileSync(join(dir, 'app-misc', 'demo-1.0.gpkg.tar'), await simpleGpkg());
    const r = await publishBinhost(dir, { timestamp: 1 });
    assert.deepEqual(r.index.packages.map((p) => p.CPV), ['app-misc/demo-1.0']);
    assert.deepEqual(readdirSync(outside), ['secret-1.tbz2']);
    assert.deepEqual(readdirSync(dir).sort(), ['Packages', 'Packages.gz', 'app-misc', 'link-out']);
    assert.match(readFileSync(join(dir, 'Packages'), 'utf8'), /PATH: app-misc\/demo-1\.0\.gpkg\.tar/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
