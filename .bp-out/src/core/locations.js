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
var locations_exports = {};
__export(locations_exports, {
  findAssignment: () => findAssignment,
  findFunction: () => findFunction,
  locate: () => locate,
  packageName: () => packageName
});
module.exports = __toCommonJS(locations_exports);
var import_node_path = require("node:path");
const DEP_VARS = ["RDEPEND", "DEPEND", "BDEPEND", "PDEPEND", "IDEPEND"];
function locate(event, src) {
  switch (event.type) {
    case "build-failure":
      return locateFailure(event, src);
    case "qa-notice": {
      for (const e of event.entries) {
        const l = findLine(src.ebuildText, (t) => e.length > 2 && t.includes(e));
        if (l) return { file: src.ebuildPath, line: l };
      }
      const fn = { cflags: "src_compile", ldflags: "src_compile", "severe-warnings": "src_compile", "unrecognized-configure-options": "src_configure" }[event.qaType] ?? "src_install";
      const f = findFunction(src.ebuildText, fn);
      return { file: src.ebuildPath, line: f ? f.start : firstCodeLine(src.ebuildText), note: `QA Notice: ${event.message}` };
    }
    case "autounmask":
      return locateDependency([event.atom, ...event.requiredBy.map((r) => r.atom)], src);
    case "masked":
    case "no-ebuilds":
      return locateDependency([event.atom, ...event.candidates.map((c) => c.cpv), ...event.requiredBy.map((r) => r.atom)], src);
    case "slot-conflict":
    case "blocker": {
      const names = [event.atom ?? "", ...(event.packages ?? []).flatMap((p) => [p.cpv, ...p.parents.map((x) => x.atom)])];
      return locateDependency(names.filter(Boolean), src);
    }
    case "required-use": {
      const v = findAssignment(src.ebuildText, "REQUIRED_USE");
      if (!v) return { note: "REQUIRED_USE is not set in this ebuild (it may come from an eclass)" };
      const flags = event.unsatisfied.flatMap((u) => u.match(/[A-Za-z0-9][A-Za-z0-9+_@.-]*/g) ?? []);
      for (let l = v.start; l <= v.end; l++) if (flags.some((f) => hasWord(lineAt(src.ebuildText, l), f))) return { file: src.ebuildPath, line: l, endLine: v.end };
      return { file: src.ebuildPath, line: v.start, endLine: v.end };
    }
    case "fetch-failure":
      if (event.got !== void 0 && event.file) {
        const m = manifestLine(src, event.file);
        if (m) return m;
      }
      return locateSrcUri(event.file, src);
    case "digest-failure": {
      const m = manifestLine(src, (0, import_node_path.basename)(event.file));
      if (m) return m;
      return { note: `Digest mismatch for ${event.file}: regenerate the Manifest (ebuild \u2026 manifest)` };
    }
    case "compiler-diagnostic":
      return { note: `${event.file}${event.line ? `:${event.line}` : ""} in the build output (line ${event.inputLine} of the log)` };
    default:
      return { note: "not tied to an ebuild line" };
  }
}
function locateFailure(ev, src) {
  const ebuildName = (0, import_node_path.basename)(src.ebuildPath);
  const frames = ev.frames;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.file === ebuildName || f.file.endsWith(".ebuild") && i === frames.length - 1) return { file: src.ebuildPath, line: f.line };
    const ec = eclassNamed(src, f.file.replace(/\.eclass$/, ""));
    if (f.file.endsWith(".eclass") && ec) return { file: ec.path, line: f.line };
    if (f.file === "environment") {
      const fn2 = i > 0 ? frames[i - 1].call : void 0;
      const found = fn2 ? findInFunction(fn2, ev.snippet, src) : void 0;
      if (found) return found;
      if (fn2) {
        const inh = inheritFor(fn2, src.ebuildText);
        if (inh) return { file: src.ebuildPath, line: inh, note: `died in ${fn2}, defined in an eclass that is not in the workspace` };
      }
    }
  }
  if (ev.snippet) {
    const l = findSnippet(src.ebuildText, 1, lineCount(src.ebuildText), ev.snippet);
    if (l) return { file: src.ebuildPath, line: l };
  }
  const fn = phaseFunction(ev.phase);
  if (fn) {
    const f = findFunction(src.ebuildText, fn);
    if (f) {
      const helper = /^(\w+) failed$/.exec(ev.reason)?.[1];
      if (helper) {
        for (let l = f.start; l <= f.end; l++) if (hasWord(lineAt(src.ebuildText, l), helper)) return { file: src.ebuildPath, line: l };
      }
      return { file: src.ebuildPath, line: f.start, endLine: f.end };
    }
    const eapi = findLine(src.ebuildText, (t) => /^\s*EAPI=/.test(t));
    return { file: src.ebuildPath, line: eapi ?? firstCodeLine(src.ebuildText), note: `the default ${fn} (EAPI or eclass) failed in the ${ev.phase} phase` };
  }
  return { file: src.ebuildPath, line: firstCodeLine(src.ebuildText), note: `failed in the ${ev.phase} phase` };
}
function findInFunction(fn, snippet, src) {
  const texts = [{ file: src.ebuildPath, text: src.ebuildText }];
  for (const [name, text] of src.eclasses ?? []) texts.push({ file: eclassPath(src, name), text });
  for (const { file, text } of texts) {
    const f = findFunction(text, fn);
    if (!f) continue;
    const l = snippet ? findSnippet(text, f.start, f.end, snippet) : void 0;
    return { file, line: l ?? f.start, ...l ? {} : { endLine: f.end } };
  }
  return void 0;
}
function locateDependency(atoms, src) {
  const vars = DEP_VARS.map((v) => findAssignment(src.ebuildText, v)).filter((v) => Boolean(v)).sort((a, b) => a.start - b.start);
  for (const atom of atoms) {
    const name = packageName(atom);
    if (!name) continue;
    for (const v of vars) {
      for (let l = v.start; l <= v.end; l++) if (namesPackage(lineAt(src.ebuildText, l), name)) return { file: src.ebuildPath, line: l };
    }
  }
  if (vars.length) return { file: src.ebuildPath, line: vars[0].start, endLine: vars[0].end, note: "the package is pulled in indirectly" };
  return { note: "no dependency variable in this ebuild names the package" };
}
function locateSrcUri(file, src) {
  const v = findAssignment(src.ebuildText, "SRC_URI");
  if (!v) return { note: "SRC_URI is not set in this ebuild (it may come from an eclass)" };
  if (file) {
    const vars = ebuildVars(src.ebuildPath);
    for (let l = v.start; l <= v.end; l++) if (expand(lineAt(src.ebuildText, l), vars).includes(file)) return { file: src.ebuildPath, line: l };
  }
  return { file: src.ebuildPath, line: v.start, endLine: v.end };
}
function ebuildVars(ebuildPath) {
  const pf = (0, import_node_path.basename)(ebuildPath).replace(/\.ebuild$/, "");
  const m = /^(.+?)-(\d[^-]*)(?:-(r\d+))?$/.exec(pf);
  if (!m) return { PF: pf };
  const [, pn, pv, pr] = m;
  return { PN: pn, PV: pv, P: `${pn}-${pv}`, PF: pf, PR: pr ?? "r0", PVR: pr ? `${pv}-${pr}` : pv };
}
function expand(line, vars) {
  return line.replace(/\$\{(\w+)\}|\$(\w+)/g, (all, a, b) => vars[a ?? b] ?? all);
}
function manifestLine(src, file) {
  if (src.manifestText === void 0) return void 0;
  const l = findLine(src.manifestText, (t) => t.split(/\s+/)[1] === file);
  const path = src.manifestPath ?? (0, import_node_path.join)((0, import_node_path.dirname)(src.ebuildPath), "Manifest");
  return l ? { file: path, line: l } : { file: path, line: 1, note: `${file} is not listed in the Manifest` };
}
function lines(text) {
  return text.split(/\r?\n/);
}
function lineAt(text, n) {
  return lines(text)[n - 1] ?? "";
}
function lineCount(text) {
  return lines(text).length;
}
function findLine(text, pred) {
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) if (pred(ls[i])) return i + 1;
  return void 0;
}
function firstCodeLine(text) {
  return findLine(text, (t) => t.trim() !== "" && !t.trim().startsWith("#")) ?? 1;
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function findFunction(text, name) {
  const def = new RegExp(`^\\s*(?:function\\s+)?${escapeRe(name)}\\s*(?:\\(\\s*\\))\\s*\\{?|^\\s*function\\s+${escapeRe(name)}\\s*\\{`);
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) {
    if (!def.test(ls[i])) continue;
    if (/\}\s*(?:#.*)?$/.test(ls[i]) && /\{/.test(ls[i])) return { start: i + 1, end: i + 1 };
    for (let j = i + 1; j < ls.length; j++) if (/^\}/.test(ls[j])) return { start: i + 1, end: j + 1 };
    return { start: i + 1, end: ls.length };
  }
  return void 0;
}
function findAssignment(text, name) {
  const ls = lines(text);
  const re = new RegExp(`^\\s*(?:export\\s+)?${name}\\+?=(.*)$`);
  for (let i = 0; i < ls.length; i++) {
    const m = re.exec(ls[i]);
    if (!m) continue;
    const q = m[1].trimStart()[0];
    if (q !== '"' && q !== "'") return { start: i + 1, end: i + 1 };
    let open = count(m[1], q) % 2 === 1;
    let j = i;
    while (open && j + 1 < ls.length) {
      j++;
      if (count(ls[j], q) % 2 === 1) open = false;
    }
    return { start: i + 1, end: j + 1 };
  }
  return void 0;
}
function count(s, ch) {
  return s.split(ch).length - 1;
}
function normalize(s) {
  return s.replace(/[^A-Za-z0-9_]+/g, "");
}
function findSnippet(text, from, to, snippet) {
  const first = snippet.split("\n").map((s) => s.trim()).find((s) => s !== "");
  if (!first) return void 0;
  const want = normalize(first);
  if (want.length < 3) return void 0;
  const ls = lines(text);
  for (let l = from; l <= Math.min(to, ls.length); l++) {
    const have = normalize(ls[l - 1]);
    if (have.length >= 3 && (have.includes(want) || have.length >= 8 && want.includes(have))) return l;
  }
  return void 0;
}
function phaseFunction(phase) {
  if (["unpack", "prepare", "configure", "compile", "test", "install"].includes(phase)) return `src_${phase}`;
  if (["setup", "pretend", "preinst", "postinst", "prerm", "postrm", "config", "info", "nofetch"].includes(phase)) return `pkg_${phase}`;
  return void 0;
}
function packageName(atom) {
  const m = /^[<>=~!]*([A-Za-z0-9+_.-]+\/[A-Za-z0-9+_-]+?)(?:-\d[^\s:[]*)?(?:[:[]|$)/.exec(atom.replace(/::\S+$/, "").replace(/\[.*$/, ""));
  return m ? m[1] : void 0;
}
function namesPackage(line, name) {
  return new RegExp(`(?:^|[^A-Za-z0-9+_./-])${escapeRe(name)}(?![A-Za-z0-9+_]|-[A-Za-z])`).test(line);
}
function hasWord(line, word) {
  return new RegExp(`(?:^|[^A-Za-z0-9_-])${escapeRe(word)}(?![A-Za-z0-9_-])`).test(line);
}
function eclassNamed(src, name) {
  for (const key of [name, `${name}.eclass`]) {
    const text = src.eclasses?.get(key);
    if (text !== void 0) return { path: eclassPath(src, key), text };
  }
  return void 0;
}
function eclassPath(src, key) {
  return src.eclassPaths?.get(key) ?? (key.endsWith(".eclass") ? key : `${key}.eclass`);
}
function inheritFor(fn, text) {
  const ls = lines(text);
  let first;
  let best;
  for (let i = 0; i < ls.length; i++) {
    const m = /^\s*inherit\s+(.*)$/.exec(ls[i]);
    if (!m) continue;
    first ??= i + 1;
    for (const ec of m[1].split(/\s+/)) {
      if (ec && (fn === ec || fn.startsWith(`${ec}_`)) && (!best || ec.length > best.len)) best = { line: i + 1, len: ec.length };
    }
  }
  return best?.line ?? first;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findAssignment,
  findFunction,
  locate,
  packageName
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvbG9jYXRpb25zLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE1hcHMgcGFyc2VyIGZpbmRpbmdzIHRvIHRoZSBlYnVpbGQgKG9yIGVjbGFzcywgb3IgTWFuaWZlc3QpIGxpbmUgYSBkZXZlbG9wZXIgc2hvdWxkIGxvb2sgYXQuIFB1cmU6XG4gKiB0YWtlcyBmaWxlIHRleHRzLCByZXR1cm5zIDEtYmFzZWQgbGluZXMuIEEgYGRpZWAgZnJhbWUgaW4gdGhlIHNhdmVkIGBlbnZpcm9ubWVudGAgaXMgbWFwcGVkIGJhY2sgdGhyb3VnaFxuICogdGhlIGVuY2xvc2luZyBmdW5jdGlvbidzIG5hbWUgYW5kIHRoZSBzbmlwcGV0IFBvcnRhZ2UgcHJpbnRlZCAoYmFzaCByZS1zZXJpYWxpc2VzIGZ1bmN0aW9ucywgc28gdGhlXG4gKiBjb21wYXJpc29uIGlnbm9yZXMgc3BhY2luZywgcXVvdGVzIGFuZCBwdW5jdHVhdGlvbikuXG4gKi9cbmltcG9ydCB7IGJhc2VuYW1lLCBkaXJuYW1lLCBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQnVpbGRGYWlsdXJlRXZlbnQsIEVtZXJnZUV2ZW50IH0gZnJvbSAnLi9lbWVyZ2UvZXZlbnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBMb2NhdGVTb3VyY2VzIHtcbiAgZWJ1aWxkVGV4dDogc3RyaW5nO1xuICBlYnVpbGRQYXRoOiBzdHJpbmc7XG4gIC8qKiBFY2xhc3MgdGV4dHMgZnJvbSB0aGUgd29ya3NwYWNlLCBieSBuYW1lIChgY21ha2VgIG9yIGBjbWFrZS5lY2xhc3NgKS4gKi9cbiAgZWNsYXNzZXM/OiBNYXA8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogUGF0aHMgb2YgdGhvc2UgZWNsYXNzZXMsIGJ5IHRoZSBzYW1lIGtleXMgKGVsc2UgYDxuYW1lPi5lY2xhc3NgKS4gKi9cbiAgZWNsYXNzUGF0aHM/OiBNYXA8c3RyaW5nLCBzdHJpbmc+O1xuICBtYW5pZmVzdFRleHQ/OiBzdHJpbmc7XG4gIC8qKiBEZWZhdWx0OiBgTWFuaWZlc3RgIGJlc2lkZSB0aGUgZWJ1aWxkLiAqL1xuICBtYW5pZmVzdFBhdGg/OiBzdHJpbmc7XG59XG5cbi8qKiBBIHBsYWNlIGluIGEgZmlsZSAoMS1iYXNlZCBsaW5lcyksIHdpdGggYW4gb3B0aW9uYWwgbm90ZTsgb3Igb25seSBhIG5vdGUgd2hlbiBub3RoaW5nIGZpdHMuICovXG5leHBvcnQgdHlwZSBMb2NhdGlvbiA9IHsgZmlsZTogc3RyaW5nOyBsaW5lOiBudW1iZXI7IGVuZExpbmU/OiBudW1iZXI7IG5vdGU/OiBzdHJpbmcgfSB8IHsgbm90ZTogc3RyaW5nOyBmaWxlPzogdW5kZWZpbmVkIH07XG5cbmNvbnN0IERFUF9WQVJTID0gWydSREVQRU5EJywgJ0RFUEVORCcsICdCREVQRU5EJywgJ1BERVBFTkQnLCAnSURFUEVORCddO1xuXG5leHBvcnQgZnVuY3Rpb24gbG9jYXRlKGV2ZW50OiBFbWVyZ2VFdmVudCwgc3JjOiBMb2NhdGVTb3VyY2VzKTogTG9jYXRpb24ge1xuICBzd2l0Y2ggKGV2ZW50LnR5cGUpIHtcbiAgICBjYXNlICdidWlsZC1mYWlsdXJlJzpcbiAgICAgIHJldHVybiBsb2NhdGVGYWlsdXJlKGV2ZW50LCBzcmMpO1xuICAgIGNhc2UgJ3FhLW5vdGljZSc6IHtcbiAgICAgIGZvciAoY29uc3QgZSBvZiBldmVudC5lbnRyaWVzKSB7XG4gICAgICAgIGNvbnN0IGwgPSBmaW5kTGluZShzcmMuZWJ1aWxkVGV4dCwgKHQpID0+IGUubGVuZ3RoID4gMiAmJiB0LmluY2x1ZGVzKGUpKTtcbiAgICAgICAgaWYgKGwpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBsIH07XG4gICAgICB9XG4gICAgICBjb25zdCBmbiA9IHsgY2ZsYWdzOiAnc3JjX2NvbXBpbGUnLCBsZGZsYWdzOiAnc3JjX2NvbXBpbGUnLCAnc2V2ZXJlLXdhcm5pbmdzJzogJ3NyY19jb21waWxlJywgJ3VucmVjb2duaXplZC1jb25maWd1cmUtb3B0aW9ucyc6ICdzcmNfY29uZmlndXJlJyB9W2V2ZW50LnFhVHlwZV0gPz8gJ3NyY19pbnN0YWxsJztcbiAgICAgIGNvbnN0IGYgPSBmaW5kRnVuY3Rpb24oc3JjLmVidWlsZFRleHQsIGZuKTtcbiAgICAgIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBmID8gZi5zdGFydCA6IGZpcnN0Q29kZUxpbmUoc3JjLmVidWlsZFRleHQpLCBub3RlOiBgUUEgTm90aWNlOiAke2V2ZW50Lm1lc3NhZ2V9YCB9O1xuICAgIH1cbiAgICBjYXNlICdhdXRvdW5tYXNrJzpcbiAgICAgIHJldHVybiBsb2NhdGVEZXBlbmRlbmN5KFtldmVudC5hdG9tLCAuLi5ldmVudC5yZXF1aXJlZEJ5Lm1hcCgocikgPT4gci5hdG9tKV0sIHNyYyk7XG4gICAgY2FzZSAnbWFza2VkJzpcbiAgICBjYXNlICduby1lYnVpbGRzJzpcbiAgICAgIHJldHVybiBsb2NhdGVEZXBlbmRlbmN5KFtldmVudC5hdG9tLCAuLi5ldmVudC5jYW5kaWRhdGVzLm1hcCgoYykgPT4gYy5jcHYpLCAuLi5ldmVudC5yZXF1aXJlZEJ5Lm1hcCgocikgPT4gci5hdG9tKV0sIHNyYyk7XG4gICAgY2FzZSAnc2xvdC1jb25mbGljdCc6XG4gICAgY2FzZSAnYmxvY2tlcic6IHtcbiAgICAgIGNvbnN0IG5hbWVzID0gW2V2ZW50LmF0b20gPz8gJycsIC4uLihldmVudC5wYWNrYWdlcyA/PyBbXSkuZmxhdE1hcCgocCkgPT4gW3AuY3B2LCAuLi5wLnBhcmVudHMubWFwKCh4KSA9PiB4LmF0b20pXSldO1xuICAgICAgcmV0dXJuIGxvY2F0ZURlcGVuZGVuY3kobmFtZXMuZmlsdGVyKEJvb2xlYW4pLCBzcmMpO1xuICAgIH1cbiAgICBjYXNlICdyZXF1aXJlZC11c2UnOiB7XG4gICAgICBjb25zdCB2ID0gZmluZEFzc2lnbm1lbnQoc3JjLmVidWlsZFRleHQsICdSRVFVSVJFRF9VU0UnKTtcbiAgICAgIGlmICghdikgcmV0dXJuIHsgbm90ZTogJ1JFUVVJUkVEX1VTRSBpcyBub3Qgc2V0IGluIHRoaXMgZWJ1aWxkIChpdCBtYXkgY29tZSBmcm9tIGFuIGVjbGFzcyknIH07XG4gICAgICBjb25zdCBmbGFncyA9IGV2ZW50LnVuc2F0aXNmaWVkLmZsYXRNYXAoKHUpID0+IHUubWF0Y2goL1tBLVphLXowLTldW0EtWmEtejAtOStfQC4tXSovZykgPz8gW10pO1xuICAgICAgZm9yIChsZXQgbCA9IHYuc3RhcnQ7IGwgPD0gdi5lbmQ7IGwrKykgaWYgKGZsYWdzLnNvbWUoKGYpID0+IGhhc1dvcmQobGluZUF0KHNyYy5lYnVpbGRUZXh0LCBsKSwgZikpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogbCwgZW5kTGluZTogdi5lbmQgfTtcbiAgICAgIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiB2LnN0YXJ0LCBlbmRMaW5lOiB2LmVuZCB9O1xuICAgIH1cbiAgICBjYXNlICdmZXRjaC1mYWlsdXJlJzpcbiAgICAgIGlmIChldmVudC5nb3QgIT09IHVuZGVmaW5lZCAmJiBldmVudC5maWxlKSB7XG4gICAgICAgIGNvbnN0IG0gPSBtYW5pZmVzdExpbmUoc3JjLCBldmVudC5maWxlKTtcbiAgICAgICAgaWYgKG0pIHJldHVybiBtO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGxvY2F0ZVNyY1VyaShldmVudC5maWxlLCBzcmMpO1xuICAgIGNhc2UgJ2RpZ2VzdC1mYWlsdXJlJzoge1xuICAgICAgY29uc3QgbSA9IG1hbmlmZXN0TGluZShzcmMsIGJhc2VuYW1lKGV2ZW50LmZpbGUpKTtcbiAgICAgIGlmIChtKSByZXR1cm4gbTtcbiAgICAgIHJldHVybiB7IG5vdGU6IGBEaWdlc3QgbWlzbWF0Y2ggZm9yICR7ZXZlbnQuZmlsZX06IHJlZ2VuZXJhdGUgdGhlIE1hbmlmZXN0IChlYnVpbGQgXHUyMDI2IG1hbmlmZXN0KWAgfTtcbiAgICB9XG4gICAgY2FzZSAnY29tcGlsZXItZGlhZ25vc3RpYyc6XG4gICAgICByZXR1cm4geyBub3RlOiBgJHtldmVudC5maWxlfSR7ZXZlbnQubGluZSA/IGA6JHtldmVudC5saW5lfWAgOiAnJ30gaW4gdGhlIGJ1aWxkIG91dHB1dCAobGluZSAke2V2ZW50LmlucHV0TGluZX0gb2YgdGhlIGxvZylgIH07XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB7IG5vdGU6ICdub3QgdGllZCB0byBhbiBlYnVpbGQgbGluZScgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiBsb2NhdGVGYWlsdXJlKGV2OiBCdWlsZEZhaWx1cmVFdmVudCwgc3JjOiBMb2NhdGVTb3VyY2VzKTogTG9jYXRpb24ge1xuICBjb25zdCBlYnVpbGROYW1lID0gYmFzZW5hbWUoc3JjLmVidWlsZFBhdGgpO1xuICBjb25zdCBmcmFtZXMgPSBldi5mcmFtZXM7XG4gIC8vIERlZXBlc3QgZnJhbWUgdGhhdCBuYW1lcyB0aGUgZWJ1aWxkIG9yIGEgd29ya3NwYWNlIGVjbGFzcy5cbiAgZm9yIChsZXQgaSA9IGZyYW1lcy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgIGNvbnN0IGYgPSBmcmFtZXNbaV07XG4gICAgaWYgKGYuZmlsZSA9PT0gZWJ1aWxkTmFtZSB8fCAoZi5maWxlLmVuZHNXaXRoKCcuZWJ1aWxkJykgJiYgaSA9PT0gZnJhbWVzLmxlbmd0aCAtIDEpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogZi5saW5lIH07XG4gICAgY29uc3QgZWMgPSBlY2xhc3NOYW1lZChzcmMsIGYuZmlsZS5yZXBsYWNlKC9cXC5lY2xhc3MkLywgJycpKTtcbiAgICBpZiAoZi5maWxlLmVuZHNXaXRoKCcuZWNsYXNzJykgJiYgZWMpIHJldHVybiB7IGZpbGU6IGVjLnBhdGgsIGxpbmU6IGYubGluZSB9O1xuICAgIGlmIChmLmZpbGUgPT09ICdlbnZpcm9ubWVudCcpIHtcbiAgICAgIGNvbnN0IGZuID0gaSA+IDAgPyBmcmFtZXNbaSAtIDFdLmNhbGwgOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBmb3VuZCA9IGZuID8gZmluZEluRnVuY3Rpb24oZm4sIGV2LnNuaXBwZXQsIHNyYykgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoZm91bmQpIHJldHVybiBmb3VuZDtcbiAgICAgIGlmIChmbikge1xuICAgICAgICBjb25zdCBpbmggPSBpbmhlcml0Rm9yKGZuLCBzcmMuZWJ1aWxkVGV4dCk7XG4gICAgICAgIGlmIChpbmgpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBpbmgsIG5vdGU6IGBkaWVkIGluICR7Zm59LCBkZWZpbmVkIGluIGFuIGVjbGFzcyB0aGF0IGlzIG5vdCBpbiB0aGUgd29ya3NwYWNlYCB9O1xuICAgICAgfVxuICAgIH1cbiAgfVxuICBpZiAoZXYuc25pcHBldCkge1xuICAgIGNvbnN0IGwgPSBmaW5kU25pcHBldChzcmMuZWJ1aWxkVGV4dCwgMSwgbGluZUNvdW50KHNyYy5lYnVpbGRUZXh0KSwgZXYuc25pcHBldCk7XG4gICAgaWYgKGwpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBsIH07XG4gIH1cbiAgY29uc3QgZm4gPSBwaGFzZUZ1bmN0aW9uKGV2LnBoYXNlKTtcbiAgaWYgKGZuKSB7XG4gICAgY29uc3QgZiA9IGZpbmRGdW5jdGlvbihzcmMuZWJ1aWxkVGV4dCwgZm4pO1xuICAgIGlmIChmKSB7XG4gICAgICAvLyBgZW1ha2UgZmFpbGVkYDogcG9pbnQgYXQgdGhlIGhlbHBlcidzIGNhbGwgaW5zaWRlIHRoZSBwaGFzZSBmdW5jdGlvbi5cbiAgICAgIGNvbnN0IGhlbHBlciA9IC9eKFxcdyspIGZhaWxlZCQvLmV4ZWMoZXYucmVhc29uKT8uWzFdO1xuICAgICAgaWYgKGhlbHBlcikgZm9yIChsZXQgbCA9IGYuc3RhcnQ7IGwgPD0gZi5lbmQ7IGwrKykgaWYgKGhhc1dvcmQobGluZUF0KHNyYy5lYnVpbGRUZXh0LCBsKSwgaGVscGVyKSkgcmV0dXJuIHsgZmlsZTogc3JjLmVidWlsZFBhdGgsIGxpbmU6IGwgfTtcbiAgICAgIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBmLnN0YXJ0LCBlbmRMaW5lOiBmLmVuZCB9O1xuICAgIH1cbiAgICBjb25zdCBlYXBpID0gZmluZExpbmUoc3JjLmVidWlsZFRleHQsICh0KSA9PiAvXlxccypFQVBJPS8udGVzdCh0KSk7XG4gICAgcmV0dXJuIHsgZmlsZTogc3JjLmVidWlsZFBhdGgsIGxpbmU6IGVhcGkgPz8gZmlyc3RDb2RlTGluZShzcmMuZWJ1aWxkVGV4dCksIG5vdGU6IGB0aGUgZGVmYXVsdCAke2ZufSAoRUFQSSBvciBlY2xhc3MpIGZhaWxlZCBpbiB0aGUgJHtldi5waGFzZX0gcGhhc2VgIH07XG4gIH1cbiAgcmV0dXJuIHsgZmlsZTogc3JjLmVidWlsZFBhdGgsIGxpbmU6IGZpcnN0Q29kZUxpbmUoc3JjLmVidWlsZFRleHQpLCBub3RlOiBgZmFpbGVkIGluIHRoZSAke2V2LnBoYXNlfSBwaGFzZWAgfTtcbn1cblxuZnVuY3Rpb24gZmluZEluRnVuY3Rpb24oZm46IHN0cmluZywgc25pcHBldDogc3RyaW5nIHwgdW5kZWZpbmVkLCBzcmM6IExvY2F0ZVNvdXJjZXMpOiBMb2NhdGlvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHRleHRzOiB7IGZpbGU6IHN0cmluZzsgdGV4dDogc3RyaW5nIH1bXSA9IFt7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCB0ZXh0OiBzcmMuZWJ1aWxkVGV4dCB9XTtcbiAgZm9yIChjb25zdCBbbmFtZSwgdGV4dF0gb2Ygc3JjLmVjbGFzc2VzID8/IFtdKSB0ZXh0cy5wdXNoKHsgZmlsZTogZWNsYXNzUGF0aChzcmMsIG5hbWUpLCB0ZXh0IH0pO1xuICBmb3IgKGNvbnN0IHsgZmlsZSwgdGV4dCB9IG9mIHRleHRzKSB7XG4gICAgY29uc3QgZiA9IGZpbmRGdW5jdGlvbih0ZXh0LCBmbik7XG4gICAgaWYgKCFmKSBjb250aW51ZTtcbiAgICBjb25zdCBsID0gc25pcHBldCA/IGZpbmRTbmlwcGV0KHRleHQsIGYuc3RhcnQsIGYuZW5kLCBzbmlwcGV0KSA6IHVuZGVmaW5lZDtcbiAgICByZXR1cm4geyBmaWxlLCBsaW5lOiBsID8/IGYuc3RhcnQsIC4uLihsID8ge30gOiB7IGVuZExpbmU6IGYuZW5kIH0pIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gbG9jYXRlRGVwZW5kZW5jeShhdG9tczogc3RyaW5nW10sIHNyYzogTG9jYXRlU291cmNlcyk6IExvY2F0aW9uIHtcbiAgY29uc3QgdmFycyA9IERFUF9WQVJTLm1hcCgodikgPT4gZmluZEFzc2lnbm1lbnQoc3JjLmVidWlsZFRleHQsIHYpKS5maWx0ZXIoKHYpOiB2IGlzIEV4dGVudCA9PiBCb29sZWFuKHYpKS5zb3J0KChhLCBiKSA9PiBhLnN0YXJ0IC0gYi5zdGFydCk7XG4gIGZvciAoY29uc3QgYXRvbSBvZiBhdG9tcykge1xuICAgIGNvbnN0IG5hbWUgPSBwYWNrYWdlTmFtZShhdG9tKTtcbiAgICBpZiAoIW5hbWUpIGNvbnRpbnVlO1xuICAgIGZvciAoY29uc3QgdiBvZiB2YXJzKSB7XG4gICAgICBmb3IgKGxldCBsID0gdi5zdGFydDsgbCA8PSB2LmVuZDsgbCsrKSBpZiAobmFtZXNQYWNrYWdlKGxpbmVBdChzcmMuZWJ1aWxkVGV4dCwgbCksIG5hbWUpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogbCB9O1xuICAgIH1cbiAgfVxuICBpZiAodmFycy5sZW5ndGgpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiB2YXJzWzBdLnN0YXJ0LCBlbmRMaW5lOiB2YXJzWzBdLmVuZCwgbm90ZTogJ3RoZSBwYWNrYWdlIGlzIHB1bGxlZCBpbiBpbmRpcmVjdGx5JyB9O1xuICByZXR1cm4geyBub3RlOiAnbm8gZGVwZW5kZW5jeSB2YXJpYWJsZSBpbiB0aGlzIGVidWlsZCBuYW1lcyB0aGUgcGFja2FnZScgfTtcbn1cblxuZnVuY3Rpb24gbG9jYXRlU3JjVXJpKGZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZCwgc3JjOiBMb2NhdGVTb3VyY2VzKTogTG9jYXRpb24ge1xuICBjb25zdCB2ID0gZmluZEFzc2lnbm1lbnQoc3JjLmVidWlsZFRleHQsICdTUkNfVVJJJyk7XG4gIGlmICghdikgcmV0dXJuIHsgbm90ZTogJ1NSQ19VUkkgaXMgbm90IHNldCBpbiB0aGlzIGVidWlsZCAoaXQgbWF5IGNvbWUgZnJvbSBhbiBlY2xhc3MpJyB9O1xuICBpZiAoZmlsZSkge1xuICAgIGNvbnN0IHZhcnMgPSBlYnVpbGRWYXJzKHNyYy5lYnVpbGRQYXRoKTtcbiAgICBmb3IgKGxldCBsID0gdi5zdGFydDsgbCA8PSB2LmVuZDsgbCsrKSBpZiAoZXhwYW5kKGxpbmVBdChzcmMuZWJ1aWxkVGV4dCwgbCksIHZhcnMpLmluY2x1ZGVzKGZpbGUpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogbCB9O1xuICB9XG4gIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiB2LnN0YXJ0LCBlbmRMaW5lOiB2LmVuZCB9O1xufVxuXG4vKiogUCwgUE4sIFBWLCBQRiwgUFZSLCBQUiBmcm9tIGBcdTIwMjYvZm9vLTEuMi1yMS5lYnVpbGRgLiAqL1xuZnVuY3Rpb24gZWJ1aWxkVmFycyhlYnVpbGRQYXRoOiBzdHJpbmcpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgY29uc3QgcGYgPSBiYXNlbmFtZShlYnVpbGRQYXRoKS5yZXBsYWNlKC9cXC5lYnVpbGQkLywgJycpO1xuICBjb25zdCBtID0gL14oLis/KS0oXFxkW14tXSopKD86LShyXFxkKykpPyQvLmV4ZWMocGYpO1xuICBpZiAoIW0pIHJldHVybiB7IFBGOiBwZiB9O1xuICBjb25zdCBbLCBwbiwgcHYsIHByXSA9IG07XG4gIHJldHVybiB7IFBOOiBwbiwgUFY6IHB2LCBQOiBgJHtwbn0tJHtwdn1gLCBQRjogcGYsIFBSOiBwciA/PyAncjAnLCBQVlI6IHByID8gYCR7cHZ9LSR7cHJ9YCA6IHB2IH07XG59XG5cbmZ1bmN0aW9uIGV4cGFuZChsaW5lOiBzdHJpbmcsIHZhcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICByZXR1cm4gbGluZS5yZXBsYWNlKC9cXCRcXHsoXFx3KylcXH18XFwkKFxcdyspL2csIChhbGwsIGE6IHN0cmluZyB8IHVuZGVmaW5lZCwgYjogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiB2YXJzWyhhID8/IGIpIGFzIHN0cmluZ10gPz8gYWxsKTtcbn1cblxuZnVuY3Rpb24gbWFuaWZlc3RMaW5lKHNyYzogTG9jYXRlU291cmNlcywgZmlsZTogc3RyaW5nKTogTG9jYXRpb24gfCB1bmRlZmluZWQge1xuICBpZiAoc3JjLm1hbmlmZXN0VGV4dCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBsID0gZmluZExpbmUoc3JjLm1hbmlmZXN0VGV4dCwgKHQpID0+IHQuc3BsaXQoL1xccysvKVsxXSA9PT0gZmlsZSk7XG4gIGNvbnN0IHBhdGggPSBzcmMubWFuaWZlc3RQYXRoID8/IGpvaW4oZGlybmFtZShzcmMuZWJ1aWxkUGF0aCksICdNYW5pZmVzdCcpO1xuICByZXR1cm4gbCA/IHsgZmlsZTogcGF0aCwgbGluZTogbCB9IDogeyBmaWxlOiBwYXRoLCBsaW5lOiAxLCBub3RlOiBgJHtmaWxlfSBpcyBub3QgbGlzdGVkIGluIHRoZSBNYW5pZmVzdGAgfTtcbn1cblxuLy8gLS0tLSB0ZXh0IGhlbHBlcnMgLS0tLVxuXG5pbnRlcmZhY2UgRXh0ZW50IHsgc3RhcnQ6IG51bWJlcjsgZW5kOiBudW1iZXIgfVxuXG5mdW5jdGlvbiBsaW5lcyh0ZXh0OiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIHJldHVybiB0ZXh0LnNwbGl0KC9cXHI/XFxuLyk7XG59XG5cbmZ1bmN0aW9uIGxpbmVBdCh0ZXh0OiBzdHJpbmcsIG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBsaW5lcyh0ZXh0KVtuIC0gMV0gPz8gJyc7XG59XG5cbmZ1bmN0aW9uIGxpbmVDb3VudCh0ZXh0OiBzdHJpbmcpOiBudW1iZXIge1xuICByZXR1cm4gbGluZXModGV4dCkubGVuZ3RoO1xufVxuXG5mdW5jdGlvbiBmaW5kTGluZSh0ZXh0OiBzdHJpbmcsIHByZWQ6IChsaW5lOiBzdHJpbmcpID0+IGJvb2xlYW4pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBscyA9IGxpbmVzKHRleHQpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxzLmxlbmd0aDsgaSsrKSBpZiAocHJlZChsc1tpXSkpIHJldHVybiBpICsgMTtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gZmlyc3RDb2RlTGluZSh0ZXh0OiBzdHJpbmcpOiBudW1iZXIge1xuICByZXR1cm4gZmluZExpbmUodGV4dCwgKHQpID0+IHQudHJpbSgpICE9PSAnJyAmJiAhdC50cmltKCkuc3RhcnRzV2l0aCgnIycpKSA/PyAxO1xufVxuXG5mdW5jdGlvbiBlc2NhcGVSZShzOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gcy5yZXBsYWNlKC9bLiorP14ke30oKXxbXFxdXFxcXF0vZywgJ1xcXFwkJicpO1xufVxuXG4vKiogTGluZXMgb2YgYG5hbWUoKSB7YCBcdTIwMjYgYH1gICh0aGUgY2xvc2luZyBicmFjZSBhdCBjb2x1bW4gMCwgYXMgZWJ1aWxkcyBhcmUgd3JpdHRlbikuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZEZ1bmN0aW9uKHRleHQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogRXh0ZW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZGVmID0gbmV3IFJlZ0V4cChgXlxcXFxzKig/OmZ1bmN0aW9uXFxcXHMrKT8ke2VzY2FwZVJlKG5hbWUpfVxcXFxzKig/OlxcXFwoXFxcXHMqXFxcXCkpXFxcXHMqXFxcXHs/fF5cXFxccypmdW5jdGlvblxcXFxzKyR7ZXNjYXBlUmUobmFtZSl9XFxcXHMqXFxcXHtgKTtcbiAgY29uc3QgbHMgPSBsaW5lcyh0ZXh0KTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBscy5sZW5ndGg7IGkrKykge1xuICAgIGlmICghZGVmLnRlc3QobHNbaV0pKSBjb250aW51ZTtcbiAgICBpZiAoL1xcfVxccyooPzojLiopPyQvLnRlc3QobHNbaV0pICYmIC9cXHsvLnRlc3QobHNbaV0pKSByZXR1cm4geyBzdGFydDogaSArIDEsIGVuZDogaSArIDEgfTsgLy8gb25lLWxpbmVyXG4gICAgZm9yIChsZXQgaiA9IGkgKyAxOyBqIDwgbHMubGVuZ3RoOyBqKyspIGlmICgvXlxcfS8udGVzdChsc1tqXSkpIHJldHVybiB7IHN0YXJ0OiBpICsgMSwgZW5kOiBqICsgMSB9O1xuICAgIHJldHVybiB7IHN0YXJ0OiBpICsgMSwgZW5kOiBscy5sZW5ndGggfTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogTGluZXMgb2YgYFZBUj1cIlx1MjAyNlwiYCAoYWxzbyBgVkFSKz1gKSwgZm9sbG93aW5nIHRoZSBxdW90ZXMgb3ZlciBzZXZlcmFsIGxpbmVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmRBc3NpZ25tZW50KHRleHQ6IHN0cmluZywgbmFtZTogc3RyaW5nKTogRXh0ZW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbHMgPSBsaW5lcyh0ZXh0KTtcbiAgY29uc3QgcmUgPSBuZXcgUmVnRXhwKGBeXFxcXHMqKD86ZXhwb3J0XFxcXHMrKT8ke25hbWV9XFxcXCs/PSguKikkYCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBtID0gcmUuZXhlYyhsc1tpXSk7XG4gICAgaWYgKCFtKSBjb250aW51ZTtcbiAgICBjb25zdCBxID0gbVsxXS50cmltU3RhcnQoKVswXTtcbiAgICBpZiAocSAhPT0gJ1wiJyAmJiBxICE9PSBcIidcIikgcmV0dXJuIHsgc3RhcnQ6IGkgKyAxLCBlbmQ6IGkgKyAxIH07XG4gICAgbGV0IG9wZW4gPSBjb3VudChtWzFdLCBxKSAlIDIgPT09IDE7XG4gICAgbGV0IGogPSBpO1xuICAgIHdoaWxlIChvcGVuICYmIGogKyAxIDwgbHMubGVuZ3RoKSB7XG4gICAgICBqKys7XG4gICAgICBpZiAoY291bnQobHNbal0sIHEpICUgMiA9PT0gMSkgb3BlbiA9IGZhbHNlO1xuICAgIH1cbiAgICByZXR1cm4geyBzdGFydDogaSArIDEsIGVuZDogaiArIDEgfTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBjb3VudChzOiBzdHJpbmcsIGNoOiBzdHJpbmcpOiBudW1iZXIge1xuICByZXR1cm4gcy5zcGxpdChjaCkubGVuZ3RoIC0gMTtcbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzLnJlcGxhY2UoL1teQS1aYS16MC05X10rL2csICcnKTtcbn1cblxuZnVuY3Rpb24gZmluZFNuaXBwZXQodGV4dDogc3RyaW5nLCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIsIHNuaXBwZXQ6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGZpcnN0ID0gc25pcHBldC5zcGxpdCgnXFxuJykubWFwKChzKSA9PiBzLnRyaW0oKSkuZmluZCgocykgPT4gcyAhPT0gJycpO1xuICBpZiAoIWZpcnN0KSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB3YW50ID0gbm9ybWFsaXplKGZpcnN0KTtcbiAgaWYgKHdhbnQubGVuZ3RoIDwgMykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbHMgPSBsaW5lcyh0ZXh0KTtcbiAgZm9yIChsZXQgbCA9IGZyb207IGwgPD0gTWF0aC5taW4odG8sIGxzLmxlbmd0aCk7IGwrKykge1xuICAgIGNvbnN0IGhhdmUgPSBub3JtYWxpemUobHNbbCAtIDFdKTtcbiAgICBpZiAoaGF2ZS5sZW5ndGggPj0gMyAmJiAoaGF2ZS5pbmNsdWRlcyh3YW50KSB8fCAoaGF2ZS5sZW5ndGggPj0gOCAmJiB3YW50LmluY2x1ZGVzKGhhdmUpKSkpIHJldHVybiBsO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHBoYXNlRnVuY3Rpb24ocGhhc2U6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmIChbJ3VucGFjaycsICdwcmVwYXJlJywgJ2NvbmZpZ3VyZScsICdjb21waWxlJywgJ3Rlc3QnLCAnaW5zdGFsbCddLmluY2x1ZGVzKHBoYXNlKSkgcmV0dXJuIGBzcmNfJHtwaGFzZX1gO1xuICBpZiAoWydzZXR1cCcsICdwcmV0ZW5kJywgJ3ByZWluc3QnLCAncG9zdGluc3QnLCAncHJlcm0nLCAncG9zdHJtJywgJ2NvbmZpZycsICdpbmZvJywgJ25vZmV0Y2gnXS5pbmNsdWRlcyhwaGFzZSkpIHJldHVybiBgcGtnXyR7cGhhc2V9YDtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIGA+PWFwcC1taXNjL2Zvby0xLjA6MFtzc2xdOjpyZXBvYCBcdTIxOTIgYGFwcC1taXNjL2Zvb2AuICovXG5leHBvcnQgZnVuY3Rpb24gcGFja2FnZU5hbWUoYXRvbTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eWzw+PX4hXSooW0EtWmEtejAtOStfLi1dK1xcL1tBLVphLXowLTkrXy1dKz8pKD86LVxcZFteXFxzOltdKik/KD86WzpbXXwkKS8uZXhlYyhhdG9tLnJlcGxhY2UoLzo6XFxTKyQvLCAnJykucmVwbGFjZSgvXFxbLiokLywgJycpKTtcbiAgcmV0dXJuIG0gPyBtWzFdIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBuYW1lc1BhY2thZ2UobGluZTogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIG5ldyBSZWdFeHAoYCg/Ol58W15BLVphLXowLTkrXy4vLV0pJHtlc2NhcGVSZShuYW1lKX0oPyFbQS1aYS16MC05K19dfC1bQS1aYS16XSlgKS50ZXN0KGxpbmUpO1xufVxuXG5mdW5jdGlvbiBoYXNXb3JkKGxpbmU6IHN0cmluZywgd29yZDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBuZXcgUmVnRXhwKGAoPzpefFteQS1aYS16MC05Xy1dKSR7ZXNjYXBlUmUod29yZCl9KD8hW0EtWmEtejAtOV8tXSlgKS50ZXN0KGxpbmUpO1xufVxuXG5mdW5jdGlvbiBlY2xhc3NOYW1lZChzcmM6IExvY2F0ZVNvdXJjZXMsIG5hbWU6IHN0cmluZyk6IHsgcGF0aDogc3RyaW5nOyB0ZXh0OiBzdHJpbmcgfSB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3Qga2V5IG9mIFtuYW1lLCBgJHtuYW1lfS5lY2xhc3NgXSkge1xuICAgIGNvbnN0IHRleHQgPSBzcmMuZWNsYXNzZXM/LmdldChrZXkpO1xuICAgIGlmICh0ZXh0ICE9PSB1bmRlZmluZWQpIHJldHVybiB7IHBhdGg6IGVjbGFzc1BhdGgoc3JjLCBrZXkpLCB0ZXh0IH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gZWNsYXNzUGF0aChzcmM6IExvY2F0ZVNvdXJjZXMsIGtleTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNyYy5lY2xhc3NQYXRocz8uZ2V0KGtleSkgPz8gKGtleS5lbmRzV2l0aCgnLmVjbGFzcycpID8ga2V5IDogYCR7a2V5fS5lY2xhc3NgKTtcbn1cblxuLyoqIFRoZSBgaW5oZXJpdGAgbGluZSBuYW1pbmcgdGhlIGVjbGFzcyB0aGF0IG1vc3QgbGlrZWx5IGRlZmluZXMgYGZuYCAoYGNtYWtlX3NyY19jb25maWd1cmVgIFx1MjE5MiBgY21ha2VgKS4gKi9cbmZ1bmN0aW9uIGluaGVyaXRGb3IoZm46IHN0cmluZywgdGV4dDogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbHMgPSBsaW5lcyh0ZXh0KTtcbiAgbGV0IGZpcnN0OiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIGxldCBiZXN0OiB7IGxpbmU6IG51bWJlcjsgbGVuOiBudW1iZXIgfSB8IHVuZGVmaW5lZDtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBscy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IG0gPSAvXlxccyppbmhlcml0XFxzKyguKikkLy5leGVjKGxzW2ldKTtcbiAgICBpZiAoIW0pIGNvbnRpbnVlO1xuICAgIGZpcnN0ID8/PSBpICsgMTtcbiAgICBmb3IgKGNvbnN0IGVjIG9mIG1bMV0uc3BsaXQoL1xccysvKSkge1xuICAgICAgaWYgKGVjICYmIChmbiA9PT0gZWMgfHwgZm4uc3RhcnRzV2l0aChgJHtlY31fYCkpICYmICghYmVzdCB8fCBlYy5sZW5ndGggPiBiZXN0LmxlbikpIGJlc3QgPSB7IGxpbmU6IGkgKyAxLCBsZW46IGVjLmxlbmd0aCB9O1xuICAgIH1cbiAgfVxuICByZXR1cm4gYmVzdD8ubGluZSA/PyBmaXJzdDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSx1QkFBd0M7QUFrQnhDLE1BQU0sV0FBVyxDQUFDLFdBQVcsVUFBVSxXQUFXLFdBQVcsU0FBUztBQUUvRCxTQUFTLE9BQU8sT0FBb0IsS0FBOEI7QUFDdkUsVUFBUSxNQUFNLE1BQU07QUFBQSxJQUNsQixLQUFLO0FBQ0gsYUFBTyxjQUFjLE9BQU8sR0FBRztBQUFBLElBQ2pDLEtBQUssYUFBYTtBQUNoQixpQkFBVyxLQUFLLE1BQU0sU0FBUztBQUM3QixjQUFNLElBQUksU0FBUyxJQUFJLFlBQVksQ0FBQyxNQUFNLEVBQUUsU0FBUyxLQUFLLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFDdkUsWUFBSSxFQUFHLFFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUU7QUFBQSxNQUNoRDtBQUNBLFlBQU0sS0FBSyxFQUFFLFFBQVEsZUFBZSxTQUFTLGVBQWUsbUJBQW1CLGVBQWUsa0NBQWtDLGdCQUFnQixFQUFFLE1BQU0sTUFBTSxLQUFLO0FBQ25LLFlBQU0sSUFBSSxhQUFhLElBQUksWUFBWSxFQUFFO0FBQ3pDLGFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLElBQUksRUFBRSxRQUFRLGNBQWMsSUFBSSxVQUFVLEdBQUcsTUFBTSxjQUFjLE1BQU0sT0FBTyxHQUFHO0FBQUEsSUFDeEg7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLGlCQUFpQixDQUFDLE1BQU0sTUFBTSxHQUFHLE1BQU0sV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLEdBQUc7QUFBQSxJQUNuRixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxpQkFBaUIsQ0FBQyxNQUFNLE1BQU0sR0FBRyxNQUFNLFdBQVcsSUFBSSxDQUFDLE1BQU0sRUFBRSxHQUFHLEdBQUcsR0FBRyxNQUFNLFdBQVcsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsR0FBRyxHQUFHO0FBQUEsSUFDMUgsS0FBSztBQUFBLElBQ0wsS0FBSyxXQUFXO0FBQ2QsWUFBTSxRQUFRLENBQUMsTUFBTSxRQUFRLElBQUksSUFBSSxNQUFNLFlBQVksQ0FBQyxHQUFHLFFBQVEsQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLEdBQUcsRUFBRSxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUNuSCxhQUFPLGlCQUFpQixNQUFNLE9BQU8sT0FBTyxHQUFHLEdBQUc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsS0FBSyxnQkFBZ0I7QUFDbkIsWUFBTSxJQUFJLGVBQWUsSUFBSSxZQUFZLGNBQWM7QUFDdkQsVUFBSSxDQUFDLEVBQUcsUUFBTyxFQUFFLE1BQU0sc0VBQXNFO0FBQzdGLFlBQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxDQUFDLE1BQU0sRUFBRSxNQUFNLCtCQUErQixLQUFLLENBQUMsQ0FBQztBQUM3RixlQUFTLElBQUksRUFBRSxPQUFPLEtBQUssRUFBRSxLQUFLLElBQUssS0FBSSxNQUFNLEtBQUssQ0FBQyxNQUFNLFFBQVEsT0FBTyxJQUFJLFlBQVksQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFHLFFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEdBQUcsU0FBUyxFQUFFLElBQUk7QUFDNUosYUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sRUFBRSxPQUFPLFNBQVMsRUFBRSxJQUFJO0FBQUEsSUFDL0Q7QUFBQSxJQUNBLEtBQUs7QUFDSCxVQUFJLE1BQU0sUUFBUSxVQUFhLE1BQU0sTUFBTTtBQUN6QyxjQUFNLElBQUksYUFBYSxLQUFLLE1BQU0sSUFBSTtBQUN0QyxZQUFJLEVBQUcsUUFBTztBQUFBLE1BQ2hCO0FBQ0EsYUFBTyxhQUFhLE1BQU0sTUFBTSxHQUFHO0FBQUEsSUFDckMsS0FBSyxrQkFBa0I7QUFDckIsWUFBTSxJQUFJLGFBQWEsU0FBSywyQkFBUyxNQUFNLElBQUksQ0FBQztBQUNoRCxVQUFJLEVBQUcsUUFBTztBQUNkLGFBQU8sRUFBRSxNQUFNLHVCQUF1QixNQUFNLElBQUkscURBQWdEO0FBQUEsSUFDbEc7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEVBQUUsTUFBTSxHQUFHLE1BQU0sSUFBSSxHQUFHLE1BQU0sT0FBTyxJQUFJLE1BQU0sSUFBSSxLQUFLLEVBQUUsOEJBQThCLE1BQU0sU0FBUyxlQUFlO0FBQUEsSUFDL0g7QUFDRSxhQUFPLEVBQUUsTUFBTSw2QkFBNkI7QUFBQSxFQUNoRDtBQUNGO0FBRUEsU0FBUyxjQUFjLElBQXVCLEtBQThCO0FBQzFFLFFBQU0saUJBQWEsMkJBQVMsSUFBSSxVQUFVO0FBQzFDLFFBQU0sU0FBUyxHQUFHO0FBRWxCLFdBQVMsSUFBSSxPQUFPLFNBQVMsR0FBRyxLQUFLLEdBQUcsS0FBSztBQUMzQyxVQUFNLElBQUksT0FBTyxDQUFDO0FBQ2xCLFFBQUksRUFBRSxTQUFTLGNBQWUsRUFBRSxLQUFLLFNBQVMsU0FBUyxLQUFLLE1BQU0sT0FBTyxTQUFTLEVBQUksUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sRUFBRSxLQUFLO0FBQ2xJLFVBQU0sS0FBSyxZQUFZLEtBQUssRUFBRSxLQUFLLFFBQVEsYUFBYSxFQUFFLENBQUM7QUFDM0QsUUFBSSxFQUFFLEtBQUssU0FBUyxTQUFTLEtBQUssR0FBSSxRQUFPLEVBQUUsTUFBTSxHQUFHLE1BQU0sTUFBTSxFQUFFLEtBQUs7QUFDM0UsUUFBSSxFQUFFLFNBQVMsZUFBZTtBQUM1QixZQUFNQSxNQUFLLElBQUksSUFBSSxPQUFPLElBQUksQ0FBQyxFQUFFLE9BQU87QUFDeEMsWUFBTSxRQUFRQSxNQUFLLGVBQWVBLEtBQUksR0FBRyxTQUFTLEdBQUcsSUFBSTtBQUN6RCxVQUFJLE1BQU8sUUFBTztBQUNsQixVQUFJQSxLQUFJO0FBQ04sY0FBTSxNQUFNLFdBQVdBLEtBQUksSUFBSSxVQUFVO0FBQ3pDLFlBQUksSUFBSyxRQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxLQUFLLE1BQU0sV0FBV0EsR0FBRSxzREFBc0Q7QUFBQSxNQUM5SDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxHQUFHLFNBQVM7QUFDZCxVQUFNLElBQUksWUFBWSxJQUFJLFlBQVksR0FBRyxVQUFVLElBQUksVUFBVSxHQUFHLEdBQUcsT0FBTztBQUM5RSxRQUFJLEVBQUcsUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUFBLEVBQ2hEO0FBQ0EsUUFBTSxLQUFLLGNBQWMsR0FBRyxLQUFLO0FBQ2pDLE1BQUksSUFBSTtBQUNOLFVBQU0sSUFBSSxhQUFhLElBQUksWUFBWSxFQUFFO0FBQ3pDLFFBQUksR0FBRztBQUVMLFlBQU0sU0FBUyxpQkFBaUIsS0FBSyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQ25ELFVBQUk7QUFBUSxpQkFBUyxJQUFJLEVBQUUsT0FBTyxLQUFLLEVBQUUsS0FBSyxJQUFLLEtBQUksUUFBUSxPQUFPLElBQUksWUFBWSxDQUFDLEdBQUcsTUFBTSxFQUFHLFFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUU7QUFBQTtBQUMxSSxhQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxFQUFFLE9BQU8sU0FBUyxFQUFFLElBQUk7QUFBQSxJQUMvRDtBQUNBLFVBQU0sT0FBTyxTQUFTLElBQUksWUFBWSxDQUFDLE1BQU0sWUFBWSxLQUFLLENBQUMsQ0FBQztBQUNoRSxXQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxRQUFRLGNBQWMsSUFBSSxVQUFVLEdBQUcsTUFBTSxlQUFlLEVBQUUsbUNBQW1DLEdBQUcsS0FBSyxTQUFTO0FBQUEsRUFDeko7QUFDQSxTQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxjQUFjLElBQUksVUFBVSxHQUFHLE1BQU0saUJBQWlCLEdBQUcsS0FBSyxTQUFTO0FBQzlHO0FBRUEsU0FBUyxlQUFlLElBQVksU0FBNkIsS0FBMEM7QUFDekcsUUFBTSxRQUEwQyxDQUFDLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxJQUFJLFdBQVcsQ0FBQztBQUMvRixhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssSUFBSSxZQUFZLENBQUMsRUFBRyxPQUFNLEtBQUssRUFBRSxNQUFNLFdBQVcsS0FBSyxJQUFJLEdBQUcsS0FBSyxDQUFDO0FBQy9GLGFBQVcsRUFBRSxNQUFNLEtBQUssS0FBSyxPQUFPO0FBQ2xDLFVBQU0sSUFBSSxhQUFhLE1BQU0sRUFBRTtBQUMvQixRQUFJLENBQUMsRUFBRztBQUNSLFVBQU0sSUFBSSxVQUFVLFlBQVksTUFBTSxFQUFFLE9BQU8sRUFBRSxLQUFLLE9BQU8sSUFBSTtBQUNqRSxXQUFPLEVBQUUsTUFBTSxNQUFNLEtBQUssRUFBRSxPQUFPLEdBQUksSUFBSSxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFHO0FBQUEsRUFDdEU7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGlCQUFpQixPQUFpQixLQUE4QjtBQUN2RSxRQUFNLE9BQU8sU0FBUyxJQUFJLENBQUMsTUFBTSxlQUFlLElBQUksWUFBWSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBbUIsUUFBUSxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUs7QUFDM0ksYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxPQUFPLFlBQVksSUFBSTtBQUM3QixRQUFJLENBQUMsS0FBTTtBQUNYLGVBQVcsS0FBSyxNQUFNO0FBQ3BCLGVBQVMsSUFBSSxFQUFFLE9BQU8sS0FBSyxFQUFFLEtBQUssSUFBSyxLQUFJLGFBQWEsT0FBTyxJQUFJLFlBQVksQ0FBQyxHQUFHLElBQUksRUFBRyxRQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxFQUFFO0FBQUEsSUFDbkk7QUFBQSxFQUNGO0FBQ0EsTUFBSSxLQUFLLE9BQVEsUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sS0FBSyxDQUFDLEVBQUUsT0FBTyxTQUFTLEtBQUssQ0FBQyxFQUFFLEtBQUssTUFBTSxzQ0FBc0M7QUFDdkksU0FBTyxFQUFFLE1BQU0sMERBQTBEO0FBQzNFO0FBRUEsU0FBUyxhQUFhLE1BQTBCLEtBQThCO0FBQzVFLFFBQU0sSUFBSSxlQUFlLElBQUksWUFBWSxTQUFTO0FBQ2xELE1BQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxNQUFNLGlFQUFpRTtBQUN4RixNQUFJLE1BQU07QUFDUixVQUFNLE9BQU8sV0FBVyxJQUFJLFVBQVU7QUFDdEMsYUFBUyxJQUFJLEVBQUUsT0FBTyxLQUFLLEVBQUUsS0FBSyxJQUFLLEtBQUksT0FBTyxPQUFPLElBQUksWUFBWSxDQUFDLEdBQUcsSUFBSSxFQUFFLFNBQVMsSUFBSSxFQUFHLFFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUU7QUFBQSxFQUM1STtBQUNBLFNBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUUsT0FBTyxTQUFTLEVBQUUsSUFBSTtBQUMvRDtBQUdBLFNBQVMsV0FBVyxZQUE0QztBQUM5RCxRQUFNLFNBQUssMkJBQVMsVUFBVSxFQUFFLFFBQVEsYUFBYSxFQUFFO0FBQ3ZELFFBQU0sSUFBSSxnQ0FBZ0MsS0FBSyxFQUFFO0FBQ2pELE1BQUksQ0FBQyxFQUFHLFFBQU8sRUFBRSxJQUFJLEdBQUc7QUFDeEIsUUFBTSxDQUFDLEVBQUUsSUFBSSxJQUFJLEVBQUUsSUFBSTtBQUN2QixTQUFPLEVBQUUsSUFBSSxJQUFJLElBQUksSUFBSSxHQUFHLEdBQUcsRUFBRSxJQUFJLEVBQUUsSUFBSSxJQUFJLElBQUksSUFBSSxNQUFNLE1BQU0sS0FBSyxLQUFLLEdBQUcsRUFBRSxJQUFJLEVBQUUsS0FBSyxHQUFHO0FBQ2xHO0FBRUEsU0FBUyxPQUFPLE1BQWMsTUFBc0M7QUFDbEUsU0FBTyxLQUFLLFFBQVEsd0JBQXdCLENBQUMsS0FBSyxHQUF1QixNQUEwQixLQUFNLEtBQUssQ0FBWSxLQUFLLEdBQUc7QUFDcEk7QUFFQSxTQUFTLGFBQWEsS0FBb0IsTUFBb0M7QUFDNUUsTUFBSSxJQUFJLGlCQUFpQixPQUFXLFFBQU87QUFDM0MsUUFBTSxJQUFJLFNBQVMsSUFBSSxjQUFjLENBQUMsTUFBTSxFQUFFLE1BQU0sS0FBSyxFQUFFLENBQUMsTUFBTSxJQUFJO0FBQ3RFLFFBQU0sT0FBTyxJQUFJLG9CQUFnQiwyQkFBSywwQkFBUSxJQUFJLFVBQVUsR0FBRyxVQUFVO0FBQ3pFLFNBQU8sSUFBSSxFQUFFLE1BQU0sTUFBTSxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU0sTUFBTSxNQUFNLEdBQUcsTUFBTSxHQUFHLElBQUksaUNBQWlDO0FBQzVHO0FBTUEsU0FBUyxNQUFNLE1BQXdCO0FBQ3JDLFNBQU8sS0FBSyxNQUFNLE9BQU87QUFDM0I7QUFFQSxTQUFTLE9BQU8sTUFBYyxHQUFtQjtBQUMvQyxTQUFPLE1BQU0sSUFBSSxFQUFFLElBQUksQ0FBQyxLQUFLO0FBQy9CO0FBRUEsU0FBUyxVQUFVLE1BQXNCO0FBQ3ZDLFNBQU8sTUFBTSxJQUFJLEVBQUU7QUFDckI7QUFFQSxTQUFTLFNBQVMsTUFBYyxNQUFxRDtBQUNuRixRQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3JCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxRQUFRLElBQUssS0FBSSxLQUFLLEdBQUcsQ0FBQyxDQUFDLEVBQUcsUUFBTyxJQUFJO0FBQ2hFLFNBQU87QUFDVDtBQUVBLFNBQVMsY0FBYyxNQUFzQjtBQUMzQyxTQUFPLFNBQVMsTUFBTSxDQUFDLE1BQU0sRUFBRSxLQUFLLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxFQUFFLFdBQVcsR0FBRyxDQUFDLEtBQUs7QUFDaEY7QUFFQSxTQUFTLFNBQVMsR0FBbUI7QUFDbkMsU0FBTyxFQUFFLFFBQVEsdUJBQXVCLE1BQU07QUFDaEQ7QUFHTyxTQUFTLGFBQWEsTUFBYyxNQUFrQztBQUMzRSxRQUFNLE1BQU0sSUFBSSxPQUFPLHlCQUF5QixTQUFTLElBQUksQ0FBQywrQ0FBK0MsU0FBUyxJQUFJLENBQUMsU0FBUztBQUNwSSxRQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3JCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxRQUFRLEtBQUs7QUFDbEMsUUFBSSxDQUFDLElBQUksS0FBSyxHQUFHLENBQUMsQ0FBQyxFQUFHO0FBQ3RCLFFBQUksaUJBQWlCLEtBQUssR0FBRyxDQUFDLENBQUMsS0FBSyxLQUFLLEtBQUssR0FBRyxDQUFDLENBQUMsRUFBRyxRQUFPLEVBQUUsT0FBTyxJQUFJLEdBQUcsS0FBSyxJQUFJLEVBQUU7QUFDeEYsYUFBUyxJQUFJLElBQUksR0FBRyxJQUFJLEdBQUcsUUFBUSxJQUFLLEtBQUksTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLEVBQUcsUUFBTyxFQUFFLE9BQU8sSUFBSSxHQUFHLEtBQUssSUFBSSxFQUFFO0FBQ2pHLFdBQU8sRUFBRSxPQUFPLElBQUksR0FBRyxLQUFLLEdBQUcsT0FBTztBQUFBLEVBQ3hDO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxlQUFlLE1BQWMsTUFBa0M7QUFDN0UsUUFBTSxLQUFLLE1BQU0sSUFBSTtBQUNyQixRQUFNLEtBQUssSUFBSSxPQUFPLHVCQUF1QixJQUFJLFlBQVk7QUFDN0QsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLFFBQVEsS0FBSztBQUNsQyxVQUFNLElBQUksR0FBRyxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQ3ZCLFFBQUksQ0FBQyxFQUFHO0FBQ1IsVUFBTSxJQUFJLEVBQUUsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDO0FBQzVCLFFBQUksTUFBTSxPQUFPLE1BQU0sSUFBSyxRQUFPLEVBQUUsT0FBTyxJQUFJLEdBQUcsS0FBSyxJQUFJLEVBQUU7QUFDOUQsUUFBSSxPQUFPLE1BQU0sRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLE1BQU07QUFDbEMsUUFBSSxJQUFJO0FBQ1IsV0FBTyxRQUFRLElBQUksSUFBSSxHQUFHLFFBQVE7QUFDaEM7QUFDQSxVQUFJLE1BQU0sR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLE1BQU0sRUFBRyxRQUFPO0FBQUEsSUFDeEM7QUFDQSxXQUFPLEVBQUUsT0FBTyxJQUFJLEdBQUcsS0FBSyxJQUFJLEVBQUU7QUFBQSxFQUNwQztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxHQUFXLElBQW9CO0FBQzVDLFNBQU8sRUFBRSxNQUFNLEVBQUUsRUFBRSxTQUFTO0FBQzlCO0FBRUEsU0FBUyxVQUFVLEdBQW1CO0FBQ3BDLFNBQU8sRUFBRSxRQUFRLG1CQUFtQixFQUFFO0FBQ3hDO0FBRUEsU0FBUyxZQUFZLE1BQWMsTUFBYyxJQUFZLFNBQXFDO0FBQ2hHLFFBQU0sUUFBUSxRQUFRLE1BQU0sSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sTUFBTSxFQUFFO0FBQzNFLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsUUFBTSxPQUFPLFVBQVUsS0FBSztBQUM1QixNQUFJLEtBQUssU0FBUyxFQUFHLFFBQU87QUFDNUIsUUFBTSxLQUFLLE1BQU0sSUFBSTtBQUNyQixXQUFTLElBQUksTUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEdBQUcsTUFBTSxHQUFHLEtBQUs7QUFDcEQsVUFBTSxPQUFPLFVBQVUsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUNoQyxRQUFJLEtBQUssVUFBVSxNQUFNLEtBQUssU0FBUyxJQUFJLEtBQU0sS0FBSyxVQUFVLEtBQUssS0FBSyxTQUFTLElBQUksR0FBSyxRQUFPO0FBQUEsRUFDckc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGNBQWMsT0FBbUM7QUFDeEQsTUFBSSxDQUFDLFVBQVUsV0FBVyxhQUFhLFdBQVcsUUFBUSxTQUFTLEVBQUUsU0FBUyxLQUFLLEVBQUcsUUFBTyxPQUFPLEtBQUs7QUFDekcsTUFBSSxDQUFDLFNBQVMsV0FBVyxXQUFXLFlBQVksU0FBUyxVQUFVLFVBQVUsUUFBUSxTQUFTLEVBQUUsU0FBUyxLQUFLLEVBQUcsUUFBTyxPQUFPLEtBQUs7QUFDcEksU0FBTztBQUNUO0FBR08sU0FBUyxZQUFZLE1BQWtDO0FBQzVELFFBQU0sSUFBSSwwRUFBMEUsS0FBSyxLQUFLLFFBQVEsVUFBVSxFQUFFLEVBQUUsUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUN4SSxTQUFPLElBQUksRUFBRSxDQUFDLElBQUk7QUFDcEI7QUFFQSxTQUFTLGFBQWEsTUFBYyxNQUF1QjtBQUN6RCxTQUFPLElBQUksT0FBTywwQkFBMEIsU0FBUyxJQUFJLENBQUMsNkJBQTZCLEVBQUUsS0FBSyxJQUFJO0FBQ3BHO0FBRUEsU0FBUyxRQUFRLE1BQWMsTUFBdUI7QUFDcEQsU0FBTyxJQUFJLE9BQU8sdUJBQXVCLFNBQVMsSUFBSSxDQUFDLG1CQUFtQixFQUFFLEtBQUssSUFBSTtBQUN2RjtBQUVBLFNBQVMsWUFBWSxLQUFvQixNQUEwRDtBQUNqRyxhQUFXLE9BQU8sQ0FBQyxNQUFNLEdBQUcsSUFBSSxTQUFTLEdBQUc7QUFDMUMsVUFBTSxPQUFPLElBQUksVUFBVSxJQUFJLEdBQUc7QUFDbEMsUUFBSSxTQUFTLE9BQVcsUUFBTyxFQUFFLE1BQU0sV0FBVyxLQUFLLEdBQUcsR0FBRyxLQUFLO0FBQUEsRUFDcEU7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQVcsS0FBb0IsS0FBcUI7QUFDM0QsU0FBTyxJQUFJLGFBQWEsSUFBSSxHQUFHLE1BQU0sSUFBSSxTQUFTLFNBQVMsSUFBSSxNQUFNLEdBQUcsR0FBRztBQUM3RTtBQUdBLFNBQVMsV0FBVyxJQUFZLE1BQWtDO0FBQ2hFLFFBQU0sS0FBSyxNQUFNLElBQUk7QUFDckIsTUFBSTtBQUNKLE1BQUk7QUFDSixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sSUFBSSxzQkFBc0IsS0FBSyxHQUFHLENBQUMsQ0FBQztBQUMxQyxRQUFJLENBQUMsRUFBRztBQUNSLGNBQVUsSUFBSTtBQUNkLGVBQVcsTUFBTSxFQUFFLENBQUMsRUFBRSxNQUFNLEtBQUssR0FBRztBQUNsQyxVQUFJLE9BQU8sT0FBTyxNQUFNLEdBQUcsV0FBVyxHQUFHLEVBQUUsR0FBRyxPQUFPLENBQUMsUUFBUSxHQUFHLFNBQVMsS0FBSyxLQUFNLFFBQU8sRUFBRSxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUcsT0FBTztBQUFBLElBQzVIO0FBQUEsRUFDRjtBQUNBLFNBQU8sTUFBTSxRQUFRO0FBQ3ZCOyIsCiAgIm5hbWVzIjogWyJmbiJdCn0K
