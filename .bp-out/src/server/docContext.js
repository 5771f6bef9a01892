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
    const self = knowledge.findEclass(chain, own);
    if (self) names.push(...self.info.inherits);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3NlcnZlci9kb2NDb250ZXh0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEV2ZXJ5dGhpbmcgdGhlIGZlYXR1cmVzIG5lZWQgdG8ga25vdyBhYm91dCBvbmUgb3BlbiBlYnVpbGQgb3IgZWNsYXNzLCBjb21wdXRlZCBmcm9tIGl0cyBwYXJzZVxuICogZmFjdHMgYW5kIHRoZSByZXBvc2l0b3JpZXM6IGtpbmQsIEVBUEksIHBhY2thZ2UgbmFtZSwgaW5oZXJpdGVkIGVjbGFzc2VzICh0cmFuc2l0aXZlbHkpLCBJVVNFLlxuICovXG5pbXBvcnQgeyBiYXNlbmFtZSwgZGlybmFtZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBFY2xhc3NJbmZvIH0gZnJvbSAnLi9lY2xhc3NEb2MnO1xuaW1wb3J0IHsgS25vd2xlZGdlLCBSZXBvc2l0b3J5IH0gZnJvbSAnLi9rbm93bGVkZ2UnO1xuaW1wb3J0IHsgQXNzaWdubWVudEZhY3QsIERvY0ZhY3RzLCBTcGFuLCBXb3JkIH0gZnJvbSAnLi9wYXJzZSc7XG5pbXBvcnQgeyBlYXBpTnVtYmVyLCBMQVRFU1RfRUFQSSB9IGZyb20gJy4vcG1zJztcblxuZXhwb3J0IHR5cGUgRG9jS2luZCA9ICdlYnVpbGQnIHwgJ2VjbGFzcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRG9jQ29udGV4dCB7XG4gIHBhdGg6IHN0cmluZztcbiAga2luZDogRG9jS2luZDtcbiAgdGV4dDogc3RyaW5nO1xuICBmYWN0czogRG9jRmFjdHM7XG4gIC8qKiBFQVBJIGFzIHdyaXR0ZW4gKHVuZGVmaW5lZCB3aGVuIG5vdCBhc3NpZ25lZCksIGl0cyBzcGFuLCBhbmQgdGhlIG51bWJlciB1c2VkIGZvciBjaGVja3MuICovXG4gIGVhcGlUZXh0Pzogc3RyaW5nO1xuICBlYXBpU3Bhbj86IFNwYW47XG4gIGVhcGk6IG51bWJlcjtcbiAgZWFwaUtub3duOiBib29sZWFuO1xuICBjYXRlZ29yeT86IHN0cmluZztcbiAgcG4/OiBzdHJpbmc7XG4gIHJlcG8/OiBSZXBvc2l0b3J5O1xuICBjaGFpbjogUmVwb3NpdG9yeVtdO1xuICBnbG9iYWxzOiBNYXA8c3RyaW5nLCBBc3NpZ25tZW50RmFjdFtdPjtcbiAgaW5oZXJpdHM6IFdvcmRbXTtcbiAgZWNsYXNzZXM6IHsgcmVwbzogUmVwb3NpdG9yeTsgaW5mbzogRWNsYXNzSW5mbyB9W107XG4gIG1pc3NpbmdFY2xhc3NlczogU2V0PHN0cmluZz47XG4gIC8qKiBGbGFncyBkZWNsYXJlZCBieSB0aGUgZWJ1aWxkIGFuZCBpdHMgZWNsYXNzZXMsIHdpdGhvdXQgKy8tIGRlZmF1bHRzLiAqL1xuICBpdXNlOiBTZXQ8c3RyaW5nPjtcbiAgLyoqIEZhbHNlIHdoZW4gcGFydCBvZiBJVVNFIGNvbWVzIGZyb20gZXhwYW5zaW9ucyBvciB1bmtub3duIGVjbGFzc2VzLCBzbyBhIGZsYWcncyBhYnNlbmNlIHByb3ZlcyBub3RoaW5nLiAqL1xuICBpdXNlQ29tcGxldGU6IGJvb2xlYW47XG4gIC8qKiBGdW5jdGlvbnMgZGVmaW5lZCBpbiB0aGUgZG9jdW1lbnQuICovXG4gIGxvY2FsRnVuY3Rpb25zOiBNYXA8c3RyaW5nLCBTcGFuPjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHVucXVvdGUodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIHJldHVybiAodmFsdWUgPz8gJycpLnJlcGxhY2UoL14oW1wiJ10pKFtcXHNcXFNdKilcXDEkLywgJyQyJyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBkb2NLaW5kKHBhdGg6IHN0cmluZyk6IERvY0tpbmQge1xuICByZXR1cm4gcGF0aC5lbmRzV2l0aCgnLmVjbGFzcycpID8gJ2VjbGFzcycgOiAnZWJ1aWxkJztcbn1cblxuLyoqIGNhdGVnb3J5IGFuZCBwYWNrYWdlIG5hbWUgZnJvbSBgXHUyMDI2L2NhdC9wbi9wbi12ZXIuZWJ1aWxkYC4gKi9cbmZ1bmN0aW9uIHBhY2thZ2VPZihwYXRoOiBzdHJpbmcpOiB7IGNhdGVnb3J5Pzogc3RyaW5nOyBwbj86IHN0cmluZyB9IHtcbiAgY29uc3QgcGtnRGlyID0gZGlybmFtZShwYXRoKTtcbiAgY29uc3QgcG4gPSBiYXNlbmFtZShwa2dEaXIpO1xuICBjb25zdCBjYXRlZ29yeSA9IGJhc2VuYW1lKGRpcm5hbWUocGtnRGlyKSk7XG4gIHJldHVybiBiYXNlbmFtZShwYXRoKS5zdGFydHNXaXRoKGAke3BufS1gKSA/IHsgY2F0ZWdvcnksIHBuIH0gOiB7fTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkQ29udGV4dChwYXRoOiBzdHJpbmcsIHRleHQ6IHN0cmluZywgZmFjdHM6IERvY0ZhY3RzLCBrbm93bGVkZ2U6IEtub3dsZWRnZSk6IERvY0NvbnRleHQge1xuICBjb25zdCBraW5kID0gZG9jS2luZChwYXRoKTtcbiAgY29uc3QgcmVwbyA9IGtub3dsZWRnZS5yZXBvRm9yKHBhdGgpO1xuICBjb25zdCBjaGFpbiA9IGtub3dsZWRnZS5jaGFpbihyZXBvKTtcbiAgY29uc3QgZ2xvYmFscyA9IG5ldyBNYXA8c3RyaW5nLCBBc3NpZ25tZW50RmFjdFtdPigpO1xuICBmb3IgKGNvbnN0IGEgb2YgZmFjdHMuYXNzaWdubWVudHMpIHtcbiAgICBpZiAoYS5mbikgY29udGludWU7XG4gICAgaWYgKCFnbG9iYWxzLmhhcyhhLm5hbWUpKSBnbG9iYWxzLnNldChhLm5hbWUsIFtdKTtcbiAgICBnbG9iYWxzLmdldChhLm5hbWUpPy5wdXNoKGEpO1xuICB9XG4gIGNvbnN0IGVhcGlGYWN0ID0gZ2xvYmFscy5nZXQoJ0VBUEknKT8uWzBdO1xuICBjb25zdCBlYXBpVGV4dCA9IGVhcGlGYWN0ID8gdW5xdW90ZShlYXBpRmFjdC52YWx1ZT8udGV4dCkgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnNlZEVhcGkgPSBlYXBpVGV4dCA9PT0gdW5kZWZpbmVkID8gKGtpbmQgPT09ICdlY2xhc3MnID8gTnVtYmVyKExBVEVTVF9FQVBJKSA6IDApIDogZWFwaU51bWJlcihlYXBpVGV4dCk7XG4gIGNvbnN0IGluaGVyaXRzID0gZmFjdHMuY29tbWFuZHMuZmlsdGVyKChjKSA9PiBjLm5hbWUgPT09ICdpbmhlcml0JyAmJiAhYy5mbikuZmxhdE1hcCgoYykgPT4gYy5hcmdzKS5maWx0ZXIoKHcpID0+ICF3LnRleHQuaW5jbHVkZXMoJyQnKSk7XG4gIGNvbnN0IG5hbWVzID0gaW5oZXJpdHMubWFwKCh3KSA9PiB3LnRleHQpO1xuICBpZiAoa2luZCA9PT0gJ2VjbGFzcycpIHtcbiAgICBjb25zdCBvd24gPSBiYXNlbmFtZShwYXRoLCAnLmVjbGFzcycpO1xuICAgIGNvbnN0IHNlbGYgPSBrbm93bGVkZ2UuZmluZEVjbGFzcyhjaGFpbiwgb3duKTtcbiAgICBpZiAoc2VsZikgbmFtZXMucHVzaCguLi5zZWxmLmluZm8uaW5oZXJpdHMpO1xuICB9XG4gIGNvbnN0IGNsb3N1cmUgPSBrbm93bGVkZ2UuaW5oZXJpdENsb3N1cmUoY2hhaW4sIG5hbWVzKTtcbiAgY29uc3QgaXVzZSA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBsZXQgaXVzZUNvbXBsZXRlID0gY2xvc3VyZS5taXNzaW5nLmxlbmd0aCA9PT0gMCAmJiAhZmFjdHMuY29tbWFuZHMuc29tZSgoYykgPT4gYy5uYW1lID09PSAnaW5oZXJpdCcgJiYgYy5hcmdzLnNvbWUoKGEpID0+IGEudGV4dC5pbmNsdWRlcygnJCcpKSk7XG4gIGZvciAoY29uc3QgYSBvZiBnbG9iYWxzLmdldCgnSVVTRScpID8/IFtdKSB7XG4gICAgZm9yIChjb25zdCB3IG9mIHVucXVvdGUoYS52YWx1ZT8udGV4dCkuc3BsaXQoL1xccysvKS5maWx0ZXIoQm9vbGVhbikpIHtcbiAgICAgIGlmICh3LmluY2x1ZGVzKCckJykpIGl1c2VDb21wbGV0ZSA9IGZhbHNlO1xuICAgICAgZWxzZSBpdXNlLmFkZCh3LnJlcGxhY2UoL15bKy1dLywgJycpKTtcbiAgICB9XG4gIH1cbiAgZm9yIChjb25zdCBlIG9mIGNsb3N1cmUuZm91bmQpIHtcbiAgICBlLmluZm8uaXVzZS5mb3JFYWNoKChmKSA9PiBpdXNlLmFkZChmKSk7XG4gICAgaWYgKGUuaW5mby5pdXNlRHluYW1pYykgaXVzZUNvbXBsZXRlID0gZmFsc2U7XG4gIH1cbiAgY29uc3QgbG9jYWxGdW5jdGlvbnMgPSBuZXcgTWFwKGZhY3RzLmZ1bmN0aW9ucy5tYXAoKGYpID0+IFtmLm5hbWUsIGYubmFtZVNwYW5dKSk7XG4gIHJldHVybiB7XG4gICAgcGF0aCwga2luZCwgdGV4dCwgZmFjdHMsIGVhcGlUZXh0LCBlYXBpU3BhbjogZWFwaUZhY3Q/LnZhbHVlPy5zcGFuID8/IGVhcGlGYWN0Py5uYW1lU3BhbiwgZWFwaTogcGFyc2VkRWFwaSA/PyBOdW1iZXIoTEFURVNUX0VBUEkpLCBlYXBpS25vd246IHBhcnNlZEVhcGkgIT09IHVuZGVmaW5lZCxcbiAgICAuLi5wYWNrYWdlT2YocGF0aCksIHJlcG8sIGNoYWluLCBnbG9iYWxzLCBpbmhlcml0cywgZWNsYXNzZXM6IGNsb3N1cmUuZm91bmQsIG1pc3NpbmdFY2xhc3NlczogbmV3IFNldChjbG9zdXJlLm1pc3NpbmcpLCBpdXNlLCBpdXNlQ29tcGxldGUsIGxvY2FsRnVuY3Rpb25zLFxuICB9O1xufVxuXG4vKiogYGNhdC9wbmAgb2YgdGhlIGRvY3VtZW50LCB3aGVuIGl0IGlzIGFuIGVidWlsZCBpbiBhIHBhY2thZ2UgZGlyZWN0b3J5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNwbk9mKGN0eDogRG9jQ29udGV4dCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBjdHguY2F0ZWdvcnkgJiYgY3R4LnBuID8gYCR7Y3R4LmNhdGVnb3J5fS8ke2N0eC5wbn1gIDogdW5kZWZpbmVkO1xufVxuXG4vKiogV2hldGhlciBhIGZsYWcgaXMgaW1wbGljaXRseSBpbiBJVVNFOiBhcmNoIGZsYWdzIGFuZCBVU0VfRVhQQU5ELXN0eWxlIGZsYWdzIHRoZSBwcm9maWxlcyBkZWZpbmUuICovXG5leHBvcnQgZnVuY3Rpb24gaW1wbGljaXRGbGFnKGN0eDogRG9jQ29udGV4dCwgZmxhZzogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGlmICgvXihlbGliY3xrZXJuZWx8dXNlcmxhbmR8YWJpfGNwdV9mbGFncylfLy50ZXN0KGZsYWcpKSByZXR1cm4gdHJ1ZTtcbiAgZm9yIChjb25zdCByZXBvIG9mIGN0eC5jaGFpbikge1xuICAgIGlmIChyZXBvLmFyY2hlcygpLmhhcyhmbGFnKSkgcmV0dXJuIHRydWU7XG4gICAgaWYgKHJlcG8udXNlRXhwYW5kUHJlZml4ZXMoKS5zb21lKChwKSA9PiBmbGFnLnN0YXJ0c1dpdGgocCkpKSByZXR1cm4gdHJ1ZTtcbiAgfVxuICByZXR1cm4gZmFsc2U7XG59XG5cbi8qKiBUaGUgZWNsYXNzICh3aXRoIGl0cyByZXBvc2l0b3J5KSB0aGF0IGRlZmluZXMgYSBmdW5jdGlvbiwgc2VhcmNoZWQgYWxvbmcgdGhlIGluaGVyaXQgY2xvc3VyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlY2xhc3NGdW5jdGlvbihjdHg6IERvY0NvbnRleHQsIG5hbWU6IHN0cmluZykge1xuICBmb3IgKGNvbnN0IGUgb2YgY3R4LmVjbGFzc2VzKSB7XG4gICAgY29uc3QgZiA9IGUuaW5mby5mdW5jdGlvbnMuZ2V0KG5hbWUpO1xuICAgIGlmIChmKSByZXR1cm4geyAuLi5lLCBmbjogZiB9O1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlY2xhc3NWYXJpYWJsZShjdHg6IERvY0NvbnRleHQsIG5hbWU6IHN0cmluZykge1xuICBmb3IgKGNvbnN0IGUgb2YgY3R4LmVjbGFzc2VzKSB7XG4gICAgY29uc3QgdiA9IGUuaW5mby52YXJpYWJsZXMuZ2V0KG5hbWUpO1xuICAgIGlmICh2KSByZXR1cm4geyAuLi5lLCB2YXJpYWJsZTogdiB9O1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsdUJBQWtDO0FBSWxDLGlCQUF3QztBQThCakMsU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFVBQVEsU0FBUyxJQUFJLFFBQVEsdUJBQXVCLElBQUk7QUFDMUQ7QUFFTyxTQUFTLFFBQVEsTUFBdUI7QUFDN0MsU0FBTyxLQUFLLFNBQVMsU0FBUyxJQUFJLFdBQVc7QUFDL0M7QUFHQSxTQUFTLFVBQVUsTUFBa0Q7QUFDbkUsUUFBTSxhQUFTLDBCQUFRLElBQUk7QUFDM0IsUUFBTSxTQUFLLDJCQUFTLE1BQU07QUFDMUIsUUFBTSxlQUFXLCtCQUFTLDBCQUFRLE1BQU0sQ0FBQztBQUN6QyxhQUFPLDJCQUFTLElBQUksRUFBRSxXQUFXLEdBQUcsRUFBRSxHQUFHLElBQUksRUFBRSxVQUFVLEdBQUcsSUFBSSxDQUFDO0FBQ25FO0FBRU8sU0FBUyxhQUFhLE1BQWMsTUFBYyxPQUFpQixXQUFrQztBQUMxRyxRQUFNLE9BQU8sUUFBUSxJQUFJO0FBQ3pCLFFBQU0sT0FBTyxVQUFVLFFBQVEsSUFBSTtBQUNuQyxRQUFNLFFBQVEsVUFBVSxNQUFNLElBQUk7QUFDbEMsUUFBTSxVQUFVLG9CQUFJLElBQThCO0FBQ2xELGFBQVcsS0FBSyxNQUFNLGFBQWE7QUFDakMsUUFBSSxFQUFFLEdBQUk7QUFDVixRQUFJLENBQUMsUUFBUSxJQUFJLEVBQUUsSUFBSSxFQUFHLFNBQVEsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQ2hELFlBQVEsSUFBSSxFQUFFLElBQUksR0FBRyxLQUFLLENBQUM7QUFBQSxFQUM3QjtBQUNBLFFBQU0sV0FBVyxRQUFRLElBQUksTUFBTSxJQUFJLENBQUM7QUFDeEMsUUFBTSxXQUFXLFdBQVcsUUFBUSxTQUFTLE9BQU8sSUFBSSxJQUFJO0FBQzVELFFBQU0sYUFBYSxhQUFhLFNBQWEsU0FBUyxXQUFXLE9BQU8sc0JBQVcsSUFBSSxRQUFLLHVCQUFXLFFBQVE7QUFDL0csUUFBTSxXQUFXLE1BQU0sU0FBUyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsYUFBYSxDQUFDLEVBQUUsRUFBRSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQ3ZJLFFBQU0sUUFBUSxTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUN4QyxNQUFJLFNBQVMsVUFBVTtBQUNyQixVQUFNLFVBQU0sMkJBQVMsTUFBTSxTQUFTO0FBQ3BDLFVBQU0sT0FBTyxVQUFVLFdBQVcsT0FBTyxHQUFHO0FBQzVDLFFBQUksS0FBTSxPQUFNLEtBQUssR0FBRyxLQUFLLEtBQUssUUFBUTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLFVBQVUsZUFBZSxPQUFPLEtBQUs7QUFDckQsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsTUFBSSxlQUFlLFFBQVEsUUFBUSxXQUFXLEtBQUssQ0FBQyxNQUFNLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLGFBQWEsRUFBRSxLQUFLLEtBQUssQ0FBQyxNQUFNLEVBQUUsS0FBSyxTQUFTLEdBQUcsQ0FBQyxDQUFDO0FBQy9JLGFBQVcsS0FBSyxRQUFRLElBQUksTUFBTSxLQUFLLENBQUMsR0FBRztBQUN6QyxlQUFXLEtBQUssUUFBUSxFQUFFLE9BQU8sSUFBSSxFQUFFLE1BQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxHQUFHO0FBQ25FLFVBQUksRUFBRSxTQUFTLEdBQUcsRUFBRyxnQkFBZTtBQUFBLFVBQy9CLE1BQUssSUFBSSxFQUFFLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFBQSxJQUN0QztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssUUFBUSxPQUFPO0FBQzdCLE1BQUUsS0FBSyxLQUFLLFFBQVEsQ0FBQyxNQUFNLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDdEMsUUFBSSxFQUFFLEtBQUssWUFBYSxnQkFBZTtBQUFBLEVBQ3pDO0FBQ0EsUUFBTSxpQkFBaUIsSUFBSSxJQUFJLE1BQU0sVUFBVSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQy9FLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFBTTtBQUFBLElBQU07QUFBQSxJQUFNO0FBQUEsSUFBTztBQUFBLElBQVUsVUFBVSxVQUFVLE9BQU8sUUFBUSxVQUFVO0FBQUEsSUFBVSxNQUFNLGNBQWMsT0FBTyxzQkFBVztBQUFBLElBQUcsV0FBVyxlQUFlO0FBQUEsSUFDN0osR0FBRyxVQUFVLElBQUk7QUFBQSxJQUFHO0FBQUEsSUFBTTtBQUFBLElBQU87QUFBQSxJQUFTO0FBQUEsSUFBVSxVQUFVLFFBQVE7QUFBQSxJQUFPLGlCQUFpQixJQUFJLElBQUksUUFBUSxPQUFPO0FBQUEsSUFBRztBQUFBLElBQU07QUFBQSxJQUFjO0FBQUEsRUFDOUk7QUFDRjtBQUdPLFNBQVMsTUFBTSxLQUFxQztBQUN6RCxTQUFPLElBQUksWUFBWSxJQUFJLEtBQUssR0FBRyxJQUFJLFFBQVEsSUFBSSxJQUFJLEVBQUUsS0FBSztBQUNoRTtBQUdPLFNBQVMsYUFBYSxLQUFpQixNQUF1QjtBQUNuRSxNQUFJLDBDQUEwQyxLQUFLLElBQUksRUFBRyxRQUFPO0FBQ2pFLGFBQVcsUUFBUSxJQUFJLE9BQU87QUFDNUIsUUFBSSxLQUFLLE9BQU8sRUFBRSxJQUFJLElBQUksRUFBRyxRQUFPO0FBQ3BDLFFBQUksS0FBSyxrQkFBa0IsRUFBRSxLQUFLLENBQUMsTUFBTSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUFBLEVBQ3ZFO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxlQUFlLEtBQWlCLE1BQWM7QUFDNUQsYUFBVyxLQUFLLElBQUksVUFBVTtBQUM1QixVQUFNLElBQUksRUFBRSxLQUFLLFVBQVUsSUFBSSxJQUFJO0FBQ25DLFFBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxHQUFHLElBQUksRUFBRTtBQUFBLEVBQzlCO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxlQUFlLEtBQWlCLE1BQWM7QUFDNUQsYUFBVyxLQUFLLElBQUksVUFBVTtBQUM1QixVQUFNLElBQUksRUFBRSxLQUFLLFVBQVUsSUFBSSxJQUFJO0FBQ25DLFFBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxHQUFHLFVBQVUsRUFBRTtBQUFBLEVBQ3BDO0FBQ0EsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
