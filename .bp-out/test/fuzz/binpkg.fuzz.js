"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var binpkg_fuzz_exports = {};
__export(binpkg_fuzz_exports, {
  runFuzz: () => runFuzz
});
module.exports = __toCommonJS(binpkg_fuzz_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_byteSource = require("../../src/core/binpkg/byteSource");
var import_readPackage = require("../../src/core/binpkg/readPackage");
var import_packagesIndex = require("../../src/core/binpkg/packagesIndex");
var import_metadata = require("../../src/core/binpkg/metadata");
var import_safety = require("../../src/core/binpkg/safety");
var import_binpkgArchives = require("../helpers/binpkgArchives");
const FIX = (0, import_node_path.join)(__dirname, "../../../test/fixtures/portage/binpkgs");
async function seeds() {
  const out = [
    "gpkg-single/app-misc/hello-1.0.gpkg.tar",
    "xpak-single/app-misc/hello-1.0.tbz2",
    "xpak-single-bzip2/app-misc/hello-1.0.tbz2",
    "withdep/app-misc/withdep/withdep-1.0-1.gpkg.tar"
  ].map((p) => ({ name: p.split("/").pop(), bytes: (0, import_node_fs.readFileSync)((0, import_node_path.join)(FIX, p)) }));
  const meta = { CATEGORY: "app-misc\n", PF: "f-1\n", SLOT: "0\n", IUSE: "+a b\n", USE: "a\n", RDEPEND: "a? ( x/y ) || ( p/q r/s )\n", BUILD_ID: "2" };
  const image = await (0, import_binpkgArchives.makeTar)([
    { name: "image/", type: "directory" },
    { name: "image/usr/bin/f", data: "binary", mode: 493 },
    { name: "image/usr/lib/l", type: "symlink", linkname: "../bin/f" },
    { name: "image/usr/share/" + "n".repeat(150), data: "pax" }
  ]);
  const metaTar = await (0, import_binpkgArchives.makeTar)((0, import_binpkgArchives.metadataItems)(meta));
  const members = (m, i, sfx) => [
    { name: "gpkg-1", data: Buffer.alloc(0) },
    { name: `metadata.tar${sfx}`, data: m },
    { name: `image.tar${sfx}`, data: i }
  ];
  out.push({ name: "f-1-2.gpkg.tar", bytes: await (0, import_binpkgArchives.makeGpkg)("f-1-2", members(metaTar, image, "")) });
  out.push({ name: "f-1-2.gpkg.tar", bytes: await (0, import_binpkgArchives.makeGpkg)("f-1-2", members((0, import_binpkgArchives.compress)("gzip", metaTar), (0, import_binpkgArchives.compress)("gzip", image), ".gz")) });
  out.push({ name: "f-1-2.xpak", bytes: (0, import_binpkgArchives.makeXpak)(await (0, import_binpkgArchives.makeTar)([{ name: "./usr/bin/f", data: "x" }]), meta) });
  return out;
}
function rng(seed) {
  let x = seed >>> 0 || 2654435769;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
function mutate(src, r) {
  let b = Buffer.from(src);
  const pick = (n) => Math.floor(r() * n);
  const rounds = 1 + pick(4);
  for (let k = 0; k < rounds; k++) {
    const at = pick(b.length || 1);
    switch (pick(8)) {
      case 0:
        b[at] ^= 1 << pick(8);
        break;
      case 1:
        b[at] = [0, 255, 127, 128, 48, 55, 32][pick(7)];
        break;
      case 2:
        b = b.subarray(0, pick(b.length + 1));
        break;
      case 3:
        b = Buffer.concat([b.subarray(0, at), Buffer.from([pick(256), pick(256)]), b.subarray(at)]);
        break;
      case 4:
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + pick(600)))]);
        break;
      case 5:
        if (b.length >= 8) b.writeUInt32BE([0, 1, 4294967295, 2147483647, b.length, pick(1 << 20)][pick(6)], Math.max(0, b.length - 8 - pick(Math.min(b.length - 8, 4096) + 1) * (r() < 0.5 ? 0 : 1)));
        break;
      case 6: {
        const hdr = pick(Math.max(1, Math.floor(b.length / 512))) * 512;
        const field = [124, 148, 100, 257, 156, 345][pick(6)];
        if (hdr + field + 12 <= b.length) b.write(["77777777777", "00000000000", "1", "\0", "x", "L"][pick(6)], hdr + field, "latin1");
        break;
      }
      default:
        for (let i = 0; i < 16 && at + i < b.length; i++) b[at + i] = pick(256);
    }
  }
  return b;
}
function withTimeout(p, ms) {
  let timer;
  return Promise.race([p, new Promise((_, rej) => {
    timer = setTimeout(() => rej(new Error(`no result after ${ms} ms (hang)`)), ms);
  })]).finally(() => clearTimeout(timer));
}
async function runFuzz(count, seed = 1, opts = {}) {
  const r = rng(seed);
  const corpus = await seeds();
  const res = { count: 0, refused: 0, read: 0, failures: [], ms: 0 };
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const s = corpus[Math.floor(r() * corpus.length)];
    const input = mutate(s.bytes, r);
    if (i < (opts.skip ?? 0)) continue;
    opts.trace?.(i, input);
    res.count++;
    try {
      const pkg = await withTimeout((0, import_readPackage.readBinaryPackageFrom)((0, import_byteSource.bufferSource)(s.name, input)), opts.timeoutMs ?? 1e4);
      JSON.stringify(pkg);
      res.read++;
    } catch (e) {
      if (e instanceof import_safety.BinpkgFormatError) res.refused++;
      else {
        const file = opts.saveDir ? (0, import_node_path.join)(opts.saveDir, `fuzz-failure-${seed}-${i}.bin`) : "";
        if (file) (0, import_node_fs.writeFileSync)(file, input);
        res.failures.push({ input: file || `${s.name} #${i}`, error: e?.stack ?? String(e) });
        if (res.failures.length >= 20) break;
      }
    }
    if (i % 16 === 0) {
      const text = input.toString("latin1", 0, Math.min(input.length, 4096));
      try {
        (0, import_packagesIndex.formatPackagesIndex)((0, import_packagesIndex.parsePackagesIndex)(text));
        (0, import_metadata.reduceDepString)(text, ["a"]);
        (0, import_metadata.parseDepString)(text);
      } catch (e) {
        res.failures.push({ input: `text of ${s.name} #${i}`, error: e?.stack ?? String(e) });
      }
    }
    if (opts.progress && i % 1e4 === 0) opts.progress(i);
  }
  res.ms = Date.now() - started;
  return res;
}
if (require.main === module) {
  const count = Number(process.env.FUZZ_COUNT ?? 1e4);
  const seed = Number(process.env.FUZZ_SEED ?? 1);
  const saveDir = process.env.FUZZ_SAVE_DIR ?? process.cwd();
  const trace = process.env.FUZZ_TRACE ? (i, input) => {
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(saveDir, "fuzz-current.bin"), input);
    process.stderr.write(`${i}
`);
  } : void 0;
  runFuzz(count, seed, { saveDir, skip: Number(process.env.FUZZ_SKIP ?? 0), trace, progress: (n) => n && process.stderr.write(`fuzz: ${n}
`) }).then((r) => {
    console.log(`fuzz: ${r.count} inputs, ${r.read} read, ${r.refused} refused with BinpkgFormatError, ${r.failures.length} failures, ${(r.ms / 1e3).toFixed(1)} s`);
    for (const f of r.failures) console.log(`FAIL ${f.input}
${f.error}`);
    process.exitCode = r.failures.length ? 1 : 0;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  runFuzz
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9mdXp6L2JpbnBrZy5mdXp6LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE11dGF0aW9uIGZ1enplciBmb3IgdGhlIGJpbmFyeS1wYWNrYWdlIHJlYWRlcnMuIFNlZWRzIGFyZSB0aGUgcmVhbCBmaXh0dXJlIHBhY2thZ2VzIHBsdXMgZ2VuZXJhdGVkIG9uZXNcbiAqICh1bmNvbXByZXNzZWQgaW5uZXIgdGFycyBzbyBtdXRhdGlvbnMgcmVhY2ggdGhlIHRhciB3YWxrZXIsIGd6aXAgbWVtYmVycywgYW4gWFBBSyk7IGVhY2ggaW5wdXQgaXMgYSBzZWVkXG4gKiB3aXRoIGJpdCBmbGlwcywgYnl0ZSBzbWFzaGVzLCB0cnVuY2F0aW9uLCBpbnNlcnRpb25zIG9yIGxlbmd0aHMgb3ZlcndyaXR0ZW4uIFRoZSBvbmx5IGFjY2VwdGFibGUgZmFpbHVyZVxuICogaXMgYSBCaW5wa2dGb3JtYXRFcnJvcjsgYW55dGhpbmcgZWxzZSwgb3IgYW4gaW5wdXQgdGhhdCB0YWtlcyBsb25nZXIgdGhhbiB0aGUgdGltZSBsaW1pdCwgaXMgYSBmaW5kaW5nLlxuICpcbiAqICAgRlVaWl9DT1VOVD0xMDAwMDAwIEZVWlpfU0VFRD0xIG5vZGUgb3V0L3Rlc3QvZnV6ei9iaW5wa2cuZnV6ei5qc1xuICovXG5pbXBvcnQgeyByZWFkRmlsZVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgYnVmZmVyU291cmNlIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL2J5dGVTb3VyY2UnO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2VGcm9tIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvYmlucGtnL3JlYWRQYWNrYWdlJztcbmltcG9ydCB7IHBhcnNlUGFja2FnZXNJbmRleCwgZm9ybWF0UGFja2FnZXNJbmRleCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2JpbnBrZy9wYWNrYWdlc0luZGV4JztcbmltcG9ydCB7IHBhcnNlRGVwU3RyaW5nLCByZWR1Y2VEZXBTdHJpbmcgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9iaW5wa2cvbWV0YWRhdGEnO1xuaW1wb3J0IHsgQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9iaW5wa2cvc2FmZXR5JztcbmltcG9ydCB7IGNvbXByZXNzLCBtYWtlR3BrZywgbWFrZVRhciwgbWFrZVhwYWssIG1ldGFkYXRhSXRlbXMgfSBmcm9tICcuLi9oZWxwZXJzL2JpbnBrZ0FyY2hpdmVzJztcblxuZXhwb3J0IGludGVyZmFjZSBGdXp6UmVzdWx0IHtcbiAgY291bnQ6IG51bWJlcjtcbiAgcmVmdXNlZDogbnVtYmVyO1xuICByZWFkOiBudW1iZXI7XG4gIGZhaWx1cmVzOiB7IGlucHV0OiBzdHJpbmc7IGVycm9yOiBzdHJpbmcgfVtdO1xuICBtczogbnVtYmVyO1xufVxuXG5jb25zdCBGSVggPSBqb2luKF9fZGlybmFtZSwgJy4uLy4uLy4uL3Rlc3QvZml4dHVyZXMvcG9ydGFnZS9iaW5wa2dzJyk7XG5cbmFzeW5jIGZ1bmN0aW9uIHNlZWRzKCk6IFByb21pc2U8eyBuYW1lOiBzdHJpbmc7IGJ5dGVzOiBCdWZmZXIgfVtdPiB7XG4gIGNvbnN0IG91dDogeyBuYW1lOiBzdHJpbmc7IGJ5dGVzOiBCdWZmZXIgfVtdID0gW1xuICAgICdncGtnLXNpbmdsZS9hcHAtbWlzYy9oZWxsby0xLjAuZ3BrZy50YXInLFxuICAgICd4cGFrLXNpbmdsZS9hcHAtbWlzYy9oZWxsby0xLjAudGJ6MicsXG4gICAgJ3hwYWstc2luZ2xlLWJ6aXAyL2FwcC1taXNjL2hlbGxvLTEuMC50YnoyJyxcbiAgICAnd2l0aGRlcC9hcHAtbWlzYy93aXRoZGVwL3dpdGhkZXAtMS4wLTEuZ3BrZy50YXInLFxuICBdLm1hcCgocCkgPT4gKHsgbmFtZTogcC5zcGxpdCgnLycpLnBvcCgpISwgYnl0ZXM6IHJlYWRGaWxlU3luYyhqb2luKEZJWCwgcCkpIH0pKTtcbiAgY29uc3QgbWV0YSA9IHsgQ0FURUdPUlk6ICdhcHAtbWlzY1xcbicsIFBGOiAnZi0xXFxuJywgU0xPVDogJzBcXG4nLCBJVVNFOiAnK2EgYlxcbicsIFVTRTogJ2FcXG4nLCBSREVQRU5EOiAnYT8gKCB4L3kgKSB8fCAoIHAvcSByL3MgKVxcbicsIEJVSUxEX0lEOiAnMicgfTtcbiAgY29uc3QgaW1hZ2UgPSBhd2FpdCBtYWtlVGFyKFtcbiAgICB7IG5hbWU6ICdpbWFnZS8nLCB0eXBlOiAnZGlyZWN0b3J5JyB9LFxuICAgIHsgbmFtZTogJ2ltYWdlL3Vzci9iaW4vZicsIGRhdGE6ICdiaW5hcnknLCBtb2RlOiAwbzc1NSB9LFxuICAgIHsgbmFtZTogJ2ltYWdlL3Vzci9saWIvbCcsIHR5cGU6ICdzeW1saW5rJywgbGlua25hbWU6ICcuLi9iaW4vZicgfSxcbiAgICB7IG5hbWU6ICdpbWFnZS91c3Ivc2hhcmUvJyArICduJy5yZXBlYXQoMTUwKSwgZGF0YTogJ3BheCcgfSxcbiAgXSk7XG4gIGNvbnN0IG1ldGFUYXIgPSBhd2FpdCBtYWtlVGFyKG1ldGFkYXRhSXRlbXMobWV0YSkpO1xuICBjb25zdCBtZW1iZXJzID0gKG06IEJ1ZmZlciwgaTogQnVmZmVyLCBzZng6IHN0cmluZykgPT4gW1xuICAgIHsgbmFtZTogJ2dwa2ctMScsIGRhdGE6IEJ1ZmZlci5hbGxvYygwKSB9LCB7IG5hbWU6IGBtZXRhZGF0YS50YXIke3NmeH1gLCBkYXRhOiBtIH0sIHsgbmFtZTogYGltYWdlLnRhciR7c2Z4fWAsIGRhdGE6IGkgfSxcbiAgXTtcbiAgb3V0LnB1c2goeyBuYW1lOiAnZi0xLTIuZ3BrZy50YXInLCBieXRlczogYXdhaXQgbWFrZUdwa2coJ2YtMS0yJywgbWVtYmVycyhtZXRhVGFyLCBpbWFnZSwgJycpKSB9KTtcbiAgb3V0LnB1c2goeyBuYW1lOiAnZi0xLTIuZ3BrZy50YXInLCBieXRlczogYXdhaXQgbWFrZUdwa2coJ2YtMS0yJywgbWVtYmVycyhjb21wcmVzcygnZ3ppcCcsIG1ldGFUYXIpLCBjb21wcmVzcygnZ3ppcCcsIGltYWdlKSwgJy5neicpKSB9KTtcbiAgb3V0LnB1c2goeyBuYW1lOiAnZi0xLTIueHBhaycsIGJ5dGVzOiBtYWtlWHBhayhhd2FpdCBtYWtlVGFyKFt7IG5hbWU6ICcuL3Vzci9iaW4vZicsIGRhdGE6ICd4JyB9XSksIG1ldGEpIH0pO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogeG9yc2hpZnQzMjogcmVwcm9kdWNpYmxlIGZyb20gRlVaWl9TRUVELiAqL1xuZnVuY3Rpb24gcm5nKHNlZWQ6IG51bWJlcik6ICgpID0+IG51bWJlciB7XG4gIGxldCB4ID0gc2VlZCA+Pj4gMCB8fCAweDllMzc3OWI5O1xuICByZXR1cm4gKCkgPT4ge1xuICAgIHggXj0geCA8PCAxMztcbiAgICB4IF49IHggPj4+IDE3O1xuICAgIHggXj0geCA8PCA1O1xuICAgIHJldHVybiAoeCA+Pj4gMCkgLyAweDEwMDAwMDAwMDtcbiAgfTtcbn1cblxuZnVuY3Rpb24gbXV0YXRlKHNyYzogQnVmZmVyLCByOiAoKSA9PiBudW1iZXIpOiBCdWZmZXIge1xuICBsZXQgYiA9IEJ1ZmZlci5mcm9tKHNyYyk7XG4gIGNvbnN0IHBpY2sgPSAobjogbnVtYmVyKSA9PiBNYXRoLmZsb29yKHIoKSAqIG4pO1xuICBjb25zdCByb3VuZHMgPSAxICsgcGljayg0KTtcbiAgZm9yIChsZXQgayA9IDA7IGsgPCByb3VuZHM7IGsrKykge1xuICAgIGNvbnN0IGF0ID0gcGljayhiLmxlbmd0aCB8fCAxKTtcbiAgICBzd2l0Y2ggKHBpY2soOCkpIHtcbiAgICAgIGNhc2UgMDogYlthdF0gXj0gMSA8PCBwaWNrKDgpOyBicmVhaztcbiAgICAgIGNhc2UgMTogYlthdF0gPSBbMCwgMHhmZiwgMHg3ZiwgMHg4MCwgMHgzMCwgMHgzNywgMHgyMF1bcGljayg3KV07IGJyZWFrO1xuICAgICAgY2FzZSAyOiBiID0gYi5zdWJhcnJheSgwLCBwaWNrKGIubGVuZ3RoICsgMSkpOyBicmVhaztcbiAgICAgIGNhc2UgMzogYiA9IEJ1ZmZlci5jb25jYXQoW2Iuc3ViYXJyYXkoMCwgYXQpLCBCdWZmZXIuZnJvbShbcGljaygyNTYpLCBwaWNrKDI1NildKSwgYi5zdWJhcnJheShhdCldKTsgYnJlYWs7XG4gICAgICBjYXNlIDQ6IGIgPSBCdWZmZXIuY29uY2F0KFtiLnN1YmFycmF5KDAsIGF0KSwgYi5zdWJhcnJheShNYXRoLm1pbihiLmxlbmd0aCwgYXQgKyAxICsgcGljayg2MDApKSldKTsgYnJlYWs7XG4gICAgICBjYXNlIDU6IGlmIChiLmxlbmd0aCA+PSA4KSBiLndyaXRlVUludDMyQkUoWzAsIDEsIDB4ZmZmZmZmZmYsIDB4N2ZmZmZmZmYsIGIubGVuZ3RoLCBwaWNrKDEgPDwgMjApXVtwaWNrKDYpXSwgTWF0aC5tYXgoMCwgYi5sZW5ndGggLSA4IC0gcGljayhNYXRoLm1pbihiLmxlbmd0aCAtIDgsIDQwOTYpICsgMSkgKiAocigpIDwgMC41ID8gMCA6IDEpKSk7IGJyZWFrO1xuICAgICAgY2FzZSA2OiB7IC8vIGFuIG9jdGFsIHNpemUvY2hlY2tzdW0gZmllbGQgb2Ygc29tZSB0YXIgaGVhZGVyXG4gICAgICAgIGNvbnN0IGhkciA9IHBpY2soTWF0aC5tYXgoMSwgTWF0aC5mbG9vcihiLmxlbmd0aCAvIDUxMikpKSAqIDUxMjtcbiAgICAgICAgY29uc3QgZmllbGQgPSBbMTI0LCAxNDgsIDEwMCwgMjU3LCAxNTYsIDM0NV1bcGljayg2KV07XG4gICAgICAgIGlmIChoZHIgKyBmaWVsZCArIDEyIDw9IGIubGVuZ3RoKSBiLndyaXRlKFsnNzc3Nzc3Nzc3NzcnLCAnMDAwMDAwMDAwMDAnLCAnMScsICdcXDAnLCAneCcsICdMJ11bcGljayg2KV0sIGhkciArIGZpZWxkLCAnbGF0aW4xJyk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgZGVmYXVsdDogZm9yIChsZXQgaSA9IDA7IGkgPCAxNiAmJiBhdCArIGkgPCBiLmxlbmd0aDsgaSsrKSBiW2F0ICsgaV0gPSBwaWNrKDI1Nik7XG4gICAgfVxuICB9XG4gIHJldHVybiBiO1xufVxuXG5mdW5jdGlvbiB3aXRoVGltZW91dDxUPihwOiBQcm9taXNlPFQ+LCBtczogbnVtYmVyKTogUHJvbWlzZTxUPiB7XG4gIGxldCB0aW1lcjogTm9kZUpTLlRpbWVvdXQ7XG4gIHJldHVybiBQcm9taXNlLnJhY2UoW3AsIG5ldyBQcm9taXNlPFQ+KChfLCByZWopID0+IHsgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHJlaihuZXcgRXJyb3IoYG5vIHJlc3VsdCBhZnRlciAke21zfSBtcyAoaGFuZylgKSksIG1zKTsgfSldKS5maW5hbGx5KCgpID0+IGNsZWFyVGltZW91dCh0aW1lcikpO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcnVuRnV6eihjb3VudDogbnVtYmVyLCBzZWVkID0gMSwgb3B0czogeyB0aW1lb3V0TXM/OiBudW1iZXI7IHNhdmVEaXI/OiBzdHJpbmc7IHByb2dyZXNzPzogKG46IG51bWJlcikgPT4gdm9pZDsgc2tpcD86IG51bWJlcjsgdHJhY2U/OiAoaTogbnVtYmVyLCBpbnB1dDogQnVmZmVyKSA9PiB2b2lkIH0gPSB7fSk6IFByb21pc2U8RnV6elJlc3VsdD4ge1xuICBjb25zdCByID0gcm5nKHNlZWQpO1xuICBjb25zdCBjb3JwdXMgPSBhd2FpdCBzZWVkcygpO1xuICBjb25zdCByZXM6IEZ1enpSZXN1bHQgPSB7IGNvdW50OiAwLCByZWZ1c2VkOiAwLCByZWFkOiAwLCBmYWlsdXJlczogW10sIG1zOiAwIH07XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIHtcbiAgICBjb25zdCBzID0gY29ycHVzW01hdGguZmxvb3IocigpICogY29ycHVzLmxlbmd0aCldO1xuICAgIGNvbnN0IGlucHV0ID0gbXV0YXRlKHMuYnl0ZXMsIHIpO1xuICAgIGlmIChpIDwgKG9wdHMuc2tpcCA/PyAwKSkgY29udGludWU7XG4gICAgb3B0cy50cmFjZT8uKGksIGlucHV0KTtcbiAgICByZXMuY291bnQrKztcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGtnID0gYXdhaXQgd2l0aFRpbWVvdXQocmVhZEJpbmFyeVBhY2thZ2VGcm9tKGJ1ZmZlclNvdXJjZShzLm5hbWUsIGlucHV0KSksIG9wdHMudGltZW91dE1zID8/IDEwXzAwMCk7XG4gICAgICBKU09OLnN0cmluZ2lmeShwa2cpO1xuICAgICAgcmVzLnJlYWQrKztcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoZSBpbnN0YW5jZW9mIEJpbnBrZ0Zvcm1hdEVycm9yKSByZXMucmVmdXNlZCsrO1xuICAgICAgZWxzZSB7XG4gICAgICAgIGNvbnN0IGZpbGUgPSBvcHRzLnNhdmVEaXIgPyBqb2luKG9wdHMuc2F2ZURpciwgYGZ1enotZmFpbHVyZS0ke3NlZWR9LSR7aX0uYmluYCkgOiAnJztcbiAgICAgICAgaWYgKGZpbGUpIHdyaXRlRmlsZVN5bmMoZmlsZSwgaW5wdXQpO1xuICAgICAgICByZXMuZmFpbHVyZXMucHVzaCh7IGlucHV0OiBmaWxlIHx8IGAke3MubmFtZX0gIyR7aX1gLCBlcnJvcjogKGUgYXMgRXJyb3IpPy5zdGFjayA/PyBTdHJpbmcoZSkgfSk7XG4gICAgICAgIGlmIChyZXMuZmFpbHVyZXMubGVuZ3RoID49IDIwKSBicmVhaztcbiAgICAgIH1cbiAgICB9XG4gICAgLy8gVGhlIHRleHQgZm9ybWF0cyBtdXN0IG5ldmVyIHRocm93IGF0IGFsbC5cbiAgICBpZiAoaSAlIDE2ID09PSAwKSB7XG4gICAgICBjb25zdCB0ZXh0ID0gaW5wdXQudG9TdHJpbmcoJ2xhdGluMScsIDAsIE1hdGgubWluKGlucHV0Lmxlbmd0aCwgNDA5NikpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgZm9ybWF0UGFja2FnZXNJbmRleChwYXJzZVBhY2thZ2VzSW5kZXgodGV4dCkpO1xuICAgICAgICByZWR1Y2VEZXBTdHJpbmcodGV4dCwgWydhJ10pO1xuICAgICAgICBwYXJzZURlcFN0cmluZyh0ZXh0KTtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgcmVzLmZhaWx1cmVzLnB1c2goeyBpbnB1dDogYHRleHQgb2YgJHtzLm5hbWV9ICMke2l9YCwgZXJyb3I6IChlIGFzIEVycm9yKT8uc3RhY2sgPz8gU3RyaW5nKGUpIH0pO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAob3B0cy5wcm9ncmVzcyAmJiBpICUgMTAwMDAgPT09IDApIG9wdHMucHJvZ3Jlc3MoaSk7XG4gIH1cbiAgcmVzLm1zID0gRGF0ZS5ub3coKSAtIHN0YXJ0ZWQ7XG4gIHJldHVybiByZXM7XG59XG5cbmlmIChyZXF1aXJlLm1haW4gPT09IG1vZHVsZSkge1xuICBjb25zdCBjb3VudCA9IE51bWJlcihwcm9jZXNzLmVudi5GVVpaX0NPVU5UID8/IDEwMDAwKTtcbiAgY29uc3Qgc2VlZCA9IE51bWJlcihwcm9jZXNzLmVudi5GVVpaX1NFRUQgPz8gMSk7XG4gIGNvbnN0IHNhdmVEaXIgPSBwcm9jZXNzLmVudi5GVVpaX1NBVkVfRElSID8/IHByb2Nlc3MuY3dkKCk7XG4gIC8vIEZVWlpfVFJBQ0U9MSBzYXZlcyBlYWNoIGlucHV0IGJlZm9yZSByZWFkaW5nIGl0LCB0byBjYXRjaCBvbmUgdGhhdCBuZXZlciByZXR1cm5zLlxuICBjb25zdCB0cmFjZSA9IHByb2Nlc3MuZW52LkZVWlpfVFJBQ0VcbiAgICA/IChpOiBudW1iZXIsIGlucHV0OiBCdWZmZXIpID0+IHtcbiAgICAgICAgd3JpdGVGaWxlU3luYyhqb2luKHNhdmVEaXIsICdmdXp6LWN1cnJlbnQuYmluJyksIGlucHV0KTtcbiAgICAgICAgcHJvY2Vzcy5zdGRlcnIud3JpdGUoYCR7aX1cXG5gKTtcbiAgICAgIH1cbiAgICA6IHVuZGVmaW5lZDtcbiAgcnVuRnV6eihjb3VudCwgc2VlZCwgeyBzYXZlRGlyLCBza2lwOiBOdW1iZXIocHJvY2Vzcy5lbnYuRlVaWl9TS0lQID8/IDApLCB0cmFjZSwgcHJvZ3Jlc3M6IChuKSA9PiBuICYmIHByb2Nlc3Muc3RkZXJyLndyaXRlKGBmdXp6OiAke259XFxuYCkgfSkudGhlbigocikgPT4ge1xuICAgIGNvbnNvbGUubG9nKGBmdXp6OiAke3IuY291bnR9IGlucHV0cywgJHtyLnJlYWR9IHJlYWQsICR7ci5yZWZ1c2VkfSByZWZ1c2VkIHdpdGggQmlucGtnRm9ybWF0RXJyb3IsICR7ci5mYWlsdXJlcy5sZW5ndGh9IGZhaWx1cmVzLCAkeyhyLm1zIC8gMTAwMCkudG9GaXhlZCgxKX0gc2ApO1xuICAgIGZvciAoY29uc3QgZiBvZiByLmZhaWx1cmVzKSBjb25zb2xlLmxvZyhgRkFJTCAke2YuaW5wdXR9XFxuJHtmLmVycm9yfWApO1xuICAgIHByb2Nlc3MuZXhpdENvZGUgPSByLmZhaWx1cmVzLmxlbmd0aCA/IDEgOiAwO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFRQSxxQkFBNEM7QUFDNUMsdUJBQXFCO0FBQ3JCLHdCQUE2QjtBQUM3Qix5QkFBc0M7QUFDdEMsMkJBQXdEO0FBQ3hELHNCQUFnRDtBQUNoRCxvQkFBa0M7QUFDbEMsNEJBQXFFO0FBVXJFLE1BQU0sVUFBTSx1QkFBSyxXQUFXLHdDQUF3QztBQUVwRSxlQUFlLFFBQW9EO0FBQ2pFLFFBQU0sTUFBeUM7QUFBQSxJQUM3QztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLEdBQUcsRUFBRSxJQUFJLEdBQUksV0FBTyxpQ0FBYSx1QkFBSyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUU7QUFDL0UsUUFBTSxPQUFPLEVBQUUsVUFBVSxjQUFjLElBQUksU0FBUyxNQUFNLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxTQUFTLCtCQUErQixVQUFVLElBQUk7QUFDbkosUUFBTSxRQUFRLFVBQU0sK0JBQVE7QUFBQSxJQUMxQixFQUFFLE1BQU0sVUFBVSxNQUFNLFlBQVk7QUFBQSxJQUNwQyxFQUFFLE1BQU0sbUJBQW1CLE1BQU0sVUFBVSxNQUFNLElBQU07QUFBQSxJQUN2RCxFQUFFLE1BQU0sbUJBQW1CLE1BQU0sV0FBVyxVQUFVLFdBQVc7QUFBQSxJQUNqRSxFQUFFLE1BQU0scUJBQXFCLElBQUksT0FBTyxHQUFHLEdBQUcsTUFBTSxNQUFNO0FBQUEsRUFDNUQsQ0FBQztBQUNELFFBQU0sVUFBVSxVQUFNLG1DQUFRLHFDQUFjLElBQUksQ0FBQztBQUNqRCxRQUFNLFVBQVUsQ0FBQyxHQUFXLEdBQVcsUUFBZ0I7QUFBQSxJQUNyRCxFQUFFLE1BQU0sVUFBVSxNQUFNLE9BQU8sTUFBTSxDQUFDLEVBQUU7QUFBQSxJQUFHLEVBQUUsTUFBTSxlQUFlLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUFHLEVBQUUsTUFBTSxZQUFZLEdBQUcsSUFBSSxNQUFNLEVBQUU7QUFBQSxFQUN6SDtBQUNBLE1BQUksS0FBSyxFQUFFLE1BQU0sa0JBQWtCLE9BQU8sVUFBTSxnQ0FBUyxTQUFTLFFBQVEsU0FBUyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsTUFBSSxLQUFLLEVBQUUsTUFBTSxrQkFBa0IsT0FBTyxVQUFNLGdDQUFTLFNBQVMsWUFBUSxnQ0FBUyxRQUFRLE9BQU8sT0FBRyxnQ0FBUyxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsRUFBRSxDQUFDO0FBQ3ZJLE1BQUksS0FBSyxFQUFFLE1BQU0sY0FBYyxXQUFPLGdDQUFTLFVBQU0sK0JBQVEsQ0FBQyxFQUFFLE1BQU0sZUFBZSxNQUFNLElBQUksQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLENBQUM7QUFDM0csU0FBTztBQUNUO0FBR0EsU0FBUyxJQUFJLE1BQTRCO0FBQ3ZDLE1BQUksSUFBSSxTQUFTLEtBQUs7QUFDdEIsU0FBTyxNQUFNO0FBQ1gsU0FBSyxLQUFLO0FBQ1YsU0FBSyxNQUFNO0FBQ1gsU0FBSyxLQUFLO0FBQ1YsWUFBUSxNQUFNLEtBQUs7QUFBQSxFQUNyQjtBQUNGO0FBRUEsU0FBUyxPQUFPLEtBQWEsR0FBeUI7QUFDcEQsTUFBSSxJQUFJLE9BQU8sS0FBSyxHQUFHO0FBQ3ZCLFFBQU0sT0FBTyxDQUFDLE1BQWMsS0FBSyxNQUFNLEVBQUUsSUFBSSxDQUFDO0FBQzlDLFFBQU0sU0FBUyxJQUFJLEtBQUssQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsS0FBSztBQUMvQixVQUFNLEtBQUssS0FBSyxFQUFFLFVBQVUsQ0FBQztBQUM3QixZQUFRLEtBQUssQ0FBQyxHQUFHO0FBQUEsTUFDZixLQUFLO0FBQUcsVUFBRSxFQUFFLEtBQUssS0FBSyxLQUFLLENBQUM7QUFBRztBQUFBLE1BQy9CLEtBQUs7QUFBRyxVQUFFLEVBQUUsSUFBSSxDQUFDLEdBQUcsS0FBTSxLQUFNLEtBQU0sSUFBTSxJQUFNLEVBQUksRUFBRSxLQUFLLENBQUMsQ0FBQztBQUFHO0FBQUEsTUFDbEUsS0FBSztBQUFHLFlBQUksRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLFNBQVMsQ0FBQyxDQUFDO0FBQUc7QUFBQSxNQUMvQyxLQUFLO0FBQUcsWUFBSSxPQUFPLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxFQUFFLEdBQUcsT0FBTyxLQUFLLENBQUMsS0FBSyxHQUFHLEdBQUcsS0FBSyxHQUFHLENBQUMsQ0FBQyxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUFHO0FBQUEsTUFDckcsS0FBSztBQUFHLFlBQUksT0FBTyxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsRUFBRSxHQUFHLEVBQUUsU0FBUyxLQUFLLElBQUksRUFBRSxRQUFRLEtBQUssSUFBSSxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFHO0FBQUEsTUFDcEcsS0FBSztBQUFHLFlBQUksRUFBRSxVQUFVLEVBQUcsR0FBRSxjQUFjLENBQUMsR0FBRyxHQUFHLFlBQVksWUFBWSxFQUFFLFFBQVEsS0FBSyxLQUFLLEVBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLEdBQUcsS0FBSyxJQUFJLEdBQUcsRUFBRSxTQUFTLElBQUksS0FBSyxLQUFLLElBQUksRUFBRSxTQUFTLEdBQUcsSUFBSSxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksTUFBTSxJQUFJLEVBQUUsQ0FBQztBQUFHO0FBQUEsTUFDeE0sS0FBSyxHQUFHO0FBQ04sY0FBTSxNQUFNLEtBQUssS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEVBQUUsU0FBUyxHQUFHLENBQUMsQ0FBQyxJQUFJO0FBQzVELGNBQU0sUUFBUSxDQUFDLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDcEQsWUFBSSxNQUFNLFFBQVEsTUFBTSxFQUFFLE9BQVEsR0FBRSxNQUFNLENBQUMsZUFBZSxlQUFlLEtBQUssTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxHQUFHLE1BQU0sT0FBTyxRQUFRO0FBQzdIO0FBQUEsTUFDRjtBQUFBLE1BQ0E7QUFBUyxpQkFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLEtBQUssSUFBSSxFQUFFLFFBQVEsSUFBSyxHQUFFLEtBQUssQ0FBQyxJQUFJLEtBQUssR0FBRztBQUFBLElBQ2pGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBZSxHQUFlLElBQXdCO0FBQzdELE1BQUk7QUFDSixTQUFPLFFBQVEsS0FBSyxDQUFDLEdBQUcsSUFBSSxRQUFXLENBQUMsR0FBRyxRQUFRO0FBQUUsWUFBUSxXQUFXLE1BQU0sSUFBSSxJQUFJLE1BQU0sbUJBQW1CLEVBQUUsWUFBWSxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sYUFBYSxLQUFLLENBQUM7QUFDOUs7QUFFQSxlQUFzQixRQUFRLE9BQWUsT0FBTyxHQUFHLE9BQTRJLENBQUMsR0FBd0I7QUFDMU4sUUFBTSxJQUFJLElBQUksSUFBSTtBQUNsQixRQUFNLFNBQVMsTUFBTSxNQUFNO0FBQzNCLFFBQU0sTUFBa0IsRUFBRSxPQUFPLEdBQUcsU0FBUyxHQUFHLE1BQU0sR0FBRyxVQUFVLENBQUMsR0FBRyxJQUFJLEVBQUU7QUFDN0UsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixVQUFNLElBQUksT0FBTyxLQUFLLE1BQU0sRUFBRSxJQUFJLE9BQU8sTUFBTSxDQUFDO0FBQ2hELFVBQU0sUUFBUSxPQUFPLEVBQUUsT0FBTyxDQUFDO0FBQy9CLFFBQUksS0FBSyxLQUFLLFFBQVEsR0FBSTtBQUMxQixTQUFLLFFBQVEsR0FBRyxLQUFLO0FBQ3JCLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxNQUFNLE1BQU0sZ0JBQVksOENBQXNCLGdDQUFhLEVBQUUsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLGFBQWEsR0FBTTtBQUMxRyxXQUFLLFVBQVUsR0FBRztBQUNsQixVQUFJO0FBQUEsSUFDTixTQUFTLEdBQUc7QUFDVixVQUFJLGFBQWEsZ0NBQW1CLEtBQUk7QUFBQSxXQUNuQztBQUNILGNBQU0sT0FBTyxLQUFLLGNBQVUsdUJBQUssS0FBSyxTQUFTLGdCQUFnQixJQUFJLElBQUksQ0FBQyxNQUFNLElBQUk7QUFDbEYsWUFBSSxLQUFNLG1DQUFjLE1BQU0sS0FBSztBQUNuQyxZQUFJLFNBQVMsS0FBSyxFQUFFLE9BQU8sUUFBUSxHQUFHLEVBQUUsSUFBSSxLQUFLLENBQUMsSUFBSSxPQUFRLEdBQWEsU0FBUyxPQUFPLENBQUMsRUFBRSxDQUFDO0FBQy9GLFlBQUksSUFBSSxTQUFTLFVBQVUsR0FBSTtBQUFBLE1BQ2pDO0FBQUEsSUFDRjtBQUVBLFFBQUksSUFBSSxPQUFPLEdBQUc7QUFDaEIsWUFBTSxPQUFPLE1BQU0sU0FBUyxVQUFVLEdBQUcsS0FBSyxJQUFJLE1BQU0sUUFBUSxJQUFJLENBQUM7QUFDckUsVUFBSTtBQUNGLDBEQUFvQix5Q0FBbUIsSUFBSSxDQUFDO0FBQzVDLDZDQUFnQixNQUFNLENBQUMsR0FBRyxDQUFDO0FBQzNCLDRDQUFlLElBQUk7QUFBQSxNQUNyQixTQUFTLEdBQUc7QUFDVixZQUFJLFNBQVMsS0FBSyxFQUFFLE9BQU8sV0FBVyxFQUFFLElBQUksS0FBSyxDQUFDLElBQUksT0FBUSxHQUFhLFNBQVMsT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLE1BQ2pHO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxZQUFZLElBQUksUUFBVSxFQUFHLE1BQUssU0FBUyxDQUFDO0FBQUEsRUFDdkQ7QUFDQSxNQUFJLEtBQUssS0FBSyxJQUFJLElBQUk7QUFDdEIsU0FBTztBQUNUO0FBRUEsSUFBSSxRQUFRLFNBQVMsUUFBUTtBQUMzQixRQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksY0FBYyxHQUFLO0FBQ3BELFFBQU0sT0FBTyxPQUFPLFFBQVEsSUFBSSxhQUFhLENBQUM7QUFDOUMsUUFBTSxVQUFVLFFBQVEsSUFBSSxpQkFBaUIsUUFBUSxJQUFJO0FBRXpELFFBQU0sUUFBUSxRQUFRLElBQUksYUFDdEIsQ0FBQyxHQUFXLFVBQWtCO0FBQzVCLDBDQUFjLHVCQUFLLFNBQVMsa0JBQWtCLEdBQUcsS0FBSztBQUN0RCxZQUFRLE9BQU8sTUFBTSxHQUFHLENBQUM7QUFBQSxDQUFJO0FBQUEsRUFDL0IsSUFDQTtBQUNKLFVBQVEsT0FBTyxNQUFNLEVBQUUsU0FBUyxNQUFNLE9BQU8sUUFBUSxJQUFJLGFBQWEsQ0FBQyxHQUFHLE9BQU8sVUFBVSxDQUFDLE1BQU0sS0FBSyxRQUFRLE9BQU8sTUFBTSxTQUFTLENBQUM7QUFBQSxDQUFJLEVBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQyxNQUFNO0FBQ3pKLFlBQVEsSUFBSSxTQUFTLEVBQUUsS0FBSyxZQUFZLEVBQUUsSUFBSSxVQUFVLEVBQUUsT0FBTyxvQ0FBb0MsRUFBRSxTQUFTLE1BQU0sZUFBZSxFQUFFLEtBQUssS0FBTSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hLLGVBQVcsS0FBSyxFQUFFLFNBQVUsU0FBUSxJQUFJLFFBQVEsRUFBRSxLQUFLO0FBQUEsRUFBSyxFQUFFLEtBQUssRUFBRTtBQUNyRSxZQUFRLFdBQVcsRUFBRSxTQUFTLFNBQVMsSUFBSTtBQUFBLEVBQzdDLENBQUM7QUFDSDsiLAogICJuYW1lcyI6IFtdCn0K
