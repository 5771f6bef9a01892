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
var gentoo_exports = {};
__export(gentoo_exports, {
  GENTOO_DEFAULT_IMAGE: () => GENTOO_DEFAULT_IMAGE,
  GENTOO_EMERGE_ARGS: () => GENTOO_EMERGE_ARGS,
  GENTOO_ENTRY_SCRIPT: () => GENTOO_ENTRY_SCRIPT,
  GENTOO_FEATURES: () => GENTOO_FEATURES,
  gentooSpec: () => gentooSpec,
  parseGentooTree: () => parseGentooTree,
  treeSnapshotName: () => treeSnapshotName
});
module.exports = __toCommonJS(gentoo_exports);
var import_buildModel = require("../buildModel");
var import_userError = require("../userError");
var import_common = require("./common");
var import_sabayon = require("./sabayon");
const GENTOO_DEFAULT_IMAGE = "gentoo/stage3:latest";
const GENTOO_EMERGE_ARGS = ["--buildpkg", "--usepkg", "--oneshot", "--verbose", "--autounmask=y", "--autounmask-write=n"];
const GENTOO_FEATURES = "-ipc-sandbox -network-sandbox -pid-sandbox -mount-sandbox";
const GENTOO_ENTRY_SCRIPT = [
  "f=/etc/portage/ebuild-builder/make.conf",
  'if [ -f "$f" ]; then if [ -d /etc/portage/make.conf ]; then cp "$f" /etc/portage/make.conf/zz-ebuild-builder.conf; else cat "$f" >> /etc/portage/make.conf; fi; fi',
  'exec emerge "$@"'
].join("\n");
function parseGentooTree(setting) {
  const s = setting.trim();
  if (s === "image") return { kind: "image" };
  const m = /^(volume|host):(.+)$/.exec(s);
  if (m) return { kind: m[1], value: m[2] };
  throw new import_userError.UserError(
    `The setting ebuildBuilder.gentooTree is "${setting}", which is not one of volume:<image>, host:<path> or image.`,
    'Set it to "volume:gentoo/portage:latest" (the snapshot image), "host:/var/db/repos/gentoo" or "image".',
    "bad-setting"
  );
}
function treeSnapshotName(image) {
  return `ebuild-builder-tree-${image.replace(/[^a-zA-Z0-9_.-]+/g, "-")}`;
}
function gentooSpec(request, config, buildId) {
  const notes = [`FEATURES ${GENTOO_FEATURES}: Portage's namespace sandboxes need capabilities Docker withholds`];
  const inputs = [];
  for (const o of request.overlays) {
    inputs.push({ kind: "dir", hostPath: o.realPath, containerPath: `/var/db/repos/${o.name}` });
    inputs.push({ kind: "content", containerPath: `/etc/portage/repos.conf/${o.name}.conf`, content: (0, import_sabayon.reposConf)(o.name, o.masters) });
  }
  for (const kind of import_buildModel.OVERRIDE_KINDS) {
    for (const { source, relative } of (0, import_common.sourcesOfKind)(request, kind)) {
      const base = `/etc/portage/package.${kind}`;
      const containerPath = source.isDirectory ? `${base}/ebuild-builder/${relative}` : `${base}/zz-ebuild-builder`;
      inputs.push({ kind: "file", hostPath: source.path, containerPath });
    }
  }
  if (request.overrides.envDir) inputs.push({ kind: "dir", hostPath: request.overrides.envDir, containerPath: "/etc/portage/env" });
  if (request.overrides.makeConf) inputs.push({ kind: "file", hostPath: request.overrides.makeConf, containerPath: "/etc/portage/ebuild-builder/make.conf" });
  const tree = parseGentooTree(config.gentooTree);
  const volumesFrom = [];
  if (tree.kind === "volume") {
    volumesFrom.push({ container: treeSnapshotName(tree.value), image: tree.value });
    notes.push(`tree from the ${tree.value} snapshot volume`);
  } else if (tree.kind === "host") {
    inputs.push({ kind: "dir", hostPath: tree.value, containerPath: "/var/db/repos/gentoo" });
    notes.push(`tree from ${tree.value} on the engine's machine`);
  }
  const env = (0, import_common.userEnv)(config, request);
  env.FEATURES = env.FEATURES ? `${GENTOO_FEATURES} ${env.FEATURES}` : GENTOO_FEATURES;
  env.PKGDIR = "/var/cache/binpkgs";
  const volumes = [];
  if (request.caches.distfiles) volumes.push({ name: (0, import_common.cacheVolume)("gentoo", "distfiles"), containerPath: "/var/cache/distfiles" });
  if (request.caches.binpkgs) volumes.push({ name: (0, import_common.cacheVolume)("gentoo", "binpkgs"), containerPath: "/var/cache/binpkgs" });
  if (request.caches.ccache) {
    volumes.push({ name: (0, import_common.cacheVolume)("gentoo", "ccache"), containerPath: "/var/cache/ccache" });
    env.CCACHE_DIR ??= "/var/cache/ccache";
    env.FEATURES += " ccache";
  }
  return {
    image: request.image ?? config.images.gentoo ?? GENTOO_DEFAULT_IMAGE,
    entrypoint: ["/bin/sh", "-c", GENTOO_ENTRY_SCRIPT, "ebuild-builder"],
    argv: [...GENTOO_EMERGE_ARGS, ...request.emergeArgs, request.atom],
    env,
    inputs,
    packagesDir: "/var/cache/binpkgs",
    packagesDirIsCache: request.caches.binpkgs,
    logPaths: [`/var/tmp/portage/${request.category}/${request.pn}-${request.pvr}/temp/build.log`],
    volumes,
    volumesFrom,
    labels: (0, import_common.buildLabels)(request, buildId),
    capAdd: [],
    securityOpt: [],
    init: true,
    notes,
    ...(0, import_common.baseSpecFields)(config)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GENTOO_DEFAULT_IMAGE,
  GENTOO_EMERGE_ARGS,
  GENTOO_ENTRY_SCRIPT,
  GENTOO_FEATURES,
  gentooSpec,
  parseGentooTree,
  treeSnapshotName
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvcHJvZmlsZXMvZ2VudG9vLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBHZW50b28gYnVpbGRlciAoZGVzaWduIFx1MDBBNzQuMik6IGEgc3RhZ2UzIGltYWdlLCB0aGUgdHJlZSBmcm9tIGEgc25hcHNob3Qgdm9sdW1lIC8gaG9zdCBwYXRoIC8gdGhlIGltYWdlLFxuICogZXZlcnkgd29ya3NwYWNlIG92ZXJsYXkgYXQgL3Zhci9kYi9yZXBvcy88bmFtZT4gd2l0aCBhIGdlbmVyYXRlZCByZXBvcy5jb25mLCBvdmVycmlkZXMgdW5kZXJcbiAqIC9ldGMvcG9ydGFnZS9wYWNrYWdlLjxraW5kPi8sIGFuZCBhbiBgZW1lcmdlYCBhcmd2IGNvbXBvc2VkIGhlcmUuXG4gKi9cbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuLi9idWlsZENvbmZpZyc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVxdWVzdCwgQ29udGFpbmVySW5wdXQsIENvbnRhaW5lclNwZWMgfSBmcm9tICcuLi9idWlsZE1vZGVsJztcbmltcG9ydCB7IE9WRVJSSURFX0tJTkRTIH0gZnJvbSAnLi4vYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi91c2VyRXJyb3InO1xuaW1wb3J0IHsgYmFzZVNwZWNGaWVsZHMsIGJ1aWxkTGFiZWxzLCBjYWNoZVZvbHVtZSwgc291cmNlc09mS2luZCwgdXNlckVudiB9IGZyb20gJy4vY29tbW9uJztcbmltcG9ydCB7IHJlcG9zQ29uZiB9IGZyb20gJy4vc2FiYXlvbic7XG5cbmV4cG9ydCBjb25zdCBHRU5UT09fREVGQVVMVF9JTUFHRSA9ICdnZW50b28vc3RhZ2UzOmxhdGVzdCc7XG5leHBvcnQgY29uc3QgR0VOVE9PX0VNRVJHRV9BUkdTID0gWyctLWJ1aWxkcGtnJywgJy0tdXNlcGtnJywgJy0tb25lc2hvdCcsICctLXZlcmJvc2UnLCAnLS1hdXRvdW5tYXNrPXknLCAnLS1hdXRvdW5tYXNrLXdyaXRlPW4nXTtcbi8qKlxuICogRG9ja2VyJ3MgZGVmYXVsdCBwcm9maWxlIHdpdGhob2xkcyB3aGF0IFBvcnRhZ2UncyBuYW1lc3BhY2Ugc2FuZGJveGVzIG5lZWQ7IHdlIHR1cm4gdGhvc2UgRkVBVFVSRVMgb2ZmXG4gKiAoYW5kIGtlZXAgYHNhbmRib3hgLCB3aGljaCBvbmx5IG5lZWRzIExEX1BSRUxPQUQpIGluc3RlYWQgb2YgZ3JhbnRpbmcgU1lTX0FETUlOLlxuICovXG5leHBvcnQgY29uc3QgR0VOVE9PX0ZFQVRVUkVTID0gJy1pcGMtc2FuZGJveCAtbmV0d29yay1zYW5kYm94IC1waWQtc2FuZGJveCAtbW91bnQtc2FuZGJveCc7XG4vKiogQXBwZW5kcyB0aGUgd29ya3NwYWNlIG1ha2UuY29uZiBmcmFnbWVudCwgdGhlbiBydW5zIGVtZXJnZSB3aXRoIHRoZSBhcmd2IHdlIHBhc3MgKG5ldmVyIHVzZXIgdGV4dCBpbiB0aGUgc2NyaXB0KS4gKi9cbmV4cG9ydCBjb25zdCBHRU5UT09fRU5UUllfU0NSSVBUID0gW1xuICAnZj0vZXRjL3BvcnRhZ2UvZWJ1aWxkLWJ1aWxkZXIvbWFrZS5jb25mJyxcbiAgJ2lmIFsgLWYgXCIkZlwiIF07IHRoZW4gaWYgWyAtZCAvZXRjL3BvcnRhZ2UvbWFrZS5jb25mIF07IHRoZW4gY3AgXCIkZlwiIC9ldGMvcG9ydGFnZS9tYWtlLmNvbmYvenotZWJ1aWxkLWJ1aWxkZXIuY29uZjsgZWxzZSBjYXQgXCIkZlwiID4+IC9ldGMvcG9ydGFnZS9tYWtlLmNvbmY7IGZpOyBmaScsXG4gICdleGVjIGVtZXJnZSBcIiRAXCInLFxuXS5qb2luKCdcXG4nKTtcblxuZXhwb3J0IGludGVyZmFjZSBHZW50b29UcmVlIHtcbiAga2luZDogJ3ZvbHVtZScgfCAnaG9zdCcgfCAnaW1hZ2UnO1xuICB2YWx1ZT86IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlR2VudG9vVHJlZShzZXR0aW5nOiBzdHJpbmcpOiBHZW50b29UcmVlIHtcbiAgY29uc3QgcyA9IHNldHRpbmcudHJpbSgpO1xuICBpZiAocyA9PT0gJ2ltYWdlJykgcmV0dXJuIHsga2luZDogJ2ltYWdlJyB9O1xuICBjb25zdCBtID0gL14odm9sdW1lfGhvc3QpOiguKykkLy5leGVjKHMpO1xuICBpZiAobSkgcmV0dXJuIHsga2luZDogbVsxXSBhcyAndm9sdW1lJyB8ICdob3N0JywgdmFsdWU6IG1bMl0gfTtcbiAgdGhyb3cgbmV3IFVzZXJFcnJvcihcbiAgICBgVGhlIHNldHRpbmcgZWJ1aWxkQnVpbGRlci5nZW50b29UcmVlIGlzIFwiJHtzZXR0aW5nfVwiLCB3aGljaCBpcyBub3Qgb25lIG9mIHZvbHVtZTo8aW1hZ2U+LCBob3N0OjxwYXRoPiBvciBpbWFnZS5gLFxuICAgICdTZXQgaXQgdG8gXCJ2b2x1bWU6Z2VudG9vL3BvcnRhZ2U6bGF0ZXN0XCIgKHRoZSBzbmFwc2hvdCBpbWFnZSksIFwiaG9zdDovdmFyL2RiL3JlcG9zL2dlbnRvb1wiIG9yIFwiaW1hZ2VcIi4nLFxuICAgICdiYWQtc2V0dGluZycsXG4gICk7XG59XG5cbi8qKiBUaGUgbmFtZSBvZiB0aGUgKG5ldmVyIHN0YXJ0ZWQpIGNvbnRhaW5lciB3aG9zZSB2b2x1bWUgaG9sZHMgdGhlIHRyZWUgb2YgYGltYWdlYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0cmVlU25hcHNob3ROYW1lKGltYWdlOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYGVidWlsZC1idWlsZGVyLXRyZWUtJHtpbWFnZS5yZXBsYWNlKC9bXmEtekEtWjAtOV8uLV0rL2csICctJyl9YDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGdlbnRvb1NwZWMocmVxdWVzdDogQnVpbGRSZXF1ZXN0LCBjb25maWc6IEJ1aWxkQ29uZmlnLCBidWlsZElkOiBzdHJpbmcpOiBDb250YWluZXJTcGVjIHtcbiAgY29uc3Qgbm90ZXM6IHN0cmluZ1tdID0gW2BGRUFUVVJFUyAke0dFTlRPT19GRUFUVVJFU306IFBvcnRhZ2UncyBuYW1lc3BhY2Ugc2FuZGJveGVzIG5lZWQgY2FwYWJpbGl0aWVzIERvY2tlciB3aXRoaG9sZHNgXTtcbiAgY29uc3QgaW5wdXRzOiBDb250YWluZXJJbnB1dFtdID0gW107XG4gIGZvciAoY29uc3QgbyBvZiByZXF1ZXN0Lm92ZXJsYXlzKSB7XG4gICAgaW5wdXRzLnB1c2goeyBraW5kOiAnZGlyJywgaG9zdFBhdGg6IG8ucmVhbFBhdGgsIGNvbnRhaW5lclBhdGg6IGAvdmFyL2RiL3JlcG9zLyR7by5uYW1lfWAgfSk7XG4gICAgaW5wdXRzLnB1c2goeyBraW5kOiAnY29udGVudCcsIGNvbnRhaW5lclBhdGg6IGAvZXRjL3BvcnRhZ2UvcmVwb3MuY29uZi8ke28ubmFtZX0uY29uZmAsIGNvbnRlbnQ6IHJlcG9zQ29uZihvLm5hbWUsIG8ubWFzdGVycykgfSk7XG4gIH1cbiAgZm9yIChjb25zdCBraW5kIG9mIE9WRVJSSURFX0tJTkRTKSB7XG4gICAgZm9yIChjb25zdCB7IHNvdXJjZSwgcmVsYXRpdmUgfSBvZiBzb3VyY2VzT2ZLaW5kKHJlcXVlc3QsIGtpbmQpKSB7XG4gICAgICBjb25zdCBiYXNlID0gYC9ldGMvcG9ydGFnZS9wYWNrYWdlLiR7a2luZH1gO1xuICAgICAgY29uc3QgY29udGFpbmVyUGF0aCA9IHNvdXJjZS5pc0RpcmVjdG9yeSA/IGAke2Jhc2V9L2VidWlsZC1idWlsZGVyLyR7cmVsYXRpdmV9YCA6IGAke2Jhc2V9L3p6LWVidWlsZC1idWlsZGVyYDtcbiAgICAgIGlucHV0cy5wdXNoKHsga2luZDogJ2ZpbGUnLCBob3N0UGF0aDogc291cmNlLnBhdGgsIGNvbnRhaW5lclBhdGggfSk7XG4gICAgfVxuICB9XG4gIGlmIChyZXF1ZXN0Lm92ZXJyaWRlcy5lbnZEaXIpIGlucHV0cy5wdXNoKHsga2luZDogJ2RpcicsIGhvc3RQYXRoOiByZXF1ZXN0Lm92ZXJyaWRlcy5lbnZEaXIsIGNvbnRhaW5lclBhdGg6ICcvZXRjL3BvcnRhZ2UvZW52JyB9KTtcbiAgaWYgKHJlcXVlc3Qub3ZlcnJpZGVzLm1ha2VDb25mKSBpbnB1dHMucHVzaCh7IGtpbmQ6ICdmaWxlJywgaG9zdFBhdGg6IHJlcXVlc3Qub3ZlcnJpZGVzLm1ha2VDb25mLCBjb250YWluZXJQYXRoOiAnL2V0Yy9wb3J0YWdlL2VidWlsZC1idWlsZGVyL21ha2UuY29uZicgfSk7XG5cbiAgY29uc3QgdHJlZSA9IHBhcnNlR2VudG9vVHJlZShjb25maWcuZ2VudG9vVHJlZSk7XG4gIGNvbnN0IHZvbHVtZXNGcm9tOiBDb250YWluZXJTcGVjWyd2b2x1bWVzRnJvbSddID0gW107XG4gIGlmICh0cmVlLmtpbmQgPT09ICd2b2x1bWUnKSB7XG4gICAgdm9sdW1lc0Zyb20ucHVzaCh7IGNvbnRhaW5lcjogdHJlZVNuYXBzaG90TmFtZSh0cmVlLnZhbHVlISksIGltYWdlOiB0cmVlLnZhbHVlISB9KTtcbiAgICBub3Rlcy5wdXNoKGB0cmVlIGZyb20gdGhlICR7dHJlZS52YWx1ZX0gc25hcHNob3Qgdm9sdW1lYCk7XG4gIH0gZWxzZSBpZiAodHJlZS5raW5kID09PSAnaG9zdCcpIHtcbiAgICBpbnB1dHMucHVzaCh7IGtpbmQ6ICdkaXInLCBob3N0UGF0aDogdHJlZS52YWx1ZSEsIGNvbnRhaW5lclBhdGg6ICcvdmFyL2RiL3JlcG9zL2dlbnRvbycgfSk7XG4gICAgbm90ZXMucHVzaChgdHJlZSBmcm9tICR7dHJlZS52YWx1ZX0gb24gdGhlIGVuZ2luZSdzIG1hY2hpbmVgKTtcbiAgfVxuXG4gIGNvbnN0IGVudiA9IHVzZXJFbnYoY29uZmlnLCByZXF1ZXN0KTtcbiAgZW52LkZFQVRVUkVTID0gZW52LkZFQVRVUkVTID8gYCR7R0VOVE9PX0ZFQVRVUkVTfSAke2Vudi5GRUFUVVJFU31gIDogR0VOVE9PX0ZFQVRVUkVTO1xuICBlbnYuUEtHRElSID0gJy92YXIvY2FjaGUvYmlucGtncyc7XG4gIGNvbnN0IHZvbHVtZXM6IENvbnRhaW5lclNwZWNbJ3ZvbHVtZXMnXSA9IFtdO1xuICBpZiAocmVxdWVzdC5jYWNoZXMuZGlzdGZpbGVzKSB2b2x1bWVzLnB1c2goeyBuYW1lOiBjYWNoZVZvbHVtZSgnZ2VudG9vJywgJ2Rpc3RmaWxlcycpLCBjb250YWluZXJQYXRoOiAnL3Zhci9jYWNoZS9kaXN0ZmlsZXMnIH0pO1xuICBpZiAocmVxdWVzdC5jYWNoZXMuYmlucGtncykgdm9sdW1lcy5wdXNoKHsgbmFtZTogY2FjaGVWb2x1bWUoJ2dlbnRvbycsICdiaW5wa2dzJyksIGNvbnRhaW5lclBhdGg6ICcvdmFyL2NhY2hlL2JpbnBrZ3MnIH0pO1xuICBpZiAocmVxdWVzdC5jYWNoZXMuY2NhY2hlKSB7XG4gICAgdm9sdW1lcy5wdXNoKHsgbmFtZTogY2FjaGVWb2x1bWUoJ2dlbnRvbycsICdjY2FjaGUnKSwgY29udGFpbmVyUGF0aDogJy92YXIvY2FjaGUvY2NhY2hlJyB9KTtcbiAgICBlbnYuQ0NBQ0hFX0RJUiA/Pz0gJy92YXIvY2FjaGUvY2NhY2hlJztcbiAgICBlbnYuRkVBVFVSRVMgKz0gJyBjY2FjaGUnO1xuICB9XG4gIHJldHVybiB7XG4gICAgaW1hZ2U6IHJlcXVlc3QuaW1hZ2UgPz8gY29uZmlnLmltYWdlcy5nZW50b28gPz8gR0VOVE9PX0RFRkFVTFRfSU1BR0UsXG4gICAgZW50cnlwb2ludDogWycvYmluL3NoJywgJy1jJywgR0VOVE9PX0VOVFJZX1NDUklQVCwgJ2VidWlsZC1idWlsZGVyJ10sXG4gICAgYXJndjogWy4uLkdFTlRPT19FTUVSR0VfQVJHUywgLi4ucmVxdWVzdC5lbWVyZ2VBcmdzLCByZXF1ZXN0LmF0b21dLFxuICAgIGVudixcbiAgICBpbnB1dHMsXG4gICAgcGFja2FnZXNEaXI6ICcvdmFyL2NhY2hlL2JpbnBrZ3MnLFxuICAgIHBhY2thZ2VzRGlySXNDYWNoZTogcmVxdWVzdC5jYWNoZXMuYmlucGtncyxcbiAgICBsb2dQYXRoczogW2AvdmFyL3RtcC9wb3J0YWdlLyR7cmVxdWVzdC5jYXRlZ29yeX0vJHtyZXF1ZXN0LnBufS0ke3JlcXVlc3QucHZyfS90ZW1wL2J1aWxkLmxvZ2BdLFxuICAgIHZvbHVtZXMsXG4gICAgdm9sdW1lc0Zyb20sXG4gICAgbGFiZWxzOiBidWlsZExhYmVscyhyZXF1ZXN0LCBidWlsZElkKSxcbiAgICBjYXBBZGQ6IFtdLFxuICAgIHNlY3VyaXR5T3B0OiBbXSxcbiAgICBpbml0OiB0cnVlLFxuICAgIG5vdGVzLFxuICAgIC4uLmJhc2VTcGVjRmllbGRzKGNvbmZpZyksXG4gIH07XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT0Esd0JBQStCO0FBQy9CLHVCQUEwQjtBQUMxQixvQkFBaUY7QUFDakYscUJBQTBCO0FBRW5CLE1BQU0sdUJBQXVCO0FBQzdCLE1BQU0scUJBQXFCLENBQUMsY0FBYyxZQUFZLGFBQWEsYUFBYSxrQkFBa0Isc0JBQXNCO0FBS3hILE1BQU0sa0JBQWtCO0FBRXhCLE1BQU0sc0JBQXNCO0FBQUEsRUFDakM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLEVBQUUsS0FBSyxJQUFJO0FBT0osU0FBUyxnQkFBZ0IsU0FBNkI7QUFDM0QsUUFBTSxJQUFJLFFBQVEsS0FBSztBQUN2QixNQUFJLE1BQU0sUUFBUyxRQUFPLEVBQUUsTUFBTSxRQUFRO0FBQzFDLFFBQU0sSUFBSSx1QkFBdUIsS0FBSyxDQUFDO0FBQ3ZDLE1BQUksRUFBRyxRQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBd0IsT0FBTyxFQUFFLENBQUMsRUFBRTtBQUM3RCxRQUFNLElBQUk7QUFBQSxJQUNSLDRDQUE0QyxPQUFPO0FBQUEsSUFDbkQ7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxpQkFBaUIsT0FBdUI7QUFDdEQsU0FBTyx1QkFBdUIsTUFBTSxRQUFRLHFCQUFxQixHQUFHLENBQUM7QUFDdkU7QUFFTyxTQUFTLFdBQVcsU0FBdUIsUUFBcUIsU0FBZ0M7QUFDckcsUUFBTSxRQUFrQixDQUFDLFlBQVksZUFBZSxvRUFBb0U7QUFDeEgsUUFBTSxTQUEyQixDQUFDO0FBQ2xDLGFBQVcsS0FBSyxRQUFRLFVBQVU7QUFDaEMsV0FBTyxLQUFLLEVBQUUsTUFBTSxPQUFPLFVBQVUsRUFBRSxVQUFVLGVBQWUsaUJBQWlCLEVBQUUsSUFBSSxHQUFHLENBQUM7QUFDM0YsV0FBTyxLQUFLLEVBQUUsTUFBTSxXQUFXLGVBQWUsMkJBQTJCLEVBQUUsSUFBSSxTQUFTLGFBQVMsMEJBQVUsRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFBQSxFQUNqSTtBQUNBLGFBQVcsUUFBUSxrQ0FBZ0I7QUFDakMsZUFBVyxFQUFFLFFBQVEsU0FBUyxTQUFLLDZCQUFjLFNBQVMsSUFBSSxHQUFHO0FBQy9ELFlBQU0sT0FBTyx3QkFBd0IsSUFBSTtBQUN6QyxZQUFNLGdCQUFnQixPQUFPLGNBQWMsR0FBRyxJQUFJLG1CQUFtQixRQUFRLEtBQUssR0FBRyxJQUFJO0FBQ3pGLGFBQU8sS0FBSyxFQUFFLE1BQU0sUUFBUSxVQUFVLE9BQU8sTUFBTSxjQUFjLENBQUM7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsVUFBVSxPQUFRLFFBQU8sS0FBSyxFQUFFLE1BQU0sT0FBTyxVQUFVLFFBQVEsVUFBVSxRQUFRLGVBQWUsbUJBQW1CLENBQUM7QUFDaEksTUFBSSxRQUFRLFVBQVUsU0FBVSxRQUFPLEtBQUssRUFBRSxNQUFNLFFBQVEsVUFBVSxRQUFRLFVBQVUsVUFBVSxlQUFlLHdDQUF3QyxDQUFDO0FBRTFKLFFBQU0sT0FBTyxnQkFBZ0IsT0FBTyxVQUFVO0FBQzlDLFFBQU0sY0FBNEMsQ0FBQztBQUNuRCxNQUFJLEtBQUssU0FBUyxVQUFVO0FBQzFCLGdCQUFZLEtBQUssRUFBRSxXQUFXLGlCQUFpQixLQUFLLEtBQU0sR0FBRyxPQUFPLEtBQUssTUFBTyxDQUFDO0FBQ2pGLFVBQU0sS0FBSyxpQkFBaUIsS0FBSyxLQUFLLGtCQUFrQjtBQUFBLEVBQzFELFdBQVcsS0FBSyxTQUFTLFFBQVE7QUFDL0IsV0FBTyxLQUFLLEVBQUUsTUFBTSxPQUFPLFVBQVUsS0FBSyxPQUFRLGVBQWUsdUJBQXVCLENBQUM7QUFDekYsVUFBTSxLQUFLLGFBQWEsS0FBSyxLQUFLLDBCQUEwQjtBQUFBLEVBQzlEO0FBRUEsUUFBTSxVQUFNLHVCQUFRLFFBQVEsT0FBTztBQUNuQyxNQUFJLFdBQVcsSUFBSSxXQUFXLEdBQUcsZUFBZSxJQUFJLElBQUksUUFBUSxLQUFLO0FBQ3JFLE1BQUksU0FBUztBQUNiLFFBQU0sVUFBb0MsQ0FBQztBQUMzQyxNQUFJLFFBQVEsT0FBTyxVQUFXLFNBQVEsS0FBSyxFQUFFLFVBQU0sMkJBQVksVUFBVSxXQUFXLEdBQUcsZUFBZSx1QkFBdUIsQ0FBQztBQUM5SCxNQUFJLFFBQVEsT0FBTyxRQUFTLFNBQVEsS0FBSyxFQUFFLFVBQU0sMkJBQVksVUFBVSxTQUFTLEdBQUcsZUFBZSxxQkFBcUIsQ0FBQztBQUN4SCxNQUFJLFFBQVEsT0FBTyxRQUFRO0FBQ3pCLFlBQVEsS0FBSyxFQUFFLFVBQU0sMkJBQVksVUFBVSxRQUFRLEdBQUcsZUFBZSxvQkFBb0IsQ0FBQztBQUMxRixRQUFJLGVBQWU7QUFDbkIsUUFBSSxZQUFZO0FBQUEsRUFDbEI7QUFDQSxTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVEsU0FBUyxPQUFPLE9BQU8sVUFBVTtBQUFBLElBQ2hELFlBQVksQ0FBQyxXQUFXLE1BQU0scUJBQXFCLGdCQUFnQjtBQUFBLElBQ25FLE1BQU0sQ0FBQyxHQUFHLG9CQUFvQixHQUFHLFFBQVEsWUFBWSxRQUFRLElBQUk7QUFBQSxJQUNqRTtBQUFBLElBQ0E7QUFBQSxJQUNBLGFBQWE7QUFBQSxJQUNiLG9CQUFvQixRQUFRLE9BQU87QUFBQSxJQUNuQyxVQUFVLENBQUMsb0JBQW9CLFFBQVEsUUFBUSxJQUFJLFFBQVEsRUFBRSxJQUFJLFFBQVEsR0FBRyxpQkFBaUI7QUFBQSxJQUM3RjtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVEsMkJBQVksU0FBUyxPQUFPO0FBQUEsSUFDcEMsUUFBUSxDQUFDO0FBQUEsSUFDVCxhQUFhLENBQUM7QUFBQSxJQUNkLE1BQU07QUFBQSxJQUNOO0FBQUEsSUFDQSxPQUFHLDhCQUFlLE1BQU07QUFBQSxFQUMxQjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
