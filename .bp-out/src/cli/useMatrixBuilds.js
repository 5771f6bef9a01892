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
var useMatrixBuilds_exports = {};
__export(useMatrixBuilds_exports, {
  buildCombination: () => buildCombination,
  matrixFor: () => matrixFor,
  resolveMatrixTarget: () => resolveMatrixTarget,
  runUseMatrixBuilds: () => runUseMatrixBuilds
});
module.exports = __toCommonJS(useMatrixBuilds_exports);
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
var path = __toESM(require("node:path"));
var import_atom = require("../core/atom");
var import_ebuildPath = require("../core/ebuildPath");
var import_matrixOverrides = require("../core/matrixOverrides");
var import_overlays = require("../core/overlays");
var import_useMatrix = require("../core/useMatrix");
var import_userError = require("../core/userError");
var import_version = require("../core/version");
var import_buildEbuild = require("../docker/buildEbuild");
var import_buildOptions = require("./buildOptions");
var import_changedBuilds = require("./changedBuilds");
async function resolveMatrixTarget(target, workspace, cwd) {
  if (target.endsWith(".ebuild")) {
    const file = path.resolve(cwd, target);
    if (!(0, import_node_fs.existsSync)(file)) throw new import_userError.UserError(`${file} does not exist.`, "Pass the path of an ebuild, or an atom such as app-misc/hello.", "no-such-ebuild");
    return file;
  }
  const parsed = (0, import_atom.tryParseAtom)(target);
  if (!parsed.ok) throw parsed.error;
  const a = parsed.atom;
  const { overlays } = await (0, import_overlays.discoverOverlays)([workspace]);
  let best;
  for (const o of overlays) {
    if (a.repo && a.repo !== o.name) continue;
    const dir = path.join(o.path, a.category, a.pn);
    for (const name of await (0, import_promises.readdir)(dir).catch(() => [])) {
      const version = name.startsWith(`${a.pn}-`) && name.endsWith(".ebuild") ? name.slice(a.pn.length + 1, -".ebuild".length) : void 0;
      if (!version || !(0, import_atom.tryParseAtom)(`=${a.category}/${a.pn}-${version}`).ok) continue;
      if (!(0, import_atom.atomMatches)(a, { category: a.category, pn: a.pn, version, repo: o.name })) continue;
      if (!best || (0, import_version.compareVersions)(version, best.version) > 0) best = { file: path.join(dir, name), version };
    }
  }
  if (!best) {
    throw new import_userError.UserError(`No ebuild in the workspace's overlays matches ${target} (${overlays.map((o) => o.name).join(", ") || "no overlay found"} in ${workspace}).`, "Check the atom, or pass the ebuild path (or --workspace DIR).", "no-such-ebuild");
  }
  return best.file;
}
async function matrixFor(ebuild, workspace, options) {
  const { overlays } = await (0, import_overlays.discoverOverlays)([workspace]);
  const located = (0, import_ebuildPath.atomFromEbuildPath)(ebuild, overlays);
  const atom = located.atom.replace(/::.*$/, "");
  return { atom, matrix: (0, import_useMatrix.useMatrix)((0, import_useMatrix.matrixInputFromEbuild)(await (0, import_promises.readFile)(ebuild, "utf8")), options) };
}
async function buildCombination(ebuild, workspace, config, line, onOutput, onStart) {
  const overrides = await (0, import_matrixOverrides.makeMatrixOverrides)(path.resolve(workspace, config.overridesFolder), line);
  try {
    const { handle } = await (0, import_buildEbuild.prepareBuild)(ebuild, { workspaceFolders: [workspace], config, overridesFolder: overrides });
    onStart?.(handle);
    handle.onEvent((e) => {
      if (e.type === "output") onOutput(e.data, e.stream);
    });
    return await handle.done;
  } finally {
    await (0, import_matrixOverrides.removeMatrixOverrides)(overrides);
  }
}
function positiveInt(text, flag) {
  if (text === void 0) return void 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new import_userError.UserError(`${flag} '${String(text)}' is not a whole number of 1 or more.`, `Write e.g. ${flag} 8.`, "bad-flag");
  return n;
}
async function runUseMatrixBuilds(parsed, io) {
  if (parsed.positionals.length !== 1) {
    throw new import_userError.UserError("build --use-matrix needs one ebuild path or atom.", "Run `ebuild-builder build app-misc/foo --use-matrix`.", "bad-flag");
  }
  const workspace = path.resolve(io.cwd, parsed.flags.workspace ?? ".");
  const ebuild = await resolveMatrixTarget(parsed.positionals[0], workspace, io.cwd);
  const { atom, matrix } = await matrixFor(ebuild, workspace, { max: positiveInt(parsed.rest.max, "--max"), seed: positiveInt(parsed.rest.seed, "--seed") });
  const config = await (0, import_buildOptions.buildConfigFor)(workspace, parsed.flags, io.env);
  io.stderr.write(`>>> ebuild-builder: ${matrix.combinations.length} USE combinations of ${atom}
`);
  for (const i of matrix.impossible) io.stderr.write(`>>> ebuild-builder: not built: ${i}
`);
  const rows = [];
  for (const [i, c] of matrix.combinations.entries()) {
    const line = (0, import_useMatrix.packageUseLine)(atom, c);
    io.stderr.write(`
>>> ebuild-builder: combination ${i + 1}/${matrix.combinations.length} "${c.name}": package.use ${line}
`);
    let cancel;
    const onSignal = () => cancel?.();
    process.once("SIGINT", onSignal);
    const result = await buildCombination(ebuild, workspace, config, line, (data, stream) => (stream === "stderr" ? io.stderr : io.stdout).write(data), (h) => cancel = () => void h.cancel()).finally(() => process.removeListener("SIGINT", onSignal));
    const outcome = await (0, import_changedBuilds.outcomeOf)(atom, ebuild, result);
    rows.push({ combination: c, outcome });
    if (outcome.result === "cancelled") break;
  }
  if (parsed.json) {
    io.stdout.write(JSON.stringify({ type: "use-matrix-summary", atom, impossible: matrix.impossible, results: rows.map((r) => ({ name: r.combination.name, use: r.combination.use, ...r.outcome })) }) + "\n");
  } else {
    const names = new Map(rows.map((r) => [r.outcome, r.combination.kind === "flag" || !r.combination.changes.length ? r.combination.name : `${r.combination.name} [${r.combination.changes.join(" ")}]`]));
    io.stdout.write("\n" + (0, import_changedBuilds.summaryTable)(rows.map((r) => r.outcome), io.cwd, "USE combination", (o) => names.get(o) ?? o.atom));
    const failed = rows.filter((r) => r.outcome.result !== "succeeded");
    io.stdout.write(failed.length ? `${failed.length} of ${rows.length} combinations failed: ${failed.map((r) => `"${r.combination.name}"`).join(", ")}
` : `All ${rows.length} combinations built.
`);
  }
  return (0, import_changedBuilds.worstStatus)(rows.map((r) => r.outcome));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildCombination,
  matrixFor,
  resolveMatrixTarget,
  runUseMatrixBuilds
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS91c2VNYXRyaXhCdWlsZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogYGJ1aWxkIDxlYnVpbGR8YXRvbT4gLS11c2UtbWF0cml4IFstLW1heCBOXSBbLS1zZWVkIFNdYDogYnVpbGRzIGVhY2ggVVNFIGNvbWJpbmF0aW9uIG9mIHVzZU1hdHJpeC50cyB3aXRoIGFcbiAqIGBwYWNrYWdlLnVzZWAgbGluZSBpbiBhIHBlci1jb21iaW5hdGlvbiBjb3B5IG9mIHRoZSBvdmVycmlkZXMgZm9sZGVyLCB0aGVuIHJlcG9ydHMgd2hpY2ggY29tYmluYXRpb25zIGZhaWwuXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHJlYWRkaXIsIHJlYWRGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBhdG9tTWF0Y2hlcywgdHJ5UGFyc2VBdG9tIH0gZnJvbSAnLi4vY29yZS9hdG9tJztcbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuLi9jb3JlL2J1aWxkQ29uZmlnJztcbmltcG9ydCB0eXBlIHsgQnVpbGRIYW5kbGUsIEJ1aWxkUmVzdWx0LCBSdW5FdmVudCB9IGZyb20gJy4uL2NvcmUvYnVpbGRSdW4nO1xuaW1wb3J0IHsgYXRvbUZyb21FYnVpbGRQYXRoIH0gZnJvbSAnLi4vY29yZS9lYnVpbGRQYXRoJztcbmltcG9ydCB7IG1ha2VNYXRyaXhPdmVycmlkZXMsIHJlbW92ZU1hdHJpeE92ZXJyaWRlcyB9IGZyb20gJy4uL2NvcmUvbWF0cml4T3ZlcnJpZGVzJztcbmltcG9ydCB7IGRpc2NvdmVyT3ZlcmxheXMgfSBmcm9tICcuLi9jb3JlL292ZXJsYXlzJztcbmltcG9ydCB7IG1hdHJpeElucHV0RnJvbUVidWlsZCwgcGFja2FnZVVzZUxpbmUsIHVzZU1hdHJpeCwgdHlwZSBVc2VDb21iaW5hdGlvbiwgdHlwZSBVc2VNYXRyaXggfSBmcm9tICcuLi9jb3JlL3VzZU1hdHJpeCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBjb21wYXJlVmVyc2lvbnMgfSBmcm9tICcuLi9jb3JlL3ZlcnNpb24nO1xuaW1wb3J0IHsgcHJlcGFyZUJ1aWxkIH0gZnJvbSAnLi4vZG9ja2VyL2J1aWxkRWJ1aWxkJztcbmltcG9ydCB0eXBlIHsgQ2xpSU8gfSBmcm9tICcuL2NsaVR5cGVzJztcbmltcG9ydCB7IGJ1aWxkQ29uZmlnRm9yIH0gZnJvbSAnLi9idWlsZE9wdGlvbnMnO1xuaW1wb3J0IHsgb3V0Y29tZU9mLCBzdW1tYXJ5VGFibGUsIHdvcnN0U3RhdHVzLCB0eXBlIEF0b21PdXRjb21lIH0gZnJvbSAnLi9jaGFuZ2VkQnVpbGRzJztcbmltcG9ydCB0eXBlIHsgcGFyc2VCdWlsZEZsYWdzIH0gZnJvbSAnLi9jb21tYW5kcy9idWlsZCc7XG5cbi8qKiBBbiBlYnVpbGQgcGF0aCBhcyBnaXZlbiwgb3IgdGhlIGJlc3QgdmVyc2lvbiBhbiBhdG9tIChgY2F0L3BrZ2AsIGA+PWNhdC9wa2ctMWApIHNlbGVjdHMgaW4gdGhlIHdvcmtzcGFjZSdzIG92ZXJsYXlzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlc29sdmVNYXRyaXhUYXJnZXQodGFyZ2V0OiBzdHJpbmcsIHdvcmtzcGFjZTogc3RyaW5nLCBjd2Q6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGlmICh0YXJnZXQuZW5kc1dpdGgoJy5lYnVpbGQnKSkge1xuICAgIGNvbnN0IGZpbGUgPSBwYXRoLnJlc29sdmUoY3dkLCB0YXJnZXQpO1xuICAgIGlmICghZXhpc3RzU3luYyhmaWxlKSkgdGhyb3cgbmV3IFVzZXJFcnJvcihgJHtmaWxlfSBkb2VzIG5vdCBleGlzdC5gLCAnUGFzcyB0aGUgcGF0aCBvZiBhbiBlYnVpbGQsIG9yIGFuIGF0b20gc3VjaCBhcyBhcHAtbWlzYy9oZWxsby4nLCAnbm8tc3VjaC1lYnVpbGQnKTtcbiAgICByZXR1cm4gZmlsZTtcbiAgfVxuICBjb25zdCBwYXJzZWQgPSB0cnlQYXJzZUF0b20odGFyZ2V0KTtcbiAgaWYgKCFwYXJzZWQub2spIHRocm93IHBhcnNlZC5lcnJvcjtcbiAgY29uc3QgYSA9IHBhcnNlZC5hdG9tO1xuICBjb25zdCB7IG92ZXJsYXlzIH0gPSBhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKFt3b3Jrc3BhY2VdKTtcbiAgbGV0IGJlc3Q6IHsgZmlsZTogc3RyaW5nOyB2ZXJzaW9uOiBzdHJpbmcgfSB8IHVuZGVmaW5lZDtcbiAgZm9yIChjb25zdCBvIG9mIG92ZXJsYXlzKSB7XG4gICAgaWYgKGEucmVwbyAmJiBhLnJlcG8gIT09IG8ubmFtZSkgY29udGludWU7XG4gICAgY29uc3QgZGlyID0gcGF0aC5qb2luKG8ucGF0aCwgYS5jYXRlZ29yeSwgYS5wbik7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGF3YWl0IHJlYWRkaXIoZGlyKS5jYXRjaCgoKSA9PiBbXSBhcyBzdHJpbmdbXSkpIHtcbiAgICAgIGNvbnN0IHZlcnNpb24gPSBuYW1lLnN0YXJ0c1dpdGgoYCR7YS5wbn0tYCkgJiYgbmFtZS5lbmRzV2l0aCgnLmVidWlsZCcpID8gbmFtZS5zbGljZShhLnBuLmxlbmd0aCArIDEsIC0nLmVidWlsZCcubGVuZ3RoKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghdmVyc2lvbiB8fCAhdHJ5UGFyc2VBdG9tKGA9JHthLmNhdGVnb3J5fS8ke2EucG59LSR7dmVyc2lvbn1gKS5vaykgY29udGludWU7XG4gICAgICBpZiAoIWF0b21NYXRjaGVzKGEsIHsgY2F0ZWdvcnk6IGEuY2F0ZWdvcnksIHBuOiBhLnBuLCB2ZXJzaW9uLCByZXBvOiBvLm5hbWUgfSkpIGNvbnRpbnVlO1xuICAgICAgaWYgKCFiZXN0IHx8IGNvbXBhcmVWZXJzaW9ucyh2ZXJzaW9uLCBiZXN0LnZlcnNpb24pID4gMCkgYmVzdCA9IHsgZmlsZTogcGF0aC5qb2luKGRpciwgbmFtZSksIHZlcnNpb24gfTtcbiAgICB9XG4gIH1cbiAgaWYgKCFiZXN0KSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgTm8gZWJ1aWxkIGluIHRoZSB3b3Jrc3BhY2UncyBvdmVybGF5cyBtYXRjaGVzICR7dGFyZ2V0fSAoJHtvdmVybGF5cy5tYXAoKG8pID0+IG8ubmFtZSkuam9pbignLCAnKSB8fCAnbm8gb3ZlcmxheSBmb3VuZCd9IGluICR7d29ya3NwYWNlfSkuYCwgJ0NoZWNrIHRoZSBhdG9tLCBvciBwYXNzIHRoZSBlYnVpbGQgcGF0aCAob3IgLS13b3Jrc3BhY2UgRElSKS4nLCAnbm8tc3VjaC1lYnVpbGQnKTtcbiAgfVxuICByZXR1cm4gYmVzdC5maWxlO1xufVxuXG4vKiogVGhlIG1hdHJpeCBvZiBhbiBlYnVpbGQgZmlsZSwgd2l0aCB0aGUgYXRvbSBpdHMgcGFja2FnZS51c2UgbGluZXMgbmFtZS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtYXRyaXhGb3IoZWJ1aWxkOiBzdHJpbmcsIHdvcmtzcGFjZTogc3RyaW5nLCBvcHRpb25zOiB7IG1heD86IG51bWJlcjsgc2VlZD86IG51bWJlciB9KTogUHJvbWlzZTx7IGF0b206IHN0cmluZzsgbWF0cml4OiBVc2VNYXRyaXggfT4ge1xuICBjb25zdCB7IG92ZXJsYXlzIH0gPSBhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKFt3b3Jrc3BhY2VdKTtcbiAgY29uc3QgbG9jYXRlZCA9IGF0b21Gcm9tRWJ1aWxkUGF0aChlYnVpbGQsIG92ZXJsYXlzKTtcbiAgY29uc3QgYXRvbSA9IGxvY2F0ZWQuYXRvbS5yZXBsYWNlKC86Oi4qJC8sICcnKTtcbiAgcmV0dXJuIHsgYXRvbSwgbWF0cml4OiB1c2VNYXRyaXgobWF0cml4SW5wdXRGcm9tRWJ1aWxkKGF3YWl0IHJlYWRGaWxlKGVidWlsZCwgJ3V0ZjgnKSksIG9wdGlvbnMpIH07XG59XG5cbi8qKlxuICogQnVpbGRzIG9uZSBjb21iaW5hdGlvbiB3aXRoIGl0cyBvd24gb3ZlcnJpZGVzIGZvbGRlcjsgb3V0cHV0IGdvZXMgdG8gYG9uT3V0cHV0YCBhcyBpdCBjb21lcy4gYG9uU3RhcnRgXG4gKiByZWNlaXZlcyB0aGUgaGFuZGxlICh0byBjYW5jZWwgaXQpLiBUaGUgdGVtcG9yYXJ5IGZvbGRlciBpcyByZW1vdmVkIHdoZW4gdGhlIGJ1aWxkIGlzIG92ZXIuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBidWlsZENvbWJpbmF0aW9uKFxuICBlYnVpbGQ6IHN0cmluZywgd29ya3NwYWNlOiBzdHJpbmcsIGNvbmZpZzogQnVpbGRDb25maWcsIGxpbmU6IHN0cmluZyxcbiAgb25PdXRwdXQ6IChkYXRhOiBCdWZmZXIsIHN0cmVhbTogJ3N0ZG91dCcgfCAnc3RkZXJyJykgPT4gdm9pZCwgb25TdGFydD86IChoYW5kbGU6IEJ1aWxkSGFuZGxlKSA9PiB2b2lkLFxuKTogUHJvbWlzZTxCdWlsZFJlc3VsdD4ge1xuICBjb25zdCBvdmVycmlkZXMgPSBhd2FpdCBtYWtlTWF0cml4T3ZlcnJpZGVzKHBhdGgucmVzb2x2ZSh3b3Jrc3BhY2UsIGNvbmZpZy5vdmVycmlkZXNGb2xkZXIpLCBsaW5lKTtcbiAgdHJ5IHtcbiAgICBjb25zdCB7IGhhbmRsZSB9ID0gYXdhaXQgcHJlcGFyZUJ1aWxkKGVidWlsZCwgeyB3b3Jrc3BhY2VGb2xkZXJzOiBbd29ya3NwYWNlXSwgY29uZmlnLCBvdmVycmlkZXNGb2xkZXI6IG92ZXJyaWRlcyB9KTtcbiAgICBvblN0YXJ0Py4oaGFuZGxlKTtcbiAgICBoYW5kbGUub25FdmVudCgoZTogUnVuRXZlbnQpID0+IHtcbiAgICAgIGlmIChlLnR5cGUgPT09ICdvdXRwdXQnKSBvbk91dHB1dChlLmRhdGEsIGUuc3RyZWFtKTtcbiAgICB9KTtcbiAgICByZXR1cm4gYXdhaXQgaGFuZGxlLmRvbmU7XG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgcmVtb3ZlTWF0cml4T3ZlcnJpZGVzKG92ZXJyaWRlcyk7XG4gIH1cbn1cblxuZnVuY3Rpb24gcG9zaXRpdmVJbnQodGV4dDogdW5rbm93biwgZmxhZzogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHRleHQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbiA9IE51bWJlcih0ZXh0KTtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKG4pIHx8IG4gPCAxKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke2ZsYWd9ICcke1N0cmluZyh0ZXh0KX0nIGlzIG5vdCBhIHdob2xlIG51bWJlciBvZiAxIG9yIG1vcmUuYCwgYFdyaXRlIGUuZy4gJHtmbGFnfSA4LmAsICdiYWQtZmxhZycpO1xuICByZXR1cm4gbjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1blVzZU1hdHJpeEJ1aWxkcyhwYXJzZWQ6IFJldHVyblR5cGU8dHlwZW9mIHBhcnNlQnVpbGRGbGFncz4sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGlmIChwYXJzZWQucG9zaXRpb25hbHMubGVuZ3RoICE9PSAxKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcignYnVpbGQgLS11c2UtbWF0cml4IG5lZWRzIG9uZSBlYnVpbGQgcGF0aCBvciBhdG9tLicsICdSdW4gYGVidWlsZC1idWlsZGVyIGJ1aWxkIGFwcC1taXNjL2ZvbyAtLXVzZS1tYXRyaXhgLicsICdiYWQtZmxhZycpO1xuICB9XG4gIGNvbnN0IHdvcmtzcGFjZSA9IHBhdGgucmVzb2x2ZShpby5jd2QsIHBhcnNlZC5mbGFncy53b3Jrc3BhY2UgPz8gJy4nKTtcbiAgY29uc3QgZWJ1aWxkID0gYXdhaXQgcmVzb2x2ZU1hdHJpeFRhcmdldChwYXJzZWQucG9zaXRpb25hbHNbMF0sIHdvcmtzcGFjZSwgaW8uY3dkKTtcbiAgY29uc3QgeyBhdG9tLCBtYXRyaXggfSA9IGF3YWl0IG1hdHJpeEZvcihlYnVpbGQsIHdvcmtzcGFjZSwgeyBtYXg6IHBvc2l0aXZlSW50KHBhcnNlZC5yZXN0Lm1heCwgJy0tbWF4JyksIHNlZWQ6IHBvc2l0aXZlSW50KHBhcnNlZC5yZXN0LnNlZWQsICctLXNlZWQnKSB9KTtcbiAgY29uc3QgY29uZmlnID0gYXdhaXQgYnVpbGRDb25maWdGb3Iod29ya3NwYWNlLCBwYXJzZWQuZmxhZ3MsIGlvLmVudik7XG4gIGlvLnN0ZGVyci53cml0ZShgPj4+IGVidWlsZC1idWlsZGVyOiAke21hdHJpeC5jb21iaW5hdGlvbnMubGVuZ3RofSBVU0UgY29tYmluYXRpb25zIG9mICR7YXRvbX1cXG5gKTtcbiAgZm9yIChjb25zdCBpIG9mIG1hdHJpeC5pbXBvc3NpYmxlKSBpby5zdGRlcnIud3JpdGUoYD4+PiBlYnVpbGQtYnVpbGRlcjogbm90IGJ1aWx0OiAke2l9XFxuYCk7XG4gIGNvbnN0IHJvd3M6IHsgY29tYmluYXRpb246IFVzZUNvbWJpbmF0aW9uOyBvdXRjb21lOiBBdG9tT3V0Y29tZSB9W10gPSBbXTtcbiAgZm9yIChjb25zdCBbaSwgY10gb2YgbWF0cml4LmNvbWJpbmF0aW9ucy5lbnRyaWVzKCkpIHtcbiAgICBjb25zdCBsaW5lID0gcGFja2FnZVVzZUxpbmUoYXRvbSwgYyk7XG4gICAgaW8uc3RkZXJyLndyaXRlKGBcXG4+Pj4gZWJ1aWxkLWJ1aWxkZXI6IGNvbWJpbmF0aW9uICR7aSArIDF9LyR7bWF0cml4LmNvbWJpbmF0aW9ucy5sZW5ndGh9IFwiJHtjLm5hbWV9XCI6IHBhY2thZ2UudXNlICR7bGluZX1cXG5gKTtcbiAgICBsZXQgY2FuY2VsOiAoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQ7XG4gICAgY29uc3Qgb25TaWduYWwgPSAoKSA9PiBjYW5jZWw/LigpO1xuICAgIHByb2Nlc3Mub25jZSgnU0lHSU5UJywgb25TaWduYWwpO1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IGJ1aWxkQ29tYmluYXRpb24oZWJ1aWxkLCB3b3Jrc3BhY2UsIGNvbmZpZywgbGluZSwgKGRhdGEsIHN0cmVhbSkgPT4gKHN0cmVhbSA9PT0gJ3N0ZGVycicgPyBpby5zdGRlcnIgOiBpby5zdGRvdXQpLndyaXRlKGRhdGEpLCAoaCkgPT4gKGNhbmNlbCA9ICgpID0+IHZvaWQgaC5jYW5jZWwoKSkpXG4gICAgICAuZmluYWxseSgoKSA9PiBwcm9jZXNzLnJlbW92ZUxpc3RlbmVyKCdTSUdJTlQnLCBvblNpZ25hbCkpO1xuICAgIGNvbnN0IG91dGNvbWUgPSBhd2FpdCBvdXRjb21lT2YoYXRvbSwgZWJ1aWxkLCByZXN1bHQpO1xuICAgIHJvd3MucHVzaCh7IGNvbWJpbmF0aW9uOiBjLCBvdXRjb21lIH0pO1xuICAgIGlmIChvdXRjb21lLnJlc3VsdCA9PT0gJ2NhbmNlbGxlZCcpIGJyZWFrO1xuICB9XG4gIGlmIChwYXJzZWQuanNvbikge1xuICAgIGlvLnN0ZG91dC53cml0ZShKU09OLnN0cmluZ2lmeSh7IHR5cGU6ICd1c2UtbWF0cml4LXN1bW1hcnknLCBhdG9tLCBpbXBvc3NpYmxlOiBtYXRyaXguaW1wb3NzaWJsZSwgcmVzdWx0czogcm93cy5tYXAoKHIpID0+ICh7IG5hbWU6IHIuY29tYmluYXRpb24ubmFtZSwgdXNlOiByLmNvbWJpbmF0aW9uLnVzZSwgLi4uci5vdXRjb21lIH0pKSB9KSArICdcXG4nKTtcbiAgfSBlbHNlIHtcbiAgICBjb25zdCBuYW1lcyA9IG5ldyBNYXAocm93cy5tYXAoKHIpID0+IFtyLm91dGNvbWUsIHIuY29tYmluYXRpb24ua2luZCA9PT0gJ2ZsYWcnIHx8ICFyLmNvbWJpbmF0aW9uLmNoYW5nZXMubGVuZ3RoID8gci5jb21iaW5hdGlvbi5uYW1lIDogYCR7ci5jb21iaW5hdGlvbi5uYW1lfSBbJHtyLmNvbWJpbmF0aW9uLmNoYW5nZXMuam9pbignICcpfV1gXSkpO1xuICAgIGlvLnN0ZG91dC53cml0ZSgnXFxuJyArIHN1bW1hcnlUYWJsZShyb3dzLm1hcCgocikgPT4gci5vdXRjb21lKSwgaW8uY3dkLCAnVVNFIGNvbWJpbmF0aW9uJywgKG8pID0+IG5hbWVzLmdldChvKSA/PyBvLmF0b20pKTtcbiAgICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gci5vdXRjb21lLnJlc3VsdCAhPT0gJ3N1Y2NlZWRlZCcpO1xuICAgIGlvLnN0ZG91dC53cml0ZShmYWlsZWQubGVuZ3RoID8gYCR7ZmFpbGVkLmxlbmd0aH0gb2YgJHtyb3dzLmxlbmd0aH0gY29tYmluYXRpb25zIGZhaWxlZDogJHtmYWlsZWQubWFwKChyKSA9PiBgXCIke3IuY29tYmluYXRpb24ubmFtZX1cImApLmpvaW4oJywgJyl9XFxuYCA6IGBBbGwgJHtyb3dzLmxlbmd0aH0gY29tYmluYXRpb25zIGJ1aWx0LlxcbmApO1xuICB9XG4gIHJldHVybiB3b3JzdFN0YXR1cyhyb3dzLm1hcCgocikgPT4gci5vdXRjb21lKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHFCQUEyQjtBQUMzQixzQkFBa0M7QUFDbEMsV0FBc0I7QUFDdEIsa0JBQTBDO0FBRzFDLHdCQUFtQztBQUNuQyw2QkFBMkQ7QUFDM0Qsc0JBQWlDO0FBQ2pDLHVCQUFzRztBQUN0Ryx1QkFBMEI7QUFDMUIscUJBQWdDO0FBQ2hDLHlCQUE2QjtBQUU3QiwwQkFBK0I7QUFDL0IsMkJBQXVFO0FBSXZFLGVBQXNCLG9CQUFvQixRQUFnQixXQUFtQixLQUE4QjtBQUN6RyxNQUFJLE9BQU8sU0FBUyxTQUFTLEdBQUc7QUFDOUIsVUFBTSxPQUFPLEtBQUssUUFBUSxLQUFLLE1BQU07QUFDckMsUUFBSSxLQUFDLDJCQUFXLElBQUksRUFBRyxPQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLG9CQUFvQixrRUFBa0UsZ0JBQWdCO0FBQ3hKLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxhQUFTLDBCQUFhLE1BQU07QUFDbEMsTUFBSSxDQUFDLE9BQU8sR0FBSSxPQUFNLE9BQU87QUFDN0IsUUFBTSxJQUFJLE9BQU87QUFDakIsUUFBTSxFQUFFLFNBQVMsSUFBSSxVQUFNLGtDQUFpQixDQUFDLFNBQVMsQ0FBQztBQUN2RCxNQUFJO0FBQ0osYUFBVyxLQUFLLFVBQVU7QUFDeEIsUUFBSSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsS0FBTTtBQUNqQyxVQUFNLE1BQU0sS0FBSyxLQUFLLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxFQUFFO0FBQzlDLGVBQVcsUUFBUSxVQUFNLHlCQUFRLEdBQUcsRUFBRSxNQUFNLE1BQU0sQ0FBQyxDQUFhLEdBQUc7QUFDakUsWUFBTSxVQUFVLEtBQUssV0FBVyxHQUFHLEVBQUUsRUFBRSxHQUFHLEtBQUssS0FBSyxTQUFTLFNBQVMsSUFBSSxLQUFLLE1BQU0sRUFBRSxHQUFHLFNBQVMsR0FBRyxDQUFDLFVBQVUsTUFBTSxJQUFJO0FBQzNILFVBQUksQ0FBQyxXQUFXLEtBQUMsMEJBQWEsSUFBSSxFQUFFLFFBQVEsSUFBSSxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxHQUFJO0FBQ3ZFLFVBQUksS0FBQyx5QkFBWSxHQUFHLEVBQUUsVUFBVSxFQUFFLFVBQVUsSUFBSSxFQUFFLElBQUksU0FBUyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUc7QUFDaEYsVUFBSSxDQUFDLFlBQVEsZ0NBQWdCLFNBQVMsS0FBSyxPQUFPLElBQUksRUFBRyxRQUFPLEVBQUUsTUFBTSxLQUFLLEtBQUssS0FBSyxJQUFJLEdBQUcsUUFBUTtBQUFBLElBQ3hHO0FBQUEsRUFDRjtBQUNBLE1BQUksQ0FBQyxNQUFNO0FBQ1QsVUFBTSxJQUFJLDJCQUFVLGlEQUFpRCxNQUFNLEtBQUssU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksS0FBSyxrQkFBa0IsT0FBTyxTQUFTLE1BQU0saUVBQWlFLGdCQUFnQjtBQUFBLEVBQ3JQO0FBQ0EsU0FBTyxLQUFLO0FBQ2Q7QUFHQSxlQUFzQixVQUFVLFFBQWdCLFdBQW1CLFNBQXdGO0FBQ3pKLFFBQU0sRUFBRSxTQUFTLElBQUksVUFBTSxrQ0FBaUIsQ0FBQyxTQUFTLENBQUM7QUFDdkQsUUFBTSxjQUFVLHNDQUFtQixRQUFRLFFBQVE7QUFDbkQsUUFBTSxPQUFPLFFBQVEsS0FBSyxRQUFRLFNBQVMsRUFBRTtBQUM3QyxTQUFPLEVBQUUsTUFBTSxZQUFRLGdDQUFVLHdDQUFzQixVQUFNLDBCQUFTLFFBQVEsTUFBTSxDQUFDLEdBQUcsT0FBTyxFQUFFO0FBQ25HO0FBTUEsZUFBc0IsaUJBQ3BCLFFBQWdCLFdBQW1CLFFBQXFCLE1BQ3hELFVBQStELFNBQ3pDO0FBQ3RCLFFBQU0sWUFBWSxVQUFNLDRDQUFvQixLQUFLLFFBQVEsV0FBVyxPQUFPLGVBQWUsR0FBRyxJQUFJO0FBQ2pHLE1BQUk7QUFDRixVQUFNLEVBQUUsT0FBTyxJQUFJLFVBQU0saUNBQWEsUUFBUSxFQUFFLGtCQUFrQixDQUFDLFNBQVMsR0FBRyxRQUFRLGlCQUFpQixVQUFVLENBQUM7QUFDbkgsY0FBVSxNQUFNO0FBQ2hCLFdBQU8sUUFBUSxDQUFDLE1BQWdCO0FBQzlCLFVBQUksRUFBRSxTQUFTLFNBQVUsVUFBUyxFQUFFLE1BQU0sRUFBRSxNQUFNO0FBQUEsSUFDcEQsQ0FBQztBQUNELFdBQU8sTUFBTSxPQUFPO0FBQUEsRUFDdEIsVUFBRTtBQUNBLGNBQU0sOENBQXNCLFNBQVM7QUFBQSxFQUN2QztBQUNGO0FBRUEsU0FBUyxZQUFZLE1BQWUsTUFBa0M7QUFDcEUsTUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixRQUFNLElBQUksT0FBTyxJQUFJO0FBQ3JCLE1BQUksQ0FBQyxPQUFPLFVBQVUsQ0FBQyxLQUFLLElBQUksRUFBRyxPQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLEtBQUssT0FBTyxJQUFJLENBQUMseUNBQXlDLGNBQWMsSUFBSSxPQUFPLFVBQVU7QUFDM0osU0FBTztBQUNUO0FBRUEsZUFBc0IsbUJBQW1CLFFBQTRDLElBQTRCO0FBQy9HLE1BQUksT0FBTyxZQUFZLFdBQVcsR0FBRztBQUNuQyxVQUFNLElBQUksMkJBQVUscURBQXFELHlEQUF5RCxVQUFVO0FBQUEsRUFDOUk7QUFDQSxRQUFNLFlBQVksS0FBSyxRQUFRLEdBQUcsS0FBSyxPQUFPLE1BQU0sYUFBYSxHQUFHO0FBQ3BFLFFBQU0sU0FBUyxNQUFNLG9CQUFvQixPQUFPLFlBQVksQ0FBQyxHQUFHLFdBQVcsR0FBRyxHQUFHO0FBQ2pGLFFBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxNQUFNLFVBQVUsUUFBUSxXQUFXLEVBQUUsS0FBSyxZQUFZLE9BQU8sS0FBSyxLQUFLLE9BQU8sR0FBRyxNQUFNLFlBQVksT0FBTyxLQUFLLE1BQU0sUUFBUSxFQUFFLENBQUM7QUFDekosUUFBTSxTQUFTLFVBQU0sb0NBQWUsV0FBVyxPQUFPLE9BQU8sR0FBRyxHQUFHO0FBQ25FLEtBQUcsT0FBTyxNQUFNLHVCQUF1QixPQUFPLGFBQWEsTUFBTSx3QkFBd0IsSUFBSTtBQUFBLENBQUk7QUFDakcsYUFBVyxLQUFLLE9BQU8sV0FBWSxJQUFHLE9BQU8sTUFBTSxrQ0FBa0MsQ0FBQztBQUFBLENBQUk7QUFDMUYsUUFBTSxPQUFnRSxDQUFDO0FBQ3ZFLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxPQUFPLGFBQWEsUUFBUSxHQUFHO0FBQ2xELFVBQU0sV0FBTyxpQ0FBZSxNQUFNLENBQUM7QUFDbkMsT0FBRyxPQUFPLE1BQU07QUFBQSxrQ0FBcUMsSUFBSSxDQUFDLElBQUksT0FBTyxhQUFhLE1BQU0sS0FBSyxFQUFFLElBQUksa0JBQWtCLElBQUk7QUFBQSxDQUFJO0FBQzdILFFBQUk7QUFDSixVQUFNLFdBQVcsTUFBTSxTQUFTO0FBQ2hDLFlBQVEsS0FBSyxVQUFVLFFBQVE7QUFDL0IsVUFBTSxTQUFTLE1BQU0saUJBQWlCLFFBQVEsV0FBVyxRQUFRLE1BQU0sQ0FBQyxNQUFNLFlBQVksV0FBVyxXQUFXLEdBQUcsU0FBUyxHQUFHLFFBQVEsTUFBTSxJQUFJLEdBQUcsQ0FBQyxNQUFPLFNBQVMsTUFBTSxLQUFLLEVBQUUsT0FBTyxDQUFFLEVBQ3hMLFFBQVEsTUFBTSxRQUFRLGVBQWUsVUFBVSxRQUFRLENBQUM7QUFDM0QsVUFBTSxVQUFVLFVBQU0sZ0NBQVUsTUFBTSxRQUFRLE1BQU07QUFDcEQsU0FBSyxLQUFLLEVBQUUsYUFBYSxHQUFHLFFBQVEsQ0FBQztBQUNyQyxRQUFJLFFBQVEsV0FBVyxZQUFhO0FBQUEsRUFDdEM7QUFDQSxNQUFJLE9BQU8sTUFBTTtBQUNmLE9BQUcsT0FBTyxNQUFNLEtBQUssVUFBVSxFQUFFLE1BQU0sc0JBQXNCLE1BQU0sWUFBWSxPQUFPLFlBQVksU0FBUyxLQUFLLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLFlBQVksTUFBTSxLQUFLLEVBQUUsWUFBWSxLQUFLLEdBQUcsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLElBQUksSUFBSTtBQUFBLEVBQzVNLE9BQU87QUFDTCxVQUFNLFFBQVEsSUFBSSxJQUFJLEtBQUssSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFNBQVMsRUFBRSxZQUFZLFNBQVMsVUFBVSxDQUFDLEVBQUUsWUFBWSxRQUFRLFNBQVMsRUFBRSxZQUFZLE9BQU8sR0FBRyxFQUFFLFlBQVksSUFBSSxLQUFLLEVBQUUsWUFBWSxRQUFRLEtBQUssR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQ3RNLE9BQUcsT0FBTyxNQUFNLFdBQU8sbUNBQWEsS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sR0FBRyxHQUFHLEtBQUssbUJBQW1CLENBQUMsTUFBTSxNQUFNLElBQUksQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDO0FBQ3pILFVBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsUUFBUSxXQUFXLFdBQVc7QUFDbEUsT0FBRyxPQUFPLE1BQU0sT0FBTyxTQUFTLEdBQUcsT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLHlCQUF5QixPQUFPLElBQUksQ0FBQyxNQUFNLElBQUksRUFBRSxZQUFZLElBQUksR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFBTyxPQUFPLEtBQUssTUFBTTtBQUFBLENBQXdCO0FBQUEsRUFDck07QUFDQSxhQUFPLGtDQUFZLEtBQUssSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLENBQUM7QUFDL0M7IiwKICAibmFtZXMiOiBbXQp9Cg==
