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
var ciCommand_exports = {};
__export(ciCommand_exports, {
  CI_COMMAND: () => CI_COMMAND,
  registerCiCommand: () => registerCiCommand
});
module.exports = __toCommonJS(ciCommand_exports);
var vscode = __toESM(require("vscode"));
var import_ciWorkflows = require("../core/ciWorkflows");
var import_ci = require("../cli/commands/ci");
var import_config = require("./config");
var import_userErrors = require("./userErrors");
var import_userError = require("../core/userError");
const CI_COMMAND = "ebuildBuilder.addCiWorkflow";
async function run() {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: "Add the CI workflow to which folder (the repository root)?" });
  if (!folder) {
    if (!folders.length) void vscode.window.showErrorMessage("Open the overlay repository as a folder first: the workflow goes into its root.");
    return;
  }
  const pick = await vscode.window.showQuickPick(
    ["github", "gitlab"].map((kind) => ({ label: kind === "github" ? "GitHub Actions" : "GitLab CI", description: import_ciWorkflows.CI_FILES[kind], ciKind: kind })),
    { placeHolder: "Which CI runs the builds on each push and pull/merge request?" }
  );
  if (!pick) return;
  const { config } = (0, import_config.readBuildConfig)(folder.uri);
  const options = { profile: config.profile, image: config.images[config.profile], env: config.env, cli: (0, import_ci.defaultCiCli)() };
  let written;
  try {
    written = await (0, import_ci.writeCiWorkflow)(folder.uri.fsPath, pick.ciKind, options, false);
  } catch (e) {
    if (!(0, import_userError.isUserError)(e) || e.code !== "ci-file-exists") throw e;
    const choice = await vscode.window.showWarningMessage(`${import_ciWorkflows.CI_FILES[pick.ciKind]} already exists and differs from the generated workflow.`, { modal: true }, "Replace", "Open Existing");
    if (choice === "Open Existing") await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, import_ciWorkflows.CI_FILES[pick.ciKind]));
    if (choice !== "Replace") return;
    written = await (0, import_ci.writeCiWorkflow)(folder.uri.fsPath, pick.ciKind, options, true);
  }
  await vscode.window.showTextDocument(vscode.Uri.file(written.path));
  void vscode.window.showInformationMessage(
    written.status === "unchanged" ? `${import_ciWorkflows.CI_FILES[pick.ciKind]} is already up to date (profile ${options.profile}).` : `Wrote ${import_ciWorkflows.CI_FILES[pick.ciKind]}: it builds the changed ebuilds with profile ${options.profile} on each push. Commit it to enable it.`
  );
}
function registerCiCommand(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand(CI_COMMAND, async () => {
      try {
        await run();
      } catch (e) {
        await (0, import_userErrors.showError)(e);
      }
    })
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CI_COMMAND,
  registerCiCommand
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9jaUNvbW1hbmQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogXCJFYnVpbGQgQnVpbGRlcjogQWRkIENJIHdvcmtmbG93XCI6IHdyaXRlcyB0aGUgR2l0SHViIEFjdGlvbnMgb3IgR2l0TGFiIENJIGZpbGUgb2YgYGVidWlsZC1idWlsZGVyIGNpIGluaXRgXG4gKiB3aXRoIHRoaXMgd29ya3NwYWNlIGZvbGRlcidzIHByb2ZpbGUsIGltYWdlIGFuZCBidWlsZGVyIGVudiwgYXNrcyBiZWZvcmUgcmVwbGFjaW5nIGEgZGlmZmVyZW50IGZpbGUsIGFuZCBvcGVucyBpdC5cbiAqL1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBDSV9GSUxFUywgdHlwZSBDaUtpbmQgfSBmcm9tICcuLi9jb3JlL2NpV29ya2Zsb3dzJztcbmltcG9ydCB7IGRlZmF1bHRDaUNsaSwgd3JpdGVDaVdvcmtmbG93IH0gZnJvbSAnLi4vY2xpL2NvbW1hbmRzL2NpJztcbmltcG9ydCB7IHJlYWRCdWlsZENvbmZpZyB9IGZyb20gJy4vY29uZmlnJztcbmltcG9ydCB7IHNob3dFcnJvciB9IGZyb20gJy4vdXNlckVycm9ycyc7XG5pbXBvcnQgeyBpc1VzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcblxuZXhwb3J0IGNvbnN0IENJX0NPTU1BTkQgPSAnZWJ1aWxkQnVpbGRlci5hZGRDaVdvcmtmbG93JztcblxuYXN5bmMgZnVuY3Rpb24gcnVuKCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBmb2xkZXJzID0gdnNjb2RlLndvcmtzcGFjZS53b3Jrc3BhY2VGb2xkZXJzID8/IFtdO1xuICBjb25zdCBmb2xkZXIgPSBmb2xkZXJzLmxlbmd0aCA8PSAxID8gZm9sZGVyc1swXSA6IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1dvcmtzcGFjZUZvbGRlclBpY2soeyBwbGFjZUhvbGRlcjogJ0FkZCB0aGUgQ0kgd29ya2Zsb3cgdG8gd2hpY2ggZm9sZGVyICh0aGUgcmVwb3NpdG9yeSByb290KT8nIH0pO1xuICBpZiAoIWZvbGRlcikge1xuICAgIGlmICghZm9sZGVycy5sZW5ndGgpIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKCdPcGVuIHRoZSBvdmVybGF5IHJlcG9zaXRvcnkgYXMgYSBmb2xkZXIgZmlyc3Q6IHRoZSB3b3JrZmxvdyBnb2VzIGludG8gaXRzIHJvb3QuJyk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHBpY2sgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dRdWlja1BpY2soXG4gICAgKFsnZ2l0aHViJywgJ2dpdGxhYiddIGFzIENpS2luZFtdKS5tYXAoKGtpbmQpID0+ICh7IGxhYmVsOiBraW5kID09PSAnZ2l0aHViJyA/ICdHaXRIdWIgQWN0aW9ucycgOiAnR2l0TGFiIENJJywgZGVzY3JpcHRpb246IENJX0ZJTEVTW2tpbmRdLCBjaUtpbmQ6IGtpbmQgfSkpLFxuICAgIHsgcGxhY2VIb2xkZXI6ICdXaGljaCBDSSBydW5zIHRoZSBidWlsZHMgb24gZWFjaCBwdXNoIGFuZCBwdWxsL21lcmdlIHJlcXVlc3Q/JyB9LFxuICApO1xuICBpZiAoIXBpY2spIHJldHVybjtcbiAgY29uc3QgeyBjb25maWcgfSA9IHJlYWRCdWlsZENvbmZpZyhmb2xkZXIudXJpKTtcbiAgY29uc3Qgb3B0aW9ucyA9IHsgcHJvZmlsZTogY29uZmlnLnByb2ZpbGUsIGltYWdlOiBjb25maWcuaW1hZ2VzW2NvbmZpZy5wcm9maWxlXSwgZW52OiBjb25maWcuZW52LCBjbGk6IGRlZmF1bHRDaUNsaSgpIH07XG4gIGxldCB3cml0dGVuO1xuICB0cnkge1xuICAgIHdyaXR0ZW4gPSBhd2FpdCB3cml0ZUNpV29ya2Zsb3coZm9sZGVyLnVyaS5mc1BhdGgsIHBpY2suY2lLaW5kLCBvcHRpb25zLCBmYWxzZSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoIWlzVXNlckVycm9yKGUpIHx8IGUuY29kZSAhPT0gJ2NpLWZpbGUtZXhpc3RzJykgdGhyb3cgZTtcbiAgICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShgJHtDSV9GSUxFU1twaWNrLmNpS2luZF19IGFscmVhZHkgZXhpc3RzIGFuZCBkaWZmZXJzIGZyb20gdGhlIGdlbmVyYXRlZCB3b3JrZmxvdy5gLCB7IG1vZGFsOiB0cnVlIH0sICdSZXBsYWNlJywgJ09wZW4gRXhpc3RpbmcnKTtcbiAgICBpZiAoY2hvaWNlID09PSAnT3BlbiBFeGlzdGluZycpIGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1RleHREb2N1bWVudCh2c2NvZGUuVXJpLmpvaW5QYXRoKGZvbGRlci51cmksIENJX0ZJTEVTW3BpY2suY2lLaW5kXSkpO1xuICAgIGlmIChjaG9pY2UgIT09ICdSZXBsYWNlJykgcmV0dXJuO1xuICAgIHdyaXR0ZW4gPSBhd2FpdCB3cml0ZUNpV29ya2Zsb3coZm9sZGVyLnVyaS5mc1BhdGgsIHBpY2suY2lLaW5kLCBvcHRpb25zLCB0cnVlKTtcbiAgfVxuICBhd2FpdCB2c2NvZGUud2luZG93LnNob3dUZXh0RG9jdW1lbnQodnNjb2RlLlVyaS5maWxlKHdyaXR0ZW4ucGF0aCkpO1xuICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZShcbiAgICB3cml0dGVuLnN0YXR1cyA9PT0gJ3VuY2hhbmdlZCdcbiAgICAgID8gYCR7Q0lfRklMRVNbcGljay5jaUtpbmRdfSBpcyBhbHJlYWR5IHVwIHRvIGRhdGUgKHByb2ZpbGUgJHtvcHRpb25zLnByb2ZpbGV9KS5gXG4gICAgICA6IGBXcm90ZSAke0NJX0ZJTEVTW3BpY2suY2lLaW5kXX06IGl0IGJ1aWxkcyB0aGUgY2hhbmdlZCBlYnVpbGRzIHdpdGggcHJvZmlsZSAke29wdGlvbnMucHJvZmlsZX0gb24gZWFjaCBwdXNoLiBDb21taXQgaXQgdG8gZW5hYmxlIGl0LmAsXG4gICk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckNpQ29tbWFuZChjb250ZXh0OiB2c2NvZGUuRXh0ZW5zaW9uQ29udGV4dCk6IHZvaWQge1xuICBjb250ZXh0LnN1YnNjcmlwdGlvbnMucHVzaChcbiAgICB2c2NvZGUuY29tbWFuZHMucmVnaXN0ZXJDb21tYW5kKENJX0NPTU1BTkQsIGFzeW5jICgpID0+IHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGF3YWl0IHJ1bigpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICBhd2FpdCBzaG93RXJyb3IoZSk7XG4gICAgICB9XG4gICAgfSksXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsYUFBd0I7QUFDeEIseUJBQXNDO0FBQ3RDLGdCQUE4QztBQUM5QyxvQkFBZ0M7QUFDaEMsd0JBQTBCO0FBQzFCLHVCQUE0QjtBQUVyQixNQUFNLGFBQWE7QUFFMUIsZUFBZSxNQUFxQjtBQUNsQyxRQUFNLFVBQVUsT0FBTyxVQUFVLG9CQUFvQixDQUFDO0FBQ3RELFFBQU0sU0FBUyxRQUFRLFVBQVUsSUFBSSxRQUFRLENBQUMsSUFBSSxNQUFNLE9BQU8sT0FBTyx3QkFBd0IsRUFBRSxhQUFhLDZEQUE2RCxDQUFDO0FBQzNLLE1BQUksQ0FBQyxRQUFRO0FBQ1gsUUFBSSxDQUFDLFFBQVEsT0FBUSxNQUFLLE9BQU8sT0FBTyxpQkFBaUIsaUZBQWlGO0FBQzFJO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBTyxNQUFNLE9BQU8sT0FBTztBQUFBLElBQzlCLENBQUMsVUFBVSxRQUFRLEVBQWUsSUFBSSxDQUFDLFVBQVUsRUFBRSxPQUFPLFNBQVMsV0FBVyxtQkFBbUIsYUFBYSxhQUFhLDRCQUFTLElBQUksR0FBRyxRQUFRLEtBQUssRUFBRTtBQUFBLElBQzNKLEVBQUUsYUFBYSxnRUFBZ0U7QUFBQSxFQUNqRjtBQUNBLE1BQUksQ0FBQyxLQUFNO0FBQ1gsUUFBTSxFQUFFLE9BQU8sUUFBSSwrQkFBZ0IsT0FBTyxHQUFHO0FBQzdDLFFBQU0sVUFBVSxFQUFFLFNBQVMsT0FBTyxTQUFTLE9BQU8sT0FBTyxPQUFPLE9BQU8sT0FBTyxHQUFHLEtBQUssT0FBTyxLQUFLLFNBQUssd0JBQWEsRUFBRTtBQUN0SCxNQUFJO0FBQ0osTUFBSTtBQUNGLGNBQVUsVUFBTSwyQkFBZ0IsT0FBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLFNBQVMsS0FBSztBQUFBLEVBQ2hGLFNBQVMsR0FBRztBQUNWLFFBQUksS0FBQyw4QkFBWSxDQUFDLEtBQUssRUFBRSxTQUFTLGlCQUFrQixPQUFNO0FBQzFELFVBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTyxtQkFBbUIsR0FBRyw0QkFBUyxLQUFLLE1BQU0sQ0FBQyw0REFBNEQsRUFBRSxPQUFPLEtBQUssR0FBRyxXQUFXLGVBQWU7QUFDckwsUUFBSSxXQUFXLGdCQUFpQixPQUFNLE9BQU8sT0FBTyxpQkFBaUIsT0FBTyxJQUFJLFNBQVMsT0FBTyxLQUFLLDRCQUFTLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDM0gsUUFBSSxXQUFXLFVBQVc7QUFDMUIsY0FBVSxVQUFNLDJCQUFnQixPQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsU0FBUyxJQUFJO0FBQUEsRUFDL0U7QUFDQSxRQUFNLE9BQU8sT0FBTyxpQkFBaUIsT0FBTyxJQUFJLEtBQUssUUFBUSxJQUFJLENBQUM7QUFDbEUsT0FBSyxPQUFPLE9BQU87QUFBQSxJQUNqQixRQUFRLFdBQVcsY0FDZixHQUFHLDRCQUFTLEtBQUssTUFBTSxDQUFDLG1DQUFtQyxRQUFRLE9BQU8sT0FDMUUsU0FBUyw0QkFBUyxLQUFLLE1BQU0sQ0FBQyxnREFBZ0QsUUFBUSxPQUFPO0FBQUEsRUFDbkc7QUFDRjtBQUVPLFNBQVMsa0JBQWtCLFNBQXdDO0FBQ3hFLFVBQVEsY0FBYztBQUFBLElBQ3BCLE9BQU8sU0FBUyxnQkFBZ0IsWUFBWSxZQUFZO0FBQ3RELFVBQUk7QUFDRixjQUFNLElBQUk7QUFBQSxNQUNaLFNBQVMsR0FBRztBQUNWLGtCQUFNLDZCQUFVLENBQUM7QUFBQSxNQUNuQjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
