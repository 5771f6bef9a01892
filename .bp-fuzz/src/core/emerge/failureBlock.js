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
function startFailure(l) {
  if (!l.text.includes("ERROR: ")) return null;
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
      body = l.text.startsWith(">>>") ? l.text.slice(3).trim() : l.text;
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
    if (m = /^The complete build log is located at '(.+)'\.?$/.exec(body)) {
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
    return false;
  }
  finish(ctx) {
    const reason = this.reason.join("\n");
    if (!ctx.firstTime(`failure|${this.cpv}|${this.phase}|${reason}`)) return [];
    const ev = {
      type: "build-failure",
      inputLine: this.n,
      cpv: this.cpv,
      ...this.repo ? { repo: this.repo } : {},
      phase: this.phase,
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2ZhaWx1cmVCbG9jay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBgICogRVJST1I6IGNhdC9wa2ctMS4wOjpyZXBvIGZhaWxlZCAoY29tcGlsZSBwaGFzZSk6YCBhbmQgd2hhdCBmb2xsb3dzOiB0aGUgZGllIG1lc3NhZ2UsIGBDYWxsIHN0YWNrOmAsXG4gKiBgVGhlIHNwZWNpZmljIHNuaXBwZXQgb2YgY29kZTpgLCBhbmQgdGhlIGxvZy9lbnZpcm9ubWVudC93b3JraW5nLWRpcmVjdG9yeSBsaW5lcy4gQWxzbyByZWFkcyB0aGUgZm9ybXNcbiAqIGZvdW5kIGluIHBhc3RlcyBhbmQgbG9nczogYC0gYCBidWxsZXRzLCBgPj4+IGAgaW4gcGxhY2Ugb2YgYCAqIGAsIG5vIGJ1bGxldCBhdCBhbGwgKGVsb2cgc3VtbWFyeSksXG4gKiBhbmQgYSBoZWFkZXIgZ2x1ZWQgdG8gdGhlIGVuZCBvZiBhbm90aGVyIHRvb2wncyBwcm9ncmVzcyBsaW5lLlxuICovXG5pbXBvcnQgdHlwZSB7IEJ1aWxkRmFpbHVyZUV2ZW50LCBDYWxsRnJhbWUsIEVtZXJnZUV2ZW50IH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHR5cGUgeyBCbG9jaywgUGFyc2VDb250ZXh0IH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBjYXBQdXNoLCBzcGxpdFBrZ1NwZWMgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbmNvbnN0IEhFQURFUiA9IC8oXnxcXHN8Pj4+IHxcXCogfC0gKUVSUk9SOiAoW0EtWmEtejAtOStfLi1dK1xcL1teXFxzOl0rKSg/Ojo6KFxcUyspKT8gZmFpbGVkKD86IFxcKChbXFx3LV0rKSBwaGFzZVxcKSk/OlxccyokLztcbmNvbnN0IEZSQU1FID0gL14oXFxTKyksIGxpbmVcXHMrKFxcZCspOlxccytDYWxsZWQgKFxcUyspKD86XFxzKyguKikpPyQvO1xuXG4vKiogUmVjb2duaXNlcyB0aGUgaGVhZGVyIGFueXdoZXJlIGluIGEgbGluZSAoaXQgbWF5IGJlIGdsdWVkIHRvIGFub3RoZXIgdG9vbCdzIG91dHB1dCkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhcnRGYWlsdXJlKGw6IExvZ0xpbmUpOiBCbG9jayB8IG51bGwge1xuICBpZiAoIWwudGV4dC5pbmNsdWRlcygnRVJST1I6ICcpKSByZXR1cm4gbnVsbDtcbiAgY29uc3QgbSA9IEhFQURFUi5leGVjKGwudGV4dCk7XG4gIGlmICghbSkgcmV0dXJuIG51bGw7XG4gIGNvbnN0IGJlZm9yZSA9IGwudGV4dC5zbGljZSgwLCBtLmluZGV4ICsgbVsxXS5sZW5ndGgpO1xuICBsZXQgc3R5bGU6IFN0eWxlID0gJyc7XG4gIGlmIChtWzFdID09PSAnKiAnIHx8IGJlZm9yZS5lbmRzV2l0aCgnKiAnKSkgc3R5bGUgPSAnKic7XG4gIGVsc2UgaWYgKG1bMV0gPT09ICctICcgJiYgbS5pbmRleCA9PT0gMCkgc3R5bGUgPSAnLSc7XG4gIGVsc2UgaWYgKG1bMV0gPT09ICc+Pj4gJykgc3R5bGUgPSAnPic7XG4gIGNvbnN0IHsgY3B2LCByZXBvIH0gPSBzcGxpdFBrZ1NwZWMobVsyXSk7XG4gIHJldHVybiBuZXcgRmFpbHVyZUJsb2NrKGwubiwgc3R5bGUsIGNwdiwgcmVwbyA/PyBtWzNdLCBtWzRdID8/ICd1bmtub3duJyk7XG59XG5cbnR5cGUgU3R5bGUgPSAnJyB8ICcqJyB8ICctJyB8ICc+JztcbnR5cGUgU2VjdGlvbiA9ICdyZWFzb24nIHwgJ2dhcCcgfCAnc3RhY2snIHwgJ3NuaXBwZXQnIHwgJ3RhaWwnIHwgJ2RvbmUnO1xuXG5jbGFzcyBGYWlsdXJlQmxvY2sgaW1wbGVtZW50cyBCbG9jayB7XG4gIHByaXZhdGUgc2VjdGlvbjogU2VjdGlvbiA9ICdyZWFzb24nO1xuICBwcml2YXRlIHJlYWRvbmx5IHJlYXNvbjogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSByZWFkb25seSBzbmlwcGV0OiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IGZyYW1lczogQ2FsbEZyYW1lW10gPSBbXTtcbiAgcHJpdmF0ZSBibGFua3MgPSAwO1xuICBwcml2YXRlIGxvZz86IHN0cmluZztcbiAgcHJpdmF0ZSBlbnZpcm9ubWVudD86IHN0cmluZztcbiAgcHJpdmF0ZSB3b3JraW5nRGlyZWN0b3J5Pzogc3RyaW5nO1xuICBwcml2YXRlIHM/OiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBuOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSBzdHlsZTogU3R5bGUsXG4gICAgcHJpdmF0ZSByZWFkb25seSBjcHY6IHN0cmluZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlcG86IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHBoYXNlOiBzdHJpbmcsXG4gICkge31cblxuICBmZWVkKGw6IExvZ0xpbmUpOiBib29sZWFuIHtcbiAgICBpZiAodGhpcy5zZWN0aW9uID09PSAnZG9uZScpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgYm9keTogc3RyaW5nO1xuICAgIGlmICh0aGlzLnN0eWxlID09PSAnKicgfHwgdGhpcy5zdHlsZSA9PT0gJy0nKSB7XG4gICAgICBpZiAobC5idWxsZXQgIT09IHRoaXMuc3R5bGUpIHJldHVybiBmYWxzZTtcbiAgICAgIGJvZHkgPSBsLmJvZHkudHJpbSgpO1xuICAgIH0gZWxzZSB7XG4gICAgICBib2R5ID0gbC50ZXh0LnN0YXJ0c1dpdGgoJz4+PicpID8gbC50ZXh0LnNsaWNlKDMpLnRyaW0oKSA6IGwudGV4dDtcbiAgICAgIGlmIChib2R5LnN0YXJ0c1dpdGgoJyogJykgfHwgYm9keSA9PT0gJyonKSBib2R5ID0gYm9keS5zbGljZSgyKS50cmltKCk7XG4gICAgfVxuICAgIGlmIChib2R5ID09PSAnJykge1xuICAgICAgLy8gQnVsbGV0LWxlc3MgZm9ybXMgaGF2ZSBubyBgICogYCBzZXBhcmF0b3JzOiB0d28gYmxhbmsgbGluZXMgaW4gYSByb3cgZW5kIHRoZSBibG9jay5cbiAgICAgIGlmICh0aGlzLnN0eWxlICE9PSAnKicgJiYgdGhpcy5zdHlsZSAhPT0gJy0nICYmICsrdGhpcy5ibGFua3MgPj0gMikgcmV0dXJuIGZhbHNlO1xuICAgICAgaWYgKHRoaXMuc2VjdGlvbiA9PT0gJ3JlYXNvbicgJiYgdGhpcy5yZWFzb24ubGVuZ3RoID4gMCkgdGhpcy5zZWN0aW9uID0gJ2dhcCc7XG4gICAgICBlbHNlIGlmICh0aGlzLnNlY3Rpb24gPT09ICdzbmlwcGV0JyAmJiB0aGlzLnNuaXBwZXQubGVuZ3RoID4gMCkgdGhpcy5zZWN0aW9uID0gJ3RhaWwnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHRoaXMuYmxhbmtzID0gMDtcbiAgICBpZiAoYm9keSA9PT0gJ0NhbGwgc3RhY2s6Jykge1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ3N0YWNrJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBjb25zdCBmID0gRlJBTUUuZXhlYyhib2R5KTtcbiAgICBpZiAoZiAmJiAodGhpcy5zZWN0aW9uID09PSAnc3RhY2snIHx8IHRoaXMuc2VjdGlvbiA9PT0gJ2dhcCcgfHwgdGhpcy5zZWN0aW9uID09PSAncmVhc29uJykpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICdzdGFjayc7XG4gICAgICBjYXBQdXNoKHRoaXMuZnJhbWVzLCB7IGZpbGU6IGZbMV0sIGxpbmU6IE51bWJlcihmWzJdKSwgY2FsbDogZlszXSwgLi4uKGZbNF0gPyB7IGFyZ3M6IGZbNF0gfSA6IHt9KSB9KTtcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoYm9keSA9PT0gJ1RoZSBzcGVjaWZpYyBzbmlwcGV0IG9mIGNvZGU6Jykge1xuICAgICAgdGhpcy5zZWN0aW9uID0gJ3NuaXBwZXQnO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICAgIGlmICgvXklmIHlvdSBuZWVkIHN1cHBvcnQsIHBvc3QgdGhlIG91dHB1dCBvZi8udGVzdChib2R5KSB8fCAvXnRoZSBjb21wbGV0ZSBidWlsZCBsb2cgYW5kIHRoZSBvdXRwdXQgb2YvLnRlc3QoYm9keSkpIHtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICd0YWlsJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoKG0gPSAvXlRoZSBjb21wbGV0ZSBidWlsZCBsb2cgaXMgbG9jYXRlZCBhdCAnKC4rKSdcXC4/JC8uZXhlYyhib2R5KSkpIHtcbiAgICAgIHRoaXMubG9nID0gbVsxXTtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICd0YWlsJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAoKG0gPSAvXlRoZSBlYnVpbGQgZW52aXJvbm1lbnQgZmlsZSBpcyBsb2NhdGVkIGF0ICcoLispJ1xcLj8kLy5leGVjKGJvZHkpKSkge1xuICAgICAgdGhpcy5lbnZpcm9ubWVudCA9IG1bMV07XG4gICAgICB0aGlzLnNlY3Rpb24gPSAndGFpbCc7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKChtID0gL15Xb3JraW5nIGRpcmVjdG9yeTogJyguKiknJC8uZXhlYyhib2R5KSkpIHtcbiAgICAgIHRoaXMud29ya2luZ0RpcmVjdG9yeSA9IG1bMV07XG4gICAgICB0aGlzLnNlY3Rpb24gPSAndGFpbCc7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgaWYgKChtID0gL15TOiAnKC4qKSckLy5leGVjKGJvZHkpKSkge1xuICAgICAgdGhpcy5zID0gbVsxXTtcbiAgICAgIHRoaXMuc2VjdGlvbiA9ICdkb25lJztcbiAgICAgIHJldHVybiB0cnVlO1xuICAgIH1cbiAgICBpZiAodGhpcy5zZWN0aW9uID09PSAncmVhc29uJykge1xuICAgICAgLy8gTWFya2Rvd24gbGVhdmVzIGEgc3RyYXkgYCoqYCBhdCB0aGUgZW5kIG9mIHBhc3RlZCBsaW5lcy5cbiAgICAgIGNhcFB1c2godGhpcy5yZWFzb24sIGJvZHkuZW5kc1dpdGgoJyoqJykgJiYgIWJvZHkuc3RhcnRzV2l0aCgnKionKSA/IGJvZHkuc2xpY2UoMCwgLTIpLnRyaW1FbmQoKSA6IGJvZHkpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIGlmICh0aGlzLnNlY3Rpb24gPT09ICdzbmlwcGV0Jykge1xuICAgICAgY2FwUHVzaCh0aGlzLnNuaXBwZXQsIGJvZHkpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHJldHVybiBmYWxzZTtcbiAgfVxuXG4gIGZpbmlzaChjdHg6IFBhcnNlQ29udGV4dCk6IEVtZXJnZUV2ZW50W10ge1xuICAgIGNvbnN0IHJlYXNvbiA9IHRoaXMucmVhc29uLmpvaW4oJ1xcbicpO1xuICAgIGlmICghY3R4LmZpcnN0VGltZShgZmFpbHVyZXwke3RoaXMuY3B2fXwke3RoaXMucGhhc2V9fCR7cmVhc29ufWApKSByZXR1cm4gW107XG4gICAgY29uc3QgZXY6IEJ1aWxkRmFpbHVyZUV2ZW50ID0ge1xuICAgICAgdHlwZTogJ2J1aWxkLWZhaWx1cmUnLFxuICAgICAgaW5wdXRMaW5lOiB0aGlzLm4sXG4gICAgICBjcHY6IHRoaXMuY3B2LFxuICAgICAgLi4uKHRoaXMucmVwbyA/IHsgcmVwbzogdGhpcy5yZXBvIH0gOiB7fSksXG4gICAgICBwaGFzZTogdGhpcy5waGFzZSxcbiAgICAgIHJlYXNvbixcbiAgICAgIGZyYW1lczogdGhpcy5mcmFtZXMsXG4gICAgfTtcbiAgICBpZiAodGhpcy5zbmlwcGV0Lmxlbmd0aCkgZXYuc25pcHBldCA9IHRoaXMuc25pcHBldC5qb2luKCdcXG4nKTtcbiAgICBjb25zdCBsb2cgPSB0aGlzLmxvZyA/PyBjdHgubG9nT2YodGhpcy5jcHYpO1xuICAgIGlmIChsb2cpIGV2LmxvZyA9IGxvZztcbiAgICBpZiAodGhpcy5lbnZpcm9ubWVudCkgZXYuZW52aXJvbm1lbnQgPSB0aGlzLmVudmlyb25tZW50O1xuICAgIGlmICh0aGlzLndvcmtpbmdEaXJlY3RvcnkgIT09IHVuZGVmaW5lZCkgZXYud29ya2luZ0RpcmVjdG9yeSA9IHRoaXMud29ya2luZ0RpcmVjdG9yeTtcbiAgICBpZiAodGhpcy5zICE9PSB1bmRlZmluZWQpIGV2LnMgPSB0aGlzLnM7XG4gICAgcmV0dXJuIFtldl07XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFRQSxtQkFBc0M7QUFHdEMsTUFBTSxTQUFTO0FBQ2YsTUFBTSxRQUFRO0FBR1AsU0FBUyxhQUFhLEdBQTBCO0FBQ3JELE1BQUksQ0FBQyxFQUFFLEtBQUssU0FBUyxTQUFTLEVBQUcsUUFBTztBQUN4QyxRQUFNLElBQUksT0FBTyxLQUFLLEVBQUUsSUFBSTtBQUM1QixNQUFJLENBQUMsRUFBRyxRQUFPO0FBQ2YsUUFBTSxTQUFTLEVBQUUsS0FBSyxNQUFNLEdBQUcsRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFLE1BQU07QUFDcEQsTUFBSSxRQUFlO0FBQ25CLE1BQUksRUFBRSxDQUFDLE1BQU0sUUFBUSxPQUFPLFNBQVMsSUFBSSxFQUFHLFNBQVE7QUFBQSxXQUMzQyxFQUFFLENBQUMsTUFBTSxRQUFRLEVBQUUsVUFBVSxFQUFHLFNBQVE7QUFBQSxXQUN4QyxFQUFFLENBQUMsTUFBTSxPQUFRLFNBQVE7QUFDbEMsUUFBTSxFQUFFLEtBQUssS0FBSyxRQUFJLDJCQUFhLEVBQUUsQ0FBQyxDQUFDO0FBQ3ZDLFNBQU8sSUFBSSxhQUFhLEVBQUUsR0FBRyxPQUFPLEtBQUssUUFBUSxFQUFFLENBQUMsR0FBRyxFQUFFLENBQUMsS0FBSyxTQUFTO0FBQzFFO0FBS0EsTUFBTSxhQUE4QjtBQUFBLEVBV2xDLFlBQ21CLEdBQ0EsT0FDQSxLQUNBLE1BQ0EsT0FDakI7QUFMaUI7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFMZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFmWCxVQUFtQjtBQUFBLEVBQ1YsU0FBbUIsQ0FBQztBQUFBLEVBQ3BCLFVBQW9CLENBQUM7QUFBQSxFQUNyQixTQUFzQixDQUFDO0FBQUEsRUFDaEMsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQVVSLEtBQUssR0FBcUI7QUFDeEIsUUFBSSxLQUFLLFlBQVksT0FBUSxRQUFPO0FBQ3BDLFFBQUk7QUFDSixRQUFJLEtBQUssVUFBVSxPQUFPLEtBQUssVUFBVSxLQUFLO0FBQzVDLFVBQUksRUFBRSxXQUFXLEtBQUssTUFBTyxRQUFPO0FBQ3BDLGFBQU8sRUFBRSxLQUFLLEtBQUs7QUFBQSxJQUNyQixPQUFPO0FBQ0wsYUFBTyxFQUFFLEtBQUssV0FBVyxLQUFLLElBQUksRUFBRSxLQUFLLE1BQU0sQ0FBQyxFQUFFLEtBQUssSUFBSSxFQUFFO0FBQzdELFVBQUksS0FBSyxXQUFXLElBQUksS0FBSyxTQUFTLElBQUssUUFBTyxLQUFLLE1BQU0sQ0FBQyxFQUFFLEtBQUs7QUFBQSxJQUN2RTtBQUNBLFFBQUksU0FBUyxJQUFJO0FBRWYsVUFBSSxLQUFLLFVBQVUsT0FBTyxLQUFLLFVBQVUsT0FBTyxFQUFFLEtBQUssVUFBVSxFQUFHLFFBQU87QUFDM0UsVUFBSSxLQUFLLFlBQVksWUFBWSxLQUFLLE9BQU8sU0FBUyxFQUFHLE1BQUssVUFBVTtBQUFBLGVBQy9ELEtBQUssWUFBWSxhQUFhLEtBQUssUUFBUSxTQUFTLEVBQUcsTUFBSyxVQUFVO0FBQy9FLGFBQU87QUFBQSxJQUNUO0FBQ0EsU0FBSyxTQUFTO0FBQ2QsUUFBSSxTQUFTLGVBQWU7QUFDMUIsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksTUFBTSxLQUFLLElBQUk7QUFDekIsUUFBSSxNQUFNLEtBQUssWUFBWSxXQUFXLEtBQUssWUFBWSxTQUFTLEtBQUssWUFBWSxXQUFXO0FBQzFGLFdBQUssVUFBVTtBQUNmLGdDQUFRLEtBQUssUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsTUFBTSxFQUFFLENBQUMsR0FBRyxHQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxJQUFJLENBQUMsRUFBRyxDQUFDO0FBQ3BHLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxTQUFTLGlDQUFpQztBQUM1QyxXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUk7QUFDSixRQUFJLDJDQUEyQyxLQUFLLElBQUksS0FBSyw0Q0FBNEMsS0FBSyxJQUFJLEdBQUc7QUFDbkgsV0FBSyxVQUFVO0FBQ2YsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFLLElBQUksbURBQW1ELEtBQUssSUFBSSxHQUFJO0FBQ3ZFLFdBQUssTUFBTSxFQUFFLENBQUM7QUFDZCxXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUssSUFBSSx3REFBd0QsS0FBSyxJQUFJLEdBQUk7QUFDNUUsV0FBSyxjQUFjLEVBQUUsQ0FBQztBQUN0QixXQUFLLFVBQVU7QUFDZixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUssSUFBSSw4QkFBOEIsS0FBSyxJQUFJLEdBQUk7QUFDbEQsV0FBSyxtQkFBbUIsRUFBRSxDQUFDO0FBQzNCLFdBQUssVUFBVTtBQUNmLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSyxJQUFJLGNBQWMsS0FBSyxJQUFJLEdBQUk7QUFDbEMsV0FBSyxJQUFJLEVBQUUsQ0FBQztBQUNaLFdBQUssVUFBVTtBQUNmLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxLQUFLLFlBQVksVUFBVTtBQUU3QixnQ0FBUSxLQUFLLFFBQVEsS0FBSyxTQUFTLElBQUksS0FBSyxDQUFDLEtBQUssV0FBVyxJQUFJLElBQUksS0FBSyxNQUFNLEdBQUcsRUFBRSxFQUFFLFFBQVEsSUFBSSxJQUFJO0FBQ3ZHLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxLQUFLLFlBQVksV0FBVztBQUM5QixnQ0FBUSxLQUFLLFNBQVMsSUFBSTtBQUMxQixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLEtBQWtDO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLE9BQU8sS0FBSyxJQUFJO0FBQ3BDLFFBQUksQ0FBQyxJQUFJLFVBQVUsV0FBVyxLQUFLLEdBQUcsSUFBSSxLQUFLLEtBQUssSUFBSSxNQUFNLEVBQUUsRUFBRyxRQUFPLENBQUM7QUFDM0UsVUFBTSxLQUF3QjtBQUFBLE1BQzVCLE1BQU07QUFBQSxNQUNOLFdBQVcsS0FBSztBQUFBLE1BQ2hCLEtBQUssS0FBSztBQUFBLE1BQ1YsR0FBSSxLQUFLLE9BQU8sRUFBRSxNQUFNLEtBQUssS0FBSyxJQUFJLENBQUM7QUFBQSxNQUN2QyxPQUFPLEtBQUs7QUFBQSxNQUNaO0FBQUEsTUFDQSxRQUFRLEtBQUs7QUFBQSxJQUNmO0FBQ0EsUUFBSSxLQUFLLFFBQVEsT0FBUSxJQUFHLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1RCxVQUFNLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxLQUFLLEdBQUc7QUFDMUMsUUFBSSxJQUFLLElBQUcsTUFBTTtBQUNsQixRQUFJLEtBQUssWUFBYSxJQUFHLGNBQWMsS0FBSztBQUM1QyxRQUFJLEtBQUsscUJBQXFCLE9BQVcsSUFBRyxtQkFBbUIsS0FBSztBQUNwRSxRQUFJLEtBQUssTUFBTSxPQUFXLElBQUcsSUFBSSxLQUFLO0FBQ3RDLFdBQU8sQ0FBQyxFQUFFO0FBQUEsRUFDWjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
