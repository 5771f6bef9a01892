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
var import_node_crypto = require("node:crypto");
var import_byteSource = require("../../src/core/binpkg/byteSource");
var import_decompress = require("../../src/core/binpkg/decompress");
var import_readPackage = require("../../src/core/binpkg/readPackage");
var import_binpkgArchives = require("../helpers/binpkgArchives");
const META = { CATEGORY: "dev-libs\n", PF: "multi-2.1-r1\n", SLOT: "2/2.1\n", USE: "ssl\n", IUSE: "+ssl -static\n", RDEPEND: "ssl? ( dev-libs/openssl:= )\n" };
const IMAGE = [
  { name: "image/", type: "directory" },
  { name: "image/usr/lib64/libmulti.so.2", data: (0, import_node_crypto.randomBytes)(3e5), mode: 493 },
  { name: "image/usr/lib64/libmulti.so", type: "symlink", linkname: "libmulti.so.2" },
  { name: "image/usr/share/doc/" + "d".repeat(120) + "/README", data: "long name via pax" }
];
const KINDS = ["zstd", "bzip2", "xz", "gzip", "lz4"];
const SUFFIX = { zstd: "zst", bzip2: "bz2", xz: "xz", gzip: "gz", lz4: "lz4" };
for (const kind of KINDS) {
  (0, import_node_test.test)(`GPKG with ${kind} members and an XPAK with a ${kind} tarball list the same files`, { skip: kind !== "gzip" && !(0, import_binpkgArchives.hasTool)(kind) }, async () => {
    const imageTar = await (0, import_binpkgArchives.makeTar)(IMAGE);
    const gpkg = await (0, import_binpkgArchives.makeGpkg)("multi-2.1-r1-7", [
      { name: "gpkg-1", data: Buffer.alloc(0) },
      { name: `metadata.tar.${SUFFIX[kind]}`, data: (0, import_binpkgArchives.compress)(kind, await (0, import_binpkgArchives.makeTar)((0, import_binpkgArchives.metadataItems)(META))) },
      { name: `image.tar.${SUFFIX[kind]}`, data: (0, import_binpkgArchives.compress)(kind, imageTar) }
    ]);
    const g = await (0, import_readPackage.readBinaryPackageFrom)((0, import_byteSource.bufferSource)("multi-2.1-r1-7.gpkg.tar", gpkg));
    const xpakTar = await (0, import_binpkgArchives.makeTar)(IMAGE.map((i) => ({ ...i, name: i.name.replace(/^image\/?/, "./") })));
    const x = await (0, import_readPackage.readBinaryPackageFrom)((0, import_byteSource.bufferSource)("multi-2.1-r1-7.xpak", (0, import_binpkgArchives.makeXpak)((0, import_binpkgArchives.compress)(kind, xpakTar), META)));
    for (const pkg of [g, x]) {
      import_strict.default.deepEqual(pkg.problems, []);
      import_strict.default.equal(pkg.cpv, "dev-libs/multi-2.1-r1");
      import_strict.default.equal(pkg.pn, "multi");
      import_strict.default.equal(pkg.version, "2.1-r1");
      import_strict.default.equal(pkg.buildId, 7, "from the directory name or the .xpak file name");
      import_strict.default.equal(pkg.compression.image, kind);
      import_strict.default.deepEqual(pkg.use, { enabled: ["ssl"], disabled: ["static"], defaults: { ssl: "+", static: "-" } });
      import_strict.default.deepEqual(pkg.files.map((f) => [f.path, f.type, f.size, f.linkTarget]), [
        ["/usr/lib64/libmulti.so.2", "file", 3e5, void 0],
        ["/usr/lib64/libmulti.so", "symlink", 0, "libmulti.so.2"],
        ["/usr/share/doc/" + "d".repeat(120) + "/README", "file", 17, void 0]
      ]);
    }
    import_strict.default.equal(g.manifest.state, "verified");
  });
}
async function collect(kind, data, chunk) {
  async function* pieces() {
    for (let i = 0; i < data.length; i += chunk) yield data.subarray(i, i + chunk);
  }
  const out = [];
  for await (const c of (0, import_decompress.decompressStream)(kind, pieces(), "test")) out.push(c);
  return Buffer.concat(out);
}
(0, import_node_test.test)("bzip2 from pbzip2-style concatenated streams decodes whole, fed in odd-sized pieces", { skip: !(0, import_binpkgArchives.hasTool)("bzip2") }, async () => {
  const a = (0, import_node_crypto.randomBytes)(15e5);
  const b = Buffer.alloc(2e6, "abc");
  const joined = Buffer.concat([(0, import_binpkgArchives.compress)("bzip2", a), (0, import_binpkgArchives.compress)("bzip2", b)]);
  import_strict.default.deepEqual(await collect("bzip2", joined, 7777), Buffer.concat([a, b]));
});
(0, import_node_test.test)("zstd with several frames and lz4 with linked blocks decode whole", { skip: !(0, import_binpkgArchives.hasTool)("zstd") || !(0, import_binpkgArchives.hasTool)("lz4") }, async () => {
  const a = Buffer.concat([(0, import_node_crypto.randomBytes)(2e5), Buffer.alloc(5e5, "xyz")]);
  const b = (0, import_node_crypto.randomBytes)(7e4);
  import_strict.default.deepEqual(await collect("zstd", Buffer.concat([(0, import_binpkgArchives.compress)("zstd", a), (0, import_binpkgArchives.compress)("zstd", b)]), 65536), Buffer.concat([a, b]));
  const linked = (0, import_node_child_process.execFileSync)("lz4", ["-q", "-c", "-BD", "-B4", "--content-size"], { input: Buffer.concat([a, a]) });
  import_strict.default.deepEqual(await collect("lz4", linked, 1e3), Buffer.concat([a, a]));
});
(0, import_node_test.test)("compression is recognised by magic bytes, not by name", () => {
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("28b52ffd04", "hex")), "zstd");
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("BZh9")), "bzip2");
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("BZh0")), void 0);
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("fd377a585a00", "hex")), "xz");
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("1f8b08", "hex")), "gzip");
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("04224d18", "hex")), "lz4");
  import_strict.default.equal((0, import_decompress.detectCompression)(Buffer.from("LZIP")), void 0);
});
(0, import_node_test.test)("a zstd frame asking for a 2 GiB window is refused before anything is allocated", async () => {
  const frame = Buffer.from([40, 181, 47, 253, 0, 168, 9, 0, 0, 65]);
  await import_strict.default.rejects(collect("zstd", frame, 3), /2048 MiB window, above zstd's default 128 MiB limit/);
  const small = Buffer.from([40, 181, 47, 253, 0, 0, 9, 0, 0, 65]);
  import_strict.default.equal((await collect("zstd", small, 3)).toString(), "A");
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2JpbnBrZ0Zvcm1hdHMudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFdmVyeSBtZW1iZXIgY29tcHJlc3Npb24gUG9ydGFnZSBjYW4gd3JpdGUgKEJJTlBLR19DT01QUkVTUyB6c3RkLCBiemlwMiwgeHosIGd6aXAsIGx6NCksIGRldGVjdGVkIGJ5IG1hZ2ljXG4gKiBieXRlcyB3aGF0ZXZlciB0aGUgZmlsZSBpcyBjYWxsZWQsIGluIGJvdGggZm9ybWF0czsgcGx1cyB0aGUgbXVsdGktc3RyZWFtIGFuZCBtdWx0aS1mcmFtZSBzaGFwZXMgdGhhdFxuICogcGFyYWxsZWwgY29tcHJlc3NvcnMgcHJvZHVjZS4gQ29tcHJlc3Npb24gaXMgZG9uZSBieSB0aGUgcmVhbCB0b29scyB3aGVuIGluc3RhbGxlZCAoZ3ppcCBhbHdheXMgd29ya3MpLlxuICovXG5pbXBvcnQgeyB0ZXN0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGV4ZWNGaWxlU3luYyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyByYW5kb21CeXRlcyB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IGJ1ZmZlclNvdXJjZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9ieXRlU291cmNlJztcbmltcG9ydCB7IGRlY29tcHJlc3NTdHJlYW0sIGRldGVjdENvbXByZXNzaW9uIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL2RlY29tcHJlc3MnO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2VGcm9tIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL3JlYWRQYWNrYWdlJztcbmltcG9ydCB7IGNvbXByZXNzLCBoYXNUb29sLCBtYWtlR3BrZywgbWFrZVRhciwgbWFrZVhwYWssIG1ldGFkYXRhSXRlbXMsIHR5cGUgVGFySXRlbSB9IGZyb20gJy4uL2hlbHBlcnMvYmlucGtnQXJjaGl2ZXMnO1xuXG5jb25zdCBNRVRBID0geyBDQVRFR09SWTogJ2Rldi1saWJzXFxuJywgUEY6ICdtdWx0aS0yLjEtcjFcXG4nLCBTTE9UOiAnMi8yLjFcXG4nLCBVU0U6ICdzc2xcXG4nLCBJVVNFOiAnK3NzbCAtc3RhdGljXFxuJywgUkRFUEVORDogJ3NzbD8gKCBkZXYtbGlicy9vcGVuc3NsOj0gKVxcbicgfTtcbmNvbnN0IElNQUdFOiBUYXJJdGVtW10gPSBbXG4gIHsgbmFtZTogJ2ltYWdlLycsIHR5cGU6ICdkaXJlY3RvcnknIH0sXG4gIHsgbmFtZTogJ2ltYWdlL3Vzci9saWI2NC9saWJtdWx0aS5zby4yJywgZGF0YTogcmFuZG9tQnl0ZXMoMzAwXzAwMCksIG1vZGU6IDBvNzU1IH0sXG4gIHsgbmFtZTogJ2ltYWdlL3Vzci9saWI2NC9saWJtdWx0aS5zbycsIHR5cGU6ICdzeW1saW5rJywgbGlua25hbWU6ICdsaWJtdWx0aS5zby4yJyB9LFxuICB7IG5hbWU6ICdpbWFnZS91c3Ivc2hhcmUvZG9jLycgKyAnZCcucmVwZWF0KDEyMCkgKyAnL1JFQURNRScsIGRhdGE6ICdsb25nIG5hbWUgdmlhIHBheCcgfSxcbl07XG5jb25zdCBLSU5EUyA9IFsnenN0ZCcsICdiemlwMicsICd4eicsICdnemlwJywgJ2x6NCddIGFzIGNvbnN0O1xuY29uc3QgU1VGRklYID0geyB6c3RkOiAnenN0JywgYnppcDI6ICdiejInLCB4ejogJ3h6JywgZ3ppcDogJ2d6JywgbHo0OiAnbHo0JyB9O1xuXG5mb3IgKGNvbnN0IGtpbmQgb2YgS0lORFMpIHtcbiAgdGVzdChgR1BLRyB3aXRoICR7a2luZH0gbWVtYmVycyBhbmQgYW4gWFBBSyB3aXRoIGEgJHtraW5kfSB0YXJiYWxsIGxpc3QgdGhlIHNhbWUgZmlsZXNgLCB7IHNraXA6IGtpbmQgIT09ICdnemlwJyAmJiAhaGFzVG9vbChraW5kKSB9LCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgaW1hZ2VUYXIgPSBhd2FpdCBtYWtlVGFyKElNQUdFKTtcbiAgICBjb25zdCBncGtnID0gYXdhaXQgbWFrZUdwa2coJ211bHRpLTIuMS1yMS03JywgW1xuICAgICAgeyBuYW1lOiAnZ3BrZy0xJywgZGF0YTogQnVmZmVyLmFsbG9jKDApIH0sXG4gICAgICB7IG5hbWU6IGBtZXRhZGF0YS50YXIuJHtTVUZGSVhba2luZF19YCwgZGF0YTogY29tcHJlc3Moa2luZCwgYXdhaXQgbWFrZVRhcihtZXRhZGF0YUl0ZW1zKE1FVEEpKSkgfSxcbiAgICAgIHsgbmFtZTogYGltYWdlLnRhci4ke1NVRkZJWFtraW5kXX1gLCBkYXRhOiBjb21wcmVzcyhraW5kLCBpbWFnZVRhcikgfSxcbiAgICBdKTtcbiAgICBjb25zdCBnID0gYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2VGcm9tKGJ1ZmZlclNvdXJjZSgnbXVsdGktMi4xLXIxLTcuZ3BrZy50YXInLCBncGtnKSk7XG4gICAgY29uc3QgeHBha1RhciA9IGF3YWl0IG1ha2VUYXIoSU1BR0UubWFwKChpKSA9PiAoeyAuLi5pLCBuYW1lOiBpLm5hbWUucmVwbGFjZSgvXmltYWdlXFwvPy8sICcuLycpIH0pKSk7XG4gICAgY29uc3QgeCA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlRnJvbShidWZmZXJTb3VyY2UoJ211bHRpLTIuMS1yMS03LnhwYWsnLCBtYWtlWHBhayhjb21wcmVzcyhraW5kLCB4cGFrVGFyKSwgTUVUQSkpKTtcbiAgICBmb3IgKGNvbnN0IHBrZyBvZiBbZywgeF0pIHtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocGtnLnByb2JsZW1zLCBbXSk7XG4gICAgICBhc3NlcnQuZXF1YWwocGtnLmNwdiwgJ2Rldi1saWJzL211bHRpLTIuMS1yMScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHBrZy5wbiwgJ211bHRpJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocGtnLnZlcnNpb24sICcyLjEtcjEnKTtcbiAgICAgIGFzc2VydC5lcXVhbChwa2cuYnVpbGRJZCwgNywgJ2Zyb20gdGhlIGRpcmVjdG9yeSBuYW1lIG9yIHRoZSAueHBhayBmaWxlIG5hbWUnKTtcbiAgICAgIGFzc2VydC5lcXVhbChwa2cuY29tcHJlc3Npb24uaW1hZ2UsIGtpbmQpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChwa2cudXNlLCB7IGVuYWJsZWQ6IFsnc3NsJ10sIGRpc2FibGVkOiBbJ3N0YXRpYyddLCBkZWZhdWx0czogeyBzc2w6ICcrJywgc3RhdGljOiAnLScgfSB9KTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocGtnLmZpbGVzLm1hcCgoZikgPT4gW2YucGF0aCwgZi50eXBlLCBmLnNpemUsIGYubGlua1RhcmdldF0pLCBbXG4gICAgICAgIFsnL3Vzci9saWI2NC9saWJtdWx0aS5zby4yJywgJ2ZpbGUnLCAzMDBfMDAwLCB1bmRlZmluZWRdLFxuICAgICAgICBbJy91c3IvbGliNjQvbGlibXVsdGkuc28nLCAnc3ltbGluaycsIDAsICdsaWJtdWx0aS5zby4yJ10sXG4gICAgICAgIFsnL3Vzci9zaGFyZS9kb2MvJyArICdkJy5yZXBlYXQoMTIwKSArICcvUkVBRE1FJywgJ2ZpbGUnLCAxNywgdW5kZWZpbmVkXSxcbiAgICAgIF0pO1xuICAgIH1cbiAgICBhc3NlcnQuZXF1YWwoZy5tYW5pZmVzdC5zdGF0ZSwgJ3ZlcmlmaWVkJyk7XG4gIH0pO1xufVxuXG5hc3luYyBmdW5jdGlvbiBjb2xsZWN0KGtpbmQ6IFBhcmFtZXRlcnM8dHlwZW9mIGRlY29tcHJlc3NTdHJlYW0+WzBdLCBkYXRhOiBCdWZmZXIsIGNodW5rOiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlcj4ge1xuICBhc3luYyBmdW5jdGlvbiogcGllY2VzKCkge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgZGF0YS5sZW5ndGg7IGkgKz0gY2h1bmspIHlpZWxkIGRhdGEuc3ViYXJyYXkoaSwgaSArIGNodW5rKTtcbiAgfVxuICBjb25zdCBvdXQ6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgZGVjb21wcmVzc1N0cmVhbShraW5kLCBwaWVjZXMoKSwgJ3Rlc3QnKSkgb3V0LnB1c2goYyk7XG4gIHJldHVybiBCdWZmZXIuY29uY2F0KG91dCk7XG59XG5cbnRlc3QoJ2J6aXAyIGZyb20gcGJ6aXAyLXN0eWxlIGNvbmNhdGVuYXRlZCBzdHJlYW1zIGRlY29kZXMgd2hvbGUsIGZlZCBpbiBvZGQtc2l6ZWQgcGllY2VzJywgeyBza2lwOiAhaGFzVG9vbCgnYnppcDInKSB9LCBhc3luYyAoKSA9PiB7XG4gIGNvbnN0IGEgPSByYW5kb21CeXRlcygxXzUwMF8wMDApO1xuICBjb25zdCBiID0gQnVmZmVyLmFsbG9jKDJfMDAwXzAwMCwgJ2FiYycpO1xuICBjb25zdCBqb2luZWQgPSBCdWZmZXIuY29uY2F0KFtjb21wcmVzcygnYnppcDInLCBhKSwgY29tcHJlc3MoJ2J6aXAyJywgYildKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCBjb2xsZWN0KCdiemlwMicsIGpvaW5lZCwgNzc3NyksIEJ1ZmZlci5jb25jYXQoW2EsIGJdKSk7XG59KTtcblxudGVzdCgnenN0ZCB3aXRoIHNldmVyYWwgZnJhbWVzIGFuZCBsejQgd2l0aCBsaW5rZWQgYmxvY2tzIGRlY29kZSB3aG9sZScsIHsgc2tpcDogIWhhc1Rvb2woJ3pzdGQnKSB8fCAhaGFzVG9vbCgnbHo0JykgfSwgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBhID0gQnVmZmVyLmNvbmNhdChbcmFuZG9tQnl0ZXMoMjAwXzAwMCksIEJ1ZmZlci5hbGxvYyg1MDBfMDAwLCAneHl6JyldKTtcbiAgY29uc3QgYiA9IHJhbmRvbUJ5dGVzKDcwXzAwMCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgY29sbGVjdCgnenN0ZCcsIEJ1ZmZlci5jb25jYXQoW2NvbXByZXNzKCd6c3RkJywgYSksIGNvbXByZXNzKCd6c3RkJywgYildKSwgNjU1MzYpLCBCdWZmZXIuY29uY2F0KFthLCBiXSkpO1xuICBjb25zdCBsaW5rZWQgPSBleGVjRmlsZVN5bmMoJ2x6NCcsIFsnLXEnLCAnLWMnLCAnLUJEJywgJy1CNCcsICctLWNvbnRlbnQtc2l6ZSddLCB7IGlucHV0OiBCdWZmZXIuY29uY2F0KFthLCBhXSkgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgY29sbGVjdCgnbHo0JywgbGlua2VkLCAxMDAwKSwgQnVmZmVyLmNvbmNhdChbYSwgYV0pKTtcbn0pO1xuXG50ZXN0KCdjb21wcmVzc2lvbiBpcyByZWNvZ25pc2VkIGJ5IG1hZ2ljIGJ5dGVzLCBub3QgYnkgbmFtZScsICgpID0+IHtcbiAgYXNzZXJ0LmVxdWFsKGRldGVjdENvbXByZXNzaW9uKEJ1ZmZlci5mcm9tKCcyOGI1MmZmZDA0JywgJ2hleCcpKSwgJ3pzdGQnKTtcbiAgYXNzZXJ0LmVxdWFsKGRldGVjdENvbXByZXNzaW9uKEJ1ZmZlci5mcm9tKCdCWmg5JykpLCAnYnppcDInKTtcbiAgYXNzZXJ0LmVxdWFsKGRldGVjdENvbXByZXNzaW9uKEJ1ZmZlci5mcm9tKCdCWmgwJykpLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoZGV0ZWN0Q29tcHJlc3Npb24oQnVmZmVyLmZyb20oJ2ZkMzc3YTU4NWEwMCcsICdoZXgnKSksICd4eicpO1xuICBhc3NlcnQuZXF1YWwoZGV0ZWN0Q29tcHJlc3Npb24oQnVmZmVyLmZyb20oJzFmOGIwOCcsICdoZXgnKSksICdnemlwJyk7XG4gIGFzc2VydC5lcXVhbChkZXRlY3RDb21wcmVzc2lvbihCdWZmZXIuZnJvbSgnMDQyMjRkMTgnLCAnaGV4JykpLCAnbHo0Jyk7XG4gIGFzc2VydC5lcXVhbChkZXRlY3RDb21wcmVzc2lvbihCdWZmZXIuZnJvbSgnTFpJUCcpKSwgdW5kZWZpbmVkKTtcbn0pO1xuXG50ZXN0KCdhIHpzdGQgZnJhbWUgYXNraW5nIGZvciBhIDIgR2lCIHdpbmRvdyBpcyByZWZ1c2VkIGJlZm9yZSBhbnl0aGluZyBpcyBhbGxvY2F0ZWQnLCBhc3luYyAoKSA9PiB7XG4gIC8vIEZyYW1lIGhlYWRlcjogbWFnaWMsIEZIRCAwIChubyBzaW5nbGUgc2VnbWVudCksIHdpbmRvdyBkZXNjcmlwdG9yIDB4YTggPSAyXjMxOyB0aGVuIGEgcmF3IGxhc3QgYmxvY2sgb2YgMSBieXRlLlxuICBjb25zdCBmcmFtZSA9IEJ1ZmZlci5mcm9tKFsweDI4LCAweGI1LCAweDJmLCAweGZkLCAweDAwLCAweGE4LCAweDA5LCAweDAwLCAweDAwLCAweDQxXSk7XG4gIGF3YWl0IGFzc2VydC5yZWplY3RzKGNvbGxlY3QoJ3pzdGQnLCBmcmFtZSwgMyksIC8yMDQ4IE1pQiB3aW5kb3csIGFib3ZlIHpzdGQncyBkZWZhdWx0IDEyOCBNaUIgbGltaXQvKTtcbiAgY29uc3Qgc21hbGwgPSBCdWZmZXIuZnJvbShbMHgyOCwgMHhiNSwgMHgyZiwgMHhmZCwgMHgwMCwgMHgwMCwgMHgwOSwgMHgwMCwgMHgwMCwgMHg0MV0pO1xuICBhc3NlcnQuZXF1YWwoKGF3YWl0IGNvbGxlY3QoJ3pzdGQnLCBzbWFsbCwgMykpLnRvU3RyaW5nKCksICdBJyk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBS0EsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQixnQ0FBNkI7QUFDN0IseUJBQTRCO0FBQzVCLHdCQUE2QjtBQUM3Qix3QkFBb0Q7QUFDcEQseUJBQXNDO0FBQ3RDLDRCQUE0RjtBQUU1RixNQUFNLE9BQU8sRUFBRSxVQUFVLGNBQWMsSUFBSSxrQkFBa0IsTUFBTSxXQUFXLEtBQUssU0FBUyxNQUFNLGtCQUFrQixTQUFTLGdDQUFnQztBQUM3SixNQUFNLFFBQW1CO0FBQUEsRUFDdkIsRUFBRSxNQUFNLFVBQVUsTUFBTSxZQUFZO0FBQUEsRUFDcEMsRUFBRSxNQUFNLGlDQUFpQyxVQUFNLGdDQUFZLEdBQU8sR0FBRyxNQUFNLElBQU07QUFBQSxFQUNqRixFQUFFLE1BQU0sK0JBQStCLE1BQU0sV0FBVyxVQUFVLGdCQUFnQjtBQUFBLEVBQ2xGLEVBQUUsTUFBTSx5QkFBeUIsSUFBSSxPQUFPLEdBQUcsSUFBSSxXQUFXLE1BQU0sb0JBQW9CO0FBQzFGO0FBQ0EsTUFBTSxRQUFRLENBQUMsUUFBUSxTQUFTLE1BQU0sUUFBUSxLQUFLO0FBQ25ELE1BQU0sU0FBUyxFQUFFLE1BQU0sT0FBTyxPQUFPLE9BQU8sSUFBSSxNQUFNLE1BQU0sTUFBTSxLQUFLLE1BQU07QUFFN0UsV0FBVyxRQUFRLE9BQU87QUFDeEIsNkJBQUssYUFBYSxJQUFJLCtCQUErQixJQUFJLGdDQUFnQyxFQUFFLE1BQU0sU0FBUyxVQUFVLEtBQUMsK0JBQVEsSUFBSSxFQUFFLEdBQUcsWUFBWTtBQUNoSixVQUFNLFdBQVcsVUFBTSwrQkFBUSxLQUFLO0FBQ3BDLFVBQU0sT0FBTyxVQUFNLGdDQUFTLGtCQUFrQjtBQUFBLE1BQzVDLEVBQUUsTUFBTSxVQUFVLE1BQU0sT0FBTyxNQUFNLENBQUMsRUFBRTtBQUFBLE1BQ3hDLEVBQUUsTUFBTSxnQkFBZ0IsT0FBTyxJQUFJLENBQUMsSUFBSSxVQUFNLGdDQUFTLE1BQU0sVUFBTSxtQ0FBUSxxQ0FBYyxJQUFJLENBQUMsQ0FBQyxFQUFFO0FBQUEsTUFDakcsRUFBRSxNQUFNLGFBQWEsT0FBTyxJQUFJLENBQUMsSUFBSSxVQUFNLGdDQUFTLE1BQU0sUUFBUSxFQUFFO0FBQUEsSUFDdEUsQ0FBQztBQUNELFVBQU0sSUFBSSxVQUFNLDhDQUFzQixnQ0FBYSwyQkFBMkIsSUFBSSxDQUFDO0FBQ25GLFVBQU0sVUFBVSxVQUFNLCtCQUFRLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLEdBQUcsTUFBTSxFQUFFLEtBQUssUUFBUSxhQUFhLElBQUksRUFBRSxFQUFFLENBQUM7QUFDbkcsVUFBTSxJQUFJLFVBQU0sOENBQXNCLGdDQUFhLDJCQUF1QixvQ0FBUyxnQ0FBUyxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsQ0FBQztBQUNsSCxlQUFXLE9BQU8sQ0FBQyxHQUFHLENBQUMsR0FBRztBQUN4QixvQkFBQUEsUUFBTyxVQUFVLElBQUksVUFBVSxDQUFDLENBQUM7QUFDakMsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLEtBQUssdUJBQXVCO0FBQzdDLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxJQUFJLE9BQU87QUFDNUIsb0JBQUFBLFFBQU8sTUFBTSxJQUFJLFNBQVMsUUFBUTtBQUNsQyxvQkFBQUEsUUFBTyxNQUFNLElBQUksU0FBUyxHQUFHLGdEQUFnRDtBQUM3RSxvQkFBQUEsUUFBTyxNQUFNLElBQUksWUFBWSxPQUFPLElBQUk7QUFDeEMsb0JBQUFBLFFBQU8sVUFBVSxJQUFJLEtBQUssRUFBRSxTQUFTLENBQUMsS0FBSyxHQUFHLFVBQVUsQ0FBQyxRQUFRLEdBQUcsVUFBVSxFQUFFLEtBQUssS0FBSyxRQUFRLElBQUksRUFBRSxDQUFDO0FBQ3pHLG9CQUFBQSxRQUFPLFVBQVUsSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxVQUFVLENBQUMsR0FBRztBQUFBLFFBQzdFLENBQUMsNEJBQTRCLFFBQVEsS0FBUyxNQUFTO0FBQUEsUUFDdkQsQ0FBQywwQkFBMEIsV0FBVyxHQUFHLGVBQWU7QUFBQSxRQUN4RCxDQUFDLG9CQUFvQixJQUFJLE9BQU8sR0FBRyxJQUFJLFdBQVcsUUFBUSxJQUFJLE1BQVM7QUFBQSxNQUN6RSxDQUFDO0FBQUEsSUFDSDtBQUNBLGtCQUFBQSxRQUFPLE1BQU0sRUFBRSxTQUFTLE9BQU8sVUFBVTtBQUFBLEVBQzNDLENBQUM7QUFDSDtBQUVBLGVBQWUsUUFBUSxNQUE4QyxNQUFjLE9BQWdDO0FBQ2pILGtCQUFnQixTQUFTO0FBQ3ZCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUssTUFBTyxPQUFNLEtBQUssU0FBUyxHQUFHLElBQUksS0FBSztBQUFBLEVBQy9FO0FBQ0EsUUFBTSxNQUFvQixDQUFDO0FBQzNCLG1CQUFpQixTQUFLLG9DQUFpQixNQUFNLE9BQU8sR0FBRyxNQUFNLEVBQUcsS0FBSSxLQUFLLENBQUM7QUFDMUUsU0FBTyxPQUFPLE9BQU8sR0FBRztBQUMxQjtBQUFBLElBRUEsdUJBQUssdUZBQXVGLEVBQUUsTUFBTSxLQUFDLCtCQUFRLE9BQU8sRUFBRSxHQUFHLFlBQVk7QUFDbkksUUFBTSxRQUFJLGdDQUFZLElBQVM7QUFDL0IsUUFBTSxJQUFJLE9BQU8sTUFBTSxLQUFXLEtBQUs7QUFDdkMsUUFBTSxTQUFTLE9BQU8sT0FBTyxLQUFDLGdDQUFTLFNBQVMsQ0FBQyxPQUFHLGdDQUFTLFNBQVMsQ0FBQyxDQUFDLENBQUM7QUFDekUsZ0JBQUFBLFFBQU8sVUFBVSxNQUFNLFFBQVEsU0FBUyxRQUFRLElBQUksR0FBRyxPQUFPLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQzlFLENBQUM7QUFBQSxJQUVELHVCQUFLLG9FQUFvRSxFQUFFLE1BQU0sS0FBQywrQkFBUSxNQUFNLEtBQUssS0FBQywrQkFBUSxLQUFLLEVBQUUsR0FBRyxZQUFZO0FBQ2xJLFFBQU0sSUFBSSxPQUFPLE9BQU8sS0FBQyxnQ0FBWSxHQUFPLEdBQUcsT0FBTyxNQUFNLEtBQVMsS0FBSyxDQUFDLENBQUM7QUFDNUUsUUFBTSxRQUFJLGdDQUFZLEdBQU07QUFDNUIsZ0JBQUFBLFFBQU8sVUFBVSxNQUFNLFFBQVEsUUFBUSxPQUFPLE9BQU8sS0FBQyxnQ0FBUyxRQUFRLENBQUMsT0FBRyxnQ0FBUyxRQUFRLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxHQUFHLE9BQU8sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDL0gsUUFBTSxhQUFTLHdDQUFhLE9BQU8sQ0FBQyxNQUFNLE1BQU0sT0FBTyxPQUFPLGdCQUFnQixHQUFHLEVBQUUsT0FBTyxPQUFPLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDakgsZ0JBQUFBLFFBQU8sVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLEdBQUksR0FBRyxPQUFPLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQzVFLENBQUM7QUFBQSxJQUVELHVCQUFLLHlEQUF5RCxNQUFNO0FBQ2xFLGdCQUFBQSxRQUFPLFVBQU0scUNBQWtCLE9BQU8sS0FBSyxjQUFjLEtBQUssQ0FBQyxHQUFHLE1BQU07QUFDeEUsZ0JBQUFBLFFBQU8sVUFBTSxxQ0FBa0IsT0FBTyxLQUFLLE1BQU0sQ0FBQyxHQUFHLE9BQU87QUFDNUQsZ0JBQUFBLFFBQU8sVUFBTSxxQ0FBa0IsT0FBTyxLQUFLLE1BQU0sQ0FBQyxHQUFHLE1BQVM7QUFDOUQsZ0JBQUFBLFFBQU8sVUFBTSxxQ0FBa0IsT0FBTyxLQUFLLGdCQUFnQixLQUFLLENBQUMsR0FBRyxJQUFJO0FBQ3hFLGdCQUFBQSxRQUFPLFVBQU0scUNBQWtCLE9BQU8sS0FBSyxVQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU07QUFDcEUsZ0JBQUFBLFFBQU8sVUFBTSxxQ0FBa0IsT0FBTyxLQUFLLFlBQVksS0FBSyxDQUFDLEdBQUcsS0FBSztBQUNyRSxnQkFBQUEsUUFBTyxVQUFNLHFDQUFrQixPQUFPLEtBQUssTUFBTSxDQUFDLEdBQUcsTUFBUztBQUNoRSxDQUFDO0FBQUEsSUFFRCx1QkFBSyxrRkFBa0YsWUFBWTtBQUVqRyxRQUFNLFFBQVEsT0FBTyxLQUFLLENBQUMsSUFBTSxLQUFNLElBQU0sS0FBTSxHQUFNLEtBQU0sR0FBTSxHQUFNLEdBQU0sRUFBSSxDQUFDO0FBQ3RGLFFBQU0sY0FBQUEsUUFBTyxRQUFRLFFBQVEsUUFBUSxPQUFPLENBQUMsR0FBRyxxREFBcUQ7QUFDckcsUUFBTSxRQUFRLE9BQU8sS0FBSyxDQUFDLElBQU0sS0FBTSxJQUFNLEtBQU0sR0FBTSxHQUFNLEdBQU0sR0FBTSxHQUFNLEVBQUksQ0FBQztBQUN0RixnQkFBQUEsUUFBTyxPQUFPLE1BQU0sUUFBUSxRQUFRLE9BQU8sQ0FBQyxHQUFHLFNBQVMsR0FBRyxHQUFHO0FBQ2hFLENBQUM7IiwKICAibmFtZXMiOiBbImFzc2VydCJdCn0K
