/** Findings land on the ebuild line a developer has to change. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAll, type EmergeEvent } from '../../src/core/emerge';
import { locate, findAssignment, findFunction, packageName } from '../../src/core/locations';
import { FIXTURES } from './emergeFixtureHelpers';

const overlay = join(FIXTURES, 'portage/repos/testoverlay/app-misc');
const ebuild = (pkg: string): { ebuildPath: string; ebuildText: string } => {
  const ebuildPath = join(overlay, pkg, `${pkg}-1.0.ebuild`);
  return { ebuildPath, ebuildText: readFileSync(ebuildPath, 'utf8') };
};
const first = (file: string, type: string): EmergeEvent => {
  const e = parseAll(readFileSync(join(FIXTURES, file))).find((x) => x.type === type);
  assert.ok(e, `${file} has a ${type} event`);
  return e;
};
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('a die in src_install (frame in `environment`) lands on the die line of the ebuild', () => {
  const src = ebuild('dies');
  const loc = locate(first('portage/outputs/die-install-nocolor.txt', 'build-failure'), src);
  assert.deepEqual(loc, { file: src.ebuildPath, line: lineOf(src.ebuildText, 'die "custom message"') });
});

test('a failing helper without a call stack lands on its call inside the phase function', () => {
  const src = ebuild('broken');
  const loc = locate(first('portage/outputs/compile-fail-nocolor.txt', 'build-failure'), src);
  assert.deepEqual(loc, { file: src.ebuildPath, line: lineOf(src.ebuildText, 'emake CC=') });
});

test('a failure in a phase the ebuild does not define says the EAPI default failed', () => {
  const src = ebuild('needs-ssl');
  const ev = { ...(first('portage/outputs/compile-fail-nocolor.txt', 'build-failure') as Extract<EmergeEvent, { type: 'build-failure' }>), reason: 'emake failed' };
  const loc = locate(ev, src);
  assert.equal(loc.file, src.ebuildPath);
  assert.equal('line' in loc && loc.line, lineOf(src.ebuildText, 'EAPI=8'));
  assert.match(loc.note ?? '', /default src_compile/);
});

test('the USE-change block lands on the RDEPEND line that names the package', () => {
  const src = ebuild('needs-ssl');
  const loc = locate(first('portage/outputs/use-change-nocolor.txt', 'autounmask'), src);
  assert.deepEqual(loc, { file: src.ebuildPath, line: lineOf(src.ebuildText, 'RDEPEND="app-misc/libfoo[ssl]"') });
});

const ECLASS_EBUILD = [
  'EAPI=8', 'inherit cmake toolchain-funcs', '', 'SRC_URI="https://example.org/${P}.tar.gz', '\tdoc? ( https://example.org/${P}-docs.tar.xz )"',
  'REQUIRED_USE="', '\tamd64? ( !dmd-2_098 )', '"',
  'DEPEND="dev-libs/foo:=', '\tssl? ( >=dev-libs/openssl-3:0= )"', 'RDEPEND="${DEPEND}', '\tapp-misc/bar"', 'BDEPEND="virtual/pkgconfig"',
  '', 'src_configure() {', '\tlocal mycmakeargs=( -DX=1 )', '\tcmake_src_configure', '}', '',
].join('\n');
const CMAKE_ECLASS = ['cmake_src_configure() {', '\tlocal cmakeargs=()', '\t"${CMAKE_BINARY}" "${cmakeargs[@]}" "${CMAKE_USE_DIR}" || die "cmake failed"', '}'].join('\n');

test('a die inside an eclass function maps to the eclass line when the eclass is in the workspace, else to its inherit line', () => {
  const ev = first('emerge/build-failure-09.txt', 'build-failure');
  const base = { ebuildPath: '/ws/net-misc/feather/feather-9999.ebuild', ebuildText: ECLASS_EBUILD };
  const withEclass = locate(ev, { ...base, eclasses: new Map([['cmake', CMAKE_ECLASS]]), eclassPaths: new Map([['cmake', '/ws/eclass/cmake.eclass']]) });
  assert.deepEqual(withEclass, { file: '/ws/eclass/cmake.eclass', line: 3 });
  const without = locate(ev, base);
  assert.equal('line' in without && without.line, 2);
  assert.match(without.note ?? '', /cmake_src_configure/);
});

test('frames that name the ebuild itself are used directly (eclass not in the workspace → the inherit frame)', () => {
  const ev = first('emerge/build-failure-22.txt', 'build-failure');
  const loc = locate(ev, { ebuildPath: '/ws/sys-devel/base-gcc/base-gcc-4.7.3.ebuild', ebuildText: 'EAPI=1\n' });
  assert.deepEqual(loc, { file: '/ws/sys-devel/base-gcc/base-gcc-4.7.3.ebuild', line: 21 });
  const inEclass = locate(ev, { ebuildPath: '/ws/sys-devel/base-gcc/base-gcc-4.7.3.ebuild', ebuildText: 'EAPI=1\n', eclasses: new Map([['toolchain', '']]), eclassPaths: new Map([['toolchain', '/ws/eclass/toolchain.eclass']]) });
  assert.deepEqual(inEclass, { file: '/ws/eclass/toolchain.eclass', line: 29 });
});

test('dependency problems land on the dependency line naming the atom, or the chain element the ebuild depends on', () => {
  const base = { ebuildPath: '/ws/x/y/y-1.ebuild', ebuildText: ECLASS_EBUILD };
  const masked = parseAll('!!! All ebuilds that could satisfy ">=dev-libs/openssl-3:0=" have been masked.\n- dev-libs/openssl-3.0::gentoo (masked by: ~amd64 keyword)\n')[0];
  assert.deepEqual(locate(masked, base), { file: base.ebuildPath, line: 10 });
  const indirect = parseAll('emerge: there are no ebuilds to satisfy "dev-libs/zzz".\n(dependency required by "app-misc/bar-2::gentoo" [ebuild])\n(dependency required by "x/y" [argument])\n')[0];
  assert.deepEqual(locate(indirect, base), { file: base.ebuildPath, line: 12 });
  const ru = parseAll('!!! The ebuild selected to satisfy "y" has unmet requirements.\n- x/y-1::r USE="dmd-2_098"\n\n  The following REQUIRED_USE flag constraints are unsatisfied:\n    amd64? ( !dmd-2_098 )\n')[0];
  assert.deepEqual(locate(ru, base), { file: base.ebuildPath, line: 7, endLine: 8 });
});

test('fetch failures land on SRC_URI; digest failures on the Manifest line', () => {
  const base = { ebuildPath: '/ws/x/y/y-1.ebuild', ebuildText: ECLASS_EBUILD, manifestText: 'DIST y-1.tar.gz 10 BLAKE2B aa SHA512 bb\nEBUILD y-1.ebuild 620 BLAKE2B cc\n' };
  const fetch = parseAll("!!! Couldn't download 'y-1-docs.tar.xz'. Aborting.\n")[0];
  assert.deepEqual(locate(fetch, base), { file: base.ebuildPath, line: 5 });
  const verify = parseAll('!!! Fetched file: y-1.tar.gz VERIFY FAILED!\n!!! Reason: Filesize does not match recorded size\n!!! Got: 9\n!!! Expected: 10\n')[0];
  assert.deepEqual(locate(verify, base), { file: '/ws/x/y/Manifest', line: 1 });
  const digest = parseAll('!!! Digest verification failed:\n!!! /ws/x/y/y-1.ebuild\n!!! Reason: Filesize does not match recorded size\n!!! Got: 664\n!!! Expected: 620\n')[0];
  assert.deepEqual(locate(digest, base), { file: '/ws/x/y/Manifest', line: 2 });
});

test('QA notices land in the ebuild; compiler diagnostics only carry a note', () => {
  const src = ebuild('dies');
  const qa = locate(first('portage/outputs/qa-notice-nocolor.txt', 'qa-notice'), src);
  assert.equal(qa.file, src.ebuildPath);
  assert.equal('line' in qa && qa.line, lineOf(src.ebuildText, 'src_install()'));
  const cd = locate(first('portage/outputs/compile-fail-nocolor.txt', 'compiler-diagnostic'), src);
  assert.equal(cd.file, undefined);
  assert.match(cd.note ?? '', /broken\.c:5/);
});

test('text helpers: functions, multi-line assignments, package names', () => {
  assert.deepEqual(findFunction(ECLASS_EBUILD, 'src_configure'), { start: 15, end: 18 });
  assert.deepEqual(findAssignment(ECLASS_EBUILD, 'DEPEND'), { start: 9, end: 10 });
  assert.deepEqual(findAssignment(ECLASS_EBUILD, 'BDEPEND'), { start: 13, end: 13 });
  assert.equal(packageName('>=app-misc/libfoo-1.0'), 'app-misc/libfoo');
  assert.equal(packageName('=dev-qt/qtgui-5.6.0_beta'), 'dev-qt/qtgui');
  assert.equal(packageName('dev-lang/python-exec[python_targets_python3_11(-)]'), 'dev-lang/python-exec');
  assert.equal(packageName('sci-libs/gsl-2.5:0/23::gentoo'), 'sci-libs/gsl');
  assert.equal(packageName('app-misc/foo-bar'), 'app-misc/foo-bar');
});

test("`The source directory … doesn't exist` lands on the S= line", () => {
  const ev = first('emerge/build-failure-02.txt', 'build-failure');
  const src = ebuild('broken');
  const loc = locate(ev, src);
  assert.equal('line' in loc && loc.line, lineOf(src.ebuildText, 'S="${WORKDIR}/${P}"'));
  assert.match(loc.note ?? '', /doesn't exist/);
});
