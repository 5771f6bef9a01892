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
var ebuildSkeleton_exports = {};
__export(ebuildSkeleton_exports, {
  LATEST_EAPI: () => LATEST_EAPI,
  bumpedEbuildPath: () => bumpedEbuildPath,
  ebuildSkeleton: () => ebuildSkeleton,
  splitEbuildFile: () => splitEbuildFile,
  suggestedBumps: () => suggestedBumps
});
module.exports = __toCommonJS(ebuildSkeleton_exports);
var import_node_path = require("node:path");
var import_userError = require("./userError");
var import_version = require("./version");
const LATEST_EAPI = "8";
function ebuildSkeleton(o) {
  const lines = [
    `# Copyright ${o.year} Gentoo Authors`,
    "# Distributed under the terms of the GNU General Public License v2",
    "",
    `EAPI=${o.eapi ?? LATEST_EAPI}`,
    ""
  ];
  if (o.inherit?.length) lines.push(`inherit ${o.inherit.join(" ")}`, "");
  lines.push(
    `DESCRIPTION="${o.description ?? ""}"`,
    `HOMEPAGE="${o.homepage ?? ""}"`,
    'SRC_URI=""',
    "",
    `LICENSE="${o.license ?? ""}"`,
    'SLOT="0"',
    `KEYWORDS="${o.keywords ?? "~amd64"}"`,
    'IUSE=""',
    "",
    'RDEPEND=""',
    'DEPEND="${RDEPEND}"',
    'BDEPEND=""',
    ""
  );
  return lines.join("\n");
}
function splitEbuildFile(path) {
  const pn = (0, import_node_path.basename)((0, import_node_path.dirname)(path));
  const file = (0, import_node_path.basename)(path);
  const pvr = file.startsWith(`${pn}-`) && file.endsWith(".ebuild") ? file.slice(pn.length + 1, -".ebuild".length) : "";
  if (!(0, import_version.isValidVersion)(pvr)) {
    throw new import_userError.UserError(
      `${file} is not named <package>-<version>.ebuild inside a directory named after the package (${pn}).`,
      "Open an ebuild in its category/package directory, e.g. app-misc/hello/hello-1.0.ebuild.",
      "not-an-ebuild-file"
    );
  }
  return { pn, pvr };
}
function suggestedBumps(pvr) {
  const v = (0, import_version.parseVersion)(pvr);
  const base = pvr.replace(/-r\d+$/, "");
  const revision = `${base}-r${Number(v.revision || "0") + 1}`;
  const numbers = [...v.numbers];
  numbers[numbers.length - 1] = String(Number(numbers[numbers.length - 1]) + 1);
  return [numbers.join("."), revision];
}
function bumpedEbuildPath(path, newVersion) {
  const { pn, pvr } = splitEbuildFile(path);
  const v = newVersion.trim();
  if (!(0, import_version.isValidVersion)(v)) {
    throw new import_userError.UserError(`"${v}" is not a valid version for ${pn}.`, "Use digits separated by dots, optional letter, _alpha/_beta/_pre/_rc/_p suffixes and -rN (e.g. 1.2.3_rc1-r1).", "invalid-version");
  }
  if (v === pvr) throw new import_userError.UserError(`${pn} is already at ${v}.`, "Enter a different version.", "same-version");
  return (0, import_node_path.join)((0, import_node_path.dirname)(path), `${pn}-${v}.ebuild`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LATEST_EAPI,
  bumpedEbuildPath,
  ebuildSkeleton,
  splitEbuildFile,
  suggestedBumps
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvZWJ1aWxkU2tlbGV0b24udHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIHB1cmUgcGFydHMgb2YgdGhlIGVidWlsZCBlZGl0aW5nIGNvbW1hbmRzOiBhIG5ldyBlYnVpbGQncyB0ZXh0IChHZW50b28ncyBza2VsLmVidWlsZCBsYXlvdXQsXG4gKiBjdXJyZW50IHllYXIsIGxhdGVzdCBFQVBJKSBhbmQgdGhlIGZpbGUgbmFtZSBvZiBhIHZlcnNpb24gYnVtcC5cbiAqL1xuaW1wb3J0IHsgYmFzZW5hbWUsIGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi91c2VyRXJyb3InO1xuaW1wb3J0IHsgaXNWYWxpZFZlcnNpb24sIHBhcnNlVmVyc2lvbiB9IGZyb20gJy4vdmVyc2lvbic7XG5cbi8qKiBUaGUgbmV3ZXN0IEVBUEkgUE1TIGRlZmluZXM7IG5ldyBlYnVpbGRzIHVzZSBpdC4gKi9cbmV4cG9ydCBjb25zdCBMQVRFU1RfRUFQSSA9ICc4JztcblxuZXhwb3J0IGludGVyZmFjZSBTa2VsZXRvbk9wdGlvbnMge1xuICB5ZWFyOiBudW1iZXI7XG4gIGVhcGk/OiBzdHJpbmc7XG4gIGRlc2NyaXB0aW9uPzogc3RyaW5nO1xuICBob21lcGFnZT86IHN0cmluZztcbiAgbGljZW5zZT86IHN0cmluZztcbiAga2V5d29yZHM/OiBzdHJpbmc7XG4gIGluaGVyaXQ/OiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVidWlsZFNrZWxldG9uKG86IFNrZWxldG9uT3B0aW9ucyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIENvcHlyaWdodCAke28ueWVhcn0gR2VudG9vIEF1dGhvcnNgLFxuICAgICcjIERpc3RyaWJ1dGVkIHVuZGVyIHRoZSB0ZXJtcyBvZiB0aGUgR05VIEdlbmVyYWwgUHVibGljIExpY2Vuc2UgdjInLFxuICAgICcnLFxuICAgIGBFQVBJPSR7by5lYXBpID8/IExBVEVTVF9FQVBJfWAsXG4gICAgJycsXG4gIF07XG4gIGlmIChvLmluaGVyaXQ/Lmxlbmd0aCkgbGluZXMucHVzaChgaW5oZXJpdCAke28uaW5oZXJpdC5qb2luKCcgJyl9YCwgJycpO1xuICBsaW5lcy5wdXNoKFxuICAgIGBERVNDUklQVElPTj1cIiR7by5kZXNjcmlwdGlvbiA/PyAnJ31cImAsXG4gICAgYEhPTUVQQUdFPVwiJHtvLmhvbWVwYWdlID8/ICcnfVwiYCxcbiAgICAnU1JDX1VSST1cIlwiJyxcbiAgICAnJyxcbiAgICBgTElDRU5TRT1cIiR7by5saWNlbnNlID8/ICcnfVwiYCxcbiAgICAnU0xPVD1cIjBcIicsXG4gICAgYEtFWVdPUkRTPVwiJHtvLmtleXdvcmRzID8/ICd+YW1kNjQnfVwiYCxcbiAgICAnSVVTRT1cIlwiJyxcbiAgICAnJyxcbiAgICAnUkRFUEVORD1cIlwiJyxcbiAgICAnREVQRU5EPVwiJHtSREVQRU5EfVwiJyxcbiAgICAnQkRFUEVORD1cIlwiJyxcbiAgICAnJyxcbiAgKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuXG4vKiogYHBuLXZlci5lYnVpbGRgIGluc2lkZSBgLi4uL2NhdC9wbi9gOiB0aGUgcGFja2FnZSBuYW1lIGFuZCB2ZXJzaW9uICh3aXRoIHJldmlzaW9uKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdEVidWlsZEZpbGUocGF0aDogc3RyaW5nKTogeyBwbjogc3RyaW5nOyBwdnI6IHN0cmluZyB9IHtcbiAgY29uc3QgcG4gPSBiYXNlbmFtZShkaXJuYW1lKHBhdGgpKTtcbiAgY29uc3QgZmlsZSA9IGJhc2VuYW1lKHBhdGgpO1xuICBjb25zdCBwdnIgPSBmaWxlLnN0YXJ0c1dpdGgoYCR7cG59LWApICYmIGZpbGUuZW5kc1dpdGgoJy5lYnVpbGQnKSA/IGZpbGUuc2xpY2UocG4ubGVuZ3RoICsgMSwgLScuZWJ1aWxkJy5sZW5ndGgpIDogJyc7XG4gIGlmICghaXNWYWxpZFZlcnNpb24ocHZyKSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZmlsZX0gaXMgbm90IG5hbWVkIDxwYWNrYWdlPi08dmVyc2lvbj4uZWJ1aWxkIGluc2lkZSBhIGRpcmVjdG9yeSBuYW1lZCBhZnRlciB0aGUgcGFja2FnZSAoJHtwbn0pLmAsXG4gICAgICAnT3BlbiBhbiBlYnVpbGQgaW4gaXRzIGNhdGVnb3J5L3BhY2thZ2UgZGlyZWN0b3J5LCBlLmcuIGFwcC1taXNjL2hlbGxvL2hlbGxvLTEuMC5lYnVpbGQuJywgJ25vdC1hbi1lYnVpbGQtZmlsZScpO1xuICB9XG4gIHJldHVybiB7IHBuLCBwdnIgfTtcbn1cblxuLyoqIFZlcnNpb25zIGEgYnVtcCB1c3VhbGx5IGdvZXMgdG86IG5leHQgcmV2aXNpb24sIHRoZW4gdGhlIGxhc3QgbnVtZXJpYyBjb21wb25lbnQgcGx1cyBvbmUuICovXG5leHBvcnQgZnVuY3Rpb24gc3VnZ2VzdGVkQnVtcHMocHZyOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHYgPSBwYXJzZVZlcnNpb24ocHZyKTtcbiAgY29uc3QgYmFzZSA9IHB2ci5yZXBsYWNlKC8tclxcZCskLywgJycpO1xuICBjb25zdCByZXZpc2lvbiA9IGAke2Jhc2V9LXIke051bWJlcih2LnJldmlzaW9uIHx8ICcwJykgKyAxfWA7XG4gIGNvbnN0IG51bWJlcnMgPSBbLi4udi5udW1iZXJzXTtcbiAgbnVtYmVyc1tudW1iZXJzLmxlbmd0aCAtIDFdID0gU3RyaW5nKE51bWJlcihudW1iZXJzW251bWJlcnMubGVuZ3RoIC0gMV0pICsgMSk7XG4gIHJldHVybiBbbnVtYmVycy5qb2luKCcuJyksIHJldmlzaW9uXTtcbn1cblxuLyoqIFRoZSBwYXRoIG9mIHRoZSBidW1wZWQgY29weTsgdGhyb3dzIGEgVXNlckVycm9yIGZvciBhbiBpbnZhbGlkIHZlcnNpb24gb3IgYW4gdW5jaGFuZ2VkIG9uZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBidW1wZWRFYnVpbGRQYXRoKHBhdGg6IHN0cmluZywgbmV3VmVyc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgeyBwbiwgcHZyIH0gPSBzcGxpdEVidWlsZEZpbGUocGF0aCk7XG4gIGNvbnN0IHYgPSBuZXdWZXJzaW9uLnRyaW0oKTtcbiAgaWYgKCFpc1ZhbGlkVmVyc2lvbih2KSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYFwiJHt2fVwiIGlzIG5vdCBhIHZhbGlkIHZlcnNpb24gZm9yICR7cG59LmAsICdVc2UgZGlnaXRzIHNlcGFyYXRlZCBieSBkb3RzLCBvcHRpb25hbCBsZXR0ZXIsIF9hbHBoYS9fYmV0YS9fcHJlL19yYy9fcCBzdWZmaXhlcyBhbmQgLXJOIChlLmcuIDEuMi4zX3JjMS1yMSkuJywgJ2ludmFsaWQtdmVyc2lvbicpO1xuICB9XG4gIGlmICh2ID09PSBwdnIpIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7cG59IGlzIGFscmVhZHkgYXQgJHt2fS5gLCAnRW50ZXIgYSBkaWZmZXJlbnQgdmVyc2lvbi4nLCAnc2FtZS12ZXJzaW9uJyk7XG4gIHJldHVybiBqb2luKGRpcm5hbWUocGF0aCksIGAke3BufS0ke3Z9LmVidWlsZGApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsdUJBQXdDO0FBQ3hDLHVCQUEwQjtBQUMxQixxQkFBNkM7QUFHdEMsTUFBTSxjQUFjO0FBWXBCLFNBQVMsZUFBZSxHQUE0QjtBQUN6RCxRQUFNLFFBQVE7QUFBQSxJQUNaLGVBQWUsRUFBRSxJQUFJO0FBQUEsSUFDckI7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRLEVBQUUsUUFBUSxXQUFXO0FBQUEsSUFDN0I7QUFBQSxFQUNGO0FBQ0EsTUFBSSxFQUFFLFNBQVMsT0FBUSxPQUFNLEtBQUssV0FBVyxFQUFFLFFBQVEsS0FBSyxHQUFHLENBQUMsSUFBSSxFQUFFO0FBQ3RFLFFBQU07QUFBQSxJQUNKLGdCQUFnQixFQUFFLGVBQWUsRUFBRTtBQUFBLElBQ25DLGFBQWEsRUFBRSxZQUFZLEVBQUU7QUFBQSxJQUM3QjtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVksRUFBRSxXQUFXLEVBQUU7QUFBQSxJQUMzQjtBQUFBLElBQ0EsYUFBYSxFQUFFLFlBQVksUUFBUTtBQUFBLElBQ25DO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0EsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4QjtBQUdPLFNBQVMsZ0JBQWdCLE1BQTJDO0FBQ3pFLFFBQU0sU0FBSywrQkFBUywwQkFBUSxJQUFJLENBQUM7QUFDakMsUUFBTSxXQUFPLDJCQUFTLElBQUk7QUFDMUIsUUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEVBQUUsR0FBRyxLQUFLLEtBQUssU0FBUyxTQUFTLElBQUksS0FBSyxNQUFNLEdBQUcsU0FBUyxHQUFHLENBQUMsVUFBVSxNQUFNLElBQUk7QUFDbkgsTUFBSSxLQUFDLCtCQUFlLEdBQUcsR0FBRztBQUN4QixVQUFNLElBQUk7QUFBQSxNQUFVLEdBQUcsSUFBSSx3RkFBd0YsRUFBRTtBQUFBLE1BQ25IO0FBQUEsTUFBMkY7QUFBQSxJQUFvQjtBQUFBLEVBQ25IO0FBQ0EsU0FBTyxFQUFFLElBQUksSUFBSTtBQUNuQjtBQUdPLFNBQVMsZUFBZSxLQUF1QjtBQUNwRCxRQUFNLFFBQUksNkJBQWEsR0FBRztBQUMxQixRQUFNLE9BQU8sSUFBSSxRQUFRLFVBQVUsRUFBRTtBQUNyQyxRQUFNLFdBQVcsR0FBRyxJQUFJLEtBQUssT0FBTyxFQUFFLFlBQVksR0FBRyxJQUFJLENBQUM7QUFDMUQsUUFBTSxVQUFVLENBQUMsR0FBRyxFQUFFLE9BQU87QUFDN0IsVUFBUSxRQUFRLFNBQVMsQ0FBQyxJQUFJLE9BQU8sT0FBTyxRQUFRLFFBQVEsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDO0FBQzVFLFNBQU8sQ0FBQyxRQUFRLEtBQUssR0FBRyxHQUFHLFFBQVE7QUFDckM7QUFHTyxTQUFTLGlCQUFpQixNQUFjLFlBQTRCO0FBQ3pFLFFBQU0sRUFBRSxJQUFJLElBQUksSUFBSSxnQkFBZ0IsSUFBSTtBQUN4QyxRQUFNLElBQUksV0FBVyxLQUFLO0FBQzFCLE1BQUksS0FBQywrQkFBZSxDQUFDLEdBQUc7QUFDdEIsVUFBTSxJQUFJLDJCQUFVLElBQUksQ0FBQyxnQ0FBZ0MsRUFBRSxLQUFLLGlIQUFpSCxpQkFBaUI7QUFBQSxFQUNwTTtBQUNBLE1BQUksTUFBTSxJQUFLLE9BQU0sSUFBSSwyQkFBVSxHQUFHLEVBQUUsa0JBQWtCLENBQUMsS0FBSyw4QkFBOEIsY0FBYztBQUM1RyxhQUFPLDJCQUFLLDBCQUFRLElBQUksR0FBRyxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVM7QUFDaEQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
