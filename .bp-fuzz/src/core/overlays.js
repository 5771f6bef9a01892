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
var overlays_exports = {};
__export(overlays_exports, {
  OverlayProblem: () => OverlayProblem,
  discoverOverlays: () => discoverOverlays,
  missingMasters: () => missingMasters,
  parseLayoutConf: () => parseLayoutConf
});
module.exports = __toCommonJS(overlays_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_atom = require("./atom");
var import_userError = require("./userError");
class OverlayProblem extends import_userError.UserError {
  constructor(message, action, code, path2, otherPath) {
    super(message, action, code);
    this.path = path2;
    this.otherPath = otherPath;
  }
  path;
  otherPath;
}
const SKIPPED_NAMES = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
const OVERLAY_SKIPPED = /* @__PURE__ */ new Set(["profiles", "metadata", "eclass", "licenses", "distfiles", "packages", "files"]);
async function readText(file) {
  try {
    return await import_node_fs.promises.readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw e;
  }
}
function parseLayoutConf(text) {
  const out = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith("#")) out.set(m[1], m[2].replace(/^(["'])(.*)\1$/, "$2"));
  }
  return out;
}
async function readOverlayInfo(dir, problems) {
  const repoNameFile = path.join(dir, "profiles", "repo_name");
  const layoutFile = path.join(dir, "metadata", "layout.conf");
  let repoName;
  let layout;
  try {
    repoName = await readText(repoNameFile);
    layout = await readText(layoutFile);
  } catch (e) {
    const which = repoName === void 0 ? repoNameFile : layoutFile;
    problems.push(new OverlayProblem(`Cannot read ${which}: ${e.message}.`, "Make the file readable (and a regular file) so the overlay name can be read.", "unreadable-overlay-file", dir));
    return void 0;
  }
  if (repoName === void 0 && layout === void 0) return void 0;
  const conf = layout !== void 0 ? parseLayoutConf(layout) : /* @__PURE__ */ new Map();
  const fromFile = repoName?.split(/\r?\n/)[0].trim() || void 0;
  const fromLayout = conf.get("repo-name") || void 0;
  const masters = (conf.get("masters") ?? "").split(/\s+/).filter(Boolean);
  if (fromFile && fromLayout && fromFile !== fromLayout) {
    problems.push(new OverlayProblem(
      `Overlay ${dir} has two names: "${fromFile}" in profiles/repo_name and "${fromLayout}" in metadata/layout.conf; "${fromLayout}" is used, as Portage does.`,
      "Make profiles/repo_name and the repo-name line of metadata/layout.conf agree.",
      "overlay-name-conflict",
      dir
    ));
  }
  const name = fromLayout ?? fromFile;
  if (!name) {
    problems.push(new OverlayProblem(
      `${dir} looks like an overlay (it has ${repoName !== void 0 ? "an empty profiles/repo_name" : "metadata/layout.conf"}) but has no repository name.`,
      `Add the name as the first line of ${repoNameFile}, or "repo-name = <name>" to ${layoutFile}.`,
      "overlay-without-name",
      dir
    ));
    return void 0;
  }
  if (!(0, import_atom.isValidRepoName)(name)) {
    problems.push(new OverlayProblem(
      `Overlay ${dir} has an invalid repository name "${name}".`,
      'Use letters, digits, "_" and "-" (not first), not ending in something like a version.',
      "invalid-repo-name",
      dir
    ));
    return void 0;
  }
  const cats = await readText(path.join(dir, "profiles", "categories")).catch(() => void 0);
  const categories = cats ? new Set(cats.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) : void 0;
  return { name, masters, categories };
}
async function discoverOverlays(workspaceFolders, options = {}) {
  const maxDepth = options.maxDepth ?? 5;
  const overlays = [];
  const problems = [];
  const visited = /* @__PURE__ */ new Set();
  const byName = /* @__PURE__ */ new Map();
  const skipped = new Set(workspaceFolders.map((w) => path.resolve(w, options.artifactsFolder ?? "artifacts")));
  async function visit(dir, depth, workspaceFolder, inOverlay) {
    let real;
    try {
      real = await import_node_fs.promises.realpath(dir);
    } catch (e) {
      problems.push(new OverlayProblem(`Cannot resolve ${dir}: ${e.message}.`, "Fix or remove the broken link.", "unreadable-directory", dir));
      return;
    }
    if (visited.has(real) || skipped.has(real) || skipped.has(dir)) return;
    visited.add(real);
    const info = await readOverlayInfo(dir, problems);
    if (info?.name) {
      const overlay = { name: info.name, path: dir, realPath: real, masters: info.masters, workspaceFolder };
      const first = byName.get(info.name);
      if (first) {
        problems.push(new OverlayProblem(
          `Two overlays are named "${info.name}": ${first.path} and ${dir}.`,
          `Rename one of them (profiles/repo_name or repo-name in metadata/layout.conf), or remove one from the workspace.`,
          "duplicate-repo-name",
          dir,
          first.path
        ));
      } else {
        byName.set(info.name, overlay);
        overlays.push(overlay);
      }
    }
    if (depth >= maxDepth) return;
    let entries;
    try {
      entries = await import_node_fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(new OverlayProblem(`Cannot list ${dir}: ${e.message}.`, "Make the folder readable, or exclude it from the workspace.", "unreadable-directory", dir));
      return;
    }
    const scope = info ?? inOverlay;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (SKIPPED_NAMES.has(entry.name)) continue;
      if (scope && (OVERLAY_SKIPPED.has(entry.name) || scope.categories?.has(entry.name))) continue;
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(child, depth + 1, workspaceFolder, scope);
      else if (entry.isSymbolicLink()) {
        const st = await import_node_fs.promises.stat(child).catch(() => void 0);
        if (st?.isDirectory()) await visit(child, depth + 1, workspaceFolder, scope);
      }
    }
  }
  for (const folder of workspaceFolders) await visit(path.resolve(folder), 0, path.resolve(folder), void 0);
  for (const extra of options.extraPaths ?? []) {
    const p = path.resolve(extra);
    const owner = workspaceFolders.map((w) => path.resolve(w)).find((w) => !path.relative(w, p).startsWith("..")) ?? p;
    await visit(p, 0, owner, void 0);
  }
  return { overlays, problems };
}
function missingMasters(overlay, overlays) {
  return overlay.masters.filter((m) => m !== "gentoo" && !overlays.some((o) => o.name === m));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  OverlayProblem,
  discoverOverlays,
  missingMasters,
  parseLayoutConf
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvb3ZlcmxheXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRmluZHMgdGhlIFBvcnRhZ2UgcmVwb3NpdG9yaWVzIChvdmVybGF5cykgaW4gdGhlIHdvcmtzcGFjZSBmb2xkZXJzOiBhbnkgZGlyZWN0b3J5IHdpdGhcbiAqIGBwcm9maWxlcy9yZXBvX25hbWVgIGFuZC9vciBgbWV0YWRhdGEvbGF5b3V0LmNvbmZgLiBTeW1saW5rcyBhcmUgZm9sbG93ZWQgKGVhY2ggcmVhbCBkaXJlY3RvcnkgaXNcbiAqIHZpc2l0ZWQgb25jZSwgc28gbG9vcHMgZW5kIGFuZCBhbiBvdmVybGF5IHJlYWNoZWQgdHdpY2UgY291bnRzIG9uY2UpLiBQcm9ibGVtcyBhcmUgY29sbGVjdGVkLCBub3QgdGhyb3duLlxuICovXG5pbXBvcnQgeyBwcm9taXNlcyBhcyBmcywgdHlwZSBEaXJlbnQgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGlzVmFsaWRSZXBvTmFtZSB9IGZyb20gJy4vYXRvbSc7XG5pbXBvcnQgdHlwZSB7IE92ZXJsYXkgfSBmcm9tICcuL2J1aWxkTW9kZWwnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi91c2VyRXJyb3InO1xuXG4vKiogQSBwcm9ibGVtIGZvdW5kIHdoaWxlIGxvb2tpbmcgZm9yIG92ZXJsYXlzOyBgcGF0aGAgaXMgdGhlIGRpcmVjdG9yeSBvciBmaWxlIGNvbmNlcm5lZC4gKi9cbmV4cG9ydCBjbGFzcyBPdmVybGF5UHJvYmxlbSBleHRlbmRzIFVzZXJFcnJvciB7XG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZywgYWN0aW9uOiBzdHJpbmcsIGNvZGU6IHN0cmluZywgcmVhZG9ubHkgcGF0aDogc3RyaW5nLCByZWFkb25seSBvdGhlclBhdGg/OiBzdHJpbmcpIHtcbiAgICBzdXBlcihtZXNzYWdlLCBhY3Rpb24sIGNvZGUpO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGlzY292ZXJPdmVybGF5c09wdGlvbnMge1xuICAvKiogTW9yZSBkaXJlY3RvcmllcyB0byBzZWFyY2ggKGUuZy4gb3ZlcmxheXMgb3V0c2lkZSB0aGUgd29ya3NwYWNlIG5hbWVkIGluIHNldHRpbmdzKS4gKi9cbiAgZXh0cmFQYXRocz86IHN0cmluZ1tdO1xuICAvKiogSG93IG1hbnkgZGlyZWN0b3J5IGxldmVscyBiZWxvdyBlYWNoIHJvb3QgdG8gbG9vayAoZGVmYXVsdCA1KS4gKi9cbiAgbWF4RGVwdGg/OiBudW1iZXI7XG4gIC8qKiBBcnRpZmFjdHMgZm9sZGVyLCByZWxhdGl2ZSB0byBlYWNoIHdvcmtzcGFjZSBmb2xkZXIgdW5sZXNzIGFic29sdXRlOyBuZXZlciBzZWFyY2hlZCAoZGVmYXVsdCBgYXJ0aWZhY3RzYCkuICovXG4gIGFydGlmYWN0c0ZvbGRlcj86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBPdmVybGF5RGlzY292ZXJ5IHtcbiAgb3ZlcmxheXM6IE92ZXJsYXlbXTtcbiAgcHJvYmxlbXM6IE92ZXJsYXlQcm9ibGVtW107XG59XG5cbmNvbnN0IFNLSVBQRURfTkFNRVMgPSBuZXcgU2V0KFsnbm9kZV9tb2R1bGVzJywgJy5naXQnLCAnLmhnJywgJy5zdm4nXSk7XG4vKiogSW5zaWRlIGFuIG92ZXJsYXkgdGhlc2UgaG9sZCBubyBuZXN0ZWQgb3ZlcmxheSwgc28gdGhleSBhcmUgbm90IHNlYXJjaGVkIChrZWVwcyBiaWcgdHJlZXMgZmFzdCkuICovXG5jb25zdCBPVkVSTEFZX1NLSVBQRUQgPSBuZXcgU2V0KFsncHJvZmlsZXMnLCAnbWV0YWRhdGEnLCAnZWNsYXNzJywgJ2xpY2Vuc2VzJywgJ2Rpc3RmaWxlcycsICdwYWNrYWdlcycsICdmaWxlcyddKTtcblxuYXN5bmMgZnVuY3Rpb24gcmVhZFRleHQoZmlsZTogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmcgfCB1bmRlZmluZWQ+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgZnMucmVhZEZpbGUoZmlsZSwgJ3V0ZjgnKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGNvbnN0IGNvZGUgPSAoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGU7XG4gICAgaWYgKGNvZGUgPT09ICdFTk9FTlQnIHx8IGNvZGUgPT09ICdFTk9URElSJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB0aHJvdyBlO1xuICB9XG59XG5cbi8qKiBga2V5ID0gdmFsdWVgIGxpbmVzIG9mIG1ldGFkYXRhL2xheW91dC5jb25mIChjb21tZW50cyBhbmQgYmxhbmsgbGluZXMgaWdub3JlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VMYXlvdXRDb25mKHRleHQ6IHN0cmluZyk6IE1hcDxzdHJpbmcsIHN0cmluZz4ge1xuICBjb25zdCBvdXQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IGxpbmUgb2YgdGV4dC5zcGxpdCgvXFxyP1xcbi8pKSB7XG4gICAgY29uc3QgbSA9IC9eXFxzKihbQS1aYS16MC05Xy1dKylcXHMqPVxccyooLio/KVxccyokLy5leGVjKGxpbmUpO1xuICAgIGlmIChtICYmICFsaW5lLnRyaW1TdGFydCgpLnN0YXJ0c1dpdGgoJyMnKSkgb3V0LnNldChtWzFdLCBtWzJdLnJlcGxhY2UoL14oW1wiJ10pKC4qKVxcMSQvLCAnJDInKSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuaW50ZXJmYWNlIE92ZXJsYXlJbmZvIHtcbiAgbmFtZT86IHN0cmluZztcbiAgbWFzdGVyczogc3RyaW5nW107XG4gIGNhdGVnb3JpZXM/OiBTZXQ8c3RyaW5nPjtcbn1cblxuLyoqIFJlYWRzIHRoZSBuYW1lIGZpbGVzIG9mIGBkaXJgOyB1bmRlZmluZWQgd2hlbiBgZGlyYCBpcyBub3QgYW4gb3ZlcmxheS4gUHJvYmxlbXMgZ28gdG8gYHByb2JsZW1zYC4gKi9cbmFzeW5jIGZ1bmN0aW9uIHJlYWRPdmVybGF5SW5mbyhkaXI6IHN0cmluZywgcHJvYmxlbXM6IE92ZXJsYXlQcm9ibGVtW10pOiBQcm9taXNlPE92ZXJsYXlJbmZvIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHJlcG9OYW1lRmlsZSA9IHBhdGguam9pbihkaXIsICdwcm9maWxlcycsICdyZXBvX25hbWUnKTtcbiAgY29uc3QgbGF5b3V0RmlsZSA9IHBhdGguam9pbihkaXIsICdtZXRhZGF0YScsICdsYXlvdXQuY29uZicpO1xuICBsZXQgcmVwb05hbWU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGxheW91dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIHJlcG9OYW1lID0gYXdhaXQgcmVhZFRleHQocmVwb05hbWVGaWxlKTtcbiAgICBsYXlvdXQgPSBhd2FpdCByZWFkVGV4dChsYXlvdXRGaWxlKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGNvbnN0IHdoaWNoID0gcmVwb05hbWUgPT09IHVuZGVmaW5lZCA/IHJlcG9OYW1lRmlsZSA6IGxheW91dEZpbGU7XG4gICAgcHJvYmxlbXMucHVzaChuZXcgT3ZlcmxheVByb2JsZW0oYENhbm5vdCByZWFkICR7d2hpY2h9OiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfS5gLCAnTWFrZSB0aGUgZmlsZSByZWFkYWJsZSAoYW5kIGEgcmVndWxhciBmaWxlKSBzbyB0aGUgb3ZlcmxheSBuYW1lIGNhbiBiZSByZWFkLicsICd1bnJlYWRhYmxlLW92ZXJsYXktZmlsZScsIGRpcikpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgaWYgKHJlcG9OYW1lID09PSB1bmRlZmluZWQgJiYgbGF5b3V0ID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGNvbmYgPSBsYXlvdXQgIT09IHVuZGVmaW5lZCA/IHBhcnNlTGF5b3V0Q29uZihsYXlvdXQpIDogbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgY29uc3QgZnJvbUZpbGUgPSByZXBvTmFtZT8uc3BsaXQoL1xccj9cXG4vKVswXS50cmltKCkgfHwgdW5kZWZpbmVkO1xuICBjb25zdCBmcm9tTGF5b3V0ID0gY29uZi5nZXQoJ3JlcG8tbmFtZScpIHx8IHVuZGVmaW5lZDtcbiAgY29uc3QgbWFzdGVycyA9IChjb25mLmdldCgnbWFzdGVycycpID8/ICcnKS5zcGxpdCgvXFxzKy8pLmZpbHRlcihCb29sZWFuKTtcbiAgaWYgKGZyb21GaWxlICYmIGZyb21MYXlvdXQgJiYgZnJvbUZpbGUgIT09IGZyb21MYXlvdXQpIHtcbiAgICBwcm9ibGVtcy5wdXNoKG5ldyBPdmVybGF5UHJvYmxlbShcbiAgICAgIGBPdmVybGF5ICR7ZGlyfSBoYXMgdHdvIG5hbWVzOiBcIiR7ZnJvbUZpbGV9XCIgaW4gcHJvZmlsZXMvcmVwb19uYW1lIGFuZCBcIiR7ZnJvbUxheW91dH1cIiBpbiBtZXRhZGF0YS9sYXlvdXQuY29uZjsgXCIke2Zyb21MYXlvdXR9XCIgaXMgdXNlZCwgYXMgUG9ydGFnZSBkb2VzLmAsXG4gICAgICAnTWFrZSBwcm9maWxlcy9yZXBvX25hbWUgYW5kIHRoZSByZXBvLW5hbWUgbGluZSBvZiBtZXRhZGF0YS9sYXlvdXQuY29uZiBhZ3JlZS4nLCAnb3ZlcmxheS1uYW1lLWNvbmZsaWN0JywgZGlyKSk7XG4gIH1cbiAgY29uc3QgbmFtZSA9IGZyb21MYXlvdXQgPz8gZnJvbUZpbGU7XG4gIGlmICghbmFtZSkge1xuICAgIHByb2JsZW1zLnB1c2gobmV3IE92ZXJsYXlQcm9ibGVtKFxuICAgICAgYCR7ZGlyfSBsb29rcyBsaWtlIGFuIG92ZXJsYXkgKGl0IGhhcyAke3JlcG9OYW1lICE9PSB1bmRlZmluZWQgPyAnYW4gZW1wdHkgcHJvZmlsZXMvcmVwb19uYW1lJyA6ICdtZXRhZGF0YS9sYXlvdXQuY29uZid9KSBidXQgaGFzIG5vIHJlcG9zaXRvcnkgbmFtZS5gLFxuICAgICAgYEFkZCB0aGUgbmFtZSBhcyB0aGUgZmlyc3QgbGluZSBvZiAke3JlcG9OYW1lRmlsZX0sIG9yIFwicmVwby1uYW1lID0gPG5hbWU+XCIgdG8gJHtsYXlvdXRGaWxlfS5gLCAnb3ZlcmxheS13aXRob3V0LW5hbWUnLCBkaXIpKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGlmICghaXNWYWxpZFJlcG9OYW1lKG5hbWUpKSB7XG4gICAgcHJvYmxlbXMucHVzaChuZXcgT3ZlcmxheVByb2JsZW0oXG4gICAgICBgT3ZlcmxheSAke2Rpcn0gaGFzIGFuIGludmFsaWQgcmVwb3NpdG9yeSBuYW1lIFwiJHtuYW1lfVwiLmAsXG4gICAgICAnVXNlIGxldHRlcnMsIGRpZ2l0cywgXCJfXCIgYW5kIFwiLVwiIChub3QgZmlyc3QpLCBub3QgZW5kaW5nIGluIHNvbWV0aGluZyBsaWtlIGEgdmVyc2lvbi4nLCAnaW52YWxpZC1yZXBvLW5hbWUnLCBkaXIpKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGNvbnN0IGNhdHMgPSBhd2FpdCByZWFkVGV4dChwYXRoLmpvaW4oZGlyLCAncHJvZmlsZXMnLCAnY2F0ZWdvcmllcycpKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICBjb25zdCBjYXRlZ29yaWVzID0gY2F0cyA/IG5ldyBTZXQoY2F0cy5zcGxpdCgvXFxyP1xcbi8pLm1hcCgobCkgPT4gbC50cmltKCkpLmZpbHRlcihCb29sZWFuKSkgOiB1bmRlZmluZWQ7XG4gIHJldHVybiB7IG5hbWUsIG1hc3RlcnMsIGNhdGVnb3JpZXMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRpc2NvdmVyT3ZlcmxheXMod29ya3NwYWNlRm9sZGVyczogc3RyaW5nW10sIG9wdGlvbnM6IERpc2NvdmVyT3ZlcmxheXNPcHRpb25zID0ge30pOiBQcm9taXNlPE92ZXJsYXlEaXNjb3Zlcnk+IHtcbiAgY29uc3QgbWF4RGVwdGggPSBvcHRpb25zLm1heERlcHRoID8/IDU7XG4gIGNvbnN0IG92ZXJsYXlzOiBPdmVybGF5W10gPSBbXTtcbiAgY29uc3QgcHJvYmxlbXM6IE92ZXJsYXlQcm9ibGVtW10gPSBbXTtcbiAgY29uc3QgdmlzaXRlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBieU5hbWUgPSBuZXcgTWFwPHN0cmluZywgT3ZlcmxheT4oKTtcbiAgY29uc3Qgc2tpcHBlZCA9IG5ldyBTZXQod29ya3NwYWNlRm9sZGVycy5tYXAoKHcpID0+IHBhdGgucmVzb2x2ZSh3LCBvcHRpb25zLmFydGlmYWN0c0ZvbGRlciA/PyAnYXJ0aWZhY3RzJykpKTtcblxuICBhc3luYyBmdW5jdGlvbiB2aXNpdChkaXI6IHN0cmluZywgZGVwdGg6IG51bWJlciwgd29ya3NwYWNlRm9sZGVyOiBzdHJpbmcsIGluT3ZlcmxheTogT3ZlcmxheUluZm8gfCB1bmRlZmluZWQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBsZXQgcmVhbDogc3RyaW5nO1xuICAgIHRyeSB7XG4gICAgICByZWFsID0gYXdhaXQgZnMucmVhbHBhdGgoZGlyKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKG5ldyBPdmVybGF5UHJvYmxlbShgQ2Fubm90IHJlc29sdmUgJHtkaXJ9OiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfS5gLCAnRml4IG9yIHJlbW92ZSB0aGUgYnJva2VuIGxpbmsuJywgJ3VucmVhZGFibGUtZGlyZWN0b3J5JywgZGlyKSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmICh2aXNpdGVkLmhhcyhyZWFsKSB8fCBza2lwcGVkLmhhcyhyZWFsKSB8fCBza2lwcGVkLmhhcyhkaXIpKSByZXR1cm47XG4gICAgdmlzaXRlZC5hZGQocmVhbCk7XG4gICAgY29uc3QgaW5mbyA9IGF3YWl0IHJlYWRPdmVybGF5SW5mbyhkaXIsIHByb2JsZW1zKTtcbiAgICBpZiAoaW5mbz8ubmFtZSkge1xuICAgICAgY29uc3Qgb3ZlcmxheTogT3ZlcmxheSA9IHsgbmFtZTogaW5mby5uYW1lLCBwYXRoOiBkaXIsIHJlYWxQYXRoOiByZWFsLCBtYXN0ZXJzOiBpbmZvLm1hc3RlcnMsIHdvcmtzcGFjZUZvbGRlciB9O1xuICAgICAgY29uc3QgZmlyc3QgPSBieU5hbWUuZ2V0KGluZm8ubmFtZSk7XG4gICAgICBpZiAoZmlyc3QpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaChuZXcgT3ZlcmxheVByb2JsZW0oXG4gICAgICAgICAgYFR3byBvdmVybGF5cyBhcmUgbmFtZWQgXCIke2luZm8ubmFtZX1cIjogJHtmaXJzdC5wYXRofSBhbmQgJHtkaXJ9LmAsXG4gICAgICAgICAgYFJlbmFtZSBvbmUgb2YgdGhlbSAocHJvZmlsZXMvcmVwb19uYW1lIG9yIHJlcG8tbmFtZSBpbiBtZXRhZGF0YS9sYXlvdXQuY29uZiksIG9yIHJlbW92ZSBvbmUgZnJvbSB0aGUgd29ya3NwYWNlLmAsXG4gICAgICAgICAgJ2R1cGxpY2F0ZS1yZXBvLW5hbWUnLCBkaXIsIGZpcnN0LnBhdGgpKTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGJ5TmFtZS5zZXQoaW5mby5uYW1lLCBvdmVybGF5KTtcbiAgICAgICAgb3ZlcmxheXMucHVzaChvdmVybGF5KTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKGRlcHRoID49IG1heERlcHRoKSByZXR1cm47XG4gICAgbGV0IGVudHJpZXM6IERpcmVudFtdO1xuICAgIHRyeSB7XG4gICAgICBlbnRyaWVzID0gYXdhaXQgZnMucmVhZGRpcihkaXIsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKG5ldyBPdmVybGF5UHJvYmxlbShgQ2Fubm90IGxpc3QgJHtkaXJ9OiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfS5gLCAnTWFrZSB0aGUgZm9sZGVyIHJlYWRhYmxlLCBvciBleGNsdWRlIGl0IGZyb20gdGhlIHdvcmtzcGFjZS4nLCAndW5yZWFkYWJsZS1kaXJlY3RvcnknLCBkaXIpKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3Qgc2NvcGUgPSBpbmZvID8/IGluT3ZlcmxheTtcbiAgICBlbnRyaWVzLnNvcnQoKGEsIGIpID0+IChhLm5hbWUgPCBiLm5hbWUgPyAtMSA6IGEubmFtZSA+IGIubmFtZSA/IDEgOiAwKSk7XG4gICAgZm9yIChjb25zdCBlbnRyeSBvZiBlbnRyaWVzKSB7XG4gICAgICBpZiAoU0tJUFBFRF9OQU1FUy5oYXMoZW50cnkubmFtZSkpIGNvbnRpbnVlO1xuICAgICAgaWYgKHNjb3BlICYmIChPVkVSTEFZX1NLSVBQRUQuaGFzKGVudHJ5Lm5hbWUpIHx8IHNjb3BlLmNhdGVnb3JpZXM/LmhhcyhlbnRyeS5uYW1lKSkpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgY2hpbGQgPSBwYXRoLmpvaW4oZGlyLCBlbnRyeS5uYW1lKTtcbiAgICAgIGlmIChlbnRyeS5pc0RpcmVjdG9yeSgpKSBhd2FpdCB2aXNpdChjaGlsZCwgZGVwdGggKyAxLCB3b3Jrc3BhY2VGb2xkZXIsIHNjb3BlKTtcbiAgICAgIGVsc2UgaWYgKGVudHJ5LmlzU3ltYm9saWNMaW5rKCkpIHtcbiAgICAgICAgY29uc3Qgc3QgPSBhd2FpdCBmcy5zdGF0KGNoaWxkKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgICAgICBpZiAoc3Q/LmlzRGlyZWN0b3J5KCkpIGF3YWl0IHZpc2l0KGNoaWxkLCBkZXB0aCArIDEsIHdvcmtzcGFjZUZvbGRlciwgc2NvcGUpO1xuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGZvciAoY29uc3QgZm9sZGVyIG9mIHdvcmtzcGFjZUZvbGRlcnMpIGF3YWl0IHZpc2l0KHBhdGgucmVzb2x2ZShmb2xkZXIpLCAwLCBwYXRoLnJlc29sdmUoZm9sZGVyKSwgdW5kZWZpbmVkKTtcbiAgZm9yIChjb25zdCBleHRyYSBvZiBvcHRpb25zLmV4dHJhUGF0aHMgPz8gW10pIHtcbiAgICBjb25zdCBwID0gcGF0aC5yZXNvbHZlKGV4dHJhKTtcbiAgICBjb25zdCBvd25lciA9IHdvcmtzcGFjZUZvbGRlcnMubWFwKCh3KSA9PiBwYXRoLnJlc29sdmUodykpLmZpbmQoKHcpID0+ICFwYXRoLnJlbGF0aXZlKHcsIHApLnN0YXJ0c1dpdGgoJy4uJykpID8/IHA7XG4gICAgYXdhaXQgdmlzaXQocCwgMCwgb3duZXIsIHVuZGVmaW5lZCk7XG4gIH1cbiAgcmV0dXJuIHsgb3ZlcmxheXMsIHByb2JsZW1zIH07XG59XG5cbi8qKlxuICogTWFzdGVycyBvZiBgb3ZlcmxheWAgdGhhdCBhcmUgbmVpdGhlciBpbiBgb3ZlcmxheXNgIG5vciBgZ2VudG9vYCAodGhlIHRyZWUgdGhlIGJ1aWxkZXIgcHJvdmlkZXMpOlxuICogUG9ydGFnZSByZWZ1c2VzIHN1Y2ggYSByZXBvc2l0b3J5LCBzbyBjYWxsZXJzIGNhbiB3YXJuIGJlZm9yZSBhIGJ1aWxkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWlzc2luZ01hc3RlcnMob3ZlcmxheTogT3ZlcmxheSwgb3ZlcmxheXM6IE92ZXJsYXlbXSk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIG92ZXJsYXkubWFzdGVycy5maWx0ZXIoKG0pID0+IG0gIT09ICdnZW50b28nICYmICFvdmVybGF5cy5zb21lKChvKSA9PiBvLm5hbWUgPT09IG0pKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EscUJBQTRDO0FBQzVDLFdBQXNCO0FBQ3RCLGtCQUFnQztBQUVoQyx1QkFBMEI7QUFHbkIsTUFBTSx1QkFBdUIsMkJBQVU7QUFBQSxFQUM1QyxZQUFZLFNBQWlCLFFBQWdCLE1BQXVCQSxPQUF1QixXQUFvQjtBQUM3RyxVQUFNLFNBQVMsUUFBUSxJQUFJO0FBRHVDLGdCQUFBQTtBQUF1QjtBQUFBLEVBRTNGO0FBQUEsRUFGb0U7QUFBQSxFQUF1QjtBQUc3RjtBQWdCQSxNQUFNLGdCQUFnQixvQkFBSSxJQUFJLENBQUMsZ0JBQWdCLFFBQVEsT0FBTyxNQUFNLENBQUM7QUFFckUsTUFBTSxrQkFBa0Isb0JBQUksSUFBSSxDQUFDLFlBQVksWUFBWSxVQUFVLFlBQVksYUFBYSxZQUFZLE9BQU8sQ0FBQztBQUVoSCxlQUFlLFNBQVMsTUFBMkM7QUFDakUsTUFBSTtBQUNGLFdBQU8sTUFBTSxlQUFBQyxTQUFHLFNBQVMsTUFBTSxNQUFNO0FBQUEsRUFDdkMsU0FBUyxHQUFHO0FBQ1YsVUFBTSxPQUFRLEVBQTRCO0FBQzFDLFFBQUksU0FBUyxZQUFZLFNBQVMsVUFBVyxRQUFPO0FBQ3BELFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQixNQUFtQztBQUNqRSxRQUFNLE1BQU0sb0JBQUksSUFBb0I7QUFDcEMsYUFBVyxRQUFRLEtBQUssTUFBTSxPQUFPLEdBQUc7QUFDdEMsVUFBTSxJQUFJLHVDQUF1QyxLQUFLLElBQUk7QUFDMUQsUUFBSSxLQUFLLENBQUMsS0FBSyxVQUFVLEVBQUUsV0FBVyxHQUFHLEVBQUcsS0FBSSxJQUFJLEVBQUUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxFQUFFLFFBQVEsa0JBQWtCLElBQUksQ0FBQztBQUFBLEVBQ2hHO0FBQ0EsU0FBTztBQUNUO0FBU0EsZUFBZSxnQkFBZ0IsS0FBYSxVQUE4RDtBQUN4RyxRQUFNLGVBQWUsS0FBSyxLQUFLLEtBQUssWUFBWSxXQUFXO0FBQzNELFFBQU0sYUFBYSxLQUFLLEtBQUssS0FBSyxZQUFZLGFBQWE7QUFDM0QsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJO0FBQ0YsZUFBVyxNQUFNLFNBQVMsWUFBWTtBQUN0QyxhQUFTLE1BQU0sU0FBUyxVQUFVO0FBQUEsRUFDcEMsU0FBUyxHQUFHO0FBQ1YsVUFBTSxRQUFRLGFBQWEsU0FBWSxlQUFlO0FBQ3RELGFBQVMsS0FBSyxJQUFJLGVBQWUsZUFBZSxLQUFLLEtBQU0sRUFBWSxPQUFPLEtBQUssZ0ZBQWdGLDJCQUEyQixHQUFHLENBQUM7QUFDbE0sV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLGFBQWEsVUFBYSxXQUFXLE9BQVcsUUFBTztBQUMzRCxRQUFNLE9BQU8sV0FBVyxTQUFZLGdCQUFnQixNQUFNLElBQUksb0JBQUksSUFBb0I7QUFDdEYsUUFBTSxXQUFXLFVBQVUsTUFBTSxPQUFPLEVBQUUsQ0FBQyxFQUFFLEtBQUssS0FBSztBQUN2RCxRQUFNLGFBQWEsS0FBSyxJQUFJLFdBQVcsS0FBSztBQUM1QyxRQUFNLFdBQVcsS0FBSyxJQUFJLFNBQVMsS0FBSyxJQUFJLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTztBQUN2RSxNQUFJLFlBQVksY0FBYyxhQUFhLFlBQVk7QUFDckQsYUFBUyxLQUFLLElBQUk7QUFBQSxNQUNoQixXQUFXLEdBQUcsb0JBQW9CLFFBQVEsZ0NBQWdDLFVBQVUsK0JBQStCLFVBQVU7QUFBQSxNQUM3SDtBQUFBLE1BQWlGO0FBQUEsTUFBeUI7QUFBQSxJQUFHLENBQUM7QUFBQSxFQUNsSDtBQUNBLFFBQU0sT0FBTyxjQUFjO0FBQzNCLE1BQUksQ0FBQyxNQUFNO0FBQ1QsYUFBUyxLQUFLLElBQUk7QUFBQSxNQUNoQixHQUFHLEdBQUcsa0NBQWtDLGFBQWEsU0FBWSxnQ0FBZ0Msc0JBQXNCO0FBQUEsTUFDdkgscUNBQXFDLFlBQVksZ0NBQWdDLFVBQVU7QUFBQSxNQUFLO0FBQUEsTUFBd0I7QUFBQSxJQUFHLENBQUM7QUFDOUgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLEtBQUMsNkJBQWdCLElBQUksR0FBRztBQUMxQixhQUFTLEtBQUssSUFBSTtBQUFBLE1BQ2hCLFdBQVcsR0FBRyxvQ0FBb0MsSUFBSTtBQUFBLE1BQ3REO0FBQUEsTUFBeUY7QUFBQSxNQUFxQjtBQUFBLElBQUcsQ0FBQztBQUNwSCxXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxLQUFLLEtBQUssWUFBWSxZQUFZLENBQUMsRUFBRSxNQUFNLE1BQU0sTUFBUztBQUMzRixRQUFNLGFBQWEsT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUFFLE9BQU8sT0FBTyxDQUFDLElBQUk7QUFDOUYsU0FBTyxFQUFFLE1BQU0sU0FBUyxXQUFXO0FBQ3JDO0FBRUEsZUFBc0IsaUJBQWlCLGtCQUE0QixVQUFtQyxDQUFDLEdBQThCO0FBQ25JLFFBQU0sV0FBVyxRQUFRLFlBQVk7QUFDckMsUUFBTSxXQUFzQixDQUFDO0FBQzdCLFFBQU0sV0FBNkIsQ0FBQztBQUNwQyxRQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQyxRQUFNLFNBQVMsb0JBQUksSUFBcUI7QUFDeEMsUUFBTSxVQUFVLElBQUksSUFBSSxpQkFBaUIsSUFBSSxDQUFDLE1BQU0sS0FBSyxRQUFRLEdBQUcsUUFBUSxtQkFBbUIsV0FBVyxDQUFDLENBQUM7QUFFNUcsaUJBQWUsTUFBTSxLQUFhLE9BQWUsaUJBQXlCLFdBQW1EO0FBQzNILFFBQUk7QUFDSixRQUFJO0FBQ0YsYUFBTyxNQUFNLGVBQUFBLFNBQUcsU0FBUyxHQUFHO0FBQUEsSUFDOUIsU0FBUyxHQUFHO0FBQ1YsZUFBUyxLQUFLLElBQUksZUFBZSxrQkFBa0IsR0FBRyxLQUFNLEVBQVksT0FBTyxLQUFLLGtDQUFrQyx3QkFBd0IsR0FBRyxDQUFDO0FBQ2xKO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxJQUFJLElBQUksS0FBSyxRQUFRLElBQUksSUFBSSxLQUFLLFFBQVEsSUFBSSxHQUFHLEVBQUc7QUFDaEUsWUFBUSxJQUFJLElBQUk7QUFDaEIsVUFBTSxPQUFPLE1BQU0sZ0JBQWdCLEtBQUssUUFBUTtBQUNoRCxRQUFJLE1BQU0sTUFBTTtBQUNkLFlBQU0sVUFBbUIsRUFBRSxNQUFNLEtBQUssTUFBTSxNQUFNLEtBQUssVUFBVSxNQUFNLFNBQVMsS0FBSyxTQUFTLGdCQUFnQjtBQUM5RyxZQUFNLFFBQVEsT0FBTyxJQUFJLEtBQUssSUFBSTtBQUNsQyxVQUFJLE9BQU87QUFDVCxpQkFBUyxLQUFLLElBQUk7QUFBQSxVQUNoQiwyQkFBMkIsS0FBSyxJQUFJLE1BQU0sTUFBTSxJQUFJLFFBQVEsR0FBRztBQUFBLFVBQy9EO0FBQUEsVUFDQTtBQUFBLFVBQXVCO0FBQUEsVUFBSyxNQUFNO0FBQUEsUUFBSSxDQUFDO0FBQUEsTUFDM0MsT0FBTztBQUNMLGVBQU8sSUFBSSxLQUFLLE1BQU0sT0FBTztBQUM3QixpQkFBUyxLQUFLLE9BQU87QUFBQSxNQUN2QjtBQUFBLElBQ0Y7QUFDQSxRQUFJLFNBQVMsU0FBVTtBQUN2QixRQUFJO0FBQ0osUUFBSTtBQUNGLGdCQUFVLE1BQU0sZUFBQUEsU0FBRyxRQUFRLEtBQUssRUFBRSxlQUFlLEtBQUssQ0FBQztBQUFBLElBQ3pELFNBQVMsR0FBRztBQUNWLGVBQVMsS0FBSyxJQUFJLGVBQWUsZUFBZSxHQUFHLEtBQU0sRUFBWSxPQUFPLEtBQUssK0RBQStELHdCQUF3QixHQUFHLENBQUM7QUFDNUs7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLFFBQVE7QUFDdEIsWUFBUSxLQUFLLENBQUMsR0FBRyxNQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sRUFBRSxPQUFPLElBQUksQ0FBRTtBQUN2RSxlQUFXLFNBQVMsU0FBUztBQUMzQixVQUFJLGNBQWMsSUFBSSxNQUFNLElBQUksRUFBRztBQUNuQyxVQUFJLFVBQVUsZ0JBQWdCLElBQUksTUFBTSxJQUFJLEtBQUssTUFBTSxZQUFZLElBQUksTUFBTSxJQUFJLEdBQUk7QUFDckYsWUFBTSxRQUFRLEtBQUssS0FBSyxLQUFLLE1BQU0sSUFBSTtBQUN2QyxVQUFJLE1BQU0sWUFBWSxFQUFHLE9BQU0sTUFBTSxPQUFPLFFBQVEsR0FBRyxpQkFBaUIsS0FBSztBQUFBLGVBQ3BFLE1BQU0sZUFBZSxHQUFHO0FBQy9CLGNBQU0sS0FBSyxNQUFNLGVBQUFBLFNBQUcsS0FBSyxLQUFLLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDckQsWUFBSSxJQUFJLFlBQVksRUFBRyxPQUFNLE1BQU0sT0FBTyxRQUFRLEdBQUcsaUJBQWlCLEtBQUs7QUFBQSxNQUM3RTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsYUFBVyxVQUFVLGlCQUFrQixPQUFNLE1BQU0sS0FBSyxRQUFRLE1BQU0sR0FBRyxHQUFHLEtBQUssUUFBUSxNQUFNLEdBQUcsTUFBUztBQUMzRyxhQUFXLFNBQVMsUUFBUSxjQUFjLENBQUMsR0FBRztBQUM1QyxVQUFNLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDNUIsVUFBTSxRQUFRLGlCQUFpQixJQUFJLENBQUMsTUFBTSxLQUFLLFFBQVEsQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDLEVBQUUsV0FBVyxJQUFJLENBQUMsS0FBSztBQUNqSCxVQUFNLE1BQU0sR0FBRyxHQUFHLE9BQU8sTUFBUztBQUFBLEVBQ3BDO0FBQ0EsU0FBTyxFQUFFLFVBQVUsU0FBUztBQUM5QjtBQU1PLFNBQVMsZUFBZSxTQUFrQixVQUErQjtBQUM5RSxTQUFPLFFBQVEsUUFBUSxPQUFPLENBQUMsTUFBTSxNQUFNLFlBQVksQ0FBQyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDNUY7IiwKICAibmFtZXMiOiBbInBhdGgiLCAiZnMiXQp9Cg==
