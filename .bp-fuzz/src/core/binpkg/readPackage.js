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
var readPackage_exports = {};
__export(readPackage_exports, {
  detectFormat: () => detectFormat,
  readBinaryPackage: () => readBinaryPackage,
  readBinaryPackageFrom: () => readBinaryPackageFrom,
  readEnvironment: () => readEnvironment
});
module.exports = __toCommonJS(readPackage_exports);
var import_node_path = require("node:path");
var import_atom = require("../atom");
var import_byteSource = require("./byteSource");
var import_decompress = require("./decompress");
var import_gpkg = require("./gpkg");
var import_metadata = require("./metadata");
var import_safety = require("./safety");
var import_streamTools = require("./streamTools");
var import_tarScan = require("./tarScan");
var import_xpak = require("./xpak");
const NO_MANIFEST = { state: "not-applicable", signed: false, checks: [], problems: [], summary: "XPAK packages carry no Manifest" };
async function readBinaryPackage(path, opts = {}) {
  let src;
  try {
    src = await (0, import_byteSource.openFileSource)(path);
  } catch (e) {
    throw new import_safety.BinpkgFormatError(path, `cannot be read: ${e.message}`, "Check that the file exists and is readable.");
  }
  try {
    return await readBinaryPackageFrom(src, opts);
  } finally {
    await src.close();
  }
}
async function detectFormat(src) {
  const tail = await src.read(Math.max(0, src.size - 4), 4);
  if (tail.toString("latin1") === "STOP") return "xpak";
  const head = await src.read(0, 262);
  if (head.toString("latin1", 257, 262) === "ustar") return "gpkg";
  throw new import_safety.BinpkgFormatError(src.name, "neither a GPKG (.gpkg.tar) nor an XPAK (.tbz2/.xpak) binary package");
}
async function readBinaryPackageFrom(src, opts = {}) {
  const format = await detectFormat(src);
  const problems = [];
  let names;
  let values;
  let entries = [];
  let root;
  let manifest = NO_MANIFEST;
  let signatures = [];
  const compression = {};
  let dirBuildId;
  if (format === "gpkg") {
    const g = await (0, import_gpkg.readGpkg)(src, { listFiles: opts.listFiles, verify: opts.verify });
    ({ names, values, manifest, signatures } = g);
    entries = g.imageEntries;
    problems.push(...g.problems);
    compression.image = g.imageCompression;
    compression.metadata = g.metadataCompression;
    root = "image";
    const m = /-(\d+)$/.exec(g.topDir);
    if (m) dirBuildId = Number(m[1]);
  } else {
    const x = await (0, import_xpak.readXpak)(src);
    ({ names, values } = x);
    root = "";
    if (opts.listFiles !== false) {
      const r = await listTarball(src, x.tarballLength);
      entries = r.entries;
      compression.image = r.compression;
      if (r.problem) problems.push(r.problem);
    }
  }
  const decoded = (0, import_metadata.decodeMetadata)(names, values);
  const md = decoded.metadata;
  const category = md.CATEGORY?.trim() ?? "";
  const pf = md.PF?.trim() ?? "";
  if (!category || !pf) throw new import_safety.BinpkgFormatError(src.name, `metadata lacks ${!category ? "CATEGORY" : "PF"}: not a usable binary package`);
  const split = (0, import_atom.splitPackageVersion)(pf);
  const fileBuildId = /-(\d+)\.xpak$/.exec((0, import_node_path.basename)(src.name))?.[1];
  const idText = md.BUILD_ID?.trim();
  const buildId = idText && /^\d+$/.test(idText) ? Number(idText) : dirBuildId ?? (fileBuildId ? Number(fileBuildId) : void 0);
  const files = toFiles(entries, root, problems);
  return {
    file: src.name,
    format,
    cpv: `${category}/${pf}`,
    category,
    pf,
    pn: split?.pn,
    version: split?.version,
    buildId,
    size: src.size,
    metadata: md,
    metadataKeys: decoded.keys,
    use: (0, import_metadata.splitUse)(md.USE, md.IUSE),
    ebuild: decoded.ebuild,
    environment: { present: !!decoded.environmentBz2, compressedSize: decoded.environmentBz2?.length ?? 0 },
    files,
    compression,
    manifest,
    signatures,
    problems
  };
}
async function listTarball(src, length) {
  const entries = [];
  const label = `${src.name} (image tarball)`;
  try {
    const { head, stream } = await (0, import_streamTools.peek)(src.stream(0, length), 262);
    const kind = (0, import_decompress.detectCompression)(head);
    if (!kind) throw new import_safety.BinpkgFormatError(label, `unknown compression (first bytes ${head.subarray(0, 4).toString("hex")})`);
    const scanner = new import_tarScan.TarScanner(label, { onEntry: (e) => entries.push(e) });
    for await (const chunk of (0, import_decompress.decompressStream)(kind, stream, label)) if (!scanner.done) scanner.push(chunk);
    scanner.end();
    return { entries, compression: kind };
  } catch (e) {
    if (!(e instanceof import_safety.BinpkgFormatError)) throw e;
    return { entries, problem: e.message };
  }
}
function toFiles(entries, root, problems) {
  const files = [];
  let unsafe = 0;
  for (const e of entries) {
    const { path, unsafe: why } = (0, import_safety.normaliseImagePath)(e.name, root);
    if (path === "/" && !why) continue;
    const f = { path, size: e.size, mode: e.mode, type: e.type, uid: e.uid, gid: e.gid, uname: e.uname, gname: e.gname, mtime: e.mtime };
    if (why) f.unsafe = why;
    if (e.type === "symlink") {
      f.linkTarget = e.linkname;
      if (!why && (0, import_safety.symlinkEscapes)(path, e.linkname)) f.unsafe = "symlink points outside the package root";
    } else if (e.type === "hardlink") {
      const t = (0, import_safety.normaliseImagePath)(e.linkname, root);
      f.linkTarget = t.path;
      if (t.unsafe && !why) f.unsafe = `hard link target ${t.unsafe}`;
    }
    if (f.unsafe && ++unsafe <= 20) problems.push(`unsafe entry ${f.path}: ${f.unsafe}`);
    files.push(f);
  }
  if (unsafe > 20) problems.push(`\u2026and ${unsafe - 20} more unsafe entries`);
  return files;
}
async function readEnvironment(path) {
  const src = await (0, import_byteSource.openFileSource)(path);
  try {
    const format = await detectFormat(src);
    let bz2;
    if (format === "xpak") bz2 = (await (0, import_xpak.readXpak)(src)).values.get("environment.bz2");
    else bz2 = (await (0, import_gpkg.readGpkg)(src, { listFiles: false, verify: false })).values.get("environment.bz2");
    return bz2 ? await (0, import_metadata.decodeEnvironment)(src.name, bz2) : void 0;
  } finally {
    await src.close();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  detectFormat,
  readBinaryPackage,
  readBinaryPackageFrom,
  readEnvironment
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL3JlYWRQYWNrYWdlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE9uZSBlbnRyeSBwb2ludCBmb3IgYSBiaW5hcnkgcGFja2FnZSBvZiBlaXRoZXIgZm9ybWF0OiBgcmVhZEJpbmFyeVBhY2thZ2UocGF0aClgIGdpdmVzIHRoZSBDUFYsIHRoZVxuICogbWV0YWRhdGEgYnkgUG9ydGFnZSBrZXksIHRoZSBmaWxlIGxpc3QgKGluc3RhbGwgcGF0aHMsIG5ldmVyIGV4dHJhY3RlZCksIHRoZSBNYW5pZmVzdCBzdGF0dXMgYW5kIGFueVxuICogcHJvYmxlbXMuIFRoaXMgaXMgd2hhdCB0aGUgQ0xJIGBpbnNwZWN0YCwgdGhlIGFydGlmYWN0cyB0cmVlIGFuZCB0aGUgYXJ0aWZhY3RzIHBhbmVsIHNob3cuXG4gKi9cbmltcG9ydCB7IGJhc2VuYW1lIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IHNwbGl0UGFja2FnZVZlcnNpb24gfSBmcm9tICcuLi9hdG9tJztcbmltcG9ydCB7IG9wZW5GaWxlU291cmNlLCB0eXBlIEJ5dGVTb3VyY2UgfSBmcm9tICcuL2J5dGVTb3VyY2UnO1xuaW1wb3J0IHsgZGVjb21wcmVzc1N0cmVhbSwgZGV0ZWN0Q29tcHJlc3Npb24sIHR5cGUgQ29tcHJlc3Npb24gfSBmcm9tICcuL2RlY29tcHJlc3MnO1xuaW1wb3J0IHsgcmVhZEdwa2cgfSBmcm9tICcuL2dwa2cnO1xuaW1wb3J0IHR5cGUgeyBNYW5pZmVzdFN0YXR1cyB9IGZyb20gJy4vbWFuaWZlc3QnO1xuaW1wb3J0IHsgZGVjb2RlRW52aXJvbm1lbnQsIGRlY29kZU1ldGFkYXRhLCBzcGxpdFVzZSwgdHlwZSBVc2VTdGF0ZSB9IGZyb20gJy4vbWV0YWRhdGEnO1xuaW1wb3J0IHsgQmlucGtnRm9ybWF0RXJyb3IsIG5vcm1hbGlzZUltYWdlUGF0aCwgc3ltbGlua0VzY2FwZXMgfSBmcm9tICcuL3NhZmV0eSc7XG5pbXBvcnQgeyBwZWVrIH0gZnJvbSAnLi9zdHJlYW1Ub29scyc7XG5pbXBvcnQgeyBUYXJTY2FubmVyLCB0eXBlIFRhckVudHJ5LCB0eXBlIFRhckVudHJ5VHlwZSB9IGZyb20gJy4vdGFyU2Nhbic7XG5pbXBvcnQgeyByZWFkWHBhayB9IGZyb20gJy4veHBhayc7XG5cbmV4cG9ydCB0eXBlIEJpbnBrZ0Zvcm1hdCA9ICdncGtnJyB8ICd4cGFrJztcblxuZXhwb3J0IGludGVyZmFjZSBCaW5wa2dGaWxlIHtcbiAgLyoqIEluc3RhbGwgcGF0aDogYC91c3IvYmluL2hlbGxvYC4gQ29udHJvbCBjaGFyYWN0ZXJzIGFyZSBzaG93biBlc2NhcGVkLiAqL1xuICBwYXRoOiBzdHJpbmc7XG4gIHNpemU6IG51bWJlcjtcbiAgLyoqIFBlcm1pc3Npb24gYml0cyAoMG83NTUpLiAqL1xuICBtb2RlOiBudW1iZXI7XG4gIHR5cGU6IFRhckVudHJ5VHlwZTtcbiAgbGlua1RhcmdldD86IHN0cmluZztcbiAgdWlkOiBudW1iZXI7XG4gIGdpZDogbnVtYmVyO1xuICB1bmFtZTogc3RyaW5nO1xuICBnbmFtZTogc3RyaW5nO1xuICBtdGltZTogbnVtYmVyO1xuICAvKiogV2h5IHRoaXMgZW50cnkgY291bGQgbm90IGJlIGluc3RhbGxlZCBzYWZlbHkgKGNsaW1icyBvdXQgb2YgdGhlIHJvb3QsIGFic29sdXRlLCBzeW1saW5rIG91dCkuICovXG4gIHVuc2FmZT86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBCaW5hcnlQYWNrYWdlIHtcbiAgZmlsZTogc3RyaW5nO1xuICBmb3JtYXQ6IEJpbnBrZ0Zvcm1hdDtcbiAgLyoqIGBhcHAtbWlzYy9oZWxsby0xLjBgICovXG4gIGNwdjogc3RyaW5nO1xuICBjYXRlZ29yeTogc3RyaW5nO1xuICBwZjogc3RyaW5nO1xuICBwbj86IHN0cmluZztcbiAgdmVyc2lvbj86IHN0cmluZztcbiAgYnVpbGRJZD86IG51bWJlcjtcbiAgLyoqIFNpemUgb2YgdGhlIHBhY2thZ2UgZmlsZSBpbiBieXRlcy4gKi9cbiAgc2l6ZTogbnVtYmVyO1xuICAvKiogVGV4dCBtZXRhZGF0YSBieSBQb3J0YWdlIGtleSAoQ0FURUdPUlksIFBGLCBTTE9ULCBVU0UsIElVU0UsIFJERVBFTkQsIFx1MjAyNiksIHRyYWlsaW5nIG5ld2xpbmUgcmVtb3ZlZC4gKi9cbiAgbWV0YWRhdGE6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBNZXRhZGF0YSBlbnRyeSBuYW1lcyBhcyBzdG9yZWQgKGluY2x1ZGVzIGVudmlyb25tZW50LmJ6MiBhbmQgdGhlIGVidWlsZCkuICovXG4gIG1ldGFkYXRhS2V5czogc3RyaW5nW107XG4gIHVzZTogVXNlU3RhdGU7XG4gIGVidWlsZD86IHsgbmFtZTogc3RyaW5nOyB0ZXh0OiBzdHJpbmcgfTtcbiAgZW52aXJvbm1lbnQ6IHsgcHJlc2VudDogYm9vbGVhbjsgY29tcHJlc3NlZFNpemU6IG51bWJlciB9O1xuICBmaWxlczogQmlucGtnRmlsZVtdO1xuICBjb21wcmVzc2lvbjogeyBpbWFnZT86IENvbXByZXNzaW9uOyBtZXRhZGF0YT86IENvbXByZXNzaW9uIH07XG4gIG1hbmlmZXN0OiBNYW5pZmVzdFN0YXR1cztcbiAgLyoqIEdQS0cgc2lnbmF0dXJlIG1lbWJlcnMgKGBpbWFnZS50YXIuenN0LnNpZ2AsIFx1MjAyNik7IG5vdCB2ZXJpZmllZC4gKi9cbiAgc2lnbmF0dXJlczogc3RyaW5nW107XG4gIC8qKiBQcm9ibGVtcyBmb3VuZCB3aGlsZSByZWFkaW5nLCBmb3IgdGhlIHVzZXIgdG8gc2VlICh1bnNhZmUgcGF0aHMsIGNvcnJ1cHQgbWVtYmVycywgb2RkIGxheW91dCkuICovXG4gIHByb2JsZW1zOiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZWFkT3B0aW9ucyB7XG4gIGxpc3RGaWxlcz86IGJvb2xlYW47XG4gIC8qKiBIYXNoIEdQS0cgbWVtYmVycyBhZ2FpbnN0IHRoZSBNYW5pZmVzdCAoZGVmYXVsdCB0cnVlKS4gKi9cbiAgdmVyaWZ5PzogYm9vbGVhbjtcbn1cblxuY29uc3QgTk9fTUFOSUZFU1Q6IE1hbmlmZXN0U3RhdHVzID0geyBzdGF0ZTogJ25vdC1hcHBsaWNhYmxlJywgc2lnbmVkOiBmYWxzZSwgY2hlY2tzOiBbXSwgcHJvYmxlbXM6IFtdLCBzdW1tYXJ5OiAnWFBBSyBwYWNrYWdlcyBjYXJyeSBubyBNYW5pZmVzdCcgfTtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRCaW5hcnlQYWNrYWdlKHBhdGg6IHN0cmluZywgb3B0czogUmVhZE9wdGlvbnMgPSB7fSk6IFByb21pc2U8QmluYXJ5UGFja2FnZT4ge1xuICBsZXQgc3JjOiBCeXRlU291cmNlO1xuICB0cnkge1xuICAgIHNyYyA9IGF3YWl0IG9wZW5GaWxlU291cmNlKHBhdGgpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHBhdGgsIGBjYW5ub3QgYmUgcmVhZDogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gLCAnQ2hlY2sgdGhhdCB0aGUgZmlsZSBleGlzdHMgYW5kIGlzIHJlYWRhYmxlLicpO1xuICB9XG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IHJlYWRCaW5hcnlQYWNrYWdlRnJvbShzcmMsIG9wdHMpO1xuICB9IGZpbmFsbHkge1xuICAgIGF3YWl0IHNyYy5jbG9zZSgpO1xuICB9XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkZXRlY3RGb3JtYXQoc3JjOiBCeXRlU291cmNlKTogUHJvbWlzZTxCaW5wa2dGb3JtYXQ+IHtcbiAgY29uc3QgdGFpbCA9IGF3YWl0IHNyYy5yZWFkKE1hdGgubWF4KDAsIHNyYy5zaXplIC0gNCksIDQpO1xuICBpZiAodGFpbC50b1N0cmluZygnbGF0aW4xJykgPT09ICdTVE9QJykgcmV0dXJuICd4cGFrJztcbiAgY29uc3QgaGVhZCA9IGF3YWl0IHNyYy5yZWFkKDAsIDI2Mik7XG4gIGlmIChoZWFkLnRvU3RyaW5nKCdsYXRpbjEnLCAyNTcsIDI2MikgPT09ICd1c3RhcicpIHJldHVybiAnZ3BrZyc7XG4gIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgJ25laXRoZXIgYSBHUEtHICguZ3BrZy50YXIpIG5vciBhbiBYUEFLICgudGJ6Mi8ueHBhaykgYmluYXJ5IHBhY2thZ2UnKTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRCaW5hcnlQYWNrYWdlRnJvbShzcmM6IEJ5dGVTb3VyY2UsIG9wdHM6IFJlYWRPcHRpb25zID0ge30pOiBQcm9taXNlPEJpbmFyeVBhY2thZ2U+IHtcbiAgY29uc3QgZm9ybWF0ID0gYXdhaXQgZGV0ZWN0Rm9ybWF0KHNyYyk7XG4gIGNvbnN0IHByb2JsZW1zOiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgbmFtZXM6IHN0cmluZ1tdO1xuICBsZXQgdmFsdWVzOiBNYXA8c3RyaW5nLCBCdWZmZXI+O1xuICBsZXQgZW50cmllczogVGFyRW50cnlbXSA9IFtdO1xuICBsZXQgcm9vdDogc3RyaW5nO1xuICBsZXQgbWFuaWZlc3QgPSBOT19NQU5JRkVTVDtcbiAgbGV0IHNpZ25hdHVyZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGNvbXByZXNzaW9uOiBCaW5hcnlQYWNrYWdlWydjb21wcmVzc2lvbiddID0ge307XG4gIGxldCBkaXJCdWlsZElkOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIGlmIChmb3JtYXQgPT09ICdncGtnJykge1xuICAgIGNvbnN0IGcgPSBhd2FpdCByZWFkR3BrZyhzcmMsIHsgbGlzdEZpbGVzOiBvcHRzLmxpc3RGaWxlcywgdmVyaWZ5OiBvcHRzLnZlcmlmeSB9KTtcbiAgICAoeyBuYW1lcywgdmFsdWVzLCBtYW5pZmVzdCwgc2lnbmF0dXJlcyB9ID0gZyk7XG4gICAgZW50cmllcyA9IGcuaW1hZ2VFbnRyaWVzO1xuICAgIHByb2JsZW1zLnB1c2goLi4uZy5wcm9ibGVtcyk7XG4gICAgY29tcHJlc3Npb24uaW1hZ2UgPSBnLmltYWdlQ29tcHJlc3Npb247XG4gICAgY29tcHJlc3Npb24ubWV0YWRhdGEgPSBnLm1ldGFkYXRhQ29tcHJlc3Npb247XG4gICAgcm9vdCA9ICdpbWFnZSc7XG4gICAgY29uc3QgbSA9IC8tKFxcZCspJC8uZXhlYyhnLnRvcERpcik7XG4gICAgaWYgKG0pIGRpckJ1aWxkSWQgPSBOdW1iZXIobVsxXSk7XG4gIH0gZWxzZSB7XG4gICAgY29uc3QgeCA9IGF3YWl0IHJlYWRYcGFrKHNyYyk7XG4gICAgKHsgbmFtZXMsIHZhbHVlcyB9ID0geCk7XG4gICAgcm9vdCA9ICcnO1xuICAgIGlmIChvcHRzLmxpc3RGaWxlcyAhPT0gZmFsc2UpIHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBsaXN0VGFyYmFsbChzcmMsIHgudGFyYmFsbExlbmd0aCk7XG4gICAgICBlbnRyaWVzID0gci5lbnRyaWVzO1xuICAgICAgY29tcHJlc3Npb24uaW1hZ2UgPSByLmNvbXByZXNzaW9uO1xuICAgICAgaWYgKHIucHJvYmxlbSkgcHJvYmxlbXMucHVzaChyLnByb2JsZW0pO1xuICAgIH1cbiAgfVxuICBjb25zdCBkZWNvZGVkID0gZGVjb2RlTWV0YWRhdGEobmFtZXMsIHZhbHVlcyk7XG4gIGNvbnN0IG1kID0gZGVjb2RlZC5tZXRhZGF0YTtcbiAgY29uc3QgY2F0ZWdvcnkgPSBtZC5DQVRFR09SWT8udHJpbSgpID8/ICcnO1xuICBjb25zdCBwZiA9IG1kLlBGPy50cmltKCkgPz8gJyc7XG4gIGlmICghY2F0ZWdvcnkgfHwgIXBmKSB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3Ioc3JjLm5hbWUsIGBtZXRhZGF0YSBsYWNrcyAkeyFjYXRlZ29yeSA/ICdDQVRFR09SWScgOiAnUEYnfTogbm90IGEgdXNhYmxlIGJpbmFyeSBwYWNrYWdlYCk7XG4gIGNvbnN0IHNwbGl0ID0gc3BsaXRQYWNrYWdlVmVyc2lvbihwZik7XG4gIGNvbnN0IGZpbGVCdWlsZElkID0gLy0oXFxkKylcXC54cGFrJC8uZXhlYyhiYXNlbmFtZShzcmMubmFtZSkpPy5bMV07XG4gIGNvbnN0IGlkVGV4dCA9IG1kLkJVSUxEX0lEPy50cmltKCk7XG4gIGNvbnN0IGJ1aWxkSWQgPSBpZFRleHQgJiYgL15cXGQrJC8udGVzdChpZFRleHQpID8gTnVtYmVyKGlkVGV4dCkgOiBkaXJCdWlsZElkID8/IChmaWxlQnVpbGRJZCA/IE51bWJlcihmaWxlQnVpbGRJZCkgOiB1bmRlZmluZWQpO1xuICBjb25zdCBmaWxlcyA9IHRvRmlsZXMoZW50cmllcywgcm9vdCwgcHJvYmxlbXMpO1xuICByZXR1cm4ge1xuICAgIGZpbGU6IHNyYy5uYW1lLCBmb3JtYXQsIGNwdjogYCR7Y2F0ZWdvcnl9LyR7cGZ9YCwgY2F0ZWdvcnksIHBmLCBwbjogc3BsaXQ/LnBuLCB2ZXJzaW9uOiBzcGxpdD8udmVyc2lvbiwgYnVpbGRJZCxcbiAgICBzaXplOiBzcmMuc2l6ZSwgbWV0YWRhdGE6IG1kLCBtZXRhZGF0YUtleXM6IGRlY29kZWQua2V5cywgdXNlOiBzcGxpdFVzZShtZC5VU0UsIG1kLklVU0UpLCBlYnVpbGQ6IGRlY29kZWQuZWJ1aWxkLFxuICAgIGVudmlyb25tZW50OiB7IHByZXNlbnQ6ICEhZGVjb2RlZC5lbnZpcm9ubWVudEJ6MiwgY29tcHJlc3NlZFNpemU6IGRlY29kZWQuZW52aXJvbm1lbnRCejI/Lmxlbmd0aCA/PyAwIH0sXG4gICAgZmlsZXMsIGNvbXByZXNzaW9uLCBtYW5pZmVzdCwgc2lnbmF0dXJlcywgcHJvYmxlbXMsXG4gIH07XG59XG5cbi8qKiBMaXN0IHRoZSBjb21wcmVzc2VkIHRhcmJhbGwgYXQgdGhlIHN0YXJ0IG9mIGFuIFhQQUsgcGFja2FnZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIGxpc3RUYXJiYWxsKHNyYzogQnl0ZVNvdXJjZSwgbGVuZ3RoOiBudW1iZXIpOiBQcm9taXNlPHsgZW50cmllczogVGFyRW50cnlbXTsgY29tcHJlc3Npb24/OiBDb21wcmVzc2lvbjsgcHJvYmxlbT86IHN0cmluZyB9PiB7XG4gIGNvbnN0IGVudHJpZXM6IFRhckVudHJ5W10gPSBbXTtcbiAgY29uc3QgbGFiZWwgPSBgJHtzcmMubmFtZX0gKGltYWdlIHRhcmJhbGwpYDtcbiAgdHJ5IHtcbiAgICBjb25zdCB7IGhlYWQsIHN0cmVhbSB9ID0gYXdhaXQgcGVlayhzcmMuc3RyZWFtKDAsIGxlbmd0aCksIDI2Mik7XG4gICAgY29uc3Qga2luZCA9IGRldGVjdENvbXByZXNzaW9uKGhlYWQpO1xuICAgIGlmICgha2luZCkgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKGxhYmVsLCBgdW5rbm93biBjb21wcmVzc2lvbiAoZmlyc3QgYnl0ZXMgJHtoZWFkLnN1YmFycmF5KDAsIDQpLnRvU3RyaW5nKCdoZXgnKX0pYCk7XG4gICAgY29uc3Qgc2Nhbm5lciA9IG5ldyBUYXJTY2FubmVyKGxhYmVsLCB7IG9uRW50cnk6IChlKSA9PiBlbnRyaWVzLnB1c2goZSkgfSk7XG4gICAgZm9yIGF3YWl0IChjb25zdCBjaHVuayBvZiBkZWNvbXByZXNzU3RyZWFtKGtpbmQsIHN0cmVhbSwgbGFiZWwpKSBpZiAoIXNjYW5uZXIuZG9uZSkgc2Nhbm5lci5wdXNoKGNodW5rKTtcbiAgICBzY2FubmVyLmVuZCgpO1xuICAgIHJldHVybiB7IGVudHJpZXMsIGNvbXByZXNzaW9uOiBraW5kIH07XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoIShlIGluc3RhbmNlb2YgQmlucGtnRm9ybWF0RXJyb3IpKSB0aHJvdyBlO1xuICAgIHJldHVybiB7IGVudHJpZXMsIHByb2JsZW06IGUubWVzc2FnZSB9O1xuICB9XG59XG5cbmZ1bmN0aW9uIHRvRmlsZXMoZW50cmllczogVGFyRW50cnlbXSwgcm9vdDogc3RyaW5nLCBwcm9ibGVtczogc3RyaW5nW10pOiBCaW5wa2dGaWxlW10ge1xuICBjb25zdCBmaWxlczogQmlucGtnRmlsZVtdID0gW107XG4gIGxldCB1bnNhZmUgPSAwO1xuICBmb3IgKGNvbnN0IGUgb2YgZW50cmllcykge1xuICAgIGNvbnN0IHsgcGF0aCwgdW5zYWZlOiB3aHkgfSA9IG5vcm1hbGlzZUltYWdlUGF0aChlLm5hbWUsIHJvb3QpO1xuICAgIGlmIChwYXRoID09PSAnLycgJiYgIXdoeSkgY29udGludWU7IC8vIHRoZSBpbWFnZSByb290IGl0c2VsZlxuICAgIGNvbnN0IGY6IEJpbnBrZ0ZpbGUgPSB7IHBhdGgsIHNpemU6IGUuc2l6ZSwgbW9kZTogZS5tb2RlLCB0eXBlOiBlLnR5cGUsIHVpZDogZS51aWQsIGdpZDogZS5naWQsIHVuYW1lOiBlLnVuYW1lLCBnbmFtZTogZS5nbmFtZSwgbXRpbWU6IGUubXRpbWUgfTtcbiAgICBpZiAod2h5KSBmLnVuc2FmZSA9IHdoeTtcbiAgICBpZiAoZS50eXBlID09PSAnc3ltbGluaycpIHtcbiAgICAgIGYubGlua1RhcmdldCA9IGUubGlua25hbWU7XG4gICAgICBpZiAoIXdoeSAmJiBzeW1saW5rRXNjYXBlcyhwYXRoLCBlLmxpbmtuYW1lKSkgZi51bnNhZmUgPSAnc3ltbGluayBwb2ludHMgb3V0c2lkZSB0aGUgcGFja2FnZSByb290JztcbiAgICB9IGVsc2UgaWYgKGUudHlwZSA9PT0gJ2hhcmRsaW5rJykge1xuICAgICAgY29uc3QgdCA9IG5vcm1hbGlzZUltYWdlUGF0aChlLmxpbmtuYW1lLCByb290KTtcbiAgICAgIGYubGlua1RhcmdldCA9IHQucGF0aDtcbiAgICAgIGlmICh0LnVuc2FmZSAmJiAhd2h5KSBmLnVuc2FmZSA9IGBoYXJkIGxpbmsgdGFyZ2V0ICR7dC51bnNhZmV9YDtcbiAgICB9XG4gICAgaWYgKGYudW5zYWZlICYmICsrdW5zYWZlIDw9IDIwKSBwcm9ibGVtcy5wdXNoKGB1bnNhZmUgZW50cnkgJHtmLnBhdGh9OiAke2YudW5zYWZlfWApO1xuICAgIGZpbGVzLnB1c2goZik7XG4gIH1cbiAgaWYgKHVuc2FmZSA+IDIwKSBwcm9ibGVtcy5wdXNoKGBcdTIwMjZhbmQgJHt1bnNhZmUgLSAyMH0gbW9yZSB1bnNhZmUgZW50cmllc2ApO1xuICByZXR1cm4gZmlsZXM7XG59XG5cbi8qKiBUaGUgc2F2ZWQgYnVpbGQgZW52aXJvbm1lbnQgb2YgYSBwYWNrYWdlLCBkZWNvbXByZXNzZWQgb24gZGVtYW5kLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRFbnZpcm9ubWVudChwYXRoOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBzcmMgPSBhd2FpdCBvcGVuRmlsZVNvdXJjZShwYXRoKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBmb3JtYXQgPSBhd2FpdCBkZXRlY3RGb3JtYXQoc3JjKTtcbiAgICBsZXQgYnoyOiBCdWZmZXIgfCB1bmRlZmluZWQ7XG4gICAgaWYgKGZvcm1hdCA9PT0gJ3hwYWsnKSBiejIgPSAoYXdhaXQgcmVhZFhwYWsoc3JjKSkudmFsdWVzLmdldCgnZW52aXJvbm1lbnQuYnoyJyk7XG4gICAgZWxzZSBiejIgPSAoYXdhaXQgcmVhZEdwa2coc3JjLCB7IGxpc3RGaWxlczogZmFsc2UsIHZlcmlmeTogZmFsc2UgfSkpLnZhbHVlcy5nZXQoJ2Vudmlyb25tZW50LmJ6MicpO1xuICAgIHJldHVybiBiejIgPyBhd2FpdCBkZWNvZGVFbnZpcm9ubWVudChzcmMubmFtZSwgYnoyKSA6IHVuZGVmaW5lZDtcbiAgfSBmaW5hbGx5IHtcbiAgICBhd2FpdCBzcmMuY2xvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLHVCQUF5QjtBQUN6QixrQkFBb0M7QUFDcEMsd0JBQWdEO0FBQ2hELHdCQUFzRTtBQUN0RSxrQkFBeUI7QUFFekIsc0JBQTJFO0FBQzNFLG9CQUFzRTtBQUN0RSx5QkFBcUI7QUFDckIscUJBQTZEO0FBQzdELGtCQUF5QjtBQXVEekIsTUFBTSxjQUE4QixFQUFFLE9BQU8sa0JBQWtCLFFBQVEsT0FBTyxRQUFRLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxTQUFTLGtDQUFrQztBQUVuSixlQUFzQixrQkFBa0IsTUFBYyxPQUFvQixDQUFDLEdBQTJCO0FBQ3BHLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxVQUFNLGtDQUFlLElBQUk7QUFBQSxFQUNqQyxTQUFTLEdBQUc7QUFDVixVQUFNLElBQUksZ0NBQWtCLE1BQU0sbUJBQW9CLEVBQVksT0FBTyxJQUFJLDZDQUE2QztBQUFBLEVBQzVIO0FBQ0EsTUFBSTtBQUNGLFdBQU8sTUFBTSxzQkFBc0IsS0FBSyxJQUFJO0FBQUEsRUFDOUMsVUFBRTtBQUNBLFVBQU0sSUFBSSxNQUFNO0FBQUEsRUFDbEI7QUFDRjtBQUVBLGVBQXNCLGFBQWEsS0FBd0M7QUFDekUsUUFBTSxPQUFPLE1BQU0sSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFHLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQztBQUN4RCxNQUFJLEtBQUssU0FBUyxRQUFRLE1BQU0sT0FBUSxRQUFPO0FBQy9DLFFBQU0sT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEdBQUc7QUFDbEMsTUFBSSxLQUFLLFNBQVMsVUFBVSxLQUFLLEdBQUcsTUFBTSxRQUFTLFFBQU87QUFDMUQsUUFBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0scUVBQXFFO0FBQzdHO0FBRUEsZUFBc0Isc0JBQXNCLEtBQWlCLE9BQW9CLENBQUMsR0FBMkI7QUFDM0csUUFBTSxTQUFTLE1BQU0sYUFBYSxHQUFHO0FBQ3JDLFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJO0FBQ0osTUFBSTtBQUNKLE1BQUksVUFBc0IsQ0FBQztBQUMzQixNQUFJO0FBQ0osTUFBSSxXQUFXO0FBQ2YsTUFBSSxhQUF1QixDQUFDO0FBQzVCLFFBQU0sY0FBNEMsQ0FBQztBQUNuRCxNQUFJO0FBQ0osTUFBSSxXQUFXLFFBQVE7QUFDckIsVUFBTSxJQUFJLFVBQU0sc0JBQVMsS0FBSyxFQUFFLFdBQVcsS0FBSyxXQUFXLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDaEYsS0FBQyxFQUFFLE9BQU8sUUFBUSxVQUFVLFdBQVcsSUFBSTtBQUMzQyxjQUFVLEVBQUU7QUFDWixhQUFTLEtBQUssR0FBRyxFQUFFLFFBQVE7QUFDM0IsZ0JBQVksUUFBUSxFQUFFO0FBQ3RCLGdCQUFZLFdBQVcsRUFBRTtBQUN6QixXQUFPO0FBQ1AsVUFBTSxJQUFJLFVBQVUsS0FBSyxFQUFFLE1BQU07QUFDakMsUUFBSSxFQUFHLGNBQWEsT0FBTyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQ2pDLE9BQU87QUFDTCxVQUFNLElBQUksVUFBTSxzQkFBUyxHQUFHO0FBQzVCLEtBQUMsRUFBRSxPQUFPLE9BQU8sSUFBSTtBQUNyQixXQUFPO0FBQ1AsUUFBSSxLQUFLLGNBQWMsT0FBTztBQUM1QixZQUFNLElBQUksTUFBTSxZQUFZLEtBQUssRUFBRSxhQUFhO0FBQ2hELGdCQUFVLEVBQUU7QUFDWixrQkFBWSxRQUFRLEVBQUU7QUFDdEIsVUFBSSxFQUFFLFFBQVMsVUFBUyxLQUFLLEVBQUUsT0FBTztBQUFBLElBQ3hDO0FBQUEsRUFDRjtBQUNBLFFBQU0sY0FBVSxnQ0FBZSxPQUFPLE1BQU07QUFDNUMsUUFBTSxLQUFLLFFBQVE7QUFDbkIsUUFBTSxXQUFXLEdBQUcsVUFBVSxLQUFLLEtBQUs7QUFDeEMsUUFBTSxLQUFLLEdBQUcsSUFBSSxLQUFLLEtBQUs7QUFDNUIsTUFBSSxDQUFDLFlBQVksQ0FBQyxHQUFJLE9BQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLGtCQUFrQixDQUFDLFdBQVcsYUFBYSxJQUFJLCtCQUErQjtBQUMxSSxRQUFNLFlBQVEsaUNBQW9CLEVBQUU7QUFDcEMsUUFBTSxjQUFjLGdCQUFnQixTQUFLLDJCQUFTLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQztBQUNoRSxRQUFNLFNBQVMsR0FBRyxVQUFVLEtBQUs7QUFDakMsUUFBTSxVQUFVLFVBQVUsUUFBUSxLQUFLLE1BQU0sSUFBSSxPQUFPLE1BQU0sSUFBSSxlQUFlLGNBQWMsT0FBTyxXQUFXLElBQUk7QUFDckgsUUFBTSxRQUFRLFFBQVEsU0FBUyxNQUFNLFFBQVE7QUFDN0MsU0FBTztBQUFBLElBQ0wsTUFBTSxJQUFJO0FBQUEsSUFBTTtBQUFBLElBQVEsS0FBSyxHQUFHLFFBQVEsSUFBSSxFQUFFO0FBQUEsSUFBSTtBQUFBLElBQVU7QUFBQSxJQUFJLElBQUksT0FBTztBQUFBLElBQUksU0FBUyxPQUFPO0FBQUEsSUFBUztBQUFBLElBQ3hHLE1BQU0sSUFBSTtBQUFBLElBQU0sVUFBVTtBQUFBLElBQUksY0FBYyxRQUFRO0FBQUEsSUFBTSxTQUFLLDBCQUFTLEdBQUcsS0FBSyxHQUFHLElBQUk7QUFBQSxJQUFHLFFBQVEsUUFBUTtBQUFBLElBQzFHLGFBQWEsRUFBRSxTQUFTLENBQUMsQ0FBQyxRQUFRLGdCQUFnQixnQkFBZ0IsUUFBUSxnQkFBZ0IsVUFBVSxFQUFFO0FBQUEsSUFDdEc7QUFBQSxJQUFPO0FBQUEsSUFBYTtBQUFBLElBQVU7QUFBQSxJQUFZO0FBQUEsRUFDNUM7QUFDRjtBQUdBLGVBQWUsWUFBWSxLQUFpQixRQUErRjtBQUN6SSxRQUFNLFVBQXNCLENBQUM7QUFDN0IsUUFBTSxRQUFRLEdBQUcsSUFBSSxJQUFJO0FBQ3pCLE1BQUk7QUFDRixVQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksVUFBTSx5QkFBSyxJQUFJLE9BQU8sR0FBRyxNQUFNLEdBQUcsR0FBRztBQUM5RCxVQUFNLFdBQU8scUNBQWtCLElBQUk7QUFDbkMsUUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLGdDQUFrQixPQUFPLG9DQUFvQyxLQUFLLFNBQVMsR0FBRyxDQUFDLEVBQUUsU0FBUyxLQUFLLENBQUMsR0FBRztBQUN4SCxVQUFNLFVBQVUsSUFBSSwwQkFBVyxPQUFPLEVBQUUsU0FBUyxDQUFDLE1BQU0sUUFBUSxLQUFLLENBQUMsRUFBRSxDQUFDO0FBQ3pFLHFCQUFpQixhQUFTLG9DQUFpQixNQUFNLFFBQVEsS0FBSyxFQUFHLEtBQUksQ0FBQyxRQUFRLEtBQU0sU0FBUSxLQUFLLEtBQUs7QUFDdEcsWUFBUSxJQUFJO0FBQ1osV0FBTyxFQUFFLFNBQVMsYUFBYSxLQUFLO0FBQUEsRUFDdEMsU0FBUyxHQUFHO0FBQ1YsUUFBSSxFQUFFLGFBQWEsaUNBQW9CLE9BQU07QUFDN0MsV0FBTyxFQUFFLFNBQVMsU0FBUyxFQUFFLFFBQVE7QUFBQSxFQUN2QztBQUNGO0FBRUEsU0FBUyxRQUFRLFNBQXFCLE1BQWMsVUFBa0M7QUFDcEYsUUFBTSxRQUFzQixDQUFDO0FBQzdCLE1BQUksU0FBUztBQUNiLGFBQVcsS0FBSyxTQUFTO0FBQ3ZCLFVBQU0sRUFBRSxNQUFNLFFBQVEsSUFBSSxRQUFJLGtDQUFtQixFQUFFLE1BQU0sSUFBSTtBQUM3RCxRQUFJLFNBQVMsT0FBTyxDQUFDLElBQUs7QUFDMUIsVUFBTSxJQUFnQixFQUFFLE1BQU0sTUFBTSxFQUFFLE1BQU0sTUFBTSxFQUFFLE1BQU0sTUFBTSxFQUFFLE1BQU0sS0FBSyxFQUFFLEtBQUssS0FBSyxFQUFFLEtBQUssT0FBTyxFQUFFLE9BQU8sT0FBTyxFQUFFLE9BQU8sT0FBTyxFQUFFLE1BQU07QUFDL0ksUUFBSSxJQUFLLEdBQUUsU0FBUztBQUNwQixRQUFJLEVBQUUsU0FBUyxXQUFXO0FBQ3hCLFFBQUUsYUFBYSxFQUFFO0FBQ2pCLFVBQUksQ0FBQyxXQUFPLDhCQUFlLE1BQU0sRUFBRSxRQUFRLEVBQUcsR0FBRSxTQUFTO0FBQUEsSUFDM0QsV0FBVyxFQUFFLFNBQVMsWUFBWTtBQUNoQyxZQUFNLFFBQUksa0NBQW1CLEVBQUUsVUFBVSxJQUFJO0FBQzdDLFFBQUUsYUFBYSxFQUFFO0FBQ2pCLFVBQUksRUFBRSxVQUFVLENBQUMsSUFBSyxHQUFFLFNBQVMsb0JBQW9CLEVBQUUsTUFBTTtBQUFBLElBQy9EO0FBQ0EsUUFBSSxFQUFFLFVBQVUsRUFBRSxVQUFVLEdBQUksVUFBUyxLQUFLLGdCQUFnQixFQUFFLElBQUksS0FBSyxFQUFFLE1BQU0sRUFBRTtBQUNuRixVQUFNLEtBQUssQ0FBQztBQUFBLEVBQ2Q7QUFDQSxNQUFJLFNBQVMsR0FBSSxVQUFTLEtBQUssYUFBUSxTQUFTLEVBQUUsc0JBQXNCO0FBQ3hFLFNBQU87QUFDVDtBQUdBLGVBQXNCLGdCQUFnQixNQUEyQztBQUMvRSxRQUFNLE1BQU0sVUFBTSxrQ0FBZSxJQUFJO0FBQ3JDLE1BQUk7QUFDRixVQUFNLFNBQVMsTUFBTSxhQUFhLEdBQUc7QUFDckMsUUFBSTtBQUNKLFFBQUksV0FBVyxPQUFRLFFBQU8sVUFBTSxzQkFBUyxHQUFHLEdBQUcsT0FBTyxJQUFJLGlCQUFpQjtBQUFBLFFBQzFFLFFBQU8sVUFBTSxzQkFBUyxLQUFLLEVBQUUsV0FBVyxPQUFPLFFBQVEsTUFBTSxDQUFDLEdBQUcsT0FBTyxJQUFJLGlCQUFpQjtBQUNsRyxXQUFPLE1BQU0sVUFBTSxtQ0FBa0IsSUFBSSxNQUFNLEdBQUcsSUFBSTtBQUFBLEVBQ3hELFVBQUU7QUFDQSxVQUFNLElBQUksTUFBTTtBQUFBLEVBQ2xCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
