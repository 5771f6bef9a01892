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
var containers_exports = {};
__export(containers_exports, {
  cleanupContainers: () => cleanupContainers,
  listBuilderContainers: () => listBuilderContainers,
  saveBuilderState: () => saveBuilderState,
  splitRepoTag: () => splitRepoTag
});
module.exports = __toCommonJS(containers_exports);
var import_buildModel = require("../core/buildModel");
var import_userError = require("../core/userError");
var import_dockerErrors = require("./dockerErrors");
async function listBuilderContainers(engine) {
  try {
    const list = await engine.docker.listContainers({ all: true, filters: { label: [import_buildModel.LABEL_BUILD] } });
    return list.map((c) => ({
      id: c.Id,
      name: (c.Names?.[0] ?? "").replace(/^\//, ""),
      buildId: c.Labels?.[import_buildModel.LABEL_BUILD] ?? "",
      atom: c.Labels?.[import_buildModel.LABEL_ATOM] ?? "",
      state: c.State,
      image: c.Image
    }));
  } catch (e) {
    throw (0, import_dockerErrors.asUserError)(e, engine, "listing builder containers");
  }
}
async function cleanupContainers(engine, keepBuildIds = /* @__PURE__ */ new Set()) {
  const removed = [];
  for (const c of await listBuilderContainers(engine)) {
    if (keepBuildIds.has(c.buildId)) continue;
    try {
      await engine.docker.getContainer(c.id).remove({ force: true });
      removed.push(c);
    } catch (e) {
      if (!(0, import_dockerErrors.isNotFound)(e)) throw (0, import_dockerErrors.asUserError)(e, engine, `removing the builder container ${c.name}`);
    }
  }
  return removed;
}
async function saveBuilderState(engine, containerOrBuildId, repoTag) {
  const [repo, tag] = splitRepoTag(repoTag);
  const match = (await listBuilderContainers(engine)).find((c) => c.buildId === containerOrBuildId || c.id.startsWith(containerOrBuildId) || c.name === containerOrBuildId);
  if (!match) {
    throw new import_userError.UserError(
      `There is no builder container "${containerOrBuildId}" on ${engine.url} to save.`,
      "Builder containers are removed after a build; turn on ebuildBuilder.keepContainerOnFailure (or build with --keep), then save.",
      "no-such-container"
    );
  }
  try {
    const res = await engine.docker.getContainer(match.id).commit({ repo, tag, comment: `ebuild-builder state after ${match.atom}` });
    return res.Id ?? `${repo}:${tag}`;
  } catch (e) {
    throw (0, import_dockerErrors.asUserError)(e, engine, `saving ${match.name} as ${repoTag}`);
  }
}
function splitRepoTag(repoTag) {
  const at = repoTag.lastIndexOf(":");
  if (at > repoTag.lastIndexOf("/") && at > 0) return [repoTag.slice(0, at), repoTag.slice(at + 1)];
  return [repoTag, "latest"];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cleanupContainers,
  listBuilderContainers,
  saveBuilderState,
  splitRepoTag
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9jb250YWluZXJzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKiogQnVpbGRlciBjb250YWluZXJzIG9uIGFuIGVuZ2luZSwgZm91bmQgYnkgbGFiZWw6IGxlZnRvdmVycyB0byBjbGVhbiB1cCwgYW5kIHNhdmluZyBhIHdhcm1lZCBidWlsZGVyLiAqL1xuaW1wb3J0IHsgTEFCRUxfQVRPTSwgTEFCRUxfQlVJTEQgfSBmcm9tICcuLi9jb3JlL2J1aWxkTW9kZWwnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgYXNVc2VyRXJyb3IsIGlzTm90Rm91bmQgfSBmcm9tICcuL2RvY2tlckVycm9ycyc7XG5pbXBvcnQgdHlwZSB7IEVuZ2luZSB9IGZyb20gJy4vZW5naW5lJztcblxuZXhwb3J0IGludGVyZmFjZSBCdWlsZGVyQ29udGFpbmVyIHtcbiAgaWQ6IHN0cmluZztcbiAgbmFtZTogc3RyaW5nO1xuICBidWlsZElkOiBzdHJpbmc7XG4gIGF0b206IHN0cmluZztcbiAgc3RhdGU6IHN0cmluZztcbiAgaW1hZ2U6IHN0cmluZztcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGxpc3RCdWlsZGVyQ29udGFpbmVycyhlbmdpbmU6IEVuZ2luZSk6IFByb21pc2U8QnVpbGRlckNvbnRhaW5lcltdPiB7XG4gIHRyeSB7XG4gICAgY29uc3QgbGlzdCA9IGF3YWl0IGVuZ2luZS5kb2NrZXIubGlzdENvbnRhaW5lcnMoeyBhbGw6IHRydWUsIGZpbHRlcnM6IHsgbGFiZWw6IFtMQUJFTF9CVUlMRF0gfSB9KTtcbiAgICByZXR1cm4gbGlzdC5tYXAoKGMpID0+ICh7XG4gICAgICBpZDogYy5JZCxcbiAgICAgIG5hbWU6IChjLk5hbWVzPy5bMF0gPz8gJycpLnJlcGxhY2UoL15cXC8vLCAnJyksXG4gICAgICBidWlsZElkOiBjLkxhYmVscz8uW0xBQkVMX0JVSUxEXSA/PyAnJyxcbiAgICAgIGF0b206IGMuTGFiZWxzPy5bTEFCRUxfQVRPTV0gPz8gJycsXG4gICAgICBzdGF0ZTogYy5TdGF0ZSxcbiAgICAgIGltYWdlOiBjLkltYWdlLFxuICAgIH0pKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IGFzVXNlckVycm9yKGUsIGVuZ2luZSwgJ2xpc3RpbmcgYnVpbGRlciBjb250YWluZXJzJyk7XG4gIH1cbn1cblxuLyoqIFJlbW92ZXMgZXZlcnkgYnVpbGRlciBjb250YWluZXIgZXhjZXB0IHRob3NlIG9mIGBrZWVwQnVpbGRJZHNgIChidWlsZHMgdGhpcyBwcm9jZXNzIGlzIHJ1bm5pbmcpLiBSZXR1cm5zIGhvdyBtYW55IHdlbnQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2xlYW51cENvbnRhaW5lcnMoZW5naW5lOiBFbmdpbmUsIGtlZXBCdWlsZElkczogU2V0PHN0cmluZz4gPSBuZXcgU2V0KCkpOiBQcm9taXNlPEJ1aWxkZXJDb250YWluZXJbXT4ge1xuICBjb25zdCByZW1vdmVkOiBCdWlsZGVyQ29udGFpbmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCBjIG9mIGF3YWl0IGxpc3RCdWlsZGVyQ29udGFpbmVycyhlbmdpbmUpKSB7XG4gICAgaWYgKGtlZXBCdWlsZElkcy5oYXMoYy5idWlsZElkKSkgY29udGludWU7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IGVuZ2luZS5kb2NrZXIuZ2V0Q29udGFpbmVyKGMuaWQpLnJlbW92ZSh7IGZvcmNlOiB0cnVlIH0pO1xuICAgICAgcmVtb3ZlZC5wdXNoKGMpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICghaXNOb3RGb3VuZChlKSkgdGhyb3cgYXNVc2VyRXJyb3IoZSwgZW5naW5lLCBgcmVtb3ZpbmcgdGhlIGJ1aWxkZXIgY29udGFpbmVyICR7Yy5uYW1lfWApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcmVtb3ZlZDtcbn1cblxuLyoqXG4gKiBgZG9ja2VyIGNvbW1pdGAgb2YgYSBidWlsZGVyIGNvbnRhaW5lciAoa2VwdCBhZnRlciBhIGJ1aWxkKSwgYXMgdGhlIFNhYmF5b24gd29ya2Zsb3cgZG9lcyB0byBzYXZlIGEgd2FybWVkXG4gKiBidWlsZGVyOiBsYXRlciBidWlsZHMgY2FuIHVzZSBgcmVwb1RhZ2AgYXMgdGhlaXIgaW1hZ2UuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzYXZlQnVpbGRlclN0YXRlKGVuZ2luZTogRW5naW5lLCBjb250YWluZXJPckJ1aWxkSWQ6IHN0cmluZywgcmVwb1RhZzogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgW3JlcG8sIHRhZ10gPSBzcGxpdFJlcG9UYWcocmVwb1RhZyk7XG4gIGNvbnN0IG1hdGNoID0gKGF3YWl0IGxpc3RCdWlsZGVyQ29udGFpbmVycyhlbmdpbmUpKS5maW5kKChjKSA9PiBjLmJ1aWxkSWQgPT09IGNvbnRhaW5lck9yQnVpbGRJZCB8fCBjLmlkLnN0YXJ0c1dpdGgoY29udGFpbmVyT3JCdWlsZElkKSB8fCBjLm5hbWUgPT09IGNvbnRhaW5lck9yQnVpbGRJZCk7XG4gIGlmICghbWF0Y2gpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKFxuICAgICAgYFRoZXJlIGlzIG5vIGJ1aWxkZXIgY29udGFpbmVyIFwiJHtjb250YWluZXJPckJ1aWxkSWR9XCIgb24gJHtlbmdpbmUudXJsfSB0byBzYXZlLmAsXG4gICAgICAnQnVpbGRlciBjb250YWluZXJzIGFyZSByZW1vdmVkIGFmdGVyIGEgYnVpbGQ7IHR1cm4gb24gZWJ1aWxkQnVpbGRlci5rZWVwQ29udGFpbmVyT25GYWlsdXJlIChvciBidWlsZCB3aXRoIC0ta2VlcCksIHRoZW4gc2F2ZS4nLFxuICAgICAgJ25vLXN1Y2gtY29udGFpbmVyJyxcbiAgICApO1xuICB9XG4gIHRyeSB7XG4gICAgY29uc3QgcmVzID0gKGF3YWl0IGVuZ2luZS5kb2NrZXIuZ2V0Q29udGFpbmVyKG1hdGNoLmlkKS5jb21taXQoeyByZXBvLCB0YWcsIGNvbW1lbnQ6IGBlYnVpbGQtYnVpbGRlciBzdGF0ZSBhZnRlciAke21hdGNoLmF0b219YCB9KSkgYXMgeyBJZD86IHN0cmluZyB9O1xuICAgIHJldHVybiByZXMuSWQgPz8gYCR7cmVwb306JHt0YWd9YDtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IGFzVXNlckVycm9yKGUsIGVuZ2luZSwgYHNhdmluZyAke21hdGNoLm5hbWV9IGFzICR7cmVwb1RhZ31gKTtcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRSZXBvVGFnKHJlcG9UYWc6IHN0cmluZyk6IFtzdHJpbmcsIHN0cmluZ10ge1xuICBjb25zdCBhdCA9IHJlcG9UYWcubGFzdEluZGV4T2YoJzonKTtcbiAgaWYgKGF0ID4gcmVwb1RhZy5sYXN0SW5kZXhPZignLycpICYmIGF0ID4gMCkgcmV0dXJuIFtyZXBvVGFnLnNsaWNlKDAsIGF0KSwgcmVwb1RhZy5zbGljZShhdCArIDEpXTtcbiAgcmV0dXJuIFtyZXBvVGFnLCAnbGF0ZXN0J107XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0Esd0JBQXdDO0FBQ3hDLHVCQUEwQjtBQUMxQiwwQkFBd0M7QUFZeEMsZUFBc0Isc0JBQXNCLFFBQTZDO0FBQ3ZGLE1BQUk7QUFDRixVQUFNLE9BQU8sTUFBTSxPQUFPLE9BQU8sZUFBZSxFQUFFLEtBQUssTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLDZCQUFXLEVBQUUsRUFBRSxDQUFDO0FBQ2hHLFdBQU8sS0FBSyxJQUFJLENBQUMsT0FBTztBQUFBLE1BQ3RCLElBQUksRUFBRTtBQUFBLE1BQ04sT0FBTyxFQUFFLFFBQVEsQ0FBQyxLQUFLLElBQUksUUFBUSxPQUFPLEVBQUU7QUFBQSxNQUM1QyxTQUFTLEVBQUUsU0FBUyw2QkFBVyxLQUFLO0FBQUEsTUFDcEMsTUFBTSxFQUFFLFNBQVMsNEJBQVUsS0FBSztBQUFBLE1BQ2hDLE9BQU8sRUFBRTtBQUFBLE1BQ1QsT0FBTyxFQUFFO0FBQUEsSUFDWCxFQUFFO0FBQUEsRUFDSixTQUFTLEdBQUc7QUFDVixjQUFNLGlDQUFZLEdBQUcsUUFBUSw0QkFBNEI7QUFBQSxFQUMzRDtBQUNGO0FBR0EsZUFBc0Isa0JBQWtCLFFBQWdCLGVBQTRCLG9CQUFJLElBQUksR0FBZ0M7QUFDMUgsUUFBTSxVQUE4QixDQUFDO0FBQ3JDLGFBQVcsS0FBSyxNQUFNLHNCQUFzQixNQUFNLEdBQUc7QUFDbkQsUUFBSSxhQUFhLElBQUksRUFBRSxPQUFPLEVBQUc7QUFDakMsUUFBSTtBQUNGLFlBQU0sT0FBTyxPQUFPLGFBQWEsRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQzdELGNBQVEsS0FBSyxDQUFDO0FBQUEsSUFDaEIsU0FBUyxHQUFHO0FBQ1YsVUFBSSxLQUFDLGdDQUFXLENBQUMsRUFBRyxXQUFNLGlDQUFZLEdBQUcsUUFBUSxrQ0FBa0MsRUFBRSxJQUFJLEVBQUU7QUFBQSxJQUM3RjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFNQSxlQUFzQixpQkFBaUIsUUFBZ0Isb0JBQTRCLFNBQWtDO0FBQ25ILFFBQU0sQ0FBQyxNQUFNLEdBQUcsSUFBSSxhQUFhLE9BQU87QUFDeEMsUUFBTSxTQUFTLE1BQU0sc0JBQXNCLE1BQU0sR0FBRyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksc0JBQXNCLEVBQUUsR0FBRyxXQUFXLGtCQUFrQixLQUFLLEVBQUUsU0FBUyxrQkFBa0I7QUFDeEssTUFBSSxDQUFDLE9BQU87QUFDVixVQUFNLElBQUk7QUFBQSxNQUNSLGtDQUFrQyxrQkFBa0IsUUFBUSxPQUFPLEdBQUc7QUFBQSxNQUN0RTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLE1BQUk7QUFDRixVQUFNLE1BQU8sTUFBTSxPQUFPLE9BQU8sYUFBYSxNQUFNLEVBQUUsRUFBRSxPQUFPLEVBQUUsTUFBTSxLQUFLLFNBQVMsOEJBQThCLE1BQU0sSUFBSSxHQUFHLENBQUM7QUFDakksV0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJLElBQUksR0FBRztBQUFBLEVBQ2pDLFNBQVMsR0FBRztBQUNWLGNBQU0saUNBQVksR0FBRyxRQUFRLFVBQVUsTUFBTSxJQUFJLE9BQU8sT0FBTyxFQUFFO0FBQUEsRUFDbkU7QUFDRjtBQUVPLFNBQVMsYUFBYSxTQUFtQztBQUM5RCxRQUFNLEtBQUssUUFBUSxZQUFZLEdBQUc7QUFDbEMsTUFBSSxLQUFLLFFBQVEsWUFBWSxHQUFHLEtBQUssS0FBSyxFQUFHLFFBQU8sQ0FBQyxRQUFRLE1BQU0sR0FBRyxFQUFFLEdBQUcsUUFBUSxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQ2hHLFNBQU8sQ0FBQyxTQUFTLFFBQVE7QUFDM0I7IiwKICAibmFtZXMiOiBbXQp9Cg==
