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
var emergeFixtureHelpers_exports = {};
__export(emergeFixtureHelpers_exports, {
  FIXTURES: () => FIXTURES,
  fixtureFiles: () => fixtureFiles,
  matches: () => matches,
  withoutPosition: () => withoutPosition
});
module.exports = __toCommonJS(emergeFixtureHelpers_exports);
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
const FIXTURES = (0, import_node_path.join)(__dirname, "..", "..", "..", "test", "fixtures");
function fixtureFiles() {
  const list = (d) => (0, import_node_fs.readdirSync)((0, import_node_path.join)(FIXTURES, d)).filter((f) => /\.(txt|log)$/.test(f)).sort().map((f) => `${d}/${f}`);
  return [...list("emerge"), ...list("portage/outputs"), ...list("portage/build-logs")];
}
function matches(actual, expected) {
  if (expected === null || typeof expected !== "object") return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (actual === null || typeof actual !== "object") return false;
  return Object.entries(expected).every(([k, v]) => matches(actual[k], v));
}
function withoutPosition(events) {
  return events.map((e) => {
    const { inputLine: _n, stream: _s, ...rest } = e;
    return rest;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FIXTURES,
  fixtureFiles,
  matches,
  withoutPosition
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC91bml0L2VtZXJnZUZpeHR1cmVIZWxwZXJzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogU2hhcmVkIGJ5IHRoZSBlbWVyZ2UgcGFyc2VyIHRlc3RzOiBmaXh0dXJlIHBhdGhzIGFuZCBhIGRlZXAgcGFydGlhbCBtYXRjaGVyLiAqL1xuaW1wb3J0IHsgcmVhZGRpclN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHR5cGUgeyBFbWVyZ2VFdmVudCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2VtZXJnZSc7XG5cbmV4cG9ydCBjb25zdCBGSVhUVVJFUyA9IGpvaW4oX19kaXJuYW1lLCAnLi4nLCAnLi4nLCAnLi4nLCAndGVzdCcsICdmaXh0dXJlcycpO1xuXG4vKiogRXZlcnkgZW1lcmdlIG91dHB1dCBmaXh0dXJlOiB0aGUgdXNlciBwYXN0ZXMsIHRoZSByZWFsIFBvcnRhZ2UgY2FwdHVyZXMgYW5kIHRoZSBidWlsZCBsb2dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpeHR1cmVGaWxlcygpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGxpc3QgPSAoZDogc3RyaW5nKTogc3RyaW5nW10gPT4gcmVhZGRpclN5bmMoam9pbihGSVhUVVJFUywgZCkpLmZpbHRlcigoZikgPT4gL1xcLih0eHR8bG9nKSQvLnRlc3QoZikpLnNvcnQoKS5tYXAoKGYpID0+IGAke2R9LyR7Zn1gKTtcbiAgcmV0dXJuIFsuLi5saXN0KCdlbWVyZ2UnKSwgLi4ubGlzdCgncG9ydGFnZS9vdXRwdXRzJyksIC4uLmxpc3QoJ3BvcnRhZ2UvYnVpbGQtbG9ncycpXTtcbn1cblxuLyoqIFRydWUgd2hlbiBgYWN0dWFsYCBoYXMgZXZlcnkgZmllbGQgb2YgYGV4cGVjdGVkYCAob2JqZWN0cyByZWN1cnNpdmVseTsgYXJyYXlzIGVsZW1lbnQtd2lzZSwgc2FtZSBsZW5ndGgpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hdGNoZXMoYWN0dWFsOiB1bmtub3duLCBleHBlY3RlZDogdW5rbm93bik6IGJvb2xlYW4ge1xuICBpZiAoZXhwZWN0ZWQgPT09IG51bGwgfHwgdHlwZW9mIGV4cGVjdGVkICE9PSAnb2JqZWN0JykgcmV0dXJuIE9iamVjdC5pcyhhY3R1YWwsIGV4cGVjdGVkKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoZXhwZWN0ZWQpKSB7XG4gICAgcmV0dXJuIEFycmF5LmlzQXJyYXkoYWN0dWFsKSAmJiBhY3R1YWwubGVuZ3RoID09PSBleHBlY3RlZC5sZW5ndGggJiYgZXhwZWN0ZWQuZXZlcnkoKGUsIGkpID0+IG1hdGNoZXMoYWN0dWFsW2ldLCBlKSk7XG4gIH1cbiAgaWYgKGFjdHVhbCA9PT0gbnVsbCB8fCB0eXBlb2YgYWN0dWFsICE9PSAnb2JqZWN0JykgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMoZXhwZWN0ZWQpLmV2ZXJ5KChbaywgdl0pID0+IG1hdGNoZXMoKGFjdHVhbCBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba10sIHYpKTtcbn1cblxuLyoqIEV2ZW50cyB3aXRob3V0IHRoZWlyIGlucHV0IHBvc2l0aW9uLCBmb3IgY29tcGFyaW5nIHRoZSBzYW1lIG91dHB1dCBjYXB0dXJlZCBkaWZmZXJlbnQgd2F5cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRob3V0UG9zaXRpb24oZXZlbnRzOiBFbWVyZ2VFdmVudFtdKTogdW5rbm93bltdIHtcbiAgcmV0dXJuIGV2ZW50cy5tYXAoKGUpID0+IHtcbiAgICBjb25zdCB7IGlucHV0TGluZTogX24sIHN0cmVhbTogX3MsIC4uLnJlc3QgfSA9IGU7XG4gICAgcmV0dXJuIHJlc3Q7XG4gIH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHFCQUE0QjtBQUM1Qix1QkFBcUI7QUFHZCxNQUFNLGVBQVcsdUJBQUssV0FBVyxNQUFNLE1BQU0sTUFBTSxRQUFRLFVBQVU7QUFHckUsU0FBUyxlQUF5QjtBQUN2QyxRQUFNLE9BQU8sQ0FBQyxVQUF3QixnQ0FBWSx1QkFBSyxVQUFVLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLGVBQWUsS0FBSyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFO0FBQ3hJLFNBQU8sQ0FBQyxHQUFHLEtBQUssUUFBUSxHQUFHLEdBQUcsS0FBSyxpQkFBaUIsR0FBRyxHQUFHLEtBQUssb0JBQW9CLENBQUM7QUFDdEY7QUFHTyxTQUFTLFFBQVEsUUFBaUIsVUFBNEI7QUFDbkUsTUFBSSxhQUFhLFFBQVEsT0FBTyxhQUFhLFNBQVUsUUFBTyxPQUFPLEdBQUcsUUFBUSxRQUFRO0FBQ3hGLE1BQUksTUFBTSxRQUFRLFFBQVEsR0FBRztBQUMzQixXQUFPLE1BQU0sUUFBUSxNQUFNLEtBQUssT0FBTyxXQUFXLFNBQVMsVUFBVSxTQUFTLE1BQU0sQ0FBQyxHQUFHLE1BQU0sUUFBUSxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNySDtBQUNBLE1BQUksV0FBVyxRQUFRLE9BQU8sV0FBVyxTQUFVLFFBQU87QUFDMUQsU0FBTyxPQUFPLFFBQVEsUUFBUSxFQUFFLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLFFBQVMsT0FBbUMsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUN0RztBQUdPLFNBQVMsZ0JBQWdCLFFBQWtDO0FBQ2hFLFNBQU8sT0FBTyxJQUFJLENBQUMsTUFBTTtBQUN2QixVQUFNLEVBQUUsV0FBVyxJQUFJLFFBQVEsSUFBSSxHQUFHLEtBQUssSUFBSTtBQUMvQyxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0g7IiwKICAibmFtZXMiOiBbXQp9Cg==
