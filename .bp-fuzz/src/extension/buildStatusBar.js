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
var buildStatusBar_exports = {};
__export(buildStatusBar_exports, {
  BuildStatusBar: () => BuildStatusBar
});
module.exports = __toCommonJS(buildStatusBar_exports);
var vscode = __toESM(require("vscode"));
var import_builds = require("./builds");
var import_buildProgress = require("./buildProgress");
class BuildStatusBar {
  constructor(builds) {
    this.builds = builds;
    this.item.name = "Ebuild Builder";
    this.subscription = builds.onDidChange(() => this.update());
  }
  builds;
  item = vscode.window.createStatusBarItem("ebuildBuilder.status", vscode.StatusBarAlignment.Left, 50);
  subscription;
  update() {
    const running = this.builds.running();
    const item = this.item;
    if (running.length) {
      const b = running[0];
      const more = running.length > 1 ? ` (+${running.length - 1})` : "";
      item.text = `$(sync~spin) ${(0, import_buildProgress.describeProgress)(b.progress, `${b.atom} \xB7 ${b.state}`)}${more}`;
      item.tooltip = `Building ${b.atom} with ${b.profile} on ${b.engine} \u2014 click to show the output`;
      item.command = { title: "Show build output", command: "ebuildBuilder.showTerminal", arguments: [b.id] };
      item.backgroundColor = void 0;
      item.show();
      return;
    }
    const last = this.builds.all().find(import_builds.isFinished);
    if (!last) return item.hide();
    const icon = last.state === "succeeded" ? "$(pass)" : last.state === "cancelled" ? "$(circle-slash)" : "$(error)";
    item.text = `${icon} ${last.atom} ${(0, import_builds.formatDuration)((0, import_builds.durationOf)(last))}`;
    item.tooltip = `Last build ${last.state}: ${last.atom} (${last.profile}) \u2014 click to open its log`;
    item.command = { title: "Open build log", command: "ebuildBuilder.openBuildLog", arguments: [last.id] };
    item.backgroundColor = last.state === "failed" || last.state === "error" ? new vscode.ThemeColor("statusBarItem.errorBackground") : void 0;
    item.show();
  }
  dispose() {
    this.subscription.dispose();
    this.item.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildStatusBar
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFN0YXR1c0Jhci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIFRoZSBzdGF0dXMtYmFyIGl0ZW06IHdoYXQgaXMgYnVpbGRpbmcgbm93IChgKDEgb2YgMykgY2F0L3BrZy12ZXIgXHUwMEI3IGNvbXBpbGVgKSwgZWxzZSB0aGUgbGFzdCByZXN1bHQuICovXG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB7IEJ1aWxkTGlzdCwgZHVyYXRpb25PZiwgZm9ybWF0RHVyYXRpb24sIGlzRmluaXNoZWQgfSBmcm9tICcuL2J1aWxkcyc7XG5pbXBvcnQgeyBkZXNjcmliZVByb2dyZXNzIH0gZnJvbSAnLi9idWlsZFByb2dyZXNzJztcblxuZXhwb3J0IGNsYXNzIEJ1aWxkU3RhdHVzQmFyIGltcGxlbWVudHMgdnNjb2RlLkRpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IGl0ZW0gPSB2c2NvZGUud2luZG93LmNyZWF0ZVN0YXR1c0Jhckl0ZW0oJ2VidWlsZEJ1aWxkZXIuc3RhdHVzJywgdnNjb2RlLlN0YXR1c0JhckFsaWdubWVudC5MZWZ0LCA1MCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgc3Vic2NyaXB0aW9uOiB2c2NvZGUuRGlzcG9zYWJsZTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGJ1aWxkczogQnVpbGRMaXN0KSB7XG4gICAgdGhpcy5pdGVtLm5hbWUgPSAnRWJ1aWxkIEJ1aWxkZXInO1xuICAgIHRoaXMuc3Vic2NyaXB0aW9uID0gYnVpbGRzLm9uRGlkQ2hhbmdlKCgpID0+IHRoaXMudXBkYXRlKCkpO1xuICB9XG5cbiAgdXBkYXRlKCk6IHZvaWQge1xuICAgIGNvbnN0IHJ1bm5pbmcgPSB0aGlzLmJ1aWxkcy5ydW5uaW5nKCk7XG4gICAgY29uc3QgaXRlbSA9IHRoaXMuaXRlbTtcbiAgICBpZiAocnVubmluZy5sZW5ndGgpIHtcbiAgICAgIGNvbnN0IGIgPSBydW5uaW5nWzBdO1xuICAgICAgY29uc3QgbW9yZSA9IHJ1bm5pbmcubGVuZ3RoID4gMSA/IGAgKCske3J1bm5pbmcubGVuZ3RoIC0gMX0pYCA6ICcnO1xuICAgICAgaXRlbS50ZXh0ID0gYCQoc3luY35zcGluKSAke2Rlc2NyaWJlUHJvZ3Jlc3MoYi5wcm9ncmVzcywgYCR7Yi5hdG9tfSBcdTAwQjcgJHtiLnN0YXRlfWApfSR7bW9yZX1gO1xuICAgICAgaXRlbS50b29sdGlwID0gYEJ1aWxkaW5nICR7Yi5hdG9tfSB3aXRoICR7Yi5wcm9maWxlfSBvbiAke2IuZW5naW5lfSBcdTIwMTQgY2xpY2sgdG8gc2hvdyB0aGUgb3V0cHV0YDtcbiAgICAgIGl0ZW0uY29tbWFuZCA9IHsgdGl0bGU6ICdTaG93IGJ1aWxkIG91dHB1dCcsIGNvbW1hbmQ6ICdlYnVpbGRCdWlsZGVyLnNob3dUZXJtaW5hbCcsIGFyZ3VtZW50czogW2IuaWRdIH07XG4gICAgICBpdGVtLmJhY2tncm91bmRDb2xvciA9IHVuZGVmaW5lZDtcbiAgICAgIGl0ZW0uc2hvdygpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBsYXN0ID0gdGhpcy5idWlsZHMuYWxsKCkuZmluZChpc0ZpbmlzaGVkKTtcbiAgICBpZiAoIWxhc3QpIHJldHVybiBpdGVtLmhpZGUoKTtcbiAgICBjb25zdCBpY29uID0gbGFzdC5zdGF0ZSA9PT0gJ3N1Y2NlZWRlZCcgPyAnJChwYXNzKScgOiBsYXN0LnN0YXRlID09PSAnY2FuY2VsbGVkJyA/ICckKGNpcmNsZS1zbGFzaCknIDogJyQoZXJyb3IpJztcbiAgICBpdGVtLnRleHQgPSBgJHtpY29ufSAke2xhc3QuYXRvbX0gJHtmb3JtYXREdXJhdGlvbihkdXJhdGlvbk9mKGxhc3QpKX1gO1xuICAgIGl0ZW0udG9vbHRpcCA9IGBMYXN0IGJ1aWxkICR7bGFzdC5zdGF0ZX06ICR7bGFzdC5hdG9tfSAoJHtsYXN0LnByb2ZpbGV9KSBcdTIwMTQgY2xpY2sgdG8gb3BlbiBpdHMgbG9nYDtcbiAgICBpdGVtLmNvbW1hbmQgPSB7IHRpdGxlOiAnT3BlbiBidWlsZCBsb2cnLCBjb21tYW5kOiAnZWJ1aWxkQnVpbGRlci5vcGVuQnVpbGRMb2cnLCBhcmd1bWVudHM6IFtsYXN0LmlkXSB9O1xuICAgIGl0ZW0uYmFja2dyb3VuZENvbG9yID0gbGFzdC5zdGF0ZSA9PT0gJ2ZhaWxlZCcgfHwgbGFzdC5zdGF0ZSA9PT0gJ2Vycm9yJ1xuICAgICAgPyBuZXcgdnNjb2RlLlRoZW1lQ29sb3IoJ3N0YXR1c0Jhckl0ZW0uZXJyb3JCYWNrZ3JvdW5kJykgOiB1bmRlZmluZWQ7XG4gICAgaXRlbS5zaG93KCk7XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIHRoaXMuc3Vic2NyaXB0aW9uLmRpc3Bvc2UoKTtcbiAgICB0aGlzLml0ZW0uZGlzcG9zZSgpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLGFBQXdCO0FBQ3hCLG9CQUFrRTtBQUNsRSwyQkFBaUM7QUFFMUIsTUFBTSxlQUE0QztBQUFBLEVBSXZELFlBQTZCLFFBQW1CO0FBQW5CO0FBQzNCLFNBQUssS0FBSyxPQUFPO0FBQ2pCLFNBQUssZUFBZSxPQUFPLFlBQVksTUFBTSxLQUFLLE9BQU8sQ0FBQztBQUFBLEVBQzVEO0FBQUEsRUFINkI7QUFBQSxFQUhaLE9BQU8sT0FBTyxPQUFPLG9CQUFvQix3QkFBd0IsT0FBTyxtQkFBbUIsTUFBTSxFQUFFO0FBQUEsRUFDbkc7QUFBQSxFQU9qQixTQUFlO0FBQ2IsVUFBTSxVQUFVLEtBQUssT0FBTyxRQUFRO0FBQ3BDLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFFBQUksUUFBUSxRQUFRO0FBQ2xCLFlBQU0sSUFBSSxRQUFRLENBQUM7QUFDbkIsWUFBTSxPQUFPLFFBQVEsU0FBUyxJQUFJLE1BQU0sUUFBUSxTQUFTLENBQUMsTUFBTTtBQUNoRSxXQUFLLE9BQU8sb0JBQWdCLHVDQUFpQixFQUFFLFVBQVUsR0FBRyxFQUFFLElBQUksU0FBTSxFQUFFLEtBQUssRUFBRSxDQUFDLEdBQUcsSUFBSTtBQUN6RixXQUFLLFVBQVUsWUFBWSxFQUFFLElBQUksU0FBUyxFQUFFLE9BQU8sT0FBTyxFQUFFLE1BQU07QUFDbEUsV0FBSyxVQUFVLEVBQUUsT0FBTyxxQkFBcUIsU0FBUyw4QkFBOEIsV0FBVyxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3RHLFdBQUssa0JBQWtCO0FBQ3ZCLFdBQUssS0FBSztBQUNWO0FBQUEsSUFDRjtBQUNBLFVBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxFQUFFLEtBQUssd0JBQVU7QUFDOUMsUUFBSSxDQUFDLEtBQU0sUUFBTyxLQUFLLEtBQUs7QUFDNUIsVUFBTSxPQUFPLEtBQUssVUFBVSxjQUFjLFlBQVksS0FBSyxVQUFVLGNBQWMsb0JBQW9CO0FBQ3ZHLFNBQUssT0FBTyxHQUFHLElBQUksSUFBSSxLQUFLLElBQUksUUFBSSxrQ0FBZSwwQkFBVyxJQUFJLENBQUMsQ0FBQztBQUNwRSxTQUFLLFVBQVUsY0FBYyxLQUFLLEtBQUssS0FBSyxLQUFLLElBQUksS0FBSyxLQUFLLE9BQU87QUFDdEUsU0FBSyxVQUFVLEVBQUUsT0FBTyxrQkFBa0IsU0FBUyw4QkFBOEIsV0FBVyxDQUFDLEtBQUssRUFBRSxFQUFFO0FBQ3RHLFNBQUssa0JBQWtCLEtBQUssVUFBVSxZQUFZLEtBQUssVUFBVSxVQUM3RCxJQUFJLE9BQU8sV0FBVywrQkFBK0IsSUFBSTtBQUM3RCxTQUFLLEtBQUs7QUFBQSxFQUNaO0FBQUEsRUFFQSxVQUFnQjtBQUNkLFNBQUssYUFBYSxRQUFRO0FBQzFCLFNBQUssS0FBSyxRQUFRO0FBQUEsRUFDcEI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
