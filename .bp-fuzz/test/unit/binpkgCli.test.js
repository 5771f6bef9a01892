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
var import_node_stream = require("node:stream");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_main = require("../../src/cli/main");
var import_readPackage = require("../../src/core/binpkg/readPackage");
var import_packagesIndex = require("../../src/core/binpkg/packagesIndex");
var import_binpkgArchives = require("../helpers/binpkgArchives");
const BINPKGS = (0, import_node_path.join)(__dirname, "../../../test/fixtures/portage/binpkgs");
async function cli(args, cwd = process.cwd()) {
  let out = "";
  let err = "";
  const sink = (f) => new import_node_stream.Writable({ write(c, _e, cb) {
    f(c.toString());
    cb();
  } });
  const code = await (0, import_main.main)(args, { stdout: sink((s) => out += s), stderr: sink((s) => err += s), cwd, env: {} });
  return { code, out, err };
}
(0, import_node_test.test)("inspect --json names metadata as Portage does and lists the files", async () => {
  for (const rel of ["gpkg-single/app-misc/hello-1.0.gpkg.tar", "xpak-single/app-misc/hello-1.0.tbz2"]) {
    const path = (0, import_node_path.join)(BINPKGS, rel);
    const r = await cli(["inspect", "--json", path]);
    import_strict.default.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const pkg = await (0, import_readPackage.readBinaryPackage)(path);
    for (const k of ["CATEGORY", "PF", "SLOT", "USE", "IUSE", "RDEPEND", "KEYWORDS", "LICENSE", "BUILD_TIME", "repository"]) import_strict.default.equal(j[k], pkg.metadata[k], k);
    import_strict.default.equal(j.cpv, "app-misc/hello-1.0");
    const hello = j.files.find((f) => f.path === "/usr/bin/hello");
    import_strict.default.equal(hello.mode, 493);
    import_strict.default.equal(hello.type, "file");
  }
});
(0, import_node_test.test)("inspect prints a readable summary with the dependency tree, Manifest status and file modes", async () => {
  const r = await cli(["inspect", (0, import_node_path.join)(BINPKGS, "withdep/app-misc/withdep/withdep-1.0-1.gpkg.tar")]);
  import_strict.default.equal(r.code, 0);
  import_strict.default.match(r.out, /^app-misc\/withdep-1\.0::testoverlay {2}\(gpkg, build 1, 10240 bytes\)/);
  import_strict.default.match(r.out, /USE \(off\) +-static/);
  import_strict.default.match(r.out, /RDEPEND\n {4}app-misc\/libfoo\n {4}app-misc\/hello/);
  import_strict.default.match(r.out, /Manifest +Manifest verified/);
  import_strict.default.match(r.out, /-rw-r--r-- root\/root +8 \/usr\/share\/withdep\/marker/);
});
(0, import_node_test.test)("inspect --ebuild and --environment print the embedded files", async () => {
  const path = (0, import_node_path.join)(BINPKGS, "xpak-single-bzip2/app-misc/hello-1.0.tbz2");
  const eb = await cli(["inspect", "--ebuild", path]);
  import_strict.default.equal(eb.out, (await (0, import_readPackage.readBinaryPackage)(path)).ebuild.text);
  const env = await cli(["inspect", "--environment", path]);
  import_strict.default.match(env.out, /^declare -x PF="hello-1\.0"$/m);
});
(0, import_node_test.test)("inspect of something that is not a package exits 2 naming the file; of an unsafe one exits 1", async () => {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "inspect-"));
  try {
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(dir, "junk.tbz2"), "junk");
    const r = await cli(["inspect", "junk.tbz2"], dir);
    import_strict.default.equal(r.code, 2);
    import_strict.default.match(r.err, /junk\.tbz2: neither a GPKG/);
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(dir, "evil.gpkg.tar"), await (0, import_binpkgArchives.simpleGpkg)({ image: [{ name: "image/../../etc/passwd", data: "x" }] }));
    const e = await cli(["inspect", "evil.gpkg.tar"], dir);
    import_strict.default.equal(e.code, 1);
    import_strict.default.match(e.out, /\[UNSAFE: ".." climbs out of the package root\]/);
    import_strict.default.match(e.err, /unsafe entries/);
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
});
(0, import_node_test.test)("publish writes Packages and Packages.gz for a folder and lists what it indexed", async () => {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "publish-cli-"));
  try {
    (0, import_node_fs.cpSync)((0, import_node_path.join)(BINPKGS, "withdep/app-misc"), (0, import_node_path.join)(dir, "app-misc"), { recursive: true });
    const fix = (d) => {
      (0, import_node_fs.chmodSync)(d, 493);
      for (const e of (0, import_node_fs.readdirSync)(d, { withFileTypes: true })) if (e.isDirectory()) fix((0, import_node_path.join)(d, e.name));
    };
    fix(dir);
    const r = await cli(["publish", dir]);
    import_strict.default.equal(r.code, 0, r.err);
    import_strict.default.match(r.out, /4 packages/);
    import_strict.default.match(r.out, /app-misc\/withdep-1\.0 \(build 1\) {2}app-misc\/withdep\/withdep-1\.0-1\.gpkg\.tar/);
    const idx = (0, import_packagesIndex.parsePackagesIndex)((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "Packages"), "utf8"));
    import_strict.default.deepEqual(idx.packages.map((p) => p.CPV), ["app-misc/hello-1.0", "app-misc/libfoo-1.0", "app-misc/testing-1.0", "app-misc/withdep-1.0"]);
    import_strict.default.equal(idx.header.PACKAGES, "4");
    const bad = await cli(["publish", (0, import_node_path.join)(dir, "nope")]);
    import_strict.default.equal(bad.code, 2);
    import_strict.default.match(bad.err, /nope does not exist/);
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2JpbnBrZ0NsaS50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogYGVidWlsZC1idWlsZGVyIGluc3BlY3RgIGFuZCBgZWJ1aWxkLWJ1aWxkZXIgcHVibGlzaGAgYXMgYSB1c2VyIHJ1bnMgdGhlbS4gKi9cbmltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgV3JpdGFibGUgfSBmcm9tICdub2RlOnN0cmVhbSc7XG5pbXBvcnQgeyBjcFN5bmMsIGNobW9kU3luYywgbWtkdGVtcFN5bmMsIHJlYWRkaXJTeW5jLCByZWFkRmlsZVN5bmMsIHJtU3luYywgd3JpdGVGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IG1haW4gfSBmcm9tICcuLi8uLi9zcmMvY2xpL21haW4nO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2UgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9iaW5wa2cvcmVhZFBhY2thZ2UnO1xuaW1wb3J0IHsgcGFyc2VQYWNrYWdlc0luZGV4IH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL3BhY2thZ2VzSW5kZXgnO1xuaW1wb3J0IHsgc2ltcGxlR3BrZyB9IGZyb20gJy4uL2hlbHBlcnMvYmlucGtnQXJjaGl2ZXMnO1xuXG5jb25zdCBCSU5QS0dTID0gam9pbihfX2Rpcm5hbWUsICcuLi8uLi8uLi90ZXN0L2ZpeHR1cmVzL3BvcnRhZ2UvYmlucGtncycpO1xuXG5hc3luYyBmdW5jdGlvbiBjbGkoYXJnczogc3RyaW5nW10sIGN3ZCA9IHByb2Nlc3MuY3dkKCkpOiBQcm9taXNlPHsgY29kZTogbnVtYmVyOyBvdXQ6IHN0cmluZzsgZXJyOiBzdHJpbmcgfT4ge1xuICBsZXQgb3V0ID0gJyc7XG4gIGxldCBlcnIgPSAnJztcbiAgY29uc3Qgc2luayA9IChmOiAoczogc3RyaW5nKSA9PiB2b2lkKSA9PiBuZXcgV3JpdGFibGUoeyB3cml0ZShjLCBfZSwgY2IpIHsgZihjLnRvU3RyaW5nKCkpOyBjYigpOyB9IH0pO1xuICBjb25zdCBjb2RlID0gYXdhaXQgbWFpbihhcmdzLCB7IHN0ZG91dDogc2luaygocykgPT4gKG91dCArPSBzKSksIHN0ZGVycjogc2luaygocykgPT4gKGVyciArPSBzKSksIGN3ZCwgZW52OiB7fSB9KTtcbiAgcmV0dXJuIHsgY29kZSwgb3V0LCBlcnIgfTtcbn1cblxudGVzdCgnaW5zcGVjdCAtLWpzb24gbmFtZXMgbWV0YWRhdGEgYXMgUG9ydGFnZSBkb2VzIGFuZCBsaXN0cyB0aGUgZmlsZXMnLCBhc3luYyAoKSA9PiB7XG4gIGZvciAoY29uc3QgcmVsIG9mIFsnZ3BrZy1zaW5nbGUvYXBwLW1pc2MvaGVsbG8tMS4wLmdwa2cudGFyJywgJ3hwYWstc2luZ2xlL2FwcC1taXNjL2hlbGxvLTEuMC50YnoyJ10pIHtcbiAgICBjb25zdCBwYXRoID0gam9pbihCSU5QS0dTLCByZWwpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjbGkoWydpbnNwZWN0JywgJy0tanNvbicsIHBhdGhdKTtcbiAgICBhc3NlcnQuZXF1YWwoci5jb2RlLCAwLCByLmVycik7XG4gICAgY29uc3QgaiA9IEpTT04ucGFyc2Uoci5vdXQpO1xuICAgIGNvbnN0IHBrZyA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlKHBhdGgpO1xuICAgIGZvciAoY29uc3QgayBvZiBbJ0NBVEVHT1JZJywgJ1BGJywgJ1NMT1QnLCAnVVNFJywgJ0lVU0UnLCAnUkRFUEVORCcsICdLRVlXT1JEUycsICdMSUNFTlNFJywgJ0JVSUxEX1RJTUUnLCAncmVwb3NpdG9yeSddKSBhc3NlcnQuZXF1YWwoaltrXSwgcGtnLm1ldGFkYXRhW2tdLCBrKTtcbiAgICBhc3NlcnQuZXF1YWwoai5jcHYsICdhcHAtbWlzYy9oZWxsby0xLjAnKTtcbiAgICBjb25zdCBoZWxsbyA9IGouZmlsZXMuZmluZCgoZjogeyBwYXRoOiBzdHJpbmcgfSkgPT4gZi5wYXRoID09PSAnL3Vzci9iaW4vaGVsbG8nKTtcbiAgICBhc3NlcnQuZXF1YWwoaGVsbG8ubW9kZSwgMG83NTUpO1xuICAgIGFzc2VydC5lcXVhbChoZWxsby50eXBlLCAnZmlsZScpO1xuICB9XG59KTtcblxudGVzdCgnaW5zcGVjdCBwcmludHMgYSByZWFkYWJsZSBzdW1tYXJ5IHdpdGggdGhlIGRlcGVuZGVuY3kgdHJlZSwgTWFuaWZlc3Qgc3RhdHVzIGFuZCBmaWxlIG1vZGVzJywgYXN5bmMgKCkgPT4ge1xuICBjb25zdCByID0gYXdhaXQgY2xpKFsnaW5zcGVjdCcsIGpvaW4oQklOUEtHUywgJ3dpdGhkZXAvYXBwLW1pc2Mvd2l0aGRlcC93aXRoZGVwLTEuMC0xLmdwa2cudGFyJyldKTtcbiAgYXNzZXJ0LmVxdWFsKHIuY29kZSwgMCk7XG4gIGFzc2VydC5tYXRjaChyLm91dCwgL15hcHAtbWlzY1xcL3dpdGhkZXAtMVxcLjA6OnRlc3RvdmVybGF5IHsyfVxcKGdwa2csIGJ1aWxkIDEsIDEwMjQwIGJ5dGVzXFwpLyk7XG4gIGFzc2VydC5tYXRjaChyLm91dCwgL1VTRSBcXChvZmZcXCkgKy1zdGF0aWMvKTtcbiAgYXNzZXJ0Lm1hdGNoKHIub3V0LCAvUkRFUEVORFxcbiB7NH1hcHAtbWlzY1xcL2xpYmZvb1xcbiB7NH1hcHAtbWlzY1xcL2hlbGxvLyk7XG4gIGFzc2VydC5tYXRjaChyLm91dCwgL01hbmlmZXN0ICtNYW5pZmVzdCB2ZXJpZmllZC8pO1xuICBhc3NlcnQubWF0Y2goci5vdXQsIC8tcnctci0tci0tIHJvb3RcXC9yb290ICs4IFxcL3VzclxcL3NoYXJlXFwvd2l0aGRlcFxcL21hcmtlci8pO1xufSk7XG5cbnRlc3QoJ2luc3BlY3QgLS1lYnVpbGQgYW5kIC0tZW52aXJvbm1lbnQgcHJpbnQgdGhlIGVtYmVkZGVkIGZpbGVzJywgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBwYXRoID0gam9pbihCSU5QS0dTLCAneHBhay1zaW5nbGUtYnppcDIvYXBwLW1pc2MvaGVsbG8tMS4wLnRiejInKTtcbiAgY29uc3QgZWIgPSBhd2FpdCBjbGkoWydpbnNwZWN0JywgJy0tZWJ1aWxkJywgcGF0aF0pO1xuICBhc3NlcnQuZXF1YWwoZWIub3V0LCAoYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2UocGF0aCkpLmVidWlsZCEudGV4dCk7XG4gIGNvbnN0IGVudiA9IGF3YWl0IGNsaShbJ2luc3BlY3QnLCAnLS1lbnZpcm9ubWVudCcsIHBhdGhdKTtcbiAgYXNzZXJ0Lm1hdGNoKGVudi5vdXQsIC9eZGVjbGFyZSAteCBQRj1cImhlbGxvLTFcXC4wXCIkL20pO1xufSk7XG5cbnRlc3QoJ2luc3BlY3Qgb2Ygc29tZXRoaW5nIHRoYXQgaXMgbm90IGEgcGFja2FnZSBleGl0cyAyIG5hbWluZyB0aGUgZmlsZTsgb2YgYW4gdW5zYWZlIG9uZSBleGl0cyAxJywgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnaW5zcGVjdC0nKSk7XG4gIHRyeSB7XG4gICAgd3JpdGVGaWxlU3luYyhqb2luKGRpciwgJ2p1bmsudGJ6MicpLCAnanVuaycpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjbGkoWydpbnNwZWN0JywgJ2p1bmsudGJ6MiddLCBkaXIpO1xuICAgIGFzc2VydC5lcXVhbChyLmNvZGUsIDIpO1xuICAgIGFzc2VydC5tYXRjaChyLmVyciwgL2p1bmtcXC50YnoyOiBuZWl0aGVyIGEgR1BLRy8pO1xuICAgIHdyaXRlRmlsZVN5bmMoam9pbihkaXIsICdldmlsLmdwa2cudGFyJyksIGF3YWl0IHNpbXBsZUdwa2coeyBpbWFnZTogW3sgbmFtZTogJ2ltYWdlLy4uLy4uL2V0Yy9wYXNzd2QnLCBkYXRhOiAneCcgfV0gfSkpO1xuICAgIGNvbnN0IGUgPSBhd2FpdCBjbGkoWydpbnNwZWN0JywgJ2V2aWwuZ3BrZy50YXInXSwgZGlyKTtcbiAgICBhc3NlcnQuZXF1YWwoZS5jb2RlLCAxKTtcbiAgICBhc3NlcnQubWF0Y2goZS5vdXQsIC9cXFtVTlNBRkU6IFwiLi5cIiBjbGltYnMgb3V0IG9mIHRoZSBwYWNrYWdlIHJvb3RcXF0vKTtcbiAgICBhc3NlcnQubWF0Y2goZS5lcnIsIC91bnNhZmUgZW50cmllcy8pO1xuICB9IGZpbmFsbHkge1xuICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfVxufSk7XG5cbnRlc3QoJ3B1Ymxpc2ggd3JpdGVzIFBhY2thZ2VzIGFuZCBQYWNrYWdlcy5neiBmb3IgYSBmb2xkZXIgYW5kIGxpc3RzIHdoYXQgaXQgaW5kZXhlZCcsIGFzeW5jICgpID0+IHtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ3B1Ymxpc2gtY2xpLScpKTtcbiAgdHJ5IHtcbiAgICBjcFN5bmMoam9pbihCSU5QS0dTLCAnd2l0aGRlcC9hcHAtbWlzYycpLCBqb2luKGRpciwgJ2FwcC1taXNjJyksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGNvbnN0IGZpeCA9IChkOiBzdHJpbmcpID0+IHtcbiAgICAgIGNobW9kU3luYyhkLCAwbzc1NSk7XG4gICAgICBmb3IgKGNvbnN0IGUgb2YgcmVhZGRpclN5bmMoZCwgeyB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pKSBpZiAoZS5pc0RpcmVjdG9yeSgpKSBmaXgoam9pbihkLCBlLm5hbWUpKTtcbiAgICB9O1xuICAgIGZpeChkaXIpO1xuICAgIGNvbnN0IHIgPSBhd2FpdCBjbGkoWydwdWJsaXNoJywgZGlyXSk7XG4gICAgYXNzZXJ0LmVxdWFsKHIuY29kZSwgMCwgci5lcnIpO1xuICAgIGFzc2VydC5tYXRjaChyLm91dCwgLzQgcGFja2FnZXMvKTtcbiAgICBhc3NlcnQubWF0Y2goci5vdXQsIC9hcHAtbWlzY1xcL3dpdGhkZXAtMVxcLjAgXFwoYnVpbGQgMVxcKSB7Mn1hcHAtbWlzY1xcL3dpdGhkZXBcXC93aXRoZGVwLTFcXC4wLTFcXC5ncGtnXFwudGFyLyk7XG4gICAgY29uc3QgaWR4ID0gcGFyc2VQYWNrYWdlc0luZGV4KHJlYWRGaWxlU3luYyhqb2luKGRpciwgJ1BhY2thZ2VzJyksICd1dGY4JykpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoaWR4LnBhY2thZ2VzLm1hcCgocCkgPT4gcC5DUFYpLCBbJ2FwcC1taXNjL2hlbGxvLTEuMCcsICdhcHAtbWlzYy9saWJmb28tMS4wJywgJ2FwcC1taXNjL3Rlc3RpbmctMS4wJywgJ2FwcC1taXNjL3dpdGhkZXAtMS4wJ10pO1xuICAgIGFzc2VydC5lcXVhbChpZHguaGVhZGVyLlBBQ0tBR0VTLCAnNCcpO1xuICAgIGNvbnN0IGJhZCA9IGF3YWl0IGNsaShbJ3B1Ymxpc2gnLCBqb2luKGRpciwgJ25vcGUnKV0pO1xuICAgIGFzc2VydC5lcXVhbChiYWQuY29kZSwgMik7XG4gICAgYXNzZXJ0Lm1hdGNoKGJhZC5lcnIsIC9ub3BlIGRvZXMgbm90IGV4aXN0Lyk7XG4gIH0gZmluYWxseSB7XG4gICAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQ0EsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQix5QkFBeUI7QUFDekIscUJBQWlHO0FBQ2pHLHFCQUF1QjtBQUN2Qix1QkFBcUI7QUFDckIsa0JBQXFCO0FBQ3JCLHlCQUFrQztBQUNsQywyQkFBbUM7QUFDbkMsNEJBQTJCO0FBRTNCLE1BQU0sY0FBVSx1QkFBSyxXQUFXLHdDQUF3QztBQUV4RSxlQUFlLElBQUksTUFBZ0IsTUFBTSxRQUFRLElBQUksR0FBd0Q7QUFDM0csTUFBSSxNQUFNO0FBQ1YsTUFBSSxNQUFNO0FBQ1YsUUFBTSxPQUFPLENBQUMsTUFBMkIsSUFBSSw0QkFBUyxFQUFFLE1BQU0sR0FBRyxJQUFJLElBQUk7QUFBRSxNQUFFLEVBQUUsU0FBUyxDQUFDO0FBQUcsT0FBRztBQUFBLEVBQUcsRUFBRSxDQUFDO0FBQ3JHLFFBQU0sT0FBTyxVQUFNLGtCQUFLLE1BQU0sRUFBRSxRQUFRLEtBQUssQ0FBQyxNQUFPLE9BQU8sQ0FBRSxHQUFHLFFBQVEsS0FBSyxDQUFDLE1BQU8sT0FBTyxDQUFFLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRSxDQUFDO0FBQ2hILFNBQU8sRUFBRSxNQUFNLEtBQUssSUFBSTtBQUMxQjtBQUFBLElBRUEsdUJBQUsscUVBQXFFLFlBQVk7QUFDcEYsYUFBVyxPQUFPLENBQUMsMkNBQTJDLHFDQUFxQyxHQUFHO0FBQ3BHLFVBQU0sV0FBTyx1QkFBSyxTQUFTLEdBQUc7QUFDOUIsVUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDLFdBQVcsVUFBVSxJQUFJLENBQUM7QUFDL0Msa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sR0FBRyxFQUFFLEdBQUc7QUFDN0IsVUFBTSxJQUFJLEtBQUssTUFBTSxFQUFFLEdBQUc7QUFDMUIsVUFBTSxNQUFNLFVBQU0sc0NBQWtCLElBQUk7QUFDeEMsZUFBVyxLQUFLLENBQUMsWUFBWSxNQUFNLFFBQVEsT0FBTyxRQUFRLFdBQVcsWUFBWSxXQUFXLGNBQWMsWUFBWSxFQUFHLGVBQUFBLFFBQU8sTUFBTSxFQUFFLENBQUMsR0FBRyxJQUFJLFNBQVMsQ0FBQyxHQUFHLENBQUM7QUFDOUosa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssb0JBQW9CO0FBQ3hDLFVBQU0sUUFBUSxFQUFFLE1BQU0sS0FBSyxDQUFDLE1BQXdCLEVBQUUsU0FBUyxnQkFBZ0I7QUFDL0Usa0JBQUFBLFFBQU8sTUFBTSxNQUFNLE1BQU0sR0FBSztBQUM5QixrQkFBQUEsUUFBTyxNQUFNLE1BQU0sTUFBTSxNQUFNO0FBQUEsRUFDakM7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSyw4RkFBOEYsWUFBWTtBQUM3RyxRQUFNLElBQUksTUFBTSxJQUFJLENBQUMsZUFBVyx1QkFBSyxTQUFTLGlEQUFpRCxDQUFDLENBQUM7QUFDakcsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUN0QixnQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyx3RUFBd0U7QUFDNUYsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssc0JBQXNCO0FBQzFDLGdCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLG9EQUFvRDtBQUN4RSxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyw2QkFBNkI7QUFDakQsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssd0RBQXdEO0FBQzlFLENBQUM7QUFBQSxJQUVELHVCQUFLLCtEQUErRCxZQUFZO0FBQzlFLFFBQU0sV0FBTyx1QkFBSyxTQUFTLDJDQUEyQztBQUN0RSxRQUFNLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxZQUFZLElBQUksQ0FBQztBQUNsRCxnQkFBQUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxVQUFNLHNDQUFrQixJQUFJLEdBQUcsT0FBUSxJQUFJO0FBQ2pFLFFBQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxXQUFXLGlCQUFpQixJQUFJLENBQUM7QUFDeEQsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLEtBQUssK0JBQStCO0FBQ3ZELENBQUM7QUFBQSxJQUVELHVCQUFLLGdHQUFnRyxZQUFZO0FBQy9HLFFBQU0sVUFBTSxnQ0FBWSwyQkFBSyx1QkFBTyxHQUFHLFVBQVUsQ0FBQztBQUNsRCxNQUFJO0FBQ0YsMENBQWMsdUJBQUssS0FBSyxXQUFXLEdBQUcsTUFBTTtBQUM1QyxVQUFNLElBQUksTUFBTSxJQUFJLENBQUMsV0FBVyxXQUFXLEdBQUcsR0FBRztBQUNqRCxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxDQUFDO0FBQ3RCLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLDRCQUE0QjtBQUNoRCwwQ0FBYyx1QkFBSyxLQUFLLGVBQWUsR0FBRyxVQUFNLGtDQUFXLEVBQUUsT0FBTyxDQUFDLEVBQUUsTUFBTSwwQkFBMEIsTUFBTSxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDdEgsVUFBTSxJQUFJLE1BQU0sSUFBSSxDQUFDLFdBQVcsZUFBZSxHQUFHLEdBQUc7QUFDckQsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sQ0FBQztBQUN0QixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxpREFBaUQ7QUFDckUsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssZ0JBQWdCO0FBQUEsRUFDdEMsVUFBRTtBQUNBLCtCQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNGLENBQUM7QUFBQSxJQUVELHVCQUFLLGtGQUFrRixZQUFZO0FBQ2pHLFFBQU0sVUFBTSxnQ0FBWSwyQkFBSyx1QkFBTyxHQUFHLGNBQWMsQ0FBQztBQUN0RCxNQUFJO0FBQ0YsbUNBQU8sdUJBQUssU0FBUyxrQkFBa0IsT0FBRyx1QkFBSyxLQUFLLFVBQVUsR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ3BGLFVBQU0sTUFBTSxDQUFDLE1BQWM7QUFDekIsb0NBQVUsR0FBRyxHQUFLO0FBQ2xCLGlCQUFXLFNBQUssNEJBQVksR0FBRyxFQUFFLGVBQWUsS0FBSyxDQUFDLEVBQUcsS0FBSSxFQUFFLFlBQVksRUFBRyxTQUFJLHVCQUFLLEdBQUcsRUFBRSxJQUFJLENBQUM7QUFBQSxJQUNuRztBQUNBLFFBQUksR0FBRztBQUNQLFVBQU0sSUFBSSxNQUFNLElBQUksQ0FBQyxXQUFXLEdBQUcsQ0FBQztBQUNwQyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxHQUFHLEVBQUUsR0FBRztBQUM3QixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxZQUFZO0FBQ2hDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxLQUFLLG9GQUFvRjtBQUN4RyxVQUFNLFVBQU0sNkNBQW1CLGlDQUFhLHVCQUFLLEtBQUssVUFBVSxHQUFHLE1BQU0sQ0FBQztBQUMxRSxrQkFBQUEsUUFBTyxVQUFVLElBQUksU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLEdBQUcsR0FBRyxDQUFDLHNCQUFzQix1QkFBdUIsd0JBQXdCLHNCQUFzQixDQUFDO0FBQzlJLGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxPQUFPLFVBQVUsR0FBRztBQUNyQyxVQUFNLE1BQU0sTUFBTSxJQUFJLENBQUMsZUFBVyx1QkFBSyxLQUFLLE1BQU0sQ0FBQyxDQUFDO0FBQ3BELGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxNQUFNLENBQUM7QUFDeEIsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLEtBQUsscUJBQXFCO0FBQUEsRUFDN0MsVUFBRTtBQUNBLCtCQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNGLENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
