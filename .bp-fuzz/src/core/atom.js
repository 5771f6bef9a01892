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
var atom_exports = {};
__export(atom_exports, {
  AtomError: () => AtomError,
  atomMatches: () => atomMatches,
  formatAtom: () => formatAtom,
  isValidCategory: () => isValidCategory,
  isValidPackageName: () => isValidPackageName,
  isValidRepoName: () => isValidRepoName,
  isValidSlotName: () => isValidSlotName,
  isValidUseFlagName: () => isValidUseFlagName,
  parseAtom: () => parseAtom,
  parseCpv: () => parseCpv,
  splitPackageVersion: () => splitPackageVersion,
  tryParseAtom: () => tryParseAtom
});
module.exports = __toCommonJS(atom_exports);
var import_userError = require("./userError");
var import_version = require("./version");
class AtomError extends import_userError.UserError {
  constructor(text, reason) {
    super(`"${text}" is not a valid atom: ${reason}.`, "Write it as [op]category/package[-version][:slot][::repo][use,deps], e.g. >=dev-libs/openssl-3.0:0/3[ssl].", "invalid-atom");
    this.text = text;
    this.reason = reason;
  }
  text;
  reason;
}
const CATEGORY_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_-]*$/;
const SLOT_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const USE_RE = /^[A-Za-z0-9][A-Za-z0-9+_@-]*$/;
const USE_DEP_RE = /^(!|-)?([^?=()!-][^?=()]*?)(\(\+\)|\(-\))?([?=])?$/;
function isValidCategory(name) {
  return CATEGORY_RE.test(name);
}
function isValidPackageName(name) {
  if (!NAME_RE.test(name)) return false;
  const parts = name.split("-");
  for (let i = 1; i < parts.length; i++) if ((0, import_version.isValidVersion)(parts.slice(i).join("-"))) return false;
  return true;
}
function isValidRepoName(name) {
  return /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(name) && isValidPackageName(name);
}
function isValidSlotName(name) {
  return SLOT_RE.test(name);
}
function isValidUseFlagName(name) {
  return USE_RE.test(name);
}
function splitPackageVersion(pnv) {
  const parts = pnv.split("-");
  for (let i = 1; i < parts.length; i++) {
    const version = parts.slice(i).join("-");
    if ((0, import_version.isValidVersion)(version)) return { pn: parts.slice(0, i).join("-"), version };
  }
  return void 0;
}
function eapiNumber(eapi) {
  if (eapi === void 0) return Infinity;
  const n = Number.parseInt(eapi, 10);
  return Number.isNaN(n) ? Infinity : n;
}
function parseUseDeps(text, body, eapi) {
  if (eapi < 2) throw new AtomError(text, "USE dependencies need EAPI 2 or later");
  if (body.trim() === "") throw new AtomError(text, "the USE dependency list [] is empty");
  return body.split(",").map((raw) => {
    const m = USE_DEP_RE.exec(raw);
    if (!m) throw new AtomError(text, `"${raw}" is not a USE dependency (use foo, -foo, foo=, !foo=, foo? or !foo?)`);
    const [, prefix, name, def, cond] = m;
    if (!isValidUseFlagName(name)) throw new AtomError(text, `"${name}" is not a valid USE flag name`);
    if (def && eapi < 4) throw new AtomError(text, `USE defaults like ${def} need EAPI 4 or later`);
    const dep = { name, enabled: true };
    if (def) dep.default = def;
    if (cond) {
      if (prefix === "-") throw new AtomError(text, `"${raw}" mixes "-" with "${cond}"`);
      dep.conditional = (prefix === "!" ? "!" : "") + cond;
      dep.enabled = prefix !== "!";
    } else {
      if (prefix === "!") throw new AtomError(text, `"${raw}": "!" needs "=" or "?" after the flag`);
      dep.enabled = prefix !== "-";
    }
    return dep;
  });
}
function parseAtom(text, options = {}) {
  const eapi = eapiNumber(options.eapi);
  let rest = text;
  const atom = { text, category: "", pn: "", useDeps: [] };
  if (rest !== rest.trim() || rest === "") throw new AtomError(text, rest === "" ? "it is empty" : "it has surrounding whitespace");
  const blocker = /^!!?/.exec(rest)?.[0];
  if (blocker) {
    if (blocker === "!!" && eapi < 2) throw new AtomError(text, "strong blockers (!!) need EAPI 2 or later");
    atom.blocker = blocker;
    rest = rest.slice(blocker.length);
  }
  const op = /^(<=|>=|<|>|=|~)/.exec(rest)?.[0];
  if (op) rest = rest.slice(op.length);
  if (rest.endsWith("]")) {
    const open = rest.indexOf("[");
    if (open < 0) throw new AtomError(text, 'a "]" has no matching "["');
    atom.useDeps = parseUseDeps(text, rest.slice(open + 1, -1), eapi);
    rest = rest.slice(0, open);
  }
  if (/[[\]]/.test(rest)) throw new AtomError(text, "USE dependencies [...] must come last");
  const repoAt = rest.indexOf("::");
  if (repoAt >= 0) {
    const repo = rest.slice(repoAt + 2);
    if (options.eapi !== void 0) throw new AtomError(text, "::repo is a Portage extension and is not allowed in ebuilds");
    if (!isValidRepoName(repo)) throw new AtomError(text, `"${repo}" is not a valid repository name`);
    atom.repo = repo;
    rest = rest.slice(0, repoAt);
  }
  const slotAt = rest.indexOf(":");
  if (slotAt >= 0) {
    parseSlot(text, rest.slice(slotAt + 1), atom, eapi);
    rest = rest.slice(0, slotAt);
  }
  let glob = false;
  if (rest.endsWith("*")) {
    if (op !== "=") throw new AtomError(text, 'a trailing "*" is only allowed with the "=" operator');
    glob = true;
    rest = rest.slice(0, -1);
  }
  const slash = rest.indexOf("/");
  if (slash < 0 || rest.indexOf("/", slash + 1) >= 0) throw new AtomError(text, 'it needs exactly one "/" between category and package');
  const category = rest.slice(0, slash);
  const pnv = rest.slice(slash + 1);
  if (!isValidCategory(category)) throw new AtomError(text, `"${category}" is not a valid category name`);
  atom.category = category;
  if (op) {
    const split = splitPackageVersion(pnv);
    if (!split) throw new AtomError(text, `the operator "${op}" needs a version (e.g. ${op}${category}/${pnv}-1.0)`);
    if (!isValidPackageName(split.pn)) throw new AtomError(text, `"${split.pn}" is not a valid package name`);
    atom.pn = split.pn;
    atom.version = split.version;
    atom.op = glob ? "=*" : op;
  } else {
    if (!isValidPackageName(pnv)) {
      const hint = splitPackageVersion(pnv) ? ` (a version needs an operator, e.g. =${category}/${pnv})` : "";
      throw new AtomError(text, `"${pnv}" is not a valid package name${hint}`);
    }
    atom.pn = pnv;
  }
  return atom;
}
function parseSlot(text, slotText, atom, eapi) {
  if (eapi < 1) throw new AtomError(text, "slot dependencies need EAPI 1 or later");
  if (slotText === "*" || slotText === "=") {
    if (eapi < 5) throw new AtomError(text, "slot operators need EAPI 5 or later");
    atom.slotOp = slotText;
    return;
  }
  let s = slotText;
  if (s.endsWith("=")) {
    if (eapi < 5) throw new AtomError(text, "slot operators need EAPI 5 or later");
    atom.slotOp = "=";
    s = s.slice(0, -1);
  }
  const [slot, subslot, extra] = s.split("/");
  if (extra !== void 0 || !isValidSlotName(slot) || subslot !== void 0 && !isValidSlotName(subslot)) {
    throw new AtomError(text, `":${slotText}" is not a valid slot (use :SLOT, :SLOT/SUBSLOT, :SLOT=, := or :*)`);
  }
  if (subslot !== void 0 && eapi < 5) throw new AtomError(text, "sub-slots need EAPI 5 or later");
  atom.slot = slot;
  if (subslot !== void 0) atom.subslot = subslot;
}
function tryParseAtom(text, options = {}) {
  try {
    return { ok: true, atom: parseAtom(text, options) };
  } catch (e) {
    if (e instanceof AtomError) return { ok: false, error: e };
    throw e;
  }
}
function formatUseDep(d) {
  const def = d.default ?? "";
  if (!d.conditional) return `${d.enabled ? "" : "-"}${d.name}${def}`;
  const bang = d.conditional.startsWith("!") ? "!" : "";
  return `${bang}${d.name}${def}${d.conditional.slice(bang.length)}`;
}
function formatAtom(a) {
  let s = (a.blocker ?? "") + (a.op === "=*" ? "=" : a.op ?? "") + `${a.category}/${a.pn}`;
  if (a.version !== void 0) s += `-${a.version}${a.op === "=*" ? "*" : ""}`;
  if (a.slot !== void 0 || a.slotOp) {
    s += ":" + (a.slot ?? "") + (a.subslot !== void 0 ? `/${a.subslot}` : "") + (a.slotOp ?? "");
  }
  if (a.repo) s += `::${a.repo}`;
  if (a.useDeps.length) s += `[${a.useDeps.map(formatUseDep).join(",")}]`;
  return s;
}
function parseCpv(text) {
  const a = parseAtom(`=${text}`);
  if (a.op !== "=" || a.blocker || a.useDeps.length || a.slotOp) throw new AtomError(text, "it is not a plain category/package-version");
  return { category: a.category, pn: a.pn, version: a.version, slot: a.slot, subslot: a.subslot, repo: a.repo };
}
function atomMatches(atom, pkg) {
  const a = typeof atom === "string" ? parseAtom(atom) : atom;
  const p = typeof pkg === "string" ? parseCpv(pkg) : pkg;
  if (a.category !== p.category || a.pn !== p.pn) return false;
  if (a.slot !== void 0 && p.slot !== void 0 && a.slot !== p.slot) return false;
  if (a.subslot !== void 0 && p.subslot !== void 0 && a.subslot !== p.subslot) return false;
  if (a.repo !== void 0 && p.repo !== void 0 && a.repo !== p.repo) return false;
  if (!a.op || a.version === void 0) return true;
  return versionSatisfies(a.op, (0, import_version.parseVersion)(a.version), (0, import_version.parseVersion)(p.version));
}
function versionSatisfies(op, want, have) {
  switch (op) {
    case "=*":
      return (0, import_version.versionMatchesGlob)(want, have);
    case "~":
      return (0, import_version.compareVersionsIgnoringRevision)(have, want) === 0;
    case "=":
      return (0, import_version.compareVersions)(have, want) === 0;
    case "<":
      return (0, import_version.compareVersions)(have, want) < 0;
    case "<=":
      return (0, import_version.compareVersions)(have, want) <= 0;
    case ">":
      return (0, import_version.compareVersions)(have, want) > 0;
    case ">=":
      return (0, import_version.compareVersions)(have, want) >= 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AtomError,
  atomMatches,
  formatAtom,
  isValidCategory,
  isValidPackageName,
  isValidRepoName,
  isValidSlotName,
  isValidUseFlagName,
  parseAtom,
  parseCpv,
  splitPackageVersion,
  tryParseAtom
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvYXRvbS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBQYWNrYWdlIGRlcGVuZGVuY3kgc3BlY2lmaWNhdGlvbnMgKFwiYXRvbXNcIiwgUE1TIFx1MDBBNzguMykgYW5kIHRoZSBuYW1lcyBpbiB0aGVtIChQTVMgXHUwMEE3My4xKS5cbiAqIEVycm9yIHN0eWxlOiBgcGFyc2VBdG9tYCB0aHJvd3MgYW4gYEF0b21FcnJvcmAgKGEgVXNlckVycm9yLCBjb2RlIGBpbnZhbGlkLWF0b21gKSB3aG9zZSBtZXNzYWdlXG4gKiBxdW90ZXMgdGhlIGF0b20gYW5kIHNheXMgd2hhdCBpcyB3cm9uZzsgYHRyeVBhcnNlQXRvbWAgcmV0dXJucyBgeyBvaywgYXRvbSB8IGVycm9yIH1gIGluc3RlYWQuXG4gKiBgOjpyZXBvYCBpcyBhIFBvcnRhZ2UgZXh0ZW5zaW9uIChub3QgUE1TKTsgaXQgaXMgYWNjZXB0ZWQgdW5sZXNzIGFuIEVBUEkgaXMgZ2l2ZW4uXG4gKi9cbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4vdXNlckVycm9yJztcbmltcG9ydCB7XG4gIGNvbXBhcmVWZXJzaW9ucywgY29tcGFyZVZlcnNpb25zSWdub3JpbmdSZXZpc2lvbiwgaXNWYWxpZFZlcnNpb24sIHBhcnNlVmVyc2lvbiwgdmVyc2lvbk1hdGNoZXNHbG9iLCB0eXBlIFZlcnNpb24sXG59IGZyb20gJy4vdmVyc2lvbic7XG5cbmV4cG9ydCB0eXBlIEF0b21PcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPScgfCAnficgfCAnPj0nIHwgJz4nIHwgJz0qJztcblxuZXhwb3J0IGludGVyZmFjZSBVc2VEZXAge1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBgZm9vYCwgYGZvbz9gLCBgZm9vPWAgXHUyMTkyIHRydWU7IGAtZm9vYCwgYCFmb28/YCwgYCFmb289YCBcdTIxOTIgZmFsc2UuICovXG4gIGVuYWJsZWQ6IGJvb2xlYW47XG4gIC8qKiBgP2AgKGZvbz8pLCBgIT9gICghZm9vPyksIGA9YCAoZm9vPSksIGAhPWAgKCFmb289KTsgYWJzZW50IGZvciBwbGFpbiBgZm9vYCAvIGAtZm9vYC4gKi9cbiAgY29uZGl0aW9uYWw/OiAnPycgfCAnIT8nIHwgJz0nIHwgJyE9JztcbiAgLyoqIGAoKylgIC8gYCgtKWA6IHdoYXQgdG8gYXNzdW1lIHdoZW4gdGhlIHRhcmdldCBsYWNrcyB0aGUgZmxhZyAoRUFQSSA0KS4gKi9cbiAgZGVmYXVsdD86ICcoKyknIHwgJygtKSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXRvbSB7XG4gIC8qKiBUaGUgdGV4dCBwYXJzZWQuICovXG4gIHRleHQ6IHN0cmluZztcbiAgYmxvY2tlcj86ICchJyB8ICchISc7XG4gIC8qKiBgPSpgIGlzIGA9Y2F0L3BrZy0xLjIqYC4gKi9cbiAgb3A/OiBBdG9tT3BlcmF0b3I7XG4gIGNhdGVnb3J5OiBzdHJpbmc7XG4gIHBuOiBzdHJpbmc7XG4gIC8qKiBWZXJzaW9uIHdpdGggcmV2aXNpb24sIHdoZW4gdGhlcmUgaXMgYW4gb3BlcmF0b3IuICovXG4gIHZlcnNpb24/OiBzdHJpbmc7XG4gIHNsb3Q/OiBzdHJpbmc7XG4gIHN1YnNsb3Q/OiBzdHJpbmc7XG4gIHNsb3RPcD86ICc9JyB8ICcqJztcbiAgcmVwbz86IHN0cmluZztcbiAgdXNlRGVwczogVXNlRGVwW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUGFyc2VBdG9tT3B0aW9ucyB7XG4gIC8qKiBXaGVuIHNldCwgZmVhdHVyZXMgdGhlIEVBUEkgbGFja3MgYXJlIHJlamVjdGVkIChhbmQgYDo6cmVwb2AsIHdoaWNoIG5vIEVBUEkgaGFzKS4gKi9cbiAgZWFwaT86IHN0cmluZztcbn1cblxuZXhwb3J0IGNsYXNzIEF0b21FcnJvciBleHRlbmRzIFVzZXJFcnJvciB7XG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IHRleHQ6IHN0cmluZywgcmVhZG9ubHkgcmVhc29uOiBzdHJpbmcpIHtcbiAgICBzdXBlcihgXCIke3RleHR9XCIgaXMgbm90IGEgdmFsaWQgYXRvbTogJHtyZWFzb259LmAsICdXcml0ZSBpdCBhcyBbb3BdY2F0ZWdvcnkvcGFja2FnZVstdmVyc2lvbl1bOnNsb3RdWzo6cmVwb11bdXNlLGRlcHNdLCBlLmcuID49ZGV2LWxpYnMvb3BlbnNzbC0zLjA6MC8zW3NzbF0uJywgJ2ludmFsaWQtYXRvbScpO1xuICB9XG59XG5cbmNvbnN0IENBVEVHT1JZX1JFID0gL15bQS1aYS16MC05X11bQS1aYS16MC05K18uLV0qJC87XG5jb25zdCBOQU1FX1JFID0gL15bQS1aYS16MC05X11bQS1aYS16MC05K18tXSokLztcbmNvbnN0IFNMT1RfUkUgPSAvXltBLVphLXowLTlfXVtBLVphLXowLTkrXy4tXSokLztcbmNvbnN0IFVTRV9SRSA9IC9eW0EtWmEtejAtOV1bQS1aYS16MC05K19ALV0qJC87XG5jb25zdCBVU0VfREVQX1JFID0gL14oIXwtKT8oW14/PSgpIS1dW14/PSgpXSo/KShcXChcXCtcXCl8XFwoLVxcKSk/KFs/PV0pPyQvO1xuXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZENhdGVnb3J5KG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gQ0FURUdPUllfUkUudGVzdChuYW1lKTtcbn1cblxuLyoqIFBNUyAzLjEuMjogYWxzbyBtdXN0IG5vdCBlbmQgaW4gYSBoeXBoZW4gZm9sbG93ZWQgYnkgc29tZXRoaW5nIHRoYXQgaXMgYSB2YWxpZCB2ZXJzaW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVmFsaWRQYWNrYWdlTmFtZShuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKCFOQU1FX1JFLnRlc3QobmFtZSkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcGFydHMgPSBuYW1lLnNwbGl0KCctJyk7XG4gIGZvciAobGV0IGkgPSAxOyBpIDwgcGFydHMubGVuZ3RoOyBpKyspIGlmIChpc1ZhbGlkVmVyc2lvbihwYXJ0cy5zbGljZShpKS5qb2luKCctJykpKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogUE1TIDMuMS41OiByZXBvc2l0b3J5IG5hbWVzIGFsc28gbXVzdCBiZSB2YWxpZCBwYWNrYWdlIG5hbWVzLCBhbmQgY2Fubm90IHN0YXJ0IHdpdGggYSBoeXBoZW4uICovXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZFJlcG9OYW1lKG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gL15bQS1aYS16MC05X11bQS1aYS16MC05Xy1dKiQvLnRlc3QobmFtZSkgJiYgaXNWYWxpZFBhY2thZ2VOYW1lKG5hbWUpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZFNsb3ROYW1lKG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gU0xPVF9SRS50ZXN0KG5hbWUpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZFVzZUZsYWdOYW1lKG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gVVNFX1JFLnRlc3QobmFtZSk7XG59XG5cbi8qKiBTcGxpdCBgcG4tdmVyYCBhdCB0aGUgZmlyc3QgaHlwaGVuIGFmdGVyIHdoaWNoIHRoZSByZXN0IGlzIGEgdmFsaWQgdmVyc2lvbiAoUE4gaXMgdmFsaWRhdGVkIGJ5IHRoZSBjYWxsZXIpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0UGFja2FnZVZlcnNpb24ocG52OiBzdHJpbmcpOiB7IHBuOiBzdHJpbmc7IHZlcnNpb246IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcGFydHMgPSBwbnYuc3BsaXQoJy0nKTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPCBwYXJ0cy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IHZlcnNpb24gPSBwYXJ0cy5zbGljZShpKS5qb2luKCctJyk7XG4gICAgaWYgKGlzVmFsaWRWZXJzaW9uKHZlcnNpb24pKSByZXR1cm4geyBwbjogcGFydHMuc2xpY2UoMCwgaSkuam9pbignLScpLCB2ZXJzaW9uIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gZWFwaU51bWJlcihlYXBpOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBudW1iZXIge1xuICBpZiAoZWFwaSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gSW5maW5pdHk7XG4gIGNvbnN0IG4gPSBOdW1iZXIucGFyc2VJbnQoZWFwaSwgMTApO1xuICByZXR1cm4gTnVtYmVyLmlzTmFOKG4pID8gSW5maW5pdHkgOiBuO1xufVxuXG5mdW5jdGlvbiBwYXJzZVVzZURlcHModGV4dDogc3RyaW5nLCBib2R5OiBzdHJpbmcsIGVhcGk6IG51bWJlcik6IFVzZURlcFtdIHtcbiAgaWYgKGVhcGkgPCAyKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsICdVU0UgZGVwZW5kZW5jaWVzIG5lZWQgRUFQSSAyIG9yIGxhdGVyJyk7XG4gIGlmIChib2R5LnRyaW0oKSA9PT0gJycpIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgJ3RoZSBVU0UgZGVwZW5kZW5jeSBsaXN0IFtdIGlzIGVtcHR5Jyk7XG4gIHJldHVybiBib2R5LnNwbGl0KCcsJykubWFwKChyYXcpID0+IHtcbiAgICBjb25zdCBtID0gVVNFX0RFUF9SRS5leGVjKHJhdyk7XG4gICAgaWYgKCFtKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsIGBcIiR7cmF3fVwiIGlzIG5vdCBhIFVTRSBkZXBlbmRlbmN5ICh1c2UgZm9vLCAtZm9vLCBmb289LCAhZm9vPSwgZm9vPyBvciAhZm9vPylgKTtcbiAgICBjb25zdCBbLCBwcmVmaXgsIG5hbWUsIGRlZiwgY29uZF0gPSBtO1xuICAgIGlmICghaXNWYWxpZFVzZUZsYWdOYW1lKG5hbWUpKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsIGBcIiR7bmFtZX1cIiBpcyBub3QgYSB2YWxpZCBVU0UgZmxhZyBuYW1lYCk7XG4gICAgaWYgKGRlZiAmJiBlYXBpIDwgNCkgdGhyb3cgbmV3IEF0b21FcnJvcih0ZXh0LCBgVVNFIGRlZmF1bHRzIGxpa2UgJHtkZWZ9IG5lZWQgRUFQSSA0IG9yIGxhdGVyYCk7XG4gICAgY29uc3QgZGVwOiBVc2VEZXAgPSB7IG5hbWUsIGVuYWJsZWQ6IHRydWUgfTtcbiAgICBpZiAoZGVmKSBkZXAuZGVmYXVsdCA9IGRlZiBhcyAnKCspJyB8ICcoLSknO1xuICAgIGlmIChjb25kKSB7XG4gICAgICBpZiAocHJlZml4ID09PSAnLScpIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgYFwiJHtyYXd9XCIgbWl4ZXMgXCItXCIgd2l0aCBcIiR7Y29uZH1cImApO1xuICAgICAgZGVwLmNvbmRpdGlvbmFsID0gKChwcmVmaXggPT09ICchJyA/ICchJyA6ICcnKSArIGNvbmQpIGFzIFVzZURlcFsnY29uZGl0aW9uYWwnXTtcbiAgICAgIGRlcC5lbmFibGVkID0gcHJlZml4ICE9PSAnISc7XG4gICAgfSBlbHNlIHtcbiAgICAgIGlmIChwcmVmaXggPT09ICchJykgdGhyb3cgbmV3IEF0b21FcnJvcih0ZXh0LCBgXCIke3Jhd31cIjogXCIhXCIgbmVlZHMgXCI9XCIgb3IgXCI/XCIgYWZ0ZXIgdGhlIGZsYWdgKTtcbiAgICAgIGRlcC5lbmFibGVkID0gcHJlZml4ICE9PSAnLSc7XG4gICAgfVxuICAgIHJldHVybiBkZXA7XG4gIH0pO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VBdG9tKHRleHQ6IHN0cmluZywgb3B0aW9uczogUGFyc2VBdG9tT3B0aW9ucyA9IHt9KTogQXRvbSB7XG4gIGNvbnN0IGVhcGkgPSBlYXBpTnVtYmVyKG9wdGlvbnMuZWFwaSk7XG4gIGxldCByZXN0ID0gdGV4dDtcbiAgY29uc3QgYXRvbTogQXRvbSA9IHsgdGV4dCwgY2F0ZWdvcnk6ICcnLCBwbjogJycsIHVzZURlcHM6IFtdIH07XG4gIGlmIChyZXN0ICE9PSByZXN0LnRyaW0oKSB8fCByZXN0ID09PSAnJykgdGhyb3cgbmV3IEF0b21FcnJvcih0ZXh0LCByZXN0ID09PSAnJyA/ICdpdCBpcyBlbXB0eScgOiAnaXQgaGFzIHN1cnJvdW5kaW5nIHdoaXRlc3BhY2UnKTtcblxuICBjb25zdCBibG9ja2VyID0gL14hIT8vLmV4ZWMocmVzdCk/LlswXSBhcyAnIScgfCAnISEnIHwgdW5kZWZpbmVkO1xuICBpZiAoYmxvY2tlcikge1xuICAgIGlmIChibG9ja2VyID09PSAnISEnICYmIGVhcGkgPCAyKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsICdzdHJvbmcgYmxvY2tlcnMgKCEhKSBuZWVkIEVBUEkgMiBvciBsYXRlcicpO1xuICAgIGF0b20uYmxvY2tlciA9IGJsb2NrZXI7XG4gICAgcmVzdCA9IHJlc3Quc2xpY2UoYmxvY2tlci5sZW5ndGgpO1xuICB9XG4gIGNvbnN0IG9wID0gL14oPD18Pj18PHw+fD18fikvLmV4ZWMocmVzdCk/LlswXSBhcyBBdG9tT3BlcmF0b3IgfCB1bmRlZmluZWQ7XG4gIGlmIChvcCkgcmVzdCA9IHJlc3Quc2xpY2Uob3AubGVuZ3RoKTtcblxuICBpZiAocmVzdC5lbmRzV2l0aCgnXScpKSB7XG4gICAgY29uc3Qgb3BlbiA9IHJlc3QuaW5kZXhPZignWycpO1xuICAgIGlmIChvcGVuIDwgMCkgdGhyb3cgbmV3IEF0b21FcnJvcih0ZXh0LCAnYSBcIl1cIiBoYXMgbm8gbWF0Y2hpbmcgXCJbXCInKTtcbiAgICBhdG9tLnVzZURlcHMgPSBwYXJzZVVzZURlcHModGV4dCwgcmVzdC5zbGljZShvcGVuICsgMSwgLTEpLCBlYXBpKTtcbiAgICByZXN0ID0gcmVzdC5zbGljZSgwLCBvcGVuKTtcbiAgfVxuICBpZiAoL1tbXFxdXS8udGVzdChyZXN0KSkgdGhyb3cgbmV3IEF0b21FcnJvcih0ZXh0LCAnVVNFIGRlcGVuZGVuY2llcyBbLi4uXSBtdXN0IGNvbWUgbGFzdCcpO1xuXG4gIGNvbnN0IHJlcG9BdCA9IHJlc3QuaW5kZXhPZignOjonKTtcbiAgaWYgKHJlcG9BdCA+PSAwKSB7XG4gICAgY29uc3QgcmVwbyA9IHJlc3Quc2xpY2UocmVwb0F0ICsgMik7XG4gICAgaWYgKG9wdGlvbnMuZWFwaSAhPT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsICc6OnJlcG8gaXMgYSBQb3J0YWdlIGV4dGVuc2lvbiBhbmQgaXMgbm90IGFsbG93ZWQgaW4gZWJ1aWxkcycpO1xuICAgIGlmICghaXNWYWxpZFJlcG9OYW1lKHJlcG8pKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsIGBcIiR7cmVwb31cIiBpcyBub3QgYSB2YWxpZCByZXBvc2l0b3J5IG5hbWVgKTtcbiAgICBhdG9tLnJlcG8gPSByZXBvO1xuICAgIHJlc3QgPSByZXN0LnNsaWNlKDAsIHJlcG9BdCk7XG4gIH1cblxuICBjb25zdCBzbG90QXQgPSByZXN0LmluZGV4T2YoJzonKTtcbiAgaWYgKHNsb3RBdCA+PSAwKSB7XG4gICAgcGFyc2VTbG90KHRleHQsIHJlc3Quc2xpY2Uoc2xvdEF0ICsgMSksIGF0b20sIGVhcGkpO1xuICAgIHJlc3QgPSByZXN0LnNsaWNlKDAsIHNsb3RBdCk7XG4gIH1cblxuICBsZXQgZ2xvYiA9IGZhbHNlO1xuICBpZiAocmVzdC5lbmRzV2l0aCgnKicpKSB7XG4gICAgaWYgKG9wICE9PSAnPScpIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgJ2EgdHJhaWxpbmcgXCIqXCIgaXMgb25seSBhbGxvd2VkIHdpdGggdGhlIFwiPVwiIG9wZXJhdG9yJyk7XG4gICAgZ2xvYiA9IHRydWU7XG4gICAgcmVzdCA9IHJlc3Quc2xpY2UoMCwgLTEpO1xuICB9XG5cbiAgY29uc3Qgc2xhc2ggPSByZXN0LmluZGV4T2YoJy8nKTtcbiAgaWYgKHNsYXNoIDwgMCB8fCByZXN0LmluZGV4T2YoJy8nLCBzbGFzaCArIDEpID49IDApIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgJ2l0IG5lZWRzIGV4YWN0bHkgb25lIFwiL1wiIGJldHdlZW4gY2F0ZWdvcnkgYW5kIHBhY2thZ2UnKTtcbiAgY29uc3QgY2F0ZWdvcnkgPSByZXN0LnNsaWNlKDAsIHNsYXNoKTtcbiAgY29uc3QgcG52ID0gcmVzdC5zbGljZShzbGFzaCArIDEpO1xuICBpZiAoIWlzVmFsaWRDYXRlZ29yeShjYXRlZ29yeSkpIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgYFwiJHtjYXRlZ29yeX1cIiBpcyBub3QgYSB2YWxpZCBjYXRlZ29yeSBuYW1lYCk7XG4gIGF0b20uY2F0ZWdvcnkgPSBjYXRlZ29yeTtcblxuICBpZiAob3ApIHtcbiAgICBjb25zdCBzcGxpdCA9IHNwbGl0UGFja2FnZVZlcnNpb24ocG52KTtcbiAgICBpZiAoIXNwbGl0KSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsIGB0aGUgb3BlcmF0b3IgXCIke29wfVwiIG5lZWRzIGEgdmVyc2lvbiAoZS5nLiAke29wfSR7Y2F0ZWdvcnl9LyR7cG52fS0xLjApYCk7XG4gICAgaWYgKCFpc1ZhbGlkUGFja2FnZU5hbWUoc3BsaXQucG4pKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsIGBcIiR7c3BsaXQucG59XCIgaXMgbm90IGEgdmFsaWQgcGFja2FnZSBuYW1lYCk7XG4gICAgYXRvbS5wbiA9IHNwbGl0LnBuO1xuICAgIGF0b20udmVyc2lvbiA9IHNwbGl0LnZlcnNpb247XG4gICAgYXRvbS5vcCA9IGdsb2IgPyAnPSonIDogb3A7XG4gIH0gZWxzZSB7XG4gICAgaWYgKCFpc1ZhbGlkUGFja2FnZU5hbWUocG52KSkge1xuICAgICAgY29uc3QgaGludCA9IHNwbGl0UGFja2FnZVZlcnNpb24ocG52KSA/IGAgKGEgdmVyc2lvbiBuZWVkcyBhbiBvcGVyYXRvciwgZS5nLiA9JHtjYXRlZ29yeX0vJHtwbnZ9KWAgOiAnJztcbiAgICAgIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgYFwiJHtwbnZ9XCIgaXMgbm90IGEgdmFsaWQgcGFja2FnZSBuYW1lJHtoaW50fWApO1xuICAgIH1cbiAgICBhdG9tLnBuID0gcG52O1xuICB9XG4gIHJldHVybiBhdG9tO1xufVxuXG5mdW5jdGlvbiBwYXJzZVNsb3QodGV4dDogc3RyaW5nLCBzbG90VGV4dDogc3RyaW5nLCBhdG9tOiBBdG9tLCBlYXBpOiBudW1iZXIpOiB2b2lkIHtcbiAgaWYgKGVhcGkgPCAxKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsICdzbG90IGRlcGVuZGVuY2llcyBuZWVkIEVBUEkgMSBvciBsYXRlcicpO1xuICBpZiAoc2xvdFRleHQgPT09ICcqJyB8fCBzbG90VGV4dCA9PT0gJz0nKSB7XG4gICAgaWYgKGVhcGkgPCA1KSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsICdzbG90IG9wZXJhdG9ycyBuZWVkIEVBUEkgNSBvciBsYXRlcicpO1xuICAgIGF0b20uc2xvdE9wID0gc2xvdFRleHQ7XG4gICAgcmV0dXJuO1xuICB9XG4gIGxldCBzID0gc2xvdFRleHQ7XG4gIGlmIChzLmVuZHNXaXRoKCc9JykpIHtcbiAgICBpZiAoZWFwaSA8IDUpIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgJ3Nsb3Qgb3BlcmF0b3JzIG5lZWQgRUFQSSA1IG9yIGxhdGVyJyk7XG4gICAgYXRvbS5zbG90T3AgPSAnPSc7XG4gICAgcyA9IHMuc2xpY2UoMCwgLTEpO1xuICB9XG4gIGNvbnN0IFtzbG90LCBzdWJzbG90LCBleHRyYV0gPSBzLnNwbGl0KCcvJyk7XG4gIGlmIChleHRyYSAhPT0gdW5kZWZpbmVkIHx8ICFpc1ZhbGlkU2xvdE5hbWUoc2xvdCkgfHwgKHN1YnNsb3QgIT09IHVuZGVmaW5lZCAmJiAhaXNWYWxpZFNsb3ROYW1lKHN1YnNsb3QpKSkge1xuICAgIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgYFwiOiR7c2xvdFRleHR9XCIgaXMgbm90IGEgdmFsaWQgc2xvdCAodXNlIDpTTE9ULCA6U0xPVC9TVUJTTE9ULCA6U0xPVD0sIDo9IG9yIDoqKWApO1xuICB9XG4gIGlmIChzdWJzbG90ICE9PSB1bmRlZmluZWQgJiYgZWFwaSA8IDUpIHRocm93IG5ldyBBdG9tRXJyb3IodGV4dCwgJ3N1Yi1zbG90cyBuZWVkIEVBUEkgNSBvciBsYXRlcicpO1xuICBhdG9tLnNsb3QgPSBzbG90O1xuICBpZiAoc3Vic2xvdCAhPT0gdW5kZWZpbmVkKSBhdG9tLnN1YnNsb3QgPSBzdWJzbG90O1xufVxuXG5leHBvcnQgdHlwZSBQYXJzZUF0b21SZXN1bHQgPSB7IG9rOiB0cnVlOyBhdG9tOiBBdG9tIH0gfCB7IG9rOiBmYWxzZTsgZXJyb3I6IEF0b21FcnJvciB9O1xuXG5leHBvcnQgZnVuY3Rpb24gdHJ5UGFyc2VBdG9tKHRleHQ6IHN0cmluZywgb3B0aW9uczogUGFyc2VBdG9tT3B0aW9ucyA9IHt9KTogUGFyc2VBdG9tUmVzdWx0IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4geyBvazogdHJ1ZSwgYXRvbTogcGFyc2VBdG9tKHRleHQsIG9wdGlvbnMpIH07XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoZSBpbnN0YW5jZW9mIEF0b21FcnJvcikgcmV0dXJuIHsgb2s6IGZhbHNlLCBlcnJvcjogZSB9O1xuICAgIHRocm93IGU7XG4gIH1cbn1cblxuZnVuY3Rpb24gZm9ybWF0VXNlRGVwKGQ6IFVzZURlcCk6IHN0cmluZyB7XG4gIGNvbnN0IGRlZiA9IGQuZGVmYXVsdCA/PyAnJztcbiAgaWYgKCFkLmNvbmRpdGlvbmFsKSByZXR1cm4gYCR7ZC5lbmFibGVkID8gJycgOiAnLSd9JHtkLm5hbWV9JHtkZWZ9YDtcbiAgY29uc3QgYmFuZyA9IGQuY29uZGl0aW9uYWwuc3RhcnRzV2l0aCgnIScpID8gJyEnIDogJyc7XG4gIHJldHVybiBgJHtiYW5nfSR7ZC5uYW1lfSR7ZGVmfSR7ZC5jb25kaXRpb25hbC5zbGljZShiYW5nLmxlbmd0aCl9YDtcbn1cblxuLyoqIENhbm9uaWNhbCB0ZXh0IG9mIGFuIGF0b20gKHBhcnNlQXRvbShmb3JtYXRBdG9tKGEpKSBlcXVhbHMgYSwgYHRleHRgIGFzaWRlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRBdG9tKGE6IE9taXQ8QXRvbSwgJ3RleHQnPik6IHN0cmluZyB7XG4gIGxldCBzID0gKGEuYmxvY2tlciA/PyAnJykgKyAoYS5vcCA9PT0gJz0qJyA/ICc9JyA6IGEub3AgPz8gJycpICsgYCR7YS5jYXRlZ29yeX0vJHthLnBufWA7XG4gIGlmIChhLnZlcnNpb24gIT09IHVuZGVmaW5lZCkgcyArPSBgLSR7YS52ZXJzaW9ufSR7YS5vcCA9PT0gJz0qJyA/ICcqJyA6ICcnfWA7XG4gIGlmIChhLnNsb3QgIT09IHVuZGVmaW5lZCB8fCBhLnNsb3RPcCkge1xuICAgIHMgKz0gJzonICsgKGEuc2xvdCA/PyAnJykgKyAoYS5zdWJzbG90ICE9PSB1bmRlZmluZWQgPyBgLyR7YS5zdWJzbG90fWAgOiAnJykgKyAoYS5zbG90T3AgPz8gJycpO1xuICB9XG4gIGlmIChhLnJlcG8pIHMgKz0gYDo6JHthLnJlcG99YDtcbiAgaWYgKGEudXNlRGVwcy5sZW5ndGgpIHMgKz0gYFske2EudXNlRGVwcy5tYXAoZm9ybWF0VXNlRGVwKS5qb2luKCcsJyl9XWA7XG4gIHJldHVybiBzO1xufVxuXG4vKiogQSBjb25jcmV0ZSBwYWNrYWdlIHRvIG1hdGNoIGFnYWluc3Q6IGBjYXQvcG4tcHZyYCB0ZXh0IG9yIGl0cyBwYXJ0cyAoc2xvdCBhbmQgcmVwbyB3aGVuIGtub3duKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFja2FnZVJlZiB7XG4gIGNhdGVnb3J5OiBzdHJpbmc7XG4gIHBuOiBzdHJpbmc7XG4gIHZlcnNpb246IHN0cmluZztcbiAgc2xvdD86IHN0cmluZztcbiAgc3Vic2xvdD86IHN0cmluZztcbiAgcmVwbz86IHN0cmluZztcbn1cblxuLyoqIGBjYXQvcG4tMS4wLXIxYCAoYW4gb3B0aW9uYWwgYDpzbG90YCBhbmQgYDo6cmVwb2AgYXJlIHJlYWQgdG9vKSBcdTIxOTIgaXRzIHBhcnRzLiBUaHJvd3MgQXRvbUVycm9yLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ3B2KHRleHQ6IHN0cmluZyk6IFBhY2thZ2VSZWYge1xuICBjb25zdCBhID0gcGFyc2VBdG9tKGA9JHt0ZXh0fWApO1xuICBpZiAoYS5vcCAhPT0gJz0nIHx8IGEuYmxvY2tlciB8fCBhLnVzZURlcHMubGVuZ3RoIHx8IGEuc2xvdE9wKSB0aHJvdyBuZXcgQXRvbUVycm9yKHRleHQsICdpdCBpcyBub3QgYSBwbGFpbiBjYXRlZ29yeS9wYWNrYWdlLXZlcnNpb24nKTtcbiAgcmV0dXJuIHsgY2F0ZWdvcnk6IGEuY2F0ZWdvcnksIHBuOiBhLnBuLCB2ZXJzaW9uOiBhLnZlcnNpb24hLCBzbG90OiBhLnNsb3QsIHN1YnNsb3Q6IGEuc3Vic2xvdCwgcmVwbzogYS5yZXBvIH07XG59XG5cbi8qKlxuICogRG9lcyBgYXRvbWAgc2VsZWN0IGBwa2dgPyBUaGUgYmxvY2tlciBtYXJrIGlzIGlnbm9yZWQgKGEgYmxvY2tlciBtYXRjaGVzIHdoYXQgaXQgYmxvY2tzKS4gU2xvdCwgc3ViLXNsb3RcbiAqIGFuZCByZXBvIGFyZSBjaGVja2VkIG9ubHkgd2hlbiBgcGtnYCBzdGF0ZXMgdGhlbTsgVVNFIGRlcGVuZGVuY2llcyBhcmUgbm90IGNoZWNrZWQgKHRoZXkgbmVlZCBVU0Ugc3RhdGUpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXRvbU1hdGNoZXMoYXRvbTogQXRvbSB8IHN0cmluZywgcGtnOiBQYWNrYWdlUmVmIHwgc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IGEgPSB0eXBlb2YgYXRvbSA9PT0gJ3N0cmluZycgPyBwYXJzZUF0b20oYXRvbSkgOiBhdG9tO1xuICBjb25zdCBwID0gdHlwZW9mIHBrZyA9PT0gJ3N0cmluZycgPyBwYXJzZUNwdihwa2cpIDogcGtnO1xuICBpZiAoYS5jYXRlZ29yeSAhPT0gcC5jYXRlZ29yeSB8fCBhLnBuICE9PSBwLnBuKSByZXR1cm4gZmFsc2U7XG4gIGlmIChhLnNsb3QgIT09IHVuZGVmaW5lZCAmJiBwLnNsb3QgIT09IHVuZGVmaW5lZCAmJiBhLnNsb3QgIT09IHAuc2xvdCkgcmV0dXJuIGZhbHNlO1xuICBpZiAoYS5zdWJzbG90ICE9PSB1bmRlZmluZWQgJiYgcC5zdWJzbG90ICE9PSB1bmRlZmluZWQgJiYgYS5zdWJzbG90ICE9PSBwLnN1YnNsb3QpIHJldHVybiBmYWxzZTtcbiAgaWYgKGEucmVwbyAhPT0gdW5kZWZpbmVkICYmIHAucmVwbyAhPT0gdW5kZWZpbmVkICYmIGEucmVwbyAhPT0gcC5yZXBvKSByZXR1cm4gZmFsc2U7XG4gIGlmICghYS5vcCB8fCBhLnZlcnNpb24gPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gIHJldHVybiB2ZXJzaW9uU2F0aXNmaWVzKGEub3AsIHBhcnNlVmVyc2lvbihhLnZlcnNpb24pLCBwYXJzZVZlcnNpb24ocC52ZXJzaW9uKSk7XG59XG5cbmZ1bmN0aW9uIHZlcnNpb25TYXRpc2ZpZXMob3A6IEF0b21PcGVyYXRvciwgd2FudDogVmVyc2lvbiwgaGF2ZTogVmVyc2lvbik6IGJvb2xlYW4ge1xuICBzd2l0Y2ggKG9wKSB7XG4gICAgY2FzZSAnPSonOiByZXR1cm4gdmVyc2lvbk1hdGNoZXNHbG9iKHdhbnQsIGhhdmUpO1xuICAgIGNhc2UgJ34nOiByZXR1cm4gY29tcGFyZVZlcnNpb25zSWdub3JpbmdSZXZpc2lvbihoYXZlLCB3YW50KSA9PT0gMDtcbiAgICBjYXNlICc9JzogcmV0dXJuIGNvbXBhcmVWZXJzaW9ucyhoYXZlLCB3YW50KSA9PT0gMDtcbiAgICBjYXNlICc8JzogcmV0dXJuIGNvbXBhcmVWZXJzaW9ucyhoYXZlLCB3YW50KSA8IDA7XG4gICAgY2FzZSAnPD0nOiByZXR1cm4gY29tcGFyZVZlcnNpb25zKGhhdmUsIHdhbnQpIDw9IDA7XG4gICAgY2FzZSAnPic6IHJldHVybiBjb21wYXJlVmVyc2lvbnMoaGF2ZSwgd2FudCkgPiAwO1xuICAgIGNhc2UgJz49JzogcmV0dXJuIGNvbXBhcmVWZXJzaW9ucyhoYXZlLCB3YW50KSA+PSAwO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHVCQUEwQjtBQUMxQixxQkFFTztBQW9DQSxNQUFNLGtCQUFrQiwyQkFBVTtBQUFBLEVBQ3ZDLFlBQXFCLE1BQXVCLFFBQWdCO0FBQzFELFVBQU0sSUFBSSxJQUFJLDBCQUEwQixNQUFNLEtBQUssOEdBQThHLGNBQWM7QUFENUo7QUFBdUI7QUFBQSxFQUU1QztBQUFBLEVBRnFCO0FBQUEsRUFBdUI7QUFHOUM7QUFFQSxNQUFNLGNBQWM7QUFDcEIsTUFBTSxVQUFVO0FBQ2hCLE1BQU0sVUFBVTtBQUNoQixNQUFNLFNBQVM7QUFDZixNQUFNLGFBQWE7QUFFWixTQUFTLGdCQUFnQixNQUF1QjtBQUNyRCxTQUFPLFlBQVksS0FBSyxJQUFJO0FBQzlCO0FBR08sU0FBUyxtQkFBbUIsTUFBdUI7QUFDeEQsTUFBSSxDQUFDLFFBQVEsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNoQyxRQUFNLFFBQVEsS0FBSyxNQUFNLEdBQUc7QUFDNUIsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxTQUFJLCtCQUFlLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRyxRQUFPO0FBQzVGLFNBQU87QUFDVDtBQUdPLFNBQVMsZ0JBQWdCLE1BQXVCO0FBQ3JELFNBQU8sK0JBQStCLEtBQUssSUFBSSxLQUFLLG1CQUFtQixJQUFJO0FBQzdFO0FBRU8sU0FBUyxnQkFBZ0IsTUFBdUI7QUFDckQsU0FBTyxRQUFRLEtBQUssSUFBSTtBQUMxQjtBQUVPLFNBQVMsbUJBQW1CLE1BQXVCO0FBQ3hELFNBQU8sT0FBTyxLQUFLLElBQUk7QUFDekI7QUFHTyxTQUFTLG9CQUFvQixLQUEwRDtBQUM1RixRQUFNLFFBQVEsSUFBSSxNQUFNLEdBQUc7QUFDM0IsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLFVBQVUsTUFBTSxNQUFNLENBQUMsRUFBRSxLQUFLLEdBQUc7QUFDdkMsWUFBSSwrQkFBZSxPQUFPLEVBQUcsUUFBTyxFQUFFLElBQUksTUFBTSxNQUFNLEdBQUcsQ0FBQyxFQUFFLEtBQUssR0FBRyxHQUFHLFFBQVE7QUFBQSxFQUNqRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBVyxNQUFrQztBQUNwRCxNQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLFFBQU0sSUFBSSxPQUFPLFNBQVMsTUFBTSxFQUFFO0FBQ2xDLFNBQU8sT0FBTyxNQUFNLENBQUMsSUFBSSxXQUFXO0FBQ3RDO0FBRUEsU0FBUyxhQUFhLE1BQWMsTUFBYyxNQUF3QjtBQUN4RSxNQUFJLE9BQU8sRUFBRyxPQUFNLElBQUksVUFBVSxNQUFNLHVDQUF1QztBQUMvRSxNQUFJLEtBQUssS0FBSyxNQUFNLEdBQUksT0FBTSxJQUFJLFVBQVUsTUFBTSxxQ0FBcUM7QUFDdkYsU0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxRQUFRO0FBQ2xDLFVBQU0sSUFBSSxXQUFXLEtBQUssR0FBRztBQUM3QixRQUFJLENBQUMsRUFBRyxPQUFNLElBQUksVUFBVSxNQUFNLElBQUksR0FBRyx1RUFBdUU7QUFDaEgsVUFBTSxDQUFDLEVBQUUsUUFBUSxNQUFNLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFFBQUksQ0FBQyxtQkFBbUIsSUFBSSxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0sSUFBSSxJQUFJLGdDQUFnQztBQUNqRyxRQUFJLE9BQU8sT0FBTyxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0scUJBQXFCLEdBQUcsdUJBQXVCO0FBQzlGLFVBQU0sTUFBYyxFQUFFLE1BQU0sU0FBUyxLQUFLO0FBQzFDLFFBQUksSUFBSyxLQUFJLFVBQVU7QUFDdkIsUUFBSSxNQUFNO0FBQ1IsVUFBSSxXQUFXLElBQUssT0FBTSxJQUFJLFVBQVUsTUFBTSxJQUFJLEdBQUcscUJBQXFCLElBQUksR0FBRztBQUNqRixVQUFJLGVBQWdCLFdBQVcsTUFBTSxNQUFNLE1BQU07QUFDakQsVUFBSSxVQUFVLFdBQVc7QUFBQSxJQUMzQixPQUFPO0FBQ0wsVUFBSSxXQUFXLElBQUssT0FBTSxJQUFJLFVBQVUsTUFBTSxJQUFJLEdBQUcsd0NBQXdDO0FBQzdGLFVBQUksVUFBVSxXQUFXO0FBQUEsSUFDM0I7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7QUFFTyxTQUFTLFVBQVUsTUFBYyxVQUE0QixDQUFDLEdBQVM7QUFDNUUsUUFBTSxPQUFPLFdBQVcsUUFBUSxJQUFJO0FBQ3BDLE1BQUksT0FBTztBQUNYLFFBQU0sT0FBYSxFQUFFLE1BQU0sVUFBVSxJQUFJLElBQUksSUFBSSxTQUFTLENBQUMsRUFBRTtBQUM3RCxNQUFJLFNBQVMsS0FBSyxLQUFLLEtBQUssU0FBUyxHQUFJLE9BQU0sSUFBSSxVQUFVLE1BQU0sU0FBUyxLQUFLLGdCQUFnQiwrQkFBK0I7QUFFaEksUUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLElBQUksQ0FBQztBQUNyQyxNQUFJLFNBQVM7QUFDWCxRQUFJLFlBQVksUUFBUSxPQUFPLEVBQUcsT0FBTSxJQUFJLFVBQVUsTUFBTSwyQ0FBMkM7QUFDdkcsU0FBSyxVQUFVO0FBQ2YsV0FBTyxLQUFLLE1BQU0sUUFBUSxNQUFNO0FBQUEsRUFDbEM7QUFDQSxRQUFNLEtBQUssbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDNUMsTUFBSSxHQUFJLFFBQU8sS0FBSyxNQUFNLEdBQUcsTUFBTTtBQUVuQyxNQUFJLEtBQUssU0FBUyxHQUFHLEdBQUc7QUFDdEIsVUFBTSxPQUFPLEtBQUssUUFBUSxHQUFHO0FBQzdCLFFBQUksT0FBTyxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0sMkJBQTJCO0FBQ25FLFNBQUssVUFBVSxhQUFhLE1BQU0sS0FBSyxNQUFNLE9BQU8sR0FBRyxFQUFFLEdBQUcsSUFBSTtBQUNoRSxXQUFPLEtBQUssTUFBTSxHQUFHLElBQUk7QUFBQSxFQUMzQjtBQUNBLE1BQUksUUFBUSxLQUFLLElBQUksRUFBRyxPQUFNLElBQUksVUFBVSxNQUFNLHVDQUF1QztBQUV6RixRQUFNLFNBQVMsS0FBSyxRQUFRLElBQUk7QUFDaEMsTUFBSSxVQUFVLEdBQUc7QUFDZixVQUFNLE9BQU8sS0FBSyxNQUFNLFNBQVMsQ0FBQztBQUNsQyxRQUFJLFFBQVEsU0FBUyxPQUFXLE9BQU0sSUFBSSxVQUFVLE1BQU0sNkRBQTZEO0FBQ3ZILFFBQUksQ0FBQyxnQkFBZ0IsSUFBSSxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0sSUFBSSxJQUFJLGtDQUFrQztBQUNoRyxTQUFLLE9BQU87QUFDWixXQUFPLEtBQUssTUFBTSxHQUFHLE1BQU07QUFBQSxFQUM3QjtBQUVBLFFBQU0sU0FBUyxLQUFLLFFBQVEsR0FBRztBQUMvQixNQUFJLFVBQVUsR0FBRztBQUNmLGNBQVUsTUFBTSxLQUFLLE1BQU0sU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJO0FBQ2xELFdBQU8sS0FBSyxNQUFNLEdBQUcsTUFBTTtBQUFBLEVBQzdCO0FBRUEsTUFBSSxPQUFPO0FBQ1gsTUFBSSxLQUFLLFNBQVMsR0FBRyxHQUFHO0FBQ3RCLFFBQUksT0FBTyxJQUFLLE9BQU0sSUFBSSxVQUFVLE1BQU0sc0RBQXNEO0FBQ2hHLFdBQU87QUFDUCxXQUFPLEtBQUssTUFBTSxHQUFHLEVBQUU7QUFBQSxFQUN6QjtBQUVBLFFBQU0sUUFBUSxLQUFLLFFBQVEsR0FBRztBQUM5QixNQUFJLFFBQVEsS0FBSyxLQUFLLFFBQVEsS0FBSyxRQUFRLENBQUMsS0FBSyxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0sdURBQXVEO0FBQ3JJLFFBQU0sV0FBVyxLQUFLLE1BQU0sR0FBRyxLQUFLO0FBQ3BDLFFBQU0sTUFBTSxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQ2hDLE1BQUksQ0FBQyxnQkFBZ0IsUUFBUSxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0sSUFBSSxRQUFRLGdDQUFnQztBQUN0RyxPQUFLLFdBQVc7QUFFaEIsTUFBSSxJQUFJO0FBQ04sVUFBTSxRQUFRLG9CQUFvQixHQUFHO0FBQ3JDLFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxVQUFVLE1BQU0saUJBQWlCLEVBQUUsMkJBQTJCLEVBQUUsR0FBRyxRQUFRLElBQUksR0FBRyxPQUFPO0FBQy9HLFFBQUksQ0FBQyxtQkFBbUIsTUFBTSxFQUFFLEVBQUcsT0FBTSxJQUFJLFVBQVUsTUFBTSxJQUFJLE1BQU0sRUFBRSwrQkFBK0I7QUFDeEcsU0FBSyxLQUFLLE1BQU07QUFDaEIsU0FBSyxVQUFVLE1BQU07QUFDckIsU0FBSyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQzFCLE9BQU87QUFDTCxRQUFJLENBQUMsbUJBQW1CLEdBQUcsR0FBRztBQUM1QixZQUFNLE9BQU8sb0JBQW9CLEdBQUcsSUFBSSx3Q0FBd0MsUUFBUSxJQUFJLEdBQUcsTUFBTTtBQUNyRyxZQUFNLElBQUksVUFBVSxNQUFNLElBQUksR0FBRyxnQ0FBZ0MsSUFBSSxFQUFFO0FBQUEsSUFDekU7QUFDQSxTQUFLLEtBQUs7QUFBQSxFQUNaO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxVQUFVLE1BQWMsVUFBa0IsTUFBWSxNQUFvQjtBQUNqRixNQUFJLE9BQU8sRUFBRyxPQUFNLElBQUksVUFBVSxNQUFNLHdDQUF3QztBQUNoRixNQUFJLGFBQWEsT0FBTyxhQUFhLEtBQUs7QUFDeEMsUUFBSSxPQUFPLEVBQUcsT0FBTSxJQUFJLFVBQVUsTUFBTSxxQ0FBcUM7QUFDN0UsU0FBSyxTQUFTO0FBQ2Q7QUFBQSxFQUNGO0FBQ0EsTUFBSSxJQUFJO0FBQ1IsTUFBSSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQ25CLFFBQUksT0FBTyxFQUFHLE9BQU0sSUFBSSxVQUFVLE1BQU0scUNBQXFDO0FBQzdFLFNBQUssU0FBUztBQUNkLFFBQUksRUFBRSxNQUFNLEdBQUcsRUFBRTtBQUFBLEVBQ25CO0FBQ0EsUUFBTSxDQUFDLE1BQU0sU0FBUyxLQUFLLElBQUksRUFBRSxNQUFNLEdBQUc7QUFDMUMsTUFBSSxVQUFVLFVBQWEsQ0FBQyxnQkFBZ0IsSUFBSSxLQUFNLFlBQVksVUFBYSxDQUFDLGdCQUFnQixPQUFPLEdBQUk7QUFDekcsVUFBTSxJQUFJLFVBQVUsTUFBTSxLQUFLLFFBQVEsb0VBQW9FO0FBQUEsRUFDN0c7QUFDQSxNQUFJLFlBQVksVUFBYSxPQUFPLEVBQUcsT0FBTSxJQUFJLFVBQVUsTUFBTSxnQ0FBZ0M7QUFDakcsT0FBSyxPQUFPO0FBQ1osTUFBSSxZQUFZLE9BQVcsTUFBSyxVQUFVO0FBQzVDO0FBSU8sU0FBUyxhQUFhLE1BQWMsVUFBNEIsQ0FBQyxHQUFvQjtBQUMxRixNQUFJO0FBQ0YsV0FBTyxFQUFFLElBQUksTUFBTSxNQUFNLFVBQVUsTUFBTSxPQUFPLEVBQUU7QUFBQSxFQUNwRCxTQUFTLEdBQUc7QUFDVixRQUFJLGFBQWEsVUFBVyxRQUFPLEVBQUUsSUFBSSxPQUFPLE9BQU8sRUFBRTtBQUN6RCxVQUFNO0FBQUEsRUFDUjtBQUNGO0FBRUEsU0FBUyxhQUFhLEdBQW1CO0FBQ3ZDLFFBQU0sTUFBTSxFQUFFLFdBQVc7QUFDekIsTUFBSSxDQUFDLEVBQUUsWUFBYSxRQUFPLEdBQUcsRUFBRSxVQUFVLEtBQUssR0FBRyxHQUFHLEVBQUUsSUFBSSxHQUFHLEdBQUc7QUFDakUsUUFBTSxPQUFPLEVBQUUsWUFBWSxXQUFXLEdBQUcsSUFBSSxNQUFNO0FBQ25ELFNBQU8sR0FBRyxJQUFJLEdBQUcsRUFBRSxJQUFJLEdBQUcsR0FBRyxHQUFHLEVBQUUsWUFBWSxNQUFNLEtBQUssTUFBTSxDQUFDO0FBQ2xFO0FBR08sU0FBUyxXQUFXLEdBQStCO0FBQ3hELE1BQUksS0FBSyxFQUFFLFdBQVcsT0FBTyxFQUFFLE9BQU8sT0FBTyxNQUFNLEVBQUUsTUFBTSxNQUFNLEdBQUcsRUFBRSxRQUFRLElBQUksRUFBRSxFQUFFO0FBQ3RGLE1BQUksRUFBRSxZQUFZLE9BQVcsTUFBSyxJQUFJLEVBQUUsT0FBTyxHQUFHLEVBQUUsT0FBTyxPQUFPLE1BQU0sRUFBRTtBQUMxRSxNQUFJLEVBQUUsU0FBUyxVQUFhLEVBQUUsUUFBUTtBQUNwQyxTQUFLLE9BQU8sRUFBRSxRQUFRLE9BQU8sRUFBRSxZQUFZLFNBQVksSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEVBQUUsVUFBVTtBQUFBLEVBQzlGO0FBQ0EsTUFBSSxFQUFFLEtBQU0sTUFBSyxLQUFLLEVBQUUsSUFBSTtBQUM1QixNQUFJLEVBQUUsUUFBUSxPQUFRLE1BQUssSUFBSSxFQUFFLFFBQVEsSUFBSSxZQUFZLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDcEUsU0FBTztBQUNUO0FBYU8sU0FBUyxTQUFTLE1BQTBCO0FBQ2pELFFBQU0sSUFBSSxVQUFVLElBQUksSUFBSSxFQUFFO0FBQzlCLE1BQUksRUFBRSxPQUFPLE9BQU8sRUFBRSxXQUFXLEVBQUUsUUFBUSxVQUFVLEVBQUUsT0FBUSxPQUFNLElBQUksVUFBVSxNQUFNLDRDQUE0QztBQUNySSxTQUFPLEVBQUUsVUFBVSxFQUFFLFVBQVUsSUFBSSxFQUFFLElBQUksU0FBUyxFQUFFLFNBQVUsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFLFNBQVMsTUFBTSxFQUFFLEtBQUs7QUFDL0c7QUFNTyxTQUFTLFlBQVksTUFBcUIsS0FBbUM7QUFDbEYsUUFBTSxJQUFJLE9BQU8sU0FBUyxXQUFXLFVBQVUsSUFBSSxJQUFJO0FBQ3ZELFFBQU0sSUFBSSxPQUFPLFFBQVEsV0FBVyxTQUFTLEdBQUcsSUFBSTtBQUNwRCxNQUFJLEVBQUUsYUFBYSxFQUFFLFlBQVksRUFBRSxPQUFPLEVBQUUsR0FBSSxRQUFPO0FBQ3ZELE1BQUksRUFBRSxTQUFTLFVBQWEsRUFBRSxTQUFTLFVBQWEsRUFBRSxTQUFTLEVBQUUsS0FBTSxRQUFPO0FBQzlFLE1BQUksRUFBRSxZQUFZLFVBQWEsRUFBRSxZQUFZLFVBQWEsRUFBRSxZQUFZLEVBQUUsUUFBUyxRQUFPO0FBQzFGLE1BQUksRUFBRSxTQUFTLFVBQWEsRUFBRSxTQUFTLFVBQWEsRUFBRSxTQUFTLEVBQUUsS0FBTSxRQUFPO0FBQzlFLE1BQUksQ0FBQyxFQUFFLE1BQU0sRUFBRSxZQUFZLE9BQVcsUUFBTztBQUM3QyxTQUFPLGlCQUFpQixFQUFFLFFBQUksNkJBQWEsRUFBRSxPQUFPLE9BQUcsNkJBQWEsRUFBRSxPQUFPLENBQUM7QUFDaEY7QUFFQSxTQUFTLGlCQUFpQixJQUFrQixNQUFlLE1BQXdCO0FBQ2pGLFVBQVEsSUFBSTtBQUFBLElBQ1YsS0FBSztBQUFNLGlCQUFPLG1DQUFtQixNQUFNLElBQUk7QUFBQSxJQUMvQyxLQUFLO0FBQUssaUJBQU8sZ0RBQWdDLE1BQU0sSUFBSSxNQUFNO0FBQUEsSUFDakUsS0FBSztBQUFLLGlCQUFPLGdDQUFnQixNQUFNLElBQUksTUFBTTtBQUFBLElBQ2pELEtBQUs7QUFBSyxpQkFBTyxnQ0FBZ0IsTUFBTSxJQUFJLElBQUk7QUFBQSxJQUMvQyxLQUFLO0FBQU0saUJBQU8sZ0NBQWdCLE1BQU0sSUFBSSxLQUFLO0FBQUEsSUFDakQsS0FBSztBQUFLLGlCQUFPLGdDQUFnQixNQUFNLElBQUksSUFBSTtBQUFBLElBQy9DLEtBQUs7QUFBTSxpQkFBTyxnQ0FBZ0IsTUFBTSxJQUFJLEtBQUs7QUFBQSxFQUNuRDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
