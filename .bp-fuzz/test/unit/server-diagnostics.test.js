"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_path = require("node:path");
var import_diagnostics = require("../../src/server/diagnostics");
var import_serverFixture = require("./serverFixture");
const HELLO = (0, import_node_path.join)(import_serverFixture.OVERLAY, "app-misc", "hello", "hello-1.1.ebuild");
const BASE = ['DESCRIPTION="x"', 'HOMEPAGE="https://example.org"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64"'];
async function findings(text, path = HELLO) {
  const { ctx } = await (0, import_serverFixture.analyse)(path, text);
  return (0, import_diagnostics.computeDiagnostics)(ctx).map((f) => ({ ...f, text: text.slice(f.span.start, f.span.end) }));
}
function codes(list) {
  return list.map((f) => f.code).sort();
}
(0, import_node_test.describe)("ebuild diagnostics", () => {
  (0, import_node_test.it)("a well-formed ebuild inheriting a master eclass has no findings", async () => {
    const text = (0, import_serverFixture.ebuild)([
      "inherit fancybuild myhelpers",
      ...BASE,
      'IUSE="ssl"',
      'RDEPEND="ssl? ( >=dev-libs/openssl-3:= ) dev-libs/libfoo[static-libs]"',
      "src_install() {",
      "	use ssl && my_greet ssl",
      "	use test && einfo tests",
      "	fancy_configure",
      "}"
    ]);
    import_strict.default.deepEqual(await findings(text), []);
  });
  (0, import_node_test.it)("a missing EAPI is a warning and an unknown EAPI an error on its value", async () => {
    import_strict.default.deepEqual(codes(await findings(BASE.join("\n"))), ["eapi-missing"]);
    const f = await findings(["EAPI=9", ...BASE].join("\n"));
    import_strict.default.equal(f[0].code, "eapi-unsupported");
    import_strict.default.equal(f[0].text, "9");
  });
  (0, import_node_test.it)("inherit of an eclass that no repository in the chain has points at its name", async () => {
    const f = await findings((0, import_serverFixture.ebuild)(["inherit fancybuild nosuch-eclass", ...BASE]));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["eclass-not-found", "nosuch-eclass"]]);
    import_strict.default.match(f[0].message, /my-overlay, gentoo/);
  });
  (0, import_node_test.it)("banned and deprecated helpers depend on the EAPI", async () => {
    const body = ["src_install() {", "	dohtml index.html", "	hasq foo bar", "	dosed s/a/b/ x", "}"];
    const eapi8 = await findings((0, import_serverFixture.ebuild)([...BASE, ...body]));
    import_strict.default.deepEqual(eapi8.map((x) => [x.code, x.text]).sort(), [["banned-function", "dohtml"], ["banned-function", "dosed"], ["banned-function", "hasq"]]);
    const eapi6 = await findings(["EAPI=6", ...BASE, ...body].join("\n"));
    import_strict.default.deepEqual(eapi6.map((x) => [x.code, x.text]).sort(), [["banned-function", "dosed"], ["deprecated-function", "dohtml"], ["deprecated-function", "hasq"]]);
  });
  (0, import_node_test.it)("a helper newer than the EAPI is reported", async () => {
    const f = await findings(["EAPI=5", ...BASE, "src_prepare() {", '	eapply "${FILESDIR}"/x.patch', "}"].join("\n"));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["function-not-in-eapi", "eapply"]]);
  });
  (0, import_node_test.it)("a phase function the EAPI does not have, and a misspelt phase", async () => {
    const f = await findings(["EAPI=1", ...BASE.filter((l) => !l.startsWith("KEYWORDS")), "src_configure() { :; }", "src_compil() { :; }"].join("\n"));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["phase-not-in-eapi", "src_configure"], ["unknown-phase", "src_compil"]]);
  });
  (0, import_node_test.it)("use, usex, use_enable and use_with on a flag not in IUSE; eclass IUSE counts", async () => {
    const text = (0, import_serverFixture.ebuild)([
      "inherit fancybuild",
      ...BASE,
      'IUSE="ssl"',
      "src_configure() {",
      "	fancy_configure $(use_enable ssl) $(use_with gtk) $(usex doc yes no)",
      "	use test && use !ssl && use amd64 && use python_targets_python3_12",
      "}"
    ]);
    const f = await findings(text);
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["flag-not-in-iuse", "gtk"], ["flag-not-in-iuse", "doc"]]);
  });
  (0, import_node_test.it)("KEYWORDS with an arch missing from arch.list", async () => {
    const f = await findings((0, import_serverFixture.ebuild)(['DESCRIPTION="x"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64 arm64 -x86 ~sparc -*"']));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["unknown-keyword", "~sparc"]]);
  });
  (0, import_node_test.it)("missing SLOT and DESCRIPTION are errors unless an inherited eclass sets them", async () => {
    const f = await findings((0, import_serverFixture.ebuild)(['LICENSE="MIT"']));
    import_strict.default.deepEqual(codes(f), ["missing-variable", "missing-variable"]);
    import_strict.default.ok(f.some((x) => x.message.startsWith("SLOT")) && f.some((x) => x.message.startsWith("DESCRIPTION")));
    import_strict.default.deepEqual(await findings((0, import_serverFixture.ebuild)(["inherit virtualpkg"])), []);
  });
  (0, import_node_test.it)("LICENSE names must exist in licenses/ of the repository or its masters", async () => {
    const f = await findings((0, import_serverFixture.ebuild)(['DESCRIPTION="x"', 'SLOT="0"', 'LICENSE="|| ( MIT my-licence ) ssl? ( GPL-3 )"', 'IUSE="ssl"']));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["unknown-license", "GPL-3"]]);
  });
  (0, import_node_test.it)("dependency strings: bad atoms, unbalanced groups, conditional flags", async () => {
    const f = await findings((0, import_serverFixture.ebuild)([
      ...BASE,
      'IUSE="ssl"',
      'RDEPEND="dev-libs/openssl-3.0 >=dev-libs/libfoo ssl? ( dev-libs/libfoo[ssl?] ) gtk? ( app-misc/x )',
      '	dev-libs/a:0/1= ~dev-libs/b-1.0-r1 =dev-libs/c-1* sys-apps/d::gentoo ( dev-libs/e"'
    ]));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [
      ["bad-atom", "dev-libs/openssl-3.0"],
      ["bad-atom", ">=dev-libs/libfoo"],
      ["flag-not-in-iuse", "gtk?"],
      ["bad-atom", "~dev-libs/b-1.0-r1"],
      ["bad-atom", "sys-apps/d::gentoo"],
      ["bad-dependency", "dev-libs/e"]
    ]);
    import_strict.default.match(f[f.length - 1].message, /never closed/);
  });
  (0, import_node_test.it)("REQUIRED_USE may only name flags in IUSE", async () => {
    const f = await findings((0, import_serverFixture.ebuild)(["inherit fancybuild", ...BASE, 'IUSE="ssl gtk"', 'REQUIRED_USE="|| ( ssl gtk ) ^^ ( test qt5 ) doc? ( ssl )"']));
    import_strict.default.deepEqual(f.map((x) => [x.code, x.text]), [["flag-not-in-iuse", "qt5"], ["flag-not-in-iuse", "doc?"]]);
  });
  (0, import_node_test.it)("an unterminated heredoc and unbalanced braces are syntax findings, not crashes", async () => {
    const heredoc = await findings((0, import_serverFixture.ebuild)([...BASE, "src_install() {", "	cat > x <<-EOF", "	hello", "}"]));
    import_strict.default.ok(heredoc.some((x) => x.code === "bash-syntax"), JSON.stringify(heredoc));
    const braces = await findings((0, import_serverFixture.ebuild)([...BASE, "src_install() {", "	if true; then", "		default", "	fi"]));
    import_strict.default.ok(braces.some((x) => x.code === "bash-syntax" && /missing|syntax/.test(x.message)), JSON.stringify(braces));
  });
  (0, import_node_test.it)("a broken metadata.xml is reported on the ebuild", async () => {
    const path = (0, import_node_path.join)(import_serverFixture.OVERLAY, "app-misc", "broken-meta", "broken-meta-1.0.ebuild");
    const f = await findings((0, import_serverFixture.ebuild)([...BASE]), path);
    import_strict.default.deepEqual(codes(f), ["metadata-xml-broken"]);
    import_strict.default.match(f[0].message, /metadata\.xml does not parse \(line \d+/);
  });
  (0, import_node_test.it)("binary and oversized content is refused with a reason", () => {
    import_strict.default.match((0, import_diagnostics.contentProblem)("EAPI=8\0", 1e3) ?? "", /binary/);
    import_strict.default.match((0, import_diagnostics.contentProblem)("x".repeat(2e3), 1e3) ?? "", /over the/);
    import_strict.default.equal((0, import_diagnostics.contentProblem)((0, import_serverFixture.ebuild)(BASE), 1e3), void 0);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3NlcnZlci1kaWFnbm9zdGljcy50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBjb21wdXRlRGlhZ25vc3RpY3MsIGNvbnRlbnRQcm9ibGVtIH0gZnJvbSAnLi4vLi4vc3JjL3NlcnZlci9kaWFnbm9zdGljcyc7XG5pbXBvcnQgeyBhbmFseXNlLCBlYnVpbGQsIE9WRVJMQVkgfSBmcm9tICcuL3NlcnZlckZpeHR1cmUnO1xuXG5jb25zdCBIRUxMTyA9IGpvaW4oT1ZFUkxBWSwgJ2FwcC1taXNjJywgJ2hlbGxvJywgJ2hlbGxvLTEuMS5lYnVpbGQnKTtcbmNvbnN0IEJBU0UgPSBbJ0RFU0NSSVBUSU9OPVwieFwiJywgJ0hPTUVQQUdFPVwiaHR0cHM6Ly9leGFtcGxlLm9yZ1wiJywgJ0xJQ0VOU0U9XCJNSVRcIicsICdTTE9UPVwiMFwiJywgJ0tFWVdPUkRTPVwifmFtZDY0XCInXTtcblxuYXN5bmMgZnVuY3Rpb24gZmluZGluZ3ModGV4dDogc3RyaW5nLCBwYXRoID0gSEVMTE8pIHtcbiAgY29uc3QgeyBjdHggfSA9IGF3YWl0IGFuYWx5c2UocGF0aCwgdGV4dCk7XG4gIHJldHVybiBjb21wdXRlRGlhZ25vc3RpY3MoY3R4KS5tYXAoKGYpID0+ICh7IC4uLmYsIHRleHQ6IHRleHQuc2xpY2UoZi5zcGFuLnN0YXJ0LCBmLnNwYW4uZW5kKSB9KSk7XG59XG5cbmZ1bmN0aW9uIGNvZGVzKGxpc3Q6IHsgY29kZTogc3RyaW5nIH1bXSk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIGxpc3QubWFwKChmKSA9PiBmLmNvZGUpLnNvcnQoKTtcbn1cblxuZGVzY3JpYmUoJ2VidWlsZCBkaWFnbm9zdGljcycsICgpID0+IHtcbiAgaXQoJ2Egd2VsbC1mb3JtZWQgZWJ1aWxkIGluaGVyaXRpbmcgYSBtYXN0ZXIgZWNsYXNzIGhhcyBubyBmaW5kaW5ncycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCB0ZXh0ID0gZWJ1aWxkKFsnaW5oZXJpdCBmYW5jeWJ1aWxkIG15aGVscGVycycsIC4uLkJBU0UsICdJVVNFPVwic3NsXCInLCAnUkRFUEVORD1cInNzbD8gKCA+PWRldi1saWJzL29wZW5zc2wtMzo9ICkgZGV2LWxpYnMvbGliZm9vW3N0YXRpYy1saWJzXVwiJyxcbiAgICAgICdzcmNfaW5zdGFsbCgpIHsnLCAnXFx0dXNlIHNzbCAmJiBteV9ncmVldCBzc2wnLCAnXFx0dXNlIHRlc3QgJiYgZWluZm8gdGVzdHMnLCAnXFx0ZmFuY3lfY29uZmlndXJlJywgJ30nXSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCBmaW5kaW5ncyh0ZXh0KSwgW10pO1xuICB9KTtcblxuICBpdCgnYSBtaXNzaW5nIEVBUEkgaXMgYSB3YXJuaW5nIGFuZCBhbiB1bmtub3duIEVBUEkgYW4gZXJyb3Igb24gaXRzIHZhbHVlJywgYXN5bmMgKCkgPT4ge1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY29kZXMoYXdhaXQgZmluZGluZ3MoQkFTRS5qb2luKCdcXG4nKSkpLCBbJ2VhcGktbWlzc2luZyddKTtcbiAgICBjb25zdCBmID0gYXdhaXQgZmluZGluZ3MoWydFQVBJPTknLCAuLi5CQVNFXS5qb2luKCdcXG4nKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGZbMF0uY29kZSwgJ2VhcGktdW5zdXBwb3J0ZWQnKTtcbiAgICBhc3NlcnQuZXF1YWwoZlswXS50ZXh0LCAnOScpO1xuICB9KTtcblxuICBpdCgnaW5oZXJpdCBvZiBhbiBlY2xhc3MgdGhhdCBubyByZXBvc2l0b3J5IGluIHRoZSBjaGFpbiBoYXMgcG9pbnRzIGF0IGl0cyBuYW1lJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGYgPSBhd2FpdCBmaW5kaW5ncyhlYnVpbGQoWydpbmhlcml0IGZhbmN5YnVpbGQgbm9zdWNoLWVjbGFzcycsIC4uLkJBU0VdKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmLm1hcCgoeCkgPT4gW3guY29kZSwgeC50ZXh0XSksIFtbJ2VjbGFzcy1ub3QtZm91bmQnLCAnbm9zdWNoLWVjbGFzcyddXSk7XG4gICAgYXNzZXJ0Lm1hdGNoKGZbMF0ubWVzc2FnZSwgL215LW92ZXJsYXksIGdlbnRvby8pO1xuICB9KTtcblxuICBpdCgnYmFubmVkIGFuZCBkZXByZWNhdGVkIGhlbHBlcnMgZGVwZW5kIG9uIHRoZSBFQVBJJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGJvZHkgPSBbJ3NyY19pbnN0YWxsKCkgeycsICdcXHRkb2h0bWwgaW5kZXguaHRtbCcsICdcXHRoYXNxIGZvbyBiYXInLCAnXFx0ZG9zZWQgcy9hL2IvIHgnLCAnfSddO1xuICAgIGNvbnN0IGVhcGk4ID0gYXdhaXQgZmluZGluZ3MoZWJ1aWxkKFsuLi5CQVNFLCAuLi5ib2R5XSkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZWFwaTgubWFwKCh4KSA9PiBbeC5jb2RlLCB4LnRleHRdKS5zb3J0KCksIFtbJ2Jhbm5lZC1mdW5jdGlvbicsICdkb2h0bWwnXSwgWydiYW5uZWQtZnVuY3Rpb24nLCAnZG9zZWQnXSwgWydiYW5uZWQtZnVuY3Rpb24nLCAnaGFzcSddXSk7XG4gICAgY29uc3QgZWFwaTYgPSBhd2FpdCBmaW5kaW5ncyhbJ0VBUEk9NicsIC4uLkJBU0UsIC4uLmJvZHldLmpvaW4oJ1xcbicpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGVhcGk2Lm1hcCgoeCkgPT4gW3guY29kZSwgeC50ZXh0XSkuc29ydCgpLCBbWydiYW5uZWQtZnVuY3Rpb24nLCAnZG9zZWQnXSwgWydkZXByZWNhdGVkLWZ1bmN0aW9uJywgJ2RvaHRtbCddLCBbJ2RlcHJlY2F0ZWQtZnVuY3Rpb24nLCAnaGFzcSddXSk7XG4gIH0pO1xuXG4gIGl0KCdhIGhlbHBlciBuZXdlciB0aGFuIHRoZSBFQVBJIGlzIHJlcG9ydGVkJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGYgPSBhd2FpdCBmaW5kaW5ncyhbJ0VBUEk9NScsIC4uLkJBU0UsICdzcmNfcHJlcGFyZSgpIHsnLCAnXFx0ZWFwcGx5IFwiJHtGSUxFU0RJUn1cIi94LnBhdGNoJywgJ30nXS5qb2luKCdcXG4nKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmLm1hcCgoeCkgPT4gW3guY29kZSwgeC50ZXh0XSksIFtbJ2Z1bmN0aW9uLW5vdC1pbi1lYXBpJywgJ2VhcHBseSddXSk7XG4gIH0pO1xuXG4gIGl0KCdhIHBoYXNlIGZ1bmN0aW9uIHRoZSBFQVBJIGRvZXMgbm90IGhhdmUsIGFuZCBhIG1pc3NwZWx0IHBoYXNlJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGYgPSBhd2FpdCBmaW5kaW5ncyhbJ0VBUEk9MScsIC4uLkJBU0UuZmlsdGVyKChsKSA9PiAhbC5zdGFydHNXaXRoKCdLRVlXT1JEUycpKSwgJ3NyY19jb25maWd1cmUoKSB7IDo7IH0nLCAnc3JjX2NvbXBpbCgpIHsgOjsgfSddLmpvaW4oJ1xcbicpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGYubWFwKCh4KSA9PiBbeC5jb2RlLCB4LnRleHRdKSwgW1sncGhhc2Utbm90LWluLWVhcGknLCAnc3JjX2NvbmZpZ3VyZSddLCBbJ3Vua25vd24tcGhhc2UnLCAnc3JjX2NvbXBpbCddXSk7XG4gIH0pO1xuXG4gIGl0KCd1c2UsIHVzZXgsIHVzZV9lbmFibGUgYW5kIHVzZV93aXRoIG9uIGEgZmxhZyBub3QgaW4gSVVTRTsgZWNsYXNzIElVU0UgY291bnRzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSBlYnVpbGQoWydpbmhlcml0IGZhbmN5YnVpbGQnLCAuLi5CQVNFLCAnSVVTRT1cInNzbFwiJywgJ3NyY19jb25maWd1cmUoKSB7JyxcbiAgICAgICdcXHRmYW5jeV9jb25maWd1cmUgJCh1c2VfZW5hYmxlIHNzbCkgJCh1c2Vfd2l0aCBndGspICQodXNleCBkb2MgeWVzIG5vKScsICdcXHR1c2UgdGVzdCAmJiB1c2UgIXNzbCAmJiB1c2UgYW1kNjQgJiYgdXNlIHB5dGhvbl90YXJnZXRzX3B5dGhvbjNfMTInLCAnfSddKTtcbiAgICBjb25zdCBmID0gYXdhaXQgZmluZGluZ3ModGV4dCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmLm1hcCgoeCkgPT4gW3guY29kZSwgeC50ZXh0XSksIFtbJ2ZsYWctbm90LWluLWl1c2UnLCAnZ3RrJ10sIFsnZmxhZy1ub3QtaW4taXVzZScsICdkb2MnXV0pO1xuICB9KTtcblxuICBpdCgnS0VZV09SRFMgd2l0aCBhbiBhcmNoIG1pc3NpbmcgZnJvbSBhcmNoLmxpc3QnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgZiA9IGF3YWl0IGZpbmRpbmdzKGVidWlsZChbJ0RFU0NSSVBUSU9OPVwieFwiJywgJ0xJQ0VOU0U9XCJNSVRcIicsICdTTE9UPVwiMFwiJywgJ0tFWVdPUkRTPVwifmFtZDY0IGFybTY0IC14ODYgfnNwYXJjIC0qXCInXSkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZi5tYXAoKHgpID0+IFt4LmNvZGUsIHgudGV4dF0pLCBbWyd1bmtub3duLWtleXdvcmQnLCAnfnNwYXJjJ11dKTtcbiAgfSk7XG5cbiAgaXQoJ21pc3NpbmcgU0xPVCBhbmQgREVTQ1JJUFRJT04gYXJlIGVycm9ycyB1bmxlc3MgYW4gaW5oZXJpdGVkIGVjbGFzcyBzZXRzIHRoZW0nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgZiA9IGF3YWl0IGZpbmRpbmdzKGVidWlsZChbJ0xJQ0VOU0U9XCJNSVRcIiddKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChjb2RlcyhmKSwgWydtaXNzaW5nLXZhcmlhYmxlJywgJ21pc3NpbmctdmFyaWFibGUnXSk7XG4gICAgYXNzZXJ0Lm9rKGYuc29tZSgoeCkgPT4geC5tZXNzYWdlLnN0YXJ0c1dpdGgoJ1NMT1QnKSkgJiYgZi5zb21lKCh4KSA9PiB4Lm1lc3NhZ2Uuc3RhcnRzV2l0aCgnREVTQ1JJUFRJT04nKSkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgZmluZGluZ3MoZWJ1aWxkKFsnaW5oZXJpdCB2aXJ0dWFscGtnJ10pKSwgW10pO1xuICB9KTtcblxuICBpdCgnTElDRU5TRSBuYW1lcyBtdXN0IGV4aXN0IGluIGxpY2Vuc2VzLyBvZiB0aGUgcmVwb3NpdG9yeSBvciBpdHMgbWFzdGVycycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBmID0gYXdhaXQgZmluZGluZ3MoZWJ1aWxkKFsnREVTQ1JJUFRJT049XCJ4XCInLCAnU0xPVD1cIjBcIicsICdMSUNFTlNFPVwifHwgKCBNSVQgbXktbGljZW5jZSApIHNzbD8gKCBHUEwtMyApXCInLCAnSVVTRT1cInNzbFwiJ10pKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGYubWFwKCh4KSA9PiBbeC5jb2RlLCB4LnRleHRdKSwgW1sndW5rbm93bi1saWNlbnNlJywgJ0dQTC0zJ11dKTtcbiAgfSk7XG5cbiAgaXQoJ2RlcGVuZGVuY3kgc3RyaW5nczogYmFkIGF0b21zLCB1bmJhbGFuY2VkIGdyb3VwcywgY29uZGl0aW9uYWwgZmxhZ3MnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgZiA9IGF3YWl0IGZpbmRpbmdzKGVidWlsZChbLi4uQkFTRSwgJ0lVU0U9XCJzc2xcIicsICdSREVQRU5EPVwiZGV2LWxpYnMvb3BlbnNzbC0zLjAgPj1kZXYtbGlicy9saWJmb28gc3NsPyAoIGRldi1saWJzL2xpYmZvb1tzc2w/XSApIGd0az8gKCBhcHAtbWlzYy94ICknLFxuICAgICAgJ1xcdGRldi1saWJzL2E6MC8xPSB+ZGV2LWxpYnMvYi0xLjAtcjEgPWRldi1saWJzL2MtMSogc3lzLWFwcHMvZDo6Z2VudG9vICggZGV2LWxpYnMvZVwiJ10pKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGYubWFwKCh4KSA9PiBbeC5jb2RlLCB4LnRleHRdKSwgW1xuICAgICAgWydiYWQtYXRvbScsICdkZXYtbGlicy9vcGVuc3NsLTMuMCddLCBbJ2JhZC1hdG9tJywgJz49ZGV2LWxpYnMvbGliZm9vJ10sIFsnZmxhZy1ub3QtaW4taXVzZScsICdndGs/J10sXG4gICAgICBbJ2JhZC1hdG9tJywgJ35kZXYtbGlicy9iLTEuMC1yMSddLCBbJ2JhZC1hdG9tJywgJ3N5cy1hcHBzL2Q6OmdlbnRvbyddLCBbJ2JhZC1kZXBlbmRlbmN5JywgJ2Rldi1saWJzL2UnXSxcbiAgICBdKTtcbiAgICBhc3NlcnQubWF0Y2goZltmLmxlbmd0aCAtIDFdLm1lc3NhZ2UsIC9uZXZlciBjbG9zZWQvKTtcbiAgfSk7XG5cbiAgaXQoJ1JFUVVJUkVEX1VTRSBtYXkgb25seSBuYW1lIGZsYWdzIGluIElVU0UnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgZiA9IGF3YWl0IGZpbmRpbmdzKGVidWlsZChbJ2luaGVyaXQgZmFuY3lidWlsZCcsIC4uLkJBU0UsICdJVVNFPVwic3NsIGd0a1wiJywgJ1JFUVVJUkVEX1VTRT1cInx8ICggc3NsIGd0ayApIF5eICggdGVzdCBxdDUgKSBkb2M/ICggc3NsIClcIiddKSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChmLm1hcCgoeCkgPT4gW3guY29kZSwgeC50ZXh0XSksIFtbJ2ZsYWctbm90LWluLWl1c2UnLCAncXQ1J10sIFsnZmxhZy1ub3QtaW4taXVzZScsICdkb2M/J11dKTtcbiAgfSk7XG5cbiAgaXQoJ2FuIHVudGVybWluYXRlZCBoZXJlZG9jIGFuZCB1bmJhbGFuY2VkIGJyYWNlcyBhcmUgc3ludGF4IGZpbmRpbmdzLCBub3QgY3Jhc2hlcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBoZXJlZG9jID0gYXdhaXQgZmluZGluZ3MoZWJ1aWxkKFsuLi5CQVNFLCAnc3JjX2luc3RhbGwoKSB7JywgJ1xcdGNhdCA+IHggPDwtRU9GJywgJ1xcdGhlbGxvJywgJ30nXSkpO1xuICAgIGFzc2VydC5vayhoZXJlZG9jLnNvbWUoKHgpID0+IHguY29kZSA9PT0gJ2Jhc2gtc3ludGF4JyksIEpTT04uc3RyaW5naWZ5KGhlcmVkb2MpKTtcbiAgICBjb25zdCBicmFjZXMgPSBhd2FpdCBmaW5kaW5ncyhlYnVpbGQoWy4uLkJBU0UsICdzcmNfaW5zdGFsbCgpIHsnLCAnXFx0aWYgdHJ1ZTsgdGhlbicsICdcXHRcXHRkZWZhdWx0JywgJ1xcdGZpJ10pKTtcbiAgICBhc3NlcnQub2soYnJhY2VzLnNvbWUoKHgpID0+IHguY29kZSA9PT0gJ2Jhc2gtc3ludGF4JyAmJiAvbWlzc2luZ3xzeW50YXgvLnRlc3QoeC5tZXNzYWdlKSksIEpTT04uc3RyaW5naWZ5KGJyYWNlcykpO1xuICB9KTtcblxuICBpdCgnYSBicm9rZW4gbWV0YWRhdGEueG1sIGlzIHJlcG9ydGVkIG9uIHRoZSBlYnVpbGQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcGF0aCA9IGpvaW4oT1ZFUkxBWSwgJ2FwcC1taXNjJywgJ2Jyb2tlbi1tZXRhJywgJ2Jyb2tlbi1tZXRhLTEuMC5lYnVpbGQnKTtcbiAgICBjb25zdCBmID0gYXdhaXQgZmluZGluZ3MoZWJ1aWxkKFsuLi5CQVNFXSksIHBhdGgpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY29kZXMoZiksIFsnbWV0YWRhdGEteG1sLWJyb2tlbiddKTtcbiAgICBhc3NlcnQubWF0Y2goZlswXS5tZXNzYWdlLCAvbWV0YWRhdGFcXC54bWwgZG9lcyBub3QgcGFyc2UgXFwobGluZSBcXGQrLyk7XG4gIH0pO1xuXG4gIGl0KCdiaW5hcnkgYW5kIG92ZXJzaXplZCBjb250ZW50IGlzIHJlZnVzZWQgd2l0aCBhIHJlYXNvbicsICgpID0+IHtcbiAgICBhc3NlcnQubWF0Y2goY29udGVudFByb2JsZW0oJ0VBUEk9OFxcdTAwMDBcXHUwMDAxJywgMTAwMCkgPz8gJycsIC9iaW5hcnkvKTtcbiAgICBhc3NlcnQubWF0Y2goY29udGVudFByb2JsZW0oJ3gnLnJlcGVhdCgyMDAwKSwgMTAwMCkgPz8gJycsIC9vdmVyIHRoZS8pO1xuICAgIGFzc2VydC5lcXVhbChjb250ZW50UHJvYmxlbShlYnVpbGQoQkFTRSksIDEwMDApLCB1bmRlZmluZWQpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1QkFBNkI7QUFDN0Isb0JBQW1CO0FBQ25CLHVCQUFxQjtBQUNyQix5QkFBbUQ7QUFDbkQsMkJBQXlDO0FBRXpDLE1BQU0sWUFBUSx1QkFBSyw4QkFBUyxZQUFZLFNBQVMsa0JBQWtCO0FBQ25FLE1BQU0sT0FBTyxDQUFDLG1CQUFtQixrQ0FBa0MsaUJBQWlCLFlBQVksbUJBQW1CO0FBRW5ILGVBQWUsU0FBUyxNQUFjLE9BQU8sT0FBTztBQUNsRCxRQUFNLEVBQUUsSUFBSSxJQUFJLFVBQU0sOEJBQVEsTUFBTSxJQUFJO0FBQ3hDLGFBQU8sdUNBQW1CLEdBQUcsRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLEdBQUcsR0FBRyxNQUFNLEtBQUssTUFBTSxFQUFFLEtBQUssT0FBTyxFQUFFLEtBQUssR0FBRyxFQUFFLEVBQUU7QUFDbEc7QUFFQSxTQUFTLE1BQU0sTUFBb0M7QUFDakQsU0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUs7QUFDdEM7QUFBQSxJQUVBLDJCQUFTLHNCQUFzQixNQUFNO0FBQ25DLDJCQUFHLG1FQUFtRSxZQUFZO0FBQ2hGLFVBQU0sV0FBTyw2QkFBTztBQUFBLE1BQUM7QUFBQSxNQUFnQyxHQUFHO0FBQUEsTUFBTTtBQUFBLE1BQWM7QUFBQSxNQUMxRTtBQUFBLE1BQW1CO0FBQUEsTUFBNkI7QUFBQSxNQUE2QjtBQUFBLE1BQXFCO0FBQUEsSUFBRyxDQUFDO0FBQ3hHLGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxTQUFTLElBQUksR0FBRyxDQUFDLENBQUM7QUFBQSxFQUMzQyxDQUFDO0FBRUQsMkJBQUcseUVBQXlFLFlBQVk7QUFDdEYsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLE1BQU0sU0FBUyxLQUFLLEtBQUssSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLGNBQWMsQ0FBQztBQUN6RSxVQUFNLElBQUksTUFBTSxTQUFTLENBQUMsVUFBVSxHQUFHLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQztBQUN2RCxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sa0JBQWtCO0FBQzFDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxDQUFDLEVBQUUsTUFBTSxHQUFHO0FBQUEsRUFDN0IsQ0FBQztBQUVELDJCQUFHLCtFQUErRSxZQUFZO0FBQzVGLFVBQU0sSUFBSSxNQUFNLGFBQVMsNkJBQU8sQ0FBQyxvQ0FBb0MsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUM5RSxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsb0JBQW9CLGVBQWUsQ0FBQyxDQUFDO0FBQ3hGLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxDQUFDLEVBQUUsU0FBUyxvQkFBb0I7QUFBQSxFQUNqRCxDQUFDO0FBRUQsMkJBQUcsb0RBQW9ELFlBQVk7QUFDakUsVUFBTSxPQUFPLENBQUMsbUJBQW1CLHNCQUF1QixpQkFBa0IsbUJBQW9CLEdBQUc7QUFDakcsVUFBTSxRQUFRLE1BQU0sYUFBUyw2QkFBTyxDQUFDLEdBQUcsTUFBTSxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQ3ZELGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLENBQUMsbUJBQW1CLFFBQVEsR0FBRyxDQUFDLG1CQUFtQixPQUFPLEdBQUcsQ0FBQyxtQkFBbUIsTUFBTSxDQUFDLENBQUM7QUFDdEosVUFBTSxRQUFRLE1BQU0sU0FBUyxDQUFDLFVBQVUsR0FBRyxNQUFNLEdBQUcsSUFBSSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQ3BFLGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLENBQUMsbUJBQW1CLE9BQU8sR0FBRyxDQUFDLHVCQUF1QixRQUFRLEdBQUcsQ0FBQyx1QkFBdUIsTUFBTSxDQUFDLENBQUM7QUFBQSxFQUNoSyxDQUFDO0FBRUQsMkJBQUcsNENBQTRDLFlBQVk7QUFDekQsVUFBTSxJQUFJLE1BQU0sU0FBUyxDQUFDLFVBQVUsR0FBRyxNQUFNLG1CQUFtQixpQ0FBa0MsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQ2pILGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyx3QkFBd0IsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN2RixDQUFDO0FBRUQsMkJBQUcsaUVBQWlFLFlBQVk7QUFDOUUsVUFBTSxJQUFJLE1BQU0sU0FBUyxDQUFDLFVBQVUsR0FBRyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLFVBQVUsQ0FBQyxHQUFHLDBCQUEwQixxQkFBcUIsRUFBRSxLQUFLLElBQUksQ0FBQztBQUNqSixrQkFBQUEsUUFBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMscUJBQXFCLGVBQWUsR0FBRyxDQUFDLGlCQUFpQixZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzVILENBQUM7QUFFRCwyQkFBRyxnRkFBZ0YsWUFBWTtBQUM3RixVQUFNLFdBQU8sNkJBQU87QUFBQSxNQUFDO0FBQUEsTUFBc0IsR0FBRztBQUFBLE1BQU07QUFBQSxNQUFjO0FBQUEsTUFDaEU7QUFBQSxNQUEwRTtBQUFBLE1BQXdFO0FBQUEsSUFBRyxDQUFDO0FBQ3hKLFVBQU0sSUFBSSxNQUFNLFNBQVMsSUFBSTtBQUM3QixrQkFBQUEsUUFBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsb0JBQW9CLEtBQUssR0FBRyxDQUFDLG9CQUFvQixLQUFLLENBQUMsQ0FBQztBQUFBLEVBQzdHLENBQUM7QUFFRCwyQkFBRyxnREFBZ0QsWUFBWTtBQUM3RCxVQUFNLElBQUksTUFBTSxhQUFTLDZCQUFPLENBQUMsbUJBQW1CLGlCQUFpQixZQUFZLHdDQUF3QyxDQUFDLENBQUM7QUFDM0gsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLG1CQUFtQixRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ2xGLENBQUM7QUFFRCwyQkFBRyxnRkFBZ0YsWUFBWTtBQUM3RixVQUFNLElBQUksTUFBTSxhQUFTLDZCQUFPLENBQUMsZUFBZSxDQUFDLENBQUM7QUFDbEQsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLENBQUMsR0FBRyxDQUFDLG9CQUFvQixrQkFBa0IsQ0FBQztBQUNuRSxrQkFBQUEsUUFBTyxHQUFHLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxRQUFRLFdBQVcsTUFBTSxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLFFBQVEsV0FBVyxhQUFhLENBQUMsQ0FBQztBQUMzRyxrQkFBQUEsUUFBTyxVQUFVLE1BQU0sYUFBUyw2QkFBTyxDQUFDLG9CQUFvQixDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNyRSxDQUFDO0FBRUQsMkJBQUcsMEVBQTBFLFlBQVk7QUFDdkYsVUFBTSxJQUFJLE1BQU0sYUFBUyw2QkFBTyxDQUFDLG1CQUFtQixZQUFZLGtEQUFrRCxZQUFZLENBQUMsQ0FBQztBQUNoSSxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsbUJBQW1CLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDakYsQ0FBQztBQUVELDJCQUFHLHVFQUF1RSxZQUFZO0FBQ3BGLFVBQU0sSUFBSSxNQUFNLGFBQVMsNkJBQU87QUFBQSxNQUFDLEdBQUc7QUFBQSxNQUFNO0FBQUEsTUFBYztBQUFBLE1BQ3REO0FBQUEsSUFBc0YsQ0FBQyxDQUFDO0FBQzFGLGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHO0FBQUEsTUFDL0MsQ0FBQyxZQUFZLHNCQUFzQjtBQUFBLE1BQUcsQ0FBQyxZQUFZLG1CQUFtQjtBQUFBLE1BQUcsQ0FBQyxvQkFBb0IsTUFBTTtBQUFBLE1BQ3BHLENBQUMsWUFBWSxvQkFBb0I7QUFBQSxNQUFHLENBQUMsWUFBWSxvQkFBb0I7QUFBQSxNQUFHLENBQUMsa0JBQWtCLFlBQVk7QUFBQSxJQUN6RyxDQUFDO0FBQ0Qsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEVBQUUsU0FBUyxDQUFDLEVBQUUsU0FBUyxjQUFjO0FBQUEsRUFDdEQsQ0FBQztBQUVELDJCQUFHLDRDQUE0QyxZQUFZO0FBQ3pELFVBQU0sSUFBSSxNQUFNLGFBQVMsNkJBQU8sQ0FBQyxzQkFBc0IsR0FBRyxNQUFNLGtCQUFrQiw0REFBNEQsQ0FBQyxDQUFDO0FBQ2hKLGtCQUFBQSxRQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxvQkFBb0IsS0FBSyxHQUFHLENBQUMsb0JBQW9CLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDOUcsQ0FBQztBQUVELDJCQUFHLGtGQUFrRixZQUFZO0FBQy9GLFVBQU0sVUFBVSxNQUFNLGFBQVMsNkJBQU8sQ0FBQyxHQUFHLE1BQU0sbUJBQW1CLG1CQUFvQixVQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQ3ZHLGtCQUFBQSxRQUFPLEdBQUcsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsYUFBYSxHQUFHLEtBQUssVUFBVSxPQUFPLENBQUM7QUFDaEYsVUFBTSxTQUFTLE1BQU0sYUFBUyw2QkFBTyxDQUFDLEdBQUcsTUFBTSxtQkFBbUIsa0JBQW1CLGFBQWUsS0FBTSxDQUFDLENBQUM7QUFDNUcsa0JBQUFBLFFBQU8sR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxpQkFBaUIsaUJBQWlCLEtBQUssRUFBRSxPQUFPLENBQUMsR0FBRyxLQUFLLFVBQVUsTUFBTSxDQUFDO0FBQUEsRUFDcEgsQ0FBQztBQUVELDJCQUFHLG1EQUFtRCxZQUFZO0FBQ2hFLFVBQU0sV0FBTyx1QkFBSyw4QkFBUyxZQUFZLGVBQWUsd0JBQXdCO0FBQzlFLFVBQU0sSUFBSSxNQUFNLGFBQVMsNkJBQU8sQ0FBQyxHQUFHLElBQUksQ0FBQyxHQUFHLElBQUk7QUFDaEQsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLENBQUMsR0FBRyxDQUFDLHFCQUFxQixDQUFDO0FBQ2xELGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxDQUFDLEVBQUUsU0FBUyx5Q0FBeUM7QUFBQSxFQUN0RSxDQUFDO0FBRUQsMkJBQUcseURBQXlELE1BQU07QUFDaEUsa0JBQUFBLFFBQU8sVUFBTSxtQ0FBZSxhQUFzQixHQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3ZFLGtCQUFBQSxRQUFPLFVBQU0sbUNBQWUsSUFBSSxPQUFPLEdBQUksR0FBRyxHQUFJLEtBQUssSUFBSSxVQUFVO0FBQ3JFLGtCQUFBQSxRQUFPLFVBQU0sdUNBQWUsNkJBQU8sSUFBSSxHQUFHLEdBQUksR0FBRyxNQUFTO0FBQUEsRUFDNUQsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
