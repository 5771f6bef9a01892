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
var findings_exports = {};
__export(findings_exports, {
  findingOf: () => findingOf,
  findingsOf: () => findingsOf,
  githubAnnotation: () => githubAnnotation,
  gitlabCodeQuality: () => gitlabCodeQuality,
  locateFailure: () => locateFailure,
  mainFinding: () => mainFinding
});
module.exports = __toCommonJS(findings_exports);
var import_atom = require("./atom");
function cpvOf(atom) {
  const m = /^=?([^/\s]+)\/([^:\s]+)/.exec(atom);
  return m && (0, import_atom.splitPackageVersion)(m[2]) ? `${m[1]}/${m[2]}` : void 0;
}
function culprit(requiredBy, fallback) {
  const chain = requiredBy ?? [];
  const arg = chain.find((r) => r.kind === "argument");
  return (arg && cpvOf(arg.atom)) ?? chain.map((r) => cpvOf(r.atom)).find(Boolean) ?? fallback;
}
const firstLine = (s) => s.split("\n").find((l) => l.trim())?.trim() ?? s.trim();
function findingOf(e, lastCpv) {
  switch (e.type) {
    case "build-failure": {
      const frame = [...e.frames].reverse().find((f) => /\.(ebuild|eclass)$/.test(f.file));
      return { severity: "error", title: `${e.cpv} failed (${e.phase} phase)`, message: firstLine(e.reason) || "(no error message)", cpv: e.cpv, phase: e.phase, file: frame?.file, line: frame?.line, event: e };
    }
    case "autounmask":
      return { severity: "error", title: `emerge needs a ${e.file} change`, message: `${e.file}: ${e.entry}`, cpv: culprit(e.requiredBy, lastCpv), event: e };
    case "masked":
      return { severity: "error", title: `${e.atom} is masked`, message: `All ebuilds that could satisfy "${e.atom}" are masked${e.candidates[0] ? ` (${e.candidates[0].cpv}: ${e.candidates[0].reasons.join(", ")})` : ""}`, cpv: culprit(e.requiredBy, e.candidates[0]?.cpv ?? lastCpv), event: e };
    case "no-ebuilds":
      return { severity: "error", title: `no ebuilds for ${e.atom}`, message: `There are no ebuilds${e.useFlags ? " built with USE flags" : ""} to satisfy "${e.atom}"`, cpv: culprit(e.requiredBy, lastCpv), event: e };
    case "required-use":
      return { severity: "error", title: `${e.cpv ?? e.atom}: REQUIRED_USE not met`, message: `REQUIRED_USE not met: ${e.unsatisfied.join(" ") || e.expression || ""}`.trim(), cpv: e.cpv ?? lastCpv, event: e };
    case "slot-conflict":
      return { severity: "error", title: `slot conflict on ${e.atom}`, message: `Slot conflict: ${e.packages.map((p) => p.cpv).join(" and ")} in ${e.atom}`, cpv: lastCpv, event: e };
    case "blocker":
      if (e.resolved) return void 0;
      return { severity: "error", title: "blocked packages", message: e.atom ? `${e.atom} blocks ${e.blocking ?? "a package"}` : `Packages that cannot be installed together: ${(e.packages ?? []).map((p) => p.cpv).join(", ")}`, cpv: lastCpv, event: e };
    case "fetch-failure":
      return { severity: "error", title: `fetch failed${e.file ? `: ${e.file}` : ""}`, message: `${e.file ?? "distfile"}: ${firstLine(e.reason)}`, cpv: e.cpv ?? lastCpv, event: e };
    case "digest-failure":
      return { severity: "error", title: `digest verification failed: ${e.file}`, message: `${e.file}: ${firstLine(e.reason)}`, file: e.file, cpv: lastCpv, event: e };
    case "qa-notice":
      return { severity: "warning", title: `QA Notice (${e.qaType})`, message: `QA Notice: ${e.message}${e.entries[0] ? ` (${e.entries[0].trim()})` : ""}`, cpv: e.cpv ?? lastCpv, event: e };
    case "compiler-diagnostic":
      if (e.severity !== "error" && e.severity !== "fatal error") return void 0;
      return { severity: "error", title: `${e.tool} error`, message: `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`, cpv: e.cpv ?? lastCpv, event: e };
    default:
      return void 0;
  }
}
function findingsOf(events) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let lastCpv;
  for (const e of events) {
    if (e.type === "package-start") lastCpv = e.cpv;
    const f = findingOf(e, lastCpv);
    if (!f) continue;
    const key = `${f.severity}|${f.title}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
function mainFinding(findings) {
  return findings.find((f) => f.severity === "error") ?? findings[0];
}
function locateFailure(ebuildName, ebuildText, f) {
  const frame = [...f.frames].reverse().find((fr) => fr.file === ebuildName);
  if (frame) return frame.line;
  const lines = ebuildText.split("\n");
  const snippet = f.snippet?.split("\n").map((l) => l.trim()).find(Boolean);
  if (snippet) {
    const hits = lines.flatMap((l, i) => l.trim() === snippet ? [i + 1] : []);
    if (hits.length >= 1) return hits[0];
  }
  const fn = new RegExp(`^\\s*(?:function\\s+)?(?:src|pkg)_${f.phase}\\s*\\(\\s*\\)`);
  const def = lines.findIndex((l) => fn.test(l));
  return def >= 0 ? def + 1 : void 0;
}
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function githubAnnotation(f) {
  const props = [f.path ? `file=${escapeProperty(f.path)}` : "", f.path && f.line ? `line=${f.line}` : "", `title=${escapeProperty(f.title)}`].filter(Boolean);
  return `::${f.severity} ${props.join(",")}::${escapeData(f.message)}`;
}
function gitlabCodeQuality(findings, hash) {
  const seen = /* @__PURE__ */ new Map();
  const issues = findings.map((f) => {
    const base = hash(`${f.path ?? ""}|${f.title}|${f.message}`);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      description: `${f.title}: ${f.message}`,
      check_name: f.event.type,
      fingerprint: n ? hash(`${base}|${n}`) : base,
      severity: f.severity === "error" ? "major" : "minor",
      location: { path: f.path ?? ".", lines: { begin: f.line ?? 1 } }
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  findingOf,
  findingsOf,
  githubAnnotation,
  gitlabCodeQuality,
  locateFailure,
  mainFinding
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvZmluZGluZ3MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRmluZGluZ3M6IHRoZSBwYXJzZXIncyBldmVudHMgdGhhdCBhIHBlcnNvbiBtdXN0IGFjdCBvbiwgaW4gb25lIGxpbmUgZWFjaCwgd2l0aCB0aGUgcGxhY2UgaW4gdGhlIGVidWlsZFxuICogd2hlbiBpdCBjYW4gYmUgZm91bmQuIFNoYXJlZCBieSB0aGUgYGJ1aWxkIC0tY2hhbmdlZGAgc3VtbWFyeSAoXCJwaGFzZVwiLCBcImZpcnN0IGZpbmRpbmdcIikgYW5kIGJ5XG4gKiBgYW5ub3RhdGVgIChHaXRIdWIgd29ya2Zsb3cgY29tbWFuZHMsIEdpdExhYiBjb2RlLXF1YWxpdHkgcmVwb3J0KS5cbiAqL1xuaW1wb3J0IHsgc3BsaXRQYWNrYWdlVmVyc2lvbiB9IGZyb20gJy4vYXRvbSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkRmFpbHVyZUV2ZW50LCBFbWVyZ2VFdmVudCwgUmVxdWlyZWRCeSB9IGZyb20gJy4vZW1lcmdlL2V2ZW50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRmluZGluZyB7XG4gIHNldmVyaXR5OiAnZXJyb3InIHwgJ3dhcm5pbmcnO1xuICAvKiogU2hvcnQgdGl0bGUsIGUuZy4gYGFwcC1taXNjL2RpZXMtMS4wIGZhaWxlZCAoaW5zdGFsbCBwaGFzZSlgLiAqL1xuICB0aXRsZTogc3RyaW5nO1xuICAvKiogT25lLWxpbmUgbWVzc2FnZS4gKi9cbiAgbWVzc2FnZTogc3RyaW5nO1xuICAvKiogYGNhdC9wbi12ZXJgIHRoZSBmaW5kaW5nIGlzIGFib3V0LCB3aGVuIGtub3duLiAqL1xuICBjcHY/OiBzdHJpbmc7XG4gIC8qKiBSZXBvc2l0b3J5IGZpbGUgaXQgcG9pbnRzIGF0LCB3aGVuIHRoZSBldmVudCBuYW1lcyBvbmUgKGBmb28tMS4wLmVidWlsZGAsIGBmb28uZWNsYXNzYCwgYSBkaWdlc3QncyBmaWxlKS4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgbGluZT86IG51bWJlcjtcbiAgLyoqIFRoZSBmYWlsaW5nIHBoYXNlIG9mIGEgYnVpbGQgZmFpbHVyZS4gKi9cbiAgcGhhc2U/OiBzdHJpbmc7XG4gIC8qKiBUaGUgb3JpZ2luYWwgZXZlbnQgKGZvciBpdHMgc25pcHBldCwgd2hlbiBsb2NhdGluZyBpdCBpbiBhbiBlYnVpbGQpLiAqL1xuICBldmVudDogRW1lcmdlRXZlbnQ7XG59XG5cbi8qKiBgPWNhdC9wbi0xLjA6OnJlcG9gIG9yIGBjYXQvcG4tMS4wOjpyZXBvYCBcdTIxOTIgYGNhdC9wbi0xLjBgOyB1bmRlZmluZWQgZm9yIGFuIGF0b20gd2l0aG91dCBhIHZlcnNpb24uICovXG5mdW5jdGlvbiBjcHZPZihhdG9tOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gL149PyhbXi9cXHNdKylcXC8oW146XFxzXSspLy5leGVjKGF0b20pO1xuICByZXR1cm4gbSAmJiBzcGxpdFBhY2thZ2VWZXJzaW9uKG1bMl0pID8gYCR7bVsxXX0vJHttWzJdfWAgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBUaGUgcGFja2FnZSBhIGRlcGVuZGVuY3kgcHJvYmxlbSBiZWxvbmdzIHRvOiB0aGUgY29tbWFuZC1saW5lIGFyZ3VtZW50IHRoYXQgcHVsbGVkIGl0IGluLCBlbHNlIGl0cyBuZWFyZXN0IHBhcmVudC4gKi9cbmZ1bmN0aW9uIGN1bHByaXQocmVxdWlyZWRCeTogUmVxdWlyZWRCeVtdIHwgdW5kZWZpbmVkLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY2hhaW4gPSByZXF1aXJlZEJ5ID8/IFtdO1xuICBjb25zdCBhcmcgPSBjaGFpbi5maW5kKChyKSA9PiByLmtpbmQgPT09ICdhcmd1bWVudCcpO1xuICByZXR1cm4gKGFyZyAmJiBjcHZPZihhcmcuYXRvbSkpID8/IGNoYWluLm1hcCgocikgPT4gY3B2T2Yoci5hdG9tKSkuZmluZChCb29sZWFuKSA/PyBmYWxsYmFjaztcbn1cblxuY29uc3QgZmlyc3RMaW5lID0gKHM6IHN0cmluZykgPT4gcy5zcGxpdCgnXFxuJykuZmluZCgobCkgPT4gbC50cmltKCkpPy50cmltKCkgPz8gcy50cmltKCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBmaW5kaW5nT2YoZTogRW1lcmdlRXZlbnQsIGxhc3RDcHY/OiBzdHJpbmcpOiBGaW5kaW5nIHwgdW5kZWZpbmVkIHtcbiAgc3dpdGNoIChlLnR5cGUpIHtcbiAgICBjYXNlICdidWlsZC1mYWlsdXJlJzoge1xuICAgICAgLy8gVGhlIGlubmVybW9zdCBmcmFtZSBpbiBhbiBlYnVpbGQgb3IgZWNsYXNzIGlzIHdoZXJlIGBkaWVgIHdhcyBjYWxsZWQuXG4gICAgICBjb25zdCBmcmFtZSA9IFsuLi5lLmZyYW1lc10ucmV2ZXJzZSgpLmZpbmQoKGYpID0+IC9cXC4oZWJ1aWxkfGVjbGFzcykkLy50ZXN0KGYuZmlsZSkpO1xuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICdlcnJvcicsIHRpdGxlOiBgJHtlLmNwdn0gZmFpbGVkICgke2UucGhhc2V9IHBoYXNlKWAsIG1lc3NhZ2U6IGZpcnN0TGluZShlLnJlYXNvbikgfHwgJyhubyBlcnJvciBtZXNzYWdlKScsIGNwdjogZS5jcHYsIHBoYXNlOiBlLnBoYXNlLCBmaWxlOiBmcmFtZT8uZmlsZSwgbGluZTogZnJhbWU/LmxpbmUsIGV2ZW50OiBlIH07XG4gICAgfVxuICAgIGNhc2UgJ2F1dG91bm1hc2snOlxuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICdlcnJvcicsIHRpdGxlOiBgZW1lcmdlIG5lZWRzIGEgJHtlLmZpbGV9IGNoYW5nZWAsIG1lc3NhZ2U6IGAke2UuZmlsZX06ICR7ZS5lbnRyeX1gLCBjcHY6IGN1bHByaXQoZS5yZXF1aXJlZEJ5LCBsYXN0Q3B2KSwgZXZlbnQ6IGUgfTtcbiAgICBjYXNlICdtYXNrZWQnOlxuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICdlcnJvcicsIHRpdGxlOiBgJHtlLmF0b219IGlzIG1hc2tlZGAsIG1lc3NhZ2U6IGBBbGwgZWJ1aWxkcyB0aGF0IGNvdWxkIHNhdGlzZnkgXCIke2UuYXRvbX1cIiBhcmUgbWFza2VkJHtlLmNhbmRpZGF0ZXNbMF0gPyBgICgke2UuY2FuZGlkYXRlc1swXS5jcHZ9OiAke2UuY2FuZGlkYXRlc1swXS5yZWFzb25zLmpvaW4oJywgJyl9KWAgOiAnJ31gLCBjcHY6IGN1bHByaXQoZS5yZXF1aXJlZEJ5LCBlLmNhbmRpZGF0ZXNbMF0/LmNwdiA/PyBsYXN0Q3B2KSwgZXZlbnQ6IGUgfTtcbiAgICBjYXNlICduby1lYnVpbGRzJzpcbiAgICAgIHJldHVybiB7IHNldmVyaXR5OiAnZXJyb3InLCB0aXRsZTogYG5vIGVidWlsZHMgZm9yICR7ZS5hdG9tfWAsIG1lc3NhZ2U6IGBUaGVyZSBhcmUgbm8gZWJ1aWxkcyR7ZS51c2VGbGFncyA/ICcgYnVpbHQgd2l0aCBVU0UgZmxhZ3MnIDogJyd9IHRvIHNhdGlzZnkgXCIke2UuYXRvbX1cImAsIGNwdjogY3VscHJpdChlLnJlcXVpcmVkQnksIGxhc3RDcHYpLCBldmVudDogZSB9O1xuICAgIGNhc2UgJ3JlcXVpcmVkLXVzZSc6XG4gICAgICByZXR1cm4geyBzZXZlcml0eTogJ2Vycm9yJywgdGl0bGU6IGAke2UuY3B2ID8/IGUuYXRvbX06IFJFUVVJUkVEX1VTRSBub3QgbWV0YCwgbWVzc2FnZTogYFJFUVVJUkVEX1VTRSBub3QgbWV0OiAke2UudW5zYXRpc2ZpZWQuam9pbignICcpIHx8IGUuZXhwcmVzc2lvbiB8fCAnJ31gLnRyaW0oKSwgY3B2OiBlLmNwdiA/PyBsYXN0Q3B2LCBldmVudDogZSB9O1xuICAgIGNhc2UgJ3Nsb3QtY29uZmxpY3QnOlxuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICdlcnJvcicsIHRpdGxlOiBgc2xvdCBjb25mbGljdCBvbiAke2UuYXRvbX1gLCBtZXNzYWdlOiBgU2xvdCBjb25mbGljdDogJHtlLnBhY2thZ2VzLm1hcCgocCkgPT4gcC5jcHYpLmpvaW4oJyBhbmQgJyl9IGluICR7ZS5hdG9tfWAsIGNwdjogbGFzdENwdiwgZXZlbnQ6IGUgfTtcbiAgICBjYXNlICdibG9ja2VyJzpcbiAgICAgIGlmIChlLnJlc29sdmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICdlcnJvcicsIHRpdGxlOiAnYmxvY2tlZCBwYWNrYWdlcycsIG1lc3NhZ2U6IGUuYXRvbSA/IGAke2UuYXRvbX0gYmxvY2tzICR7ZS5ibG9ja2luZyA/PyAnYSBwYWNrYWdlJ31gIDogYFBhY2thZ2VzIHRoYXQgY2Fubm90IGJlIGluc3RhbGxlZCB0b2dldGhlcjogJHsoZS5wYWNrYWdlcyA/PyBbXSkubWFwKChwKSA9PiBwLmNwdikuam9pbignLCAnKX1gLCBjcHY6IGxhc3RDcHYsIGV2ZW50OiBlIH07XG4gICAgY2FzZSAnZmV0Y2gtZmFpbHVyZSc6XG4gICAgICByZXR1cm4geyBzZXZlcml0eTogJ2Vycm9yJywgdGl0bGU6IGBmZXRjaCBmYWlsZWQke2UuZmlsZSA/IGA6ICR7ZS5maWxlfWAgOiAnJ31gLCBtZXNzYWdlOiBgJHtlLmZpbGUgPz8gJ2Rpc3RmaWxlJ306ICR7Zmlyc3RMaW5lKGUucmVhc29uKX1gLCBjcHY6IGUuY3B2ID8/IGxhc3RDcHYsIGV2ZW50OiBlIH07XG4gICAgY2FzZSAnZGlnZXN0LWZhaWx1cmUnOlxuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICdlcnJvcicsIHRpdGxlOiBgZGlnZXN0IHZlcmlmaWNhdGlvbiBmYWlsZWQ6ICR7ZS5maWxlfWAsIG1lc3NhZ2U6IGAke2UuZmlsZX06ICR7Zmlyc3RMaW5lKGUucmVhc29uKX1gLCBmaWxlOiBlLmZpbGUsIGNwdjogbGFzdENwdiwgZXZlbnQ6IGUgfTtcbiAgICBjYXNlICdxYS1ub3RpY2UnOlxuICAgICAgcmV0dXJuIHsgc2V2ZXJpdHk6ICd3YXJuaW5nJywgdGl0bGU6IGBRQSBOb3RpY2UgKCR7ZS5xYVR5cGV9KWAsIG1lc3NhZ2U6IGBRQSBOb3RpY2U6ICR7ZS5tZXNzYWdlfSR7ZS5lbnRyaWVzWzBdID8gYCAoJHtlLmVudHJpZXNbMF0udHJpbSgpfSlgIDogJyd9YCwgY3B2OiBlLmNwdiA/PyBsYXN0Q3B2LCBldmVudDogZSB9O1xuICAgIGNhc2UgJ2NvbXBpbGVyLWRpYWdub3N0aWMnOlxuICAgICAgaWYgKGUuc2V2ZXJpdHkgIT09ICdlcnJvcicgJiYgZS5zZXZlcml0eSAhPT0gJ2ZhdGFsIGVycm9yJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIHJldHVybiB7IHNldmVyaXR5OiAnZXJyb3InLCB0aXRsZTogYCR7ZS50b29sfSBlcnJvcmAsIG1lc3NhZ2U6IGAke2UuZmlsZX0ke2UubGluZSA/IGA6JHtlLmxpbmV9YCA6ICcnfTogJHtlLm1lc3NhZ2V9YCwgY3B2OiBlLmNwdiA/PyBsYXN0Q3B2LCBldmVudDogZSB9O1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBFdmVyeSBmaW5kaW5nIG9mIGEgYnVpbGQncyBldmVudHMsIGluIG9yZGVyLCB3aXRob3V0IHJlcGVhdHMgKGEgbG9nIGFuZCBpdHMgYnVpbGQubG9nIHNheSB0aGluZ3MgdHdpY2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmRpbmdzT2YoZXZlbnRzOiBFbWVyZ2VFdmVudFtdKTogRmluZGluZ1tdIHtcbiAgY29uc3Qgb3V0OiBGaW5kaW5nW10gPSBbXTtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBsZXQgbGFzdENwdjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IGUgb2YgZXZlbnRzKSB7XG4gICAgaWYgKGUudHlwZSA9PT0gJ3BhY2thZ2Utc3RhcnQnKSBsYXN0Q3B2ID0gZS5jcHY7XG4gICAgY29uc3QgZiA9IGZpbmRpbmdPZihlLCBsYXN0Q3B2KTtcbiAgICBpZiAoIWYpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGtleSA9IGAke2Yuc2V2ZXJpdHl9fCR7Zi50aXRsZX18JHtmLm1lc3NhZ2V9YDtcbiAgICBpZiAoc2Vlbi5oYXMoa2V5KSkgY29udGludWU7XG4gICAgc2Vlbi5hZGQoa2V5KTtcbiAgICBvdXQucHVzaChmKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhlIGZpbmRpbmcgYSBzdW1tYXJ5IHNob3dzOiB0aGUgZmlyc3QgZXJyb3IsIGVsc2UgdGhlIGZpcnN0IHdhcm5pbmcuICovXG5leHBvcnQgZnVuY3Rpb24gbWFpbkZpbmRpbmcoZmluZGluZ3M6IEZpbmRpbmdbXSk6IEZpbmRpbmcgfCB1bmRlZmluZWQge1xuICByZXR1cm4gZmluZGluZ3MuZmluZCgoZikgPT4gZi5zZXZlcml0eSA9PT0gJ2Vycm9yJykgPz8gZmluZGluZ3NbMF07XG59XG5cbi8qKlxuICogVGhlIDEtYmFzZWQgbGluZSBvZiB0aGUgZWJ1aWxkIGEgYnVpbGQgZmFpbHVyZSBwb2ludHMgYXQ6IGEgZnJhbWUgaW4gdGhlIGVidWlsZCBpdHNlbGYsIGVsc2UgdGhlIGxpbmUgdGhhdFxuICogbWF0Y2hlcyBQb3J0YWdlJ3MgXCJzcGVjaWZpYyBzbmlwcGV0IG9mIGNvZGVcIiwgZWxzZSB0aGUgZmFpbGluZyBwaGFzZSBmdW5jdGlvbidzIGRlZmluaXRpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2NhdGVGYWlsdXJlKGVidWlsZE5hbWU6IHN0cmluZywgZWJ1aWxkVGV4dDogc3RyaW5nLCBmOiBCdWlsZEZhaWx1cmVFdmVudCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGZyYW1lID0gWy4uLmYuZnJhbWVzXS5yZXZlcnNlKCkuZmluZCgoZnIpID0+IGZyLmZpbGUgPT09IGVidWlsZE5hbWUpO1xuICBpZiAoZnJhbWUpIHJldHVybiBmcmFtZS5saW5lO1xuICBjb25zdCBsaW5lcyA9IGVidWlsZFRleHQuc3BsaXQoJ1xcbicpO1xuICBjb25zdCBzbmlwcGV0ID0gZi5zbmlwcGV0Py5zcGxpdCgnXFxuJykubWFwKChsKSA9PiBsLnRyaW0oKSkuZmluZChCb29sZWFuKTtcbiAgaWYgKHNuaXBwZXQpIHtcbiAgICBjb25zdCBoaXRzID0gbGluZXMuZmxhdE1hcCgobCwgaSkgPT4gKGwudHJpbSgpID09PSBzbmlwcGV0ID8gW2kgKyAxXSA6IFtdKSk7XG4gICAgaWYgKGhpdHMubGVuZ3RoID49IDEpIHJldHVybiBoaXRzWzBdO1xuICB9XG4gIGNvbnN0IGZuID0gbmV3IFJlZ0V4cChgXlxcXFxzKig/OmZ1bmN0aW9uXFxcXHMrKT8oPzpzcmN8cGtnKV8ke2YucGhhc2V9XFxcXHMqXFxcXChcXFxccypcXFxcKWApO1xuICBjb25zdCBkZWYgPSBsaW5lcy5maW5kSW5kZXgoKGwpID0+IGZuLnRlc3QobCkpO1xuICByZXR1cm4gZGVmID49IDAgPyBkZWYgKyAxIDogdW5kZWZpbmVkO1xufVxuXG4vLyBHaXRIdWIgd29ya2Zsb3cgY29tbWFuZHM6IGRhdGEgYW5kIHByb3BlcnR5IHZhbHVlcyBhcmUgJS1lc2NhcGVkIChodHRwczovL2dpdGh1Yi5jb20vYWN0aW9ucy90b29sa2l0LCBjb21tYW5kLnRzKS5cbmNvbnN0IGVzY2FwZURhdGEgPSAoczogc3RyaW5nKSA9PiBzLnJlcGxhY2UoLyUvZywgJyUyNScpLnJlcGxhY2UoL1xcci9nLCAnJTBEJykucmVwbGFjZSgvXFxuL2csICclMEEnKTtcbmNvbnN0IGVzY2FwZVByb3BlcnR5ID0gKHM6IHN0cmluZykgPT4gZXNjYXBlRGF0YShzKS5yZXBsYWNlKC86L2csICclM0EnKS5yZXBsYWNlKC8sL2csICclMkMnKTtcblxuZXhwb3J0IGludGVyZmFjZSBQbGFjZWRGaW5kaW5nIGV4dGVuZHMgRmluZGluZyB7XG4gIC8qKiBSZXBvc2l0b3J5LXJlbGF0aXZlIHBhdGggdGhlIGFubm90YXRpb24gZ29lcyBvbi4gKi9cbiAgcGF0aD86IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdpdGh1YkFubm90YXRpb24oZjogUGxhY2VkRmluZGluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHByb3BzID0gW2YucGF0aCA/IGBmaWxlPSR7ZXNjYXBlUHJvcGVydHkoZi5wYXRoKX1gIDogJycsIGYucGF0aCAmJiBmLmxpbmUgPyBgbGluZT0ke2YubGluZX1gIDogJycsIGB0aXRsZT0ke2VzY2FwZVByb3BlcnR5KGYudGl0bGUpfWBdLmZpbHRlcihCb29sZWFuKTtcbiAgcmV0dXJuIGA6OiR7Zi5zZXZlcml0eX0gJHtwcm9wcy5qb2luKCcsJyl9Ojoke2VzY2FwZURhdGEoZi5tZXNzYWdlKX1gO1xufVxuXG4vKiogQSBHaXRMYWIgY29kZS1xdWFsaXR5IHJlcG9ydCAoYSBKU09OIGFycmF5IG9mIENvZGUgQ2xpbWF0ZSBpc3N1ZXMpOyBgZmluZ2VycHJpbnRgIG11c3QgYmUgc3RhYmxlIGFuZCB1bmlxdWUuICovXG5leHBvcnQgZnVuY3Rpb24gZ2l0bGFiQ29kZVF1YWxpdHkoZmluZGluZ3M6IFBsYWNlZEZpbmRpbmdbXSwgaGFzaDogKHM6IHN0cmluZykgPT4gc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIGNvbnN0IGlzc3VlcyA9IGZpbmRpbmdzLm1hcCgoZikgPT4ge1xuICAgIGNvbnN0IGJhc2UgPSBoYXNoKGAke2YucGF0aCA/PyAnJ318JHtmLnRpdGxlfXwke2YubWVzc2FnZX1gKTtcbiAgICBjb25zdCBuID0gc2Vlbi5nZXQoYmFzZSkgPz8gMDtcbiAgICBzZWVuLnNldChiYXNlLCBuICsgMSk7XG4gICAgcmV0dXJuIHtcbiAgICAgIGRlc2NyaXB0aW9uOiBgJHtmLnRpdGxlfTogJHtmLm1lc3NhZ2V9YCxcbiAgICAgIGNoZWNrX25hbWU6IGYuZXZlbnQudHlwZSxcbiAgICAgIGZpbmdlcnByaW50OiBuID8gaGFzaChgJHtiYXNlfXwke259YCkgOiBiYXNlLFxuICAgICAgc2V2ZXJpdHk6IGYuc2V2ZXJpdHkgPT09ICdlcnJvcicgPyAnbWFqb3InIDogJ21pbm9yJyxcbiAgICAgIGxvY2F0aW9uOiB7IHBhdGg6IGYucGF0aCA/PyAnLicsIGxpbmVzOiB7IGJlZ2luOiBmLmxpbmUgPz8gMSB9IH0sXG4gICAgfTtcbiAgfSk7XG4gIHJldHVybiBKU09OLnN0cmluZ2lmeShpc3N1ZXMsIG51bGwsIDIpICsgJ1xcbic7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLGtCQUFvQztBQXFCcEMsU0FBUyxNQUFNLE1BQWtDO0FBQy9DLFFBQU0sSUFBSSwwQkFBMEIsS0FBSyxJQUFJO0FBQzdDLFNBQU8sU0FBSyxpQ0FBb0IsRUFBRSxDQUFDLENBQUMsSUFBSSxHQUFHLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsS0FBSztBQUM5RDtBQUdBLFNBQVMsUUFBUSxZQUFzQyxVQUFrRDtBQUN2RyxRQUFNLFFBQVEsY0FBYyxDQUFDO0FBQzdCLFFBQU0sTUFBTSxNQUFNLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxVQUFVO0FBQ25ELFVBQVEsT0FBTyxNQUFNLElBQUksSUFBSSxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFFLEtBQUssT0FBTyxLQUFLO0FBQ3RGO0FBRUEsTUFBTSxZQUFZLENBQUMsTUFBYyxFQUFFLE1BQU0sSUFBSSxFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLEVBQUUsS0FBSztBQUVoRixTQUFTLFVBQVUsR0FBZ0IsU0FBdUM7QUFDL0UsVUFBUSxFQUFFLE1BQU07QUFBQSxJQUNkLEtBQUssaUJBQWlCO0FBRXBCLFlBQU0sUUFBUSxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLHFCQUFxQixLQUFLLEVBQUUsSUFBSSxDQUFDO0FBQ25GLGFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBTyxHQUFHLEVBQUUsR0FBRyxZQUFZLEVBQUUsS0FBSyxXQUFXLFNBQVMsVUFBVSxFQUFFLE1BQU0sS0FBSyxzQkFBc0IsS0FBSyxFQUFFLEtBQUssT0FBTyxFQUFFLE9BQU8sTUFBTSxPQUFPLE1BQU0sTUFBTSxPQUFPLE1BQU0sT0FBTyxFQUFFO0FBQUEsSUFDNU07QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEVBQUUsVUFBVSxTQUFTLE9BQU8sa0JBQWtCLEVBQUUsSUFBSSxXQUFXLFNBQVMsR0FBRyxFQUFFLElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxLQUFLLFFBQVEsRUFBRSxZQUFZLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4SixLQUFLO0FBQ0gsYUFBTyxFQUFFLFVBQVUsU0FBUyxPQUFPLEdBQUcsRUFBRSxJQUFJLGNBQWMsU0FBUyxtQ0FBbUMsRUFBRSxJQUFJLGVBQWUsRUFBRSxXQUFXLENBQUMsSUFBSSxLQUFLLEVBQUUsV0FBVyxDQUFDLEVBQUUsR0FBRyxLQUFLLEVBQUUsV0FBVyxDQUFDLEVBQUUsUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxLQUFLLFFBQVEsRUFBRSxZQUFZLEVBQUUsV0FBVyxDQUFDLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDaFMsS0FBSztBQUNILGFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBTyxrQkFBa0IsRUFBRSxJQUFJLElBQUksU0FBUyx1QkFBdUIsRUFBRSxXQUFXLDBCQUEwQixFQUFFLGdCQUFnQixFQUFFLElBQUksS0FBSyxLQUFLLFFBQVEsRUFBRSxZQUFZLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUNuTixLQUFLO0FBQ0gsYUFBTyxFQUFFLFVBQVUsU0FBUyxPQUFPLEdBQUcsRUFBRSxPQUFPLEVBQUUsSUFBSSwwQkFBMEIsU0FBUyx5QkFBeUIsRUFBRSxZQUFZLEtBQUssR0FBRyxLQUFLLEVBQUUsY0FBYyxFQUFFLEdBQUcsS0FBSyxHQUFHLEtBQUssRUFBRSxPQUFPLFNBQVMsT0FBTyxFQUFFO0FBQUEsSUFDM00sS0FBSztBQUNILGFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBTyxvQkFBb0IsRUFBRSxJQUFJLElBQUksU0FBUyxrQkFBa0IsRUFBRSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsR0FBRyxFQUFFLEtBQUssT0FBTyxDQUFDLE9BQU8sRUFBRSxJQUFJLElBQUksS0FBSyxTQUFTLE9BQU8sRUFBRTtBQUFBLElBQ2hMLEtBQUs7QUFDSCxVQUFJLEVBQUUsU0FBVSxRQUFPO0FBQ3ZCLGFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBTyxvQkFBb0IsU0FBUyxFQUFFLE9BQU8sR0FBRyxFQUFFLElBQUksV0FBVyxFQUFFLFlBQVksV0FBVyxLQUFLLGdEQUFnRCxFQUFFLFlBQVksQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLElBQUksS0FBSyxTQUFTLE9BQU8sRUFBRTtBQUFBLElBQ3RQLEtBQUs7QUFDSCxhQUFPLEVBQUUsVUFBVSxTQUFTLE9BQU8sZUFBZSxFQUFFLE9BQU8sS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLElBQUksU0FBUyxHQUFHLEVBQUUsUUFBUSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxPQUFPLFNBQVMsT0FBTyxFQUFFO0FBQUEsSUFDL0ssS0FBSztBQUNILGFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBTywrQkFBK0IsRUFBRSxJQUFJLElBQUksU0FBUyxHQUFHLEVBQUUsSUFBSSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsSUFBSSxNQUFNLEVBQUUsTUFBTSxLQUFLLFNBQVMsT0FBTyxFQUFFO0FBQUEsSUFDakssS0FBSztBQUNILGFBQU8sRUFBRSxVQUFVLFdBQVcsT0FBTyxjQUFjLEVBQUUsTUFBTSxLQUFLLFNBQVMsY0FBYyxFQUFFLE9BQU8sR0FBRyxFQUFFLFFBQVEsQ0FBQyxJQUFJLEtBQUssRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksS0FBSyxFQUFFLE9BQU8sU0FBUyxPQUFPLEVBQUU7QUFBQSxJQUN4TCxLQUFLO0FBQ0gsVUFBSSxFQUFFLGFBQWEsV0FBVyxFQUFFLGFBQWEsY0FBZSxRQUFPO0FBQ25FLGFBQU8sRUFBRSxVQUFVLFNBQVMsT0FBTyxHQUFHLEVBQUUsSUFBSSxVQUFVLFNBQVMsR0FBRyxFQUFFLElBQUksR0FBRyxFQUFFLE9BQU8sSUFBSSxFQUFFLElBQUksS0FBSyxFQUFFLEtBQUssRUFBRSxPQUFPLElBQUksS0FBSyxFQUFFLE9BQU8sU0FBUyxPQUFPLEVBQUU7QUFBQSxJQUN6SjtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsUUFBa0M7QUFDM0QsUUFBTSxNQUFpQixDQUFDO0FBQ3hCLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLE1BQUk7QUFDSixhQUFXLEtBQUssUUFBUTtBQUN0QixRQUFJLEVBQUUsU0FBUyxnQkFBaUIsV0FBVSxFQUFFO0FBQzVDLFVBQU0sSUFBSSxVQUFVLEdBQUcsT0FBTztBQUM5QixRQUFJLENBQUMsRUFBRztBQUNSLFVBQU0sTUFBTSxHQUFHLEVBQUUsUUFBUSxJQUFJLEVBQUUsS0FBSyxJQUFJLEVBQUUsT0FBTztBQUNqRCxRQUFJLEtBQUssSUFBSSxHQUFHLEVBQUc7QUFDbkIsU0FBSyxJQUFJLEdBQUc7QUFDWixRQUFJLEtBQUssQ0FBQztBQUFBLEVBQ1o7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFlBQVksVUFBMEM7QUFDcEUsU0FBTyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsYUFBYSxPQUFPLEtBQUssU0FBUyxDQUFDO0FBQ25FO0FBTU8sU0FBUyxjQUFjLFlBQW9CLFlBQW9CLEdBQTBDO0FBQzlHLFFBQU0sUUFBUSxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxPQUFPLEdBQUcsU0FBUyxVQUFVO0FBQ3pFLE1BQUksTUFBTyxRQUFPLE1BQU07QUFDeEIsUUFBTSxRQUFRLFdBQVcsTUFBTSxJQUFJO0FBQ25DLFFBQU0sVUFBVSxFQUFFLFNBQVMsTUFBTSxJQUFJLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLLE9BQU87QUFDeEUsTUFBSSxTQUFTO0FBQ1gsVUFBTSxPQUFPLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTyxFQUFFLEtBQUssTUFBTSxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFFO0FBQzFFLFFBQUksS0FBSyxVQUFVLEVBQUcsUUFBTyxLQUFLLENBQUM7QUFBQSxFQUNyQztBQUNBLFFBQU0sS0FBSyxJQUFJLE9BQU8scUNBQXFDLEVBQUUsS0FBSyxnQkFBZ0I7QUFDbEYsUUFBTSxNQUFNLE1BQU0sVUFBVSxDQUFDLE1BQU0sR0FBRyxLQUFLLENBQUMsQ0FBQztBQUM3QyxTQUFPLE9BQU8sSUFBSSxNQUFNLElBQUk7QUFDOUI7QUFHQSxNQUFNLGFBQWEsQ0FBQyxNQUFjLEVBQUUsUUFBUSxNQUFNLEtBQUssRUFBRSxRQUFRLE9BQU8sS0FBSyxFQUFFLFFBQVEsT0FBTyxLQUFLO0FBQ25HLE1BQU0saUJBQWlCLENBQUMsTUFBYyxXQUFXLENBQUMsRUFBRSxRQUFRLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxLQUFLO0FBT3JGLFNBQVMsaUJBQWlCLEdBQTBCO0FBQ3pELFFBQU0sUUFBUSxDQUFDLEVBQUUsT0FBTyxRQUFRLGVBQWUsRUFBRSxJQUFJLENBQUMsS0FBSyxJQUFJLEVBQUUsUUFBUSxFQUFFLE9BQU8sUUFBUSxFQUFFLElBQUksS0FBSyxJQUFJLFNBQVMsZUFBZSxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsT0FBTyxPQUFPO0FBQzNKLFNBQU8sS0FBSyxFQUFFLFFBQVEsSUFBSSxNQUFNLEtBQUssR0FBRyxDQUFDLEtBQUssV0FBVyxFQUFFLE9BQU8sQ0FBQztBQUNyRTtBQUdPLFNBQVMsa0JBQWtCLFVBQTJCLE1BQXFDO0FBQ2hHLFFBQU0sT0FBTyxvQkFBSSxJQUFvQjtBQUNyQyxRQUFNLFNBQVMsU0FBUyxJQUFJLENBQUMsTUFBTTtBQUNqQyxVQUFNLE9BQU8sS0FBSyxHQUFHLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksRUFBRSxPQUFPLEVBQUU7QUFDM0QsVUFBTSxJQUFJLEtBQUssSUFBSSxJQUFJLEtBQUs7QUFDNUIsU0FBSyxJQUFJLE1BQU0sSUFBSSxDQUFDO0FBQ3BCLFdBQU87QUFBQSxNQUNMLGFBQWEsR0FBRyxFQUFFLEtBQUssS0FBSyxFQUFFLE9BQU87QUFBQSxNQUNyQyxZQUFZLEVBQUUsTUFBTTtBQUFBLE1BQ3BCLGFBQWEsSUFBSSxLQUFLLEdBQUcsSUFBSSxJQUFJLENBQUMsRUFBRSxJQUFJO0FBQUEsTUFDeEMsVUFBVSxFQUFFLGFBQWEsVUFBVSxVQUFVO0FBQUEsTUFDN0MsVUFBVSxFQUFFLE1BQU0sRUFBRSxRQUFRLEtBQUssT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsRUFBRTtBQUFBLElBQ2pFO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTyxLQUFLLFVBQVUsUUFBUSxNQUFNLENBQUMsSUFBSTtBQUMzQzsiLAogICJuYW1lcyI6IFtdCn0K
