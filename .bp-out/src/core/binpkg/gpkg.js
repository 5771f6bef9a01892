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
  let stoppedEarly = false;
  (0, import_node_stream.pipeline)(import_node_stream.Readable.from(src.stream(0, src.size), { objectMode: false }), extract, (err) => {
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
      if (!verify && opts.listFiles === false && out.metadataCompression && sawMarker) {
        stoppedEarly = true;
        break;
      }
    }
  } catch (e) {
    if (e instanceof import_safety.BinpkgFormatError) throw e;
    throw new import_safety.BinpkgFormatError(src.name, `not a valid GPKG tar archive: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (outerError && !stoppedEarly) throw new import_safety.BinpkgFormatError(src.name, `not a valid GPKG tar archive: ${outerError.message ?? outerError}`);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2dwa2cudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogR1BLRyAoYC5ncGtnLnRhcmApOiBhbiB1bmNvbXByZXNzZWQgb3V0ZXIgdGFyLCBzdHJlYW1lZCB3aXRoIHRhci1zdHJlYW0sIGhvbGRpbmcgYDxQRj5bLU5dL2dwa2ctMWAsXG4gKiBgbWV0YWRhdGEudGFyLipgLCBgaW1hZ2UudGFyLipgLCBgTWFuaWZlc3RgIGFuZCBvcHRpb25hbCBgKi5zaWdgLiBFYWNoIG1lbWJlciBpcyBoYXNoZWQgd2hpbGUgaXQgc3RyZWFtcyxcbiAqIG1ldGFkYXRhIGlzIGRlY29kZWQsIGFuZCB0aGUgaW1hZ2UgaXMgbGlzdGVkIChuZXZlciBleHRyYWN0ZWQpLiBTdHJ1Y3R1cmFsIGxpZXMgaW4gdGhlIG91dGVyIHRhciB0aHJvdztcbiAqIGEgYnJva2VuIGlubmVyIG1lbWJlciBpcyByZWNvcmRlZCBpbiBgcHJvYmxlbXNgIHNvIHRoZSBNYW5pZmVzdCBzdGF0dXMgY2FuIHN0aWxsIHNheSB3aGF0IHdlbnQgd3JvbmcuXG4gKi9cbmltcG9ydCB7IFJlYWRhYmxlLCBwaXBlbGluZSB9IGZyb20gJ25vZGU6c3RyZWFtJztcbmltcG9ydCAqIGFzIHRhciBmcm9tICd0YXItc3RyZWFtJztcbmltcG9ydCB0eXBlIHsgQnl0ZVNvdXJjZSB9IGZyb20gJy4vYnl0ZVNvdXJjZSc7XG5pbXBvcnQgeyBkZWNvbXByZXNzU3RyZWFtLCBkZXRlY3RDb21wcmVzc2lvbiwgU1VGRklYLCB0eXBlIENvbXByZXNzaW9uIH0gZnJvbSAnLi9kZWNvbXByZXNzJztcbmltcG9ydCB7IE1lbWJlckhhc2hlciwgdmVyaWZ5TWFuaWZlc3QsIHR5cGUgTWFuaWZlc3RTdGF0dXMsIHR5cGUgTWVtYmVyRGlnZXN0IH0gZnJvbSAnLi9tYW5pZmVzdCc7XG5pbXBvcnQgeyBCaW5wa2dGb3JtYXRFcnJvciwgTElNSVRTLCBkaXNwbGF5TmFtZSB9IGZyb20gJy4vc2FmZXR5JztcbmltcG9ydCB7IHBlZWsgfSBmcm9tICcuL3N0cmVhbVRvb2xzJztcbmltcG9ydCB7IFRhclNjYW5uZXIsIHR5cGUgVGFyRW50cnkgfSBmcm9tICcuL3RhclNjYW4nO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdwa2dDb250ZW50cyB7XG4gIC8qKiBgaGVsbG8tMS4wLTFgOiB0aGUgZGlyZWN0b3J5IGV2ZXJ5IG1lbWJlciBzaXRzIGluLiAqL1xuICB0b3BEaXI6IHN0cmluZztcbiAgbWVtYmVyczogeyBuYW1lOiBzdHJpbmc7IHNpemU6IG51bWJlcjsgY29tcHJlc3Npb24/OiBDb21wcmVzc2lvbiB9W107XG4gIG5hbWVzOiBzdHJpbmdbXTtcbiAgdmFsdWVzOiBNYXA8c3RyaW5nLCBCdWZmZXI+O1xuICBpbWFnZUVudHJpZXM6IFRhckVudHJ5W107XG4gIGltYWdlQ29tcHJlc3Npb24/OiBDb21wcmVzc2lvbjtcbiAgbWV0YWRhdGFDb21wcmVzc2lvbj86IENvbXByZXNzaW9uO1xuICBtYW5pZmVzdDogTWFuaWZlc3RTdGF0dXM7XG4gIHNpZ25hdHVyZXM6IHN0cmluZ1tdO1xuICBwcm9ibGVtczogc3RyaW5nW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgR3BrZ1JlYWRPcHRpb25zIHtcbiAgLyoqIExpc3QgdGhlIGltYWdlIChkZWZhdWx0IHRydWUpLiAqL1xuICBsaXN0RmlsZXM/OiBib29sZWFuO1xuICAvKiogSGFzaCBtZW1iZXJzIGFuZCBjaGVjayB0aGUgTWFuaWZlc3QgKGRlZmF1bHQgdHJ1ZSkuICovXG4gIHZlcmlmeT86IGJvb2xlYW47XG4gIC8qKiBDYWxsZWQgZm9yIGVhY2ggaW1hZ2UgZW50cnkgYXMgaXQgaXMgZm91bmQgKHRoZSBsaXN0IGlzIHN0aWxsIGNvbGxlY3RlZCB1bmxlc3MgY29sbGVjdCBpcyBmYWxzZSkuICovXG4gIG9uSW1hZ2VFbnRyeT86IChlOiBUYXJFbnRyeSkgPT4gdm9pZDtcbiAgY29sbGVjdEltYWdlRW50cmllcz86IGJvb2xlYW47XG59XG5cbmNvbnN0IE1FTUJFUl9SRSA9IC9eKGdwa2ctMXxNYW5pZmVzdHwoPzptZXRhZGF0YXxpbWFnZSlcXC50YXIoPzpcXC5bYS16MC05XSspPykoXFwuc2lnKT8kLztcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRHcGtnKHNyYzogQnl0ZVNvdXJjZSwgb3B0czogR3BrZ1JlYWRPcHRpb25zID0ge30pOiBQcm9taXNlPEdwa2dDb250ZW50cz4ge1xuICBjb25zdCB2ZXJpZnkgPSBvcHRzLnZlcmlmeSAhPT0gZmFsc2U7XG4gIGNvbnN0IG91dDogR3BrZ0NvbnRlbnRzID0ge1xuICAgIHRvcERpcjogJycsIG1lbWJlcnM6IFtdLCBuYW1lczogW10sIHZhbHVlczogbmV3IE1hcCgpLCBpbWFnZUVudHJpZXM6IFtdLCBzaWduYXR1cmVzOiBbXSwgcHJvYmxlbXM6IFtdLFxuICAgIG1hbmlmZXN0OiB7IHN0YXRlOiAndW52ZXJpZmllZCcsIHNpZ25lZDogZmFsc2UsIGNoZWNrczogW10sIHByb2JsZW1zOiBbXSwgc3VtbWFyeTogJ25vdCBjaGVja2VkJyB9LFxuICB9O1xuICBjb25zdCBkaWdlc3RzID0gbmV3IE1hcDxzdHJpbmcsIE1lbWJlckRpZ2VzdD4oKTtcbiAgbGV0IG1hbmlmZXN0VGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBsZXQgc2F3TWFya2VyID0gZmFsc2U7XG4gIGNvbnN0IGV4dHJhY3QgPSB0YXIuZXh0cmFjdCgpO1xuICBsZXQgb3V0ZXJFcnJvcjogdW5rbm93bjtcbiAgbGV0IHN0b3BwZWRFYXJseSA9IGZhbHNlO1xuICBwaXBlbGluZShSZWFkYWJsZS5mcm9tKHNyYy5zdHJlYW0oMCwgc3JjLnNpemUpLCB7IG9iamVjdE1vZGU6IGZhbHNlIH0pLCBleHRyYWN0LCAoZXJyKSA9PiB7XG4gICAgaWYgKGVycikgb3V0ZXJFcnJvciA9IGVycjtcbiAgfSk7XG4gIHRyeSB7XG4gICAgZm9yIGF3YWl0IChjb25zdCBzb3VyY2Ugb2YgZXh0cmFjdCkge1xuICAgICAgY29uc3QgaCA9IHNvdXJjZS5oZWFkZXI7XG4gICAgICBjb25zdCBlbnRyeSA9IHNvdXJjZSBhcyB1bmtub3duIGFzIEVudHJ5O1xuICAgICAgY29uc3QgbmFtZSA9IGgubmFtZTtcbiAgICAgIGlmIChuYW1lLnN0YXJ0c1dpdGgoJy8nKSB8fCBuYW1lLnNwbGl0KCcvJykuaW5jbHVkZXMoJy4uJykpIHtcbiAgICAgICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCBgbWVtYmVyIFwiJHtkaXNwbGF5TmFtZShuYW1lKX1cIiBoYXMgYW4gdW5zYWZlIHBhdGhgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHBhcnRzID0gbmFtZS5zcGxpdCgnLycpLmZpbHRlcihCb29sZWFuKTtcbiAgICAgIGlmIChoLnR5cGUgPT09ICdkaXJlY3RvcnknICYmIHBhcnRzLmxlbmd0aCA9PT0gMSkge1xuICAgICAgICBhd2FpdCBjb25zdW1lKGVudHJ5LCB1bmRlZmluZWQpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGlmIChwYXJ0cy5sZW5ndGggIT09IDIpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYG1lbWJlciBcIiR7ZGlzcGxheU5hbWUobmFtZSl9XCIgaXMgbm90IGluc2lkZSBhIHNpbmdsZSBwYWNrYWdlIGRpcmVjdG9yeWApO1xuICAgICAgaWYgKCFvdXQudG9wRGlyKSBvdXQudG9wRGlyID0gcGFydHNbMF07XG4gICAgICBlbHNlIGlmIChvdXQudG9wRGlyICE9PSBwYXJ0c1swXSkge1xuICAgICAgICB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3Ioc3JjLm5hbWUsIGBtZW1iZXJzIGluIHR3byBkaXJlY3RvcmllcyAoXCIke2Rpc3BsYXlOYW1lKG91dC50b3BEaXIpfVwiIGFuZCBcIiR7ZGlzcGxheU5hbWUocGFydHNbMF0pfVwiKWApO1xuICAgICAgfVxuICAgICAgY29uc3QgYmFzZSA9IHBhcnRzWzFdO1xuICAgICAgaWYgKGgudHlwZSAhPT0gJ2ZpbGUnICYmIGgudHlwZSAhPT0gJ2NvbnRpZ3VvdXMtZmlsZScpIHtcbiAgICAgICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCBgbWVtYmVyIFwiJHtkaXNwbGF5TmFtZShuYW1lKX1cIiBpcyBhICR7aC50eXBlfSwgbm90IGEgcmVndWxhciBmaWxlYCk7XG4gICAgICB9XG4gICAgICBpZiAoZGlnZXN0cy5oYXMoYmFzZSkpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYG1lbWJlciBcIiR7ZGlzcGxheU5hbWUoYmFzZSl9XCIgYXBwZWFycyB0d2ljZWApO1xuICAgICAgY29uc3QgbSA9IE1FTUJFUl9SRS5leGVjKGJhc2UpO1xuICAgICAgY29uc3QgaGFzaGVyID0gdmVyaWZ5ID8gbmV3IE1lbWJlckhhc2hlcigpIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3QgbWVtYmVyOiBHcGtnQ29udGVudHNbJ21lbWJlcnMnXVtudW1iZXJdID0geyBuYW1lOiBiYXNlLCBzaXplOiBoLnNpemUgPz8gMCB9O1xuICAgICAgb3V0Lm1lbWJlcnMucHVzaChtZW1iZXIpO1xuICAgICAgaWYgKG91dC5tZW1iZXJzLmxlbmd0aCA9PT0gMSAmJiBiYXNlICE9PSAnZ3BrZy0xJykgb3V0LnByb2JsZW1zLnB1c2goYHRoZSBmaXJzdCBtZW1iZXIgaXMgXCIke2Rpc3BsYXlOYW1lKGJhc2UpfVwiLCBub3QgZ3BrZy0xYCk7XG4gICAgICBpZiAoIW0pIHtcbiAgICAgICAgb3V0LnByb2JsZW1zLnB1c2goYHVua25vd24gbWVtYmVyIFwiJHtkaXNwbGF5TmFtZShiYXNlKX1cIiBpZ25vcmVkYCk7XG4gICAgICAgIGF3YWl0IGNvbnN1bWUoZW50cnksIGhhc2hlcik7XG4gICAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdncGtnLTEnKSB7XG4gICAgICAgIHNhd01hcmtlciA9IHRydWU7XG4gICAgICAgIGF3YWl0IGNvbnN1bWUoZW50cnksIGhhc2hlcik7XG4gICAgICB9IGVsc2UgaWYgKG1bMl0pIHtcbiAgICAgICAgb3V0LnNpZ25hdHVyZXMucHVzaChiYXNlKTtcbiAgICAgICAgYXdhaXQgY29uc3VtZShlbnRyeSwgaGFzaGVyLCBMSU1JVFMuc21hbGxNZW1iZXJCeXRlcyk7XG4gICAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdNYW5pZmVzdCcpIHtcbiAgICAgICAgbWFuaWZlc3RUZXh0ID0gKGF3YWl0IGNvbnN1bWUoZW50cnksIGhhc2hlciwgTElNSVRTLnNtYWxsTWVtYmVyQnl0ZXMpKSEudG9TdHJpbmcoJ3V0ZjgnKTtcbiAgICAgIH0gZWxzZSBpZiAoYmFzZS5zdGFydHNXaXRoKCdtZXRhZGF0YS50YXInKSkge1xuICAgICAgICBtZW1iZXIuY29tcHJlc3Npb24gPSBhd2FpdCByZWFkSW5uZXIoZW50cnksIGhhc2hlciwgc3JjLm5hbWUsIGJhc2UsIG91dCwgJ21ldGFkYXRhJyk7XG4gICAgICAgIG91dC5tZXRhZGF0YUNvbXByZXNzaW9uID0gbWVtYmVyLmNvbXByZXNzaW9uO1xuICAgICAgfSBlbHNlIGlmIChvcHRzLmxpc3RGaWxlcyA9PT0gZmFsc2UpIHtcbiAgICAgICAgYXdhaXQgY29uc3VtZShlbnRyeSwgaGFzaGVyKTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIG1lbWJlci5jb21wcmVzc2lvbiA9IGF3YWl0IHJlYWRJbm5lcihlbnRyeSwgaGFzaGVyLCBzcmMubmFtZSwgYmFzZSwgb3V0LCAnaW1hZ2UnLCBvcHRzKTtcbiAgICAgICAgb3V0LmltYWdlQ29tcHJlc3Npb24gPSBtZW1iZXIuY29tcHJlc3Npb247XG4gICAgICB9XG4gICAgICBpZiAoaGFzaGVyKSBkaWdlc3RzLnNldChiYXNlLCBoYXNoZXIuZGlnZXN0KCkpO1xuICAgICAgLy8gTWV0YWRhdGEgb25seSAodGhlIGFydGlmYWN0cyB0cmVlKTogbm8gbmVlZCB0byBzdHJlYW0gYSBtdWx0aS1HQiBpbWFnZSBwYXN0IHVzLlxuICAgICAgaWYgKCF2ZXJpZnkgJiYgb3B0cy5saXN0RmlsZXMgPT09IGZhbHNlICYmIG91dC5tZXRhZGF0YUNvbXByZXNzaW9uICYmIHNhd01hcmtlcikge1xuICAgICAgICBzdG9wcGVkRWFybHkgPSB0cnVlO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICB9XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoZSBpbnN0YW5jZW9mIEJpbnBrZ0Zvcm1hdEVycm9yKSB0aHJvdyBlO1xuICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYG5vdCBhIHZhbGlkIEdQS0cgdGFyIGFyY2hpdmU6ICR7ZSBpbnN0YW5jZW9mIEVycm9yID8gZS5tZXNzYWdlIDogU3RyaW5nKGUpfWApO1xuICB9XG4gIGlmIChvdXRlckVycm9yICYmICFzdG9wcGVkRWFybHkpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgYG5vdCBhIHZhbGlkIEdQS0cgdGFyIGFyY2hpdmU6ICR7KG91dGVyRXJyb3IgYXMgRXJyb3IpLm1lc3NhZ2UgPz8gb3V0ZXJFcnJvcn1gKTtcbiAgaWYgKCFzYXdNYXJrZXIpIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihzcmMubmFtZSwgJ25vIGdwa2ctMSBtZW1iZXI6IHRoaXMgaXMgbm90IGEgR1BLRyBiaW5hcnkgcGFja2FnZScpO1xuICBpZiAoIW91dC5tZW1iZXJzLnNvbWUoKHgpID0+IHgubmFtZS5zdGFydHNXaXRoKCdtZXRhZGF0YS50YXInKSAmJiAheC5uYW1lLmVuZHNXaXRoKCcuc2lnJykpKSB7XG4gICAgdGhyb3cgbmV3IEJpbnBrZ0Zvcm1hdEVycm9yKHNyYy5uYW1lLCAnbm8gbWV0YWRhdGEudGFyIG1lbWJlcjogdGhlIHBhY2thZ2UgbWV0YWRhdGEgaXMgbWlzc2luZycpO1xuICB9XG4gIG91dC5tYW5pZmVzdCA9IHZlcmlmeVxuICAgID8gdmVyaWZ5TWFuaWZlc3QobWFuaWZlc3RUZXh0LCBkaWdlc3RzLCAobikgPT4gbiA9PT0gJ01hbmlmZXN0JyB8fCBuLmVuZHNXaXRoKCcuc2lnJykpXG4gICAgOiB7IHN0YXRlOiAndW52ZXJpZmllZCcsIHNpZ25lZDogZmFsc2UsIGNoZWNrczogW10sIHByb2JsZW1zOiBbXSwgc3VtbWFyeTogJ01hbmlmZXN0IG5vdCBjaGVja2VkJyB9O1xuICByZXR1cm4gb3V0O1xufVxuXG50eXBlIEVudHJ5ID0gQXN5bmNJdGVyYWJsZTxVaW50OEFycmF5PjtcblxuLyoqIFJlYWQgdGhlIHJlc3Qgb2YgYW4gZW50cnkgdGhyb3VnaCB0aGUgaGFzaGVyOyBrZWVwIHRoZSBieXRlcyB3aGVuIGBrZWVwYCBpcyBnaXZlbiAoYSBzaXplIGNhcCkuICovXG5hc3luYyBmdW5jdGlvbiBjb25zdW1lKGVudHJ5OiBFbnRyeSwgaGFzaGVyOiBNZW1iZXJIYXNoZXIgfCB1bmRlZmluZWQsIGtlZXA/OiBudW1iZXIpOiBQcm9taXNlPEJ1ZmZlciB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBwYXJ0czogQnVmZmVyW10gPSBbXTtcbiAgbGV0IGdvdCA9IDA7XG4gIGZvciBhd2FpdCAoY29uc3QgYyBvZiBlbnRyeSkge1xuICAgIGhhc2hlcj8udXBkYXRlKGMpO1xuICAgIGlmIChrZWVwICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGdvdCArPSBjLmxlbmd0aDtcbiAgICAgIGlmIChnb3QgPiBrZWVwKSB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3IoJ21lbWJlcicsIGBsYXJnZXIgdGhhbiAke2tlZXB9IGJ5dGVzYCk7XG4gICAgICBwYXJ0cy5wdXNoKEJ1ZmZlci5mcm9tKGMpKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGtlZXAgIT09IHVuZGVmaW5lZCA/IEJ1ZmZlci5jb25jYXQocGFydHMsIGdvdCkgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBEZWNvbXByZXNzIGFuZCB3YWxrIGEgbWV0YWRhdGEudGFyLiogb3IgaW1hZ2UudGFyLiogbWVtYmVyOyBmYWlsdXJlcyBiZWNvbWUgcHJvYmxlbXMsIHRoZSByZXN0IGlzIHN0aWxsIGhhc2hlZC4gKi9cbmFzeW5jIGZ1bmN0aW9uIHJlYWRJbm5lcihcbiAgZW50cnk6IEVudHJ5LCBoYXNoZXI6IE1lbWJlckhhc2hlciB8IHVuZGVmaW5lZCwgZmlsZTogc3RyaW5nLCBiYXNlOiBzdHJpbmcsIG91dDogR3BrZ0NvbnRlbnRzLFxuICB3aGljaDogJ21ldGFkYXRhJyB8ICdpbWFnZScsIG9wdHM6IEdwa2dSZWFkT3B0aW9ucyA9IHt9LFxuKTogUHJvbWlzZTxDb21wcmVzc2lvbiB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBpdCA9IGVudHJ5W1N5bWJvbC5hc3luY0l0ZXJhdG9yXSgpO1xuICBhc3luYyBmdW5jdGlvbiogaGFzaGVkKCk6IEFzeW5jR2VuZXJhdG9yPFVpbnQ4QXJyYXk+IHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCByID0gYXdhaXQgaXQubmV4dCgpO1xuICAgICAgaWYgKHIuZG9uZSkgcmV0dXJuO1xuICAgICAgaGFzaGVyPy51cGRhdGUoci52YWx1ZSk7XG4gICAgICB5aWVsZCByLnZhbHVlO1xuICAgIH1cbiAgfVxuICBjb25zdCBsYWJlbCA9IGAke2ZpbGV9ICgke2Jhc2V9KWA7XG4gIGxldCBraW5kOiBDb21wcmVzc2lvbiB8IHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICBjb25zdCB7IGhlYWQsIHN0cmVhbSB9ID0gYXdhaXQgcGVlayhoYXNoZWQoKSwgMjYyKTtcbiAgICBraW5kID0gZGV0ZWN0Q29tcHJlc3Npb24oaGVhZCk7XG4gICAgaWYgKCFraW5kKSB0aHJvdyBuZXcgQmlucGtnRm9ybWF0RXJyb3IobGFiZWwsIGB1bmtub3duIGNvbXByZXNzaW9uIChmaXJzdCBieXRlcyAke2hlYWQuc3ViYXJyYXkoMCwgNCkudG9TdHJpbmcoJ2hleCcpfSlgKTtcbiAgICBjb25zdCBleHQgPSBiYXNlLnNsaWNlKGJhc2UuaW5kZXhPZignLnRhcicpICsgNCk7XG4gICAgaWYgKGV4dCAhPT0gU1VGRklYW2tpbmRdKSBvdXQucHJvYmxlbXMucHVzaChgJHtiYXNlfTogdGhlIGRhdGEgaXMgJHtraW5kfSwgbm90IHdoYXQgdGhlIG5hbWUgc2F5c2ApO1xuICAgIGxldCB0b3RhbCA9IDA7XG4gICAgY29uc3Qgc2Nhbm5lciA9IG5ldyBUYXJTY2FubmVyKGxhYmVsLCB3aGljaCA9PT0gJ21ldGFkYXRhJ1xuICAgICAgPyB7XG4gICAgICAgICAga2VlcDogKGUpID0+IChlLnR5cGUgPT09ICdmaWxlJyA/IExJTUlUUy5tZXRhZGF0YVZhbHVlQnl0ZXMgOiB1bmRlZmluZWQpLFxuICAgICAgICAgIG9uRW50cnk6IChlLCBkYXRhKSA9PiB7XG4gICAgICAgICAgICBjb25zdCBrZXkgPSBlLm5hbWUuc3RhcnRzV2l0aCgnbWV0YWRhdGEvJykgPyBlLm5hbWUuc2xpY2UoJ21ldGFkYXRhLycubGVuZ3RoKSA6ICcnO1xuICAgICAgICAgICAgaWYgKGUudHlwZSAhPT0gJ2ZpbGUnIHx8ICFrZXkgfHwga2V5LmluY2x1ZGVzKCcvJykpIHtcbiAgICAgICAgICAgICAgaWYgKGUudHlwZSAhPT0gJ2RpcicpIG91dC5wcm9ibGVtcy5wdXNoKGBtZXRhZGF0YSBlbnRyeSBcIiR7ZGlzcGxheU5hbWUoZS5uYW1lKX1cIiBpZ25vcmVkYCk7XG4gICAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmICghb3V0LnZhbHVlcy5oYXMoa2V5KSkgb3V0Lm5hbWVzLnB1c2goa2V5KTtcbiAgICAgICAgICAgIG91dC52YWx1ZXMuc2V0KGtleSwgZGF0YSA/PyBCdWZmZXIuYWxsb2MoMCkpO1xuICAgICAgICAgIH0sXG4gICAgICAgIH1cbiAgICAgIDoge1xuICAgICAgICAgIG9uRW50cnk6IChlKSA9PiB7XG4gICAgICAgICAgICBvcHRzLm9uSW1hZ2VFbnRyeT8uKGUpO1xuICAgICAgICAgICAgaWYgKG9wdHMuY29sbGVjdEltYWdlRW50cmllcyAhPT0gZmFsc2UpIG91dC5pbWFnZUVudHJpZXMucHVzaChlKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9KTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIGRlY29tcHJlc3NTdHJlYW0oa2luZCwgc3RyZWFtLCBsYWJlbCkpIHtcbiAgICAgIGlmICh3aGljaCA9PT0gJ21ldGFkYXRhJyAmJiAodG90YWwgKz0gY2h1bmsubGVuZ3RoKSA+IExJTUlUUy5tZXRhZGF0YVRhckJ5dGVzKSB7XG4gICAgICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihsYWJlbCwgYGRlY29tcHJlc3NlcyB0byBtb3JlIHRoYW4gJHtMSU1JVFMubWV0YWRhdGFUYXJCeXRlc30gYnl0ZXNgKTtcbiAgICAgIH1cbiAgICAgIGlmICghc2Nhbm5lci5kb25lKSBzY2FubmVyLnB1c2goY2h1bmspO1xuICAgIH1cbiAgICBzY2FubmVyLmVuZCgpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKCEoZSBpbnN0YW5jZW9mIEJpbnBrZ0Zvcm1hdEVycm9yKSkgdGhyb3cgZTtcbiAgICBvdXQucHJvYmxlbXMucHVzaChlLm1lc3NhZ2UpO1xuICB9XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCByID0gYXdhaXQgaXQubmV4dCgpO1xuICAgIGlmIChyLmRvbmUpIGJyZWFrO1xuICAgIGhhc2hlcj8udXBkYXRlKHIudmFsdWUpO1xuICB9XG4gIHJldHVybiBraW5kO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSx5QkFBbUM7QUFDbkMsVUFBcUI7QUFFckIsd0JBQThFO0FBQzlFLHNCQUFxRjtBQUNyRixvQkFBdUQ7QUFDdkQseUJBQXFCO0FBQ3JCLHFCQUEwQztBQTBCMUMsTUFBTSxZQUFZO0FBRWxCLGVBQXNCLFNBQVMsS0FBaUIsT0FBd0IsQ0FBQyxHQUEwQjtBQUNqRyxRQUFNLFNBQVMsS0FBSyxXQUFXO0FBQy9CLFFBQU0sTUFBb0I7QUFBQSxJQUN4QixRQUFRO0FBQUEsSUFBSSxTQUFTLENBQUM7QUFBQSxJQUFHLE9BQU8sQ0FBQztBQUFBLElBQUcsUUFBUSxvQkFBSSxJQUFJO0FBQUEsSUFBRyxjQUFjLENBQUM7QUFBQSxJQUFHLFlBQVksQ0FBQztBQUFBLElBQUcsVUFBVSxDQUFDO0FBQUEsSUFDcEcsVUFBVSxFQUFFLE9BQU8sY0FBYyxRQUFRLE9BQU8sUUFBUSxDQUFDLEdBQUcsVUFBVSxDQUFDLEdBQUcsU0FBUyxjQUFjO0FBQUEsRUFDbkc7QUFDQSxRQUFNLFVBQVUsb0JBQUksSUFBMEI7QUFDOUMsTUFBSTtBQUNKLE1BQUksWUFBWTtBQUNoQixRQUFNLFVBQVUsSUFBSSxRQUFRO0FBQzVCLE1BQUk7QUFDSixNQUFJLGVBQWU7QUFDbkIsbUNBQVMsNEJBQVMsS0FBSyxJQUFJLE9BQU8sR0FBRyxJQUFJLElBQUksR0FBRyxFQUFFLFlBQVksTUFBTSxDQUFDLEdBQUcsU0FBUyxDQUFDLFFBQVE7QUFDeEYsUUFBSSxJQUFLLGNBQWE7QUFBQSxFQUN4QixDQUFDO0FBQ0QsTUFBSTtBQUNGLHFCQUFpQixVQUFVLFNBQVM7QUFDbEMsWUFBTSxJQUFJLE9BQU87QUFDakIsWUFBTSxRQUFRO0FBQ2QsWUFBTSxPQUFPLEVBQUU7QUFDZixVQUFJLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxNQUFNLEdBQUcsRUFBRSxTQUFTLElBQUksR0FBRztBQUMxRCxjQUFNLElBQUksZ0NBQWtCLElBQUksTUFBTSxlQUFXLDJCQUFZLElBQUksQ0FBQyxzQkFBc0I7QUFBQSxNQUMxRjtBQUNBLFlBQU0sUUFBUSxLQUFLLE1BQU0sR0FBRyxFQUFFLE9BQU8sT0FBTztBQUM1QyxVQUFJLEVBQUUsU0FBUyxlQUFlLE1BQU0sV0FBVyxHQUFHO0FBQ2hELGNBQU0sUUFBUSxPQUFPLE1BQVM7QUFDOUI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxNQUFNLFdBQVcsRUFBRyxPQUFNLElBQUksZ0NBQWtCLElBQUksTUFBTSxlQUFXLDJCQUFZLElBQUksQ0FBQyw0Q0FBNEM7QUFDdEksVUFBSSxDQUFDLElBQUksT0FBUSxLQUFJLFNBQVMsTUFBTSxDQUFDO0FBQUEsZUFDNUIsSUFBSSxXQUFXLE1BQU0sQ0FBQyxHQUFHO0FBQ2hDLGNBQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLG9DQUFnQywyQkFBWSxJQUFJLE1BQU0sQ0FBQyxjQUFVLDJCQUFZLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSTtBQUFBLE1BQ2xJO0FBQ0EsWUFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixVQUFJLEVBQUUsU0FBUyxVQUFVLEVBQUUsU0FBUyxtQkFBbUI7QUFDckQsY0FBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0sZUFBVywyQkFBWSxJQUFJLENBQUMsVUFBVSxFQUFFLElBQUksc0JBQXNCO0FBQUEsTUFDMUc7QUFDQSxVQUFJLFFBQVEsSUFBSSxJQUFJLEVBQUcsT0FBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0sZUFBVywyQkFBWSxJQUFJLENBQUMsaUJBQWlCO0FBQzFHLFlBQU0sSUFBSSxVQUFVLEtBQUssSUFBSTtBQUM3QixZQUFNLFNBQVMsU0FBUyxJQUFJLDZCQUFhLElBQUk7QUFDN0MsWUFBTSxTQUEwQyxFQUFFLE1BQU0sTUFBTSxNQUFNLEVBQUUsUUFBUSxFQUFFO0FBQ2hGLFVBQUksUUFBUSxLQUFLLE1BQU07QUFDdkIsVUFBSSxJQUFJLFFBQVEsV0FBVyxLQUFLLFNBQVMsU0FBVSxLQUFJLFNBQVMsS0FBSyw0QkFBd0IsMkJBQVksSUFBSSxDQUFDLGVBQWU7QUFDN0gsVUFBSSxDQUFDLEdBQUc7QUFDTixZQUFJLFNBQVMsS0FBSyx1QkFBbUIsMkJBQVksSUFBSSxDQUFDLFdBQVc7QUFDakUsY0FBTSxRQUFRLE9BQU8sTUFBTTtBQUFBLE1BQzdCLFdBQVcsU0FBUyxVQUFVO0FBQzVCLG9CQUFZO0FBQ1osY0FBTSxRQUFRLE9BQU8sTUFBTTtBQUFBLE1BQzdCLFdBQVcsRUFBRSxDQUFDLEdBQUc7QUFDZixZQUFJLFdBQVcsS0FBSyxJQUFJO0FBQ3hCLGNBQU0sUUFBUSxPQUFPLFFBQVEscUJBQU8sZ0JBQWdCO0FBQUEsTUFDdEQsV0FBVyxTQUFTLFlBQVk7QUFDOUIsd0JBQWdCLE1BQU0sUUFBUSxPQUFPLFFBQVEscUJBQU8sZ0JBQWdCLEdBQUksU0FBUyxNQUFNO0FBQUEsTUFDekYsV0FBVyxLQUFLLFdBQVcsY0FBYyxHQUFHO0FBQzFDLGVBQU8sY0FBYyxNQUFNLFVBQVUsT0FBTyxRQUFRLElBQUksTUFBTSxNQUFNLEtBQUssVUFBVTtBQUNuRixZQUFJLHNCQUFzQixPQUFPO0FBQUEsTUFDbkMsV0FBVyxLQUFLLGNBQWMsT0FBTztBQUNuQyxjQUFNLFFBQVEsT0FBTyxNQUFNO0FBQUEsTUFDN0IsT0FBTztBQUNMLGVBQU8sY0FBYyxNQUFNLFVBQVUsT0FBTyxRQUFRLElBQUksTUFBTSxNQUFNLEtBQUssU0FBUyxJQUFJO0FBQ3RGLFlBQUksbUJBQW1CLE9BQU87QUFBQSxNQUNoQztBQUNBLFVBQUksT0FBUSxTQUFRLElBQUksTUFBTSxPQUFPLE9BQU8sQ0FBQztBQUU3QyxVQUFJLENBQUMsVUFBVSxLQUFLLGNBQWMsU0FBUyxJQUFJLHVCQUF1QixXQUFXO0FBQy9FLHVCQUFlO0FBQ2Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0YsU0FBUyxHQUFHO0FBQ1YsUUFBSSxhQUFhLGdDQUFtQixPQUFNO0FBQzFDLFVBQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLGlDQUFpQyxhQUFhLFFBQVEsRUFBRSxVQUFVLE9BQU8sQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUNySDtBQUNBLE1BQUksY0FBYyxDQUFDLGFBQWMsT0FBTSxJQUFJLGdDQUFrQixJQUFJLE1BQU0saUNBQWtDLFdBQXFCLFdBQVcsVUFBVSxFQUFFO0FBQ3JKLE1BQUksQ0FBQyxVQUFXLE9BQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLHFEQUFxRDtBQUMzRyxNQUFJLENBQUMsSUFBSSxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsS0FBSyxXQUFXLGNBQWMsS0FBSyxDQUFDLEVBQUUsS0FBSyxTQUFTLE1BQU0sQ0FBQyxHQUFHO0FBQzNGLFVBQU0sSUFBSSxnQ0FBa0IsSUFBSSxNQUFNLHlEQUF5RDtBQUFBLEVBQ2pHO0FBQ0EsTUFBSSxXQUFXLGFBQ1gsZ0NBQWUsY0FBYyxTQUFTLENBQUMsTUFBTSxNQUFNLGNBQWMsRUFBRSxTQUFTLE1BQU0sQ0FBQyxJQUNuRixFQUFFLE9BQU8sY0FBYyxRQUFRLE9BQU8sUUFBUSxDQUFDLEdBQUcsVUFBVSxDQUFDLEdBQUcsU0FBUyx1QkFBdUI7QUFDcEcsU0FBTztBQUNUO0FBS0EsZUFBZSxRQUFRLE9BQWMsUUFBa0MsTUFBNEM7QUFDakgsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksTUFBTTtBQUNWLG1CQUFpQixLQUFLLE9BQU87QUFDM0IsWUFBUSxPQUFPLENBQUM7QUFDaEIsUUFBSSxTQUFTLFFBQVc7QUFDdEIsYUFBTyxFQUFFO0FBQ1QsVUFBSSxNQUFNLEtBQU0sT0FBTSxJQUFJLGdDQUFrQixVQUFVLGVBQWUsSUFBSSxRQUFRO0FBQ2pGLFlBQU0sS0FBSyxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQ0EsU0FBTyxTQUFTLFNBQVksT0FBTyxPQUFPLE9BQU8sR0FBRyxJQUFJO0FBQzFEO0FBR0EsZUFBZSxVQUNiLE9BQWMsUUFBa0MsTUFBYyxNQUFjLEtBQzVFLE9BQTZCLE9BQXdCLENBQUMsR0FDcEI7QUFDbEMsUUFBTSxLQUFLLE1BQU0sT0FBTyxhQUFhLEVBQUU7QUFDdkMsa0JBQWdCLFNBQXFDO0FBQ25ELGVBQVM7QUFDUCxZQUFNLElBQUksTUFBTSxHQUFHLEtBQUs7QUFDeEIsVUFBSSxFQUFFLEtBQU07QUFDWixjQUFRLE9BQU8sRUFBRSxLQUFLO0FBQ3RCLFlBQU0sRUFBRTtBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUk7QUFDOUIsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksVUFBTSx5QkFBSyxPQUFPLEdBQUcsR0FBRztBQUNqRCxlQUFPLHFDQUFrQixJQUFJO0FBQzdCLFFBQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxnQ0FBa0IsT0FBTyxvQ0FBb0MsS0FBSyxTQUFTLEdBQUcsQ0FBQyxFQUFFLFNBQVMsS0FBSyxDQUFDLEdBQUc7QUFDeEgsVUFBTSxNQUFNLEtBQUssTUFBTSxLQUFLLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBSSxRQUFRLHlCQUFPLElBQUksRUFBRyxLQUFJLFNBQVMsS0FBSyxHQUFHLElBQUksaUJBQWlCLElBQUksMEJBQTBCO0FBQ2xHLFFBQUksUUFBUTtBQUNaLFVBQU0sVUFBVSxJQUFJLDBCQUFXLE9BQU8sVUFBVSxhQUM1QztBQUFBLE1BQ0UsTUFBTSxDQUFDLE1BQU8sRUFBRSxTQUFTLFNBQVMscUJBQU8scUJBQXFCO0FBQUEsTUFDOUQsU0FBUyxDQUFDLEdBQUcsU0FBUztBQUNwQixjQUFNLE1BQU0sRUFBRSxLQUFLLFdBQVcsV0FBVyxJQUFJLEVBQUUsS0FBSyxNQUFNLFlBQVksTUFBTSxJQUFJO0FBQ2hGLFlBQUksRUFBRSxTQUFTLFVBQVUsQ0FBQyxPQUFPLElBQUksU0FBUyxHQUFHLEdBQUc7QUFDbEQsY0FBSSxFQUFFLFNBQVMsTUFBTyxLQUFJLFNBQVMsS0FBSyx1QkFBbUIsMkJBQVksRUFBRSxJQUFJLENBQUMsV0FBVztBQUN6RjtBQUFBLFFBQ0Y7QUFDQSxZQUFJLENBQUMsSUFBSSxPQUFPLElBQUksR0FBRyxFQUFHLEtBQUksTUFBTSxLQUFLLEdBQUc7QUFDNUMsWUFBSSxPQUFPLElBQUksS0FBSyxRQUFRLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxNQUM3QztBQUFBLElBQ0YsSUFDQTtBQUFBLE1BQ0UsU0FBUyxDQUFDLE1BQU07QUFDZCxhQUFLLGVBQWUsQ0FBQztBQUNyQixZQUFJLEtBQUssd0JBQXdCLE1BQU8sS0FBSSxhQUFhLEtBQUssQ0FBQztBQUFBLE1BQ2pFO0FBQUEsSUFDRixDQUFDO0FBQ0wscUJBQWlCLGFBQVMsb0NBQWlCLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDL0QsVUFBSSxVQUFVLGVBQWUsU0FBUyxNQUFNLFVBQVUscUJBQU8sa0JBQWtCO0FBQzdFLGNBQU0sSUFBSSxnQ0FBa0IsT0FBTyw2QkFBNkIscUJBQU8sZ0JBQWdCLFFBQVE7QUFBQSxNQUNqRztBQUNBLFVBQUksQ0FBQyxRQUFRLEtBQU0sU0FBUSxLQUFLLEtBQUs7QUFBQSxJQUN2QztBQUNBLFlBQVEsSUFBSTtBQUFBLEVBQ2QsU0FBUyxHQUFHO0FBQ1YsUUFBSSxFQUFFLGFBQWEsaUNBQW9CLE9BQU07QUFDN0MsUUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPO0FBQUEsRUFDN0I7QUFDQSxhQUFTO0FBQ1AsVUFBTSxJQUFJLE1BQU0sR0FBRyxLQUFLO0FBQ3hCLFFBQUksRUFBRSxLQUFNO0FBQ1osWUFBUSxPQUFPLEVBQUUsS0FBSztBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
