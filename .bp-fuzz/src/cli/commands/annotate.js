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
var annotate_exports = {};
__export(annotate_exports, {
  annotateLogs: () => annotateLogs,
  command: () => command
});
module.exports = __toCommonJS(annotate_exports);
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_emerge = require("../../core/emerge");
var import_overlays = require("../../core/overlays");
var import_atom = require("../../core/atom");
var import_findings = require("../../core/findings");
var import_userError = require("../../core/userError");
var import_argList = require("../argList");
const usage = `Usage: ebuild-builder annotate --format github|gitlab-codequality [--repo DIR] LOG|DIR\u2026

Reads build logs (files, or folders: every *.log in them) and prints each finding (build failure, USE/keyword/
licence/mask block, QA notice, compiler error) as a GitHub workflow command (::error file=\u2026,line=\u2026::\u2026) or as a
GitLab code-quality report (JSON). Findings point at the ebuild in the repository when it can be found.

  --repo DIR   the repository holding the overlays (default: the current directory)
`;
async function logFiles(paths) {
  const out = [];
  for (const p of paths) {
    const s = await (0, import_promises.stat)(p).catch(() => void 0);
    if (!s) continue;
    if (s.isFile()) out.push(p);
    else if (s.isDirectory()) {
      for (const e of (await (0, import_promises.readdir)(p, { withFileTypes: true, recursive: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const dir = e.parentPath ?? e.path ?? p;
        if (e.isFile() && e.name.endsWith(".log")) out.push((0, import_node_path.join)(dir, e.name));
      }
    }
  }
  return out;
}
function placeIn(repo, overlays, f, texts) {
  const toRepo = (abs) => (0, import_node_path.relative)(repo, abs).split(import_node_path.sep).join("/");
  const find = (rel) => overlays.map((o) => (0, import_node_path.join)(o.path, rel)).find((p) => (0, import_node_fs.existsSync)(p));
  const eclass = f.file?.endsWith(".eclass") ? find((0, import_node_path.join)("eclass", f.file)) : void 0;
  if (eclass) {
    f.path = toRepo(eclass);
    return;
  }
  const ebuild = ebuildOf(f.cpv, overlays);
  if (ebuild) {
    f.path = toRepo(ebuild);
    f.line = f.event.type === "build-failure" ? (0, import_findings.locateFailure)(ebuild.split(import_node_path.sep).pop(), texts.get(ebuild) ?? "", f.event) : void 0;
    return;
  }
  const digested = f.event.type === "digest-failure" && f.file ? find(f.file) : void 0;
  f.path = digested && toRepo(digested);
  f.line = void 0;
}
function ebuildOf(cpv, overlays) {
  const m = cpv ? /^([^/]+)\/(.+)$/.exec(cpv) : null;
  const split = m ? (0, import_atom.splitPackageVersion)(m[2]) : void 0;
  if (!m || !split) return void 0;
  return overlays.map((o) => (0, import_node_path.join)(o.path, m[1], split.pn, `${m[2]}.ebuild`)).find((p) => (0, import_node_fs.existsSync)(p));
}
async function annotateLogs(repo, paths) {
  const { overlays } = await (0, import_overlays.discoverOverlays)([repo]);
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const texts = /* @__PURE__ */ new Map();
  for (const file of await logFiles(paths)) {
    for (const f of (0, import_findings.findingsOf)((0, import_emerge.parseAll)(await (0, import_promises.readFile)(file)))) {
      const ebuild = ebuildOf(f.cpv, overlays);
      if (ebuild && !texts.has(ebuild)) texts.set(ebuild, await (0, import_promises.readFile)(ebuild, "utf8"));
      placeIn(repo, overlays, f, texts);
      const key = `${f.path}|${f.line}|${f.title}|${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}
const command = {
  name: "annotate",
  summary: "turn build logs into CI annotations (GitHub, GitLab code quality)",
  usage,
  async run(args, io) {
    const rest = [...args];
    const format = (0, import_argList.takeOption)(rest, "--format");
    const repo = (0, import_node_path.resolve)(io.cwd, (0, import_argList.takeOption)(rest, "--repo") ?? ".");
    if (format !== "github" && format !== "gitlab-codequality") {
      throw new import_userError.UserError(`--format must be github or gitlab-codequality${format ? `, not '${format}'` : ""}.`, "Write e.g. --format github.", "bad-argument");
    }
    const unknown = rest.filter((a) => a.startsWith("-"));
    (0, import_argList.rejectUnknown)(unknown, "annotate");
    const findings = await annotateLogs(repo, rest.map((p) => (0, import_node_path.resolve)(io.cwd, p)));
    if (format === "github") for (const f of findings) io.stdout.write((0, import_findings.githubAnnotation)(f) + "\n");
    else io.stdout.write((0, import_findings.gitlabCodeQuality)(findings, (s) => (0, import_node_crypto.createHash)("md5").update(s).digest("hex")));
    return 0;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  annotateLogs,
  command
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9hbm5vdGF0ZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBhbm5vdGF0ZWA6IGJ1aWxkIGxvZ3MgXHUyMTkyIENJIGFubm90YXRpb25zIChHaXRIdWIgd29ya2Zsb3cgY29tbWFuZHMsIEdpdExhYiBjb2RlIHF1YWxpdHkpLiAqL1xuaW1wb3J0IHsgY3JlYXRlSGFzaCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB7IGV4aXN0c1N5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHJlYWRkaXIsIHJlYWRGaWxlLCBzdGF0IH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgeyBqb2luLCByZWxhdGl2ZSwgcmVzb2x2ZSwgc2VwIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQ2xpQ29tbWFuZCwgQ2xpSU8gfSBmcm9tICcuLi9jbGlUeXBlcyc7XG5pbXBvcnQgeyBwYXJzZUFsbCB9IGZyb20gJy4uLy4uL2NvcmUvZW1lcmdlJztcbmltcG9ydCB0eXBlIHsgT3ZlcmxheSB9IGZyb20gJy4uLy4uL2NvcmUvYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBkaXNjb3Zlck92ZXJsYXlzIH0gZnJvbSAnLi4vLi4vY29yZS9vdmVybGF5cyc7XG5pbXBvcnQgeyBzcGxpdFBhY2thZ2VWZXJzaW9uIH0gZnJvbSAnLi4vLi4vY29yZS9hdG9tJztcbmltcG9ydCB7IGZpbmRpbmdzT2YsIGdpdGh1YkFubm90YXRpb24sIGdpdGxhYkNvZGVRdWFsaXR5LCBsb2NhdGVGYWlsdXJlLCB0eXBlIFBsYWNlZEZpbmRpbmcgfSBmcm9tICcuLi8uLi9jb3JlL2ZpbmRpbmdzJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uLy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IHJlamVjdFVua25vd24sIHRha2VPcHRpb24gfSBmcm9tICcuLi9hcmdMaXN0JztcblxuY29uc3QgdXNhZ2UgPSBgVXNhZ2U6IGVidWlsZC1idWlsZGVyIGFubm90YXRlIC0tZm9ybWF0IGdpdGh1YnxnaXRsYWItY29kZXF1YWxpdHkgWy0tcmVwbyBESVJdIExPR3xESVJcdTIwMjZcblxuUmVhZHMgYnVpbGQgbG9ncyAoZmlsZXMsIG9yIGZvbGRlcnM6IGV2ZXJ5ICoubG9nIGluIHRoZW0pIGFuZCBwcmludHMgZWFjaCBmaW5kaW5nIChidWlsZCBmYWlsdXJlLCBVU0Uva2V5d29yZC9cbmxpY2VuY2UvbWFzayBibG9jaywgUUEgbm90aWNlLCBjb21waWxlciBlcnJvcikgYXMgYSBHaXRIdWIgd29ya2Zsb3cgY29tbWFuZCAoOjplcnJvciBmaWxlPVx1MjAyNixsaW5lPVx1MjAyNjo6XHUyMDI2KSBvciBhcyBhXG5HaXRMYWIgY29kZS1xdWFsaXR5IHJlcG9ydCAoSlNPTikuIEZpbmRpbmdzIHBvaW50IGF0IHRoZSBlYnVpbGQgaW4gdGhlIHJlcG9zaXRvcnkgd2hlbiBpdCBjYW4gYmUgZm91bmQuXG5cbiAgLS1yZXBvIERJUiAgIHRoZSByZXBvc2l0b3J5IGhvbGRpbmcgdGhlIG92ZXJsYXlzIChkZWZhdWx0OiB0aGUgY3VycmVudCBkaXJlY3RvcnkpXG5gO1xuXG5hc3luYyBmdW5jdGlvbiBsb2dGaWxlcyhwYXRoczogc3RyaW5nW10pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBwIG9mIHBhdGhzKSB7XG4gICAgY29uc3QgcyA9IGF3YWl0IHN0YXQocCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICBpZiAoIXMpIGNvbnRpbnVlOyAvLyBhIGZvbGRlciB0aGF0IHdhcyBuZXZlciBjcmVhdGVkOiBubyBidWlsZCByYW4sIG5vdGhpbmcgdG8gc2F5XG4gICAgaWYgKHMuaXNGaWxlKCkpIG91dC5wdXNoKHApO1xuICAgIGVsc2UgaWYgKHMuaXNEaXJlY3RvcnkoKSkge1xuICAgICAgZm9yIChjb25zdCBlIG9mIChhd2FpdCByZWFkZGlyKHAsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSwgcmVjdXJzaXZlOiB0cnVlIH0pKS5zb3J0KChhLCBiKSA9PiBhLm5hbWUubG9jYWxlQ29tcGFyZShiLm5hbWUpKSkge1xuICAgICAgICBjb25zdCBkaXIgPSAoZSBhcyB7IHBhcmVudFBhdGg/OiBzdHJpbmc7IHBhdGg/OiBzdHJpbmcgfSkucGFyZW50UGF0aCA/PyAoZSBhcyB7IHBhdGg/OiBzdHJpbmcgfSkucGF0aCA/PyBwO1xuICAgICAgICBpZiAoZS5pc0ZpbGUoKSAmJiBlLm5hbWUuZW5kc1dpdGgoJy5sb2cnKSkgb3V0LnB1c2goam9pbihkaXIsIGUubmFtZSkpO1xuICAgICAgfVxuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogUHV0cyBhIGZpbmRpbmcgb24gYSByZXBvc2l0b3J5IGZpbGU6IHRoZSBlY2xhc3MgaXRzIGZhaWx1cmUgZnJhbWUgbmFtZXMsIGVsc2UgaXRzIHBhY2thZ2UncyBlYnVpbGQuICovXG5mdW5jdGlvbiBwbGFjZUluKHJlcG86IHN0cmluZywgb3ZlcmxheXM6IE92ZXJsYXlbXSwgZjogUGxhY2VkRmluZGluZywgdGV4dHM6IE1hcDxzdHJpbmcsIHN0cmluZz4pOiB2b2lkIHtcbiAgY29uc3QgdG9SZXBvID0gKGFiczogc3RyaW5nKSA9PiByZWxhdGl2ZShyZXBvLCBhYnMpLnNwbGl0KHNlcCkuam9pbignLycpO1xuICBjb25zdCBmaW5kID0gKHJlbDogc3RyaW5nKSA9PiBvdmVybGF5cy5tYXAoKG8pID0+IGpvaW4oby5wYXRoLCByZWwpKS5maW5kKChwKSA9PiBleGlzdHNTeW5jKHApKTtcbiAgY29uc3QgZWNsYXNzID0gZi5maWxlPy5lbmRzV2l0aCgnLmVjbGFzcycpID8gZmluZChqb2luKCdlY2xhc3MnLCBmLmZpbGUpKSA6IHVuZGVmaW5lZDtcbiAgaWYgKGVjbGFzcykge1xuICAgIGYucGF0aCA9IHRvUmVwbyhlY2xhc3MpO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCBlYnVpbGQgPSBlYnVpbGRPZihmLmNwdiwgb3ZlcmxheXMpO1xuICBpZiAoZWJ1aWxkKSB7XG4gICAgZi5wYXRoID0gdG9SZXBvKGVidWlsZCk7XG4gICAgZi5saW5lID0gZi5ldmVudC50eXBlID09PSAnYnVpbGQtZmFpbHVyZScgPyBsb2NhdGVGYWlsdXJlKGVidWlsZC5zcGxpdChzZXApLnBvcCgpISwgdGV4dHMuZ2V0KGVidWlsZCkgPz8gJycsIGYuZXZlbnQpIDogdW5kZWZpbmVkO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCBkaWdlc3RlZCA9IGYuZXZlbnQudHlwZSA9PT0gJ2RpZ2VzdC1mYWlsdXJlJyAmJiBmLmZpbGUgPyBmaW5kKGYuZmlsZSkgOiB1bmRlZmluZWQ7XG4gIGYucGF0aCA9IGRpZ2VzdGVkICYmIHRvUmVwbyhkaWdlc3RlZCk7XG4gIGYubGluZSA9IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gZWJ1aWxkT2YoY3B2OiBzdHJpbmcgfCB1bmRlZmluZWQsIG92ZXJsYXlzOiBPdmVybGF5W10pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gY3B2ID8gL14oW14vXSspXFwvKC4rKSQvLmV4ZWMoY3B2KSA6IG51bGw7XG4gIGNvbnN0IHNwbGl0ID0gbSA/IHNwbGl0UGFja2FnZVZlcnNpb24obVsyXSkgOiB1bmRlZmluZWQ7XG4gIGlmICghbSB8fCAhc3BsaXQpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiBvdmVybGF5cy5tYXAoKG8pID0+IGpvaW4oby5wYXRoLCBtWzFdLCBzcGxpdC5wbiwgYCR7bVsyXX0uZWJ1aWxkYCkpLmZpbmQoKHApID0+IGV4aXN0c1N5bmMocCkpO1xufVxuXG4vKiogRmluZGluZ3Mgb2YgdGhlIGxvZ3MsIHBsYWNlZCBvbiByZXBvc2l0b3J5IGZpbGVzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGFubm90YXRlTG9ncyhyZXBvOiBzdHJpbmcsIHBhdGhzOiBzdHJpbmdbXSk6IFByb21pc2U8UGxhY2VkRmluZGluZ1tdPiB7XG4gIGNvbnN0IHsgb3ZlcmxheXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3JlcG9dKTtcbiAgY29uc3QgZmluZGluZ3M6IFBsYWNlZEZpbmRpbmdbXSA9IFtdO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHRleHRzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBmaWxlIG9mIGF3YWl0IGxvZ0ZpbGVzKHBhdGhzKSkge1xuICAgIGZvciAoY29uc3QgZiBvZiBmaW5kaW5nc09mKHBhcnNlQWxsKGF3YWl0IHJlYWRGaWxlKGZpbGUpKSkgYXMgUGxhY2VkRmluZGluZ1tdKSB7XG4gICAgICBjb25zdCBlYnVpbGQgPSBlYnVpbGRPZihmLmNwdiwgb3ZlcmxheXMpO1xuICAgICAgaWYgKGVidWlsZCAmJiAhdGV4dHMuaGFzKGVidWlsZCkpIHRleHRzLnNldChlYnVpbGQsIGF3YWl0IHJlYWRGaWxlKGVidWlsZCwgJ3V0ZjgnKSk7XG4gICAgICBwbGFjZUluKHJlcG8sIG92ZXJsYXlzLCBmLCB0ZXh0cyk7XG4gICAgICBjb25zdCBrZXkgPSBgJHtmLnBhdGh9fCR7Zi5saW5lfXwke2YudGl0bGV9fCR7Zi5tZXNzYWdlfWA7XG4gICAgICBpZiAoc2Vlbi5oYXMoa2V5KSkgY29udGludWU7XG4gICAgICBzZWVuLmFkZChrZXkpO1xuICAgICAgZmluZGluZ3MucHVzaChmKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGZpbmRpbmdzO1xufVxuXG5leHBvcnQgY29uc3QgY29tbWFuZDogQ2xpQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2Fubm90YXRlJyxcbiAgc3VtbWFyeTogJ3R1cm4gYnVpbGQgbG9ncyBpbnRvIENJIGFubm90YXRpb25zIChHaXRIdWIsIEdpdExhYiBjb2RlIHF1YWxpdHkpJyxcbiAgdXNhZ2UsXG4gIGFzeW5jIHJ1bihhcmdzOiBzdHJpbmdbXSwgaW86IENsaUlPKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgICBjb25zdCByZXN0ID0gWy4uLmFyZ3NdO1xuICAgIGNvbnN0IGZvcm1hdCA9IHRha2VPcHRpb24ocmVzdCwgJy0tZm9ybWF0Jyk7XG4gICAgY29uc3QgcmVwbyA9IHJlc29sdmUoaW8uY3dkLCB0YWtlT3B0aW9uKHJlc3QsICctLXJlcG8nKSA/PyAnLicpO1xuICAgIGlmIChmb3JtYXQgIT09ICdnaXRodWInICYmIGZvcm1hdCAhPT0gJ2dpdGxhYi1jb2RlcXVhbGl0eScpIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYC0tZm9ybWF0IG11c3QgYmUgZ2l0aHViIG9yIGdpdGxhYi1jb2RlcXVhbGl0eSR7Zm9ybWF0ID8gYCwgbm90ICcke2Zvcm1hdH0nYCA6ICcnfS5gLCAnV3JpdGUgZS5nLiAtLWZvcm1hdCBnaXRodWIuJywgJ2JhZC1hcmd1bWVudCcpO1xuICAgIH1cbiAgICBjb25zdCB1bmtub3duID0gcmVzdC5maWx0ZXIoKGEpID0+IGEuc3RhcnRzV2l0aCgnLScpKTtcbiAgICByZWplY3RVbmtub3duKHVua25vd24sICdhbm5vdGF0ZScpO1xuICAgIGNvbnN0IGZpbmRpbmdzID0gYXdhaXQgYW5ub3RhdGVMb2dzKHJlcG8sIHJlc3QubWFwKChwKSA9PiByZXNvbHZlKGlvLmN3ZCwgcCkpKTtcbiAgICBpZiAoZm9ybWF0ID09PSAnZ2l0aHViJykgZm9yIChjb25zdCBmIG9mIGZpbmRpbmdzKSBpby5zdGRvdXQud3JpdGUoZ2l0aHViQW5ub3RhdGlvbihmKSArICdcXG4nKTtcbiAgICBlbHNlIGlvLnN0ZG91dC53cml0ZShnaXRsYWJDb2RlUXVhbGl0eShmaW5kaW5ncywgKHMpID0+IGNyZWF0ZUhhc2goJ21kNScpLnVwZGF0ZShzKS5kaWdlc3QoJ2hleCcpKSk7XG4gICAgcmV0dXJuIDA7XG4gIH0sXG59O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EseUJBQTJCO0FBQzNCLHFCQUEyQjtBQUMzQixzQkFBd0M7QUFDeEMsdUJBQTZDO0FBRTdDLG9CQUF5QjtBQUV6QixzQkFBaUM7QUFDakMsa0JBQW9DO0FBQ3BDLHNCQUFtRztBQUNuRyx1QkFBMEI7QUFDMUIscUJBQTBDO0FBRTFDLE1BQU0sUUFBUTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBU2QsZUFBZSxTQUFTLE9BQW9DO0FBQzFELFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixhQUFXLEtBQUssT0FBTztBQUNyQixVQUFNLElBQUksVUFBTSxzQkFBSyxDQUFDLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDN0MsUUFBSSxDQUFDLEVBQUc7QUFDUixRQUFJLEVBQUUsT0FBTyxFQUFHLEtBQUksS0FBSyxDQUFDO0FBQUEsYUFDakIsRUFBRSxZQUFZLEdBQUc7QUFDeEIsaUJBQVcsTUFBTSxVQUFNLHlCQUFRLEdBQUcsRUFBRSxlQUFlLE1BQU0sV0FBVyxLQUFLLENBQUMsR0FBRyxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxjQUFjLEVBQUUsSUFBSSxDQUFDLEdBQUc7QUFDekgsY0FBTSxNQUFPLEVBQTZDLGNBQWUsRUFBd0IsUUFBUTtBQUN6RyxZQUFJLEVBQUUsT0FBTyxLQUFLLEVBQUUsS0FBSyxTQUFTLE1BQU0sRUFBRyxLQUFJLFNBQUssdUJBQUssS0FBSyxFQUFFLElBQUksQ0FBQztBQUFBLE1BQ3ZFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFFBQVEsTUFBYyxVQUFxQixHQUFrQixPQUFrQztBQUN0RyxRQUFNLFNBQVMsQ0FBQyxZQUFnQiwyQkFBUyxNQUFNLEdBQUcsRUFBRSxNQUFNLG9CQUFHLEVBQUUsS0FBSyxHQUFHO0FBQ3ZFLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQVMsSUFBSSxDQUFDLFVBQU0sdUJBQUssRUFBRSxNQUFNLEdBQUcsQ0FBQyxFQUFFLEtBQUssQ0FBQyxVQUFNLDJCQUFXLENBQUMsQ0FBQztBQUM5RixRQUFNLFNBQVMsRUFBRSxNQUFNLFNBQVMsU0FBUyxJQUFJLFNBQUssdUJBQUssVUFBVSxFQUFFLElBQUksQ0FBQyxJQUFJO0FBQzVFLE1BQUksUUFBUTtBQUNWLE1BQUUsT0FBTyxPQUFPLE1BQU07QUFDdEI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUFTLFNBQVMsRUFBRSxLQUFLLFFBQVE7QUFDdkMsTUFBSSxRQUFRO0FBQ1YsTUFBRSxPQUFPLE9BQU8sTUFBTTtBQUN0QixNQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsc0JBQWtCLCtCQUFjLE9BQU8sTUFBTSxvQkFBRyxFQUFFLElBQUksR0FBSSxNQUFNLElBQUksTUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLElBQUk7QUFDeEg7QUFBQSxFQUNGO0FBQ0EsUUFBTSxXQUFXLEVBQUUsTUFBTSxTQUFTLG9CQUFvQixFQUFFLE9BQU8sS0FBSyxFQUFFLElBQUksSUFBSTtBQUM5RSxJQUFFLE9BQU8sWUFBWSxPQUFPLFFBQVE7QUFDcEMsSUFBRSxPQUFPO0FBQ1g7QUFFQSxTQUFTLFNBQVMsS0FBeUIsVUFBeUM7QUFDbEYsUUFBTSxJQUFJLE1BQU0sa0JBQWtCLEtBQUssR0FBRyxJQUFJO0FBQzlDLFFBQU0sUUFBUSxRQUFJLGlDQUFvQixFQUFFLENBQUMsQ0FBQyxJQUFJO0FBQzlDLE1BQUksQ0FBQyxLQUFLLENBQUMsTUFBTyxRQUFPO0FBQ3pCLFNBQU8sU0FBUyxJQUFJLENBQUMsVUFBTSx1QkFBSyxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUMsU0FBUyxDQUFDLEVBQUUsS0FBSyxDQUFDLFVBQU0sMkJBQVcsQ0FBQyxDQUFDO0FBQ3RHO0FBR0EsZUFBc0IsYUFBYSxNQUFjLE9BQTJDO0FBQzFGLFFBQU0sRUFBRSxTQUFTLElBQUksVUFBTSxrQ0FBaUIsQ0FBQyxJQUFJLENBQUM7QUFDbEQsUUFBTSxXQUE0QixDQUFDO0FBQ25DLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sUUFBUSxvQkFBSSxJQUFvQjtBQUN0QyxhQUFXLFFBQVEsTUFBTSxTQUFTLEtBQUssR0FBRztBQUN4QyxlQUFXLFNBQUssZ0NBQVcsd0JBQVMsVUFBTSwwQkFBUyxJQUFJLENBQUMsQ0FBQyxHQUFzQjtBQUM3RSxZQUFNLFNBQVMsU0FBUyxFQUFFLEtBQUssUUFBUTtBQUN2QyxVQUFJLFVBQVUsQ0FBQyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sSUFBSSxRQUFRLFVBQU0sMEJBQVMsUUFBUSxNQUFNLENBQUM7QUFDbEYsY0FBUSxNQUFNLFVBQVUsR0FBRyxLQUFLO0FBQ2hDLFlBQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxJQUFJLEVBQUUsSUFBSSxJQUFJLEVBQUUsS0FBSyxJQUFJLEVBQUUsT0FBTztBQUN2RCxVQUFJLEtBQUssSUFBSSxHQUFHLEVBQUc7QUFDbkIsV0FBSyxJQUFJLEdBQUc7QUFDWixlQUFTLEtBQUssQ0FBQztBQUFBLElBQ2pCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVPLE1BQU0sVUFBc0I7QUFBQSxFQUNqQyxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVDtBQUFBLEVBQ0EsTUFBTSxJQUFJLE1BQWdCLElBQTRCO0FBQ3BELFVBQU0sT0FBTyxDQUFDLEdBQUcsSUFBSTtBQUNyQixVQUFNLGFBQVMsMkJBQVcsTUFBTSxVQUFVO0FBQzFDLFVBQU0sV0FBTywwQkFBUSxHQUFHLFNBQUssMkJBQVcsTUFBTSxRQUFRLEtBQUssR0FBRztBQUM5RCxRQUFJLFdBQVcsWUFBWSxXQUFXLHNCQUFzQjtBQUMxRCxZQUFNLElBQUksMkJBQVUsZ0RBQWdELFNBQVMsVUFBVSxNQUFNLE1BQU0sRUFBRSxLQUFLLCtCQUErQixjQUFjO0FBQUEsSUFDeko7QUFDQSxVQUFNLFVBQVUsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsR0FBRyxDQUFDO0FBQ3BELHNDQUFjLFNBQVMsVUFBVTtBQUNqQyxVQUFNLFdBQVcsTUFBTSxhQUFhLE1BQU0sS0FBSyxJQUFJLENBQUMsVUFBTSwwQkFBUSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFDN0UsUUFBSSxXQUFXLFNBQVUsWUFBVyxLQUFLLFNBQVUsSUFBRyxPQUFPLFVBQU0sa0NBQWlCLENBQUMsSUFBSSxJQUFJO0FBQUEsUUFDeEYsSUFBRyxPQUFPLFVBQU0sbUNBQWtCLFVBQVUsQ0FBQyxVQUFNLCtCQUFXLEtBQUssRUFBRSxPQUFPLENBQUMsRUFBRSxPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQ2xHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
