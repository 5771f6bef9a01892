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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3BhY2thZ2VzSW5kZXgudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgUGFja2FnZXMgaW5kZXg6IGV2ZXJ5IHJlYWwgaW5kZXggcm91bmQtdHJpcHMgYnl0ZSBmb3IgYnl0ZSwgUGFja2FnZXMuZ3ogbWF0Y2hlcyBQb3J0YWdlJ3MgYnl0ZXMsIGFuZFxuICogcHVibGlzaGluZyBhIGNvcHkgb2YgYSByZWFsIFBLR0RJUiByZXdyaXRlcyB0aGUgaW5kZXggUG9ydGFnZSB3cm90ZSAoUkVQT19SRVZJU0lPTlMgYXNpZGU6IFBvcnRhZ2Uga2VlcHMgaXRcbiAqIG9ubHkgb24gdGhlIHN0YW56YSBpdCBoYXMganVzdCBpbmplY3RlZCwgYW5kIGRyb3BzIGl0IHdoZW5ldmVyIGl0IHJlLXJlYWRzIHBhY2thZ2VzLCBhcyBwdWJsaXNoIGRvZXMpLlxuICovXG5pbXBvcnQgeyB0ZXN0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGNwU3luYywgY2htb2RTeW5jLCBta2R0ZW1wU3luYywgcmVhZGRpclN5bmMsIHJlYWRGaWxlU3luYywgcm1TeW5jLCB1dGltZXNTeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZ3VuemlwU3luYyB9IGZyb20gJ25vZGU6emxpYic7XG5pbXBvcnQgeyBlZmZlY3RpdmVTdGFuemEsIGZvcm1hdFBhY2thZ2VzSW5kZXgsIGd6aXBQYWNrYWdlc0luZGV4LCBwYXJzZVBhY2thZ2VzSW5kZXgsIHR5cGUgUGFja2FnZXNJbmRleCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9wYWNrYWdlc0luZGV4JztcbmltcG9ydCB7IHB1Ymxpc2hCaW5ob3N0IH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL2Jpbmhvc3QnO1xuaW1wb3J0IHsgcmVkdWNlRGVwU3RyaW5nIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL21ldGFkYXRhJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBtYWtlWHBhaywgY29tcHJlc3MsIG1ha2VUYXIgfSBmcm9tICcuLi9oZWxwZXJzL2JpbnBrZ0FyY2hpdmVzJztcblxuY29uc3QgRklYID0gam9pbihfX2Rpcm5hbWUsICcuLi8uLi8uLi90ZXN0L2ZpeHR1cmVzL3BvcnRhZ2UnKTtcbmNvbnN0IEJJTlBLR1MgPSBqb2luKEZJWCwgJ2JpbnBrZ3MnKTtcbmNvbnN0IGluZGV4RmlsZXMgPSBbXG4gIC4uLnJlYWRkaXJTeW5jKGpvaW4oRklYLCAnYmlucGtnLWluZGV4JykpLmZpbHRlcigoZikgPT4gZi5zdGFydHNXaXRoKCdQYWNrYWdlcycpKS5tYXAoKGYpID0+IGpvaW4oRklYLCAnYmlucGtnLWluZGV4JywgZikpLFxuICAuLi5yZWFkZGlyU3luYyhCSU5QS0dTKS5tYXAoKGQpID0+IGpvaW4oQklOUEtHUywgZCwgJ1BhY2thZ2VzJykpLmZpbHRlcigocCkgPT4geyB0cnkgeyByZWFkRmlsZVN5bmMocCk7IHJldHVybiB0cnVlOyB9IGNhdGNoIHsgcmV0dXJuIGZhbHNlOyB9IH0pLFxuXTtcblxudGVzdCgnZXZlcnkgcmVhbCBQYWNrYWdlcyBmaWxlIHBhcnNlcyBhbmQgd3JpdGVzIGJhY2sgYnl0ZSBmb3IgYnl0ZScsICgpID0+IHtcbiAgYXNzZXJ0Lm9rKGluZGV4RmlsZXMubGVuZ3RoID49IDEwKTtcbiAgZm9yIChjb25zdCBmIG9mIGluZGV4RmlsZXMpIHtcbiAgICBjb25zdCB0ZXh0ID0gcmVhZEZpbGVTeW5jKGYsICd1dGY4Jyk7XG4gICAgY29uc3QgaWR4ID0gcGFyc2VQYWNrYWdlc0luZGV4KHRleHQpO1xuICAgIGFzc2VydC5lcXVhbChpZHgucGFja2FnZXMubGVuZ3RoLCBOdW1iZXIoaWR4LmhlYWRlci5QQUNLQUdFUyksIGYpO1xuICAgIGFzc2VydC5lcXVhbChmb3JtYXRQYWNrYWdlc0luZGV4KGlkeCksIHRleHQsIGYpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocGFyc2VQYWNrYWdlc0luZGV4KGZvcm1hdFBhY2thZ2VzSW5kZXgoaWR4KSksIGlkeCk7XG4gIH1cbn0pO1xuXG50ZXN0KCdldmVyeSBzdGFuemEgaGFzIENQViwgUEFUSCwgU0laRSwgTUQ1LCBTSEExIGFuZCBNVElNRTsgbXVsdGktaW5zdGFuY2Ugb25lcyBhIEJVSUxEX0lEIGluIHRoZSBwYXRoJywgKCkgPT4ge1xuICBmb3IgKGNvbnN0IGYgb2YgaW5kZXhGaWxlcykge1xuICAgIGZvciAoY29uc3QgcCBvZiBwYXJzZVBhY2thZ2VzSW5kZXgocmVhZEZpbGVTeW5jKGYsICd1dGY4JykpLnBhY2thZ2VzKSB7XG4gICAgICBmb3IgKGNvbnN0IGsgb2YgWydDUFYnLCAnUEFUSCcsICdTSVpFJywgJ01ENScsICdTSEExJywgJ01USU1FJ10pIGFzc2VydC5vayhwW2tdLCBgJHtmfTogJHtwLkNQVn0gbGFja3MgJHtrfWApO1xuICAgICAgaWYgKHAuQlVJTERfSUQpIGFzc2VydC5vayhwLlBBVEguaW5jbHVkZXMoYC0ke3AuQlVJTERfSUR9LmApLCBwLlBBVEgpO1xuICAgIH1cbiAgfVxufSk7XG5cbnRlc3QoJ2luaGVyaXRlZCBDSE9TVCBhbmQgZGVmYXVsdHMgKFNMT1QgMCkgYXJlIGZpbGxlZCBpbiBmcm9tIHRoZSBoZWFkZXInLCAoKSA9PiB7XG4gIGNvbnN0IGlkeCA9IHBhcnNlUGFja2FnZXNJbmRleChyZWFkRmlsZVN5bmMoam9pbihCSU5QS0dTLCAnd2l0aGRlcC9QYWNrYWdlcycpLCAndXRmOCcpKTtcbiAgY29uc3QgZCA9IGVmZmVjdGl2ZVN0YW56YShpZHgsIGlkeC5wYWNrYWdlc1swXSk7XG4gIGFzc2VydC5lcXVhbChkLkNIT1NULCBpZHguaGVhZGVyLkNIT1NUKTtcbiAgYXNzZXJ0LmVxdWFsKGQuU0xPVCwgJzAnKTtcbn0pO1xuXG50ZXN0KCdQYWNrYWdlcy5neiBpcyBieXRlLWlkZW50aWNhbCB0byB0aGUgb25lIFBvcnRhZ2Ugd3JvdGUnLCAoKSA9PiB7XG4gIGZvciAoY29uc3QgZCBvZiByZWFkZGlyU3luYyhCSU5QS0dTKSkge1xuICAgIGxldCB0ZXh0OiBzdHJpbmc7XG4gICAgdHJ5IHtcbiAgICAgIHRleHQgPSByZWFkRmlsZVN5bmMoam9pbihCSU5QS0dTLCBkLCAnUGFja2FnZXMnKSwgJ3V0ZjgnKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBneiA9IGd6aXBQYWNrYWdlc0luZGV4KHRleHQsIE51bWJlcihwYXJzZVBhY2thZ2VzSW5kZXgodGV4dCkuaGVhZGVyLlRJTUVTVEFNUCkpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoZ3osIHJlYWRGaWxlU3luYyhqb2luKEJJTlBLR1MsIGQsICdQYWNrYWdlcy5neicpKSwgZCk7XG4gICAgYXNzZXJ0LmVxdWFsKGd1bnppcFN5bmMoZ3opLnRvU3RyaW5nKCd1dGY4JyksIHRleHQpO1xuICB9XG59KTtcblxudGVzdCgnd3JpdGluZyBzb3J0cyBzdGFuemFzIGJ5IENQViBzdHJpbmcgKHN0YWJsZSBmb3IgbXVsdGktaW5zdGFuY2UgYnVpbGRzKSBhbmQga2V5cyBieSBQb3J0YWdlIG5hbWUsIE1USU1FIGFuZCBSRVBPIGxhc3QnLCAoKSA9PiB7XG4gIGNvbnN0IGlkeDogUGFja2FnZXNJbmRleCA9IHtcbiAgICBoZWFkZXI6IHsgVkVSU0lPTjogJzAnLCBDSE9TVDogJ3g4Nl82NC1wYy1saW51eC1nbnUnLCBQQUNLQUdFUzogJzMnLCBUSU1FU1RBTVA6ICcxJyB9LFxuICAgIHBhY2thZ2VzOiBbXG4gICAgICB7IENQVjogJ2FwcC1taXNjL2Zvby05JywgUkVQTzogJ2dlbnRvbycsIE1USU1FOiAnNScsIFVTRTogJ2EnLCBDSE9TVDogJ3g4Nl82NC1wYy1saW51eC1nbnUnLCBTTE9UOiAnMCcsIEVBUEk6ICc4JywgQlVJTERfSUQ6ICcyJywgUEFUSDogJ2FwcC1taXNjL2Zvby9mb28tOS0yLnhwYWsnIH0sXG4gICAgICB7IENQVjogJ2FwcC1taXNjL2Zvby0xMCcsIEJVSUxEX0lEOiAnMScsIFBBVEg6ICdwJywgSVVTRTogJycgfSxcbiAgICAgIHsgQ1BWOiAnYXBwLW1pc2MvZm9vLTknLCBCVUlMRF9JRDogJzEnLCBQQVRIOiAnYXBwLW1pc2MvZm9vL2Zvby05LTEueHBhaycsIERFU0M6ICdkJyB9LFxuICAgIF0sXG4gIH07XG4gIGNvbnN0IHRleHQgPSBmb3JtYXRQYWNrYWdlc0luZGV4KGlkeCk7XG4gIGFzc2VydC5lcXVhbCh0ZXh0LCBbXG4gICAgJ0NIT1NUOiB4ODZfNjQtcGMtbGludXgtZ251JywgJ1BBQ0tBR0VTOiAzJywgJ1RJTUVTVEFNUDogMScsICdWRVJTSU9OOiAwJywgJycsXG4gICAgJ0JVSUxEX0lEOiAxJywgJ0NQVjogYXBwLW1pc2MvZm9vLTEwJywgJ1BBVEg6IHAnLCAnJyxcbiAgICAnQlVJTERfSUQ6IDInLCAnQ1BWOiBhcHAtbWlzYy9mb28tOScsICdFQVBJOiA4JywgJ1BBVEg6IGFwcC1taXNjL2Zvby9mb28tOS0yLnhwYWsnLCAnVVNFOiBhJywgJ01USU1FOiA1JywgJ1JFUE86IGdlbnRvbycsICcnLFxuICAgICdCVUlMRF9JRDogMScsICdDUFY6IGFwcC1taXNjL2Zvby05JywgJ0RFU0M6IGQnLCAnUEFUSDogYXBwLW1pc2MvZm9vL2Zvby05LTEueHBhaycsICcnLCAnJyxcbiAgXS5qb2luKCdcXG4nKSk7XG4gIGNvbnN0IHVwZGF0ZWQgPSBwYXJzZVBhY2thZ2VzSW5kZXgoZm9ybWF0UGFja2FnZXNJbmRleChpZHgsIHsgdGltZXN0YW1wOiAxNzk1NTA1OTQ5LjcgfSkpO1xuICBhc3NlcnQuZXF1YWwodXBkYXRlZC5oZWFkZXIuVElNRVNUQU1QLCAnMTc5NTUwNTk0OScpO1xufSk7XG5cbnRlc3QoJ3BhcnNpbmcgZm9sbG93cyBQb3J0YWdlOiBsaW5lcyB3aXRob3V0IGEgY29sb24gYXJlIHNraXBwZWQsIHN0YW56YXMgd2l0aG91dCBDUFYgZHJvcHBlZCwgYW4gZW1wdHkgc3RhbnphIGVuZHMgdGhlIGZpbGUnLCAoKSA9PiB7XG4gIGNvbnN0IGlkeCA9IHBhcnNlUGFja2FnZXNJbmRleCgnVkVSU0lPTjogMFxcbm5vbnNlbnNlXFxuXFxuU0laRTogMVxcblxcbkNQVjogYS9iLTFcXG5LRVk6XFxuXFxuXFxuQ1BWOiBjL2QtMVxcbicpO1xuICBhc3NlcnQuZGVlcEVxdWFsKGlkeC5oZWFkZXIsIHsgVkVSU0lPTjogJzAnIH0pO1xuICBhc3NlcnQuZGVlcEVxdWFsKGlkeC5wYWNrYWdlcywgW3sgQ1BWOiAnYS9iLTEnLCBLRVk6ICcnIH1dKTtcbn0pO1xuXG50ZXN0KCdVU0UgY29uZGl0aW9uYWxzIGluIGRlcGVuZGVuY2llcyBhcmUgZXZhbHVhdGVkIGFzIFBvcnRhZ2Ugd3JpdGVzIHRoZW0gaW4gdGhlIGluZGV4JywgKCkgPT4ge1xuICBhc3NlcnQuZXF1YWwocmVkdWNlRGVwU3RyaW5nKCdzc2w/ICggZGV2LWxpYnMvb3BlbnNzbCApICFzc2w/ICggZGV2LWxpYnMvbmV0dGxlICkgc3lzLWxpYnMvemxpYicsIFsnc3NsJ10pLCAnZGV2LWxpYnMvb3BlbnNzbCBzeXMtbGlicy96bGliJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoJ3NzbD8gKCBkZXYtbGlicy9vcGVuc3NsICknLCBbXSksICcnKTtcbiAgYXNzZXJ0LmVxdWFsKHJlZHVjZURlcFN0cmluZygnfHwgKCBhL2IgYy9kICkgKCBlL2YgZy9oICknLCBbXSksICd8fCAoIGEvYiBjL2QgKSBlL2YgZy9oJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoJ3x8ICggZm9vPyAoIGEvYiApIGMvZCApJywgW10pLCAnYy9kJyk7XG4gIGFzc2VydC5lcXVhbChyZWR1Y2VEZXBTdHJpbmcoJ3x8ICggZm9vPyAoIGEvYiBlL2YgKSBjL2QgKScsIFsnZm9vJ10pLCAnfHwgKCAoIGEvYiBlL2YgKSBjL2QgKScpO1xuICBhc3NlcnQuZXF1YWwocmVkdWNlRGVwU3RyaW5nKCcgIGEvYlxcblxcdGMvZCAnLCBbXSksICdhL2IgYy9kJyk7XG59KTtcblxuZnVuY3Rpb24gY29weVBrZ2RpcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAncHVibGlzaC0nKSk7XG4gIGNwU3luYyhqb2luKEJJTlBLR1MsIG5hbWUpLCBkaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICBjb25zdCBmaXggPSAoZDogc3RyaW5nKSA9PiB7XG4gICAgY2htb2RTeW5jKGQsIDBvNzU1KTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgcmVhZGRpclN5bmMoZCwgeyB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pKSB7XG4gICAgICBpZiAoZS5pc0RpcmVjdG9yeSgpKSBmaXgoam9pbihkLCBlLm5hbWUpKTtcbiAgICAgIGVsc2UgY2htb2RTeW5jKGpvaW4oZCwgZS5uYW1lKSwgMG82NDQpO1xuICAgIH1cbiAgfTtcbiAgZml4KGRpcik7XG4gIHJldHVybiBkaXI7XG59XG5cbnRlc3QoJ3B1Ymxpc2hpbmcgYSBjb3B5IG9mIGVhY2ggcmVhbCBQS0dESVIgcmV3cml0ZXMgdGhlIGluZGV4IFBvcnRhZ2Ugd3JvdGUsIGJ5dGUgZm9yIGJ5dGUnLCBhc3luYyAoKSA9PiB7XG4gIGZvciAoY29uc3QgbmFtZSBvZiByZWFkZGlyU3luYyhCSU5QS0dTKSkge1xuICAgIGxldCBvcmlnaW5hbDogc3RyaW5nO1xuICAgIHRyeSB7XG4gICAgICBvcmlnaW5hbCA9IHJlYWRGaWxlU3luYyhqb2luKEJJTlBLR1MsIG5hbWUsICdQYWNrYWdlcycpLCAndXRmOCcpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IGRpciA9IGNvcHlQa2dkaXIobmFtZSk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGlkeCA9IHBhcnNlUGFja2FnZXNJbmRleChvcmlnaW5hbCk7XG4gICAgICAvLyBUaGUgY29waWVzIGdldCBuZXcgbXRpbWVzOiBnaXZlIHRoZW0gYmFjayB0aGUgb25lcyBQb3J0YWdlIHJlY29yZGVkLlxuICAgICAgZm9yIChjb25zdCBwIG9mIGlkeC5wYWNrYWdlcykgdXRpbWVzU3luYyhqb2luKGRpciwgcC5QQVRIKSwgTnVtYmVyKHAuTVRJTUUpLCBOdW1iZXIocC5NVElNRSkpO1xuICAgICAgY29uc3QgciA9IGF3YWl0IHB1Ymxpc2hCaW5ob3N0KGRpciwgeyB0aW1lc3RhbXA6IE51bWJlcihpZHguaGVhZGVyLlRJTUVTVEFNUCkgfSk7XG4gICAgICBhc3NlcnQuZGVlcEVxdWFsKHIuc2tpcHBlZCwgW10pO1xuICAgICAgY29uc3Qgd3JpdHRlbiA9IHJlYWRGaWxlU3luYyhqb2luKGRpciwgJ1BhY2thZ2VzJyksICd1dGY4Jyk7XG4gICAgICBhc3NlcnQuZXF1YWwod3JpdHRlbiwgb3JpZ2luYWwucmVwbGFjZSgvXlJFUE9fUkVWSVNJT05TOiAuKlxcbi9nbSwgJycpLCBuYW1lKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocmVhZEZpbGVTeW5jKGpvaW4oZGlyLCAnUGFja2FnZXMuZ3onKSksIGd6aXBQYWNrYWdlc0luZGV4KHdyaXR0ZW4sIE51bWJlcihpZHguaGVhZGVyLlRJTUVTVEFNUCkpKTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocmVhZGRpclN5bmMoZGlyKS5maWx0ZXIoKGYpID0+IGYuaW5jbHVkZXMoJy50bXAnKSksIFtdLCAnbm8gdGVtcG9yYXJ5IGZpbGUgbGVmdCBiZWhpbmQnKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICAgIH1cbiAgfVxufSk7XG5cbnRlc3QoJ3B1Ymxpc2hpbmcgYSBuZXcgUEtHRElSIHdpdGggYSBicm9rZW4gcGFja2FnZSBpbmRleGVzIHRoZSByZXN0IGFuZCBuYW1lcyB0aGUgYnJva2VuIG9uZScsIGFzeW5jICgpID0+IHtcbiAgY29uc3QgZGlyID0gbWtkdGVtcFN5bmMoam9pbih0bXBkaXIoKSwgJ3B1Ymxpc2gtJykpO1xuICB0cnkge1xuICAgIGNvbnN0IHRhcmJhbGwgPSBjb21wcmVzcygnZ3ppcCcsIGF3YWl0IG1ha2VUYXIoW3sgbmFtZTogJy4vdXNyL2Jpbi94JywgZGF0YTogJ3gnIH1dKSk7XG4gICAgY29uc3QgbWV0YSA9IHsgQ0FURUdPUlk6ICdhcHAtbWlzY1xcbicsIFBGOiAneC0xXFxuJywgU0xPVDogJzAvMVxcbicsIEVBUEk6ICc4XFxuJywgQ0hPU1Q6ICdhYXJjaDY0LXVua25vd24tbGludXgtZ251XFxuJywgUkRFUEVORDogJ3NzbD8gKCBkZXYtbGlicy9vcGVuc3NsIClcXG4gIHN5cy1saWJzL3psaWJcXG4nLCBVU0U6ICdhcm02NFxcbicsIHJlcG9zaXRvcnk6ICdnZW50b29cXG4nLCBCVUlMRF9JRDogJzMnIH07XG4gICAgY29uc3QgeyBta2RpclN5bmMgfSA9IGF3YWl0IGltcG9ydCgnbm9kZTpmcycpO1xuICAgIG1rZGlyU3luYyhqb2luKGRpciwgJ2FwcC1taXNjL3gnKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgd3JpdGVGaWxlU3luYyhqb2luKGRpciwgJ2FwcC1taXNjL3gveC0xLTMueHBhaycpLCBtYWtlWHBhayh0YXJiYWxsLCBtZXRhKSk7XG4gICAgd3JpdGVGaWxlU3luYyhqb2luKGRpciwgJ2FwcC1taXNjL2Jyb2tlbi0xLnRiejInKSwgJ25vdCBhIHBhY2thZ2UnKTtcbiAgICBjb25zdCByID0gYXdhaXQgcHVibGlzaEJpbmhvc3QoZGlyLCB7IHRpbWVzdGFtcDogMTAwMCB9KTtcbiAgICBhc3NlcnQuZXF1YWwoci5za2lwcGVkLmxlbmd0aCwgMSk7XG4gICAgYXNzZXJ0Lm1hdGNoKHIuc2tpcHBlZFswXS5yZWFzb24sIC9icm9rZW4tMVxcLnRiejI6IG5laXRoZXIgYSBHUEtHLyk7XG4gICAgY29uc3QgdGV4dCA9IHJlYWRGaWxlU3luYyhqb2luKGRpciwgJ1BhY2thZ2VzJyksICd1dGY4Jyk7XG4gICAgYXNzZXJ0Lm1hdGNoKHRleHQsIC9eQ0hPU1Q6IGFhcmNoNjQtdW5rbm93bi1saW51eC1nbnVcXG5QQUNLQUdFUzogMVxcblRJTUVTVEFNUDogMTAwMFxcblZFUlNJT046IDBcXG5cXG4vKTtcbiAgICBjb25zdCBbcF0gPSBwYXJzZVBhY2thZ2VzSW5kZXgodGV4dCkucGFja2FnZXM7XG4gICAgYXNzZXJ0LmVxdWFsKHAuQ1BWLCAnYXBwLW1pc2MveC0xJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHAuQlVJTERfSUQsICczJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHAuU0xPVCwgJzAvMScpO1xuICAgIGFzc2VydC5lcXVhbChwLlJERVBFTkQsICdzeXMtbGlicy96bGliJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHAuUEFUSCwgJ2FwcC1taXNjL3gveC0xLTMueHBhaycpO1xuICAgIGFzc2VydC5lcXVhbChwLkNIT1NULCB1bmRlZmluZWQsICdpbmhlcml0ZWQgZnJvbSB0aGUgaGVhZGVyJyk7XG4gIH0gZmluYWxseSB7XG4gICAgcm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICB9XG59KTtcblxudGVzdCgncHVibGlzaGluZyBhIGZvbGRlciB3aXRob3V0IHBhY2thZ2VzIGlzIGEgVXNlckVycm9yIG5hbWluZyB0aGUgZm9sZGVyJywgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBkaXIgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAncHVibGlzaC0nKSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMocHVibGlzaEJpbmhvc3QoZGlyKSwgKGU6IHVua25vd24pID0+IGUgaW5zdGFuY2VvZiBVc2VyRXJyb3IgJiYgZS5tZXNzYWdlLmluY2x1ZGVzKGRpcikpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwocmVhZGRpclN5bmMoZGlyKSwgW10sICdub3RoaW5nIHdyaXR0ZW4nKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBybVN5bmMoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH1cbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFLQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLHFCQUE2RztBQUM3RyxxQkFBdUI7QUFDdkIsdUJBQXFCO0FBQ3JCLHVCQUEyQjtBQUMzQiwyQkFBZ0g7QUFDaEgscUJBQStCO0FBQy9CLHNCQUFnQztBQUNoQyx1QkFBMEI7QUFDMUIsNEJBQTRDO0FBRTVDLE1BQU0sVUFBTSx1QkFBSyxXQUFXLGdDQUFnQztBQUM1RCxNQUFNLGNBQVUsdUJBQUssS0FBSyxTQUFTO0FBQ25DLE1BQU0sYUFBYTtBQUFBLEVBQ2pCLE9BQUcsZ0NBQVksdUJBQUssS0FBSyxjQUFjLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsVUFBVSxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQU0sdUJBQUssS0FBSyxnQkFBZ0IsQ0FBQyxDQUFDO0FBQUEsRUFDekgsT0FBRyw0QkFBWSxPQUFPLEVBQUUsSUFBSSxDQUFDLFVBQU0sdUJBQUssU0FBUyxHQUFHLFVBQVUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNO0FBQUUsUUFBSTtBQUFFLHVDQUFhLENBQUM7QUFBRyxhQUFPO0FBQUEsSUFBTSxRQUFRO0FBQUUsYUFBTztBQUFBLElBQU87QUFBQSxFQUFFLENBQUM7QUFDbEo7QUFBQSxJQUVBLHVCQUFLLGlFQUFpRSxNQUFNO0FBQzFFLGdCQUFBQSxRQUFPLEdBQUcsV0FBVyxVQUFVLEVBQUU7QUFDakMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxXQUFPLDZCQUFhLEdBQUcsTUFBTTtBQUNuQyxVQUFNLFVBQU0seUNBQW1CLElBQUk7QUFDbkMsa0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUSxPQUFPLElBQUksT0FBTyxRQUFRLEdBQUcsQ0FBQztBQUNoRSxrQkFBQUEsUUFBTyxVQUFNLDBDQUFvQixHQUFHLEdBQUcsTUFBTSxDQUFDO0FBQzlDLGtCQUFBQSxRQUFPLGNBQVUsNkNBQW1CLDBDQUFvQixHQUFHLENBQUMsR0FBRyxHQUFHO0FBQUEsRUFDcEU7QUFDRixDQUFDO0FBQUEsSUFFRCx1QkFBSyxxR0FBcUcsTUFBTTtBQUM5RyxhQUFXLEtBQUssWUFBWTtBQUMxQixlQUFXLFNBQUssNkNBQW1CLDZCQUFhLEdBQUcsTUFBTSxDQUFDLEVBQUUsVUFBVTtBQUNwRSxpQkFBVyxLQUFLLENBQUMsT0FBTyxRQUFRLFFBQVEsT0FBTyxRQUFRLE9BQU8sRUFBRyxlQUFBQSxRQUFPLEdBQUcsRUFBRSxDQUFDLEdBQUcsR0FBRyxDQUFDLEtBQUssRUFBRSxHQUFHLFVBQVUsQ0FBQyxFQUFFO0FBQzVHLFVBQUksRUFBRSxTQUFVLGVBQUFBLFFBQU8sR0FBRyxFQUFFLEtBQUssU0FBUyxJQUFJLEVBQUUsUUFBUSxHQUFHLEdBQUcsRUFBRSxJQUFJO0FBQUEsSUFDdEU7QUFBQSxFQUNGO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUssdUVBQXVFLE1BQU07QUFDaEYsUUFBTSxVQUFNLDZDQUFtQixpQ0FBYSx1QkFBSyxTQUFTLGtCQUFrQixHQUFHLE1BQU0sQ0FBQztBQUN0RixRQUFNLFFBQUksc0NBQWdCLEtBQUssSUFBSSxTQUFTLENBQUMsQ0FBQztBQUM5QyxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsT0FBTyxJQUFJLE9BQU8sS0FBSztBQUN0QyxnQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSxHQUFHO0FBQzFCLENBQUM7QUFBQSxJQUVELHVCQUFLLDBEQUEwRCxNQUFNO0FBQ25FLGFBQVcsU0FBSyw0QkFBWSxPQUFPLEdBQUc7QUFDcEMsUUFBSTtBQUNKLFFBQUk7QUFDRixpQkFBTyxpQ0FBYSx1QkFBSyxTQUFTLEdBQUcsVUFBVSxHQUFHLE1BQU07QUFBQSxJQUMxRCxRQUFRO0FBQ047QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFLLHdDQUFrQixNQUFNLFdBQU8seUNBQW1CLElBQUksRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUNwRixrQkFBQUEsUUFBTyxVQUFVLFFBQUksaUNBQWEsdUJBQUssU0FBUyxHQUFHLGFBQWEsQ0FBQyxHQUFHLENBQUM7QUFDckUsa0JBQUFBLFFBQU8sVUFBTSw2QkFBVyxFQUFFLEVBQUUsU0FBUyxNQUFNLEdBQUcsSUFBSTtBQUFBLEVBQ3BEO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUssd0hBQXdILE1BQU07QUFDakksUUFBTSxNQUFxQjtBQUFBLElBQ3pCLFFBQVEsRUFBRSxTQUFTLEtBQUssT0FBTyx1QkFBdUIsVUFBVSxLQUFLLFdBQVcsSUFBSTtBQUFBLElBQ3BGLFVBQVU7QUFBQSxNQUNSLEVBQUUsS0FBSyxrQkFBa0IsTUFBTSxVQUFVLE9BQU8sS0FBSyxLQUFLLEtBQUssT0FBTyx1QkFBdUIsTUFBTSxLQUFLLE1BQU0sS0FBSyxVQUFVLEtBQUssTUFBTSw0QkFBNEI7QUFBQSxNQUNwSyxFQUFFLEtBQUssbUJBQW1CLFVBQVUsS0FBSyxNQUFNLEtBQUssTUFBTSxHQUFHO0FBQUEsTUFDN0QsRUFBRSxLQUFLLGtCQUFrQixVQUFVLEtBQUssTUFBTSw2QkFBNkIsTUFBTSxJQUFJO0FBQUEsSUFDdkY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxXQUFPLDBDQUFvQixHQUFHO0FBQ3BDLGdCQUFBQSxRQUFPLE1BQU0sTUFBTTtBQUFBLElBQ2pCO0FBQUEsSUFBOEI7QUFBQSxJQUFlO0FBQUEsSUFBZ0I7QUFBQSxJQUFjO0FBQUEsSUFDM0U7QUFBQSxJQUFlO0FBQUEsSUFBd0I7QUFBQSxJQUFXO0FBQUEsSUFDbEQ7QUFBQSxJQUFlO0FBQUEsSUFBdUI7QUFBQSxJQUFXO0FBQUEsSUFBbUM7QUFBQSxJQUFVO0FBQUEsSUFBWTtBQUFBLElBQWdCO0FBQUEsSUFDMUg7QUFBQSxJQUFlO0FBQUEsSUFBdUI7QUFBQSxJQUFXO0FBQUEsSUFBbUM7QUFBQSxJQUFJO0FBQUEsRUFDMUYsRUFBRSxLQUFLLElBQUksQ0FBQztBQUNaLFFBQU0sY0FBVSw2Q0FBbUIsMENBQW9CLEtBQUssRUFBRSxXQUFXLGVBQWEsQ0FBQyxDQUFDO0FBQ3hGLGdCQUFBQSxRQUFPLE1BQU0sUUFBUSxPQUFPLFdBQVcsWUFBWTtBQUNyRCxDQUFDO0FBQUEsSUFFRCx1QkFBSywwSEFBMEgsTUFBTTtBQUNuSSxRQUFNLFVBQU0seUNBQW1CLHVFQUF1RTtBQUN0RyxnQkFBQUEsUUFBTyxVQUFVLElBQUksUUFBUSxFQUFFLFNBQVMsSUFBSSxDQUFDO0FBQzdDLGdCQUFBQSxRQUFPLFVBQVUsSUFBSSxVQUFVLENBQUMsRUFBRSxLQUFLLFNBQVMsS0FBSyxHQUFHLENBQUMsQ0FBQztBQUM1RCxDQUFDO0FBQUEsSUFFRCx1QkFBSyxzRkFBc0YsTUFBTTtBQUMvRixnQkFBQUEsUUFBTyxVQUFNLGlDQUFnQixxRUFBcUUsQ0FBQyxLQUFLLENBQUMsR0FBRyxnQ0FBZ0M7QUFDNUksZ0JBQUFBLFFBQU8sVUFBTSxpQ0FBZ0IsNkJBQTZCLENBQUMsQ0FBQyxHQUFHLEVBQUU7QUFDakUsZ0JBQUFBLFFBQU8sVUFBTSxpQ0FBZ0IsOEJBQThCLENBQUMsQ0FBQyxHQUFHLHdCQUF3QjtBQUN4RixnQkFBQUEsUUFBTyxVQUFNLGlDQUFnQiwyQkFBMkIsQ0FBQyxDQUFDLEdBQUcsS0FBSztBQUNsRSxnQkFBQUEsUUFBTyxVQUFNLGlDQUFnQiwrQkFBK0IsQ0FBQyxLQUFLLENBQUMsR0FBRyx3QkFBd0I7QUFDOUYsZ0JBQUFBLFFBQU8sVUFBTSxpQ0FBZ0IsZ0JBQWlCLENBQUMsQ0FBQyxHQUFHLFNBQVM7QUFDOUQsQ0FBQztBQUVELFNBQVMsV0FBVyxNQUFzQjtBQUN4QyxRQUFNLFVBQU0sZ0NBQVksMkJBQUssdUJBQU8sR0FBRyxVQUFVLENBQUM7QUFDbEQsaUNBQU8sdUJBQUssU0FBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ3BELFFBQU0sTUFBTSxDQUFDLE1BQWM7QUFDekIsa0NBQVUsR0FBRyxHQUFLO0FBQ2xCLGVBQVcsU0FBSyw0QkFBWSxHQUFHLEVBQUUsZUFBZSxLQUFLLENBQUMsR0FBRztBQUN2RCxVQUFJLEVBQUUsWUFBWSxFQUFHLFNBQUksdUJBQUssR0FBRyxFQUFFLElBQUksQ0FBQztBQUFBLFVBQ25DLG1DQUFVLHVCQUFLLEdBQUcsRUFBRSxJQUFJLEdBQUcsR0FBSztBQUFBLElBQ3ZDO0FBQUEsRUFDRjtBQUNBLE1BQUksR0FBRztBQUNQLFNBQU87QUFDVDtBQUFBLElBRUEsdUJBQUsseUZBQXlGLFlBQVk7QUFDeEcsYUFBVyxZQUFRLDRCQUFZLE9BQU8sR0FBRztBQUN2QyxRQUFJO0FBQ0osUUFBSTtBQUNGLHFCQUFXLGlDQUFhLHVCQUFLLFNBQVMsTUFBTSxVQUFVLEdBQUcsTUFBTTtBQUFBLElBQ2pFLFFBQVE7QUFDTjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sV0FBVyxJQUFJO0FBQzNCLFFBQUk7QUFDRixZQUFNLFVBQU0seUNBQW1CLFFBQVE7QUFFdkMsaUJBQVcsS0FBSyxJQUFJLFNBQVUsb0NBQVcsdUJBQUssS0FBSyxFQUFFLElBQUksR0FBRyxPQUFPLEVBQUUsS0FBSyxHQUFHLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDNUYsWUFBTSxJQUFJLFVBQU0sK0JBQWUsS0FBSyxFQUFFLFdBQVcsT0FBTyxJQUFJLE9BQU8sU0FBUyxFQUFFLENBQUM7QUFDL0Usb0JBQUFBLFFBQU8sVUFBVSxFQUFFLFNBQVMsQ0FBQyxDQUFDO0FBQzlCLFlBQU0sY0FBVSxpQ0FBYSx1QkFBSyxLQUFLLFVBQVUsR0FBRyxNQUFNO0FBQzFELG9CQUFBQSxRQUFPLE1BQU0sU0FBUyxTQUFTLFFBQVEsMkJBQTJCLEVBQUUsR0FBRyxJQUFJO0FBQzNFLG9CQUFBQSxRQUFPLGNBQVUsaUNBQWEsdUJBQUssS0FBSyxhQUFhLENBQUMsT0FBRyx3Q0FBa0IsU0FBUyxPQUFPLElBQUksT0FBTyxTQUFTLENBQUMsQ0FBQztBQUNqSCxvQkFBQUEsUUFBTyxjQUFVLDRCQUFZLEdBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxHQUFHLCtCQUErQjtBQUFBLElBQzFHLFVBQUU7QUFDQSxpQ0FBTyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUM7QUFBQSxFQUNGO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUssMkZBQTJGLFlBQVk7QUFDMUcsUUFBTSxVQUFNLGdDQUFZLDJCQUFLLHVCQUFPLEdBQUcsVUFBVSxDQUFDO0FBQ2xELE1BQUk7QUFDRixVQUFNLGNBQVUsZ0NBQVMsUUFBUSxVQUFNLCtCQUFRLENBQUMsRUFBRSxNQUFNLGVBQWUsTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3BGLFVBQU0sT0FBTyxFQUFFLFVBQVUsY0FBYyxJQUFJLFNBQVMsTUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPLCtCQUErQixTQUFTLGdEQUFnRCxLQUFLLFdBQVcsWUFBWSxZQUFZLFVBQVUsSUFBSTtBQUNyTyxVQUFNLEVBQUUsVUFBVSxJQUFJLE1BQU0sT0FBTyxTQUFTO0FBQzVDLGtCQUFVLHVCQUFLLEtBQUssWUFBWSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDdEQsMENBQWMsdUJBQUssS0FBSyx1QkFBdUIsT0FBRyxnQ0FBUyxTQUFTLElBQUksQ0FBQztBQUN6RSwwQ0FBYyx1QkFBSyxLQUFLLHdCQUF3QixHQUFHLGVBQWU7QUFDbEUsVUFBTSxJQUFJLFVBQU0sK0JBQWUsS0FBSyxFQUFFLFdBQVcsSUFBSyxDQUFDO0FBQ3ZELGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUNoQyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsUUFBUSxDQUFDLEVBQUUsUUFBUSxnQ0FBZ0M7QUFDbEUsVUFBTSxXQUFPLGlDQUFhLHVCQUFLLEtBQUssVUFBVSxHQUFHLE1BQU07QUFDdkQsa0JBQUFBLFFBQU8sTUFBTSxNQUFNLGlGQUFpRjtBQUNwRyxVQUFNLENBQUMsQ0FBQyxRQUFJLHlDQUFtQixJQUFJLEVBQUU7QUFDckMsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLEtBQUssY0FBYztBQUNsQyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsVUFBVSxHQUFHO0FBQzVCLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxNQUFNLEtBQUs7QUFDMUIsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQVMsZUFBZTtBQUN2QyxrQkFBQUEsUUFBTyxNQUFNLEVBQUUsTUFBTSx1QkFBdUI7QUFDNUMsa0JBQUFBLFFBQU8sTUFBTSxFQUFFLE9BQU8sUUFBVywyQkFBMkI7QUFBQSxFQUM5RCxVQUFFO0FBQ0EsK0JBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQzlDO0FBQ0YsQ0FBQztBQUFBLElBRUQsdUJBQUsseUVBQXlFLFlBQVk7QUFDeEYsUUFBTSxVQUFNLGdDQUFZLDJCQUFLLHVCQUFPLEdBQUcsVUFBVSxDQUFDO0FBQ2xELE1BQUk7QUFDRixVQUFNLGNBQUFBLFFBQU8sWUFBUSwrQkFBZSxHQUFHLEdBQUcsQ0FBQyxNQUFlLGFBQWEsOEJBQWEsRUFBRSxRQUFRLFNBQVMsR0FBRyxDQUFDO0FBQzNHLGtCQUFBQSxRQUFPLGNBQVUsNEJBQVksR0FBRyxHQUFHLENBQUMsR0FBRyxpQkFBaUI7QUFBQSxFQUMxRCxVQUFFO0FBQ0EsK0JBQU8sS0FBSyxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQzlDO0FBQ0YsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0Il0KfQo=
