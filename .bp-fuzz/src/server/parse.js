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
var parse_exports = {};
__export(parse_exports, {
  ParsedDocument: () => ParsedDocument,
  createParser: () => createParser,
  loadBash: () => loadBash,
  wordAt: () => wordAt
});
module.exports = __toCommonJS(parse_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
const TreeSitter = require("web-tree-sitter");
function locate(file, pkg) {
  const candidates = [(0, import_node_path.join)(__dirname, file), (0, import_node_path.join)(__dirname, "..", file)];
  try {
    candidates.push((0, import_node_path.join)((0, import_node_path.dirname)(require.resolve(`${pkg}/package.json`)), file));
  } catch {
  }
  let dir = __dirname;
  for (let i = 0; i < 6; i++, dir = (0, import_node_path.dirname)(dir)) candidates.push((0, import_node_path.join)(dir, "node_modules", pkg, file));
  const found = candidates.find((p) => (0, import_node_fs.existsSync)(p));
  if (!found) throw new Error(`cannot find ${file} (looked in ${candidates.join(", ")})`);
  return found;
}
const { Language, Parser } = TreeSitter;
let languagePromise;
function loadBash() {
  languagePromise ??= (async () => {
    const runtime = locate("tree-sitter.wasm", "web-tree-sitter");
    await Parser.init({ locateFile: () => runtime });
    return Language.load(locate("tree-sitter-bash.wasm", "tree-sitter-bash"));
  })();
  return languagePromise;
}
async function createParser() {
  const language = await loadBash();
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
class ParsedDocument {
  constructor(parser, doc, tree = null) {
    this.parser = parser;
    this.doc = doc;
    this.tree = tree;
    this.tree = parser.parse(doc.getText());
  }
  parser;
  doc;
  tree;
  cache = /* @__PURE__ */ new Map();
  factsMemo;
  get text() {
    return this.doc.getText();
  }
  update(changes, version) {
    for (const change of changes) {
      if (!("range" in change)) {
        this.doc = import_vscode_languageserver_textdocument.TextDocument.update(this.doc, [change], version);
        this.tree?.delete();
        this.tree = null;
        continue;
      }
      const start = this.doc.offsetAt(change.range.start);
      const oldEnd = this.doc.offsetAt(change.range.end);
      const startPosition = this.point(start);
      const oldEndPosition = this.point(oldEnd);
      this.doc = import_vscode_languageserver_textdocument.TextDocument.update(this.doc, [change], version);
      const newEnd = start + change.text.length;
      this.tree?.edit({ startIndex: start, oldEndIndex: oldEnd, newEndIndex: newEnd, startPosition, oldEndPosition, newEndPosition: this.point(newEnd) });
    }
    const old = this.tree;
    this.tree = this.parser.parse(this.doc.getText(), old);
    if (old && old !== this.tree) old.delete();
    this.factsMemo = void 0;
  }
  point(offset) {
    const p = this.doc.positionAt(offset);
    return { row: p.line, column: p.character };
  }
  /**
   * Facts of the whole document. Top-level statements whose text did not change are not walked
   * again: their cached facts are reused, shifted in place when the statement moved, so a keystroke
   * costs one walk of the statement it touched.
   */
  facts() {
    if (this.factsMemo) return this.factsMemo;
    const out = emptyFacts();
    if (!this.tree) return out;
    const text = this.text;
    const next = /* @__PURE__ */ new Map();
    const cursor = this.tree.walk();
    if (cursor.gotoFirstChild()) {
      do {
        const start = cursor.startIndex;
        const key = text.slice(start, cursor.endIndex);
        let entry = this.cache.get(key)?.pop();
        if (entry) {
          if (entry.start !== start) shiftInPlace(entry.facts, start - entry.start);
          entry.start = start;
        } else {
          entry = { start, facts: emptyFacts() };
          walk(cursor, text, 0, void 0, entry.facts);
        }
        const list = next.get(key);
        if (list) list.push(entry);
        else next.set(key, [entry]);
        concat(out, entry.facts);
      } while (cursor.gotoNextSibling());
    }
    cursor.delete();
    this.cache = next;
    this.factsMemo = out;
    return out;
  }
  dispose() {
    this.tree?.delete();
    this.tree = null;
  }
}
function emptyFacts() {
  return { assignments: [], commands: [], functions: [], varRefs: [], problems: [], blocks: [] };
}
function shiftSpan(s, by) {
  s.start += by;
  s.end += by;
}
function shiftInPlace(f, by) {
  for (const a of f.assignments) {
    shiftSpan(a.nameSpan, by);
    if (a.value) shiftSpan(a.value.span, by);
  }
  for (const c of f.commands) {
    shiftSpan(c.nameSpan, by);
    shiftSpan(c.span, by);
    for (const w of c.args) shiftSpan(w.span, by);
  }
  for (const x of f.functions) {
    shiftSpan(x.nameSpan, by);
    shiftSpan(x.span, by);
  }
  for (const x of f.varRefs) shiftSpan(x.span, by);
  for (const x of f.problems) shiftSpan(x.span, by);
  for (const x of f.blocks) shiftSpan(x, by);
}
function concat(out, f) {
  for (const x of f.assignments) out.assignments.push(x);
  for (const x of f.commands) out.commands.push(x);
  for (const x of f.functions) out.functions.push(x);
  for (const x of f.varRefs) out.varRefs.push(x);
  for (const x of f.problems) out.problems.push(x);
  for (const x of f.blocks) out.blocks.push(x);
}
const MISSING_MESSAGES = {
  heredoc_end: "here-document is not terminated: the closing delimiter line is missing",
  "}": "missing '}'",
  fi: "missing 'fi'",
  done: "missing 'done'",
  esac: "missing 'esac'",
  '"': "unterminated double-quoted string",
  ")": "missing ')'"
};
function walk(cursor, text, base, fn, out) {
  const type = cursor.nodeType;
  const rel = (start, end) => ({ start: start - base, end: end - base });
  if (cursor.nodeIsMissing) {
    out.problems.push({ span: rel(cursor.startIndex, cursor.endIndex), message: MISSING_MESSAGES[type] ?? `missing '${type}'` });
    return;
  }
  if (type === "comment" || type === "heredoc_body" || type === "raw_string") return;
  if (type === "ERROR") out.problems.push({ span: rel(cursor.startIndex, cursor.endIndex), message: "syntax error: bash cannot parse this" });
  if (cursor.startPosition.row !== cursor.endPosition.row && MULTILINE.has(type)) out.blocks.push(rel(cursor.startIndex, cursor.endIndex));
  if (type === "function_definition") {
    const node = cursor.currentNode;
    const name = node.childForFieldName("name");
    if (name) {
      fn = name.text;
      out.functions.push({ name: fn, nameSpan: rel(name.startIndex, name.endIndex), span: rel(node.startIndex, node.endIndex) });
    }
  } else if (type === "variable_assignment") {
    const node = cursor.currentNode;
    const name = node.childForFieldName("name");
    const value = node.childForFieldName("value");
    if (name) {
      out.assignments.push({
        name: name.text,
        nameSpan: rel(name.startIndex, name.endIndex),
        value: value ? { text: value.text, span: rel(value.startIndex, value.endIndex) } : void 0,
        append: node.children.some((c) => c?.type === "+="),
        fn
      });
    }
  } else if (type === "command") {
    const node = cursor.currentNode;
    const name = node.childForFieldName("name");
    if (name) {
      const args = node.childrenForFieldName("argument").filter((a) => a !== null).map((a) => ({ text: a.text, span: rel(a.startIndex, a.endIndex) }));
      out.commands.push({ name: name.text, nameSpan: rel(name.startIndex, name.endIndex), args, span: rel(node.startIndex, node.endIndex), fn });
    }
  } else if (type === "simple_expansion" || type === "expansion") {
    const node = cursor.currentNode;
    const v = node.namedChildren.find((c) => c?.type === "variable_name");
    if (v) out.varRefs.push({ name: v.text, span: rel(v.startIndex, v.endIndex), fn });
  }
  if (cursor.gotoFirstChild()) {
    do
      walk(cursor, text, base, fn, out);
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
}
const MULTILINE = /* @__PURE__ */ new Set(["function_definition", "compound_statement", "if_statement", "case_statement", "for_statement", "while_statement", "string", "heredoc_redirect", "variable_assignment", "subshell"]);
function wordAt(text, offset, extra = "") {
  const ok = (ch) => /[\w\-.+@~]/.test(ch) || extra.includes(ch);
  let s = offset;
  let e = offset;
  while (s > 0 && ok(text[s - 1])) s--;
  while (e < text.length && ok(text[e])) e++;
  return s === e ? void 0 : { text: text.slice(s, e), span: { start: s, end: e } };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ParsedDocument,
  createParser,
  loadBash,
  wordAt
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9wYXJzZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBCYXNoIHBhcnNpbmcgd2l0aCB3ZWItdHJlZS1zaXR0ZXIgKyB0cmVlLXNpdHRlci1iYXNoLCBpbmNyZW1lbnRhbCBvbiBlZGl0cywgYW5kIGV4dHJhY3Rpb24gb2YgdGhlXG4gKiBmYWN0cyB0aGUgZmVhdHVyZXMgbmVlZCAoYXNzaWdubWVudHMsIGNvbW1hbmRzLCBmdW5jdGlvbnMsIGV4cGFuc2lvbnMsIHN5bnRheCBwcm9ibGVtcykuXG4gKiBPZmZzZXRzIGFyZSBVVEYtMTYgY29kZSB1bml0cywgdGhlIHVuaXQgb2YgTFNQIHBvc2l0aW9ucyBhbmQgb2Ygd2ViLXRyZWUtc2l0dGVyIG9uIEpTIHN0cmluZ3MuXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuLy8gYGltcG9ydCA9IHJlcXVpcmVgIHNvIHRoYXQgYnVuZGxlcnMgcGljayB3ZWItdHJlZS1zaXR0ZXIncyBDb21tb25KUyBidWlsZCAoaXRzIEVTTSBidWlsZCBuZWVkcyBpbXBvcnQubWV0YSlcbmltcG9ydCBUcmVlU2l0dGVyID0gcmVxdWlyZSgnd2ViLXRyZWUtc2l0dGVyJyk7XG5pbXBvcnQgeyBUZXh0RG9jdW1lbnQsIFRleHREb2N1bWVudENvbnRlbnRDaGFuZ2VFdmVudCB9IGZyb20gJ3ZzY29kZS1sYW5ndWFnZXNlcnZlci10ZXh0ZG9jdW1lbnQnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFNwYW4geyBzdGFydDogbnVtYmVyOyBlbmQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIFdvcmQgeyB0ZXh0OiBzdHJpbmc7IHNwYW46IFNwYW4gfVxuZXhwb3J0IGludGVyZmFjZSBBc3NpZ25tZW50RmFjdCB7IG5hbWU6IHN0cmluZzsgbmFtZVNwYW46IFNwYW47IHZhbHVlOiBXb3JkIHwgdW5kZWZpbmVkOyBhcHBlbmQ6IGJvb2xlYW47IGZuPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ29tbWFuZEZhY3QgeyBuYW1lOiBzdHJpbmc7IG5hbWVTcGFuOiBTcGFuOyBhcmdzOiBXb3JkW107IHNwYW46IFNwYW47IGZuPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgRnVuY3Rpb25GYWN0IHsgbmFtZTogc3RyaW5nOyBuYW1lU3BhbjogU3Bhbjsgc3BhbjogU3BhbiB9XG5leHBvcnQgaW50ZXJmYWNlIFZhclJlZkZhY3QgeyBuYW1lOiBzdHJpbmc7IHNwYW46IFNwYW47IGZuPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgUHJvYmxlbUZhY3QgeyBzcGFuOiBTcGFuOyBtZXNzYWdlOiBzdHJpbmcgfVxuXG5leHBvcnQgaW50ZXJmYWNlIERvY0ZhY3RzIHtcbiAgYXNzaWdubWVudHM6IEFzc2lnbm1lbnRGYWN0W107XG4gIGNvbW1hbmRzOiBDb21tYW5kRmFjdFtdO1xuICBmdW5jdGlvbnM6IEZ1bmN0aW9uRmFjdFtdO1xuICB2YXJSZWZzOiBWYXJSZWZGYWN0W107XG4gIHByb2JsZW1zOiBQcm9ibGVtRmFjdFtdO1xuICAvKiogTXVsdGktbGluZSBjb25zdHJ1Y3RzLCBmb3IgZm9sZGluZzogW3N0YXJ0T2Zmc2V0LCBlbmRPZmZzZXRdLiAqL1xuICBibG9ja3M6IFNwYW5bXTtcbn1cblxuLyoqIEZpbmRzIGEgd2FzbSBmaWxlIG5leHQgdG8gdGhlIGJ1bmRsZSAoZGlzdC8pIG9yIGluIG5vZGVfbW9kdWxlcy4gKi9cbmZ1bmN0aW9uIGxvY2F0ZShmaWxlOiBzdHJpbmcsIHBrZzogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgY2FuZGlkYXRlcyA9IFtqb2luKF9fZGlybmFtZSwgZmlsZSksIGpvaW4oX19kaXJuYW1lLCAnLi4nLCBmaWxlKV07XG4gIHRyeSB7XG4gICAgY2FuZGlkYXRlcy5wdXNoKGpvaW4oZGlybmFtZShyZXF1aXJlLnJlc29sdmUoYCR7cGtnfS9wYWNrYWdlLmpzb25gKSksIGZpbGUpKTtcbiAgfSBjYXRjaCB7XG4gICAgLyogbm90IHJlc29sdmFibGUgZnJvbSBhIGJ1bmRsZTogcmVseSBvbiB0aGUgY29waWVzIGJlc2lkZSBpdCAqL1xuICB9XG4gIGxldCBkaXIgPSBfX2Rpcm5hbWU7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgNjsgaSsrLCBkaXIgPSBkaXJuYW1lKGRpcikpIGNhbmRpZGF0ZXMucHVzaChqb2luKGRpciwgJ25vZGVfbW9kdWxlcycsIHBrZywgZmlsZSkpO1xuICBjb25zdCBmb3VuZCA9IGNhbmRpZGF0ZXMuZmluZCgocCkgPT4gZXhpc3RzU3luYyhwKSk7XG4gIGlmICghZm91bmQpIHRocm93IG5ldyBFcnJvcihgY2Fubm90IGZpbmQgJHtmaWxlfSAobG9va2VkIGluICR7Y2FuZGlkYXRlcy5qb2luKCcsICcpfSlgKTtcbiAgcmV0dXJuIGZvdW5kO1xufVxuXG5jb25zdCB7IExhbmd1YWdlLCBQYXJzZXIgfSA9IFRyZWVTaXR0ZXI7XG50eXBlIExhbmd1YWdlID0gVHJlZVNpdHRlci5MYW5ndWFnZTtcbnR5cGUgUGFyc2VyID0gVHJlZVNpdHRlci5QYXJzZXI7XG50eXBlIFBvaW50ID0gVHJlZVNpdHRlci5Qb2ludDtcbnR5cGUgVHJlZSA9IFRyZWVTaXR0ZXIuVHJlZTtcbnR5cGUgVHJlZUN1cnNvciA9IFRyZWVTaXR0ZXIuVHJlZUN1cnNvcjtcblxubGV0IGxhbmd1YWdlUHJvbWlzZTogUHJvbWlzZTxMYW5ndWFnZT4gfCB1bmRlZmluZWQ7XG5cbi8qKiBMb2FkcyB0cmVlLXNpdHRlciBhbmQgdGhlIGJhc2ggZ3JhbW1hciBvbmNlIHBlciBwcm9jZXNzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWRCYXNoKCk6IFByb21pc2U8TGFuZ3VhZ2U+IHtcbiAgbGFuZ3VhZ2VQcm9taXNlID8/PSAoYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJ1bnRpbWUgPSBsb2NhdGUoJ3RyZWUtc2l0dGVyLndhc20nLCAnd2ViLXRyZWUtc2l0dGVyJyk7XG4gICAgYXdhaXQgUGFyc2VyLmluaXQoeyBsb2NhdGVGaWxlOiAoKSA9PiBydW50aW1lIH0pO1xuICAgIHJldHVybiBMYW5ndWFnZS5sb2FkKGxvY2F0ZSgndHJlZS1zaXR0ZXItYmFzaC53YXNtJywgJ3RyZWUtc2l0dGVyLWJhc2gnKSk7XG4gIH0pKCk7XG4gIHJldHVybiBsYW5ndWFnZVByb21pc2U7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjcmVhdGVQYXJzZXIoKTogUHJvbWlzZTxQYXJzZXI+IHtcbiAgY29uc3QgbGFuZ3VhZ2UgPSBhd2FpdCBsb2FkQmFzaCgpO1xuICBjb25zdCBwYXJzZXIgPSBuZXcgUGFyc2VyKCk7XG4gIHBhcnNlci5zZXRMYW5ndWFnZShsYW5ndWFnZSk7XG4gIHJldHVybiBwYXJzZXI7XG59XG5cbi8qKiBBIHRleHQgZG9jdW1lbnQgd2l0aCBpdHMgc3ludGF4IHRyZWUsIGtlcHQgaW4gc3RlcCB3aXRoIGVkaXRzICh0cmVlLmVkaXQgKyBpbmNyZW1lbnRhbCByZXBhcnNlKS4gKi9cbmV4cG9ydCBjbGFzcyBQYXJzZWREb2N1bWVudCB7XG4gIHByaXZhdGUgY2FjaGUgPSBuZXcgTWFwPHN0cmluZywgQ2FjaGVkRmFjdHNbXT4oKTtcbiAgcHJpdmF0ZSBmYWN0c01lbW86IERvY0ZhY3RzIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcGFyc2VyOiBQYXJzZXIsXG4gICAgcHVibGljIGRvYzogVGV4dERvY3VtZW50LFxuICAgIHB1YmxpYyB0cmVlOiBUcmVlIHwgbnVsbCA9IG51bGwsXG4gICkge1xuICAgIHRoaXMudHJlZSA9IHBhcnNlci5wYXJzZShkb2MuZ2V0VGV4dCgpKTtcbiAgfVxuXG4gIGdldCB0ZXh0KCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuZG9jLmdldFRleHQoKTtcbiAgfVxuXG4gIHVwZGF0ZShjaGFuZ2VzOiBUZXh0RG9jdW1lbnRDb250ZW50Q2hhbmdlRXZlbnRbXSwgdmVyc2lvbjogbnVtYmVyKTogdm9pZCB7XG4gICAgZm9yIChjb25zdCBjaGFuZ2Ugb2YgY2hhbmdlcykge1xuICAgICAgaWYgKCEoJ3JhbmdlJyBpbiBjaGFuZ2UpKSB7XG4gICAgICAgIHRoaXMuZG9jID0gVGV4dERvY3VtZW50LnVwZGF0ZSh0aGlzLmRvYywgW2NoYW5nZV0sIHZlcnNpb24pO1xuICAgICAgICB0aGlzLnRyZWU/LmRlbGV0ZSgpO1xuICAgICAgICB0aGlzLnRyZWUgPSBudWxsO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHN0YXJ0ID0gdGhpcy5kb2Mub2Zmc2V0QXQoY2hhbmdlLnJhbmdlLnN0YXJ0KTtcbiAgICAgIGNvbnN0IG9sZEVuZCA9IHRoaXMuZG9jLm9mZnNldEF0KGNoYW5nZS5yYW5nZS5lbmQpO1xuICAgICAgY29uc3Qgc3RhcnRQb3NpdGlvbiA9IHRoaXMucG9pbnQoc3RhcnQpO1xuICAgICAgY29uc3Qgb2xkRW5kUG9zaXRpb24gPSB0aGlzLnBvaW50KG9sZEVuZCk7XG4gICAgICB0aGlzLmRvYyA9IFRleHREb2N1bWVudC51cGRhdGUodGhpcy5kb2MsIFtjaGFuZ2VdLCB2ZXJzaW9uKTtcbiAgICAgIGNvbnN0IG5ld0VuZCA9IHN0YXJ0ICsgY2hhbmdlLnRleHQubGVuZ3RoO1xuICAgICAgdGhpcy50cmVlPy5lZGl0KHsgc3RhcnRJbmRleDogc3RhcnQsIG9sZEVuZEluZGV4OiBvbGRFbmQsIG5ld0VuZEluZGV4OiBuZXdFbmQsIHN0YXJ0UG9zaXRpb24sIG9sZEVuZFBvc2l0aW9uLCBuZXdFbmRQb3NpdGlvbjogdGhpcy5wb2ludChuZXdFbmQpIH0pO1xuICAgIH1cbiAgICBjb25zdCBvbGQgPSB0aGlzLnRyZWU7XG4gICAgdGhpcy50cmVlID0gdGhpcy5wYXJzZXIucGFyc2UodGhpcy5kb2MuZ2V0VGV4dCgpLCBvbGQpO1xuICAgIGlmIChvbGQgJiYgb2xkICE9PSB0aGlzLnRyZWUpIG9sZC5kZWxldGUoKTtcbiAgICB0aGlzLmZhY3RzTWVtbyA9IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHByaXZhdGUgcG9pbnQob2Zmc2V0OiBudW1iZXIpOiBQb2ludCB7XG4gICAgY29uc3QgcCA9IHRoaXMuZG9jLnBvc2l0aW9uQXQob2Zmc2V0KTtcbiAgICByZXR1cm4geyByb3c6IHAubGluZSwgY29sdW1uOiBwLmNoYXJhY3RlciB9O1xuICB9XG5cbiAgLyoqXG4gICAqIEZhY3RzIG9mIHRoZSB3aG9sZSBkb2N1bWVudC4gVG9wLWxldmVsIHN0YXRlbWVudHMgd2hvc2UgdGV4dCBkaWQgbm90IGNoYW5nZSBhcmUgbm90IHdhbGtlZFxuICAgKiBhZ2FpbjogdGhlaXIgY2FjaGVkIGZhY3RzIGFyZSByZXVzZWQsIHNoaWZ0ZWQgaW4gcGxhY2Ugd2hlbiB0aGUgc3RhdGVtZW50IG1vdmVkLCBzbyBhIGtleXN0cm9rZVxuICAgKiBjb3N0cyBvbmUgd2FsayBvZiB0aGUgc3RhdGVtZW50IGl0IHRvdWNoZWQuXG4gICAqL1xuICBmYWN0cygpOiBEb2NGYWN0cyB7XG4gICAgaWYgKHRoaXMuZmFjdHNNZW1vKSByZXR1cm4gdGhpcy5mYWN0c01lbW87XG4gICAgY29uc3Qgb3V0ID0gZW1wdHlGYWN0cygpO1xuICAgIGlmICghdGhpcy50cmVlKSByZXR1cm4gb3V0O1xuICAgIGNvbnN0IHRleHQgPSB0aGlzLnRleHQ7XG4gICAgY29uc3QgbmV4dCA9IG5ldyBNYXA8c3RyaW5nLCBDYWNoZWRGYWN0c1tdPigpO1xuICAgIGNvbnN0IGN1cnNvciA9IHRoaXMudHJlZS53YWxrKCk7XG4gICAgaWYgKGN1cnNvci5nb3RvRmlyc3RDaGlsZCgpKSB7XG4gICAgICBkbyB7XG4gICAgICAgIGNvbnN0IHN0YXJ0ID0gY3Vyc29yLnN0YXJ0SW5kZXg7XG4gICAgICAgIGNvbnN0IGtleSA9IHRleHQuc2xpY2Uoc3RhcnQsIGN1cnNvci5lbmRJbmRleCk7XG4gICAgICAgIGxldCBlbnRyeSA9IHRoaXMuY2FjaGUuZ2V0KGtleSk/LnBvcCgpO1xuICAgICAgICBpZiAoZW50cnkpIHtcbiAgICAgICAgICBpZiAoZW50cnkuc3RhcnQgIT09IHN0YXJ0KSBzaGlmdEluUGxhY2UoZW50cnkuZmFjdHMsIHN0YXJ0IC0gZW50cnkuc3RhcnQpO1xuICAgICAgICAgIGVudHJ5LnN0YXJ0ID0gc3RhcnQ7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgZW50cnkgPSB7IHN0YXJ0LCBmYWN0czogZW1wdHlGYWN0cygpIH07XG4gICAgICAgICAgd2FsayhjdXJzb3IsIHRleHQsIDAsIHVuZGVmaW5lZCwgZW50cnkuZmFjdHMpO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGxpc3QgPSBuZXh0LmdldChrZXkpO1xuICAgICAgICBpZiAobGlzdCkgbGlzdC5wdXNoKGVudHJ5KTtcbiAgICAgICAgZWxzZSBuZXh0LnNldChrZXksIFtlbnRyeV0pO1xuICAgICAgICBjb25jYXQob3V0LCBlbnRyeS5mYWN0cyk7XG4gICAgICB9IHdoaWxlIChjdXJzb3IuZ290b05leHRTaWJsaW5nKCkpO1xuICAgIH1cbiAgICBjdXJzb3IuZGVsZXRlKCk7XG4gICAgdGhpcy5jYWNoZSA9IG5leHQ7XG4gICAgdGhpcy5mYWN0c01lbW8gPSBvdXQ7XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgdGhpcy50cmVlPy5kZWxldGUoKTtcbiAgICB0aGlzLnRyZWUgPSBudWxsO1xuICB9XG59XG5cbmludGVyZmFjZSBDYWNoZWRGYWN0cyB7IHN0YXJ0OiBudW1iZXI7IGZhY3RzOiBEb2NGYWN0cyB9XG5cbmZ1bmN0aW9uIGVtcHR5RmFjdHMoKTogRG9jRmFjdHMge1xuICByZXR1cm4geyBhc3NpZ25tZW50czogW10sIGNvbW1hbmRzOiBbXSwgZnVuY3Rpb25zOiBbXSwgdmFyUmVmczogW10sIHByb2JsZW1zOiBbXSwgYmxvY2tzOiBbXSB9O1xufVxuXG5mdW5jdGlvbiBzaGlmdFNwYW4oczogU3BhbiwgYnk6IG51bWJlcik6IHZvaWQge1xuICBzLnN0YXJ0ICs9IGJ5O1xuICBzLmVuZCArPSBieTtcbn1cblxuZnVuY3Rpb24gc2hpZnRJblBsYWNlKGY6IERvY0ZhY3RzLCBieTogbnVtYmVyKTogdm9pZCB7XG4gIGZvciAoY29uc3QgYSBvZiBmLmFzc2lnbm1lbnRzKSB7XG4gICAgc2hpZnRTcGFuKGEubmFtZVNwYW4sIGJ5KTtcbiAgICBpZiAoYS52YWx1ZSkgc2hpZnRTcGFuKGEudmFsdWUuc3BhbiwgYnkpO1xuICB9XG4gIGZvciAoY29uc3QgYyBvZiBmLmNvbW1hbmRzKSB7XG4gICAgc2hpZnRTcGFuKGMubmFtZVNwYW4sIGJ5KTtcbiAgICBzaGlmdFNwYW4oYy5zcGFuLCBieSk7XG4gICAgZm9yIChjb25zdCB3IG9mIGMuYXJncykgc2hpZnRTcGFuKHcuc3BhbiwgYnkpO1xuICB9XG4gIGZvciAoY29uc3QgeCBvZiBmLmZ1bmN0aW9ucykge1xuICAgIHNoaWZ0U3Bhbih4Lm5hbWVTcGFuLCBieSk7XG4gICAgc2hpZnRTcGFuKHguc3BhbiwgYnkpO1xuICB9XG4gIGZvciAoY29uc3QgeCBvZiBmLnZhclJlZnMpIHNoaWZ0U3Bhbih4LnNwYW4sIGJ5KTtcbiAgZm9yIChjb25zdCB4IG9mIGYucHJvYmxlbXMpIHNoaWZ0U3Bhbih4LnNwYW4sIGJ5KTtcbiAgZm9yIChjb25zdCB4IG9mIGYuYmxvY2tzKSBzaGlmdFNwYW4oeCwgYnkpO1xufVxuXG5mdW5jdGlvbiBjb25jYXQob3V0OiBEb2NGYWN0cywgZjogRG9jRmFjdHMpOiB2b2lkIHtcbiAgZm9yIChjb25zdCB4IG9mIGYuYXNzaWdubWVudHMpIG91dC5hc3NpZ25tZW50cy5wdXNoKHgpO1xuICBmb3IgKGNvbnN0IHggb2YgZi5jb21tYW5kcykgb3V0LmNvbW1hbmRzLnB1c2goeCk7XG4gIGZvciAoY29uc3QgeCBvZiBmLmZ1bmN0aW9ucykgb3V0LmZ1bmN0aW9ucy5wdXNoKHgpO1xuICBmb3IgKGNvbnN0IHggb2YgZi52YXJSZWZzKSBvdXQudmFyUmVmcy5wdXNoKHgpO1xuICBmb3IgKGNvbnN0IHggb2YgZi5wcm9ibGVtcykgb3V0LnByb2JsZW1zLnB1c2goeCk7XG4gIGZvciAoY29uc3QgeCBvZiBmLmJsb2Nrcykgb3V0LmJsb2Nrcy5wdXNoKHgpO1xufVxuXG5jb25zdCBNSVNTSU5HX01FU1NBR0VTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBoZXJlZG9jX2VuZDogJ2hlcmUtZG9jdW1lbnQgaXMgbm90IHRlcm1pbmF0ZWQ6IHRoZSBjbG9zaW5nIGRlbGltaXRlciBsaW5lIGlzIG1pc3NpbmcnLFxuICAnfSc6IFwibWlzc2luZyAnfSdcIixcbiAgZmk6IFwibWlzc2luZyAnZmknXCIsXG4gIGRvbmU6IFwibWlzc2luZyAnZG9uZSdcIixcbiAgZXNhYzogXCJtaXNzaW5nICdlc2FjJ1wiLFxuICAnXCInOiAndW50ZXJtaW5hdGVkIGRvdWJsZS1xdW90ZWQgc3RyaW5nJyxcbiAgJyknOiBcIm1pc3NpbmcgJyknXCIsXG59O1xuXG4vKiogV2Fsa3MgdGhlIG5vZGUgdW5kZXIgdGhlIGN1cnNvciAoYW5kIGJhY2sgdG8gaXQpOyBzcGFucyBhcmUgb2Zmc2V0cyBtaW51cyBgYmFzZWAuICovXG5mdW5jdGlvbiB3YWxrKGN1cnNvcjogVHJlZUN1cnNvciwgdGV4dDogc3RyaW5nLCBiYXNlOiBudW1iZXIsIGZuOiBzdHJpbmcgfCB1bmRlZmluZWQsIG91dDogRG9jRmFjdHMpOiB2b2lkIHtcbiAgY29uc3QgdHlwZSA9IGN1cnNvci5ub2RlVHlwZTtcbiAgY29uc3QgcmVsID0gKHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogU3BhbiA9PiAoeyBzdGFydDogc3RhcnQgLSBiYXNlLCBlbmQ6IGVuZCAtIGJhc2UgfSk7XG4gIGlmIChjdXJzb3Iubm9kZUlzTWlzc2luZykge1xuICAgIG91dC5wcm9ibGVtcy5wdXNoKHsgc3BhbjogcmVsKGN1cnNvci5zdGFydEluZGV4LCBjdXJzb3IuZW5kSW5kZXgpLCBtZXNzYWdlOiBNSVNTSU5HX01FU1NBR0VTW3R5cGVdID8/IGBtaXNzaW5nICcke3R5cGV9J2AgfSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlID09PSAnY29tbWVudCcgfHwgdHlwZSA9PT0gJ2hlcmVkb2NfYm9keScgfHwgdHlwZSA9PT0gJ3Jhd19zdHJpbmcnKSByZXR1cm47XG4gIGlmICh0eXBlID09PSAnRVJST1InKSBvdXQucHJvYmxlbXMucHVzaCh7IHNwYW46IHJlbChjdXJzb3Iuc3RhcnRJbmRleCwgY3Vyc29yLmVuZEluZGV4KSwgbWVzc2FnZTogJ3N5bnRheCBlcnJvcjogYmFzaCBjYW5ub3QgcGFyc2UgdGhpcycgfSk7XG4gIGlmIChjdXJzb3Iuc3RhcnRQb3NpdGlvbi5yb3cgIT09IGN1cnNvci5lbmRQb3NpdGlvbi5yb3cgJiYgTVVMVElMSU5FLmhhcyh0eXBlKSkgb3V0LmJsb2Nrcy5wdXNoKHJlbChjdXJzb3Iuc3RhcnRJbmRleCwgY3Vyc29yLmVuZEluZGV4KSk7XG4gIGlmICh0eXBlID09PSAnZnVuY3Rpb25fZGVmaW5pdGlvbicpIHtcbiAgICBjb25zdCBub2RlID0gY3Vyc29yLmN1cnJlbnROb2RlO1xuICAgIGNvbnN0IG5hbWUgPSBub2RlLmNoaWxkRm9yRmllbGROYW1lKCduYW1lJyk7XG4gICAgaWYgKG5hbWUpIHtcbiAgICAgIGZuID0gbmFtZS50ZXh0O1xuICAgICAgb3V0LmZ1bmN0aW9ucy5wdXNoKHsgbmFtZTogZm4sIG5hbWVTcGFuOiByZWwobmFtZS5zdGFydEluZGV4LCBuYW1lLmVuZEluZGV4KSwgc3BhbjogcmVsKG5vZGUuc3RhcnRJbmRleCwgbm9kZS5lbmRJbmRleCkgfSk7XG4gICAgfVxuICB9IGVsc2UgaWYgKHR5cGUgPT09ICd2YXJpYWJsZV9hc3NpZ25tZW50Jykge1xuICAgIGNvbnN0IG5vZGUgPSBjdXJzb3IuY3VycmVudE5vZGU7XG4gICAgY29uc3QgbmFtZSA9IG5vZGUuY2hpbGRGb3JGaWVsZE5hbWUoJ25hbWUnKTtcbiAgICBjb25zdCB2YWx1ZSA9IG5vZGUuY2hpbGRGb3JGaWVsZE5hbWUoJ3ZhbHVlJyk7XG4gICAgaWYgKG5hbWUpIHtcbiAgICAgIG91dC5hc3NpZ25tZW50cy5wdXNoKHtcbiAgICAgICAgbmFtZTogbmFtZS50ZXh0LFxuICAgICAgICBuYW1lU3BhbjogcmVsKG5hbWUuc3RhcnRJbmRleCwgbmFtZS5lbmRJbmRleCksXG4gICAgICAgIHZhbHVlOiB2YWx1ZSA/IHsgdGV4dDogdmFsdWUudGV4dCwgc3BhbjogcmVsKHZhbHVlLnN0YXJ0SW5kZXgsIHZhbHVlLmVuZEluZGV4KSB9IDogdW5kZWZpbmVkLFxuICAgICAgICBhcHBlbmQ6IG5vZGUuY2hpbGRyZW4uc29tZSgoYykgPT4gYz8udHlwZSA9PT0gJys9JyksXG4gICAgICAgIGZuLFxuICAgICAgfSk7XG4gICAgfVxuICB9IGVsc2UgaWYgKHR5cGUgPT09ICdjb21tYW5kJykge1xuICAgIGNvbnN0IG5vZGUgPSBjdXJzb3IuY3VycmVudE5vZGU7XG4gICAgY29uc3QgbmFtZSA9IG5vZGUuY2hpbGRGb3JGaWVsZE5hbWUoJ25hbWUnKTtcbiAgICBpZiAobmFtZSkge1xuICAgICAgY29uc3QgYXJncyA9IG5vZGUuY2hpbGRyZW5Gb3JGaWVsZE5hbWUoJ2FyZ3VtZW50JykuZmlsdGVyKChhKSA9PiBhICE9PSBudWxsKS5tYXAoKGEpID0+ICh7IHRleHQ6IGEudGV4dCwgc3BhbjogcmVsKGEuc3RhcnRJbmRleCwgYS5lbmRJbmRleCkgfSkpO1xuICAgICAgb3V0LmNvbW1hbmRzLnB1c2goeyBuYW1lOiBuYW1lLnRleHQsIG5hbWVTcGFuOiByZWwobmFtZS5zdGFydEluZGV4LCBuYW1lLmVuZEluZGV4KSwgYXJncywgc3BhbjogcmVsKG5vZGUuc3RhcnRJbmRleCwgbm9kZS5lbmRJbmRleCksIGZuIH0pO1xuICAgIH1cbiAgfSBlbHNlIGlmICh0eXBlID09PSAnc2ltcGxlX2V4cGFuc2lvbicgfHwgdHlwZSA9PT0gJ2V4cGFuc2lvbicpIHtcbiAgICBjb25zdCBub2RlID0gY3Vyc29yLmN1cnJlbnROb2RlO1xuICAgIGNvbnN0IHYgPSBub2RlLm5hbWVkQ2hpbGRyZW4uZmluZCgoYykgPT4gYz8udHlwZSA9PT0gJ3ZhcmlhYmxlX25hbWUnKTtcbiAgICBpZiAodikgb3V0LnZhclJlZnMucHVzaCh7IG5hbWU6IHYudGV4dCwgc3BhbjogcmVsKHYuc3RhcnRJbmRleCwgdi5lbmRJbmRleCksIGZuIH0pO1xuICB9XG4gIGlmIChjdXJzb3IuZ290b0ZpcnN0Q2hpbGQoKSkge1xuICAgIGRvIHdhbGsoY3Vyc29yLCB0ZXh0LCBiYXNlLCBmbiwgb3V0KTtcbiAgICB3aGlsZSAoY3Vyc29yLmdvdG9OZXh0U2libGluZygpKTtcbiAgICBjdXJzb3IuZ290b1BhcmVudCgpO1xuICB9XG59XG5cbmNvbnN0IE1VTFRJTElORSA9IG5ldyBTZXQoWydmdW5jdGlvbl9kZWZpbml0aW9uJywgJ2NvbXBvdW5kX3N0YXRlbWVudCcsICdpZl9zdGF0ZW1lbnQnLCAnY2FzZV9zdGF0ZW1lbnQnLCAnZm9yX3N0YXRlbWVudCcsICd3aGlsZV9zdGF0ZW1lbnQnLCAnc3RyaW5nJywgJ2hlcmVkb2NfcmVkaXJlY3QnLCAndmFyaWFibGVfYXNzaWdubWVudCcsICdzdWJzaGVsbCddKTtcblxuLyoqIEEgd29yZC1pc2ggdG9rZW4gYXQgYW4gb2Zmc2V0IChsZXR0ZXJzLCBkaWdpdHMsIGBfIC0gLiArIEAgLyA6YCBhbmQgYH5gKSwgZm9yIGhvdmVyIGFuZCBjb21wbGV0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcmRBdCh0ZXh0OiBzdHJpbmcsIG9mZnNldDogbnVtYmVyLCBleHRyYSA9ICcnKTogV29yZCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG9rID0gKGNoOiBzdHJpbmcpID0+IC9bXFx3XFwtLitAfl0vLnRlc3QoY2gpIHx8IGV4dHJhLmluY2x1ZGVzKGNoKTtcbiAgbGV0IHMgPSBvZmZzZXQ7XG4gIGxldCBlID0gb2Zmc2V0O1xuICB3aGlsZSAocyA+IDAgJiYgb2sodGV4dFtzIC0gMV0pKSBzLS07XG4gIHdoaWxlIChlIDwgdGV4dC5sZW5ndGggJiYgb2sodGV4dFtlXSkpIGUrKztcbiAgcmV0dXJuIHMgPT09IGUgPyB1bmRlZmluZWQgOiB7IHRleHQ6IHRleHQuc2xpY2UocywgZSksIHNwYW46IHsgc3RhcnQ6IHMsIGVuZDogZSB9IH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EscUJBQTJCO0FBQzNCLHVCQUE4QjtBQUc5QixnREFBNkQ7QUFEN0QsTUFBTyxhQUFhLFFBQVE7QUFzQjVCLFNBQVMsT0FBTyxNQUFjLEtBQXFCO0FBQ2pELFFBQU0sYUFBYSxLQUFDLHVCQUFLLFdBQVcsSUFBSSxPQUFHLHVCQUFLLFdBQVcsTUFBTSxJQUFJLENBQUM7QUFDdEUsTUFBSTtBQUNGLGVBQVcsU0FBSywyQkFBSywwQkFBUSxRQUFRLFFBQVEsR0FBRyxHQUFHLGVBQWUsQ0FBQyxHQUFHLElBQUksQ0FBQztBQUFBLEVBQzdFLFFBQVE7QUFBQSxFQUVSO0FBQ0EsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUssVUFBTSwwQkFBUSxHQUFHLEVBQUcsWUFBVyxTQUFLLHVCQUFLLEtBQUssZ0JBQWdCLEtBQUssSUFBSSxDQUFDO0FBQ3BHLFFBQU0sUUFBUSxXQUFXLEtBQUssQ0FBQyxVQUFNLDJCQUFXLENBQUMsQ0FBQztBQUNsRCxNQUFJLENBQUMsTUFBTyxPQUFNLElBQUksTUFBTSxlQUFlLElBQUksZUFBZSxXQUFXLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDdEYsU0FBTztBQUNUO0FBRUEsTUFBTSxFQUFFLFVBQVUsT0FBTyxJQUFJO0FBTzdCLElBQUk7QUFHRyxTQUFTLFdBQThCO0FBQzVDLHVCQUFxQixZQUFZO0FBQy9CLFVBQU0sVUFBVSxPQUFPLG9CQUFvQixpQkFBaUI7QUFDNUQsVUFBTSxPQUFPLEtBQUssRUFBRSxZQUFZLE1BQU0sUUFBUSxDQUFDO0FBQy9DLFdBQU8sU0FBUyxLQUFLLE9BQU8seUJBQXlCLGtCQUFrQixDQUFDO0FBQUEsRUFDMUUsR0FBRztBQUNILFNBQU87QUFDVDtBQUVBLGVBQXNCLGVBQWdDO0FBQ3BELFFBQU0sV0FBVyxNQUFNLFNBQVM7QUFDaEMsUUFBTSxTQUFTLElBQUksT0FBTztBQUMxQixTQUFPLFlBQVksUUFBUTtBQUMzQixTQUFPO0FBQ1Q7QUFHTyxNQUFNLGVBQWU7QUFBQSxFQUkxQixZQUNtQixRQUNWLEtBQ0EsT0FBb0IsTUFDM0I7QUFIaUI7QUFDVjtBQUNBO0FBRVAsU0FBSyxPQUFPLE9BQU8sTUFBTSxJQUFJLFFBQVEsQ0FBQztBQUFBLEVBQ3hDO0FBQUEsRUFMbUI7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLEVBTkQsUUFBUSxvQkFBSSxJQUEyQjtBQUFBLEVBQ3ZDO0FBQUEsRUFVUixJQUFJLE9BQWU7QUFDakIsV0FBTyxLQUFLLElBQUksUUFBUTtBQUFBLEVBQzFCO0FBQUEsRUFFQSxPQUFPLFNBQTJDLFNBQXVCO0FBQ3ZFLGVBQVcsVUFBVSxTQUFTO0FBQzVCLFVBQUksRUFBRSxXQUFXLFNBQVM7QUFDeEIsYUFBSyxNQUFNLHVEQUFhLE9BQU8sS0FBSyxLQUFLLENBQUMsTUFBTSxHQUFHLE9BQU87QUFDMUQsYUFBSyxNQUFNLE9BQU87QUFDbEIsYUFBSyxPQUFPO0FBQ1o7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLEtBQUssSUFBSSxTQUFTLE9BQU8sTUFBTSxLQUFLO0FBQ2xELFlBQU0sU0FBUyxLQUFLLElBQUksU0FBUyxPQUFPLE1BQU0sR0FBRztBQUNqRCxZQUFNLGdCQUFnQixLQUFLLE1BQU0sS0FBSztBQUN0QyxZQUFNLGlCQUFpQixLQUFLLE1BQU0sTUFBTTtBQUN4QyxXQUFLLE1BQU0sdURBQWEsT0FBTyxLQUFLLEtBQUssQ0FBQyxNQUFNLEdBQUcsT0FBTztBQUMxRCxZQUFNLFNBQVMsUUFBUSxPQUFPLEtBQUs7QUFDbkMsV0FBSyxNQUFNLEtBQUssRUFBRSxZQUFZLE9BQU8sYUFBYSxRQUFRLGFBQWEsUUFBUSxlQUFlLGdCQUFnQixnQkFBZ0IsS0FBSyxNQUFNLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDcEo7QUFDQSxVQUFNLE1BQU0sS0FBSztBQUNqQixTQUFLLE9BQU8sS0FBSyxPQUFPLE1BQU0sS0FBSyxJQUFJLFFBQVEsR0FBRyxHQUFHO0FBQ3JELFFBQUksT0FBTyxRQUFRLEtBQUssS0FBTSxLQUFJLE9BQU87QUFDekMsU0FBSyxZQUFZO0FBQUEsRUFDbkI7QUFBQSxFQUVRLE1BQU0sUUFBdUI7QUFDbkMsVUFBTSxJQUFJLEtBQUssSUFBSSxXQUFXLE1BQU07QUFDcEMsV0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLFFBQVEsRUFBRSxVQUFVO0FBQUEsRUFDNUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPQSxRQUFrQjtBQUNoQixRQUFJLEtBQUssVUFBVyxRQUFPLEtBQUs7QUFDaEMsVUFBTSxNQUFNLFdBQVc7QUFDdkIsUUFBSSxDQUFDLEtBQUssS0FBTSxRQUFPO0FBQ3ZCLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFVBQU0sT0FBTyxvQkFBSSxJQUEyQjtBQUM1QyxVQUFNLFNBQVMsS0FBSyxLQUFLLEtBQUs7QUFDOUIsUUFBSSxPQUFPLGVBQWUsR0FBRztBQUMzQixTQUFHO0FBQ0QsY0FBTSxRQUFRLE9BQU87QUFDckIsY0FBTSxNQUFNLEtBQUssTUFBTSxPQUFPLE9BQU8sUUFBUTtBQUM3QyxZQUFJLFFBQVEsS0FBSyxNQUFNLElBQUksR0FBRyxHQUFHLElBQUk7QUFDckMsWUFBSSxPQUFPO0FBQ1QsY0FBSSxNQUFNLFVBQVUsTUFBTyxjQUFhLE1BQU0sT0FBTyxRQUFRLE1BQU0sS0FBSztBQUN4RSxnQkFBTSxRQUFRO0FBQUEsUUFDaEIsT0FBTztBQUNMLGtCQUFRLEVBQUUsT0FBTyxPQUFPLFdBQVcsRUFBRTtBQUNyQyxlQUFLLFFBQVEsTUFBTSxHQUFHLFFBQVcsTUFBTSxLQUFLO0FBQUEsUUFDOUM7QUFDQSxjQUFNLE9BQU8sS0FBSyxJQUFJLEdBQUc7QUFDekIsWUFBSSxLQUFNLE1BQUssS0FBSyxLQUFLO0FBQUEsWUFDcEIsTUFBSyxJQUFJLEtBQUssQ0FBQyxLQUFLLENBQUM7QUFDMUIsZUFBTyxLQUFLLE1BQU0sS0FBSztBQUFBLE1BQ3pCLFNBQVMsT0FBTyxnQkFBZ0I7QUFBQSxJQUNsQztBQUNBLFdBQU8sT0FBTztBQUNkLFNBQUssUUFBUTtBQUNiLFNBQUssWUFBWTtBQUNqQixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsVUFBZ0I7QUFDZCxTQUFLLE1BQU0sT0FBTztBQUNsQixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0Y7QUFJQSxTQUFTLGFBQXVCO0FBQzlCLFNBQU8sRUFBRSxhQUFhLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxXQUFXLENBQUMsR0FBRyxTQUFTLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRTtBQUMvRjtBQUVBLFNBQVMsVUFBVSxHQUFTLElBQWtCO0FBQzVDLElBQUUsU0FBUztBQUNYLElBQUUsT0FBTztBQUNYO0FBRUEsU0FBUyxhQUFhLEdBQWEsSUFBa0I7QUFDbkQsYUFBVyxLQUFLLEVBQUUsYUFBYTtBQUM3QixjQUFVLEVBQUUsVUFBVSxFQUFFO0FBQ3hCLFFBQUksRUFBRSxNQUFPLFdBQVUsRUFBRSxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQ3pDO0FBQ0EsYUFBVyxLQUFLLEVBQUUsVUFBVTtBQUMxQixjQUFVLEVBQUUsVUFBVSxFQUFFO0FBQ3hCLGNBQVUsRUFBRSxNQUFNLEVBQUU7QUFDcEIsZUFBVyxLQUFLLEVBQUUsS0FBTSxXQUFVLEVBQUUsTUFBTSxFQUFFO0FBQUEsRUFDOUM7QUFDQSxhQUFXLEtBQUssRUFBRSxXQUFXO0FBQzNCLGNBQVUsRUFBRSxVQUFVLEVBQUU7QUFDeEIsY0FBVSxFQUFFLE1BQU0sRUFBRTtBQUFBLEVBQ3RCO0FBQ0EsYUFBVyxLQUFLLEVBQUUsUUFBUyxXQUFVLEVBQUUsTUFBTSxFQUFFO0FBQy9DLGFBQVcsS0FBSyxFQUFFLFNBQVUsV0FBVSxFQUFFLE1BQU0sRUFBRTtBQUNoRCxhQUFXLEtBQUssRUFBRSxPQUFRLFdBQVUsR0FBRyxFQUFFO0FBQzNDO0FBRUEsU0FBUyxPQUFPLEtBQWUsR0FBbUI7QUFDaEQsYUFBVyxLQUFLLEVBQUUsWUFBYSxLQUFJLFlBQVksS0FBSyxDQUFDO0FBQ3JELGFBQVcsS0FBSyxFQUFFLFNBQVUsS0FBSSxTQUFTLEtBQUssQ0FBQztBQUMvQyxhQUFXLEtBQUssRUFBRSxVQUFXLEtBQUksVUFBVSxLQUFLLENBQUM7QUFDakQsYUFBVyxLQUFLLEVBQUUsUUFBUyxLQUFJLFFBQVEsS0FBSyxDQUFDO0FBQzdDLGFBQVcsS0FBSyxFQUFFLFNBQVUsS0FBSSxTQUFTLEtBQUssQ0FBQztBQUMvQyxhQUFXLEtBQUssRUFBRSxPQUFRLEtBQUksT0FBTyxLQUFLLENBQUM7QUFDN0M7QUFFQSxNQUFNLG1CQUEyQztBQUFBLEVBQy9DLGFBQWE7QUFBQSxFQUNiLEtBQUs7QUFBQSxFQUNMLElBQUk7QUFBQSxFQUNKLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLEtBQUs7QUFBQSxFQUNMLEtBQUs7QUFDUDtBQUdBLFNBQVMsS0FBSyxRQUFvQixNQUFjLE1BQWMsSUFBd0IsS0FBcUI7QUFDekcsUUFBTSxPQUFPLE9BQU87QUFDcEIsUUFBTSxNQUFNLENBQUMsT0FBZSxTQUF1QixFQUFFLE9BQU8sUUFBUSxNQUFNLEtBQUssTUFBTSxLQUFLO0FBQzFGLE1BQUksT0FBTyxlQUFlO0FBQ3hCLFFBQUksU0FBUyxLQUFLLEVBQUUsTUFBTSxJQUFJLE9BQU8sWUFBWSxPQUFPLFFBQVEsR0FBRyxTQUFTLGlCQUFpQixJQUFJLEtBQUssWUFBWSxJQUFJLElBQUksQ0FBQztBQUMzSDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFNBQVMsYUFBYSxTQUFTLGtCQUFrQixTQUFTLGFBQWM7QUFDNUUsTUFBSSxTQUFTLFFBQVMsS0FBSSxTQUFTLEtBQUssRUFBRSxNQUFNLElBQUksT0FBTyxZQUFZLE9BQU8sUUFBUSxHQUFHLFNBQVMsdUNBQXVDLENBQUM7QUFDMUksTUFBSSxPQUFPLGNBQWMsUUFBUSxPQUFPLFlBQVksT0FBTyxVQUFVLElBQUksSUFBSSxFQUFHLEtBQUksT0FBTyxLQUFLLElBQUksT0FBTyxZQUFZLE9BQU8sUUFBUSxDQUFDO0FBQ3ZJLE1BQUksU0FBUyx1QkFBdUI7QUFDbEMsVUFBTSxPQUFPLE9BQU87QUFDcEIsVUFBTSxPQUFPLEtBQUssa0JBQWtCLE1BQU07QUFDMUMsUUFBSSxNQUFNO0FBQ1IsV0FBSyxLQUFLO0FBQ1YsVUFBSSxVQUFVLEtBQUssRUFBRSxNQUFNLElBQUksVUFBVSxJQUFJLEtBQUssWUFBWSxLQUFLLFFBQVEsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZLEtBQUssUUFBUSxFQUFFLENBQUM7QUFBQSxJQUMzSDtBQUFBLEVBQ0YsV0FBVyxTQUFTLHVCQUF1QjtBQUN6QyxVQUFNLE9BQU8sT0FBTztBQUNwQixVQUFNLE9BQU8sS0FBSyxrQkFBa0IsTUFBTTtBQUMxQyxVQUFNLFFBQVEsS0FBSyxrQkFBa0IsT0FBTztBQUM1QyxRQUFJLE1BQU07QUFDUixVQUFJLFlBQVksS0FBSztBQUFBLFFBQ25CLE1BQU0sS0FBSztBQUFBLFFBQ1gsVUFBVSxJQUFJLEtBQUssWUFBWSxLQUFLLFFBQVE7QUFBQSxRQUM1QyxPQUFPLFFBQVEsRUFBRSxNQUFNLE1BQU0sTUFBTSxNQUFNLElBQUksTUFBTSxZQUFZLE1BQU0sUUFBUSxFQUFFLElBQUk7QUFBQSxRQUNuRixRQUFRLEtBQUssU0FBUyxLQUFLLENBQUMsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUFBLFFBQ2xEO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0YsV0FBVyxTQUFTLFdBQVc7QUFDN0IsVUFBTSxPQUFPLE9BQU87QUFDcEIsVUFBTSxPQUFPLEtBQUssa0JBQWtCLE1BQU07QUFDMUMsUUFBSSxNQUFNO0FBQ1IsWUFBTSxPQUFPLEtBQUsscUJBQXFCLFVBQVUsRUFBRSxPQUFPLENBQUMsTUFBTSxNQUFNLElBQUksRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxFQUFFLFlBQVksRUFBRSxRQUFRLEVBQUUsRUFBRTtBQUMvSSxVQUFJLFNBQVMsS0FBSyxFQUFFLE1BQU0sS0FBSyxNQUFNLFVBQVUsSUFBSSxLQUFLLFlBQVksS0FBSyxRQUFRLEdBQUcsTUFBTSxNQUFNLElBQUksS0FBSyxZQUFZLEtBQUssUUFBUSxHQUFHLEdBQUcsQ0FBQztBQUFBLElBQzNJO0FBQUEsRUFDRixXQUFXLFNBQVMsc0JBQXNCLFNBQVMsYUFBYTtBQUM5RCxVQUFNLE9BQU8sT0FBTztBQUNwQixVQUFNLElBQUksS0FBSyxjQUFjLEtBQUssQ0FBQyxNQUFNLEdBQUcsU0FBUyxlQUFlO0FBQ3BFLFFBQUksRUFBRyxLQUFJLFFBQVEsS0FBSyxFQUFFLE1BQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxFQUFFLFlBQVksRUFBRSxRQUFRLEdBQUcsR0FBRyxDQUFDO0FBQUEsRUFDbkY7QUFDQSxNQUFJLE9BQU8sZUFBZSxHQUFHO0FBQzNCO0FBQUcsV0FBSyxRQUFRLE1BQU0sTUFBTSxJQUFJLEdBQUc7QUFBQSxXQUM1QixPQUFPLGdCQUFnQjtBQUM5QixXQUFPLFdBQVc7QUFBQSxFQUNwQjtBQUNGO0FBRUEsTUFBTSxZQUFZLG9CQUFJLElBQUksQ0FBQyx1QkFBdUIsc0JBQXNCLGdCQUFnQixrQkFBa0IsaUJBQWlCLG1CQUFtQixVQUFVLG9CQUFvQix1QkFBdUIsVUFBVSxDQUFDO0FBR3ZNLFNBQVMsT0FBTyxNQUFjLFFBQWdCLFFBQVEsSUFBc0I7QUFDakYsUUFBTSxLQUFLLENBQUMsT0FBZSxhQUFhLEtBQUssRUFBRSxLQUFLLE1BQU0sU0FBUyxFQUFFO0FBQ3JFLE1BQUksSUFBSTtBQUNSLE1BQUksSUFBSTtBQUNSLFNBQU8sSUFBSSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUMsQ0FBQyxFQUFHO0FBQ2pDLFNBQU8sSUFBSSxLQUFLLFVBQVUsR0FBRyxLQUFLLENBQUMsQ0FBQyxFQUFHO0FBQ3ZDLFNBQU8sTUFBTSxJQUFJLFNBQVksRUFBRSxNQUFNLEtBQUssTUFBTSxHQUFHLENBQUMsR0FBRyxNQUFNLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRSxFQUFFO0FBQ3BGOyIsCiAgIm5hbWVzIjogW10KfQo=
