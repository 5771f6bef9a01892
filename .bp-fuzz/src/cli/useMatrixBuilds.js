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
async function buildCombination(ebuild, workspace, config, line, io) {
  const overrides = await (0, import_matrixOverrides.makeMatrixOverrides)(path.resolve(workspace, config.overridesFolder), line);
  try {
    const { handle } = await (0, import_buildEbuild.prepareBuild)(ebuild, { workspaceFolders: [workspace], config, overridesFolder: overrides });
    const onSignal = () => void handle.cancel();
    process.once("SIGINT", onSignal);
    handle.onEvent((e) => {
      if (e.type === "output") (e.stream === "stderr" ? io.stderr : io.stdout).write(e.data);
    });
    const result = await handle.done;
    process.removeListener("SIGINT", onSignal);
    return result;
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
    const outcome = await (0, import_changedBuilds.outcomeOf)(atom, ebuild, await buildCombination(ebuild, workspace, config, line, io));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS91c2VNYXRyaXhCdWlsZHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogYGJ1aWxkIDxlYnVpbGR8YXRvbT4gLS11c2UtbWF0cml4IFstLW1heCBOXSBbLS1zZWVkIFNdYDogYnVpbGRzIGVhY2ggVVNFIGNvbWJpbmF0aW9uIG9mIHVzZU1hdHJpeC50cyB3aXRoIGFcbiAqIGBwYWNrYWdlLnVzZWAgbGluZSBpbiBhIHBlci1jb21iaW5hdGlvbiBjb3B5IG9mIHRoZSBvdmVycmlkZXMgZm9sZGVyLCB0aGVuIHJlcG9ydHMgd2hpY2ggY29tYmluYXRpb25zIGZhaWwuXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IHJlYWRkaXIsIHJlYWRGaWxlIH0gZnJvbSAnbm9kZTpmcy9wcm9taXNlcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgeyBhdG9tTWF0Y2hlcywgdHJ5UGFyc2VBdG9tIH0gZnJvbSAnLi4vY29yZS9hdG9tJztcbmltcG9ydCB0eXBlIHsgQnVpbGRDb25maWcgfSBmcm9tICcuLi9jb3JlL2J1aWxkQ29uZmlnJztcbmltcG9ydCB0eXBlIHsgQnVpbGRSZXN1bHQsIFJ1bkV2ZW50IH0gZnJvbSAnLi4vY29yZS9idWlsZFJ1bic7XG5pbXBvcnQgeyBhdG9tRnJvbUVidWlsZFBhdGggfSBmcm9tICcuLi9jb3JlL2VidWlsZFBhdGgnO1xuaW1wb3J0IHsgbWFrZU1hdHJpeE92ZXJyaWRlcywgcmVtb3ZlTWF0cml4T3ZlcnJpZGVzIH0gZnJvbSAnLi4vY29yZS9tYXRyaXhPdmVycmlkZXMnO1xuaW1wb3J0IHsgZGlzY292ZXJPdmVybGF5cyB9IGZyb20gJy4uL2NvcmUvb3ZlcmxheXMnO1xuaW1wb3J0IHsgbWF0cml4SW5wdXRGcm9tRWJ1aWxkLCBwYWNrYWdlVXNlTGluZSwgdXNlTWF0cml4LCB0eXBlIFVzZUNvbWJpbmF0aW9uLCB0eXBlIFVzZU1hdHJpeCB9IGZyb20gJy4uL2NvcmUvdXNlTWF0cml4JztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IGNvbXBhcmVWZXJzaW9ucyB9IGZyb20gJy4uL2NvcmUvdmVyc2lvbic7XG5pbXBvcnQgeyBwcmVwYXJlQnVpbGQgfSBmcm9tICcuLi9kb2NrZXIvYnVpbGRFYnVpbGQnO1xuaW1wb3J0IHR5cGUgeyBDbGlJTyB9IGZyb20gJy4vY2xpVHlwZXMnO1xuaW1wb3J0IHsgYnVpbGRDb25maWdGb3IgfSBmcm9tICcuL2J1aWxkT3B0aW9ucyc7XG5pbXBvcnQgeyBvdXRjb21lT2YsIHN1bW1hcnlUYWJsZSwgd29yc3RTdGF0dXMsIHR5cGUgQXRvbU91dGNvbWUgfSBmcm9tICcuL2NoYW5nZWRCdWlsZHMnO1xuaW1wb3J0IHR5cGUgeyBwYXJzZUJ1aWxkRmxhZ3MgfSBmcm9tICcuL2NvbW1hbmRzL2J1aWxkJztcblxuLyoqIEFuIGVidWlsZCBwYXRoIGFzIGdpdmVuLCBvciB0aGUgYmVzdCB2ZXJzaW9uIGFuIGF0b20gKGBjYXQvcGtnYCwgYD49Y2F0L3BrZy0xYCkgc2VsZWN0cyBpbiB0aGUgd29ya3NwYWNlJ3Mgb3ZlcmxheXMuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVzb2x2ZU1hdHJpeFRhcmdldCh0YXJnZXQ6IHN0cmluZywgd29ya3NwYWNlOiBzdHJpbmcsIGN3ZDogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgaWYgKHRhcmdldC5lbmRzV2l0aCgnLmVidWlsZCcpKSB7XG4gICAgY29uc3QgZmlsZSA9IHBhdGgucmVzb2x2ZShjd2QsIHRhcmdldCk7XG4gICAgaWYgKCFleGlzdHNTeW5jKGZpbGUpKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke2ZpbGV9IGRvZXMgbm90IGV4aXN0LmAsICdQYXNzIHRoZSBwYXRoIG9mIGFuIGVidWlsZCwgb3IgYW4gYXRvbSBzdWNoIGFzIGFwcC1taXNjL2hlbGxvLicsICduby1zdWNoLWVidWlsZCcpO1xuICAgIHJldHVybiBmaWxlO1xuICB9XG4gIGNvbnN0IHBhcnNlZCA9IHRyeVBhcnNlQXRvbSh0YXJnZXQpO1xuICBpZiAoIXBhcnNlZC5vaykgdGhyb3cgcGFyc2VkLmVycm9yO1xuICBjb25zdCBhID0gcGFyc2VkLmF0b207XG4gIGNvbnN0IHsgb3ZlcmxheXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3dvcmtzcGFjZV0pO1xuICBsZXQgYmVzdDogeyBmaWxlOiBzdHJpbmc7IHZlcnNpb246IHN0cmluZyB9IHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IG8gb2Ygb3ZlcmxheXMpIHtcbiAgICBpZiAoYS5yZXBvICYmIGEucmVwbyAhPT0gby5uYW1lKSBjb250aW51ZTtcbiAgICBjb25zdCBkaXIgPSBwYXRoLmpvaW4oby5wYXRoLCBhLmNhdGVnb3J5LCBhLnBuKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYXdhaXQgcmVhZGRpcihkaXIpLmNhdGNoKCgpID0+IFtdIGFzIHN0cmluZ1tdKSkge1xuICAgICAgY29uc3QgdmVyc2lvbiA9IG5hbWUuc3RhcnRzV2l0aChgJHthLnBufS1gKSAmJiBuYW1lLmVuZHNXaXRoKCcuZWJ1aWxkJykgPyBuYW1lLnNsaWNlKGEucG4ubGVuZ3RoICsgMSwgLScuZWJ1aWxkJy5sZW5ndGgpIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCF2ZXJzaW9uIHx8ICF0cnlQYXJzZUF0b20oYD0ke2EuY2F0ZWdvcnl9LyR7YS5wbn0tJHt2ZXJzaW9ufWApLm9rKSBjb250aW51ZTtcbiAgICAgIGlmICghYXRvbU1hdGNoZXMoYSwgeyBjYXRlZ29yeTogYS5jYXRlZ29yeSwgcG46IGEucG4sIHZlcnNpb24sIHJlcG86IG8ubmFtZSB9KSkgY29udGludWU7XG4gICAgICBpZiAoIWJlc3QgfHwgY29tcGFyZVZlcnNpb25zKHZlcnNpb24sIGJlc3QudmVyc2lvbikgPiAwKSBiZXN0ID0geyBmaWxlOiBwYXRoLmpvaW4oZGlyLCBuYW1lKSwgdmVyc2lvbiB9O1xuICAgIH1cbiAgfVxuICBpZiAoIWJlc3QpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBObyBlYnVpbGQgaW4gdGhlIHdvcmtzcGFjZSdzIG92ZXJsYXlzIG1hdGNoZXMgJHt0YXJnZXR9ICgke292ZXJsYXlzLm1hcCgobykgPT4gby5uYW1lKS5qb2luKCcsICcpIHx8ICdubyBvdmVybGF5IGZvdW5kJ30gaW4gJHt3b3Jrc3BhY2V9KS5gLCAnQ2hlY2sgdGhlIGF0b20sIG9yIHBhc3MgdGhlIGVidWlsZCBwYXRoIChvciAtLXdvcmtzcGFjZSBESVIpLicsICduby1zdWNoLWVidWlsZCcpO1xuICB9XG4gIHJldHVybiBiZXN0LmZpbGU7XG59XG5cbi8qKiBUaGUgbWF0cml4IG9mIGFuIGVidWlsZCBmaWxlLCB3aXRoIHRoZSBhdG9tIGl0cyBwYWNrYWdlLnVzZSBsaW5lcyBuYW1lLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1hdHJpeEZvcihlYnVpbGQ6IHN0cmluZywgd29ya3NwYWNlOiBzdHJpbmcsIG9wdGlvbnM6IHsgbWF4PzogbnVtYmVyOyBzZWVkPzogbnVtYmVyIH0pOiBQcm9taXNlPHsgYXRvbTogc3RyaW5nOyBtYXRyaXg6IFVzZU1hdHJpeCB9PiB7XG4gIGNvbnN0IHsgb3ZlcmxheXMgfSA9IGF3YWl0IGRpc2NvdmVyT3ZlcmxheXMoW3dvcmtzcGFjZV0pO1xuICBjb25zdCBsb2NhdGVkID0gYXRvbUZyb21FYnVpbGRQYXRoKGVidWlsZCwgb3ZlcmxheXMpO1xuICBjb25zdCBhdG9tID0gbG9jYXRlZC5hdG9tLnJlcGxhY2UoLzo6LiokLywgJycpO1xuICByZXR1cm4geyBhdG9tLCBtYXRyaXg6IHVzZU1hdHJpeChtYXRyaXhJbnB1dEZyb21FYnVpbGQoYXdhaXQgcmVhZEZpbGUoZWJ1aWxkLCAndXRmOCcpKSwgb3B0aW9ucykgfTtcbn1cblxuLyoqIEJ1aWxkcyBvbmUgY29tYmluYXRpb24gd2l0aCBpdHMgb3duIG92ZXJyaWRlcyBmb2xkZXI7IG91dHB1dCBnb2VzIHRvIGBpb2AgYXMgaXQgY29tZXMuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYnVpbGRDb21iaW5hdGlvbihlYnVpbGQ6IHN0cmluZywgd29ya3NwYWNlOiBzdHJpbmcsIGNvbmZpZzogQnVpbGRDb25maWcsIGxpbmU6IHN0cmluZywgaW86IENsaUlPKTogUHJvbWlzZTxCdWlsZFJlc3VsdD4ge1xuICBjb25zdCBvdmVycmlkZXMgPSBhd2FpdCBtYWtlTWF0cml4T3ZlcnJpZGVzKHBhdGgucmVzb2x2ZSh3b3Jrc3BhY2UsIGNvbmZpZy5vdmVycmlkZXNGb2xkZXIpLCBsaW5lKTtcbiAgdHJ5IHtcbiAgICBjb25zdCB7IGhhbmRsZSB9ID0gYXdhaXQgcHJlcGFyZUJ1aWxkKGVidWlsZCwgeyB3b3Jrc3BhY2VGb2xkZXJzOiBbd29ya3NwYWNlXSwgY29uZmlnLCBvdmVycmlkZXNGb2xkZXI6IG92ZXJyaWRlcyB9KTtcbiAgICBjb25zdCBvblNpZ25hbCA9ICgpID0+IHZvaWQgaGFuZGxlLmNhbmNlbCgpO1xuICAgIHByb2Nlc3Mub25jZSgnU0lHSU5UJywgb25TaWduYWwpO1xuICAgIGhhbmRsZS5vbkV2ZW50KChlOiBSdW5FdmVudCkgPT4ge1xuICAgICAgaWYgKGUudHlwZSA9PT0gJ291dHB1dCcpIChlLnN0cmVhbSA9PT0gJ3N0ZGVycicgPyBpby5zdGRlcnIgOiBpby5zdGRvdXQpLndyaXRlKGUuZGF0YSk7XG4gICAgfSk7XG4gICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgaGFuZGxlLmRvbmU7XG4gICAgcHJvY2Vzcy5yZW1vdmVMaXN0ZW5lcignU0lHSU5UJywgb25TaWduYWwpO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgcmVtb3ZlTWF0cml4T3ZlcnJpZGVzKG92ZXJyaWRlcyk7XG4gIH1cbn1cblxuZnVuY3Rpb24gcG9zaXRpdmVJbnQodGV4dDogdW5rbm93biwgZmxhZzogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHRleHQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbiA9IE51bWJlcih0ZXh0KTtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKG4pIHx8IG4gPCAxKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke2ZsYWd9ICcke1N0cmluZyh0ZXh0KX0nIGlzIG5vdCBhIHdob2xlIG51bWJlciBvZiAxIG9yIG1vcmUuYCwgYFdyaXRlIGUuZy4gJHtmbGFnfSA4LmAsICdiYWQtZmxhZycpO1xuICByZXR1cm4gbjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1blVzZU1hdHJpeEJ1aWxkcyhwYXJzZWQ6IFJldHVyblR5cGU8dHlwZW9mIHBhcnNlQnVpbGRGbGFncz4sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGlmIChwYXJzZWQucG9zaXRpb25hbHMubGVuZ3RoICE9PSAxKSB7XG4gICAgdGhyb3cgbmV3IFVzZXJFcnJvcignYnVpbGQgLS11c2UtbWF0cml4IG5lZWRzIG9uZSBlYnVpbGQgcGF0aCBvciBhdG9tLicsICdSdW4gYGVidWlsZC1idWlsZGVyIGJ1aWxkIGFwcC1taXNjL2ZvbyAtLXVzZS1tYXRyaXhgLicsICdiYWQtZmxhZycpO1xuICB9XG4gIGNvbnN0IHdvcmtzcGFjZSA9IHBhdGgucmVzb2x2ZShpby5jd2QsIHBhcnNlZC5mbGFncy53b3Jrc3BhY2UgPz8gJy4nKTtcbiAgY29uc3QgZWJ1aWxkID0gYXdhaXQgcmVzb2x2ZU1hdHJpeFRhcmdldChwYXJzZWQucG9zaXRpb25hbHNbMF0sIHdvcmtzcGFjZSwgaW8uY3dkKTtcbiAgY29uc3QgeyBhdG9tLCBtYXRyaXggfSA9IGF3YWl0IG1hdHJpeEZvcihlYnVpbGQsIHdvcmtzcGFjZSwgeyBtYXg6IHBvc2l0aXZlSW50KHBhcnNlZC5yZXN0Lm1heCwgJy0tbWF4JyksIHNlZWQ6IHBvc2l0aXZlSW50KHBhcnNlZC5yZXN0LnNlZWQsICctLXNlZWQnKSB9KTtcbiAgY29uc3QgY29uZmlnID0gYXdhaXQgYnVpbGRDb25maWdGb3Iod29ya3NwYWNlLCBwYXJzZWQuZmxhZ3MsIGlvLmVudik7XG4gIGlvLnN0ZGVyci53cml0ZShgPj4+IGVidWlsZC1idWlsZGVyOiAke21hdHJpeC5jb21iaW5hdGlvbnMubGVuZ3RofSBVU0UgY29tYmluYXRpb25zIG9mICR7YXRvbX1cXG5gKTtcbiAgZm9yIChjb25zdCBpIG9mIG1hdHJpeC5pbXBvc3NpYmxlKSBpby5zdGRlcnIud3JpdGUoYD4+PiBlYnVpbGQtYnVpbGRlcjogbm90IGJ1aWx0OiAke2l9XFxuYCk7XG4gIGNvbnN0IHJvd3M6IHsgY29tYmluYXRpb246IFVzZUNvbWJpbmF0aW9uOyBvdXRjb21lOiBBdG9tT3V0Y29tZSB9W10gPSBbXTtcbiAgZm9yIChjb25zdCBbaSwgY10gb2YgbWF0cml4LmNvbWJpbmF0aW9ucy5lbnRyaWVzKCkpIHtcbiAgICBjb25zdCBsaW5lID0gcGFja2FnZVVzZUxpbmUoYXRvbSwgYyk7XG4gICAgaW8uc3RkZXJyLndyaXRlKGBcXG4+Pj4gZWJ1aWxkLWJ1aWxkZXI6IGNvbWJpbmF0aW9uICR7aSArIDF9LyR7bWF0cml4LmNvbWJpbmF0aW9ucy5sZW5ndGh9IFwiJHtjLm5hbWV9XCI6IHBhY2thZ2UudXNlICR7bGluZX1cXG5gKTtcbiAgICBjb25zdCBvdXRjb21lID0gYXdhaXQgb3V0Y29tZU9mKGF0b20sIGVidWlsZCwgYXdhaXQgYnVpbGRDb21iaW5hdGlvbihlYnVpbGQsIHdvcmtzcGFjZSwgY29uZmlnLCBsaW5lLCBpbykpO1xuICAgIHJvd3MucHVzaCh7IGNvbWJpbmF0aW9uOiBjLCBvdXRjb21lIH0pO1xuICAgIGlmIChvdXRjb21lLnJlc3VsdCA9PT0gJ2NhbmNlbGxlZCcpIGJyZWFrO1xuICB9XG4gIGlmIChwYXJzZWQuanNvbikge1xuICAgIGlvLnN0ZG91dC53cml0ZShKU09OLnN0cmluZ2lmeSh7IHR5cGU6ICd1c2UtbWF0cml4LXN1bW1hcnknLCBhdG9tLCBpbXBvc3NpYmxlOiBtYXRyaXguaW1wb3NzaWJsZSwgcmVzdWx0czogcm93cy5tYXAoKHIpID0+ICh7IG5hbWU6IHIuY29tYmluYXRpb24ubmFtZSwgdXNlOiByLmNvbWJpbmF0aW9uLnVzZSwgLi4uci5vdXRjb21lIH0pKSB9KSArICdcXG4nKTtcbiAgfSBlbHNlIHtcbiAgICBjb25zdCBuYW1lcyA9IG5ldyBNYXAocm93cy5tYXAoKHIpID0+IFtyLm91dGNvbWUsIHIuY29tYmluYXRpb24ua2luZCA9PT0gJ2ZsYWcnIHx8ICFyLmNvbWJpbmF0aW9uLmNoYW5nZXMubGVuZ3RoID8gci5jb21iaW5hdGlvbi5uYW1lIDogYCR7ci5jb21iaW5hdGlvbi5uYW1lfSBbJHtyLmNvbWJpbmF0aW9uLmNoYW5nZXMuam9pbignICcpfV1gXSkpO1xuICAgIGlvLnN0ZG91dC53cml0ZSgnXFxuJyArIHN1bW1hcnlUYWJsZShyb3dzLm1hcCgocikgPT4gci5vdXRjb21lKSwgaW8uY3dkLCAnVVNFIGNvbWJpbmF0aW9uJywgKG8pID0+IG5hbWVzLmdldChvKSA/PyBvLmF0b20pKTtcbiAgICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gci5vdXRjb21lLnJlc3VsdCAhPT0gJ3N1Y2NlZWRlZCcpO1xuICAgIGlvLnN0ZG91dC53cml0ZShmYWlsZWQubGVuZ3RoID8gYCR7ZmFpbGVkLmxlbmd0aH0gb2YgJHtyb3dzLmxlbmd0aH0gY29tYmluYXRpb25zIGZhaWxlZDogJHtmYWlsZWQubWFwKChyKSA9PiBgXCIke3IuY29tYmluYXRpb24ubmFtZX1cImApLmpvaW4oJywgJyl9XFxuYCA6IGBBbGwgJHtyb3dzLmxlbmd0aH0gY29tYmluYXRpb25zIGJ1aWx0LlxcbmApO1xuICB9XG4gIHJldHVybiB3b3JzdFN0YXR1cyhyb3dzLm1hcCgocikgPT4gci5vdXRjb21lKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHFCQUEyQjtBQUMzQixzQkFBa0M7QUFDbEMsV0FBc0I7QUFDdEIsa0JBQTBDO0FBRzFDLHdCQUFtQztBQUNuQyw2QkFBMkQ7QUFDM0Qsc0JBQWlDO0FBQ2pDLHVCQUFzRztBQUN0Ryx1QkFBMEI7QUFDMUIscUJBQWdDO0FBQ2hDLHlCQUE2QjtBQUU3QiwwQkFBK0I7QUFDL0IsMkJBQXVFO0FBSXZFLGVBQXNCLG9CQUFvQixRQUFnQixXQUFtQixLQUE4QjtBQUN6RyxNQUFJLE9BQU8sU0FBUyxTQUFTLEdBQUc7QUFDOUIsVUFBTSxPQUFPLEtBQUssUUFBUSxLQUFLLE1BQU07QUFDckMsUUFBSSxLQUFDLDJCQUFXLElBQUksRUFBRyxPQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLG9CQUFvQixrRUFBa0UsZ0JBQWdCO0FBQ3hKLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxhQUFTLDBCQUFhLE1BQU07QUFDbEMsTUFBSSxDQUFDLE9BQU8sR0FBSSxPQUFNLE9BQU87QUFDN0IsUUFBTSxJQUFJLE9BQU87QUFDakIsUUFBTSxFQUFFLFNBQVMsSUFBSSxVQUFNLGtDQUFpQixDQUFDLFNBQVMsQ0FBQztBQUN2RCxNQUFJO0FBQ0osYUFBVyxLQUFLLFVBQVU7QUFDeEIsUUFBSSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsS0FBTTtBQUNqQyxVQUFNLE1BQU0sS0FBSyxLQUFLLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxFQUFFO0FBQzlDLGVBQVcsUUFBUSxVQUFNLHlCQUFRLEdBQUcsRUFBRSxNQUFNLE1BQU0sQ0FBQyxDQUFhLEdBQUc7QUFDakUsWUFBTSxVQUFVLEtBQUssV0FBVyxHQUFHLEVBQUUsRUFBRSxHQUFHLEtBQUssS0FBSyxTQUFTLFNBQVMsSUFBSSxLQUFLLE1BQU0sRUFBRSxHQUFHLFNBQVMsR0FBRyxDQUFDLFVBQVUsTUFBTSxJQUFJO0FBQzNILFVBQUksQ0FBQyxXQUFXLEtBQUMsMEJBQWEsSUFBSSxFQUFFLFFBQVEsSUFBSSxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxHQUFJO0FBQ3ZFLFVBQUksS0FBQyx5QkFBWSxHQUFHLEVBQUUsVUFBVSxFQUFFLFVBQVUsSUFBSSxFQUFFLElBQUksU0FBUyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUc7QUFDaEYsVUFBSSxDQUFDLFlBQVEsZ0NBQWdCLFNBQVMsS0FBSyxPQUFPLElBQUksRUFBRyxRQUFPLEVBQUUsTUFBTSxLQUFLLEtBQUssS0FBSyxJQUFJLEdBQUcsUUFBUTtBQUFBLElBQ3hHO0FBQUEsRUFDRjtBQUNBLE1BQUksQ0FBQyxNQUFNO0FBQ1QsVUFBTSxJQUFJLDJCQUFVLGlEQUFpRCxNQUFNLEtBQUssU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxLQUFLLElBQUksS0FBSyxrQkFBa0IsT0FBTyxTQUFTLE1BQU0saUVBQWlFLGdCQUFnQjtBQUFBLEVBQ3JQO0FBQ0EsU0FBTyxLQUFLO0FBQ2Q7QUFHQSxlQUFzQixVQUFVLFFBQWdCLFdBQW1CLFNBQXdGO0FBQ3pKLFFBQU0sRUFBRSxTQUFTLElBQUksVUFBTSxrQ0FBaUIsQ0FBQyxTQUFTLENBQUM7QUFDdkQsUUFBTSxjQUFVLHNDQUFtQixRQUFRLFFBQVE7QUFDbkQsUUFBTSxPQUFPLFFBQVEsS0FBSyxRQUFRLFNBQVMsRUFBRTtBQUM3QyxTQUFPLEVBQUUsTUFBTSxZQUFRLGdDQUFVLHdDQUFzQixVQUFNLDBCQUFTLFFBQVEsTUFBTSxDQUFDLEdBQUcsT0FBTyxFQUFFO0FBQ25HO0FBR0EsZUFBc0IsaUJBQWlCLFFBQWdCLFdBQW1CLFFBQXFCLE1BQWMsSUFBaUM7QUFDNUksUUFBTSxZQUFZLFVBQU0sNENBQW9CLEtBQUssUUFBUSxXQUFXLE9BQU8sZUFBZSxHQUFHLElBQUk7QUFDakcsTUFBSTtBQUNGLFVBQU0sRUFBRSxPQUFPLElBQUksVUFBTSxpQ0FBYSxRQUFRLEVBQUUsa0JBQWtCLENBQUMsU0FBUyxHQUFHLFFBQVEsaUJBQWlCLFVBQVUsQ0FBQztBQUNuSCxVQUFNLFdBQVcsTUFBTSxLQUFLLE9BQU8sT0FBTztBQUMxQyxZQUFRLEtBQUssVUFBVSxRQUFRO0FBQy9CLFdBQU8sUUFBUSxDQUFDLE1BQWdCO0FBQzlCLFVBQUksRUFBRSxTQUFTLFNBQVUsRUFBQyxFQUFFLFdBQVcsV0FBVyxHQUFHLFNBQVMsR0FBRyxRQUFRLE1BQU0sRUFBRSxJQUFJO0FBQUEsSUFDdkYsQ0FBQztBQUNELFVBQU0sU0FBUyxNQUFNLE9BQU87QUFDNUIsWUFBUSxlQUFlLFVBQVUsUUFBUTtBQUN6QyxXQUFPO0FBQUEsRUFDVCxVQUFFO0FBQ0EsY0FBTSw4Q0FBc0IsU0FBUztBQUFBLEVBQ3ZDO0FBQ0Y7QUFFQSxTQUFTLFlBQVksTUFBZSxNQUFrQztBQUNwRSxNQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLFFBQU0sSUFBSSxPQUFPLElBQUk7QUFDckIsTUFBSSxDQUFDLE9BQU8sVUFBVSxDQUFDLEtBQUssSUFBSSxFQUFHLE9BQU0sSUFBSSwyQkFBVSxHQUFHLElBQUksS0FBSyxPQUFPLElBQUksQ0FBQyx5Q0FBeUMsY0FBYyxJQUFJLE9BQU8sVUFBVTtBQUMzSixTQUFPO0FBQ1Q7QUFFQSxlQUFzQixtQkFBbUIsUUFBNEMsSUFBNEI7QUFDL0csTUFBSSxPQUFPLFlBQVksV0FBVyxHQUFHO0FBQ25DLFVBQU0sSUFBSSwyQkFBVSxxREFBcUQseURBQXlELFVBQVU7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxLQUFLLFFBQVEsR0FBRyxLQUFLLE9BQU8sTUFBTSxhQUFhLEdBQUc7QUFDcEUsUUFBTSxTQUFTLE1BQU0sb0JBQW9CLE9BQU8sWUFBWSxDQUFDLEdBQUcsV0FBVyxHQUFHLEdBQUc7QUFDakYsUUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLE1BQU0sVUFBVSxRQUFRLFdBQVcsRUFBRSxLQUFLLFlBQVksT0FBTyxLQUFLLEtBQUssT0FBTyxHQUFHLE1BQU0sWUFBWSxPQUFPLEtBQUssTUFBTSxRQUFRLEVBQUUsQ0FBQztBQUN6SixRQUFNLFNBQVMsVUFBTSxvQ0FBZSxXQUFXLE9BQU8sT0FBTyxHQUFHLEdBQUc7QUFDbkUsS0FBRyxPQUFPLE1BQU0sdUJBQXVCLE9BQU8sYUFBYSxNQUFNLHdCQUF3QixJQUFJO0FBQUEsQ0FBSTtBQUNqRyxhQUFXLEtBQUssT0FBTyxXQUFZLElBQUcsT0FBTyxNQUFNLGtDQUFrQyxDQUFDO0FBQUEsQ0FBSTtBQUMxRixRQUFNLE9BQWdFLENBQUM7QUFDdkUsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sYUFBYSxRQUFRLEdBQUc7QUFDbEQsVUFBTSxXQUFPLGlDQUFlLE1BQU0sQ0FBQztBQUNuQyxPQUFHLE9BQU8sTUFBTTtBQUFBLGtDQUFxQyxJQUFJLENBQUMsSUFBSSxPQUFPLGFBQWEsTUFBTSxLQUFLLEVBQUUsSUFBSSxrQkFBa0IsSUFBSTtBQUFBLENBQUk7QUFDN0gsVUFBTSxVQUFVLFVBQU0sZ0NBQVUsTUFBTSxRQUFRLE1BQU0saUJBQWlCLFFBQVEsV0FBVyxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ3pHLFNBQUssS0FBSyxFQUFFLGFBQWEsR0FBRyxRQUFRLENBQUM7QUFDckMsUUFBSSxRQUFRLFdBQVcsWUFBYTtBQUFBLEVBQ3RDO0FBQ0EsTUFBSSxPQUFPLE1BQU07QUFDZixPQUFHLE9BQU8sTUFBTSxLQUFLLFVBQVUsRUFBRSxNQUFNLHNCQUFzQixNQUFNLFlBQVksT0FBTyxZQUFZLFNBQVMsS0FBSyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxZQUFZLE1BQU0sS0FBSyxFQUFFLFlBQVksS0FBSyxHQUFHLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxJQUFJLElBQUk7QUFBQSxFQUM1TSxPQUFPO0FBQ0wsVUFBTSxRQUFRLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxTQUFTLEVBQUUsWUFBWSxTQUFTLFVBQVUsQ0FBQyxFQUFFLFlBQVksUUFBUSxTQUFTLEVBQUUsWUFBWSxPQUFPLEdBQUcsRUFBRSxZQUFZLElBQUksS0FBSyxFQUFFLFlBQVksUUFBUSxLQUFLLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUN0TSxPQUFHLE9BQU8sTUFBTSxXQUFPLG1DQUFhLEtBQUssSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEdBQUcsR0FBRyxLQUFLLG1CQUFtQixDQUFDLE1BQU0sTUFBTSxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQztBQUN6SCxVQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLFFBQVEsV0FBVyxXQUFXO0FBQ2xFLE9BQUcsT0FBTyxNQUFNLE9BQU8sU0FBUyxHQUFHLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx5QkFBeUIsT0FBTyxJQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsWUFBWSxJQUFJLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBLElBQU8sT0FBTyxLQUFLLE1BQU07QUFBQSxDQUF3QjtBQUFBLEVBQ3JNO0FBQ0EsYUFBTyxrQ0FBWSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDO0FBQy9DOyIsCiAgIm5hbWVzIjogW10KfQo=
