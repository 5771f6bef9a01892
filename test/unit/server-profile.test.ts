import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONDITIONS, EBUILD_PROFILE, overridesOf, profileOf } from '../../src/server/shellcheckProfile';
import { diagnose, IDIOMS, loud, pkg } from './server-diagnose';

const EBUILD = 'app-misc/demo/demo-1.0.ebuild';

/** One hand-written ebuild per idiom the ebuild profile silences: nothing at all is shown for it. */
const SILENT: [string, string[]][] = [
  ['flags split on purpose (SC2086)', ['src_compile() {', '\t${CC:-gcc} ${CFLAGS} ${LDFLAGS} -o demo demo.c || die', '}']],
  ['helper output in an options array (SC2207)', ['IUSE="ssl"', 'src_configure() {', '\tlocal myeconfargs=( $(use_enable ssl) )', '\teconf "${myeconfargs[@]}"', '}']],
  ['PATCHES with ${P} (SC2206)', ['PATCHES=( "${FILESDIR}"/${P}-fix-build.patch )']],
  ['econf $(use_with …) (SC2046)', ['IUSE="ssl"', 'src_configure() {', '\teconf $(use_with ssl)', '}']],
  ['local v=$(helper) (SC2155)', ['src_install() {', '\tlocal libdir=$(get_libdir)', '\tinsinto "/usr/${libdir}/demo"', '\tdoins demo.so', '}']],
  ['Portage QA variables (SC2034)', ['QA_PREBUILT="opt/demo/bin/*"', 'QA_FLAGS_IGNORED_amd64="opt/demo/lib/.*"']],
  ["a kernel option's message read by the eclass (SC2034)", ['inherit kconfig', 'CONFIG_CHECK="~USB_ACM"', 'ERROR_USB_ACM="demo needs USB_ACM to talk to the device"']],
  ['a local read by the eclass the phase calls (SC2034)', ['inherit cmaker', 'src_configure() {', '\tlocal mycmakeargs=( -DDEMO_DOCS=OFF )', '\tcmaker_src_configure', '}']],
  ['${FUNCNAME} (SC2128)', ['demo_helper() {', '\tdebug-print-function ${FUNCNAME} "$@"', '}', 'src_compile() {', '\tdemo_helper x', '}']],
  ['a sed program with $(CC) for make (SC2016)', ['src_prepare() {', '\tdefault', "\tsed -i -e 's:cc -O2:$(CC) $(CFLAGS):' Makefile || die", '}']],
  ['a callback called by name (SC2317)', ['src_install() {', '\tdemo_one() {', '\t\tdodoc "${1}"', '\t}', '\tlocal f', '\tfor f in README NEWS; do', '\t\t"demo_one" "${f}"', '\tdone', '}']],
  ['printf with ${PV} (SC2059)', ['src_prepare() {', '\tdefault', '\tprintf "Gentoo ${PV}\\n" > VERSION || die', '}']],
  ['comparing tuples in [[ ]] (SC2053)', ['src_configure() {', '\t[[ ${CHOST} != ${CTARGET} ]] && einfo cross', '\teconf', '}']],
  ['an empty variable for one command (SC1007)', ['src_test() {', '\tLD_PRELOAD= emake check', '}']],
  ['removing from the image (SC2115)', ['src_install() {', '\tdefault', '\trm -r "${ED}"/usr/share/${PN}/tests || die', '}']],
  ['a computed name exported (SC2163)', ['src_configure() {', '\tlocal v=DEMO_HOME', '\texport "${v}"', '\teconf', '}']],
  ['--with-x=value in an options array (SC2191)', ['src_configure() {', '\tlocal myeconfargs=( --with-demo="${EPREFIX}"/usr )', '\teconf "${myeconfargs[@]}"', '}']],
  ['RESTRICT=strip (SC2209)', ['RESTRICT=strip']],
  ['locale codes, fi among them (SC1010)', ['DEMO_LINGUAS=( de fi fr )', 'src_install() {', '\tdodoc "${DEMO_LINGUAS[@]/%/.txt}"', '}']],
  ['a cd in a command substitution (SC2164)', ['src_install() {', '\tlocal headers=$(cd "${S}"/include && echo *.h)', '\tdoheader ${headers}', '}']],
];

