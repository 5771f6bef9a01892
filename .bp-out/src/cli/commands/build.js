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
var build_exports = {};
__export(build_exports, {
  command: () => command,
  exitStatusOf: () => exitStatusOf,
  parseBuildFlags: () => parseBuildFlags,
  runOneBuild: () => runOneBuild
});
module.exports = __toCommonJS(build_exports);
var import_node_util = require("node:util");
var import_emerge = require("../../core/emerge");
var import_userError = require("../../core/userError");
var import_buildEbuild = require("../../docker/buildEbuild");
var import_buildOptions = require("../buildOptions");
var import_changedBuilds = require("../changedBuilds");
var import_useMatrixBuilds = require("../useMatrixBuilds");
const usage = `Usage: ebuild-builder build <ebuild-path> [options]

Builds the ebuild's atom (=cat/pn-ver::repo) in a builder container that sees the workspace's overlays and
Portage config overrides. Streams emerge's output, writes the full log to a file it names at the end, and
exits with emerge's status.

Options:
  --profile NAME     sabayon | gentoo | a profile from ebuildBuilder.profiles (default: settings, else sabayon)
  --image IMAGE      image for this build (else ebuildBuilder.images.<profile>, else the profile's default)
  --artifacts DIR    where binary packages go (default: <workspace>/artifacts)
  --env K=V          builder environment (BUILDER_JOBS, FEATURES, \u2026); repeatable
  --emerge-arg ARG   extra emerge argument; repeatable
  --engine URL       Docker engine (unix://, tcp://, ssh://); --context NAME for a Docker context
  --workspace DIR    workspace folder (settings in DIR/.vscode/settings.json, overrides in DIR/.portage)
  --network MODE     container network (host, none, a network name)
  --tty              allocate a pseudo-terminal (colours; stderr merged into stdout)
  --keep             keep the container after a failure (for "save builder state")
  --no-cache         no distfiles/binpkgs/ccache volumes
  --json             one JSON event per line instead of the output (see docs/parse-json.md)

Several builds (docs/automation.md):
  build --changed [--since REF] [--repo DIR] [--keep-going]
                     build the ebuilds changed since REF (default: the upstream merge base), dependencies
                     first; stop at the first failure unless --keep-going; a summary table at the end
  build <ebuild|cat/pkg> --use-matrix [--max N] [--seed S]
                     build the USE combinations that matter (defaults, each flag flipped, a REQUIRED_USE-valid
                     random sample) with a package.use line each; report which fail
`;
function parseBuildFlags(args) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: "string" },
        image: { type: "string" },
        artifacts: { type: "string" },
        env: { type: "string", multiple: true },
        "emerge-arg": { type: "string", multiple: true },
        engine: { type: "string" },
        context: { type: "string" },
        workspace: { type: "string" },
        network: { type: "string" },
        tty: { type: "boolean" },
        keep: { type: "boolean" },
        "no-cache": { type: "boolean" },
        json: { type: "boolean" },
        changed: { type: "boolean" },
        since: { type: "string" },
        "keep-going": { type: "boolean" },
        "use-matrix": { type: "boolean" },
        max: { type: "string" },
        seed: { type: "string" },
        repo: { type: "string" },
        "accept-host-key": { type: "string" }
      }
    });
  } catch (e) {
    throw new import_userError.UserError(e.message, "Run `ebuild-builder build --help` for the options.", "bad-flag");
  }
  const v = parsed.values;
  return {
    positionals: parsed.positionals,
    json: Boolean(v.json),
    rest: v,
    flags: {
      profile: v.profile,
      image: v.image,
      artifacts: v.artifacts,
      env: v.env ?? [],
      engine: v.engine,
      context: v.context,
      workspace: v.workspace,
      network: v.network,
      emergeArg: v["emerge-arg"] ?? [],
      keep: v.keep,
      tty: v.tty,
      noCache: v["no-cache"]
    }
  };
}
async function runOneBuild(ebuild, flags, json, io) {
  const workspace = (0, import_buildOptions.workspaceFolderFor)(ebuild, io.cwd, flags.workspace);
  const config = await (0, import_buildOptions.buildConfigFor)(workspace, flags, io.env);
  const prepared = await (0, import_buildEbuild.prepareBuild)(ebuild.startsWith("/") ? ebuild : `${io.cwd}/${ebuild}`, { workspaceFolders: [workspace], config });
  const { request, spec, handle } = prepared;
  const print = (o) => io.stdout.write(JSON.stringify(o) + "\n");
  const parser = new import_emerge.EmergeParser((event) => {
    if (json) print(event);
  });
  if (json) print({ type: "build-start", atom: request.atom, profile: request.profile, image: spec.image, argv: [...spec.entrypoint ?? [], ...spec.argv], engine: prepared.engine.url, log: prepared.logPath });
  else io.stderr.write(`>>> ebuild-builder: ${request.atom} with profile ${request.profile} on ${prepared.engine.url}
>>> image ${spec.image}, command ${JSON.stringify([...spec.entrypoint ?? [], ...spec.argv])}
`);
  const onSignal = () => void handle.cancel();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  handle.onEvent((e) => {
    if (e.type === "output") {
      parser.push(e.data, spec.tty ? void 0 : e.stream);
      if (!json) (e.stream === "stderr" ? io.stderr : io.stdout).write(e.data);
    } else if (e.type === "state" && json) print({ type: "build-state", state: e.state, detail: e.detail });
    else if (e.type === "pull-progress" && !json && e.status.startsWith("Pulling from")) io.stderr.write(`>>> ebuild-builder: ${e.status}
`);
  });
  const result = await handle.done;
  parser.end();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  if (json) print({ type: "build-result", atom: request.atom, state: result.state, exitCode: result.exitCode, log: result.logPath, artifacts: result.artifacts, durationMs: result.durationMs, error: result.error?.message });
  else {
    if (result.error) io.stderr.write(`ebuild-builder build: ${result.error.toString()}
`);
    if (result.logPath) io.stderr.write(`>>> ebuild-builder: full log: ${result.logPath}
`);
    for (const a of result.artifacts) io.stderr.write(`>>> ebuild-builder: package ${a}
`);
    io.stderr.write(`>>> ebuild-builder: ${request.atom} ${result.state}${result.exitCode !== void 0 ? ` (exit ${result.exitCode})` : ""} in ${(result.durationMs / 1e3).toFixed(1)} s
`);
  }
  return result;
}
function exitStatusOf(result) {
  if (result.state === "cancelled") return 130;
  if (result.exitCode !== void 0) return result.exitCode;
  return result.state === "succeeded" ? 0 : 2;
}
const command = {
  name: "build",
  summary: "build an ebuild in a Sabayon or Gentoo builder container",
  usage,
  async run(args, io) {
    const parsed = parseBuildFlags(args);
    if (parsed.rest.changed) return (0, import_changedBuilds.runChangedBuilds)(parsed, io);
    if (parsed.rest["use-matrix"]) return (0, import_useMatrixBuilds.runUseMatrixBuilds)(parsed, io);
    const { positionals, flags, json } = parsed;
    if (positionals.length !== 1) throw new import_userError.UserError("build needs exactly one ebuild path.", "Run `ebuild-builder build path/to/pkg-1.0.ebuild`.", "bad-flag");
    return exitStatusOf(await runOneBuild(positionals[0], flags, json, io));
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command,
  exitStatusOf,
  parseBuildFlags,
  runOneBuild
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9idWlsZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBidWlsZCA8ZWJ1aWxkPmA6IG9uZSBidWlsZCBpbiBhIGJ1aWxkZXIgY29udGFpbmVyLCBvdXRwdXQgc3RyZWFtZWQsIGV4aXQgc3RhdHVzIG9mIGVtZXJnZS4gKi9cbmltcG9ydCB7IHBhcnNlQXJncyB9IGZyb20gJ25vZGU6dXRpbCc7XG5pbXBvcnQgeyBFbWVyZ2VQYXJzZXIgfSBmcm9tICcuLi8uLi9jb3JlL2VtZXJnZSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVzdWx0LCBSdW5FdmVudCB9IGZyb20gJy4uLy4uL2NvcmUvYnVpbGRSdW4nO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgcHJlcGFyZUJ1aWxkIH0gZnJvbSAnLi4vLi4vZG9ja2VyL2J1aWxkRWJ1aWxkJztcbmltcG9ydCB0eXBlIHsgQ2xpQ29tbWFuZCwgQ2xpSU8gfSBmcm9tICcuLi9jbGlUeXBlcyc7XG5pbXBvcnQgeyBidWlsZENvbmZpZ0Zvciwgd29ya3NwYWNlRm9sZGVyRm9yLCB0eXBlIEJ1aWxkRmxhZ3MgfSBmcm9tICcuLi9idWlsZE9wdGlvbnMnO1xuaW1wb3J0IHsgcnVuQ2hhbmdlZEJ1aWxkcyB9IGZyb20gJy4uL2NoYW5nZWRCdWlsZHMnO1xuaW1wb3J0IHsgcnVuVXNlTWF0cml4QnVpbGRzIH0gZnJvbSAnLi4vdXNlTWF0cml4QnVpbGRzJztcblxuY29uc3QgdXNhZ2UgPSBgVXNhZ2U6IGVidWlsZC1idWlsZGVyIGJ1aWxkIDxlYnVpbGQtcGF0aD4gW29wdGlvbnNdXG5cbkJ1aWxkcyB0aGUgZWJ1aWxkJ3MgYXRvbSAoPWNhdC9wbi12ZXI6OnJlcG8pIGluIGEgYnVpbGRlciBjb250YWluZXIgdGhhdCBzZWVzIHRoZSB3b3Jrc3BhY2UncyBvdmVybGF5cyBhbmRcblBvcnRhZ2UgY29uZmlnIG92ZXJyaWRlcy4gU3RyZWFtcyBlbWVyZ2UncyBvdXRwdXQsIHdyaXRlcyB0aGUgZnVsbCBsb2cgdG8gYSBmaWxlIGl0IG5hbWVzIGF0IHRoZSBlbmQsIGFuZFxuZXhpdHMgd2l0aCBlbWVyZ2UncyBzdGF0dXMuXG5cbk9wdGlvbnM6XG4gIC0tcHJvZmlsZSBOQU1FICAgICBzYWJheW9uIHwgZ2VudG9vIHwgYSBwcm9maWxlIGZyb20gZWJ1aWxkQnVpbGRlci5wcm9maWxlcyAoZGVmYXVsdDogc2V0dGluZ3MsIGVsc2Ugc2FiYXlvbilcbiAgLS1pbWFnZSBJTUFHRSAgICAgIGltYWdlIGZvciB0aGlzIGJ1aWxkIChlbHNlIGVidWlsZEJ1aWxkZXIuaW1hZ2VzLjxwcm9maWxlPiwgZWxzZSB0aGUgcHJvZmlsZSdzIGRlZmF1bHQpXG4gIC0tYXJ0aWZhY3RzIERJUiAgICB3aGVyZSBiaW5hcnkgcGFja2FnZXMgZ28gKGRlZmF1bHQ6IDx3b3Jrc3BhY2U+L2FydGlmYWN0cylcbiAgLS1lbnYgSz1WICAgICAgICAgIGJ1aWxkZXIgZW52aXJvbm1lbnQgKEJVSUxERVJfSk9CUywgRkVBVFVSRVMsIFx1MjAyNik7IHJlcGVhdGFibGVcbiAgLS1lbWVyZ2UtYXJnIEFSRyAgIGV4dHJhIGVtZXJnZSBhcmd1bWVudDsgcmVwZWF0YWJsZVxuICAtLWVuZ2luZSBVUkwgICAgICAgRG9ja2VyIGVuZ2luZSAodW5peDovLywgdGNwOi8vLCBzc2g6Ly8pOyAtLWNvbnRleHQgTkFNRSBmb3IgYSBEb2NrZXIgY29udGV4dFxuICAtLXdvcmtzcGFjZSBESVIgICAgd29ya3NwYWNlIGZvbGRlciAoc2V0dGluZ3MgaW4gRElSLy52c2NvZGUvc2V0dGluZ3MuanNvbiwgb3ZlcnJpZGVzIGluIERJUi8ucG9ydGFnZSlcbiAgLS1uZXR3b3JrIE1PREUgICAgIGNvbnRhaW5lciBuZXR3b3JrIChob3N0LCBub25lLCBhIG5ldHdvcmsgbmFtZSlcbiAgLS10dHkgICAgICAgICAgICAgIGFsbG9jYXRlIGEgcHNldWRvLXRlcm1pbmFsIChjb2xvdXJzOyBzdGRlcnIgbWVyZ2VkIGludG8gc3Rkb3V0KVxuICAtLWtlZXAgICAgICAgICAgICAga2VlcCB0aGUgY29udGFpbmVyIGFmdGVyIGEgZmFpbHVyZSAoZm9yIFwic2F2ZSBidWlsZGVyIHN0YXRlXCIpXG4gIC0tbm8tY2FjaGUgICAgICAgICBubyBkaXN0ZmlsZXMvYmlucGtncy9jY2FjaGUgdm9sdW1lc1xuICAtLWpzb24gICAgICAgICAgICAgb25lIEpTT04gZXZlbnQgcGVyIGxpbmUgaW5zdGVhZCBvZiB0aGUgb3V0cHV0IChzZWUgZG9jcy9wYXJzZS1qc29uLm1kKVxuXG5TZXZlcmFsIGJ1aWxkcyAoZG9jcy9hdXRvbWF0aW9uLm1kKTpcbiAgYnVpbGQgLS1jaGFuZ2VkIFstLXNpbmNlIFJFRl0gWy0tcmVwbyBESVJdIFstLWtlZXAtZ29pbmddXG4gICAgICAgICAgICAgICAgICAgICBidWlsZCB0aGUgZWJ1aWxkcyBjaGFuZ2VkIHNpbmNlIFJFRiAoZGVmYXVsdDogdGhlIHVwc3RyZWFtIG1lcmdlIGJhc2UpLCBkZXBlbmRlbmNpZXNcbiAgICAgICAgICAgICAgICAgICAgIGZpcnN0OyBzdG9wIGF0IHRoZSBmaXJzdCBmYWlsdXJlIHVubGVzcyAtLWtlZXAtZ29pbmc7IGEgc3VtbWFyeSB0YWJsZSBhdCB0aGUgZW5kXG4gIGJ1aWxkIDxlYnVpbGR8Y2F0L3BrZz4gLS11c2UtbWF0cml4IFstLW1heCBOXSBbLS1zZWVkIFNdXG4gICAgICAgICAgICAgICAgICAgICBidWlsZCB0aGUgVVNFIGNvbWJpbmF0aW9ucyB0aGF0IG1hdHRlciAoZGVmYXVsdHMsIGVhY2ggZmxhZyBmbGlwcGVkLCBhIFJFUVVJUkVEX1VTRS12YWxpZFxuICAgICAgICAgICAgICAgICAgICAgcmFuZG9tIHNhbXBsZSkgd2l0aCBhIHBhY2thZ2UudXNlIGxpbmUgZWFjaDsgcmVwb3J0IHdoaWNoIGZhaWxcbmA7XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUJ1aWxkRmxhZ3MoYXJnczogc3RyaW5nW10pOiB7IHBvc2l0aW9uYWxzOiBzdHJpbmdbXTsgZmxhZ3M6IEJ1aWxkRmxhZ3M7IGpzb246IGJvb2xlYW47IHJlc3Q6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IH0ge1xuICBsZXQgcGFyc2VkO1xuICB0cnkge1xuICAgIHBhcnNlZCA9IHBhcnNlQXJncyh7XG4gICAgICBhcmdzLFxuICAgICAgYWxsb3dQb3NpdGlvbmFsczogdHJ1ZSxcbiAgICAgIHN0cmljdDogdHJ1ZSxcbiAgICAgIG9wdGlvbnM6IHtcbiAgICAgICAgcHJvZmlsZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBpbWFnZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBhcnRpZmFjdHM6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgZW52OiB7IHR5cGU6ICdzdHJpbmcnLCBtdWx0aXBsZTogdHJ1ZSB9LCAnZW1lcmdlLWFyZyc6IHsgdHlwZTogJ3N0cmluZycsIG11bHRpcGxlOiB0cnVlIH0sXG4gICAgICAgIGVuZ2luZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBjb250ZXh0OiB7IHR5cGU6ICdzdHJpbmcnIH0sIHdvcmtzcGFjZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICBuZXR3b3JrOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHR0eTogeyB0eXBlOiAnYm9vbGVhbicgfSwga2VlcDogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICAgICAgJ25vLWNhY2hlJzogeyB0eXBlOiAnYm9vbGVhbicgfSwganNvbjogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICAgICAgY2hhbmdlZDogeyB0eXBlOiAnYm9vbGVhbicgfSwgc2luY2U6IHsgdHlwZTogJ3N0cmluZycgfSwgJ2tlZXAtZ29pbmcnOiB7IHR5cGU6ICdib29sZWFuJyB9LFxuICAgICAgICAndXNlLW1hdHJpeCc6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sIG1heDogeyB0eXBlOiAnc3RyaW5nJyB9LCBzZWVkOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHJlcG86IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgJ2FjY2VwdC1ob3N0LWtleSc6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgIH0sXG4gICAgfSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKChlIGFzIEVycm9yKS5tZXNzYWdlLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBidWlsZCAtLWhlbHBgIGZvciB0aGUgb3B0aW9ucy4nLCAnYmFkLWZsYWcnKTtcbiAgfVxuICBjb25zdCB2ID0gcGFyc2VkLnZhbHVlcztcbiAgcmV0dXJuIHtcbiAgICBwb3NpdGlvbmFsczogcGFyc2VkLnBvc2l0aW9uYWxzLFxuICAgIGpzb246IEJvb2xlYW4odi5qc29uKSxcbiAgICByZXN0OiB2LFxuICAgIGZsYWdzOiB7XG4gICAgICBwcm9maWxlOiB2LnByb2ZpbGUsIGltYWdlOiB2LmltYWdlLCBhcnRpZmFjdHM6IHYuYXJ0aWZhY3RzLCBlbnY6IHYuZW52ID8/IFtdLCBlbmdpbmU6IHYuZW5naW5lLCBjb250ZXh0OiB2LmNvbnRleHQsXG4gICAgICB3b3Jrc3BhY2U6IHYud29ya3NwYWNlLCBuZXR3b3JrOiB2Lm5ldHdvcmssIGVtZXJnZUFyZzogdlsnZW1lcmdlLWFyZyddID8/IFtdLCBrZWVwOiB2LmtlZXAsIHR0eTogdi50dHksIG5vQ2FjaGU6IHZbJ25vLWNhY2hlJ10sXG4gICAgfSxcbiAgfTtcbn1cblxuLyoqIFJ1bnMgb25lIGJ1aWxkIHRvIGl0cyBlbmQsIHdyaXRpbmcgb3V0cHV0IChvciBKU09OIGV2ZW50cykgdG8gaW87IHJldHVybnMgdGhlIHJlc3VsdC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBydW5PbmVCdWlsZChlYnVpbGQ6IHN0cmluZywgZmxhZ3M6IEJ1aWxkRmxhZ3MsIGpzb246IGJvb2xlYW4sIGlvOiBDbGlJTyk6IFByb21pc2U8QnVpbGRSZXN1bHQ+IHtcbiAgY29uc3Qgd29ya3NwYWNlID0gd29ya3NwYWNlRm9sZGVyRm9yKGVidWlsZCwgaW8uY3dkLCBmbGFncy53b3Jrc3BhY2UpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCBidWlsZENvbmZpZ0Zvcih3b3Jrc3BhY2UsIGZsYWdzLCBpby5lbnYpO1xuICBjb25zdCBwcmVwYXJlZCA9IGF3YWl0IHByZXBhcmVCdWlsZChlYnVpbGQuc3RhcnRzV2l0aCgnLycpID8gZWJ1aWxkIDogYCR7aW8uY3dkfS8ke2VidWlsZH1gLCB7IHdvcmtzcGFjZUZvbGRlcnM6IFt3b3Jrc3BhY2VdLCBjb25maWcgfSk7XG4gIGNvbnN0IHsgcmVxdWVzdCwgc3BlYywgaGFuZGxlIH0gPSBwcmVwYXJlZDtcbiAgY29uc3QgcHJpbnQgPSAobzogb2JqZWN0KSA9PiBpby5zdGRvdXQud3JpdGUoSlNPTi5zdHJpbmdpZnkobykgKyAnXFxuJyk7XG4gIGNvbnN0IHBhcnNlciA9IG5ldyBFbWVyZ2VQYXJzZXIoKGV2ZW50KSA9PiB7IGlmIChqc29uKSBwcmludChldmVudCk7IH0pO1xuICBpZiAoanNvbikgcHJpbnQoeyB0eXBlOiAnYnVpbGQtc3RhcnQnLCBhdG9tOiByZXF1ZXN0LmF0b20sIHByb2ZpbGU6IHJlcXVlc3QucHJvZmlsZSwgaW1hZ2U6IHNwZWMuaW1hZ2UsIGFyZ3Y6IFsuLi4oc3BlYy5lbnRyeXBvaW50ID8/IFtdKSwgLi4uc3BlYy5hcmd2XSwgZW5naW5lOiBwcmVwYXJlZC5lbmdpbmUudXJsLCBsb2c6IHByZXBhcmVkLmxvZ1BhdGggfSk7XG4gIGVsc2UgaW8uc3RkZXJyLndyaXRlKGA+Pj4gZWJ1aWxkLWJ1aWxkZXI6ICR7cmVxdWVzdC5hdG9tfSB3aXRoIHByb2ZpbGUgJHtyZXF1ZXN0LnByb2ZpbGV9IG9uICR7cHJlcGFyZWQuZW5naW5lLnVybH1cXG4+Pj4gaW1hZ2UgJHtzcGVjLmltYWdlfSwgY29tbWFuZCAke0pTT04uc3RyaW5naWZ5KFsuLi4oc3BlYy5lbnRyeXBvaW50ID8/IFtdKSwgLi4uc3BlYy5hcmd2XSl9XFxuYCk7XG4gIGNvbnN0IG9uU2lnbmFsID0gKCkgPT4gdm9pZCBoYW5kbGUuY2FuY2VsKCk7XG4gIHByb2Nlc3Mub25jZSgnU0lHSU5UJywgb25TaWduYWwpO1xuICBwcm9jZXNzLm9uY2UoJ1NJR1RFUk0nLCBvblNpZ25hbCk7XG4gIGhhbmRsZS5vbkV2ZW50KChlOiBSdW5FdmVudCkgPT4ge1xuICAgIGlmIChlLnR5cGUgPT09ICdvdXRwdXQnKSB7XG4gICAgICBwYXJzZXIucHVzaChlLmRhdGEsIHNwZWMudHR5ID8gdW5kZWZpbmVkIDogZS5zdHJlYW0pO1xuICAgICAgaWYgKCFqc29uKSAoZS5zdHJlYW0gPT09ICdzdGRlcnInID8gaW8uc3RkZXJyIDogaW8uc3Rkb3V0KS53cml0ZShlLmRhdGEpO1xuICAgIH0gZWxzZSBpZiAoZS50eXBlID09PSAnc3RhdGUnICYmIGpzb24pIHByaW50KHsgdHlwZTogJ2J1aWxkLXN0YXRlJywgc3RhdGU6IGUuc3RhdGUsIGRldGFpbDogZS5kZXRhaWwgfSk7XG4gICAgZWxzZSBpZiAoZS50eXBlID09PSAncHVsbC1wcm9ncmVzcycgJiYgIWpzb24gJiYgZS5zdGF0dXMuc3RhcnRzV2l0aCgnUHVsbGluZyBmcm9tJykpIGlvLnN0ZGVyci53cml0ZShgPj4+IGVidWlsZC1idWlsZGVyOiAke2Uuc3RhdHVzfVxcbmApO1xuICB9KTtcbiAgY29uc3QgcmVzdWx0ID0gYXdhaXQgaGFuZGxlLmRvbmU7XG4gIHBhcnNlci5lbmQoKTtcbiAgcHJvY2Vzcy5yZW1vdmVMaXN0ZW5lcignU0lHSU5UJywgb25TaWduYWwpO1xuICBwcm9jZXNzLnJlbW92ZUxpc3RlbmVyKCdTSUdURVJNJywgb25TaWduYWwpO1xuICBpZiAoanNvbikgcHJpbnQoeyB0eXBlOiAnYnVpbGQtcmVzdWx0JywgYXRvbTogcmVxdWVzdC5hdG9tLCBzdGF0ZTogcmVzdWx0LnN0YXRlLCBleGl0Q29kZTogcmVzdWx0LmV4aXRDb2RlLCBsb2c6IHJlc3VsdC5sb2dQYXRoLCBhcnRpZmFjdHM6IHJlc3VsdC5hcnRpZmFjdHMsIGR1cmF0aW9uTXM6IHJlc3VsdC5kdXJhdGlvbk1zLCBlcnJvcjogcmVzdWx0LmVycm9yPy5tZXNzYWdlIH0pO1xuICBlbHNlIHtcbiAgICBpZiAocmVzdWx0LmVycm9yKSBpby5zdGRlcnIud3JpdGUoYGVidWlsZC1idWlsZGVyIGJ1aWxkOiAke3Jlc3VsdC5lcnJvci50b1N0cmluZygpfVxcbmApO1xuICAgIGlmIChyZXN1bHQubG9nUGF0aCkgaW8uc3RkZXJyLndyaXRlKGA+Pj4gZWJ1aWxkLWJ1aWxkZXI6IGZ1bGwgbG9nOiAke3Jlc3VsdC5sb2dQYXRofVxcbmApO1xuICAgIGZvciAoY29uc3QgYSBvZiByZXN1bHQuYXJ0aWZhY3RzKSBpby5zdGRlcnIud3JpdGUoYD4+PiBlYnVpbGQtYnVpbGRlcjogcGFja2FnZSAke2F9XFxuYCk7XG4gICAgaW8uc3RkZXJyLndyaXRlKGA+Pj4gZWJ1aWxkLWJ1aWxkZXI6ICR7cmVxdWVzdC5hdG9tfSAke3Jlc3VsdC5zdGF0ZX0ke3Jlc3VsdC5leGl0Q29kZSAhPT0gdW5kZWZpbmVkID8gYCAoZXhpdCAke3Jlc3VsdC5leGl0Q29kZX0pYCA6ICcnfSBpbiAkeyhyZXN1bHQuZHVyYXRpb25NcyAvIDEwMDApLnRvRml4ZWQoMSl9IHNcXG5gKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0O1xufVxuXG4vKiogZW1lcmdlJ3Mgc3RhdHVzIHdoZW4gaXQgcmFuOyAxMzAgZm9yIGEgY2FuY2VsIChhcyBhIHNoZWxsIHJlcG9ydHMgU0lHSU5UKTsgMiBmb3IgYW4gZXJyb3IgYmVmb3JlIGVtZXJnZSByYW4uICovXG5leHBvcnQgZnVuY3Rpb24gZXhpdFN0YXR1c09mKHJlc3VsdDogQnVpbGRSZXN1bHQpOiBudW1iZXIge1xuICBpZiAocmVzdWx0LnN0YXRlID09PSAnY2FuY2VsbGVkJykgcmV0dXJuIDEzMDtcbiAgaWYgKHJlc3VsdC5leGl0Q29kZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcmVzdWx0LmV4aXRDb2RlO1xuICByZXR1cm4gcmVzdWx0LnN0YXRlID09PSAnc3VjY2VlZGVkJyA/IDAgOiAyO1xufVxuXG5leHBvcnQgY29uc3QgY29tbWFuZDogQ2xpQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2J1aWxkJyxcbiAgc3VtbWFyeTogJ2J1aWxkIGFuIGVidWlsZCBpbiBhIFNhYmF5b24gb3IgR2VudG9vIGJ1aWxkZXIgY29udGFpbmVyJyxcbiAgdXNhZ2UsXG4gIGFzeW5jIHJ1bihhcmdzLCBpbykge1xuICAgIGNvbnN0IHBhcnNlZCA9IHBhcnNlQnVpbGRGbGFncyhhcmdzKTtcbiAgICBpZiAocGFyc2VkLnJlc3QuY2hhbmdlZCkgcmV0dXJuIHJ1bkNoYW5nZWRCdWlsZHMocGFyc2VkLCBpbyk7XG4gICAgaWYgKHBhcnNlZC5yZXN0Wyd1c2UtbWF0cml4J10pIHJldHVybiBydW5Vc2VNYXRyaXhCdWlsZHMocGFyc2VkLCBpbyk7XG4gICAgY29uc3QgeyBwb3NpdGlvbmFscywgZmxhZ3MsIGpzb24gfSA9IHBhcnNlZDtcbiAgICBpZiAocG9zaXRpb25hbHMubGVuZ3RoICE9PSAxKSB0aHJvdyBuZXcgVXNlckVycm9yKCdidWlsZCBuZWVkcyBleGFjdGx5IG9uZSBlYnVpbGQgcGF0aC4nLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBidWlsZCBwYXRoL3RvL3BrZy0xLjAuZWJ1aWxkYC4nLCAnYmFkLWZsYWcnKTtcbiAgICByZXR1cm4gZXhpdFN0YXR1c09mKGF3YWl0IHJ1bk9uZUJ1aWxkKHBvc2l0aW9uYWxzWzBdLCBmbGFncywganNvbiwgaW8pKTtcbiAgfSxcbn07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsdUJBQTBCO0FBQzFCLG9CQUE2QjtBQUU3Qix1QkFBMEI7QUFDMUIseUJBQTZCO0FBRTdCLDBCQUFvRTtBQUNwRSwyQkFBaUM7QUFDakMsNkJBQW1DO0FBRW5DLE1BQU0sUUFBUTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQTZCUCxTQUFTLGdCQUFnQixNQUE0RztBQUMxSSxNQUFJO0FBQ0osTUFBSTtBQUNGLGlCQUFTLDRCQUFVO0FBQUEsTUFDakI7QUFBQSxNQUNBLGtCQUFrQjtBQUFBLE1BQ2xCLFFBQVE7QUFBQSxNQUNSLFNBQVM7QUFBQSxRQUNQLFNBQVMsRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUFHLE9BQU8sRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUFHLFdBQVcsRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUNwRixLQUFLLEVBQUUsTUFBTSxVQUFVLFVBQVUsS0FBSztBQUFBLFFBQUcsY0FBYyxFQUFFLE1BQU0sVUFBVSxVQUFVLEtBQUs7QUFBQSxRQUN4RixRQUFRLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFBRyxTQUFTLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFBRyxXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFDckYsU0FBUyxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQUcsS0FBSyxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQUcsTUFBTSxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQy9FLFlBQVksRUFBRSxNQUFNLFVBQVU7QUFBQSxRQUFHLE1BQU0sRUFBRSxNQUFNLFVBQVU7QUFBQSxRQUN6RCxTQUFTLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFBRyxPQUFPLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFBRyxjQUFjLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFDekYsY0FBYyxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQUcsS0FBSyxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQzdHLG1CQUFtQixFQUFFLE1BQU0sU0FBUztBQUFBLE1BQ3RDO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSCxTQUFTLEdBQUc7QUFDVixVQUFNLElBQUksMkJBQVcsRUFBWSxTQUFTLHNEQUFzRCxVQUFVO0FBQUEsRUFDNUc7QUFDQSxRQUFNLElBQUksT0FBTztBQUNqQixTQUFPO0FBQUEsSUFDTCxhQUFhLE9BQU87QUFBQSxJQUNwQixNQUFNLFFBQVEsRUFBRSxJQUFJO0FBQUEsSUFDcEIsTUFBTTtBQUFBLElBQ04sT0FBTztBQUFBLE1BQ0wsU0FBUyxFQUFFO0FBQUEsTUFBUyxPQUFPLEVBQUU7QUFBQSxNQUFPLFdBQVcsRUFBRTtBQUFBLE1BQVcsS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLE1BQUcsUUFBUSxFQUFFO0FBQUEsTUFBUSxTQUFTLEVBQUU7QUFBQSxNQUMzRyxXQUFXLEVBQUU7QUFBQSxNQUFXLFNBQVMsRUFBRTtBQUFBLE1BQVMsV0FBVyxFQUFFLFlBQVksS0FBSyxDQUFDO0FBQUEsTUFBRyxNQUFNLEVBQUU7QUFBQSxNQUFNLEtBQUssRUFBRTtBQUFBLE1BQUssU0FBUyxFQUFFLFVBQVU7QUFBQSxJQUMvSDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLGVBQXNCLFlBQVksUUFBZ0IsT0FBbUIsTUFBZSxJQUFpQztBQUNuSCxRQUFNLGdCQUFZLHdDQUFtQixRQUFRLEdBQUcsS0FBSyxNQUFNLFNBQVM7QUFDcEUsUUFBTSxTQUFTLFVBQU0sb0NBQWUsV0FBVyxPQUFPLEdBQUcsR0FBRztBQUM1RCxRQUFNLFdBQVcsVUFBTSxpQ0FBYSxPQUFPLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxHQUFHLEdBQUcsSUFBSSxNQUFNLElBQUksRUFBRSxrQkFBa0IsQ0FBQyxTQUFTLEdBQUcsT0FBTyxDQUFDO0FBQ3RJLFFBQU0sRUFBRSxTQUFTLE1BQU0sT0FBTyxJQUFJO0FBQ2xDLFFBQU0sUUFBUSxDQUFDLE1BQWMsR0FBRyxPQUFPLE1BQU0sS0FBSyxVQUFVLENBQUMsSUFBSSxJQUFJO0FBQ3JFLFFBQU0sU0FBUyxJQUFJLDJCQUFhLENBQUMsVUFBVTtBQUFFLFFBQUksS0FBTSxPQUFNLEtBQUs7QUFBQSxFQUFHLENBQUM7QUFDdEUsTUFBSSxLQUFNLE9BQU0sRUFBRSxNQUFNLGVBQWUsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFNBQVMsT0FBTyxLQUFLLE9BQU8sTUFBTSxDQUFDLEdBQUksS0FBSyxjQUFjLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxHQUFHLFFBQVEsU0FBUyxPQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsQ0FBQztBQUFBLE1BQ3pNLElBQUcsT0FBTyxNQUFNLHVCQUF1QixRQUFRLElBQUksaUJBQWlCLFFBQVEsT0FBTyxPQUFPLFNBQVMsT0FBTyxHQUFHO0FBQUEsWUFBZSxLQUFLLEtBQUssYUFBYSxLQUFLLFVBQVUsQ0FBQyxHQUFJLEtBQUssY0FBYyxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsQ0FBSTtBQUN0TixRQUFNLFdBQVcsTUFBTSxLQUFLLE9BQU8sT0FBTztBQUMxQyxVQUFRLEtBQUssVUFBVSxRQUFRO0FBQy9CLFVBQVEsS0FBSyxXQUFXLFFBQVE7QUFDaEMsU0FBTyxRQUFRLENBQUMsTUFBZ0I7QUFDOUIsUUFBSSxFQUFFLFNBQVMsVUFBVTtBQUN2QixhQUFPLEtBQUssRUFBRSxNQUFNLEtBQUssTUFBTSxTQUFZLEVBQUUsTUFBTTtBQUNuRCxVQUFJLENBQUMsS0FBTSxFQUFDLEVBQUUsV0FBVyxXQUFXLEdBQUcsU0FBUyxHQUFHLFFBQVEsTUFBTSxFQUFFLElBQUk7QUFBQSxJQUN6RSxXQUFXLEVBQUUsU0FBUyxXQUFXLEtBQU0sT0FBTSxFQUFFLE1BQU0sZUFBZSxPQUFPLEVBQUUsT0FBTyxRQUFRLEVBQUUsT0FBTyxDQUFDO0FBQUEsYUFDN0YsRUFBRSxTQUFTLG1CQUFtQixDQUFDLFFBQVEsRUFBRSxPQUFPLFdBQVcsY0FBYyxFQUFHLElBQUcsT0FBTyxNQUFNLHVCQUF1QixFQUFFLE1BQU07QUFBQSxDQUFJO0FBQUEsRUFDMUksQ0FBQztBQUNELFFBQU0sU0FBUyxNQUFNLE9BQU87QUFDNUIsU0FBTyxJQUFJO0FBQ1gsVUFBUSxlQUFlLFVBQVUsUUFBUTtBQUN6QyxVQUFRLGVBQWUsV0FBVyxRQUFRO0FBQzFDLE1BQUksS0FBTSxPQUFNLEVBQUUsTUFBTSxnQkFBZ0IsTUFBTSxRQUFRLE1BQU0sT0FBTyxPQUFPLE9BQU8sVUFBVSxPQUFPLFVBQVUsS0FBSyxPQUFPLFNBQVMsV0FBVyxPQUFPLFdBQVcsWUFBWSxPQUFPLFlBQVksT0FBTyxPQUFPLE9BQU8sUUFBUSxDQUFDO0FBQUEsT0FDdE47QUFDSCxRQUFJLE9BQU8sTUFBTyxJQUFHLE9BQU8sTUFBTSx5QkFBeUIsT0FBTyxNQUFNLFNBQVMsQ0FBQztBQUFBLENBQUk7QUFDdEYsUUFBSSxPQUFPLFFBQVMsSUFBRyxPQUFPLE1BQU0saUNBQWlDLE9BQU8sT0FBTztBQUFBLENBQUk7QUFDdkYsZUFBVyxLQUFLLE9BQU8sVUFBVyxJQUFHLE9BQU8sTUFBTSwrQkFBK0IsQ0FBQztBQUFBLENBQUk7QUFDdEYsT0FBRyxPQUFPLE1BQU0sdUJBQXVCLFFBQVEsSUFBSSxJQUFJLE9BQU8sS0FBSyxHQUFHLE9BQU8sYUFBYSxTQUFZLFVBQVUsT0FBTyxRQUFRLE1BQU0sRUFBRSxRQUFRLE9BQU8sYUFBYSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsQ0FBTTtBQUFBLEVBQzNMO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxhQUFhLFFBQTZCO0FBQ3hELE1BQUksT0FBTyxVQUFVLFlBQWEsUUFBTztBQUN6QyxNQUFJLE9BQU8sYUFBYSxPQUFXLFFBQU8sT0FBTztBQUNqRCxTQUFPLE9BQU8sVUFBVSxjQUFjLElBQUk7QUFDNUM7QUFFTyxNQUFNLFVBQXNCO0FBQUEsRUFDakMsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQUNBLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDbEIsVUFBTSxTQUFTLGdCQUFnQixJQUFJO0FBQ25DLFFBQUksT0FBTyxLQUFLLFFBQVMsWUFBTyx1Q0FBaUIsUUFBUSxFQUFFO0FBQzNELFFBQUksT0FBTyxLQUFLLFlBQVksRUFBRyxZQUFPLDJDQUFtQixRQUFRLEVBQUU7QUFDbkUsVUFBTSxFQUFFLGFBQWEsT0FBTyxLQUFLLElBQUk7QUFDckMsUUFBSSxZQUFZLFdBQVcsRUFBRyxPQUFNLElBQUksMkJBQVUsd0NBQXdDLHNEQUFzRCxVQUFVO0FBQzFKLFdBQU8sYUFBYSxNQUFNLFlBQVksWUFBWSxDQUFDLEdBQUcsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
