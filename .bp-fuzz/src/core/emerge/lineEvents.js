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
const DIAG = /^(?![*-] )([^\s:][^:]*?):(\d+):(?:(\d+):)? (fatal error|error|warning|note): (.*)$/;
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
  read(l, ctx) {
    const t = l.text;
    if (t.indexOf(": ") < 0) return null;
    let m = DIAG.exec(t);
    if (m) {
      const ev = {
        type: "compiler-diagnostic",
        inputLine: l.n,
        tool: "compiler",
        file: m[1],
        line: Number(m[2]),
        ...m[3] ? { column: Number(m[3]) } : {},
        severity: m[4],
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2xpbmVFdmVudHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRXZlbnRzIHRoYXQgZml0IG9uIG9uZSBsaW5lOiBwYWNrYWdlIHN0YXJ0L2ZpbmlzaCwgcGhhc2UgcHJvZ3Jlc3MsIG1lcmdlLWxpc3QgZW50cmllcyAoYW5kIHRoZWlyXG4gKiBgW2Jsb2NrcyBcdTIwMjZdYCBsaW5lcyksIGNvbXBpbGVyIGFuZCBtYWtlIGRpYWdub3N0aWNzLiBBbHNvIGVtZXJnZS5sb2cncyBmb3JtcyAoYD4+PiBlbWVyZ2UgKDEgb2YgMSkgY3B2IHRvIC9gKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb21waWxlckRpYWdub3N0aWNFdmVudCwgRW1lcmdlRXZlbnQsIE1lcmdlTGlzdEV2ZW50LCBQaGFzZUV2ZW50LCBQaGFzZU5hbWUgfSBmcm9tICcuL2V2ZW50cyc7XG5pbXBvcnQgdHlwZSB7IFBhcnNlQ29udGV4dCB9IGZyb20gJy4vYmxvY2snO1xuaW1wb3J0IHsgc3BsaXRQa2dTcGVjIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgdHlwZSB7IExvZ0xpbmUgfSBmcm9tICcuL2xvZ0xpbmUnO1xuXG5jb25zdCBTVEFSVCA9IC9eKEVtZXJnaW5nfEZldGNoaW5nKSg/OiBiaW5hcnkpPyBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKS87XG5jb25zdCBET05FID0gL15Db21wbGV0ZWQgXFwoKFxcZCspIG9mIChcXGQrKVxcKSAoXFxTKykvO1xuY29uc3QgSU5TVEFMTElORyA9IC9eSW5zdGFsbGluZyBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKS87XG5jb25zdCBVTk1FUkdJTkcgPSAvXlVubWVyZ2luZyBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrPykoPzpcXC5cXC5cXC4pPyQvO1xuY29uc3QgTE9HX0VNRVJHRSA9IC9ePj4+IGVtZXJnZSBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKSB0byBcXFMrLztcbmNvbnN0IExPR19ET05FID0gL146OjogY29tcGxldGVkIGVtZXJnZSBcXCgoXFxkKykgb2YgKFxcZCspXFwpIChcXFMrKSB0byBcXFMrLztcbmNvbnN0IExPR19QSEFTRSA9IC9ePT09IFxcKFxcZCsgb2YgXFxkK1xcKSAoQ2xlYW5pbmd8Q29tcGlsaW5nXFwvTWVyZ2luZ3xDb21waWxpbmdcXC9QYWNrYWdpbmd8TWVyZ2luZ3xQb3N0LUJ1aWxkIENsZWFuaW5nKSBcXCgoW146XFxzXSspLztcbmNvbnN0IE1FUkdFX0xJU1QgPSAvXlxcWyhlYnVpbGR8YmluYXJ5fG5vbWVyZ2V8YmxvY2tzfHVuaW5zdGFsbHxpbnN0YWxsZWQpKCBbXlxcXV0qKVxcXSggKikoXFxTKykoLiopJC87XG5jb25zdCBESUFHID0gL14oPyFbKi1dICkoW15cXHM6XVteOl0qPyk6KFxcZCspOig/OihcXGQrKTopPyAoZmF0YWwgZXJyb3J8ZXJyb3J8d2FybmluZ3xub3RlKTogKC4qKSQvO1xuY29uc3QgRElBR19DT05URVhUID0gL14oW15cXHM6XVteOl0qPyk6ICgoPzpJbiAoPzptZW1iZXIgfHN0YXRpYyBtZW1iZXIgKT9mdW5jdGlvbnxJbiBjb25zdHJ1Y3RvcnxJbiBkZXN0cnVjdG9yfEluIGluc3RhbnRpYXRpb258SW4gbGFtYmRhIGZ1bmN0aW9ufEF0IGdsb2JhbCBzY29wZXxBdCB0b3AgbGV2ZWwpLiopJC87XG5jb25zdCBNQUtFID0gL15nP21ha2UoPzpcXFtcXGQrXFxdKT86IFxcKlxcKlxcKiBcXFsoPzooLis/KTooPzooXFxkKyk6KT8gKT8oW15cXF1dKj8pXFxdIChFcnJvciBcXGQrfFNlZ21lbnRhdGlvbiBmYXVsdC4qKSQvO1xuXG5jb25zdCBQSEFTRV9MSU5FUzogW1JlZ0V4cCwgUGhhc2VOYW1lXVtdID0gW1xuICBbL15VbnBhY2tpbmcgc291cmNlXFwuXFwuXFwuLywgJ3VucGFjayddLFxuICBbL15QcmVwYXJpbmcgc291cmNlIGluIC8sICdwcmVwYXJlJ10sXG4gIFsvXkNvbmZpZ3VyaW5nIHNvdXJjZSBpbiAvLCAnY29uZmlndXJlJ10sXG4gIFsvXkNvbXBpbGluZyBzb3VyY2UgaW4gLywgJ2NvbXBpbGUnXSxcbiAgWy9eVGVzdCBwaGFzZSg/OiBcXFtub3QgZW5hYmxlZFxcXSk/OiAvLCAndGVzdCddLFxuICBbL15JbnN0YWxsIFxcUysgaW50byAvLCAnaW5zdGFsbCddLFxuICBbL15DcmVhdGluZyBiaW5wa2dcXGIvLCAncGFja2FnZSddLFxuXTtcblxuLyoqIGA+Pj4gXHUyMDI2YCBwcm9ncmVzcyBsaW5lcywgd2l0aCBvciB3aXRob3V0IHRoZSBgPj4+IGAgKG1hbmdsZWQgcGFzdGVzIGxvc2UgaXQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByb2dyZXNzTGluZShsOiBMb2dMaW5lLCBjdHg6IFBhcnNlQ29udGV4dCk6IEVtZXJnZUV2ZW50W10gfCBudWxsIHtcbiAgbGV0IHQgPSBsLnRleHQ7XG4gIGlmICh0LnN0YXJ0c1dpdGgoJz4+PicpKSB7XG4gICAgaWYgKExPR19FTUVSR0UudGVzdCh0KSB8fCBMT0dfRE9ORS50ZXN0KHQpKSByZXR1cm4gZW1lcmdlTG9nTGluZShsLCBjdHgpO1xuICAgIHQgPSB0LnNsaWNlKDMpLnRyaW1TdGFydCgpO1xuICB9XG4gIGNvbnN0IGMgPSB0LmNoYXJDb2RlQXQoMCk7XG4gIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICAvLyBEaXNwYXRjaCBvbiB0aGUgZmlyc3QgbGV0dGVyOiB0aGlzIHJ1bnMgZm9yIGV2ZXJ5IGxpbmUgb2YgYSBidWlsZCBsb2cuXG4gIGlmIChjID09PSAweDQ1IC8qIEUgKi8gfHwgYyA9PT0gMHg0NiAvKiBGICovKSB7XG4gICAgaWYgKChtID0gU1RBUlQuZXhlYyh0KSkpIHtcbiAgICAgIGNvbnN0IHsgY3B2LCByZXBvIH0gPSBzcGxpdFBrZ1NwZWMobVs0XSk7XG4gICAgICBjdHguY3B2ID0gY3B2O1xuICAgICAgcmV0dXJuIFt7XG4gICAgICAgIHR5cGU6ICdwYWNrYWdlLXN0YXJ0JywgaW5wdXRMaW5lOiBsLm4sIGNwdiwgLi4uKHJlcG8gPyB7IHJlcG8gfSA6IHt9KSwgaW5kZXg6IE51bWJlcihtWzJdKSwgdG90YWw6IE51bWJlcihtWzNdKSxcbiAgICAgICAgYWN0aW9uOiBtWzFdID09PSAnRmV0Y2hpbmcnID8gJ2ZldGNoJyA6ICdlbWVyZ2UnLFxuICAgICAgfV07XG4gICAgfVxuICAgIHJldHVybiBudWxsO1xuICB9XG4gIGlmIChjID09PSAweDQzIC8qIEMgKi8pIHtcbiAgICBpZiAoKG0gPSBET05FLmV4ZWModCkpKSB7XG4gICAgICBjb25zdCB7IGNwdiwgcmVwbyB9ID0gc3BsaXRQa2dTcGVjKG1bM10pO1xuICAgICAgcmV0dXJuIFt7IHR5cGU6ICdwYWNrYWdlLWRvbmUnLCBpbnB1dExpbmU6IGwubiwgY3B2LCAuLi4ocmVwbyA/IHsgcmVwbyB9IDoge30pLCBpbmRleDogTnVtYmVyKG1bMV0pLCB0b3RhbDogTnVtYmVyKG1bMl0pLCByZXN1bHQ6ICdjb21wbGV0ZWQnIH1dO1xuICAgIH1cbiAgfSBlbHNlIGlmIChjID09PSAweDQ5IC8qIEkgKi8pIHtcbiAgICBpZiAoKG0gPSBJTlNUQUxMSU5HLmV4ZWModCkpKSByZXR1cm4gW3BoYXNlKGwsICdtZXJnZScsIHNwbGl0UGtnU3BlYyhtWzNdKS5jcHYpXTtcbiAgfSBlbHNlIGlmIChjID09PSAweDU1IC8qIFUgKi8pIHtcbiAgICBpZiAoKG0gPSBVTk1FUkdJTkcuZXhlYyh0KSkpIHJldHVybiBbcGhhc2UobCwgJ3VubWVyZ2UnLCBzcGxpdFBrZ1NwZWMobVszXSkuY3B2KV07XG4gIH1cbiAgaWYgKGMgPT09IDB4NTUgfHwgYyA9PT0gMHg1MCB8fCBjID09PSAweDQzIHx8IGMgPT09IDB4NTQgfHwgYyA9PT0gMHg0OSkge1xuICAgIGZvciAoY29uc3QgW3JlLCBuYW1lXSBvZiBQSEFTRV9MSU5FUykge1xuICAgICAgaWYgKCFyZS50ZXN0KHQpKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IG5hbWVkID0gL14oPzpUZXN0IHBoYXNlKD86IFxcW25vdCBlbmFibGVkXFxdKT86IHxJbnN0YWxsICkoXFxTKykvLmV4ZWModCk7XG4gICAgICBjb25zdCBldiA9IHBoYXNlKGwsIG5hbWUsIG5hbWVkID8gbmFtZWRbMV0gOiBjdHguY3B2KTtcbiAgICAgIGlmICgvXFxbbm90IGVuYWJsZWRcXF0vLnRlc3QodCkpIGV2LnNraXBwZWQgPSB0cnVlO1xuICAgICAgcmV0dXJuIFtldl07XG4gICAgfVxuICB9XG4gIHJldHVybiBudWxsO1xufVxuXG5mdW5jdGlvbiBwaGFzZShsOiBMb2dMaW5lLCBuYW1lOiBQaGFzZU5hbWUsIGNwdjogc3RyaW5nIHwgdW5kZWZpbmVkKTogUGhhc2VFdmVudCB7XG4gIHJldHVybiB7IHR5cGU6ICdwaGFzZScsIGlucHV0TGluZTogbC5uLCBwaGFzZTogbmFtZSwgLi4uKGNwdiA/IHsgY3B2IH0gOiB7fSkgfTtcbn1cblxuLyoqIGVtZXJnZS5sb2cgbGluZXMgKGAvdmFyL2xvZy9lbWVyZ2UubG9nYCkuICovXG5leHBvcnQgZnVuY3Rpb24gZW1lcmdlTG9nTGluZShsOiBMb2dMaW5lLCBjdHg6IFBhcnNlQ29udGV4dCk6IEVtZXJnZUV2ZW50W10gfCBudWxsIHtcbiAgY29uc3QgdCA9IGwudGV4dDtcbiAgbGV0IG06IFJlZ0V4cEV4ZWNBcnJheSB8IG51bGw7XG4gIGlmICgobSA9IExPR19FTUVSR0UuZXhlYyh0KSkpIHtcbiAgICBjdHguY3B2ID0gbVszXTtcbiAgICByZXR1cm4gW3sgdHlwZTogJ3BhY2thZ2Utc3RhcnQnLCBpbnB1dExpbmU6IGwubiwgY3B2OiBtWzNdLCBpbmRleDogTnVtYmVyKG1bMV0pLCB0b3RhbDogTnVtYmVyKG1bMl0pLCBhY3Rpb246ICdlbWVyZ2UnIH1dO1xuICB9XG4gIGlmICgobSA9IExPR19ET05FLmV4ZWModCkpKSB7XG4gICAgcmV0dXJuIFt7IHR5cGU6ICdwYWNrYWdlLWRvbmUnLCBpbnB1dExpbmU6IGwubiwgY3B2OiBtWzNdLCBpbmRleDogTnVtYmVyKG1bMV0pLCB0b3RhbDogTnVtYmVyKG1bMl0pLCByZXN1bHQ6ICdjb21wbGV0ZWQnIH1dO1xuICB9XG4gIGlmICgobSA9IExPR19QSEFTRS5leGVjKHQpKSkge1xuICAgIGNvbnN0IG5hbWVzOiBSZWNvcmQ8c3RyaW5nLCBQaGFzZU5hbWU+ID0ge1xuICAgICAgQ2xlYW5pbmc6ICdjbGVhbicsICdDb21waWxpbmcvTWVyZ2luZyc6ICdjb21waWxlJywgJ0NvbXBpbGluZy9QYWNrYWdpbmcnOiAnY29tcGlsZScsIE1lcmdpbmc6ICdtZXJnZScsICdQb3N0LUJ1aWxkIENsZWFuaW5nJzogJ2NsZWFuJyxcbiAgICB9O1xuICAgIHJldHVybiBbcGhhc2UobCwgbmFtZXNbbVsxXV0sIG1bMl0pXTtcbiAgfVxuICByZXR1cm4gbnVsbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1lcmdlTGlzdExpbmUobDogTG9nTGluZSk6IEVtZXJnZUV2ZW50W10gfCBudWxsIHtcbiAgY29uc3QgbSA9IE1FUkdFX0xJU1QuZXhlYyhsLnRleHQpO1xuICBpZiAoIW0pIHJldHVybiBudWxsO1xuICBjb25zdCBbLCBwa2dUeXBlLCBmbGFnQ29sLCBwYWQsIHNwZWMsIHJlc3RSYXddID0gbTtcbiAgY29uc3QgZmxhZ3MgPSBmbGFnQ29sLnRyaW0oKS5yZXBsYWNlKC9cXHMrL2csICcgJyk7XG4gIGlmIChwa2dUeXBlID09PSAnYmxvY2tzJykge1xuICAgIGNvbnN0IGIgPSAvXlxccypcXChcIj8oW15cIl0rPylcIj8gaXMgKGhhcmQgKT9ibG9ja2luZyAoLis/KVxcKVxccyokLy5leGVjKHJlc3RSYXcpO1xuICAgIHJldHVybiBbe1xuICAgICAgdHlwZTogJ2Jsb2NrZXInLCBpbnB1dExpbmU6IGwubiwgYXRvbTogc3BlYywgLi4uKGIgPyB7IGJsb2NraW5nOiBiWzNdLCBoYXJkOiBCb29sZWFuKGJbMl0pIH0gOiB7fSksXG4gICAgICByZXNvbHZlZDogZmxhZ3MuaW5jbHVkZXMoJ2InKSAmJiAhZmxhZ3MuaW5jbHVkZXMoJ0InKSxcbiAgICB9XTtcbiAgfVxuICBjb25zdCB7IGNwdiwgc2xvdCwgcmVwbyB9ID0gc3BsaXRQa2dTcGVjKHNwZWMpO1xuICBsZXQgcmVzdCA9IHJlc3RSYXc7XG4gIGNvbnN0IGV2OiBNZXJnZUxpc3RFdmVudCA9IHtcbiAgICB0eXBlOiAnbWVyZ2UtbGlzdCcsIGlucHV0TGluZTogbC5uLCBwa2dUeXBlLCBmbGFncywgYWN0aW9uOiBhY3Rpb25PZihwa2dUeXBlLCBmbGFncyksIGNwdixcbiAgICAuLi4oc2xvdCA/IHsgc2xvdCB9IDoge30pLCAuLi4ocmVwbyA/IHsgcmVwbyB9IDoge30pLCB2YXJzOiB7fSwgZGVwdGg6IE1hdGgubWF4KDAsIHBhZC5sZW5ndGggLSAxKSxcbiAgfTtcbiAgY29uc3Qgb2xkID0gL15cXHMqXFxbKFteXFxdXSspXFxdLy5leGVjKHJlc3QpO1xuICBpZiAob2xkKSB7XG4gICAgZXYub2xkID0gb2xkWzFdO1xuICAgIHJlc3QgPSByZXN0LnNsaWNlKG9sZFswXS5sZW5ndGgpO1xuICB9XG4gIGZvciAoY29uc3QgdiBvZiByZXN0Lm1hdGNoQWxsKC8oW0EtWl1bQS1aMC05X10qKT1cIihbXlwiXSopXCIvZykpIGV2LnZhcnNbdlsxXV0gPSB2WzJdO1xuICBjb25zdCBzaXplID0gLyhcXGRbXFxkLC5dKlxccypba0tNR1RdaT9CKVxccyokLy5leGVjKHJlc3QpO1xuICBpZiAoc2l6ZSkgZXYuc2l6ZSA9IHNpemVbMV07XG4gIHJldHVybiBbZXZdO1xufVxuXG5mdW5jdGlvbiBhY3Rpb25PZihwa2dUeXBlOiBzdHJpbmcsIGZsYWdzOiBzdHJpbmcpOiBNZXJnZUxpc3RFdmVudFsnYWN0aW9uJ10ge1xuICBpZiAocGtnVHlwZSA9PT0gJ25vbWVyZ2UnKSByZXR1cm4gJ25vbWVyZ2UnO1xuICBpZiAocGtnVHlwZSA9PT0gJ3VuaW5zdGFsbCcpIHJldHVybiAndW5pbnN0YWxsJztcbiAgY29uc3QgZiA9IGZsYWdzLnNwbGl0KCcgJylbMF0gPz8gJyc7XG4gIGlmIChmLmluY2x1ZGVzKCdOUycpKSByZXR1cm4gJ25ldy1zbG90JztcbiAgaWYgKGYuaW5jbHVkZXMoJ04nKSkgcmV0dXJuICduZXcnO1xuICBpZiAoZi5pbmNsdWRlcygnVScpKSByZXR1cm4gZi5pbmNsdWRlcygnRCcpID8gJ2Rvd25ncmFkZScgOiAndXBncmFkZSc7XG4gIGlmIChmLmluY2x1ZGVzKCdEJykpIHJldHVybiAnZG93bmdyYWRlJztcbiAgaWYgKGYuaW5jbHVkZXMoJ1InKSB8fCBmLmluY2x1ZGVzKCdyJykpIHJldHVybiAncmVpbnN0YWxsJztcbiAgcmV0dXJuICdvdGhlcic7XG59XG5cbi8qKiBDb21waWxlciBgZmlsZTpsaW5lOmNvbDogZXJyb3I6IFx1MjAyNmAgYW5kIG1ha2UgYCoqKiBbTWFrZWZpbGU6NDogdGFyZ2V0XSBFcnJvciAxYCBsaW5lcy4gKi9cbmV4cG9ydCBjbGFzcyBEaWFnbm9zdGljUmVhZGVyIHtcbiAgcHJpdmF0ZSBjb250ZXh0PzogeyBmaWxlOiBzdHJpbmc7IHRleHQ6IHN0cmluZyB9O1xuXG4gIHJlYWQobDogTG9nTGluZSwgY3R4OiBQYXJzZUNvbnRleHQpOiBFbWVyZ2VFdmVudFtdIHwgbnVsbCB7XG4gICAgY29uc3QgdCA9IGwudGV4dDtcbiAgICBpZiAodC5pbmRleE9mKCc6ICcpIDwgMCkgcmV0dXJuIG51bGw7XG4gICAgbGV0IG0gPSBESUFHLmV4ZWModCk7XG4gICAgaWYgKG0pIHtcbiAgICAgIGNvbnN0IGV2OiBDb21waWxlckRpYWdub3N0aWNFdmVudCA9IHtcbiAgICAgICAgdHlwZTogJ2NvbXBpbGVyLWRpYWdub3N0aWMnLCBpbnB1dExpbmU6IGwubiwgdG9vbDogJ2NvbXBpbGVyJywgZmlsZTogbVsxXSwgbGluZTogTnVtYmVyKG1bMl0pLFxuICAgICAgICAuLi4obVszXSA/IHsgY29sdW1uOiBOdW1iZXIobVszXSkgfSA6IHt9KSwgc2V2ZXJpdHk6IG1bNF0gYXMgQ29tcGlsZXJEaWFnbm9zdGljRXZlbnRbJ3NldmVyaXR5J10sIG1lc3NhZ2U6IG1bNV0sXG4gICAgICB9O1xuICAgICAgY29uc3Qgb3B0ID0gL1xcc1xcWygtV1tcXHc9Ky1dKylcXF0kLy5leGVjKG1bNV0pO1xuICAgICAgaWYgKG9wdCkgZXYub3B0aW9uID0gb3B0WzFdO1xuICAgICAgaWYgKHRoaXMuY29udGV4dCAmJiB0aGlzLmNvbnRleHQuZmlsZSA9PT0gbVsxXSkgZXYuY29udGV4dCA9IHRoaXMuY29udGV4dC50ZXh0O1xuICAgICAgaWYgKGN0eC5jcHYpIGV2LmNwdiA9IGN0eC5jcHY7XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgaWYgKChtID0gRElBR19DT05URVhULmV4ZWModCkpKSB7XG4gICAgICB0aGlzLmNvbnRleHQgPSB7IGZpbGU6IG1bMV0sIHRleHQ6IG1bMl0gfTtcbiAgICAgIHJldHVybiBbXTtcbiAgICB9XG4gICAgaWYgKHQuaW5jbHVkZXMoJyoqKicpICYmIChtID0gTUFLRS5leGVjKHQpKSkge1xuICAgICAgY29uc3QgZXY6IENvbXBpbGVyRGlhZ25vc3RpY0V2ZW50ID0ge1xuICAgICAgICB0eXBlOiAnY29tcGlsZXItZGlhZ25vc3RpYycsIGlucHV0TGluZTogbC5uLCB0b29sOiAnbWFrZScsIGZpbGU6IG1bMV0gPz8gbVszXSwgLi4uKG1bMl0gPyB7IGxpbmU6IE51bWJlcihtWzJdKSB9IDoge30pLFxuICAgICAgICBzZXZlcml0eTogJ2Vycm9yJywgbWVzc2FnZTogbVs0XSwgdGFyZ2V0OiBtWzNdLFxuICAgICAgfTtcbiAgICAgIGlmIChjdHguY3B2KSBldi5jcHYgPSBjdHguY3B2O1xuICAgICAgcmV0dXJuIFtldl07XG4gICAgfVxuICAgIHJldHVybiBudWxsO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBTUEsbUJBQTZCO0FBRzdCLE1BQU0sUUFBUTtBQUNkLE1BQU0sT0FBTztBQUNiLE1BQU0sYUFBYTtBQUNuQixNQUFNLFlBQVk7QUFDbEIsTUFBTSxhQUFhO0FBQ25CLE1BQU0sV0FBVztBQUNqQixNQUFNLFlBQVk7QUFDbEIsTUFBTSxhQUFhO0FBQ25CLE1BQU0sT0FBTztBQUNiLE1BQU0sZUFBZTtBQUNyQixNQUFNLE9BQU87QUFFYixNQUFNLGNBQXFDO0FBQUEsRUFDekMsQ0FBQywyQkFBMkIsUUFBUTtBQUFBLEVBQ3BDLENBQUMseUJBQXlCLFNBQVM7QUFBQSxFQUNuQyxDQUFDLDJCQUEyQixXQUFXO0FBQUEsRUFDdkMsQ0FBQyx5QkFBeUIsU0FBUztBQUFBLEVBQ25DLENBQUMsc0NBQXNDLE1BQU07QUFBQSxFQUM3QyxDQUFDLHNCQUFzQixTQUFTO0FBQUEsRUFDaEMsQ0FBQyxzQkFBc0IsU0FBUztBQUNsQztBQUdPLFNBQVMsYUFBYSxHQUFZLEtBQXlDO0FBQ2hGLE1BQUksSUFBSSxFQUFFO0FBQ1YsTUFBSSxFQUFFLFdBQVcsS0FBSyxHQUFHO0FBQ3ZCLFFBQUksV0FBVyxLQUFLLENBQUMsS0FBSyxTQUFTLEtBQUssQ0FBQyxFQUFHLFFBQU8sY0FBYyxHQUFHLEdBQUc7QUFDdkUsUUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLFVBQVU7QUFBQSxFQUMzQjtBQUNBLFFBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixNQUFJO0FBRUosTUFBSSxNQUFNLE1BQWdCLE1BQU0sSUFBYztBQUM1QyxRQUFLLElBQUksTUFBTSxLQUFLLENBQUMsR0FBSTtBQUN2QixZQUFNLEVBQUUsS0FBSyxLQUFLLFFBQUksMkJBQWEsRUFBRSxDQUFDLENBQUM7QUFDdkMsVUFBSSxNQUFNO0FBQ1YsYUFBTyxDQUFDO0FBQUEsUUFDTixNQUFNO0FBQUEsUUFBaUIsV0FBVyxFQUFFO0FBQUEsUUFBRztBQUFBLFFBQUssR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxRQUFJLE9BQU8sT0FBTyxFQUFFLENBQUMsQ0FBQztBQUFBLFFBQUcsT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDO0FBQUEsUUFDOUcsUUFBUSxFQUFFLENBQUMsTUFBTSxhQUFhLFVBQVU7QUFBQSxNQUMxQyxDQUFDO0FBQUEsSUFDSDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxNQUFNLElBQWM7QUFDdEIsUUFBSyxJQUFJLEtBQUssS0FBSyxDQUFDLEdBQUk7QUFDdEIsWUFBTSxFQUFFLEtBQUssS0FBSyxRQUFJLDJCQUFhLEVBQUUsQ0FBQyxDQUFDO0FBQ3ZDLGFBQU8sQ0FBQyxFQUFFLE1BQU0sZ0JBQWdCLFdBQVcsRUFBRSxHQUFHLEtBQUssR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBSSxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxPQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxRQUFRLFlBQVksQ0FBQztBQUFBLElBQ2pKO0FBQUEsRUFDRixXQUFXLE1BQU0sSUFBYztBQUM3QixRQUFLLElBQUksV0FBVyxLQUFLLENBQUMsRUFBSSxRQUFPLENBQUMsTUFBTSxHQUFHLGFBQVMsMkJBQWEsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUNqRixXQUFXLE1BQU0sSUFBYztBQUM3QixRQUFLLElBQUksVUFBVSxLQUFLLENBQUMsRUFBSSxRQUFPLENBQUMsTUFBTSxHQUFHLGVBQVcsMkJBQWEsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUM7QUFBQSxFQUNsRjtBQUNBLE1BQUksTUFBTSxNQUFRLE1BQU0sTUFBUSxNQUFNLE1BQVEsTUFBTSxNQUFRLE1BQU0sSUFBTTtBQUN0RSxlQUFXLENBQUMsSUFBSSxJQUFJLEtBQUssYUFBYTtBQUNwQyxVQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsRUFBRztBQUNqQixZQUFNLFFBQVEsdURBQXVELEtBQUssQ0FBQztBQUMzRSxZQUFNLEtBQUssTUFBTSxHQUFHLE1BQU0sUUFBUSxNQUFNLENBQUMsSUFBSSxJQUFJLEdBQUc7QUFDcEQsVUFBSSxrQkFBa0IsS0FBSyxDQUFDLEVBQUcsSUFBRyxVQUFVO0FBQzVDLGFBQU8sQ0FBQyxFQUFFO0FBQUEsSUFDWjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE1BQU0sR0FBWSxNQUFpQixLQUFxQztBQUMvRSxTQUFPLEVBQUUsTUFBTSxTQUFTLFdBQVcsRUFBRSxHQUFHLE9BQU8sTUFBTSxHQUFJLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxFQUFHO0FBQy9FO0FBR08sU0FBUyxjQUFjLEdBQVksS0FBeUM7QUFDakYsUUFBTSxJQUFJLEVBQUU7QUFDWixNQUFJO0FBQ0osTUFBSyxJQUFJLFdBQVcsS0FBSyxDQUFDLEdBQUk7QUFDNUIsUUFBSSxNQUFNLEVBQUUsQ0FBQztBQUNiLFdBQU8sQ0FBQyxFQUFFLE1BQU0saUJBQWlCLFdBQVcsRUFBRSxHQUFHLEtBQUssRUFBRSxDQUFDLEdBQUcsT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsUUFBUSxTQUFTLENBQUM7QUFBQSxFQUMxSDtBQUNBLE1BQUssSUFBSSxTQUFTLEtBQUssQ0FBQyxHQUFJO0FBQzFCLFdBQU8sQ0FBQyxFQUFFLE1BQU0sZ0JBQWdCLFdBQVcsRUFBRSxHQUFHLEtBQUssRUFBRSxDQUFDLEdBQUcsT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsUUFBUSxZQUFZLENBQUM7QUFBQSxFQUM1SDtBQUNBLE1BQUssSUFBSSxVQUFVLEtBQUssQ0FBQyxHQUFJO0FBQzNCLFVBQU0sUUFBbUM7QUFBQSxNQUN2QyxVQUFVO0FBQUEsTUFBUyxxQkFBcUI7QUFBQSxNQUFXLHVCQUF1QjtBQUFBLE1BQVcsU0FBUztBQUFBLE1BQVMsdUJBQXVCO0FBQUEsSUFDaEk7QUFDQSxXQUFPLENBQUMsTUFBTSxHQUFHLE1BQU0sRUFBRSxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDckM7QUFDQSxTQUFPO0FBQ1Q7QUFFTyxTQUFTLGNBQWMsR0FBa0M7QUFDOUQsUUFBTSxJQUFJLFdBQVcsS0FBSyxFQUFFLElBQUk7QUFDaEMsTUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFFBQU0sQ0FBQyxFQUFFLFNBQVMsU0FBUyxLQUFLLE1BQU0sT0FBTyxJQUFJO0FBQ2pELFFBQU0sUUFBUSxRQUFRLEtBQUssRUFBRSxRQUFRLFFBQVEsR0FBRztBQUNoRCxNQUFJLFlBQVksVUFBVTtBQUN4QixVQUFNLElBQUkscURBQXFELEtBQUssT0FBTztBQUMzRSxXQUFPLENBQUM7QUFBQSxNQUNOLE1BQU07QUFBQSxNQUFXLFdBQVcsRUFBRTtBQUFBLE1BQUcsTUFBTTtBQUFBLE1BQU0sR0FBSSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsR0FBRyxNQUFNLFFBQVEsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUM7QUFBQSxNQUNoRyxVQUFVLE1BQU0sU0FBUyxHQUFHLEtBQUssQ0FBQyxNQUFNLFNBQVMsR0FBRztBQUFBLElBQ3RELENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxFQUFFLEtBQUssTUFBTSxLQUFLLFFBQUksMkJBQWEsSUFBSTtBQUM3QyxNQUFJLE9BQU87QUFDWCxRQUFNLEtBQXFCO0FBQUEsSUFDekIsTUFBTTtBQUFBLElBQWMsV0FBVyxFQUFFO0FBQUEsSUFBRztBQUFBLElBQVM7QUFBQSxJQUFPLFFBQVEsU0FBUyxTQUFTLEtBQUs7QUFBQSxJQUFHO0FBQUEsSUFDdEYsR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUFJLEdBQUksT0FBTyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFBSSxNQUFNLENBQUM7QUFBQSxJQUFHLE9BQU8sS0FBSyxJQUFJLEdBQUcsSUFBSSxTQUFTLENBQUM7QUFBQSxFQUNuRztBQUNBLFFBQU0sTUFBTSxtQkFBbUIsS0FBSyxJQUFJO0FBQ3hDLE1BQUksS0FBSztBQUNQLE9BQUcsTUFBTSxJQUFJLENBQUM7QUFDZCxXQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsRUFBRSxNQUFNO0FBQUEsRUFDakM7QUFDQSxhQUFXLEtBQUssS0FBSyxTQUFTLDhCQUE4QixFQUFHLElBQUcsS0FBSyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztBQUNsRixRQUFNLE9BQU8sK0JBQStCLEtBQUssSUFBSTtBQUNyRCxNQUFJLEtBQU0sSUFBRyxPQUFPLEtBQUssQ0FBQztBQUMxQixTQUFPLENBQUMsRUFBRTtBQUNaO0FBRUEsU0FBUyxTQUFTLFNBQWlCLE9BQXlDO0FBQzFFLE1BQUksWUFBWSxVQUFXLFFBQU87QUFDbEMsTUFBSSxZQUFZLFlBQWEsUUFBTztBQUNwQyxRQUFNLElBQUksTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEtBQUs7QUFDakMsTUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU87QUFDN0IsTUFBSSxFQUFFLFNBQVMsR0FBRyxFQUFHLFFBQU87QUFDNUIsTUFBSSxFQUFFLFNBQVMsR0FBRyxFQUFHLFFBQU8sRUFBRSxTQUFTLEdBQUcsSUFBSSxjQUFjO0FBQzVELE1BQUksRUFBRSxTQUFTLEdBQUcsRUFBRyxRQUFPO0FBQzVCLE1BQUksRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLFNBQVMsR0FBRyxFQUFHLFFBQU87QUFDL0MsU0FBTztBQUNUO0FBR08sTUFBTSxpQkFBaUI7QUFBQSxFQUNwQjtBQUFBLEVBRVIsS0FBSyxHQUFZLEtBQXlDO0FBQ3hELFVBQU0sSUFBSSxFQUFFO0FBQ1osUUFBSSxFQUFFLFFBQVEsSUFBSSxJQUFJLEVBQUcsUUFBTztBQUNoQyxRQUFJLElBQUksS0FBSyxLQUFLLENBQUM7QUFDbkIsUUFBSSxHQUFHO0FBQ0wsWUFBTSxLQUE4QjtBQUFBLFFBQ2xDLE1BQU07QUFBQSxRQUF1QixXQUFXLEVBQUU7QUFBQSxRQUFHLE1BQU07QUFBQSxRQUFZLE1BQU0sRUFBRSxDQUFDO0FBQUEsUUFBRyxNQUFNLE9BQU8sRUFBRSxDQUFDLENBQUM7QUFBQSxRQUM1RixHQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUUsUUFBUSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDO0FBQUEsUUFBSSxVQUFVLEVBQUUsQ0FBQztBQUFBLFFBQTBDLFNBQVMsRUFBRSxDQUFDO0FBQUEsTUFDaEg7QUFDQSxZQUFNLE1BQU0sc0JBQXNCLEtBQUssRUFBRSxDQUFDLENBQUM7QUFDM0MsVUFBSSxJQUFLLElBQUcsU0FBUyxJQUFJLENBQUM7QUFDMUIsVUFBSSxLQUFLLFdBQVcsS0FBSyxRQUFRLFNBQVMsRUFBRSxDQUFDLEVBQUcsSUFBRyxVQUFVLEtBQUssUUFBUTtBQUMxRSxVQUFJLElBQUksSUFBSyxJQUFHLE1BQU0sSUFBSTtBQUMxQixhQUFPLENBQUMsRUFBRTtBQUFBLElBQ1o7QUFDQSxRQUFLLElBQUksYUFBYSxLQUFLLENBQUMsR0FBSTtBQUM5QixXQUFLLFVBQVUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxHQUFHLE1BQU0sRUFBRSxDQUFDLEVBQUU7QUFDeEMsYUFBTyxDQUFDO0FBQUEsSUFDVjtBQUNBLFFBQUksRUFBRSxTQUFTLEtBQUssTUFBTSxJQUFJLEtBQUssS0FBSyxDQUFDLElBQUk7QUFDM0MsWUFBTSxLQUE4QjtBQUFBLFFBQ2xDLE1BQU07QUFBQSxRQUF1QixXQUFXLEVBQUU7QUFBQSxRQUFHLE1BQU07QUFBQSxRQUFRLE1BQU0sRUFBRSxDQUFDLEtBQUssRUFBRSxDQUFDO0FBQUEsUUFBRyxHQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUUsTUFBTSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDO0FBQUEsUUFDcEgsVUFBVTtBQUFBLFFBQVMsU0FBUyxFQUFFLENBQUM7QUFBQSxRQUFHLFFBQVEsRUFBRSxDQUFDO0FBQUEsTUFDL0M7QUFDQSxVQUFJLElBQUksSUFBSyxJQUFHLE1BQU0sSUFBSTtBQUMxQixhQUFPLENBQUMsRUFBRTtBQUFBLElBQ1o7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
