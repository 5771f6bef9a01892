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
const NO_EBUILDS = /^emerge: there are no (?:ebuilds|binary packages) (built with USE flags )?to satisfy "(.+)"(?: for [^.]*)?\.?$/;
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2RlcGVuZGVuY3lCbG9jay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBSZXNvbHZlciBjb21wbGFpbnRzIGFib3V0IG9uZSBhdG9tOiBgISEhIEFsbCBlYnVpbGRzIHRoYXQgY291bGQgc2F0aXNmeSBcIlhcIiBoYXZlIGJlZW4gbWFza2VkLmAsXG4gKiBgZW1lcmdlOiB0aGVyZSBhcmUgbm8gZWJ1aWxkcyBbYnVpbHQgd2l0aCBVU0UgZmxhZ3NdIHRvIHNhdGlzZnkgXCJYXCIuYCAod2l0aCBgTWF5YmUgeW91IG1lYW50YCksIGFuZFxuICogYCEhISBUaGUgZWJ1aWxkIHNlbGVjdGVkIHRvIHNhdGlzZnkgXCJYXCIgaGFzIHVubWV0IHJlcXVpcmVtZW50cy5gIChSRVFVSVJFRF9VU0UpLlxuICovXG5pbXBvcnQgdHlwZSB7IEVtZXJnZUV2ZW50LCBNYXNrQ2FuZGlkYXRlLCBNYXNrZWRFdmVudCwgTm9FYnVpbGRzRXZlbnQsIFJlcXVpcmVkQnksIFJlcXVpcmVkVXNlRXZlbnQgfSBmcm9tICcuL2V2ZW50cyc7XG5pbXBvcnQgdHlwZSB7IEJsb2NrIH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBjYXBQdXNoLCBzcGxpdFBrZ1NwZWMgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbmNvbnN0IE1BU0tFRCA9IC9eISEhIEFsbCBlYnVpbGRzIHRoYXQgY291bGQgc2F0aXNmeSBcIiguKylcIiBoYXZlIGJlZW4gbWFza2VkXFwuPyQvO1xuY29uc3QgTk9fRUJVSUxEUyA9IC9eZW1lcmdlOiB0aGVyZSBhcmUgbm8gKD86ZWJ1aWxkc3xiaW5hcnkgcGFja2FnZXMpIChidWlsdCB3aXRoIFVTRSBmbGFncyApP3RvIHNhdGlzZnkgXCIoLispXCIoPzogZm9yIFteLl0qKT9cXC4/JC87XG5jb25zdCBSRVFVSVJFRF9VU0UgPSAvXiEhISBUaGUgZWJ1aWxkIHNlbGVjdGVkIHRvIHNhdGlzZnkgXCIoLispXCIgaGFzIHVubWV0IHJlcXVpcmVtZW50c1xcLj8kLztcbmNvbnN0IENBTkRJREFURSA9IC9eLSAoXFxTKylcXHMrXFwoKG1hc2tlZCBieXxDaGFuZ2UgVVNFKTogKC4qKVxcKSQvO1xuY29uc3QgREVQX0NIQUlOID0gL15cXChkZXBlbmRlbmN5IHJlcXVpcmVkIGJ5IFwiKC4rKVwiIFxcWyhcXHcrKVxcXVxcKSQvO1xuLyoqIFVzZXIgZWxpc2lvbnMgaW4gcGFzdGVzOiBgLi4uLi4uYCwgYFtcdTIwMjZdYCwgYFsuLi5dYCwgYFx1MjAyNmAuICovXG5jb25zdCBFTElTSU9OID0gL14oPzpcXC57Myx9fFxcWz8oPzpcdTIwMjZ8XFwuXFwuXFwuKVxcXT8pJC87XG5cbmV4cG9ydCBmdW5jdGlvbiBzdGFydERlcGVuZGVuY3lQcm9ibGVtKGw6IExvZ0xpbmUpOiBCbG9jayB8IG51bGwge1xuICBjb25zdCB0ID0gbC50ZXh0O1xuICBsZXQgbTogUmVnRXhwRXhlY0FycmF5IHwgbnVsbDtcbiAgaWYgKHQuc3RhcnRzV2l0aCgnISEhICcpKSB7XG4gICAgaWYgKChtID0gTUFTS0VELmV4ZWModCkpKSByZXR1cm4gbmV3IERlcGVuZGVuY3lCbG9jayhsLm4sICdtYXNrZWQnLCBtWzFdLCBmYWxzZSk7XG4gICAgaWYgKChtID0gUkVRVUlSRURfVVNFLmV4ZWModCkpKSByZXR1cm4gbmV3IERlcGVuZGVuY3lCbG9jayhsLm4sICdyZXF1aXJlZC11c2UnLCBtWzFdLCBmYWxzZSk7XG4gIH0gZWxzZSBpZiAodC5zdGFydHNXaXRoKCdlbWVyZ2U6ICcpICYmIChtID0gTk9fRUJVSUxEUy5leGVjKHQpKSkge1xuICAgIHJldHVybiBuZXcgRGVwZW5kZW5jeUJsb2NrKGwubiwgJ25vLWVidWlsZHMnLCBtWzJdLCBCb29sZWFuKG1bMV0pKTtcbiAgfVxuICByZXR1cm4gbnVsbDtcbn1cblxuLyoqIGBpbnZhbGlkOiBERVBFTkQ6IFx1MjAyNiwgaW52YWxpZDogUkRFUEVORDogXHUyMDI2YCBvciBgfmFtZDY0IGtleXdvcmQsIHBhY2thZ2UubWFza2A6IHNwbGl0IGF0IHJlYXNvbiBzdGFydHMuICovXG5mdW5jdGlvbiBzcGxpdFJlYXNvbnMoczogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgcGllY2Ugb2Ygcy5zcGxpdCgnLCAnKSkge1xuICAgIGNvbnN0IHByZXYgPSBvdXRbb3V0Lmxlbmd0aCAtIDFdO1xuICAgIGlmIChwcmV2ICE9PSB1bmRlZmluZWQgJiYgcHJldi5zdGFydHNXaXRoKCdpbnZhbGlkOicpICYmICFwaWVjZS5zdGFydHNXaXRoKCdpbnZhbGlkOicpKSBvdXRbb3V0Lmxlbmd0aCAtIDFdID0gYCR7cHJldn0sICR7cGllY2V9YDtcbiAgICBlbHNlIG91dC5wdXNoKHBpZWNlKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5jbGFzcyBEZXBlbmRlbmN5QmxvY2sgaW1wbGVtZW50cyBCbG9jayB7XG4gIHByaXZhdGUgcmVhZG9ubHkgY2FuZGlkYXRlczogTWFza0NhbmRpZGF0ZVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgcmVxdWlyZWRCeTogUmVxdWlyZWRCeVtdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgc3VnZ2VzdGlvbnM6IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgdW5zYXRpc2ZpZWQ6IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgZXhwcmVzc2lvbjogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSBzZWN0aW9uOiAnbWFpbicgfCAndW5zYXRpc2ZpZWQnIHwgJ2V4cHJlc3Npb24nIHwgJ2RvbmUnID0gJ21haW4nO1xuICBwcml2YXRlIGJsYW5rcyA9IDA7XG4gIHByaXZhdGUgY3B2Pzogc3RyaW5nO1xuICBwcml2YXRlIHJlcG8/OiBzdHJpbmc7XG4gIHByaXZhdGUgdXNlPzogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbjogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkga2luZDogJ21hc2tlZCcgfCAnbm8tZWJ1aWxkcycgfCAncmVxdWlyZWQtdXNlJyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGF0b206IHN0cmluZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHVzZUZsYWdzOiBib29sZWFuLFxuICApIHt9XG5cbiAgZmVlZChsOiBMb2dMaW5lKTogYm9vbGVhbiB7XG4gICAgY29uc3QgdCA9IGwudGV4dDtcbiAgICBpZiAodGhpcy5zZWN0aW9uID09PSAnZG9uZScpIHJldHVybiBmYWxzZTtcbiAgICBpZiAodCA9PT0gJycpIHtcbiAgICAgIGlmICgrK3RoaXMuYmxhbmtzID49IDMpIHJldHVybiBmYWxzZTtcbiAgICAgIGlmICh0aGlzLnNlY3Rpb24gIT09ICdtYWluJykgdGhpcy5zZWN0aW9uID0gJ21haW4nO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHRoaXMuYmxhbmtzID0gMDtcbiAgICBsZXQgbTogUmVnRXhwRXhlY0FycmF5IHwgbnVsbDtcbiAgICBpZiAoL14hISEgT25lIG9mIHRoZSBmb2xsb3dpbmcgKG1hc2tlZCApP3BhY2thZ2VzIGlzIHJlcXVpcmVkIHRvIGNvbXBsZXRlIHlvdXIgcmVxdWVzdDo/JC8udGVzdCh0KSkgcmV0dXJuIHRydWU7XG4gICAgaWYgKChtID0gQ0FORElEQVRFLmV4ZWModCkpKSB7XG4gICAgICBjb25zdCB7IGNwdiwgcmVwbyB9ID0gc3BsaXRQa2dTcGVjKG1bMV0pO1xuICAgICAgY29uc3QgYzogTWFza0NhbmRpZGF0ZSA9IHsgY3B2LCAuLi4ocmVwbyA/IHsgcmVwbyB9IDoge30pLCByZWFzb25zOiBbXSB9O1xuICAgICAgaWYgKG1bMl0gPT09ICdtYXNrZWQgYnknKSBjLnJlYXNvbnMgPSBzcGxpdFJlYXNvbnMobVszXSk7XG4gICAgICBlbHNlIGMuY2hhbmdlID0gbVszXTtcbiAgICAgIGNhcFB1c2godGhpcy5jYW5kaWRhdGVzLCBjKTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAodGhpcy5raW5kID09PSAncmVxdWlyZWQtdXNlJyAmJiAhdGhpcy5jcHYgJiYgKG0gPSAvXi0gKFxcUys/KSg/OlxccysoXFxTKz0uKikpPyQvLmV4ZWModCkpKSB7XG4gICAgICBjb25zdCBzcGVjID0gc3BsaXRQa2dTcGVjKG1bMV0pO1xuICAgICAgdGhpcy5jcHYgPSBzcGVjLmNwdjtcbiAgICAgIHRoaXMucmVwbyA9IHNwZWMucmVwbztcbiAgICAgIGlmIChtWzJdKSB0aGlzLnVzZSA9IG1bMl07XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgY29uc3QgbGFzdCA9IHRoaXMuY2FuZGlkYXRlc1t0aGlzLmNhbmRpZGF0ZXMubGVuZ3RoIC0gMV07XG4gICAgaWYgKGxhc3QgJiYgKG0gPSAvXihcXC9cXFMrKTokLy5leGVjKHQpKSkge1xuICAgICAgbGFzdC5tYXNrRmlsZSA9IG1bMV07XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKGxhc3QgJiYgbGFzdC5tYXNrRmlsZSAmJiB0LnN0YXJ0c1dpdGgoJyMnKSkge1xuICAgICAgKGxhc3QuY29tbWVudCA/Pz0gW10pLnB1c2godCk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKGxhc3QgJiYgKG0gPSAvXkEgY29weSBvZiB0aGUgJyguKyknIGxpY2Vuc2UgaXMgbG9jYXRlZCBhdCAnKC4rKSdcXC4/JC8uZXhlYyh0KSkpIHtcbiAgICAgIGxhc3QubGljZW5zZUZpbGUgPSBtWzJdO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICgobSA9IERFUF9DSEFJTi5leGVjKHQpKSkge1xuICAgICAgY2FwUHVzaCh0aGlzLnJlcXVpcmVkQnksIHsgYXRvbTogbVsxXSwga2luZDogbVsyXSB9KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoRUxJU0lPTi50ZXN0KHQpIHx8IHQgPT09ICdlbWVyZ2U6IHNlYXJjaGluZyBmb3Igc2ltaWxhciBuYW1lcy4uLicpIHJldHVybiB0cnVlO1xuICAgIGlmICgobSA9IC9eZW1lcmdlOiBNYXliZSB5b3UgbWVhbnQgKD86YW55IG9mIHRoZXNlOiApPyguKz8pXFw/PyQvLmV4ZWModCkpKSB7XG4gICAgICBmb3IgKGNvbnN0IHMgb2YgbVsxXS5zcGxpdCgvLFxccyovKSkgaWYgKHMpIGNhcFB1c2godGhpcy5zdWdnZXN0aW9ucywgcyk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKC9eVGhlIGZvbGxvd2luZyBSRVFVSVJFRF9VU0UgZmxhZyBjb25zdHJhaW50cyBhcmUgdW5zYXRpc2ZpZWQ6PyQvLnRlc3QodCkpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICd1bnNhdGlzZmllZCc7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKC9eVGhlIGFib3ZlIGNvbnN0cmFpbnRzIGFyZSBhIHN1YnNldCBvZiB0aGUgZm9sbG93aW5nIGNvbXBsZXRlIGV4cHJlc3Npb246PyQvLnRlc3QodCkpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICdleHByZXNzaW9uJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAodGhpcy5zZWN0aW9uID09PSAndW5zYXRpc2ZpZWQnKSB7XG4gICAgICBjYXBQdXNoKHRoaXMudW5zYXRpc2ZpZWQsIHQpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICh0aGlzLnNlY3Rpb24gPT09ICdleHByZXNzaW9uJykge1xuICAgICAgY2FwUHVzaCh0aGlzLmV4cHJlc3Npb24sIHQpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICgvXkZvciBtb3JlIGluZm9ybWF0aW9uLCBzZWUgKD86dGhlICk/TUFTS0VEIFBBQ0tBR0VTIHNlY3Rpb24vLnRlc3QodCkpIHJldHVybiB0cnVlO1xuICAgIGlmICgvXm1hbiBwYWdlIG9yIHJlZmVyIHRvIHRoZSBHZW50b28gSGFuZGJvb2tcXC4/JC8udGVzdCh0KSkge1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ2RvbmUnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHJldHVybiBmYWxzZTtcbiAgfVxuXG4gIGZpbmlzaCgpOiBFbWVyZ2VFdmVudFtdIHtcbiAgICBpZiAodGhpcy5raW5kID09PSAnbWFza2VkJykge1xuICAgICAgY29uc3QgZXY6IE1hc2tlZEV2ZW50ID0geyB0eXBlOiAnbWFza2VkJywgaW5wdXRMaW5lOiB0aGlzLm4sIGF0b206IHRoaXMuYXRvbSwgY2FuZGlkYXRlczogdGhpcy5jYW5kaWRhdGVzLCByZXF1aXJlZEJ5OiB0aGlzLnJlcXVpcmVkQnkgfTtcbiAgICAgIHJldHVybiBbZXZdO1xuICAgIH1cbiAgICBpZiAodGhpcy5raW5kID09PSAnbm8tZWJ1aWxkcycpIHtcbiAgICAgIGNvbnN0IGV2OiBOb0VidWlsZHNFdmVudCA9IHtcbiAgICAgICAgdHlwZTogJ25vLWVidWlsZHMnLCBpbnB1dExpbmU6IHRoaXMubiwgYXRvbTogdGhpcy5hdG9tLCBjYW5kaWRhdGVzOiB0aGlzLmNhbmRpZGF0ZXMsIHJlcXVpcmVkQnk6IHRoaXMucmVxdWlyZWRCeSxcbiAgICAgICAgc3VnZ2VzdGlvbnM6IHRoaXMuc3VnZ2VzdGlvbnMsXG4gICAgICB9O1xuICAgICAgaWYgKHRoaXMudXNlRmxhZ3MpIGV2LnVzZUZsYWdzID0gdHJ1ZTtcbiAgICAgIHJldHVybiBbZXZdO1xuICAgIH1cbiAgICBjb25zdCBldjogUmVxdWlyZWRVc2VFdmVudCA9IHsgdHlwZTogJ3JlcXVpcmVkLXVzZScsIGlucHV0TGluZTogdGhpcy5uLCBhdG9tOiB0aGlzLmF0b20sIHVuc2F0aXNmaWVkOiB0aGlzLnVuc2F0aXNmaWVkIH07XG4gICAgaWYgKHRoaXMuY3B2KSBldi5jcHYgPSB0aGlzLmNwdjtcbiAgICBpZiAodGhpcy5yZXBvKSBldi5yZXBvID0gdGhpcy5yZXBvO1xuICAgIGlmICh0aGlzLnVzZSkgZXYudXNlID0gdGhpcy51c2U7XG4gICAgaWYgKHRoaXMuZXhwcmVzc2lvbi5sZW5ndGgpIGV2LmV4cHJlc3Npb24gPSB0aGlzLmV4cHJlc3Npb24uam9pbignICcpO1xuICAgIGlmICh0aGlzLnJlcXVpcmVkQnkubGVuZ3RoKSBldi5yZXF1aXJlZEJ5ID0gdGhpcy5yZXF1aXJlZEJ5O1xuICAgIHJldHVybiBbZXZdO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT0EsbUJBQXNDO0FBR3RDLE1BQU0sU0FBUztBQUNmLE1BQU0sYUFBYTtBQUNuQixNQUFNLGVBQWU7QUFDckIsTUFBTSxZQUFZO0FBQ2xCLE1BQU0sWUFBWTtBQUVsQixNQUFNLFVBQVU7QUFFVCxTQUFTLHVCQUF1QixHQUEwQjtBQUMvRCxRQUFNLElBQUksRUFBRTtBQUNaLE1BQUk7QUFDSixNQUFJLEVBQUUsV0FBVyxNQUFNLEdBQUc7QUFDeEIsUUFBSyxJQUFJLE9BQU8sS0FBSyxDQUFDLEVBQUksUUFBTyxJQUFJLGdCQUFnQixFQUFFLEdBQUcsVUFBVSxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQy9FLFFBQUssSUFBSSxhQUFhLEtBQUssQ0FBQyxFQUFJLFFBQU8sSUFBSSxnQkFBZ0IsRUFBRSxHQUFHLGdCQUFnQixFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0YsV0FBVyxFQUFFLFdBQVcsVUFBVSxNQUFNLElBQUksV0FBVyxLQUFLLENBQUMsSUFBSTtBQUMvRCxXQUFPLElBQUksZ0JBQWdCLEVBQUUsR0FBRyxjQUFjLEVBQUUsQ0FBQyxHQUFHLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ25FO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxhQUFhLEdBQXFCO0FBQ3pDLFFBQU0sTUFBZ0IsQ0FBQztBQUN2QixhQUFXLFNBQVMsRUFBRSxNQUFNLElBQUksR0FBRztBQUNqQyxVQUFNLE9BQU8sSUFBSSxJQUFJLFNBQVMsQ0FBQztBQUMvQixRQUFJLFNBQVMsVUFBYSxLQUFLLFdBQVcsVUFBVSxLQUFLLENBQUMsTUFBTSxXQUFXLFVBQVUsRUFBRyxLQUFJLElBQUksU0FBUyxDQUFDLElBQUksR0FBRyxJQUFJLEtBQUssS0FBSztBQUFBLFFBQzFILEtBQUksS0FBSyxLQUFLO0FBQUEsRUFDckI7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxNQUFNLGdCQUFpQztBQUFBLEVBWXJDLFlBQ21CLEdBQ0EsTUFDQSxNQUNBLFVBQ2pCO0FBSmlCO0FBQ0E7QUFDQTtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUpnQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBZkYsYUFBOEIsQ0FBQztBQUFBLEVBQy9CLGFBQTJCLENBQUM7QUFBQSxFQUM1QixjQUF3QixDQUFDO0FBQUEsRUFDekIsY0FBd0IsQ0FBQztBQUFBLEVBQ3pCLGFBQXVCLENBQUM7QUFBQSxFQUNqQyxVQUEwRDtBQUFBLEVBQzFELFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQVNSLEtBQUssR0FBcUI7QUFDeEIsVUFBTSxJQUFJLEVBQUU7QUFDWixRQUFJLEtBQUssWUFBWSxPQUFRLFFBQU87QUFDcEMsUUFBSSxNQUFNLElBQUk7QUFDWixVQUFJLEVBQUUsS0FBSyxVQUFVLEVBQUcsUUFBTztBQUMvQixVQUFJLEtBQUssWUFBWSxPQUFRLE1BQUssVUFBVTtBQUM1QyxhQUFPO0FBQUEsSUFDVDtBQUNBLFNBQUssU0FBUztBQUNkLFFBQUk7QUFDSixRQUFJLHVGQUF1RixLQUFLLENBQUMsRUFBRyxRQUFPO0FBQzNHLFFBQUssSUFBSSxVQUFVLEtBQUssQ0FBQyxHQUFJO0FBQzNCLFlBQU0sRUFBRSxLQUFLLEtBQUssUUFBSSwyQkFBYSxFQUFFLENBQUMsQ0FBQztBQUN2QyxZQUFNLElBQW1CLEVBQUUsS0FBSyxHQUFJLE9BQU8sRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFJLFNBQVMsQ0FBQyxFQUFFO0FBQ3ZFLFVBQUksRUFBRSxDQUFDLE1BQU0sWUFBYSxHQUFFLFVBQVUsYUFBYSxFQUFFLENBQUMsQ0FBQztBQUFBLFVBQ2xELEdBQUUsU0FBUyxFQUFFLENBQUM7QUFDbkIsZ0NBQVEsS0FBSyxZQUFZLENBQUM7QUFDMUIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssU0FBUyxrQkFBa0IsQ0FBQyxLQUFLLFFBQVEsSUFBSSw2QkFBNkIsS0FBSyxDQUFDLElBQUk7QUFDM0YsWUFBTSxXQUFPLDJCQUFhLEVBQUUsQ0FBQyxDQUFDO0FBQzlCLFdBQUssTUFBTSxLQUFLO0FBQ2hCLFdBQUssT0FBTyxLQUFLO0FBQ2pCLFVBQUksRUFBRSxDQUFDLEVBQUcsTUFBSyxNQUFNLEVBQUUsQ0FBQztBQUN4QixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sT0FBTyxLQUFLLFdBQVcsS0FBSyxXQUFXLFNBQVMsQ0FBQztBQUN2RCxRQUFJLFNBQVMsSUFBSSxhQUFhLEtBQUssQ0FBQyxJQUFJO0FBQ3RDLFdBQUssV0FBVyxFQUFFLENBQUM7QUFDbkIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFFBQVEsS0FBSyxZQUFZLEVBQUUsV0FBVyxHQUFHLEdBQUc7QUFDOUMsT0FBQyxLQUFLLFlBQVksQ0FBQyxHQUFHLEtBQUssQ0FBQztBQUM1QixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksU0FBUyxJQUFJLHlEQUF5RCxLQUFLLENBQUMsSUFBSTtBQUNsRixXQUFLLGNBQWMsRUFBRSxDQUFDO0FBQ3RCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSyxJQUFJLFVBQVUsS0FBSyxDQUFDLEdBQUk7QUFDM0IsZ0NBQVEsS0FBSyxZQUFZLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBRyxNQUFNLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDbkQsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFFBQVEsS0FBSyxDQUFDLEtBQUssTUFBTSx5Q0FBMEMsUUFBTztBQUM5RSxRQUFLLElBQUksd0RBQXdELEtBQUssQ0FBQyxHQUFJO0FBQ3pFLGlCQUFXLEtBQUssRUFBRSxDQUFDLEVBQUUsTUFBTSxNQUFNLEVBQUcsS0FBSSxFQUFHLDJCQUFRLEtBQUssYUFBYSxDQUFDO0FBQ3RFLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxrRUFBa0UsS0FBSyxDQUFDLEdBQUc7QUFDN0UsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLDhFQUE4RSxLQUFLLENBQUMsR0FBRztBQUN6RixXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxZQUFZLGVBQWU7QUFDbEMsZ0NBQVEsS0FBSyxhQUFhLENBQUM7QUFDM0IsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssWUFBWSxjQUFjO0FBQ2pDLGdDQUFRLEtBQUssWUFBWSxDQUFDO0FBQzFCLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSw4REFBOEQsS0FBSyxDQUFDLEVBQUcsUUFBTztBQUNsRixRQUFJLGdEQUFnRCxLQUFLLENBQUMsR0FBRztBQUMzRCxXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxTQUF3QjtBQUN0QixRQUFJLEtBQUssU0FBUyxVQUFVO0FBQzFCLFlBQU1BLE1BQWtCLEVBQUUsTUFBTSxVQUFVLFdBQVcsS0FBSyxHQUFHLE1BQU0sS0FBSyxNQUFNLFlBQVksS0FBSyxZQUFZLFlBQVksS0FBSyxXQUFXO0FBQ3ZJLGFBQU8sQ0FBQ0EsR0FBRTtBQUFBLElBQ1o7QUFDQSxRQUFJLEtBQUssU0FBUyxjQUFjO0FBQzlCLFlBQU1BLE1BQXFCO0FBQUEsUUFDekIsTUFBTTtBQUFBLFFBQWMsV0FBVyxLQUFLO0FBQUEsUUFBRyxNQUFNLEtBQUs7QUFBQSxRQUFNLFlBQVksS0FBSztBQUFBLFFBQVksWUFBWSxLQUFLO0FBQUEsUUFDdEcsYUFBYSxLQUFLO0FBQUEsTUFDcEI7QUFDQSxVQUFJLEtBQUssU0FBVSxDQUFBQSxJQUFHLFdBQVc7QUFDakMsYUFBTyxDQUFDQSxHQUFFO0FBQUEsSUFDWjtBQUNBLFVBQU0sS0FBdUIsRUFBRSxNQUFNLGdCQUFnQixXQUFXLEtBQUssR0FBRyxNQUFNLEtBQUssTUFBTSxhQUFhLEtBQUssWUFBWTtBQUN2SCxRQUFJLEtBQUssSUFBSyxJQUFHLE1BQU0sS0FBSztBQUM1QixRQUFJLEtBQUssS0FBTSxJQUFHLE9BQU8sS0FBSztBQUM5QixRQUFJLEtBQUssSUFBSyxJQUFHLE1BQU0sS0FBSztBQUM1QixRQUFJLEtBQUssV0FBVyxPQUFRLElBQUcsYUFBYSxLQUFLLFdBQVcsS0FBSyxHQUFHO0FBQ3BFLFFBQUksS0FBSyxXQUFXLE9BQVEsSUFBRyxhQUFhLEtBQUs7QUFDakQsV0FBTyxDQUFDLEVBQUU7QUFBQSxFQUNaO0FBQ0Y7IiwKICAibmFtZXMiOiBbImV2Il0KfQo=
