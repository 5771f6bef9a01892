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
var fetchBlock_exports = {};
__export(fetchBlock_exports, {
  startFetch: () => startFetch
});
module.exports = __toCommonJS(fetchBlock_exports);
var import_block = require("./block");
function content(l) {
  if (l.text.startsWith("!!!")) return l.text.slice(3).trim();
  if (l.bullet === "*") return l.body.trim();
  return l.text;
}
function startFetch(l, ctx) {
  const t = l.text;
  const c = content(l);
  let m;
  if (c === "Digest verification failed:" && (t.startsWith("!!!") || l.bullet === "*")) return new VerifyBlock(l.n, "digest");
  if (t.startsWith("!!!")) {
    if (m = /^Fetched file: (.+?) VERIFY FAILED!?$/.exec(c)) return new VerifyBlock(l.n, "fetch", m[1]);
    if (m = /^Fetch failed for (\S+?),? can'?t update\.?$/.exec(c)) {
      return [{ type: "fetch-failure", inputLine: l.n, cpv: (0, import_block.splitPkgSpec)(m[1]).cpv, reason: "Fetch failed" }];
    }
    if (m = /^Couldn'?t download '(.+)'\. Aborting\.?$/.exec(c)) {
      return [{ type: "fetch-failure", inputLine: l.n, file: m[1], reason: "Couldn't download", ...ctx.cpv ? { cpv: ctx.cpv } : {} }];
    }
  }
  if ((t.startsWith("!!!") || l.bullet === "*") && (m = /^A file is not listed in the Manifest: '(.+)'$/.exec(c))) {
    return [{ type: "digest-failure", inputLine: l.n, file: m[1], reason: "A file is not listed in the Manifest" }];
  }
  if (m = /^Fetch failed for '(.+)', Log file:$/.exec(c)) return new LogPathBlock(l.n, "fetch", m[1]);
  if (m = /^(?:>>> )?Failed to (?:emerge|install) (\S+?),? Log file:$/.exec(t)) return new LogPathBlock(l.n, "emerge", m[1]);
  return null;
}
class VerifyBlock {
  constructor(n, kind, file) {
    this.n = n;
    this.kind = kind;
    this.file = file;
  }
  n;
  kind;
  file;
  path = [];
  reason;
  got;
  expected;
  feed(l) {
    if (this.expected !== void 0 || l.text === "") return false;
    const c = content(l);
    let m;
    if (m = /^Reason:\s*(.*)$/.exec(c)) this.reason = m[1];
    else if (m = /^Got:\s*(.*)$/.exec(c)) this.got = m[1];
    else if (m = /^Expected:\s*(.*)$/.exec(c)) this.expected = m[1];
    else if (this.reason === void 0 && this.kind === "digest" && this.path.join("").length < 4096) {
      if (c) this.path.push(c);
    } else return false;
    return true;
  }
  finish(ctx) {
    const reason = this.reason ?? "";
    if (this.kind === "fetch") {
      const ev2 = { type: "fetch-failure", inputLine: this.n, file: this.file, reason };
      if (this.got !== void 0) ev2.got = this.got;
      if (this.expected !== void 0) ev2.expected = this.expected;
      if (ctx.cpv) ev2.cpv = ctx.cpv;
      return [ev2];
    }
    const file = this.path.join("");
    if (!ctx.firstTime(`digest|${file}|${reason}|${this.got}|${this.expected}`)) return [];
    const ev = { type: "digest-failure", inputLine: this.n, file, reason };
    if (this.got !== void 0) ev.got = this.got;
    if (this.expected !== void 0) ev.expected = this.expected;
    const h = /^Failed on (\S+) verification/.exec(reason);
    if (h) ev.hash = h[1];
    return [ev];
  }
}
class LogPathBlock {
  constructor(n, kind, spec) {
    this.n = n;
    this.kind = kind;
    this.spec = spec;
  }
  n;
  kind;
  spec;
  log;
  seen = 0;
  feed(l) {
    if (this.log !== void 0 || ++this.seen > 3) return false;
    if (l.text === "") return true;
    const c = l.text.startsWith(">>>") ? l.text.slice(3).trim() : content(l);
    if (/^'[^']+'$/.test(c)) {
      this.log = (0, import_block.unquote)(c);
      return true;
    }
    return false;
  }
  finish(ctx) {
    const { cpv, repo } = (0, import_block.splitPkgSpec)(this.spec);
    if (this.log) ctx.setLog(cpv, this.log);
    if (this.kind === "fetch") {
      const ev2 = { type: "fetch-failure", inputLine: this.n, cpv, reason: "Fetch failed" };
      if (this.log) ev2.log = this.log;
      return [ev2];
    }
    const ev = { type: "package-done", inputLine: this.n, cpv, result: "failed" };
    if (repo) ev.repo = repo;
    if (this.log) ev.log = this.log;
    return [ev];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startFetch
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2ZldGNoQmxvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRmV0Y2ggYW5kIGRpZ2VzdCB0cm91YmxlOiBgISEhIERpZ2VzdCB2ZXJpZmljYXRpb24gZmFpbGVkOmAgKGFsc28gdGhlIGAgKiBgIGZvcm0sIGFuZCBhIHBhdGggaGFyZC13cmFwcGVkXG4gKiBvdmVyIHNldmVyYWwgbGluZXMpLCBgISEhIEZldGNoZWQgZmlsZTogWCBWRVJJRlkgRkFJTEVEIWAsIGAhISEgQ291bGRuJ3QgZG93bmxvYWQgJ1gnLiBBYm9ydGluZy5gLFxuICogYCAqIEZldGNoIGZhaWxlZCBmb3IgJ2NwdicsIExvZyBmaWxlOmAsIGFuZCBgPj4+IEZhaWxlZCB0byBlbWVyZ2UgY3B2LCBMb2cgZmlsZTpgIHdpdGggaXRzIHF1b3RlZCBwYXRoLlxuICovXG5pbXBvcnQgdHlwZSB7IERpZ2VzdEZhaWx1cmVFdmVudCwgRW1lcmdlRXZlbnQsIEZldGNoRmFpbHVyZUV2ZW50LCBQYWNrYWdlRG9uZUV2ZW50IH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHR5cGUgeyBCbG9jaywgUGFyc2VDb250ZXh0IH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBzcGxpdFBrZ1NwZWMsIHVucXVvdGUgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbi8qKiBUZXh0IGFmdGVyIGEgYCEhIWAgb3IgYCAqIGAgbWFya2VyLiAqL1xuZnVuY3Rpb24gY29udGVudChsOiBMb2dMaW5lKTogc3RyaW5nIHtcbiAgaWYgKGwudGV4dC5zdGFydHNXaXRoKCchISEnKSkgcmV0dXJuIGwudGV4dC5zbGljZSgzKS50cmltKCk7XG4gIGlmIChsLmJ1bGxldCA9PT0gJyonKSByZXR1cm4gbC5ib2R5LnRyaW0oKTtcbiAgcmV0dXJuIGwudGV4dDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN0YXJ0RmV0Y2gobDogTG9nTGluZSwgY3R4OiBQYXJzZUNvbnRleHQpOiBCbG9jayB8IEVtZXJnZUV2ZW50W10gfCBudWxsIHtcbiAgY29uc3QgdCA9IGwudGV4dDtcbiAgY29uc3QgYyA9IGNvbnRlbnQobCk7XG4gIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICBpZiAoYyA9PT0gJ0RpZ2VzdCB2ZXJpZmljYXRpb24gZmFpbGVkOicgJiYgKHQuc3RhcnRzV2l0aCgnISEhJykgfHwgbC5idWxsZXQgPT09ICcqJykpIHJldHVybiBuZXcgVmVyaWZ5QmxvY2sobC5uLCAnZGlnZXN0Jyk7XG4gIGlmICh0LnN0YXJ0c1dpdGgoJyEhIScpKSB7XG4gICAgaWYgKChtID0gL15GZXRjaGVkIGZpbGU6ICguKz8pIFZFUklGWSBGQUlMRUQhPyQvLmV4ZWMoYykpKSByZXR1cm4gbmV3IFZlcmlmeUJsb2NrKGwubiwgJ2ZldGNoJywgbVsxXSk7XG4gICAgaWYgKChtID0gL15GZXRjaCBmYWlsZWQgZm9yIChcXFMrPyksPyBjYW4nP3QgdXBkYXRlXFwuPyQvLmV4ZWMoYykpKSB7XG4gICAgICByZXR1cm4gW3sgdHlwZTogJ2ZldGNoLWZhaWx1cmUnLCBpbnB1dExpbmU6IGwubiwgY3B2OiBzcGxpdFBrZ1NwZWMobVsxXSkuY3B2LCByZWFzb246ICdGZXRjaCBmYWlsZWQnIH1dO1xuICAgIH1cbiAgICBpZiAoKG0gPSAvXkNvdWxkbic/dCBkb3dubG9hZCAnKC4rKSdcXC4gQWJvcnRpbmdcXC4/JC8uZXhlYyhjKSkpIHtcbiAgICAgIHJldHVybiBbeyB0eXBlOiAnZmV0Y2gtZmFpbHVyZScsIGlucHV0TGluZTogbC5uLCBmaWxlOiBtWzFdLCByZWFzb246IFwiQ291bGRuJ3QgZG93bmxvYWRcIiwgLi4uKGN0eC5jcHYgPyB7IGNwdjogY3R4LmNwdiB9IDoge30pIH1dO1xuICAgIH1cbiAgfVxuICBpZiAoKHQuc3RhcnRzV2l0aCgnISEhJykgfHwgbC5idWxsZXQgPT09ICcqJykgJiYgKG0gPSAvXkEgZmlsZSBpcyBub3QgbGlzdGVkIGluIHRoZSBNYW5pZmVzdDogJyguKyknJC8uZXhlYyhjKSkpIHtcbiAgICByZXR1cm4gW3sgdHlwZTogJ2RpZ2VzdC1mYWlsdXJlJywgaW5wdXRMaW5lOiBsLm4sIGZpbGU6IG1bMV0sIHJlYXNvbjogJ0EgZmlsZSBpcyBub3QgbGlzdGVkIGluIHRoZSBNYW5pZmVzdCcgfV07XG4gIH1cbiAgaWYgKChtID0gL15GZXRjaCBmYWlsZWQgZm9yICcoLispJywgTG9nIGZpbGU6JC8uZXhlYyhjKSkpIHJldHVybiBuZXcgTG9nUGF0aEJsb2NrKGwubiwgJ2ZldGNoJywgbVsxXSk7XG4gIGlmICgobSA9IC9eKD86Pj4+ICk/RmFpbGVkIHRvICg/OmVtZXJnZXxpbnN0YWxsKSAoXFxTKz8pLD8gTG9nIGZpbGU6JC8uZXhlYyh0KSkpIHJldHVybiBuZXcgTG9nUGF0aEJsb2NrKGwubiwgJ2VtZXJnZScsIG1bMV0pO1xuICByZXR1cm4gbnVsbDtcbn1cblxuY2xhc3MgVmVyaWZ5QmxvY2sgaW1wbGVtZW50cyBCbG9jayB7XG4gIHByaXZhdGUgcmVhZG9ubHkgcGF0aDogc3RyaW5nW10gPSBbXTtcbiAgcHJpdmF0ZSByZWFzb24/OiBzdHJpbmc7XG4gIHByaXZhdGUgZ290Pzogc3RyaW5nO1xuICBwcml2YXRlIGV4cGVjdGVkPzogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbjogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkga2luZDogJ2RpZ2VzdCcgfCAnZmV0Y2gnLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZmlsZT86IHN0cmluZyxcbiAgKSB7fVxuXG4gIGZlZWQobDogTG9nTGluZSk6IGJvb2xlYW4ge1xuICAgIGlmICh0aGlzLmV4cGVjdGVkICE9PSB1bmRlZmluZWQgfHwgbC50ZXh0ID09PSAnJykgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGMgPSBjb250ZW50KGwpO1xuICAgIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICAgIGlmICgobSA9IC9eUmVhc29uOlxccyooLiopJC8uZXhlYyhjKSkpIHRoaXMucmVhc29uID0gbVsxXTtcbiAgICBlbHNlIGlmICgobSA9IC9eR290OlxccyooLiopJC8uZXhlYyhjKSkpIHRoaXMuZ290ID0gbVsxXTtcbiAgICBlbHNlIGlmICgobSA9IC9eRXhwZWN0ZWQ6XFxzKiguKikkLy5leGVjKGMpKSkgdGhpcy5leHBlY3RlZCA9IG1bMV07XG4gICAgZWxzZSBpZiAodGhpcy5yZWFzb24gPT09IHVuZGVmaW5lZCAmJiB0aGlzLmtpbmQgPT09ICdkaWdlc3QnICYmIHRoaXMucGF0aC5qb2luKCcnKS5sZW5ndGggPCA0MDk2KSB7XG4gICAgICAvLyBUaGUgcGF0aCwgcG9zc2libHkgc3BsaXQgbWlkLXdvcmQgYnkgYSBoYXJkIHdyYXAgKGAhISFgIGFsb25lLCB0aGVuIHRoZSBwaWVjZXMgd2l0aG91dCBhIG1hcmtlcikuXG4gICAgICBpZiAoYykgdGhpcy5wYXRoLnB1c2goYyk7XG4gICAgfSBlbHNlIHJldHVybiBmYWxzZTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuXG4gIGZpbmlzaChjdHg6IFBhcnNlQ29udGV4dCk6IEVtZXJnZUV2ZW50W10ge1xuICAgIGNvbnN0IHJlYXNvbiA9IHRoaXMucmVhc29uID8/ICcnO1xuICAgIGlmICh0aGlzLmtpbmQgPT09ICdmZXRjaCcpIHtcbiAgICAgIGNvbnN0IGV2OiBGZXRjaEZhaWx1cmVFdmVudCA9IHsgdHlwZTogJ2ZldGNoLWZhaWx1cmUnLCBpbnB1dExpbmU6IHRoaXMubiwgZmlsZTogdGhpcy5maWxlLCByZWFzb24gfTtcbiAgICAgIGlmICh0aGlzLmdvdCAhPT0gdW5kZWZpbmVkKSBldi5nb3QgPSB0aGlzLmdvdDtcbiAgICAgIGlmICh0aGlzLmV4cGVjdGVkICE9PSB1bmRlZmluZWQpIGV2LmV4cGVjdGVkID0gdGhpcy5leHBlY3RlZDtcbiAgICAgIGlmIChjdHguY3B2KSBldi5jcHYgPSBjdHguY3B2O1xuICAgICAgcmV0dXJuIFtldl07XG4gICAgfVxuICAgIGNvbnN0IGZpbGUgPSB0aGlzLnBhdGguam9pbignJyk7XG4gICAgaWYgKCFjdHguZmlyc3RUaW1lKGBkaWdlc3R8JHtmaWxlfXwke3JlYXNvbn18JHt0aGlzLmdvdH18JHt0aGlzLmV4cGVjdGVkfWApKSByZXR1cm4gW107XG4gICAgY29uc3QgZXY6IERpZ2VzdEZhaWx1cmVFdmVudCA9IHsgdHlwZTogJ2RpZ2VzdC1mYWlsdXJlJywgaW5wdXRMaW5lOiB0aGlzLm4sIGZpbGUsIHJlYXNvbiB9O1xuICAgIGlmICh0aGlzLmdvdCAhPT0gdW5kZWZpbmVkKSBldi5nb3QgPSB0aGlzLmdvdDtcbiAgICBpZiAodGhpcy5leHBlY3RlZCAhPT0gdW5kZWZpbmVkKSBldi5leHBlY3RlZCA9IHRoaXMuZXhwZWN0ZWQ7XG4gICAgY29uc3QgaCA9IC9eRmFpbGVkIG9uIChcXFMrKSB2ZXJpZmljYXRpb24vLmV4ZWMocmVhc29uKTtcbiAgICBpZiAoaCkgZXYuaGFzaCA9IGhbMV07XG4gICAgcmV0dXJuIFtldl07XG4gIH1cbn1cblxuLyoqIFdhaXRzIGEgY291cGxlIG9mIGxpbmVzIGZvciB0aGUgcXVvdGVkIGxvZyBwYXRoIHRoYXQgZm9sbG93cyBgTG9nIGZpbGU6YC4gKi9cbmNsYXNzIExvZ1BhdGhCbG9jayBpbXBsZW1lbnRzIEJsb2NrIHtcbiAgcHJpdmF0ZSBsb2c/OiBzdHJpbmc7XG4gIHByaXZhdGUgc2VlbiA9IDA7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBuOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSBraW5kOiAnZmV0Y2gnIHwgJ2VtZXJnZScsXG4gICAgcHJpdmF0ZSByZWFkb25seSBzcGVjOiBzdHJpbmcsXG4gICkge31cblxuICBmZWVkKGw6IExvZ0xpbmUpOiBib29sZWFuIHtcbiAgICBpZiAodGhpcy5sb2cgIT09IHVuZGVmaW5lZCB8fCArK3RoaXMuc2VlbiA+IDMpIHJldHVybiBmYWxzZTtcbiAgICBpZiAobC50ZXh0ID09PSAnJykgcmV0dXJuIHRydWU7XG4gICAgY29uc3QgYyA9IGwudGV4dC5zdGFydHNXaXRoKCc+Pj4nKSA/IGwudGV4dC5zbGljZSgzKS50cmltKCkgOiBjb250ZW50KGwpO1xuICAgIGlmICgvXidbXiddKyckLy50ZXN0KGMpKSB7XG4gICAgICB0aGlzLmxvZyA9IHVucXVvdGUoYyk7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIGZhbHNlO1xuICB9XG5cbiAgZmluaXNoKGN0eDogUGFyc2VDb250ZXh0KTogRW1lcmdlRXZlbnRbXSB7XG4gICAgY29uc3QgeyBjcHYsIHJlcG8gfSA9IHNwbGl0UGtnU3BlYyh0aGlzLnNwZWMpO1xuICAgIGlmICh0aGlzLmxvZykgY3R4LnNldExvZyhjcHYsIHRoaXMubG9nKTtcbiAgICBpZiAodGhpcy5raW5kID09PSAnZmV0Y2gnKSB7XG4gICAgICBjb25zdCBldjogRmV0Y2hGYWlsdXJlRXZlbnQgPSB7IHR5cGU6ICdmZXRjaC1mYWlsdXJlJywgaW5wdXRMaW5lOiB0aGlzLm4sIGNwdiwgcmVhc29uOiAnRmV0Y2ggZmFpbGVkJyB9O1xuICAgICAgaWYgKHRoaXMubG9nKSBldi5sb2cgPSB0aGlzLmxvZztcbiAgICAgIHJldHVybiBbZXZdO1xuICAgIH1cbiAgICBjb25zdCBldjogUGFja2FnZURvbmVFdmVudCA9IHsgdHlwZTogJ3BhY2thZ2UtZG9uZScsIGlucHV0TGluZTogdGhpcy5uLCBjcHYsIHJlc3VsdDogJ2ZhaWxlZCcgfTtcbiAgICBpZiAocmVwbykgZXYucmVwbyA9IHJlcG87XG4gICAgaWYgKHRoaXMubG9nKSBldi5sb2cgPSB0aGlzLmxvZztcbiAgICByZXR1cm4gW2V2XTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU9BLG1CQUFzQztBQUl0QyxTQUFTLFFBQVEsR0FBb0I7QUFDbkMsTUFBSSxFQUFFLEtBQUssV0FBVyxLQUFLLEVBQUcsUUFBTyxFQUFFLEtBQUssTUFBTSxDQUFDLEVBQUUsS0FBSztBQUMxRCxNQUFJLEVBQUUsV0FBVyxJQUFLLFFBQU8sRUFBRSxLQUFLLEtBQUs7QUFDekMsU0FBTyxFQUFFO0FBQ1g7QUFFTyxTQUFTLFdBQVcsR0FBWSxLQUFpRDtBQUN0RixRQUFNLElBQUksRUFBRTtBQUNaLFFBQU0sSUFBSSxRQUFRLENBQUM7QUFDbkIsTUFBSTtBQUNKLE1BQUksTUFBTSxrQ0FBa0MsRUFBRSxXQUFXLEtBQUssS0FBSyxFQUFFLFdBQVcsS0FBTSxRQUFPLElBQUksWUFBWSxFQUFFLEdBQUcsUUFBUTtBQUMxSCxNQUFJLEVBQUUsV0FBVyxLQUFLLEdBQUc7QUFDdkIsUUFBSyxJQUFJLHdDQUF3QyxLQUFLLENBQUMsRUFBSSxRQUFPLElBQUksWUFBWSxFQUFFLEdBQUcsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUNwRyxRQUFLLElBQUksK0NBQStDLEtBQUssQ0FBQyxHQUFJO0FBQ2hFLGFBQU8sQ0FBQyxFQUFFLE1BQU0saUJBQWlCLFdBQVcsRUFBRSxHQUFHLFNBQUssMkJBQWEsRUFBRSxDQUFDLENBQUMsRUFBRSxLQUFLLFFBQVEsZUFBZSxDQUFDO0FBQUEsSUFDeEc7QUFDQSxRQUFLLElBQUksNENBQTRDLEtBQUssQ0FBQyxHQUFJO0FBQzdELGFBQU8sQ0FBQyxFQUFFLE1BQU0saUJBQWlCLFdBQVcsRUFBRSxHQUFHLE1BQU0sRUFBRSxDQUFDLEdBQUcsUUFBUSxxQkFBcUIsR0FBSSxJQUFJLE1BQU0sRUFBRSxLQUFLLElBQUksSUFBSSxJQUFJLENBQUMsRUFBRyxDQUFDO0FBQUEsSUFDbEk7QUFBQSxFQUNGO0FBQ0EsT0FBSyxFQUFFLFdBQVcsS0FBSyxLQUFLLEVBQUUsV0FBVyxTQUFTLElBQUksaURBQWlELEtBQUssQ0FBQyxJQUFJO0FBQy9HLFdBQU8sQ0FBQyxFQUFFLE1BQU0sa0JBQWtCLFdBQVcsRUFBRSxHQUFHLE1BQU0sRUFBRSxDQUFDLEdBQUcsUUFBUSx1Q0FBdUMsQ0FBQztBQUFBLEVBQ2hIO0FBQ0EsTUFBSyxJQUFJLHVDQUF1QyxLQUFLLENBQUMsRUFBSSxRQUFPLElBQUksYUFBYSxFQUFFLEdBQUcsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUNwRyxNQUFLLElBQUksNkRBQTZELEtBQUssQ0FBQyxFQUFJLFFBQU8sSUFBSSxhQUFhLEVBQUUsR0FBRyxVQUFVLEVBQUUsQ0FBQyxDQUFDO0FBQzNILFNBQU87QUFDVDtBQUVBLE1BQU0sWUFBNkI7QUFBQSxFQU1qQyxZQUNtQixHQUNBLE1BQ0EsTUFDakI7QUFIaUI7QUFDQTtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUhnQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFSRixPQUFpQixDQUFDO0FBQUEsRUFDM0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBUVIsS0FBSyxHQUFxQjtBQUN4QixRQUFJLEtBQUssYUFBYSxVQUFhLEVBQUUsU0FBUyxHQUFJLFFBQU87QUFDekQsVUFBTSxJQUFJLFFBQVEsQ0FBQztBQUNuQixRQUFJO0FBQ0osUUFBSyxJQUFJLG1CQUFtQixLQUFLLENBQUMsRUFBSSxNQUFLLFNBQVMsRUFBRSxDQUFDO0FBQUEsYUFDN0MsSUFBSSxnQkFBZ0IsS0FBSyxDQUFDLEVBQUksTUFBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLGFBQzVDLElBQUkscUJBQXFCLEtBQUssQ0FBQyxFQUFJLE1BQUssV0FBVyxFQUFFLENBQUM7QUFBQSxhQUN2RCxLQUFLLFdBQVcsVUFBYSxLQUFLLFNBQVMsWUFBWSxLQUFLLEtBQUssS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBRWhHLFVBQUksRUFBRyxNQUFLLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDekIsTUFBTyxRQUFPO0FBQ2QsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE9BQU8sS0FBa0M7QUFDdkMsVUFBTSxTQUFTLEtBQUssVUFBVTtBQUM5QixRQUFJLEtBQUssU0FBUyxTQUFTO0FBQ3pCLFlBQU1BLE1BQXdCLEVBQUUsTUFBTSxpQkFBaUIsV0FBVyxLQUFLLEdBQUcsTUFBTSxLQUFLLE1BQU0sT0FBTztBQUNsRyxVQUFJLEtBQUssUUFBUSxPQUFXLENBQUFBLElBQUcsTUFBTSxLQUFLO0FBQzFDLFVBQUksS0FBSyxhQUFhLE9BQVcsQ0FBQUEsSUFBRyxXQUFXLEtBQUs7QUFDcEQsVUFBSSxJQUFJLElBQUssQ0FBQUEsSUFBRyxNQUFNLElBQUk7QUFDMUIsYUFBTyxDQUFDQSxHQUFFO0FBQUEsSUFDWjtBQUNBLFVBQU0sT0FBTyxLQUFLLEtBQUssS0FBSyxFQUFFO0FBQzlCLFFBQUksQ0FBQyxJQUFJLFVBQVUsVUFBVSxJQUFJLElBQUksTUFBTSxJQUFJLEtBQUssR0FBRyxJQUFJLEtBQUssUUFBUSxFQUFFLEVBQUcsUUFBTyxDQUFDO0FBQ3JGLFVBQU0sS0FBeUIsRUFBRSxNQUFNLGtCQUFrQixXQUFXLEtBQUssR0FBRyxNQUFNLE9BQU87QUFDekYsUUFBSSxLQUFLLFFBQVEsT0FBVyxJQUFHLE1BQU0sS0FBSztBQUMxQyxRQUFJLEtBQUssYUFBYSxPQUFXLElBQUcsV0FBVyxLQUFLO0FBQ3BELFVBQU0sSUFBSSxnQ0FBZ0MsS0FBSyxNQUFNO0FBQ3JELFFBQUksRUFBRyxJQUFHLE9BQU8sRUFBRSxDQUFDO0FBQ3BCLFdBQU8sQ0FBQyxFQUFFO0FBQUEsRUFDWjtBQUNGO0FBR0EsTUFBTSxhQUE4QjtBQUFBLEVBSWxDLFlBQ21CLEdBQ0EsTUFDQSxNQUNqQjtBQUhpQjtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBSGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQU5YO0FBQUEsRUFDQSxPQUFPO0FBQUEsRUFRZixLQUFLLEdBQXFCO0FBQ3hCLFFBQUksS0FBSyxRQUFRLFVBQWEsRUFBRSxLQUFLLE9BQU8sRUFBRyxRQUFPO0FBQ3RELFFBQUksRUFBRSxTQUFTLEdBQUksUUFBTztBQUMxQixVQUFNLElBQUksRUFBRSxLQUFLLFdBQVcsS0FBSyxJQUFJLEVBQUUsS0FBSyxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksUUFBUSxDQUFDO0FBQ3ZFLFFBQUksWUFBWSxLQUFLLENBQUMsR0FBRztBQUN2QixXQUFLLFVBQU0sc0JBQVEsQ0FBQztBQUNwQixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLEtBQWtDO0FBQ3ZDLFVBQU0sRUFBRSxLQUFLLEtBQUssUUFBSSwyQkFBYSxLQUFLLElBQUk7QUFDNUMsUUFBSSxLQUFLLElBQUssS0FBSSxPQUFPLEtBQUssS0FBSyxHQUFHO0FBQ3RDLFFBQUksS0FBSyxTQUFTLFNBQVM7QUFDekIsWUFBTUEsTUFBd0IsRUFBRSxNQUFNLGlCQUFpQixXQUFXLEtBQUssR0FBRyxLQUFLLFFBQVEsZUFBZTtBQUN0RyxVQUFJLEtBQUssSUFBSyxDQUFBQSxJQUFHLE1BQU0sS0FBSztBQUM1QixhQUFPLENBQUNBLEdBQUU7QUFBQSxJQUNaO0FBQ0EsVUFBTSxLQUF1QixFQUFFLE1BQU0sZ0JBQWdCLFdBQVcsS0FBSyxHQUFHLEtBQUssUUFBUSxTQUFTO0FBQzlGLFFBQUksS0FBTSxJQUFHLE9BQU87QUFDcEIsUUFBSSxLQUFLLElBQUssSUFBRyxNQUFNLEtBQUs7QUFDNUIsV0FBTyxDQUFDLEVBQUU7QUFBQSxFQUNaO0FBQ0Y7IiwKICAibmFtZXMiOiBbImV2Il0KfQo=
