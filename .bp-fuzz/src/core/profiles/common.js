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
var common_exports = {};
__export(common_exports, {
  baseSpecFields: () => baseSpecFields,
  buildLabels: () => buildLabels,
  cacheVolume: () => cacheVolume,
  sourcesOfKind: () => sourcesOfKind,
  userEnv: () => userEnv
});
module.exports = __toCommonJS(common_exports);
var path = __toESM(require("node:path"));
var import_buildModel = require("../buildModel");
function buildLabels(request, buildId) {
  return {
    [import_buildModel.LABEL_BUILD]: buildId,
    [import_buildModel.LABEL_ATOM]: request.atom,
    [import_buildModel.LABEL_WORKSPACE]: request.workspaceFolder,
    [import_buildModel.LABEL_PROFILE]: request.profile
  };
}
function cacheVolume(family, purpose) {
  return `ebuild-builder-${family}-${purpose}`;
}
function sourcesOfKind(request, kind) {
  return request.overrides.sources.filter((s) => s.kind === kind).map((source) => {
    const rel = path.relative(request.overrides.root, source.path).split(path.sep);
    return { source, relative: source.isDirectory ? rel.slice(1).join("/") : rel[0] };
  });
}
function userEnv(config, request) {
  return { ...config.env, ...request.env };
}
function baseSpecFields(config) {
  return { tty: config.tty, network: config.network || void 0 };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  baseSpecFields,
  buildLabels,
  cacheVolume,
  sourcesOfKind,
  userEnv
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvZmlsZXMvY29tbW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogUGllY2VzIGV2ZXJ5IGJ1aWxkZXIgcHJvZmlsZSBzaGFyZXM6IGxhYmVscywgY2FjaGUgdm9sdW1lcywgb3ZlcnJpZGUgc291cmNlcyBieSBjb250YWluZXIgcGF0aC4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuLi9idWlsZENvbmZpZyc7XG5pbXBvcnQgeyBMQUJFTF9BVE9NLCBMQUJFTF9CVUlMRCwgTEFCRUxfUFJPRklMRSwgTEFCRUxfV09SS1NQQUNFLCB0eXBlIEJ1aWxkUmVxdWVzdCwgdHlwZSBPdmVycmlkZUtpbmQsIHR5cGUgT3ZlcnJpZGVTb3VyY2UgfSBmcm9tICcuLi9idWlsZE1vZGVsJztcblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkTGFiZWxzKHJlcXVlc3Q6IEJ1aWxkUmVxdWVzdCwgYnVpbGRJZDogc3RyaW5nKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gIHJldHVybiB7XG4gICAgW0xBQkVMX0JVSUxEXTogYnVpbGRJZCxcbiAgICBbTEFCRUxfQVRPTV06IHJlcXVlc3QuYXRvbSxcbiAgICBbTEFCRUxfV09SS1NQQUNFXTogcmVxdWVzdC53b3Jrc3BhY2VGb2xkZXIsXG4gICAgW0xBQkVMX1BST0ZJTEVdOiByZXF1ZXN0LnByb2ZpbGUsXG4gIH07XG59XG5cbi8qKiBOYW1lZCBjYWNoZSB2b2x1bWVzOiBvbmUgcGVyIHByb2ZpbGUgZmFtaWx5IGFuZCBwdXJwb3NlLCBzaGFyZWQgYnkgZXZlcnkgd29ya3NwYWNlIG9mIHRoaXMgbWFjaGluZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjYWNoZVZvbHVtZShmYW1pbHk6IHN0cmluZywgcHVycG9zZTogJ2Rpc3RmaWxlcycgfCAnYmlucGtncycgfCAnY2NhY2hlJyB8ICdlbnRyb3B5Jyk6IHN0cmluZyB7XG4gIHJldHVybiBgZWJ1aWxkLWJ1aWxkZXItJHtmYW1pbHl9LSR7cHVycG9zZX1gO1xufVxuXG4vKiogVGhlIHNvdXJjZXMgb2Ygb25lIGtpbmQsIGVhY2ggd2l0aCBpdHMgcGF0aCBiZWxvdyBgcGFja2FnZS48a2luZD4vYCAoYSBmaWxlIHNvdXJjZTogaXRzIG93biBuYW1lKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzb3VyY2VzT2ZLaW5kKHJlcXVlc3Q6IEJ1aWxkUmVxdWVzdCwga2luZDogT3ZlcnJpZGVLaW5kKTogeyBzb3VyY2U6IE92ZXJyaWRlU291cmNlOyByZWxhdGl2ZTogc3RyaW5nIH1bXSB7XG4gIHJldHVybiByZXF1ZXN0Lm92ZXJyaWRlcy5zb3VyY2VzXG4gICAgLmZpbHRlcigocykgPT4gcy5raW5kID09PSBraW5kKVxuICAgIC5tYXAoKHNvdXJjZSkgPT4ge1xuICAgICAgY29uc3QgcmVsID0gcGF0aC5yZWxhdGl2ZShyZXF1ZXN0Lm92ZXJyaWRlcy5yb290LCBzb3VyY2UucGF0aCkuc3BsaXQocGF0aC5zZXApO1xuICAgICAgcmV0dXJuIHsgc291cmNlLCByZWxhdGl2ZTogc291cmNlLmlzRGlyZWN0b3J5ID8gcmVsLnNsaWNlKDEpLmpvaW4oJy8nKSA6IHJlbFswXSB9O1xuICAgIH0pO1xufVxuXG4vKiogVGhlIHVzZXIncyBGRUFUVVJFUyBhbmQgQlVJTERFUl9KT0JTIGV0Yy46IG9ubHkgd2hhdCB0aGUgdXNlciBzZXQsIG5ldmVyIGhhcmQtY29kZWQgZGVmYXVsdHMuICovXG5leHBvcnQgZnVuY3Rpb24gdXNlckVudihjb25maWc6IEJ1aWxkQ29uZmlnLCByZXF1ZXN0OiBCdWlsZFJlcXVlc3QpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgcmV0dXJuIHsgLi4uY29uZmlnLmVudiwgLi4ucmVxdWVzdC5lbnYgfTtcbn1cblxuLyoqIGB0dHlgIG9uOiBQb3J0YWdlIGNvbG91cnM7IGBOT0NPTE9SYCBpcyBsZWZ0IHRvIHRoZSB1c2VyIChgZW52YCkuICovXG5leHBvcnQgZnVuY3Rpb24gYmFzZVNwZWNGaWVsZHMoY29uZmlnOiBCdWlsZENvbmZpZyk6IHsgdHR5OiBib29sZWFuOyBuZXR3b3JrPzogc3RyaW5nIH0ge1xuICByZXR1cm4geyB0dHk6IGNvbmZpZy50dHksIG5ldHdvcms6IGNvbmZpZy5uZXR3b3JrIHx8IHVuZGVmaW5lZCB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLFdBQXNCO0FBRXRCLHdCQUFtSTtBQUU1SCxTQUFTLFlBQVksU0FBdUIsU0FBeUM7QUFDMUYsU0FBTztBQUFBLElBQ0wsQ0FBQyw2QkFBVyxHQUFHO0FBQUEsSUFDZixDQUFDLDRCQUFVLEdBQUcsUUFBUTtBQUFBLElBQ3RCLENBQUMsaUNBQWUsR0FBRyxRQUFRO0FBQUEsSUFDM0IsQ0FBQywrQkFBYSxHQUFHLFFBQVE7QUFBQSxFQUMzQjtBQUNGO0FBR08sU0FBUyxZQUFZLFFBQWdCLFNBQWlFO0FBQzNHLFNBQU8sa0JBQWtCLE1BQU0sSUFBSSxPQUFPO0FBQzVDO0FBR08sU0FBUyxjQUFjLFNBQXVCLE1BQW9FO0FBQ3ZILFNBQU8sUUFBUSxVQUFVLFFBQ3RCLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJLEVBQzdCLElBQUksQ0FBQyxXQUFXO0FBQ2YsVUFBTSxNQUFNLEtBQUssU0FBUyxRQUFRLFVBQVUsTUFBTSxPQUFPLElBQUksRUFBRSxNQUFNLEtBQUssR0FBRztBQUM3RSxXQUFPLEVBQUUsUUFBUSxVQUFVLE9BQU8sY0FBYyxJQUFJLE1BQU0sQ0FBQyxFQUFFLEtBQUssR0FBRyxJQUFJLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDbEYsQ0FBQztBQUNMO0FBR08sU0FBUyxRQUFRLFFBQXFCLFNBQStDO0FBQzFGLFNBQU8sRUFBRSxHQUFHLE9BQU8sS0FBSyxHQUFHLFFBQVEsSUFBSTtBQUN6QztBQUdPLFNBQVMsZUFBZSxRQUF5RDtBQUN0RixTQUFPLEVBQUUsS0FBSyxPQUFPLEtBQUssU0FBUyxPQUFPLFdBQVcsT0FBVTtBQUNqRTsiLAogICJuYW1lcyI6IFtdCn0K
