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
var completion_exports = {};
__export(completion_exports, {
  complete: () => complete
});
module.exports = __toCommonJS(completion_exports);
var import_vscode_languageserver = require("vscode-languageserver");
var import_cursorContext = require("./cursorContext");
var import_docContext = require("./docContext");
var import_eclassDoc = require("./eclassDoc");
var import_pms = require("./pms");
const md = (value) => ({ kind: import_vscode_languageserver.MarkupKind.Markdown, value });
function complete(ctx, doc, offset) {
  const place = (0, import_cursorContext.placeAt)(ctx, offset);
  const items = itemsFor(ctx, place, offset);
  const span = replaceSpan(ctx, place, offset);
  const range = { start: doc.positionAt(span.start), end: doc.positionAt(offset) };
  return items.map((i) => i.insertTextFormat === import_vscode_languageserver.InsertTextFormat.Snippet ? i : { ...i, textEdit: import_vscode_languageserver.TextEdit.replace(range, i.insertText ?? i.label) });
}
function replaceSpan(ctx, place, offset) {
  const prefix = ctx.text.slice(Math.max(0, offset - 200), offset);
  let run = /[\w+@.-]*$/.exec(prefix)?.[0] ?? "";
  if (place.kind === "value") {
    if (place.variable === "KEYWORDS") run = /[\w~.-]*$/.exec(prefix)?.[0] ?? "";
    else if (import_pms.DEPENDENCY_VARIABLES.has(place.variable)) run = /[\w+./@-]*$/.exec(prefix)?.[0] ?? "";
    else if (place.variable !== "LICENSE") run = run.replace(/^[+-]+/, "");
  }
  return { start: offset - run.length, end: offset };
}
function itemsFor(ctx, place, offset) {
  switch (place.kind) {
    case "inherit":
      return eclassItems(ctx);
    case "use-arg":
      return flagItems(ctx, [...ctx.iuse]);
    case "variable-ref":
      return variableItems(ctx, false);
    case "value":
      return valueItems(ctx, place.variable, ctx.text.slice(place.token.span.start, offset));
    case "command":
      return commandItems(ctx, place.fn);
    default:
      return [];
  }
}
function eclassItems(ctx) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const repo of ctx.chain) {
    for (const name of repo.eclassNames()) {
      if (seen.has(name)) continue;
      seen.add(name);
      const info = repo.eclass(name);
      out.push({ label: name, kind: import_vscode_languageserver.CompletionItemKind.Module, detail: info?.blurb ?? `${repo.name} eclass`, documentation: info ? md((0, import_eclassDoc.eclassMarkdown)(info)) : void 0 });
    }
  }
  return out;
}
function flagItems(ctx, flags) {
  const cpn = (0, import_docContext.cpnOf)(ctx);
  return [...new Set(flags)].sort().map((flag) => {
    const d = ctxFlagDescription(ctx, cpn, flag);
    return { label: flag, kind: import_vscode_languageserver.CompletionItemKind.EnumMember, detail: "USE flag", documentation: d ? md(d) : void 0 };
  });
}
function ctxFlagDescription(ctx, cpn, flag) {
  for (const e of ctx.eclasses) if (e.info.iuse.includes(flag)) return ctx.chain.map((r) => r.useDesc().get(flag)).find(Boolean) ?? `added by ${e.info.name}.eclass`;
  return knowledgeDescription(ctx, cpn, flag);
}
function knowledgeDescription(ctx, cpn, flag) {
  if (cpn) {
    const [cat, pkg] = cpn.split("/");
    for (const r of ctx.chain) {
      const d = r.metadata(cat, pkg)?.flags.get(flag) ?? r.useLocalDesc().get(cpn)?.get(flag);
      if (d) return d;
    }
  }
  return ctx.chain.map((r) => r.useDesc().get(flag)).find(Boolean);
}
function variableItems(ctx, assign) {
  const out = [];
  for (const v of import_pms.VARIABLES.values()) {
    if (!(0, import_pms.availableIn)(v, ctx.eapi)) continue;
    if (assign && v.kind === "readonly") continue;
    out.push({ label: v.name, kind: assign ? import_vscode_languageserver.CompletionItemKind.Property : import_vscode_languageserver.CompletionItemKind.Variable, detail: `PMS ${v.kind} variable`, documentation: md(v.doc), insertText: assign ? `${v.name}=` : v.name });
  }
  for (const e of ctx.eclasses) {
    for (const v of e.info.variables.values()) {
      if (v.internal) continue;
      out.push({ label: v.name, kind: import_vscode_languageserver.CompletionItemKind.Variable, detail: `${e.info.name}.eclass`, documentation: md((0, import_eclassDoc.variableMarkdown)(e.info.name, v)), insertText: assign ? `${v.name}=` : v.name });
    }
  }
  return out;
}
function commandItems(ctx, fn) {
  const out = [];
  if (!fn) {
    out.push(...variableItems(ctx, true));
    for (const name of (0, import_pms.phasesFor)(ctx.eapi)) {
      out.push({
        label: name,
        kind: import_vscode_languageserver.CompletionItemKind.Event,
        detail: "phase function",
        documentation: md(import_pms.PHASES.get(name)?.doc ?? ""),
        insertText: `${name}() {
	\${0}
}`,
        insertTextFormat: import_vscode_languageserver.InsertTextFormat.Snippet
      });
    }
    out.push({ label: "inherit", kind: import_vscode_languageserver.CompletionItemKind.Keyword, detail: "load eclasses", documentation: md(import_pms.HELPERS.get("inherit")?.doc ?? "") });
  }
  for (const h of import_pms.HELPERS.values()) {
    if (!(0, import_pms.availableIn)(h, ctx.eapi)) continue;
    out.push({ label: h.name, kind: import_vscode_languageserver.CompletionItemKind.Function, detail: "PMS helper", documentation: md(h.doc) });
  }
  for (const e of ctx.eclasses) {
    for (const f of e.info.functions.values()) {
      if (f.internal) continue;
      out.push({ label: f.name, kind: import_vscode_languageserver.CompletionItemKind.Function, detail: `${e.info.name}.eclass`, documentation: md((0, import_eclassDoc.functionMarkdown)(e.info.name, f)) });
    }
  }
  for (const f of ctx.facts.functions) if (f.name !== fn) out.push({ label: f.name, kind: import_vscode_languageserver.CompletionItemKind.Function, detail: "defined in this file" });
  return out;
}
function valueItems(ctx, variable, token) {
  if (variable === "IUSE") {
    const flags = /* @__PURE__ */ new Set();
    for (const r of ctx.chain) r.useDesc().forEach((_d, f) => flags.add(f));
    const cpn = (0, import_docContext.cpnOf)(ctx);
    if (cpn && ctx.category && ctx.pn) for (const r of ctx.chain) r.metadata(ctx.category, ctx.pn)?.flags.forEach((_d, f) => flags.add(f));
    if (cpn) for (const r of ctx.chain) r.useLocalDesc().get(cpn)?.forEach((_d, f) => flags.add(f));
    return flagItems(ctx, [...flags]);
  }
  if (variable === "REQUIRED_USE") return flagItems(ctx, [...ctx.iuse]);
  if (variable === "LICENSE") {
    const seen = /* @__PURE__ */ new Map();
    for (const r of ctx.chain) for (const l of r.licenses()) if (!seen.has(l)) seen.set(l, r.name);
    return [...seen].map(([label, repo]) => ({ label, kind: import_vscode_languageserver.CompletionItemKind.Text, detail: `licence (${repo})` }));
  }
  if (variable === "KEYWORDS") {
    const arches = [...new Set(ctx.chain.flatMap((r) => [...r.arches()]))];
    return arches.flatMap((a) => [
      { label: `~${a}`, kind: import_vscode_languageserver.CompletionItemKind.EnumMember, detail: "testing keyword", filterText: `~${a}` },
      { label: a, kind: import_vscode_languageserver.CompletionItemKind.EnumMember, detail: "stable keyword" }
    ]);
  }
  if (import_pms.DEPENDENCY_VARIABLES.has(variable)) return dependencyItems(ctx, token);
  return [];
}
function dependencyItems(ctx, token) {
  const bracket = token.lastIndexOf("[");
  if (bracket >= 0 && !token.slice(bracket).includes("]")) {
    const atom = token.slice(0, bracket).replace(/^[!<>=~]+/, "").replace(/-\d.*$/, "").replace(/:.*$/, "");
    const [cat, pkg] = atom.split("/");
    const flags = /* @__PURE__ */ new Map();
    for (const r of ctx.chain) {
      r.metadata(cat, pkg)?.flags.forEach((d, f) => flags.set(f, d));
      r.useLocalDesc().get(atom)?.forEach((d, f) => flags.has(f) || flags.set(f, d));
    }
    const all = /* @__PURE__ */ new Set([...flags.keys(), ...ctx.iuse]);
    return [...all].map((f) => ({ label: f, kind: import_vscode_languageserver.CompletionItemKind.EnumMember, detail: flags.has(f) ? `USE flag of ${atom}` : "USE flag of this package", documentation: flags.get(f) ? md(flags.get(f) ?? "") : void 0 }));
  }
  const bare = token.replace(/^[!<>=~]+/, "");
  const slash = bare.indexOf("/");
  if (slash >= 0) {
    const cat = bare.slice(0, slash);
    const pkgs = new Set(ctx.chain.flatMap((r) => r.packages(cat)));
    return [...pkgs].map((p) => ({ label: `${cat}/${p}`, kind: import_vscode_languageserver.CompletionItemKind.Module, detail: "package", insertText: `${cat}/${p}` }));
  }
  const cats = new Set(ctx.chain.flatMap((r) => r.categories()));
  const out = [...cats].map((c) => ({ label: `${c}/`, kind: import_vscode_languageserver.CompletionItemKind.Folder, detail: "category", command: { title: "packages", command: "editor.action.triggerSuggest" } }));
  for (const f of ctx.iuse) out.push({ label: `${f}? ( )`, kind: import_vscode_languageserver.CompletionItemKind.Snippet, detail: "USE-conditional group", insertText: `${f}? ( )` });
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  complete
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9jb21wbGV0aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIENvbXBsZXRpb246IHZhcmlhYmxlcywgcGhhc2UgZnVuY3Rpb25zLCBoZWxwZXJzIGFuZCBpbmhlcml0ZWQgZWNsYXNzIGZ1bmN0aW9ucyBhdCBjb21tYW5kXG4gKiBwb3NpdGlvbjsgZWNsYXNzIG5hbWVzIGFmdGVyIGBpbmhlcml0YDsgVVNFIGZsYWdzIGFmdGVyIGB1c2UgXHUyMDI2YCwgaW4gSVVTRSwgUkVRVUlSRURfVVNFIGFuZCBVU0VcbiAqIGRlcGVuZGVuY2llczsgbGljZW5jZXM7IGtleXdvcmRzOyBjYXRlZ29yaWVzIGFuZCBwYWNrYWdlcyBpbiBkZXBlbmRlbmN5IHN0cmluZ3MuXG4gKi9cbmltcG9ydCB7IENvbXBsZXRpb25JdGVtLCBDb21wbGV0aW9uSXRlbUtpbmQsIEluc2VydFRleHRGb3JtYXQsIE1hcmt1cEtpbmQsIFRleHRFZGl0IH0gZnJvbSAndnNjb2RlLWxhbmd1YWdlc2VydmVyJztcbmltcG9ydCB7IFRleHREb2N1bWVudCB9IGZyb20gJ3ZzY29kZS1sYW5ndWFnZXNlcnZlci10ZXh0ZG9jdW1lbnQnO1xuaW1wb3J0IHsgQ3Vyc29yUGxhY2UsIHBsYWNlQXQgfSBmcm9tICcuL2N1cnNvckNvbnRleHQnO1xuaW1wb3J0IHsgY3BuT2YsIERvY0NvbnRleHQgfSBmcm9tICcuL2RvY0NvbnRleHQnO1xuaW1wb3J0IHsgZWNsYXNzTWFya2Rvd24sIGZ1bmN0aW9uTWFya2Rvd24sIHZhcmlhYmxlTWFya2Rvd24gfSBmcm9tICcuL2VjbGFzc0RvYyc7XG5pbXBvcnQgeyBTcGFuIH0gZnJvbSAnLi9wYXJzZSc7XG5pbXBvcnQgeyBhdmFpbGFibGVJbiwgREVQRU5ERU5DWV9WQVJJQUJMRVMsIEhFTFBFUlMsIFBIQVNFUywgcGhhc2VzRm9yLCBWQVJJQUJMRVMgfSBmcm9tICcuL3Btcyc7XG5cbmNvbnN0IG1kID0gKHZhbHVlOiBzdHJpbmcpID0+ICh7IGtpbmQ6IE1hcmt1cEtpbmQuTWFya2Rvd24sIHZhbHVlIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gY29tcGxldGUoY3R4OiBEb2NDb250ZXh0LCBkb2M6IFRleHREb2N1bWVudCwgb2Zmc2V0OiBudW1iZXIpOiBDb21wbGV0aW9uSXRlbVtdIHtcbiAgY29uc3QgcGxhY2UgPSBwbGFjZUF0KGN0eCwgb2Zmc2V0KTtcbiAgY29uc3QgaXRlbXMgPSBpdGVtc0ZvcihjdHgsIHBsYWNlLCBvZmZzZXQpO1xuICBjb25zdCBzcGFuID0gcmVwbGFjZVNwYW4oY3R4LCBwbGFjZSwgb2Zmc2V0KTtcbiAgY29uc3QgcmFuZ2UgPSB7IHN0YXJ0OiBkb2MucG9zaXRpb25BdChzcGFuLnN0YXJ0KSwgZW5kOiBkb2MucG9zaXRpb25BdChvZmZzZXQpIH07XG4gIHJldHVybiBpdGVtcy5tYXAoKGkpID0+IChpLmluc2VydFRleHRGb3JtYXQgPT09IEluc2VydFRleHRGb3JtYXQuU25pcHBldCA/IGkgOiB7IC4uLmksIHRleHRFZGl0OiBUZXh0RWRpdC5yZXBsYWNlKHJhbmdlLCBpLmluc2VydFRleHQgPz8gaS5sYWJlbCkgfSkpO1xufVxuXG4vKiogVGhlIHBhcnQgb2YgdGhlIHRleHQgYmVmb3JlIHRoZSBjdXJzb3IgdGhhdCB0aGUgY2hvc2VuIGl0ZW0gcmVwbGFjZXMuICovXG5mdW5jdGlvbiByZXBsYWNlU3BhbihjdHg6IERvY0NvbnRleHQsIHBsYWNlOiBDdXJzb3JQbGFjZSwgb2Zmc2V0OiBudW1iZXIpOiBTcGFuIHtcbiAgY29uc3QgcHJlZml4ID0gY3R4LnRleHQuc2xpY2UoTWF0aC5tYXgoMCwgb2Zmc2V0IC0gMjAwKSwgb2Zmc2V0KTtcbiAgbGV0IHJ1biA9IC9bXFx3K0AuLV0qJC8uZXhlYyhwcmVmaXgpPy5bMF0gPz8gJyc7XG4gIGlmIChwbGFjZS5raW5kID09PSAndmFsdWUnKSB7XG4gICAgaWYgKHBsYWNlLnZhcmlhYmxlID09PSAnS0VZV09SRFMnKSBydW4gPSAvW1xcd34uLV0qJC8uZXhlYyhwcmVmaXgpPy5bMF0gPz8gJyc7XG4gICAgZWxzZSBpZiAoREVQRU5ERU5DWV9WQVJJQUJMRVMuaGFzKHBsYWNlLnZhcmlhYmxlKSkgcnVuID0gL1tcXHcrLi9ALV0qJC8uZXhlYyhwcmVmaXgpPy5bMF0gPz8gJyc7XG4gICAgZWxzZSBpZiAocGxhY2UudmFyaWFibGUgIT09ICdMSUNFTlNFJykgcnVuID0gcnVuLnJlcGxhY2UoL15bKy1dKy8sICcnKTtcbiAgfVxuICByZXR1cm4geyBzdGFydDogb2Zmc2V0IC0gcnVuLmxlbmd0aCwgZW5kOiBvZmZzZXQgfTtcbn1cblxuZnVuY3Rpb24gaXRlbXNGb3IoY3R4OiBEb2NDb250ZXh0LCBwbGFjZTogQ3Vyc29yUGxhY2UsIG9mZnNldDogbnVtYmVyKTogQ29tcGxldGlvbkl0ZW1bXSB7XG4gIHN3aXRjaCAocGxhY2Uua2luZCkge1xuICAgIGNhc2UgJ2luaGVyaXQnOlxuICAgICAgcmV0dXJuIGVjbGFzc0l0ZW1zKGN0eCk7XG4gICAgY2FzZSAndXNlLWFyZyc6XG4gICAgICByZXR1cm4gZmxhZ0l0ZW1zKGN0eCwgWy4uLmN0eC5pdXNlXSk7XG4gICAgY2FzZSAndmFyaWFibGUtcmVmJzpcbiAgICAgIHJldHVybiB2YXJpYWJsZUl0ZW1zKGN0eCwgZmFsc2UpO1xuICAgIGNhc2UgJ3ZhbHVlJzpcbiAgICAgIHJldHVybiB2YWx1ZUl0ZW1zKGN0eCwgcGxhY2UudmFyaWFibGUsIGN0eC50ZXh0LnNsaWNlKHBsYWNlLnRva2VuLnNwYW4uc3RhcnQsIG9mZnNldCkpO1xuICAgIGNhc2UgJ2NvbW1hbmQnOlxuICAgICAgcmV0dXJuIGNvbW1hbmRJdGVtcyhjdHgsIHBsYWNlLmZuKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIFtdO1xuICB9XG59XG5cbmZ1bmN0aW9uIGVjbGFzc0l0ZW1zKGN0eDogRG9jQ29udGV4dCk6IENvbXBsZXRpb25JdGVtW10ge1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG91dDogQ29tcGxldGlvbkl0ZW1bXSA9IFtdO1xuICBmb3IgKGNvbnN0IHJlcG8gb2YgY3R4LmNoYWluKSB7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIHJlcG8uZWNsYXNzTmFtZXMoKSkge1xuICAgICAgaWYgKHNlZW4uaGFzKG5hbWUpKSBjb250aW51ZTtcbiAgICAgIHNlZW4uYWRkKG5hbWUpO1xuICAgICAgY29uc3QgaW5mbyA9IHJlcG8uZWNsYXNzKG5hbWUpO1xuICAgICAgb3V0LnB1c2goeyBsYWJlbDogbmFtZSwga2luZDogQ29tcGxldGlvbkl0ZW1LaW5kLk1vZHVsZSwgZGV0YWlsOiBpbmZvPy5ibHVyYiA/PyBgJHtyZXBvLm5hbWV9IGVjbGFzc2AsIGRvY3VtZW50YXRpb246IGluZm8gPyBtZChlY2xhc3NNYXJrZG93bihpbmZvKSkgOiB1bmRlZmluZWQgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGZsYWdJdGVtcyhjdHg6IERvY0NvbnRleHQsIGZsYWdzOiBzdHJpbmdbXSk6IENvbXBsZXRpb25JdGVtW10ge1xuICBjb25zdCBjcG4gPSBjcG5PZihjdHgpO1xuICByZXR1cm4gWy4uLm5ldyBTZXQoZmxhZ3MpXS5zb3J0KCkubWFwKChmbGFnKSA9PiB7XG4gICAgY29uc3QgZCA9IGN0eEZsYWdEZXNjcmlwdGlvbihjdHgsIGNwbiwgZmxhZyk7XG4gICAgcmV0dXJuIHsgbGFiZWw6IGZsYWcsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5FbnVtTWVtYmVyLCBkZXRhaWw6ICdVU0UgZmxhZycsIGRvY3VtZW50YXRpb246IGQgPyBtZChkKSA6IHVuZGVmaW5lZCB9O1xuICB9KTtcbn1cblxuZnVuY3Rpb24gY3R4RmxhZ0Rlc2NyaXB0aW9uKGN0eDogRG9jQ29udGV4dCwgY3BuOiBzdHJpbmcgfCB1bmRlZmluZWQsIGZsYWc6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3QgZSBvZiBjdHguZWNsYXNzZXMpIGlmIChlLmluZm8uaXVzZS5pbmNsdWRlcyhmbGFnKSkgcmV0dXJuIGN0eC5jaGFpbi5tYXAoKHIpID0+IHIudXNlRGVzYygpLmdldChmbGFnKSkuZmluZChCb29sZWFuKSA/PyBgYWRkZWQgYnkgJHtlLmluZm8ubmFtZX0uZWNsYXNzYDtcbiAgcmV0dXJuIGtub3dsZWRnZURlc2NyaXB0aW9uKGN0eCwgY3BuLCBmbGFnKTtcbn1cblxuZnVuY3Rpb24ga25vd2xlZGdlRGVzY3JpcHRpb24oY3R4OiBEb2NDb250ZXh0LCBjcG46IHN0cmluZyB8IHVuZGVmaW5lZCwgZmxhZzogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGNwbikge1xuICAgIGNvbnN0IFtjYXQsIHBrZ10gPSBjcG4uc3BsaXQoJy8nKTtcbiAgICBmb3IgKGNvbnN0IHIgb2YgY3R4LmNoYWluKSB7XG4gICAgICBjb25zdCBkID0gci5tZXRhZGF0YShjYXQsIHBrZyk/LmZsYWdzLmdldChmbGFnKSA/PyByLnVzZUxvY2FsRGVzYygpLmdldChjcG4pPy5nZXQoZmxhZyk7XG4gICAgICBpZiAoZCkgcmV0dXJuIGQ7XG4gICAgfVxuICB9XG4gIHJldHVybiBjdHguY2hhaW4ubWFwKChyKSA9PiByLnVzZURlc2MoKS5nZXQoZmxhZykpLmZpbmQoQm9vbGVhbik7XG59XG5cbmZ1bmN0aW9uIHZhcmlhYmxlSXRlbXMoY3R4OiBEb2NDb250ZXh0LCBhc3NpZ246IGJvb2xlYW4pOiBDb21wbGV0aW9uSXRlbVtdIHtcbiAgY29uc3Qgb3V0OiBDb21wbGV0aW9uSXRlbVtdID0gW107XG4gIGZvciAoY29uc3QgdiBvZiBWQVJJQUJMRVMudmFsdWVzKCkpIHtcbiAgICBpZiAoIWF2YWlsYWJsZUluKHYsIGN0eC5lYXBpKSkgY29udGludWU7XG4gICAgaWYgKGFzc2lnbiAmJiB2LmtpbmQgPT09ICdyZWFkb25seScpIGNvbnRpbnVlO1xuICAgIG91dC5wdXNoKHsgbGFiZWw6IHYubmFtZSwga2luZDogYXNzaWduID8gQ29tcGxldGlvbkl0ZW1LaW5kLlByb3BlcnR5IDogQ29tcGxldGlvbkl0ZW1LaW5kLlZhcmlhYmxlLCBkZXRhaWw6IGBQTVMgJHt2LmtpbmR9IHZhcmlhYmxlYCwgZG9jdW1lbnRhdGlvbjogbWQodi5kb2MpLCBpbnNlcnRUZXh0OiBhc3NpZ24gPyBgJHt2Lm5hbWV9PWAgOiB2Lm5hbWUgfSk7XG4gIH1cbiAgZm9yIChjb25zdCBlIG9mIGN0eC5lY2xhc3Nlcykge1xuICAgIGZvciAoY29uc3QgdiBvZiBlLmluZm8udmFyaWFibGVzLnZhbHVlcygpKSB7XG4gICAgICBpZiAodi5pbnRlcm5hbCkgY29udGludWU7XG4gICAgICBvdXQucHVzaCh7IGxhYmVsOiB2Lm5hbWUsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5WYXJpYWJsZSwgZGV0YWlsOiBgJHtlLmluZm8ubmFtZX0uZWNsYXNzYCwgZG9jdW1lbnRhdGlvbjogbWQodmFyaWFibGVNYXJrZG93bihlLmluZm8ubmFtZSwgdikpLCBpbnNlcnRUZXh0OiBhc3NpZ24gPyBgJHt2Lm5hbWV9PWAgOiB2Lm5hbWUgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGNvbW1hbmRJdGVtcyhjdHg6IERvY0NvbnRleHQsIGZuOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBDb21wbGV0aW9uSXRlbVtdIHtcbiAgY29uc3Qgb3V0OiBDb21wbGV0aW9uSXRlbVtdID0gW107XG4gIGlmICghZm4pIHtcbiAgICBvdXQucHVzaCguLi52YXJpYWJsZUl0ZW1zKGN0eCwgdHJ1ZSkpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBwaGFzZXNGb3IoY3R4LmVhcGkpKSB7XG4gICAgICBvdXQucHVzaCh7XG4gICAgICAgIGxhYmVsOiBuYW1lLCBraW5kOiBDb21wbGV0aW9uSXRlbUtpbmQuRXZlbnQsIGRldGFpbDogJ3BoYXNlIGZ1bmN0aW9uJywgZG9jdW1lbnRhdGlvbjogbWQoUEhBU0VTLmdldChuYW1lKT8uZG9jID8/ICcnKSxcbiAgICAgICAgaW5zZXJ0VGV4dDogYCR7bmFtZX0oKSB7XFxuXFx0XFwkezB9XFxufWAsIGluc2VydFRleHRGb3JtYXQ6IEluc2VydFRleHRGb3JtYXQuU25pcHBldCxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBvdXQucHVzaCh7IGxhYmVsOiAnaW5oZXJpdCcsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5LZXl3b3JkLCBkZXRhaWw6ICdsb2FkIGVjbGFzc2VzJywgZG9jdW1lbnRhdGlvbjogbWQoSEVMUEVSUy5nZXQoJ2luaGVyaXQnKT8uZG9jID8/ICcnKSB9KTtcbiAgfVxuICBmb3IgKGNvbnN0IGggb2YgSEVMUEVSUy52YWx1ZXMoKSkge1xuICAgIGlmICghYXZhaWxhYmxlSW4oaCwgY3R4LmVhcGkpKSBjb250aW51ZTtcbiAgICBvdXQucHVzaCh7IGxhYmVsOiBoLm5hbWUsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5GdW5jdGlvbiwgZGV0YWlsOiAnUE1TIGhlbHBlcicsIGRvY3VtZW50YXRpb246IG1kKGguZG9jKSB9KTtcbiAgfVxuICBmb3IgKGNvbnN0IGUgb2YgY3R4LmVjbGFzc2VzKSB7XG4gICAgZm9yIChjb25zdCBmIG9mIGUuaW5mby5mdW5jdGlvbnMudmFsdWVzKCkpIHtcbiAgICAgIGlmIChmLmludGVybmFsKSBjb250aW51ZTtcbiAgICAgIG91dC5wdXNoKHsgbGFiZWw6IGYubmFtZSwga2luZDogQ29tcGxldGlvbkl0ZW1LaW5kLkZ1bmN0aW9uLCBkZXRhaWw6IGAke2UuaW5mby5uYW1lfS5lY2xhc3NgLCBkb2N1bWVudGF0aW9uOiBtZChmdW5jdGlvbk1hcmtkb3duKGUuaW5mby5uYW1lLCBmKSkgfSk7XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgZiBvZiBjdHguZmFjdHMuZnVuY3Rpb25zKSBpZiAoZi5uYW1lICE9PSBmbikgb3V0LnB1c2goeyBsYWJlbDogZi5uYW1lLCBraW5kOiBDb21wbGV0aW9uSXRlbUtpbmQuRnVuY3Rpb24sIGRldGFpbDogJ2RlZmluZWQgaW4gdGhpcyBmaWxlJyB9KTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gdmFsdWVJdGVtcyhjdHg6IERvY0NvbnRleHQsIHZhcmlhYmxlOiBzdHJpbmcsIHRva2VuOiBzdHJpbmcpOiBDb21wbGV0aW9uSXRlbVtdIHtcbiAgaWYgKHZhcmlhYmxlID09PSAnSVVTRScpIHtcbiAgICBjb25zdCBmbGFncyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgciBvZiBjdHguY2hhaW4pIHIudXNlRGVzYygpLmZvckVhY2goKF9kLCBmKSA9PiBmbGFncy5hZGQoZikpO1xuICAgIGNvbnN0IGNwbiA9IGNwbk9mKGN0eCk7XG4gICAgaWYgKGNwbiAmJiBjdHguY2F0ZWdvcnkgJiYgY3R4LnBuKSBmb3IgKGNvbnN0IHIgb2YgY3R4LmNoYWluKSByLm1ldGFkYXRhKGN0eC5jYXRlZ29yeSwgY3R4LnBuKT8uZmxhZ3MuZm9yRWFjaCgoX2QsIGYpID0+IGZsYWdzLmFkZChmKSk7XG4gICAgaWYgKGNwbikgZm9yIChjb25zdCByIG9mIGN0eC5jaGFpbikgci51c2VMb2NhbERlc2MoKS5nZXQoY3BuKT8uZm9yRWFjaCgoX2QsIGYpID0+IGZsYWdzLmFkZChmKSk7XG4gICAgcmV0dXJuIGZsYWdJdGVtcyhjdHgsIFsuLi5mbGFnc10pO1xuICB9XG4gIGlmICh2YXJpYWJsZSA9PT0gJ1JFUVVJUkVEX1VTRScpIHJldHVybiBmbGFnSXRlbXMoY3R4LCBbLi4uY3R4Lml1c2VdKTtcbiAgaWYgKHZhcmlhYmxlID09PSAnTElDRU5TRScpIHtcbiAgICBjb25zdCBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IHIgb2YgY3R4LmNoYWluKSBmb3IgKGNvbnN0IGwgb2Ygci5saWNlbnNlcygpKSBpZiAoIXNlZW4uaGFzKGwpKSBzZWVuLnNldChsLCByLm5hbWUpO1xuICAgIHJldHVybiBbLi4uc2Vlbl0ubWFwKChbbGFiZWwsIHJlcG9dKSA9PiAoeyBsYWJlbCwga2luZDogQ29tcGxldGlvbkl0ZW1LaW5kLlRleHQsIGRldGFpbDogYGxpY2VuY2UgKCR7cmVwb30pYCB9KSk7XG4gIH1cbiAgaWYgKHZhcmlhYmxlID09PSAnS0VZV09SRFMnKSB7XG4gICAgY29uc3QgYXJjaGVzID0gWy4uLm5ldyBTZXQoY3R4LmNoYWluLmZsYXRNYXAoKHIpID0+IFsuLi5yLmFyY2hlcygpXSkpXTtcbiAgICByZXR1cm4gYXJjaGVzLmZsYXRNYXAoKGEpID0+IFtcbiAgICAgIHsgbGFiZWw6IGB+JHthfWAsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5FbnVtTWVtYmVyLCBkZXRhaWw6ICd0ZXN0aW5nIGtleXdvcmQnLCBmaWx0ZXJUZXh0OiBgfiR7YX1gIH0sXG4gICAgICB7IGxhYmVsOiBhLCBraW5kOiBDb21wbGV0aW9uSXRlbUtpbmQuRW51bU1lbWJlciwgZGV0YWlsOiAnc3RhYmxlIGtleXdvcmQnIH0sXG4gICAgXSk7XG4gIH1cbiAgaWYgKERFUEVOREVOQ1lfVkFSSUFCTEVTLmhhcyh2YXJpYWJsZSkpIHJldHVybiBkZXBlbmRlbmN5SXRlbXMoY3R4LCB0b2tlbik7XG4gIHJldHVybiBbXTtcbn1cblxuZnVuY3Rpb24gZGVwZW5kZW5jeUl0ZW1zKGN0eDogRG9jQ29udGV4dCwgdG9rZW46IHN0cmluZyk6IENvbXBsZXRpb25JdGVtW10ge1xuICBjb25zdCBicmFja2V0ID0gdG9rZW4ubGFzdEluZGV4T2YoJ1snKTtcbiAgaWYgKGJyYWNrZXQgPj0gMCAmJiAhdG9rZW4uc2xpY2UoYnJhY2tldCkuaW5jbHVkZXMoJ10nKSkge1xuICAgIGNvbnN0IGF0b20gPSB0b2tlbi5zbGljZSgwLCBicmFja2V0KS5yZXBsYWNlKC9eWyE8Pj1+XSsvLCAnJykucmVwbGFjZSgvLVxcZC4qJC8sICcnKS5yZXBsYWNlKC86LiokLywgJycpO1xuICAgIGNvbnN0IFtjYXQsIHBrZ10gPSBhdG9tLnNwbGl0KCcvJyk7XG4gICAgY29uc3QgZmxhZ3MgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgciBvZiBjdHguY2hhaW4pIHtcbiAgICAgIHIubWV0YWRhdGEoY2F0LCBwa2cpPy5mbGFncy5mb3JFYWNoKChkLCBmKSA9PiBmbGFncy5zZXQoZiwgZCkpO1xuICAgICAgci51c2VMb2NhbERlc2MoKS5nZXQoYXRvbSk/LmZvckVhY2goKGQsIGYpID0+IGZsYWdzLmhhcyhmKSB8fCBmbGFncy5zZXQoZiwgZCkpO1xuICAgIH1cbiAgICBjb25zdCBhbGwgPSBuZXcgU2V0KFsuLi5mbGFncy5rZXlzKCksIC4uLmN0eC5pdXNlXSk7XG4gICAgcmV0dXJuIFsuLi5hbGxdLm1hcCgoZikgPT4gKHsgbGFiZWw6IGYsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5FbnVtTWVtYmVyLCBkZXRhaWw6IGZsYWdzLmhhcyhmKSA/IGBVU0UgZmxhZyBvZiAke2F0b219YCA6ICdVU0UgZmxhZyBvZiB0aGlzIHBhY2thZ2UnLCBkb2N1bWVudGF0aW9uOiBmbGFncy5nZXQoZikgPyBtZChmbGFncy5nZXQoZikgPz8gJycpIDogdW5kZWZpbmVkIH0pKTtcbiAgfVxuICBjb25zdCBiYXJlID0gdG9rZW4ucmVwbGFjZSgvXlshPD49fl0rLywgJycpO1xuICBjb25zdCBzbGFzaCA9IGJhcmUuaW5kZXhPZignLycpO1xuICBpZiAoc2xhc2ggPj0gMCkge1xuICAgIGNvbnN0IGNhdCA9IGJhcmUuc2xpY2UoMCwgc2xhc2gpO1xuICAgIGNvbnN0IHBrZ3MgPSBuZXcgU2V0KGN0eC5jaGFpbi5mbGF0TWFwKChyKSA9PiByLnBhY2thZ2VzKGNhdCkpKTtcbiAgICByZXR1cm4gWy4uLnBrZ3NdLm1hcCgocCkgPT4gKHsgbGFiZWw6IGAke2NhdH0vJHtwfWAsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5Nb2R1bGUsIGRldGFpbDogJ3BhY2thZ2UnLCBpbnNlcnRUZXh0OiBgJHtjYXR9LyR7cH1gIH0pKTtcbiAgfVxuICBjb25zdCBjYXRzID0gbmV3IFNldChjdHguY2hhaW4uZmxhdE1hcCgocikgPT4gci5jYXRlZ29yaWVzKCkpKTtcbiAgY29uc3Qgb3V0OiBDb21wbGV0aW9uSXRlbVtdID0gWy4uLmNhdHNdLm1hcCgoYykgPT4gKHsgbGFiZWw6IGAke2N9L2AsIGtpbmQ6IENvbXBsZXRpb25JdGVtS2luZC5Gb2xkZXIsIGRldGFpbDogJ2NhdGVnb3J5JywgY29tbWFuZDogeyB0aXRsZTogJ3BhY2thZ2VzJywgY29tbWFuZDogJ2VkaXRvci5hY3Rpb24udHJpZ2dlclN1Z2dlc3QnIH0gfSkpO1xuICBmb3IgKGNvbnN0IGYgb2YgY3R4Lml1c2UpIG91dC5wdXNoKHsgbGFiZWw6IGAke2Z9PyAoIClgLCBraW5kOiBDb21wbGV0aW9uSXRlbUtpbmQuU25pcHBldCwgZGV0YWlsOiAnVVNFLWNvbmRpdGlvbmFsIGdyb3VwJywgaW5zZXJ0VGV4dDogYCR7Zn0/ICggKWAgfSk7XG4gIHJldHVybiBvdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EsbUNBQTJGO0FBRTNGLDJCQUFxQztBQUNyQyx3QkFBa0M7QUFDbEMsdUJBQW1FO0FBRW5FLGlCQUF5RjtBQUV6RixNQUFNLEtBQUssQ0FBQyxXQUFtQixFQUFFLE1BQU0sd0NBQVcsVUFBVSxNQUFNO0FBRTNELFNBQVMsU0FBUyxLQUFpQixLQUFtQixRQUFrQztBQUM3RixRQUFNLFlBQVEsOEJBQVEsS0FBSyxNQUFNO0FBQ2pDLFFBQU0sUUFBUSxTQUFTLEtBQUssT0FBTyxNQUFNO0FBQ3pDLFFBQU0sT0FBTyxZQUFZLEtBQUssT0FBTyxNQUFNO0FBQzNDLFFBQU0sUUFBUSxFQUFFLE9BQU8sSUFBSSxXQUFXLEtBQUssS0FBSyxHQUFHLEtBQUssSUFBSSxXQUFXLE1BQU0sRUFBRTtBQUMvRSxTQUFPLE1BQU0sSUFBSSxDQUFDLE1BQU8sRUFBRSxxQkFBcUIsOENBQWlCLFVBQVUsSUFBSSxFQUFFLEdBQUcsR0FBRyxVQUFVLHNDQUFTLFFBQVEsT0FBTyxFQUFFLGNBQWMsRUFBRSxLQUFLLEVBQUUsQ0FBRTtBQUN0SjtBQUdBLFNBQVMsWUFBWSxLQUFpQixPQUFvQixRQUFzQjtBQUM5RSxRQUFNLFNBQVMsSUFBSSxLQUFLLE1BQU0sS0FBSyxJQUFJLEdBQUcsU0FBUyxHQUFHLEdBQUcsTUFBTTtBQUMvRCxNQUFJLE1BQU0sYUFBYSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUs7QUFDNUMsTUFBSSxNQUFNLFNBQVMsU0FBUztBQUMxQixRQUFJLE1BQU0sYUFBYSxXQUFZLE9BQU0sWUFBWSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUs7QUFBQSxhQUNqRSxnQ0FBcUIsSUFBSSxNQUFNLFFBQVEsRUFBRyxPQUFNLGNBQWMsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLO0FBQUEsYUFDbkYsTUFBTSxhQUFhLFVBQVcsT0FBTSxJQUFJLFFBQVEsVUFBVSxFQUFFO0FBQUEsRUFDdkU7QUFDQSxTQUFPLEVBQUUsT0FBTyxTQUFTLElBQUksUUFBUSxLQUFLLE9BQU87QUFDbkQ7QUFFQSxTQUFTLFNBQVMsS0FBaUIsT0FBb0IsUUFBa0M7QUFDdkYsVUFBUSxNQUFNLE1BQU07QUFBQSxJQUNsQixLQUFLO0FBQ0gsYUFBTyxZQUFZLEdBQUc7QUFBQSxJQUN4QixLQUFLO0FBQ0gsYUFBTyxVQUFVLEtBQUssQ0FBQyxHQUFHLElBQUksSUFBSSxDQUFDO0FBQUEsSUFDckMsS0FBSztBQUNILGFBQU8sY0FBYyxLQUFLLEtBQUs7QUFBQSxJQUNqQyxLQUFLO0FBQ0gsYUFBTyxXQUFXLEtBQUssTUFBTSxVQUFVLElBQUksS0FBSyxNQUFNLE1BQU0sTUFBTSxLQUFLLE9BQU8sTUFBTSxDQUFDO0FBQUEsSUFDdkYsS0FBSztBQUNILGFBQU8sYUFBYSxLQUFLLE1BQU0sRUFBRTtBQUFBLElBQ25DO0FBQ0UsYUFBTyxDQUFDO0FBQUEsRUFDWjtBQUNGO0FBRUEsU0FBUyxZQUFZLEtBQW1DO0FBQ3RELFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sTUFBd0IsQ0FBQztBQUMvQixhQUFXLFFBQVEsSUFBSSxPQUFPO0FBQzVCLGVBQVcsUUFBUSxLQUFLLFlBQVksR0FBRztBQUNyQyxVQUFJLEtBQUssSUFBSSxJQUFJLEVBQUc7QUFDcEIsV0FBSyxJQUFJLElBQUk7QUFDYixZQUFNLE9BQU8sS0FBSyxPQUFPLElBQUk7QUFDN0IsVUFBSSxLQUFLLEVBQUUsT0FBTyxNQUFNLE1BQU0sZ0RBQW1CLFFBQVEsUUFBUSxNQUFNLFNBQVMsR0FBRyxLQUFLLElBQUksV0FBVyxlQUFlLE9BQU8sT0FBRyxpQ0FBZSxJQUFJLENBQUMsSUFBSSxPQUFVLENBQUM7QUFBQSxJQUNySztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFVBQVUsS0FBaUIsT0FBbUM7QUFDckUsUUFBTSxVQUFNLHlCQUFNLEdBQUc7QUFDckIsU0FBTyxDQUFDLEdBQUcsSUFBSSxJQUFJLEtBQUssQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsU0FBUztBQUM5QyxVQUFNLElBQUksbUJBQW1CLEtBQUssS0FBSyxJQUFJO0FBQzNDLFdBQU8sRUFBRSxPQUFPLE1BQU0sTUFBTSxnREFBbUIsWUFBWSxRQUFRLFlBQVksZUFBZSxJQUFJLEdBQUcsQ0FBQyxJQUFJLE9BQVU7QUFBQSxFQUN0SCxDQUFDO0FBQ0g7QUFFQSxTQUFTLG1CQUFtQixLQUFpQixLQUF5QixNQUFrQztBQUN0RyxhQUFXLEtBQUssSUFBSSxTQUFVLEtBQUksRUFBRSxLQUFLLEtBQUssU0FBUyxJQUFJLEVBQUcsUUFBTyxJQUFJLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsSUFBSSxJQUFJLENBQUMsRUFBRSxLQUFLLE9BQU8sS0FBSyxZQUFZLEVBQUUsS0FBSyxJQUFJO0FBQ3pKLFNBQU8scUJBQXFCLEtBQUssS0FBSyxJQUFJO0FBQzVDO0FBRUEsU0FBUyxxQkFBcUIsS0FBaUIsS0FBeUIsTUFBa0M7QUFDeEcsTUFBSSxLQUFLO0FBQ1AsVUFBTSxDQUFDLEtBQUssR0FBRyxJQUFJLElBQUksTUFBTSxHQUFHO0FBQ2hDLGVBQVcsS0FBSyxJQUFJLE9BQU87QUFDekIsWUFBTSxJQUFJLEVBQUUsU0FBUyxLQUFLLEdBQUcsR0FBRyxNQUFNLElBQUksSUFBSSxLQUFLLEVBQUUsYUFBYSxFQUFFLElBQUksR0FBRyxHQUFHLElBQUksSUFBSTtBQUN0RixVQUFJLEVBQUcsUUFBTztBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxFQUFFLElBQUksSUFBSSxDQUFDLEVBQUUsS0FBSyxPQUFPO0FBQ2pFO0FBRUEsU0FBUyxjQUFjLEtBQWlCLFFBQW1DO0FBQ3pFLFFBQU0sTUFBd0IsQ0FBQztBQUMvQixhQUFXLEtBQUsscUJBQVUsT0FBTyxHQUFHO0FBQ2xDLFFBQUksS0FBQyx3QkFBWSxHQUFHLElBQUksSUFBSSxFQUFHO0FBQy9CLFFBQUksVUFBVSxFQUFFLFNBQVMsV0FBWTtBQUNyQyxRQUFJLEtBQUssRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLFNBQVMsZ0RBQW1CLFdBQVcsZ0RBQW1CLFVBQVUsUUFBUSxPQUFPLEVBQUUsSUFBSSxhQUFhLGVBQWUsR0FBRyxFQUFFLEdBQUcsR0FBRyxZQUFZLFNBQVMsR0FBRyxFQUFFLElBQUksTUFBTSxFQUFFLEtBQUssQ0FBQztBQUFBLEVBQzlNO0FBQ0EsYUFBVyxLQUFLLElBQUksVUFBVTtBQUM1QixlQUFXLEtBQUssRUFBRSxLQUFLLFVBQVUsT0FBTyxHQUFHO0FBQ3pDLFVBQUksRUFBRSxTQUFVO0FBQ2hCLFVBQUksS0FBSyxFQUFFLE9BQU8sRUFBRSxNQUFNLE1BQU0sZ0RBQW1CLFVBQVUsUUFBUSxHQUFHLEVBQUUsS0FBSyxJQUFJLFdBQVcsZUFBZSxPQUFHLG1DQUFpQixFQUFFLEtBQUssTUFBTSxDQUFDLENBQUMsR0FBRyxZQUFZLFNBQVMsR0FBRyxFQUFFLElBQUksTUFBTSxFQUFFLEtBQUssQ0FBQztBQUFBLElBQ2pNO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxLQUFpQixJQUEwQztBQUMvRSxRQUFNLE1BQXdCLENBQUM7QUFDL0IsTUFBSSxDQUFDLElBQUk7QUFDUCxRQUFJLEtBQUssR0FBRyxjQUFjLEtBQUssSUFBSSxDQUFDO0FBQ3BDLGVBQVcsWUFBUSxzQkFBVSxJQUFJLElBQUksR0FBRztBQUN0QyxVQUFJLEtBQUs7QUFBQSxRQUNQLE9BQU87QUFBQSxRQUFNLE1BQU0sZ0RBQW1CO0FBQUEsUUFBTyxRQUFRO0FBQUEsUUFBa0IsZUFBZSxHQUFHLGtCQUFPLElBQUksSUFBSSxHQUFHLE9BQU8sRUFBRTtBQUFBLFFBQ3BILFlBQVksR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBLFFBQW9CLGtCQUFrQiw4Q0FBaUI7QUFBQSxNQUM1RSxDQUFDO0FBQUEsSUFDSDtBQUNBLFFBQUksS0FBSyxFQUFFLE9BQU8sV0FBVyxNQUFNLGdEQUFtQixTQUFTLFFBQVEsaUJBQWlCLGVBQWUsR0FBRyxtQkFBUSxJQUFJLFNBQVMsR0FBRyxPQUFPLEVBQUUsRUFBRSxDQUFDO0FBQUEsRUFDaEo7QUFDQSxhQUFXLEtBQUssbUJBQVEsT0FBTyxHQUFHO0FBQ2hDLFFBQUksS0FBQyx3QkFBWSxHQUFHLElBQUksSUFBSSxFQUFHO0FBQy9CLFFBQUksS0FBSyxFQUFFLE9BQU8sRUFBRSxNQUFNLE1BQU0sZ0RBQW1CLFVBQVUsUUFBUSxjQUFjLGVBQWUsR0FBRyxFQUFFLEdBQUcsRUFBRSxDQUFDO0FBQUEsRUFDL0c7QUFDQSxhQUFXLEtBQUssSUFBSSxVQUFVO0FBQzVCLGVBQVcsS0FBSyxFQUFFLEtBQUssVUFBVSxPQUFPLEdBQUc7QUFDekMsVUFBSSxFQUFFLFNBQVU7QUFDaEIsVUFBSSxLQUFLLEVBQUUsT0FBTyxFQUFFLE1BQU0sTUFBTSxnREFBbUIsVUFBVSxRQUFRLEdBQUcsRUFBRSxLQUFLLElBQUksV0FBVyxlQUFlLE9BQUcsbUNBQWlCLEVBQUUsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUNySjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssSUFBSSxNQUFNLFVBQVcsS0FBSSxFQUFFLFNBQVMsR0FBSSxLQUFJLEtBQUssRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLGdEQUFtQixVQUFVLFFBQVEsdUJBQXVCLENBQUM7QUFDckosU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLEtBQWlCLFVBQWtCLE9BQWlDO0FBQ3RGLE1BQUksYUFBYSxRQUFRO0FBQ3ZCLFVBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLGVBQVcsS0FBSyxJQUFJLE1BQU8sR0FBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLElBQUksTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3RFLFVBQU0sVUFBTSx5QkFBTSxHQUFHO0FBQ3JCLFFBQUksT0FBTyxJQUFJLFlBQVksSUFBSSxHQUFJLFlBQVcsS0FBSyxJQUFJLE1BQU8sR0FBRSxTQUFTLElBQUksVUFBVSxJQUFJLEVBQUUsR0FBRyxNQUFNLFFBQVEsQ0FBQyxJQUFJLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNySSxRQUFJLElBQUssWUFBVyxLQUFLLElBQUksTUFBTyxHQUFFLGFBQWEsRUFBRSxJQUFJLEdBQUcsR0FBRyxRQUFRLENBQUMsSUFBSSxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDOUYsV0FBTyxVQUFVLEtBQUssQ0FBQyxHQUFHLEtBQUssQ0FBQztBQUFBLEVBQ2xDO0FBQ0EsTUFBSSxhQUFhLGVBQWdCLFFBQU8sVUFBVSxLQUFLLENBQUMsR0FBRyxJQUFJLElBQUksQ0FBQztBQUNwRSxNQUFJLGFBQWEsV0FBVztBQUMxQixVQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsZUFBVyxLQUFLLElBQUksTUFBTyxZQUFXLEtBQUssRUFBRSxTQUFTLEVBQUcsS0FBSSxDQUFDLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxJQUFJLEdBQUcsRUFBRSxJQUFJO0FBQzdGLFdBQU8sQ0FBQyxHQUFHLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxPQUFPLElBQUksT0FBTyxFQUFFLE9BQU8sTUFBTSxnREFBbUIsTUFBTSxRQUFRLFlBQVksSUFBSSxJQUFJLEVBQUU7QUFBQSxFQUNqSDtBQUNBLE1BQUksYUFBYSxZQUFZO0FBQzNCLFVBQU0sU0FBUyxDQUFDLEdBQUcsSUFBSSxJQUFJLElBQUksTUFBTSxRQUFRLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDckUsV0FBTyxPQUFPLFFBQVEsQ0FBQyxNQUFNO0FBQUEsTUFDM0IsRUFBRSxPQUFPLElBQUksQ0FBQyxJQUFJLE1BQU0sZ0RBQW1CLFlBQVksUUFBUSxtQkFBbUIsWUFBWSxJQUFJLENBQUMsR0FBRztBQUFBLE1BQ3RHLEVBQUUsT0FBTyxHQUFHLE1BQU0sZ0RBQW1CLFlBQVksUUFBUSxpQkFBaUI7QUFBQSxJQUM1RSxDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksZ0NBQXFCLElBQUksUUFBUSxFQUFHLFFBQU8sZ0JBQWdCLEtBQUssS0FBSztBQUN6RSxTQUFPLENBQUM7QUFDVjtBQUVBLFNBQVMsZ0JBQWdCLEtBQWlCLE9BQWlDO0FBQ3pFLFFBQU0sVUFBVSxNQUFNLFlBQVksR0FBRztBQUNyQyxNQUFJLFdBQVcsS0FBSyxDQUFDLE1BQU0sTUFBTSxPQUFPLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDdkQsVUFBTSxPQUFPLE1BQU0sTUFBTSxHQUFHLE9BQU8sRUFBRSxRQUFRLGFBQWEsRUFBRSxFQUFFLFFBQVEsVUFBVSxFQUFFLEVBQUUsUUFBUSxRQUFRLEVBQUU7QUFDdEcsVUFBTSxDQUFDLEtBQUssR0FBRyxJQUFJLEtBQUssTUFBTSxHQUFHO0FBQ2pDLFVBQU0sUUFBUSxvQkFBSSxJQUFvQjtBQUN0QyxlQUFXLEtBQUssSUFBSSxPQUFPO0FBQ3pCLFFBQUUsU0FBUyxLQUFLLEdBQUcsR0FBRyxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQzdELFFBQUUsYUFBYSxFQUFFLElBQUksSUFBSSxHQUFHLFFBQVEsQ0FBQyxHQUFHLE1BQU0sTUFBTSxJQUFJLENBQUMsS0FBSyxNQUFNLElBQUksR0FBRyxDQUFDLENBQUM7QUFBQSxJQUMvRTtBQUNBLFVBQU0sTUFBTSxvQkFBSSxJQUFJLENBQUMsR0FBRyxNQUFNLEtBQUssR0FBRyxHQUFHLElBQUksSUFBSSxDQUFDO0FBQ2xELFdBQU8sQ0FBQyxHQUFHLEdBQUcsRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLE9BQU8sR0FBRyxNQUFNLGdEQUFtQixZQUFZLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxlQUFlLElBQUksS0FBSyw0QkFBNEIsZUFBZSxNQUFNLElBQUksQ0FBQyxJQUFJLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksT0FBVSxFQUFFO0FBQUEsRUFDN047QUFDQSxRQUFNLE9BQU8sTUFBTSxRQUFRLGFBQWEsRUFBRTtBQUMxQyxRQUFNLFFBQVEsS0FBSyxRQUFRLEdBQUc7QUFDOUIsTUFBSSxTQUFTLEdBQUc7QUFDZCxVQUFNLE1BQU0sS0FBSyxNQUFNLEdBQUcsS0FBSztBQUMvQixVQUFNLE9BQU8sSUFBSSxJQUFJLElBQUksTUFBTSxRQUFRLENBQUMsTUFBTSxFQUFFLFNBQVMsR0FBRyxDQUFDLENBQUM7QUFDOUQsV0FBTyxDQUFDLEdBQUcsSUFBSSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksTUFBTSxnREFBbUIsUUFBUSxRQUFRLFdBQVcsWUFBWSxHQUFHLEdBQUcsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUFBLEVBQ3ZJO0FBQ0EsUUFBTSxPQUFPLElBQUksSUFBSSxJQUFJLE1BQU0sUUFBUSxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUMsQ0FBQztBQUM3RCxRQUFNLE1BQXdCLENBQUMsR0FBRyxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEdBQUcsQ0FBQyxLQUFLLE1BQU0sZ0RBQW1CLFFBQVEsUUFBUSxZQUFZLFNBQVMsRUFBRSxPQUFPLFlBQVksU0FBUywrQkFBK0IsRUFBRSxFQUFFO0FBQ3JNLGFBQVcsS0FBSyxJQUFJLEtBQU0sS0FBSSxLQUFLLEVBQUUsT0FBTyxHQUFHLENBQUMsU0FBUyxNQUFNLGdEQUFtQixTQUFTLFFBQVEseUJBQXlCLFlBQVksR0FBRyxDQUFDLFFBQVEsQ0FBQztBQUNySixTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
