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
var ebuildPath_exports = {};
__export(ebuildPath_exports, {
  atomFromEbuildPath: () => atomFromEbuildPath,
  findOverlayFor: () => findOverlayFor,
  isInside: () => isInside
});
module.exports = __toCommonJS(ebuildPath_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_atom = require("./atom");
var import_userError = require("./userError");
var import_version = require("./version");
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function findOverlayFor(file, overlays) {
  let best;
  for (const overlay of overlays) {
    for (const root of /* @__PURE__ */ new Set([path.resolve(overlay.path), path.resolve(overlay.realPath)])) {
      if (!isInside(root, file)) continue;
      const depth = root.split(path.sep).length;
      if (!best || depth > best.depth) best = { overlay, relative: path.relative(root, file), depth };
    }
  }
  return best && { overlay: best.overlay, relative: best.relative };
}
function describeOverlays(overlays) {
  if (overlays.length === 0) return "No overlay was found in the workspace";
  return `Overlays found: ${overlays.map((o) => `${o.name} (${o.path})`).join(", ")}`;
}
function atomFromEbuildPath(ebuildPath, overlays) {
  const file = path.resolve(ebuildPath);
  const base = path.basename(file);
  if (!base.endsWith(".ebuild")) {
    throw new import_userError.UserError(`${file} is not an ebuild: its name does not end in ".ebuild".`, "Open or select a <package>-<version>.ebuild file and build that.", "not-an-ebuild");
  }
  let found = findOverlayFor(file, overlays);
  if (!found) {
    try {
      found = findOverlayFor((0, import_node_fs.realpathSync)(file), overlays);
    } catch {
    }
  }
  if (!found) {
    throw new import_userError.UserError(
      `${file} is not inside any overlay of the workspace. ${describeOverlays(overlays)}.`,
      "Open the overlay folder (a directory with profiles/repo_name or metadata/layout.conf) as a workspace folder, or move the ebuild into <overlay>/<category>/<package>/.",
      "not-in-overlay"
    );
  }
  const { overlay, relative } = found;
  const segments = relative.split(path.sep);
  if (segments.length !== 3) {
    throw new import_userError.UserError(
      `${file} is not at <overlay>/<category>/<package>/<package>-<version>.ebuild inside overlay "${overlay.name}" (${overlay.path}): it is at ${segments.join("/")}.`,
      `Move it to ${path.join(overlay.path, "<category>", "<package>", base)}.`,
      "bad-ebuild-location"
    );
  }
  const [category, dirPn] = segments;
  if (!(0, import_atom.isValidCategory)(category)) {
    throw new import_userError.UserError(`"${category}" (the folder above ${dirPn}/) is not a valid category name.`, 'Category names use letters, digits, "+", "_", ".", "-" and do not start with "-", ".", or "+"; move the package into one (e.g. app-misc/).', "invalid-category");
  }
  if (!(0, import_atom.isValidPackageName)(dirPn)) {
    throw new import_userError.UserError(`"${dirPn}" (folder of ${base}) is not a valid package name.`, 'Package names use letters, digits, "+", "_", "-" and must not end in a hyphen followed by a version; rename the folder.', "invalid-package-name");
  }
  const stem = base.slice(0, -".ebuild".length);
  const split = (0, import_atom.splitPackageVersion)(stem);
  if (!stem.startsWith(`${dirPn}-`) || split && split.pn !== dirPn) {
    throw new import_userError.UserError(
      `${base} does not match its folder ${category}/${dirPn}/: an ebuild there must be named ${dirPn}-<version>.ebuild.`,
      `Rename it to ${dirPn}-<version>.ebuild or move it to a folder named after the package.`,
      "ebuild-name-mismatch"
    );
  }
  const pvr = stem.slice(dirPn.length + 1);
  if (!(0, import_version.isValidVersion)(pvr)) {
    throw new import_userError.UserError(
      `${base} has an invalid version "${pvr}" (PMS: digits and dots, optional letter, _alpha/_beta/_pre/_rc/_p suffixes, -rN).`,
      `Rename it, e.g. ${dirPn}-1.0.ebuild or ${dirPn}-1.0_rc1-r1.ebuild.`,
      "invalid-version"
    );
  }
  return { atom: `=${category}/${dirPn}-${pvr}::${overlay.name}`, category, pn: dirPn, pvr, overlay };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  atomFromEbuildPath,
  findOverlayFor,
  isInside
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NvcmUvZWJ1aWxkUGF0aC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBgPG92ZXJsYXk+LzxjYXQ+Lzxwbj4vPHBuPi08cHZyPi5lYnVpbGRgIFx1MjE5MiBgPWNhdC9wbi1wdnI6OnJlcG9gLiBQdXJlIHBhdGggYXJpdGhtZXRpYywgZXhjZXB0IHRoYXQgYVxuICogcGF0aCByZWFjaGVkIHRocm91Z2ggYSBzeW1saW5rIHRoZSBvdmVybGF5IGxpc3QgZG9lcyBub3Qga25vdyBpcyByZXNvbHZlZCB3aXRoIHJlYWxwYXRoIGFzIGEgbGFzdCB0cnkuXG4gKi9cbmltcG9ydCB7IHJlYWxwYXRoU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgaXNWYWxpZENhdGVnb3J5LCBpc1ZhbGlkUGFja2FnZU5hbWUsIHNwbGl0UGFja2FnZVZlcnNpb24gfSBmcm9tICcuL2F0b20nO1xuaW1wb3J0IHR5cGUgeyBPdmVybGF5IH0gZnJvbSAnLi9idWlsZE1vZGVsJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4vdXNlckVycm9yJztcbmltcG9ydCB7IGlzVmFsaWRWZXJzaW9uIH0gZnJvbSAnLi92ZXJzaW9uJztcblxuZXhwb3J0IGludGVyZmFjZSBFYnVpbGRBdG9tIHtcbiAgLyoqIGA9Y2F0L3BuLXB2cjo6cmVwb2AgKi9cbiAgYXRvbTogc3RyaW5nO1xuICBjYXRlZ29yeTogc3RyaW5nO1xuICBwbjogc3RyaW5nO1xuICAvKiogVmVyc2lvbiB3aXRoIHJldmlzaW9uLiAqL1xuICBwdnI6IHN0cmluZztcbiAgb3ZlcmxheTogT3ZlcmxheTtcbn1cblxuLyoqIFRydWUgd2hlbiBgY2hpbGRgIGlzIGBwYXJlbnRgIG9yIGluc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0luc2lkZShwYXJlbnQ6IHN0cmluZywgY2hpbGQ6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCByZWwgPSBwYXRoLnJlbGF0aXZlKHBhcmVudCwgY2hpbGQpO1xuICByZXR1cm4gcmVsID09PSAnJyB8fCAoIXJlbC5zdGFydHNXaXRoKCcuLicpICYmICFwYXRoLmlzQWJzb2x1dGUocmVsKSk7XG59XG5cbi8qKiBUaGUgaW5uZXJtb3N0IG92ZXJsYXkgaG9sZGluZyBgZmlsZWAgKG5lc3RlZCBvdmVybGF5czogdGhlIGRlZXBlc3Qgd2lucyksIHdpdGggdGhlIHBhdGggcmVsYXRpdmUgdG8gaXQuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZE92ZXJsYXlGb3IoZmlsZTogc3RyaW5nLCBvdmVybGF5czogT3ZlcmxheVtdKTogeyBvdmVybGF5OiBPdmVybGF5OyByZWxhdGl2ZTogc3RyaW5nIH0gfCB1bmRlZmluZWQge1xuICBsZXQgYmVzdDogeyBvdmVybGF5OiBPdmVybGF5OyByZWxhdGl2ZTogc3RyaW5nOyBkZXB0aDogbnVtYmVyIH0gfCB1bmRlZmluZWQ7XG4gIGZvciAoY29uc3Qgb3ZlcmxheSBvZiBvdmVybGF5cykge1xuICAgIGZvciAoY29uc3Qgcm9vdCBvZiBuZXcgU2V0KFtwYXRoLnJlc29sdmUob3ZlcmxheS5wYXRoKSwgcGF0aC5yZXNvbHZlKG92ZXJsYXkucmVhbFBhdGgpXSkpIHtcbiAgICAgIGlmICghaXNJbnNpZGUocm9vdCwgZmlsZSkpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgZGVwdGggPSByb290LnNwbGl0KHBhdGguc2VwKS5sZW5ndGg7XG4gICAgICBpZiAoIWJlc3QgfHwgZGVwdGggPiBiZXN0LmRlcHRoKSBiZXN0ID0geyBvdmVybGF5LCByZWxhdGl2ZTogcGF0aC5yZWxhdGl2ZShyb290LCBmaWxlKSwgZGVwdGggfTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGJlc3QgJiYgeyBvdmVybGF5OiBiZXN0Lm92ZXJsYXksIHJlbGF0aXZlOiBiZXN0LnJlbGF0aXZlIH07XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlT3ZlcmxheXMob3ZlcmxheXM6IE92ZXJsYXlbXSk6IHN0cmluZyB7XG4gIGlmIChvdmVybGF5cy5sZW5ndGggPT09IDApIHJldHVybiAnTm8gb3ZlcmxheSB3YXMgZm91bmQgaW4gdGhlIHdvcmtzcGFjZSc7XG4gIHJldHVybiBgT3ZlcmxheXMgZm91bmQ6ICR7b3ZlcmxheXMubWFwKChvKSA9PiBgJHtvLm5hbWV9ICgke28ucGF0aH0pYCkuam9pbignLCAnKX1gO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYXRvbUZyb21FYnVpbGRQYXRoKGVidWlsZFBhdGg6IHN0cmluZywgb3ZlcmxheXM6IE92ZXJsYXlbXSk6IEVidWlsZEF0b20ge1xuICBjb25zdCBmaWxlID0gcGF0aC5yZXNvbHZlKGVidWlsZFBhdGgpO1xuICBjb25zdCBiYXNlID0gcGF0aC5iYXNlbmFtZShmaWxlKTtcbiAgaWYgKCFiYXNlLmVuZHNXaXRoKCcuZWJ1aWxkJykpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGAke2ZpbGV9IGlzIG5vdCBhbiBlYnVpbGQ6IGl0cyBuYW1lIGRvZXMgbm90IGVuZCBpbiBcIi5lYnVpbGRcIi5gLCAnT3BlbiBvciBzZWxlY3QgYSA8cGFja2FnZT4tPHZlcnNpb24+LmVidWlsZCBmaWxlIGFuZCBidWlsZCB0aGF0LicsICdub3QtYW4tZWJ1aWxkJyk7XG4gIH1cbiAgbGV0IGZvdW5kID0gZmluZE92ZXJsYXlGb3IoZmlsZSwgb3ZlcmxheXMpO1xuICBpZiAoIWZvdW5kKSB7XG4gICAgdHJ5IHtcbiAgICAgIGZvdW5kID0gZmluZE92ZXJsYXlGb3IocmVhbHBhdGhTeW5jKGZpbGUpLCBvdmVybGF5cyk7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBUaGUgZmlsZSBtYXkgbm90IGV4aXN0ICh5ZXQpOiBrZWVwIHRoZSBcIm91dHNpZGUgYW55IG92ZXJsYXlcIiBlcnJvciBiZWxvdy5cbiAgICB9XG4gIH1cbiAgaWYgKCFmb3VuZCkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoXG4gICAgICBgJHtmaWxlfSBpcyBub3QgaW5zaWRlIGFueSBvdmVybGF5IG9mIHRoZSB3b3Jrc3BhY2UuICR7ZGVzY3JpYmVPdmVybGF5cyhvdmVybGF5cyl9LmAsXG4gICAgICAnT3BlbiB0aGUgb3ZlcmxheSBmb2xkZXIgKGEgZGlyZWN0b3J5IHdpdGggcHJvZmlsZXMvcmVwb19uYW1lIG9yIG1ldGFkYXRhL2xheW91dC5jb25mKSBhcyBhIHdvcmtzcGFjZSBmb2xkZXIsIG9yIG1vdmUgdGhlIGVidWlsZCBpbnRvIDxvdmVybGF5Pi88Y2F0ZWdvcnk+LzxwYWNrYWdlPi8uJyxcbiAgICAgICdub3QtaW4tb3ZlcmxheScsXG4gICAgKTtcbiAgfVxuICBjb25zdCB7IG92ZXJsYXksIHJlbGF0aXZlIH0gPSBmb3VuZDtcbiAgY29uc3Qgc2VnbWVudHMgPSByZWxhdGl2ZS5zcGxpdChwYXRoLnNlcCk7XG4gIGlmIChzZWdtZW50cy5sZW5ndGggIT09IDMpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKFxuICAgICAgYCR7ZmlsZX0gaXMgbm90IGF0IDxvdmVybGF5Pi88Y2F0ZWdvcnk+LzxwYWNrYWdlPi88cGFja2FnZT4tPHZlcnNpb24+LmVidWlsZCBpbnNpZGUgb3ZlcmxheSBcIiR7b3ZlcmxheS5uYW1lfVwiICgke292ZXJsYXkucGF0aH0pOiBpdCBpcyBhdCAke3NlZ21lbnRzLmpvaW4oJy8nKX0uYCxcbiAgICAgIGBNb3ZlIGl0IHRvICR7cGF0aC5qb2luKG92ZXJsYXkucGF0aCwgJzxjYXRlZ29yeT4nLCAnPHBhY2thZ2U+JywgYmFzZSl9LmAsXG4gICAgICAnYmFkLWVidWlsZC1sb2NhdGlvbicsXG4gICAgKTtcbiAgfVxuICBjb25zdCBbY2F0ZWdvcnksIGRpclBuXSA9IHNlZ21lbnRzO1xuICBpZiAoIWlzVmFsaWRDYXRlZ29yeShjYXRlZ29yeSkpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBcIiR7Y2F0ZWdvcnl9XCIgKHRoZSBmb2xkZXIgYWJvdmUgJHtkaXJQbn0vKSBpcyBub3QgYSB2YWxpZCBjYXRlZ29yeSBuYW1lLmAsICdDYXRlZ29yeSBuYW1lcyB1c2UgbGV0dGVycywgZGlnaXRzLCBcIitcIiwgXCJfXCIsIFwiLlwiLCBcIi1cIiBhbmQgZG8gbm90IHN0YXJ0IHdpdGggXCItXCIsIFwiLlwiLCBvciBcIitcIjsgbW92ZSB0aGUgcGFja2FnZSBpbnRvIG9uZSAoZS5nLiBhcHAtbWlzYy8pLicsICdpbnZhbGlkLWNhdGVnb3J5Jyk7XG4gIH1cbiAgaWYgKCFpc1ZhbGlkUGFja2FnZU5hbWUoZGlyUG4pKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgXCIke2RpclBufVwiIChmb2xkZXIgb2YgJHtiYXNlfSkgaXMgbm90IGEgdmFsaWQgcGFja2FnZSBuYW1lLmAsICdQYWNrYWdlIG5hbWVzIHVzZSBsZXR0ZXJzLCBkaWdpdHMsIFwiK1wiLCBcIl9cIiwgXCItXCIgYW5kIG11c3Qgbm90IGVuZCBpbiBhIGh5cGhlbiBmb2xsb3dlZCBieSBhIHZlcnNpb247IHJlbmFtZSB0aGUgZm9sZGVyLicsICdpbnZhbGlkLXBhY2thZ2UtbmFtZScpO1xuICB9XG4gIGNvbnN0IHN0ZW0gPSBiYXNlLnNsaWNlKDAsIC0nLmVidWlsZCcubGVuZ3RoKTtcbiAgY29uc3Qgc3BsaXQgPSBzcGxpdFBhY2thZ2VWZXJzaW9uKHN0ZW0pO1xuICBpZiAoIXN0ZW0uc3RhcnRzV2l0aChgJHtkaXJQbn0tYCkgfHwgKHNwbGl0ICYmIHNwbGl0LnBuICE9PSBkaXJQbikpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKFxuICAgICAgYCR7YmFzZX0gZG9lcyBub3QgbWF0Y2ggaXRzIGZvbGRlciAke2NhdGVnb3J5fS8ke2RpclBufS86IGFuIGVidWlsZCB0aGVyZSBtdXN0IGJlIG5hbWVkICR7ZGlyUG59LTx2ZXJzaW9uPi5lYnVpbGQuYCxcbiAgICAgIGBSZW5hbWUgaXQgdG8gJHtkaXJQbn0tPHZlcnNpb24+LmVidWlsZCBvciBtb3ZlIGl0IHRvIGEgZm9sZGVyIG5hbWVkIGFmdGVyIHRoZSBwYWNrYWdlLmAsXG4gICAgICAnZWJ1aWxkLW5hbWUtbWlzbWF0Y2gnLFxuICAgICk7XG4gIH1cbiAgY29uc3QgcHZyID0gc3RlbS5zbGljZShkaXJQbi5sZW5ndGggKyAxKTtcbiAgaWYgKCFpc1ZhbGlkVmVyc2lvbihwdnIpKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihcbiAgICAgIGAke2Jhc2V9IGhhcyBhbiBpbnZhbGlkIHZlcnNpb24gXCIke3B2cn1cIiAoUE1TOiBkaWdpdHMgYW5kIGRvdHMsIG9wdGlvbmFsIGxldHRlciwgX2FscGhhL19iZXRhL19wcmUvX3JjL19wIHN1ZmZpeGVzLCAtck4pLmAsXG4gICAgICBgUmVuYW1lIGl0LCBlLmcuICR7ZGlyUG59LTEuMC5lYnVpbGQgb3IgJHtkaXJQbn0tMS4wX3JjMS1yMS5lYnVpbGQuYCxcbiAgICAgICdpbnZhbGlkLXZlcnNpb24nLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHsgYXRvbTogYD0ke2NhdGVnb3J5fS8ke2RpclBufS0ke3B2cn06OiR7b3ZlcmxheS5uYW1lfWAsIGNhdGVnb3J5LCBwbjogZGlyUG4sIHB2ciwgb3ZlcmxheSB9O1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEscUJBQTZCO0FBQzdCLFdBQXNCO0FBQ3RCLGtCQUF5RTtBQUV6RSx1QkFBMEI7QUFDMUIscUJBQStCO0FBYXhCLFNBQVMsU0FBUyxRQUFnQixPQUF3QjtBQUMvRCxRQUFNLE1BQU0sS0FBSyxTQUFTLFFBQVEsS0FBSztBQUN2QyxTQUFPLFFBQVEsTUFBTyxDQUFDLElBQUksV0FBVyxJQUFJLEtBQUssQ0FBQyxLQUFLLFdBQVcsR0FBRztBQUNyRTtBQUdPLFNBQVMsZUFBZSxNQUFjLFVBQXlFO0FBQ3BILE1BQUk7QUFDSixhQUFXLFdBQVcsVUFBVTtBQUM5QixlQUFXLFFBQVEsb0JBQUksSUFBSSxDQUFDLEtBQUssUUFBUSxRQUFRLElBQUksR0FBRyxLQUFLLFFBQVEsUUFBUSxRQUFRLENBQUMsQ0FBQyxHQUFHO0FBQ3hGLFVBQUksQ0FBQyxTQUFTLE1BQU0sSUFBSSxFQUFHO0FBQzNCLFlBQU0sUUFBUSxLQUFLLE1BQU0sS0FBSyxHQUFHLEVBQUU7QUFDbkMsVUFBSSxDQUFDLFFBQVEsUUFBUSxLQUFLLE1BQU8sUUFBTyxFQUFFLFNBQVMsVUFBVSxLQUFLLFNBQVMsTUFBTSxJQUFJLEdBQUcsTUFBTTtBQUFBLElBQ2hHO0FBQUEsRUFDRjtBQUNBLFNBQU8sUUFBUSxFQUFFLFNBQVMsS0FBSyxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ2xFO0FBRUEsU0FBUyxpQkFBaUIsVUFBNkI7QUFDckQsTUFBSSxTQUFTLFdBQVcsRUFBRyxRQUFPO0FBQ2xDLFNBQU8sbUJBQW1CLFNBQVMsSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLElBQUksS0FBSyxFQUFFLElBQUksR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQ25GO0FBRU8sU0FBUyxtQkFBbUIsWUFBb0IsVUFBaUM7QUFDdEYsUUFBTSxPQUFPLEtBQUssUUFBUSxVQUFVO0FBQ3BDLFFBQU0sT0FBTyxLQUFLLFNBQVMsSUFBSTtBQUMvQixNQUFJLENBQUMsS0FBSyxTQUFTLFNBQVMsR0FBRztBQUM3QixVQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLDBEQUEwRCxvRUFBb0UsZUFBZTtBQUFBLEVBQzFLO0FBQ0EsTUFBSSxRQUFRLGVBQWUsTUFBTSxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxPQUFPO0FBQ1YsUUFBSTtBQUNGLGNBQVEsbUJBQWUsNkJBQWEsSUFBSSxHQUFHLFFBQVE7QUFBQSxJQUNyRCxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLENBQUMsT0FBTztBQUNWLFVBQU0sSUFBSTtBQUFBLE1BQ1IsR0FBRyxJQUFJLGdEQUFnRCxpQkFBaUIsUUFBUSxDQUFDO0FBQUEsTUFDakY7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEVBQUUsU0FBUyxTQUFTLElBQUk7QUFDOUIsUUFBTSxXQUFXLFNBQVMsTUFBTSxLQUFLLEdBQUc7QUFDeEMsTUFBSSxTQUFTLFdBQVcsR0FBRztBQUN6QixVQUFNLElBQUk7QUFBQSxNQUNSLEdBQUcsSUFBSSx3RkFBd0YsUUFBUSxJQUFJLE1BQU0sUUFBUSxJQUFJLGVBQWUsU0FBUyxLQUFLLEdBQUcsQ0FBQztBQUFBLE1BQzlKLGNBQWMsS0FBSyxLQUFLLFFBQVEsTUFBTSxjQUFjLGFBQWEsSUFBSSxDQUFDO0FBQUEsTUFDdEU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sQ0FBQyxVQUFVLEtBQUssSUFBSTtBQUMxQixNQUFJLEtBQUMsNkJBQWdCLFFBQVEsR0FBRztBQUM5QixVQUFNLElBQUksMkJBQVUsSUFBSSxRQUFRLHVCQUF1QixLQUFLLG9DQUFvQyw4SUFBOEksa0JBQWtCO0FBQUEsRUFDbFE7QUFDQSxNQUFJLEtBQUMsZ0NBQW1CLEtBQUssR0FBRztBQUM5QixVQUFNLElBQUksMkJBQVUsSUFBSSxLQUFLLGdCQUFnQixJQUFJLGtDQUFrQywySEFBMkgsc0JBQXNCO0FBQUEsRUFDdE87QUFDQSxRQUFNLE9BQU8sS0FBSyxNQUFNLEdBQUcsQ0FBQyxVQUFVLE1BQU07QUFDNUMsUUFBTSxZQUFRLGlDQUFvQixJQUFJO0FBQ3RDLE1BQUksQ0FBQyxLQUFLLFdBQVcsR0FBRyxLQUFLLEdBQUcsS0FBTSxTQUFTLE1BQU0sT0FBTyxPQUFRO0FBQ2xFLFVBQU0sSUFBSTtBQUFBLE1BQ1IsR0FBRyxJQUFJLDhCQUE4QixRQUFRLElBQUksS0FBSyxvQ0FBb0MsS0FBSztBQUFBLE1BQy9GLGdCQUFnQixLQUFLO0FBQUEsTUFDckI7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sTUFBTSxLQUFLLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDdkMsTUFBSSxLQUFDLCtCQUFlLEdBQUcsR0FBRztBQUN4QixVQUFNLElBQUk7QUFBQSxNQUNSLEdBQUcsSUFBSSw0QkFBNEIsR0FBRztBQUFBLE1BQ3RDLG1CQUFtQixLQUFLLGtCQUFrQixLQUFLO0FBQUEsTUFDL0M7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssUUFBUSxJQUFJLElBQUksVUFBVSxJQUFJLE9BQU8sS0FBSyxRQUFRO0FBQ3BHOyIsCiAgIm5hbWVzIjogW10KfQo=
