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
var standins_exports = {};
__export(standins_exports, {
  CLI: () => CLI,
  ROOT: () => ROOT,
  SAMPLE_OVERLAY: () => SAMPLE_OVERLAY,
  STANDIN: () => STANDIN,
  builderContainers: () => builderContainers,
  docker: () => docker,
  runCli: () => runCli,
  sampleWorkspace: () => sampleWorkspace,
  sh: () => sh,
  standinConfig: () => standinConfig,
  standinEnv: () => standinEnv
});
module.exports = __toCommonJS(standins_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var path = __toESM(require("node:path"));
var import_node_util = require("node:util");
var import_dockerode = __toESM(require("dockerode"));
var import_buildConfig = require("../../src/core/buildConfig");
var import_buildModel = require("../../src/core/buildModel");
const ROOT = path.resolve(__dirname, "..", "..", "..");
const SAMPLE_OVERLAY = path.join(ROOT, "examples", "overlay");
const CLI = path.join(ROOT, "dist", "cli.js");
const STANDIN = {
  sabayon: "ebuild-builder/standin-sabayon:test",
  gentoo: "ebuild-builder/standin-gentoo:test",
  portage: "ebuild-builder/standin-portage:test"
};
function docker() {
  return new import_dockerode.default({ socketPath: "/var/run/docker.sock", host: void 0 });
}
function standinConfig(over = {}, lineDelay = "0") {
  return {
    ...import_buildConfig.DEFAULT_BUILD_CONFIG,
    images: { sabayon: STANDIN.sabayon, gentoo: STANDIN.gentoo },
    gentooTree: `volume:${STANDIN.portage}`,
    network: "none",
    caches: { distfiles: false, binpkgs: false, ccache: false },
    env: { STANDIN_LINE_DELAY: lineDelay },
    stopGraceSeconds: 2,
    ...over
  };
}
function standinEnv(lineDelay = "0") {
  return {
    ...process.env,
    EBUILD_BUILDER_IMAGE_SABAYON: STANDIN.sabayon,
    EBUILD_BUILDER_IMAGE_GENTOO: STANDIN.gentoo,
    EBUILD_BUILDER_GENTOO_TREE: `volume:${STANDIN.portage}`,
    EBUILD_BUILDER_NETWORK: "none",
    STANDIN_LINE_DELAY: lineDelay
  };
}
function sampleWorkspace(name = "ws") {
  const dir = (0, import_node_fs.realpathSync)((0, import_node_fs.mkdtempSync)(path.join((0, import_node_os.tmpdir)(), "eb-it-")));
  const ws = path.join(dir, name);
  (0, import_node_fs.cpSync)(SAMPLE_OVERLAY, ws, { recursive: true });
  return ws;
}
function runCli(args, opts) {
  return new Promise((resolve) => {
    const child = (0, import_node_child_process.spawn)(process.execPath, [CLI, ...args], { cwd: opts.cwd, env: opts.env ?? standinEnv(), uid: opts.uid });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d);
    child.stderr.on("data", (d) => stderr += d);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
async function builderContainers() {
  return docker().listContainers({ all: true, filters: { label: [import_buildModel.LABEL_BUILD] } });
}
const sh = (0, import_node_util.promisify)(import_node_child_process.execFile);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CLI,
  ROOT,
  SAMPLE_OVERLAY,
  STANDIN,
  builderContainers,
  docker,
  runCli,
  sampleWorkspace,
  sh,
  standinConfig,
  standinEnv
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9zdGFuZGlucy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBTaGFyZWQgc2V0LXVwIGZvciB0ZXN0cyBhZ2FpbnN0IHRoZSByZWFsIGRvY2tlcmQgd2l0aCB0aGUgc3RhbmQtaW4gYnVpbGRlciBpbWFnZXNcbiAqICh0ZXN0L3N0YW5kaW5zL1JFQURNRS5tZDogdGhleSBzdGFuZCBpbiBmb3IgUG9ydGFnZSwgZXZlcnl0aGluZyBhcm91bmQgdGhlbSBpcyByZWFsKS5cbiAqL1xuaW1wb3J0IHsgZXhlY0ZpbGUsIHNwYXduIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGNwU3luYywgbWtkdGVtcFN5bmMsIHJlYWxwYXRoU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBwcm9taXNpZnkgfSBmcm9tICdub2RlOnV0aWwnO1xuaW1wb3J0IERvY2tlciBmcm9tICdkb2NrZXJvZGUnO1xuaW1wb3J0IHsgREVGQVVMVF9CVUlMRF9DT05GSUcsIHR5cGUgQnVpbGRDb25maWcgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9idWlsZENvbmZpZyc7XG5pbXBvcnQgeyBMQUJFTF9CVUlMRCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL2J1aWxkTW9kZWwnO1xuXG5leHBvcnQgY29uc3QgUk9PVCA9IHBhdGgucmVzb2x2ZShfX2Rpcm5hbWUsICcuLicsICcuLicsICcuLicpO1xuZXhwb3J0IGNvbnN0IFNBTVBMRV9PVkVSTEFZID0gcGF0aC5qb2luKFJPT1QsICdleGFtcGxlcycsICdvdmVybGF5Jyk7XG5leHBvcnQgY29uc3QgQ0xJID0gcGF0aC5qb2luKFJPT1QsICdkaXN0JywgJ2NsaS5qcycpO1xuZXhwb3J0IGNvbnN0IFNUQU5ESU4gPSB7XG4gIHNhYmF5b246ICdlYnVpbGQtYnVpbGRlci9zdGFuZGluLXNhYmF5b246dGVzdCcsXG4gIGdlbnRvbzogJ2VidWlsZC1idWlsZGVyL3N0YW5kaW4tZ2VudG9vOnRlc3QnLFxuICBwb3J0YWdlOiAnZWJ1aWxkLWJ1aWxkZXIvc3RhbmRpbi1wb3J0YWdlOnRlc3QnLFxufTtcblxuZXhwb3J0IGZ1bmN0aW9uIGRvY2tlcigpOiBEb2NrZXIge1xuICByZXR1cm4gbmV3IERvY2tlcih7IHNvY2tldFBhdGg6ICcvdmFyL3J1bi9kb2NrZXIuc29jaycsIGhvc3Q6IHVuZGVmaW5lZCB9IGFzIERvY2tlci5Eb2NrZXJPcHRpb25zKTtcbn1cblxuLyoqIFNldHRpbmdzIHRoYXQgcG9pbnQgdGhlIHJlYWwgcHJvZmlsZXMgYXQgdGhlIHN0YW5kLWlucyAob2ZmbGluZTogbm8gbmV0d29yaywgbm8gSHViKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFuZGluQ29uZmlnKG92ZXI6IFBhcnRpYWw8QnVpbGRDb25maWc+ID0ge30sIGxpbmVEZWxheSA9ICcwJyk6IEJ1aWxkQ29uZmlnIHtcbiAgcmV0dXJuIHtcbiAgICAuLi5ERUZBVUxUX0JVSUxEX0NPTkZJRyxcbiAgICBpbWFnZXM6IHsgc2FiYXlvbjogU1RBTkRJTi5zYWJheW9uLCBnZW50b286IFNUQU5ESU4uZ2VudG9vIH0sXG4gICAgZ2VudG9vVHJlZTogYHZvbHVtZToke1NUQU5ESU4ucG9ydGFnZX1gLFxuICAgIG5ldHdvcms6ICdub25lJyxcbiAgICBjYWNoZXM6IHsgZGlzdGZpbGVzOiBmYWxzZSwgYmlucGtnczogZmFsc2UsIGNjYWNoZTogZmFsc2UgfSxcbiAgICBlbnY6IHsgU1RBTkRJTl9MSU5FX0RFTEFZOiBsaW5lRGVsYXkgfSxcbiAgICBzdG9wR3JhY2VTZWNvbmRzOiAyLFxuICAgIC4uLm92ZXIsXG4gIH07XG59XG5cbi8qKiBUaGUgc2FtZSwgYXMgZW52IGZvciB0aGUgQ0xJICh3aGF0IHRoZSBSRUFETUUncyBydW4gY29tbWFuZCBhbmQgQ0kgdXNlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFuZGluRW52KGxpbmVEZWxheSA9ICcwJyk6IE5vZGVKUy5Qcm9jZXNzRW52IHtcbiAgcmV0dXJuIHtcbiAgICAuLi5wcm9jZXNzLmVudixcbiAgICBFQlVJTERfQlVJTERFUl9JTUFHRV9TQUJBWU9OOiBTVEFORElOLnNhYmF5b24sXG4gICAgRUJVSUxEX0JVSUxERVJfSU1BR0VfR0VOVE9POiBTVEFORElOLmdlbnRvbyxcbiAgICBFQlVJTERfQlVJTERFUl9HRU5UT09fVFJFRTogYHZvbHVtZToke1NUQU5ESU4ucG9ydGFnZX1gLFxuICAgIEVCVUlMRF9CVUlMREVSX05FVFdPUks6ICdub25lJyxcbiAgICBTVEFORElOX0xJTkVfREVMQVk6IGxpbmVEZWxheSxcbiAgfTtcbn1cblxuLyoqIEEgZnJlc2ggY29weSBvZiB0aGUgc2FtcGxlIG92ZXJsYXkgYXMgYSB3b3Jrc3BhY2UgZm9sZGVyICh0ZXN0cyBlZGl0IG92ZXJyaWRlcyBmcmVlbHkpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhbXBsZVdvcmtzcGFjZShuYW1lID0gJ3dzJyk6IHN0cmluZyB7XG4gIGNvbnN0IGRpciA9IHJlYWxwYXRoU3luYyhta2R0ZW1wU3luYyhwYXRoLmpvaW4odG1wZGlyKCksICdlYi1pdC0nKSkpO1xuICBjb25zdCB3cyA9IHBhdGguam9pbihkaXIsIG5hbWUpO1xuICBjcFN5bmMoU0FNUExFX09WRVJMQVksIHdzLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgcmV0dXJuIHdzO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENsaVJ1biB7XG4gIGNvZGU6IG51bWJlciB8IG51bGw7XG4gIHN0ZG91dDogc3RyaW5nO1xuICBzdGRlcnI6IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bkNsaShhcmdzOiBzdHJpbmdbXSwgb3B0czogeyBjd2Q6IHN0cmluZzsgZW52PzogTm9kZUpTLlByb2Nlc3NFbnY7IHVpZD86IG51bWJlciB9KTogUHJvbWlzZTxDbGlSdW4+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiB7XG4gICAgY29uc3QgY2hpbGQgPSBzcGF3bihwcm9jZXNzLmV4ZWNQYXRoLCBbQ0xJLCAuLi5hcmdzXSwgeyBjd2Q6IG9wdHMuY3dkLCBlbnY6IG9wdHMuZW52ID8/IHN0YW5kaW5FbnYoKSwgdWlkOiBvcHRzLnVpZCB9KTtcbiAgICBsZXQgc3Rkb3V0ID0gJyc7XG4gICAgbGV0IHN0ZGVyciA9ICcnO1xuICAgIGNoaWxkLnN0ZG91dC5vbignZGF0YScsIChkKSA9PiAoc3Rkb3V0ICs9IGQpKTtcbiAgICBjaGlsZC5zdGRlcnIub24oJ2RhdGEnLCAoZCkgPT4gKHN0ZGVyciArPSBkKSk7XG4gICAgY2hpbGQub24oJ2Nsb3NlJywgKGNvZGUpID0+IHJlc29sdmUoeyBjb2RlLCBzdGRvdXQsIHN0ZGVyciB9KSk7XG4gIH0pO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYnVpbGRlckNvbnRhaW5lcnMoKTogUHJvbWlzZTxEb2NrZXIuQ29udGFpbmVySW5mb1tdPiB7XG4gIHJldHVybiBkb2NrZXIoKS5saXN0Q29udGFpbmVycyh7IGFsbDogdHJ1ZSwgZmlsdGVyczogeyBsYWJlbDogW0xBQkVMX0JVSUxEXSB9IH0pO1xufVxuXG5leHBvcnQgY29uc3Qgc2ggPSBwcm9taXNpZnkoZXhlY0ZpbGUpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLGdDQUFnQztBQUNoQyxxQkFBa0Q7QUFDbEQscUJBQXVCO0FBQ3ZCLFdBQXNCO0FBQ3RCLHVCQUEwQjtBQUMxQix1QkFBbUI7QUFDbkIseUJBQXVEO0FBQ3ZELHdCQUE0QjtBQUVyQixNQUFNLE9BQU8sS0FBSyxRQUFRLFdBQVcsTUFBTSxNQUFNLElBQUk7QUFDckQsTUFBTSxpQkFBaUIsS0FBSyxLQUFLLE1BQU0sWUFBWSxTQUFTO0FBQzVELE1BQU0sTUFBTSxLQUFLLEtBQUssTUFBTSxRQUFRLFFBQVE7QUFDNUMsTUFBTSxVQUFVO0FBQUEsRUFDckIsU0FBUztBQUFBLEVBQ1QsUUFBUTtBQUFBLEVBQ1IsU0FBUztBQUNYO0FBRU8sU0FBUyxTQUFpQjtBQUMvQixTQUFPLElBQUksaUJBQUFBLFFBQU8sRUFBRSxZQUFZLHdCQUF3QixNQUFNLE9BQVUsQ0FBeUI7QUFDbkc7QUFHTyxTQUFTLGNBQWMsT0FBNkIsQ0FBQyxHQUFHLFlBQVksS0FBa0I7QUFDM0YsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsUUFBUSxFQUFFLFNBQVMsUUFBUSxTQUFTLFFBQVEsUUFBUSxPQUFPO0FBQUEsSUFDM0QsWUFBWSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQ3JDLFNBQVM7QUFBQSxJQUNULFFBQVEsRUFBRSxXQUFXLE9BQU8sU0FBUyxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQzFELEtBQUssRUFBRSxvQkFBb0IsVUFBVTtBQUFBLElBQ3JDLGtCQUFrQjtBQUFBLElBQ2xCLEdBQUc7QUFBQSxFQUNMO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsWUFBWSxLQUF3QjtBQUM3RCxTQUFPO0FBQUEsSUFDTCxHQUFHLFFBQVE7QUFBQSxJQUNYLDhCQUE4QixRQUFRO0FBQUEsSUFDdEMsNkJBQTZCLFFBQVE7QUFBQSxJQUNyQyw0QkFBNEIsVUFBVSxRQUFRLE9BQU87QUFBQSxJQUNyRCx3QkFBd0I7QUFBQSxJQUN4QixvQkFBb0I7QUFBQSxFQUN0QjtBQUNGO0FBR08sU0FBUyxnQkFBZ0IsT0FBTyxNQUFjO0FBQ25ELFFBQU0sVUFBTSxpQ0FBYSw0QkFBWSxLQUFLLFNBQUssdUJBQU8sR0FBRyxRQUFRLENBQUMsQ0FBQztBQUNuRSxRQUFNLEtBQUssS0FBSyxLQUFLLEtBQUssSUFBSTtBQUM5Qiw2QkFBTyxnQkFBZ0IsSUFBSSxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzlDLFNBQU87QUFDVDtBQVFPLFNBQVMsT0FBTyxNQUFnQixNQUErRTtBQUNwSCxTQUFPLElBQUksUUFBUSxDQUFDLFlBQVk7QUFDOUIsVUFBTSxZQUFRLGlDQUFNLFFBQVEsVUFBVSxDQUFDLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBRSxLQUFLLEtBQUssS0FBSyxLQUFLLEtBQUssT0FBTyxXQUFXLEdBQUcsS0FBSyxLQUFLLElBQUksQ0FBQztBQUNySCxRQUFJLFNBQVM7QUFDYixRQUFJLFNBQVM7QUFDYixVQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsTUFBTyxVQUFVLENBQUU7QUFDNUMsVUFBTSxPQUFPLEdBQUcsUUFBUSxDQUFDLE1BQU8sVUFBVSxDQUFFO0FBQzVDLFVBQU0sR0FBRyxTQUFTLENBQUMsU0FBUyxRQUFRLEVBQUUsTUFBTSxRQUFRLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDL0QsQ0FBQztBQUNIO0FBRUEsZUFBc0Isb0JBQXFEO0FBQ3pFLFNBQU8sT0FBTyxFQUFFLGVBQWUsRUFBRSxLQUFLLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyw2QkFBVyxFQUFFLEVBQUUsQ0FBQztBQUNqRjtBQUVPLE1BQU0sU0FBSyw0QkFBVSxrQ0FBUTsiLAogICJuYW1lcyI6IFsiRG9ja2VyIl0KfQo=
