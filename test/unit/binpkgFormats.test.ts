/**
 * Every member compression Portage can write (BINPKG_COMPRESS zstd, bzip2, xz, gzip, lz4), detected by magic
 * bytes whatever the file is called, in both formats; plus the multi-stream and multi-frame shapes that
 * parallel compressors produce. Compression is done by the real tools when installed (gzip always works).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { bufferSource } from '../../src/core/binpkg/byteSource';
import { decompressStream, detectCompression } from '../../src/core/binpkg/decompress';
import { readBinaryPackageFrom } from '../../src/core/binpkg/readPackage';
import { compress, hasTool, makeGpkg, makeTar, makeXpak, manifestFor, metadataItems, type TarItem } from '../helpers/binpkgArchives';

const META = { CATEGORY: 'dev-libs\n', PF: 'multi-2.1-r1\n', SLOT: '2/2.1\n', USE: 'ssl\n', IUSE: '+ssl -static\n', RDEPEND: 'ssl? ( dev-libs/openssl:= )\n' };
const IMAGE: TarItem[] = [
  { name: 'image/', type: 'directory' },
  { name: 'image/usr/lib64/libmulti.so.2', data: randomBytes(300_000), mode: 0o755 },
  { name: 'image/usr/lib64/libmulti.so', type: 'symlink', linkname: 'libmulti.so.2' },
  { name: 'image/usr/share/doc/' + 'd'.repeat(120) + '/README', data: 'long name via pax' },
];
const KINDS = ['zstd', 'bzip2', 'xz', 'gzip', 'lz4'] as const;
const SUFFIX = { zstd: 'zst', bzip2: 'bz2', xz: 'xz', gzip: 'gz', lz4: 'lz4' };

for (const kind of KINDS) {
  test(`GPKG with ${kind} members and an XPAK with a ${kind} tarball list the same files`, { skip: kind !== 'gzip' && !hasTool(kind) }, async () => {
    const imageTar = await makeTar(IMAGE);
    const gpkg = await makeGpkg('multi-2.1-r1-7', [
      { name: 'gpkg-1', data: Buffer.alloc(0) },
      { name: `metadata.tar.${SUFFIX[kind]}`, data: compress(kind, await makeTar(metadataItems(META))) },
      { name: `image.tar.${SUFFIX[kind]}`, data: compress(kind, imageTar) },
    ]);
    const g = await readBinaryPackageFrom(bufferSource('multi-2.1-r1-7.gpkg.tar', gpkg));
    const xpakTar = await makeTar(IMAGE.map((i) => ({ ...i, name: i.name.replace(/^image\/?/, './') })));
    const x = await readBinaryPackageFrom(bufferSource('multi-2.1-r1-7.xpak', makeXpak(compress(kind, xpakTar), META)));
    for (const pkg of [g, x]) {
      assert.deepEqual(pkg.problems, []);
      assert.equal(pkg.cpv, 'dev-libs/multi-2.1-r1');
      assert.equal(pkg.pn, 'multi');
      assert.equal(pkg.version, '2.1-r1');
      assert.equal(pkg.buildId, 7, 'from the directory name or the .xpak file name');
      assert.equal(pkg.compression.image, kind);
      assert.deepEqual(pkg.use, { enabled: ['ssl'], disabled: ['static'], defaults: { ssl: '+', static: '-' } });
      assert.deepEqual(pkg.files.map((f) => [f.path, f.type, f.size, f.linkTarget]), [
        ['/usr/lib64/libmulti.so.2', 'file', 300_000, undefined],
        ['/usr/lib64/libmulti.so', 'symlink', 0, 'libmulti.so.2'],
        ['/usr/share/doc/' + 'd'.repeat(120) + '/README', 'file', 17, undefined],
      ]);
    }
    assert.equal(g.manifest.state, 'verified');
  });
}

async function collect(kind: Parameters<typeof decompressStream>[0], data: Buffer, chunk: number): Promise<Buffer> {
  async function* pieces() {
    for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
  }
  const out: Uint8Array[] = [];
  for await (const c of decompressStream(kind, pieces(), 'test')) out.push(c);
  return Buffer.concat(out);
}

test('bzip2 from pbzip2-style concatenated streams decodes whole, fed in odd-sized pieces', { skip: !hasTool('bzip2') }, async () => {
  const a = randomBytes(1_500_000);
  const b = Buffer.alloc(2_000_000, 'abc');
  const joined = Buffer.concat([compress('bzip2', a), compress('bzip2', b)]);
  assert.deepEqual(await collect('bzip2', joined, 7777), Buffer.concat([a, b]));
});

test('zstd with several frames and lz4 with linked blocks decode whole', { skip: !hasTool('zstd') || !hasTool('lz4') }, async () => {
  const a = Buffer.concat([randomBytes(200_000), Buffer.alloc(500_000, 'xyz')]);
  const b = randomBytes(70_000);
  assert.deepEqual(await collect('zstd', Buffer.concat([compress('zstd', a), compress('zstd', b)]), 65536), Buffer.concat([a, b]));
  const linked = execFileSync('lz4', ['-q', '-c', '-BD', '-B4', '--content-size'], { input: Buffer.concat([a, a]) });
  assert.deepEqual(await collect('lz4', linked, 1000), Buffer.concat([a, a]));
});

test('compression is recognised by magic bytes, not by name', () => {
  assert.equal(detectCompression(Buffer.from('28b52ffd04', 'hex')), 'zstd');
  assert.equal(detectCompression(Buffer.from('BZh9')), 'bzip2');
  assert.equal(detectCompression(Buffer.from('BZh0')), undefined);
  assert.equal(detectCompression(Buffer.from('fd377a585a00', 'hex')), 'xz');
  assert.equal(detectCompression(Buffer.from('1f8b08', 'hex')), 'gzip');
  assert.equal(detectCompression(Buffer.from('04224d18', 'hex')), 'lz4');
  assert.equal(detectCompression(Buffer.from('LZIP')), undefined);
});

test('a zstd frame asking for a 2 GiB window is refused before anything is allocated', async () => {
  // Frame header: magic, FHD 0 (no single segment), window descriptor 0xa8 = 2^31; then a raw last block of 1 byte.
  const frame = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8, 0x09, 0x00, 0x00, 0x41]);
  await assert.rejects(collect('zstd', frame, 3), /2048 MiB window, above zstd's default 128 MiB limit/);
  const small = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x00, 0x09, 0x00, 0x00, 0x41]);
  assert.equal((await collect('zstd', small, 3)).toString(), 'A');
});

test('reading only the metadata of a GPKG stops before the image (the artifacts tree on multi-GB packages)', async () => {
  const imageTar = await makeTar([{ name: 'image/usr/big', data: randomBytes(8_000_000) }]);
  const gpkg = await makeGpkg('big-1', [
    { name: 'gpkg-1', data: Buffer.alloc(0) },
    { name: 'metadata.tar.gz', data: compress('gzip', await makeTar(metadataItems({ CATEGORY: 'app-misc\n', PF: 'big-1\n' }))) },
    { name: 'image.tar', data: imageTar },
  ]);
  const inner = bufferSource('big-1.gpkg.tar', gpkg);
  let streamed = 0;
  const counting = { ...inner, name: inner.name, size: inner.size, read: inner.read.bind(inner), close: inner.close.bind(inner),
    async *stream(offset: number, length: number) {
      for await (const c of inner.stream(offset, length)) {
        streamed += c.length;
        yield c;
      }
    } };
  const pkg = await readBinaryPackageFrom(counting, { listFiles: false, verify: false });
  assert.equal(pkg.cpv, 'app-misc/big-1');
  assert.deepEqual(pkg.files, []);
  assert.ok(streamed < gpkg.length / 2, `read ${streamed} of ${gpkg.length} bytes`);
  const full = await readBinaryPackageFrom(bufferSource('big-1.gpkg.tar', gpkg));
  assert.deepEqual(full.files.map((f) => [f.path, f.size]), [['/usr/big', 8_000_000]]);
});

test('a signed GPKG (clearsigned Manifest, .sig members) verifies and lists its signatures', async () => {
  const members = [
    { name: 'gpkg-1', data: Buffer.alloc(0) },
    { name: 'metadata.tar.gz', data: compress('gzip', await makeTar(metadataItems(META))) },
    { name: 'metadata.tar.gz.sig', data: Buffer.from('-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n') },
    { name: 'image.tar.gz', data: compress('gzip', await makeTar(IMAGE)) },
    { name: 'image.tar.gz.sig', data: Buffer.from('-----BEGIN PGP SIGNATURE-----\ndef\n-----END PGP SIGNATURE-----\n') },
  ];
  const body = manifestFor(members);
  const signed = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n${body}-----BEGIN PGP SIGNATURE-----\n\nxyz\n-----END PGP SIGNATURE-----\n`;
  const pkg = await readBinaryPackageFrom(bufferSource('multi-2.1-r1.gpkg.tar', await makeGpkg('multi-2.1-r1', members, signed)));
  assert.equal(pkg.manifest.state, 'verified', pkg.manifest.summary);
  assert.equal(pkg.manifest.signed, true);
  assert.deepEqual(pkg.signatures, ['metadata.tar.gz.sig', 'image.tar.gz.sig']);
  assert.equal(pkg.manifest.checks.length, 5);
});
