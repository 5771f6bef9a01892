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
var path = __toESM(require("node:path"));
var import_buildConfig = require("../../src/core/buildConfig");
var import_buildRequest = require("../../src/core/buildRequest");
var import_userError = require("../../src/core/userError");
var import_fsTree = require("../helpers/fsTree");
const config = (over = {}) => ({ ...import_buildConfig.DEFAULT_BUILD_CONFIG, ...over });
async function rejectsWith(p, code, ...mentions) {
  await import_strict.default.rejects(p, (e) => {
    import_strict.default.ok((0, import_userError.isUserError)(e), String(e));
    import_strict.default.equal(e.code, code, e.message);
    for (const m of mentions) import_strict.default.ok(e.message.includes(m) || (e.action ?? "").includes(m), `${e.message} / ${e.action} mentions ${m}`);
    return true;
  });
}
(0, import_node_test.test)("multi-root: the request uses the ebuild's workspace folder for overrides and artifacts", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  const ws1 = path.join(root, "first ws");
  const ws2 = path.join(root, "zw\xE9ite");
  (0, import_fsTree.writeTree)(ws1, { ...(0, import_fsTree.overlayTree)("ov", "one", ["app-misc/a/a-1.ebuild"], "gentoo"), ".portage/package.use": "app-misc/a x\n" });
  (0, import_fsTree.writeTree)(ws2, { ...(0, import_fsTree.overlayTree)("ov", "two", ["app-misc/hello/hello-1.0-r1.ebuild"], "gentoo one"), "my-conf/package.mask": "app-misc/a\n" });
  const ebuild = path.join(ws2, "ov/app-misc/hello/hello-1.0-r1.ebuild");
  const req = await (0, import_buildRequest.makeBuildRequest)(ebuild, {
    workspaceFolders: [ws1, ws2],
    config: config({ overridesFolder: "my-conf", artifactsFolder: "out/pkgs", env: { BUILDER_JOBS: "3" }, emergeArgs: ["-v"], images: { gentoo: "my/img" } }),
    profile: "gentoo"
  });
  import_strict.default.equal(req.atom, "=app-misc/hello-1.0-r1::two");
  import_strict.default.deepEqual([req.category, req.pn, req.pvr, req.overlay.name], ["app-misc", "hello", "1.0-r1", "two"]);
  import_strict.default.deepEqual(req.overlays.map((o) => o.name).sort(), ["one", "two"]);
  import_strict.default.equal(req.workspaceFolder, ws2);
  import_strict.default.deepEqual(req.overrides.sources.map((s) => [s.kind, s.path]), [["mask", path.join(ws2, "my-conf/package.mask")]]);
  import_strict.default.equal(req.artifactsDir, path.join(ws2, "out/pkgs"));
  import_strict.default.equal(req.profile, "gentoo");
  import_strict.default.equal(req.image, "my/img");
  import_strict.default.deepEqual(req.env, { BUILDER_JOBS: "3" });
  import_strict.default.deepEqual(req.emergeArgs, ["-v"]);
  import_strict.default.equal(req.ebuildPath, ebuild);
});
(0, import_node_test.test)("an absolute artifacts folder and the default profile are kept", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, (0, import_fsTree.overlayTree)("ws/ov", "ov", ["app-misc/a/a-1.ebuild"]));
  const abs = path.join(root, "elsewhere", "artifacts");
  const req = await (0, import_buildRequest.makeBuildRequest)(path.join(root, "ws/ov/app-misc/a/a-1.ebuild"), { workspaceFolders: [path.join(root, "ws")], config: config({ artifactsFolder: abs }) });
  import_strict.default.equal(req.artifactsDir, abs);
  import_strict.default.equal(req.profile, "sabayon");
  import_strict.default.equal(req.image, void 0);
  import_strict.default.deepEqual(req.overrides.sources, []);
});
(0, import_node_test.test)("an ebuild in an overlay without a name says what file to add", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { "ov/metadata/layout.conf": "masters = gentoo\n", "ov/app-misc/a/a-1.ebuild": "EAPI=8\n" });
  await rejectsWith(
    (0, import_buildRequest.makeBuildRequest)(path.join(root, "ov/app-misc/a/a-1.ebuild"), { workspaceFolders: [root], config: config() }),
    "overlay-without-name",
    path.join(root, "ov", "profiles", "repo_name")
  );
});
(0, import_node_test.test)("an ebuild outside the workspace overlays is refused, naming the overlays found", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("ws/ov", "mine"), ...(0, import_fsTree.overlayTree)("other/ov", "theirs", ["app-misc/a/a-1.ebuild"]) });
  await rejectsWith(
    (0, import_buildRequest.makeBuildRequest)(path.join(root, "other/ov/app-misc/a/a-1.ebuild"), { workspaceFolders: [path.join(root, "ws")], config: config() }),
    "not-in-overlay",
    "mine"
  );
});
(0, import_node_test.test)("duplicate repo names stop the build with both paths", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("a", "dup", ["app-misc/a/a-1.ebuild"]), ...(0, import_fsTree.overlayTree)("b", "dup") });
  await rejectsWith(
    (0, import_buildRequest.makeBuildRequest)(path.join(root, "a/app-misc/a/a-1.ebuild"), { workspaceFolders: [root], config: config() }),
    "duplicate-repo-name",
    path.join(root, "a"),
    path.join(root, "b")
  );
});
(0, import_node_test.test)("an unreadable override file stops the request with its name", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("ov", "ov", ["app-misc/a/a-1.ebuild"]), ".portage/package.license": { link: "gone" } });
  await rejectsWith(
    (0, import_buildRequest.makeBuildRequest)(path.join(root, "ov/app-misc/a/a-1.ebuild"), { workspaceFolders: [root], config: config() }),
    "unreadable-override",
    path.join(root, ".portage/package.license")
  );
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2J1aWxkUmVxdWVzdC50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyJpbXBvcnQgeyB0ZXN0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IERFRkFVTFRfQlVJTERfQ09ORklHLCB0eXBlIEJ1aWxkQ29uZmlnIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYnVpbGRDb25maWcnO1xuaW1wb3J0IHsgbWFrZUJ1aWxkUmVxdWVzdCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2J1aWxkUmVxdWVzdCc7XG5pbXBvcnQgeyBpc1VzZXJFcnJvciB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBtYWtlVGVtcERpciwgb3ZlcmxheVRyZWUsIHdyaXRlVHJlZSB9IGZyb20gJy4uL2hlbHBlcnMvZnNUcmVlJztcblxuY29uc3QgY29uZmlnID0gKG92ZXI6IFBhcnRpYWw8QnVpbGRDb25maWc+ID0ge30pOiBCdWlsZENvbmZpZyA9PiAoeyAuLi5ERUZBVUxUX0JVSUxEX0NPTkZJRywgLi4ub3ZlciB9KTtcblxuYXN5bmMgZnVuY3Rpb24gcmVqZWN0c1dpdGgocDogUHJvbWlzZTx1bmtub3duPiwgY29kZTogc3RyaW5nLCAuLi5tZW50aW9uczogc3RyaW5nW10pOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgYXNzZXJ0LnJlamVjdHMocCwgKGU6IHVua25vd24pID0+IHtcbiAgICBhc3NlcnQub2soaXNVc2VyRXJyb3IoZSksIFN0cmluZyhlKSk7XG4gICAgYXNzZXJ0LmVxdWFsKGUuY29kZSwgY29kZSwgZS5tZXNzYWdlKTtcbiAgICBmb3IgKGNvbnN0IG0gb2YgbWVudGlvbnMpIGFzc2VydC5vayhlLm1lc3NhZ2UuaW5jbHVkZXMobSkgfHwgKGUuYWN0aW9uID8/ICcnKS5pbmNsdWRlcyhtKSwgYCR7ZS5tZXNzYWdlfSAvICR7ZS5hY3Rpb259IG1lbnRpb25zICR7bX1gKTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSk7XG59XG5cbnRlc3QoJ211bHRpLXJvb3Q6IHRoZSByZXF1ZXN0IHVzZXMgdGhlIGVidWlsZFxcJ3Mgd29ya3NwYWNlIGZvbGRlciBmb3Igb3ZlcnJpZGVzIGFuZCBhcnRpZmFjdHMnLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIGNvbnN0IHdzMSA9IHBhdGguam9pbihyb290LCAnZmlyc3Qgd3MnKTtcbiAgY29uc3Qgd3MyID0gcGF0aC5qb2luKHJvb3QsICd6d1x1MDBFOWl0ZScpO1xuICB3cml0ZVRyZWUod3MxLCB7IC4uLm92ZXJsYXlUcmVlKCdvdicsICdvbmUnLCBbJ2FwcC1taXNjL2EvYS0xLmVidWlsZCddLCAnZ2VudG9vJyksICcucG9ydGFnZS9wYWNrYWdlLnVzZSc6ICdhcHAtbWlzYy9hIHhcXG4nIH0pO1xuICB3cml0ZVRyZWUod3MyLCB7IC4uLm92ZXJsYXlUcmVlKCdvdicsICd0d28nLCBbJ2FwcC1taXNjL2hlbGxvL2hlbGxvLTEuMC1yMS5lYnVpbGQnXSwgJ2dlbnRvbyBvbmUnKSwgJ215LWNvbmYvcGFja2FnZS5tYXNrJzogJ2FwcC1taXNjL2FcXG4nIH0pO1xuICBjb25zdCBlYnVpbGQgPSBwYXRoLmpvaW4od3MyLCAnb3YvYXBwLW1pc2MvaGVsbG8vaGVsbG8tMS4wLXIxLmVidWlsZCcpO1xuICBjb25zdCByZXEgPSBhd2FpdCBtYWtlQnVpbGRSZXF1ZXN0KGVidWlsZCwge1xuICAgIHdvcmtzcGFjZUZvbGRlcnM6IFt3czEsIHdzMl0sXG4gICAgY29uZmlnOiBjb25maWcoeyBvdmVycmlkZXNGb2xkZXI6ICdteS1jb25mJywgYXJ0aWZhY3RzRm9sZGVyOiAnb3V0L3BrZ3MnLCBlbnY6IHsgQlVJTERFUl9KT0JTOiAnMycgfSwgZW1lcmdlQXJnczogWyctdiddLCBpbWFnZXM6IHsgZ2VudG9vOiAnbXkvaW1nJyB9IH0pLFxuICAgIHByb2ZpbGU6ICdnZW50b28nLFxuICB9KTtcbiAgYXNzZXJ0LmVxdWFsKHJlcS5hdG9tLCAnPWFwcC1taXNjL2hlbGxvLTEuMC1yMTo6dHdvJyk7XG4gIGFzc2VydC5kZWVwRXF1YWwoW3JlcS5jYXRlZ29yeSwgcmVxLnBuLCByZXEucHZyLCByZXEub3ZlcmxheS5uYW1lXSwgWydhcHAtbWlzYycsICdoZWxsbycsICcxLjAtcjEnLCAndHdvJ10pO1xuICBhc3NlcnQuZGVlcEVxdWFsKHJlcS5vdmVybGF5cy5tYXAoKG8pID0+IG8ubmFtZSkuc29ydCgpLCBbJ29uZScsICd0d28nXSk7XG4gIGFzc2VydC5lcXVhbChyZXEud29ya3NwYWNlRm9sZGVyLCB3czIpO1xuICBhc3NlcnQuZGVlcEVxdWFsKHJlcS5vdmVycmlkZXMuc291cmNlcy5tYXAoKHMpID0+IFtzLmtpbmQsIHMucGF0aF0pLCBbWydtYXNrJywgcGF0aC5qb2luKHdzMiwgJ215LWNvbmYvcGFja2FnZS5tYXNrJyldXSk7XG4gIGFzc2VydC5lcXVhbChyZXEuYXJ0aWZhY3RzRGlyLCBwYXRoLmpvaW4od3MyLCAnb3V0L3BrZ3MnKSk7XG4gIGFzc2VydC5lcXVhbChyZXEucHJvZmlsZSwgJ2dlbnRvbycpO1xuICBhc3NlcnQuZXF1YWwocmVxLmltYWdlLCAnbXkvaW1nJyk7XG4gIGFzc2VydC5kZWVwRXF1YWwocmVxLmVudiwgeyBCVUlMREVSX0pPQlM6ICczJyB9KTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChyZXEuZW1lcmdlQXJncywgWyctdiddKTtcbiAgYXNzZXJ0LmVxdWFsKHJlcS5lYnVpbGRQYXRoLCBlYnVpbGQpO1xufSk7XG5cbnRlc3QoJ2FuIGFic29sdXRlIGFydGlmYWN0cyBmb2xkZXIgYW5kIHRoZSBkZWZhdWx0IHByb2ZpbGUgYXJlIGtlcHQnLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIHdyaXRlVHJlZShyb290LCBvdmVybGF5VHJlZSgnd3Mvb3YnLCAnb3YnLCBbJ2FwcC1taXNjL2EvYS0xLmVidWlsZCddKSk7XG4gIGNvbnN0IGFicyA9IHBhdGguam9pbihyb290LCAnZWxzZXdoZXJlJywgJ2FydGlmYWN0cycpO1xuICBjb25zdCByZXEgPSBhd2FpdCBtYWtlQnVpbGRSZXF1ZXN0KHBhdGguam9pbihyb290LCAnd3Mvb3YvYXBwLW1pc2MvYS9hLTEuZWJ1aWxkJyksIHsgd29ya3NwYWNlRm9sZGVyczogW3BhdGguam9pbihyb290LCAnd3MnKV0sIGNvbmZpZzogY29uZmlnKHsgYXJ0aWZhY3RzRm9sZGVyOiBhYnMgfSkgfSk7XG4gIGFzc2VydC5lcXVhbChyZXEuYXJ0aWZhY3RzRGlyLCBhYnMpO1xuICBhc3NlcnQuZXF1YWwocmVxLnByb2ZpbGUsICdzYWJheW9uJyk7XG4gIGFzc2VydC5lcXVhbChyZXEuaW1hZ2UsIHVuZGVmaW5lZCk7XG4gIGFzc2VydC5kZWVwRXF1YWwocmVxLm92ZXJyaWRlcy5zb3VyY2VzLCBbXSk7XG59KTtcblxudGVzdCgnYW4gZWJ1aWxkIGluIGFuIG92ZXJsYXkgd2l0aG91dCBhIG5hbWUgc2F5cyB3aGF0IGZpbGUgdG8gYWRkJywgYXN5bmMgKHQpID0+IHtcbiAgY29uc3QgeyByb290LCBkaXNwb3NlIH0gPSBtYWtlVGVtcERpcigpO1xuICB0LmFmdGVyKGRpc3Bvc2UpO1xuICB3cml0ZVRyZWUocm9vdCwgeyAnb3YvbWV0YWRhdGEvbGF5b3V0LmNvbmYnOiAnbWFzdGVycyA9IGdlbnRvb1xcbicsICdvdi9hcHAtbWlzYy9hL2EtMS5lYnVpbGQnOiAnRUFQST04XFxuJyB9KTtcbiAgYXdhaXQgcmVqZWN0c1dpdGgobWFrZUJ1aWxkUmVxdWVzdChwYXRoLmpvaW4ocm9vdCwgJ292L2FwcC1taXNjL2EvYS0xLmVidWlsZCcpLCB7IHdvcmtzcGFjZUZvbGRlcnM6IFtyb290XSwgY29uZmlnOiBjb25maWcoKSB9KSxcbiAgICAnb3ZlcmxheS13aXRob3V0LW5hbWUnLCBwYXRoLmpvaW4ocm9vdCwgJ292JywgJ3Byb2ZpbGVzJywgJ3JlcG9fbmFtZScpKTtcbn0pO1xuXG50ZXN0KCdhbiBlYnVpbGQgb3V0c2lkZSB0aGUgd29ya3NwYWNlIG92ZXJsYXlzIGlzIHJlZnVzZWQsIG5hbWluZyB0aGUgb3ZlcmxheXMgZm91bmQnLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIHdyaXRlVHJlZShyb290LCB7IC4uLm92ZXJsYXlUcmVlKCd3cy9vdicsICdtaW5lJyksIC4uLm92ZXJsYXlUcmVlKCdvdGhlci9vdicsICd0aGVpcnMnLCBbJ2FwcC1taXNjL2EvYS0xLmVidWlsZCddKSB9KTtcbiAgYXdhaXQgcmVqZWN0c1dpdGgobWFrZUJ1aWxkUmVxdWVzdChwYXRoLmpvaW4ocm9vdCwgJ290aGVyL292L2FwcC1taXNjL2EvYS0xLmVidWlsZCcpLCB7IHdvcmtzcGFjZUZvbGRlcnM6IFtwYXRoLmpvaW4ocm9vdCwgJ3dzJyldLCBjb25maWc6IGNvbmZpZygpIH0pLFxuICAgICdub3QtaW4tb3ZlcmxheScsICdtaW5lJyk7XG59KTtcblxudGVzdCgnZHVwbGljYXRlIHJlcG8gbmFtZXMgc3RvcCB0aGUgYnVpbGQgd2l0aCBib3RoIHBhdGhzJywgYXN5bmMgKHQpID0+IHtcbiAgY29uc3QgeyByb290LCBkaXNwb3NlIH0gPSBtYWtlVGVtcERpcigpO1xuICB0LmFmdGVyKGRpc3Bvc2UpO1xuICB3cml0ZVRyZWUocm9vdCwgeyAuLi5vdmVybGF5VHJlZSgnYScsICdkdXAnLCBbJ2FwcC1taXNjL2EvYS0xLmVidWlsZCddKSwgLi4ub3ZlcmxheVRyZWUoJ2InLCAnZHVwJykgfSk7XG4gIGF3YWl0IHJlamVjdHNXaXRoKG1ha2VCdWlsZFJlcXVlc3QocGF0aC5qb2luKHJvb3QsICdhL2FwcC1taXNjL2EvYS0xLmVidWlsZCcpLCB7IHdvcmtzcGFjZUZvbGRlcnM6IFtyb290XSwgY29uZmlnOiBjb25maWcoKSB9KSxcbiAgICAnZHVwbGljYXRlLXJlcG8tbmFtZScsIHBhdGguam9pbihyb290LCAnYScpLCBwYXRoLmpvaW4ocm9vdCwgJ2InKSk7XG59KTtcblxudGVzdCgnYW4gdW5yZWFkYWJsZSBvdmVycmlkZSBmaWxlIHN0b3BzIHRoZSByZXF1ZXN0IHdpdGggaXRzIG5hbWUnLCBhc3luYyAodCkgPT4ge1xuICBjb25zdCB7IHJvb3QsIGRpc3Bvc2UgfSA9IG1ha2VUZW1wRGlyKCk7XG4gIHQuYWZ0ZXIoZGlzcG9zZSk7XG4gIC8vIFJvb3QgY2FuIHJlYWQgY2htb2QtMDAwIGZpbGVzLCBzbyBhIGRhbmdsaW5nIHN5bWxpbmsgc3RhbmRzIGluIGZvciBhbiB1bnJlYWRhYmxlIGZpbGUuXG4gIHdyaXRlVHJlZShyb290LCB7IC4uLm92ZXJsYXlUcmVlKCdvdicsICdvdicsIFsnYXBwLW1pc2MvYS9hLTEuZWJ1aWxkJ10pLCAnLnBvcnRhZ2UvcGFja2FnZS5saWNlbnNlJzogeyBsaW5rOiAnZ29uZScgfSB9KTtcbiAgYXdhaXQgcmVqZWN0c1dpdGgobWFrZUJ1aWxkUmVxdWVzdChwYXRoLmpvaW4ocm9vdCwgJ292L2FwcC1taXNjL2EvYS0xLmVidWlsZCcpLCB7IHdvcmtzcGFjZUZvbGRlcnM6IFtyb290XSwgY29uZmlnOiBjb25maWcoKSB9KSxcbiAgICAndW5yZWFkYWJsZS1vdmVycmlkZScsIHBhdGguam9pbihyb290LCAnLnBvcnRhZ2UvcGFja2FnZS5saWNlbnNlJykpO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVCQUFxQjtBQUNyQixvQkFBbUI7QUFDbkIsV0FBc0I7QUFDdEIseUJBQXVEO0FBQ3ZELDBCQUFpQztBQUNqQyx1QkFBNEI7QUFDNUIsb0JBQW9EO0FBRXBELE1BQU0sU0FBUyxDQUFDLE9BQTZCLENBQUMsT0FBb0IsRUFBRSxHQUFHLHlDQUFzQixHQUFHLEtBQUs7QUFFckcsZUFBZSxZQUFZLEdBQXFCLFNBQWlCLFVBQW1DO0FBQ2xHLFFBQU0sY0FBQUEsUUFBTyxRQUFRLEdBQUcsQ0FBQyxNQUFlO0FBQ3RDLGtCQUFBQSxRQUFPLE9BQUcsOEJBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxDQUFDO0FBQ25DLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxNQUFNLE1BQU0sRUFBRSxPQUFPO0FBQ3BDLGVBQVcsS0FBSyxTQUFVLGVBQUFBLFFBQU8sR0FBRyxFQUFFLFFBQVEsU0FBUyxDQUFDLE1BQU0sRUFBRSxVQUFVLElBQUksU0FBUyxDQUFDLEdBQUcsR0FBRyxFQUFFLE9BQU8sTUFBTSxFQUFFLE1BQU0sYUFBYSxDQUFDLEVBQUU7QUFDckksV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIO0FBQUEsSUFFQSx1QkFBSywwRkFBMkYsT0FBTyxNQUFNO0FBQzNHLFFBQU0sRUFBRSxNQUFNLFFBQVEsUUFBSSwyQkFBWTtBQUN0QyxJQUFFLE1BQU0sT0FBTztBQUNmLFFBQU0sTUFBTSxLQUFLLEtBQUssTUFBTSxVQUFVO0FBQ3RDLFFBQU0sTUFBTSxLQUFLLEtBQUssTUFBTSxXQUFRO0FBQ3BDLCtCQUFVLEtBQUssRUFBRSxPQUFHLDJCQUFZLE1BQU0sT0FBTyxDQUFDLHVCQUF1QixHQUFHLFFBQVEsR0FBRyx3QkFBd0IsaUJBQWlCLENBQUM7QUFDN0gsK0JBQVUsS0FBSyxFQUFFLE9BQUcsMkJBQVksTUFBTSxPQUFPLENBQUMsb0NBQW9DLEdBQUcsWUFBWSxHQUFHLHdCQUF3QixlQUFlLENBQUM7QUFDNUksUUFBTSxTQUFTLEtBQUssS0FBSyxLQUFLLHVDQUF1QztBQUNyRSxRQUFNLE1BQU0sVUFBTSxzQ0FBaUIsUUFBUTtBQUFBLElBQ3pDLGtCQUFrQixDQUFDLEtBQUssR0FBRztBQUFBLElBQzNCLFFBQVEsT0FBTyxFQUFFLGlCQUFpQixXQUFXLGlCQUFpQixZQUFZLEtBQUssRUFBRSxjQUFjLElBQUksR0FBRyxZQUFZLENBQUMsSUFBSSxHQUFHLFFBQVEsRUFBRSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQUEsSUFDeEosU0FBUztBQUFBLEVBQ1gsQ0FBQztBQUNELGdCQUFBQSxRQUFPLE1BQU0sSUFBSSxNQUFNLDZCQUE2QjtBQUNwRCxnQkFBQUEsUUFBTyxVQUFVLENBQUMsSUFBSSxVQUFVLElBQUksSUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRLElBQUksR0FBRyxDQUFDLFlBQVksU0FBUyxVQUFVLEtBQUssQ0FBQztBQUMxRyxnQkFBQUEsUUFBTyxVQUFVLElBQUksU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLEdBQUcsQ0FBQyxPQUFPLEtBQUssQ0FBQztBQUN2RSxnQkFBQUEsUUFBTyxNQUFNLElBQUksaUJBQWlCLEdBQUc7QUFDckMsZ0JBQUFBLFFBQU8sVUFBVSxJQUFJLFVBQVUsUUFBUSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxRQUFRLEtBQUssS0FBSyxLQUFLLHNCQUFzQixDQUFDLENBQUMsQ0FBQztBQUN2SCxnQkFBQUEsUUFBTyxNQUFNLElBQUksY0FBYyxLQUFLLEtBQUssS0FBSyxVQUFVLENBQUM7QUFDekQsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUTtBQUNsQyxnQkFBQUEsUUFBTyxNQUFNLElBQUksT0FBTyxRQUFRO0FBQ2hDLGdCQUFBQSxRQUFPLFVBQVUsSUFBSSxLQUFLLEVBQUUsY0FBYyxJQUFJLENBQUM7QUFDL0MsZ0JBQUFBLFFBQU8sVUFBVSxJQUFJLFlBQVksQ0FBQyxJQUFJLENBQUM7QUFDdkMsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLFlBQVksTUFBTTtBQUNyQyxDQUFDO0FBQUEsSUFFRCx1QkFBSyxpRUFBaUUsT0FBTyxNQUFNO0FBQ2pGLFFBQU0sRUFBRSxNQUFNLFFBQVEsUUFBSSwyQkFBWTtBQUN0QyxJQUFFLE1BQU0sT0FBTztBQUNmLCtCQUFVLFVBQU0sMkJBQVksU0FBUyxNQUFNLENBQUMsdUJBQXVCLENBQUMsQ0FBQztBQUNyRSxRQUFNLE1BQU0sS0FBSyxLQUFLLE1BQU0sYUFBYSxXQUFXO0FBQ3BELFFBQU0sTUFBTSxVQUFNLHNDQUFpQixLQUFLLEtBQUssTUFBTSw2QkFBNkIsR0FBRyxFQUFFLGtCQUFrQixDQUFDLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxHQUFHLFFBQVEsT0FBTyxFQUFFLGlCQUFpQixJQUFJLENBQUMsRUFBRSxDQUFDO0FBQzFLLGdCQUFBQSxRQUFPLE1BQU0sSUFBSSxjQUFjLEdBQUc7QUFDbEMsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsU0FBUztBQUNuQyxnQkFBQUEsUUFBTyxNQUFNLElBQUksT0FBTyxNQUFTO0FBQ2pDLGdCQUFBQSxRQUFPLFVBQVUsSUFBSSxVQUFVLFNBQVMsQ0FBQyxDQUFDO0FBQzVDLENBQUM7QUFBQSxJQUVELHVCQUFLLGdFQUFnRSxPQUFPLE1BQU07QUFDaEYsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLDJCQUEyQixzQkFBc0IsNEJBQTRCLFdBQVcsQ0FBQztBQUMzRyxRQUFNO0FBQUEsUUFBWSxzQ0FBaUIsS0FBSyxLQUFLLE1BQU0sMEJBQTBCLEdBQUcsRUFBRSxrQkFBa0IsQ0FBQyxJQUFJLEdBQUcsUUFBUSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzVIO0FBQUEsSUFBd0IsS0FBSyxLQUFLLE1BQU0sTUFBTSxZQUFZLFdBQVc7QUFBQSxFQUFDO0FBQzFFLENBQUM7QUFBQSxJQUVELHVCQUFLLGtGQUFrRixPQUFPLE1BQU07QUFDbEcsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLE9BQUcsMkJBQVksU0FBUyxNQUFNLEdBQUcsT0FBRywyQkFBWSxZQUFZLFVBQVUsQ0FBQyx1QkFBdUIsQ0FBQyxFQUFFLENBQUM7QUFDcEgsUUFBTTtBQUFBLFFBQVksc0NBQWlCLEtBQUssS0FBSyxNQUFNLGdDQUFnQyxHQUFHLEVBQUUsa0JBQWtCLENBQUMsS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLEdBQUcsUUFBUSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQ25KO0FBQUEsSUFBa0I7QUFBQSxFQUFNO0FBQzVCLENBQUM7QUFBQSxJQUVELHVCQUFLLHVEQUF1RCxPQUFPLE1BQU07QUFDdkUsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLE9BQUcsMkJBQVksS0FBSyxPQUFPLENBQUMsdUJBQXVCLENBQUMsR0FBRyxPQUFHLDJCQUFZLEtBQUssS0FBSyxFQUFFLENBQUM7QUFDckcsUUFBTTtBQUFBLFFBQVksc0NBQWlCLEtBQUssS0FBSyxNQUFNLHlCQUF5QixHQUFHLEVBQUUsa0JBQWtCLENBQUMsSUFBSSxHQUFHLFFBQVEsT0FBTyxFQUFFLENBQUM7QUFBQSxJQUMzSDtBQUFBLElBQXVCLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFBQSxJQUFHLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFBQSxFQUFDO0FBQ3JFLENBQUM7QUFBQSxJQUVELHVCQUFLLCtEQUErRCxPQUFPLE1BQU07QUFDL0UsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBRWYsK0JBQVUsTUFBTSxFQUFFLE9BQUcsMkJBQVksTUFBTSxNQUFNLENBQUMsdUJBQXVCLENBQUMsR0FBRyw0QkFBNEIsRUFBRSxNQUFNLE9BQU8sRUFBRSxDQUFDO0FBQ3ZILFFBQU07QUFBQSxRQUFZLHNDQUFpQixLQUFLLEtBQUssTUFBTSwwQkFBMEIsR0FBRyxFQUFFLGtCQUFrQixDQUFDLElBQUksR0FBRyxRQUFRLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDNUg7QUFBQSxJQUF1QixLQUFLLEtBQUssTUFBTSwwQkFBMEI7QUFBQSxFQUFDO0FBQ3RFLENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
