"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var engine_exports = {};
__export(engine_exports, {
  connectLocal: () => connectLocal,
  localSocketPath: () => localSocketPath
});
module.exports = __toCommonJS(engine_exports);
var import_dockerode = __toESM(require("dockerode"));
function localSocketPath(env = process.env) {
  const h = env.DOCKER_HOST;
  if (h && h.startsWith("unix://")) return h.slice("unix://".length);
  return "/var/run/docker.sock";
}
function connectLocal(socketPath = localSocketPath(), chosenBy = "default socket") {
  const docker = new import_dockerode.default({ socketPath, host: void 0, protocol: void 0 });
  return {
    docker,
    kind: "unix",
    url: `unix://${socketPath}`,
    chosenBy,
    sharesFilesystem: true,
    isPodman: false,
    close: async () => {
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connectLocal,
  localSocketPath
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9lbmdpbmUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogQSBjb25uZWN0ZWQgRG9ja2VyIEVuZ2luZSBBUEkgZW5kcG9pbnQuIEV2ZXJ5dGhpbmcgdGhhdCB0YWxrcyB0byBhbiBlbmdpbmUgZ29lcyB0aHJvdWdoIG9uZSBvZiB0aGVzZS5cbiAqIGBjb25uZWN0LnRzYCBjaG9vc2VzIGFuZCBvcGVucyBvbmUgKGxvY2FsIHNvY2tldCwgdGNwLCBUTFMsIHNzaCwgcG9kbWFuKS5cbiAqL1xuaW1wb3J0IERvY2tlciBmcm9tICdkb2NrZXJvZGUnO1xuXG5leHBvcnQgdHlwZSBFbmdpbmVLaW5kID0gJ3VuaXgnIHwgJ3RjcCcgfCAndGxzJyB8ICdzc2gnIHwgJ3BvZG1hbic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5naW5lIHtcbiAgcmVhZG9ubHkgZG9ja2VyOiBEb2NrZXI7XG4gIHJlYWRvbmx5IGtpbmQ6IEVuZ2luZUtpbmQ7XG4gIC8qKiBXaGF0IGl0IGlzLCBlLmcuIGB1bml4Oi8vL3Zhci9ydW4vZG9ja2VyLnNvY2tgLCBgc3NoOi8vYnVpbGRlckBiaWctYm94YC4gKi9cbiAgcmVhZG9ubHkgdXJsOiBzdHJpbmc7XG4gIC8qKiBIb3cgaXQgd2FzIGNob3NlbiwgZS5nLiBgRE9DS0VSX0hPU1RgLCBgY29udGV4dCBcImJpZy1ib3hcImAsIGBkZWZhdWx0IHNvY2tldGAuICovXG4gIHJlYWRvbmx5IGNob3NlbkJ5OiBzdHJpbmc7XG4gIC8qKiBUcnVlIHdoZW4gdGhlIGVuZ2luZSBzaGFyZXMgdGhpcyBtYWNoaW5lJ3MgZmlsZXN5c3RlbSwgc28gYmluZCBtb3VudHMgb2YgbG9jYWwgcGF0aHMgd29yay4gKi9cbiAgcmVhZG9ubHkgc2hhcmVzRmlsZXN5c3RlbTogYm9vbGVhbjtcbiAgLyoqIFBvZG1hbidzIERvY2tlci1jb21wYXRpYmxlIEFQSSBkaWZmZXJzIGluIGEgZmV3IHBsYWNlcyAoYXR0YWNoLCB3YWl0LCBpbWFnZSBuYW1lcykuICovXG4gIHJlYWRvbmx5IGlzUG9kbWFuOiBib29sZWFuO1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG4vKiogVGhlIGxvY2FsIHNvY2tldDogYERPQ0tFUl9IT1NUYCB3aGVuIGl0IG5hbWVzIGEgdW5peCBzb2NrZXQsIGVsc2UgL3Zhci9ydW4vZG9ja2VyLnNvY2suICovXG5leHBvcnQgZnVuY3Rpb24gbG9jYWxTb2NrZXRQYXRoKGVudjogTm9kZUpTLlByb2Nlc3NFbnYgPSBwcm9jZXNzLmVudik6IHN0cmluZyB7XG4gIGNvbnN0IGggPSBlbnYuRE9DS0VSX0hPU1Q7XG4gIGlmIChoICYmIGguc3RhcnRzV2l0aCgndW5peDovLycpKSByZXR1cm4gaC5zbGljZSgndW5peDovLycubGVuZ3RoKTtcbiAgcmV0dXJuICcvdmFyL3J1bi9kb2NrZXIuc29jayc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb25uZWN0TG9jYWwoc29ja2V0UGF0aCA9IGxvY2FsU29ja2V0UGF0aCgpLCBjaG9zZW5CeSA9ICdkZWZhdWx0IHNvY2tldCcpOiBFbmdpbmUge1xuICAvLyBgaG9zdDogdW5kZWZpbmVkYCBhbmQgYW4gZXhwbGljaXQgcHJvdG9jb2w6IGEgRE9DS0VSX0hPU1QgaW4gdGhlIGVudmlyb25tZW50IHdvdWxkIG90aGVyd2lzZSB3aW4gKGVuZ2luZXMubWQpLlxuICBjb25zdCBkb2NrZXIgPSBuZXcgRG9ja2VyKHsgc29ja2V0UGF0aCwgaG9zdDogdW5kZWZpbmVkLCBwcm90b2NvbDogdW5kZWZpbmVkIH0gYXMgRG9ja2VyLkRvY2tlck9wdGlvbnMpO1xuICByZXR1cm4ge1xuICAgIGRvY2tlcixcbiAgICBraW5kOiAndW5peCcsXG4gICAgdXJsOiBgdW5peDovLyR7c29ja2V0UGF0aH1gLFxuICAgIGNob3NlbkJ5LFxuICAgIHNoYXJlc0ZpbGVzeXN0ZW06IHRydWUsXG4gICAgaXNQb2RtYW46IGZhbHNlLFxuICAgIGNsb3NlOiBhc3luYyAoKSA9PiB7fSxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSx1QkFBbUI7QUFtQlosU0FBUyxnQkFBZ0IsTUFBeUIsUUFBUSxLQUFhO0FBQzVFLFFBQU0sSUFBSSxJQUFJO0FBQ2QsTUFBSSxLQUFLLEVBQUUsV0FBVyxTQUFTLEVBQUcsUUFBTyxFQUFFLE1BQU0sVUFBVSxNQUFNO0FBQ2pFLFNBQU87QUFDVDtBQUVPLFNBQVMsYUFBYSxhQUFhLGdCQUFnQixHQUFHLFdBQVcsa0JBQTBCO0FBRWhHLFFBQU0sU0FBUyxJQUFJLGlCQUFBQSxRQUFPLEVBQUUsWUFBWSxNQUFNLFFBQVcsVUFBVSxPQUFVLENBQXlCO0FBQ3RHLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTixLQUFLLFVBQVUsVUFBVTtBQUFBLElBQ3pCO0FBQUEsSUFDQSxrQkFBa0I7QUFBQSxJQUNsQixVQUFVO0FBQUEsSUFDVixPQUFPLFlBQVk7QUFBQSxJQUFDO0FBQUEsRUFDdEI7QUFDRjsiLAogICJuYW1lcyI6IFsiRG9ja2VyIl0KfQo=
