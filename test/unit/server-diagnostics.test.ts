import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkSyntax } from '../../src/server/bashSyntax';
import { computeDiagnostics, contentProblem } from '../../src/server/diagnostics';
import { analyse, ebuild, GENTOO, OVERLAY } from './serverFixture';

const HELLO = join(OVERLAY, 'app-misc', 'hello', 'hello-1.1.ebuild');
const BASE = ['DESCRIPTION="x"', 'HOMEPAGE="https://example.org"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64"'];

async function findings(text: string, path = HELLO) {
  const { ctx } = await analyse(path, text);
  return [...computeDiagnostics(ctx), ...(await checkSyntax(ctx))].map((f) => ({ ...f, text: text.slice(f.span.start, f.span.end) }));
}

function codes(list: { code: string }[]): string[] {
  return list.map((f) => f.code).sort();
}

describe('ebuild diagnostics', () => {
  it('a well-formed ebuild inheriting a master eclass has no findings', async () => {
    const text = ebuild(['inherit fancybuild myhelpers', ...BASE, 'IUSE="ssl"', 'RDEPEND="ssl? ( >=dev-libs/openssl-3:= ) dev-libs/libfoo[static-libs]"',
      'src_install() {', '\tuse ssl && my_greet ssl', '\tuse test && einfo tests', '\tfancy_configure', '}']);
    assert.deepEqual(await findings(text), []);
  });

  it('a missing EAPI is a warning and an unknown EAPI an error on its value', async () => {
    assert.deepEqual(codes(await findings(BASE.join('\n'))), ['eapi-missing']);
    const f = await findings(['EAPI=10', ...BASE].join('\n'));
    assert.equal(f[0].code, 'eapi-unsupported');
    assert.equal(f[0].text, '10');
  });

  it('inherit of an eclass that no repository in the chain has points at its name', async () => {
    const f = await findings(ebuild(['inherit fancybuild nosuch-eclass', ...BASE]));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['eclass-not-found', 'nosuch-eclass']]);
    assert.match(f[0].message, /my-overlay, gentoo/);
  });

  it('banned and deprecated helpers depend on the EAPI', async () => {
    const body = ['src_install() {', '\tdohtml index.html', '\thasq foo bar', '\tdosed s/a/b/ x', '}'];
    const eapi8 = await findings(ebuild([...BASE, ...body]));
    assert.deepEqual(eapi8.map((x) => [x.code, x.text]).sort(), [['banned-function', 'dohtml'], ['banned-function', 'dosed'], ['banned-function', 'hasq']]);
    const eapi6 = await findings(['EAPI=6', ...BASE, ...body].join('\n'));
    assert.deepEqual(eapi6.map((x) => [x.code, x.text]).sort(), [['banned-function', 'dosed'], ['deprecated-function', 'dohtml'], ['deprecated-function', 'hasq']]);
  });

  it('a helper newer than the EAPI is reported', async () => {
    const f = await findings(['EAPI=5', ...BASE, 'src_prepare() {', '\teapply "${FILESDIR}"/x.patch', '}'].join('\n'));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['function-not-in-eapi', 'eapply']]);
  });

  it('an eclass is checked against its @SUPPORTED_EAPIS, not a single EAPI', async () => {
    const body = ['# @ECLASS: x.eclass', 'x_install() {', '\tdohtml a.html', '\teinstalldocs', '\techo "${PORTDIR}"', '}'].join('\n');
    const supported78 = await findings(body, join(GENTOO, 'eclass', 'toolchain-funcs.eclass'));
    assert.deepEqual(supported78.map((x) => [x.code, x.text]), [['banned-function', 'dohtml'], ['variable-not-in-eapi', 'PORTDIR']]);
    // undocumented EAPIs: dohtml still works in EAPI 0-6, so it is not reported
    const unknown = await findings(body, join(GENTOO, 'eclass', 'not-on-disk.eclass'));
    assert.deepEqual(unknown.map((x) => x.code), []);
  });

  it('a phase function the EAPI does not have, and a misspelt phase', async () => {
    const f = await findings(['EAPI=1', ...BASE.filter((l) => !l.startsWith('KEYWORDS')), 'src_configure() { :; }', 'src_compil() { :; }'].join('\n'));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['phase-not-in-eapi', 'src_configure'], ['unknown-phase', 'src_compil']]);
  });

  it('use, usex, use_enable and use_with on a flag not in IUSE; eclass IUSE counts', async () => {
    const text = ebuild(['inherit fancybuild', ...BASE, 'IUSE="ssl"', 'src_configure() {',
      '\tfancy_configure $(use_enable ssl) $(use_with gtk) $(usex doc yes no)', '\tuse test && use !ssl && use amd64 && use python_targets_python3_12 && use fixture-implicit', '}']);
    const f = await findings(text);
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['flag-not-in-iuse', 'gtk'], ['flag-not-in-iuse', 'doc']]);
  });

  it('KEYWORDS with an arch missing from arch.list', async () => {
    const f = await findings(ebuild(['DESCRIPTION="x"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64 arm64 -x86 ~sparc -*"']));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['unknown-keyword', '~sparc']]);
  });

  it('missing SLOT and DESCRIPTION are errors unless an inherited eclass sets them', async () => {
    const f = await findings(ebuild(['LICENSE="MIT"']));
    assert.deepEqual(codes(f), ['missing-variable', 'missing-variable']);
    assert.ok(f.some((x) => x.message.startsWith('SLOT')) && f.some((x) => x.message.startsWith('DESCRIPTION')));
    assert.deepEqual(await findings(ebuild(['inherit virtualpkg'])), []);
  });

  it('LICENSE names must exist in licenses/ of the repository or its masters', async () => {
    const f = await findings(ebuild(['DESCRIPTION="x"', 'SLOT="0"', 'LICENSE="|| ( MIT my-licence ) ssl? ( GPL-3 )"', 'IUSE="ssl"']));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['unknown-license', 'GPL-3']]);
  });

  it('a licence the repository lists in license_groups but has no text for is information on the ebuild, a typo still an error', async () => {
    const f = await findings(ebuild(['DESCRIPTION="x"', 'SLOT="0"', 'LICENSE="MIT Unicode-DFS-2016 Unicode-DFS-2061"']));
    assert.deepEqual(f.map((x) => [x.code, x.severity, x.text]), [['license-text-missing', 'information', 'Unicode-DFS-2016'], ['unknown-license', 'error', 'Unicode-DFS-2061']]);
    assert.match(f[0].message, /license_groups of gentoo.*add licenses\/Unicode-DFS-2016/);
  });

  it('dependency strings: bad atoms, unbalanced groups, conditional flags', async () => {
    const f = await findings(ebuild([...BASE, 'IUSE="ssl"', 'RDEPEND="dev-libs/openssl-3.0 >=dev-libs/libfoo ssl? ( dev-libs/libfoo[ssl?] ) gtk? ( app-misc/x )',
      '\tdev-libs/a:0/1= ~dev-libs/b-1.0-r1 =dev-libs/c-1* sys-apps/d::gentoo ( dev-libs/e"']));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [
      ['bad-atom', 'dev-libs/openssl-3.0'], ['bad-atom', '>=dev-libs/libfoo'], ['flag-not-in-iuse', 'gtk?'],
      ['bad-atom', '~dev-libs/b-1.0-r1'], ['bad-atom', 'sys-apps/d::gentoo'], ['bad-dependency', 'dev-libs/e'],
    ]);
    assert.match(f[f.length - 1].message, /never closed/);
  });

  it('command substitutions in dependency strings are run-time text, not atoms', async () => {
    const f = await findings(ebuild([...BASE, 'RDEPEND="$(python_gen_cond_dep \'', '\tdev-python/foo[${PYTHON_USEDEP}]', '\' python3_12) `echo x/y z` dev-libs/libfoo"']));
    assert.deepEqual(f, []);
  });

  it('REQUIRED_USE may only name flags in IUSE', async () => {
    const f = await findings(ebuild(['inherit fancybuild', ...BASE, 'IUSE="ssl gtk"', 'REQUIRED_USE="|| ( ssl gtk ) ^^ ( test qt5 ) doc? ( ssl )"']));
    assert.deepEqual(f.map((x) => [x.code, x.text]), [['flag-not-in-iuse', 'qt5'], ['flag-not-in-iuse', 'doc?']]);
  });

  it('an unterminated heredoc and unbalanced braces are syntax findings, not crashes', async () => {
    const heredoc = await findings(ebuild([...BASE, 'src_install() {', '\tcat > x <<-EOF', '\thello', '}']));
    assert.ok(heredoc.some((x) => x.code === 'bash-syntax'), JSON.stringify(heredoc));
    const braces = await findings(ebuild([...BASE, 'src_install() {', '\tif true; then', '\t\tdefault', '\tfi']));
    assert.ok(braces.some((x) => x.code === 'bash-syntax' && /missing|syntax/.test(x.message)), JSON.stringify(braces));
  });

  it('a broken metadata.xml is reported on the ebuild', async () => {
    const path = join(OVERLAY, 'app-misc', 'broken-meta', 'broken-meta-1.0.ebuild');
    const f = await findings(ebuild([...BASE]), path);
    assert.deepEqual(codes(f), ['metadata-xml-broken']);
    assert.match(f[0].message, /metadata\.xml does not parse \(line \d+/);
  });

  it('binary and oversized content is refused with a reason', () => {
    assert.match(contentProblem('EAPI=8\u0000\u0001', 1000) ?? '', /binary/);
    assert.match(contentProblem('x'.repeat(2000), 1000) ?? '', /over the/);
    assert.equal(contentProblem(ebuild(BASE), 1000), undefined);
  });
});
