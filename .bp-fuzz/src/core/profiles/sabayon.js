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
var sabayon_exports = {};
__export(sabayon_exports, {
  SABAYON_DEFAULT_IMAGE: () => SABAYON_DEFAULT_IMAGE,
  reposConf: () => reposConf,
  sabayonSpec: () => sabayonSpec
});
module.exports = __toCommonJS(sabayon_exports);
var import_common = require("./common");
const SABAYON_DEFAULT_IMAGE = "sabayon/builder-amd64:latest";
const CONF = "/opt/sabayon-build/conf/intel/portage";
const DEFAULT_EMERGE_ARGS = "--accept-properties=-interactive --verbose --oneshot --complete-graph --buildpkg";
const KINDS = [
  ["use", "use"],
  ["mask", "mask"],
  ["unmask", "unmask"],
  ["env", "env"],
  ["accept_keywords", "keywords"],
  ["license", "license"]
];
async function sabayonSpec(request, config, buildId, readText) {
  const notes = [];
  const inputs = [{ kind: "dir", hostPath: request.overlay.realPath, containerPath: "/usr/local/local_portage" }];
  for (const [kind, name] of KINDS) {
    const sources = (0, import_common.sourcesOfKind)(request, kind);
    const target = `${CONF}/package.${name}/custom.${name}`;
    if (sources.length === 1 && !sources[0].source.isDirectory) {
      inputs.push({ kind: "file", hostPath: sources[0].source.path, containerPath: target });
    } else if (sources.length > 0) {
      let text = "";
      for (const { source } of sources) {
        const t = await readText(source.path);
        text += t.endsWith("\n") || t === "" ? t : `${t}
`;
      }
      inputs.push({ kind: "content", content: text, containerPath: target });
      notes.push(`package.${name}: ${sources.length} files joined into custom.${name}`);
    }
  }
  if (request.overrides.envDir) inputs.push({ kind: "dir", hostPath: request.overrides.envDir, containerPath: `${CONF}/env` });
  const env = (0, import_common.userEnv)(config, request);
  if (request.overrides.makeConf) {
    inputs.push({ kind: "file", hostPath: request.overrides.makeConf, containerPath: "/opt/ebuild-builder/make.conf" });
    env.MAKE_CONF ??= "/opt/ebuild-builder/make.conf";
    notes.push("make.conf fragment passed as MAKE_CONF (the builder copies it in as make.conf)");
  }
  if (env.EMERGE_DEFAULTS_ARGS !== void 0 && /(^|\s)(--quiet|-q)(\s|$)/.test(env.EMERGE_DEFAULTS_ARGS)) {
    env.EMERGE_DEFAULTS_ARGS = env.EMERGE_DEFAULTS_ARGS.replace(/(^|\s)(--quiet|-q)(?=\s|$)/g, " ").trim();
    notes.push("--quiet removed from EMERGE_DEFAULTS_ARGS so compiler errors reach the output");
  }
  if (request.emergeArgs.length) {
    env.EMERGE_DEFAULTS_ARGS = `${env.EMERGE_DEFAULTS_ARGS ?? DEFAULT_EMERGE_ARGS} ${request.emergeArgs.join(" ")}`.trim();
  }
  const argv = [];
  for (const other of request.overlays) {
    if (other.name === request.overlay.name) continue;
    inputs.push({ kind: "dir", hostPath: other.realPath, containerPath: `/var/db/repos/${other.name}` });
    inputs.push({ kind: "content", containerPath: `${CONF}/repos.conf/ebuild-builder-${other.name}.conf`, content: reposConf(other.name, other.masters) });
    notes.push(`overlay ${other.name} mounted at /var/db/repos/${other.name}`);
  }
  argv.push(request.atom);
  const volumes = [];
  if (request.caches.distfiles) volumes.push({ name: (0, import_common.cacheVolume)("sabayon", "distfiles"), containerPath: "/usr/portage/distfiles" });
  if (request.caches.binpkgs) volumes.push({ name: (0, import_common.cacheVolume)("sabayon", "entropy"), containerPath: "/var/lib/entropy/client/packages" });
  if (request.caches.ccache) {
    volumes.push({ name: (0, import_common.cacheVolume)("sabayon", "ccache"), containerPath: "/var/cache/ccache" });
    env.CCACHE_DIR ??= "/var/cache/ccache";
  }
  return {
    image: request.image ?? config.images.sabayon ?? SABAYON_DEFAULT_IMAGE,
    argv,
    env,
    inputs,
    packagesDir: "/usr/portage/packages",
    packagesDirIsCache: false,
    logPaths: [`/var/tmp/portage/${request.category}/${request.pn}-${request.pvr}/temp/build.log`],
    volumes,
    volumesFrom: [],
    labels: (0, import_common.buildLabels)(request, buildId),
    capAdd: [],
    securityOpt: [],
    init: false,
    // the image's entrypoint is tini
    notes,
    ...(0, import_common.baseSpecFields)(config)
  };
}
function reposConf(name, masters) {
  const lines = [`[${name}]`, `location = /var/db/repos/${name}`];
  if (masters.length) lines.push(`masters = ${masters.join(" ")}`);
  lines.push("auto-sync = no", "");
  return lines.join("\n");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SABAYON_DEFAULT_IMAGE,
  reposConf,
  sabayonSpec
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvZmlsZXMvc2FiYXlvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgU2FiYXlvbiBidWlsZGVyIChkZXNpZ24gXHUwMEE3NC4xKTogYHNhYmF5b24vYnVpbGRlci1hbWQ2NCBbLS1vdmVybGF5IE5BTUVdXHUyMDI2IEFUT01cdTIwMjZgIHdpdGggdGhlIHdvcmtzcGFjZVxuICogb3ZlcmxheSBhdCAvdXNyL2xvY2FsL2xvY2FsX3BvcnRhZ2UgYW5kIG92ZXJyaWRlcyBhcyBgY3VzdG9tLjxraW5kPmAgZmlsZXMuXG4gKi9cbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuLi9idWlsZENvbmZpZyc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVxdWVzdCwgQ29udGFpbmVySW5wdXQsIENvbnRhaW5lclNwZWMgfSBmcm9tICcuLi9idWlsZE1vZGVsJztcbmltcG9ydCB7IGJhc2VTcGVjRmllbGRzLCBidWlsZExhYmVscywgY2FjaGVWb2x1bWUsIHNvdXJjZXNPZktpbmQsIHVzZXJFbnYgfSBmcm9tICcuL2NvbW1vbic7XG5cbmV4cG9ydCBjb25zdCBTQUJBWU9OX0RFRkFVTFRfSU1BR0UgPSAnc2FiYXlvbi9idWlsZGVyLWFtZDY0OmxhdGVzdCc7XG5jb25zdCBDT05GID0gJy9vcHQvc2FiYXlvbi1idWlsZC9jb25mL2ludGVsL3BvcnRhZ2UnO1xuLyoqIFRoZSBidWlsZGVyJ3MgZG9jdW1lbnRlZCBkZWZhdWx0LCB1c2VkIG9ubHkgd2hlbiB3ZSBtdXN0IGFkZCBhcmd1bWVudHMgb2Ygb3VyIG93bi4gKi9cbmNvbnN0IERFRkFVTFRfRU1FUkdFX0FSR1MgPSAnLS1hY2NlcHQtcHJvcGVydGllcz0taW50ZXJhY3RpdmUgLS12ZXJib3NlIC0tb25lc2hvdCAtLWNvbXBsZXRlLWdyYXBoIC0tYnVpbGRwa2cnO1xuY29uc3QgS0lORFMgPSBbXG4gIFsndXNlJywgJ3VzZSddLCBbJ21hc2snLCAnbWFzayddLCBbJ3VubWFzaycsICd1bm1hc2snXSwgWydlbnYnLCAnZW52J10sIFsnYWNjZXB0X2tleXdvcmRzJywgJ2tleXdvcmRzJ10sIFsnbGljZW5zZScsICdsaWNlbnNlJ10sXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2FiYXlvblNwZWMoXG4gIHJlcXVlc3Q6IEJ1aWxkUmVxdWVzdCxcbiAgY29uZmlnOiBCdWlsZENvbmZpZyxcbiAgYnVpbGRJZDogc3RyaW5nLFxuICByZWFkVGV4dDogKGZpbGU6IHN0cmluZykgPT4gUHJvbWlzZTxzdHJpbmc+LFxuKTogUHJvbWlzZTxDb250YWluZXJTcGVjPiB7XG4gIGNvbnN0IG5vdGVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBpbnB1dHM6IENvbnRhaW5lcklucHV0W10gPSBbeyBraW5kOiAnZGlyJywgaG9zdFBhdGg6IHJlcXVlc3Qub3ZlcmxheS5yZWFsUGF0aCwgY29udGFpbmVyUGF0aDogJy91c3IvbG9jYWwvbG9jYWxfcG9ydGFnZScgfV07XG4gIGZvciAoY29uc3QgW2tpbmQsIG5hbWVdIG9mIEtJTkRTKSB7XG4gICAgY29uc3Qgc291cmNlcyA9IHNvdXJjZXNPZktpbmQocmVxdWVzdCwga2luZCk7XG4gICAgY29uc3QgdGFyZ2V0ID0gYCR7Q09ORn0vcGFja2FnZS4ke25hbWV9L2N1c3RvbS4ke25hbWV9YDtcbiAgICBpZiAoc291cmNlcy5sZW5ndGggPT09IDEgJiYgIXNvdXJjZXNbMF0uc291cmNlLmlzRGlyZWN0b3J5KSB7XG4gICAgICBpbnB1dHMucHVzaCh7IGtpbmQ6ICdmaWxlJywgaG9zdFBhdGg6IHNvdXJjZXNbMF0uc291cmNlLnBhdGgsIGNvbnRhaW5lclBhdGg6IHRhcmdldCB9KTtcbiAgICB9IGVsc2UgaWYgKHNvdXJjZXMubGVuZ3RoID4gMCkge1xuICAgICAgLy8gVGhlIGJ1aWxkZXIgcmVhZHMgb25lIGN1c3RvbS48a2luZD4gZmlsZTogYSBwYWNrYWdlLjxraW5kPi8gZm9sZGVyIGlzIGpvaW5lZCBpbiBQb3J0YWdlJ3Mgb3JkZXIuXG4gICAgICBsZXQgdGV4dCA9ICcnO1xuICAgICAgZm9yIChjb25zdCB7IHNvdXJjZSB9IG9mIHNvdXJjZXMpIHtcbiAgICAgICAgY29uc3QgdCA9IGF3YWl0IHJlYWRUZXh0KHNvdXJjZS5wYXRoKTtcbiAgICAgICAgdGV4dCArPSB0LmVuZHNXaXRoKCdcXG4nKSB8fCB0ID09PSAnJyA/IHQgOiBgJHt0fVxcbmA7XG4gICAgICB9XG4gICAgICBpbnB1dHMucHVzaCh7IGtpbmQ6ICdjb250ZW50JywgY29udGVudDogdGV4dCwgY29udGFpbmVyUGF0aDogdGFyZ2V0IH0pO1xuICAgICAgbm90ZXMucHVzaChgcGFja2FnZS4ke25hbWV9OiAke3NvdXJjZXMubGVuZ3RofSBmaWxlcyBqb2luZWQgaW50byBjdXN0b20uJHtuYW1lfWApO1xuICAgIH1cbiAgfVxuICBpZiAocmVxdWVzdC5vdmVycmlkZXMuZW52RGlyKSBpbnB1dHMucHVzaCh7IGtpbmQ6ICdkaXInLCBob3N0UGF0aDogcmVxdWVzdC5vdmVycmlkZXMuZW52RGlyLCBjb250YWluZXJQYXRoOiBgJHtDT05GfS9lbnZgIH0pO1xuXG4gIGNvbnN0IGVudiA9IHVzZXJFbnYoY29uZmlnLCByZXF1ZXN0KTtcbiAgaWYgKHJlcXVlc3Qub3ZlcnJpZGVzLm1ha2VDb25mKSB7XG4gICAgaW5wdXRzLnB1c2goeyBraW5kOiAnZmlsZScsIGhvc3RQYXRoOiByZXF1ZXN0Lm92ZXJyaWRlcy5tYWtlQ29uZiwgY29udGFpbmVyUGF0aDogJy9vcHQvZWJ1aWxkLWJ1aWxkZXIvbWFrZS5jb25mJyB9KTtcbiAgICBlbnYuTUFLRV9DT05GID8/PSAnL29wdC9lYnVpbGQtYnVpbGRlci9tYWtlLmNvbmYnO1xuICAgIG5vdGVzLnB1c2goJ21ha2UuY29uZiBmcmFnbWVudCBwYXNzZWQgYXMgTUFLRV9DT05GICh0aGUgYnVpbGRlciBjb3BpZXMgaXQgaW4gYXMgbWFrZS5jb25mKScpO1xuICB9XG4gIC8vIFdpdGggLS1xdWlldCB0aGUgY29tcGlsZXIgb3V0cHV0IG9ubHkgcmVhY2hlcyBidWlsZC5sb2c7IHRoZSB1c2VyIG11c3Qgc2VlIGl0LlxuICBpZiAoZW52LkVNRVJHRV9ERUZBVUxUU19BUkdTICE9PSB1bmRlZmluZWQgJiYgLyhefFxccykoLS1xdWlldHwtcSkoXFxzfCQpLy50ZXN0KGVudi5FTUVSR0VfREVGQVVMVFNfQVJHUykpIHtcbiAgICBlbnYuRU1FUkdFX0RFRkFVTFRTX0FSR1MgPSBlbnYuRU1FUkdFX0RFRkFVTFRTX0FSR1MucmVwbGFjZSgvKF58XFxzKSgtLXF1aWV0fC1xKSg/PVxcc3wkKS9nLCAnICcpLnRyaW0oKTtcbiAgICBub3Rlcy5wdXNoKCctLXF1aWV0IHJlbW92ZWQgZnJvbSBFTUVSR0VfREVGQVVMVFNfQVJHUyBzbyBjb21waWxlciBlcnJvcnMgcmVhY2ggdGhlIG91dHB1dCcpO1xuICB9XG4gIGlmIChyZXF1ZXN0LmVtZXJnZUFyZ3MubGVuZ3RoKSB7XG4gICAgZW52LkVNRVJHRV9ERUZBVUxUU19BUkdTID0gYCR7ZW52LkVNRVJHRV9ERUZBVUxUU19BUkdTID8/IERFRkFVTFRfRU1FUkdFX0FSR1N9ICR7cmVxdWVzdC5lbWVyZ2VBcmdzLmpvaW4oJyAnKX1gLnRyaW0oKTtcbiAgfVxuXG4gIGNvbnN0IGFyZ3Y6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3Qgb3RoZXIgb2YgcmVxdWVzdC5vdmVybGF5cykge1xuICAgIGlmIChvdGhlci5uYW1lID09PSByZXF1ZXN0Lm92ZXJsYXkubmFtZSkgY29udGludWU7XG4gICAgLy8gT25lIGxvY2FsIG92ZXJsYXkgcGVyIGJ1aWxkIGluIHRoaXMgYnVpbGRlcjsgdGhlIG90aGVycyBnbyBpbiBhcyBleHRyYSByZXBvc2l0b3JpZXMgaXQgaXMgdG9sZCBhYm91dC5cbiAgICBpbnB1dHMucHVzaCh7IGtpbmQ6ICdkaXInLCBob3N0UGF0aDogb3RoZXIucmVhbFBhdGgsIGNvbnRhaW5lclBhdGg6IGAvdmFyL2RiL3JlcG9zLyR7b3RoZXIubmFtZX1gIH0pO1xuICAgIGlucHV0cy5wdXNoKHsga2luZDogJ2NvbnRlbnQnLCBjb250YWluZXJQYXRoOiBgJHtDT05GfS9yZXBvcy5jb25mL2VidWlsZC1idWlsZGVyLSR7b3RoZXIubmFtZX0uY29uZmAsIGNvbnRlbnQ6IHJlcG9zQ29uZihvdGhlci5uYW1lLCBvdGhlci5tYXN0ZXJzKSB9KTtcbiAgICBub3Rlcy5wdXNoKGBvdmVybGF5ICR7b3RoZXIubmFtZX0gbW91bnRlZCBhdCAvdmFyL2RiL3JlcG9zLyR7b3RoZXIubmFtZX1gKTtcbiAgfVxuICBhcmd2LnB1c2gocmVxdWVzdC5hdG9tKTtcblxuICBjb25zdCB2b2x1bWVzOiBDb250YWluZXJTcGVjWyd2b2x1bWVzJ10gPSBbXTtcbiAgaWYgKHJlcXVlc3QuY2FjaGVzLmRpc3RmaWxlcykgdm9sdW1lcy5wdXNoKHsgbmFtZTogY2FjaGVWb2x1bWUoJ3NhYmF5b24nLCAnZGlzdGZpbGVzJyksIGNvbnRhaW5lclBhdGg6ICcvdXNyL3BvcnRhZ2UvZGlzdGZpbGVzJyB9KTtcbiAgaWYgKHJlcXVlc3QuY2FjaGVzLmJpbnBrZ3MpIHZvbHVtZXMucHVzaCh7IG5hbWU6IGNhY2hlVm9sdW1lKCdzYWJheW9uJywgJ2VudHJvcHknKSwgY29udGFpbmVyUGF0aDogJy92YXIvbGliL2VudHJvcHkvY2xpZW50L3BhY2thZ2VzJyB9KTtcbiAgaWYgKHJlcXVlc3QuY2FjaGVzLmNjYWNoZSkge1xuICAgIHZvbHVtZXMucHVzaCh7IG5hbWU6IGNhY2hlVm9sdW1lKCdzYWJheW9uJywgJ2NjYWNoZScpLCBjb250YWluZXJQYXRoOiAnL3Zhci9jYWNoZS9jY2FjaGUnIH0pO1xuICAgIGVudi5DQ0FDSEVfRElSID8/PSAnL3Zhci9jYWNoZS9jY2FjaGUnO1xuICB9XG4gIHJldHVybiB7XG4gICAgaW1hZ2U6IHJlcXVlc3QuaW1hZ2UgPz8gY29uZmlnLmltYWdlcy5zYWJheW9uID8/IFNBQkFZT05fREVGQVVMVF9JTUFHRSxcbiAgICBhcmd2LFxuICAgIGVudixcbiAgICBpbnB1dHMsXG4gICAgcGFja2FnZXNEaXI6ICcvdXNyL3BvcnRhZ2UvcGFja2FnZXMnLFxuICAgIHBhY2thZ2VzRGlySXNDYWNoZTogZmFsc2UsXG4gICAgbG9nUGF0aHM6IFtgL3Zhci90bXAvcG9ydGFnZS8ke3JlcXVlc3QuY2F0ZWdvcnl9LyR7cmVxdWVzdC5wbn0tJHtyZXF1ZXN0LnB2cn0vdGVtcC9idWlsZC5sb2dgXSxcbiAgICB2b2x1bWVzLFxuICAgIHZvbHVtZXNGcm9tOiBbXSxcbiAgICBsYWJlbHM6IGJ1aWxkTGFiZWxzKHJlcXVlc3QsIGJ1aWxkSWQpLFxuICAgIGNhcEFkZDogW10sXG4gICAgc2VjdXJpdHlPcHQ6IFtdLFxuICAgIGluaXQ6IGZhbHNlLCAvLyB0aGUgaW1hZ2UncyBlbnRyeXBvaW50IGlzIHRpbmlcbiAgICBub3RlcyxcbiAgICAuLi5iYXNlU3BlY0ZpZWxkcyhjb25maWcpLFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVwb3NDb25mKG5hbWU6IHN0cmluZywgbWFzdGVyczogc3RyaW5nW10pOiBzdHJpbmcge1xuICBjb25zdCBsaW5lcyA9IFtgWyR7bmFtZX1dYCwgYGxvY2F0aW9uID0gL3Zhci9kYi9yZXBvcy8ke25hbWV9YF07XG4gIGlmIChtYXN0ZXJzLmxlbmd0aCkgbGluZXMucHVzaChgbWFzdGVycyA9ICR7bWFzdGVycy5qb2luKCcgJyl9YCk7XG4gIGxpbmVzLnB1c2goJ2F1dG8tc3luYyA9IG5vJywgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLG9CQUFpRjtBQUUxRSxNQUFNLHdCQUF3QjtBQUNyQyxNQUFNLE9BQU87QUFFYixNQUFNLHNCQUFzQjtBQUM1QixNQUFNLFFBQVE7QUFBQSxFQUNaLENBQUMsT0FBTyxLQUFLO0FBQUEsRUFBRyxDQUFDLFFBQVEsTUFBTTtBQUFBLEVBQUcsQ0FBQyxVQUFVLFFBQVE7QUFBQSxFQUFHLENBQUMsT0FBTyxLQUFLO0FBQUEsRUFBRyxDQUFDLG1CQUFtQixVQUFVO0FBQUEsRUFBRyxDQUFDLFdBQVcsU0FBUztBQUNoSTtBQUVBLGVBQXNCLFlBQ3BCLFNBQ0EsUUFDQSxTQUNBLFVBQ3dCO0FBQ3hCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLFNBQTJCLENBQUMsRUFBRSxNQUFNLE9BQU8sVUFBVSxRQUFRLFFBQVEsVUFBVSxlQUFlLDJCQUEyQixDQUFDO0FBQ2hJLGFBQVcsQ0FBQyxNQUFNLElBQUksS0FBSyxPQUFPO0FBQ2hDLFVBQU0sY0FBVSw2QkFBYyxTQUFTLElBQUk7QUFDM0MsVUFBTSxTQUFTLEdBQUcsSUFBSSxZQUFZLElBQUksV0FBVyxJQUFJO0FBQ3JELFFBQUksUUFBUSxXQUFXLEtBQUssQ0FBQyxRQUFRLENBQUMsRUFBRSxPQUFPLGFBQWE7QUFDMUQsYUFBTyxLQUFLLEVBQUUsTUFBTSxRQUFRLFVBQVUsUUFBUSxDQUFDLEVBQUUsT0FBTyxNQUFNLGVBQWUsT0FBTyxDQUFDO0FBQUEsSUFDdkYsV0FBVyxRQUFRLFNBQVMsR0FBRztBQUU3QixVQUFJLE9BQU87QUFDWCxpQkFBVyxFQUFFLE9BQU8sS0FBSyxTQUFTO0FBQ2hDLGNBQU0sSUFBSSxNQUFNLFNBQVMsT0FBTyxJQUFJO0FBQ3BDLGdCQUFRLEVBQUUsU0FBUyxJQUFJLEtBQUssTUFBTSxLQUFLLElBQUksR0FBRyxDQUFDO0FBQUE7QUFBQSxNQUNqRDtBQUNBLGFBQU8sS0FBSyxFQUFFLE1BQU0sV0FBVyxTQUFTLE1BQU0sZUFBZSxPQUFPLENBQUM7QUFDckUsWUFBTSxLQUFLLFdBQVcsSUFBSSxLQUFLLFFBQVEsTUFBTSw2QkFBNkIsSUFBSSxFQUFFO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLFVBQVUsT0FBUSxRQUFPLEtBQUssRUFBRSxNQUFNLE9BQU8sVUFBVSxRQUFRLFVBQVUsUUFBUSxlQUFlLEdBQUcsSUFBSSxPQUFPLENBQUM7QUFFM0gsUUFBTSxVQUFNLHVCQUFRLFFBQVEsT0FBTztBQUNuQyxNQUFJLFFBQVEsVUFBVSxVQUFVO0FBQzlCLFdBQU8sS0FBSyxFQUFFLE1BQU0sUUFBUSxVQUFVLFFBQVEsVUFBVSxVQUFVLGVBQWUsZ0NBQWdDLENBQUM7QUFDbEgsUUFBSSxjQUFjO0FBQ2xCLFVBQU0sS0FBSyxnRkFBZ0Y7QUFBQSxFQUM3RjtBQUVBLE1BQUksSUFBSSx5QkFBeUIsVUFBYSwyQkFBMkIsS0FBSyxJQUFJLG9CQUFvQixHQUFHO0FBQ3ZHLFFBQUksdUJBQXVCLElBQUkscUJBQXFCLFFBQVEsK0JBQStCLEdBQUcsRUFBRSxLQUFLO0FBQ3JHLFVBQU0sS0FBSywrRUFBK0U7QUFBQSxFQUM1RjtBQUNBLE1BQUksUUFBUSxXQUFXLFFBQVE7QUFDN0IsUUFBSSx1QkFBdUIsR0FBRyxJQUFJLHdCQUF3QixtQkFBbUIsSUFBSSxRQUFRLFdBQVcsS0FBSyxHQUFHLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDdkg7QUFFQSxRQUFNLE9BQWlCLENBQUM7QUFDeEIsYUFBVyxTQUFTLFFBQVEsVUFBVTtBQUNwQyxRQUFJLE1BQU0sU0FBUyxRQUFRLFFBQVEsS0FBTTtBQUV6QyxXQUFPLEtBQUssRUFBRSxNQUFNLE9BQU8sVUFBVSxNQUFNLFVBQVUsZUFBZSxpQkFBaUIsTUFBTSxJQUFJLEdBQUcsQ0FBQztBQUNuRyxXQUFPLEtBQUssRUFBRSxNQUFNLFdBQVcsZUFBZSxHQUFHLElBQUksOEJBQThCLE1BQU0sSUFBSSxTQUFTLFNBQVMsVUFBVSxNQUFNLE1BQU0sTUFBTSxPQUFPLEVBQUUsQ0FBQztBQUNySixVQUFNLEtBQUssV0FBVyxNQUFNLElBQUksNkJBQTZCLE1BQU0sSUFBSSxFQUFFO0FBQUEsRUFDM0U7QUFDQSxPQUFLLEtBQUssUUFBUSxJQUFJO0FBRXRCLFFBQU0sVUFBb0MsQ0FBQztBQUMzQyxNQUFJLFFBQVEsT0FBTyxVQUFXLFNBQVEsS0FBSyxFQUFFLFVBQU0sMkJBQVksV0FBVyxXQUFXLEdBQUcsZUFBZSx5QkFBeUIsQ0FBQztBQUNqSSxNQUFJLFFBQVEsT0FBTyxRQUFTLFNBQVEsS0FBSyxFQUFFLFVBQU0sMkJBQVksV0FBVyxTQUFTLEdBQUcsZUFBZSxtQ0FBbUMsQ0FBQztBQUN2SSxNQUFJLFFBQVEsT0FBTyxRQUFRO0FBQ3pCLFlBQVEsS0FBSyxFQUFFLFVBQU0sMkJBQVksV0FBVyxRQUFRLEdBQUcsZUFBZSxvQkFBb0IsQ0FBQztBQUMzRixRQUFJLGVBQWU7QUFBQSxFQUNyQjtBQUNBLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUSxTQUFTLE9BQU8sT0FBTyxXQUFXO0FBQUEsSUFDakQ7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsYUFBYTtBQUFBLElBQ2Isb0JBQW9CO0FBQUEsSUFDcEIsVUFBVSxDQUFDLG9CQUFvQixRQUFRLFFBQVEsSUFBSSxRQUFRLEVBQUUsSUFBSSxRQUFRLEdBQUcsaUJBQWlCO0FBQUEsSUFDN0Y7QUFBQSxJQUNBLGFBQWEsQ0FBQztBQUFBLElBQ2QsWUFBUSwyQkFBWSxTQUFTLE9BQU87QUFBQSxJQUNwQyxRQUFRLENBQUM7QUFBQSxJQUNULGFBQWEsQ0FBQztBQUFBLElBQ2QsTUFBTTtBQUFBO0FBQUEsSUFDTjtBQUFBLElBQ0EsT0FBRyw4QkFBZSxNQUFNO0FBQUEsRUFDMUI7QUFDRjtBQUVPLFNBQVMsVUFBVSxNQUFjLFNBQTJCO0FBQ2pFLFFBQU0sUUFBUSxDQUFDLElBQUksSUFBSSxLQUFLLDRCQUE0QixJQUFJLEVBQUU7QUFDOUQsTUFBSSxRQUFRLE9BQVEsT0FBTSxLQUFLLGFBQWEsUUFBUSxLQUFLLEdBQUcsQ0FBQyxFQUFFO0FBQy9ELFFBQU0sS0FBSyxrQkFBa0IsRUFBRTtBQUMvQixTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOyIsCiAgIm5hbWVzIjogW10KfQo=
