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
var changed_exports = {};
__export(changed_exports, {
  ebuildParts: () => ebuildParts,
  filesToRead: () => filesToRead,
  inheritedEclasses: () => inheritedEclasses,
  orderByDependencies: () => orderByDependencies,
  overlayName: () => overlayName,
  overlayRootsIn: () => overlayRootsIn,
  planChanges: () => planChanges
});
module.exports = __toCommonJS(changed_exports);
var import_atom = require("./atom");
var import_ebuildDeps = require("./ebuildDeps");
var import_version = require("./version");
function overlayRootsIn(files) {
  const roots = /* @__PURE__ */ new Set();
  for (const f of files) {
    const m = /^(?:(.*)\/)?(?:profiles\/repo_name|metadata\/layout\.conf)$/.exec(f);
    if (m) roots.add(m[1] ?? "");
  }
  return [...roots].sort();
}
function overlayName(root, repoName, layoutConf) {
  const fromRepoName = repoName?.split("\n")[0].trim();
  if (fromRepoName) return fromRepoName;
  const m = layoutConf ? /^\s*repo-name\s*=\s*(\S+)/m.exec(layoutConf) : null;
  if (m) return m[1];
  return root.split("/").pop() || "LocalOverlay";
}
function overlayOf(path, overlays) {
  let best;
  for (const o of overlays) {
    if (o.root === "" || path.startsWith(o.root + "/")) {
      if (!best || o.root.length > best.root.length) best = o;
    }
  }
  if (!best) return void 0;
  return { overlay: best, rel: best.root === "" ? path : path.slice(best.root.length + 1) };
}
function ebuildParts(rel) {
  const m = /^([A-Za-z0-9+_.][A-Za-z0-9+_.-]*)\/([A-Za-z0-9+_][A-Za-z0-9+_-]*)\/([^/]+)\.ebuild$/.exec(rel);
  if (!m) return void 0;
  const [, category, pn, base] = m;
  if (!base.startsWith(pn + "-")) return void 0;
  const version = base.slice(pn.length + 1);
  return (0, import_version.isValidVersion)(version) ? { category, pn, version } : void 0;
}
function ebuildAt(path, overlays) {
  const where = overlayOf(path, overlays);
  const parts = where && ebuildParts(where.rel);
  if (!where || !parts) return void 0;
  const { category, pn, version } = parts;
  return { atom: `=${category}/${pn}-${version}::${where.overlay.name}`, category, pn, version, path, overlay: where.overlay.name, reasons: [] };
}
function inheritedEclasses(text) {
  const out = [];
  const joined = text.replace(/\\\r?\n/g, " ");
  for (const m of joined.matchAll(/(?:^|[\s;&|])inherit[ \t]+([^\n;&|#]*)/gm)) {
    for (const w of m[1].split(/\s+/)) if (/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(w)) out.push(w);
  }
  return out;
}
function filesToRead(changes, overlays, headFiles) {
  const want = /* @__PURE__ */ new Set();
  const scanOverlays = /* @__PURE__ */ new Set();
  for (const c of changes) {
    const where = overlayOf(c.path, overlays);
    if (!where) continue;
    if (/^eclass\/[^/]+\.eclass$/.test(where.rel)) scanOverlays.add(where.overlay.root);
  }
  const head = new Set(headFiles);
  for (const c of changes) if (c.path.endsWith(".ebuild") && head.has(c.path)) want.add(c.path);
  for (const f of headFiles) {
    const where = overlayOf(f, overlays);
    if (!where || !scanOverlays.has(where.overlay.root)) continue;
    if (f.endsWith(".ebuild") || /^eclass\/[^/]+\.eclass$/.test(where.rel)) want.add(f);
  }
  for (const c of changes) {
    const where = overlayOf(c.path, overlays);
    const m = where && /^([^/]+\/[^/]+)\/(files\/|Manifest$)/.exec(where.rel);
    if (!m || !where) continue;
    const prefix = (where.overlay.root ? where.overlay.root + "/" : "") + m[1] + "/";
    for (const f of headFiles) if (f.startsWith(prefix) && f.endsWith(".ebuild") && !f.slice(prefix.length).includes("/")) want.add(f);
  }
  return [...want].sort();
}
function planChanges(changes, overlays, headFiles, read) {
  const build = /* @__PURE__ */ new Map();
  const deleted = [];
  const add = (path, reason) => {
    const e = build.get(path) ?? ebuildAt(path, overlays);
    if (!e) return;
    if (!e.reasons.includes(reason)) e.reasons.push(reason);
    build.set(path, e);
  };
  const head = new Set(headFiles);
  const changedEclasses = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const where = overlayOf(c.path, overlays);
    if (!where) continue;
    const { rel, overlay } = where;
    const eb = ebuildParts(rel);
    if (eb) {
      if (c.status.startsWith("D") || !head.has(c.path)) {
        const e = ebuildAt(c.path, overlays);
        if (e) deleted.push({ ...e, reasons: ["ebuild deleted"] });
      } else add(c.path, c.status.startsWith("A") ? "ebuild added" : "ebuild changed");
      continue;
    }
    const pkg = /^([^/]+\/[^/]+)\/(files\/.+|Manifest)$/.exec(rel);
    if (pkg) {
      const prefix = (overlay.root ? overlay.root + "/" : "") + pkg[1] + "/";
      for (const f of headFiles) {
        if (f.startsWith(prefix) && !f.slice(prefix.length).includes("/") && f.endsWith(".ebuild")) add(f, `${pkg[2]} changed`);
      }
      continue;
    }
    const ec = /^eclass\/([^/]+)\.eclass$/.exec(rel);
    if (ec) {
      const set = changedEclasses.get(overlay.root) ?? /* @__PURE__ */ new Set();
      set.add(ec[1]);
      changedEclasses.set(overlay.root, set);
    }
  }
  for (const [root, names] of changedEclasses) {
    const affected = eclassClosure(root, names, headFiles, overlays, read);
    for (const f of headFiles) {
      const where = overlayOf(f, overlays);
      if (!where || where.overlay.root !== root || !ebuildParts(where.rel)) continue;
      const text = read(f);
      if (text === void 0) continue;
      for (const name of inheritedEclasses(text)) {
        if (affected.has(name)) add(f, `eclass ${affected.get(name)} changed`);
      }
    }
  }
  const ordered = orderByDependencies([...build.values()], read);
  deleted.sort((a, b) => a.atom.localeCompare(b.atom));
  return { build: ordered.order, deleted, cycles: ordered.cycles };
}
function eclassClosure(root, changed, headFiles, overlays, read) {
  const result = /* @__PURE__ */ new Map();
  for (const n of changed) result.set(n, `${n}.eclass`);
  const inherits = /* @__PURE__ */ new Map();
  for (const f of headFiles) {
    const where = overlayOf(f, overlays);
    const m = where && where.overlay.root === root ? /^eclass\/([^/]+)\.eclass$/.exec(where.rel) : null;
    if (!m) continue;
    inherits.set(m[1], inheritedEclasses(read(f) ?? ""));
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, parents] of inherits) {
      if (result.has(name)) continue;
      const hit = parents.find((p) => result.has(p));
      if (hit) {
        result.set(name, result.get(hit));
        grew = true;
      }
    }
  }
  return result;
}
function orderByDependencies(ebuilds, read) {
  const nodes = [...ebuilds].sort((a, b) => a.atom.localeCompare(b.atom));
  const selects = (a, n) => (0, import_atom.atomMatches)(a, { category: n.category, pn: n.pn, version: n.version, repo: n.overlay });
  const before = nodes.map(() => /* @__PURE__ */ new Set());
  nodes.forEach((n, i) => {
    const deps = (0, import_ebuildDeps.dependencyAtoms)(read(n.path) ?? "");
    nodes.forEach((m, j) => {
      if (m.category === n.category && m.pn === n.pn) return;
      if (deps.before.some((a) => selects(a, m))) before[i].add(j);
      if (deps.after.some((a) => selects(a, m))) before[j].add(i);
    });
  });
  const sccs = tarjan(nodes.length, before);
  const comp = new Array(nodes.length);
  sccs.forEach((c, ci) => c.forEach((i) => comp[i] = ci));
  const waitsFor = sccs.map(() => /* @__PURE__ */ new Set());
  const unblocks = sccs.map(() => /* @__PURE__ */ new Set());
  before.forEach((prereqs, i) => {
    for (const j of prereqs) {
      if (comp[i] === comp[j]) continue;
      waitsFor[comp[i]].add(comp[j]);
      unblocks[comp[j]].add(comp[i]);
    }
  });
  const first = sccs.map((c) => Math.min(...c));
  const ready = sccs.map((_, ci) => ci).filter((ci) => waitsFor[ci].size === 0);
  const order = [];
  const cycles = [];
  while (ready.length) {
    ready.sort((a, b) => first[a] - first[b]);
    const ci = ready.shift();
    const members = [...sccs[ci]].sort((a, b) => a - b);
    for (const i of members) order.push(nodes[i]);
    if (members.length > 1) cycles.push(members.map((i) => nodes[i].atom));
    for (const next of unblocks[ci]) {
      waitsFor[next].delete(ci);
      if (waitsFor[next].size === 0) ready.push(next);
    }
  }
  return { order, cycles };
}
function tarjan(n, edges) {
  let index = 0;
  const idx = new Array(n).fill(-1);
  const low = new Array(n).fill(0);
  const onStack = new Array(n).fill(false);
  const stack = [];
  const out = [];
  const strong = (v) => {
    idx[v] = low[v] = index++;
    stack.push(v);
    onStack[v] = true;
    for (const w of [...edges[v]].sort((a, b) => a - b)) {
      if (idx[w] < 0) {
        strong(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (onStack[w]) low[v] = Math.min(low[v], idx[w]);
    }
    if (low[v] === idx[v]) {
      const c = [];
      let w;
      do {
        w = stack.pop();
        onStack[w] = false;
        c.push(w);
      } while (w !== v);
      out.push(c);
    }
  };
  for (let v = 0; v < n; v++) if (idx[v] < 0) strong(v);
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ebuildParts,
  filesToRead,
  inheritedEclasses,
  orderByDependencies,
  overlayName,
  overlayRootsIn,
  planChanges
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvY2hhbmdlZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBcIldoYXQgY2hhbmdlZFwiIGJldHdlZW4gdHdvIGNvbW1pdHMgb2YgYW4gb3ZlcmxheSByZXBvc2l0b3J5LCBhcyBwbGFpbiBkYXRhOiBnaXZlbiB0aGUgY2hhbmdlZCBwYXRoc1xuICogKGZyb20gYGdpdCBkaWZmIC0tbmFtZS1zdGF0dXNgKSwgdGhlIGZpbGVzIGF0IEhFQUQgYW5kIGEgd2F5IHRvIHJlYWQgc29tZSBvZiB0aGVtLCBkZWNpZGUgd2hpY2ggZWJ1aWxkc1xuICogdG8gYnVpbGQgKHRoZWlyIG93biBmaWxlLCB0aGVpciBwYWNrYWdlJ3MgYGZpbGVzL2Agb3IgYE1hbmlmZXN0YCwgb3IgYW4gZWNsYXNzIHRoZXkgaW5oZXJpdCB3aXRoaW4gdGhlXG4gKiBvdmVybGF5IGNoYW5nZWQpLCB3aGljaCB3ZXJlIGRlbGV0ZWQsIGFuZCBpbiB3aGljaCBvcmRlciB0byBidWlsZCB0aGVtIChkZXBlbmRlbmNpZXMgZmlyc3QpLlxuICogTm8gZ2l0IGhlcmU6IHNyYy9jbGkvZ2l0Q2hhbmdlcy50cyBydW5zIGdpdCBhbmQgZmVlZHMgdGhpcy5cbiAqL1xuaW1wb3J0IHsgYXRvbU1hdGNoZXMsIHR5cGUgQXRvbSB9IGZyb20gJy4vYXRvbSc7XG5pbXBvcnQgeyBkZXBlbmRlbmN5QXRvbXMgfSBmcm9tICcuL2VidWlsZERlcHMnO1xuaW1wb3J0IHsgaXNWYWxpZFZlcnNpb24gfSBmcm9tICcuL3ZlcnNpb24nO1xuXG5leHBvcnQgaW50ZXJmYWNlIEZpbGVDaGFuZ2Uge1xuICAvKiogZ2l0J3Mgc3RhdHVzIGxldHRlcjogQSBhZGRlZCwgTSBtb2RpZmllZCwgRCBkZWxldGVkLCBUIHR5cGUgY2hhbmdlIChyZW5hbWVzIGNvbWUgYXMgRCArIEEpLiAqL1xuICBzdGF0dXM6IHN0cmluZztcbiAgLyoqIFJlcG9zaXRvcnktcmVsYXRpdmUgcGF0aCB3aXRoIGAvYCBzZXBhcmF0b3JzLiAqL1xuICBwYXRoOiBzdHJpbmc7XG59XG5cbi8qKiBBbiBvdmVybGF5IGluc2lkZSB0aGUgcmVwb3NpdG9yeTogaXRzIHJvb3QgKHJlcG8tcmVsYXRpdmUsICcnIGZvciB0aGUgcmVwbyByb290KSBhbmQgcmVwbyBuYW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBPdmVybGF5Um9vdCB7XG4gIHJvb3Q6IHN0cmluZztcbiAgbmFtZTogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENoYW5nZWRFYnVpbGQge1xuICAvKiogYD1jYXQvcG4tdmVyOjpyZXBvYCAqL1xuICBhdG9tOiBzdHJpbmc7XG4gIGNhdGVnb3J5OiBzdHJpbmc7XG4gIHBuOiBzdHJpbmc7XG4gIC8qKiBWZXJzaW9uIHdpdGggcmV2aXNpb24gKFBWUikuICovXG4gIHZlcnNpb246IHN0cmluZztcbiAgLyoqIFJlcG9zaXRvcnktcmVsYXRpdmUgZWJ1aWxkIHBhdGguICovXG4gIHBhdGg6IHN0cmluZztcbiAgb3ZlcmxheTogc3RyaW5nO1xuICAvKiogV2h5IGl0IGlzIGxpc3RlZCwgZS5nLiBgZWJ1aWxkIGFkZGVkYCwgYGZpbGVzL2ZpeC5wYXRjaCBjaGFuZ2VkYCwgYGVjbGFzcyBmb28uZWNsYXNzIGNoYW5nZWRgLiAqL1xuICByZWFzb25zOiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDaGFuZ2VQbGFuIHtcbiAgLyoqIEVidWlsZHMgdG8gYnVpbGQsIGRlcGVuZGVuY2llcyBmaXJzdC4gKi9cbiAgYnVpbGQ6IENoYW5nZWRFYnVpbGRbXTtcbiAgLyoqIEVidWlsZHMgcmVtb3ZlZCBiZXR3ZWVuIHRoZSB0d28gY29tbWl0czogcmVwb3J0ZWQsIG5ldmVyIGJ1aWx0LiAqL1xuICBkZWxldGVkOiBDaGFuZ2VkRWJ1aWxkW107XG4gIC8qKiBHcm91cHMgb2YgY2hhbmdlZCBlYnVpbGRzIHRoYXQgZGVwZW5kIG9uIGVhY2ggb3RoZXIgaW4gYSBjaXJjbGUgKGJ1aWx0IGluIGF0b20gb3JkZXIpLiAqL1xuICBjeWNsZXM6IHN0cmluZ1tdW107XG59XG5cbi8qKiBGaW5kcyBvdmVybGF5IHJvb3RzIGFtb25nIHRoZSByZXBvc2l0b3J5J3MgZmlsZXMgKGEgYHByb2ZpbGVzL3JlcG9fbmFtZWAgb3IgYG1ldGFkYXRhL2xheW91dC5jb25mYCkuICovXG5leHBvcnQgZnVuY3Rpb24gb3ZlcmxheVJvb3RzSW4oZmlsZXM6IHN0cmluZ1tdKTogc3RyaW5nW10ge1xuICBjb25zdCByb290cyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IGYgb2YgZmlsZXMpIHtcbiAgICBjb25zdCBtID0gL14oPzooLiopXFwvKT8oPzpwcm9maWxlc1xcL3JlcG9fbmFtZXxtZXRhZGF0YVxcL2xheW91dFxcLmNvbmYpJC8uZXhlYyhmKTtcbiAgICBpZiAobSkgcm9vdHMuYWRkKG1bMV0gPz8gJycpO1xuICB9XG4gIHJldHVybiBbLi4ucm9vdHNdLnNvcnQoKTtcbn1cblxuLyoqIFRoZSByZXBvIG5hbWUgZnJvbSBgcHJvZmlsZXMvcmVwb19uYW1lYCBvciBsYXlvdXQuY29uZidzIGByZXBvLW5hbWVgLCBlbHNlIHRoZSBmb2xkZXIgbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvdmVybGF5TmFtZShyb290OiBzdHJpbmcsIHJlcG9OYW1lOiBzdHJpbmcgfCB1bmRlZmluZWQsIGxheW91dENvbmY6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIGNvbnN0IGZyb21SZXBvTmFtZSA9IHJlcG9OYW1lPy5zcGxpdCgnXFxuJylbMF0udHJpbSgpO1xuICBpZiAoZnJvbVJlcG9OYW1lKSByZXR1cm4gZnJvbVJlcG9OYW1lO1xuICBjb25zdCBtID0gbGF5b3V0Q29uZiA/IC9eXFxzKnJlcG8tbmFtZVxccyo9XFxzKihcXFMrKS9tLmV4ZWMobGF5b3V0Q29uZikgOiBudWxsO1xuICBpZiAobSkgcmV0dXJuIG1bMV07XG4gIHJldHVybiByb290LnNwbGl0KCcvJykucG9wKCkgfHwgJ0xvY2FsT3ZlcmxheSc7XG59XG5cbmZ1bmN0aW9uIG92ZXJsYXlPZihwYXRoOiBzdHJpbmcsIG92ZXJsYXlzOiBPdmVybGF5Um9vdFtdKTogeyBvdmVybGF5OiBPdmVybGF5Um9vdDsgcmVsOiBzdHJpbmcgfSB8IHVuZGVmaW5lZCB7XG4gIGxldCBiZXN0OiBPdmVybGF5Um9vdCB8IHVuZGVmaW5lZDtcbiAgZm9yIChjb25zdCBvIG9mIG92ZXJsYXlzKSB7XG4gICAgaWYgKG8ucm9vdCA9PT0gJycgfHwgcGF0aC5zdGFydHNXaXRoKG8ucm9vdCArICcvJykpIHtcbiAgICAgIGlmICghYmVzdCB8fCBvLnJvb3QubGVuZ3RoID4gYmVzdC5yb290Lmxlbmd0aCkgYmVzdCA9IG87XG4gICAgfVxuICB9XG4gIGlmICghYmVzdCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIHsgb3ZlcmxheTogYmVzdCwgcmVsOiBiZXN0LnJvb3QgPT09ICcnID8gcGF0aCA6IHBhdGguc2xpY2UoYmVzdC5yb290Lmxlbmd0aCArIDEpIH07XG59XG5cbi8qKiBgY2F0L3BuL3BuLXZlci5lYnVpbGRgIChvdmVybGF5LXJlbGF0aXZlKSBcdTIxOTIgaXRzIHBhcnRzLCBvciB1bmRlZmluZWQgZm9yIGFueXRoaW5nIGVsc2UuICovXG5leHBvcnQgZnVuY3Rpb24gZWJ1aWxkUGFydHMocmVsOiBzdHJpbmcpOiB7IGNhdGVnb3J5OiBzdHJpbmc7IHBuOiBzdHJpbmc7IHZlcnNpb246IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eKFtBLVphLXowLTkrXy5dW0EtWmEtejAtOStfLi1dKilcXC8oW0EtWmEtejAtOStfXVtBLVphLXowLTkrXy1dKilcXC8oW14vXSspXFwuZWJ1aWxkJC8uZXhlYyhyZWwpO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IFssIGNhdGVnb3J5LCBwbiwgYmFzZV0gPSBtO1xuICBpZiAoIWJhc2Uuc3RhcnRzV2l0aChwbiArICctJykpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHZlcnNpb24gPSBiYXNlLnNsaWNlKHBuLmxlbmd0aCArIDEpO1xuICByZXR1cm4gaXNWYWxpZFZlcnNpb24odmVyc2lvbikgPyB7IGNhdGVnb3J5LCBwbiwgdmVyc2lvbiB9IDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBlYnVpbGRBdChwYXRoOiBzdHJpbmcsIG92ZXJsYXlzOiBPdmVybGF5Um9vdFtdKTogQ2hhbmdlZEVidWlsZCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHdoZXJlID0gb3ZlcmxheU9mKHBhdGgsIG92ZXJsYXlzKTtcbiAgY29uc3QgcGFydHMgPSB3aGVyZSAmJiBlYnVpbGRQYXJ0cyh3aGVyZS5yZWwpO1xuICBpZiAoIXdoZXJlIHx8ICFwYXJ0cykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgeyBjYXRlZ29yeSwgcG4sIHZlcnNpb24gfSA9IHBhcnRzO1xuICByZXR1cm4geyBhdG9tOiBgPSR7Y2F0ZWdvcnl9LyR7cG59LSR7dmVyc2lvbn06OiR7d2hlcmUub3ZlcmxheS5uYW1lfWAsIGNhdGVnb3J5LCBwbiwgdmVyc2lvbiwgcGF0aCwgb3ZlcmxheTogd2hlcmUub3ZlcmxheS5uYW1lLCByZWFzb25zOiBbXSB9O1xufVxuXG4vKiogRWNsYXNzIG5hbWVzIGFuIGVidWlsZCBvciBlY2xhc3MgaW5oZXJpdHMgKGBpbmhlcml0IGEgYiBcXGAgY29udGludWVkIGxpbmVzIGluY2x1ZGVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbmhlcml0ZWRFY2xhc3Nlcyh0ZXh0OiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXTtcbiAgY29uc3Qgam9pbmVkID0gdGV4dC5yZXBsYWNlKC9cXFxcXFxyP1xcbi9nLCAnICcpO1xuICBmb3IgKGNvbnN0IG0gb2Ygam9pbmVkLm1hdGNoQWxsKC8oPzpefFtcXHM7JnxdKWluaGVyaXRbIFxcdF0rKFteXFxuOyZ8I10qKS9nbSkpIHtcbiAgICBmb3IgKGNvbnN0IHcgb2YgbVsxXS5zcGxpdCgvXFxzKy8pKSBpZiAoL15bQS1aYS16MC05X11bQS1aYS16MC05Xy4rLV0qJC8udGVzdCh3KSkgb3V0LnB1c2godyk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFdoaWNoIGZpbGVzIHRoZSBwbGFubmVyIG11c3QgcmVhZDogY2hhbmdlZCBlYnVpbGRzLCBhbmQgZXZlcnkgZWJ1aWxkL2VjbGFzcyBvZiBhbiBvdmVybGF5IHdob3NlIGVjbGFzcyBjaGFuZ2VkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbGVzVG9SZWFkKGNoYW5nZXM6IEZpbGVDaGFuZ2VbXSwgb3ZlcmxheXM6IE92ZXJsYXlSb290W10sIGhlYWRGaWxlczogc3RyaW5nW10pOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHdhbnQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qgc2Nhbk92ZXJsYXlzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgYyBvZiBjaGFuZ2VzKSB7XG4gICAgY29uc3Qgd2hlcmUgPSBvdmVybGF5T2YoYy5wYXRoLCBvdmVybGF5cyk7XG4gICAgaWYgKCF3aGVyZSkgY29udGludWU7XG4gICAgaWYgKC9eZWNsYXNzXFwvW14vXStcXC5lY2xhc3MkLy50ZXN0KHdoZXJlLnJlbCkpIHNjYW5PdmVybGF5cy5hZGQod2hlcmUub3ZlcmxheS5yb290KTtcbiAgfVxuICBjb25zdCBoZWFkID0gbmV3IFNldChoZWFkRmlsZXMpO1xuICBmb3IgKGNvbnN0IGMgb2YgY2hhbmdlcykgaWYgKGMucGF0aC5lbmRzV2l0aCgnLmVidWlsZCcpICYmIGhlYWQuaGFzKGMucGF0aCkpIHdhbnQuYWRkKGMucGF0aCk7XG4gIGZvciAoY29uc3QgZiBvZiBoZWFkRmlsZXMpIHtcbiAgICBjb25zdCB3aGVyZSA9IG92ZXJsYXlPZihmLCBvdmVybGF5cyk7XG4gICAgaWYgKCF3aGVyZSB8fCAhc2Nhbk92ZXJsYXlzLmhhcyh3aGVyZS5vdmVybGF5LnJvb3QpKSBjb250aW51ZTtcbiAgICBpZiAoZi5lbmRzV2l0aCgnLmVidWlsZCcpIHx8IC9eZWNsYXNzXFwvW14vXStcXC5lY2xhc3MkLy50ZXN0KHdoZXJlLnJlbCkpIHdhbnQuYWRkKGYpO1xuICB9XG4gIC8vIFBhY2thZ2UgZmlsZXMvIG9yIE1hbmlmZXN0IGNoYW5nZXMgbmVlZCBldmVyeSBlYnVpbGQgb2YgdGhhdCBwYWNrYWdlIGZvciBkZXBlbmRlbmN5IG9yZGVyLlxuICBmb3IgKGNvbnN0IGMgb2YgY2hhbmdlcykge1xuICAgIGNvbnN0IHdoZXJlID0gb3ZlcmxheU9mKGMucGF0aCwgb3ZlcmxheXMpO1xuICAgIGNvbnN0IG0gPSB3aGVyZSAmJiAvXihbXi9dK1xcL1teL10rKVxcLyhmaWxlc1xcL3xNYW5pZmVzdCQpLy5leGVjKHdoZXJlLnJlbCk7XG4gICAgaWYgKCFtIHx8ICF3aGVyZSkgY29udGludWU7XG4gICAgY29uc3QgcHJlZml4ID0gKHdoZXJlLm92ZXJsYXkucm9vdCA/IHdoZXJlLm92ZXJsYXkucm9vdCArICcvJyA6ICcnKSArIG1bMV0gKyAnLyc7XG4gICAgZm9yIChjb25zdCBmIG9mIGhlYWRGaWxlcykgaWYgKGYuc3RhcnRzV2l0aChwcmVmaXgpICYmIGYuZW5kc1dpdGgoJy5lYnVpbGQnKSAmJiAhZi5zbGljZShwcmVmaXgubGVuZ3RoKS5pbmNsdWRlcygnLycpKSB3YW50LmFkZChmKTtcbiAgfVxuICByZXR1cm4gWy4uLndhbnRdLnNvcnQoKTtcbn1cblxuLyoqXG4gKiBUaGUgcGxhbjogd2hpY2ggZWJ1aWxkcyB0byBidWlsZCAoaW4gZGVwZW5kZW5jeSBvcmRlcikgYW5kIHdoaWNoIHdlcmUgZGVsZXRlZC5cbiAqIGByZWFkYCByZXR1cm5zIGEgZmlsZSdzIHRleHQgYXQgSEVBRCBmb3IgdGhlIHBhdGhzIGBmaWxlc1RvUmVhZGAgbmFtZWQgKHVuZGVmaW5lZCB3aGVuIGFic2VudCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwbGFuQ2hhbmdlcyhcbiAgY2hhbmdlczogRmlsZUNoYW5nZVtdLFxuICBvdmVybGF5czogT3ZlcmxheVJvb3RbXSxcbiAgaGVhZEZpbGVzOiBzdHJpbmdbXSxcbiAgcmVhZDogKHBhdGg6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkLFxuKTogQ2hhbmdlUGxhbiB7XG4gIGNvbnN0IGJ1aWxkID0gbmV3IE1hcDxzdHJpbmcsIENoYW5nZWRFYnVpbGQ+KCk7XG4gIGNvbnN0IGRlbGV0ZWQ6IENoYW5nZWRFYnVpbGRbXSA9IFtdO1xuICBjb25zdCBhZGQgPSAocGF0aDogc3RyaW5nLCByZWFzb246IHN0cmluZykgPT4ge1xuICAgIGNvbnN0IGUgPSBidWlsZC5nZXQocGF0aCkgPz8gZWJ1aWxkQXQocGF0aCwgb3ZlcmxheXMpO1xuICAgIGlmICghZSkgcmV0dXJuO1xuICAgIGlmICghZS5yZWFzb25zLmluY2x1ZGVzKHJlYXNvbikpIGUucmVhc29ucy5wdXNoKHJlYXNvbik7XG4gICAgYnVpbGQuc2V0KHBhdGgsIGUpO1xuICB9O1xuICBjb25zdCBoZWFkID0gbmV3IFNldChoZWFkRmlsZXMpO1xuICBjb25zdCBjaGFuZ2VkRWNsYXNzZXMgPSBuZXcgTWFwPHN0cmluZywgU2V0PHN0cmluZz4+KCk7IC8vIG92ZXJsYXkgcm9vdCBcdTIxOTIgZWNsYXNzIG5hbWVzXG5cbiAgZm9yIChjb25zdCBjIG9mIGNoYW5nZXMpIHtcbiAgICBjb25zdCB3aGVyZSA9IG92ZXJsYXlPZihjLnBhdGgsIG92ZXJsYXlzKTtcbiAgICBpZiAoIXdoZXJlKSBjb250aW51ZTtcbiAgICBjb25zdCB7IHJlbCwgb3ZlcmxheSB9ID0gd2hlcmU7XG4gICAgY29uc3QgZWIgPSBlYnVpbGRQYXJ0cyhyZWwpO1xuICAgIGlmIChlYikge1xuICAgICAgaWYgKGMuc3RhdHVzLnN0YXJ0c1dpdGgoJ0QnKSB8fCAhaGVhZC5oYXMoYy5wYXRoKSkge1xuICAgICAgICBjb25zdCBlID0gZWJ1aWxkQXQoYy5wYXRoLCBvdmVybGF5cyk7XG4gICAgICAgIGlmIChlKSBkZWxldGVkLnB1c2goeyAuLi5lLCByZWFzb25zOiBbJ2VidWlsZCBkZWxldGVkJ10gfSk7XG4gICAgICB9IGVsc2UgYWRkKGMucGF0aCwgYy5zdGF0dXMuc3RhcnRzV2l0aCgnQScpID8gJ2VidWlsZCBhZGRlZCcgOiAnZWJ1aWxkIGNoYW5nZWQnKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBwa2cgPSAvXihbXi9dK1xcL1teL10rKVxcLyhmaWxlc1xcLy4rfE1hbmlmZXN0KSQvLmV4ZWMocmVsKTtcbiAgICBpZiAocGtnKSB7XG4gICAgICBjb25zdCBwcmVmaXggPSAob3ZlcmxheS5yb290ID8gb3ZlcmxheS5yb290ICsgJy8nIDogJycpICsgcGtnWzFdICsgJy8nO1xuICAgICAgZm9yIChjb25zdCBmIG9mIGhlYWRGaWxlcykge1xuICAgICAgICBpZiAoZi5zdGFydHNXaXRoKHByZWZpeCkgJiYgIWYuc2xpY2UocHJlZml4Lmxlbmd0aCkuaW5jbHVkZXMoJy8nKSAmJiBmLmVuZHNXaXRoKCcuZWJ1aWxkJykpIGFkZChmLCBgJHtwa2dbMl19IGNoYW5nZWRgKTtcbiAgICAgIH1cbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBlYyA9IC9eZWNsYXNzXFwvKFteL10rKVxcLmVjbGFzcyQvLmV4ZWMocmVsKTtcbiAgICBpZiAoZWMpIHtcbiAgICAgIGNvbnN0IHNldCA9IGNoYW5nZWRFY2xhc3Nlcy5nZXQob3ZlcmxheS5yb290KSA/PyBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICAgIHNldC5hZGQoZWNbMV0pO1xuICAgICAgY2hhbmdlZEVjbGFzc2VzLnNldChvdmVybGF5LnJvb3QsIHNldCk7XG4gICAgfVxuICB9XG5cbiAgZm9yIChjb25zdCBbcm9vdCwgbmFtZXNdIG9mIGNoYW5nZWRFY2xhc3Nlcykge1xuICAgIGNvbnN0IGFmZmVjdGVkID0gZWNsYXNzQ2xvc3VyZShyb290LCBuYW1lcywgaGVhZEZpbGVzLCBvdmVybGF5cywgcmVhZCk7XG4gICAgZm9yIChjb25zdCBmIG9mIGhlYWRGaWxlcykge1xuICAgICAgY29uc3Qgd2hlcmUgPSBvdmVybGF5T2YoZiwgb3ZlcmxheXMpO1xuICAgICAgaWYgKCF3aGVyZSB8fCB3aGVyZS5vdmVybGF5LnJvb3QgIT09IHJvb3QgfHwgIWVidWlsZFBhcnRzKHdoZXJlLnJlbCkpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgdGV4dCA9IHJlYWQoZik7XG4gICAgICBpZiAodGV4dCA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBpbmhlcml0ZWRFY2xhc3Nlcyh0ZXh0KSkge1xuICAgICAgICBpZiAoYWZmZWN0ZWQuaGFzKG5hbWUpKSBhZGQoZiwgYGVjbGFzcyAke2FmZmVjdGVkLmdldChuYW1lKX0gY2hhbmdlZGApO1xuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNvbnN0IG9yZGVyZWQgPSBvcmRlckJ5RGVwZW5kZW5jaWVzKFsuLi5idWlsZC52YWx1ZXMoKV0sIHJlYWQpO1xuICBkZWxldGVkLnNvcnQoKGEsIGIpID0+IGEuYXRvbS5sb2NhbGVDb21wYXJlKGIuYXRvbSkpO1xuICByZXR1cm4geyBidWlsZDogb3JkZXJlZC5vcmRlciwgZGVsZXRlZCwgY3ljbGVzOiBvcmRlcmVkLmN5Y2xlcyB9O1xufVxuXG4vKiogQ2hhbmdlZCBlY2xhc3NlcyBwbHVzIGV2ZXJ5IGVjbGFzcyBvZiB0aGUgb3ZlcmxheSB0aGF0IGluaGVyaXRzIG9uZSBvZiB0aGVtOiBuYW1lIFx1MjE5MiB0aGUgY2hhbmdlZCBvbmUuICovXG5mdW5jdGlvbiBlY2xhc3NDbG9zdXJlKHJvb3Q6IHN0cmluZywgY2hhbmdlZDogU2V0PHN0cmluZz4sIGhlYWRGaWxlczogc3RyaW5nW10sIG92ZXJsYXlzOiBPdmVybGF5Um9vdFtdLCByZWFkOiAocDogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQpOiBNYXA8c3RyaW5nLCBzdHJpbmc+IHtcbiAgY29uc3QgcmVzdWx0ID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBuIG9mIGNoYW5nZWQpIHJlc3VsdC5zZXQobiwgYCR7bn0uZWNsYXNzYCk7XG4gIGNvbnN0IGluaGVyaXRzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZ1tdPigpO1xuICBmb3IgKGNvbnN0IGYgb2YgaGVhZEZpbGVzKSB7XG4gICAgY29uc3Qgd2hlcmUgPSBvdmVybGF5T2YoZiwgb3ZlcmxheXMpO1xuICAgIGNvbnN0IG0gPSB3aGVyZSAmJiB3aGVyZS5vdmVybGF5LnJvb3QgPT09IHJvb3QgPyAvXmVjbGFzc1xcLyhbXi9dKylcXC5lY2xhc3MkLy5leGVjKHdoZXJlLnJlbCkgOiBudWxsO1xuICAgIGlmICghbSkgY29udGludWU7XG4gICAgaW5oZXJpdHMuc2V0KG1bMV0sIGluaGVyaXRlZEVjbGFzc2VzKHJlYWQoZikgPz8gJycpKTtcbiAgfVxuICBmb3IgKGxldCBncmV3ID0gdHJ1ZTsgZ3JldzsgKSB7XG4gICAgZ3JldyA9IGZhbHNlO1xuICAgIGZvciAoY29uc3QgW25hbWUsIHBhcmVudHNdIG9mIGluaGVyaXRzKSB7XG4gICAgICBpZiAocmVzdWx0LmhhcyhuYW1lKSkgY29udGludWU7XG4gICAgICBjb25zdCBoaXQgPSBwYXJlbnRzLmZpbmQoKHApID0+IHJlc3VsdC5oYXMocCkpO1xuICAgICAgaWYgKGhpdCkge1xuICAgICAgICByZXN1bHQuc2V0KG5hbWUsIHJlc3VsdC5nZXQoaGl0KSEpO1xuICAgICAgICBncmV3ID0gdHJ1ZTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuLyoqXG4gKiBEZXBlbmRlbmNpZXMgZmlyc3Q6IGFuIGVkZ2UgcnVucyBmcm9tIGEgY2hhbmdlZCBlYnVpbGQgdG8gZWFjaCBjaGFuZ2VkIGVidWlsZCBvZiBhIHBhY2thZ2UgaXQgKEJ8UnxJKURFUEVORHMgb247XG4gKiBQREVQRU5EIHJ1bnMgdGhlIG90aGVyIHdheSAoYSBwb3N0LWRlcGVuZGVuY3kgbWF5IGJlIGJ1aWx0IGFmdGVyKS4gU3Ryb25nbHkgY29ubmVjdGVkIGdyb3VwcyBhcmUgY3ljbGVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gb3JkZXJCeURlcGVuZGVuY2llcyhlYnVpbGRzOiBDaGFuZ2VkRWJ1aWxkW10sIHJlYWQ6IChwYXRoOiBzdHJpbmcpID0+IHN0cmluZyB8IHVuZGVmaW5lZCk6IHsgb3JkZXI6IENoYW5nZWRFYnVpbGRbXTsgY3ljbGVzOiBzdHJpbmdbXVtdIH0ge1xuICBjb25zdCBub2RlcyA9IFsuLi5lYnVpbGRzXS5zb3J0KChhLCBiKSA9PiBhLmF0b20ubG9jYWxlQ29tcGFyZShiLmF0b20pKTtcbiAgY29uc3Qgc2VsZWN0cyA9IChhOiBBdG9tLCBuOiBDaGFuZ2VkRWJ1aWxkKSA9PlxuICAgIGF0b21NYXRjaGVzKGEsIHsgY2F0ZWdvcnk6IG4uY2F0ZWdvcnksIHBuOiBuLnBuLCB2ZXJzaW9uOiBuLnZlcnNpb24sIHJlcG86IG4ub3ZlcmxheSB9KTtcbiAgLy8gYmVmb3JlW2ldID0gbm9kZXMgdGhhdCBtdXN0IGNvbWUgYmVmb3JlIG5vZGUgaS5cbiAgY29uc3QgYmVmb3JlOiBTZXQ8bnVtYmVyPltdID0gbm9kZXMubWFwKCgpID0+IG5ldyBTZXQ8bnVtYmVyPigpKTtcbiAgbm9kZXMuZm9yRWFjaCgobiwgaSkgPT4ge1xuICAgIGNvbnN0IGRlcHMgPSBkZXBlbmRlbmN5QXRvbXMocmVhZChuLnBhdGgpID8/ICcnKTtcbiAgICBub2Rlcy5mb3JFYWNoKChtLCBqKSA9PiB7XG4gICAgICBpZiAobS5jYXRlZ29yeSA9PT0gbi5jYXRlZ29yeSAmJiBtLnBuID09PSBuLnBuKSByZXR1cm47IC8vIGFub3RoZXIgdmVyc2lvbiBvZiBpdHNlbGZcbiAgICAgIGlmIChkZXBzLmJlZm9yZS5zb21lKChhKSA9PiBzZWxlY3RzKGEsIG0pKSkgYmVmb3JlW2ldLmFkZChqKTtcbiAgICAgIGlmIChkZXBzLmFmdGVyLnNvbWUoKGEpID0+IHNlbGVjdHMoYSwgbSkpKSBiZWZvcmVbal0uYWRkKGkpO1xuICAgIH0pO1xuICB9KTtcbiAgY29uc3Qgc2NjcyA9IHRhcmphbihub2Rlcy5sZW5ndGgsIGJlZm9yZSk7XG4gIGNvbnN0IGNvbXAgPSBuZXcgQXJyYXk8bnVtYmVyPihub2Rlcy5sZW5ndGgpO1xuICBzY2NzLmZvckVhY2goKGMsIGNpKSA9PiBjLmZvckVhY2goKGkpID0+IChjb21wW2ldID0gY2kpKSk7XG4gIC8vIEthaG4gb3ZlciB0aGUgY29tcG9uZW50cywgYWx3YXlzIHRha2luZyB0aGUgcmVhZHkgb25lIHdpdGggdGhlIHNtYWxsZXN0IGF0b206IGEgc3RhYmxlLCByZWFkYWJsZSBvcmRlci5cbiAgY29uc3Qgd2FpdHNGb3IgPSBzY2NzLm1hcCgoKSA9PiBuZXcgU2V0PG51bWJlcj4oKSk7XG4gIGNvbnN0IHVuYmxvY2tzID0gc2Njcy5tYXAoKCkgPT4gbmV3IFNldDxudW1iZXI+KCkpO1xuICBiZWZvcmUuZm9yRWFjaCgocHJlcmVxcywgaSkgPT4ge1xuICAgIGZvciAoY29uc3QgaiBvZiBwcmVyZXFzKSB7XG4gICAgICBpZiAoY29tcFtpXSA9PT0gY29tcFtqXSkgY29udGludWU7XG4gICAgICB3YWl0c0Zvcltjb21wW2ldXS5hZGQoY29tcFtqXSk7XG4gICAgICB1bmJsb2Nrc1tjb21wW2pdXS5hZGQoY29tcFtpXSk7XG4gICAgfVxuICB9KTtcbiAgY29uc3QgZmlyc3QgPSBzY2NzLm1hcCgoYykgPT4gTWF0aC5taW4oLi4uYykpO1xuICBjb25zdCByZWFkeSA9IHNjY3MubWFwKChfLCBjaSkgPT4gY2kpLmZpbHRlcigoY2kpID0+IHdhaXRzRm9yW2NpXS5zaXplID09PSAwKTtcbiAgY29uc3Qgb3JkZXI6IENoYW5nZWRFYnVpbGRbXSA9IFtdO1xuICBjb25zdCBjeWNsZXM6IHN0cmluZ1tdW10gPSBbXTtcbiAgd2hpbGUgKHJlYWR5Lmxlbmd0aCkge1xuICAgIHJlYWR5LnNvcnQoKGEsIGIpID0+IGZpcnN0W2FdIC0gZmlyc3RbYl0pO1xuICAgIGNvbnN0IGNpID0gcmVhZHkuc2hpZnQoKSE7XG4gICAgY29uc3QgbWVtYmVycyA9IFsuLi5zY2NzW2NpXV0uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICAgIGZvciAoY29uc3QgaSBvZiBtZW1iZXJzKSBvcmRlci5wdXNoKG5vZGVzW2ldKTtcbiAgICBpZiAobWVtYmVycy5sZW5ndGggPiAxKSBjeWNsZXMucHVzaChtZW1iZXJzLm1hcCgoaSkgPT4gbm9kZXNbaV0uYXRvbSkpO1xuICAgIGZvciAoY29uc3QgbmV4dCBvZiB1bmJsb2Nrc1tjaV0pIHtcbiAgICAgIHdhaXRzRm9yW25leHRdLmRlbGV0ZShjaSk7XG4gICAgICBpZiAod2FpdHNGb3JbbmV4dF0uc2l6ZSA9PT0gMCkgcmVhZHkucHVzaChuZXh0KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgb3JkZXIsIGN5Y2xlcyB9O1xufVxuXG4vKiogVGFyamFuJ3Mgc3Ryb25nbHkgY29ubmVjdGVkIGNvbXBvbmVudHMuICovXG5mdW5jdGlvbiB0YXJqYW4objogbnVtYmVyLCBlZGdlczogU2V0PG51bWJlcj5bXSk6IG51bWJlcltdW10ge1xuICBsZXQgaW5kZXggPSAwO1xuICBjb25zdCBpZHggPSBuZXcgQXJyYXk8bnVtYmVyPihuKS5maWxsKC0xKTtcbiAgY29uc3QgbG93ID0gbmV3IEFycmF5PG51bWJlcj4obikuZmlsbCgwKTtcbiAgY29uc3Qgb25TdGFjayA9IG5ldyBBcnJheTxib29sZWFuPihuKS5maWxsKGZhbHNlKTtcbiAgY29uc3Qgc3RhY2s6IG51bWJlcltdID0gW107XG4gIGNvbnN0IG91dDogbnVtYmVyW11bXSA9IFtdO1xuICBjb25zdCBzdHJvbmcgPSAodjogbnVtYmVyKSA9PiB7XG4gICAgaWR4W3ZdID0gbG93W3ZdID0gaW5kZXgrKztcbiAgICBzdGFjay5wdXNoKHYpO1xuICAgIG9uU3RhY2tbdl0gPSB0cnVlO1xuICAgIGZvciAoY29uc3QgdyBvZiBbLi4uZWRnZXNbdl1dLnNvcnQoKGEsIGIpID0+IGEgLSBiKSkge1xuICAgICAgaWYgKGlkeFt3XSA8IDApIHtcbiAgICAgICAgc3Ryb25nKHcpO1xuICAgICAgICBsb3dbdl0gPSBNYXRoLm1pbihsb3dbdl0sIGxvd1t3XSk7XG4gICAgICB9IGVsc2UgaWYgKG9uU3RhY2tbd10pIGxvd1t2XSA9IE1hdGgubWluKGxvd1t2XSwgaWR4W3ddKTtcbiAgICB9XG4gICAgaWYgKGxvd1t2XSA9PT0gaWR4W3ZdKSB7XG4gICAgICBjb25zdCBjOiBudW1iZXJbXSA9IFtdO1xuICAgICAgbGV0IHc6IG51bWJlcjtcbiAgICAgIGRvIHtcbiAgICAgICAgdyA9IHN0YWNrLnBvcCgpITtcbiAgICAgICAgb25TdGFja1t3XSA9IGZhbHNlO1xuICAgICAgICBjLnB1c2godyk7XG4gICAgICB9IHdoaWxlICh3ICE9PSB2KTtcbiAgICAgIG91dC5wdXNoKGMpO1xuICAgIH1cbiAgfTtcbiAgZm9yIChsZXQgdiA9IDA7IHYgPCBuOyB2KyspIGlmIChpZHhbdl0gPCAwKSBzdHJvbmcodik7XG4gIHJldHVybiBvdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT0Esa0JBQXVDO0FBQ3ZDLHdCQUFnQztBQUNoQyxxQkFBK0I7QUF1Q3hCLFNBQVMsZUFBZSxPQUEyQjtBQUN4RCxRQUFNLFFBQVEsb0JBQUksSUFBWTtBQUM5QixhQUFXLEtBQUssT0FBTztBQUNyQixVQUFNLElBQUksOERBQThELEtBQUssQ0FBQztBQUM5RSxRQUFJLEVBQUcsT0FBTSxJQUFJLEVBQUUsQ0FBQyxLQUFLLEVBQUU7QUFBQSxFQUM3QjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxLQUFLO0FBQ3pCO0FBR08sU0FBUyxZQUFZLE1BQWMsVUFBOEIsWUFBd0M7QUFDOUcsUUFBTSxlQUFlLFVBQVUsTUFBTSxJQUFJLEVBQUUsQ0FBQyxFQUFFLEtBQUs7QUFDbkQsTUFBSSxhQUFjLFFBQU87QUFDekIsUUFBTSxJQUFJLGFBQWEsNkJBQTZCLEtBQUssVUFBVSxJQUFJO0FBQ3ZFLE1BQUksRUFBRyxRQUFPLEVBQUUsQ0FBQztBQUNqQixTQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsSUFBSSxLQUFLO0FBQ2xDO0FBRUEsU0FBUyxVQUFVLE1BQWMsVUFBNEU7QUFDM0csTUFBSTtBQUNKLGFBQVcsS0FBSyxVQUFVO0FBQ3hCLFFBQUksRUFBRSxTQUFTLE1BQU0sS0FBSyxXQUFXLEVBQUUsT0FBTyxHQUFHLEdBQUc7QUFDbEQsVUFBSSxDQUFDLFFBQVEsRUFBRSxLQUFLLFNBQVMsS0FBSyxLQUFLLE9BQVEsUUFBTztBQUFBLElBQ3hEO0FBQUEsRUFDRjtBQUNBLE1BQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsU0FBTyxFQUFFLFNBQVMsTUFBTSxLQUFLLEtBQUssU0FBUyxLQUFLLE9BQU8sS0FBSyxNQUFNLEtBQUssS0FBSyxTQUFTLENBQUMsRUFBRTtBQUMxRjtBQUdPLFNBQVMsWUFBWSxLQUE0RTtBQUN0RyxRQUFNLElBQUksc0ZBQXNGLEtBQUssR0FBRztBQUN4RyxNQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsUUFBTSxDQUFDLEVBQUUsVUFBVSxJQUFJLElBQUksSUFBSTtBQUMvQixNQUFJLENBQUMsS0FBSyxXQUFXLEtBQUssR0FBRyxFQUFHLFFBQU87QUFDdkMsUUFBTSxVQUFVLEtBQUssTUFBTSxHQUFHLFNBQVMsQ0FBQztBQUN4QyxhQUFPLCtCQUFlLE9BQU8sSUFBSSxFQUFFLFVBQVUsSUFBSSxRQUFRLElBQUk7QUFDL0Q7QUFFQSxTQUFTLFNBQVMsTUFBYyxVQUFvRDtBQUNsRixRQUFNLFFBQVEsVUFBVSxNQUFNLFFBQVE7QUFDdEMsUUFBTSxRQUFRLFNBQVMsWUFBWSxNQUFNLEdBQUc7QUFDNUMsTUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFPLFFBQU87QUFDN0IsUUFBTSxFQUFFLFVBQVUsSUFBSSxRQUFRLElBQUk7QUFDbEMsU0FBTyxFQUFFLE1BQU0sSUFBSSxRQUFRLElBQUksRUFBRSxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsSUFBSSxJQUFJLFVBQVUsSUFBSSxTQUFTLE1BQU0sU0FBUyxNQUFNLFFBQVEsTUFBTSxTQUFTLENBQUMsRUFBRTtBQUMvSTtBQUdPLFNBQVMsa0JBQWtCLE1BQXdCO0FBQ3hELFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixRQUFNLFNBQVMsS0FBSyxRQUFRLFlBQVksR0FBRztBQUMzQyxhQUFXLEtBQUssT0FBTyxTQUFTLDBDQUEwQyxHQUFHO0FBQzNFLGVBQVcsS0FBSyxFQUFFLENBQUMsRUFBRSxNQUFNLEtBQUssRUFBRyxLQUFJLGlDQUFpQyxLQUFLLENBQUMsRUFBRyxLQUFJLEtBQUssQ0FBQztBQUFBLEVBQzdGO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxZQUFZLFNBQXVCLFVBQXlCLFdBQStCO0FBQ3pHLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sZUFBZSxvQkFBSSxJQUFZO0FBQ3JDLGFBQVcsS0FBSyxTQUFTO0FBQ3ZCLFVBQU0sUUFBUSxVQUFVLEVBQUUsTUFBTSxRQUFRO0FBQ3hDLFFBQUksQ0FBQyxNQUFPO0FBQ1osUUFBSSwwQkFBMEIsS0FBSyxNQUFNLEdBQUcsRUFBRyxjQUFhLElBQUksTUFBTSxRQUFRLElBQUk7QUFBQSxFQUNwRjtBQUNBLFFBQU0sT0FBTyxJQUFJLElBQUksU0FBUztBQUM5QixhQUFXLEtBQUssUUFBUyxLQUFJLEVBQUUsS0FBSyxTQUFTLFNBQVMsS0FBSyxLQUFLLElBQUksRUFBRSxJQUFJLEVBQUcsTUFBSyxJQUFJLEVBQUUsSUFBSTtBQUM1RixhQUFXLEtBQUssV0FBVztBQUN6QixVQUFNLFFBQVEsVUFBVSxHQUFHLFFBQVE7QUFDbkMsUUFBSSxDQUFDLFNBQVMsQ0FBQyxhQUFhLElBQUksTUFBTSxRQUFRLElBQUksRUFBRztBQUNyRCxRQUFJLEVBQUUsU0FBUyxTQUFTLEtBQUssMEJBQTBCLEtBQUssTUFBTSxHQUFHLEVBQUcsTUFBSyxJQUFJLENBQUM7QUFBQSxFQUNwRjtBQUVBLGFBQVcsS0FBSyxTQUFTO0FBQ3ZCLFVBQU0sUUFBUSxVQUFVLEVBQUUsTUFBTSxRQUFRO0FBQ3hDLFVBQU0sSUFBSSxTQUFTLHVDQUF1QyxLQUFLLE1BQU0sR0FBRztBQUN4RSxRQUFJLENBQUMsS0FBSyxDQUFDLE1BQU87QUFDbEIsVUFBTSxVQUFVLE1BQU0sUUFBUSxPQUFPLE1BQU0sUUFBUSxPQUFPLE1BQU0sTUFBTSxFQUFFLENBQUMsSUFBSTtBQUM3RSxlQUFXLEtBQUssVUFBVyxLQUFJLEVBQUUsV0FBVyxNQUFNLEtBQUssRUFBRSxTQUFTLFNBQVMsS0FBSyxDQUFDLEVBQUUsTUFBTSxPQUFPLE1BQU0sRUFBRSxTQUFTLEdBQUcsRUFBRyxNQUFLLElBQUksQ0FBQztBQUFBLEVBQ25JO0FBQ0EsU0FBTyxDQUFDLEdBQUcsSUFBSSxFQUFFLEtBQUs7QUFDeEI7QUFNTyxTQUFTLFlBQ2QsU0FDQSxVQUNBLFdBQ0EsTUFDWTtBQUNaLFFBQU0sUUFBUSxvQkFBSSxJQUEyQjtBQUM3QyxRQUFNLFVBQTJCLENBQUM7QUFDbEMsUUFBTSxNQUFNLENBQUMsTUFBYyxXQUFtQjtBQUM1QyxVQUFNLElBQUksTUFBTSxJQUFJLElBQUksS0FBSyxTQUFTLE1BQU0sUUFBUTtBQUNwRCxRQUFJLENBQUMsRUFBRztBQUNSLFFBQUksQ0FBQyxFQUFFLFFBQVEsU0FBUyxNQUFNLEVBQUcsR0FBRSxRQUFRLEtBQUssTUFBTTtBQUN0RCxVQUFNLElBQUksTUFBTSxDQUFDO0FBQUEsRUFDbkI7QUFDQSxRQUFNLE9BQU8sSUFBSSxJQUFJLFNBQVM7QUFDOUIsUUFBTSxrQkFBa0Isb0JBQUksSUFBeUI7QUFFckQsYUFBVyxLQUFLLFNBQVM7QUFDdkIsVUFBTSxRQUFRLFVBQVUsRUFBRSxNQUFNLFFBQVE7QUFDeEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLEVBQUUsS0FBSyxRQUFRLElBQUk7QUFDekIsVUFBTSxLQUFLLFlBQVksR0FBRztBQUMxQixRQUFJLElBQUk7QUFDTixVQUFJLEVBQUUsT0FBTyxXQUFXLEdBQUcsS0FBSyxDQUFDLEtBQUssSUFBSSxFQUFFLElBQUksR0FBRztBQUNqRCxjQUFNLElBQUksU0FBUyxFQUFFLE1BQU0sUUFBUTtBQUNuQyxZQUFJLEVBQUcsU0FBUSxLQUFLLEVBQUUsR0FBRyxHQUFHLFNBQVMsQ0FBQyxnQkFBZ0IsRUFBRSxDQUFDO0FBQUEsTUFDM0QsTUFBTyxLQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxHQUFHLElBQUksaUJBQWlCLGdCQUFnQjtBQUMvRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0seUNBQXlDLEtBQUssR0FBRztBQUM3RCxRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsUUFBUSxPQUFPLFFBQVEsT0FBTyxNQUFNLE1BQU0sSUFBSSxDQUFDLElBQUk7QUFDbkUsaUJBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQUksRUFBRSxXQUFXLE1BQU0sS0FBSyxDQUFDLEVBQUUsTUFBTSxPQUFPLE1BQU0sRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLFNBQVMsU0FBUyxFQUFHLEtBQUksR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDLFVBQVU7QUFBQSxNQUN4SDtBQUNBO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyw0QkFBNEIsS0FBSyxHQUFHO0FBQy9DLFFBQUksSUFBSTtBQUNOLFlBQU0sTUFBTSxnQkFBZ0IsSUFBSSxRQUFRLElBQUksS0FBSyxvQkFBSSxJQUFZO0FBQ2pFLFVBQUksSUFBSSxHQUFHLENBQUMsQ0FBQztBQUNiLHNCQUFnQixJQUFJLFFBQVEsTUFBTSxHQUFHO0FBQUEsSUFDdkM7QUFBQSxFQUNGO0FBRUEsYUFBVyxDQUFDLE1BQU0sS0FBSyxLQUFLLGlCQUFpQjtBQUMzQyxVQUFNLFdBQVcsY0FBYyxNQUFNLE9BQU8sV0FBVyxVQUFVLElBQUk7QUFDckUsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxRQUFRLFVBQVUsR0FBRyxRQUFRO0FBQ25DLFVBQUksQ0FBQyxTQUFTLE1BQU0sUUFBUSxTQUFTLFFBQVEsQ0FBQyxZQUFZLE1BQU0sR0FBRyxFQUFHO0FBQ3RFLFlBQU0sT0FBTyxLQUFLLENBQUM7QUFDbkIsVUFBSSxTQUFTLE9BQVc7QUFDeEIsaUJBQVcsUUFBUSxrQkFBa0IsSUFBSSxHQUFHO0FBQzFDLFlBQUksU0FBUyxJQUFJLElBQUksRUFBRyxLQUFJLEdBQUcsVUFBVSxTQUFTLElBQUksSUFBSSxDQUFDLFVBQVU7QUFBQSxNQUN2RTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsUUFBTSxVQUFVLG9CQUFvQixDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsR0FBRyxJQUFJO0FBQzdELFVBQVEsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssY0FBYyxFQUFFLElBQUksQ0FBQztBQUNuRCxTQUFPLEVBQUUsT0FBTyxRQUFRLE9BQU8sU0FBUyxRQUFRLFFBQVEsT0FBTztBQUNqRTtBQUdBLFNBQVMsY0FBYyxNQUFjLFNBQXNCLFdBQXFCLFVBQXlCLE1BQThEO0FBQ3JLLFFBQU0sU0FBUyxvQkFBSSxJQUFvQjtBQUN2QyxhQUFXLEtBQUssUUFBUyxRQUFPLElBQUksR0FBRyxHQUFHLENBQUMsU0FBUztBQUNwRCxRQUFNLFdBQVcsb0JBQUksSUFBc0I7QUFDM0MsYUFBVyxLQUFLLFdBQVc7QUFDekIsVUFBTSxRQUFRLFVBQVUsR0FBRyxRQUFRO0FBQ25DLFVBQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxTQUFTLE9BQU8sNEJBQTRCLEtBQUssTUFBTSxHQUFHLElBQUk7QUFDL0YsUUFBSSxDQUFDLEVBQUc7QUFDUixhQUFTLElBQUksRUFBRSxDQUFDLEdBQUcsa0JBQWtCLEtBQUssQ0FBQyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3JEO0FBQ0EsV0FBUyxPQUFPLE1BQU0sUUFBUTtBQUM1QixXQUFPO0FBQ1AsZUFBVyxDQUFDLE1BQU0sT0FBTyxLQUFLLFVBQVU7QUFDdEMsVUFBSSxPQUFPLElBQUksSUFBSSxFQUFHO0FBQ3RCLFlBQU0sTUFBTSxRQUFRLEtBQUssQ0FBQyxNQUFNLE9BQU8sSUFBSSxDQUFDLENBQUM7QUFDN0MsVUFBSSxLQUFLO0FBQ1AsZUFBTyxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsQ0FBRTtBQUNqQyxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxvQkFBb0IsU0FBMEIsTUFBNEY7QUFDeEosUUFBTSxRQUFRLENBQUMsR0FBRyxPQUFPLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssY0FBYyxFQUFFLElBQUksQ0FBQztBQUN0RSxRQUFNLFVBQVUsQ0FBQyxHQUFTLFVBQ3hCLHlCQUFZLEdBQUcsRUFBRSxVQUFVLEVBQUUsVUFBVSxJQUFJLEVBQUUsSUFBSSxTQUFTLEVBQUUsU0FBUyxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBRXhGLFFBQU0sU0FBd0IsTUFBTSxJQUFJLE1BQU0sb0JBQUksSUFBWSxDQUFDO0FBQy9ELFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTTtBQUN0QixVQUFNLFdBQU8sbUNBQWdCLEtBQUssRUFBRSxJQUFJLEtBQUssRUFBRTtBQUMvQyxVQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU07QUFDdEIsVUFBSSxFQUFFLGFBQWEsRUFBRSxZQUFZLEVBQUUsT0FBTyxFQUFFLEdBQUk7QUFDaEQsVUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLE1BQU0sUUFBUSxHQUFHLENBQUMsQ0FBQyxFQUFHLFFBQU8sQ0FBQyxFQUFFLElBQUksQ0FBQztBQUMzRCxVQUFJLEtBQUssTUFBTSxLQUFLLENBQUMsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLEVBQUcsUUFBTyxDQUFDLEVBQUUsSUFBSSxDQUFDO0FBQUEsSUFDNUQsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNELFFBQU0sT0FBTyxPQUFPLE1BQU0sUUFBUSxNQUFNO0FBQ3hDLFFBQU0sT0FBTyxJQUFJLE1BQWMsTUFBTSxNQUFNO0FBQzNDLE9BQUssUUFBUSxDQUFDLEdBQUcsT0FBTyxFQUFFLFFBQVEsQ0FBQyxNQUFPLEtBQUssQ0FBQyxJQUFJLEVBQUcsQ0FBQztBQUV4RCxRQUFNLFdBQVcsS0FBSyxJQUFJLE1BQU0sb0JBQUksSUFBWSxDQUFDO0FBQ2pELFFBQU0sV0FBVyxLQUFLLElBQUksTUFBTSxvQkFBSSxJQUFZLENBQUM7QUFDakQsU0FBTyxRQUFRLENBQUMsU0FBUyxNQUFNO0FBQzdCLGVBQVcsS0FBSyxTQUFTO0FBQ3ZCLFVBQUksS0FBSyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUc7QUFDekIsZUFBUyxLQUFLLENBQUMsQ0FBQyxFQUFFLElBQUksS0FBSyxDQUFDLENBQUM7QUFDN0IsZUFBUyxLQUFLLENBQUMsQ0FBQyxFQUFFLElBQUksS0FBSyxDQUFDLENBQUM7QUFBQSxJQUMvQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssSUFBSSxHQUFHLENBQUMsQ0FBQztBQUM1QyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxPQUFPLEVBQUUsRUFBRSxPQUFPLENBQUMsT0FBTyxTQUFTLEVBQUUsRUFBRSxTQUFTLENBQUM7QUFDNUUsUUFBTSxRQUF5QixDQUFDO0FBQ2hDLFFBQU0sU0FBcUIsQ0FBQztBQUM1QixTQUFPLE1BQU0sUUFBUTtBQUNuQixVQUFNLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLENBQUM7QUFDeEMsVUFBTSxLQUFLLE1BQU0sTUFBTTtBQUN2QixVQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssRUFBRSxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDbEQsZUFBVyxLQUFLLFFBQVMsT0FBTSxLQUFLLE1BQU0sQ0FBQyxDQUFDO0FBQzVDLFFBQUksUUFBUSxTQUFTLEVBQUcsUUFBTyxLQUFLLFFBQVEsSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDO0FBQ3JFLGVBQVcsUUFBUSxTQUFTLEVBQUUsR0FBRztBQUMvQixlQUFTLElBQUksRUFBRSxPQUFPLEVBQUU7QUFDeEIsVUFBSSxTQUFTLElBQUksRUFBRSxTQUFTLEVBQUcsT0FBTSxLQUFLLElBQUk7QUFBQSxJQUNoRDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsT0FBTyxPQUFPO0FBQ3pCO0FBR0EsU0FBUyxPQUFPLEdBQVcsT0FBa0M7QUFDM0QsTUFBSSxRQUFRO0FBQ1osUUFBTSxNQUFNLElBQUksTUFBYyxDQUFDLEVBQUUsS0FBSyxFQUFFO0FBQ3hDLFFBQU0sTUFBTSxJQUFJLE1BQWMsQ0FBQyxFQUFFLEtBQUssQ0FBQztBQUN2QyxRQUFNLFVBQVUsSUFBSSxNQUFlLENBQUMsRUFBRSxLQUFLLEtBQUs7QUFDaEQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sTUFBa0IsQ0FBQztBQUN6QixRQUFNLFNBQVMsQ0FBQyxNQUFjO0FBQzVCLFFBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxJQUFJO0FBQ2xCLFVBQU0sS0FBSyxDQUFDO0FBQ1osWUFBUSxDQUFDLElBQUk7QUFDYixlQUFXLEtBQUssQ0FBQyxHQUFHLE1BQU0sQ0FBQyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUMsR0FBRztBQUNuRCxVQUFJLElBQUksQ0FBQyxJQUFJLEdBQUc7QUFDZCxlQUFPLENBQUM7QUFDUixZQUFJLENBQUMsSUFBSSxLQUFLLElBQUksSUFBSSxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUM7QUFBQSxNQUNsQyxXQUFXLFFBQVEsQ0FBQyxFQUFHLEtBQUksQ0FBQyxJQUFJLEtBQUssSUFBSSxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQztBQUFBLElBQ3pEO0FBQ0EsUUFBSSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRztBQUNyQixZQUFNLElBQWMsQ0FBQztBQUNyQixVQUFJO0FBQ0osU0FBRztBQUNELFlBQUksTUFBTSxJQUFJO0FBQ2QsZ0JBQVEsQ0FBQyxJQUFJO0FBQ2IsVUFBRSxLQUFLLENBQUM7QUFBQSxNQUNWLFNBQVMsTUFBTTtBQUNmLFVBQUksS0FBSyxDQUFDO0FBQUEsSUFDWjtBQUFBLEVBQ0Y7QUFDQSxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsSUFBSyxLQUFJLElBQUksQ0FBQyxJQUFJLEVBQUcsUUFBTyxDQUFDO0FBQ3BELFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
