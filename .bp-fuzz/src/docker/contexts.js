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
var contexts_exports = {};
__export(contexts_exports, {
  contextEndpoint: () => contextEndpoint,
  listContexts: () => listContexts
});
module.exports = __toCommonJS(contexts_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_engineChoice = require("./engineChoice");
const nodeContextFs = {
  ...import_engineChoice.nodeFiles,
  listDirs: (p) => {
    try {
      return (0, import_node_fs.readdirSync)(p);
    } catch {
      return [];
    }
  }
};
function listContexts(env = process.env, fs = nodeContextFs) {
  const dir = (0, import_engineChoice.dockerConfigDir)(env);
  const metaRoot = (0, import_node_path.join)(dir, "contexts", "meta");
  const entries = [];
  for (const hash of fs.listDirs(metaRoot)) {
    const text = fs.readText((0, import_node_path.join)(metaRoot, hash, "meta.json"));
    if (!text) continue;
    try {
      const meta = JSON.parse(text);
      if (!meta.Name) continue;
      const tlsDir = (0, import_node_path.join)(dir, "contexts", "tls", hash, "docker");
      entries.push({
        name: meta.Name,
        endpoint: meta.Endpoints?.docker?.Host ?? "",
        description: meta.Metadata?.Description,
        current: false,
        tls: meta.Endpoints?.docker?.SkipTLSVerify === true || fs.listDirs(tlsDir).length > 0
      });
    } catch {
      continue;
    }
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const defaultEntry = {
    name: "default",
    endpoint: env.DOCKER_HOST || `unix://${import_engineChoice.DEFAULT_SOCKET}`,
    description: "Current DOCKER_HOST based configuration",
    current: false,
    tls: !!env.DOCKER_TLS_VERIFY
  };
  const all = [defaultEntry, ...entries];
  const currentName = currentContext(env, fs);
  for (const e of all) e.current = e.name === currentName;
  return all;
}
function currentContext(env, fs) {
  if (env.DOCKER_HOST) return "default";
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  return (0, import_engineChoice.currentContextName)(env, fs) ?? "default";
}
function contextEndpoint(name, env = process.env) {
  return (0, import_engineChoice.chooseEngine)({ context: name }, env).url;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  contextEndpoint,
  listContexts
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9jb250ZXh0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgRG9ja2VyIGNvbnRleHRzIG9uIHRoaXMgbWFjaGluZSwgYXMgYGRvY2tlciBjb250ZXh0IGxzYCBzaG93cyB0aGVtOiBmb3IgdGhlIFwic3dpdGNoIGNvbnRleHRcIiBwaWNrZXJcbiAqIGFuZCBgZWJ1aWxkLWJ1aWxkZXIgZW5naW5lIC0tbGlzdGAuXG4gKi9cbmltcG9ydCB7IHJlYWRkaXJTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IGNob29zZUVuZ2luZSwgY3VycmVudENvbnRleHROYW1lLCBkb2NrZXJDb25maWdEaXIsIG5vZGVGaWxlcywgREVGQVVMVF9TT0NLRVQsIHR5cGUgQ29uZmlnRmlsZXMgfSBmcm9tICcuL2VuZ2luZUNob2ljZSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGV4dEVudHJ5IHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogRG9ja2VyIGVuZHBvaW50LCBlLmcuIGBzc2g6Ly9tZUBib3hgLiAqL1xuICBlbmRwb2ludDogc3RyaW5nO1xuICBkZXNjcmlwdGlvbj86IHN0cmluZztcbiAgLyoqIFRoZSBjb250ZXh0IHRoZSBkb2NrZXIgQ0xJIHdvdWxkIHVzZSBub3cgKHNhbWUgcnVsZSBhcyBgZG9ja2VyIGNvbnRleHQgbHNgJyBhc3RlcmlzaykuICovXG4gIGN1cnJlbnQ6IGJvb2xlYW47XG4gIC8qKiBUcnVlIHdoZW4gdGhlIGNvbnRleHQgaGFzIFRMUyBtYXRlcmlhbCAob3Igc2tpcHMgdmVyaWZpY2F0aW9uKS4gKi9cbiAgdGxzOiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRleHRGcyBleHRlbmRzIENvbmZpZ0ZpbGVzIHtcbiAgbGlzdERpcnMocGF0aDogc3RyaW5nKTogc3RyaW5nW107XG59XG5cbmNvbnN0IG5vZGVDb250ZXh0RnM6IENvbnRleHRGcyA9IHtcbiAgLi4ubm9kZUZpbGVzLFxuICBsaXN0RGlyczogKHApID0+IHsgdHJ5IHsgcmV0dXJuIHJlYWRkaXJTeW5jKHApOyB9IGNhdGNoIHsgcmV0dXJuIFtdOyB9IH0sXG59O1xuXG4vKiogYGRlZmF1bHRgIGZpcnN0LCB0aGVuIHRoZSBvdGhlcnMgYnkgbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaXN0Q29udGV4dHMoZW52OiBOb2RlSlMuUHJvY2Vzc0VudiA9IHByb2Nlc3MuZW52LCBmczogQ29udGV4dEZzID0gbm9kZUNvbnRleHRGcyk6IENvbnRleHRFbnRyeVtdIHtcbiAgY29uc3QgZGlyID0gZG9ja2VyQ29uZmlnRGlyKGVudik7XG4gIGNvbnN0IG1ldGFSb290ID0gam9pbihkaXIsICdjb250ZXh0cycsICdtZXRhJyk7XG4gIGNvbnN0IGVudHJpZXM6IENvbnRleHRFbnRyeVtdID0gW107XG4gIGZvciAoY29uc3QgaGFzaCBvZiBmcy5saXN0RGlycyhtZXRhUm9vdCkpIHtcbiAgICBjb25zdCB0ZXh0ID0gZnMucmVhZFRleHQoam9pbihtZXRhUm9vdCwgaGFzaCwgJ21ldGEuanNvbicpKTtcbiAgICBpZiAoIXRleHQpIGNvbnRpbnVlO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBtZXRhID0gSlNPTi5wYXJzZSh0ZXh0KSBhcyB7IE5hbWU/OiBzdHJpbmc7IE1ldGFkYXRhPzogeyBEZXNjcmlwdGlvbj86IHN0cmluZyB9OyBFbmRwb2ludHM/OiB7IGRvY2tlcj86IHsgSG9zdD86IHN0cmluZzsgU2tpcFRMU1ZlcmlmeT86IGJvb2xlYW4gfSB9IH07XG4gICAgICBpZiAoIW1ldGEuTmFtZSkgY29udGludWU7XG4gICAgICBjb25zdCB0bHNEaXIgPSBqb2luKGRpciwgJ2NvbnRleHRzJywgJ3RscycsIGhhc2gsICdkb2NrZXInKTtcbiAgICAgIGVudHJpZXMucHVzaCh7XG4gICAgICAgIG5hbWU6IG1ldGEuTmFtZSxcbiAgICAgICAgZW5kcG9pbnQ6IG1ldGEuRW5kcG9pbnRzPy5kb2NrZXI/Lkhvc3QgPz8gJycsXG4gICAgICAgIGRlc2NyaXB0aW9uOiBtZXRhLk1ldGFkYXRhPy5EZXNjcmlwdGlvbixcbiAgICAgICAgY3VycmVudDogZmFsc2UsXG4gICAgICAgIHRsczogbWV0YS5FbmRwb2ludHM/LmRvY2tlcj8uU2tpcFRMU1ZlcmlmeSA9PT0gdHJ1ZSB8fCBmcy5saXN0RGlycyh0bHNEaXIpLmxlbmd0aCA+IDAsXG4gICAgICB9KTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIGNvbnRpbnVlOyAvLyBhbiB1bnJlYWRhYmxlIGNvbnRleHQgaXMgcmVwb3J0ZWQgd2hlbiBzb21lb25lIHBpY2tzIGl0IChlbmdpbmVDaG9pY2UpLCBub3QgaGVyZVxuICAgIH1cbiAgfVxuICBlbnRyaWVzLnNvcnQoKGEsIGIpID0+IGEubmFtZS5sb2NhbGVDb21wYXJlKGIubmFtZSkpO1xuICBjb25zdCBkZWZhdWx0RW50cnk6IENvbnRleHRFbnRyeSA9IHtcbiAgICBuYW1lOiAnZGVmYXVsdCcsXG4gICAgZW5kcG9pbnQ6IGVudi5ET0NLRVJfSE9TVCB8fCBgdW5peDovLyR7REVGQVVMVF9TT0NLRVR9YCxcbiAgICBkZXNjcmlwdGlvbjogJ0N1cnJlbnQgRE9DS0VSX0hPU1QgYmFzZWQgY29uZmlndXJhdGlvbicsXG4gICAgY3VycmVudDogZmFsc2UsXG4gICAgdGxzOiAhIWVudi5ET0NLRVJfVExTX1ZFUklGWSxcbiAgfTtcbiAgY29uc3QgYWxsID0gW2RlZmF1bHRFbnRyeSwgLi4uZW50cmllc107XG4gIGNvbnN0IGN1cnJlbnROYW1lID0gY3VycmVudENvbnRleHQoZW52LCBmcyk7XG4gIGZvciAoY29uc3QgZSBvZiBhbGwpIGUuY3VycmVudCA9IGUubmFtZSA9PT0gY3VycmVudE5hbWU7XG4gIHJldHVybiBhbGw7XG59XG5cbi8qKiBUaGUgY29udGV4dCBuYW1lIHRoZSBDTEkgd291bGQgcmVzb2x2ZSAobm8gZXhwbGljaXQgZmxhZ3MpLiAqL1xuZnVuY3Rpb24gY3VycmVudENvbnRleHQoZW52OiBOb2RlSlMuUHJvY2Vzc0VudiwgZnM6IENvbmZpZ0ZpbGVzKTogc3RyaW5nIHtcbiAgaWYgKGVudi5ET0NLRVJfSE9TVCkgcmV0dXJuICdkZWZhdWx0JztcbiAgaWYgKGVudi5ET0NLRVJfQ09OVEVYVCkgcmV0dXJuIGVudi5ET0NLRVJfQ09OVEVYVDtcbiAgcmV0dXJuIGN1cnJlbnRDb250ZXh0TmFtZShlbnYsIGZzKSA/PyAnZGVmYXVsdCc7XG59XG5cbi8qKiBFbmRwb2ludCB0aGUgZ2l2ZW4gY29udGV4dCByZXNvbHZlcyB0bywgb3IgYSBVc2VyRXJyb3Igd2hlbiBpdCBkb2VzIG5vdCBleGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb250ZXh0RW5kcG9pbnQobmFtZTogc3RyaW5nLCBlbnY6IE5vZGVKUy5Qcm9jZXNzRW52ID0gcHJvY2Vzcy5lbnYpOiBzdHJpbmcge1xuICByZXR1cm4gY2hvb3NlRW5naW5lKHsgY29udGV4dDogbmFtZSB9LCBlbnYpLnVybDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHFCQUE0QjtBQUM1Qix1QkFBcUI7QUFDckIsMEJBQStHO0FBaUIvRyxNQUFNLGdCQUEyQjtBQUFBLEVBQy9CLEdBQUc7QUFBQSxFQUNILFVBQVUsQ0FBQyxNQUFNO0FBQUUsUUFBSTtBQUFFLGlCQUFPLDRCQUFZLENBQUM7QUFBQSxJQUFHLFFBQVE7QUFBRSxhQUFPLENBQUM7QUFBQSxJQUFHO0FBQUEsRUFBRTtBQUN6RTtBQUdPLFNBQVMsYUFBYSxNQUF5QixRQUFRLEtBQUssS0FBZ0IsZUFBK0I7QUFDaEgsUUFBTSxVQUFNLHFDQUFnQixHQUFHO0FBQy9CLFFBQU0sZUFBVyx1QkFBSyxLQUFLLFlBQVksTUFBTTtBQUM3QyxRQUFNLFVBQTBCLENBQUM7QUFDakMsYUFBVyxRQUFRLEdBQUcsU0FBUyxRQUFRLEdBQUc7QUFDeEMsVUFBTSxPQUFPLEdBQUcsYUFBUyx1QkFBSyxVQUFVLE1BQU0sV0FBVyxDQUFDO0FBQzFELFFBQUksQ0FBQyxLQUFNO0FBQ1gsUUFBSTtBQUNGLFlBQU0sT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUM1QixVQUFJLENBQUMsS0FBSyxLQUFNO0FBQ2hCLFlBQU0sYUFBUyx1QkFBSyxLQUFLLFlBQVksT0FBTyxNQUFNLFFBQVE7QUFDMUQsY0FBUSxLQUFLO0FBQUEsUUFDWCxNQUFNLEtBQUs7QUFBQSxRQUNYLFVBQVUsS0FBSyxXQUFXLFFBQVEsUUFBUTtBQUFBLFFBQzFDLGFBQWEsS0FBSyxVQUFVO0FBQUEsUUFDNUIsU0FBUztBQUFBLFFBQ1QsS0FBSyxLQUFLLFdBQVcsUUFBUSxrQkFBa0IsUUFBUSxHQUFHLFNBQVMsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUN0RixDQUFDO0FBQUEsSUFDSCxRQUFRO0FBQ047QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFVBQVEsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssY0FBYyxFQUFFLElBQUksQ0FBQztBQUNuRCxRQUFNLGVBQTZCO0FBQUEsSUFDakMsTUFBTTtBQUFBLElBQ04sVUFBVSxJQUFJLGVBQWUsVUFBVSxrQ0FBYztBQUFBLElBQ3JELGFBQWE7QUFBQSxJQUNiLFNBQVM7QUFBQSxJQUNULEtBQUssQ0FBQyxDQUFDLElBQUk7QUFBQSxFQUNiO0FBQ0EsUUFBTSxNQUFNLENBQUMsY0FBYyxHQUFHLE9BQU87QUFDckMsUUFBTSxjQUFjLGVBQWUsS0FBSyxFQUFFO0FBQzFDLGFBQVcsS0FBSyxJQUFLLEdBQUUsVUFBVSxFQUFFLFNBQVM7QUFDNUMsU0FBTztBQUNUO0FBR0EsU0FBUyxlQUFlLEtBQXdCLElBQXlCO0FBQ3ZFLE1BQUksSUFBSSxZQUFhLFFBQU87QUFDNUIsTUFBSSxJQUFJLGVBQWdCLFFBQU8sSUFBSTtBQUNuQyxhQUFPLHdDQUFtQixLQUFLLEVBQUUsS0FBSztBQUN4QztBQUdPLFNBQVMsZ0JBQWdCLE1BQWMsTUFBeUIsUUFBUSxLQUFhO0FBQzFGLGFBQU8sa0NBQWEsRUFBRSxTQUFTLEtBQUssR0FBRyxHQUFHLEVBQUU7QUFDOUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
