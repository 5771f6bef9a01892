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
var binhost_exports = {};
__export(binhost_exports, {
  PACKAGE_SUFFIXES: () => PACKAGE_SUFFIXES,
  findPackageFiles: () => findPackageFiles,
  publishBinhost: () => publishBinhost,
  stanzaForPackage: () => stanzaForPackage
});
module.exports = __toCommonJS(binhost_exports);
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_userError = require("../userError");
var import_metadata = require("./metadata");
var import_packagesIndex = require("./packagesIndex");
var import_readPackage = require("./readPackage");
var import_safety = require("./safety");
const INDEX_KEYS = [
  "BDEPEND",
  "BUILD_ID",
  "BUILD_TIME",
  "CHOST",
  "DEFINED_PHASES",
  "DEPEND",
  "EAPI",
  "IDEPEND",
  "IUSE",
  "KEYWORDS",
  "LICENSE",
  "PDEPEND",
  "PROPERTIES",
  "PROVIDES",
  "RDEPEND",
  "REQUIRES",
  "RESTRICT",
  "SLOT",
  "USE"
];
const PACKAGE_SUFFIXES = [".gpkg.tar", ".tbz2", ".xpak"];
async function findPackageFiles(dir) {
  const found = [];
  const walk = async (d) => {
    for (const ent of await (0, import_promises.readdir)(d, { withFileTypes: true })) {
      const p = (0, import_node_path.join)(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.isFile() && PACKAGE_SUFFIXES.some((s) => ent.name.endsWith(s))) found.push(p);
    }
  };
  await walk(dir);
  return found.sort();
}
async function stanzaForPackage(dir, path) {
  const pkg = await (0, import_readPackage.readBinaryPackage)(path, { listFiles: false, verify: false });
  const st = await (0, import_promises.lstat)(path);
  const d = { CPV: pkg.cpv };
  for (const k of INDEX_KEYS) {
    const v = pkg.metadata[k];
    if (v !== void 0 && v.trim()) d[k] = v.split(/\s+/).filter(Boolean).join(" ");
  }
  if (!d.BUILD_ID && pkg.buildId !== void 0) d.BUILD_ID = String(pkg.buildId);
  const repo = pkg.metadata.repository?.trim();
  if (repo) d.REPO = repo;
  const use = (d.USE ?? "").split(" ").filter(Boolean);
  for (const k of import_metadata.USE_EVALUATED_KEYS) if (d[k] !== void 0) d[k] = (0, import_metadata.reduceDepString)(d[k], use);
  d.SIZE = String(st.size);
  const { md5, sha1 } = await digests(path);
  d.MD5 = md5;
  d.SHA1 = sha1;
  d.PATH = (0, import_node_path.relative)(dir, path).split(import_node_path.sep).join("/");
  d.MTIME = String(Math.floor(st.mtimeMs / 1e3));
  return d;
}
async function digests(path) {
  const md5 = (0, import_node_crypto.createHash)("md5");
  const sha1 = (0, import_node_crypto.createHash)("sha1");
  for await (const c of (0, import_node_fs.createReadStream)(path)) {
    md5.update(c);
    sha1.update(c);
  }
  return { md5: md5.digest("hex"), sha1: sha1.digest("hex") };
}
function newHeader(stanzas) {
  const common = (k) => {
    const vals = new Set(stanzas.map((s) => s[k]));
    return vals.size === 1 ? [...vals][0] : void 0;
  };
  const h = { VERSION: "0" };
  const chost = common("CHOST");
  if (chost) h.CHOST = chost;
  return h;
}
async function publishBinhost(dir, opts = {}) {
  let st;
  try {
    st = await (0, import_promises.lstat)(dir);
  } catch {
    throw new import_userError.UserError(`${dir} does not exist.`, "Give the artifacts (PKGDIR) folder that holds the built packages.", "publish-no-dir");
  }
  if (!st.isDirectory()) throw new import_userError.UserError(`${dir} is not a folder.`, "Give the artifacts (PKGDIR) folder, not a package file.", "publish-no-dir");
  const files = await findPackageFiles(dir);
  if (files.length === 0) {
    throw new import_userError.UserError(`No binary packages (.gpkg.tar, .tbz2, .xpak) under ${dir}.`, "Build with --buildpkg first, or point at the folder the packages were collected in.", "publish-empty");
  }
  const skipped = [];
  const stanzas = [];
  for (const f of files) {
    try {
      stanzas.push(await stanzaForPackage(dir, f));
    } catch (e) {
      if (!(0, import_safety.isBinpkgFormatError)(e)) throw e;
      skipped.push({ path: f, reason: e.message });
    }
  }
  let header;
  const indexPath = (0, import_node_path.join)(dir, "Packages");
  try {
    header = (0, import_packagesIndex.parsePackagesIndex)(await (0, import_promises.readFile)(indexPath, "utf8")).header;
  } catch {
    header = newHeader(stanzas);
  }
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1e3);
  const index = { header, packages: stanzas };
  const text = (0, import_packagesIndex.formatPackagesIndex)(index, { timestamp });
  const written = [indexPath, indexPath + ".gz"];
  await writeAtomically(indexPath, Buffer.from(text, "utf8"));
  await writeAtomically(indexPath + ".gz", (0, import_packagesIndex.gzipPackagesIndex)(text, timestamp));
  return { dir, index: (0, import_packagesIndex.parsePackagesIndex)(text), skipped, written };
}
async function writeAtomically(path, data) {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await (0, import_promises.writeFile)(tmp, data, { flag: "wx", mode: 420 });
    await (0, import_promises.rename)(tmp, path);
  } catch (e) {
    await (0, import_promises.rm)(tmp, { force: true });
    throw new import_userError.UserError(`Cannot write ${path}: ${e.message}`, "Check that the artifacts folder is writable.", "publish-write");
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PACKAGE_SUFFIXES,
  findPackageFiles,
  publishBinhost,
  stanzaForPackage
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2Jpbmhvc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogUHVibGlzaGluZyBhIFBLR0RJUiBhcyBhIGJpbmhvc3Q6IHNjYW4gaXQgZm9yIGJpbmFyeSBwYWNrYWdlcywgYnVpbGQgb25lIGBQYWNrYWdlc2Agc3RhbnphIHBlciBwYWNrYWdlIHRoZVxuICogd2F5IFBvcnRhZ2UncyBiaW5hcnl0cmVlIGRvZXMgd2hlbiBpdCByZWFkcyBhIHBhY2thZ2UgZmlsZSAoYXV4LWNhY2hlIGtleXMsIHdoaXRlc3BhY2Ugc3F1ZWV6ZWQsIFVTRVxuICogY29uZGl0aW9uYWxzIGV2YWx1YXRlZCwgUEFUSC9TSVpFL01ENS9TSEExL01USU1FIGZyb20gdGhlIGZpbGUpLCBhbmQgd3JpdGUgYFBhY2thZ2VzYCBhbmQgYFBhY2thZ2VzLmd6YFxuICogYXRvbWljYWxseSAodGVtcG9yYXJ5IGZpbGUgKyByZW5hbWUpLCBzbyBhIGhhbGYtd3JpdHRlbiBpbmRleCBpcyBuZXZlciBzZXJ2ZWQuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgeyBjcmVhdGVSZWFkU3RyZWFtIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBsc3RhdCwgcmVhZGRpciwgcmVhZEZpbGUsIHJlbmFtZSwgcm0sIHdyaXRlRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgam9pbiwgcmVsYXRpdmUsIHNlcCB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi91c2VyRXJyb3InO1xuaW1wb3J0IHsgcmVkdWNlRGVwU3RyaW5nLCBVU0VfRVZBTFVBVEVEX0tFWVMgfSBmcm9tICcuL21ldGFkYXRhJztcbmltcG9ydCB7IGZvcm1hdFBhY2thZ2VzSW5kZXgsIGd6aXBQYWNrYWdlc0luZGV4LCBwYXJzZVBhY2thZ2VzSW5kZXgsIHR5cGUgUGFja2FnZXNJbmRleCwgdHlwZSBTdGFuemEgfSBmcm9tICcuL3BhY2thZ2VzSW5kZXgnO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2UgfSBmcm9tICcuL3JlYWRQYWNrYWdlJztcbmltcG9ydCB7IGlzQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuL3NhZmV0eSc7XG5cbi8qKiBQYWNrYWdlIG1ldGFkYXRhIGtleXMgUG9ydGFnZSBjb3BpZXMgaW50byB0aGUgaW5kZXggKGJpbmRiYXBpLl9hdXhfY2FjaGVfa2V5cykuICovXG5jb25zdCBJTkRFWF9LRVlTID0gW1xuICAnQkRFUEVORCcsICdCVUlMRF9JRCcsICdCVUlMRF9USU1FJywgJ0NIT1NUJywgJ0RFRklORURfUEhBU0VTJywgJ0RFUEVORCcsICdFQVBJJywgJ0lERVBFTkQnLCAnSVVTRScsICdLRVlXT1JEUycsICdMSUNFTlNFJyxcbiAgJ1BERVBFTkQnLCAnUFJPUEVSVElFUycsICdQUk9WSURFUycsICdSREVQRU5EJywgJ1JFUVVJUkVTJywgJ1JFU1RSSUNUJywgJ1NMT1QnLCAnVVNFJyxcbl07XG5leHBvcnQgY29uc3QgUEFDS0FHRV9TVUZGSVhFUyA9IFsnLmdwa2cudGFyJywgJy50YnoyJywgJy54cGFrJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHVibGlzaFJlc3VsdCB7XG4gIGRpcjogc3RyaW5nO1xuICBpbmRleDogUGFja2FnZXNJbmRleDtcbiAgLyoqIFBhY2thZ2VzIHRoYXQgY291bGQgbm90IGJlIHJlYWQsIHdpdGggdGhlIHJlYXNvbjsgdGhleSBhcmUgbGVmdCBvdXQgb2YgdGhlIGluZGV4LiAqL1xuICBza2lwcGVkOiB7IHBhdGg6IHN0cmluZzsgcmVhc29uOiBzdHJpbmcgfVtdO1xuICB3cml0dGVuOiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGZpbmRQYWNrYWdlRmlsZXMoZGlyOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IGZvdW5kOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB3YWxrID0gYXN5bmMgKGQ6IHN0cmluZykgPT4ge1xuICAgIGZvciAoY29uc3QgZW50IG9mIGF3YWl0IHJlYWRkaXIoZCwgeyB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pKSB7XG4gICAgICBjb25zdCBwID0gam9pbihkLCBlbnQubmFtZSk7XG4gICAgICBpZiAoZW50LmlzRGlyZWN0b3J5KCkpIGF3YWl0IHdhbGsocCk7XG4gICAgICBlbHNlIGlmIChlbnQuaXNGaWxlKCkgJiYgUEFDS0FHRV9TVUZGSVhFUy5zb21lKChzKSA9PiBlbnQubmFtZS5lbmRzV2l0aChzKSkpIGZvdW5kLnB1c2gocCk7XG4gICAgfVxuICB9O1xuICBhd2FpdCB3YWxrKGRpcik7XG4gIHJldHVybiBmb3VuZC5zb3J0KCk7XG59XG5cbi8qKiBUaGUgc3RhbnphIFBvcnRhZ2Ugd291bGQgd3JpdGUgZm9yIHRoaXMgcGFja2FnZSBmaWxlLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHN0YW56YUZvclBhY2thZ2UoZGlyOiBzdHJpbmcsIHBhdGg6IHN0cmluZyk6IFByb21pc2U8U3RhbnphPiB7XG4gIGNvbnN0IHBrZyA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlKHBhdGgsIHsgbGlzdEZpbGVzOiBmYWxzZSwgdmVyaWZ5OiBmYWxzZSB9KTtcbiAgY29uc3Qgc3QgPSBhd2FpdCBsc3RhdChwYXRoKTtcbiAgY29uc3QgZDogU3RhbnphID0geyBDUFY6IHBrZy5jcHYgfTtcbiAgZm9yIChjb25zdCBrIG9mIElOREVYX0tFWVMpIHtcbiAgICBjb25zdCB2ID0gcGtnLm1ldGFkYXRhW2tdO1xuICAgIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgdi50cmltKCkpIGRba10gPSB2LnNwbGl0KC9cXHMrLykuZmlsdGVyKEJvb2xlYW4pLmpvaW4oJyAnKTtcbiAgfVxuICBpZiAoIWQuQlVJTERfSUQgJiYgcGtnLmJ1aWxkSWQgIT09IHVuZGVmaW5lZCkgZC5CVUlMRF9JRCA9IFN0cmluZyhwa2cuYnVpbGRJZCk7XG4gIGNvbnN0IHJlcG8gPSBwa2cubWV0YWRhdGEucmVwb3NpdG9yeT8udHJpbSgpO1xuICBpZiAocmVwbykgZC5SRVBPID0gcmVwbztcbiAgY29uc3QgdXNlID0gKGQuVVNFID8/ICcnKS5zcGxpdCgnICcpLmZpbHRlcihCb29sZWFuKTtcbiAgZm9yIChjb25zdCBrIG9mIFVTRV9FVkFMVUFURURfS0VZUykgaWYgKGRba10gIT09IHVuZGVmaW5lZCkgZFtrXSA9IHJlZHVjZURlcFN0cmluZyhkW2tdLCB1c2UpO1xuICBkLlNJWkUgPSBTdHJpbmcoc3Quc2l6ZSk7XG4gIGNvbnN0IHsgbWQ1LCBzaGExIH0gPSBhd2FpdCBkaWdlc3RzKHBhdGgpO1xuICBkLk1ENSA9IG1kNTtcbiAgZC5TSEExID0gc2hhMTtcbiAgZC5QQVRIID0gcmVsYXRpdmUoZGlyLCBwYXRoKS5zcGxpdChzZXApLmpvaW4oJy8nKTtcbiAgZC5NVElNRSA9IFN0cmluZyhNYXRoLmZsb29yKHN0Lm10aW1lTXMgLyAxMDAwKSk7XG4gIHJldHVybiBkO1xufVxuXG5hc3luYyBmdW5jdGlvbiBkaWdlc3RzKHBhdGg6IHN0cmluZyk6IFByb21pc2U8eyBtZDU6IHN0cmluZzsgc2hhMTogc3RyaW5nIH0+IHtcbiAgY29uc3QgbWQ1ID0gY3JlYXRlSGFzaCgnbWQ1Jyk7XG4gIGNvbnN0IHNoYTEgPSBjcmVhdGVIYXNoKCdzaGExJyk7XG4gIGZvciBhd2FpdCAoY29uc3QgYyBvZiBjcmVhdGVSZWFkU3RyZWFtKHBhdGgpKSB7XG4gICAgbWQ1LnVwZGF0ZShjIGFzIEJ1ZmZlcik7XG4gICAgc2hhMS51cGRhdGUoYyBhcyBCdWZmZXIpO1xuICB9XG4gIHJldHVybiB7IG1kNTogbWQ1LmRpZ2VzdCgnaGV4JyksIHNoYTE6IHNoYTEuZGlnZXN0KCdoZXgnKSB9O1xufVxuXG4vKiogQSBoZWFkZXIgZm9yIGEgUEtHRElSIHRoYXQgaGFzIG5vIGluZGV4IHlldDogb25seSB3aGF0IHRoZSBwYWNrYWdlcyB0aGVtc2VsdmVzIHRlbGwuICovXG5mdW5jdGlvbiBuZXdIZWFkZXIoc3RhbnphczogU3RhbnphW10pOiBTdGFuemEge1xuICBjb25zdCBjb21tb24gPSAoazogc3RyaW5nKSA9PiB7XG4gICAgY29uc3QgdmFscyA9IG5ldyBTZXQoc3Rhbnphcy5tYXAoKHMpID0+IHNba10pKTtcbiAgICByZXR1cm4gdmFscy5zaXplID09PSAxID8gWy4uLnZhbHNdWzBdIDogdW5kZWZpbmVkO1xuICB9O1xuICBjb25zdCBoOiBTdGFuemEgPSB7IFZFUlNJT046ICcwJyB9O1xuICBjb25zdCBjaG9zdCA9IGNvbW1vbignQ0hPU1QnKTtcbiAgaWYgKGNob3N0KSBoLkNIT1NUID0gY2hvc3Q7XG4gIHJldHVybiBoO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFB1Ymxpc2hPcHRpb25zIHtcbiAgLyoqIFNlY29uZHMgc2luY2UgdGhlIGVwb2NoIGZvciBUSU1FU1RBTVAgKGRlZmF1bHQ6IG5vdykuICovXG4gIHRpbWVzdGFtcD86IG51bWJlcjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHB1Ymxpc2hCaW5ob3N0KGRpcjogc3RyaW5nLCBvcHRzOiBQdWJsaXNoT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxQdWJsaXNoUmVzdWx0PiB7XG4gIGxldCBzdDtcbiAgdHJ5IHtcbiAgICBzdCA9IGF3YWl0IGxzdGF0KGRpcik7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZGlyfSBkb2VzIG5vdCBleGlzdC5gLCAnR2l2ZSB0aGUgYXJ0aWZhY3RzIChQS0dESVIpIGZvbGRlciB0aGF0IGhvbGRzIHRoZSBidWlsdCBwYWNrYWdlcy4nLCAncHVibGlzaC1uby1kaXInKTtcbiAgfVxuICBpZiAoIXN0LmlzRGlyZWN0b3J5KCkpIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZGlyfSBpcyBub3QgYSBmb2xkZXIuYCwgJ0dpdmUgdGhlIGFydGlmYWN0cyAoUEtHRElSKSBmb2xkZXIsIG5vdCBhIHBhY2thZ2UgZmlsZS4nLCAncHVibGlzaC1uby1kaXInKTtcbiAgY29uc3QgZmlsZXMgPSBhd2FpdCBmaW5kUGFja2FnZUZpbGVzKGRpcik7XG4gIGlmIChmaWxlcy5sZW5ndGggPT09IDApIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBObyBiaW5hcnkgcGFja2FnZXMgKC5ncGtnLnRhciwgLnRiejIsIC54cGFrKSB1bmRlciAke2Rpcn0uYCwgJ0J1aWxkIHdpdGggLS1idWlsZHBrZyBmaXJzdCwgb3IgcG9pbnQgYXQgdGhlIGZvbGRlciB0aGUgcGFja2FnZXMgd2VyZSBjb2xsZWN0ZWQgaW4uJywgJ3B1Ymxpc2gtZW1wdHknKTtcbiAgfVxuICBjb25zdCBza2lwcGVkOiBQdWJsaXNoUmVzdWx0Wydza2lwcGVkJ10gPSBbXTtcbiAgY29uc3Qgc3RhbnphczogU3RhbnphW10gPSBbXTtcbiAgZm9yIChjb25zdCBmIG9mIGZpbGVzKSB7XG4gICAgdHJ5IHtcbiAgICAgIHN0YW56YXMucHVzaChhd2FpdCBzdGFuemFGb3JQYWNrYWdlKGRpciwgZikpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICghaXNCaW5wa2dGb3JtYXRFcnJvcihlKSkgdGhyb3cgZTtcbiAgICAgIHNraXBwZWQucHVzaCh7IHBhdGg6IGYsIHJlYXNvbjogZS5tZXNzYWdlIH0pO1xuICAgIH1cbiAgfVxuICBsZXQgaGVhZGVyOiBTdGFuemE7XG4gIGNvbnN0IGluZGV4UGF0aCA9IGpvaW4oZGlyLCAnUGFja2FnZXMnKTtcbiAgdHJ5IHtcbiAgICBoZWFkZXIgPSBwYXJzZVBhY2thZ2VzSW5kZXgoYXdhaXQgcmVhZEZpbGUoaW5kZXhQYXRoLCAndXRmOCcpKS5oZWFkZXI7XG4gIH0gY2F0Y2gge1xuICAgIGhlYWRlciA9IG5ld0hlYWRlcihzdGFuemFzKTtcbiAgfVxuICBjb25zdCB0aW1lc3RhbXAgPSBvcHRzLnRpbWVzdGFtcCA/PyBNYXRoLmZsb29yKERhdGUubm93KCkgLyAxMDAwKTtcbiAgY29uc3QgaW5kZXg6IFBhY2thZ2VzSW5kZXggPSB7IGhlYWRlciwgcGFja2FnZXM6IHN0YW56YXMgfTtcbiAgY29uc3QgdGV4dCA9IGZvcm1hdFBhY2thZ2VzSW5kZXgoaW5kZXgsIHsgdGltZXN0YW1wIH0pO1xuICBjb25zdCB3cml0dGVuID0gW2luZGV4UGF0aCwgaW5kZXhQYXRoICsgJy5neiddO1xuICBhd2FpdCB3cml0ZUF0b21pY2FsbHkoaW5kZXhQYXRoLCBCdWZmZXIuZnJvbSh0ZXh0LCAndXRmOCcpKTtcbiAgYXdhaXQgd3JpdGVBdG9taWNhbGx5KGluZGV4UGF0aCArICcuZ3onLCBnemlwUGFja2FnZXNJbmRleCh0ZXh0LCB0aW1lc3RhbXApKTtcbiAgcmV0dXJuIHsgZGlyLCBpbmRleDogcGFyc2VQYWNrYWdlc0luZGV4KHRleHQpLCBza2lwcGVkLCB3cml0dGVuIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHdyaXRlQXRvbWljYWxseShwYXRoOiBzdHJpbmcsIGRhdGE6IEJ1ZmZlcik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCB0bXAgPSBgJHtwYXRofS4ke3Byb2Nlc3MucGlkfS4ke0RhdGUubm93KCl9LnRtcGA7XG4gIHRyeSB7XG4gICAgYXdhaXQgd3JpdGVGaWxlKHRtcCwgZGF0YSwgeyBmbGFnOiAnd3gnLCBtb2RlOiAwbzY0NCB9KTtcbiAgICBhd2FpdCByZW5hbWUodG1wLCBwYXRoKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGF3YWl0IHJtKHRtcCwgeyBmb3JjZTogdHJ1ZSB9KTtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBDYW5ub3Qgd3JpdGUgJHtwYXRofTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gLCAnQ2hlY2sgdGhhdCB0aGUgYXJ0aWZhY3RzIGZvbGRlciBpcyB3cml0YWJsZS4nLCAncHVibGlzaC13cml0ZScpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEseUJBQTJCO0FBQzNCLHFCQUFpQztBQUNqQyxzQkFBZ0U7QUFDaEUsdUJBQW9DO0FBQ3BDLHVCQUEwQjtBQUMxQixzQkFBb0Q7QUFDcEQsMkJBQTRHO0FBQzVHLHlCQUFrQztBQUNsQyxvQkFBb0M7QUFHcEMsTUFBTSxhQUFhO0FBQUEsRUFDakI7QUFBQSxFQUFXO0FBQUEsRUFBWTtBQUFBLEVBQWM7QUFBQSxFQUFTO0FBQUEsRUFBa0I7QUFBQSxFQUFVO0FBQUEsRUFBUTtBQUFBLEVBQVc7QUFBQSxFQUFRO0FBQUEsRUFBWTtBQUFBLEVBQ2pIO0FBQUEsRUFBVztBQUFBLEVBQWM7QUFBQSxFQUFZO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFZO0FBQUEsRUFBUTtBQUNsRjtBQUNPLE1BQU0sbUJBQW1CLENBQUMsYUFBYSxTQUFTLE9BQU87QUFVOUQsZUFBc0IsaUJBQWlCLEtBQWdDO0FBQ3JFLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLE9BQU8sT0FBTyxNQUFjO0FBQ2hDLGVBQVcsT0FBTyxVQUFNLHlCQUFRLEdBQUcsRUFBRSxlQUFlLEtBQUssQ0FBQyxHQUFHO0FBQzNELFlBQU0sUUFBSSx1QkFBSyxHQUFHLElBQUksSUFBSTtBQUMxQixVQUFJLElBQUksWUFBWSxFQUFHLE9BQU0sS0FBSyxDQUFDO0FBQUEsZUFDMUIsSUFBSSxPQUFPLEtBQUssaUJBQWlCLEtBQUssQ0FBQyxNQUFNLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQyxFQUFHLE9BQU0sS0FBSyxDQUFDO0FBQUEsSUFDM0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLEdBQUc7QUFDZCxTQUFPLE1BQU0sS0FBSztBQUNwQjtBQUdBLGVBQXNCLGlCQUFpQixLQUFhLE1BQStCO0FBQ2pGLFFBQU0sTUFBTSxVQUFNLHNDQUFrQixNQUFNLEVBQUUsV0FBVyxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQzdFLFFBQU0sS0FBSyxVQUFNLHVCQUFNLElBQUk7QUFDM0IsUUFBTSxJQUFZLEVBQUUsS0FBSyxJQUFJLElBQUk7QUFDakMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxJQUFJLElBQUksU0FBUyxDQUFDO0FBQ3hCLFFBQUksTUFBTSxVQUFhLEVBQUUsS0FBSyxFQUFHLEdBQUUsQ0FBQyxJQUFJLEVBQUUsTUFBTSxLQUFLLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxHQUFHO0FBQUEsRUFDakY7QUFDQSxNQUFJLENBQUMsRUFBRSxZQUFZLElBQUksWUFBWSxPQUFXLEdBQUUsV0FBVyxPQUFPLElBQUksT0FBTztBQUM3RSxRQUFNLE9BQU8sSUFBSSxTQUFTLFlBQVksS0FBSztBQUMzQyxNQUFJLEtBQU0sR0FBRSxPQUFPO0FBQ25CLFFBQU0sT0FBTyxFQUFFLE9BQU8sSUFBSSxNQUFNLEdBQUcsRUFBRSxPQUFPLE9BQU87QUFDbkQsYUFBVyxLQUFLLG1DQUFvQixLQUFJLEVBQUUsQ0FBQyxNQUFNLE9BQVcsR0FBRSxDQUFDLFFBQUksaUNBQWdCLEVBQUUsQ0FBQyxHQUFHLEdBQUc7QUFDNUYsSUFBRSxPQUFPLE9BQU8sR0FBRyxJQUFJO0FBQ3ZCLFFBQU0sRUFBRSxLQUFLLEtBQUssSUFBSSxNQUFNLFFBQVEsSUFBSTtBQUN4QyxJQUFFLE1BQU07QUFDUixJQUFFLE9BQU87QUFDVCxJQUFFLFdBQU8sMkJBQVMsS0FBSyxJQUFJLEVBQUUsTUFBTSxvQkFBRyxFQUFFLEtBQUssR0FBRztBQUNoRCxJQUFFLFFBQVEsT0FBTyxLQUFLLE1BQU0sR0FBRyxVQUFVLEdBQUksQ0FBQztBQUM5QyxTQUFPO0FBQ1Q7QUFFQSxlQUFlLFFBQVEsTUFBc0Q7QUFDM0UsUUFBTSxVQUFNLCtCQUFXLEtBQUs7QUFDNUIsUUFBTSxXQUFPLCtCQUFXLE1BQU07QUFDOUIsbUJBQWlCLFNBQUssaUNBQWlCLElBQUksR0FBRztBQUM1QyxRQUFJLE9BQU8sQ0FBVztBQUN0QixTQUFLLE9BQU8sQ0FBVztBQUFBLEVBQ3pCO0FBQ0EsU0FBTyxFQUFFLEtBQUssSUFBSSxPQUFPLEtBQUssR0FBRyxNQUFNLEtBQUssT0FBTyxLQUFLLEVBQUU7QUFDNUQ7QUFHQSxTQUFTLFVBQVUsU0FBMkI7QUFDNUMsUUFBTSxTQUFTLENBQUMsTUFBYztBQUM1QixVQUFNLE9BQU8sSUFBSSxJQUFJLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztBQUM3QyxXQUFPLEtBQUssU0FBUyxJQUFJLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQyxJQUFJO0FBQUEsRUFDMUM7QUFDQSxRQUFNLElBQVksRUFBRSxTQUFTLElBQUk7QUFDakMsUUFBTSxRQUFRLE9BQU8sT0FBTztBQUM1QixNQUFJLE1BQU8sR0FBRSxRQUFRO0FBQ3JCLFNBQU87QUFDVDtBQU9BLGVBQXNCLGVBQWUsS0FBYSxPQUF1QixDQUFDLEdBQTJCO0FBQ25HLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxVQUFNLHVCQUFNLEdBQUc7QUFBQSxFQUN0QixRQUFRO0FBQ04sVUFBTSxJQUFJLDJCQUFVLEdBQUcsR0FBRyxvQkFBb0IscUVBQXFFLGdCQUFnQjtBQUFBLEVBQ3JJO0FBQ0EsTUFBSSxDQUFDLEdBQUcsWUFBWSxFQUFHLE9BQU0sSUFBSSwyQkFBVSxHQUFHLEdBQUcscUJBQXFCLDJEQUEyRCxnQkFBZ0I7QUFDakosUUFBTSxRQUFRLE1BQU0saUJBQWlCLEdBQUc7QUFDeEMsTUFBSSxNQUFNLFdBQVcsR0FBRztBQUN0QixVQUFNLElBQUksMkJBQVUsc0RBQXNELEdBQUcsS0FBSyx1RkFBdUYsZUFBZTtBQUFBLEVBQzFMO0FBQ0EsUUFBTSxVQUFvQyxDQUFDO0FBQzNDLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJO0FBQ0YsY0FBUSxLQUFLLE1BQU0saUJBQWlCLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDN0MsU0FBUyxHQUFHO0FBQ1YsVUFBSSxLQUFDLG1DQUFvQixDQUFDLEVBQUcsT0FBTTtBQUNuQyxjQUFRLEtBQUssRUFBRSxNQUFNLEdBQUcsUUFBUSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNBLE1BQUk7QUFDSixRQUFNLGdCQUFZLHVCQUFLLEtBQUssVUFBVTtBQUN0QyxNQUFJO0FBQ0YsaUJBQVMseUNBQW1CLFVBQU0sMEJBQVMsV0FBVyxNQUFNLENBQUMsRUFBRTtBQUFBLEVBQ2pFLFFBQVE7QUFDTixhQUFTLFVBQVUsT0FBTztBQUFBLEVBQzVCO0FBQ0EsUUFBTSxZQUFZLEtBQUssYUFBYSxLQUFLLE1BQU0sS0FBSyxJQUFJLElBQUksR0FBSTtBQUNoRSxRQUFNLFFBQXVCLEVBQUUsUUFBUSxVQUFVLFFBQVE7QUFDekQsUUFBTSxXQUFPLDBDQUFvQixPQUFPLEVBQUUsVUFBVSxDQUFDO0FBQ3JELFFBQU0sVUFBVSxDQUFDLFdBQVcsWUFBWSxLQUFLO0FBQzdDLFFBQU0sZ0JBQWdCLFdBQVcsT0FBTyxLQUFLLE1BQU0sTUFBTSxDQUFDO0FBQzFELFFBQU0sZ0JBQWdCLFlBQVksV0FBTyx3Q0FBa0IsTUFBTSxTQUFTLENBQUM7QUFDM0UsU0FBTyxFQUFFLEtBQUssV0FBTyx5Q0FBbUIsSUFBSSxHQUFHLFNBQVMsUUFBUTtBQUNsRTtBQUVBLGVBQWUsZ0JBQWdCLE1BQWMsTUFBNkI7QUFDeEUsUUFBTSxNQUFNLEdBQUcsSUFBSSxJQUFJLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQ2hELE1BQUk7QUFDRixjQUFNLDJCQUFVLEtBQUssTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLElBQU0sQ0FBQztBQUN0RCxjQUFNLHdCQUFPLEtBQUssSUFBSTtBQUFBLEVBQ3hCLFNBQVMsR0FBRztBQUNWLGNBQU0sb0JBQUcsS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzdCLFVBQU0sSUFBSSwyQkFBVSxnQkFBZ0IsSUFBSSxLQUFNLEVBQVksT0FBTyxJQUFJLGdEQUFnRCxlQUFlO0FBQUEsRUFDdEk7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
