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
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_lspClient = require("./lspClient");
const ROOT = (0, import_node_path.resolve)(__dirname, "..", "..", "..");
const REPO = (0, import_node_path.join)(ROOT, "test", "fixtures", "lsp-repo");
const OVERLAY = (0, import_node_path.join)(REPO, "overlay");
const uriOf = (p) => `file://${p}`;
const HELLO_TEXT = [
  "EAPI=8",
  "inherit fancybuild myhelpers",
  'DESCRIPTION="x"',
  'LICENSE="MIT"',
  'SLOT="0"',
  'KEYWORDS="~amd64"',
  'IUSE="ssl"',
  'RDEPEND="ssl? ( dev-libs/openssl )"',
  "src_install() {",
  "	use gtk && my_greet x",
  "	use ",
  "	cd $WORKDIR/$P",
  "}",
  ""
].join("\n");
(0, import_node_test.describe)("language server over stdio (JSON-RPC)", () => {
  let ls;
  let tmp;
  const helloPath = (0, import_node_path.join)(OVERLAY, "app-misc", "hello", "hello-9.ebuild");
  (0, import_node_test.before)(async () => {
    tmp = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "ebuild-ls-"));
    ls = new import_lspClient.LspProcess(process.execPath, [(0, import_node_path.join)(ROOT, "bin", "ebuild-builder-ls.js"), "--stdio"]);
    const init = await ls.initialize(OVERLAY, { repositories: [(0, import_node_path.join)(REPO, "gentoo")], shellcheck: { delayMs: 50 } });
    import_strict.default.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.definitionProvider);
  });
  (0, import_node_test.after)(async () => {
    await ls.stop();
    (0, import_node_fs.rmSync)(tmp, { recursive: true, force: true });
  });
  (0, import_node_test.it)("publishes ebuild diagnostics on open, then shellcheck ones", async () => {
    await ls.open(uriOf(helloPath), HELLO_TEXT);
    const first = await ls.waitForDiagnostics((p) => p.uri === uriOf(helloPath));
    const codes = first.diagnostics.map((d) => d.code);
    import_strict.default.deepEqual(codes, ["flag-not-in-iuse"], JSON.stringify(first));
    const gtk = first.diagnostics.find((d) => d.code === "flag-not-in-iuse");
    import_strict.default.deepEqual(gtk?.range, { start: { line: 9, character: 5 }, end: { line: 9, character: 8 } });
    const withShellcheck = await ls.waitForDiagnostics((p) => p.uri === uriOf(helloPath) && p.diagnostics.some((d) => d.source === "shellcheck"));
    import_strict.default.ok(withShellcheck.diagnostics.some((d) => d.code === "SC2086"), JSON.stringify(withShellcheck));
  });
  (0, import_node_test.it)('completes IUSE flags after "use " and answers hover and definition', async () => {
    const items = await ls.connection.sendRequest("textDocument/completion", { textDocument: { uri: uriOf(helloPath) }, position: { line: 10, character: 5 } });
    import_strict.default.deepEqual(items.map((i) => i.label).sort(), ["ssl", "test"]);
    const hover = await ls.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(helloPath) }, position: { line: 9, character: 14 } });
    import_strict.default.match(hover.contents.value, /Prints a greeting for the given name/);
    const def = await ls.connection.sendRequest("textDocument/definition", { textDocument: { uri: uriOf(helloPath) }, position: { line: 1, character: 10 } });
    import_strict.default.deepEqual(def.map((d) => d.uri), [uriOf((0, import_node_path.join)(REPO, "gentoo", "eclass", "fancybuild.eclass"))]);
  });
  (0, import_node_test.it)("re-publishes after an incremental edit", async () => {
    const mark = ls.published.length;
    await ls.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: uriOf(helloPath), version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 9 }, end: { line: 6, character: 9 } }, text: " gtk" }]
    });
    const after2 = await ls.waitForDiagnostics((p) => p.uri === uriOf(helloPath) && p.version === 2, 2e4, mark);
    import_strict.default.ok(!after2.diagnostics.some((d) => d.code === "flag-not-in-iuse"), JSON.stringify(after2));
  });
  (0, import_node_test.it)("survives a binary .ebuild, a 10 MB file, an unterminated heredoc and unbalanced braces", async () => {
    const binary = (0, import_node_path.join)(tmp, "bin-1.ebuild");
    const huge = (0, import_node_path.join)(tmp, "huge-1.ebuild");
    const heredoc = (0, import_node_path.join)(OVERLAY, "app-misc", "hello", "hello-7.ebuild");
    const braces = (0, import_node_path.join)(OVERLAY, "app-misc", "hello", "hello-8.ebuild");
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i * 131 % 256;
    (0, import_node_fs.writeFileSync)(binary, bytes);
    await ls.open(uriOf(binary), bytes.toString("latin1"));
    await ls.open(uriOf(huge), `EAPI=8
${"# filler line for a very large file\n".repeat(3e5)}`);
    await ls.open(uriOf(heredoc), "EAPI=8\ninherit nosuch\nDESCRIPTION=x\nSLOT=0\nLICENSE=MIT\nsrc_install() {\n	cat <<EOF > x\nhello\n}\n");
    await ls.open(uriOf(braces), "EAPI=8\nDESCRIPTION=x\nSLOT=0\nLICENSE=MIT\nsrc_install() {\n	if true; then\n		{ default\n");
    const msgOf = async (p) => (await ls.waitForDiagnostics((d) => d.uri === uriOf(p))).diagnostics.map((d) => d.message).join("\n");
    import_strict.default.match(await msgOf(binary), /binary, not an ebuild/);
    import_strict.default.match(await msgOf(huge), /MB, over the 4 MB/);
    import_strict.default.match(await msgOf(heredoc), /here-document is not terminated/);
    import_strict.default.match(await msgOf(heredoc), /eclass "nosuch" not found/);
    import_strict.default.match(await msgOf(braces), /missing|syntax error/);
    const items = await ls.connection.sendRequest("textDocument/completion", { textDocument: { uri: uriOf(binary) }, position: { line: 0, character: 1 } });
    import_strict.default.deepEqual(items, []);
    const hover = await ls.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(helloPath) }, position: { line: 9, character: 14 } });
    import_strict.default.match(hover.contents.value, /my_greet/);
  });
  (0, import_node_test.it)("shows pkgcheck results the extension hands over, on the lines pkgcheck names", async () => {
    const mark = ls.published.length;
    await ls.connection.sendNotification("ebuild/pkgcheckResults", {
      uri: uriOf(helloPath),
      output: '{"__class__": "UnquotedVariable", "category": "app-misc", "package": "hello", "version": "9", "variable": "WORKDIR", "lines": [12]}\n'
    });
    const p = await ls.waitForDiagnostics((d2) => d2.uri === uriOf(helloPath) && d2.diagnostics.some((x) => x.source === "pkgcheck"), 2e4, mark);
    const d = p.diagnostics.find((x) => x.source === "pkgcheck");
    import_strict.default.equal(d?.range.start.line, 11);
    import_strict.default.equal(d?.code, "UnquotedVariable");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9sc3Atc3RkaW8udGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgYWZ0ZXIsIGJlZm9yZSwgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCBybVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHRtcGRpciB9IGZyb20gJ25vZGU6b3MnO1xuaW1wb3J0IHsgam9pbiwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBMc3BQcm9jZXNzIH0gZnJvbSAnLi9sc3BDbGllbnQnO1xuXG5jb25zdCBST09UID0gcmVzb2x2ZShfX2Rpcm5hbWUsICcuLicsICcuLicsICcuLicpO1xuY29uc3QgUkVQTyA9IGpvaW4oUk9PVCwgJ3Rlc3QnLCAnZml4dHVyZXMnLCAnbHNwLXJlcG8nKTtcbmNvbnN0IE9WRVJMQVkgPSBqb2luKFJFUE8sICdvdmVybGF5Jyk7XG5jb25zdCB1cmlPZiA9IChwOiBzdHJpbmcpID0+IGBmaWxlOi8vJHtwfWA7XG5cbmNvbnN0IEhFTExPX1RFWFQgPSBbXG4gICdFQVBJPTgnLCAnaW5oZXJpdCBmYW5jeWJ1aWxkIG15aGVscGVycycsICdERVNDUklQVElPTj1cInhcIicsICdMSUNFTlNFPVwiTUlUXCInLCAnU0xPVD1cIjBcIicsICdLRVlXT1JEUz1cIn5hbWQ2NFwiJywgJ0lVU0U9XCJzc2xcIicsXG4gICdSREVQRU5EPVwic3NsPyAoIGRldi1saWJzL29wZW5zc2wgKVwiJywgJ3NyY19pbnN0YWxsKCkgeycsICdcXHR1c2UgZ3RrICYmIG15X2dyZWV0IHgnLCAnXFx0dXNlICcsICdcXHRjZCAkV09SS0RJUi8kUCcsICd9JywgJycsXG5dLmpvaW4oJ1xcbicpO1xuXG5kZXNjcmliZSgnbGFuZ3VhZ2Ugc2VydmVyIG92ZXIgc3RkaW8gKEpTT04tUlBDKScsICgpID0+IHtcbiAgbGV0IGxzOiBMc3BQcm9jZXNzO1xuICBsZXQgdG1wOiBzdHJpbmc7XG4gIGNvbnN0IGhlbGxvUGF0aCA9IGpvaW4oT1ZFUkxBWSwgJ2FwcC1taXNjJywgJ2hlbGxvJywgJ2hlbGxvLTkuZWJ1aWxkJyk7XG5cbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICB0bXAgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnZWJ1aWxkLWxzLScpKTtcbiAgICBscyA9IG5ldyBMc3BQcm9jZXNzKHByb2Nlc3MuZXhlY1BhdGgsIFtqb2luKFJPT1QsICdiaW4nLCAnZWJ1aWxkLWJ1aWxkZXItbHMuanMnKSwgJy0tc3RkaW8nXSk7XG4gICAgY29uc3QgaW5pdCA9IChhd2FpdCBscy5pbml0aWFsaXplKE9WRVJMQVksIHsgcmVwb3NpdG9yaWVzOiBbam9pbihSRVBPLCAnZ2VudG9vJyldLCBzaGVsbGNoZWNrOiB7IGRlbGF5TXM6IDUwIH0gfSkpIGFzIHsgY2FwYWJpbGl0aWVzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9O1xuICAgIGFzc2VydC5vayhpbml0LmNhcGFiaWxpdGllcy5jb21wbGV0aW9uUHJvdmlkZXIgJiYgaW5pdC5jYXBhYmlsaXRpZXMuaG92ZXJQcm92aWRlciAmJiBpbml0LmNhcGFiaWxpdGllcy5kZWZpbml0aW9uUHJvdmlkZXIpO1xuICB9KTtcblxuICBhZnRlcihhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgbHMuc3RvcCgpO1xuICAgIHJtU3luYyh0bXAsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfSk7XG5cbiAgaXQoJ3B1Ymxpc2hlcyBlYnVpbGQgZGlhZ25vc3RpY3Mgb24gb3BlbiwgdGhlbiBzaGVsbGNoZWNrIG9uZXMnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgbHMub3Blbih1cmlPZihoZWxsb1BhdGgpLCBIRUxMT19URVhUKTtcbiAgICBjb25zdCBmaXJzdCA9IGF3YWl0IGxzLndhaXRGb3JEaWFnbm9zdGljcygocCkgPT4gcC51cmkgPT09IHVyaU9mKGhlbGxvUGF0aCkpO1xuICAgIGNvbnN0IGNvZGVzID0gZmlyc3QuZGlhZ25vc3RpY3MubWFwKChkKSA9PiBkLmNvZGUpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY29kZXMsIFsnZmxhZy1ub3QtaW4taXVzZSddLCBKU09OLnN0cmluZ2lmeShmaXJzdCkpO1xuICAgIGNvbnN0IGd0ayA9IGZpcnN0LmRpYWdub3N0aWNzLmZpbmQoKGQpID0+IGQuY29kZSA9PT0gJ2ZsYWctbm90LWluLWl1c2UnKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGd0az8ucmFuZ2UsIHsgc3RhcnQ6IHsgbGluZTogOSwgY2hhcmFjdGVyOiA1IH0sIGVuZDogeyBsaW5lOiA5LCBjaGFyYWN0ZXI6IDggfSB9KTtcbiAgICBjb25zdCB3aXRoU2hlbGxjaGVjayA9IGF3YWl0IGxzLndhaXRGb3JEaWFnbm9zdGljcygocCkgPT4gcC51cmkgPT09IHVyaU9mKGhlbGxvUGF0aCkgJiYgcC5kaWFnbm9zdGljcy5zb21lKChkKSA9PiBkLnNvdXJjZSA9PT0gJ3NoZWxsY2hlY2snKSk7XG4gICAgYXNzZXJ0Lm9rKHdpdGhTaGVsbGNoZWNrLmRpYWdub3N0aWNzLnNvbWUoKGQpID0+IGQuY29kZSA9PT0gJ1NDMjA4NicpLCBKU09OLnN0cmluZ2lmeSh3aXRoU2hlbGxjaGVjaykpO1xuICB9KTtcblxuICBpdCgnY29tcGxldGVzIElVU0UgZmxhZ3MgYWZ0ZXIgXCJ1c2UgXCIgYW5kIGFuc3dlcnMgaG92ZXIgYW5kIGRlZmluaXRpb24nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgaXRlbXMgPSAoYXdhaXQgbHMuY29ubmVjdGlvbi5zZW5kUmVxdWVzdCgndGV4dERvY3VtZW50L2NvbXBsZXRpb24nLCB7IHRleHREb2N1bWVudDogeyB1cmk6IHVyaU9mKGhlbGxvUGF0aCkgfSwgcG9zaXRpb246IHsgbGluZTogMTAsIGNoYXJhY3RlcjogNSB9IH0pKSBhcyB7IGxhYmVsOiBzdHJpbmcgfVtdO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoaXRlbXMubWFwKChpKSA9PiBpLmxhYmVsKS5zb3J0KCksIFsnc3NsJywgJ3Rlc3QnXSk7XG4gICAgY29uc3QgaG92ZXIgPSAoYXdhaXQgbHMuY29ubmVjdGlvbi5zZW5kUmVxdWVzdCgndGV4dERvY3VtZW50L2hvdmVyJywgeyB0ZXh0RG9jdW1lbnQ6IHsgdXJpOiB1cmlPZihoZWxsb1BhdGgpIH0sIHBvc2l0aW9uOiB7IGxpbmU6IDksIGNoYXJhY3RlcjogMTQgfSB9KSkgYXMgeyBjb250ZW50czogeyB2YWx1ZTogc3RyaW5nIH0gfTtcbiAgICBhc3NlcnQubWF0Y2goaG92ZXIuY29udGVudHMudmFsdWUsIC9QcmludHMgYSBncmVldGluZyBmb3IgdGhlIGdpdmVuIG5hbWUvKTtcbiAgICBjb25zdCBkZWYgPSAoYXdhaXQgbHMuY29ubmVjdGlvbi5zZW5kUmVxdWVzdCgndGV4dERvY3VtZW50L2RlZmluaXRpb24nLCB7IHRleHREb2N1bWVudDogeyB1cmk6IHVyaU9mKGhlbGxvUGF0aCkgfSwgcG9zaXRpb246IHsgbGluZTogMSwgY2hhcmFjdGVyOiAxMCB9IH0pKSBhcyB7IHVyaTogc3RyaW5nIH1bXTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGRlZi5tYXAoKGQpID0+IGQudXJpKSwgW3VyaU9mKGpvaW4oUkVQTywgJ2dlbnRvbycsICdlY2xhc3MnLCAnZmFuY3lidWlsZC5lY2xhc3MnKSldKTtcbiAgfSk7XG5cbiAgaXQoJ3JlLXB1Ymxpc2hlcyBhZnRlciBhbiBpbmNyZW1lbnRhbCBlZGl0JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IG1hcmsgPSBscy5wdWJsaXNoZWQubGVuZ3RoO1xuICAgIGF3YWl0IGxzLmNvbm5lY3Rpb24uc2VuZE5vdGlmaWNhdGlvbigndGV4dERvY3VtZW50L2RpZENoYW5nZScsIHtcbiAgICAgIHRleHREb2N1bWVudDogeyB1cmk6IHVyaU9mKGhlbGxvUGF0aCksIHZlcnNpb246IDIgfSxcbiAgICAgIGNvbnRlbnRDaGFuZ2VzOiBbeyByYW5nZTogeyBzdGFydDogeyBsaW5lOiA2LCBjaGFyYWN0ZXI6IDkgfSwgZW5kOiB7IGxpbmU6IDYsIGNoYXJhY3RlcjogOSB9IH0sIHRleHQ6ICcgZ3RrJyB9XSxcbiAgICB9KTtcbiAgICBjb25zdCBhZnRlciA9IGF3YWl0IGxzLndhaXRGb3JEaWFnbm9zdGljcygocCkgPT4gcC51cmkgPT09IHVyaU9mKGhlbGxvUGF0aCkgJiYgcC52ZXJzaW9uID09PSAyLCAyMDAwMCwgbWFyayk7XG4gICAgYXNzZXJ0Lm9rKCFhZnRlci5kaWFnbm9zdGljcy5zb21lKChkKSA9PiBkLmNvZGUgPT09ICdmbGFnLW5vdC1pbi1pdXNlJyksIEpTT04uc3RyaW5naWZ5KGFmdGVyKSk7XG4gIH0pO1xuXG4gIGl0KCdzdXJ2aXZlcyBhIGJpbmFyeSAuZWJ1aWxkLCBhIDEwIE1CIGZpbGUsIGFuIHVudGVybWluYXRlZCBoZXJlZG9jIGFuZCB1bmJhbGFuY2VkIGJyYWNlcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBiaW5hcnkgPSBqb2luKHRtcCwgJ2Jpbi0xLmVidWlsZCcpO1xuICAgIGNvbnN0IGh1Z2UgPSBqb2luKHRtcCwgJ2h1Z2UtMS5lYnVpbGQnKTtcbiAgICBjb25zdCBoZXJlZG9jID0gam9pbihPVkVSTEFZLCAnYXBwLW1pc2MnLCAnaGVsbG8nLCAnaGVsbG8tNy5lYnVpbGQnKTtcbiAgICBjb25zdCBicmFjZXMgPSBqb2luKE9WRVJMQVksICdhcHAtbWlzYycsICdoZWxsbycsICdoZWxsby04LmVidWlsZCcpO1xuICAgIGNvbnN0IGJ5dGVzID0gQnVmZmVyLmFsbG9jKDQwOTYpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgYnl0ZXMubGVuZ3RoOyBpKyspIGJ5dGVzW2ldID0gKGkgKiAxMzEpICUgMjU2O1xuICAgIHdyaXRlRmlsZVN5bmMoYmluYXJ5LCBieXRlcyk7XG4gICAgYXdhaXQgbHMub3Blbih1cmlPZihiaW5hcnkpLCBieXRlcy50b1N0cmluZygnbGF0aW4xJykpO1xuICAgIGF3YWl0IGxzLm9wZW4odXJpT2YoaHVnZSksIGBFQVBJPThcXG4keycjIGZpbGxlciBsaW5lIGZvciBhIHZlcnkgbGFyZ2UgZmlsZVxcbicucmVwZWF0KDMwMDAwMCl9YCk7XG4gICAgYXdhaXQgbHMub3Blbih1cmlPZihoZXJlZG9jKSwgJ0VBUEk9OFxcbmluaGVyaXQgbm9zdWNoXFxuREVTQ1JJUFRJT049eFxcblNMT1Q9MFxcbkxJQ0VOU0U9TUlUXFxuc3JjX2luc3RhbGwoKSB7XFxuXFx0Y2F0IDw8RU9GID4geFxcbmhlbGxvXFxufVxcbicpO1xuICAgIGF3YWl0IGxzLm9wZW4odXJpT2YoYnJhY2VzKSwgJ0VBUEk9OFxcbkRFU0NSSVBUSU9OPXhcXG5TTE9UPTBcXG5MSUNFTlNFPU1JVFxcbnNyY19pbnN0YWxsKCkge1xcblxcdGlmIHRydWU7IHRoZW5cXG5cXHRcXHR7IGRlZmF1bHRcXG4nKTtcbiAgICBjb25zdCBtc2dPZiA9IGFzeW5jIChwOiBzdHJpbmcpID0+IChhd2FpdCBscy53YWl0Rm9yRGlhZ25vc3RpY3MoKGQpID0+IGQudXJpID09PSB1cmlPZihwKSkpLmRpYWdub3N0aWNzLm1hcCgoZCkgPT4gZC5tZXNzYWdlKS5qb2luKCdcXG4nKTtcbiAgICBhc3NlcnQubWF0Y2goYXdhaXQgbXNnT2YoYmluYXJ5KSwgL2JpbmFyeSwgbm90IGFuIGVidWlsZC8pO1xuICAgIGFzc2VydC5tYXRjaChhd2FpdCBtc2dPZihodWdlKSwgL01CLCBvdmVyIHRoZSA0IE1CLyk7XG4gICAgYXNzZXJ0Lm1hdGNoKGF3YWl0IG1zZ09mKGhlcmVkb2MpLCAvaGVyZS1kb2N1bWVudCBpcyBub3QgdGVybWluYXRlZC8pO1xuICAgIGFzc2VydC5tYXRjaChhd2FpdCBtc2dPZihoZXJlZG9jKSwgL2VjbGFzcyBcIm5vc3VjaFwiIG5vdCBmb3VuZC8pO1xuICAgIGFzc2VydC5tYXRjaChhd2FpdCBtc2dPZihicmFjZXMpLCAvbWlzc2luZ3xzeW50YXggZXJyb3IvKTtcbiAgICBjb25zdCBpdGVtcyA9IChhd2FpdCBscy5jb25uZWN0aW9uLnNlbmRSZXF1ZXN0KCd0ZXh0RG9jdW1lbnQvY29tcGxldGlvbicsIHsgdGV4dERvY3VtZW50OiB7IHVyaTogdXJpT2YoYmluYXJ5KSB9LCBwb3NpdGlvbjogeyBsaW5lOiAwLCBjaGFyYWN0ZXI6IDEgfSB9KSkgYXMgdW5rbm93bltdO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoaXRlbXMsIFtdKTtcbiAgICBjb25zdCBob3ZlciA9IChhd2FpdCBscy5jb25uZWN0aW9uLnNlbmRSZXF1ZXN0KCd0ZXh0RG9jdW1lbnQvaG92ZXInLCB7IHRleHREb2N1bWVudDogeyB1cmk6IHVyaU9mKGhlbGxvUGF0aCkgfSwgcG9zaXRpb246IHsgbGluZTogOSwgY2hhcmFjdGVyOiAxNCB9IH0pKSBhcyB7IGNvbnRlbnRzOiB7IHZhbHVlOiBzdHJpbmcgfSB9O1xuICAgIGFzc2VydC5tYXRjaChob3Zlci5jb250ZW50cy52YWx1ZSwgL215X2dyZWV0Lyk7XG4gIH0pO1xuXG4gIGl0KCdzaG93cyBwa2djaGVjayByZXN1bHRzIHRoZSBleHRlbnNpb24gaGFuZHMgb3Zlciwgb24gdGhlIGxpbmVzIHBrZ2NoZWNrIG5hbWVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IG1hcmsgPSBscy5wdWJsaXNoZWQubGVuZ3RoO1xuICAgIGF3YWl0IGxzLmNvbm5lY3Rpb24uc2VuZE5vdGlmaWNhdGlvbignZWJ1aWxkL3BrZ2NoZWNrUmVzdWx0cycsIHtcbiAgICAgIHVyaTogdXJpT2YoaGVsbG9QYXRoKSxcbiAgICAgIG91dHB1dDogJ3tcIl9fY2xhc3NfX1wiOiBcIlVucXVvdGVkVmFyaWFibGVcIiwgXCJjYXRlZ29yeVwiOiBcImFwcC1taXNjXCIsIFwicGFja2FnZVwiOiBcImhlbGxvXCIsIFwidmVyc2lvblwiOiBcIjlcIiwgXCJ2YXJpYWJsZVwiOiBcIldPUktESVJcIiwgXCJsaW5lc1wiOiBbMTJdfVxcbicsXG4gICAgfSk7XG4gICAgY29uc3QgcCA9IGF3YWl0IGxzLndhaXRGb3JEaWFnbm9zdGljcygoZCkgPT4gZC51cmkgPT09IHVyaU9mKGhlbGxvUGF0aCkgJiYgZC5kaWFnbm9zdGljcy5zb21lKCh4KSA9PiB4LnNvdXJjZSA9PT0gJ3BrZ2NoZWNrJyksIDIwMDAwLCBtYXJrKTtcbiAgICBjb25zdCBkID0gcC5kaWFnbm9zdGljcy5maW5kKCh4KSA9PiB4LnNvdXJjZSA9PT0gJ3BrZ2NoZWNrJyk7XG4gICAgYXNzZXJ0LmVxdWFsKGQ/LnJhbmdlLnN0YXJ0LmxpbmUsIDExKTtcbiAgICBhc3NlcnQuZXF1YWwoZD8uY29kZSwgJ1VucXVvdGVkVmFyaWFibGUnKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsdUJBQTRDO0FBQzVDLG9CQUFtQjtBQUNuQixxQkFBbUQ7QUFDbkQscUJBQXVCO0FBQ3ZCLHVCQUE4QjtBQUM5Qix1QkFBMkI7QUFFM0IsTUFBTSxXQUFPLDBCQUFRLFdBQVcsTUFBTSxNQUFNLElBQUk7QUFDaEQsTUFBTSxXQUFPLHVCQUFLLE1BQU0sUUFBUSxZQUFZLFVBQVU7QUFDdEQsTUFBTSxjQUFVLHVCQUFLLE1BQU0sU0FBUztBQUNwQyxNQUFNLFFBQVEsQ0FBQyxNQUFjLFVBQVUsQ0FBQztBQUV4QyxNQUFNLGFBQWE7QUFBQSxFQUNqQjtBQUFBLEVBQVU7QUFBQSxFQUFnQztBQUFBLEVBQW1CO0FBQUEsRUFBaUI7QUFBQSxFQUFZO0FBQUEsRUFBcUI7QUFBQSxFQUMvRztBQUFBLEVBQXVDO0FBQUEsRUFBbUI7QUFBQSxFQUEyQjtBQUFBLEVBQVU7QUFBQSxFQUFvQjtBQUFBLEVBQUs7QUFDMUgsRUFBRSxLQUFLLElBQUk7QUFBQSxJQUVYLDJCQUFTLHlDQUF5QyxNQUFNO0FBQ3RELE1BQUk7QUFDSixNQUFJO0FBQ0osUUFBTSxnQkFBWSx1QkFBSyxTQUFTLFlBQVksU0FBUyxnQkFBZ0I7QUFFckUsK0JBQU8sWUFBWTtBQUNqQixjQUFNLGdDQUFZLDJCQUFLLHVCQUFPLEdBQUcsWUFBWSxDQUFDO0FBQzlDLFNBQUssSUFBSSw0QkFBVyxRQUFRLFVBQVUsS0FBQyx1QkFBSyxNQUFNLE9BQU8sc0JBQXNCLEdBQUcsU0FBUyxDQUFDO0FBQzVGLFVBQU0sT0FBUSxNQUFNLEdBQUcsV0FBVyxTQUFTLEVBQUUsY0FBYyxLQUFDLHVCQUFLLE1BQU0sUUFBUSxDQUFDLEdBQUcsWUFBWSxFQUFFLFNBQVMsR0FBRyxFQUFFLENBQUM7QUFDaEgsa0JBQUFBLFFBQU8sR0FBRyxLQUFLLGFBQWEsc0JBQXNCLEtBQUssYUFBYSxpQkFBaUIsS0FBSyxhQUFhLGtCQUFrQjtBQUFBLEVBQzNILENBQUM7QUFFRCw4QkFBTSxZQUFZO0FBQ2hCLFVBQU0sR0FBRyxLQUFLO0FBQ2QsK0JBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQzlDLENBQUM7QUFFRCwyQkFBRyw4REFBOEQsWUFBWTtBQUMzRSxVQUFNLEdBQUcsS0FBSyxNQUFNLFNBQVMsR0FBRyxVQUFVO0FBQzFDLFVBQU0sUUFBUSxNQUFNLEdBQUcsbUJBQW1CLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxTQUFTLENBQUM7QUFDM0UsVUFBTSxRQUFRLE1BQU0sWUFBWSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDakQsa0JBQUFBLFFBQU8sVUFBVSxPQUFPLENBQUMsa0JBQWtCLEdBQUcsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUNuRSxVQUFNLE1BQU0sTUFBTSxZQUFZLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxrQkFBa0I7QUFDdkUsa0JBQUFBLFFBQU8sVUFBVSxLQUFLLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxHQUFHLFdBQVcsRUFBRSxHQUFHLEtBQUssRUFBRSxNQUFNLEdBQUcsV0FBVyxFQUFFLEVBQUUsQ0FBQztBQUNqRyxVQUFNLGlCQUFpQixNQUFNLEdBQUcsbUJBQW1CLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxTQUFTLEtBQUssRUFBRSxZQUFZLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxZQUFZLENBQUM7QUFDNUksa0JBQUFBLFFBQU8sR0FBRyxlQUFlLFlBQVksS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLFFBQVEsR0FBRyxLQUFLLFVBQVUsY0FBYyxDQUFDO0FBQUEsRUFDdkcsQ0FBQztBQUVELDJCQUFHLHNFQUFzRSxZQUFZO0FBQ25GLFVBQU0sUUFBUyxNQUFNLEdBQUcsV0FBVyxZQUFZLDJCQUEyQixFQUFFLGNBQWMsRUFBRSxLQUFLLE1BQU0sU0FBUyxFQUFFLEdBQUcsVUFBVSxFQUFFLE1BQU0sSUFBSSxXQUFXLEVBQUUsRUFBRSxDQUFDO0FBQzNKLGtCQUFBQSxRQUFPLFVBQVUsTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLEdBQUcsQ0FBQyxPQUFPLE1BQU0sQ0FBQztBQUNsRSxVQUFNLFFBQVMsTUFBTSxHQUFHLFdBQVcsWUFBWSxzQkFBc0IsRUFBRSxjQUFjLEVBQUUsS0FBSyxNQUFNLFNBQVMsRUFBRSxHQUFHLFVBQVUsRUFBRSxNQUFNLEdBQUcsV0FBVyxHQUFHLEVBQUUsQ0FBQztBQUN0SixrQkFBQUEsUUFBTyxNQUFNLE1BQU0sU0FBUyxPQUFPLHNDQUFzQztBQUN6RSxVQUFNLE1BQU8sTUFBTSxHQUFHLFdBQVcsWUFBWSwyQkFBMkIsRUFBRSxjQUFjLEVBQUUsS0FBSyxNQUFNLFNBQVMsRUFBRSxHQUFHLFVBQVUsRUFBRSxNQUFNLEdBQUcsV0FBVyxHQUFHLEVBQUUsQ0FBQztBQUN6SixrQkFBQUEsUUFBTyxVQUFVLElBQUksSUFBSSxDQUFDLE1BQU0sRUFBRSxHQUFHLEdBQUcsQ0FBQyxVQUFNLHVCQUFLLE1BQU0sVUFBVSxVQUFVLG1CQUFtQixDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3RHLENBQUM7QUFFRCwyQkFBRywwQ0FBMEMsWUFBWTtBQUN2RCxVQUFNLE9BQU8sR0FBRyxVQUFVO0FBQzFCLFVBQU0sR0FBRyxXQUFXLGlCQUFpQiwwQkFBMEI7QUFBQSxNQUM3RCxjQUFjLEVBQUUsS0FBSyxNQUFNLFNBQVMsR0FBRyxTQUFTLEVBQUU7QUFBQSxNQUNsRCxnQkFBZ0IsQ0FBQyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxHQUFHLFdBQVcsRUFBRSxHQUFHLEtBQUssRUFBRSxNQUFNLEdBQUcsV0FBVyxFQUFFLEVBQUUsR0FBRyxNQUFNLE9BQU8sQ0FBQztBQUFBLElBQ2hILENBQUM7QUFDRCxVQUFNQyxTQUFRLE1BQU0sR0FBRyxtQkFBbUIsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFNBQVMsS0FBSyxFQUFFLFlBQVksR0FBRyxLQUFPLElBQUk7QUFDM0csa0JBQUFELFFBQU8sR0FBRyxDQUFDQyxPQUFNLFlBQVksS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGtCQUFrQixHQUFHLEtBQUssVUFBVUEsTUFBSyxDQUFDO0FBQUEsRUFDaEcsQ0FBQztBQUVELDJCQUFHLDBGQUEwRixZQUFZO0FBQ3ZHLFVBQU0sYUFBUyx1QkFBSyxLQUFLLGNBQWM7QUFDdkMsVUFBTSxXQUFPLHVCQUFLLEtBQUssZUFBZTtBQUN0QyxVQUFNLGNBQVUsdUJBQUssU0FBUyxZQUFZLFNBQVMsZ0JBQWdCO0FBQ25FLFVBQU0sYUFBUyx1QkFBSyxTQUFTLFlBQVksU0FBUyxnQkFBZ0I7QUFDbEUsVUFBTSxRQUFRLE9BQU8sTUFBTSxJQUFJO0FBQy9CLGFBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLElBQUssT0FBTSxDQUFDLElBQUssSUFBSSxNQUFPO0FBQzlELHNDQUFjLFFBQVEsS0FBSztBQUMzQixVQUFNLEdBQUcsS0FBSyxNQUFNLE1BQU0sR0FBRyxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQ3JELFVBQU0sR0FBRyxLQUFLLE1BQU0sSUFBSSxHQUFHO0FBQUEsRUFBVyx3Q0FBd0MsT0FBTyxHQUFNLENBQUMsRUFBRTtBQUM5RixVQUFNLEdBQUcsS0FBSyxNQUFNLE9BQU8sR0FBRyx5R0FBMEc7QUFDeEksVUFBTSxHQUFHLEtBQUssTUFBTSxNQUFNLEdBQUcsNEZBQStGO0FBQzVILFVBQU0sUUFBUSxPQUFPLE9BQWUsTUFBTSxHQUFHLG1CQUFtQixDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sQ0FBQyxDQUFDLEdBQUcsWUFBWSxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxLQUFLLElBQUk7QUFDdkksa0JBQUFELFFBQU8sTUFBTSxNQUFNLE1BQU0sTUFBTSxHQUFHLHVCQUF1QjtBQUN6RCxrQkFBQUEsUUFBTyxNQUFNLE1BQU0sTUFBTSxJQUFJLEdBQUcsbUJBQW1CO0FBQ25ELGtCQUFBQSxRQUFPLE1BQU0sTUFBTSxNQUFNLE9BQU8sR0FBRyxpQ0FBaUM7QUFDcEUsa0JBQUFBLFFBQU8sTUFBTSxNQUFNLE1BQU0sT0FBTyxHQUFHLDJCQUEyQjtBQUM5RCxrQkFBQUEsUUFBTyxNQUFNLE1BQU0sTUFBTSxNQUFNLEdBQUcsc0JBQXNCO0FBQ3hELFVBQU0sUUFBUyxNQUFNLEdBQUcsV0FBVyxZQUFZLDJCQUEyQixFQUFFLGNBQWMsRUFBRSxLQUFLLE1BQU0sTUFBTSxFQUFFLEdBQUcsVUFBVSxFQUFFLE1BQU0sR0FBRyxXQUFXLEVBQUUsRUFBRSxDQUFDO0FBQ3ZKLGtCQUFBQSxRQUFPLFVBQVUsT0FBTyxDQUFDLENBQUM7QUFDMUIsVUFBTSxRQUFTLE1BQU0sR0FBRyxXQUFXLFlBQVksc0JBQXNCLEVBQUUsY0FBYyxFQUFFLEtBQUssTUFBTSxTQUFTLEVBQUUsR0FBRyxVQUFVLEVBQUUsTUFBTSxHQUFHLFdBQVcsR0FBRyxFQUFFLENBQUM7QUFDdEosa0JBQUFBLFFBQU8sTUFBTSxNQUFNLFNBQVMsT0FBTyxVQUFVO0FBQUEsRUFDL0MsQ0FBQztBQUVELDJCQUFHLGdGQUFnRixZQUFZO0FBQzdGLFVBQU0sT0FBTyxHQUFHLFVBQVU7QUFDMUIsVUFBTSxHQUFHLFdBQVcsaUJBQWlCLDBCQUEwQjtBQUFBLE1BQzdELEtBQUssTUFBTSxTQUFTO0FBQUEsTUFDcEIsUUFBUTtBQUFBLElBQ1YsQ0FBQztBQUNELFVBQU0sSUFBSSxNQUFNLEdBQUcsbUJBQW1CLENBQUNFLE9BQU1BLEdBQUUsUUFBUSxNQUFNLFNBQVMsS0FBS0EsR0FBRSxZQUFZLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxVQUFVLEdBQUcsS0FBTyxJQUFJO0FBQzFJLFVBQU0sSUFBSSxFQUFFLFlBQVksS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLFVBQVU7QUFDM0Qsa0JBQUFGLFFBQU8sTUFBTSxHQUFHLE1BQU0sTUFBTSxNQUFNLEVBQUU7QUFDcEMsa0JBQUFBLFFBQU8sTUFBTSxHQUFHLE1BQU0sa0JBQWtCO0FBQUEsRUFDMUMsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCIsICJhZnRlciIsICJkIl0KfQo=
