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
var buildEbuild_exports = {};
__export(buildEbuild_exports, {
  buildEbuild: () => buildEbuild,
  newBuildId: () => newBuildId,
  prepareBuild: () => prepareBuild
});
module.exports = __toCommonJS(buildEbuild_exports);
var import_node_crypto = require("node:crypto");
var path = __toESM(require("node:path"));
var import_buildRequest = require("../core/buildRequest");
var import_profiles = require("../core/profiles");
var import_build = require("./build");
var import_dockerErrors = require("./dockerErrors");
var import_engineForBuild = require("./engineForBuild");
function newBuildId() {
  return (0, import_node_crypto.randomBytes)(6).toString("hex");
}
function stamp(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}
async function prepareBuild(ebuildPath, opts) {
  const config = opts.overridesFolder ? { ...opts.config, overridesFolder: opts.overridesFolder } : opts.config;
  const request = await (0, import_buildRequest.makeBuildRequest)(ebuildPath, { workspaceFolders: opts.workspaceFolders, config, profile: opts.profile });
  if (opts.env) request.env = { ...request.env, ...opts.env };
  const buildId = newBuildId();
  const spec = await (0, import_profiles.containerSpecFor)(request, config, buildId);
  const engine = opts.engine ?? await (0, import_engineForBuild.connectForConfig)(config);
  try {
    await engine.docker.ping();
  } catch (e) {
    throw (0, import_dockerErrors.asUserError)(e, engine, "checking that it answers");
  }
  const logDir = opts.logDir ?? path.join(request.artifactsDir, "logs");
  const logPath = path.join(logDir, `${request.category}_${request.pn}-${request.pvr}-${request.profile}-${stamp(/* @__PURE__ */ new Date())}-${buildId.slice(0, 4)}.log`);
  const handle = (0, import_build.startBuild)({
    engine,
    spec,
    buildId,
    artifactsDir: request.artifactsDir,
    logPath,
    keepContainerOnFailure: config.keepContainerOnFailure,
    stopGraceSeconds: config.stopGraceSeconds,
    transport: engine.sharesFilesystem ? void 0 : (0, import_engineForBuild.remoteTransportFor)(engine),
    name: `ebuild-builder-${request.pn}-${buildId}`
  });
  return { request, spec, engine, logPath, handle };
}
async function buildEbuild(ebuildPath, opts) {
  return (await prepareBuild(ebuildPath, opts)).handle;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildEbuild,
  newBuildId,
  prepareBuild
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9idWlsZEVidWlsZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgb25lIGVudHJ5IHBvaW50IGZvciBcImJ1aWxkIHRoaXMgZWJ1aWxkXCIgc2hhcmVkIGJ5IHRoZSBDTEksIFZTIENvZGUgYW5kIGF1dG9tYXRpb246XG4gKiBwYXRoICsgc2V0dGluZ3MgXHUyMTkyIEJ1aWxkUmVxdWVzdCBcdTIxOTIgQ29udGFpbmVyU3BlYyBcdTIxOTIgYSBydW5uaW5nIGJ1aWxkIG9uIHRoZSBjaG9zZW4gZW5naW5lLlxuICovXG5pbXBvcnQgeyByYW5kb21CeXRlcyB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuLi9jb3JlL2J1aWxkQ29uZmlnJztcbmltcG9ydCB0eXBlIHsgQnVpbGRSZXF1ZXN0LCBDb250YWluZXJTcGVjIH0gZnJvbSAnLi4vY29yZS9idWlsZE1vZGVsJztcbmltcG9ydCB0eXBlIHsgQnVpbGRIYW5kbGUgfSBmcm9tICcuLi9jb3JlL2J1aWxkUnVuJztcbmltcG9ydCB7IG1ha2VCdWlsZFJlcXVlc3QgfSBmcm9tICcuLi9jb3JlL2J1aWxkUmVxdWVzdCc7XG5pbXBvcnQgeyBjb250YWluZXJTcGVjRm9yIH0gZnJvbSAnLi4vY29yZS9wcm9maWxlcyc7XG5pbXBvcnQgeyBzdGFydEJ1aWxkIH0gZnJvbSAnLi9idWlsZCc7XG5pbXBvcnQgeyBhc1VzZXJFcnJvciB9IGZyb20gJy4vZG9ja2VyRXJyb3JzJztcbmltcG9ydCB0eXBlIHsgRW5naW5lIH0gZnJvbSAnLi9lbmdpbmUnO1xuaW1wb3J0IHsgY29ubmVjdEZvckNvbmZpZywgcmVtb3RlVHJhbnNwb3J0Rm9yIH0gZnJvbSAnLi9lbmdpbmVGb3JCdWlsZCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQnVpbGRFYnVpbGRPcHRpb25zIHtcbiAgd29ya3NwYWNlRm9sZGVyczogc3RyaW5nW107XG4gIGNvbmZpZzogQnVpbGRDb25maWc7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG4gIC8qKiBGb2xkZXIgZm9yIHRoZSBsb2c7IGRlZmF1bHQgYDxhcnRpZmFjdHM+L2xvZ3NgLiAqL1xuICBsb2dEaXI/OiBzdHJpbmc7XG4gIC8qKiBBbiBlbmdpbmUgYWxyZWFkeSBjb25uZWN0ZWQgKFZTIENvZGUga2VlcHMgb25lKTsgZWxzZSBvbmUgaXMgY2hvc2VuIGZyb20gY29uZmlnL2Vudi4gKi9cbiAgZW5naW5lPzogRW5naW5lO1xuICAvKiogRXh0cmEgZW52IGZvciB0aGlzIGJ1aWxkIG9ubHkgKFVTRS1tYXRyaXgsIENMSSAtLWVudikuICovXG4gIGVudj86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBPdmVycmlkZXMgZm9sZGVyIGZvciB0aGlzIGJ1aWxkIG9ubHkgKFVTRS1tYXRyaXggYnVpbGRzIHVzZSBhIHRlbXBvcmFyeSBvbmUpLiAqL1xuICBvdmVycmlkZXNGb2xkZXI/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlcGFyZWRCdWlsZCB7XG4gIHJlcXVlc3Q6IEJ1aWxkUmVxdWVzdDtcbiAgc3BlYzogQ29udGFpbmVyU3BlYztcbiAgZW5naW5lOiBFbmdpbmU7XG4gIGxvZ1BhdGg6IHN0cmluZztcbiAgaGFuZGxlOiBCdWlsZEhhbmRsZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG5ld0J1aWxkSWQoKTogc3RyaW5nIHtcbiAgcmV0dXJuIHJhbmRvbUJ5dGVzKDYpLnRvU3RyaW5nKCdoZXgnKTtcbn1cblxuZnVuY3Rpb24gc3RhbXAoZDogRGF0ZSk6IHN0cmluZyB7XG4gIGNvbnN0IHAgPSAobjogbnVtYmVyKSA9PiBTdHJpbmcobikucGFkU3RhcnQoMiwgJzAnKTtcbiAgcmV0dXJuIGAke2QuZ2V0RnVsbFllYXIoKX0ke3AoZC5nZXRNb250aCgpICsgMSl9JHtwKGQuZ2V0RGF0ZSgpKX0tJHtwKGQuZ2V0SG91cnMoKSl9JHtwKGQuZ2V0TWludXRlcygpKX0ke3AoZC5nZXRTZWNvbmRzKCkpfWA7XG59XG5cbi8qKiBUaHJvd3MgVXNlckVycm9yIGZvciB3aGF0IHRoZSB1c2VyIGNhbiBmaXggYmVmb3JlIGFueXRoaW5nIHJ1bnMgKG5vdCBhbiBlYnVpbGQsIG5vIG92ZXJsYXksIGVuZ2luZSBkb3duLCBiYWQgcHJvZmlsZSkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZUJ1aWxkKGVidWlsZFBhdGg6IHN0cmluZywgb3B0czogQnVpbGRFYnVpbGRPcHRpb25zKTogUHJvbWlzZTxQcmVwYXJlZEJ1aWxkPiB7XG4gIGNvbnN0IGNvbmZpZyA9IG9wdHMub3ZlcnJpZGVzRm9sZGVyID8geyAuLi5vcHRzLmNvbmZpZywgb3ZlcnJpZGVzRm9sZGVyOiBvcHRzLm92ZXJyaWRlc0ZvbGRlciB9IDogb3B0cy5jb25maWc7XG4gIGNvbnN0IHJlcXVlc3QgPSBhd2FpdCBtYWtlQnVpbGRSZXF1ZXN0KGVidWlsZFBhdGgsIHsgd29ya3NwYWNlRm9sZGVyczogb3B0cy53b3Jrc3BhY2VGb2xkZXJzLCBjb25maWcsIHByb2ZpbGU6IG9wdHMucHJvZmlsZSB9KTtcbiAgaWYgKG9wdHMuZW52KSByZXF1ZXN0LmVudiA9IHsgLi4ucmVxdWVzdC5lbnYsIC4uLm9wdHMuZW52IH07XG4gIGNvbnN0IGJ1aWxkSWQgPSBuZXdCdWlsZElkKCk7XG4gIGNvbnN0IHNwZWMgPSBhd2FpdCBjb250YWluZXJTcGVjRm9yKHJlcXVlc3QsIGNvbmZpZywgYnVpbGRJZCk7XG4gIGNvbnN0IGVuZ2luZSA9IG9wdHMuZW5naW5lID8/IChhd2FpdCBjb25uZWN0Rm9yQ29uZmlnKGNvbmZpZykpO1xuICB0cnkge1xuICAgIGF3YWl0IGVuZ2luZS5kb2NrZXIucGluZygpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgdGhyb3cgYXNVc2VyRXJyb3IoZSwgZW5naW5lLCAnY2hlY2tpbmcgdGhhdCBpdCBhbnN3ZXJzJyk7XG4gIH1cbiAgY29uc3QgbG9nRGlyID0gb3B0cy5sb2dEaXIgPz8gcGF0aC5qb2luKHJlcXVlc3QuYXJ0aWZhY3RzRGlyLCAnbG9ncycpO1xuICBjb25zdCBsb2dQYXRoID0gcGF0aC5qb2luKGxvZ0RpciwgYCR7cmVxdWVzdC5jYXRlZ29yeX1fJHtyZXF1ZXN0LnBufS0ke3JlcXVlc3QucHZyfS0ke3JlcXVlc3QucHJvZmlsZX0tJHtzdGFtcChuZXcgRGF0ZSgpKX0tJHtidWlsZElkLnNsaWNlKDAsIDQpfS5sb2dgKTtcbiAgY29uc3QgaGFuZGxlID0gc3RhcnRCdWlsZCh7XG4gICAgZW5naW5lLFxuICAgIHNwZWMsXG4gICAgYnVpbGRJZCxcbiAgICBhcnRpZmFjdHNEaXI6IHJlcXVlc3QuYXJ0aWZhY3RzRGlyLFxuICAgIGxvZ1BhdGgsXG4gICAga2VlcENvbnRhaW5lck9uRmFpbHVyZTogY29uZmlnLmtlZXBDb250YWluZXJPbkZhaWx1cmUsXG4gICAgc3RvcEdyYWNlU2Vjb25kczogY29uZmlnLnN0b3BHcmFjZVNlY29uZHMsXG4gICAgdHJhbnNwb3J0OiBlbmdpbmUuc2hhcmVzRmlsZXN5c3RlbSA/IHVuZGVmaW5lZCA6IHJlbW90ZVRyYW5zcG9ydEZvcihlbmdpbmUpLFxuICAgIG5hbWU6IGBlYnVpbGQtYnVpbGRlci0ke3JlcXVlc3QucG59LSR7YnVpbGRJZH1gLFxuICB9KTtcbiAgcmV0dXJuIHsgcmVxdWVzdCwgc3BlYywgZW5naW5lLCBsb2dQYXRoLCBoYW5kbGUgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGJ1aWxkRWJ1aWxkKGVidWlsZFBhdGg6IHN0cmluZywgb3B0czogQnVpbGRFYnVpbGRPcHRpb25zKTogUHJvbWlzZTxCdWlsZEhhbmRsZT4ge1xuICByZXR1cm4gKGF3YWl0IHByZXBhcmVCdWlsZChlYnVpbGRQYXRoLCBvcHRzKSkuaGFuZGxlO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEseUJBQTRCO0FBQzVCLFdBQXNCO0FBSXRCLDBCQUFpQztBQUNqQyxzQkFBaUM7QUFDakMsbUJBQTJCO0FBQzNCLDBCQUE0QjtBQUU1Qiw0QkFBcUQ7QUF3QjlDLFNBQVMsYUFBcUI7QUFDbkMsYUFBTyxnQ0FBWSxDQUFDLEVBQUUsU0FBUyxLQUFLO0FBQ3RDO0FBRUEsU0FBUyxNQUFNLEdBQWlCO0FBQzlCLFFBQU0sSUFBSSxDQUFDLE1BQWMsT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDbEQsU0FBTyxHQUFHLEVBQUUsWUFBWSxDQUFDLEdBQUcsRUFBRSxFQUFFLFNBQVMsSUFBSSxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUUsU0FBUyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsV0FBVyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsV0FBVyxDQUFDLENBQUM7QUFDN0g7QUFHQSxlQUFzQixhQUFhLFlBQW9CLE1BQWtEO0FBQ3ZHLFFBQU0sU0FBUyxLQUFLLGtCQUFrQixFQUFFLEdBQUcsS0FBSyxRQUFRLGlCQUFpQixLQUFLLGdCQUFnQixJQUFJLEtBQUs7QUFDdkcsUUFBTSxVQUFVLFVBQU0sc0NBQWlCLFlBQVksRUFBRSxrQkFBa0IsS0FBSyxrQkFBa0IsUUFBUSxTQUFTLEtBQUssUUFBUSxDQUFDO0FBQzdILE1BQUksS0FBSyxJQUFLLFNBQVEsTUFBTSxFQUFFLEdBQUcsUUFBUSxLQUFLLEdBQUcsS0FBSyxJQUFJO0FBQzFELFFBQU0sVUFBVSxXQUFXO0FBQzNCLFFBQU0sT0FBTyxVQUFNLGtDQUFpQixTQUFTLFFBQVEsT0FBTztBQUM1RCxRQUFNLFNBQVMsS0FBSyxVQUFXLFVBQU0sd0NBQWlCLE1BQU07QUFDNUQsTUFBSTtBQUNGLFVBQU0sT0FBTyxPQUFPLEtBQUs7QUFBQSxFQUMzQixTQUFTLEdBQUc7QUFDVixjQUFNLGlDQUFZLEdBQUcsUUFBUSwwQkFBMEI7QUFBQSxFQUN6RDtBQUNBLFFBQU0sU0FBUyxLQUFLLFVBQVUsS0FBSyxLQUFLLFFBQVEsY0FBYyxNQUFNO0FBQ3BFLFFBQU0sVUFBVSxLQUFLLEtBQUssUUFBUSxHQUFHLFFBQVEsUUFBUSxJQUFJLFFBQVEsRUFBRSxJQUFJLFFBQVEsR0FBRyxJQUFJLFFBQVEsT0FBTyxJQUFJLE1BQU0sb0JBQUksS0FBSyxDQUFDLENBQUMsSUFBSSxRQUFRLE1BQU0sR0FBRyxDQUFDLENBQUMsTUFBTTtBQUN2SixRQUFNLGFBQVMseUJBQVc7QUFBQSxJQUN4QjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxjQUFjLFFBQVE7QUFBQSxJQUN0QjtBQUFBLElBQ0Esd0JBQXdCLE9BQU87QUFBQSxJQUMvQixrQkFBa0IsT0FBTztBQUFBLElBQ3pCLFdBQVcsT0FBTyxtQkFBbUIsYUFBWSwwQ0FBbUIsTUFBTTtBQUFBLElBQzFFLE1BQU0sa0JBQWtCLFFBQVEsRUFBRSxJQUFJLE9BQU87QUFBQSxFQUMvQyxDQUFDO0FBQ0QsU0FBTyxFQUFFLFNBQVMsTUFBTSxRQUFRLFNBQVMsT0FBTztBQUNsRDtBQUVBLGVBQXNCLFlBQVksWUFBb0IsTUFBZ0Q7QUFDcEcsVUFBUSxNQUFNLGFBQWEsWUFBWSxJQUFJLEdBQUc7QUFDaEQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
