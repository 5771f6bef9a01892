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
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var overrideEdit_exports = {};
__export(overrideEdit_exports, {
  appendOverrideLine: () => appendOverrideLine,
  appendOverrideLineBytes: () => appendOverrideLineBytes,
  lineEnding: () => lineEnding,
  overrideKindOfFile: () => overrideKindOfFile,
  overrideTarget: () => overrideTarget
});
module.exports = __toCommonJS(overrideEdit_exports);
var import_node_path = require("node:path");
function key(line) {
  return line.trim().split(/\s+/).join(" ");
}
function appendOverrideLine(text, entry, opts = {}) {
  const want = key(entry);
  if (want === "" || want.includes("\n") || want.includes("\r")) return "unchanged";
  const existing = new Set(text.split("\n").map((l) => key(l.replace(/\r$/, ""))));
  if (existing.has(want)) return "unchanged";
  const eol = lineEnding(text);
  const added = [];
  for (const c of opts.comments ?? []) {
    const k = key(c);
    if (k === "" || /[\r\n]/.test(c) || existing.has(k)) continue;
    existing.add(k);
    added.push(k.startsWith("#") ? c.trim() : `# ${c.trim()}`);
  }
  added.push(entry.trim());
  const sep = text === "" || text.endsWith("\n") ? "" : eol;
  return text + sep + added.join(eol) + eol;
}
function appendOverrideLineBytes(bytes, entry, opts = {}) {
  const asLatin1 = (s) => Buffer.from(s, "utf8").toString("latin1");
  const r = appendOverrideLine(bytes.toString("latin1"), asLatin1(entry), { comments: opts.comments?.map(asLatin1) });
  return r === "unchanged" ? r : Buffer.from(r, "latin1");
}
function lineEnding(text) {
  const lf = (text.match(/\n/g) ?? []).length;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return crlf > 0 && crlf * 2 >= lf ? "\r\n" : "\n";
}
function sabayonName(kind) {
  return kind === "accept_keywords" ? "keywords" : kind;
}
function overrideTarget(set, kind, layout, dirEntries = /* @__PURE__ */ new Map()) {
  const sources = set.sources.filter((s) => s.kind === kind);
  const file = sources.find((s) => !s.isDirectory);
  const dir = sources.find((s) => s.isDirectory);
  if (dir) {
    const names = (dirEntries.get(dir.path) ?? []).filter((n) => !n.startsWith(".") && !n.endsWith("~") && !/\.(bak|orig|rej|swp)$/.test(n));
    if (layout === "sabayon") {
      const name = `custom.${sabayonName(kind)}`;
      return { path: (0, import_node_path.join)(dir.path, name), create: !names.includes(name) };
    }
    const last = [...names].sort().pop();
    return last ? { path: (0, import_node_path.join)(dir.path, last), create: false } : { path: (0, import_node_path.join)(dir.path, "zz-autounmask"), create: true };
  }
  if (file) return { path: file.path, create: false };
  if (layout === "sabayon") {
    const d = (0, import_node_path.join)(set.root, `package.${sabayonName(kind)}`);
    return { path: (0, import_node_path.join)(d, `custom.${sabayonName(kind)}`), create: true, createDir: d };
  }
  return { path: (0, import_node_path.join)(set.root, `package.${kind}`), create: true };
}
function overrideKindOfFile(file) {
  const m = /^package\.(use|mask|unmask|env|accept_keywords|keywords|license)$/.exec((0, import_node_path.basename)(file));
  if (!m) return void 0;
  return m[1] === "keywords" ? "accept_keywords" : m[1];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  appendOverrideLine,
  appendOverrideLineBytes,
  lineEnding,
  overrideKindOfFile,
  overrideTarget
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvb3ZlcnJpZGVFZGl0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEFkZGluZyB0aGUgbGluZSBlbWVyZ2UgcHJvcG9zZWQgKGA+PWFwcC1taXNjL2xpYmZvby0xLjAgc3NsYCkgdG8gYSBQb3J0YWdlIG92ZXJyaWRlIGZpbGUgd2l0aG91dFxuICogZGlzdHVyYmluZyBhbnl0aGluZyBlbHNlIGluIGl0OiBldmVyeSBleGlzdGluZyBieXRlIHN0YXlzIChjb21tZW50cywgQ1JMRiwgdGFicywgYSBtaXNzaW5nIGZpbmFsXG4gKiBuZXdsaW5lKSwgdGhlIGZpbGUncyBsaW5lLWVuZCBzdHlsZSBpcyByZXVzZWQsIGFuZCBhIGxpbmUgYWxyZWFkeSBwcmVzZW50IGlzIG5ldmVyIGFkZGVkIGFnYWluLlxuICogQWxzbyBkZWNpZGVzIHdoaWNoIGZpbGUgZ2V0cyB0aGUgbGluZSAoYHBhY2thZ2UudXNlYCBmaWxlLCBvciBhIGZpbGUgaW5zaWRlIGBwYWNrYWdlLnVzZS9gKS5cbiAqL1xuaW1wb3J0IHsgYmFzZW5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHR5cGUgeyBPdmVycmlkZUtpbmQsIE92ZXJyaWRlU2V0IH0gZnJvbSAnLi9idWlsZE1vZGVsJztcblxuZXhwb3J0IGludGVyZmFjZSBBcHBlbmRPcHRpb25zIHtcbiAgLyoqIENvbW1lbnQgbGluZXMgdG8gcHV0IGFib3ZlIHRoZSBlbnRyeSAoYCMgcmVxdWlyZWQgYnkgXHUyMDI2YCk7IG9uZXMgYWxyZWFkeSBpbiB0aGUgZmlsZSBhcmUgc2tpcHBlZC4gKi9cbiAgY29tbWVudHM/OiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoaXRlc3BhY2UtaW5zZW5zaXRpdmUgaWRlbnRpdHkgb2YgYSBsaW5lIChgPj1hL2ItMSAgc3NsYCBlcXVhbHMgYD49YS9iLTEgc3NsYCkuICovXG5mdW5jdGlvbiBrZXkobGluZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGxpbmUudHJpbSgpLnNwbGl0KC9cXHMrLykuam9pbignICcpO1xufVxuXG4vKiogUmV0dXJucyB0aGUgbmV3IHRleHQsIG9yIGAndW5jaGFuZ2VkJ2Agd2hlbiB0aGUgZW50cnkgaXMgYWxyZWFkeSB0aGVyZSAob3IgZW1wdHkpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFwcGVuZE92ZXJyaWRlTGluZSh0ZXh0OiBzdHJpbmcsIGVudHJ5OiBzdHJpbmcsIG9wdHM6IEFwcGVuZE9wdGlvbnMgPSB7fSk6IHN0cmluZyB8ICd1bmNoYW5nZWQnIHtcbiAgY29uc3Qgd2FudCA9IGtleShlbnRyeSk7XG4gIGlmICh3YW50ID09PSAnJyB8fCB3YW50LmluY2x1ZGVzKCdcXG4nKSB8fCB3YW50LmluY2x1ZGVzKCdcXHInKSkgcmV0dXJuICd1bmNoYW5nZWQnO1xuICBjb25zdCBleGlzdGluZyA9IG5ldyBTZXQodGV4dC5zcGxpdCgnXFxuJykubWFwKChsKSA9PiBrZXkobC5yZXBsYWNlKC9cXHIkLywgJycpKSkpO1xuICBpZiAoZXhpc3RpbmcuaGFzKHdhbnQpKSByZXR1cm4gJ3VuY2hhbmdlZCc7XG4gIGNvbnN0IGVvbCA9IGxpbmVFbmRpbmcodGV4dCk7XG4gIGNvbnN0IGFkZGVkOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGMgb2Ygb3B0cy5jb21tZW50cyA/PyBbXSkge1xuICAgIGNvbnN0IGsgPSBrZXkoYyk7XG4gICAgaWYgKGsgPT09ICcnIHx8IC9bXFxyXFxuXS8udGVzdChjKSB8fCBleGlzdGluZy5oYXMoaykpIGNvbnRpbnVlO1xuICAgIGV4aXN0aW5nLmFkZChrKTtcbiAgICBhZGRlZC5wdXNoKGsuc3RhcnRzV2l0aCgnIycpID8gYy50cmltKCkgOiBgIyAke2MudHJpbSgpfWApO1xuICB9XG4gIGFkZGVkLnB1c2goZW50cnkudHJpbSgpKTtcbiAgY29uc3Qgc2VwID0gdGV4dCA9PT0gJycgfHwgdGV4dC5lbmRzV2l0aCgnXFxuJykgPyAnJyA6IGVvbDtcbiAgcmV0dXJuIHRleHQgKyBzZXAgKyBhZGRlZC5qb2luKGVvbCkgKyBlb2w7XG59XG5cbi8qKiBTYW1lIG9uIHJhdyBieXRlcywgc28gYnl0ZXMgdGhhdCBhcmUgbm90IHZhbGlkIFVURi04IHN1cnZpdmUgdG9vLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFwcGVuZE92ZXJyaWRlTGluZUJ5dGVzKGJ5dGVzOiBCdWZmZXIsIGVudHJ5OiBzdHJpbmcsIG9wdHM6IEFwcGVuZE9wdGlvbnMgPSB7fSk6IEJ1ZmZlciB8ICd1bmNoYW5nZWQnIHtcbiAgLy8gbGF0aW4xIG1hcHMgZXZlcnkgYnl0ZSB0byBvbmUgY2hhciBhbmQgYmFjazsgdGhlIG5ldyB0ZXh0IGlzIFVURi04IGVuY29kZWQgZmlyc3QuXG4gIGNvbnN0IGFzTGF0aW4xID0gKHM6IHN0cmluZyk6IHN0cmluZyA9PiBCdWZmZXIuZnJvbShzLCAndXRmOCcpLnRvU3RyaW5nKCdsYXRpbjEnKTtcbiAgY29uc3QgciA9IGFwcGVuZE92ZXJyaWRlTGluZShieXRlcy50b1N0cmluZygnbGF0aW4xJyksIGFzTGF0aW4xKGVudHJ5KSwgeyBjb21tZW50czogb3B0cy5jb21tZW50cz8ubWFwKGFzTGF0aW4xKSB9KTtcbiAgcmV0dXJuIHIgPT09ICd1bmNoYW5nZWQnID8gciA6IEJ1ZmZlci5mcm9tKHIsICdsYXRpbjEnKTtcbn1cblxuLyoqIFRoZSBmaWxlJ3MgZG9taW5hbnQgbGluZSBlbmQgKENSTEYgaWYgbW9zdCBsaW5lcyB1c2UgaXQpLCBMRiBmb3IgYSBuZXcgZmlsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaW5lRW5kaW5nKHRleHQ6IHN0cmluZyk6ICdcXG4nIHwgJ1xcclxcbicge1xuICBjb25zdCBsZiA9ICh0ZXh0Lm1hdGNoKC9cXG4vZykgPz8gW10pLmxlbmd0aDtcbiAgY29uc3QgY3JsZiA9ICh0ZXh0Lm1hdGNoKC9cXHJcXG4vZykgPz8gW10pLmxlbmd0aDtcbiAgcmV0dXJuIGNybGYgPiAwICYmIGNybGYgKiAyID49IGxmID8gJ1xcclxcbicgOiAnXFxuJztcbn1cblxuZXhwb3J0IHR5cGUgT3ZlcnJpZGVMYXlvdXQgPSAnZ2VudG9vJyB8ICdzYWJheW9uJztcblxuZXhwb3J0IGludGVyZmFjZSBPdmVycmlkZVRhcmdldCB7XG4gIC8qKiBUaGUgZmlsZSB0byBhcHBlbmQgdG8uICovXG4gIHBhdGg6IHN0cmluZztcbiAgLyoqIFRoZSBmaWxlIGRvZXMgbm90IGV4aXN0IHlldC4gKi9cbiAgY3JlYXRlOiBib29sZWFuO1xuICAvKiogRGlyZWN0b3J5IHRvIGNyZWF0ZSBmaXJzdCwgd2hlbiB0aGUgZmlsZSBnb2VzIGluIGEgZGlyZWN0b3J5IHRoYXQgZG9lcyBub3QgZXhpc3QuICovXG4gIGNyZWF0ZURpcj86IHN0cmluZztcbn1cblxuLyoqIFNhYmF5b24ncyBidWlsZGVyIG5hbWVzIGtleXdvcmQgb3ZlcnJpZGVzIGBwYWNrYWdlLmtleXdvcmRzL2N1c3RvbS5rZXl3b3Jkc2AuICovXG5mdW5jdGlvbiBzYWJheW9uTmFtZShraW5kOiBPdmVycmlkZUtpbmQpOiBzdHJpbmcge1xuICByZXR1cm4ga2luZCA9PT0gJ2FjY2VwdF9rZXl3b3JkcycgPyAna2V5d29yZHMnIDoga2luZDtcbn1cblxuLyoqXG4gKiBXaGljaCBmaWxlIGdldHMgYSBga2luZGAgbGluZS4gQW4gZXhpc3RpbmcgYHBhY2thZ2UuPGtpbmQ+YCBmaWxlIGlzIHVzZWQgYXMgaXMuIEZvciBhIGRpcmVjdG9yeTpcbiAqIFNhYmF5b24gbGF5b3V0IFx1MjE5MiBgY3VzdG9tLjxraW5kPmAgaW4gaXQ7IEdlbnRvbyBcdTIxOTIgdGhlIGxhc3QgZmlsZSBpbiBsZXhpY2FsIG9yZGVyICh3aGF0XG4gKiBgLS1hdXRvdW5tYXNrLXdyaXRlYCBwaWNrcyksIGVsc2UgYHp6LWF1dG91bm1hc2tgLiBOb3RoaW5nIHRoZXJlIFx1MjE5MiBjcmVhdGUgdGhlIGxheW91dCdzIGRlZmF1bHQuXG4gKiBgZGlyRW50cmllc2AgbGlzdHMgdGhlIG5hbWVzIGluc2lkZSBlYWNoIGRpcmVjdG9yeSBzb3VyY2UsIGJ5IGl0cyBwYXRoLlxuICovXG5leHBvcnQgZnVuY3Rpb24gb3ZlcnJpZGVUYXJnZXQoXG4gIHNldDogT3ZlcnJpZGVTZXQsXG4gIGtpbmQ6IE92ZXJyaWRlS2luZCxcbiAgbGF5b3V0OiBPdmVycmlkZUxheW91dCxcbiAgZGlyRW50cmllczogTWFwPHN0cmluZywgc3RyaW5nW10+ID0gbmV3IE1hcCgpLFxuKTogT3ZlcnJpZGVUYXJnZXQge1xuICBjb25zdCBzb3VyY2VzID0gc2V0LnNvdXJjZXMuZmlsdGVyKChzKSA9PiBzLmtpbmQgPT09IGtpbmQpO1xuICBjb25zdCBmaWxlID0gc291cmNlcy5maW5kKChzKSA9PiAhcy5pc0RpcmVjdG9yeSk7XG4gIGNvbnN0IGRpciA9IHNvdXJjZXMuZmluZCgocykgPT4gcy5pc0RpcmVjdG9yeSk7XG4gIGlmIChkaXIpIHtcbiAgICBjb25zdCBuYW1lcyA9IChkaXJFbnRyaWVzLmdldChkaXIucGF0aCkgPz8gW10pLmZpbHRlcigobikgPT4gIW4uc3RhcnRzV2l0aCgnLicpICYmICFuLmVuZHNXaXRoKCd+JykgJiYgIS9cXC4oYmFrfG9yaWd8cmVqfHN3cCkkLy50ZXN0KG4pKTtcbiAgICBpZiAobGF5b3V0ID09PSAnc2FiYXlvbicpIHtcbiAgICAgIGNvbnN0IG5hbWUgPSBgY3VzdG9tLiR7c2FiYXlvbk5hbWUoa2luZCl9YDtcbiAgICAgIHJldHVybiB7IHBhdGg6IGpvaW4oZGlyLnBhdGgsIG5hbWUpLCBjcmVhdGU6ICFuYW1lcy5pbmNsdWRlcyhuYW1lKSB9O1xuICAgIH1cbiAgICBjb25zdCBsYXN0ID0gWy4uLm5hbWVzXS5zb3J0KCkucG9wKCk7XG4gICAgcmV0dXJuIGxhc3QgPyB7IHBhdGg6IGpvaW4oZGlyLnBhdGgsIGxhc3QpLCBjcmVhdGU6IGZhbHNlIH0gOiB7IHBhdGg6IGpvaW4oZGlyLnBhdGgsICd6ei1hdXRvdW5tYXNrJyksIGNyZWF0ZTogdHJ1ZSB9O1xuICB9XG4gIGlmIChmaWxlKSByZXR1cm4geyBwYXRoOiBmaWxlLnBhdGgsIGNyZWF0ZTogZmFsc2UgfTtcbiAgaWYgKGxheW91dCA9PT0gJ3NhYmF5b24nKSB7XG4gICAgY29uc3QgZCA9IGpvaW4oc2V0LnJvb3QsIGBwYWNrYWdlLiR7c2FiYXlvbk5hbWUoa2luZCl9YCk7XG4gICAgcmV0dXJuIHsgcGF0aDogam9pbihkLCBgY3VzdG9tLiR7c2FiYXlvbk5hbWUoa2luZCl9YCksIGNyZWF0ZTogdHJ1ZSwgY3JlYXRlRGlyOiBkIH07XG4gIH1cbiAgcmV0dXJuIHsgcGF0aDogam9pbihzZXQucm9vdCwgYHBhY2thZ2UuJHtraW5kfWApLCBjcmVhdGU6IHRydWUgfTtcbn1cblxuLyoqIGBwYWNrYWdlLnVzZWAgXHUyMTkyIGB1c2VgLCBgcGFja2FnZS5hY2NlcHRfa2V5d29yZHNgL2BwYWNrYWdlLmtleXdvcmRzYCBcdTIxOTIgYGFjY2VwdF9rZXl3b3Jkc2AuICovXG5leHBvcnQgZnVuY3Rpb24gb3ZlcnJpZGVLaW5kT2ZGaWxlKGZpbGU6IHN0cmluZyk6IE92ZXJyaWRlS2luZCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSAvXnBhY2thZ2VcXC4odXNlfG1hc2t8dW5tYXNrfGVudnxhY2NlcHRfa2V5d29yZHN8a2V5d29yZHN8bGljZW5zZSkkLy5leGVjKGJhc2VuYW1lKGZpbGUpKTtcbiAgaWYgKCFtKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gbVsxXSA9PT0gJ2tleXdvcmRzJyA/ICdhY2NlcHRfa2V5d29yZHMnIDogKG1bMV0gYXMgT3ZlcnJpZGVLaW5kKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHVCQUErQjtBQVMvQixTQUFTLElBQUksTUFBc0I7QUFDakMsU0FBTyxLQUFLLEtBQUssRUFBRSxNQUFNLEtBQUssRUFBRSxLQUFLLEdBQUc7QUFDMUM7QUFHTyxTQUFTLG1CQUFtQixNQUFjLE9BQWUsT0FBc0IsQ0FBQyxHQUF5QjtBQUM5RyxRQUFNLE9BQU8sSUFBSSxLQUFLO0FBQ3RCLE1BQUksU0FBUyxNQUFNLEtBQUssU0FBUyxJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksRUFBRyxRQUFPO0FBQ3RFLFFBQU0sV0FBVyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksRUFBRSxJQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsUUFBUSxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDL0UsTUFBSSxTQUFTLElBQUksSUFBSSxFQUFHLFFBQU87QUFDL0IsUUFBTSxNQUFNLFdBQVcsSUFBSTtBQUMzQixRQUFNLFFBQWtCLENBQUM7QUFDekIsYUFBVyxLQUFLLEtBQUssWUFBWSxDQUFDLEdBQUc7QUFDbkMsVUFBTSxJQUFJLElBQUksQ0FBQztBQUNmLFFBQUksTUFBTSxNQUFNLFNBQVMsS0FBSyxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsRUFBRztBQUNyRCxhQUFTLElBQUksQ0FBQztBQUNkLFVBQU0sS0FBSyxFQUFFLFdBQVcsR0FBRyxJQUFJLEVBQUUsS0FBSyxJQUFJLEtBQUssRUFBRSxLQUFLLENBQUMsRUFBRTtBQUFBLEVBQzNEO0FBQ0EsUUFBTSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQ3ZCLFFBQU0sTUFBTSxTQUFTLE1BQU0sS0FBSyxTQUFTLElBQUksSUFBSSxLQUFLO0FBQ3RELFNBQU8sT0FBTyxNQUFNLE1BQU0sS0FBSyxHQUFHLElBQUk7QUFDeEM7QUFHTyxTQUFTLHdCQUF3QixPQUFlLE9BQWUsT0FBc0IsQ0FBQyxHQUF5QjtBQUVwSCxRQUFNLFdBQVcsQ0FBQyxNQUFzQixPQUFPLEtBQUssR0FBRyxNQUFNLEVBQUUsU0FBUyxRQUFRO0FBQ2hGLFFBQU0sSUFBSSxtQkFBbUIsTUFBTSxTQUFTLFFBQVEsR0FBRyxTQUFTLEtBQUssR0FBRyxFQUFFLFVBQVUsS0FBSyxVQUFVLElBQUksUUFBUSxFQUFFLENBQUM7QUFDbEgsU0FBTyxNQUFNLGNBQWMsSUFBSSxPQUFPLEtBQUssR0FBRyxRQUFRO0FBQ3hEO0FBR08sU0FBUyxXQUFXLE1BQTZCO0FBQ3RELFFBQU0sTUFBTSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRztBQUNyQyxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSyxDQUFDLEdBQUc7QUFDekMsU0FBTyxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssU0FBUztBQUMvQztBQWNBLFNBQVMsWUFBWSxNQUE0QjtBQUMvQyxTQUFPLFNBQVMsb0JBQW9CLGFBQWE7QUFDbkQ7QUFRTyxTQUFTLGVBQ2QsS0FDQSxNQUNBLFFBQ0EsYUFBb0Msb0JBQUksSUFBSSxHQUM1QjtBQUNoQixRQUFNLFVBQVUsSUFBSSxRQUFRLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ3pELFFBQU0sT0FBTyxRQUFRLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxXQUFXO0FBQy9DLFFBQU0sTUFBTSxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsV0FBVztBQUM3QyxNQUFJLEtBQUs7QUFDUCxVQUFNLFNBQVMsV0FBVyxJQUFJLElBQUksSUFBSSxLQUFLLENBQUMsR0FBRyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsV0FBVyxHQUFHLEtBQUssQ0FBQyxFQUFFLFNBQVMsR0FBRyxLQUFLLENBQUMsd0JBQXdCLEtBQUssQ0FBQyxDQUFDO0FBQ3ZJLFFBQUksV0FBVyxXQUFXO0FBQ3hCLFlBQU0sT0FBTyxVQUFVLFlBQVksSUFBSSxDQUFDO0FBQ3hDLGFBQU8sRUFBRSxVQUFNLHVCQUFLLElBQUksTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLE1BQU0sU0FBUyxJQUFJLEVBQUU7QUFBQSxJQUNyRTtBQUNBLFVBQU0sT0FBTyxDQUFDLEdBQUcsS0FBSyxFQUFFLEtBQUssRUFBRSxJQUFJO0FBQ25DLFdBQU8sT0FBTyxFQUFFLFVBQU0sdUJBQUssSUFBSSxNQUFNLElBQUksR0FBRyxRQUFRLE1BQU0sSUFBSSxFQUFFLFVBQU0sdUJBQUssSUFBSSxNQUFNLGVBQWUsR0FBRyxRQUFRLEtBQUs7QUFBQSxFQUN0SDtBQUNBLE1BQUksS0FBTSxRQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sUUFBUSxNQUFNO0FBQ2xELE1BQUksV0FBVyxXQUFXO0FBQ3hCLFVBQU0sUUFBSSx1QkFBSyxJQUFJLE1BQU0sV0FBVyxZQUFZLElBQUksQ0FBQyxFQUFFO0FBQ3ZELFdBQU8sRUFBRSxVQUFNLHVCQUFLLEdBQUcsVUFBVSxZQUFZLElBQUksQ0FBQyxFQUFFLEdBQUcsUUFBUSxNQUFNLFdBQVcsRUFBRTtBQUFBLEVBQ3BGO0FBQ0EsU0FBTyxFQUFFLFVBQU0sdUJBQUssSUFBSSxNQUFNLFdBQVcsSUFBSSxFQUFFLEdBQUcsUUFBUSxLQUFLO0FBQ2pFO0FBR08sU0FBUyxtQkFBbUIsTUFBd0M7QUFDekUsUUFBTSxJQUFJLG9FQUFvRSxTQUFLLDJCQUFTLElBQUksQ0FBQztBQUNqRyxNQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsU0FBTyxFQUFFLENBQUMsTUFBTSxhQUFhLG9CQUFxQixFQUFFLENBQUM7QUFDdkQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
