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
var import_requiredUse = require("../../src/core/requiredUse");
var import_useMatrix = require("../../src/core/useMatrix");
var import_userError = require("../../src/core/userError");
const use = (on, all) => new Map(all.split(" ").map((f) => [f, on.split(" ").includes(f)]));
function* assignments(flags) {
  for (let bits = 0; bits < 1 << flags.length; bits++) yield new Map(flags.map((f, i) => [f, Boolean(bits & 1 << i)]));
}
(0, import_node_test.describe)("REQUIRED_USE", () => {
  (0, import_node_test.test)("each operator means what PMS says", () => {
    const all = "a b c";
    const cases = [
      ["|| ( a b )", "", false],
      ["|| ( a b )", "b", true],
      ["^^ ( a b c )", "a b", false],
      ["^^ ( a b c )", "c", true],
      ["^^ ( a b c )", "", false],
      ["?? ( a b )", "", true],
      ["?? ( a b )", "a b", false],
      ["?? ( a b )", "a", true],
      ["a? ( b )", "a", false],
      ["a? ( b )", "", true],
      ["a? ( b )", "a b", true],
      ["!a? ( b )", "", false],
      ["!a? ( b )", "b", true],
      ["!a? ( b )", "a", true],
      ["a? ( !b c )", "a c", true],
      ["a? ( !b c )", "a b c", false],
      ["a? ( || ( b ( c !b ) ) )", "a c", true],
      ["a? ( || ( b ( c !b ) ) )", "a", false],
      ["^^ ( a? ( b ) c )", "a b", true],
      ["^^ ( a? ( b ) c )", "a b c", false],
      // A conditional group whose condition is off does not count inside ^^.
      ["^^ ( a? ( b ) c )", "c", true],
      ["^^ ( a? ( b ) c )", "", false],
      ["a b", "a", false],
      ["!c", "c", false]
    ];
    for (const [expr, on, want] of cases) {
      import_strict.default.equal((0, import_requiredUse.satisfiesRequiredUse)((0, import_requiredUse.parseRequiredUse)(expr), use(on, all)), want, `${expr} with USE="${on}"`);
    }
  });
  (0, import_node_test.test)("with some flags unknown, the answer is known only when every completion agrees", () => {
    const exprs = ["|| ( a b ) c? ( !a )", "^^ ( a b? ( c ) )", "?? ( a b c )", "a? ( b? ( c ) )", "!a? ( ^^ ( b c ) )"];
    for (const expr of exprs) {
      const nodes = (0, import_requiredUse.parseRequiredUse)(expr);
      for (const full of assignments(["a", "b", "c"])) {
        const partial = new Map(full);
        partial.delete("c");
        const outcomes = new Set([true, false].map((c) => (0, import_requiredUse.satisfiesRequiredUse)(nodes, new Map(partial).set("c", c))));
        const v = (0, import_requiredUse.evaluateRequiredUse)(nodes, partial);
        if (v !== void 0) import_strict.default.deepEqual([...outcomes], [v], `${expr} ${[...partial]}`);
      }
    }
  });
  (0, import_node_test.test)("malformed REQUIRED_USE is a clear error naming the problem", () => {
    for (const [bad, what] of [["|| a b", /must be followed by/], ["a? ( b", /never closed/], ["a )", /closes nothing/], ["fo%o", /not a USE flag/]]) {
      import_strict.default.throws(() => (0, import_requiredUse.parseRequiredUse)(bad), (e) => (0, import_userError.isUserError)(e) && what.test(e.message) && e.code === "bad-required-use");
    }
  });
});
(0, import_node_test.describe)("USE matrix", () => {
  const ebuild = `EAPI=8
IUSE="+ssl gnutls -static doc"
IUSE+=" test"
REQUIRED_USE="
	?? ( ssl gnutls )
	static? ( !doc )
	test? ( || ( ssl gnutls ) )
"
`;
  (0, import_node_test.test)("reads IUSE defaults and REQUIRED_USE from ebuild text, including += and multi-line values", () => {
    const input = (0, import_useMatrix.matrixInputFromEbuild)(ebuild);
    import_strict.default.deepEqual(input.iuse, [
      { name: "ssl", default: true },
      { name: "gnutls", default: false },
      { name: "static", default: false },
      { name: "doc", default: false },
      { name: "test", default: false }
    ]);
    import_strict.default.equal((0, import_useMatrix.parseIuse)("+a -b c $(x)").length, 3);
  });
  (0, import_node_test.test)("defaults first, then each flag flipped, repaired when REQUIRED_USE needs it, then a seeded sample; all valid, none twice", () => {
    const input = (0, import_useMatrix.matrixInputFromEbuild)(ebuild);
    const m = (0, import_useMatrix.useMatrix)(input, { seed: 7 });
    const names = m.combinations.map((c) => c.name);
    import_strict.default.equal(names[0], "defaults");
    import_strict.default.deepEqual(m.combinations[0].use, { ssl: true, gnutls: false, static: false, doc: false, test: false });
    import_strict.default.ok(names.includes("-ssl"));
    import_strict.default.ok(names.includes("+gnutls (also -ssl)"), names.join(" | "));
    import_strict.default.ok(names.includes("+static"));
    import_strict.default.ok(names.includes("+test"));
    import_strict.default.ok(names.some((n) => n.startsWith("random")));
    const keys = /* @__PURE__ */ new Set();
    for (const c of m.combinations) {
      import_strict.default.ok((0, import_requiredUse.satisfiesRequiredUse)(input.requiredUse, new Map(Object.entries(c.use))), c.name);
      const k = JSON.stringify(c.use);
      import_strict.default.ok(!keys.has(k), `duplicate ${c.name}`);
      keys.add(k);
    }
    import_strict.default.deepEqual((0, import_useMatrix.useMatrix)(input, { seed: 7 }), m);
    import_strict.default.deepEqual((0, import_useMatrix.useMatrix)(input, { seed: 7, max: 3 }).combinations, m.combinations.slice(0, 3));
  });
  (0, import_node_test.test)("a flip no valid combination allows is reported, not built", () => {
    const m = (0, import_useMatrix.useMatrix)((0, import_useMatrix.matrixInputFromEbuild)('IUSE="+a b"\nREQUIRED_USE="a !b"'));
    import_strict.default.deepEqual(m.combinations.map((c) => c.name), ["defaults"]);
    import_strict.default.equal(m.impossible.length, 2);
    import_strict.default.match(m.impossible[0], /^-a: REQUIRED_USE/);
  });
  (0, import_node_test.test)("defaults that break REQUIRED_USE are adjusted, and the name says how", () => {
    const m = (0, import_useMatrix.useMatrix)((0, import_useMatrix.matrixInputFromEbuild)('IUSE="x y"\nREQUIRED_USE="^^ ( x y )"'), { samples: 0 });
    import_strict.default.match(m.combinations[0].name, /^defaults \(adjusted: [xy]\)$/);
    import_strict.default.equal(m.combinations[0].changes.length, 1);
  });
  (0, import_node_test.test)("a REQUIRED_USE that no combination satisfies is a clear error", () => {
    import_strict.default.throws(
      () => (0, import_useMatrix.useMatrix)((0, import_useMatrix.matrixInputFromEbuild)('IUSE="a b"\nREQUIRED_USE="^^ ( a b ) a? ( b ) b? ( a )"')),
      (e) => (0, import_userError.isUserError)(e) && e.code === "required-use-unsatisfiable" && /No USE combination satisfies/.test(e.message)
    );
  });
  (0, import_node_test.test)("the package.use line pins every flag of the combination for the atom", () => {
    const m = (0, import_useMatrix.useMatrix)((0, import_useMatrix.matrixInputFromEbuild)('IUSE="+a b"'), { samples: 0 });
    import_strict.default.equal((0, import_useMatrix.packageUseLine)("=app-misc/matrix-1.0", m.combinations[1]), "=app-misc/matrix-1.0 -a -b");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3VzZU1hdHJpeC50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyB0ZXN0LCBkZXNjcmliZSB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBwYXJzZVJlcXVpcmVkVXNlLCBzYXRpc2ZpZXNSZXF1aXJlZFVzZSwgZXZhbHVhdGVSZXF1aXJlZFVzZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3JlcXVpcmVkVXNlJztcbmltcG9ydCB7IG1hdHJpeElucHV0RnJvbUVidWlsZCwgcGFja2FnZVVzZUxpbmUsIHBhcnNlSXVzZSwgdXNlTWF0cml4IH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvdXNlTWF0cml4JztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvdXNlckVycm9yJztcblxuY29uc3QgdXNlID0gKG9uOiBzdHJpbmcsIGFsbDogc3RyaW5nKSA9PiBuZXcgTWFwKGFsbC5zcGxpdCgnICcpLm1hcCgoZikgPT4gW2YsIG9uLnNwbGl0KCcgJykuaW5jbHVkZXMoZildIGFzIFtzdHJpbmcsIGJvb2xlYW5dKSk7XG5cbi8vIEV2ZXJ5IGFzc2lnbm1lbnQgb2YgYGZsYWdzYCwgZm9yIGNoZWNraW5nIHRoZSBldmFsdWF0b3IgYWdhaW5zdCBhIGRpcmVjdCByZWFkaW5nIG9mIHRoZSBydWxlcy5cbmZ1bmN0aW9uKiBhc3NpZ25tZW50cyhmbGFnczogc3RyaW5nW10pOiBHZW5lcmF0b3I8TWFwPHN0cmluZywgYm9vbGVhbj4+IHtcbiAgZm9yIChsZXQgYml0cyA9IDA7IGJpdHMgPCAxIDw8IGZsYWdzLmxlbmd0aDsgYml0cysrKSB5aWVsZCBuZXcgTWFwKGZsYWdzLm1hcCgoZiwgaSkgPT4gW2YsIEJvb2xlYW4oYml0cyAmICgxIDw8IGkpKV0gYXMgW3N0cmluZywgYm9vbGVhbl0pKTtcbn1cblxuZGVzY3JpYmUoJ1JFUVVJUkVEX1VTRScsICgpID0+IHtcbiAgdGVzdCgnZWFjaCBvcGVyYXRvciBtZWFucyB3aGF0IFBNUyBzYXlzJywgKCkgPT4ge1xuICAgIGNvbnN0IGFsbCA9ICdhIGIgYyc7XG4gICAgY29uc3QgY2FzZXM6IFtzdHJpbmcsIHN0cmluZywgYm9vbGVhbl1bXSA9IFtcbiAgICAgIFsnfHwgKCBhIGIgKScsICcnLCBmYWxzZV0sIFsnfHwgKCBhIGIgKScsICdiJywgdHJ1ZV0sXG4gICAgICBbJ15eICggYSBiIGMgKScsICdhIGInLCBmYWxzZV0sIFsnXl4gKCBhIGIgYyApJywgJ2MnLCB0cnVlXSwgWydeXiAoIGEgYiBjICknLCAnJywgZmFsc2VdLFxuICAgICAgWyc/PyAoIGEgYiApJywgJycsIHRydWVdLCBbJz8/ICggYSBiICknLCAnYSBiJywgZmFsc2VdLCBbJz8/ICggYSBiICknLCAnYScsIHRydWVdLFxuICAgICAgWydhPyAoIGIgKScsICdhJywgZmFsc2VdLCBbJ2E/ICggYiApJywgJycsIHRydWVdLCBbJ2E/ICggYiApJywgJ2EgYicsIHRydWVdLFxuICAgICAgWychYT8gKCBiICknLCAnJywgZmFsc2VdLCBbJyFhPyAoIGIgKScsICdiJywgdHJ1ZV0sIFsnIWE/ICggYiApJywgJ2EnLCB0cnVlXSxcbiAgICAgIFsnYT8gKCAhYiBjICknLCAnYSBjJywgdHJ1ZV0sIFsnYT8gKCAhYiBjICknLCAnYSBiIGMnLCBmYWxzZV0sXG4gICAgICBbJ2E/ICggfHwgKCBiICggYyAhYiApICkgKScsICdhIGMnLCB0cnVlXSwgWydhPyAoIHx8ICggYiAoIGMgIWIgKSApICknLCAnYScsIGZhbHNlXSxcbiAgICAgIFsnXl4gKCBhPyAoIGIgKSBjICknLCAnYSBiJywgdHJ1ZV0sIFsnXl4gKCBhPyAoIGIgKSBjICknLCAnYSBiIGMnLCBmYWxzZV0sXG4gICAgICAvLyBBIGNvbmRpdGlvbmFsIGdyb3VwIHdob3NlIGNvbmRpdGlvbiBpcyBvZmYgZG9lcyBub3QgY291bnQgaW5zaWRlIF5eLlxuICAgICAgWydeXiAoIGE/ICggYiApIGMgKScsICdjJywgdHJ1ZV0sIFsnXl4gKCBhPyAoIGIgKSBjICknLCAnJywgZmFsc2VdLFxuICAgICAgWydhIGInLCAnYScsIGZhbHNlXSwgWychYycsICdjJywgZmFsc2VdLFxuICAgIF07XG4gICAgZm9yIChjb25zdCBbZXhwciwgb24sIHdhbnRdIG9mIGNhc2VzKSB7XG4gICAgICBhc3NlcnQuZXF1YWwoc2F0aXNmaWVzUmVxdWlyZWRVc2UocGFyc2VSZXF1aXJlZFVzZShleHByKSwgdXNlKG9uLCBhbGwpKSwgd2FudCwgYCR7ZXhwcn0gd2l0aCBVU0U9XCIke29ufVwiYCk7XG4gICAgfVxuICB9KTtcblxuICB0ZXN0KCd3aXRoIHNvbWUgZmxhZ3MgdW5rbm93biwgdGhlIGFuc3dlciBpcyBrbm93biBvbmx5IHdoZW4gZXZlcnkgY29tcGxldGlvbiBhZ3JlZXMnLCAoKSA9PiB7XG4gICAgY29uc3QgZXhwcnMgPSBbJ3x8ICggYSBiICkgYz8gKCAhYSApJywgJ15eICggYSBiPyAoIGMgKSApJywgJz8/ICggYSBiIGMgKScsICdhPyAoIGI/ICggYyApICknLCAnIWE/ICggXl4gKCBiIGMgKSApJ107XG4gICAgZm9yIChjb25zdCBleHByIG9mIGV4cHJzKSB7XG4gICAgICBjb25zdCBub2RlcyA9IHBhcnNlUmVxdWlyZWRVc2UoZXhwcik7XG4gICAgICBmb3IgKGNvbnN0IGZ1bGwgb2YgYXNzaWdubWVudHMoWydhJywgJ2InLCAnYyddKSkge1xuICAgICAgICBjb25zdCBwYXJ0aWFsID0gbmV3IE1hcChmdWxsKTtcbiAgICAgICAgcGFydGlhbC5kZWxldGUoJ2MnKTtcbiAgICAgICAgY29uc3Qgb3V0Y29tZXMgPSBuZXcgU2V0KFt0cnVlLCBmYWxzZV0ubWFwKChjKSA9PiBzYXRpc2ZpZXNSZXF1aXJlZFVzZShub2RlcywgbmV3IE1hcChwYXJ0aWFsKS5zZXQoJ2MnLCBjKSkpKTtcbiAgICAgICAgY29uc3QgdiA9IGV2YWx1YXRlUmVxdWlyZWRVc2Uobm9kZXMsIHBhcnRpYWwpO1xuICAgICAgICBpZiAodiAhPT0gdW5kZWZpbmVkKSBhc3NlcnQuZGVlcEVxdWFsKFsuLi5vdXRjb21lc10sIFt2XSwgYCR7ZXhwcn0gJHtbLi4ucGFydGlhbF19YCk7XG4gICAgICB9XG4gICAgfVxuICB9KTtcblxuICB0ZXN0KCdtYWxmb3JtZWQgUkVRVUlSRURfVVNFIGlzIGEgY2xlYXIgZXJyb3IgbmFtaW5nIHRoZSBwcm9ibGVtJywgKCkgPT4ge1xuICAgIGZvciAoY29uc3QgW2JhZCwgd2hhdF0gb2YgW1snfHwgYSBiJywgL211c3QgYmUgZm9sbG93ZWQgYnkvXSwgWydhPyAoIGInLCAvbmV2ZXIgY2xvc2VkL10sIFsnYSApJywgL2Nsb3NlcyBub3RoaW5nL10sIFsnZm8lbycsIC9ub3QgYSBVU0UgZmxhZy9dXSBhcyBjb25zdCkge1xuICAgICAgYXNzZXJ0LnRocm93cygoKSA9PiBwYXJzZVJlcXVpcmVkVXNlKGJhZCksIChlOiB1bmtub3duKSA9PiBpc1VzZXJFcnJvcihlKSAmJiB3aGF0LnRlc3QoZS5tZXNzYWdlKSAmJiBlLmNvZGUgPT09ICdiYWQtcmVxdWlyZWQtdXNlJyk7XG4gICAgfVxuICB9KTtcbn0pO1xuXG5kZXNjcmliZSgnVVNFIG1hdHJpeCcsICgpID0+IHtcbiAgY29uc3QgZWJ1aWxkID0gYEVBUEk9OFxuSVVTRT1cIitzc2wgZ251dGxzIC1zdGF0aWMgZG9jXCJcbklVU0UrPVwiIHRlc3RcIlxuUkVRVUlSRURfVVNFPVwiXG5cdD8/ICggc3NsIGdudXRscyApXG5cdHN0YXRpYz8gKCAhZG9jIClcblx0dGVzdD8gKCB8fCAoIHNzbCBnbnV0bHMgKSApXG5cIlxuYDtcblxuICB0ZXN0KCdyZWFkcyBJVVNFIGRlZmF1bHRzIGFuZCBSRVFVSVJFRF9VU0UgZnJvbSBlYnVpbGQgdGV4dCwgaW5jbHVkaW5nICs9IGFuZCBtdWx0aS1saW5lIHZhbHVlcycsICgpID0+IHtcbiAgICBjb25zdCBpbnB1dCA9IG1hdHJpeElucHV0RnJvbUVidWlsZChlYnVpbGQpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoaW5wdXQuaXVzZSwgW1xuICAgICAgeyBuYW1lOiAnc3NsJywgZGVmYXVsdDogdHJ1ZSB9LCB7IG5hbWU6ICdnbnV0bHMnLCBkZWZhdWx0OiBmYWxzZSB9LCB7IG5hbWU6ICdzdGF0aWMnLCBkZWZhdWx0OiBmYWxzZSB9LFxuICAgICAgeyBuYW1lOiAnZG9jJywgZGVmYXVsdDogZmFsc2UgfSwgeyBuYW1lOiAndGVzdCcsIGRlZmF1bHQ6IGZhbHNlIH0sXG4gICAgXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHBhcnNlSXVzZSgnK2EgLWIgYyAkKHgpJykubGVuZ3RoLCAzKTtcbiAgfSk7XG5cbiAgdGVzdCgnZGVmYXVsdHMgZmlyc3QsIHRoZW4gZWFjaCBmbGFnIGZsaXBwZWQsIHJlcGFpcmVkIHdoZW4gUkVRVUlSRURfVVNFIG5lZWRzIGl0LCB0aGVuIGEgc2VlZGVkIHNhbXBsZTsgYWxsIHZhbGlkLCBub25lIHR3aWNlJywgKCkgPT4ge1xuICAgIGNvbnN0IGlucHV0ID0gbWF0cml4SW5wdXRGcm9tRWJ1aWxkKGVidWlsZCk7XG4gICAgY29uc3QgbSA9IHVzZU1hdHJpeChpbnB1dCwgeyBzZWVkOiA3IH0pO1xuICAgIGNvbnN0IG5hbWVzID0gbS5jb21iaW5hdGlvbnMubWFwKChjKSA9PiBjLm5hbWUpO1xuICAgIGFzc2VydC5lcXVhbChuYW1lc1swXSwgJ2RlZmF1bHRzJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChtLmNvbWJpbmF0aW9uc1swXS51c2UsIHsgc3NsOiB0cnVlLCBnbnV0bHM6IGZhbHNlLCBzdGF0aWM6IGZhbHNlLCBkb2M6IGZhbHNlLCB0ZXN0OiBmYWxzZSB9KTtcbiAgICBhc3NlcnQub2sobmFtZXMuaW5jbHVkZXMoJy1zc2wnKSk7XG4gICAgYXNzZXJ0Lm9rKG5hbWVzLmluY2x1ZGVzKCcrZ251dGxzIChhbHNvIC1zc2wpJyksIG5hbWVzLmpvaW4oJyB8ICcpKTtcbiAgICBhc3NlcnQub2sobmFtZXMuaW5jbHVkZXMoJytzdGF0aWMnKSk7XG4gICAgYXNzZXJ0Lm9rKG5hbWVzLmluY2x1ZGVzKCcrdGVzdCcpKTtcbiAgICBhc3NlcnQub2sobmFtZXMuc29tZSgobikgPT4gbi5zdGFydHNXaXRoKCdyYW5kb20nKSkpO1xuICAgIGNvbnN0IGtleXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgbS5jb21iaW5hdGlvbnMpIHtcbiAgICAgIGFzc2VydC5vayhzYXRpc2ZpZXNSZXF1aXJlZFVzZShpbnB1dC5yZXF1aXJlZFVzZSwgbmV3IE1hcChPYmplY3QuZW50cmllcyhjLnVzZSkpKSwgYy5uYW1lKTtcbiAgICAgIGNvbnN0IGsgPSBKU09OLnN0cmluZ2lmeShjLnVzZSk7XG4gICAgICBhc3NlcnQub2soIWtleXMuaGFzKGspLCBgZHVwbGljYXRlICR7Yy5uYW1lfWApO1xuICAgICAga2V5cy5hZGQoayk7XG4gICAgfVxuICAgIC8vIFNhbWUgc2VlZCBcdTIxOTIgc2FtZSBtYXRyaXg7IC0tbWF4IGtlZXBzIHRoZSBmaXJzdCBvbmVzLlxuICAgIGFzc2VydC5kZWVwRXF1YWwodXNlTWF0cml4KGlucHV0LCB7IHNlZWQ6IDcgfSksIG0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwodXNlTWF0cml4KGlucHV0LCB7IHNlZWQ6IDcsIG1heDogMyB9KS5jb21iaW5hdGlvbnMsIG0uY29tYmluYXRpb25zLnNsaWNlKDAsIDMpKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBmbGlwIG5vIHZhbGlkIGNvbWJpbmF0aW9uIGFsbG93cyBpcyByZXBvcnRlZCwgbm90IGJ1aWx0JywgKCkgPT4ge1xuICAgIGNvbnN0IG0gPSB1c2VNYXRyaXgobWF0cml4SW5wdXRGcm9tRWJ1aWxkKCdJVVNFPVwiK2EgYlwiXFxuUkVRVUlSRURfVVNFPVwiYSAhYlwiJykpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwobS5jb21iaW5hdGlvbnMubWFwKChjKSA9PiBjLm5hbWUpLCBbJ2RlZmF1bHRzJ10pO1xuICAgIGFzc2VydC5lcXVhbChtLmltcG9zc2libGUubGVuZ3RoLCAyKTtcbiAgICBhc3NlcnQubWF0Y2gobS5pbXBvc3NpYmxlWzBdLCAvXi1hOiBSRVFVSVJFRF9VU0UvKTtcbiAgfSk7XG5cbiAgdGVzdCgnZGVmYXVsdHMgdGhhdCBicmVhayBSRVFVSVJFRF9VU0UgYXJlIGFkanVzdGVkLCBhbmQgdGhlIG5hbWUgc2F5cyBob3cnLCAoKSA9PiB7XG4gICAgY29uc3QgbSA9IHVzZU1hdHJpeChtYXRyaXhJbnB1dEZyb21FYnVpbGQoJ0lVU0U9XCJ4IHlcIlxcblJFUVVJUkVEX1VTRT1cIl5eICggeCB5IClcIicpLCB7IHNhbXBsZXM6IDAgfSk7XG4gICAgYXNzZXJ0Lm1hdGNoKG0uY29tYmluYXRpb25zWzBdLm5hbWUsIC9eZGVmYXVsdHMgXFwoYWRqdXN0ZWQ6IFt4eV1cXCkkLyk7XG4gICAgYXNzZXJ0LmVxdWFsKG0uY29tYmluYXRpb25zWzBdLmNoYW5nZXMubGVuZ3RoLCAxKTtcbiAgfSk7XG5cbiAgdGVzdCgnYSBSRVFVSVJFRF9VU0UgdGhhdCBubyBjb21iaW5hdGlvbiBzYXRpc2ZpZXMgaXMgYSBjbGVhciBlcnJvcicsICgpID0+IHtcbiAgICBhc3NlcnQudGhyb3dzKFxuICAgICAgKCkgPT4gdXNlTWF0cml4KG1hdHJpeElucHV0RnJvbUVidWlsZCgnSVVTRT1cImEgYlwiXFxuUkVRVUlSRURfVVNFPVwiXl4gKCBhIGIgKSBhPyAoIGIgKSBiPyAoIGEgKVwiJykpLFxuICAgICAgKGU6IHVua25vd24pID0+IGlzVXNlckVycm9yKGUpICYmIGUuY29kZSA9PT0gJ3JlcXVpcmVkLXVzZS11bnNhdGlzZmlhYmxlJyAmJiAvTm8gVVNFIGNvbWJpbmF0aW9uIHNhdGlzZmllcy8udGVzdChlLm1lc3NhZ2UpLFxuICAgICk7XG4gIH0pO1xuXG4gIHRlc3QoJ3RoZSBwYWNrYWdlLnVzZSBsaW5lIHBpbnMgZXZlcnkgZmxhZyBvZiB0aGUgY29tYmluYXRpb24gZm9yIHRoZSBhdG9tJywgKCkgPT4ge1xuICAgIGNvbnN0IG0gPSB1c2VNYXRyaXgobWF0cml4SW5wdXRGcm9tRWJ1aWxkKCdJVVNFPVwiK2EgYlwiJyksIHsgc2FtcGxlczogMCB9KTtcbiAgICBhc3NlcnQuZXF1YWwocGFja2FnZVVzZUxpbmUoJz1hcHAtbWlzYy9tYXRyaXgtMS4wJywgbS5jb21iaW5hdGlvbnNbMV0pLCAnPWFwcC1taXNjL21hdHJpeC0xLjAgLWEgLWInKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUJBQStCO0FBQy9CLG9CQUFtQjtBQUNuQix5QkFBNEU7QUFDNUUsdUJBQTRFO0FBQzVFLHVCQUE0QjtBQUU1QixNQUFNLE1BQU0sQ0FBQyxJQUFZLFFBQWdCLElBQUksSUFBSSxJQUFJLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxHQUFHLE1BQU0sR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQXNCLENBQUM7QUFHL0gsVUFBVSxZQUFZLE9BQWtEO0FBQ3RFLFdBQVMsT0FBTyxHQUFHLE9BQU8sS0FBSyxNQUFNLFFBQVEsT0FBUSxPQUFNLElBQUksSUFBSSxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxHQUFHLFFBQVEsT0FBUSxLQUFLLENBQUUsQ0FBQyxDQUFzQixDQUFDO0FBQzVJO0FBQUEsSUFFQSwyQkFBUyxnQkFBZ0IsTUFBTTtBQUM3Qiw2QkFBSyxxQ0FBcUMsTUFBTTtBQUM5QyxVQUFNLE1BQU07QUFDWixVQUFNLFFBQXFDO0FBQUEsTUFDekMsQ0FBQyxjQUFjLElBQUksS0FBSztBQUFBLE1BQUcsQ0FBQyxjQUFjLEtBQUssSUFBSTtBQUFBLE1BQ25ELENBQUMsZ0JBQWdCLE9BQU8sS0FBSztBQUFBLE1BQUcsQ0FBQyxnQkFBZ0IsS0FBSyxJQUFJO0FBQUEsTUFBRyxDQUFDLGdCQUFnQixJQUFJLEtBQUs7QUFBQSxNQUN2RixDQUFDLGNBQWMsSUFBSSxJQUFJO0FBQUEsTUFBRyxDQUFDLGNBQWMsT0FBTyxLQUFLO0FBQUEsTUFBRyxDQUFDLGNBQWMsS0FBSyxJQUFJO0FBQUEsTUFDaEYsQ0FBQyxZQUFZLEtBQUssS0FBSztBQUFBLE1BQUcsQ0FBQyxZQUFZLElBQUksSUFBSTtBQUFBLE1BQUcsQ0FBQyxZQUFZLE9BQU8sSUFBSTtBQUFBLE1BQzFFLENBQUMsYUFBYSxJQUFJLEtBQUs7QUFBQSxNQUFHLENBQUMsYUFBYSxLQUFLLElBQUk7QUFBQSxNQUFHLENBQUMsYUFBYSxLQUFLLElBQUk7QUFBQSxNQUMzRSxDQUFDLGVBQWUsT0FBTyxJQUFJO0FBQUEsTUFBRyxDQUFDLGVBQWUsU0FBUyxLQUFLO0FBQUEsTUFDNUQsQ0FBQyw0QkFBNEIsT0FBTyxJQUFJO0FBQUEsTUFBRyxDQUFDLDRCQUE0QixLQUFLLEtBQUs7QUFBQSxNQUNsRixDQUFDLHFCQUFxQixPQUFPLElBQUk7QUFBQSxNQUFHLENBQUMscUJBQXFCLFNBQVMsS0FBSztBQUFBO0FBQUEsTUFFeEUsQ0FBQyxxQkFBcUIsS0FBSyxJQUFJO0FBQUEsTUFBRyxDQUFDLHFCQUFxQixJQUFJLEtBQUs7QUFBQSxNQUNqRSxDQUFDLE9BQU8sS0FBSyxLQUFLO0FBQUEsTUFBRyxDQUFDLE1BQU0sS0FBSyxLQUFLO0FBQUEsSUFDeEM7QUFDQSxlQUFXLENBQUMsTUFBTSxJQUFJLElBQUksS0FBSyxPQUFPO0FBQ3BDLG9CQUFBQSxRQUFPLFVBQU0sNkNBQXFCLHFDQUFpQixJQUFJLEdBQUcsSUFBSSxJQUFJLEdBQUcsQ0FBQyxHQUFHLE1BQU0sR0FBRyxJQUFJLGNBQWMsRUFBRSxHQUFHO0FBQUEsSUFDM0c7QUFBQSxFQUNGLENBQUM7QUFFRCw2QkFBSyxrRkFBa0YsTUFBTTtBQUMzRixVQUFNLFFBQVEsQ0FBQyx3QkFBd0IscUJBQXFCLGdCQUFnQixtQkFBbUIsb0JBQW9CO0FBQ25ILGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFlBQU0sWUFBUSxxQ0FBaUIsSUFBSTtBQUNuQyxpQkFBVyxRQUFRLFlBQVksQ0FBQyxLQUFLLEtBQUssR0FBRyxDQUFDLEdBQUc7QUFDL0MsY0FBTSxVQUFVLElBQUksSUFBSSxJQUFJO0FBQzVCLGdCQUFRLE9BQU8sR0FBRztBQUNsQixjQUFNLFdBQVcsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLEVBQUUsSUFBSSxDQUFDLFVBQU0seUNBQXFCLE9BQU8sSUFBSSxJQUFJLE9BQU8sRUFBRSxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUM1RyxjQUFNLFFBQUksd0NBQW9CLE9BQU8sT0FBTztBQUM1QyxZQUFJLE1BQU0sT0FBVyxlQUFBQSxRQUFPLFVBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxDQUFDLENBQUMsR0FBRyxHQUFHLElBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFBQSxNQUNyRjtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFFRCw2QkFBSyw4REFBOEQsTUFBTTtBQUN2RSxlQUFXLENBQUMsS0FBSyxJQUFJLEtBQUssQ0FBQyxDQUFDLFVBQVUscUJBQXFCLEdBQUcsQ0FBQyxVQUFVLGNBQWMsR0FBRyxDQUFDLE9BQU8sZ0JBQWdCLEdBQUcsQ0FBQyxRQUFRLGdCQUFnQixDQUFDLEdBQVk7QUFDekosb0JBQUFBLFFBQU8sT0FBTyxVQUFNLHFDQUFpQixHQUFHLEdBQUcsQ0FBQyxVQUFlLDhCQUFZLENBQUMsS0FBSyxLQUFLLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxTQUFTLGtCQUFrQjtBQUFBLElBQ3BJO0FBQUEsRUFDRixDQUFDO0FBQ0gsQ0FBQztBQUFBLElBRUQsMkJBQVMsY0FBYyxNQUFNO0FBQzNCLFFBQU0sU0FBUztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFVZiw2QkFBSyw2RkFBNkYsTUFBTTtBQUN0RyxVQUFNLFlBQVEsd0NBQXNCLE1BQU07QUFDMUMsa0JBQUFBLFFBQU8sVUFBVSxNQUFNLE1BQU07QUFBQSxNQUMzQixFQUFFLE1BQU0sT0FBTyxTQUFTLEtBQUs7QUFBQSxNQUFHLEVBQUUsTUFBTSxVQUFVLFNBQVMsTUFBTTtBQUFBLE1BQUcsRUFBRSxNQUFNLFVBQVUsU0FBUyxNQUFNO0FBQUEsTUFDckcsRUFBRSxNQUFNLE9BQU8sU0FBUyxNQUFNO0FBQUEsTUFBRyxFQUFFLE1BQU0sUUFBUSxTQUFTLE1BQU07QUFBQSxJQUNsRSxDQUFDO0FBQ0Qsa0JBQUFBLFFBQU8sVUFBTSw0QkFBVSxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQUEsRUFDbEQsQ0FBQztBQUVELDZCQUFLLDRIQUE0SCxNQUFNO0FBQ3JJLFVBQU0sWUFBUSx3Q0FBc0IsTUFBTTtBQUMxQyxVQUFNLFFBQUksNEJBQVUsT0FBTyxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQ3RDLFVBQU0sUUFBUSxFQUFFLGFBQWEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJO0FBQzlDLGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxDQUFDLEdBQUcsVUFBVTtBQUNqQyxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsYUFBYSxDQUFDLEVBQUUsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRLE9BQU8sUUFBUSxPQUFPLEtBQUssT0FBTyxNQUFNLE1BQU0sQ0FBQztBQUM1RyxrQkFBQUEsUUFBTyxHQUFHLE1BQU0sU0FBUyxNQUFNLENBQUM7QUFDaEMsa0JBQUFBLFFBQU8sR0FBRyxNQUFNLFNBQVMscUJBQXFCLEdBQUcsTUFBTSxLQUFLLEtBQUssQ0FBQztBQUNsRSxrQkFBQUEsUUFBTyxHQUFHLE1BQU0sU0FBUyxTQUFTLENBQUM7QUFDbkMsa0JBQUFBLFFBQU8sR0FBRyxNQUFNLFNBQVMsT0FBTyxDQUFDO0FBQ2pDLGtCQUFBQSxRQUFPLEdBQUcsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsUUFBUSxDQUFDLENBQUM7QUFDbkQsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsZUFBVyxLQUFLLEVBQUUsY0FBYztBQUM5QixvQkFBQUEsUUFBTyxPQUFHLHlDQUFxQixNQUFNLGFBQWEsSUFBSSxJQUFJLE9BQU8sUUFBUSxFQUFFLEdBQUcsQ0FBQyxDQUFDLEdBQUcsRUFBRSxJQUFJO0FBQ3pGLFlBQU0sSUFBSSxLQUFLLFVBQVUsRUFBRSxHQUFHO0FBQzlCLG9CQUFBQSxRQUFPLEdBQUcsQ0FBQyxLQUFLLElBQUksQ0FBQyxHQUFHLGFBQWEsRUFBRSxJQUFJLEVBQUU7QUFDN0MsV0FBSyxJQUFJLENBQUM7QUFBQSxJQUNaO0FBRUEsa0JBQUFBLFFBQU8sY0FBVSw0QkFBVSxPQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBRyxDQUFDO0FBQ2pELGtCQUFBQSxRQUFPLGNBQVUsNEJBQVUsT0FBTyxFQUFFLE1BQU0sR0FBRyxLQUFLLEVBQUUsQ0FBQyxFQUFFLGNBQWMsRUFBRSxhQUFhLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNqRyxDQUFDO0FBRUQsNkJBQUssNkRBQTZELE1BQU07QUFDdEUsVUFBTSxRQUFJLGdDQUFVLHdDQUFzQixrQ0FBa0MsQ0FBQztBQUM3RSxrQkFBQUEsUUFBTyxVQUFVLEVBQUUsYUFBYSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQztBQUNoRSxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsV0FBVyxRQUFRLENBQUM7QUFDbkMsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLFdBQVcsQ0FBQyxHQUFHLG1CQUFtQjtBQUFBLEVBQ25ELENBQUM7QUFFRCw2QkFBSyx3RUFBd0UsTUFBTTtBQUNqRixVQUFNLFFBQUksZ0NBQVUsd0NBQXNCLHVDQUF1QyxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDbEcsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLGFBQWEsQ0FBQyxFQUFFLE1BQU0sK0JBQStCO0FBQ3BFLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxhQUFhLENBQUMsRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQ2xELENBQUM7QUFFRCw2QkFBSyxpRUFBaUUsTUFBTTtBQUMxRSxrQkFBQUEsUUFBTztBQUFBLE1BQ0wsVUFBTSxnQ0FBVSx3Q0FBc0IseURBQXlELENBQUM7QUFBQSxNQUNoRyxDQUFDLFVBQWUsOEJBQVksQ0FBQyxLQUFLLEVBQUUsU0FBUyxnQ0FBZ0MsK0JBQStCLEtBQUssRUFBRSxPQUFPO0FBQUEsSUFDNUg7QUFBQSxFQUNGLENBQUM7QUFFRCw2QkFBSyx3RUFBd0UsTUFBTTtBQUNqRixVQUFNLFFBQUksZ0NBQVUsd0NBQXNCLGFBQWEsR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQ3hFLGtCQUFBQSxRQUFPLFVBQU0saUNBQWUsd0JBQXdCLEVBQUUsYUFBYSxDQUFDLENBQUMsR0FBRyw0QkFBNEI7QUFBQSxFQUN0RyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0Il0KfQo=
