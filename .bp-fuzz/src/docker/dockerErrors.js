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
var dockerErrors_exports = {};
__export(dockerErrors_exports, {
  asUserError: () => asUserError,
  engineMessage: () => engineMessage,
  isNotFound: () => isNotFound
});
module.exports = __toCommonJS(dockerErrors_exports);
var import_userError = require("../core/userError");
function engineMessage(err) {
  const e = err;
  return (e?.json?.message ?? e?.message ?? String(err)).trim();
}
function asUserError(err, engine, doing) {
  if ((0, import_userError.isUserError)(err)) return err;
  const e = err;
  const where = `the Docker engine at ${engine.url} (${engine.chosenBy})`;
  switch (e?.code) {
    case "ENOENT":
      return new import_userError.UserError(`Cannot reach ${where}: the socket does not exist, so the engine is not running.`, "Start it (`sudo systemctl start docker`, or `dockerd`), or choose another engine in ebuildBuilder.engine / --engine.", "engine-unreachable");
    case "ECONNREFUSED":
      return new import_userError.UserError(`Cannot reach ${where}: the connection was refused, so the engine is not running there.`, "Start the engine, or choose another one in ebuildBuilder.engine / --engine.", "engine-unreachable");
    case "EACCES":
    case "EPERM":
      return new import_userError.UserError(`Permission denied on ${where}.`, "Add yourself to the docker group (`sudo usermod -aG docker $USER`, then log in again), or use a rootless engine.", "engine-permission");
    case "ECONNRESET":
    case "EPIPE":
      return new import_userError.UserError(`The connection to ${where} was lost while ${doing}.`, "Check that the engine is still running, then build again.", "engine-lost");
  }
  return new import_userError.UserError(`${where} failed while ${doing}: ${engineMessage(err)}`, "Check the engine (`docker info`), then try again.", "engine-error");
}
function isNotFound(err) {
  return err?.statusCode === 404;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  asUserError,
  engineMessage,
  isNotFound
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9kb2NrZXJFcnJvcnMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBEb2NrZXIgRW5naW5lIEFQSSBmYWlsdXJlcyBcdTIxOTIgb25lIFVzZXJFcnJvciBuYW1pbmcgdGhlIGVuZ2luZSBhbmQgdGhlIG5leHQgc3RlcC4gKi9cbmltcG9ydCB7IFVzZXJFcnJvciwgaXNVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgdHlwZSB7IEVuZ2luZSB9IGZyb20gJy4vZW5naW5lJztcblxuaW50ZXJmYWNlIEFwaUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBzdGF0dXNDb2RlPzogbnVtYmVyO1xuICBjb2RlPzogc3RyaW5nO1xuICBqc29uPzogeyBtZXNzYWdlPzogc3RyaW5nIH07XG4gIHJlYXNvbj86IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVuZ2luZU1lc3NhZ2UoZXJyOiB1bmtub3duKTogc3RyaW5nIHtcbiAgY29uc3QgZSA9IGVyciBhcyBBcGlFcnJvcjtcbiAgcmV0dXJuIChlPy5qc29uPy5tZXNzYWdlID8/IGU/Lm1lc3NhZ2UgPz8gU3RyaW5nKGVycikpLnRyaW0oKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGFzVXNlckVycm9yKGVycjogdW5rbm93biwgZW5naW5lOiBFbmdpbmUsIGRvaW5nOiBzdHJpbmcpOiBVc2VyRXJyb3Ige1xuICBpZiAoaXNVc2VyRXJyb3IoZXJyKSkgcmV0dXJuIGVycjtcbiAgY29uc3QgZSA9IGVyciBhcyBBcGlFcnJvcjtcbiAgY29uc3Qgd2hlcmUgPSBgdGhlIERvY2tlciBlbmdpbmUgYXQgJHtlbmdpbmUudXJsfSAoJHtlbmdpbmUuY2hvc2VuQnl9KWA7XG4gIHN3aXRjaCAoZT8uY29kZSkge1xuICAgIGNhc2UgJ0VOT0VOVCc6XG4gICAgICByZXR1cm4gbmV3IFVzZXJFcnJvcihgQ2Fubm90IHJlYWNoICR7d2hlcmV9OiB0aGUgc29ja2V0IGRvZXMgbm90IGV4aXN0LCBzbyB0aGUgZW5naW5lIGlzIG5vdCBydW5uaW5nLmAsICdTdGFydCBpdCAoYHN1ZG8gc3lzdGVtY3RsIHN0YXJ0IGRvY2tlcmAsIG9yIGBkb2NrZXJkYCksIG9yIGNob29zZSBhbm90aGVyIGVuZ2luZSBpbiBlYnVpbGRCdWlsZGVyLmVuZ2luZSAvIC0tZW5naW5lLicsICdlbmdpbmUtdW5yZWFjaGFibGUnKTtcbiAgICBjYXNlICdFQ09OTlJFRlVTRUQnOlxuICAgICAgcmV0dXJuIG5ldyBVc2VyRXJyb3IoYENhbm5vdCByZWFjaCAke3doZXJlfTogdGhlIGNvbm5lY3Rpb24gd2FzIHJlZnVzZWQsIHNvIHRoZSBlbmdpbmUgaXMgbm90IHJ1bm5pbmcgdGhlcmUuYCwgJ1N0YXJ0IHRoZSBlbmdpbmUsIG9yIGNob29zZSBhbm90aGVyIG9uZSBpbiBlYnVpbGRCdWlsZGVyLmVuZ2luZSAvIC0tZW5naW5lLicsICdlbmdpbmUtdW5yZWFjaGFibGUnKTtcbiAgICBjYXNlICdFQUNDRVMnOlxuICAgIGNhc2UgJ0VQRVJNJzpcbiAgICAgIHJldHVybiBuZXcgVXNlckVycm9yKGBQZXJtaXNzaW9uIGRlbmllZCBvbiAke3doZXJlfS5gLCAnQWRkIHlvdXJzZWxmIHRvIHRoZSBkb2NrZXIgZ3JvdXAgKGBzdWRvIHVzZXJtb2QgLWFHIGRvY2tlciAkVVNFUmAsIHRoZW4gbG9nIGluIGFnYWluKSwgb3IgdXNlIGEgcm9vdGxlc3MgZW5naW5lLicsICdlbmdpbmUtcGVybWlzc2lvbicpO1xuICAgIGNhc2UgJ0VDT05OUkVTRVQnOlxuICAgIGNhc2UgJ0VQSVBFJzpcbiAgICAgIHJldHVybiBuZXcgVXNlckVycm9yKGBUaGUgY29ubmVjdGlvbiB0byAke3doZXJlfSB3YXMgbG9zdCB3aGlsZSAke2RvaW5nfS5gLCAnQ2hlY2sgdGhhdCB0aGUgZW5naW5lIGlzIHN0aWxsIHJ1bm5pbmcsIHRoZW4gYnVpbGQgYWdhaW4uJywgJ2VuZ2luZS1sb3N0Jyk7XG4gIH1cbiAgcmV0dXJuIG5ldyBVc2VyRXJyb3IoYCR7d2hlcmV9IGZhaWxlZCB3aGlsZSAke2RvaW5nfTogJHtlbmdpbmVNZXNzYWdlKGVycil9YCwgJ0NoZWNrIHRoZSBlbmdpbmUgKGBkb2NrZXIgaW5mb2ApLCB0aGVuIHRyeSBhZ2Fpbi4nLCAnZW5naW5lLWVycm9yJyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc05vdEZvdW5kKGVycjogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gKGVyciBhcyBBcGlFcnJvcik/LnN0YXR1c0NvZGUgPT09IDQwNDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsdUJBQXVDO0FBVWhDLFNBQVMsY0FBYyxLQUFzQjtBQUNsRCxRQUFNLElBQUk7QUFDVixVQUFRLEdBQUcsTUFBTSxXQUFXLEdBQUcsV0FBVyxPQUFPLEdBQUcsR0FBRyxLQUFLO0FBQzlEO0FBRU8sU0FBUyxZQUFZLEtBQWMsUUFBZ0IsT0FBMEI7QUFDbEYsVUFBSSw4QkFBWSxHQUFHLEVBQUcsUUFBTztBQUM3QixRQUFNLElBQUk7QUFDVixRQUFNLFFBQVEsd0JBQXdCLE9BQU8sR0FBRyxLQUFLLE9BQU8sUUFBUTtBQUNwRSxVQUFRLEdBQUcsTUFBTTtBQUFBLElBQ2YsS0FBSztBQUNILGFBQU8sSUFBSSwyQkFBVSxnQkFBZ0IsS0FBSyw4REFBOEQsd0hBQXdILG9CQUFvQjtBQUFBLElBQ3RQLEtBQUs7QUFDSCxhQUFPLElBQUksMkJBQVUsZ0JBQWdCLEtBQUsscUVBQXFFLCtFQUErRSxvQkFBb0I7QUFBQSxJQUNwTixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxJQUFJLDJCQUFVLHdCQUF3QixLQUFLLEtBQUssb0hBQW9ILG1CQUFtQjtBQUFBLElBQ2hNLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLElBQUksMkJBQVUscUJBQXFCLEtBQUssbUJBQW1CLEtBQUssS0FBSyw2REFBNkQsYUFBYTtBQUFBLEVBQzFKO0FBQ0EsU0FBTyxJQUFJLDJCQUFVLEdBQUcsS0FBSyxpQkFBaUIsS0FBSyxLQUFLLGNBQWMsR0FBRyxDQUFDLElBQUkscURBQXFELGNBQWM7QUFDbko7QUFFTyxTQUFTLFdBQVcsS0FBdUI7QUFDaEQsU0FBUSxLQUFrQixlQUFlO0FBQzNDOyIsCiAgIm5hbWVzIjogW10KfQo=
