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
  const rel = path.relative(cwd, file);
  if (!rel.startsWith("..") && !path.isAbsolute(rel)) return cwd;
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (isOverlayRoot(dir)) return dir;
  }
  return path.dirname(file);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9idWlsZE9wdGlvbnMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBUdXJucyBgYnVpbGRgJ3MgZmxhZ3MsIHRoZSB3b3Jrc3BhY2UncyBgLnZzY29kZS9zZXR0aW5ncy5qc29uYCBhbmQgdGhlIGRlZmF1bHRzIGludG8gb25lIEJ1aWxkQ29uZmlnLiAqL1xuaW1wb3J0IHsgZXhpc3RzU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZENvbmZpZyB9IGZyb20gJy4uL2NvcmUvYnVpbGRDb25maWcnO1xuaW1wb3J0IHsgdmFsaWRhdGVCdWlsZENvbmZpZyB9IGZyb20gJy4uL2NvcmUvcHJvZmlsZXMvdmFsaWRhdGUnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgcmVhZFdvcmtzcGFjZVNldHRpbmdzIH0gZnJvbSAnLi4vY29yZS93b3Jrc3BhY2VTZXR0aW5ncyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnVpbGRGbGFncyB7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG4gIGltYWdlPzogc3RyaW5nO1xuICBhcnRpZmFjdHM/OiBzdHJpbmc7XG4gIGVudjogc3RyaW5nW107XG4gIGVuZ2luZT86IHN0cmluZztcbiAgY29udGV4dD86IHN0cmluZztcbiAgd29ya3NwYWNlPzogc3RyaW5nO1xuICBuZXR3b3JrPzogc3RyaW5nO1xuICBlbWVyZ2VBcmc6IHN0cmluZ1tdO1xuICBrZWVwPzogYm9vbGVhbjtcbiAgdHR5PzogYm9vbGVhbjtcbiAgbm9DYWNoZT86IGJvb2xlYW47XG59XG5cbi8qKiBgLS1lbnYgSz1WYCBcdTIxOTIgW0ssIFZdOyBhIGNsZWFyIG1lc3NhZ2UgZm9yIGFueXRoaW5nIGVsc2UuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VFbnZGbGFnKHM6IHN0cmluZyk6IFtzdHJpbmcsIHN0cmluZ10ge1xuICBjb25zdCBlcSA9IHMuaW5kZXhPZignPScpO1xuICBpZiAoZXEgPD0gMCB8fCAhL15bQS1aYS16X11bQS1aYS16MC05X10qJC8udGVzdChzLnNsaWNlKDAsIGVxKSkpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGAtLWVudiBcIiR7c31cIiBpcyBub3Qgb2YgdGhlIGZvcm0gTkFNRT1WQUxVRS5gLCAnV3JpdGUgaXQgYXMgLS1lbnYgQlVJTERFUl9KT0JTPTQgKG9uZSAtLWVudiBwZXIgdmFyaWFibGUpLicsICdiYWQtZmxhZycpO1xuICB9XG4gIHJldHVybiBbcy5zbGljZSgwLCBlcSksIHMuc2xpY2UoZXEgKyAxKV07XG59XG5cbmZ1bmN0aW9uIGlzT3ZlcmxheVJvb3QoZGlyOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGV4aXN0c1N5bmMocGF0aC5qb2luKGRpciwgJ3Byb2ZpbGVzJywgJ3JlcG9fbmFtZScpKSB8fCBleGlzdHNTeW5jKHBhdGguam9pbihkaXIsICdtZXRhZGF0YScsICdsYXlvdXQuY29uZicpKTtcbn1cblxuLyoqXG4gKiBUaGUgd29ya3NwYWNlIGZvbGRlciBvZiBhIGhlYWRsZXNzIGJ1aWxkOiAtLXdvcmtzcGFjZSwgZWxzZSB0aGUgY3VycmVudCBmb2xkZXIgd2hlbiBpdCBob2xkcyB0aGUgZWJ1aWxkLFxuICogZWxzZSB0aGUgb3ZlcmxheSB0aGF0IGhvbGRzIGl0IChmb3VuZCBieSB3YWxraW5nIHVwKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcmtzcGFjZUZvbGRlckZvcihlYnVpbGRQYXRoOiBzdHJpbmcsIGN3ZDogc3RyaW5nLCBmbGFnPzogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKGZsYWcpIHJldHVybiBwYXRoLnJlc29sdmUoY3dkLCBmbGFnKTtcbiAgY29uc3QgZmlsZSA9IHBhdGgucmVzb2x2ZShjd2QsIGVidWlsZFBhdGgpO1xuICBjb25zdCByZWwgPSBwYXRoLnJlbGF0aXZlKGN3ZCwgZmlsZSk7XG4gIGlmICghcmVsLnN0YXJ0c1dpdGgoJy4uJykgJiYgIXBhdGguaXNBYnNvbHV0ZShyZWwpKSByZXR1cm4gY3dkO1xuICBmb3IgKGxldCBkaXIgPSBwYXRoLmRpcm5hbWUoZmlsZSk7IGRpciAhPT0gcGF0aC5kaXJuYW1lKGRpcik7IGRpciA9IHBhdGguZGlybmFtZShkaXIpKSB7XG4gICAgaWYgKGlzT3ZlcmxheVJvb3QoZGlyKSkgcmV0dXJuIGRpcjtcbiAgfVxuICByZXR1cm4gcGF0aC5kaXJuYW1lKGZpbGUpO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYnVpbGRDb25maWdGb3Iod29ya3NwYWNlRm9sZGVyOiBzdHJpbmcsIGZsYWdzOiBCdWlsZEZsYWdzLCBlbnY6IE5vZGVKUy5Qcm9jZXNzRW52KTogUHJvbWlzZTxCdWlsZENvbmZpZz4ge1xuICBjb25zdCByYXcgPSBhd2FpdCByZWFkV29ya3NwYWNlU2V0dGluZ3Mod29ya3NwYWNlRm9sZGVyKTtcbiAgY29uc3QgeyBjb25maWcsIHByb2JsZW1zIH0gPSB2YWxpZGF0ZUJ1aWxkQ29uZmlnKHJhdyk7XG4gIGlmIChwcm9ibGVtcy5sZW5ndGgpIHRocm93IHByb2JsZW1zWzBdO1xuICBpZiAoZmxhZ3MucHJvZmlsZSkgY29uZmlnLnByb2ZpbGUgPSBmbGFncy5wcm9maWxlO1xuICBpZiAoZmxhZ3MuaW1hZ2UpIGNvbmZpZy5pbWFnZXMgPSB7IC4uLmNvbmZpZy5pbWFnZXMsIFtjb25maWcucHJvZmlsZV06IGZsYWdzLmltYWdlIH07XG4gIGlmIChmbGFncy5hcnRpZmFjdHMpIGNvbmZpZy5hcnRpZmFjdHNGb2xkZXIgPSBwYXRoLnJlc29sdmUoZmxhZ3MuYXJ0aWZhY3RzKTtcbiAgaWYgKGZsYWdzLmVuZ2luZSkgY29uZmlnLmVuZ2luZSA9IGZsYWdzLmVuZ2luZTtcbiAgaWYgKGZsYWdzLmNvbnRleHQpIGNvbmZpZy5lbmdpbmUgPSBmbGFncy5jb250ZXh0O1xuICBpZiAoZmxhZ3MubmV0d29yaykgY29uZmlnLm5ldHdvcmsgPSBmbGFncy5uZXR3b3JrO1xuICBpZiAoZmxhZ3Mua2VlcCkgY29uZmlnLmtlZXBDb250YWluZXJPbkZhaWx1cmUgPSB0cnVlO1xuICBpZiAoZmxhZ3MudHR5ICE9PSB1bmRlZmluZWQpIGNvbmZpZy50dHkgPSBmbGFncy50dHk7XG4gIGlmIChmbGFncy5ub0NhY2hlKSBjb25maWcuY2FjaGVzID0geyBkaXN0ZmlsZXM6IGZhbHNlLCBiaW5wa2dzOiBmYWxzZSwgY2NhY2hlOiBmYWxzZSB9O1xuICBpZiAoZmxhZ3MuZW1lcmdlQXJnLmxlbmd0aCkgY29uZmlnLmVtZXJnZUFyZ3MgPSBbLi4uY29uZmlnLmVtZXJnZUFyZ3MsIC4uLmZsYWdzLmVtZXJnZUFyZ107XG4gIGZvciAoY29uc3QgZSBvZiBmbGFncy5lbnYpIHtcbiAgICBjb25zdCBbaywgdl0gPSBwYXJzZUVudkZsYWcoZSk7XG4gICAgY29uZmlnLmVudiA9IHsgLi4uY29uZmlnLmVudiwgW2tdOiB2IH07XG4gIH1cbiAgLy8gRUJVSUxEX0JVSUxERVJfSU1BR0VfPFBST0ZJTEU+IGxldHMgc2NyaXB0cyBhbmQgQ0kgcG9pbnQgYSBwcm9maWxlIGF0IGFub3RoZXIgaW1hZ2Ugd2l0aG91dCBhIHNldHRpbmdzIGZpbGUuXG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGVudikpIHtcbiAgICBjb25zdCBtID0gL15FQlVJTERfQlVJTERFUl9JTUFHRV8oW0EtWjAtOV9dKykkLy5leGVjKGspO1xuICAgIGlmIChtICYmIHYgJiYgIShmbGFncy5pbWFnZSAmJiBtWzFdLnRvTG93ZXJDYXNlKCkgPT09IGNvbmZpZy5wcm9maWxlKSkgY29uZmlnLmltYWdlcyA9IHsgLi4uY29uZmlnLmltYWdlcywgW21bMV0udG9Mb3dlckNhc2UoKV06IHYgfTtcbiAgfVxuICBpZiAoZW52LkVCVUlMRF9CVUlMREVSX0dFTlRPT19UUkVFKSBjb25maWcuZ2VudG9vVHJlZSA9IGVudi5FQlVJTERfQlVJTERFUl9HRU5UT09fVFJFRTtcbiAgaWYgKGVudi5FQlVJTERfQlVJTERFUl9ORVRXT1JLICYmICFmbGFncy5uZXR3b3JrKSBjb25maWcubmV0d29yayA9IGVudi5FQlVJTERfQlVJTERFUl9ORVRXT1JLO1xuICByZXR1cm4gY29uZmlnO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EscUJBQTJCO0FBQzNCLFdBQXNCO0FBRXRCLHNCQUFvQztBQUNwQyx1QkFBMEI7QUFDMUIsK0JBQXNDO0FBa0IvQixTQUFTLGFBQWEsR0FBNkI7QUFDeEQsUUFBTSxLQUFLLEVBQUUsUUFBUSxHQUFHO0FBQ3hCLE1BQUksTUFBTSxLQUFLLENBQUMsMkJBQTJCLEtBQUssRUFBRSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUc7QUFDL0QsVUFBTSxJQUFJLDJCQUFVLFVBQVUsQ0FBQyxvQ0FBb0MsOERBQThELFVBQVU7QUFBQSxFQUM3STtBQUNBLFNBQU8sQ0FBQyxFQUFFLE1BQU0sR0FBRyxFQUFFLEdBQUcsRUFBRSxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ3pDO0FBRUEsU0FBUyxjQUFjLEtBQXNCO0FBQzNDLGFBQU8sMkJBQVcsS0FBSyxLQUFLLEtBQUssWUFBWSxXQUFXLENBQUMsU0FBSywyQkFBVyxLQUFLLEtBQUssS0FBSyxZQUFZLGFBQWEsQ0FBQztBQUNwSDtBQU1PLFNBQVMsbUJBQW1CLFlBQW9CLEtBQWEsTUFBdUI7QUFDekYsTUFBSSxLQUFNLFFBQU8sS0FBSyxRQUFRLEtBQUssSUFBSTtBQUN2QyxRQUFNLE9BQU8sS0FBSyxRQUFRLEtBQUssVUFBVTtBQUN6QyxRQUFNLE1BQU0sS0FBSyxTQUFTLEtBQUssSUFBSTtBQUNuQyxNQUFJLENBQUMsSUFBSSxXQUFXLElBQUksS0FBSyxDQUFDLEtBQUssV0FBVyxHQUFHLEVBQUcsUUFBTztBQUMzRCxXQUFTLE1BQU0sS0FBSyxRQUFRLElBQUksR0FBRyxRQUFRLEtBQUssUUFBUSxHQUFHLEdBQUcsTUFBTSxLQUFLLFFBQVEsR0FBRyxHQUFHO0FBQ3JGLFFBQUksY0FBYyxHQUFHLEVBQUcsUUFBTztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxLQUFLLFFBQVEsSUFBSTtBQUMxQjtBQUVBLGVBQXNCLGVBQWUsaUJBQXlCLE9BQW1CLEtBQThDO0FBQzdILFFBQU0sTUFBTSxVQUFNLGdEQUFzQixlQUFlO0FBQ3ZELFFBQU0sRUFBRSxRQUFRLFNBQVMsUUFBSSxxQ0FBb0IsR0FBRztBQUNwRCxNQUFJLFNBQVMsT0FBUSxPQUFNLFNBQVMsQ0FBQztBQUNyQyxNQUFJLE1BQU0sUUFBUyxRQUFPLFVBQVUsTUFBTTtBQUMxQyxNQUFJLE1BQU0sTUFBTyxRQUFPLFNBQVMsRUFBRSxHQUFHLE9BQU8sUUFBUSxDQUFDLE9BQU8sT0FBTyxHQUFHLE1BQU0sTUFBTTtBQUNuRixNQUFJLE1BQU0sVUFBVyxRQUFPLGtCQUFrQixLQUFLLFFBQVEsTUFBTSxTQUFTO0FBQzFFLE1BQUksTUFBTSxPQUFRLFFBQU8sU0FBUyxNQUFNO0FBQ3hDLE1BQUksTUFBTSxRQUFTLFFBQU8sU0FBUyxNQUFNO0FBQ3pDLE1BQUksTUFBTSxRQUFTLFFBQU8sVUFBVSxNQUFNO0FBQzFDLE1BQUksTUFBTSxLQUFNLFFBQU8seUJBQXlCO0FBQ2hELE1BQUksTUFBTSxRQUFRLE9BQVcsUUFBTyxNQUFNLE1BQU07QUFDaEQsTUFBSSxNQUFNLFFBQVMsUUFBTyxTQUFTLEVBQUUsV0FBVyxPQUFPLFNBQVMsT0FBTyxRQUFRLE1BQU07QUFDckYsTUFBSSxNQUFNLFVBQVUsT0FBUSxRQUFPLGFBQWEsQ0FBQyxHQUFHLE9BQU8sWUFBWSxHQUFHLE1BQU0sU0FBUztBQUN6RixhQUFXLEtBQUssTUFBTSxLQUFLO0FBQ3pCLFVBQU0sQ0FBQyxHQUFHLENBQUMsSUFBSSxhQUFhLENBQUM7QUFDN0IsV0FBTyxNQUFNLEVBQUUsR0FBRyxPQUFPLEtBQUssQ0FBQyxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3ZDO0FBRUEsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxHQUFHLEdBQUc7QUFDeEMsVUFBTSxJQUFJLHNDQUFzQyxLQUFLLENBQUM7QUFDdEQsUUFBSSxLQUFLLEtBQUssRUFBRSxNQUFNLFNBQVMsRUFBRSxDQUFDLEVBQUUsWUFBWSxNQUFNLE9BQU8sU0FBVSxRQUFPLFNBQVMsRUFBRSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFLFlBQVksQ0FBQyxHQUFHLEVBQUU7QUFBQSxFQUNySTtBQUNBLE1BQUksSUFBSSwyQkFBNEIsUUFBTyxhQUFhLElBQUk7QUFDNUQsTUFBSSxJQUFJLDBCQUEwQixDQUFDLE1BQU0sUUFBUyxRQUFPLFVBQVUsSUFBSTtBQUN2RSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
