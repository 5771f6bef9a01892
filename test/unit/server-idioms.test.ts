import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnose, pkg } from './server-diagnose';

const EBUILD = 'app-misc/demo/demo-1.0.ebuild';

/** The server's own checks (source ebuild and bash), on the shapes real trees have. */
async function own(path: string, text: string) {
  return (await diagnose(path, text)).filter((s) => !s.code.startsWith('SC'));
}

describe("the server's own checks on real-tree idioms", () => {
  it('an eclass that sets SLOT and DESCRIPTION with : "${VAR:=…}" sets them', async () => {
    const text = ['EAPI=8', '', 'inherit acct-thing', '', 'ACCT_THING_ID=42', ''].join('\n');
    assert.deepEqual(await own('acct-group/demo/demo-0.ebuild', text), []);
  });

  it('an ebuild may set a default with : "${VAR:=…}" itself; an unset SLOT is still an error', async () => {
    const set = ['EAPI=8', ': "${DESCRIPTION:=A fixture package}"', ': "${SLOT:=0}"', 'LICENSE="MIT"', ''].join('\n');
    assert.deepEqual(await own(EBUILD, set), []);
    const unset = ['EAPI=8', 'DESCRIPTION="A fixture package"', 'LICENSE="MIT"', ''].join('\n');
    assert.deepEqual((await own(EBUILD, unset)).map((s) => s.code), ['missing-variable']);
  });

  it("a local named like a PMS variable is the ebuild's own (local KV=$@)", async () => {
    const text = pkg(['kernel_major() {', '\tlocal KV=$@', '\techo "${KV%%.*}"', '}', 'pkg_setup() {', '\tkernel_major 6.12 || die', '}']);
    assert.deepEqual(await own(EBUILD, text), []);
  });

  it('KV that nobody set is an error in EAPI 8', async () => {
    const text = pkg(['pkg_setup() {', '\teinfo "kernel ${KV}"', '}']);
    assert.deepEqual(await own(EBUILD, text), [{ code: 'variable-not-in-eapi', severity: 'error', text: 'KV' }]);
  });

  it('EAPI 9 is known: pipestatus is in it, assert and domo are banned in it', async () => {
    const text = pkg(['src_install() {', '\tdemo-gen | tee demo.txt', '\tpipestatus || die', '\tassert', '\tdomo demo.mo', '}'], '9');
    assert.deepEqual((await own(EBUILD, text)).map((s) => [s.code, s.text]), [['banned-function', 'assert'], ['banned-function', 'domo']]);
  });

  it('EAPI 9 helpers in EAPI 8 are errors, unless an inherited eclass provides them', async () => {
    const body = ['src_compile() {', '\tedo emake demo', '}'];
    assert.deepEqual((await own(EBUILD, pkg(body))).map((s) => [s.code, s.text]), [['function-not-in-eapi', 'edo']]);
    assert.deepEqual(await own(EBUILD, pkg(['inherit runner', ...body])), []);
  });

  it('IUSE of an eclass inherited through another counts; a flag in no IUSE is an error (use geoip2 with IUSE=geoip)', async () => {
    const text = pkg(['inherit runner', 'IUSE="geoip"', 'src_configure() {', '\tif use debug; then', '\t\teinfo debugging', '\telif use geoip2; then', '\t\teinfo geo', '\tfi', '\teconf', '}']);
    assert.deepEqual(await own(EBUILD, text), [{ code: 'flag-not-in-iuse', severity: 'error', text: 'geoip2' }]);
  });

  it('valid bash that tree-sitter rejects is not a syntax error: extglob in [[ ]]', async () => {
    const text = pkg(['if [[ ${PV} != *@(alpha|beta|rc)* ]]; then', '\tKEYWORDS="~amd64"', 'fi']);
    assert.deepEqual(await own(EBUILD, text), []);
  });

  it("valid bash that tree-sitter rejects is not a syntax error: $'…' in a =~ regex, ; inside ${x:=…}", async () => {
    const text = ['# @ECLASS: demo.eclass', '# @SUPPORTED_EAPIS: 8', 'demo_is_gnu_ld() {', '\tlocal out=$("$(tc-getLD)" --version)',
      '\t[[ ${out} =~ (^|$\'\\n\')"GNU ld".* ]]', '}', 'demo_targets() {', '\techo "-DTARGETS=${DEMO_TARGETS:=X86;ARM}"', '}', ''].join('\n');
    assert.deepEqual(await own('eclass/demo.eclass', text), []);
  });

  it('PATCHES before EAPI 6 is the ebuild\'s own variable: fine when read (epatch "${PATCHES[@]}"), a warning when nothing reads it', async () => {
    const patches = ['PATCHES=( "${FILESDIR}"/${P}-fix.patch )'];
    const read = pkg([...patches, 'src_prepare() {', '\tepatch "${PATCHES[@]}"', '}'], '5');
    assert.deepEqual(await own(EBUILD, read), []);
    assert.deepEqual(await own(EBUILD, pkg(patches, '5')), [{ code: 'variable-not-in-eapi', severity: 'warning', text: 'PATCHES' }]);
  });

  it('SYSROOT before EAPI 7: Portage passes it in every EAPI; BROOT there is still an error', async () => {
    const text = pkg(['src_configure() {', '	econf --with-apr="${SYSROOT}${EPREFIX}"/usr', '	einfo "${BROOT}"', '}'], '6');
    assert.deepEqual(await own(EBUILD, text), [{ code: 'variable-not-in-eapi', severity: 'error', text: 'BROOT' }]);
  });

  it('an atom built by a command substitution is not checked: sphinx[$(python_gen_usedep …)], glib-2.$(ver_cut 2):2', async () => {
    const text = pkg(['RDEPEND=">=dev-python/sphinx-1.5.1[$(python_gen_usedep \'python3_6\' \'python3_7\')]', '\t>=dev-libs/glib-2.$(ver_cut 2):2', '\tdev-libs/expat"']);
    assert.deepEqual(await own(EBUILD, text), []);
    const wrong = pkg(['RDEPEND=">=dev-python/sphinx-1.5.1[$(python_gen_usedep \'python3_6\')]', '\tdev-libs:expat"']);
    assert.deepEqual((await own(EBUILD, wrong)).map((s) => [s.code, s.text]), [['bad-atom', 'dev-libs:expat']]);
  });

  it('a real syntax error is reported once, with bash\'s words, on the line bash names', async () => {
    const text = pkg(['src_compile() {', '\tif [[ -f GNUmakefile ]]; then', '\t\temake gnu', '\temake', '}']);
    const found = await own(EBUILD, text);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].code, 'bash-syntax');
    assert.match(found[0].text, /^\}/);
  });
});

describe('the sample overlay', () => {
  const overlay = resolve(__dirname, '..', '..', '..', 'examples', 'overlay');
  const ebuilds = readdirSync(join(overlay, 'app-misc')).flatMap((p) => readdirSync(join(overlay, 'app-misc', p)).filter((f) => f.endsWith('.ebuild')).map((f) => join('app-misc', p, f)));

  it('shows what its README says: nothing, in the ebuild profile', async () => {
    assert.ok(ebuilds.length >= 8, ebuilds.join(' '));
    for (const e of ebuilds) assert.deepEqual(await diagnose(e, readFileSync(join(overlay, e), 'utf8'), 'ebuild', overlay), [], e);
  });

  it("and hello-1.0's two SC2086 in the full profile", async () => {
    const hello = join('app-misc', 'hello', 'hello-1.0.ebuild');
    const shown = await diagnose(hello, readFileSync(join(overlay, hello), 'utf8'), 'full', overlay);
    assert.deepEqual(shown.filter((s) => s.code === 'SC2086').map((s) => s.text), ['${CFLAGS}', '${LDFLAGS}']);
  });
});
