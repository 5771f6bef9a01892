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
var hover_exports = {};
__export(hover_exports, {
  flagDescription: () => flagDescription,
  hoverAt: () => hoverAt
});
module.exports = __toCommonJS(hover_exports);
var import_node_fs = require("node:fs");
var import_cursorContext = require("./cursorContext");
var import_docContext = require("./docContext");
var import_eclassDoc = require("./eclassDoc");
var import_pms = require("./pms");
var import_depString = require("./depString");
function hoverAt(ctx, offset) {
  const place = (0, import_cursorContext.placeAt)(ctx, offset);
  switch (place.kind) {
    case "inherit": {
      if (!place.word) return void 0;
      const e = ctx.chain.map((r) => r.eclass(place.word?.text ?? "")).find(Boolean);
      return e ? { markdown: (0, import_eclassDoc.eclassMarkdown)(e), span: place.word.span } : void 0;
    }
    case "use-arg":
      return place.word ? flagHover(ctx, place.word.text.replace(/^!/, ""), place.word.span) : void 0;
    case "command":
      return functionHover(ctx, place.word.text, place.word.span);
    case "command-arg":
      return functionHover(ctx, place.word.text, place.word.span);
    case "variable-ref":
      return variableHover(ctx, place.word.text, place.word.span);
    case "value":
      return valueHover(ctx, place.variable, place.token.text, place.token.span);
    default:
      return void 0;
  }
}
function functionHover(ctx, name, span) {
  const e = (0, import_docContext.eclassFunction)(ctx, name);
  if (e) return { markdown: (0, import_eclassDoc.functionMarkdown)(e.info.name, e.fn), span };
  if (ctx.kind === "eclass") {
    const self = ctx.repo?.eclass(ctx.path.replace(/^.*\//, "").replace(/\.eclass$/, ""));
    const f = self?.functions.get(name);
    if (self && f) return { markdown: (0, import_eclassDoc.functionMarkdown)(self.name, f), span };
  }
  const h = import_pms.HELPERS.get(name);
  if (h) return { markdown: `\`\`\`bash
${name}
\`\`\`

*PMS helper*

${h.doc}`, span };
  const p = import_pms.PHASES.get(name);
  if (p) return { markdown: `\`${name}\` \u2014 *phase function${p.since ? `, EAPI ${p.since}+` : ""}*

${p.doc}`, span };
  return void 0;
}
function variableHover(ctx, name, span) {
  const e = (0, import_docContext.eclassVariable)(ctx, name);
  if (e) return { markdown: (0, import_eclassDoc.variableMarkdown)(e.info.name, e.variable), span };
  const v = import_pms.VARIABLES.get(name);
  if (v) return { markdown: `\`${name}\` \u2014 *PMS ${v.kind} variable*

${v.doc}`, span };
  return void 0;
}
function flagDescription(ctx, flag) {
  const cpn = (0, import_docContext.cpnOf)(ctx);
  if (cpn && ctx.category && ctx.pn) {
    for (const r of ctx.chain) {
      const d = r.metadata(ctx.category, ctx.pn)?.flags.get(flag) ?? r.useLocalDesc().get(cpn)?.get(flag);
      if (d) return d;
    }
  }
  const global = ctx.chain.map((r) => r.useDesc().get(flag)).find(Boolean);
  if (global) return global;
  const from = ctx.eclasses.find((e) => e.info.iuse.includes(flag));
  return from ? `added to IUSE by ${from.info.name}.eclass` : void 0;
}
function flagHover(ctx, flag, span) {
  const d = flagDescription(ctx, flag);
  return d ? { markdown: `**USE flag \`${flag}\`**

${d}`, span } : { markdown: `**USE flag \`${flag}\`** \u2014 no description in metadata.xml, use.local.desc or use.desc`, span };
}
function valueHover(ctx, variable, token, span) {
  const bare = token.replace(/^[+!-]/, "").replace(/\?$/, "");
  if (variable === "IUSE" || variable === "REQUIRED_USE") return /^[\w@][\w+@.-]*$/.test(bare) ? flagHover(ctx, bare, span) : void 0;
  if (variable === "LICENSE") {
    if (token.endsWith("?")) return flagHover(ctx, bare, span);
    for (const r of ctx.chain) {
      if (!r.licenses().has(token)) continue;
      let first = "";
      try {
        first = (0, import_node_fs.readFileSync)(r.licensePath(token), "utf8").split("\n").find((l) => l.trim())?.trim() ?? "";
      } catch {
      }
      return { markdown: `**Licence \`${token}\`** (${r.name}: licenses/${token})${first ? `

${first}` : ""}`, span };
    }
    return void 0;
  }
  if (import_pms.DEPENDENCY_VARIABLES.has(variable)) {
    if (token.endsWith("?")) return flagHover(ctx, bare, span);
    const flags = (0, import_depString.useDepFlags)(token);
    if (flags.length) return { markdown: flags.map((f) => `- \`${f.flag}\`${f.conditional ? ` (this package: ${flagDescription(ctx, f.flag) ?? "no description"})` : ""}`).join("\n"), span };
  }
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  flagDescription,
  hoverAt
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9ob3Zlci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBIb3ZlcjogZWNsYXNzIGZ1bmN0aW9uIGFuZCB2YXJpYWJsZSBkb2NzLCBQTVMgaGVscGVyL3BoYXNlL3ZhcmlhYmxlIGRvY3MsIFVTRSBmbGFnIGRlc2NyaXB0aW9uc1xuICogYW5kIGxpY2VuY2UgbmFtZXMsIGFzIE1hcmtkb3duLlxuICovXG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHBsYWNlQXQgfSBmcm9tICcuL2N1cnNvckNvbnRleHQnO1xuaW1wb3J0IHsgY3BuT2YsIERvY0NvbnRleHQsIGVjbGFzc0Z1bmN0aW9uLCBlY2xhc3NWYXJpYWJsZSB9IGZyb20gJy4vZG9jQ29udGV4dCc7XG5pbXBvcnQgeyBlY2xhc3NNYXJrZG93biwgZnVuY3Rpb25NYXJrZG93biwgdmFyaWFibGVNYXJrZG93biB9IGZyb20gJy4vZWNsYXNzRG9jJztcbmltcG9ydCB7IERFUEVOREVOQ1lfVkFSSUFCTEVTLCBIRUxQRVJTLCBQSEFTRVMsIFZBUklBQkxFUyB9IGZyb20gJy4vcG1zJztcbmltcG9ydCB7IFNwYW4gfSBmcm9tICcuL3BhcnNlJztcbmltcG9ydCB7IHVzZURlcEZsYWdzIH0gZnJvbSAnLi9kZXBTdHJpbmcnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEhvdmVyUmVzdWx0IHsgbWFya2Rvd246IHN0cmluZzsgc3BhbjogU3BhbiB9XG5cbmV4cG9ydCBmdW5jdGlvbiBob3ZlckF0KGN0eDogRG9jQ29udGV4dCwgb2Zmc2V0OiBudW1iZXIpOiBIb3ZlclJlc3VsdCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHBsYWNlID0gcGxhY2VBdChjdHgsIG9mZnNldCk7XG4gIHN3aXRjaCAocGxhY2Uua2luZCkge1xuICAgIGNhc2UgJ2luaGVyaXQnOiB7XG4gICAgICBpZiAoIXBsYWNlLndvcmQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBlID0gY3R4LmNoYWluLm1hcCgocikgPT4gci5lY2xhc3MocGxhY2Uud29yZD8udGV4dCA/PyAnJykpLmZpbmQoQm9vbGVhbik7XG4gICAgICByZXR1cm4gZSA/IHsgbWFya2Rvd246IGVjbGFzc01hcmtkb3duKGUpLCBzcGFuOiBwbGFjZS53b3JkLnNwYW4gfSA6IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgY2FzZSAndXNlLWFyZyc6XG4gICAgICByZXR1cm4gcGxhY2Uud29yZCA/IGZsYWdIb3ZlcihjdHgsIHBsYWNlLndvcmQudGV4dC5yZXBsYWNlKC9eIS8sICcnKSwgcGxhY2Uud29yZC5zcGFuKSA6IHVuZGVmaW5lZDtcbiAgICBjYXNlICdjb21tYW5kJzpcbiAgICAgIHJldHVybiBmdW5jdGlvbkhvdmVyKGN0eCwgcGxhY2Uud29yZC50ZXh0LCBwbGFjZS53b3JkLnNwYW4pO1xuICAgIGNhc2UgJ2NvbW1hbmQtYXJnJzpcbiAgICAgIHJldHVybiBmdW5jdGlvbkhvdmVyKGN0eCwgcGxhY2Uud29yZC50ZXh0LCBwbGFjZS53b3JkLnNwYW4pO1xuICAgIGNhc2UgJ3ZhcmlhYmxlLXJlZic6XG4gICAgICByZXR1cm4gdmFyaWFibGVIb3ZlcihjdHgsIHBsYWNlLndvcmQudGV4dCwgcGxhY2Uud29yZC5zcGFuKTtcbiAgICBjYXNlICd2YWx1ZSc6XG4gICAgICByZXR1cm4gdmFsdWVIb3ZlcihjdHgsIHBsYWNlLnZhcmlhYmxlLCBwbGFjZS50b2tlbi50ZXh0LCBwbGFjZS50b2tlbi5zcGFuKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG5mdW5jdGlvbiBmdW5jdGlvbkhvdmVyKGN0eDogRG9jQ29udGV4dCwgbmFtZTogc3RyaW5nLCBzcGFuOiBTcGFuKTogSG92ZXJSZXN1bHQgfCB1bmRlZmluZWQge1xuICBjb25zdCBlID0gZWNsYXNzRnVuY3Rpb24oY3R4LCBuYW1lKTtcbiAgaWYgKGUpIHJldHVybiB7IG1hcmtkb3duOiBmdW5jdGlvbk1hcmtkb3duKGUuaW5mby5uYW1lLCBlLmZuKSwgc3BhbiB9O1xuICBpZiAoY3R4LmtpbmQgPT09ICdlY2xhc3MnKSB7XG4gICAgY29uc3Qgc2VsZiA9IGN0eC5yZXBvPy5lY2xhc3MoY3R4LnBhdGgucmVwbGFjZSgvXi4qXFwvLywgJycpLnJlcGxhY2UoL1xcLmVjbGFzcyQvLCAnJykpO1xuICAgIGNvbnN0IGYgPSBzZWxmPy5mdW5jdGlvbnMuZ2V0KG5hbWUpO1xuICAgIGlmIChzZWxmICYmIGYpIHJldHVybiB7IG1hcmtkb3duOiBmdW5jdGlvbk1hcmtkb3duKHNlbGYubmFtZSwgZiksIHNwYW4gfTtcbiAgfVxuICBjb25zdCBoID0gSEVMUEVSUy5nZXQobmFtZSk7XG4gIGlmIChoKSByZXR1cm4geyBtYXJrZG93bjogYFxcYFxcYFxcYGJhc2hcXG4ke25hbWV9XFxuXFxgXFxgXFxgXFxuXFxuKlBNUyBoZWxwZXIqXFxuXFxuJHtoLmRvY31gLCBzcGFuIH07XG4gIGNvbnN0IHAgPSBQSEFTRVMuZ2V0KG5hbWUpO1xuICBpZiAocCkgcmV0dXJuIHsgbWFya2Rvd246IGBcXGAke25hbWV9XFxgIFx1MjAxNCAqcGhhc2UgZnVuY3Rpb24ke3Auc2luY2UgPyBgLCBFQVBJICR7cC5zaW5jZX0rYCA6ICcnfSpcXG5cXG4ke3AuZG9jfWAsIHNwYW4gfTtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gdmFyaWFibGVIb3ZlcihjdHg6IERvY0NvbnRleHQsIG5hbWU6IHN0cmluZywgc3BhbjogU3Bhbik6IEhvdmVyUmVzdWx0IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZSA9IGVjbGFzc1ZhcmlhYmxlKGN0eCwgbmFtZSk7XG4gIGlmIChlKSByZXR1cm4geyBtYXJrZG93bjogdmFyaWFibGVNYXJrZG93bihlLmluZm8ubmFtZSwgZS52YXJpYWJsZSksIHNwYW4gfTtcbiAgY29uc3QgdiA9IFZBUklBQkxFUy5nZXQobmFtZSk7XG4gIGlmICh2KSByZXR1cm4geyBtYXJrZG93bjogYFxcYCR7bmFtZX1cXGAgXHUyMDE0ICpQTVMgJHt2LmtpbmR9IHZhcmlhYmxlKlxcblxcbiR7di5kb2N9YCwgc3BhbiB9O1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZmxhZ0Rlc2NyaXB0aW9uKGN0eDogRG9jQ29udGV4dCwgZmxhZzogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3BuID0gY3BuT2YoY3R4KTtcbiAgaWYgKGNwbiAmJiBjdHguY2F0ZWdvcnkgJiYgY3R4LnBuKSB7XG4gICAgZm9yIChjb25zdCByIG9mIGN0eC5jaGFpbikge1xuICAgICAgY29uc3QgZCA9IHIubWV0YWRhdGEoY3R4LmNhdGVnb3J5LCBjdHgucG4pPy5mbGFncy5nZXQoZmxhZykgPz8gci51c2VMb2NhbERlc2MoKS5nZXQoY3BuKT8uZ2V0KGZsYWcpO1xuICAgICAgaWYgKGQpIHJldHVybiBkO1xuICAgIH1cbiAgfVxuICBjb25zdCBnbG9iYWwgPSBjdHguY2hhaW4ubWFwKChyKSA9PiByLnVzZURlc2MoKS5nZXQoZmxhZykpLmZpbmQoQm9vbGVhbik7XG4gIGlmIChnbG9iYWwpIHJldHVybiBnbG9iYWw7XG4gIGNvbnN0IGZyb20gPSBjdHguZWNsYXNzZXMuZmluZCgoZSkgPT4gZS5pbmZvLml1c2UuaW5jbHVkZXMoZmxhZykpO1xuICByZXR1cm4gZnJvbSA/IGBhZGRlZCB0byBJVVNFIGJ5ICR7ZnJvbS5pbmZvLm5hbWV9LmVjbGFzc2AgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGZsYWdIb3ZlcihjdHg6IERvY0NvbnRleHQsIGZsYWc6IHN0cmluZywgc3BhbjogU3Bhbik6IEhvdmVyUmVzdWx0IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZCA9IGZsYWdEZXNjcmlwdGlvbihjdHgsIGZsYWcpO1xuICByZXR1cm4gZCA/IHsgbWFya2Rvd246IGAqKlVTRSBmbGFnIFxcYCR7ZmxhZ31cXGAqKlxcblxcbiR7ZH1gLCBzcGFuIH0gOiB7IG1hcmtkb3duOiBgKipVU0UgZmxhZyBcXGAke2ZsYWd9XFxgKiogXHUyMDE0IG5vIGRlc2NyaXB0aW9uIGluIG1ldGFkYXRhLnhtbCwgdXNlLmxvY2FsLmRlc2Mgb3IgdXNlLmRlc2NgLCBzcGFuIH07XG59XG5cbmZ1bmN0aW9uIHZhbHVlSG92ZXIoY3R4OiBEb2NDb250ZXh0LCB2YXJpYWJsZTogc3RyaW5nLCB0b2tlbjogc3RyaW5nLCBzcGFuOiBTcGFuKTogSG92ZXJSZXN1bHQgfCB1bmRlZmluZWQge1xuICBjb25zdCBiYXJlID0gdG9rZW4ucmVwbGFjZSgvXlsrIS1dLywgJycpLnJlcGxhY2UoL1xcPyQvLCAnJyk7XG4gIGlmICh2YXJpYWJsZSA9PT0gJ0lVU0UnIHx8IHZhcmlhYmxlID09PSAnUkVRVUlSRURfVVNFJykgcmV0dXJuIC9eW1xcd0BdW1xcdytALi1dKiQvLnRlc3QoYmFyZSkgPyBmbGFnSG92ZXIoY3R4LCBiYXJlLCBzcGFuKSA6IHVuZGVmaW5lZDtcbiAgaWYgKHZhcmlhYmxlID09PSAnTElDRU5TRScpIHtcbiAgICBpZiAodG9rZW4uZW5kc1dpdGgoJz8nKSkgcmV0dXJuIGZsYWdIb3ZlcihjdHgsIGJhcmUsIHNwYW4pO1xuICAgIGZvciAoY29uc3QgciBvZiBjdHguY2hhaW4pIHtcbiAgICAgIGlmICghci5saWNlbnNlcygpLmhhcyh0b2tlbikpIGNvbnRpbnVlO1xuICAgICAgbGV0IGZpcnN0ID0gJyc7XG4gICAgICB0cnkge1xuICAgICAgICBmaXJzdCA9IHJlYWRGaWxlU3luYyhyLmxpY2Vuc2VQYXRoKHRva2VuKSwgJ3V0ZjgnKS5zcGxpdCgnXFxuJykuZmluZCgobCkgPT4gbC50cmltKCkpPy50cmltKCkgPz8gJyc7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLyogdW5yZWFkYWJsZSBsaWNlbmNlIGZpbGU6IHNob3cgdGhlIG5hbWUgb25seSAqL1xuICAgICAgfVxuICAgICAgcmV0dXJuIHsgbWFya2Rvd246IGAqKkxpY2VuY2UgXFxgJHt0b2tlbn1cXGAqKiAoJHtyLm5hbWV9OiBsaWNlbnNlcy8ke3Rva2VufSkke2ZpcnN0ID8gYFxcblxcbiR7Zmlyc3R9YCA6ICcnfWAsIHNwYW4gfTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICBpZiAoREVQRU5ERU5DWV9WQVJJQUJMRVMuaGFzKHZhcmlhYmxlKSkge1xuICAgIGlmICh0b2tlbi5lbmRzV2l0aCgnPycpKSByZXR1cm4gZmxhZ0hvdmVyKGN0eCwgYmFyZSwgc3Bhbik7XG4gICAgY29uc3QgZmxhZ3MgPSB1c2VEZXBGbGFncyh0b2tlbik7XG4gICAgaWYgKGZsYWdzLmxlbmd0aCkgcmV0dXJuIHsgbWFya2Rvd246IGZsYWdzLm1hcCgoZikgPT4gYC0gXFxgJHtmLmZsYWd9XFxgJHtmLmNvbmRpdGlvbmFsID8gYCAodGhpcyBwYWNrYWdlOiAke2ZsYWdEZXNjcmlwdGlvbihjdHgsIGYuZmxhZykgPz8gJ25vIGRlc2NyaXB0aW9uJ30pYCA6ICcnfWApLmpvaW4oJ1xcbicpLCBzcGFuIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHFCQUE2QjtBQUM3QiwyQkFBd0I7QUFDeEIsd0JBQWtFO0FBQ2xFLHVCQUFtRTtBQUNuRSxpQkFBaUU7QUFFakUsdUJBQTRCO0FBSXJCLFNBQVMsUUFBUSxLQUFpQixRQUF5QztBQUNoRixRQUFNLFlBQVEsOEJBQVEsS0FBSyxNQUFNO0FBQ2pDLFVBQVEsTUFBTSxNQUFNO0FBQUEsSUFDbEIsS0FBSyxXQUFXO0FBQ2QsVUFBSSxDQUFDLE1BQU0sS0FBTSxRQUFPO0FBQ3hCLFlBQU0sSUFBSSxJQUFJLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLE1BQU0sTUFBTSxRQUFRLEVBQUUsQ0FBQyxFQUFFLEtBQUssT0FBTztBQUM3RSxhQUFPLElBQUksRUFBRSxjQUFVLGlDQUFlLENBQUMsR0FBRyxNQUFNLE1BQU0sS0FBSyxLQUFLLElBQUk7QUFBQSxJQUN0RTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sTUFBTSxPQUFPLFVBQVUsS0FBSyxNQUFNLEtBQUssS0FBSyxRQUFRLE1BQU0sRUFBRSxHQUFHLE1BQU0sS0FBSyxJQUFJLElBQUk7QUFBQSxJQUMzRixLQUFLO0FBQ0gsYUFBTyxjQUFjLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxLQUFLLElBQUk7QUFBQSxJQUM1RCxLQUFLO0FBQ0gsYUFBTyxjQUFjLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxLQUFLLElBQUk7QUFBQSxJQUM1RCxLQUFLO0FBQ0gsYUFBTyxjQUFjLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxLQUFLLElBQUk7QUFBQSxJQUM1RCxLQUFLO0FBQ0gsYUFBTyxXQUFXLEtBQUssTUFBTSxVQUFVLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJO0FBQUEsSUFDM0U7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxjQUFjLEtBQWlCLE1BQWMsTUFBcUM7QUFDekYsUUFBTSxRQUFJLGtDQUFlLEtBQUssSUFBSTtBQUNsQyxNQUFJLEVBQUcsUUFBTyxFQUFFLGNBQVUsbUNBQWlCLEVBQUUsS0FBSyxNQUFNLEVBQUUsRUFBRSxHQUFHLEtBQUs7QUFDcEUsTUFBSSxJQUFJLFNBQVMsVUFBVTtBQUN6QixVQUFNLE9BQU8sSUFBSSxNQUFNLE9BQU8sSUFBSSxLQUFLLFFBQVEsU0FBUyxFQUFFLEVBQUUsUUFBUSxhQUFhLEVBQUUsQ0FBQztBQUNwRixVQUFNLElBQUksTUFBTSxVQUFVLElBQUksSUFBSTtBQUNsQyxRQUFJLFFBQVEsRUFBRyxRQUFPLEVBQUUsY0FBVSxtQ0FBaUIsS0FBSyxNQUFNLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDekU7QUFDQSxRQUFNLElBQUksbUJBQVEsSUFBSSxJQUFJO0FBQzFCLE1BQUksRUFBRyxRQUFPLEVBQUUsVUFBVTtBQUFBLEVBQWUsSUFBSTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFBK0IsRUFBRSxHQUFHLElBQUksS0FBSztBQUMxRixRQUFNLElBQUksa0JBQU8sSUFBSSxJQUFJO0FBQ3pCLE1BQUksRUFBRyxRQUFPLEVBQUUsVUFBVSxLQUFLLElBQUksNEJBQXVCLEVBQUUsUUFBUSxVQUFVLEVBQUUsS0FBSyxNQUFNLEVBQUU7QUFBQTtBQUFBLEVBQVEsRUFBRSxHQUFHLElBQUksS0FBSztBQUNuSCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGNBQWMsS0FBaUIsTUFBYyxNQUFxQztBQUN6RixRQUFNLFFBQUksa0NBQWUsS0FBSyxJQUFJO0FBQ2xDLE1BQUksRUFBRyxRQUFPLEVBQUUsY0FBVSxtQ0FBaUIsRUFBRSxLQUFLLE1BQU0sRUFBRSxRQUFRLEdBQUcsS0FBSztBQUMxRSxRQUFNLElBQUkscUJBQVUsSUFBSSxJQUFJO0FBQzVCLE1BQUksRUFBRyxRQUFPLEVBQUUsVUFBVSxLQUFLLElBQUksa0JBQWEsRUFBRSxJQUFJO0FBQUE7QUFBQSxFQUFpQixFQUFFLEdBQUcsSUFBSSxLQUFLO0FBQ3JGLFNBQU87QUFDVDtBQUVPLFNBQVMsZ0JBQWdCLEtBQWlCLE1BQWtDO0FBQ2pGLFFBQU0sVUFBTSx5QkFBTSxHQUFHO0FBQ3JCLE1BQUksT0FBTyxJQUFJLFlBQVksSUFBSSxJQUFJO0FBQ2pDLGVBQVcsS0FBSyxJQUFJLE9BQU87QUFDekIsWUFBTSxJQUFJLEVBQUUsU0FBUyxJQUFJLFVBQVUsSUFBSSxFQUFFLEdBQUcsTUFBTSxJQUFJLElBQUksS0FBSyxFQUFFLGFBQWEsRUFBRSxJQUFJLEdBQUcsR0FBRyxJQUFJLElBQUk7QUFDbEcsVUFBSSxFQUFHLFFBQU87QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQVMsSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxFQUFFLElBQUksSUFBSSxDQUFDLEVBQUUsS0FBSyxPQUFPO0FBQ3ZFLE1BQUksT0FBUSxRQUFPO0FBQ25CLFFBQU0sT0FBTyxJQUFJLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxLQUFLLEtBQUssU0FBUyxJQUFJLENBQUM7QUFDaEUsU0FBTyxPQUFPLG9CQUFvQixLQUFLLEtBQUssSUFBSSxZQUFZO0FBQzlEO0FBRUEsU0FBUyxVQUFVLEtBQWlCLE1BQWMsTUFBcUM7QUFDckYsUUFBTSxJQUFJLGdCQUFnQixLQUFLLElBQUk7QUFDbkMsU0FBTyxJQUFJLEVBQUUsVUFBVSxnQkFBZ0IsSUFBSTtBQUFBO0FBQUEsRUFBVyxDQUFDLElBQUksS0FBSyxJQUFJLEVBQUUsVUFBVSxnQkFBZ0IsSUFBSSwwRUFBcUUsS0FBSztBQUNoTDtBQUVBLFNBQVMsV0FBVyxLQUFpQixVQUFrQixPQUFlLE1BQXFDO0FBQ3pHLFFBQU0sT0FBTyxNQUFNLFFBQVEsVUFBVSxFQUFFLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDMUQsTUFBSSxhQUFhLFVBQVUsYUFBYSxlQUFnQixRQUFPLG1CQUFtQixLQUFLLElBQUksSUFBSSxVQUFVLEtBQUssTUFBTSxJQUFJLElBQUk7QUFDNUgsTUFBSSxhQUFhLFdBQVc7QUFDMUIsUUFBSSxNQUFNLFNBQVMsR0FBRyxFQUFHLFFBQU8sVUFBVSxLQUFLLE1BQU0sSUFBSTtBQUN6RCxlQUFXLEtBQUssSUFBSSxPQUFPO0FBQ3pCLFVBQUksQ0FBQyxFQUFFLFNBQVMsRUFBRSxJQUFJLEtBQUssRUFBRztBQUM5QixVQUFJLFFBQVE7QUFDWixVQUFJO0FBQ0Ysb0JBQVEsNkJBQWEsRUFBRSxZQUFZLEtBQUssR0FBRyxNQUFNLEVBQUUsTUFBTSxJQUFJLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUs7QUFBQSxNQUNsRyxRQUFRO0FBQUEsTUFFUjtBQUNBLGFBQU8sRUFBRSxVQUFVLGVBQWUsS0FBSyxTQUFTLEVBQUUsSUFBSSxjQUFjLEtBQUssSUFBSSxRQUFRO0FBQUE7QUFBQSxFQUFPLEtBQUssS0FBSyxFQUFFLElBQUksS0FBSztBQUFBLElBQ25IO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLGdDQUFxQixJQUFJLFFBQVEsR0FBRztBQUN0QyxRQUFJLE1BQU0sU0FBUyxHQUFHLEVBQUcsUUFBTyxVQUFVLEtBQUssTUFBTSxJQUFJO0FBQ3pELFVBQU0sWUFBUSw4QkFBWSxLQUFLO0FBQy9CLFFBQUksTUFBTSxPQUFRLFFBQU8sRUFBRSxVQUFVLE1BQU0sSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLElBQUksS0FBSyxFQUFFLGNBQWMsbUJBQW1CLGdCQUFnQixLQUFLLEVBQUUsSUFBSSxLQUFLLGdCQUFnQixNQUFNLEVBQUUsRUFBRSxFQUFFLEtBQUssSUFBSSxHQUFHLEtBQUs7QUFBQSxFQUMxTDtBQUNBLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
