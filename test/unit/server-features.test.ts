import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { complete } from '../../src/server/completion';
import { definitionAt } from '../../src/server/definition';
import { hoverAt } from '../../src/server/hover';
import { documentSymbols, foldingRanges } from '../../src/server/symbols';
import { analyse, ebuild, GENTOO, OVERLAY, offsetOf } from './serverFixture';

const HELLO = join(OVERLAY, 'app-misc', 'hello', 'hello-1.1.ebuild');

async function labels(text: string, offset: number, path = HELLO): Promise<string[]> {
  const { ctx, doc } = await analyse(path, text);
  return complete(ctx, doc, offset).map((i) => i.label);
}

describe('completion', () => {
  it('after "inherit " lists the eclasses of the overlay and its master', async () => {
    const text = ebuild(['inherit fan']);
    const l = await labels(text, text.indexOf('fan') + 3);
    assert.ok(l.includes('fancybuild') && l.includes('myhelpers') && l.includes('toolchain-funcs'), l.join());
  });

  it('after "use " lists IUSE flags including eclass-added ones, with descriptions', async () => {
    const text = ebuild(['inherit fancybuild', 'IUSE="ssl +gtk"', 'src_install() {', '\tuse ', '}']);
    const { ctx, doc } = await analyse(HELLO, text);
    const items = complete(ctx, doc, offsetOf(text, '\tuse ', 5));
    assert.deepEqual(items.map((i) => i.label).sort(), ['gtk', 'ssl', 'test']);
    const gtk = items.find((i) => i.label === 'gtk');
    assert.match(JSON.stringify(gtk?.documentation), /greeting window/);
  });

  it('in IUSE offers known flags (use.desc, metadata.xml); in REQUIRED_USE the IUSE flags', async () => {
    const text = ebuild(['IUSE="s"', 'REQUIRED_USE="g"']);
    assert.ok((await labels(text, offsetOf(text, 'IUSE="s', 7))).includes('ssl'));
    const req = await labels(text.replace('IUSE="s"', 'IUSE="ssl gtk"'), offsetOf(text.replace('IUSE="s"', 'IUSE="ssl gtk"'), 'USE="g', 6));
    assert.deepEqual(req.sort(), ['gtk', 'ssl']);
  });

  it('licences in LICENSE and ~arch keywords in KEYWORDS come from the repositories', async () => {
    const text = ebuild(['LICENSE="G"', 'KEYWORDS="~a"']);
    const lic = await labels(text, offsetOf(text, 'LICENSE="G', 10));
    assert.ok(lic.includes('GPL-2') && lic.includes('my-licence'));
    const kw = await labels(text, offsetOf(text, '"~a', 3));
    assert.ok(kw.includes('~amd64') && kw.includes('arm64') && kw.includes('~amd64-linux'));
  });

  it('categories, then packages, then USE flags of the target in dependency strings', async () => {
    const text = ebuild(['RDEPEND="dev-', '\tdev-libs/op', '\tdev-libs/openssl[k"']);
    assert.ok((await labels(text, offsetOf(text, 'dev-', 4))).includes('dev-libs/'));
    const pkgs = await labels(text, offsetOf(text, 'dev-libs/op', 11));
    assert.deepEqual(pkgs.sort(), ['dev-libs/libfoo', 'dev-libs/openssl']);
    assert.ok((await labels(text, offsetOf(text, '[k', 2))).includes('ktls'));
  });

  it('at top level: variables, phase functions of the EAPI; inside a function: helpers and inherited eclass functions', async () => {
    const text = ['EAPI=1', 'inherit myhelpers', '', 'src_install() {', '\t', '}'].join('\n');
    const top = await labels(text, offsetOf(text, '\n\n', 1));
    assert.ok(top.includes('SLOT') && top.includes('src_compile') && !top.includes('src_configure'), top.join());
    const inner = await labels(text, offsetOf(text, '{\n\t', 3));
    assert.ok(inner.includes('my_greet') && inner.includes('emake') && !inner.includes('eapply'), inner.join());
  });
});

describe('completion for clients', () => {
  it('phase snippets become plain text for clients without snippet support; a typed space at line start pops nothing', async () => {
    const text = ['EAPI=8', '', ''].join('\n');
    const { ctx, doc } = await analyse(HELLO, text);
    const off = text.length - 1;
    const withSnippets = complete(ctx, doc, off).find((i) => i.label === 'src_install');
    const plain = complete(ctx, doc, off, undefined, false).find((i) => i.label === 'src_install');
    assert.equal(withSnippets?.insertText, 'src_install() {\n\t${0}\n}');
    assert.equal(plain?.insertText, 'src_install() {\n\t\n}');
    assert.deepEqual(complete(ctx, doc, off, ' '), []);
  });
});

