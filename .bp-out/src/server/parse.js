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
var import_web_tree_sitter = require("web-tree-sitter");
var import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
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
let languagePromise;
function loadBash() {
  languagePromise ??= (async () => {
    const runtime = locate("tree-sitter.wasm", "web-tree-sitter");
    await import_web_tree_sitter.Parser.init({ locateFile: () => runtime });
    return import_web_tree_sitter.Language.load(locate("tree-sitter-bash.wasm", "tree-sitter-bash"));
  })();
  return languagePromise;
}
async function createParser() {
  const parser = new import_web_tree_sitter.Parser();
  parser.setLanguage(await loadBash());
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
  /** Facts of the whole document; top-level statements whose text did not change are not walked again. */
  facts() {
    if (this.factsMemo) return this.factsMemo;
    const out = { assignments: [], commands: [], functions: [], varRefs: [], problems: [], blocks: [] };
    if (!this.tree) return out;
    const text = this.text;
    const next = /* @__PURE__ */ new Map();
    const cursor = this.tree.walk();
    if (cursor.gotoFirstChild()) {
      do {
        const start = cursor.startIndex;
        const key = text.slice(start, cursor.endIndex);
        let local = next.get(key) ?? this.cache.get(key);
        if (!local) {
          local = { assignments: [], commands: [], functions: [], varRefs: [], problems: [], blocks: [] };
          walk(cursor, text, start, void 0, local);
        }
        next.set(key, local);
        append(out, local, start);
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
function shift(s, by) {
  return { start: s.start + by, end: s.end + by };
}
function shiftWord(w, by) {
  return { text: w.text, span: shift(w.span, by) };
}
function append(out, local, by) {
  for (const a of local.assignments) out.assignments.push({ ...a, nameSpan: shift(a.nameSpan, by), value: a.value && shiftWord(a.value, by) });
  for (const c of local.commands) out.commands.push({ ...c, nameSpan: shift(c.nameSpan, by), span: shift(c.span, by), args: c.args.map((w) => shiftWord(w, by)) });
  for (const f of local.functions) out.functions.push({ ...f, nameSpan: shift(f.nameSpan, by), span: shift(f.span, by) });
  for (const v of local.varRefs) out.varRefs.push({ ...v, span: shift(v.span, by) });
  for (const p of local.problems) out.problems.push({ ...p, span: shift(p.span, by) });
  for (const b of local.blocks) out.blocks.push(shift(b, by));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9wYXJzZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBCYXNoIHBhcnNpbmcgd2l0aCB3ZWItdHJlZS1zaXR0ZXIgKyB0cmVlLXNpdHRlci1iYXNoLCBpbmNyZW1lbnRhbCBvbiBlZGl0cywgYW5kIGV4dHJhY3Rpb24gb2YgdGhlXG4gKiBmYWN0cyB0aGUgZmVhdHVyZXMgbmVlZCAoYXNzaWdubWVudHMsIGNvbW1hbmRzLCBmdW5jdGlvbnMsIGV4cGFuc2lvbnMsIHN5bnRheCBwcm9ibGVtcykuXG4gKiBPZmZzZXRzIGFyZSBVVEYtMTYgY29kZSB1bml0cywgdGhlIHVuaXQgb2YgTFNQIHBvc2l0aW9ucyBhbmQgb2Ygd2ViLXRyZWUtc2l0dGVyIG9uIEpTIHN0cmluZ3MuXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgTGFuZ3VhZ2UsIFBhcnNlciwgUG9pbnQsIFRyZWUsIFRyZWVDdXJzb3IgfSBmcm9tICd3ZWItdHJlZS1zaXR0ZXInO1xuaW1wb3J0IHsgVGV4dERvY3VtZW50LCBUZXh0RG9jdW1lbnRDb250ZW50Q2hhbmdlRXZlbnQgfSBmcm9tICd2c2NvZGUtbGFuZ3VhZ2VzZXJ2ZXItdGV4dGRvY3VtZW50JztcblxuZXhwb3J0IGludGVyZmFjZSBTcGFuIHsgc3RhcnQ6IG51bWJlcjsgZW5kOiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBXb3JkIHsgdGV4dDogc3RyaW5nOyBzcGFuOiBTcGFuIH1cbmV4cG9ydCBpbnRlcmZhY2UgQXNzaWdubWVudEZhY3QgeyBuYW1lOiBzdHJpbmc7IG5hbWVTcGFuOiBTcGFuOyB2YWx1ZTogV29yZCB8IHVuZGVmaW5lZDsgYXBwZW5kOiBib29sZWFuOyBmbj86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIENvbW1hbmRGYWN0IHsgbmFtZTogc3RyaW5nOyBuYW1lU3BhbjogU3BhbjsgYXJnczogV29yZFtdOyBzcGFuOiBTcGFuOyBmbj86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEZ1bmN0aW9uRmFjdCB7IG5hbWU6IHN0cmluZzsgbmFtZVNwYW46IFNwYW47IHNwYW46IFNwYW4gfVxuZXhwb3J0IGludGVyZmFjZSBWYXJSZWZGYWN0IHsgbmFtZTogc3RyaW5nOyBzcGFuOiBTcGFuOyBmbj86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIFByb2JsZW1GYWN0IHsgc3BhbjogU3BhbjsgbWVzc2FnZTogc3RyaW5nIH1cblxuZXhwb3J0IGludGVyZmFjZSBEb2NGYWN0cyB7XG4gIGFzc2lnbm1lbnRzOiBBc3NpZ25tZW50RmFjdFtdO1xuICBjb21tYW5kczogQ29tbWFuZEZhY3RbXTtcbiAgZnVuY3Rpb25zOiBGdW5jdGlvbkZhY3RbXTtcbiAgdmFyUmVmczogVmFyUmVmRmFjdFtdO1xuICBwcm9ibGVtczogUHJvYmxlbUZhY3RbXTtcbiAgLyoqIE11bHRpLWxpbmUgY29uc3RydWN0cywgZm9yIGZvbGRpbmc6IFtzdGFydE9mZnNldCwgZW5kT2Zmc2V0XS4gKi9cbiAgYmxvY2tzOiBTcGFuW107XG59XG5cbi8qKiBGaW5kcyBhIHdhc20gZmlsZSBuZXh0IHRvIHRoZSBidW5kbGUgKGRpc3QvKSBvciBpbiBub2RlX21vZHVsZXMuICovXG5mdW5jdGlvbiBsb2NhdGUoZmlsZTogc3RyaW5nLCBwa2c6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGNhbmRpZGF0ZXMgPSBbam9pbihfX2Rpcm5hbWUsIGZpbGUpLCBqb2luKF9fZGlybmFtZSwgJy4uJywgZmlsZSldO1xuICB0cnkge1xuICAgIGNhbmRpZGF0ZXMucHVzaChqb2luKGRpcm5hbWUocmVxdWlyZS5yZXNvbHZlKGAke3BrZ30vcGFja2FnZS5qc29uYCkpLCBmaWxlKSk7XG4gIH0gY2F0Y2gge1xuICAgIC8qIG5vdCByZXNvbHZhYmxlIGZyb20gYSBidW5kbGU6IHJlbHkgb24gdGhlIGNvcGllcyBiZXNpZGUgaXQgKi9cbiAgfVxuICBsZXQgZGlyID0gX19kaXJuYW1lO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDY7IGkrKywgZGlyID0gZGlybmFtZShkaXIpKSBjYW5kaWRhdGVzLnB1c2goam9pbihkaXIsICdub2RlX21vZHVsZXMnLCBwa2csIGZpbGUpKTtcbiAgY29uc3QgZm91bmQgPSBjYW5kaWRhdGVzLmZpbmQoKHApID0+IGV4aXN0c1N5bmMocCkpO1xuICBpZiAoIWZvdW5kKSB0aHJvdyBuZXcgRXJyb3IoYGNhbm5vdCBmaW5kICR7ZmlsZX0gKGxvb2tlZCBpbiAke2NhbmRpZGF0ZXMuam9pbignLCAnKX0pYCk7XG4gIHJldHVybiBmb3VuZDtcbn1cblxubGV0IGxhbmd1YWdlUHJvbWlzZTogUHJvbWlzZTxMYW5ndWFnZT4gfCB1bmRlZmluZWQ7XG5cbi8qKiBMb2FkcyB0cmVlLXNpdHRlciBhbmQgdGhlIGJhc2ggZ3JhbW1hciBvbmNlIHBlciBwcm9jZXNzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWRCYXNoKCk6IFByb21pc2U8TGFuZ3VhZ2U+IHtcbiAgbGFuZ3VhZ2VQcm9taXNlID8/PSAoYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHJ1bnRpbWUgPSBsb2NhdGUoJ3RyZWUtc2l0dGVyLndhc20nLCAnd2ViLXRyZWUtc2l0dGVyJyk7XG4gICAgYXdhaXQgUGFyc2VyLmluaXQoeyBsb2NhdGVGaWxlOiAoKSA9PiBydW50aW1lIH0pO1xuICAgIHJldHVybiBMYW5ndWFnZS5sb2FkKGxvY2F0ZSgndHJlZS1zaXR0ZXItYmFzaC53YXNtJywgJ3RyZWUtc2l0dGVyLWJhc2gnKSk7XG4gIH0pKCk7XG4gIHJldHVybiBsYW5ndWFnZVByb21pc2U7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjcmVhdGVQYXJzZXIoKTogUHJvbWlzZTxQYXJzZXI+IHtcbiAgY29uc3QgcGFyc2VyID0gbmV3IFBhcnNlcigpO1xuICBwYXJzZXIuc2V0TGFuZ3VhZ2UoYXdhaXQgbG9hZEJhc2goKSk7XG4gIHJldHVybiBwYXJzZXI7XG59XG5cbi8qKiBBIHRleHQgZG9jdW1lbnQgd2l0aCBpdHMgc3ludGF4IHRyZWUsIGtlcHQgaW4gc3RlcCB3aXRoIGVkaXRzICh0cmVlLmVkaXQgKyBpbmNyZW1lbnRhbCByZXBhcnNlKS4gKi9cbmV4cG9ydCBjbGFzcyBQYXJzZWREb2N1bWVudCB7XG4gIHByaXZhdGUgY2FjaGUgPSBuZXcgTWFwPHN0cmluZywgRG9jRmFjdHM+KCk7XG4gIHByaXZhdGUgZmFjdHNNZW1vOiBEb2NGYWN0cyB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IHBhcnNlcjogUGFyc2VyLFxuICAgIHB1YmxpYyBkb2M6IFRleHREb2N1bWVudCxcbiAgICBwdWJsaWMgdHJlZTogVHJlZSB8IG51bGwgPSBudWxsLFxuICApIHtcbiAgICB0aGlzLnRyZWUgPSBwYXJzZXIucGFyc2UoZG9jLmdldFRleHQoKSk7XG4gIH1cblxuICBnZXQgdGV4dCgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLmRvYy5nZXRUZXh0KCk7XG4gIH1cblxuICB1cGRhdGUoY2hhbmdlczogVGV4dERvY3VtZW50Q29udGVudENoYW5nZUV2ZW50W10sIHZlcnNpb246IG51bWJlcik6IHZvaWQge1xuICAgIGZvciAoY29uc3QgY2hhbmdlIG9mIGNoYW5nZXMpIHtcbiAgICAgIGlmICghKCdyYW5nZScgaW4gY2hhbmdlKSkge1xuICAgICAgICB0aGlzLmRvYyA9IFRleHREb2N1bWVudC51cGRhdGUodGhpcy5kb2MsIFtjaGFuZ2VdLCB2ZXJzaW9uKTtcbiAgICAgICAgdGhpcy50cmVlPy5kZWxldGUoKTtcbiAgICAgICAgdGhpcy50cmVlID0gbnVsbDtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBjb25zdCBzdGFydCA9IHRoaXMuZG9jLm9mZnNldEF0KGNoYW5nZS5yYW5nZS5zdGFydCk7XG4gICAgICBjb25zdCBvbGRFbmQgPSB0aGlzLmRvYy5vZmZzZXRBdChjaGFuZ2UucmFuZ2UuZW5kKTtcbiAgICAgIGNvbnN0IHN0YXJ0UG9zaXRpb24gPSB0aGlzLnBvaW50KHN0YXJ0KTtcbiAgICAgIGNvbnN0IG9sZEVuZFBvc2l0aW9uID0gdGhpcy5wb2ludChvbGRFbmQpO1xuICAgICAgdGhpcy5kb2MgPSBUZXh0RG9jdW1lbnQudXBkYXRlKHRoaXMuZG9jLCBbY2hhbmdlXSwgdmVyc2lvbik7XG4gICAgICBjb25zdCBuZXdFbmQgPSBzdGFydCArIGNoYW5nZS50ZXh0Lmxlbmd0aDtcbiAgICAgIHRoaXMudHJlZT8uZWRpdCh7IHN0YXJ0SW5kZXg6IHN0YXJ0LCBvbGRFbmRJbmRleDogb2xkRW5kLCBuZXdFbmRJbmRleDogbmV3RW5kLCBzdGFydFBvc2l0aW9uLCBvbGRFbmRQb3NpdGlvbiwgbmV3RW5kUG9zaXRpb246IHRoaXMucG9pbnQobmV3RW5kKSB9KTtcbiAgICB9XG4gICAgY29uc3Qgb2xkID0gdGhpcy50cmVlO1xuICAgIHRoaXMudHJlZSA9IHRoaXMucGFyc2VyLnBhcnNlKHRoaXMuZG9jLmdldFRleHQoKSwgb2xkKTtcbiAgICBpZiAob2xkICYmIG9sZCAhPT0gdGhpcy50cmVlKSBvbGQuZGVsZXRlKCk7XG4gICAgdGhpcy5mYWN0c01lbW8gPSB1bmRlZmluZWQ7XG4gIH1cblxuICBwcml2YXRlIHBvaW50KG9mZnNldDogbnVtYmVyKTogUG9pbnQge1xuICAgIGNvbnN0IHAgPSB0aGlzLmRvYy5wb3NpdGlvbkF0KG9mZnNldCk7XG4gICAgcmV0dXJuIHsgcm93OiBwLmxpbmUsIGNvbHVtbjogcC5jaGFyYWN0ZXIgfTtcbiAgfVxuXG4gIC8qKiBGYWN0cyBvZiB0aGUgd2hvbGUgZG9jdW1lbnQ7IHRvcC1sZXZlbCBzdGF0ZW1lbnRzIHdob3NlIHRleHQgZGlkIG5vdCBjaGFuZ2UgYXJlIG5vdCB3YWxrZWQgYWdhaW4uICovXG4gIGZhY3RzKCk6IERvY0ZhY3RzIHtcbiAgICBpZiAodGhpcy5mYWN0c01lbW8pIHJldHVybiB0aGlzLmZhY3RzTWVtbztcbiAgICBjb25zdCBvdXQ6IERvY0ZhY3RzID0geyBhc3NpZ25tZW50czogW10sIGNvbW1hbmRzOiBbXSwgZnVuY3Rpb25zOiBbXSwgdmFyUmVmczogW10sIHByb2JsZW1zOiBbXSwgYmxvY2tzOiBbXSB9O1xuICAgIGlmICghdGhpcy50cmVlKSByZXR1cm4gb3V0O1xuICAgIGNvbnN0IHRleHQgPSB0aGlzLnRleHQ7XG4gICAgY29uc3QgbmV4dCA9IG5ldyBNYXA8c3RyaW5nLCBEb2NGYWN0cz4oKTtcbiAgICBjb25zdCBjdXJzb3IgPSB0aGlzLnRyZWUud2FsaygpO1xuICAgIGlmIChjdXJzb3IuZ290b0ZpcnN0Q2hpbGQoKSkge1xuICAgICAgZG8ge1xuICAgICAgICBjb25zdCBzdGFydCA9IGN1cnNvci5zdGFydEluZGV4O1xuICAgICAgICBjb25zdCBrZXkgPSB0ZXh0LnNsaWNlKHN0YXJ0LCBjdXJzb3IuZW5kSW5kZXgpO1xuICAgICAgICBsZXQgbG9jYWwgPSBuZXh0LmdldChrZXkpID8/IHRoaXMuY2FjaGUuZ2V0KGtleSk7XG4gICAgICAgIGlmICghbG9jYWwpIHtcbiAgICAgICAgICBsb2NhbCA9IHsgYXNzaWdubWVudHM6IFtdLCBjb21tYW5kczogW10sIGZ1bmN0aW9uczogW10sIHZhclJlZnM6IFtdLCBwcm9ibGVtczogW10sIGJsb2NrczogW10gfTtcbiAgICAgICAgICB3YWxrKGN1cnNvciwgdGV4dCwgc3RhcnQsIHVuZGVmaW5lZCwgbG9jYWwpO1xuICAgICAgICB9XG4gICAgICAgIG5leHQuc2V0KGtleSwgbG9jYWwpO1xuICAgICAgICBhcHBlbmQob3V0LCBsb2NhbCwgc3RhcnQpO1xuICAgICAgfSB3aGlsZSAoY3Vyc29yLmdvdG9OZXh0U2libGluZygpKTtcbiAgICB9XG4gICAgY3Vyc29yLmRlbGV0ZSgpO1xuICAgIHRoaXMuY2FjaGUgPSBuZXh0O1xuICAgIHRoaXMuZmFjdHNNZW1vID0gb3V0O1xuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIHRoaXMudHJlZT8uZGVsZXRlKCk7XG4gICAgdGhpcy50cmVlID0gbnVsbDtcbiAgfVxufVxuXG5mdW5jdGlvbiBzaGlmdChzOiBTcGFuLCBieTogbnVtYmVyKTogU3BhbiB7XG4gIHJldHVybiB7IHN0YXJ0OiBzLnN0YXJ0ICsgYnksIGVuZDogcy5lbmQgKyBieSB9O1xufVxuZnVuY3Rpb24gc2hpZnRXb3JkKHc6IFdvcmQsIGJ5OiBudW1iZXIpOiBXb3JkIHtcbiAgcmV0dXJuIHsgdGV4dDogdy50ZXh0LCBzcGFuOiBzaGlmdCh3LnNwYW4sIGJ5KSB9O1xufVxuXG5mdW5jdGlvbiBhcHBlbmQob3V0OiBEb2NGYWN0cywgbG9jYWw6IERvY0ZhY3RzLCBieTogbnVtYmVyKTogdm9pZCB7XG4gIGZvciAoY29uc3QgYSBvZiBsb2NhbC5hc3NpZ25tZW50cykgb3V0LmFzc2lnbm1lbnRzLnB1c2goeyAuLi5hLCBuYW1lU3Bhbjogc2hpZnQoYS5uYW1lU3BhbiwgYnkpLCB2YWx1ZTogYS52YWx1ZSAmJiBzaGlmdFdvcmQoYS52YWx1ZSwgYnkpIH0pO1xuICBmb3IgKGNvbnN0IGMgb2YgbG9jYWwuY29tbWFuZHMpIG91dC5jb21tYW5kcy5wdXNoKHsgLi4uYywgbmFtZVNwYW46IHNoaWZ0KGMubmFtZVNwYW4sIGJ5KSwgc3Bhbjogc2hpZnQoYy5zcGFuLCBieSksIGFyZ3M6IGMuYXJncy5tYXAoKHcpID0+IHNoaWZ0V29yZCh3LCBieSkpIH0pO1xuICBmb3IgKGNvbnN0IGYgb2YgbG9jYWwuZnVuY3Rpb25zKSBvdXQuZnVuY3Rpb25zLnB1c2goeyAuLi5mLCBuYW1lU3Bhbjogc2hpZnQoZi5uYW1lU3BhbiwgYnkpLCBzcGFuOiBzaGlmdChmLnNwYW4sIGJ5KSB9KTtcbiAgZm9yIChjb25zdCB2IG9mIGxvY2FsLnZhclJlZnMpIG91dC52YXJSZWZzLnB1c2goeyAuLi52LCBzcGFuOiBzaGlmdCh2LnNwYW4sIGJ5KSB9KTtcbiAgZm9yIChjb25zdCBwIG9mIGxvY2FsLnByb2JsZW1zKSBvdXQucHJvYmxlbXMucHVzaCh7IC4uLnAsIHNwYW46IHNoaWZ0KHAuc3BhbiwgYnkpIH0pO1xuICBmb3IgKGNvbnN0IGIgb2YgbG9jYWwuYmxvY2tzKSBvdXQuYmxvY2tzLnB1c2goc2hpZnQoYiwgYnkpKTtcbn1cblxuY29uc3QgTUlTU0lOR19NRVNTQUdFUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgaGVyZWRvY19lbmQ6ICdoZXJlLWRvY3VtZW50IGlzIG5vdCB0ZXJtaW5hdGVkOiB0aGUgY2xvc2luZyBkZWxpbWl0ZXIgbGluZSBpcyBtaXNzaW5nJyxcbiAgJ30nOiBcIm1pc3NpbmcgJ30nXCIsXG4gIGZpOiBcIm1pc3NpbmcgJ2ZpJ1wiLFxuICBkb25lOiBcIm1pc3NpbmcgJ2RvbmUnXCIsXG4gIGVzYWM6IFwibWlzc2luZyAnZXNhYydcIixcbiAgJ1wiJzogJ3VudGVybWluYXRlZCBkb3VibGUtcXVvdGVkIHN0cmluZycsXG4gICcpJzogXCJtaXNzaW5nICcpJ1wiLFxufTtcblxuLyoqIFdhbGtzIHRoZSBub2RlIHVuZGVyIHRoZSBjdXJzb3IgKGFuZCBiYWNrIHRvIGl0KTsgc3BhbnMgYXJlIHJlbGF0aXZlIHRvIGBiYXNlYC4gKi9cbmZ1bmN0aW9uIHdhbGsoY3Vyc29yOiBUcmVlQ3Vyc29yLCB0ZXh0OiBzdHJpbmcsIGJhc2U6IG51bWJlciwgZm46IHN0cmluZyB8IHVuZGVmaW5lZCwgb3V0OiBEb2NGYWN0cyk6IHZvaWQge1xuICBjb25zdCB0eXBlID0gY3Vyc29yLm5vZGVUeXBlO1xuICBjb25zdCByZWwgPSAoc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBTcGFuID0+ICh7IHN0YXJ0OiBzdGFydCAtIGJhc2UsIGVuZDogZW5kIC0gYmFzZSB9KTtcbiAgaWYgKGN1cnNvci5ub2RlSXNNaXNzaW5nKSB7XG4gICAgb3V0LnByb2JsZW1zLnB1c2goeyBzcGFuOiByZWwoY3Vyc29yLnN0YXJ0SW5kZXgsIGN1cnNvci5lbmRJbmRleCksIG1lc3NhZ2U6IE1JU1NJTkdfTUVTU0FHRVNbdHlwZV0gPz8gYG1pc3NpbmcgJyR7dHlwZX0nYCB9KTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGUgPT09ICdjb21tZW50JyB8fCB0eXBlID09PSAnaGVyZWRvY19ib2R5JyB8fCB0eXBlID09PSAncmF3X3N0cmluZycpIHJldHVybjtcbiAgaWYgKHR5cGUgPT09ICdFUlJPUicpIG91dC5wcm9ibGVtcy5wdXNoKHsgc3BhbjogcmVsKGN1cnNvci5zdGFydEluZGV4LCBjdXJzb3IuZW5kSW5kZXgpLCBtZXNzYWdlOiAnc3ludGF4IGVycm9yOiBiYXNoIGNhbm5vdCBwYXJzZSB0aGlzJyB9KTtcbiAgaWYgKGN1cnNvci5zdGFydFBvc2l0aW9uLnJvdyAhPT0gY3Vyc29yLmVuZFBvc2l0aW9uLnJvdyAmJiBNVUxUSUxJTkUuaGFzKHR5cGUpKSBvdXQuYmxvY2tzLnB1c2gocmVsKGN1cnNvci5zdGFydEluZGV4LCBjdXJzb3IuZW5kSW5kZXgpKTtcbiAgaWYgKHR5cGUgPT09ICdmdW5jdGlvbl9kZWZpbml0aW9uJykge1xuICAgIGNvbnN0IG5vZGUgPSBjdXJzb3IuY3VycmVudE5vZGU7XG4gICAgY29uc3QgbmFtZSA9IG5vZGUuY2hpbGRGb3JGaWVsZE5hbWUoJ25hbWUnKTtcbiAgICBpZiAobmFtZSkge1xuICAgICAgZm4gPSBuYW1lLnRleHQ7XG4gICAgICBvdXQuZnVuY3Rpb25zLnB1c2goeyBuYW1lOiBmbiwgbmFtZVNwYW46IHJlbChuYW1lLnN0YXJ0SW5kZXgsIG5hbWUuZW5kSW5kZXgpLCBzcGFuOiByZWwobm9kZS5zdGFydEluZGV4LCBub2RlLmVuZEluZGV4KSB9KTtcbiAgICB9XG4gIH0gZWxzZSBpZiAodHlwZSA9PT0gJ3ZhcmlhYmxlX2Fzc2lnbm1lbnQnKSB7XG4gICAgY29uc3Qgbm9kZSA9IGN1cnNvci5jdXJyZW50Tm9kZTtcbiAgICBjb25zdCBuYW1lID0gbm9kZS5jaGlsZEZvckZpZWxkTmFtZSgnbmFtZScpO1xuICAgIGNvbnN0IHZhbHVlID0gbm9kZS5jaGlsZEZvckZpZWxkTmFtZSgndmFsdWUnKTtcbiAgICBpZiAobmFtZSkge1xuICAgICAgb3V0LmFzc2lnbm1lbnRzLnB1c2goe1xuICAgICAgICBuYW1lOiBuYW1lLnRleHQsXG4gICAgICAgIG5hbWVTcGFuOiByZWwobmFtZS5zdGFydEluZGV4LCBuYW1lLmVuZEluZGV4KSxcbiAgICAgICAgdmFsdWU6IHZhbHVlID8geyB0ZXh0OiB2YWx1ZS50ZXh0LCBzcGFuOiByZWwodmFsdWUuc3RhcnRJbmRleCwgdmFsdWUuZW5kSW5kZXgpIH0gOiB1bmRlZmluZWQsXG4gICAgICAgIGFwcGVuZDogbm9kZS5jaGlsZHJlbi5zb21lKChjKSA9PiBjPy50eXBlID09PSAnKz0nKSxcbiAgICAgICAgZm4sXG4gICAgICB9KTtcbiAgICB9XG4gIH0gZWxzZSBpZiAodHlwZSA9PT0gJ2NvbW1hbmQnKSB7XG4gICAgY29uc3Qgbm9kZSA9IGN1cnNvci5jdXJyZW50Tm9kZTtcbiAgICBjb25zdCBuYW1lID0gbm9kZS5jaGlsZEZvckZpZWxkTmFtZSgnbmFtZScpO1xuICAgIGlmIChuYW1lKSB7XG4gICAgICBjb25zdCBhcmdzID0gbm9kZS5jaGlsZHJlbkZvckZpZWxkTmFtZSgnYXJndW1lbnQnKS5maWx0ZXIoKGEpID0+IGEgIT09IG51bGwpLm1hcCgoYSkgPT4gKHsgdGV4dDogYS50ZXh0LCBzcGFuOiByZWwoYS5zdGFydEluZGV4LCBhLmVuZEluZGV4KSB9KSk7XG4gICAgICBvdXQuY29tbWFuZHMucHVzaCh7IG5hbWU6IG5hbWUudGV4dCwgbmFtZVNwYW46IHJlbChuYW1lLnN0YXJ0SW5kZXgsIG5hbWUuZW5kSW5kZXgpLCBhcmdzLCBzcGFuOiByZWwobm9kZS5zdGFydEluZGV4LCBub2RlLmVuZEluZGV4KSwgZm4gfSk7XG4gICAgfVxuICB9IGVsc2UgaWYgKHR5cGUgPT09ICdzaW1wbGVfZXhwYW5zaW9uJyB8fCB0eXBlID09PSAnZXhwYW5zaW9uJykge1xuICAgIGNvbnN0IG5vZGUgPSBjdXJzb3IuY3VycmVudE5vZGU7XG4gICAgY29uc3QgdiA9IG5vZGUubmFtZWRDaGlsZHJlbi5maW5kKChjKSA9PiBjPy50eXBlID09PSAndmFyaWFibGVfbmFtZScpO1xuICAgIGlmICh2KSBvdXQudmFyUmVmcy5wdXNoKHsgbmFtZTogdi50ZXh0LCBzcGFuOiByZWwodi5zdGFydEluZGV4LCB2LmVuZEluZGV4KSwgZm4gfSk7XG4gIH1cbiAgaWYgKGN1cnNvci5nb3RvRmlyc3RDaGlsZCgpKSB7XG4gICAgZG8gd2FsayhjdXJzb3IsIHRleHQsIGJhc2UsIGZuLCBvdXQpO1xuICAgIHdoaWxlIChjdXJzb3IuZ290b05leHRTaWJsaW5nKCkpO1xuICAgIGN1cnNvci5nb3RvUGFyZW50KCk7XG4gIH1cbn1cblxuY29uc3QgTVVMVElMSU5FID0gbmV3IFNldChbJ2Z1bmN0aW9uX2RlZmluaXRpb24nLCAnY29tcG91bmRfc3RhdGVtZW50JywgJ2lmX3N0YXRlbWVudCcsICdjYXNlX3N0YXRlbWVudCcsICdmb3Jfc3RhdGVtZW50JywgJ3doaWxlX3N0YXRlbWVudCcsICdzdHJpbmcnLCAnaGVyZWRvY19yZWRpcmVjdCcsICd2YXJpYWJsZV9hc3NpZ25tZW50JywgJ3N1YnNoZWxsJ10pO1xuXG4vKiogQSB3b3JkLWlzaCB0b2tlbiBhdCBhbiBvZmZzZXQgKGxldHRlcnMsIGRpZ2l0cywgYF8gLSAuICsgQCAvIDpgIGFuZCBgfmApLCBmb3IgaG92ZXIgYW5kIGNvbXBsZXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gd29yZEF0KHRleHQ6IHN0cmluZywgb2Zmc2V0OiBudW1iZXIsIGV4dHJhID0gJycpOiBXb3JkIHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgb2sgPSAoY2g6IHN0cmluZykgPT4gL1tcXHdcXC0uK0B+XS8udGVzdChjaCkgfHwgZXh0cmEuaW5jbHVkZXMoY2gpO1xuICBsZXQgcyA9IG9mZnNldDtcbiAgbGV0IGUgPSBvZmZzZXQ7XG4gIHdoaWxlIChzID4gMCAmJiBvayh0ZXh0W3MgLSAxXSkpIHMtLTtcbiAgd2hpbGUgKGUgPCB0ZXh0Lmxlbmd0aCAmJiBvayh0ZXh0W2VdKSkgZSsrO1xuICByZXR1cm4gcyA9PT0gZSA/IHVuZGVmaW5lZCA6IHsgdGV4dDogdGV4dC5zbGljZShzLCBlKSwgc3BhbjogeyBzdGFydDogcywgZW5kOiBlIH0gfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxxQkFBMkI7QUFDM0IsdUJBQThCO0FBQzlCLDZCQUEwRDtBQUMxRCxnREFBNkQ7QUFxQjdELFNBQVMsT0FBTyxNQUFjLEtBQXFCO0FBQ2pELFFBQU0sYUFBYSxLQUFDLHVCQUFLLFdBQVcsSUFBSSxPQUFHLHVCQUFLLFdBQVcsTUFBTSxJQUFJLENBQUM7QUFDdEUsTUFBSTtBQUNGLGVBQVcsU0FBSywyQkFBSywwQkFBUSxRQUFRLFFBQVEsR0FBRyxHQUFHLGVBQWUsQ0FBQyxHQUFHLElBQUksQ0FBQztBQUFBLEVBQzdFLFFBQVE7QUFBQSxFQUVSO0FBQ0EsTUFBSSxNQUFNO0FBQ1YsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUssVUFBTSwwQkFBUSxHQUFHLEVBQUcsWUFBVyxTQUFLLHVCQUFLLEtBQUssZ0JBQWdCLEtBQUssSUFBSSxDQUFDO0FBQ3BHLFFBQU0sUUFBUSxXQUFXLEtBQUssQ0FBQyxVQUFNLDJCQUFXLENBQUMsQ0FBQztBQUNsRCxNQUFJLENBQUMsTUFBTyxPQUFNLElBQUksTUFBTSxlQUFlLElBQUksZUFBZSxXQUFXLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDdEYsU0FBTztBQUNUO0FBRUEsSUFBSTtBQUdHLFNBQVMsV0FBOEI7QUFDNUMsdUJBQXFCLFlBQVk7QUFDL0IsVUFBTSxVQUFVLE9BQU8sb0JBQW9CLGlCQUFpQjtBQUM1RCxVQUFNLDhCQUFPLEtBQUssRUFBRSxZQUFZLE1BQU0sUUFBUSxDQUFDO0FBQy9DLFdBQU8sZ0NBQVMsS0FBSyxPQUFPLHlCQUF5QixrQkFBa0IsQ0FBQztBQUFBLEVBQzFFLEdBQUc7QUFDSCxTQUFPO0FBQ1Q7QUFFQSxlQUFzQixlQUFnQztBQUNwRCxRQUFNLFNBQVMsSUFBSSw4QkFBTztBQUMxQixTQUFPLFlBQVksTUFBTSxTQUFTLENBQUM7QUFDbkMsU0FBTztBQUNUO0FBR08sTUFBTSxlQUFlO0FBQUEsRUFJMUIsWUFDbUIsUUFDVixLQUNBLE9BQW9CLE1BQzNCO0FBSGlCO0FBQ1Y7QUFDQTtBQUVQLFNBQUssT0FBTyxPQUFPLE1BQU0sSUFBSSxRQUFRLENBQUM7QUFBQSxFQUN4QztBQUFBLEVBTG1CO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxFQU5ELFFBQVEsb0JBQUksSUFBc0I7QUFBQSxFQUNsQztBQUFBLEVBVVIsSUFBSSxPQUFlO0FBQ2pCLFdBQU8sS0FBSyxJQUFJLFFBQVE7QUFBQSxFQUMxQjtBQUFBLEVBRUEsT0FBTyxTQUEyQyxTQUF1QjtBQUN2RSxlQUFXLFVBQVUsU0FBUztBQUM1QixVQUFJLEVBQUUsV0FBVyxTQUFTO0FBQ3hCLGFBQUssTUFBTSx1REFBYSxPQUFPLEtBQUssS0FBSyxDQUFDLE1BQU0sR0FBRyxPQUFPO0FBQzFELGFBQUssTUFBTSxPQUFPO0FBQ2xCLGFBQUssT0FBTztBQUNaO0FBQUEsTUFDRjtBQUNBLFlBQU0sUUFBUSxLQUFLLElBQUksU0FBUyxPQUFPLE1BQU0sS0FBSztBQUNsRCxZQUFNLFNBQVMsS0FBSyxJQUFJLFNBQVMsT0FBTyxNQUFNLEdBQUc7QUFDakQsWUFBTSxnQkFBZ0IsS0FBSyxNQUFNLEtBQUs7QUFDdEMsWUFBTSxpQkFBaUIsS0FBSyxNQUFNLE1BQU07QUFDeEMsV0FBSyxNQUFNLHVEQUFhLE9BQU8sS0FBSyxLQUFLLENBQUMsTUFBTSxHQUFHLE9BQU87QUFDMUQsWUFBTSxTQUFTLFFBQVEsT0FBTyxLQUFLO0FBQ25DLFdBQUssTUFBTSxLQUFLLEVBQUUsWUFBWSxPQUFPLGFBQWEsUUFBUSxhQUFhLFFBQVEsZUFBZSxnQkFBZ0IsZ0JBQWdCLEtBQUssTUFBTSxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQ3BKO0FBQ0EsVUFBTSxNQUFNLEtBQUs7QUFDakIsU0FBSyxPQUFPLEtBQUssT0FBTyxNQUFNLEtBQUssSUFBSSxRQUFRLEdBQUcsR0FBRztBQUNyRCxRQUFJLE9BQU8sUUFBUSxLQUFLLEtBQU0sS0FBSSxPQUFPO0FBQ3pDLFNBQUssWUFBWTtBQUFBLEVBQ25CO0FBQUEsRUFFUSxNQUFNLFFBQXVCO0FBQ25DLFVBQU0sSUFBSSxLQUFLLElBQUksV0FBVyxNQUFNO0FBQ3BDLFdBQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxRQUFRLEVBQUUsVUFBVTtBQUFBLEVBQzVDO0FBQUE7QUFBQSxFQUdBLFFBQWtCO0FBQ2hCLFFBQUksS0FBSyxVQUFXLFFBQU8sS0FBSztBQUNoQyxVQUFNLE1BQWdCLEVBQUUsYUFBYSxDQUFDLEdBQUcsVUFBVSxDQUFDLEdBQUcsV0FBVyxDQUFDLEdBQUcsU0FBUyxDQUFDLEdBQUcsVUFBVSxDQUFDLEdBQUcsUUFBUSxDQUFDLEVBQUU7QUFDNUcsUUFBSSxDQUFDLEtBQUssS0FBTSxRQUFPO0FBQ3ZCLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFVBQU0sT0FBTyxvQkFBSSxJQUFzQjtBQUN2QyxVQUFNLFNBQVMsS0FBSyxLQUFLLEtBQUs7QUFDOUIsUUFBSSxPQUFPLGVBQWUsR0FBRztBQUMzQixTQUFHO0FBQ0QsY0FBTSxRQUFRLE9BQU87QUFDckIsY0FBTSxNQUFNLEtBQUssTUFBTSxPQUFPLE9BQU8sUUFBUTtBQUM3QyxZQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLE1BQU0sSUFBSSxHQUFHO0FBQy9DLFlBQUksQ0FBQyxPQUFPO0FBQ1Ysa0JBQVEsRUFBRSxhQUFhLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxXQUFXLENBQUMsR0FBRyxTQUFTLENBQUMsR0FBRyxVQUFVLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRTtBQUM5RixlQUFLLFFBQVEsTUFBTSxPQUFPLFFBQVcsS0FBSztBQUFBLFFBQzVDO0FBQ0EsYUFBSyxJQUFJLEtBQUssS0FBSztBQUNuQixlQUFPLEtBQUssT0FBTyxLQUFLO0FBQUEsTUFDMUIsU0FBUyxPQUFPLGdCQUFnQjtBQUFBLElBQ2xDO0FBQ0EsV0FBTyxPQUFPO0FBQ2QsU0FBSyxRQUFRO0FBQ2IsU0FBSyxZQUFZO0FBQ2pCLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxVQUFnQjtBQUNkLFNBQUssTUFBTSxPQUFPO0FBQ2xCLFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFDRjtBQUVBLFNBQVMsTUFBTSxHQUFTLElBQWtCO0FBQ3hDLFNBQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxJQUFJLEtBQUssRUFBRSxNQUFNLEdBQUc7QUFDaEQ7QUFDQSxTQUFTLFVBQVUsR0FBUyxJQUFrQjtBQUM1QyxTQUFPLEVBQUUsTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFNLEVBQUUsTUFBTSxFQUFFLEVBQUU7QUFDakQ7QUFFQSxTQUFTLE9BQU8sS0FBZSxPQUFpQixJQUFrQjtBQUNoRSxhQUFXLEtBQUssTUFBTSxZQUFhLEtBQUksWUFBWSxLQUFLLEVBQUUsR0FBRyxHQUFHLFVBQVUsTUFBTSxFQUFFLFVBQVUsRUFBRSxHQUFHLE9BQU8sRUFBRSxTQUFTLFVBQVUsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDO0FBQzNJLGFBQVcsS0FBSyxNQUFNLFNBQVUsS0FBSSxTQUFTLEtBQUssRUFBRSxHQUFHLEdBQUcsVUFBVSxNQUFNLEVBQUUsVUFBVSxFQUFFLEdBQUcsTUFBTSxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsTUFBTSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sVUFBVSxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDL0osYUFBVyxLQUFLLE1BQU0sVUFBVyxLQUFJLFVBQVUsS0FBSyxFQUFFLEdBQUcsR0FBRyxVQUFVLE1BQU0sRUFBRSxVQUFVLEVBQUUsR0FBRyxNQUFNLE1BQU0sRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDO0FBQ3RILGFBQVcsS0FBSyxNQUFNLFFBQVMsS0FBSSxRQUFRLEtBQUssRUFBRSxHQUFHLEdBQUcsTUFBTSxNQUFNLEVBQUUsTUFBTSxFQUFFLEVBQUUsQ0FBQztBQUNqRixhQUFXLEtBQUssTUFBTSxTQUFVLEtBQUksU0FBUyxLQUFLLEVBQUUsR0FBRyxHQUFHLE1BQU0sTUFBTSxFQUFFLE1BQU0sRUFBRSxFQUFFLENBQUM7QUFDbkYsYUFBVyxLQUFLLE1BQU0sT0FBUSxLQUFJLE9BQU8sS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDO0FBQzVEO0FBRUEsTUFBTSxtQkFBMkM7QUFBQSxFQUMvQyxhQUFhO0FBQUEsRUFDYixLQUFLO0FBQUEsRUFDTCxJQUFJO0FBQUEsRUFDSixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixLQUFLO0FBQUEsRUFDTCxLQUFLO0FBQ1A7QUFHQSxTQUFTLEtBQUssUUFBb0IsTUFBYyxNQUFjLElBQXdCLEtBQXFCO0FBQ3pHLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLFFBQU0sTUFBTSxDQUFDLE9BQWUsU0FBdUIsRUFBRSxPQUFPLFFBQVEsTUFBTSxLQUFLLE1BQU0sS0FBSztBQUMxRixNQUFJLE9BQU8sZUFBZTtBQUN4QixRQUFJLFNBQVMsS0FBSyxFQUFFLE1BQU0sSUFBSSxPQUFPLFlBQVksT0FBTyxRQUFRLEdBQUcsU0FBUyxpQkFBaUIsSUFBSSxLQUFLLFlBQVksSUFBSSxJQUFJLENBQUM7QUFDM0g7QUFBQSxFQUNGO0FBQ0EsTUFBSSxTQUFTLGFBQWEsU0FBUyxrQkFBa0IsU0FBUyxhQUFjO0FBQzVFLE1BQUksU0FBUyxRQUFTLEtBQUksU0FBUyxLQUFLLEVBQUUsTUFBTSxJQUFJLE9BQU8sWUFBWSxPQUFPLFFBQVEsR0FBRyxTQUFTLHVDQUF1QyxDQUFDO0FBQzFJLE1BQUksT0FBTyxjQUFjLFFBQVEsT0FBTyxZQUFZLE9BQU8sVUFBVSxJQUFJLElBQUksRUFBRyxLQUFJLE9BQU8sS0FBSyxJQUFJLE9BQU8sWUFBWSxPQUFPLFFBQVEsQ0FBQztBQUN2SSxNQUFJLFNBQVMsdUJBQXVCO0FBQ2xDLFVBQU0sT0FBTyxPQUFPO0FBQ3BCLFVBQU0sT0FBTyxLQUFLLGtCQUFrQixNQUFNO0FBQzFDLFFBQUksTUFBTTtBQUNSLFdBQUssS0FBSztBQUNWLFVBQUksVUFBVSxLQUFLLEVBQUUsTUFBTSxJQUFJLFVBQVUsSUFBSSxLQUFLLFlBQVksS0FBSyxRQUFRLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWSxLQUFLLFFBQVEsRUFBRSxDQUFDO0FBQUEsSUFDM0g7QUFBQSxFQUNGLFdBQVcsU0FBUyx1QkFBdUI7QUFDekMsVUFBTSxPQUFPLE9BQU87QUFDcEIsVUFBTSxPQUFPLEtBQUssa0JBQWtCLE1BQU07QUFDMUMsVUFBTSxRQUFRLEtBQUssa0JBQWtCLE9BQU87QUFDNUMsUUFBSSxNQUFNO0FBQ1IsVUFBSSxZQUFZLEtBQUs7QUFBQSxRQUNuQixNQUFNLEtBQUs7QUFBQSxRQUNYLFVBQVUsSUFBSSxLQUFLLFlBQVksS0FBSyxRQUFRO0FBQUEsUUFDNUMsT0FBTyxRQUFRLEVBQUUsTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJLE1BQU0sWUFBWSxNQUFNLFFBQVEsRUFBRSxJQUFJO0FBQUEsUUFDbkYsUUFBUSxLQUFLLFNBQVMsS0FBSyxDQUFDLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFBQSxRQUNsRDtBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGLFdBQVcsU0FBUyxXQUFXO0FBQzdCLFVBQU0sT0FBTyxPQUFPO0FBQ3BCLFVBQU0sT0FBTyxLQUFLLGtCQUFrQixNQUFNO0FBQzFDLFFBQUksTUFBTTtBQUNSLFlBQU0sT0FBTyxLQUFLLHFCQUFxQixVQUFVLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxNQUFNLElBQUksRUFBRSxZQUFZLEVBQUUsUUFBUSxFQUFFLEVBQUU7QUFDL0ksVUFBSSxTQUFTLEtBQUssRUFBRSxNQUFNLEtBQUssTUFBTSxVQUFVLElBQUksS0FBSyxZQUFZLEtBQUssUUFBUSxHQUFHLE1BQU0sTUFBTSxJQUFJLEtBQUssWUFBWSxLQUFLLFFBQVEsR0FBRyxHQUFHLENBQUM7QUFBQSxJQUMzSTtBQUFBLEVBQ0YsV0FBVyxTQUFTLHNCQUFzQixTQUFTLGFBQWE7QUFDOUQsVUFBTSxPQUFPLE9BQU87QUFDcEIsVUFBTSxJQUFJLEtBQUssY0FBYyxLQUFLLENBQUMsTUFBTSxHQUFHLFNBQVMsZUFBZTtBQUNwRSxRQUFJLEVBQUcsS0FBSSxRQUFRLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxNQUFNLElBQUksRUFBRSxZQUFZLEVBQUUsUUFBUSxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQ25GO0FBQ0EsTUFBSSxPQUFPLGVBQWUsR0FBRztBQUMzQjtBQUFHLFdBQUssUUFBUSxNQUFNLE1BQU0sSUFBSSxHQUFHO0FBQUEsV0FDNUIsT0FBTyxnQkFBZ0I7QUFDOUIsV0FBTyxXQUFXO0FBQUEsRUFDcEI7QUFDRjtBQUVBLE1BQU0sWUFBWSxvQkFBSSxJQUFJLENBQUMsdUJBQXVCLHNCQUFzQixnQkFBZ0Isa0JBQWtCLGlCQUFpQixtQkFBbUIsVUFBVSxvQkFBb0IsdUJBQXVCLFVBQVUsQ0FBQztBQUd2TSxTQUFTLE9BQU8sTUFBYyxRQUFnQixRQUFRLElBQXNCO0FBQ2pGLFFBQU0sS0FBSyxDQUFDLE9BQWUsYUFBYSxLQUFLLEVBQUUsS0FBSyxNQUFNLFNBQVMsRUFBRTtBQUNyRSxNQUFJLElBQUk7QUFDUixNQUFJLElBQUk7QUFDUixTQUFPLElBQUksS0FBSyxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUMsRUFBRztBQUNqQyxTQUFPLElBQUksS0FBSyxVQUFVLEdBQUcsS0FBSyxDQUFDLENBQUMsRUFBRztBQUN2QyxTQUFPLE1BQU0sSUFBSSxTQUFZLEVBQUUsTUFBTSxLQUFLLE1BQU0sR0FBRyxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUUsRUFBRTtBQUNwRjsiLAogICJuYW1lcyI6IFtdCn0K
