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
var import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
var import_depString = require("../../src/server/depString");
var import_eclassDoc = require("../../src/server/eclassDoc");
var import_knowledge = require("../../src/server/knowledge");
var import_parse = require("../../src/server/parse");
var import_pkgcheck = require("../../src/server/pkgcheck");
var import_shellcheck = require("../../src/server/shellcheck");
var import_serverFixture = require("./serverFixture");
const HELLO = (0, import_node_path.join)(import_serverFixture.OVERLAY, "app-misc", "hello", "hello-1.1.ebuild");
(0, import_node_test.describe)("shellcheck with ebuild-aware filtering", () => {
  (0, import_node_test.it)("drops SC2034 on ebuild/eclass variables and SC2154 on PMS variables, keeps the rest at the right range", async () => {
    const text = (0, import_serverFixture.ebuild)([
      "inherit fancybuild",
      'DESCRIPTION="x"',
      'SLOT="0"',
      "FANCY_ARGS=( -v )",
      "unused_thing=1",
      "src_install() {",
      "	cd ${WORKDIR}/${P} || die",
      '	echo "${not_defined_here}"',
      "}"
    ]);
    const comments = await (0, import_shellcheck.runShellcheck)(text);
    import_strict.default.ok(comments, "shellcheck must be installed (apt-get install shellcheck)");
    const { ctx, doc } = await (0, import_serverFixture.analyse)(HELLO, text);
    const found = (0, import_shellcheck.filterShellcheck)(ctx, comments, (line, character) => doc.offsetAt({ line, character })).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
    import_strict.default.ok(found.includes("SC2034 unused_thing"), found.join("\n"));
    import_strict.default.ok(found.includes("SC2154 ${not_defined_here}"), found.join("\n"));
    import_strict.default.ok(found.some((f) => f.startsWith("SC2086 ${WORKDIR}")), found.join("\n"));
    import_strict.default.ok(!found.some((f) => /^SC2034 (DESCRIPTION|SLOT|FANCY_ARGS)/.test(f)), found.join("\n"));
  });
  (0, import_node_test.it)("drops SC2154 for PMS and eclass variables (shellcheck versions that flag upper-case names)", async () => {
    const text = (0, import_serverFixture.ebuild)(["inherit fancybuild", "src_install() {", '	echo "${ED}" "${FANCY_ARGS}" "${mine}"', "}"]);
    const { ctx, doc } = await (0, import_serverFixture.analyse)(HELLO, text);
    const at = (name) => {
      const p = doc.positionAt(text.indexOf(`\${${name}}`));
      return { line: p.line + 1, endLine: p.line + 1, column: p.character + 1, endColumn: p.character + name.length + 4, level: "warning", code: 2154, message: `${name} is referenced but not assigned.` };
    };
    const kept = (0, import_shellcheck.filterShellcheck)(ctx, [at("ED"), at("FANCY_ARGS"), at("mine")], (line, character) => doc.offsetAt({ line, character }));
    import_strict.default.deepEqual(kept.map((f) => text.slice(f.span.start, f.span.end)), ["${mine}"]);
  });
});
(0, import_node_test.describe)("pkgcheck JsonStream", () => {
  const sample = [
    "pkgcheck: warning: some profile noise",
    '{"__class__": "UnquotedVariable", "category": "app-misc", "package": "hello", "version": "1.1", "variable": "WORKDIR", "lines": [3, 5]}',
    '{"__class__": "DeprecatedEapi", "category": "app-misc", "package": "hello", "version": "1.1", "eapi": "6"}',
    '{"__class__": "BadWhitespaceCharacter", "category": "app-misc", "package": "hello", "version": "1.1", "char": "\\\\u00a0", "position": 4, "line": "\\tfoo bar", "lineno": 2}',
    '{"__class__": "RedundantVersion", "category": "app-misc", "package": "hello", "version": "1.0", "later_versions": ["1.1"]}',
    '{"__class__": "MissingRemoteId", "category": "app-misc", "package": "hello", "remote_type": "github", "value": "me/hello"}',
    '{"__class__": "NonexistentDeps", "category": "app-misc", "package": "other", "version": "2", "attr": "RDEPEND", "nonexistent": ["a/b"]}'
  ].join("\n");
  (0, import_node_test.it)("builds an argument array and parses results with their lines", () => {
    import_strict.default.deepEqual((0, import_pkgcheck.pkgcheckArgs)("/var/db/repos/my-overlay", "app-misc", "hello"), ["pkgcheck", "scan", "-R", "JsonStream", "-r", "/var/db/repos/my-overlay", "app-misc/hello"]);
    const results = (0, import_pkgcheck.parseJsonStream)(sample);
    import_strict.default.deepEqual(results.map((r) => [r.className, r.lines]), [
      ["UnquotedVariable", [3, 5]],
      ["DeprecatedEapi", []],
      ["BadWhitespaceCharacter", [2]],
      ["RedundantVersion", []],
      ["MissingRemoteId", []],
      ["NonexistentDeps", []]
    ]);
  });
  (0, import_node_test.it)("keeps results of this version and package-level ones, placed on the line pkgcheck names", () => {
    const doc = import_vscode_languageserver_textdocument.TextDocument.create("file:///x", "ebuild", 1, "EAPI=6\n	foo bar\ncd ${WORKDIR}\n\ncp ${WORKDIR}/a .\n");
    const found = (0, import_pkgcheck.pkgcheckFindings)((0, import_pkgcheck.parseJsonStream)(sample), { category: "app-misc", package: "hello", version: "1.1" }, (l) => l >= doc.lineCount ? doc.getText().length : doc.offsetAt({ line: l, character: 0 }));
    import_strict.default.deepEqual(found.map((f) => [f.code, doc.positionAt(f.span.start).line]), [
      ["UnquotedVariable", 2],
      ["UnquotedVariable", 4],
      ["DeprecatedEapi", 0],
      ["BadWhitespaceCharacter", 1],
      ["MissingRemoteId", 0]
    ]);
    import_strict.default.match(found[0].message, /Unquoted Variable \(variable: WORKDIR\)/);
  });
});
(0, import_node_test.describe)("parsing", () => {
  (0, import_node_test.it)("incremental edits give the same facts as parsing the final text", async () => {
    const parser = await (0, import_parse.createParser)();
    const start = (0, import_serverFixture.ebuild)(['IUSE="ssl"', "src_install() {", "	use ssl && dodoc a", "}", "pkg_postinst() { elog hi; }"]);
    const pd = new import_parse.ParsedDocument(parser, import_vscode_languageserver_textdocument.TextDocument.create("file:///a.ebuild", "ebuild", 1, start));
    pd.facts();
    const edits = [
      { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 8 } }, text: "gtk" },
      { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } }, text: " gtk" },
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: "src_test() {\n	emake check\n}\n" }
    ];
    edits.forEach((e, i) => {
      pd.update([e], i + 2);
      pd.facts();
    });
    const fresh = new import_parse.ParsedDocument(parser, import_vscode_languageserver_textdocument.TextDocument.create("file:///b.ebuild", "ebuild", 1, pd.text));
    import_strict.default.deepEqual(pd.facts(), fresh.facts());
    import_strict.default.deepEqual(pd.facts().functions.map((f) => f.name), ["src_install", "src_test", "pkg_postinst"]);
    import_strict.default.deepEqual(pd.facts().commands.filter((c) => c.name === "use").map((c) => c.args[0].text), ["gtk"]);
  });
});
(0, import_node_test.describe)("eclass documentation and metadata.xml", () => {
  (0, import_node_test.it)("reads @ECLASS, @FUNCTION with @USAGE/@RETURN/@INTERNAL and @ECLASS_VARIABLE blocks", () => {
    const e = (0, import_eclassDoc.parseEclass)("x", [
      "# @ECLASS: x.eclass",
      "# @BLURB: does x",
      "# @DESCRIPTION:",
      "# Line one",
      "# line two",
      "",
      'IUSE="+a b ${DYN}"',
      "# @FUNCTION: x_do",
      "# @USAGE: <what>",
      "# @RETURN: 0 on success",
      "# @DESCRIPTION:",
      "# Does it.",
      "x_do() {",
      "	:",
      "}",
      "# @FUNCTION: _x_private",
      "# @INTERNAL",
      "_x_private() { :; }",
      "# @ECLASS-VARIABLE: X_OPTS",
      "# @DEFAULT_UNSET",
      "# @DESCRIPTION:",
      "# Options.",
      "inherit y z",
      "EXPORT_FUNCTIONS src_compile"
    ].join("\n"));
    import_strict.default.equal(e.blurb, "does x");
    import_strict.default.equal(e.description, "Line one\nline two");
    import_strict.default.deepEqual(e.functions.get("x_do"), { name: "x_do", line: 12, usage: "<what>", description: "Does it.", returns: "0 on success", internal: false, deprecated: void 0, documented: true });
    import_strict.default.equal(e.functions.get("_x_private")?.internal, true);
    import_strict.default.equal(e.variables.get("X_OPTS")?.description, "Options.");
    import_strict.default.deepEqual([e.iuse, e.iuseDynamic, e.inherits, e.exportedPhases], [["a", "b"], true, ["y", "z"], ["src_compile"]]);
  });
  (0, import_node_test.it)("flattens inline markup in flag descriptions and reports where a broken file breaks", () => {
    const ok = (0, import_knowledge.parseMetadataXml)('<pkgmetadata><use><flag name="gtk">Use <pkg>x11-libs/gtk+</pkg> here</flag></use></pkgmetadata>', "m.xml");
    import_strict.default.equal(ok.flags.get("gtk"), "Use x11-libs/gtk+ here");
    const bad = (0, import_knowledge.parseMetadataXml)('<pkgmetadata>\n<use>\n<flag name="a">x\n</use></pkgmetadata>', "m.xml");
    import_strict.default.equal(bad.flags.size, 0);
    import_strict.default.ok(bad.error && bad.error.line >= 1, JSON.stringify(bad.error));
  });
});
(0, import_node_test.describe)("atoms (PMS 8.3)", () => {
  (0, import_node_test.it)("accepts valid atoms and explains invalid ones", () => {
    for (const a of ["dev-libs/foo", ">=dev-libs/foo-1.2.3_rc1-r2", "=dev-libs/foo-1*", "~dev-libs/foo-1.0", "!!dev-libs/foo", "dev-libs/foo:0/1=", "dev-libs/foo:=", "dev-libs/foo[a,-b,c?,!d=,e(+)]", "dev-libs/foo-bar2"]) {
      import_strict.default.equal((0, import_depString.checkAtom)(a, 8), void 0, a);
    }
    import_strict.default.match((0, import_depString.checkAtom)("dev-libs/foo-1.0", 8) ?? "", /looks like it has a version/);
    import_strict.default.match((0, import_depString.checkAtom)(">=dev-libs/foo", 8) ?? "", /needs a version/);
    import_strict.default.match((0, import_depString.checkAtom)("dev-libs/foo:=", 4) ?? "", /EAPI 5/);
    import_strict.default.match((0, import_depString.checkAtom)(">=dev-libs/foo-1*", 8) ?? "", /only allowed with the = operator/);
    import_strict.default.match((0, import_depString.checkAtom)("foo", 8) ?? "", /not an atom/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3NlcnZlci10b29scy50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBUZXh0RG9jdW1lbnQgfSBmcm9tICd2c2NvZGUtbGFuZ3VhZ2VzZXJ2ZXItdGV4dGRvY3VtZW50JztcbmltcG9ydCB7IGNoZWNrQXRvbSB9IGZyb20gJy4uLy4uL3NyYy9zZXJ2ZXIvZGVwU3RyaW5nJztcbmltcG9ydCB7IHBhcnNlRWNsYXNzIH0gZnJvbSAnLi4vLi4vc3JjL3NlcnZlci9lY2xhc3NEb2MnO1xuaW1wb3J0IHsgcGFyc2VNZXRhZGF0YVhtbCB9IGZyb20gJy4uLy4uL3NyYy9zZXJ2ZXIva25vd2xlZGdlJztcbmltcG9ydCB7IGNyZWF0ZVBhcnNlciwgUGFyc2VkRG9jdW1lbnQgfSBmcm9tICcuLi8uLi9zcmMvc2VydmVyL3BhcnNlJztcbmltcG9ydCB7IHBhcnNlSnNvblN0cmVhbSwgcGtnY2hlY2tBcmdzLCBwa2djaGVja0ZpbmRpbmdzIH0gZnJvbSAnLi4vLi4vc3JjL3NlcnZlci9wa2djaGVjayc7XG5pbXBvcnQgeyBmaWx0ZXJTaGVsbGNoZWNrLCBydW5TaGVsbGNoZWNrIH0gZnJvbSAnLi4vLi4vc3JjL3NlcnZlci9zaGVsbGNoZWNrJztcbmltcG9ydCB7IGFuYWx5c2UsIGVidWlsZCwgT1ZFUkxBWSB9IGZyb20gJy4vc2VydmVyRml4dHVyZSc7XG5cbmNvbnN0IEhFTExPID0gam9pbihPVkVSTEFZLCAnYXBwLW1pc2MnLCAnaGVsbG8nLCAnaGVsbG8tMS4xLmVidWlsZCcpO1xuXG5kZXNjcmliZSgnc2hlbGxjaGVjayB3aXRoIGVidWlsZC1hd2FyZSBmaWx0ZXJpbmcnLCAoKSA9PiB7XG4gIGl0KCdkcm9wcyBTQzIwMzQgb24gZWJ1aWxkL2VjbGFzcyB2YXJpYWJsZXMgYW5kIFNDMjE1NCBvbiBQTVMgdmFyaWFibGVzLCBrZWVwcyB0aGUgcmVzdCBhdCB0aGUgcmlnaHQgcmFuZ2UnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgdGV4dCA9IGVidWlsZChbJ2luaGVyaXQgZmFuY3lidWlsZCcsICdERVNDUklQVElPTj1cInhcIicsICdTTE9UPVwiMFwiJywgJ0ZBTkNZX0FSR1M9KCAtdiApJywgJ3VudXNlZF90aGluZz0xJywgJ3NyY19pbnN0YWxsKCkgeycsXG4gICAgICAnXFx0Y2QgJHtXT1JLRElSfS8ke1B9IHx8IGRpZScsICdcXHRlY2hvIFwiJHtub3RfZGVmaW5lZF9oZXJlfVwiJywgJ30nXSk7XG4gICAgY29uc3QgY29tbWVudHMgPSBhd2FpdCBydW5TaGVsbGNoZWNrKHRleHQpO1xuICAgIGFzc2VydC5vayhjb21tZW50cywgJ3NoZWxsY2hlY2sgbXVzdCBiZSBpbnN0YWxsZWQgKGFwdC1nZXQgaW5zdGFsbCBzaGVsbGNoZWNrKScpO1xuICAgIGNvbnN0IHsgY3R4LCBkb2MgfSA9IGF3YWl0IGFuYWx5c2UoSEVMTE8sIHRleHQpO1xuICAgIGNvbnN0IGZvdW5kID0gZmlsdGVyU2hlbGxjaGVjayhjdHgsIGNvbW1lbnRzLCAobGluZSwgY2hhcmFjdGVyKSA9PiBkb2Mub2Zmc2V0QXQoeyBsaW5lLCBjaGFyYWN0ZXIgfSkpXG4gICAgICAubWFwKChmKSA9PiBgJHtmLmNvZGV9ICR7dGV4dC5zbGljZShmLnNwYW4uc3RhcnQsIGYuc3Bhbi5lbmQpfWApO1xuICAgIGFzc2VydC5vayhmb3VuZC5pbmNsdWRlcygnU0MyMDM0IHVudXNlZF90aGluZycpLCBmb3VuZC5qb2luKCdcXG4nKSk7XG4gICAgYXNzZXJ0Lm9rKGZvdW5kLmluY2x1ZGVzKCdTQzIxNTQgJHtub3RfZGVmaW5lZF9oZXJlfScpLCBmb3VuZC5qb2luKCdcXG4nKSk7XG4gICAgYXNzZXJ0Lm9rKGZvdW5kLnNvbWUoKGYpID0+IGYuc3RhcnRzV2l0aCgnU0MyMDg2ICR7V09SS0RJUn0nKSksIGZvdW5kLmpvaW4oJ1xcbicpKTtcbiAgICBhc3NlcnQub2soIWZvdW5kLnNvbWUoKGYpID0+IC9eU0MyMDM0IChERVNDUklQVElPTnxTTE9UfEZBTkNZX0FSR1MpLy50ZXN0KGYpKSwgZm91bmQuam9pbignXFxuJykpO1xuICB9KTtcblxuICBpdCgnZHJvcHMgU0MyMTU0IGZvciBQTVMgYW5kIGVjbGFzcyB2YXJpYWJsZXMgKHNoZWxsY2hlY2sgdmVyc2lvbnMgdGhhdCBmbGFnIHVwcGVyLWNhc2UgbmFtZXMpJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHRleHQgPSBlYnVpbGQoWydpbmhlcml0IGZhbmN5YnVpbGQnLCAnc3JjX2luc3RhbGwoKSB7JywgJ1xcdGVjaG8gXCIke0VEfVwiIFwiJHtGQU5DWV9BUkdTfVwiIFwiJHttaW5lfVwiJywgJ30nXSk7XG4gICAgY29uc3QgeyBjdHgsIGRvYyB9ID0gYXdhaXQgYW5hbHlzZShIRUxMTywgdGV4dCk7XG4gICAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nKSA9PiB7XG4gICAgICBjb25zdCBwID0gZG9jLnBvc2l0aW9uQXQodGV4dC5pbmRleE9mKGBcXCR7JHtuYW1lfX1gKSk7XG4gICAgICByZXR1cm4geyBsaW5lOiBwLmxpbmUgKyAxLCBlbmRMaW5lOiBwLmxpbmUgKyAxLCBjb2x1bW46IHAuY2hhcmFjdGVyICsgMSwgZW5kQ29sdW1uOiBwLmNoYXJhY3RlciArIG5hbWUubGVuZ3RoICsgNCwgbGV2ZWw6ICd3YXJuaW5nJywgY29kZTogMjE1NCwgbWVzc2FnZTogYCR7bmFtZX0gaXMgcmVmZXJlbmNlZCBidXQgbm90IGFzc2lnbmVkLmAgfTtcbiAgICB9O1xuICAgIGNvbnN0IGtlcHQgPSBmaWx0ZXJTaGVsbGNoZWNrKGN0eCwgW2F0KCdFRCcpLCBhdCgnRkFOQ1lfQVJHUycpLCBhdCgnbWluZScpXSwgKGxpbmUsIGNoYXJhY3RlcikgPT4gZG9jLm9mZnNldEF0KHsgbGluZSwgY2hhcmFjdGVyIH0pKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGtlcHQubWFwKChmKSA9PiB0ZXh0LnNsaWNlKGYuc3Bhbi5zdGFydCwgZi5zcGFuLmVuZCkpLCBbJyR7bWluZX0nXSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdwa2djaGVjayBKc29uU3RyZWFtJywgKCkgPT4ge1xuICBjb25zdCBzYW1wbGUgPSBbXG4gICAgJ3BrZ2NoZWNrOiB3YXJuaW5nOiBzb21lIHByb2ZpbGUgbm9pc2UnLFxuICAgICd7XCJfX2NsYXNzX19cIjogXCJVbnF1b3RlZFZhcmlhYmxlXCIsIFwiY2F0ZWdvcnlcIjogXCJhcHAtbWlzY1wiLCBcInBhY2thZ2VcIjogXCJoZWxsb1wiLCBcInZlcnNpb25cIjogXCIxLjFcIiwgXCJ2YXJpYWJsZVwiOiBcIldPUktESVJcIiwgXCJsaW5lc1wiOiBbMywgNV19JyxcbiAgICAne1wiX19jbGFzc19fXCI6IFwiRGVwcmVjYXRlZEVhcGlcIiwgXCJjYXRlZ29yeVwiOiBcImFwcC1taXNjXCIsIFwicGFja2FnZVwiOiBcImhlbGxvXCIsIFwidmVyc2lvblwiOiBcIjEuMVwiLCBcImVhcGlcIjogXCI2XCJ9JyxcbiAgICAne1wiX19jbGFzc19fXCI6IFwiQmFkV2hpdGVzcGFjZUNoYXJhY3RlclwiLCBcImNhdGVnb3J5XCI6IFwiYXBwLW1pc2NcIiwgXCJwYWNrYWdlXCI6IFwiaGVsbG9cIiwgXCJ2ZXJzaW9uXCI6IFwiMS4xXCIsIFwiY2hhclwiOiBcIlxcXFxcXFxcdTAwYTBcIiwgXCJwb3NpdGlvblwiOiA0LCBcImxpbmVcIjogXCJcXFxcdGZvbyBiYXJcIiwgXCJsaW5lbm9cIjogMn0nLFxuICAgICd7XCJfX2NsYXNzX19cIjogXCJSZWR1bmRhbnRWZXJzaW9uXCIsIFwiY2F0ZWdvcnlcIjogXCJhcHAtbWlzY1wiLCBcInBhY2thZ2VcIjogXCJoZWxsb1wiLCBcInZlcnNpb25cIjogXCIxLjBcIiwgXCJsYXRlcl92ZXJzaW9uc1wiOiBbXCIxLjFcIl19JyxcbiAgICAne1wiX19jbGFzc19fXCI6IFwiTWlzc2luZ1JlbW90ZUlkXCIsIFwiY2F0ZWdvcnlcIjogXCJhcHAtbWlzY1wiLCBcInBhY2thZ2VcIjogXCJoZWxsb1wiLCBcInJlbW90ZV90eXBlXCI6IFwiZ2l0aHViXCIsIFwidmFsdWVcIjogXCJtZS9oZWxsb1wifScsXG4gICAgJ3tcIl9fY2xhc3NfX1wiOiBcIk5vbmV4aXN0ZW50RGVwc1wiLCBcImNhdGVnb3J5XCI6IFwiYXBwLW1pc2NcIiwgXCJwYWNrYWdlXCI6IFwib3RoZXJcIiwgXCJ2ZXJzaW9uXCI6IFwiMlwiLCBcImF0dHJcIjogXCJSREVQRU5EXCIsIFwibm9uZXhpc3RlbnRcIjogW1wiYS9iXCJdfScsXG4gIF0uam9pbignXFxuJyk7XG5cbiAgaXQoJ2J1aWxkcyBhbiBhcmd1bWVudCBhcnJheSBhbmQgcGFyc2VzIHJlc3VsdHMgd2l0aCB0aGVpciBsaW5lcycsICgpID0+IHtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBrZ2NoZWNrQXJncygnL3Zhci9kYi9yZXBvcy9teS1vdmVybGF5JywgJ2FwcC1taXNjJywgJ2hlbGxvJyksIFsncGtnY2hlY2snLCAnc2NhbicsICctUicsICdKc29uU3RyZWFtJywgJy1yJywgJy92YXIvZGIvcmVwb3MvbXktb3ZlcmxheScsICdhcHAtbWlzYy9oZWxsbyddKTtcbiAgICBjb25zdCByZXN1bHRzID0gcGFyc2VKc29uU3RyZWFtKHNhbXBsZSk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChyZXN1bHRzLm1hcCgocikgPT4gW3IuY2xhc3NOYW1lLCByLmxpbmVzXSksIFtcbiAgICAgIFsnVW5xdW90ZWRWYXJpYWJsZScsIFszLCA1XV0sIFsnRGVwcmVjYXRlZEVhcGknLCBbXV0sIFsnQmFkV2hpdGVzcGFjZUNoYXJhY3RlcicsIFsyXV0sIFsnUmVkdW5kYW50VmVyc2lvbicsIFtdXSwgWydNaXNzaW5nUmVtb3RlSWQnLCBbXV0sIFsnTm9uZXhpc3RlbnREZXBzJywgW11dLFxuICAgIF0pO1xuICB9KTtcblxuICBpdCgna2VlcHMgcmVzdWx0cyBvZiB0aGlzIHZlcnNpb24gYW5kIHBhY2thZ2UtbGV2ZWwgb25lcywgcGxhY2VkIG9uIHRoZSBsaW5lIHBrZ2NoZWNrIG5hbWVzJywgKCkgPT4ge1xuICAgIGNvbnN0IGRvYyA9IFRleHREb2N1bWVudC5jcmVhdGUoJ2ZpbGU6Ly8veCcsICdlYnVpbGQnLCAxLCAnRUFQST02XFxuXFx0Zm9vIGJhclxcbmNkICR7V09SS0RJUn1cXG5cXG5jcCAke1dPUktESVJ9L2EgLlxcbicpO1xuICAgIGNvbnN0IGZvdW5kID0gcGtnY2hlY2tGaW5kaW5ncyhwYXJzZUpzb25TdHJlYW0oc2FtcGxlKSwgeyBjYXRlZ29yeTogJ2FwcC1taXNjJywgcGFja2FnZTogJ2hlbGxvJywgdmVyc2lvbjogJzEuMScgfSwgKGwpID0+IChsID49IGRvYy5saW5lQ291bnQgPyBkb2MuZ2V0VGV4dCgpLmxlbmd0aCA6IGRvYy5vZmZzZXRBdCh7IGxpbmU6IGwsIGNoYXJhY3RlcjogMCB9KSkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZm91bmQubWFwKChmKSA9PiBbZi5jb2RlLCBkb2MucG9zaXRpb25BdChmLnNwYW4uc3RhcnQpLmxpbmVdKSwgW1xuICAgICAgWydVbnF1b3RlZFZhcmlhYmxlJywgMl0sIFsnVW5xdW90ZWRWYXJpYWJsZScsIDRdLCBbJ0RlcHJlY2F0ZWRFYXBpJywgMF0sIFsnQmFkV2hpdGVzcGFjZUNoYXJhY3RlcicsIDFdLCBbJ01pc3NpbmdSZW1vdGVJZCcsIDBdLFxuICAgIF0pO1xuICAgIGFzc2VydC5tYXRjaChmb3VuZFswXS5tZXNzYWdlLCAvVW5xdW90ZWQgVmFyaWFibGUgXFwodmFyaWFibGU6IFdPUktESVJcXCkvKTtcbiAgfSk7XG59KTtcblxuZGVzY3JpYmUoJ3BhcnNpbmcnLCAoKSA9PiB7XG4gIGl0KCdpbmNyZW1lbnRhbCBlZGl0cyBnaXZlIHRoZSBzYW1lIGZhY3RzIGFzIHBhcnNpbmcgdGhlIGZpbmFsIHRleHQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgcGFyc2VyID0gYXdhaXQgY3JlYXRlUGFyc2VyKCk7XG4gICAgY29uc3Qgc3RhcnQgPSBlYnVpbGQoWydJVVNFPVwic3NsXCInLCAnc3JjX2luc3RhbGwoKSB7JywgJ1xcdHVzZSBzc2wgJiYgZG9kb2MgYScsICd9JywgJ3BrZ19wb3N0aW5zdCgpIHsgZWxvZyBoaTsgfSddKTtcbiAgICBjb25zdCBwZCA9IG5ldyBQYXJzZWREb2N1bWVudChwYXJzZXIsIFRleHREb2N1bWVudC5jcmVhdGUoJ2ZpbGU6Ly8vYS5lYnVpbGQnLCAnZWJ1aWxkJywgMSwgc3RhcnQpKTtcbiAgICBwZC5mYWN0cygpO1xuICAgIGNvbnN0IGVkaXRzID0gW1xuICAgICAgeyByYW5nZTogeyBzdGFydDogeyBsaW5lOiAzLCBjaGFyYWN0ZXI6IDUgfSwgZW5kOiB7IGxpbmU6IDMsIGNoYXJhY3RlcjogOCB9IH0sIHRleHQ6ICdndGsnIH0sXG4gICAgICB7IHJhbmdlOiB7IHN0YXJ0OiB7IGxpbmU6IDEsIGNoYXJhY3RlcjogNiB9LCBlbmQ6IHsgbGluZTogMSwgY2hhcmFjdGVyOiA2IH0gfSwgdGV4dDogJyBndGsnIH0sXG4gICAgICB7IHJhbmdlOiB7IHN0YXJ0OiB7IGxpbmU6IDUsIGNoYXJhY3RlcjogMCB9LCBlbmQ6IHsgbGluZTogNSwgY2hhcmFjdGVyOiAwIH0gfSwgdGV4dDogJ3NyY190ZXN0KCkge1xcblxcdGVtYWtlIGNoZWNrXFxufVxcbicgfSxcbiAgICBdO1xuICAgIGVkaXRzLmZvckVhY2goKGUsIGkpID0+IHtcbiAgICAgIHBkLnVwZGF0ZShbZV0sIGkgKyAyKTtcbiAgICAgIHBkLmZhY3RzKCk7XG4gICAgfSk7XG4gICAgY29uc3QgZnJlc2ggPSBuZXcgUGFyc2VkRG9jdW1lbnQocGFyc2VyLCBUZXh0RG9jdW1lbnQuY3JlYXRlKCdmaWxlOi8vL2IuZWJ1aWxkJywgJ2VidWlsZCcsIDEsIHBkLnRleHQpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBkLmZhY3RzKCksIGZyZXNoLmZhY3RzKCkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGQuZmFjdHMoKS5mdW5jdGlvbnMubWFwKChmKSA9PiBmLm5hbWUpLCBbJ3NyY19pbnN0YWxsJywgJ3NyY190ZXN0JywgJ3BrZ19wb3N0aW5zdCddKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHBkLmZhY3RzKCkuY29tbWFuZHMuZmlsdGVyKChjKSA9PiBjLm5hbWUgPT09ICd1c2UnKS5tYXAoKGMpID0+IGMuYXJnc1swXS50ZXh0KSwgWydndGsnXSk7XG4gIH0pO1xufSk7XG5cbmRlc2NyaWJlKCdlY2xhc3MgZG9jdW1lbnRhdGlvbiBhbmQgbWV0YWRhdGEueG1sJywgKCkgPT4ge1xuICBpdCgncmVhZHMgQEVDTEFTUywgQEZVTkNUSU9OIHdpdGggQFVTQUdFL0BSRVRVUk4vQElOVEVSTkFMIGFuZCBARUNMQVNTX1ZBUklBQkxFIGJsb2NrcycsICgpID0+IHtcbiAgICBjb25zdCBlID0gcGFyc2VFY2xhc3MoJ3gnLCBbJyMgQEVDTEFTUzogeC5lY2xhc3MnLCAnIyBAQkxVUkI6IGRvZXMgeCcsICcjIEBERVNDUklQVElPTjonLCAnIyBMaW5lIG9uZScsICcjIGxpbmUgdHdvJywgJycsICdJVVNFPVwiK2EgYiAke0RZTn1cIicsXG4gICAgICAnIyBARlVOQ1RJT046IHhfZG8nLCAnIyBAVVNBR0U6IDx3aGF0PicsICcjIEBSRVRVUk46IDAgb24gc3VjY2VzcycsICcjIEBERVNDUklQVElPTjonLCAnIyBEb2VzIGl0LicsICd4X2RvKCkgeycsICdcXHQ6JywgJ30nLFxuICAgICAgJyMgQEZVTkNUSU9OOiBfeF9wcml2YXRlJywgJyMgQElOVEVSTkFMJywgJ194X3ByaXZhdGUoKSB7IDo7IH0nLCAnIyBARUNMQVNTLVZBUklBQkxFOiBYX09QVFMnLCAnIyBAREVGQVVMVF9VTlNFVCcsICcjIEBERVNDUklQVElPTjonLCAnIyBPcHRpb25zLicsXG4gICAgICAnaW5oZXJpdCB5IHonLCAnRVhQT1JUX0ZVTkNUSU9OUyBzcmNfY29tcGlsZSddLmpvaW4oJ1xcbicpKTtcbiAgICBhc3NlcnQuZXF1YWwoZS5ibHVyYiwgJ2RvZXMgeCcpO1xuICAgIGFzc2VydC5lcXVhbChlLmRlc2NyaXB0aW9uLCAnTGluZSBvbmVcXG5saW5lIHR3bycpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZS5mdW5jdGlvbnMuZ2V0KCd4X2RvJyksIHsgbmFtZTogJ3hfZG8nLCBsaW5lOiAxMiwgdXNhZ2U6ICc8d2hhdD4nLCBkZXNjcmlwdGlvbjogJ0RvZXMgaXQuJywgcmV0dXJuczogJzAgb24gc3VjY2VzcycsIGludGVybmFsOiBmYWxzZSwgZGVwcmVjYXRlZDogdW5kZWZpbmVkLCBkb2N1bWVudGVkOiB0cnVlIH0pO1xuICAgIGFzc2VydC5lcXVhbChlLmZ1bmN0aW9ucy5nZXQoJ194X3ByaXZhdGUnKT8uaW50ZXJuYWwsIHRydWUpO1xuICAgIGFzc2VydC5lcXVhbChlLnZhcmlhYmxlcy5nZXQoJ1hfT1BUUycpPy5kZXNjcmlwdGlvbiwgJ09wdGlvbnMuJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChbZS5pdXNlLCBlLml1c2VEeW5hbWljLCBlLmluaGVyaXRzLCBlLmV4cG9ydGVkUGhhc2VzXSwgW1snYScsICdiJ10sIHRydWUsIFsneScsICd6J10sIFsnc3JjX2NvbXBpbGUnXV0pO1xuICB9KTtcblxuICBpdCgnZmxhdHRlbnMgaW5saW5lIG1hcmt1cCBpbiBmbGFnIGRlc2NyaXB0aW9ucyBhbmQgcmVwb3J0cyB3aGVyZSBhIGJyb2tlbiBmaWxlIGJyZWFrcycsICgpID0+IHtcbiAgICBjb25zdCBvayA9IHBhcnNlTWV0YWRhdGFYbWwoJzxwa2dtZXRhZGF0YT48dXNlPjxmbGFnIG5hbWU9XCJndGtcIj5Vc2UgPHBrZz54MTEtbGlicy9ndGsrPC9wa2c+IGhlcmU8L2ZsYWc+PC91c2U+PC9wa2dtZXRhZGF0YT4nLCAnbS54bWwnKTtcbiAgICBhc3NlcnQuZXF1YWwob2suZmxhZ3MuZ2V0KCdndGsnKSwgJ1VzZSB4MTEtbGlicy9ndGsrIGhlcmUnKTtcbiAgICBjb25zdCBiYWQgPSBwYXJzZU1ldGFkYXRhWG1sKCc8cGtnbWV0YWRhdGE+XFxuPHVzZT5cXG48ZmxhZyBuYW1lPVwiYVwiPnhcXG48L3VzZT48L3BrZ21ldGFkYXRhPicsICdtLnhtbCcpO1xuICAgIGFzc2VydC5lcXVhbChiYWQuZmxhZ3Muc2l6ZSwgMCk7XG4gICAgYXNzZXJ0Lm9rKGJhZC5lcnJvciAmJiBiYWQuZXJyb3IubGluZSA+PSAxLCBKU09OLnN0cmluZ2lmeShiYWQuZXJyb3IpKTtcbiAgfSk7XG59KTtcblxuZGVzY3JpYmUoJ2F0b21zIChQTVMgOC4zKScsICgpID0+IHtcbiAgaXQoJ2FjY2VwdHMgdmFsaWQgYXRvbXMgYW5kIGV4cGxhaW5zIGludmFsaWQgb25lcycsICgpID0+IHtcbiAgICBmb3IgKGNvbnN0IGEgb2YgWydkZXYtbGlicy9mb28nLCAnPj1kZXYtbGlicy9mb28tMS4yLjNfcmMxLXIyJywgJz1kZXYtbGlicy9mb28tMSonLCAnfmRldi1saWJzL2Zvby0xLjAnLCAnISFkZXYtbGlicy9mb28nLCAnZGV2LWxpYnMvZm9vOjAvMT0nLCAnZGV2LWxpYnMvZm9vOj0nLCAnZGV2LWxpYnMvZm9vW2EsLWIsYz8sIWQ9LGUoKyldJywgJ2Rldi1saWJzL2Zvby1iYXIyJ10pIHtcbiAgICAgIGFzc2VydC5lcXVhbChjaGVja0F0b20oYSwgOCksIHVuZGVmaW5lZCwgYSk7XG4gICAgfVxuICAgIGFzc2VydC5tYXRjaChjaGVja0F0b20oJ2Rldi1saWJzL2Zvby0xLjAnLCA4KSA/PyAnJywgL2xvb2tzIGxpa2UgaXQgaGFzIGEgdmVyc2lvbi8pO1xuICAgIGFzc2VydC5tYXRjaChjaGVja0F0b20oJz49ZGV2LWxpYnMvZm9vJywgOCkgPz8gJycsIC9uZWVkcyBhIHZlcnNpb24vKTtcbiAgICBhc3NlcnQubWF0Y2goY2hlY2tBdG9tKCdkZXYtbGlicy9mb286PScsIDQpID8/ICcnLCAvRUFQSSA1Lyk7XG4gICAgYXNzZXJ0Lm1hdGNoKGNoZWNrQXRvbSgnPj1kZXYtbGlicy9mb28tMSonLCA4KSA/PyAnJywgL29ubHkgYWxsb3dlZCB3aXRoIHRoZSA9IG9wZXJhdG9yLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKGNoZWNrQXRvbSgnZm9vJywgOCkgPz8gJycsIC9ub3QgYW4gYXRvbS8pO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1QkFBNkI7QUFDN0Isb0JBQW1CO0FBQ25CLHVCQUFxQjtBQUNyQixnREFBNkI7QUFDN0IsdUJBQTBCO0FBQzFCLHVCQUE0QjtBQUM1Qix1QkFBaUM7QUFDakMsbUJBQTZDO0FBQzdDLHNCQUFnRTtBQUNoRSx3QkFBZ0Q7QUFDaEQsMkJBQXlDO0FBRXpDLE1BQU0sWUFBUSx1QkFBSyw4QkFBUyxZQUFZLFNBQVMsa0JBQWtCO0FBQUEsSUFFbkUsMkJBQVMsMENBQTBDLE1BQU07QUFDdkQsMkJBQUcsMEdBQTBHLFlBQVk7QUFDdkgsVUFBTSxXQUFPLDZCQUFPO0FBQUEsTUFBQztBQUFBLE1BQXNCO0FBQUEsTUFBbUI7QUFBQSxNQUFZO0FBQUEsTUFBcUI7QUFBQSxNQUFrQjtBQUFBLE1BQy9HO0FBQUEsTUFBK0I7QUFBQSxNQUFnQztBQUFBLElBQUcsQ0FBQztBQUNyRSxVQUFNLFdBQVcsVUFBTSxpQ0FBYyxJQUFJO0FBQ3pDLGtCQUFBQSxRQUFPLEdBQUcsVUFBVSwyREFBMkQ7QUFDL0UsVUFBTSxFQUFFLEtBQUssSUFBSSxJQUFJLFVBQU0sOEJBQVEsT0FBTyxJQUFJO0FBQzlDLFVBQU0sWUFBUSxvQ0FBaUIsS0FBSyxVQUFVLENBQUMsTUFBTSxjQUFjLElBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxDQUFDLENBQUMsRUFDakcsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLElBQUksSUFBSSxLQUFLLE1BQU0sRUFBRSxLQUFLLE9BQU8sRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFO0FBQ2pFLGtCQUFBQSxRQUFPLEdBQUcsTUFBTSxTQUFTLHFCQUFxQixHQUFHLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDakUsa0JBQUFBLFFBQU8sR0FBRyxNQUFNLFNBQVMsNEJBQTRCLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQztBQUN4RSxrQkFBQUEsUUFBTyxHQUFHLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLG1CQUFtQixDQUFDLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQztBQUNoRixrQkFBQUEsUUFBTyxHQUFHLENBQUMsTUFBTSxLQUFLLENBQUMsTUFBTSx3Q0FBd0MsS0FBSyxDQUFDLENBQUMsR0FBRyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFDakcsQ0FBQztBQUVELDJCQUFHLDhGQUE4RixZQUFZO0FBQzNHLFVBQU0sV0FBTyw2QkFBTyxDQUFDLHNCQUFzQixtQkFBbUIsMkNBQTRDLEdBQUcsQ0FBQztBQUM5RyxVQUFNLEVBQUUsS0FBSyxJQUFJLElBQUksVUFBTSw4QkFBUSxPQUFPLElBQUk7QUFDOUMsVUFBTSxLQUFLLENBQUMsU0FBaUI7QUFDM0IsWUFBTSxJQUFJLElBQUksV0FBVyxLQUFLLFFBQVEsTUFBTSxJQUFJLEdBQUcsQ0FBQztBQUNwRCxhQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLEVBQUUsT0FBTyxHQUFHLFFBQVEsRUFBRSxZQUFZLEdBQUcsV0FBVyxFQUFFLFlBQVksS0FBSyxTQUFTLEdBQUcsT0FBTyxXQUFXLE1BQU0sTUFBTSxTQUFTLEdBQUcsSUFBSSxtQ0FBbUM7QUFBQSxJQUN0TTtBQUNBLFVBQU0sV0FBTyxvQ0FBaUIsS0FBSyxDQUFDLEdBQUcsSUFBSSxHQUFHLEdBQUcsWUFBWSxHQUFHLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxNQUFNLGNBQWMsSUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLENBQUMsQ0FBQztBQUNuSSxrQkFBQUEsUUFBTyxVQUFVLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxNQUFNLEVBQUUsS0FBSyxPQUFPLEVBQUUsS0FBSyxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQztBQUFBLEVBQ3JGLENBQUM7QUFDSCxDQUFDO0FBQUEsSUFFRCwyQkFBUyx1QkFBdUIsTUFBTTtBQUNwQyxRQUFNLFNBQVM7QUFBQSxJQUNiO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUVYLDJCQUFHLGdFQUFnRSxNQUFNO0FBQ3ZFLGtCQUFBQSxRQUFPLGNBQVUsOEJBQWEsNEJBQTRCLFlBQVksT0FBTyxHQUFHLENBQUMsWUFBWSxRQUFRLE1BQU0sY0FBYyxNQUFNLDRCQUE0QixnQkFBZ0IsQ0FBQztBQUM1SyxVQUFNLGNBQVUsaUNBQWdCLE1BQU07QUFDdEMsa0JBQUFBLFFBQU8sVUFBVSxRQUFRLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXLEVBQUUsS0FBSyxDQUFDLEdBQUc7QUFBQSxNQUMzRCxDQUFDLG9CQUFvQixDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsTUFBRyxDQUFDLGtCQUFrQixDQUFDLENBQUM7QUFBQSxNQUFHLENBQUMsMEJBQTBCLENBQUMsQ0FBQyxDQUFDO0FBQUEsTUFBRyxDQUFDLG9CQUFvQixDQUFDLENBQUM7QUFBQSxNQUFHLENBQUMsbUJBQW1CLENBQUMsQ0FBQztBQUFBLE1BQUcsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDO0FBQUEsSUFDbEssQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUVELDJCQUFHLDJGQUEyRixNQUFNO0FBQ2xHLFVBQU0sTUFBTSx1REFBYSxPQUFPLGFBQWEsVUFBVSxHQUFHLHdEQUF5RDtBQUNuSCxVQUFNLFlBQVEsc0NBQWlCLGlDQUFnQixNQUFNLEdBQUcsRUFBRSxVQUFVLFlBQVksU0FBUyxTQUFTLFNBQVMsTUFBTSxHQUFHLENBQUMsTUFBTyxLQUFLLElBQUksWUFBWSxJQUFJLFFBQVEsRUFBRSxTQUFTLElBQUksU0FBUyxFQUFFLE1BQU0sR0FBRyxXQUFXLEVBQUUsQ0FBQyxDQUFFO0FBQ2hOLGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxJQUFJLFdBQVcsRUFBRSxLQUFLLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBRztBQUFBLE1BQzlFLENBQUMsb0JBQW9CLENBQUM7QUFBQSxNQUFHLENBQUMsb0JBQW9CLENBQUM7QUFBQSxNQUFHLENBQUMsa0JBQWtCLENBQUM7QUFBQSxNQUFHLENBQUMsMEJBQTBCLENBQUM7QUFBQSxNQUFHLENBQUMsbUJBQW1CLENBQUM7QUFBQSxJQUMvSCxDQUFDO0FBQ0Qsa0JBQUFBLFFBQU8sTUFBTSxNQUFNLENBQUMsRUFBRSxTQUFTLHlDQUF5QztBQUFBLEVBQzFFLENBQUM7QUFDSCxDQUFDO0FBQUEsSUFFRCwyQkFBUyxXQUFXLE1BQU07QUFDeEIsMkJBQUcsbUVBQW1FLFlBQVk7QUFDaEYsVUFBTSxTQUFTLFVBQU0sMkJBQWE7QUFDbEMsVUFBTSxZQUFRLDZCQUFPLENBQUMsY0FBYyxtQkFBbUIsdUJBQXdCLEtBQUssNkJBQTZCLENBQUM7QUFDbEgsVUFBTSxLQUFLLElBQUksNEJBQWUsUUFBUSx1REFBYSxPQUFPLG9CQUFvQixVQUFVLEdBQUcsS0FBSyxDQUFDO0FBQ2pHLE9BQUcsTUFBTTtBQUNULFVBQU0sUUFBUTtBQUFBLE1BQ1osRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sR0FBRyxXQUFXLEVBQUUsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLFdBQVcsRUFBRSxFQUFFLEdBQUcsTUFBTSxNQUFNO0FBQUEsTUFDM0YsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sR0FBRyxXQUFXLEVBQUUsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLFdBQVcsRUFBRSxFQUFFLEdBQUcsTUFBTSxPQUFPO0FBQUEsTUFDNUYsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sR0FBRyxXQUFXLEVBQUUsR0FBRyxLQUFLLEVBQUUsTUFBTSxHQUFHLFdBQVcsRUFBRSxFQUFFLEdBQUcsTUFBTSxrQ0FBbUM7QUFBQSxJQUMxSDtBQUNBLFVBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN0QixTQUFHLE9BQU8sQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDO0FBQ3BCLFNBQUcsTUFBTTtBQUFBLElBQ1gsQ0FBQztBQUNELFVBQU0sUUFBUSxJQUFJLDRCQUFlLFFBQVEsdURBQWEsT0FBTyxvQkFBb0IsVUFBVSxHQUFHLEdBQUcsSUFBSSxDQUFDO0FBQ3RHLGtCQUFBQSxRQUFPLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFDMUMsa0JBQUFBLFFBQU8sVUFBVSxHQUFHLE1BQU0sRUFBRSxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxHQUFHLENBQUMsZUFBZSxZQUFZLGNBQWMsQ0FBQztBQUNyRyxrQkFBQUEsUUFBTyxVQUFVLEdBQUcsTUFBTSxFQUFFLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUFFLElBQUksR0FBRyxDQUFDLEtBQUssQ0FBQztBQUFBLEVBQzFHLENBQUM7QUFDSCxDQUFDO0FBQUEsSUFFRCwyQkFBUyx5Q0FBeUMsTUFBTTtBQUN0RCwyQkFBRyxzRkFBc0YsTUFBTTtBQUM3RixVQUFNLFFBQUksOEJBQVksS0FBSztBQUFBLE1BQUM7QUFBQSxNQUF1QjtBQUFBLE1BQW9CO0FBQUEsTUFBbUI7QUFBQSxNQUFjO0FBQUEsTUFBYztBQUFBLE1BQUk7QUFBQSxNQUN4SDtBQUFBLE1BQXFCO0FBQUEsTUFBb0I7QUFBQSxNQUEyQjtBQUFBLE1BQW1CO0FBQUEsTUFBYztBQUFBLE1BQVk7QUFBQSxNQUFPO0FBQUEsTUFDeEg7QUFBQSxNQUEyQjtBQUFBLE1BQWU7QUFBQSxNQUF1QjtBQUFBLE1BQThCO0FBQUEsTUFBb0I7QUFBQSxNQUFtQjtBQUFBLE1BQ3RJO0FBQUEsTUFBZTtBQUFBLElBQThCLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDM0Qsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sUUFBUTtBQUM5QixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsYUFBYSxvQkFBb0I7QUFDaEQsa0JBQUFBLFFBQU8sVUFBVSxFQUFFLFVBQVUsSUFBSSxNQUFNLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxJQUFJLE9BQU8sVUFBVSxhQUFhLFlBQVksU0FBUyxnQkFBZ0IsVUFBVSxPQUFPLFlBQVksUUFBVyxZQUFZLEtBQUssQ0FBQztBQUNqTSxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsVUFBVSxJQUFJLFlBQVksR0FBRyxVQUFVLElBQUk7QUFDMUQsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLFVBQVUsSUFBSSxRQUFRLEdBQUcsYUFBYSxVQUFVO0FBQy9ELGtCQUFBQSxRQUFPLFVBQVUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxhQUFhLEVBQUUsVUFBVSxFQUFFLGNBQWMsR0FBRyxDQUFDLENBQUMsS0FBSyxHQUFHLEdBQUcsTUFBTSxDQUFDLEtBQUssR0FBRyxHQUFHLENBQUMsYUFBYSxDQUFDLENBQUM7QUFBQSxFQUN6SCxDQUFDO0FBRUQsMkJBQUcsc0ZBQXNGLE1BQU07QUFDN0YsVUFBTSxTQUFLLG1DQUFpQixtR0FBbUcsT0FBTztBQUN0SSxrQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxJQUFJLEtBQUssR0FBRyx3QkFBd0I7QUFDMUQsVUFBTSxVQUFNLG1DQUFpQixnRUFBZ0UsT0FBTztBQUNwRyxrQkFBQUEsUUFBTyxNQUFNLElBQUksTUFBTSxNQUFNLENBQUM7QUFDOUIsa0JBQUFBLFFBQU8sR0FBRyxJQUFJLFNBQVMsSUFBSSxNQUFNLFFBQVEsR0FBRyxLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUM7QUFBQSxFQUN2RSxDQUFDO0FBQ0gsQ0FBQztBQUFBLElBRUQsMkJBQVMsbUJBQW1CLE1BQU07QUFDaEMsMkJBQUcsaURBQWlELE1BQU07QUFDeEQsZUFBVyxLQUFLLENBQUMsZ0JBQWdCLCtCQUErQixvQkFBb0IscUJBQXFCLGtCQUFrQixxQkFBcUIsa0JBQWtCLGtDQUFrQyxtQkFBbUIsR0FBRztBQUN4TixvQkFBQUEsUUFBTyxVQUFNLDRCQUFVLEdBQUcsQ0FBQyxHQUFHLFFBQVcsQ0FBQztBQUFBLElBQzVDO0FBQ0Esa0JBQUFBLFFBQU8sVUFBTSw0QkFBVSxvQkFBb0IsQ0FBQyxLQUFLLElBQUksNkJBQTZCO0FBQ2xGLGtCQUFBQSxRQUFPLFVBQU0sNEJBQVUsa0JBQWtCLENBQUMsS0FBSyxJQUFJLGlCQUFpQjtBQUNwRSxrQkFBQUEsUUFBTyxVQUFNLDRCQUFVLGtCQUFrQixDQUFDLEtBQUssSUFBSSxRQUFRO0FBQzNELGtCQUFBQSxRQUFPLFVBQU0sNEJBQVUscUJBQXFCLENBQUMsS0FBSyxJQUFJLGtDQUFrQztBQUN4RixrQkFBQUEsUUFBTyxVQUFNLDRCQUFVLE9BQU8sQ0FBQyxLQUFLLElBQUksYUFBYTtBQUFBLEVBQ3ZELENBQUM7QUFDSCxDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiXQp9Cg==
