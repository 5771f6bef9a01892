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
var manifest_exports = {};
__export(manifest_exports, {
  MemberHasher: () => MemberHasher,
  STREAM_HASHES: () => STREAM_HASHES,
  parseManifest: () => parseManifest,
  verifyManifest: () => verifyManifest
});
module.exports = __toCommonJS(manifest_exports);
var import_node_crypto = require("node:crypto");
const NODE_NAMES = {
  SHA512: "sha512",
  BLAKE2B: "blake2b512",
  SHA256: "sha256",
  BLAKE2S: "blake2s256",
  SHA3_256: "sha3-256",
  SHA3_512: "sha3-512",
  SHA1: "sha1",
  MD5: "md5"
};
const STREAM_HASHES = ["BLAKE2B", "SHA512"];
class MemberHasher {
  size = 0;
  hashes;
  constructor(algorithms = STREAM_HASHES) {
    const available = new Set((0, import_node_crypto.getHashes)());
    this.hashes = algorithms.filter((a) => available.has(NODE_NAMES[a])).map((a) => [a, (0, import_node_crypto.createHash)(NODE_NAMES[a])]);
  }
  update(chunk) {
    this.size += chunk.length;
    for (const [, h] of this.hashes) h.update(chunk);
  }
  digest() {
    return { size: this.size, hashes: Object.fromEntries(this.hashes.map(([a, h]) => [a, h.digest("hex")])) };
  }
}
function parseManifest(text) {
  let body = text;
  const signed = text.startsWith("-----BEGIN PGP SIGNED MESSAGE-----");
  if (signed) {
    const start = text.indexOf("\n\n");
    const end = text.indexOf("\n-----BEGIN PGP SIGNATURE-----");
    body = text.slice(start < 0 ? 0 : start + 2, end < 0 ? void 0 : end).replace(/^- /gm, "");
  }
  const entries = [];
  const problems = [];
  for (const line of body.split("\n")) {
    if (!line.trim()) continue;
    const f = line.trim().split(/\s+/);
    if (f.length < 3 || (f.length - 3) % 2 !== 0 || !/^\d+$/.test(f[2])) {
      problems.push(`Manifest line not understood: ${line.slice(0, 200)}`);
      continue;
    }
    const hashes = {};
    for (let i = 3; i < f.length; i += 2) hashes[f[i]] = f[i + 1].toLowerCase();
    entries.push({ kind: f[0], name: f[1], size: Number(f[2]), hashes });
  }
  return { entries, signed, problems };
}
function verifyManifest(text, members, exempt) {
  if (text === void 0) {
    return { state: "missing", signed: false, checks: [], problems: ["the package has no Manifest: its members cannot be verified"], summary: "Manifest MISSING" };
  }
  const parsed = parseManifest(text);
  const problems = [...parsed.problems];
  const checks = [];
  let unverified = false;
  const listed = /* @__PURE__ */ new Set();
  for (const e of parsed.entries) {
    if (e.kind !== "DATA") continue;
    listed.add(e.name);
    const got = members.get(e.name);
    if (!got) {
      checks.push({ name: e.name, ok: false, expectedSize: e.size, hashes: [], problem: "listed in the Manifest but absent from the package" });
      problems.push(`${e.name}: listed in the Manifest but absent from the package`);
      continue;
    }
    const hashes = Object.entries(e.hashes).map(([algorithm, expected]) => {
      const actual = got.hashes[algorithm];
      return { algorithm, expected, actual, ok: actual === expected };
    });
    const sizeOk = got.size === e.size;
    const computed = hashes.filter((h) => h.actual !== void 0);
    if (computed.length === 0) unverified = true;
    const ok = sizeOk && computed.every((h) => h.ok);
    const check = { name: e.name, ok, expectedSize: e.size, actualSize: got.size, hashes };
    if (!sizeOk) problems.push(`${e.name}: size ${got.size} bytes, the Manifest says ${e.size}`);
    for (const h of computed) if (!h.ok) problems.push(`${e.name}: ${h.algorithm} mismatch (expected ${h.expected.slice(0, 16)}\u2026, got ${h.actual.slice(0, 16)}\u2026)`);
    if (!ok) check.problem = problems[problems.length - 1];
    checks.push(check);
  }
  for (const name of members.keys()) {
    if (!listed.has(name) && !exempt(name)) problems.push(`${name}: present in the package but not listed in the Manifest`);
  }
  if (problems.length) {
    return { state: "mismatch", signed: parsed.signed, checks, problems, summary: `Manifest MISMATCH: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ""}` };
  }
  if (unverified) return { state: "unverified", signed: parsed.signed, checks, problems, summary: "Manifest uses hashes this reader does not compute" };
  return { state: "verified", signed: parsed.signed, checks, problems, summary: `Manifest verified (${checks.length} members${parsed.signed ? ", signed" : ""})` };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MemberHasher,
  STREAM_HASHES,
  parseManifest,
  verifyManifest
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL21hbmlmZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEdQS0cgYE1hbmlmZXN0YDogYERBVEEgPG1lbWJlcj4gPHNpemU+IDxIQVNIPiA8aGV4PiBcdTIwMjZgIGxpbmVzIChvcHRpb25hbGx5IGluc2lkZSBhIFBHUCBjbGVhcnNpZ24pLlxuICogTWVtYmVycyBhcmUgaGFzaGVkIHdoaWxlIHRoZXkgc3RyZWFtIHBhc3Q7IGEgd3Jvbmcgc2l6ZSBvciBkaWdlc3QgaXMgcmVwb3J0ZWQgYXMgYSBgbWlzbWF0Y2hgXG4gKiBzdGF0dXMgd2l0aCBvbmUgbGluZSBwZXIgcHJvYmxlbSwgbmV2ZXIgc3dhbGxvd2VkLlxuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoLCBnZXRIYXNoZXMsIHR5cGUgSGFzaCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcblxuZXhwb3J0IGludGVyZmFjZSBNYW5pZmVzdEVudHJ5IHtcbiAga2luZDogc3RyaW5nO1xuICBuYW1lOiBzdHJpbmc7XG4gIHNpemU6IG51bWJlcjtcbiAgaGFzaGVzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1lbWJlckRpZ2VzdCB7XG4gIHNpemU6IG51bWJlcjtcbiAgLyoqIFBvcnRhZ2UgaGFzaCBuYW1lIChTSEE1MTIsIEJMQUtFMkIpIFx1MjE5MiBsb3dlcmNhc2UgaGV4LiAqL1xuICBoYXNoZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG59XG5cbmV4cG9ydCB0eXBlIE1hbmlmZXN0U3RhdGUgPSAndmVyaWZpZWQnIHwgJ21pc21hdGNoJyB8ICdtaXNzaW5nJyB8ICd1bnZlcmlmaWVkJyB8ICdub3QtYXBwbGljYWJsZSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWFuaWZlc3RDaGVjayB7XG4gIG5hbWU6IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIGV4cGVjdGVkU2l6ZT86IG51bWJlcjtcbiAgYWN0dWFsU2l6ZT86IG51bWJlcjtcbiAgLyoqIFBlciBoYXNoOiBleHBlY3RlZCBhbmQgYWN0dWFsIGhleCAoYWN0dWFsIGFic2VudCB3aGVuIG5vdCBjb21wdXRlZCkuICovXG4gIGhhc2hlczogeyBhbGdvcml0aG06IHN0cmluZzsgZXhwZWN0ZWQ6IHN0cmluZzsgYWN0dWFsPzogc3RyaW5nOyBvazogYm9vbGVhbiB9W107XG4gIHByb2JsZW0/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWFuaWZlc3RTdGF0dXMge1xuICBzdGF0ZTogTWFuaWZlc3RTdGF0ZTtcbiAgLyoqIFRoZSBNYW5pZmVzdCBpcyBQR1AtY2xlYXJzaWduZWQgKHRoZSBzaWduYXR1cmUgaXRzZWxmIGlzIG5vdCBjaGVja2VkIGhlcmUpLiAqL1xuICBzaWduZWQ6IGJvb2xlYW47XG4gIGNoZWNrczogTWFuaWZlc3RDaGVja1tdO1xuICAvKiogT25lIGxpbmUgcGVyIHByb2JsZW07IGVtcHR5IHdoZW4gdmVyaWZpZWQuICovXG4gIHByb2JsZW1zOiBzdHJpbmdbXTtcbiAgLyoqIE9uZSBsaW5lIGZvciBhIHN0YXR1cyBiYXIgb3IgdGhlIENMSS4gKi9cbiAgc3VtbWFyeTogc3RyaW5nO1xufVxuXG4vKiogUG9ydGFnZSBoYXNoIG5hbWVzIFx1MjE5MiBub2RlOmNyeXB0byBuYW1lcy4gT25seSB0aG9zZSBhdmFpbGFibGUgaW4gdGhpcyBOb2RlIGFyZSBjb21wdXRlZC4gKi9cbmNvbnN0IE5PREVfTkFNRVM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIFNIQTUxMjogJ3NoYTUxMicsIEJMQUtFMkI6ICdibGFrZTJiNTEyJywgU0hBMjU2OiAnc2hhMjU2JywgQkxBS0UyUzogJ2JsYWtlMnMyNTYnLCBTSEEzXzI1NjogJ3NoYTMtMjU2JywgU0hBM181MTI6ICdzaGEzLTUxMicsXG4gIFNIQTE6ICdzaGExJywgTUQ1OiAnbWQ1Jyxcbn07XG4vKiogV2hhdCBhIEdQS0cgTWFuaWZlc3QgY2FycmllcyBieSBkZWZhdWx0IChNQU5JRkVTVDJfSEFTSF9ERUZBVUxUUyk6IGNvbXB1dGVkIHdoaWxlIHN0cmVhbWluZy4gKi9cbmV4cG9ydCBjb25zdCBTVFJFQU1fSEFTSEVTID0gWydCTEFLRTJCJywgJ1NIQTUxMiddO1xuXG5leHBvcnQgY2xhc3MgTWVtYmVySGFzaGVyIHtcbiAgcHJpdmF0ZSBzaXplID0gMDtcbiAgcHJpdmF0ZSByZWFkb25seSBoYXNoZXM6IFtzdHJpbmcsIEhhc2hdW107XG4gIGNvbnN0cnVjdG9yKGFsZ29yaXRobXM6IHN0cmluZ1tdID0gU1RSRUFNX0hBU0hFUykge1xuICAgIGNvbnN0IGF2YWlsYWJsZSA9IG5ldyBTZXQoZ2V0SGFzaGVzKCkpO1xuICAgIHRoaXMuaGFzaGVzID0gYWxnb3JpdGhtcy5maWx0ZXIoKGEpID0+IGF2YWlsYWJsZS5oYXMoTk9ERV9OQU1FU1thXSkpLm1hcCgoYSkgPT4gW2EsIGNyZWF0ZUhhc2goTk9ERV9OQU1FU1thXSldKTtcbiAgfVxuICB1cGRhdGUoY2h1bms6IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICB0aGlzLnNpemUgKz0gY2h1bmsubGVuZ3RoO1xuICAgIGZvciAoY29uc3QgWywgaF0gb2YgdGhpcy5oYXNoZXMpIGgudXBkYXRlKGNodW5rKTtcbiAgfVxuICBkaWdlc3QoKTogTWVtYmVyRGlnZXN0IHtcbiAgICByZXR1cm4geyBzaXplOiB0aGlzLnNpemUsIGhhc2hlczogT2JqZWN0LmZyb21FbnRyaWVzKHRoaXMuaGFzaGVzLm1hcCgoW2EsIGhdKSA9PiBbYSwgaC5kaWdlc3QoJ2hleCcpXSkpIH07XG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlTWFuaWZlc3QodGV4dDogc3RyaW5nKTogeyBlbnRyaWVzOiBNYW5pZmVzdEVudHJ5W107IHNpZ25lZDogYm9vbGVhbjsgcHJvYmxlbXM6IHN0cmluZ1tdIH0ge1xuICBsZXQgYm9keSA9IHRleHQ7XG4gIGNvbnN0IHNpZ25lZCA9IHRleHQuc3RhcnRzV2l0aCgnLS0tLS1CRUdJTiBQR1AgU0lHTkVEIE1FU1NBR0UtLS0tLScpO1xuICBpZiAoc2lnbmVkKSB7XG4gICAgY29uc3Qgc3RhcnQgPSB0ZXh0LmluZGV4T2YoJ1xcblxcbicpO1xuICAgIGNvbnN0IGVuZCA9IHRleHQuaW5kZXhPZignXFxuLS0tLS1CRUdJTiBQR1AgU0lHTkFUVVJFLS0tLS0nKTtcbiAgICBib2R5ID0gdGV4dC5zbGljZShzdGFydCA8IDAgPyAwIDogc3RhcnQgKyAyLCBlbmQgPCAwID8gdW5kZWZpbmVkIDogZW5kKS5yZXBsYWNlKC9eLSAvZ20sICcnKTtcbiAgfVxuICBjb25zdCBlbnRyaWVzOiBNYW5pZmVzdEVudHJ5W10gPSBbXTtcbiAgY29uc3QgcHJvYmxlbXM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgbGluZSBvZiBib2R5LnNwbGl0KCdcXG4nKSkge1xuICAgIGlmICghbGluZS50cmltKCkpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGYgPSBsaW5lLnRyaW0oKS5zcGxpdCgvXFxzKy8pO1xuICAgIGlmIChmLmxlbmd0aCA8IDMgfHwgKGYubGVuZ3RoIC0gMykgJSAyICE9PSAwIHx8ICEvXlxcZCskLy50ZXN0KGZbMl0pKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKGBNYW5pZmVzdCBsaW5lIG5vdCB1bmRlcnN0b29kOiAke2xpbmUuc2xpY2UoMCwgMjAwKX1gKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBoYXNoZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICBmb3IgKGxldCBpID0gMzsgaSA8IGYubGVuZ3RoOyBpICs9IDIpIGhhc2hlc1tmW2ldXSA9IGZbaSArIDFdLnRvTG93ZXJDYXNlKCk7XG4gICAgZW50cmllcy5wdXNoKHsga2luZDogZlswXSwgbmFtZTogZlsxXSwgc2l6ZTogTnVtYmVyKGZbMl0pLCBoYXNoZXMgfSk7XG4gIH1cbiAgcmV0dXJuIHsgZW50cmllcywgc2lnbmVkLCBwcm9ibGVtcyB9O1xufVxuXG4vKipcbiAqIENvbXBhcmUgdGhlIE1hbmlmZXN0IHdpdGggd2hhdCB3YXMgcmVhZC4gYG1lbWJlcnNgIG1hcHMgbWVtYmVyIGJhc2UgbmFtZXMgKGBpbWFnZS50YXIuenN0YCkgdG8gdGhlaXIgZGlnZXN0cztcbiAqIGBleGVtcHRgIG5hbWVzICh0aGUgTWFuaWZlc3QgaXRzZWxmLCBzaWduYXR1cmVzKSBuZWVkIG5vIGVudHJ5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyaWZ5TWFuaWZlc3QodGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkLCBtZW1iZXJzOiBNYXA8c3RyaW5nLCBNZW1iZXJEaWdlc3Q+LCBleGVtcHQ6IChuYW1lOiBzdHJpbmcpID0+IGJvb2xlYW4pOiBNYW5pZmVzdFN0YXR1cyB7XG4gIGlmICh0ZXh0ID09PSB1bmRlZmluZWQpIHtcbiAgICByZXR1cm4geyBzdGF0ZTogJ21pc3NpbmcnLCBzaWduZWQ6IGZhbHNlLCBjaGVja3M6IFtdLCBwcm9ibGVtczogWyd0aGUgcGFja2FnZSBoYXMgbm8gTWFuaWZlc3Q6IGl0cyBtZW1iZXJzIGNhbm5vdCBiZSB2ZXJpZmllZCddLCBzdW1tYXJ5OiAnTWFuaWZlc3QgTUlTU0lORycgfTtcbiAgfVxuICBjb25zdCBwYXJzZWQgPSBwYXJzZU1hbmlmZXN0KHRleHQpO1xuICBjb25zdCBwcm9ibGVtcyA9IFsuLi5wYXJzZWQucHJvYmxlbXNdO1xuICBjb25zdCBjaGVja3M6IE1hbmlmZXN0Q2hlY2tbXSA9IFtdO1xuICBsZXQgdW52ZXJpZmllZCA9IGZhbHNlO1xuICBjb25zdCBsaXN0ZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBlIG9mIHBhcnNlZC5lbnRyaWVzKSB7XG4gICAgaWYgKGUua2luZCAhPT0gJ0RBVEEnKSBjb250aW51ZTtcbiAgICBsaXN0ZWQuYWRkKGUubmFtZSk7XG4gICAgY29uc3QgZ290ID0gbWVtYmVycy5nZXQoZS5uYW1lKTtcbiAgICBpZiAoIWdvdCkge1xuICAgICAgY2hlY2tzLnB1c2goeyBuYW1lOiBlLm5hbWUsIG9rOiBmYWxzZSwgZXhwZWN0ZWRTaXplOiBlLnNpemUsIGhhc2hlczogW10sIHByb2JsZW06ICdsaXN0ZWQgaW4gdGhlIE1hbmlmZXN0IGJ1dCBhYnNlbnQgZnJvbSB0aGUgcGFja2FnZScgfSk7XG4gICAgICBwcm9ibGVtcy5wdXNoKGAke2UubmFtZX06IGxpc3RlZCBpbiB0aGUgTWFuaWZlc3QgYnV0IGFic2VudCBmcm9tIHRoZSBwYWNrYWdlYCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgaGFzaGVzID0gT2JqZWN0LmVudHJpZXMoZS5oYXNoZXMpLm1hcCgoW2FsZ29yaXRobSwgZXhwZWN0ZWRdKSA9PiB7XG4gICAgICBjb25zdCBhY3R1YWwgPSBnb3QuaGFzaGVzW2FsZ29yaXRobV07XG4gICAgICByZXR1cm4geyBhbGdvcml0aG0sIGV4cGVjdGVkLCBhY3R1YWwsIG9rOiBhY3R1YWwgPT09IGV4cGVjdGVkIH07XG4gICAgfSk7XG4gICAgY29uc3Qgc2l6ZU9rID0gZ290LnNpemUgPT09IGUuc2l6ZTtcbiAgICBjb25zdCBjb21wdXRlZCA9IGhhc2hlcy5maWx0ZXIoKGgpID0+IGguYWN0dWFsICE9PSB1bmRlZmluZWQpO1xuICAgIGlmIChjb21wdXRlZC5sZW5ndGggPT09IDApIHVudmVyaWZpZWQgPSB0cnVlO1xuICAgIGNvbnN0IG9rID0gc2l6ZU9rICYmIGNvbXB1dGVkLmV2ZXJ5KChoKSA9PiBoLm9rKTtcbiAgICBjb25zdCBjaGVjazogTWFuaWZlc3RDaGVjayA9IHsgbmFtZTogZS5uYW1lLCBvaywgZXhwZWN0ZWRTaXplOiBlLnNpemUsIGFjdHVhbFNpemU6IGdvdC5zaXplLCBoYXNoZXMgfTtcbiAgICBpZiAoIXNpemVPaykgcHJvYmxlbXMucHVzaChgJHtlLm5hbWV9OiBzaXplICR7Z290LnNpemV9IGJ5dGVzLCB0aGUgTWFuaWZlc3Qgc2F5cyAke2Uuc2l6ZX1gKTtcbiAgICBmb3IgKGNvbnN0IGggb2YgY29tcHV0ZWQpIGlmICghaC5vaykgcHJvYmxlbXMucHVzaChgJHtlLm5hbWV9OiAke2guYWxnb3JpdGhtfSBtaXNtYXRjaCAoZXhwZWN0ZWQgJHtoLmV4cGVjdGVkLnNsaWNlKDAsIDE2KX1cdTIwMjYsIGdvdCAke2guYWN0dWFsIS5zbGljZSgwLCAxNil9XHUyMDI2KWApO1xuICAgIGlmICghb2spIGNoZWNrLnByb2JsZW0gPSBwcm9ibGVtc1twcm9ibGVtcy5sZW5ndGggLSAxXTtcbiAgICBjaGVja3MucHVzaChjaGVjayk7XG4gIH1cbiAgZm9yIChjb25zdCBuYW1lIG9mIG1lbWJlcnMua2V5cygpKSB7XG4gICAgaWYgKCFsaXN0ZWQuaGFzKG5hbWUpICYmICFleGVtcHQobmFtZSkpIHByb2JsZW1zLnB1c2goYCR7bmFtZX06IHByZXNlbnQgaW4gdGhlIHBhY2thZ2UgYnV0IG5vdCBsaXN0ZWQgaW4gdGhlIE1hbmlmZXN0YCk7XG4gIH1cbiAgaWYgKHByb2JsZW1zLmxlbmd0aCkge1xuICAgIHJldHVybiB7IHN0YXRlOiAnbWlzbWF0Y2gnLCBzaWduZWQ6IHBhcnNlZC5zaWduZWQsIGNoZWNrcywgcHJvYmxlbXMsIHN1bW1hcnk6IGBNYW5pZmVzdCBNSVNNQVRDSDogJHtwcm9ibGVtc1swXX0ke3Byb2JsZW1zLmxlbmd0aCA+IDEgPyBgICgrJHtwcm9ibGVtcy5sZW5ndGggLSAxfSBtb3JlKWAgOiAnJ31gIH07XG4gIH1cbiAgaWYgKHVudmVyaWZpZWQpIHJldHVybiB7IHN0YXRlOiAndW52ZXJpZmllZCcsIHNpZ25lZDogcGFyc2VkLnNpZ25lZCwgY2hlY2tzLCBwcm9ibGVtcywgc3VtbWFyeTogJ01hbmlmZXN0IHVzZXMgaGFzaGVzIHRoaXMgcmVhZGVyIGRvZXMgbm90IGNvbXB1dGUnIH07XG4gIHJldHVybiB7IHN0YXRlOiAndmVyaWZpZWQnLCBzaWduZWQ6IHBhcnNlZC5zaWduZWQsIGNoZWNrcywgcHJvYmxlbXMsIHN1bW1hcnk6IGBNYW5pZmVzdCB2ZXJpZmllZCAoJHtjaGVja3MubGVuZ3RofSBtZW1iZXJzJHtwYXJzZWQuc2lnbmVkID8gJywgc2lnbmVkJyA6ICcnfSlgIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EseUJBQWlEO0FBdUNqRCxNQUFNLGFBQXFDO0FBQUEsRUFDekMsUUFBUTtBQUFBLEVBQVUsU0FBUztBQUFBLEVBQWMsUUFBUTtBQUFBLEVBQVUsU0FBUztBQUFBLEVBQWMsVUFBVTtBQUFBLEVBQVksVUFBVTtBQUFBLEVBQ2xILE1BQU07QUFBQSxFQUFRLEtBQUs7QUFDckI7QUFFTyxNQUFNLGdCQUFnQixDQUFDLFdBQVcsUUFBUTtBQUUxQyxNQUFNLGFBQWE7QUFBQSxFQUNoQixPQUFPO0FBQUEsRUFDRTtBQUFBLEVBQ2pCLFlBQVksYUFBdUIsZUFBZTtBQUNoRCxVQUFNLFlBQVksSUFBSSxRQUFJLDhCQUFVLENBQUM7QUFDckMsU0FBSyxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sVUFBVSxJQUFJLFdBQVcsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLE9BQUcsK0JBQVcsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDaEg7QUFBQSxFQUNBLE9BQU8sT0FBeUI7QUFDOUIsU0FBSyxRQUFRLE1BQU07QUFDbkIsZUFBVyxDQUFDLEVBQUUsQ0FBQyxLQUFLLEtBQUssT0FBUSxHQUFFLE9BQU8sS0FBSztBQUFBLEVBQ2pEO0FBQUEsRUFDQSxTQUF1QjtBQUNyQixXQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sUUFBUSxPQUFPLFlBQVksS0FBSyxPQUFPLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFLE9BQU8sS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDMUc7QUFDRjtBQUVPLFNBQVMsY0FBYyxNQUFpRjtBQUM3RyxNQUFJLE9BQU87QUFDWCxRQUFNLFNBQVMsS0FBSyxXQUFXLG9DQUFvQztBQUNuRSxNQUFJLFFBQVE7QUFDVixVQUFNLFFBQVEsS0FBSyxRQUFRLE1BQU07QUFDakMsVUFBTSxNQUFNLEtBQUssUUFBUSxpQ0FBaUM7QUFDMUQsV0FBTyxLQUFLLE1BQU0sUUFBUSxJQUFJLElBQUksUUFBUSxHQUFHLE1BQU0sSUFBSSxTQUFZLEdBQUcsRUFBRSxRQUFRLFNBQVMsRUFBRTtBQUFBLEVBQzdGO0FBQ0EsUUFBTSxVQUEyQixDQUFDO0FBQ2xDLFFBQU0sV0FBcUIsQ0FBQztBQUM1QixhQUFXLFFBQVEsS0FBSyxNQUFNLElBQUksR0FBRztBQUNuQyxRQUFJLENBQUMsS0FBSyxLQUFLLEVBQUc7QUFDbEIsVUFBTSxJQUFJLEtBQUssS0FBSyxFQUFFLE1BQU0sS0FBSztBQUNqQyxRQUFJLEVBQUUsU0FBUyxNQUFNLEVBQUUsU0FBUyxLQUFLLE1BQU0sS0FBSyxDQUFDLFFBQVEsS0FBSyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQ25FLGVBQVMsS0FBSyxpQ0FBaUMsS0FBSyxNQUFNLEdBQUcsR0FBRyxDQUFDLEVBQUU7QUFDbkU7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFpQyxDQUFDO0FBQ3hDLGFBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUssRUFBRyxRQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxZQUFZO0FBQzFFLFlBQVEsS0FBSyxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxPQUFPLENBQUM7QUFBQSxFQUNyRTtBQUNBLFNBQU8sRUFBRSxTQUFTLFFBQVEsU0FBUztBQUNyQztBQU1PLFNBQVMsZUFBZSxNQUEwQixTQUFvQyxRQUFtRDtBQUM5SSxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsT0FBTyxXQUFXLFFBQVEsT0FBTyxRQUFRLENBQUMsR0FBRyxVQUFVLENBQUMsNkRBQTZELEdBQUcsU0FBUyxtQkFBbUI7QUFBQSxFQUMvSjtBQUNBLFFBQU0sU0FBUyxjQUFjLElBQUk7QUFDakMsUUFBTSxXQUFXLENBQUMsR0FBRyxPQUFPLFFBQVE7QUFDcEMsUUFBTSxTQUEwQixDQUFDO0FBQ2pDLE1BQUksYUFBYTtBQUNqQixRQUFNLFNBQVMsb0JBQUksSUFBWTtBQUMvQixhQUFXLEtBQUssT0FBTyxTQUFTO0FBQzlCLFFBQUksRUFBRSxTQUFTLE9BQVE7QUFDdkIsV0FBTyxJQUFJLEVBQUUsSUFBSTtBQUNqQixVQUFNLE1BQU0sUUFBUSxJQUFJLEVBQUUsSUFBSTtBQUM5QixRQUFJLENBQUMsS0FBSztBQUNSLGFBQU8sS0FBSyxFQUFFLE1BQU0sRUFBRSxNQUFNLElBQUksT0FBTyxjQUFjLEVBQUUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTLHFEQUFxRCxDQUFDO0FBQ3hJLGVBQVMsS0FBSyxHQUFHLEVBQUUsSUFBSSxzREFBc0Q7QUFDN0U7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLE9BQU8sUUFBUSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxXQUFXLFFBQVEsTUFBTTtBQUNyRSxZQUFNLFNBQVMsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBTyxFQUFFLFdBQVcsVUFBVSxRQUFRLElBQUksV0FBVyxTQUFTO0FBQUEsSUFDaEUsQ0FBQztBQUNELFVBQU0sU0FBUyxJQUFJLFNBQVMsRUFBRTtBQUM5QixVQUFNLFdBQVcsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsTUFBUztBQUM1RCxRQUFJLFNBQVMsV0FBVyxFQUFHLGNBQWE7QUFDeEMsVUFBTSxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUU7QUFDL0MsVUFBTSxRQUF1QixFQUFFLE1BQU0sRUFBRSxNQUFNLElBQUksY0FBYyxFQUFFLE1BQU0sWUFBWSxJQUFJLE1BQU0sT0FBTztBQUNwRyxRQUFJLENBQUMsT0FBUSxVQUFTLEtBQUssR0FBRyxFQUFFLElBQUksVUFBVSxJQUFJLElBQUksNkJBQTZCLEVBQUUsSUFBSSxFQUFFO0FBQzNGLGVBQVcsS0FBSyxTQUFVLEtBQUksQ0FBQyxFQUFFLEdBQUksVUFBUyxLQUFLLEdBQUcsRUFBRSxJQUFJLEtBQUssRUFBRSxTQUFTLHVCQUF1QixFQUFFLFNBQVMsTUFBTSxHQUFHLEVBQUUsQ0FBQyxlQUFVLEVBQUUsT0FBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLFNBQUk7QUFDOUosUUFBSSxDQUFDLEdBQUksT0FBTSxVQUFVLFNBQVMsU0FBUyxTQUFTLENBQUM7QUFDckQsV0FBTyxLQUFLLEtBQUs7QUFBQSxFQUNuQjtBQUNBLGFBQVcsUUFBUSxRQUFRLEtBQUssR0FBRztBQUNqQyxRQUFJLENBQUMsT0FBTyxJQUFJLElBQUksS0FBSyxDQUFDLE9BQU8sSUFBSSxFQUFHLFVBQVMsS0FBSyxHQUFHLElBQUkseURBQXlEO0FBQUEsRUFDeEg7QUFDQSxNQUFJLFNBQVMsUUFBUTtBQUNuQixXQUFPLEVBQUUsT0FBTyxZQUFZLFFBQVEsT0FBTyxRQUFRLFFBQVEsVUFBVSxTQUFTLHNCQUFzQixTQUFTLENBQUMsQ0FBQyxHQUFHLFNBQVMsU0FBUyxJQUFJLE1BQU0sU0FBUyxTQUFTLENBQUMsV0FBVyxFQUFFLEdBQUc7QUFBQSxFQUNuTDtBQUNBLE1BQUksV0FBWSxRQUFPLEVBQUUsT0FBTyxjQUFjLFFBQVEsT0FBTyxRQUFRLFFBQVEsVUFBVSxTQUFTLG9EQUFvRDtBQUNwSixTQUFPLEVBQUUsT0FBTyxZQUFZLFFBQVEsT0FBTyxRQUFRLFFBQVEsVUFBVSxTQUFTLHNCQUFzQixPQUFPLE1BQU0sV0FBVyxPQUFPLFNBQVMsYUFBYSxFQUFFLElBQUk7QUFDaks7IiwKICAibmFtZXMiOiBbXQp9Cg==
