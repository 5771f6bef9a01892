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
const BUILD_LOG = /(?:\/[\w.+@-]+)*\/build\.log|(?<![\w/])build\.log/g;
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi90ZXJtaW5hbExpbmtzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIENsaWNrYWJsZSBwYXRocyBpbiBidWlsZCB0ZXJtaW5hbHM6IGEgYGJ1aWxkLmxvZ2AgcGF0aCBvcGVucyB0aGUgYnVpbGQncyBzYXZlZCBsb2c7IGFuIGVidWlsZCBvciBlY2xhc3MgcGF0aFxuICogZm9sbG93ZWQgYnkgYGxpbmUgTmAgKGVtZXJnZSdzIGNhbGwgc3RhY2s6IGBoZWxsby0xLjAuZWJ1aWxkLCBsaW5lIDEyOiAgQ2FsbGVkIGRpZWApIG9wZW5zIHRoYXQgZmlsZSBhdCB0aGF0IGxpbmUuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRm91bmRMaW5rIHtcbiAgc3RhcnRJbmRleDogbnVtYmVyO1xuICBsZW5ndGg6IG51bWJlcjtcbiAga2luZDogJ2J1aWxkLWxvZycgfCAnc291cmNlJztcbiAgZmlsZTogc3RyaW5nO1xuICBsaW5lPzogbnVtYmVyO1xufVxuXG5jb25zdCBCVUlMRF9MT0cgPSAvKD86XFwvW1xcdy4rQC1dKykqXFwvYnVpbGRcXC5sb2d8KD88IVtcXHcvXSlidWlsZFxcLmxvZy9nO1xuY29uc3QgU09VUkNFID0gLygoPzpcXC8/W1xcdy4rQC1dK1xcLykqW1xcdy4rQC1dK1xcLig/OmVidWlsZHxlY2xhc3MpKSg/Oiw/XFxzK2xpbmVcXHMrKFxcZCspfDooXFxkKykpPy9nO1xuXG4vKiogUHVyZTogdGhlIGxpbmtzIGluIG9uZSB0ZXJtaW5hbCBsaW5lICh1bml0LXRlc3RlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZExpbmtzKGxpbmU6IHN0cmluZyk6IEZvdW5kTGlua1tdIHtcbiAgY29uc3QgbGlua3M6IEZvdW5kTGlua1tdID0gW107XG4gIGZvciAoY29uc3QgbSBvZiBsaW5lLm1hdGNoQWxsKEJVSUxEX0xPRykpIHtcbiAgICBsaW5rcy5wdXNoKHsgc3RhcnRJbmRleDogbS5pbmRleCA/PyAwLCBsZW5ndGg6IG1bMF0ubGVuZ3RoLCBraW5kOiAnYnVpbGQtbG9nJywgZmlsZTogbVswXSB9KTtcbiAgfVxuICBmb3IgKGNvbnN0IG0gb2YgbGluZS5tYXRjaEFsbChTT1VSQ0UpKSB7XG4gICAgY29uc3QgbiA9IG1bMl0gPz8gbVszXTtcbiAgICBsaW5rcy5wdXNoKHsgc3RhcnRJbmRleDogbS5pbmRleCA/PyAwLCBsZW5ndGg6IG1bMF0ubGVuZ3RoLCBraW5kOiAnc291cmNlJywgZmlsZTogbVsxXSwgbGluZTogbiA/IE51bWJlcihuKSA6IHVuZGVmaW5lZCB9KTtcbiAgfVxuICByZXR1cm4gbGlua3M7XG59XG5cbmludGVyZmFjZSBCdWlsZFRlcm1pbmFsTGluayBleHRlbmRzIHZzY29kZS5UZXJtaW5hbExpbmsge1xuICBmb3VuZDogRm91bmRMaW5rO1xuICBidWlsZElkPzogc3RyaW5nO1xufVxuXG5leHBvcnQgY2xhc3MgQnVpbGRMaW5rUHJvdmlkZXIgaW1wbGVtZW50cyB2c2NvZGUuVGVybWluYWxMaW5rUHJvdmlkZXI8QnVpbGRUZXJtaW5hbExpbms+IHtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBjdHg6IEN0eCkge31cblxuICBwcm92aWRlVGVybWluYWxMaW5rcyhjb250ZXh0OiB2c2NvZGUuVGVybWluYWxMaW5rQ29udGV4dCk6IEJ1aWxkVGVybWluYWxMaW5rW10ge1xuICAgIGNvbnN0IGJ1aWxkSWQgPSBbLi4udGhpcy5jdHgudGVybWluYWxzLmVudHJpZXMoKV0uZmluZCgoWywgdF0pID0+IHQudGVybWluYWwgPT09IGNvbnRleHQudGVybWluYWwpPy5bMF07XG4gICAgaWYgKCFidWlsZElkKSByZXR1cm4gW107XG4gICAgcmV0dXJuIGZpbmRMaW5rcyhjb250ZXh0LmxpbmUpLm1hcCgoZm91bmQpID0+ICh7XG4gICAgICBzdGFydEluZGV4OiBmb3VuZC5zdGFydEluZGV4LFxuICAgICAgbGVuZ3RoOiBmb3VuZC5sZW5ndGgsXG4gICAgICB0b29sdGlwOiBmb3VuZC5raW5kID09PSAnYnVpbGQtbG9nJyA/ICdPcGVuIHRoZSBzYXZlZCBidWlsZCBsb2cnIDogYE9wZW4gJHtwYXRoLmJhc2VuYW1lKGZvdW5kLmZpbGUpfSR7Zm91bmQubGluZSA/IGAgYXQgbGluZSAke2ZvdW5kLmxpbmV9YCA6ICcnfWAsXG4gICAgICBmb3VuZCxcbiAgICAgIGJ1aWxkSWQsXG4gICAgfSkpO1xuICB9XG5cbiAgYXN5bmMgaGFuZGxlVGVybWluYWxMaW5rKGxpbms6IEJ1aWxkVGVybWluYWxMaW5rKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgcmVjb3JkID0gbGluay5idWlsZElkID8gdGhpcy5jdHguYnVpbGRzLmdldChsaW5rLmJ1aWxkSWQpIDogdW5kZWZpbmVkO1xuICAgIGlmIChsaW5rLmZvdW5kLmtpbmQgPT09ICdidWlsZC1sb2cnKSB7XG4gICAgICBpZiAocmVjb3JkKSByZXR1cm4gdm9pZCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ2VidWlsZEJ1aWxkZXIub3BlbkJ1aWxkTG9nJywgcmVjb3JkLmlkKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgdXJpID0gYXdhaXQgdGhpcy5sb2NhdGUobGluay5mb3VuZC5maWxlLCByZWNvcmQ/LmVidWlsZFBhdGgpO1xuICAgIGlmICghdXJpKSB7XG4gICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKGAke3BhdGguYmFzZW5hbWUobGluay5mb3VuZC5maWxlKX0gaXMgbm90IGluIHRoaXMgd29ya3NwYWNlIChpdCBsaXZlcyBpbiB0aGUgY29udGFpbmVyKS5gKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgbGluZSA9IE1hdGgubWF4KDAsIChsaW5rLmZvdW5kLmxpbmUgPz8gMSkgLSAxKTtcbiAgICBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQodXJpLCB7IHNlbGVjdGlvbjogbmV3IHZzY29kZS5SYW5nZShsaW5lLCAwLCBsaW5lLCAwKSB9KTtcbiAgfVxuXG4gIC8qKiBDb250YWluZXIgcGF0aHMgZGlmZmVyIGZyb20gd29ya3NwYWNlIHBhdGhzOiBtYXRjaCBieSBuYW1lLCBwcmVmZXJyaW5nIHRoZSBidWlsZCdzIG93biBwYWNrYWdlIGFuZCBvdmVybGF5LiAqL1xuICBwcml2YXRlIGFzeW5jIGxvY2F0ZShmaWxlOiBzdHJpbmcsIGVidWlsZFBhdGg/OiBzdHJpbmcpOiBQcm9taXNlPHZzY29kZS5VcmkgfCB1bmRlZmluZWQ+IHtcbiAgICBjb25zdCBuYW1lID0gcGF0aC5iYXNlbmFtZShmaWxlKTtcbiAgICBpZiAoZWJ1aWxkUGF0aCkge1xuICAgICAgY29uc3QgcGtnRGlyID0gcGF0aC5kaXJuYW1lKGVidWlsZFBhdGgpO1xuICAgICAgY29uc3Qgb3ZlcmxheSA9IHBhdGguZGlybmFtZShwYXRoLmRpcm5hbWUocGtnRGlyKSk7XG4gICAgICBjb25zdCBjYW5kaWRhdGVzID0gbmFtZS5lbmRzV2l0aCgnLmVjbGFzcycpID8gW3BhdGguam9pbihvdmVybGF5LCAnZWNsYXNzJywgbmFtZSldIDogW3BhdGguam9pbihwa2dEaXIsIG5hbWUpXTtcbiAgICAgIGZvciAoY29uc3QgYyBvZiBjYW5kaWRhdGVzKSB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgYXdhaXQgdnNjb2RlLndvcmtzcGFjZS5mcy5zdGF0KHZzY29kZS5VcmkuZmlsZShjKSk7XG4gICAgICAgICAgcmV0dXJuIHZzY29kZS5VcmkuZmlsZShjKTtcbiAgICAgICAgfSBjYXRjaCB7IC8qIG5vdCB0aGVyZTogc2VhcmNoIHRoZSB3b3Jrc3BhY2UgKi8gfVxuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBmb3VuZCA9IGF3YWl0IHZzY29kZS53b3Jrc3BhY2UuZmluZEZpbGVzKGAqKi8ke25hbWV9YCwgJyoqL25vZGVfbW9kdWxlcy8qKicsIDEpO1xuICAgIHJldHVybiBmb3VuZFswXTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLFdBQXNCO0FBQ3RCLGFBQXdCO0FBV3hCLE1BQU0sWUFBWTtBQUNsQixNQUFNLFNBQVM7QUFHUixTQUFTLFVBQVUsTUFBMkI7QUFDbkQsUUFBTSxRQUFxQixDQUFDO0FBQzVCLGFBQVcsS0FBSyxLQUFLLFNBQVMsU0FBUyxHQUFHO0FBQ3hDLFVBQU0sS0FBSyxFQUFFLFlBQVksRUFBRSxTQUFTLEdBQUcsUUFBUSxFQUFFLENBQUMsRUFBRSxRQUFRLE1BQU0sYUFBYSxNQUFNLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUM3RjtBQUNBLGFBQVcsS0FBSyxLQUFLLFNBQVMsTUFBTSxHQUFHO0FBQ3JDLFVBQU0sSUFBSSxFQUFFLENBQUMsS0FBSyxFQUFFLENBQUM7QUFDckIsVUFBTSxLQUFLLEVBQUUsWUFBWSxFQUFFLFNBQVMsR0FBRyxRQUFRLEVBQUUsQ0FBQyxFQUFFLFFBQVEsTUFBTSxVQUFVLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxJQUFJLE9BQU8sQ0FBQyxJQUFJLE9BQVUsQ0FBQztBQUFBLEVBQzNIO0FBQ0EsU0FBTztBQUNUO0FBT08sTUFBTSxrQkFBNEU7QUFBQSxFQUN2RixZQUE2QixLQUFVO0FBQVY7QUFBQSxFQUFXO0FBQUEsRUFBWDtBQUFBLEVBRTdCLHFCQUFxQixTQUEwRDtBQUM3RSxVQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssSUFBSSxVQUFVLFFBQVEsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsYUFBYSxRQUFRLFFBQVEsSUFBSSxDQUFDO0FBQ3RHLFFBQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixXQUFPLFVBQVUsUUFBUSxJQUFJLEVBQUUsSUFBSSxDQUFDLFdBQVc7QUFBQSxNQUM3QyxZQUFZLE1BQU07QUFBQSxNQUNsQixRQUFRLE1BQU07QUFBQSxNQUNkLFNBQVMsTUFBTSxTQUFTLGNBQWMsNkJBQTZCLFFBQVEsS0FBSyxTQUFTLE1BQU0sSUFBSSxDQUFDLEdBQUcsTUFBTSxPQUFPLFlBQVksTUFBTSxJQUFJLEtBQUssRUFBRTtBQUFBLE1BQ2pKO0FBQUEsTUFDQTtBQUFBLElBQ0YsRUFBRTtBQUFBLEVBQ0o7QUFBQSxFQUVBLE1BQU0sbUJBQW1CLE1BQXdDO0FBQy9ELFVBQU0sU0FBUyxLQUFLLFVBQVUsS0FBSyxJQUFJLE9BQU8sSUFBSSxLQUFLLE9BQU8sSUFBSTtBQUNsRSxRQUFJLEtBQUssTUFBTSxTQUFTLGFBQWE7QUFDbkMsVUFBSSxPQUFRLFFBQU8sS0FBSyxPQUFPLFNBQVMsZUFBZSw4QkFBOEIsT0FBTyxFQUFFO0FBQzlGO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxRQUFRLFVBQVU7QUFDakUsUUFBSSxDQUFDLEtBQUs7QUFDUixXQUFLLE9BQU8sT0FBTyxtQkFBbUIsR0FBRyxLQUFLLFNBQVMsS0FBSyxNQUFNLElBQUksQ0FBQyx3REFBd0Q7QUFDL0g7QUFBQSxJQUNGO0FBQ0EsVUFBTSxPQUFPLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxRQUFRLEtBQUssQ0FBQztBQUNuRCxVQUFNLE9BQU8sT0FBTyxpQkFBaUIsS0FBSyxFQUFFLFdBQVcsSUFBSSxPQUFPLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUM3RjtBQUFBO0FBQUEsRUFHQSxNQUFjLE9BQU8sTUFBYyxZQUFzRDtBQUN2RixVQUFNLE9BQU8sS0FBSyxTQUFTLElBQUk7QUFDL0IsUUFBSSxZQUFZO0FBQ2QsWUFBTSxTQUFTLEtBQUssUUFBUSxVQUFVO0FBQ3RDLFlBQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxRQUFRLE1BQU0sQ0FBQztBQUNqRCxZQUFNLGFBQWEsS0FBSyxTQUFTLFNBQVMsSUFBSSxDQUFDLEtBQUssS0FBSyxTQUFTLFVBQVUsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLEtBQUssUUFBUSxJQUFJLENBQUM7QUFDN0csaUJBQVcsS0FBSyxZQUFZO0FBQzFCLFlBQUk7QUFDRixnQkFBTSxPQUFPLFVBQVUsR0FBRyxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUMsQ0FBQztBQUNqRCxpQkFBTyxPQUFPLElBQUksS0FBSyxDQUFDO0FBQUEsUUFDMUIsUUFBUTtBQUFBLFFBQXdDO0FBQUEsTUFDbEQ7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLE1BQU0sT0FBTyxVQUFVLFVBQVUsTUFBTSxJQUFJLElBQUksc0JBQXNCLENBQUM7QUFDcEYsV0FBTyxNQUFNLENBQUM7QUFBQSxFQUNoQjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
