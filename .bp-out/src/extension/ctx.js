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
var ctx_exports = {};
__export(ctx_exports, {
  Ctx: () => Ctx
});
module.exports = __toCommonJS(ctx_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_config = require("./config");
var import_builds = require("./builds");
var import_buildRunner = require("./buildRunner");
var import_buildStatusBar = require("./buildStatusBar");
var import_buildLogDocument = require("./buildLogDocument");
var import_buildsView = require("./buildsView");
var import_overlaysView = require("./overlaysView");
const LAST_BUILD_KEY = "ebuildBuilder.lastBuild";
class Ctx {
  constructor(extension) {
    this.extension = extension;
    this.log = vscode.window.createOutputChannel("Ebuild Builder", { log: true });
    this.config = new import_config.Config();
    this.builds = new import_builds.BuildList();
    this.runner = new import_buildRunner.BuildRunner(this);
    this.statusBar = new import_buildStatusBar.BuildStatusBar(this.builds);
    this.logs = new import_buildLogDocument.BuildLogProvider(this);
    this.buildsView = new import_buildsView.BuildsView(this);
    this.overlaysView = new import_overlaysView.OverlaysView(this);
    this.disposables.push(this.log, this.config, this.builds, this.statusBar, this.logs, this.buildsView, this.overlaysView);
    void this.setContext("ebuildBuilder.hasLastBuild", Boolean(this.lastBuild));
  }
  extension;
  log;
  config;
  builds;
  terminals = /* @__PURE__ */ new Map();
  runner;
  statusBar;
  logs;
  buildsView;
  overlaysView;
  disposables = [];
  engineMessage;
  push(...d) {
    this.disposables.push(...d);
  }
  /** Saved logs go to this workspace's storage (or the global one without a workspace). */
  get logDir() {
    const base = this.extension.storageUri ?? this.extension.globalStorageUri;
    return path.join(base.fsPath, "logs");
  }
  get lastBuild() {
    return this.extension.workspaceState.get(LAST_BUILD_KEY);
  }
  async setLastBuild(b) {
    await this.extension.workspaceState.update(LAST_BUILD_KEY, b);
    await this.setContext("ebuildBuilder.hasLastBuild", true);
  }
  setEngineReachable(reachable, message) {
    this.engineMessage = reachable ? void 0 : message;
    void this.setContext("ebuildBuilder.engineUnreachable", !reachable);
  }
  showTerminal(id) {
    const t = this.terminals.get(id);
    if (t && !t.isClosed) t.show();
    else void vscode.commands.executeCommand("ebuildBuilder.openBuildLog", id);
  }
  setContext(key, value) {
    return vscode.commands.executeCommand("setContext", key, value);
  }
  dispose() {
    for (const t of this.terminals.values()) t.dispose();
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Ctx
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9jdHgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGV4dGVuc2lvbidzIGNvbnRleHQ6IG93bnMgZXZlcnkgbG9uZy1saXZlZCBvYmplY3QgYW5kIGRpc3Bvc2FibGUuIEFjdGl2YXRpb24gYnVpbGRzIG9uZTsgZGVhY3RpdmF0aW9uXG4gKiBkaXNwb3NlcyBpdC4gT3RoZXIgbW9kdWxlcyBnZXQgd2hhdCB0aGV5IG5lZWQgZnJvbSBoZXJlIGluc3RlYWQgb2Yga2VlcGluZyBtb2R1bGUtbGV2ZWwgc3RhdGUuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcnO1xuaW1wb3J0IHsgQnVpbGRMaXN0IH0gZnJvbSAnLi9idWlsZHMnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZFRlcm1pbmFsIH0gZnJvbSAnLi9idWlsZFRlcm1pbmFsJztcbmltcG9ydCB7IEJ1aWxkUnVubmVyIH0gZnJvbSAnLi9idWlsZFJ1bm5lcic7XG5pbXBvcnQgeyBCdWlsZFN0YXR1c0JhciB9IGZyb20gJy4vYnVpbGRTdGF0dXNCYXInO1xuaW1wb3J0IHsgQnVpbGRMb2dQcm92aWRlciB9IGZyb20gJy4vYnVpbGRMb2dEb2N1bWVudCc7XG5pbXBvcnQgeyBCdWlsZHNWaWV3IH0gZnJvbSAnLi9idWlsZHNWaWV3JztcbmltcG9ydCB7IE92ZXJsYXlzVmlldyB9IGZyb20gJy4vb3ZlcmxheXNWaWV3JztcblxuZXhwb3J0IGludGVyZmFjZSBMYXN0QnVpbGQge1xuICBlYnVpbGRQYXRoOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZztcbn1cblxuY29uc3QgTEFTVF9CVUlMRF9LRVkgPSAnZWJ1aWxkQnVpbGRlci5sYXN0QnVpbGQnO1xuXG5leHBvcnQgY2xhc3MgQ3R4IGltcGxlbWVudHMgdnNjb2RlLkRpc3Bvc2FibGUge1xuICByZWFkb25seSBsb2c6IHZzY29kZS5Mb2dPdXRwdXRDaGFubmVsO1xuICByZWFkb25seSBjb25maWc6IENvbmZpZztcbiAgcmVhZG9ubHkgYnVpbGRzOiBCdWlsZExpc3Q7XG4gIHJlYWRvbmx5IHRlcm1pbmFscyA9IG5ldyBNYXA8c3RyaW5nLCBCdWlsZFRlcm1pbmFsPigpO1xuICByZWFkb25seSBydW5uZXI6IEJ1aWxkUnVubmVyO1xuICByZWFkb25seSBzdGF0dXNCYXI6IEJ1aWxkU3RhdHVzQmFyO1xuICByZWFkb25seSBsb2dzOiBCdWlsZExvZ1Byb3ZpZGVyO1xuICByZWFkb25seSBidWlsZHNWaWV3OiBCdWlsZHNWaWV3O1xuICByZWFkb25seSBvdmVybGF5c1ZpZXc6IE92ZXJsYXlzVmlldztcbiAgcHJpdmF0ZSByZWFkb25seSBkaXNwb3NhYmxlczogdnNjb2RlLkRpc3Bvc2FibGVbXSA9IFtdO1xuICBlbmdpbmVNZXNzYWdlPzogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGV4dGVuc2lvbjogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpIHtcbiAgICB0aGlzLmxvZyA9IHZzY29kZS53aW5kb3cuY3JlYXRlT3V0cHV0Q2hhbm5lbCgnRWJ1aWxkIEJ1aWxkZXInLCB7IGxvZzogdHJ1ZSB9KTtcbiAgICB0aGlzLmNvbmZpZyA9IG5ldyBDb25maWcoKTtcbiAgICB0aGlzLmJ1aWxkcyA9IG5ldyBCdWlsZExpc3QoKTtcbiAgICB0aGlzLnJ1bm5lciA9IG5ldyBCdWlsZFJ1bm5lcih0aGlzKTtcbiAgICB0aGlzLnN0YXR1c0JhciA9IG5ldyBCdWlsZFN0YXR1c0Jhcih0aGlzLmJ1aWxkcyk7XG4gICAgdGhpcy5sb2dzID0gbmV3IEJ1aWxkTG9nUHJvdmlkZXIodGhpcyk7XG4gICAgdGhpcy5idWlsZHNWaWV3ID0gbmV3IEJ1aWxkc1ZpZXcodGhpcyk7XG4gICAgdGhpcy5vdmVybGF5c1ZpZXcgPSBuZXcgT3ZlcmxheXNWaWV3KHRoaXMpO1xuICAgIHRoaXMuZGlzcG9zYWJsZXMucHVzaCh0aGlzLmxvZywgdGhpcy5jb25maWcsIHRoaXMuYnVpbGRzLCB0aGlzLnN0YXR1c0JhciwgdGhpcy5sb2dzLCB0aGlzLmJ1aWxkc1ZpZXcsIHRoaXMub3ZlcmxheXNWaWV3KTtcbiAgICB2b2lkIHRoaXMuc2V0Q29udGV4dCgnZWJ1aWxkQnVpbGRlci5oYXNMYXN0QnVpbGQnLCBCb29sZWFuKHRoaXMubGFzdEJ1aWxkKSk7XG4gIH1cblxuICBwdXNoKC4uLmQ6IHZzY29kZS5EaXNwb3NhYmxlW10pOiB2b2lkIHtcbiAgICB0aGlzLmRpc3Bvc2FibGVzLnB1c2goLi4uZCk7XG4gIH1cblxuICAvKiogU2F2ZWQgbG9ncyBnbyB0byB0aGlzIHdvcmtzcGFjZSdzIHN0b3JhZ2UgKG9yIHRoZSBnbG9iYWwgb25lIHdpdGhvdXQgYSB3b3Jrc3BhY2UpLiAqL1xuICBnZXQgbG9nRGlyKCk6IHN0cmluZyB7XG4gICAgY29uc3QgYmFzZSA9IHRoaXMuZXh0ZW5zaW9uLnN0b3JhZ2VVcmkgPz8gdGhpcy5leHRlbnNpb24uZ2xvYmFsU3RvcmFnZVVyaTtcbiAgICByZXR1cm4gcGF0aC5qb2luKGJhc2UuZnNQYXRoLCAnbG9ncycpO1xuICB9XG5cbiAgZ2V0IGxhc3RCdWlsZCgpOiBMYXN0QnVpbGQgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLmV4dGVuc2lvbi53b3Jrc3BhY2VTdGF0ZS5nZXQ8TGFzdEJ1aWxkPihMQVNUX0JVSUxEX0tFWSk7XG4gIH1cblxuICBhc3luYyBzZXRMYXN0QnVpbGQoYjogTGFzdEJ1aWxkKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy5leHRlbnNpb24ud29ya3NwYWNlU3RhdGUudXBkYXRlKExBU1RfQlVJTERfS0VZLCBiKTtcbiAgICBhd2FpdCB0aGlzLnNldENvbnRleHQoJ2VidWlsZEJ1aWxkZXIuaGFzTGFzdEJ1aWxkJywgdHJ1ZSk7XG4gIH1cblxuICBzZXRFbmdpbmVSZWFjaGFibGUocmVhY2hhYmxlOiBib29sZWFuLCBtZXNzYWdlPzogc3RyaW5nKTogdm9pZCB7XG4gICAgdGhpcy5lbmdpbmVNZXNzYWdlID0gcmVhY2hhYmxlID8gdW5kZWZpbmVkIDogbWVzc2FnZTtcbiAgICB2b2lkIHRoaXMuc2V0Q29udGV4dCgnZWJ1aWxkQnVpbGRlci5lbmdpbmVVbnJlYWNoYWJsZScsICFyZWFjaGFibGUpO1xuICB9XG5cbiAgc2hvd1Rlcm1pbmFsKGlkOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCB0ID0gdGhpcy50ZXJtaW5hbHMuZ2V0KGlkKTtcbiAgICBpZiAodCAmJiAhdC5pc0Nsb3NlZCkgdC5zaG93KCk7XG4gICAgZWxzZSB2b2lkIHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnZWJ1aWxkQnVpbGRlci5vcGVuQnVpbGRMb2cnLCBpZCk7XG4gIH1cblxuICBzZXRDb250ZXh0KGtleTogc3RyaW5nLCB2YWx1ZTogdW5rbm93bik6IFRoZW5hYmxlPHVua25vd24+IHtcbiAgICByZXR1cm4gdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdzZXRDb250ZXh0Jywga2V5LCB2YWx1ZSk7XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIGZvciAoY29uc3QgdCBvZiB0aGlzLnRlcm1pbmFscy52YWx1ZXMoKSkgdC5kaXNwb3NlKCk7XG4gICAgZm9yIChjb25zdCBkIG9mIHRoaXMuZGlzcG9zYWJsZXMuc3BsaWNlKDApLnJldmVyc2UoKSkgZC5kaXNwb3NlKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsV0FBc0I7QUFDdEIsYUFBd0I7QUFDeEIsb0JBQXVCO0FBQ3ZCLG9CQUEwQjtBQUUxQix5QkFBNEI7QUFDNUIsNEJBQStCO0FBQy9CLDhCQUFpQztBQUNqQyx3QkFBMkI7QUFDM0IsMEJBQTZCO0FBTzdCLE1BQU0saUJBQWlCO0FBRWhCLE1BQU0sSUFBaUM7QUFBQSxFQWE1QyxZQUFxQixXQUFvQztBQUFwQztBQUNuQixTQUFLLE1BQU0sT0FBTyxPQUFPLG9CQUFvQixrQkFBa0IsRUFBRSxLQUFLLEtBQUssQ0FBQztBQUM1RSxTQUFLLFNBQVMsSUFBSSxxQkFBTztBQUN6QixTQUFLLFNBQVMsSUFBSSx3QkFBVTtBQUM1QixTQUFLLFNBQVMsSUFBSSwrQkFBWSxJQUFJO0FBQ2xDLFNBQUssWUFBWSxJQUFJLHFDQUFlLEtBQUssTUFBTTtBQUMvQyxTQUFLLE9BQU8sSUFBSSx5Q0FBaUIsSUFBSTtBQUNyQyxTQUFLLGFBQWEsSUFBSSw2QkFBVyxJQUFJO0FBQ3JDLFNBQUssZUFBZSxJQUFJLGlDQUFhLElBQUk7QUFDekMsU0FBSyxZQUFZLEtBQUssS0FBSyxLQUFLLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxXQUFXLEtBQUssTUFBTSxLQUFLLFlBQVksS0FBSyxZQUFZO0FBQ3ZILFNBQUssS0FBSyxXQUFXLDhCQUE4QixRQUFRLEtBQUssU0FBUyxDQUFDO0FBQUEsRUFDNUU7QUFBQSxFQVhxQjtBQUFBLEVBWlo7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsWUFBWSxvQkFBSSxJQUEyQjtBQUFBLEVBQzNDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1EsY0FBbUMsQ0FBQztBQUFBLEVBQ3JEO0FBQUEsRUFlQSxRQUFRLEdBQThCO0FBQ3BDLFNBQUssWUFBWSxLQUFLLEdBQUcsQ0FBQztBQUFBLEVBQzVCO0FBQUE7QUFBQSxFQUdBLElBQUksU0FBaUI7QUFDbkIsVUFBTSxPQUFPLEtBQUssVUFBVSxjQUFjLEtBQUssVUFBVTtBQUN6RCxXQUFPLEtBQUssS0FBSyxLQUFLLFFBQVEsTUFBTTtBQUFBLEVBQ3RDO0FBQUEsRUFFQSxJQUFJLFlBQW1DO0FBQ3JDLFdBQU8sS0FBSyxVQUFVLGVBQWUsSUFBZSxjQUFjO0FBQUEsRUFDcEU7QUFBQSxFQUVBLE1BQU0sYUFBYSxHQUE2QjtBQUM5QyxVQUFNLEtBQUssVUFBVSxlQUFlLE9BQU8sZ0JBQWdCLENBQUM7QUFDNUQsVUFBTSxLQUFLLFdBQVcsOEJBQThCLElBQUk7QUFBQSxFQUMxRDtBQUFBLEVBRUEsbUJBQW1CLFdBQW9CLFNBQXdCO0FBQzdELFNBQUssZ0JBQWdCLFlBQVksU0FBWTtBQUM3QyxTQUFLLEtBQUssV0FBVyxtQ0FBbUMsQ0FBQyxTQUFTO0FBQUEsRUFDcEU7QUFBQSxFQUVBLGFBQWEsSUFBa0I7QUFDN0IsVUFBTSxJQUFJLEtBQUssVUFBVSxJQUFJLEVBQUU7QUFDL0IsUUFBSSxLQUFLLENBQUMsRUFBRSxTQUFVLEdBQUUsS0FBSztBQUFBLFFBQ3hCLE1BQUssT0FBTyxTQUFTLGVBQWUsOEJBQThCLEVBQUU7QUFBQSxFQUMzRTtBQUFBLEVBRUEsV0FBVyxLQUFhLE9BQW1DO0FBQ3pELFdBQU8sT0FBTyxTQUFTLGVBQWUsY0FBYyxLQUFLLEtBQUs7QUFBQSxFQUNoRTtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxlQUFXLEtBQUssS0FBSyxVQUFVLE9BQU8sRUFBRyxHQUFFLFFBQVE7QUFDbkQsZUFBVyxLQUFLLEtBQUssWUFBWSxPQUFPLENBQUMsRUFBRSxRQUFRLEVBQUcsR0FBRSxRQUFRO0FBQUEsRUFDbEU7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
