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
var fsTree_exports = {};
__export(fsTree_exports, {
  makeTempDir: () => makeTempDir,
  overlayTree: () => overlayTree,
  writeTree: () => writeTree
});
module.exports = __toCommonJS(fsTree_exports);
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var path = __toESM(require("node:path"));
function writeTree(root, tree) {
  for (const [rel, value] of Object.entries(tree)) {
    const p = path.join(root, rel);
    (0, import_node_fs.mkdirSync)(path.dirname(p), { recursive: true });
    if (typeof value === "string") (0, import_node_fs.writeFileSync)(p, value);
    else if ("link" in value) (0, import_node_fs.symlinkSync)(value.link, p);
    else (0, import_node_fs.mkdirSync)(p, { recursive: true });
  }
}
function makeTempDir(prefix = "eb t\xEBst ") {
  const root = (0, import_node_fs.mkdtempSync)(path.join((0, import_node_os.tmpdir)(), prefix));
  return { root, dispose: () => (0, import_node_fs.rmSync)(root, { recursive: true, force: true }) };
}
function overlayTree(prefix, name, ebuilds = [], masters) {
  const t = {};
  if (name !== void 0) t[`${prefix}/profiles/repo_name`] = `${name}
`;
  if (masters !== void 0) t[`${prefix}/metadata/layout.conf`] = `masters = ${masters}
thin-manifests = true
`;
  for (const e of ebuilds) t[`${prefix}/${e}`] = "EAPI=8\n";
  return t;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  makeTempDir,
  overlayTree,
  writeTree
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9oZWxwZXJzL2ZzVHJlZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIEJ1aWxkcyB0aHJvdy1hd2F5IGRpcmVjdG9yeSB0cmVlcyBmb3IgdGVzdHMgdGhhdCB0b3VjaCB0aGUgZmlsZSBzeXN0ZW0uICovXG5pbXBvcnQgeyBta2R0ZW1wU3luYywgbWtkaXJTeW5jLCBybVN5bmMsIHN5bWxpbmtTeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyB0bXBkaXIgfSBmcm9tICdub2RlOm9zJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcblxuLyoqIE1hcCBvZiByZWxhdGl2ZSBwYXRoIFx1MjE5MiBmaWxlIGNvbnRlbnQ7IGEgdmFsdWUgYHsgbGluazogdGFyZ2V0IH1gIG1ha2VzIGEgc3ltbGluaywgYHsgZGlyOiB0cnVlIH1gIGFuIGVtcHR5IGZvbGRlci4gKi9cbmV4cG9ydCB0eXBlIFRyZWUgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB7IGxpbms6IHN0cmluZyB9IHwgeyBkaXI6IHRydWUgfT47XG5cbmV4cG9ydCBmdW5jdGlvbiB3cml0ZVRyZWUocm9vdDogc3RyaW5nLCB0cmVlOiBUcmVlKTogdm9pZCB7XG4gIGZvciAoY29uc3QgW3JlbCwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKHRyZWUpKSB7XG4gICAgY29uc3QgcCA9IHBhdGguam9pbihyb290LCByZWwpO1xuICAgIG1rZGlyU3luYyhwYXRoLmRpcm5hbWUocCksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSB3cml0ZUZpbGVTeW5jKHAsIHZhbHVlKTtcbiAgICBlbHNlIGlmICgnbGluaycgaW4gdmFsdWUpIHN5bWxpbmtTeW5jKHZhbHVlLmxpbmssIHApO1xuICAgIGVsc2UgbWtkaXJTeW5jKHAsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICB9XG59XG5cbi8qKiBBIGZyZXNoIHRlbXAgZGlyIHdob3NlIG5hbWUgaGFzIGEgc3BhY2UgYW5kIG5vbi1BU0NJSSwgcmVtb3ZlZCBieSBgZGlzcG9zZWAuICovXG5leHBvcnQgZnVuY3Rpb24gbWFrZVRlbXBEaXIocHJlZml4ID0gJ2ViIHRcdTAwRUJzdCAnKTogeyByb290OiBzdHJpbmc7IGRpc3Bvc2U6ICgpID0+IHZvaWQgfSB7XG4gIGNvbnN0IHJvb3QgPSBta2R0ZW1wU3luYyhwYXRoLmpvaW4odG1wZGlyKCksIHByZWZpeCkpO1xuICByZXR1cm4geyByb290LCBkaXNwb3NlOiAoKSA9PiBybVN5bmMocm9vdCwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pIH07XG59XG5cbi8qKiBBIG1pbmltYWwgb3ZlcmxheTogbmFtZSBmaWxlcyBwbHVzIHRoZSBnaXZlbiBlYnVpbGRzIChgY2F0L3BuL3BuLXZlci5lYnVpbGRgKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvdmVybGF5VHJlZShwcmVmaXg6IHN0cmluZywgbmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkLCBlYnVpbGRzOiBzdHJpbmdbXSA9IFtdLCBtYXN0ZXJzPzogc3RyaW5nKTogVHJlZSB7XG4gIGNvbnN0IHQ6IFRyZWUgPSB7fTtcbiAgaWYgKG5hbWUgIT09IHVuZGVmaW5lZCkgdFtgJHtwcmVmaXh9L3Byb2ZpbGVzL3JlcG9fbmFtZWBdID0gYCR7bmFtZX1cXG5gO1xuICBpZiAobWFzdGVycyAhPT0gdW5kZWZpbmVkKSB0W2Ake3ByZWZpeH0vbWV0YWRhdGEvbGF5b3V0LmNvbmZgXSA9IGBtYXN0ZXJzID0gJHttYXN0ZXJzfVxcbnRoaW4tbWFuaWZlc3RzID0gdHJ1ZVxcbmA7XG4gIGZvciAoY29uc3QgZSBvZiBlYnVpbGRzKSB0W2Ake3ByZWZpeH0vJHtlfWBdID0gJ0VBUEk9OFxcbic7XG4gIHJldHVybiB0O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EscUJBQTJFO0FBQzNFLHFCQUF1QjtBQUN2QixXQUFzQjtBQUtmLFNBQVMsVUFBVSxNQUFjLE1BQWtCO0FBQ3hELGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQy9DLFVBQU0sSUFBSSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQzdCLGtDQUFVLEtBQUssUUFBUSxDQUFDLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUM5QyxRQUFJLE9BQU8sVUFBVSxTQUFVLG1DQUFjLEdBQUcsS0FBSztBQUFBLGFBQzVDLFVBQVUsTUFBTyxpQ0FBWSxNQUFNLE1BQU0sQ0FBQztBQUFBLFFBQzlDLCtCQUFVLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUFBLEVBQ3ZDO0FBQ0Y7QUFHTyxTQUFTLFlBQVksU0FBUyxlQUFtRDtBQUN0RixRQUFNLFdBQU8sNEJBQVksS0FBSyxTQUFLLHVCQUFPLEdBQUcsTUFBTSxDQUFDO0FBQ3BELFNBQU8sRUFBRSxNQUFNLFNBQVMsVUFBTSx1QkFBTyxNQUFNLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksUUFBZ0IsTUFBMEIsVUFBb0IsQ0FBQyxHQUFHLFNBQXdCO0FBQ3BILFFBQU0sSUFBVSxDQUFDO0FBQ2pCLE1BQUksU0FBUyxPQUFXLEdBQUUsR0FBRyxNQUFNLHFCQUFxQixJQUFJLEdBQUcsSUFBSTtBQUFBO0FBQ25FLE1BQUksWUFBWSxPQUFXLEdBQUUsR0FBRyxNQUFNLHVCQUF1QixJQUFJLGFBQWEsT0FBTztBQUFBO0FBQUE7QUFDckYsYUFBVyxLQUFLLFFBQVMsR0FBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEVBQUUsSUFBSTtBQUMvQyxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
