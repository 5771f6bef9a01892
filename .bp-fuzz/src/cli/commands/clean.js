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
var clean_exports = {};
__export(clean_exports, {
  command: () => command
});
module.exports = __toCommonJS(clean_exports);
var import_node_util = require("node:util");
var import_buildConfig = require("../../core/buildConfig");
var import_containers = require("../../docker/containers");
var import_engineForBuild = require("../../docker/engineForBuild");
const command = {
  name: "clean",
  summary: "remove leftover builder containers",
  usage: "Usage: ebuild-builder clean [--engine URL | --context NAME]\n\nRemoves every container labelled ebuild-builder.build (builds that were interrupted or kept after a failure).\n",
  async run(args, io) {
    const { values } = (0, import_node_util.parseArgs)({ args, options: { engine: { type: "string" }, context: { type: "string" } } });
    const engine = await (0, import_engineForBuild.connectForConfig)({ ...import_buildConfig.DEFAULT_BUILD_CONFIG, engine: values.engine ?? values.context }, io.env);
    try {
      const removed = await (0, import_containers.cleanupContainers)(engine);
      for (const c of removed) io.stdout.write(`removed ${c.name} (${c.atom || "unknown atom"}, ${c.state})
`);
      io.stdout.write(`${removed.length} builder container${removed.length === 1 ? "" : "s"} removed from ${engine.url}
`);
      return 0;
    } finally {
      await engine.close();
    }
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9jbGVhbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBjbGVhbmA6IHJlbW92ZXMgbGVmdG92ZXIgYnVpbGRlciBjb250YWluZXJzIChmb3VuZCBieSBsYWJlbCkgZnJvbSB0aGUgZW5naW5lLiAqL1xuaW1wb3J0IHsgcGFyc2VBcmdzIH0gZnJvbSAnbm9kZTp1dGlsJztcbmltcG9ydCB7IERFRkFVTFRfQlVJTERfQ09ORklHIH0gZnJvbSAnLi4vLi4vY29yZS9idWlsZENvbmZpZyc7XG5pbXBvcnQgeyBjbGVhbnVwQ29udGFpbmVycyB9IGZyb20gJy4uLy4uL2RvY2tlci9jb250YWluZXJzJztcbmltcG9ydCB7IGNvbm5lY3RGb3JDb25maWcgfSBmcm9tICcuLi8uLi9kb2NrZXIvZW5naW5lRm9yQnVpbGQnO1xuaW1wb3J0IHR5cGUgeyBDbGlDb21tYW5kIH0gZnJvbSAnLi4vY2xpVHlwZXMnO1xuXG5leHBvcnQgY29uc3QgY29tbWFuZDogQ2xpQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2NsZWFuJyxcbiAgc3VtbWFyeTogJ3JlbW92ZSBsZWZ0b3ZlciBidWlsZGVyIGNvbnRhaW5lcnMnLFxuICB1c2FnZTogJ1VzYWdlOiBlYnVpbGQtYnVpbGRlciBjbGVhbiBbLS1lbmdpbmUgVVJMIHwgLS1jb250ZXh0IE5BTUVdXFxuXFxuUmVtb3ZlcyBldmVyeSBjb250YWluZXIgbGFiZWxsZWQgZWJ1aWxkLWJ1aWxkZXIuYnVpbGQgKGJ1aWxkcyB0aGF0IHdlcmUgaW50ZXJydXB0ZWQgb3Iga2VwdCBhZnRlciBhIGZhaWx1cmUpLlxcbicsXG4gIGFzeW5jIHJ1bihhcmdzLCBpbykge1xuICAgIGNvbnN0IHsgdmFsdWVzIH0gPSBwYXJzZUFyZ3MoeyBhcmdzLCBvcHRpb25zOiB7IGVuZ2luZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBjb250ZXh0OiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9KTtcbiAgICBjb25zdCBlbmdpbmUgPSBhd2FpdCBjb25uZWN0Rm9yQ29uZmlnKHsgLi4uREVGQVVMVF9CVUlMRF9DT05GSUcsIGVuZ2luZTogdmFsdWVzLmVuZ2luZSA/PyB2YWx1ZXMuY29udGV4dCB9LCBpby5lbnYpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByZW1vdmVkID0gYXdhaXQgY2xlYW51cENvbnRhaW5lcnMoZW5naW5lKTtcbiAgICAgIGZvciAoY29uc3QgYyBvZiByZW1vdmVkKSBpby5zdGRvdXQud3JpdGUoYHJlbW92ZWQgJHtjLm5hbWV9ICgke2MuYXRvbSB8fCAndW5rbm93biBhdG9tJ30sICR7Yy5zdGF0ZX0pXFxuYCk7XG4gICAgICBpby5zdGRvdXQud3JpdGUoYCR7cmVtb3ZlZC5sZW5ndGh9IGJ1aWxkZXIgY29udGFpbmVyJHtyZW1vdmVkLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfSByZW1vdmVkIGZyb20gJHtlbmdpbmUudXJsfVxcbmApO1xuICAgICAgcmV0dXJuIDA7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGF3YWl0IGVuZ2luZS5jbG9zZSgpO1xuICAgIH1cbiAgfSxcbn07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsdUJBQTBCO0FBQzFCLHlCQUFxQztBQUNyQyx3QkFBa0M7QUFDbEMsNEJBQWlDO0FBRzFCLE1BQU0sVUFBc0I7QUFBQSxFQUNqQyxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVCxPQUFPO0FBQUEsRUFDUCxNQUFNLElBQUksTUFBTSxJQUFJO0FBQ2xCLFVBQU0sRUFBRSxPQUFPLFFBQUksNEJBQVUsRUFBRSxNQUFNLFNBQVMsRUFBRSxRQUFRLEVBQUUsTUFBTSxTQUFTLEdBQUcsU0FBUyxFQUFFLE1BQU0sU0FBUyxFQUFFLEVBQUUsQ0FBQztBQUMzRyxVQUFNLFNBQVMsVUFBTSx3Q0FBaUIsRUFBRSxHQUFHLHlDQUFzQixRQUFRLE9BQU8sVUFBVSxPQUFPLFFBQVEsR0FBRyxHQUFHLEdBQUc7QUFDbEgsUUFBSTtBQUNGLFlBQU0sVUFBVSxVQUFNLHFDQUFrQixNQUFNO0FBQzlDLGlCQUFXLEtBQUssUUFBUyxJQUFHLE9BQU8sTUFBTSxXQUFXLEVBQUUsSUFBSSxLQUFLLEVBQUUsUUFBUSxjQUFjLEtBQUssRUFBRSxLQUFLO0FBQUEsQ0FBSztBQUN4RyxTQUFHLE9BQU8sTUFBTSxHQUFHLFFBQVEsTUFBTSxxQkFBcUIsUUFBUSxXQUFXLElBQUksS0FBSyxHQUFHLGlCQUFpQixPQUFPLEdBQUc7QUFBQSxDQUFJO0FBQ3BILGFBQU87QUFBQSxJQUNULFVBQUU7QUFDQSxZQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
