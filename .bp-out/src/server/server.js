"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var server_exports = {};
__export(server_exports, {
  startServer: () => startServer
});
module.exports = __toCommonJS(server_exports);
var import_node_url = require("node:url");
var import_node = require("vscode-languageserver/node");
var import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
var import_completion = require("./completion");
var import_docContext = require("./docContext");
var import_diagnostics = require("./diagnostics");
var import_definition = require("./definition");
var import_hover = require("./hover");
var import_knowledge = require("./knowledge");
var import_parse = require("./parse");
var import_pkgcheck = require("./pkgcheck");
var import_shellcheck = require("./shellcheck");
var import_symbols = require("./symbols");
const SEVERITY = {
  error: import_node.DiagnosticSeverity.Error,
  warning: import_node.DiagnosticSeverity.Warning,
  information: import_node.DiagnosticSeverity.Information,
  hint: import_node.DiagnosticSeverity.Hint
};
function pathOf(uri) {
  try {
    return uri.startsWith("file:") ? (0, import_node_url.fileURLToPath)(uri) : uri;
  } catch {
    return uri;
  }
}
function startServer(connection) {
  const entries = /* @__PURE__ */ new Map();
  let knowledge = new import_knowledge.Knowledge();
  let options = {};
  let parserPromise;
  const log = (e) => connection.console.error(`ebuild-ls: ${e?.stack ?? String(e)}`);
  connection.onInitialize((params) => {
    options = params.initializationOptions ?? {};
    const roots = [...options.repositories ?? [], ...(params.workspaceFolders ?? []).map((f) => pathOf(f.uri))];
    if (params.rootUri) roots.push(pathOf(params.rootUri));
    knowledge = new import_knowledge.Knowledge(roots);
    parserPromise = (0, import_parse.createParser)();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: import_node.TextDocumentSyncKind.Incremental, save: true },
        completionProvider: { triggerCharacters: [" ", "$", "{", "/", "[", ",", "~", '"'] },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true
      },
      serverInfo: { name: "ebuild-builder-ls", version: "0.1.0" }
    };
  });
  const toDiagnostic = (doc, f, source) => ({
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
    severity: SEVERITY[f.severity],
    code: f.code,
    source,
    message: f.message
  });
  const publish = (uri, e) => {
    const diagnostics = [
      ...e.fast.map((f) => toDiagnostic(e.doc, f, f.code === "bash-syntax" ? "bash" : "ebuild")),
      ...e.shellcheck.map((f) => toDiagnostic(e.doc, f, "shellcheck")),
      ...e.pkgcheck.map((f) => toDiagnostic(e.doc, f, "pkgcheck"))
    ];
    void connection.sendDiagnostics({ uri, version: e.doc.version, diagnostics });
  };
  const analyse = (uri, e) => {
    const path = pathOf(uri);
    e.problem = (0, import_diagnostics.contentProblem)(e.doc.getText(), options.maxFileBytes ?? 4 * 1048576);
    if (e.problem) {
      e.parsed?.dispose();
      e.parsed = void 0;
      e.ctx = void 0;
      e.fast = [{ span: { start: 0, end: 0 }, severity: "error", code: "not-analysed", message: e.problem }];
      e.shellcheck = [];
      return;
    }
    if (!e.parsed) return;
    e.ctx = (0, import_docContext.buildContext)(path, e.parsed.text, e.parsed.facts(), knowledge);
    e.fast = (0, import_diagnostics.computeDiagnostics)(e.ctx);
  };
  const scheduleShellcheck = (uri, e) => {
    const sc = options.shellcheck ?? {};
    if (sc.enable === false || e.problem) return;
    clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      const version = e.doc.version;
      const text = e.doc.getText();
      void (0, import_shellcheck.runShellcheck)(text, sc.path ?? "shellcheck").then((comments) => {
        if (!comments || entries.get(uri) !== e || e.doc.version !== version || !e.ctx) return;
        const doc = e.doc;
        e.shellcheck = (0, import_shellcheck.filterShellcheck)(e.ctx, comments, (line, character) => doc.offsetAt({ line, character }));
        publish(uri, e);
      }).catch(log);
    }, sc.delayMs ?? 500);
  };
  connection.onDidOpenTextDocument(async ({ textDocument: td }) => {
    try {
      const doc = import_vscode_languageserver_textdocument.TextDocument.create(td.uri, td.languageId, td.version, td.text);
      const e = { doc, fast: [], shellcheck: [], pkgcheck: [] };
      entries.set(td.uri, e);
      const parser = await (parserPromise ??= (0, import_parse.createParser)());
      if (entries.get(td.uri) !== e) return;
      if (!(0, import_diagnostics.contentProblem)(e.doc.getText(), options.maxFileBytes ?? 4 * 1048576)) e.parsed = new import_parse.ParsedDocument(parser, e.doc);
      analyse(td.uri, e);
      publish(td.uri, e);
      scheduleShellcheck(td.uri, e);
    } catch (err) {
      log(err);
    }
  });
  connection.onDidChangeTextDocument(async ({ textDocument: td, contentChanges }) => {
    const e = entries.get(td.uri);
    if (!e) return;
    try {
      const parser = await (parserPromise ??= (0, import_parse.createParser)());
      if (e.parsed) {
        e.parsed.update(contentChanges, td.version);
        e.doc = e.parsed.doc;
      } else {
        e.doc = import_vscode_languageserver_textdocument.TextDocument.update(e.doc, contentChanges, td.version);
        if (!(0, import_diagnostics.contentProblem)(e.doc.getText(), options.maxFileBytes ?? 4 * 1048576)) e.parsed = new import_parse.ParsedDocument(parser, e.doc);
      }
      analyse(td.uri, e);
      publish(td.uri, e);
      scheduleShellcheck(td.uri, e);
    } catch (err) {
      log(err);
    }
  });
  connection.onDidSaveTextDocument(() => knowledge.all().forEach((r) => r.invalidate()));
  connection.onDidChangeWatchedFiles(() => knowledge.all().forEach((r) => r.invalidate()));
  connection.onDidCloseTextDocument(({ textDocument: td }) => {
    const e = entries.get(td.uri);
    if (!e) return;
    clearTimeout(e.timer);
    e.parsed?.dispose();
    entries.delete(td.uri);
    void connection.sendDiagnostics({ uri: td.uri, diagnostics: [] });
  });
  connection.onNotification("ebuild/pkgcheckResults", (p) => {
    const e = entries.get(p.uri);
    if (!e?.ctx?.category || !e.ctx.pn) return;
    const version = pathOf(p.uri).replace(/^.*\//, "").replace(/\.ebuild$/, "").slice(e.ctx.pn.length + 1);
    const doc = e.doc;
    e.pkgcheck = (0, import_pkgcheck.pkgcheckFindings)((0, import_pkgcheck.parseJsonStream)(p.output), { category: e.ctx.category, package: e.ctx.pn, version }, (line) => line >= doc.lineCount ? doc.getText().length : doc.offsetAt({ line, character: 0 }));
    publish(p.uri, e);
  });
  const withCtx = (uri, empty, fn) => {
    const e = entries.get(uri);
    if (!e?.ctx) return empty;
    try {
      return fn(e);
    } catch (err) {
      log(err);
      return empty;
    }
  };
  connection.onCompletion(({ textDocument, position }) => withCtx(textDocument.uri, [], (e) => (0, import_completion.complete)(e.ctx, e.doc, e.doc.offsetAt(position))));
  connection.onHover(({ textDocument, position }) => withCtx(textDocument.uri, null, (e) => {
    const h = (0, import_hover.hoverAt)(e.ctx, e.doc.offsetAt(position));
    return h ? { contents: { kind: "markdown", value: h.markdown }, range: { start: e.doc.positionAt(h.span.start), end: e.doc.positionAt(h.span.end) } } : null;
  }));
  connection.onDefinition(({ textDocument, position }) => withCtx(textDocument.uri, [], (e) => (0, import_definition.definitionAt)(e.ctx, e.doc.offsetAt(position)).map((t) => "self" in t ? import_node.Location.create(textDocument.uri, { start: e.doc.positionAt(t.start), end: e.doc.positionAt(t.end) }) : import_node.Location.create((0, import_node_url.pathToFileURL)(t.path).href, { start: { line: t.line, character: 0 }, end: { line: t.line, character: 0 } }))));
  connection.onDocumentSymbol(({ textDocument }) => withCtx(textDocument.uri, [], (e) => (0, import_symbols.documentSymbols)(e.ctx).map((s) => ({
    name: s.name,
    detail: s.detail,
    kind: s.kind === "variable" ? import_node.SymbolKind.Variable : s.kind === "eclass" ? import_node.SymbolKind.Module : s.kind === "phase" ? import_node.SymbolKind.Event : import_node.SymbolKind.Function,
    range: { start: e.doc.positionAt(s.span.start), end: e.doc.positionAt(s.span.end) },
    selectionRange: { start: e.doc.positionAt(s.nameSpan.start), end: e.doc.positionAt(s.nameSpan.end) }
  }))));
  connection.onFoldingRanges(({ textDocument }) => withCtx(textDocument.uri, [], (e) => (0, import_symbols.foldingRanges)(e.ctx, (o) => e.doc.positionAt(o).line).map((r) => ({ startLine: r.start, endLine: r.end, kind: r.comment ? import_node.FoldingRangeKind.Comment : void 0 }))));
  connection.listen();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startServer
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9zZXJ2ZXIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGVidWlsZCBsYW5ndWFnZSBzZXJ2ZXI6IGtlZXBzIG9wZW4gZG9jdW1lbnRzIHBhcnNlZCAoaW5jcmVtZW50YWxseSksIHB1Ymxpc2hlcyB0aGUgZmFzdFxuICogdHJlZS1zaXR0ZXIgZGlhZ25vc3RpY3MgYXQgb25jZSBhZnRlciBldmVyeSBjaGFuZ2UgYW5kIHNoZWxsY2hlY2sncyBhZnRlciBhIGRlYm91bmNlLCBhbmQgYW5zd2Vyc1xuICogY29tcGxldGlvbiwgaG92ZXIsIGRlZmluaXRpb24sIHN5bWJvbHMgYW5kIGZvbGRpbmcuIEV2ZXJ5IGhhbmRsZXIgaXMgZ3VhcmRlZDogYmFkIGlucHV0IHlpZWxkcyBhXG4gKiBkaWFnbm9zdGljIG9yIGFuIGVtcHR5IGFuc3dlciwgbmV2ZXIgYSBkZWFkIHNlcnZlci5cbiAqL1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCwgcGF0aFRvRmlsZVVSTCB9IGZyb20gJ25vZGU6dXJsJztcbmltcG9ydCB7XG4gIENvbXBsZXRpb25JdGVtLCBDb25uZWN0aW9uLCBEaWFnbm9zdGljLCBEaWFnbm9zdGljU2V2ZXJpdHksIERvY3VtZW50U3ltYm9sLCBGb2xkaW5nUmFuZ2UsIEZvbGRpbmdSYW5nZUtpbmQsIExvY2F0aW9uLCBTeW1ib2xLaW5kLFxuICBUZXh0RG9jdW1lbnRTeW5jS2luZCxcbn0gZnJvbSAndnNjb2RlLWxhbmd1YWdlc2VydmVyL25vZGUnO1xuaW1wb3J0IHsgVGV4dERvY3VtZW50IH0gZnJvbSAndnNjb2RlLWxhbmd1YWdlc2VydmVyLXRleHRkb2N1bWVudCc7XG5pbXBvcnQgeyBjb21wbGV0ZSB9IGZyb20gJy4vY29tcGxldGlvbic7XG5pbXBvcnQgeyBidWlsZENvbnRleHQsIERvY0NvbnRleHQgfSBmcm9tICcuL2RvY0NvbnRleHQnO1xuaW1wb3J0IHsgY29tcHV0ZURpYWdub3N0aWNzLCBjb250ZW50UHJvYmxlbSwgRmluZGluZyB9IGZyb20gJy4vZGlhZ25vc3RpY3MnO1xuaW1wb3J0IHsgZGVmaW5pdGlvbkF0IH0gZnJvbSAnLi9kZWZpbml0aW9uJztcbmltcG9ydCB7IGhvdmVyQXQgfSBmcm9tICcuL2hvdmVyJztcbmltcG9ydCB7IEtub3dsZWRnZSB9IGZyb20gJy4va25vd2xlZGdlJztcbmltcG9ydCB7IGNyZWF0ZVBhcnNlciwgUGFyc2VkRG9jdW1lbnQgfSBmcm9tICcuL3BhcnNlJztcbmltcG9ydCB7IHBhcnNlSnNvblN0cmVhbSwgcGtnY2hlY2tGaW5kaW5ncyB9IGZyb20gJy4vcGtnY2hlY2snO1xuaW1wb3J0IHsgZmlsdGVyU2hlbGxjaGVjaywgcnVuU2hlbGxjaGVjayB9IGZyb20gJy4vc2hlbGxjaGVjayc7XG5pbXBvcnQgeyBkb2N1bWVudFN5bWJvbHMsIGZvbGRpbmdSYW5nZXMgfSBmcm9tICcuL3N5bWJvbHMnO1xuaW1wb3J0IHR5cGUgeyBQYXJzZXIgfSBmcm9tICd3ZWItdHJlZS1zaXR0ZXInO1xuXG5leHBvcnQgaW50ZXJmYWNlIFNlcnZlck9wdGlvbnMge1xuICAvKiogRXh0cmEgcmVwb3NpdG9yeSByb290cyAoZS5nLiAvdmFyL2RiL3JlcG9zL2dlbnRvbykuICovXG4gIHJlcG9zaXRvcmllcz86IHN0cmluZ1tdO1xuICBzaGVsbGNoZWNrPzogeyBlbmFibGU/OiBib29sZWFuOyBwYXRoPzogc3RyaW5nOyBkZWxheU1zPzogbnVtYmVyIH07XG4gIC8qKiBGaWxlcyBsYXJnZXIgdGhhbiB0aGlzIGFyZSBub3QgYW5hbHlzZWQuICovXG4gIG1heEZpbGVCeXRlcz86IG51bWJlcjtcbn1cblxuaW50ZXJmYWNlIEVudHJ5IHtcbiAgZG9jOiBUZXh0RG9jdW1lbnQ7XG4gIHBhcnNlZD86IFBhcnNlZERvY3VtZW50O1xuICBwcm9ibGVtPzogc3RyaW5nO1xuICBjdHg/OiBEb2NDb250ZXh0O1xuICBmYXN0OiBGaW5kaW5nW107XG4gIHNoZWxsY2hlY2s6IEZpbmRpbmdbXTtcbiAgcGtnY2hlY2s6IEZpbmRpbmdbXTtcbiAgdGltZXI/OiBOb2RlSlMuVGltZW91dDtcbn1cblxuY29uc3QgU0VWRVJJVFk6IFJlY29yZDxGaW5kaW5nWydzZXZlcml0eSddLCBEaWFnbm9zdGljU2V2ZXJpdHk+ID0ge1xuICBlcnJvcjogRGlhZ25vc3RpY1NldmVyaXR5LkVycm9yLCB3YXJuaW5nOiBEaWFnbm9zdGljU2V2ZXJpdHkuV2FybmluZywgaW5mb3JtYXRpb246IERpYWdub3N0aWNTZXZlcml0eS5JbmZvcm1hdGlvbiwgaGludDogRGlhZ25vc3RpY1NldmVyaXR5LkhpbnQsXG59O1xuXG5mdW5jdGlvbiBwYXRoT2YodXJpOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiB1cmkuc3RhcnRzV2l0aCgnZmlsZTonKSA/IGZpbGVVUkxUb1BhdGgodXJpKSA6IHVyaTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVyaTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gc3RhcnRTZXJ2ZXIoY29ubmVjdGlvbjogQ29ubmVjdGlvbik6IHZvaWQge1xuICBjb25zdCBlbnRyaWVzID0gbmV3IE1hcDxzdHJpbmcsIEVudHJ5PigpO1xuICBsZXQga25vd2xlZGdlID0gbmV3IEtub3dsZWRnZSgpO1xuICBsZXQgb3B0aW9uczogU2VydmVyT3B0aW9ucyA9IHt9O1xuICBsZXQgcGFyc2VyUHJvbWlzZTogUHJvbWlzZTxQYXJzZXI+IHwgdW5kZWZpbmVkO1xuICBjb25zdCBsb2cgPSAoZTogdW5rbm93bikgPT4gY29ubmVjdGlvbi5jb25zb2xlLmVycm9yKGBlYnVpbGQtbHM6ICR7KGUgYXMgRXJyb3IpPy5zdGFjayA/PyBTdHJpbmcoZSl9YCk7XG5cbiAgY29ubmVjdGlvbi5vbkluaXRpYWxpemUoKHBhcmFtcykgPT4ge1xuICAgIG9wdGlvbnMgPSAocGFyYW1zLmluaXRpYWxpemF0aW9uT3B0aW9ucyA/PyB7fSkgYXMgU2VydmVyT3B0aW9ucztcbiAgICBjb25zdCByb290cyA9IFsuLi4ob3B0aW9ucy5yZXBvc2l0b3JpZXMgPz8gW10pLCAuLi4ocGFyYW1zLndvcmtzcGFjZUZvbGRlcnMgPz8gW10pLm1hcCgoZikgPT4gcGF0aE9mKGYudXJpKSldO1xuICAgIGlmIChwYXJhbXMucm9vdFVyaSkgcm9vdHMucHVzaChwYXRoT2YocGFyYW1zLnJvb3RVcmkpKTtcbiAgICBrbm93bGVkZ2UgPSBuZXcgS25vd2xlZGdlKHJvb3RzKTtcbiAgICBwYXJzZXJQcm9taXNlID0gY3JlYXRlUGFyc2VyKCk7XG4gICAgcmV0dXJuIHtcbiAgICAgIGNhcGFiaWxpdGllczoge1xuICAgICAgICB0ZXh0RG9jdW1lbnRTeW5jOiB7IG9wZW5DbG9zZTogdHJ1ZSwgY2hhbmdlOiBUZXh0RG9jdW1lbnRTeW5jS2luZC5JbmNyZW1lbnRhbCwgc2F2ZTogdHJ1ZSB9LFxuICAgICAgICBjb21wbGV0aW9uUHJvdmlkZXI6IHsgdHJpZ2dlckNoYXJhY3RlcnM6IFsnICcsICckJywgJ3snLCAnLycsICdbJywgJywnLCAnficsICdcIiddIH0sXG4gICAgICAgIGhvdmVyUHJvdmlkZXI6IHRydWUsXG4gICAgICAgIGRlZmluaXRpb25Qcm92aWRlcjogdHJ1ZSxcbiAgICAgICAgZG9jdW1lbnRTeW1ib2xQcm92aWRlcjogdHJ1ZSxcbiAgICAgICAgZm9sZGluZ1JhbmdlUHJvdmlkZXI6IHRydWUsXG4gICAgICB9LFxuICAgICAgc2VydmVySW5mbzogeyBuYW1lOiAnZWJ1aWxkLWJ1aWxkZXItbHMnLCB2ZXJzaW9uOiAnMC4xLjAnIH0sXG4gICAgfTtcbiAgfSk7XG5cbiAgY29uc3QgdG9EaWFnbm9zdGljID0gKGRvYzogVGV4dERvY3VtZW50LCBmOiBGaW5kaW5nLCBzb3VyY2U6IHN0cmluZyk6IERpYWdub3N0aWMgPT4gKHtcbiAgICByYW5nZTogeyBzdGFydDogZG9jLnBvc2l0aW9uQXQoZi5zcGFuLnN0YXJ0KSwgZW5kOiBkb2MucG9zaXRpb25BdChmLnNwYW4uZW5kKSB9LFxuICAgIHNldmVyaXR5OiBTRVZFUklUWVtmLnNldmVyaXR5XSwgY29kZTogZi5jb2RlLCBzb3VyY2UsIG1lc3NhZ2U6IGYubWVzc2FnZSxcbiAgfSk7XG5cbiAgY29uc3QgcHVibGlzaCA9ICh1cmk6IHN0cmluZywgZTogRW50cnkpID0+IHtcbiAgICBjb25zdCBkaWFnbm9zdGljcyA9IFtcbiAgICAgIC4uLmUuZmFzdC5tYXAoKGYpID0+IHRvRGlhZ25vc3RpYyhlLmRvYywgZiwgZi5jb2RlID09PSAnYmFzaC1zeW50YXgnID8gJ2Jhc2gnIDogJ2VidWlsZCcpKSxcbiAgICAgIC4uLmUuc2hlbGxjaGVjay5tYXAoKGYpID0+IHRvRGlhZ25vc3RpYyhlLmRvYywgZiwgJ3NoZWxsY2hlY2snKSksXG4gICAgICAuLi5lLnBrZ2NoZWNrLm1hcCgoZikgPT4gdG9EaWFnbm9zdGljKGUuZG9jLCBmLCAncGtnY2hlY2snKSksXG4gICAgXTtcbiAgICB2b2lkIGNvbm5lY3Rpb24uc2VuZERpYWdub3N0aWNzKHsgdXJpLCB2ZXJzaW9uOiBlLmRvYy52ZXJzaW9uLCBkaWFnbm9zdGljcyB9KTtcbiAgfTtcblxuICBjb25zdCBhbmFseXNlID0gKHVyaTogc3RyaW5nLCBlOiBFbnRyeSkgPT4ge1xuICAgIGNvbnN0IHBhdGggPSBwYXRoT2YodXJpKTtcbiAgICBlLnByb2JsZW0gPSBjb250ZW50UHJvYmxlbShlLmRvYy5nZXRUZXh0KCksIG9wdGlvbnMubWF4RmlsZUJ5dGVzID8/IDQgKiAxMDQ4NTc2KTtcbiAgICBpZiAoZS5wcm9ibGVtKSB7XG4gICAgICBlLnBhcnNlZD8uZGlzcG9zZSgpO1xuICAgICAgZS5wYXJzZWQgPSB1bmRlZmluZWQ7XG4gICAgICBlLmN0eCA9IHVuZGVmaW5lZDtcbiAgICAgIGUuZmFzdCA9IFt7IHNwYW46IHsgc3RhcnQ6IDAsIGVuZDogMCB9LCBzZXZlcml0eTogJ2Vycm9yJywgY29kZTogJ25vdC1hbmFseXNlZCcsIG1lc3NhZ2U6IGUucHJvYmxlbSB9XTtcbiAgICAgIGUuc2hlbGxjaGVjayA9IFtdO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAoIWUucGFyc2VkKSByZXR1cm47XG4gICAgZS5jdHggPSBidWlsZENvbnRleHQocGF0aCwgZS5wYXJzZWQudGV4dCwgZS5wYXJzZWQuZmFjdHMoKSwga25vd2xlZGdlKTtcbiAgICBlLmZhc3QgPSBjb21wdXRlRGlhZ25vc3RpY3MoZS5jdHgpO1xuICB9O1xuXG4gIGNvbnN0IHNjaGVkdWxlU2hlbGxjaGVjayA9ICh1cmk6IHN0cmluZywgZTogRW50cnkpID0+IHtcbiAgICBjb25zdCBzYyA9IG9wdGlvbnMuc2hlbGxjaGVjayA/PyB7fTtcbiAgICBpZiAoc2MuZW5hYmxlID09PSBmYWxzZSB8fCBlLnByb2JsZW0pIHJldHVybjtcbiAgICBjbGVhclRpbWVvdXQoZS50aW1lcik7XG4gICAgZS50aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgY29uc3QgdmVyc2lvbiA9IGUuZG9jLnZlcnNpb247XG4gICAgICBjb25zdCB0ZXh0ID0gZS5kb2MuZ2V0VGV4dCgpO1xuICAgICAgdm9pZCBydW5TaGVsbGNoZWNrKHRleHQsIHNjLnBhdGggPz8gJ3NoZWxsY2hlY2snKS50aGVuKChjb21tZW50cykgPT4ge1xuICAgICAgICBpZiAoIWNvbW1lbnRzIHx8IGVudHJpZXMuZ2V0KHVyaSkgIT09IGUgfHwgZS5kb2MudmVyc2lvbiAhPT0gdmVyc2lvbiB8fCAhZS5jdHgpIHJldHVybjtcbiAgICAgICAgY29uc3QgZG9jID0gZS5kb2M7XG4gICAgICAgIGUuc2hlbGxjaGVjayA9IGZpbHRlclNoZWxsY2hlY2soZS5jdHgsIGNvbW1lbnRzLCAobGluZSwgY2hhcmFjdGVyKSA9PiBkb2Mub2Zmc2V0QXQoeyBsaW5lLCBjaGFyYWN0ZXIgfSkpO1xuICAgICAgICBwdWJsaXNoKHVyaSwgZSk7XG4gICAgICB9KS5jYXRjaChsb2cpO1xuICAgIH0sIHNjLmRlbGF5TXMgPz8gNTAwKTtcbiAgfTtcblxuICBjb25uZWN0aW9uLm9uRGlkT3BlblRleHREb2N1bWVudChhc3luYyAoeyB0ZXh0RG9jdW1lbnQ6IHRkIH0pID0+IHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgZG9jID0gVGV4dERvY3VtZW50LmNyZWF0ZSh0ZC51cmksIHRkLmxhbmd1YWdlSWQsIHRkLnZlcnNpb24sIHRkLnRleHQpO1xuICAgICAgY29uc3QgZTogRW50cnkgPSB7IGRvYywgZmFzdDogW10sIHNoZWxsY2hlY2s6IFtdLCBwa2djaGVjazogW10gfTtcbiAgICAgIGVudHJpZXMuc2V0KHRkLnVyaSwgZSk7XG4gICAgICBjb25zdCBwYXJzZXIgPSBhd2FpdCAocGFyc2VyUHJvbWlzZSA/Pz0gY3JlYXRlUGFyc2VyKCkpO1xuICAgICAgaWYgKGVudHJpZXMuZ2V0KHRkLnVyaSkgIT09IGUpIHJldHVybjtcbiAgICAgIGlmICghY29udGVudFByb2JsZW0oZS5kb2MuZ2V0VGV4dCgpLCBvcHRpb25zLm1heEZpbGVCeXRlcyA/PyA0ICogMTA0ODU3NikpIGUucGFyc2VkID0gbmV3IFBhcnNlZERvY3VtZW50KHBhcnNlciwgZS5kb2MpO1xuICAgICAgYW5hbHlzZSh0ZC51cmksIGUpO1xuICAgICAgcHVibGlzaCh0ZC51cmksIGUpO1xuICAgICAgc2NoZWR1bGVTaGVsbGNoZWNrKHRkLnVyaSwgZSk7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICBsb2coZXJyKTtcbiAgICB9XG4gIH0pO1xuXG4gIGNvbm5lY3Rpb24ub25EaWRDaGFuZ2VUZXh0RG9jdW1lbnQoYXN5bmMgKHsgdGV4dERvY3VtZW50OiB0ZCwgY29udGVudENoYW5nZXMgfSkgPT4ge1xuICAgIGNvbnN0IGUgPSBlbnRyaWVzLmdldCh0ZC51cmkpO1xuICAgIGlmICghZSkgcmV0dXJuO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXJzZXIgPSBhd2FpdCAocGFyc2VyUHJvbWlzZSA/Pz0gY3JlYXRlUGFyc2VyKCkpO1xuICAgICAgaWYgKGUucGFyc2VkKSB7XG4gICAgICAgIGUucGFyc2VkLnVwZGF0ZShjb250ZW50Q2hhbmdlcywgdGQudmVyc2lvbik7XG4gICAgICAgIGUuZG9jID0gZS5wYXJzZWQuZG9jO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZS5kb2MgPSBUZXh0RG9jdW1lbnQudXBkYXRlKGUuZG9jLCBjb250ZW50Q2hhbmdlcywgdGQudmVyc2lvbik7XG4gICAgICAgIGlmICghY29udGVudFByb2JsZW0oZS5kb2MuZ2V0VGV4dCgpLCBvcHRpb25zLm1heEZpbGVCeXRlcyA/PyA0ICogMTA0ODU3NikpIGUucGFyc2VkID0gbmV3IFBhcnNlZERvY3VtZW50KHBhcnNlciwgZS5kb2MpO1xuICAgICAgfVxuICAgICAgYW5hbHlzZSh0ZC51cmksIGUpO1xuICAgICAgcHVibGlzaCh0ZC51cmksIGUpO1xuICAgICAgc2NoZWR1bGVTaGVsbGNoZWNrKHRkLnVyaSwgZSk7XG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICBsb2coZXJyKTtcbiAgICB9XG4gIH0pO1xuXG4gIGNvbm5lY3Rpb24ub25EaWRTYXZlVGV4dERvY3VtZW50KCgpID0+IGtub3dsZWRnZS5hbGwoKS5mb3JFYWNoKChyKSA9PiByLmludmFsaWRhdGUoKSkpO1xuICBjb25uZWN0aW9uLm9uRGlkQ2hhbmdlV2F0Y2hlZEZpbGVzKCgpID0+IGtub3dsZWRnZS5hbGwoKS5mb3JFYWNoKChyKSA9PiByLmludmFsaWRhdGUoKSkpO1xuXG4gIGNvbm5lY3Rpb24ub25EaWRDbG9zZVRleHREb2N1bWVudCgoeyB0ZXh0RG9jdW1lbnQ6IHRkIH0pID0+IHtcbiAgICBjb25zdCBlID0gZW50cmllcy5nZXQodGQudXJpKTtcbiAgICBpZiAoIWUpIHJldHVybjtcbiAgICBjbGVhclRpbWVvdXQoZS50aW1lcik7XG4gICAgZS5wYXJzZWQ/LmRpc3Bvc2UoKTtcbiAgICBlbnRyaWVzLmRlbGV0ZSh0ZC51cmkpO1xuICAgIHZvaWQgY29ubmVjdGlvbi5zZW5kRGlhZ25vc3RpY3MoeyB1cmk6IHRkLnVyaSwgZGlhZ25vc3RpY3M6IFtdIH0pO1xuICB9KTtcblxuICAvKiogVGhlIGV4dGVuc2lvbiBydW5zIHBrZ2NoZWNrIGluIHRoZSBidWlsZGVyIGNvbnRhaW5lciBhbmQgaGFuZHMgaXRzIEpzb25TdHJlYW0gb3V0cHV0IGhlcmUuICovXG4gIGNvbm5lY3Rpb24ub25Ob3RpZmljYXRpb24oJ2VidWlsZC9wa2djaGVja1Jlc3VsdHMnLCAocDogeyB1cmk6IHN0cmluZzsgb3V0cHV0OiBzdHJpbmcgfSkgPT4ge1xuICAgIGNvbnN0IGUgPSBlbnRyaWVzLmdldChwLnVyaSk7XG4gICAgaWYgKCFlPy5jdHg/LmNhdGVnb3J5IHx8ICFlLmN0eC5wbikgcmV0dXJuO1xuICAgIGNvbnN0IHZlcnNpb24gPSBwYXRoT2YocC51cmkpLnJlcGxhY2UoL14uKlxcLy8sICcnKS5yZXBsYWNlKC9cXC5lYnVpbGQkLywgJycpLnNsaWNlKGUuY3R4LnBuLmxlbmd0aCArIDEpO1xuICAgIGNvbnN0IGRvYyA9IGUuZG9jO1xuICAgIGUucGtnY2hlY2sgPSBwa2djaGVja0ZpbmRpbmdzKHBhcnNlSnNvblN0cmVhbShwLm91dHB1dCksIHsgY2F0ZWdvcnk6IGUuY3R4LmNhdGVnb3J5LCBwYWNrYWdlOiBlLmN0eC5wbiwgdmVyc2lvbiB9LCAobGluZSkgPT5cbiAgICAgIGxpbmUgPj0gZG9jLmxpbmVDb3VudCA/IGRvYy5nZXRUZXh0KCkubGVuZ3RoIDogZG9jLm9mZnNldEF0KHsgbGluZSwgY2hhcmFjdGVyOiAwIH0pKTtcbiAgICBwdWJsaXNoKHAudXJpLCBlKTtcbiAgfSk7XG5cbiAgY29uc3Qgd2l0aEN0eCA9IDxUPih1cmk6IHN0cmluZywgZW1wdHk6IFQsIGZuOiAoZTogRW50cnkgJiB7IGN0eDogRG9jQ29udGV4dCB9KSA9PiBUKTogVCA9PiB7XG4gICAgY29uc3QgZSA9IGVudHJpZXMuZ2V0KHVyaSk7XG4gICAgaWYgKCFlPy5jdHgpIHJldHVybiBlbXB0eTtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGZuKGUgYXMgRW50cnkgJiB7IGN0eDogRG9jQ29udGV4dCB9KTtcbiAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgIGxvZyhlcnIpO1xuICAgICAgcmV0dXJuIGVtcHR5O1xuICAgIH1cbiAgfTtcblxuICBjb25uZWN0aW9uLm9uQ29tcGxldGlvbigoeyB0ZXh0RG9jdW1lbnQsIHBvc2l0aW9uIH0pID0+XG4gICAgd2l0aEN0eDxDb21wbGV0aW9uSXRlbVtdPih0ZXh0RG9jdW1lbnQudXJpLCBbXSwgKGUpID0+IGNvbXBsZXRlKGUuY3R4LCBlLmRvYywgZS5kb2Mub2Zmc2V0QXQocG9zaXRpb24pKSkpO1xuXG4gIGNvbm5lY3Rpb24ub25Ib3ZlcigoeyB0ZXh0RG9jdW1lbnQsIHBvc2l0aW9uIH0pID0+XG4gICAgd2l0aEN0eCh0ZXh0RG9jdW1lbnQudXJpLCBudWxsLCAoZSkgPT4ge1xuICAgICAgY29uc3QgaCA9IGhvdmVyQXQoZS5jdHgsIGUuZG9jLm9mZnNldEF0KHBvc2l0aW9uKSk7XG4gICAgICByZXR1cm4gaCA/IHsgY29udGVudHM6IHsga2luZDogJ21hcmtkb3duJywgdmFsdWU6IGgubWFya2Rvd24gfSwgcmFuZ2U6IHsgc3RhcnQ6IGUuZG9jLnBvc2l0aW9uQXQoaC5zcGFuLnN0YXJ0KSwgZW5kOiBlLmRvYy5wb3NpdGlvbkF0KGguc3Bhbi5lbmQpIH0gfSA6IG51bGw7XG4gICAgfSkpO1xuXG4gIGNvbm5lY3Rpb24ub25EZWZpbml0aW9uKCh7IHRleHREb2N1bWVudCwgcG9zaXRpb24gfSkgPT5cbiAgICB3aXRoQ3R4PExvY2F0aW9uW10+KHRleHREb2N1bWVudC51cmksIFtdLCAoZSkgPT5cbiAgICAgIGRlZmluaXRpb25BdChlLmN0eCwgZS5kb2Mub2Zmc2V0QXQocG9zaXRpb24pKS5tYXAoKHQpID0+XG4gICAgICAgICdzZWxmJyBpbiB0XG4gICAgICAgICAgPyBMb2NhdGlvbi5jcmVhdGUodGV4dERvY3VtZW50LnVyaSwgeyBzdGFydDogZS5kb2MucG9zaXRpb25BdCh0LnN0YXJ0KSwgZW5kOiBlLmRvYy5wb3NpdGlvbkF0KHQuZW5kKSB9KVxuICAgICAgICAgIDogTG9jYXRpb24uY3JlYXRlKHBhdGhUb0ZpbGVVUkwodC5wYXRoKS5ocmVmLCB7IHN0YXJ0OiB7IGxpbmU6IHQubGluZSwgY2hhcmFjdGVyOiAwIH0sIGVuZDogeyBsaW5lOiB0LmxpbmUsIGNoYXJhY3RlcjogMCB9IH0pKSkpO1xuXG4gIGNvbm5lY3Rpb24ub25Eb2N1bWVudFN5bWJvbCgoeyB0ZXh0RG9jdW1lbnQgfSkgPT5cbiAgICB3aXRoQ3R4PERvY3VtZW50U3ltYm9sW10+KHRleHREb2N1bWVudC51cmksIFtdLCAoZSkgPT5cbiAgICAgIGRvY3VtZW50U3ltYm9scyhlLmN0eCkubWFwKChzKSA9PiAoe1xuICAgICAgICBuYW1lOiBzLm5hbWUsIGRldGFpbDogcy5kZXRhaWwsXG4gICAgICAgIGtpbmQ6IHMua2luZCA9PT0gJ3ZhcmlhYmxlJyA/IFN5bWJvbEtpbmQuVmFyaWFibGUgOiBzLmtpbmQgPT09ICdlY2xhc3MnID8gU3ltYm9sS2luZC5Nb2R1bGUgOiBzLmtpbmQgPT09ICdwaGFzZScgPyBTeW1ib2xLaW5kLkV2ZW50IDogU3ltYm9sS2luZC5GdW5jdGlvbixcbiAgICAgICAgcmFuZ2U6IHsgc3RhcnQ6IGUuZG9jLnBvc2l0aW9uQXQocy5zcGFuLnN0YXJ0KSwgZW5kOiBlLmRvYy5wb3NpdGlvbkF0KHMuc3Bhbi5lbmQpIH0sXG4gICAgICAgIHNlbGVjdGlvblJhbmdlOiB7IHN0YXJ0OiBlLmRvYy5wb3NpdGlvbkF0KHMubmFtZVNwYW4uc3RhcnQpLCBlbmQ6IGUuZG9jLnBvc2l0aW9uQXQocy5uYW1lU3Bhbi5lbmQpIH0sXG4gICAgICB9KSkpKTtcblxuICBjb25uZWN0aW9uLm9uRm9sZGluZ1JhbmdlcygoeyB0ZXh0RG9jdW1lbnQgfSkgPT5cbiAgICB3aXRoQ3R4PEZvbGRpbmdSYW5nZVtdPih0ZXh0RG9jdW1lbnQudXJpLCBbXSwgKGUpID0+XG4gICAgICBmb2xkaW5nUmFuZ2VzKGUuY3R4LCAobykgPT4gZS5kb2MucG9zaXRpb25BdChvKS5saW5lKS5tYXAoKHIpID0+ICh7IHN0YXJ0TGluZTogci5zdGFydCwgZW5kTGluZTogci5lbmQsIGtpbmQ6IHIuY29tbWVudCA/IEZvbGRpbmdSYW5nZUtpbmQuQ29tbWVudCA6IHVuZGVmaW5lZCB9KSkpKTtcblxuICBjb25uZWN0aW9uLmxpc3RlbigpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHNCQUE2QztBQUM3QyxrQkFHTztBQUNQLGdEQUE2QjtBQUM3Qix3QkFBeUI7QUFDekIsd0JBQXlDO0FBQ3pDLHlCQUE0RDtBQUM1RCx3QkFBNkI7QUFDN0IsbUJBQXdCO0FBQ3hCLHVCQUEwQjtBQUMxQixtQkFBNkM7QUFDN0Msc0JBQWtEO0FBQ2xELHdCQUFnRDtBQUNoRCxxQkFBK0M7QUFzQi9DLE1BQU0sV0FBNEQ7QUFBQSxFQUNoRSxPQUFPLCtCQUFtQjtBQUFBLEVBQU8sU0FBUywrQkFBbUI7QUFBQSxFQUFTLGFBQWEsK0JBQW1CO0FBQUEsRUFBYSxNQUFNLCtCQUFtQjtBQUM5STtBQUVBLFNBQVMsT0FBTyxLQUFxQjtBQUNuQyxNQUFJO0FBQ0YsV0FBTyxJQUFJLFdBQVcsT0FBTyxRQUFJLCtCQUFjLEdBQUcsSUFBSTtBQUFBLEVBQ3hELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRU8sU0FBUyxZQUFZLFlBQThCO0FBQ3hELFFBQU0sVUFBVSxvQkFBSSxJQUFtQjtBQUN2QyxNQUFJLFlBQVksSUFBSSwyQkFBVTtBQUM5QixNQUFJLFVBQXlCLENBQUM7QUFDOUIsTUFBSTtBQUNKLFFBQU0sTUFBTSxDQUFDLE1BQWUsV0FBVyxRQUFRLE1BQU0sY0FBZSxHQUFhLFNBQVMsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUVyRyxhQUFXLGFBQWEsQ0FBQyxXQUFXO0FBQ2xDLGNBQVcsT0FBTyx5QkFBeUIsQ0FBQztBQUM1QyxVQUFNLFFBQVEsQ0FBQyxHQUFJLFFBQVEsZ0JBQWdCLENBQUMsR0FBSSxJQUFJLE9BQU8sb0JBQW9CLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUM7QUFDNUcsUUFBSSxPQUFPLFFBQVMsT0FBTSxLQUFLLE9BQU8sT0FBTyxPQUFPLENBQUM7QUFDckQsZ0JBQVksSUFBSSwyQkFBVSxLQUFLO0FBQy9CLHdCQUFnQiwyQkFBYTtBQUM3QixXQUFPO0FBQUEsTUFDTCxjQUFjO0FBQUEsUUFDWixrQkFBa0IsRUFBRSxXQUFXLE1BQU0sUUFBUSxpQ0FBcUIsYUFBYSxNQUFNLEtBQUs7QUFBQSxRQUMxRixvQkFBb0IsRUFBRSxtQkFBbUIsQ0FBQyxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLEdBQUcsRUFBRTtBQUFBLFFBQ2xGLGVBQWU7QUFBQSxRQUNmLG9CQUFvQjtBQUFBLFFBQ3BCLHdCQUF3QjtBQUFBLFFBQ3hCLHNCQUFzQjtBQUFBLE1BQ3hCO0FBQUEsTUFDQSxZQUFZLEVBQUUsTUFBTSxxQkFBcUIsU0FBUyxRQUFRO0FBQUEsSUFDNUQ7QUFBQSxFQUNGLENBQUM7QUFFRCxRQUFNLGVBQWUsQ0FBQyxLQUFtQixHQUFZLFlBQWdDO0FBQUEsSUFDbkYsT0FBTyxFQUFFLE9BQU8sSUFBSSxXQUFXLEVBQUUsS0FBSyxLQUFLLEdBQUcsS0FBSyxJQUFJLFdBQVcsRUFBRSxLQUFLLEdBQUcsRUFBRTtBQUFBLElBQzlFLFVBQVUsU0FBUyxFQUFFLFFBQVE7QUFBQSxJQUFHLE1BQU0sRUFBRTtBQUFBLElBQU07QUFBQSxJQUFRLFNBQVMsRUFBRTtBQUFBLEVBQ25FO0FBRUEsUUFBTSxVQUFVLENBQUMsS0FBYSxNQUFhO0FBQ3pDLFVBQU0sY0FBYztBQUFBLE1BQ2xCLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLGFBQWEsRUFBRSxLQUFLLEdBQUcsRUFBRSxTQUFTLGdCQUFnQixTQUFTLFFBQVEsQ0FBQztBQUFBLE1BQ3pGLEdBQUcsRUFBRSxXQUFXLElBQUksQ0FBQyxNQUFNLGFBQWEsRUFBRSxLQUFLLEdBQUcsWUFBWSxDQUFDO0FBQUEsTUFDL0QsR0FBRyxFQUFFLFNBQVMsSUFBSSxDQUFDLE1BQU0sYUFBYSxFQUFFLEtBQUssR0FBRyxVQUFVLENBQUM7QUFBQSxJQUM3RDtBQUNBLFNBQUssV0FBVyxnQkFBZ0IsRUFBRSxLQUFLLFNBQVMsRUFBRSxJQUFJLFNBQVMsWUFBWSxDQUFDO0FBQUEsRUFDOUU7QUFFQSxRQUFNLFVBQVUsQ0FBQyxLQUFhLE1BQWE7QUFDekMsVUFBTSxPQUFPLE9BQU8sR0FBRztBQUN2QixNQUFFLGNBQVUsbUNBQWUsRUFBRSxJQUFJLFFBQVEsR0FBRyxRQUFRLGdCQUFnQixJQUFJLE9BQU87QUFDL0UsUUFBSSxFQUFFLFNBQVM7QUFDYixRQUFFLFFBQVEsUUFBUTtBQUNsQixRQUFFLFNBQVM7QUFDWCxRQUFFLE1BQU07QUFDUixRQUFFLE9BQU8sQ0FBQyxFQUFFLE1BQU0sRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFLEdBQUcsVUFBVSxTQUFTLE1BQU0sZ0JBQWdCLFNBQVMsRUFBRSxRQUFRLENBQUM7QUFDckcsUUFBRSxhQUFhLENBQUM7QUFDaEI7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLEVBQUUsT0FBUTtBQUNmLE1BQUUsVUFBTSxnQ0FBYSxNQUFNLEVBQUUsT0FBTyxNQUFNLEVBQUUsT0FBTyxNQUFNLEdBQUcsU0FBUztBQUNyRSxNQUFFLFdBQU8sdUNBQW1CLEVBQUUsR0FBRztBQUFBLEVBQ25DO0FBRUEsUUFBTSxxQkFBcUIsQ0FBQyxLQUFhLE1BQWE7QUFDcEQsVUFBTSxLQUFLLFFBQVEsY0FBYyxDQUFDO0FBQ2xDLFFBQUksR0FBRyxXQUFXLFNBQVMsRUFBRSxRQUFTO0FBQ3RDLGlCQUFhLEVBQUUsS0FBSztBQUNwQixNQUFFLFFBQVEsV0FBVyxNQUFNO0FBQ3pCLFlBQU0sVUFBVSxFQUFFLElBQUk7QUFDdEIsWUFBTSxPQUFPLEVBQUUsSUFBSSxRQUFRO0FBQzNCLGVBQUssaUNBQWMsTUFBTSxHQUFHLFFBQVEsWUFBWSxFQUFFLEtBQUssQ0FBQyxhQUFhO0FBQ25FLFlBQUksQ0FBQyxZQUFZLFFBQVEsSUFBSSxHQUFHLE1BQU0sS0FBSyxFQUFFLElBQUksWUFBWSxXQUFXLENBQUMsRUFBRSxJQUFLO0FBQ2hGLGNBQU0sTUFBTSxFQUFFO0FBQ2QsVUFBRSxpQkFBYSxvQ0FBaUIsRUFBRSxLQUFLLFVBQVUsQ0FBQyxNQUFNLGNBQWMsSUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLENBQUMsQ0FBQztBQUN2RyxnQkFBUSxLQUFLLENBQUM7QUFBQSxNQUNoQixDQUFDLEVBQUUsTUFBTSxHQUFHO0FBQUEsSUFDZCxHQUFHLEdBQUcsV0FBVyxHQUFHO0FBQUEsRUFDdEI7QUFFQSxhQUFXLHNCQUFzQixPQUFPLEVBQUUsY0FBYyxHQUFHLE1BQU07QUFDL0QsUUFBSTtBQUNGLFlBQU0sTUFBTSx1REFBYSxPQUFPLEdBQUcsS0FBSyxHQUFHLFlBQVksR0FBRyxTQUFTLEdBQUcsSUFBSTtBQUMxRSxZQUFNLElBQVcsRUFBRSxLQUFLLE1BQU0sQ0FBQyxHQUFHLFlBQVksQ0FBQyxHQUFHLFVBQVUsQ0FBQyxFQUFFO0FBQy9ELGNBQVEsSUFBSSxHQUFHLEtBQUssQ0FBQztBQUNyQixZQUFNLFNBQVMsT0FBTyxzQkFBa0IsMkJBQWE7QUFDckQsVUFBSSxRQUFRLElBQUksR0FBRyxHQUFHLE1BQU0sRUFBRztBQUMvQixVQUFJLEtBQUMsbUNBQWUsRUFBRSxJQUFJLFFBQVEsR0FBRyxRQUFRLGdCQUFnQixJQUFJLE9BQU8sRUFBRyxHQUFFLFNBQVMsSUFBSSw0QkFBZSxRQUFRLEVBQUUsR0FBRztBQUN0SCxjQUFRLEdBQUcsS0FBSyxDQUFDO0FBQ2pCLGNBQVEsR0FBRyxLQUFLLENBQUM7QUFDakIseUJBQW1CLEdBQUcsS0FBSyxDQUFDO0FBQUEsSUFDOUIsU0FBUyxLQUFLO0FBQ1osVUFBSSxHQUFHO0FBQUEsSUFDVDtBQUFBLEVBQ0YsQ0FBQztBQUVELGFBQVcsd0JBQXdCLE9BQU8sRUFBRSxjQUFjLElBQUksZUFBZSxNQUFNO0FBQ2pGLFVBQU0sSUFBSSxRQUFRLElBQUksR0FBRyxHQUFHO0FBQzVCLFFBQUksQ0FBQyxFQUFHO0FBQ1IsUUFBSTtBQUNGLFlBQU0sU0FBUyxPQUFPLHNCQUFrQiwyQkFBYTtBQUNyRCxVQUFJLEVBQUUsUUFBUTtBQUNaLFVBQUUsT0FBTyxPQUFPLGdCQUFnQixHQUFHLE9BQU87QUFDMUMsVUFBRSxNQUFNLEVBQUUsT0FBTztBQUFBLE1BQ25CLE9BQU87QUFDTCxVQUFFLE1BQU0sdURBQWEsT0FBTyxFQUFFLEtBQUssZ0JBQWdCLEdBQUcsT0FBTztBQUM3RCxZQUFJLEtBQUMsbUNBQWUsRUFBRSxJQUFJLFFBQVEsR0FBRyxRQUFRLGdCQUFnQixJQUFJLE9BQU8sRUFBRyxHQUFFLFNBQVMsSUFBSSw0QkFBZSxRQUFRLEVBQUUsR0FBRztBQUFBLE1BQ3hIO0FBQ0EsY0FBUSxHQUFHLEtBQUssQ0FBQztBQUNqQixjQUFRLEdBQUcsS0FBSyxDQUFDO0FBQ2pCLHlCQUFtQixHQUFHLEtBQUssQ0FBQztBQUFBLElBQzlCLFNBQVMsS0FBSztBQUNaLFVBQUksR0FBRztBQUFBLElBQ1Q7QUFBQSxFQUNGLENBQUM7QUFFRCxhQUFXLHNCQUFzQixNQUFNLFVBQVUsSUFBSSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsV0FBVyxDQUFDLENBQUM7QUFDckYsYUFBVyx3QkFBd0IsTUFBTSxVQUFVLElBQUksRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFdBQVcsQ0FBQyxDQUFDO0FBRXZGLGFBQVcsdUJBQXVCLENBQUMsRUFBRSxjQUFjLEdBQUcsTUFBTTtBQUMxRCxVQUFNLElBQUksUUFBUSxJQUFJLEdBQUcsR0FBRztBQUM1QixRQUFJLENBQUMsRUFBRztBQUNSLGlCQUFhLEVBQUUsS0FBSztBQUNwQixNQUFFLFFBQVEsUUFBUTtBQUNsQixZQUFRLE9BQU8sR0FBRyxHQUFHO0FBQ3JCLFNBQUssV0FBVyxnQkFBZ0IsRUFBRSxLQUFLLEdBQUcsS0FBSyxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDbEUsQ0FBQztBQUdELGFBQVcsZUFBZSwwQkFBMEIsQ0FBQyxNQUF1QztBQUMxRixVQUFNLElBQUksUUFBUSxJQUFJLEVBQUUsR0FBRztBQUMzQixRQUFJLENBQUMsR0FBRyxLQUFLLFlBQVksQ0FBQyxFQUFFLElBQUksR0FBSTtBQUNwQyxVQUFNLFVBQVUsT0FBTyxFQUFFLEdBQUcsRUFBRSxRQUFRLFNBQVMsRUFBRSxFQUFFLFFBQVEsYUFBYSxFQUFFLEVBQUUsTUFBTSxFQUFFLElBQUksR0FBRyxTQUFTLENBQUM7QUFDckcsVUFBTSxNQUFNLEVBQUU7QUFDZCxNQUFFLGVBQVcsc0NBQWlCLGlDQUFnQixFQUFFLE1BQU0sR0FBRyxFQUFFLFVBQVUsRUFBRSxJQUFJLFVBQVUsU0FBUyxFQUFFLElBQUksSUFBSSxRQUFRLEdBQUcsQ0FBQyxTQUNsSCxRQUFRLElBQUksWUFBWSxJQUFJLFFBQVEsRUFBRSxTQUFTLElBQUksU0FBUyxFQUFFLE1BQU0sV0FBVyxFQUFFLENBQUMsQ0FBQztBQUNyRixZQUFRLEVBQUUsS0FBSyxDQUFDO0FBQUEsRUFDbEIsQ0FBQztBQUVELFFBQU0sVUFBVSxDQUFJLEtBQWEsT0FBVSxPQUFpRDtBQUMxRixVQUFNLElBQUksUUFBUSxJQUFJLEdBQUc7QUFDekIsUUFBSSxDQUFDLEdBQUcsSUFBSyxRQUFPO0FBQ3BCLFFBQUk7QUFDRixhQUFPLEdBQUcsQ0FBZ0M7QUFBQSxJQUM1QyxTQUFTLEtBQUs7QUFDWixVQUFJLEdBQUc7QUFDUCxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFFQSxhQUFXLGFBQWEsQ0FBQyxFQUFFLGNBQWMsU0FBUyxNQUNoRCxRQUEwQixhQUFhLEtBQUssQ0FBQyxHQUFHLENBQUMsVUFBTSw0QkFBUyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxTQUFTLFFBQVEsQ0FBQyxDQUFDLENBQUM7QUFFMUcsYUFBVyxRQUFRLENBQUMsRUFBRSxjQUFjLFNBQVMsTUFDM0MsUUFBUSxhQUFhLEtBQUssTUFBTSxDQUFDLE1BQU07QUFDckMsVUFBTSxRQUFJLHNCQUFRLEVBQUUsS0FBSyxFQUFFLElBQUksU0FBUyxRQUFRLENBQUM7QUFDakQsV0FBTyxJQUFJLEVBQUUsVUFBVSxFQUFFLE1BQU0sWUFBWSxPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sRUFBRSxPQUFPLEVBQUUsSUFBSSxXQUFXLEVBQUUsS0FBSyxLQUFLLEdBQUcsS0FBSyxFQUFFLElBQUksV0FBVyxFQUFFLEtBQUssR0FBRyxFQUFFLEVBQUUsSUFBSTtBQUFBLEVBQzFKLENBQUMsQ0FBQztBQUVKLGFBQVcsYUFBYSxDQUFDLEVBQUUsY0FBYyxTQUFTLE1BQ2hELFFBQW9CLGFBQWEsS0FBSyxDQUFDLEdBQUcsQ0FBQyxVQUN6QyxnQ0FBYSxFQUFFLEtBQUssRUFBRSxJQUFJLFNBQVMsUUFBUSxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQ2pELFVBQVUsSUFDTixxQkFBUyxPQUFPLGFBQWEsS0FBSyxFQUFFLE9BQU8sRUFBRSxJQUFJLFdBQVcsRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFLElBQUksV0FBVyxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQ3BHLHFCQUFTLFdBQU8sK0JBQWMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxXQUFXLEVBQUUsR0FBRyxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sV0FBVyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUV2SSxhQUFXLGlCQUFpQixDQUFDLEVBQUUsYUFBYSxNQUMxQyxRQUEwQixhQUFhLEtBQUssQ0FBQyxHQUFHLENBQUMsVUFDL0MsZ0NBQWdCLEVBQUUsR0FBRyxFQUFFLElBQUksQ0FBQyxPQUFPO0FBQUEsSUFDakMsTUFBTSxFQUFFO0FBQUEsSUFBTSxRQUFRLEVBQUU7QUFBQSxJQUN4QixNQUFNLEVBQUUsU0FBUyxhQUFhLHVCQUFXLFdBQVcsRUFBRSxTQUFTLFdBQVcsdUJBQVcsU0FBUyxFQUFFLFNBQVMsVUFBVSx1QkFBVyxRQUFRLHVCQUFXO0FBQUEsSUFDakosT0FBTyxFQUFFLE9BQU8sRUFBRSxJQUFJLFdBQVcsRUFBRSxLQUFLLEtBQUssR0FBRyxLQUFLLEVBQUUsSUFBSSxXQUFXLEVBQUUsS0FBSyxHQUFHLEVBQUU7QUFBQSxJQUNsRixnQkFBZ0IsRUFBRSxPQUFPLEVBQUUsSUFBSSxXQUFXLEVBQUUsU0FBUyxLQUFLLEdBQUcsS0FBSyxFQUFFLElBQUksV0FBVyxFQUFFLFNBQVMsR0FBRyxFQUFFO0FBQUEsRUFDckcsRUFBRSxDQUFDLENBQUM7QUFFUixhQUFXLGdCQUFnQixDQUFDLEVBQUUsYUFBYSxNQUN6QyxRQUF3QixhQUFhLEtBQUssQ0FBQyxHQUFHLENBQUMsVUFDN0MsOEJBQWMsRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksV0FBVyxDQUFDLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsV0FBVyxFQUFFLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxFQUFFLFVBQVUsNkJBQWlCLFVBQVUsT0FBVSxFQUFFLENBQUMsQ0FBQztBQUV2SyxhQUFXLE9BQU87QUFDcEI7IiwKICAibmFtZXMiOiBbXQp9Cg==
