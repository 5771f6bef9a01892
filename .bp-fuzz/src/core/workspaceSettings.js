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
var workspaceSettings_exports = {};
__export(workspaceSettings_exports, {
  SETTINGS_SECTION: () => SETTINGS_SECTION,
  SETTING_KEYS: () => SETTING_KEYS,
  readWorkspaceBuildSettings: () => readWorkspaceBuildSettings,
  readWorkspaceSettings: () => readWorkspaceSettings
});
module.exports = __toCommonJS(workspaceSettings_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_jsonc_parser = require("jsonc-parser");
var import_userError = require("./userError");
const SETTINGS_SECTION = "ebuildBuilder";
const SETTING_KEYS = {
  defaultProfile: "profile",
  images: "images",
  engine: "engine",
  overridesFolder: "overridesFolder",
  artifactsFolder: "artifactsFolder",
  env: "env",
  emergeArgs: "emergeArgs",
  caches: "caches",
  keepContainerOnFailure: "keepContainerOnFailure",
  gentooTree: "gentooTree",
  profiles: "profiles",
  network: "network",
  tty: "tty",
  stopGraceSeconds: "stopGraceSeconds"
};
async function readWorkspaceSettings(folder) {
  const file = path.join(folder, ".vscode", "settings.json");
  let text;
  try {
    text = await import_node_fs.promises.readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return {};
    throw new import_userError.UserError(`Cannot read ${file}: ${e.message}`, "Fix the file permissions, or remove the file.", "unreadable-settings");
  }
  const errors = [];
  const json = (0, import_jsonc_parser.parse)(text, errors, { allowTrailingComma: true });
  if (errors.length || typeof json !== "object" || json === null) {
    const where = errors.length ? ` (${(0, import_jsonc_parser.printParseErrorCode)(errors[0].error)} at offset ${errors[0].offset})` : "";
    throw new import_userError.UserError(`${file} is not valid JSON${where}.`, "Fix the syntax (VS Code underlines it), then run again.", "bad-settings-file");
  }
  const raw = {};
  const nested = json[SETTINGS_SECTION];
  for (const [key, field] of Object.entries(SETTING_KEYS)) {
    const flat = json[`${SETTINGS_SECTION}.${key}`];
    const value = flat !== void 0 ? flat : typeof nested === "object" && nested !== null ? nested[key] : void 0;
    if (value !== void 0) raw[field] = value;
  }
  return raw;
}
const isStringMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");
async function readWorkspaceBuildSettings(folder) {
  let raw;
  try {
    raw = await readWorkspaceSettings(folder);
  } catch {
    return {};
  }
  const out = {};
  if (typeof raw.profile === "string" && raw.profile) out.defaultProfile = raw.profile;
  if (isStringMap(raw.images)) out.images = raw.images;
  if (isStringMap(raw.env)) out.env = raw.env;
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SETTINGS_SECTION,
  SETTING_KEYS,
  readWorkspaceBuildSettings,
  readWorkspaceSettings
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvd29ya3NwYWNlU2V0dGluZ3MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGBlYnVpbGRCdWlsZGVyLipgIHNldHRpbmdzIGFzIFZTIENvZGUgc3RvcmVzIHRoZW0gaW4gYSB3b3Jrc3BhY2UgZm9sZGVyJ3MgYC52c2NvZGUvc2V0dGluZ3MuanNvbmBcbiAqIChKU09OIHdpdGggY29tbWVudHMsIHBhcnNlZCB3aXRoIFZTIENvZGUncyBvd24ganNvbmMtcGFyc2VyKS4gVGhlIGhlYWRsZXNzIGNvbW1hbmRzIHJlYWQgdGhlbSB0b28sIHNvIGFcbiAqIGJ1aWxkLCBgY2kgaW5pdGAgb3IgYSB3YXRjaCB1c2VzIHRoZSBzYW1lIHByb2ZpbGUsIGltYWdlcyBhbmQgZW52IGFzIHRoZSBlZGl0b3IuXG4gKi9cbmltcG9ydCB7IHByb21pc2VzIGFzIGZzIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBwYXJzZSwgcHJpbnRQYXJzZUVycm9yQ29kZSwgdHlwZSBQYXJzZUVycm9yIH0gZnJvbSAnanNvbmMtcGFyc2VyJztcbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuL2J1aWxkQ29uZmlnJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4vdXNlckVycm9yJztcblxuZXhwb3J0IGNvbnN0IFNFVFRJTkdTX1NFQ1RJT04gPSAnZWJ1aWxkQnVpbGRlcic7XG5cbi8qKiBTZXR0aW5nIGtleSB1bmRlciBgZWJ1aWxkQnVpbGRlci5gIFx1MjE5MiBCdWlsZENvbmZpZyBmaWVsZC4gKi9cbmV4cG9ydCBjb25zdCBTRVRUSU5HX0tFWVM6IFJlY29yZDxzdHJpbmcsIGtleW9mIEJ1aWxkQ29uZmlnPiA9IHtcbiAgZGVmYXVsdFByb2ZpbGU6ICdwcm9maWxlJyxcbiAgaW1hZ2VzOiAnaW1hZ2VzJyxcbiAgZW5naW5lOiAnZW5naW5lJyxcbiAgb3ZlcnJpZGVzRm9sZGVyOiAnb3ZlcnJpZGVzRm9sZGVyJyxcbiAgYXJ0aWZhY3RzRm9sZGVyOiAnYXJ0aWZhY3RzRm9sZGVyJyxcbiAgZW52OiAnZW52JyxcbiAgZW1lcmdlQXJnczogJ2VtZXJnZUFyZ3MnLFxuICBjYWNoZXM6ICdjYWNoZXMnLFxuICBrZWVwQ29udGFpbmVyT25GYWlsdXJlOiAna2VlcENvbnRhaW5lck9uRmFpbHVyZScsXG4gIGdlbnRvb1RyZWU6ICdnZW50b29UcmVlJyxcbiAgcHJvZmlsZXM6ICdwcm9maWxlcycsXG4gIG5ldHdvcms6ICduZXR3b3JrJyxcbiAgdHR5OiAndHR5JyxcbiAgc3RvcEdyYWNlU2Vjb25kczogJ3N0b3BHcmFjZVNlY29uZHMnLFxufTtcblxuLyoqIFJhdyBCdWlsZENvbmZpZyBmaWVsZHMgKHZhbGlkYXRlIHdpdGggdmFsaWRhdGVCdWlsZENvbmZpZykgZnJvbSBgPGZvbGRlcj4vLnZzY29kZS9zZXR0aW5ncy5qc29uYDsge30gd2hlbiB0aGVyZSBpcyBub25lLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRXb3Jrc3BhY2VTZXR0aW5ncyhmb2xkZXI6IHN0cmluZyk6IFByb21pc2U8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgY29uc3QgZmlsZSA9IHBhdGguam9pbihmb2xkZXIsICcudnNjb2RlJywgJ3NldHRpbmdzLmpzb24nKTtcbiAgbGV0IHRleHQ6IHN0cmluZztcbiAgdHJ5IHtcbiAgICB0ZXh0ID0gYXdhaXQgZnMucmVhZEZpbGUoZmlsZSwgJ3V0ZjgnKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdFTk9FTlQnKSByZXR1cm4ge307XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgQ2Fubm90IHJlYWQgJHtmaWxlfTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gLCAnRml4IHRoZSBmaWxlIHBlcm1pc3Npb25zLCBvciByZW1vdmUgdGhlIGZpbGUuJywgJ3VucmVhZGFibGUtc2V0dGluZ3MnKTtcbiAgfVxuICBjb25zdCBlcnJvcnM6IFBhcnNlRXJyb3JbXSA9IFtdO1xuICBjb25zdCBqc29uID0gcGFyc2UodGV4dCwgZXJyb3JzLCB7IGFsbG93VHJhaWxpbmdDb21tYTogdHJ1ZSB9KSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB8IHVuZGVmaW5lZDtcbiAgaWYgKGVycm9ycy5sZW5ndGggfHwgdHlwZW9mIGpzb24gIT09ICdvYmplY3QnIHx8IGpzb24gPT09IG51bGwpIHtcbiAgICBjb25zdCB3aGVyZSA9IGVycm9ycy5sZW5ndGggPyBgICgke3ByaW50UGFyc2VFcnJvckNvZGUoZXJyb3JzWzBdLmVycm9yKX0gYXQgb2Zmc2V0ICR7ZXJyb3JzWzBdLm9mZnNldH0pYCA6ICcnO1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZmlsZX0gaXMgbm90IHZhbGlkIEpTT04ke3doZXJlfS5gLCAnRml4IHRoZSBzeW50YXggKFZTIENvZGUgdW5kZXJsaW5lcyBpdCksIHRoZW4gcnVuIGFnYWluLicsICdiYWQtc2V0dGluZ3MtZmlsZScpO1xuICB9XG4gIGNvbnN0IHJhdzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgY29uc3QgbmVzdGVkID0ganNvbltTRVRUSU5HU19TRUNUSU9OXTtcbiAgZm9yIChjb25zdCBba2V5LCBmaWVsZF0gb2YgT2JqZWN0LmVudHJpZXMoU0VUVElOR19LRVlTKSkge1xuICAgIGNvbnN0IGZsYXQgPSBqc29uW2Ake1NFVFRJTkdTX1NFQ1RJT059LiR7a2V5fWBdO1xuICAgIGNvbnN0IHZhbHVlID0gZmxhdCAhPT0gdW5kZWZpbmVkID8gZmxhdCA6IHR5cGVvZiBuZXN0ZWQgPT09ICdvYmplY3QnICYmIG5lc3RlZCAhPT0gbnVsbCA/IChuZXN0ZWQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tleV0gOiB1bmRlZmluZWQ7XG4gICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQpIHJhd1tmaWVsZF0gPSB2YWx1ZTtcbiAgfVxuICByZXR1cm4gcmF3O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdvcmtzcGFjZUJ1aWxkU2V0dGluZ3Mge1xuICBkZWZhdWx0UHJvZmlsZT86IHN0cmluZztcbiAgaW1hZ2VzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgZW52PzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbn1cblxuY29uc3QgaXNTdHJpbmdNYXAgPSAodjogdW5rbm93bik6IHYgaXMgUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9PlxuICB0eXBlb2YgdiA9PT0gJ29iamVjdCcgJiYgdiAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh2KSAmJiBPYmplY3QudmFsdWVzKHYpLmV2ZXJ5KCh4KSA9PiB0eXBlb2YgeCA9PT0gJ3N0cmluZycpO1xuXG4vKiogVGhlIGZldyB3ZWxsLXR5cGVkIHZhbHVlcyBgY2kgaW5pdGAgd3JpdGVzIGludG8gYSB3b3JrZmxvdzsgYW4gdW5yZWFkYWJsZSBvciBpbnZhbGlkIGZpbGUgZ2l2ZXMge30uICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZFdvcmtzcGFjZUJ1aWxkU2V0dGluZ3MoZm9sZGVyOiBzdHJpbmcpOiBQcm9taXNlPFdvcmtzcGFjZUJ1aWxkU2V0dGluZ3M+IHtcbiAgbGV0IHJhdzogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIHRyeSB7XG4gICAgcmF3ID0gYXdhaXQgcmVhZFdvcmtzcGFjZVNldHRpbmdzKGZvbGRlcik7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB7fTtcbiAgfVxuICBjb25zdCBvdXQ6IFdvcmtzcGFjZUJ1aWxkU2V0dGluZ3MgPSB7fTtcbiAgaWYgKHR5cGVvZiByYXcucHJvZmlsZSA9PT0gJ3N0cmluZycgJiYgcmF3LnByb2ZpbGUpIG91dC5kZWZhdWx0UHJvZmlsZSA9IHJhdy5wcm9maWxlO1xuICBpZiAoaXNTdHJpbmdNYXAocmF3LmltYWdlcykpIG91dC5pbWFnZXMgPSByYXcuaW1hZ2VzO1xuICBpZiAoaXNTdHJpbmdNYXAocmF3LmVudikpIG91dC5lbnYgPSByYXcuZW52O1xuICByZXR1cm4gb3V0O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxxQkFBK0I7QUFDL0IsV0FBc0I7QUFDdEIsMEJBQTREO0FBRTVELHVCQUEwQjtBQUVuQixNQUFNLG1CQUFtQjtBQUd6QixNQUFNLGVBQWtEO0FBQUEsRUFDN0QsZ0JBQWdCO0FBQUEsRUFDaEIsUUFBUTtBQUFBLEVBQ1IsUUFBUTtBQUFBLEVBQ1IsaUJBQWlCO0FBQUEsRUFDakIsaUJBQWlCO0FBQUEsRUFDakIsS0FBSztBQUFBLEVBQ0wsWUFBWTtBQUFBLEVBQ1osUUFBUTtBQUFBLEVBQ1Isd0JBQXdCO0FBQUEsRUFDeEIsWUFBWTtBQUFBLEVBQ1osVUFBVTtBQUFBLEVBQ1YsU0FBUztBQUFBLEVBQ1QsS0FBSztBQUFBLEVBQ0wsa0JBQWtCO0FBQ3BCO0FBR0EsZUFBc0Isc0JBQXNCLFFBQWtEO0FBQzVGLFFBQU0sT0FBTyxLQUFLLEtBQUssUUFBUSxXQUFXLGVBQWU7QUFDekQsTUFBSTtBQUNKLE1BQUk7QUFDRixXQUFPLE1BQU0sZUFBQUEsU0FBRyxTQUFTLE1BQU0sTUFBTTtBQUFBLEVBQ3ZDLFNBQVMsR0FBRztBQUNWLFFBQUssRUFBNEIsU0FBUyxTQUFVLFFBQU8sQ0FBQztBQUM1RCxVQUFNLElBQUksMkJBQVUsZUFBZSxJQUFJLEtBQU0sRUFBWSxPQUFPLElBQUksaURBQWlELHFCQUFxQjtBQUFBLEVBQzVJO0FBQ0EsUUFBTSxTQUF1QixDQUFDO0FBQzlCLFFBQU0sV0FBTywyQkFBTSxNQUFNLFFBQVEsRUFBRSxvQkFBb0IsS0FBSyxDQUFDO0FBQzdELE1BQUksT0FBTyxVQUFVLE9BQU8sU0FBUyxZQUFZLFNBQVMsTUFBTTtBQUM5RCxVQUFNLFFBQVEsT0FBTyxTQUFTLFNBQUsseUNBQW9CLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxjQUFjLE9BQU8sQ0FBQyxFQUFFLE1BQU0sTUFBTTtBQUMzRyxVQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLHFCQUFxQixLQUFLLEtBQUssMkRBQTJELG1CQUFtQjtBQUFBLEVBQzFJO0FBQ0EsUUFBTSxNQUErQixDQUFDO0FBQ3RDLFFBQU0sU0FBUyxLQUFLLGdCQUFnQjtBQUNwQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssT0FBTyxRQUFRLFlBQVksR0FBRztBQUN2RCxVQUFNLE9BQU8sS0FBSyxHQUFHLGdCQUFnQixJQUFJLEdBQUcsRUFBRTtBQUM5QyxVQUFNLFFBQVEsU0FBUyxTQUFZLE9BQU8sT0FBTyxXQUFXLFlBQVksV0FBVyxPQUFRLE9BQW1DLEdBQUcsSUFBSTtBQUNySSxRQUFJLFVBQVUsT0FBVyxLQUFJLEtBQUssSUFBSTtBQUFBLEVBQ3hDO0FBQ0EsU0FBTztBQUNUO0FBUUEsTUFBTSxjQUFjLENBQUMsTUFDbkIsT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFRLENBQUMsTUFBTSxRQUFRLENBQUMsS0FBSyxPQUFPLE9BQU8sQ0FBQyxFQUFFLE1BQU0sQ0FBQyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBR2pILGVBQXNCLDJCQUEyQixRQUFpRDtBQUNoRyxNQUFJO0FBQ0osTUFBSTtBQUNGLFVBQU0sTUFBTSxzQkFBc0IsTUFBTTtBQUFBLEVBQzFDLFFBQVE7QUFDTixXQUFPLENBQUM7QUFBQSxFQUNWO0FBQ0EsUUFBTSxNQUE4QixDQUFDO0FBQ3JDLE1BQUksT0FBTyxJQUFJLFlBQVksWUFBWSxJQUFJLFFBQVMsS0FBSSxpQkFBaUIsSUFBSTtBQUM3RSxNQUFJLFlBQVksSUFBSSxNQUFNLEVBQUcsS0FBSSxTQUFTLElBQUk7QUFDOUMsTUFBSSxZQUFZLElBQUksR0FBRyxFQUFHLEtBQUksTUFBTSxJQUFJO0FBQ3hDLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
