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
var docContext_exports = {};
__export(docContext_exports, {
  buildContext: () => buildContext,
  cpnOf: () => cpnOf,
  docKind: () => docKind,
  eclassFunction: () => eclassFunction,
  eclassVariable: () => eclassVariable,
  implicitFlag: () => implicitFlag,
  unquote: () => unquote
});
module.exports = __toCommonJS(docContext_exports);
var import_node_path = require("node:path");
var import_pms = require("./pms");
function unquote(value) {
  return (value ?? "").replace(/^(["'])([\s\S]*)\1$/, "$2");
}
function docKind(path) {
  return path.endsWith(".eclass") ? "eclass" : "ebuild";
}
function packageOf(path) {
  const pkgDir = (0, import_node_path.dirname)(path);
  const pn = (0, import_node_path.basename)(pkgDir);
  const category = (0, import_node_path.basename)((0, import_node_path.dirname)(pkgDir));
  return (0, import_node_path.basename)(path).startsWith(`${pn}-`) ? { category, pn } : {};
}
function buildContext(path, text, facts, knowledge) {
  const kind = docKind(path);
  const repo = knowledge.repoFor(path);
  const chain = knowledge.chain(repo);
  const globals = /* @__PURE__ */ new Map();
  for (const a of facts.assignments) {
    if (a.fn) continue;
    if (!globals.has(a.name)) globals.set(a.name, []);
    globals.get(a.name)?.push(a);
  }
  const eapiFact = globals.get("EAPI")?.[0];
  const eapiText = eapiFact ? unquote(eapiFact.value?.text) : void 0;
  const parsedEapi = eapiText === void 0 ? kind === "eclass" ? Number(import_pms.LATEST_EAPI) : 0 : (0, import_pms.eapiNumber)(eapiText);
  const inherits = facts.commands.filter((c) => c.name === "inherit" && !c.fn).flatMap((c) => c.args).filter((w) => !w.text.includes("$"));
  const names = inherits.map((w) => w.text);
  if (kind === "eclass") {
    const own = (0, import_node_path.basename)(path, ".eclass");
    if (knowledge.findEclass(chain, own)) names.unshift(own);
  }
  const closure = knowledge.inheritClosure(chain, names);
  const iuse = /* @__PURE__ */ new Set();
  let iuseComplete = closure.missing.length === 0 && !facts.commands.some((c) => c.name === "inherit" && c.args.some((a) => a.text.includes("$")));
  for (const a of globals.get("IUSE") ?? []) {
    for (const w of unquote(a.value?.text).split(/\s+/).filter(Boolean)) {
      if (w.includes("$")) iuseComplete = false;
      else iuse.add(w.replace(/^[+-]/, ""));
    }
  }
  for (const e of closure.found) {
    e.info.iuse.forEach((f) => iuse.add(f));
    if (e.info.iuseDynamic) iuseComplete = false;
  }
  const localFunctions = new Map(facts.functions.map((f) => [f.name, f.nameSpan]));
  return {
    path,
    kind,
    text,
    facts,
    eapiText,
    eapiSpan: eapiFact?.value?.span ?? eapiFact?.nameSpan,
    eapi: parsedEapi ?? Number(import_pms.LATEST_EAPI),
    eapiKnown: parsedEapi !== void 0,
    ...packageOf(path),
    repo,
    chain,
    globals,
    inherits,
    eclasses: closure.found,
    missingEclasses: new Set(closure.missing),
    iuse,
    iuseComplete,
    localFunctions
  };
}
function cpnOf(ctx) {
  return ctx.category && ctx.pn ? `${ctx.category}/${ctx.pn}` : void 0;
}
function implicitFlag(ctx, flag) {
  if (/^(elibc|kernel|userland|abi|cpu_flags)_/.test(flag)) return true;
  for (const repo of ctx.chain) {
    if (repo.arches().has(flag)) return true;
    if (repo.useExpandPrefixes().some((p) => flag.startsWith(p))) return true;
  }
  return false;
}
function eclassFunction(ctx, name) {
  for (const e of ctx.eclasses) {
    const f = e.info.functions.get(name);
    if (f) return { ...e, fn: f };
  }
  return void 0;
}
function eclassVariable(ctx, name) {
  for (const e of ctx.eclasses) {
    const v = e.info.variables.get(name);
    if (v) return { ...e, variable: v };
  }
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildContext,
  cpnOf,
  docKind,
  eclassFunction,
  eclassVariable,
  implicitFlag,
  unquote
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kb2NDb250ZXh0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEV2ZXJ5dGhpbmcgdGhlIGZlYXR1cmVzIG5lZWQgdG8ga25vdyBhYm91dCBvbmUgb3BlbiBlYnVpbGQgb3IgZWNsYXNzLCBjb21wdXRlZCBmcm9tIGl0cyBwYXJzZVxuICogZmFjdHMgYW5kIHRoZSByZXBvc2l0b3JpZXM6IGtpbmQsIEVBUEksIHBhY2thZ2UgbmFtZSwgaW5oZXJpdGVkIGVjbGFzc2VzICh0cmFuc2l0aXZlbHkpLCBJVVNFLlxuICovXG5pbXBvcnQgeyBiYXNlbmFtZSwgZGlybmFtZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBFY2xhc3NJbmZvIH0gZnJvbSAnLi9lY2xhc3NEb2MnO1xuaW1wb3J0IHsgS25vd2xlZGdlLCBSZXBvc2l0b3J5IH0gZnJvbSAnLi9rbm93bGVkZ2UnO1xuaW1wb3J0IHsgQXNzaWdubWVudEZhY3QsIERvY0ZhY3RzLCBTcGFuLCBXb3JkIH0gZnJvbSAnLi9wYXJzZSc7XG5pbXBvcnQgeyBlYXBpTnVtYmVyLCBMQVRFU1RfRUFQSSB9IGZyb20gJy4vcG1zJztcblxuZXhwb3J0IHR5cGUgRG9jS2luZCA9ICdlYnVpbGQnIHwgJ2VjbGFzcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRG9jQ29udGV4dCB7XG4gIHBhdGg6IHN0cmluZztcbiAga2luZDogRG9jS2luZDtcbiAgdGV4dDogc3RyaW5nO1xuICBmYWN0czogRG9jRmFjdHM7XG4gIC8qKiBFQVBJIGFzIHdyaXR0ZW4gKHVuZGVmaW5lZCB3aGVuIG5vdCBhc3NpZ25lZCksIGl0cyBzcGFuLCBhbmQgdGhlIG51bWJlciB1c2VkIGZvciBjaGVja3MuICovXG4gIGVhcGlUZXh0Pzogc3RyaW5nO1xuICBlYXBpU3Bhbj86IFNwYW47XG4gIGVhcGk6IG51bWJlcjtcbiAgZWFwaUtub3duOiBib29sZWFuO1xuICBjYXRlZ29yeT86IHN0cmluZztcbiAgcG4/OiBzdHJpbmc7XG4gIHJlcG8/OiBSZXBvc2l0b3J5O1xuICBjaGFpbjogUmVwb3NpdG9yeVtdO1xuICBnbG9iYWxzOiBNYXA8c3RyaW5nLCBBc3NpZ25tZW50RmFjdFtdPjtcbiAgaW5oZXJpdHM6IFdvcmRbXTtcbiAgZWNsYXNzZXM6IHsgcmVwbzogUmVwb3NpdG9yeTsgaW5mbzogRWNsYXNzSW5mbyB9W107XG4gIG1pc3NpbmdFY2xhc3NlczogU2V0PHN0cmluZz47XG4gIC8qKiBGbGFncyBkZWNsYXJlZCBieSB0aGUgZWJ1aWxkIGFuZCBpdHMgZWNsYXNzZXMsIHdpdGhvdXQgKy8tIGRlZmF1bHRzLiAqL1xuICBpdXNlOiBTZXQ8c3RyaW5nPjtcbiAgLyoqIEZhbHNlIHdoZW4gcGFydCBvZiBJVVNFIGNvbWVzIGZyb20gZXhwYW5zaW9ucyBvciB1bmtub3duIGVjbGFzc2VzLCBzbyBhIGZsYWcncyBhYnNlbmNlIHByb3ZlcyBub3RoaW5nLiAqL1xuICBpdXNlQ29tcGxldGU6IGJvb2xlYW47XG4gIC8qKiBGdW5jdGlvbnMgZGVmaW5lZCBpbiB0aGUgZG9jdW1lbnQuICovXG4gIGxvY2FsRnVuY3Rpb25zOiBNYXA8c3RyaW5nLCBTcGFuPjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHVucXVvdGUodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIHJldHVybiAodmFsdWUgPz8gJycpLnJlcGxhY2UoL14oW1wiJ10pKFtcXHNcXFNdKilcXDEkLywgJyQyJyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBkb2NLaW5kKHBhdGg6IHN0cmluZyk6IERvY0tpbmQge1xuICByZXR1cm4gcGF0aC5lbmRzV2l0aCgnLmVjbGFzcycpID8gJ2VjbGFzcycgOiAnZWJ1aWxkJztcbn1cblxuLyoqIGNhdGVnb3J5IGFuZCBwYWNrYWdlIG5hbWUgZnJvbSBgXHUyMDI2L2NhdC9wbi9wbi12ZXIuZWJ1aWxkYC4gKi9cbmZ1bmN0aW9uIHBhY2thZ2VPZihwYXRoOiBzdHJpbmcpOiB7IGNhdGVnb3J5Pzogc3RyaW5nOyBwbj86IHN0cmluZyB9IHtcbiAgY29uc3QgcGtnRGlyID0gZGlybmFtZShwYXRoKTtcbiAgY29uc3QgcG4gPSBiYXNlbmFtZShwa2dEaXIpO1xuICBjb25zdCBjYXRlZ29yeSA9IGJhc2VuYW1lKGRpcm5hbWUocGtnRGlyKSk7XG4gIHJldHVybiBiYXNlbmFtZShwYXRoKS5zdGFydHNXaXRoKGAke3BufS1gKSA/IHsgY2F0ZWdvcnksIHBuIH0gOiB7fTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkQ29udGV4dChwYXRoOiBzdHJpbmcsIHRleHQ6IHN0cmluZywgZmFjdHM6IERvY0ZhY3RzLCBrbm93bGVkZ2U6IEtub3dsZWRnZSk6IERvY0NvbnRleHQge1xuICBjb25zdCBraW5kID0gZG9jS2luZChwYXRoKTtcbiAgY29uc3QgcmVwbyA9IGtub3dsZWRnZS5yZXBvRm9yKHBhdGgpO1xuICBjb25zdCBjaGFpbiA9IGtub3dsZWRnZS5jaGFpbihyZXBvKTtcbiAgY29uc3QgZ2xvYmFscyA9IG5ldyBNYXA8c3RyaW5nLCBBc3NpZ25tZW50RmFjdFtdPigpO1xuICBmb3IgKGNvbnN0IGEgb2YgZmFjdHMuYXNzaWdubWVudHMpIHtcbiAgICBpZiAoYS5mbikgY29udGludWU7XG4gICAgaWYgKCFnbG9iYWxzLmhhcyhhLm5hbWUpKSBnbG9iYWxzLnNldChhLm5hbWUsIFtdKTtcbiAgICBnbG9iYWxzLmdldChhLm5hbWUpPy5wdXNoKGEpO1xuICB9XG4gIGNvbnN0IGVhcGlGYWN0ID0gZ2xvYmFscy5nZXQoJ0VBUEknKT8uWzBdO1xuICBjb25zdCBlYXBpVGV4dCA9IGVhcGlGYWN0ID8gdW5xdW90ZShlYXBpRmFjdC52YWx1ZT8udGV4dCkgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnNlZEVhcGkgPSBlYXBpVGV4dCA9PT0gdW5kZWZpbmVkID8gKGtpbmQgPT09ICdlY2xhc3MnID8gTnVtYmVyKExBVEVTVF9FQVBJKSA6IDApIDogZWFwaU51bWJlcihlYXBpVGV4dCk7XG4gIGNvbnN0IGluaGVyaXRzID0gZmFjdHMuY29tbWFuZHMuZmlsdGVyKChjKSA9PiBjLm5hbWUgPT09ICdpbmhlcml0JyAmJiAhYy5mbikuZmxhdE1hcCgoYykgPT4gYy5hcmdzKS5maWx0ZXIoKHcpID0+ICF3LnRleHQuaW5jbHVkZXMoJyQnKSk7XG4gIGNvbnN0IG5hbWVzID0gaW5oZXJpdHMubWFwKCh3KSA9PiB3LnRleHQpO1xuICBpZiAoa2luZCA9PT0gJ2VjbGFzcycpIHtcbiAgICBjb25zdCBvd24gPSBiYXNlbmFtZShwYXRoLCAnLmVjbGFzcycpO1xuICAgIC8vIHRoZSBlY2xhc3MncyBvd24gZG9jcyBzZXJ2ZSBob3ZlciBhbmQgY29tcGxldGlvbiBpbnNpZGUgaXRcbiAgICBpZiAoa25vd2xlZGdlLmZpbmRFY2xhc3MoY2hhaW4sIG93bikpIG5hbWVzLnVuc2hpZnQob3duKTtcbiAgfVxuICBjb25zdCBjbG9zdXJlID0ga25vd2xlZGdlLmluaGVyaXRDbG9zdXJlKGNoYWluLCBuYW1lcyk7XG4gIGNvbnN0IGl1c2UgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgbGV0IGl1c2VDb21wbGV0ZSA9IGNsb3N1cmUubWlzc2luZy5sZW5ndGggPT09IDAgJiYgIWZhY3RzLmNvbW1hbmRzLnNvbWUoKGMpID0+IGMubmFtZSA9PT0gJ2luaGVyaXQnICYmIGMuYXJncy5zb21lKChhKSA9PiBhLnRleHQuaW5jbHVkZXMoJyQnKSkpO1xuICBmb3IgKGNvbnN0IGEgb2YgZ2xvYmFscy5nZXQoJ0lVU0UnKSA/PyBbXSkge1xuICAgIGZvciAoY29uc3QgdyBvZiB1bnF1b3RlKGEudmFsdWU/LnRleHQpLnNwbGl0KC9cXHMrLykuZmlsdGVyKEJvb2xlYW4pKSB7XG4gICAgICBpZiAody5pbmNsdWRlcygnJCcpKSBpdXNlQ29tcGxldGUgPSBmYWxzZTtcbiAgICAgIGVsc2UgaXVzZS5hZGQody5yZXBsYWNlKC9eWystXS8sICcnKSk7XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgZSBvZiBjbG9zdXJlLmZvdW5kKSB7XG4gICAgZS5pbmZvLml1c2UuZm9yRWFjaCgoZikgPT4gaXVzZS5hZGQoZikpO1xuICAgIGlmIChlLmluZm8uaXVzZUR5bmFtaWMpIGl1c2VDb21wbGV0ZSA9IGZhbHNlO1xuICB9XG4gIGNvbnN0IGxvY2FsRnVuY3Rpb25zID0gbmV3IE1hcChmYWN0cy5mdW5jdGlvbnMubWFwKChmKSA9PiBbZi5uYW1lLCBmLm5hbWVTcGFuXSkpO1xuICByZXR1cm4ge1xuICAgIHBhdGgsIGtpbmQsIHRleHQsIGZhY3RzLCBlYXBpVGV4dCwgZWFwaVNwYW46IGVhcGlGYWN0Py52YWx1ZT8uc3BhbiA/PyBlYXBpRmFjdD8ubmFtZVNwYW4sIGVhcGk6IHBhcnNlZEVhcGkgPz8gTnVtYmVyKExBVEVTVF9FQVBJKSwgZWFwaUtub3duOiBwYXJzZWRFYXBpICE9PSB1bmRlZmluZWQsXG4gICAgLi4ucGFja2FnZU9mKHBhdGgpLCByZXBvLCBjaGFpbiwgZ2xvYmFscywgaW5oZXJpdHMsIGVjbGFzc2VzOiBjbG9zdXJlLmZvdW5kLCBtaXNzaW5nRWNsYXNzZXM6IG5ldyBTZXQoY2xvc3VyZS5taXNzaW5nKSwgaXVzZSwgaXVzZUNvbXBsZXRlLCBsb2NhbEZ1bmN0aW9ucyxcbiAgfTtcbn1cblxuLyoqIGBjYXQvcG5gIG9mIHRoZSBkb2N1bWVudCwgd2hlbiBpdCBpcyBhbiBlYnVpbGQgaW4gYSBwYWNrYWdlIGRpcmVjdG9yeS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcG5PZihjdHg6IERvY0NvbnRleHQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICByZXR1cm4gY3R4LmNhdGVnb3J5ICYmIGN0eC5wbiA/IGAke2N0eC5jYXRlZ29yeX0vJHtjdHgucG59YCA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIFdoZXRoZXIgYSBmbGFnIGlzIGltcGxpY2l0bHkgaW4gSVVTRTogYXJjaCBmbGFncyBhbmQgVVNFX0VYUEFORC1zdHlsZSBmbGFncyB0aGUgcHJvZmlsZXMgZGVmaW5lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGltcGxpY2l0RmxhZyhjdHg6IERvY0NvbnRleHQsIGZsYWc6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBpZiAoL14oZWxpYmN8a2VybmVsfHVzZXJsYW5kfGFiaXxjcHVfZmxhZ3MpXy8udGVzdChmbGFnKSkgcmV0dXJuIHRydWU7XG4gIGZvciAoY29uc3QgcmVwbyBvZiBjdHguY2hhaW4pIHtcbiAgICBpZiAocmVwby5hcmNoZXMoKS5oYXMoZmxhZykpIHJldHVybiB0cnVlO1xuICAgIGlmIChyZXBvLnVzZUV4cGFuZFByZWZpeGVzKCkuc29tZSgocCkgPT4gZmxhZy5zdGFydHNXaXRoKHApKSkgcmV0dXJuIHRydWU7XG4gIH1cbiAgcmV0dXJuIGZhbHNlO1xufVxuXG4vKiogVGhlIGVjbGFzcyAod2l0aCBpdHMgcmVwb3NpdG9yeSkgdGhhdCBkZWZpbmVzIGEgZnVuY3Rpb24sIHNlYXJjaGVkIGFsb25nIHRoZSBpbmhlcml0IGNsb3N1cmUuICovXG5leHBvcnQgZnVuY3Rpb24gZWNsYXNzRnVuY3Rpb24oY3R4OiBEb2NDb250ZXh0LCBuYW1lOiBzdHJpbmcpIHtcbiAgZm9yIChjb25zdCBlIG9mIGN0eC5lY2xhc3Nlcykge1xuICAgIGNvbnN0IGYgPSBlLmluZm8uZnVuY3Rpb25zLmdldChuYW1lKTtcbiAgICBpZiAoZikgcmV0dXJuIHsgLi4uZSwgZm46IGYgfTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZWNsYXNzVmFyaWFibGUoY3R4OiBEb2NDb250ZXh0LCBuYW1lOiBzdHJpbmcpIHtcbiAgZm9yIChjb25zdCBlIG9mIGN0eC5lY2xhc3Nlcykge1xuICAgIGNvbnN0IHYgPSBlLmluZm8udmFyaWFibGVzLmdldChuYW1lKTtcbiAgICBpZiAodikgcmV0dXJuIHsgLi4uZSwgdmFyaWFibGU6IHYgfTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHVCQUFrQztBQUlsQyxpQkFBd0M7QUE4QmpDLFNBQVMsUUFBUSxPQUFtQztBQUN6RCxVQUFRLFNBQVMsSUFBSSxRQUFRLHVCQUF1QixJQUFJO0FBQzFEO0FBRU8sU0FBUyxRQUFRLE1BQXVCO0FBQzdDLFNBQU8sS0FBSyxTQUFTLFNBQVMsSUFBSSxXQUFXO0FBQy9DO0FBR0EsU0FBUyxVQUFVLE1BQWtEO0FBQ25FLFFBQU0sYUFBUywwQkFBUSxJQUFJO0FBQzNCLFFBQU0sU0FBSywyQkFBUyxNQUFNO0FBQzFCLFFBQU0sZUFBVywrQkFBUywwQkFBUSxNQUFNLENBQUM7QUFDekMsYUFBTywyQkFBUyxJQUFJLEVBQUUsV0FBVyxHQUFHLEVBQUUsR0FBRyxJQUFJLEVBQUUsVUFBVSxHQUFHLElBQUksQ0FBQztBQUNuRTtBQUVPLFNBQVMsYUFBYSxNQUFjLE1BQWMsT0FBaUIsV0FBa0M7QUFDMUcsUUFBTSxPQUFPLFFBQVEsSUFBSTtBQUN6QixRQUFNLE9BQU8sVUFBVSxRQUFRLElBQUk7QUFDbkMsUUFBTSxRQUFRLFVBQVUsTUFBTSxJQUFJO0FBQ2xDLFFBQU0sVUFBVSxvQkFBSSxJQUE4QjtBQUNsRCxhQUFXLEtBQUssTUFBTSxhQUFhO0FBQ2pDLFFBQUksRUFBRSxHQUFJO0FBQ1YsUUFBSSxDQUFDLFFBQVEsSUFBSSxFQUFFLElBQUksRUFBRyxTQUFRLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQztBQUNoRCxZQUFRLElBQUksRUFBRSxJQUFJLEdBQUcsS0FBSyxDQUFDO0FBQUEsRUFDN0I7QUFDQSxRQUFNLFdBQVcsUUFBUSxJQUFJLE1BQU0sSUFBSSxDQUFDO0FBQ3hDLFFBQU0sV0FBVyxXQUFXLFFBQVEsU0FBUyxPQUFPLElBQUksSUFBSTtBQUM1RCxRQUFNLGFBQWEsYUFBYSxTQUFhLFNBQVMsV0FBVyxPQUFPLHNCQUFXLElBQUksUUFBSyx1QkFBVyxRQUFRO0FBQy9HLFFBQU0sV0FBVyxNQUFNLFNBQVMsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLGFBQWEsQ0FBQyxFQUFFLEVBQUUsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUN2SSxRQUFNLFFBQVEsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDeEMsTUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBTSxVQUFNLDJCQUFTLE1BQU0sU0FBUztBQUVwQyxRQUFJLFVBQVUsV0FBVyxPQUFPLEdBQUcsRUFBRyxPQUFNLFFBQVEsR0FBRztBQUFBLEVBQ3pEO0FBQ0EsUUFBTSxVQUFVLFVBQVUsZUFBZSxPQUFPLEtBQUs7QUFDckQsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsTUFBSSxlQUFlLFFBQVEsUUFBUSxXQUFXLEtBQUssQ0FBQyxNQUFNLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGFBQWEsRUFBRSxLQUFLLEtBQUssQ0FBQyxNQUFNLEVBQUUsS0FBSyxTQUFTLEdBQUcsQ0FBQyxDQUFDO0FBQy9JLGFBQVcsS0FBSyxRQUFRLElBQUksTUFBTSxLQUFLLENBQUMsR0FBRztBQUN6QyxlQUFXLEtBQUssUUFBUSxFQUFFLE9BQU8sSUFBSSxFQUFFLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxHQUFHO0FBQ25FLFVBQUksRUFBRSxTQUFTLEdBQUcsRUFBRyxnQkFBZTtBQUFBLFVBQy9CLE1BQUssSUFBSSxFQUFFLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUN0QztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUSxPQUFPO0FBQzdCLE1BQUUsS0FBSyxLQUFLLFFBQVEsQ0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDdEMsUUFBSSxFQUFFLEtBQUssWUFBYSxnQkFBZTtBQUFBLEVBQ3pDO0FBQ0EsUUFBTSxpQkFBaUIsSUFBSSxJQUFJLE1BQU0sVUFBVSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQy9FLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFBTTtBQUFBLElBQU07QUFBQSxJQUFNO0FBQUEsSUFBTztBQUFBLElBQVUsVUFBVSxVQUFVLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFBVSxNQUFNLGNBQWMsT0FBTyxzQkFBVztBQUFBLElBQUcsV0FBVyxlQUFlO0FBQUEsSUFDN0osR0FBRyxVQUFVLElBQUk7QUFBQSxJQUFHO0FBQUEsSUFBTTtBQUFBLElBQU87QUFBQSxJQUFTO0FBQUEsSUFBVSxVQUFVLFFBQVE7QUFBQSxJQUFPLGlCQUFpQixJQUFJLElBQUksUUFBUSxPQUFPO0FBQUEsSUFBRztBQUFBLElBQU07QUFBQSxJQUFjO0FBQUEsRUFDOUk7QUFDRjtBQUdPLFNBQVMsTUFBTSxLQUFxQztBQUN6RCxTQUFPLElBQUksWUFBWSxJQUFJLEtBQUssR0FBRyxJQUFJLFFBQVEsSUFBSSxJQUFJLEVBQUUsS0FBSztBQUNoRTtBQUdPLFNBQVMsYUFBYSxLQUFpQixNQUF1QjtBQUNuRSxNQUFJLDBDQUEwQyxLQUFLLElBQUksRUFBRyxRQUFPO0FBQ2pFLGFBQVcsUUFBUSxJQUFJLE9BQU87QUFDNUIsUUFBSSxLQUFLLE9BQU8sRUFBRSxJQUFJLElBQUksRUFBRyxRQUFPO0FBQ3BDLFFBQUksS0FBSyxrQkFBa0IsRUFBRSxLQUFLLENBQUMsTUFBTSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUFBLEVBQ3ZFO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxlQUFlLEtBQWlCLE1BQWM7QUFDNUQsYUFBVyxLQUFLLElBQUksVUFBVTtBQUM1QixVQUFNLElBQUksRUFBRSxLQUFLLFVBQVUsSUFBSSxJQUFJO0FBQ25DLFFBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxHQUFHLElBQUksRUFBRTtBQUFBLEVBQzlCO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxlQUFlLEtBQWlCLE1BQWM7QUFDNUQsYUFBVyxLQUFLLElBQUksVUFBVTtBQUM1QixVQUFNLElBQUksRUFBRSxLQUFLLFVBQVUsSUFBSSxJQUFJO0FBQ25DLFFBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxHQUFHLFVBQVUsRUFBRTtBQUFBLEVBQ3BDO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
