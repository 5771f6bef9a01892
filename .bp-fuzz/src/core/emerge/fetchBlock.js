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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvZW1lcmdlL2ZldGNoQmxvY2sudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogRmV0Y2ggYW5kIGRpZ2VzdCB0cm91YmxlOiBgISEhIERpZ2VzdCB2ZXJpZmljYXRpb24gZmFpbGVkOmAgKGFsc28gdGhlIGAgKiBgIGZvcm0sIGFuZCBhIHBhdGggaGFyZC13cmFwcGVkXG4gKiBvdmVyIHNldmVyYWwgbGluZXMpLCBgISEhIEZldGNoZWQgZmlsZTogWCBWRVJJRlkgRkFJTEVEIWAsIGAhISEgQ291bGRuJ3QgZG93bmxvYWQgJ1gnLiBBYm9ydGluZy5gLFxuICogYCAqIEZldGNoIGZhaWxlZCBmb3IgJ2NwdicsIExvZyBmaWxlOmAsIGFuZCBgPj4+IEZhaWxlZCB0byBlbWVyZ2UgY3B2LCBMb2cgZmlsZTpgIHdpdGggaXRzIHF1b3RlZCBwYXRoLlxuICovXG5pbXBvcnQgdHlwZSB7IERpZ2VzdEZhaWx1cmVFdmVudCwgRW1lcmdlRXZlbnQsIEZldGNoRmFpbHVyZUV2ZW50LCBQYWNrYWdlRG9uZUV2ZW50IH0gZnJvbSAnLi9ldmVudHMnO1xuaW1wb3J0IHR5cGUgeyBCbG9jaywgUGFyc2VDb250ZXh0IH0gZnJvbSAnLi9ibG9jayc7XG5pbXBvcnQgeyBzcGxpdFBrZ1NwZWMsIHVucXVvdGUgfSBmcm9tICcuL2Jsb2NrJztcbmltcG9ydCB0eXBlIHsgTG9nTGluZSB9IGZyb20gJy4vbG9nTGluZSc7XG5cbi8qKiBUZXh0IGFmdGVyIGEgYCEhIWAgb3IgYCAqIGAgbWFya2VyLiAqL1xuZnVuY3Rpb24gY29udGVudChsOiBMb2dMaW5lKTogc3RyaW5nIHtcbiAgaWYgKGwudGV4dC5zdGFydHNXaXRoKCchISEnKSkgcmV0dXJuIGwudGV4dC5zbGljZSgzKS50cmltKCk7XG4gIGlmIChsLmJ1bGxldCA9PT0gJyonKSByZXR1cm4gbC5ib2R5LnRyaW0oKTtcbiAgcmV0dXJuIGwudGV4dDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHN0YXJ0RmV0Y2gobDogTG9nTGluZSwgY3R4OiBQYXJzZUNvbnRleHQpOiBCbG9jayB8IEVtZXJnZUV2ZW50W10gfCBudWxsIHtcbiAgY29uc3QgdCA9IGwudGV4dDtcbiAgY29uc3QgYyA9IGNvbnRlbnQobCk7XG4gIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICBpZiAoYyA9PT0gJ0RpZ2VzdCB2ZXJpZmljYXRpb24gZmFpbGVkOicgJiYgKHQuc3RhcnRzV2l0aCgnISEhJykgfHwgbC5idWxsZXQgPT09ICcqJykpIHJldHVybiBuZXcgVmVyaWZ5QmxvY2sobC5uLCAnZGlnZXN0Jyk7XG4gIGlmICh0LnN0YXJ0c1dpdGgoJyEhIScpKSB7XG4gICAgaWYgKChtID0gL15GZXRjaGVkIGZpbGU6ICguKz8pIFZFUklGWSBGQUlMRUQhPyQvLmV4ZWMoYykpKSByZXR1cm4gbmV3IFZlcmlmeUJsb2NrKGwubiwgJ2ZldGNoJywgbVsxXSk7XG4gICAgaWYgKChtID0gL15Db3VsZG4nP3QgZG93bmxvYWQgJyguKyknXFwuIEFib3J0aW5nXFwuPyQvLmV4ZWMoYykpKSB7XG4gICAgICByZXR1cm4gW3sgdHlwZTogJ2ZldGNoLWZhaWx1cmUnLCBpbnB1dExpbmU6IGwubiwgZmlsZTogbVsxXSwgcmVhc29uOiBcIkNvdWxkbid0IGRvd25sb2FkXCIsIC4uLihjdHguY3B2ID8geyBjcHY6IGN0eC5jcHYgfSA6IHt9KSB9XTtcbiAgICB9XG4gIH1cbiAgaWYgKCh0LnN0YXJ0c1dpdGgoJyEhIScpIHx8IGwuYnVsbGV0ID09PSAnKicpICYmIChtID0gL15BIGZpbGUgaXMgbm90IGxpc3RlZCBpbiB0aGUgTWFuaWZlc3Q6ICcoLispJyQvLmV4ZWMoYykpKSB7XG4gICAgcmV0dXJuIFt7IHR5cGU6ICdkaWdlc3QtZmFpbHVyZScsIGlucHV0TGluZTogbC5uLCBmaWxlOiBtWzFdLCByZWFzb246ICdBIGZpbGUgaXMgbm90IGxpc3RlZCBpbiB0aGUgTWFuaWZlc3QnIH1dO1xuICB9XG4gIGlmICgobSA9IC9eRmV0Y2ggZmFpbGVkIGZvciAnKC4rKScsIExvZyBmaWxlOiQvLmV4ZWMoYykpKSByZXR1cm4gbmV3IExvZ1BhdGhCbG9jayhsLm4sICdmZXRjaCcsIG1bMV0pO1xuICBpZiAoKG0gPSAvXig/Oj4+PiApP0ZhaWxlZCB0byAoPzplbWVyZ2V8aW5zdGFsbCkgKFxcUys/KSw/IExvZyBmaWxlOiQvLmV4ZWModCkpKSByZXR1cm4gbmV3IExvZ1BhdGhCbG9jayhsLm4sICdlbWVyZ2UnLCBtWzFdKTtcbiAgcmV0dXJuIG51bGw7XG59XG5cbmNsYXNzIFZlcmlmeUJsb2NrIGltcGxlbWVudHMgQmxvY2sge1xuICBwcml2YXRlIHJlYWRvbmx5IHBhdGg6IHN0cmluZ1tdID0gW107XG4gIHByaXZhdGUgcmVhc29uPzogc3RyaW5nO1xuICBwcml2YXRlIGdvdD86IHN0cmluZztcbiAgcHJpdmF0ZSBleHBlY3RlZD86IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IG46IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IGtpbmQ6ICdkaWdlc3QnIHwgJ2ZldGNoJyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGZpbGU/OiBzdHJpbmcsXG4gICkge31cblxuICBmZWVkKGw6IExvZ0xpbmUpOiBib29sZWFuIHtcbiAgICBpZiAodGhpcy5leHBlY3RlZCAhPT0gdW5kZWZpbmVkIHx8IGwudGV4dCA9PT0gJycpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBjID0gY29udGVudChsKTtcbiAgICBsZXQgbTogUmVnRXhwRXhlY0FycmF5IHwgbnVsbDtcbiAgICBpZiAoKG0gPSAvXlJlYXNvbjpcXHMqKC4qKSQvLmV4ZWMoYykpKSB0aGlzLnJlYXNvbiA9IG1bMV07XG4gICAgZWxzZSBpZiAoKG0gPSAvXkdvdDpcXHMqKC4qKSQvLmV4ZWMoYykpKSB0aGlzLmdvdCA9IG1bMV07XG4gICAgZWxzZSBpZiAoKG0gPSAvXkV4cGVjdGVkOlxccyooLiopJC8uZXhlYyhjKSkpIHRoaXMuZXhwZWN0ZWQgPSBtWzFdO1xuICAgIGVsc2UgaWYgKHRoaXMucmVhc29uID09PSB1bmRlZmluZWQgJiYgdGhpcy5raW5kID09PSAnZGlnZXN0JyAmJiB0aGlzLnBhdGguam9pbignJykubGVuZ3RoIDwgNDA5Nikge1xuICAgICAgLy8gVGhlIHBhdGgsIHBvc3NpYmx5IHNwbGl0IG1pZC13b3JkIGJ5IGEgaGFyZCB3cmFwIChgISEhYCBhbG9uZSwgdGhlbiB0aGUgcGllY2VzIHdpdGhvdXQgYSBtYXJrZXIpLlxuICAgICAgaWYgKGMpIHRoaXMucGF0aC5wdXNoKGMpO1xuICAgIH0gZWxzZSByZXR1cm4gZmFsc2U7XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cblxuICBmaW5pc2goY3R4OiBQYXJzZUNvbnRleHQpOiBFbWVyZ2VFdmVudFtdIHtcbiAgICBjb25zdCByZWFzb24gPSB0aGlzLnJlYXNvbiA/PyAnJztcbiAgICBpZiAodGhpcy5raW5kID09PSAnZmV0Y2gnKSB7XG4gICAgICBjb25zdCBldjogRmV0Y2hGYWlsdXJlRXZlbnQgPSB7IHR5cGU6ICdmZXRjaC1mYWlsdXJlJywgaW5wdXRMaW5lOiB0aGlzLm4sIGZpbGU6IHRoaXMuZmlsZSwgcmVhc29uIH07XG4gICAgICBpZiAodGhpcy5nb3QgIT09IHVuZGVmaW5lZCkgZXYuZ290ID0gdGhpcy5nb3Q7XG4gICAgICBpZiAodGhpcy5leHBlY3RlZCAhPT0gdW5kZWZpbmVkKSBldi5leHBlY3RlZCA9IHRoaXMuZXhwZWN0ZWQ7XG4gICAgICBpZiAoY3R4LmNwdikgZXYuY3B2ID0gY3R4LmNwdjtcbiAgICAgIHJldHVybiBbZXZdO1xuICAgIH1cbiAgICBjb25zdCBmaWxlID0gdGhpcy5wYXRoLmpvaW4oJycpO1xuICAgIGlmICghY3R4LmZpcnN0VGltZShgZGlnZXN0fCR7ZmlsZX18JHtyZWFzb259fCR7dGhpcy5nb3R9fCR7dGhpcy5leHBlY3RlZH1gKSkgcmV0dXJuIFtdO1xuICAgIGNvbnN0IGV2OiBEaWdlc3RGYWlsdXJlRXZlbnQgPSB7IHR5cGU6ICdkaWdlc3QtZmFpbHVyZScsIGlucHV0TGluZTogdGhpcy5uLCBmaWxlLCByZWFzb24gfTtcbiAgICBpZiAodGhpcy5nb3QgIT09IHVuZGVmaW5lZCkgZXYuZ290ID0gdGhpcy5nb3Q7XG4gICAgaWYgKHRoaXMuZXhwZWN0ZWQgIT09IHVuZGVmaW5lZCkgZXYuZXhwZWN0ZWQgPSB0aGlzLmV4cGVjdGVkO1xuICAgIGNvbnN0IGggPSAvXkZhaWxlZCBvbiAoXFxTKykgdmVyaWZpY2F0aW9uLy5leGVjKHJlYXNvbik7XG4gICAgaWYgKGgpIGV2Lmhhc2ggPSBoWzFdO1xuICAgIHJldHVybiBbZXZdO1xuICB9XG59XG5cbi8qKiBXYWl0cyBhIGNvdXBsZSBvZiBsaW5lcyBmb3IgdGhlIHF1b3RlZCBsb2cgcGF0aCB0aGF0IGZvbGxvd3MgYExvZyBmaWxlOmAuICovXG5jbGFzcyBMb2dQYXRoQmxvY2sgaW1wbGVtZW50cyBCbG9jayB7XG4gIHByaXZhdGUgbG9nPzogc3RyaW5nO1xuICBwcml2YXRlIHNlZW4gPSAwO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbjogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkga2luZDogJ2ZldGNoJyB8ICdlbWVyZ2UnLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc3BlYzogc3RyaW5nLFxuICApIHt9XG5cbiAgZmVlZChsOiBMb2dMaW5lKTogYm9vbGVhbiB7XG4gICAgaWYgKHRoaXMubG9nICE9PSB1bmRlZmluZWQgfHwgKyt0aGlzLnNlZW4gPiAzKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKGwudGV4dCA9PT0gJycpIHJldHVybiB0cnVlO1xuICAgIGNvbnN0IGMgPSBsLnRleHQuc3RhcnRzV2l0aCgnPj4+JykgPyBsLnRleHQuc2xpY2UoMykudHJpbSgpIDogY29udGVudChsKTtcbiAgICBpZiAoL14nW14nXSsnJC8udGVzdChjKSkge1xuICAgICAgdGhpcy5sb2cgPSB1bnF1b3RlKGMpO1xuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfVxuICAgIHJldHVybiBmYWxzZTtcbiAgfVxuXG4gIGZpbmlzaChjdHg6IFBhcnNlQ29udGV4dCk6IEVtZXJnZUV2ZW50W10ge1xuICAgIGNvbnN0IHsgY3B2LCByZXBvIH0gPSBzcGxpdFBrZ1NwZWModGhpcy5zcGVjKTtcbiAgICBpZiAodGhpcy5sb2cpIGN0eC5zZXRMb2coY3B2LCB0aGlzLmxvZyk7XG4gICAgaWYgKHRoaXMua2luZCA9PT0gJ2ZldGNoJykge1xuICAgICAgY29uc3QgZXY6IEZldGNoRmFpbHVyZUV2ZW50ID0geyB0eXBlOiAnZmV0Y2gtZmFpbHVyZScsIGlucHV0TGluZTogdGhpcy5uLCBjcHYsIHJlYXNvbjogJ0ZldGNoIGZhaWxlZCcgfTtcbiAgICAgIGlmICh0aGlzLmxvZykgZXYubG9nID0gdGhpcy5sb2c7XG4gICAgICByZXR1cm4gW2V2XTtcbiAgICB9XG4gICAgY29uc3QgZXY6IFBhY2thZ2VEb25lRXZlbnQgPSB7IHR5cGU6ICdwYWNrYWdlLWRvbmUnLCBpbnB1dExpbmU6IHRoaXMubiwgY3B2LCByZXN1bHQ6ICdmYWlsZWQnIH07XG4gICAgaWYgKHJlcG8pIGV2LnJlcG8gPSByZXBvO1xuICAgIGlmICh0aGlzLmxvZykgZXYubG9nID0gdGhpcy5sb2c7XG4gICAgcmV0dXJuIFtldl07XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFPQSxtQkFBc0M7QUFJdEMsU0FBUyxRQUFRLEdBQW9CO0FBQ25DLE1BQUksRUFBRSxLQUFLLFdBQVcsS0FBSyxFQUFHLFFBQU8sRUFBRSxLQUFLLE1BQU0sQ0FBQyxFQUFFLEtBQUs7QUFDMUQsTUFBSSxFQUFFLFdBQVcsSUFBSyxRQUFPLEVBQUUsS0FBSyxLQUFLO0FBQ3pDLFNBQU8sRUFBRTtBQUNYO0FBRU8sU0FBUyxXQUFXLEdBQVksS0FBaUQ7QUFDdEYsUUFBTSxJQUFJLEVBQUU7QUFDWixRQUFNLElBQUksUUFBUSxDQUFDO0FBQ25CLE1BQUk7QUFDSixNQUFJLE1BQU0sa0NBQWtDLEVBQUUsV0FBVyxLQUFLLEtBQUssRUFBRSxXQUFXLEtBQU0sUUFBTyxJQUFJLFlBQVksRUFBRSxHQUFHLFFBQVE7QUFDMUgsTUFBSSxFQUFFLFdBQVcsS0FBSyxHQUFHO0FBQ3ZCLFFBQUssSUFBSSx3Q0FBd0MsS0FBSyxDQUFDLEVBQUksUUFBTyxJQUFJLFlBQVksRUFBRSxHQUFHLFNBQVMsRUFBRSxDQUFDLENBQUM7QUFDcEcsUUFBSyxJQUFJLDRDQUE0QyxLQUFLLENBQUMsR0FBSTtBQUM3RCxhQUFPLENBQUMsRUFBRSxNQUFNLGlCQUFpQixXQUFXLEVBQUUsR0FBRyxNQUFNLEVBQUUsQ0FBQyxHQUFHLFFBQVEscUJBQXFCLEdBQUksSUFBSSxNQUFNLEVBQUUsS0FBSyxJQUFJLElBQUksSUFBSSxDQUFDLEVBQUcsQ0FBQztBQUFBLElBQ2xJO0FBQUEsRUFDRjtBQUNBLE9BQUssRUFBRSxXQUFXLEtBQUssS0FBSyxFQUFFLFdBQVcsU0FBUyxJQUFJLGlEQUFpRCxLQUFLLENBQUMsSUFBSTtBQUMvRyxXQUFPLENBQUMsRUFBRSxNQUFNLGtCQUFrQixXQUFXLEVBQUUsR0FBRyxNQUFNLEVBQUUsQ0FBQyxHQUFHLFFBQVEsdUNBQXVDLENBQUM7QUFBQSxFQUNoSDtBQUNBLE1BQUssSUFBSSx1Q0FBdUMsS0FBSyxDQUFDLEVBQUksUUFBTyxJQUFJLGFBQWEsRUFBRSxHQUFHLFNBQVMsRUFBRSxDQUFDLENBQUM7QUFDcEcsTUFBSyxJQUFJLDZEQUE2RCxLQUFLLENBQUMsRUFBSSxRQUFPLElBQUksYUFBYSxFQUFFLEdBQUcsVUFBVSxFQUFFLENBQUMsQ0FBQztBQUMzSCxTQUFPO0FBQ1Q7QUFFQSxNQUFNLFlBQTZCO0FBQUEsRUFNakMsWUFDbUIsR0FDQSxNQUNBLE1BQ2pCO0FBSGlCO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFIZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBUkYsT0FBaUIsQ0FBQztBQUFBLEVBQzNCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQVFSLEtBQUssR0FBcUI7QUFDeEIsUUFBSSxLQUFLLGFBQWEsVUFBYSxFQUFFLFNBQVMsR0FBSSxRQUFPO0FBQ3pELFVBQU0sSUFBSSxRQUFRLENBQUM7QUFDbkIsUUFBSTtBQUNKLFFBQUssSUFBSSxtQkFBbUIsS0FBSyxDQUFDLEVBQUksTUFBSyxTQUFTLEVBQUUsQ0FBQztBQUFBLGFBQzdDLElBQUksZ0JBQWdCLEtBQUssQ0FBQyxFQUFJLE1BQUssTUFBTSxFQUFFLENBQUM7QUFBQSxhQUM1QyxJQUFJLHFCQUFxQixLQUFLLENBQUMsRUFBSSxNQUFLLFdBQVcsRUFBRSxDQUFDO0FBQUEsYUFDdkQsS0FBSyxXQUFXLFVBQWEsS0FBSyxTQUFTLFlBQVksS0FBSyxLQUFLLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUVoRyxVQUFJLEVBQUcsTUFBSyxLQUFLLEtBQUssQ0FBQztBQUFBLElBQ3pCLE1BQU8sUUFBTztBQUNkLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxPQUFPLEtBQWtDO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLFVBQVU7QUFDOUIsUUFBSSxLQUFLLFNBQVMsU0FBUztBQUN6QixZQUFNQSxNQUF3QixFQUFFLE1BQU0saUJBQWlCLFdBQVcsS0FBSyxHQUFHLE1BQU0sS0FBSyxNQUFNLE9BQU87QUFDbEcsVUFBSSxLQUFLLFFBQVEsT0FBVyxDQUFBQSxJQUFHLE1BQU0sS0FBSztBQUMxQyxVQUFJLEtBQUssYUFBYSxPQUFXLENBQUFBLElBQUcsV0FBVyxLQUFLO0FBQ3BELFVBQUksSUFBSSxJQUFLLENBQUFBLElBQUcsTUFBTSxJQUFJO0FBQzFCLGFBQU8sQ0FBQ0EsR0FBRTtBQUFBLElBQ1o7QUFDQSxVQUFNLE9BQU8sS0FBSyxLQUFLLEtBQUssRUFBRTtBQUM5QixRQUFJLENBQUMsSUFBSSxVQUFVLFVBQVUsSUFBSSxJQUFJLE1BQU0sSUFBSSxLQUFLLEdBQUcsSUFBSSxLQUFLLFFBQVEsRUFBRSxFQUFHLFFBQU8sQ0FBQztBQUNyRixVQUFNLEtBQXlCLEVBQUUsTUFBTSxrQkFBa0IsV0FBVyxLQUFLLEdBQUcsTUFBTSxPQUFPO0FBQ3pGLFFBQUksS0FBSyxRQUFRLE9BQVcsSUFBRyxNQUFNLEtBQUs7QUFDMUMsUUFBSSxLQUFLLGFBQWEsT0FBVyxJQUFHLFdBQVcsS0FBSztBQUNwRCxVQUFNLElBQUksZ0NBQWdDLEtBQUssTUFBTTtBQUNyRCxRQUFJLEVBQUcsSUFBRyxPQUFPLEVBQUUsQ0FBQztBQUNwQixXQUFPLENBQUMsRUFBRTtBQUFBLEVBQ1o7QUFDRjtBQUdBLE1BQU0sYUFBOEI7QUFBQSxFQUlsQyxZQUNtQixHQUNBLE1BQ0EsTUFDakI7QUFIaUI7QUFDQTtBQUNBO0FBQUEsRUFDaEI7QUFBQSxFQUhnQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFOWDtBQUFBLEVBQ0EsT0FBTztBQUFBLEVBUWYsS0FBSyxHQUFxQjtBQUN4QixRQUFJLEtBQUssUUFBUSxVQUFhLEVBQUUsS0FBSyxPQUFPLEVBQUcsUUFBTztBQUN0RCxRQUFJLEVBQUUsU0FBUyxHQUFJLFFBQU87QUFDMUIsVUFBTSxJQUFJLEVBQUUsS0FBSyxXQUFXLEtBQUssSUFBSSxFQUFFLEtBQUssTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLFFBQVEsQ0FBQztBQUN2RSxRQUFJLFlBQVksS0FBSyxDQUFDLEdBQUc7QUFDdkIsV0FBSyxVQUFNLHNCQUFRLENBQUM7QUFDcEIsYUFBTztBQUFBLElBQ1Q7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsT0FBTyxLQUFrQztBQUN2QyxVQUFNLEVBQUUsS0FBSyxLQUFLLFFBQUksMkJBQWEsS0FBSyxJQUFJO0FBQzVDLFFBQUksS0FBSyxJQUFLLEtBQUksT0FBTyxLQUFLLEtBQUssR0FBRztBQUN0QyxRQUFJLEtBQUssU0FBUyxTQUFTO0FBQ3pCLFlBQU1BLE1BQXdCLEVBQUUsTUFBTSxpQkFBaUIsV0FBVyxLQUFLLEdBQUcsS0FBSyxRQUFRLGVBQWU7QUFDdEcsVUFBSSxLQUFLLElBQUssQ0FBQUEsSUFBRyxNQUFNLEtBQUs7QUFDNUIsYUFBTyxDQUFDQSxHQUFFO0FBQUEsSUFDWjtBQUNBLFVBQU0sS0FBdUIsRUFBRSxNQUFNLGdCQUFnQixXQUFXLEtBQUssR0FBRyxLQUFLLFFBQVEsU0FBUztBQUM5RixRQUFJLEtBQU0sSUFBRyxPQUFPO0FBQ3BCLFFBQUksS0FBSyxJQUFLLElBQUcsTUFBTSxLQUFLO0FBQzVCLFdBQU8sQ0FBQyxFQUFFO0FBQUEsRUFDWjtBQUNGOyIsCiAgIm5hbWVzIjogWyJldiJdCn0K
