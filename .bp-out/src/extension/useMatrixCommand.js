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
var useMatrixCommand_exports = {};
__export(useMatrixCommand_exports, {
  USE_MATRIX_COMMAND: () => USE_MATRIX_COMMAND,
  registerUseMatrixCommand: () => registerUseMatrixCommand
});
module.exports = __toCommonJS(useMatrixCommand_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_useMatrix = require("../core/useMatrix");
var import_useMatrixBuilds = require("../cli/useMatrixBuilds");
var import_changedBuilds = require("../cli/changedBuilds");
var import_config = require("./config");
var import_userErrors = require("./userErrors");
const USE_MATRIX_COMMAND = "ebuildBuilder.buildUseMatrix";
async function run(output, arg) {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage("Builds are disabled in Restricted Mode: trust the workspace to build.");
    return;
  }
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== "file" || !uri.fsPath.endsWith(".ebuild")) {
    void vscode.window.showErrorMessage("Open an .ebuild file (or right-click one in the Explorer) to build its USE combinations.");
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showErrorMessage(`${path.basename(uri.fsPath)} is outside the workspace folders; open its overlay as a folder first.`);
    return;
  }
  const ebuild = uri.fsPath;
  const { config } = (0, import_config.readBuildConfig)(uri);
  const { atom, matrix } = await (0, import_useMatrixBuilds.matrixFor)(ebuild, folder.uri.fsPath, {});
  const items = matrix.combinations.map((c) => ({ label: c.name, description: (0, import_useMatrix.packageUseLine)("", c).trim(), picked: true, combination: c }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `USE combinations of ${atom} (${config.profile})`,
    placeHolder: matrix.impossible.length ? `Not offered: ${matrix.impossible.join("; ")}` : "Each combination is built with its own package.use line"
  });
  if (!picked?.length) return;
  output.show(true);
  output.appendLine(`USE matrix of ${atom} with profile ${config.profile}: ${picked.length} combination(s)`);
  const results = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `USE combinations of ${atom}`, cancellable: true }, async (progress, token) => {
    let cancel;
    token.onCancellationRequested(() => cancel?.());
    for (const [i, item] of picked.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${i + 1}/${picked.length}: ${item.label}`, increment: 100 / picked.length });
      const line = (0, import_useMatrix.packageUseLine)(atom, item.combination);
      output.appendLine(`
>>> combination ${i + 1}/${picked.length} "${item.label}": package.use ${line}`);
      const result = await (0, import_useMatrixBuilds.buildCombination)(ebuild, folder.uri.fsPath, config, line, (data) => output.append(data.toString("utf8")), (h) => cancel = () => void h.cancel());
      results.push({ name: item.label, outcome: await (0, import_changedBuilds.outcomeOf)(atom, ebuild, result) });
    }
  });
  const names = new Map(results.map((r) => [r.outcome, r.name]));
  output.appendLine("\n" + (0, import_changedBuilds.summaryTable)(results.map((r) => r.outcome), folder.uri.fsPath, "USE combination", (o) => names.get(o) ?? o.atom));
  const failed = results.filter((r) => r.outcome.result !== "succeeded");
  const message = failed.length ? `${failed.length} of ${results.length} USE combinations of ${atom} failed: ${failed.map((r) => r.name).join(", ")}` : `All ${results.length} USE combinations of ${atom} built.`;
  const show = await (failed.length ? vscode.window.showErrorMessage(message, "Show Output") : vscode.window.showInformationMessage(message, "Show Output"));
  if (show) output.show();
}
function registerUseMatrixCommand(context) {
  const output = vscode.window.createOutputChannel("Ebuild Builder: USE matrix");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(USE_MATRIX_COMMAND, async (arg) => {
      try {
        await run(output, arg);
      } catch (e) {
        await (0, import_userErrors.showError)(e);
      }
    })
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  USE_MATRIX_COMMAND,
  registerUseMatrixCommand
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi91c2VNYXRyaXhDb21tYW5kLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFwiQnVpbGQgd2l0aCBVU0UgY29tYmluYXRpb25zXHUyMDI2XCI6IGNvbXB1dGVzIHRoZSBlYnVpbGQncyBVU0UgbWF0cml4IChkZWZhdWx0cywgZWFjaCBmbGFnIGZsaXBwZWQsIGEgc2VlZGVkXG4gKiBSRVFVSVJFRF9VU0UtdmFsaWQgc2FtcGxlKSwgbGV0cyB0aGUgdXNlciBwaWNrIGNvbWJpbmF0aW9ucywgYnVpbGRzIHRoZW0gb25lIGFmdGVyIGFub3RoZXIgd2l0aCBhXG4gKiBwZXItY29tYmluYXRpb24gcGFja2FnZS51c2UgbGluZSAodGhlIHdvcmtzcGFjZSdzIG93biBvdmVycmlkZXMgYXJlIG5ldmVyIGNoYW5nZWQpLCBhbmQgcmVwb3J0cyB3aGljaCBmYWlsLlxuICovXG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgKiBhcyB2c2NvZGUgZnJvbSAndnNjb2RlJztcbmltcG9ydCB7IHBhY2thZ2VVc2VMaW5lIH0gZnJvbSAnLi4vY29yZS91c2VNYXRyaXgnO1xuaW1wb3J0IHsgbWF0cml4Rm9yLCBidWlsZENvbWJpbmF0aW9uIH0gZnJvbSAnLi4vY2xpL3VzZU1hdHJpeEJ1aWxkcyc7XG5pbXBvcnQgeyBvdXRjb21lT2YsIHN1bW1hcnlUYWJsZSwgdHlwZSBBdG9tT3V0Y29tZSB9IGZyb20gJy4uL2NsaS9jaGFuZ2VkQnVpbGRzJztcbmltcG9ydCB7IHJlYWRCdWlsZENvbmZpZyB9IGZyb20gJy4vY29uZmlnJztcbmltcG9ydCB7IHNob3dFcnJvciB9IGZyb20gJy4vdXNlckVycm9ycyc7XG5cbmV4cG9ydCBjb25zdCBVU0VfTUFUUklYX0NPTU1BTkQgPSAnZWJ1aWxkQnVpbGRlci5idWlsZFVzZU1hdHJpeCc7XG5cbmFzeW5jIGZ1bmN0aW9uIHJ1bihvdXRwdXQ6IHZzY29kZS5PdXRwdXRDaGFubmVsLCBhcmc6IHVua25vd24pOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKCF2c2NvZGUud29ya3NwYWNlLmlzVHJ1c3RlZCkge1xuICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93V2FybmluZ01lc3NhZ2UoJ0J1aWxkcyBhcmUgZGlzYWJsZWQgaW4gUmVzdHJpY3RlZCBNb2RlOiB0cnVzdCB0aGUgd29ya3NwYWNlIHRvIGJ1aWxkLicpO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCB1cmkgPSBhcmcgaW5zdGFuY2VvZiB2c2NvZGUuVXJpID8gYXJnIDogdnNjb2RlLndpbmRvdy5hY3RpdmVUZXh0RWRpdG9yPy5kb2N1bWVudC51cmk7XG4gIGlmICghdXJpIHx8IHVyaS5zY2hlbWUgIT09ICdmaWxlJyB8fCAhdXJpLmZzUGF0aC5lbmRzV2l0aCgnLmVidWlsZCcpKSB7XG4gICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dFcnJvck1lc3NhZ2UoJ09wZW4gYW4gLmVidWlsZCBmaWxlIChvciByaWdodC1jbGljayBvbmUgaW4gdGhlIEV4cGxvcmVyKSB0byBidWlsZCBpdHMgVVNFIGNvbWJpbmF0aW9ucy4nKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgZm9sZGVyID0gdnNjb2RlLndvcmtzcGFjZS5nZXRXb3Jrc3BhY2VGb2xkZXIodXJpKTtcbiAgaWYgKCFmb2xkZXIpIHtcbiAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShgJHtwYXRoLmJhc2VuYW1lKHVyaS5mc1BhdGgpfSBpcyBvdXRzaWRlIHRoZSB3b3Jrc3BhY2UgZm9sZGVyczsgb3BlbiBpdHMgb3ZlcmxheSBhcyBhIGZvbGRlciBmaXJzdC5gKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgZWJ1aWxkID0gdXJpLmZzUGF0aDtcbiAgY29uc3QgeyBjb25maWcgfSA9IHJlYWRCdWlsZENvbmZpZyh1cmkpO1xuICBjb25zdCB7IGF0b20sIG1hdHJpeCB9ID0gYXdhaXQgbWF0cml4Rm9yKGVidWlsZCwgZm9sZGVyLnVyaS5mc1BhdGgsIHt9KTtcbiAgY29uc3QgaXRlbXMgPSBtYXRyaXguY29tYmluYXRpb25zLm1hcCgoYykgPT4gKHsgbGFiZWw6IGMubmFtZSwgZGVzY3JpcHRpb246IHBhY2thZ2VVc2VMaW5lKCcnLCBjKS50cmltKCksIHBpY2tlZDogdHJ1ZSwgY29tYmluYXRpb246IGMgfSkpO1xuICBjb25zdCBwaWNrZWQgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dRdWlja1BpY2soaXRlbXMsIHtcbiAgICBjYW5QaWNrTWFueTogdHJ1ZSxcbiAgICB0aXRsZTogYFVTRSBjb21iaW5hdGlvbnMgb2YgJHthdG9tfSAoJHtjb25maWcucHJvZmlsZX0pYCxcbiAgICBwbGFjZUhvbGRlcjogbWF0cml4LmltcG9zc2libGUubGVuZ3RoID8gYE5vdCBvZmZlcmVkOiAke21hdHJpeC5pbXBvc3NpYmxlLmpvaW4oJzsgJyl9YCA6ICdFYWNoIGNvbWJpbmF0aW9uIGlzIGJ1aWx0IHdpdGggaXRzIG93biBwYWNrYWdlLnVzZSBsaW5lJyxcbiAgfSk7XG4gIGlmICghcGlja2VkPy5sZW5ndGgpIHJldHVybjtcblxuICBvdXRwdXQuc2hvdyh0cnVlKTtcbiAgb3V0cHV0LmFwcGVuZExpbmUoYFVTRSBtYXRyaXggb2YgJHthdG9tfSB3aXRoIHByb2ZpbGUgJHtjb25maWcucHJvZmlsZX06ICR7cGlja2VkLmxlbmd0aH0gY29tYmluYXRpb24ocylgKTtcbiAgY29uc3QgcmVzdWx0czogeyBuYW1lOiBzdHJpbmc7IG91dGNvbWU6IEF0b21PdXRjb21lIH1bXSA9IFtdO1xuICBhd2FpdCB2c2NvZGUud2luZG93LndpdGhQcm9ncmVzcyh7IGxvY2F0aW9uOiB2c2NvZGUuUHJvZ3Jlc3NMb2NhdGlvbi5Ob3RpZmljYXRpb24sIHRpdGxlOiBgVVNFIGNvbWJpbmF0aW9ucyBvZiAke2F0b219YCwgY2FuY2VsbGFibGU6IHRydWUgfSwgYXN5bmMgKHByb2dyZXNzLCB0b2tlbikgPT4ge1xuICAgIGxldCBjYW5jZWw6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcbiAgICB0b2tlbi5vbkNhbmNlbGxhdGlvblJlcXVlc3RlZCgoKSA9PiBjYW5jZWw/LigpKTtcbiAgICBmb3IgKGNvbnN0IFtpLCBpdGVtXSBvZiBwaWNrZWQuZW50cmllcygpKSB7XG4gICAgICBpZiAodG9rZW4uaXNDYW5jZWxsYXRpb25SZXF1ZXN0ZWQpIGJyZWFrO1xuICAgICAgcHJvZ3Jlc3MucmVwb3J0KHsgbWVzc2FnZTogYCR7aSArIDF9LyR7cGlja2VkLmxlbmd0aH06ICR7aXRlbS5sYWJlbH1gLCBpbmNyZW1lbnQ6IDEwMCAvIHBpY2tlZC5sZW5ndGggfSk7XG4gICAgICBjb25zdCBsaW5lID0gcGFja2FnZVVzZUxpbmUoYXRvbSwgaXRlbS5jb21iaW5hdGlvbik7XG4gICAgICBvdXRwdXQuYXBwZW5kTGluZShgXFxuPj4+IGNvbWJpbmF0aW9uICR7aSArIDF9LyR7cGlja2VkLmxlbmd0aH0gXCIke2l0ZW0ubGFiZWx9XCI6IHBhY2thZ2UudXNlICR7bGluZX1gKTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IGJ1aWxkQ29tYmluYXRpb24oZWJ1aWxkLCBmb2xkZXIudXJpLmZzUGF0aCwgY29uZmlnLCBsaW5lLCAoZGF0YSkgPT4gb3V0cHV0LmFwcGVuZChkYXRhLnRvU3RyaW5nKCd1dGY4JykpLCAoaCkgPT4gKGNhbmNlbCA9ICgpID0+IHZvaWQgaC5jYW5jZWwoKSkpO1xuICAgICAgcmVzdWx0cy5wdXNoKHsgbmFtZTogaXRlbS5sYWJlbCwgb3V0Y29tZTogYXdhaXQgb3V0Y29tZU9mKGF0b20sIGVidWlsZCwgcmVzdWx0KSB9KTtcbiAgICB9XG4gIH0pO1xuICBjb25zdCBuYW1lcyA9IG5ldyBNYXAocmVzdWx0cy5tYXAoKHIpID0+IFtyLm91dGNvbWUsIHIubmFtZV0pKTtcbiAgb3V0cHV0LmFwcGVuZExpbmUoJ1xcbicgKyBzdW1tYXJ5VGFibGUocmVzdWx0cy5tYXAoKHIpID0+IHIub3V0Y29tZSksIGZvbGRlci51cmkuZnNQYXRoLCAnVVNFIGNvbWJpbmF0aW9uJywgKG8pID0+IG5hbWVzLmdldChvKSA/PyBvLmF0b20pKTtcbiAgY29uc3QgZmFpbGVkID0gcmVzdWx0cy5maWx0ZXIoKHIpID0+IHIub3V0Y29tZS5yZXN1bHQgIT09ICdzdWNjZWVkZWQnKTtcbiAgY29uc3QgbWVzc2FnZSA9IGZhaWxlZC5sZW5ndGhcbiAgICA/IGAke2ZhaWxlZC5sZW5ndGh9IG9mICR7cmVzdWx0cy5sZW5ndGh9IFVTRSBjb21iaW5hdGlvbnMgb2YgJHthdG9tfSBmYWlsZWQ6ICR7ZmFpbGVkLm1hcCgocikgPT4gci5uYW1lKS5qb2luKCcsICcpfWBcbiAgICA6IGBBbGwgJHtyZXN1bHRzLmxlbmd0aH0gVVNFIGNvbWJpbmF0aW9ucyBvZiAke2F0b219IGJ1aWx0LmA7XG4gIGNvbnN0IHNob3cgPSBhd2FpdCAoZmFpbGVkLmxlbmd0aCA/IHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShtZXNzYWdlLCAnU2hvdyBPdXRwdXQnKSA6IHZzY29kZS53aW5kb3cuc2hvd0luZm9ybWF0aW9uTWVzc2FnZShtZXNzYWdlLCAnU2hvdyBPdXRwdXQnKSk7XG4gIGlmIChzaG93KSBvdXRwdXQuc2hvdygpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJVc2VNYXRyaXhDb21tYW5kKGNvbnRleHQ6IHZzY29kZS5FeHRlbnNpb25Db250ZXh0KTogdm9pZCB7XG4gIGNvbnN0IG91dHB1dCA9IHZzY29kZS53aW5kb3cuY3JlYXRlT3V0cHV0Q2hhbm5lbCgnRWJ1aWxkIEJ1aWxkZXI6IFVTRSBtYXRyaXgnKTtcbiAgY29udGV4dC5zdWJzY3JpcHRpb25zLnB1c2goXG4gICAgb3V0cHV0LFxuICAgIHZzY29kZS5jb21tYW5kcy5yZWdpc3RlckNvbW1hbmQoVVNFX01BVFJJWF9DT01NQU5ELCBhc3luYyAoYXJnPzogdW5rbm93bikgPT4ge1xuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgcnVuKG91dHB1dCwgYXJnKTtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgYXdhaXQgc2hvd0Vycm9yKGUpO1xuICAgICAgfVxuICAgIH0pLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtBLFdBQXNCO0FBQ3RCLGFBQXdCO0FBQ3hCLHVCQUErQjtBQUMvQiw2QkFBNEM7QUFDNUMsMkJBQTBEO0FBQzFELG9CQUFnQztBQUNoQyx3QkFBMEI7QUFFbkIsTUFBTSxxQkFBcUI7QUFFbEMsZUFBZSxJQUFJLFFBQThCLEtBQTZCO0FBQzVFLE1BQUksQ0FBQyxPQUFPLFVBQVUsV0FBVztBQUMvQixTQUFLLE9BQU8sT0FBTyxtQkFBbUIsdUVBQXVFO0FBQzdHO0FBQUEsRUFDRjtBQUNBLFFBQU0sTUFBTSxlQUFlLE9BQU8sTUFBTSxNQUFNLE9BQU8sT0FBTyxrQkFBa0IsU0FBUztBQUN2RixNQUFJLENBQUMsT0FBTyxJQUFJLFdBQVcsVUFBVSxDQUFDLElBQUksT0FBTyxTQUFTLFNBQVMsR0FBRztBQUNwRSxTQUFLLE9BQU8sT0FBTyxpQkFBaUIsMEZBQTBGO0FBQzlIO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FBUyxPQUFPLFVBQVUsbUJBQW1CLEdBQUc7QUFDdEQsTUFBSSxDQUFDLFFBQVE7QUFDWCxTQUFLLE9BQU8sT0FBTyxpQkFBaUIsR0FBRyxLQUFLLFNBQVMsSUFBSSxNQUFNLENBQUMsd0VBQXdFO0FBQ3hJO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FBUyxJQUFJO0FBQ25CLFFBQU0sRUFBRSxPQUFPLFFBQUksK0JBQWdCLEdBQUc7QUFDdEMsUUFBTSxFQUFFLE1BQU0sT0FBTyxJQUFJLFVBQU0sa0NBQVUsUUFBUSxPQUFPLElBQUksUUFBUSxDQUFDLENBQUM7QUFDdEUsUUFBTSxRQUFRLE9BQU8sYUFBYSxJQUFJLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLGlCQUFhLGlDQUFlLElBQUksQ0FBQyxFQUFFLEtBQUssR0FBRyxRQUFRLE1BQU0sYUFBYSxFQUFFLEVBQUU7QUFDekksUUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPLGNBQWMsT0FBTztBQUFBLElBQ3RELGFBQWE7QUFBQSxJQUNiLE9BQU8sdUJBQXVCLElBQUksS0FBSyxPQUFPLE9BQU87QUFBQSxJQUNyRCxhQUFhLE9BQU8sV0FBVyxTQUFTLGdCQUFnQixPQUFPLFdBQVcsS0FBSyxJQUFJLENBQUMsS0FBSztBQUFBLEVBQzNGLENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUSxPQUFRO0FBRXJCLFNBQU8sS0FBSyxJQUFJO0FBQ2hCLFNBQU8sV0FBVyxpQkFBaUIsSUFBSSxpQkFBaUIsT0FBTyxPQUFPLEtBQUssT0FBTyxNQUFNLGlCQUFpQjtBQUN6RyxRQUFNLFVBQW9ELENBQUM7QUFDM0QsUUFBTSxPQUFPLE9BQU8sYUFBYSxFQUFFLFVBQVUsT0FBTyxpQkFBaUIsY0FBYyxPQUFPLHVCQUF1QixJQUFJLElBQUksYUFBYSxLQUFLLEdBQUcsT0FBTyxVQUFVLFVBQVU7QUFDdkssUUFBSTtBQUNKLFVBQU0sd0JBQXdCLE1BQU0sU0FBUyxDQUFDO0FBQzlDLGVBQVcsQ0FBQyxHQUFHLElBQUksS0FBSyxPQUFPLFFBQVEsR0FBRztBQUN4QyxVQUFJLE1BQU0sd0JBQXlCO0FBQ25DLGVBQVMsT0FBTyxFQUFFLFNBQVMsR0FBRyxJQUFJLENBQUMsSUFBSSxPQUFPLE1BQU0sS0FBSyxLQUFLLEtBQUssSUFBSSxXQUFXLE1BQU0sT0FBTyxPQUFPLENBQUM7QUFDdkcsWUFBTSxXQUFPLGlDQUFlLE1BQU0sS0FBSyxXQUFXO0FBQ2xELGFBQU8sV0FBVztBQUFBLGtCQUFxQixJQUFJLENBQUMsSUFBSSxPQUFPLE1BQU0sS0FBSyxLQUFLLEtBQUssa0JBQWtCLElBQUksRUFBRTtBQUNwRyxZQUFNLFNBQVMsVUFBTSx5Q0FBaUIsUUFBUSxPQUFPLElBQUksUUFBUSxRQUFRLE1BQU0sQ0FBQyxTQUFTLE9BQU8sT0FBTyxLQUFLLFNBQVMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxNQUFPLFNBQVMsTUFBTSxLQUFLLEVBQUUsT0FBTyxDQUFFO0FBQ3RLLGNBQVEsS0FBSyxFQUFFLE1BQU0sS0FBSyxPQUFPLFNBQVMsVUFBTSxnQ0FBVSxNQUFNLFFBQVEsTUFBTSxFQUFFLENBQUM7QUFBQSxJQUNuRjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sUUFBUSxJQUFJLElBQUksUUFBUSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQzdELFNBQU8sV0FBVyxXQUFPLG1DQUFhLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEdBQUcsT0FBTyxJQUFJLFFBQVEsbUJBQW1CLENBQUMsTUFBTSxNQUFNLElBQUksQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDO0FBQ3pJLFFBQU0sU0FBUyxRQUFRLE9BQU8sQ0FBQyxNQUFNLEVBQUUsUUFBUSxXQUFXLFdBQVc7QUFDckUsUUFBTSxVQUFVLE9BQU8sU0FDbkIsR0FBRyxPQUFPLE1BQU0sT0FBTyxRQUFRLE1BQU0sd0JBQXdCLElBQUksWUFBWSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ2pILE9BQU8sUUFBUSxNQUFNLHdCQUF3QixJQUFJO0FBQ3JELFFBQU0sT0FBTyxPQUFPLE9BQU8sU0FBUyxPQUFPLE9BQU8saUJBQWlCLFNBQVMsYUFBYSxJQUFJLE9BQU8sT0FBTyx1QkFBdUIsU0FBUyxhQUFhO0FBQ3hKLE1BQUksS0FBTSxRQUFPLEtBQUs7QUFDeEI7QUFFTyxTQUFTLHlCQUF5QixTQUF3QztBQUMvRSxRQUFNLFNBQVMsT0FBTyxPQUFPLG9CQUFvQiw0QkFBNEI7QUFDN0UsVUFBUSxjQUFjO0FBQUEsSUFDcEI7QUFBQSxJQUNBLE9BQU8sU0FBUyxnQkFBZ0Isb0JBQW9CLE9BQU8sUUFBa0I7QUFDM0UsVUFBSTtBQUNGLGNBQU0sSUFBSSxRQUFRLEdBQUc7QUFBQSxNQUN2QixTQUFTLEdBQUc7QUFDVixrQkFBTSw2QkFBVSxDQUFDO0FBQUEsTUFDbkI7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