describe('shellcheck, ebuild profile: idioms are quiet', () => {
  for (const [name, lines] of SILENT) {
    it(name, async () => {
      assert.deepEqual(await diagnose(EBUILD, pkg(lines)), []);
    });
  }

  it('array idioms stay visible as information, not as errors (SC2068, SC2145, SC2199)', async () => {
    const shown = await diagnose(EBUILD, pkg(['src_test() {', '\tlocal t targets=( a b )', '\tfor t in ${targets[@]}; do', '\t\teinfo "testing ${t} of ${targets[@]}"', '\tdone',
      '\temake check | tee log', '\t[[ ${PIPESTATUS[@]} == "0 0" ]] || die', '}']));
    assert.deepEqual(loud(shown), []);
    assert.deepEqual(shown.map((s) => s.code).sort(), ['SC2068', 'SC2145', 'SC2199']);
  });

  it('find piped to xargs over build paths stays visible as information (SC2038)', async () => {
    const shown = await diagnose(EBUILD, pkg(['src_install() {', '\tdefault', "\tfind \"${ED}\" -name '*.la' | xargs rm -f || die", '}']));
    assert.deepEqual(shown.map((s) => [s.code, s.severity]), [['SC2038', 'information']]);
  });

  it('inner quotes in a dependency string change nothing: information (SC2027)', async () => {
    const shown = await diagnose(EBUILD, pkg(['IUSE="test"', 'RDEPEND="dev-libs/libfoo"', 'BDEPEND="', '\tvirtual/pkgconfig', '\ttest? ( "${RDEPEND}" )"']));
    assert.deepEqual(shown.map((s) => [s.code, s.severity]), [['SC2027', 'information']]);
  });

  it('a glob naming the program the build made, with its environment, is information (SC2211, SC2037)', async () => {
    const shown = await diagnose(EBUILD, pkg(['src_test() {', '\tLC_ALL=C \\', '\t./ld-*.so --library-path . ./demo > /dev/null \\', '\t\t|| die "simple run test failed"', '}']));
    assert.deepEqual(shown.map((s) => [s.code, s.severity, s.text]), [['SC2211', 'information', './ld-*.so']]);
  });

  it('an eclass: its globals and the functions ebuilds call are its interface', async () => {
    const text = ['# @ECLASS: demo.eclass', '# @SUPPORTED_EAPIS: 8', 'DEMO_OPTIONAL=', 'demo_run() {', '\tdebug-print-function ${FUNCNAME} "$@"', '\teinfo "${1:-default}"', '}',
      'demo_src_compile() {', '\tdemo_run', '}', 'EXPORT_FUNCTIONS src_compile', ''].join('\n');
    assert.deepEqual(await diagnose('eclass/demo.eclass', text), []);
  });
});

