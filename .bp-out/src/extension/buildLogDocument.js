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
    const logPath = record.result?.logPath;
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZExvZ0RvY3VtZW50LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFwiT3BlbiBidWlsZCBsb2dcIjogdGhlIGZ1bGwgbG9nIG9mIGEgYnVpbGQgYXMgYSByZWFkLW9ubHkgdmlydHVhbCBkb2N1bWVudCAoYGVidWlsZC1sb2c6YCBzY2hlbWUpIGluIHRoZVxuICogYnVpbGQtbG9nIGxhbmd1YWdlLCB3aXRoIGRvY3VtZW50IHN5bWJvbHMgcGVyIHBhY2thZ2UgYW5kIHBoYXNlIGZvciB0aGUgb3V0bGluZSBhbmQgYnJlYWRjcnVtYnMuXG4gKi9cbmltcG9ydCB7IHByb21pc2VzIGFzIGZzIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB0eXBlIHsgQ3R4IH0gZnJvbSAnLi9jdHgnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZFJlY29yZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IG91dGxpbmVMb2csIE91dGxpbmVFbnRyeSwgcGxhaW5Mb2dUZXh0IH0gZnJvbSAnLi9idWlsZExvZ091dGxpbmUnO1xuXG5leHBvcnQgY29uc3QgTE9HX1NDSEVNRSA9ICdlYnVpbGQtbG9nJztcbmV4cG9ydCBjb25zdCBMT0dfTEFOR1VBR0UgPSAnZWJ1aWxkLWJ1aWxkLWxvZyc7XG5cbi8qKiBgZWJ1aWxkLWxvZzovYXBwLW1pc2MvaGVsbG8tMS4wIChzYWJheW9uKS5idWlsZC5sb2c/YnVpbGQtXHUyMDI2YDogdGhlIHRhYiBzaG93cyB0aGUgYXRvbSwgdGhlIHF1ZXJ5IGZpbmRzIHRoZSBidWlsZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2dVcmkocmVjb3JkOiBCdWlsZFJlY29yZCk6IHZzY29kZS5Vcmkge1xuICByZXR1cm4gdnNjb2RlLlVyaS5mcm9tKHsgc2NoZW1lOiBMT0dfU0NIRU1FLCBwYXRoOiBgLyR7cmVjb3JkLmF0b219ICgke3JlY29yZC5wcm9maWxlfSkuYnVpbGQubG9nYCwgcXVlcnk6IHJlY29yZC5pZCB9KTtcbn1cblxuZXhwb3J0IGNsYXNzIEJ1aWxkTG9nUHJvdmlkZXIgaW1wbGVtZW50cyB2c2NvZGUuVGV4dERvY3VtZW50Q29udGVudFByb3ZpZGVyLCB2c2NvZGUuRG9jdW1lbnRTeW1ib2xQcm92aWRlciwgdnNjb2RlLkRpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IGVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjx2c2NvZGUuVXJpPigpO1xuICByZWFkb25seSBvbkRpZENoYW5nZSA9IHRoaXMuZW1pdHRlci5ldmVudDtcbiAgcHJpdmF0ZSByZWFkb25seSBzdWJzY3JpcHRpb246IHZzY29kZS5EaXNwb3NhYmxlO1xuICBwcml2YXRlIHJlYWRvbmx5IHBlbmRpbmcgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgcHJpdmF0ZSB0aW1lcj86IE5vZGVKUy5UaW1lb3V0O1xuXG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgY3R4OiBDdHgpIHtcbiAgICAvLyBBbiBvcGVuIGxvZyBvZiBhIHJ1bm5pbmcgYnVpbGQgZm9sbG93cyBpdCwgYXQgbW9zdCB0d2ljZSBhIHNlY29uZC5cbiAgICB0aGlzLnN1YnNjcmlwdGlvbiA9IGN0eC5idWlsZHMub25EaWRDaGFuZ2UoKGIpID0+IHtcbiAgICAgIGlmICghYikgcmV0dXJuO1xuICAgICAgdGhpcy5wZW5kaW5nLmFkZChiLmlkKTtcbiAgICAgIHRoaXMudGltZXIgPz89IHNldFRpbWVvdXQoKCkgPT4gdGhpcy5mbHVzaCgpLCA1MDApO1xuICAgIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBmbHVzaCgpOiB2b2lkIHtcbiAgICB0aGlzLnRpbWVyID0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IG9wZW4gPSB2c2NvZGUud29ya3NwYWNlLnRleHREb2N1bWVudHMuZmlsdGVyKChkKSA9PiBkLnVyaS5zY2hlbWUgPT09IExPR19TQ0hFTUUpO1xuICAgIGZvciAoY29uc3QgZCBvZiBvcGVuKSBpZiAodGhpcy5wZW5kaW5nLmhhcyhkLnVyaS5xdWVyeSkpIHRoaXMuZW1pdHRlci5maXJlKGQudXJpKTtcbiAgICB0aGlzLnBlbmRpbmcuY2xlYXIoKTtcbiAgfVxuXG4gIGFzeW5jIHByb3ZpZGVUZXh0RG9jdW1lbnRDb250ZW50KHVyaTogdnNjb2RlLlVyaSk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgY29uc3QgcmVjb3JkID0gdGhpcy5jdHguYnVpbGRzLmdldCh1cmkucXVlcnkpO1xuICAgIGlmICghcmVjb3JkKSByZXR1cm4gYFRoaXMgYnVpbGQgaXMgbm8gbG9uZ2VyIGluIHRoZSBCdWlsZHMgbGlzdCAoJHt1cmkucGF0aH0pLmA7XG4gICAgY29uc3QgbG9nUGF0aCA9IHJlY29yZC5yZXN1bHQ/LmxvZ1BhdGg7XG4gICAgaWYgKGxvZ1BhdGgpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBwbGFpbkxvZ1RleHQoYXdhaXQgZnMucmVhZEZpbGUobG9nUGF0aCwgJ3V0ZjgnKSk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIHJldHVybiBgVGhlIHNhdmVkIGxvZyAke2xvZ1BhdGh9IGNhbm5vdCBiZSByZWFkOiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfVxcblxcbiR7cGxhaW5Mb2dUZXh0KHJlY29yZC50cmFuc2NyaXB0LmpvaW4oJycpKX1gO1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCB0ZXh0ID0gcGxhaW5Mb2dUZXh0KHJlY29yZC50cmFuc2NyaXB0LmpvaW4oJycpKTtcbiAgICByZXR1cm4gdGV4dCB8fCAocmVjb3JkLm1lc3NhZ2UgPyBgJHtyZWNvcmQuYXRvbX06ICR7cmVjb3JkLnN0YXRlfVxcbiR7cmVjb3JkLm1lc3NhZ2V9XFxuYCA6IGAke3JlY29yZC5hdG9tfTogJHtyZWNvcmQuc3RhdGV9LCBubyBvdXRwdXQgeWV0LlxcbmApO1xuICB9XG5cbiAgcHJvdmlkZURvY3VtZW50U3ltYm9scyhkb2N1bWVudDogdnNjb2RlLlRleHREb2N1bWVudCk6IHZzY29kZS5Eb2N1bWVudFN5bWJvbFtdIHtcbiAgICBjb25zdCB0b1N5bWJvbCA9IChlOiBPdXRsaW5lRW50cnkpOiB2c2NvZGUuRG9jdW1lbnRTeW1ib2wgPT4ge1xuICAgICAgY29uc3QgZW5kID0gTWF0aC5taW4oZS5lbmRMaW5lLCBkb2N1bWVudC5saW5lQ291bnQgLSAxKTtcbiAgICAgIGNvbnN0IHJhbmdlID0gbmV3IHZzY29kZS5SYW5nZShlLnN0YXJ0TGluZSwgMCwgZW5kLCBkb2N1bWVudC5saW5lQXQoZW5kKS50ZXh0Lmxlbmd0aCk7XG4gICAgICBjb25zdCBzZWxlY3Rpb24gPSBkb2N1bWVudC5saW5lQXQoZS5zdGFydExpbmUpLnJhbmdlO1xuICAgICAgY29uc3Qga2luZCA9IGUua2luZCA9PT0gJ3BhY2thZ2UnID8gdnNjb2RlLlN5bWJvbEtpbmQuUGFja2FnZVxuICAgICAgICA6IGUua2luZCA9PT0gJ3BoYXNlJyA/IHZzY29kZS5TeW1ib2xLaW5kLkZ1bmN0aW9uXG4gICAgICAgIDogZS5raW5kID09PSAnZXJyb3InID8gdnNjb2RlLlN5bWJvbEtpbmQuRXZlbnQgOiB2c2NvZGUuU3ltYm9sS2luZC5LZXk7XG4gICAgICBjb25zdCBzID0gbmV3IHZzY29kZS5Eb2N1bWVudFN5bWJvbChlLm5hbWUsICcnLCBraW5kLCByYW5nZSwgc2VsZWN0aW9uKTtcbiAgICAgIHMuY2hpbGRyZW4gPSBlLmNoaWxkcmVuLm1hcCh0b1N5bWJvbCk7XG4gICAgICByZXR1cm4gcztcbiAgICB9O1xuICAgIHJldHVybiBvdXRsaW5lTG9nKGRvY3VtZW50LmdldFRleHQoKSkubWFwKHRvU3ltYm9sKTtcbiAgfVxuXG4gIC8qKiBPcGVucyB0aGUgbG9nIG9mIGEgYnVpbGQgKG9yIGxldHMgdGhlIHVzZXIgcGljayBvbmUpLiAqL1xuICBhc3luYyBvcGVuKHJlY29yZDogQnVpbGRSZWNvcmQsIGxpbmU/OiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBkb2MgPSBhd2FpdCB2c2NvZGUud29ya3NwYWNlLm9wZW5UZXh0RG9jdW1lbnQobG9nVXJpKHJlY29yZCkpO1xuICAgIGlmIChkb2MubGFuZ3VhZ2VJZCAhPT0gTE9HX0xBTkdVQUdFKSBhd2FpdCB2c2NvZGUubGFuZ3VhZ2VzLnNldFRleHREb2N1bWVudExhbmd1YWdlKGRvYywgTE9HX0xBTkdVQUdFKTtcbiAgICBjb25zdCBlZGl0b3IgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQoZG9jLCB7IHByZXZpZXc6IGZhbHNlIH0pO1xuICAgIGNvbnN0IHRhcmdldCA9IGxpbmUgPz8gKHJlY29yZC5zdGF0ZSA9PT0gJ2ZhaWxlZCcgPyBmaXJzdEVycm9yTGluZShkb2MpIDogdW5kZWZpbmVkKTtcbiAgICBpZiAodGFyZ2V0ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IHBvcyA9IG5ldyB2c2NvZGUuUG9zaXRpb24odGFyZ2V0LCAwKTtcbiAgICAgIGVkaXRvci5zZWxlY3Rpb24gPSBuZXcgdnNjb2RlLlNlbGVjdGlvbihwb3MsIHBvcyk7XG4gICAgICBlZGl0b3IucmV2ZWFsUmFuZ2UobmV3IHZzY29kZS5SYW5nZShwb3MsIHBvcyksIHZzY29kZS5UZXh0RWRpdG9yUmV2ZWFsVHlwZS5JbkNlbnRlcik7XG4gICAgfVxuICB9XG5cbiAgZGlzcG9zZSgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy50aW1lcikgY2xlYXJUaW1lb3V0KHRoaXMudGltZXIpO1xuICAgIHRoaXMuc3Vic2NyaXB0aW9uLmRpc3Bvc2UoKTtcbiAgICB0aGlzLmVtaXR0ZXIuZGlzcG9zZSgpO1xuICB9XG59XG5cbi8qKiBBIGZhaWxlZCBidWlsZCdzIGxvZyBvcGVucyBhdCBpdHMgZmlyc3QgYCAqIEVSUk9SOmAgbGluZS4gKi9cbmZ1bmN0aW9uIGZpcnN0RXJyb3JMaW5lKGRvYzogdnNjb2RlLlRleHREb2N1bWVudCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZG9jLmxpbmVDb3VudDsgaSsrKSBpZiAoZG9jLmxpbmVBdChpKS50ZXh0LnN0YXJ0c1dpdGgoJyAqIEVSUk9SOicpKSByZXR1cm4gaTtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEscUJBQStCO0FBQy9CLGFBQXdCO0FBR3hCLDZCQUF1RDtBQUVoRCxNQUFNLGFBQWE7QUFDbkIsTUFBTSxlQUFlO0FBR3JCLFNBQVMsT0FBTyxRQUFpQztBQUN0RCxTQUFPLE9BQU8sSUFBSSxLQUFLLEVBQUUsUUFBUSxZQUFZLE1BQU0sSUFBSSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxPQUFPLE9BQU8sR0FBRyxDQUFDO0FBQ3hIO0FBRU8sTUFBTSxpQkFBaUg7QUFBQSxFQU81SCxZQUE2QixLQUFVO0FBQVY7QUFFM0IsU0FBSyxlQUFlLElBQUksT0FBTyxZQUFZLENBQUMsTUFBTTtBQUNoRCxVQUFJLENBQUMsRUFBRztBQUNSLFdBQUssUUFBUSxJQUFJLEVBQUUsRUFBRTtBQUNyQixXQUFLLFVBQVUsV0FBVyxNQUFNLEtBQUssTUFBTSxHQUFHLEdBQUc7QUFBQSxJQUNuRCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBUDZCO0FBQUEsRUFOWixVQUFVLElBQUksT0FBTyxhQUF5QjtBQUFBLEVBQ3RELGNBQWMsS0FBSyxRQUFRO0FBQUEsRUFDbkI7QUFBQSxFQUNBLFVBQVUsb0JBQUksSUFBWTtBQUFBLEVBQ25DO0FBQUEsRUFXQSxRQUFjO0FBQ3BCLFNBQUssUUFBUTtBQUNiLFVBQU0sT0FBTyxPQUFPLFVBQVUsY0FBYyxPQUFPLENBQUMsTUFBTSxFQUFFLElBQUksV0FBVyxVQUFVO0FBQ3JGLGVBQVcsS0FBSyxLQUFNLEtBQUksS0FBSyxRQUFRLElBQUksRUFBRSxJQUFJLEtBQUssRUFBRyxNQUFLLFFBQVEsS0FBSyxFQUFFLEdBQUc7QUFDaEYsU0FBSyxRQUFRLE1BQU07QUFBQSxFQUNyQjtBQUFBLEVBRUEsTUFBTSwyQkFBMkIsS0FBa0M7QUFDakUsVUFBTSxTQUFTLEtBQUssSUFBSSxPQUFPLElBQUksSUFBSSxLQUFLO0FBQzVDLFFBQUksQ0FBQyxPQUFRLFFBQU8sK0NBQStDLElBQUksSUFBSTtBQUMzRSxVQUFNLFVBQVUsT0FBTyxRQUFRO0FBQy9CLFFBQUksU0FBUztBQUNYLFVBQUk7QUFDRixtQkFBTyxxQ0FBYSxNQUFNLGVBQUFBLFNBQUcsU0FBUyxTQUFTLE1BQU0sQ0FBQztBQUFBLE1BQ3hELFNBQVMsR0FBRztBQUNWLGVBQU8saUJBQWlCLE9BQU8sb0JBQXFCLEVBQVksT0FBTztBQUFBO0FBQUEsTUFBTyxxQ0FBYSxPQUFPLFdBQVcsS0FBSyxFQUFFLENBQUMsQ0FBQztBQUFBLE1BQ3hIO0FBQUEsSUFDRjtBQUNBLFVBQU0sV0FBTyxxQ0FBYSxPQUFPLFdBQVcsS0FBSyxFQUFFLENBQUM7QUFDcEQsV0FBTyxTQUFTLE9BQU8sVUFBVSxHQUFHLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQUssT0FBTyxPQUFPO0FBQUEsSUFBTyxHQUFHLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSztBQUFBO0FBQUEsRUFDM0g7QUFBQSxFQUVBLHVCQUF1QixVQUF3RDtBQUM3RSxVQUFNLFdBQVcsQ0FBQyxNQUEyQztBQUMzRCxZQUFNLE1BQU0sS0FBSyxJQUFJLEVBQUUsU0FBUyxTQUFTLFlBQVksQ0FBQztBQUN0RCxZQUFNLFFBQVEsSUFBSSxPQUFPLE1BQU0sRUFBRSxXQUFXLEdBQUcsS0FBSyxTQUFTLE9BQU8sR0FBRyxFQUFFLEtBQUssTUFBTTtBQUNwRixZQUFNLFlBQVksU0FBUyxPQUFPLEVBQUUsU0FBUyxFQUFFO0FBQy9DLFlBQU0sT0FBTyxFQUFFLFNBQVMsWUFBWSxPQUFPLFdBQVcsVUFDbEQsRUFBRSxTQUFTLFVBQVUsT0FBTyxXQUFXLFdBQ3ZDLEVBQUUsU0FBUyxVQUFVLE9BQU8sV0FBVyxRQUFRLE9BQU8sV0FBVztBQUNyRSxZQUFNLElBQUksSUFBSSxPQUFPLGVBQWUsRUFBRSxNQUFNLElBQUksTUFBTSxPQUFPLFNBQVM7QUFDdEUsUUFBRSxXQUFXLEVBQUUsU0FBUyxJQUFJLFFBQVE7QUFDcEMsYUFBTztBQUFBLElBQ1Q7QUFDQSxlQUFPLG1DQUFXLFNBQVMsUUFBUSxDQUFDLEVBQUUsSUFBSSxRQUFRO0FBQUEsRUFDcEQ7QUFBQTtBQUFBLEVBR0EsTUFBTSxLQUFLLFFBQXFCLE1BQThCO0FBQzVELFVBQU0sTUFBTSxNQUFNLE9BQU8sVUFBVSxpQkFBaUIsT0FBTyxNQUFNLENBQUM7QUFDbEUsUUFBSSxJQUFJLGVBQWUsYUFBYyxPQUFNLE9BQU8sVUFBVSx3QkFBd0IsS0FBSyxZQUFZO0FBQ3JHLFVBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTyxpQkFBaUIsS0FBSyxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQzNFLFVBQU0sU0FBUyxTQUFTLE9BQU8sVUFBVSxXQUFXLGVBQWUsR0FBRyxJQUFJO0FBQzFFLFFBQUksV0FBVyxRQUFXO0FBQ3hCLFlBQU0sTUFBTSxJQUFJLE9BQU8sU0FBUyxRQUFRLENBQUM7QUFDekMsYUFBTyxZQUFZLElBQUksT0FBTyxVQUFVLEtBQUssR0FBRztBQUNoRCxhQUFPLFlBQVksSUFBSSxPQUFPLE1BQU0sS0FBSyxHQUFHLEdBQUcsT0FBTyxxQkFBcUIsUUFBUTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxRQUFJLEtBQUssTUFBTyxjQUFhLEtBQUssS0FBSztBQUN2QyxTQUFLLGFBQWEsUUFBUTtBQUMxQixTQUFLLFFBQVEsUUFBUTtBQUFBLEVBQ3ZCO0FBQ0Y7QUFHQSxTQUFTLGVBQWUsS0FBOEM7QUFDcEUsV0FBUyxJQUFJLEdBQUcsSUFBSSxJQUFJLFdBQVcsSUFBSyxLQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsS0FBSyxXQUFXLFdBQVcsRUFBRyxRQUFPO0FBQy9GLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
