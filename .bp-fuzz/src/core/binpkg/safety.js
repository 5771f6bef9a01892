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
var safety_exports = {};
__export(safety_exports, {
  BinpkgFormatError: () => BinpkgFormatError,
  LIMITS: () => LIMITS,
  assertPlainComponent: () => assertPlainComponent,
  displayName: () => displayName,
  isBinpkgFormatError: () => isBinpkgFormatError,
  normaliseImagePath: () => normaliseImagePath,
  symlinkEscapes: () => symlinkEscapes
});
module.exports = __toCommonJS(safety_exports);
var import_userError = require("../userError");
class BinpkgFormatError extends import_userError.UserError {
  constructor(file, detail, action = "Rebuild the package with emerge --buildpkg, or delete it if it came from an untrusted source.") {
    super(`${file}: ${detail}`, action, "binpkg-format");
    this.file = file;
    this.name = "UserError";
  }
  file;
}
function isBinpkgFormatError(e) {
  return e instanceof BinpkgFormatError;
}
const LIMITS = {
  /** One XPAK segment (all metadata including environment.bz2). */
  xpakBytes: 256 * 1024 * 1024,
  /** One metadata value kept in memory (GPKG metadata.tar entry). */
  metadataValueBytes: 64 * 1024 * 1024,
  /** The decompressed metadata.tar as a whole. */
  metadataTarBytes: 512 * 1024 * 1024,
  /** A Manifest, a signature, a pax header, a GNU long name. */
  smallMemberBytes: 16 * 1024 * 1024,
  /** Entries listed from one image before we call it hostile. */
  imageEntries: 5e6
};
function displayName(name) {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code === 65533 ? "\\ufffd" : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}
function normaliseImagePath(raw, root) {
  if (raw.startsWith("/")) return { path: displayName(raw), unsafe: "absolute path in archive" };
  const parts = raw.split("/").filter((p) => p !== "" && p !== ".");
  if (root) {
    if (parts[0] !== root) return { path: "/" + displayName(parts.join("/")), unsafe: `outside the ${root}/ directory` };
    parts.shift();
  }
  const out = [];
  for (const p of parts) {
    if (p === "..") {
      if (out.length === 0) return { path: "/" + displayName(parts.join("/")), unsafe: '".." climbs out of the package root' };
      out.pop();
    } else out.push(p);
  }
  return { path: "/" + displayName(out.join("/")) };
}
function symlinkEscapes(at, target) {
  if (target.startsWith("/")) return false;
  const dir = at.split("/").filter(Boolean);
  dir.pop();
  for (const p of target.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (dir.length === 0) return true;
      dir.pop();
    } else dir.push(p);
  }
  return false;
}
function assertPlainComponent(file, name) {
  if (!name || name === "." || name === ".." || name.includes("/") || name.includes("\0")) {
    throw new BinpkgFormatError(file, `unsafe member name "${displayName(name)}"`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BinpkgFormatError,
  LIMITS,
  assertPlainComponent,
  displayName,
  isBinpkgFormatError,
  normaliseImagePath,
  symlinkEscapes
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NvcmUvYmlucGtnL3NhZmV0eS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBIb3N0aWxlLWFyY2hpdmUgZGVmZW5jZXMgc2hhcmVkIGJ5IHRoZSBiaW5hcnktcGFja2FnZSByZWFkZXJzOiBvbmUgdHlwZWQgZXJyb3IsIGxpbWl0cyBvbiB3aGF0IGFcbiAqIGRlY2xhcmVkIGxlbmd0aCBtYXkgY2xhaW0sIGFuZCBwYXRoIGNoZWNrcyB0aGF0IGRlY2lkZSB3aGV0aGVyIGFuIGFyY2hpdmUgbWVtYmVyIHN0YXlzIGluc2lkZSBpdHMgcm9vdC5cbiAqL1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vdXNlckVycm9yJztcblxuLyoqIEEgYmluYXJ5IHBhY2thZ2UgKG9yIGEgcGFydCBvZiBpdCkgaXMgbm90IHdoYXQgaXRzIGZvcm1hdCBwcm9taXNlcy4gVGhlIG9ubHkgZXJyb3IgdGhlIHJlYWRlcnMgdGhyb3cuICovXG5leHBvcnQgY2xhc3MgQmlucGtnRm9ybWF0RXJyb3IgZXh0ZW5kcyBVc2VyRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBmaWxlOiBzdHJpbmcsXG4gICAgZGV0YWlsOiBzdHJpbmcsXG4gICAgYWN0aW9uID0gJ1JlYnVpbGQgdGhlIHBhY2thZ2Ugd2l0aCBlbWVyZ2UgLS1idWlsZHBrZywgb3IgZGVsZXRlIGl0IGlmIGl0IGNhbWUgZnJvbSBhbiB1bnRydXN0ZWQgc291cmNlLicsXG4gICkge1xuICAgIHN1cGVyKGAke2ZpbGV9OiAke2RldGFpbH1gLCBhY3Rpb24sICdiaW5wa2ctZm9ybWF0Jyk7XG4gICAgdGhpcy5uYW1lID0gJ1VzZXJFcnJvcic7XG4gIH1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzQmlucGtnRm9ybWF0RXJyb3IoZTogdW5rbm93bik6IGUgaXMgQmlucGtnRm9ybWF0RXJyb3Ige1xuICByZXR1cm4gZSBpbnN0YW5jZW9mIEJpbnBrZ0Zvcm1hdEVycm9yO1xufVxuXG4vKiogTGltaXRzIG9uIHdoYXQgYSBwYWNrYWdlIG1heSBkZWNsYXJlLiBSZWFsIFBvcnRhZ2UgbWV0YWRhdGEgaXMgYSBmZXcgaHVuZHJlZCBLaUIgYXQgbW9zdC4gKi9cbmV4cG9ydCBjb25zdCBMSU1JVFMgPSB7XG4gIC8qKiBPbmUgWFBBSyBzZWdtZW50IChhbGwgbWV0YWRhdGEgaW5jbHVkaW5nIGVudmlyb25tZW50LmJ6MikuICovXG4gIHhwYWtCeXRlczogMjU2ICogMTAyNCAqIDEwMjQsXG4gIC8qKiBPbmUgbWV0YWRhdGEgdmFsdWUga2VwdCBpbiBtZW1vcnkgKEdQS0cgbWV0YWRhdGEudGFyIGVudHJ5KS4gKi9cbiAgbWV0YWRhdGFWYWx1ZUJ5dGVzOiA2NCAqIDEwMjQgKiAxMDI0LFxuICAvKiogVGhlIGRlY29tcHJlc3NlZCBtZXRhZGF0YS50YXIgYXMgYSB3aG9sZS4gKi9cbiAgbWV0YWRhdGFUYXJCeXRlczogNTEyICogMTAyNCAqIDEwMjQsXG4gIC8qKiBBIE1hbmlmZXN0LCBhIHNpZ25hdHVyZSwgYSBwYXggaGVhZGVyLCBhIEdOVSBsb25nIG5hbWUuICovXG4gIHNtYWxsTWVtYmVyQnl0ZXM6IDE2ICogMTAyNCAqIDEwMjQsXG4gIC8qKiBFbnRyaWVzIGxpc3RlZCBmcm9tIG9uZSBpbWFnZSBiZWZvcmUgd2UgY2FsbCBpdCBob3N0aWxlLiAqL1xuICBpbWFnZUVudHJpZXM6IDVfMDAwXzAwMCxcbn07XG5cbi8qKiBQcmludGFibGUgZm9ybSBvZiBhIG1lbWJlciBuYW1lOiBjb250cm9sIGNoYXJhY3RlcnMgYW5kIGludmFsaWQgVVRGLTggc2hvd24gYXMgZXNjYXBlcywgbmV2ZXIgcmF3LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRpc3BsYXlOYW1lKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBuby1jb250cm9sLXJlZ2V4XG4gIHJldHVybiBuYW1lLnJlcGxhY2UoL1tcXHUwMDAwLVxcdTAwMWZcXHUwMDdmLVxcdTAwOWZcXHUyMDI4XFx1MjAyOVxcdWZmZmRdL2csIChjKSA9PiB7XG4gICAgY29uc3QgY29kZSA9IGMuY29kZVBvaW50QXQoMCkgPz8gMDtcbiAgICByZXR1cm4gY29kZSA9PT0gMHhmZmZkID8gJ1xcXFx1ZmZmZCcgOiBgXFxcXHgke2NvZGUudG9TdHJpbmcoMTYpLnBhZFN0YXJ0KDIsICcwJyl9YDtcbiAgfSk7XG59XG5cbi8qKlxuICogTm9ybWFsaXNlIGEgbWVtYmVyIHBhdGggYmVsb3cgYHJvb3RgICgnJyBmb3IgYSB0YXJiYWxsIG9mIGAuL1x1MjAyNmAsICdpbWFnZScgZm9yIGEgR1BLRyBpbWFnZSkuXG4gKiBSZXR1cm5zIHRoZSBhYnNvbHV0ZSBpbnN0YWxsIHBhdGggKCcvdXNyL2Jpbi9oZWxsbycpLCAnLycgZm9yIHRoZSByb290IGl0c2VsZiwgb3IgYSByZWFzb24gaXQgZXNjYXBlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGlzZUltYWdlUGF0aChyYXc6IHN0cmluZywgcm9vdDogc3RyaW5nKTogeyBwYXRoOiBzdHJpbmc7IHVuc2FmZT86IHN0cmluZyB9IHtcbiAgaWYgKHJhdy5zdGFydHNXaXRoKCcvJykpIHJldHVybiB7IHBhdGg6IGRpc3BsYXlOYW1lKHJhdyksIHVuc2FmZTogJ2Fic29sdXRlIHBhdGggaW4gYXJjaGl2ZScgfTtcbiAgY29uc3QgcGFydHMgPSByYXcuc3BsaXQoJy8nKS5maWx0ZXIoKHApID0+IHAgIT09ICcnICYmIHAgIT09ICcuJyk7XG4gIGlmIChyb290KSB7XG4gICAgaWYgKHBhcnRzWzBdICE9PSByb290KSByZXR1cm4geyBwYXRoOiAnLycgKyBkaXNwbGF5TmFtZShwYXJ0cy5qb2luKCcvJykpLCB1bnNhZmU6IGBvdXRzaWRlIHRoZSAke3Jvb3R9LyBkaXJlY3RvcnlgIH07XG4gICAgcGFydHMuc2hpZnQoKTtcbiAgfVxuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgcCBvZiBwYXJ0cykge1xuICAgIGlmIChwID09PSAnLi4nKSB7XG4gICAgICBpZiAob3V0Lmxlbmd0aCA9PT0gMCkgcmV0dXJuIHsgcGF0aDogJy8nICsgZGlzcGxheU5hbWUocGFydHMuam9pbignLycpKSwgdW5zYWZlOiAnXCIuLlwiIGNsaW1icyBvdXQgb2YgdGhlIHBhY2thZ2Ugcm9vdCcgfTtcbiAgICAgIG91dC5wb3AoKTtcbiAgICB9IGVsc2Ugb3V0LnB1c2gocCk7XG4gIH1cbiAgcmV0dXJuIHsgcGF0aDogJy8nICsgZGlzcGxheU5hbWUob3V0LmpvaW4oJy8nKSkgfTtcbn1cblxuLyoqIFdoZXRoZXIgYSBzeW1saW5rIGF0IGluc3RhbGwgcGF0aCBgYXRgIHBvaW50aW5nIHRvIGB0YXJnZXRgIHN0YXlzIGluc2lkZSB0aGUgaW5zdGFsbCByb290LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN5bWxpbmtFc2NhcGVzKGF0OiBzdHJpbmcsIHRhcmdldDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGlmICh0YXJnZXQuc3RhcnRzV2l0aCgnLycpKSByZXR1cm4gZmFsc2U7IC8vIGFic29sdXRlIHRhcmdldHMgYXJlIHJlc29sdmVkIGluc2lkZSB0aGUgcm9vdCBhdCBpbnN0YWxsIHRpbWVcbiAgY29uc3QgZGlyID0gYXQuc3BsaXQoJy8nKS5maWx0ZXIoQm9vbGVhbik7XG4gIGRpci5wb3AoKTtcbiAgZm9yIChjb25zdCBwIG9mIHRhcmdldC5zcGxpdCgnLycpKSB7XG4gICAgaWYgKHAgPT09ICcnIHx8IHAgPT09ICcuJykgY29udGludWU7XG4gICAgaWYgKHAgPT09ICcuLicpIHtcbiAgICAgIGlmIChkaXIubGVuZ3RoID09PSAwKSByZXR1cm4gdHJ1ZTtcbiAgICAgIGRpci5wb3AoKTtcbiAgICB9IGVsc2UgZGlyLnB1c2gocCk7XG4gIH1cbiAgcmV0dXJuIGZhbHNlO1xufVxuXG4vKiogQSBmaWxlIG5hbWUgd3JpdHRlbiBieSB0aGlzIHByb2plY3QgKGluZGV4LCBleHRyYWN0aW9uKSBtdXN0IGJlIG9uZSBwbGFpbiBjb21wb25lbnQuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0UGxhaW5Db21wb25lbnQoZmlsZTogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiB2b2lkIHtcbiAgaWYgKCFuYW1lIHx8IG5hbWUgPT09ICcuJyB8fCBuYW1lID09PSAnLi4nIHx8IG5hbWUuaW5jbHVkZXMoJy8nKSB8fCBuYW1lLmluY2x1ZGVzKCdcXDAnKSkge1xuICAgIHRocm93IG5ldyBCaW5wa2dGb3JtYXRFcnJvcihmaWxlLCBgdW5zYWZlIG1lbWJlciBuYW1lIFwiJHtkaXNwbGF5TmFtZShuYW1lKX1cImApO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsdUJBQTBCO0FBR25CLE1BQU0sMEJBQTBCLDJCQUFVO0FBQUEsRUFDL0MsWUFDVyxNQUNULFFBQ0EsU0FBUyxpR0FDVDtBQUNBLFVBQU0sR0FBRyxJQUFJLEtBQUssTUFBTSxJQUFJLFFBQVEsZUFBZTtBQUoxQztBQUtULFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFBQSxFQU5XO0FBT2I7QUFFTyxTQUFTLG9CQUFvQixHQUFvQztBQUN0RSxTQUFPLGFBQWE7QUFDdEI7QUFHTyxNQUFNLFNBQVM7QUFBQTtBQUFBLEVBRXBCLFdBQVcsTUFBTSxPQUFPO0FBQUE7QUFBQSxFQUV4QixvQkFBb0IsS0FBSyxPQUFPO0FBQUE7QUFBQSxFQUVoQyxrQkFBa0IsTUFBTSxPQUFPO0FBQUE7QUFBQSxFQUUvQixrQkFBa0IsS0FBSyxPQUFPO0FBQUE7QUFBQSxFQUU5QixjQUFjO0FBQ2hCO0FBR08sU0FBUyxZQUFZLE1BQXNCO0FBRWhELFNBQU8sS0FBSyxRQUFRLG1EQUFtRCxDQUFDLE1BQU07QUFDNUUsVUFBTSxPQUFPLEVBQUUsWUFBWSxDQUFDLEtBQUs7QUFDakMsV0FBTyxTQUFTLFFBQVMsWUFBWSxNQUFNLEtBQUssU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQy9FLENBQUM7QUFDSDtBQU1PLFNBQVMsbUJBQW1CLEtBQWEsTUFBaUQ7QUFDL0YsTUFBSSxJQUFJLFdBQVcsR0FBRyxFQUFHLFFBQU8sRUFBRSxNQUFNLFlBQVksR0FBRyxHQUFHLFFBQVEsMkJBQTJCO0FBQzdGLFFBQU0sUUFBUSxJQUFJLE1BQU0sR0FBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBTSxNQUFNLEdBQUc7QUFDaEUsTUFBSSxNQUFNO0FBQ1IsUUFBSSxNQUFNLENBQUMsTUFBTSxLQUFNLFFBQU8sRUFBRSxNQUFNLE1BQU0sWUFBWSxNQUFNLEtBQUssR0FBRyxDQUFDLEdBQUcsUUFBUSxlQUFlLElBQUksY0FBYztBQUNuSCxVQUFNLE1BQU07QUFBQSxFQUNkO0FBQ0EsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFFBQUksTUFBTSxNQUFNO0FBQ2QsVUFBSSxJQUFJLFdBQVcsRUFBRyxRQUFPLEVBQUUsTUFBTSxNQUFNLFlBQVksTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLFFBQVEsc0NBQXNDO0FBQ3ZILFVBQUksSUFBSTtBQUFBLElBQ1YsTUFBTyxLQUFJLEtBQUssQ0FBQztBQUFBLEVBQ25CO0FBQ0EsU0FBTyxFQUFFLE1BQU0sTUFBTSxZQUFZLElBQUksS0FBSyxHQUFHLENBQUMsRUFBRTtBQUNsRDtBQUdPLFNBQVMsZUFBZSxJQUFZLFFBQXlCO0FBQ2xFLE1BQUksT0FBTyxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ25DLFFBQU0sTUFBTSxHQUFHLE1BQU0sR0FBRyxFQUFFLE9BQU8sT0FBTztBQUN4QyxNQUFJLElBQUk7QUFDUixhQUFXLEtBQUssT0FBTyxNQUFNLEdBQUcsR0FBRztBQUNqQyxRQUFJLE1BQU0sTUFBTSxNQUFNLElBQUs7QUFDM0IsUUFBSSxNQUFNLE1BQU07QUFDZCxVQUFJLElBQUksV0FBVyxFQUFHLFFBQU87QUFDN0IsVUFBSSxJQUFJO0FBQUEsSUFDVixNQUFPLEtBQUksS0FBSyxDQUFDO0FBQUEsRUFDbkI7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLHFCQUFxQixNQUFjLE1BQW9CO0FBQ3JFLE1BQUksQ0FBQyxRQUFRLFNBQVMsT0FBTyxTQUFTLFFBQVEsS0FBSyxTQUFTLEdBQUcsS0FBSyxLQUFLLFNBQVMsSUFBSSxHQUFHO0FBQ3ZGLFVBQU0sSUFBSSxrQkFBa0IsTUFBTSx1QkFBdUIsWUFBWSxJQUFJLENBQUMsR0FBRztBQUFBLEVBQy9FO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
