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
  const rel = atRoot ? /^([^/]+)\/(.+)-([^-]+(?:-r\d+)?)$/.exec(answer.trim()) ?? void 0 : void 0;
  const file = atRoot ? rel && path.join(base, rel[1], rel[2].replace(/-\d.*$/, ""), `${answer.trim().split("/")[1]}.ebuild`) : path.join(base, `${answer.trim()}.ebuild`);
  if (!file) throw new import_userError.UserError(`"${answer}" is not category/package-version.`, "Enter e.g. app-misc/hello-1.0.", "bad-name");
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9lYnVpbGRDb21tYW5kcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBFYnVpbGQgZWRpdGluZyBjb21tYW5kcywgYXMgZWJ1aWxkLW1vZGUgdXNlcnMga25vdyB0aGVtOiBuZXcgZWJ1aWxkIGZyb20gdGhlIHNrZWxldG9uLCBidW1wIHRoZVxuICogdmVyc2lvbiAoY29weSB0byBhIG5ldyB2ZXJzaW9uIGZpbGUpLCBydW4gcGtnY2hlY2sgYW5kIHNob3cgaXRzIHJlc3VsdHMgYXMgZGlhZ25vc3RpY3MuXG4gKi9cbmltcG9ydCB7IGV4ZWNGaWxlIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGNvbnN0YW50cywgZXhpc3RzU3luYywgcHJvbWlzZXMgYXMgZnMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCAqIGFzIHZzY29kZSBmcm9tICd2c2NvZGUnO1xuaW1wb3J0IHsgYnVtcGVkRWJ1aWxkUGF0aCwgZWJ1aWxkU2tlbGV0b24sIHNwbGl0RWJ1aWxkRmlsZSwgc3VnZ2VzdGVkQnVtcHMgfSBmcm9tICcuLi9jb3JlL2VidWlsZFNrZWxldG9uJztcbmltcG9ydCB7IGlzVXNlckVycm9yLCBVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBwa2djaGVja0FyZ3MgfSBmcm9tICcuLi9zZXJ2ZXIvcGtnY2hlY2snO1xuaW1wb3J0IHsgbGFuZ3VhZ2VDbGllbnQgfSBmcm9tICcuL2xhbmd1YWdlQ2xpZW50JztcblxuZnVuY3Rpb24gc2hvd0Vycm9yKGU6IHVua25vd24pOiB2b2lkIHtcbiAgaWYgKGlzVXNlckVycm9yKGUpKSB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShlLmFjdGlvbiA/IGAke2UubWVzc2FnZX0gJHtlLmFjdGlvbn1gIDogZS5tZXNzYWdlKTtcbiAgZWxzZSB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShgRWJ1aWxkIEJ1aWxkZXI6ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2UgPz8gZX1gKTtcbn1cblxuZnVuY3Rpb24gaXNSZXBvUm9vdChkaXI6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gZXhpc3RzU3luYyhwYXRoLmpvaW4oZGlyLCAncHJvZmlsZXMnLCAncmVwb19uYW1lJykpIHx8IGV4aXN0c1N5bmMocGF0aC5qb2luKGRpciwgJ21ldGFkYXRhJywgJ2xheW91dC5jb25mJykpO1xufVxuXG5mdW5jdGlvbiByZXBvUm9vdE9mKGZpbGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGxldCBkaXIgPSBwYXRoLmRpcm5hbWUoZmlsZSk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgNTsgaSsrLCBkaXIgPSBwYXRoLmRpcm5hbWUoZGlyKSkgaWYgKGlzUmVwb1Jvb3QoZGlyKSkgcmV0dXJuIGRpcjtcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gdGFyZ2V0RWJ1aWxkKHVyaT86IHZzY29kZS5VcmkpOiBzdHJpbmcge1xuICBjb25zdCBmaWxlID0gdXJpPy5mc1BhdGggPz8gdnNjb2RlLndpbmRvdy5hY3RpdmVUZXh0RWRpdG9yPy5kb2N1bWVudC51cmkuZnNQYXRoO1xuICBpZiAoIWZpbGU/LmVuZHNXaXRoKCcuZWJ1aWxkJykpIHRocm93IG5ldyBVc2VyRXJyb3IoJ05vIGVidWlsZCBpcyBzZWxlY3RlZC4nLCAnT3BlbiBhbiAuZWJ1aWxkIGZpbGUgb3IgcmlnaHQtY2xpY2sgb25lIGluIHRoZSBleHBsb3Jlci4nLCAnbm8tZWJ1aWxkJyk7XG4gIHJldHVybiBmaWxlO1xufVxuXG5hc3luYyBmdW5jdGlvbiBuZXdFYnVpbGQodXJpPzogdnNjb2RlLlVyaSk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBiYXNlID0gdXJpPy5mc1BhdGggPz8gKHZzY29kZS53aW5kb3cuYWN0aXZlVGV4dEVkaXRvciA/IHBhdGguZGlybmFtZSh2c2NvZGUud2luZG93LmFjdGl2ZVRleHRFZGl0b3IuZG9jdW1lbnQudXJpLmZzUGF0aCkgOiB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnM/LlswXT8udXJpLmZzUGF0aCk7XG4gIGlmICghYmFzZSkgdGhyb3cgbmV3IFVzZXJFcnJvcignVGhlcmUgaXMgbm8gZm9sZGVyIHRvIGNyZWF0ZSB0aGUgZWJ1aWxkIGluLicsICdPcGVuIGFuIG92ZXJsYXkgZm9sZGVyIGZpcnN0LicsICduby1mb2xkZXInKTtcbiAgY29uc3QgYXRSb290ID0gaXNSZXBvUm9vdChiYXNlKTtcbiAgY29uc3QgYW5zd2VyID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93SW5wdXRCb3goe1xuICAgIHRpdGxlOiAnTmV3IGVidWlsZCcsXG4gICAgcHJvbXB0OiBhdFJvb3QgPyAnY2F0ZWdvcnkvcGFja2FnZS12ZXJzaW9uLCBlLmcuIGFwcC1taXNjL2hlbGxvLTEuMCcgOiBgcGFja2FnZS12ZXJzaW9uIGluc2lkZSAke2Jhc2V9LCBlLmcuICR7cGF0aC5iYXNlbmFtZShiYXNlKX0tMS4wYCxcbiAgICB2YWx1ZTogYXRSb290ID8gJycgOiBgJHtwYXRoLmJhc2VuYW1lKGJhc2UpfS0xLjBgLFxuICB9KTtcbiAgaWYgKCFhbnN3ZXIpIHJldHVybjtcbiAgY29uc3QgcmVsID0gYXRSb290ID8gKC9eKFteL10rKVxcLyguKyktKFteLV0rKD86LXJcXGQrKT8pJC8uZXhlYyhhbnN3ZXIudHJpbSgpKSA/PyB1bmRlZmluZWQpIDogdW5kZWZpbmVkO1xuICBjb25zdCBmaWxlID0gYXRSb290XG4gICAgPyByZWwgJiYgcGF0aC5qb2luKGJhc2UsIHJlbFsxXSwgcmVsWzJdLnJlcGxhY2UoLy1cXGQuKiQvLCAnJyksIGAke2Fuc3dlci50cmltKCkuc3BsaXQoJy8nKVsxXX0uZWJ1aWxkYClcbiAgICA6IHBhdGguam9pbihiYXNlLCBgJHthbnN3ZXIudHJpbSgpfS5lYnVpbGRgKTtcbiAgaWYgKCFmaWxlKSB0aHJvdyBuZXcgVXNlckVycm9yKGBcIiR7YW5zd2VyfVwiIGlzIG5vdCBjYXRlZ29yeS9wYWNrYWdlLXZlcnNpb24uYCwgJ0VudGVyIGUuZy4gYXBwLW1pc2MvaGVsbG8tMS4wLicsICdiYWQtbmFtZScpO1xuICBzcGxpdEVidWlsZEZpbGUoZmlsZSk7XG4gIGF3YWl0IGZzLm1rZGlyKHBhdGguZGlybmFtZShmaWxlKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIHRyeSB7XG4gICAgYXdhaXQgZnMud3JpdGVGaWxlKGZpbGUsIGVidWlsZFNrZWxldG9uKHsgeWVhcjogbmV3IERhdGUoKS5nZXRGdWxsWWVhcigpIH0pLCB7IGZsYWc6ICd3eCcgfSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnRUVYSVNUJykgdGhyb3cgbmV3IFVzZXJFcnJvcihgJHtmaWxlfSBhbHJlYWR5IGV4aXN0cy5gLCAnQ2hvb3NlIGFub3RoZXIgdmVyc2lvbiwgb3IgdXNlIEJ1bXAgRWJ1aWxkIFZlcnNpb24uJywgJ2V4aXN0cycpO1xuICAgIHRocm93IGU7XG4gIH1cbiAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHZzY29kZS5VcmkuZmlsZShmaWxlKSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGJ1bXBFYnVpbGQodXJpPzogdnNjb2RlLlVyaSk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBmaWxlID0gdGFyZ2V0RWJ1aWxkKHVyaSk7XG4gIGNvbnN0IHsgcG4sIHB2ciB9ID0gc3BsaXRFYnVpbGRGaWxlKGZpbGUpO1xuICBjb25zdCB2ZXJzaW9uID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93SW5wdXRCb3goe1xuICAgIHRpdGxlOiBgQnVtcCAke3BufS0ke3B2cn1gLCBwcm9tcHQ6ICdOZXcgdmVyc2lvbicsIHZhbHVlOiBzdWdnZXN0ZWRCdW1wcyhwdnIpWzBdLFxuICAgIHZhbGlkYXRlSW5wdXQ6ICh2KSA9PiB7XG4gICAgICB0cnkge1xuICAgICAgICBidW1wZWRFYnVpbGRQYXRoKGZpbGUsIHYpO1xuICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICByZXR1cm4gKGUgYXMgRXJyb3IpLm1lc3NhZ2U7XG4gICAgICB9XG4gICAgfSxcbiAgfSk7XG4gIGlmICghdmVyc2lvbikgcmV0dXJuO1xuICBjb25zdCB0YXJnZXQgPSBidW1wZWRFYnVpbGRQYXRoKGZpbGUsIHZlcnNpb24pO1xuICBjb25zdCBkb2MgPSB2c2NvZGUud29ya3NwYWNlLnRleHREb2N1bWVudHMuZmluZCgoZCkgPT4gZC51cmkuZnNQYXRoID09PSBmaWxlKTtcbiAgaWYgKGRvYz8uaXNEaXJ0eSkgYXdhaXQgZG9jLnNhdmUoKTtcbiAgdHJ5IHtcbiAgICBhd2FpdCBmcy5jb3B5RmlsZShmaWxlLCB0YXJnZXQsIGNvbnN0YW50cy5DT1BZRklMRV9FWENMKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPT09ICdFRVhJU1QnKSB0aHJvdyBuZXcgVXNlckVycm9yKGAke3BhdGguYmFzZW5hbWUodGFyZ2V0KX0gYWxyZWFkeSBleGlzdHMuYCwgJ09wZW4gaXQsIG9yIGNob29zZSBhbm90aGVyIHZlcnNpb24uJywgJ2V4aXN0cycpO1xuICAgIHRocm93IGU7XG4gIH1cbiAgYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93VGV4dERvY3VtZW50KHZzY29kZS5VcmkuZmlsZSh0YXJnZXQpKTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gcnVuUGtnY2hlY2sodXJpPzogdnNjb2RlLlVyaSk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBmaWxlID0gdGFyZ2V0RWJ1aWxkKHVyaSk7XG4gIGNvbnN0IHJlcG8gPSByZXBvUm9vdE9mKGZpbGUpO1xuICBpZiAoIXJlcG8pIHRocm93IG5ldyBVc2VyRXJyb3IoYCR7ZmlsZX0gaXMgbm90IGluc2lkZSBhbiBlYnVpbGQgcmVwb3NpdG9yeSAobm8gcHJvZmlsZXMvcmVwb19uYW1lIG9yIG1ldGFkYXRhL2xheW91dC5jb25mIGFib3ZlIGl0KS5gLCAnT3BlbiB0aGUgZWJ1aWxkIGZyb20gaXRzIG92ZXJsYXkuJywgJ25vdC1pbi1vdmVybGF5Jyk7XG4gIGNvbnN0IHBrZ0RpciA9IHBhdGguZGlybmFtZShmaWxlKTtcbiAgY29uc3QgYXJndiA9IHBrZ2NoZWNrQXJncyhyZXBvLCBwYXRoLmJhc2VuYW1lKHBhdGguZGlybmFtZShwa2dEaXIpKSwgcGF0aC5iYXNlbmFtZShwa2dEaXIpKTtcbiAgY29uc3Qgb3V0cHV0ID0gYXdhaXQgdnNjb2RlLndpbmRvdy53aXRoUHJvZ3Jlc3MoeyBsb2NhdGlvbjogdnNjb2RlLlByb2dyZXNzTG9jYXRpb24uV2luZG93LCB0aXRsZTogJ3BrZ2NoZWNrJyB9LCAoKSA9PlxuICAgIG5ldyBQcm9taXNlPHN0cmluZz4oKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgZXhlY0ZpbGUoYXJndlswXSwgYXJndi5zbGljZSgxKSwgeyBtYXhCdWZmZXI6IDY0ICogMTA0ODU3NiwgdGltZW91dDogMzAwMDAwIH0sIChlcnIsIHN0ZG91dCkgPT4ge1xuICAgICAgICBpZiAoKGVyciBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24gfCBudWxsKT8uY29kZSA9PT0gJ0VOT0VOVCcpIHtcbiAgICAgICAgICByZWplY3QobmV3IFVzZXJFcnJvcigncGtnY2hlY2sgaXMgbm90IGluc3RhbGxlZCBvbiB0aGlzIG1hY2hpbmUsIGFuZCBydW5uaW5nIGl0IGluIHRoZSBidWlsZGVyIGNvbnRhaW5lciBpcyBub3QgYXZhaWxhYmxlIGluIHRoaXMgdmVyc2lvbi4nLFxuICAgICAgICAgICAgJ0luc3RhbGwgcGtnY2hlY2sgKGRldi11dGlsL3BrZ2NoZWNrKSB3aGVyZSBWUyBDb2RlIHJ1bnMsIHRoZW4gcnVuIHRoZSBjb21tYW5kIGFnYWluLicsICdwa2djaGVjay1taXNzaW5nJykpO1xuICAgICAgICB9IGVsc2UgcmVzb2x2ZShzdGRvdXQpO1xuICAgICAgfSk7XG4gICAgfSkpO1xuICBjb25zdCBjbGllbnQgPSBhd2FpdCBsYW5ndWFnZUNsaWVudCgpO1xuICBpZiAoIWNsaWVudCkgdGhyb3cgbmV3IFVzZXJFcnJvcignVGhlIGVidWlsZCBsYW5ndWFnZSBzZXJ2ZXIgaXMgbm90IHJ1bm5pbmcsIHNvIHBrZ2NoZWNrIHJlc3VsdHMgY2Fubm90IGJlIHNob3duLicsICdSZWxvYWQgdGhlIHdpbmRvdy4nLCAnbm8tbGFuZ3VhZ2Utc2VydmVyJyk7XG4gIGF3YWl0IGNsaWVudC5zZW5kTm90aWZpY2F0aW9uKCdlYnVpbGQvcGtnY2hlY2tSZXN1bHRzJywgeyB1cmk6IHZzY29kZS5VcmkuZmlsZShmaWxlKS50b1N0cmluZygpLCBvdXRwdXQgfSk7XG4gIGNvbnN0IGNvdW50ID0gb3V0cHV0LnNwbGl0KCdcXG4nKS5maWx0ZXIoKGwpID0+IGwuc3RhcnRzV2l0aCgneycpKS5sZW5ndGg7XG4gIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93SW5mb3JtYXRpb25NZXNzYWdlKGBwa2djaGVjazogJHtjb3VudH0gcmVzdWx0JHtjb3VudCA9PT0gMSA/ICcnIDogJ3MnfSBmb3IgJHtwYXRoLmJhc2VuYW1lKHBrZ0Rpcil9OyBzZWUgdGhlIFByb2JsZW1zIHBhbmVsLmApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJFYnVpbGRDb21tYW5kcyhjb250ZXh0OiB2c2NvZGUuRXh0ZW5zaW9uQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB3cmFwID0gKGZuOiAodXJpPzogdnNjb2RlLlVyaSkgPT4gUHJvbWlzZTx2b2lkPikgPT4gKHVyaT86IHZzY29kZS5VcmkpID0+IGZuKHVyaSBpbnN0YW5jZW9mIHZzY29kZS5VcmkgPyB1cmkgOiB1bmRlZmluZWQpLmNhdGNoKHNob3dFcnJvcik7XG4gIGNvbnRleHQuc3Vic2NyaXB0aW9ucy5wdXNoKFxuICAgIHZzY29kZS5jb21tYW5kcy5yZWdpc3RlckNvbW1hbmQoJ2VidWlsZEJ1aWxkZXIubmV3RWJ1aWxkJywgd3JhcChuZXdFYnVpbGQpKSxcbiAgICB2c2NvZGUuY29tbWFuZHMucmVnaXN0ZXJDb21tYW5kKCdlYnVpbGRCdWlsZGVyLmJ1bXBFYnVpbGQnLCB3cmFwKGJ1bXBFYnVpbGQpKSxcbiAgICB2c2NvZGUuY29tbWFuZHMucmVnaXN0ZXJDb21tYW5kKCdlYnVpbGRCdWlsZGVyLnJ1blBrZ2NoZWNrJywgd3JhcChydW5Qa2djaGVjaykpLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxnQ0FBeUI7QUFDekIscUJBQXNEO0FBQ3RELFdBQXNCO0FBQ3RCLGFBQXdCO0FBQ3hCLDRCQUFrRjtBQUNsRix1QkFBdUM7QUFDdkMsc0JBQTZCO0FBQzdCLDRCQUErQjtBQUUvQixTQUFTLFVBQVUsR0FBa0I7QUFDbkMsVUFBSSw4QkFBWSxDQUFDLEVBQUcsTUFBSyxPQUFPLE9BQU8saUJBQWlCLEVBQUUsU0FBUyxHQUFHLEVBQUUsT0FBTyxJQUFJLEVBQUUsTUFBTSxLQUFLLEVBQUUsT0FBTztBQUFBLE1BQ3BHLE1BQUssT0FBTyxPQUFPLGlCQUFpQixtQkFBb0IsRUFBWSxXQUFXLENBQUMsRUFBRTtBQUN6RjtBQUVBLFNBQVMsV0FBVyxLQUFzQjtBQUN4QyxhQUFPLDJCQUFXLEtBQUssS0FBSyxLQUFLLFlBQVksV0FBVyxDQUFDLFNBQUssMkJBQVcsS0FBSyxLQUFLLEtBQUssWUFBWSxhQUFhLENBQUM7QUFDcEg7QUFFQSxTQUFTLFdBQVcsTUFBa0M7QUFDcEQsTUFBSSxNQUFNLEtBQUssUUFBUSxJQUFJO0FBQzNCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSyxRQUFRLEdBQUcsRUFBRyxLQUFJLFdBQVcsR0FBRyxFQUFHLFFBQU87QUFDakYsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQTBCO0FBQzlDLFFBQU0sT0FBTyxLQUFLLFVBQVUsT0FBTyxPQUFPLGtCQUFrQixTQUFTLElBQUk7QUFDekUsTUFBSSxDQUFDLE1BQU0sU0FBUyxTQUFTLEVBQUcsT0FBTSxJQUFJLDJCQUFVLDBCQUEwQiw0REFBNEQsV0FBVztBQUNySixTQUFPO0FBQ1Q7QUFFQSxlQUFlLFVBQVUsS0FBaUM7QUFDeEQsUUFBTSxPQUFPLEtBQUssV0FBVyxPQUFPLE9BQU8sbUJBQW1CLEtBQUssUUFBUSxPQUFPLE9BQU8saUJBQWlCLFNBQVMsSUFBSSxNQUFNLElBQUksT0FBTyxVQUFVLG1CQUFtQixDQUFDLEdBQUcsSUFBSTtBQUM3SyxNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksMkJBQVUsK0NBQStDLGlDQUFpQyxXQUFXO0FBQzFILFFBQU0sU0FBUyxXQUFXLElBQUk7QUFDOUIsUUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUM5QyxPQUFPO0FBQUEsSUFDUCxRQUFRLFNBQVMsc0RBQXNELDBCQUEwQixJQUFJLFVBQVUsS0FBSyxTQUFTLElBQUksQ0FBQztBQUFBLElBQ2xJLE9BQU8sU0FBUyxLQUFLLEdBQUcsS0FBSyxTQUFTLElBQUksQ0FBQztBQUFBLEVBQzdDLENBQUM7QUFDRCxNQUFJLENBQUMsT0FBUTtBQUNiLFFBQU0sTUFBTSxTQUFVLG9DQUFvQyxLQUFLLE9BQU8sS0FBSyxDQUFDLEtBQUssU0FBYTtBQUM5RixRQUFNLE9BQU8sU0FDVCxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxFQUFFLFFBQVEsVUFBVSxFQUFFLEdBQUcsR0FBRyxPQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsU0FBUyxJQUNwRyxLQUFLLEtBQUssTUFBTSxHQUFHLE9BQU8sS0FBSyxDQUFDLFNBQVM7QUFDN0MsTUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLDJCQUFVLElBQUksTUFBTSxzQ0FBc0Msa0NBQWtDLFVBQVU7QUFDM0gsNkNBQWdCLElBQUk7QUFDcEIsUUFBTSxlQUFBQSxTQUFHLE1BQU0sS0FBSyxRQUFRLElBQUksR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ3RELE1BQUk7QUFDRixVQUFNLGVBQUFBLFNBQUcsVUFBVSxVQUFNLHNDQUFlLEVBQUUsT0FBTSxvQkFBSSxLQUFLLEdBQUUsWUFBWSxFQUFFLENBQUMsR0FBRyxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0YsU0FBUyxHQUFHO0FBQ1YsUUFBSyxFQUE0QixTQUFTLFNBQVUsT0FBTSxJQUFJLDJCQUFVLEdBQUcsSUFBSSxvQkFBb0IsdURBQXVELFFBQVE7QUFDbEssVUFBTTtBQUFBLEVBQ1I7QUFDQSxRQUFNLE9BQU8sT0FBTyxpQkFBaUIsT0FBTyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQzVEO0FBRUEsZUFBZSxXQUFXLEtBQWlDO0FBQ3pELFFBQU0sT0FBTyxhQUFhLEdBQUc7QUFDN0IsUUFBTSxFQUFFLElBQUksSUFBSSxRQUFJLHVDQUFnQixJQUFJO0FBQ3hDLFFBQU0sVUFBVSxNQUFNLE9BQU8sT0FBTyxhQUFhO0FBQUEsSUFDL0MsT0FBTyxRQUFRLEVBQUUsSUFBSSxHQUFHO0FBQUEsSUFBSSxRQUFRO0FBQUEsSUFBZSxXQUFPLHNDQUFlLEdBQUcsRUFBRSxDQUFDO0FBQUEsSUFDL0UsZUFBZSxDQUFDLE1BQU07QUFDcEIsVUFBSTtBQUNGLG9EQUFpQixNQUFNLENBQUM7QUFDeEIsZUFBTztBQUFBLE1BQ1QsU0FBUyxHQUFHO0FBQ1YsZUFBUSxFQUFZO0FBQUEsTUFDdEI7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVM7QUFDZCxRQUFNLGFBQVMsd0NBQWlCLE1BQU0sT0FBTztBQUM3QyxRQUFNLE1BQU0sT0FBTyxVQUFVLGNBQWMsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFdBQVcsSUFBSTtBQUM1RSxNQUFJLEtBQUssUUFBUyxPQUFNLElBQUksS0FBSztBQUNqQyxNQUFJO0FBQ0YsVUFBTSxlQUFBQSxTQUFHLFNBQVMsTUFBTSxRQUFRLHlCQUFVLGFBQWE7QUFBQSxFQUN6RCxTQUFTLEdBQUc7QUFDVixRQUFLLEVBQTRCLFNBQVMsU0FBVSxPQUFNLElBQUksMkJBQVUsR0FBRyxLQUFLLFNBQVMsTUFBTSxDQUFDLG9CQUFvQix1Q0FBdUMsUUFBUTtBQUNuSyxVQUFNO0FBQUEsRUFDUjtBQUNBLFFBQU0sT0FBTyxPQUFPLGlCQUFpQixPQUFPLElBQUksS0FBSyxNQUFNLENBQUM7QUFDOUQ7QUFFQSxlQUFlLFlBQVksS0FBaUM7QUFDMUQsUUFBTSxPQUFPLGFBQWEsR0FBRztBQUM3QixRQUFNLE9BQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSwyQkFBVSxHQUFHLElBQUksaUdBQWlHLHFDQUFxQyxnQkFBZ0I7QUFDNUwsUUFBTSxTQUFTLEtBQUssUUFBUSxJQUFJO0FBQ2hDLFFBQU0sV0FBTyw4QkFBYSxNQUFNLEtBQUssU0FBUyxLQUFLLFFBQVEsTUFBTSxDQUFDLEdBQUcsS0FBSyxTQUFTLE1BQU0sQ0FBQztBQUMxRixRQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU8sYUFBYSxFQUFFLFVBQVUsT0FBTyxpQkFBaUIsUUFBUSxPQUFPLFdBQVcsR0FBRyxNQUMvRyxJQUFJLFFBQWdCLENBQUMsU0FBUyxXQUFXO0FBQ3ZDLDRDQUFTLEtBQUssQ0FBQyxHQUFHLEtBQUssTUFBTSxDQUFDLEdBQUcsRUFBRSxXQUFXLEtBQUssU0FBUyxTQUFTLElBQU8sR0FBRyxDQUFDLEtBQUssV0FBVztBQUM5RixVQUFLLEtBQXNDLFNBQVMsVUFBVTtBQUM1RCxlQUFPLElBQUk7QUFBQSxVQUFVO0FBQUEsVUFDbkI7QUFBQSxVQUF3RjtBQUFBLFFBQWtCLENBQUM7QUFBQSxNQUMvRyxNQUFPLFNBQVEsTUFBTTtBQUFBLElBQ3ZCLENBQUM7QUFBQSxFQUNILENBQUMsQ0FBQztBQUNKLFFBQU0sU0FBUyxVQUFNLHNDQUFlO0FBQ3BDLE1BQUksQ0FBQyxPQUFRLE9BQU0sSUFBSSwyQkFBVSxtRkFBbUYsc0JBQXNCLG9CQUFvQjtBQUM5SixRQUFNLE9BQU8saUJBQWlCLDBCQUEwQixFQUFFLEtBQUssT0FBTyxJQUFJLEtBQUssSUFBSSxFQUFFLFNBQVMsR0FBRyxPQUFPLENBQUM7QUFDekcsUUFBTSxRQUFRLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLEdBQUcsQ0FBQyxFQUFFO0FBQ2xFLE9BQUssT0FBTyxPQUFPLHVCQUF1QixhQUFhLEtBQUssVUFBVSxVQUFVLElBQUksS0FBSyxHQUFHLFFBQVEsS0FBSyxTQUFTLE1BQU0sQ0FBQywyQkFBMkI7QUFDdEo7QUFFTyxTQUFTLHVCQUF1QixTQUF3QztBQUM3RSxRQUFNLE9BQU8sQ0FBQyxPQUE0QyxDQUFDLFFBQXFCLEdBQUcsZUFBZSxPQUFPLE1BQU0sTUFBTSxNQUFTLEVBQUUsTUFBTSxTQUFTO0FBQy9JLFVBQVEsY0FBYztBQUFBLElBQ3BCLE9BQU8sU0FBUyxnQkFBZ0IsMkJBQTJCLEtBQUssU0FBUyxDQUFDO0FBQUEsSUFDMUUsT0FBTyxTQUFTLGdCQUFnQiw0QkFBNEIsS0FBSyxVQUFVLENBQUM7QUFBQSxJQUM1RSxPQUFPLFNBQVMsZ0JBQWdCLDZCQUE2QixLQUFLLFdBQVcsQ0FBQztBQUFBLEVBQ2hGO0FBQ0Y7IiwKICAibmFtZXMiOiBbImZzIl0KfQo=
