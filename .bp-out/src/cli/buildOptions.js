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
var buildOptions_exports = {};
__export(buildOptions_exports, {
  buildConfigFor: () => buildConfigFor,
  parseEnvFlag: () => parseEnvFlag,
  workspaceFolderFor: () => workspaceFolderFor
});
module.exports = __toCommonJS(buildOptions_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_validate = require("../core/profiles/validate");
var import_userError = require("../core/userError");
var import_workspaceSettings = require("../core/workspaceSettings");
function parseEnvFlag(s) {
  const eq = s.indexOf("=");
  if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s.slice(0, eq))) {
    throw new import_userError.UserError(`--env "${s}" is not of the form NAME=VALUE.`, "Write it as --env BUILDER_JOBS=4 (one --env per variable).", "bad-flag");
  }
  return [s.slice(0, eq), s.slice(eq + 1)];
}
function isOverlayRoot(dir) {
  return (0, import_node_fs.existsSync)(path.join(dir, "profiles", "repo_name")) || (0, import_node_fs.existsSync)(path.join(dir, "metadata", "layout.conf"));
}
function workspaceFolderFor(ebuildPath, cwd, flag) {
  if (flag) return path.resolve(cwd, flag);
  const file = path.resolve(cwd, ebuildPath);
  let overlay;
  for (let dir2 = path.dirname(file); dir2 !== path.dirname(dir2); dir2 = path.dirname(dir2)) {
    if (isOverlayRoot(dir2)) {
      overlay = dir2;
      break;
    }
  }
  if (!overlay) return path.dirname(file);
  let dir = overlay;
  for (let i = 0; i < 4 && dir !== path.dirname(dir); i++, dir = path.dirname(dir)) {
    if ([".vscode", ".portage", ".git"].some((m) => (0, import_node_fs.existsSync)(path.join(dir, m)))) return dir;
  }
  return overlay;
}
async function buildConfigFor(workspaceFolder, flags, env) {
  const raw = await (0, import_workspaceSettings.readWorkspaceSettings)(workspaceFolder);
  const { config, problems } = (0, import_validate.validateBuildConfig)(raw);
  if (problems.length) throw problems[0];
  if (flags.profile) config.profile = flags.profile;
  if (flags.image) config.images = { ...config.images, [config.profile]: flags.image };
  if (flags.artifacts) config.artifactsFolder = path.resolve(flags.artifacts);
  if (flags.engine) config.engine = flags.engine;
  if (flags.context) config.engine = flags.context;
  if (flags.network) config.network = flags.network;
  if (flags.keep) config.keepContainerOnFailure = true;
  if (flags.tty !== void 0) config.tty = flags.tty;
  if (flags.noCache) config.caches = { distfiles: false, binpkgs: false, ccache: false };
  if (flags.emergeArg.length) config.emergeArgs = [...config.emergeArgs, ...flags.emergeArg];
  for (const e of flags.env) {
    const [k, v] = parseEnvFlag(e);
    config.env = { ...config.env, [k]: v };
  }
  for (const [k, v] of Object.entries(env)) {
    const m = /^EBUILD_BUILDER_IMAGE_([A-Z0-9_]+)$/.exec(k);
    if (m && v && !(flags.image && m[1].toLowerCase() === config.profile)) config.images = { ...config.images, [m[1].toLowerCase()]: v };
  }
  if (env.EBUILD_BUILDER_GENTOO_TREE) config.gentooTree = env.EBUILD_BUILDER_GENTOO_TREE;
  if (env.EBUILD_BUILDER_NETWORK && !flags.network) config.network = env.EBUILD_BUILDER_NETWORK;
  return config;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildConfigFor,
  parseEnvFlag,
  workspaceFolderFor
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9idWlsZE9wdGlvbnMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBUdXJucyBgYnVpbGRgJ3MgZmxhZ3MsIHRoZSB3b3Jrc3BhY2UncyBgLnZzY29kZS9zZXR0aW5ncy5qc29uYCBhbmQgdGhlIGRlZmF1bHRzIGludG8gb25lIEJ1aWxkQ29uZmlnLiAqL1xuaW1wb3J0IHsgZXhpc3RzU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZENvbmZpZyB9IGZyb20gJy4uL2NvcmUvYnVpbGRDb25maWcnO1xuaW1wb3J0IHsgdmFsaWRhdGVCdWlsZENvbmZpZyB9IGZyb20gJy4uL2NvcmUvcHJvZmlsZXMvdmFsaWRhdGUnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgcmVhZFdvcmtzcGFjZVNldHRpbmdzIH0gZnJvbSAnLi4vY29yZS93b3Jrc3BhY2VTZXR0aW5ncyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnVpbGRGbGFncyB7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG4gIGltYWdlPzogc3RyaW5nO1xuICBhcnRpZmFjdHM/OiBzdHJpbmc7XG4gIGVudjogc3RyaW5nW107XG4gIGVuZ2luZT86IHN0cmluZztcbiAgY29udGV4dD86IHN0cmluZztcbiAgd29ya3NwYWNlPzogc3RyaW5nO1xuICBuZXR3b3JrPzogc3RyaW5nO1xuICBlbWVyZ2VBcmc6IHN0cmluZ1tdO1xuICBrZWVwPzogYm9vbGVhbjtcbiAgdHR5PzogYm9vbGVhbjtcbiAgbm9DYWNoZT86IGJvb2xlYW47XG59XG5cbi8qKiBgLS1lbnYgSz1WYCBcdTIxOTIgW0ssIFZdOyBhIGNsZWFyIG1lc3NhZ2UgZm9yIGFueXRoaW5nIGVsc2UuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VFbnZGbGFnKHM6IHN0cmluZyk6IFtzdHJpbmcsIHN0cmluZ10ge1xuICBjb25zdCBlcSA9IHMuaW5kZXhPZignPScpO1xuICBpZiAoZXEgPD0gMCB8fCAhL15bQS1aYS16X11bQS1aYS16MC05X10qJC8udGVzdChzLnNsaWNlKDAsIGVxKSkpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGAtLWVudiBcIiR7c31cIiBpcyBub3Qgb2YgdGhlIGZvcm0gTkFNRT1WQUxVRS5gLCAnV3JpdGUgaXQgYXMgLS1lbnYgQlVJTERFUl9KT0JTPTQgKG9uZSAtLWVudiBwZXIgdmFyaWFibGUpLicsICdiYWQtZmxhZycpO1xuICB9XG4gIHJldHVybiBbcy5zbGljZSgwLCBlcSksIHMuc2xpY2UoZXEgKyAxKV07XG59XG5cbmZ1bmN0aW9uIGlzT3ZlcmxheVJvb3QoZGlyOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGV4aXN0c1N5bmMocGF0aC5qb2luKGRpciwgJ3Byb2ZpbGVzJywgJ3JlcG9fbmFtZScpKSB8fCBleGlzdHNTeW5jKHBhdGguam9pbihkaXIsICdtZXRhZGF0YScsICdsYXlvdXQuY29uZicpKTtcbn1cblxuLyoqXG4gKiBUaGUgd29ya3NwYWNlIGZvbGRlciBvZiBhIGhlYWRsZXNzIGJ1aWxkOiAtLXdvcmtzcGFjZTsgZWxzZSwgd2Fsa2luZyB1cCBmcm9tIHRoZSBvdmVybGF5IHRoYXQgaG9sZHMgdGhlXG4gKiBlYnVpbGQsIHRoZSBmaXJzdCBmb2xkZXIgdGhhdCBsb29rcyBsaWtlIGEgd29ya3NwYWNlIChgLnZzY29kZS9gLCBgLnBvcnRhZ2UvYCBvciBgLmdpdGApLCB3aXRoaW4gdGhyZWVcbiAqIGxldmVsczsgZWxzZSB0aGUgb3ZlcmxheSBpdHNlbGYuIE5ldmVyIHRoZSBjdXJyZW50IGZvbGRlciBhcyBzdWNoOiBgL2Agb3IgYSBob21lIGZvbGRlciB3b3VsZCBiZSBzZWFyY2hlZCB3aG9sZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcmtzcGFjZUZvbGRlckZvcihlYnVpbGRQYXRoOiBzdHJpbmcsIGN3ZDogc3RyaW5nLCBmbGFnPzogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKGZsYWcpIHJldHVybiBwYXRoLnJlc29sdmUoY3dkLCBmbGFnKTtcbiAgY29uc3QgZmlsZSA9IHBhdGgucmVzb2x2ZShjd2QsIGVidWlsZFBhdGgpO1xuICBsZXQgb3ZlcmxheTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBmb3IgKGxldCBkaXIgPSBwYXRoLmRpcm5hbWUoZmlsZSk7IGRpciAhPT0gcGF0aC5kaXJuYW1lKGRpcik7IGRpciA9IHBhdGguZGlybmFtZShkaXIpKSB7XG4gICAgaWYgKGlzT3ZlcmxheVJvb3QoZGlyKSkge1xuICAgICAgb3ZlcmxheSA9IGRpcjtcbiAgICAgIGJyZWFrO1xuICAgIH1cbiAgfVxuICBpZiAoIW92ZXJsYXkpIHJldHVybiBwYXRoLmRpcm5hbWUoZmlsZSk7XG4gIGxldCBkaXIgPSBvdmVybGF5O1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDQgJiYgZGlyICE9PSBwYXRoLmRpcm5hbWUoZGlyKTsgaSsrLCBkaXIgPSBwYXRoLmRpcm5hbWUoZGlyKSkge1xuICAgIGlmIChbJy52c2NvZGUnLCAnLnBvcnRhZ2UnLCAnLmdpdCddLnNvbWUoKG0pID0+IGV4aXN0c1N5bmMocGF0aC5qb2luKGRpciwgbSkpKSkgcmV0dXJuIGRpcjtcbiAgfVxuICByZXR1cm4gb3ZlcmxheTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGJ1aWxkQ29uZmlnRm9yKHdvcmtzcGFjZUZvbGRlcjogc3RyaW5nLCBmbGFnczogQnVpbGRGbGFncywgZW52OiBOb2RlSlMuUHJvY2Vzc0Vudik6IFByb21pc2U8QnVpbGRDb25maWc+IHtcbiAgY29uc3QgcmF3ID0gYXdhaXQgcmVhZFdvcmtzcGFjZVNldHRpbmdzKHdvcmtzcGFjZUZvbGRlcik7XG4gIGNvbnN0IHsgY29uZmlnLCBwcm9ibGVtcyB9ID0gdmFsaWRhdGVCdWlsZENvbmZpZyhyYXcpO1xuICBpZiAocHJvYmxlbXMubGVuZ3RoKSB0aHJvdyBwcm9ibGVtc1swXTtcbiAgaWYgKGZsYWdzLnByb2ZpbGUpIGNvbmZpZy5wcm9maWxlID0gZmxhZ3MucHJvZmlsZTtcbiAgaWYgKGZsYWdzLmltYWdlKSBjb25maWcuaW1hZ2VzID0geyAuLi5jb25maWcuaW1hZ2VzLCBbY29uZmlnLnByb2ZpbGVdOiBmbGFncy5pbWFnZSB9O1xuICBpZiAoZmxhZ3MuYXJ0aWZhY3RzKSBjb25maWcuYXJ0aWZhY3RzRm9sZGVyID0gcGF0aC5yZXNvbHZlKGZsYWdzLmFydGlmYWN0cyk7XG4gIGlmIChmbGFncy5lbmdpbmUpIGNvbmZpZy5lbmdpbmUgPSBmbGFncy5lbmdpbmU7XG4gIGlmIChmbGFncy5jb250ZXh0KSBjb25maWcuZW5naW5lID0gZmxhZ3MuY29udGV4dDtcbiAgaWYgKGZsYWdzLm5ldHdvcmspIGNvbmZpZy5uZXR3b3JrID0gZmxhZ3MubmV0d29yaztcbiAgaWYgKGZsYWdzLmtlZXApIGNvbmZpZy5rZWVwQ29udGFpbmVyT25GYWlsdXJlID0gdHJ1ZTtcbiAgaWYgKGZsYWdzLnR0eSAhPT0gdW5kZWZpbmVkKSBjb25maWcudHR5ID0gZmxhZ3MudHR5O1xuICBpZiAoZmxhZ3Mubm9DYWNoZSkgY29uZmlnLmNhY2hlcyA9IHsgZGlzdGZpbGVzOiBmYWxzZSwgYmlucGtnczogZmFsc2UsIGNjYWNoZTogZmFsc2UgfTtcbiAgaWYgKGZsYWdzLmVtZXJnZUFyZy5sZW5ndGgpIGNvbmZpZy5lbWVyZ2VBcmdzID0gWy4uLmNvbmZpZy5lbWVyZ2VBcmdzLCAuLi5mbGFncy5lbWVyZ2VBcmddO1xuICBmb3IgKGNvbnN0IGUgb2YgZmxhZ3MuZW52KSB7XG4gICAgY29uc3QgW2ssIHZdID0gcGFyc2VFbnZGbGFnKGUpO1xuICAgIGNvbmZpZy5lbnYgPSB7IC4uLmNvbmZpZy5lbnYsIFtrXTogdiB9O1xuICB9XG4gIC8vIEVCVUlMRF9CVUlMREVSX0lNQUdFXzxQUk9GSUxFPiBsZXRzIHNjcmlwdHMgYW5kIENJIHBvaW50IGEgcHJvZmlsZSBhdCBhbm90aGVyIGltYWdlIHdpdGhvdXQgYSBzZXR0aW5ncyBmaWxlLlxuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyhlbnYpKSB7XG4gICAgY29uc3QgbSA9IC9eRUJVSUxEX0JVSUxERVJfSU1BR0VfKFtBLVowLTlfXSspJC8uZXhlYyhrKTtcbiAgICBpZiAobSAmJiB2ICYmICEoZmxhZ3MuaW1hZ2UgJiYgbVsxXS50b0xvd2VyQ2FzZSgpID09PSBjb25maWcucHJvZmlsZSkpIGNvbmZpZy5pbWFnZXMgPSB7IC4uLmNvbmZpZy5pbWFnZXMsIFttWzFdLnRvTG93ZXJDYXNlKCldOiB2IH07XG4gIH1cbiAgaWYgKGVudi5FQlVJTERfQlVJTERFUl9HRU5UT09fVFJFRSkgY29uZmlnLmdlbnRvb1RyZWUgPSBlbnYuRUJVSUxEX0JVSUxERVJfR0VOVE9PX1RSRUU7XG4gIGlmIChlbnYuRUJVSUxEX0JVSUxERVJfTkVUV09SSyAmJiAhZmxhZ3MubmV0d29yaykgY29uZmlnLm5ldHdvcmsgPSBlbnYuRUJVSUxEX0JVSUxERVJfTkVUV09SSztcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHFCQUEyQjtBQUMzQixXQUFzQjtBQUV0QixzQkFBb0M7QUFDcEMsdUJBQTBCO0FBQzFCLCtCQUFzQztBQWtCL0IsU0FBUyxhQUFhLEdBQTZCO0FBQ3hELFFBQU0sS0FBSyxFQUFFLFFBQVEsR0FBRztBQUN4QixNQUFJLE1BQU0sS0FBSyxDQUFDLDJCQUEyQixLQUFLLEVBQUUsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sSUFBSSwyQkFBVSxVQUFVLENBQUMsb0NBQW9DLDhEQUE4RCxVQUFVO0FBQUEsRUFDN0k7QUFDQSxTQUFPLENBQUMsRUFBRSxNQUFNLEdBQUcsRUFBRSxHQUFHLEVBQUUsTUFBTSxLQUFLLENBQUMsQ0FBQztBQUN6QztBQUVBLFNBQVMsY0FBYyxLQUFzQjtBQUMzQyxhQUFPLDJCQUFXLEtBQUssS0FBSyxLQUFLLFlBQVksV0FBVyxDQUFDLFNBQUssMkJBQVcsS0FBSyxLQUFLLEtBQUssWUFBWSxhQUFhLENBQUM7QUFDcEg7QUFPTyxTQUFTLG1CQUFtQixZQUFvQixLQUFhLE1BQXVCO0FBQ3pGLE1BQUksS0FBTSxRQUFPLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDdkMsUUFBTSxPQUFPLEtBQUssUUFBUSxLQUFLLFVBQVU7QUFDekMsTUFBSTtBQUNKLFdBQVNBLE9BQU0sS0FBSyxRQUFRLElBQUksR0FBR0EsU0FBUSxLQUFLLFFBQVFBLElBQUcsR0FBR0EsT0FBTSxLQUFLLFFBQVFBLElBQUcsR0FBRztBQUNyRixRQUFJLGNBQWNBLElBQUcsR0FBRztBQUN0QixnQkFBVUE7QUFDVjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxDQUFDLFFBQVMsUUFBTyxLQUFLLFFBQVEsSUFBSTtBQUN0QyxNQUFJLE1BQU07QUFDVixXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLLFFBQVEsR0FBRyxHQUFHLEtBQUssTUFBTSxLQUFLLFFBQVEsR0FBRyxHQUFHO0FBQ2hGLFFBQUksQ0FBQyxXQUFXLFlBQVksTUFBTSxFQUFFLEtBQUssQ0FBQyxVQUFNLDJCQUFXLEtBQUssS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUFBLEVBQ3pGO0FBQ0EsU0FBTztBQUNUO0FBRUEsZUFBc0IsZUFBZSxpQkFBeUIsT0FBbUIsS0FBOEM7QUFDN0gsUUFBTSxNQUFNLFVBQU0sZ0RBQXNCLGVBQWU7QUFDdkQsUUFBTSxFQUFFLFFBQVEsU0FBUyxRQUFJLHFDQUFvQixHQUFHO0FBQ3BELE1BQUksU0FBUyxPQUFRLE9BQU0sU0FBUyxDQUFDO0FBQ3JDLE1BQUksTUFBTSxRQUFTLFFBQU8sVUFBVSxNQUFNO0FBQzFDLE1BQUksTUFBTSxNQUFPLFFBQU8sU0FBUyxFQUFFLEdBQUcsT0FBTyxRQUFRLENBQUMsT0FBTyxPQUFPLEdBQUcsTUFBTSxNQUFNO0FBQ25GLE1BQUksTUFBTSxVQUFXLFFBQU8sa0JBQWtCLEtBQUssUUFBUSxNQUFNLFNBQVM7QUFDMUUsTUFBSSxNQUFNLE9BQVEsUUFBTyxTQUFTLE1BQU07QUFDeEMsTUFBSSxNQUFNLFFBQVMsUUFBTyxTQUFTLE1BQU07QUFDekMsTUFBSSxNQUFNLFFBQVMsUUFBTyxVQUFVLE1BQU07QUFDMUMsTUFBSSxNQUFNLEtBQU0sUUFBTyx5QkFBeUI7QUFDaEQsTUFBSSxNQUFNLFFBQVEsT0FBVyxRQUFPLE1BQU0sTUFBTTtBQUNoRCxNQUFJLE1BQU0sUUFBUyxRQUFPLFNBQVMsRUFBRSxXQUFXLE9BQU8sU0FBUyxPQUFPLFFBQVEsTUFBTTtBQUNyRixNQUFJLE1BQU0sVUFBVSxPQUFRLFFBQU8sYUFBYSxDQUFDLEdBQUcsT0FBTyxZQUFZLEdBQUcsTUFBTSxTQUFTO0FBQ3pGLGFBQVcsS0FBSyxNQUFNLEtBQUs7QUFDekIsVUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLGFBQWEsQ0FBQztBQUM3QixXQUFPLE1BQU0sRUFBRSxHQUFHLE9BQU8sS0FBSyxDQUFDLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDdkM7QUFFQSxhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssT0FBTyxRQUFRLEdBQUcsR0FBRztBQUN4QyxVQUFNLElBQUksc0NBQXNDLEtBQUssQ0FBQztBQUN0RCxRQUFJLEtBQUssS0FBSyxFQUFFLE1BQU0sU0FBUyxFQUFFLENBQUMsRUFBRSxZQUFZLE1BQU0sT0FBTyxTQUFVLFFBQU8sU0FBUyxFQUFFLEdBQUcsT0FBTyxRQUFRLENBQUMsRUFBRSxDQUFDLEVBQUUsWUFBWSxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3JJO0FBQ0EsTUFBSSxJQUFJLDJCQUE0QixRQUFPLGFBQWEsSUFBSTtBQUM1RCxNQUFJLElBQUksMEJBQTBCLENBQUMsTUFBTSxRQUFTLFFBQU8sVUFBVSxJQUFJO0FBQ3ZFLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFsiZGlyIl0KfQo=
