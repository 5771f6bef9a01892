"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var gpkg_exports = {};
__export(gpkg_exports, {
  readGpkg: () => readGpkg
});
module.exports = __toCommonJS(gpkg_exports);
var import_node_stream = require("node:stream");
var tar = __toESM(require("tar-stream"));
var import_decompress = require("./decompress");
var import_manifest = require("./manifest");
var import_safety = require("./safety");
var import_streamTools = require("./streamTools");
var import_tarScan = require("./tarScan");
const MEMBER_RE = /^(gpkg-1|Manifest|(?:metadata|image)\.tar(?:\.[a-z0-9]+)?)(\.sig)?$/;
async function readGpkg(src, opts = {}) {
  const verify = opts.verify !== false;
  const out = {
    topDir: "",
    members: [],
    names: [],
    values: /* @__PURE__ */ new Map(),
    imageEntries: [],
    signatures: [],
    problems: [],
    manifest: { state: "unverified", signed: false, checks: [], problems: [], summary: "not checked" }
  };
  const digests = /* @__PURE__ */ new Map();
  let manifestText;
  let sawMarker = false;
  const extract = tar.extract();
  let outerError;
  (0, import_node_stream.pipeline)(import_node_stream.Readable.from(src.stream(0, src.size)), extract, (err) => {
    if (err) outerError = err;
  });
  try {
    for await (const source of extract) {
      const h = source.header;
      const entry = source;
      const name = h.name;
      if (name.startsWith("/") || name.split("/").includes("..")) {
        throw new import_safety.BinpkgFormatError(src.name, `member "${(0, import_safety.displayName)(name)}" has an unsafe path`);
      }
      const parts = name.split("/").filter(Boolean);
      if (h.type === "directory" && parts.length === 1) {
        await consume(entry, void 0);
        continue;
      }
      if (parts.length !== 2) throw new import_safety.BinpkgFormatError(src.name, `member "${(0, import_safety.displayName)(name)}" is not inside a single package directory`);
      if (!out.topDir) out.topDir = parts[0];
      else if (out.topDir !== parts[0]) {
        throw new import_safety.BinpkgFormatError(src.name, `members in two directories ("${(0, import_safety.displayName)(out.topDir)}" and "${(0, import_safety.displayName)(parts[0])}")`);
      }
      const base = parts[1];
      if (h.type !== "file" && h.type !== "contiguous-file") {
        throw new import_safety.BinpkgFormatError(src.name, `member "${(0, import_safety.displayName)(name)}" is a ${h.type}, not a regular file`);
      }
      if (digests.has(base)) throw new import_safety.BinpkgFormatError(src.name, `member "${(0, import_safety.displayName)(base)}" appears twice`);
      const m = MEMBER_RE.exec(base);
      const hasher = verify ? new import_manifest.MemberHasher() : void 0;
      const member = { name: base, size: h.size ?? 0 };
      out.members.push(member);
      if (out.members.length === 1 && base !== "gpkg-1") out.problems.push(`the first member is "${(0, import_safety.displayName)(base)}", not gpkg-1`);
      if (!m) {
        out.problems.push(`unknown member "${(0, import_safety.displayName)(base)}" ignored`);
        await consume(entry, hasher);
      } else if (base === "gpkg-1") {
        sawMarker = true;
        await consume(entry, hasher);
      } else if (m[2]) {
        out.signatures.push(base);
        await consume(entry, hasher, import_safety.LIMITS.smallMemberBytes);
      } else if (base === "Manifest") {
        manifestText = (await consume(entry, hasher, import_safety.LIMITS.smallMemberBytes)).toString("utf8");
      } else if (base.startsWith("metadata.tar")) {
        member.compression = await readInner(entry, hasher, src.name, base, out, "metadata");
        out.metadataCompression = member.compression;
      } else if (opts.listFiles === false) {
        await consume(entry, hasher);
      } else {
        member.compression = await readInner(entry, hasher, src.name, base, out, "image", opts);
        out.imageCompression = member.compression;
      }
      if (hasher) digests.set(base, hasher.digest());
    }
  } catch (e) {
    if (e instanceof import_safety.BinpkgFormatError) throw e;
    throw new import_safety.BinpkgFormatError(src.name, `not a valid GPKG tar archive: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (outerError) throw new import_safety.BinpkgFormatError(src.name, `not a valid GPKG tar archive: ${outerError.message ?? outerError}`);
  if (!sawMarker) throw new import_safety.BinpkgFormatError(src.name, "no gpkg-1 member: this is not a GPKG binary package");
  if (!out.members.some((x) => x.name.startsWith("metadata.tar") && !x.name.endsWith(".sig"))) {
    throw new import_safety.BinpkgFormatError(src.name, "no metadata.tar member: the package metadata is missing");
  }
  out.manifest = verify ? (0, import_manifest.verifyManifest)(manifestText, digests, (n) => n === "Manifest" || n.endsWith(".sig")) : { state: "unverified", signed: false, checks: [], problems: [], summary: "Manifest not checked" };
  return out;
}
async function consume(entry, hasher, keep) {
  const parts = [];
  let got = 0;
  for await (const c of entry) {
    hasher?.update(c);
    if (keep !== void 0) {
      got += c.length;
      if (got > keep) throw new import_safety.BinpkgFormatError("member", `larger than ${keep} bytes`);
      parts.push(Buffer.from(c));
    }
  }
  return keep !== void 0 ? Buffer.concat(parts, got) : void 0;
}
async function readInner(entry, hasher, file, base, out, which, opts = {}) {
  const it = entry[Symbol.asyncIterator]();
  async function* hashed() {
    for (; ; ) {
      const r = await it.next();
      if (r.done) return;
      hasher?.update(r.value);
      yield r.value;
    }
  }
  const label = `${file} (${base})`;
  let kind;
  try {
    const { head, stream } = await (0, import_streamTools.peek)(hashed(), 262);
    kind = (0, import_decompress.detectCompression)(head);
    if (!kind) throw new import_safety.BinpkgFormatError(label, `unknown compression (first bytes ${head.subarray(0, 4).toString("hex")})`);
    const ext = base.slice(base.indexOf(".tar") + 4);
    if (ext !== import_decompress.SUFFIX[kind]) out.problems.push(`${base}: the data is ${kind}, not what the name says`);
    let total = 0;
    const scanner = new import_tarScan.TarScanner(label, which === "metadata" ? {
      keep: (e) => e.type === "file" ? import_safety.LIMITS.metadataValueBytes : void 0,
      onEntry: (e, data) => {
        const key = e.name.startsWith("metadata/") ? e.name.slice("metadata/".length) : "";
        if (e.type !== "file" || !key || key.includes("/")) {
          if (e.type !== "dir") out.problems.push(`metadata entry "${(0, import_safety.displayName)(e.name)}" ignored`);
          return;
        }
        if (!out.values.has(key)) out.names.push(key);
        out.values.set(key, data ?? Buffer.alloc(0));
      }
    } : {
      onEntry: (e) => {
        opts.onImageEntry?.(e);
        if (opts.collectImageEntries !== false) out.imageEntries.push(e);
      }
    });
    for await (const chunk of (0, import_decompress.decompressStream)(kind, stream, label)) {
      if (which === "metadata" && (total += chunk.length) > import_safety.LIMITS.metadataTarBytes) {
        throw new import_safety.BinpkgFormatError(label, `decompresses to more than ${import_safety.LIMITS.metadataTarBytes} bytes`);
      }
      if (!scanner.done) scanner.push(chunk);
    }
    scanner.end();
  } catch (e) {
    if (!(e instanceof import_safety.BinpkgFormatError)) throw e;
    out.problems.push(e.message);
  }
  for (; ; ) {
    const r = await it.next();
    if (r.done) break;
    hasher?.update(r.value);
  }
  return kind;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  readGpkg
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2dwa2cudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogR1BLRyAoYC5ncGtnLnRhcmApOiBhbiB1bmNvbXByZXNzZWQgb3V0ZXIgdGFyLCBzdHJlYW1lZCB3aXRoIHRhci1zdHJlYW0sIGhvbGRpbmcgYDxQRj5bLU5dL2dwa2ctMWAsXG4gKiBgbWV0YWRhdGEudGFyLipgLCBgaW1hZ2UudGFyLipgLCBgTWFuaWZlc3RgIGFuZCBvcHRpb25hbCBgKi5zaWdgLiBFYWNoIG1lbWJlciBpcyBoYXNoZWQgd2hpbGUgaXQgc3RyZWFtcyxcbiAqIG1ldGFkYXRhIGlzIGRlY29kZWQsIGFuZCB0aGUgaW1hZ2UgaXMgbGlzdGVkIChuZXZlciBleHRyYWN0ZWQpLiBTdHJ1Y3R1cmFsIGxpZXMgaW4gdGhlIG91dGVyIHRhciB0aHJvdztcbiAqIGEgYnJva2VuIGlubmVyIG1lbWJlciBpcyByZWNvcmRlZCBpbiBgcHJvYmxlbXNgIHNvIHRoZSBNYW5pZmVzdCBzdGF0dXMgY2FuIHN0aWxsIHNheSB3aGF0IHdlbnQgd3JvbmcuXG4gKi9cbmltcG9ydCB7IFJlYWRhYmxlLCBwaXBlbGluZSB9IGZyb20gJ25vZGU6c3RyZWFtJztcbmltcG9ydCAqIGFzIHRhciBmcm9tICd0YXItc3RyZWFtJztcbmltcG9ydCB0eXBlIHsgQnl0ZVNvdXJjZSB9IGZyb20gJy4vYnl0ZVNvdXJjZSc7XG5pbXBvcnQgeyBkZWNvbXByZXNzU3RyZWFtLCBkZXRlY3RDb21wcmVzc2lvbiwgU1VGRklYLCB0eXBlIENvbXByZXNzaW9uIH0gZnJvbSAnLi9kZWNvbXByZXNzJztcbmltcG9ydCB7IE1lbWJlckhhc2hlciwgdmVyaWZ5TWFuaWZlc3QsIHR5cGUgTWFuaWZlc3RTdGF0dXMsIHR5cGUgTWVtYmVyRGlnZXN0IH0gZnJvbSAnLi9tYW5pZmVzdCc7XG5pbXBvcnQgeyBCaW5wa2dGb3JtYXRFcnJvciwgTElNSVRTLCBkaXNwbGF5TmFtZSB9IGZyb20gJy4vc2FmZXR5JztcbmltcG9ydCB7IHBlZWsgfSBmcm9tICcuL3N0cmVhbVRvb2xzJztcbmltcG9ydCB7IFRhclNjYW5uZXIsIHR5cGUgVGFyRW50cnkgfSBmcm9tICcuL3RhclNjYW4nO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdwa2dDb250ZW50cyB7XG4gIC8qKiBgaGVsbG8tMS4wLTFgOiB0aGUgZGlyZWN0b3J5IGV2ZXJ5IG1lbWJlciBzaXRzIGluLiAqL1xuICB0b3BEaXI6IHN0cmluZztcbiAgbWVtYmVyczogeyBuYW1lOiBzdHJpbmc7IHNpemU6IG51bWJlcjsgY29tcHJlc3Npb24/OiBDb21wcmVzc2lvbiB9W107XG4gIG5hbWVzOiBzdHJpbmdbXTtcbiAgdmFsdWVzOiBNYXA8c3RyaW5nLCBCdWZmZXI+O1xuICBpbWFnZUVudHJpZXM6IFRhckVudHJ5W107XG4gIGltYWdlQ29tcHJlc3Npb24/OiBDb21wcmVzc2lvbjtcbiAgbWV0YWRhdGFDb21wcmVzc2lvbj86IENvbXByZXNzaW9uO1xuICBtYW5pZmVzdDogTWFuaWZlc3RTdGF0dXM7XG4gIHNpZ25hdHVyZXM6IHN0cmluZ1tdO1xuICBwcm9ibGVtczogc3RyaW5nW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgR3BrZ1JlYWRPcHRpb25zIHtcbiAgLyoqIExpc3QgdGhlIGltYWdlIChkZWZhdWx0IHRydWUpLiAqL1xuICBsaXN0RmlsZXM/OiBib29sZWFuO1xuICAvKiogSGFzaCBtZW1iZXJzIGFuZCBjaGVjayB0aGUgTWFuaWZlc3QgKGRlZmF1bHQgdHJ1ZSkuICovXG4gIHZlcmlmeT86IGJvb2xlYW47XG4gIC8qKiBDYWxsZWQgZm9yIGVhY2ggaW1hZ2UgZW50cnkgYXMgaXQgaXMgZm91bmQgKHRoZSBsaXN0IGlzIHN0aWxsIGNvbGxlY3RlZCB1bmxlc3MgY29sbGVjdCBpcyBmYWxzZSkuICovXG4gIG9uSW1hZ2VFbnRyeT86IChlOiBUYXJFbnRyeSkgPT4gdm9pZDtcbiAgY29sbGVjdEltYWdlRW50cmllcz86IGJvb2xlYW47XG59XG5cbmNvbnN0IE1FTUJFUl9SRSA9IC9eKGdwa2ctMXxNYW5pZmVzdHwoPzptZXRhZGF0YXxpbWFnZSlcXC50YXIoPzpcXC5bYS16MC05XSspPykoXFwuc2lnKT8kLztcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRHcGtnKHNyYzogQnl0ZVNvdXJjZSwgb3B0czogR3BrZ1JlYWRPcHRpb25zID0ge30pOiBQcm9taXNlPEdwa2dDb250ZW50cz4ge1xuICBjb25zdCB2ZXJpZnkgPSBvcHRzLnZlcmlmeSAhPT0gZmFsc2U7XG4gIGNvbnN0IG91dDogR3BrZ0NvbnRlbnRzID0ge1xuICAgIHRvcERpcjogJycsIG1lbWJlcnM6IFtdLCBuYW1lczogW10sIHZhbHVlczogbmV3IE1hcCgpLCBpbWFnZUVudHJpZXM6IFtdLCBzaWduYXR1cmVzOiBbXSwgcHJvYmxlbXM6IFtdLFxuICAgIG1hbmlmZXN0OiB7IHN0YXRlOiAndW52ZXJpZmllZCcsIHNpZ25lZDogZmFsc2UsIGNoZWNrczogW10sIHByb2JsZW1zOiBbXSwgc3VtbWFyeTogJ25vdCBjaGVja2VkJyB9LFxuICB9O1xuICBjb25zdCBkaWdlc3RzID0gbmV3IE1hcDxzdHJpbmcsIE1lbWJlckRpZ2VzdD4oKTtcbiAgbGV0IG1hbmlmZXN0VGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBsZXQgc2F3TWFya2VyID0gZmFsc2U7XG4gIGNvbnN0IGV4dHJhY3QgPSB0YXIuZXh0cmFjdCgpO1xuICBsZXQgb3V0ZXJFcnJvcjogdW5rbm93bjtcbiAgcGlwZWxpbmUoUmVhZGFibGUuZnJvbShzcmMuc3RyZWFtKDAsIHNyYy5zaXplKSksIGV4dHJhY3QsIChlcnIpID0+IHtcbiAgICBpZiAoZXJyKSBvdXRlckVycm9yID0gZXJyO1xuICB9KTtcbiAgdHJ5IHtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IHNvdXJjZSBvZiBleHRyYWN0KSB7XG4gICAgICBjb25zdCBoID0gc291cmNlLmhlYWRlcjtcbiAgICAgIGNvbnN0IGVudHJ5ID0gc291cmNlIGFzIHVua25vd24gYXMgRW50cnk7XG4gICAgICBjb25zdCBuYW1lID0gaC5uYW1lO1xuICAgICAgaWYgKG5hbWUuc3RhcnRzV2l0aCgnLycpIHx8IG5hbWUuc3BsaXQoJy8nKS5pbmNsdWRlcygnLi4nKSkge1xuICAgICAgICB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3Ioc3JjLm5hbWUsIGBtZW1iZXIgXCIke2Rpc3BsYXlOYW1lKG5hbWUpfVwiIGhhcyBhbiB1bnNhZmUgcGF0aGApO1xuICAgICAgfVxuICAgICAgY29uc3QgcGFydHMgPSBuYW1lLnNwbGl0KCcvJykuZmlsdGVyKEJvb2xlYW4pO1xuICAgICAgaWYgKGgudHlwZSA9PT0gJ2RpcmVjdG9yeScgJiYgcGFydHMubGVuZ3RoID09PSAxKSB7XG4gICAgICAgIGF3YWl0IGNvbnN1bWUoZW50cnksIHVuZGVmaW5lZCk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMikgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCBgbWVtYmVyIFwiJHtkaXNwbGF5TmFtZShuYW1lKX1cIiBpcyBub3QgaW5zaWRlIGEgc2luZ2xlIHBhY2thZ2UgZGlyZWN0b3J5YCk7XG4gICAgICBpZiAoIW91dC50b3BEaXIpIG91dC50b3BEaXIgPSBwYXJ0c1swXTtcbiAgICAgIGVsc2UgaWYgKG91dC50b3BEaXIgIT09IHBhcnRzWzBdKSB7XG4gICAgICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYG1lbWJlcnMgaW4gdHdvIGRpcmVjdG9yaWVzIChcIiR7ZGlzcGxheU5hbWUob3V0LnRvcERpcil9XCIgYW5kIFwiJHtkaXNwbGF5TmFtZShwYXJ0c1swXSl9XCIpYCk7XG4gICAgICB9XG4gICAgICBjb25zdCBiYXNlID0gcGFydHNbMV07XG4gICAgICBpZiAoaC50eXBlICE9PSAnZmlsZScgJiYgaC50eXBlICE9PSAnY29udGlndW91cy1maWxlJykge1xuICAgICAgICB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3Ioc3JjLm5hbWUsIGBtZW1iZXIgXCIke2Rpc3BsYXlOYW1lKG5hbWUpfVwiIGlzIGEgJHtoLnR5cGV9LCBub3QgYSByZWd1bGFyIGZpbGVgKTtcbiAgICAgIH1cbiAgICAgIGlmIChkaWdlc3RzLmhhcyhiYXNlKSkgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCBgbWVtYmVyIFwiJHtkaXNwbGF5TmFtZShiYXNlKX1cIiBhcHBlYXJzIHR3aWNlYCk7XG4gICAgICBjb25zdCBtID0gTUVNQkVSX1JFLmV4ZWMoYmFzZSk7XG4gICAgICBjb25zdCBoYXNoZXIgPSB2ZXJpZnkgPyBuZXcgTWVtYmVySGFzaGVyKCkgOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBtZW1iZXI6IEdwa2dDb250ZW50c1snbWVtYmVycyddW251bWJlcl0gPSB7IG5hbWU6IGJhc2UsIHNpemU6IGguc2l6ZSA/PyAwIH07XG4gICAgICBvdXQubWVtYmVycy5wdXNoKG1lbWJlcik7XG4gICAgICBpZiAob3V0Lm1lbWJlcnMubGVuZ3RoID09PSAxICYmIGJhc2UgIT09ICdncGtnLTEnKSBvdXQucHJvYmxlbXMucHVzaChgdGhlIGZpcnN0IG1lbWJlciBpcyBcIiR7ZGlzcGxheU5hbWUoYmFzZSl9XCIsIG5vdCBncGtnLTFgKTtcbiAgICAgIGlmICghbSkge1xuICAgICAgICBvdXQucHJvYmxlbXMucHVzaChgdW5rbm93biBtZW1iZXIgXCIke2Rpc3BsYXlOYW1lKGJhc2UpfVwiIGlnbm9yZWRgKTtcbiAgICAgICAgYXdhaXQgY29uc3VtZShlbnRyeSwgaGFzaGVyKTtcbiAgICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2dwa2ctMScpIHtcbiAgICAgICAgc2F3TWFya2VyID0gdHJ1ZTtcbiAgICAgICAgYXdhaXQgY29uc3VtZShlbnRyeSwgaGFzaGVyKTtcbiAgICAgIH0gZWxzZSBpZiAobVsyXSkge1xuICAgICAgICBvdXQuc2lnbmF0dXJlcy5wdXNoKGJhc2UpO1xuICAgICAgICBhd2FpdCBjb25zdW1lKGVudHJ5LCBoYXNoZXIsIExJTUlUUy5zbWFsbE1lbWJlckJ5dGVzKTtcbiAgICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ01hbmlmZXN0Jykge1xuICAgICAgICBtYW5pZmVzdFRleHQgPSAoYXdhaXQgY29uc3VtZShlbnRyeSwgaGFzaGVyLCBMSU1JVFMuc21hbGxNZW1iZXJCeXRlcykpIS50b1N0cmluZygndXRmOCcpO1xuICAgICAgfSBlbHNlIGlmIChiYXNlLnN0YXJ0c1dpdGgoJ21ldGFkYXRhLnRhcicpKSB7XG4gICAgICAgIG1lbWJlci5jb21wcmVzc2lvbiA9IGF3YWl0IHJlYWRJbm5lcihlbnRyeSwgaGFzaGVyLCBzcmMubmFtZSwgYmFzZSwgb3V0LCAnbWV0YWRhdGEnKTtcbiAgICAgICAgb3V0Lm1ldGFkYXRhQ29tcHJlc3Npb24gPSBtZW1iZXIuY29tcHJlc3Npb247XG4gICAgICB9IGVsc2UgaWYgKG9wdHMubGlzdEZpbGVzID09PSBmYWxzZSkge1xuICAgICAgICBhd2FpdCBjb25zdW1lKGVudHJ5LCBoYXNoZXIpO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgbWVtYmVyLmNvbXByZXNzaW9uID0gYXdhaXQgcmVhZElubmVyKGVudHJ5LCBoYXNoZXIsIHNyYy5uYW1lLCBiYXNlLCBvdXQsICdpbWFnZScsIG9wdHMpO1xuICAgICAgICBvdXQuaW1hZ2VDb21wcmVzc2lvbiA9IG1lbWJlci5jb21wcmVzc2lvbjtcbiAgICAgIH1cbiAgICAgIGlmIChoYXNoZXIpIGRpZ2VzdHMuc2V0KGJhc2UsIGhhc2hlci5kaWdlc3QoKSk7XG4gICAgfVxuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKGUgaW5zdGFuY2VvZiBCaW5wa2dGb3JtYXRFcnJvcikgdGhyb3cgZTtcbiAgICB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3Ioc3JjLm5hbWUsIGBub3QgYSB2YWxpZCBHUEtHIHRhciBhcmNoaXZlOiAke2UgaW5zdGFuY2VvZiBFcnJvciA/IGUubWVzc2FnZSA6IFN0cmluZyhlKX1gKTtcbiAgfVxuICBpZiAob3V0ZXJFcnJvcikgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCBgbm90IGEgdmFsaWQgR1BLRyB0YXIgYXJjaGl2ZTogJHsob3V0ZXJFcnJvciBhcyBFcnJvcikubWVzc2FnZSA/PyBvdXRlckVycm9yfWApO1xuICBpZiAoIXNhd01hcmtlcikgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCAnbm8gZ3BrZy0xIG1lbWJlcjogdGhpcyBpcyBub3QgYSBHUEtHIGJpbmFyeSBwYWNrYWdlJyk7XG4gIGlmICghb3V0Lm1lbWJlcnMuc29tZSgoeCkgPT4geC5uYW1lLnN0YXJ0c1dpdGgoJ21ldGFkYXRhLnRhcicpICYmICF4Lm5hbWUuZW5kc1dpdGgoJy5zaWcnKSkpIHtcbiAgICB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3Ioc3JjLm5hbWUsICdubyBtZXRhZGF0YS50YXIgbWVtYmVyOiB0aGUgcGFja2FnZSBtZXRhZGF0YSBpcyBtaXNzaW5nJyk7XG4gIH1cbiAgb3V0Lm1hbmlmZXN0ID0gdmVyaWZ5XG4gICAgPyB2ZXJpZnlNYW5pZmVzdChtYW5pZmVzdFRleHQsIGRpZ2VzdHMsIChuKSA9PiBuID09PSAnTWFuaWZlc3QnIHx8IG4uZW5kc1dpdGgoJy5zaWcnKSlcbiAgICA6IHsgc3RhdGU6ICd1bnZlcmlmaWVkJywgc2lnbmVkOiBmYWxzZSwgY2hlY2tzOiBbXSwgcHJvYmxlbXM6IFtdLCBzdW1tYXJ5OiAnTWFuaWZlc3Qgbm90IGNoZWNrZWQnIH07XG4gIHJldHVybiBvdXQ7XG59XG5cbnR5cGUgRW50cnkgPSBBc3luY0l0ZXJhYmxlPFVpbnQ4QXJyYXk+O1xuXG4vKiogUmVhZCB0aGUgcmVzdCBvZiBhbiBlbnRyeSB0aHJvdWdoIHRoZSBoYXNoZXI7IGtlZXAgdGhlIGJ5dGVzIHdoZW4gYGtlZXBgIGlzIGdpdmVuIChhIHNpemUgY2FwKS4gKi9cbmFzeW5jIGZ1bmN0aW9uIGNvbnN1bWUoZW50cnk6IEVudHJ5LCBoYXNoZXI6IE1lbWJlckhhc2hlciB8IHVuZGVmaW5lZCwga2VlcD86IG51bWJlcik6IFByb21pc2U8QnVmZmVyIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHBhcnRzOiBCdWZmZXJbXSA9IFtdO1xuICBsZXQgZ290ID0gMDtcbiAgZm9yIGF3YWl0IChjb25zdCBjIG9mIGVudHJ5KSB7XG4gICAgaGFzaGVyPy51cGRhdGUoYyk7XG4gICAgaWYgKGtlZXAgIT09IHVuZGVmaW5lZCkge1xuICAgICAgZ290ICs9IGMubGVuZ3RoO1xuICAgICAgaWYgKGdvdCA+IGtlZXApIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcignbWVtYmVyJywgYGxhcmdlciB0aGFuICR7a2VlcH0gYnl0ZXNgKTtcbiAgICAgIHBhcnRzLnB1c2goQnVmZmVyLmZyb20oYykpO1xuICAgIH1cbiAgfVxuICByZXR1cm4ga2VlcCAhPT0gdW5kZWZpbmVkID8gQnVmZmVyLmNvbmNhdChwYXJ0cywgZ290KSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIERlY29tcHJlc3MgYW5kIHdhbGsgYSBtZXRhZGF0YS50YXIuKiBvciBpbWFnZS50YXIuKiBtZW1iZXI7IGZhaWx1cmVzIGJlY29tZSBwcm9ibGVtcywgdGhlIHJlc3QgaXMgc3RpbGwgaGFzaGVkLiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVhZElubmVyKFxuICBlbnRyeTogRW50cnksIGhhc2hlcjogTWVtYmVySGFzaGVyIHwgdW5kZWZpbmVkLCBmaWxlOiBzdHJpbmcsIGJhc2U6IHN0cmluZywgb3V0OiBHcGtnQ29udGVudHMsXG4gIHdoaWNoOiAnbWV0YWRhdGEnIHwgJ2ltYWdlJywgb3B0czogR3BrZ1JlYWRPcHRpb25zID0ge30sXG4pOiBQcm9taXNlPENvbXByZXNzaW9uIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IGl0ID0gZW50cnlbU3ltYm9sLmFzeW5jSXRlcmF0b3JdKCk7XG4gIGFzeW5jIGZ1bmN0aW9uKiBoYXNoZWQoKTogQXN5bmNHZW5lcmF0b3I8VWludDhBcnJheT4ge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBpdC5uZXh0KCk7XG4gICAgICBpZiAoci5kb25lKSByZXR1cm47XG4gICAgICBoYXNoZXI/LnVwZGF0ZShyLnZhbHVlKTtcbiAgICAgIHlpZWxkIHIudmFsdWU7XG4gICAgfVxuICB9XG4gIGNvbnN0IGxhYmVsID0gYCR7ZmlsZX0gKCR7YmFzZX0pYDtcbiAgbGV0IGtpbmQ6IENvbXByZXNzaW9uIHwgdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIGNvbnN0IHsgaGVhZCwgc3RyZWFtIH0gPSBhd2FpdCBwZWVrKGhhc2hlZCgpLCAyNjIpO1xuICAgIGtpbmQgPSBkZXRlY3RDb21wcmVzc2lvbihoZWFkKTtcbiAgICBpZiAoIWtpbmQpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihsYWJlbCwgYHVua25vd24gY29tcHJlc3Npb24gKGZpcnN0IGJ5dGVzICR7aGVhZC5zdWJhcnJheSgwLCA0KS50b1N0cmluZygnaGV4Jyl9KWApO1xuICAgIGNvbnN0IGV4dCA9IGJhc2Uuc2xpY2UoYmFzZS5pbmRleE9mKCcudGFyJykgKyA0KTtcbiAgICBpZiAoZXh0ICE9PSBTVUZGSVhba2luZF0pIG91dC5wcm9ibGVtcy5wdXNoKGAke2Jhc2V9OiB0aGUgZGF0YSBpcyAke2tpbmR9LCBub3Qgd2hhdCB0aGUgbmFtZSBzYXlzYCk7XG4gICAgbGV0IHRvdGFsID0gMDtcbiAgICBjb25zdCBzY2FubmVyID0gbmV3IFRhclNjYW5uZXIobGFiZWwsIHdoaWNoID09PSAnbWV0YWRhdGEnXG4gICAgICA/IHtcbiAgICAgICAgICBrZWVwOiAoZSkgPT4gKGUudHlwZSA9PT0gJ2ZpbGUnID8gTElNSVRTLm1ldGFkYXRhVmFsdWVCeXRlcyA6IHVuZGVmaW5lZCksXG4gICAgICAgICAgb25FbnRyeTogKGUsIGRhdGEpID0+IHtcbiAgICAgICAgICAgIGNvbnN0IGtleSA9IGUubmFtZS5zdGFydHNXaXRoKCdtZXRhZGF0YS8nKSA/IGUubmFtZS5zbGljZSgnbWV0YWRhdGEvJy5sZW5ndGgpIDogJyc7XG4gICAgICAgICAgICBpZiAoZS50eXBlICE9PSAnZmlsZScgfHwgIWtleSB8fCBrZXkuaW5jbHVkZXMoJy8nKSkge1xuICAgICAgICAgICAgICBpZiAoZS50eXBlICE9PSAnZGlyJykgb3V0LnByb2JsZW1zLnB1c2goYG1ldGFkYXRhIGVudHJ5IFwiJHtkaXNwbGF5TmFtZShlLm5hbWUpfVwiIGlnbm9yZWRgKTtcbiAgICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgaWYgKCFvdXQudmFsdWVzLmhhcyhrZXkpKSBvdXQubmFtZXMucHVzaChrZXkpO1xuICAgICAgICAgICAgb3V0LnZhbHVlcy5zZXQoa2V5LCBkYXRhID8/IEJ1ZmZlci5hbGxvYygwKSk7XG4gICAgICAgICAgfSxcbiAgICAgICAgfVxuICAgICAgOiB7XG4gICAgICAgICAgb25FbnRyeTogKGUpID0+IHtcbiAgICAgICAgICAgIG9wdHMub25JbWFnZUVudHJ5Py4oZSk7XG4gICAgICAgICAgICBpZiAob3B0cy5jb2xsZWN0SW1hZ2VFbnRyaWVzICE9PSBmYWxzZSkgb3V0LmltYWdlRW50cmllcy5wdXNoKGUpO1xuICAgICAgICAgIH0sXG4gICAgICAgIH0pO1xuICAgIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgZGVjb21wcmVzc1N0cmVhbShraW5kLCBzdHJlYW0sIGxhYmVsKSkge1xuICAgICAgaWYgKHdoaWNoID09PSAnbWV0YWRhdGEnICYmICh0b3RhbCArPSBjaHVuay5sZW5ndGgpID4gTElNSVRTLm1ldGFkYXRhVGFyQnl0ZXMpIHtcbiAgICAgICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKGxhYmVsLCBgZGVjb21wcmVzc2VzIHRvIG1vcmUgdGhhbiAke0xJTUlUUy5tZXRhZGF0YVRhckJ5dGVzfSBieXRlc2ApO1xuICAgICAgfVxuICAgICAgaWYgKCFzY2FubmVyLmRvbmUpIHNjYW5uZXIucHVzaChjaHVuayk7XG4gICAgfVxuICAgIHNjYW5uZXIuZW5kKCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoIShlIGluc3RhbmNlb2YgQmlucGtnRm9ybWF0RXJyb3IpKSB0aHJvdyBlO1xuICAgIG91dC5wcm9ibGVtcy5wdXNoKGUubWVzc2FnZSk7XG4gIH1cbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHIgPSBhd2FpdCBpdC5uZXh0KCk7XG4gICAgaWYgKHIuZG9uZSkgYnJlYWs7XG4gICAgaGFzaGVyPy51cGRhdGUoci52YWx1ZSk7XG4gIH1cbiAgcmV0dXJuIGtpbmQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHlCQUFtQztBQUNuQyxVQUFxQjtBQUVyQix3QkFBOEU7QUFDOUUsc0JBQXFGO0FBQ3JGLG9CQUF1RDtBQUN2RCx5QkFBcUI7QUFDckIscUJBQTBDO0FBMEIxQyxNQUFNLFlBQVk7QUFFbEIsZUFBc0IsU0FBUyxLQUFpQixPQUF3QixDQUFDLEdBQTBCO0FBQ2pHLFFBQU0sU0FBUyxLQUFLLFdBQVc7QUFDL0IsUUFBTSxNQUFvQjtBQUFBLElBQ3hCLFFBQVE7QUFBQSxJQUFJLFNBQVMsQ0FBQztBQUFBLElBQUcsT0FBTyxDQUFDO0FBQUEsSUFBRyxRQUFRLG9CQUFJLElBQUk7QUFBQSxJQUFHLGNBQWMsQ0FBQztBQUFBLElBQUcsWUFBWSxDQUFDO0FBQUEsSUFBRyxVQUFVLENBQUM7QUFBQSxJQUNwRyxVQUFVLEVBQUUsT0FBTyxjQUFjLFFBQVEsT0FBTyxRQUFRLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxTQUFTLGNBQWM7QUFBQSxFQUNuRztBQUNBLFFBQU0sVUFBVSxvQkFBSSxJQUEwQjtBQUM5QyxNQUFJO0FBQ0osTUFBSSxZQUFZO0FBQ2hCLFFBQU0sVUFBVSxJQUFJLFFBQVE7QUFDNUIsTUFBSTtBQUNKLG1DQUFTLDRCQUFTLEtBQUssSUFBSSxPQUFPLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxTQUFTLENBQUMsUUFBUTtBQUNqRSxRQUFJLElBQUssY0FBYTtBQUFBLEVBQ3hCLENBQUM7QUFDRCxNQUFJO0FBQ0YscUJBQWlCLFVBQVUsU0FBUztBQUNsQyxZQUFNLElBQUksT0FBTztBQUNqQixZQUFNLFFBQVE7QUFDZCxZQUFNLE9BQU8sRUFBRTtBQUNmLFVBQUksS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLE1BQU0sR0FBRyxFQUFFLFNBQVMsSUFBSSxHQUFHO0FBQzFELGNBQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLGVBQVcsMkJBQVksSUFBSSxDQUFDLHNCQUFzQjtBQUFBLE1BQzFGO0FBQ0EsWUFBTSxRQUFRLEtBQUssTUFBTSxHQUFHLEVBQUUsT0FBTyxPQUFPO0FBQzVDLFVBQUksRUFBRSxTQUFTLGVBQWUsTUFBTSxXQUFXLEdBQUc7QUFDaEQsY0FBTSxRQUFRLE9BQU8sTUFBUztBQUM5QjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLE1BQU0sV0FBVyxFQUFHLE9BQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLGVBQVcsMkJBQVksSUFBSSxDQUFDLDRDQUE0QztBQUN0SSxVQUFJLENBQUMsSUFBSSxPQUFRLEtBQUksU0FBUyxNQUFNLENBQUM7QUFBQSxlQUM1QixJQUFJLFdBQVcsTUFBTSxDQUFDLEdBQUc7QUFDaEMsY0FBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0sb0NBQWdDLDJCQUFZLElBQUksTUFBTSxDQUFDLGNBQVUsMkJBQVksTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJO0FBQUEsTUFDbEk7QUFDQSxZQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFVBQUksRUFBRSxTQUFTLFVBQVUsRUFBRSxTQUFTLG1CQUFtQjtBQUNyRCxjQUFNLElBQUksZ0NBQWtCLElBQUksTUFBTSxlQUFXLDJCQUFZLElBQUksQ0FBQyxVQUFVLEVBQUUsSUFBSSxzQkFBc0I7QUFBQSxNQUMxRztBQUNBLFVBQUksUUFBUSxJQUFJLElBQUksRUFBRyxPQUFNLElBQUksZ0NBQWtCLElBQUksTUFBTSxlQUFXLDJCQUFZLElBQUksQ0FBQyxpQkFBaUI7QUFDMUcsWUFBTSxJQUFJLFVBQVUsS0FBSyxJQUFJO0FBQzdCLFlBQU0sU0FBUyxTQUFTLElBQUksNkJBQWEsSUFBSTtBQUM3QyxZQUFNLFNBQTBDLEVBQUUsTUFBTSxNQUFNLE1BQU0sRUFBRSxRQUFRLEVBQUU7QUFDaEYsVUFBSSxRQUFRLEtBQUssTUFBTTtBQUN2QixVQUFJLElBQUksUUFBUSxXQUFXLEtBQUssU0FBUyxTQUFVLEtBQUksU0FBUyxLQUFLLDRCQUF3QiwyQkFBWSxJQUFJLENBQUMsZUFBZTtBQUM3SCxVQUFJLENBQUMsR0FBRztBQUNOLFlBQUksU0FBUyxLQUFLLHVCQUFtQiwyQkFBWSxJQUFJLENBQUMsV0FBVztBQUNqRSxjQUFNLFFBQVEsT0FBTyxNQUFNO0FBQUEsTUFDN0IsV0FBVyxTQUFTLFVBQVU7QUFDNUIsb0JBQVk7QUFDWixjQUFNLFFBQVEsT0FBTyxNQUFNO0FBQUEsTUFDN0IsV0FBVyxFQUFFLENBQUMsR0FBRztBQUNmLFlBQUksV0FBVyxLQUFLLElBQUk7QUFDeEIsY0FBTSxRQUFRLE9BQU8sUUFBUSxxQkFBTyxnQkFBZ0I7QUFBQSxNQUN0RCxXQUFXLFNBQVMsWUFBWTtBQUM5Qix3QkFBZ0IsTUFBTSxRQUFRLE9BQU8sUUFBUSxxQkFBTyxnQkFBZ0IsR0FBSSxTQUFTLE1BQU07QUFBQSxNQUN6RixXQUFXLEtBQUssV0FBVyxjQUFjLEdBQUc7QUFDMUMsZUFBTyxjQUFjLE1BQU0sVUFBVSxPQUFPLFFBQVEsSUFBSSxNQUFNLE1BQU0sS0FBSyxVQUFVO0FBQ25GLFlBQUksc0JBQXNCLE9BQU87QUFBQSxNQUNuQyxXQUFXLEtBQUssY0FBYyxPQUFPO0FBQ25DLGNBQU0sUUFBUSxPQUFPLE1BQU07QUFBQSxNQUM3QixPQUFPO0FBQ0wsZUFBTyxjQUFjLE1BQU0sVUFBVSxPQUFPLFFBQVEsSUFBSSxNQUFNLE1BQU0sS0FBSyxTQUFTLElBQUk7QUFDdEYsWUFBSSxtQkFBbUIsT0FBTztBQUFBLE1BQ2hDO0FBQ0EsVUFBSSxPQUFRLFNBQVEsSUFBSSxNQUFNLE9BQU8sT0FBTyxDQUFDO0FBQUEsSUFDL0M7QUFBQSxFQUNGLFNBQVMsR0FBRztBQUNWLFFBQUksYUFBYSxnQ0FBbUIsT0FBTTtBQUMxQyxVQUFNLElBQUksZ0NBQWtCLElBQUksTUFBTSxpQ0FBaUMsYUFBYSxRQUFRLEVBQUUsVUFBVSxPQUFPLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDckg7QUFDQSxNQUFJLFdBQVksT0FBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0saUNBQWtDLFdBQXFCLFdBQVcsVUFBVSxFQUFFO0FBQ3BJLE1BQUksQ0FBQyxVQUFXLE9BQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLHFEQUFxRDtBQUMzRyxNQUFJLENBQUMsSUFBSSxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsS0FBSyxXQUFXLGNBQWMsS0FBSyxDQUFDLEVBQUUsS0FBSyxTQUFTLE1BQU0sQ0FBQyxHQUFHO0FBQzNGLFVBQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLHlEQUF5RDtBQUFBLEVBQ2pHO0FBQ0EsTUFBSSxXQUFXLGFBQ1gsZ0NBQWUsY0FBYyxTQUFTLENBQUMsTUFBTSxNQUFNLGNBQWMsRUFBRSxTQUFTLE1BQU0sQ0FBQyxJQUNuRixFQUFFLE9BQU8sY0FBYyxRQUFRLE9BQU8sUUFBUSxDQUFDLEdBQUcsVUFBVSxDQUFDLEdBQUcsU0FBUyx1QkFBdUI7QUFDcEcsU0FBTztBQUNUO0FBS0EsZUFBZSxRQUFRLE9BQWMsUUFBa0MsTUFBNEM7QUFDakgsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksTUFBTTtBQUNWLG1CQUFpQixLQUFLLE9BQU87QUFDM0IsWUFBUSxPQUFPLENBQUM7QUFDaEIsUUFBSSxTQUFTLFFBQVc7QUFDdEIsYUFBTyxFQUFFO0FBQ1QsVUFBSSxNQUFNLEtBQU0sT0FBTSxJQUFJLGdDQUFrQixVQUFVLGVBQWUsSUFBSSxRQUFRO0FBQ2pGLFlBQU0sS0FBSyxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQ0EsU0FBTyxTQUFTLFNBQVksT0FBTyxPQUFPLE9BQU8sR0FBRyxJQUFJO0FBQzFEO0FBR0EsZUFBZSxVQUNiLE9BQWMsUUFBa0MsTUFBYyxNQUFjLEtBQzVFLE9BQTZCLE9BQXdCLENBQUMsR0FDcEI7QUFDbEMsUUFBTSxLQUFLLE1BQU0sT0FBTyxhQUFhLEVBQUU7QUFDdkMsa0JBQWdCLFNBQXFDO0FBQ25ELGVBQVM7QUFDUCxZQUFNLElBQUksTUFBTSxHQUFHLEtBQUs7QUFDeEIsVUFBSSxFQUFFLEtBQU07QUFDWixjQUFRLE9BQU8sRUFBRSxLQUFLO0FBQ3RCLFlBQU0sRUFBRTtBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUk7QUFDOUIsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksVUFBTSx5QkFBSyxPQUFPLEdBQUcsR0FBRztBQUNqRCxlQUFPLHFDQUFrQixJQUFJO0FBQzdCLFFBQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxnQ0FBa0IsT0FBTyxvQ0FBb0MsS0FBSyxTQUFTLEdBQUcsQ0FBQyxFQUFFLFNBQVMsS0FBSyxDQUFDLEdBQUc7QUFDeEgsVUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBSSxRQUFRLHlCQUFPLElBQUksRUFBRyxLQUFJLFNBQVMsS0FBSyxHQUFHLElBQUksaUJBQWlCLElBQUksMEJBQTBCO0FBQ2xHLFFBQUksUUFBUTtBQUNaLFVBQU0sVUFBVSxJQUFJLDBCQUFXLE9BQU8sVUFBVSxhQUM1QztBQUFBLE1BQ0UsTUFBTSxDQUFDLE1BQU8sRUFBRSxTQUFTLFNBQVMscUJBQU8scUJBQXFCO0FBQUEsTUFDOUQsU0FBUyxDQUFDLEdBQUcsU0FBUztBQUNwQixjQUFNLE1BQU0sRUFBRSxLQUFLLFdBQVcsV0FBVyxJQUFJLEVBQUUsS0FBSyxNQUFNLFlBQVksTUFBTSxJQUFJO0FBQ2hGLFlBQUksRUFBRSxTQUFTLFVBQVUsQ0FBQyxPQUFPLElBQUksU0FBUyxHQUFHLEdBQUc7QUFDbEQsY0FBSSxFQUFFLFNBQVMsTUFBTyxLQUFJLFNBQVMsS0FBSyx1QkFBbUIsMkJBQVksRUFBRSxJQUFJLENBQUMsV0FBVztBQUN6RjtBQUFBLFFBQ0Y7QUFDQSxZQUFJLENBQUMsSUFBSSxPQUFPLElBQUksR0FBRyxFQUFHLEtBQUksTUFBTSxLQUFLLEdBQUc7QUFDNUMsWUFBSSxPQUFPLElBQUksS0FBSyxRQUFRLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxNQUM3QztBQUFBLElBQ0YsSUFDQTtBQUFBLE1BQ0UsU0FBUyxDQUFDLE1BQU07QUFDZCxhQUFLLGVBQWUsQ0FBQztBQUNyQixZQUFJLEtBQUssd0JBQXdCLE1BQU8sS0FBSSxhQUFhLEtBQUssQ0FBQztBQUFBLE1BQ2pFO0FBQUEsSUFDRixDQUFDO0FBQ0wscUJBQWlCLGFBQVMsb0NBQWlCLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDL0QsVUFBSSxVQUFVLGVBQWUsU0FBUyxNQUFNLFVBQVUscUJBQU8sa0JBQWtCO0FBQzdFLGNBQU0sSUFBSSxnQ0FBa0IsT0FBTyw2QkFBNkIscUJBQU8sZ0JBQWdCLFFBQVE7QUFBQSxNQUNqRztBQUNBLFVBQUksQ0FBQyxRQUFRLEtBQU0sU0FBUSxLQUFLLEtBQUs7QUFBQSxJQUN2QztBQUNBLFlBQVEsSUFBSTtBQUFBLEVBQ2QsU0FBUyxHQUFHO0FBQ1YsUUFBSSxFQUFFLGFBQWEsaUNBQW9CLE9BQU07QUFDN0MsUUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPO0FBQUEsRUFDN0I7QUFDQSxhQUFTO0FBQ1AsVUFBTSxJQUFJLE1BQU0sR0FBRyxLQUFLO0FBQ3hCLFFBQUksRUFBRSxLQUFNO0FBQ1osWUFBUSxPQUFPLEVBQUUsS0FBSztBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
