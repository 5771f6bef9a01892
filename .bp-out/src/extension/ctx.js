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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9jdHgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGV4dGVuc2lvbidzIGNvbnRleHQ6IG93bnMgZXZlcnkgbG9uZy1saXZlZCBvYmplY3QgYW5kIGRpc3Bvc2FibGUuIEFjdGl2YXRpb24gYnVpbGRzIG9uZTsgZGVhY3RpdmF0aW9uXG4gKiBkaXNwb3NlcyBpdC4gT3RoZXIgbW9kdWxlcyBnZXQgd2hhdCB0aGV5IG5lZWQgZnJvbSBoZXJlIGluc3RlYWQgb2Yga2VlcGluZyBtb2R1bGUtbGV2ZWwgc3RhdGUuXG4gKi9cbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcnO1xuaW1wb3J0IHsgQnVpbGRMaXN0IH0gZnJvbSAnLi9idWlsZHMnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZFRlcm1pbmFsIH0gZnJvbSAnLi9idWlsZFRlcm1pbmFsJztcbmltcG9ydCB7IEJ1aWxkUnVubmVyIH0gZnJvbSAnLi9idWlsZFJ1bm5lcic7XG5pbXBvcnQgeyBCdWlsZFN0YXR1c0JhciB9IGZyb20gJy4vYnVpbGRTdGF0dXNCYXInO1xuaW1wb3J0IHsgQnVpbGRMb2dQcm92aWRlciB9IGZyb20gJy4vYnVpbGRMb2dEb2N1bWVudCc7XG5pbXBvcnQgeyBCdWlsZHNWaWV3IH0gZnJvbSAnLi9idWlsZHNWaWV3JztcbmltcG9ydCB7IE92ZXJsYXlzVmlldyB9IGZyb20gJy4vb3ZlcmxheXNWaWV3JztcblxuZXhwb3J0IGludGVyZmFjZSBMYXN0QnVpbGQge1xuICBlYnVpbGRQYXRoOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZztcbn1cblxuY29uc3QgTEFTVF9CVUlMRF9LRVkgPSAnZWJ1aWxkQnVpbGRlci5sYXN0QnVpbGQnO1xuXG5leHBvcnQgY2xhc3MgQ3R4IGltcGxlbWVudHMgdnNjb2RlLkRpc3Bvc2FibGUge1xuICByZWFkb25seSBsb2c6IHZzY29kZS5Mb2dPdXRwdXRDaGFubmVsO1xuICByZWFkb25seSBjb25maWc6IENvbmZpZztcbiAgcmVhZG9ubHkgYnVpbGRzOiBCdWlsZExpc3Q7XG4gIHJlYWRvbmx5IHRlcm1pbmFscyA9IG5ldyBNYXA8c3RyaW5nLCBCdWlsZFRlcm1pbmFsPigpO1xuICByZWFkb25seSBydW5uZXI6IEJ1aWxkUnVubmVyO1xuICByZWFkb25seSBzdGF0dXNCYXI6IEJ1aWxkU3RhdHVzQmFyO1xuICByZWFkb25seSBsb2dzOiBCdWlsZExvZ1Byb3ZpZGVyO1xuICByZWFkb25seSBidWlsZHNWaWV3OiBCdWlsZHNWaWV3O1xuICByZWFkb25seSBvdmVybGF5c1ZpZXc6IE92ZXJsYXlzVmlldztcbiAgcHJpdmF0ZSByZWFkb25seSBkaXNwb3NhYmxlczogdnNjb2RlLkRpc3Bvc2FibGVbXSA9IFtdO1xuICBlbmdpbmVNZXNzYWdlPzogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGV4dGVuc2lvbjogdnNjb2RlLkV4dGVuc2lvbkNvbnRleHQpIHtcbiAgICB0aGlzLmxvZyA9IHZzY29kZS53aW5kb3cuY3JlYXRlT3V0cHV0Q2hhbm5lbCgnRWJ1aWxkIEJ1aWxkZXInLCB7IGxvZzogdHJ1ZSB9KTtcbiAgICB0aGlzLmNvbmZpZyA9IG5ldyBDb25maWcoKTtcbiAgICB0aGlzLmJ1aWxkcyA9IG5ldyBCdWlsZExpc3QoKTtcbiAgICB0aGlzLnJ1bm5lciA9IG5ldyBCdWlsZFJ1bm5lcih0aGlzKTtcbiAgICB0aGlzLnN0YXR1c0JhciA9IG5ldyBCdWlsZFN0YXR1c0Jhcih0aGlzLmJ1aWxkcyk7XG4gICAgdGhpcy5sb2dzID0gbmV3IEJ1aWxkTG9nUHJvdmlkZXIodGhpcyk7XG4gICAgdGhpcy5idWlsZHNWaWV3ID0gbmV3IEJ1aWxkc1ZpZXcodGhpcyk7XG4gICAgdGhpcy5vdmVybGF5c1ZpZXcgPSBuZXcgT3ZlcmxheXNWaWV3KHRoaXMpO1xuICAgIHRoaXMuZGlzcG9zYWJsZXMucHVzaCh0aGlzLmxvZywgdGhpcy5jb25maWcsIHRoaXMuYnVpbGRzLCB0aGlzLnN0YXR1c0JhciwgdGhpcy5sb2dzLCB0aGlzLmJ1aWxkc1ZpZXcsIHRoaXMub3ZlcmxheXNWaWV3KTtcbiAgICB2b2lkIHRoaXMuc2V0Q29udGV4dCgnZWJ1aWxkQnVpbGRlci5oYXNMYXN0QnVpbGQnLCBCb29sZWFuKHRoaXMubGFzdEJ1aWxkKSk7XG4gIH1cblxuICBwdXNoKC4uLmQ6IHZzY29kZS5EaXNwb3NhYmxlW10pOiB2b2lkIHtcbiAgICB0aGlzLmRpc3Bvc2FibGVzLnB1c2goLi4uZCk7XG4gIH1cblxuICBnZXQgbGFzdEJ1aWxkKCk6IExhc3RCdWlsZCB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuZXh0ZW5zaW9uLndvcmtzcGFjZVN0YXRlLmdldDxMYXN0QnVpbGQ+KExBU1RfQlVJTERfS0VZKTtcbiAgfVxuXG4gIGFzeW5jIHNldExhc3RCdWlsZChiOiBMYXN0QnVpbGQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLmV4dGVuc2lvbi53b3Jrc3BhY2VTdGF0ZS51cGRhdGUoTEFTVF9CVUlMRF9LRVksIGIpO1xuICAgIGF3YWl0IHRoaXMuc2V0Q29udGV4dCgnZWJ1aWxkQnVpbGRlci5oYXNMYXN0QnVpbGQnLCB0cnVlKTtcbiAgfVxuXG4gIHNldEVuZ2luZVJlYWNoYWJsZShyZWFjaGFibGU6IGJvb2xlYW4sIG1lc3NhZ2U/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLmVuZ2luZU1lc3NhZ2UgPSByZWFjaGFibGUgPyB1bmRlZmluZWQgOiBtZXNzYWdlO1xuICAgIHZvaWQgdGhpcy5zZXRDb250ZXh0KCdlYnVpbGRCdWlsZGVyLmVuZ2luZVVucmVhY2hhYmxlJywgIXJlYWNoYWJsZSk7XG4gIH1cblxuICBzaG93VGVybWluYWwoaWQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IHQgPSB0aGlzLnRlcm1pbmFscy5nZXQoaWQpO1xuICAgIGlmICh0ICYmICF0LmlzQ2xvc2VkKSB0LnNob3coKTtcbiAgICBlbHNlIHZvaWQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdlYnVpbGRCdWlsZGVyLm9wZW5CdWlsZExvZycsIGlkKTtcbiAgfVxuXG4gIHNldENvbnRleHQoa2V5OiBzdHJpbmcsIHZhbHVlOiB1bmtub3duKTogVGhlbmFibGU8dW5rbm93bj4ge1xuICAgIHJldHVybiB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3NldENvbnRleHQnLCBrZXksIHZhbHVlKTtcbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCB0IG9mIHRoaXMudGVybWluYWxzLnZhbHVlcygpKSB0LmRpc3Bvc2UoKTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgdGhpcy5kaXNwb3NhYmxlcy5zcGxpY2UoMCkucmV2ZXJzZSgpKSBkLmRpc3Bvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxhQUF3QjtBQUN4QixvQkFBdUI7QUFDdkIsb0JBQTBCO0FBRTFCLHlCQUE0QjtBQUM1Qiw0QkFBK0I7QUFDL0IsOEJBQWlDO0FBQ2pDLHdCQUEyQjtBQUMzQiwwQkFBNkI7QUFPN0IsTUFBTSxpQkFBaUI7QUFFaEIsTUFBTSxJQUFpQztBQUFBLEVBYTVDLFlBQXFCLFdBQW9DO0FBQXBDO0FBQ25CLFNBQUssTUFBTSxPQUFPLE9BQU8sb0JBQW9CLGtCQUFrQixFQUFFLEtBQUssS0FBSyxDQUFDO0FBQzVFLFNBQUssU0FBUyxJQUFJLHFCQUFPO0FBQ3pCLFNBQUssU0FBUyxJQUFJLHdCQUFVO0FBQzVCLFNBQUssU0FBUyxJQUFJLCtCQUFZLElBQUk7QUFDbEMsU0FBSyxZQUFZLElBQUkscUNBQWUsS0FBSyxNQUFNO0FBQy9DLFNBQUssT0FBTyxJQUFJLHlDQUFpQixJQUFJO0FBQ3JDLFNBQUssYUFBYSxJQUFJLDZCQUFXLElBQUk7QUFDckMsU0FBSyxlQUFlLElBQUksaUNBQWEsSUFBSTtBQUN6QyxTQUFLLFlBQVksS0FBSyxLQUFLLEtBQUssS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFdBQVcsS0FBSyxNQUFNLEtBQUssWUFBWSxLQUFLLFlBQVk7QUFDdkgsU0FBSyxLQUFLLFdBQVcsOEJBQThCLFFBQVEsS0FBSyxTQUFTLENBQUM7QUFBQSxFQUM1RTtBQUFBLEVBWHFCO0FBQUEsRUFaWjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxZQUFZLG9CQUFJLElBQTJCO0FBQUEsRUFDM0M7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDUSxjQUFtQyxDQUFDO0FBQUEsRUFDckQ7QUFBQSxFQWVBLFFBQVEsR0FBOEI7QUFDcEMsU0FBSyxZQUFZLEtBQUssR0FBRyxDQUFDO0FBQUEsRUFDNUI7QUFBQSxFQUVBLElBQUksWUFBbUM7QUFDckMsV0FBTyxLQUFLLFVBQVUsZUFBZSxJQUFlLGNBQWM7QUFBQSxFQUNwRTtBQUFBLEVBRUEsTUFBTSxhQUFhLEdBQTZCO0FBQzlDLFVBQU0sS0FBSyxVQUFVLGVBQWUsT0FBTyxnQkFBZ0IsQ0FBQztBQUM1RCxVQUFNLEtBQUssV0FBVyw4QkFBOEIsSUFBSTtBQUFBLEVBQzFEO0FBQUEsRUFFQSxtQkFBbUIsV0FBb0IsU0FBd0I7QUFDN0QsU0FBSyxnQkFBZ0IsWUFBWSxTQUFZO0FBQzdDLFNBQUssS0FBSyxXQUFXLG1DQUFtQyxDQUFDLFNBQVM7QUFBQSxFQUNwRTtBQUFBLEVBRUEsYUFBYSxJQUFrQjtBQUM3QixVQUFNLElBQUksS0FBSyxVQUFVLElBQUksRUFBRTtBQUMvQixRQUFJLEtBQUssQ0FBQyxFQUFFLFNBQVUsR0FBRSxLQUFLO0FBQUEsUUFDeEIsTUFBSyxPQUFPLFNBQVMsZUFBZSw4QkFBOEIsRUFBRTtBQUFBLEVBQzNFO0FBQUEsRUFFQSxXQUFXLEtBQWEsT0FBbUM7QUFDekQsV0FBTyxPQUFPLFNBQVMsZUFBZSxjQUFjLEtBQUssS0FBSztBQUFBLEVBQ2hFO0FBQUEsRUFFQSxVQUFnQjtBQUNkLGVBQVcsS0FBSyxLQUFLLFVBQVUsT0FBTyxFQUFHLEdBQUUsUUFBUTtBQUNuRCxlQUFXLEtBQUssS0FBSyxZQUFZLE9BQU8sQ0FBQyxFQUFFLFFBQVEsRUFBRyxHQUFFLFFBQVE7QUFBQSxFQUNsRTtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