describe('hover', () => {
  it('shows eclass function docs, PMS helper docs, USE flag and licence descriptions', async () => {
    const text = ebuild(['inherit fancybuild', 'LICENSE="GPL-2"', 'IUSE="ssl gtk"', 'src_configure() {', '\tfancy_configure --x', '\tuse gtk && emake', '\ttc-getCC', '}']);
    const { ctx } = await analyse(HELLO, text);
    const at = (needle: string, d = 1) => hoverAt(ctx, offsetOf(text, needle, d))?.markdown ?? '';
    assert.match(at('fancy_configure'), /Runs fancy-configure with the standard options/);
    assert.match(at('fancy_configure'), /\[extra args\.\.\.\]/);
    assert.match(at('tc-getCC'), /name of the C compiler/);
    assert.match(at('emake'), /MAKEOPTS/);
    assert.match(at('use gtk', 5), /greeting window/);
    assert.match(at('ssl gtk'), /Secure Socket Layer/);
    assert.match(at('GPL-2'), /Licence `GPL-2`/);
    assert.match(at('inherit fancybuild', 10), /builds packages with the fancy build system/);
  });

  it('shows eclass variable docs', async () => {
    const text = ebuild(['FANCY_ARGS=( --fast )', 'inherit fancybuild', 'src_configure() { echo "${FANCY_ARGS[@]}"; }']);
    const { ctx } = await analyse(HELLO, text);
    assert.match(hoverAt(ctx, offsetOf(text, 'FANCY_ARGS', 2, 1))?.markdown ?? '', /Extra arguments passed to fancy-configure/);
  });
});

describe('definition', () => {
  it('an eclass function goes to its line in the eclass; inherit goes to the file; a local function to itself', async () => {
    const text = ebuild(['inherit fancybuild', 'my_fn() { :; }', 'src_compile() {', '\tfancy_configure', '\tmy_fn', '}']);
    const { ctx } = await analyse(HELLO, text);
    const fn = definitionAt(ctx, offsetOf(text, '\tfancy_configure', 3));
    assert.deepEqual(fn, [{ path: join(GENTOO, 'eclass', 'fancybuild.eclass'), line: 28 }]);
    assert.deepEqual(definitionAt(ctx, offsetOf(text, 'fancybuild', 2)), [{ path: join(GENTOO, 'eclass', 'fancybuild.eclass'), line: 0 }]);
    assert.deepEqual(definitionAt(ctx, offsetOf(text, '\tmy_fn', 2)), [{ self: true, start: offsetOf(text, 'my_fn'), end: offsetOf(text, 'my_fn') + 5 }]);
  });

  it('an atom in a dependency string goes to the package\'s ebuilds', async () => {
    const text = ebuild(['RDEPEND=">=dev-libs/openssl-3.0:="']);
    const { ctx } = await analyse(HELLO, text);
    const targets = definitionAt(ctx, offsetOf(text, 'openssl', 2)) as { path: string }[];
    assert.deepEqual(targets.map((t) => t.path.replace(GENTOO, '')).sort(), ['/dev-libs/openssl/openssl-3.0.13.ebuild', '/dev-libs/openssl/openssl-3.1.5.ebuild']);
  });
});

describe('symbols and folding', () => {
  it('lists inherits, variables and functions (phases marked) and folds functions and comment blocks', async () => {
    const text = ['# Copyright', '# licence line', 'EAPI=8', 'inherit fancybuild', 'DEPEND="', '\tdev-libs/libfoo', '"', 'helper() {', '\t:', '}', 'src_install() {', '\thelper', '}', ''].join('\n');
    const { ctx, doc } = await analyse(HELLO, text);
    assert.deepEqual(documentSymbols(ctx).map((s) => `${s.kind}:${s.name}`), ['variable:EAPI', 'eclass:fancybuild', 'variable:DEPEND', 'function:helper', 'phase:src_install']);
    const folds = foldingRanges(ctx, (o) => doc.positionAt(o).line).map((f) => `${f.start}-${f.end}`).sort();
    assert.ok(folds.includes('0-1') && folds.includes('7-9') && folds.includes('10-12') && folds.includes('4-6'), folds.join());
  });
});
