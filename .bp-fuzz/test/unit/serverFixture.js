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
var serverFixture_exports = {};
__export(serverFixture_exports, {
  GENTOO: () => GENTOO,
  LSP_REPO: () => LSP_REPO,
  OVERLAY: () => OVERLAY,
  analyse: () => analyse,
  ebuild: () => ebuild,
  offsetOf: () => offsetOf
});
module.exports = __toCommonJS(serverFixture_exports);
var import_node_path = require("node:path");
var import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
var import_docContext = require("../../src/server/docContext");
var import_knowledge = require("../../src/server/knowledge");
var import_parse = require("../../src/server/parse");
const LSP_REPO = (0, import_node_path.resolve)(__dirname, "..", "..", "..", "test", "fixtures", "lsp-repo");
const GENTOO = (0, import_node_path.join)(LSP_REPO, "gentoo");
const OVERLAY = (0, import_node_path.join)(LSP_REPO, "overlay");
async function analyse(path, text, knowledge = new import_knowledge.Knowledge([GENTOO])) {
  const parser = await (0, import_parse.createParser)();
  const doc = import_vscode_languageserver_textdocument.TextDocument.create(`file://${path}`, path.endsWith(".eclass") ? "eclass" : "ebuild", 1, text);
  const parsed = new import_parse.ParsedDocument(parser, doc);
  return { ctx: (0, import_docContext.buildContext)(path, text, parsed.facts(), knowledge), doc, parsed };
}
function offsetOf(text, needle, delta = 0, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in text`);
  }
  return i + delta;
}
function ebuild(lines) {
  return ["EAPI=8", ...lines].join("\n") + "\n";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GENTOO,
  LSP_REPO,
  OVERLAY,
  analyse,
  ebuild,
  offsetOf
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L3NlcnZlckZpeHR1cmUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBTaGFyZWQgc2V0LXVwIGZvciB0aGUgbGFuZ3VhZ2Utc2VydmVyIHVuaXQgdGVzdHM6IHRoZSBmaXh0dXJlIHJlcG9zaXRvcmllcyBhbmQgYSBvbmUtY2FsbCBhbmFseXNpcy4gKi9cbmltcG9ydCB7IGpvaW4sIHJlc29sdmUgfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgVGV4dERvY3VtZW50IH0gZnJvbSAndnNjb2RlLWxhbmd1YWdlc2VydmVyLXRleHRkb2N1bWVudCc7XG5pbXBvcnQgeyBidWlsZENvbnRleHQsIERvY0NvbnRleHQgfSBmcm9tICcuLi8uLi9zcmMvc2VydmVyL2RvY0NvbnRleHQnO1xuaW1wb3J0IHsgS25vd2xlZGdlIH0gZnJvbSAnLi4vLi4vc3JjL3NlcnZlci9rbm93bGVkZ2UnO1xuaW1wb3J0IHsgY3JlYXRlUGFyc2VyLCBQYXJzZWREb2N1bWVudCB9IGZyb20gJy4uLy4uL3NyYy9zZXJ2ZXIvcGFyc2UnO1xuXG4vKiogdGVzdC9maXh0dXJlcy9sc3AtcmVwbywgZnJvbSB0aGUgc291cmNlIHRyZWUgKGNvbXBpbGVkIHRlc3RzIHJ1biBmcm9tIG91dC90ZXN0L3VuaXQpLiAqL1xuZXhwb3J0IGNvbnN0IExTUF9SRVBPID0gcmVzb2x2ZShfX2Rpcm5hbWUsICcuLicsICcuLicsICcuLicsICd0ZXN0JywgJ2ZpeHR1cmVzJywgJ2xzcC1yZXBvJyk7XG5leHBvcnQgY29uc3QgR0VOVE9PID0gam9pbihMU1BfUkVQTywgJ2dlbnRvbycpO1xuZXhwb3J0IGNvbnN0IE9WRVJMQVkgPSBqb2luKExTUF9SRVBPLCAnb3ZlcmxheScpO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFuYWx5c2VkIHsgY3R4OiBEb2NDb250ZXh0OyBkb2M6IFRleHREb2N1bWVudDsgcGFyc2VkOiBQYXJzZWREb2N1bWVudCB9XG5cbi8qKiBQYXJzZXMgYHRleHRgIGFzIGlmIGl0IHdlcmUgdGhlIGZpbGUgYXQgYHBhdGhgICh3aGljaCBuZWVkIG5vdCBleGlzdCksIHdpdGggdGhlIGdlbnRvbyBmaXh0dXJlIGtub3duLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGFuYWx5c2UocGF0aDogc3RyaW5nLCB0ZXh0OiBzdHJpbmcsIGtub3dsZWRnZSA9IG5ldyBLbm93bGVkZ2UoW0dFTlRPT10pKTogUHJvbWlzZTxBbmFseXNlZD4ge1xuICBjb25zdCBwYXJzZXIgPSBhd2FpdCBjcmVhdGVQYXJzZXIoKTtcbiAgY29uc3QgZG9jID0gVGV4dERvY3VtZW50LmNyZWF0ZShgZmlsZTovLyR7cGF0aH1gLCBwYXRoLmVuZHNXaXRoKCcuZWNsYXNzJykgPyAnZWNsYXNzJyA6ICdlYnVpbGQnLCAxLCB0ZXh0KTtcbiAgY29uc3QgcGFyc2VkID0gbmV3IFBhcnNlZERvY3VtZW50KHBhcnNlciwgZG9jKTtcbiAgcmV0dXJuIHsgY3R4OiBidWlsZENvbnRleHQocGF0aCwgdGV4dCwgcGFyc2VkLmZhY3RzKCksIGtub3dsZWRnZSksIGRvYywgcGFyc2VkIH07XG59XG5cbi8qKiBPZmZzZXQgb2YgdGhlIG4tdGggb2NjdXJyZW5jZSAoMC1iYXNlZCkgb2YgYG5lZWRsZWAsIHBsdXMgYGRlbHRhYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvZmZzZXRPZih0ZXh0OiBzdHJpbmcsIG5lZWRsZTogc3RyaW5nLCBkZWx0YSA9IDAsIG50aCA9IDApOiBudW1iZXIge1xuICBsZXQgaSA9IC0xO1xuICBmb3IgKGxldCBrID0gMDsgayA8PSBudGg7IGsrKykge1xuICAgIGkgPSB0ZXh0LmluZGV4T2YobmVlZGxlLCBpICsgMSk7XG4gICAgaWYgKGkgPCAwKSB0aHJvdyBuZXcgRXJyb3IoYFwiJHtuZWVkbGV9XCIgbm90IGluIHRleHRgKTtcbiAgfVxuICByZXR1cm4gaSArIGRlbHRhO1xufVxuXG4vKiogQSBtaW5pbWFsIHZhbGlkIEVBUEkgOCBlYnVpbGQgYm9keSB0byBidWlsZCBjYXNlcyBmcm9tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVidWlsZChsaW5lczogc3RyaW5nW10pOiBzdHJpbmcge1xuICByZXR1cm4gWydFQVBJPTgnLCAuLi5saW5lc10uam9pbignXFxuJykgKyAnXFxuJztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsdUJBQThCO0FBQzlCLGdEQUE2QjtBQUM3Qix3QkFBeUM7QUFDekMsdUJBQTBCO0FBQzFCLG1CQUE2QztBQUd0QyxNQUFNLGVBQVcsMEJBQVEsV0FBVyxNQUFNLE1BQU0sTUFBTSxRQUFRLFlBQVksVUFBVTtBQUNwRixNQUFNLGFBQVMsdUJBQUssVUFBVSxRQUFRO0FBQ3RDLE1BQU0sY0FBVSx1QkFBSyxVQUFVLFNBQVM7QUFLL0MsZUFBc0IsUUFBUSxNQUFjLE1BQWMsWUFBWSxJQUFJLDJCQUFVLENBQUMsTUFBTSxDQUFDLEdBQXNCO0FBQ2hILFFBQU0sU0FBUyxVQUFNLDJCQUFhO0FBQ2xDLFFBQU0sTUFBTSx1REFBYSxPQUFPLFVBQVUsSUFBSSxJQUFJLEtBQUssU0FBUyxTQUFTLElBQUksV0FBVyxVQUFVLEdBQUcsSUFBSTtBQUN6RyxRQUFNLFNBQVMsSUFBSSw0QkFBZSxRQUFRLEdBQUc7QUFDN0MsU0FBTyxFQUFFLFNBQUssZ0NBQWEsTUFBTSxNQUFNLE9BQU8sTUFBTSxHQUFHLFNBQVMsR0FBRyxLQUFLLE9BQU87QUFDakY7QUFHTyxTQUFTLFNBQVMsTUFBYyxRQUFnQixRQUFRLEdBQUcsTUFBTSxHQUFXO0FBQ2pGLE1BQUksSUFBSTtBQUNSLFdBQVMsSUFBSSxHQUFHLEtBQUssS0FBSyxLQUFLO0FBQzdCLFFBQUksS0FBSyxRQUFRLFFBQVEsSUFBSSxDQUFDO0FBQzlCLFFBQUksSUFBSSxFQUFHLE9BQU0sSUFBSSxNQUFNLElBQUksTUFBTSxlQUFlO0FBQUEsRUFDdEQ7QUFDQSxTQUFPLElBQUk7QUFDYjtBQUdPLFNBQVMsT0FBTyxPQUF5QjtBQUM5QyxTQUFPLENBQUMsVUFBVSxHQUFHLEtBQUssRUFBRSxLQUFLLElBQUksSUFBSTtBQUMzQzsiLAogICJuYW1lcyI6IFtdCn0K
