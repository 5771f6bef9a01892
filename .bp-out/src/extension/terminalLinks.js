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
  BuildLinkProvider: () => BuildLinkProvider
});
module.exports = __toCommonJS(terminalLinks_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_terminalLinkPatterns = require("./terminalLinkPatterns");
class BuildLinkProvider {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  provideTerminalLinks(context) {
    const buildId = [...this.ctx.terminals.entries()].find(([, t]) => t.terminal === context.terminal)?.[0];
    if (!buildId) return [];
    return (0, import_terminalLinkPatterns.findLinks)(context.line).map((found) => ({
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
  BuildLinkProvider
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi90ZXJtaW5hbExpbmtzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIENsaWNrYWJsZSBwYXRocyBpbiBidWlsZCB0ZXJtaW5hbHM6IGEgYGJ1aWxkLmxvZ2AgcGF0aCBvcGVucyB0aGUgYnVpbGQncyBzYXZlZCBsb2c7IGFuIGVidWlsZCBvciBlY2xhc3MgcGF0aFxuICogZm9sbG93ZWQgYnkgYGxpbmUgTmAgKGVtZXJnZSdzIGNhbGwgc3RhY2s6IGBoZWxsby0xLjAuZWJ1aWxkLCBsaW5lIDEyOiAgQ2FsbGVkIGRpZWApIG9wZW5zIHRoYXQgZmlsZSBhdCB0aGF0IGxpbmUuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyBmaW5kTGlua3MsIHR5cGUgRm91bmRMaW5rIH0gZnJvbSAnLi90ZXJtaW5hbExpbmtQYXR0ZXJucyc7XG5cbmludGVyZmFjZSBCdWlsZFRlcm1pbmFsTGluayBleHRlbmRzIHZzY29kZS5UZXJtaW5hbExpbmsge1xuICBmb3VuZDogRm91bmRMaW5rO1xuICBidWlsZElkPzogc3RyaW5nO1xufVxuXG5leHBvcnQgY2xhc3MgQnVpbGRMaW5rUHJvdmlkZXIgaW1wbGVtZW50cyB2c2NvZGUuVGVybWluYWxMaW5rUHJvdmlkZXI8QnVpbGRUZXJtaW5hbExpbms+IHtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBjdHg6IEN0eCkge31cblxuICBwcm92aWRlVGVybWluYWxMaW5rcyhjb250ZXh0OiB2c2NvZGUuVGVybWluYWxMaW5rQ29udGV4dCk6IEJ1aWxkVGVybWluYWxMaW5rW10ge1xuICAgIGNvbnN0IGJ1aWxkSWQgPSBbLi4udGhpcy5jdHgudGVybWluYWxzLmVudHJpZXMoKV0uZmluZCgoWywgdF0pID0+IHQudGVybWluYWwgPT09IGNvbnRleHQudGVybWluYWwpPy5bMF07XG4gICAgaWYgKCFidWlsZElkKSByZXR1cm4gW107XG4gICAgcmV0dXJuIGZpbmRMaW5rcyhjb250ZXh0LmxpbmUpLm1hcCgoZm91bmQpID0+ICh7XG4gICAgICBzdGFydEluZGV4OiBmb3VuZC5zdGFydEluZGV4LFxuICAgICAgbGVuZ3RoOiBmb3VuZC5sZW5ndGgsXG4gICAgICB0b29sdGlwOiBmb3VuZC5raW5kID09PSAnYnVpbGQtbG9nJyA/ICdPcGVuIHRoZSBzYXZlZCBidWlsZCBsb2cnIDogYE9wZW4gJHtwYXRoLmJhc2VuYW1lKGZvdW5kLmZpbGUpfSR7Zm91bmQubGluZSA/IGAgYXQgbGluZSAke2ZvdW5kLmxpbmV9YCA6ICcnfWAsXG4gICAgICBmb3VuZCxcbiAgICAgIGJ1aWxkSWQsXG4gICAgfSkpO1xuICB9XG5cbiAgYXN5bmMgaGFuZGxlVGVybWluYWxMaW5rKGxpbms6IEJ1aWxkVGVybWluYWxMaW5rKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgcmVjb3JkID0gbGluay5idWlsZElkID8gdGhpcy5jdHguYnVpbGRzLmdldChsaW5rLmJ1aWxkSWQpIDogdW5kZWZpbmVkO1xuICAgIGlmIChsaW5rLmZvdW5kLmtpbmQgPT09ICdidWlsZC1sb2cnKSB7XG4gICAgICBpZiAocmVjb3JkKSByZXR1cm4gdm9pZCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ2VidWlsZEJ1aWxkZXIub3BlbkJ1aWxkTG9nJywgcmVjb3JkLmlkKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgdXJpID0gYXdhaXQgdGhpcy5sb2NhdGUobGluay5mb3VuZC5maWxlLCByZWNvcmQ/LmVidWlsZFBhdGgpO1xuICAgIGlmICghdXJpKSB7XG4gICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKGAke3BhdGguYmFzZW5hbWUobGluay5mb3VuZC5maWxlKX0gaXMgbm90IGluIHRoaXMgd29ya3NwYWNlIChpdCBsaXZlcyBpbiB0aGUgY29udGFpbmVyKS5gKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgbGluZSA9IE1hdGgubWF4KDAsIChsaW5rLmZvdW5kLmxpbmUgPz8gMSkgLSAxKTtcbiAgICBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQodXJpLCB7IHNlbGVjdGlvbjogbmV3IHZzY29kZS5SYW5nZShsaW5lLCAwLCBsaW5lLCAwKSB9KTtcbiAgfVxuXG4gIC8qKiBDb250YWluZXIgcGF0aHMgZGlmZmVyIGZyb20gd29ya3NwYWNlIHBhdGhzOiBtYXRjaCBieSBuYW1lLCBwcmVmZXJyaW5nIHRoZSBidWlsZCdzIG93biBwYWNrYWdlIGFuZCBvdmVybGF5LiAqL1xuICBwcml2YXRlIGFzeW5jIGxvY2F0ZShmaWxlOiBzdHJpbmcsIGVidWlsZFBhdGg/OiBzdHJpbmcpOiBQcm9taXNlPHZzY29kZS5VcmkgfCB1bmRlZmluZWQ+IHtcbiAgICBjb25zdCBuYW1lID0gcGF0aC5iYXNlbmFtZShmaWxlKTtcbiAgICBpZiAoZWJ1aWxkUGF0aCkge1xuICAgICAgY29uc3QgcGtnRGlyID0gcGF0aC5kaXJuYW1lKGVidWlsZFBhdGgpO1xuICAgICAgY29uc3Qgb3ZlcmxheSA9IHBhdGguZGlybmFtZShwYXRoLmRpcm5hbWUocGtnRGlyKSk7XG4gICAgICBjb25zdCBjYW5kaWRhdGVzID0gbmFtZS5lbmRzV2l0aCgnLmVjbGFzcycpID8gW3BhdGguam9pbihvdmVybGF5LCAnZWNsYXNzJywgbmFtZSldIDogW3BhdGguam9pbihwa2dEaXIsIG5hbWUpXTtcbiAgICAgIGZvciAoY29uc3QgYyBvZiBjYW5kaWRhdGVzKSB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5mcy5zdGF0KHZzY29kZS5VcmkuZmlsZShjKSk7XG4gICAgICAgICAgcmV0dXJuIHZzY29kZS5VcmkuZmlsZShjKTtcbiAgICAgICAgfSBjYXRjaCB7IC8qIG5vdCB0aGVyZTogc2VhcmNoIHRoZSB3b3Jrc3BhY2UgKi8gfVxuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBmb3VuZCA9IGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZmluZEZpbGVzKGAqKi8ke25hbWV9YCwgJyoqL25vZGVfbW9kdWxlcy8qKicsIDEpO1xuICAgIHJldHVybiBmb3VuZFswXTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxXQUFzQjtBQUN0QixhQUF3QjtBQUV4QixrQ0FBMEM7QUFPbkMsTUFBTSxrQkFBNEU7QUFBQSxFQUN2RixZQUE2QixLQUFVO0FBQVY7QUFBQSxFQUFXO0FBQUEsRUFBWDtBQUFBLEVBRTdCLHFCQUFxQixTQUEwRDtBQUM3RSxVQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssSUFBSSxVQUFVLFFBQVEsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsYUFBYSxRQUFRLFFBQVEsSUFBSSxDQUFDO0FBQ3RHLFFBQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixlQUFPLHVDQUFVLFFBQVEsSUFBSSxFQUFFLElBQUksQ0FBQyxXQUFXO0FBQUEsTUFDN0MsWUFBWSxNQUFNO0FBQUEsTUFDbEIsUUFBUSxNQUFNO0FBQUEsTUFDZCxTQUFTLE1BQU0sU0FBUyxjQUFjLDZCQUE2QixRQUFRLEtBQUssU0FBUyxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sT0FBTyxZQUFZLE1BQU0sSUFBSSxLQUFLLEVBQUU7QUFBQSxNQUNqSjtBQUFBLE1BQ0E7QUFBQSxJQUNGLEVBQUU7QUFBQSxFQUNKO0FBQUEsRUFFQSxNQUFNLG1CQUFtQixNQUF3QztBQUMvRCxVQUFNLFNBQVMsS0FBSyxVQUFVLEtBQUssSUFBSSxPQUFPLElBQUksS0FBSyxPQUFPLElBQUk7QUFDbEUsUUFBSSxLQUFLLE1BQU0sU0FBUyxhQUFhO0FBQ25DLFVBQUksT0FBUSxRQUFPLEtBQUssT0FBTyxTQUFTLGVBQWUsOEJBQThCLE9BQU8sRUFBRTtBQUM5RjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sUUFBUSxVQUFVO0FBQ2pFLFFBQUksQ0FBQyxLQUFLO0FBQ1IsV0FBSyxPQUFPLE9BQU8sbUJBQW1CLEdBQUcsS0FBSyxTQUFTLEtBQUssTUFBTSxJQUFJLENBQUMsd0RBQXdEO0FBQy9IO0FBQUEsSUFDRjtBQUNBLFVBQU0sT0FBTyxLQUFLLElBQUksSUFBSSxLQUFLLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDbkQsVUFBTSxPQUFPLE9BQU8saUJBQWlCLEtBQUssRUFBRSxXQUFXLElBQUksT0FBTyxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDN0Y7QUFBQTtBQUFBLEVBR0EsTUFBYyxPQUFPLE1BQWMsWUFBc0Q7QUFDdkYsVUFBTSxPQUFPLEtBQUssU0FBUyxJQUFJO0FBQy9CLFFBQUksWUFBWTtBQUNkLFlBQU0sU0FBUyxLQUFLLFFBQVEsVUFBVTtBQUN0QyxZQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssUUFBUSxNQUFNLENBQUM7QUFDakQsWUFBTSxhQUFhLEtBQUssU0FBUyxTQUFTLElBQUksQ0FBQyxLQUFLLEtBQUssU0FBUyxVQUFVLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxLQUFLLFFBQVEsSUFBSSxDQUFDO0FBQzdHLGlCQUFXLEtBQUssWUFBWTtBQUMxQixZQUFJO0FBQ0YsZ0JBQU0sT0FBTyxVQUFVLEdBQUcsS0FBSyxPQUFPLElBQUksS0FBSyxDQUFDLENBQUM7QUFDakQsaUJBQU8sT0FBTyxJQUFJLEtBQUssQ0FBQztBQUFBLFFBQzFCLFFBQVE7QUFBQSxRQUF3QztBQUFBLE1BQ2xEO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxNQUFNLE9BQU8sVUFBVSxVQUFVLE1BQU0sSUFBSSxJQUFJLHNCQUFzQixDQUFDO0FBQ3BGLFdBQU8sTUFBTSxDQUFDO0FBQUEsRUFDaEI7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
