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
var import_ebuildPath = require("../../src/core/ebuildPath");
var import_userError = require("../../src/core/userError");
var import_overlays = require("../../src/core/overlays");
var import_fsTree = require("../helpers/fsTree");
const FIXTURE_REPOS = path.resolve(__dirname, "../../../test/fixtures/portage/repos");
function ov(name, p, realPath = p) {
  return { name, path: p, realPath, masters: [], workspaceFolder: "/ws" };
}
function rejects(fn, code, ...mentions) {
  import_strict.default.throws(fn, (e) => {
    import_strict.default.ok((0, import_userError.isUserError)(e), String(e));
    import_strict.default.equal(e.code, code, e.message);
    for (const m of mentions) import_strict.default.ok(e.message.includes(m), `${JSON.stringify(e.message)} mentions ${m}`);
    import_strict.default.ok(e.action);
    return true;
  });
}
(0, import_node_test.test)("the fixture overlay ebuild becomes =cat/pn-ver::repo", async () => {
  const { overlays } = await (0, import_overlays.discoverOverlays)([FIXTURE_REPOS]);
  const file = path.join(FIXTURE_REPOS, "testoverlay/app-misc/hello/hello-1.0.ebuild");
  const r = (0, import_ebuildPath.atomFromEbuildPath)(file, overlays);
  import_strict.default.equal(r.atom, "=app-misc/hello-1.0::testoverlay");
  import_strict.default.deepEqual([r.category, r.pn, r.pvr, r.overlay.name], ["app-misc", "hello", "1.0", "testoverlay"]);
});
(0, import_node_test.test)("versions with suffixes and revisions, paths with spaces and non-ASCII", () => {
  const root = "/home/\xFC ser/my overlay";
  const o = [ov("mine", root)];
  import_strict.default.equal((0, import_ebuildPath.atomFromEbuildPath)(`${root}/dev-libs/libfoo/libfoo-1.2.3b_rc1_p2-r10.ebuild`, o).atom, "=dev-libs/libfoo-1.2.3b_rc1_p2-r10::mine");
  import_strict.default.equal((0, import_ebuildPath.atomFromEbuildPath)(`${root}/media-fonts/font-adobe-100dpi/font-adobe-100dpi-1.0.ebuild`, o).pn, "font-adobe-100dpi");
});
(0, import_node_test.test)("the innermost overlay wins, and an overlay reached through its real path is recognised", () => {
  const outer = ov("outer", "/ws/outer");
  const inner = ov("inner", "/ws/outer/nested/inner");
  import_strict.default.equal((0, import_ebuildPath.atomFromEbuildPath)("/ws/outer/nested/inner/app-misc/x/x-1.ebuild", [outer, inner]).overlay.name, "inner");
  const linked = ov("linked", "/ws/link", "/data/real-overlay");
  import_strict.default.equal((0, import_ebuildPath.atomFromEbuildPath)("/data/real-overlay/app-misc/x/x-1.ebuild", [linked]).atom, "=app-misc/x-1::linked");
});
(0, import_node_test.test)("a file outside any overlay names the overlays that were found", () => {
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/tmp/elsewhere/app-misc/x/x-1.ebuild", [ov("a", "/ws/a"), ov("b", "/ws/b")]), "not-in-overlay", "/tmp/elsewhere/app-misc/x/x-1.ebuild", "a (/ws/a)", "b (/ws/b)");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/tmp/x/x-1.ebuild", []), "not-in-overlay", "No overlay");
});
(0, import_node_test.test)("bad names and locations each get their own error", () => {
  const o = [ov("mine", "/ov")];
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/app-misc/hello/hello-1.0.eclass", o), "not-an-ebuild", "hello-1.0.eclass");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/foo/bar-1.0.ebuild", o), "bad-ebuild-location", "foo/bar-1.0.ebuild");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/a/b/c/d-1.ebuild", o), "bad-ebuild-location");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/app-misc/foo/bar-1.0.ebuild", o), "ebuild-name-mismatch", "bar-1.0.ebuild", "app-misc/foo/");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/app-misc/foo/foo-bar-1.0.ebuild", o), "ebuild-name-mismatch");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/app-misc/foo/foo-1.0-beta.ebuild", o), "invalid-version", "1.0-beta");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/app-misc/foo/foo-.ebuild", o), "invalid-version");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/.app/foo/foo-1.ebuild", o), "invalid-category", ".app");
  rejects(() => (0, import_ebuildPath.atomFromEbuildPath)("/ov/app-misc/foo-1/foo-1-1.ebuild", o), "invalid-package-name", "foo-1");
});
(0, import_node_test.test)("a symlinked path unknown to the overlay list is resolved on disk", async (t) => {
  const { root, dispose } = (0, import_fsTree.makeTempDir)();
  t.after(dispose);
  (0, import_fsTree.writeTree)(root, { ...(0, import_fsTree.overlayTree)("real", "realov", ["app-misc/x/x-2.ebuild"]), "alias": { link: "real" } });
  const { overlays } = await (0, import_overlays.discoverOverlays)([path.join(root, "real")]);
  import_strict.default.equal((0, import_ebuildPath.atomFromEbuildPath)(path.join(root, "alias/app-misc/x/x-2.ebuild"), overlays).atom, "=app-misc/x-2::realov");
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2VidWlsZFBhdGgudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IE92ZXJsYXkgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9idWlsZE1vZGVsJztcbmltcG9ydCB7IGF0b21Gcm9tRWJ1aWxkUGF0aCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2VidWlsZFBhdGgnO1xuaW1wb3J0IHsgaXNVc2VyRXJyb3IgfSBmcm9tICcuLi8uLi9zcmMvY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgZGlzY292ZXJPdmVybGF5cyB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL292ZXJsYXlzJztcbmltcG9ydCB7IG1ha2VUZW1wRGlyLCBvdmVybGF5VHJlZSwgd3JpdGVUcmVlIH0gZnJvbSAnLi4vaGVscGVycy9mc1RyZWUnO1xuXG5jb25zdCBGSVhUVVJFX1JFUE9TID0gcGF0aC5yZXNvbHZlKF9fZGlybmFtZSwgJy4uLy4uLy4uL3Rlc3QvZml4dHVyZXMvcG9ydGFnZS9yZXBvcycpO1xuXG5mdW5jdGlvbiBvdihuYW1lOiBzdHJpbmcsIHA6IHN0cmluZywgcmVhbFBhdGggPSBwKTogT3ZlcmxheSB7XG4gIHJldHVybiB7IG5hbWUsIHBhdGg6IHAsIHJlYWxQYXRoLCBtYXN0ZXJzOiBbXSwgd29ya3NwYWNlRm9sZGVyOiAnL3dzJyB9O1xufVxuXG5mdW5jdGlvbiByZWplY3RzKGZuOiAoKSA9PiB1bmtub3duLCBjb2RlOiBzdHJpbmcsIC4uLm1lbnRpb25zOiBzdHJpbmdbXSk6IHZvaWQge1xuICBhc3NlcnQudGhyb3dzKGZuLCAoZTogdW5rbm93bikgPT4ge1xuICAgIGFzc2VydC5vayhpc1VzZXJFcnJvcihlKSwgU3RyaW5nKGUpKTtcbiAgICBhc3NlcnQuZXF1YWwoZS5jb2RlLCBjb2RlLCBlLm1lc3NhZ2UpO1xuICAgIGZvciAoY29uc3QgbSBvZiBtZW50aW9ucykgYXNzZXJ0Lm9rKGUubWVzc2FnZS5pbmNsdWRlcyhtKSwgYCR7SlNPTi5zdHJpbmdpZnkoZS5tZXNzYWdlKX0gbWVudGlvbnMgJHttfWApO1xuICAgIGFzc2VydC5vayhlLmFjdGlvbik7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0pO1xufVxuXG50ZXN0KCd0aGUgZml4dHVyZSBvdmVybGF5IGVidWlsZCBiZWNvbWVzID1jYXQvcG4tdmVyOjpyZXBvJywgYXN5bmMgKCkgPT4ge1xuICBjb25zdCB7IG92ZXJsYXlzIH0gPSBhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKFtGSVhUVVJFX1JFUE9TXSk7XG4gIGNvbnN0IGZpbGUgPSBwYXRoLmpvaW4oRklYVFVSRV9SRVBPUywgJ3Rlc3RvdmVybGF5L2FwcC1taXNjL2hlbGxvL2hlbGxvLTEuMC5lYnVpbGQnKTtcbiAgY29uc3QgciA9IGF0b21Gcm9tRWJ1aWxkUGF0aChmaWxlLCBvdmVybGF5cyk7XG4gIGFzc2VydC5lcXVhbChyLmF0b20sICc9YXBwLW1pc2MvaGVsbG8tMS4wOjp0ZXN0b3ZlcmxheScpO1xuICBhc3NlcnQuZGVlcEVxdWFsKFtyLmNhdGVnb3J5LCByLnBuLCByLnB2ciwgci5vdmVybGF5Lm5hbWVdLCBbJ2FwcC1taXNjJywgJ2hlbGxvJywgJzEuMCcsICd0ZXN0b3ZlcmxheSddKTtcbn0pO1xuXG50ZXN0KCd2ZXJzaW9ucyB3aXRoIHN1ZmZpeGVzIGFuZCByZXZpc2lvbnMsIHBhdGhzIHdpdGggc3BhY2VzIGFuZCBub24tQVNDSUknLCAoKSA9PiB7XG4gIGNvbnN0IHJvb3QgPSAnL2hvbWUvXHUwMEZDIHNlci9teSBvdmVybGF5JztcbiAgY29uc3QgbyA9IFtvdignbWluZScsIHJvb3QpXTtcbiAgYXNzZXJ0LmVxdWFsKGF0b21Gcm9tRWJ1aWxkUGF0aChgJHtyb290fS9kZXYtbGlicy9saWJmb28vbGliZm9vLTEuMi4zYl9yYzFfcDItcjEwLmVidWlsZGAsIG8pLmF0b20sICc9ZGV2LWxpYnMvbGliZm9vLTEuMi4zYl9yYzFfcDItcjEwOjptaW5lJyk7XG4gIGFzc2VydC5lcXVhbChhdG9tRnJvbUVidWlsZFBhdGgoYCR7cm9vdH0vbWVkaWEtZm9udHMvZm9udC1hZG9iZS0xMDBkcGkvZm9udC1hZG9iZS0xMDBkcGktMS4wLmVidWlsZGAsIG8pLnBuLCAnZm9udC1hZG9iZS0xMDBkcGknKTtcbn0pO1xuXG50ZXN0KCd0aGUgaW5uZXJtb3N0IG92ZXJsYXkgd2lucywgYW5kIGFuIG92ZXJsYXkgcmVhY2hlZCB0aHJvdWdoIGl0cyByZWFsIHBhdGggaXMgcmVjb2duaXNlZCcsICgpID0+IHtcbiAgY29uc3Qgb3V0ZXIgPSBvdignb3V0ZXInLCAnL3dzL291dGVyJyk7XG4gIGNvbnN0IGlubmVyID0gb3YoJ2lubmVyJywgJy93cy9vdXRlci9uZXN0ZWQvaW5uZXInKTtcbiAgYXNzZXJ0LmVxdWFsKGF0b21Gcm9tRWJ1aWxkUGF0aCgnL3dzL291dGVyL25lc3RlZC9pbm5lci9hcHAtbWlzYy94L3gtMS5lYnVpbGQnLCBbb3V0ZXIsIGlubmVyXSkub3ZlcmxheS5uYW1lLCAnaW5uZXInKTtcbiAgY29uc3QgbGlua2VkID0gb3YoJ2xpbmtlZCcsICcvd3MvbGluaycsICcvZGF0YS9yZWFsLW92ZXJsYXknKTtcbiAgYXNzZXJ0LmVxdWFsKGF0b21Gcm9tRWJ1aWxkUGF0aCgnL2RhdGEvcmVhbC1vdmVybGF5L2FwcC1taXNjL3gveC0xLmVidWlsZCcsIFtsaW5rZWRdKS5hdG9tLCAnPWFwcC1taXNjL3gtMTo6bGlua2VkJyk7XG59KTtcblxudGVzdCgnYSBmaWxlIG91dHNpZGUgYW55IG92ZXJsYXkgbmFtZXMgdGhlIG92ZXJsYXlzIHRoYXQgd2VyZSBmb3VuZCcsICgpID0+IHtcbiAgcmVqZWN0cygoKSA9PiBhdG9tRnJvbUVidWlsZFBhdGgoJy90bXAvZWxzZXdoZXJlL2FwcC1taXNjL3gveC0xLmVidWlsZCcsIFtvdignYScsICcvd3MvYScpLCBvdignYicsICcvd3MvYicpXSksICdub3QtaW4tb3ZlcmxheScsICcvdG1wL2Vsc2V3aGVyZS9hcHAtbWlzYy94L3gtMS5lYnVpbGQnLCAnYSAoL3dzL2EpJywgJ2IgKC93cy9iKScpO1xuICByZWplY3RzKCgpID0+IGF0b21Gcm9tRWJ1aWxkUGF0aCgnL3RtcC94L3gtMS5lYnVpbGQnLCBbXSksICdub3QtaW4tb3ZlcmxheScsICdObyBvdmVybGF5Jyk7XG59KTtcblxudGVzdCgnYmFkIG5hbWVzIGFuZCBsb2NhdGlvbnMgZWFjaCBnZXQgdGhlaXIgb3duIGVycm9yJywgKCkgPT4ge1xuICBjb25zdCBvID0gW292KCdtaW5lJywgJy9vdicpXTtcbiAgcmVqZWN0cygoKSA9PiBhdG9tRnJvbUVidWlsZFBhdGgoJy9vdi9hcHAtbWlzYy9oZWxsby9oZWxsby0xLjAuZWNsYXNzJywgbyksICdub3QtYW4tZWJ1aWxkJywgJ2hlbGxvLTEuMC5lY2xhc3MnKTtcbiAgcmVqZWN0cygoKSA9PiBhdG9tRnJvbUVidWlsZFBhdGgoJy9vdi9mb28vYmFyLTEuMC5lYnVpbGQnLCBvKSwgJ2JhZC1lYnVpbGQtbG9jYXRpb24nLCAnZm9vL2Jhci0xLjAuZWJ1aWxkJyk7XG4gIHJlamVjdHMoKCkgPT4gYXRvbUZyb21FYnVpbGRQYXRoKCcvb3YvYS9iL2MvZC0xLmVidWlsZCcsIG8pLCAnYmFkLWVidWlsZC1sb2NhdGlvbicpO1xuICByZWplY3RzKCgpID0+IGF0b21Gcm9tRWJ1aWxkUGF0aCgnL292L2FwcC1taXNjL2Zvby9iYXItMS4wLmVidWlsZCcsIG8pLCAnZWJ1aWxkLW5hbWUtbWlzbWF0Y2gnLCAnYmFyLTEuMC5lYnVpbGQnLCAnYXBwLW1pc2MvZm9vLycpO1xuICByZWplY3RzKCgpID0+IGF0b21Gcm9tRWJ1aWxkUGF0aCgnL292L2FwcC1taXNjL2Zvby9mb28tYmFyLTEuMC5lYnVpbGQnLCBvKSwgJ2VidWlsZC1uYW1lLW1pc21hdGNoJyk7XG4gIHJlamVjdHMoKCkgPT4gYXRvbUZyb21FYnVpbGRQYXRoKCcvb3YvYXBwLW1pc2MvZm9vL2Zvby0xLjAtYmV0YS5lYnVpbGQnLCBvKSwgJ2ludmFsaWQtdmVyc2lvbicsICcxLjAtYmV0YScpO1xuICByZWplY3RzKCgpID0+IGF0b21Gcm9tRWJ1aWxkUGF0aCgnL292L2FwcC1taXNjL2Zvby9mb28tLmVidWlsZCcsIG8pLCAnaW52YWxpZC12ZXJzaW9uJyk7XG4gIHJlamVjdHMoKCkgPT4gYXRvbUZyb21FYnVpbGRQYXRoKCcvb3YvLmFwcC9mb28vZm9vLTEuZWJ1aWxkJywgbyksICdpbnZhbGlkLWNhdGVnb3J5JywgJy5hcHAnKTtcbiAgcmVqZWN0cygoKSA9PiBhdG9tRnJvbUVidWlsZFBhdGgoJy9vdi9hcHAtbWlzYy9mb28tMS9mb28tMS0xLmVidWlsZCcsIG8pLCAnaW52YWxpZC1wYWNrYWdlLW5hbWUnLCAnZm9vLTEnKTtcbn0pO1xuXG50ZXN0KCdhIHN5bWxpbmtlZCBwYXRoIHVua25vd24gdG8gdGhlIG92ZXJsYXkgbGlzdCBpcyByZXNvbHZlZCBvbiBkaXNrJywgYXN5bmMgKHQpID0+IHtcbiAgY29uc3QgeyByb290LCBkaXNwb3NlIH0gPSBtYWtlVGVtcERpcigpO1xuICB0LmFmdGVyKGRpc3Bvc2UpO1xuICB3cml0ZVRyZWUocm9vdCwgeyAuLi5vdmVybGF5VHJlZSgncmVhbCcsICdyZWFsb3YnLCBbJ2FwcC1taXNjL3gveC0yLmVidWlsZCddKSwgJ2FsaWFzJzogeyBsaW5rOiAncmVhbCcgfSB9KTtcbiAgY29uc3QgeyBvdmVybGF5cyB9ID0gYXdhaXQgZGlzY292ZXJPdmVybGF5cyhbcGF0aC5qb2luKHJvb3QsICdyZWFsJyldKTtcbiAgYXNzZXJ0LmVxdWFsKGF0b21Gcm9tRWJ1aWxkUGF0aChwYXRoLmpvaW4ocm9vdCwgJ2FsaWFzL2FwcC1taXNjL3gveC0yLmVidWlsZCcpLCBvdmVybGF5cykuYXRvbSwgJz1hcHAtbWlzYy94LTI6OnJlYWxvdicpO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVCQUFxQjtBQUNyQixvQkFBbUI7QUFDbkIsV0FBc0I7QUFFdEIsd0JBQW1DO0FBQ25DLHVCQUE0QjtBQUM1QixzQkFBaUM7QUFDakMsb0JBQW9EO0FBRXBELE1BQU0sZ0JBQWdCLEtBQUssUUFBUSxXQUFXLHNDQUFzQztBQUVwRixTQUFTLEdBQUcsTUFBYyxHQUFXLFdBQVcsR0FBWTtBQUMxRCxTQUFPLEVBQUUsTUFBTSxNQUFNLEdBQUcsVUFBVSxTQUFTLENBQUMsR0FBRyxpQkFBaUIsTUFBTTtBQUN4RTtBQUVBLFNBQVMsUUFBUSxJQUFtQixTQUFpQixVQUEwQjtBQUM3RSxnQkFBQUEsUUFBTyxPQUFPLElBQUksQ0FBQyxNQUFlO0FBQ2hDLGtCQUFBQSxRQUFPLE9BQUcsOEJBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxDQUFDO0FBQ25DLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxNQUFNLE1BQU0sRUFBRSxPQUFPO0FBQ3BDLGVBQVcsS0FBSyxTQUFVLGVBQUFBLFFBQU8sR0FBRyxFQUFFLFFBQVEsU0FBUyxDQUFDLEdBQUcsR0FBRyxLQUFLLFVBQVUsRUFBRSxPQUFPLENBQUMsYUFBYSxDQUFDLEVBQUU7QUFDdkcsa0JBQUFBLFFBQU8sR0FBRyxFQUFFLE1BQU07QUFDbEIsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIO0FBQUEsSUFFQSx1QkFBSyx3REFBd0QsWUFBWTtBQUN2RSxRQUFNLEVBQUUsU0FBUyxJQUFJLFVBQU0sa0NBQWlCLENBQUMsYUFBYSxDQUFDO0FBQzNELFFBQU0sT0FBTyxLQUFLLEtBQUssZUFBZSw2Q0FBNkM7QUFDbkYsUUFBTSxRQUFJLHNDQUFtQixNQUFNLFFBQVE7QUFDM0MsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sa0NBQWtDO0FBQ3ZELGdCQUFBQSxRQUFPLFVBQVUsQ0FBQyxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLFFBQVEsSUFBSSxHQUFHLENBQUMsWUFBWSxTQUFTLE9BQU8sYUFBYSxDQUFDO0FBQ3pHLENBQUM7QUFBQSxJQUVELHVCQUFLLHlFQUF5RSxNQUFNO0FBQ2xGLFFBQU0sT0FBTztBQUNiLFFBQU0sSUFBSSxDQUFDLEdBQUcsUUFBUSxJQUFJLENBQUM7QUFDM0IsZ0JBQUFBLFFBQU8sVUFBTSxzQ0FBbUIsR0FBRyxJQUFJLG9EQUFvRCxDQUFDLEVBQUUsTUFBTSwwQ0FBMEM7QUFDOUksZ0JBQUFBLFFBQU8sVUFBTSxzQ0FBbUIsR0FBRyxJQUFJLCtEQUErRCxDQUFDLEVBQUUsSUFBSSxtQkFBbUI7QUFDbEksQ0FBQztBQUFBLElBRUQsdUJBQUssMEZBQTBGLE1BQU07QUFDbkcsUUFBTSxRQUFRLEdBQUcsU0FBUyxXQUFXO0FBQ3JDLFFBQU0sUUFBUSxHQUFHLFNBQVMsd0JBQXdCO0FBQ2xELGdCQUFBQSxRQUFPLFVBQU0sc0NBQW1CLGdEQUFnRCxDQUFDLE9BQU8sS0FBSyxDQUFDLEVBQUUsUUFBUSxNQUFNLE9BQU87QUFDckgsUUFBTSxTQUFTLEdBQUcsVUFBVSxZQUFZLG9CQUFvQjtBQUM1RCxnQkFBQUEsUUFBTyxVQUFNLHNDQUFtQiw0Q0FBNEMsQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLHVCQUF1QjtBQUNySCxDQUFDO0FBQUEsSUFFRCx1QkFBSyxpRUFBaUUsTUFBTTtBQUMxRSxVQUFRLFVBQU0sc0NBQW1CLHdDQUF3QyxDQUFDLEdBQUcsS0FBSyxPQUFPLEdBQUcsR0FBRyxLQUFLLE9BQU8sQ0FBQyxDQUFDLEdBQUcsa0JBQWtCLHdDQUF3QyxhQUFhLFdBQVc7QUFDbE0sVUFBUSxVQUFNLHNDQUFtQixxQkFBcUIsQ0FBQyxDQUFDLEdBQUcsa0JBQWtCLFlBQVk7QUFDM0YsQ0FBQztBQUFBLElBRUQsdUJBQUssb0RBQW9ELE1BQU07QUFDN0QsUUFBTSxJQUFJLENBQUMsR0FBRyxRQUFRLEtBQUssQ0FBQztBQUM1QixVQUFRLFVBQU0sc0NBQW1CLHVDQUF1QyxDQUFDLEdBQUcsaUJBQWlCLGtCQUFrQjtBQUMvRyxVQUFRLFVBQU0sc0NBQW1CLDBCQUEwQixDQUFDLEdBQUcsdUJBQXVCLG9CQUFvQjtBQUMxRyxVQUFRLFVBQU0sc0NBQW1CLHdCQUF3QixDQUFDLEdBQUcscUJBQXFCO0FBQ2xGLFVBQVEsVUFBTSxzQ0FBbUIsbUNBQW1DLENBQUMsR0FBRyx3QkFBd0Isa0JBQWtCLGVBQWU7QUFDakksVUFBUSxVQUFNLHNDQUFtQix1Q0FBdUMsQ0FBQyxHQUFHLHNCQUFzQjtBQUNsRyxVQUFRLFVBQU0sc0NBQW1CLHdDQUF3QyxDQUFDLEdBQUcsbUJBQW1CLFVBQVU7QUFDMUcsVUFBUSxVQUFNLHNDQUFtQixnQ0FBZ0MsQ0FBQyxHQUFHLGlCQUFpQjtBQUN0RixVQUFRLFVBQU0sc0NBQW1CLDZCQUE2QixDQUFDLEdBQUcsb0JBQW9CLE1BQU07QUFDNUYsVUFBUSxVQUFNLHNDQUFtQixxQ0FBcUMsQ0FBQyxHQUFHLHdCQUF3QixPQUFPO0FBQzNHLENBQUM7QUFBQSxJQUVELHVCQUFLLG9FQUFvRSxPQUFPLE1BQU07QUFDcEYsUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLDJCQUFZO0FBQ3RDLElBQUUsTUFBTSxPQUFPO0FBQ2YsK0JBQVUsTUFBTSxFQUFFLE9BQUcsMkJBQVksUUFBUSxVQUFVLENBQUMsdUJBQXVCLENBQUMsR0FBRyxTQUFTLEVBQUUsTUFBTSxPQUFPLEVBQUUsQ0FBQztBQUMxRyxRQUFNLEVBQUUsU0FBUyxJQUFJLFVBQU0sa0NBQWlCLENBQUMsS0FBSyxLQUFLLE1BQU0sTUFBTSxDQUFDLENBQUM7QUFDckUsZ0JBQUFBLFFBQU8sVUFBTSxzQ0FBbUIsS0FBSyxLQUFLLE1BQU0sNkJBQTZCLEdBQUcsUUFBUSxFQUFFLE1BQU0sdUJBQXVCO0FBQ3pILENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
