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
var resources_exports = {};
__export(resources_exports, {
  LABEL_CACHE: () => LABEL_CACHE,
  LABEL_TREE: () => LABEL_TREE,
  ensureImage: () => ensureImage,
  ensureTreeSnapshot: () => ensureTreeSnapshot,
  ensureVolumes: () => ensureVolumes
});
module.exports = __toCommonJS(resources_exports);
var import_userError = require("../core/userError");
var import_dockerErrors = require("./dockerErrors");
const LABEL_CACHE = "ebuild-builder.cache";
const LABEL_TREE = "ebuild-builder.tree";
async function imageExists(docker, image) {
  try {
    await docker.getImage(image).inspect();
    return true;
  } catch (e) {
    if ((0, import_dockerErrors.isNotFound)(e)) return false;
    throw e;
  }
}
async function ensureImage(engine, image, emit) {
  const { docker } = engine;
  try {
    if (await imageExists(docker, image)) return;
  } catch (e) {
    throw (0, import_dockerErrors.asUserError)(e, engine, `looking for the image ${image}`);
  }
  emit({ type: "state", state: "pulling", detail: image });
  try {
    const stream = await docker.pull(image);
    await new Promise((resolve, reject) => {
      docker.modem.followProgress(
        stream,
        (err) => err ? reject(err) : resolve(),
        (p) => {
          if (p.error) reject(new Error(p.error));
          else emit({ type: "pull-progress", status: p.status ?? "", id: p.id, current: p.progressDetail?.current, total: p.progressDetail?.total });
        }
      );
    });
  } catch (e) {
    if (e.code && !e.statusCode) throw (0, import_dockerErrors.asUserError)(e, engine, `pulling ${image}`);
    throw new import_userError.UserError(
      `The image ${image} is not on the engine ${engine.url} and could not be pulled: ${(0, import_dockerErrors.engineMessage)(e)}`,
      "Check the image name (ebuildBuilder.images / --image), or load the image on that engine (`docker load`, `docker pull`) and build again.",
      "image-missing"
    );
  }
}
async function ensureVolumes(engine, names) {
  for (const name of names) {
    try {
      await engine.docker.getVolume(name).inspect();
    } catch (e) {
      if (!(0, import_dockerErrors.isNotFound)(e)) throw (0, import_dockerErrors.asUserError)(e, engine, `checking the cache volume ${name}`);
      try {
        await engine.docker.createVolume({ Name: name, Labels: { [LABEL_CACHE]: name } });
      } catch (e2) {
        throw (0, import_dockerErrors.asUserError)(e2, engine, `creating the cache volume ${name}`);
      }
    }
  }
}
async function ensureTreeSnapshot(engine, name, image, emit) {
  try {
    await engine.docker.getContainer(name).inspect();
    return;
  } catch (e) {
    if (!(0, import_dockerErrors.isNotFound)(e)) throw (0, import_dockerErrors.asUserError)(e, engine, `checking the tree snapshot ${name}`);
  }
  await ensureImage(engine, image, emit);
  try {
    await engine.docker.createContainer({
      name,
      Image: image,
      Cmd: ["/bin/true"],
      Volumes: { "/var/db/repos/gentoo": {} },
      Labels: { [LABEL_TREE]: image }
    });
  } catch (e) {
    if (e.statusCode !== 409) throw (0, import_dockerErrors.asUserError)(e, engine, `creating the tree snapshot from ${image}`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LABEL_CACHE,
  LABEL_TREE,
  ensureImage,
  ensureTreeSnapshot,
  ensureVolumes
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9yZXNvdXJjZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBXaGF0IGEgYnVpbGQgbmVlZHMgb24gdGhlIGVuZ2luZSBiZWZvcmUgaXQgY2FuIHN0YXJ0OiB0aGUgaW1hZ2UsIGNhY2hlIHZvbHVtZXMsIHRoZSB0cmVlIHNuYXBzaG90LiAqL1xuaW1wb3J0IHR5cGUgRG9ja2VyIGZyb20gJ2RvY2tlcm9kZSc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgdHlwZSB7IFJ1bkV2ZW50IH0gZnJvbSAnLi4vY29yZS9idWlsZFJ1bic7XG5pbXBvcnQgeyBhc1VzZXJFcnJvciwgZW5naW5lTWVzc2FnZSwgaXNOb3RGb3VuZCB9IGZyb20gJy4vZG9ja2VyRXJyb3JzJztcbmltcG9ydCB0eXBlIHsgRW5naW5lIH0gZnJvbSAnLi9lbmdpbmUnO1xuXG5leHBvcnQgY29uc3QgTEFCRUxfQ0FDSEUgPSAnZWJ1aWxkLWJ1aWxkZXIuY2FjaGUnO1xuZXhwb3J0IGNvbnN0IExBQkVMX1RSRUUgPSAnZWJ1aWxkLWJ1aWxkZXIudHJlZSc7XG5cbmFzeW5jIGZ1bmN0aW9uIGltYWdlRXhpc3RzKGRvY2tlcjogRG9ja2VyLCBpbWFnZTogc3RyaW5nKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIHRyeSB7XG4gICAgYXdhaXQgZG9ja2VyLmdldEltYWdlKGltYWdlKS5pbnNwZWN0KCk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoaXNOb3RGb3VuZChlKSkgcmV0dXJuIGZhbHNlO1xuICAgIHRocm93IGU7XG4gIH1cbn1cblxuLyoqIE1ha2VzIHN1cmUgYGltYWdlYCBpcyBvbiB0aGUgZW5naW5lLCBwdWxsaW5nIGl0IHdpdGggcHJvZ3Jlc3MgZXZlbnRzIHdoZW4gaXQgaXMgbm90LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGVuc3VyZUltYWdlKGVuZ2luZTogRW5naW5lLCBpbWFnZTogc3RyaW5nLCBlbWl0OiAoZTogUnVuRXZlbnQpID0+IHZvaWQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgeyBkb2NrZXIgfSA9IGVuZ2luZTtcbiAgdHJ5IHtcbiAgICBpZiAoYXdhaXQgaW1hZ2VFeGlzdHMoZG9ja2VyLCBpbWFnZSkpIHJldHVybjtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IGFzVXNlckVycm9yKGUsIGVuZ2luZSwgYGxvb2tpbmcgZm9yIHRoZSBpbWFnZSAke2ltYWdlfWApO1xuICB9XG4gIGVtaXQoeyB0eXBlOiAnc3RhdGUnLCBzdGF0ZTogJ3B1bGxpbmcnLCBkZXRhaWw6IGltYWdlIH0pO1xuICB0cnkge1xuICAgIGNvbnN0IHN0cmVhbSA9IGF3YWl0IGRvY2tlci5wdWxsKGltYWdlKTtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBkb2NrZXIubW9kZW0uZm9sbG93UHJvZ3Jlc3MoXG4gICAgICAgIHN0cmVhbSxcbiAgICAgICAgKGVycjogRXJyb3IgfCBudWxsKSA9PiAoZXJyID8gcmVqZWN0KGVycikgOiByZXNvbHZlKCkpLFxuICAgICAgICAocDogeyBzdGF0dXM/OiBzdHJpbmc7IGlkPzogc3RyaW5nOyBwcm9ncmVzc0RldGFpbD86IHsgY3VycmVudD86IG51bWJlcjsgdG90YWw/OiBudW1iZXIgfTsgZXJyb3I/OiBzdHJpbmcgfSkgPT4ge1xuICAgICAgICAgIGlmIChwLmVycm9yKSByZWplY3QobmV3IEVycm9yKHAuZXJyb3IpKTtcbiAgICAgICAgICBlbHNlIGVtaXQoeyB0eXBlOiAncHVsbC1wcm9ncmVzcycsIHN0YXR1czogcC5zdGF0dXMgPz8gJycsIGlkOiBwLmlkLCBjdXJyZW50OiBwLnByb2dyZXNzRGV0YWlsPy5jdXJyZW50LCB0b3RhbDogcC5wcm9ncmVzc0RldGFpbD8udG90YWwgfSk7XG4gICAgICAgIH0sXG4gICAgICApO1xuICAgIH0pO1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKChlIGFzIHsgY29kZT86IHN0cmluZyB9KS5jb2RlICYmICEoZSBhcyB7IHN0YXR1c0NvZGU/OiBudW1iZXIgfSkuc3RhdHVzQ29kZSkgdGhyb3cgYXNVc2VyRXJyb3IoZSwgZW5naW5lLCBgcHVsbGluZyAke2ltYWdlfWApO1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoXG4gICAgICBgVGhlIGltYWdlICR7aW1hZ2V9IGlzIG5vdCBvbiB0aGUgZW5naW5lICR7ZW5naW5lLnVybH0gYW5kIGNvdWxkIG5vdCBiZSBwdWxsZWQ6ICR7ZW5naW5lTWVzc2FnZShlKX1gLFxuICAgICAgJ0NoZWNrIHRoZSBpbWFnZSBuYW1lIChlYnVpbGRCdWlsZGVyLmltYWdlcyAvIC0taW1hZ2UpLCBvciBsb2FkIHRoZSBpbWFnZSBvbiB0aGF0IGVuZ2luZSAoYGRvY2tlciBsb2FkYCwgYGRvY2tlciBwdWxsYCkgYW5kIGJ1aWxkIGFnYWluLicsXG4gICAgICAnaW1hZ2UtbWlzc2luZycsXG4gICAgKTtcbiAgfVxufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZW5zdXJlVm9sdW1lcyhlbmdpbmU6IEVuZ2luZSwgbmFtZXM6IHN0cmluZ1tdKTogUHJvbWlzZTx2b2lkPiB7XG4gIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykge1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBlbmdpbmUuZG9ja2VyLmdldFZvbHVtZShuYW1lKS5pbnNwZWN0KCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKCFpc05vdEZvdW5kKGUpKSB0aHJvdyBhc1VzZXJFcnJvcihlLCBlbmdpbmUsIGBjaGVja2luZyB0aGUgY2FjaGUgdm9sdW1lICR7bmFtZX1gKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGF3YWl0IGVuZ2luZS5kb2NrZXIuY3JlYXRlVm9sdW1lKHsgTmFtZTogbmFtZSwgTGFiZWxzOiB7IFtMQUJFTF9DQUNIRV06IG5hbWUgfSB9KTtcbiAgICAgIH0gY2F0Y2ggKGUyKSB7XG4gICAgICAgIHRocm93IGFzVXNlckVycm9yKGUyLCBlbmdpbmUsIGBjcmVhdGluZyB0aGUgY2FjaGUgdm9sdW1lICR7bmFtZX1gKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cblxuLyoqXG4gKiBUaGUgR2VudG9vIHRyZWUgYXMgaW4gR2VudG9vJ3MgZG9jczogYSBuZXZlci1zdGFydGVkIGNvbnRhaW5lciBvZiB0aGUgc25hcHNob3QgaW1hZ2Ugd2hvc2Ugdm9sdW1lXG4gKiAoL3Zhci9kYi9yZXBvcy9nZW50b28pIGJ1aWxkZXJzIG1vdW50IHdpdGggLS12b2x1bWVzLWZyb20uXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBlbnN1cmVUcmVlU25hcHNob3QoZW5naW5lOiBFbmdpbmUsIG5hbWU6IHN0cmluZywgaW1hZ2U6IHN0cmluZywgZW1pdDogKGU6IFJ1bkV2ZW50KSA9PiB2b2lkKTogUHJvbWlzZTx2b2lkPiB7XG4gIHRyeSB7XG4gICAgYXdhaXQgZW5naW5lLmRvY2tlci5nZXRDb250YWluZXIobmFtZSkuaW5zcGVjdCgpO1xuICAgIHJldHVybjtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICghaXNOb3RGb3VuZChlKSkgdGhyb3cgYXNVc2VyRXJyb3IoZSwgZW5naW5lLCBgY2hlY2tpbmcgdGhlIHRyZWUgc25hcHNob3QgJHtuYW1lfWApO1xuICB9XG4gIGF3YWl0IGVuc3VyZUltYWdlKGVuZ2luZSwgaW1hZ2UsIGVtaXQpO1xuICB0cnkge1xuICAgIGF3YWl0IGVuZ2luZS5kb2NrZXIuY3JlYXRlQ29udGFpbmVyKHtcbiAgICAgIG5hbWUsXG4gICAgICBJbWFnZTogaW1hZ2UsXG4gICAgICBDbWQ6IFsnL2Jpbi90cnVlJ10sXG4gICAgICBWb2x1bWVzOiB7ICcvdmFyL2RiL3JlcG9zL2dlbnRvbyc6IHt9IH0sXG4gICAgICBMYWJlbHM6IHsgW0xBQkVMX1RSRUVdOiBpbWFnZSB9LFxuICAgIH0pO1xuICB9IGNhdGNoIChlKSB7XG4gICAgLy8gVHdvIGJ1aWxkcyByYWNpbmcgdG8gY3JlYXRlIGl0OiB0aGUgb3RoZXIgb25lIHdvbiwgd2hpY2ggaXMgZmluZS5cbiAgICBpZiAoKGUgYXMgeyBzdGF0dXNDb2RlPzogbnVtYmVyIH0pLnN0YXR1c0NvZGUgIT09IDQwOSkgdGhyb3cgYXNVc2VyRXJyb3IoZSwgZW5naW5lLCBgY3JlYXRpbmcgdGhlIHRyZWUgc25hcHNob3QgZnJvbSAke2ltYWdlfWApO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFFQSx1QkFBMEI7QUFFMUIsMEJBQXVEO0FBR2hELE1BQU0sY0FBYztBQUNwQixNQUFNLGFBQWE7QUFFMUIsZUFBZSxZQUFZLFFBQWdCLE9BQWlDO0FBQzFFLE1BQUk7QUFDRixVQUFNLE9BQU8sU0FBUyxLQUFLLEVBQUUsUUFBUTtBQUNyQyxXQUFPO0FBQUEsRUFDVCxTQUFTLEdBQUc7QUFDVixZQUFJLGdDQUFXLENBQUMsRUFBRyxRQUFPO0FBQzFCLFVBQU07QUFBQSxFQUNSO0FBQ0Y7QUFHQSxlQUFzQixZQUFZLFFBQWdCLE9BQWUsTUFBNEM7QUFDM0csUUFBTSxFQUFFLE9BQU8sSUFBSTtBQUNuQixNQUFJO0FBQ0YsUUFBSSxNQUFNLFlBQVksUUFBUSxLQUFLLEVBQUc7QUFBQSxFQUN4QyxTQUFTLEdBQUc7QUFDVixjQUFNLGlDQUFZLEdBQUcsUUFBUSx5QkFBeUIsS0FBSyxFQUFFO0FBQUEsRUFDL0Q7QUFDQSxPQUFLLEVBQUUsTUFBTSxTQUFTLE9BQU8sV0FBVyxRQUFRLE1BQU0sQ0FBQztBQUN2RCxNQUFJO0FBQ0YsVUFBTSxTQUFTLE1BQU0sT0FBTyxLQUFLLEtBQUs7QUFDdEMsVUFBTSxJQUFJLFFBQWMsQ0FBQyxTQUFTLFdBQVc7QUFDM0MsYUFBTyxNQUFNO0FBQUEsUUFDWDtBQUFBLFFBQ0EsQ0FBQyxRQUF1QixNQUFNLE9BQU8sR0FBRyxJQUFJLFFBQVE7QUFBQSxRQUNwRCxDQUFDLE1BQStHO0FBQzlHLGNBQUksRUFBRSxNQUFPLFFBQU8sSUFBSSxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQUEsY0FDakMsTUFBSyxFQUFFLE1BQU0saUJBQWlCLFFBQVEsRUFBRSxVQUFVLElBQUksSUFBSSxFQUFFLElBQUksU0FBUyxFQUFFLGdCQUFnQixTQUFTLE9BQU8sRUFBRSxnQkFBZ0IsTUFBTSxDQUFDO0FBQUEsUUFDM0k7QUFBQSxNQUNGO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSCxTQUFTLEdBQUc7QUFDVixRQUFLLEVBQXdCLFFBQVEsQ0FBRSxFQUE4QixXQUFZLFdBQU0saUNBQVksR0FBRyxRQUFRLFdBQVcsS0FBSyxFQUFFO0FBQ2hJLFVBQU0sSUFBSTtBQUFBLE1BQ1IsYUFBYSxLQUFLLHlCQUF5QixPQUFPLEdBQUcsaUNBQTZCLG1DQUFjLENBQUMsQ0FBQztBQUFBLE1BQ2xHO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxlQUFzQixjQUFjLFFBQWdCLE9BQWdDO0FBQ2xGLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLE9BQU8sT0FBTyxVQUFVLElBQUksRUFBRSxRQUFRO0FBQUEsSUFDOUMsU0FBUyxHQUFHO0FBQ1YsVUFBSSxLQUFDLGdDQUFXLENBQUMsRUFBRyxXQUFNLGlDQUFZLEdBQUcsUUFBUSw2QkFBNkIsSUFBSSxFQUFFO0FBQ3BGLFVBQUk7QUFDRixjQUFNLE9BQU8sT0FBTyxhQUFhLEVBQUUsTUFBTSxNQUFNLFFBQVEsRUFBRSxDQUFDLFdBQVcsR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQ2xGLFNBQVMsSUFBSTtBQUNYLGtCQUFNLGlDQUFZLElBQUksUUFBUSw2QkFBNkIsSUFBSSxFQUFFO0FBQUEsTUFDbkU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBTUEsZUFBc0IsbUJBQW1CLFFBQWdCLE1BQWMsT0FBZSxNQUE0QztBQUNoSSxNQUFJO0FBQ0YsVUFBTSxPQUFPLE9BQU8sYUFBYSxJQUFJLEVBQUUsUUFBUTtBQUMvQztBQUFBLEVBQ0YsU0FBUyxHQUFHO0FBQ1YsUUFBSSxLQUFDLGdDQUFXLENBQUMsRUFBRyxXQUFNLGlDQUFZLEdBQUcsUUFBUSw4QkFBOEIsSUFBSSxFQUFFO0FBQUEsRUFDdkY7QUFDQSxRQUFNLFlBQVksUUFBUSxPQUFPLElBQUk7QUFDckMsTUFBSTtBQUNGLFVBQU0sT0FBTyxPQUFPLGdCQUFnQjtBQUFBLE1BQ2xDO0FBQUEsTUFDQSxPQUFPO0FBQUEsTUFDUCxLQUFLLENBQUMsV0FBVztBQUFBLE1BQ2pCLFNBQVMsRUFBRSx3QkFBd0IsQ0FBQyxFQUFFO0FBQUEsTUFDdEMsUUFBUSxFQUFFLENBQUMsVUFBVSxHQUFHLE1BQU07QUFBQSxJQUNoQyxDQUFDO0FBQUEsRUFDSCxTQUFTLEdBQUc7QUFFVixRQUFLLEVBQThCLGVBQWUsSUFBSyxXQUFNLGlDQUFZLEdBQUcsUUFBUSxtQ0FBbUMsS0FBSyxFQUFFO0FBQUEsRUFDaEk7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
