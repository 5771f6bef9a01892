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
var import_buildConfig = require("../../core/buildConfig");
var import_ciWorkflows = require("../../core/ciWorkflows");
var import_workspaceSettings = require("../../core/workspaceSettings");
var import_userError = require("../../core/userError");
var import_argList = require("../argList");
var import_buildOptions = require("../buildOptions");
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
  const profile = flags.profile ?? s.defaultProfile ?? import_buildConfig.DEFAULT_BUILD_CONFIG.profile;
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
    const env = Object.fromEntries((0, import_argList.takeOptions)(rest, "--env").map(import_buildOptions.parseEnvFlag));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9jaS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIGBlYnVpbGQtYnVpbGRlciBjaSBpbml0IGdpdGh1YnxnaXRsYWJgOiB3cml0ZXMgYSBDSSB3b3JrZmxvdyB0aGF0IGJ1aWxkcyB0aGUgY2hhbmdlZCBlYnVpbGRzIG9uIGVhY2ggcHVzaC4gKi9cbmltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgbWtkaXIsIHJlYWRGaWxlLCByZW5hbWUsIHdyaXRlRmlsZSB9IGZyb20gJ25vZGU6ZnMvcHJvbWlzZXMnO1xuaW1wb3J0IHsgZGlybmFtZSwgam9pbiwgcmVzb2x2ZSB9IGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgdHlwZSB7IENsaUNvbW1hbmQsIENsaUlPIH0gZnJvbSAnLi4vY2xpVHlwZXMnO1xuaW1wb3J0IHsgREVGQVVMVF9CVUlMRF9DT05GSUcgfSBmcm9tICcuLi8uLi9jb3JlL2J1aWxkQ29uZmlnJztcbmltcG9ydCB7IGNpV29ya2Zsb3csIHR5cGUgQ2lLaW5kLCB0eXBlIENpT3B0aW9ucyB9IGZyb20gJy4uLy4uL2NvcmUvY2lXb3JrZmxvd3MnO1xuaW1wb3J0IHsgcmVhZFdvcmtzcGFjZUJ1aWxkU2V0dGluZ3MgfSBmcm9tICcuLi8uLi9jb3JlL3dvcmtzcGFjZVNldHRpbmdzJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uLy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IHJlamVjdFVua25vd24sIHRha2VGbGFnLCB0YWtlT3B0aW9uLCB0YWtlT3B0aW9ucyB9IGZyb20gJy4uL2FyZ0xpc3QnO1xuaW1wb3J0IHsgcGFyc2VFbnZGbGFnIH0gZnJvbSAnLi4vYnVpbGRPcHRpb25zJztcblxuY29uc3QgdXNhZ2UgPSBgVXNhZ2U6IGVidWlsZC1idWlsZGVyIGNpIGluaXQgZ2l0aHVifGdpdGxhYiBbLS1wcm9maWxlIFBdIFstLWltYWdlIEldIFstLWVudiBLPVZdXHUyMDI2IFstLXJlcG8gRElSXSBbLS1mb3JjZV1cblxuV3JpdGVzIC5naXRodWIvd29ya2Zsb3dzL2VidWlsZC1idWlsZGVyLnltbCAoR2l0SHViIEFjdGlvbnMpIG9yIC5naXRsYWItY2kueW1sIChHaXRMYWIgQ0kpOiBvbiBlYWNoIHB1c2ggYW5kXG5wdWxsL21lcmdlIHJlcXVlc3QgaXQgcnVucyBcXGBlYnVpbGQtYnVpbGRlciBidWlsZCAtLWNoYW5nZWRcXGAsIGNhY2hlcyBkaXN0ZmlsZXMgYW5kIGJpbnBrZ3MsIHVwbG9hZHMgbG9ncyBhbmRcbnBhY2thZ2VzLCBhbmQgdHVybnMgZmluZGluZ3MgaW50byBhbm5vdGF0aW9ucy4gUHJvZmlsZSwgaW1hZ2UgYW5kIGVudiBkZWZhdWx0IHRvIHRoZSB3b3Jrc3BhY2Ugc2V0dGluZ3NcbigudnNjb2RlL3NldHRpbmdzLmpzb246IGVidWlsZEJ1aWxkZXIuZGVmYXVsdFByb2ZpbGUsIC5pbWFnZXMsIC5lbnYpLiBSZWdlbmVyYXRpbmcgZ2l2ZXMgdGhlIHNhbWUgYnl0ZXMuXG5cbiAgLS1mb3JjZSAgICAgICBvdmVyd3JpdGUgYSB3b3JrZmxvdyBmaWxlIHRoYXQgZGlmZmVyc1xuICAtLXJlcG8gRElSICAgIHRoZSByZXBvc2l0b3J5IChkZWZhdWx0OiB0aGUgY3VycmVudCBkaXJlY3RvcnkpXG5gO1xuXG4vKiogVGhlIENMSSBsaW5lIENJIHJ1bnM6IHRoaXMgcGFja2FnZSBhdCB0aGlzIHZlcnNpb24gZnJvbSBucG0uICovXG5leHBvcnQgZnVuY3Rpb24gZGVmYXVsdENpQ2xpKCk6IHN0cmluZyB7XG4gIHJldHVybiBgbnB4IC0teWVzIGVidWlsZC1idWlsZGVyQCR7b3duVmVyc2lvbigpfWA7XG59XG5cbi8vIFRoZSBwYWNrYWdlLmpzb24gYWJvdmUgdGhpcyBmaWxlIChidW5kbGVkIGluIGRpc3QvLCBvciB0cmFuc3BpbGVkIGluIG91dC9zcmMvY2xpL2NvbW1hbmRzLykuXG5mdW5jdGlvbiBvd25WZXJzaW9uKCk6IHN0cmluZyB7XG4gIGZvciAobGV0IGRpciA9IF9fZGlybmFtZTsgZGlyICE9PSBkaXJuYW1lKGRpcik7IGRpciA9IGRpcm5hbWUoZGlyKSkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwa2cgPSBKU09OLnBhcnNlKHJlYWRGaWxlU3luYyhqb2luKGRpciwgJ3BhY2thZ2UuanNvbicpLCAndXRmOCcpKSBhcyB7IG5hbWU/OiBzdHJpbmc7IHZlcnNpb24/OiBzdHJpbmcgfTtcbiAgICAgIGlmIChwa2cubmFtZSA9PT0gJ2VidWlsZC1idWlsZGVyJyAmJiBwa2cudmVyc2lvbikgcmV0dXJuIHBrZy52ZXJzaW9uO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm90IGhlcmU6IGtlZXAgd2Fsa2luZyB1cFxuICAgIH1cbiAgfVxuICByZXR1cm4gJ2xhdGVzdCc7XG59XG5cbi8qKiBPcHRpb25zIGZyb20gdGhlIHdvcmtzcGFjZSBzZXR0aW5ncywgb3ZlcnJpZGRlbiBieSBmbGFncy4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjaU9wdGlvbnNGb3IoZm9sZGVyOiBzdHJpbmcsIGZsYWdzOiB7IHByb2ZpbGU/OiBzdHJpbmc7IGltYWdlPzogc3RyaW5nOyBlbnY/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IH0pOiBQcm9taXNlPENpT3B0aW9ucz4ge1xuICBjb25zdCBzID0gYXdhaXQgcmVhZFdvcmtzcGFjZUJ1aWxkU2V0dGluZ3MoZm9sZGVyKTtcbiAgY29uc3QgcHJvZmlsZSA9IGZsYWdzLnByb2ZpbGUgPz8gcy5kZWZhdWx0UHJvZmlsZSA/PyBERUZBVUxUX0JVSUxEX0NPTkZJRy5wcm9maWxlO1xuICByZXR1cm4geyBwcm9maWxlLCBpbWFnZTogZmxhZ3MuaW1hZ2UgPz8gcy5pbWFnZXM/Lltwcm9maWxlXSwgZW52OiB7IC4uLnMuZW52LCAuLi5mbGFncy5lbnYgfSwgY2xpOiBkZWZhdWx0Q2lDbGkoKSB9O1xufVxuXG4vKiogV3JpdGVzIHRoZSB3b3JrZmxvdyAoYXRvbWljYWxseSk7IGB1bmNoYW5nZWRgIHdoZW4gdGhlIGZpbGUgYWxyZWFkeSBoYXMgdGhlc2UgYnl0ZXMuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gd3JpdGVDaVdvcmtmbG93KGZvbGRlcjogc3RyaW5nLCBraW5kOiBDaUtpbmQsIG9wdGlvbnM6IENpT3B0aW9ucywgZm9yY2U6IGJvb2xlYW4pOiBQcm9taXNlPHsgcGF0aDogc3RyaW5nOyBzdGF0dXM6ICd3cml0dGVuJyB8ICd1bmNoYW5nZWQnIH0+IHtcbiAgY29uc3QgeyBwYXRoLCBjb250ZW50IH0gPSBjaVdvcmtmbG93KGtpbmQsIG9wdGlvbnMpO1xuICBjb25zdCBmaWxlID0gam9pbihmb2xkZXIsIHBhdGgpO1xuICBjb25zdCBleGlzdGluZyA9IGF3YWl0IHJlYWRGaWxlKGZpbGUsICd1dGY4JykuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgaWYgKGV4aXN0aW5nID09PSBjb250ZW50KSByZXR1cm4geyBwYXRoOiBmaWxlLCBzdGF0dXM6ICd1bmNoYW5nZWQnIH07XG4gIGlmIChleGlzdGluZyAhPT0gdW5kZWZpbmVkICYmICFmb3JjZSkge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZmlsZX0gYWxyZWFkeSBleGlzdHMgYW5kIGRpZmZlcnMgZnJvbSB3aGF0IHdvdWxkIGJlIGdlbmVyYXRlZC5gLCAnUGFzcyAtLWZvcmNlIHRvIHJlcGxhY2UgaXQgKHlvdXIgZWRpdHMgdGhlcmUgYXJlIGxvc3QpLCBvciBlZGl0IGl0IGJ5IGhhbmQuJywgJ2NpLWZpbGUtZXhpc3RzJyk7XG4gIH1cbiAgYXdhaXQgbWtkaXIoZGlybmFtZShmaWxlKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIGNvbnN0IHRtcCA9IGAke2ZpbGV9LnRtcC0ke3Byb2Nlc3MucGlkfWA7XG4gIGF3YWl0IHdyaXRlRmlsZSh0bXAsIGNvbnRlbnQpO1xuICBhd2FpdCByZW5hbWUodG1wLCBmaWxlKTtcbiAgcmV0dXJuIHsgcGF0aDogZmlsZSwgc3RhdHVzOiAnd3JpdHRlbicgfTtcbn1cblxuZXhwb3J0IGNvbnN0IGNvbW1hbmQ6IENsaUNvbW1hbmQgPSB7XG4gIG5hbWU6ICdjaScsXG4gIHN1bW1hcnk6ICd3cml0ZSBhIEdpdEh1Yi9HaXRMYWIgQ0kgd29ya2Zsb3cgdGhhdCBidWlsZHMgY2hhbmdlZCBlYnVpbGRzIG9uIGVhY2ggcHVzaCcsXG4gIHVzYWdlLFxuICBhc3luYyBydW4oYXJnczogc3RyaW5nW10sIGlvOiBDbGlJTyk6IFByb21pc2U8bnVtYmVyPiB7XG4gICAgY29uc3QgcmVzdCA9IFsuLi5hcmdzXTtcbiAgICBjb25zdCBwcm9maWxlID0gdGFrZU9wdGlvbihyZXN0LCAnLS1wcm9maWxlJyk7XG4gICAgY29uc3QgaW1hZ2UgPSB0YWtlT3B0aW9uKHJlc3QsICctLWltYWdlJyk7XG4gICAgY29uc3QgZW52ID0gT2JqZWN0LmZyb21FbnRyaWVzKHRha2VPcHRpb25zKHJlc3QsICctLWVudicpLm1hcChwYXJzZUVudkZsYWcpKTtcbiAgICBjb25zdCByZXBvID0gdGFrZU9wdGlvbihyZXN0LCAnLS1yZXBvJyk7XG4gICAgY29uc3QgZm9yY2UgPSB0YWtlRmxhZyhyZXN0LCAnLS1mb3JjZScpO1xuICAgIGNvbnN0IFtzdWIsIGtpbmQsIC4uLm1vcmVdID0gcmVzdDtcbiAgICBpZiAoc3ViICE9PSAnaW5pdCcgfHwgKGtpbmQgIT09ICdnaXRodWInICYmIGtpbmQgIT09ICdnaXRsYWInKSkge1xuICAgICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgRXhwZWN0ZWQgXFxgY2kgaW5pdCBnaXRodWJcXGAgb3IgXFxgY2kgaW5pdCBnaXRsYWJcXGAsIGdvdCBcXGBjaSAke3Jlc3Quam9pbignICcpfVxcYC5gLCAnUnVuIGBlYnVpbGQtYnVpbGRlciBjaSAtLWhlbHBgLicsICdiYWQtYXJndW1lbnQnKTtcbiAgICB9XG4gICAgcmVqZWN0VW5rbm93bihtb3JlLCAnY2knKTtcbiAgICBjb25zdCBmb2xkZXIgPSByZXNvbHZlKGlvLmN3ZCwgcmVwbyA/PyAnLicpO1xuICAgIGNvbnN0IG9wdGlvbnMgPSBhd2FpdCBjaU9wdGlvbnNGb3IoZm9sZGVyLCB7IHByb2ZpbGUsIGltYWdlLCBlbnYgfSk7XG4gICAgY29uc3QgciA9IGF3YWl0IHdyaXRlQ2lXb3JrZmxvdyhmb2xkZXIsIGtpbmQsIG9wdGlvbnMsIGZvcmNlKTtcbiAgICBpby5zdGRvdXQud3JpdGUoYCR7ci5zdGF0dXMgPT09ICd3cml0dGVuJyA/ICdXcm90ZScgOiAnVW5jaGFuZ2VkOid9ICR7ci5wYXRofSAocHJvZmlsZSAke29wdGlvbnMucHJvZmlsZX0pXFxuYCk7XG4gICAgcmV0dXJuIDA7XG4gIH0sXG59O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHFCQUE2QjtBQUM3QixzQkFBbUQ7QUFDbkQsdUJBQXVDO0FBRXZDLHlCQUFxQztBQUNyQyx5QkFBd0Q7QUFDeEQsK0JBQTJDO0FBQzNDLHVCQUEwQjtBQUMxQixxQkFBaUU7QUFDakUsMEJBQTZCO0FBRTdCLE1BQU0sUUFBUTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQVlQLFNBQVMsZUFBdUI7QUFDckMsU0FBTyw0QkFBNEIsV0FBVyxDQUFDO0FBQ2pEO0FBR0EsU0FBUyxhQUFxQjtBQUM1QixXQUFTLE1BQU0sV0FBVyxZQUFRLDBCQUFRLEdBQUcsR0FBRyxVQUFNLDBCQUFRLEdBQUcsR0FBRztBQUNsRSxRQUFJO0FBQ0YsWUFBTSxNQUFNLEtBQUssVUFBTSxpQ0FBYSx1QkFBSyxLQUFLLGNBQWMsR0FBRyxNQUFNLENBQUM7QUFDdEUsVUFBSSxJQUFJLFNBQVMsb0JBQW9CLElBQUksUUFBUyxRQUFPLElBQUk7QUFBQSxJQUMvRCxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFzQixhQUFhLFFBQWdCLE9BQStGO0FBQ2hKLFFBQU0sSUFBSSxVQUFNLHFEQUEyQixNQUFNO0FBQ2pELFFBQU0sVUFBVSxNQUFNLFdBQVcsRUFBRSxrQkFBa0Isd0NBQXFCO0FBQzFFLFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTSxTQUFTLEVBQUUsU0FBUyxPQUFPLEdBQUcsS0FBSyxFQUFFLEdBQUcsRUFBRSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUcsS0FBSyxhQUFhLEVBQUU7QUFDcEg7QUFHQSxlQUFzQixnQkFBZ0IsUUFBZ0IsTUFBYyxTQUFvQixPQUE0RTtBQUNsSyxRQUFNLEVBQUUsTUFBTSxRQUFRLFFBQUksK0JBQVcsTUFBTSxPQUFPO0FBQ2xELFFBQU0sV0FBTyx1QkFBSyxRQUFRLElBQUk7QUFDOUIsUUFBTSxXQUFXLFVBQU0sMEJBQVMsTUFBTSxNQUFNLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDbkUsTUFBSSxhQUFhLFFBQVMsUUFBTyxFQUFFLE1BQU0sTUFBTSxRQUFRLFlBQVk7QUFDbkUsTUFBSSxhQUFhLFVBQWEsQ0FBQyxPQUFPO0FBQ3BDLFVBQU0sSUFBSSwyQkFBVSxHQUFHLElBQUksNkRBQTZELCtFQUErRSxnQkFBZ0I7QUFBQSxFQUN6TDtBQUNBLFlBQU0sMkJBQU0sMEJBQVEsSUFBSSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDOUMsUUFBTSxNQUFNLEdBQUcsSUFBSSxRQUFRLFFBQVEsR0FBRztBQUN0QyxZQUFNLDJCQUFVLEtBQUssT0FBTztBQUM1QixZQUFNLHdCQUFPLEtBQUssSUFBSTtBQUN0QixTQUFPLEVBQUUsTUFBTSxNQUFNLFFBQVEsVUFBVTtBQUN6QztBQUVPLE1BQU0sVUFBc0I7QUFBQSxFQUNqQyxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVDtBQUFBLEVBQ0EsTUFBTSxJQUFJLE1BQWdCLElBQTRCO0FBQ3BELFVBQU0sT0FBTyxDQUFDLEdBQUcsSUFBSTtBQUNyQixVQUFNLGNBQVUsMkJBQVcsTUFBTSxXQUFXO0FBQzVDLFVBQU0sWUFBUSwyQkFBVyxNQUFNLFNBQVM7QUFDeEMsVUFBTSxNQUFNLE9BQU8sZ0JBQVksNEJBQVksTUFBTSxPQUFPLEVBQUUsSUFBSSxnQ0FBWSxDQUFDO0FBQzNFLFVBQU0sV0FBTywyQkFBVyxNQUFNLFFBQVE7QUFDdEMsVUFBTSxZQUFRLHlCQUFTLE1BQU0sU0FBUztBQUN0QyxVQUFNLENBQUMsS0FBSyxNQUFNLEdBQUcsSUFBSSxJQUFJO0FBQzdCLFFBQUksUUFBUSxVQUFXLFNBQVMsWUFBWSxTQUFTLFVBQVc7QUFDOUQsWUFBTSxJQUFJLDJCQUFVLCtEQUErRCxLQUFLLEtBQUssR0FBRyxDQUFDLE9BQU8sbUNBQW1DLGNBQWM7QUFBQSxJQUMzSjtBQUNBLHNDQUFjLE1BQU0sSUFBSTtBQUN4QixVQUFNLGFBQVMsMEJBQVEsR0FBRyxLQUFLLFFBQVEsR0FBRztBQUMxQyxVQUFNLFVBQVUsTUFBTSxhQUFhLFFBQVEsRUFBRSxTQUFTLE9BQU8sSUFBSSxDQUFDO0FBQ2xFLFVBQU0sSUFBSSxNQUFNLGdCQUFnQixRQUFRLE1BQU0sU0FBUyxLQUFLO0FBQzVELE9BQUcsT0FBTyxNQUFNLEdBQUcsRUFBRSxXQUFXLFlBQVksVUFBVSxZQUFZLElBQUksRUFBRSxJQUFJLGFBQWEsUUFBUSxPQUFPO0FBQUEsQ0FBSztBQUM3RyxXQUFPO0FBQUEsRUFDVDtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
