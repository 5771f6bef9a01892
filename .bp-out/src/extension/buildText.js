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
var buildText_exports = {};
__export(buildText_exports, {
  atomOfEbuild: () => atomOfEbuild,
  engineLabel: () => engineLabel,
  formatDuration: () => formatDuration,
  quoteArgv: () => quoteArgv
});
module.exports = __toCommonJS(buildText_exports);
var path = __toESM(require("node:path"));
function atomOfEbuild(ebuildPath) {
  const file = path.basename(ebuildPath).replace(/\.ebuild$/, "");
  const category = path.basename(path.dirname(path.dirname(ebuildPath)));
  return `${category}/${file}`;
}
function engineLabel(url) {
  if (!url || url.startsWith("unix://") || url.startsWith("npipe://")) return "local";
  return url.replace(/^[a-z]+:\/\//, "").replace(/\/$/, "");
}
function formatDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${String(s % 60).padStart(2, "0")}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}
function quoteArgv(argv) {
  return argv.map((a) => /^[\w@%+=:,./=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  atomOfEbuild,
  engineLabel,
  formatDuration,
  quoteArgv
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFRleHQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBQdXJlIHRleHQgZm9yIHNob3dpbmcgYnVpbGRzIChubyB2c2NvZGUgaW1wb3J0LCB1bml0LXRlc3RlZCk6IGF0b21zLCBlbmdpbmUgbmFtZXMsIGR1cmF0aW9ucywgY29tbWFuZHMuICovXG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5cbi8qKiBgY2F0L3BrZy12ZXJgIGZyb20gYDxvdmVybGF5Pi88Y2F0Pi88cG4+Lzxwbj4tPHZlcj4uZWJ1aWxkYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhdG9tT2ZFYnVpbGQoZWJ1aWxkUGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgZmlsZSA9IHBhdGguYmFzZW5hbWUoZWJ1aWxkUGF0aCkucmVwbGFjZSgvXFwuZWJ1aWxkJC8sICcnKTtcbiAgY29uc3QgY2F0ZWdvcnkgPSBwYXRoLmJhc2VuYW1lKHBhdGguZGlybmFtZShwYXRoLmRpcm5hbWUoZWJ1aWxkUGF0aCkpKTtcbiAgcmV0dXJuIGAke2NhdGVnb3J5fS8ke2ZpbGV9YDtcbn1cblxuLyoqIFNob3J0IGVuZ2luZSBuYW1lIGZvciBsaXN0czogYGxvY2FsYCBmb3IgYSBzb2NrZXQgb24gdGhpcyBtYWNoaW5lLCBlbHNlIHRoZSBob3N0IChgc3NoOi8vYnVpbGRlckBib3hgIFx1MjE5MiBgYnVpbGRlckBib3hgKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmdpbmVMYWJlbCh1cmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICghdXJsIHx8IHVybC5zdGFydHNXaXRoKCd1bml4Oi8vJykgfHwgdXJsLnN0YXJ0c1dpdGgoJ25waXBlOi8vJykpIHJldHVybiAnbG9jYWwnO1xuICByZXR1cm4gdXJsLnJlcGxhY2UoL15bYS16XSs6XFwvXFwvLywgJycpLnJlcGxhY2UoL1xcLyQvLCAnJyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXREdXJhdGlvbihtczogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgcyA9IE1hdGgubWF4KDAsIE1hdGgucm91bmQobXMgLyAxMDAwKSk7XG4gIGlmIChzIDwgNjApIHJldHVybiBgJHtzfXNgO1xuICBjb25zdCBtID0gTWF0aC5mbG9vcihzIC8gNjApO1xuICByZXR1cm4gbSA8IDYwID8gYCR7bX1tICR7U3RyaW5nKHMgJSA2MCkucGFkU3RhcnQoMiwgJzAnKX1zYCA6IGAke01hdGguZmxvb3IobSAvIDYwKX1oICR7U3RyaW5nKG0gJSA2MCkucGFkU3RhcnQoMiwgJzAnKX1tYDtcbn1cblxuLyoqIGFyZ3YgYXMgYSByZWFkZXIgd291bGQgdHlwZSBpdDogYXJndW1lbnRzIHdpdGggc3BhY2VzIG9yIHF1b3RlcyBhcmUgc2luZ2xlLXF1b3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdW90ZUFyZ3YoYXJndjogc3RyaW5nW10pOiBzdHJpbmcge1xuICByZXR1cm4gYXJndi5tYXAoKGEpID0+ICgvXltcXHdAJSs9OiwuLz0tXSskLy50ZXN0KGEpID8gYSA6IGAnJHthLnJlcGxhY2UoLycvZywgYCdcXFxcJydgKX0nYCkpLmpvaW4oJyAnKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsV0FBc0I7QUFHZixTQUFTLGFBQWEsWUFBNEI7QUFDdkQsUUFBTSxPQUFPLEtBQUssU0FBUyxVQUFVLEVBQUUsUUFBUSxhQUFhLEVBQUU7QUFDOUQsUUFBTSxXQUFXLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLFVBQVUsQ0FBQyxDQUFDO0FBQ3JFLFNBQU8sR0FBRyxRQUFRLElBQUksSUFBSTtBQUM1QjtBQUdPLFNBQVMsWUFBWSxLQUFxQjtBQUMvQyxNQUFJLENBQUMsT0FBTyxJQUFJLFdBQVcsU0FBUyxLQUFLLElBQUksV0FBVyxVQUFVLEVBQUcsUUFBTztBQUM1RSxTQUFPLElBQUksUUFBUSxnQkFBZ0IsRUFBRSxFQUFFLFFBQVEsT0FBTyxFQUFFO0FBQzFEO0FBRU8sU0FBUyxlQUFlLElBQW9CO0FBQ2pELFFBQU0sSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSyxHQUFJLENBQUM7QUFDM0MsTUFBSSxJQUFJLEdBQUksUUFBTyxHQUFHLENBQUM7QUFDdkIsUUFBTSxJQUFJLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFDM0IsU0FBTyxJQUFJLEtBQUssR0FBRyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLE1BQU0sR0FBRyxLQUFLLE1BQU0sSUFBSSxFQUFFLENBQUMsS0FBSyxPQUFPLElBQUksRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDekg7QUFHTyxTQUFTLFVBQVUsTUFBd0I7QUFDaEQsU0FBTyxLQUFLLElBQUksQ0FBQyxNQUFPLG9CQUFvQixLQUFLLENBQUMsSUFBSSxJQUFJLElBQUksRUFBRSxRQUFRLE1BQU0sT0FBTyxDQUFDLEdBQUksRUFBRSxLQUFLLEdBQUc7QUFDdEc7IiwKICAibmFtZXMiOiBbXQp9Cg==
