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
    for (let l = v.start; l <= v.end; l++) if (lineAt(src.ebuildText, l).includes(file)) return { file: src.ebuildPath, line: l };
  }
  return { file: src.ebuildPath, line: v.start, endLine: v.end };
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvbG9jYXRpb25zLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE1hcHMgcGFyc2VyIGZpbmRpbmdzIHRvIHRoZSBlYnVpbGQgKG9yIGVjbGFzcywgb3IgTWFuaWZlc3QpIGxpbmUgYSBkZXZlbG9wZXIgc2hvdWxkIGxvb2sgYXQuIFB1cmU6XG4gKiB0YWtlcyBmaWxlIHRleHRzLCByZXR1cm5zIDEtYmFzZWQgbGluZXMuIEEgYGRpZWAgZnJhbWUgaW4gdGhlIHNhdmVkIGBlbnZpcm9ubWVudGAgaXMgbWFwcGVkIGJhY2sgdGhyb3VnaFxuICogdGhlIGVuY2xvc2luZyBmdW5jdGlvbidzIG5hbWUgYW5kIHRoZSBzbmlwcGV0IFBvcnRhZ2UgcHJpbnRlZCAoYmFzaCByZS1zZXJpYWxpc2VzIGZ1bmN0aW9ucywgc28gdGhlXG4gKiBjb21wYXJpc29uIGlnbm9yZXMgc3BhY2luZywgcXVvdGVzIGFuZCBwdW5jdHVhdGlvbikuXG4gKi9cbmltcG9ydCB7IGJhc2VuYW1lLCBkaXJuYW1lLCBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQnVpbGRGYWlsdXJlRXZlbnQsIEVtZXJnZUV2ZW50IH0gZnJvbSAnLi9lbWVyZ2UvZXZlbnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBMb2NhdGVTb3VyY2VzIHtcbiAgZWJ1aWxkVGV4dDogc3RyaW5nO1xuICBlYnVpbGRQYXRoOiBzdHJpbmc7XG4gIC8qKiBFY2xhc3MgdGV4dHMgZnJvbSB0aGUgd29ya3NwYWNlLCBieSBuYW1lIChgY21ha2VgIG9yIGBjbWFrZS5lY2xhc3NgKS4gKi9cbiAgZWNsYXNzZXM/OiBNYXA8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogUGF0aHMgb2YgdGhvc2UgZWNsYXNzZXMsIGJ5IHRoZSBzYW1lIGtleXMgKGVsc2UgYDxuYW1lPi5lY2xhc3NgKS4gKi9cbiAgZWNsYXNzUGF0aHM/OiBNYXA8c3RyaW5nLCBzdHJpbmc+O1xuICBtYW5pZmVzdFRleHQ/OiBzdHJpbmc7XG4gIC8qKiBEZWZhdWx0OiBgTWFuaWZlc3RgIGJlc2lkZSB0aGUgZWJ1aWxkLiAqL1xuICBtYW5pZmVzdFBhdGg/OiBzdHJpbmc7XG59XG5cbi8qKiBBIHBsYWNlIGluIGEgZmlsZSAoMS1iYXNlZCBsaW5lcyksIHdpdGggYW4gb3B0aW9uYWwgbm90ZTsgb3Igb25seSBhIG5vdGUgd2hlbiBub3RoaW5nIGZpdHMuICovXG5leHBvcnQgdHlwZSBMb2NhdGlvbiA9IHsgZmlsZTogc3RyaW5nOyBsaW5lOiBudW1iZXI7IGVuZExpbmU/OiBudW1iZXI7IG5vdGU/OiBzdHJpbmcgfSB8IHsgbm90ZTogc3RyaW5nOyBmaWxlPzogdW5kZWZpbmVkIH07XG5cbmNvbnN0IERFUF9WQVJTID0gWydSREVQRU5EJywgJ0RFUEVORCcsICdCREVQRU5EJywgJ1BERVBFTkQnLCAnSURFUEVORCddO1xuXG5leHBvcnQgZnVuY3Rpb24gbG9jYXRlKGV2ZW50OiBFbWVyZ2VFdmVudCwgc3JjOiBMb2NhdGVTb3VyY2VzKTogTG9jYXRpb24ge1xuICBzd2l0Y2ggKGV2ZW50LnR5cGUpIHtcbiAgICBjYXNlICdidWlsZC1mYWlsdXJlJzpcbiAgICAgIHJldHVybiBsb2NhdGVGYWlsdXJlKGV2ZW50LCBzcmMpO1xuICAgIGNhc2UgJ3FhLW5vdGljZSc6IHtcbiAgICAgIGZvciAoY29uc3QgZSBvZiBldmVudC5lbnRyaWVzKSB7XG4gICAgICAgIGNvbnN0IGwgPSBmaW5kTGluZShzcmMuZWJ1aWxkVGV4dCwgKHQpID0+IGUubGVuZ3RoID4gMiAmJiB0LmluY2x1ZGVzKGUpKTtcbiAgICAgICAgaWYgKGwpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBsIH07XG4gICAgICB9XG4gICAgICBjb25zdCBmbiA9IHsgY2ZsYWdzOiAnc3JjX2NvbXBpbGUnLCBsZGZsYWdzOiAnc3JjX2NvbXBpbGUnLCAnc2V2ZXJlLXdhcm5pbmdzJzogJ3NyY19jb21waWxlJywgJ3VucmVjb2duaXplZC1jb25maWd1cmUtb3B0aW9ucyc6ICdzcmNfY29uZmlndXJlJyB9W2V2ZW50LnFhVHlwZV0gPz8gJ3NyY19pbnN0YWxsJztcbiAgICAgIGNvbnN0IGYgPSBmaW5kRnVuY3Rpb24oc3JjLmVidWlsZFRleHQsIGZuKTtcbiAgICAgIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBmID8gZi5zdGFydCA6IGZpcnN0Q29kZUxpbmUoc3JjLmVidWlsZFRleHQpLCBub3RlOiBgUUEgTm90aWNlOiAke2V2ZW50Lm1lc3NhZ2V9YCB9O1xuICAgIH1cbiAgICBjYXNlICdhdXRvdW5tYXNrJzpcbiAgICAgIHJldHVybiBsb2NhdGVEZXBlbmRlbmN5KFtldmVudC5hdG9tLCAuLi5ldmVudC5yZXF1aXJlZEJ5Lm1hcCgocikgPT4gci5hdG9tKV0sIHNyYyk7XG4gICAgY2FzZSAnbWFza2VkJzpcbiAgICBjYXNlICduby1lYnVpbGRzJzpcbiAgICAgIHJldHVybiBsb2NhdGVEZXBlbmRlbmN5KFtldmVudC5hdG9tLCAuLi5ldmVudC5jYW5kaWRhdGVzLm1hcCgoYykgPT4gYy5jcHYpLCAuLi5ldmVudC5yZXF1aXJlZEJ5Lm1hcCgocikgPT4gci5hdG9tKV0sIHNyYyk7XG4gICAgY2FzZSAnc2xvdC1jb25mbGljdCc6XG4gICAgY2FzZSAnYmxvY2tlcic6IHtcbiAgICAgIGNvbnN0IG5hbWVzID0gW2V2ZW50LmF0b20gPz8gJycsIC4uLihldmVudC5wYWNrYWdlcyA/PyBbXSkuZmxhdE1hcCgocCkgPT4gW3AuY3B2LCAuLi5wLnBhcmVudHMubWFwKCh4KSA9PiB4LmF0b20pXSldO1xuICAgICAgcmV0dXJuIGxvY2F0ZURlcGVuZGVuY3kobmFtZXMuZmlsdGVyKEJvb2xlYW4pLCBzcmMpO1xuICAgIH1cbiAgICBjYXNlICdyZXF1aXJlZC11c2UnOiB7XG4gICAgICBjb25zdCB2ID0gZmluZEFzc2lnbm1lbnQoc3JjLmVidWlsZFRleHQsICdSRVFVSVJFRF9VU0UnKTtcbiAgICAgIGlmICghdikgcmV0dXJuIHsgbm90ZTogJ1JFUVVJUkVEX1VTRSBpcyBub3Qgc2V0IGluIHRoaXMgZWJ1aWxkIChpdCBtYXkgY29tZSBmcm9tIGFuIGVjbGFzcyknIH07XG4gICAgICBjb25zdCBmbGFncyA9IGV2ZW50LnVuc2F0aXNmaWVkLmZsYXRNYXAoKHUpID0+IHUubWF0Y2goL1tBLVphLXowLTldW0EtWmEtejAtOStfQC4tXSovZykgPz8gW10pO1xuICAgICAgZm9yIChsZXQgbCA9IHYuc3RhcnQ7IGwgPD0gdi5lbmQ7IGwrKykgaWYgKGZsYWdzLnNvbWUoKGYpID0+IGhhc1dvcmQobGluZUF0KHNyYy5lYnVpbGRUZXh0LCBsKSwgZikpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogbCwgZW5kTGluZTogdi5lbmQgfTtcbiAgICAgIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiB2LnN0YXJ0LCBlbmRMaW5lOiB2LmVuZCB9O1xuICAgIH1cbiAgICBjYXNlICdmZXRjaC1mYWlsdXJlJzpcbiAgICAgIGlmIChldmVudC5nb3QgIT09IHVuZGVmaW5lZCAmJiBldmVudC5maWxlKSB7XG4gICAgICAgIGNvbnN0IG0gPSBtYW5pZmVzdExpbmUoc3JjLCBldmVudC5maWxlKTtcbiAgICAgICAgaWYgKG0pIHJldHVybiBtO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGxvY2F0ZVNyY1VyaShldmVudC5maWxlLCBzcmMpO1xuICAgIGNhc2UgJ2RpZ2VzdC1mYWlsdXJlJzoge1xuICAgICAgY29uc3QgbSA9IG1hbmlmZXN0TGluZShzcmMsIGJhc2VuYW1lKGV2ZW50LmZpbGUpKTtcbiAgICAgIGlmIChtKSByZXR1cm4gbTtcbiAgICAgIHJldHVybiB7IG5vdGU6IGBEaWdlc3QgbWlzbWF0Y2ggZm9yICR7ZXZlbnQuZmlsZX06IHJlZ2VuZXJhdGUgdGhlIE1hbmlmZXN0IChlYnVpbGQgXHUyMDI2IG1hbmlmZXN0KWAgfTtcbiAgICB9XG4gICAgY2FzZSAnY29tcGlsZXItZGlhZ25vc3RpYyc6XG4gICAgICByZXR1cm4geyBub3RlOiBgJHtldmVudC5maWxlfSR7ZXZlbnQubGluZSA/IGA6JHtldmVudC5saW5lfWAgOiAnJ30gaW4gdGhlIGJ1aWxkIG91dHB1dCAobGluZSAke2V2ZW50LmlucHV0TGluZX0gb2YgdGhlIGxvZylgIH07XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB7IG5vdGU6ICdub3QgdGllZCB0byBhbiBlYnVpbGQgbGluZScgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiBsb2NhdGVGYWlsdXJlKGV2OiBCdWlsZEZhaWx1cmVFdmVudCwgc3JjOiBMb2NhdGVTb3VyY2VzKTogTG9jYXRpb24ge1xuICBjb25zdCBlYnVpbGROYW1lID0gYmFzZW5hbWUoc3JjLmVidWlsZFBhdGgpO1xuICBjb25zdCBmcmFtZXMgPSBldi5mcmFtZXM7XG4gIC8vIERlZXBlc3QgZnJhbWUgdGhhdCBuYW1lcyB0aGUgZWJ1aWxkIG9yIGEgd29ya3NwYWNlIGVjbGFzcy5cbiAgZm9yIChsZXQgaSA9IGZyYW1lcy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgIGNvbnN0IGYgPSBmcmFtZXNbaV07XG4gICAgaWYgKGYuZmlsZSA9PT0gZWJ1aWxkTmFtZSB8fCAoZi5maWxlLmVuZHNXaXRoKCcuZWJ1aWxkJykgJiYgaSA9PT0gZnJhbWVzLmxlbmd0aCAtIDEpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogZi5saW5lIH07XG4gICAgY29uc3QgZWMgPSBlY2xhc3NOYW1lZChzcmMsIGYuZmlsZS5yZXBsYWNlKC9cXC5lY2xhc3MkLywgJycpKTtcbiAgICBpZiAoZi5maWxlLmVuZHNXaXRoKCcuZWNsYXNzJykgJiYgZWMpIHJldHVybiB7IGZpbGU6IGVjLnBhdGgsIGxpbmU6IGYubGluZSB9O1xuICAgIGlmIChmLmZpbGUgPT09ICdlbnZpcm9ubWVudCcpIHtcbiAgICAgIGNvbnN0IGZuID0gaSA+IDAgPyBmcmFtZXNbaSAtIDFdLmNhbGwgOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBmb3VuZCA9IGZuID8gZmluZEluRnVuY3Rpb24oZm4sIGV2LnNuaXBwZXQsIHNyYykgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoZm91bmQpIHJldHVybiBmb3VuZDtcbiAgICAgIGlmIChmbikge1xuICAgICAgICBjb25zdCBpbmggPSBpbmhlcml0Rm9yKGZuLCBzcmMuZWJ1aWxkVGV4dCk7XG4gICAgICAgIGlmIChpbmgpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBpbmgsIG5vdGU6IGBkaWVkIGluICR7Zm59LCBkZWZpbmVkIGluIGFuIGVjbGFzcyB0aGF0IGlzIG5vdCBpbiB0aGUgd29ya3NwYWNlYCB9O1xuICAgICAgfVxuICAgIH1cbiAgfVxuICBpZiAoZXYuc25pcHBldCkge1xuICAgIGNvbnN0IGwgPSBmaW5kU25pcHBldChzcmMuZWJ1aWxkVGV4dCwgMSwgbGluZUNvdW50KHNyYy5lYnVpbGRUZXh0KSwgZXYuc25pcHBldCk7XG4gICAgaWYgKGwpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBsIH07XG4gIH1cbiAgY29uc3QgZm4gPSBwaGFzZUZ1bmN0aW9uKGV2LnBoYXNlKTtcbiAgaWYgKGZuKSB7XG4gICAgY29uc3QgZiA9IGZpbmRGdW5jdGlvbihzcmMuZWJ1aWxkVGV4dCwgZm4pO1xuICAgIGlmIChmKSB7XG4gICAgICAvLyBgZW1ha2UgZmFpbGVkYDogcG9pbnQgYXQgdGhlIGhlbHBlcidzIGNhbGwgaW5zaWRlIHRoZSBwaGFzZSBmdW5jdGlvbi5cbiAgICAgIGNvbnN0IGhlbHBlciA9IC9eKFxcdyspIGZhaWxlZCQvLmV4ZWMoZXYucmVhc29uKT8uWzFdO1xuICAgICAgaWYgKGhlbHBlcikgZm9yIChsZXQgbCA9IGYuc3RhcnQ7IGwgPD0gZi5lbmQ7IGwrKykgaWYgKGhhc1dvcmQobGluZUF0KHNyYy5lYnVpbGRUZXh0LCBsKSwgaGVscGVyKSkgcmV0dXJuIHsgZmlsZTogc3JjLmVidWlsZFBhdGgsIGxpbmU6IGwgfTtcbiAgICAgIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBmLnN0YXJ0LCBlbmRMaW5lOiBmLmVuZCB9O1xuICAgIH1cbiAgICBjb25zdCBlYXBpID0gZmluZExpbmUoc3JjLmVidWlsZFRleHQsICh0KSA9PiAvXlxccypFQVBJPS8udGVzdCh0KSk7XG4gICAgcmV0dXJuIHsgZmlsZTogc3JjLmVidWlsZFBhdGgsIGxpbmU6IGVhcGkgPz8gZmlyc3RDb2RlTGluZShzcmMuZWJ1aWxkVGV4dCksIG5vdGU6IGB0aGUgZGVmYXVsdCAke2ZufSAoRUFQSSBvciBlY2xhc3MpIGZhaWxlZCBpbiB0aGUgJHtldi5waGFzZX0gcGhhc2VgIH07XG4gIH1cbiAgcmV0dXJuIHsgZmlsZTogc3JjLmVidWlsZFBhdGgsIGxpbmU6IGZpcnN0Q29kZUxpbmUoc3JjLmVidWlsZFRleHQpLCBub3RlOiBgZmFpbGVkIGluIHRoZSAke2V2LnBoYXNlfSBwaGFzZWAgfTtcbn1cblxuZnVuY3Rpb24gZmluZEluRnVuY3Rpb24oZm46IHN0cmluZywgc25pcHBldDogc3RyaW5nIHwgdW5kZWZpbmVkLCBzcmM6IExvY2F0ZVNvdXJjZXMpOiBMb2NhdGlvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHRleHRzOiB7IGZpbGU6IHN0cmluZzsgdGV4dDogc3RyaW5nIH1bXSA9IFt7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCB0ZXh0OiBzcmMuZWJ1aWxkVGV4dCB9XTtcbiAgZm9yIChjb25zdCBbbmFtZSwgdGV4dF0gb2Ygc3JjLmVjbGFzc2VzID8/IFtdKSB0ZXh0cy5wdXNoKHsgZmlsZTogZWNsYXNzUGF0aChzcmMsIG5hbWUpLCB0ZXh0IH0pO1xuICBmb3IgKGNvbnN0IHsgZmlsZSwgdGV4dCB9IG9mIHRleHRzKSB7XG4gICAgY29uc3QgZiA9IGZpbmRGdW5jdGlvbih0ZXh0LCBmbik7XG4gICAgaWYgKCFmKSBjb250aW51ZTtcbiAgICBjb25zdCBsID0gc25pcHBldCA/IGZpbmRTbmlwcGV0KHRleHQsIGYuc3RhcnQsIGYuZW5kLCBzbmlwcGV0KSA6IHVuZGVmaW5lZDtcbiAgICByZXR1cm4geyBmaWxlLCBsaW5lOiBsID8/IGYuc3RhcnQsIC4uLihsID8ge30gOiB7IGVuZExpbmU6IGYuZW5kIH0pIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gbG9jYXRlRGVwZW5kZW5jeShhdG9tczogc3RyaW5nW10sIHNyYzogTG9jYXRlU291cmNlcyk6IExvY2F0aW9uIHtcbiAgY29uc3QgdmFycyA9IERFUF9WQVJTLm1hcCgodikgPT4gZmluZEFzc2lnbm1lbnQoc3JjLmVidWlsZFRleHQsIHYpKS5maWx0ZXIoKHYpOiB2IGlzIEV4dGVudCA9PiBCb29sZWFuKHYpKS5zb3J0KChhLCBiKSA9PiBhLnN0YXJ0IC0gYi5zdGFydCk7XG4gIGZvciAoY29uc3QgYXRvbSBvZiBhdG9tcykge1xuICAgIGNvbnN0IG5hbWUgPSBwYWNrYWdlTmFtZShhdG9tKTtcbiAgICBpZiAoIW5hbWUpIGNvbnRpbnVlO1xuICAgIGZvciAoY29uc3QgdiBvZiB2YXJzKSB7XG4gICAgICBmb3IgKGxldCBsID0gdi5zdGFydDsgbCA8PSB2LmVuZDsgbCsrKSBpZiAobmFtZXNQYWNrYWdlKGxpbmVBdChzcmMuZWJ1aWxkVGV4dCwgbCksIG5hbWUpKSByZXR1cm4geyBmaWxlOiBzcmMuZWJ1aWxkUGF0aCwgbGluZTogbCB9O1xuICAgIH1cbiAgfVxuICBpZiAodmFycy5sZW5ndGgpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiB2YXJzWzBdLnN0YXJ0LCBlbmRMaW5lOiB2YXJzWzBdLmVuZCwgbm90ZTogJ3RoZSBwYWNrYWdlIGlzIHB1bGxlZCBpbiBpbmRpcmVjdGx5JyB9O1xuICByZXR1cm4geyBub3RlOiAnbm8gZGVwZW5kZW5jeSB2YXJpYWJsZSBpbiB0aGlzIGVidWlsZCBuYW1lcyB0aGUgcGFja2FnZScgfTtcbn1cblxuZnVuY3Rpb24gbG9jYXRlU3JjVXJpKGZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZCwgc3JjOiBMb2NhdGVTb3VyY2VzKTogTG9jYXRpb24ge1xuICBjb25zdCB2ID0gZmluZEFzc2lnbm1lbnQoc3JjLmVidWlsZFRleHQsICdTUkNfVVJJJyk7XG4gIGlmICghdikgcmV0dXJuIHsgbm90ZTogJ1NSQ19VUkkgaXMgbm90IHNldCBpbiB0aGlzIGVidWlsZCAoaXQgbWF5IGNvbWUgZnJvbSBhbiBlY2xhc3MpJyB9O1xuICBpZiAoZmlsZSkgZm9yIChsZXQgbCA9IHYuc3RhcnQ7IGwgPD0gdi5lbmQ7IGwrKykgaWYgKGxpbmVBdChzcmMuZWJ1aWxkVGV4dCwgbCkuaW5jbHVkZXMoZmlsZSkpIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiBsIH07XG4gIHJldHVybiB7IGZpbGU6IHNyYy5lYnVpbGRQYXRoLCBsaW5lOiB2LnN0YXJ0LCBlbmRMaW5lOiB2LmVuZCB9O1xufVxuXG5mdW5jdGlvbiBtYW5pZmVzdExpbmUoc3JjOiBMb2NhdGVTb3VyY2VzLCBmaWxlOiBzdHJpbmcpOiBMb2NhdGlvbiB8IHVuZGVmaW5lZCB7XG4gIGlmIChzcmMubWFuaWZlc3RUZXh0ID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGwgPSBmaW5kTGluZShzcmMubWFuaWZlc3RUZXh0LCAodCkgPT4gdC5zcGxpdCgvXFxzKy8pWzFdID09PSBmaWxlKTtcbiAgY29uc3QgcGF0aCA9IHNyYy5tYW5pZmVzdFBhdGggPz8gam9pbihkaXJuYW1lKHNyYy5lYnVpbGRQYXRoKSwgJ01hbmlmZXN0Jyk7XG4gIHJldHVybiBsID8geyBmaWxlOiBwYXRoLCBsaW5lOiBsIH0gOiB7IGZpbGU6IHBhdGgsIGxpbmU6IDEsIG5vdGU6IGAke2ZpbGV9IGlzIG5vdCBsaXN0ZWQgaW4gdGhlIE1hbmlmZXN0YCB9O1xufVxuXG4vLyAtLS0tIHRleHQgaGVscGVycyAtLS0tXG5cbmludGVyZmFjZSBFeHRlbnQgeyBzdGFydDogbnVtYmVyOyBlbmQ6IG51bWJlciB9XG5cbmZ1bmN0aW9uIGxpbmVzKHRleHQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHRleHQuc3BsaXQoL1xccj9cXG4vKTtcbn1cblxuZnVuY3Rpb24gbGluZUF0KHRleHQ6IHN0cmluZywgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGxpbmVzKHRleHQpW24gLSAxXSA/PyAnJztcbn1cblxuZnVuY3Rpb24gbGluZUNvdW50KHRleHQ6IHN0cmluZyk6IG51bWJlciB7XG4gIHJldHVybiBsaW5lcyh0ZXh0KS5sZW5ndGg7XG59XG5cbmZ1bmN0aW9uIGZpbmRMaW5lKHRleHQ6IHN0cmluZywgcHJlZDogKGxpbmU6IHN0cmluZykgPT4gYm9vbGVhbik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGxzID0gbGluZXModGV4dCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgbHMubGVuZ3RoOyBpKyspIGlmIChwcmVkKGxzW2ldKSkgcmV0dXJuIGkgKyAxO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBmaXJzdENvZGVMaW5lKHRleHQ6IHN0cmluZyk6IG51bWJlciB7XG4gIHJldHVybiBmaW5kTGluZSh0ZXh0LCAodCkgPT4gdC50cmltKCkgIT09ICcnICYmICF0LnRyaW0oKS5zdGFydHNXaXRoKCcjJykpID8/IDE7XG59XG5cbmZ1bmN0aW9uIGVzY2FwZVJlKHM6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzLnJlcGxhY2UoL1suKis/XiR7fSgpfFtcXF1cXFxcXS9nLCAnXFxcXCQmJyk7XG59XG5cbi8qKiBMaW5lcyBvZiBgbmFtZSgpIHtgIFx1MjAyNiBgfWAgKHRoZSBjbG9zaW5nIGJyYWNlIGF0IGNvbHVtbiAwLCBhcyBlYnVpbGRzIGFyZSB3cml0dGVuKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaW5kRnVuY3Rpb24odGV4dDogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBFeHRlbnQgfCB1bmRlZmluZWQge1xuICBjb25zdCBkZWYgPSBuZXcgUmVnRXhwKGBeXFxcXHMqKD86ZnVuY3Rpb25cXFxccyspPyR7ZXNjYXBlUmUobmFtZSl9XFxcXHMqKD86XFxcXChcXFxccypcXFxcKSlcXFxccypcXFxcez98XlxcXFxzKmZ1bmN0aW9uXFxcXHMrJHtlc2NhcGVSZShuYW1lKX1cXFxccypcXFxce2ApO1xuICBjb25zdCBscyA9IGxpbmVzKHRleHQpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxzLmxlbmd0aDsgaSsrKSB7XG4gICAgaWYgKCFkZWYudGVzdChsc1tpXSkpIGNvbnRpbnVlO1xuICAgIGlmICgvXFx9XFxzKig/OiMuKik/JC8udGVzdChsc1tpXSkgJiYgL1xcey8udGVzdChsc1tpXSkpIHJldHVybiB7IHN0YXJ0OiBpICsgMSwgZW5kOiBpICsgMSB9OyAvLyBvbmUtbGluZXJcbiAgICBmb3IgKGxldCBqID0gaSArIDE7IGogPCBscy5sZW5ndGg7IGorKykgaWYgKC9eXFx9Ly50ZXN0KGxzW2pdKSkgcmV0dXJuIHsgc3RhcnQ6IGkgKyAxLCBlbmQ6IGogKyAxIH07XG4gICAgcmV0dXJuIHsgc3RhcnQ6IGkgKyAxLCBlbmQ6IGxzLmxlbmd0aCB9O1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBMaW5lcyBvZiBgVkFSPVwiXHUyMDI2XCJgIChhbHNvIGBWQVIrPWApLCBmb2xsb3dpbmcgdGhlIHF1b3RlcyBvdmVyIHNldmVyYWwgbGluZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZEFzc2lnbm1lbnQodGV4dDogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBFeHRlbnQgfCB1bmRlZmluZWQge1xuICBjb25zdCBscyA9IGxpbmVzKHRleHQpO1xuICBjb25zdCByZSA9IG5ldyBSZWdFeHAoYF5cXFxccyooPzpleHBvcnRcXFxccyspPyR7bmFtZX1cXFxcKz89KC4qKSRgKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBscy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IG0gPSByZS5leGVjKGxzW2ldKTtcbiAgICBpZiAoIW0pIGNvbnRpbnVlO1xuICAgIGNvbnN0IHEgPSBtWzFdLnRyaW1TdGFydCgpWzBdO1xuICAgIGlmIChxICE9PSAnXCInICYmIHEgIT09IFwiJ1wiKSByZXR1cm4geyBzdGFydDogaSArIDEsIGVuZDogaSArIDEgfTtcbiAgICBsZXQgb3BlbiA9IGNvdW50KG1bMV0sIHEpICUgMiA9PT0gMTtcbiAgICBsZXQgaiA9IGk7XG4gICAgd2hpbGUgKG9wZW4gJiYgaiArIDEgPCBscy5sZW5ndGgpIHtcbiAgICAgIGorKztcbiAgICAgIGlmIChjb3VudChsc1tqXSwgcSkgJSAyID09PSAxKSBvcGVuID0gZmFsc2U7XG4gICAgfVxuICAgIHJldHVybiB7IHN0YXJ0OiBpICsgMSwgZW5kOiBqICsgMSB9O1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGNvdW50KHM6IHN0cmluZywgY2g6IHN0cmluZyk6IG51bWJlciB7XG4gIHJldHVybiBzLnNwbGl0KGNoKS5sZW5ndGggLSAxO1xufVxuXG5mdW5jdGlvbiBub3JtYWxpemUoczogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHMucmVwbGFjZSgvW15BLVphLXowLTlfXSsvZywgJycpO1xufVxuXG5mdW5jdGlvbiBmaW5kU25pcHBldCh0ZXh0OiBzdHJpbmcsIGZyb206IG51bWJlciwgdG86IG51bWJlciwgc25pcHBldDogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZmlyc3QgPSBzbmlwcGV0LnNwbGl0KCdcXG4nKS5tYXAoKHMpID0+IHMudHJpbSgpKS5maW5kKChzKSA9PiBzICE9PSAnJyk7XG4gIGlmICghZmlyc3QpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHdhbnQgPSBub3JtYWxpemUoZmlyc3QpO1xuICBpZiAod2FudC5sZW5ndGggPCAzKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBscyA9IGxpbmVzKHRleHQpO1xuICBmb3IgKGxldCBsID0gZnJvbTsgbCA8PSBNYXRoLm1pbih0bywgbHMubGVuZ3RoKTsgbCsrKSB7XG4gICAgY29uc3QgaGF2ZSA9IG5vcm1hbGl6ZShsc1tsIC0gMV0pO1xuICAgIGlmIChoYXZlLmxlbmd0aCA+PSAzICYmIChoYXZlLmluY2x1ZGVzKHdhbnQpIHx8IChoYXZlLmxlbmd0aCA+PSA4ICYmIHdhbnQuaW5jbHVkZXMoaGF2ZSkpKSkgcmV0dXJuIGw7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcGhhc2VGdW5jdGlvbihwaGFzZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKFsndW5wYWNrJywgJ3ByZXBhcmUnLCAnY29uZmlndXJlJywgJ2NvbXBpbGUnLCAndGVzdCcsICdpbnN0YWxsJ10uaW5jbHVkZXMocGhhc2UpKSByZXR1cm4gYHNyY18ke3BoYXNlfWA7XG4gIGlmIChbJ3NldHVwJywgJ3ByZXRlbmQnLCAncHJlaW5zdCcsICdwb3N0aW5zdCcsICdwcmVybScsICdwb3N0cm0nLCAnY29uZmlnJywgJ2luZm8nLCAnbm9mZXRjaCddLmluY2x1ZGVzKHBoYXNlKSkgcmV0dXJuIGBwa2dfJHtwaGFzZX1gO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogYD49YXBwLW1pc2MvZm9vLTEuMDowW3NzbF06OnJlcG9gIFx1MjE5MiBgYXBwLW1pc2MvZm9vYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYWNrYWdlTmFtZShhdG9tOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gL15bPD49fiFdKihbQS1aYS16MC05K18uLV0rXFwvW0EtWmEtejAtOStfLV0rPykoPzotXFxkW15cXHM6W10qKT8oPzpbOltdfCQpLy5leGVjKGF0b20ucmVwbGFjZSgvOjpcXFMrJC8sICcnKS5yZXBsYWNlKC9cXFsuKiQvLCAnJykpO1xuICByZXR1cm4gbSA/IG1bMV0gOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG5hbWVzUGFja2FnZShsaW5lOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gbmV3IFJlZ0V4cChgKD86XnxbXkEtWmEtejAtOStfLi8tXSkke2VzY2FwZVJlKG5hbWUpfSg/IVtBLVphLXowLTkrX118LVtBLVphLXpdKWApLnRlc3QobGluZSk7XG59XG5cbmZ1bmN0aW9uIGhhc1dvcmQobGluZTogc3RyaW5nLCB3b3JkOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIG5ldyBSZWdFeHAoYCg/Ol58W15BLVphLXowLTlfLV0pJHtlc2NhcGVSZSh3b3JkKX0oPyFbQS1aYS16MC05Xy1dKWApLnRlc3QobGluZSk7XG59XG5cbmZ1bmN0aW9uIGVjbGFzc05hbWVkKHNyYzogTG9jYXRlU291cmNlcywgbmFtZTogc3RyaW5nKTogeyBwYXRoOiBzdHJpbmc7IHRleHQ6IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCBrZXkgb2YgW25hbWUsIGAke25hbWV9LmVjbGFzc2BdKSB7XG4gICAgY29uc3QgdGV4dCA9IHNyYy5lY2xhc3Nlcz8uZ2V0KGtleSk7XG4gICAgaWYgKHRleHQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcGF0aDogZWNsYXNzUGF0aChzcmMsIGtleSksIHRleHQgfTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBlY2xhc3NQYXRoKHNyYzogTG9jYXRlU291cmNlcywga2V5OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gc3JjLmVjbGFzc1BhdGhzPy5nZXQoa2V5KSA/PyAoa2V5LmVuZHNXaXRoKCcuZWNsYXNzJykgPyBrZXkgOiBgJHtrZXl9LmVjbGFzc2ApO1xufVxuXG4vKiogVGhlIGBpbmhlcml0YCBsaW5lIG5hbWluZyB0aGUgZWNsYXNzIHRoYXQgbW9zdCBsaWtlbHkgZGVmaW5lcyBgZm5gIChgY21ha2Vfc3JjX2NvbmZpZ3VyZWAgXHUyMTkyIGBjbWFrZWApLiAqL1xuZnVuY3Rpb24gaW5oZXJpdEZvcihmbjogc3RyaW5nLCB0ZXh0OiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBscyA9IGxpbmVzKHRleHQpO1xuICBsZXQgZmlyc3Q6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgbGV0IGJlc3Q6IHsgbGluZTogbnVtYmVyOyBsZW46IG51bWJlciB9IHwgdW5kZWZpbmVkO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgbSA9IC9eXFxzKmluaGVyaXRcXHMrKC4qKSQvLmV4ZWMobHNbaV0pO1xuICAgIGlmICghbSkgY29udGludWU7XG4gICAgZmlyc3QgPz89IGkgKyAxO1xuICAgIGZvciAoY29uc3QgZWMgb2YgbVsxXS5zcGxpdCgvXFxzKy8pKSB7XG4gICAgICBpZiAoZWMgJiYgKGZuID09PSBlYyB8fCBmbi5zdGFydHNXaXRoKGAke2VjfV9gKSkgJiYgKCFiZXN0IHx8IGVjLmxlbmd0aCA+IGJlc3QubGVuKSkgYmVzdCA9IHsgbGluZTogaSArIDEsIGxlbjogZWMubGVuZ3RoIH07XG4gICAgfVxuICB9XG4gIHJldHVybiBiZXN0Py5saW5lID8/IGZpcnN0O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHVCQUF3QztBQWtCeEMsTUFBTSxXQUFXLENBQUMsV0FBVyxVQUFVLFdBQVcsV0FBVyxTQUFTO0FBRS9ELFNBQVMsT0FBTyxPQUFvQixLQUE4QjtBQUN2RSxVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUs7QUFDSCxhQUFPLGNBQWMsT0FBTyxHQUFHO0FBQUEsSUFDakMsS0FBSyxhQUFhO0FBQ2hCLGlCQUFXLEtBQUssTUFBTSxTQUFTO0FBQzdCLGNBQU0sSUFBSSxTQUFTLElBQUksWUFBWSxDQUFDLE1BQU0sRUFBRSxTQUFTLEtBQUssRUFBRSxTQUFTLENBQUMsQ0FBQztBQUN2RSxZQUFJLEVBQUcsUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUFBLE1BQ2hEO0FBQ0EsWUFBTSxLQUFLLEVBQUUsUUFBUSxlQUFlLFNBQVMsZUFBZSxtQkFBbUIsZUFBZSxrQ0FBa0MsZ0JBQWdCLEVBQUUsTUFBTSxNQUFNLEtBQUs7QUFDbkssWUFBTSxJQUFJLGFBQWEsSUFBSSxZQUFZLEVBQUU7QUFDekMsYUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sSUFBSSxFQUFFLFFBQVEsY0FBYyxJQUFJLFVBQVUsR0FBRyxNQUFNLGNBQWMsTUFBTSxPQUFPLEdBQUc7QUFBQSxJQUN4SDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8saUJBQWlCLENBQUMsTUFBTSxNQUFNLEdBQUcsTUFBTSxXQUFXLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEdBQUcsR0FBRztBQUFBLElBQ25GLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLGlCQUFpQixDQUFDLE1BQU0sTUFBTSxHQUFHLE1BQU0sV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLEdBQUcsR0FBRyxHQUFHLE1BQU0sV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLEdBQUc7QUFBQSxJQUMxSCxLQUFLO0FBQUEsSUFDTCxLQUFLLFdBQVc7QUFDZCxZQUFNLFFBQVEsQ0FBQyxNQUFNLFFBQVEsSUFBSSxJQUFJLE1BQU0sWUFBWSxDQUFDLEdBQUcsUUFBUSxDQUFDLE1BQU0sQ0FBQyxFQUFFLEtBQUssR0FBRyxFQUFFLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ25ILGFBQU8saUJBQWlCLE1BQU0sT0FBTyxPQUFPLEdBQUcsR0FBRztBQUFBLElBQ3BEO0FBQUEsSUFDQSxLQUFLLGdCQUFnQjtBQUNuQixZQUFNLElBQUksZUFBZSxJQUFJLFlBQVksY0FBYztBQUN2RCxVQUFJLENBQUMsRUFBRyxRQUFPLEVBQUUsTUFBTSxzRUFBc0U7QUFDN0YsWUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLENBQUMsTUFBTSxFQUFFLE1BQU0sK0JBQStCLEtBQUssQ0FBQyxDQUFDO0FBQzdGLGVBQVMsSUFBSSxFQUFFLE9BQU8sS0FBSyxFQUFFLEtBQUssSUFBSyxLQUFJLE1BQU0sS0FBSyxDQUFDLE1BQU0sUUFBUSxPQUFPLElBQUksWUFBWSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUcsUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sR0FBRyxTQUFTLEVBQUUsSUFBSTtBQUM1SixhQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxFQUFFLE9BQU8sU0FBUyxFQUFFLElBQUk7QUFBQSxJQUMvRDtBQUFBLElBQ0EsS0FBSztBQUNILFVBQUksTUFBTSxRQUFRLFVBQWEsTUFBTSxNQUFNO0FBQ3pDLGNBQU0sSUFBSSxhQUFhLEtBQUssTUFBTSxJQUFJO0FBQ3RDLFlBQUksRUFBRyxRQUFPO0FBQUEsTUFDaEI7QUFDQSxhQUFPLGFBQWEsTUFBTSxNQUFNLEdBQUc7QUFBQSxJQUNyQyxLQUFLLGtCQUFrQjtBQUNyQixZQUFNLElBQUksYUFBYSxTQUFLLDJCQUFTLE1BQU0sSUFBSSxDQUFDO0FBQ2hELFVBQUksRUFBRyxRQUFPO0FBQ2QsYUFBTyxFQUFFLE1BQU0sdUJBQXVCLE1BQU0sSUFBSSxxREFBZ0Q7QUFBQSxJQUNsRztBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sRUFBRSxNQUFNLEdBQUcsTUFBTSxJQUFJLEdBQUcsTUFBTSxPQUFPLElBQUksTUFBTSxJQUFJLEtBQUssRUFBRSw4QkFBOEIsTUFBTSxTQUFTLGVBQWU7QUFBQSxJQUMvSDtBQUNFLGFBQU8sRUFBRSxNQUFNLDZCQUE2QjtBQUFBLEVBQ2hEO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsSUFBdUIsS0FBOEI7QUFDMUUsUUFBTSxpQkFBYSwyQkFBUyxJQUFJLFVBQVU7QUFDMUMsUUFBTSxTQUFTLEdBQUc7QUFFbEIsV0FBUyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQzNDLFVBQU0sSUFBSSxPQUFPLENBQUM7QUFDbEIsUUFBSSxFQUFFLFNBQVMsY0FBZSxFQUFFLEtBQUssU0FBUyxTQUFTLEtBQUssTUFBTSxPQUFPLFNBQVMsRUFBSSxRQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxFQUFFLEtBQUs7QUFDbEksVUFBTSxLQUFLLFlBQVksS0FBSyxFQUFFLEtBQUssUUFBUSxhQUFhLEVBQUUsQ0FBQztBQUMzRCxRQUFJLEVBQUUsS0FBSyxTQUFTLFNBQVMsS0FBSyxHQUFJLFFBQU8sRUFBRSxNQUFNLEdBQUcsTUFBTSxNQUFNLEVBQUUsS0FBSztBQUMzRSxRQUFJLEVBQUUsU0FBUyxlQUFlO0FBQzVCLFlBQU1BLE1BQUssSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUUsT0FBTztBQUN4QyxZQUFNLFFBQVFBLE1BQUssZUFBZUEsS0FBSSxHQUFHLFNBQVMsR0FBRyxJQUFJO0FBQ3pELFVBQUksTUFBTyxRQUFPO0FBQ2xCLFVBQUlBLEtBQUk7QUFDTixjQUFNLE1BQU0sV0FBV0EsS0FBSSxJQUFJLFVBQVU7QUFDekMsWUFBSSxJQUFLLFFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEtBQUssTUFBTSxXQUFXQSxHQUFFLHNEQUFzRDtBQUFBLE1BQzlIO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLEdBQUcsU0FBUztBQUNkLFVBQU0sSUFBSSxZQUFZLElBQUksWUFBWSxHQUFHLFVBQVUsSUFBSSxVQUFVLEdBQUcsR0FBRyxPQUFPO0FBQzlFLFFBQUksRUFBRyxRQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxFQUFFO0FBQUEsRUFDaEQ7QUFDQSxRQUFNLEtBQUssY0FBYyxHQUFHLEtBQUs7QUFDakMsTUFBSSxJQUFJO0FBQ04sVUFBTSxJQUFJLGFBQWEsSUFBSSxZQUFZLEVBQUU7QUFDekMsUUFBSSxHQUFHO0FBRUwsWUFBTSxTQUFTLGlCQUFpQixLQUFLLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDbkQsVUFBSTtBQUFRLGlCQUFTLElBQUksRUFBRSxPQUFPLEtBQUssRUFBRSxLQUFLLElBQUssS0FBSSxRQUFRLE9BQU8sSUFBSSxZQUFZLENBQUMsR0FBRyxNQUFNLEVBQUcsUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUFBO0FBQzFJLGFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUUsT0FBTyxTQUFTLEVBQUUsSUFBSTtBQUFBLElBQy9EO0FBQ0EsVUFBTSxPQUFPLFNBQVMsSUFBSSxZQUFZLENBQUMsTUFBTSxZQUFZLEtBQUssQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLFFBQVEsY0FBYyxJQUFJLFVBQVUsR0FBRyxNQUFNLGVBQWUsRUFBRSxtQ0FBbUMsR0FBRyxLQUFLLFNBQVM7QUFBQSxFQUN6SjtBQUNBLFNBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLGNBQWMsSUFBSSxVQUFVLEdBQUcsTUFBTSxpQkFBaUIsR0FBRyxLQUFLLFNBQVM7QUFDOUc7QUFFQSxTQUFTLGVBQWUsSUFBWSxTQUE2QixLQUEwQztBQUN6RyxRQUFNLFFBQTBDLENBQUMsRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLElBQUksV0FBVyxDQUFDO0FBQy9GLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxJQUFJLFlBQVksQ0FBQyxFQUFHLE9BQU0sS0FBSyxFQUFFLE1BQU0sV0FBVyxLQUFLLElBQUksR0FBRyxLQUFLLENBQUM7QUFDL0YsYUFBVyxFQUFFLE1BQU0sS0FBSyxLQUFLLE9BQU87QUFDbEMsVUFBTSxJQUFJLGFBQWEsTUFBTSxFQUFFO0FBQy9CLFFBQUksQ0FBQyxFQUFHO0FBQ1IsVUFBTSxJQUFJLFVBQVUsWUFBWSxNQUFNLEVBQUUsT0FBTyxFQUFFLEtBQUssT0FBTyxJQUFJO0FBQ2pFLFdBQU8sRUFBRSxNQUFNLE1BQU0sS0FBSyxFQUFFLE9BQU8sR0FBSSxJQUFJLENBQUMsSUFBSSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUc7QUFBQSxFQUN0RTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsaUJBQWlCLE9BQWlCLEtBQThCO0FBQ3ZFLFFBQU0sT0FBTyxTQUFTLElBQUksQ0FBQyxNQUFNLGVBQWUsSUFBSSxZQUFZLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFtQixRQUFRLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxRQUFRLEVBQUUsS0FBSztBQUMzSSxhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE9BQU8sWUFBWSxJQUFJO0FBQzdCLFFBQUksQ0FBQyxLQUFNO0FBQ1gsZUFBVyxLQUFLLE1BQU07QUFDcEIsZUFBUyxJQUFJLEVBQUUsT0FBTyxLQUFLLEVBQUUsS0FBSyxJQUFLLEtBQUksYUFBYSxPQUFPLElBQUksWUFBWSxDQUFDLEdBQUcsSUFBSSxFQUFHLFFBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUU7QUFBQSxJQUNuSTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLEtBQUssT0FBUSxRQUFPLEVBQUUsTUFBTSxJQUFJLFlBQVksTUFBTSxLQUFLLENBQUMsRUFBRSxPQUFPLFNBQVMsS0FBSyxDQUFDLEVBQUUsS0FBSyxNQUFNLHNDQUFzQztBQUN2SSxTQUFPLEVBQUUsTUFBTSwwREFBMEQ7QUFDM0U7QUFFQSxTQUFTLGFBQWEsTUFBMEIsS0FBOEI7QUFDNUUsUUFBTSxJQUFJLGVBQWUsSUFBSSxZQUFZLFNBQVM7QUFDbEQsTUFBSSxDQUFDLEVBQUcsUUFBTyxFQUFFLE1BQU0saUVBQWlFO0FBQ3hGLE1BQUk7QUFBTSxhQUFTLElBQUksRUFBRSxPQUFPLEtBQUssRUFBRSxLQUFLLElBQUssS0FBSSxPQUFPLElBQUksWUFBWSxDQUFDLEVBQUUsU0FBUyxJQUFJLEVBQUcsUUFBTyxFQUFFLE1BQU0sSUFBSSxZQUFZLE1BQU0sRUFBRTtBQUFBO0FBQ3RJLFNBQU8sRUFBRSxNQUFNLElBQUksWUFBWSxNQUFNLEVBQUUsT0FBTyxTQUFTLEVBQUUsSUFBSTtBQUMvRDtBQUVBLFNBQVMsYUFBYSxLQUFvQixNQUFvQztBQUM1RSxNQUFJLElBQUksaUJBQWlCLE9BQVcsUUFBTztBQUMzQyxRQUFNLElBQUksU0FBUyxJQUFJLGNBQWMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxLQUFLLEVBQUUsQ0FBQyxNQUFNLElBQUk7QUFDdEUsUUFBTSxPQUFPLElBQUksb0JBQWdCLDJCQUFLLDBCQUFRLElBQUksVUFBVSxHQUFHLFVBQVU7QUFDekUsU0FBTyxJQUFJLEVBQUUsTUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTSxNQUFNLE1BQU0sR0FBRyxNQUFNLEdBQUcsSUFBSSxpQ0FBaUM7QUFDNUc7QUFNQSxTQUFTLE1BQU0sTUFBd0I7QUFDckMsU0FBTyxLQUFLLE1BQU0sT0FBTztBQUMzQjtBQUVBLFNBQVMsT0FBTyxNQUFjLEdBQW1CO0FBQy9DLFNBQU8sTUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFDLEtBQUs7QUFDL0I7QUFFQSxTQUFTLFVBQVUsTUFBc0I7QUFDdkMsU0FBTyxNQUFNLElBQUksRUFBRTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxNQUFjLE1BQXFEO0FBQ25GLFFBQU0sS0FBSyxNQUFNLElBQUk7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLFFBQVEsSUFBSyxLQUFJLEtBQUssR0FBRyxDQUFDLENBQUMsRUFBRyxRQUFPLElBQUk7QUFDaEUsU0FBTztBQUNUO0FBRUEsU0FBUyxjQUFjLE1BQXNCO0FBQzNDLFNBQU8sU0FBUyxNQUFNLENBQUMsTUFBTSxFQUFFLEtBQUssTUFBTSxNQUFNLENBQUMsRUFBRSxLQUFLLEVBQUUsV0FBVyxHQUFHLENBQUMsS0FBSztBQUNoRjtBQUVBLFNBQVMsU0FBUyxHQUFtQjtBQUNuQyxTQUFPLEVBQUUsUUFBUSx1QkFBdUIsTUFBTTtBQUNoRDtBQUdPLFNBQVMsYUFBYSxNQUFjLE1BQWtDO0FBQzNFLFFBQU0sTUFBTSxJQUFJLE9BQU8seUJBQXlCLFNBQVMsSUFBSSxDQUFDLCtDQUErQyxTQUFTLElBQUksQ0FBQyxTQUFTO0FBQ3BJLFFBQU0sS0FBSyxNQUFNLElBQUk7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLFFBQVEsS0FBSztBQUNsQyxRQUFJLENBQUMsSUFBSSxLQUFLLEdBQUcsQ0FBQyxDQUFDLEVBQUc7QUFDdEIsUUFBSSxpQkFBaUIsS0FBSyxHQUFHLENBQUMsQ0FBQyxLQUFLLEtBQUssS0FBSyxHQUFHLENBQUMsQ0FBQyxFQUFHLFFBQU8sRUFBRSxPQUFPLElBQUksR0FBRyxLQUFLLElBQUksRUFBRTtBQUN4RixhQUFTLElBQUksSUFBSSxHQUFHLElBQUksR0FBRyxRQUFRLElBQUssS0FBSSxNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsRUFBRyxRQUFPLEVBQUUsT0FBTyxJQUFJLEdBQUcsS0FBSyxJQUFJLEVBQUU7QUFDakcsV0FBTyxFQUFFLE9BQU8sSUFBSSxHQUFHLEtBQUssR0FBRyxPQUFPO0FBQUEsRUFDeEM7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGVBQWUsTUFBYyxNQUFrQztBQUM3RSxRQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3JCLFFBQU0sS0FBSyxJQUFJLE9BQU8sdUJBQXVCLElBQUksWUFBWTtBQUM3RCxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sSUFBSSxHQUFHLEtBQUssR0FBRyxDQUFDLENBQUM7QUFDdkIsUUFBSSxDQUFDLEVBQUc7QUFDUixVQUFNLElBQUksRUFBRSxDQUFDLEVBQUUsVUFBVSxFQUFFLENBQUM7QUFDNUIsUUFBSSxNQUFNLE9BQU8sTUFBTSxJQUFLLFFBQU8sRUFBRSxPQUFPLElBQUksR0FBRyxLQUFLLElBQUksRUFBRTtBQUM5RCxRQUFJLE9BQU8sTUFBTSxFQUFFLENBQUMsR0FBRyxDQUFDLElBQUksTUFBTTtBQUNsQyxRQUFJLElBQUk7QUFDUixXQUFPLFFBQVEsSUFBSSxJQUFJLEdBQUcsUUFBUTtBQUNoQztBQUNBLFVBQUksTUFBTSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksTUFBTSxFQUFHLFFBQU87QUFBQSxJQUN4QztBQUNBLFdBQU8sRUFBRSxPQUFPLElBQUksR0FBRyxLQUFLLElBQUksRUFBRTtBQUFBLEVBQ3BDO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLEdBQVcsSUFBb0I7QUFDNUMsU0FBTyxFQUFFLE1BQU0sRUFBRSxFQUFFLFNBQVM7QUFDOUI7QUFFQSxTQUFTLFVBQVUsR0FBbUI7QUFDcEMsU0FBTyxFQUFFLFFBQVEsbUJBQW1CLEVBQUU7QUFDeEM7QUFFQSxTQUFTLFlBQVksTUFBYyxNQUFjLElBQVksU0FBcUM7QUFDaEcsUUFBTSxRQUFRLFFBQVEsTUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLLENBQUMsTUFBTSxNQUFNLEVBQUU7QUFDM0UsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLE9BQU8sVUFBVSxLQUFLO0FBQzVCLE1BQUksS0FBSyxTQUFTLEVBQUcsUUFBTztBQUM1QixRQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3JCLFdBQVMsSUFBSSxNQUFNLEtBQUssS0FBSyxJQUFJLElBQUksR0FBRyxNQUFNLEdBQUcsS0FBSztBQUNwRCxVQUFNLE9BQU8sVUFBVSxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQ2hDLFFBQUksS0FBSyxVQUFVLE1BQU0sS0FBSyxTQUFTLElBQUksS0FBTSxLQUFLLFVBQVUsS0FBSyxLQUFLLFNBQVMsSUFBSSxHQUFLLFFBQU87QUFBQSxFQUNyRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsY0FBYyxPQUFtQztBQUN4RCxNQUFJLENBQUMsVUFBVSxXQUFXLGFBQWEsV0FBVyxRQUFRLFNBQVMsRUFBRSxTQUFTLEtBQUssRUFBRyxRQUFPLE9BQU8sS0FBSztBQUN6RyxNQUFJLENBQUMsU0FBUyxXQUFXLFdBQVcsWUFBWSxTQUFTLFVBQVUsVUFBVSxRQUFRLFNBQVMsRUFBRSxTQUFTLEtBQUssRUFBRyxRQUFPLE9BQU8sS0FBSztBQUNwSSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFlBQVksTUFBa0M7QUFDNUQsUUFBTSxJQUFJLDBFQUEwRSxLQUFLLEtBQUssUUFBUSxVQUFVLEVBQUUsRUFBRSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ3hJLFNBQU8sSUFBSSxFQUFFLENBQUMsSUFBSTtBQUNwQjtBQUVBLFNBQVMsYUFBYSxNQUFjLE1BQXVCO0FBQ3pELFNBQU8sSUFBSSxPQUFPLDBCQUEwQixTQUFTLElBQUksQ0FBQyw2QkFBNkIsRUFBRSxLQUFLLElBQUk7QUFDcEc7QUFFQSxTQUFTLFFBQVEsTUFBYyxNQUF1QjtBQUNwRCxTQUFPLElBQUksT0FBTyx1QkFBdUIsU0FBUyxJQUFJLENBQUMsbUJBQW1CLEVBQUUsS0FBSyxJQUFJO0FBQ3ZGO0FBRUEsU0FBUyxZQUFZLEtBQW9CLE1BQTBEO0FBQ2pHLGFBQVcsT0FBTyxDQUFDLE1BQU0sR0FBRyxJQUFJLFNBQVMsR0FBRztBQUMxQyxVQUFNLE9BQU8sSUFBSSxVQUFVLElBQUksR0FBRztBQUNsQyxRQUFJLFNBQVMsT0FBVyxRQUFPLEVBQUUsTUFBTSxXQUFXLEtBQUssR0FBRyxHQUFHLEtBQUs7QUFBQSxFQUNwRTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBVyxLQUFvQixLQUFxQjtBQUMzRCxTQUFPLElBQUksYUFBYSxJQUFJLEdBQUcsTUFBTSxJQUFJLFNBQVMsU0FBUyxJQUFJLE1BQU0sR0FBRyxHQUFHO0FBQzdFO0FBR0EsU0FBUyxXQUFXLElBQVksTUFBa0M7QUFDaEUsUUFBTSxLQUFLLE1BQU0sSUFBSTtBQUNyQixNQUFJO0FBQ0osTUFBSTtBQUNKLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxRQUFRLEtBQUs7QUFDbEMsVUFBTSxJQUFJLHNCQUFzQixLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQzFDLFFBQUksQ0FBQyxFQUFHO0FBQ1IsY0FBVSxJQUFJO0FBQ2QsZUFBVyxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sS0FBSyxHQUFHO0FBQ2xDLFVBQUksT0FBTyxPQUFPLE1BQU0sR0FBRyxXQUFXLEdBQUcsRUFBRSxHQUFHLE9BQU8sQ0FBQyxRQUFRLEdBQUcsU0FBUyxLQUFLLEtBQU0sUUFBTyxFQUFFLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRyxPQUFPO0FBQUEsSUFDNUg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxNQUFNLFFBQVE7QUFDdkI7IiwKICAibmFtZXMiOiBbImZuIl0KfQo=
