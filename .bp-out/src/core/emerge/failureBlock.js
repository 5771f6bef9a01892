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
var failureBlock_exports = {};
__export(failureBlock_exports, {
  startFailure: () => startFailure
});
module.exports = __toCommonJS(failureBlock_exports);
var import_block = require("./block");
const HEADER = /(^|\s|>>> |\* |- )ERROR: ([A-Za-z0-9+_.-]+\/[^\s:]+)(?:::(\S+))? failed(?: \(([\w-]+) phase\))?:\s*$/;
const FRAME = /^(\S+), line\s+(\d+):\s+Called (\S+)(?:\s+(.*))?$/;
const OLD_HEADER = /^!!! ERROR: ([A-Za-z0-9+_.-]+\/[^\s:]+?)(?:::(\S+))? failed\.?$/;
function startFailure(l) {
  if (!l.text.includes("ERROR: ")) return null;
  const old = OLD_HEADER.exec(l.text);
  if (old) return new FailureBlock(l.n, "!", old[1], old[2], "unknown");
  const m = HEADER.exec(l.text);
  if (!m) return null;
  const before = l.text.slice(0, m.index + m[1].length);
  let style = "";
  if (m[1] === "* " || before.endsWith("* ")) style = "*";
  else if (m[1] === "- " && m.index === 0) style = "-";
  else if (m[1] === ">>> ") style = ">";
  const { cpv, repo } = (0, import_block.splitPkgSpec)(m[2]);
  return new FailureBlock(l.n, style, cpv, repo ?? m[3], m[4] ?? "unknown");
}
class FailureBlock {
  constructor(n, style, cpv, repo, phase) {
    this.n = n;
    this.style = style;
    this.cpv = cpv;
    this.repo = repo;
    this.phase = phase;
  }
  n;
  style;
  cpv;
  repo;
  phase;
  section = "reason";
  reason = [];
  snippet = [];
  frames = [];
  blanks = 0;
  log;
  environment;
  workingDirectory;
  s;
  feed(l) {
    if (this.section === "done") return false;
    let body;
    if (this.style === "*" || this.style === "-") {
      if (l.bullet !== this.style) return false;
      body = l.body.trim();
    } else {
      body = l.text.startsWith(">>>") || l.text.startsWith("!!!") ? l.text.slice(3).trim() : l.text;
      if (body.startsWith("* ") || body === "*") body = body.slice(2).trim();
    }
    if (body === "") {
      if (this.style !== "*" && this.style !== "-" && ++this.blanks >= 2) return false;
      if (this.section === "reason" && this.reason.length > 0) this.section = "gap";
      else if (this.section === "snippet" && this.snippet.length > 0) this.section = "tail";
      return true;
    }
    this.blanks = 0;
    if (body === "Call stack:") {
      this.section = "stack";
      return true;
    }
    const f = FRAME.exec(body);
    if (f && (this.section === "stack" || this.section === "gap" || this.section === "reason")) {
      this.section = "stack";
      (0, import_block.capPush)(this.frames, { file: f[1], line: Number(f[2]), call: f[3], ...f[4] ? { args: f[4] } : {} });
      return true;
    }
    if (body === "The specific snippet of code:") {
      this.section = "snippet";
      return true;
    }
    let m;
    if (/^If you need support, post the output of/.test(body) || /^the complete build log and the output of/.test(body)) {
      this.section = "tail";
      return true;
    }
    if (/^If you need support, post the topmost build error/.test(body)) {
      this.section = "tail";
      return true;
    }
    if (m = /^(?:The|A) complete build log is located at '(.+)'\.?$/.exec(body)) {
      this.log = m[1];
      this.section = "tail";
      return true;
    }
    if (m = /^The ebuild environment file is located at '(.+)'\.?$/.exec(body)) {
      this.environment = m[1];
      this.section = "tail";
      return true;
    }
    if (m = /^Working directory: '(.*)'$/.exec(body)) {
      this.workingDirectory = m[1];
      this.section = "tail";
      return true;
    }
    if (m = /^S: '(.*)'$/.exec(body)) {
      this.s = m[1];
      this.section = "done";
      return true;
    }
    if (this.section === "reason") {
      (0, import_block.capPush)(this.reason, body.endsWith("**") && !body.startsWith("**") ? body.slice(0, -2).trimEnd() : body);
      return true;
    }
    if (this.section === "snippet") {
      (0, import_block.capPush)(this.snippet, body);
      return true;
    }
    if (this.style === "!" && this.reason.length === 0 && this.section === "stack") {
      this.reason.push(body);
      return true;
    }
    return false;
  }
  finish(ctx) {
    const reason = this.reason.join("\n");
    let phase = this.phase;
    if (phase === "unknown") {
      for (const f of this.frames) {
        const p = /^(?:src|pkg|dyn)_(\w+)$/.exec(f.call);
        if (p) {
          phase = p[1];
          break;
        }
      }
    }
    if (!ctx.firstTime(`failure|${this.cpv}|${phase}|${reason}`)) return [];
    const ev = {
      type: "build-failure",
      inputLine: this.n,
      cpv: this.cpv,
      ...this.repo ? { repo: this.repo } : {},
      phase,
      reason,
      frames: this.frames
    };
    if (this.snippet.length) ev.snippet = this.snippet.join("\n");
    const log = this.log ?? ctx.logOf(this.cpv);
    if (log) ev.log = log;
    if (this.environment) ev.environment = this.environment;
    if (this.workingDirectory !== void 0) ev.workingDirectory = this.workingDirectory;
    if (this.s !== void 0) ev.s = this.s;
    return [ev];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startFailure
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2ZhaWx1cmVCbG9jay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBgICogRVJST1I6IGNhdC9wa2ctMS4wOjpyZXBvIGZhaWxlZCAoY29tcGlsZSBwaGFzZSk6YCBhbmQgd2hhdCBmb2xsb3dzOiB0aGUgZGllIG1lc3NhZ2UsIGBDYWxsIHN0YWNrOmAsXG4gKiBgVGhlIHNwZWNpZmljIHNuaXBwZXQgb2YgY29kZTpgLCBhbmQgdGhlIGxvZy9lbnZpcm9ubWVudC93b3JraW5nLWRpcmVjdG9yeSBsaW5lcy4gQWxzbyByZWFkcyB0aGUgZm9ybXNcbiAqIGZvdW5kIGluIHBhc3RlcyBhbmQgbG9nczogYC0gYCBidWxsZXRzLCBgPj4+IGAgaW4gcGxhY2Ugb2YgYCAqIGAsIG5vIGJ1bGxldCBhdCBhbGwgKGVsb2cgc3VtbWFyeSksXG4gKiBhbmQgYSBoZWFkZXIgZ2x1ZWQgdG8gdGhlIGVuZCBvZiBhbm90aGVyIHRvb2wncyBwcm9ncmVzcyBsaW5lLlxuICovXG5pbXBvcnQgdHlwZSB7IEJ1aWxkRmFpbHVyZUV2ZW50LCBDYWxsRnJhbWUsIEVtZXJnZUV2ZW50IH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHR5cGUgeyBCbG9jaywgUGFyc2VDb250ZXh0IH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBjYXBQdXNoLCBzcGxpdFBrZ1NwZWMgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbmNvbnN0IEhFQURFUiA9IC8oXnxcXHN8Pj4+IHxcXCogfC0gKUVSUk9SOiAoW0EtWmEtejAtOStfLi1dK1xcL1teXFxzOl0rKSg/Ojo6KFxcUyspKT8gZmFpbGVkKD86IFxcKChbXFx3LV0rKSBwaGFzZVxcKSk/OlxccyokLztcbmNvbnN0IEZSQU1FID0gL14oXFxTKyksIGxpbmVcXHMrKFxcZCspOlxccytDYWxsZWQgKFxcUyspKD86XFxzKyguKikpPyQvO1xuXG4vKiogUG9ydGFnZSBiZWZvcmUgMi4xLjY6IGAhISEgRVJST1I6IGNhdC9wa2ctMS4wIGZhaWxlZC5gIChubyBwaGFzZTsgdGhlIHN0YWNrIHRlbGxzIGl0KS4gKi9cbmNvbnN0IE9MRF9IRUFERVIgPSAvXiEhISBFUlJPUjogKFtBLVphLXowLTkrXy4tXStcXC9bXlxcczpdKz8pKD86OjooXFxTKykpPyBmYWlsZWRcXC4/JC87XG5cbi8qKiBSZWNvZ25pc2VzIHRoZSBoZWFkZXIgYW55d2hlcmUgaW4gYSBsaW5lIChpdCBtYXkgYmUgZ2x1ZWQgdG8gYW5vdGhlciB0b29sJ3Mgb3V0cHV0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFydEZhaWx1cmUobDogTG9nTGluZSk6IEJsb2NrIHwgbnVsbCB7XG4gIGlmICghbC50ZXh0LmluY2x1ZGVzKCdFUlJPUjogJykpIHJldHVybiBudWxsO1xuICBjb25zdCBvbGQgPSBPTERfSEVBREVSLmV4ZWMobC50ZXh0KTtcbiAgaWYgKG9sZCkgcmV0dXJuIG5ldyBGYWlsdXJlQmxvY2sobC5uLCAnIScsIG9sZFsxXSwgb2xkWzJdLCAndW5rbm93bicpO1xuICBjb25zdCBtID0gSEVBREVSLmV4ZWMobC50ZXh0KTtcbiAgaWYgKCFtKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgYmVmb3JlID0gbC50ZXh0LnNsaWNlKDAsIG0uaW5kZXggKyBtWzFdLmxlbmd0aCk7XG4gIGxldCBzdHlsZTogU3R5bGUgPSAnJztcbiAgaWYgKG1bMV0gPT09ICcqICcgfHwgYmVmb3JlLmVuZHNXaXRoKCcqICcpKSBzdHlsZSA9ICcqJztcbiAgZWxzZSBpZiAobVsxXSA9PT0gJy0gJyAmJiBtLmluZGV4ID09PSAwKSBzdHlsZSA9ICctJztcbiAgZWxzZSBpZiAobVsxXSA9PT0gJz4+PiAnKSBzdHlsZSA9ICc+JztcbiAgY29uc3QgeyBjcHYsIHJlcG8gfSA9IHNwbGl0UGtnU3BlYyhtWzJdKTtcbiAgcmV0dXJuIG5ldyBGYWlsdXJlQmxvY2sobC5uLCBzdHlsZSwgY3B2LCByZXBvID8/IG1bM10sIG1bNF0gPz8gJ3Vua25vd24nKTtcbn1cblxudHlwZSBTdHlsZSA9ICcnIHwgJyonIHwgJy0nIHwgJz4nIHwgJyEnO1xudHlwZSBTZWN0aW9uID0gJ3JlYXNvbicgfCAnZ2FwJyB8ICdzdGFjaycgfCAnc25pcHBldCcgfCAndGFpbCcgfCAnZG9uZSc7XG5cbmNsYXNzIEZhaWx1cmVCbG9jayBpbXBsZW1lbnRzIEJsb2NrIHtcbiAgcHJpdmF0ZSBzZWN0aW9uOiBTZWN0aW9uID0gJ3JlYXNvbic7XG4gIHByaXZhdGUgcmVhZG9ubHkgcmVhc29uOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IHNuaXBwZXQ6IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgcmVhZG9ubHkgZnJhbWVzOiBDYWxsRnJhbWVbXSA9IFtdO1xuICBwcml2YXRlIGJsYW5rcyA9IDA7XG4gIHByaXZhdGUgbG9nPzogc3RyaW5nO1xuICBwcml2YXRlIGVudmlyb25tZW50Pzogc3RyaW5nO1xuICBwcml2YXRlIHdvcmtpbmdEaXJlY3Rvcnk/OiBzdHJpbmc7XG4gIHByaXZhdGUgcz86IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IG46IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHN0eWxlOiBTdHlsZSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGNwdjogc3RyaW5nLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVwbzogc3RyaW5nIHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcGhhc2U6IHN0cmluZyxcbiAgKSB7fVxuXG4gIGZlZWQobDogTG9nTGluZSk6IGJvb2xlYW4ge1xuICAgIGlmICh0aGlzLnNlY3Rpb24gPT09ICdkb25lJykgcmV0dXJuIGZhbHNlO1xuICAgIGxldCBib2R5OiBzdHJpbmc7XG4gICAgaWYgKHRoaXMuc3R5bGUgPT09ICcqJyB8fCB0aGlzLnN0eWxlID09PSAnLScpIHtcbiAgICAgIGlmIChsLmJ1bGxldCAhPT0gdGhpcy5zdHlsZSkgcmV0dXJuIGZhbHNlO1xuICAgICAgYm9keSA9IGwuYm9keS50cmltKCk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGJvZHkgPSBsLnRleHQuc3RhcnRzV2l0aCgnPj4+JykgfHwgbC50ZXh0LnN0YXJ0c1dpdGgoJyEhIScpID8gbC50ZXh0LnNsaWNlKDMpLnRyaW0oKSA6IGwudGV4dDtcbiAgICAgIGlmIChib2R5LnN0YXJ0c1dpdGgoJyogJykgfHwgYm9keSA9PT0gJyonKSBib2R5ID0gYm9keS5zbGljZSgyKS50cmltKCk7XG4gICAgfVxuICAgIGlmIChib2R5ID09PSAnJykge1xuICAgICAgLy8gQnVsbGV0LWxlc3MgZm9ybXMgaGF2ZSBubyBgICogYCBzZXBhcmF0b3JzOiB0d28gYmxhbmsgbGluZXMgaW4gYSByb3cgZW5kIHRoZSBibG9jay5cbiAgICAgIGlmICh0aGlzLnN0eWxlICE9PSAnKicgJiYgdGhpcy5zdHlsZSAhPT0gJy0nICYmICsrdGhpcy5ibGFua3MgPj0gMikgcmV0dXJuIGZhbHNlO1xuICAgICAgaWYgKHRoaXMuc2VjdGlvbiA9PT0gJ3JlYXNvbicgJiYgdGhpcy5yZWFzb24ubGVuZ3RoID4gMCkgdGhpcy5zZWN0aW9uID0gJ2dhcCc7XG4gICAgICBlbHNlIGlmICh0aGlzLnNlY3Rpb24gPT09ICdzbmlwcGV0JyAmJiB0aGlzLnNuaXBwZXQubGVuZ3RoID4gMCkgdGhpcy5zZWN0aW9uID0gJ3RhaWwnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHRoaXMuYmxhbmtzID0gMDtcbiAgICBpZiAoYm9keSA9PT0gJ0NhbGwgc3RhY2s6Jykge1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ3N0YWNrJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBjb25zdCBmID0gRlJBTUUuZXhlYyhib2R5KTtcbiAgICBpZiAoZiAmJiAodGhpcy5zZWN0aW9uID09PSAnc3RhY2snIHx8IHRoaXMuc2VjdGlvbiA9PT0gJ2dhcCcgfHwgdGhpcy5zZWN0aW9uID09PSAncmVhc29uJykpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICdzdGFjayc7XG4gICAgICBjYXBQdXNoKHRoaXMuZnJhbWVzLCB7IGZpbGU6IGZbMV0sIGxpbmU6IE51bWJlcihmWzJdKSwgY2FsbDogZlszXSwgLi4uKGZbNF0gPyB7IGFyZ3M6IGZbNF0gfSA6IHt9KSB9KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoYm9keSA9PT0gJ1RoZSBzcGVjaWZpYyBzbmlwcGV0IG9mIGNvZGU6Jykge1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ3NuaXBwZXQnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICAgIGlmICgvXklmIHlvdSBuZWVkIHN1cHBvcnQsIHBvc3QgdGhlIG91dHB1dCBvZi8udGVzdChib2R5KSB8fCAvXnRoZSBjb21wbGV0ZSBidWlsZCBsb2cgYW5kIHRoZSBvdXRwdXQgb2YvLnRlc3QoYm9keSkpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICd0YWlsJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoL15JZiB5b3UgbmVlZCBzdXBwb3J0LCBwb3N0IHRoZSB0b3Btb3N0IGJ1aWxkIGVycm9yLy50ZXN0KGJvZHkpKSB7XG4gICAgICB0aGlzLnNlY3Rpb24gPSAndGFpbCc7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKChtID0gL14oPzpUaGV8QSkgY29tcGxldGUgYnVpbGQgbG9nIGlzIGxvY2F0ZWQgYXQgJyguKyknXFwuPyQvLmV4ZWMoYm9keSkpKSB7XG4gICAgICB0aGlzLmxvZyA9IG1bMV07XG4gICAgICB0aGlzLnNlY3Rpb24gPSAndGFpbCc7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKChtID0gL15UaGUgZWJ1aWxkIGVudmlyb25tZW50IGZpbGUgaXMgbG9jYXRlZCBhdCAnKC4rKSdcXC4/JC8uZXhlYyhib2R5KSkpIHtcbiAgICAgIHRoaXMuZW52aXJvbm1lbnQgPSBtWzFdO1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ3RhaWwnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICgobSA9IC9eV29ya2luZyBkaXJlY3Rvcnk6ICcoLiopJyQvLmV4ZWMoYm9keSkpKSB7XG4gICAgICB0aGlzLndvcmtpbmdEaXJlY3RvcnkgPSBtWzFdO1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ3RhaWwnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICgobSA9IC9eUzogJyguKiknJC8uZXhlYyhib2R5KSkpIHtcbiAgICAgIHRoaXMucyA9IG1bMV07XG4gICAgICB0aGlzLnNlY3Rpb24gPSAnZG9uZSc7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKHRoaXMuc2VjdGlvbiA9PT0gJ3JlYXNvbicpIHtcbiAgICAgIC8vIE1hcmtkb3duIGxlYXZlcyBhIHN0cmF5IGAqKmAgYXQgdGhlIGVuZCBvZiBwYXN0ZWQgbGluZXMuXG4gICAgICBjYXBQdXNoKHRoaXMucmVhc29uLCBib2R5LmVuZHNXaXRoKCcqKicpICYmICFib2R5LnN0YXJ0c1dpdGgoJyoqJykgPyBib2R5LnNsaWNlKDAsIC0yKS50cmltRW5kKCkgOiBib2R5KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAodGhpcy5zZWN0aW9uID09PSAnc25pcHBldCcpIHtcbiAgICAgIGNhcFB1c2godGhpcy5zbmlwcGV0LCBib2R5KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAodGhpcy5zdHlsZSA9PT0gJyEnICYmIHRoaXMucmVhc29uLmxlbmd0aCA9PT0gMCAmJiB0aGlzLnNlY3Rpb24gPT09ICdzdGFjaycpIHtcbiAgICAgIC8vIE9sZCBQb3J0YWdlIHByaW50ZWQgdGhlIGRpZSBtZXNzYWdlIGFmdGVyIHRoZSBzdGFjay5cbiAgICAgIHRoaXMucmVhc29uLnB1c2goYm9keSk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG5cbiAgZmluaXNoKGN0eDogUGFyc2VDb250ZXh0KTogRW1lcmdlRXZlbnRbXSB7XG4gICAgY29uc3QgcmVhc29uID0gdGhpcy5yZWFzb24uam9pbignXFxuJyk7XG4gICAgLy8gT2xkIFBvcnRhZ2UgbmFtZWQgbm8gcGhhc2U6IHRoZSBmaXJzdCBmcmFtZSBjYWxsaW5nIGEgcGhhc2UgZnVuY3Rpb24gdGVsbHMgaXQuXG4gICAgbGV0IHBoYXNlID0gdGhpcy5waGFzZTtcbiAgICBpZiAocGhhc2UgPT09ICd1bmtub3duJykge1xuICAgICAgZm9yIChjb25zdCBmIG9mIHRoaXMuZnJhbWVzKSB7XG4gICAgICAgIGNvbnN0IHAgPSAvXig/OnNyY3xwa2d8ZHluKV8oXFx3KykkLy5leGVjKGYuY2FsbCk7XG4gICAgICAgIGlmIChwKSB7XG4gICAgICAgICAgcGhhc2UgPSBwWzFdO1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICAgIGlmICghY3R4LmZpcnN0VGltZShgZmFpbHVyZXwke3RoaXMuY3B2fXwke3BoYXNlfXwke3JlYXNvbn1gKSkgcmV0dXJuIFtdO1xuICAgIGNvbnN0IGV2OiBCdWlsZEZhaWx1cmVFdmVudCA9IHtcbiAgICAgIHR5cGU6ICdidWlsZC1mYWlsdXJlJyxcbiAgICAgIGlucHV0TGluZTogdGhpcy5uLFxuICAgICAgY3B2OiB0aGlzLmNwdixcbiAgICAgIC4uLih0aGlzLnJlcG8gPyB7IHJlcG86IHRoaXMucmVwbyB9IDoge30pLFxuICAgICAgcGhhc2UsXG4gICAgICByZWFzb24sXG4gICAgICBmcmFtZXM6IHRoaXMuZnJhbWVzLFxuICAgIH07XG4gICAgaWYgKHRoaXMuc25pcHBldC5sZW5ndGgpIGV2LnNuaXBwZXQgPSB0aGlzLnNuaXBwZXQuam9pbignXFxuJyk7XG4gICAgY29uc3QgbG9nID0gdGhpcy5sb2cgPz8gY3R4LmxvZ09mKHRoaXMuY3B2KTtcbiAgICBpZiAobG9nKSBldi5sb2cgPSBsb2c7XG4gICAgaWYgKHRoaXMuZW52aXJvbm1lbnQpIGV2LmVudmlyb25tZW50ID0gdGhpcy5lbnZpcm9ubWVudDtcbiAgICBpZiAodGhpcy53b3JraW5nRGlyZWN0b3J5ICE9PSB1bmRlZmluZWQpIGV2LndvcmtpbmdEaXJlY3RvcnkgPSB0aGlzLndvcmtpbmdEaXJlY3Rvcnk7XG4gICAgaWYgKHRoaXMucyAhPT0gdW5kZWZpbmVkKSBldi5zID0gdGhpcy5zO1xuICAgIHJldHVybiBbZXZdO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBUUEsbUJBQXNDO0FBR3RDLE1BQU0sU0FBUztBQUNmLE1BQU0sUUFBUTtBQUdkLE1BQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxHQUEwQjtBQUNyRCxNQUFJLENBQUMsRUFBRSxLQUFLLFNBQVMsU0FBUyxFQUFHLFFBQU87QUFDeEMsUUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLElBQUk7QUFDbEMsTUFBSSxJQUFLLFFBQU8sSUFBSSxhQUFhLEVBQUUsR0FBRyxLQUFLLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxHQUFHLFNBQVM7QUFDcEUsUUFBTSxJQUFJLE9BQU8sS0FBSyxFQUFFLElBQUk7QUFDNUIsTUFBSSxDQUFDLEVBQUcsUUFBTztBQUNmLFFBQU0sU0FBUyxFQUFFLEtBQUssTUFBTSxHQUFHLEVBQUUsUUFBUSxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQ3BELE1BQUksUUFBZTtBQUNuQixNQUFJLEVBQUUsQ0FBQyxNQUFNLFFBQVEsT0FBTyxTQUFTLElBQUksRUFBRyxTQUFRO0FBQUEsV0FDM0MsRUFBRSxDQUFDLE1BQU0sUUFBUSxFQUFFLFVBQVUsRUFBRyxTQUFRO0FBQUEsV0FDeEMsRUFBRSxDQUFDLE1BQU0sT0FBUSxTQUFRO0FBQ2xDLFFBQU0sRUFBRSxLQUFLLEtBQUssUUFBSSwyQkFBYSxFQUFFLENBQUMsQ0FBQztBQUN2QyxTQUFPLElBQUksYUFBYSxFQUFFLEdBQUcsT0FBTyxLQUFLLFFBQVEsRUFBRSxDQUFDLEdBQUcsRUFBRSxDQUFDLEtBQUssU0FBUztBQUMxRTtBQUtBLE1BQU0sYUFBOEI7QUFBQSxFQVdsQyxZQUNtQixHQUNBLE9BQ0EsS0FDQSxNQUNBLE9BQ2pCO0FBTGlCO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBTGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBZlgsVUFBbUI7QUFBQSxFQUNWLFNBQW1CLENBQUM7QUFBQSxFQUNwQixVQUFvQixDQUFDO0FBQUEsRUFDckIsU0FBc0IsQ0FBQztBQUFBLEVBQ2hDLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFVUixLQUFLLEdBQXFCO0FBQ3hCLFFBQUksS0FBSyxZQUFZLE9BQVEsUUFBTztBQUNwQyxRQUFJO0FBQ0osUUFBSSxLQUFLLFVBQVUsT0FBTyxLQUFLLFVBQVUsS0FBSztBQUM1QyxVQUFJLEVBQUUsV0FBVyxLQUFLLE1BQU8sUUFBTztBQUNwQyxhQUFPLEVBQUUsS0FBSyxLQUFLO0FBQUEsSUFDckIsT0FBTztBQUNMLGFBQU8sRUFBRSxLQUFLLFdBQVcsS0FBSyxLQUFLLEVBQUUsS0FBSyxXQUFXLEtBQUssSUFBSSxFQUFFLEtBQUssTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLEVBQUU7QUFDekYsVUFBSSxLQUFLLFdBQVcsSUFBSSxLQUFLLFNBQVMsSUFBSyxRQUFPLEtBQUssTUFBTSxDQUFDLEVBQUUsS0FBSztBQUFBLElBQ3ZFO0FBQ0EsUUFBSSxTQUFTLElBQUk7QUFFZixVQUFJLEtBQUssVUFBVSxPQUFPLEtBQUssVUFBVSxPQUFPLEVBQUUsS0FBSyxVQUFVLEVBQUcsUUFBTztBQUMzRSxVQUFJLEtBQUssWUFBWSxZQUFZLEtBQUssT0FBTyxTQUFTLEVBQUcsTUFBSyxVQUFVO0FBQUEsZUFDL0QsS0FBSyxZQUFZLGFBQWEsS0FBSyxRQUFRLFNBQVMsRUFBRyxNQUFLLFVBQVU7QUFDL0UsYUFBTztBQUFBLElBQ1Q7QUFDQSxTQUFLLFNBQVM7QUFDZCxRQUFJLFNBQVMsZUFBZTtBQUMxQixXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sSUFBSSxNQUFNLEtBQUssSUFBSTtBQUN6QixRQUFJLE1BQU0sS0FBSyxZQUFZLFdBQVcsS0FBSyxZQUFZLFNBQVMsS0FBSyxZQUFZLFdBQVc7QUFDMUYsV0FBSyxVQUFVO0FBQ2YsZ0NBQVEsS0FBSyxRQUFRLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxNQUFNLEVBQUUsQ0FBQyxHQUFHLEdBQUksRUFBRSxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFHLENBQUM7QUFDcEcsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLFNBQVMsaUNBQWlDO0FBQzVDLFdBQUssVUFBVTtBQUNmLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSTtBQUNKLFFBQUksMkNBQTJDLEtBQUssSUFBSSxLQUFLLDRDQUE0QyxLQUFLLElBQUksR0FBRztBQUNuSCxXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUkscURBQXFELEtBQUssSUFBSSxHQUFHO0FBQ25FLFdBQUssVUFBVTtBQUNmLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSyxJQUFJLHlEQUF5RCxLQUFLLElBQUksR0FBSTtBQUM3RSxXQUFLLE1BQU0sRUFBRSxDQUFDO0FBQ2QsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFLLElBQUksd0RBQXdELEtBQUssSUFBSSxHQUFJO0FBQzVFLFdBQUssY0FBYyxFQUFFLENBQUM7QUFDdEIsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFLLElBQUksOEJBQThCLEtBQUssSUFBSSxHQUFJO0FBQ2xELFdBQUssbUJBQW1CLEVBQUUsQ0FBQztBQUMzQixXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUssSUFBSSxjQUFjLEtBQUssSUFBSSxHQUFJO0FBQ2xDLFdBQUssSUFBSSxFQUFFLENBQUM7QUFDWixXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxZQUFZLFVBQVU7QUFFN0IsZ0NBQVEsS0FBSyxRQUFRLEtBQUssU0FBUyxJQUFJLEtBQUssQ0FBQyxLQUFLLFdBQVcsSUFBSSxJQUFJLEtBQUssTUFBTSxHQUFHLEVBQUUsRUFBRSxRQUFRLElBQUksSUFBSTtBQUN2RyxhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxZQUFZLFdBQVc7QUFDOUIsZ0NBQVEsS0FBSyxTQUFTLElBQUk7QUFDMUIsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssVUFBVSxPQUFPLEtBQUssT0FBTyxXQUFXLEtBQUssS0FBSyxZQUFZLFNBQVM7QUFFOUUsV0FBSyxPQUFPLEtBQUssSUFBSTtBQUNyQixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLEtBQWtDO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLE9BQU8sS0FBSyxJQUFJO0FBRXBDLFFBQUksUUFBUSxLQUFLO0FBQ2pCLFFBQUksVUFBVSxXQUFXO0FBQ3ZCLGlCQUFXLEtBQUssS0FBSyxRQUFRO0FBQzNCLGNBQU0sSUFBSSwwQkFBMEIsS0FBSyxFQUFFLElBQUk7QUFDL0MsWUFBSSxHQUFHO0FBQ0wsa0JBQVEsRUFBRSxDQUFDO0FBQ1g7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsSUFBSSxVQUFVLFdBQVcsS0FBSyxHQUFHLElBQUksS0FBSyxJQUFJLE1BQU0sRUFBRSxFQUFHLFFBQU8sQ0FBQztBQUN0RSxVQUFNLEtBQXdCO0FBQUEsTUFDNUIsTUFBTTtBQUFBLE1BQ04sV0FBVyxLQUFLO0FBQUEsTUFDaEIsS0FBSyxLQUFLO0FBQUEsTUFDVixHQUFJLEtBQUssT0FBTyxFQUFFLE1BQU0sS0FBSyxLQUFLLElBQUksQ0FBQztBQUFBLE1BQ3ZDO0FBQUEsTUFDQTtBQUFBLE1BQ0EsUUFBUSxLQUFLO0FBQUEsSUFDZjtBQUNBLFFBQUksS0FBSyxRQUFRLE9BQVEsSUFBRyxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUQsVUFBTSxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sS0FBSyxHQUFHO0FBQzFDLFFBQUksSUFBSyxJQUFHLE1BQU07QUFDbEIsUUFBSSxLQUFLLFlBQWEsSUFBRyxjQUFjLEtBQUs7QUFDNUMsUUFBSSxLQUFLLHFCQUFxQixPQUFXLElBQUcsbUJBQW1CLEtBQUs7QUFDcEUsUUFBSSxLQUFLLE1BQU0sT0FBVyxJQUFHLElBQUksS0FBSztBQUN0QyxXQUFPLENBQUMsRUFBRTtBQUFBLEVBQ1o7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
