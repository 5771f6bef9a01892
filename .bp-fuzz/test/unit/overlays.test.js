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
var path = __toESM(require("node:path"));
var import_overlays = require("../../src/core/overlays");
var import_fsTree = require("../helpers/fsTree");
const FIXTURE_REPOS = path.resolve(__dirname, "../../../test/fixtures/portage/repos");
(0, import_node_test.test)("the real Portage fixture repos are found with their names and masters", async () => {
  const { overlays, problems } = await (0, import_overlays.discoverOverlays)([FIXTURE_REPOS]);
  import_strict.default.deepEqual(problems, []);
  const byName = Object.fromEntries(overlays.map((o) => [o.name, o]));
  import_strict.default.deepEqual(Object.keys(byName).sort(), ["gentoo", "testoverlay"]);
  import_strict.default.deepEqual(byName.testoverlay.masters, ["gentoo"]);
  import_strict.default.deepEqual(byName.gentoo.masters, []);
  import_strict.default.equal(byName.testoverlay.path, path.join(FIXTURE_REPOS, "testoverlay"));
  import_strict.default.equal(byName.testoverlay.workspaceFolder, FIXTURE_REPOS);
});
(0, import_node_test.test)("nested, symlinked and layout.conf-only overlays in paths with spaces and non-ASCII", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  const ws = path.join(root, "w\xF6rk space");
  (0, import_fsTree.writeTree)(ws, {
    ...(0, import_fsTree.overlayTree)("overlays/main", "main-overlay", ["app-misc/hello/hello-1.0.ebuild"], "gentoo"),
    ...(0, import_fsTree.overlayTree)("overlays/main/extra/inner", "inner"),
    "only-layout/metadata/layout.conf": '# comment\nrepo-name = "from-layout"\nmasters = gentoo main-overlay\n',
    ...(0, import_fsTree.overlayTree)("../outside/linked", "linked"),
    "link-to-linked": { link: "../outside/linked" },
    "second-link-to-main": { link: "overlays/main" },
    "node_modules/pkg/profiles/repo_name": "ignored\n",
    "artifacts/profiles/repo_name": "ignored2\n"
  });
  const { overlays, problems } = await (0, import_overlays.discoverOverlays)([ws]);
  import_strict.default.deepEqual(problems.map((p) => p.message), []);
  const names = overlays.map((o) => o.name).sort();
  import_strict.default.deepEqual(names, ["from-layout", "inner", "linked", "main-overlay"]);
  const linked = overlays.find((o) => o.name === "linked");
  import_strict.default.equal(linked.path, path.join(ws, "link-to-linked"));
  import_strict.default.equal(linked.realPath, (0, import_node_fs.realpathSync)(path.join(root, "outside/linked")));
  import_strict.default.deepEqual(overlays.find((o) => o.name === "from-layout").masters, ["gentoo", "main-overlay"]);
  import_strict.default.equal(overlays.filter((o) => o.name === "main-overlay").length, 1);
});
(0, import_node_test.test)("a symlink loop ends and does not duplicate anything", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("a", "loopy"), "a/sub/back": { link: "../.." }, "dangling": { link: "nowhere" } });
  const { overlays } = await (0, import_overlays.discoverOverlays)([root], { maxDepth: 20 });
  import_strict.default.deepEqual(overlays.map((o) => o.name), ["loopy"]);
});
(0, import_node_test.test)("an overlay without a name is reported with what to add, not named after its folder", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { "noname/metadata/layout.conf": "masters = gentoo\n", "emptyname/profiles/repo_name": "\n" });
  const { overlays, problems } = await (0, import_overlays.discoverOverlays)([root]);
  import_strict.default.deepEqual(overlays, []);
  import_strict.default.deepEqual(problems.map((p) => p.code), ["overlay-without-name", "overlay-without-name"]);
  const noname = problems.find((p) => p.path === path.join(root, "noname"));
  import_strict.default.match(noname.message, /noname/);
  import_strict.default.match(noname.action, /profiles[/\\]repo_name/);
  import_strict.default.match(noname.action, /repo-name = <name>/);
});
(0, import_node_test.test)("two overlays with one name across workspace folders: an error naming both paths", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("ws1/ov", "same"), ...(0, import_fsTree.overlayTree)("ws2/ov", "same"), ...(0, import_fsTree.overlayTree)("ws2/other", "other") });
  const { overlays, problems } = await (0, import_overlays.discoverOverlays)([path.join(root, "ws1"), path.join(root, "ws2")]);
  import_strict.default.deepEqual(overlays.map((o) => [o.name, o.workspaceFolder]), [["same", path.join(root, "ws1")], ["other", path.join(root, "ws2")]]);
  import_strict.default.equal(problems.length, 1);
  import_strict.default.equal(problems[0].code, "duplicate-repo-name");
  import_strict.default.ok(problems[0].message.includes(path.join(root, "ws1/ov")) && problems[0].message.includes(path.join(root, "ws2/ov")));
});
(0, import_node_test.test)("conflicting names and unreadable name files are problems, not crashes", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, {
    ...(0, import_fsTree.overlayTree)("both", "old-name"),
    "both/metadata/layout.conf": "repo-name = new-name\n",
    // A directory where profiles/repo_name should be a file: unreadable as root too.
    "weird/profiles/repo_name/x": "x",
    ...(0, import_fsTree.overlayTree)("bad", "bad name!")
  });
  const { overlays, problems } = await (0, import_overlays.discoverOverlays)([root]);
  import_strict.default.deepEqual(overlays.map((o) => o.name), ["new-name"]);
  import_strict.default.deepEqual(problems.map((p) => p.code).sort(), ["invalid-repo-name", "overlay-name-conflict", "unreadable-overlay-file"]);
  import_strict.default.match(problems.find((p) => p.code === "unreadable-overlay-file").message, /weird[/\\]profiles[/\\]repo_name/);
});
(0, import_node_test.test)("extra paths outside the workspace are searched too", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("elsewhere/ov", "extra"), "ws/readme": "x" });
  const { overlays } = await (0, import_overlays.discoverOverlays)([path.join(root, "ws")], { extraPaths: [path.join(root, "elsewhere")] });
  import_strict.default.deepEqual(overlays.map((o) => o.name), ["extra"]);
});
(0, import_node_test.test)("layout.conf lines are read as key = value", () => {
  const conf = (0, import_overlays.parseLayoutConf)("# x = y\nmasters = gentoo  other\n  repo-name=foo\r\nthin-manifests = true\n");
  import_strict.default.equal(conf.get("masters"), "gentoo  other");
  import_strict.default.equal(conf.get("repo-name"), "foo");
  import_strict.default.equal(conf.has("# x"), false);
});
(0, import_node_test.test)("masters missing from the workspace are listed (gentoo comes from the builder)", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("a", "a", [], "gentoo b c"), ...(0, import_fsTree.overlayTree)("b", "b", [], "gentoo") });
  const { overlays } = await (0, import_overlays.discoverOverlays)([root]);
  import_strict.default.deepEqual((0, import_overlays.missingMasters)(overlays.find((o) => o.name === "a"), overlays), ["c"]);
  import_strict.default.deepEqual((0, import_overlays.missingMasters)(overlays.find((o) => o.name === "b"), overlays), []);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L292ZXJsYXlzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgcmVhbHBhdGhTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBkaXNjb3Zlck92ZXJsYXlzLCBtaXNzaW5nTWFzdGVycywgcGFyc2VMYXlvdXRDb25mIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvb3ZlcmxheXMnO1xuaW1wb3J0IHsgbWFrZVRlbXBEaXIsIG92ZXJsYXlUcmVlLCB3cml0ZVRyZWUgfSBmcm9tICcuLi9oZWxwZXJzL2ZzVHJlZSc7XG5cbmNvbnN0IEZJWFRVUkVfUkVQT1MgPSBwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4vLi4vLi4vdGVzdC9maXh0dXJlcy9wb3J0YWdlL3JlcG9zJyk7XG5cbnRlc3QoJ3RoZSByZWFsIFBvcnRhZ2UgZml4dHVyZSByZXBvcyBhcmUgZm91bmQgd2l0aCB0aGVpciBuYW1lcyBhbmQgbWFzdGVycycsIGFzeW5jICgpID0+IHtcbiAgY29uc3QgeyBvdmVybGF5cywgcHJvYmxlbXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW0ZJWFRVUkVfUkVQT1NdKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChwcm9ibGVtcywgW10pO1xuICBjb25zdCBieU5hbWUgPSBPYmplY3QuZnJvbUVudHJpZXMob3ZlcmxheXMubWFwKChvKSA9PiBbby5uYW1lLCBvXSkpO1xuICBhc3NlcnQuZGVlcEVxdWFsKE9iamVjdC5rZXlzKGJ5TmFtZSkuc29ydCgpLCBbJ2dlbnRvbycsICd0ZXN0b3ZlcmxheSddKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChieU5hbWUudGVzdG92ZXJsYXkubWFzdGVycywgWydnZW50b28nXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYnlOYW1lLmdlbnRvby5tYXN0ZXJzLCBbXSk7XG4gIGFzc2VydC5lcXVhbChieU5hbWUudGVzdG92ZXJsYXkucGF0aCwgcGF0aC5qb2luKEZJWFRVUkVfUkVQT1MsICd0ZXN0b3ZlcmxheScpKTtcbiAgYXNzZXJ0LmVxdWFsKGJ5TmFtZS50ZXN0b3ZlcmxheS53b3Jrc3BhY2VGb2xkZXIsIEZJWFRVUkVfUkVQT1MpO1xufSk7XG5cbnRlc3QoJ25lc3RlZCwgc3ltbGlua2VkIGFuZCBsYXlvdXQuY29uZi1vbmx5IG92ZXJsYXlzIGluIHBhdGhzIHdpdGggc3BhY2VzIGFuZCBub24tQVNDSUknLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIGNvbnN0IHdzID0gcGF0aC5qb2luKHJvb3QsICd3XHUwMEY2cmsgc3BhY2UnKTtcbiAgd3JpdGVUcmVlKHdzLCB7XG4gICAgLi4ub3ZlcmxheVRyZWUoJ292ZXJsYXlzL21haW4nLCAnbWFpbi1vdmVybGF5JywgWydhcHAtbWlzYy9oZWxsby9oZWxsby0xLjAuZWJ1aWxkJ10sICdnZW50b28nKSxcbiAgICAuLi5vdmVybGF5VHJlZSgnb3ZlcmxheXMvbWFpbi9leHRyYS9pbm5lcicsICdpbm5lcicpLFxuICAgICdvbmx5LWxheW91dC9tZXRhZGF0YS9sYXlvdXQuY29uZic6ICcjIGNvbW1lbnRcXG5yZXBvLW5hbWUgPSBcImZyb20tbGF5b3V0XCJcXG5tYXN0ZXJzID0gZ2VudG9vIG1haW4tb3ZlcmxheVxcbicsXG4gICAgLi4ub3ZlcmxheVRyZWUoJy4uL291dHNpZGUvbGlua2VkJywgJ2xpbmtlZCcpLFxuICAgICdsaW5rLXRvLWxpbmtlZCc6IHsgbGluazogJy4uL291dHNpZGUvbGlua2VkJyB9LFxuICAgICdzZWNvbmQtbGluay10by1tYWluJzogeyBsaW5rOiAnb3ZlcmxheXMvbWFpbicgfSxcbiAgICAnbm9kZV9tb2R1bGVzL3BrZy9wcm9maWxlcy9yZXBvX25hbWUnOiAnaWdub3JlZFxcbicsXG4gICAgJ2FydGlmYWN0cy9wcm9maWxlcy9yZXBvX25hbWUnOiAnaWdub3JlZDJcXG4nLFxuICB9KTtcbiAgY29uc3QgeyBvdmVybGF5cywgcHJvYmxlbXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3dzXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwocHJvYmxlbXMubWFwKChwKSA9PiBwLm1lc3NhZ2UpLCBbXSk7XG4gIGNvbnN0IG5hbWVzID0gb3ZlcmxheXMubWFwKChvKSA9PiBvLm5hbWUpLnNvcnQoKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChuYW1lcywgWydmcm9tLWxheW91dCcsICdpbm5lcicsICdsaW5rZWQnLCAnbWFpbi1vdmVybGF5J10pO1xuICBjb25zdCBsaW5rZWQgPSBvdmVybGF5cy5maW5kKChvKSA9PiBvLm5hbWUgPT09ICdsaW5rZWQnKSE7XG4gIGFzc2VydC5lcXVhbChsaW5rZWQucGF0aCwgcGF0aC5qb2luKHdzLCAnbGluay10by1saW5rZWQnKSk7XG4gIGFzc2VydC5lcXVhbChsaW5rZWQucmVhbFBhdGgsIHJlYWxwYXRoU3luYyhwYXRoLmpvaW4ocm9vdCwgJ291dHNpZGUvbGlua2VkJykpKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChvdmVybGF5cy5maW5kKChvKSA9PiBvLm5hbWUgPT09ICdmcm9tLWxheW91dCcpIS5tYXN0ZXJzLCBbJ2dlbnRvbycsICdtYWluLW92ZXJsYXknXSk7XG4gIC8vIG1haW4gaXMgcmVhY2hhYmxlIHR3aWNlIChkaXJlY3RseSBhbmQgdGhyb3VnaCBhIGxpbmspIGJ1dCBjb3VudHMgb25jZS5cbiAgYXNzZXJ0LmVxdWFsKG92ZXJsYXlzLmZpbHRlcigobykgPT4gby5uYW1lID09PSAnbWFpbi1vdmVybGF5JykubGVuZ3RoLCAxKTtcbn0pO1xuXG50ZXN0KCdhIHN5bWxpbmsgbG9vcCBlbmRzIGFuZCBkb2VzIG5vdCBkdXBsaWNhdGUgYW55dGhpbmcnLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIHdyaXRlVHJlZShyb290LCB7IC4uLm92ZXJsYXlUcmVlKCdhJywgJ2xvb3B5JyksICdhL3N1Yi9iYWNrJzogeyBsaW5rOiAnLi4vLi4nIH0sICdkYW5nbGluZyc6IHsgbGluazogJ25vd2hlcmUnIH0gfSk7XG4gIGNvbnN0IHsgb3ZlcmxheXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3Jvb3RdLCB7IG1heERlcHRoOiAyMCB9KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChvdmVybGF5cy5tYXAoKG8pID0+IG8ubmFtZSksIFsnbG9vcHknXSk7XG59KTtcblxudGVzdCgnYW4gb3ZlcmxheSB3aXRob3V0IGEgbmFtZSBpcyByZXBvcnRlZCB3aXRoIHdoYXQgdG8gYWRkLCBub3QgbmFtZWQgYWZ0ZXIgaXRzIGZvbGRlcicsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgJ25vbmFtZS9tZXRhZGF0YS9sYXlvdXQuY29uZic6ICdtYXN0ZXJzID0gZ2VudG9vXFxuJywgJ2VtcHR5bmFtZS9wcm9maWxlcy9yZXBvX25hbWUnOiAnXFxuJyB9KTtcbiAgY29uc3QgeyBvdmVybGF5cywgcHJvYmxlbXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3Jvb3RdKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChvdmVybGF5cywgW10pO1xuICBhc3NlcnQuZGVlcEVxdWFsKHByb2JsZW1zLm1hcCgocCkgPT4gcC5jb2RlKSwgWydvdmVybGF5LXdpdGhvdXQtbmFtZScsICdvdmVybGF5LXdpdGhvdXQtbmFtZSddKTtcbiAgY29uc3Qgbm9uYW1lID0gcHJvYmxlbXMuZmluZCgocCkgPT4gcC5wYXRoID09PSBwYXRoLmpvaW4ocm9vdCwgJ25vbmFtZScpKSE7XG4gIGFzc2VydC5tYXRjaChub25hbWUubWVzc2FnZSwgL25vbmFtZS8pO1xuICBhc3NlcnQubWF0Y2gobm9uYW1lLmFjdGlvbiEsIC9wcm9maWxlc1svXFxcXF1yZXBvX25hbWUvKTtcbiAgYXNzZXJ0Lm1hdGNoKG5vbmFtZS5hY3Rpb24hLCAvcmVwby1uYW1lID0gPG5hbWU+Lyk7XG59KTtcblxudGVzdCgndHdvIG92ZXJsYXlzIHdpdGggb25lIG5hbWUgYWNyb3NzIHdvcmtzcGFjZSBmb2xkZXJzOiBhbiBlcnJvciBuYW1pbmcgYm90aCBwYXRocycsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgLi4ub3ZlcmxheVRyZWUoJ3dzMS9vdicsICdzYW1lJyksIC4uLm92ZXJsYXlUcmVlKCd3czIvb3YnLCAnc2FtZScpLCAuLi5vdmVybGF5VHJlZSgnd3MyL290aGVyJywgJ290aGVyJykgfSk7XG4gIGNvbnN0IHsgb3ZlcmxheXMsIHByb2JsZW1zIH0gPSBhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKFtwYXRoLmpvaW4ocm9vdCwgJ3dzMScpLCBwYXRoLmpvaW4ocm9vdCwgJ3dzMicpXSk7XG4gIGFzc2VydC5kZWVwRXF1YWwob3ZlcmxheXMubWFwKChvKSA9PiBbby5uYW1lLCBvLndvcmtzcGFjZUZvbGRlcl0pLCBbWydzYW1lJywgcGF0aC5qb2luKHJvb3QsICd3czEnKV0sIFsnb3RoZXInLCBwYXRoLmpvaW4ocm9vdCwgJ3dzMicpXV0pO1xuICBhc3NlcnQuZXF1YWwocHJvYmxlbXMubGVuZ3RoLCAxKTtcbiAgYXNzZXJ0LmVxdWFsKHByb2JsZW1zWzBdLmNvZGUsICdkdXBsaWNhdGUtcmVwby1uYW1lJyk7XG4gIGFzc2VydC5vayhwcm9ibGVtc1swXS5tZXNzYWdlLmluY2x1ZGVzKHBhdGguam9pbihyb290LCAnd3MxL292JykpICYmIHByb2JsZW1zWzBdLm1lc3NhZ2UuaW5jbHVkZXMocGF0aC5qb2luKHJvb3QsICd3czIvb3YnKSkpO1xufSk7XG5cbnRlc3QoJ2NvbmZsaWN0aW5nIG5hbWVzIGFuZCB1bnJlYWRhYmxlIG5hbWUgZmlsZXMgYXJlIHByb2JsZW1zLCBub3QgY3Jhc2hlcycsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgd3JpdGVUcmVlKHJvb3QsIHtcbiAgICAuLi5vdmVybGF5VHJlZSgnYm90aCcsICdvbGQtbmFtZScpLCAnYm90aC9tZXRhZGF0YS9sYXlvdXQuY29uZic6ICdyZXBvLW5hbWUgPSBuZXctbmFtZVxcbicsXG4gICAgLy8gQSBkaXJlY3Rvcnkgd2hlcmUgcHJvZmlsZXMvcmVwb19uYW1lIHNob3VsZCBiZSBhIGZpbGU6IHVucmVhZGFibGUgYXMgcm9vdCB0b28uXG4gICAgJ3dlaXJkL3Byb2ZpbGVzL3JlcG9fbmFtZS94JzogJ3gnLFxuICAgIC4uLm92ZXJsYXlUcmVlKCdiYWQnLCAnYmFkIG5hbWUhJyksXG4gIH0pO1xuICBjb25zdCB7IG92ZXJsYXlzLCBwcm9ibGVtcyB9ID0gYXdhaXQgZGlzY292ZXJPdmVybGF5cyhbcm9vdF0pO1xuICBhc3NlcnQuZGVlcEVxdWFsKG92ZXJsYXlzLm1hcCgobykgPT4gby5uYW1lKSwgWyduZXctbmFtZSddKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChwcm9ibGVtcy5tYXAoKHApID0+IHAuY29kZSkuc29ydCgpLCBbJ2ludmFsaWQtcmVwby1uYW1lJywgJ292ZXJsYXktbmFtZS1jb25mbGljdCcsICd1bnJlYWRhYmxlLW92ZXJsYXktZmlsZSddKTtcbiAgYXNzZXJ0Lm1hdGNoKHByb2JsZW1zLmZpbmQoKHApID0+IHAuY29kZSA9PT0gJ3VucmVhZGFibGUtb3ZlcmxheS1maWxlJykhLm1lc3NhZ2UsIC93ZWlyZFsvXFxcXF1wcm9maWxlc1svXFxcXF1yZXBvX25hbWUvKTtcbn0pO1xuXG50ZXN0KCdleHRyYSBwYXRocyBvdXRzaWRlIHRoZSB3b3Jrc3BhY2UgYXJlIHNlYXJjaGVkIHRvbycsIGFzeW5jICh0KSA9PiB7XG4gIGNvbnN0IHsgcm9vdCwgZGlzcG9zZSB9ID0gbWFrZVRlbXBEaXIoKTtcbiAgdC5hZnRlcihkaXNwb3NlKTtcbiAgd3JpdGVUcmVlKHJvb3QsIHsgLi4ub3ZlcmxheVRyZWUoJ2Vsc2V3aGVyZS9vdicsICdleHRyYScpLCAnd3MvcmVhZG1lJzogJ3gnIH0pO1xuICBjb25zdCB7IG92ZXJsYXlzIH0gPSBhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKFtwYXRoLmpvaW4ocm9vdCwgJ3dzJyldLCB7IGV4dHJhUGF0aHM6IFtwYXRoLmpvaW4ocm9vdCwgJ2Vsc2V3aGVyZScpXSB9KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChvdmVybGF5cy5tYXAoKG8pID0+IG8ubmFtZSksIFsnZXh0cmEnXSk7XG59KTtcblxudGVzdCgnbGF5b3V0LmNvbmYgbGluZXMgYXJlIHJlYWQgYXMga2V5ID0gdmFsdWUnLCAoKSA9PiB7XG4gIGNvbnN0IGNvbmYgPSBwYXJzZUxheW91dENvbmYoJyMgeCA9IHlcXG5tYXN0ZXJzID0gZ2VudG9vICBvdGhlclxcbiAgcmVwby1uYW1lPWZvb1xcclxcbnRoaW4tbWFuaWZlc3RzID0gdHJ1ZVxcbicpO1xuICBhc3NlcnQuZXF1YWwoY29uZi5nZXQoJ21hc3RlcnMnKSwgJ2dlbnRvbyAgb3RoZXInKTtcbiAgYXNzZXJ0LmVxdWFsKGNvbmYuZ2V0KCdyZXBvLW5hbWUnKSwgJ2ZvbycpO1xuICBhc3NlcnQuZXF1YWwoY29uZi5oYXMoJyMgeCcpLCBmYWxzZSk7XG59KTtcblxudGVzdCgnbWFzdGVycyBtaXNzaW5nIGZyb20gdGhlIHdvcmtzcGFjZSBhcmUgbGlzdGVkIChnZW50b28gY29tZXMgZnJvbSB0aGUgYnVpbGRlciknLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIHdyaXRlVHJlZShyb290LCB7IC4uLm92ZXJsYXlUcmVlKCdhJywgJ2EnLCBbXSwgJ2dlbnRvbyBiIGMnKSwgLi4ub3ZlcmxheVRyZWUoJ2InLCAnYicsIFtdLCAnZ2VudG9vJykgfSk7XG4gIGNvbnN0IHsgb3ZlcmxheXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3Jvb3RdKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChtaXNzaW5nTWFzdGVycyhvdmVybGF5cy5maW5kKChvKSA9PiBvLm5hbWUgPT09ICdhJykhLCBvdmVybGF5cyksIFsnYyddKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChtaXNzaW5nTWFzdGVycyhvdmVybGF5cy5maW5kKChvKSA9PiBvLm5hbWUgPT09ICdiJykhLCBvdmVybGF5cyksIFtdKTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLHFCQUE2QjtBQUM3QixXQUFzQjtBQUN0QixzQkFBa0U7QUFDbEUsb0JBQW9EO0FBRXBELE1BQU0sZ0JBQWdCLEtBQUssUUFBUSxXQUFXLHNDQUFzQztBQUFBLElBRXBGLHVCQUFLLHlFQUF5RSxZQUFZO0FBQ3hGLFFBQU0sRUFBRSxVQUFVLFNBQVMsSUFBSSxVQUFNLGtDQUFpQixDQUFDLGFBQWEsQ0FBQztBQUNyRSxnQkFBQUEsUUFBTyxVQUFVLFVBQVUsQ0FBQyxDQUFDO0FBQzdCLFFBQU0sU0FBUyxPQUFPLFlBQVksU0FBUyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztBQUNsRSxnQkFBQUEsUUFBTyxVQUFVLE9BQU8sS0FBSyxNQUFNLEVBQUUsS0FBSyxHQUFHLENBQUMsVUFBVSxhQUFhLENBQUM7QUFDdEUsZ0JBQUFBLFFBQU8sVUFBVSxPQUFPLFlBQVksU0FBUyxDQUFDLFFBQVEsQ0FBQztBQUN2RCxnQkFBQUEsUUFBTyxVQUFVLE9BQU8sT0FBTyxTQUFTLENBQUMsQ0FBQztBQUMxQyxnQkFBQUEsUUFBTyxNQUFNLE9BQU8sWUFBWSxNQUFNLEtBQUssS0FBSyxlQUFlLGFBQWEsQ0FBQztBQUM3RSxnQkFBQUEsUUFBTyxNQUFNLE9BQU8sWUFBWSxpQkFBaUIsYUFBYTtBQUNoRSxDQUFDO0FBQUEsSUFFRCx1QkFBSyxzRkFBc0YsT0FBTyxNQUFNO0FBQ3RHLFFBQU0sRUFBRSxNQUFNLFFBQVEsUUFBSSwyQkFBWTtBQUN0QyxJQUFFLE1BQU0sT0FBTztBQUNmLFFBQU0sS0FBSyxLQUFLLEtBQUssTUFBTSxlQUFZO0FBQ3ZDLCtCQUFVLElBQUk7QUFBQSxJQUNaLE9BQUcsMkJBQVksaUJBQWlCLGdCQUFnQixDQUFDLGlDQUFpQyxHQUFHLFFBQVE7QUFBQSxJQUM3RixPQUFHLDJCQUFZLDZCQUE2QixPQUFPO0FBQUEsSUFDbkQsb0NBQW9DO0FBQUEsSUFDcEMsT0FBRywyQkFBWSxxQkFBcUIsUUFBUTtBQUFBLElBQzVDLGtCQUFrQixFQUFFLE1BQU0sb0JBQW9CO0FBQUEsSUFDOUMsdUJBQXVCLEVBQUUsTUFBTSxnQkFBZ0I7QUFBQSxJQUMvQyx1Q0FBdUM7QUFBQSxJQUN2QyxnQ0FBZ0M7QUFBQSxFQUNsQyxDQUFDO0FBQ0QsUUFBTSxFQUFFLFVBQVUsU0FBUyxJQUFJLFVBQU0sa0NBQWlCLENBQUMsRUFBRSxDQUFDO0FBQzFELGdCQUFBQSxRQUFPLFVBQVUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFDbkQsUUFBTSxRQUFRLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsS0FBSztBQUMvQyxnQkFBQUEsUUFBTyxVQUFVLE9BQU8sQ0FBQyxlQUFlLFNBQVMsVUFBVSxjQUFjLENBQUM7QUFDMUUsUUFBTSxTQUFTLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLFFBQVE7QUFDdkQsZ0JBQUFBLFFBQU8sTUFBTSxPQUFPLE1BQU0sS0FBSyxLQUFLLElBQUksZ0JBQWdCLENBQUM7QUFDekQsZ0JBQUFBLFFBQU8sTUFBTSxPQUFPLGNBQVUsNkJBQWEsS0FBSyxLQUFLLE1BQU0sZ0JBQWdCLENBQUMsQ0FBQztBQUM3RSxnQkFBQUEsUUFBTyxVQUFVLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGFBQWEsRUFBRyxTQUFTLENBQUMsVUFBVSxjQUFjLENBQUM7QUFFcEcsZ0JBQUFBLFFBQU8sTUFBTSxTQUFTLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzFFLENBQUM7QUFBQSxJQUVELHVCQUFLLHVEQUF1RCxPQUFPLE1BQU07QUFDdkUsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLE9BQUcsMkJBQVksS0FBSyxPQUFPLEdBQUcsY0FBYyxFQUFFLE1BQU0sUUFBUSxHQUFHLFlBQVksRUFBRSxNQUFNLFVBQVUsRUFBRSxDQUFDO0FBQ2xILFFBQU0sRUFBRSxTQUFTLElBQUksVUFBTSxrQ0FBaUIsQ0FBQyxJQUFJLEdBQUcsRUFBRSxVQUFVLEdBQUcsQ0FBQztBQUNwRSxnQkFBQUEsUUFBTyxVQUFVLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUM7QUFDekQsQ0FBQztBQUFBLElBRUQsdUJBQUssc0ZBQXNGLE9BQU8sTUFBTTtBQUN0RyxRQUFNLEVBQUUsTUFBTSxRQUFRLFFBQUksMkJBQVk7QUFDdEMsSUFBRSxNQUFNLE9BQU87QUFDZiwrQkFBVSxNQUFNLEVBQUUsK0JBQStCLHNCQUFzQixnQ0FBZ0MsS0FBSyxDQUFDO0FBQzdHLFFBQU0sRUFBRSxVQUFVLFNBQVMsSUFBSSxVQUFNLGtDQUFpQixDQUFDLElBQUksQ0FBQztBQUM1RCxnQkFBQUEsUUFBTyxVQUFVLFVBQVUsQ0FBQyxDQUFDO0FBQzdCLGdCQUFBQSxRQUFPLFVBQVUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLHdCQUF3QixzQkFBc0IsQ0FBQztBQUM5RixRQUFNLFNBQVMsU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsS0FBSyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQ3hFLGdCQUFBQSxRQUFPLE1BQU0sT0FBTyxTQUFTLFFBQVE7QUFDckMsZ0JBQUFBLFFBQU8sTUFBTSxPQUFPLFFBQVMsd0JBQXdCO0FBQ3JELGdCQUFBQSxRQUFPLE1BQU0sT0FBTyxRQUFTLG9CQUFvQjtBQUNuRCxDQUFDO0FBQUEsSUFFRCx1QkFBSyxtRkFBbUYsT0FBTyxNQUFNO0FBQ25HLFFBQU0sRUFBRSxNQUFNLFFBQVEsUUFBSSwyQkFBWTtBQUN0QyxJQUFFLE1BQU0sT0FBTztBQUNmLCtCQUFVLE1BQU0sRUFBRSxPQUFHLDJCQUFZLFVBQVUsTUFBTSxHQUFHLE9BQUcsMkJBQVksVUFBVSxNQUFNLEdBQUcsT0FBRywyQkFBWSxhQUFhLE9BQU8sRUFBRSxDQUFDO0FBQzVILFFBQU0sRUFBRSxVQUFVLFNBQVMsSUFBSSxVQUFNLGtDQUFpQixDQUFDLEtBQUssS0FBSyxNQUFNLEtBQUssR0FBRyxLQUFLLEtBQUssTUFBTSxLQUFLLENBQUMsQ0FBQztBQUN0RyxnQkFBQUEsUUFBTyxVQUFVLFNBQVMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxlQUFlLENBQUMsR0FBRyxDQUFDLENBQUMsUUFBUSxLQUFLLEtBQUssTUFBTSxLQUFLLENBQUMsR0FBRyxDQUFDLFNBQVMsS0FBSyxLQUFLLE1BQU0sS0FBSyxDQUFDLENBQUMsQ0FBQztBQUN4SSxnQkFBQUEsUUFBTyxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQy9CLGdCQUFBQSxRQUFPLE1BQU0sU0FBUyxDQUFDLEVBQUUsTUFBTSxxQkFBcUI7QUFDcEQsZ0JBQUFBLFFBQU8sR0FBRyxTQUFTLENBQUMsRUFBRSxRQUFRLFNBQVMsS0FBSyxLQUFLLE1BQU0sUUFBUSxDQUFDLEtBQUssU0FBUyxDQUFDLEVBQUUsUUFBUSxTQUFTLEtBQUssS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQzlILENBQUM7QUFBQSxJQUVELHVCQUFLLHlFQUF5RSxPQUFPLE1BQU07QUFDekYsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTTtBQUFBLElBQ2QsT0FBRywyQkFBWSxRQUFRLFVBQVU7QUFBQSxJQUFHLDZCQUE2QjtBQUFBO0FBQUEsSUFFakUsOEJBQThCO0FBQUEsSUFDOUIsT0FBRywyQkFBWSxPQUFPLFdBQVc7QUFBQSxFQUNuQyxDQUFDO0FBQ0QsUUFBTSxFQUFFLFVBQVUsU0FBUyxJQUFJLFVBQU0sa0NBQWlCLENBQUMsSUFBSSxDQUFDO0FBQzVELGdCQUFBQSxRQUFPLFVBQVUsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQztBQUMxRCxnQkFBQUEsUUFBTyxVQUFVLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsS0FBSyxHQUFHLENBQUMscUJBQXFCLHlCQUF5Qix5QkFBeUIsQ0FBQztBQUM5SCxnQkFBQUEsUUFBTyxNQUFNLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLHlCQUF5QixFQUFHLFNBQVMsa0NBQWtDO0FBQ3RILENBQUM7QUFBQSxJQUVELHVCQUFLLHNEQUFzRCxPQUFPLE1BQU07QUFDdEUsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLE9BQUcsMkJBQVksZ0JBQWdCLE9BQU8sR0FBRyxhQUFhLElBQUksQ0FBQztBQUM3RSxRQUFNLEVBQUUsU0FBUyxJQUFJLFVBQU0sa0NBQWlCLENBQUMsS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLEdBQUcsRUFBRSxZQUFZLENBQUMsS0FBSyxLQUFLLE1BQU0sV0FBVyxDQUFDLEVBQUUsQ0FBQztBQUNuSCxnQkFBQUEsUUFBTyxVQUFVLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUM7QUFDekQsQ0FBQztBQUFBLElBRUQsdUJBQUssNkNBQTZDLE1BQU07QUFDdEQsUUFBTSxXQUFPLGlDQUFnQiw4RUFBOEU7QUFDM0csZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLElBQUksU0FBUyxHQUFHLGVBQWU7QUFDakQsZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLElBQUksV0FBVyxHQUFHLEtBQUs7QUFDekMsZ0JBQUFBLFFBQU8sTUFBTSxLQUFLLElBQUksS0FBSyxHQUFHLEtBQUs7QUFDckMsQ0FBQztBQUFBLElBRUQsdUJBQUssaUZBQWlGLE9BQU8sTUFBTTtBQUNqRyxRQUFNLEVBQUUsTUFBTSxRQUFRLFFBQUksMkJBQVk7QUFDdEMsSUFBRSxNQUFNLE9BQU87QUFDZiwrQkFBVSxNQUFNLEVBQUUsT0FBRywyQkFBWSxLQUFLLEtBQUssQ0FBQyxHQUFHLFlBQVksR0FBRyxPQUFHLDJCQUFZLEtBQUssS0FBSyxDQUFDLEdBQUcsUUFBUSxFQUFFLENBQUM7QUFDdEcsUUFBTSxFQUFFLFNBQVMsSUFBSSxVQUFNLGtDQUFpQixDQUFDLElBQUksQ0FBQztBQUNsRCxnQkFBQUEsUUFBTyxjQUFVLGdDQUFlLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLEdBQUcsR0FBSSxRQUFRLEdBQUcsQ0FBQyxHQUFHLENBQUM7QUFDdkYsZ0JBQUFBLFFBQU8sY0FBVSxnQ0FBZSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxHQUFHLEdBQUksUUFBUSxHQUFHLENBQUMsQ0FBQztBQUN0RixDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiXQp9Cg==
