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
var diagnostics_exports = {};
__export(diagnostics_exports, {
  computeDiagnostics: () => computeDiagnostics,
  contentProblem: () => contentProblem
});
module.exports = __toCommonJS(diagnostics_exports);
var import_depString = require("./depString");
var import_docContext = require("./docContext");
var import_pms = require("./pms");
const USE_COMMANDS = /* @__PURE__ */ new Set(["use", "usev", "useq", "usex", "use_with", "use_enable", "in_iuse"]);
const MAX_SYNTAX_PROBLEMS = 10;
function contentProblem(text, maxBytes) {
  if (text.includes("\0")) return "This file contains NUL bytes: it is binary, not an ebuild. Language features are off for it.";
  if (text.length > maxBytes) return `This file is ${(text.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB the ebuild language server analyses. Language features are off for it.`;
  return void 0;
}
function computeDiagnostics(ctx) {
  const out = [];
  const add = (span, severity, code, message) => out.push({ span, severity, code, message });
  const zero = { start: 0, end: 0 };
  ctx.facts.problems.slice(0, MAX_SYNTAX_PROBLEMS).forEach((p) => add(p.span, "error", "bash-syntax", p.message));
  if (ctx.kind === "ebuild") {
    if (ctx.eapiText === void 0) add(zero, "warning", "eapi-missing", `EAPI is not set, so this ebuild is EAPI 0. Add EAPI=${import_pms.SUPPORTED_EAPIS[import_pms.SUPPORTED_EAPIS.length - 1]} as the first assignment.`);
    else if (!ctx.eapiKnown && !ctx.eapiText.includes("$")) add(ctx.eapiSpan ?? zero, "error", "eapi-unsupported", `EAPI "${ctx.eapiText}" is not supported (known: ${import_pms.SUPPORTED_EAPIS.join(", ")}).`);
  }
  for (const w of ctx.inherits) {
    if (ctx.missingEclasses.has(w.text)) {
      const where = ctx.chain.map((r) => r.name).join(", ") || "no repository found for this file";
      add(w.span, "error", "eclass-not-found", `eclass "${w.text}" not found (searched: ${where}).`);
    }
  }
  for (const c of ctx.facts.commands) {
    if (ctx.localFunctions.has(c.name)) continue;
    const st = (0, import_pms.helperStatus)(c.name, ctx.eapi);
    const instead = st.kind !== "ok" && st.entry.instead ? ` Use ${st.entry.instead} instead.` : "";
    if (st.kind === "banned") add(c.nameSpan, "error", "banned-function", `${c.name} is banned in EAPI ${ctx.eapi}.${instead}`);
    else if (st.kind === "deprecated") add(c.nameSpan, "warning", "deprecated-function", `${c.name} is deprecated in EAPI ${ctx.eapi}.${instead}`);
    else if (st.kind === "not-yet") add(c.nameSpan, "error", "function-not-in-eapi", `${c.name} needs EAPI ${st.entry.since}; this file is EAPI ${ctx.eapi}.`);
    if (USE_COMMANDS.has(c.name) && ctx.kind === "ebuild" && ctx.iuseComplete && c.args[0]) checkFlag(ctx, c.args[0].text.replace(/^!/, ""), c.args[0].span, add);
  }
  for (const r of ctx.facts.varRefs) {
    if (!(0, import_pms.variableAvailable)(r.name, ctx.eapi) && !ctx.globals.has(r.name)) add(r.span, "error", "variable-not-in-eapi", `${r.name} is not available in EAPI ${ctx.eapi}.`);
  }
  if (ctx.kind === "ebuild") {
    for (const f of ctx.facts.functions) {
      const phase = import_pms.PHASES.get(f.name);
      if (phase && (phase.since ?? 0) > ctx.eapi) add(f.nameSpan, "error", "phase-not-in-eapi", `${f.name} is a phase function of EAPI ${phase.since}+; EAPI ${ctx.eapi} never calls it.`);
      else if (!phase && /^(pkg|src)_[a-z]+$/.test(f.name)) add(f.nameSpan, "warning", "unknown-phase", `${f.name} looks like a phase function but PMS has no such phase.`);
    }
    checkMetadata(ctx, add);
  }
  return out;
}
function checkFlag(ctx, flag, span, add) {
  if (!flag || flag.includes("$") || ctx.iuse.has(flag) || (0, import_docContext.implicitFlag)(ctx, flag)) return;
  add(span, "error", "flag-not-in-iuse", `USE flag "${flag}" is not in IUSE${ctx.eclasses.length ? " (including inherited eclasses)" : ""}.`);
}
function providedByEclass(ctx, name) {
  return ctx.eclasses.some((e) => e.info.assigned.has(name));
}
function checkMetadata(ctx, add) {
  const zero = { start: 0, end: 0 };
  for (const name of ["DESCRIPTION", "SLOT", "LICENSE"]) {
    if (ctx.globals.has(name) || providedByEclass(ctx, name) || ctx.missingEclasses.size) continue;
    if (name === "LICENSE" && /^(virtual|acct-user|acct-group)$/.test(ctx.category ?? "")) continue;
    add(zero, name === "LICENSE" ? "warning" : "error", "missing-variable", `${name} is not set${name === "LICENSE" ? "" : " (PMS requires it)"}.`);
  }
  for (const [name, list] of ctx.globals) {
    const v = import_pms.VARIABLES.get(name);
    if (v?.kind === "readonly") list.forEach((a) => add(a.nameSpan, "error", "readonly-variable", `${name} is set by the package manager; an ebuild must not assign it.`));
    else if (v && (v.since ?? 0) > ctx.eapi) list.forEach((a) => add(a.nameSpan, "error", "variable-not-in-eapi", `${name} needs EAPI ${v.since}; this file is EAPI ${ctx.eapi}.`));
    for (const a of list) {
      if (!a.value) continue;
      if (import_pms.DEPENDENCY_VARIABLES.has(name)) checkDependencies(ctx, a.value.text, a.value.span.start, add);
      else if (name === "LICENSE") checkLicense(ctx, a.value.text, a.value.span.start, add);
      else if (name === "KEYWORDS") checkKeywords(ctx, a.value.text, a.value.span.start, add);
      else if (name === "REQUIRED_USE" && ctx.iuseComplete) checkRequiredUse(ctx, a.value.text, a.value.span.start, add);
      else if (name === "SLOT" && !/^[A-Za-z0-9_][A-Za-z0-9+_.-]*(\/[A-Za-z0-9_][A-Za-z0-9+_.-]*)?$/.test((0, import_docContext.unquote)(a.value.text)) && !a.value.text.includes("$")) {
        add(a.value.span, "error", "bad-slot", `SLOT "${(0, import_docContext.unquote)(a.value.text)}" is not a valid slot name.`);
      }
    }
  }
  const meta = ctx.category && ctx.pn ? ctx.repo?.metadata(ctx.category, ctx.pn) : void 0;
  if (meta?.error) add(zero, "warning", "metadata-xml-broken", `${meta.path} does not parse (line ${meta.error.line + 1}: ${meta.error.message}); its USE flag descriptions are ignored.`);
}
function checkDependencies(ctx, raw, base, add) {
  const tokens = (0, import_depString.tokenize)(raw, base);
  for (const t of tokens) {
    if (t.kind === "exactly-one" || t.kind === "at-most-one") add(t.word.span, "error", "bad-dependency", `'${t.word.text}' groups are only allowed in REQUIRED_USE.`);
    else if (t.kind === "item") {
      const reason = (0, import_depString.checkAtom)(t.word.text, ctx.eapi);
      if (reason) add(t.word.span, "error", "bad-atom", `"${t.word.text}": ${reason}.`);
      else if (ctx.iuseComplete) for (const f of (0, import_depString.conditionalUseDepFlags)(t.word.text)) checkFlag(ctx, f, t.word.span, add);
    } else if (t.kind === "conditional" && ctx.iuseComplete) checkFlag(ctx, t.flag, t.word.span, add);
  }
  structure(tokens, add);
}
function structure(tokens, add) {
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth < 0) {
      add(t.word.span, "error", "bad-dependency", "')' without a matching '('.");
      depth = 0;
    } else if (t.kind !== "item" && t.kind !== "dynamic" && t.kind !== "close" && tokens[i + 1]?.kind !== "open" && tokens[i + 1]?.kind !== "dynamic") {
      add(t.word.span, "error", "bad-dependency", `'${t.word.text}' must be followed by '( \u2026 )'.`);
    }
  });
  if (depth > 0) {
    const last = tokens[tokens.length - 1];
    add(last.word.span, "error", "bad-dependency", `${depth} '(' never closed.`);
  }
}
function checkLicense(ctx, raw, base, add) {
  const known = ctx.chain.map((r) => r.licenses()).filter((s) => s.size > 0);
  const tokens = (0, import_depString.tokenize)(raw, base);
  structure(tokens, add);
  if (!known.length) return;
  for (const t of tokens) {
    if (t.kind === "item" && !known.some((s) => s.has(t.word.text))) add(t.word.span, "error", "unknown-license", `licence "${t.word.text}" is not in licenses/ of ${ctx.chain.map((r) => r.name).join(", ")}.`);
    else if (t.kind === "conditional" && ctx.iuseComplete) checkFlag(ctx, t.flag, t.word.span, add);
  }
}
function checkKeywords(ctx, raw, base, add) {
  const arches = new Set(ctx.chain.flatMap((r) => [...r.arches()]));
  if (!arches.size) return;
  for (const t of (0, import_depString.tokenize)(raw, base)) {
    if (t.kind === "dynamic") continue;
    const w = t.word.text;
    if (w === "-*" || w === "*" || w === "~*") continue;
    const arch = w.replace(/^[~-]/, "");
    if (!arches.has(arch)) add(t.word.span, "error", "unknown-keyword", `"${arch}" is not an arch in profiles/arch.list.`);
  }
}
function checkRequiredUse(ctx, raw, base, add) {
  const tokens = (0, import_depString.tokenize)(raw, base);
  structure(tokens, add);
  for (const t of tokens) {
    if (t.kind === "item") checkFlag(ctx, t.word.text.replace(/^!/, ""), t.word.span, add);
    else if (t.kind === "conditional") checkFlag(ctx, t.flag, t.word.span, add);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  computeDiagnostics,
  contentProblem
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kaWFnbm9zdGljcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFYnVpbGQgY2hlY2tzIGNvbXB1dGVkIGZyb20gdGhlIHN5bnRheCB0cmVlLCBQTVMgZmFjdHMgYW5kIHRoZSByZXBvc2l0b3JpZXM6IGZhc3QgZW5vdWdoIHRvIHJ1blxuICogb24gZXZlcnkga2V5c3Ryb2tlIChzaGVsbGNoZWNrIGFuZCBwa2djaGVjayBydW4gZWxzZXdoZXJlLCBsYXRlcikuIFJlc3VsdHMgdXNlIGRvY3VtZW50IG9mZnNldHM7XG4gKiB0aGUgc2VydmVyIG1hcHMgdGhlbSB0byBMU1AgcmFuZ2VzLlxuICovXG5pbXBvcnQgeyBjaGVja0F0b20sIGNvbmRpdGlvbmFsVXNlRGVwRmxhZ3MsIHRva2VuaXplIH0gZnJvbSAnLi9kZXBTdHJpbmcnO1xuaW1wb3J0IHsgRG9jQ29udGV4dCwgaW1wbGljaXRGbGFnLCB1bnF1b3RlIH0gZnJvbSAnLi9kb2NDb250ZXh0JztcbmltcG9ydCB7IFNwYW4gfSBmcm9tICcuL3BhcnNlJztcbmltcG9ydCB7IERFUEVOREVOQ1lfVkFSSUFCTEVTLCBoZWxwZXJTdGF0dXMsIFBIQVNFUywgU1VQUE9SVEVEX0VBUElTLCBWQVJJQUJMRVMsIHZhcmlhYmxlQXZhaWxhYmxlIH0gZnJvbSAnLi9wbXMnO1xuXG5leHBvcnQgdHlwZSBTZXZlcml0eSA9ICdlcnJvcicgfCAnd2FybmluZycgfCAnaW5mb3JtYXRpb24nIHwgJ2hpbnQnO1xuZXhwb3J0IGludGVyZmFjZSBGaW5kaW5nIHsgc3BhbjogU3Bhbjsgc2V2ZXJpdHk6IFNldmVyaXR5OyBtZXNzYWdlOiBzdHJpbmc7IGNvZGU6IHN0cmluZyB9XG5cbmNvbnN0IFVTRV9DT01NQU5EUyA9IG5ldyBTZXQoWyd1c2UnLCAndXNldicsICd1c2VxJywgJ3VzZXgnLCAndXNlX3dpdGgnLCAndXNlX2VuYWJsZScsICdpbl9pdXNlJ10pO1xuY29uc3QgTUFYX1NZTlRBWF9QUk9CTEVNUyA9IDEwO1xuXG4vKiogQSBmaWxlIHdlIHNob3VsZCBub3QgYW5hbHlzZSBhdCBhbGwsIGFuZCB3aHkuICovXG5leHBvcnQgZnVuY3Rpb24gY29udGVudFByb2JsZW0odGV4dDogc3RyaW5nLCBtYXhCeXRlczogbnVtYmVyKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHRleHQuaW5jbHVkZXMoJ1xcdTAwMDAnKSkgcmV0dXJuICdUaGlzIGZpbGUgY29udGFpbnMgTlVMIGJ5dGVzOiBpdCBpcyBiaW5hcnksIG5vdCBhbiBlYnVpbGQuIExhbmd1YWdlIGZlYXR1cmVzIGFyZSBvZmYgZm9yIGl0Lic7XG4gIGlmICh0ZXh0Lmxlbmd0aCA+IG1heEJ5dGVzKSByZXR1cm4gYFRoaXMgZmlsZSBpcyAkeyh0ZXh0Lmxlbmd0aCAvIDEwNDg1NzYpLnRvRml4ZWQoMSl9IE1CLCBvdmVyIHRoZSAkeyhtYXhCeXRlcyAvIDEwNDg1NzYpLnRvRml4ZWQoMCl9IE1CIHRoZSBlYnVpbGQgbGFuZ3VhZ2Ugc2VydmVyIGFuYWx5c2VzLiBMYW5ndWFnZSBmZWF0dXJlcyBhcmUgb2ZmIGZvciBpdC5gO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29tcHV0ZURpYWdub3N0aWNzKGN0eDogRG9jQ29udGV4dCk6IEZpbmRpbmdbXSB7XG4gIGNvbnN0IG91dDogRmluZGluZ1tdID0gW107XG4gIGNvbnN0IGFkZCA9IChzcGFuOiBTcGFuLCBzZXZlcml0eTogU2V2ZXJpdHksIGNvZGU6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBvdXQucHVzaCh7IHNwYW4sIHNldmVyaXR5LCBjb2RlLCBtZXNzYWdlIH0pO1xuICBjb25zdCB6ZXJvOiBTcGFuID0geyBzdGFydDogMCwgZW5kOiAwIH07XG5cbiAgY3R4LmZhY3RzLnByb2JsZW1zLnNsaWNlKDAsIE1BWF9TWU5UQVhfUFJPQkxFTVMpLmZvckVhY2goKHApID0+IGFkZChwLnNwYW4sICdlcnJvcicsICdiYXNoLXN5bnRheCcsIHAubWVzc2FnZSkpO1xuXG4gIGlmIChjdHgua2luZCA9PT0gJ2VidWlsZCcpIHtcbiAgICBpZiAoY3R4LmVhcGlUZXh0ID09PSB1bmRlZmluZWQpIGFkZCh6ZXJvLCAnd2FybmluZycsICdlYXBpLW1pc3NpbmcnLCBgRUFQSSBpcyBub3Qgc2V0LCBzbyB0aGlzIGVidWlsZCBpcyBFQVBJIDAuIEFkZCBFQVBJPSR7U1VQUE9SVEVEX0VBUElTW1NVUFBPUlRFRF9FQVBJUy5sZW5ndGggLSAxXX0gYXMgdGhlIGZpcnN0IGFzc2lnbm1lbnQuYCk7XG4gICAgZWxzZSBpZiAoIWN0eC5lYXBpS25vd24gJiYgIWN0eC5lYXBpVGV4dC5pbmNsdWRlcygnJCcpKSBhZGQoY3R4LmVhcGlTcGFuID8/IHplcm8sICdlcnJvcicsICdlYXBpLXVuc3VwcG9ydGVkJywgYEVBUEkgXCIke2N0eC5lYXBpVGV4dH1cIiBpcyBub3Qgc3VwcG9ydGVkIChrbm93bjogJHtTVVBQT1JURURfRUFQSVMuam9pbignLCAnKX0pLmApO1xuICB9XG5cbiAgZm9yIChjb25zdCB3IG9mIGN0eC5pbmhlcml0cykge1xuICAgIGlmIChjdHgubWlzc2luZ0VjbGFzc2VzLmhhcyh3LnRleHQpKSB7XG4gICAgICBjb25zdCB3aGVyZSA9IGN0eC5jaGFpbi5tYXAoKHIpID0+IHIubmFtZSkuam9pbignLCAnKSB8fCAnbm8gcmVwb3NpdG9yeSBmb3VuZCBmb3IgdGhpcyBmaWxlJztcbiAgICAgIGFkZCh3LnNwYW4sICdlcnJvcicsICdlY2xhc3Mtbm90LWZvdW5kJywgYGVjbGFzcyBcIiR7dy50ZXh0fVwiIG5vdCBmb3VuZCAoc2VhcmNoZWQ6ICR7d2hlcmV9KS5gKTtcbiAgICB9XG4gIH1cblxuICBmb3IgKGNvbnN0IGMgb2YgY3R4LmZhY3RzLmNvbW1hbmRzKSB7XG4gICAgaWYgKGN0eC5sb2NhbEZ1bmN0aW9ucy5oYXMoYy5uYW1lKSkgY29udGludWU7XG4gICAgY29uc3Qgc3QgPSBoZWxwZXJTdGF0dXMoYy5uYW1lLCBjdHguZWFwaSk7XG4gICAgY29uc3QgaW5zdGVhZCA9IHN0LmtpbmQgIT09ICdvaycgJiYgc3QuZW50cnkuaW5zdGVhZCA/IGAgVXNlICR7c3QuZW50cnkuaW5zdGVhZH0gaW5zdGVhZC5gIDogJyc7XG4gICAgaWYgKHN0LmtpbmQgPT09ICdiYW5uZWQnKSBhZGQoYy5uYW1lU3BhbiwgJ2Vycm9yJywgJ2Jhbm5lZC1mdW5jdGlvbicsIGAke2MubmFtZX0gaXMgYmFubmVkIGluIEVBUEkgJHtjdHguZWFwaX0uJHtpbnN0ZWFkfWApO1xuICAgIGVsc2UgaWYgKHN0LmtpbmQgPT09ICdkZXByZWNhdGVkJykgYWRkKGMubmFtZVNwYW4sICd3YXJuaW5nJywgJ2RlcHJlY2F0ZWQtZnVuY3Rpb24nLCBgJHtjLm5hbWV9IGlzIGRlcHJlY2F0ZWQgaW4gRUFQSSAke2N0eC5lYXBpfS4ke2luc3RlYWR9YCk7XG4gICAgZWxzZSBpZiAoc3Qua2luZCA9PT0gJ25vdC15ZXQnKSBhZGQoYy5uYW1lU3BhbiwgJ2Vycm9yJywgJ2Z1bmN0aW9uLW5vdC1pbi1lYXBpJywgYCR7Yy5uYW1lfSBuZWVkcyBFQVBJICR7c3QuZW50cnkuc2luY2V9OyB0aGlzIGZpbGUgaXMgRUFQSSAke2N0eC5lYXBpfS5gKTtcbiAgICBpZiAoVVNFX0NPTU1BTkRTLmhhcyhjLm5hbWUpICYmIGN0eC5raW5kID09PSAnZWJ1aWxkJyAmJiBjdHguaXVzZUNvbXBsZXRlICYmIGMuYXJnc1swXSkgY2hlY2tGbGFnKGN0eCwgYy5hcmdzWzBdLnRleHQucmVwbGFjZSgvXiEvLCAnJyksIGMuYXJnc1swXS5zcGFuLCBhZGQpO1xuICB9XG5cbiAgZm9yIChjb25zdCByIG9mIGN0eC5mYWN0cy52YXJSZWZzKSB7XG4gICAgaWYgKCF2YXJpYWJsZUF2YWlsYWJsZShyLm5hbWUsIGN0eC5lYXBpKSAmJiAhY3R4Lmdsb2JhbHMuaGFzKHIubmFtZSkpIGFkZChyLnNwYW4sICdlcnJvcicsICd2YXJpYWJsZS1ub3QtaW4tZWFwaScsIGAke3IubmFtZX0gaXMgbm90IGF2YWlsYWJsZSBpbiBFQVBJICR7Y3R4LmVhcGl9LmApO1xuICB9XG5cbiAgaWYgKGN0eC5raW5kID09PSAnZWJ1aWxkJykge1xuICAgIGZvciAoY29uc3QgZiBvZiBjdHguZmFjdHMuZnVuY3Rpb25zKSB7XG4gICAgICBjb25zdCBwaGFzZSA9IFBIQVNFUy5nZXQoZi5uYW1lKTtcbiAgICAgIGlmIChwaGFzZSAmJiAocGhhc2Uuc2luY2UgPz8gMCkgPiBjdHguZWFwaSkgYWRkKGYubmFtZVNwYW4sICdlcnJvcicsICdwaGFzZS1ub3QtaW4tZWFwaScsIGAke2YubmFtZX0gaXMgYSBwaGFzZSBmdW5jdGlvbiBvZiBFQVBJICR7cGhhc2Uuc2luY2V9KzsgRUFQSSAke2N0eC5lYXBpfSBuZXZlciBjYWxscyBpdC5gKTtcbiAgICAgIGVsc2UgaWYgKCFwaGFzZSAmJiAvXihwa2d8c3JjKV9bYS16XSskLy50ZXN0KGYubmFtZSkpIGFkZChmLm5hbWVTcGFuLCAnd2FybmluZycsICd1bmtub3duLXBoYXNlJywgYCR7Zi5uYW1lfSBsb29rcyBsaWtlIGEgcGhhc2UgZnVuY3Rpb24gYnV0IFBNUyBoYXMgbm8gc3VjaCBwaGFzZS5gKTtcbiAgICB9XG4gICAgY2hlY2tNZXRhZGF0YShjdHgsIGFkZCk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxudHlwZSBBZGQgPSAoc3BhbjogU3Bhbiwgc2V2ZXJpdHk6IFNldmVyaXR5LCBjb2RlOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZDtcblxuZnVuY3Rpb24gY2hlY2tGbGFnKGN0eDogRG9jQ29udGV4dCwgZmxhZzogc3RyaW5nLCBzcGFuOiBTcGFuLCBhZGQ6IEFkZCk6IHZvaWQge1xuICBpZiAoIWZsYWcgfHwgZmxhZy5pbmNsdWRlcygnJCcpIHx8IGN0eC5pdXNlLmhhcyhmbGFnKSB8fCBpbXBsaWNpdEZsYWcoY3R4LCBmbGFnKSkgcmV0dXJuO1xuICBhZGQoc3BhbiwgJ2Vycm9yJywgJ2ZsYWctbm90LWluLWl1c2UnLCBgVVNFIGZsYWcgXCIke2ZsYWd9XCIgaXMgbm90IGluIElVU0Uke2N0eC5lY2xhc3Nlcy5sZW5ndGggPyAnIChpbmNsdWRpbmcgaW5oZXJpdGVkIGVjbGFzc2VzKScgOiAnJ30uYCk7XG59XG5cbmZ1bmN0aW9uIHByb3ZpZGVkQnlFY2xhc3MoY3R4OiBEb2NDb250ZXh0LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGN0eC5lY2xhc3Nlcy5zb21lKChlKSA9PiBlLmluZm8uYXNzaWduZWQuaGFzKG5hbWUpKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tNZXRhZGF0YShjdHg6IERvY0NvbnRleHQsIGFkZDogQWRkKTogdm9pZCB7XG4gIGNvbnN0IHplcm86IFNwYW4gPSB7IHN0YXJ0OiAwLCBlbmQ6IDAgfTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIFsnREVTQ1JJUFRJT04nLCAnU0xPVCcsICdMSUNFTlNFJ10pIHtcbiAgICBpZiAoY3R4Lmdsb2JhbHMuaGFzKG5hbWUpIHx8IHByb3ZpZGVkQnlFY2xhc3MoY3R4LCBuYW1lKSB8fCBjdHgubWlzc2luZ0VjbGFzc2VzLnNpemUpIGNvbnRpbnVlO1xuICAgIC8vIHZpcnR1YWwgYW5kIGFjY3QtKiBwYWNrYWdlcyBpbnN0YWxsIG5vdGhpbmcsIHNvIHRoZXkgY2Fycnkgbm8gTElDRU5TRVxuICAgIGlmIChuYW1lID09PSAnTElDRU5TRScgJiYgL14odmlydHVhbHxhY2N0LXVzZXJ8YWNjdC1ncm91cCkkLy50ZXN0KGN0eC5jYXRlZ29yeSA/PyAnJykpIGNvbnRpbnVlO1xuICAgIGFkZCh6ZXJvLCBuYW1lID09PSAnTElDRU5TRScgPyAnd2FybmluZycgOiAnZXJyb3InLCAnbWlzc2luZy12YXJpYWJsZScsIGAke25hbWV9IGlzIG5vdCBzZXQke25hbWUgPT09ICdMSUNFTlNFJyA/ICcnIDogJyAoUE1TIHJlcXVpcmVzIGl0KSd9LmApO1xuICB9XG4gIGZvciAoY29uc3QgW25hbWUsIGxpc3RdIG9mIGN0eC5nbG9iYWxzKSB7XG4gICAgY29uc3QgdiA9IFZBUklBQkxFUy5nZXQobmFtZSk7XG4gICAgaWYgKHY/LmtpbmQgPT09ICdyZWFkb25seScpIGxpc3QuZm9yRWFjaCgoYSkgPT4gYWRkKGEubmFtZVNwYW4sICdlcnJvcicsICdyZWFkb25seS12YXJpYWJsZScsIGAke25hbWV9IGlzIHNldCBieSB0aGUgcGFja2FnZSBtYW5hZ2VyOyBhbiBlYnVpbGQgbXVzdCBub3QgYXNzaWduIGl0LmApKTtcbiAgICBlbHNlIGlmICh2ICYmICh2LnNpbmNlID8/IDApID4gY3R4LmVhcGkpIGxpc3QuZm9yRWFjaCgoYSkgPT4gYWRkKGEubmFtZVNwYW4sICdlcnJvcicsICd2YXJpYWJsZS1ub3QtaW4tZWFwaScsIGAke25hbWV9IG5lZWRzIEVBUEkgJHt2LnNpbmNlfTsgdGhpcyBmaWxlIGlzIEVBUEkgJHtjdHguZWFwaX0uYCkpO1xuICAgIGZvciAoY29uc3QgYSBvZiBsaXN0KSB7XG4gICAgICBpZiAoIWEudmFsdWUpIGNvbnRpbnVlO1xuICAgICAgaWYgKERFUEVOREVOQ1lfVkFSSUFCTEVTLmhhcyhuYW1lKSkgY2hlY2tEZXBlbmRlbmNpZXMoY3R4LCBhLnZhbHVlLnRleHQsIGEudmFsdWUuc3Bhbi5zdGFydCwgYWRkKTtcbiAgICAgIGVsc2UgaWYgKG5hbWUgPT09ICdMSUNFTlNFJykgY2hlY2tMaWNlbnNlKGN0eCwgYS52YWx1ZS50ZXh0LCBhLnZhbHVlLnNwYW4uc3RhcnQsIGFkZCk7XG4gICAgICBlbHNlIGlmIChuYW1lID09PSAnS0VZV09SRFMnKSBjaGVja0tleXdvcmRzKGN0eCwgYS52YWx1ZS50ZXh0LCBhLnZhbHVlLnNwYW4uc3RhcnQsIGFkZCk7XG4gICAgICBlbHNlIGlmIChuYW1lID09PSAnUkVRVUlSRURfVVNFJyAmJiBjdHguaXVzZUNvbXBsZXRlKSBjaGVja1JlcXVpcmVkVXNlKGN0eCwgYS52YWx1ZS50ZXh0LCBhLnZhbHVlLnNwYW4uc3RhcnQsIGFkZCk7XG4gICAgICBlbHNlIGlmIChuYW1lID09PSAnU0xPVCcgJiYgIS9eW0EtWmEtejAtOV9dW0EtWmEtejAtOStfLi1dKihcXC9bQS1aYS16MC05X11bQS1aYS16MC05K18uLV0qKT8kLy50ZXN0KHVucXVvdGUoYS52YWx1ZS50ZXh0KSkgJiYgIWEudmFsdWUudGV4dC5pbmNsdWRlcygnJCcpKSB7XG4gICAgICAgIGFkZChhLnZhbHVlLnNwYW4sICdlcnJvcicsICdiYWQtc2xvdCcsIGBTTE9UIFwiJHt1bnF1b3RlKGEudmFsdWUudGV4dCl9XCIgaXMgbm90IGEgdmFsaWQgc2xvdCBuYW1lLmApO1xuICAgICAgfVxuICAgIH1cbiAgfVxuICBjb25zdCBtZXRhID0gY3R4LmNhdGVnb3J5ICYmIGN0eC5wbiA/IGN0eC5yZXBvPy5tZXRhZGF0YShjdHguY2F0ZWdvcnksIGN0eC5wbikgOiB1bmRlZmluZWQ7XG4gIGlmIChtZXRhPy5lcnJvcikgYWRkKHplcm8sICd3YXJuaW5nJywgJ21ldGFkYXRhLXhtbC1icm9rZW4nLCBgJHttZXRhLnBhdGh9IGRvZXMgbm90IHBhcnNlIChsaW5lICR7bWV0YS5lcnJvci5saW5lICsgMX06ICR7bWV0YS5lcnJvci5tZXNzYWdlfSk7IGl0cyBVU0UgZmxhZyBkZXNjcmlwdGlvbnMgYXJlIGlnbm9yZWQuYCk7XG59XG5cbmZ1bmN0aW9uIGNoZWNrRGVwZW5kZW5jaWVzKGN0eDogRG9jQ29udGV4dCwgcmF3OiBzdHJpbmcsIGJhc2U6IG51bWJlciwgYWRkOiBBZGQpOiB2b2lkIHtcbiAgY29uc3QgdG9rZW5zID0gdG9rZW5pemUocmF3LCBiYXNlKTtcbiAgZm9yIChjb25zdCB0IG9mIHRva2Vucykge1xuICAgIGlmICh0LmtpbmQgPT09ICdleGFjdGx5LW9uZScgfHwgdC5raW5kID09PSAnYXQtbW9zdC1vbmUnKSBhZGQodC53b3JkLnNwYW4sICdlcnJvcicsICdiYWQtZGVwZW5kZW5jeScsIGAnJHt0LndvcmQudGV4dH0nIGdyb3VwcyBhcmUgb25seSBhbGxvd2VkIGluIFJFUVVJUkVEX1VTRS5gKTtcbiAgICBlbHNlIGlmICh0LmtpbmQgPT09ICdpdGVtJykge1xuICAgICAgY29uc3QgcmVhc29uID0gY2hlY2tBdG9tKHQud29yZC50ZXh0LCBjdHguZWFwaSk7XG4gICAgICBpZiAocmVhc29uKSBhZGQodC53b3JkLnNwYW4sICdlcnJvcicsICdiYWQtYXRvbScsIGBcIiR7dC53b3JkLnRleHR9XCI6ICR7cmVhc29ufS5gKTtcbiAgICAgIGVsc2UgaWYgKGN0eC5pdXNlQ29tcGxldGUpIGZvciAoY29uc3QgZiBvZiBjb25kaXRpb25hbFVzZURlcEZsYWdzKHQud29yZC50ZXh0KSkgY2hlY2tGbGFnKGN0eCwgZiwgdC53b3JkLnNwYW4sIGFkZCk7XG4gICAgfSBlbHNlIGlmICh0LmtpbmQgPT09ICdjb25kaXRpb25hbCcgJiYgY3R4Lml1c2VDb21wbGV0ZSkgY2hlY2tGbGFnKGN0eCwgdC5mbGFnLCB0LndvcmQuc3BhbiwgYWRkKTtcbiAgfVxuICBzdHJ1Y3R1cmUodG9rZW5zLCBhZGQpO1xufVxuXG5mdW5jdGlvbiBzdHJ1Y3R1cmUodG9rZW5zOiBSZXR1cm5UeXBlPHR5cGVvZiB0b2tlbml6ZT4sIGFkZDogQWRkKTogdm9pZCB7XG4gIGxldCBkZXB0aCA9IDA7XG4gIHRva2Vucy5mb3JFYWNoKCh0LCBpKSA9PiB7XG4gICAgaWYgKHQua2luZCA9PT0gJ29wZW4nKSBkZXB0aCsrO1xuICAgIGVsc2UgaWYgKHQua2luZCA9PT0gJ2Nsb3NlJyAmJiAtLWRlcHRoIDwgMCkge1xuICAgICAgYWRkKHQud29yZC5zcGFuLCAnZXJyb3InLCAnYmFkLWRlcGVuZGVuY3knLCBcIicpJyB3aXRob3V0IGEgbWF0Y2hpbmcgJygnLlwiKTtcbiAgICAgIGRlcHRoID0gMDtcbiAgICB9IGVsc2UgaWYgKHQua2luZCAhPT0gJ2l0ZW0nICYmIHQua2luZCAhPT0gJ2R5bmFtaWMnICYmIHQua2luZCAhPT0gJ2Nsb3NlJyAmJiB0b2tlbnNbaSArIDFdPy5raW5kICE9PSAnb3BlbicgJiYgdG9rZW5zW2kgKyAxXT8ua2luZCAhPT0gJ2R5bmFtaWMnKSB7XG4gICAgICBhZGQodC53b3JkLnNwYW4sICdlcnJvcicsICdiYWQtZGVwZW5kZW5jeScsIGAnJHt0LndvcmQudGV4dH0nIG11c3QgYmUgZm9sbG93ZWQgYnkgJyggXHUyMDI2ICknLmApO1xuICAgIH1cbiAgfSk7XG4gIGlmIChkZXB0aCA+IDApIHtcbiAgICBjb25zdCBsYXN0ID0gdG9rZW5zW3Rva2Vucy5sZW5ndGggLSAxXTtcbiAgICBhZGQobGFzdC53b3JkLnNwYW4sICdlcnJvcicsICdiYWQtZGVwZW5kZW5jeScsIGAke2RlcHRofSAnKCcgbmV2ZXIgY2xvc2VkLmApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrTGljZW5zZShjdHg6IERvY0NvbnRleHQsIHJhdzogc3RyaW5nLCBiYXNlOiBudW1iZXIsIGFkZDogQWRkKTogdm9pZCB7XG4gIGNvbnN0IGtub3duID0gY3R4LmNoYWluLm1hcCgocikgPT4gci5saWNlbnNlcygpKS5maWx0ZXIoKHMpID0+IHMuc2l6ZSA+IDApO1xuICBjb25zdCB0b2tlbnMgPSB0b2tlbml6ZShyYXcsIGJhc2UpO1xuICBzdHJ1Y3R1cmUodG9rZW5zLCBhZGQpO1xuICBpZiAoIWtub3duLmxlbmd0aCkgcmV0dXJuO1xuICBmb3IgKGNvbnN0IHQgb2YgdG9rZW5zKSB7XG4gICAgaWYgKHQua2luZCA9PT0gJ2l0ZW0nICYmICFrbm93bi5zb21lKChzKSA9PiBzLmhhcyh0LndvcmQudGV4dCkpKSBhZGQodC53b3JkLnNwYW4sICdlcnJvcicsICd1bmtub3duLWxpY2Vuc2UnLCBgbGljZW5jZSBcIiR7dC53b3JkLnRleHR9XCIgaXMgbm90IGluIGxpY2Vuc2VzLyBvZiAke2N0eC5jaGFpbi5tYXAoKHIpID0+IHIubmFtZSkuam9pbignLCAnKX0uYCk7XG4gICAgZWxzZSBpZiAodC5raW5kID09PSAnY29uZGl0aW9uYWwnICYmIGN0eC5pdXNlQ29tcGxldGUpIGNoZWNrRmxhZyhjdHgsIHQuZmxhZywgdC53b3JkLnNwYW4sIGFkZCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tLZXl3b3JkcyhjdHg6IERvY0NvbnRleHQsIHJhdzogc3RyaW5nLCBiYXNlOiBudW1iZXIsIGFkZDogQWRkKTogdm9pZCB7XG4gIGNvbnN0IGFyY2hlcyA9IG5ldyBTZXQoY3R4LmNoYWluLmZsYXRNYXAoKHIpID0+IFsuLi5yLmFyY2hlcygpXSkpO1xuICBpZiAoIWFyY2hlcy5zaXplKSByZXR1cm47XG4gIGZvciAoY29uc3QgdCBvZiB0b2tlbml6ZShyYXcsIGJhc2UpKSB7XG4gICAgaWYgKHQua2luZCA9PT0gJ2R5bmFtaWMnKSBjb250aW51ZTtcbiAgICBjb25zdCB3ID0gdC53b3JkLnRleHQ7XG4gICAgaWYgKHcgPT09ICctKicgfHwgdyA9PT0gJyonIHx8IHcgPT09ICd+KicpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGFyY2ggPSB3LnJlcGxhY2UoL15bfi1dLywgJycpO1xuICAgIGlmICghYXJjaGVzLmhhcyhhcmNoKSkgYWRkKHQud29yZC5zcGFuLCAnZXJyb3InLCAndW5rbm93bi1rZXl3b3JkJywgYFwiJHthcmNofVwiIGlzIG5vdCBhbiBhcmNoIGluIHByb2ZpbGVzL2FyY2gubGlzdC5gKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja1JlcXVpcmVkVXNlKGN0eDogRG9jQ29udGV4dCwgcmF3OiBzdHJpbmcsIGJhc2U6IG51bWJlciwgYWRkOiBBZGQpOiB2b2lkIHtcbiAgY29uc3QgdG9rZW5zID0gdG9rZW5pemUocmF3LCBiYXNlKTtcbiAgc3RydWN0dXJlKHRva2VucywgYWRkKTtcbiAgZm9yIChjb25zdCB0IG9mIHRva2Vucykge1xuICAgIGlmICh0LmtpbmQgPT09ICdpdGVtJykgY2hlY2tGbGFnKGN0eCwgdC53b3JkLnRleHQucmVwbGFjZSgvXiEvLCAnJyksIHQud29yZC5zcGFuLCBhZGQpO1xuICAgIGVsc2UgaWYgKHQua2luZCA9PT0gJ2NvbmRpdGlvbmFsJykgY2hlY2tGbGFnKGN0eCwgdC5mbGFnLCB0LndvcmQuc3BhbiwgYWRkKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBS0EsdUJBQTREO0FBQzVELHdCQUFrRDtBQUVsRCxpQkFBMEc7QUFLMUcsTUFBTSxlQUFlLG9CQUFJLElBQUksQ0FBQyxPQUFPLFFBQVEsUUFBUSxRQUFRLFlBQVksY0FBYyxTQUFTLENBQUM7QUFDakcsTUFBTSxzQkFBc0I7QUFHckIsU0FBUyxlQUFlLE1BQWMsVUFBc0M7QUFDakYsTUFBSSxLQUFLLFNBQVMsSUFBUSxFQUFHLFFBQU87QUFDcEMsTUFBSSxLQUFLLFNBQVMsU0FBVSxRQUFPLGlCQUFpQixLQUFLLFNBQVMsU0FBUyxRQUFRLENBQUMsQ0FBQyxrQkFBa0IsV0FBVyxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ3JJLFNBQU87QUFDVDtBQUVPLFNBQVMsbUJBQW1CLEtBQTRCO0FBQzdELFFBQU0sTUFBaUIsQ0FBQztBQUN4QixRQUFNLE1BQU0sQ0FBQyxNQUFZLFVBQW9CLE1BQWMsWUFBb0IsSUFBSSxLQUFLLEVBQUUsTUFBTSxVQUFVLE1BQU0sUUFBUSxDQUFDO0FBQ3pILFFBQU0sT0FBYSxFQUFFLE9BQU8sR0FBRyxLQUFLLEVBQUU7QUFFdEMsTUFBSSxNQUFNLFNBQVMsTUFBTSxHQUFHLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLElBQUksRUFBRSxNQUFNLFNBQVMsZUFBZSxFQUFFLE9BQU8sQ0FBQztBQUU5RyxNQUFJLElBQUksU0FBUyxVQUFVO0FBQ3pCLFFBQUksSUFBSSxhQUFhLE9BQVcsS0FBSSxNQUFNLFdBQVcsZ0JBQWdCLHVEQUF1RCwyQkFBZ0IsMkJBQWdCLFNBQVMsQ0FBQyxDQUFDLDJCQUEyQjtBQUFBLGFBQ3pMLENBQUMsSUFBSSxhQUFhLENBQUMsSUFBSSxTQUFTLFNBQVMsR0FBRyxFQUFHLEtBQUksSUFBSSxZQUFZLE1BQU0sU0FBUyxvQkFBb0IsU0FBUyxJQUFJLFFBQVEsOEJBQThCLDJCQUFnQixLQUFLLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFDbE07QUFFQSxhQUFXLEtBQUssSUFBSSxVQUFVO0FBQzVCLFFBQUksSUFBSSxnQkFBZ0IsSUFBSSxFQUFFLElBQUksR0FBRztBQUNuQyxZQUFNLFFBQVEsSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssSUFBSSxLQUFLO0FBQ3pELFVBQUksRUFBRSxNQUFNLFNBQVMsb0JBQW9CLFdBQVcsRUFBRSxJQUFJLDBCQUEwQixLQUFLLElBQUk7QUFBQSxJQUMvRjtBQUFBLEVBQ0Y7QUFFQSxhQUFXLEtBQUssSUFBSSxNQUFNLFVBQVU7QUFDbEMsUUFBSSxJQUFJLGVBQWUsSUFBSSxFQUFFLElBQUksRUFBRztBQUNwQyxVQUFNLFNBQUsseUJBQWEsRUFBRSxNQUFNLElBQUksSUFBSTtBQUN4QyxVQUFNLFVBQVUsR0FBRyxTQUFTLFFBQVEsR0FBRyxNQUFNLFVBQVUsUUFBUSxHQUFHLE1BQU0sT0FBTyxjQUFjO0FBQzdGLFFBQUksR0FBRyxTQUFTLFNBQVUsS0FBSSxFQUFFLFVBQVUsU0FBUyxtQkFBbUIsR0FBRyxFQUFFLElBQUksc0JBQXNCLElBQUksSUFBSSxJQUFJLE9BQU8sRUFBRTtBQUFBLGFBQ2pILEdBQUcsU0FBUyxhQUFjLEtBQUksRUFBRSxVQUFVLFdBQVcsdUJBQXVCLEdBQUcsRUFBRSxJQUFJLDBCQUEwQixJQUFJLElBQUksSUFBSSxPQUFPLEVBQUU7QUFBQSxhQUNwSSxHQUFHLFNBQVMsVUFBVyxLQUFJLEVBQUUsVUFBVSxTQUFTLHdCQUF3QixHQUFHLEVBQUUsSUFBSSxlQUFlLEdBQUcsTUFBTSxLQUFLLHVCQUF1QixJQUFJLElBQUksR0FBRztBQUN6SixRQUFJLGFBQWEsSUFBSSxFQUFFLElBQUksS0FBSyxJQUFJLFNBQVMsWUFBWSxJQUFJLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxFQUFHLFdBQVUsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUssUUFBUSxNQUFNLEVBQUUsR0FBRyxFQUFFLEtBQUssQ0FBQyxFQUFFLE1BQU0sR0FBRztBQUFBLEVBQzlKO0FBRUEsYUFBVyxLQUFLLElBQUksTUFBTSxTQUFTO0FBQ2pDLFFBQUksS0FBQyw4QkFBa0IsRUFBRSxNQUFNLElBQUksSUFBSSxLQUFLLENBQUMsSUFBSSxRQUFRLElBQUksRUFBRSxJQUFJLEVBQUcsS0FBSSxFQUFFLE1BQU0sU0FBUyx3QkFBd0IsR0FBRyxFQUFFLElBQUksNkJBQTZCLElBQUksSUFBSSxHQUFHO0FBQUEsRUFDdEs7QUFFQSxNQUFJLElBQUksU0FBUyxVQUFVO0FBQ3pCLGVBQVcsS0FBSyxJQUFJLE1BQU0sV0FBVztBQUNuQyxZQUFNLFFBQVEsa0JBQU8sSUFBSSxFQUFFLElBQUk7QUFDL0IsVUFBSSxVQUFVLE1BQU0sU0FBUyxLQUFLLElBQUksS0FBTSxLQUFJLEVBQUUsVUFBVSxTQUFTLHFCQUFxQixHQUFHLEVBQUUsSUFBSSxnQ0FBZ0MsTUFBTSxLQUFLLFdBQVcsSUFBSSxJQUFJLGtCQUFrQjtBQUFBLGVBQzFLLENBQUMsU0FBUyxxQkFBcUIsS0FBSyxFQUFFLElBQUksRUFBRyxLQUFJLEVBQUUsVUFBVSxXQUFXLGlCQUFpQixHQUFHLEVBQUUsSUFBSSx5REFBeUQ7QUFBQSxJQUN0SztBQUNBLGtCQUFjLEtBQUssR0FBRztBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSUEsU0FBUyxVQUFVLEtBQWlCLE1BQWMsTUFBWSxLQUFnQjtBQUM1RSxNQUFJLENBQUMsUUFBUSxLQUFLLFNBQVMsR0FBRyxLQUFLLElBQUksS0FBSyxJQUFJLElBQUksU0FBSyxnQ0FBYSxLQUFLLElBQUksRUFBRztBQUNsRixNQUFJLE1BQU0sU0FBUyxvQkFBb0IsYUFBYSxJQUFJLG1CQUFtQixJQUFJLFNBQVMsU0FBUyxvQ0FBb0MsRUFBRSxHQUFHO0FBQzVJO0FBRUEsU0FBUyxpQkFBaUIsS0FBaUIsTUFBdUI7QUFDaEUsU0FBTyxJQUFJLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxLQUFLLFNBQVMsSUFBSSxJQUFJLENBQUM7QUFDM0Q7QUFFQSxTQUFTLGNBQWMsS0FBaUIsS0FBZ0I7QUFDdEQsUUFBTSxPQUFhLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRTtBQUN0QyxhQUFXLFFBQVEsQ0FBQyxlQUFlLFFBQVEsU0FBUyxHQUFHO0FBQ3JELFFBQUksSUFBSSxRQUFRLElBQUksSUFBSSxLQUFLLGlCQUFpQixLQUFLLElBQUksS0FBSyxJQUFJLGdCQUFnQixLQUFNO0FBRXRGLFFBQUksU0FBUyxhQUFhLG1DQUFtQyxLQUFLLElBQUksWUFBWSxFQUFFLEVBQUc7QUFDdkYsUUFBSSxNQUFNLFNBQVMsWUFBWSxZQUFZLFNBQVMsb0JBQW9CLEdBQUcsSUFBSSxjQUFjLFNBQVMsWUFBWSxLQUFLLG9CQUFvQixHQUFHO0FBQUEsRUFDaEo7QUFDQSxhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssSUFBSSxTQUFTO0FBQ3RDLFVBQU0sSUFBSSxxQkFBVSxJQUFJLElBQUk7QUFDNUIsUUFBSSxHQUFHLFNBQVMsV0FBWSxNQUFLLFFBQVEsQ0FBQyxNQUFNLElBQUksRUFBRSxVQUFVLFNBQVMscUJBQXFCLEdBQUcsSUFBSSwrREFBK0QsQ0FBQztBQUFBLGFBQzVKLE1BQU0sRUFBRSxTQUFTLEtBQUssSUFBSSxLQUFNLE1BQUssUUFBUSxDQUFDLE1BQU0sSUFBSSxFQUFFLFVBQVUsU0FBUyx3QkFBd0IsR0FBRyxJQUFJLGVBQWUsRUFBRSxLQUFLLHVCQUF1QixJQUFJLElBQUksR0FBRyxDQUFDO0FBQzlLLGVBQVcsS0FBSyxNQUFNO0FBQ3BCLFVBQUksQ0FBQyxFQUFFLE1BQU87QUFDZCxVQUFJLGdDQUFxQixJQUFJLElBQUksRUFBRyxtQkFBa0IsS0FBSyxFQUFFLE1BQU0sTUFBTSxFQUFFLE1BQU0sS0FBSyxPQUFPLEdBQUc7QUFBQSxlQUN2RixTQUFTLFVBQVcsY0FBYSxLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxLQUFLLE9BQU8sR0FBRztBQUFBLGVBQzNFLFNBQVMsV0FBWSxlQUFjLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxNQUFNLEtBQUssT0FBTyxHQUFHO0FBQUEsZUFDN0UsU0FBUyxrQkFBa0IsSUFBSSxhQUFjLGtCQUFpQixLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxLQUFLLE9BQU8sR0FBRztBQUFBLGVBQ3hHLFNBQVMsVUFBVSxDQUFDLGtFQUFrRSxTQUFLLDJCQUFRLEVBQUUsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsTUFBTSxLQUFLLFNBQVMsR0FBRyxHQUFHO0FBQ3pKLFlBQUksRUFBRSxNQUFNLE1BQU0sU0FBUyxZQUFZLGFBQVMsMkJBQVEsRUFBRSxNQUFNLElBQUksQ0FBQyw2QkFBNkI7QUFBQSxNQUNwRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLElBQUksWUFBWSxJQUFJLEtBQUssSUFBSSxNQUFNLFNBQVMsSUFBSSxVQUFVLElBQUksRUFBRSxJQUFJO0FBQ2pGLE1BQUksTUFBTSxNQUFPLEtBQUksTUFBTSxXQUFXLHVCQUF1QixHQUFHLEtBQUssSUFBSSx5QkFBeUIsS0FBSyxNQUFNLE9BQU8sQ0FBQyxLQUFLLEtBQUssTUFBTSxPQUFPLDJDQUEyQztBQUN6TDtBQUVBLFNBQVMsa0JBQWtCLEtBQWlCLEtBQWEsTUFBYyxLQUFnQjtBQUNyRixRQUFNLGFBQVMsMkJBQVMsS0FBSyxJQUFJO0FBQ2pDLGFBQVcsS0FBSyxRQUFRO0FBQ3RCLFFBQUksRUFBRSxTQUFTLGlCQUFpQixFQUFFLFNBQVMsY0FBZSxLQUFJLEVBQUUsS0FBSyxNQUFNLFNBQVMsa0JBQWtCLElBQUksRUFBRSxLQUFLLElBQUksNENBQTRDO0FBQUEsYUFDeEosRUFBRSxTQUFTLFFBQVE7QUFDMUIsWUFBTSxhQUFTLDRCQUFVLEVBQUUsS0FBSyxNQUFNLElBQUksSUFBSTtBQUM5QyxVQUFJLE9BQVEsS0FBSSxFQUFFLEtBQUssTUFBTSxTQUFTLFlBQVksSUFBSSxFQUFFLEtBQUssSUFBSSxNQUFNLE1BQU0sR0FBRztBQUFBLGVBQ3ZFLElBQUksYUFBYyxZQUFXLFNBQUsseUNBQXVCLEVBQUUsS0FBSyxJQUFJLEVBQUcsV0FBVSxLQUFLLEdBQUcsRUFBRSxLQUFLLE1BQU0sR0FBRztBQUFBLElBQ3BILFdBQVcsRUFBRSxTQUFTLGlCQUFpQixJQUFJLGFBQWMsV0FBVSxLQUFLLEVBQUUsTUFBTSxFQUFFLEtBQUssTUFBTSxHQUFHO0FBQUEsRUFDbEc7QUFDQSxZQUFVLFFBQVEsR0FBRztBQUN2QjtBQUVBLFNBQVMsVUFBVSxRQUFxQyxLQUFnQjtBQUN0RSxNQUFJLFFBQVE7QUFDWixTQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdkIsUUFBSSxFQUFFLFNBQVMsT0FBUTtBQUFBLGFBQ2QsRUFBRSxTQUFTLFdBQVcsRUFBRSxRQUFRLEdBQUc7QUFDMUMsVUFBSSxFQUFFLEtBQUssTUFBTSxTQUFTLGtCQUFrQiw2QkFBNkI7QUFDekUsY0FBUTtBQUFBLElBQ1YsV0FBVyxFQUFFLFNBQVMsVUFBVSxFQUFFLFNBQVMsYUFBYSxFQUFFLFNBQVMsV0FBVyxPQUFPLElBQUksQ0FBQyxHQUFHLFNBQVMsVUFBVSxPQUFPLElBQUksQ0FBQyxHQUFHLFNBQVMsV0FBVztBQUNqSixVQUFJLEVBQUUsS0FBSyxNQUFNLFNBQVMsa0JBQWtCLElBQUksRUFBRSxLQUFLLElBQUkscUNBQWdDO0FBQUEsSUFDN0Y7QUFBQSxFQUNGLENBQUM7QUFDRCxNQUFJLFFBQVEsR0FBRztBQUNiLFVBQU0sT0FBTyxPQUFPLE9BQU8sU0FBUyxDQUFDO0FBQ3JDLFFBQUksS0FBSyxLQUFLLE1BQU0sU0FBUyxrQkFBa0IsR0FBRyxLQUFLLG9CQUFvQjtBQUFBLEVBQzdFO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsS0FBaUIsS0FBYSxNQUFjLEtBQWdCO0FBQ2hGLFFBQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQztBQUN6RSxRQUFNLGFBQVMsMkJBQVMsS0FBSyxJQUFJO0FBQ2pDLFlBQVUsUUFBUSxHQUFHO0FBQ3JCLE1BQUksQ0FBQyxNQUFNLE9BQVE7QUFDbkIsYUFBVyxLQUFLLFFBQVE7QUFDdEIsUUFBSSxFQUFFLFNBQVMsVUFBVSxDQUFDLE1BQU0sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsS0FBSyxJQUFJLENBQUMsRUFBRyxLQUFJLEVBQUUsS0FBSyxNQUFNLFNBQVMsbUJBQW1CLFlBQVksRUFBRSxLQUFLLElBQUksNEJBQTRCLElBQUksTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQUEsYUFDbE0sRUFBRSxTQUFTLGlCQUFpQixJQUFJLGFBQWMsV0FBVSxLQUFLLEVBQUUsTUFBTSxFQUFFLEtBQUssTUFBTSxHQUFHO0FBQUEsRUFDaEc7QUFDRjtBQUVBLFNBQVMsY0FBYyxLQUFpQixLQUFhLE1BQWMsS0FBZ0I7QUFDakYsUUFBTSxTQUFTLElBQUksSUFBSSxJQUFJLE1BQU0sUUFBUSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUNoRSxNQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLGFBQVcsU0FBSywyQkFBUyxLQUFLLElBQUksR0FBRztBQUNuQyxRQUFJLEVBQUUsU0FBUyxVQUFXO0FBQzFCLFVBQU0sSUFBSSxFQUFFLEtBQUs7QUFDakIsUUFBSSxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sS0FBTTtBQUMzQyxVQUFNLE9BQU8sRUFBRSxRQUFRLFNBQVMsRUFBRTtBQUNsQyxRQUFJLENBQUMsT0FBTyxJQUFJLElBQUksRUFBRyxLQUFJLEVBQUUsS0FBSyxNQUFNLFNBQVMsbUJBQW1CLElBQUksSUFBSSx5Q0FBeUM7QUFBQSxFQUN2SDtBQUNGO0FBRUEsU0FBUyxpQkFBaUIsS0FBaUIsS0FBYSxNQUFjLEtBQWdCO0FBQ3BGLFFBQU0sYUFBUywyQkFBUyxLQUFLLElBQUk7QUFDakMsWUFBVSxRQUFRLEdBQUc7QUFDckIsYUFBVyxLQUFLLFFBQVE7QUFDdEIsUUFBSSxFQUFFLFNBQVMsT0FBUSxXQUFVLEtBQUssRUFBRSxLQUFLLEtBQUssUUFBUSxNQUFNLEVBQUUsR0FBRyxFQUFFLEtBQUssTUFBTSxHQUFHO0FBQUEsYUFDNUUsRUFBRSxTQUFTLGNBQWUsV0FBVSxLQUFLLEVBQUUsTUFBTSxFQUFFLEtBQUssTUFBTSxHQUFHO0FBQUEsRUFDNUU7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
