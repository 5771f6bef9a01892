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
const MAX_JOIN_LINES = 8;
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
  pendingLines = 0;
  blanks = 0;
  feed(l) {
    const t = l.text;
    if (t === "") {
      this.flush();
      return ++this.blanks < 4;
    }
    this.blanks = 0;
    if (this.pending) {
      const opensNew = /^(?:!!!|>>>|\[)/.test(t) || /^\(\S+, /.test(t) && !/required by$/.test(this.pending);
      if (++this.pendingLines > MAX_JOIN_LINES || opensNew) this.flush();
      else {
        this.pending = `${this.pending} ${t}`.slice(0, MAX_JOIN);
        this.tryComplete();
        return true;
      }
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
      this.pendingLines = 0;
      this.pendingKind = "instance";
      this.tryComplete();
      return true;
    }
    if (!this.pkg) return false;
    if (/^\^[\s^]*$/.test(t)) return true;
    if (/^\(no parents/.test(t)) return true;
    if (/ required by\b/.test(t) || import_block.ATOM_LIKE.test(t)) {
      this.pending = t;
      this.pendingLines = 0;
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2NvbmZsaWN0QmxvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogU2xvdCBjb25mbGljdHMgKGAhISEgTXVsdGlwbGUgcGFja2FnZSBpbnN0YW5jZXMgd2l0aGluIGEgc2luZ2xlIHBhY2thZ2Ugc2xvdCBcdTIwMjZgKSBhbmQgdGhlIGJsb2NrZXJcbiAqIGV4cGxhbmF0aW9uIChgKiBFcnJvcjogVGhlIGFib3ZlIHBhY2thZ2UgbGlzdCBjb250YWlucyBwYWNrYWdlcyB3aGljaCBjYW5ub3QgYmUgaW5zdGFsbGVkIFx1MjAyNmApOiBncm91cHMgb2ZcbiAqIGAoY3B2OnNsb3Qvc3ViOjpyZXBvLCBzdGF0ZSkgW1VTRVx1MjAyNl0gcHVsbGVkIGluIGJ5YCBmb2xsb3dlZCBieSBwYXJlbnQgbGluZXMuIEhhcmQtd3JhcHBlZCBwYXN0ZXMgYXJlXG4gKiByZS1qb2luZWQgKGEgbGluZSBlbmRpbmcgaW4gYHJlcXVpcmVkIGJ5YCwgb3Igd2l0aCBhbiBvcGVuIHF1b3RlLCBjb250aW51ZXMgb24gdGhlIG5leHQgb25lKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBCbG9ja2VyRXZlbnQsIENvbmZsaWN0UGFja2FnZSwgQ29uZmxpY3RQYXJlbnQsIEVtZXJnZUV2ZW50LCBTbG90Q29uZmxpY3RFdmVudCB9IGZyb20gJy4vZXZlbnRzJztcbmltcG9ydCB0eXBlIHsgQmxvY2sgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB7IEFUT01fTElLRSwgY2FwUHVzaCwgc3BsaXRQa2dTcGVjIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgdHlwZSB7IExvZ0xpbmUgfSBmcm9tICcuL2xvZ0xpbmUnO1xuXG5jb25zdCBJTlNUQU5DRSA9IC9eXFwoKFteXFxzLCgpXSspLCAoW14pXSopXFwpKC4qKSQvO1xuY29uc3QgU0xPVF9BVE9NID0gL14oW0EtWmEtejAtOStfLi1dK1xcL1tBLVphLXowLTkrXy4tXSspOihcXFMrKSQvO1xuY29uc3QgTUFYX0pPSU4gPSAxNiAqIDEwMjQ7XG5jb25zdCBNQVhfSk9JTl9MSU5FUyA9IDg7XG5cbmV4cG9ydCBmdW5jdGlvbiBzdGFydENvbmZsaWN0KGw6IExvZ0xpbmUpOiBCbG9jayB8IG51bGwge1xuICBjb25zdCB0ID0gbC50ZXh0O1xuICBpZiAodC5zdGFydHNXaXRoKCchISEgTXVsdGlwbGUgcGFja2FnZSBpbnN0YW5jZXMgd2l0aGluIGEgc2luZ2xlIHBhY2thZ2Ugc2xvdCcpKSByZXR1cm4gbmV3IENvbmZsaWN0QmxvY2sobC5uLCAnc2xvdCcpO1xuICBjb25zdCBib2R5ID0gbC5idWxsZXQgPT09ICcqJyA/IGwuYm9keS50cmltKCkgOiB0O1xuICBpZiAoYm9keS5zdGFydHNXaXRoKCdFcnJvcjogVGhlIGFib3ZlIHBhY2thZ2UgbGlzdCBjb250YWlucyBwYWNrYWdlcyB3aGljaCBjYW5ub3QgYmUnKSkgcmV0dXJuIG5ldyBDb25mbGljdEJsb2NrKGwubiwgJ2Jsb2NrZXInKTtcbiAgLy8gQSBwYXN0ZWQgZnJhZ21lbnQgd2l0aCBvbmx5IHRoZSBgcHVsbGVkIGluIGJ5YCBncm91cHMuXG4gIGlmICh0LnN0YXJ0c1dpdGgoJygnKSAmJiBJTlNUQU5DRS50ZXN0KHQpICYmICh0LmVuZHNXaXRoKCdwdWxsZWQgaW4gYnknKSB8fCAhdC5pbmNsdWRlcygnIHJlcXVpcmVkIGJ5ICcpKSkge1xuICAgIGNvbnN0IGIgPSBuZXcgQ29uZmxpY3RCbG9jayhsLm4sICdibG9ja2VyJyk7XG4gICAgcmV0dXJuIGIuZmVlZChsKSA/IGIgOiBudWxsO1xuICB9XG4gIHJldHVybiBudWxsO1xufVxuXG5mdW5jdGlvbiBjb3VudChzOiBzdHJpbmcsIGNoOiBzdHJpbmcpOiBudW1iZXIge1xuICBsZXQgYyA9IDA7XG4gIGZvciAobGV0IGkgPSBzLmluZGV4T2YoY2gpOyBpID49IDA7IGkgPSBzLmluZGV4T2YoY2gsIGkgKyAxKSkgYysrO1xuICByZXR1cm4gYztcbn1cblxuY2xhc3MgQ29uZmxpY3RCbG9jayBpbXBsZW1lbnRzIEJsb2NrIHtcbiAgcHJpdmF0ZSByZWFkb25seSBncm91cHM6IHsgbjogbnVtYmVyOyBhdG9tOiBzdHJpbmc7IHNsb3Q6IHN0cmluZzsgcGFja2FnZXM6IENvbmZsaWN0UGFja2FnZVtdIH1bXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IGxvb3NlOiBDb25mbGljdFBhY2thZ2VbXSA9IFtdO1xuICBwcml2YXRlIHBrZz86IENvbmZsaWN0UGFja2FnZTtcbiAgcHJpdmF0ZSBwZW5kaW5nID0gJyc7XG4gIHByaXZhdGUgcGVuZGluZ0tpbmQ6ICdpbnN0YW5jZScgfCAncGFyZW50JyB8ICcnID0gJyc7XG4gIHByaXZhdGUgcGVuZGluZ0xpbmVzID0gMDtcbiAgcHJpdmF0ZSBibGFua3MgPSAwO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbjogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkga2luZDogJ3Nsb3QnIHwgJ2Jsb2NrZXInLFxuICApIHt9XG5cbiAgZmVlZChsOiBMb2dMaW5lKTogYm9vbGVhbiB7XG4gICAgY29uc3QgdCA9IGwudGV4dDtcbiAgICBpZiAodCA9PT0gJycpIHtcbiAgICAgIHRoaXMuZmx1c2goKTtcbiAgICAgIHJldHVybiArK3RoaXMuYmxhbmtzIDwgNDtcbiAgICB9XG4gICAgdGhpcy5ibGFua3MgPSAwO1xuICAgIGlmICh0aGlzLnBlbmRpbmcpIHtcbiAgICAgIC8vIEEgaGFyZC13cmFwcGVkIGxpbmUgZ29lcyBvbiBmb3IgYSBmZXcgbGluZXMgYXQgbW9zdCwgYW5kIG5ldmVyIGludG8gYSBuZXcgY29uc3RydWN0LlxuICAgICAgY29uc3Qgb3BlbnNOZXcgPSAvXig/OiEhIXw+Pj58XFxbKS8udGVzdCh0KSB8fCAoL15cXChcXFMrLCAvLnRlc3QodCkgJiYgIS9yZXF1aXJlZCBieSQvLnRlc3QodGhpcy5wZW5kaW5nKSk7XG4gICAgICBpZiAoKyt0aGlzLnBlbmRpbmdMaW5lcyA+IE1BWF9KT0lOX0xJTkVTIHx8IG9wZW5zTmV3KSB0aGlzLmZsdXNoKCk7XG4gICAgICBlbHNlIHtcbiAgICAgICAgdGhpcy5wZW5kaW5nID0gYCR7dGhpcy5wZW5kaW5nfSAke3R9YC5zbGljZSgwLCBNQVhfSk9JTik7XG4gICAgICAgIHRoaXMudHJ5Q29tcGxldGUoKTtcbiAgICAgICAgcmV0dXJuIHRydWU7XG4gICAgICB9XG4gICAgfVxuICAgIGlmICgvXig/Okl0IG1heSBiZSBwb3NzaWJsZSB0byBzb2x2ZXxGb3IgbW9yZSBpbmZvcm1hdGlvbikvLnRlc3QodCkpIHJldHVybiBmYWxzZTtcbiAgICBpZiAodC5zdGFydHNXaXRoKCchISEgJykpIHtcbiAgICAgIHJldHVybiAvXiEhISAoPzpNdWx0aXBsZSBwYWNrYWdlIGluc3RhbmNlc3xpbnRvIHRoZSBkZXBlbmRlbmN5IGdyYXBoKS8udGVzdCh0KTtcbiAgICB9XG4gICAgaWYgKHQgPT09ICdwdWxsZWQnKSByZXR1cm4gdHJ1ZTsgLy8gaGFyZC13cmFwcGVkIGhlYWRlclxuICAgIGNvbnN0IGJvZHkgPSBsLmJ1bGxldCA9PT0gJyonID8gbC5ib2R5LnRyaW0oKSA6IHQ7XG4gICAgaWYgKC9eKD86RXJyb3I6IFRoZSBhYm92ZSBwYWNrYWdlIGxpc3QgY29udGFpbnN8aW5zdGFsbGVkIGF0IHRoZSBzYW1lIHRpbWUgb24gdGhlIHNhbWUgc3lzdGVtKS8udGVzdChib2R5KSkgcmV0dXJuIHRydWU7XG4gICAgbGV0IG06IFJlZ0V4cEV4ZWNBcnJheSB8IG51bGw7XG4gICAgaWYgKHRoaXMua2luZCA9PT0gJ3Nsb3QnICYmIChtID0gU0xPVF9BVE9NLmV4ZWModCkpKSB7XG4gICAgICBjYXBQdXNoKHRoaXMuZ3JvdXBzLCB7IG46IGwubiwgYXRvbTogdCwgc2xvdDogbVsyXSwgcGFja2FnZXM6IFtdIH0pO1xuICAgICAgdGhpcy5wa2cgPSB1bmRlZmluZWQ7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKElOU1RBTkNFLnRlc3QodCkgJiYgIS8gcmVxdWlyZWQgYnkgLy50ZXN0KHQucmVwbGFjZSgvXFwoW14pXSpcXCkvLCAnJykpKSB7XG4gICAgICB0aGlzLnBlbmRpbmcgPSB0O1xuICAgICAgdGhpcy5wZW5kaW5nTGluZXMgPSAwO1xuICAgICAgdGhpcy5wZW5kaW5nS2luZCA9ICdpbnN0YW5jZSc7XG4gICAgICB0aGlzLnRyeUNvbXBsZXRlKCk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKCF0aGlzLnBrZykgcmV0dXJuIGZhbHNlO1xuICAgIGlmICgvXlxcXltcXHNeXSokLy50ZXN0KHQpKSByZXR1cm4gdHJ1ZTsgLy8gY2FyZXQgbGluZSB1bmRlciBhbiBhdG9tXG4gICAgaWYgKC9eXFwobm8gcGFyZW50cy8udGVzdCh0KSkgcmV0dXJuIHRydWU7XG4gICAgaWYgKC8gcmVxdWlyZWQgYnlcXGIvLnRlc3QodCkgfHwgQVRPTV9MSUtFLnRlc3QodCkpIHtcbiAgICAgIHRoaXMucGVuZGluZyA9IHQ7XG4gICAgICB0aGlzLnBlbmRpbmdMaW5lcyA9IDA7XG4gICAgICB0aGlzLnBlbmRpbmdLaW5kID0gJ3BhcmVudCc7XG4gICAgICB0aGlzLnRyeUNvbXBsZXRlKCk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG5cbiAgLyoqIENvbXBsZXRlcyB0aGUgcGVuZGluZyAobWF5YmUgaGFyZC13cmFwcGVkKSBsaW5lIHdoZW4gaXQgbG9va3Mgd2hvbGUuICovXG4gIHByaXZhdGUgdHJ5Q29tcGxldGUoKTogdm9pZCB7XG4gICAgY29uc3QgdCA9IHRoaXMucGVuZGluZztcbiAgICBpZiAodGhpcy5wZW5kaW5nS2luZCA9PT0gJ2luc3RhbmNlJykge1xuICAgICAgaWYgKCEvcHVsbGVkIGluIGJ5JC8udGVzdCh0KSAmJiB0Lmxlbmd0aCA8IE1BWF9KT0lOKSByZXR1cm47XG4gICAgICB0aGlzLmFkZEluc3RhbmNlKHQpO1xuICAgIH0gZWxzZSB7XG4gICAgICBpZiAoKC9yZXF1aXJlZCBieSQvLnRlc3QodCkgfHwgY291bnQodCwgJ1wiJykgJSAyID09PSAxKSAmJiB0Lmxlbmd0aCA8IE1BWF9KT0lOKSByZXR1cm47XG4gICAgICB0aGlzLmFkZFBhcmVudCh0KTtcbiAgICB9XG4gICAgdGhpcy5wZW5kaW5nID0gJyc7XG4gICAgdGhpcy5wZW5kaW5nS2luZCA9ICcnO1xuICB9XG5cbiAgcHJpdmF0ZSBmbHVzaCgpOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMucGVuZGluZykgcmV0dXJuO1xuICAgIGlmICh0aGlzLnBlbmRpbmdLaW5kID09PSAnaW5zdGFuY2UnKSB0aGlzLmFkZEluc3RhbmNlKHRoaXMucGVuZGluZyk7XG4gICAgZWxzZSB0aGlzLmFkZFBhcmVudCh0aGlzLnBlbmRpbmcpO1xuICAgIHRoaXMucGVuZGluZyA9ICcnO1xuICAgIHRoaXMucGVuZGluZ0tpbmQgPSAnJztcbiAgfVxuXG4gIHByaXZhdGUgYWRkSW5zdGFuY2UodDogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3QgbSA9IElOU1RBTkNFLmV4ZWModCk7XG4gICAgaWYgKCFtKSByZXR1cm47XG4gICAgY29uc3QgeyBjcHYsIHNsb3QsIHJlcG8gfSA9IHNwbGl0UGtnU3BlYyhtWzFdKTtcbiAgICBjb25zdCByZXN0ID0gbVszXS5yZXBsYWNlKC9cXHMqcHVsbGVkIGluIGJ5JC8sICcnKS50cmltKCk7XG4gICAgY29uc3QgcDogQ29uZmxpY3RQYWNrYWdlID0geyBjcHYsIC4uLihzbG90ID8geyBzbG90IH0gOiB7fSksIC4uLihyZXBvID8geyByZXBvIH0gOiB7fSksIHN0YXRlOiBtWzJdLCBwYXJlbnRzOiBbXSB9O1xuICAgIGlmIChyZXN0KSBwLnVzZSA9IHJlc3Q7XG4gICAgdGhpcy5wa2cgPSBwO1xuICAgIGNvbnN0IGcgPSB0aGlzLmdyb3Vwc1t0aGlzLmdyb3Vwcy5sZW5ndGggLSAxXTtcbiAgICBjYXBQdXNoKGcgPyBnLnBhY2thZ2VzIDogdGhpcy5sb29zZSwgcCk7XG4gIH1cblxuICBwcml2YXRlIGFkZFBhcmVudCh0OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMucGtnKSByZXR1cm47XG4gICAgY29uc3QgbSA9IC9eKFxcUyspKD86XFxzK1xcKChcXFMrKVxcKSk/XFxzK3JlcXVpcmVkIGJ5XFxzKyguKikkLy5leGVjKHQpO1xuICAgIGNvbnN0IHBhcmVudDogQ29uZmxpY3RQYXJlbnQgPSB7IGF0b206IG0gPyBtWzFdIDogdCB9O1xuICAgIGlmIChtKSB7XG4gICAgICBpZiAobVsyXSkgcGFyZW50LmV2YWx1YXRlZCA9IG1bMl07XG4gICAgICBjb25zdCBieSA9IG1bM10udHJpbSgpO1xuICAgICAgY29uc3QgcG0gPSAvXlxcKChbXlxccywoKV0rKSwgKFteKV0qKVxcKS8uZXhlYyhieSk7XG4gICAgICBpZiAocG0pIHtcbiAgICAgICAgcGFyZW50LnJlcXVpcmVkQnkgPSBwbVsxXTtcbiAgICAgICAgcGFyZW50LnJlcXVpcmVkQnlTdGF0ZSA9IHBtWzJdO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgcGFyZW50LnJlcXVpcmVkQnkgPSBieTtcbiAgICAgIH1cbiAgICB9XG4gICAgY2FwUHVzaCh0aGlzLnBrZy5wYXJlbnRzLCBwYXJlbnQpO1xuICB9XG5cbiAgZmluaXNoKCk6IEVtZXJnZUV2ZW50W10ge1xuICAgIHRoaXMuZmx1c2goKTtcbiAgICBpZiAodGhpcy5raW5kID09PSAnYmxvY2tlcicpIHtcbiAgICAgIGNvbnN0IHBhY2thZ2VzID0gWy4uLnRoaXMubG9vc2UsIC4uLnRoaXMuZ3JvdXBzLmZsYXRNYXAoKGcpID0+IGcucGFja2FnZXMpXTtcbiAgICAgIGNvbnN0IGV2OiBCbG9ja2VyRXZlbnQgPSB7IHR5cGU6ICdibG9ja2VyJywgaW5wdXRMaW5lOiB0aGlzLm4sIHBhY2thZ2VzIH07XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuZ3JvdXBzLm1hcCgoZyk6IFNsb3RDb25mbGljdEV2ZW50ID0+ICh7XG4gICAgICB0eXBlOiAnc2xvdC1jb25mbGljdCcsIGlucHV0TGluZTogZy5uLCBhdG9tOiBnLmF0b20sIHNsb3Q6IGcuc2xvdCwgcGFja2FnZXM6IGcucGFja2FnZXMsXG4gICAgfSkpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsbUJBQWlEO0FBR2pELE1BQU0sV0FBVztBQUNqQixNQUFNLFlBQVk7QUFDbEIsTUFBTSxXQUFXLEtBQUs7QUFDdEIsTUFBTSxpQkFBaUI7QUFFaEIsU0FBUyxjQUFjLEdBQTBCO0FBQ3RELFFBQU0sSUFBSSxFQUFFO0FBQ1osTUFBSSxFQUFFLFdBQVcsNkRBQTZELEVBQUcsUUFBTyxJQUFJLGNBQWMsRUFBRSxHQUFHLE1BQU07QUFDckgsUUFBTSxPQUFPLEVBQUUsV0FBVyxNQUFNLEVBQUUsS0FBSyxLQUFLLElBQUk7QUFDaEQsTUFBSSxLQUFLLFdBQVcsaUVBQWlFLEVBQUcsUUFBTyxJQUFJLGNBQWMsRUFBRSxHQUFHLFNBQVM7QUFFL0gsTUFBSSxFQUFFLFdBQVcsR0FBRyxLQUFLLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGNBQWMsS0FBSyxDQUFDLEVBQUUsU0FBUyxlQUFlLElBQUk7QUFDekcsVUFBTSxJQUFJLElBQUksY0FBYyxFQUFFLEdBQUcsU0FBUztBQUMxQyxXQUFPLEVBQUUsS0FBSyxDQUFDLElBQUksSUFBSTtBQUFBLEVBQ3pCO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLEdBQVcsSUFBb0I7QUFDNUMsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLEVBQUUsUUFBUSxFQUFFLEdBQUcsS0FBSyxHQUFHLElBQUksRUFBRSxRQUFRLElBQUksSUFBSSxDQUFDLEVBQUc7QUFDOUQsU0FBTztBQUNUO0FBRUEsTUFBTSxjQUErQjtBQUFBLEVBU25DLFlBQ21CLEdBQ0EsTUFDakI7QUFGaUI7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFGZ0I7QUFBQSxFQUNBO0FBQUEsRUFWRixTQUFtRixDQUFDO0FBQUEsRUFDcEYsUUFBMkIsQ0FBQztBQUFBLEVBQ3JDO0FBQUEsRUFDQSxVQUFVO0FBQUEsRUFDVixjQUEwQztBQUFBLEVBQzFDLGVBQWU7QUFBQSxFQUNmLFNBQVM7QUFBQSxFQU9qQixLQUFLLEdBQXFCO0FBQ3hCLFVBQU0sSUFBSSxFQUFFO0FBQ1osUUFBSSxNQUFNLElBQUk7QUFDWixXQUFLLE1BQU07QUFDWCxhQUFPLEVBQUUsS0FBSyxTQUFTO0FBQUEsSUFDekI7QUFDQSxTQUFLLFNBQVM7QUFDZCxRQUFJLEtBQUssU0FBUztBQUVoQixZQUFNLFdBQVcsa0JBQWtCLEtBQUssQ0FBQyxLQUFNLFdBQVcsS0FBSyxDQUFDLEtBQUssQ0FBQyxlQUFlLEtBQUssS0FBSyxPQUFPO0FBQ3RHLFVBQUksRUFBRSxLQUFLLGVBQWUsa0JBQWtCLFNBQVUsTUFBSyxNQUFNO0FBQUEsV0FDNUQ7QUFDSCxhQUFLLFVBQVUsR0FBRyxLQUFLLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLFFBQVE7QUFDdkQsYUFBSyxZQUFZO0FBQ2pCLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUNBLFFBQUksd0RBQXdELEtBQUssQ0FBQyxFQUFHLFFBQU87QUFDNUUsUUFBSSxFQUFFLFdBQVcsTUFBTSxHQUFHO0FBQ3hCLGFBQU8sZ0VBQWdFLEtBQUssQ0FBQztBQUFBLElBQy9FO0FBQ0EsUUFBSSxNQUFNLFNBQVUsUUFBTztBQUMzQixVQUFNLE9BQU8sRUFBRSxXQUFXLE1BQU0sRUFBRSxLQUFLLEtBQUssSUFBSTtBQUNoRCxRQUFJLDRGQUE0RixLQUFLLElBQUksRUFBRyxRQUFPO0FBQ25ILFFBQUk7QUFDSixRQUFJLEtBQUssU0FBUyxXQUFXLElBQUksVUFBVSxLQUFLLENBQUMsSUFBSTtBQUNuRCxnQ0FBUSxLQUFLLFFBQVEsRUFBRSxHQUFHLEVBQUUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFLENBQUMsR0FBRyxVQUFVLENBQUMsRUFBRSxDQUFDO0FBQ2xFLFdBQUssTUFBTTtBQUNYLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxTQUFTLEtBQUssQ0FBQyxLQUFLLENBQUMsZ0JBQWdCLEtBQUssRUFBRSxRQUFRLGFBQWEsRUFBRSxDQUFDLEdBQUc7QUFDekUsV0FBSyxVQUFVO0FBQ2YsV0FBSyxlQUFlO0FBQ3BCLFdBQUssY0FBYztBQUNuQixXQUFLLFlBQVk7QUFDakIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLENBQUMsS0FBSyxJQUFLLFFBQU87QUFDdEIsUUFBSSxhQUFhLEtBQUssQ0FBQyxFQUFHLFFBQU87QUFDakMsUUFBSSxnQkFBZ0IsS0FBSyxDQUFDLEVBQUcsUUFBTztBQUNwQyxRQUFJLGlCQUFpQixLQUFLLENBQUMsS0FBSyx1QkFBVSxLQUFLLENBQUMsR0FBRztBQUNqRCxXQUFLLFVBQVU7QUFDZixXQUFLLGVBQWU7QUFDcEIsV0FBSyxjQUFjO0FBQ25CLFdBQUssWUFBWTtBQUNqQixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdRLGNBQW9CO0FBQzFCLFVBQU0sSUFBSSxLQUFLO0FBQ2YsUUFBSSxLQUFLLGdCQUFnQixZQUFZO0FBQ25DLFVBQUksQ0FBQyxnQkFBZ0IsS0FBSyxDQUFDLEtBQUssRUFBRSxTQUFTLFNBQVU7QUFDckQsV0FBSyxZQUFZLENBQUM7QUFBQSxJQUNwQixPQUFPO0FBQ0wsV0FBSyxlQUFlLEtBQUssQ0FBQyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksTUFBTSxNQUFNLEVBQUUsU0FBUyxTQUFVO0FBQ2hGLFdBQUssVUFBVSxDQUFDO0FBQUEsSUFDbEI7QUFDQSxTQUFLLFVBQVU7QUFDZixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBLEVBRVEsUUFBYztBQUNwQixRQUFJLENBQUMsS0FBSyxRQUFTO0FBQ25CLFFBQUksS0FBSyxnQkFBZ0IsV0FBWSxNQUFLLFlBQVksS0FBSyxPQUFPO0FBQUEsUUFDN0QsTUFBSyxVQUFVLEtBQUssT0FBTztBQUNoQyxTQUFLLFVBQVU7QUFDZixTQUFLLGNBQWM7QUFBQSxFQUNyQjtBQUFBLEVBRVEsWUFBWSxHQUFpQjtBQUNuQyxVQUFNLElBQUksU0FBUyxLQUFLLENBQUM7QUFDekIsUUFBSSxDQUFDLEVBQUc7QUFDUixVQUFNLEVBQUUsS0FBSyxNQUFNLEtBQUssUUFBSSwyQkFBYSxFQUFFLENBQUMsQ0FBQztBQUM3QyxVQUFNLE9BQU8sRUFBRSxDQUFDLEVBQUUsUUFBUSxvQkFBb0IsRUFBRSxFQUFFLEtBQUs7QUFDdkQsVUFBTSxJQUFxQixFQUFFLEtBQUssR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBSSxHQUFJLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFJLE9BQU8sRUFBRSxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUU7QUFDakgsUUFBSSxLQUFNLEdBQUUsTUFBTTtBQUNsQixTQUFLLE1BQU07QUFDWCxVQUFNLElBQUksS0FBSyxPQUFPLEtBQUssT0FBTyxTQUFTLENBQUM7QUFDNUMsOEJBQVEsSUFBSSxFQUFFLFdBQVcsS0FBSyxPQUFPLENBQUM7QUFBQSxFQUN4QztBQUFBLEVBRVEsVUFBVSxHQUFpQjtBQUNqQyxRQUFJLENBQUMsS0FBSyxJQUFLO0FBQ2YsVUFBTSxJQUFJLGdEQUFnRCxLQUFLLENBQUM7QUFDaEUsVUFBTSxTQUF5QixFQUFFLE1BQU0sSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFO0FBQ3BELFFBQUksR0FBRztBQUNMLFVBQUksRUFBRSxDQUFDLEVBQUcsUUFBTyxZQUFZLEVBQUUsQ0FBQztBQUNoQyxZQUFNLEtBQUssRUFBRSxDQUFDLEVBQUUsS0FBSztBQUNyQixZQUFNLEtBQUssNEJBQTRCLEtBQUssRUFBRTtBQUM5QyxVQUFJLElBQUk7QUFDTixlQUFPLGFBQWEsR0FBRyxDQUFDO0FBQ3hCLGVBQU8sa0JBQWtCLEdBQUcsQ0FBQztBQUFBLE1BQy9CLE9BQU87QUFDTCxlQUFPLGFBQWE7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFDQSw4QkFBUSxLQUFLLElBQUksU0FBUyxNQUFNO0FBQUEsRUFDbEM7QUFBQSxFQUVBLFNBQXdCO0FBQ3RCLFNBQUssTUFBTTtBQUNYLFFBQUksS0FBSyxTQUFTLFdBQVc7QUFDM0IsWUFBTSxXQUFXLENBQUMsR0FBRyxLQUFLLE9BQU8sR0FBRyxLQUFLLE9BQU8sUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDMUUsWUFBTSxLQUFtQixFQUFFLE1BQU0sV0FBVyxXQUFXLEtBQUssR0FBRyxTQUFTO0FBQ3hFLGFBQU8sQ0FBQyxFQUFFO0FBQUEsSUFDWjtBQUNBLFdBQU8sS0FBSyxPQUFPLElBQUksQ0FBQyxPQUEwQjtBQUFBLE1BQ2hELE1BQU07QUFBQSxNQUFpQixXQUFXLEVBQUU7QUFBQSxNQUFHLE1BQU0sRUFBRTtBQUFBLE1BQU0sTUFBTSxFQUFFO0FBQUEsTUFBTSxVQUFVLEVBQUU7QUFBQSxJQUNqRixFQUFFO0FBQUEsRUFDSjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
