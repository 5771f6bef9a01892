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
var lineEvents_exports = {};
__export(lineEvents_exports, {
  DiagnosticReader: () => DiagnosticReader,
  emergeLogLine: () => emergeLogLine,
  mergeListLine: () => mergeListLine,
  progressLine: () => progressLine
});
module.exports = __toCommonJS(lineEvents_exports);
var import_block = require("./block");
const START = /^(Emerging|Fetching)(?: binary)? \((\d+) of (\d+)\) (\S+)/;
const DONE = /^Completed \((\d+) of (\d+)\) (\S+)/;
const INSTALLING = /^Installing \((\d+) of (\d+)\) (\S+)/;
const UNMERGING = /^Unmerging \((\d+) of (\d+)\) (\S+?)(?:\.\.\.)?$/;
const LOG_EMERGE = /^>>> emerge \((\d+) of (\d+)\) (\S+) to \S+/;
const LOG_DONE = /^::: completed emerge \((\d+) of (\d+)\) (\S+) to \S+/;
const LOG_PHASE = /^=== \(\d+ of \d+\) (Cleaning|Compiling\/Merging|Compiling\/Packaging|Merging|Post-Build Cleaning) \(([^:\s]+)/;
const MERGE_LIST = /^\[(ebuild|binary|nomerge|blocks|uninstall|installed)( [^\]]*)\]( *)(\S+)(.*)$/;
const DIAG = /^(?![*-] )([^\s:][^:]*?):(\d+):(?:(\d+):)? (fatal error|error|warning|note|ERROR|WARNING): (.*)$/;
const RUST_HEAD = /^(error|warning)(?:\[(E\d+)\])?: (.+)$/;
const RUST_AT = /^--> ([^\s:][^:]*):(\d+):(\d+)$/;
const CMAKE = /^CMake (Error|Warning)(?: \(dev\))? at ([^:]+):(\d+)(?: \(([^)]*)\))?:?$/;
const LINKER = /^(?:\S*\/)?(?:ld(?:\.\w+)?|collect2|ld\.lld|mold)(?:: (?:error|fatal error))?: (.*(?:undefined reference to|cannot find -l|undefined symbol|ld returned \d+ exit status).*)$/;
const DIAG_CONTEXT = /^([^\s:][^:]*?): ((?:In (?:member |static member )?function|In constructor|In destructor|In instantiation|In lambda function|At global scope|At top level).*)$/;
const MAKE = /^g?make(?:\[\d+\])?: \*\*\* \[(?:(.+?):(?:(\d+):)? )?([^\]]*?)\] (Error \d+|Segmentation fault.*)$/;
const PHASE_LINES = [
  [/^Unpacking source\.\.\./, "unpack"],
  [/^Preparing source in /, "prepare"],
  [/^Configuring source in /, "configure"],
  [/^Compiling source in /, "compile"],
  [/^Test phase(?: \[not enabled\])?: /, "test"],
  [/^Install \S+ into /, "install"],
  [/^Creating binpkg\b/, "package"]
];
function progressLine(l, ctx) {
  let t = l.text;
  if (t.startsWith(">>>")) {
    if (LOG_EMERGE.test(t) || LOG_DONE.test(t)) return emergeLogLine(l, ctx);
    t = t.slice(3).trimStart();
  }
  const c = t.charCodeAt(0);
  let m;
  if (c === 69 || c === 70) {
    if (m = START.exec(t)) {
      const { cpv, repo } = (0, import_block.splitPkgSpec)(m[4]);
      ctx.cpv = cpv;
      return [{
        type: "package-start",
        inputLine: l.n,
        cpv,
        ...repo ? { repo } : {},
        index: Number(m[2]),
        total: Number(m[3]),
        action: m[1] === "Fetching" ? "fetch" : "emerge"
      }];
    }
    return null;
  }
  if (c === 67) {
    if (m = DONE.exec(t)) {
      const { cpv, repo } = (0, import_block.splitPkgSpec)(m[3]);
      return [{ type: "package-done", inputLine: l.n, cpv, ...repo ? { repo } : {}, index: Number(m[1]), total: Number(m[2]), result: "completed" }];
    }
  } else if (c === 73) {
    if (m = INSTALLING.exec(t)) return [phase(l, "merge", (0, import_block.splitPkgSpec)(m[3]).cpv)];
  } else if (c === 85) {
    if (m = UNMERGING.exec(t)) return [phase(l, "unmerge", (0, import_block.splitPkgSpec)(m[3]).cpv)];
  }
  if (c === 85 || c === 80 || c === 67 || c === 84 || c === 73) {
    for (const [re, name] of PHASE_LINES) {
      if (!re.test(t)) continue;
      const named = /^(?:Test phase(?: \[not enabled\])?: |Install )(\S+)/.exec(t);
      const ev = phase(l, name, named ? named[1] : ctx.cpv);
      if (/\[not enabled\]/.test(t)) ev.skipped = true;
      return [ev];
    }
  }
  return null;
}
function phase(l, name, cpv) {
  return { type: "phase", inputLine: l.n, phase: name, ...cpv ? { cpv } : {} };
}
function emergeLogLine(l, ctx) {
  const t = l.text;
  let m;
  if (m = LOG_EMERGE.exec(t)) {
    ctx.cpv = m[3];
    return [{ type: "package-start", inputLine: l.n, cpv: m[3], index: Number(m[1]), total: Number(m[2]), action: "emerge" }];
  }
  if (m = LOG_DONE.exec(t)) {
    return [{ type: "package-done", inputLine: l.n, cpv: m[3], index: Number(m[1]), total: Number(m[2]), result: "completed" }];
  }
  if (m = LOG_PHASE.exec(t)) {
    const names = {
      Cleaning: "clean",
      "Compiling/Merging": "compile",
      "Compiling/Packaging": "compile",
      Merging: "merge",
      "Post-Build Cleaning": "clean"
    };
    return [phase(l, names[m[1]], m[2])];
  }
  return null;
}
function mergeListLine(l) {
  const m = MERGE_LIST.exec(l.text);
  if (!m) return null;
  const [, pkgType, flagCol, pad, spec, restRaw] = m;
  const flags = flagCol.trim().replace(/\s+/g, " ");
  if (pkgType === "blocks") {
    const b = /^\s*\("?([^"]+?)"? is (hard )?blocking (.+?)\)\s*$/.exec(restRaw);
    return [{
      type: "blocker",
      inputLine: l.n,
      atom: spec,
      ...b ? { blocking: b[3], hard: Boolean(b[2]) } : {},
      resolved: flags.includes("b") && !flags.includes("B")
    }];
  }
  const { cpv, slot, repo } = (0, import_block.splitPkgSpec)(spec);
  let rest = restRaw;
  const ev = {
    type: "merge-list",
    inputLine: l.n,
    pkgType,
    flags,
    action: actionOf(pkgType, flags),
    cpv,
    ...slot ? { slot } : {},
    ...repo ? { repo } : {},
    vars: {},
    depth: Math.max(0, pad.length - 1)
  };
  const old = /^\s*\[([^\]]+)\]/.exec(rest);
  if (old) {
    ev.old = old[1];
    rest = rest.slice(old[0].length);
  }
  for (const v of rest.matchAll(/([A-Z][A-Z0-9_]*)="([^"]*)"/g)) ev.vars[v[1]] = v[2];
  const size = /(\d[\d,.]*\s*[kKMGT]i?B)\s*$/.exec(rest);
  if (size) ev.size = size[1];
  return [ev];
}
function actionOf(pkgType, flags) {
  if (pkgType === "nomerge") return "nomerge";
  if (pkgType === "uninstall") return "uninstall";
  const f = flags.split(" ")[0] ?? "";
  if (f.includes("NS")) return "new-slot";
  if (f.includes("N")) return "new";
  if (f.includes("U")) return f.includes("D") ? "downgrade" : "upgrade";
  if (f.includes("D")) return "downgrade";
  if (f.includes("R") || f.includes("r")) return "reinstall";
  return "other";
}
class DiagnosticReader {
  context;
  /** rustc prints `error[E0425]: …` and the place on a later `--> file:line:col` line. */
  rust;
  read(l, ctx) {
    const t = l.text;
    if (this.rust) {
      const at = RUST_AT.exec(t);
      if (at) {
        const r = this.rust;
        this.rust = void 0;
        const ev = {
          type: "compiler-diagnostic",
          inputLine: r.n,
          tool: "compiler",
          file: at[1],
          line: Number(at[2]),
          column: Number(at[3]),
          severity: r.severity,
          message: r.message
        };
        if (ctx.cpv) ev.cpv = ctx.cpv;
        return [ev];
      }
      if (--this.rust.left <= 0) this.rust = void 0;
    }
    if (t.indexOf(": ") < 0) {
      const cm = t.startsWith("CMake ") ? CMAKE.exec(t) : null;
      if (!cm) return null;
      const ev = {
        type: "compiler-diagnostic",
        inputLine: l.n,
        tool: "cmake",
        file: cm[2],
        line: Number(cm[3]),
        severity: cm[1] === "Error" ? "error" : "warning",
        message: cm[4] ?? `CMake ${cm[1]}`
      };
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    let m = DIAG.exec(t);
    if (m) {
      const ev = {
        type: "compiler-diagnostic",
        inputLine: l.n,
        tool: "compiler",
        file: m[1],
        line: Number(m[2]),
        ...m[3] ? { column: Number(m[3]) } : {},
        severity: m[4].toLowerCase(),
        message: m[5]
      };
      const opt = /\s\[(-W[\w=+-]+)\]$/.exec(m[5]);
      if (opt) ev.option = opt[1];
      if (this.context && this.context.file === m[1]) ev.context = this.context.text;
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    if (m = DIAG_CONTEXT.exec(t)) {
      this.context = { file: m[1], text: m[2] };
      return [];
    }
    if ((t.charCodeAt(0) === 101 || t.charCodeAt(0) === 119) && (m = RUST_HEAD.exec(t)) && !/^(?:error|warning): (?:Could not|could not compile|aborting due)/.test(t)) {
      this.rust = { n: l.n, severity: m[1], message: m[2] ? `[${m[2]}] ${m[3]}` : m[3], left: 3 };
      return [];
    }
    if (m = LINKER.exec(t)) {
      const ev = { type: "compiler-diagnostic", inputLine: l.n, tool: "linker", file: t.slice(0, t.indexOf(":")), severity: "error", message: m[1] };
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    if (t.includes("***") && (m = MAKE.exec(t))) {
      const ev = {
        type: "compiler-diagnostic",
        inputLine: l.n,
        tool: "make",
        file: m[1] ?? m[3],
        ...m[2] ? { line: Number(m[2]) } : {},
        severity: "error",
        message: m[4],
        target: m[3]
      };
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    return null;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DiagnosticReader,
  emergeLogLine,
  mergeListLine,
  progressLine
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2xpbmVFdmVudHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRXZlbnRzIHRoYXQgZml0IG9uIG9uZSBsaW5lOiBwYWNrYWdlIHN0YXJ0L2ZpbmlzaCwgcGhhc2UgcHJvZ3Jlc3MsIG1lcmdlLWxpc3QgZW50cmllcyAoYW5kIHRoZWlyXG4gKiBgW2Jsb2NrcyBcdTIwMjZdYCBsaW5lcyksIGNvbXBpbGVyIGFuZCBtYWtlIGRpYWdub3N0aWNzLiBBbHNvIGVtZXJnZS5sb2cncyBmb3JtcyAoYD4+PiBlbWVyZ2UgKDEgb2YgMSkgY3B2IHRvIC9gKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb21waWxlckRpYWdub3N0aWNFdmVudCwgRW1lcmdlRXZlbnQsIE1lcmdlTGlzdEV2ZW50LCBQaGFzZUV2ZW50LCBQaGFzZU5hbWUgfSBmcm9tICcuL2V2ZW50cyc7XG5pbXBvcnQgdHlwZSB7IFBhcnNlQ29udGV4dCB9IGZyb20gJy4vYmxvY2snO1xuaW1wb3J0IHsgc3BsaXRQa2dTcGVjIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgdHlwZSB7IExvZ0xpbmUgfSBmcm9tICcuL2xvZ0xpbmUnO1xuXG5jb25zdCBTVEFSVCA9IC9eKEVtZXJnaW5nfEZldGNoaW5nKSg/OiBiaW5hcnkpPyBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKS87XG5jb25zdCBET05FID0gL15Db21wbGV0ZWQgXFwoKFxcZCspIG9mIChcXGQrKVxcKSAoXFxTKykvO1xuY29uc3QgSU5TVEFMTElORyA9IC9eSW5zdGFsbGluZyBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKS87XG5jb25zdCBVTk1FUkdJTkcgPSAvXlVubWVyZ2luZyBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrPykoPzpcXC5cXC5cXC4pPyQvO1xuY29uc3QgTE9HX0VNRVJHRSA9IC9ePj4+IGVtZXJnZSBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKSB0byBcXFMrLztcbmNvbnN0IExPR19ET05FID0gL146OjogY29tcGxldGVkIGVtZXJnZSBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKSB0byBcXFMrLztcbmNvbnN0IExPR19QSEFTRSA9IC9ePT09IFxcKFxcZCsgb2YgXFxkK1xcKSAoQ2xlYW5pbmd8Q29tcGlsaW5nXFwvTWVyZ2luZ3xDb21waWxpbmdcXC9QYWNrYWdpbmd8TWVyZ2luZ3xQb3N0LUJ1aWxkIENsZWFuaW5nKSBcXCgoW146XFxzXSspLztcbmNvbnN0IE1FUkdFX0xJU1QgPSAvXlxcWyhlYnVpbGR8YmluYXJ5fG5vbWVyZ2V8YmxvY2tzfHVuaW5zdGFsbHxpbnN0YWxsZWQpKCBbXlxcXV0qKVxcXSggKikoXFxTKykoLiopJC87XG5jb25zdCBESUFHID0gL14oPyFbKi1dICkoW15cXHM6XVteOl0qPyk6KFxcZCspOig/OihcXGQrKTopPyAoZmF0YWwgZXJyb3J8ZXJyb3J8d2FybmluZ3xub3RlfEVSUk9SfFdBUk5JTkcpOiAoLiopJC87XG5jb25zdCBSVVNUX0hFQUQgPSAvXihlcnJvcnx3YXJuaW5nKSg/OlxcWyhFXFxkKylcXF0pPzogKC4rKSQvO1xuY29uc3QgUlVTVF9BVCA9IC9eLS0+IChbXlxcczpdW146XSopOihcXGQrKTooXFxkKykkLztcbmNvbnN0IENNQUtFID0gL15DTWFrZSAoRXJyb3J8V2FybmluZykoPzogXFwoZGV2XFwpKT8gYXQgKFteOl0rKTooXFxkKykoPzogXFwoKFteKV0qKVxcKSk/Oj8kLztcbmNvbnN0IExJTktFUiA9IC9eKD86XFxTKlxcLyk/KD86bGQoPzpcXC5cXHcrKT98Y29sbGVjdDJ8bGRcXC5sbGR8bW9sZCkoPzo6ICg/OmVycm9yfGZhdGFsIGVycm9yKSk/OiAoLiooPzp1bmRlZmluZWQgcmVmZXJlbmNlIHRvfGNhbm5vdCBmaW5kIC1sfHVuZGVmaW5lZCBzeW1ib2x8bGQgcmV0dXJuZWQgXFxkKyBleGl0IHN0YXR1cykuKikkLztcbmNvbnN0IERJQUdfQ09OVEVYVCA9IC9eKFteXFxzOl1bXjpdKj8pOiAoKD86SW4gKD86bWVtYmVyIHxzdGF0aWMgbWVtYmVyICk/ZnVuY3Rpb258SW4gY29uc3RydWN0b3J8SW4gZGVzdHJ1Y3RvcnxJbiBpbnN0YW50aWF0aW9ufEluIGxhbWJkYSBmdW5jdGlvbnxBdCBnbG9iYWwgc2NvcGV8QXQgdG9wIGxldmVsKS4qKSQvO1xuY29uc3QgTUFLRSA9IC9eZz9tYWtlKD86XFxbXFxkK1xcXSk/OiBcXCpcXCpcXCogXFxbKD86KC4rPyk6KD86KFxcZCspOik/ICk/KFteXFxdXSo/KVxcXSAoRXJyb3IgXFxkK3xTZWdtZW50YXRpb24gZmF1bHQuKikkLztcblxuY29uc3QgUEhBU0VfTElORVM6IFtSZWdFeHAsIFBoYXNlTmFtZV1bXSA9IFtcbiAgWy9eVW5wYWNraW5nIHNvdXJjZVxcLlxcLlxcLi8sICd1bnBhY2snXSxcbiAgWy9eUHJlcGFyaW5nIHNvdXJjZSBpbiAvLCAncHJlcGFyZSddLFxuICBbL15Db25maWd1cmluZyBzb3VyY2UgaW4gLywgJ2NvbmZpZ3VyZSddLFxuICBbL15Db21waWxpbmcgc291cmNlIGluIC8sICdjb21waWxlJ10sXG4gIFsvXlRlc3QgcGhhc2UoPzogXFxbbm90IGVuYWJsZWRcXF0pPzogLywgJ3Rlc3QnXSxcbiAgWy9eSW5zdGFsbCBcXFMrIGludG8gLywgJ2luc3RhbGwnXSxcbiAgWy9eQ3JlYXRpbmcgYmlucGtnXFxiLywgJ3BhY2thZ2UnXSxcbl07XG5cbi8qKiBgPj4+IFx1MjAyNmAgcHJvZ3Jlc3MgbGluZXMsIHdpdGggb3Igd2l0aG91dCB0aGUgYD4+PiBgIChtYW5nbGVkIHBhc3RlcyBsb3NlIGl0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm9ncmVzc0xpbmUobDogTG9nTGluZSwgY3R4OiBQYXJzZUNvbnRleHQpOiBFbWVyZ2VFdmVudFtdIHwgbnVsbCB7XG4gIGxldCB0ID0gbC50ZXh0O1xuICBpZiAodC5zdGFydHNXaXRoKCc+Pj4nKSkge1xuICAgIGlmIChMT0dfRU1FUkdFLnRlc3QodCkgfHwgTE9HX0RPTkUudGVzdCh0KSkgcmV0dXJuIGVtZXJnZUxvZ0xpbmUobCwgY3R4KTtcbiAgICB0ID0gdC5zbGljZSgzKS50cmltU3RhcnQoKTtcbiAgfVxuICBjb25zdCBjID0gdC5jaGFyQ29kZUF0KDApO1xuICBsZXQgbTogUmVnRXhwRXhlY0FycmF5IHwgbnVsbDtcbiAgLy8gRGlzcGF0Y2ggb24gdGhlIGZpcnN0IGxldHRlcjogdGhpcyBydW5zIGZvciBldmVyeSBsaW5lIG9mIGEgYnVpbGQgbG9nLlxuICBpZiAoYyA9PT0gMHg0NSAvKiBFICovIHx8IGMgPT09IDB4NDYgLyogRiAqLykge1xuICAgIGlmICgobSA9IFNUQVJULmV4ZWModCkpKSB7XG4gICAgICBjb25zdCB7IGNwdiwgcmVwbyB9ID0gc3BsaXRQa2dTcGVjKG1bNF0pO1xuICAgICAgY3R4LmNwdiA9IGNwdjtcbiAgICAgIHJldHVybiBbe1xuICAgICAgICB0eXBlOiAncGFja2FnZS1zdGFydCcsIGlucHV0TGluZTogbC5uLCBjcHYsIC4uLihyZXBvID8geyByZXBvIH0gOiB7fSksIGluZGV4OiBOdW1iZXIobVsyXSksIHRvdGFsOiBOdW1iZXIobVszXSksXG4gICAgICAgIGFjdGlvbjogbVsxXSA9PT0gJ0ZldGNoaW5nJyA/ICdmZXRjaCcgOiAnZW1lcmdlJyxcbiAgICAgIH1dO1xuICAgIH1cbiAgICByZXR1cm4gbnVsbDtcbiAgfVxuICBpZiAoYyA9PT0gMHg0MyAvKiBDICovKSB7XG4gICAgaWYgKChtID0gRE9ORS5leGVjKHQpKSkge1xuICAgICAgY29uc3QgeyBjcHYsIHJlcG8gfSA9IHNwbGl0UGtnU3BlYyhtWzNdKTtcbiAgICAgIHJldHVybiBbeyB0eXBlOiAncGFja2FnZS1kb25lJywgaW5wdXRMaW5lOiBsLm4sIGNwdiwgLi4uKHJlcG8gPyB7IHJlcG8gfSA6IHt9KSwgaW5kZXg6IE51bWJlcihtWzFdKSwgdG90YWw6IE51bWJlcihtWzJdKSwgcmVzdWx0OiAnY29tcGxldGVkJyB9XTtcbiAgICB9XG4gIH0gZWxzZSBpZiAoYyA9PT0gMHg0OSAvKiBJICovKSB7XG4gICAgaWYgKChtID0gSU5TVEFMTElORy5leGVjKHQpKSkgcmV0dXJuIFtwaGFzZShsLCAnbWVyZ2UnLCBzcGxpdFBrZ1NwZWMobVszXSkuY3B2KV07XG4gIH0gZWxzZSBpZiAoYyA9PT0gMHg1NSAvKiBVICovKSB7XG4gICAgaWYgKChtID0gVU5NRVJHSU5HLmV4ZWModCkpKSByZXR1cm4gW3BoYXNlKGwsICd1bm1lcmdlJywgc3BsaXRQa2dTcGVjKG1bM10pLmNwdildO1xuICB9XG4gIGlmIChjID09PSAweDU1IHx8IGMgPT09IDB4NTAgfHwgYyA9PT0gMHg0MyB8fCBjID09PSAweDU0IHx8IGMgPT09IDB4NDkpIHtcbiAgICBmb3IgKGNvbnN0IFtyZSwgbmFtZV0gb2YgUEhBU0VfTElORVMpIHtcbiAgICAgIGlmICghcmUudGVzdCh0KSkgY29udGludWU7XG4gICAgICBjb25zdCBuYW1lZCA9IC9eKD86VGVzdCBwaGFzZSg/OiBcXFtub3QgZW5hYmxlZFxcXSk/OiB8SW5zdGFsbCApKFxcUyspLy5leGVjKHQpO1xuICAgICAgY29uc3QgZXYgPSBwaGFzZShsLCBuYW1lLCBuYW1lZCA/IG5hbWVkWzFdIDogY3R4LmNwdik7XG4gICAgICBpZiAoL1xcW25vdCBlbmFibGVkXFxdLy50ZXN0KHQpKSBldi5za2lwcGVkID0gdHJ1ZTtcbiAgICAgIHJldHVybiBbZXZdO1xuICAgIH1cbiAgfVxuICByZXR1cm4gbnVsbDtcbn1cblxuZnVuY3Rpb24gcGhhc2UobDogTG9nTGluZSwgbmFtZTogUGhhc2VOYW1lLCBjcHY6IHN0cmluZyB8IHVuZGVmaW5lZCk6IFBoYXNlRXZlbnQge1xuICByZXR1cm4geyB0eXBlOiAncGhhc2UnLCBpbnB1dExpbmU6IGwubiwgcGhhc2U6IG5hbWUsIC4uLihjcHYgPyB7IGNwdiB9IDoge30pIH07XG59XG5cbi8qKiBlbWVyZ2UubG9nIGxpbmVzIChgL3Zhci9sb2cvZW1lcmdlLmxvZ2ApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVtZXJnZUxvZ0xpbmUobDogTG9nTGluZSwgY3R4OiBQYXJzZUNvbnRleHQpOiBFbWVyZ2VFdmVudFtdIHwgbnVsbCB7XG4gIGNvbnN0IHQgPSBsLnRleHQ7XG4gIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICBpZiAoKG0gPSBMT0dfRU1FUkdFLmV4ZWModCkpKSB7XG4gICAgY3R4LmNwdiA9IG1bM107XG4gICAgcmV0dXJuIFt7IHR5cGU6ICdwYWNrYWdlLXN0YXJ0JywgaW5wdXRMaW5lOiBsLm4sIGNwdjogbVszXSwgaW5kZXg6IE51bWJlcihtWzFdKSwgdG90YWw6IE51bWJlcihtWzJdKSwgYWN0aW9uOiAnZW1lcmdlJyB9XTtcbiAgfVxuICBpZiAoKG0gPSBMT0dfRE9ORS5leGVjKHQpKSkge1xuICAgIHJldHVybiBbeyB0eXBlOiAncGFja2FnZS1kb25lJywgaW5wdXRMaW5lOiBsLm4sIGNwdjogbVszXSwgaW5kZXg6IE51bWJlcihtWzFdKSwgdG90YWw6IE51bWJlcihtWzJdKSwgcmVzdWx0OiAnY29tcGxldGVkJyB9XTtcbiAgfVxuICBpZiAoKG0gPSBMT0dfUEhBU0UuZXhlYyh0KSkpIHtcbiAgICBjb25zdCBuYW1lczogUmVjb3JkPHN0cmluZywgUGhhc2VOYW1lPiA9IHtcbiAgICAgIENsZWFuaW5nOiAnY2xlYW4nLCAnQ29tcGlsaW5nL01lcmdpbmcnOiAnY29tcGlsZScsICdDb21waWxpbmcvUGFja2FnaW5nJzogJ2NvbXBpbGUnLCBNZXJnaW5nOiAnbWVyZ2UnLCAnUG9zdC1CdWlsZCBDbGVhbmluZyc6ICdjbGVhbicsXG4gICAgfTtcbiAgICByZXR1cm4gW3BoYXNlKGwsIG5hbWVzW21bMV1dLCBtWzJdKV07XG4gIH1cbiAgcmV0dXJuIG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXJnZUxpc3RMaW5lKGw6IExvZ0xpbmUpOiBFbWVyZ2VFdmVudFtdIHwgbnVsbCB7XG4gIGNvbnN0IG0gPSBNRVJHRV9MSVNULmV4ZWMobC50ZXh0KTtcbiAgaWYgKCFtKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgWywgcGtnVHlwZSwgZmxhZ0NvbCwgcGFkLCBzcGVjLCByZXN0UmF3XSA9IG07XG4gIGNvbnN0IGZsYWdzID0gZmxhZ0NvbC50cmltKCkucmVwbGFjZSgvXFxzKy9nLCAnICcpO1xuICBpZiAocGtnVHlwZSA9PT0gJ2Jsb2NrcycpIHtcbiAgICBjb25zdCBiID0gL15cXHMqXFwoXCI/KFteXCJdKz8pXCI/IGlzIChoYXJkICk/YmxvY2tpbmcgKC4rPylcXClcXHMqJC8uZXhlYyhyZXN0UmF3KTtcbiAgICByZXR1cm4gW3tcbiAgICAgIHR5cGU6ICdibG9ja2VyJywgaW5wdXRMaW5lOiBsLm4sIGF0b206IHNwZWMsIC4uLihiID8geyBibG9ja2luZzogYlszXSwgaGFyZDogQm9vbGVhbihiWzJdKSB9IDoge30pLFxuICAgICAgcmVzb2x2ZWQ6IGZsYWdzLmluY2x1ZGVzKCdiJykgJiYgIWZsYWdzLmluY2x1ZGVzKCdCJyksXG4gICAgfV07XG4gIH1cbiAgY29uc3QgeyBjcHYsIHNsb3QsIHJlcG8gfSA9IHNwbGl0UGtnU3BlYyhzcGVjKTtcbiAgbGV0IHJlc3QgPSByZXN0UmF3O1xuICBjb25zdCBldjogTWVyZ2VMaXN0RXZlbnQgPSB7XG4gICAgdHlwZTogJ21lcmdlLWxpc3QnLCBpbnB1dExpbmU6IGwubiwgcGtnVHlwZSwgZmxhZ3MsIGFjdGlvbjogYWN0aW9uT2YocGtnVHlwZSwgZmxhZ3MpLCBjcHYsXG4gICAgLi4uKHNsb3QgPyB7IHNsb3QgfSA6IHt9KSwgLi4uKHJlcG8gPyB7IHJlcG8gfSA6IHt9KSwgdmFyczoge30sIGRlcHRoOiBNYXRoLm1heCgwLCBwYWQubGVuZ3RoIC0gMSksXG4gIH07XG4gIGNvbnN0IG9sZCA9IC9eXFxzKlxcWyhbXlxcXV0rKVxcXS8uZXhlYyhyZXN0KTtcbiAgaWYgKG9sZCkge1xuICAgIGV2Lm9sZCA9IG9sZFsxXTtcbiAgICByZXN0ID0gcmVzdC5zbGljZShvbGRbMF0ubGVuZ3RoKTtcbiAgfVxuICBmb3IgKGNvbnN0IHYgb2YgcmVzdC5tYXRjaEFsbCgvKFtBLVpdW0EtWjAtOV9dKik9XCIoW15cIl0qKVwiL2cpKSBldi52YXJzW3ZbMV1dID0gdlsyXTtcbiAgY29uc3Qgc2l6ZSA9IC8oXFxkW1xcZCwuXSpcXHMqW2tLTUdUXWk/QilcXHMqJC8uZXhlYyhyZXN0KTtcbiAgaWYgKHNpemUpIGV2LnNpemUgPSBzaXplWzFdO1xuICByZXR1cm4gW2V2XTtcbn1cblxuZnVuY3Rpb24gYWN0aW9uT2YocGtnVHlwZTogc3RyaW5nLCBmbGFnczogc3RyaW5nKTogTWVyZ2VMaXN0RXZlbnRbJ2FjdGlvbiddIHtcbiAgaWYgKHBrZ1R5cGUgPT09ICdub21lcmdlJykgcmV0dXJuICdub21lcmdlJztcbiAgaWYgKHBrZ1R5cGUgPT09ICd1bmluc3RhbGwnKSByZXR1cm4gJ3VuaW5zdGFsbCc7XG4gIGNvbnN0IGYgPSBmbGFncy5zcGxpdCgnICcpWzBdID8/ICcnO1xuICBpZiAoZi5pbmNsdWRlcygnTlMnKSkgcmV0dXJuICduZXctc2xvdCc7XG4gIGlmIChmLmluY2x1ZGVzKCdOJykpIHJldHVybiAnbmV3JztcbiAgaWYgKGYuaW5jbHVkZXMoJ1UnKSkgcmV0dXJuIGYuaW5jbHVkZXMoJ0QnKSA/ICdkb3duZ3JhZGUnIDogJ3VwZ3JhZGUnO1xuICBpZiAoZi5pbmNsdWRlcygnRCcpKSByZXR1cm4gJ2Rvd25ncmFkZSc7XG4gIGlmIChmLmluY2x1ZGVzKCdSJykgfHwgZi5pbmNsdWRlcygncicpKSByZXR1cm4gJ3JlaW5zdGFsbCc7XG4gIHJldHVybiAnb3RoZXInO1xufVxuXG4vKiogQ29tcGlsZXIgYGZpbGU6bGluZTpjb2w6IGVycm9yOiBcdTIwMjZgIGFuZCBtYWtlIGAqKiogW01ha2VmaWxlOjQ6IHRhcmdldF0gRXJyb3IgMWAgbGluZXMuICovXG5leHBvcnQgY2xhc3MgRGlhZ25vc3RpY1JlYWRlciB7XG4gIHByaXZhdGUgY29udGV4dD86IHsgZmlsZTogc3RyaW5nOyB0ZXh0OiBzdHJpbmcgfTtcbiAgLyoqIHJ1c3RjIHByaW50cyBgZXJyb3JbRTA0MjVdOiBcdTIwMjZgIGFuZCB0aGUgcGxhY2Ugb24gYSBsYXRlciBgLS0+IGZpbGU6bGluZTpjb2xgIGxpbmUuICovXG4gIHByaXZhdGUgcnVzdD86IHsgbjogbnVtYmVyOyBzZXZlcml0eTogJ2Vycm9yJyB8ICd3YXJuaW5nJzsgbWVzc2FnZTogc3RyaW5nOyBsZWZ0OiBudW1iZXIgfTtcblxuICByZWFkKGw6IExvZ0xpbmUsIGN0eDogUGFyc2VDb250ZXh0KTogRW1lcmdlRXZlbnRbXSB8IG51bGwge1xuICAgIGNvbnN0IHQgPSBsLnRleHQ7XG4gICAgaWYgKHRoaXMucnVzdCkge1xuICAgICAgY29uc3QgYXQgPSBSVVNUX0FULmV4ZWModCk7XG4gICAgICBpZiAoYXQpIHtcbiAgICAgICAgY29uc3QgciA9IHRoaXMucnVzdDtcbiAgICAgICAgdGhpcy5ydXN0ID0gdW5kZWZpbmVkO1xuICAgICAgICBjb25zdCBldjogQ29tcGlsZXJEaWFnbm9zdGljRXZlbnQgPSB7XG4gICAgICAgICAgdHlwZTogJ2NvbXBpbGVyLWRpYWdub3N0aWMnLCBpbnB1dExpbmU6IHIubiwgdG9vbDogJ2NvbXBpbGVyJywgZmlsZTogYXRbMV0sIGxpbmU6IE51bWJlcihhdFsyXSksIGNvbHVtbjogTnVtYmVyKGF0WzNdKSwgc2V2ZXJpdHk6IHIuc2V2ZXJpdHksIG1lc3NhZ2U6IHIubWVzc2FnZSxcbiAgICAgICAgfTtcbiAgICAgICAgaWYgKGN0eC5jcHYpIGV2LmNwdiA9IGN0eC5jcHY7XG4gICAgICAgIHJldHVybiBbZXZdO1xuICAgICAgfVxuICAgICAgaWYgKC0tdGhpcy5ydXN0LmxlZnQgPD0gMCkgdGhpcy5ydXN0ID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBpZiAodC5pbmRleE9mKCc6ICcpIDwgMCkge1xuICAgICAgY29uc3QgY20gPSB0LnN0YXJ0c1dpdGgoJ0NNYWtlICcpID8gQ01BS0UuZXhlYyh0KSA6IG51bGw7XG4gICAgICBpZiAoIWNtKSByZXR1cm4gbnVsbDtcbiAgICAgIGNvbnN0IGV2OiBDb21waWxlckRpYWdub3N0aWNFdmVudCA9IHtcbiAgICAgICAgdHlwZTogJ2NvbXBpbGVyLWRpYWdub3N0aWMnLCBpbnB1dExpbmU6IGwubiwgdG9vbDogJ2NtYWtlJywgZmlsZTogY21bMl0sIGxpbmU6IE51bWJlcihjbVszXSksXG4gICAgICAgIHNldmVyaXR5OiBjbVsxXSA9PT0gJ0Vycm9yJyA/ICdlcnJvcicgOiAnd2FybmluZycsIG1lc3NhZ2U6IGNtWzRdID8/IGBDTWFrZSAke2NtWzFdfWAsXG4gICAgICB9O1xuICAgICAgaWYgKGN0eC5jcHYpIGV2LmNwdiA9IGN0eC5jcHY7XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgbGV0IG0gPSBESUFHLmV4ZWModCk7XG4gICAgaWYgKG0pIHtcbiAgICAgIGNvbnN0IGV2OiBDb21waWxlckRpYWdub3N0aWNFdmVudCA9IHtcbiAgICAgICAgdHlwZTogJ2NvbXBpbGVyLWRpYWdub3N0aWMnLCBpbnB1dExpbmU6IGwubiwgdG9vbDogJ2NvbXBpbGVyJywgZmlsZTogbVsxXSwgbGluZTogTnVtYmVyKG1bMl0pLFxuICAgICAgICAuLi4obVszXSA/IHsgY29sdW1uOiBOdW1iZXIobVszXSkgfSA6IHt9KSwgc2V2ZXJpdHk6IG1bNF0udG9Mb3dlckNhc2UoKSBhcyBDb21waWxlckRpYWdub3N0aWNFdmVudFsnc2V2ZXJpdHknXSwgbWVzc2FnZTogbVs1XSxcbiAgICAgIH07XG4gICAgICBjb25zdCBvcHQgPSAvXFxzXFxbKC1XW1xcdz0rLV0rKVxcXSQvLmV4ZWMobVs1XSk7XG4gICAgICBpZiAob3B0KSBldi5vcHRpb24gPSBvcHRbMV07XG4gICAgICBpZiAodGhpcy5jb250ZXh0ICYmIHRoaXMuY29udGV4dC5maWxlID09PSBtWzFdKSBldi5jb250ZXh0ID0gdGhpcy5jb250ZXh0LnRleHQ7XG4gICAgICBpZiAoY3R4LmNwdikgZXYuY3B2ID0gY3R4LmNwdjtcbiAgICAgIHJldHVybiBbZXZdO1xuICAgIH1cbiAgICBpZiAoKG0gPSBESUFHX0NPTlRFWFQuZXhlYyh0KSkpIHtcbiAgICAgIHRoaXMuY29udGV4dCA9IHsgZmlsZTogbVsxXSwgdGV4dDogbVsyXSB9O1xuICAgICAgcmV0dXJuIFtdO1xuICAgIH1cbiAgICBpZiAoKHQuY2hhckNvZGVBdCgwKSA9PT0gMHg2NSB8fCB0LmNoYXJDb2RlQXQoMCkgPT09IDB4NzcpICYmIChtID0gUlVTVF9IRUFELmV4ZWModCkpICYmICEvXig/OmVycm9yfHdhcm5pbmcpOiAoPzpDb3VsZCBub3R8Y291bGQgbm90IGNvbXBpbGV8YWJvcnRpbmcgZHVlKS8udGVzdCh0KSkge1xuICAgICAgdGhpcy5ydXN0ID0geyBuOiBsLm4sIHNldmVyaXR5OiBtWzFdIGFzICdlcnJvcicgfCAnd2FybmluZycsIG1lc3NhZ2U6IG1bMl0gPyBgWyR7bVsyXX1dICR7bVszXX1gIDogbVszXSwgbGVmdDogMyB9O1xuICAgICAgcmV0dXJuIFtdO1xuICAgIH1cbiAgICBpZiAoKG0gPSBMSU5LRVIuZXhlYyh0KSkpIHtcbiAgICAgIGNvbnN0IGV2OiBDb21waWxlckRpYWdub3N0aWNFdmVudCA9IHsgdHlwZTogJ2NvbXBpbGVyLWRpYWdub3N0aWMnLCBpbnB1dExpbmU6IGwubiwgdG9vbDogJ2xpbmtlcicsIGZpbGU6IHQuc2xpY2UoMCwgdC5pbmRleE9mKCc6JykpLCBzZXZlcml0eTogJ2Vycm9yJywgbWVzc2FnZTogbVsxXSB9O1xuICAgICAgaWYgKGN0eC5jcHYpIGV2LmNwdiA9IGN0eC5jcHY7XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgaWYgKHQuaW5jbHVkZXMoJyoqKicpICYmIChtID0gTUFLRS5leGVjKHQpKSkge1xuICAgICAgY29uc3QgZXY6IENvbXBpbGVyRGlhZ25vc3RpY0V2ZW50ID0ge1xuICAgICAgICB0eXBlOiAnY29tcGlsZXItZGlhZ25vc3RpYycsIGlucHV0TGluZTogbC5uLCB0b29sOiAnbWFrZScsIGZpbGU6IG1bMV0gPz8gbVszXSwgLi4uKG1bMl0gPyB7IGxpbmU6IE51bWJlcihtWzJdKSB9IDoge30pLFxuICAgICAgICBzZXZlcml0eTogJ2Vycm9yJywgbWVzc2FnZTogbVs0XSwgdGFyZ2V0OiBtWzNdLFxuICAgICAgfTtcbiAgICAgIGlmIChjdHguY3B2KSBldi5jcHYgPSBjdHguY3B2O1xuICAgICAgcmV0dXJuIFtldl07XG4gICAgfVxuICAgIHJldHVybiBudWxsO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEsbUJBQTZCO0FBRzdCLE1BQU0sUUFBUTtBQUNkLE1BQU0sT0FBTztBQUNiLE1BQU0sYUFBYTtBQUNuQixNQUFNLFlBQVk7QUFDbEIsTUFBTSxhQUFhO0FBQ25CLE1BQU0sV0FBVztBQUNqQixNQUFNLFlBQVk7QUFDbEIsTUFBTSxhQUFhO0FBQ25CLE1BQU0sT0FBTztBQUNiLE1BQU0sWUFBWTtBQUNsQixNQUFNLFVBQVU7QUFDaEIsTUFBTSxRQUFRO0FBQ2QsTUFBTSxTQUFTO0FBQ2YsTUFBTSxlQUFlO0FBQ3JCLE1BQU0sT0FBTztBQUViLE1BQU0sY0FBcUM7QUFBQSxFQUN6QyxDQUFDLDJCQUEyQixRQUFRO0FBQUEsRUFDcEMsQ0FBQyx5QkFBeUIsU0FBUztBQUFBLEVBQ25DLENBQUMsMkJBQTJCLFdBQVc7QUFBQSxFQUN2QyxDQUFDLHlCQUF5QixTQUFTO0FBQUEsRUFDbkMsQ0FBQyxzQ0FBc0MsTUFBTTtBQUFBLEVBQzdDLENBQUMsc0JBQXNCLFNBQVM7QUFBQSxFQUNoQyxDQUFDLHNCQUFzQixTQUFTO0FBQ2xDO0FBR08sU0FBUyxhQUFhLEdBQVksS0FBeUM7QUFDaEYsTUFBSSxJQUFJLEVBQUU7QUFDVixNQUFJLEVBQUUsV0FBVyxLQUFLLEdBQUc7QUFDdkIsUUFBSSxXQUFXLEtBQUssQ0FBQyxLQUFLLFNBQVMsS0FBSyxDQUFDLEVBQUcsUUFBTyxjQUFjLEdBQUcsR0FBRztBQUN2RSxRQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUUsVUFBVTtBQUFBLEVBQzNCO0FBQ0EsUUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLE1BQUk7QUFFSixNQUFJLE1BQU0sTUFBZ0IsTUFBTSxJQUFjO0FBQzVDLFFBQUssSUFBSSxNQUFNLEtBQUssQ0FBQyxHQUFJO0FBQ3ZCLFlBQU0sRUFBRSxLQUFLLEtBQUssUUFBSSwyQkFBYSxFQUFFLENBQUMsQ0FBQztBQUN2QyxVQUFJLE1BQU07QUFDVixhQUFPLENBQUM7QUFBQSxRQUNOLE1BQU07QUFBQSxRQUFpQixXQUFXLEVBQUU7QUFBQSxRQUFHO0FBQUEsUUFBSyxHQUFJLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBLFFBQUksT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDO0FBQUEsUUFBRyxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUM7QUFBQSxRQUM5RyxRQUFRLEVBQUUsQ0FBQyxNQUFNLGFBQWEsVUFBVTtBQUFBLE1BQzFDLENBQUM7QUFBQSxJQUNIO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE1BQU0sSUFBYztBQUN0QixRQUFLLElBQUksS0FBSyxLQUFLLENBQUMsR0FBSTtBQUN0QixZQUFNLEVBQUUsS0FBSyxLQUFLLFFBQUksMkJBQWEsRUFBRSxDQUFDLENBQUM7QUFDdkMsYUFBTyxDQUFDLEVBQUUsTUFBTSxnQkFBZ0IsV0FBVyxFQUFFLEdBQUcsS0FBSyxHQUFJLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFJLE9BQU8sT0FBTyxFQUFFLENBQUMsQ0FBQyxHQUFHLE9BQU8sT0FBTyxFQUFFLENBQUMsQ0FBQyxHQUFHLFFBQVEsWUFBWSxDQUFDO0FBQUEsSUFDako7QUFBQSxFQUNGLFdBQVcsTUFBTSxJQUFjO0FBQzdCLFFBQUssSUFBSSxXQUFXLEtBQUssQ0FBQyxFQUFJLFFBQU8sQ0FBQyxNQUFNLEdBQUcsYUFBUywyQkFBYSxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQztBQUFBLEVBQ2pGLFdBQVcsTUFBTSxJQUFjO0FBQzdCLFFBQUssSUFBSSxVQUFVLEtBQUssQ0FBQyxFQUFJLFFBQU8sQ0FBQyxNQUFNLEdBQUcsZUFBVywyQkFBYSxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxNQUFNLE1BQVEsTUFBTSxNQUFRLE1BQU0sTUFBUSxNQUFNLE1BQVEsTUFBTSxJQUFNO0FBQ3RFLGVBQVcsQ0FBQyxJQUFJLElBQUksS0FBSyxhQUFhO0FBQ3BDLFVBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxFQUFHO0FBQ2pCLFlBQU0sUUFBUSx1REFBdUQsS0FBSyxDQUFDO0FBQzNFLFlBQU0sS0FBSyxNQUFNLEdBQUcsTUFBTSxRQUFRLE1BQU0sQ0FBQyxJQUFJLElBQUksR0FBRztBQUNwRCxVQUFJLGtCQUFrQixLQUFLLENBQUMsRUFBRyxJQUFHLFVBQVU7QUFDNUMsYUFBTyxDQUFDLEVBQUU7QUFBQSxJQUNaO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxHQUFZLE1BQWlCLEtBQXFDO0FBQy9FLFNBQU8sRUFBRSxNQUFNLFNBQVMsV0FBVyxFQUFFLEdBQUcsT0FBTyxNQUFNLEdBQUksTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLEVBQUc7QUFDL0U7QUFHTyxTQUFTLGNBQWMsR0FBWSxLQUF5QztBQUNqRixRQUFNLElBQUksRUFBRTtBQUNaLE1BQUk7QUFDSixNQUFLLElBQUksV0FBVyxLQUFLLENBQUMsR0FBSTtBQUM1QixRQUFJLE1BQU0sRUFBRSxDQUFDO0FBQ2IsV0FBTyxDQUFDLEVBQUUsTUFBTSxpQkFBaUIsV0FBVyxFQUFFLEdBQUcsS0FBSyxFQUFFLENBQUMsR0FBRyxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxRQUFRLFNBQVMsQ0FBQztBQUFBLEVBQzFIO0FBQ0EsTUFBSyxJQUFJLFNBQVMsS0FBSyxDQUFDLEdBQUk7QUFDMUIsV0FBTyxDQUFDLEVBQUUsTUFBTSxnQkFBZ0IsV0FBVyxFQUFFLEdBQUcsS0FBSyxFQUFFLENBQUMsR0FBRyxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxRQUFRLFlBQVksQ0FBQztBQUFBLEVBQzVIO0FBQ0EsTUFBSyxJQUFJLFVBQVUsS0FBSyxDQUFDLEdBQUk7QUFDM0IsVUFBTSxRQUFtQztBQUFBLE1BQ3ZDLFVBQVU7QUFBQSxNQUFTLHFCQUFxQjtBQUFBLE1BQVcsdUJBQXVCO0FBQUEsTUFBVyxTQUFTO0FBQUEsTUFBUyx1QkFBdUI7QUFBQSxJQUNoSTtBQUNBLFdBQU8sQ0FBQyxNQUFNLEdBQUcsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyQztBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsY0FBYyxHQUFrQztBQUM5RCxRQUFNLElBQUksV0FBVyxLQUFLLEVBQUUsSUFBSTtBQUNoQyxNQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsUUFBTSxDQUFDLEVBQUUsU0FBUyxTQUFTLEtBQUssTUFBTSxPQUFPLElBQUk7QUFDakQsUUFBTSxRQUFRLFFBQVEsS0FBSyxFQUFFLFFBQVEsUUFBUSxHQUFHO0FBQ2hELE1BQUksWUFBWSxVQUFVO0FBQ3hCLFVBQU0sSUFBSSxxREFBcUQsS0FBSyxPQUFPO0FBQzNFLFdBQU8sQ0FBQztBQUFBLE1BQ04sTUFBTTtBQUFBLE1BQVcsV0FBVyxFQUFFO0FBQUEsTUFBRyxNQUFNO0FBQUEsTUFBTSxHQUFJLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxHQUFHLE1BQU0sUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQztBQUFBLE1BQ2hHLFVBQVUsTUFBTSxTQUFTLEdBQUcsS0FBSyxDQUFDLE1BQU0sU0FBUyxHQUFHO0FBQUEsSUFDdEQsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLEVBQUUsS0FBSyxNQUFNLEtBQUssUUFBSSwyQkFBYSxJQUFJO0FBQzdDLE1BQUksT0FBTztBQUNYLFFBQU0sS0FBcUI7QUFBQSxJQUN6QixNQUFNO0FBQUEsSUFBYyxXQUFXLEVBQUU7QUFBQSxJQUFHO0FBQUEsSUFBUztBQUFBLElBQU8sUUFBUSxTQUFTLFNBQVMsS0FBSztBQUFBLElBQUc7QUFBQSxJQUN0RixHQUFJLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBLElBQUksR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLE1BQU0sQ0FBQztBQUFBLElBQUcsT0FBTyxLQUFLLElBQUksR0FBRyxJQUFJLFNBQVMsQ0FBQztBQUFBLEVBQ25HO0FBQ0EsUUFBTSxNQUFNLG1CQUFtQixLQUFLLElBQUk7QUFDeEMsTUFBSSxLQUFLO0FBQ1AsT0FBRyxNQUFNLElBQUksQ0FBQztBQUNkLFdBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxFQUFFLE1BQU07QUFBQSxFQUNqQztBQUNBLGFBQVcsS0FBSyxLQUFLLFNBQVMsOEJBQThCLEVBQUcsSUFBRyxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO0FBQ2xGLFFBQU0sT0FBTywrQkFBK0IsS0FBSyxJQUFJO0FBQ3JELE1BQUksS0FBTSxJQUFHLE9BQU8sS0FBSyxDQUFDO0FBQzFCLFNBQU8sQ0FBQyxFQUFFO0FBQ1o7QUFFQSxTQUFTLFNBQVMsU0FBaUIsT0FBeUM7QUFDMUUsTUFBSSxZQUFZLFVBQVcsUUFBTztBQUNsQyxNQUFJLFlBQVksWUFBYSxRQUFPO0FBQ3BDLFFBQU0sSUFBSSxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsS0FBSztBQUNqQyxNQUFJLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTztBQUM3QixNQUFJLEVBQUUsU0FBUyxHQUFHLEVBQUcsUUFBTztBQUM1QixNQUFJLEVBQUUsU0FBUyxHQUFHLEVBQUcsUUFBTyxFQUFFLFNBQVMsR0FBRyxJQUFJLGNBQWM7QUFDNUQsTUFBSSxFQUFFLFNBQVMsR0FBRyxFQUFHLFFBQU87QUFDNUIsTUFBSSxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsU0FBUyxHQUFHLEVBQUcsUUFBTztBQUMvQyxTQUFPO0FBQ1Q7QUFHTyxNQUFNLGlCQUFpQjtBQUFBLEVBQ3BCO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFUixLQUFLLEdBQVksS0FBeUM7QUFDeEQsVUFBTSxJQUFJLEVBQUU7QUFDWixRQUFJLEtBQUssTUFBTTtBQUNiLFlBQU0sS0FBSyxRQUFRLEtBQUssQ0FBQztBQUN6QixVQUFJLElBQUk7QUFDTixjQUFNLElBQUksS0FBSztBQUNmLGFBQUssT0FBTztBQUNaLGNBQU0sS0FBOEI7QUFBQSxVQUNsQyxNQUFNO0FBQUEsVUFBdUIsV0FBVyxFQUFFO0FBQUEsVUFBRyxNQUFNO0FBQUEsVUFBWSxNQUFNLEdBQUcsQ0FBQztBQUFBLFVBQUcsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDO0FBQUEsVUFBRyxRQUFRLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFBQSxVQUFHLFVBQVUsRUFBRTtBQUFBLFVBQVUsU0FBUyxFQUFFO0FBQUEsUUFDM0o7QUFDQSxZQUFJLElBQUksSUFBSyxJQUFHLE1BQU0sSUFBSTtBQUMxQixlQUFPLENBQUMsRUFBRTtBQUFBLE1BQ1o7QUFDQSxVQUFJLEVBQUUsS0FBSyxLQUFLLFFBQVEsRUFBRyxNQUFLLE9BQU87QUFBQSxJQUN6QztBQUNBLFFBQUksRUFBRSxRQUFRLElBQUksSUFBSSxHQUFHO0FBQ3ZCLFlBQU0sS0FBSyxFQUFFLFdBQVcsUUFBUSxJQUFJLE1BQU0sS0FBSyxDQUFDLElBQUk7QUFDcEQsVUFBSSxDQUFDLEdBQUksUUFBTztBQUNoQixZQUFNLEtBQThCO0FBQUEsUUFDbEMsTUFBTTtBQUFBLFFBQXVCLFdBQVcsRUFBRTtBQUFBLFFBQUcsTUFBTTtBQUFBLFFBQVMsTUFBTSxHQUFHLENBQUM7QUFBQSxRQUFHLE1BQU0sT0FBTyxHQUFHLENBQUMsQ0FBQztBQUFBLFFBQzNGLFVBQVUsR0FBRyxDQUFDLE1BQU0sVUFBVSxVQUFVO0FBQUEsUUFBVyxTQUFTLEdBQUcsQ0FBQyxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUM7QUFBQSxNQUNyRjtBQUNBLFVBQUksSUFBSSxJQUFLLElBQUcsTUFBTSxJQUFJO0FBQzFCLGFBQU8sQ0FBQyxFQUFFO0FBQUEsSUFDWjtBQUNBLFFBQUksSUFBSSxLQUFLLEtBQUssQ0FBQztBQUNuQixRQUFJLEdBQUc7QUFDTCxZQUFNLEtBQThCO0FBQUEsUUFDbEMsTUFBTTtBQUFBLFFBQXVCLFdBQVcsRUFBRTtBQUFBLFFBQUcsTUFBTTtBQUFBLFFBQVksTUFBTSxFQUFFLENBQUM7QUFBQSxRQUFHLE1BQU0sT0FBTyxFQUFFLENBQUMsQ0FBQztBQUFBLFFBQzVGLEdBQUksRUFBRSxDQUFDLElBQUksRUFBRSxRQUFRLE9BQU8sRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUM7QUFBQSxRQUFJLFVBQVUsRUFBRSxDQUFDLEVBQUUsWUFBWTtBQUFBLFFBQTBDLFNBQVMsRUFBRSxDQUFDO0FBQUEsTUFDOUg7QUFDQSxZQUFNLE1BQU0sc0JBQXNCLEtBQUssRUFBRSxDQUFDLENBQUM7QUFDM0MsVUFBSSxJQUFLLElBQUcsU0FBUyxJQUFJLENBQUM7QUFDMUIsVUFBSSxLQUFLLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDLEVBQUcsSUFBRyxVQUFVLEtBQUssUUFBUTtBQUMxRSxVQUFJLElBQUksSUFBSyxJQUFHLE1BQU0sSUFBSTtBQUMxQixhQUFPLENBQUMsRUFBRTtBQUFBLElBQ1o7QUFDQSxRQUFLLElBQUksYUFBYSxLQUFLLENBQUMsR0FBSTtBQUM5QixXQUFLLFVBQVUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxHQUFHLE1BQU0sRUFBRSxDQUFDLEVBQUU7QUFDeEMsYUFBTyxDQUFDO0FBQUEsSUFDVjtBQUNBLFNBQUssRUFBRSxXQUFXLENBQUMsTUFBTSxPQUFRLEVBQUUsV0FBVyxDQUFDLE1BQU0sU0FBVSxJQUFJLFVBQVUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxtRUFBbUUsS0FBSyxDQUFDLEdBQUc7QUFDcEssV0FBSyxPQUFPLEVBQUUsR0FBRyxFQUFFLEdBQUcsVUFBVSxFQUFFLENBQUMsR0FBMEIsU0FBUyxFQUFFLENBQUMsSUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsR0FBRyxNQUFNLEVBQUU7QUFDakgsYUFBTyxDQUFDO0FBQUEsSUFDVjtBQUNBLFFBQUssSUFBSSxPQUFPLEtBQUssQ0FBQyxHQUFJO0FBQ3hCLFlBQU0sS0FBOEIsRUFBRSxNQUFNLHVCQUF1QixXQUFXLEVBQUUsR0FBRyxNQUFNLFVBQVUsTUFBTSxFQUFFLE1BQU0sR0FBRyxFQUFFLFFBQVEsR0FBRyxDQUFDLEdBQUcsVUFBVSxTQUFTLFNBQVMsRUFBRSxDQUFDLEVBQUU7QUFDdEssVUFBSSxJQUFJLElBQUssSUFBRyxNQUFNLElBQUk7QUFDMUIsYUFBTyxDQUFDLEVBQUU7QUFBQSxJQUNaO0FBQ0EsUUFBSSxFQUFFLFNBQVMsS0FBSyxNQUFNLElBQUksS0FBSyxLQUFLLENBQUMsSUFBSTtBQUMzQyxZQUFNLEtBQThCO0FBQUEsUUFDbEMsTUFBTTtBQUFBLFFBQXVCLFdBQVcsRUFBRTtBQUFBLFFBQUcsTUFBTTtBQUFBLFFBQVEsTUFBTSxFQUFFLENBQUMsS0FBSyxFQUFFLENBQUM7QUFBQSxRQUFHLEdBQUksRUFBRSxDQUFDLElBQUksRUFBRSxNQUFNLE9BQU8sRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUM7QUFBQSxRQUNwSCxVQUFVO0FBQUEsUUFBUyxTQUFTLEVBQUUsQ0FBQztBQUFBLFFBQUcsUUFBUSxFQUFFLENBQUM7QUFBQSxNQUMvQztBQUNBLFVBQUksSUFBSSxJQUFLLElBQUcsTUFBTSxJQUFJO0FBQzFCLGFBQU8sQ0FBQyxFQUFFO0FBQUEsSUFDWjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
