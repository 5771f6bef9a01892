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
(0, import_node_test.test)("reading only the metadata of a GPKG stops before the image (the artifacts tree on multi-GB packages)", async () => {
  const imageTar = await (0, import_binpkgArchives.makeTar)([{ name: "image/usr/big", data: (0, import_node_crypto.randomBytes)(8e6) }]);
  const gpkg = await (0, import_binpkgArchives.makeGpkg)("big-1", [
    { name: "gpkg-1", data: Buffer.alloc(0) },
    { name: "metadata.tar.gz", data: (0, import_binpkgArchives.compress)("gzip", await (0, import_binpkgArchives.makeTar)((0, import_binpkgArchives.metadataItems)({ CATEGORY: "app-misc\n", PF: "big-1\n" }))) },
    { name: "image.tar", data: imageTar }
  ]);
  const inner = (0, import_byteSource.bufferSource)("big-1.gpkg.tar", gpkg);
  let streamed = 0;
  const counting = {
    ...inner,
    name: inner.name,
    size: inner.size,
    read: inner.read.bind(inner),
    close: inner.close.bind(inner),
    async *stream(offset, length) {
      for await (const c of inner.stream(offset, length)) {
        streamed += c.length;
        yield c;
      }
    }
  };
  const pkg = await (0, import_readPackage.readBinaryPackageFrom)(counting, { listFiles: false, verify: false });
  import_strict.default.equal(pkg.cpv, "app-misc/big-1");
  import_strict.default.deepEqual(pkg.files, []);
  import_strict.default.ok(streamed < gpkg.length / 2, `read ${streamed} of ${gpkg.length} bytes`);
  const full = await (0, import_readPackage.readBinaryPackageFrom)((0, import_byteSource.bufferSource)("big-1.gpkg.tar", gpkg));
  import_strict.default.deepEqual(full.files.map((f) => [f.path, f.size]), [["/usr/big", 8e6]]);
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2JpbnBrZ0Zvcm1hdHMudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFdmVyeSBtZW1iZXIgY29tcHJlc3Npb24gUG9ydGFnZSBjYW4gd3JpdGUgKEJJTlBLR19DT01QUkVTUyB6c3RkLCBiemlwMiwgeHosIGd6aXAsIGx6NCksIGRldGVjdGVkIGJ5IG1hZ2ljXG4gKiBieXRlcyB3aGF0ZXZlciB0aGUgZmlsZSBpcyBjYWxsZWQsIGluIGJvdGggZm9ybWF0czsgcGx1cyB0aGUgbXVsdGktc3RyZWFtIGFuZCBtdWx0aS1mcmFtZSBzaGFwZXMgdGhhdFxuICogcGFyYWxsZWwgY29tcHJlc3NvcnMgcHJvZHVjZS4gQ29tcHJlc3Npb24gaXMgZG9uZSBieSB0aGUgcmVhbCB0b29scyB3aGVuIGluc3RhbGxlZCAoZ3ppcCBhbHdheXMgd29ya3MpLlxuICovXG5pbXBvcnQgeyB0ZXN0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGV4ZWNGaWxlU3luYyB9IGZyb20gJ25vZGU6Y2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgeyByYW5kb21CeXRlcyB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IGJ1ZmZlclNvdXJjZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9ieXRlU291cmNlJztcbmltcG9ydCB7IGRlY29tcHJlc3NTdHJlYW0sIGRldGVjdENvbXByZXNzaW9uIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL2RlY29tcHJlc3MnO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2VGcm9tIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL3JlYWRQYWNrYWdlJztcbmltcG9ydCB7IGNvbXByZXNzLCBoYXNUb29sLCBtYWtlR3BrZywgbWFrZVRhciwgbWFrZVhwYWssIG1ldGFkYXRhSXRlbXMsIHR5cGUgVGFySXRlbSB9IGZyb20gJy4uL2hlbHBlcnMvYmlucGtnQXJjaGl2ZXMnO1xuXG5jb25zdCBNRVRBID0geyBDQVRFR09SWTogJ2Rldi1saWJzXFxuJywgUEY6ICdtdWx0aS0yLjEtcjFcXG4nLCBTTE9UOiAnMi8yLjFcXG4nLCBVU0U6ICdzc2xcXG4nLCBJVVNFOiAnK3NzbCAtc3RhdGljXFxuJywgUkRFUEVORDogJ3NzbD8gKCBkZXYtbGlicy9vcGVuc3NsOj0gKVxcbicgfTtcbmNvbnN0IElNQUdFOiBUYXJJdGVtW10gPSBbXG4gIHsgbmFtZTogJ2ltYWdlLycsIHR5cGU6ICdkaXJlY3RvcnknIH0sXG4gIHsgbmFtZTogJ2ltYWdlL3Vzci9saWI2NC9saWJtdWx0aS5zby4yJywgZGF0YTogcmFuZG9tQnl0ZXMoMzAwXzAwMCksIG1vZGU6IDBvNzU1IH0sXG4gIHsgbmFtZTogJ2ltYWdlL3Vzci9saWI2NC9saWJtdWx0aS5zbycsIHR5cGU6ICdzeW1saW5rJywgbGlua25hbWU6ICdsaWJtdWx0aS5zby4yJyB9LFxuICB7IG5hbWU6ICdpbWFnZS91c3Ivc2hhcmUvZG9jLycgKyAnZCcucmVwZWF0KDEyMCkgKyAnL1JFQURNRScsIGRhdGE6ICdsb25nIG5hbWUgdmlhIHBheCcgfSxcbl07XG5jb25zdCBLSU5EUyA9IFsnenN0ZCcsICdiemlwMicsICd4eicsICdnemlwJywgJ2x6NCddIGFzIGNvbnN0O1xuY29uc3QgU1VGRklYID0geyB6c3RkOiAnenN0JywgYnppcDI6ICdiejInLCB4ejogJ3h6JywgZ3ppcDogJ2d6JywgbHo0OiAnbHo0JyB9O1xuXG5mb3IgKGNvbnN0IGtpbmQgb2YgS0lORFMpIHtcbiAgdGVzdChgR1BLRyB3aXRoICR7a2luZH0gbWVtYmVycyBhbmQgYW4gWFBBSyB3aXRoIGEgJHtraW5kfSB0YXJiYWxsIGxpc3QgdGhlIHNhbWUgZmlsZXNgLCB7IHNraXA6IGtpbmQgIT09ICdnemlwJyAmJiAhaGFzVG9vbChraW5kKSB9LCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgaW1hZ2VUYXIgPSBhd2FpdCBtYWtlVGFyKElNQUdFKTtcbiAgICBjb25zdCBncGtnID0gYXdhaXQgbWFrZUdwa2coJ211bHRpLTIuMS1yMS03JywgW1xuICAgICAgeyBuYW1lOiAnZ3BrZy0xJywgZGF0YTogQnVmZmVyLmFsbG9jKDApIH0sXG4gICAgICB7IG5hbWU6IGBtZXRhZGF0YS50YXIuJHtTVUZGSVhba2luZF19YCwgZGF0YTogY29tcHJlc3Moa2luZCwgYXdhaXQgbWFrZVRhcihtZXRhZGF0YUl0ZW1zKE1FVEEpKSkgfSxcbiAgICAgIHsgbmFtZTogYGltYWdlLnRhci4ke1NVRkZJWFtraW5kXX1gLCBkYXRhOiBjb21wcmVzcyhraW5kLCBpbWFnZVRhcikgfSxcbiAgICBdKTtcbiAgICBjb25zdCBnID0gYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2VGcm9tKGJ1ZmZlclNvdXJjZSgnbXVsdGktMi4xLXIxLTcuZ3BrZy50YXInLCBncGtnKSk7XG4gICAgY29uc3QgeHBha1RhciA9IGF3YWl0IG1ha2VUYXIoSU1BR0UubWFwKChpKSA9PiAoeyAuLi5pLCBuYW1lOiBpLm5hbWUucmVwbGFjZSgvXmltYWdlXFwvPy8sICcuLycpIH0pKSk7XG4gICAgY29uc3QgeCA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlRnJvbShidWZmZXJTb3VyY2UoJ211bHRpLTIuMS1yMS03LnhwYWsnLCBtYWtlWHBhayhjb21wcmVzcyhraW5kLCB4cGFrVGFyKSwgTUVUQSkpKTtcbiAgICBmb3IgKGNvbnN0IHBrZyBvZiBbZywgeF0pIHtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocGtnLnByb2JsZW1zLCBbXSk7XG4gICAgICBhc3NlcnQuZXF1YWwocGtnLmNwdiwgJ2Rldi1saWJzL211bHRpLTIuMS1yMScpO1xuICAgICAgYXNzZXJ0LmVxdWFsKHBrZy5wbiwgJ211bHRpJyk7XG4gICAgICBhc3NlcnQuZXF1YWwocGtnLnZlcnNpb24sICcyLjEtcjEnKTtcbiAgICAgIGFzc2VydC5lcXVhbChwa2cuYnVpbGRJZCwgNywgJ2Zyb20gdGhlIGRpcmVjdG9yeSBuYW1lIG9yIHRoZSAueHBhayBmaWxlIG5hbWUnKTtcbiAgICAgIGFzc2VydC5lcXVhbChwa2cuY29tcHJlc3Npb24uaW1hZ2UsIGtpbmQpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChwa2cudXNlLCB7IGVuYWJsZWQ6IFsnc3NsJ10sIGRpc2FibGVkOiBbJ3N0YXRpYyddLCBkZWZhdWx0czogeyBzc2w6ICcrJywgc3RhdGljOiAnLScgfSB9KTtcbiAgICAgIGFzc2VydC5kZWVwRXF1YWwocGtnLmZpbGVzLm1hcCgoZikgPT4gW2YucGF0aCwgZi50eXBlLCBmLnNpemUsIGYubGlua1RhcmdldF0pLCBbXG4gICAgICAgIFsnL3Vzci9saWI2NC9saWJtdWx0aS5zby4yJywgJ2ZpbGUnLCAzMDBfMDAwLCB1bmRlZmluZWRdLFxuICAgICAgICBbJy91c3IvbGliNjQvbGlibXVsdGkuc28nLCAnc3ltbGluaycsIDAsICdsaWJtdWx0aS5zby4yJ10sXG4gICAgICAgIFsnL3Vzci9zaGFyZS9kb2MvJyArICdkJy5yZXBlYXQoMTIwKSArICcvUkVBRE1FJywgJ2ZpbGUnLCAxNywgdW5kZWZpbmVkXSxcbiAgICAgIF0pO1xuICAgIH1cbiAgICBhc3NlcnQuZXF1YWwoZy5tYW5pZmVzdC5zdGF0ZSwgJ3ZlcmlmaWVkJyk7XG4gIH0pO1xufVxuXG5hc3luYyBmdW5jdGlvbiBjb2xsZWN0KGtpbmQ6IFBhcmFtZXRlcnM8dHlwZW9mIGRlY29tcHJlc3NTdHJlYW0+WzBdLCBkYXRhOiBCdWZmZXIsIGNodW5rOiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlcj4ge1xuICBhc3luYyBmdW5jdGlvbiogcGllY2VzKCkge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgZGF0YS5sZW5ndGg7IGkgKz0gY2h1bmspIHlpZWxkIGRhdGEuc3ViYXJyYXkoaSwgaSArIGNodW5rKTtcbiAgfVxuICBjb25zdCBvdXQ6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgZGVjb21wcmVzc1N0cmVhbShraW5kLCBwaWVjZXMoKSwgJ3Rlc3QnKSkgb3V0LnB1c2goYyk7XG4gIHJldHVybiBCdWZmZXIuY29uY2F0KG91dCk7XG59XG5cbnRlc3QoJ2J6aXAyIGZyb20gcGJ6aXAyLXN0eWxlIGNvbmNhdGVuYXRlZCBzdHJlYW1zIGRlY29kZXMgd2hvbGUsIGZlZCBpbiBvZGQtc2l6ZWQgcGllY2VzJywgeyBza2lwOiAhaGFzVG9vbCgnYnppcDInKSB9LCBhc3luYyAoKSA9PiB7XG4gIGNvbnN0IGEgPSByYW5kb21CeXRlcygxXzUwMF8wMDApO1xuICBjb25zdCBiID0gQnVmZmVyLmFsbG9jKDJfMDAwXzAwMCwgJ2FiYycpO1xuICBjb25zdCBqb2luZWQgPSBCdWZmZXIuY29uY2F0KFtjb21wcmVzcygnYnppcDInLCBhKSwgY29tcHJlc3MoJ2J6aXAyJywgYildKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChhd2FpdCBjb2xsZWN0KCdiemlwMicsIGpvaW5lZCwgNzc3NyksIEJ1ZmZlci5jb25jYXQoW2EsIGJdKSk7XG59KTtcblxudGVzdCgnenN0ZCB3aXRoIHNldmVyYWwgZnJhbWVzIGFuZCBsejQgd2l0aCBsaW5rZWQgYmxvY2tzIGRlY29kZSB3aG9sZScsIHsgc2tpcDogIWhhc1Rvb2woJ3pzdGQnKSB8fCAhaGFzVG9vbCgnbHo0JykgfSwgYXN5bmMgKCkgPT4ge1xuICBjb25zdCBhID0gQnVmZmVyLmNvbmNhdChbcmFuZG9tQnl0ZXMoMjAwXzAwMCksIEJ1ZmZlci5hbGxvYyg1MDBfMDAwLCAneHl6JyldKTtcbiAgY29uc3QgYiA9IHJhbmRvbUJ5dGVzKDcwXzAwMCk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgY29sbGVjdCgnenN0ZCcsIEJ1ZmZlci5jb25jYXQoW2NvbXByZXNzKCd6c3RkJywgYSksIGNvbXByZXNzKCd6c3RkJywgYildKSwgNjU1MzYpLCBCdWZmZXIuY29uY2F0KFthLCBiXSkpO1xuICBjb25zdCBsaW5rZWQgPSBleGVjRmlsZVN5bmMoJ2x6NCcsIFsnLXEnLCAnLWMnLCAnLUJEJywgJy1CNCcsICctLWNvbnRlbnQtc2l6ZSddLCB7IGlucHV0OiBCdWZmZXIuY29uY2F0KFthLCBhXSkgfSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoYXdhaXQgY29sbGVjdCgnbHo0JywgbGlua2VkLCAxMDAwKSwgQnVmZmVyLmNvbmNhdChbYSwgYV0pKTtcbn0pO1xuXG50ZXN0KCdjb21wcmVzc2lvbiBpcyByZWNvZ25pc2VkIGJ5IG1hZ2ljIGJ5dGVzLCBub3QgYnkgbmFtZScsICgpID0+IHtcbiAgYXNzZXJ0LmVxdWFsKGRldGVjdENvbXByZXNzaW9uKEJ1ZmZlci5mcm9tKCcyOGI1MmZmZDA0JywgJ2hleCcpKSwgJ3pzdGQnKTtcbiAgYXNzZXJ0LmVxdWFsKGRldGVjdENvbXByZXNzaW9uKEJ1ZmZlci5mcm9tKCdCWmg5JykpLCAnYnppcDInKTtcbiAgYXNzZXJ0LmVxdWFsKGRldGVjdENvbXByZXNzaW9uKEJ1ZmZlci5mcm9tKCdCWmgwJykpLCB1bmRlZmluZWQpO1xuICBhc3NlcnQuZXF1YWwoZGV0ZWN0Q29tcHJlc3Npb24oQnVmZmVyLmZyb20oJ2ZkMzc3YTU4NWEwMCcsICdoZXgnKSksICd4eicpO1xuICBhc3NlcnQuZXF1YWwoZGV0ZWN0Q29tcHJlc3Npb24oQnVmZmVyLmZyb20oJzFmOGIwOCcsICdoZXgnKSksICdnemlwJyk7XG4gIGFzc2VydC5lcXVhbChkZXRlY3RDb21wcmVzc2lvbihCdWZmZXIuZnJvbSgnMDQyMjRkMTgnLCAnaGV4JykpLCAnbHo0Jyk7XG4gIGFzc2VydC5lcXVhbChkZXRlY3RDb21wcmVzc2lvbihCdWZmZXIuZnJvbSgnTFpJUCcpKSwgdW5kZWZpbmVkKTtcbn0pO1xuXG50ZXN0KCdhIHpzdGQgZnJhbWUgYXNraW5nIGZvciBhIDIgR2lCIHdpbmRvdyBpcyByZWZ1c2VkIGJlZm9yZSBhbnl0aGluZyBpcyBhbGxvY2F0ZWQnLCBhc3luYyAoKSA9PiB7XG4gIC8vIEZyYW1lIGhlYWRlcjogbWFnaWMsIEZIRCAwIChubyBzaW5nbGUgc2VnbWVudCksIHdpbmRvdyBkZXNjcmlwdG9yIDB4YTggPSAyXjMxOyB0aGVuIGEgcmF3IGxhc3QgYmxvY2sgb2YgMSBieXRlLlxuICBjb25zdCBmcmFtZSA9IEJ1ZmZlci5mcm9tKFsweDI4LCAweGI1LCAweDJmLCAweGZkLCAweDAwLCAweGE4LCAweDA5LCAweDAwLCAweDAwLCAweDQxXSk7XG4gIGF3YWl0IGFzc2VydC5yZWplY3RzKGNvbGxlY3QoJ3pzdGQnLCBmcmFtZSwgMyksIC8yMDQ4IE1pQiB3aW5kb3csIGFib3ZlIHpzdGQncyBkZWZhdWx0IDEyOCBNaUIgbGltaXQvKTtcbiAgY29uc3Qgc21hbGwgPSBCdWZmZXIuZnJvbShbMHgyOCwgMHhiNSwgMHgyZiwgMHhmZCwgMHgwMCwgMHgwMCwgMHgwOSwgMHgwMCwgMHgwMCwgMHg0MV0pO1xuICBhc3NlcnQuZXF1YWwoKGF3YWl0IGNvbGxlY3QoJ3pzdGQnLCBzbWFsbCwgMykpLnRvU3RyaW5nKCksICdBJyk7XG59KTtcblxudGVzdCgncmVhZGluZyBvbmx5IHRoZSBtZXRhZGF0YSBvZiBhIEdQS0cgc3RvcHMgYmVmb3JlIHRoZSBpbWFnZSAodGhlIGFydGlmYWN0cyB0cmVlIG9uIG11bHRpLUdCIHBhY2thZ2VzKScsIGFzeW5jICgpID0+IHtcbiAgY29uc3QgaW1hZ2VUYXIgPSBhd2FpdCBtYWtlVGFyKFt7IG5hbWU6ICdpbWFnZS91c3IvYmlnJywgZGF0YTogcmFuZG9tQnl0ZXMoOF8wMDBfMDAwKSB9XSk7XG4gIGNvbnN0IGdwa2cgPSBhd2FpdCBtYWtlR3BrZygnYmlnLTEnLCBbXG4gICAgeyBuYW1lOiAnZ3BrZy0xJywgZGF0YTogQnVmZmVyLmFsbG9jKDApIH0sXG4gICAgeyBuYW1lOiAnbWV0YWRhdGEudGFyLmd6JywgZGF0YTogY29tcHJlc3MoJ2d6aXAnLCBhd2FpdCBtYWtlVGFyKG1ldGFkYXRhSXRlbXMoeyBDQVRFR09SWTogJ2FwcC1taXNjXFxuJywgUEY6ICdiaWctMVxcbicgfSkpKSB9LFxuICAgIHsgbmFtZTogJ2ltYWdlLnRhcicsIGRhdGE6IGltYWdlVGFyIH0sXG4gIF0pO1xuICBjb25zdCBpbm5lciA9IGJ1ZmZlclNvdXJjZSgnYmlnLTEuZ3BrZy50YXInLCBncGtnKTtcbiAgbGV0IHN0cmVhbWVkID0gMDtcbiAgY29uc3QgY291bnRpbmcgPSB7IC4uLmlubmVyLCBuYW1lOiBpbm5lci5uYW1lLCBzaXplOiBpbm5lci5zaXplLCByZWFkOiBpbm5lci5yZWFkLmJpbmQoaW5uZXIpLCBjbG9zZTogaW5uZXIuY2xvc2UuYmluZChpbm5lciksXG4gICAgYXN5bmMgKnN0cmVhbShvZmZzZXQ6IG51bWJlciwgbGVuZ3RoOiBudW1iZXIpIHtcbiAgICAgIGZvciBhd2FpdCAoY29uc3QgYyBvZiBpbm5lci5zdHJlYW0ob2Zmc2V0LCBsZW5ndGgpKSB7XG4gICAgICAgIHN0cmVhbWVkICs9IGMubGVuZ3RoO1xuICAgICAgICB5aWVsZCBjO1xuICAgICAgfVxuICAgIH0gfTtcbiAgY29uc3QgcGtnID0gYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2VGcm9tKGNvdW50aW5nLCB7IGxpc3RGaWxlczogZmFsc2UsIHZlcmlmeTogZmFsc2UgfSk7XG4gIGFzc2VydC5lcXVhbChwa2cuY3B2LCAnYXBwLW1pc2MvYmlnLTEnKTtcbiAgYXNzZXJ0LmRlZXBFcXVhbChwa2cuZmlsZXMsIFtdKTtcbiAgYXNzZXJ0Lm9rKHN0cmVhbWVkIDwgZ3BrZy5sZW5ndGggLyAyLCBgcmVhZCAke3N0cmVhbWVkfSBvZiAke2dwa2cubGVuZ3RofSBieXRlc2ApO1xuICBjb25zdCBmdWxsID0gYXdhaXQgcmVhZEJpbmFyeVBhY2thZ2VGcm9tKGJ1ZmZlclNvdXJjZSgnYmlnLTEuZ3BrZy50YXInLCBncGtnKSk7XG4gIGFzc2VydC5kZWVwRXF1YWwoZnVsbC5maWxlcy5tYXAoKGYpID0+IFtmLnBhdGgsIGYuc2l6ZV0pLCBbWycvdXNyL2JpZycsIDhfMDAwXzAwMF1dKTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFLQSx1QkFBcUI7QUFDckIsb0JBQW1CO0FBQ25CLGdDQUE2QjtBQUM3Qix5QkFBNEI7QUFDNUIsd0JBQTZCO0FBQzdCLHdCQUFvRDtBQUNwRCx5QkFBc0M7QUFDdEMsNEJBQTRGO0FBRTVGLE1BQU0sT0FBTyxFQUFFLFVBQVUsY0FBYyxJQUFJLGtCQUFrQixNQUFNLFdBQVcsS0FBSyxTQUFTLE1BQU0sa0JBQWtCLFNBQVMsZ0NBQWdDO0FBQzdKLE1BQU0sUUFBbUI7QUFBQSxFQUN2QixFQUFFLE1BQU0sVUFBVSxNQUFNLFlBQVk7QUFBQSxFQUNwQyxFQUFFLE1BQU0saUNBQWlDLFVBQU0sZ0NBQVksR0FBTyxHQUFHLE1BQU0sSUFBTTtBQUFBLEVBQ2pGLEVBQUUsTUFBTSwrQkFBK0IsTUFBTSxXQUFXLFVBQVUsZ0JBQWdCO0FBQUEsRUFDbEYsRUFBRSxNQUFNLHlCQUF5QixJQUFJLE9BQU8sR0FBRyxJQUFJLFdBQVcsTUFBTSxvQkFBb0I7QUFDMUY7QUFDQSxNQUFNLFFBQVEsQ0FBQyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFDbkQsTUFBTSxTQUFTLEVBQUUsTUFBTSxPQUFPLE9BQU8sT0FBTyxJQUFJLE1BQU0sTUFBTSxNQUFNLEtBQUssTUFBTTtBQUU3RSxXQUFXLFFBQVEsT0FBTztBQUN4Qiw2QkFBSyxhQUFhLElBQUksK0JBQStCLElBQUksZ0NBQWdDLEVBQUUsTUFBTSxTQUFTLFVBQVUsS0FBQywrQkFBUSxJQUFJLEVBQUUsR0FBRyxZQUFZO0FBQ2hKLFVBQU0sV0FBVyxVQUFNLCtCQUFRLEtBQUs7QUFDcEMsVUFBTSxPQUFPLFVBQU0sZ0NBQVMsa0JBQWtCO0FBQUEsTUFDNUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxFQUFFO0FBQUEsTUFDeEMsRUFBRSxNQUFNLGdCQUFnQixPQUFPLElBQUksQ0FBQyxJQUFJLFVBQU0sZ0NBQVMsTUFBTSxVQUFNLG1DQUFRLHFDQUFjLElBQUksQ0FBQyxDQUFDLEVBQUU7QUFBQSxNQUNqRyxFQUFFLE1BQU0sYUFBYSxPQUFPLElBQUksQ0FBQyxJQUFJLFVBQU0sZ0NBQVMsTUFBTSxRQUFRLEVBQUU7QUFBQSxJQUN0RSxDQUFDO0FBQ0QsVUFBTSxJQUFJLFVBQU0sOENBQXNCLGdDQUFhLDJCQUEyQixJQUFJLENBQUM7QUFDbkYsVUFBTSxVQUFVLFVBQU0sK0JBQVEsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLEdBQUcsR0FBRyxNQUFNLEVBQUUsS0FBSyxRQUFRLGFBQWEsSUFBSSxFQUFFLEVBQUUsQ0FBQztBQUNuRyxVQUFNLElBQUksVUFBTSw4Q0FBc0IsZ0NBQWEsMkJBQXVCLG9DQUFTLGdDQUFTLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQ2xILGVBQVcsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHO0FBQ3hCLG9CQUFBQSxRQUFPLFVBQVUsSUFBSSxVQUFVLENBQUMsQ0FBQztBQUNqQyxvQkFBQUEsUUFBTyxNQUFNLElBQUksS0FBSyx1QkFBdUI7QUFDN0Msb0JBQUFBLFFBQU8sTUFBTSxJQUFJLElBQUksT0FBTztBQUM1QixvQkFBQUEsUUFBTyxNQUFNLElBQUksU0FBUyxRQUFRO0FBQ2xDLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxTQUFTLEdBQUcsZ0RBQWdEO0FBQzdFLG9CQUFBQSxRQUFPLE1BQU0sSUFBSSxZQUFZLE9BQU8sSUFBSTtBQUN4QyxvQkFBQUEsUUFBTyxVQUFVLElBQUksS0FBSyxFQUFFLFNBQVMsQ0FBQyxLQUFLLEdBQUcsVUFBVSxDQUFDLFFBQVEsR0FBRyxVQUFVLEVBQUUsS0FBSyxLQUFLLFFBQVEsSUFBSSxFQUFFLENBQUM7QUFDekcsb0JBQUFBLFFBQU8sVUFBVSxJQUFJLE1BQU0sSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLFVBQVUsQ0FBQyxHQUFHO0FBQUEsUUFDN0UsQ0FBQyw0QkFBNEIsUUFBUSxLQUFTLE1BQVM7QUFBQSxRQUN2RCxDQUFDLDBCQUEwQixXQUFXLEdBQUcsZUFBZTtBQUFBLFFBQ3hELENBQUMsb0JBQW9CLElBQUksT0FBTyxHQUFHLElBQUksV0FBVyxRQUFRLElBQUksTUFBUztBQUFBLE1BQ3pFLENBQUM7QUFBQSxJQUNIO0FBQ0Esa0JBQUFBLFFBQU8sTUFBTSxFQUFFLFNBQVMsT0FBTyxVQUFVO0FBQUEsRUFDM0MsQ0FBQztBQUNIO0FBRUEsZUFBZSxRQUFRLE1BQThDLE1BQWMsT0FBZ0M7QUFDakgsa0JBQWdCLFNBQVM7QUFDdkIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSyxNQUFPLE9BQU0sS0FBSyxTQUFTLEdBQUcsSUFBSSxLQUFLO0FBQUEsRUFDL0U7QUFDQSxRQUFNLE1BQW9CLENBQUM7QUFDM0IsbUJBQWlCLFNBQUssb0NBQWlCLE1BQU0sT0FBTyxHQUFHLE1BQU0sRUFBRyxLQUFJLEtBQUssQ0FBQztBQUMxRSxTQUFPLE9BQU8sT0FBTyxHQUFHO0FBQzFCO0FBQUEsSUFFQSx1QkFBSyx1RkFBdUYsRUFBRSxNQUFNLEtBQUMsK0JBQVEsT0FBTyxFQUFFLEdBQUcsWUFBWTtBQUNuSSxRQUFNLFFBQUksZ0NBQVksSUFBUztBQUMvQixRQUFNLElBQUksT0FBTyxNQUFNLEtBQVcsS0FBSztBQUN2QyxRQUFNLFNBQVMsT0FBTyxPQUFPLEtBQUMsZ0NBQVMsU0FBUyxDQUFDLE9BQUcsZ0NBQVMsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUN6RSxnQkFBQUEsUUFBTyxVQUFVLE1BQU0sUUFBUSxTQUFTLFFBQVEsSUFBSSxHQUFHLE9BQU8sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDOUUsQ0FBQztBQUFBLElBRUQsdUJBQUssb0VBQW9FLEVBQUUsTUFBTSxLQUFDLCtCQUFRLE1BQU0sS0FBSyxLQUFDLCtCQUFRLEtBQUssRUFBRSxHQUFHLFlBQVk7QUFDbEksUUFBTSxJQUFJLE9BQU8sT0FBTyxLQUFDLGdDQUFZLEdBQU8sR0FBRyxPQUFPLE1BQU0sS0FBUyxLQUFLLENBQUMsQ0FBQztBQUM1RSxRQUFNLFFBQUksZ0NBQVksR0FBTTtBQUM1QixnQkFBQUEsUUFBTyxVQUFVLE1BQU0sUUFBUSxRQUFRLE9BQU8sT0FBTyxLQUFDLGdDQUFTLFFBQVEsQ0FBQyxPQUFHLGdDQUFTLFFBQVEsQ0FBQyxDQUFDLENBQUMsR0FBRyxLQUFLLEdBQUcsT0FBTyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUMvSCxRQUFNLGFBQVMsd0NBQWEsT0FBTyxDQUFDLE1BQU0sTUFBTSxPQUFPLE9BQU8sZ0JBQWdCLEdBQUcsRUFBRSxPQUFPLE9BQU8sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUNqSCxnQkFBQUEsUUFBTyxVQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsR0FBSSxHQUFHLE9BQU8sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDNUUsQ0FBQztBQUFBLElBRUQsdUJBQUsseURBQXlELE1BQU07QUFDbEUsZ0JBQUFBLFFBQU8sVUFBTSxxQ0FBa0IsT0FBTyxLQUFLLGNBQWMsS0FBSyxDQUFDLEdBQUcsTUFBTTtBQUN4RSxnQkFBQUEsUUFBTyxVQUFNLHFDQUFrQixPQUFPLEtBQUssTUFBTSxDQUFDLEdBQUcsT0FBTztBQUM1RCxnQkFBQUEsUUFBTyxVQUFNLHFDQUFrQixPQUFPLEtBQUssTUFBTSxDQUFDLEdBQUcsTUFBUztBQUM5RCxnQkFBQUEsUUFBTyxVQUFNLHFDQUFrQixPQUFPLEtBQUssZ0JBQWdCLEtBQUssQ0FBQyxHQUFHLElBQUk7QUFDeEUsZ0JBQUFBLFFBQU8sVUFBTSxxQ0FBa0IsT0FBTyxLQUFLLFVBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTTtBQUNwRSxnQkFBQUEsUUFBTyxVQUFNLHFDQUFrQixPQUFPLEtBQUssWUFBWSxLQUFLLENBQUMsR0FBRyxLQUFLO0FBQ3JFLGdCQUFBQSxRQUFPLFVBQU0scUNBQWtCLE9BQU8sS0FBSyxNQUFNLENBQUMsR0FBRyxNQUFTO0FBQ2hFLENBQUM7QUFBQSxJQUVELHVCQUFLLGtGQUFrRixZQUFZO0FBRWpHLFFBQU0sUUFBUSxPQUFPLEtBQUssQ0FBQyxJQUFNLEtBQU0sSUFBTSxLQUFNLEdBQU0sS0FBTSxHQUFNLEdBQU0sR0FBTSxFQUFJLENBQUM7QUFDdEYsUUFBTSxjQUFBQSxRQUFPLFFBQVEsUUFBUSxRQUFRLE9BQU8sQ0FBQyxHQUFHLHFEQUFxRDtBQUNyRyxRQUFNLFFBQVEsT0FBTyxLQUFLLENBQUMsSUFBTSxLQUFNLElBQU0sS0FBTSxHQUFNLEdBQU0sR0FBTSxHQUFNLEdBQU0sRUFBSSxDQUFDO0FBQ3RGLGdCQUFBQSxRQUFPLE9BQU8sTUFBTSxRQUFRLFFBQVEsT0FBTyxDQUFDLEdBQUcsU0FBUyxHQUFHLEdBQUc7QUFDaEUsQ0FBQztBQUFBLElBRUQsdUJBQUssd0dBQXdHLFlBQVk7QUFDdkgsUUFBTSxXQUFXLFVBQU0sK0JBQVEsQ0FBQyxFQUFFLE1BQU0saUJBQWlCLFVBQU0sZ0NBQVksR0FBUyxFQUFFLENBQUMsQ0FBQztBQUN4RixRQUFNLE9BQU8sVUFBTSxnQ0FBUyxTQUFTO0FBQUEsSUFDbkMsRUFBRSxNQUFNLFVBQVUsTUFBTSxPQUFPLE1BQU0sQ0FBQyxFQUFFO0FBQUEsSUFDeEMsRUFBRSxNQUFNLG1CQUFtQixVQUFNLGdDQUFTLFFBQVEsVUFBTSxtQ0FBUSxxQ0FBYyxFQUFFLFVBQVUsY0FBYyxJQUFJLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzNILEVBQUUsTUFBTSxhQUFhLE1BQU0sU0FBUztBQUFBLEVBQ3RDLENBQUM7QUFDRCxRQUFNLFlBQVEsZ0NBQWEsa0JBQWtCLElBQUk7QUFDakQsTUFBSSxXQUFXO0FBQ2YsUUFBTSxXQUFXO0FBQUEsSUFBRSxHQUFHO0FBQUEsSUFBTyxNQUFNLE1BQU07QUFBQSxJQUFNLE1BQU0sTUFBTTtBQUFBLElBQU0sTUFBTSxNQUFNLEtBQUssS0FBSyxLQUFLO0FBQUEsSUFBRyxPQUFPLE1BQU0sTUFBTSxLQUFLLEtBQUs7QUFBQSxJQUMxSCxPQUFPLE9BQU8sUUFBZ0IsUUFBZ0I7QUFDNUMsdUJBQWlCLEtBQUssTUFBTSxPQUFPLFFBQVEsTUFBTSxHQUFHO0FBQ2xELG9CQUFZLEVBQUU7QUFDZCxjQUFNO0FBQUEsTUFDUjtBQUFBLElBQ0Y7QUFBQSxFQUFFO0FBQ0osUUFBTSxNQUFNLFVBQU0sMENBQXNCLFVBQVUsRUFBRSxXQUFXLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFDckYsZ0JBQUFBLFFBQU8sTUFBTSxJQUFJLEtBQUssZ0JBQWdCO0FBQ3RDLGdCQUFBQSxRQUFPLFVBQVUsSUFBSSxPQUFPLENBQUMsQ0FBQztBQUM5QixnQkFBQUEsUUFBTyxHQUFHLFdBQVcsS0FBSyxTQUFTLEdBQUcsUUFBUSxRQUFRLE9BQU8sS0FBSyxNQUFNLFFBQVE7QUFDaEYsUUFBTSxPQUFPLFVBQU0sOENBQXNCLGdDQUFhLGtCQUFrQixJQUFJLENBQUM7QUFDN0UsZ0JBQUFBLFFBQU8sVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsWUFBWSxHQUFTLENBQUMsQ0FBQztBQUNyRixDQUFDOyIsCiAgIm5hbWVzIjogWyJhc3NlcnQiXQp9Cg==
