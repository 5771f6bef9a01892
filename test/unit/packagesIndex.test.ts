/**
 * The Packages index: every real index round-trips byte for byte, Packages.gz matches Portage's bytes, and
 * publishing a copy of a real PKGDIR rewrites the index Portage wrote (REPO_REVISIONS aside: Portage keeps it
 * only on the stanza it has just injected, and drops it whenever it re-reads packages, as publish does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { effectiveStanza, formatPackagesIndex, gzipPackagesIndex, parsePackagesIndex, type PackagesIndex } from '../../src/core/binpkg/packagesIndex';
import { publishBinhost } from '../../src/core/binpkg/binhost';
import { reduceDepString } from '../../src/core/binpkg/metadata';
import { UserError } from '../../src/core/userError';
import { makeXpak, compress, makeTar } from '../helpers/binpkgArchives';

const FIX = join(__dirname, '../../../test/fixtures/portage');
const BINPKGS = join(FIX, 'binpkgs');
const indexFiles = [
  ...readdirSync(join(FIX, 'binpkg-index')).filter((f) => f.startsWith('Packages')).map((f) => join(FIX, 'binpkg-index', f)),
  ...readdirSync(BINPKGS).map((d) => join(BINPKGS, d, 'Packages')).filter((p) => { try { readFileSync(p); return true; } catch { return false; } }),
];

test('every real Packages file parses and writes back byte for byte', () => {
  assert.ok(indexFiles.length >= 10);
  for (const f of indexFiles) {
    const text = readFileSync(f, 'utf8');
    const idx = parsePackagesIndex(text);
    assert.equal(idx.packages.length, Number(idx.header.PACKAGES), f);
    assert.equal(formatPackagesIndex(idx), text, f);
    assert.deepEqual(parsePackagesIndex(formatPackagesIndex(idx)), idx);
  }
});

test('every stanza has CPV, PATH, SIZE, MD5, SHA1 and MTIME; multi-instance ones a BUILD_ID in the path', () => {
  for (const f of indexFiles) {
    for (const p of parsePackagesIndex(readFileSync(f, 'utf8')).packages) {
      for (const k of ['CPV', 'PATH', 'SIZE', 'MD5', 'SHA1', 'MTIME']) assert.ok(p[k], `${f}: ${p.CPV} lacks ${k}`);
      if (p.BUILD_ID) assert.ok(p.PATH.includes(`-${p.BUILD_ID}.`), p.PATH);
    }
  }
});

test('inherited CHOST and defaults (SLOT 0) are filled in from the header', () => {
  const idx = parsePackagesIndex(readFileSync(join(BINPKGS, 'withdep/Packages'), 'utf8'));
  const d = effectiveStanza(idx, idx.packages[0]);
  assert.equal(d.CHOST, idx.header.CHOST);
  assert.equal(d.SLOT, '0');
});

test('Packages.gz is byte-identical to the one Portage wrote', () => {
  for (const d of readdirSync(BINPKGS)) {
    let text: string;
    try {
      text = readFileSync(join(BINPKGS, d, 'Packages'), 'utf8');
    } catch {
      continue;
    }
    const gz = gzipPackagesIndex(text, Number(parsePackagesIndex(text).header.TIMESTAMP));
    assert.deepEqual(gz, readFileSync(join(BINPKGS, d, 'Packages.gz')), d);
    assert.equal(gunzipSync(gz).toString('utf8'), text);
  }
});

test('writing sorts stanzas by CPV string (stable for multi-instance builds) and keys by Portage name, MTIME and REPO last', () => {
  const idx: PackagesIndex = {
    header: { VERSION: '0', CHOST: 'x86_64-pc-linux-gnu', PACKAGES: '3', TIMESTAMP: '1' },
    packages: [
      { CPV: 'app-misc/foo-9', REPO: 'gentoo', MTIME: '5', USE: 'a', CHOST: 'x86_64-pc-linux-gnu', SLOT: '0', EAPI: '8', BUILD_ID: '2', PATH: 'app-misc/foo/foo-9-2.xpak' },
      { CPV: 'app-misc/foo-10', BUILD_ID: '1', PATH: 'p', IUSE: '' },
      { CPV: 'app-misc/foo-9', BUILD_ID: '1', PATH: 'app-misc/foo/foo-9-1.xpak', DESC: 'd' },
    ],
  };
  const text = formatPackagesIndex(idx);
  assert.equal(text, [
    'CHOST: x86_64-pc-linux-gnu', 'PACKAGES: 3', 'TIMESTAMP: 1', 'VERSION: 0', '',
    'BUILD_ID: 1', 'CPV: app-misc/foo-10', 'PATH: p', '',
    'BUILD_ID: 2', 'CPV: app-misc/foo-9', 'EAPI: 8', 'PATH: app-misc/foo/foo-9-2.xpak', 'USE: a', 'MTIME: 5', 'REPO: gentoo', '',
    'BUILD_ID: 1', 'CPV: app-misc/foo-9', 'DESC: d', 'PATH: app-misc/foo/foo-9-1.xpak', '', '',
  ].join('\n'));
  const updated = parsePackagesIndex(formatPackagesIndex(idx, { timestamp: 1795505949.7 }));
  assert.equal(updated.header.TIMESTAMP, '1795505949');
});

test('parsing follows Portage: lines without a colon are skipped, stanzas without CPV dropped, an empty stanza ends the file', () => {
  const idx = parsePackagesIndex('VERSION: 0\nnonsense\n\nSIZE: 1\n\nCPV: a/b-1\nKEY:\n\n\nCPV: c/d-1\n');
  assert.deepEqual(idx.header, { VERSION: '0' });
  assert.deepEqual(idx.packages, [{ CPV: 'a/b-1', KEY: '' }]);
});

test('USE conditionals in dependencies are evaluated as Portage writes them in the index', () => {
  assert.equal(reduceDepString('ssl? ( dev-libs/openssl ) !ssl? ( dev-libs/nettle ) sys-libs/zlib', ['ssl']), 'dev-libs/openssl sys-libs/zlib');
  assert.equal(reduceDepString('ssl? ( dev-libs/openssl )', []), '');
  assert.equal(reduceDepString('|| ( a/b c/d ) ( e/f g/h )', []), '|| ( a/b c/d ) e/f g/h');
  assert.equal(reduceDepString('|| ( foo? ( a/b ) c/d )', []), 'c/d');
  assert.equal(reduceDepString('|| ( foo? ( a/b e/f ) c/d )', ['foo']), '|| ( ( a/b e/f ) c/d )');
  assert.equal(reduceDepString('  a/b\n\tc/d ', []), 'a/b c/d');
  // Conditional USE deps inside atoms, as Atom.evaluate_conditionals (dependency keys only).
  const atoms = 'dev-libs/a:2=[ssl?,-gtk,x(+)=,!y?,!z=] dev-libs/b[ssl?]';
  assert.equal(reduceDepString(atoms, ['ssl', 'z'], true), 'dev-libs/a:2=[ssl,-gtk,-x(+),-y,-z] dev-libs/b[ssl]');
  assert.equal(reduceDepString(atoms, ['x', 'y'], true), 'dev-libs/a:2=[-gtk,x(+),z] dev-libs/b');
  assert.equal(reduceDepString(atoms, ['x', 'y'], false), atoms);
});

function copyPkgdir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  cpSync(join(BINPKGS, name), dir, { recursive: true });
  const fix = (d: string) => {
    chmodSync(d, 0o755);
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) fix(join(d, e.name));
      else chmodSync(join(d, e.name), 0o644);
    }
  };
  fix(dir);
  return dir;
}

test('publishing a copy of each real PKGDIR rewrites the index Portage wrote, byte for byte', async () => {
  for (const name of readdirSync(BINPKGS)) {
    let original: string;
    try {
      original = readFileSync(join(BINPKGS, name, 'Packages'), 'utf8');
    } catch {
      continue;
    }
    const dir = copyPkgdir(name);
    try {
      const idx = parsePackagesIndex(original);
      // The copies get new mtimes: give them back the ones Portage recorded.
      for (const p of idx.packages) utimesSync(join(dir, p.PATH), Number(p.MTIME), Number(p.MTIME));
      const r = await publishBinhost(dir, { timestamp: Number(idx.header.TIMESTAMP) });
      assert.deepEqual(r.skipped, []);
      const written = readFileSync(join(dir, 'Packages'), 'utf8');
      assert.equal(written, original.replace(/^REPO_REVISIONS: .*\n/gm, ''), name);
      assert.deepEqual(readFileSync(join(dir, 'Packages.gz')), gzipPackagesIndex(written, Number(idx.header.TIMESTAMP)));
      assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left behind');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('publishing a new PKGDIR with a broken package indexes the rest and names the broken one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  try {
    const tarball = compress('gzip', await makeTar([{ name: './usr/bin/x', data: 'x' }]));
    const meta = { CATEGORY: 'app-misc\n', PF: 'x-1\n', SLOT: '0/1\n', EAPI: '8\n', CHOST: 'aarch64-unknown-linux-gnu\n', RDEPEND: 'ssl? ( dev-libs/openssl )\n  sys-libs/zlib\n', USE: 'arm64\n', repository: 'gentoo\n', BUILD_ID: '3' };
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'app-misc/x'), { recursive: true });
    writeFileSync(join(dir, 'app-misc/x/x-1-3.xpak'), makeXpak(tarball, meta));
    writeFileSync(join(dir, 'app-misc/broken-1.tbz2'), 'not a package');
    const r = await publishBinhost(dir, { timestamp: 1000 });
    assert.equal(r.skipped.length, 1);
    assert.match(r.skipped[0].reason, /broken-1\.tbz2: neither a GPKG/);
    const text = readFileSync(join(dir, 'Packages'), 'utf8');
    assert.match(text, /^CHOST: aarch64-unknown-linux-gnu\nPACKAGES: 1\nTIMESTAMP: 1000\nVERSION: 0\n\n/);
    const [p] = parsePackagesIndex(text).packages;
    assert.equal(p.CPV, 'app-misc/x-1');
    assert.equal(p.BUILD_ID, '3');
    assert.equal(p.SLOT, '0/1');
    assert.equal(p.RDEPEND, 'sys-libs/zlib');
    assert.equal(p.PATH, 'app-misc/x/x-1-3.xpak');
    assert.equal(p.CHOST, undefined, 'inherited from the header');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('publishing a folder without packages is a UserError naming the folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  try {
    await assert.rejects(publishBinhost(dir), (e: unknown) => e instanceof UserError && e.message.includes(dir));
    assert.deepEqual(readdirSync(dir), [], 'nothing written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
