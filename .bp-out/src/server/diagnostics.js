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
var import_node_path = require("node:path");
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
  const [lo, hi] = eapiRange(ctx);
  for (const c of ctx.facts.commands) {
    if (ctx.localFunctions.has(c.name)) continue;
    const st = (0, import_pms.helperStatus)(c.name, lo);
    const newest = (0, import_pms.helperStatus)(c.name, hi);
    const instead = st.kind !== "ok" && st.entry.instead ? ` Use ${st.entry.instead} instead.` : "";
    const where = lo === hi ? `EAPI ${lo}` : `EAPI ${lo} (the oldest this eclass supports)`;
    if (st.kind === "banned") add(c.nameSpan, "error", "banned-function", `${c.name} is banned in ${where}.${instead}`);
    else if (st.kind === "deprecated") add(c.nameSpan, "warning", "deprecated-function", `${c.name} is deprecated in ${where}.${instead}`);
    else if (newest.kind === "not-yet") add(c.nameSpan, "error", "function-not-in-eapi", `${c.name} needs EAPI ${newest.entry.since}; this file is EAPI ${hi}.`);
    if (USE_COMMANDS.has(c.name) && ctx.kind === "ebuild" && ctx.iuseComplete && c.args[0]) checkFlag(ctx, c.args[0].text.replace(/^!/, ""), c.args[0].span, add);
  }
  for (const r of ctx.facts.varRefs) {
    if (!(0, import_pms.variableAvailable)(r.name, lo) && !(0, import_pms.variableAvailable)(r.name, hi) && !ctx.globals.has(r.name)) add(r.span, "error", "variable-not-in-eapi", `${r.name} is not available in EAPI ${lo === hi ? lo : `${lo}\u2013${hi}`}.`);
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
function eapiRange(ctx) {
  if (ctx.kind === "ebuild") return [ctx.eapi, ctx.eapi];
  const own = ctx.repo?.eclass((0, import_node_path.basename)(ctx.path, ".eclass"))?.supportedEapis?.map(Number).filter((n) => !Number.isNaN(n));
  if (!own?.length) return [0, Number(import_pms.SUPPORTED_EAPIS[import_pms.SUPPORTED_EAPIS.length - 1])];
  return [Math.min(...own), Math.max(...own)];
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kaWFnbm9zdGljcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFYnVpbGQgY2hlY2tzIGNvbXB1dGVkIGZyb20gdGhlIHN5bnRheCB0cmVlLCBQTVMgZmFjdHMgYW5kIHRoZSByZXBvc2l0b3JpZXM6IGZhc3QgZW5vdWdoIHRvIHJ1blxuICogb24gZXZlcnkga2V5c3Ryb2tlIChzaGVsbGNoZWNrIGFuZCBwa2djaGVjayBydW4gZWxzZXdoZXJlLCBsYXRlcikuIFJlc3VsdHMgdXNlIGRvY3VtZW50IG9mZnNldHM7XG4gKiB0aGUgc2VydmVyIG1hcHMgdGhlbSB0byBMU1AgcmFuZ2VzLlxuICovXG5pbXBvcnQgeyBiYXNlbmFtZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBjaGVja0F0b20sIGNvbmRpdGlvbmFsVXNlRGVwRmxhZ3MsIHRva2VuaXplIH0gZnJvbSAnLi9kZXBTdHJpbmcnO1xuaW1wb3J0IHsgRG9jQ29udGV4dCwgaW1wbGljaXRGbGFnLCB1bnF1b3RlIH0gZnJvbSAnLi9kb2NDb250ZXh0JztcbmltcG9ydCB7IFNwYW4gfSBmcm9tICcuL3BhcnNlJztcbmltcG9ydCB7IERFUEVOREVOQ1lfVkFSSUFCTEVTLCBoZWxwZXJTdGF0dXMsIFBIQVNFUywgU1VQUE9SVEVEX0VBUElTLCBWQVJJQUJMRVMsIHZhcmlhYmxlQXZhaWxhYmxlIH0gZnJvbSAnLi9wbXMnO1xuXG5leHBvcnQgdHlwZSBTZXZlcml0eSA9ICdlcnJvcicgfCAnd2FybmluZycgfCAnaW5mb3JtYXRpb24nIHwgJ2hpbnQnO1xuZXhwb3J0IGludGVyZmFjZSBGaW5kaW5nIHsgc3BhbjogU3Bhbjsgc2V2ZXJpdHk6IFNldmVyaXR5OyBtZXNzYWdlOiBzdHJpbmc7IGNvZGU6IHN0cmluZyB9XG5cbmNvbnN0IFVTRV9DT01NQU5EUyA9IG5ldyBTZXQoWyd1c2UnLCAndXNldicsICd1c2VxJywgJ3VzZXgnLCAndXNlX3dpdGgnLCAndXNlX2VuYWJsZScsICdpbl9pdXNlJ10pO1xuY29uc3QgTUFYX1NZTlRBWF9QUk9CTEVNUyA9IDEwO1xuXG4vKiogQSBmaWxlIHdlIHNob3VsZCBub3QgYW5hbHlzZSBhdCBhbGwsIGFuZCB3aHkuICovXG5leHBvcnQgZnVuY3Rpb24gY29udGVudFByb2JsZW0odGV4dDogc3RyaW5nLCBtYXhCeXRlczogbnVtYmVyKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHRleHQuaW5jbHVkZXMoJ1xcdTAwMDAnKSkgcmV0dXJuICdUaGlzIGZpbGUgY29udGFpbnMgTlVMIGJ5dGVzOiBpdCBpcyBiaW5hcnksIG5vdCBhbiBlYnVpbGQuIExhbmd1YWdlIGZlYXR1cmVzIGFyZSBvZmYgZm9yIGl0Lic7XG4gIGlmICh0ZXh0Lmxlbmd0aCA+IG1heEJ5dGVzKSByZXR1cm4gYFRoaXMgZmlsZSBpcyAkeyh0ZXh0Lmxlbmd0aCAvIDEwNDg1NzYpLnRvRml4ZWQoMSl9IE1CLCBvdmVyIHRoZSAkeyhtYXhCeXRlcyAvIDEwNDg1NzYpLnRvRml4ZWQoMCl9IE1CIHRoZSBlYnVpbGQgbGFuZ3VhZ2Ugc2VydmVyIGFuYWx5c2VzLiBMYW5ndWFnZSBmZWF0dXJlcyBhcmUgb2ZmIGZvciBpdC5gO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gY29tcHV0ZURpYWdub3N0aWNzKGN0eDogRG9jQ29udGV4dCk6IEZpbmRpbmdbXSB7XG4gIGNvbnN0IG91dDogRmluZGluZ1tdID0gW107XG4gIGNvbnN0IGFkZCA9IChzcGFuOiBTcGFuLCBzZXZlcml0eTogU2V2ZXJpdHksIGNvZGU6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKSA9PiBvdXQucHVzaCh7IHNwYW4sIHNldmVyaXR5LCBjb2RlLCBtZXNzYWdlIH0pO1xuICBjb25zdCB6ZXJvOiBTcGFuID0geyBzdGFydDogMCwgZW5kOiAwIH07XG5cbiAgY3R4LmZhY3RzLnByb2JsZW1zLnNsaWNlKDAsIE1BWF9TWU5UQVhfUFJPQkxFTVMpLmZvckVhY2goKHApID0+IGFkZChwLnNwYW4sICdlcnJvcicsICdiYXNoLXN5bnRheCcsIHAubWVzc2FnZSkpO1xuXG4gIGlmIChjdHgua2luZCA9PT0gJ2VidWlsZCcpIHtcbiAgICBpZiAoY3R4LmVhcGlUZXh0ID09PSB1bmRlZmluZWQpIGFkZCh6ZXJvLCAnd2FybmluZycsICdlYXBpLW1pc3NpbmcnLCBgRUFQSSBpcyBub3Qgc2V0LCBzbyB0aGlzIGVidWlsZCBpcyBFQVBJIDAuIEFkZCBFQVBJPSR7U1VQUE9SVEVEX0VBUElTW1NVUFBPUlRFRF9FQVBJUy5sZW5ndGggLSAxXX0gYXMgdGhlIGZpcnN0IGFzc2lnbm1lbnQuYCk7XG4gICAgZWxzZSBpZiAoIWN0eC5lYXBpS25vd24gJiYgIWN0eC5lYXBpVGV4dC5pbmNsdWRlcygnJCcpKSBhZGQoY3R4LmVhcGlTcGFuID8/IHplcm8sICdlcnJvcicsICdlYXBpLXVuc3VwcG9ydGVkJywgYEVBUEkgXCIke2N0eC5lYXBpVGV4dH1cIiBpcyBub3Qgc3VwcG9ydGVkIChrbm93bjogJHtTVVBQT1JURURfRUFQSVMuam9pbignLCAnKX0pLmApO1xuICB9XG5cbiAgZm9yIChjb25zdCB3IG9mIGN0eC5pbmhlcml0cykge1xuICAgIGlmIChjdHgubWlzc2luZ0VjbGFzc2VzLmhhcyh3LnRleHQpKSB7XG4gICAgICBjb25zdCB3aGVyZSA9IGN0eC5jaGFpbi5tYXAoKHIpID0+IHIubmFtZSkuam9pbignLCAnKSB8fCAnbm8gcmVwb3NpdG9yeSBmb3VuZCBmb3IgdGhpcyBmaWxlJztcbiAgICAgIGFkZCh3LnNwYW4sICdlcnJvcicsICdlY2xhc3Mtbm90LWZvdW5kJywgYGVjbGFzcyBcIiR7dy50ZXh0fVwiIG5vdCBmb3VuZCAoc2VhcmNoZWQ6ICR7d2hlcmV9KS5gKTtcbiAgICB9XG4gIH1cblxuICAvLyBBbiBlY2xhc3Mgc2VydmVzIHNldmVyYWwgRUFQSXMgKGl0cyBAU1VQUE9SVEVEX0VBUElTKTogYSBoZWxwZXIgaXMgd3JvbmcgdGhlcmUgb25seSB3aGVuIGl0IGlzXG4gIC8vIGJhbm5lZCBpbiB0aGUgb2xkZXN0IG9mIHRoZW0sIG9yIG1pc3NpbmcgZnJvbSB0aGUgbmV3ZXN0LlxuICBjb25zdCBbbG8sIGhpXSA9IGVhcGlSYW5nZShjdHgpO1xuICBmb3IgKGNvbnN0IGMgb2YgY3R4LmZhY3RzLmNvbW1hbmRzKSB7XG4gICAgaWYgKGN0eC5sb2NhbEZ1bmN0aW9ucy5oYXMoYy5uYW1lKSkgY29udGludWU7XG4gICAgY29uc3Qgc3QgPSBoZWxwZXJTdGF0dXMoYy5uYW1lLCBsbyk7XG4gICAgY29uc3QgbmV3ZXN0ID0gaGVscGVyU3RhdHVzKGMubmFtZSwgaGkpO1xuICAgIGNvbnN0IGluc3RlYWQgPSBzdC5raW5kICE9PSAnb2snICYmIHN0LmVudHJ5Lmluc3RlYWQgPyBgIFVzZSAke3N0LmVudHJ5Lmluc3RlYWR9IGluc3RlYWQuYCA6ICcnO1xuICAgIGNvbnN0IHdoZXJlID0gbG8gPT09IGhpID8gYEVBUEkgJHtsb31gIDogYEVBUEkgJHtsb30gKHRoZSBvbGRlc3QgdGhpcyBlY2xhc3Mgc3VwcG9ydHMpYDtcbiAgICBpZiAoc3Qua2luZCA9PT0gJ2Jhbm5lZCcpIGFkZChjLm5hbWVTcGFuLCAnZXJyb3InLCAnYmFubmVkLWZ1bmN0aW9uJywgYCR7Yy5uYW1lfSBpcyBiYW5uZWQgaW4gJHt3aGVyZX0uJHtpbnN0ZWFkfWApO1xuICAgIGVsc2UgaWYgKHN0LmtpbmQgPT09ICdkZXByZWNhdGVkJykgYWRkKGMubmFtZVNwYW4sICd3YXJuaW5nJywgJ2RlcHJlY2F0ZWQtZnVuY3Rpb24nLCBgJHtjLm5hbWV9IGlzIGRlcHJlY2F0ZWQgaW4gJHt3aGVyZX0uJHtpbnN0ZWFkfWApO1xuICAgIGVsc2UgaWYgKG5ld2VzdC5raW5kID09PSAnbm90LXlldCcpIGFkZChjLm5hbWVTcGFuLCAnZXJyb3InLCAnZnVuY3Rpb24tbm90LWluLWVhcGknLCBgJHtjLm5hbWV9IG5lZWRzIEVBUEkgJHtuZXdlc3QuZW50cnkuc2luY2V9OyB0aGlzIGZpbGUgaXMgRUFQSSAke2hpfS5gKTtcbiAgICBpZiAoVVNFX0NPTU1BTkRTLmhhcyhjLm5hbWUpICYmIGN0eC5raW5kID09PSAnZWJ1aWxkJyAmJiBjdHguaXVzZUNvbXBsZXRlICYmIGMuYXJnc1swXSkgY2hlY2tGbGFnKGN0eCwgYy5hcmdzWzBdLnRleHQucmVwbGFjZSgvXiEvLCAnJyksIGMuYXJnc1swXS5zcGFuLCBhZGQpO1xuICB9XG5cbiAgZm9yIChjb25zdCByIG9mIGN0eC5mYWN0cy52YXJSZWZzKSB7XG4gICAgaWYgKCF2YXJpYWJsZUF2YWlsYWJsZShyLm5hbWUsIGxvKSAmJiAhdmFyaWFibGVBdmFpbGFibGUoci5uYW1lLCBoaSkgJiYgIWN0eC5nbG9iYWxzLmhhcyhyLm5hbWUpKSBhZGQoci5zcGFuLCAnZXJyb3InLCAndmFyaWFibGUtbm90LWluLWVhcGknLCBgJHtyLm5hbWV9IGlzIG5vdCBhdmFpbGFibGUgaW4gRUFQSSAke2xvID09PSBoaSA/IGxvIDogYCR7bG99XHUyMDEzJHtoaX1gfS5gKTtcbiAgfVxuXG4gIGlmIChjdHgua2luZCA9PT0gJ2VidWlsZCcpIHtcbiAgICBmb3IgKGNvbnN0IGYgb2YgY3R4LmZhY3RzLmZ1bmN0aW9ucykge1xuICAgICAgY29uc3QgcGhhc2UgPSBQSEFTRVMuZ2V0KGYubmFtZSk7XG4gICAgICBpZiAocGhhc2UgJiYgKHBoYXNlLnNpbmNlID8/IDApID4gY3R4LmVhcGkpIGFkZChmLm5hbWVTcGFuLCAnZXJyb3InLCAncGhhc2Utbm90LWluLWVhcGknLCBgJHtmLm5hbWV9IGlzIGEgcGhhc2UgZnVuY3Rpb24gb2YgRUFQSSAke3BoYXNlLnNpbmNlfSs7IEVBUEkgJHtjdHguZWFwaX0gbmV2ZXIgY2FsbHMgaXQuYCk7XG4gICAgICBlbHNlIGlmICghcGhhc2UgJiYgL14ocGtnfHNyYylfW2Etel0rJC8udGVzdChmLm5hbWUpKSBhZGQoZi5uYW1lU3BhbiwgJ3dhcm5pbmcnLCAndW5rbm93bi1waGFzZScsIGAke2YubmFtZX0gbG9va3MgbGlrZSBhIHBoYXNlIGZ1bmN0aW9uIGJ1dCBQTVMgaGFzIG5vIHN1Y2ggcGhhc2UuYCk7XG4gICAgfVxuICAgIGNoZWNrTWV0YWRhdGEoY3R4LCBhZGQpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBUaGUgRUFQSXMgdGhlIGZpbGUgbXVzdCB3b3JrIGluOiB0aGUgZWJ1aWxkJ3Mgb3duLCBvciBhbiBlY2xhc3MncyBAU1VQUE9SVEVEX0VBUElTIChhbGwga25vd24gb25lcyB3aGVuIHVuZG9jdW1lbnRlZCkuICovXG5mdW5jdGlvbiBlYXBpUmFuZ2UoY3R4OiBEb2NDb250ZXh0KTogW251bWJlciwgbnVtYmVyXSB7XG4gIGlmIChjdHgua2luZCA9PT0gJ2VidWlsZCcpIHJldHVybiBbY3R4LmVhcGksIGN0eC5lYXBpXTtcbiAgY29uc3Qgb3duID0gY3R4LnJlcG8/LmVjbGFzcyhiYXNlbmFtZShjdHgucGF0aCwgJy5lY2xhc3MnKSk/LnN1cHBvcnRlZEVhcGlzPy5tYXAoTnVtYmVyKS5maWx0ZXIoKG4pID0+ICFOdW1iZXIuaXNOYU4obikpO1xuICBpZiAoIW93bj8ubGVuZ3RoKSByZXR1cm4gWzAsIE51bWJlcihTVVBQT1JURURfRUFQSVNbU1VQUE9SVEVEX0VBUElTLmxlbmd0aCAtIDFdKV07XG4gIHJldHVybiBbTWF0aC5taW4oLi4ub3duKSwgTWF0aC5tYXgoLi4ub3duKV07XG59XG5cbnR5cGUgQWRkID0gKHNwYW46IFNwYW4sIHNldmVyaXR5OiBTZXZlcml0eSwgY29kZTogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpID0+IHZvaWQ7XG5cbmZ1bmN0aW9uIGNoZWNrRmxhZyhjdHg6IERvY0NvbnRleHQsIGZsYWc6IHN0cmluZywgc3BhbjogU3BhbiwgYWRkOiBBZGQpOiB2b2lkIHtcbiAgaWYgKCFmbGFnIHx8IGZsYWcuaW5jbHVkZXMoJyQnKSB8fCBjdHguaXVzZS5oYXMoZmxhZykgfHwgaW1wbGljaXRGbGFnKGN0eCwgZmxhZykpIHJldHVybjtcbiAgYWRkKHNwYW4sICdlcnJvcicsICdmbGFnLW5vdC1pbi1pdXNlJywgYFVTRSBmbGFnIFwiJHtmbGFnfVwiIGlzIG5vdCBpbiBJVVNFJHtjdHguZWNsYXNzZXMubGVuZ3RoID8gJyAoaW5jbHVkaW5nIGluaGVyaXRlZCBlY2xhc3NlcyknIDogJyd9LmApO1xufVxuXG5mdW5jdGlvbiBwcm92aWRlZEJ5RWNsYXNzKGN0eDogRG9jQ29udGV4dCwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBjdHguZWNsYXNzZXMuc29tZSgoZSkgPT4gZS5pbmZvLmFzc2lnbmVkLmhhcyhuYW1lKSk7XG59XG5cbmZ1bmN0aW9uIGNoZWNrTWV0YWRhdGEoY3R4OiBEb2NDb250ZXh0LCBhZGQ6IEFkZCk6IHZvaWQge1xuICBjb25zdCB6ZXJvOiBTcGFuID0geyBzdGFydDogMCwgZW5kOiAwIH07XG4gIGZvciAoY29uc3QgbmFtZSBvZiBbJ0RFU0NSSVBUSU9OJywgJ1NMT1QnLCAnTElDRU5TRSddKSB7XG4gICAgaWYgKGN0eC5nbG9iYWxzLmhhcyhuYW1lKSB8fCBwcm92aWRlZEJ5RWNsYXNzKGN0eCwgbmFtZSkgfHwgY3R4Lm1pc3NpbmdFY2xhc3Nlcy5zaXplKSBjb250aW51ZTtcbiAgICAvLyB2aXJ0dWFsIGFuZCBhY2N0LSogcGFja2FnZXMgaW5zdGFsbCBub3RoaW5nLCBzbyB0aGV5IGNhcnJ5IG5vIExJQ0VOU0VcbiAgICBpZiAobmFtZSA9PT0gJ0xJQ0VOU0UnICYmIC9eKHZpcnR1YWx8YWNjdC11c2VyfGFjY3QtZ3JvdXApJC8udGVzdChjdHguY2F0ZWdvcnkgPz8gJycpKSBjb250aW51ZTtcbiAgICBhZGQoemVybywgbmFtZSA9PT0gJ0xJQ0VOU0UnID8gJ3dhcm5pbmcnIDogJ2Vycm9yJywgJ21pc3NpbmctdmFyaWFibGUnLCBgJHtuYW1lfSBpcyBub3Qgc2V0JHtuYW1lID09PSAnTElDRU5TRScgPyAnJyA6ICcgKFBNUyByZXF1aXJlcyBpdCknfS5gKTtcbiAgfVxuICBmb3IgKGNvbnN0IFtuYW1lLCBsaXN0XSBvZiBjdHguZ2xvYmFscykge1xuICAgIGNvbnN0IHYgPSBWQVJJQUJMRVMuZ2V0KG5hbWUpO1xuICAgIGlmICh2Py5raW5kID09PSAncmVhZG9ubHknKSBsaXN0LmZvckVhY2goKGEpID0+IGFkZChhLm5hbWVTcGFuLCAnZXJyb3InLCAncmVhZG9ubHktdmFyaWFibGUnLCBgJHtuYW1lfSBpcyBzZXQgYnkgdGhlIHBhY2thZ2UgbWFuYWdlcjsgYW4gZWJ1aWxkIG11c3Qgbm90IGFzc2lnbiBpdC5gKSk7XG4gICAgZWxzZSBpZiAodiAmJiAodi5zaW5jZSA/PyAwKSA+IGN0eC5lYXBpKSBsaXN0LmZvckVhY2goKGEpID0+IGFkZChhLm5hbWVTcGFuLCAnZXJyb3InLCAndmFyaWFibGUtbm90LWluLWVhcGknLCBgJHtuYW1lfSBuZWVkcyBFQVBJICR7di5zaW5jZX07IHRoaXMgZmlsZSBpcyBFQVBJICR7Y3R4LmVhcGl9LmApKTtcbiAgICBmb3IgKGNvbnN0IGEgb2YgbGlzdCkge1xuICAgICAgaWYgKCFhLnZhbHVlKSBjb250aW51ZTtcbiAgICAgIGlmIChERVBFTkRFTkNZX1ZBUklBQkxFUy5oYXMobmFtZSkpIGNoZWNrRGVwZW5kZW5jaWVzKGN0eCwgYS52YWx1ZS50ZXh0LCBhLnZhbHVlLnNwYW4uc3RhcnQsIGFkZCk7XG4gICAgICBlbHNlIGlmIChuYW1lID09PSAnTElDRU5TRScpIGNoZWNrTGljZW5zZShjdHgsIGEudmFsdWUudGV4dCwgYS52YWx1ZS5zcGFuLnN0YXJ0LCBhZGQpO1xuICAgICAgZWxzZSBpZiAobmFtZSA9PT0gJ0tFWVdPUkRTJykgY2hlY2tLZXl3b3JkcyhjdHgsIGEudmFsdWUudGV4dCwgYS52YWx1ZS5zcGFuLnN0YXJ0LCBhZGQpO1xuICAgICAgZWxzZSBpZiAobmFtZSA9PT0gJ1JFUVVJUkVEX1VTRScgJiYgY3R4Lml1c2VDb21wbGV0ZSkgY2hlY2tSZXF1aXJlZFVzZShjdHgsIGEudmFsdWUudGV4dCwgYS52YWx1ZS5zcGFuLnN0YXJ0LCBhZGQpO1xuICAgICAgZWxzZSBpZiAobmFtZSA9PT0gJ1NMT1QnICYmICEvXltBLVphLXowLTlfXVtBLVphLXowLTkrXy4tXSooXFwvW0EtWmEtejAtOV9dW0EtWmEtejAtOStfLi1dKik/JC8udGVzdCh1bnF1b3RlKGEudmFsdWUudGV4dCkpICYmICFhLnZhbHVlLnRleHQuaW5jbHVkZXMoJyQnKSkge1xuICAgICAgICBhZGQoYS52YWx1ZS5zcGFuLCAnZXJyb3InLCAnYmFkLXNsb3QnLCBgU0xPVCBcIiR7dW5xdW90ZShhLnZhbHVlLnRleHQpfVwiIGlzIG5vdCBhIHZhbGlkIHNsb3QgbmFtZS5gKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgY29uc3QgbWV0YSA9IGN0eC5jYXRlZ29yeSAmJiBjdHgucG4gPyBjdHgucmVwbz8ubWV0YWRhdGEoY3R4LmNhdGVnb3J5LCBjdHgucG4pIDogdW5kZWZpbmVkO1xuICBpZiAobWV0YT8uZXJyb3IpIGFkZCh6ZXJvLCAnd2FybmluZycsICdtZXRhZGF0YS14bWwtYnJva2VuJywgYCR7bWV0YS5wYXRofSBkb2VzIG5vdCBwYXJzZSAobGluZSAke21ldGEuZXJyb3IubGluZSArIDF9OiAke21ldGEuZXJyb3IubWVzc2FnZX0pOyBpdHMgVVNFIGZsYWcgZGVzY3JpcHRpb25zIGFyZSBpZ25vcmVkLmApO1xufVxuXG5mdW5jdGlvbiBjaGVja0RlcGVuZGVuY2llcyhjdHg6IERvY0NvbnRleHQsIHJhdzogc3RyaW5nLCBiYXNlOiBudW1iZXIsIGFkZDogQWRkKTogdm9pZCB7XG4gIGNvbnN0IHRva2VucyA9IHRva2VuaXplKHJhdywgYmFzZSk7XG4gIGZvciAoY29uc3QgdCBvZiB0b2tlbnMpIHtcbiAgICBpZiAodC5raW5kID09PSAnZXhhY3RseS1vbmUnIHx8IHQua2luZCA9PT0gJ2F0LW1vc3Qtb25lJykgYWRkKHQud29yZC5zcGFuLCAnZXJyb3InLCAnYmFkLWRlcGVuZGVuY3knLCBgJyR7dC53b3JkLnRleHR9JyBncm91cHMgYXJlIG9ubHkgYWxsb3dlZCBpbiBSRVFVSVJFRF9VU0UuYCk7XG4gICAgZWxzZSBpZiAodC5raW5kID09PSAnaXRlbScpIHtcbiAgICAgIGNvbnN0IHJlYXNvbiA9IGNoZWNrQXRvbSh0LndvcmQudGV4dCwgY3R4LmVhcGkpO1xuICAgICAgaWYgKHJlYXNvbikgYWRkKHQud29yZC5zcGFuLCAnZXJyb3InLCAnYmFkLWF0b20nLCBgXCIke3Qud29yZC50ZXh0fVwiOiAke3JlYXNvbn0uYCk7XG4gICAgICBlbHNlIGlmIChjdHguaXVzZUNvbXBsZXRlKSBmb3IgKGNvbnN0IGYgb2YgY29uZGl0aW9uYWxVc2VEZXBGbGFncyh0LndvcmQudGV4dCkpIGNoZWNrRmxhZyhjdHgsIGYsIHQud29yZC5zcGFuLCBhZGQpO1xuICAgIH0gZWxzZSBpZiAodC5raW5kID09PSAnY29uZGl0aW9uYWwnICYmIGN0eC5pdXNlQ29tcGxldGUpIGNoZWNrRmxhZyhjdHgsIHQuZmxhZywgdC53b3JkLnNwYW4sIGFkZCk7XG4gIH1cbiAgc3RydWN0dXJlKHRva2VucywgYWRkKTtcbn1cblxuZnVuY3Rpb24gc3RydWN0dXJlKHRva2VuczogUmV0dXJuVHlwZTx0eXBlb2YgdG9rZW5pemU+LCBhZGQ6IEFkZCk6IHZvaWQge1xuICBsZXQgZGVwdGggPSAwO1xuICB0b2tlbnMuZm9yRWFjaCgodCwgaSkgPT4ge1xuICAgIGlmICh0LmtpbmQgPT09ICdvcGVuJykgZGVwdGgrKztcbiAgICBlbHNlIGlmICh0LmtpbmQgPT09ICdjbG9zZScgJiYgLS1kZXB0aCA8IDApIHtcbiAgICAgIGFkZCh0LndvcmQuc3BhbiwgJ2Vycm9yJywgJ2JhZC1kZXBlbmRlbmN5JywgXCInKScgd2l0aG91dCBhIG1hdGNoaW5nICcoJy5cIik7XG4gICAgICBkZXB0aCA9IDA7XG4gICAgfSBlbHNlIGlmICh0LmtpbmQgIT09ICdpdGVtJyAmJiB0LmtpbmQgIT09ICdkeW5hbWljJyAmJiB0LmtpbmQgIT09ICdjbG9zZScgJiYgdG9rZW5zW2kgKyAxXT8ua2luZCAhPT0gJ29wZW4nICYmIHRva2Vuc1tpICsgMV0/LmtpbmQgIT09ICdkeW5hbWljJykge1xuICAgICAgYWRkKHQud29yZC5zcGFuLCAnZXJyb3InLCAnYmFkLWRlcGVuZGVuY3knLCBgJyR7dC53b3JkLnRleHR9JyBtdXN0IGJlIGZvbGxvd2VkIGJ5ICcoIFx1MjAyNiApJy5gKTtcbiAgICB9XG4gIH0pO1xuICBpZiAoZGVwdGggPiAwKSB7XG4gICAgY29uc3QgbGFzdCA9IHRva2Vuc1t0b2tlbnMubGVuZ3RoIC0gMV07XG4gICAgYWRkKGxhc3Qud29yZC5zcGFuLCAnZXJyb3InLCAnYmFkLWRlcGVuZGVuY3knLCBgJHtkZXB0aH0gJygnIG5ldmVyIGNsb3NlZC5gKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBjaGVja0xpY2Vuc2UoY3R4OiBEb2NDb250ZXh0LCByYXc6IHN0cmluZywgYmFzZTogbnVtYmVyLCBhZGQ6IEFkZCk6IHZvaWQge1xuICBjb25zdCBrbm93biA9IGN0eC5jaGFpbi5tYXAoKHIpID0+IHIubGljZW5zZXMoKSkuZmlsdGVyKChzKSA9PiBzLnNpemUgPiAwKTtcbiAgY29uc3QgdG9rZW5zID0gdG9rZW5pemUocmF3LCBiYXNlKTtcbiAgc3RydWN0dXJlKHRva2VucywgYWRkKTtcbiAgaWYgKCFrbm93bi5sZW5ndGgpIHJldHVybjtcbiAgZm9yIChjb25zdCB0IG9mIHRva2Vucykge1xuICAgIGlmICh0LmtpbmQgPT09ICdpdGVtJyAmJiAha25vd24uc29tZSgocykgPT4gcy5oYXModC53b3JkLnRleHQpKSkgYWRkKHQud29yZC5zcGFuLCAnZXJyb3InLCAndW5rbm93bi1saWNlbnNlJywgYGxpY2VuY2UgXCIke3Qud29yZC50ZXh0fVwiIGlzIG5vdCBpbiBsaWNlbnNlcy8gb2YgJHtjdHguY2hhaW4ubWFwKChyKSA9PiByLm5hbWUpLmpvaW4oJywgJyl9LmApO1xuICAgIGVsc2UgaWYgKHQua2luZCA9PT0gJ2NvbmRpdGlvbmFsJyAmJiBjdHguaXVzZUNvbXBsZXRlKSBjaGVja0ZsYWcoY3R4LCB0LmZsYWcsIHQud29yZC5zcGFuLCBhZGQpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrS2V5d29yZHMoY3R4OiBEb2NDb250ZXh0LCByYXc6IHN0cmluZywgYmFzZTogbnVtYmVyLCBhZGQ6IEFkZCk6IHZvaWQge1xuICBjb25zdCBhcmNoZXMgPSBuZXcgU2V0KGN0eC5jaGFpbi5mbGF0TWFwKChyKSA9PiBbLi4uci5hcmNoZXMoKV0pKTtcbiAgaWYgKCFhcmNoZXMuc2l6ZSkgcmV0dXJuO1xuICBmb3IgKGNvbnN0IHQgb2YgdG9rZW5pemUocmF3LCBiYXNlKSkge1xuICAgIGlmICh0LmtpbmQgPT09ICdkeW5hbWljJykgY29udGludWU7XG4gICAgY29uc3QgdyA9IHQud29yZC50ZXh0O1xuICAgIGlmICh3ID09PSAnLSonIHx8IHcgPT09ICcqJyB8fCB3ID09PSAnfionKSBjb250aW51ZTtcbiAgICBjb25zdCBhcmNoID0gdy5yZXBsYWNlKC9eW34tXS8sICcnKTtcbiAgICBpZiAoIWFyY2hlcy5oYXMoYXJjaCkpIGFkZCh0LndvcmQuc3BhbiwgJ2Vycm9yJywgJ3Vua25vd24ta2V5d29yZCcsIGBcIiR7YXJjaH1cIiBpcyBub3QgYW4gYXJjaCBpbiBwcm9maWxlcy9hcmNoLmxpc3QuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tSZXF1aXJlZFVzZShjdHg6IERvY0NvbnRleHQsIHJhdzogc3RyaW5nLCBiYXNlOiBudW1iZXIsIGFkZDogQWRkKTogdm9pZCB7XG4gIGNvbnN0IHRva2VucyA9IHRva2VuaXplKHJhdywgYmFzZSk7XG4gIHN0cnVjdHVyZSh0b2tlbnMsIGFkZCk7XG4gIGZvciAoY29uc3QgdCBvZiB0b2tlbnMpIHtcbiAgICBpZiAodC5raW5kID09PSAnaXRlbScpIGNoZWNrRmxhZyhjdHgsIHQud29yZC50ZXh0LnJlcGxhY2UoL14hLywgJycpLCB0LndvcmQuc3BhbiwgYWRkKTtcbiAgICBlbHNlIGlmICh0LmtpbmQgPT09ICdjb25kaXRpb25hbCcpIGNoZWNrRmxhZyhjdHgsIHQuZmxhZywgdC53b3JkLnNwYW4sIGFkZCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLHVCQUF5QjtBQUN6Qix1QkFBNEQ7QUFDNUQsd0JBQWtEO0FBRWxELGlCQUEwRztBQUsxRyxNQUFNLGVBQWUsb0JBQUksSUFBSSxDQUFDLE9BQU8sUUFBUSxRQUFRLFFBQVEsWUFBWSxjQUFjLFNBQVMsQ0FBQztBQUNqRyxNQUFNLHNCQUFzQjtBQUdyQixTQUFTLGVBQWUsTUFBYyxVQUFzQztBQUNqRixNQUFJLEtBQUssU0FBUyxJQUFRLEVBQUcsUUFBTztBQUNwQyxNQUFJLEtBQUssU0FBUyxTQUFVLFFBQU8saUJBQWlCLEtBQUssU0FBUyxTQUFTLFFBQVEsQ0FBQyxDQUFDLGtCQUFrQixXQUFXLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDckksU0FBTztBQUNUO0FBRU8sU0FBUyxtQkFBbUIsS0FBNEI7QUFDN0QsUUFBTSxNQUFpQixDQUFDO0FBQ3hCLFFBQU0sTUFBTSxDQUFDLE1BQVksVUFBb0IsTUFBYyxZQUFvQixJQUFJLEtBQUssRUFBRSxNQUFNLFVBQVUsTUFBTSxRQUFRLENBQUM7QUFDekgsUUFBTSxPQUFhLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBRTtBQUV0QyxNQUFJLE1BQU0sU0FBUyxNQUFNLEdBQUcsbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sSUFBSSxFQUFFLE1BQU0sU0FBUyxlQUFlLEVBQUUsT0FBTyxDQUFDO0FBRTlHLE1BQUksSUFBSSxTQUFTLFVBQVU7QUFDekIsUUFBSSxJQUFJLGFBQWEsT0FBVyxLQUFJLE1BQU0sV0FBVyxnQkFBZ0IsdURBQXVELDJCQUFnQiwyQkFBZ0IsU0FBUyxDQUFDLENBQUMsMkJBQTJCO0FBQUEsYUFDekwsQ0FBQyxJQUFJLGFBQWEsQ0FBQyxJQUFJLFNBQVMsU0FBUyxHQUFHLEVBQUcsS0FBSSxJQUFJLFlBQVksTUFBTSxTQUFTLG9CQUFvQixTQUFTLElBQUksUUFBUSw4QkFBOEIsMkJBQWdCLEtBQUssSUFBSSxDQUFDLElBQUk7QUFBQSxFQUNsTTtBQUVBLGFBQVcsS0FBSyxJQUFJLFVBQVU7QUFDNUIsUUFBSSxJQUFJLGdCQUFnQixJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQ25DLFlBQU0sUUFBUSxJQUFJLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsS0FBSyxJQUFJLEtBQUs7QUFDekQsVUFBSSxFQUFFLE1BQU0sU0FBUyxvQkFBb0IsV0FBVyxFQUFFLElBQUksMEJBQTBCLEtBQUssSUFBSTtBQUFBLElBQy9GO0FBQUEsRUFDRjtBQUlBLFFBQU0sQ0FBQyxJQUFJLEVBQUUsSUFBSSxVQUFVLEdBQUc7QUFDOUIsYUFBVyxLQUFLLElBQUksTUFBTSxVQUFVO0FBQ2xDLFFBQUksSUFBSSxlQUFlLElBQUksRUFBRSxJQUFJLEVBQUc7QUFDcEMsVUFBTSxTQUFLLHlCQUFhLEVBQUUsTUFBTSxFQUFFO0FBQ2xDLFVBQU0sYUFBUyx5QkFBYSxFQUFFLE1BQU0sRUFBRTtBQUN0QyxVQUFNLFVBQVUsR0FBRyxTQUFTLFFBQVEsR0FBRyxNQUFNLFVBQVUsUUFBUSxHQUFHLE1BQU0sT0FBTyxjQUFjO0FBQzdGLFVBQU0sUUFBUSxPQUFPLEtBQUssUUFBUSxFQUFFLEtBQUssUUFBUSxFQUFFO0FBQ25ELFFBQUksR0FBRyxTQUFTLFNBQVUsS0FBSSxFQUFFLFVBQVUsU0FBUyxtQkFBbUIsR0FBRyxFQUFFLElBQUksaUJBQWlCLEtBQUssSUFBSSxPQUFPLEVBQUU7QUFBQSxhQUN6RyxHQUFHLFNBQVMsYUFBYyxLQUFJLEVBQUUsVUFBVSxXQUFXLHVCQUF1QixHQUFHLEVBQUUsSUFBSSxxQkFBcUIsS0FBSyxJQUFJLE9BQU8sRUFBRTtBQUFBLGFBQzVILE9BQU8sU0FBUyxVQUFXLEtBQUksRUFBRSxVQUFVLFNBQVMsd0JBQXdCLEdBQUcsRUFBRSxJQUFJLGVBQWUsT0FBTyxNQUFNLEtBQUssdUJBQXVCLEVBQUUsR0FBRztBQUMzSixRQUFJLGFBQWEsSUFBSSxFQUFFLElBQUksS0FBSyxJQUFJLFNBQVMsWUFBWSxJQUFJLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxFQUFHLFdBQVUsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLEtBQUssUUFBUSxNQUFNLEVBQUUsR0FBRyxFQUFFLEtBQUssQ0FBQyxFQUFFLE1BQU0sR0FBRztBQUFBLEVBQzlKO0FBRUEsYUFBVyxLQUFLLElBQUksTUFBTSxTQUFTO0FBQ2pDLFFBQUksS0FBQyw4QkFBa0IsRUFBRSxNQUFNLEVBQUUsS0FBSyxLQUFDLDhCQUFrQixFQUFFLE1BQU0sRUFBRSxLQUFLLENBQUMsSUFBSSxRQUFRLElBQUksRUFBRSxJQUFJLEVBQUcsS0FBSSxFQUFFLE1BQU0sU0FBUyx3QkFBd0IsR0FBRyxFQUFFLElBQUksNkJBQTZCLE9BQU8sS0FBSyxLQUFLLEdBQUcsRUFBRSxTQUFJLEVBQUUsRUFBRSxHQUFHO0FBQUEsRUFDeE47QUFFQSxNQUFJLElBQUksU0FBUyxVQUFVO0FBQ3pCLGVBQVcsS0FBSyxJQUFJLE1BQU0sV0FBVztBQUNuQyxZQUFNLFFBQVEsa0JBQU8sSUFBSSxFQUFFLElBQUk7QUFDL0IsVUFBSSxVQUFVLE1BQU0sU0FBUyxLQUFLLElBQUksS0FBTSxLQUFJLEVBQUUsVUFBVSxTQUFTLHFCQUFxQixHQUFHLEVBQUUsSUFBSSxnQ0FBZ0MsTUFBTSxLQUFLLFdBQVcsSUFBSSxJQUFJLGtCQUFrQjtBQUFBLGVBQzFLLENBQUMsU0FBUyxxQkFBcUIsS0FBSyxFQUFFLElBQUksRUFBRyxLQUFJLEVBQUUsVUFBVSxXQUFXLGlCQUFpQixHQUFHLEVBQUUsSUFBSSx5REFBeUQ7QUFBQSxJQUN0SztBQUNBLGtCQUFjLEtBQUssR0FBRztBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxVQUFVLEtBQW1DO0FBQ3BELE1BQUksSUFBSSxTQUFTLFNBQVUsUUFBTyxDQUFDLElBQUksTUFBTSxJQUFJLElBQUk7QUFDckQsUUFBTSxNQUFNLElBQUksTUFBTSxXQUFPLDJCQUFTLElBQUksTUFBTSxTQUFTLENBQUMsR0FBRyxnQkFBZ0IsSUFBSSxNQUFNLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQ3ZILE1BQUksQ0FBQyxLQUFLLE9BQVEsUUFBTyxDQUFDLEdBQUcsT0FBTywyQkFBZ0IsMkJBQWdCLFNBQVMsQ0FBQyxDQUFDLENBQUM7QUFDaEYsU0FBTyxDQUFDLEtBQUssSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLLElBQUksR0FBRyxHQUFHLENBQUM7QUFDNUM7QUFJQSxTQUFTLFVBQVUsS0FBaUIsTUFBYyxNQUFZLEtBQWdCO0FBQzVFLE1BQUksQ0FBQyxRQUFRLEtBQUssU0FBUyxHQUFHLEtBQUssSUFBSSxLQUFLLElBQUksSUFBSSxTQUFLLGdDQUFhLEtBQUssSUFBSSxFQUFHO0FBQ2xGLE1BQUksTUFBTSxTQUFTLG9CQUFvQixhQUFhLElBQUksbUJBQW1CLElBQUksU0FBUyxTQUFTLG9DQUFvQyxFQUFFLEdBQUc7QUFDNUk7QUFFQSxTQUFTLGlCQUFpQixLQUFpQixNQUF1QjtBQUNoRSxTQUFPLElBQUksU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLEtBQUssU0FBUyxJQUFJLElBQUksQ0FBQztBQUMzRDtBQUVBLFNBQVMsY0FBYyxLQUFpQixLQUFnQjtBQUN0RCxRQUFNLE9BQWEsRUFBRSxPQUFPLEdBQUcsS0FBSyxFQUFFO0FBQ3RDLGFBQVcsUUFBUSxDQUFDLGVBQWUsUUFBUSxTQUFTLEdBQUc7QUFDckQsUUFBSSxJQUFJLFFBQVEsSUFBSSxJQUFJLEtBQUssaUJBQWlCLEtBQUssSUFBSSxLQUFLLElBQUksZ0JBQWdCLEtBQU07QUFFdEYsUUFBSSxTQUFTLGFBQWEsbUNBQW1DLEtBQUssSUFBSSxZQUFZLEVBQUUsRUFBRztBQUN2RixRQUFJLE1BQU0sU0FBUyxZQUFZLFlBQVksU0FBUyxvQkFBb0IsR0FBRyxJQUFJLGNBQWMsU0FBUyxZQUFZLEtBQUssb0JBQW9CLEdBQUc7QUFBQSxFQUNoSjtBQUNBLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxJQUFJLFNBQVM7QUFDdEMsVUFBTSxJQUFJLHFCQUFVLElBQUksSUFBSTtBQUM1QixRQUFJLEdBQUcsU0FBUyxXQUFZLE1BQUssUUFBUSxDQUFDLE1BQU0sSUFBSSxFQUFFLFVBQVUsU0FBUyxxQkFBcUIsR0FBRyxJQUFJLCtEQUErRCxDQUFDO0FBQUEsYUFDNUosTUFBTSxFQUFFLFNBQVMsS0FBSyxJQUFJLEtBQU0sTUFBSyxRQUFRLENBQUMsTUFBTSxJQUFJLEVBQUUsVUFBVSxTQUFTLHdCQUF3QixHQUFHLElBQUksZUFBZSxFQUFFLEtBQUssdUJBQXVCLElBQUksSUFBSSxHQUFHLENBQUM7QUFDOUssZUFBVyxLQUFLLE1BQU07QUFDcEIsVUFBSSxDQUFDLEVBQUUsTUFBTztBQUNkLFVBQUksZ0NBQXFCLElBQUksSUFBSSxFQUFHLG1CQUFrQixLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxLQUFLLE9BQU8sR0FBRztBQUFBLGVBQ3ZGLFNBQVMsVUFBVyxjQUFhLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxNQUFNLEtBQUssT0FBTyxHQUFHO0FBQUEsZUFDM0UsU0FBUyxXQUFZLGVBQWMsS0FBSyxFQUFFLE1BQU0sTUFBTSxFQUFFLE1BQU0sS0FBSyxPQUFPLEdBQUc7QUFBQSxlQUM3RSxTQUFTLGtCQUFrQixJQUFJLGFBQWMsa0JBQWlCLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxNQUFNLEtBQUssT0FBTyxHQUFHO0FBQUEsZUFDeEcsU0FBUyxVQUFVLENBQUMsa0VBQWtFLFNBQUssMkJBQVEsRUFBRSxNQUFNLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxNQUFNLEtBQUssU0FBUyxHQUFHLEdBQUc7QUFDekosWUFBSSxFQUFFLE1BQU0sTUFBTSxTQUFTLFlBQVksYUFBUywyQkFBUSxFQUFFLE1BQU0sSUFBSSxDQUFDLDZCQUE2QjtBQUFBLE1BQ3BHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sSUFBSSxZQUFZLElBQUksS0FBSyxJQUFJLE1BQU0sU0FBUyxJQUFJLFVBQVUsSUFBSSxFQUFFLElBQUk7QUFDakYsTUFBSSxNQUFNLE1BQU8sS0FBSSxNQUFNLFdBQVcsdUJBQXVCLEdBQUcsS0FBSyxJQUFJLHlCQUF5QixLQUFLLE1BQU0sT0FBTyxDQUFDLEtBQUssS0FBSyxNQUFNLE9BQU8sMkNBQTJDO0FBQ3pMO0FBRUEsU0FBUyxrQkFBa0IsS0FBaUIsS0FBYSxNQUFjLEtBQWdCO0FBQ3JGLFFBQU0sYUFBUywyQkFBUyxLQUFLLElBQUk7QUFDakMsYUFBVyxLQUFLLFFBQVE7QUFDdEIsUUFBSSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsU0FBUyxjQUFlLEtBQUksRUFBRSxLQUFLLE1BQU0sU0FBUyxrQkFBa0IsSUFBSSxFQUFFLEtBQUssSUFBSSw0Q0FBNEM7QUFBQSxhQUN4SixFQUFFLFNBQVMsUUFBUTtBQUMxQixZQUFNLGFBQVMsNEJBQVUsRUFBRSxLQUFLLE1BQU0sSUFBSSxJQUFJO0FBQzlDLFVBQUksT0FBUSxLQUFJLEVBQUUsS0FBSyxNQUFNLFNBQVMsWUFBWSxJQUFJLEVBQUUsS0FBSyxJQUFJLE1BQU0sTUFBTSxHQUFHO0FBQUEsZUFDdkUsSUFBSSxhQUFjLFlBQVcsU0FBSyx5Q0FBdUIsRUFBRSxLQUFLLElBQUksRUFBRyxXQUFVLEtBQUssR0FBRyxFQUFFLEtBQUssTUFBTSxHQUFHO0FBQUEsSUFDcEgsV0FBVyxFQUFFLFNBQVMsaUJBQWlCLElBQUksYUFBYyxXQUFVLEtBQUssRUFBRSxNQUFNLEVBQUUsS0FBSyxNQUFNLEdBQUc7QUFBQSxFQUNsRztBQUNBLFlBQVUsUUFBUSxHQUFHO0FBQ3ZCO0FBRUEsU0FBUyxVQUFVLFFBQXFDLEtBQWdCO0FBQ3RFLE1BQUksUUFBUTtBQUNaLFNBQU8sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN2QixRQUFJLEVBQUUsU0FBUyxPQUFRO0FBQUEsYUFDZCxFQUFFLFNBQVMsV0FBVyxFQUFFLFFBQVEsR0FBRztBQUMxQyxVQUFJLEVBQUUsS0FBSyxNQUFNLFNBQVMsa0JBQWtCLDZCQUE2QjtBQUN6RSxjQUFRO0FBQUEsSUFDVixXQUFXLEVBQUUsU0FBUyxVQUFVLEVBQUUsU0FBUyxhQUFhLEVBQUUsU0FBUyxXQUFXLE9BQU8sSUFBSSxDQUFDLEdBQUcsU0FBUyxVQUFVLE9BQU8sSUFBSSxDQUFDLEdBQUcsU0FBUyxXQUFXO0FBQ2pKLFVBQUksRUFBRSxLQUFLLE1BQU0sU0FBUyxrQkFBa0IsSUFBSSxFQUFFLEtBQUssSUFBSSxxQ0FBZ0M7QUFBQSxJQUM3RjtBQUFBLEVBQ0YsQ0FBQztBQUNELE1BQUksUUFBUSxHQUFHO0FBQ2IsVUFBTSxPQUFPLE9BQU8sT0FBTyxTQUFTLENBQUM7QUFDckMsUUFBSSxLQUFLLEtBQUssTUFBTSxTQUFTLGtCQUFrQixHQUFHLEtBQUssb0JBQW9CO0FBQUEsRUFDN0U7QUFDRjtBQUVBLFNBQVMsYUFBYSxLQUFpQixLQUFhLE1BQWMsS0FBZ0I7QUFDaEYsUUFBTSxRQUFRLElBQUksTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDO0FBQ3pFLFFBQU0sYUFBUywyQkFBUyxLQUFLLElBQUk7QUFDakMsWUFBVSxRQUFRLEdBQUc7QUFDckIsTUFBSSxDQUFDLE1BQU0sT0FBUTtBQUNuQixhQUFXLEtBQUssUUFBUTtBQUN0QixRQUFJLEVBQUUsU0FBUyxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFHLEtBQUksRUFBRSxLQUFLLE1BQU0sU0FBUyxtQkFBbUIsWUFBWSxFQUFFLEtBQUssSUFBSSw0QkFBNEIsSUFBSSxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFBQSxhQUNsTSxFQUFFLFNBQVMsaUJBQWlCLElBQUksYUFBYyxXQUFVLEtBQUssRUFBRSxNQUFNLEVBQUUsS0FBSyxNQUFNLEdBQUc7QUFBQSxFQUNoRztBQUNGO0FBRUEsU0FBUyxjQUFjLEtBQWlCLEtBQWEsTUFBYyxLQUFnQjtBQUNqRixRQUFNLFNBQVMsSUFBSSxJQUFJLElBQUksTUFBTSxRQUFRLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hFLE1BQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsYUFBVyxTQUFLLDJCQUFTLEtBQUssSUFBSSxHQUFHO0FBQ25DLFFBQUksRUFBRSxTQUFTLFVBQVc7QUFDMUIsVUFBTSxJQUFJLEVBQUUsS0FBSztBQUNqQixRQUFJLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxLQUFNO0FBQzNDLFVBQU0sT0FBTyxFQUFFLFFBQVEsU0FBUyxFQUFFO0FBQ2xDLFFBQUksQ0FBQyxPQUFPLElBQUksSUFBSSxFQUFHLEtBQUksRUFBRSxLQUFLLE1BQU0sU0FBUyxtQkFBbUIsSUFBSSxJQUFJLHlDQUF5QztBQUFBLEVBQ3ZIO0FBQ0Y7QUFFQSxTQUFTLGlCQUFpQixLQUFpQixLQUFhLE1BQWMsS0FBZ0I7QUFDcEYsUUFBTSxhQUFTLDJCQUFTLEtBQUssSUFBSTtBQUNqQyxZQUFVLFFBQVEsR0FBRztBQUNyQixhQUFXLEtBQUssUUFBUTtBQUN0QixRQUFJLEVBQUUsU0FBUyxPQUFRLFdBQVUsS0FBSyxFQUFFLEtBQUssS0FBSyxRQUFRLE1BQU0sRUFBRSxHQUFHLEVBQUUsS0FBSyxNQUFNLEdBQUc7QUFBQSxhQUM1RSxFQUFFLFNBQVMsY0FBZSxXQUFVLEtBQUssRUFBRSxNQUFNLEVBQUUsS0FBSyxNQUFNLEdBQUc7QUFBQSxFQUM1RTtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
