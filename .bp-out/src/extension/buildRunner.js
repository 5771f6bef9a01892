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
var buildRunner_exports = {};
__export(buildRunner_exports, {
  BuildRunner: () => BuildRunner
});
module.exports = __toCommonJS(buildRunner_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_buildEbuild = require("../docker/buildEbuild");
var import_userError = require("../core/userError");
var import_builds = require("./builds");
var import_buildTerminal = require("./buildTerminal");
var import_buildProgress = require("./buildProgress");
var import_userErrors = require("./userErrors");
class BuildRunner {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  /** The ebuild a command was invoked on: the explorer/editor argument, else the active editor. */
  resolveTarget(arg) {
    if (arg instanceof vscode.Uri) return arg;
    return vscode.window.activeTextEditor?.document.uri;
  }
  /** Checks the user can fix before anything runs; returns the ebuild's file path, or undefined after saying why. */
  async checkTarget(uri) {
    if (!vscode.workspace.isTrusted) {
      const choice = await vscode.window.showWarningMessage(
        "Builds are disabled in Restricted Mode: a build runs this workspace's ebuilds in a container. Trust the workspace to build.",
        "Manage Workspace Trust"
      );
      if (choice) await vscode.commands.executeCommand("workbench.trust.manage");
      return void 0;
    }
    if (!uri) {
      void vscode.window.showErrorMessage("No ebuild to build. Open an .ebuild file, or right-click one in the Explorer and choose a Build command.");
      return void 0;
    }
    const name = path.basename(uri.path);
    if (!name.endsWith(".ebuild")) {
      void vscode.window.showErrorMessage(`"${name}" is not an ebuild. Builds start from a <package>-<version>.ebuild file in an overlay.`);
      return void 0;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (uri.scheme !== "file" || doc?.isUntitled) {
      const choice = await vscode.window.showErrorMessage(
        `"${name}" is not saved on disk. Save it inside an overlay (category/package/${name}) first: the container reads files from disk.`,
        "Save As\u2026"
      );
      if (choice) await vscode.commands.executeCommand("workbench.action.files.saveAs");
      return void 0;
    }
    if (doc?.isDirty) {
      const choice = await vscode.window.showWarningMessage(
        `"${name}" has unsaved changes. The container reads the saved file.`,
        { modal: false },
        "Save and Build",
        "Build Saved Version"
      );
      if (!choice) return void 0;
      if (choice === "Save and Build" && !await doc.save()) {
        void vscode.window.showErrorMessage(`Could not save "${name}"; the build did not start.`);
        return void 0;
      }
    }
    return uri.fsPath;
  }
  /** Entry point of the Build commands. */
  async buildCommand(arg, profile) {
    const ebuildPath = await this.checkTarget(this.resolveTarget(arg));
    if (!ebuildPath) return void 0;
    const chosen = profile ?? this.ctx.config.forResource(vscode.Uri.file(ebuildPath)).profile;
    const running = this.ctx.builds.runningFor(ebuildPath);
    if (running) {
      const choice = await vscode.window.showWarningMessage(
        `${running.atom} is already building (${running.profile}, ${running.state}). Two builds of one ebuild would share its caches and artifacts.`,
        "Cancel It and Build",
        "Build When It Finishes",
        "Show Output"
      );
      if (choice === "Show Output") this.ctx.showTerminal(running.id);
      if (choice === "Cancel It and Build") await this.cancel(running);
      else if (choice === "Build When It Finishes") await this.whenFinished(running);
      else return void 0;
    }
    return this.start(ebuildPath, chosen);
  }
  async start(ebuildPath, profile, opts = {}) {
    const uri = vscode.Uri.file(ebuildPath);
    const config = this.ctx.config.forResource(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const record = this.ctx.builds.create({
      atom: (0, import_builds.atomOfEbuild)(ebuildPath),
      ebuildPath,
      workspaceFolder: folder?.uri.fsPath,
      profile,
      engine: config.engine ?? (process.env.DOCKER_HOST || "local")
    });
    await this.ctx.setLastBuild({ ebuildPath, profile });
    const terminal = opts.makeTerminal?.(record) ?? new import_buildTerminal.BuildTerminal(record, () => void this.cancel(record));
    this.ctx.terminals.set(record.id, terminal);
    if (!opts.makeTerminal) terminal.show();
    this.ctx.log.info(`build ${record.id}: ${record.atom} profile=${profile} engine=${record.engine}`);
    let handle;
    try {
      const workspaceFolders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
      handle = await (0, import_buildEbuild.buildEbuild)(ebuildPath, { workspaceFolders, config: { ...config, profile }, profile, logDir: this.ctx.logDir });
    } catch (e) {
      record.state = "error";
      record.endedAt = Date.now();
      record.message = (0, import_userErrors.describeError)(e);
      terminal.header();
      terminal.footer();
      this.ctx.builds.changed(record);
      if ((0, import_userError.isUserError)(e) && e.code === "engine-unreachable") this.ctx.setEngineReachable(false, e.message);
      void (0, import_userErrors.showError)(e, this.ctx.log);
      return record;
    }
    record.handle = handle;
    record.image = handle.image ?? handle.spec?.image;
    record.argv = handle.argv ?? handle.spec?.argv;
    this.ctx.setEngineReachable(true);
    this.follow(record, handle, terminal);
    if (!opts.quiet) this.showProgress(record);
    if (record.cancelRequested) void handle.cancel();
    return record;
  }
  follow(record, handle, terminal) {
    const tracker = new import_buildProgress.ProgressTracker({
      progress: (p) => {
        record.progress = p;
        this.ctx.builds.changed(record);
      },
      failure: (summary) => {
        record.message = summary;
      }
    });
    const unsubscribe = handle.onEvent((e) => {
      switch (e.type) {
        case "state":
          record.state = e.state;
          if (e.state === "running") terminal.header();
          else if (!(0, import_builds.isFinished)(record)) terminal.status(`${e.state}${e.detail ? `: ${e.detail}` : ""}`);
          this.ctx.builds.changed(record);
          break;
        case "output":
          terminal.header();
          terminal.output(e.data);
          record.transcript.push(e.data.toString("utf8"));
          tracker.push(e.data);
          break;
        case "pull-progress":
          if (e.status && !e.current) terminal.status(`pull: ${e.status}${e.id ? ` ${e.id}` : ""}`);
          break;
        default:
          break;
      }
    });
    handle.done.then(
      (result) => {
        record.result = result;
        record.state = result.state;
        record.image ??= result.image;
        record.argv ??= result.argv;
        if (result.error) record.message = (0, import_userErrors.describeError)(result.error);
        if (result.error && (0, import_userError.isUserError)(result.error) && result.error.code === "engine-unreachable") {
          this.ctx.setEngineReachable(false, result.error.message);
        }
      },
      (e) => {
        record.state = "error";
        record.message = (0, import_userErrors.describeError)(e);
      }
    ).finally(() => {
      unsubscribe();
      tracker.end();
      record.endedAt = Date.now();
      terminal.header();
      terminal.footer();
      this.ctx.builds.changed(record);
      this.ctx.log.info(`build ${record.id}: ${record.state}${record.result?.logPath ? ` log=${record.result.logPath}` : ""}`);
      void this.announce(record);
    });
  }
  /** A cancellable notification that follows the build until it ends. */
  showProgress(record) {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Building ${record.atom}`, cancellable: true },
      (progress, token) => new Promise((resolve) => {
        const report = () => progress.report({ message: (0, import_buildProgress.describeProgress)(record.progress, `${record.state}\u2026`) });
        report();
        const sub = this.ctx.builds.onDidChange((b) => {
          if (b && b !== record) return;
          if ((0, import_builds.isFinished)(record)) {
            sub.dispose();
            resolve();
          } else report();
        });
        token.onCancellationRequested(() => void this.cancel(record));
        if ((0, import_builds.isFinished)(record)) {
          sub.dispose();
          resolve();
        }
      })
    );
  }
  /** Only failures interrupt the user; a success shows in the tree, the status bar and the terminal. */
  async announce(record) {
    if (record.state !== "failed" && record.state !== "error") return;
    const choice = await vscode.window.showErrorMessage(
      `Build of ${record.atom} ${record.state === "failed" ? "failed" : "stopped"}${record.message ? `: ${record.message}` : "."}`,
      "Open Build Log",
      "Show Output"
    );
    if (choice === "Open Build Log") await vscode.commands.executeCommand("ebuildBuilder.openBuildLog", record.id);
    if (choice === "Show Output") this.ctx.showTerminal(record.id);
  }
  /** Resolves when the record reaches a final state. */
  whenFinished(record) {
    if ((0, import_builds.isFinished)(record)) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.ctx.builds.onDidChange(() => {
        if ((0, import_builds.isFinished)(record)) {
          sub.dispose();
          resolve();
        }
      });
    });
  }
  async cancel(record) {
    if ((0, import_builds.isFinished)(record)) return;
    const terminal = this.ctx.terminals.get(record.id);
    terminal?.status("cancelling: stopping the container\u2026");
    if (!record.handle) {
      record.cancelRequested = true;
      return;
    }
    await record.handle.cancel();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildRunner
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFJ1bm5lci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBGcm9tIGEgY2xpY2sgdG8gYSBydW5uaW5nIGJ1aWxkOiBjaGVja3Mgd2hhdCB0aGUgdXNlciBjYW4gZml4IGZpcnN0IChub3QgYW4gZWJ1aWxkLCB1bnNhdmVkLCBhbHJlYWR5IGJ1aWxkaW5nKSxcbiAqIHN0YXJ0cyB0aGUgYnVpbGQgZW5naW5lLCBhbmQgd2lyZXMgaXRzIGV2ZW50cyBpbnRvIHRoZSByZWNvcmQsIHRoZSB0ZXJtaW5hbCBhbmQgdGhlIHByb2dyZXNzIG5vdGlmaWNhdGlvbi5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBidWlsZEVidWlsZCB9IGZyb20gJy4uL2RvY2tlci9idWlsZEVidWlsZCc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkSGFuZGxlLCBSdW5FdmVudCB9IGZyb20gJy4uL2NvcmUvYnVpbGRSdW4nO1xuaW1wb3J0IHsgaXNVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gJy4vY3R4JztcbmltcG9ydCB7IGF0b21PZkVidWlsZCwgQnVpbGRSZWNvcmQsIGlzRmluaXNoZWQgfSBmcm9tICcuL2J1aWxkcyc7XG5pbXBvcnQgeyBCdWlsZFRlcm1pbmFsIH0gZnJvbSAnLi9idWlsZFRlcm1pbmFsJztcbmltcG9ydCB7IGRlc2NyaWJlUHJvZ3Jlc3MsIFByb2dyZXNzVHJhY2tlciB9IGZyb20gJy4vYnVpbGRQcm9ncmVzcyc7XG5pbXBvcnQgeyBkZXNjcmliZUVycm9yLCBzaG93RXJyb3IgfSBmcm9tICcuL3VzZXJFcnJvcnMnO1xuXG4vKiogV2hhdCBzb21lIGJ1aWxkZXIgZW5naW5lcyBhZGQgdG8gdGhlIGhhbmRsZTsgdXNlZCBmb3IgdGhlIHRlcm1pbmFsIGhlYWRlciB3aGVuIHByZXNlbnQuICovXG50eXBlIEhhbmRsZURldGFpbHMgPSBCdWlsZEhhbmRsZSAmIHsgaW1hZ2U/OiBzdHJpbmc7IGFyZ3Y/OiBzdHJpbmdbXTsgc3BlYz86IHsgaW1hZ2U/OiBzdHJpbmc7IGFyZ3Y/OiBzdHJpbmdbXSB9OyBlbmdpbmVVcmw/OiBzdHJpbmcgfTtcblxuZXhwb3J0IGludGVyZmFjZSBTdGFydE9wdGlvbnMge1xuICAvKiogQSB0YXNrIHN1cHBsaWVzIGl0cyBvd24gdGVybWluYWwuICovXG4gIG1ha2VUZXJtaW5hbD86IChyZWNvcmQ6IEJ1aWxkUmVjb3JkKSA9PiBCdWlsZFRlcm1pbmFsO1xuICAvKiogRG8gbm90IHNob3cgdGhlIHByb2dyZXNzIG5vdGlmaWNhdGlvbiAodGFza3Mgc2hvdyB0aGVpciBvd24pLiAqL1xuICBxdWlldD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBjbGFzcyBCdWlsZFJ1bm5lciB7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgY3R4OiBDdHgpIHt9XG5cbiAgLyoqIFRoZSBlYnVpbGQgYSBjb21tYW5kIHdhcyBpbnZva2VkIG9uOiB0aGUgZXhwbG9yZXIvZWRpdG9yIGFyZ3VtZW50LCBlbHNlIHRoZSBhY3RpdmUgZWRpdG9yLiAqL1xuICByZXNvbHZlVGFyZ2V0KGFyZz86IHVua25vd24pOiB2c2NvZGUuVXJpIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAoYXJnIGluc3RhbmNlb2YgdnNjb2RlLlVyaSkgcmV0dXJuIGFyZztcbiAgICByZXR1cm4gdnNjb2RlLndpbmRvdy5hY3RpdmVUZXh0RWRpdG9yPy5kb2N1bWVudC51cmk7XG4gIH1cblxuICAvKiogQ2hlY2tzIHRoZSB1c2VyIGNhbiBmaXggYmVmb3JlIGFueXRoaW5nIHJ1bnM7IHJldHVybnMgdGhlIGVidWlsZCdzIGZpbGUgcGF0aCwgb3IgdW5kZWZpbmVkIGFmdGVyIHNheWluZyB3aHkuICovXG4gIGFzeW5jIGNoZWNrVGFyZ2V0KHVyaTogdnNjb2RlLlVyaSB8IHVuZGVmaW5lZCk6IFByb21pc2U8c3RyaW5nIHwgdW5kZWZpbmVkPiB7XG4gICAgaWYgKCF2c2NvZGUud29ya3NwYWNlLmlzVHJ1c3RlZCkge1xuICAgICAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93V2FybmluZ01lc3NhZ2UoXG4gICAgICAgICdCdWlsZHMgYXJlIGRpc2FibGVkIGluIFJlc3RyaWN0ZWQgTW9kZTogYSBidWlsZCBydW5zIHRoaXMgd29ya3NwYWNlXFwncyBlYnVpbGRzIGluIGEgY29udGFpbmVyLiBUcnVzdCB0aGUgd29ya3NwYWNlIHRvIGJ1aWxkLicsXG4gICAgICAgICdNYW5hZ2UgV29ya3NwYWNlIFRydXN0Jyk7XG4gICAgICBpZiAoY2hvaWNlKSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC50cnVzdC5tYW5hZ2UnKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGlmICghdXJpKSB7XG4gICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZSgnTm8gZWJ1aWxkIHRvIGJ1aWxkLiBPcGVuIGFuIC5lYnVpbGQgZmlsZSwgb3IgcmlnaHQtY2xpY2sgb25lIGluIHRoZSBFeHBsb3JlciBhbmQgY2hvb3NlIGEgQnVpbGQgY29tbWFuZC4nKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGNvbnN0IG5hbWUgPSBwYXRoLmJhc2VuYW1lKHVyaS5wYXRoKTtcbiAgICBpZiAoIW5hbWUuZW5kc1dpdGgoJy5lYnVpbGQnKSkge1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dFcnJvck1lc3NhZ2UoYFwiJHtuYW1lfVwiIGlzIG5vdCBhbiBlYnVpbGQuIEJ1aWxkcyBzdGFydCBmcm9tIGEgPHBhY2thZ2U+LTx2ZXJzaW9uPi5lYnVpbGQgZmlsZSBpbiBhbiBvdmVybGF5LmApO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgY29uc3QgZG9jID0gdnNjb2RlLndvcmtzcGFjZS50ZXh0RG9jdW1lbnRzLmZpbmQoKGQpID0+IGQudXJpLnRvU3RyaW5nKCkgPT09IHVyaS50b1N0cmluZygpKTtcbiAgICBpZiAodXJpLnNjaGVtZSAhPT0gJ2ZpbGUnIHx8IGRvYz8uaXNVbnRpdGxlZCkge1xuICAgICAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKFxuICAgICAgICBgXCIke25hbWV9XCIgaXMgbm90IHNhdmVkIG9uIGRpc2suIFNhdmUgaXQgaW5zaWRlIGFuIG92ZXJsYXkgKGNhdGVnb3J5L3BhY2thZ2UvJHtuYW1lfSkgZmlyc3Q6IHRoZSBjb250YWluZXIgcmVhZHMgZmlsZXMgZnJvbSBkaXNrLmAsICdTYXZlIEFzXHUyMDI2Jyk7XG4gICAgICBpZiAoY2hvaWNlKSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ3dvcmtiZW5jaC5hY3Rpb24uZmlsZXMuc2F2ZUFzJyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBpZiAoZG9jPy5pc0RpcnR5KSB7XG4gICAgICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShcbiAgICAgICAgYFwiJHtuYW1lfVwiIGhhcyB1bnNhdmVkIGNoYW5nZXMuIFRoZSBjb250YWluZXIgcmVhZHMgdGhlIHNhdmVkIGZpbGUuYCwgeyBtb2RhbDogZmFsc2UgfSwgJ1NhdmUgYW5kIEJ1aWxkJywgJ0J1aWxkIFNhdmVkIFZlcnNpb24nKTtcbiAgICAgIGlmICghY2hvaWNlKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgaWYgKGNob2ljZSA9PT0gJ1NhdmUgYW5kIEJ1aWxkJyAmJiAhKGF3YWl0IGRvYy5zYXZlKCkpKSB7XG4gICAgICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGBDb3VsZCBub3Qgc2F2ZSBcIiR7bmFtZX1cIjsgdGhlIGJ1aWxkIGRpZCBub3Qgc3RhcnQuYCk7XG4gICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiB1cmkuZnNQYXRoO1xuICB9XG5cbiAgLyoqIEVudHJ5IHBvaW50IG9mIHRoZSBCdWlsZCBjb21tYW5kcy4gKi9cbiAgYXN5bmMgYnVpbGRDb21tYW5kKGFyZzogdW5rbm93biwgcHJvZmlsZT86IHN0cmluZyk6IFByb21pc2U8QnVpbGRSZWNvcmQgfCB1bmRlZmluZWQ+IHtcbiAgICBjb25zdCBlYnVpbGRQYXRoID0gYXdhaXQgdGhpcy5jaGVja1RhcmdldCh0aGlzLnJlc29sdmVUYXJnZXQoYXJnKSk7XG4gICAgaWYgKCFlYnVpbGRQYXRoKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGNob3NlbiA9IHByb2ZpbGUgPz8gdGhpcy5jdHguY29uZmlnLmZvclJlc291cmNlKHZzY29kZS5VcmkuZmlsZShlYnVpbGRQYXRoKSkucHJvZmlsZTtcbiAgICBjb25zdCBydW5uaW5nID0gdGhpcy5jdHguYnVpbGRzLnJ1bm5pbmdGb3IoZWJ1aWxkUGF0aCk7XG4gICAgaWYgKHJ1bm5pbmcpIHtcbiAgICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKFxuICAgICAgICBgJHtydW5uaW5nLmF0b219IGlzIGFscmVhZHkgYnVpbGRpbmcgKCR7cnVubmluZy5wcm9maWxlfSwgJHtydW5uaW5nLnN0YXRlfSkuIFR3byBidWlsZHMgb2Ygb25lIGVidWlsZCB3b3VsZCBzaGFyZSBpdHMgY2FjaGVzIGFuZCBhcnRpZmFjdHMuYCxcbiAgICAgICAgJ0NhbmNlbCBJdCBhbmQgQnVpbGQnLCAnQnVpbGQgV2hlbiBJdCBGaW5pc2hlcycsICdTaG93IE91dHB1dCcpO1xuICAgICAgaWYgKGNob2ljZSA9PT0gJ1Nob3cgT3V0cHV0JykgdGhpcy5jdHguc2hvd1Rlcm1pbmFsKHJ1bm5pbmcuaWQpO1xuICAgICAgaWYgKGNob2ljZSA9PT0gJ0NhbmNlbCBJdCBhbmQgQnVpbGQnKSBhd2FpdCB0aGlzLmNhbmNlbChydW5uaW5nKTtcbiAgICAgIGVsc2UgaWYgKGNob2ljZSA9PT0gJ0J1aWxkIFdoZW4gSXQgRmluaXNoZXMnKSBhd2FpdCB0aGlzLndoZW5GaW5pc2hlZChydW5uaW5nKTtcbiAgICAgIGVsc2UgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuc3RhcnQoZWJ1aWxkUGF0aCwgY2hvc2VuKTtcbiAgfVxuXG4gIGFzeW5jIHN0YXJ0KGVidWlsZFBhdGg6IHN0cmluZywgcHJvZmlsZTogc3RyaW5nLCBvcHRzOiBTdGFydE9wdGlvbnMgPSB7fSk6IFByb21pc2U8QnVpbGRSZWNvcmQ+IHtcbiAgICBjb25zdCB1cmkgPSB2c2NvZGUuVXJpLmZpbGUoZWJ1aWxkUGF0aCk7XG4gICAgY29uc3QgY29uZmlnID0gdGhpcy5jdHguY29uZmlnLmZvclJlc291cmNlKHVyaSk7XG4gICAgY29uc3QgZm9sZGVyID0gdnNjb2RlLndvcmtzcGFjZS5nZXRXb3Jrc3BhY2VGb2xkZXIodXJpKTtcbiAgICBjb25zdCByZWNvcmQgPSB0aGlzLmN0eC5idWlsZHMuY3JlYXRlKHtcbiAgICAgIGF0b206IGF0b21PZkVidWlsZChlYnVpbGRQYXRoKSwgZWJ1aWxkUGF0aCwgd29ya3NwYWNlRm9sZGVyOiBmb2xkZXI/LnVyaS5mc1BhdGgsIHByb2ZpbGUsXG4gICAgICBlbmdpbmU6IGNvbmZpZy5lbmdpbmUgPz8gKHByb2Nlc3MuZW52LkRPQ0tFUl9IT1NUIHx8ICdsb2NhbCcpLFxuICAgIH0pO1xuICAgIGF3YWl0IHRoaXMuY3R4LnNldExhc3RCdWlsZCh7IGVidWlsZFBhdGgsIHByb2ZpbGUgfSk7XG4gICAgY29uc3QgdGVybWluYWwgPSBvcHRzLm1ha2VUZXJtaW5hbD8uKHJlY29yZCkgPz8gbmV3IEJ1aWxkVGVybWluYWwocmVjb3JkLCAoKSA9PiB2b2lkIHRoaXMuY2FuY2VsKHJlY29yZCkpO1xuICAgIHRoaXMuY3R4LnRlcm1pbmFscy5zZXQocmVjb3JkLmlkLCB0ZXJtaW5hbCk7XG4gICAgaWYgKCFvcHRzLm1ha2VUZXJtaW5hbCkgdGVybWluYWwuc2hvdygpO1xuICAgIHRoaXMuY3R4LmxvZy5pbmZvKGBidWlsZCAke3JlY29yZC5pZH06ICR7cmVjb3JkLmF0b219IHByb2ZpbGU9JHtwcm9maWxlfSBlbmdpbmU9JHtyZWNvcmQuZW5naW5lfWApO1xuXG4gICAgbGV0IGhhbmRsZTogSGFuZGxlRGV0YWlscztcbiAgICB0cnkge1xuICAgICAgY29uc3Qgd29ya3NwYWNlRm9sZGVycyA9ICh2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnMgPz8gW10pLm1hcCgoZikgPT4gZi51cmkuZnNQYXRoKTtcbiAgICAgIGhhbmRsZSA9IChhd2FpdCBidWlsZEVidWlsZChlYnVpbGRQYXRoLCB7IHdvcmtzcGFjZUZvbGRlcnMsIGNvbmZpZzogeyAuLi5jb25maWcsIHByb2ZpbGUgfSwgcHJvZmlsZSwgbG9nRGlyOiB0aGlzLmN0eC5sb2dEaXIgfSkpIGFzIEhhbmRsZURldGFpbHM7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgcmVjb3JkLnN0YXRlID0gJ2Vycm9yJztcbiAgICAgIHJlY29yZC5lbmRlZEF0ID0gRGF0ZS5ub3coKTtcbiAgICAgIHJlY29yZC5tZXNzYWdlID0gZGVzY3JpYmVFcnJvcihlKTtcbiAgICAgIHRlcm1pbmFsLmhlYWRlcigpO1xuICAgICAgdGVybWluYWwuZm9vdGVyKCk7XG4gICAgICB0aGlzLmN0eC5idWlsZHMuY2hhbmdlZChyZWNvcmQpO1xuICAgICAgaWYgKGlzVXNlckVycm9yKGUpICYmIGUuY29kZSA9PT0gJ2VuZ2luZS11bnJlYWNoYWJsZScpIHRoaXMuY3R4LnNldEVuZ2luZVJlYWNoYWJsZShmYWxzZSwgZS5tZXNzYWdlKTtcbiAgICAgIHZvaWQgc2hvd0Vycm9yKGUsIHRoaXMuY3R4LmxvZyk7XG4gICAgICByZXR1cm4gcmVjb3JkO1xuICAgIH1cbiAgICByZWNvcmQuaGFuZGxlID0gaGFuZGxlO1xuICAgIHJlY29yZC5pbWFnZSA9IGhhbmRsZS5pbWFnZSA/PyBoYW5kbGUuc3BlYz8uaW1hZ2U7XG4gICAgcmVjb3JkLmFyZ3YgPSBoYW5kbGUuYXJndiA/PyBoYW5kbGUuc3BlYz8uYXJndjtcbiAgICB0aGlzLmN0eC5zZXRFbmdpbmVSZWFjaGFibGUodHJ1ZSk7XG4gICAgdGhpcy5mb2xsb3cocmVjb3JkLCBoYW5kbGUsIHRlcm1pbmFsKTtcbiAgICBpZiAoIW9wdHMucXVpZXQpIHRoaXMuc2hvd1Byb2dyZXNzKHJlY29yZCk7XG4gICAgaWYgKHJlY29yZC5jYW5jZWxSZXF1ZXN0ZWQpIHZvaWQgaGFuZGxlLmNhbmNlbCgpO1xuICAgIHJldHVybiByZWNvcmQ7XG4gIH1cblxuICBwcml2YXRlIGZvbGxvdyhyZWNvcmQ6IEJ1aWxkUmVjb3JkLCBoYW5kbGU6IEJ1aWxkSGFuZGxlLCB0ZXJtaW5hbDogQnVpbGRUZXJtaW5hbCk6IHZvaWQge1xuICAgIGNvbnN0IHRyYWNrZXIgPSBuZXcgUHJvZ3Jlc3NUcmFja2VyKHtcbiAgICAgIHByb2dyZXNzOiAocCkgPT4geyByZWNvcmQucHJvZ3Jlc3MgPSBwOyB0aGlzLmN0eC5idWlsZHMuY2hhbmdlZChyZWNvcmQpOyB9LFxuICAgICAgZmFpbHVyZTogKHN1bW1hcnkpID0+IHsgcmVjb3JkLm1lc3NhZ2UgPSBzdW1tYXJ5OyB9LFxuICAgIH0pO1xuICAgIGNvbnN0IHVuc3Vic2NyaWJlID0gaGFuZGxlLm9uRXZlbnQoKGU6IFJ1bkV2ZW50KSA9PiB7XG4gICAgICBzd2l0Y2ggKGUudHlwZSkge1xuICAgICAgICBjYXNlICdzdGF0ZSc6XG4gICAgICAgICAgcmVjb3JkLnN0YXRlID0gZS5zdGF0ZTtcbiAgICAgICAgICBpZiAoZS5zdGF0ZSA9PT0gJ3J1bm5pbmcnKSB0ZXJtaW5hbC5oZWFkZXIoKTtcbiAgICAgICAgICBlbHNlIGlmICghaXNGaW5pc2hlZChyZWNvcmQpKSB0ZXJtaW5hbC5zdGF0dXMoYCR7ZS5zdGF0ZX0ke2UuZGV0YWlsID8gYDogJHtlLmRldGFpbH1gIDogJyd9YCk7XG4gICAgICAgICAgdGhpcy5jdHguYnVpbGRzLmNoYW5nZWQocmVjb3JkKTtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgY2FzZSAnb3V0cHV0JzpcbiAgICAgICAgICB0ZXJtaW5hbC5oZWFkZXIoKTtcbiAgICAgICAgICB0ZXJtaW5hbC5vdXRwdXQoZS5kYXRhKTtcbiAgICAgICAgICByZWNvcmQudHJhbnNjcmlwdC5wdXNoKGUuZGF0YS50b1N0cmluZygndXRmOCcpKTtcbiAgICAgICAgICB0cmFja2VyLnB1c2goZS5kYXRhKTtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgY2FzZSAncHVsbC1wcm9ncmVzcyc6XG4gICAgICAgICAgaWYgKGUuc3RhdHVzICYmICFlLmN1cnJlbnQpIHRlcm1pbmFsLnN0YXR1cyhgcHVsbDogJHtlLnN0YXR1c30ke2UuaWQgPyBgICR7ZS5pZH1gIDogJyd9YCk7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIGRlZmF1bHQ6XG4gICAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgfSk7XG4gICAgaGFuZGxlLmRvbmUudGhlbihcbiAgICAgIChyZXN1bHQpID0+IHtcbiAgICAgICAgcmVjb3JkLnJlc3VsdCA9IHJlc3VsdDtcbiAgICAgICAgcmVjb3JkLnN0YXRlID0gcmVzdWx0LnN0YXRlO1xuICAgICAgICByZWNvcmQuaW1hZ2UgPz89IHJlc3VsdC5pbWFnZTtcbiAgICAgICAgcmVjb3JkLmFyZ3YgPz89IHJlc3VsdC5hcmd2O1xuICAgICAgICBpZiAocmVzdWx0LmVycm9yKSByZWNvcmQubWVzc2FnZSA9IGRlc2NyaWJlRXJyb3IocmVzdWx0LmVycm9yKTtcbiAgICAgICAgaWYgKHJlc3VsdC5lcnJvciAmJiBpc1VzZXJFcnJvcihyZXN1bHQuZXJyb3IpICYmIHJlc3VsdC5lcnJvci5jb2RlID09PSAnZW5naW5lLXVucmVhY2hhYmxlJykge1xuICAgICAgICAgIHRoaXMuY3R4LnNldEVuZ2luZVJlYWNoYWJsZShmYWxzZSwgcmVzdWx0LmVycm9yLm1lc3NhZ2UpO1xuICAgICAgICB9XG4gICAgICB9LFxuICAgICAgKGU6IHVua25vd24pID0+IHtcbiAgICAgICAgcmVjb3JkLnN0YXRlID0gJ2Vycm9yJztcbiAgICAgICAgcmVjb3JkLm1lc3NhZ2UgPSBkZXNjcmliZUVycm9yKGUpO1xuICAgICAgfSxcbiAgICApLmZpbmFsbHkoKCkgPT4ge1xuICAgICAgdW5zdWJzY3JpYmUoKTtcbiAgICAgIHRyYWNrZXIuZW5kKCk7XG4gICAgICByZWNvcmQuZW5kZWRBdCA9IERhdGUubm93KCk7XG4gICAgICB0ZXJtaW5hbC5oZWFkZXIoKTtcbiAgICAgIHRlcm1pbmFsLmZvb3RlcigpO1xuICAgICAgdGhpcy5jdHguYnVpbGRzLmNoYW5nZWQocmVjb3JkKTtcbiAgICAgIHRoaXMuY3R4LmxvZy5pbmZvKGBidWlsZCAke3JlY29yZC5pZH06ICR7cmVjb3JkLnN0YXRlfSR7cmVjb3JkLnJlc3VsdD8ubG9nUGF0aCA/IGAgbG9nPSR7cmVjb3JkLnJlc3VsdC5sb2dQYXRofWAgOiAnJ31gKTtcbiAgICAgIHZvaWQgdGhpcy5hbm5vdW5jZShyZWNvcmQpO1xuICAgIH0pO1xuICB9XG5cbiAgLyoqIEEgY2FuY2VsbGFibGUgbm90aWZpY2F0aW9uIHRoYXQgZm9sbG93cyB0aGUgYnVpbGQgdW50aWwgaXQgZW5kcy4gKi9cbiAgcHJpdmF0ZSBzaG93UHJvZ3Jlc3MocmVjb3JkOiBCdWlsZFJlY29yZCk6IHZvaWQge1xuICAgIHZvaWQgdnNjb2RlLndpbmRvdy53aXRoUHJvZ3Jlc3MoXG4gICAgICB7IGxvY2F0aW9uOiB2c2NvZGUuUHJvZ3Jlc3NMb2NhdGlvbi5Ob3RpZmljYXRpb24sIHRpdGxlOiBgQnVpbGRpbmcgJHtyZWNvcmQuYXRvbX1gLCBjYW5jZWxsYWJsZTogdHJ1ZSB9LFxuICAgICAgKHByb2dyZXNzLCB0b2tlbikgPT4gbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHtcbiAgICAgICAgY29uc3QgcmVwb3J0ID0gKCkgPT4gcHJvZ3Jlc3MucmVwb3J0KHsgbWVzc2FnZTogZGVzY3JpYmVQcm9ncmVzcyhyZWNvcmQucHJvZ3Jlc3MsIGAke3JlY29yZC5zdGF0ZX1cdTIwMjZgKSB9KTtcbiAgICAgICAgcmVwb3J0KCk7XG4gICAgICAgIGNvbnN0IHN1YiA9IHRoaXMuY3R4LmJ1aWxkcy5vbkRpZENoYW5nZSgoYikgPT4ge1xuICAgICAgICAgIGlmIChiICYmIGIgIT09IHJlY29yZCkgcmV0dXJuO1xuICAgICAgICAgIGlmIChpc0ZpbmlzaGVkKHJlY29yZCkpIHsgc3ViLmRpc3Bvc2UoKTsgcmVzb2x2ZSgpOyB9IGVsc2UgcmVwb3J0KCk7XG4gICAgICAgIH0pO1xuICAgICAgICB0b2tlbi5vbkNhbmNlbGxhdGlvblJlcXVlc3RlZCgoKSA9PiB2b2lkIHRoaXMuY2FuY2VsKHJlY29yZCkpO1xuICAgICAgICBpZiAoaXNGaW5pc2hlZChyZWNvcmQpKSB7IHN1Yi5kaXNwb3NlKCk7IHJlc29sdmUoKTsgfVxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuXG4gIC8qKiBPbmx5IGZhaWx1cmVzIGludGVycnVwdCB0aGUgdXNlcjsgYSBzdWNjZXNzIHNob3dzIGluIHRoZSB0cmVlLCB0aGUgc3RhdHVzIGJhciBhbmQgdGhlIHRlcm1pbmFsLiAqL1xuICBwcml2YXRlIGFzeW5jIGFubm91bmNlKHJlY29yZDogQnVpbGRSZWNvcmQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAocmVjb3JkLnN0YXRlICE9PSAnZmFpbGVkJyAmJiByZWNvcmQuc3RhdGUgIT09ICdlcnJvcicpIHJldHVybjtcbiAgICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dFcnJvck1lc3NhZ2UoXG4gICAgICBgQnVpbGQgb2YgJHtyZWNvcmQuYXRvbX0gJHtyZWNvcmQuc3RhdGUgPT09ICdmYWlsZWQnID8gJ2ZhaWxlZCcgOiAnc3RvcHBlZCd9JHtyZWNvcmQubWVzc2FnZSA/IGA6ICR7cmVjb3JkLm1lc3NhZ2V9YCA6ICcuJ31gLFxuICAgICAgJ09wZW4gQnVpbGQgTG9nJywgJ1Nob3cgT3V0cHV0Jyk7XG4gICAgaWYgKGNob2ljZSA9PT0gJ09wZW4gQnVpbGQgTG9nJykgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCdlYnVpbGRCdWlsZGVyLm9wZW5CdWlsZExvZycsIHJlY29yZC5pZCk7XG4gICAgaWYgKGNob2ljZSA9PT0gJ1Nob3cgT3V0cHV0JykgdGhpcy5jdHguc2hvd1Rlcm1pbmFsKHJlY29yZC5pZCk7XG4gIH1cblxuICAvKiogUmVzb2x2ZXMgd2hlbiB0aGUgcmVjb3JkIHJlYWNoZXMgYSBmaW5hbCBzdGF0ZS4gKi9cbiAgd2hlbkZpbmlzaGVkKHJlY29yZDogQnVpbGRSZWNvcmQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAoaXNGaW5pc2hlZChyZWNvcmQpKSByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKCk7XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiB7XG4gICAgICBjb25zdCBzdWIgPSB0aGlzLmN0eC5idWlsZHMub25EaWRDaGFuZ2UoKCkgPT4ge1xuICAgICAgICBpZiAoaXNGaW5pc2hlZChyZWNvcmQpKSB7IHN1Yi5kaXNwb3NlKCk7IHJlc29sdmUoKTsgfVxuICAgICAgfSk7XG4gICAgfSk7XG4gIH1cblxuICBhc3luYyBjYW5jZWwocmVjb3JkOiBCdWlsZFJlY29yZCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmIChpc0ZpbmlzaGVkKHJlY29yZCkpIHJldHVybjtcbiAgICBjb25zdCB0ZXJtaW5hbCA9IHRoaXMuY3R4LnRlcm1pbmFscy5nZXQocmVjb3JkLmlkKTtcbiAgICB0ZXJtaW5hbD8uc3RhdHVzKCdjYW5jZWxsaW5nOiBzdG9wcGluZyB0aGUgY29udGFpbmVyXHUyMDI2Jyk7XG4gICAgaWYgKCFyZWNvcmQuaGFuZGxlKSB7XG4gICAgICAvLyBTdGlsbCBwcmVwYXJpbmcgKHB1bGxpbmcsIHVwbG9hZGluZyk6IGNhbmNlbCBhcyBzb29uIGFzIHRoZSBlbmdpbmUgaGFuZHMgYmFjayB0aGUgYnVpbGQuXG4gICAgICByZWNvcmQuY2FuY2VsUmVxdWVzdGVkID0gdHJ1ZTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgYXdhaXQgcmVjb3JkLmhhbmRsZS5jYW5jZWwoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxXQUFzQjtBQUN0QixhQUF3QjtBQUN4Qix5QkFBNEI7QUFFNUIsdUJBQTRCO0FBRTVCLG9CQUFzRDtBQUN0RCwyQkFBOEI7QUFDOUIsMkJBQWtEO0FBQ2xELHdCQUF5QztBQVlsQyxNQUFNLFlBQVk7QUFBQSxFQUN2QixZQUE2QixLQUFVO0FBQVY7QUFBQSxFQUFXO0FBQUEsRUFBWDtBQUFBO0FBQUEsRUFHN0IsY0FBYyxLQUF1QztBQUNuRCxRQUFJLGVBQWUsT0FBTyxJQUFLLFFBQU87QUFDdEMsV0FBTyxPQUFPLE9BQU8sa0JBQWtCLFNBQVM7QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHQSxNQUFNLFlBQVksS0FBMEQ7QUFDMUUsUUFBSSxDQUFDLE9BQU8sVUFBVSxXQUFXO0FBQy9CLFlBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLFFBQ2pDO0FBQUEsUUFDQTtBQUFBLE1BQXdCO0FBQzFCLFVBQUksT0FBUSxPQUFNLE9BQU8sU0FBUyxlQUFlLHdCQUF3QjtBQUN6RSxhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksQ0FBQyxLQUFLO0FBQ1IsV0FBSyxPQUFPLE9BQU8saUJBQWlCLDBHQUEwRztBQUM5SSxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sT0FBTyxLQUFLLFNBQVMsSUFBSSxJQUFJO0FBQ25DLFFBQUksQ0FBQyxLQUFLLFNBQVMsU0FBUyxHQUFHO0FBQzdCLFdBQUssT0FBTyxPQUFPLGlCQUFpQixJQUFJLElBQUksd0ZBQXdGO0FBQ3BJLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxNQUFNLE9BQU8sVUFBVSxjQUFjLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLE1BQU0sSUFBSSxTQUFTLENBQUM7QUFDMUYsUUFBSSxJQUFJLFdBQVcsVUFBVSxLQUFLLFlBQVk7QUFDNUMsWUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPO0FBQUEsUUFDakMsSUFBSSxJQUFJLHVFQUF1RSxJQUFJO0FBQUEsUUFBaUQ7QUFBQSxNQUFVO0FBQ2hKLFVBQUksT0FBUSxPQUFNLE9BQU8sU0FBUyxlQUFlLCtCQUErQjtBQUNoRixhQUFPO0FBQUEsSUFDVDtBQUNBLFFBQUksS0FBSyxTQUFTO0FBQ2hCLFlBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLFFBQ2pDLElBQUksSUFBSTtBQUFBLFFBQThELEVBQUUsT0FBTyxNQUFNO0FBQUEsUUFBRztBQUFBLFFBQWtCO0FBQUEsTUFBcUI7QUFDakksVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLFdBQVcsb0JBQW9CLENBQUUsTUFBTSxJQUFJLEtBQUssR0FBSTtBQUN0RCxhQUFLLE9BQU8sT0FBTyxpQkFBaUIsbUJBQW1CLElBQUksNkJBQTZCO0FBQ3hGLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUNBLFdBQU8sSUFBSTtBQUFBLEVBQ2I7QUFBQTtBQUFBLEVBR0EsTUFBTSxhQUFhLEtBQWMsU0FBb0Q7QUFDbkYsVUFBTSxhQUFhLE1BQU0sS0FBSyxZQUFZLEtBQUssY0FBYyxHQUFHLENBQUM7QUFDakUsUUFBSSxDQUFDLFdBQVksUUFBTztBQUN4QixVQUFNLFNBQVMsV0FBVyxLQUFLLElBQUksT0FBTyxZQUFZLE9BQU8sSUFBSSxLQUFLLFVBQVUsQ0FBQyxFQUFFO0FBQ25GLFVBQU0sVUFBVSxLQUFLLElBQUksT0FBTyxXQUFXLFVBQVU7QUFDckQsUUFBSSxTQUFTO0FBQ1gsWUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPO0FBQUEsUUFDakMsR0FBRyxRQUFRLElBQUkseUJBQXlCLFFBQVEsT0FBTyxLQUFLLFFBQVEsS0FBSztBQUFBLFFBQ3pFO0FBQUEsUUFBdUI7QUFBQSxRQUEwQjtBQUFBLE1BQWE7QUFDaEUsVUFBSSxXQUFXLGNBQWUsTUFBSyxJQUFJLGFBQWEsUUFBUSxFQUFFO0FBQzlELFVBQUksV0FBVyxzQkFBdUIsT0FBTSxLQUFLLE9BQU8sT0FBTztBQUFBLGVBQ3RELFdBQVcseUJBQTBCLE9BQU0sS0FBSyxhQUFhLE9BQU87QUFBQSxVQUN4RSxRQUFPO0FBQUEsSUFDZDtBQUNBLFdBQU8sS0FBSyxNQUFNLFlBQVksTUFBTTtBQUFBLEVBQ3RDO0FBQUEsRUFFQSxNQUFNLE1BQU0sWUFBb0IsU0FBaUIsT0FBcUIsQ0FBQyxHQUF5QjtBQUM5RixVQUFNLE1BQU0sT0FBTyxJQUFJLEtBQUssVUFBVTtBQUN0QyxVQUFNLFNBQVMsS0FBSyxJQUFJLE9BQU8sWUFBWSxHQUFHO0FBQzlDLFVBQU0sU0FBUyxPQUFPLFVBQVUsbUJBQW1CLEdBQUc7QUFDdEQsVUFBTSxTQUFTLEtBQUssSUFBSSxPQUFPLE9BQU87QUFBQSxNQUNwQyxVQUFNLDRCQUFhLFVBQVU7QUFBQSxNQUFHO0FBQUEsTUFBWSxpQkFBaUIsUUFBUSxJQUFJO0FBQUEsTUFBUTtBQUFBLE1BQ2pGLFFBQVEsT0FBTyxXQUFXLFFBQVEsSUFBSSxlQUFlO0FBQUEsSUFDdkQsQ0FBQztBQUNELFVBQU0sS0FBSyxJQUFJLGFBQWEsRUFBRSxZQUFZLFFBQVEsQ0FBQztBQUNuRCxVQUFNLFdBQVcsS0FBSyxlQUFlLE1BQU0sS0FBSyxJQUFJLG1DQUFjLFFBQVEsTUFBTSxLQUFLLEtBQUssT0FBTyxNQUFNLENBQUM7QUFDeEcsU0FBSyxJQUFJLFVBQVUsSUFBSSxPQUFPLElBQUksUUFBUTtBQUMxQyxRQUFJLENBQUMsS0FBSyxhQUFjLFVBQVMsS0FBSztBQUN0QyxTQUFLLElBQUksSUFBSSxLQUFLLFNBQVMsT0FBTyxFQUFFLEtBQUssT0FBTyxJQUFJLFlBQVksT0FBTyxXQUFXLE9BQU8sTUFBTSxFQUFFO0FBRWpHLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxvQkFBb0IsT0FBTyxVQUFVLG9CQUFvQixDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLE1BQU07QUFDMUYsZUFBVSxVQUFNLGdDQUFZLFlBQVksRUFBRSxrQkFBa0IsUUFBUSxFQUFFLEdBQUcsUUFBUSxRQUFRLEdBQUcsU0FBUyxRQUFRLEtBQUssSUFBSSxPQUFPLENBQUM7QUFBQSxJQUNoSSxTQUFTLEdBQUc7QUFDVixhQUFPLFFBQVE7QUFDZixhQUFPLFVBQVUsS0FBSyxJQUFJO0FBQzFCLGFBQU8sY0FBVSxpQ0FBYyxDQUFDO0FBQ2hDLGVBQVMsT0FBTztBQUNoQixlQUFTLE9BQU87QUFDaEIsV0FBSyxJQUFJLE9BQU8sUUFBUSxNQUFNO0FBQzlCLGNBQUksOEJBQVksQ0FBQyxLQUFLLEVBQUUsU0FBUyxxQkFBc0IsTUFBSyxJQUFJLG1CQUFtQixPQUFPLEVBQUUsT0FBTztBQUNuRyxlQUFLLDZCQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUc7QUFDOUIsYUFBTztBQUFBLElBQ1Q7QUFDQSxXQUFPLFNBQVM7QUFDaEIsV0FBTyxRQUFRLE9BQU8sU0FBUyxPQUFPLE1BQU07QUFDNUMsV0FBTyxPQUFPLE9BQU8sUUFBUSxPQUFPLE1BQU07QUFDMUMsU0FBSyxJQUFJLG1CQUFtQixJQUFJO0FBQ2hDLFNBQUssT0FBTyxRQUFRLFFBQVEsUUFBUTtBQUNwQyxRQUFJLENBQUMsS0FBSyxNQUFPLE1BQUssYUFBYSxNQUFNO0FBQ3pDLFFBQUksT0FBTyxnQkFBaUIsTUFBSyxPQUFPLE9BQU87QUFDL0MsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLE9BQU8sUUFBcUIsUUFBcUIsVUFBK0I7QUFDdEYsVUFBTSxVQUFVLElBQUkscUNBQWdCO0FBQUEsTUFDbEMsVUFBVSxDQUFDLE1BQU07QUFBRSxlQUFPLFdBQVc7QUFBRyxhQUFLLElBQUksT0FBTyxRQUFRLE1BQU07QUFBQSxNQUFHO0FBQUEsTUFDekUsU0FBUyxDQUFDLFlBQVk7QUFBRSxlQUFPLFVBQVU7QUFBQSxNQUFTO0FBQUEsSUFDcEQsQ0FBQztBQUNELFVBQU0sY0FBYyxPQUFPLFFBQVEsQ0FBQyxNQUFnQjtBQUNsRCxjQUFRLEVBQUUsTUFBTTtBQUFBLFFBQ2QsS0FBSztBQUNILGlCQUFPLFFBQVEsRUFBRTtBQUNqQixjQUFJLEVBQUUsVUFBVSxVQUFXLFVBQVMsT0FBTztBQUFBLG1CQUNsQyxLQUFDLDBCQUFXLE1BQU0sRUFBRyxVQUFTLE9BQU8sR0FBRyxFQUFFLEtBQUssR0FBRyxFQUFFLFNBQVMsS0FBSyxFQUFFLE1BQU0sS0FBSyxFQUFFLEVBQUU7QUFDNUYsZUFBSyxJQUFJLE9BQU8sUUFBUSxNQUFNO0FBQzlCO0FBQUEsUUFDRixLQUFLO0FBQ0gsbUJBQVMsT0FBTztBQUNoQixtQkFBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QixpQkFBTyxXQUFXLEtBQUssRUFBRSxLQUFLLFNBQVMsTUFBTSxDQUFDO0FBQzlDLGtCQUFRLEtBQUssRUFBRSxJQUFJO0FBQ25CO0FBQUEsUUFDRixLQUFLO0FBQ0gsY0FBSSxFQUFFLFVBQVUsQ0FBQyxFQUFFLFFBQVMsVUFBUyxPQUFPLFNBQVMsRUFBRSxNQUFNLEdBQUcsRUFBRSxLQUFLLElBQUksRUFBRSxFQUFFLEtBQUssRUFBRSxFQUFFO0FBQ3hGO0FBQUEsUUFDRjtBQUNFO0FBQUEsTUFDSjtBQUFBLElBQ0YsQ0FBQztBQUNELFdBQU8sS0FBSztBQUFBLE1BQ1YsQ0FBQyxXQUFXO0FBQ1YsZUFBTyxTQUFTO0FBQ2hCLGVBQU8sUUFBUSxPQUFPO0FBQ3RCLGVBQU8sVUFBVSxPQUFPO0FBQ3hCLGVBQU8sU0FBUyxPQUFPO0FBQ3ZCLFlBQUksT0FBTyxNQUFPLFFBQU8sY0FBVSxpQ0FBYyxPQUFPLEtBQUs7QUFDN0QsWUFBSSxPQUFPLGFBQVMsOEJBQVksT0FBTyxLQUFLLEtBQUssT0FBTyxNQUFNLFNBQVMsc0JBQXNCO0FBQzNGLGVBQUssSUFBSSxtQkFBbUIsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLFFBQ3pEO0FBQUEsTUFDRjtBQUFBLE1BQ0EsQ0FBQyxNQUFlO0FBQ2QsZUFBTyxRQUFRO0FBQ2YsZUFBTyxjQUFVLGlDQUFjLENBQUM7QUFBQSxNQUNsQztBQUFBLElBQ0YsRUFBRSxRQUFRLE1BQU07QUFDZCxrQkFBWTtBQUNaLGNBQVEsSUFBSTtBQUNaLGFBQU8sVUFBVSxLQUFLLElBQUk7QUFDMUIsZUFBUyxPQUFPO0FBQ2hCLGVBQVMsT0FBTztBQUNoQixXQUFLLElBQUksT0FBTyxRQUFRLE1BQU07QUFDOUIsV0FBSyxJQUFJLElBQUksS0FBSyxTQUFTLE9BQU8sRUFBRSxLQUFLLE9BQU8sS0FBSyxHQUFHLE9BQU8sUUFBUSxVQUFVLFFBQVEsT0FBTyxPQUFPLE9BQU8sS0FBSyxFQUFFLEVBQUU7QUFDdkgsV0FBSyxLQUFLLFNBQVMsTUFBTTtBQUFBLElBQzNCLENBQUM7QUFBQSxFQUNIO0FBQUE7QUFBQSxFQUdRLGFBQWEsUUFBMkI7QUFDOUMsU0FBSyxPQUFPLE9BQU87QUFBQSxNQUNqQixFQUFFLFVBQVUsT0FBTyxpQkFBaUIsY0FBYyxPQUFPLFlBQVksT0FBTyxJQUFJLElBQUksYUFBYSxLQUFLO0FBQUEsTUFDdEcsQ0FBQyxVQUFVLFVBQVUsSUFBSSxRQUFjLENBQUMsWUFBWTtBQUNsRCxjQUFNLFNBQVMsTUFBTSxTQUFTLE9BQU8sRUFBRSxhQUFTLHVDQUFpQixPQUFPLFVBQVUsR0FBRyxPQUFPLEtBQUssUUFBRyxFQUFFLENBQUM7QUFDdkcsZUFBTztBQUNQLGNBQU0sTUFBTSxLQUFLLElBQUksT0FBTyxZQUFZLENBQUMsTUFBTTtBQUM3QyxjQUFJLEtBQUssTUFBTSxPQUFRO0FBQ3ZCLGtCQUFJLDBCQUFXLE1BQU0sR0FBRztBQUFFLGdCQUFJLFFBQVE7QUFBRyxvQkFBUTtBQUFBLFVBQUcsTUFBTyxRQUFPO0FBQUEsUUFDcEUsQ0FBQztBQUNELGNBQU0sd0JBQXdCLE1BQU0sS0FBSyxLQUFLLE9BQU8sTUFBTSxDQUFDO0FBQzVELGdCQUFJLDBCQUFXLE1BQU0sR0FBRztBQUFFLGNBQUksUUFBUTtBQUFHLGtCQUFRO0FBQUEsUUFBRztBQUFBLE1BQ3RELENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxNQUFjLFNBQVMsUUFBb0M7QUFDekQsUUFBSSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsUUFBUztBQUMzRCxVQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxNQUNqQyxZQUFZLE9BQU8sSUFBSSxJQUFJLE9BQU8sVUFBVSxXQUFXLFdBQVcsU0FBUyxHQUFHLE9BQU8sVUFBVSxLQUFLLE9BQU8sT0FBTyxLQUFLLEdBQUc7QUFBQSxNQUMxSDtBQUFBLE1BQWtCO0FBQUEsSUFBYTtBQUNqQyxRQUFJLFdBQVcsaUJBQWtCLE9BQU0sT0FBTyxTQUFTLGVBQWUsOEJBQThCLE9BQU8sRUFBRTtBQUM3RyxRQUFJLFdBQVcsY0FBZSxNQUFLLElBQUksYUFBYSxPQUFPLEVBQUU7QUFBQSxFQUMvRDtBQUFBO0FBQUEsRUFHQSxhQUFhLFFBQW9DO0FBQy9DLFlBQUksMEJBQVcsTUFBTSxFQUFHLFFBQU8sUUFBUSxRQUFRO0FBQy9DLFdBQU8sSUFBSSxRQUFRLENBQUMsWUFBWTtBQUM5QixZQUFNLE1BQU0sS0FBSyxJQUFJLE9BQU8sWUFBWSxNQUFNO0FBQzVDLGdCQUFJLDBCQUFXLE1BQU0sR0FBRztBQUFFLGNBQUksUUFBUTtBQUFHLGtCQUFRO0FBQUEsUUFBRztBQUFBLE1BQ3RELENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxFQUNIO0FBQUEsRUFFQSxNQUFNLE9BQU8sUUFBb0M7QUFDL0MsWUFBSSwwQkFBVyxNQUFNLEVBQUc7QUFDeEIsVUFBTSxXQUFXLEtBQUssSUFBSSxVQUFVLElBQUksT0FBTyxFQUFFO0FBQ2pELGNBQVUsT0FBTywwQ0FBcUM7QUFDdEQsUUFBSSxDQUFDLE9BQU8sUUFBUTtBQUVsQixhQUFPLGtCQUFrQjtBQUN6QjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE9BQU8sT0FBTyxPQUFPO0FBQUEsRUFDN0I7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
