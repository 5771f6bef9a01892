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
var buildRequest_exports = {};
__export(buildRequest_exports, {
  makeBuildRequest: () => makeBuildRequest
});
module.exports = __toCommonJS(buildRequest_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_atom = require("./atom");
var import_ebuildPath = require("./ebuildPath");
var import_overlays = require("./overlays");
var import_overrides = require("./overrides");
var import_userError = require("./userError");
function realOrSame(p) {
  try {
    return (0, import_node_fs.realpathSync)(p);
  } catch {
    return p;
  }
}
function workspaceFolderOf(file, folders) {
  const resolved = folders.map((f) => path.resolve(f));
  for (const candidate of [file, realOrSame(file)]) {
    const holders = resolved.filter((f) => (0, import_ebuildPath.isInside)(f, candidate) || (0, import_ebuildPath.isInside)(realOrSame(f), candidate));
    if (holders.length) return holders.sort((a, b) => b.length - a.length)[0];
  }
  return void 0;
}
async function makeBuildRequest(ebuildPath, options) {
  const { config } = options;
  const file = path.resolve(ebuildPath);
  const discovery = options.discovery ?? await (0, import_overlays.discoverOverlays)(options.workspaceFolders, { artifactsFolder: config.artifactsFolder });
  const { overlays, problems } = discovery;
  let located;
  try {
    located = (0, import_ebuildPath.atomFromEbuildPath)(file, overlays);
  } catch (e) {
    const cause = e.code === "not-in-overlay" ? problems.find((p) => (0, import_ebuildPath.isInside)(p.path, file) || (0, import_ebuildPath.isInside)(p.path, realOrSame(file))) : void 0;
    throw cause ?? e;
  }
  const duplicate = problems.find((p) => p.code === "duplicate-repo-name");
  if (duplicate) throw duplicate;
  const repo = (0, import_atom.parseAtom)(located.atom).repo;
  if (!repo || !overlays.some((o) => o.name === repo)) {
    throw new import_userError.UserError(`The repository "${repo}" of ${located.atom} is not among the overlays of the workspace (${overlays.map((o) => o.name).join(", ") || "none"}).`, "Add the overlay folder to the workspace.", "repo-not-in-workspace");
  }
  const workspaceFolder = workspaceFolderOf(file, options.workspaceFolders) ?? located.overlay.workspaceFolder;
  const overrides = await (0, import_overrides.discoverOverrides)(workspaceFolder, config.overridesFolder);
  const profile = options.profile ?? config.profile;
  const image = config.images[profile];
  return {
    ebuildPath: file,
    atom: located.atom,
    category: located.category,
    pn: located.pn,
    pvr: located.pvr,
    overlay: located.overlay,
    overlays,
    overrides,
    profile,
    env: { ...config.env },
    emergeArgs: [...config.emergeArgs],
    ...image ? { image } : {},
    caches: { ...config.caches },
    artifactsDir: path.resolve(workspaceFolder, config.artifactsFolder),
    workspaceFolder
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  makeBuildRequest
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvYnVpbGRSZXF1ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEVidWlsZCBwYXRoICsgc2V0dGluZ3MgXHUyMTkyIEJ1aWxkUmVxdWVzdDogZmluZHMgdGhlIG92ZXJsYXlzIG9mIGV2ZXJ5IHdvcmtzcGFjZSBmb2xkZXIsIHRoZSBhdG9tIG9mIHRoZVxuICogZWJ1aWxkLCBhbmQgdGhlIG92ZXJyaWRlcyBvZiB0aGUgd29ya3NwYWNlIGZvbGRlciB0aGF0IGhvbGRzIGl0LiBUaHJvd3MgVXNlckVycm9ycyB3aXRoIGNvZGVzLlxuICovXG5pbXBvcnQgeyByZWFscGF0aFN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IHBhcnNlQXRvbSB9IGZyb20gJy4vYXRvbSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkQ29uZmlnIH0gZnJvbSAnLi9idWlsZENvbmZpZyc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVxdWVzdCB9IGZyb20gJy4vYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBhdG9tRnJvbUVidWlsZFBhdGgsIGlzSW5zaWRlIH0gZnJvbSAnLi9lYnVpbGRQYXRoJztcbmltcG9ydCB7IGRpc2NvdmVyT3ZlcmxheXMsIHR5cGUgT3ZlcmxheURpc2NvdmVyeSB9IGZyb20gJy4vb3ZlcmxheXMnO1xuaW1wb3J0IHsgZGlzY292ZXJPdmVycmlkZXMgfSBmcm9tICcuL292ZXJyaWRlcyc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuL3VzZXJFcnJvcic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWFrZUJ1aWxkUmVxdWVzdE9wdGlvbnMge1xuICB3b3Jrc3BhY2VGb2xkZXJzOiBzdHJpbmdbXTtcbiAgY29uZmlnOiBCdWlsZENvbmZpZztcbiAgLyoqIE92ZXJyaWRlcyBgY29uZmlnLnByb2ZpbGVgLiAqL1xuICBwcm9maWxlPzogc3RyaW5nO1xuICAvKiogQWxyZWFkeSBkaXNjb3ZlcmVkIG92ZXJsYXlzIChza2lwcyB0aGUgc2VhcmNoLCBlLmcuIHdoZW4gdGhlIGNhbGxlciBrZWVwcyB0aGVtIHVwIHRvIGRhdGUpLiAqL1xuICBkaXNjb3Zlcnk/OiBPdmVybGF5RGlzY292ZXJ5O1xufVxuXG5mdW5jdGlvbiByZWFsT3JTYW1lKHA6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWxwYXRoU3luYyhwKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHA7XG4gIH1cbn1cblxuLyoqIFRoZSBpbm5lcm1vc3Qgd29ya3NwYWNlIGZvbGRlciBob2xkaW5nIGBmaWxlYCAoYnkgcGF0aCwgdGhlbiBieSByZWFsIHBhdGgpLiAqL1xuZnVuY3Rpb24gd29ya3NwYWNlRm9sZGVyT2YoZmlsZTogc3RyaW5nLCBmb2xkZXJzOiBzdHJpbmdbXSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHJlc29sdmVkID0gZm9sZGVycy5tYXAoKGYpID0+IHBhdGgucmVzb2x2ZShmKSk7XG4gIGZvciAoY29uc3QgY2FuZGlkYXRlIG9mIFtmaWxlLCByZWFsT3JTYW1lKGZpbGUpXSkge1xuICAgIGNvbnN0IGhvbGRlcnMgPSByZXNvbHZlZC5maWx0ZXIoKGYpID0+IGlzSW5zaWRlKGYsIGNhbmRpZGF0ZSkgfHwgaXNJbnNpZGUocmVhbE9yU2FtZShmKSwgY2FuZGlkYXRlKSk7XG4gICAgaWYgKGhvbGRlcnMubGVuZ3RoKSByZXR1cm4gaG9sZGVycy5zb3J0KChhLCBiKSA9PiBiLmxlbmd0aCAtIGEubGVuZ3RoKVswXTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWFrZUJ1aWxkUmVxdWVzdChlYnVpbGRQYXRoOiBzdHJpbmcsIG9wdGlvbnM6IE1ha2VCdWlsZFJlcXVlc3RPcHRpb25zKTogUHJvbWlzZTxCdWlsZFJlcXVlc3Q+IHtcbiAgY29uc3QgeyBjb25maWcgfSA9IG9wdGlvbnM7XG4gIGNvbnN0IGZpbGUgPSBwYXRoLnJlc29sdmUoZWJ1aWxkUGF0aCk7XG4gIGNvbnN0IGRpc2NvdmVyeSA9IG9wdGlvbnMuZGlzY292ZXJ5ID8/IChhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKG9wdGlvbnMud29ya3NwYWNlRm9sZGVycywgeyBhcnRpZmFjdHNGb2xkZXI6IGNvbmZpZy5hcnRpZmFjdHNGb2xkZXIgfSkpO1xuICBjb25zdCB7IG92ZXJsYXlzLCBwcm9ibGVtcyB9ID0gZGlzY292ZXJ5O1xuXG4gIGxldCBsb2NhdGVkO1xuICB0cnkge1xuICAgIGxvY2F0ZWQgPSBhdG9tRnJvbUVidWlsZFBhdGgoZmlsZSwgb3ZlcmxheXMpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgLy8gQW4gb3ZlcmxheSB0aGF0IHdhcyBza2lwcGVkIGZvciBhIHByb2JsZW0gKG5vIG5hbWUsIHVucmVhZGFibGUpIGV4cGxhaW5zIGJldHRlciB3aHkgdGhlIGZpbGUgaXMgXCJvdXRzaWRlXCIuXG4gICAgY29uc3QgY2F1c2UgPSAoZSBhcyBVc2VyRXJyb3IpLmNvZGUgPT09ICdub3QtaW4tb3ZlcmxheScgPyBwcm9ibGVtcy5maW5kKChwKSA9PiBpc0luc2lkZShwLnBhdGgsIGZpbGUpIHx8IGlzSW5zaWRlKHAucGF0aCwgcmVhbE9yU2FtZShmaWxlKSkpIDogdW5kZWZpbmVkO1xuICAgIHRocm93IGNhdXNlID8/IGU7XG4gIH1cbiAgY29uc3QgZHVwbGljYXRlID0gcHJvYmxlbXMuZmluZCgocCkgPT4gcC5jb2RlID09PSAnZHVwbGljYXRlLXJlcG8tbmFtZScpO1xuICBpZiAoZHVwbGljYXRlKSB0aHJvdyBkdXBsaWNhdGU7XG5cbiAgY29uc3QgcmVwbyA9IHBhcnNlQXRvbShsb2NhdGVkLmF0b20pLnJlcG87XG4gIGlmICghcmVwbyB8fCAhb3ZlcmxheXMuc29tZSgobykgPT4gby5uYW1lID09PSByZXBvKSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSByZXBvc2l0b3J5IFwiJHtyZXBvfVwiIG9mICR7bG9jYXRlZC5hdG9tfSBpcyBub3QgYW1vbmcgdGhlIG92ZXJsYXlzIG9mIHRoZSB3b3Jrc3BhY2UgKCR7b3ZlcmxheXMubWFwKChvKSA9PiBvLm5hbWUpLmpvaW4oJywgJykgfHwgJ25vbmUnfSkuYCwgJ0FkZCB0aGUgb3ZlcmxheSBmb2xkZXIgdG8gdGhlIHdvcmtzcGFjZS4nLCAncmVwby1ub3QtaW4td29ya3NwYWNlJyk7XG4gIH1cblxuICBjb25zdCB3b3Jrc3BhY2VGb2xkZXIgPSB3b3Jrc3BhY2VGb2xkZXJPZihmaWxlLCBvcHRpb25zLndvcmtzcGFjZUZvbGRlcnMpID8/IGxvY2F0ZWQub3ZlcmxheS53b3Jrc3BhY2VGb2xkZXI7XG4gIGNvbnN0IG92ZXJyaWRlcyA9IGF3YWl0IGRpc2NvdmVyT3ZlcnJpZGVzKHdvcmtzcGFjZUZvbGRlciwgY29uZmlnLm92ZXJyaWRlc0ZvbGRlcik7XG4gIGNvbnN0IHByb2ZpbGUgPSBvcHRpb25zLnByb2ZpbGUgPz8gY29uZmlnLnByb2ZpbGU7XG4gIGNvbnN0IGltYWdlID0gY29uZmlnLmltYWdlc1twcm9maWxlXTtcbiAgcmV0dXJuIHtcbiAgICBlYnVpbGRQYXRoOiBmaWxlLFxuICAgIGF0b206IGxvY2F0ZWQuYXRvbSxcbiAgICBjYXRlZ29yeTogbG9jYXRlZC5jYXRlZ29yeSxcbiAgICBwbjogbG9jYXRlZC5wbixcbiAgICBwdnI6IGxvY2F0ZWQucHZyLFxuICAgIG92ZXJsYXk6IGxvY2F0ZWQub3ZlcmxheSxcbiAgICBvdmVybGF5cyxcbiAgICBvdmVycmlkZXMsXG4gICAgcHJvZmlsZSxcbiAgICBlbnY6IHsgLi4uY29uZmlnLmVudiB9LFxuICAgIGVtZXJnZUFyZ3M6IFsuLi5jb25maWcuZW1lcmdlQXJnc10sXG4gICAgLi4uKGltYWdlID8geyBpbWFnZSB9IDoge30pLFxuICAgIGNhY2hlczogeyAuLi5jb25maWcuY2FjaGVzIH0sXG4gICAgYXJ0aWZhY3RzRGlyOiBwYXRoLnJlc29sdmUod29ya3NwYWNlRm9sZGVyLCBjb25maWcuYXJ0aWZhY3RzRm9sZGVyKSxcbiAgICB3b3Jrc3BhY2VGb2xkZXIsXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHFCQUE2QjtBQUM3QixXQUFzQjtBQUN0QixrQkFBMEI7QUFHMUIsd0JBQTZDO0FBQzdDLHNCQUF3RDtBQUN4RCx1QkFBa0M7QUFDbEMsdUJBQTBCO0FBVzFCLFNBQVMsV0FBVyxHQUFtQjtBQUNyQyxNQUFJO0FBQ0YsZUFBTyw2QkFBYSxDQUFDO0FBQUEsRUFDdkIsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLGtCQUFrQixNQUFjLFNBQXVDO0FBQzlFLFFBQU0sV0FBVyxRQUFRLElBQUksQ0FBQyxNQUFNLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDbkQsYUFBVyxhQUFhLENBQUMsTUFBTSxXQUFXLElBQUksQ0FBQyxHQUFHO0FBQ2hELFVBQU0sVUFBVSxTQUFTLE9BQU8sQ0FBQyxVQUFNLDRCQUFTLEdBQUcsU0FBUyxTQUFLLDRCQUFTLFdBQVcsQ0FBQyxHQUFHLFNBQVMsQ0FBQztBQUNuRyxRQUFJLFFBQVEsT0FBUSxRQUFPLFFBQVEsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsRUFBRSxNQUFNLEVBQUUsQ0FBQztBQUFBLEVBQzFFO0FBQ0EsU0FBTztBQUNUO0FBRUEsZUFBc0IsaUJBQWlCLFlBQW9CLFNBQXlEO0FBQ2xILFFBQU0sRUFBRSxPQUFPLElBQUk7QUFDbkIsUUFBTSxPQUFPLEtBQUssUUFBUSxVQUFVO0FBQ3BDLFFBQU0sWUFBWSxRQUFRLGFBQWMsVUFBTSxrQ0FBaUIsUUFBUSxrQkFBa0IsRUFBRSxpQkFBaUIsT0FBTyxnQkFBZ0IsQ0FBQztBQUNwSSxRQUFNLEVBQUUsVUFBVSxTQUFTLElBQUk7QUFFL0IsTUFBSTtBQUNKLE1BQUk7QUFDRixrQkFBVSxzQ0FBbUIsTUFBTSxRQUFRO0FBQUEsRUFDN0MsU0FBUyxHQUFHO0FBRVYsVUFBTSxRQUFTLEVBQWdCLFNBQVMsbUJBQW1CLFNBQVMsS0FBSyxDQUFDLFVBQU0sNEJBQVMsRUFBRSxNQUFNLElBQUksU0FBSyw0QkFBUyxFQUFFLE1BQU0sV0FBVyxJQUFJLENBQUMsQ0FBQyxJQUFJO0FBQ2hKLFVBQU0sU0FBUztBQUFBLEVBQ2pCO0FBQ0EsUUFBTSxZQUFZLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLHFCQUFxQjtBQUN2RSxNQUFJLFVBQVcsT0FBTTtBQUVyQixRQUFNLFdBQU8sdUJBQVUsUUFBUSxJQUFJLEVBQUU7QUFDckMsTUFBSSxDQUFDLFFBQVEsQ0FBQyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJLEdBQUc7QUFDbkQsVUFBTSxJQUFJLDJCQUFVLG1CQUFtQixJQUFJLFFBQVEsUUFBUSxJQUFJLGdEQUFnRCxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssSUFBSSxLQUFLLE1BQU0sTUFBTSw0Q0FBNEMsdUJBQXVCO0FBQUEsRUFDMU87QUFFQSxRQUFNLGtCQUFrQixrQkFBa0IsTUFBTSxRQUFRLGdCQUFnQixLQUFLLFFBQVEsUUFBUTtBQUM3RixRQUFNLFlBQVksVUFBTSxvQ0FBa0IsaUJBQWlCLE9BQU8sZUFBZTtBQUNqRixRQUFNLFVBQVUsUUFBUSxXQUFXLE9BQU87QUFDMUMsUUFBTSxRQUFRLE9BQU8sT0FBTyxPQUFPO0FBQ25DLFNBQU87QUFBQSxJQUNMLFlBQVk7QUFBQSxJQUNaLE1BQU0sUUFBUTtBQUFBLElBQ2QsVUFBVSxRQUFRO0FBQUEsSUFDbEIsSUFBSSxRQUFRO0FBQUEsSUFDWixLQUFLLFFBQVE7QUFBQSxJQUNiLFNBQVMsUUFBUTtBQUFBLElBQ2pCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEtBQUssRUFBRSxHQUFHLE9BQU8sSUFBSTtBQUFBLElBQ3JCLFlBQVksQ0FBQyxHQUFHLE9BQU8sVUFBVTtBQUFBLElBQ2pDLEdBQUksUUFBUSxFQUFFLE1BQU0sSUFBSSxDQUFDO0FBQUEsSUFDekIsUUFBUSxFQUFFLEdBQUcsT0FBTyxPQUFPO0FBQUEsSUFDM0IsY0FBYyxLQUFLLFFBQVEsaUJBQWlCLE9BQU8sZUFBZTtBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
