/** `ebuild-builder inspect` and `ebuild-builder publish` as a user runs them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { cpSync, chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readBinaryPackage } from '../../src/core/binpkg/readPackage';
import { parsePackagesIndex } from '../../src/core/binpkg/packagesIndex';
import { simpleGpkg } from '../helpers/binpkgArchives';

const BINPKGS = join(__dirname, '../../../test/fixtures/portage/binpkgs');

async function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(c.toString()); cb(); } });
  const code = await main(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd, env: {} });
  return { code, out, err };
}

test('inspect --json names metadata as Portage does and lists the files', async () => {
  for (const rel of ['gpkg-single/app-misc/hello-1.0.gpkg.tar', 'xpak-single/app-misc/hello-1.0.tbz2']) {
    const path = join(BINPKGS, rel);
    const r = await cli(['inspect', '--json', path]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const pkg = await readBinaryPackage(path);
    for (const k of ['CATEGORY', 'PF', 'SLOT', 'USE', 'IUSE', 'RDEPEND', 'KEYWORDS', 'LICENSE', 'BUILD_TIME', 'repository']) assert.equal(j[k], pkg.metadata[k], k);
    assert.equal(j.cpv, 'app-misc/hello-1.0');
    const hello = j.files.find((f: { path: string }) => f.path === '/usr/bin/hello');
    assert.equal(hello.mode, 0o755);
    assert.equal(hello.type, 'file');
  }
});

test('inspect prints a readable summary with the dependency tree, Manifest status and file modes', async () => {
  const r = await cli(['inspect', join(BINPKGS, 'withdep/app-misc/withdep/withdep-1.0-1.gpkg.tar')]);
  assert.equal(r.code, 0);
  assert.match(r.out, /^app-misc\/withdep-1\.0::testoverlay {2}\(gpkg, build 1, 10240 bytes\)/);
  assert.match(r.out, /USE \(off\) +-static/);
  assert.match(r.out, /RDEPEND\n {4}app-misc\/libfoo\n {4}app-misc\/hello/);
  assert.match(r.out, /Manifest +Manifest verified/);
  assert.match(r.out, /-rw-r--r-- root\/root +8 \/usr\/share\/withdep\/marker/);
});

test('inspect --ebuild and --environment print the embedded files', async () => {
  const path = join(BINPKGS, 'xpak-single-bzip2/app-misc/hello-1.0.tbz2');
  const eb = await cli(['inspect', '--ebuild', path]);
  assert.equal(eb.out, (await readBinaryPackage(path)).ebuild!.text);
  const env = await cli(['inspect', '--environment', path]);
  assert.match(env.out, /^declare -x PF="hello-1\.0"$/m);
});

test('inspect of something that is not a package exits 2 naming the file; of an unsafe one exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
  try {
    writeFileSync(join(dir, 'junk.tbz2'), 'junk');
    const r = await cli(['inspect', 'junk.tbz2'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /junk\.tbz2: neither a GPKG/);
    writeFileSync(join(dir, 'evil.gpkg.tar'), await simpleGpkg({ image: [{ name: 'image/../../etc/passwd', data: 'x' }] }));
    const e = await cli(['inspect', 'evil.gpkg.tar'], dir);
    assert.equal(e.code, 1);
    assert.match(e.out, /\[UNSAFE: ".." climbs out of the package root\]/);
    assert.match(e.err, /unsafe entries/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('publish writes Packages and Packages.gz for a folder and lists what it indexed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'publish-cli-'));
  try {
    cpSync(join(BINPKGS, 'withdep/app-misc'), join(dir, 'app-misc'), { recursive: true });
    const fix = (d: string) => {
      chmodSync(d, 0o755);
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) fix(join(d, e.name));
    };
    fix(dir);
    const r = await cli(['publish', dir]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /4 packages/);
    assert.match(r.out, /app-misc\/withdep-1\.0 \(build 1\) {2}app-misc\/withdep\/withdep-1\.0-1\.gpkg\.tar/);
    const idx = parsePackagesIndex(readFileSync(join(dir, 'Packages'), 'utf8'));
    assert.deepEqual(idx.packages.map((p) => p.CPV), ['app-misc/hello-1.0', 'app-misc/libfoo-1.0', 'app-misc/testing-1.0', 'app-misc/withdep-1.0']);
    assert.equal(idx.header.PACKAGES, '4');
    const bad = await cli(['publish', join(dir, 'nope')]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /nope does not exist/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
