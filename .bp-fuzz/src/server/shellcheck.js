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
var shellcheck_exports = {};
__export(shellcheck_exports, {
  filterShellcheck: () => filterShellcheck,
  runShellcheck: () => runShellcheck,
  shellcheckArgs: () => shellcheckArgs
});
module.exports = __toCommonJS(shellcheck_exports);
var import_node_child_process = require("node:child_process");
var import_pms = require("./pms");
function shellcheckArgs() {
  return ["--norc", "-f", "json1", "-s", "bash", "-"];
}
function runShellcheck(text, binary = "shellcheck", timeoutMs = 15e3) {
  return new Promise((resolve) => {
    let out = "";
    let done = false;
    const finish = (v) => {
      if (!done) resolve(v);
      done = true;
    };
    const child = (0, import_node_child_process.spawn)(binary, shellcheckArgs(), { stdio: ["pipe", "pipe", "ignore"] });
    const timer = setTimeout(() => {
      child.kill();
      finish(void 0);
    }, timeoutMs);
    child.on("error", () => finish(void 0));
    child.stdout.setEncoding("utf8").on("data", (d) => out += d);
    child.on("close", () => {
      clearTimeout(timer);
      try {
        finish(JSON.parse(out).comments);
      } catch {
        finish(void 0);
      }
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(text);
  });
}
function knownNames(ctx) {
  const names = new Set(import_pms.VARIABLES.keys());
  for (const e of ctx.eclasses) {
    e.info.variables.forEach((_v, n) => names.add(n));
    e.info.referenced.forEach((n) => names.add(n));
    e.info.assigned.forEach((n) => names.add(n));
  }
  return names;
}
const LEVELS = { error: "error", warning: "warning", info: "information", style: "hint" };
function filterShellcheck(ctx, comments, offsetAt) {
  const known = knownNames(ctx);
  const out = [];
  for (const c of comments) {
    const start = offsetAt(c.line - 1, c.column - 1);
    const end = offsetAt(c.endLine - 1, c.endColumn - 1);
    const name = /^(\w+)/.exec(ctx.text.slice(start, end).replace(/^[${!]+/, ""))?.[1] ?? "";
    if (c.code === 2034 && (known.has(name) || ctx.kind === "eclass" && /^[A-Z_][A-Z0-9_]*$/.test(name))) continue;
    if (c.code === 2154 && known.has(name)) continue;
    out.push({ span: { start, end: Math.max(end, start + 1) }, severity: LEVELS[c.level] ?? "warning", code: `SC${c.code}`, message: c.message });
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  filterShellcheck,
  runShellcheck,
  shellcheckArgs
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9zaGVsbGNoZWNrLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIHNoZWxsY2hlY2sgKERlYmlhbidzIGJpbmFyeSkgb24gYW4gZWJ1aWxkIG9yIGVjbGFzcywgd2l0aCBlYnVpbGQtYXdhcmUgZmlsdGVyaW5nOiBlYnVpbGQgYW5kXG4gKiBlY2xhc3MgdmFyaWFibGVzIGFyZSB1c2VkIGJ5IHRoZSBwYWNrYWdlIG1hbmFnZXIgb3IgdGhlIGVjbGFzc2VzLCBzbyBTQzIwMzQgKFwiYXBwZWFycyB1bnVzZWRcIilcbiAqIGFuZCBTQzIxNTQgKFwicmVmZXJlbmNlZCBidXQgbm90IGFzc2lnbmVkXCIpIG9uIHRoZW0gYXJlIG5vaXNlIGFuZCBhcmUgZHJvcHBlZC5cbiAqL1xuaW1wb3J0IHsgc3Bhd24gfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgRG9jQ29udGV4dCB9IGZyb20gJy4vZG9jQ29udGV4dCc7XG5pbXBvcnQgeyBGaW5kaW5nLCBTZXZlcml0eSB9IGZyb20gJy4vZGlhZ25vc3RpY3MnO1xuaW1wb3J0IHsgVkFSSUFCTEVTIH0gZnJvbSAnLi9wbXMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFNoZWxsY2hlY2tDb21tZW50IHsgbGluZTogbnVtYmVyOyBlbmRMaW5lOiBudW1iZXI7IGNvbHVtbjogbnVtYmVyOyBlbmRDb2x1bW46IG51bWJlcjsgbGV2ZWw6IHN0cmluZzsgY29kZTogbnVtYmVyOyBtZXNzYWdlOiBzdHJpbmcgfVxuXG4vKiogYXJndiBmb3IgYSBydW4gb24gc3RkaW47IHRoZSBmaWxlJ3MgdGV4dCBpcyB3cml0dGVuIHRvIHN0ZGluLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoZWxsY2hlY2tBcmdzKCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsnLS1ub3JjJywgJy1mJywgJ2pzb24xJywgJy1zJywgJ2Jhc2gnLCAnLSddO1xufVxuXG4vKiogUnVucyBzaGVsbGNoZWNrOyByZXNvbHZlcyB1bmRlZmluZWQgd2hlbiBpdCBpcyBub3QgaW5zdGFsbGVkIG9yIGZhaWxzIHRvIGFuc3dlciBpbiB0aW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1blNoZWxsY2hlY2sodGV4dDogc3RyaW5nLCBiaW5hcnkgPSAnc2hlbGxjaGVjaycsIHRpbWVvdXRNcyA9IDE1MDAwKTogUHJvbWlzZTxTaGVsbGNoZWNrQ29tbWVudFtdIHwgdW5kZWZpbmVkPiB7XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4ge1xuICAgIGxldCBvdXQgPSAnJztcbiAgICBsZXQgZG9uZSA9IGZhbHNlO1xuICAgIGNvbnN0IGZpbmlzaCA9ICh2OiBTaGVsbGNoZWNrQ29tbWVudFtdIHwgdW5kZWZpbmVkKSA9PiB7XG4gICAgICBpZiAoIWRvbmUpIHJlc29sdmUodik7XG4gICAgICBkb25lID0gdHJ1ZTtcbiAgICB9O1xuICAgIGNvbnN0IGNoaWxkID0gc3Bhd24oYmluYXJ5LCBzaGVsbGNoZWNrQXJncygpLCB7IHN0ZGlvOiBbJ3BpcGUnLCAncGlwZScsICdpZ25vcmUnXSB9KTtcbiAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgY2hpbGQua2lsbCgpO1xuICAgICAgZmluaXNoKHVuZGVmaW5lZCk7XG4gICAgfSwgdGltZW91dE1zKTtcbiAgICBjaGlsZC5vbignZXJyb3InLCAoKSA9PiBmaW5pc2godW5kZWZpbmVkKSk7XG4gICAgY2hpbGQuc3Rkb3V0LnNldEVuY29kaW5nKCd1dGY4Jykub24oJ2RhdGEnLCAoZDogc3RyaW5nKSA9PiAob3V0ICs9IGQpKTtcbiAgICBjaGlsZC5vbignY2xvc2UnLCAoKSA9PiB7XG4gICAgICBjbGVhclRpbWVvdXQodGltZXIpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgZmluaXNoKChKU09OLnBhcnNlKG91dCkgYXMgeyBjb21tZW50czogU2hlbGxjaGVja0NvbW1lbnRbXSB9KS5jb21tZW50cyk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgZmluaXNoKHVuZGVmaW5lZCk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgY2hpbGQuc3RkaW4ub24oJ2Vycm9yJywgKCkgPT4gdW5kZWZpbmVkKTtcbiAgICBjaGlsZC5zdGRpbi5lbmQodGV4dCk7XG4gIH0pO1xufVxuXG4vKiogTmFtZXMgdGhlIHBhY2thZ2UgbWFuYWdlciBvciBhbiBpbmhlcml0ZWQgZWNsYXNzIGdpdmVzIG1lYW5pbmcgdG8uICovXG5mdW5jdGlvbiBrbm93bk5hbWVzKGN0eDogRG9jQ29udGV4dCk6IFNldDxzdHJpbmc+IHtcbiAgY29uc3QgbmFtZXMgPSBuZXcgU2V0KFZBUklBQkxFUy5rZXlzKCkpO1xuICBmb3IgKGNvbnN0IGUgb2YgY3R4LmVjbGFzc2VzKSB7XG4gICAgZS5pbmZvLnZhcmlhYmxlcy5mb3JFYWNoKChfdiwgbikgPT4gbmFtZXMuYWRkKG4pKTtcbiAgICBlLmluZm8ucmVmZXJlbmNlZC5mb3JFYWNoKChuKSA9PiBuYW1lcy5hZGQobikpO1xuICAgIGUuaW5mby5hc3NpZ25lZC5mb3JFYWNoKChuKSA9PiBuYW1lcy5hZGQobikpO1xuICB9XG4gIHJldHVybiBuYW1lcztcbn1cblxuY29uc3QgTEVWRUxTOiBSZWNvcmQ8c3RyaW5nLCBTZXZlcml0eT4gPSB7IGVycm9yOiAnZXJyb3InLCB3YXJuaW5nOiAnd2FybmluZycsIGluZm86ICdpbmZvcm1hdGlvbicsIHN0eWxlOiAnaGludCcgfTtcblxuLyoqIEtlZXBzIHRoZSBjb21tZW50cyB0aGF0IG1hdHRlciBmb3IgYW4gZWJ1aWxkIGFuZCBtYXBzIHRoZW0gdG8gZG9jdW1lbnQgb2Zmc2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaWx0ZXJTaGVsbGNoZWNrKGN0eDogRG9jQ29udGV4dCwgY29tbWVudHM6IFNoZWxsY2hlY2tDb21tZW50W10sIG9mZnNldEF0OiAobGluZTogbnVtYmVyLCBjaGFyYWN0ZXI6IG51bWJlcikgPT4gbnVtYmVyKTogRmluZGluZ1tdIHtcbiAgY29uc3Qga25vd24gPSBrbm93bk5hbWVzKGN0eCk7XG4gIGNvbnN0IG91dDogRmluZGluZ1tdID0gW107XG4gIGZvciAoY29uc3QgYyBvZiBjb21tZW50cykge1xuICAgIGNvbnN0IHN0YXJ0ID0gb2Zmc2V0QXQoYy5saW5lIC0gMSwgYy5jb2x1bW4gLSAxKTtcbiAgICBjb25zdCBlbmQgPSBvZmZzZXRBdChjLmVuZExpbmUgLSAxLCBjLmVuZENvbHVtbiAtIDEpO1xuICAgIGNvbnN0IG5hbWUgPSAvXihcXHcrKS8uZXhlYyhjdHgudGV4dC5zbGljZShzdGFydCwgZW5kKS5yZXBsYWNlKC9eWyR7IV0rLywgJycpKT8uWzFdID8/ICcnO1xuICAgIGlmIChjLmNvZGUgPT09IDIwMzQgJiYgKGtub3duLmhhcyhuYW1lKSB8fCAoY3R4LmtpbmQgPT09ICdlY2xhc3MnICYmIC9eW0EtWl9dW0EtWjAtOV9dKiQvLnRlc3QobmFtZSkpKSkgY29udGludWU7XG4gICAgaWYgKGMuY29kZSA9PT0gMjE1NCAmJiBrbm93bi5oYXMobmFtZSkpIGNvbnRpbnVlO1xuICAgIG91dC5wdXNoKHsgc3BhbjogeyBzdGFydCwgZW5kOiBNYXRoLm1heChlbmQsIHN0YXJ0ICsgMSkgfSwgc2V2ZXJpdHk6IExFVkVMU1tjLmxldmVsXSA/PyAnd2FybmluZycsIGNvZGU6IGBTQyR7Yy5jb2RlfWAsIG1lc3NhZ2U6IGMubWVzc2FnZSB9KTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxnQ0FBc0I7QUFHdEIsaUJBQTBCO0FBS25CLFNBQVMsaUJBQTJCO0FBQ3pDLFNBQU8sQ0FBQyxVQUFVLE1BQU0sU0FBUyxNQUFNLFFBQVEsR0FBRztBQUNwRDtBQUdPLFNBQVMsY0FBYyxNQUFjLFNBQVMsY0FBYyxZQUFZLE1BQWlEO0FBQzlILFNBQU8sSUFBSSxRQUFRLENBQUMsWUFBWTtBQUM5QixRQUFJLE1BQU07QUFDVixRQUFJLE9BQU87QUFDWCxVQUFNLFNBQVMsQ0FBQyxNQUF1QztBQUNyRCxVQUFJLENBQUMsS0FBTSxTQUFRLENBQUM7QUFDcEIsYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLFlBQVEsaUNBQU0sUUFBUSxlQUFlLEdBQUcsRUFBRSxPQUFPLENBQUMsUUFBUSxRQUFRLFFBQVEsRUFBRSxDQUFDO0FBQ25GLFVBQU0sUUFBUSxXQUFXLE1BQU07QUFDN0IsWUFBTSxLQUFLO0FBQ1gsYUFBTyxNQUFTO0FBQUEsSUFDbEIsR0FBRyxTQUFTO0FBQ1osVUFBTSxHQUFHLFNBQVMsTUFBTSxPQUFPLE1BQVMsQ0FBQztBQUN6QyxVQUFNLE9BQU8sWUFBWSxNQUFNLEVBQUUsR0FBRyxRQUFRLENBQUMsTUFBZSxPQUFPLENBQUU7QUFDckUsVUFBTSxHQUFHLFNBQVMsTUFBTTtBQUN0QixtQkFBYSxLQUFLO0FBQ2xCLFVBQUk7QUFDRixlQUFRLEtBQUssTUFBTSxHQUFHLEVBQXdDLFFBQVE7QUFBQSxNQUN4RSxRQUFRO0FBQ04sZUFBTyxNQUFTO0FBQUEsTUFDbEI7QUFBQSxJQUNGLENBQUM7QUFDRCxVQUFNLE1BQU0sR0FBRyxTQUFTLE1BQU0sTUFBUztBQUN2QyxVQUFNLE1BQU0sSUFBSSxJQUFJO0FBQUEsRUFDdEIsQ0FBQztBQUNIO0FBR0EsU0FBUyxXQUFXLEtBQThCO0FBQ2hELFFBQU0sUUFBUSxJQUFJLElBQUkscUJBQVUsS0FBSyxDQUFDO0FBQ3RDLGFBQVcsS0FBSyxJQUFJLFVBQVU7QUFDNUIsTUFBRSxLQUFLLFVBQVUsUUFBUSxDQUFDLElBQUksTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ2hELE1BQUUsS0FBSyxXQUFXLFFBQVEsQ0FBQyxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDN0MsTUFBRSxLQUFLLFNBQVMsUUFBUSxDQUFDLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsU0FBTztBQUNUO0FBRUEsTUFBTSxTQUFtQyxFQUFFLE9BQU8sU0FBUyxTQUFTLFdBQVcsTUFBTSxlQUFlLE9BQU8sT0FBTztBQUczRyxTQUFTLGlCQUFpQixLQUFpQixVQUErQixVQUFrRTtBQUNqSixRQUFNLFFBQVEsV0FBVyxHQUFHO0FBQzVCLFFBQU0sTUFBaUIsQ0FBQztBQUN4QixhQUFXLEtBQUssVUFBVTtBQUN4QixVQUFNLFFBQVEsU0FBUyxFQUFFLE9BQU8sR0FBRyxFQUFFLFNBQVMsQ0FBQztBQUMvQyxVQUFNLE1BQU0sU0FBUyxFQUFFLFVBQVUsR0FBRyxFQUFFLFlBQVksQ0FBQztBQUNuRCxVQUFNLE9BQU8sU0FBUyxLQUFLLElBQUksS0FBSyxNQUFNLE9BQU8sR0FBRyxFQUFFLFFBQVEsV0FBVyxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUs7QUFDdEYsUUFBSSxFQUFFLFNBQVMsU0FBUyxNQUFNLElBQUksSUFBSSxLQUFNLElBQUksU0FBUyxZQUFZLHFCQUFxQixLQUFLLElBQUksR0FBSztBQUN4RyxRQUFJLEVBQUUsU0FBUyxRQUFRLE1BQU0sSUFBSSxJQUFJLEVBQUc7QUFDeEMsUUFBSSxLQUFLLEVBQUUsTUFBTSxFQUFFLE9BQU8sS0FBSyxLQUFLLElBQUksS0FBSyxRQUFRLENBQUMsRUFBRSxHQUFHLFVBQVUsT0FBTyxFQUFFLEtBQUssS0FBSyxXQUFXLE1BQU0sS0FBSyxFQUFFLElBQUksSUFBSSxTQUFTLEVBQUUsUUFBUSxDQUFDO0FBQUEsRUFDOUk7QUFDQSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
