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
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_harness = require("./harness");
const STANDIN_SETTINGS = {
  "ebuildBuilder.images": { sabayon: "ebuild-builder/standin-sabayon:test", gentoo: "ebuild-builder/standin-gentoo:test" },
  // No bridge network on the test machine, and the stand-ins need none.
  "ebuildBuilder.network": "none"
};
function docker(...args) {
  return (0, import_node_child_process.execFileSync)("docker", args, { encoding: "utf8" }).trim();
}
function filesUnder(dir) {
  if (!(0, import_node_fs.existsSync)(dir)) return [];
  return (0, import_node_fs.readdirSync)(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath ?? d.path, d.name));
}
(0, import_node_test.describe)("building from the explorer in VS Code", { timeout: 6e5 }, () => {
  let vsc;
  let workspace;
  (0, import_node_test.before)(async () => {
    workspace = await (0, import_harness.copyWorkspace)("examples/overlay");
    vsc = await (0, import_harness.startVsCode)({ workspace, settings: STANDIN_SETTINGS });
  });
  (0, import_node_test.after)(async () => {
    await vsc?.close();
  });
  (0, import_node_test.it)("the context menu of an .ebuild offers the builds, and that of another file does not", async () => {
    await vsc.rightClickExplorer(["app-misc", "hello", "metadata.xml"]);
    const other = await vsc.menuItems();
    import_strict.default.ok(!other.some((i) => i.startsWith("Build in")), `no build items for metadata.xml, got ${other.join(", ")}`);
    await vsc.closeMenu();
    await vsc.rightClickExplorer(["app-misc", "hello", "hello-1.0.ebuild"]);
    const items = await vsc.menuItems();
    import_strict.default.ok(items.includes("Build in Sabayon container"), `menu: ${items.join(", ")}`);
    import_strict.default.ok(items.includes("Build in Gentoo container"), `menu: ${items.join(", ")}`);
    await vsc.screenshot("01-explorer-context-menu");
  });
  (0, import_node_test.it)('choosing "Build in Sabayon container" streams the build into a terminal headed by the image and command', async () => {
    await vsc.clickMenuItem("Build in Sabayon container");
    await vsc.waitForTerminalText(/>>> (Emerging \(1 of 1\) app-misc\/hello-1\.0|Unpacking|Compiling)|succeeded/);
    await vsc.screenshot("02-build-streaming");
    const done = await vsc.waitForTerminalText(/succeeded \(exit 0\)/);
    import_strict.default.match(done, /hello-1\.0\.(tbz2|gpkg\.tar)/);
    const all = await vsc.terminalBufferText();
    import_strict.default.match(all, /image\s+ebuild-builder\/standin-sabayon:test/);
    import_strict.default.match(all, /command\s+.*=app-misc\/hello-1\.0/);
    import_strict.default.match(all, />>> Emerging \(1 of 1\) app-misc\/hello-1\.0/);
  });
  (0, import_node_test.it)("the Builds view shows the build as succeeded and the artifacts folder has the package", async () => {
    await vsc.openActivity("Ebuild Builder");
    const row = vsc.treeRow("Builds", "app-misc/hello-1.0 succeeded");
    await row.waitFor({ timeout: 3e4 });
    import_strict.default.match(await row.innerText(), /sabayon · local · \d+s/);
    const packages = filesUnder(path.join(workspace, "artifacts")).filter((f) => /\.(tbz2|xpak|gpkg\.tar)$/.test(f));
    import_strict.default.ok(packages.some((f) => f.includes("hello-1.0")), `artifacts: ${packages.join(", ")}`);
    await vsc.screenshot("03-build-succeeded");
  });
  (0, import_node_test.it)("a failing build shows as failed, and its log opens in an editor at the error", async () => {
    await vsc.rightClickExplorer(["app-misc", "broken", "broken-1.0.ebuild"]);
    await vsc.clickMenuItem("Build in Sabayon container");
    const toast = await vsc.waitForNotification(/Build of app-misc\/broken-1\.0 failed/, 12e4);
    await vsc.openActivity("Ebuild Builder");
    await vsc.treeRow("Builds", "app-misc/broken-1.0 failed").waitFor({ timeout: 3e4 });
    await toast.getByRole("button", { name: "Open Build Log" }).click();
    await (0, import_harness.waitFor)("the log editor", async () => (await vsc.editorTabs()).some((t) => t.includes("broken-1.0")));
    const text = await (0, import_harness.waitFor)("the error line", async () => {
      const t = await vsc.editorText();
      return /\* ERROR: app-misc\/broken-1\.0::testoverlay failed \(compile phase\)/.test(t) ? t : "";
    });
    import_strict.default.doesNotMatch(text, /\x1b\[/, "the log is shown without terminal escapes");
    await vsc.screenshot("04-build-failed-log");
  });
  (0, import_node_test.it)("cancel from the Builds view stops the container", async () => {
    (0, import_node_fs.writeFileSync)(path.join(vsc.userDataDir, "User", "settings.json"), JSON.stringify({
      ...import_harness.DETERMINISTIC_SETTINGS,
      "security.workspace.trust.enabled": false,
      ...STANDIN_SETTINGS,
      "ebuildBuilder.env": { STANDIN_LINE_DELAY: "0.5" }
    }, null, 2));
    const before2 = new Set(docker("ps", "-aq", "--filter", "label=ebuild-builder.build").split("\n").filter(Boolean));
    await vsc.rightClickExplorer(["app-misc", "hello", "hello-1.0.ebuild"]);
    await vsc.clickMenuItem("Build in Sabayon container");
    const container = await (0, import_harness.waitFor)("the builder container to run", () => docker("ps", "-q", "--filter", "label=ebuild-builder.build", "--filter", "status=running").split("\n").find((id) => id && !before2.has(id)), 6e4);
    await vsc.openActivity("Ebuild Builder");
    const row = vsc.treeRow("Builds", "app-misc/hello-1.0 running");
    await row.waitFor({ timeout: 3e4 });
    await vsc.screenshot("05-build-running");
    await row.click({ button: "right" });
    await vsc.clickMenuItem("Cancel build");
    await vsc.treeRow("Builds", "app-misc/hello-1.0 cancelled").waitFor({ timeout: 6e4 });
    await (0, import_harness.waitFor)("the container to stop", () => !docker("ps", "-q", "--filter", `id=${container}`, "--filter", "status=running"), 3e4);
    await vsc.screenshot("06-build-cancelled");
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9lMmUvYnVpbGQudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgYnVpbGQgZmxvdyBhIHVzZXIgc2VlcywgaW4gYSByZWFsIFZTIENvZGUgKGNvZGUtc2VydmVyIGluIENocm9taXVtKSB3aXRoIHRoZSBwYWNrYWdlZCAudnNpeCBhbmQgYSByZWFsXG4gKiBEb2NrZXIgZW5naW5lIHJ1bm5pbmcgdGhlIHN0YW5kLWluIGJ1aWxkZXIgaW1hZ2VzICh0aGV5IHJlcGxheSByZWFsIFBvcnRhZ2Ugb3V0cHV0OyBzZWUgdGVzdC9zdGFuZGlucy9SRUFETUUubWQpLlxuICovXG5pbXBvcnQgeyBhZnRlciwgYmVmb3JlLCBkZXNjcmliZSwgaXQgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgZXhlY0ZpbGVTeW5jIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGV4aXN0c1N5bmMsIHJlYWRkaXJTeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBjb3B5V29ya3NwYWNlLCBERVRFUk1JTklTVElDX1NFVFRJTkdTLCBzdGFydFZzQ29kZSwgVnNDb2RlU2Vzc2lvbiwgd2FpdEZvciB9IGZyb20gJy4vaGFybmVzcyc7XG5cbmNvbnN0IFNUQU5ESU5fU0VUVElOR1MgPSB7XG4gICdlYnVpbGRCdWlsZGVyLmltYWdlcyc6IHsgc2FiYXlvbjogJ2VidWlsZC1idWlsZGVyL3N0YW5kaW4tc2FiYXlvbjp0ZXN0JywgZ2VudG9vOiAnZWJ1aWxkLWJ1aWxkZXIvc3RhbmRpbi1nZW50b286dGVzdCcgfSxcbiAgLy8gTm8gYnJpZGdlIG5ldHdvcmsgb24gdGhlIHRlc3QgbWFjaGluZSwgYW5kIHRoZSBzdGFuZC1pbnMgbmVlZCBub25lLlxuICAnZWJ1aWxkQnVpbGRlci5uZXR3b3JrJzogJ25vbmUnLFxufTtcblxuZnVuY3Rpb24gZG9ja2VyKC4uLmFyZ3M6IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgcmV0dXJuIGV4ZWNGaWxlU3luYygnZG9ja2VyJywgYXJncywgeyBlbmNvZGluZzogJ3V0ZjgnIH0pLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmlsZXNVbmRlcihkaXI6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgaWYgKCFleGlzdHNTeW5jKGRpcikpIHJldHVybiBbXTtcbiAgcmV0dXJuIHJlYWRkaXJTeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIHdpdGhGaWxlVHlwZXM6IHRydWUgfSkuZmlsdGVyKChkKSA9PiBkLmlzRmlsZSgpKS5tYXAoKGQpID0+IHBhdGguam9pbihkLnBhcmVudFBhdGggPz8gZC5wYXRoLCBkLm5hbWUpKTtcbn1cblxuZGVzY3JpYmUoJ2J1aWxkaW5nIGZyb20gdGhlIGV4cGxvcmVyIGluIFZTIENvZGUnLCB7IHRpbWVvdXQ6IDYwMF8wMDAgfSwgKCkgPT4ge1xuICBsZXQgdnNjOiBWc0NvZGVTZXNzaW9uO1xuICBsZXQgd29ya3NwYWNlOiBzdHJpbmc7XG5cbiAgYmVmb3JlKGFzeW5jICgpID0+IHtcbiAgICB3b3Jrc3BhY2UgPSBhd2FpdCBjb3B5V29ya3NwYWNlKCdleGFtcGxlcy9vdmVybGF5Jyk7XG4gICAgdnNjID0gYXdhaXQgc3RhcnRWc0NvZGUoeyB3b3Jrc3BhY2UsIHNldHRpbmdzOiBTVEFORElOX1NFVFRJTkdTIH0pO1xuICB9KTtcblxuICBhZnRlcihhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgdnNjPy5jbG9zZSgpO1xuICB9KTtcblxuICBpdCgndGhlIGNvbnRleHQgbWVudSBvZiBhbiAuZWJ1aWxkIG9mZmVycyB0aGUgYnVpbGRzLCBhbmQgdGhhdCBvZiBhbm90aGVyIGZpbGUgZG9lcyBub3QnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgdnNjLnJpZ2h0Q2xpY2tFeHBsb3JlcihbJ2FwcC1taXNjJywgJ2hlbGxvJywgJ21ldGFkYXRhLnhtbCddKTtcbiAgICBjb25zdCBvdGhlciA9IGF3YWl0IHZzYy5tZW51SXRlbXMoKTtcbiAgICBhc3NlcnQub2soIW90aGVyLnNvbWUoKGkpID0+IGkuc3RhcnRzV2l0aCgnQnVpbGQgaW4nKSksIGBubyBidWlsZCBpdGVtcyBmb3IgbWV0YWRhdGEueG1sLCBnb3QgJHtvdGhlci5qb2luKCcsICcpfWApO1xuICAgIGF3YWl0IHZzYy5jbG9zZU1lbnUoKTtcblxuICAgIGF3YWl0IHZzYy5yaWdodENsaWNrRXhwbG9yZXIoWydhcHAtbWlzYycsICdoZWxsbycsICdoZWxsby0xLjAuZWJ1aWxkJ10pO1xuICAgIGNvbnN0IGl0ZW1zID0gYXdhaXQgdnNjLm1lbnVJdGVtcygpO1xuICAgIGFzc2VydC5vayhpdGVtcy5pbmNsdWRlcygnQnVpbGQgaW4gU2FiYXlvbiBjb250YWluZXInKSwgYG1lbnU6ICR7aXRlbXMuam9pbignLCAnKX1gKTtcbiAgICBhc3NlcnQub2soaXRlbXMuaW5jbHVkZXMoJ0J1aWxkIGluIEdlbnRvbyBjb250YWluZXInKSwgYG1lbnU6ICR7aXRlbXMuam9pbignLCAnKX1gKTtcbiAgICBhd2FpdCB2c2Muc2NyZWVuc2hvdCgnMDEtZXhwbG9yZXItY29udGV4dC1tZW51Jyk7XG4gIH0pO1xuXG4gIGl0KCdjaG9vc2luZyBcIkJ1aWxkIGluIFNhYmF5b24gY29udGFpbmVyXCIgc3RyZWFtcyB0aGUgYnVpbGQgaW50byBhIHRlcm1pbmFsIGhlYWRlZCBieSB0aGUgaW1hZ2UgYW5kIGNvbW1hbmQnLCBhc3luYyAoKSA9PiB7XG4gICAgYXdhaXQgdnNjLmNsaWNrTWVudUl0ZW0oJ0J1aWxkIGluIFNhYmF5b24gY29udGFpbmVyJyk7XG4gICAgYXdhaXQgdnNjLndhaXRGb3JUZXJtaW5hbFRleHQoLz4+PiAoRW1lcmdpbmcgXFwoMSBvZiAxXFwpIGFwcC1taXNjXFwvaGVsbG8tMVxcLjB8VW5wYWNraW5nfENvbXBpbGluZyl8c3VjY2VlZGVkLyk7XG4gICAgYXdhaXQgdnNjLnNjcmVlbnNob3QoJzAyLWJ1aWxkLXN0cmVhbWluZycpO1xuICAgIGNvbnN0IGRvbmUgPSBhd2FpdCB2c2Mud2FpdEZvclRlcm1pbmFsVGV4dCgvc3VjY2VlZGVkIFxcKGV4aXQgMFxcKS8pO1xuICAgIGFzc2VydC5tYXRjaChkb25lLCAvaGVsbG8tMVxcLjBcXC4odGJ6MnxncGtnXFwudGFyKS8pO1xuICAgIGNvbnN0IGFsbCA9IGF3YWl0IHZzYy50ZXJtaW5hbEJ1ZmZlclRleHQoKTtcbiAgICBhc3NlcnQubWF0Y2goYWxsLCAvaW1hZ2VcXHMrZWJ1aWxkLWJ1aWxkZXJcXC9zdGFuZGluLXNhYmF5b246dGVzdC8pO1xuICAgIGFzc2VydC5tYXRjaChhbGwsIC9jb21tYW5kXFxzKy4qPWFwcC1taXNjXFwvaGVsbG8tMVxcLjAvKTtcbiAgICBhc3NlcnQubWF0Y2goYWxsLCAvPj4+IEVtZXJnaW5nIFxcKDEgb2YgMVxcKSBhcHAtbWlzY1xcL2hlbGxvLTFcXC4wLyk7XG4gIH0pO1xuXG4gIGl0KCd0aGUgQnVpbGRzIHZpZXcgc2hvd3MgdGhlIGJ1aWxkIGFzIHN1Y2NlZWRlZCBhbmQgdGhlIGFydGlmYWN0cyBmb2xkZXIgaGFzIHRoZSBwYWNrYWdlJywgYXN5bmMgKCkgPT4ge1xuICAgIGF3YWl0IHZzYy5vcGVuQWN0aXZpdHkoJ0VidWlsZCBCdWlsZGVyJyk7XG4gICAgY29uc3Qgcm93ID0gdnNjLnRyZWVSb3coJ0J1aWxkcycsICdhcHAtbWlzYy9oZWxsby0xLjAgc3VjY2VlZGVkJyk7XG4gICAgYXdhaXQgcm93LndhaXRGb3IoeyB0aW1lb3V0OiAzMF8wMDAgfSk7XG4gICAgYXNzZXJ0Lm1hdGNoKGF3YWl0IHJvdy5pbm5lclRleHQoKSwgL3NhYmF5b24gXHUwMEI3IGxvY2FsIFx1MDBCNyBcXGQrcy8pO1xuICAgIGNvbnN0IHBhY2thZ2VzID0gZmlsZXNVbmRlcihwYXRoLmpvaW4od29ya3NwYWNlLCAnYXJ0aWZhY3RzJykpLmZpbHRlcigoZikgPT4gL1xcLih0YnoyfHhwYWt8Z3BrZ1xcLnRhcikkLy50ZXN0KGYpKTtcbiAgICBhc3NlcnQub2socGFja2FnZXMuc29tZSgoZikgPT4gZi5pbmNsdWRlcygnaGVsbG8tMS4wJykpLCBgYXJ0aWZhY3RzOiAke3BhY2thZ2VzLmpvaW4oJywgJyl9YCk7XG4gICAgYXdhaXQgdnNjLnNjcmVlbnNob3QoJzAzLWJ1aWxkLXN1Y2NlZWRlZCcpO1xuICB9KTtcblxuICBpdCgnYSBmYWlsaW5nIGJ1aWxkIHNob3dzIGFzIGZhaWxlZCwgYW5kIGl0cyBsb2cgb3BlbnMgaW4gYW4gZWRpdG9yIGF0IHRoZSBlcnJvcicsIGFzeW5jICgpID0+IHtcbiAgICBhd2FpdCB2c2MucmlnaHRDbGlja0V4cGxvcmVyKFsnYXBwLW1pc2MnLCAnYnJva2VuJywgJ2Jyb2tlbi0xLjAuZWJ1aWxkJ10pO1xuICAgIGF3YWl0IHZzYy5jbGlja01lbnVJdGVtKCdCdWlsZCBpbiBTYWJheW9uIGNvbnRhaW5lcicpO1xuICAgIGNvbnN0IHRvYXN0ID0gYXdhaXQgdnNjLndhaXRGb3JOb3RpZmljYXRpb24oL0J1aWxkIG9mIGFwcC1taXNjXFwvYnJva2VuLTFcXC4wIGZhaWxlZC8sIDEyMF8wMDApO1xuICAgIGF3YWl0IHZzYy5vcGVuQWN0aXZpdHkoJ0VidWlsZCBCdWlsZGVyJyk7XG4gICAgYXdhaXQgdnNjLnRyZWVSb3coJ0J1aWxkcycsICdhcHAtbWlzYy9icm9rZW4tMS4wIGZhaWxlZCcpLndhaXRGb3IoeyB0aW1lb3V0OiAzMF8wMDAgfSk7XG4gICAgYXdhaXQgdG9hc3QuZ2V0QnlSb2xlKCdidXR0b24nLCB7IG5hbWU6ICdPcGVuIEJ1aWxkIExvZycgfSkuY2xpY2soKTtcbiAgICBhd2FpdCB3YWl0Rm9yKCd0aGUgbG9nIGVkaXRvcicsIGFzeW5jICgpID0+IChhd2FpdCB2c2MuZWRpdG9yVGFicygpKS5zb21lKCh0KSA9PiB0LmluY2x1ZGVzKCdicm9rZW4tMS4wJykpKTtcbiAgICBjb25zdCB0ZXh0ID0gYXdhaXQgd2FpdEZvcigndGhlIGVycm9yIGxpbmUnLCBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCB0ID0gYXdhaXQgdnNjLmVkaXRvclRleHQoKTtcbiAgICAgIHJldHVybiAvXFwqIEVSUk9SOiBhcHAtbWlzY1xcL2Jyb2tlbi0xXFwuMDo6dGVzdG92ZXJsYXkgZmFpbGVkIFxcKGNvbXBpbGUgcGhhc2VcXCkvLnRlc3QodCkgPyB0IDogJyc7XG4gICAgfSk7XG4gICAgYXNzZXJ0LmRvZXNOb3RNYXRjaCh0ZXh0LCAvXFx4MWJcXFsvLCAndGhlIGxvZyBpcyBzaG93biB3aXRob3V0IHRlcm1pbmFsIGVzY2FwZXMnKTtcbiAgICBhd2FpdCB2c2Muc2NyZWVuc2hvdCgnMDQtYnVpbGQtZmFpbGVkLWxvZycpO1xuICB9KTtcblxuICBpdCgnY2FuY2VsIGZyb20gdGhlIEJ1aWxkcyB2aWV3IHN0b3BzIHRoZSBjb250YWluZXInLCBhc3luYyAoKSA9PiB7XG4gICAgLy8gU2xvdyB0aGUgc3RhbmQtaW4ncyByZXBsYXkgZG93biBzbyB0aGUgYnVpbGQgaXMgc3RpbGwgcnVubmluZyB3aGVuIGl0IGlzIGNhbmNlbGxlZCAoc2V0dGluZ3MgYXBwbHkgbGl2ZSkuXG4gICAgd3JpdGVGaWxlU3luYyhwYXRoLmpvaW4odnNjLnVzZXJEYXRhRGlyLCAnVXNlcicsICdzZXR0aW5ncy5qc29uJyksIEpTT04uc3RyaW5naWZ5KHtcbiAgICAgIC4uLkRFVEVSTUlOSVNUSUNfU0VUVElOR1MsICdzZWN1cml0eS53b3Jrc3BhY2UudHJ1c3QuZW5hYmxlZCc6IGZhbHNlLCAuLi5TVEFORElOX1NFVFRJTkdTLFxuICAgICAgJ2VidWlsZEJ1aWxkZXIuZW52JzogeyBTVEFORElOX0xJTkVfREVMQVk6ICcwLjUnIH0sXG4gICAgfSwgbnVsbCwgMikpO1xuICAgIGNvbnN0IGJlZm9yZSA9IG5ldyBTZXQoZG9ja2VyKCdwcycsICctYXEnLCAnLS1maWx0ZXInLCAnbGFiZWw9ZWJ1aWxkLWJ1aWxkZXIuYnVpbGQnKS5zcGxpdCgnXFxuJykuZmlsdGVyKEJvb2xlYW4pKTtcbiAgICBhd2FpdCB2c2MucmlnaHRDbGlja0V4cGxvcmVyKFsnYXBwLW1pc2MnLCAnaGVsbG8nLCAnaGVsbG8tMS4wLmVidWlsZCddKTtcbiAgICBhd2FpdCB2c2MuY2xpY2tNZW51SXRlbSgnQnVpbGQgaW4gU2FiYXlvbiBjb250YWluZXInKTtcbiAgICBjb25zdCBjb250YWluZXIgPSBhd2FpdCB3YWl0Rm9yKCd0aGUgYnVpbGRlciBjb250YWluZXIgdG8gcnVuJywgKCkgPT4gZG9ja2VyKCdwcycsICctcScsICctLWZpbHRlcicsICdsYWJlbD1lYnVpbGQtYnVpbGRlci5idWlsZCcsICctLWZpbHRlcicsICdzdGF0dXM9cnVubmluZycpXG4gICAgICAuc3BsaXQoJ1xcbicpLmZpbmQoKGlkKSA9PiBpZCAmJiAhYmVmb3JlLmhhcyhpZCkpLCA2MF8wMDApO1xuICAgIGF3YWl0IHZzYy5vcGVuQWN0aXZpdHkoJ0VidWlsZCBCdWlsZGVyJyk7XG4gICAgY29uc3Qgcm93ID0gdnNjLnRyZWVSb3coJ0J1aWxkcycsICdhcHAtbWlzYy9oZWxsby0xLjAgcnVubmluZycpO1xuICAgIGF3YWl0IHJvdy53YWl0Rm9yKHsgdGltZW91dDogMzBfMDAwIH0pO1xuICAgIGF3YWl0IHZzYy5zY3JlZW5zaG90KCcwNS1idWlsZC1ydW5uaW5nJyk7XG4gICAgYXdhaXQgcm93LmNsaWNrKHsgYnV0dG9uOiAncmlnaHQnIH0pO1xuICAgIGF3YWl0IHZzYy5jbGlja01lbnVJdGVtKCdDYW5jZWwgYnVpbGQnKTtcbiAgICBhd2FpdCB2c2MudHJlZVJvdygnQnVpbGRzJywgJ2FwcC1taXNjL2hlbGxvLTEuMCBjYW5jZWxsZWQnKS53YWl0Rm9yKHsgdGltZW91dDogNjBfMDAwIH0pO1xuICAgIGF3YWl0IHdhaXRGb3IoJ3RoZSBjb250YWluZXIgdG8gc3RvcCcsICgpID0+ICFkb2NrZXIoJ3BzJywgJy1xJywgJy0tZmlsdGVyJywgYGlkPSR7Y29udGFpbmVyfWAsICctLWZpbHRlcicsICdzdGF0dXM9cnVubmluZycpLCAzMF8wMDApO1xuICAgIGF3YWl0IHZzYy5zY3JlZW5zaG90KCcwNi1idWlsZC1jYW5jZWxsZWQnKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBSUEsdUJBQTRDO0FBQzVDLG9CQUFtQjtBQUNuQixnQ0FBNkI7QUFDN0IscUJBQXVEO0FBQ3ZELFdBQXNCO0FBQ3RCLHFCQUEyRjtBQUUzRixNQUFNLG1CQUFtQjtBQUFBLEVBQ3ZCLHdCQUF3QixFQUFFLFNBQVMsdUNBQXVDLFFBQVEscUNBQXFDO0FBQUE7QUFBQSxFQUV2SCx5QkFBeUI7QUFDM0I7QUFFQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsYUFBTyx3Q0FBYSxVQUFVLE1BQU0sRUFBRSxVQUFVLE9BQU8sQ0FBQyxFQUFFLEtBQUs7QUFDakU7QUFFQSxTQUFTLFdBQVcsS0FBdUI7QUFDekMsTUFBSSxLQUFDLDJCQUFXLEdBQUcsRUFBRyxRQUFPLENBQUM7QUFDOUIsYUFBTyw0QkFBWSxLQUFLLEVBQUUsV0FBVyxNQUFNLGVBQWUsS0FBSyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxLQUFLLEtBQUssRUFBRSxjQUFjLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQztBQUNsSjtBQUFBLElBRUEsMkJBQVMseUNBQXlDLEVBQUUsU0FBUyxJQUFRLEdBQUcsTUFBTTtBQUM1RSxNQUFJO0FBQ0osTUFBSTtBQUVKLCtCQUFPLFlBQVk7QUFDakIsZ0JBQVksVUFBTSw4QkFBYyxrQkFBa0I7QUFDbEQsVUFBTSxVQUFNLDRCQUFZLEVBQUUsV0FBVyxVQUFVLGlCQUFpQixDQUFDO0FBQUEsRUFDbkUsQ0FBQztBQUVELDhCQUFNLFlBQVk7QUFDaEIsVUFBTSxLQUFLLE1BQU07QUFBQSxFQUNuQixDQUFDO0FBRUQsMkJBQUcsdUZBQXVGLFlBQVk7QUFDcEcsVUFBTSxJQUFJLG1CQUFtQixDQUFDLFlBQVksU0FBUyxjQUFjLENBQUM7QUFDbEUsVUFBTSxRQUFRLE1BQU0sSUFBSSxVQUFVO0FBQ2xDLGtCQUFBQSxRQUFPLEdBQUcsQ0FBQyxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVyxVQUFVLENBQUMsR0FBRyx3Q0FBd0MsTUFBTSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQ2xILFVBQU0sSUFBSSxVQUFVO0FBRXBCLFVBQU0sSUFBSSxtQkFBbUIsQ0FBQyxZQUFZLFNBQVMsa0JBQWtCLENBQUM7QUFDdEUsVUFBTSxRQUFRLE1BQU0sSUFBSSxVQUFVO0FBQ2xDLGtCQUFBQSxRQUFPLEdBQUcsTUFBTSxTQUFTLDRCQUE0QixHQUFHLFNBQVMsTUFBTSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQ25GLGtCQUFBQSxRQUFPLEdBQUcsTUFBTSxTQUFTLDJCQUEyQixHQUFHLFNBQVMsTUFBTSxLQUFLLElBQUksQ0FBQyxFQUFFO0FBQ2xGLFVBQU0sSUFBSSxXQUFXLDBCQUEwQjtBQUFBLEVBQ2pELENBQUM7QUFFRCwyQkFBRywyR0FBMkcsWUFBWTtBQUN4SCxVQUFNLElBQUksY0FBYyw0QkFBNEI7QUFDcEQsVUFBTSxJQUFJLG9CQUFvQiw4RUFBOEU7QUFDNUcsVUFBTSxJQUFJLFdBQVcsb0JBQW9CO0FBQ3pDLFVBQU0sT0FBTyxNQUFNLElBQUksb0JBQW9CLHNCQUFzQjtBQUNqRSxrQkFBQUEsUUFBTyxNQUFNLE1BQU0sOEJBQThCO0FBQ2pELFVBQU0sTUFBTSxNQUFNLElBQUksbUJBQW1CO0FBQ3pDLGtCQUFBQSxRQUFPLE1BQU0sS0FBSyw4Q0FBOEM7QUFDaEUsa0JBQUFBLFFBQU8sTUFBTSxLQUFLLG1DQUFtQztBQUNyRCxrQkFBQUEsUUFBTyxNQUFNLEtBQUssOENBQThDO0FBQUEsRUFDbEUsQ0FBQztBQUVELDJCQUFHLHlGQUF5RixZQUFZO0FBQ3RHLFVBQU0sSUFBSSxhQUFhLGdCQUFnQjtBQUN2QyxVQUFNLE1BQU0sSUFBSSxRQUFRLFVBQVUsOEJBQThCO0FBQ2hFLFVBQU0sSUFBSSxRQUFRLEVBQUUsU0FBUyxJQUFPLENBQUM7QUFDckMsa0JBQUFBLFFBQU8sTUFBTSxNQUFNLElBQUksVUFBVSxHQUFHLHdCQUF3QjtBQUM1RCxVQUFNLFdBQVcsV0FBVyxLQUFLLEtBQUssV0FBVyxXQUFXLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSwyQkFBMkIsS0FBSyxDQUFDLENBQUM7QUFDL0csa0JBQUFBLFFBQU8sR0FBRyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxXQUFXLENBQUMsR0FBRyxjQUFjLFNBQVMsS0FBSyxJQUFJLENBQUMsRUFBRTtBQUM1RixVQUFNLElBQUksV0FBVyxvQkFBb0I7QUFBQSxFQUMzQyxDQUFDO0FBRUQsMkJBQUcsZ0ZBQWdGLFlBQVk7QUFDN0YsVUFBTSxJQUFJLG1CQUFtQixDQUFDLFlBQVksVUFBVSxtQkFBbUIsQ0FBQztBQUN4RSxVQUFNLElBQUksY0FBYyw0QkFBNEI7QUFDcEQsVUFBTSxRQUFRLE1BQU0sSUFBSSxvQkFBb0IseUNBQXlDLElBQU87QUFDNUYsVUFBTSxJQUFJLGFBQWEsZ0JBQWdCO0FBQ3ZDLFVBQU0sSUFBSSxRQUFRLFVBQVUsNEJBQTRCLEVBQUUsUUFBUSxFQUFFLFNBQVMsSUFBTyxDQUFDO0FBQ3JGLFVBQU0sTUFBTSxVQUFVLFVBQVUsRUFBRSxNQUFNLGlCQUFpQixDQUFDLEVBQUUsTUFBTTtBQUNsRSxjQUFNLHdCQUFRLGtCQUFrQixhQUFhLE1BQU0sSUFBSSxXQUFXLEdBQUcsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLFlBQVksQ0FBQyxDQUFDO0FBQzFHLFVBQU0sT0FBTyxVQUFNLHdCQUFRLGtCQUFrQixZQUFZO0FBQ3ZELFlBQU0sSUFBSSxNQUFNLElBQUksV0FBVztBQUMvQixhQUFPLHdFQUF3RSxLQUFLLENBQUMsSUFBSSxJQUFJO0FBQUEsSUFDL0YsQ0FBQztBQUNELGtCQUFBQSxRQUFPLGFBQWEsTUFBTSxVQUFVLDJDQUEyQztBQUMvRSxVQUFNLElBQUksV0FBVyxxQkFBcUI7QUFBQSxFQUM1QyxDQUFDO0FBRUQsMkJBQUcsbURBQW1ELFlBQVk7QUFFaEUsc0NBQWMsS0FBSyxLQUFLLElBQUksYUFBYSxRQUFRLGVBQWUsR0FBRyxLQUFLLFVBQVU7QUFBQSxNQUNoRixHQUFHO0FBQUEsTUFBd0Isb0NBQW9DO0FBQUEsTUFBTyxHQUFHO0FBQUEsTUFDekUscUJBQXFCLEVBQUUsb0JBQW9CLE1BQU07QUFBQSxJQUNuRCxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQ1gsVUFBTUMsVUFBUyxJQUFJLElBQUksT0FBTyxNQUFNLE9BQU8sWUFBWSw0QkFBNEIsRUFBRSxNQUFNLElBQUksRUFBRSxPQUFPLE9BQU8sQ0FBQztBQUNoSCxVQUFNLElBQUksbUJBQW1CLENBQUMsWUFBWSxTQUFTLGtCQUFrQixDQUFDO0FBQ3RFLFVBQU0sSUFBSSxjQUFjLDRCQUE0QjtBQUNwRCxVQUFNLFlBQVksVUFBTSx3QkFBUSxnQ0FBZ0MsTUFBTSxPQUFPLE1BQU0sTUFBTSxZQUFZLDhCQUE4QixZQUFZLGdCQUFnQixFQUM1SixNQUFNLElBQUksRUFBRSxLQUFLLENBQUMsT0FBTyxNQUFNLENBQUNBLFFBQU8sSUFBSSxFQUFFLENBQUMsR0FBRyxHQUFNO0FBQzFELFVBQU0sSUFBSSxhQUFhLGdCQUFnQjtBQUN2QyxVQUFNLE1BQU0sSUFBSSxRQUFRLFVBQVUsNEJBQTRCO0FBQzlELFVBQU0sSUFBSSxRQUFRLEVBQUUsU0FBUyxJQUFPLENBQUM7QUFDckMsVUFBTSxJQUFJLFdBQVcsa0JBQWtCO0FBQ3ZDLFVBQU0sSUFBSSxNQUFNLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFDbkMsVUFBTSxJQUFJLGNBQWMsY0FBYztBQUN0QyxVQUFNLElBQUksUUFBUSxVQUFVLDhCQUE4QixFQUFFLFFBQVEsRUFBRSxTQUFTLElBQU8sQ0FBQztBQUN2RixjQUFNLHdCQUFRLHlCQUF5QixNQUFNLENBQUMsT0FBTyxNQUFNLE1BQU0sWUFBWSxNQUFNLFNBQVMsSUFBSSxZQUFZLGdCQUFnQixHQUFHLEdBQU07QUFDckksVUFBTSxJQUFJLFdBQVcsb0JBQW9CO0FBQUEsRUFDM0MsQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCIsICJiZWZvcmUiXQp9Cg==
