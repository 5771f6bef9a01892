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
var ebuildDeps_exports = {};
__export(ebuildDeps_exports, {
  atomsIn: () => atomsIn,
  dependencyAtoms: () => dependencyAtoms
});
module.exports = __toCommonJS(ebuildDeps_exports);
var import_atom = require("./atom");
var import_ebuildVars = require("./ebuildVars");
function dependencyAtoms(text) {
  const collect = (names) => names.flatMap((n) => (0, import_ebuildVars.assignedValues)(text, n).flatMap(atomsIn));
  return { before: collect(["DEPEND", "BDEPEND", "RDEPEND", "IDEPEND"]), after: collect(["PDEPEND"]) };
}
function atomsIn(depString) {
  const out = [];
  for (const tok of depString.split(/\s+/)) {
    if (!tok || tok === "||" || tok === "(" || tok === ")" || tok.endsWith("?") || tok.startsWith("!") || tok.includes("$")) continue;
    const r = (0, import_atom.tryParseAtom)(tok);
    if (r.ok) out.push(r.atom);
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  atomsIn,
  dependencyAtoms
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvZWJ1aWxkRGVwcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgcGFja2FnZSBhdG9tcyBhbiBlYnVpbGQncyBkZXBlbmRlbmN5IHZhcmlhYmxlcyBuYW1lLCBzcGxpdCBieSB3aGVuIHRoZXkgYXJlIG5lZWRlZDpcbiAqIERFUEVORC9CREVQRU5EL1JERVBFTkQvSURFUEVORCBiZWZvcmUgdGhlIGVidWlsZCwgUERFUEVORCBhZnRlciBpdC4gQmxvY2tlcnMgKGAhYCwgYCEhYCkgYXJlIG5vdCBkZXBlbmRlbmNpZXMuXG4gKi9cbmltcG9ydCB7IHRyeVBhcnNlQXRvbSwgdHlwZSBBdG9tIH0gZnJvbSAnLi9hdG9tJztcbmltcG9ydCB7IGFzc2lnbmVkVmFsdWVzIH0gZnJvbSAnLi9lYnVpbGRWYXJzJztcblxuZXhwb3J0IGludGVyZmFjZSBEZXBlbmRlbmN5QXRvbXMge1xuICBiZWZvcmU6IEF0b21bXTtcbiAgYWZ0ZXI6IEF0b21bXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGRlcGVuZGVuY3lBdG9tcyh0ZXh0OiBzdHJpbmcpOiBEZXBlbmRlbmN5QXRvbXMge1xuICBjb25zdCBjb2xsZWN0ID0gKG5hbWVzOiBzdHJpbmdbXSkgPT4gbmFtZXMuZmxhdE1hcCgobikgPT4gYXNzaWduZWRWYWx1ZXModGV4dCwgbikuZmxhdE1hcChhdG9tc0luKSk7XG4gIHJldHVybiB7IGJlZm9yZTogY29sbGVjdChbJ0RFUEVORCcsICdCREVQRU5EJywgJ1JERVBFTkQnLCAnSURFUEVORCddKSwgYWZ0ZXI6IGNvbGxlY3QoWydQREVQRU5EJ10pIH07XG59XG5cbi8qKiBFdmVyeSBwYWNrYWdlIGF0b20gb2YgYSBkZXBlbmRlbmN5IHN0cmluZyAoVVNFIGNvbmRpdGlvbmFscywgZ3JvdXBzLCBibG9ja2VycyBhbmQgYCR7VkFSfWAgc2tpcHBlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gYXRvbXNJbihkZXBTdHJpbmc6IHN0cmluZyk6IEF0b21bXSB7XG4gIGNvbnN0IG91dDogQXRvbVtdID0gW107XG4gIGZvciAoY29uc3QgdG9rIG9mIGRlcFN0cmluZy5zcGxpdCgvXFxzKy8pKSB7XG4gICAgaWYgKCF0b2sgfHwgdG9rID09PSAnfHwnIHx8IHRvayA9PT0gJygnIHx8IHRvayA9PT0gJyknIHx8IHRvay5lbmRzV2l0aCgnPycpIHx8IHRvay5zdGFydHNXaXRoKCchJykgfHwgdG9rLmluY2x1ZGVzKCckJykpIGNvbnRpbnVlO1xuICAgIGNvbnN0IHIgPSB0cnlQYXJzZUF0b20odG9rKTtcbiAgICBpZiAoci5vaykgb3V0LnB1c2goci5hdG9tKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsa0JBQXdDO0FBQ3hDLHdCQUErQjtBQU94QixTQUFTLGdCQUFnQixNQUErQjtBQUM3RCxRQUFNLFVBQVUsQ0FBQyxVQUFvQixNQUFNLFFBQVEsQ0FBQyxVQUFNLGtDQUFlLE1BQU0sQ0FBQyxFQUFFLFFBQVEsT0FBTyxDQUFDO0FBQ2xHLFNBQU8sRUFBRSxRQUFRLFFBQVEsQ0FBQyxVQUFVLFdBQVcsV0FBVyxTQUFTLENBQUMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxTQUFTLENBQUMsRUFBRTtBQUNyRztBQUdPLFNBQVMsUUFBUSxXQUEyQjtBQUNqRCxRQUFNLE1BQWMsQ0FBQztBQUNyQixhQUFXLE9BQU8sVUFBVSxNQUFNLEtBQUssR0FBRztBQUN4QyxRQUFJLENBQUMsT0FBTyxRQUFRLFFBQVEsUUFBUSxPQUFPLFFBQVEsT0FBTyxJQUFJLFNBQVMsR0FBRyxLQUFLLElBQUksV0FBVyxHQUFHLEtBQUssSUFBSSxTQUFTLEdBQUcsRUFBRztBQUN6SCxVQUFNLFFBQUksMEJBQWEsR0FBRztBQUMxQixRQUFJLEVBQUUsR0FBSSxLQUFJLEtBQUssRUFBRSxJQUFJO0FBQUEsRUFDM0I7QUFDQSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
