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
var dependencyBlock_exports = {};
__export(dependencyBlock_exports, {
  startDependencyProblem: () => startDependencyProblem
});
module.exports = __toCommonJS(dependencyBlock_exports);
var import_block = require("./block");
const MASKED = /^!!! All ebuilds that could satisfy "(.+)" have been masked\.?$/;
const NO_EBUILDS = /^emerge: there are no ebuilds (built with USE flags )?to satisfy "(.+)"(?: for [^.]*)?\.?$/;
const REQUIRED_USE = /^!!! The ebuild selected to satisfy "(.+)" has unmet requirements\.?$/;
const CANDIDATE = /^- (\S+)\s+\((masked by|Change USE): (.*)\)$/;
const DEP_CHAIN = /^\(dependency required by "(.+)" \[(\w+)\]\)$/;
const ELISION = /^(?:\.{3,}|\[?(?:…|\.\.\.)\]?)$/;
function startDependencyProblem(l) {
  const t = l.text;
  let m;
  if (t.startsWith("!!! ")) {
    if (m = MASKED.exec(t)) return new DependencyBlock(l.n, "masked", m[1], false);
    if (m = REQUIRED_USE.exec(t)) return new DependencyBlock(l.n, "required-use", m[1], false);
  } else if (t.startsWith("emerge: ") && (m = NO_EBUILDS.exec(t))) {
    return new DependencyBlock(l.n, "no-ebuilds", m[2], Boolean(m[1]));
  }
  return null;
}
function splitReasons(s) {
  const out = [];
  for (const piece of s.split(", ")) {
    const prev = out[out.length - 1];
    if (prev !== void 0 && prev.startsWith("invalid:") && !piece.startsWith("invalid:")) out[out.length - 1] = `${prev}, ${piece}`;
    else out.push(piece);
  }
  return out;
}
class DependencyBlock {
  constructor(n, kind, atom, useFlags) {
    this.n = n;
    this.kind = kind;
    this.atom = atom;
    this.useFlags = useFlags;
  }
  n;
  kind;
  atom;
  useFlags;
  candidates = [];
  requiredBy = [];
  suggestions = [];
  unsatisfied = [];
  expression = [];
  section = "main";
  blanks = 0;
  cpv;
  repo;
  use;
  feed(l) {
    const t = l.text;
    if (this.section === "done") return false;
    if (t === "") {
      if (++this.blanks >= 3) return false;
      if (this.section !== "main") this.section = "main";
      return true;
    }
    this.blanks = 0;
    let m;
    if (/^!!! One of the following (masked )?packages is required to complete your request:?$/.test(t)) return true;
    if (m = CANDIDATE.exec(t)) {
      const { cpv, repo } = (0, import_block.splitPkgSpec)(m[1]);
      const c = { cpv, ...repo ? { repo } : {}, reasons: [] };
      if (m[2] === "masked by") c.reasons = splitReasons(m[3]);
      else c.change = m[3];
      (0, import_block.capPush)(this.candidates, c);
      return true;
    }
    if (this.kind === "required-use" && !this.cpv && (m = /^- (\S+?)(?:\s+(\S+=.*))?$/.exec(t))) {
      const spec = (0, import_block.splitPkgSpec)(m[1]);
      this.cpv = spec.cpv;
      this.repo = spec.repo;
      if (m[2]) this.use = m[2];
      return true;
    }
    const last = this.candidates[this.candidates.length - 1];
    if (last && (m = /^(\/\S+):$/.exec(t))) {
      last.maskFile = m[1];
      return true;
    }
    if (last && last.maskFile && t.startsWith("#")) {
      (last.comment ??= []).push(t);
      return true;
    }
    if (last && (m = /^A copy of the '(.+)' license is located at '(.+)'\.?$/.exec(t))) {
      last.licenseFile = m[2];
      return true;
    }
    if (m = DEP_CHAIN.exec(t)) {
      (0, import_block.capPush)(this.requiredBy, { atom: m[1], kind: m[2] });
      return true;
    }
    if (ELISION.test(t) || t === "emerge: searching for similar names...") return true;
    if (m = /^emerge: Maybe you meant (?:any of these: )?(.+?)\??$/.exec(t)) {
      for (const s of m[1].split(/,\s*/)) if (s) (0, import_block.capPush)(this.suggestions, s);
      return true;
    }
    if (/^The following REQUIRED_USE flag constraints are unsatisfied:?$/.test(t)) {
      this.section = "unsatisfied";
      return true;
    }
    if (/^The above constraints are a subset of the following complete expression:?$/.test(t)) {
      this.section = "expression";
      return true;
    }
    if (this.section === "unsatisfied") {
      (0, import_block.capPush)(this.unsatisfied, t);
      return true;
    }
    if (this.section === "expression") {
      (0, import_block.capPush)(this.expression, t);
      return true;
    }
    if (/^For more information, see (?:the )?MASKED PACKAGES section/.test(t)) return true;
    if (/^man page or refer to the Gentoo Handbook\.?$/.test(t)) {
      this.section = "done";
      return true;
    }
    return false;
  }
  finish() {
    if (this.kind === "masked") {
      const ev2 = { type: "masked", inputLine: this.n, atom: this.atom, candidates: this.candidates, requiredBy: this.requiredBy };
      return [ev2];
    }
    if (this.kind === "no-ebuilds") {
      const ev2 = {
        type: "no-ebuilds",
        inputLine: this.n,
        atom: this.atom,
        candidates: this.candidates,
        requiredBy: this.requiredBy,
        suggestions: this.suggestions
      };
      if (this.useFlags) ev2.useFlags = true;
      return [ev2];
    }
    const ev = { type: "required-use", inputLine: this.n, atom: this.atom, unsatisfied: this.unsatisfied };
    if (this.cpv) ev.cpv = this.cpv;
    if (this.repo) ev.repo = this.repo;
    if (this.use) ev.use = this.use;
    if (this.expression.length) ev.expression = this.expression.join(" ");
    if (this.requiredBy.length) ev.requiredBy = this.requiredBy;
    return [ev];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startDependencyProblem
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2RlcGVuZGVuY3lCbG9jay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBSZXNvbHZlciBjb21wbGFpbnRzIGFib3V0IG9uZSBhdG9tOiBgISEhIEFsbCBlYnVpbGRzIHRoYXQgY291bGQgc2F0aXNmeSBcIlhcIiBoYXZlIGJlZW4gbWFza2VkLmAsXG4gKiBgZW1lcmdlOiB0aGVyZSBhcmUgbm8gZWJ1aWxkcyBbYnVpbHQgd2l0aCBVU0UgZmxhZ3NdIHRvIHNhdGlzZnkgXCJYXCIuYCAod2l0aCBgTWF5YmUgeW91IG1lYW50YCksIGFuZFxuICogYCEhISBUaGUgZWJ1aWxkIHNlbGVjdGVkIHRvIHNhdGlzZnkgXCJYXCIgaGFzIHVubWV0IHJlcXVpcmVtZW50cy5gIChSRVFVSVJFRF9VU0UpLlxuICovXG5pbXBvcnQgdHlwZSB7IEVtZXJnZUV2ZW50LCBNYXNrQ2FuZGlkYXRlLCBNYXNrZWRFdmVudCwgTm9FYnVpbGRzRXZlbnQsIFJlcXVpcmVkQnksIFJlcXVpcmVkVXNlRXZlbnQgfSBmcm9tICcuL2V2ZW50cyc7XG5pbXBvcnQgdHlwZSB7IEJsb2NrIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBjYXBQdXNoLCBzcGxpdFBrZ1NwZWMgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbmNvbnN0IE1BU0tFRCA9IC9eISEhIEFsbCBlYnVpbGRzIHRoYXQgY291bGQgc2F0aXNmeSBcIiguKylcIiBoYXZlIGJlZW4gbWFza2VkXFwuPyQvO1xuY29uc3QgTk9fRUJVSUxEUyA9IC9eZW1lcmdlOiB0aGVyZSBhcmUgbm8gZWJ1aWxkcyAoYnVpbHQgd2l0aCBVU0UgZmxhZ3MgKT90byBzYXRpc2Z5IFwiKC4rKVwiKD86IGZvciBbXi5dKik/XFwuPyQvO1xuY29uc3QgUkVRVUlSRURfVVNFID0gL14hISEgVGhlIGVidWlsZCBzZWxlY3RlZCB0byBzYXRpc2Z5IFwiKC4rKVwiIGhhcyB1bm1ldCByZXF1aXJlbWVudHNcXC4/JC87XG5jb25zdCBDQU5ESURBVEUgPSAvXi0gKFxcUyspXFxzK1xcKChtYXNrZWQgYnl8Q2hhbmdlIFVTRSk6ICguKilcXCkkLztcbmNvbnN0IERFUF9DSEFJTiA9IC9eXFwoZGVwZW5kZW5jeSByZXF1aXJlZCBieSBcIiguKylcIiBcXFsoXFx3KylcXF1cXCkkLztcbi8qKiBVc2VyIGVsaXNpb25zIGluIHBhc3RlczogYC4uLi4uLmAsIGBbXHUyMDI2XWAsIGBbLi4uXWAsIGBcdTIwMjZgLiAqL1xuY29uc3QgRUxJU0lPTiA9IC9eKD86XFwuezMsfXxcXFs/KD86XHUyMDI2fFxcLlxcLlxcLilcXF0/KSQvO1xuXG5leHBvcnQgZnVuY3Rpb24gc3RhcnREZXBlbmRlbmN5UHJvYmxlbShsOiBMb2dMaW5lKTogQmxvY2sgfCBudWxsIHtcbiAgY29uc3QgdCA9IGwudGV4dDtcbiAgbGV0IG06IFJlZ0V4cEV4ZWNBcnJheSB8IG51bGw7XG4gIGlmICh0LnN0YXJ0c1dpdGgoJyEhISAnKSkge1xuICAgIGlmICgobSA9IE1BU0tFRC5leGVjKHQpKSkgcmV0dXJuIG5ldyBEZXBlbmRlbmN5QmxvY2sobC5uLCAnbWFza2VkJywgbVsxXSwgZmFsc2UpO1xuICAgIGlmICgobSA9IFJFUVVJUkVEX1VTRS5leGVjKHQpKSkgcmV0dXJuIG5ldyBEZXBlbmRlbmN5QmxvY2sobC5uLCAncmVxdWlyZWQtdXNlJywgbVsxXSwgZmFsc2UpO1xuICB9IGVsc2UgaWYgKHQuc3RhcnRzV2l0aCgnZW1lcmdlOiAnKSAmJiAobSA9IE5PX0VCVUlMRFMuZXhlYyh0KSkpIHtcbiAgICByZXR1cm4gbmV3IERlcGVuZGVuY3lCbG9jayhsLm4sICduby1lYnVpbGRzJywgbVsyXSwgQm9vbGVhbihtWzFdKSk7XG4gIH1cbiAgcmV0dXJuIG51bGw7XG59XG5cbi8qKiBgaW52YWxpZDogREVQRU5EOiBcdTIwMjYsIGludmFsaWQ6IFJERVBFTkQ6IFx1MjAyNmAgb3IgYH5hbWQ2NCBrZXl3b3JkLCBwYWNrYWdlLm1hc2tgOiBzcGxpdCBhdCByZWFzb24gc3RhcnRzLiAqL1xuZnVuY3Rpb24gc3BsaXRSZWFzb25zKHM6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHBpZWNlIG9mIHMuc3BsaXQoJywgJykpIHtcbiAgICBjb25zdCBwcmV2ID0gb3V0W291dC5sZW5ndGggLSAxXTtcbiAgICBpZiAocHJldiAhPT0gdW5kZWZpbmVkICYmIHByZXYuc3RhcnRzV2l0aCgnaW52YWxpZDonKSAmJiAhcGllY2Uuc3RhcnRzV2l0aCgnaW52YWxpZDonKSkgb3V0W291dC5sZW5ndGggLSAxXSA9IGAke3ByZXZ9LCAke3BpZWNlfWA7XG4gICAgZWxzZSBvdXQucHVzaChwaWVjZSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuY2xhc3MgRGVwZW5kZW5jeUJsb2NrIGltcGxlbWVudHMgQmxvY2sge1xuICBwcml2YXRlIHJlYWRvbmx5IGNhbmRpZGF0ZXM6IE1hc2tDYW5kaWRhdGVbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IHJlcXVpcmVkQnk6IFJlcXVpcmVkQnlbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IHN1Z2dlc3Rpb25zOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IHVuc2F0aXNmaWVkOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IGV4cHJlc3Npb246IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgc2VjdGlvbjogJ21haW4nIHwgJ3Vuc2F0aXNmaWVkJyB8ICdleHByZXNzaW9uJyB8ICdkb25lJyA9ICdtYWluJztcbiAgcHJpdmF0ZSBibGFua3MgPSAwO1xuICBwcml2YXRlIGNwdj86IHN0cmluZztcbiAgcHJpdmF0ZSByZXBvPzogc3RyaW5nO1xuICBwcml2YXRlIHVzZT86IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IG46IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IGtpbmQ6ICdtYXNrZWQnIHwgJ25vLWVidWlsZHMnIHwgJ3JlcXVpcmVkLXVzZScsXG4gICAgcHJpdmF0ZSByZWFkb25seSBhdG9tOiBzdHJpbmcsXG4gICAgcHJpdmF0ZSByZWFkb25seSB1c2VGbGFnczogYm9vbGVhbixcbiAgKSB7fVxuXG4gIGZlZWQobDogTG9nTGluZSk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IHQgPSBsLnRleHQ7XG4gICAgaWYgKHRoaXMuc2VjdGlvbiA9PT0gJ2RvbmUnKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKHQgPT09ICcnKSB7XG4gICAgICBpZiAoKyt0aGlzLmJsYW5rcyA+PSAzKSByZXR1cm4gZmFsc2U7XG4gICAgICBpZiAodGhpcy5zZWN0aW9uICE9PSAnbWFpbicpIHRoaXMuc2VjdGlvbiA9ICdtYWluJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICB0aGlzLmJsYW5rcyA9IDA7XG4gICAgbGV0IG06IFJlZ0V4cEV4ZWNBcnJheSB8IG51bGw7XG4gICAgaWYgKC9eISEhIE9uZSBvZiB0aGUgZm9sbG93aW5nIChtYXNrZWQgKT9wYWNrYWdlcyBpcyByZXF1aXJlZCB0byBjb21wbGV0ZSB5b3VyIHJlcXVlc3Q6PyQvLnRlc3QodCkpIHJldHVybiB0cnVlO1xuICAgIGlmICgobSA9IENBTkRJREFURS5leGVjKHQpKSkge1xuICAgICAgY29uc3QgeyBjcHYsIHJlcG8gfSA9IHNwbGl0UGtnU3BlYyhtWzFdKTtcbiAgICAgIGNvbnN0IGM6IE1hc2tDYW5kaWRhdGUgPSB7IGNwdiwgLi4uKHJlcG8gPyB7IHJlcG8gfSA6IHt9KSwgcmVhc29uczogW10gfTtcbiAgICAgIGlmIChtWzJdID09PSAnbWFza2VkIGJ5JykgYy5yZWFzb25zID0gc3BsaXRSZWFzb25zKG1bM10pO1xuICAgICAgZWxzZSBjLmNoYW5nZSA9IG1bM107XG4gICAgICBjYXBQdXNoKHRoaXMuY2FuZGlkYXRlcywgYyk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKHRoaXMua2luZCA9PT0gJ3JlcXVpcmVkLXVzZScgJiYgIXRoaXMuY3B2ICYmIChtID0gL14tIChcXFMrPykoPzpcXHMrKFxcUys9LiopKT8kLy5leGVjKHQpKSkge1xuICAgICAgY29uc3Qgc3BlYyA9IHNwbGl0UGtnU3BlYyhtWzFdKTtcbiAgICAgIHRoaXMuY3B2ID0gc3BlYy5jcHY7XG4gICAgICB0aGlzLnJlcG8gPSBzcGVjLnJlcG87XG4gICAgICBpZiAobVsyXSkgdGhpcy51c2UgPSBtWzJdO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGNvbnN0IGxhc3QgPSB0aGlzLmNhbmRpZGF0ZXNbdGhpcy5jYW5kaWRhdGVzLmxlbmd0aCAtIDFdO1xuICAgIGlmIChsYXN0ICYmIChtID0gL14oXFwvXFxTKyk6JC8uZXhlYyh0KSkpIHtcbiAgICAgIGxhc3QubWFza0ZpbGUgPSBtWzFdO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmIChsYXN0ICYmIGxhc3QubWFza0ZpbGUgJiYgdC5zdGFydHNXaXRoKCcjJykpIHtcbiAgICAgIChsYXN0LmNvbW1lbnQgPz89IFtdKS5wdXNoKHQpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmIChsYXN0ICYmIChtID0gL15BIGNvcHkgb2YgdGhlICcoLispJyBsaWNlbnNlIGlzIGxvY2F0ZWQgYXQgJyguKyknXFwuPyQvLmV4ZWModCkpKSB7XG4gICAgICBsYXN0LmxpY2Vuc2VGaWxlID0gbVsyXTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoKG0gPSBERVBfQ0hBSU4uZXhlYyh0KSkpIHtcbiAgICAgIGNhcFB1c2godGhpcy5yZXF1aXJlZEJ5LCB7IGF0b206IG1bMV0sIGtpbmQ6IG1bMl0gfSk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKEVMSVNJT04udGVzdCh0KSB8fCB0ID09PSAnZW1lcmdlOiBzZWFyY2hpbmcgZm9yIHNpbWlsYXIgbmFtZXMuLi4nKSByZXR1cm4gdHJ1ZTtcbiAgICBpZiAoKG0gPSAvXmVtZXJnZTogTWF5YmUgeW91IG1lYW50ICg/OmFueSBvZiB0aGVzZTogKT8oLis/KVxcPz8kLy5leGVjKHQpKSkge1xuICAgICAgZm9yIChjb25zdCBzIG9mIG1bMV0uc3BsaXQoLyxcXHMqLykpIGlmIChzKSBjYXBQdXNoKHRoaXMuc3VnZ2VzdGlvbnMsIHMpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICgvXlRoZSBmb2xsb3dpbmcgUkVRVUlSRURfVVNFIGZsYWcgY29uc3RyYWludHMgYXJlIHVuc2F0aXNmaWVkOj8kLy50ZXN0KHQpKSB7XG4gICAgICB0aGlzLnNlY3Rpb24gPSAndW5zYXRpc2ZpZWQnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICgvXlRoZSBhYm92ZSBjb25zdHJhaW50cyBhcmUgYSBzdWJzZXQgb2YgdGhlIGZvbGxvd2luZyBjb21wbGV0ZSBleHByZXNzaW9uOj8kLy50ZXN0KHQpKSB7XG4gICAgICB0aGlzLnNlY3Rpb24gPSAnZXhwcmVzc2lvbic7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKHRoaXMuc2VjdGlvbiA9PT0gJ3Vuc2F0aXNmaWVkJykge1xuICAgICAgY2FwUHVzaCh0aGlzLnVuc2F0aXNmaWVkLCB0KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAodGhpcy5zZWN0aW9uID09PSAnZXhwcmVzc2lvbicpIHtcbiAgICAgIGNhcFB1c2godGhpcy5leHByZXNzaW9uLCB0KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoL15Gb3IgbW9yZSBpbmZvcm1hdGlvbiwgc2VlICg/OnRoZSApP01BU0tFRCBQQUNLQUdFUyBzZWN0aW9uLy50ZXN0KHQpKSByZXR1cm4gdHJ1ZTtcbiAgICBpZiAoL15tYW4gcGFnZSBvciByZWZlciB0byB0aGUgR2VudG9vIEhhbmRib29rXFwuPyQvLnRlc3QodCkpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICdkb25lJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gZmFsc2U7XG4gIH1cblxuICBmaW5pc2goKTogRW1lcmdlRXZlbnRbXSB7XG4gICAgaWYgKHRoaXMua2luZCA9PT0gJ21hc2tlZCcpIHtcbiAgICAgIGNvbnN0IGV2OiBNYXNrZWRFdmVudCA9IHsgdHlwZTogJ21hc2tlZCcsIGlucHV0TGluZTogdGhpcy5uLCBhdG9tOiB0aGlzLmF0b20sIGNhbmRpZGF0ZXM6IHRoaXMuY2FuZGlkYXRlcywgcmVxdWlyZWRCeTogdGhpcy5yZXF1aXJlZEJ5IH07XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgaWYgKHRoaXMua2luZCA9PT0gJ25vLWVidWlsZHMnKSB7XG4gICAgICBjb25zdCBldjogTm9FYnVpbGRzRXZlbnQgPSB7XG4gICAgICAgIHR5cGU6ICduby1lYnVpbGRzJywgaW5wdXRMaW5lOiB0aGlzLm4sIGF0b206IHRoaXMuYXRvbSwgY2FuZGlkYXRlczogdGhpcy5jYW5kaWRhdGVzLCByZXF1aXJlZEJ5OiB0aGlzLnJlcXVpcmVkQnksXG4gICAgICAgIHN1Z2dlc3Rpb25zOiB0aGlzLnN1Z2dlc3Rpb25zLFxuICAgICAgfTtcbiAgICAgIGlmICh0aGlzLnVzZUZsYWdzKSBldi51c2VGbGFncyA9IHRydWU7XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgY29uc3QgZXY6IFJlcXVpcmVkVXNlRXZlbnQgPSB7IHR5cGU6ICdyZXF1aXJlZC11c2UnLCBpbnB1dExpbmU6IHRoaXMubiwgYXRvbTogdGhpcy5hdG9tLCB1bnNhdGlzZmllZDogdGhpcy51bnNhdGlzZmllZCB9O1xuICAgIGlmICh0aGlzLmNwdikgZXYuY3B2ID0gdGhpcy5jcHY7XG4gICAgaWYgKHRoaXMucmVwbykgZXYucmVwbyA9IHRoaXMucmVwbztcbiAgICBpZiAodGhpcy51c2UpIGV2LnVzZSA9IHRoaXMudXNlO1xuICAgIGlmICh0aGlzLmV4cHJlc3Npb24ubGVuZ3RoKSBldi5leHByZXNzaW9uID0gdGhpcy5leHByZXNzaW9uLmpvaW4oJyAnKTtcbiAgICBpZiAodGhpcy5yZXF1aXJlZEJ5Lmxlbmd0aCkgZXYucmVxdWlyZWRCeSA9IHRoaXMucmVxdWlyZWRCeTtcbiAgICByZXR1cm4gW2V2XTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU9BLG1CQUFzQztBQUd0QyxNQUFNLFNBQVM7QUFDZixNQUFNLGFBQWE7QUFDbkIsTUFBTSxlQUFlO0FBQ3JCLE1BQU0sWUFBWTtBQUNsQixNQUFNLFlBQVk7QUFFbEIsTUFBTSxVQUFVO0FBRVQsU0FBUyx1QkFBdUIsR0FBMEI7QUFDL0QsUUFBTSxJQUFJLEVBQUU7QUFDWixNQUFJO0FBQ0osTUFBSSxFQUFFLFdBQVcsTUFBTSxHQUFHO0FBQ3hCLFFBQUssSUFBSSxPQUFPLEtBQUssQ0FBQyxFQUFJLFFBQU8sSUFBSSxnQkFBZ0IsRUFBRSxHQUFHLFVBQVUsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUMvRSxRQUFLLElBQUksYUFBYSxLQUFLLENBQUMsRUFBSSxRQUFPLElBQUksZ0JBQWdCLEVBQUUsR0FBRyxnQkFBZ0IsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdGLFdBQVcsRUFBRSxXQUFXLFVBQVUsTUFBTSxJQUFJLFdBQVcsS0FBSyxDQUFDLElBQUk7QUFDL0QsV0FBTyxJQUFJLGdCQUFnQixFQUFFLEdBQUcsY0FBYyxFQUFFLENBQUMsR0FBRyxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNuRTtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsYUFBYSxHQUFxQjtBQUN6QyxRQUFNLE1BQWdCLENBQUM7QUFDdkIsYUFBVyxTQUFTLEVBQUUsTUFBTSxJQUFJLEdBQUc7QUFDakMsVUFBTSxPQUFPLElBQUksSUFBSSxTQUFTLENBQUM7QUFDL0IsUUFBSSxTQUFTLFVBQWEsS0FBSyxXQUFXLFVBQVUsS0FBSyxDQUFDLE1BQU0sV0FBVyxVQUFVLEVBQUcsS0FBSSxJQUFJLFNBQVMsQ0FBQyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUs7QUFBQSxRQUMxSCxLQUFJLEtBQUssS0FBSztBQUFBLEVBQ3JCO0FBQ0EsU0FBTztBQUNUO0FBRUEsTUFBTSxnQkFBaUM7QUFBQSxFQVlyQyxZQUNtQixHQUNBLE1BQ0EsTUFDQSxVQUNqQjtBQUppQjtBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFKZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQWZGLGFBQThCLENBQUM7QUFBQSxFQUMvQixhQUEyQixDQUFDO0FBQUEsRUFDNUIsY0FBd0IsQ0FBQztBQUFBLEVBQ3pCLGNBQXdCLENBQUM7QUFBQSxFQUN6QixhQUF1QixDQUFDO0FBQUEsRUFDakMsVUFBMEQ7QUFBQSxFQUMxRCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFTUixLQUFLLEdBQXFCO0FBQ3hCLFVBQU0sSUFBSSxFQUFFO0FBQ1osUUFBSSxLQUFLLFlBQVksT0FBUSxRQUFPO0FBQ3BDLFFBQUksTUFBTSxJQUFJO0FBQ1osVUFBSSxFQUFFLEtBQUssVUFBVSxFQUFHLFFBQU87QUFDL0IsVUFBSSxLQUFLLFlBQVksT0FBUSxNQUFLLFVBQVU7QUFDNUMsYUFBTztBQUFBLElBQ1Q7QUFDQSxTQUFLLFNBQVM7QUFDZCxRQUFJO0FBQ0osUUFBSSx1RkFBdUYsS0FBSyxDQUFDLEVBQUcsUUFBTztBQUMzRyxRQUFLLElBQUksVUFBVSxLQUFLLENBQUMsR0FBSTtBQUMzQixZQUFNLEVBQUUsS0FBSyxLQUFLLFFBQUksMkJBQWEsRUFBRSxDQUFDLENBQUM7QUFDdkMsWUFBTSxJQUFtQixFQUFFLEtBQUssR0FBSSxPQUFPLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBSSxTQUFTLENBQUMsRUFBRTtBQUN2RSxVQUFJLEVBQUUsQ0FBQyxNQUFNLFlBQWEsR0FBRSxVQUFVLGFBQWEsRUFBRSxDQUFDLENBQUM7QUFBQSxVQUNsRCxHQUFFLFNBQVMsRUFBRSxDQUFDO0FBQ25CLGdDQUFRLEtBQUssWUFBWSxDQUFDO0FBQzFCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxLQUFLLFNBQVMsa0JBQWtCLENBQUMsS0FBSyxRQUFRLElBQUksNkJBQTZCLEtBQUssQ0FBQyxJQUFJO0FBQzNGLFlBQU0sV0FBTywyQkFBYSxFQUFFLENBQUMsQ0FBQztBQUM5QixXQUFLLE1BQU0sS0FBSztBQUNoQixXQUFLLE9BQU8sS0FBSztBQUNqQixVQUFJLEVBQUUsQ0FBQyxFQUFHLE1BQUssTUFBTSxFQUFFLENBQUM7QUFDeEIsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLE9BQU8sS0FBSyxXQUFXLEtBQUssV0FBVyxTQUFTLENBQUM7QUFDdkQsUUFBSSxTQUFTLElBQUksYUFBYSxLQUFLLENBQUMsSUFBSTtBQUN0QyxXQUFLLFdBQVcsRUFBRSxDQUFDO0FBQ25CLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxRQUFRLEtBQUssWUFBWSxFQUFFLFdBQVcsR0FBRyxHQUFHO0FBQzlDLE9BQUMsS0FBSyxZQUFZLENBQUMsR0FBRyxLQUFLLENBQUM7QUFDNUIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFNBQVMsSUFBSSx5REFBeUQsS0FBSyxDQUFDLElBQUk7QUFDbEYsV0FBSyxjQUFjLEVBQUUsQ0FBQztBQUN0QixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUssSUFBSSxVQUFVLEtBQUssQ0FBQyxHQUFJO0FBQzNCLGdDQUFRLEtBQUssWUFBWSxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ25ELGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxRQUFRLEtBQUssQ0FBQyxLQUFLLE1BQU0seUNBQTBDLFFBQU87QUFDOUUsUUFBSyxJQUFJLHdEQUF3RCxLQUFLLENBQUMsR0FBSTtBQUN6RSxpQkFBVyxLQUFLLEVBQUUsQ0FBQyxFQUFFLE1BQU0sTUFBTSxFQUFHLEtBQUksRUFBRywyQkFBUSxLQUFLLGFBQWEsQ0FBQztBQUN0RSxhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksa0VBQWtFLEtBQUssQ0FBQyxHQUFHO0FBQzdFLFdBQUssVUFBVTtBQUNmLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSw4RUFBOEUsS0FBSyxDQUFDLEdBQUc7QUFDekYsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssWUFBWSxlQUFlO0FBQ2xDLGdDQUFRLEtBQUssYUFBYSxDQUFDO0FBQzNCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxLQUFLLFlBQVksY0FBYztBQUNqQyxnQ0FBUSxLQUFLLFlBQVksQ0FBQztBQUMxQixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksOERBQThELEtBQUssQ0FBQyxFQUFHLFFBQU87QUFDbEYsUUFBSSxnREFBZ0QsS0FBSyxDQUFDLEdBQUc7QUFDM0QsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsU0FBd0I7QUFDdEIsUUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMxQixZQUFNQSxNQUFrQixFQUFFLE1BQU0sVUFBVSxXQUFXLEtBQUssR0FBRyxNQUFNLEtBQUssTUFBTSxZQUFZLEtBQUssWUFBWSxZQUFZLEtBQUssV0FBVztBQUN2SSxhQUFPLENBQUNBLEdBQUU7QUFBQSxJQUNaO0FBQ0EsUUFBSSxLQUFLLFNBQVMsY0FBYztBQUM5QixZQUFNQSxNQUFxQjtBQUFBLFFBQ3pCLE1BQU07QUFBQSxRQUFjLFdBQVcsS0FBSztBQUFBLFFBQUcsTUFBTSxLQUFLO0FBQUEsUUFBTSxZQUFZLEtBQUs7QUFBQSxRQUFZLFlBQVksS0FBSztBQUFBLFFBQ3RHLGFBQWEsS0FBSztBQUFBLE1BQ3BCO0FBQ0EsVUFBSSxLQUFLLFNBQVUsQ0FBQUEsSUFBRyxXQUFXO0FBQ2pDLGFBQU8sQ0FBQ0EsR0FBRTtBQUFBLElBQ1o7QUFDQSxVQUFNLEtBQXVCLEVBQUUsTUFBTSxnQkFBZ0IsV0FBVyxLQUFLLEdBQUcsTUFBTSxLQUFLLE1BQU0sYUFBYSxLQUFLLFlBQVk7QUFDdkgsUUFBSSxLQUFLLElBQUssSUFBRyxNQUFNLEtBQUs7QUFDNUIsUUFBSSxLQUFLLEtBQU0sSUFBRyxPQUFPLEtBQUs7QUFDOUIsUUFBSSxLQUFLLElBQUssSUFBRyxNQUFNLEtBQUs7QUFDNUIsUUFBSSxLQUFLLFdBQVcsT0FBUSxJQUFHLGFBQWEsS0FBSyxXQUFXLEtBQUssR0FBRztBQUNwRSxRQUFJLEtBQUssV0FBVyxPQUFRLElBQUcsYUFBYSxLQUFLO0FBQ2pELFdBQU8sQ0FBQyxFQUFFO0FBQUEsRUFDWjtBQUNGOyIsCiAgIm5hbWVzIjogWyJldiJdCn0K
