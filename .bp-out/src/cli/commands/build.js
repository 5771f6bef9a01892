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
    const { positionals, flags, json } = parseBuildFlags(args);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9idWlsZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBidWlsZCA8ZWJ1aWxkPmA6IG9uZSBidWlsZCBpbiBhIGJ1aWxkZXIgY29udGFpbmVyLCBvdXRwdXQgc3RyZWFtZWQsIGV4aXQgc3RhdHVzIG9mIGVtZXJnZS4gKi9cbmltcG9ydCB7IHBhcnNlQXJncyB9IGZyb20gJ25vZGU6dXRpbCc7XG5pbXBvcnQgeyBFbWVyZ2VQYXJzZXIgfSBmcm9tICcuLi8uLi9jb3JlL2VtZXJnZSc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkUmVzdWx0LCBSdW5FdmVudCB9IGZyb20gJy4uLy4uL2NvcmUvYnVpbGRSdW4nO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgcHJlcGFyZUJ1aWxkIH0gZnJvbSAnLi4vLi4vZG9ja2VyL2J1aWxkRWJ1aWxkJztcbmltcG9ydCB0eXBlIHsgQ2xpQ29tbWFuZCwgQ2xpSU8gfSBmcm9tICcuLi9jbGlUeXBlcyc7XG5pbXBvcnQgeyBidWlsZENvbmZpZ0Zvciwgd29ya3NwYWNlRm9sZGVyRm9yLCB0eXBlIEJ1aWxkRmxhZ3MgfSBmcm9tICcuLi9idWlsZE9wdGlvbnMnO1xuXG5jb25zdCB1c2FnZSA9IGBVc2FnZTogZWJ1aWxkLWJ1aWxkZXIgYnVpbGQgPGVidWlsZC1wYXRoPiBbb3B0aW9uc11cblxuQnVpbGRzIHRoZSBlYnVpbGQncyBhdG9tICg9Y2F0L3BuLXZlcjo6cmVwbykgaW4gYSBidWlsZGVyIGNvbnRhaW5lciB0aGF0IHNlZXMgdGhlIHdvcmtzcGFjZSdzIG92ZXJsYXlzIGFuZFxuUG9ydGFnZSBjb25maWcgb3ZlcnJpZGVzLiBTdHJlYW1zIGVtZXJnZSdzIG91dHB1dCwgd3JpdGVzIHRoZSBmdWxsIGxvZyB0byBhIGZpbGUgaXQgbmFtZXMgYXQgdGhlIGVuZCwgYW5kXG5leGl0cyB3aXRoIGVtZXJnZSdzIHN0YXR1cy5cblxuT3B0aW9uczpcbiAgLS1wcm9maWxlIE5BTUUgICAgIHNhYmF5b24gfCBnZW50b28gfCBhIHByb2ZpbGUgZnJvbSBlYnVpbGRCdWlsZGVyLnByb2ZpbGVzIChkZWZhdWx0OiBzZXR0aW5ncywgZWxzZSBzYWJheW9uKVxuICAtLWltYWdlIElNQUdFICAgICAgaW1hZ2UgZm9yIHRoaXMgYnVpbGQgKGVsc2UgZWJ1aWxkQnVpbGRlci5pbWFnZXMuPHByb2ZpbGU+LCBlbHNlIHRoZSBwcm9maWxlJ3MgZGVmYXVsdClcbiAgLS1hcnRpZmFjdHMgRElSICAgIHdoZXJlIGJpbmFyeSBwYWNrYWdlcyBnbyAoZGVmYXVsdDogPHdvcmtzcGFjZT4vYXJ0aWZhY3RzKVxuICAtLWVudiBLPVYgICAgICAgICAgYnVpbGRlciBlbnZpcm9ubWVudCAoQlVJTERFUl9KT0JTLCBGRUFUVVJFUywgXHUyMDI2KTsgcmVwZWF0YWJsZVxuICAtLWVtZXJnZS1hcmcgQVJHICAgZXh0cmEgZW1lcmdlIGFyZ3VtZW50OyByZXBlYXRhYmxlXG4gIC0tZW5naW5lIFVSTCAgICAgICBEb2NrZXIgZW5naW5lICh1bml4Oi8vLCB0Y3A6Ly8sIHNzaDovLyk7IC0tY29udGV4dCBOQU1FIGZvciBhIERvY2tlciBjb250ZXh0XG4gIC0td29ya3NwYWNlIERJUiAgICB3b3Jrc3BhY2UgZm9sZGVyIChzZXR0aW5ncyBpbiBESVIvLnZzY29kZS9zZXR0aW5ncy5qc29uLCBvdmVycmlkZXMgaW4gRElSLy5wb3J0YWdlKVxuICAtLW5ldHdvcmsgTU9ERSAgICAgY29udGFpbmVyIG5ldHdvcmsgKGhvc3QsIG5vbmUsIGEgbmV0d29yayBuYW1lKVxuICAtLXR0eSAgICAgICAgICAgICAgYWxsb2NhdGUgYSBwc2V1ZG8tdGVybWluYWwgKGNvbG91cnM7IHN0ZGVyciBtZXJnZWQgaW50byBzdGRvdXQpXG4gIC0ta2VlcCAgICAgICAgICAgICBrZWVwIHRoZSBjb250YWluZXIgYWZ0ZXIgYSBmYWlsdXJlIChmb3IgXCJzYXZlIGJ1aWxkZXIgc3RhdGVcIilcbiAgLS1uby1jYWNoZSAgICAgICAgIG5vIGRpc3RmaWxlcy9iaW5wa2dzL2NjYWNoZSB2b2x1bWVzXG4gIC0tanNvbiAgICAgICAgICAgICBvbmUgSlNPTiBldmVudCBwZXIgbGluZSBpbnN0ZWFkIG9mIHRoZSBvdXRwdXQgKHNlZSBkb2NzL3BhcnNlLWpzb24ubWQpXG5gO1xuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VCdWlsZEZsYWdzKGFyZ3M6IHN0cmluZ1tdKTogeyBwb3NpdGlvbmFsczogc3RyaW5nW107IGZsYWdzOiBCdWlsZEZsYWdzOyBqc29uOiBib29sZWFuOyByZXN0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9IHtcbiAgbGV0IHBhcnNlZDtcbiAgdHJ5IHtcbiAgICBwYXJzZWQgPSBwYXJzZUFyZ3Moe1xuICAgICAgYXJncyxcbiAgICAgIGFsbG93UG9zaXRpb25hbHM6IHRydWUsXG4gICAgICBzdHJpY3Q6IHRydWUsXG4gICAgICBvcHRpb25zOiB7XG4gICAgICAgIHByb2ZpbGU6IHsgdHlwZTogJ3N0cmluZycgfSwgaW1hZ2U6IHsgdHlwZTogJ3N0cmluZycgfSwgYXJ0aWZhY3RzOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAgIGVudjogeyB0eXBlOiAnc3RyaW5nJywgbXVsdGlwbGU6IHRydWUgfSwgJ2VtZXJnZS1hcmcnOiB7IHR5cGU6ICdzdHJpbmcnLCBtdWx0aXBsZTogdHJ1ZSB9LFxuICAgICAgICBlbmdpbmU6IHsgdHlwZTogJ3N0cmluZycgfSwgY29udGV4dDogeyB0eXBlOiAnc3RyaW5nJyB9LCB3b3Jrc3BhY2U6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgbmV0d29yazogeyB0eXBlOiAnc3RyaW5nJyB9LCB0dHk6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sIGtlZXA6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sXG4gICAgICAgICduby1jYWNoZSc6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sIGpzb246IHsgdHlwZTogJ2Jvb2xlYW4nIH0sXG4gICAgICAgIGNoYW5nZWQ6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sIHNpbmNlOiB7IHR5cGU6ICdzdHJpbmcnIH0sICdrZWVwLWdvaW5nJzogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICAgICAgJ3VzZS1tYXRyaXgnOiB7IHR5cGU6ICdib29sZWFuJyB9LCBtYXg6IHsgdHlwZTogJ3N0cmluZycgfSwgcmVwbzogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAnYWNjZXB0LWhvc3Qta2V5JzogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgfSxcbiAgICB9KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoKGUgYXMgRXJyb3IpLm1lc3NhZ2UsICdSdW4gYGVidWlsZC1idWlsZGVyIGJ1aWxkIC0taGVscGAgZm9yIHRoZSBvcHRpb25zLicsICdiYWQtZmxhZycpO1xuICB9XG4gIGNvbnN0IHYgPSBwYXJzZWQudmFsdWVzO1xuICByZXR1cm4ge1xuICAgIHBvc2l0aW9uYWxzOiBwYXJzZWQucG9zaXRpb25hbHMsXG4gICAganNvbjogQm9vbGVhbih2Lmpzb24pLFxuICAgIHJlc3Q6IHYsXG4gICAgZmxhZ3M6IHtcbiAgICAgIHByb2ZpbGU6IHYucHJvZmlsZSwgaW1hZ2U6IHYuaW1hZ2UsIGFydGlmYWN0czogdi5hcnRpZmFjdHMsIGVudjogdi5lbnYgPz8gW10sIGVuZ2luZTogdi5lbmdpbmUsIGNvbnRleHQ6IHYuY29udGV4dCxcbiAgICAgIHdvcmtzcGFjZTogdi53b3Jrc3BhY2UsIG5ldHdvcms6IHYubmV0d29yaywgZW1lcmdlQXJnOiB2WydlbWVyZ2UtYXJnJ10gPz8gW10sIGtlZXA6IHYua2VlcCwgdHR5OiB2LnR0eSwgbm9DYWNoZTogdlsnbm8tY2FjaGUnXSxcbiAgICB9LFxuICB9O1xufVxuXG4vKiogUnVucyBvbmUgYnVpbGQgdG8gaXRzIGVuZCwgd3JpdGluZyBvdXRwdXQgKG9yIEpTT04gZXZlbnRzKSB0byBpbzsgcmV0dXJucyB0aGUgcmVzdWx0LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bk9uZUJ1aWxkKGVidWlsZDogc3RyaW5nLCBmbGFnczogQnVpbGRGbGFncywganNvbjogYm9vbGVhbiwgaW86IENsaUlPKTogUHJvbWlzZTxCdWlsZFJlc3VsdD4ge1xuICBjb25zdCB3b3Jrc3BhY2UgPSB3b3Jrc3BhY2VGb2xkZXJGb3IoZWJ1aWxkLCBpby5jd2QsIGZsYWdzLndvcmtzcGFjZSk7XG4gIGNvbnN0IGNvbmZpZyA9IGF3YWl0IGJ1aWxkQ29uZmlnRm9yKHdvcmtzcGFjZSwgZmxhZ3MsIGlvLmVudik7XG4gIGNvbnN0IHByZXBhcmVkID0gYXdhaXQgcHJlcGFyZUJ1aWxkKGVidWlsZC5zdGFydHNXaXRoKCcvJykgPyBlYnVpbGQgOiBgJHtpby5jd2R9LyR7ZWJ1aWxkfWAsIHsgd29ya3NwYWNlRm9sZGVyczogW3dvcmtzcGFjZV0sIGNvbmZpZyB9KTtcbiAgY29uc3QgeyByZXF1ZXN0LCBzcGVjLCBoYW5kbGUgfSA9IHByZXBhcmVkO1xuICBjb25zdCBwcmludCA9IChvOiBvYmplY3QpID0+IGlvLnN0ZG91dC53cml0ZShKU09OLnN0cmluZ2lmeShvKSArICdcXG4nKTtcbiAgY29uc3QgcGFyc2VyID0gbmV3IEVtZXJnZVBhcnNlcigoZXZlbnQpID0+IHsgaWYgKGpzb24pIHByaW50KGV2ZW50KTsgfSk7XG4gIGlmIChqc29uKSBwcmludCh7IHR5cGU6ICdidWlsZC1zdGFydCcsIGF0b206IHJlcXVlc3QuYXRvbSwgcHJvZmlsZTogcmVxdWVzdC5wcm9maWxlLCBpbWFnZTogc3BlYy5pbWFnZSwgYXJndjogWy4uLihzcGVjLmVudHJ5cG9pbnQgPz8gW10pLCAuLi5zcGVjLmFyZ3ZdLCBlbmdpbmU6IHByZXBhcmVkLmVuZ2luZS51cmwsIGxvZzogcHJlcGFyZWQubG9nUGF0aCB9KTtcbiAgZWxzZSBpby5zdGRlcnIud3JpdGUoYD4+PiBlYnVpbGQtYnVpbGRlcjogJHtyZXF1ZXN0LmF0b219IHdpdGggcHJvZmlsZSAke3JlcXVlc3QucHJvZmlsZX0gb24gJHtwcmVwYXJlZC5lbmdpbmUudXJsfVxcbj4+PiBpbWFnZSAke3NwZWMuaW1hZ2V9LCBjb21tYW5kICR7SlNPTi5zdHJpbmdpZnkoWy4uLihzcGVjLmVudHJ5cG9pbnQgPz8gW10pLCAuLi5zcGVjLmFyZ3ZdKX1cXG5gKTtcbiAgY29uc3Qgb25TaWduYWwgPSAoKSA9PiB2b2lkIGhhbmRsZS5jYW5jZWwoKTtcbiAgcHJvY2Vzcy5vbmNlKCdTSUdJTlQnLCBvblNpZ25hbCk7XG4gIHByb2Nlc3Mub25jZSgnU0lHVEVSTScsIG9uU2lnbmFsKTtcbiAgaGFuZGxlLm9uRXZlbnQoKGU6IFJ1bkV2ZW50KSA9PiB7XG4gICAgaWYgKGUudHlwZSA9PT0gJ291dHB1dCcpIHtcbiAgICAgIHBhcnNlci5wdXNoKGUuZGF0YSwgc3BlYy50dHkgPyB1bmRlZmluZWQgOiBlLnN0cmVhbSk7XG4gICAgICBpZiAoIWpzb24pIChlLnN0cmVhbSA9PT0gJ3N0ZGVycicgPyBpby5zdGRlcnIgOiBpby5zdGRvdXQpLndyaXRlKGUuZGF0YSk7XG4gICAgfSBlbHNlIGlmIChlLnR5cGUgPT09ICdzdGF0ZScgJiYganNvbikgcHJpbnQoeyB0eXBlOiAnYnVpbGQtc3RhdGUnLCBzdGF0ZTogZS5zdGF0ZSwgZGV0YWlsOiBlLmRldGFpbCB9KTtcbiAgICBlbHNlIGlmIChlLnR5cGUgPT09ICdwdWxsLXByb2dyZXNzJyAmJiAhanNvbiAmJiBlLnN0YXR1cy5zdGFydHNXaXRoKCdQdWxsaW5nIGZyb20nKSkgaW8uc3RkZXJyLndyaXRlKGA+Pj4gZWJ1aWxkLWJ1aWxkZXI6ICR7ZS5zdGF0dXN9XFxuYCk7XG4gIH0pO1xuICBjb25zdCByZXN1bHQgPSBhd2FpdCBoYW5kbGUuZG9uZTtcbiAgcGFyc2VyLmVuZCgpO1xuICBwcm9jZXNzLnJlbW92ZUxpc3RlbmVyKCdTSUdJTlQnLCBvblNpZ25hbCk7XG4gIHByb2Nlc3MucmVtb3ZlTGlzdGVuZXIoJ1NJR1RFUk0nLCBvblNpZ25hbCk7XG4gIGlmIChqc29uKSBwcmludCh7IHR5cGU6ICdidWlsZC1yZXN1bHQnLCBhdG9tOiByZXF1ZXN0LmF0b20sIHN0YXRlOiByZXN1bHQuc3RhdGUsIGV4aXRDb2RlOiByZXN1bHQuZXhpdENvZGUsIGxvZzogcmVzdWx0LmxvZ1BhdGgsIGFydGlmYWN0czogcmVzdWx0LmFydGlmYWN0cywgZHVyYXRpb25NczogcmVzdWx0LmR1cmF0aW9uTXMsIGVycm9yOiByZXN1bHQuZXJyb3I/Lm1lc3NhZ2UgfSk7XG4gIGVsc2Uge1xuICAgIGlmIChyZXN1bHQuZXJyb3IpIGlvLnN0ZGVyci53cml0ZShgZWJ1aWxkLWJ1aWxkZXIgYnVpbGQ6ICR7cmVzdWx0LmVycm9yLnRvU3RyaW5nKCl9XFxuYCk7XG4gICAgaWYgKHJlc3VsdC5sb2dQYXRoKSBpby5zdGRlcnIud3JpdGUoYD4+PiBlYnVpbGQtYnVpbGRlcjogZnVsbCBsb2c6ICR7cmVzdWx0LmxvZ1BhdGh9XFxuYCk7XG4gICAgZm9yIChjb25zdCBhIG9mIHJlc3VsdC5hcnRpZmFjdHMpIGlvLnN0ZGVyci53cml0ZShgPj4+IGVidWlsZC1idWlsZGVyOiBwYWNrYWdlICR7YX1cXG5gKTtcbiAgICBpby5zdGRlcnIud3JpdGUoYD4+PiBlYnVpbGQtYnVpbGRlcjogJHtyZXF1ZXN0LmF0b219ICR7cmVzdWx0LnN0YXRlfSR7cmVzdWx0LmV4aXRDb2RlICE9PSB1bmRlZmluZWQgPyBgIChleGl0ICR7cmVzdWx0LmV4aXRDb2RlfSlgIDogJyd9IGluICR7KHJlc3VsdC5kdXJhdGlvbk1zIC8gMTAwMCkudG9GaXhlZCgxKX0gc1xcbmApO1xuICB9XG4gIHJldHVybiByZXN1bHQ7XG59XG5cbi8qKiBlbWVyZ2UncyBzdGF0dXMgd2hlbiBpdCByYW47IDEzMCBmb3IgYSBjYW5jZWwgKGFzIGEgc2hlbGwgcmVwb3J0cyBTSUdJTlQpOyAyIGZvciBhbiBlcnJvciBiZWZvcmUgZW1lcmdlIHJhbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleGl0U3RhdHVzT2YocmVzdWx0OiBCdWlsZFJlc3VsdCk6IG51bWJlciB7XG4gIGlmIChyZXN1bHQuc3RhdGUgPT09ICdjYW5jZWxsZWQnKSByZXR1cm4gMTMwO1xuICBpZiAocmVzdWx0LmV4aXRDb2RlICE9PSB1bmRlZmluZWQpIHJldHVybiByZXN1bHQuZXhpdENvZGU7XG4gIHJldHVybiByZXN1bHQuc3RhdGUgPT09ICdzdWNjZWVkZWQnID8gMCA6IDI7XG59XG5cbmV4cG9ydCBjb25zdCBjb21tYW5kOiBDbGlDb21tYW5kID0ge1xuICBuYW1lOiAnYnVpbGQnLFxuICBzdW1tYXJ5OiAnYnVpbGQgYW4gZWJ1aWxkIGluIGEgU2FiYXlvbiBvciBHZW50b28gYnVpbGRlciBjb250YWluZXInLFxuICB1c2FnZSxcbiAgYXN5bmMgcnVuKGFyZ3MsIGlvKSB7XG4gICAgY29uc3QgeyBwb3NpdGlvbmFscywgZmxhZ3MsIGpzb24gfSA9IHBhcnNlQnVpbGRGbGFncyhhcmdzKTtcbiAgICBpZiAocG9zaXRpb25hbHMubGVuZ3RoICE9PSAxKSB0aHJvdyBuZXcgVXNlckVycm9yKCdidWlsZCBuZWVkcyBleGFjdGx5IG9uZSBlYnVpbGQgcGF0aC4nLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBidWlsZCBwYXRoL3RvL3BrZy0xLjAuZWJ1aWxkYC4nLCAnYmFkLWZsYWcnKTtcbiAgICByZXR1cm4gZXhpdFN0YXR1c09mKGF3YWl0IHJ1bk9uZUJ1aWxkKHBvc2l0aW9uYWxzWzBdLCBmbGFncywganNvbiwgaW8pKTtcbiAgfSxcbn07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQ0EsdUJBQTBCO0FBQzFCLG9CQUE2QjtBQUU3Qix1QkFBMEI7QUFDMUIseUJBQTZCO0FBRTdCLDBCQUFvRTtBQUVwRSxNQUFNLFFBQVE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQXFCUCxTQUFTLGdCQUFnQixNQUE0RztBQUMxSSxNQUFJO0FBQ0osTUFBSTtBQUNGLGlCQUFTLDRCQUFVO0FBQUEsTUFDakI7QUFBQSxNQUNBLGtCQUFrQjtBQUFBLE1BQ2xCLFFBQVE7QUFBQSxNQUNSLFNBQVM7QUFBQSxRQUNQLFNBQVMsRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUFHLE9BQU8sRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUFHLFdBQVcsRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUNwRixLQUFLLEVBQUUsTUFBTSxVQUFVLFVBQVUsS0FBSztBQUFBLFFBQUcsY0FBYyxFQUFFLE1BQU0sVUFBVSxVQUFVLEtBQUs7QUFBQSxRQUN4RixRQUFRLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFBRyxTQUFTLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFBRyxXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFDckYsU0FBUyxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQUcsS0FBSyxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQUcsTUFBTSxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQy9FLFlBQVksRUFBRSxNQUFNLFVBQVU7QUFBQSxRQUFHLE1BQU0sRUFBRSxNQUFNLFVBQVU7QUFBQSxRQUN6RCxTQUFTLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFBRyxPQUFPLEVBQUUsTUFBTSxTQUFTO0FBQUEsUUFBRyxjQUFjLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFDekYsY0FBYyxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQUcsS0FBSyxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUztBQUFBLFFBQ25GLG1CQUFtQixFQUFFLE1BQU0sU0FBUztBQUFBLE1BQ3RDO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSCxTQUFTLEdBQUc7QUFDVixVQUFNLElBQUksMkJBQVcsRUFBWSxTQUFTLHNEQUFzRCxVQUFVO0FBQUEsRUFDNUc7QUFDQSxRQUFNLElBQUksT0FBTztBQUNqQixTQUFPO0FBQUEsSUFDTCxhQUFhLE9BQU87QUFBQSxJQUNwQixNQUFNLFFBQVEsRUFBRSxJQUFJO0FBQUEsSUFDcEIsTUFBTTtBQUFBLElBQ04sT0FBTztBQUFBLE1BQ0wsU0FBUyxFQUFFO0FBQUEsTUFBUyxPQUFPLEVBQUU7QUFBQSxNQUFPLFdBQVcsRUFBRTtBQUFBLE1BQVcsS0FBSyxFQUFFLE9BQU8sQ0FBQztBQUFBLE1BQUcsUUFBUSxFQUFFO0FBQUEsTUFBUSxTQUFTLEVBQUU7QUFBQSxNQUMzRyxXQUFXLEVBQUU7QUFBQSxNQUFXLFNBQVMsRUFBRTtBQUFBLE1BQVMsV0FBVyxFQUFFLFlBQVksS0FBSyxDQUFDO0FBQUEsTUFBRyxNQUFNLEVBQUU7QUFBQSxNQUFNLEtBQUssRUFBRTtBQUFBLE1BQUssU0FBUyxFQUFFLFVBQVU7QUFBQSxJQUMvSDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLGVBQXNCLFlBQVksUUFBZ0IsT0FBbUIsTUFBZSxJQUFpQztBQUNuSCxRQUFNLGdCQUFZLHdDQUFtQixRQUFRLEdBQUcsS0FBSyxNQUFNLFNBQVM7QUFDcEUsUUFBTSxTQUFTLFVBQU0sb0NBQWUsV0FBVyxPQUFPLEdBQUcsR0FBRztBQUM1RCxRQUFNLFdBQVcsVUFBTSxpQ0FBYSxPQUFPLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxHQUFHLEdBQUcsSUFBSSxNQUFNLElBQUksRUFBRSxrQkFBa0IsQ0FBQyxTQUFTLEdBQUcsT0FBTyxDQUFDO0FBQ3RJLFFBQU0sRUFBRSxTQUFTLE1BQU0sT0FBTyxJQUFJO0FBQ2xDLFFBQU0sUUFBUSxDQUFDLE1BQWMsR0FBRyxPQUFPLE1BQU0sS0FBSyxVQUFVLENBQUMsSUFBSSxJQUFJO0FBQ3JFLFFBQU0sU0FBUyxJQUFJLDJCQUFhLENBQUMsVUFBVTtBQUFFLFFBQUksS0FBTSxPQUFNLEtBQUs7QUFBQSxFQUFHLENBQUM7QUFDdEUsTUFBSSxLQUFNLE9BQU0sRUFBRSxNQUFNLGVBQWUsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFNBQVMsT0FBTyxLQUFLLE9BQU8sTUFBTSxDQUFDLEdBQUksS0FBSyxjQUFjLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxHQUFHLFFBQVEsU0FBUyxPQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsQ0FBQztBQUFBLE1BQ3pNLElBQUcsT0FBTyxNQUFNLHVCQUF1QixRQUFRLElBQUksaUJBQWlCLFFBQVEsT0FBTyxPQUFPLFNBQVMsT0FBTyxHQUFHO0FBQUEsWUFBZSxLQUFLLEtBQUssYUFBYSxLQUFLLFVBQVUsQ0FBQyxHQUFJLEtBQUssY0FBYyxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsQ0FBSTtBQUN0TixRQUFNLFdBQVcsTUFBTSxLQUFLLE9BQU8sT0FBTztBQUMxQyxVQUFRLEtBQUssVUFBVSxRQUFRO0FBQy9CLFVBQVEsS0FBSyxXQUFXLFFBQVE7QUFDaEMsU0FBTyxRQUFRLENBQUMsTUFBZ0I7QUFDOUIsUUFBSSxFQUFFLFNBQVMsVUFBVTtBQUN2QixhQUFPLEtBQUssRUFBRSxNQUFNLEtBQUssTUFBTSxTQUFZLEVBQUUsTUFBTTtBQUNuRCxVQUFJLENBQUMsS0FBTSxFQUFDLEVBQUUsV0FBVyxXQUFXLEdBQUcsU0FBUyxHQUFHLFFBQVEsTUFBTSxFQUFFLElBQUk7QUFBQSxJQUN6RSxXQUFXLEVBQUUsU0FBUyxXQUFXLEtBQU0sT0FBTSxFQUFFLE1BQU0sZUFBZSxPQUFPLEVBQUUsT0FBTyxRQUFRLEVBQUUsT0FBTyxDQUFDO0FBQUEsYUFDN0YsRUFBRSxTQUFTLG1CQUFtQixDQUFDLFFBQVEsRUFBRSxPQUFPLFdBQVcsY0FBYyxFQUFHLElBQUcsT0FBTyxNQUFNLHVCQUF1QixFQUFFLE1BQU07QUFBQSxDQUFJO0FBQUEsRUFDMUksQ0FBQztBQUNELFFBQU0sU0FBUyxNQUFNLE9BQU87QUFDNUIsU0FBTyxJQUFJO0FBQ1gsVUFBUSxlQUFlLFVBQVUsUUFBUTtBQUN6QyxVQUFRLGVBQWUsV0FBVyxRQUFRO0FBQzFDLE1BQUksS0FBTSxPQUFNLEVBQUUsTUFBTSxnQkFBZ0IsTUFBTSxRQUFRLE1BQU0sT0FBTyxPQUFPLE9BQU8sVUFBVSxPQUFPLFVBQVUsS0FBSyxPQUFPLFNBQVMsV0FBVyxPQUFPLFdBQVcsWUFBWSxPQUFPLFlBQVksT0FBTyxPQUFPLE9BQU8sUUFBUSxDQUFDO0FBQUEsT0FDdE47QUFDSCxRQUFJLE9BQU8sTUFBTyxJQUFHLE9BQU8sTUFBTSx5QkFBeUIsT0FBTyxNQUFNLFNBQVMsQ0FBQztBQUFBLENBQUk7QUFDdEYsUUFBSSxPQUFPLFFBQVMsSUFBRyxPQUFPLE1BQU0saUNBQWlDLE9BQU8sT0FBTztBQUFBLENBQUk7QUFDdkYsZUFBVyxLQUFLLE9BQU8sVUFBVyxJQUFHLE9BQU8sTUFBTSwrQkFBK0IsQ0FBQztBQUFBLENBQUk7QUFDdEYsT0FBRyxPQUFPLE1BQU0sdUJBQXVCLFFBQVEsSUFBSSxJQUFJLE9BQU8sS0FBSyxHQUFHLE9BQU8sYUFBYSxTQUFZLFVBQVUsT0FBTyxRQUFRLE1BQU0sRUFBRSxRQUFRLE9BQU8sYUFBYSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsQ0FBTTtBQUFBLEVBQzNMO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxhQUFhLFFBQTZCO0FBQ3hELE1BQUksT0FBTyxVQUFVLFlBQWEsUUFBTztBQUN6QyxNQUFJLE9BQU8sYUFBYSxPQUFXLFFBQU8sT0FBTztBQUNqRCxTQUFPLE9BQU8sVUFBVSxjQUFjLElBQUk7QUFDNUM7QUFFTyxNQUFNLFVBQXNCO0FBQUEsRUFDakMsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQUNBLE1BQU0sSUFBSSxNQUFNLElBQUk7QUFDbEIsVUFBTSxFQUFFLGFBQWEsT0FBTyxLQUFLLElBQUksZ0JBQWdCLElBQUk7QUFDekQsUUFBSSxZQUFZLFdBQVcsRUFBRyxPQUFNLElBQUksMkJBQVUsd0NBQXdDLHNEQUFzRCxVQUFVO0FBQzFKLFdBQU8sYUFBYSxNQUFNLFlBQVksWUFBWSxDQUFDLEdBQUcsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUFBLEVBQ3hFO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
