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
var buildLogDocument_exports = {};
__export(buildLogDocument_exports, {
  BuildLogProvider: () => BuildLogProvider,
  LOG_LANGUAGE: () => LOG_LANGUAGE,
  LOG_SCHEME: () => LOG_SCHEME,
  logUri: () => logUri
});
module.exports = __toCommonJS(buildLogDocument_exports);
var import_node_fs = require("node:fs");
var vscode = __toESM(require("vscode"));
var import_builds = require("./builds");
var import_buildLogOutline = require("./buildLogOutline");
const LOG_SCHEME = "ebuild-log";
const LOG_LANGUAGE = "ebuild-build-log";
function logUri(record) {
  return vscode.Uri.from({ scheme: LOG_SCHEME, path: `/${record.atom} (${record.profile}).build.log`, query: record.id });
}
class BuildLogProvider {
  constructor(ctx) {
    this.ctx = ctx;
    this.subscription = ctx.builds.onDidChange((b) => {
      if (!b) return;
      this.pending.add(b.id);
      this.timer ??= setTimeout(() => this.flush(), 500);
    });
  }
  ctx;
  emitter = new vscode.EventEmitter();
  onDidChange = this.emitter.event;
  subscription;
  pending = /* @__PURE__ */ new Set();
  timer;
  flush() {
    this.timer = void 0;
    const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === LOG_SCHEME);
    for (const d of open) if (this.pending.has(d.uri.query)) this.emitter.fire(d.uri);
    this.pending.clear();
  }
  async provideTextDocumentContent(uri) {
    const record = this.ctx.builds.get(uri.query);
    if (!record) return `This build is no longer in the Builds list (${uri.path}).`;
    const logPath = record.result?.logPath ?? ((0, import_builds.isFinished)(record) ? record.logPath : void 0);
    if (logPath) {
      try {
        return (0, import_buildLogOutline.plainLogText)(await import_node_fs.promises.readFile(logPath, "utf8"));
      } catch (e) {
        return `The saved log ${logPath} cannot be read: ${e.message}

${(0, import_buildLogOutline.plainLogText)(record.transcript.join(""))}`;
      }
    }
    const text = (0, import_buildLogOutline.plainLogText)(record.transcript.join(""));
    return text || (record.message ? `${record.atom}: ${record.state}
${record.message}
` : `${record.atom}: ${record.state}, no output yet.
`);
  }
  provideDocumentSymbols(document) {
    const toSymbol = (e) => {
      const end = Math.min(e.endLine, document.lineCount - 1);
      const range = new vscode.Range(e.startLine, 0, end, document.lineAt(end).text.length);
      const selection = document.lineAt(e.startLine).range;
      const kind = e.kind === "package" ? vscode.SymbolKind.Package : e.kind === "phase" ? vscode.SymbolKind.Function : e.kind === "error" ? vscode.SymbolKind.Event : vscode.SymbolKind.Key;
      const s = new vscode.DocumentSymbol(e.name, "", kind, range, selection);
      s.children = e.children.map(toSymbol);
      return s;
    };
    return (0, import_buildLogOutline.outlineLog)(document.getText()).map(toSymbol);
  }
  /** Opens the log of a build (or lets the user pick one). */
  async open(record, line) {
    const doc = await vscode.workspace.openTextDocument(logUri(record));
    if (doc.languageId !== LOG_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, LOG_LANGUAGE);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const target = line ?? (record.state === "failed" ? firstErrorLine(doc) : void 0);
    if (target !== void 0) {
      const pos = new vscode.Position(target, 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    }
  }
  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
function firstErrorLine(doc) {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(" * ERROR:")) return i;
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildLogProvider,
  LOG_LANGUAGE,
  LOG_SCHEME,
  logUri
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZExvZ0RvY3VtZW50LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFwiT3BlbiBidWlsZCBsb2dcIjogdGhlIGZ1bGwgbG9nIG9mIGEgYnVpbGQgYXMgYSByZWFkLW9ubHkgdmlydHVhbCBkb2N1bWVudCAoYGVidWlsZC1sb2c6YCBzY2hlbWUpIGluIHRoZVxuICogYnVpbGQtbG9nIGxhbmd1YWdlLCB3aXRoIGRvY3VtZW50IHN5bWJvbHMgcGVyIHBhY2thZ2UgYW5kIHBoYXNlIGZvciB0aGUgb3V0bGluZSBhbmQgYnJlYWRjcnVtYnMuXG4gKi9cbmltcG9ydCB7IHByb21pc2VzIGFzIGZzIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgQ3R4IH0gZnJvbSAnLi9jdHgnO1xuaW1wb3J0IHsgQnVpbGRSZWNvcmQsIGlzRmluaXNoZWQgfSBmcm9tICcuL2J1aWxkcyc7XG5pbXBvcnQgeyBvdXRsaW5lTG9nLCBPdXRsaW5lRW50cnksIHBsYWluTG9nVGV4dCB9IGZyb20gJy4vYnVpbGRMb2dPdXRsaW5lJztcblxuZXhwb3J0IGNvbnN0IExPR19TQ0hFTUUgPSAnZWJ1aWxkLWxvZyc7XG5leHBvcnQgY29uc3QgTE9HX0xBTkdVQUdFID0gJ2VidWlsZC1idWlsZC1sb2cnO1xuXG4vKiogYGVidWlsZC1sb2c6L2FwcC1taXNjL2hlbGxvLTEuMCAoc2FiYXlvbikuYnVpbGQubG9nP2J1aWxkLVx1MjAyNmA6IHRoZSB0YWIgc2hvd3MgdGhlIGF0b20sIHRoZSBxdWVyeSBmaW5kcyB0aGUgYnVpbGQuICovXG5leHBvcnQgZnVuY3Rpb24gbG9nVXJpKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2c2NvZGUuVXJpIHtcbiAgcmV0dXJuIHZzY29kZS5VcmkuZnJvbSh7IHNjaGVtZTogTE9HX1NDSEVNRSwgcGF0aDogYC8ke3JlY29yZC5hdG9tfSAoJHtyZWNvcmQucHJvZmlsZX0pLmJ1aWxkLmxvZ2AsIHF1ZXJ5OiByZWNvcmQuaWQgfSk7XG59XG5cbmV4cG9ydCBjbGFzcyBCdWlsZExvZ1Byb3ZpZGVyIGltcGxlbWVudHMgdnNjb2RlLlRleHREb2N1bWVudENvbnRlbnRQcm92aWRlciwgdnNjb2RlLkRvY3VtZW50U3ltYm9sUHJvdmlkZXIsIHZzY29kZS5EaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSByZWFkb25seSBlbWl0dGVyID0gbmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8dnNjb2RlLlVyaT4oKTtcbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2UgPSB0aGlzLmVtaXR0ZXIuZXZlbnQ7XG4gIHByaXZhdGUgcmVhZG9ubHkgc3Vic2NyaXB0aW9uOiB2c2NvZGUuRGlzcG9zYWJsZTtcbiAgcHJpdmF0ZSByZWFkb25seSBwZW5kaW5nID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIHByaXZhdGUgdGltZXI/OiBOb2RlSlMuVGltZW91dDtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGN0eDogQ3R4KSB7XG4gICAgLy8gQW4gb3BlbiBsb2cgb2YgYSBydW5uaW5nIGJ1aWxkIGZvbGxvd3MgaXQsIGF0IG1vc3QgdHdpY2UgYSBzZWNvbmQuXG4gICAgdGhpcy5zdWJzY3JpcHRpb24gPSBjdHguYnVpbGRzLm9uRGlkQ2hhbmdlKChiKSA9PiB7XG4gICAgICBpZiAoIWIpIHJldHVybjtcbiAgICAgIHRoaXMucGVuZGluZy5hZGQoYi5pZCk7XG4gICAgICB0aGlzLnRpbWVyID8/PSBzZXRUaW1lb3V0KCgpID0+IHRoaXMuZmx1c2goKSwgNTAwKTtcbiAgICB9KTtcbiAgfVxuXG4gIHByaXZhdGUgZmx1c2goKTogdm9pZCB7XG4gICAgdGhpcy50aW1lciA9IHVuZGVmaW5lZDtcbiAgICBjb25zdCBvcGVuID0gdnNjb2RlLndvcmtzcGFjZS50ZXh0RG9jdW1lbnRzLmZpbHRlcigoZCkgPT4gZC51cmkuc2NoZW1lID09PSBMT0dfU0NIRU1FKTtcbiAgICBmb3IgKGNvbnN0IGQgb2Ygb3BlbikgaWYgKHRoaXMucGVuZGluZy5oYXMoZC51cmkucXVlcnkpKSB0aGlzLmVtaXR0ZXIuZmlyZShkLnVyaSk7XG4gICAgdGhpcy5wZW5kaW5nLmNsZWFyKCk7XG4gIH1cblxuICBhc3luYyBwcm92aWRlVGV4dERvY3VtZW50Q29udGVudCh1cmk6IHZzY29kZS5VcmkpOiBQcm9taXNlPHN0cmluZz4ge1xuICAgIGNvbnN0IHJlY29yZCA9IHRoaXMuY3R4LmJ1aWxkcy5nZXQodXJpLnF1ZXJ5KTtcbiAgICBpZiAoIXJlY29yZCkgcmV0dXJuIGBUaGlzIGJ1aWxkIGlzIG5vIGxvbmdlciBpbiB0aGUgQnVpbGRzIGxpc3QgKCR7dXJpLnBhdGh9KS5gO1xuICAgIGNvbnN0IGxvZ1BhdGggPSByZWNvcmQucmVzdWx0Py5sb2dQYXRoID8/IChpc0ZpbmlzaGVkKHJlY29yZCkgPyByZWNvcmQubG9nUGF0aCA6IHVuZGVmaW5lZCk7XG4gICAgaWYgKGxvZ1BhdGgpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBwbGFpbkxvZ1RleHQoYXdhaXQgZnMucmVhZEZpbGUobG9nUGF0aCwgJ3V0ZjgnKSk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIHJldHVybiBgVGhlIHNhdmVkIGxvZyAke2xvZ1BhdGh9IGNhbm5vdCBiZSByZWFkOiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfVxcblxcbiR7cGxhaW5Mb2dUZXh0KHJlY29yZC50cmFuc2NyaXB0LmpvaW4oJycpKX1gO1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCB0ZXh0ID0gcGxhaW5Mb2dUZXh0KHJlY29yZC50cmFuc2NyaXB0LmpvaW4oJycpKTtcbiAgICByZXR1cm4gdGV4dCB8fCAocmVjb3JkLm1lc3NhZ2UgPyBgJHtyZWNvcmQuYXRvbX06ICR7cmVjb3JkLnN0YXRlfVxcbiR7cmVjb3JkLm1lc3NhZ2V9XFxuYCA6IGAke3JlY29yZC5hdG9tfTogJHtyZWNvcmQuc3RhdGV9LCBubyBvdXRwdXQgeWV0LlxcbmApO1xuICB9XG5cbiAgcHJvdmlkZURvY3VtZW50U3ltYm9scyhkb2N1bWVudDogdnNjb2RlLlRleHREb2N1bWVudCk6IHZzY29kZS5Eb2N1bWVudFN5bWJvbFtdIHtcbiAgICBjb25zdCB0b1N5bWJvbCA9IChlOiBPdXRsaW5lRW50cnkpOiB2c2NvZGUuRG9jdW1lbnRTeW1ib2wgPT4ge1xuICAgICAgY29uc3QgZW5kID0gTWF0aC5taW4oZS5lbmRMaW5lLCBkb2N1bWVudC5saW5lQ291bnQgLSAxKTtcbiAgICAgIGNvbnN0IHJhbmdlID0gbmV3IHZzY29kZS5SYW5nZShlLnN0YXJ0TGluZSwgMCwgZW5kLCBkb2N1bWVudC5saW5lQXQoZW5kKS50ZXh0Lmxlbmd0aCk7XG4gICAgICBjb25zdCBzZWxlY3Rpb24gPSBkb2N1bWVudC5saW5lQXQoZS5zdGFydExpbmUpLnJhbmdlO1xuICAgICAgY29uc3Qga2luZCA9IGUua2luZCA9PT0gJ3BhY2thZ2UnID8gdnNjb2RlLlN5bWJvbEtpbmQuUGFja2FnZVxuICAgICAgICA6IGUua2luZCA9PT0gJ3BoYXNlJyA/IHZzY29kZS5TeW1ib2xLaW5kLkZ1bmN0aW9uXG4gICAgICAgIDogZS5raW5kID09PSAnZXJyb3InID8gdnNjb2RlLlN5bWJvbEtpbmQuRXZlbnQgOiB2c2NvZGUuU3ltYm9sS2luZC5LZXk7XG4gICAgICBjb25zdCBzID0gbmV3IHZzY29kZS5Eb2N1bWVudFN5bWJvbChlLm5hbWUsICcnLCBraW5kLCByYW5nZSwgc2VsZWN0aW9uKTtcbiAgICAgIHMuY2hpbGRyZW4gPSBlLmNoaWxkcmVuLm1hcCh0b1N5bWJvbCk7XG4gICAgICByZXR1cm4gcztcbiAgICB9O1xuICAgIHJldHVybiBvdXRsaW5lTG9nKGRvY3VtZW50LmdldFRleHQoKSkubWFwKHRvU3ltYm9sKTtcbiAgfVxuXG4gIC8qKiBPcGVucyB0aGUgbG9nIG9mIGEgYnVpbGQgKG9yIGxldHMgdGhlIHVzZXIgcGljayBvbmUpLiAqL1xuICBhc3luYyBvcGVuKHJlY29yZDogQnVpbGRSZWNvcmQsIGxpbmU/OiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBkb2MgPSBhd2FpdCB2c2NvZGUud29ya3NwYWNlLm9wZW5UZXh0RG9jdW1lbnQobG9nVXJpKHJlY29yZCkpO1xuICAgIGlmIChkb2MubGFuZ3VhZ2VJZCAhPT0gTE9HX0xBTkdVQUdFKSBhd2FpdCB2c2NvZGUubGFuZ3VhZ2VzLnNldFRleHREb2N1bWVudExhbmd1YWdlKGRvYywgTE9HX0xBTkdVQUdFKTtcbiAgICBjb25zdCBlZGl0b3IgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQoZG9jLCB7IHByZXZpZXc6IGZhbHNlIH0pO1xuICAgIGNvbnN0IHRhcmdldCA9IGxpbmUgPz8gKHJlY29yZC5zdGF0ZSA9PT0gJ2ZhaWxlZCcgPyBmaXJzdEVycm9yTGluZShkb2MpIDogdW5kZWZpbmVkKTtcbiAgICBpZiAodGFyZ2V0ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IHBvcyA9IG5ldyB2c2NvZGUuUG9zaXRpb24odGFyZ2V0LCAwKTtcbiAgICAgIGVkaXRvci5zZWxlY3Rpb24gPSBuZXcgdnNjb2RlLlNlbGVjdGlvbihwb3MsIHBvcyk7XG4gICAgICBlZGl0b3IucmV2ZWFsUmFuZ2UobmV3IHZzY29kZS5SYW5nZShwb3MsIHBvcyksIHZzY29kZS5UZXh0RWRpdG9yUmV2ZWFsVHlwZS5JbkNlbnRlcik7XG4gICAgfVxuICB9XG5cbiAgZGlzcG9zZSgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy50aW1lcikgY2xlYXJUaW1lb3V0KHRoaXMudGltZXIpO1xuICAgIHRoaXMuc3Vic2NyaXB0aW9uLmRpc3Bvc2UoKTtcbiAgICB0aGlzLmVtaXR0ZXIuZGlzcG9zZSgpO1xuICB9XG59XG5cbi8qKiBBIGZhaWxlZCBidWlsZCdzIGxvZyBvcGVucyBhdCBpdHMgZmlyc3QgYCAqIEVSUk9SOmAgbGluZS4gKi9cbmZ1bmN0aW9uIGZpcnN0RXJyb3JMaW5lKGRvYzogdnNjb2RlLlRleHREb2N1bWVudCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZG9jLmxpbmVDb3VudDsgaSsrKSBpZiAoZG9jLmxpbmVBdChpKS50ZXh0LnN0YXJ0c1dpdGgoJyAqIEVSUk9SOicpKSByZXR1cm4gaTtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEscUJBQStCO0FBQy9CLGFBQXdCO0FBRXhCLG9CQUF3QztBQUN4Qyw2QkFBdUQ7QUFFaEQsTUFBTSxhQUFhO0FBQ25CLE1BQU0sZUFBZTtBQUdyQixTQUFTLE9BQU8sUUFBaUM7QUFDdEQsU0FBTyxPQUFPLElBQUksS0FBSyxFQUFFLFFBQVEsWUFBWSxNQUFNLElBQUksT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsT0FBTyxPQUFPLEdBQUcsQ0FBQztBQUN4SDtBQUVPLE1BQU0saUJBQWlIO0FBQUEsRUFPNUgsWUFBNkIsS0FBVTtBQUFWO0FBRTNCLFNBQUssZUFBZSxJQUFJLE9BQU8sWUFBWSxDQUFDLE1BQU07QUFDaEQsVUFBSSxDQUFDLEVBQUc7QUFDUixXQUFLLFFBQVEsSUFBSSxFQUFFLEVBQUU7QUFDckIsV0FBSyxVQUFVLFdBQVcsTUFBTSxLQUFLLE1BQU0sR0FBRyxHQUFHO0FBQUEsSUFDbkQsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQVA2QjtBQUFBLEVBTlosVUFBVSxJQUFJLE9BQU8sYUFBeUI7QUFBQSxFQUN0RCxjQUFjLEtBQUssUUFBUTtBQUFBLEVBQ25CO0FBQUEsRUFDQSxVQUFVLG9CQUFJLElBQVk7QUFBQSxFQUNuQztBQUFBLEVBV0EsUUFBYztBQUNwQixTQUFLLFFBQVE7QUFDYixVQUFNLE9BQU8sT0FBTyxVQUFVLGNBQWMsT0FBTyxDQUFDLE1BQU0sRUFBRSxJQUFJLFdBQVcsVUFBVTtBQUNyRixlQUFXLEtBQUssS0FBTSxLQUFJLEtBQUssUUFBUSxJQUFJLEVBQUUsSUFBSSxLQUFLLEVBQUcsTUFBSyxRQUFRLEtBQUssRUFBRSxHQUFHO0FBQ2hGLFNBQUssUUFBUSxNQUFNO0FBQUEsRUFDckI7QUFBQSxFQUVBLE1BQU0sMkJBQTJCLEtBQWtDO0FBQ2pFLFVBQU0sU0FBUyxLQUFLLElBQUksT0FBTyxJQUFJLElBQUksS0FBSztBQUM1QyxRQUFJLENBQUMsT0FBUSxRQUFPLCtDQUErQyxJQUFJLElBQUk7QUFDM0UsVUFBTSxVQUFVLE9BQU8sUUFBUSxnQkFBWSwwQkFBVyxNQUFNLElBQUksT0FBTyxVQUFVO0FBQ2pGLFFBQUksU0FBUztBQUNYLFVBQUk7QUFDRixtQkFBTyxxQ0FBYSxNQUFNLGVBQUFBLFNBQUcsU0FBUyxTQUFTLE1BQU0sQ0FBQztBQUFBLE1BQ3hELFNBQVMsR0FBRztBQUNWLGVBQU8saUJBQWlCLE9BQU8sb0JBQXFCLEVBQVksT0FBTztBQUFBO0FBQUEsTUFBTyxxQ0FBYSxPQUFPLFdBQVcsS0FBSyxFQUFFLENBQUMsQ0FBQztBQUFBLE1BQ3hIO0FBQUEsSUFDRjtBQUNBLFVBQU0sV0FBTyxxQ0FBYSxPQUFPLFdBQVcsS0FBSyxFQUFFLENBQUM7QUFDcEQsV0FBTyxTQUFTLE9BQU8sVUFBVSxHQUFHLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQUssT0FBTyxPQUFPO0FBQUEsSUFBTyxHQUFHLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSztBQUFBO0FBQUEsRUFDM0g7QUFBQSxFQUVBLHVCQUF1QixVQUF3RDtBQUM3RSxVQUFNLFdBQVcsQ0FBQyxNQUEyQztBQUMzRCxZQUFNLE1BQU0sS0FBSyxJQUFJLEVBQUUsU0FBUyxTQUFTLFlBQVksQ0FBQztBQUN0RCxZQUFNLFFBQVEsSUFBSSxPQUFPLE1BQU0sRUFBRSxXQUFXLEdBQUcsS0FBSyxTQUFTLE9BQU8sR0FBRyxFQUFFLEtBQUssTUFBTTtBQUNwRixZQUFNLFlBQVksU0FBUyxPQUFPLEVBQUUsU0FBUyxFQUFFO0FBQy9DLFlBQU0sT0FBTyxFQUFFLFNBQVMsWUFBWSxPQUFPLFdBQVcsVUFDbEQsRUFBRSxTQUFTLFVBQVUsT0FBTyxXQUFXLFdBQ3ZDLEVBQUUsU0FBUyxVQUFVLE9BQU8sV0FBVyxRQUFRLE9BQU8sV0FBVztBQUNyRSxZQUFNLElBQUksSUFBSSxPQUFPLGVBQWUsRUFBRSxNQUFNLElBQUksTUFBTSxPQUFPLFNBQVM7QUFDdEUsUUFBRSxXQUFXLEVBQUUsU0FBUyxJQUFJLFFBQVE7QUFDcEMsYUFBTztBQUFBLElBQ1Q7QUFDQSxlQUFPLG1DQUFXLFNBQVMsUUFBUSxDQUFDLEVBQUUsSUFBSSxRQUFRO0FBQUEsRUFDcEQ7QUFBQTtBQUFBLEVBR0EsTUFBTSxLQUFLLFFBQXFCLE1BQThCO0FBQzVELFVBQU0sTUFBTSxNQUFNLE9BQU8sVUFBVSxpQkFBaUIsT0FBTyxNQUFNLENBQUM7QUFDbEUsUUFBSSxJQUFJLGVBQWUsYUFBYyxPQUFNLE9BQU8sVUFBVSx3QkFBd0IsS0FBSyxZQUFZO0FBQ3JHLFVBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTyxpQkFBaUIsS0FBSyxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQzNFLFVBQU0sU0FBUyxTQUFTLE9BQU8sVUFBVSxXQUFXLGVBQWUsR0FBRyxJQUFJO0FBQzFFLFFBQUksV0FBVyxRQUFXO0FBQ3hCLFlBQU0sTUFBTSxJQUFJLE9BQU8sU0FBUyxRQUFRLENBQUM7QUFDekMsYUFBTyxZQUFZLElBQUksT0FBTyxVQUFVLEtBQUssR0FBRztBQUNoRCxhQUFPLFlBQVksSUFBSSxPQUFPLE1BQU0sS0FBSyxHQUFHLEdBQUcsT0FBTyxxQkFBcUIsUUFBUTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxRQUFJLEtBQUssTUFBTyxjQUFhLEtBQUssS0FBSztBQUN2QyxTQUFLLGFBQWEsUUFBUTtBQUMxQixTQUFLLFFBQVEsUUFBUTtBQUFBLEVBQ3ZCO0FBQ0Y7QUFHQSxTQUFTLGVBQWUsS0FBOEM7QUFDcEUsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFdBQVcsSUFBSyxLQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsS0FBSyxXQUFXLFdBQVcsRUFBRyxRQUFPO0FBQy9GLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
