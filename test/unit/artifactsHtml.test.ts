/**
 * The artifacts panel's HTML and the artifacts list: every package value is escaped (a DESCRIPTION holding a
 * script shows as text), the CSP carries the load's nonce, real packages show their CPV, USE and files, and
 * the artifacts folder layouts Portage writes are recognised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bufferSource } from '../../src/core/binpkg/byteSource';
import { readBinaryPackage, readBinaryPackageFrom } from '../../src/core/binpkg/readPackage';
import { comparePackages } from '../../src/core/binpkg/comparePackages';
import { escapeHtml, formatMode, jsonForScript, renderPackageHtml, type PanelData } from '../../src/extension/artifacts/artifactHtml';
import { describeArtifact, formatSize, listArtifacts } from '../../src/extension/artifacts/artifactList';
import { simpleGpkg } from '../helpers/binpkgArchives';

const BINPKGS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'portage', 'binpkgs');
const ASSETS = { nonce: 'n0nce+/=', cspSource: 'https://webview.test', scriptUri: 'https://webview.test/media/artifacts.js', styleUri: 'https://webview.test/media/artifacts.css' };

function dataOf(html: string): PanelData {
  const m = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'the data block is there');
  return JSON.parse(m[1]) as PanelData;
}

test('the escaper turns every markup character into an entity', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  assert.equal(escapeHtml(undefined), '');
  assert.doesNotMatch(jsonForScript({ p: '</script><script>alert(1)</script><!--' }), /[<>]/);
  assert.deepEqual(JSON.parse(jsonForScript({ p: '</script>&\u2028' })), { p: '</script>&\u2028' });
});

test('a DESCRIPTION holding <script> is shown as text, and file names holding markup stay data', async () => {
  const bytes = await simpleGpkg({
    metadata: { CATEGORY: 'app-misc\n', PF: 'demo-1.0\n', SLOT: '0\n', DESCRIPTION: '<script>alert(1)</script>\n', USE: 'amd64\n', IUSE: '"><img src=x onerror=alert(2)>\n' },
    image: [{ name: 'image/', type: 'directory' }, { name: 'image/usr/bin/</script><b>x', data: 'x', mode: 0o755 }],
  });
  const pkg = await readBinaryPackageFrom(bufferSource('/tmp/a"b<c>.gpkg.tar', bytes));
  const html = renderPackageHtml(pkg, ASSETS);
  assert.match(html, /<p class="description">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /<img/);
  // Only our own two script elements exist.
  assert.equal(html.match(/<script\b/g)?.length, 2);
  assert.deepEqual(dataOf(html).files.map((f) => f[0]), ['/usr/bin/</script><b>x']);
  assert.equal(dataOf(html).file, '/tmp/a"b<c>.gpkg.tar');
});

test('the CSP allows only this load\'s nonce and the webview\'s own styles', async () => {
  const pkg = await readBinaryPackageFrom(bufferSource('demo.gpkg.tar', await simpleGpkg()));
  const html = renderPackageHtml(pkg, ASSETS);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  assert.equal(csp, "default-src 'none'; style-src https://webview.test 'nonce-n0nce+/='; script-src 'nonce-n0nce+/=';".replace(/'/g, '&#39;'));
  assert.match(html, /<script nonce="n0nce\+\/=" src="https:\/\/webview\.test\/media\/artifacts\.js"><\/script>/);
  assert.doesNotMatch(html, / style="/, 'no inline style attributes');
});

test('a real GPKG shows its CPV, slot, repository, USE against IUSE, dependencies and /usr/bin/hello', async () => {
  const pkg = await readBinaryPackage(path.join(BINPKGS, 'withdep', 'app-misc', 'hello', 'hello-1.0-1.gpkg.tar'));
  const html = renderPackageHtml(pkg, ASSETS);
  assert.match(html, /<span class="cpv">app-misc\/hello-1\.0<\/span>/);
  assert.match(html, /<dt>Slot<\/dt><dd class="">0<\/dd>/);
  assert.match(html, new RegExp(`<dt>Repository</dt><dd class="">${pkg.metadata.repository}</dd>`));
  assert.match(html, /<dt>Manifest<\/dt><dd class="manifest-verified">/);
  for (const f of pkg.use.enabled) assert.match(html, new RegExp(`<li class="flag on" title="enabled">${f}</li>`));
  const files = dataOf(html).files;
  assert.ok(files.some(([p, , mode]) => p === '/usr/bin/hello' && mode === '-rwxr-xr-x'), JSON.stringify(files));
});

test('a Manifest mismatch is shown as an alert', async () => {
  const pkg = await readBinaryPackageFrom(bufferSource('demo.gpkg.tar', await simpleGpkg()));
  const broken = { ...pkg, manifest: { ...pkg.manifest, state: 'mismatch' as const, summary: 'image.tar.gz: SHA512 differs', problems: ['image.tar.gz: SHA512 differs'] } };
  assert.match(renderPackageHtml(broken, ASSETS), /<div class="banner error" role="alert"><strong>Manifest MISMATCH:<\/strong>/);
});

test('comparing two builds lists the USE flags, dependencies and files that changed', async () => {
  const a = await readBinaryPackageFrom(bufferSource('a.gpkg.tar', await simpleGpkg({
    metadata: { CATEGORY: 'app-misc\n', PF: 'demo-1.0\n', USE: 'ssl\n', IUSE: 'ssl gtk\n', RDEPEND: 'ssl? ( dev-libs/openssl )\n' },
  })));
  const b = await readBinaryPackageFrom(bufferSource('b.gpkg.tar', await simpleGpkg({
    metadata: { CATEGORY: 'app-misc\n', PF: 'demo-1.0\n', USE: 'gtk\n', IUSE: 'ssl gtk\n', RDEPEND: 'gtk? ( x11-libs/gtk+ )\n' },
    image: [{ name: 'image/usr/bin/demo', data: 'xyz', mode: 0o755 }, { name: 'image/usr/share/demo/new', data: 'n' }],
  })));
  const html = renderPackageHtml(b, ASSETS, { other: a, comparison: comparePackages(a, b) });
  assert.match(html, /USE turned on <span class="count">1<\/span><\/h3><ul class="changes added"><li>gtk<\/li>/);
  assert.match(html, /USE turned off <span class="count">1<\/span><\/h3><ul class="changes removed"><li>ssl<\/li>/);
  assert.match(html, /RDEPEND added[\s\S]*gtk\? x11-libs\/gtk\+/);
  assert.match(html, /Files added[\s\S]*\/usr\/share\/demo\/new/);
  assert.match(html, /Files changed[\s\S]*\/usr\/bin\/demo \(size\)/);
});

test('artifacts folder layouts: <cat>/<pf>.tbz2, <cat>/<pf>.gpkg.tar and <cat>/<pn>/<pf>-<N>.gpkg.tar', async () => {
  assert.deepEqual(describeArtifact('app-misc/hello-1.0.tbz2', 10), { file: path.join('app-misc', 'hello-1.0.tbz2'), category: 'app-misc', pf: 'hello-1.0', pn: 'hello', version: '1.0', buildId: undefined, format: 'xpak', size: 10, mtime: 0 });
  assert.equal(describeArtifact('app-misc/hello/hello-1.0-r2-3.gpkg.tar')?.buildId, 3);
  assert.equal(describeArtifact('app-misc/hello/hello-1.0-r2-3.gpkg.tar')?.pf, 'hello-1.0-r2');
  assert.equal(describeArtifact('app-misc/foo-2/foo-2-1.0-1.gpkg.tar')?.pn, 'foo-2');
  assert.equal(describeArtifact('.incoming/x/app-misc/hello-1.0.tbz2'), undefined);
  assert.equal(describeArtifact('Packages'), undefined);
  const dir = mkdtempSync(path.join(tmpdir(), 'ebb-art-'));
  mkdirSync(path.join(dir, 'app-misc', 'hello'), { recursive: true });
  mkdirSync(path.join(dir, '.incoming', 'b1', 'app-misc'), { recursive: true });
  writeFileSync(path.join(dir, 'app-misc', 'hello', 'hello-1.0-2.gpkg.tar'), 'x');
  writeFileSync(path.join(dir, 'app-misc', 'hello', 'hello-1.0-1.gpkg.tar'), 'xy');
  writeFileSync(path.join(dir, '.incoming', 'b1', 'app-misc', 'zzz-1.0.tbz2'), 'x');
  writeFileSync(path.join(dir, 'Packages'), 'x');
  assert.deepEqual((await listArtifacts(dir)).map((e) => [e.pf, e.buildId, e.size]), [['hello-1.0', 1, 2], ['hello-1.0', 2, 1]]);
  assert.deepEqual(await listArtifacts(path.join(dir, 'missing')), []);
});

test('sizes and modes read as ls shows them', () => {
  assert.equal(formatSize(512), '512 B');
  assert.equal(formatSize(12_800), '13 KiB');
  assert.equal(formatSize(3 * 1024 * 1024), '3.0 MiB');
  assert.equal(formatMode('file', 0o4755), '-rwsr-xr-x');
  assert.equal(formatMode('symlink', 0o777), 'lrwxrwxrwx');
  assert.equal(formatMode('dir', 0o1777), 'drwxrwxrwt');
  assert.equal(formatMode('fifo', 0o644), 'prw-r--r--');
});
