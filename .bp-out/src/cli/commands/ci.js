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
var ci_exports = {};
__export(ci_exports, {
  ciOptionsFor: () => ciOptionsFor,
  command: () => command,
  defaultCiCli: () => defaultCiCli,
  writeCiWorkflow: () => writeCiWorkflow
});
module.exports = __toCommonJS(ci_exports);
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");
var import_ciWorkflows = require("../../core/ciWorkflows");
var import_workspaceSettings = require("../../core/workspaceSettings");
var import_userError = require("../../core/userError");
var import_argList = require("../argList");
var import_envArg = require("../envArg");
const usage = `Usage: ebuild-builder ci init github|gitlab [--profile P] [--image I] [--env K=V]\u2026 [--repo DIR] [--force]

Writes .github/workflows/ebuild-builder.yml (GitHub Actions) or .gitlab-ci.yml (GitLab CI): on each push and
pull/merge request it runs \`ebuild-builder build --changed\`, caches distfiles and binpkgs, uploads logs and
packages, and turns findings into annotations. Profile, image and env default to the workspace settings
(.vscode/settings.json: ebuildBuilder.defaultProfile, .images, .env). Regenerating gives the same bytes.

  --force       overwrite a workflow file that differs
  --repo DIR    the repository (default: the current directory)
`;
function defaultCiCli() {
  return `npx --yes ebuild-builder@${ownVersion()}`;
}
function ownVersion() {
  for (let dir = __dirname; dir !== (0, import_node_path.dirname)(dir); dir = (0, import_node_path.dirname)(dir)) {
    try {
      const pkg = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(dir, "package.json"), "utf8"));
      if (pkg.name === "ebuild-builder" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "latest";
}
async function ciOptionsFor(folder, flags) {
  const s = await (0, import_workspaceSettings.readWorkspaceBuildSettings)(folder);
  const profile = flags.profile ?? s.defaultProfile ?? "gentoo";
  return { profile, image: flags.image ?? s.images?.[profile], env: { ...s.env, ...flags.env }, cli: defaultCiCli() };
}
async function writeCiWorkflow(folder, kind, options, force) {
  const { path, content } = (0, import_ciWorkflows.ciWorkflow)(kind, options);
  const file = (0, import_node_path.join)(folder, path);
  const existing = await (0, import_promises.readFile)(file, "utf8").catch(() => void 0);
  if (existing === content) return { path: file, status: "unchanged" };
  if (existing !== void 0 && !force) {
    throw new import_userError.UserError(`${file} already exists and differs from what would be generated.`, "Pass --force to replace it (your edits there are lost), or edit it by hand.", "ci-file-exists");
  }
  await (0, import_promises.mkdir)((0, import_node_path.dirname)(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await (0, import_promises.writeFile)(tmp, content);
  await (0, import_promises.rename)(tmp, file);
  return { path: file, status: "written" };
}
const command = {
  name: "ci",
  summary: "write a GitHub/GitLab CI workflow that builds changed ebuilds on each push",
  usage,
  async run(args, io) {
    const rest = [...args];
    const profile = (0, import_argList.takeOption)(rest, "--profile");
    const image = (0, import_argList.takeOption)(rest, "--image");
    const env = Object.fromEntries((0, import_argList.takeOptions)(rest, "--env").map(import_envArg.parseEnvAssignment));
    const repo = (0, import_argList.takeOption)(rest, "--repo");
    const force = (0, import_argList.takeFlag)(rest, "--force");
    const [sub, kind, ...more] = rest;
    if (sub !== "init" || kind !== "github" && kind !== "gitlab") {
      throw new import_userError.UserError(`Expected \`ci init github\` or \`ci init gitlab\`, got \`ci ${rest.join(" ")}\`.`, "Run `ebuild-builder ci --help`.", "bad-argument");
    }
    (0, import_argList.rejectUnknown)(more, "ci");
    const folder = (0, import_node_path.resolve)(io.cwd, repo ?? ".");
    const options = await ciOptionsFor(folder, { profile, image, env });
    const r = await writeCiWorkflow(folder, kind, options, force);
    io.stdout.write(`${r.status === "written" ? "Wrote" : "Unchanged:"} ${r.path} (profile ${options.profile})
`);
    return 0;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ciOptionsFor,
  command,
  defaultCiCli,
  writeCiWorkflow
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9jaS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBjaSBpbml0IGdpdGh1YnxnaXRsYWJgOiB3cml0ZXMgYSBDSSB3b3JrZmxvdyB0aGF0IGJ1aWxkcyB0aGUgY2hhbmdlZCBlYnVpbGRzIG9uIGVhY2ggcHVzaC4gKi9cbmltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgbWtkaXIsIHJlYWRGaWxlLCByZW5hbWUsIHdyaXRlRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgZGlybmFtZSwgam9pbiwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IENsaUNvbW1hbmQsIENsaUlPIH0gZnJvbSAnLi4vY2xpVHlwZXMnO1xuaW1wb3J0IHsgY2lXb3JrZmxvdywgdHlwZSBDaUtpbmQsIHR5cGUgQ2lPcHRpb25zIH0gZnJvbSAnLi4vLi4vY29yZS9jaVdvcmtmbG93cyc7XG5pbXBvcnQgeyByZWFkV29ya3NwYWNlQnVpbGRTZXR0aW5ncyB9IGZyb20gJy4uLy4uL2NvcmUvd29ya3NwYWNlU2V0dGluZ3MnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgcmVqZWN0VW5rbm93biwgdGFrZUZsYWcsIHRha2VPcHRpb24sIHRha2VPcHRpb25zIH0gZnJvbSAnLi4vYXJnTGlzdCc7XG5pbXBvcnQgeyBwYXJzZUVudkFzc2lnbm1lbnQgfSBmcm9tICcuLi9lbnZBcmcnO1xuXG5jb25zdCB1c2FnZSA9IGBVc2FnZTogZWJ1aWxkLWJ1aWxkZXIgY2kgaW5pdCBnaXRodWJ8Z2l0bGFiIFstLXByb2ZpbGUgUF0gWy0taW1hZ2UgSV0gWy0tZW52IEs9Vl1cdTIwMjYgWy0tcmVwbyBESVJdIFstLWZvcmNlXVxuXG5Xcml0ZXMgLmdpdGh1Yi93b3JrZmxvd3MvZWJ1aWxkLWJ1aWxkZXIueW1sIChHaXRIdWIgQWN0aW9ucykgb3IgLmdpdGxhYi1jaS55bWwgKEdpdExhYiBDSSk6IG9uIGVhY2ggcHVzaCBhbmRcbnB1bGwvbWVyZ2UgcmVxdWVzdCBpdCBydW5zIFxcYGVidWlsZC1idWlsZGVyIGJ1aWxkIC0tY2hhbmdlZFxcYCwgY2FjaGVzIGRpc3RmaWxlcyBhbmQgYmlucGtncywgdXBsb2FkcyBsb2dzIGFuZFxucGFja2FnZXMsIGFuZCB0dXJucyBmaW5kaW5ncyBpbnRvIGFubm90YXRpb25zLiBQcm9maWxlLCBpbWFnZSBhbmQgZW52IGRlZmF1bHQgdG8gdGhlIHdvcmtzcGFjZSBzZXR0aW5nc1xuKC52c2NvZGUvc2V0dGluZ3MuanNvbjogZWJ1aWxkQnVpbGRlci5kZWZhdWx0UHJvZmlsZSwgLmltYWdlcywgLmVudikuIFJlZ2VuZXJhdGluZyBnaXZlcyB0aGUgc2FtZSBieXRlcy5cblxuICAtLWZvcmNlICAgICAgIG92ZXJ3cml0ZSBhIHdvcmtmbG93IGZpbGUgdGhhdCBkaWZmZXJzXG4gIC0tcmVwbyBESVIgICAgdGhlIHJlcG9zaXRvcnkgKGRlZmF1bHQ6IHRoZSBjdXJyZW50IGRpcmVjdG9yeSlcbmA7XG5cbi8qKiBUaGUgQ0xJIGxpbmUgQ0kgcnVuczogdGhpcyBwYWNrYWdlIGF0IHRoaXMgdmVyc2lvbiBmcm9tIG5wbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWZhdWx0Q2lDbGkoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGBucHggLS15ZXMgZWJ1aWxkLWJ1aWxkZXJAJHtvd25WZXJzaW9uKCl9YDtcbn1cblxuLy8gVGhlIHBhY2thZ2UuanNvbiBhYm92ZSB0aGlzIGZpbGUgKGJ1bmRsZWQgaW4gZGlzdC8sIG9yIHRyYW5zcGlsZWQgaW4gb3V0L3NyYy9jbGkvY29tbWFuZHMvKS5cbmZ1bmN0aW9uIG93blZlcnNpb24oKTogc3RyaW5nIHtcbiAgZm9yIChsZXQgZGlyID0gX19kaXJuYW1lOyBkaXIgIT09IGRpcm5hbWUoZGlyKTsgZGlyID0gZGlybmFtZShkaXIpKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBrZyA9IEpTT04ucGFyc2UocmVhZEZpbGVTeW5jKGpvaW4oZGlyLCAncGFja2FnZS5qc29uJyksICd1dGY4JykpIGFzIHsgbmFtZT86IHN0cmluZzsgdmVyc2lvbj86IHN0cmluZyB9O1xuICAgICAgaWYgKHBrZy5uYW1lID09PSAnZWJ1aWxkLWJ1aWxkZXInICYmIHBrZy52ZXJzaW9uKSByZXR1cm4gcGtnLnZlcnNpb247XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBub3QgaGVyZToga2VlcCB3YWxraW5nIHVwXG4gICAgfVxuICB9XG4gIHJldHVybiAnbGF0ZXN0Jztcbn1cblxuLyoqIE9wdGlvbnMgZnJvbSB0aGUgd29ya3NwYWNlIHNldHRpbmdzLCBvdmVycmlkZGVuIGJ5IGZsYWdzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNpT3B0aW9uc0Zvcihmb2xkZXI6IHN0cmluZywgZmxhZ3M6IHsgcHJvZmlsZT86IHN0cmluZzsgaW1hZ2U/OiBzdHJpbmc7IGVudj86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfSk6IFByb21pc2U8Q2lPcHRpb25zPiB7XG4gIGNvbnN0IHMgPSBhd2FpdCByZWFkV29ya3NwYWNlQnVpbGRTZXR0aW5ncyhmb2xkZXIpO1xuICBjb25zdCBwcm9maWxlID0gZmxhZ3MucHJvZmlsZSA/PyBzLmRlZmF1bHRQcm9maWxlID8/ICdnZW50b28nO1xuICByZXR1cm4geyBwcm9maWxlLCBpbWFnZTogZmxhZ3MuaW1hZ2UgPz8gcy5pbWFnZXM/Lltwcm9maWxlXSwgZW52OiB7IC4uLnMuZW52LCAuLi5mbGFncy5lbnYgfSwgY2xpOiBkZWZhdWx0Q2lDbGkoKSB9O1xufVxuXG4vKiogV3JpdGVzIHRoZSB3b3JrZmxvdyAoYXRvbWljYWxseSk7IGB1bmNoYW5nZWRgIHdoZW4gdGhlIGZpbGUgYWxyZWFkeSBoYXMgdGhlc2UgYnl0ZXMuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd3JpdGVDaVdvcmtmbG93KGZvbGRlcjogc3RyaW5nLCBraW5kOiBDaUtpbmQsIG9wdGlvbnM6IENpT3B0aW9ucywgZm9yY2U6IGJvb2xlYW4pOiBQcm9taXNlPHsgcGF0aDogc3RyaW5nOyBzdGF0dXM6ICd3cml0dGVuJyB8ICd1bmNoYW5nZWQnIH0+IHtcbiAgY29uc3QgeyBwYXRoLCBjb250ZW50IH0gPSBjaVdvcmtmbG93KGtpbmQsIG9wdGlvbnMpO1xuICBjb25zdCBmaWxlID0gam9pbihmb2xkZXIsIHBhdGgpO1xuICBjb25zdCBleGlzdGluZyA9IGF3YWl0IHJlYWRGaWxlKGZpbGUsICd1dGY4JykuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgaWYgKGV4aXN0aW5nID09PSBjb250ZW50KSByZXR1cm4geyBwYXRoOiBmaWxlLCBzdGF0dXM6ICd1bmNoYW5nZWQnIH07XG4gIGlmIChleGlzdGluZyAhPT0gdW5kZWZpbmVkICYmICFmb3JjZSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZmlsZX0gYWxyZWFkeSBleGlzdHMgYW5kIGRpZmZlcnMgZnJvbSB3aGF0IHdvdWxkIGJlIGdlbmVyYXRlZC5gLCAnUGFzcyAtLWZvcmNlIHRvIHJlcGxhY2UgaXQgKHlvdXIgZWRpdHMgdGhlcmUgYXJlIGxvc3QpLCBvciBlZGl0IGl0IGJ5IGhhbmQuJywgJ2NpLWZpbGUtZXhpc3RzJyk7XG4gIH1cbiAgYXdhaXQgbWtkaXIoZGlybmFtZShmaWxlKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIGNvbnN0IHRtcCA9IGAke2ZpbGV9LnRtcC0ke3Byb2Nlc3MucGlkfWA7XG4gIGF3YWl0IHdyaXRlRmlsZSh0bXAsIGNvbnRlbnQpO1xuICBhd2FpdCByZW5hbWUodG1wLCBmaWxlKTtcbiAgcmV0dXJuIHsgcGF0aDogZmlsZSwgc3RhdHVzOiAnd3JpdHRlbicgfTtcbn1cblxuZXhwb3J0IGNvbnN0IGNvbW1hbmQ6IENsaUNvbW1hbmQgPSB7XG4gIG5hbWU6ICdjaScsXG4gIHN1bW1hcnk6ICd3cml0ZSBhIEdpdEh1Yi9HaXRMYWIgQ0kgd29ya2Zsb3cgdGhhdCBidWlsZHMgY2hhbmdlZCBlYnVpbGRzIG9uIGVhY2ggcHVzaCcsXG4gIHVzYWdlLFxuICBhc3luYyBydW4oYXJnczogc3RyaW5nW10sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPiB7XG4gICAgY29uc3QgcmVzdCA9IFsuLi5hcmdzXTtcbiAgICBjb25zdCBwcm9maWxlID0gdGFrZU9wdGlvbihyZXN0LCAnLS1wcm9maWxlJyk7XG4gICAgY29uc3QgaW1hZ2UgPSB0YWtlT3B0aW9uKHJlc3QsICctLWltYWdlJyk7XG4gICAgY29uc3QgZW52ID0gT2JqZWN0LmZyb21FbnRyaWVzKHRha2VPcHRpb25zKHJlc3QsICctLWVudicpLm1hcChwYXJzZUVudkFzc2lnbm1lbnQpKTtcbiAgICBjb25zdCByZXBvID0gdGFrZU9wdGlvbihyZXN0LCAnLS1yZXBvJyk7XG4gICAgY29uc3QgZm9yY2UgPSB0YWtlRmxhZyhyZXN0LCAnLS1mb3JjZScpO1xuICAgIGNvbnN0IFtzdWIsIGtpbmQsIC4uLm1vcmVdID0gcmVzdDtcbiAgICBpZiAoc3ViICE9PSAnaW5pdCcgfHwgKGtpbmQgIT09ICdnaXRodWInICYmIGtpbmQgIT09ICdnaXRsYWInKSkge1xuICAgICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgRXhwZWN0ZWQgXFxgY2kgaW5pdCBnaXRodWJcXGAgb3IgXFxgY2kgaW5pdCBnaXRsYWJcXGAsIGdvdCBcXGBjaSAke3Jlc3Quam9pbignICcpfVxcYC5gLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBjaSAtLWhlbHBgLicsICdiYWQtYXJndW1lbnQnKTtcbiAgICB9XG4gICAgcmVqZWN0VW5rbm93bihtb3JlLCAnY2knKTtcbiAgICBjb25zdCBmb2xkZXIgPSByZXNvbHZlKGlvLmN3ZCwgcmVwbyA/PyAnLicpO1xuICAgIGNvbnN0IG9wdGlvbnMgPSBhd2FpdCBjaU9wdGlvbnNGb3IoZm9sZGVyLCB7IHByb2ZpbGUsIGltYWdlLCBlbnYgfSk7XG4gICAgY29uc3QgciA9IGF3YWl0IHdyaXRlQ2lXb3JrZmxvdyhmb2xkZXIsIGtpbmQsIG9wdGlvbnMsIGZvcmNlKTtcbiAgICBpby5zdGRvdXQud3JpdGUoYCR7ci5zdGF0dXMgPT09ICd3cml0dGVuJyA/ICdXcm90ZScgOiAnVW5jaGFuZ2VkOid9ICR7ci5wYXRofSAocHJvZmlsZSAke29wdGlvbnMucHJvZmlsZX0pXFxuYCk7XG4gICAgcmV0dXJuIDA7XG4gIH0sXG59O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHFCQUE2QjtBQUM3QixzQkFBbUQ7QUFDbkQsdUJBQXVDO0FBRXZDLHlCQUF3RDtBQUN4RCwrQkFBMkM7QUFDM0MsdUJBQTBCO0FBQzFCLHFCQUFpRTtBQUNqRSxvQkFBbUM7QUFFbkMsTUFBTSxRQUFRO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBWVAsU0FBUyxlQUF1QjtBQUNyQyxTQUFPLDRCQUE0QixXQUFXLENBQUM7QUFDakQ7QUFHQSxTQUFTLGFBQXFCO0FBQzVCLFdBQVMsTUFBTSxXQUFXLFlBQVEsMEJBQVEsR0FBRyxHQUFHLFVBQU0sMEJBQVEsR0FBRyxHQUFHO0FBQ2xFLFFBQUk7QUFDRixZQUFNLE1BQU0sS0FBSyxVQUFNLGlDQUFhLHVCQUFLLEtBQUssY0FBYyxHQUFHLE1BQU0sQ0FBQztBQUN0RSxVQUFJLElBQUksU0FBUyxvQkFBb0IsSUFBSSxRQUFTLFFBQU8sSUFBSTtBQUFBLElBQy9ELFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLGVBQXNCLGFBQWEsUUFBZ0IsT0FBK0Y7QUFDaEosUUFBTSxJQUFJLFVBQU0scURBQTJCLE1BQU07QUFDakQsUUFBTSxVQUFVLE1BQU0sV0FBVyxFQUFFLGtCQUFrQjtBQUNyRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU0sU0FBUyxFQUFFLFNBQVMsT0FBTyxHQUFHLEtBQUssRUFBRSxHQUFHLEVBQUUsS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHLEtBQUssYUFBYSxFQUFFO0FBQ3BIO0FBR0EsZUFBc0IsZ0JBQWdCLFFBQWdCLE1BQWMsU0FBb0IsT0FBNEU7QUFDbEssUUFBTSxFQUFFLE1BQU0sUUFBUSxRQUFJLCtCQUFXLE1BQU0sT0FBTztBQUNsRCxRQUFNLFdBQU8sdUJBQUssUUFBUSxJQUFJO0FBQzlCLFFBQU0sV0FBVyxVQUFNLDBCQUFTLE1BQU0sTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQ25FLE1BQUksYUFBYSxRQUFTLFFBQU8sRUFBRSxNQUFNLE1BQU0sUUFBUSxZQUFZO0FBQ25FLE1BQUksYUFBYSxVQUFhLENBQUMsT0FBTztBQUNwQyxVQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLDZEQUE2RCwrRUFBK0UsZ0JBQWdCO0FBQUEsRUFDekw7QUFDQSxZQUFNLDJCQUFNLDBCQUFRLElBQUksR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzlDLFFBQU0sTUFBTSxHQUFHLElBQUksUUFBUSxRQUFRLEdBQUc7QUFDdEMsWUFBTSwyQkFBVSxLQUFLLE9BQU87QUFDNUIsWUFBTSx3QkFBTyxLQUFLLElBQUk7QUFDdEIsU0FBTyxFQUFFLE1BQU0sTUFBTSxRQUFRLFVBQVU7QUFDekM7QUFFTyxNQUFNLFVBQXNCO0FBQUEsRUFDakMsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQUNBLE1BQU0sSUFBSSxNQUFnQixJQUE0QjtBQUNwRCxVQUFNLE9BQU8sQ0FBQyxHQUFHLElBQUk7QUFDckIsVUFBTSxjQUFVLDJCQUFXLE1BQU0sV0FBVztBQUM1QyxVQUFNLFlBQVEsMkJBQVcsTUFBTSxTQUFTO0FBQ3hDLFVBQU0sTUFBTSxPQUFPLGdCQUFZLDRCQUFZLE1BQU0sT0FBTyxFQUFFLElBQUksZ0NBQWtCLENBQUM7QUFDakYsVUFBTSxXQUFPLDJCQUFXLE1BQU0sUUFBUTtBQUN0QyxVQUFNLFlBQVEseUJBQVMsTUFBTSxTQUFTO0FBQ3RDLFVBQU0sQ0FBQyxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUk7QUFDN0IsUUFBSSxRQUFRLFVBQVcsU0FBUyxZQUFZLFNBQVMsVUFBVztBQUM5RCxZQUFNLElBQUksMkJBQVUsK0RBQStELEtBQUssS0FBSyxHQUFHLENBQUMsT0FBTyxtQ0FBbUMsY0FBYztBQUFBLElBQzNKO0FBQ0Esc0NBQWMsTUFBTSxJQUFJO0FBQ3hCLFVBQU0sYUFBUywwQkFBUSxHQUFHLEtBQUssUUFBUSxHQUFHO0FBQzFDLFVBQU0sVUFBVSxNQUFNLGFBQWEsUUFBUSxFQUFFLFNBQVMsT0FBTyxJQUFJLENBQUM7QUFDbEUsVUFBTSxJQUFJLE1BQU0sZ0JBQWdCLFFBQVEsTUFBTSxTQUFTLEtBQUs7QUFDNUQsT0FBRyxPQUFPLE1BQU0sR0FBRyxFQUFFLFdBQVcsWUFBWSxVQUFVLFlBQVksSUFBSSxFQUFFLElBQUksYUFBYSxRQUFRLE9BQU87QUFBQSxDQUFLO0FBQzdHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
