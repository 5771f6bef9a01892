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
var engineForBuild_exports = {};
__export(engineForBuild_exports, {
  connectForConfig: () => connectForConfig,
  remoteTransportFor: () => remoteTransportFor
});
module.exports = __toCommonJS(engineForBuild_exports);
var import_userError = require("../core/userError");
var import_engine = require("./engine");
async function connectForConfig(config, env = process.env) {
  if (config.engine) {
    if (config.engine.startsWith("unix://")) return (0, import_engine.connectLocal)(config.engine.slice("unix://".length), "setting ebuildBuilder.engine / --engine");
    throw new import_userError.UserError(`The engine "${config.engine}" cannot be reached yet: only unix:// sockets are supported in this build.`, "Use a unix:// socket, or leave the engine setting empty.", "engine-unsupported");
  }
  const chosenBy = env.DOCKER_HOST?.startsWith("unix://") ? "DOCKER_HOST" : "default socket";
  return (0, import_engine.connectLocal)((0, import_engine.localSocketPath)(env), chosenBy);
}
function remoteTransportFor(engine) {
  throw new import_userError.UserError(`Builds on ${engine.url} need sources uploaded, which this build cannot do yet.`, "Use the local engine.", "engine-unsupported");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connectForConfig,
  remoteTransportFor
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9lbmdpbmVGb3JCdWlsZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBXaGljaCBlbmdpbmUgYSBidWlsZCB1c2VzIGFuZCBob3cgZmlsZXMgY3Jvc3MgdG8gaXQuIExvY2FsIHNvY2tldCB1bnRpbCByZW1vdGUgZW5naW5lcyBhcmUgY29uZmlndXJlZDtcbiAqIHRoZSByZW1vdGUtZW5naW5lIG1vZHVsZXMgcGx1ZyBpbiBoZXJlLlxuICovXG5pbXBvcnQgdHlwZSB7IEJ1aWxkQ29uZmlnIH0gZnJvbSAnLi4vY29yZS9idWlsZENvbmZpZyc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBjb25uZWN0TG9jYWwsIGxvY2FsU29ja2V0UGF0aCwgdHlwZSBFbmdpbmUgfSBmcm9tICcuL2VuZ2luZSc7XG5pbXBvcnQgdHlwZSB7IFRyYW5zcG9ydCB9IGZyb20gJy4vdHJhbnNwb3J0JztcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNvbm5lY3RGb3JDb25maWcoY29uZmlnOiBCdWlsZENvbmZpZywgZW52OiBOb2RlSlMuUHJvY2Vzc0VudiA9IHByb2Nlc3MuZW52KTogUHJvbWlzZTxFbmdpbmU+IHtcbiAgaWYgKGNvbmZpZy5lbmdpbmUpIHtcbiAgICBpZiAoY29uZmlnLmVuZ2luZS5zdGFydHNXaXRoKCd1bml4Oi8vJykpIHJldHVybiBjb25uZWN0TG9jYWwoY29uZmlnLmVuZ2luZS5zbGljZSgndW5peDovLycubGVuZ3RoKSwgJ3NldHRpbmcgZWJ1aWxkQnVpbGRlci5lbmdpbmUgLyAtLWVuZ2luZScpO1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSBlbmdpbmUgXCIke2NvbmZpZy5lbmdpbmV9XCIgY2Fubm90IGJlIHJlYWNoZWQgeWV0OiBvbmx5IHVuaXg6Ly8gc29ja2V0cyBhcmUgc3VwcG9ydGVkIGluIHRoaXMgYnVpbGQuYCwgJ1VzZSBhIHVuaXg6Ly8gc29ja2V0LCBvciBsZWF2ZSB0aGUgZW5naW5lIHNldHRpbmcgZW1wdHkuJywgJ2VuZ2luZS11bnN1cHBvcnRlZCcpO1xuICB9XG4gIGNvbnN0IGNob3NlbkJ5ID0gZW52LkRPQ0tFUl9IT1NUPy5zdGFydHNXaXRoKCd1bml4Oi8vJykgPyAnRE9DS0VSX0hPU1QnIDogJ2RlZmF1bHQgc29ja2V0JztcbiAgcmV0dXJuIGNvbm5lY3RMb2NhbChsb2NhbFNvY2tldFBhdGgoZW52KSwgY2hvc2VuQnkpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVtb3RlVHJhbnNwb3J0Rm9yKGVuZ2luZTogRW5naW5lKTogVHJhbnNwb3J0IHtcbiAgdGhyb3cgbmV3IFVzZXJFcnJvcihgQnVpbGRzIG9uICR7ZW5naW5lLnVybH0gbmVlZCBzb3VyY2VzIHVwbG9hZGVkLCB3aGljaCB0aGlzIGJ1aWxkIGNhbm5vdCBkbyB5ZXQuYCwgJ1VzZSB0aGUgbG9jYWwgZW5naW5lLicsICdlbmdpbmUtdW5zdXBwb3J0ZWQnKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLHVCQUEwQjtBQUMxQixvQkFBMkQ7QUFHM0QsZUFBc0IsaUJBQWlCLFFBQXFCLE1BQXlCLFFBQVEsS0FBc0I7QUFDakgsTUFBSSxPQUFPLFFBQVE7QUFDakIsUUFBSSxPQUFPLE9BQU8sV0FBVyxTQUFTLEVBQUcsWUFBTyw0QkFBYSxPQUFPLE9BQU8sTUFBTSxVQUFVLE1BQU0sR0FBRyx5Q0FBeUM7QUFDN0ksVUFBTSxJQUFJLDJCQUFVLGVBQWUsT0FBTyxNQUFNLDhFQUE4RSw0REFBNEQsb0JBQW9CO0FBQUEsRUFDaE47QUFDQSxRQUFNLFdBQVcsSUFBSSxhQUFhLFdBQVcsU0FBUyxJQUFJLGdCQUFnQjtBQUMxRSxhQUFPLGdDQUFhLCtCQUFnQixHQUFHLEdBQUcsUUFBUTtBQUNwRDtBQUVPLFNBQVMsbUJBQW1CLFFBQTJCO0FBQzVELFFBQU0sSUFBSSwyQkFBVSxhQUFhLE9BQU8sR0FBRywyREFBMkQseUJBQXlCLG9CQUFvQjtBQUNySjsiLAogICJuYW1lcyI6IFtdCn0K
