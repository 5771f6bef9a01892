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
var conflictBlock_exports = {};
__export(conflictBlock_exports, {
  startConflict: () => startConflict
});
module.exports = __toCommonJS(conflictBlock_exports);
var import_block = require("./block");
const INSTANCE = /^\(([^\s,()]+), ([^)]*)\)(.*)$/;
const SLOT_ATOM = /^([A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+):(\S+)$/;
const MAX_JOIN = 16 * 1024;
function startConflict(l) {
  const t = l.text;
  if (t.startsWith("!!! Multiple package instances within a single package slot")) return new ConflictBlock(l.n, "slot");
  const body = l.bullet === "*" ? l.body.trim() : t;
  if (body.startsWith("Error: The above package list contains packages which cannot be")) return new ConflictBlock(l.n, "blocker");
  if (t.startsWith("(") && INSTANCE.test(t) && (t.endsWith("pulled in by") || !t.includes(" required by "))) {
    const b = new ConflictBlock(l.n, "blocker");
    return b.feed(l) ? b : null;
  }
  return null;
}
function count(s, ch) {
  let c = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) c++;
  return c;
}
class ConflictBlock {
  constructor(n, kind) {
    this.n = n;
    this.kind = kind;
  }
  n;
  kind;
  groups = [];
  loose = [];
  pkg;
  pending = "";
  pendingKind = "";
  blanks = 0;
  feed(l) {
    const t = l.text;
    if (t === "") {
      this.flush();
      return ++this.blanks < 4;
    }
    this.blanks = 0;
    if (this.pending) {
      this.pending = `${this.pending} ${t}`.slice(0, MAX_JOIN);
      this.tryComplete();
      return true;
    }
    if (/^(?:It may be possible to solve|For more information)/.test(t)) return false;
    if (t.startsWith("!!! ")) {
      return /^!!! (?:Multiple package instances|into the dependency graph)/.test(t);
    }
    if (t === "pulled") return true;
    const body = l.bullet === "*" ? l.body.trim() : t;
    if (/^(?:Error: The above package list contains|installed at the same time on the same system)/.test(body)) return true;
    let m;
    if (this.kind === "slot" && (m = SLOT_ATOM.exec(t))) {
      (0, import_block.capPush)(this.groups, { n: l.n, atom: t, slot: m[2], packages: [] });
      this.pkg = void 0;
      return true;
    }
    if (INSTANCE.test(t) && !/ required by /.test(t.replace(/\([^)]*\)/, ""))) {
      this.pending = t;
      this.pendingKind = "instance";
      this.tryComplete();
      return true;
    }
    if (!this.pkg) return false;
    if (/^\^[\s^]*$/.test(t)) return true;
    if (/^\(no parents/.test(t)) return true;
    if (/ required by\b/.test(t) || import_block.ATOM_LIKE.test(t)) {
      this.pending = t;
      this.pendingKind = "parent";
      this.tryComplete();
      return true;
    }
    return false;
  }
  /** Completes the pending (maybe hard-wrapped) line when it looks whole. */
  tryComplete() {
    const t = this.pending;
    if (this.pendingKind === "instance") {
      if (!/pulled in by$/.test(t) && t.length < MAX_JOIN) return;
      this.addInstance(t);
    } else {
      if ((/required by$/.test(t) || count(t, '"') % 2 === 1) && t.length < MAX_JOIN) return;
      this.addParent(t);
    }
    this.pending = "";
    this.pendingKind = "";
  }
  flush() {
    if (!this.pending) return;
    if (this.pendingKind === "instance") this.addInstance(this.pending);
    else this.addParent(this.pending);
    this.pending = "";
    this.pendingKind = "";
  }
  addInstance(t) {
    const m = INSTANCE.exec(t);
    if (!m) return;
    const { cpv, slot, repo } = (0, import_block.splitPkgSpec)(m[1]);
    const rest = m[3].replace(/\s*pulled in by$/, "").trim();
    const p = { cpv, ...slot ? { slot } : {}, ...repo ? { repo } : {}, state: m[2], parents: [] };
    if (rest) p.use = rest;
    this.pkg = p;
    const g = this.groups[this.groups.length - 1];
    (0, import_block.capPush)(g ? g.packages : this.loose, p);
  }
  addParent(t) {
    if (!this.pkg) return;
    const m = /^(\S+)(?:\s+\((\S+)\))?\s+required by\s+(.*)$/.exec(t);
    const parent = { atom: m ? m[1] : t };
    if (m) {
      if (m[2]) parent.evaluated = m[2];
      const by = m[3].trim();
      const pm = /^\(([^\s,()]+), ([^)]*)\)/.exec(by);
      if (pm) {
        parent.requiredBy = pm[1];
        parent.requiredByState = pm[2];
      } else {
        parent.requiredBy = by;
      }
    }
    (0, import_block.capPush)(this.pkg.parents, parent);
  }
  finish() {
    this.flush();
    if (this.kind === "blocker") {
      const packages = [...this.loose, ...this.groups.flatMap((g) => g.packages)];
      const ev = { type: "blocker", inputLine: this.n, packages };
      return [ev];
    }
    return this.groups.map((g) => ({
      type: "slot-conflict",
      inputLine: g.n,
      atom: g.atom,
      slot: g.slot,
      packages: g.packages
    }));
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startConflict
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2NvbmZsaWN0QmxvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogU2xvdCBjb25mbGljdHMgKGAhISEgTXVsdGlwbGUgcGFja2FnZSBpbnN0YW5jZXMgd2l0aGluIGEgc2luZ2xlIHBhY2thZ2Ugc2xvdCBcdTIwMjZgKSBhbmQgdGhlIGJsb2NrZXJcbiAqIGV4cGxhbmF0aW9uIChgKiBFcnJvcjogVGhlIGFib3ZlIHBhY2thZ2UgbGlzdCBjb250YWlucyBwYWNrYWdlcyB3aGljaCBjYW5ub3QgYmUgaW5zdGFsbGVkIFx1MjAyNmApOiBncm91cHMgb2ZcbiAqIGAoY3B2OnNsb3Qvc3ViOjpyZXBvLCBzdGF0ZSkgW1VTRVx1MjAyNl0gcHVsbGVkIGluIGJ5YCBmb2xsb3dlZCBieSBwYXJlbnQgbGluZXMuIEhhcmQtd3JhcHBlZCBwYXN0ZXMgYXJlXG4gKiByZS1qb2luZWQgKGEgbGluZSBlbmRpbmcgaW4gYHJlcXVpcmVkIGJ5YCwgb3Igd2l0aCBhbiBvcGVuIHF1b3RlLCBjb250aW51ZXMgb24gdGhlIG5leHQgb25lKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBCbG9ja2VyRXZlbnQsIENvbmZsaWN0UGFja2FnZSwgQ29uZmxpY3RQYXJlbnQsIEVtZXJnZUV2ZW50LCBTbG90Q29uZmxpY3RFdmVudCB9IGZyb20gJy4vZXZlbnRzJztcbmltcG9ydCB0eXBlIHsgQmxvY2sgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB7IEFUT01fTElLRSwgY2FwUHVzaCwgc3BsaXRQa2dTcGVjIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgdHlwZSB7IExvZ0xpbmUgfSBmcm9tICcuL2xvZ0xpbmUnO1xuXG5jb25zdCBJTlNUQU5DRSA9IC9eXFwoKFteXFxzLCgpXSspLCAoW14pXSopXFwpKC4qKSQvO1xuY29uc3QgU0xPVF9BVE9NID0gL14oW0EtWmEtejAtOStfLi1dK1xcL1tBLVphLXowLTkrXy4tXSspOihcXFMrKSQvO1xuY29uc3QgTUFYX0pPSU4gPSAxNiAqIDEwMjQ7XG5cbmV4cG9ydCBmdW5jdGlvbiBzdGFydENvbmZsaWN0KGw6IExvZ0xpbmUpOiBCbG9jayB8IG51bGwge1xuICBjb25zdCB0ID0gbC50ZXh0O1xuICBpZiAodC5zdGFydHNXaXRoKCchISEgTXVsdGlwbGUgcGFja2FnZSBpbnN0YW5jZXMgd2l0aGluIGEgc2luZ2xlIHBhY2thZ2Ugc2xvdCcpKSByZXR1cm4gbmV3IENvbmZsaWN0QmxvY2sobC5uLCAnc2xvdCcpO1xuICBjb25zdCBib2R5ID0gbC5idWxsZXQgPT09ICcqJyA/IGwuYm9keS50cmltKCkgOiB0O1xuICBpZiAoYm9keS5zdGFydHNXaXRoKCdFcnJvcjogVGhlIGFib3ZlIHBhY2thZ2UgbGlzdCBjb250YWlucyBwYWNrYWdlcyB3aGljaCBjYW5ub3QgYmUnKSkgcmV0dXJuIG5ldyBDb25mbGljdEJsb2NrKGwubiwgJ2Jsb2NrZXInKTtcbiAgLy8gQSBwYXN0ZWQgZnJhZ21lbnQgd2l0aCBvbmx5IHRoZSBgcHVsbGVkIGluIGJ5YCBncm91cHMuXG4gIGlmICh0LnN0YXJ0c1dpdGgoJygnKSAmJiBJTlNUQU5DRS50ZXN0KHQpICYmICh0LmVuZHNXaXRoKCdwdWxsZWQgaW4gYnknKSB8fCAhdC5pbmNsdWRlcygnIHJlcXVpcmVkIGJ5ICcpKSkge1xuICAgIGNvbnN0IGIgPSBuZXcgQ29uZmxpY3RCbG9jayhsLm4sICdibG9ja2VyJyk7XG4gICAgcmV0dXJuIGIuZmVlZChsKSA/IGIgOiBudWxsO1xuICB9XG4gIHJldHVybiBudWxsO1xufVxuXG5mdW5jdGlvbiBjb3VudChzOiBzdHJpbmcsIGNoOiBzdHJpbmcpOiBudW1iZXIge1xuICBsZXQgYyA9IDA7XG4gIGZvciAobGV0IGkgPSBzLmluZGV4T2YoY2gpOyBpID49IDA7IGkgPSBzLmluZGV4T2YoY2gsIGkgKyAxKSkgYysrO1xuICByZXR1cm4gYztcbn1cblxuY2xhc3MgQ29uZmxpY3RCbG9jayBpbXBsZW1lbnRzIEJsb2NrIHtcbiAgcHJpdmF0ZSByZWFkb25seSBncm91cHM6IHsgbjogbnVtYmVyOyBhdG9tOiBzdHJpbmc7IHNsb3Q6IHN0cmluZzsgcGFja2FnZXM6IENvbmZsaWN0UGFja2FnZVtdIH1bXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IGxvb3NlOiBDb25mbGljdFBhY2thZ2VbXSA9IFtdO1xuICBwcml2YXRlIHBrZz86IENvbmZsaWN0UGFja2FnZTtcbiAgcHJpdmF0ZSBwZW5kaW5nID0gJyc7XG4gIHByaXZhdGUgcGVuZGluZ0tpbmQ6ICdpbnN0YW5jZScgfCAncGFyZW50JyB8ICcnID0gJyc7XG4gIHByaXZhdGUgYmxhbmtzID0gMDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IG46IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IGtpbmQ6ICdzbG90JyB8ICdibG9ja2VyJyxcbiAgKSB7fVxuXG4gIGZlZWQobDogTG9nTGluZSk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IHQgPSBsLnRleHQ7XG4gICAgaWYgKHQgPT09ICcnKSB7XG4gICAgICB0aGlzLmZsdXNoKCk7XG4gICAgICByZXR1cm4gKyt0aGlzLmJsYW5rcyA8IDQ7XG4gICAgfVxuICAgIHRoaXMuYmxhbmtzID0gMDtcbiAgICBpZiAodGhpcy5wZW5kaW5nKSB7XG4gICAgICB0aGlzLnBlbmRpbmcgPSBgJHt0aGlzLnBlbmRpbmd9ICR7dH1gLnNsaWNlKDAsIE1BWF9KT0lOKTtcbiAgICAgIHRoaXMudHJ5Q29tcGxldGUoKTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoL14oPzpJdCBtYXkgYmUgcG9zc2libGUgdG8gc29sdmV8Rm9yIG1vcmUgaW5mb3JtYXRpb24pLy50ZXN0KHQpKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKHQuc3RhcnRzV2l0aCgnISEhICcpKSB7XG4gICAgICByZXR1cm4gL14hISEgKD86TXVsdGlwbGUgcGFja2FnZSBpbnN0YW5jZXN8aW50byB0aGUgZGVwZW5kZW5jeSBncmFwaCkvLnRlc3QodCk7XG4gICAgfVxuICAgIGlmICh0ID09PSAncHVsbGVkJykgcmV0dXJuIHRydWU7IC8vIGhhcmQtd3JhcHBlZCBoZWFkZXJcbiAgICBjb25zdCBib2R5ID0gbC5idWxsZXQgPT09ICcqJyA/IGwuYm9keS50cmltKCkgOiB0O1xuICAgIGlmICgvXig/OkVycm9yOiBUaGUgYWJvdmUgcGFja2FnZSBsaXN0IGNvbnRhaW5zfGluc3RhbGxlZCBhdCB0aGUgc2FtZSB0aW1lIG9uIHRoZSBzYW1lIHN5c3RlbSkvLnRlc3QoYm9keSkpIHJldHVybiB0cnVlO1xuICAgIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICAgIGlmICh0aGlzLmtpbmQgPT09ICdzbG90JyAmJiAobSA9IFNMT1RfQVRPTS5leGVjKHQpKSkge1xuICAgICAgY2FwUHVzaCh0aGlzLmdyb3VwcywgeyBuOiBsLm4sIGF0b206IHQsIHNsb3Q6IG1bMl0sIHBhY2thZ2VzOiBbXSB9KTtcbiAgICAgIHRoaXMucGtnID0gdW5kZWZpbmVkO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmIChJTlNUQU5DRS50ZXN0KHQpICYmICEvIHJlcXVpcmVkIGJ5IC8udGVzdCh0LnJlcGxhY2UoL1xcKFteKV0qXFwpLywgJycpKSkge1xuICAgICAgdGhpcy5wZW5kaW5nID0gdDtcbiAgICAgIHRoaXMucGVuZGluZ0tpbmQgPSAnaW5zdGFuY2UnO1xuICAgICAgdGhpcy50cnlDb21wbGV0ZSgpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICghdGhpcy5wa2cpIHJldHVybiBmYWxzZTtcbiAgICBpZiAoL15cXF5bXFxzXl0qJC8udGVzdCh0KSkgcmV0dXJuIHRydWU7IC8vIGNhcmV0IGxpbmUgdW5kZXIgYW4gYXRvbVxuICAgIGlmICgvXlxcKG5vIHBhcmVudHMvLnRlc3QodCkpIHJldHVybiB0cnVlO1xuICAgIGlmICgvIHJlcXVpcmVkIGJ5XFxiLy50ZXN0KHQpIHx8IEFUT01fTElLRS50ZXN0KHQpKSB7XG4gICAgICB0aGlzLnBlbmRpbmcgPSB0O1xuICAgICAgdGhpcy5wZW5kaW5nS2luZCA9ICdwYXJlbnQnO1xuICAgICAgdGhpcy50cnlDb21wbGV0ZSgpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHJldHVybiBmYWxzZTtcbiAgfVxuXG4gIC8qKiBDb21wbGV0ZXMgdGhlIHBlbmRpbmcgKG1heWJlIGhhcmQtd3JhcHBlZCkgbGluZSB3aGVuIGl0IGxvb2tzIHdob2xlLiAqL1xuICBwcml2YXRlIHRyeUNvbXBsZXRlKCk6IHZvaWQge1xuICAgIGNvbnN0IHQgPSB0aGlzLnBlbmRpbmc7XG4gICAgaWYgKHRoaXMucGVuZGluZ0tpbmQgPT09ICdpbnN0YW5jZScpIHtcbiAgICAgIGlmICghL3B1bGxlZCBpbiBieSQvLnRlc3QodCkgJiYgdC5sZW5ndGggPCBNQVhfSk9JTikgcmV0dXJuO1xuICAgICAgdGhpcy5hZGRJbnN0YW5jZSh0KTtcbiAgICB9IGVsc2Uge1xuICAgICAgaWYgKCgvcmVxdWlyZWQgYnkkLy50ZXN0KHQpIHx8IGNvdW50KHQsICdcIicpICUgMiA9PT0gMSkgJiYgdC5sZW5ndGggPCBNQVhfSk9JTikgcmV0dXJuO1xuICAgICAgdGhpcy5hZGRQYXJlbnQodCk7XG4gICAgfVxuICAgIHRoaXMucGVuZGluZyA9ICcnO1xuICAgIHRoaXMucGVuZGluZ0tpbmQgPSAnJztcbiAgfVxuXG4gIHByaXZhdGUgZmx1c2goKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLnBlbmRpbmcpIHJldHVybjtcbiAgICBpZiAodGhpcy5wZW5kaW5nS2luZCA9PT0gJ2luc3RhbmNlJykgdGhpcy5hZGRJbnN0YW5jZSh0aGlzLnBlbmRpbmcpO1xuICAgIGVsc2UgdGhpcy5hZGRQYXJlbnQodGhpcy5wZW5kaW5nKTtcbiAgICB0aGlzLnBlbmRpbmcgPSAnJztcbiAgICB0aGlzLnBlbmRpbmdLaW5kID0gJyc7XG4gIH1cblxuICBwcml2YXRlIGFkZEluc3RhbmNlKHQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IG0gPSBJTlNUQU5DRS5leGVjKHQpO1xuICAgIGlmICghbSkgcmV0dXJuO1xuICAgIGNvbnN0IHsgY3B2LCBzbG90LCByZXBvIH0gPSBzcGxpdFBrZ1NwZWMobVsxXSk7XG4gICAgY29uc3QgcmVzdCA9IG1bM10ucmVwbGFjZSgvXFxzKnB1bGxlZCBpbiBieSQvLCAnJykudHJpbSgpO1xuICAgIGNvbnN0IHA6IENvbmZsaWN0UGFja2FnZSA9IHsgY3B2LCAuLi4oc2xvdCA/IHsgc2xvdCB9IDoge30pLCAuLi4ocmVwbyA/IHsgcmVwbyB9IDoge30pLCBzdGF0ZTogbVsyXSwgcGFyZW50czogW10gfTtcbiAgICBpZiAocmVzdCkgcC51c2UgPSByZXN0O1xuICAgIHRoaXMucGtnID0gcDtcbiAgICBjb25zdCBnID0gdGhpcy5ncm91cHNbdGhpcy5ncm91cHMubGVuZ3RoIC0gMV07XG4gICAgY2FwUHVzaChnID8gZy5wYWNrYWdlcyA6IHRoaXMubG9vc2UsIHApO1xuICB9XG5cbiAgcHJpdmF0ZSBhZGRQYXJlbnQodDogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLnBrZykgcmV0dXJuO1xuICAgIGNvbnN0IG0gPSAvXihcXFMrKSg/OlxccytcXCgoXFxTKylcXCkpP1xccytyZXF1aXJlZCBieVxccysoLiopJC8uZXhlYyh0KTtcbiAgICBjb25zdCBwYXJlbnQ6IENvbmZsaWN0UGFyZW50ID0geyBhdG9tOiBtID8gbVsxXSA6IHQgfTtcbiAgICBpZiAobSkge1xuICAgICAgaWYgKG1bMl0pIHBhcmVudC5ldmFsdWF0ZWQgPSBtWzJdO1xuICAgICAgY29uc3QgYnkgPSBtWzNdLnRyaW0oKTtcbiAgICAgIGNvbnN0IHBtID0gL15cXCgoW15cXHMsKCldKyksIChbXildKilcXCkvLmV4ZWMoYnkpO1xuICAgICAgaWYgKHBtKSB7XG4gICAgICAgIHBhcmVudC5yZXF1aXJlZEJ5ID0gcG1bMV07XG4gICAgICAgIHBhcmVudC5yZXF1aXJlZEJ5U3RhdGUgPSBwbVsyXTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIHBhcmVudC5yZXF1aXJlZEJ5ID0gYnk7XG4gICAgICB9XG4gICAgfVxuICAgIGNhcFB1c2godGhpcy5wa2cucGFyZW50cywgcGFyZW50KTtcbiAgfVxuXG4gIGZpbmlzaCgpOiBFbWVyZ2VFdmVudFtdIHtcbiAgICB0aGlzLmZsdXNoKCk7XG4gICAgaWYgKHRoaXMua2luZCA9PT0gJ2Jsb2NrZXInKSB7XG4gICAgICBjb25zdCBwYWNrYWdlcyA9IFsuLi50aGlzLmxvb3NlLCAuLi50aGlzLmdyb3Vwcy5mbGF0TWFwKChnKSA9PiBnLnBhY2thZ2VzKV07XG4gICAgICBjb25zdCBldjogQmxvY2tlckV2ZW50ID0geyB0eXBlOiAnYmxvY2tlcicsIGlucHV0TGluZTogdGhpcy5uLCBwYWNrYWdlcyB9O1xuICAgICAgcmV0dXJuIFtldl07XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmdyb3Vwcy5tYXAoKGcpOiBTbG90Q29uZmxpY3RFdmVudCA9PiAoe1xuICAgICAgdHlwZTogJ3Nsb3QtY29uZmxpY3QnLCBpbnB1dExpbmU6IGcubiwgYXRvbTogZy5hdG9tLCBzbG90OiBnLnNsb3QsIHBhY2thZ2VzOiBnLnBhY2thZ2VzLFxuICAgIH0pKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQVFBLG1CQUFpRDtBQUdqRCxNQUFNLFdBQVc7QUFDakIsTUFBTSxZQUFZO0FBQ2xCLE1BQU0sV0FBVyxLQUFLO0FBRWYsU0FBUyxjQUFjLEdBQTBCO0FBQ3RELFFBQU0sSUFBSSxFQUFFO0FBQ1osTUFBSSxFQUFFLFdBQVcsNkRBQTZELEVBQUcsUUFBTyxJQUFJLGNBQWMsRUFBRSxHQUFHLE1BQU07QUFDckgsUUFBTSxPQUFPLEVBQUUsV0FBVyxNQUFNLEVBQUUsS0FBSyxLQUFLLElBQUk7QUFDaEQsTUFBSSxLQUFLLFdBQVcsaUVBQWlFLEVBQUcsUUFBTyxJQUFJLGNBQWMsRUFBRSxHQUFHLFNBQVM7QUFFL0gsTUFBSSxFQUFFLFdBQVcsR0FBRyxLQUFLLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGNBQWMsS0FBSyxDQUFDLEVBQUUsU0FBUyxlQUFlLElBQUk7QUFDekcsVUFBTSxJQUFJLElBQUksY0FBYyxFQUFFLEdBQUcsU0FBUztBQUMxQyxXQUFPLEVBQUUsS0FBSyxDQUFDLElBQUksSUFBSTtBQUFBLEVBQ3pCO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLEdBQVcsSUFBb0I7QUFDNUMsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLEVBQUUsUUFBUSxFQUFFLEdBQUcsS0FBSyxHQUFHLElBQUksRUFBRSxRQUFRLElBQUksSUFBSSxDQUFDLEVBQUc7QUFDOUQsU0FBTztBQUNUO0FBRUEsTUFBTSxjQUErQjtBQUFBLEVBUW5DLFlBQ21CLEdBQ0EsTUFDakI7QUFGaUI7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFGZ0I7QUFBQSxFQUNBO0FBQUEsRUFURixTQUFtRixDQUFDO0FBQUEsRUFDcEYsUUFBMkIsQ0FBQztBQUFBLEVBQ3JDO0FBQUEsRUFDQSxVQUFVO0FBQUEsRUFDVixjQUEwQztBQUFBLEVBQzFDLFNBQVM7QUFBQSxFQU9qQixLQUFLLEdBQXFCO0FBQ3hCLFVBQU0sSUFBSSxFQUFFO0FBQ1osUUFBSSxNQUFNLElBQUk7QUFDWixXQUFLLE1BQU07QUFDWCxhQUFPLEVBQUUsS0FBSyxTQUFTO0FBQUEsSUFDekI7QUFDQSxTQUFLLFNBQVM7QUFDZCxRQUFJLEtBQUssU0FBUztBQUNoQixXQUFLLFVBQVUsR0FBRyxLQUFLLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLFFBQVE7QUFDdkQsV0FBSyxZQUFZO0FBQ2pCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSx3REFBd0QsS0FBSyxDQUFDLEVBQUcsUUFBTztBQUM1RSxRQUFJLEVBQUUsV0FBVyxNQUFNLEdBQUc7QUFDeEIsYUFBTyxnRUFBZ0UsS0FBSyxDQUFDO0FBQUEsSUFDL0U7QUFDQSxRQUFJLE1BQU0sU0FBVSxRQUFPO0FBQzNCLFVBQU0sT0FBTyxFQUFFLFdBQVcsTUFBTSxFQUFFLEtBQUssS0FBSyxJQUFJO0FBQ2hELFFBQUksNEZBQTRGLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDbkgsUUFBSTtBQUNKLFFBQUksS0FBSyxTQUFTLFdBQVcsSUFBSSxVQUFVLEtBQUssQ0FBQyxJQUFJO0FBQ25ELGdDQUFRLEtBQUssUUFBUSxFQUFFLEdBQUcsRUFBRSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUUsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxFQUFFLENBQUM7QUFDbEUsV0FBSyxNQUFNO0FBQ1gsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFNBQVMsS0FBSyxDQUFDLEtBQUssQ0FBQyxnQkFBZ0IsS0FBSyxFQUFFLFFBQVEsYUFBYSxFQUFFLENBQUMsR0FBRztBQUN6RSxXQUFLLFVBQVU7QUFDZixXQUFLLGNBQWM7QUFDbkIsV0FBSyxZQUFZO0FBQ2pCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxDQUFDLEtBQUssSUFBSyxRQUFPO0FBQ3RCLFFBQUksYUFBYSxLQUFLLENBQUMsRUFBRyxRQUFPO0FBQ2pDLFFBQUksZ0JBQWdCLEtBQUssQ0FBQyxFQUFHLFFBQU87QUFDcEMsUUFBSSxpQkFBaUIsS0FBSyxDQUFDLEtBQUssdUJBQVUsS0FBSyxDQUFDLEdBQUc7QUFDakQsV0FBSyxVQUFVO0FBQ2YsV0FBSyxjQUFjO0FBQ25CLFdBQUssWUFBWTtBQUNqQixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLGNBQW9CO0FBQzFCLFVBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBSSxLQUFLLGdCQUFnQixZQUFZO0FBQ25DLFVBQUksQ0FBQyxnQkFBZ0IsS0FBSyxDQUFDLEtBQUssRUFBRSxTQUFTLFNBQVU7QUFDckQsV0FBSyxZQUFZLENBQUM7QUFBQSxJQUNwQixPQUFPO0FBQ0wsV0FBSyxlQUFlLEtBQUssQ0FBQyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksTUFBTSxNQUFNLEVBQUUsU0FBUyxTQUFVO0FBQ2hGLFdBQUssVUFBVSxDQUFDO0FBQUEsSUFDbEI7QUFDQSxTQUFLLFVBQVU7QUFDZixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBLEVBRVEsUUFBYztBQUNwQixRQUFJLENBQUMsS0FBSyxRQUFTO0FBQ25CLFFBQUksS0FBSyxnQkFBZ0IsV0FBWSxNQUFLLFlBQVksS0FBSyxPQUFPO0FBQUEsUUFDN0QsTUFBSyxVQUFVLEtBQUssT0FBTztBQUNoQyxTQUFLLFVBQVU7QUFDZixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBLEVBRVEsWUFBWSxHQUFpQjtBQUNuQyxVQUFNLElBQUksU0FBUyxLQUFLLENBQUM7QUFDekIsUUFBSSxDQUFDLEVBQUc7QUFDUixVQUFNLEVBQUUsS0FBSyxNQUFNLEtBQUssUUFBSSwyQkFBYSxFQUFFLENBQUMsQ0FBQztBQUM3QyxVQUFNLE9BQU8sRUFBRSxDQUFDLEVBQUUsUUFBUSxvQkFBb0IsRUFBRSxFQUFFLEtBQUs7QUFDdkQsVUFBTSxJQUFxQixFQUFFLEtBQUssR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBSSxHQUFJLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFJLE9BQU8sRUFBRSxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUU7QUFDakgsUUFBSSxLQUFNLEdBQUUsTUFBTTtBQUNsQixTQUFLLE1BQU07QUFDWCxVQUFNLElBQUksS0FBSyxPQUFPLEtBQUssT0FBTyxTQUFTLENBQUM7QUFDNUMsOEJBQVEsSUFBSSxFQUFFLFdBQVcsS0FBSyxPQUFPLENBQUM7QUFBQSxFQUN4QztBQUFBLEVBRVEsVUFBVSxHQUFpQjtBQUNqQyxRQUFJLENBQUMsS0FBSyxJQUFLO0FBQ2YsVUFBTSxJQUFJLGdEQUFnRCxLQUFLLENBQUM7QUFDaEUsVUFBTSxTQUF5QixFQUFFLE1BQU0sSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFO0FBQ3BELFFBQUksR0FBRztBQUNMLFVBQUksRUFBRSxDQUFDLEVBQUcsUUFBTyxZQUFZLEVBQUUsQ0FBQztBQUNoQyxZQUFNLEtBQUssRUFBRSxDQUFDLEVBQUUsS0FBSztBQUNyQixZQUFNLEtBQUssNEJBQTRCLEtBQUssRUFBRTtBQUM5QyxVQUFJLElBQUk7QUFDTixlQUFPLGFBQWEsR0FBRyxDQUFDO0FBQ3hCLGVBQU8sa0JBQWtCLEdBQUcsQ0FBQztBQUFBLE1BQy9CLE9BQU87QUFDTCxlQUFPLGFBQWE7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFDQSw4QkFBUSxLQUFLLElBQUksU0FBUyxNQUFNO0FBQUEsRUFDbEM7QUFBQSxFQUVBLFNBQXdCO0FBQ3RCLFNBQUssTUFBTTtBQUNYLFFBQUksS0FBSyxTQUFTLFdBQVc7QUFDM0IsWUFBTSxXQUFXLENBQUMsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLE9BQU8sUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDMUUsWUFBTSxLQUFtQixFQUFFLE1BQU0sV0FBVyxXQUFXLEtBQUssR0FBRyxTQUFTO0FBQ3hFLGFBQU8sQ0FBQyxFQUFFO0FBQUEsSUFDWjtBQUNBLFdBQU8sS0FBSyxPQUFPLElBQUksQ0FBQyxPQUEwQjtBQUFBLE1BQ2hELE1BQU07QUFBQSxNQUFpQixXQUFXLEVBQUU7QUFBQSxNQUFHLE1BQU0sRUFBRTtBQUFBLE1BQU0sTUFBTSxFQUFFO0FBQUEsTUFBTSxVQUFVLEVBQUU7QUFBQSxJQUNqRixFQUFFO0FBQUEsRUFDSjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
