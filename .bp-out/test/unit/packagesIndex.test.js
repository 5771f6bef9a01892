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
var import_node_zlib = require("node:zlib");
var import_packagesIndex = require("../../src/core/binpkg/packagesIndex");
var import_binhost = require("../../src/core/binpkg/binhost");
var import_metadata = require("../../src/core/binpkg/metadata");
var import_userError = require("../../src/core/userError");
var import_binpkgArchives = require("../helpers/binpkgArchives");
const FIX = (0, import_node_path.join)(__dirname, "../../../test/fixtures/portage");
const BINPKGS = (0, import_node_path.join)(FIX, "binpkgs");
const indexFiles = [
  ...(0, import_node_fs.readdirSync)((0, import_node_path.join)(FIX, "binpkg-index")).filter((f) => f.startsWith("Packages")).map((f) => (0, import_node_path.join)(FIX, "binpkg-index", f)),
  ...(0, import_node_fs.readdirSync)(BINPKGS).map((d) => (0, import_node_path.join)(BINPKGS, d, "Packages")).filter((p) => {
    try {
      (0, import_node_fs.readFileSync)(p);
      return true;
    } catch {
      return false;
    }
  })
];
(0, import_node_test.test)("every real Packages file parses and writes back byte for byte", () => {
  import_strict.default.ok(indexFiles.length >= 10);
  for (const f of indexFiles) {
    const text = (0, import_node_fs.readFileSync)(f, "utf8");
    const idx = (0, import_packagesIndex.parsePackagesIndex)(text);
    import_strict.default.equal(idx.packages.length, Number(idx.header.PACKAGES), f);
    import_strict.default.equal((0, import_packagesIndex.formatPackagesIndex)(idx), text, f);
    import_strict.default.deepEqual((0, import_packagesIndex.parsePackagesIndex)((0, import_packagesIndex.formatPackagesIndex)(idx)), idx);
  }
});
(0, import_node_test.test)("every stanza has CPV, PATH, SIZE, MD5, SHA1 and MTIME; multi-instance ones a BUILD_ID in the path", () => {
  for (const f of indexFiles) {
    for (const p of (0, import_packagesIndex.parsePackagesIndex)((0, import_node_fs.readFileSync)(f, "utf8")).packages) {
      for (const k of ["CPV", "PATH", "SIZE", "MD5", "SHA1", "MTIME"]) import_strict.default.ok(p[k], `${f}: ${p.CPV} lacks ${k}`);
      if (p.BUILD_ID) import_strict.default.ok(p.PATH.includes(`-${p.BUILD_ID}.`), p.PATH);
    }
  }
});
(0, import_node_test.test)("inherited CHOST and defaults (SLOT 0) are filled in from the header", () => {
  const idx = (0, import_packagesIndex.parsePackagesIndex)((0, import_node_fs.readFileSync)((0, import_node_path.join)(BINPKGS, "withdep/Packages"), "utf8"));
  const d = (0, import_packagesIndex.effectiveStanza)(idx, idx.packages[0]);
  import_strict.default.equal(d.CHOST, idx.header.CHOST);
  import_strict.default.equal(d.SLOT, "0");
});
(0, import_node_test.test)("Packages.gz is byte-identical to the one Portage wrote", () => {
  for (const d of (0, import_node_fs.readdirSync)(BINPKGS)) {
    let text;
    try {
      text = (0, import_node_fs.readFileSync)((0, import_node_path.join)(BINPKGS, d, "Packages"), "utf8");
    } catch {
      continue;
    }
    const gz = (0, import_packagesIndex.gzipPackagesIndex)(text, Number((0, import_packagesIndex.parsePackagesIndex)(text).header.TIMESTAMP));
    import_strict.default.deepEqual(gz, (0, import_node_fs.readFileSync)((0, import_node_path.join)(BINPKGS, d, "Packages.gz")), d);
    import_strict.default.equal((0, import_node_zlib.gunzipSync)(gz).toString("utf8"), text);
  }
});
(0, import_node_test.test)("writing sorts stanzas by CPV string (stable for multi-instance builds) and keys by Portage name, MTIME and REPO last", () => {
  const idx = {
    header: { VERSION: "0", CHOST: "x86_64-pc-linux-gnu", PACKAGES: "3", TIMESTAMP: "1" },
    packages: [
      { CPV: "app-misc/foo-9", REPO: "gentoo", MTIME: "5", USE: "a", CHOST: "x86_64-pc-linux-gnu", SLOT: "0", EAPI: "8", BUILD_ID: "2", PATH: "app-misc/foo/foo-9-2.xpak" },
      { CPV: "app-misc/foo-10", BUILD_ID: "1", PATH: "p", IUSE: "" },
      { CPV: "app-misc/foo-9", BUILD_ID: "1", PATH: "app-misc/foo/foo-9-1.xpak", DESC: "d" }
    ]
  };
  const text = (0, import_packagesIndex.formatPackagesIndex)(idx);
  import_strict.default.equal(text, [
    "CHOST: x86_64-pc-linux-gnu",
    "PACKAGES: 3",
    "TIMESTAMP: 1",
    "VERSION: 0",
    "",
    "BUILD_ID: 1",
    "CPV: app-misc/foo-10",
    "PATH: p",
    "",
    "BUILD_ID: 2",
    "CPV: app-misc/foo-9",
    "EAPI: 8",
    "PATH: app-misc/foo/foo-9-2.xpak",
    "USE: a",
    "MTIME: 5",
    "REPO: gentoo",
    "",
    "BUILD_ID: 1",
    "CPV: app-misc/foo-9",
    "DESC: d",
    "PATH: app-misc/foo/foo-9-1.xpak",
    "",
    ""
  ].join("\n"));
  const updated = (0, import_packagesIndex.parsePackagesIndex)((0, import_packagesIndex.formatPackagesIndex)(idx, { timestamp: 17955059497e-1 }));
  import_strict.default.equal(updated.header.TIMESTAMP, "1795505949");
});
(0, import_node_test.test)("parsing follows Portage: lines without a colon are skipped, stanzas without CPV dropped, an empty stanza ends the file", () => {
  const idx = (0, import_packagesIndex.parsePackagesIndex)("VERSION: 0\nnonsense\n\nSIZE: 1\n\nCPV: a/b-1\nKEY:\n\n\nCPV: c/d-1\n");
  import_strict.default.deepEqual(idx.header, { VERSION: "0" });
  import_strict.default.deepEqual(idx.packages, [{ CPV: "a/b-1", KEY: "" }]);
});
(0, import_node_test.test)("USE conditionals in dependencies are evaluated as Portage writes them in the index", () => {
  import_strict.default.equal((0, import_metadata.reduceDepString)("ssl? ( dev-libs/openssl ) !ssl? ( dev-libs/nettle ) sys-libs/zlib", ["ssl"]), "dev-libs/openssl sys-libs/zlib");
  import_strict.default.equal((0, import_metadata.reduceDepString)("ssl? ( dev-libs/openssl )", []), "");
  import_strict.default.equal((0, import_metadata.reduceDepString)("|| ( a/b c/d ) ( e/f g/h )", []), "|| ( a/b c/d ) e/f g/h");
  import_strict.default.equal((0, import_metadata.reduceDepString)("|| ( foo? ( a/b ) c/d )", []), "c/d");
  import_strict.default.equal((0, import_metadata.reduceDepString)("|| ( foo? ( a/b e/f ) c/d )", ["foo"]), "|| ( ( a/b e/f ) c/d )");
  import_strict.default.equal((0, import_metadata.reduceDepString)("  a/b\n	c/d ", []), "a/b c/d");
  const atoms = "dev-libs/a:2=[ssl?,-gtk,x(+)=,!y?,!z=] dev-libs/b[ssl?]";
  import_strict.default.equal((0, import_metadata.reduceDepString)(atoms, ["ssl", "z"], true), "dev-libs/a:2=[ssl,-gtk,-x(+),-y,-z] dev-libs/b[ssl]");
  import_strict.default.equal((0, import_metadata.reduceDepString)(atoms, ["x", "y"], true), "dev-libs/a:2=[-gtk,x(+),z] dev-libs/b");
  import_strict.default.equal((0, import_metadata.reduceDepString)(atoms, ["x", "y"], false), atoms);
});
function copyPkgdir(name) {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "publish-"));
  (0, import_node_fs.cpSync)((0, import_node_path.join)(BINPKGS, name), dir, { recursive: true });
  const fix = (d) => {
    (0, import_node_fs.chmodSync)(d, 493);
    for (const e of (0, import_node_fs.readdirSync)(d, { withFileTypes: true })) {
      if (e.isDirectory()) fix((0, import_node_path.join)(d, e.name));
      else (0, import_node_fs.chmodSync)((0, import_node_path.join)(d, e.name), 420);
    }
  };
  fix(dir);
  return dir;
}
(0, import_node_test.test)("publishing a copy of each real PKGDIR rewrites the index Portage wrote, byte for byte", async () => {
  for (const name of (0, import_node_fs.readdirSync)(BINPKGS)) {
    let original;
    try {
      original = (0, import_node_fs.readFileSync)((0, import_node_path.join)(BINPKGS, name, "Packages"), "utf8");
    } catch {
      continue;
    }
    const dir = copyPkgdir(name);
    try {
      const idx = (0, import_packagesIndex.parsePackagesIndex)(original);
      for (const p of idx.packages) (0, import_node_fs.utimesSync)((0, import_node_path.join)(dir, p.PATH), Number(p.MTIME), Number(p.MTIME));
      const r = await (0, import_binhost.publishBinhost)(dir, { timestamp: Number(idx.header.TIMESTAMP) });
      import_strict.default.deepEqual(r.skipped, []);
      const written = (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "Packages"), "utf8");
      import_strict.default.equal(written, original.replace(/^REPO_REVISIONS: .*\n/gm, ""), name);
      import_strict.default.deepEqual((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "Packages.gz")), (0, import_packagesIndex.gzipPackagesIndex)(written, Number(idx.header.TIMESTAMP)));
      import_strict.default.deepEqual((0, import_node_fs.readdirSync)(dir).filter((f) => f.includes(".tmp")), [], "no temporary file left behind");
    } finally {
      (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
    }
  }
});
(0, import_node_test.test)("publishing a new PKGDIR with a broken package indexes the rest and names the broken one", async () => {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "publish-"));
  try {
    const tarball = (0, import_binpkgArchives.compress)("gzip", await (0, import_binpkgArchives.makeTar)([{ name: "./usr/bin/x", data: "x" }]));
    const meta = { CATEGORY: "app-misc\n", PF: "x-1\n", SLOT: "0/1\n", EAPI: "8\n", CHOST: "aarch64-unknown-linux-gnu\n", RDEPEND: "ssl? ( dev-libs/openssl )\n  sys-libs/zlib\n", USE: "arm64\n", repository: "gentoo\n", BUILD_ID: "3" };
    const { mkdirSync } = await import("node:fs");
    mkdirSync((0, import_node_path.join)(dir, "app-misc/x"), { recursive: true });
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(dir, "app-misc/x/x-1-3.xpak"), (0, import_binpkgArchives.makeXpak)(tarball, meta));
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(dir, "app-misc/broken-1.tbz2"), "not a package");
    const r = await (0, import_binhost.publishBinhost)(dir, { timestamp: 1e3 });
    import_strict.default.equal(r.skipped.length, 1);
    import_strict.default.match(r.skipped[0].reason, /broken-1\.tbz2: neither a GPKG/);
    const text = (0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "Packages"), "utf8");
    import_strict.default.match(text, /^CHOST: aarch64-unknown-linux-gnu\nPACKAGES: 1\nTIMESTAMP: 1000\nVERSION: 0\n\n/);
    const [p] = (0, import_packagesIndex.parsePackagesIndex)(text).packages;
    import_strict.default.equal(p.CPV, "app-misc/x-1");
    import_strict.default.equal(p.BUILD_ID, "3");
    import_strict.default.equal(p.SLOT, "0/1");
    import_strict.default.equal(p.RDEPEND, "sys-libs/zlib");
    import_strict.default.equal(p.PATH, "app-misc/x/x-1-3.xpak");
    import_strict.default.equal(p.CHOST, void 0, "inherited from the header");
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
});
(0, import_node_test.test)("publishing a folder without packages is a UserError naming the folder", async () => {
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "publish-"));
  try {
    await import_strict.default.rejects((0, import_binhost.publishBinhost)(dir), (e) => e instanceof import_userError.UserError && e.message.includes(dir));
    import_strict.default.deepEqual((0, import_node_fs.readdirSync)(dir), [], "nothing written");
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3BhY2thZ2VzSW5kZXgudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgUGFja2FnZXMgaW5kZXg6IGV2ZXJ5IHJlYWwgaW5kZXggcm91bmQtdHJpcHMgYnl0ZSBmb3IgYnl0ZSwgUGFja2FnZXMuZ3ogbWF0Y2hlcyBQb3J0YWdlJ3MgYnl0ZXMsIGFuZFxuICogcHVibGlzaGluZyBhIGNvcHkgb2YgYSByZWFsIFBLR0RJUiByZXdyaXRlcyB0aGUgaW5kZXggUG9ydGFnZSB3cm90ZSAoUkVQT19SRVZJU0lPTlMgYXNpZGU6IFBvcnRhZ2Uga2VlcHMgaXRcbiAqIG9ubHkgb24gdGhlIHN0YW56YSBpdCBoYXMganVzdCBpbmplY3RlZCwgYW5kIGRyb3BzIGl0IHdoZW5ldmVyIGl0IHJlLXJlYWRzIHBhY2thZ2VzLCBhcyBwdWJsaXNoIGRvZXMpLlxuICovXG5pbXBvcnQgeyB0ZXN0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGNwU3luYywgY2htb2RTeW5jLCBta2R0ZW1wU3luYywgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB1dGltZXNTeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZ3VuemlwU3luYyB9IGZyb20gJ25vZGU6emxpYic7XG5pbXBvcnQgeyBlZmZlY3RpdmVTdGFuemEsIGZvcm1hdFBhY2thZ2VzSW5kZXgsIGd6aXBQYWNrYWdlc0luZGV4LCBwYXJzZVBhY2thZ2VzSW5kZXgsIHR5cGUgUGFja2FnZXNJbmRleCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9wYWNrYWdlc0luZGV4JztcbmltcG9ydCB7IHB1Ymxpc2hCaW5ob3N0IH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL2Jpbmhvc3QnO1xuaW1wb3J0IHsgcmVkdWNlRGVwU3RyaW5nIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL21ldGFkYXRhJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBtYWtlWHBhaywgY29tcHJlc3MsIG1ha2VUYXIgfSBmcm9tICcuLi9oZWxwZXJzL2JpbnBrZ0FyY2hpdmVzJztcblxuY29uc3QgRklYID0gam9pbihfX2Rpcm5hbWUsICcuLi8uLi8uLi90ZXN0L2ZpeHR1cmVzL3BvcnRhZ2UnKTtcbmNvbnN0IEJJTlBLR1MgPSBqb2luKEZJWCwgJ2JpbnBrZ3MnKTtcbmNvbnN0IGluZGV4RmlsZXMgPSBbXG4gIC4uLnJlYWRkaXJTeW5jKGpvaW4oRklYLCAnYmlucGtnLWluZGV4JykpLmZpbHRlcigoZikgPT4gZi5zdGFydHNXaXRoKCdQYWNrYWdlcycpKS5tYXAoKGYpID0+IGpvaW4oRklYLCAnYmlucGtnLWluZGV4JywgZikpLFxuICAuLi5yZWFkZGlyU3luYyhCSU5QS0dTKS5tYXAoKGQpID0+IGpvaW4oQklOUEtHUywgZCwgJ1BhY2thZ2VzJykpLmZpbHRlcigocCkgPT4geyB0cnkgeyByZWFkRmlsZVN5bmMocCk7IHJldHVybiB0cnVlOyB9IGNhdGNoIHsgcmV0dXJuIGZhbHNlOyB9IH0pLFxuXTtcblxudGVzdCgnZXZlcnkgcmVhbCBQYWNrYWdlcyBmaWxlIHBhcnNlcyBhbmQgd3JpdGVzIGJhY2sgYnl0ZSBmb3IgYnl0ZScsICgpID0+IHtcbiAgYXNzZXJ0Lm9rKGluZGV4RmlsZXMubGVuZ3RoID49IDEwKTtcbiAgZm9yIChjb25zdCBmIG9mIGluZGV4RmlsZXMpIHtcbiAgICBjb25zdCB0ZXh0ID0gcmVhZEZpbGVTeW5jKGYsICd1dGY4Jyk7XG4gICAgY29uc3QgaWR4ID0gcGFyc2VQYWNrYWdlc0luZGV4KHRleHQpO1xuICAgIGFzc2VydC5lcXVhbChpZHgucGFja2FnZXMubGVuZ3RoLCBOdW1iZXIoaWR4LmhlYWRlci5QQUNLQUdFUyksIGYpO1xuICAgIGFzc2VydC5lcXVhbChmb3JtYXRQYWNrYWdlc0luZGV4KGlkeCksIHRleHQsIGYpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGFyc2VQYWNrYWdlc0luZGV4KGZvcm1hdFBhY2thZ2VzSW5kZXgoaWR4KSksIGlkeCk7XG4gIH1cbn0pO1xuXG50ZXN0KCdldmVyeSBzdGFuemEgaGFzIENQViwgUEFUSCwgU0laRSwgTUQ1LCBTSEExIGFuZCBNVElNRTsgbXVsdGktaW5zdGFuY2Ugb25lcyBhIEJVSUxEX0lEIGluIHRoZSBwYXRoJywgKCkgPT4ge1xuICBmb3IgKGNvbnN0IGYgb2YgaW5kZXhGaWxlcykge1xuICAgIGZvciAoY29uc3QgcCBvZiBwYXJzZVBhY2thZ2VzSW5kZXgocmVhZEZpbGVTeW5jKGYsICd1dGY4JykpLnBhY2thZ2VzKSB7XG4gICAgICBmb3IgKGNvbnN0IGsgb2YgWydDUFYnLCAnUEFUSCcsICdTSVpFJywgJ01ENScsICdTSEExJywgJ01USU1FJ10pIGFzc2VydC5vayhwW2tdLCBgJHtmfTogJHtwLkNQVn0gbGFja3MgJHtrfWApO1xuICAgICAgaWYgKHAuQlVJTERfSUQpIGFzc2VydC5vayhwLlBBVEguaW5jbHVkZXMoYC0ke3AuQlVJTERfSUR9LmApLCBwLlBBVEgpO1xuICAgIH1cbiAgfVxufSk7XG5cbnRlc3QoJ2luaGVyaXRlZCBDSE9TVCBhbmQgZGVmYXVsdHMgKFNMT1QgMCkgYXJlIGZpbGxlZCBpbiBmcm9tIHRoZSBoZWFkZXInLCAoKSA9PiB7XG4gIGNvbnN0IGlkeCA9IHBhcnNlUGFja2FnZXNJbmRleChyZWFkRmlsZVN5bmMoam9pbihCSU5QS0dTLCAnd2l0aGRlcC9QYWNrYWdlcycpLCAndXRmOCcpKTtcbiAgY29uc3QgZCA9IGVmZmVjdGl2ZVN0YW56YShpZHgsIGlkeC5wYWNrYWdlc1swXSk7XG4gIGFzc2VydC5lcXVhbChkLkNIT1NULCBpZHguaGVhZGVyLkNIT1NUKTtcbiAgYXNzZXJ0LmVxdWFsKGQuU0xPVCwgJzAnKTtcbn0pO1xuXG50ZXN0KCdQYWNrYWdlcy5neiBpcyBieXRlLWlkZW50aWNhbCB0byB0aGUgb25lIFBvcnRhZ2Ugd3JvdGUnLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgZCBvZiByZWFkZGlyU3luYyhCSU5QS0dTKSkge1xuICAgIGxldCB0ZXh0OiBzdHJpbmc7XG4gICAgdHJ5IHtcbiAgICAgIHRleHQgPSByZWFkRmlsZVN5bmMoam9pbihCSU5QS0dTLCBkLCAnUGFja2FnZXMnKSwgJ3V0ZjgnKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBneiA9IGd6aXBQYWNrYWdlc0luZGV4KHRleHQsIE51bWJlcihwYXJzZVBhY2thZ2VzSW5kZXgodGV4dCkuaGVhZGVyLlRJTUVTVEFNUCkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZ3osIHJlYWRGaWxlU3luYyhqb2luKEJJTlBLR1MsIGQsICdQYWNrYWdlcy5neicpKSwgZCk7XG4gICAgYXNzZXJ0LmVxdWFsKGd1bnppcFN5bmMoZ3opLnRvU3RyaW5nKCd1dGY4JyksIHRleHQpO1xuICB9XG59KTtcblxudGVzdCgnd3JpdGluZyBzb3J0cyBzdGFuemFzIGJ5IENQViBzdHJpbmcgKHN0YWJsZSBmb3IgbXVsdGktaW5zdGFuY2UgYnVpbGRzKSBhbmQga2V5cyBieSBQb3J0YWdlIG5hbWUsIE1USU1FIGFuZCBSRVBPIGxhc3QnLCAoKSA9PiB7XG4gIGNvbnN0IGlkeDogUGFja2FnZXNJbmRleCA9IHtcbiAgICBoZWFkZXI6IHsgVkVSU0lPTjogJzAnLCBDSE9TVDogJ3g4Nl82NC1wYy1saW51eC1nbnUnLCBQQUNLQUdFUzogJzMnLCBUSU1FU1RBTVA6ICcxJyB9LFxuICAgIHBhY2thZ2VzOiBbXG4gICAgICB7IENQVjogJ2FwcC1taXNjL2Zvby05JywgUkVQTzogJ2dlbnRvbycsIE1USU1FOiAnNScsIFVTRTogJ2EnLCBDSE9TVDogJ3g4Nl82NC1wYy1saW51eC1nbnUnLCBTTE9UOiAnMCcsIEVBUEk6ICc4JywgQlVJTERfSUQ6ICcyJywgUEFUSDogJ2FwcC1taXNjL2Zvby9mb28tOS0yLnhwYWsnIH0sXG4gICAgICB7IENQVjogJ2FwcC1taXNjL2Zvby0xMCcsIEJVSUxEX0lEOiAnMScsIFBBVEg6ICdwJywgSVVTRTogJycgfSxcbiAgICAgIHsgQ1BWOiAnYXBwLW1pc2MvZm9vLTknLCBCVUlMRF9JRDogJzEnLCBQQVRIOiAnYXBwLW1pc2MvZm9vL2Zvby05LTEueHBhaycsIERFU0M6ICdkJyB9LFxuICAgIF0sXG4gIH07XG4gIGNvbnN0IHRleHQgPSBmb3JtYXRQYWNrYWdlc0luZGV4KGlkeCk7XG4gIGFzc2VydC5lcXVhbCh0ZXh0LCBbXG4gICAgJ0NIT1NUOiB4ODZfNjQtcGMtbGludXgtZ251JywgJ1BBQ0tBR0VTOiAzJywgJ1RJTUVTVEFNUDogMScsICdWRVJTSU9OOiAwJywgJycsXG4gICAgJ0JVSUxEX0lEOiAxJywgJ0NQVjogYXBwLW1pc2MvZm9vLTEwJywgJ1BBVEg6IHAnLCAnJyxcbiAgICAnQlVJTERfSUQ6IDInLCAnQ1BWOiBhcHAtbWlzYy9mb28tOScsICdFQVBJOiA4JywgJ1BBVEg6IGFwcC1taXNjL2Zvby9mb28tOS0yLnhwYWsnLCAnVVNFOiBhJywgJ01USU1FOiA1JywgJ1JFUE86IGdlbnRvbycsICcnLFxuICAgICdCVUlMRF9JRDogMScsICdDUFY6IGFwcC1taXNjL2Zvby05JywgJ0RFU0M6IGQnLCAnUEFUSDogYXBwLW1pc2MvZm9vL2Zvby05LTEueHBhaycsICcnLCAnJyxcbiAgXS5qb2luKCdcXG4nKSk7XG4gIGNvbnN0IHVwZGF0ZWQgPSBwYXJzZVBhY2thZ2VzSW5kZXgoZm9ybWF0UGFja2FnZXNJbmRleChpZHgsIHsgdGltZXN0YW1wOiAxNzk1NTA1OTQ5LjcgfSkpO1xuICBhc3NlcnQuZXF1YWwodXBkYXRlZC5oZWFkZXIuVElNRVNUQU1QLCAnMTc5NTUwNTk0OScpO1xufSk7XG5cbnRlc3QoJ3BhcnNpbmcgZm9sbG93cyBQb3J0YWdlOiBsaW5lcyB3aXRob3V0IGEgY29sb24gYXJlIHNraXBwZWQsIHN0YW56YXMgd2l0aG91dCBDUFYgZHJvcHBlZCwgYW4gZW1wdHkgc3RhbnphIGVuZHMgdGhlIGZpbGUnLCAoKSA9PiB7XG4gIGNvbnN0IGlkeCA9IHBhcnNlUGFja2FnZXNJbmRleCgnVkVSU0lPTjogMFxcbm5vbnNlbnNlXFxuXFxuU0laRTogMVxcblxcbkNQVjogYS9iLTFcXG5LRVk6XFxuXFxuXFxuQ1BWOiBjL2QtMVxcbicpO1xuICBhc3NlcnQuZGVlcEVxdWFsKGlkeC5oZWFkZXIsIHsgVkVSU0lPTjogJzAnIH0pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGlkeC5wYWNrYWdlcywgW3sgQ1BWOiAnYS9iLTEnLCBLRVk6ICcnIH1dKTtcbn0pO1xuXG50ZXN0KCdVU0UgY29uZGl0aW9uYWxzIGluIGRlcGVuZGVuY2llcyBhcmUgZXZhbHVhdGVkIGFzIFBvcnRhZ2Ugd3JpdGVzIHRoZW0gaW4gdGhlIGluZGV4JywgKCkgPT4ge1xuICBhc3NlcnQuZXF1YWwocmVkdWNlRGVwU3RyaW5nKCdzc2w/ICggZGV2LWxpYnMvb3BlbnNzbCApICFzc2w/ICggZGV2LWxpYnMvbmV0dGxlICkgc3lzLWxpYnMvemxpYicsIFsnc3NsJ10pLCAnZGV2LWxpYnMvb3BlbnNzbCBzeXMtbGlicy96bGliJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoJ3NzbD8gKCBkZXYtbGlicy9vcGVuc3NsICknLCBbXSksICcnKTtcbiAgYXNzZXJ0LmVxdWFsKHJlZHVjZURlcFN0cmluZygnfHwgKCBhL2IgYy9kICkgKCBlL2YgZy9oICknLCBbXSksICd8fCAoIGEvYiBjL2QgKSBlL2YgZy9oJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoJ3x8ICggZm9vPyAoIGEvYiApIGMvZCApJywgW10pLCAnYy9kJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoJ3x8ICggZm9vPyAoIGEvYiBlL2YgKSBjL2QgKScsIFsnZm9vJ10pLCAnfHwgKCAoIGEvYiBlL2YgKSBjL2QgKScpO1xuICBhc3NlcnQuZXF1YWwocmVkdWNlRGVwU3RyaW5nKCcgIGEvYlxcblxcdGMvZCAnLCBbXSksICdhL2IgYy9kJyk7XG4gIC8vIENvbmRpdGlvbmFsIFVTRSBkZXBzIGluc2lkZSBhdG9tcywgYXMgQXRvbS5ldmFsdWF0ZV9jb25kaXRpb25hbHMgKGRlcGVuZGVuY3kga2V5cyBvbmx5KS5cbiAgY29uc3QgYXRvbXMgPSAnZGV2LWxpYnMvYToyPVtzc2w/LC1ndGsseCgrKT0sIXk/LCF6PV0gZGV2LWxpYnMvYltzc2w/XSc7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoYXRvbXMsIFsnc3NsJywgJ3onXSwgdHJ1ZSksICdkZXYtbGlicy9hOjI9W3NzbCwtZ3RrLC14KCspLC15LC16XSBkZXYtbGlicy9iW3NzbF0nKTtcbiAgYXNzZXJ0LmVxdWFsKHJlZHVjZURlcFN0cmluZyhhdG9tcywgWyd4JywgJ3knXSwgdHJ1ZSksICdkZXYtbGlicy9hOjI9Wy1ndGsseCgrKSx6XSBkZXYtbGlicy9iJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoYXRvbXMsIFsneCcsICd5J10sIGZhbHNlKSwgYXRvbXMpO1xufSk7XG5cbmZ1bmN0aW9uIGNvcHlQa2dkaXIobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ3B1Ymxpc2gtJykpO1xuICBjcFN5bmMoam9pbihCSU5QS0dTLCBuYW1lKSwgZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgY29uc3QgZml4ID0gKGQ6IHN0cmluZykgPT4ge1xuICAgIGNobW9kU3luYyhkLCAwbzc1NSk7XG4gICAgZm9yIChjb25zdCBlIG9mIHJlYWRkaXJTeW5jKGQsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KSkge1xuICAgICAgaWYgKGUuaXNEaXJlY3RvcnkoKSkgZml4KGpvaW4oZCwgZS5uYW1lKSk7XG4gICAgICBlbHNlIGNobW9kU3luYyhqb2luKGQsIGUubmFtZSksIDBvNjQ0KTtcbiAgICB9XG4gIH07XG4gIGZpeChkaXIpO1xuICByZXR1cm4gZGlyO1xufVxuXG50ZXN0KCdwdWJsaXNoaW5nIGEgY29weSBvZiBlYWNoIHJlYWwgUEtHRElSIHJld3JpdGVzIHRoZSBpbmRleCBQb3J0YWdlIHdyb3RlLCBieXRlIGZvciBieXRlJywgYXN5bmMgKCkgPT4ge1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgcmVhZGRpclN5bmMoQklOUEtHUykpIHtcbiAgICBsZXQgb3JpZ2luYWw6IHN0cmluZztcbiAgICB0cnkge1xuICAgICAgb3JpZ2luYWwgPSByZWFkRmlsZVN5bmMoam9pbihCSU5QS0dTLCBuYW1lLCAnUGFja2FnZXMnKSwgJ3V0ZjgnKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBkaXIgPSBjb3B5UGtnZGlyKG5hbWUpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBpZHggPSBwYXJzZVBhY2thZ2VzSW5kZXgob3JpZ2luYWwpO1xuICAgICAgLy8gVGhlIGNvcGllcyBnZXQgbmV3IG10aW1lczogZ2l2ZSB0aGVtIGJhY2sgdGhlIG9uZXMgUG9ydGFnZSByZWNvcmRlZC5cbiAgICAgIGZvciAoY29uc3QgcCBvZiBpZHgucGFja2FnZXMpIHV0aW1lc1N5bmMoam9pbihkaXIsIHAuUEFUSCksIE51bWJlcihwLk1USU1FKSwgTnVtYmVyKHAuTVRJTUUpKTtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBwdWJsaXNoQmluaG9zdChkaXIsIHsgdGltZXN0YW1wOiBOdW1iZXIoaWR4LmhlYWRlci5USU1FU1RBTVApIH0pO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChyLnNraXBwZWQsIFtdKTtcbiAgICAgIGNvbnN0IHdyaXR0ZW4gPSByZWFkRmlsZVN5bmMoam9pbihkaXIsICdQYWNrYWdlcycpLCAndXRmOCcpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHdyaXR0ZW4sIG9yaWdpbmFsLnJlcGxhY2UoL15SRVBPX1JFVklTSU9OUzogLipcXG4vZ20sICcnKSwgbmFtZSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJlYWRGaWxlU3luYyhqb2luKGRpciwgJ1BhY2thZ2VzLmd6JykpLCBnemlwUGFja2FnZXNJbmRleCh3cml0dGVuLCBOdW1iZXIoaWR4LmhlYWRlci5USU1FU1RBTVApKSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHJlYWRkaXJTeW5jKGRpcikuZmlsdGVyKChmKSA9PiBmLmluY2x1ZGVzKCcudG1wJykpLCBbXSwgJ25vIHRlbXBvcmFyeSBmaWxlIGxlZnQgYmVoaW5kJyk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICB9XG4gIH1cbn0pO1xuXG50ZXN0KCdwdWJsaXNoaW5nIGEgbmV3IFBLR0RJUiB3aXRoIGEgYnJva2VuIHBhY2thZ2UgaW5kZXhlcyB0aGUgcmVzdCBhbmQgbmFtZXMgdGhlIGJyb2tlbiBvbmUnLCBhc3luYyAoKSA9PiB7XG4gIGNvbnN0IGRpciA9IG1rZHRlbXBTeW5jKGpvaW4odG1wZGlyKCksICdwdWJsaXNoLScpKTtcbiAgdHJ5IHtcbiAgICBjb25zdCB0YXJiYWxsID0gY29tcHJlc3MoJ2d6aXAnLCBhd2FpdCBtYWtlVGFyKFt7IG5hbWU6ICcuL3Vzci9iaW4veCcsIGRhdGE6ICd4JyB9XSkpO1xuICAgIGNvbnN0IG1ldGEgPSB7IENBVEVHT1JZOiAnYXBwLW1pc2NcXG4nLCBQRjogJ3gtMVxcbicsIFNMT1Q6ICcwLzFcXG4nLCBFQVBJOiAnOFxcbicsIENIT1NUOiAnYWFyY2g2NC11bmtub3duLWxpbnV4LWdudVxcbicsIFJERVBFTkQ6ICdzc2w/ICggZGV2LWxpYnMvb3BlbnNzbCApXFxuICBzeXMtbGlicy96bGliXFxuJywgVVNFOiAnYXJtNjRcXG4nLCByZXBvc2l0b3J5OiAnZ2VudG9vXFxuJywgQlVJTERfSUQ6ICczJyB9O1xuICAgIGNvbnN0IHsgbWtkaXJTeW5jIH0gPSBhd2FpdCBpbXBvcnQoJ25vZGU6ZnMnKTtcbiAgICBta2RpclN5bmMoam9pbihkaXIsICdhcHAtbWlzYy94JyksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIHdyaXRlRmlsZVN5bmMoam9pbihkaXIsICdhcHAtbWlzYy94L3gtMS0zLnhwYWsnKSwgbWFrZVhwYWsodGFyYmFsbCwgbWV0YSkpO1xuICAgIHdyaXRlRmlsZVN5bmMoam9pbihkaXIsICdhcHAtbWlzYy9icm9rZW4tMS50YnoyJyksICdub3QgYSBwYWNrYWdlJyk7XG4gICAgY29uc3QgciA9IGF3YWl0IHB1Ymxpc2hCaW5ob3N0KGRpciwgeyB0aW1lc3RhbXA6IDEwMDAgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKHIuc2tpcHBlZC5sZW5ndGgsIDEpO1xuICAgIGFzc2VydC5tYXRjaChyLnNraXBwZWRbMF0ucmVhc29uLCAvYnJva2VuLTFcXC50YnoyOiBuZWl0aGVyIGEgR1BLRy8pO1xuICAgIGNvbnN0IHRleHQgPSByZWFkRmlsZVN5bmMoam9pbihkaXIsICdQYWNrYWdlcycpLCAndXRmOCcpO1xuICAgIGFzc2VydC5tYXRjaCh0ZXh0LCAvXkNIT1NUOiBhYXJjaDY0LXVua25vd24tbGludXgtZ251XFxuUEFDS0FHRVM6IDFcXG5USU1FU1RBTVA6IDEwMDBcXG5WRVJTSU9OOiAwXFxuXFxuLyk7XG4gICAgY29uc3QgW3BdID0gcGFyc2VQYWNrYWdlc0luZGV4KHRleHQpLnBhY2thZ2VzO1xuICAgIGFzc2VydC5lcXVhbChwLkNQViwgJ2FwcC1taXNjL3gtMScpO1xuICAgIGFzc2VydC5lcXVhbChwLkJVSUxEX0lELCAnMycpO1xuICAgIGFzc2VydC5lcXVhbChwLlNMT1QsICcwLzEnKTtcbiAgICBhc3NlcnQuZXF1YWwocC5SREVQRU5ELCAnc3lzLWxpYnMvemxpYicpO1xuICAgIGFzc2VydC5lcXVhbChwLlBBVEgsICdhcHAtbWlzYy94L3gtMS0zLnhwYWsnKTtcbiAgICBhc3NlcnQuZXF1YWwocC5DSE9TVCwgdW5kZWZpbmVkLCAnaW5oZXJpdGVkIGZyb20gdGhlIGhlYWRlcicpO1xuICB9IGZpbmFsbHkge1xuICAgIHJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfVxufSk7XG5cbnRlc3QoJ3B1Ymxpc2hpbmcgYSBmb2xkZXIgd2l0aG91dCBwYWNrYWdlcyBpcyBhIFVzZXJFcnJvciBuYW1pbmcgdGhlIGZvbGRlcicsIGFzeW5jICgpID0+IHtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ3B1Ymxpc2gtJykpO1xuICB0cnkge1xuICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKHB1Ymxpc2hCaW5ob3N0KGRpciksIChlOiB1bmtub3duKSA9PiBlIGluc3RhbmNlb2YgVXNlckVycm9yICYmIGUubWVzc2FnZS5pbmNsdWRlcyhkaXIpKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKHJlYWRkaXJTeW5jKGRpciksIFtdLCAnbm90aGluZyB3cml0dGVuJyk7XG4gIH0gZmluYWxseSB7XG4gICAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBS0EsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQixxQkFBNkc7QUFDN0cscUJBQXVCO0FBQ3ZCLHVCQUFxQjtBQUNyQix1QkFBMkI7QUFDM0IsMkJBQWdIO0FBQ2hILHFCQUErQjtBQUMvQixzQkFBZ0M7QUFDaEMsdUJBQTBCO0FBQzFCLDRCQUE0QztBQUU1QyxNQUFNLFVBQU0sdUJBQUssV0FBVyxnQ0FBZ0M7QUFDNUQsTUFBTSxjQUFVLHVCQUFLLEtBQUssU0FBUztBQUNuQyxNQUFNLGFBQWE7QUFBQSxFQUNqQixPQUFHLGdDQUFZLHVCQUFLLEtBQUssY0FBYyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFVBQVUsQ0FBQyxFQUFFLElBQUksQ0FBQyxVQUFNLHVCQUFLLEtBQUssZ0JBQWdCLENBQUMsQ0FBQztBQUFBLEVBQ3pILE9BQUcsNEJBQVksT0FBTyxFQUFFLElBQUksQ0FBQyxVQUFNLHVCQUFLLFNBQVMsR0FBRyxVQUFVLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTTtBQUFFLFFBQUk7QUFBRSx1Q0FBYSxDQUFDO0FBQUcsYUFBTztBQUFBLElBQU0sUUFBUTtBQUFFLGFBQU87QUFBQSxJQUFPO0FBQUEsRUFBRSxDQUFDO0FBQ2xKO0FBQUEsSUFFQSx1QkFBSyxpRUFBaUUsTUFBTTtBQUMxRSxnQkFBQUEsUUFBTyxHQUFHLFdBQVcsVUFBVSxFQUFFO0FBQ2pDLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sV0FBTyw2QkFBYSxHQUFHLE1BQU07QUFDbkMsVUFBTSxVQUFNLHlDQUFtQixJQUFJO0FBQ25DLGtCQUFBQSxRQUFPLE1BQU0sSUFBSSxTQUFTLFFBQVEsT0FBTyxJQUFJLE9BQU8sUUFBUSxHQUFHLENBQUM7QUFDaEUsa0JBQUFBLFFBQU8sVUFBTSwwQ0FBb0IsR0FBRyxHQUFHLE1BQU0sQ0FBQztBQUM5QyxrQkFBQUEsUUFBTyxjQUFVLDZDQUFtQiwwQ0FBb0IsR0FBRyxDQUFDLEdBQUcsR0FBRztBQUFBLEVBQ3BFO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUsscUdBQXFHLE1BQU07QUFDOUcsYUFBVyxLQUFLLFlBQVk7QUFDMUIsZUFBVyxTQUFLLDZDQUFtQiw2QkFBYSxHQUFHLE1BQU0sQ0FBQyxFQUFFLFVBQVU7QUFDcEUsaUJBQVcsS0FBSyxDQUFDLE9BQU8sUUFBUSxRQUFRLE9BQU8sUUFBUSxPQUFPLEVBQUcsZUFBQUEsUUFBTyxHQUFHLEVBQUUsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxLQUFLLEVBQUUsR0FBRyxVQUFVLENBQUMsRUFBRTtBQUM1RyxVQUFJLEVBQUUsU0FBVSxlQUFBQSxRQUFPLEdBQUcsRUFBRSxLQUFLLFNBQVMsSUFBSSxFQUFFLFFBQVEsR0FBRyxHQUFHLEVBQUUsSUFBSTtBQUFBLElBQ3RFO0FBQUEsRUFDRjtBQUNGLENBQUM7QUFBQSxJQUVELHVCQUFLLHVFQUF1RSxNQUFNO0FBQ2hGLFFBQU0sVUFBTSw2Q0FBbUIsaUNBQWEsdUJBQUssU0FBUyxrQkFBa0IsR0FBRyxNQUFNLENBQUM7QUFDdEYsUUFBTSxRQUFJLHNDQUFnQixLQUFLLElBQUksU0FBUyxDQUFDLENBQUM7QUFDOUMsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sSUFBSSxPQUFPLEtBQUs7QUFDdEMsZ0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sR0FBRztBQUMxQixDQUFDO0FBQUEsSUFFRCx1QkFBSywwREFBMEQsTUFBTTtBQUNuRSxhQUFXLFNBQUssNEJBQVksT0FBTyxHQUFHO0FBQ3BDLFFBQUk7QUFDSixRQUFJO0FBQ0YsaUJBQU8saUNBQWEsdUJBQUssU0FBUyxHQUFHLFVBQVUsR0FBRyxNQUFNO0FBQUEsSUFDMUQsUUFBUTtBQUNOO0FBQUEsSUFDRjtBQUNBLFVBQU0sU0FBSyx3Q0FBa0IsTUFBTSxXQUFPLHlDQUFtQixJQUFJLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFDcEYsa0JBQUFBLFFBQU8sVUFBVSxRQUFJLGlDQUFhLHVCQUFLLFNBQVMsR0FBRyxhQUFhLENBQUMsR0FBRyxDQUFDO0FBQ3JFLGtCQUFBQSxRQUFPLFVBQU0sNkJBQVcsRUFBRSxFQUFFLFNBQVMsTUFBTSxHQUFHLElBQUk7QUFBQSxFQUNwRDtBQUNGLENBQUM7QUFBQSxJQUVELHVCQUFLLHdIQUF3SCxNQUFNO0FBQ2pJLFFBQU0sTUFBcUI7QUFBQSxJQUN6QixRQUFRLEVBQUUsU0FBUyxLQUFLLE9BQU8sdUJBQXVCLFVBQVUsS0FBSyxXQUFXLElBQUk7QUFBQSxJQUNwRixVQUFVO0FBQUEsTUFDUixFQUFFLEtBQUssa0JBQWtCLE1BQU0sVUFBVSxPQUFPLEtBQUssS0FBSyxLQUFLLE9BQU8sdUJBQXVCLE1BQU0sS0FBSyxNQUFNLEtBQUssVUFBVSxLQUFLLE1BQU0sNEJBQTRCO0FBQUEsTUFDcEssRUFBRSxLQUFLLG1CQUFtQixVQUFVLEtBQUssTUFBTSxLQUFLLE1BQU0sR0FBRztBQUFBLE1BQzdELEVBQUUsS0FBSyxrQkFBa0IsVUFBVSxLQUFLLE1BQU0sNkJBQTZCLE1BQU0sSUFBSTtBQUFBLElBQ3ZGO0FBQUEsRUFDRjtBQUNBLFFBQU0sV0FBTywwQ0FBb0IsR0FBRztBQUNwQyxnQkFBQUEsUUFBTyxNQUFNLE1BQU07QUFBQSxJQUNqQjtBQUFBLElBQThCO0FBQUEsSUFBZTtBQUFBLElBQWdCO0FBQUEsSUFBYztBQUFBLElBQzNFO0FBQUEsSUFBZTtBQUFBLElBQXdCO0FBQUEsSUFBVztBQUFBLElBQ2xEO0FBQUEsSUFBZTtBQUFBLElBQXVCO0FBQUEsSUFBVztBQUFBLElBQW1DO0FBQUEsSUFBVTtBQUFBLElBQVk7QUFBQSxJQUFnQjtBQUFBLElBQzFIO0FBQUEsSUFBZTtBQUFBLElBQXVCO0FBQUEsSUFBVztBQUFBLElBQW1DO0FBQUEsSUFBSTtBQUFBLEVBQzFGLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDWixRQUFNLGNBQVUsNkNBQW1CLDBDQUFvQixLQUFLLEVBQUUsV0FBVyxlQUFhLENBQUMsQ0FBQztBQUN4RixnQkFBQUEsUUFBTyxNQUFNLFFBQVEsT0FBTyxXQUFXLFlBQVk7QUFDckQsQ0FBQztBQUFBLElBRUQsdUJBQUssMEhBQTBILE1BQU07QUFDbkksUUFBTSxVQUFNLHlDQUFtQix1RUFBdUU7QUFDdEcsZ0JBQUFBLFFBQU8sVUFBVSxJQUFJLFFBQVEsRUFBRSxTQUFTLElBQUksQ0FBQztBQUM3QyxnQkFBQUEsUUFBTyxVQUFVLElBQUksVUFBVSxDQUFDLEVBQUUsS0FBSyxTQUFTLEtBQUssR0FBRyxDQUFDLENBQUM7QUFDNUQsQ0FBQztBQUFBLElBRUQsdUJBQUssc0ZBQXNGLE1BQU07QUFDL0YsZ0JBQUFBLFFBQU8sVUFBTSxpQ0FBZ0IscUVBQXFFLENBQUMsS0FBSyxDQUFDLEdBQUcsZ0NBQWdDO0FBQzVJLGdCQUFBQSxRQUFPLFVBQU0saUNBQWdCLDZCQUE2QixDQUFDLENBQUMsR0FBRyxFQUFFO0FBQ2pFLGdCQUFBQSxRQUFPLFVBQU0saUNBQWdCLDhCQUE4QixDQUFDLENBQUMsR0FBRyx3QkFBd0I7QUFDeEYsZ0JBQUFBLFFBQU8sVUFBTSxpQ0FBZ0IsMkJBQTJCLENBQUMsQ0FBQyxHQUFHLEtBQUs7QUFDbEUsZ0JBQUFBLFFBQU8sVUFBTSxpQ0FBZ0IsK0JBQStCLENBQUMsS0FBSyxDQUFDLEdBQUcsd0JBQXdCO0FBQzlGLGdCQUFBQSxRQUFPLFVBQU0saUNBQWdCLGdCQUFpQixDQUFDLENBQUMsR0FBRyxTQUFTO0FBRTVELFFBQU0sUUFBUTtBQUNkLGdCQUFBQSxRQUFPLFVBQU0saUNBQWdCLE9BQU8sQ0FBQyxPQUFPLEdBQUcsR0FBRyxJQUFJLEdBQUcscURBQXFEO0FBQzlHLGdCQUFBQSxRQUFPLFVBQU0saUNBQWdCLE9BQU8sQ0FBQyxLQUFLLEdBQUcsR0FBRyxJQUFJLEdBQUcsdUNBQXVDO0FBQzlGLGdCQUFBQSxRQUFPLFVBQU0saUNBQWdCLE9BQU8sQ0FBQyxLQUFLLEdBQUcsR0FBRyxLQUFLLEdBQUcsS0FBSztBQUMvRCxDQUFDO0FBRUQsU0FBUyxXQUFXLE1BQXNCO0FBQ3hDLFFBQU0sVUFBTSxnQ0FBWSwyQkFBSyx1QkFBTyxHQUFHLFVBQVUsQ0FBQztBQUNsRCxpQ0FBTyx1QkFBSyxTQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDcEQsUUFBTSxNQUFNLENBQUMsTUFBYztBQUN6QixrQ0FBVSxHQUFHLEdBQUs7QUFDbEIsZUFBVyxTQUFLLDRCQUFZLEdBQUcsRUFBRSxlQUFlLEtBQUssQ0FBQyxHQUFHO0FBQ3ZELFVBQUksRUFBRSxZQUFZLEVBQUcsU0FBSSx1QkFBSyxHQUFHLEVBQUUsSUFBSSxDQUFDO0FBQUEsVUFDbkMsbUNBQVUsdUJBQUssR0FBRyxFQUFFLElBQUksR0FBRyxHQUFLO0FBQUEsSUFDdkM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxHQUFHO0FBQ1AsU0FBTztBQUNUO0FBQUEsSUFFQSx1QkFBSyx5RkFBeUYsWUFBWTtBQUN4RyxhQUFXLFlBQVEsNEJBQVksT0FBTyxHQUFHO0FBQ3ZDLFFBQUk7QUFDSixRQUFJO0FBQ0YscUJBQVcsaUNBQWEsdUJBQUssU0FBUyxNQUFNLFVBQVUsR0FBRyxNQUFNO0FBQUEsSUFDakUsUUFBUTtBQUNOO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxXQUFXLElBQUk7QUFDM0IsUUFBSTtBQUNGLFlBQU0sVUFBTSx5Q0FBbUIsUUFBUTtBQUV2QyxpQkFBVyxLQUFLLElBQUksU0FBVSxvQ0FBVyx1QkFBSyxLQUFLLEVBQUUsSUFBSSxHQUFHLE9BQU8sRUFBRSxLQUFLLEdBQUcsT0FBTyxFQUFFLEtBQUssQ0FBQztBQUM1RixZQUFNLElBQUksVUFBTSwrQkFBZSxLQUFLLEVBQUUsV0FBVyxPQUFPLElBQUksT0FBTyxTQUFTLEVBQUUsQ0FBQztBQUMvRSxvQkFBQUEsUUFBTyxVQUFVLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDOUIsWUFBTSxjQUFVLGlDQUFhLHVCQUFLLEtBQUssVUFBVSxHQUFHLE1BQU07QUFDMUQsb0JBQUFBLFFBQU8sTUFBTSxTQUFTLFNBQVMsUUFBUSwyQkFBMkIsRUFBRSxHQUFHLElBQUk7QUFDM0Usb0JBQUFBLFFBQU8sY0FBVSxpQ0FBYSx1QkFBSyxLQUFLLGFBQWEsQ0FBQyxPQUFHLHdDQUFrQixTQUFTLE9BQU8sSUFBSSxPQUFPLFNBQVMsQ0FBQyxDQUFDO0FBQ2pILG9CQUFBQSxRQUFPLGNBQVUsNEJBQVksR0FBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsK0JBQStCO0FBQUEsSUFDMUcsVUFBRTtBQUNBLGlDQUFPLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5QztBQUFBLEVBQ0Y7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSywyRkFBMkYsWUFBWTtBQUMxRyxRQUFNLFVBQU0sZ0NBQVksMkJBQUssdUJBQU8sR0FBRyxVQUFVLENBQUM7QUFDbEQsTUFBSTtBQUNGLFVBQU0sY0FBVSxnQ0FBUyxRQUFRLFVBQU0sK0JBQVEsQ0FBQyxFQUFFLE1BQU0sZUFBZSxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDcEYsVUFBTSxPQUFPLEVBQUUsVUFBVSxjQUFjLElBQUksU0FBUyxNQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU8sK0JBQStCLFNBQVMsZ0RBQWdELEtBQUssV0FBVyxZQUFZLFlBQVksVUFBVSxJQUFJO0FBQ3JPLFVBQU0sRUFBRSxVQUFVLElBQUksTUFBTSxPQUFPLFNBQVM7QUFDNUMsa0JBQVUsdUJBQUssS0FBSyxZQUFZLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUN0RCwwQ0FBYyx1QkFBSyxLQUFLLHVCQUF1QixPQUFHLGdDQUFTLFNBQVMsSUFBSSxDQUFDO0FBQ3pFLDBDQUFjLHVCQUFLLEtBQUssd0JBQXdCLEdBQUcsZUFBZTtBQUNsRSxVQUFNLElBQUksVUFBTSwrQkFBZSxLQUFLLEVBQUUsV0FBVyxJQUFLLENBQUM7QUFDdkQsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQ2hDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxRQUFRLENBQUMsRUFBRSxRQUFRLGdDQUFnQztBQUNsRSxVQUFNLFdBQU8saUNBQWEsdUJBQUssS0FBSyxVQUFVLEdBQUcsTUFBTTtBQUN2RCxrQkFBQUEsUUFBTyxNQUFNLE1BQU0saUZBQWlGO0FBQ3BHLFVBQU0sQ0FBQyxDQUFDLFFBQUkseUNBQW1CLElBQUksRUFBRTtBQUNyQyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsS0FBSyxjQUFjO0FBQ2xDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxVQUFVLEdBQUc7QUFDNUIsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE1BQU0sS0FBSztBQUMxQixrQkFBQUEsUUFBTyxNQUFNLEVBQUUsU0FBUyxlQUFlO0FBQ3ZDLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxNQUFNLHVCQUF1QjtBQUM1QyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxRQUFXLDJCQUEyQjtBQUFBLEVBQzlELFVBQUU7QUFDQSwrQkFBTyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDOUM7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSyx5RUFBeUUsWUFBWTtBQUN4RixRQUFNLFVBQU0sZ0NBQVksMkJBQUssdUJBQU8sR0FBRyxVQUFVLENBQUM7QUFDbEQsTUFBSTtBQUNGLFVBQU0sY0FBQUEsUUFBTyxZQUFRLCtCQUFlLEdBQUcsR0FBRyxDQUFDLE1BQWUsYUFBYSw4QkFBYSxFQUFFLFFBQVEsU0FBUyxHQUFHLENBQUM7QUFDM0csa0JBQUFBLFFBQU8sY0FBVSw0QkFBWSxHQUFHLEdBQUcsQ0FBQyxHQUFHLGlCQUFpQjtBQUFBLEVBQzFELFVBQUU7QUFDQSwrQkFBTyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDOUM7QUFDRixDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiXQp9Cg==
