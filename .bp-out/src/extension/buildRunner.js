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
          tracker.push(e.data, e.stream);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZFJ1bm5lci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBGcm9tIGEgY2xpY2sgdG8gYSBydW5uaW5nIGJ1aWxkOiBjaGVja3Mgd2hhdCB0aGUgdXNlciBjYW4gZml4IGZpcnN0IChub3QgYW4gZWJ1aWxkLCB1bnNhdmVkLCBhbHJlYWR5IGJ1aWxkaW5nKSxcbiAqIHN0YXJ0cyB0aGUgYnVpbGQgZW5naW5lLCBhbmQgd2lyZXMgaXRzIGV2ZW50cyBpbnRvIHRoZSByZWNvcmQsIHRoZSB0ZXJtaW5hbCBhbmQgdGhlIHByb2dyZXNzIG5vdGlmaWNhdGlvbi5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgeyBwcmVwYXJlQnVpbGQgfSBmcm9tICcuLi9kb2NrZXIvYnVpbGRFYnVpbGQnO1xuaW1wb3J0IHR5cGUgeyBCdWlsZEhhbmRsZSwgUnVuRXZlbnQgfSBmcm9tICcuLi9jb3JlL2J1aWxkUnVuJztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tICcuL2N0eCc7XG5pbXBvcnQgeyBhdG9tT2ZFYnVpbGQsIEJ1aWxkUmVjb3JkLCBlbmdpbmVMYWJlbCwgaXNGaW5pc2hlZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IEJ1aWxkVGVybWluYWwgfSBmcm9tICcuL2J1aWxkVGVybWluYWwnO1xuaW1wb3J0IHsgZGVzY3JpYmVQcm9ncmVzcywgUHJvZ3Jlc3NUcmFja2VyIH0gZnJvbSAnLi9idWlsZFByb2dyZXNzJztcbmltcG9ydCB7IGRlc2NyaWJlRXJyb3IsIHNob3dFcnJvciB9IGZyb20gJy4vdXNlckVycm9ycyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3RhcnRPcHRpb25zIHtcbiAgLyoqIEEgdGFzayBzdXBwbGllcyBpdHMgb3duIHRlcm1pbmFsLiAqL1xuICBtYWtlVGVybWluYWw/OiAocmVjb3JkOiBCdWlsZFJlY29yZCkgPT4gQnVpbGRUZXJtaW5hbDtcbiAgLyoqIERvIG5vdCBzaG93IHRoZSBwcm9ncmVzcyBub3RpZmljYXRpb24gKHRhc2tzIHNob3cgdGhlaXIgb3duKS4gKi9cbiAgcXVpZXQ/OiBib29sZWFuO1xufVxuXG5leHBvcnQgY2xhc3MgQnVpbGRSdW5uZXIge1xuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGN0eDogQ3R4KSB7fVxuXG4gIC8qKiBUaGUgZWJ1aWxkIGEgY29tbWFuZCB3YXMgaW52b2tlZCBvbjogdGhlIGV4cGxvcmVyL2VkaXRvciBhcmd1bWVudCwgZWxzZSB0aGUgYWN0aXZlIGVkaXRvci4gKi9cbiAgcmVzb2x2ZVRhcmdldChhcmc/OiB1bmtub3duKTogdnNjb2RlLlVyaSB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKGFyZyBpbnN0YW5jZW9mIHZzY29kZS5VcmkpIHJldHVybiBhcmc7XG4gICAgcmV0dXJuIHZzY29kZS53aW5kb3cuYWN0aXZlVGV4dEVkaXRvcj8uZG9jdW1lbnQudXJpO1xuICB9XG5cbiAgLyoqIENoZWNrcyB0aGUgdXNlciBjYW4gZml4IGJlZm9yZSBhbnl0aGluZyBydW5zOyByZXR1cm5zIHRoZSBlYnVpbGQncyBmaWxlIHBhdGgsIG9yIHVuZGVmaW5lZCBhZnRlciBzYXlpbmcgd2h5LiAqL1xuICBhc3luYyBjaGVja1RhcmdldCh1cmk6IHZzY29kZS5VcmkgfCB1bmRlZmluZWQpOiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD4ge1xuICAgIGlmICghdnNjb2RlLndvcmtzcGFjZS5pc1RydXN0ZWQpIHtcbiAgICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1dhcm5pbmdNZXNzYWdlKFxuICAgICAgICAnQnVpbGRzIGFyZSBkaXNhYmxlZCBpbiBSZXN0cmljdGVkIE1vZGU6IGEgYnVpbGQgcnVucyB0aGlzIHdvcmtzcGFjZVxcJ3MgZWJ1aWxkcyBpbiBhIGNvbnRhaW5lci4gVHJ1c3QgdGhlIHdvcmtzcGFjZSB0byBidWlsZC4nLFxuICAgICAgICAnTWFuYWdlIFdvcmtzcGFjZSBUcnVzdCcpO1xuICAgICAgaWYgKGNob2ljZSkgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2gudHJ1c3QubWFuYWdlJyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBpZiAoIXVyaSkge1xuICAgICAgdm9pZCB2c2NvZGUud2luZG93LnNob3dFcnJvck1lc3NhZ2UoJ05vIGVidWlsZCB0byBidWlsZC4gT3BlbiBhbiAuZWJ1aWxkIGZpbGUsIG9yIHJpZ2h0LWNsaWNrIG9uZSBpbiB0aGUgRXhwbG9yZXIgYW5kIGNob29zZSBhIEJ1aWxkIGNvbW1hbmQuJyk7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBjb25zdCBuYW1lID0gcGF0aC5iYXNlbmFtZSh1cmkucGF0aCk7XG4gICAgaWYgKCFuYW1lLmVuZHNXaXRoKCcuZWJ1aWxkJykpIHtcbiAgICAgIHZvaWQgdnNjb2RlLndpbmRvdy5zaG93RXJyb3JNZXNzYWdlKGBcIiR7bmFtZX1cIiBpcyBub3QgYW4gZWJ1aWxkLiBCdWlsZHMgc3RhcnQgZnJvbSBhIDxwYWNrYWdlPi08dmVyc2lvbj4uZWJ1aWxkIGZpbGUgaW4gYW4gb3ZlcmxheS5gKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGNvbnN0IGRvYyA9IHZzY29kZS53b3Jrc3BhY2UudGV4dERvY3VtZW50cy5maW5kKChkKSA9PiBkLnVyaS50b1N0cmluZygpID09PSB1cmkudG9TdHJpbmcoKSk7XG4gICAgaWYgKHVyaS5zY2hlbWUgIT09ICdmaWxlJyB8fCBkb2M/LmlzVW50aXRsZWQpIHtcbiAgICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShcbiAgICAgICAgYFwiJHtuYW1lfVwiIGlzIG5vdCBzYXZlZCBvbiBkaXNrLiBTYXZlIGl0IGluc2lkZSBhbiBvdmVybGF5IChjYXRlZ29yeS9wYWNrYWdlLyR7bmFtZX0pIGZpcnN0OiB0aGUgY29udGFpbmVyIHJlYWRzIGZpbGVzIGZyb20gZGlzay5gLCAnU2F2ZSBBc1x1MjAyNicpO1xuICAgICAgaWYgKGNob2ljZSkgYXdhaXQgdnNjb2RlLmNvbW1hbmRzLmV4ZWN1dGVDb21tYW5kKCd3b3JrYmVuY2guYWN0aW9uLmZpbGVzLnNhdmVBcycpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgaWYgKGRvYz8uaXNEaXJ0eSkge1xuICAgICAgY29uc3QgY2hvaWNlID0gYXdhaXQgdnNjb2RlLndpbmRvdy5zaG93V2FybmluZ01lc3NhZ2UoXG4gICAgICAgIGBcIiR7bmFtZX1cIiBoYXMgdW5zYXZlZCBjaGFuZ2VzLiBUaGUgY29udGFpbmVyIHJlYWRzIHRoZSBzYXZlZCBmaWxlLmAsIHsgbW9kYWw6IGZhbHNlIH0sICdTYXZlIGFuZCBCdWlsZCcsICdCdWlsZCBTYXZlZCBWZXJzaW9uJyk7XG4gICAgICBpZiAoIWNob2ljZSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIGlmIChjaG9pY2UgPT09ICdTYXZlIGFuZCBCdWlsZCcgJiYgIShhd2FpdCBkb2Muc2F2ZSgpKSkge1xuICAgICAgICB2b2lkIHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShgQ291bGQgbm90IHNhdmUgXCIke25hbWV9XCI7IHRoZSBidWlsZCBkaWQgbm90IHN0YXJ0LmApO1xuICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gdXJpLmZzUGF0aDtcbiAgfVxuXG4gIC8qKiBFbnRyeSBwb2ludCBvZiB0aGUgQnVpbGQgY29tbWFuZHMuICovXG4gIGFzeW5jIGJ1aWxkQ29tbWFuZChhcmc6IHVua25vd24sIHByb2ZpbGU/OiBzdHJpbmcpOiBQcm9taXNlPEJ1aWxkUmVjb3JkIHwgdW5kZWZpbmVkPiB7XG4gICAgY29uc3QgZWJ1aWxkUGF0aCA9IGF3YWl0IHRoaXMuY2hlY2tUYXJnZXQodGhpcy5yZXNvbHZlVGFyZ2V0KGFyZykpO1xuICAgIGlmICghZWJ1aWxkUGF0aCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBjaG9zZW4gPSBwcm9maWxlID8/IHRoaXMuY3R4LmNvbmZpZy5mb3JSZXNvdXJjZSh2c2NvZGUuVXJpLmZpbGUoZWJ1aWxkUGF0aCkpLnByb2ZpbGU7XG4gICAgY29uc3QgcnVubmluZyA9IHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nRm9yKGVidWlsZFBhdGgpO1xuICAgIGlmIChydW5uaW5nKSB7XG4gICAgICBjb25zdCBjaG9pY2UgPSBhd2FpdCB2c2NvZGUud2luZG93LnNob3dXYXJuaW5nTWVzc2FnZShcbiAgICAgICAgYCR7cnVubmluZy5hdG9tfSBpcyBhbHJlYWR5IGJ1aWxkaW5nICgke3J1bm5pbmcucHJvZmlsZX0sICR7cnVubmluZy5zdGF0ZX0pLiBUd28gYnVpbGRzIG9mIG9uZSBlYnVpbGQgd291bGQgc2hhcmUgaXRzIGNhY2hlcyBhbmQgYXJ0aWZhY3RzLmAsXG4gICAgICAgICdDYW5jZWwgSXQgYW5kIEJ1aWxkJywgJ0J1aWxkIFdoZW4gSXQgRmluaXNoZXMnLCAnU2hvdyBPdXRwdXQnKTtcbiAgICAgIGlmIChjaG9pY2UgPT09ICdTaG93IE91dHB1dCcpIHRoaXMuY3R4LnNob3dUZXJtaW5hbChydW5uaW5nLmlkKTtcbiAgICAgIGlmIChjaG9pY2UgPT09ICdDYW5jZWwgSXQgYW5kIEJ1aWxkJykgYXdhaXQgdGhpcy5jYW5jZWwocnVubmluZyk7XG4gICAgICBlbHNlIGlmIChjaG9pY2UgPT09ICdCdWlsZCBXaGVuIEl0IEZpbmlzaGVzJykgYXdhaXQgdGhpcy53aGVuRmluaXNoZWQocnVubmluZyk7XG4gICAgICBlbHNlIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnN0YXJ0KGVidWlsZFBhdGgsIGNob3Nlbik7XG4gIH1cblxuICBhc3luYyBzdGFydChlYnVpbGRQYXRoOiBzdHJpbmcsIHByb2ZpbGU6IHN0cmluZywgb3B0czogU3RhcnRPcHRpb25zID0ge30pOiBQcm9taXNlPEJ1aWxkUmVjb3JkPiB7XG4gICAgY29uc3QgdXJpID0gdnNjb2RlLlVyaS5maWxlKGVidWlsZFBhdGgpO1xuICAgIGNvbnN0IGNvbmZpZyA9IHRoaXMuY3R4LmNvbmZpZy5mb3JSZXNvdXJjZSh1cmkpO1xuICAgIGNvbnN0IGZvbGRlciA9IHZzY29kZS53b3Jrc3BhY2UuZ2V0V29ya3NwYWNlRm9sZGVyKHVyaSk7XG4gICAgY29uc3QgcmVjb3JkID0gdGhpcy5jdHguYnVpbGRzLmNyZWF0ZSh7XG4gICAgICBhdG9tOiBhdG9tT2ZFYnVpbGQoZWJ1aWxkUGF0aCksIGVidWlsZFBhdGgsIHdvcmtzcGFjZUZvbGRlcjogZm9sZGVyPy51cmkuZnNQYXRoLCBwcm9maWxlLFxuICAgICAgZW5naW5lOiBlbmdpbmVMYWJlbChjb25maWcuZW5naW5lID8/IHByb2Nlc3MuZW52LkRPQ0tFUl9IT1NUID8/ICcnKSxcbiAgICB9KTtcbiAgICBhd2FpdCB0aGlzLmN0eC5zZXRMYXN0QnVpbGQoeyBlYnVpbGRQYXRoLCBwcm9maWxlIH0pO1xuICAgIGNvbnN0IHRlcm1pbmFsID0gb3B0cy5tYWtlVGVybWluYWw/LihyZWNvcmQpID8/IG5ldyBCdWlsZFRlcm1pbmFsKHJlY29yZCwgKCkgPT4gdm9pZCB0aGlzLmNhbmNlbChyZWNvcmQpKTtcbiAgICB0aGlzLmN0eC50ZXJtaW5hbHMuc2V0KHJlY29yZC5pZCwgdGVybWluYWwpO1xuICAgIGlmICghb3B0cy5tYWtlVGVybWluYWwpIHRlcm1pbmFsLnNob3coKTtcbiAgICB0aGlzLmN0eC5sb2cuaW5mbyhgYnVpbGQgJHtyZWNvcmQuaWR9OiAke3JlY29yZC5hdG9tfSBwcm9maWxlPSR7cHJvZmlsZX0gZW5naW5lPSR7cmVjb3JkLmVuZ2luZX1gKTtcblxuICAgIGxldCBoYW5kbGU6IEJ1aWxkSGFuZGxlO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB3b3Jrc3BhY2VGb2xkZXJzID0gKHZzY29kZS53b3Jrc3BhY2Uud29ya3NwYWNlRm9sZGVycyA/PyBbXSkubWFwKChmKSA9PiBmLnVyaS5mc1BhdGgpO1xuICAgICAgY29uc3QgcHJlcGFyZWQgPSBhd2FpdCBwcmVwYXJlQnVpbGQoZWJ1aWxkUGF0aCwgeyB3b3Jrc3BhY2VGb2xkZXJzLCBjb25maWc6IHsgLi4uY29uZmlnLCBwcm9maWxlIH0sIHByb2ZpbGUgfSk7XG4gICAgICBoYW5kbGUgPSBwcmVwYXJlZC5oYW5kbGU7XG4gICAgICByZWNvcmQuaW1hZ2UgPSBwcmVwYXJlZC5zcGVjLmltYWdlO1xuICAgICAgcmVjb3JkLmVudHJ5cG9pbnQgPSBwcmVwYXJlZC5zcGVjLmVudHJ5cG9pbnQ7XG4gICAgICByZWNvcmQuYXJndiA9IHByZXBhcmVkLnNwZWMuYXJndjtcbiAgICAgIHJlY29yZC5ub3RlcyA9IHByZXBhcmVkLnNwZWMubm90ZXM7XG4gICAgICByZWNvcmQubG9nUGF0aCA9IHByZXBhcmVkLmxvZ1BhdGg7XG4gICAgICByZWNvcmQuZW5naW5lID0gZW5naW5lTGFiZWwocHJlcGFyZWQuZW5naW5lLnVybCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgcmVjb3JkLnN0YXRlID0gJ2Vycm9yJztcbiAgICAgIHJlY29yZC5lbmRlZEF0ID0gRGF0ZS5ub3coKTtcbiAgICAgIHJlY29yZC5tZXNzYWdlID0gZGVzY3JpYmVFcnJvcihlKTtcbiAgICAgIHRlcm1pbmFsLmhlYWRlcigpO1xuICAgICAgdGVybWluYWwuZm9vdGVyKCk7XG4gICAgICB0aGlzLmN0eC5idWlsZHMuY2hhbmdlZChyZWNvcmQpO1xuICAgICAgaWYgKGlzVXNlckVycm9yKGUpICYmIGUuY29kZSA9PT0gJ2VuZ2luZS11bnJlYWNoYWJsZScpIHRoaXMuY3R4LnNldEVuZ2luZVJlYWNoYWJsZShmYWxzZSwgZS5tZXNzYWdlKTtcbiAgICAgIHZvaWQgc2hvd0Vycm9yKGUsIHRoaXMuY3R4LmxvZyk7XG4gICAgICByZXR1cm4gcmVjb3JkO1xuICAgIH1cbiAgICByZWNvcmQuaGFuZGxlID0gaGFuZGxlO1xuICAgIHRlcm1pbmFsLmhlYWRlcigpO1xuICAgIHRoaXMuY3R4LnNldEVuZ2luZVJlYWNoYWJsZSh0cnVlKTtcbiAgICB0aGlzLmZvbGxvdyhyZWNvcmQsIGhhbmRsZSwgdGVybWluYWwpO1xuICAgIGlmICghb3B0cy5xdWlldCkgdGhpcy5zaG93UHJvZ3Jlc3MocmVjb3JkKTtcbiAgICBpZiAocmVjb3JkLmNhbmNlbFJlcXVlc3RlZCkgdm9pZCBoYW5kbGUuY2FuY2VsKCk7XG4gICAgcmV0dXJuIHJlY29yZDtcbiAgfVxuXG4gIHByaXZhdGUgZm9sbG93KHJlY29yZDogQnVpbGRSZWNvcmQsIGhhbmRsZTogQnVpbGRIYW5kbGUsIHRlcm1pbmFsOiBCdWlsZFRlcm1pbmFsKTogdm9pZCB7XG4gICAgY29uc3QgdHJhY2tlciA9IG5ldyBQcm9ncmVzc1RyYWNrZXIoe1xuICAgICAgcHJvZ3Jlc3M6IChwKSA9PiB7IHJlY29yZC5wcm9ncmVzcyA9IHA7IHRoaXMuY3R4LmJ1aWxkcy5jaGFuZ2VkKHJlY29yZCk7IH0sXG4gICAgICBmYWlsdXJlOiAoc3VtbWFyeSkgPT4geyByZWNvcmQubWVzc2FnZSA9IHN1bW1hcnk7IH0sXG4gICAgfSk7XG4gICAgY29uc3QgdW5zdWJzY3JpYmUgPSBoYW5kbGUub25FdmVudCgoZTogUnVuRXZlbnQpID0+IHtcbiAgICAgIHN3aXRjaCAoZS50eXBlKSB7XG4gICAgICAgIGNhc2UgJ3N0YXRlJzpcbiAgICAgICAgICByZWNvcmQuc3RhdGUgPSBlLnN0YXRlO1xuICAgICAgICAgIGlmICghaXNGaW5pc2hlZChyZWNvcmQpICYmIGUuc3RhdGUgIT09ICdydW5uaW5nJykgdGVybWluYWwuc3RhdHVzKGAke2Uuc3RhdGV9JHtlLmRldGFpbCA/IGA6ICR7ZS5kZXRhaWx9YCA6ICcnfWApO1xuICAgICAgICAgIHRoaXMuY3R4LmJ1aWxkcy5jaGFuZ2VkKHJlY29yZCk7XG4gICAgICAgICAgYnJlYWs7XG4gICAgICAgIGNhc2UgJ291dHB1dCc6XG4gICAgICAgICAgdGVybWluYWwub3V0cHV0KGUuZGF0YSk7XG4gICAgICAgICAgcmVjb3JkLnRyYW5zY3JpcHQucHVzaChlLmRhdGEudG9TdHJpbmcoJ3V0ZjgnKSk7XG4gICAgICAgICAgdHJhY2tlci5wdXNoKGUuZGF0YSwgZS5zdHJlYW0pO1xuICAgICAgICAgIGJyZWFrO1xuICAgICAgICBjYXNlICdwdWxsLXByb2dyZXNzJzpcbiAgICAgICAgICBpZiAoZS5zdGF0dXMgJiYgIWUuY3VycmVudCkgdGVybWluYWwuc3RhdHVzKGBwdWxsOiAke2Uuc3RhdHVzfSR7ZS5pZCA/IGAgJHtlLmlkfWAgOiAnJ31gKTtcbiAgICAgICAgICBicmVhaztcbiAgICAgICAgZGVmYXVsdDpcbiAgICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICB9KTtcbiAgICBoYW5kbGUuZG9uZS50aGVuKFxuICAgICAgKHJlc3VsdCkgPT4ge1xuICAgICAgICByZWNvcmQucmVzdWx0ID0gcmVzdWx0O1xuICAgICAgICByZWNvcmQuc3RhdGUgPSByZXN1bHQuc3RhdGU7XG4gICAgICAgIHJlY29yZC5pbWFnZSA/Pz0gcmVzdWx0LmltYWdlO1xuICAgICAgICByZWNvcmQuYXJndiA/Pz0gcmVzdWx0LmFyZ3Y7XG4gICAgICAgIGlmIChyZXN1bHQuZXJyb3IpIHJlY29yZC5tZXNzYWdlID0gZGVzY3JpYmVFcnJvcihyZXN1bHQuZXJyb3IpO1xuICAgICAgICBpZiAocmVzdWx0LmVycm9yICYmIGlzVXNlckVycm9yKHJlc3VsdC5lcnJvcikgJiYgcmVzdWx0LmVycm9yLmNvZGUgPT09ICdlbmdpbmUtdW5yZWFjaGFibGUnKSB7XG4gICAgICAgICAgdGhpcy5jdHguc2V0RW5naW5lUmVhY2hhYmxlKGZhbHNlLCByZXN1bHQuZXJyb3IubWVzc2FnZSk7XG4gICAgICAgIH1cbiAgICAgIH0sXG4gICAgICAoZTogdW5rbm93bikgPT4ge1xuICAgICAgICByZWNvcmQuc3RhdGUgPSAnZXJyb3InO1xuICAgICAgICByZWNvcmQubWVzc2FnZSA9IGRlc2NyaWJlRXJyb3IoZSk7XG4gICAgICB9LFxuICAgICkuZmluYWxseSgoKSA9PiB7XG4gICAgICB1bnN1YnNjcmliZSgpO1xuICAgICAgdHJhY2tlci5lbmQoKTtcbiAgICAgIHJlY29yZC5lbmRlZEF0ID0gRGF0ZS5ub3coKTtcbiAgICAgIHRlcm1pbmFsLmhlYWRlcigpO1xuICAgICAgdGVybWluYWwuZm9vdGVyKCk7XG4gICAgICB0aGlzLmN0eC5idWlsZHMuY2hhbmdlZChyZWNvcmQpO1xuICAgICAgdGhpcy5jdHgubG9nLmluZm8oYGJ1aWxkICR7cmVjb3JkLmlkfTogJHtyZWNvcmQuc3RhdGV9JHtyZWNvcmQucmVzdWx0Py5sb2dQYXRoID8gYCBsb2c9JHtyZWNvcmQucmVzdWx0LmxvZ1BhdGh9YCA6ICcnfWApO1xuICAgICAgdm9pZCB0aGlzLmFubm91bmNlKHJlY29yZCk7XG4gICAgfSk7XG4gIH1cblxuICAvKiogQSBjYW5jZWxsYWJsZSBub3RpZmljYXRpb24gdGhhdCBmb2xsb3dzIHRoZSBidWlsZCB1bnRpbCBpdCBlbmRzLiAqL1xuICBwcml2YXRlIHNob3dQcm9ncmVzcyhyZWNvcmQ6IEJ1aWxkUmVjb3JkKTogdm9pZCB7XG4gICAgdm9pZCB2c2NvZGUud2luZG93LndpdGhQcm9ncmVzcyhcbiAgICAgIHsgbG9jYXRpb246IHZzY29kZS5Qcm9ncmVzc0xvY2F0aW9uLk5vdGlmaWNhdGlvbiwgdGl0bGU6IGBCdWlsZGluZyAke3JlY29yZC5hdG9tfWAsIGNhbmNlbGxhYmxlOiB0cnVlIH0sXG4gICAgICAocHJvZ3Jlc3MsIHRva2VuKSA9PiBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4ge1xuICAgICAgICBjb25zdCByZXBvcnQgPSAoKSA9PiBwcm9ncmVzcy5yZXBvcnQoeyBtZXNzYWdlOiBkZXNjcmliZVByb2dyZXNzKHJlY29yZC5wcm9ncmVzcywgYCR7cmVjb3JkLnN0YXRlfVx1MjAyNmApIH0pO1xuICAgICAgICByZXBvcnQoKTtcbiAgICAgICAgY29uc3Qgc3ViID0gdGhpcy5jdHguYnVpbGRzLm9uRGlkQ2hhbmdlKChiKSA9PiB7XG4gICAgICAgICAgaWYgKGIgJiYgYiAhPT0gcmVjb3JkKSByZXR1cm47XG4gICAgICAgICAgaWYgKGlzRmluaXNoZWQocmVjb3JkKSkgeyBzdWIuZGlzcG9zZSgpOyByZXNvbHZlKCk7IH0gZWxzZSByZXBvcnQoKTtcbiAgICAgICAgfSk7XG4gICAgICAgIHRva2VuLm9uQ2FuY2VsbGF0aW9uUmVxdWVzdGVkKCgpID0+IHZvaWQgdGhpcy5jYW5jZWwocmVjb3JkKSk7XG4gICAgICAgIGlmIChpc0ZpbmlzaGVkKHJlY29yZCkpIHsgc3ViLmRpc3Bvc2UoKTsgcmVzb2x2ZSgpOyB9XG4gICAgICB9KSxcbiAgICApO1xuICB9XG5cbiAgLyoqIE9ubHkgZmFpbHVyZXMgaW50ZXJydXB0IHRoZSB1c2VyOyBhIHN1Y2Nlc3Mgc2hvd3MgaW4gdGhlIHRyZWUsIHRoZSBzdGF0dXMgYmFyIGFuZCB0aGUgdGVybWluYWwuICovXG4gIHByaXZhdGUgYXN5bmMgYW5ub3VuY2UocmVjb3JkOiBCdWlsZFJlY29yZCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmIChyZWNvcmQuc3RhdGUgIT09ICdmYWlsZWQnICYmIHJlY29yZC5zdGF0ZSAhPT0gJ2Vycm9yJykgcmV0dXJuO1xuICAgIGNvbnN0IGNob2ljZSA9IGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd0Vycm9yTWVzc2FnZShcbiAgICAgIGBCdWlsZCBvZiAke3JlY29yZC5hdG9tfSAke3JlY29yZC5zdGF0ZSA9PT0gJ2ZhaWxlZCcgPyAnZmFpbGVkJyA6ICdzdG9wcGVkJ30ke3JlY29yZC5tZXNzYWdlID8gYDogJHtyZWNvcmQubWVzc2FnZX1gIDogJy4nfWAsXG4gICAgICAnT3BlbiBCdWlsZCBMb2cnLCAnU2hvdyBPdXRwdXQnKTtcbiAgICBpZiAoY2hvaWNlID09PSAnT3BlbiBCdWlsZCBMb2cnKSBhd2FpdCB2c2NvZGUuY29tbWFuZHMuZXhlY3V0ZUNvbW1hbmQoJ2VidWlsZEJ1aWxkZXIub3BlbkJ1aWxkTG9nJywgcmVjb3JkLmlkKTtcbiAgICBpZiAoY2hvaWNlID09PSAnU2hvdyBPdXRwdXQnKSB0aGlzLmN0eC5zaG93VGVybWluYWwocmVjb3JkLmlkKTtcbiAgfVxuXG4gIC8qKiBSZXNvbHZlcyB3aGVuIHRoZSByZWNvcmQgcmVhY2hlcyBhIGZpbmFsIHN0YXRlLiAqL1xuICB3aGVuRmluaXNoZWQocmVjb3JkOiBCdWlsZFJlY29yZCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmIChpc0ZpbmlzaGVkKHJlY29yZCkpIHJldHVybiBQcm9taXNlLnJlc29sdmUoKTtcbiAgICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHtcbiAgICAgIGNvbnN0IHN1YiA9IHRoaXMuY3R4LmJ1aWxkcy5vbkRpZENoYW5nZSgoKSA9PiB7XG4gICAgICAgIGlmIChpc0ZpbmlzaGVkKHJlY29yZCkpIHsgc3ViLmRpc3Bvc2UoKTsgcmVzb2x2ZSgpOyB9XG4gICAgICB9KTtcbiAgICB9KTtcbiAgfVxuXG4gIGFzeW5jIGNhbmNlbChyZWNvcmQ6IEJ1aWxkUmVjb3JkKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKGlzRmluaXNoZWQocmVjb3JkKSkgcmV0dXJuO1xuICAgIGNvbnN0IHRlcm1pbmFsID0gdGhpcy5jdHgudGVybWluYWxzLmdldChyZWNvcmQuaWQpO1xuICAgIHRlcm1pbmFsPy5zdGF0dXMoJ2NhbmNlbGxpbmc6IHN0b3BwaW5nIHRoZSBjb250YWluZXJcdTIwMjYnKTtcbiAgICBpZiAoIXJlY29yZC5oYW5kbGUpIHtcbiAgICAgIC8vIFN0aWxsIHByZXBhcmluZyAocHVsbGluZywgdXBsb2FkaW5nKTogY2FuY2VsIGFzIHNvb24gYXMgdGhlIGVuZ2luZSBoYW5kcyBiYWNrIHRoZSBidWlsZC5cbiAgICAgIHJlY29yZC5jYW5jZWxSZXF1ZXN0ZWQgPSB0cnVlO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBhd2FpdCByZWNvcmQuaGFuZGxlLmNhbmNlbCgpO1xuICB9XG59XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLFdBQXNCO0FBQ3RCLGFBQXdCO0FBQ3hCLHlCQUE2QjtBQUU3Qix1QkFBNEI7QUFFNUIsb0JBQW1FO0FBQ25FLDJCQUE4QjtBQUM5QiwyQkFBa0Q7QUFDbEQsd0JBQXlDO0FBU2xDLE1BQU0sWUFBWTtBQUFBLEVBQ3ZCLFlBQTZCLEtBQVU7QUFBVjtBQUFBLEVBQVc7QUFBQSxFQUFYO0FBQUE7QUFBQSxFQUc3QixjQUFjLEtBQXVDO0FBQ25ELFFBQUksZUFBZSxPQUFPLElBQUssUUFBTztBQUN0QyxXQUFPLE9BQU8sT0FBTyxrQkFBa0IsU0FBUztBQUFBLEVBQ2xEO0FBQUE7QUFBQSxFQUdBLE1BQU0sWUFBWSxLQUEwRDtBQUMxRSxRQUFJLENBQUMsT0FBTyxVQUFVLFdBQVc7QUFDL0IsWUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPO0FBQUEsUUFDakM7QUFBQSxRQUNBO0FBQUEsTUFBd0I7QUFDMUIsVUFBSSxPQUFRLE9BQU0sT0FBTyxTQUFTLGVBQWUsd0JBQXdCO0FBQ3pFLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxDQUFDLEtBQUs7QUFDUixXQUFLLE9BQU8sT0FBTyxpQkFBaUIsMEdBQTBHO0FBQzlJLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxPQUFPLEtBQUssU0FBUyxJQUFJLElBQUk7QUFDbkMsUUFBSSxDQUFDLEtBQUssU0FBUyxTQUFTLEdBQUc7QUFDN0IsV0FBSyxPQUFPLE9BQU8saUJBQWlCLElBQUksSUFBSSx3RkFBd0Y7QUFDcEksYUFBTztBQUFBLElBQ1Q7QUFDQSxVQUFNLE1BQU0sT0FBTyxVQUFVLGNBQWMsS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsTUFBTSxJQUFJLFNBQVMsQ0FBQztBQUMxRixRQUFJLElBQUksV0FBVyxVQUFVLEtBQUssWUFBWTtBQUM1QyxZQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxRQUNqQyxJQUFJLElBQUksdUVBQXVFLElBQUk7QUFBQSxRQUFpRDtBQUFBLE1BQVU7QUFDaEosVUFBSSxPQUFRLE9BQU0sT0FBTyxTQUFTLGVBQWUsK0JBQStCO0FBQ2hGLGFBQU87QUFBQSxJQUNUO0FBQ0EsUUFBSSxLQUFLLFNBQVM7QUFDaEIsWUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPO0FBQUEsUUFDakMsSUFBSSxJQUFJO0FBQUEsUUFBOEQsRUFBRSxPQUFPLE1BQU07QUFBQSxRQUFHO0FBQUEsUUFBa0I7QUFBQSxNQUFxQjtBQUNqSSxVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksV0FBVyxvQkFBb0IsQ0FBRSxNQUFNLElBQUksS0FBSyxHQUFJO0FBQ3RELGFBQUssT0FBTyxPQUFPLGlCQUFpQixtQkFBbUIsSUFBSSw2QkFBNkI7QUFDeEYsZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQ0EsV0FBTyxJQUFJO0FBQUEsRUFDYjtBQUFBO0FBQUEsRUFHQSxNQUFNLGFBQWEsS0FBYyxTQUFvRDtBQUNuRixVQUFNLGFBQWEsTUFBTSxLQUFLLFlBQVksS0FBSyxjQUFjLEdBQUcsQ0FBQztBQUNqRSxRQUFJLENBQUMsV0FBWSxRQUFPO0FBQ3hCLFVBQU0sU0FBUyxXQUFXLEtBQUssSUFBSSxPQUFPLFlBQVksT0FBTyxJQUFJLEtBQUssVUFBVSxDQUFDLEVBQUU7QUFDbkYsVUFBTSxVQUFVLEtBQUssSUFBSSxPQUFPLFdBQVcsVUFBVTtBQUNyRCxRQUFJLFNBQVM7QUFDWCxZQUFNLFNBQVMsTUFBTSxPQUFPLE9BQU87QUFBQSxRQUNqQyxHQUFHLFFBQVEsSUFBSSx5QkFBeUIsUUFBUSxPQUFPLEtBQUssUUFBUSxLQUFLO0FBQUEsUUFDekU7QUFBQSxRQUF1QjtBQUFBLFFBQTBCO0FBQUEsTUFBYTtBQUNoRSxVQUFJLFdBQVcsY0FBZSxNQUFLLElBQUksYUFBYSxRQUFRLEVBQUU7QUFDOUQsVUFBSSxXQUFXLHNCQUF1QixPQUFNLEtBQUssT0FBTyxPQUFPO0FBQUEsZUFDdEQsV0FBVyx5QkFBMEIsT0FBTSxLQUFLLGFBQWEsT0FBTztBQUFBLFVBQ3hFLFFBQU87QUFBQSxJQUNkO0FBQ0EsV0FBTyxLQUFLLE1BQU0sWUFBWSxNQUFNO0FBQUEsRUFDdEM7QUFBQSxFQUVBLE1BQU0sTUFBTSxZQUFvQixTQUFpQixPQUFxQixDQUFDLEdBQXlCO0FBQzlGLFVBQU0sTUFBTSxPQUFPLElBQUksS0FBSyxVQUFVO0FBQ3RDLFVBQU0sU0FBUyxLQUFLLElBQUksT0FBTyxZQUFZLEdBQUc7QUFDOUMsVUFBTSxTQUFTLE9BQU8sVUFBVSxtQkFBbUIsR0FBRztBQUN0RCxVQUFNLFNBQVMsS0FBSyxJQUFJLE9BQU8sT0FBTztBQUFBLE1BQ3BDLFVBQU0sNEJBQWEsVUFBVTtBQUFBLE1BQUc7QUFBQSxNQUFZLGlCQUFpQixRQUFRLElBQUk7QUFBQSxNQUFRO0FBQUEsTUFDakYsWUFBUSwyQkFBWSxPQUFPLFVBQVUsUUFBUSxJQUFJLGVBQWUsRUFBRTtBQUFBLElBQ3BFLENBQUM7QUFDRCxVQUFNLEtBQUssSUFBSSxhQUFhLEVBQUUsWUFBWSxRQUFRLENBQUM7QUFDbkQsVUFBTSxXQUFXLEtBQUssZUFBZSxNQUFNLEtBQUssSUFBSSxtQ0FBYyxRQUFRLE1BQU0sS0FBSyxLQUFLLE9BQU8sTUFBTSxDQUFDO0FBQ3hHLFNBQUssSUFBSSxVQUFVLElBQUksT0FBTyxJQUFJLFFBQVE7QUFDMUMsUUFBSSxDQUFDLEtBQUssYUFBYyxVQUFTLEtBQUs7QUFDdEMsU0FBSyxJQUFJLElBQUksS0FBSyxTQUFTLE9BQU8sRUFBRSxLQUFLLE9BQU8sSUFBSSxZQUFZLE9BQU8sV0FBVyxPQUFPLE1BQU0sRUFBRTtBQUVqRyxRQUFJO0FBQ0osUUFBSTtBQUNGLFlBQU0sb0JBQW9CLE9BQU8sVUFBVSxvQkFBb0IsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxNQUFNO0FBQzFGLFlBQU0sV0FBVyxVQUFNLGlDQUFhLFlBQVksRUFBRSxrQkFBa0IsUUFBUSxFQUFFLEdBQUcsUUFBUSxRQUFRLEdBQUcsUUFBUSxDQUFDO0FBQzdHLGVBQVMsU0FBUztBQUNsQixhQUFPLFFBQVEsU0FBUyxLQUFLO0FBQzdCLGFBQU8sYUFBYSxTQUFTLEtBQUs7QUFDbEMsYUFBTyxPQUFPLFNBQVMsS0FBSztBQUM1QixhQUFPLFFBQVEsU0FBUyxLQUFLO0FBQzdCLGFBQU8sVUFBVSxTQUFTO0FBQzFCLGFBQU8sYUFBUywyQkFBWSxTQUFTLE9BQU8sR0FBRztBQUFBLElBQ2pELFNBQVMsR0FBRztBQUNWLGFBQU8sUUFBUTtBQUNmLGFBQU8sVUFBVSxLQUFLLElBQUk7QUFDMUIsYUFBTyxjQUFVLGlDQUFjLENBQUM7QUFDaEMsZUFBUyxPQUFPO0FBQ2hCLGVBQVMsT0FBTztBQUNoQixXQUFLLElBQUksT0FBTyxRQUFRLE1BQU07QUFDOUIsY0FBSSw4QkFBWSxDQUFDLEtBQUssRUFBRSxTQUFTLHFCQUFzQixNQUFLLElBQUksbUJBQW1CLE9BQU8sRUFBRSxPQUFPO0FBQ25HLGVBQUssNkJBQVUsR0FBRyxLQUFLLElBQUksR0FBRztBQUM5QixhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU8sU0FBUztBQUNoQixhQUFTLE9BQU87QUFDaEIsU0FBSyxJQUFJLG1CQUFtQixJQUFJO0FBQ2hDLFNBQUssT0FBTyxRQUFRLFFBQVEsUUFBUTtBQUNwQyxRQUFJLENBQUMsS0FBSyxNQUFPLE1BQUssYUFBYSxNQUFNO0FBQ3pDLFFBQUksT0FBTyxnQkFBaUIsTUFBSyxPQUFPLE9BQU87QUFDL0MsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLE9BQU8sUUFBcUIsUUFBcUIsVUFBK0I7QUFDdEYsVUFBTSxVQUFVLElBQUkscUNBQWdCO0FBQUEsTUFDbEMsVUFBVSxDQUFDLE1BQU07QUFBRSxlQUFPLFdBQVc7QUFBRyxhQUFLLElBQUksT0FBTyxRQUFRLE1BQU07QUFBQSxNQUFHO0FBQUEsTUFDekUsU0FBUyxDQUFDLFlBQVk7QUFBRSxlQUFPLFVBQVU7QUFBQSxNQUFTO0FBQUEsSUFDcEQsQ0FBQztBQUNELFVBQU0sY0FBYyxPQUFPLFFBQVEsQ0FBQyxNQUFnQjtBQUNsRCxjQUFRLEVBQUUsTUFBTTtBQUFBLFFBQ2QsS0FBSztBQUNILGlCQUFPLFFBQVEsRUFBRTtBQUNqQixjQUFJLEtBQUMsMEJBQVcsTUFBTSxLQUFLLEVBQUUsVUFBVSxVQUFXLFVBQVMsT0FBTyxHQUFHLEVBQUUsS0FBSyxHQUFHLEVBQUUsU0FBUyxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsRUFBRTtBQUNoSCxlQUFLLElBQUksT0FBTyxRQUFRLE1BQU07QUFDOUI7QUFBQSxRQUNGLEtBQUs7QUFDSCxtQkFBUyxPQUFPLEVBQUUsSUFBSTtBQUN0QixpQkFBTyxXQUFXLEtBQUssRUFBRSxLQUFLLFNBQVMsTUFBTSxDQUFDO0FBQzlDLGtCQUFRLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTTtBQUM3QjtBQUFBLFFBQ0YsS0FBSztBQUNILGNBQUksRUFBRSxVQUFVLENBQUMsRUFBRSxRQUFTLFVBQVMsT0FBTyxTQUFTLEVBQUUsTUFBTSxHQUFHLEVBQUUsS0FBSyxJQUFJLEVBQUUsRUFBRSxLQUFLLEVBQUUsRUFBRTtBQUN4RjtBQUFBLFFBQ0Y7QUFDRTtBQUFBLE1BQ0o7QUFBQSxJQUNGLENBQUM7QUFDRCxXQUFPLEtBQUs7QUFBQSxNQUNWLENBQUMsV0FBVztBQUNWLGVBQU8sU0FBUztBQUNoQixlQUFPLFFBQVEsT0FBTztBQUN0QixlQUFPLFVBQVUsT0FBTztBQUN4QixlQUFPLFNBQVMsT0FBTztBQUN2QixZQUFJLE9BQU8sTUFBTyxRQUFPLGNBQVUsaUNBQWMsT0FBTyxLQUFLO0FBQzdELFlBQUksT0FBTyxhQUFTLDhCQUFZLE9BQU8sS0FBSyxLQUFLLE9BQU8sTUFBTSxTQUFTLHNCQUFzQjtBQUMzRixlQUFLLElBQUksbUJBQW1CLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxRQUN6RDtBQUFBLE1BQ0Y7QUFBQSxNQUNBLENBQUMsTUFBZTtBQUNkLGVBQU8sUUFBUTtBQUNmLGVBQU8sY0FBVSxpQ0FBYyxDQUFDO0FBQUEsTUFDbEM7QUFBQSxJQUNGLEVBQUUsUUFBUSxNQUFNO0FBQ2Qsa0JBQVk7QUFDWixjQUFRLElBQUk7QUFDWixhQUFPLFVBQVUsS0FBSyxJQUFJO0FBQzFCLGVBQVMsT0FBTztBQUNoQixlQUFTLE9BQU87QUFDaEIsV0FBSyxJQUFJLE9BQU8sUUFBUSxNQUFNO0FBQzlCLFdBQUssSUFBSSxJQUFJLEtBQUssU0FBUyxPQUFPLEVBQUUsS0FBSyxPQUFPLEtBQUssR0FBRyxPQUFPLFFBQVEsVUFBVSxRQUFRLE9BQU8sT0FBTyxPQUFPLEtBQUssRUFBRSxFQUFFO0FBQ3ZILFdBQUssS0FBSyxTQUFTLE1BQU07QUFBQSxJQUMzQixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHUSxhQUFhLFFBQTJCO0FBQzlDLFNBQUssT0FBTyxPQUFPO0FBQUEsTUFDakIsRUFBRSxVQUFVLE9BQU8saUJBQWlCLGNBQWMsT0FBTyxZQUFZLE9BQU8sSUFBSSxJQUFJLGFBQWEsS0FBSztBQUFBLE1BQ3RHLENBQUMsVUFBVSxVQUFVLElBQUksUUFBYyxDQUFDLFlBQVk7QUFDbEQsY0FBTSxTQUFTLE1BQU0sU0FBUyxPQUFPLEVBQUUsYUFBUyx1Q0FBaUIsT0FBTyxVQUFVLEdBQUcsT0FBTyxLQUFLLFFBQUcsRUFBRSxDQUFDO0FBQ3ZHLGVBQU87QUFDUCxjQUFNLE1BQU0sS0FBSyxJQUFJLE9BQU8sWUFBWSxDQUFDLE1BQU07QUFDN0MsY0FBSSxLQUFLLE1BQU0sT0FBUTtBQUN2QixrQkFBSSwwQkFBVyxNQUFNLEdBQUc7QUFBRSxnQkFBSSxRQUFRO0FBQUcsb0JBQVE7QUFBQSxVQUFHLE1BQU8sUUFBTztBQUFBLFFBQ3BFLENBQUM7QUFDRCxjQUFNLHdCQUF3QixNQUFNLEtBQUssS0FBSyxPQUFPLE1BQU0sQ0FBQztBQUM1RCxnQkFBSSwwQkFBVyxNQUFNLEdBQUc7QUFBRSxjQUFJLFFBQVE7QUFBRyxrQkFBUTtBQUFBLFFBQUc7QUFBQSxNQUN0RCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsTUFBYyxTQUFTLFFBQW9DO0FBQ3pELFFBQUksT0FBTyxVQUFVLFlBQVksT0FBTyxVQUFVLFFBQVM7QUFDM0QsVUFBTSxTQUFTLE1BQU0sT0FBTyxPQUFPO0FBQUEsTUFDakMsWUFBWSxPQUFPLElBQUksSUFBSSxPQUFPLFVBQVUsV0FBVyxXQUFXLFNBQVMsR0FBRyxPQUFPLFVBQVUsS0FBSyxPQUFPLE9BQU8sS0FBSyxHQUFHO0FBQUEsTUFDMUg7QUFBQSxNQUFrQjtBQUFBLElBQWE7QUFDakMsUUFBSSxXQUFXLGlCQUFrQixPQUFNLE9BQU8sU0FBUyxlQUFlLDhCQUE4QixPQUFPLEVBQUU7QUFDN0csUUFBSSxXQUFXLGNBQWUsTUFBSyxJQUFJLGFBQWEsT0FBTyxFQUFFO0FBQUEsRUFDL0Q7QUFBQTtBQUFBLEVBR0EsYUFBYSxRQUFvQztBQUMvQyxZQUFJLDBCQUFXLE1BQU0sRUFBRyxRQUFPLFFBQVEsUUFBUTtBQUMvQyxXQUFPLElBQUksUUFBUSxDQUFDLFlBQVk7QUFDOUIsWUFBTSxNQUFNLEtBQUssSUFBSSxPQUFPLFlBQVksTUFBTTtBQUM1QyxnQkFBSSwwQkFBVyxNQUFNLEdBQUc7QUFBRSxjQUFJLFFBQVE7QUFBRyxrQkFBUTtBQUFBLFFBQUc7QUFBQSxNQUN0RCxDQUFDO0FBQUEsSUFDSCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsTUFBTSxPQUFPLFFBQW9DO0FBQy9DLFlBQUksMEJBQVcsTUFBTSxFQUFHO0FBQ3hCLFVBQU0sV0FBVyxLQUFLLElBQUksVUFBVSxJQUFJLE9BQU8sRUFBRTtBQUNqRCxjQUFVLE9BQU8sMENBQXFDO0FBQ3RELFFBQUksQ0FBQyxPQUFPLFFBQVE7QUFFbEIsYUFBTyxrQkFBa0I7QUFDekI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxPQUFPLE9BQU8sT0FBTztBQUFBLEVBQzdCO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
