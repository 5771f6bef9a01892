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
var collect_exports = {};
__export(collect_exports, {
  collectArtifacts: () => collectArtifacts
});
module.exports = __toCommonJS(collect_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_userError = require("../core/userError");
const SKIP = /* @__PURE__ */ new Set(["Packages", "Packages.gz", "Packages.zst"]);
async function filesUnder(dir) {
  let entries;
  try {
    entries = await import_node_fs.promises.readdir(dir, { withFileTypes: true });
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  const out = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...await filesUnder(p));
    else if (e.isFile() && !SKIP.has(e.name)) out.push(p);
  }
  return out.sort();
}
async function collectArtifacts(stagingDir, artifactsDir) {
  const files = await filesUnder(stagingDir);
  const placed = [];
  const temps = [];
  try {
    for (const file of files) {
      const target = path.join(artifactsDir, path.relative(stagingDir, file));
      await import_node_fs.promises.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.incoming-${process.pid}`;
      temps.push(temp);
      try {
        await import_node_fs.promises.rename(file, temp);
      } catch (e) {
        if (e.code !== "EXDEV") throw e;
        await import_node_fs.promises.copyFile(file, temp);
      }
    }
    for (let i = 0; i < files.length; i++) {
      const target = path.join(artifactsDir, path.relative(stagingDir, files[i]));
      await import_node_fs.promises.rename(temps[i], target);
      placed.push(target);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => import_node_fs.promises.rm(t, { force: true })));
    const code = e.code;
    const why = code === "ENOSPC" ? "the disk is full" : e.message;
    throw new import_userError.UserError(
      `The binary packages could not be copied into ${artifactsDir}: ${why}. Packages already there were not touched${placed.length ? ` (${placed.length} new ones were placed)` : ""}.`,
      code === "ENOSPC" ? `Free space on the disk holding ${artifactsDir}, or choose another artifacts folder, then rebuild.` : `Check ${artifactsDir}, then rebuild.`,
      "artifacts-copy-failed"
    );
  }
  return placed;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  collectArtifacts
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9jb2xsZWN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE1vdmVzIHRoZSBwYWNrYWdlcyBhIGJ1aWxkIHdyb3RlIChhIHN0YWdpbmcgZm9sZGVyKSBpbnRvIHRoZSBhcnRpZmFjdHMgZm9sZGVyLiBFYWNoIGZpbGUgZ29lcyB0byBhIHRlbXBvcmFyeVxuICogbmFtZSBmaXJzdCBhbmQgaXMgcmVuYW1lZCBpbnRvIHBsYWNlLCBzbyBhbiBleGlzdGluZyBhcnRpZmFjdCBpcyByZXBsYWNlZCB3aG9sZSBvciBub3QgYXQgYWxsOyBvbiBhbnkgZXJyb3JcbiAqIChhIGZ1bGwgZGlzaykgdGhlIHRlbXBvcmFyaWVzIGFyZSByZW1vdmVkIGFuZCBub3RoaW5nIGFscmVhZHkgaW4gdGhlIGFydGlmYWN0cyBmb2xkZXIgaXMgbG9zdC5cbiAqL1xuaW1wb3J0IHsgcHJvbWlzZXMgYXMgZnMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcblxuLyoqIFBvcnRhZ2UgcmV3cml0ZXMgaXRzIGluZGV4IHBlciBQS0dESVI7IHRoZSBhcnRpZmFjdHMgZm9sZGVyIGdldHMgaXRzIG93biB3aXRoIGBwdWJsaXNoYC4gKi9cbmNvbnN0IFNLSVAgPSBuZXcgU2V0KFsnUGFja2FnZXMnLCAnUGFja2FnZXMuZ3onLCAnUGFja2FnZXMuenN0J10pO1xuXG5hc3luYyBmdW5jdGlvbiBmaWxlc1VuZGVyKGRpcjogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBsZXQgZW50cmllcztcbiAgdHJ5IHtcbiAgICBlbnRyaWVzID0gYXdhaXQgZnMucmVhZGRpcihkaXIsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdFTk9FTlQnKSByZXR1cm4gW107XG4gICAgdGhyb3cgZTtcbiAgfVxuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgZSBvZiBlbnRyaWVzKSB7XG4gICAgY29uc3QgcCA9IHBhdGguam9pbihkaXIsIGUubmFtZSk7XG4gICAgaWYgKGUuaXNEaXJlY3RvcnkoKSkgb3V0LnB1c2goLi4uKGF3YWl0IGZpbGVzVW5kZXIocCkpKTtcbiAgICBlbHNlIGlmIChlLmlzRmlsZSgpICYmICFTS0lQLmhhcyhlLm5hbWUpKSBvdXQucHVzaChwKTtcbiAgfVxuICByZXR1cm4gb3V0LnNvcnQoKTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNvbGxlY3RBcnRpZmFjdHMoc3RhZ2luZ0Rpcjogc3RyaW5nLCBhcnRpZmFjdHNEaXI6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgY29uc3QgZmlsZXMgPSBhd2FpdCBmaWxlc1VuZGVyKHN0YWdpbmdEaXIpO1xuICBjb25zdCBwbGFjZWQ6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHRlbXBzOiBzdHJpbmdbXSA9IFtdO1xuICB0cnkge1xuICAgIGZvciAoY29uc3QgZmlsZSBvZiBmaWxlcykge1xuICAgICAgY29uc3QgdGFyZ2V0ID0gcGF0aC5qb2luKGFydGlmYWN0c0RpciwgcGF0aC5yZWxhdGl2ZShzdGFnaW5nRGlyLCBmaWxlKSk7XG4gICAgICBhd2FpdCBmcy5ta2RpcihwYXRoLmRpcm5hbWUodGFyZ2V0KSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgICBjb25zdCB0ZW1wID0gYCR7dGFyZ2V0fS5pbmNvbWluZy0ke3Byb2Nlc3MucGlkfWA7XG4gICAgICB0ZW1wcy5wdXNoKHRlbXApO1xuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgZnMucmVuYW1lKGZpbGUsIHRlbXApO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICBpZiAoKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlICE9PSAnRVhERVYnKSB0aHJvdyBlO1xuICAgICAgICBhd2FpdCBmcy5jb3B5RmlsZShmaWxlLCB0ZW1wKTtcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBmaWxlcy5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgdGFyZ2V0ID0gcGF0aC5qb2luKGFydGlmYWN0c0RpciwgcGF0aC5yZWxhdGl2ZShzdGFnaW5nRGlyLCBmaWxlc1tpXSkpO1xuICAgICAgYXdhaXQgZnMucmVuYW1lKHRlbXBzW2ldLCB0YXJnZXQpO1xuICAgICAgcGxhY2VkLnB1c2godGFyZ2V0KTtcbiAgICB9XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBhd2FpdCBQcm9taXNlLmFsbCh0ZW1wcy5tYXAoKHQpID0+IGZzLnJtKHQsIHsgZm9yY2U6IHRydWUgfSkpKTtcbiAgICBjb25zdCBjb2RlID0gKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlO1xuICAgIGNvbnN0IHdoeSA9IGNvZGUgPT09ICdFTk9TUEMnID8gJ3RoZSBkaXNrIGlzIGZ1bGwnIDogKGUgYXMgRXJyb3IpLm1lc3NhZ2U7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihcbiAgICAgIGBUaGUgYmluYXJ5IHBhY2thZ2VzIGNvdWxkIG5vdCBiZSBjb3BpZWQgaW50byAke2FydGlmYWN0c0Rpcn06ICR7d2h5fS4gUGFja2FnZXMgYWxyZWFkeSB0aGVyZSB3ZXJlIG5vdCB0b3VjaGVkJHtwbGFjZWQubGVuZ3RoID8gYCAoJHtwbGFjZWQubGVuZ3RofSBuZXcgb25lcyB3ZXJlIHBsYWNlZClgIDogJyd9LmAsXG4gICAgICBjb2RlID09PSAnRU5PU1BDJyA/IGBGcmVlIHNwYWNlIG9uIHRoZSBkaXNrIGhvbGRpbmcgJHthcnRpZmFjdHNEaXJ9LCBvciBjaG9vc2UgYW5vdGhlciBhcnRpZmFjdHMgZm9sZGVyLCB0aGVuIHJlYnVpbGQuYCA6IGBDaGVjayAke2FydGlmYWN0c0Rpcn0sIHRoZW4gcmVidWlsZC5gLFxuICAgICAgJ2FydGlmYWN0cy1jb3B5LWZhaWxlZCcsXG4gICAgKTtcbiAgfVxuICByZXR1cm4gcGxhY2VkO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxxQkFBK0I7QUFDL0IsV0FBc0I7QUFDdEIsdUJBQTBCO0FBRzFCLE1BQU0sT0FBTyxvQkFBSSxJQUFJLENBQUMsWUFBWSxlQUFlLGNBQWMsQ0FBQztBQUVoRSxlQUFlLFdBQVcsS0FBZ0M7QUFDeEQsTUFBSTtBQUNKLE1BQUk7QUFDRixjQUFVLE1BQU0sZUFBQUEsU0FBRyxRQUFRLEtBQUssRUFBRSxlQUFlLEtBQUssQ0FBQztBQUFBLEVBQ3pELFNBQVMsR0FBRztBQUNWLFFBQUssRUFBNEIsU0FBUyxTQUFVLFFBQU8sQ0FBQztBQUM1RCxVQUFNO0FBQUEsRUFDUjtBQUNBLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixhQUFXLEtBQUssU0FBUztBQUN2QixVQUFNLElBQUksS0FBSyxLQUFLLEtBQUssRUFBRSxJQUFJO0FBQy9CLFFBQUksRUFBRSxZQUFZLEVBQUcsS0FBSSxLQUFLLEdBQUksTUFBTSxXQUFXLENBQUMsQ0FBRTtBQUFBLGFBQzdDLEVBQUUsT0FBTyxLQUFLLENBQUMsS0FBSyxJQUFJLEVBQUUsSUFBSSxFQUFHLEtBQUksS0FBSyxDQUFDO0FBQUEsRUFDdEQ7QUFDQSxTQUFPLElBQUksS0FBSztBQUNsQjtBQUVBLGVBQXNCLGlCQUFpQixZQUFvQixjQUF5QztBQUNsRyxRQUFNLFFBQVEsTUFBTSxXQUFXLFVBQVU7QUFDekMsUUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixNQUFJO0FBQ0YsZUFBVyxRQUFRLE9BQU87QUFDeEIsWUFBTSxTQUFTLEtBQUssS0FBSyxjQUFjLEtBQUssU0FBUyxZQUFZLElBQUksQ0FBQztBQUN0RSxZQUFNLGVBQUFBLFNBQUcsTUFBTSxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDeEQsWUFBTSxPQUFPLEdBQUcsTUFBTSxhQUFhLFFBQVEsR0FBRztBQUM5QyxZQUFNLEtBQUssSUFBSTtBQUNmLFVBQUk7QUFDRixjQUFNLGVBQUFBLFNBQUcsT0FBTyxNQUFNLElBQUk7QUFBQSxNQUM1QixTQUFTLEdBQUc7QUFDVixZQUFLLEVBQTRCLFNBQVMsUUFBUyxPQUFNO0FBQ3pELGNBQU0sZUFBQUEsU0FBRyxTQUFTLE1BQU0sSUFBSTtBQUFBLE1BQzlCO0FBQUEsSUFDRjtBQUNBLGFBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsWUFBTSxTQUFTLEtBQUssS0FBSyxjQUFjLEtBQUssU0FBUyxZQUFZLE1BQU0sQ0FBQyxDQUFDLENBQUM7QUFDMUUsWUFBTSxlQUFBQSxTQUFHLE9BQU8sTUFBTSxDQUFDLEdBQUcsTUFBTTtBQUNoQyxhQUFPLEtBQUssTUFBTTtBQUFBLElBQ3BCO0FBQUEsRUFDRixTQUFTLEdBQUc7QUFDVixVQUFNLFFBQVEsSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLGVBQUFBLFNBQUcsR0FBRyxHQUFHLEVBQUUsT0FBTyxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBQzdELFVBQU0sT0FBUSxFQUE0QjtBQUMxQyxVQUFNLE1BQU0sU0FBUyxXQUFXLHFCQUFzQixFQUFZO0FBQ2xFLFVBQU0sSUFBSTtBQUFBLE1BQ1IsZ0RBQWdELFlBQVksS0FBSyxHQUFHLDRDQUE0QyxPQUFPLFNBQVMsS0FBSyxPQUFPLE1BQU0sMkJBQTJCLEVBQUU7QUFBQSxNQUMvSyxTQUFTLFdBQVcsa0NBQWtDLFlBQVksd0RBQXdELFNBQVMsWUFBWTtBQUFBLE1BQy9JO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
