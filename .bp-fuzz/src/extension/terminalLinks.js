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
var terminalLinks_exports = {};
__export(terminalLinks_exports, {
  BuildLinkProvider: () => BuildLinkProvider,
  findLinks: () => findLinks
});
module.exports = __toCommonJS(terminalLinks_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
const BUILD_LOG = /(?:\/[\w.+@-]+)*\/build\.log|(?<![\w/])build\.log|(?:\/[\w.+@-]+)+\/logs\/[\w.+@-]+\.log/g;
const SOURCE = /((?:\/?[\w.+@-]+\/)*[\w.+@-]+\.(?:ebuild|eclass))(?:,?\s+line\s+(\d+)|:(\d+))?/g;
function findLinks(line) {
  const links = [];
  for (const m of line.matchAll(BUILD_LOG)) {
    links.push({ startIndex: m.index ?? 0, length: m[0].length, kind: "build-log", file: m[0] });
  }
  for (const m of line.matchAll(SOURCE)) {
    const n = m[2] ?? m[3];
    links.push({ startIndex: m.index ?? 0, length: m[0].length, kind: "source", file: m[1], line: n ? Number(n) : void 0 });
  }
  return links;
}
class BuildLinkProvider {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  provideTerminalLinks(context) {
    const buildId = [...this.ctx.terminals.entries()].find(([, t]) => t.terminal === context.terminal)?.[0];
    if (!buildId) return [];
    return findLinks(context.line).map((found) => ({
      startIndex: found.startIndex,
      length: found.length,
      tooltip: found.kind === "build-log" ? "Open the saved build log" : `Open ${path.basename(found.file)}${found.line ? ` at line ${found.line}` : ""}`,
      found,
      buildId
    }));
  }
  async handleTerminalLink(link) {
    const record = link.buildId ? this.ctx.builds.get(link.buildId) : void 0;
    if (link.found.kind === "build-log") {
      if (record) return void vscode.commands.executeCommand("ebuildBuilder.openBuildLog", record.id);
      return;
    }
    const uri = await this.locate(link.found.file, record?.ebuildPath);
    if (!uri) {
      void vscode.window.showWarningMessage(`${path.basename(link.found.file)} is not in this workspace (it lives in the container).`);
      return;
    }
    const line = Math.max(0, (link.found.line ?? 1) - 1);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
  }
  /** Container paths differ from workspace paths: match by name, preferring the build's own package and overlay. */
  async locate(file, ebuildPath) {
    const name = path.basename(file);
    if (ebuildPath) {
      const pkgDir = path.dirname(ebuildPath);
      const overlay = path.dirname(path.dirname(pkgDir));
      const candidates = name.endsWith(".eclass") ? [path.join(overlay, "eclass", name)] : [path.join(pkgDir, name)];
      for (const c of candidates) {
        try {
          await vscode.workspace.fs.stat(vscode.Uri.file(c));
          return vscode.Uri.file(c);
        } catch {
        }
      }
    }
    const found = await vscode.workspace.findFiles(`**/${name}`, "**/node_modules/**", 1);
    return found[0];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildLinkProvider,
  findLinks
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi90ZXJtaW5hbExpbmtzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIENsaWNrYWJsZSBwYXRocyBpbiBidWlsZCB0ZXJtaW5hbHM6IGEgYGJ1aWxkLmxvZ2AgcGF0aCBvcGVucyB0aGUgYnVpbGQncyBzYXZlZCBsb2c7IGFuIGVidWlsZCBvciBlY2xhc3MgcGF0aFxuICogZm9sbG93ZWQgYnkgYGxpbmUgTmAgKGVtZXJnZSdzIGNhbGwgc3RhY2s6IGBoZWxsby0xLjAuZWJ1aWxkLCBsaW5lIDEyOiAgQ2FsbGVkIGRpZWApIG9wZW5zIHRoYXQgZmlsZSBhdCB0aGF0IGxpbmUuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRm91bmRMaW5rIHtcbiAgc3RhcnRJbmRleDogbnVtYmVyO1xuICBsZW5ndGg6IG51bWJlcjtcbiAga2luZDogJ2J1aWxkLWxvZycgfCAnc291cmNlJztcbiAgZmlsZTogc3RyaW5nO1xuICBsaW5lPzogbnVtYmVyO1xufVxuXG4vLyBlbWVyZ2UncyBgXHUyMDI2L3RlbXAvYnVpbGQubG9nYCBhbmQgdGhlIHNhdmVkIGxvZyBwYXRoIHByaW50ZWQgaW4gdGhlIGZvb3RlciAoYFx1MjAyNi9sb2dzLzxhdG9tPi08cHJvZmlsZT4tPHRpbWU+LmxvZ2ApLlxuY29uc3QgQlVJTERfTE9HID0gLyg/OlxcL1tcXHcuK0AtXSspKlxcL2J1aWxkXFwubG9nfCg/PCFbXFx3L10pYnVpbGRcXC5sb2d8KD86XFwvW1xcdy4rQC1dKykrXFwvbG9nc1xcL1tcXHcuK0AtXStcXC5sb2cvZztcbmNvbnN0IFNPVVJDRSA9IC8oKD86XFwvP1tcXHcuK0AtXStcXC8pKltcXHcuK0AtXStcXC4oPzplYnVpbGR8ZWNsYXNzKSkoPzosP1xccytsaW5lXFxzKyhcXGQrKXw6KFxcZCspKT8vZztcblxuLyoqIFB1cmU6IHRoZSBsaW5rcyBpbiBvbmUgdGVybWluYWwgbGluZSAodW5pdC10ZXN0ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmRMaW5rcyhsaW5lOiBzdHJpbmcpOiBGb3VuZExpbmtbXSB7XG4gIGNvbnN0IGxpbmtzOiBGb3VuZExpbmtbXSA9IFtdO1xuICBmb3IgKGNvbnN0IG0gb2YgbGluZS5tYXRjaEFsbChCVUlMRF9MT0cpKSB7XG4gICAgbGlua3MucHVzaCh7IHN0YXJ0SW5kZXg6IG0uaW5kZXggPz8gMCwgbGVuZ3RoOiBtWzBdLmxlbmd0aCwga2luZDogJ2J1aWxkLWxvZycsIGZpbGU6IG1bMF0gfSk7XG4gIH1cbiAgZm9yIChjb25zdCBtIG9mIGxpbmUubWF0Y2hBbGwoU09VUkNFKSkge1xuICAgIGNvbnN0IG4gPSBtWzJdID8/IG1bM107XG4gICAgbGlua3MucHVzaCh7IHN0YXJ0SW5kZXg6IG0uaW5kZXggPz8gMCwgbGVuZ3RoOiBtWzBdLmxlbmd0aCwga2luZDogJ3NvdXJjZScsIGZpbGU6IG1bMV0sIGxpbmU6IG4gPyBOdW1iZXIobikgOiB1bmRlZmluZWQgfSk7XG4gIH1cbiAgcmV0dXJuIGxpbmtzO1xufVxuXG5pbnRlcmZhY2UgQnVpbGRUZXJtaW5hbExpbmsgZXh0ZW5kcyB2c2NvZGUuVGVybWluYWxMaW5rIHtcbiAgZm91bmQ6IEZvdW5kTGluaztcbiAgYnVpbGRJZD86IHN0cmluZztcbn1cblxuZXhwb3J0IGNsYXNzIEJ1aWxkTGlua1Byb3ZpZGVyIGltcGxlbWVudHMgdnNjb2RlLlRlcm1pbmFsTGlua1Byb3ZpZGVyPEJ1aWxkVGVybWluYWxMaW5rPiB7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgY3R4OiBDdHgpIHt9XG5cbiAgcHJvdmlkZVRlcm1pbmFsTGlua3MoY29udGV4dDogdnNjb2RlLlRlcm1pbmFsTGlua0NvbnRleHQpOiBCdWlsZFRlcm1pbmFsTGlua1tdIHtcbiAgICBjb25zdCBidWlsZElkID0gWy4uLnRoaXMuY3R4LnRlcm1pbmFscy5lbnRyaWVzKCldLmZpbmQoKFssIHRdKSA9PiB0LnRlcm1pbmFsID09PSBjb250ZXh0LnRlcm1pbmFsKT8uWzBdO1xuICAgIGlmICghYnVpbGRJZCkgcmV0dXJuIFtdO1xuICAgIHJldHVybiBmaW5kTGlua3MoY29udGV4dC5saW5lKS5tYXAoKGZvdW5kKSA9PiAoe1xuICAgICAgc3RhcnRJbmRleDogZm91bmQuc3RhcnRJbmRleCxcbiAgICAgIGxlbmd0aDogZm91bmQubGVuZ3RoLFxuICAgICAgdG9vbHRpcDogZm91bmQua2luZCA9PT0gJ2J1aWxkLWxvZycgPyAnT3BlbiB0aGUgc2F2ZWQgYnVpbGQgbG9nJyA6IGBPcGVuICR7cGF0aC5iYXNlbmFtZShmb3VuZC5maWxlKX0ke2ZvdW5kLmxpbmUgPyBgIGF0IGxpbmUgJHtmb3VuZC5saW5lfWAgOiAnJ31gLFxuICAgICAgZm91bmQsXG4gICAgICBidWlsZElkLFxuICAgIH0pKTtcbiAgfVxuXG4gIGFzeW5jIGhhbmRsZVRlcm1pbmFsTGluayhsaW5rOiBCdWlsZFRlcm1pbmFsTGluayk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IHJlY29yZCA9IGxpbmsuYnVpbGRJZCA/IHRoaXMuY3R4LmJ1aWxkcy5nZXQobGluay5idWlsZElkKSA6IHVuZGVmaW5lZDtcbiAgICBpZiAobGluay5mb3VuZC5raW5kID09PSAnYnVpbGQtbG9nJykge1xuICAgICAgaWYgKHJlY29yZCkgcmV0dXJuIHZvaWQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdlYnVpbGRCdWlsZGVyLm9wZW5CdWlsZExvZycsIHJlY29yZC5pZCk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IHVyaSA9IGF3YWl0IHRoaXMubG9jYXRlKGxpbmsuZm91bmQuZmlsZSwgcmVjb3JkPy5lYnVpbGRQYXRoKTtcbiAgICBpZiAoIXVyaSkge1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShgJHtwYXRoLmJhc2VuYW1lKGxpbmsuZm91bmQuZmlsZSl9IGlzIG5vdCBpbiB0aGlzIHdvcmtzcGFjZSAoaXQgbGl2ZXMgaW4gdGhlIGNvbnRhaW5lcikuYCk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IGxpbmUgPSBNYXRoLm1heCgwLCAobGluay5mb3VuZC5saW5lID8/IDEpIC0gMSk7XG4gICAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHVyaSwgeyBzZWxlY3Rpb246IG5ldyB2c2NvZGUuUmFuZ2UobGluZSwgMCwgbGluZSwgMCkgfSk7XG4gIH1cblxuICAvKiogQ29udGFpbmVyIHBhdGhzIGRpZmZlciBmcm9tIHdvcmtzcGFjZSBwYXRoczogbWF0Y2ggYnkgbmFtZSwgcHJlZmVycmluZyB0aGUgYnVpbGQncyBvd24gcGFja2FnZSBhbmQgb3ZlcmxheS4gKi9cbiAgcHJpdmF0ZSBhc3luYyBsb2NhdGUoZmlsZTogc3RyaW5nLCBlYnVpbGRQYXRoPzogc3RyaW5nKTogUHJvbWlzZTx2c2NvZGUuVXJpIHwgdW5kZWZpbmVkPiB7XG4gICAgY29uc3QgbmFtZSA9IHBhdGguYmFzZW5hbWUoZmlsZSk7XG4gICAgaWYgKGVidWlsZFBhdGgpIHtcbiAgICAgIGNvbnN0IHBrZ0RpciA9IHBhdGguZGlybmFtZShlYnVpbGRQYXRoKTtcbiAgICAgIGNvbnN0IG92ZXJsYXkgPSBwYXRoLmRpcm5hbWUocGF0aC5kaXJuYW1lKHBrZ0RpcikpO1xuICAgICAgY29uc3QgY2FuZGlkYXRlcyA9IG5hbWUuZW5kc1dpdGgoJy5lY2xhc3MnKSA/IFtwYXRoLmpvaW4ob3ZlcmxheSwgJ2VjbGFzcycsIG5hbWUpXSA6IFtwYXRoLmpvaW4ocGtnRGlyLCBuYW1lKV07XG4gICAgICBmb3IgKGNvbnN0IGMgb2YgY2FuZGlkYXRlcykge1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZnMuc3RhdCh2c2NvZGUuVXJpLmZpbGUoYykpO1xuICAgICAgICAgIHJldHVybiB2c2NvZGUuVXJpLmZpbGUoYyk7XG4gICAgICAgIH0gY2F0Y2ggeyAvKiBub3QgdGhlcmU6IHNlYXJjaCB0aGUgd29ya3NwYWNlICovIH1cbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgZm91bmQgPSBhd2FpdCB2c2NvZGUud29ya3NwYWNlLmZpbmRGaWxlcyhgKiovJHtuYW1lfWAsICcqKi9ub2RlX21vZHVsZXMvKionLCAxKTtcbiAgICByZXR1cm4gZm91bmRbMF07XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxXQUFzQjtBQUN0QixhQUF3QjtBQVl4QixNQUFNLFlBQVk7QUFDbEIsTUFBTSxTQUFTO0FBR1IsU0FBUyxVQUFVLE1BQTJCO0FBQ25ELFFBQU0sUUFBcUIsQ0FBQztBQUM1QixhQUFXLEtBQUssS0FBSyxTQUFTLFNBQVMsR0FBRztBQUN4QyxVQUFNLEtBQUssRUFBRSxZQUFZLEVBQUUsU0FBUyxHQUFHLFFBQVEsRUFBRSxDQUFDLEVBQUUsUUFBUSxNQUFNLGFBQWEsTUFBTSxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDN0Y7QUFDQSxhQUFXLEtBQUssS0FBSyxTQUFTLE1BQU0sR0FBRztBQUNyQyxVQUFNLElBQUksRUFBRSxDQUFDLEtBQUssRUFBRSxDQUFDO0FBQ3JCLFVBQU0sS0FBSyxFQUFFLFlBQVksRUFBRSxTQUFTLEdBQUcsUUFBUSxFQUFFLENBQUMsRUFBRSxRQUFRLE1BQU0sVUFBVSxNQUFNLEVBQUUsQ0FBQyxHQUFHLE1BQU0sSUFBSSxPQUFPLENBQUMsSUFBSSxPQUFVLENBQUM7QUFBQSxFQUMzSDtBQUNBLFNBQU87QUFDVDtBQU9PLE1BQU0sa0JBQTRFO0FBQUEsRUFDdkYsWUFBNkIsS0FBVTtBQUFWO0FBQUEsRUFBVztBQUFBLEVBQVg7QUFBQSxFQUU3QixxQkFBcUIsU0FBMEQ7QUFDN0UsVUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLElBQUksVUFBVSxRQUFRLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsTUFBTSxFQUFFLGFBQWEsUUFBUSxRQUFRLElBQUksQ0FBQztBQUN0RyxRQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsV0FBTyxVQUFVLFFBQVEsSUFBSSxFQUFFLElBQUksQ0FBQyxXQUFXO0FBQUEsTUFDN0MsWUFBWSxNQUFNO0FBQUEsTUFDbEIsUUFBUSxNQUFNO0FBQUEsTUFDZCxTQUFTLE1BQU0sU0FBUyxjQUFjLDZCQUE2QixRQUFRLEtBQUssU0FBUyxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sT0FBTyxZQUFZLE1BQU0sSUFBSSxLQUFLLEVBQUU7QUFBQSxNQUNqSjtBQUFBLE1BQ0E7QUFBQSxJQUNGLEVBQUU7QUFBQSxFQUNKO0FBQUEsRUFFQSxNQUFNLG1CQUFtQixNQUF3QztBQUMvRCxVQUFNLFNBQVMsS0FBSyxVQUFVLEtBQUssSUFBSSxPQUFPLElBQUksS0FBSyxPQUFPLElBQUk7QUFDbEUsUUFBSSxLQUFLLE1BQU0sU0FBUyxhQUFhO0FBQ25DLFVBQUksT0FBUSxRQUFPLEtBQUssT0FBTyxTQUFTLGVBQWUsOEJBQThCLE9BQU8sRUFBRTtBQUM5RjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sUUFBUSxVQUFVO0FBQ2pFLFFBQUksQ0FBQyxLQUFLO0FBQ1IsV0FBSyxPQUFPLE9BQU8sbUJBQW1CLEdBQUcsS0FBSyxTQUFTLEtBQUssTUFBTSxJQUFJLENBQUMsd0RBQXdEO0FBQy9IO0FBQUEsSUFDRjtBQUNBLFVBQU0sT0FBTyxLQUFLLElBQUksSUFBSSxLQUFLLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDbkQsVUFBTSxPQUFPLE9BQU8saUJBQWlCLEtBQUssRUFBRSxXQUFXLElBQUksT0FBTyxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDN0Y7QUFBQTtBQUFBLEVBR0EsTUFBYyxPQUFPLE1BQWMsWUFBc0Q7QUFDdkYsVUFBTSxPQUFPLEtBQUssU0FBUyxJQUFJO0FBQy9CLFFBQUksWUFBWTtBQUNkLFlBQU0sU0FBUyxLQUFLLFFBQVEsVUFBVTtBQUN0QyxZQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDakQsWUFBTSxhQUFhLEtBQUssU0FBUyxTQUFTLElBQUksQ0FBQyxLQUFLLEtBQUssU0FBUyxVQUFVLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxLQUFLLFFBQVEsSUFBSSxDQUFDO0FBQzdHLGlCQUFXLEtBQUssWUFBWTtBQUMxQixZQUFJO0FBQ0YsZ0JBQU0sT0FBTyxVQUFVLEdBQUcsS0FBSyxPQUFPLElBQUksS0FBSyxDQUFDLENBQUM7QUFDakQsaUJBQU8sT0FBTyxJQUFJLEtBQUssQ0FBQztBQUFBLFFBQzFCLFFBQVE7QUFBQSxRQUF3QztBQUFBLE1BQ2xEO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxNQUFNLE9BQU8sVUFBVSxVQUFVLE1BQU0sSUFBSSxJQUFJLHNCQUFzQixDQUFDO0FBQ3BGLFdBQU8sTUFBTSxDQUFDO0FBQUEsRUFDaEI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
