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
  for (const k of import_metadata.USE_EVALUATED_KEYS) if (d[k] !== void 0) d[k] = (0, import_metadata.reduceDepString)(d[k], use, k.endsWith("DEPEND"));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2Jpbmhvc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogUHVibGlzaGluZyBhIFBLR0RJUiBhcyBhIGJpbmhvc3Q6IHNjYW4gaXQgZm9yIGJpbmFyeSBwYWNrYWdlcywgYnVpbGQgb25lIGBQYWNrYWdlc2Agc3RhbnphIHBlciBwYWNrYWdlIHRoZVxuICogd2F5IFBvcnRhZ2UncyBiaW5hcnl0cmVlIGRvZXMgd2hlbiBpdCByZWFkcyBhIHBhY2thZ2UgZmlsZSAoYXV4LWNhY2hlIGtleXMsIHdoaXRlc3BhY2Ugc3F1ZWV6ZWQsIFVTRVxuICogY29uZGl0aW9uYWxzIGV2YWx1YXRlZCwgUEFUSC9TSVpFL01ENS9TSEExL01USU1FIGZyb20gdGhlIGZpbGUpLCBhbmQgd3JpdGUgYFBhY2thZ2VzYCBhbmQgYFBhY2thZ2VzLmd6YFxuICogYXRvbWljYWxseSAodGVtcG9yYXJ5IGZpbGUgKyByZW5hbWUpLCBzbyBhIGhhbGYtd3JpdHRlbiBpbmRleCBpcyBuZXZlciBzZXJ2ZWQuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgeyBjcmVhdGVSZWFkU3RyZWFtIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBsc3RhdCwgcmVhZGRpciwgcmVhZEZpbGUsIHJlbmFtZSwgcm0sIHdyaXRlRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgam9pbiwgcmVsYXRpdmUsIHNlcCB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi91c2VyRXJyb3InO1xuaW1wb3J0IHsgcmVkdWNlRGVwU3RyaW5nLCBVU0VfRVZBTFVBVEVEX0tFWVMgfSBmcm9tICcuL21ldGFkYXRhJztcbmltcG9ydCB7IGZvcm1hdFBhY2thZ2VzSW5kZXgsIGd6aXBQYWNrYWdlc0luZGV4LCBwYXJzZVBhY2thZ2VzSW5kZXgsIHR5cGUgUGFja2FnZXNJbmRleCwgdHlwZSBTdGFuemEgfSBmcm9tICcuL3BhY2thZ2VzSW5kZXgnO1xuaW1wb3J0IHsgcmVhZEJpbmFyeVBhY2thZ2UgfSBmcm9tICcuL3JlYWRQYWNrYWdlJztcbmltcG9ydCB7IGlzQmlucGtnRm9ybWF0RXJyb3IgfSBmcm9tICcuL3NhZmV0eSc7XG5cbi8qKiBQYWNrYWdlIG1ldGFkYXRhIGtleXMgUG9ydGFnZSBjb3BpZXMgaW50byB0aGUgaW5kZXggKGJpbmRiYXBpLl9hdXhfY2FjaGVfa2V5cykuICovXG5jb25zdCBJTkRFWF9LRVlTID0gW1xuICAnQkRFUEVORCcsICdCVUlMRF9JRCcsICdCVUlMRF9USU1FJywgJ0NIT1NUJywgJ0RFRklORURfUEhBU0VTJywgJ0RFUEVORCcsICdFQVBJJywgJ0lERVBFTkQnLCAnSVVTRScsICdLRVlXT1JEUycsICdMSUNFTlNFJyxcbiAgJ1BERVBFTkQnLCAnUFJPUEVSVElFUycsICdQUk9WSURFUycsICdSREVQRU5EJywgJ1JFUVVJUkVTJywgJ1JFU1RSSUNUJywgJ1NMT1QnLCAnVVNFJyxcbl07XG5leHBvcnQgY29uc3QgUEFDS0FHRV9TVUZGSVhFUyA9IFsnLmdwa2cudGFyJywgJy50YnoyJywgJy54cGFrJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHVibGlzaFJlc3VsdCB7XG4gIGRpcjogc3RyaW5nO1xuICBpbmRleDogUGFja2FnZXNJbmRleDtcbiAgLyoqIFBhY2thZ2VzIHRoYXQgY291bGQgbm90IGJlIHJlYWQsIHdpdGggdGhlIHJlYXNvbjsgdGhleSBhcmUgbGVmdCBvdXQgb2YgdGhlIGluZGV4LiAqL1xuICBza2lwcGVkOiB7IHBhdGg6IHN0cmluZzsgcmVhc29uOiBzdHJpbmcgfVtdO1xuICB3cml0dGVuOiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGZpbmRQYWNrYWdlRmlsZXMoZGlyOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IGZvdW5kOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB3YWxrID0gYXN5bmMgKGQ6IHN0cmluZykgPT4ge1xuICAgIGZvciAoY29uc3QgZW50IG9mIGF3YWl0IHJlYWRkaXIoZCwgeyB3aXRoRmlsZVR5cGVzOiB0cnVlIH0pKSB7XG4gICAgICBjb25zdCBwID0gam9pbihkLCBlbnQubmFtZSk7XG4gICAgICBpZiAoZW50LmlzRGlyZWN0b3J5KCkpIGF3YWl0IHdhbGsocCk7XG4gICAgICBlbHNlIGlmIChlbnQuaXNGaWxlKCkgJiYgUEFDS0FHRV9TVUZGSVhFUy5zb21lKChzKSA9PiBlbnQubmFtZS5lbmRzV2l0aChzKSkpIGZvdW5kLnB1c2gocCk7XG4gICAgfVxuICB9O1xuICBhd2FpdCB3YWxrKGRpcik7XG4gIHJldHVybiBmb3VuZC5zb3J0KCk7XG59XG5cbi8qKiBUaGUgc3RhbnphIFBvcnRhZ2Ugd291bGQgd3JpdGUgZm9yIHRoaXMgcGFja2FnZSBmaWxlLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHN0YW56YUZvclBhY2thZ2UoZGlyOiBzdHJpbmcsIHBhdGg6IHN0cmluZyk6IFByb21pc2U8U3RhbnphPiB7XG4gIGNvbnN0IHBrZyA9IGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlKHBhdGgsIHsgbGlzdEZpbGVzOiBmYWxzZSwgdmVyaWZ5OiBmYWxzZSB9KTtcbiAgY29uc3Qgc3QgPSBhd2FpdCBsc3RhdChwYXRoKTtcbiAgY29uc3QgZDogU3RhbnphID0geyBDUFY6IHBrZy5jcHYgfTtcbiAgZm9yIChjb25zdCBrIG9mIElOREVYX0tFWVMpIHtcbiAgICBjb25zdCB2ID0gcGtnLm1ldGFkYXRhW2tdO1xuICAgIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgdi50cmltKCkpIGRba10gPSB2LnNwbGl0KC9cXHMrLykuZmlsdGVyKEJvb2xlYW4pLmpvaW4oJyAnKTtcbiAgfVxuICBpZiAoIWQuQlVJTERfSUQgJiYgcGtnLmJ1aWxkSWQgIT09IHVuZGVmaW5lZCkgZC5CVUlMRF9JRCA9IFN0cmluZyhwa2cuYnVpbGRJZCk7XG4gIGNvbnN0IHJlcG8gPSBwa2cubWV0YWRhdGEucmVwb3NpdG9yeT8udHJpbSgpO1xuICBpZiAocmVwbykgZC5SRVBPID0gcmVwbztcbiAgY29uc3QgdXNlID0gKGQuVVNFID8/ICcnKS5zcGxpdCgnICcpLmZpbHRlcihCb29sZWFuKTtcbiAgZm9yIChjb25zdCBrIG9mIFVTRV9FVkFMVUFURURfS0VZUykgaWYgKGRba10gIT09IHVuZGVmaW5lZCkgZFtrXSA9IHJlZHVjZURlcFN0cmluZyhkW2tdLCB1c2UsIGsuZW5kc1dpdGgoJ0RFUEVORCcpKTtcbiAgZC5TSVpFID0gU3RyaW5nKHN0LnNpemUpO1xuICBjb25zdCB7IG1kNSwgc2hhMSB9ID0gYXdhaXQgZGlnZXN0cyhwYXRoKTtcbiAgZC5NRDUgPSBtZDU7XG4gIGQuU0hBMSA9IHNoYTE7XG4gIGQuUEFUSCA9IHJlbGF0aXZlKGRpciwgcGF0aCkuc3BsaXQoc2VwKS5qb2luKCcvJyk7XG4gIGQuTVRJTUUgPSBTdHJpbmcoTWF0aC5mbG9vcihzdC5tdGltZU1zIC8gMTAwMCkpO1xuICByZXR1cm4gZDtcbn1cblxuYXN5bmMgZnVuY3Rpb24gZGlnZXN0cyhwYXRoOiBzdHJpbmcpOiBQcm9taXNlPHsgbWQ1OiBzdHJpbmc7IHNoYTE6IHN0cmluZyB9PiB7XG4gIGNvbnN0IG1kNSA9IGNyZWF0ZUhhc2goJ21kNScpO1xuICBjb25zdCBzaGExID0gY3JlYXRlSGFzaCgnc2hhMScpO1xuICBmb3IgYXdhaXQgKGNvbnN0IGMgb2YgY3JlYXRlUmVhZFN0cmVhbShwYXRoKSkge1xuICAgIG1kNS51cGRhdGUoYyBhcyBCdWZmZXIpO1xuICAgIHNoYTEudXBkYXRlKGMgYXMgQnVmZmVyKTtcbiAgfVxuICByZXR1cm4geyBtZDU6IG1kNS5kaWdlc3QoJ2hleCcpLCBzaGExOiBzaGExLmRpZ2VzdCgnaGV4JykgfTtcbn1cblxuLyoqIEEgaGVhZGVyIGZvciBhIFBLR0RJUiB0aGF0IGhhcyBubyBpbmRleCB5ZXQ6IG9ubHkgd2hhdCB0aGUgcGFja2FnZXMgdGhlbXNlbHZlcyB0ZWxsLiAqL1xuZnVuY3Rpb24gbmV3SGVhZGVyKHN0YW56YXM6IFN0YW56YVtdKTogU3RhbnphIHtcbiAgY29uc3QgY29tbW9uID0gKGs6IHN0cmluZykgPT4ge1xuICAgIGNvbnN0IHZhbHMgPSBuZXcgU2V0KHN0YW56YXMubWFwKChzKSA9PiBzW2tdKSk7XG4gICAgcmV0dXJuIHZhbHMuc2l6ZSA9PT0gMSA/IFsuLi52YWxzXVswXSA6IHVuZGVmaW5lZDtcbiAgfTtcbiAgY29uc3QgaDogU3RhbnphID0geyBWRVJTSU9OOiAnMCcgfTtcbiAgY29uc3QgY2hvc3QgPSBjb21tb24oJ0NIT1NUJyk7XG4gIGlmIChjaG9zdCkgaC5DSE9TVCA9IGNob3N0O1xuICByZXR1cm4gaDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQdWJsaXNoT3B0aW9ucyB7XG4gIC8qKiBTZWNvbmRzIHNpbmNlIHRoZSBlcG9jaCBmb3IgVElNRVNUQU1QIChkZWZhdWx0OiBub3cpLiAqL1xuICB0aW1lc3RhbXA/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwdWJsaXNoQmluaG9zdChkaXI6IHN0cmluZywgb3B0czogUHVibGlzaE9wdGlvbnMgPSB7fSk6IFByb21pc2U8UHVibGlzaFJlc3VsdD4ge1xuICBsZXQgc3Q7XG4gIHRyeSB7XG4gICAgc3QgPSBhd2FpdCBsc3RhdChkaXIpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGAke2Rpcn0gZG9lcyBub3QgZXhpc3QuYCwgJ0dpdmUgdGhlIGFydGlmYWN0cyAoUEtHRElSKSBmb2xkZXIgdGhhdCBob2xkcyB0aGUgYnVpbHQgcGFja2FnZXMuJywgJ3B1Ymxpc2gtbm8tZGlyJyk7XG4gIH1cbiAgaWYgKCFzdC5pc0RpcmVjdG9yeSgpKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke2Rpcn0gaXMgbm90IGEgZm9sZGVyLmAsICdHaXZlIHRoZSBhcnRpZmFjdHMgKFBLR0RJUikgZm9sZGVyLCBub3QgYSBwYWNrYWdlIGZpbGUuJywgJ3B1Ymxpc2gtbm8tZGlyJyk7XG4gIGNvbnN0IGZpbGVzID0gYXdhaXQgZmluZFBhY2thZ2VGaWxlcyhkaXIpO1xuICBpZiAoZmlsZXMubGVuZ3RoID09PSAwKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgTm8gYmluYXJ5IHBhY2thZ2VzICguZ3BrZy50YXIsIC50YnoyLCAueHBhaykgdW5kZXIgJHtkaXJ9LmAsICdCdWlsZCB3aXRoIC0tYnVpbGRwa2cgZmlyc3QsIG9yIHBvaW50IGF0IHRoZSBmb2xkZXIgdGhlIHBhY2thZ2VzIHdlcmUgY29sbGVjdGVkIGluLicsICdwdWJsaXNoLWVtcHR5Jyk7XG4gIH1cbiAgY29uc3Qgc2tpcHBlZDogUHVibGlzaFJlc3VsdFsnc2tpcHBlZCddID0gW107XG4gIGNvbnN0IHN0YW56YXM6IFN0YW56YVtdID0gW107XG4gIGZvciAoY29uc3QgZiBvZiBmaWxlcykge1xuICAgIHRyeSB7XG4gICAgICBzdGFuemFzLnB1c2goYXdhaXQgc3RhbnphRm9yUGFja2FnZShkaXIsIGYpKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoIWlzQmlucGtnRm9ybWF0RXJyb3IoZSkpIHRocm93IGU7XG4gICAgICBza2lwcGVkLnB1c2goeyBwYXRoOiBmLCByZWFzb246IGUubWVzc2FnZSB9KTtcbiAgICB9XG4gIH1cbiAgbGV0IGhlYWRlcjogU3RhbnphO1xuICBjb25zdCBpbmRleFBhdGggPSBqb2luKGRpciwgJ1BhY2thZ2VzJyk7XG4gIHRyeSB7XG4gICAgaGVhZGVyID0gcGFyc2VQYWNrYWdlc0luZGV4KGF3YWl0IHJlYWRGaWxlKGluZGV4UGF0aCwgJ3V0ZjgnKSkuaGVhZGVyO1xuICB9IGNhdGNoIHtcbiAgICBoZWFkZXIgPSBuZXdIZWFkZXIoc3Rhbnphcyk7XG4gIH1cbiAgY29uc3QgdGltZXN0YW1wID0gb3B0cy50aW1lc3RhbXAgPz8gTWF0aC5mbG9vcihEYXRlLm5vdygpIC8gMTAwMCk7XG4gIGNvbnN0IGluZGV4OiBQYWNrYWdlc0luZGV4ID0geyBoZWFkZXIsIHBhY2thZ2VzOiBzdGFuemFzIH07XG4gIGNvbnN0IHRleHQgPSBmb3JtYXRQYWNrYWdlc0luZGV4KGluZGV4LCB7IHRpbWVzdGFtcCB9KTtcbiAgY29uc3Qgd3JpdHRlbiA9IFtpbmRleFBhdGgsIGluZGV4UGF0aCArICcuZ3onXTtcbiAgYXdhaXQgd3JpdGVBdG9taWNhbGx5KGluZGV4UGF0aCwgQnVmZmVyLmZyb20odGV4dCwgJ3V0ZjgnKSk7XG4gIGF3YWl0IHdyaXRlQXRvbWljYWxseShpbmRleFBhdGggKyAnLmd6JywgZ3ppcFBhY2thZ2VzSW5kZXgodGV4dCwgdGltZXN0YW1wKSk7XG4gIHJldHVybiB7IGRpciwgaW5kZXg6IHBhcnNlUGFja2FnZXNJbmRleCh0ZXh0KSwgc2tpcHBlZCwgd3JpdHRlbiB9O1xufVxuXG5hc3luYyBmdW5jdGlvbiB3cml0ZUF0b21pY2FsbHkocGF0aDogc3RyaW5nLCBkYXRhOiBCdWZmZXIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgdG1wID0gYCR7cGF0aH0uJHtwcm9jZXNzLnBpZH0uJHtEYXRlLm5vdygpfS50bXBgO1xuICB0cnkge1xuICAgIGF3YWl0IHdyaXRlRmlsZSh0bXAsIGRhdGEsIHsgZmxhZzogJ3d4JywgbW9kZTogMG82NDQgfSk7XG4gICAgYXdhaXQgcmVuYW1lKHRtcCwgcGF0aCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBhd2FpdCBybSh0bXAsIHsgZm9yY2U6IHRydWUgfSk7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgQ2Fubm90IHdyaXRlICR7cGF0aH06ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCwgJ0NoZWNrIHRoYXQgdGhlIGFydGlmYWN0cyBmb2xkZXIgaXMgd3JpdGFibGUuJywgJ3B1Ymxpc2gtd3JpdGUnKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHlCQUEyQjtBQUMzQixxQkFBaUM7QUFDakMsc0JBQWdFO0FBQ2hFLHVCQUFvQztBQUNwQyx1QkFBMEI7QUFDMUIsc0JBQW9EO0FBQ3BELDJCQUE0RztBQUM1Ryx5QkFBa0M7QUFDbEMsb0JBQW9DO0FBR3BDLE1BQU0sYUFBYTtBQUFBLEVBQ2pCO0FBQUEsRUFBVztBQUFBLEVBQVk7QUFBQSxFQUFjO0FBQUEsRUFBUztBQUFBLEVBQWtCO0FBQUEsRUFBVTtBQUFBLEVBQVE7QUFBQSxFQUFXO0FBQUEsRUFBUTtBQUFBLEVBQVk7QUFBQSxFQUNqSDtBQUFBLEVBQVc7QUFBQSxFQUFjO0FBQUEsRUFBWTtBQUFBLEVBQVc7QUFBQSxFQUFZO0FBQUEsRUFBWTtBQUFBLEVBQVE7QUFDbEY7QUFDTyxNQUFNLG1CQUFtQixDQUFDLGFBQWEsU0FBUyxPQUFPO0FBVTlELGVBQXNCLGlCQUFpQixLQUFnQztBQUNyRSxRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxPQUFPLE9BQU8sTUFBYztBQUNoQyxlQUFXLE9BQU8sVUFBTSx5QkFBUSxHQUFHLEVBQUUsZUFBZSxLQUFLLENBQUMsR0FBRztBQUMzRCxZQUFNLFFBQUksdUJBQUssR0FBRyxJQUFJLElBQUk7QUFDMUIsVUFBSSxJQUFJLFlBQVksRUFBRyxPQUFNLEtBQUssQ0FBQztBQUFBLGVBQzFCLElBQUksT0FBTyxLQUFLLGlCQUFpQixLQUFLLENBQUMsTUFBTSxJQUFJLEtBQUssU0FBUyxDQUFDLENBQUMsRUFBRyxPQUFNLEtBQUssQ0FBQztBQUFBLElBQzNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxHQUFHO0FBQ2QsU0FBTyxNQUFNLEtBQUs7QUFDcEI7QUFHQSxlQUFzQixpQkFBaUIsS0FBYSxNQUErQjtBQUNqRixRQUFNLE1BQU0sVUFBTSxzQ0FBa0IsTUFBTSxFQUFFLFdBQVcsT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUM3RSxRQUFNLEtBQUssVUFBTSx1QkFBTSxJQUFJO0FBQzNCLFFBQU0sSUFBWSxFQUFFLEtBQUssSUFBSSxJQUFJO0FBQ2pDLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sSUFBSSxJQUFJLFNBQVMsQ0FBQztBQUN4QixRQUFJLE1BQU0sVUFBYSxFQUFFLEtBQUssRUFBRyxHQUFFLENBQUMsSUFBSSxFQUFFLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssR0FBRztBQUFBLEVBQ2pGO0FBQ0EsTUFBSSxDQUFDLEVBQUUsWUFBWSxJQUFJLFlBQVksT0FBVyxHQUFFLFdBQVcsT0FBTyxJQUFJLE9BQU87QUFDN0UsUUFBTSxPQUFPLElBQUksU0FBUyxZQUFZLEtBQUs7QUFDM0MsTUFBSSxLQUFNLEdBQUUsT0FBTztBQUNuQixRQUFNLE9BQU8sRUFBRSxPQUFPLElBQUksTUFBTSxHQUFHLEVBQUUsT0FBTyxPQUFPO0FBQ25ELGFBQVcsS0FBSyxtQ0FBb0IsS0FBSSxFQUFFLENBQUMsTUFBTSxPQUFXLEdBQUUsQ0FBQyxRQUFJLGlDQUFnQixFQUFFLENBQUMsR0FBRyxLQUFLLEVBQUUsU0FBUyxRQUFRLENBQUM7QUFDbEgsSUFBRSxPQUFPLE9BQU8sR0FBRyxJQUFJO0FBQ3ZCLFFBQU0sRUFBRSxLQUFLLEtBQUssSUFBSSxNQUFNLFFBQVEsSUFBSTtBQUN4QyxJQUFFLE1BQU07QUFDUixJQUFFLE9BQU87QUFDVCxJQUFFLFdBQU8sMkJBQVMsS0FBSyxJQUFJLEVBQUUsTUFBTSxvQkFBRyxFQUFFLEtBQUssR0FBRztBQUNoRCxJQUFFLFFBQVEsT0FBTyxLQUFLLE1BQU0sR0FBRyxVQUFVLEdBQUksQ0FBQztBQUM5QyxTQUFPO0FBQ1Q7QUFFQSxlQUFlLFFBQVEsTUFBc0Q7QUFDM0UsUUFBTSxVQUFNLCtCQUFXLEtBQUs7QUFDNUIsUUFBTSxXQUFPLCtCQUFXLE1BQU07QUFDOUIsbUJBQWlCLFNBQUssaUNBQWlCLElBQUksR0FBRztBQUM1QyxRQUFJLE9BQU8sQ0FBVztBQUN0QixTQUFLLE9BQU8sQ0FBVztBQUFBLEVBQ3pCO0FBQ0EsU0FBTyxFQUFFLEtBQUssSUFBSSxPQUFPLEtBQUssR0FBRyxNQUFNLEtBQUssT0FBTyxLQUFLLEVBQUU7QUFDNUQ7QUFHQSxTQUFTLFVBQVUsU0FBMkI7QUFDNUMsUUFBTSxTQUFTLENBQUMsTUFBYztBQUM1QixVQUFNLE9BQU8sSUFBSSxJQUFJLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztBQUM3QyxXQUFPLEtBQUssU0FBUyxJQUFJLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQyxJQUFJO0FBQUEsRUFDMUM7QUFDQSxRQUFNLElBQVksRUFBRSxTQUFTLElBQUk7QUFDakMsUUFBTSxRQUFRLE9BQU8sT0FBTztBQUM1QixNQUFJLE1BQU8sR0FBRSxRQUFRO0FBQ3JCLFNBQU87QUFDVDtBQU9BLGVBQXNCLGVBQWUsS0FBYSxPQUF1QixDQUFDLEdBQTJCO0FBQ25HLE1BQUk7QUFDSixNQUFJO0FBQ0YsU0FBSyxVQUFNLHVCQUFNLEdBQUc7QUFBQSxFQUN0QixRQUFRO0FBQ04sVUFBTSxJQUFJLDJCQUFVLEdBQUcsR0FBRyxvQkFBb0IscUVBQXFFLGdCQUFnQjtBQUFBLEVBQ3JJO0FBQ0EsTUFBSSxDQUFDLEdBQUcsWUFBWSxFQUFHLE9BQU0sSUFBSSwyQkFBVSxHQUFHLEdBQUcscUJBQXFCLDJEQUEyRCxnQkFBZ0I7QUFDakosUUFBTSxRQUFRLE1BQU0saUJBQWlCLEdBQUc7QUFDeEMsTUFBSSxNQUFNLFdBQVcsR0FBRztBQUN0QixVQUFNLElBQUksMkJBQVUsc0RBQXNELEdBQUcsS0FBSyx1RkFBdUYsZUFBZTtBQUFBLEVBQzFMO0FBQ0EsUUFBTSxVQUFvQyxDQUFDO0FBQzNDLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixhQUFXLEtBQUssT0FBTztBQUNyQixRQUFJO0FBQ0YsY0FBUSxLQUFLLE1BQU0saUJBQWlCLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDN0MsU0FBUyxHQUFHO0FBQ1YsVUFBSSxLQUFDLG1DQUFvQixDQUFDLEVBQUcsT0FBTTtBQUNuQyxjQUFRLEtBQUssRUFBRSxNQUFNLEdBQUcsUUFBUSxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNBLE1BQUk7QUFDSixRQUFNLGdCQUFZLHVCQUFLLEtBQUssVUFBVTtBQUN0QyxNQUFJO0FBQ0YsaUJBQVMseUNBQW1CLFVBQU0sMEJBQVMsV0FBVyxNQUFNLENBQUMsRUFBRTtBQUFBLEVBQ2pFLFFBQVE7QUFDTixhQUFTLFVBQVUsT0FBTztBQUFBLEVBQzVCO0FBQ0EsUUFBTSxZQUFZLEtBQUssYUFBYSxLQUFLLE1BQU0sS0FBSyxJQUFJLElBQUksR0FBSTtBQUNoRSxRQUFNLFFBQXVCLEVBQUUsUUFBUSxVQUFVLFFBQVE7QUFDekQsUUFBTSxXQUFPLDBDQUFvQixPQUFPLEVBQUUsVUFBVSxDQUFDO0FBQ3JELFFBQU0sVUFBVSxDQUFDLFdBQVcsWUFBWSxLQUFLO0FBQzdDLFFBQU0sZ0JBQWdCLFdBQVcsT0FBTyxLQUFLLE1BQU0sTUFBTSxDQUFDO0FBQzFELFFBQU0sZ0JBQWdCLFlBQVksV0FBTyx3Q0FBa0IsTUFBTSxTQUFTLENBQUM7QUFDM0UsU0FBTyxFQUFFLEtBQUssV0FBTyx5Q0FBbUIsSUFBSSxHQUFHLFNBQVMsUUFBUTtBQUNsRTtBQUVBLGVBQWUsZ0JBQWdCLE1BQWMsTUFBNkI7QUFDeEUsUUFBTSxNQUFNLEdBQUcsSUFBSSxJQUFJLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQ2hELE1BQUk7QUFDRixjQUFNLDJCQUFVLEtBQUssTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLElBQU0sQ0FBQztBQUN0RCxjQUFNLHdCQUFPLEtBQUssSUFBSTtBQUFBLEVBQ3hCLFNBQVMsR0FBRztBQUNWLGNBQU0sb0JBQUcsS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzdCLFVBQU0sSUFBSSwyQkFBVSxnQkFBZ0IsSUFBSSxLQUFNLEVBQVksT0FBTyxJQUFJLGdEQUFnRCxlQUFlO0FBQUEsRUFDdEk7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
