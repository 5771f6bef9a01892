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
var config_exports = {};
__export(config_exports, {
  Config: () => Config,
  SECTION: () => SECTION,
  profileNames: () => profileNames,
  readBuildConfig: () => readBuildConfig
});
module.exports = __toCommonJS(config_exports);
var vscode = __toESM(require("vscode"));
var import_validate = require("../core/profiles/validate");
var import_userErrors = require("./userErrors");
const SECTION = "ebuildBuilder";
const KEYS = {
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
function readBuildConfig(scope) {
  const ws = vscode.workspace.getConfiguration(SECTION, scope);
  const raw = {};
  for (const [key, field] of Object.entries(KEYS)) {
    const v = ws.get(key);
    if (v !== void 0 && v !== null) raw[field] = v;
  }
  const { config, problems } = (0, import_validate.validateBuildConfig)(raw);
  if (config.engine !== void 0 && !config.engine.trim()) config.engine = void 0;
  if (config.network !== void 0 && !config.network.trim()) config.network = void 0;
  return { config, problems: problems.map((p) => toSettingProblem((0, import_userErrors.describeError)(p))) };
}
function toSettingProblem(message) {
  const text = message.replace(/\bebuildBuilder\.profile\b(?!s)/g, `${SECTION}.defaultProfile`);
  const key = /\bebuildBuilder\.(\w+)/.exec(text)?.[1];
  return { setting: key ? `${SECTION}.${key}` : SECTION, message: text };
}
function profileNames(config) {
  return ["sabayon", "gentoo", ...Object.keys(config.profiles).filter((n) => n !== "sabayon" && n !== "gentoo")];
}
class Config {
  emitter = new vscode.EventEmitter();
  onDidChange = this.emitter.event;
  listener;
  reported = /* @__PURE__ */ new Set();
  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.reported.clear();
      this.reportProblems();
      this.emitter.fire(e);
    });
  }
  /** The build config for a file or folder (resource-scoped settings differ per workspace folder). */
  forResource(uri) {
    const { config, problems } = readBuildConfig(uri);
    this.show(problems);
    return config;
  }
  reportProblems() {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const all = folders.length ? folders.flatMap((f) => readBuildConfig(f.uri).problems) : readBuildConfig().problems;
    this.show(all);
  }
  show(problems) {
    for (const p of problems) {
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      void vscode.window.showWarningMessage(p.message, "Open Setting").then((choice) => {
        if (choice) void vscode.commands.executeCommand("workbench.action.openSettings", p.setting);
      });
    }
  }
  dispose() {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Config,
  SECTION,
  profileNames,
  readBuildConfig
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9jb25maWcudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGBlYnVpbGRCdWlsZGVyLipgIHNldHRpbmdzLCByZWFkIHRocm91Z2ggb25lIHR5cGVkIGNsYXNzLiBFdmVyeSB2YWx1ZSBpcyB0eXBlLWNoZWNrZWQ6IGEgd3JvbmcgdHlwZSBpc1xuICogcmVwb3J0ZWQgb25jZSAobmFtaW5nIHRoZSBzZXR0aW5nKSBhbmQgdGhlIGRlZmF1bHQgaXMgdXNlZCwgc28gYSB0eXBvIG5ldmVyIHN0b3BzIGEgYnVpbGQuXG4gKi9cbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZENvbmZpZyB9IGZyb20gJy4uL2NvcmUvYnVpbGRDb25maWcnO1xuaW1wb3J0IHsgdmFsaWRhdGVCdWlsZENvbmZpZyB9IGZyb20gJy4uL2NvcmUvcHJvZmlsZXMvdmFsaWRhdGUnO1xuaW1wb3J0IHsgZGVzY3JpYmVFcnJvciB9IGZyb20gJy4vdXNlckVycm9ycyc7XG5cbmV4cG9ydCBjb25zdCBTRUNUSU9OID0gJ2VidWlsZEJ1aWxkZXInO1xuXG4vKiogT25lIHByb2JsZW0gd2l0aCBvbmUgc2V0dGluZywgd29yZGVkIGZvciB0aGUgdXNlci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2V0dGluZ1Byb2JsZW0ge1xuICBzZXR0aW5nOiBzdHJpbmc7XG4gIG1lc3NhZ2U6IHN0cmluZztcbn1cblxuLyoqIFNldHRpbmcga2V5IHVuZGVyIGBlYnVpbGRCdWlsZGVyLmAgXHUyMTkyIEJ1aWxkQ29uZmlnIGZpZWxkICh2YWxpZGF0ZWQgYnkgdGhlIHNoYXJlZCB2YWxpZGF0b3IsIGFzIGZvciB0aGUgQ0xJKS4gKi9cbmNvbnN0IEtFWVM6IFJlY29yZDxzdHJpbmcsIGtleW9mIEJ1aWxkQ29uZmlnPiA9IHtcbiAgZGVmYXVsdFByb2ZpbGU6ICdwcm9maWxlJywgaW1hZ2VzOiAnaW1hZ2VzJywgZW5naW5lOiAnZW5naW5lJywgb3ZlcnJpZGVzRm9sZGVyOiAnb3ZlcnJpZGVzRm9sZGVyJyxcbiAgYXJ0aWZhY3RzRm9sZGVyOiAnYXJ0aWZhY3RzRm9sZGVyJywgZW52OiAnZW52JywgZW1lcmdlQXJnczogJ2VtZXJnZUFyZ3MnLCBjYWNoZXM6ICdjYWNoZXMnLFxuICBrZWVwQ29udGFpbmVyT25GYWlsdXJlOiAna2VlcENvbnRhaW5lck9uRmFpbHVyZScsIGdlbnRvb1RyZWU6ICdnZW50b29UcmVlJywgcHJvZmlsZXM6ICdwcm9maWxlcycsXG4gIG5ldHdvcms6ICduZXR3b3JrJywgdHR5OiAndHR5Jywgc3RvcEdyYWNlU2Vjb25kczogJ3N0b3BHcmFjZVNlY29uZHMnLFxufTtcblxuLyoqIFJlYWRzIHNldHRpbmdzIGZvciBvbmUgcmVzb3VyY2UgKHdvcmtzcGFjZSBmb2xkZXIgb3IgZmlsZSk7IGBwcm9ibGVtc2AgbGlzdHMgd2hhdCB3YXMgaWdub3JlZCBhbmQgd2h5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRCdWlsZENvbmZpZyhzY29wZT86IHZzY29kZS5VcmkpOiB7IGNvbmZpZzogQnVpbGRDb25maWc7IHByb2JsZW1zOiBTZXR0aW5nUHJvYmxlbVtdIH0ge1xuICBjb25zdCB3cyA9IHZzY29kZS53b3Jrc3BhY2UuZ2V0Q29uZmlndXJhdGlvbihTRUNUSU9OLCBzY29wZSk7XG4gIGNvbnN0IHJhdzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgZm9yIChjb25zdCBba2V5LCBmaWVsZF0gb2YgT2JqZWN0LmVudHJpZXMoS0VZUykpIHtcbiAgICBjb25zdCB2ID0gd3MuZ2V0PHVua25vd24+KGtleSk7XG4gICAgaWYgKHYgIT09IHVuZGVmaW5lZCAmJiB2ICE9PSBudWxsKSByYXdbZmllbGRdID0gdjtcbiAgfVxuICBjb25zdCB7IGNvbmZpZywgcHJvYmxlbXMgfSA9IHZhbGlkYXRlQnVpbGRDb25maWcocmF3KTtcbiAgaWYgKGNvbmZpZy5lbmdpbmUgIT09IHVuZGVmaW5lZCAmJiAhY29uZmlnLmVuZ2luZS50cmltKCkpIGNvbmZpZy5lbmdpbmUgPSB1bmRlZmluZWQ7XG4gIGlmIChjb25maWcubmV0d29yayAhPT0gdW5kZWZpbmVkICYmICFjb25maWcubmV0d29yay50cmltKCkpIGNvbmZpZy5uZXR3b3JrID0gdW5kZWZpbmVkO1xuICByZXR1cm4geyBjb25maWcsIHByb2JsZW1zOiBwcm9ibGVtcy5tYXAoKHApID0+IHRvU2V0dGluZ1Byb2JsZW0oZGVzY3JpYmVFcnJvcihwKSkpIH07XG59XG5cbi8qKiBUaGUgdmFsaWRhdG9yIG5hbWVzIEJ1aWxkQ29uZmlnIGZpZWxkczsgdGhlIG9uZSB3aG9zZSBzZXR0aW5nIGhhcyBhbm90aGVyIG5hbWUgaXMgcmVuYW1lZCBmb3IgdGhlIHVzZXIuICovXG5mdW5jdGlvbiB0b1NldHRpbmdQcm9ibGVtKG1lc3NhZ2U6IHN0cmluZyk6IFNldHRpbmdQcm9ibGVtIHtcbiAgY29uc3QgdGV4dCA9IG1lc3NhZ2UucmVwbGFjZSgvXFxiZWJ1aWxkQnVpbGRlclxcLnByb2ZpbGVcXGIoPyFzKS9nLCBgJHtTRUNUSU9OfS5kZWZhdWx0UHJvZmlsZWApO1xuICBjb25zdCBrZXkgPSAvXFxiZWJ1aWxkQnVpbGRlclxcLihcXHcrKS8uZXhlYyh0ZXh0KT8uWzFdO1xuICByZXR1cm4geyBzZXR0aW5nOiBrZXkgPyBgJHtTRUNUSU9OfS4ke2tleX1gIDogU0VDVElPTiwgbWVzc2FnZTogdGV4dCB9O1xufVxuXG4vKiogTmFtZXMgb2YgZXZlcnkgcHJvZmlsZSB0aGUgdXNlciBjYW4gcGljazogYnVpbHQtaW5zIGZpcnN0LCB0aGVuIHVzZXItZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm9maWxlTmFtZXMoY29uZmlnOiBCdWlsZENvbmZpZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsnc2FiYXlvbicsICdnZW50b28nLCAuLi5PYmplY3Qua2V5cyhjb25maWcucHJvZmlsZXMpLmZpbHRlcigobikgPT4gbiAhPT0gJ3NhYmF5b24nICYmIG4gIT09ICdnZW50b28nKV07XG59XG5cbi8qKlxuICogU2V0dGluZ3Mgb2YgdGhlIHdob2xlIHdpbmRvdy4gUmVhZGluZyBpcyBhbHdheXMgZnJlc2ggKG5vIGNhY2hlKSwgc28gYSBjaGFuZ2UgdGFrZXMgZWZmZWN0IG9uIHRoZSBuZXh0IGJ1aWxkXG4gKiB3aXRob3V0IGEgcmVsb2FkOyB0aGUgY2hhbmdlIGxpc3RlbmVyIG9ubHkgcmVwb3J0cyBwcm9ibGVtcyBhbmQgdGVsbHMgbGlzdGVuZXJzIHdoaWNoIHNldHRpbmdzIG1vdmVkLlxuICovXG5leHBvcnQgY2xhc3MgQ29uZmlnIGltcGxlbWVudHMgdnNjb2RlLkRpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IGVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjx2c2NvZGUuQ29uZmlndXJhdGlvbkNoYW5nZUV2ZW50PigpO1xuICByZWFkb25seSBvbkRpZENoYW5nZSA9IHRoaXMuZW1pdHRlci5ldmVudDtcbiAgcHJpdmF0ZSByZWFkb25seSBsaXN0ZW5lcjogdnNjb2RlLkRpc3Bvc2FibGU7XG4gIHByaXZhdGUgcmVwb3J0ZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcblxuICBjb25zdHJ1Y3RvcigpIHtcbiAgICB0aGlzLmxpc3RlbmVyID0gdnNjb2RlLndvcmtzcGFjZS5vbkRpZENoYW5nZUNvbmZpZ3VyYXRpb24oKGUpID0+IHtcbiAgICAgIGlmICghZS5hZmZlY3RzQ29uZmlndXJhdGlvbihTRUNUSU9OKSkgcmV0dXJuO1xuICAgICAgdGhpcy5yZXBvcnRlZC5jbGVhcigpO1xuICAgICAgdGhpcy5yZXBvcnRQcm9ibGVtcygpO1xuICAgICAgdGhpcy5lbWl0dGVyLmZpcmUoZSk7XG4gICAgfSk7XG4gIH1cblxuICAvKiogVGhlIGJ1aWxkIGNvbmZpZyBmb3IgYSBmaWxlIG9yIGZvbGRlciAocmVzb3VyY2Utc2NvcGVkIHNldHRpbmdzIGRpZmZlciBwZXIgd29ya3NwYWNlIGZvbGRlcikuICovXG4gIGZvclJlc291cmNlKHVyaT86IHZzY29kZS5VcmkpOiBCdWlsZENvbmZpZyB7XG4gICAgY29uc3QgeyBjb25maWcsIHByb2JsZW1zIH0gPSByZWFkQnVpbGRDb25maWcodXJpKTtcbiAgICB0aGlzLnNob3cocHJvYmxlbXMpO1xuICAgIHJldHVybiBjb25maWc7XG4gIH1cblxuICByZXBvcnRQcm9ibGVtcygpOiB2b2lkIHtcbiAgICBjb25zdCBmb2xkZXJzID0gdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzID8/IFtdO1xuICAgIGNvbnN0IGFsbCA9IGZvbGRlcnMubGVuZ3RoID8gZm9sZGVycy5mbGF0TWFwKChmKSA9PiByZWFkQnVpbGRDb25maWcoZi51cmkpLnByb2JsZW1zKSA6IHJlYWRCdWlsZENvbmZpZygpLnByb2JsZW1zO1xuICAgIHRoaXMuc2hvdyhhbGwpO1xuICB9XG5cbiAgcHJpdmF0ZSBzaG93KHByb2JsZW1zOiBTZXR0aW5nUHJvYmxlbVtdKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBwIG9mIHByb2JsZW1zKSB7XG4gICAgICBpZiAodGhpcy5yZXBvcnRlZC5oYXMocC5tZXNzYWdlKSkgY29udGludWU7XG4gICAgICB0aGlzLnJlcG9ydGVkLmFkZChwLm1lc3NhZ2UpO1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShwLm1lc3NhZ2UsICdPcGVuIFNldHRpbmcnKS50aGVuKChjaG9pY2UpID0+IHtcbiAgICAgICAgaWYgKGNob2ljZSkgdm9pZCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24ub3BlblNldHRpbmdzJywgcC5zZXR0aW5nKTtcbiAgICAgIH0pO1xuICAgIH1cbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgdGhpcy5saXN0ZW5lci5kaXNwb3NlKCk7XG4gICAgdGhpcy5lbWl0dGVyLmRpc3Bvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxhQUF3QjtBQUV4QixzQkFBb0M7QUFDcEMsd0JBQThCO0FBRXZCLE1BQU0sVUFBVTtBQVN2QixNQUFNLE9BQTBDO0FBQUEsRUFDOUMsZ0JBQWdCO0FBQUEsRUFBVyxRQUFRO0FBQUEsRUFBVSxRQUFRO0FBQUEsRUFBVSxpQkFBaUI7QUFBQSxFQUNoRixpQkFBaUI7QUFBQSxFQUFtQixLQUFLO0FBQUEsRUFBTyxZQUFZO0FBQUEsRUFBYyxRQUFRO0FBQUEsRUFDbEYsd0JBQXdCO0FBQUEsRUFBMEIsWUFBWTtBQUFBLEVBQWMsVUFBVTtBQUFBLEVBQ3RGLFNBQVM7QUFBQSxFQUFXLEtBQUs7QUFBQSxFQUFPLGtCQUFrQjtBQUNwRDtBQUdPLFNBQVMsZ0JBQWdCLE9BQXlFO0FBQ3ZHLFFBQU0sS0FBSyxPQUFPLFVBQVUsaUJBQWlCLFNBQVMsS0FBSztBQUMzRCxRQUFNLE1BQStCLENBQUM7QUFDdEMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDL0MsVUFBTSxJQUFJLEdBQUcsSUFBYSxHQUFHO0FBQzdCLFFBQUksTUFBTSxVQUFhLE1BQU0sS0FBTSxLQUFJLEtBQUssSUFBSTtBQUFBLEVBQ2xEO0FBQ0EsUUFBTSxFQUFFLFFBQVEsU0FBUyxRQUFJLHFDQUFvQixHQUFHO0FBQ3BELE1BQUksT0FBTyxXQUFXLFVBQWEsQ0FBQyxPQUFPLE9BQU8sS0FBSyxFQUFHLFFBQU8sU0FBUztBQUMxRSxNQUFJLE9BQU8sWUFBWSxVQUFhLENBQUMsT0FBTyxRQUFRLEtBQUssRUFBRyxRQUFPLFVBQVU7QUFDN0UsU0FBTyxFQUFFLFFBQVEsVUFBVSxTQUFTLElBQUksQ0FBQyxNQUFNLHFCQUFpQixpQ0FBYyxDQUFDLENBQUMsQ0FBQyxFQUFFO0FBQ3JGO0FBR0EsU0FBUyxpQkFBaUIsU0FBaUM7QUFDekQsUUFBTSxPQUFPLFFBQVEsUUFBUSxvQ0FBb0MsR0FBRyxPQUFPLGlCQUFpQjtBQUM1RixRQUFNLE1BQU0seUJBQXlCLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbkQsU0FBTyxFQUFFLFNBQVMsTUFBTSxHQUFHLE9BQU8sSUFBSSxHQUFHLEtBQUssU0FBUyxTQUFTLEtBQUs7QUFDdkU7QUFHTyxTQUFTLGFBQWEsUUFBK0I7QUFDMUQsU0FBTyxDQUFDLFdBQVcsVUFBVSxHQUFHLE9BQU8sS0FBSyxPQUFPLFFBQVEsRUFBRSxPQUFPLENBQUMsTUFBTSxNQUFNLGFBQWEsTUFBTSxRQUFRLENBQUM7QUFDL0c7QUFNTyxNQUFNLE9BQW9DO0FBQUEsRUFDOUIsVUFBVSxJQUFJLE9BQU8sYUFBOEM7QUFBQSxFQUMzRSxjQUFjLEtBQUssUUFBUTtBQUFBLEVBQ25CO0FBQUEsRUFDVCxXQUFXLG9CQUFJLElBQVk7QUFBQSxFQUVuQyxjQUFjO0FBQ1osU0FBSyxXQUFXLE9BQU8sVUFBVSx5QkFBeUIsQ0FBQyxNQUFNO0FBQy9ELFVBQUksQ0FBQyxFQUFFLHFCQUFxQixPQUFPLEVBQUc7QUFDdEMsV0FBSyxTQUFTLE1BQU07QUFDcEIsV0FBSyxlQUFlO0FBQ3BCLFdBQUssUUFBUSxLQUFLLENBQUM7QUFBQSxJQUNyQixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxZQUFZLEtBQStCO0FBQ3pDLFVBQU0sRUFBRSxRQUFRLFNBQVMsSUFBSSxnQkFBZ0IsR0FBRztBQUNoRCxTQUFLLEtBQUssUUFBUTtBQUNsQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsaUJBQXVCO0FBQ3JCLFVBQU0sVUFBVSxPQUFPLFVBQVUsb0JBQW9CLENBQUM7QUFDdEQsVUFBTSxNQUFNLFFBQVEsU0FBUyxRQUFRLFFBQVEsQ0FBQyxNQUFNLGdCQUFnQixFQUFFLEdBQUcsRUFBRSxRQUFRLElBQUksZ0JBQWdCLEVBQUU7QUFDekcsU0FBSyxLQUFLLEdBQUc7QUFBQSxFQUNmO0FBQUEsRUFFUSxLQUFLLFVBQWtDO0FBQzdDLGVBQVcsS0FBSyxVQUFVO0FBQ3hCLFVBQUksS0FBSyxTQUFTLElBQUksRUFBRSxPQUFPLEVBQUc7QUFDbEMsV0FBSyxTQUFTLElBQUksRUFBRSxPQUFPO0FBQzNCLFdBQUssT0FBTyxPQUFPLG1CQUFtQixFQUFFLFNBQVMsY0FBYyxFQUFFLEtBQUssQ0FBQyxXQUFXO0FBQ2hGLFlBQUksT0FBUSxNQUFLLE9BQU8sU0FBUyxlQUFlLGlDQUFpQyxFQUFFLE9BQU87QUFBQSxNQUM1RixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFVBQWdCO0FBQ2QsU0FBSyxTQUFTLFFBQVE7QUFDdEIsU0FBSyxRQUFRLFFBQVE7QUFBQSxFQUN2QjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
