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
      engine: (0, import_builds.engineLabel)(config.engine ?? process.env.DOCKER_HOST ?? "")
    });
    await this.ctx.setLastBuild({ ebuildPath, profile });
    const terminal = opts.makeTerminal?.(record) ?? new import_buildTerminal.BuildTerminal(record, () => void this.cancel(record));
    this.ctx.terminals.set(record.id, terminal);
    if (!opts.makeTerminal) terminal.show();
    this.ctx.log.info(`build ${record.id}: ${record.atom} profile=${profile} engine=${record.engine}`);
    let handle;
    try {
      const workspaceFolders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
      const prepared = await (0, import_buildEbuild.prepareBuild)(ebuildPath, { workspaceFolders, config: { ...config, profile }, profile });
      handle = prepared.handle;
      record.image = prepared.spec.image;
      record.entrypoint = prepared.spec.entrypoint;
      record.argv = prepared.spec.argv;
      record.notes = prepared.spec.notes;
      record.logPath = prepared.logPath;
      record.engine = (0, import_builds.engineLabel)(prepared.engine.url);
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
    terminal.header();
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
          if (!(0, import_builds.isFinished)(record) && e.state !== "running") terminal.status(`${e.state}${e.detail ? `: ${e.detail}` : ""}`);
          this.ctx.builds.changed(record);
          break;
        case "output":
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFJ1bm5lci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBGcm9tIGEgY2xpY2sgdG8gYSBydW5uaW5nIGJ1aWxkOiBjaGVja3Mgd2hhdCB0aGUgdXNlciBjYW4gZml4IGZpcnN0IChub3QgYW4gZWJ1aWxkLCB1bnNhdmVkLCBhbHJlYWR5IGJ1aWxkaW5nKSxcbiAqIHN0YXJ0cyB0aGUgYnVpbGQgZW5naW5lLCBhbmQgd2lyZXMgaXRzIGV2ZW50cyBpbnRvIHRoZSByZWNvcmQsIHRoZSB0ZXJtaW5hbCBhbmQgdGhlIHByb2dyZXNzIG5vdGlmaWNhdGlvbi5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBwcmVwYXJlQnVpbGQgfSBmcm9tICcuLi9kb2NrZXIvYnVpbGRFYnVpbGQnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZEhhbmRsZSwgUnVuRXZlbnQgfSBmcm9tICcuLi9jb3JlL2J1aWxkUnVuJztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyBhdG9tT2ZFYnVpbGQsIEJ1aWxkUmVjb3JkLCBlbmdpbmVMYWJlbCwgaXNGaW5pc2hlZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IEJ1aWxkVGVybWluYWwgfSBmcm9tICcuL2J1aWxkVGVybWluYWwnO1xuaW1wb3J0IHsgZGVzY3JpYmVQcm9ncmVzcywgUHJvZ3Jlc3NUcmFja2VyIH0gZnJvbSAnLi9idWlsZFByb2dyZXNzJztcbmltcG9ydCB7IGRlc2NyaWJlRXJyb3IsIHNob3dFcnJvciB9IGZyb20gJy4vdXNlckVycm9ycyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3RhcnRPcHRpb25zIHtcbiAgLyoqIEEgdGFzayBzdXBwbGllcyBpdHMgb3duIHRlcm1pbmFsLiAqL1xuICBtYWtlVGVybWluYWw/OiAocmVjb3JkOiBCdWlsZFJlY29yZCkgPT4gQnVpbGRUZXJtaW5hbDtcbiAgLyoqIERvIG5vdCBzaG93IHRoZSBwcm9ncmVzcyBub3RpZmljYXRpb24gKHRhc2tzIHNob3cgdGhlaXIgb3duKS4gKi9cbiAgcXVpZXQ/OiBib29sZWFuO1xufVxuXG5leHBvcnQgY2xhc3MgQnVpbGRSdW5uZXIge1xuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGN0eDogQ3R4KSB7fVxuXG4gIC8qKiBUaGUgZWJ1aWxkIGEgY29tbWFuZCB3YXMgaW52b2tlZCBvbjogdGhlIGV4cGxvcmVyL2VkaXRvciBhcmd1bWVudCwgZWxzZSB0aGUgYWN0aXZlIGVkaXRvci4gKi9cbiAgcmVzb2x2ZVRhcmdldChhcmc/OiB1bmtub3duKTogdnNjb2RlLlVyaSB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKGFyZyBpbnN0YW5jZW9mIHZzY29kZS5VcmkpIHJldHVybiBhcmc7XG4gICAgcmV0dXJuIHZzY29kZS53aW5kb3cuYWN0aXZlVGV4dEVkaXRvcj8uZG9jdW1lbnQudXJpO1xuICB9XG5cbiAgLyoqIENoZWNrcyB0aGUgdXNlciBjYW4gZml4IGJlZm9yZSBhbnl0aGluZyBydW5zOyByZXR1cm5zIHRoZSBlYnVpbGQncyBmaWxlIHBhdGgsIG9yIHVuZGVmaW5lZCBhZnRlciBzYXlpbmcgd2h5LiAqL1xuICBhc3luYyBjaGVja1RhcmdldCh1cmk6IHZzY29kZS5VcmkgfCB1bmRlZmluZWQpOiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD4ge1xuICAgIGlmICghdnNjb2RlLndvcmtzcGFjZS5pc1RydXN0ZWQpIHtcbiAgICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKFxuICAgICAgICAnQnVpbGRzIGFyZSBkaXNhYmxlZCBpbiBSZXN0cmljdGVkIE1vZGU6IGEgYnVpbGQgcnVucyB0aGlzIHdvcmtzcGFjZVxcJ3MgZWJ1aWxkcyBpbiBhIGNvbnRhaW5lci4gVHJ1c3QgdGhlIHdvcmtzcGFjZSB0byBidWlsZC4nLFxuICAgICAgICAnTWFuYWdlIFdvcmtzcGFjZSBUcnVzdCcpO1xuICAgICAgaWYgKGNob2ljZSkgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2gudHJ1c3QubWFuYWdlJyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBpZiAoIXVyaSkge1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dFcnJvck1lc3NhZ2UoJ05vIGVidWlsZCB0byBidWlsZC4gT3BlbiBhbiAuZWJ1aWxkIGZpbGUsIG9yIHJpZ2h0LWNsaWNrIG9uZSBpbiB0aGUgRXhwbG9yZXIgYW5kIGNob29zZSBhIEJ1aWxkIGNvbW1hbmQuJyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBjb25zdCBuYW1lID0gcGF0aC5iYXNlbmFtZSh1cmkucGF0aCk7XG4gICAgaWYgKCFuYW1lLmVuZHNXaXRoKCcuZWJ1aWxkJykpIHtcbiAgICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGBcIiR7bmFtZX1cIiBpcyBub3QgYW4gZWJ1aWxkLiBCdWlsZHMgc3RhcnQgZnJvbSBhIDxwYWNrYWdlPi08dmVyc2lvbj4uZWJ1aWxkIGZpbGUgaW4gYW4gb3ZlcmxheS5gKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGNvbnN0IGRvYyA9IHZzY29kZS53b3Jrc3BhY2UudGV4dERvY3VtZW50cy5maW5kKChkKSA9PiBkLnVyaS50b1N0cmluZygpID09PSB1cmkudG9TdHJpbmcoKSk7XG4gICAgaWYgKHVyaS5zY2hlbWUgIT09ICdmaWxlJyB8fCBkb2M/LmlzVW50aXRsZWQpIHtcbiAgICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShcbiAgICAgICAgYFwiJHtuYW1lfVwiIGlzIG5vdCBzYXZlZCBvbiBkaXNrLiBTYXZlIGl0IGluc2lkZSBhbiBvdmVybGF5IChjYXRlZ29yeS9wYWNrYWdlLyR7bmFtZX0pIGZpcnN0OiB0aGUgY29udGFpbmVyIHJlYWRzIGZpbGVzIGZyb20gZGlzay5gLCAnU2F2ZSBBc1x1MjAyNicpO1xuICAgICAgaWYgKGNob2ljZSkgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2guYWN0aW9uLmZpbGVzLnNhdmVBcycpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgaWYgKGRvYz8uaXNEaXJ0eSkge1xuICAgICAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93V2FybmluZ01lc3NhZ2UoXG4gICAgICAgIGBcIiR7bmFtZX1cIiBoYXMgdW5zYXZlZCBjaGFuZ2VzLiBUaGUgY29udGFpbmVyIHJlYWRzIHRoZSBzYXZlZCBmaWxlLmAsIHsgbW9kYWw6IGZhbHNlIH0sICdTYXZlIGFuZCBCdWlsZCcsICdCdWlsZCBTYXZlZCBWZXJzaW9uJyk7XG4gICAgICBpZiAoIWNob2ljZSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIGlmIChjaG9pY2UgPT09ICdTYXZlIGFuZCBCdWlsZCcgJiYgIShhd2FpdCBkb2Muc2F2ZSgpKSkge1xuICAgICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShgQ291bGQgbm90IHNhdmUgXCIke25hbWV9XCI7IHRoZSBidWlsZCBkaWQgbm90IHN0YXJ0LmApO1xuICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gdXJpLmZzUGF0aDtcbiAgfVxuXG4gIC8qKiBFbnRyeSBwb2ludCBvZiB0aGUgQnVpbGQgY29tbWFuZHMuICovXG4gIGFzeW5jIGJ1aWxkQ29tbWFuZChhcmc6IHVua25vd24sIHByb2ZpbGU/OiBzdHJpbmcpOiBQcm9taXNlPEJ1aWxkUmVjb3JkIHwgdW5kZWZpbmVkPiB7XG4gICAgY29uc3QgZWJ1aWxkUGF0aCA9IGF3YWl0IHRoaXMuY2hlY2tUYXJnZXQodGhpcy5yZXNvbHZlVGFyZ2V0KGFyZykpO1xuICAgIGlmICghZWJ1aWxkUGF0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBjaG9zZW4gPSBwcm9maWxlID8/IHRoaXMuY3R4LmNvbmZpZy5mb3JSZXNvdXJjZSh2c2NvZGUuVXJpLmZpbGUoZWJ1aWxkUGF0aCkpLnByb2ZpbGU7XG4gICAgY29uc3QgcnVubmluZyA9IHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nRm9yKGVidWlsZFBhdGgpO1xuICAgIGlmIChydW5uaW5nKSB7XG4gICAgICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShcbiAgICAgICAgYCR7cnVubmluZy5hdG9tfSBpcyBhbHJlYWR5IGJ1aWxkaW5nICgke3J1bm5pbmcucHJvZmlsZX0sICR7cnVubmluZy5zdGF0ZX0pLiBUd28gYnVpbGRzIG9mIG9uZSBlYnVpbGQgd291bGQgc2hhcmUgaXRzIGNhY2hlcyBhbmQgYXJ0aWZhY3RzLmAsXG4gICAgICAgICdDYW5jZWwgSXQgYW5kIEJ1aWxkJywgJ0J1aWxkIFdoZW4gSXQgRmluaXNoZXMnLCAnU2hvdyBPdXRwdXQnKTtcbiAgICAgIGlmIChjaG9pY2UgPT09ICdTaG93IE91dHB1dCcpIHRoaXMuY3R4LnNob3dUZXJtaW5hbChydW5uaW5nLmlkKTtcbiAgICAgIGlmIChjaG9pY2UgPT09ICdDYW5jZWwgSXQgYW5kIEJ1aWxkJykgYXdhaXQgdGhpcy5jYW5jZWwocnVubmluZyk7XG4gICAgICBlbHNlIGlmIChjaG9pY2UgPT09ICdCdWlsZCBXaGVuIEl0IEZpbmlzaGVzJykgYXdhaXQgdGhpcy53aGVuRmluaXNoZWQocnVubmluZyk7XG4gICAgICBlbHNlIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnN0YXJ0KGVidWlsZFBhdGgsIGNob3Nlbik7XG4gIH1cblxuICBhc3luYyBzdGFydChlYnVpbGRQYXRoOiBzdHJpbmcsIHByb2ZpbGU6IHN0cmluZywgb3B0czogU3RhcnRPcHRpb25zID0ge30pOiBQcm9taXNlPEJ1aWxkUmVjb3JkPiB7XG4gICAgY29uc3QgdXJpID0gdnNjb2RlLlVyaS5maWxlKGVidWlsZFBhdGgpO1xuICAgIGNvbnN0IGNvbmZpZyA9IHRoaXMuY3R4LmNvbmZpZy5mb3JSZXNvdXJjZSh1cmkpO1xuICAgIGNvbnN0IGZvbGRlciA9IHZzY29kZS53b3Jrc3BhY2UuZ2V0V29ya3NwYWNlRm9sZGVyKHVyaSk7XG4gICAgY29uc3QgcmVjb3JkID0gdGhpcy5jdHguYnVpbGRzLmNyZWF0ZSh7XG4gICAgICBhdG9tOiBhdG9tT2ZFYnVpbGQoZWJ1aWxkUGF0aCksIGVidWlsZFBhdGgsIHdvcmtzcGFjZUZvbGRlcjogZm9sZGVyPy51cmkuZnNQYXRoLCBwcm9maWxlLFxuICAgICAgZW5naW5lOiBlbmdpbmVMYWJlbChjb25maWcuZW5naW5lID8/IHByb2Nlc3MuZW52LkRPQ0tFUl9IT1NUID8/ICcnKSxcbiAgICB9KTtcbiAgICBhd2FpdCB0aGlzLmN0eC5zZXRMYXN0QnVpbGQoeyBlYnVpbGRQYXRoLCBwcm9maWxlIH0pO1xuICAgIGNvbnN0IHRlcm1pbmFsID0gb3B0cy5tYWtlVGVybWluYWw/LihyZWNvcmQpID8/IG5ldyBCdWlsZFRlcm1pbmFsKHJlY29yZCwgKCkgPT4gdm9pZCB0aGlzLmNhbmNlbChyZWNvcmQpKTtcbiAgICB0aGlzLmN0eC50ZXJtaW5hbHMuc2V0KHJlY29yZC5pZCwgdGVybWluYWwpO1xuICAgIGlmICghb3B0cy5tYWtlVGVybWluYWwpIHRlcm1pbmFsLnNob3coKTtcbiAgICB0aGlzLmN0eC5sb2cuaW5mbyhgYnVpbGQgJHtyZWNvcmQuaWR9OiAke3JlY29yZC5hdG9tfSBwcm9maWxlPSR7cHJvZmlsZX0gZW5naW5lPSR7cmVjb3JkLmVuZ2luZX1gKTtcblxuICAgIGxldCBoYW5kbGU6IEJ1aWxkSGFuZGxlO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB3b3Jrc3BhY2VGb2xkZXJzID0gKHZzY29kZS53b3Jrc3BhY2Uud29ya3NwYWNlRm9sZGVycyA/PyBbXSkubWFwKChmKSA9PiBmLnVyaS5mc1BhdGgpO1xuICAgICAgY29uc3QgcHJlcGFyZWQgPSBhd2FpdCBwcmVwYXJlQnVpbGQoZWJ1aWxkUGF0aCwgeyB3b3Jrc3BhY2VGb2xkZXJzLCBjb25maWc6IHsgLi4uY29uZmlnLCBwcm9maWxlIH0sIHByb2ZpbGUgfSk7XG4gICAgICBoYW5kbGUgPSBwcmVwYXJlZC5oYW5kbGU7XG4gICAgICByZWNvcmQuaW1hZ2UgPSBwcmVwYXJlZC5zcGVjLmltYWdlO1xuICAgICAgcmVjb3JkLmVudHJ5cG9pbnQgPSBwcmVwYXJlZC5zcGVjLmVudHJ5cG9pbnQ7XG4gICAgICByZWNvcmQuYXJndiA9IHByZXBhcmVkLnNwZWMuYXJndjtcbiAgICAgIHJlY29yZC5ub3RlcyA9IHByZXBhcmVkLnNwZWMubm90ZXM7XG4gICAgICByZWNvcmQubG9nUGF0aCA9IHByZXBhcmVkLmxvZ1BhdGg7XG4gICAgICByZWNvcmQuZW5naW5lID0gZW5naW5lTGFiZWwocHJlcGFyZWQuZW5naW5lLnVybCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgcmVjb3JkLnN0YXRlID0gJ2Vycm9yJztcbiAgICAgIHJlY29yZC5lbmRlZEF0ID0gRGF0ZS5ub3coKTtcbiAgICAgIHJlY29yZC5tZXNzYWdlID0gZGVzY3JpYmVFcnJvcihlKTtcbiAgICAgIHRlcm1pbmFsLmhlYWRlcigpO1xuICAgICAgdGVybWluYWwuZm9vdGVyKCk7XG4gICAgICB0aGlzLmN0eC5idWlsZHMuY2hhbmdlZChyZWNvcmQpO1xuICAgICAgaWYgKGlzVXNlckVycm9yKGUpICYmIGUuY29kZSA9PT0gJ2VuZ2luZS11bnJlYWNoYWJsZScpIHRoaXMuY3R4LnNldEVuZ2luZVJlYWNoYWJsZShmYWxzZSwgZS5tZXNzYWdlKTtcbiAgICAgIHZvaWQgc2hvd0Vycm9yKGUsIHRoaXMuY3R4LmxvZyk7XG4gICAgICByZXR1cm4gcmVjb3JkO1xuICAgIH1cbiAgICByZWNvcmQuaGFuZGxlID0gaGFuZGxlO1xuICAgIHRlcm1pbmFsLmhlYWRlcigpO1xuICAgIHRoaXMuY3R4LnNldEVuZ2luZVJlYWNoYWJsZSh0cnVlKTtcbiAgICB0aGlzLmZvbGxvdyhyZWNvcmQsIGhhbmRsZSwgdGVybWluYWwpO1xuICAgIGlmICghb3B0cy5xdWlldCkgdGhpcy5zaG93UHJvZ3Jlc3MocmVjb3JkKTtcbiAgICBpZiAocmVjb3JkLmNhbmNlbFJlcXVlc3RlZCkgdm9pZCBoYW5kbGUuY2FuY2VsKCk7XG4gICAgcmV0dXJuIHJlY29yZDtcbiAgfVxuXG4gIHByaXZhdGUgZm9sbG93KHJlY29yZDogQnVpbGRSZWNvcmQsIGhhbmRsZTogQnVpbGRIYW5kbGUsIHRlcm1pbmFsOiBCdWlsZFRlcm1pbmFsKTogdm9pZCB7XG4gICAgY29uc3QgdHJhY2tlciA9IG5ldyBQcm9ncmVzc1RyYWNrZXIoe1xuICAgICAgcHJvZ3Jlc3M6IChwKSA9PiB7IHJlY29yZC5wcm9ncmVzcyA9IHA7IHRoaXMuY3R4LmJ1aWxkcy5jaGFuZ2VkKHJlY29yZCk7IH0sXG4gICAgICBmYWlsdXJlOiAoc3VtbWFyeSkgPT4geyByZWNvcmQubWVzc2FnZSA9IHN1bW1hcnk7IH0sXG4gICAgfSk7XG4gICAgY29uc3QgdW5zdWJzY3JpYmUgPSBoYW5kbGUub25FdmVudCgoZTogUnVuRXZlbnQpID0+IHtcbiAgICAgIHN3aXRjaCAoZS50eXBlKSB7XG4gICAgICAgIGNhc2UgJ3N0YXRlJzpcbiAgICAgICAgICByZWNvcmQuc3RhdGUgPSBlLnN0YXRlO1xuICAgICAgICAgIGlmICghaXNGaW5pc2hlZChyZWNvcmQpICYmIGUuc3RhdGUgIT09ICdydW5uaW5nJykgdGVybWluYWwuc3RhdHVzKGAke2Uuc3RhdGV9JHtlLmRldGFpbCA/IGA6ICR7ZS5kZXRhaWx9YCA6ICcnfWApO1xuICAgICAgICAgIHRoaXMuY3R4LmJ1aWxkcy5jaGFuZ2VkKHJlY29yZCk7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIGNhc2UgJ291dHB1dCc6XG4gICAgICAgICAgdGVybWluYWwub3V0cHV0KGUuZGF0YSk7XG4gICAgICAgICAgcmVjb3JkLnRyYW5zY3JpcHQucHVzaChlLmRhdGEudG9TdHJpbmcoJ3V0ZjgnKSk7XG4gICAgICAgICAgdHJhY2tlci5wdXNoKGUuZGF0YSk7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIGNhc2UgJ3B1bGwtcHJvZ3Jlc3MnOlxuICAgICAgICAgIGlmIChlLnN0YXR1cyAmJiAhZS5jdXJyZW50KSB0ZXJtaW5hbC5zdGF0dXMoYHB1bGw6ICR7ZS5zdGF0dXN9JHtlLmlkID8gYCAke2UuaWR9YCA6ICcnfWApO1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICBkZWZhdWx0OlxuICAgICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgIH0pO1xuICAgIGhhbmRsZS5kb25lLnRoZW4oXG4gICAgICAocmVzdWx0KSA9PiB7XG4gICAgICAgIHJlY29yZC5yZXN1bHQgPSByZXN1bHQ7XG4gICAgICAgIHJlY29yZC5zdGF0ZSA9IHJlc3VsdC5zdGF0ZTtcbiAgICAgICAgcmVjb3JkLmltYWdlID8/PSByZXN1bHQuaW1hZ2U7XG4gICAgICAgIHJlY29yZC5hcmd2ID8/PSByZXN1bHQuYXJndjtcbiAgICAgICAgaWYgKHJlc3VsdC5lcnJvcikgcmVjb3JkLm1lc3NhZ2UgPSBkZXNjcmliZUVycm9yKHJlc3VsdC5lcnJvcik7XG4gICAgICAgIGlmIChyZXN1bHQuZXJyb3IgJiYgaXNVc2VyRXJyb3IocmVzdWx0LmVycm9yKSAmJiByZXN1bHQuZXJyb3IuY29kZSA9PT0gJ2VuZ2luZS11bnJlYWNoYWJsZScpIHtcbiAgICAgICAgICB0aGlzLmN0eC5zZXRFbmdpbmVSZWFjaGFibGUoZmFsc2UsIHJlc3VsdC5lcnJvci5tZXNzYWdlKTtcbiAgICAgICAgfVxuICAgICAgfSxcbiAgICAgIChlOiB1bmtub3duKSA9PiB7XG4gICAgICAgIHJlY29yZC5zdGF0ZSA9ICdlcnJvcic7XG4gICAgICAgIHJlY29yZC5tZXNzYWdlID0gZGVzY3JpYmVFcnJvcihlKTtcbiAgICAgIH0sXG4gICAgKS5maW5hbGx5KCgpID0+IHtcbiAgICAgIHVuc3Vic2NyaWJlKCk7XG4gICAgICB0cmFja2VyLmVuZCgpO1xuICAgICAgcmVjb3JkLmVuZGVkQXQgPSBEYXRlLm5vdygpO1xuICAgICAgdGVybWluYWwuaGVhZGVyKCk7XG4gICAgICB0ZXJtaW5hbC5mb290ZXIoKTtcbiAgICAgIHRoaXMuY3R4LmJ1aWxkcy5jaGFuZ2VkKHJlY29yZCk7XG4gICAgICB0aGlzLmN0eC5sb2cuaW5mbyhgYnVpbGQgJHtyZWNvcmQuaWR9OiAke3JlY29yZC5zdGF0ZX0ke3JlY29yZC5yZXN1bHQ/LmxvZ1BhdGggPyBgIGxvZz0ke3JlY29yZC5yZXN1bHQubG9nUGF0aH1gIDogJyd9YCk7XG4gICAgICB2b2lkIHRoaXMuYW5ub3VuY2UocmVjb3JkKTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBBIGNhbmNlbGxhYmxlIG5vdGlmaWNhdGlvbiB0aGF0IGZvbGxvd3MgdGhlIGJ1aWxkIHVudGlsIGl0IGVuZHMuICovXG4gIHByaXZhdGUgc2hvd1Byb2dyZXNzKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2b2lkIHtcbiAgICB2b2lkIHZzY29kZS53aW5kb3cud2l0aFByb2dyZXNzKFxuICAgICAgeyBsb2NhdGlvbjogdnNjb2RlLlByb2dyZXNzTG9jYXRpb24uTm90aWZpY2F0aW9uLCB0aXRsZTogYEJ1aWxkaW5nICR7cmVjb3JkLmF0b219YCwgY2FuY2VsbGFibGU6IHRydWUgfSxcbiAgICAgIChwcm9ncmVzcywgdG9rZW4pID0+IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiB7XG4gICAgICAgIGNvbnN0IHJlcG9ydCA9ICgpID0+IHByb2dyZXNzLnJlcG9ydCh7IG1lc3NhZ2U6IGRlc2NyaWJlUHJvZ3Jlc3MocmVjb3JkLnByb2dyZXNzLCBgJHtyZWNvcmQuc3RhdGV9XHUyMDI2YCkgfSk7XG4gICAgICAgIHJlcG9ydCgpO1xuICAgICAgICBjb25zdCBzdWIgPSB0aGlzLmN0eC5idWlsZHMub25EaWRDaGFuZ2UoKGIpID0+IHtcbiAgICAgICAgICBpZiAoYiAmJiBiICE9PSByZWNvcmQpIHJldHVybjtcbiAgICAgICAgICBpZiAoaXNGaW5pc2hlZChyZWNvcmQpKSB7IHN1Yi5kaXNwb3NlKCk7IHJlc29sdmUoKTsgfSBlbHNlIHJlcG9ydCgpO1xuICAgICAgICB9KTtcbiAgICAgICAgdG9rZW4ub25DYW5jZWxsYXRpb25SZXF1ZXN0ZWQoKCkgPT4gdm9pZCB0aGlzLmNhbmNlbChyZWNvcmQpKTtcbiAgICAgICAgaWYgKGlzRmluaXNoZWQocmVjb3JkKSkgeyBzdWIuZGlzcG9zZSgpOyByZXNvbHZlKCk7IH1cbiAgICAgIH0pLFxuICAgICk7XG4gIH1cblxuICAvKiogT25seSBmYWlsdXJlcyBpbnRlcnJ1cHQgdGhlIHVzZXI7IGEgc3VjY2VzcyBzaG93cyBpbiB0aGUgdHJlZSwgdGhlIHN0YXR1cyBiYXIgYW5kIHRoZSB0ZXJtaW5hbC4gKi9cbiAgcHJpdmF0ZSBhc3luYyBhbm5vdW5jZShyZWNvcmQ6IEJ1aWxkUmVjb3JkKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHJlY29yZC5zdGF0ZSAhPT0gJ2ZhaWxlZCcgJiYgcmVjb3JkLnN0YXRlICE9PSAnZXJyb3InKSByZXR1cm47XG4gICAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKFxuICAgICAgYEJ1aWxkIG9mICR7cmVjb3JkLmF0b219ICR7cmVjb3JkLnN0YXRlID09PSAnZmFpbGVkJyA/ICdmYWlsZWQnIDogJ3N0b3BwZWQnfSR7cmVjb3JkLm1lc3NhZ2UgPyBgOiAke3JlY29yZC5tZXNzYWdlfWAgOiAnLid9YCxcbiAgICAgICdPcGVuIEJ1aWxkIExvZycsICdTaG93IE91dHB1dCcpO1xuICAgIGlmIChjaG9pY2UgPT09ICdPcGVuIEJ1aWxkIExvZycpIGF3YWl0IHZzY29kZS5jb21tYW5kcy5leGVjdXRlQ29tbWFuZCgnZWJ1aWxkQnVpbGRlci5vcGVuQnVpbGRMb2cnLCByZWNvcmQuaWQpO1xuICAgIGlmIChjaG9pY2UgPT09ICdTaG93IE91dHB1dCcpIHRoaXMuY3R4LnNob3dUZXJtaW5hbChyZWNvcmQuaWQpO1xuICB9XG5cbiAgLyoqIFJlc29sdmVzIHdoZW4gdGhlIHJlY29yZCByZWFjaGVzIGEgZmluYWwgc3RhdGUuICovXG4gIHdoZW5GaW5pc2hlZChyZWNvcmQ6IEJ1aWxkUmVjb3JkKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKGlzRmluaXNoZWQocmVjb3JkKSkgcmV0dXJuIFByb21pc2UucmVzb2x2ZSgpO1xuICAgIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4ge1xuICAgICAgY29uc3Qgc3ViID0gdGhpcy5jdHguYnVpbGRzLm9uRGlkQ2hhbmdlKCgpID0+IHtcbiAgICAgICAgaWYgKGlzRmluaXNoZWQocmVjb3JkKSkgeyBzdWIuZGlzcG9zZSgpOyByZXNvbHZlKCk7IH1cbiAgICAgIH0pO1xuICAgIH0pO1xuICB9XG5cbiAgYXN5bmMgY2FuY2VsKHJlY29yZDogQnVpbGRSZWNvcmQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAoaXNGaW5pc2hlZChyZWNvcmQpKSByZXR1cm47XG4gICAgY29uc3QgdGVybWluYWwgPSB0aGlzLmN0eC50ZXJtaW5hbHMuZ2V0KHJlY29yZC5pZCk7XG4gICAgdGVybWluYWw/LnN0YXR1cygnY2FuY2VsbGluZzogc3RvcHBpbmcgdGhlIGNvbnRhaW5lclx1MjAyNicpO1xuICAgIGlmICghcmVjb3JkLmhhbmRsZSkge1xuICAgICAgLy8gU3RpbGwgcHJlcGFyaW5nIChwdWxsaW5nLCB1cGxvYWRpbmcpOiBjYW5jZWwgYXMgc29vbiBhcyB0aGUgZW5naW5lIGhhbmRzIGJhY2sgdGhlIGJ1aWxkLlxuICAgICAgcmVjb3JkLmNhbmNlbFJlcXVlc3RlZCA9IHRydWU7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGF3YWl0IHJlY29yZC5oYW5kbGUuY2FuY2VsKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsV0FBc0I7QUFDdEIsYUFBd0I7QUFDeEIseUJBQTZCO0FBRTdCLHVCQUE0QjtBQUU1QixvQkFBbUU7QUFDbkUsMkJBQThCO0FBQzlCLDJCQUFrRDtBQUNsRCx3QkFBeUM7QUFTbEMsTUFBTSxZQUFZO0FBQUEsRUFDdkIsWUFBNkIsS0FBVTtBQUFWO0FBQUEsRUFBVztBQUFBLEVBQVg7QUFBQTtBQUFBLEVBRzdCLGNBQWMsS0FBdUM7QUFDbkQsUUFBSSxlQUFlLE9BQU8sSUFBSyxRQUFPO0FBQ3RDLFdBQU8sT0FBTyxPQUFPLGtCQUFrQixTQUFTO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR0EsTUFBTSxZQUFZLEtBQTBEO0FBQzFFLFFBQUksQ0FBQyxPQUFPLFVBQVUsV0FBVztBQUMvQixZQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxRQUNqQztBQUFBLFFBQ0E7QUFBQSxNQUF3QjtBQUMxQixVQUFJLE9BQVEsT0FBTSxPQUFPLFNBQVMsZUFBZSx3QkFBd0I7QUFDekUsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLENBQUMsS0FBSztBQUNSLFdBQUssT0FBTyxPQUFPLGlCQUFpQiwwR0FBMEc7QUFDOUksYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLE9BQU8sS0FBSyxTQUFTLElBQUksSUFBSTtBQUNuQyxRQUFJLENBQUMsS0FBSyxTQUFTLFNBQVMsR0FBRztBQUM3QixXQUFLLE9BQU8sT0FBTyxpQkFBaUIsSUFBSSxJQUFJLHdGQUF3RjtBQUNwSSxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sTUFBTSxPQUFPLFVBQVUsY0FBYyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxNQUFNLElBQUksU0FBUyxDQUFDO0FBQzFGLFFBQUksSUFBSSxXQUFXLFVBQVUsS0FBSyxZQUFZO0FBQzVDLFlBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLFFBQ2pDLElBQUksSUFBSSx1RUFBdUUsSUFBSTtBQUFBLFFBQWlEO0FBQUEsTUFBVTtBQUNoSixVQUFJLE9BQVEsT0FBTSxPQUFPLFNBQVMsZUFBZSwrQkFBK0I7QUFDaEYsYUFBTztBQUFBLElBQ1Q7QUFDQSxRQUFJLEtBQUssU0FBUztBQUNoQixZQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxRQUNqQyxJQUFJLElBQUk7QUFBQSxRQUE4RCxFQUFFLE9BQU8sTUFBTTtBQUFBLFFBQUc7QUFBQSxRQUFrQjtBQUFBLE1BQXFCO0FBQ2pJLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxXQUFXLG9CQUFvQixDQUFFLE1BQU0sSUFBSSxLQUFLLEdBQUk7QUFDdEQsYUFBSyxPQUFPLE9BQU8saUJBQWlCLG1CQUFtQixJQUFJLDZCQUE2QjtBQUN4RixlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFDQSxXQUFPLElBQUk7QUFBQSxFQUNiO0FBQUE7QUFBQSxFQUdBLE1BQU0sYUFBYSxLQUFjLFNBQW9EO0FBQ25GLFVBQU0sYUFBYSxNQUFNLEtBQUssWUFBWSxLQUFLLGNBQWMsR0FBRyxDQUFDO0FBQ2pFLFFBQUksQ0FBQyxXQUFZLFFBQU87QUFDeEIsVUFBTSxTQUFTLFdBQVcsS0FBSyxJQUFJLE9BQU8sWUFBWSxPQUFPLElBQUksS0FBSyxVQUFVLENBQUMsRUFBRTtBQUNuRixVQUFNLFVBQVUsS0FBSyxJQUFJLE9BQU8sV0FBVyxVQUFVO0FBQ3JELFFBQUksU0FBUztBQUNYLFlBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLFFBQ2pDLEdBQUcsUUFBUSxJQUFJLHlCQUF5QixRQUFRLE9BQU8sS0FBSyxRQUFRLEtBQUs7QUFBQSxRQUN6RTtBQUFBLFFBQXVCO0FBQUEsUUFBMEI7QUFBQSxNQUFhO0FBQ2hFLFVBQUksV0FBVyxjQUFlLE1BQUssSUFBSSxhQUFhLFFBQVEsRUFBRTtBQUM5RCxVQUFJLFdBQVcsc0JBQXVCLE9BQU0sS0FBSyxPQUFPLE9BQU87QUFBQSxlQUN0RCxXQUFXLHlCQUEwQixPQUFNLEtBQUssYUFBYSxPQUFPO0FBQUEsVUFDeEUsUUFBTztBQUFBLElBQ2Q7QUFDQSxXQUFPLEtBQUssTUFBTSxZQUFZLE1BQU07QUFBQSxFQUN0QztBQUFBLEVBRUEsTUFBTSxNQUFNLFlBQW9CLFNBQWlCLE9BQXFCLENBQUMsR0FBeUI7QUFDOUYsVUFBTSxNQUFNLE9BQU8sSUFBSSxLQUFLLFVBQVU7QUFDdEMsVUFBTSxTQUFTLEtBQUssSUFBSSxPQUFPLFlBQVksR0FBRztBQUM5QyxVQUFNLFNBQVMsT0FBTyxVQUFVLG1CQUFtQixHQUFHO0FBQ3RELFVBQU0sU0FBUyxLQUFLLElBQUksT0FBTyxPQUFPO0FBQUEsTUFDcEMsVUFBTSw0QkFBYSxVQUFVO0FBQUEsTUFBRztBQUFBLE1BQVksaUJBQWlCLFFBQVEsSUFBSTtBQUFBLE1BQVE7QUFBQSxNQUNqRixZQUFRLDJCQUFZLE9BQU8sVUFBVSxRQUFRLElBQUksZUFBZSxFQUFFO0FBQUEsSUFDcEUsQ0FBQztBQUNELFVBQU0sS0FBSyxJQUFJLGFBQWEsRUFBRSxZQUFZLFFBQVEsQ0FBQztBQUNuRCxVQUFNLFdBQVcsS0FBSyxlQUFlLE1BQU0sS0FBSyxJQUFJLG1DQUFjLFFBQVEsTUFBTSxLQUFLLEtBQUssT0FBTyxNQUFNLENBQUM7QUFDeEcsU0FBSyxJQUFJLFVBQVUsSUFBSSxPQUFPLElBQUksUUFBUTtBQUMxQyxRQUFJLENBQUMsS0FBSyxhQUFjLFVBQVMsS0FBSztBQUN0QyxTQUFLLElBQUksSUFBSSxLQUFLLFNBQVMsT0FBTyxFQUFFLEtBQUssT0FBTyxJQUFJLFlBQVksT0FBTyxXQUFXLE9BQU8sTUFBTSxFQUFFO0FBRWpHLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxvQkFBb0IsT0FBTyxVQUFVLG9CQUFvQixDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLE1BQU07QUFDMUYsWUFBTSxXQUFXLFVBQU0saUNBQWEsWUFBWSxFQUFFLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxRQUFRLFFBQVEsR0FBRyxRQUFRLENBQUM7QUFDN0csZUFBUyxTQUFTO0FBQ2xCLGFBQU8sUUFBUSxTQUFTLEtBQUs7QUFDN0IsYUFBTyxhQUFhLFNBQVMsS0FBSztBQUNsQyxhQUFPLE9BQU8sU0FBUyxLQUFLO0FBQzVCLGFBQU8sUUFBUSxTQUFTLEtBQUs7QUFDN0IsYUFBTyxVQUFVLFNBQVM7QUFDMUIsYUFBTyxhQUFTLDJCQUFZLFNBQVMsT0FBTyxHQUFHO0FBQUEsSUFDakQsU0FBUyxHQUFHO0FBQ1YsYUFBTyxRQUFRO0FBQ2YsYUFBTyxVQUFVLEtBQUssSUFBSTtBQUMxQixhQUFPLGNBQVUsaUNBQWMsQ0FBQztBQUNoQyxlQUFTLE9BQU87QUFDaEIsZUFBUyxPQUFPO0FBQ2hCLFdBQUssSUFBSSxPQUFPLFFBQVEsTUFBTTtBQUM5QixjQUFJLDhCQUFZLENBQUMsS0FBSyxFQUFFLFNBQVMscUJBQXNCLE1BQUssSUFBSSxtQkFBbUIsT0FBTyxFQUFFLE9BQU87QUFDbkcsZUFBSyw2QkFBVSxHQUFHLEtBQUssSUFBSSxHQUFHO0FBQzlCLGFBQU87QUFBQSxJQUNUO0FBQ0EsV0FBTyxTQUFTO0FBQ2hCLGFBQVMsT0FBTztBQUNoQixTQUFLLElBQUksbUJBQW1CLElBQUk7QUFDaEMsU0FBSyxPQUFPLFFBQVEsUUFBUSxRQUFRO0FBQ3BDLFFBQUksQ0FBQyxLQUFLLE1BQU8sTUFBSyxhQUFhLE1BQU07QUFDekMsUUFBSSxPQUFPLGdCQUFpQixNQUFLLE9BQU8sT0FBTztBQUMvQyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsT0FBTyxRQUFxQixRQUFxQixVQUErQjtBQUN0RixVQUFNLFVBQVUsSUFBSSxxQ0FBZ0I7QUFBQSxNQUNsQyxVQUFVLENBQUMsTUFBTTtBQUFFLGVBQU8sV0FBVztBQUFHLGFBQUssSUFBSSxPQUFPLFFBQVEsTUFBTTtBQUFBLE1BQUc7QUFBQSxNQUN6RSxTQUFTLENBQUMsWUFBWTtBQUFFLGVBQU8sVUFBVTtBQUFBLE1BQVM7QUFBQSxJQUNwRCxDQUFDO0FBQ0QsVUFBTSxjQUFjLE9BQU8sUUFBUSxDQUFDLE1BQWdCO0FBQ2xELGNBQVEsRUFBRSxNQUFNO0FBQUEsUUFDZCxLQUFLO0FBQ0gsaUJBQU8sUUFBUSxFQUFFO0FBQ2pCLGNBQUksS0FBQywwQkFBVyxNQUFNLEtBQUssRUFBRSxVQUFVLFVBQVcsVUFBUyxPQUFPLEdBQUcsRUFBRSxLQUFLLEdBQUcsRUFBRSxTQUFTLEtBQUssRUFBRSxNQUFNLEtBQUssRUFBRSxFQUFFO0FBQ2hILGVBQUssSUFBSSxPQUFPLFFBQVEsTUFBTTtBQUM5QjtBQUFBLFFBQ0YsS0FBSztBQUNILG1CQUFTLE9BQU8sRUFBRSxJQUFJO0FBQ3RCLGlCQUFPLFdBQVcsS0FBSyxFQUFFLEtBQUssU0FBUyxNQUFNLENBQUM7QUFDOUMsa0JBQVEsS0FBSyxFQUFFLElBQUk7QUFDbkI7QUFBQSxRQUNGLEtBQUs7QUFDSCxjQUFJLEVBQUUsVUFBVSxDQUFDLEVBQUUsUUFBUyxVQUFTLE9BQU8sU0FBUyxFQUFFLE1BQU0sR0FBRyxFQUFFLEtBQUssSUFBSSxFQUFFLEVBQUUsS0FBSyxFQUFFLEVBQUU7QUFDeEY7QUFBQSxRQUNGO0FBQ0U7QUFBQSxNQUNKO0FBQUEsSUFDRixDQUFDO0FBQ0QsV0FBTyxLQUFLO0FBQUEsTUFDVixDQUFDLFdBQVc7QUFDVixlQUFPLFNBQVM7QUFDaEIsZUFBTyxRQUFRLE9BQU87QUFDdEIsZUFBTyxVQUFVLE9BQU87QUFDeEIsZUFBTyxTQUFTLE9BQU87QUFDdkIsWUFBSSxPQUFPLE1BQU8sUUFBTyxjQUFVLGlDQUFjLE9BQU8sS0FBSztBQUM3RCxZQUFJLE9BQU8sYUFBUyw4QkFBWSxPQUFPLEtBQUssS0FBSyxPQUFPLE1BQU0sU0FBUyxzQkFBc0I7QUFDM0YsZUFBSyxJQUFJLG1CQUFtQixPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsUUFDekQ7QUFBQSxNQUNGO0FBQUEsTUFDQSxDQUFDLE1BQWU7QUFDZCxlQUFPLFFBQVE7QUFDZixlQUFPLGNBQVUsaUNBQWMsQ0FBQztBQUFBLE1BQ2xDO0FBQUEsSUFDRixFQUFFLFFBQVEsTUFBTTtBQUNkLGtCQUFZO0FBQ1osY0FBUSxJQUFJO0FBQ1osYUFBTyxVQUFVLEtBQUssSUFBSTtBQUMxQixlQUFTLE9BQU87QUFDaEIsZUFBUyxPQUFPO0FBQ2hCLFdBQUssSUFBSSxPQUFPLFFBQVEsTUFBTTtBQUM5QixXQUFLLElBQUksSUFBSSxLQUFLLFNBQVMsT0FBTyxFQUFFLEtBQUssT0FBTyxLQUFLLEdBQUcsT0FBTyxRQUFRLFVBQVUsUUFBUSxPQUFPLE9BQU8sT0FBTyxLQUFLLEVBQUUsRUFBRTtBQUN2SCxXQUFLLEtBQUssU0FBUyxNQUFNO0FBQUEsSUFDM0IsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBLEVBR1EsYUFBYSxRQUEyQjtBQUM5QyxTQUFLLE9BQU8sT0FBTztBQUFBLE1BQ2pCLEVBQUUsVUFBVSxPQUFPLGlCQUFpQixjQUFjLE9BQU8sWUFBWSxPQUFPLElBQUksSUFBSSxhQUFhLEtBQUs7QUFBQSxNQUN0RyxDQUFDLFVBQVUsVUFBVSxJQUFJLFFBQWMsQ0FBQyxZQUFZO0FBQ2xELGNBQU0sU0FBUyxNQUFNLFNBQVMsT0FBTyxFQUFFLGFBQVMsdUNBQWlCLE9BQU8sVUFBVSxHQUFHLE9BQU8sS0FBSyxRQUFHLEVBQUUsQ0FBQztBQUN2RyxlQUFPO0FBQ1AsY0FBTSxNQUFNLEtBQUssSUFBSSxPQUFPLFlBQVksQ0FBQyxNQUFNO0FBQzdDLGNBQUksS0FBSyxNQUFNLE9BQVE7QUFDdkIsa0JBQUksMEJBQVcsTUFBTSxHQUFHO0FBQUUsZ0JBQUksUUFBUTtBQUFHLG9CQUFRO0FBQUEsVUFBRyxNQUFPLFFBQU87QUFBQSxRQUNwRSxDQUFDO0FBQ0QsY0FBTSx3QkFBd0IsTUFBTSxLQUFLLEtBQUssT0FBTyxNQUFNLENBQUM7QUFDNUQsZ0JBQUksMEJBQVcsTUFBTSxHQUFHO0FBQUUsY0FBSSxRQUFRO0FBQUcsa0JBQVE7QUFBQSxRQUFHO0FBQUEsTUFDdEQsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLE1BQWMsU0FBUyxRQUFvQztBQUN6RCxRQUFJLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxRQUFTO0FBQzNELFVBQU0sU0FBUyxNQUFNLE9BQU8sT0FBTztBQUFBLE1BQ2pDLFlBQVksT0FBTyxJQUFJLElBQUksT0FBTyxVQUFVLFdBQVcsV0FBVyxTQUFTLEdBQUcsT0FBTyxVQUFVLEtBQUssT0FBTyxPQUFPLEtBQUssR0FBRztBQUFBLE1BQzFIO0FBQUEsTUFBa0I7QUFBQSxJQUFhO0FBQ2pDLFFBQUksV0FBVyxpQkFBa0IsT0FBTSxPQUFPLFNBQVMsZUFBZSw4QkFBOEIsT0FBTyxFQUFFO0FBQzdHLFFBQUksV0FBVyxjQUFlLE1BQUssSUFBSSxhQUFhLE9BQU8sRUFBRTtBQUFBLEVBQy9EO0FBQUE7QUFBQSxFQUdBLGFBQWEsUUFBb0M7QUFDL0MsWUFBSSwwQkFBVyxNQUFNLEVBQUcsUUFBTyxRQUFRLFFBQVE7QUFDL0MsV0FBTyxJQUFJLFFBQVEsQ0FBQyxZQUFZO0FBQzlCLFlBQU0sTUFBTSxLQUFLLElBQUksT0FBTyxZQUFZLE1BQU07QUFDNUMsZ0JBQUksMEJBQVcsTUFBTSxHQUFHO0FBQUUsY0FBSSxRQUFRO0FBQUcsa0JBQVE7QUFBQSxRQUFHO0FBQUEsTUFDdEQsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLE1BQU0sT0FBTyxRQUFvQztBQUMvQyxZQUFJLDBCQUFXLE1BQU0sRUFBRztBQUN4QixVQUFNLFdBQVcsS0FBSyxJQUFJLFVBQVUsSUFBSSxPQUFPLEVBQUU7QUFDakQsY0FBVSxPQUFPLDBDQUFxQztBQUN0RCxRQUFJLENBQUMsT0FBTyxRQUFRO0FBRWxCLGFBQU8sa0JBQWtCO0FBQ3pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sT0FBTyxPQUFPLE9BQU87QUFBQSxFQUM3QjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
