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
var knownHosts_exports = {};
__export(knownHosts_exports, {
  addKnownHost: () => addKnownHost,
  checkHostKey: () => checkHostKey,
  fingerprintOf: () => fingerprintOf,
  hostKeyInfo: () => hostKeyInfo,
  hostPattern: () => hostPattern,
  keyTypeOf: () => keyTypeOf,
  knownKeyTypes: () => knownKeyTypes,
  readKnownHosts: () => readKnownHosts
});
module.exports = __toCommonJS(knownHosts_exports);
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function hostPattern(host, port) {
  return port === 22 ? host : `[${host}]:${port}`;
}
function fingerprintOf(keyBlob) {
  return `SHA256:${(0, import_node_crypto.createHash)("sha256").update(keyBlob).digest("base64").replace(/=+$/, "")}`;
}
function keyTypeOf(keyBlob) {
  if (keyBlob.length < 4) return "unknown";
  const len = keyBlob.readUInt32BE(0);
  return keyBlob.subarray(4, 4 + len).toString("latin1");
}
function hostKeyInfo(host, port, keyBlob) {
  return { host, port, keyType: keyTypeOf(keyBlob), fingerprint: fingerprintOf(keyBlob), keyBase64: keyBlob.toString("base64") };
}
function parse(text) {
  const entries = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const fields = line.split(/\s+/);
    const marker = fields[0].startsWith("@") ? fields.shift() : void 0;
    if (fields.length < 3) return;
    entries.push({ line: i + 1, marker, patterns: fields[0].split(","), keyType: fields[1], keyBase64: fields[2] });
  });
  return entries;
}
function globMatch(pattern, name) {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
  return re.test(name);
}
function hashedMatch(pattern, name) {
  const parts = pattern.split("|");
  if (parts.length !== 4 || parts[1] !== "1") return false;
  const mac = (0, import_node_crypto.createHmac)("sha1", Buffer.from(parts[2], "base64")).update(name).digest("base64");
  return mac === parts[3];
}
function entryMatches(e, name) {
  let hit = false;
  for (const p of e.patterns) {
    if (p.startsWith("|")) {
      if (hashedMatch(p, name)) hit = true;
    } else if (p.startsWith("!")) {
      if (globMatch(p.slice(1), name)) return false;
    } else if (globMatch(p, name)) hit = true;
  }
  return hit;
}
function checkHostKey(text, info) {
  const name = hostPattern(info.host, info.port);
  const mine = parse(text).filter((e) => entryMatches(e, name));
  const revoked = mine.find((e) => e.marker === "@revoked" && e.keyBase64 === info.keyBase64);
  if (revoked) return { status: "revoked", line: revoked.line };
  const plain = mine.filter((e) => !e.marker);
  if (plain.some((e) => e.keyType === info.keyType && e.keyBase64 === info.keyBase64)) return { status: "known" };
  const sameType = plain.find((e) => e.keyType === info.keyType);
  if (sameType) return { status: "changed", line: sameType.line };
  return { status: "unknown" };
}
function knownKeyTypes(text, host, port) {
  const name = hostPattern(host, port);
  return [...new Set(parse(text).filter((e) => !e.marker && entryMatches(e, name)).map((e) => e.keyType))];
}
function readKnownHosts(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch {
    return "";
  }
}
function addKnownHost(path, info) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true, mode: 448 });
  const existing = readKnownHosts(path);
  const sep = existing && !existing.endsWith("\n") ? "\n" : "";
  (0, import_node_fs.appendFileSync)(path, `${sep}${hostPattern(info.host, info.port)} ${info.keyType} ${info.keyBase64}
`, { mode: 384 });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  addKnownHost,
  checkHostKey,
  fingerprintOf,
  hostKeyInfo,
  hostPattern,
  keyTypeOf,
  knownKeyTypes,
  readKnownHosts
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9rbm93bkhvc3RzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE9wZW5TU0gga25vd25faG9zdHMsIHJlYWQgdGhlIHdheSBzc2ggcmVhZHMgaXQ6IHBsYWluIGFuZCBoYXNoZWQgKGB8MXxzYWx0fGhhc2hgKSBob3N0IHBhdHRlcm5zLFxuICogYFtob3N0XTpwb3J0YCBmb3IgcG9ydHMgb3RoZXIgdGhhbiAyMiwgd2lsZGNhcmRzIGFuZCBuZWdhdGlvbnMsIGBAcmV2b2tlZGAgbWFya2Vycy4gc3NoMiBjaGVja3Mgbm90aGluZ1xuICogaXRzZWxmLCBzbyB0aGlzIGlzIHdoYXQgc3RhbmRzIGJldHdlZW4gYSBidWlsZCBhbmQgYSBtYW4gaW4gdGhlIG1pZGRsZS5cbiAqL1xuaW1wb3J0IHsgY3JlYXRlSGFzaCwgY3JlYXRlSG1hYyB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IGFwcGVuZEZpbGVTeW5jLCBta2RpclN5bmMsIHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgZGlybmFtZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5cbmV4cG9ydCB0eXBlIEhvc3RLZXlWZXJkaWN0ID1cbiAgfCB7IHN0YXR1czogJ2tub3duJyB9XG4gIHwgeyBzdGF0dXM6ICd1bmtub3duJyB9XG4gIHwgeyBzdGF0dXM6ICdjaGFuZ2VkJzsgbGluZTogbnVtYmVyIH1cbiAgfCB7IHN0YXR1czogJ3Jldm9rZWQnOyBsaW5lOiBudW1iZXIgfTtcblxuZXhwb3J0IGludGVyZmFjZSBIb3N0S2V5SW5mbyB7XG4gIGhvc3Q6IHN0cmluZztcbiAgcG9ydDogbnVtYmVyO1xuICAvKiogYHNzaC1lZDI1NTE5YCwgYGVjZHNhLXNoYTItbmlzdHAyNTZgLCBgc3NoLXJzYWAsIFx1MjAyNiAqL1xuICBrZXlUeXBlOiBzdHJpbmc7XG4gIC8qKiBBcyBzc2ggcHJpbnRzIGl0OiBgU0hBMjU2OmAgKyB1bnBhZGRlZCBiYXNlNjQgb2YgdGhlIGtleSBibG9iJ3Mgc2hhMjU2LiAqL1xuICBmaW5nZXJwcmludDogc3RyaW5nO1xuICAvKiogVGhlIGtleSBibG9iLCBiYXNlNjQgKHdoYXQgYSBrbm93bl9ob3N0cyBsaW5lIGhvbGRzKS4gKi9cbiAga2V5QmFzZTY0OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbmFtZSBzc2ggbG9va3MgdXA6IGBob3N0YCwgb3IgYFtob3N0XTpwb3J0YCB3aGVuIHRoZSBwb3J0IGlzIG5vdCAyMi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0UGF0dGVybihob3N0OiBzdHJpbmcsIHBvcnQ6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBwb3J0ID09PSAyMiA/IGhvc3QgOiBgWyR7aG9zdH1dOiR7cG9ydH1gO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZmluZ2VycHJpbnRPZihrZXlCbG9iOiBCdWZmZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYFNIQTI1Njoke2NyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShrZXlCbG9iKS5kaWdlc3QoJ2Jhc2U2NCcpLnJlcGxhY2UoLz0rJC8sICcnKX1gO1xufVxuXG4vKiogVGhlIGtleSB0eXBlIGlzIHRoZSBmaXJzdCBzdHJpbmcgaW5zaWRlIHRoZSBibG9iICh1aW50MzIgbGVuZ3RoICsgYnl0ZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGtleVR5cGVPZihrZXlCbG9iOiBCdWZmZXIpOiBzdHJpbmcge1xuICBpZiAoa2V5QmxvYi5sZW5ndGggPCA0KSByZXR1cm4gJ3Vua25vd24nO1xuICBjb25zdCBsZW4gPSBrZXlCbG9iLnJlYWRVSW50MzJCRSgwKTtcbiAgcmV0dXJuIGtleUJsb2Iuc3ViYXJyYXkoNCwgNCArIGxlbikudG9TdHJpbmcoJ2xhdGluMScpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaG9zdEtleUluZm8oaG9zdDogc3RyaW5nLCBwb3J0OiBudW1iZXIsIGtleUJsb2I6IEJ1ZmZlcik6IEhvc3RLZXlJbmZvIHtcbiAgcmV0dXJuIHsgaG9zdCwgcG9ydCwga2V5VHlwZToga2V5VHlwZU9mKGtleUJsb2IpLCBmaW5nZXJwcmludDogZmluZ2VycHJpbnRPZihrZXlCbG9iKSwga2V5QmFzZTY0OiBrZXlCbG9iLnRvU3RyaW5nKCdiYXNlNjQnKSB9O1xufVxuXG5pbnRlcmZhY2UgRW50cnkge1xuICBsaW5lOiBudW1iZXI7XG4gIG1hcmtlcj86IHN0cmluZztcbiAgcGF0dGVybnM6IHN0cmluZ1tdO1xuICBrZXlUeXBlOiBzdHJpbmc7XG4gIGtleUJhc2U2NDogc3RyaW5nO1xufVxuXG5mdW5jdGlvbiBwYXJzZSh0ZXh0OiBzdHJpbmcpOiBFbnRyeVtdIHtcbiAgY29uc3QgZW50cmllczogRW50cnlbXSA9IFtdO1xuICB0ZXh0LnNwbGl0KCdcXG4nKS5mb3JFYWNoKChyYXcsIGkpID0+IHtcbiAgICBjb25zdCBsaW5lID0gcmF3LnRyaW0oKTtcbiAgICBpZiAoIWxpbmUgfHwgbGluZS5zdGFydHNXaXRoKCcjJykpIHJldHVybjtcbiAgICBjb25zdCBmaWVsZHMgPSBsaW5lLnNwbGl0KC9cXHMrLyk7XG4gICAgY29uc3QgbWFya2VyID0gZmllbGRzWzBdLnN0YXJ0c1dpdGgoJ0AnKSA/IGZpZWxkcy5zaGlmdCgpIDogdW5kZWZpbmVkO1xuICAgIGlmIChmaWVsZHMubGVuZ3RoIDwgMykgcmV0dXJuO1xuICAgIGVudHJpZXMucHVzaCh7IGxpbmU6IGkgKyAxLCBtYXJrZXIsIHBhdHRlcm5zOiBmaWVsZHNbMF0uc3BsaXQoJywnKSwga2V5VHlwZTogZmllbGRzWzFdLCBrZXlCYXNlNjQ6IGZpZWxkc1syXSB9KTtcbiAgfSk7XG4gIHJldHVybiBlbnRyaWVzO1xufVxuXG5mdW5jdGlvbiBnbG9iTWF0Y2gocGF0dGVybjogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgcmUgPSBuZXcgUmVnRXhwKGBeJHtwYXR0ZXJuLnJlcGxhY2UoL1suK14ke30oKXxbXFxdXFxcXF0vZywgJ1xcXFwkJicpLnJlcGxhY2UoL1xcKi9nLCAnLionKS5yZXBsYWNlKC9cXD8vZywgJy4nKX0kYCwgJ2knKTtcbiAgcmV0dXJuIHJlLnRlc3QobmFtZSk7XG59XG5cbmZ1bmN0aW9uIGhhc2hlZE1hdGNoKHBhdHRlcm46IHN0cmluZywgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHBhcnRzID0gcGF0dGVybi5zcGxpdCgnfCcpOyAvLyBbJycsICcxJywgc2FsdCwgaGFzaF1cbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gNCB8fCBwYXJ0c1sxXSAhPT0gJzEnKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IG1hYyA9IGNyZWF0ZUhtYWMoJ3NoYTEnLCBCdWZmZXIuZnJvbShwYXJ0c1syXSwgJ2Jhc2U2NCcpKS51cGRhdGUobmFtZSkuZGlnZXN0KCdiYXNlNjQnKTtcbiAgcmV0dXJuIG1hYyA9PT0gcGFydHNbM107XG59XG5cbi8qKiBUcnVlIHdoZW4gdGhlIGVudHJ5J3MgaG9zdCBsaXN0IG5hbWVzIGBuYW1lYCAoYSBuZWdhdGVkIHBhdHRlcm4gdGhhdCBtYXRjaGVzIHdpbnMgb3ZlciBldmVyeXRoaW5nKS4gKi9cbmZ1bmN0aW9uIGVudHJ5TWF0Y2hlcyhlOiBFbnRyeSwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGxldCBoaXQgPSBmYWxzZTtcbiAgZm9yIChjb25zdCBwIG9mIGUucGF0dGVybnMpIHtcbiAgICBpZiAocC5zdGFydHNXaXRoKCd8JykpIHtcbiAgICAgIGlmIChoYXNoZWRNYXRjaChwLCBuYW1lKSkgaGl0ID0gdHJ1ZTtcbiAgICB9IGVsc2UgaWYgKHAuc3RhcnRzV2l0aCgnIScpKSB7XG4gICAgICBpZiAoZ2xvYk1hdGNoKHAuc2xpY2UoMSksIG5hbWUpKSByZXR1cm4gZmFsc2U7XG4gICAgfSBlbHNlIGlmIChnbG9iTWF0Y2gocCwgbmFtZSkpIGhpdCA9IHRydWU7XG4gIH1cbiAgcmV0dXJuIGhpdDtcbn1cblxuLyoqIEp1ZGdlcyBhIHNlcnZlciBrZXkgYWdhaW5zdCBrbm93bl9ob3N0cyB0ZXh0LCBhcyBzc2ggd291bGQuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tIb3N0S2V5KHRleHQ6IHN0cmluZywgaW5mbzogSG9zdEtleUluZm8pOiBIb3N0S2V5VmVyZGljdCB7XG4gIGNvbnN0IG5hbWUgPSBob3N0UGF0dGVybihpbmZvLmhvc3QsIGluZm8ucG9ydCk7XG4gIGNvbnN0IG1pbmUgPSBwYXJzZSh0ZXh0KS5maWx0ZXIoKGUpID0+IGVudHJ5TWF0Y2hlcyhlLCBuYW1lKSk7XG4gIGNvbnN0IHJldm9rZWQgPSBtaW5lLmZpbmQoKGUpID0+IGUubWFya2VyID09PSAnQHJldm9rZWQnICYmIGUua2V5QmFzZTY0ID09PSBpbmZvLmtleUJhc2U2NCk7XG4gIGlmIChyZXZva2VkKSByZXR1cm4geyBzdGF0dXM6ICdyZXZva2VkJywgbGluZTogcmV2b2tlZC5saW5lIH07XG4gIGNvbnN0IHBsYWluID0gbWluZS5maWx0ZXIoKGUpID0+ICFlLm1hcmtlcik7XG4gIGlmIChwbGFpbi5zb21lKChlKSA9PiBlLmtleVR5cGUgPT09IGluZm8ua2V5VHlwZSAmJiBlLmtleUJhc2U2NCA9PT0gaW5mby5rZXlCYXNlNjQpKSByZXR1cm4geyBzdGF0dXM6ICdrbm93bicgfTtcbiAgY29uc3Qgc2FtZVR5cGUgPSBwbGFpbi5maW5kKChlKSA9PiBlLmtleVR5cGUgPT09IGluZm8ua2V5VHlwZSk7XG4gIGlmIChzYW1lVHlwZSkgcmV0dXJuIHsgc3RhdHVzOiAnY2hhbmdlZCcsIGxpbmU6IHNhbWVUeXBlLmxpbmUgfTtcbiAgcmV0dXJuIHsgc3RhdHVzOiAndW5rbm93bicgfTtcbn1cblxuLyoqIEtleSB0eXBlcyBrbm93bl9ob3N0cyBhbHJlYWR5IGhvbGRzIGZvciB0aGlzIGhvc3QsIHNvIHRoZSBoYW5kc2hha2UgY2FuIGFzayBmb3IgdGhvc2UgZmlyc3QgKGFzIHNzaCBkb2VzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBrbm93bktleVR5cGVzKHRleHQ6IHN0cmluZywgaG9zdDogc3RyaW5nLCBwb3J0OiBudW1iZXIpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG5hbWUgPSBob3N0UGF0dGVybihob3N0LCBwb3J0KTtcbiAgcmV0dXJuIFsuLi5uZXcgU2V0KHBhcnNlKHRleHQpLmZpbHRlcigoZSkgPT4gIWUubWFya2VyICYmIGVudHJ5TWF0Y2hlcyhlLCBuYW1lKSkubWFwKChlKSA9PiBlLmtleVR5cGUpKV07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWFkS25vd25Ib3N0cyhwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiByZWFkRmlsZVN5bmMocGF0aCwgJ3V0ZjgnKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuICcnO1xuICB9XG59XG5cbi8qKiBBcHBlbmRzIGFuIGFjY2VwdGVkIGtleSBhcyBzc2ggZG9lcyAocGxhaW4gaG9zdCBuYW1lOyB0aGUgZmlsZSBhbmQgfi8uc3NoIGFyZSBjcmVhdGVkIHByaXZhdGUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFkZEtub3duSG9zdChwYXRoOiBzdHJpbmcsIGluZm86IEhvc3RLZXlJbmZvKTogdm9pZCB7XG4gIG1rZGlyU3luYyhkaXJuYW1lKHBhdGgpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgbW9kZTogMG83MDAgfSk7XG4gIGNvbnN0IGV4aXN0aW5nID0gcmVhZEtub3duSG9zdHMocGF0aCk7XG4gIGNvbnN0IHNlcCA9IGV4aXN0aW5nICYmICFleGlzdGluZy5lbmRzV2l0aCgnXFxuJykgPyAnXFxuJyA6ICcnO1xuICBhcHBlbmRGaWxlU3luYyhwYXRoLCBgJHtzZXB9JHtob3N0UGF0dGVybihpbmZvLmhvc3QsIGluZm8ucG9ydCl9ICR7aW5mby5rZXlUeXBlfSAke2luZm8ua2V5QmFzZTY0fVxcbmAsIHsgbW9kZTogMG82MDAgfSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSx5QkFBdUM7QUFDdkMscUJBQXdEO0FBQ3hELHVCQUF3QjtBQW9CakIsU0FBUyxZQUFZLE1BQWMsTUFBc0I7QUFDOUQsU0FBTyxTQUFTLEtBQUssT0FBTyxJQUFJLElBQUksS0FBSyxJQUFJO0FBQy9DO0FBRU8sU0FBUyxjQUFjLFNBQXlCO0FBQ3JELFNBQU8sY0FBVSwrQkFBVyxRQUFRLEVBQUUsT0FBTyxPQUFPLEVBQUUsT0FBTyxRQUFRLEVBQUUsUUFBUSxPQUFPLEVBQUUsQ0FBQztBQUMzRjtBQUdPLFNBQVMsVUFBVSxTQUF5QjtBQUNqRCxNQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU87QUFDL0IsUUFBTSxNQUFNLFFBQVEsYUFBYSxDQUFDO0FBQ2xDLFNBQU8sUUFBUSxTQUFTLEdBQUcsSUFBSSxHQUFHLEVBQUUsU0FBUyxRQUFRO0FBQ3ZEO0FBRU8sU0FBUyxZQUFZLE1BQWMsTUFBYyxTQUE4QjtBQUNwRixTQUFPLEVBQUUsTUFBTSxNQUFNLFNBQVMsVUFBVSxPQUFPLEdBQUcsYUFBYSxjQUFjLE9BQU8sR0FBRyxXQUFXLFFBQVEsU0FBUyxRQUFRLEVBQUU7QUFDL0g7QUFVQSxTQUFTLE1BQU0sTUFBdUI7QUFDcEMsUUFBTSxVQUFtQixDQUFDO0FBQzFCLE9BQUssTUFBTSxJQUFJLEVBQUUsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUNuQyxVQUFNLE9BQU8sSUFBSSxLQUFLO0FBQ3RCLFFBQUksQ0FBQyxRQUFRLEtBQUssV0FBVyxHQUFHLEVBQUc7QUFDbkMsVUFBTSxTQUFTLEtBQUssTUFBTSxLQUFLO0FBQy9CLFVBQU0sU0FBUyxPQUFPLENBQUMsRUFBRSxXQUFXLEdBQUcsSUFBSSxPQUFPLE1BQU0sSUFBSTtBQUM1RCxRQUFJLE9BQU8sU0FBUyxFQUFHO0FBQ3ZCLFlBQVEsS0FBSyxFQUFFLE1BQU0sSUFBSSxHQUFHLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLEdBQUcsR0FBRyxTQUFTLE9BQU8sQ0FBQyxHQUFHLFdBQVcsT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ2hILENBQUM7QUFDRCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFVBQVUsU0FBaUIsTUFBdUI7QUFDekQsUUFBTSxLQUFLLElBQUksT0FBTyxJQUFJLFFBQVEsUUFBUSxxQkFBcUIsTUFBTSxFQUFFLFFBQVEsT0FBTyxJQUFJLEVBQUUsUUFBUSxPQUFPLEdBQUcsQ0FBQyxLQUFLLEdBQUc7QUFDdkgsU0FBTyxHQUFHLEtBQUssSUFBSTtBQUNyQjtBQUVBLFNBQVMsWUFBWSxTQUFpQixNQUF1QjtBQUMzRCxRQUFNLFFBQVEsUUFBUSxNQUFNLEdBQUc7QUFDL0IsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLENBQUMsTUFBTSxJQUFLLFFBQU87QUFDbkQsUUFBTSxVQUFNLCtCQUFXLFFBQVEsT0FBTyxLQUFLLE1BQU0sQ0FBQyxHQUFHLFFBQVEsQ0FBQyxFQUFFLE9BQU8sSUFBSSxFQUFFLE9BQU8sUUFBUTtBQUM1RixTQUFPLFFBQVEsTUFBTSxDQUFDO0FBQ3hCO0FBR0EsU0FBUyxhQUFhLEdBQVUsTUFBdUI7QUFDckQsTUFBSSxNQUFNO0FBQ1YsYUFBVyxLQUFLLEVBQUUsVUFBVTtBQUMxQixRQUFJLEVBQUUsV0FBVyxHQUFHLEdBQUc7QUFDckIsVUFBSSxZQUFZLEdBQUcsSUFBSSxFQUFHLE9BQU07QUFBQSxJQUNsQyxXQUFXLEVBQUUsV0FBVyxHQUFHLEdBQUc7QUFDNUIsVUFBSSxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUcsSUFBSSxFQUFHLFFBQU87QUFBQSxJQUMxQyxXQUFXLFVBQVUsR0FBRyxJQUFJLEVBQUcsT0FBTTtBQUFBLEVBQ3ZDO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxhQUFhLE1BQWMsTUFBbUM7QUFDNUUsUUFBTSxPQUFPLFlBQVksS0FBSyxNQUFNLEtBQUssSUFBSTtBQUM3QyxRQUFNLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sYUFBYSxHQUFHLElBQUksQ0FBQztBQUM1RCxRQUFNLFVBQVUsS0FBSyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsY0FBYyxFQUFFLGNBQWMsS0FBSyxTQUFTO0FBQzFGLE1BQUksUUFBUyxRQUFPLEVBQUUsUUFBUSxXQUFXLE1BQU0sUUFBUSxLQUFLO0FBQzVELFFBQU0sUUFBUSxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNO0FBQzFDLE1BQUksTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksS0FBSyxXQUFXLEVBQUUsY0FBYyxLQUFLLFNBQVMsRUFBRyxRQUFPLEVBQUUsUUFBUSxRQUFRO0FBQzlHLFFBQU0sV0FBVyxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxLQUFLLE9BQU87QUFDN0QsTUFBSSxTQUFVLFFBQU8sRUFBRSxRQUFRLFdBQVcsTUFBTSxTQUFTLEtBQUs7QUFDOUQsU0FBTyxFQUFFLFFBQVEsVUFBVTtBQUM3QjtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQWMsTUFBd0I7QUFDaEYsUUFBTSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBQ25DLFNBQU8sQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsVUFBVSxhQUFhLEdBQUcsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLENBQUMsQ0FBQztBQUN6RztBQUVPLFNBQVMsZUFBZSxNQUFzQjtBQUNuRCxNQUFJO0FBQ0YsZUFBTyw2QkFBYSxNQUFNLE1BQU07QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsYUFBYSxNQUFjLE1BQXlCO0FBQ2xFLG9DQUFVLDBCQUFRLElBQUksR0FBRyxFQUFFLFdBQVcsTUFBTSxNQUFNLElBQU0sQ0FBQztBQUN6RCxRQUFNLFdBQVcsZUFBZSxJQUFJO0FBQ3BDLFFBQU0sTUFBTSxZQUFZLENBQUMsU0FBUyxTQUFTLElBQUksSUFBSSxPQUFPO0FBQzFELHFDQUFlLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLE1BQU0sS0FBSyxJQUFJLENBQUMsSUFBSSxLQUFLLE9BQU8sSUFBSSxLQUFLLFNBQVM7QUFBQSxHQUFNLEVBQUUsTUFBTSxJQUFNLENBQUM7QUFDeEg7IiwKICAibmFtZXMiOiBbXQp9Cg==