describe('shellcheck, ebuild profile: mistakes are shown', () => {
  it('a bare cd in a phase is shown as information, with the ebuild\'s advice (|| die, not exit)', async () => {
    const shown = await diagnose(EBUILD, pkg(['src_compile() {', '\tcd src', '\temake', '}']));
    assert.deepEqual(shown, [{ code: 'SC2164', severity: 'information', text: 'cd src' }]);
  });

  it('an unquoted path variable is a warning (pkgcheck UnquotedVariable), also in a message it is not', async () => {
    const shown = loud(await diagnose(EBUILD, pkg(['src_install() {', '\tcp demo.conf ${ED}/etc || die', '\teinfo "installed into ${ED}"', '\techo ${ED}', '}'])));
    assert.deepEqual(shown, [{ code: 'SC2086', severity: 'warning', text: '${ED}' }]);
  });

  it('|| return 1 after local v=$(cmd) never runs either, but the caller tests the value: information', async () => {
    const shown = await diagnose(EBUILD, pkg(['demo_has_x() {', "\tlocal out=$(demo-config --features) || return 1", '\t[[ ${out} == *X* ]]', '}', 'src_configure() {', '\tdemo_has_x && einfo x', '}']));
    assert.deepEqual(shown, [{ code: 'SC2155', severity: 'information', text: 'out' }]);
  });

  it("|| die after local v=$(cmd) never runs: a warning", async () => {
    const shown = loud(await diagnose(EBUILD, pkg(['src_compile() {', '\tlocal out=$(demo-config --libs) || die', '\temake LIBS="${out}"', '}'])));
    assert.deepEqual(shown, [{ code: 'SC2155', severity: 'warning', text: 'out' }]);
  });

  it('inner quotes in a command\'s argument unquote it: a warning (SC2027)', async () => {
    const shown = loud(await diagnose(EBUILD, pkg(['src_install() {', '\tlocal name="demo tool"', '\tnewbin demo "demo-"${name}"-bin"', '}'])));
    assert.deepEqual(shown.map((s) => s.code), ['SC2027']);
  });

  it('a glob as a command name without a path is a warning (SC2211)', async () => {
    const shown = loud(await diagnose(EBUILD, pkg(['src_test() {', '\tdemo-test* --all || die', '}'])));
    assert.deepEqual(shown.map((s) => [s.code, s.severity]), [['SC2211', 'warning']]);
  });

  it('a variable read but set nowhere is a warning (a misspelt local)', async () => {
    const shown = loud(await diagnose(EBUILD, pkg(['src_configure() {', '\tlocal myconf=( --disable-demo )', '\teconf "${myconfs[@]}"', '}'])));
    assert.deepEqual(shown.map((s) => [s.code, s.text]), [['SC2154', '${myconfs[@]}']]);
  });
});

describe('shellcheck profiles', () => {
  it('"full" restores shellcheck\'s own opinion on the idioms', async () => {
    const shown = await diagnose(EBUILD, pkg(['src_compile() {', '\t${CC:-gcc} ${CFLAGS} -o demo demo.c || die', '}']), 'full');
    assert.deepEqual(shown.filter((s) => s.code === 'SC2086').map((s) => [s.severity, s.text]), [['information', '${CFLAGS}']]);
    assert.ok(shown.some((s) => s.code === 'SC2034' && s.text === 'EAPI'), JSON.stringify(shown));
  });

  it('severities set per code win over either profile: a team raises the bare cd, hides what it does not want', async () => {
    const text = pkg(['src_compile() {', '\tcd src', '\t${CC:-gcc} ${CFLAGS} -o demo demo.c || die', '}']);
    const raised = overridesOf({ SC2164: 'warning', '2086': 'off', SC9999: 'loud', nonsense: 'error' });
    assert.deepEqual([...raised].sort(), [[2086, 'off'], [2164, 'warning']]);
    assert.deepEqual(loud(await diagnose(EBUILD, text, 'ebuild', IDIOMS, raised)), [{ code: 'SC2164', severity: 'warning', text: 'cd src' }]);
    const full = await diagnose(EBUILD, text, 'full', IDIOMS, raised);
    assert.ok(full.some((s) => s.code === 'SC2164' && s.severity === 'warning') && !full.some((s) => s.code === 'SC2086'), JSON.stringify(full));
  });

  it('a missing or malformed severity setting changes nothing', () => {
    assert.deepEqual([overridesOf(undefined), overridesOf(null), overridesOf('SC2164'), overridesOf(['SC2164'])].map((m) => m.size), [0, 0, 0, 0]);
  });

  it('a missing or unknown setting means the ebuild profile', () => {
    assert.deepEqual([profileOf(undefined), profileOf('nonsense'), profileOf('full'), profileOf('ebuild')], ['ebuild', 'ebuild', 'full', 'ebuild']);
  });

  it('docs/shellcheck-profile.md shows the table the code applies, row for row', () => {
    const doc = readFileSync(resolve(__dirname, '..', '..', '..', 'docs', 'shellcheck-profile.md'), 'utf8');
    const rows = doc.split('\n').filter((l) => /^\| SC\d+ \|/.test(l)).map((l) => l.split('|').map((c) => c.trim()));
    assert.deepEqual(rows.map((r) => [r[1], r[2], r[3]]), EBUILD_PROFILE.map((r) => [`SC${r.code}`, r.where ? CONDITIONS[r.where].describe : 'otherwise', r.verdict]));
  });
});
