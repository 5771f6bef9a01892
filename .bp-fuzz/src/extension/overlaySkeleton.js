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
var overlaySkeleton_exports = {};
__export(overlaySkeleton_exports, {
  createOverlayHere: () => createOverlayHere,
  repoNameFor: () => repoNameFor
});
module.exports = __toCommonJS(overlaySkeleton_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
function repoNameFor(folderName) {
  const cleaned = folderName.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^[-]+|[-]+$/g, "");
  return cleaned && /^[A-Za-z0-9_]/.test(cleaned) ? cleaned : "local-overlay";
}
async function writeNew(file, text) {
  await import_node_fs.promises.mkdir(path.dirname(file), { recursive: true });
  try {
    await import_node_fs.promises.writeFile(file, text, { flag: "wx" });
    return true;
  } catch (e) {
    if (e.code === "EEXIST") return false;
    throw e;
  }
}
async function createOverlayHere() {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: "Make which folder an overlay?" });
  if (!folder) return false;
  const name = await vscode.window.showInputBox({
    title: "Repository name of the overlay",
    value: repoNameFor(folder.name),
    validateInput: (v) => /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(v) ? void 0 : 'Letters, digits, "_" and "-" (not first).'
  });
  if (!name) return false;
  const root = folder.uri.fsPath;
  await writeNew(path.join(root, "profiles", "repo_name"), `${name}
`);
  await writeNew(path.join(root, "metadata", "layout.conf"), `masters = gentoo
thin-manifests = true
sign-manifests = false
`);
  await vscode.window.showTextDocument(vscode.Uri.file(path.join(root, "metadata", "layout.conf")));
  return true;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createOverlayHere,
  repoNameFor
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9vdmVybGF5U2tlbGV0b24udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBcIk1ha2UgdGhpcyBmb2xkZXIgYW4gb3ZlcmxheVwiOiB0aGUgdHdvIGZpbGVzIFBvcnRhZ2UgbmVlZHMgdG8gdHJlYXQgYSBmb2xkZXIgYXMgYSByZXBvc2l0b3J5LiAqL1xuaW1wb3J0IHsgcHJvbWlzZXMgYXMgZnMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuXG4vKiogQSByZXBvIG5hbWUgUG9ydGFnZSBhY2NlcHRzLCBmcm9tIGEgZm9sZGVyIG5hbWUuICovXG5leHBvcnQgZnVuY3Rpb24gcmVwb05hbWVGb3IoZm9sZGVyTmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgY2xlYW5lZCA9IGZvbGRlck5hbWUucmVwbGFjZSgvW15BLVphLXowLTlfLV0rL2csICctJykucmVwbGFjZSgvXlstXSt8Wy1dKyQvZywgJycpO1xuICByZXR1cm4gY2xlYW5lZCAmJiAvXltBLVphLXowLTlfXS8udGVzdChjbGVhbmVkKSA/IGNsZWFuZWQgOiAnbG9jYWwtb3ZlcmxheSc7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHdyaXRlTmV3KGZpbGU6IHN0cmluZywgdGV4dDogc3RyaW5nKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIGF3YWl0IGZzLm1rZGlyKHBhdGguZGlybmFtZShmaWxlKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgZnMud3JpdGVGaWxlKGZpbGUsIHRleHQsIHsgZmxhZzogJ3d4JyB9KTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdFRVhJU1QnKSByZXR1cm4gZmFsc2U7XG4gICAgdGhyb3cgZTtcbiAgfVxufVxuXG4vKiogV3JpdGVzIHByb2ZpbGVzL3JlcG9fbmFtZSBhbmQgbWV0YWRhdGEvbGF5b3V0LmNvbmYgKG5ldmVyIG92ZXJ3cml0aW5nKSwgaW4gYSBmb2xkZXIgdGhlIHVzZXIgcGlja3MuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY3JlYXRlT3ZlcmxheUhlcmUoKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIGNvbnN0IGZvbGRlcnMgPSB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnMgPz8gW107XG4gIGNvbnN0IGZvbGRlciA9IGZvbGRlcnMubGVuZ3RoID09PSAxID8gZm9sZGVyc1swXSA6IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1dvcmtzcGFjZUZvbGRlclBpY2soeyBwbGFjZUhvbGRlcjogJ01ha2Ugd2hpY2ggZm9sZGVyIGFuIG92ZXJsYXk/JyB9KTtcbiAgaWYgKCFmb2xkZXIpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgbmFtZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd0lucHV0Qm94KHtcbiAgICB0aXRsZTogJ1JlcG9zaXRvcnkgbmFtZSBvZiB0aGUgb3ZlcmxheScsXG4gICAgdmFsdWU6IHJlcG9OYW1lRm9yKGZvbGRlci5uYW1lKSxcbiAgICB2YWxpZGF0ZUlucHV0OiAodikgPT4gKC9eW0EtWmEtejAtOV9dW0EtWmEtejAtOV8tXSokLy50ZXN0KHYpID8gdW5kZWZpbmVkIDogJ0xldHRlcnMsIGRpZ2l0cywgXCJfXCIgYW5kIFwiLVwiIChub3QgZmlyc3QpLicpLFxuICB9KTtcbiAgaWYgKCFuYW1lKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHJvb3QgPSBmb2xkZXIudXJpLmZzUGF0aDtcbiAgYXdhaXQgd3JpdGVOZXcocGF0aC5qb2luKHJvb3QsICdwcm9maWxlcycsICdyZXBvX25hbWUnKSwgYCR7bmFtZX1cXG5gKTtcbiAgYXdhaXQgd3JpdGVOZXcocGF0aC5qb2luKHJvb3QsICdtZXRhZGF0YScsICdsYXlvdXQuY29uZicpLCBgbWFzdGVycyA9IGdlbnRvb1xcbnRoaW4tbWFuaWZlc3RzID0gdHJ1ZVxcbnNpZ24tbWFuaWZlc3RzID0gZmFsc2VcXG5gKTtcbiAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHZzY29kZS5VcmkuZmlsZShwYXRoLmpvaW4ocm9vdCwgJ21ldGFkYXRhJywgJ2xheW91dC5jb25mJykpKTtcbiAgcmV0dXJuIHRydWU7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EscUJBQStCO0FBQy9CLFdBQXNCO0FBQ3RCLGFBQXdCO0FBR2pCLFNBQVMsWUFBWSxZQUE0QjtBQUN0RCxRQUFNLFVBQVUsV0FBVyxRQUFRLG9CQUFvQixHQUFHLEVBQUUsUUFBUSxnQkFBZ0IsRUFBRTtBQUN0RixTQUFPLFdBQVcsZ0JBQWdCLEtBQUssT0FBTyxJQUFJLFVBQVU7QUFDOUQ7QUFFQSxlQUFlLFNBQVMsTUFBYyxNQUFnQztBQUNwRSxRQUFNLGVBQUFBLFNBQUcsTUFBTSxLQUFLLFFBQVEsSUFBSSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDdEQsTUFBSTtBQUNGLFVBQU0sZUFBQUEsU0FBRyxVQUFVLE1BQU0sTUFBTSxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQzdDLFdBQU87QUFBQSxFQUNULFNBQVMsR0FBRztBQUNWLFFBQUssRUFBNEIsU0FBUyxTQUFVLFFBQU87QUFDM0QsVUFBTTtBQUFBLEVBQ1I7QUFDRjtBQUdBLGVBQXNCLG9CQUFzQztBQUMxRCxRQUFNLFVBQVUsT0FBTyxVQUFVLG9CQUFvQixDQUFDO0FBQ3RELFFBQU0sU0FBUyxRQUFRLFdBQVcsSUFBSSxRQUFRLENBQUMsSUFBSSxNQUFNLE9BQU8sT0FBTyx3QkFBd0IsRUFBRSxhQUFhLGdDQUFnQyxDQUFDO0FBQy9JLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxPQUFPLE1BQU0sT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUM1QyxPQUFPO0FBQUEsSUFDUCxPQUFPLFlBQVksT0FBTyxJQUFJO0FBQUEsSUFDOUIsZUFBZSxDQUFDLE1BQU8sK0JBQStCLEtBQUssQ0FBQyxJQUFJLFNBQVk7QUFBQSxFQUM5RSxDQUFDO0FBQ0QsTUFBSSxDQUFDLEtBQU0sUUFBTztBQUNsQixRQUFNLE9BQU8sT0FBTyxJQUFJO0FBQ3hCLFFBQU0sU0FBUyxLQUFLLEtBQUssTUFBTSxZQUFZLFdBQVcsR0FBRyxHQUFHLElBQUk7QUFBQSxDQUFJO0FBQ3BFLFFBQU0sU0FBUyxLQUFLLEtBQUssTUFBTSxZQUFZLGFBQWEsR0FBRztBQUFBO0FBQUE7QUFBQSxDQUFtRTtBQUM5SCxRQUFNLE9BQU8sT0FBTyxpQkFBaUIsT0FBTyxJQUFJLEtBQUssS0FBSyxLQUFLLE1BQU0sWUFBWSxhQUFhLENBQUMsQ0FBQztBQUNoRyxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
