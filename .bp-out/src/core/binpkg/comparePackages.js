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
var comparePackages_exports = {};
__export(comparePackages_exports, {
  comparePackages: () => comparePackages
});
module.exports = __toCommonJS(comparePackages_exports);
var import_metadata = require("./metadata");
function atoms(nodes, out = /* @__PURE__ */ new Set()) {
  for (const n of nodes) {
    if (n.kind === "atom") out.add(n.text);
    else {
      const prefix = n.kind === "use" ? `${n.negated ? "!" : ""}${n.flag}? ` : "";
      for (const a of atoms(n.children)) out.add(prefix + a);
    }
  }
  return out;
}
function comparePackages(before, after) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before.metadata), ...Object.keys(after.metadata)])].sort();
  const metadata = keys.filter((k) => before.metadata[k] !== after.metadata[k]).map((key) => ({ key, before: before.metadata[key], after: after.metadata[key] }));
  const was = new Set(before.use.enabled);
  const now = new Set(after.use.enabled);
  const use = { enabled: [...now].filter((f) => !was.has(f)), disabled: [...was].filter((f) => !now.has(f)) };
  const dependencies = import_metadata.DEP_KEYS.map((key) => {
    const a = atoms((0, import_metadata.parseDepString)(before.metadata[key] ?? ""));
    const b = atoms((0, import_metadata.parseDepString)(after.metadata[key] ?? ""));
    return { key, added: [...b].filter((x) => !a.has(x)), removed: [...a].filter((x) => !b.has(x)) };
  }).filter((d) => d.added.length || d.removed.length);
  const old = new Map(before.files.map((f) => [f.path, f]));
  const cur = new Map(after.files.map((f) => [f.path, f]));
  const changed = [];
  for (const [path, f] of cur) {
    const o = old.get(path);
    if (!o) continue;
    const what = ["type", "size", "mode", "linkTarget"].filter((k) => o[k] !== f[k]);
    if (what.length) changed.push({ before: o, after: f, what });
  }
  return {
    metadata,
    use,
    dependencies,
    files: { added: after.files.filter((f) => !old.has(f.path)), removed: before.files.filter((f) => !cur.has(f.path)), changed }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  comparePackages
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL2NvbXBhcmVQYWNrYWdlcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBXaGF0IGNoYW5nZWQgYmV0d2VlbiB0d28gYnVpbGRzIG9mIGEgcGFja2FnZTogbWV0YWRhdGEgdmFsdWVzLCBVU0UgZmxhZ3MgdHVybmVkIG9uIG9yIG9mZiwgZGVwZW5kZW5jeVxuICogYXRvbXMgYWRkZWQgb3IgcmVtb3ZlZCwgYW5kIGZpbGVzIGFkZGVkLCByZW1vdmVkIG9yIGNoYW5nZWQgKHNpemUsIG1vZGUsIHR5cGUsIGxpbmsgdGFyZ2V0KS5cbiAqL1xuaW1wb3J0IHsgREVQX0tFWVMsIHBhcnNlRGVwU3RyaW5nLCB0eXBlIERlcE5vZGUgfSBmcm9tICcuL21ldGFkYXRhJztcbmltcG9ydCB0eXBlIHsgQmluYXJ5UGFja2FnZSwgQmlucGtnRmlsZSB9IGZyb20gJy4vcmVhZFBhY2thZ2UnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFBhY2thZ2VDb21wYXJpc29uIHtcbiAgLyoqIE1ldGFkYXRhIGtleXMgd2hvc2UgdGV4dCBkaWZmZXJzIChidWlsZC1zcGVjaWZpYyBrZXlzIHN1Y2ggYXMgQlVJTERfVElNRSBpbmNsdWRlZCkuICovXG4gIG1ldGFkYXRhOiB7IGtleTogc3RyaW5nOyBiZWZvcmU/OiBzdHJpbmc7IGFmdGVyPzogc3RyaW5nIH1bXTtcbiAgdXNlOiB7IGVuYWJsZWQ6IHN0cmluZ1tdOyBkaXNhYmxlZDogc3RyaW5nW10gfTtcbiAgLyoqIFBlciBkZXBlbmRlbmN5IGtleSwgYXRvbXMgb25seSBpbiB0aGUgbmV3IGJ1aWxkIChhZGRlZCkgb3Igb25seSBpbiB0aGUgb2xkIG9uZSAocmVtb3ZlZCkuICovXG4gIGRlcGVuZGVuY2llczogeyBrZXk6IHN0cmluZzsgYWRkZWQ6IHN0cmluZ1tdOyByZW1vdmVkOiBzdHJpbmdbXSB9W107XG4gIGZpbGVzOiB7IGFkZGVkOiBCaW5wa2dGaWxlW107IHJlbW92ZWQ6IEJpbnBrZ0ZpbGVbXTsgY2hhbmdlZDogeyBiZWZvcmU6IEJpbnBrZ0ZpbGU7IGFmdGVyOiBCaW5wa2dGaWxlOyB3aGF0OiBzdHJpbmdbXSB9W10gfTtcbn1cblxuZnVuY3Rpb24gYXRvbXMobm9kZXM6IERlcE5vZGVbXSwgb3V0OiBTZXQ8c3RyaW5nPiA9IG5ldyBTZXQoKSk6IFNldDxzdHJpbmc+IHtcbiAgZm9yIChjb25zdCBuIG9mIG5vZGVzKSB7XG4gICAgaWYgKG4ua2luZCA9PT0gJ2F0b20nKSBvdXQuYWRkKG4udGV4dCk7XG4gICAgZWxzZSB7XG4gICAgICBjb25zdCBwcmVmaXggPSBuLmtpbmQgPT09ICd1c2UnID8gYCR7bi5uZWdhdGVkID8gJyEnIDogJyd9JHtuLmZsYWd9PyBgIDogJyc7XG4gICAgICBmb3IgKGNvbnN0IGEgb2YgYXRvbXMobi5jaGlsZHJlbikpIG91dC5hZGQocHJlZml4ICsgYSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb21wYXJlUGFja2FnZXMoYmVmb3JlOiBCaW5hcnlQYWNrYWdlLCBhZnRlcjogQmluYXJ5UGFja2FnZSk6IFBhY2thZ2VDb21wYXJpc29uIHtcbiAgY29uc3Qga2V5cyA9IFsuLi5uZXcgU2V0KFsuLi5PYmplY3Qua2V5cyhiZWZvcmUubWV0YWRhdGEpLCAuLi5PYmplY3Qua2V5cyhhZnRlci5tZXRhZGF0YSldKV0uc29ydCgpO1xuICBjb25zdCBtZXRhZGF0YSA9IGtleXNcbiAgICAuZmlsdGVyKChrKSA9PiBiZWZvcmUubWV0YWRhdGFba10gIT09IGFmdGVyLm1ldGFkYXRhW2tdKVxuICAgIC5tYXAoKGtleSkgPT4gKHsga2V5LCBiZWZvcmU6IGJlZm9yZS5tZXRhZGF0YVtrZXldLCBhZnRlcjogYWZ0ZXIubWV0YWRhdGFba2V5XSB9KSk7XG4gIGNvbnN0IHdhcyA9IG5ldyBTZXQoYmVmb3JlLnVzZS5lbmFibGVkKTtcbiAgY29uc3Qgbm93ID0gbmV3IFNldChhZnRlci51c2UuZW5hYmxlZCk7XG4gIGNvbnN0IHVzZSA9IHsgZW5hYmxlZDogWy4uLm5vd10uZmlsdGVyKChmKSA9PiAhd2FzLmhhcyhmKSksIGRpc2FibGVkOiBbLi4ud2FzXS5maWx0ZXIoKGYpID0+ICFub3cuaGFzKGYpKSB9O1xuICBjb25zdCBkZXBlbmRlbmNpZXMgPSBERVBfS0VZUy5tYXAoKGtleSkgPT4ge1xuICAgIGNvbnN0IGEgPSBhdG9tcyhwYXJzZURlcFN0cmluZyhiZWZvcmUubWV0YWRhdGFba2V5XSA/PyAnJykpO1xuICAgIGNvbnN0IGIgPSBhdG9tcyhwYXJzZURlcFN0cmluZyhhZnRlci5tZXRhZGF0YVtrZXldID8/ICcnKSk7XG4gICAgcmV0dXJuIHsga2V5LCBhZGRlZDogWy4uLmJdLmZpbHRlcigoeCkgPT4gIWEuaGFzKHgpKSwgcmVtb3ZlZDogWy4uLmFdLmZpbHRlcigoeCkgPT4gIWIuaGFzKHgpKSB9O1xuICB9KS5maWx0ZXIoKGQpID0+IGQuYWRkZWQubGVuZ3RoIHx8IGQucmVtb3ZlZC5sZW5ndGgpO1xuICBjb25zdCBvbGQgPSBuZXcgTWFwKGJlZm9yZS5maWxlcy5tYXAoKGYpID0+IFtmLnBhdGgsIGZdKSk7XG4gIGNvbnN0IGN1ciA9IG5ldyBNYXAoYWZ0ZXIuZmlsZXMubWFwKChmKSA9PiBbZi5wYXRoLCBmXSkpO1xuICBjb25zdCBjaGFuZ2VkOiBQYWNrYWdlQ29tcGFyaXNvblsnZmlsZXMnXVsnY2hhbmdlZCddID0gW107XG4gIGZvciAoY29uc3QgW3BhdGgsIGZdIG9mIGN1cikge1xuICAgIGNvbnN0IG8gPSBvbGQuZ2V0KHBhdGgpO1xuICAgIGlmICghbykgY29udGludWU7XG4gICAgY29uc3Qgd2hhdCA9IChbJ3R5cGUnLCAnc2l6ZScsICdtb2RlJywgJ2xpbmtUYXJnZXQnXSBhcyBjb25zdCkuZmlsdGVyKChrKSA9PiBvW2tdICE9PSBmW2tdKTtcbiAgICBpZiAod2hhdC5sZW5ndGgpIGNoYW5nZWQucHVzaCh7IGJlZm9yZTogbywgYWZ0ZXI6IGYsIHdoYXQgfSk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBtZXRhZGF0YSwgdXNlLCBkZXBlbmRlbmNpZXMsXG4gICAgZmlsZXM6IHsgYWRkZWQ6IGFmdGVyLmZpbGVzLmZpbHRlcigoZikgPT4gIW9sZC5oYXMoZi5wYXRoKSksIHJlbW92ZWQ6IGJlZm9yZS5maWxlcy5maWx0ZXIoKGYpID0+ICFjdXIuaGFzKGYucGF0aCkpLCBjaGFuZ2VkIH0sXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsc0JBQXVEO0FBWXZELFNBQVMsTUFBTSxPQUFrQixNQUFtQixvQkFBSSxJQUFJLEdBQWdCO0FBQzFFLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFFBQUksRUFBRSxTQUFTLE9BQVEsS0FBSSxJQUFJLEVBQUUsSUFBSTtBQUFBLFNBQ2hDO0FBQ0gsWUFBTSxTQUFTLEVBQUUsU0FBUyxRQUFRLEdBQUcsRUFBRSxVQUFVLE1BQU0sRUFBRSxHQUFHLEVBQUUsSUFBSSxPQUFPO0FBQ3pFLGlCQUFXLEtBQUssTUFBTSxFQUFFLFFBQVEsRUFBRyxLQUFJLElBQUksU0FBUyxDQUFDO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxnQkFBZ0IsUUFBdUIsT0FBeUM7QUFDOUYsUUFBTSxPQUFPLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsR0FBRyxPQUFPLEtBQUssT0FBTyxRQUFRLEdBQUcsR0FBRyxPQUFPLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSztBQUNsRyxRQUFNLFdBQVcsS0FDZCxPQUFPLENBQUMsTUFBTSxPQUFPLFNBQVMsQ0FBQyxNQUFNLE1BQU0sU0FBUyxDQUFDLENBQUMsRUFDdEQsSUFBSSxDQUFDLFNBQVMsRUFBRSxLQUFLLFFBQVEsT0FBTyxTQUFTLEdBQUcsR0FBRyxPQUFPLE1BQU0sU0FBUyxHQUFHLEVBQUUsRUFBRTtBQUNuRixRQUFNLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxPQUFPO0FBQ3RDLFFBQU0sTUFBTSxJQUFJLElBQUksTUFBTSxJQUFJLE9BQU87QUFDckMsUUFBTSxNQUFNLEVBQUUsU0FBUyxDQUFDLEdBQUcsR0FBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxHQUFHLEdBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsRUFBRTtBQUMxRyxRQUFNLGVBQWUseUJBQVMsSUFBSSxDQUFDLFFBQVE7QUFDekMsVUFBTSxJQUFJLFVBQU0sZ0NBQWUsT0FBTyxTQUFTLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDMUQsVUFBTSxJQUFJLFVBQU0sZ0NBQWUsTUFBTSxTQUFTLEdBQUcsS0FBSyxFQUFFLENBQUM7QUFDekQsV0FBTyxFQUFFLEtBQUssT0FBTyxDQUFDLEdBQUcsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxHQUFHLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ2pHLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE1BQU0sVUFBVSxFQUFFLFFBQVEsTUFBTTtBQUNuRCxRQUFNLE1BQU0sSUFBSSxJQUFJLE9BQU8sTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztBQUN4RCxRQUFNLE1BQU0sSUFBSSxJQUFJLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztBQUN2RCxRQUFNLFVBQWlELENBQUM7QUFDeEQsYUFBVyxDQUFDLE1BQU0sQ0FBQyxLQUFLLEtBQUs7QUFDM0IsVUFBTSxJQUFJLElBQUksSUFBSSxJQUFJO0FBQ3RCLFFBQUksQ0FBQyxFQUFHO0FBQ1IsVUFBTSxPQUFRLENBQUMsUUFBUSxRQUFRLFFBQVEsWUFBWSxFQUFZLE9BQU8sQ0FBQyxNQUFNLEVBQUUsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQzFGLFFBQUksS0FBSyxPQUFRLFNBQVEsS0FBSyxFQUFFLFFBQVEsR0FBRyxPQUFPLEdBQUcsS0FBSyxDQUFDO0FBQUEsRUFDN0Q7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQVU7QUFBQSxJQUFLO0FBQUEsSUFDZixPQUFPLEVBQUUsT0FBTyxNQUFNLE1BQU0sT0FBTyxDQUFDLE1BQU0sQ0FBQyxJQUFJLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxTQUFTLE9BQU8sTUFBTSxPQUFPLENBQUMsTUFBTSxDQUFDLElBQUksSUFBSSxFQUFFLElBQUksQ0FBQyxHQUFHLFFBQVE7QUFBQSxFQUM5SDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
