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
var buildTasks_exports = {};
__export(buildTasks_exports, {
  BuildTaskProvider: () => BuildTaskProvider,
  TASK_TYPE: () => TASK_TYPE
});
module.exports = __toCommonJS(buildTasks_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_buildTerminal = require("./buildTerminal");
const TASK_TYPE = "ebuild-builder";
class BuildTaskTerminal {
  constructor(ctx, ebuildPath, profile) {
    this.ctx = ctx;
    this.ebuildPath = ebuildPath;
    this.profile = profile;
  }
  ctx;
  ebuildPath;
  profile;
  writeEmitter = new vscode.EventEmitter();
  closeEmitter = new vscode.EventEmitter();
  onDidWrite = this.writeEmitter.event;
  onDidClose = this.closeEmitter.event;
  inner;
  cancel;
  open() {
    void (async () => {
      if (!vscode.workspace.isTrusted) {
        this.writeEmitter.fire("Builds are disabled in Restricted Mode. Trust the workspace to run this task.\r\n");
        return this.closeEmitter.fire(1);
      }
      const record = await this.ctx.runner.start(this.ebuildPath, this.profile, {
        quiet: true,
        makeTerminal: (r) => {
          const t = new import_buildTerminal.BuildTerminal(r, () => void this.ctx.runner.cancel(r), false);
          t.onDidWrite((s) => this.writeEmitter.fire(s));
          t.open();
          return this.inner = t;
        }
      });
      this.cancel = () => void this.ctx.runner.cancel(record);
      await this.ctx.runner.whenFinished(record);
      this.closeEmitter.fire(record.state === "succeeded" ? 0 : 1);
    })();
  }
  close() {
    this.cancel?.();
    this.inner?.dispose();
  }
}
class BuildTaskProvider {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  async provideTasks() {
    const files = await vscode.workspace.findFiles("**/*.ebuild", "**/{node_modules,artifacts}/**", 200);
    return files.flatMap((uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return [];
      const profile = this.ctx.config.forResource(uri).profile;
      const def = { type: TASK_TYPE, ebuild: path.relative(folder.uri.fsPath, uri.fsPath) };
      return [this.makeTask(def, folder, profile)];
    });
  }
  resolveTask(task) {
    const def = task.definition;
    if (typeof def.ebuild !== "string" || !def.ebuild) return void 0;
    const folder = typeof task.scope === "object" ? task.scope : vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void 0;
    return this.makeTask(def, folder, def.profile ?? this.ctx.config.forResource(folder.uri).profile);
  }
  makeTask(def, folder, profile) {
    const ebuildPath = path.resolve(folder.uri.fsPath, def.ebuild);
    const name = `build ${path.basename(def.ebuild, ".ebuild")} (${def.profile ?? profile})`;
    const task = new vscode.Task(
      def,
      folder,
      name,
      TASK_TYPE,
      new vscode.CustomExecution(async () => new BuildTaskTerminal(this.ctx, ebuildPath, def.profile ?? profile))
    );
    task.group = vscode.TaskGroup.Build;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
    return task;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildTaskProvider,
  TASK_TYPE
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFRhc2tzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRhc2sgcHJvdmlkZXIgYGVidWlsZC1idWlsZGVyYDogYSBidWlsZCBjYW4gbGl2ZSBpbiB0YXNrcy5qc29uIChge1widHlwZVwiOiBcImVidWlsZC1idWlsZGVyXCIsIFwiZWJ1aWxkXCI6IFwiXHUyMDI2XCJ9YClcbiAqIGFuZCBydW4gd2l0aCBSdW4gVGFzay4gVGhlIHRhc2sncyB0ZXJtaW5hbCBzaG93cyB0aGUgc2FtZSBzdHJlYW0sIGhlYWRlciBhbmQgZm9vdGVyIGFzIGEgYnVpbGQgdGVybWluYWwuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyBCdWlsZFRlcm1pbmFsIH0gZnJvbSAnLi9idWlsZFRlcm1pbmFsJztcblxuZXhwb3J0IGNvbnN0IFRBU0tfVFlQRSA9ICdlYnVpbGQtYnVpbGRlcic7XG5cbmludGVyZmFjZSBCdWlsZFRhc2tEZWZpbml0aW9uIGV4dGVuZHMgdnNjb2RlLlRhc2tEZWZpbml0aW9uIHtcbiAgZWJ1aWxkOiBzdHJpbmc7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG59XG5cbi8qKiBBIHRhc2sncyBwc2V1ZG90ZXJtaW5hbDogc3RhcnRzIHRoZSBidWlsZCB3aGVuIG9wZW5lZCwgZW5kcyB3aXRoIDAgb24gc3VjY2VzcyBhbmQgMSBvdGhlcndpc2UuICovXG5jbGFzcyBCdWlsZFRhc2tUZXJtaW5hbCBpbXBsZW1lbnRzIHZzY29kZS5Qc2V1ZG90ZXJtaW5hbCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgd3JpdGVFbWl0dGVyID0gbmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8c3RyaW5nPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IGNsb3NlRW1pdHRlciA9IG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPG51bWJlciB8IHZvaWQ+KCk7XG4gIHJlYWRvbmx5IG9uRGlkV3JpdGUgPSB0aGlzLndyaXRlRW1pdHRlci5ldmVudDtcbiAgcmVhZG9ubHkgb25EaWRDbG9zZSA9IHRoaXMuY2xvc2VFbWl0dGVyLmV2ZW50O1xuICBwcml2YXRlIGlubmVyPzogQnVpbGRUZXJtaW5hbDtcbiAgcHJpdmF0ZSBjYW5jZWw/OiAoKSA9PiB2b2lkO1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgY3R4OiBDdHgsIHByaXZhdGUgcmVhZG9ubHkgZWJ1aWxkUGF0aDogc3RyaW5nLCBwcml2YXRlIHJlYWRvbmx5IHByb2ZpbGU6IHN0cmluZykge31cblxuICBvcGVuKCk6IHZvaWQge1xuICAgIHZvaWQgKGFzeW5jICgpID0+IHtcbiAgICAgIGlmICghdnNjb2RlLndvcmtzcGFjZS5pc1RydXN0ZWQpIHtcbiAgICAgICAgdGhpcy53cml0ZUVtaXR0ZXIuZmlyZSgnQnVpbGRzIGFyZSBkaXNhYmxlZCBpbiBSZXN0cmljdGVkIE1vZGUuIFRydXN0IHRoZSB3b3Jrc3BhY2UgdG8gcnVuIHRoaXMgdGFzay5cXHJcXG4nKTtcbiAgICAgICAgcmV0dXJuIHRoaXMuY2xvc2VFbWl0dGVyLmZpcmUoMSk7XG4gICAgICB9XG4gICAgICBjb25zdCByZWNvcmQgPSBhd2FpdCB0aGlzLmN0eC5ydW5uZXIuc3RhcnQodGhpcy5lYnVpbGRQYXRoLCB0aGlzLnByb2ZpbGUsIHtcbiAgICAgICAgcXVpZXQ6IHRydWUsXG4gICAgICAgIG1ha2VUZXJtaW5hbDogKHIpID0+IHtcbiAgICAgICAgICBjb25zdCB0ID0gbmV3IEJ1aWxkVGVybWluYWwociwgKCkgPT4gdm9pZCB0aGlzLmN0eC5ydW5uZXIuY2FuY2VsKHIpLCBmYWxzZSk7XG4gICAgICAgICAgdC5vbkRpZFdyaXRlKChzKSA9PiB0aGlzLndyaXRlRW1pdHRlci5maXJlKHMpKTtcbiAgICAgICAgICB0Lm9wZW4oKTtcbiAgICAgICAgICByZXR1cm4gKHRoaXMuaW5uZXIgPSB0KTtcbiAgICAgICAgfSxcbiAgICAgIH0pO1xuICAgICAgdGhpcy5jYW5jZWwgPSAoKSA9PiB2b2lkIHRoaXMuY3R4LnJ1bm5lci5jYW5jZWwocmVjb3JkKTtcbiAgICAgIGF3YWl0IHRoaXMuY3R4LnJ1bm5lci53aGVuRmluaXNoZWQocmVjb3JkKTtcbiAgICAgIHRoaXMuY2xvc2VFbWl0dGVyLmZpcmUocmVjb3JkLnN0YXRlID09PSAnc3VjY2VlZGVkJyA/IDAgOiAxKTtcbiAgICB9KSgpO1xuICB9XG5cbiAgY2xvc2UoKTogdm9pZCB7XG4gICAgLy8gVGhlIHRhc2sgd2FzIHRlcm1pbmF0ZWQgKFRlcm1pbmF0ZSBUYXNrIG9yIGNsb3NpbmcgaXRzIHRlcm1pbmFsKTogc3RvcCB0aGUgYnVpbGQuXG4gICAgdGhpcy5jYW5jZWw/LigpO1xuICAgIHRoaXMuaW5uZXI/LmRpc3Bvc2UoKTtcbiAgfVxufVxuXG5leHBvcnQgY2xhc3MgQnVpbGRUYXNrUHJvdmlkZXIgaW1wbGVtZW50cyB2c2NvZGUuVGFza1Byb3ZpZGVyIHtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBjdHg6IEN0eCkge31cblxuICBhc3luYyBwcm92aWRlVGFza3MoKTogUHJvbWlzZTx2c2NvZGUuVGFza1tdPiB7XG4gICAgY29uc3QgZmlsZXMgPSBhd2FpdCB2c2NvZGUud29ya3NwYWNlLmZpbmRGaWxlcygnKiovKi5lYnVpbGQnLCAnKiove25vZGVfbW9kdWxlcyxhcnRpZmFjdHN9LyoqJywgMjAwKTtcbiAgICByZXR1cm4gZmlsZXMuZmxhdE1hcCgodXJpKSA9PiB7XG4gICAgICBjb25zdCBmb2xkZXIgPSB2c2NvZGUud29ya3NwYWNlLmdldFdvcmtzcGFjZUZvbGRlcih1cmkpO1xuICAgICAgaWYgKCFmb2xkZXIpIHJldHVybiBbXTtcbiAgICAgIGNvbnN0IHByb2ZpbGUgPSB0aGlzLmN0eC5jb25maWcuZm9yUmVzb3VyY2UodXJpKS5wcm9maWxlO1xuICAgICAgY29uc3QgZGVmOiBCdWlsZFRhc2tEZWZpbml0aW9uID0geyB0eXBlOiBUQVNLX1RZUEUsIGVidWlsZDogcGF0aC5yZWxhdGl2ZShmb2xkZXIudXJpLmZzUGF0aCwgdXJpLmZzUGF0aCkgfTtcbiAgICAgIHJldHVybiBbdGhpcy5tYWtlVGFzayhkZWYsIGZvbGRlciwgcHJvZmlsZSldO1xuICAgIH0pO1xuICB9XG5cbiAgcmVzb2x2ZVRhc2sodGFzazogdnNjb2RlLlRhc2spOiB2c2NvZGUuVGFzayB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgZGVmID0gdGFzay5kZWZpbml0aW9uIGFzIEJ1aWxkVGFza0RlZmluaXRpb247XG4gICAgaWYgKHR5cGVvZiBkZWYuZWJ1aWxkICE9PSAnc3RyaW5nJyB8fCAhZGVmLmVidWlsZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBmb2xkZXIgPSB0eXBlb2YgdGFzay5zY29wZSA9PT0gJ29iamVjdCcgPyB0YXNrLnNjb3BlIDogdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzPy5bMF07XG4gICAgaWYgKCFmb2xkZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHRoaXMubWFrZVRhc2soZGVmLCBmb2xkZXIsIGRlZi5wcm9maWxlID8/IHRoaXMuY3R4LmNvbmZpZy5mb3JSZXNvdXJjZShmb2xkZXIudXJpKS5wcm9maWxlKTtcbiAgfVxuXG4gIHByaXZhdGUgbWFrZVRhc2soZGVmOiBCdWlsZFRhc2tEZWZpbml0aW9uLCBmb2xkZXI6IHZzY29kZS5Xb3Jrc3BhY2VGb2xkZXIsIHByb2ZpbGU6IHN0cmluZyk6IHZzY29kZS5UYXNrIHtcbiAgICBjb25zdCBlYnVpbGRQYXRoID0gcGF0aC5yZXNvbHZlKGZvbGRlci51cmkuZnNQYXRoLCBkZWYuZWJ1aWxkKTtcbiAgICBjb25zdCBuYW1lID0gYGJ1aWxkICR7cGF0aC5iYXNlbmFtZShkZWYuZWJ1aWxkLCAnLmVidWlsZCcpfSAoJHtkZWYucHJvZmlsZSA/PyBwcm9maWxlfSlgO1xuICAgIGNvbnN0IHRhc2sgPSBuZXcgdnNjb2RlLlRhc2soZGVmLCBmb2xkZXIsIG5hbWUsIFRBU0tfVFlQRSxcbiAgICAgIG5ldyB2c2NvZGUuQ3VzdG9tRXhlY3V0aW9uKGFzeW5jICgpID0+IG5ldyBCdWlsZFRhc2tUZXJtaW5hbCh0aGlzLmN0eCwgZWJ1aWxkUGF0aCwgZGVmLnByb2ZpbGUgPz8gcHJvZmlsZSkpKTtcbiAgICB0YXNrLmdyb3VwID0gdnNjb2RlLlRhc2tHcm91cC5CdWlsZDtcbiAgICB0YXNrLnByZXNlbnRhdGlvbk9wdGlvbnMgPSB7IHJldmVhbDogdnNjb2RlLlRhc2tSZXZlYWxLaW5kLkFsd2F5cywgY2xlYXI6IHRydWUgfTtcbiAgICByZXR1cm4gdGFzaztcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLFdBQXNCO0FBQ3RCLGFBQXdCO0FBRXhCLDJCQUE4QjtBQUV2QixNQUFNLFlBQVk7QUFRekIsTUFBTSxrQkFBbUQ7QUFBQSxFQVF2RCxZQUE2QixLQUEyQixZQUFxQyxTQUFpQjtBQUFqRjtBQUEyQjtBQUFxQztBQUFBLEVBQWtCO0FBQUEsRUFBbEY7QUFBQSxFQUEyQjtBQUFBLEVBQXFDO0FBQUEsRUFQNUUsZUFBZSxJQUFJLE9BQU8sYUFBcUI7QUFBQSxFQUMvQyxlQUFlLElBQUksT0FBTyxhQUE0QjtBQUFBLEVBQzlELGFBQWEsS0FBSyxhQUFhO0FBQUEsRUFDL0IsYUFBYSxLQUFLLGFBQWE7QUFBQSxFQUNoQztBQUFBLEVBQ0E7QUFBQSxFQUlSLE9BQWE7QUFDWCxVQUFNLFlBQVk7QUFDaEIsVUFBSSxDQUFDLE9BQU8sVUFBVSxXQUFXO0FBQy9CLGFBQUssYUFBYSxLQUFLLG1GQUFtRjtBQUMxRyxlQUFPLEtBQUssYUFBYSxLQUFLLENBQUM7QUFBQSxNQUNqQztBQUNBLFlBQU0sU0FBUyxNQUFNLEtBQUssSUFBSSxPQUFPLE1BQU0sS0FBSyxZQUFZLEtBQUssU0FBUztBQUFBLFFBQ3hFLE9BQU87QUFBQSxRQUNQLGNBQWMsQ0FBQyxNQUFNO0FBQ25CLGdCQUFNLElBQUksSUFBSSxtQ0FBYyxHQUFHLE1BQU0sS0FBSyxLQUFLLElBQUksT0FBTyxPQUFPLENBQUMsR0FBRyxLQUFLO0FBQzFFLFlBQUUsV0FBVyxDQUFDLE1BQU0sS0FBSyxhQUFhLEtBQUssQ0FBQyxDQUFDO0FBQzdDLFlBQUUsS0FBSztBQUNQLGlCQUFRLEtBQUssUUFBUTtBQUFBLFFBQ3ZCO0FBQUEsTUFDRixDQUFDO0FBQ0QsV0FBSyxTQUFTLE1BQU0sS0FBSyxLQUFLLElBQUksT0FBTyxPQUFPLE1BQU07QUFDdEQsWUFBTSxLQUFLLElBQUksT0FBTyxhQUFhLE1BQU07QUFDekMsV0FBSyxhQUFhLEtBQUssT0FBTyxVQUFVLGNBQWMsSUFBSSxDQUFDO0FBQUEsSUFDN0QsR0FBRztBQUFBLEVBQ0w7QUFBQSxFQUVBLFFBQWM7QUFFWixTQUFLLFNBQVM7QUFDZCxTQUFLLE9BQU8sUUFBUTtBQUFBLEVBQ3RCO0FBQ0Y7QUFFTyxNQUFNLGtCQUFpRDtBQUFBLEVBQzVELFlBQTZCLEtBQVU7QUFBVjtBQUFBLEVBQVc7QUFBQSxFQUFYO0FBQUEsRUFFN0IsTUFBTSxlQUF1QztBQUMzQyxVQUFNLFFBQVEsTUFBTSxPQUFPLFVBQVUsVUFBVSxlQUFlLGtDQUFrQyxHQUFHO0FBQ25HLFdBQU8sTUFBTSxRQUFRLENBQUMsUUFBUTtBQUM1QixZQUFNLFNBQVMsT0FBTyxVQUFVLG1CQUFtQixHQUFHO0FBQ3RELFVBQUksQ0FBQyxPQUFRLFFBQU8sQ0FBQztBQUNyQixZQUFNLFVBQVUsS0FBSyxJQUFJLE9BQU8sWUFBWSxHQUFHLEVBQUU7QUFDakQsWUFBTSxNQUEyQixFQUFFLE1BQU0sV0FBVyxRQUFRLEtBQUssU0FBUyxPQUFPLElBQUksUUFBUSxJQUFJLE1BQU0sRUFBRTtBQUN6RyxhQUFPLENBQUMsS0FBSyxTQUFTLEtBQUssUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3QyxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsWUFBWSxNQUE0QztBQUN0RCxVQUFNLE1BQU0sS0FBSztBQUNqQixRQUFJLE9BQU8sSUFBSSxXQUFXLFlBQVksQ0FBQyxJQUFJLE9BQVEsUUFBTztBQUMxRCxVQUFNLFNBQVMsT0FBTyxLQUFLLFVBQVUsV0FBVyxLQUFLLFFBQVEsT0FBTyxVQUFVLG1CQUFtQixDQUFDO0FBQ2xHLFFBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsV0FBTyxLQUFLLFNBQVMsS0FBSyxRQUFRLElBQUksV0FBVyxLQUFLLElBQUksT0FBTyxZQUFZLE9BQU8sR0FBRyxFQUFFLE9BQU87QUFBQSxFQUNsRztBQUFBLEVBRVEsU0FBUyxLQUEwQixRQUFnQyxTQUE4QjtBQUN2RyxVQUFNLGFBQWEsS0FBSyxRQUFRLE9BQU8sSUFBSSxRQUFRLElBQUksTUFBTTtBQUM3RCxVQUFNLE9BQU8sU0FBUyxLQUFLLFNBQVMsSUFBSSxRQUFRLFNBQVMsQ0FBQyxLQUFLLElBQUksV0FBVyxPQUFPO0FBQ3JGLFVBQU0sT0FBTyxJQUFJLE9BQU87QUFBQSxNQUFLO0FBQUEsTUFBSztBQUFBLE1BQVE7QUFBQSxNQUFNO0FBQUEsTUFDOUMsSUFBSSxPQUFPLGdCQUFnQixZQUFZLElBQUksa0JBQWtCLEtBQUssS0FBSyxZQUFZLElBQUksV0FBVyxPQUFPLENBQUM7QUFBQSxJQUFDO0FBQzdHLFNBQUssUUFBUSxPQUFPLFVBQVU7QUFDOUIsU0FBSyxzQkFBc0IsRUFBRSxRQUFRLE9BQU8sZUFBZSxRQUFRLE9BQU8sS0FBSztBQUMvRSxXQUFPO0FBQUEsRUFDVDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
