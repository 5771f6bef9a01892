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
var ebuildCommands_exports = {};
__export(ebuildCommands_exports, {
  registerEbuildCommands: () => registerEbuildCommands
});
module.exports = __toCommonJS(ebuildCommands_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_atom = require("../core/atom");
var import_ebuildSkeleton = require("../core/ebuildSkeleton");
var import_userError = require("../core/userError");
var import_pkgcheck = require("../server/pkgcheck");
var import_languageClient = require("./languageClient");
function showError(e) {
  if ((0, import_userError.isUserError)(e)) void vscode.window.showErrorMessage(e.action ? `${e.message} ${e.action}` : e.message);
  else void vscode.window.showErrorMessage(`Ebuild Builder: ${e.message ?? e}`);
}
function isRepoRoot(dir) {
  return (0, import_node_fs.existsSync)(path.join(dir, "profiles", "repo_name")) || (0, import_node_fs.existsSync)(path.join(dir, "metadata", "layout.conf"));
}
function repoRootOf(file) {
  let dir = path.dirname(file);
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) if (isRepoRoot(dir)) return dir;
  return void 0;
}
function targetEbuild(uri) {
  const file = uri?.fsPath ?? vscode.window.activeTextEditor?.document.uri.fsPath;
  if (!file?.endsWith(".ebuild")) throw new import_userError.UserError("No ebuild is selected.", "Open an .ebuild file or right-click one in the explorer.", "no-ebuild");
  return file;
}
async function newEbuild(uri) {
  const base = uri?.fsPath ?? (vscode.window.activeTextEditor ? path.dirname(vscode.window.activeTextEditor.document.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
  if (!base) throw new import_userError.UserError("There is no folder to create the ebuild in.", "Open an overlay folder first.", "no-folder");
  const atRoot = isRepoRoot(base);
  const answer = await vscode.window.showInputBox({
    title: "New ebuild",
    prompt: atRoot ? "category/package-version, e.g. app-misc/hello-1.0" : `package-version inside ${base}, e.g. ${path.basename(base)}-1.0`,
    value: atRoot ? "" : `${path.basename(base)}-1.0`
  });
  if (!answer) return;
  const [category, pnv] = atRoot ? answer.trim().split("/") : ["", answer.trim()];
  const split = (0, import_atom.splitPackageVersion)(pnv ?? "");
  if (!split || atRoot && !category) throw new import_userError.UserError(`"${answer}" is not ${atRoot ? "category/" : ""}package-version.`, "Enter e.g. app-misc/hello-1.0.", "bad-name");
  const file = atRoot ? path.join(base, category, split.pn, `${pnv}.ebuild`) : path.join(base, `${pnv}.ebuild`);
  (0, import_ebuildSkeleton.splitEbuildFile)(file);
  await import_node_fs.promises.mkdir(path.dirname(file), { recursive: true });
  try {
    await import_node_fs.promises.writeFile(file, (0, import_ebuildSkeleton.ebuildSkeleton)({ year: (/* @__PURE__ */ new Date()).getFullYear() }), { flag: "wx" });
  } catch (e) {
    if (e.code === "EEXIST") throw new import_userError.UserError(`${file} already exists.`, "Choose another version, or use Bump Ebuild Version.", "exists");
    throw e;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(file));
}
async function bumpEbuild(uri) {
  const file = targetEbuild(uri);
  const { pn, pvr } = (0, import_ebuildSkeleton.splitEbuildFile)(file);
  const version = await vscode.window.showInputBox({
    title: `Bump ${pn}-${pvr}`,
    prompt: "New version",
    value: (0, import_ebuildSkeleton.suggestedBumps)(pvr)[0],
    validateInput: (v) => {
      try {
        (0, import_ebuildSkeleton.bumpedEbuildPath)(file, v);
        return void 0;
      } catch (e) {
        return e.message;
      }
    }
  });
  if (!version) return;
  const target = (0, import_ebuildSkeleton.bumpedEbuildPath)(file, version);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
  if (doc?.isDirty) await doc.save();
  try {
    await import_node_fs.promises.copyFile(file, target, import_node_fs.constants.COPYFILE_EXCL);
  } catch (e) {
    if (e.code === "EEXIST") throw new import_userError.UserError(`${path.basename(target)} already exists.`, "Open it, or choose another version.", "exists");
    throw e;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(target));
}
async function runPkgcheck(uri) {
  const file = targetEbuild(uri);
  const repo = repoRootOf(file);
  if (!repo) throw new import_userError.UserError(`${file} is not inside an ebuild repository (no profiles/repo_name or metadata/layout.conf above it).`, "Open the ebuild from its overlay.", "not-in-overlay");
  const pkgDir = path.dirname(file);
  const argv = (0, import_pkgcheck.pkgcheckArgs)(repo, path.basename(path.dirname(pkgDir)), path.basename(pkgDir));
  const output = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: "pkgcheck" }, () => new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)(argv[0], argv.slice(1), { maxBuffer: 64 * 1048576, timeout: 3e5 }, (err, stdout) => {
      if (err?.code === "ENOENT") {
        reject(new import_userError.UserError(
          "pkgcheck is not installed on this machine, and running it in the builder container is not available in this version.",
          "Install pkgcheck (dev-util/pkgcheck) where VS Code runs, then run the command again.",
          "pkgcheck-missing"
        ));
      } else resolve(stdout);
    });
  }));
  const client = await (0, import_languageClient.languageClient)();
  if (!client) throw new import_userError.UserError("The ebuild language server is not running, so pkgcheck results cannot be shown.", "Reload the window.", "no-language-server");
  await client.sendNotification("ebuild/pkgcheckResults", { uri: vscode.Uri.file(file).toString(), output });
  const count = output.split("\n").filter((l) => l.startsWith("{")).length;
  void vscode.window.showInformationMessage(`pkgcheck: ${count} result${count === 1 ? "" : "s"} for ${path.basename(pkgDir)}; see the Problems panel.`);
}
function registerEbuildCommands(context) {
  const wrap = (fn) => (uri) => fn(uri instanceof vscode.Uri ? uri : void 0).catch(showError);
  context.subscriptions.push(
    vscode.commands.registerCommand("ebuildBuilder.newEbuild", wrap(newEbuild)),
    vscode.commands.registerCommand("ebuildBuilder.bumpEbuild", wrap(bumpEbuild)),
    vscode.commands.registerCommand("ebuildBuilder.runPkgcheck", wrap(runPkgcheck))
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  registerEbuildCommands
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9lYnVpbGRDb21tYW5kcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFYnVpbGQgZWRpdGluZyBjb21tYW5kcywgYXMgZWJ1aWxkLW1vZGUgdXNlcnMga25vdyB0aGVtOiBuZXcgZWJ1aWxkIGZyb20gdGhlIHNrZWxldG9uLCBidW1wIHRoZVxuICogdmVyc2lvbiAoY29weSB0byBhIG5ldyB2ZXJzaW9uIGZpbGUpLCBydW4gcGtnY2hlY2sgYW5kIHNob3cgaXRzIHJlc3VsdHMgYXMgZGlhZ25vc3RpY3MuXG4gKi9cbmltcG9ydCB7IGV4ZWNGaWxlIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGNvbnN0YW50cywgZXhpc3RzU3luYywgcHJvbWlzZXMgYXMgZnMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHsgc3BsaXRQYWNrYWdlVmVyc2lvbiB9IGZyb20gJy4uL2NvcmUvYXRvbSc7XG5pbXBvcnQgeyBidW1wZWRFYnVpbGRQYXRoLCBlYnVpbGRTa2VsZXRvbiwgc3BsaXRFYnVpbGRGaWxlLCBzdWdnZXN0ZWRCdW1wcyB9IGZyb20gJy4uL2NvcmUvZWJ1aWxkU2tlbGV0b24nO1xuaW1wb3J0IHsgaXNVc2VyRXJyb3IsIFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IHBrZ2NoZWNrQXJncyB9IGZyb20gJy4uL3NlcnZlci9wa2djaGVjayc7XG5pbXBvcnQgeyBsYW5ndWFnZUNsaWVudCB9IGZyb20gJy4vbGFuZ3VhZ2VDbGllbnQnO1xuXG5mdW5jdGlvbiBzaG93RXJyb3IoZTogdW5rbm93bik6IHZvaWQge1xuICBpZiAoaXNVc2VyRXJyb3IoZSkpIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGUuYWN0aW9uID8gYCR7ZS5tZXNzYWdlfSAke2UuYWN0aW9ufWAgOiBlLm1lc3NhZ2UpO1xuICBlbHNlIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGBFYnVpbGQgQnVpbGRlcjogJHsoZSBhcyBFcnJvcikubWVzc2FnZSA/PyBlfWApO1xufVxuXG5mdW5jdGlvbiBpc1JlcG9Sb290KGRpcjogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBleGlzdHNTeW5jKHBhdGguam9pbihkaXIsICdwcm9maWxlcycsICdyZXBvX25hbWUnKSkgfHwgZXhpc3RzU3luYyhwYXRoLmpvaW4oZGlyLCAnbWV0YWRhdGEnLCAnbGF5b3V0LmNvbmYnKSk7XG59XG5cbmZ1bmN0aW9uIHJlcG9Sb290T2YoZmlsZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgbGV0IGRpciA9IHBhdGguZGlybmFtZShmaWxlKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCA1OyBpKyssIGRpciA9IHBhdGguZGlybmFtZShkaXIpKSBpZiAoaXNSZXBvUm9vdChkaXIpKSByZXR1cm4gZGlyO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiB0YXJnZXRFYnVpbGQodXJpPzogdnNjb2RlLlVyaSk6IHN0cmluZyB7XG4gIGNvbnN0IGZpbGUgPSB1cmk/LmZzUGF0aCA/PyB2c2NvZGUud2luZG93LmFjdGl2ZVRleHRFZGl0b3I/LmRvY3VtZW50LnVyaS5mc1BhdGg7XG4gIGlmICghZmlsZT8uZW5kc1dpdGgoJy5lYnVpbGQnKSkgdGhyb3cgbmV3IFVzZXJFcnJvcignTm8gZWJ1aWxkIGlzIHNlbGVjdGVkLicsICdPcGVuIGFuIC5lYnVpbGQgZmlsZSBvciByaWdodC1jbGljayBvbmUgaW4gdGhlIGV4cGxvcmVyLicsICduby1lYnVpbGQnKTtcbiAgcmV0dXJuIGZpbGU7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIG5ld0VidWlsZCh1cmk/OiB2c2NvZGUuVXJpKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IGJhc2UgPSB1cmk/LmZzUGF0aCA/PyAodnNjb2RlLndpbmRvdy5hY3RpdmVUZXh0RWRpdG9yID8gcGF0aC5kaXJuYW1lKHZzY29kZS53aW5kb3cuYWN0aXZlVGV4dEVkaXRvci5kb2N1bWVudC51cmkuZnNQYXRoKSA6IHZzY29kZS53b3Jrc3BhY2Uud29ya3NwYWNlRm9sZGVycz8uWzBdPy51cmkuZnNQYXRoKTtcbiAgaWYgKCFiYXNlKSB0aHJvdyBuZXcgVXNlckVycm9yKCdUaGVyZSBpcyBubyBmb2xkZXIgdG8gY3JlYXRlIHRoZSBlYnVpbGQgaW4uJywgJ09wZW4gYW4gb3ZlcmxheSBmb2xkZXIgZmlyc3QuJywgJ25vLWZvbGRlcicpO1xuICBjb25zdCBhdFJvb3QgPSBpc1JlcG9Sb290KGJhc2UpO1xuICBjb25zdCBhbnN3ZXIgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dJbnB1dEJveCh7XG4gICAgdGl0bGU6ICdOZXcgZWJ1aWxkJyxcbiAgICBwcm9tcHQ6IGF0Um9vdCA/ICdjYXRlZ29yeS9wYWNrYWdlLXZlcnNpb24sIGUuZy4gYXBwLW1pc2MvaGVsbG8tMS4wJyA6IGBwYWNrYWdlLXZlcnNpb24gaW5zaWRlICR7YmFzZX0sIGUuZy4gJHtwYXRoLmJhc2VuYW1lKGJhc2UpfS0xLjBgLFxuICAgIHZhbHVlOiBhdFJvb3QgPyAnJyA6IGAke3BhdGguYmFzZW5hbWUoYmFzZSl9LTEuMGAsXG4gIH0pO1xuICBpZiAoIWFuc3dlcikgcmV0dXJuO1xuICBjb25zdCBbY2F0ZWdvcnksIHBudl0gPSBhdFJvb3QgPyBhbnN3ZXIudHJpbSgpLnNwbGl0KCcvJykgOiBbJycsIGFuc3dlci50cmltKCldO1xuICBjb25zdCBzcGxpdCA9IHNwbGl0UGFja2FnZVZlcnNpb24ocG52ID8/ICcnKTtcbiAgaWYgKCFzcGxpdCB8fCAoYXRSb290ICYmICFjYXRlZ29yeSkpIHRocm93IG5ldyBVc2VyRXJyb3IoYFwiJHthbnN3ZXJ9XCIgaXMgbm90ICR7YXRSb290ID8gJ2NhdGVnb3J5LycgOiAnJ31wYWNrYWdlLXZlcnNpb24uYCwgJ0VudGVyIGUuZy4gYXBwLW1pc2MvaGVsbG8tMS4wLicsICdiYWQtbmFtZScpO1xuICBjb25zdCBmaWxlID0gYXRSb290ID8gcGF0aC5qb2luKGJhc2UsIGNhdGVnb3J5LCBzcGxpdC5wbiwgYCR7cG52fS5lYnVpbGRgKSA6IHBhdGguam9pbihiYXNlLCBgJHtwbnZ9LmVidWlsZGApO1xuICBzcGxpdEVidWlsZEZpbGUoZmlsZSk7XG4gIGF3YWl0IGZzLm1rZGlyKHBhdGguZGlybmFtZShmaWxlKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgZnMud3JpdGVGaWxlKGZpbGUsIGVidWlsZFNrZWxldG9uKHsgeWVhcjogbmV3IERhdGUoKS5nZXRGdWxsWWVhcigpIH0pLCB7IGZsYWc6ICd3eCcgfSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnRUVYSVNUJykgdGhyb3cgbmV3IFVzZXJFcnJvcihgJHtmaWxlfSBhbHJlYWR5IGV4aXN0cy5gLCAnQ2hvb3NlIGFub3RoZXIgdmVyc2lvbiwgb3IgdXNlIEJ1bXAgRWJ1aWxkIFZlcnNpb24uJywgJ2V4aXN0cycpO1xuICAgIHRocm93IGU7XG4gIH1cbiAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHZzY29kZS5VcmkuZmlsZShmaWxlKSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGJ1bXBFYnVpbGQodXJpPzogdnNjb2RlLlVyaSk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBmaWxlID0gdGFyZ2V0RWJ1aWxkKHVyaSk7XG4gIGNvbnN0IHsgcG4sIHB2ciB9ID0gc3BsaXRFYnVpbGRGaWxlKGZpbGUpO1xuICBjb25zdCB2ZXJzaW9uID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93SW5wdXRCb3goe1xuICAgIHRpdGxlOiBgQnVtcCAke3BufS0ke3B2cn1gLCBwcm9tcHQ6ICdOZXcgdmVyc2lvbicsIHZhbHVlOiBzdWdnZXN0ZWRCdW1wcyhwdnIpWzBdLFxuICAgIHZhbGlkYXRlSW5wdXQ6ICh2KSA9PiB7XG4gICAgICB0cnkge1xuICAgICAgICBidW1wZWRFYnVpbGRQYXRoKGZpbGUsIHYpO1xuICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICByZXR1cm4gKGUgYXMgRXJyb3IpLm1lc3NhZ2U7XG4gICAgICB9XG4gICAgfSxcbiAgfSk7XG4gIGlmICghdmVyc2lvbikgcmV0dXJuO1xuICBjb25zdCB0YXJnZXQgPSBidW1wZWRFYnVpbGRQYXRoKGZpbGUsIHZlcnNpb24pO1xuICBjb25zdCBkb2MgPSB2c2NvZGUud29ya3NwYWNlLnRleHREb2N1bWVudHMuZmluZCgoZCkgPT4gZC51cmkuZnNQYXRoID09PSBmaWxlKTtcbiAgaWYgKGRvYz8uaXNEaXJ0eSkgYXdhaXQgZG9jLnNhdmUoKTtcbiAgdHJ5IHtcbiAgICBhd2FpdCBmcy5jb3B5RmlsZShmaWxlLCB0YXJnZXQsIGNvbnN0YW50cy5DT1BZRklMRV9FWENMKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdFRVhJU1QnKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke3BhdGguYmFzZW5hbWUodGFyZ2V0KX0gYWxyZWFkeSBleGlzdHMuYCwgJ09wZW4gaXQsIG9yIGNob29zZSBhbm90aGVyIHZlcnNpb24uJywgJ2V4aXN0cycpO1xuICAgIHRocm93IGU7XG4gIH1cbiAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHZzY29kZS5VcmkuZmlsZSh0YXJnZXQpKTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gcnVuUGtnY2hlY2sodXJpPzogdnNjb2RlLlVyaSk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBmaWxlID0gdGFyZ2V0RWJ1aWxkKHVyaSk7XG4gIGNvbnN0IHJlcG8gPSByZXBvUm9vdE9mKGZpbGUpO1xuICBpZiAoIXJlcG8pIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZmlsZX0gaXMgbm90IGluc2lkZSBhbiBlYnVpbGQgcmVwb3NpdG9yeSAobm8gcHJvZmlsZXMvcmVwb19uYW1lIG9yIG1ldGFkYXRhL2xheW91dC5jb25mIGFib3ZlIGl0KS5gLCAnT3BlbiB0aGUgZWJ1aWxkIGZyb20gaXRzIG92ZXJsYXkuJywgJ25vdC1pbi1vdmVybGF5Jyk7XG4gIGNvbnN0IHBrZ0RpciA9IHBhdGguZGlybmFtZShmaWxlKTtcbiAgY29uc3QgYXJndiA9IHBrZ2NoZWNrQXJncyhyZXBvLCBwYXRoLmJhc2VuYW1lKHBhdGguZGlybmFtZShwa2dEaXIpKSwgcGF0aC5iYXNlbmFtZShwa2dEaXIpKTtcbiAgY29uc3Qgb3V0cHV0ID0gYXdhaXQgdnNjb2RlLndpbmRvdy53aXRoUHJvZ3Jlc3MoeyBsb2NhdGlvbjogdnNjb2RlLlByb2dyZXNzTG9jYXRpb24uV2luZG93LCB0aXRsZTogJ3BrZ2NoZWNrJyB9LCAoKSA9PlxuICAgIG5ldyBQcm9taXNlPHN0cmluZz4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgZXhlY0ZpbGUoYXJndlswXSwgYXJndi5zbGljZSgxKSwgeyBtYXhCdWZmZXI6IDY0ICogMTA0ODU3NiwgdGltZW91dDogMzAwMDAwIH0sIChlcnIsIHN0ZG91dCkgPT4ge1xuICAgICAgICBpZiAoKGVyciBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24gfCBudWxsKT8uY29kZSA9PT0gJ0VOT0VOVCcpIHtcbiAgICAgICAgICByZWplY3QobmV3IFVzZXJFcnJvcigncGtnY2hlY2sgaXMgbm90IGluc3RhbGxlZCBvbiB0aGlzIG1hY2hpbmUsIGFuZCBydW5uaW5nIGl0IGluIHRoZSBidWlsZGVyIGNvbnRhaW5lciBpcyBub3QgYXZhaWxhYmxlIGluIHRoaXMgdmVyc2lvbi4nLFxuICAgICAgICAgICAgJ0luc3RhbGwgcGtnY2hlY2sgKGRldi11dGlsL3BrZ2NoZWNrKSB3aGVyZSBWUyBDb2RlIHJ1bnMsIHRoZW4gcnVuIHRoZSBjb21tYW5kIGFnYWluLicsICdwa2djaGVjay1taXNzaW5nJykpO1xuICAgICAgICB9IGVsc2UgcmVzb2x2ZShzdGRvdXQpO1xuICAgICAgfSk7XG4gICAgfSkpO1xuICBjb25zdCBjbGllbnQgPSBhd2FpdCBsYW5ndWFnZUNsaWVudCgpO1xuICBpZiAoIWNsaWVudCkgdGhyb3cgbmV3IFVzZXJFcnJvcignVGhlIGVidWlsZCBsYW5ndWFnZSBzZXJ2ZXIgaXMgbm90IHJ1bm5pbmcsIHNvIHBrZ2NoZWNrIHJlc3VsdHMgY2Fubm90IGJlIHNob3duLicsICdSZWxvYWQgdGhlIHdpbmRvdy4nLCAnbm8tbGFuZ3VhZ2Utc2VydmVyJyk7XG4gIGF3YWl0IGNsaWVudC5zZW5kTm90aWZpY2F0aW9uKCdlYnVpbGQvcGtnY2hlY2tSZXN1bHRzJywgeyB1cmk6IHZzY29kZS5VcmkuZmlsZShmaWxlKS50b1N0cmluZygpLCBvdXRwdXQgfSk7XG4gIGNvbnN0IGNvdW50ID0gb3V0cHV0LnNwbGl0KCdcXG4nKS5maWx0ZXIoKGwpID0+IGwuc3RhcnRzV2l0aCgneycpKS5sZW5ndGg7XG4gIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKGBwa2djaGVjazogJHtjb3VudH0gcmVzdWx0JHtjb3VudCA9PT0gMSA/ICcnIDogJ3MnfSBmb3IgJHtwYXRoLmJhc2VuYW1lKHBrZ0Rpcil9OyBzZWUgdGhlIFByb2JsZW1zIHBhbmVsLmApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJFYnVpbGRDb21tYW5kcyhjb250ZXh0OiB2c2NvZGUuRXh0ZW5zaW9uQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB3cmFwID0gKGZuOiAodXJpPzogdnNjb2RlLlVyaSkgPT4gUHJvbWlzZTx2b2lkPikgPT4gKHVyaT86IHZzY29kZS5VcmkpID0+IGZuKHVyaSBpbnN0YW5jZW9mIHZzY29kZS5VcmkgPyB1cmkgOiB1bmRlZmluZWQpLmNhdGNoKHNob3dFcnJvcik7XG4gIGNvbnRleHQuc3Vic2NyaXB0aW9ucy5wdXNoKFxuICAgIHZzY29kZS5jb21tYW5kcy5yZWdpc3RlckNvbW1hbmQoJ2VidWlsZEJ1aWxkZXIubmV3RWJ1aWxkJywgd3JhcChuZXdFYnVpbGQpKSxcbiAgICB2c2NvZGUuY29tbWFuZHMucmVnaXN0ZXJDb21tYW5kKCdlYnVpbGRCdWlsZGVyLmJ1bXBFYnVpbGQnLCB3cmFwKGJ1bXBFYnVpbGQpKSxcbiAgICB2c2NvZGUuY29tbWFuZHMucmVnaXN0ZXJDb21tYW5kKCdlYnVpbGRCdWlsZGVyLnJ1blBrZ2NoZWNrJywgd3JhcChydW5Qa2djaGVjaykpLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxnQ0FBeUI7QUFDekIscUJBQXNEO0FBQ3RELFdBQXNCO0FBQ3RCLGFBQXdCO0FBQ3hCLGtCQUFvQztBQUNwQyw0QkFBa0Y7QUFDbEYsdUJBQXVDO0FBQ3ZDLHNCQUE2QjtBQUM3Qiw0QkFBK0I7QUFFL0IsU0FBUyxVQUFVLEdBQWtCO0FBQ25DLFVBQUksOEJBQVksQ0FBQyxFQUFHLE1BQUssT0FBTyxPQUFPLGlCQUFpQixFQUFFLFNBQVMsR0FBRyxFQUFFLE9BQU8sSUFBSSxFQUFFLE1BQU0sS0FBSyxFQUFFLE9BQU87QUFBQSxNQUNwRyxNQUFLLE9BQU8sT0FBTyxpQkFBaUIsbUJBQW9CLEVBQVksV0FBVyxDQUFDLEVBQUU7QUFDekY7QUFFQSxTQUFTLFdBQVcsS0FBc0I7QUFDeEMsYUFBTywyQkFBVyxLQUFLLEtBQUssS0FBSyxZQUFZLFdBQVcsQ0FBQyxTQUFLLDJCQUFXLEtBQUssS0FBSyxLQUFLLFlBQVksYUFBYSxDQUFDO0FBQ3BIO0FBRUEsU0FBUyxXQUFXLE1BQWtDO0FBQ3BELE1BQUksTUFBTSxLQUFLLFFBQVEsSUFBSTtBQUMzQixXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUssUUFBUSxHQUFHLEVBQUcsS0FBSSxXQUFXLEdBQUcsRUFBRyxRQUFPO0FBQ2pGLFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxLQUEwQjtBQUM5QyxRQUFNLE9BQU8sS0FBSyxVQUFVLE9BQU8sT0FBTyxrQkFBa0IsU0FBUyxJQUFJO0FBQ3pFLE1BQUksQ0FBQyxNQUFNLFNBQVMsU0FBUyxFQUFHLE9BQU0sSUFBSSwyQkFBVSwwQkFBMEIsNERBQTRELFdBQVc7QUFDckosU0FBTztBQUNUO0FBRUEsZUFBZSxVQUFVLEtBQWlDO0FBQ3hELFFBQU0sT0FBTyxLQUFLLFdBQVcsT0FBTyxPQUFPLG1CQUFtQixLQUFLLFFBQVEsT0FBTyxPQUFPLGlCQUFpQixTQUFTLElBQUksTUFBTSxJQUFJLE9BQU8sVUFBVSxtQkFBbUIsQ0FBQyxHQUFHLElBQUk7QUFDN0ssTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLDJCQUFVLCtDQUErQyxpQ0FBaUMsV0FBVztBQUMxSCxRQUFNLFNBQVMsV0FBVyxJQUFJO0FBQzlCLFFBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTyxhQUFhO0FBQUEsSUFDOUMsT0FBTztBQUFBLElBQ1AsUUFBUSxTQUFTLHNEQUFzRCwwQkFBMEIsSUFBSSxVQUFVLEtBQUssU0FBUyxJQUFJLENBQUM7QUFBQSxJQUNsSSxPQUFPLFNBQVMsS0FBSyxHQUFHLEtBQUssU0FBUyxJQUFJLENBQUM7QUFBQSxFQUM3QyxDQUFDO0FBQ0QsTUFBSSxDQUFDLE9BQVE7QUFDYixRQUFNLENBQUMsVUFBVSxHQUFHLElBQUksU0FBUyxPQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxDQUFDLElBQUksT0FBTyxLQUFLLENBQUM7QUFDOUUsUUFBTSxZQUFRLGlDQUFvQixPQUFPLEVBQUU7QUFDM0MsTUFBSSxDQUFDLFNBQVUsVUFBVSxDQUFDLFNBQVcsT0FBTSxJQUFJLDJCQUFVLElBQUksTUFBTSxZQUFZLFNBQVMsY0FBYyxFQUFFLG9CQUFvQixrQ0FBa0MsVUFBVTtBQUN4SyxRQUFNLE9BQU8sU0FBUyxLQUFLLEtBQUssTUFBTSxVQUFVLE1BQU0sSUFBSSxHQUFHLEdBQUcsU0FBUyxJQUFJLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxTQUFTO0FBQzVHLDZDQUFnQixJQUFJO0FBQ3BCLFFBQU0sZUFBQUEsU0FBRyxNQUFNLEtBQUssUUFBUSxJQUFJLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUN0RCxNQUFJO0FBQ0YsVUFBTSxlQUFBQSxTQUFHLFVBQVUsVUFBTSxzQ0FBZSxFQUFFLE9BQU0sb0JBQUksS0FBSyxHQUFFLFlBQVksRUFBRSxDQUFDLEdBQUcsRUFBRSxNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzdGLFNBQVMsR0FBRztBQUNWLFFBQUssRUFBNEIsU0FBUyxTQUFVLE9BQU0sSUFBSSwyQkFBVSxHQUFHLElBQUksb0JBQW9CLHVEQUF1RCxRQUFRO0FBQ2xLLFVBQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxPQUFPLE9BQU8saUJBQWlCLE9BQU8sSUFBSSxLQUFLLElBQUksQ0FBQztBQUM1RDtBQUVBLGVBQWUsV0FBVyxLQUFpQztBQUN6RCxRQUFNLE9BQU8sYUFBYSxHQUFHO0FBQzdCLFFBQU0sRUFBRSxJQUFJLElBQUksUUFBSSx1Q0FBZ0IsSUFBSTtBQUN4QyxRQUFNLFVBQVUsTUFBTSxPQUFPLE9BQU8sYUFBYTtBQUFBLElBQy9DLE9BQU8sUUFBUSxFQUFFLElBQUksR0FBRztBQUFBLElBQUksUUFBUTtBQUFBLElBQWUsV0FBTyxzQ0FBZSxHQUFHLEVBQUUsQ0FBQztBQUFBLElBQy9FLGVBQWUsQ0FBQyxNQUFNO0FBQ3BCLFVBQUk7QUFDRixvREFBaUIsTUFBTSxDQUFDO0FBQ3hCLGVBQU87QUFBQSxNQUNULFNBQVMsR0FBRztBQUNWLGVBQVEsRUFBWTtBQUFBLE1BQ3RCO0FBQUEsSUFDRjtBQUFBLEVBQ0YsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFTO0FBQ2QsUUFBTSxhQUFTLHdDQUFpQixNQUFNLE9BQU87QUFDN0MsUUFBTSxNQUFNLE9BQU8sVUFBVSxjQUFjLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxXQUFXLElBQUk7QUFDNUUsTUFBSSxLQUFLLFFBQVMsT0FBTSxJQUFJLEtBQUs7QUFDakMsTUFBSTtBQUNGLFVBQU0sZUFBQUEsU0FBRyxTQUFTLE1BQU0sUUFBUSx5QkFBVSxhQUFhO0FBQUEsRUFDekQsU0FBUyxHQUFHO0FBQ1YsUUFBSyxFQUE0QixTQUFTLFNBQVUsT0FBTSxJQUFJLDJCQUFVLEdBQUcsS0FBSyxTQUFTLE1BQU0sQ0FBQyxvQkFBb0IsdUNBQXVDLFFBQVE7QUFDbkssVUFBTTtBQUFBLEVBQ1I7QUFDQSxRQUFNLE9BQU8sT0FBTyxpQkFBaUIsT0FBTyxJQUFJLEtBQUssTUFBTSxDQUFDO0FBQzlEO0FBRUEsZUFBZSxZQUFZLEtBQWlDO0FBQzFELFFBQU0sT0FBTyxhQUFhLEdBQUc7QUFDN0IsUUFBTSxPQUFPLFdBQVcsSUFBSTtBQUM1QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksMkJBQVUsR0FBRyxJQUFJLGlHQUFpRyxxQ0FBcUMsZ0JBQWdCO0FBQzVMLFFBQU0sU0FBUyxLQUFLLFFBQVEsSUFBSTtBQUNoQyxRQUFNLFdBQU8sOEJBQWEsTUFBTSxLQUFLLFNBQVMsS0FBSyxRQUFRLE1BQU0sQ0FBQyxHQUFHLEtBQUssU0FBUyxNQUFNLENBQUM7QUFDMUYsUUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPLGFBQWEsRUFBRSxVQUFVLE9BQU8saUJBQWlCLFFBQVEsT0FBTyxXQUFXLEdBQUcsTUFDL0csSUFBSSxRQUFnQixDQUFDLFNBQVMsV0FBVztBQUN2Qyw0Q0FBUyxLQUFLLENBQUMsR0FBRyxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsV0FBVyxLQUFLLFNBQVMsU0FBUyxJQUFPLEdBQUcsQ0FBQyxLQUFLLFdBQVc7QUFDOUYsVUFBSyxLQUFzQyxTQUFTLFVBQVU7QUFDNUQsZUFBTyxJQUFJO0FBQUEsVUFBVTtBQUFBLFVBQ25CO0FBQUEsVUFBd0Y7QUFBQSxRQUFrQixDQUFDO0FBQUEsTUFDL0csTUFBTyxTQUFRLE1BQU07QUFBQSxJQUN2QixDQUFDO0FBQUEsRUFDSCxDQUFDLENBQUM7QUFDSixRQUFNLFNBQVMsVUFBTSxzQ0FBZTtBQUNwQyxNQUFJLENBQUMsT0FBUSxPQUFNLElBQUksMkJBQVUsbUZBQW1GLHNCQUFzQixvQkFBb0I7QUFDOUosUUFBTSxPQUFPLGlCQUFpQiwwQkFBMEIsRUFBRSxLQUFLLE9BQU8sSUFBSSxLQUFLLElBQUksRUFBRSxTQUFTLEdBQUcsT0FBTyxDQUFDO0FBQ3pHLFFBQU0sUUFBUSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxHQUFHLENBQUMsRUFBRTtBQUNsRSxPQUFLLE9BQU8sT0FBTyx1QkFBdUIsYUFBYSxLQUFLLFVBQVUsVUFBVSxJQUFJLEtBQUssR0FBRyxRQUFRLEtBQUssU0FBUyxNQUFNLENBQUMsMkJBQTJCO0FBQ3RKO0FBRU8sU0FBUyx1QkFBdUIsU0FBd0M7QUFDN0UsUUFBTSxPQUFPLENBQUMsT0FBNEMsQ0FBQyxRQUFxQixHQUFHLGVBQWUsT0FBTyxNQUFNLE1BQU0sTUFBUyxFQUFFLE1BQU0sU0FBUztBQUMvSSxVQUFRLGNBQWM7QUFBQSxJQUNwQixPQUFPLFNBQVMsZ0JBQWdCLDJCQUEyQixLQUFLLFNBQVMsQ0FBQztBQUFBLElBQzFFLE9BQU8sU0FBUyxnQkFBZ0IsNEJBQTRCLEtBQUssVUFBVSxDQUFDO0FBQUEsSUFDNUUsT0FBTyxTQUFTLGdCQUFnQiw2QkFBNkIsS0FBSyxXQUFXLENBQUM7QUFBQSxFQUNoRjtBQUNGOyIsCiAgIm5hbWVzIjogWyJmcyJdCn0K
