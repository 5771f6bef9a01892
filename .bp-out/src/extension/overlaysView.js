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
var overlaysView_exports = {};
__export(overlaysView_exports, {
  OverlaysView: () => OverlaysView,
  createOverrideFile: () => createOverrideFile
});
module.exports = __toCommonJS(overlaysView_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_buildModel = require("../core/buildModel");
var import_overlays = require("../core/overlays");
var import_overrides = require("../core/overrides");
var import_userErrors = require("./userErrors");
class OverlaysView {
  constructor(ctx) {
    this.ctx = ctx;
    const view = vscode.window.createTreeView("ebuildBuilder.overlays", { treeDataProvider: this });
    const watcher = vscode.workspace.createFileSystemWatcher("**/{profiles/repo_name,metadata/layout.conf,package.*}");
    const refresh = () => this.refresh();
    this.disposables.push(
      view,
      watcher,
      watcher.onDidCreate(refresh),
      watcher.onDidDelete(refresh),
      vscode.workspace.onDidChangeWorkspaceFolders(refresh),
      ctx.config.onDidChange(refresh)
    );
  }
  ctx;
  emitter = new vscode.EventEmitter();
  onDidChangeTreeData = this.emitter.event;
  disposables = [];
  state = /* @__PURE__ */ new Map();
  loading;
  refresh() {
    this.loading = void 0;
    this.emitter.fire(void 0);
  }
  /** Overlays of the whole workspace (for other features), loading them when needed. */
  async overlays() {
    await this.load();
    return [...this.state.values()].flatMap((s) => s.overlays);
  }
  load() {
    this.loading ??= (async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const next = /* @__PURE__ */ new Map();
      for (const f of folders) {
        const config = this.ctx.config.forResource(f.uri);
        const found = await (0, import_overlays.discoverOverlays)([f.uri.fsPath], { artifactsFolder: config.artifactsFolder });
        const s = { overlays: found.overlays, problems: found.problems.map((p) => (0, import_userErrors.describeError)(p)) };
        try {
          s.overrides = await (0, import_overrides.discoverOverrides)(f.uri.fsPath, config.overridesFolder);
        } catch (e) {
          s.problems.push((0, import_userErrors.describeError)(e));
        }
        next.set(f.uri.fsPath, s);
      }
      this.state = next;
      const none = folders.length > 0 && [...next.values()].every((s) => s.overlays.length === 0);
      void this.ctx.setContext("ebuildBuilder.noOverlay", none);
    })().catch((e) => {
      this.ctx.log.error(`overlay discovery: ${(0, import_userErrors.describeError)(e)}`);
    });
    return this.loading;
  }
  async getChildren(node) {
    await this.load();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!node) {
      if (folders.length > 1) return folders.map((folder) => ({ kind: "folder", folder }));
      return folders.length ? this.folderChildren(folders[0].uri.fsPath) : [];
    }
    if (node.kind === "folder") return this.folderChildren(node.folder.uri.fsPath);
    if (node.kind === "overrides") {
      return import_buildModel.OVERRIDE_KINDS.map((k) => {
        const existing = node.set.sources.filter((s) => s.kind === k);
        if (!existing.length) return [{ kind: "override", overrideKind: k, file: path.join(node.set.root, `package.${k}`), present: false, folder: node.folder }];
        return existing.map((s) => ({ kind: "override", overrideKind: k, file: s.path, present: true, folder: node.folder }));
      }).flat();
    }
    return [];
  }
  folderChildren(folder) {
    const s = this.state.get(folder);
    if (!s) return [];
    const out = s.overlays.map((overlay) => ({ kind: "overlay", overlay, folder }));
    if (s.overrides && s.overlays.length) out.push({ kind: "overrides", set: s.overrides, folder });
    out.push(...s.problems.map((message) => ({ kind: "problem", message, folder })));
    return out;
  }
  getTreeItem(node) {
    const None = vscode.TreeItemCollapsibleState.None;
    switch (node.kind) {
      case "folder": {
        const item = new vscode.TreeItem(node.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `folder:${node.folder.uri.fsPath}`;
        item.iconPath = vscode.ThemeIcon.Folder;
        return item;
      }
      case "overlay": {
        const item = new vscode.TreeItem(node.overlay.name, None);
        item.id = `overlay:${node.overlay.path}`;
        item.description = path.relative(node.folder, node.overlay.path) || "workspace folder";
        item.iconPath = new vscode.ThemeIcon("repo");
        item.tooltip = `${node.overlay.name} \u2014 ${node.overlay.path}${node.overlay.masters.length ? `
masters: ${node.overlay.masters.join(" ")}` : ""}`;
        item.contextValue = "overlay";
        item.resourceUri = vscode.Uri.file(node.overlay.path);
        item.command = { title: "Reveal", command: "revealInExplorer", arguments: [vscode.Uri.file(node.overlay.path)] };
        return item;
      }
      case "overrides": {
        const item = new vscode.TreeItem("Portage overrides", vscode.TreeItemCollapsibleState.Expanded);
        item.id = `overrides:${node.set.root}`;
        item.description = path.relative(node.folder, node.set.root);
        item.iconPath = new vscode.ThemeIcon("settings");
        item.tooltip = `Override files mounted into every build: ${node.set.root}`;
        return item;
      }
      case "override": {
        const item = new vscode.TreeItem(path.relative(path.dirname(node.file), node.file) || path.basename(node.file), None);
        item.id = `override:${node.file}`;
        item.label = path.basename(node.file);
        item.iconPath = new vscode.ThemeIcon(node.present ? "file" : "new-file", node.present ? void 0 : new vscode.ThemeColor("disabledForeground"));
        item.description = node.present ? void 0 : "not created";
        item.contextValue = node.present ? "override.present" : "override.missing";
        item.command = node.present ? { title: "Open", command: "ebuildBuilder.openOverride", arguments: [node.file] } : { title: "Create", command: "ebuildBuilder.createOverride", arguments: [node.file] };
        item.tooltip = node.present ? node.file : `Create ${node.file}`;
        return item;
      }
      case "problem": {
        const item = new vscode.TreeItem(node.message, None);
        item.iconPath = new vscode.ThemeIcon("warning", new vscode.ThemeColor("problemsWarningIcon.foreground"));
        item.tooltip = node.message;
        return item;
      }
    }
  }
  dispose() {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
async function createOverrideFile(file) {
  await import_node_fs.promises.mkdir(path.dirname(file), { recursive: true });
  const header = `# ${path.basename(file)} for builds of this workspace (mounted as /etc/portage/${path.basename(file)}).
`;
  try {
    await import_node_fs.promises.writeFile(file, header, { flag: "wx" });
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(file));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  OverlaysView,
  createOverrideFile
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9vdmVybGF5c1ZpZXcudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIE92ZXJsYXlzIHZpZXc6IHBlciB3b3Jrc3BhY2UgZm9sZGVyLCB0aGUgb3ZlcmxheXMgZm91bmQgKHdpdGggdGhlaXIgcmVwbyBuYW1lcykgYW5kIHRoZSBvdmVycmlkZSBmaWxlcyBvZlxuICogaXRzIG92ZXJyaWRlcyBmb2xkZXI7IGEgbWlzc2luZyBvdmVycmlkZSBmaWxlIGlzIGxpc3RlZCBmYWRlZCBhbmQgY2FuIGJlIGNyZWF0ZWQgaW4gb25lIGNsaWNrLlxuICovXG5pbXBvcnQgeyBwcm9taXNlcyBhcyBmcyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gJy4vY3R4JztcbmltcG9ydCB0eXBlIHsgT3ZlcmxheSwgT3ZlcnJpZGVLaW5kLCBPdmVycmlkZVNldCB9IGZyb20gJy4uL2NvcmUvYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBPVkVSUklERV9LSU5EUyB9IGZyb20gJy4uL2NvcmUvYnVpbGRNb2RlbCc7XG5pbXBvcnQgeyBkaXNjb3Zlck92ZXJsYXlzIH0gZnJvbSAnLi4vY29yZS9vdmVybGF5cyc7XG5pbXBvcnQgeyBkaXNjb3Zlck92ZXJyaWRlcyB9IGZyb20gJy4uL2NvcmUvb3ZlcnJpZGVzJztcbmltcG9ydCB7IGRlc2NyaWJlRXJyb3IgfSBmcm9tICcuL3VzZXJFcnJvcnMnO1xuXG5leHBvcnQgdHlwZSBPdmVybGF5Tm9kZSA9XG4gIHwgeyBraW5kOiAnZm9sZGVyJzsgZm9sZGVyOiB2c2NvZGUuV29ya3NwYWNlRm9sZGVyIH1cbiAgfCB7IGtpbmQ6ICdvdmVybGF5Jzsgb3ZlcmxheTogT3ZlcmxheTsgZm9sZGVyOiBzdHJpbmcgfVxuICB8IHsga2luZDogJ292ZXJyaWRlcyc7IHNldDogT3ZlcnJpZGVTZXQ7IGZvbGRlcjogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdvdmVycmlkZSc7IG92ZXJyaWRlS2luZDogT3ZlcnJpZGVLaW5kOyBmaWxlOiBzdHJpbmc7IHByZXNlbnQ6IGJvb2xlYW47IGZvbGRlcjogc3RyaW5nIH1cbiAgfCB7IGtpbmQ6ICdwcm9ibGVtJzsgbWVzc2FnZTogc3RyaW5nOyBmb2xkZXI6IHN0cmluZyB9O1xuXG5pbnRlcmZhY2UgRm9sZGVyU3RhdGUge1xuICBvdmVybGF5czogT3ZlcmxheVtdO1xuICBvdmVycmlkZXM/OiBPdmVycmlkZVNldDtcbiAgcHJvYmxlbXM6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgY2xhc3MgT3ZlcmxheXNWaWV3IGltcGxlbWVudHMgdnNjb2RlLlRyZWVEYXRhUHJvdmlkZXI8T3ZlcmxheU5vZGU+LCB2c2NvZGUuRGlzcG9zYWJsZSB7XG4gIHByaXZhdGUgcmVhZG9ubHkgZW1pdHRlciA9IG5ldyB2c2NvZGUuRXZlbnRFbWl0dGVyPE92ZXJsYXlOb2RlIHwgdW5kZWZpbmVkPigpO1xuICByZWFkb25seSBvbkRpZENoYW5nZVRyZWVEYXRhID0gdGhpcy5lbWl0dGVyLmV2ZW50O1xuICBwcml2YXRlIHJlYWRvbmx5IGRpc3Bvc2FibGVzOiB2c2NvZGUuRGlzcG9zYWJsZVtdID0gW107XG4gIHByaXZhdGUgc3RhdGUgPSBuZXcgTWFwPHN0cmluZywgRm9sZGVyU3RhdGU+KCk7XG4gIHByaXZhdGUgbG9hZGluZz86IFByb21pc2U8dm9pZD47XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBjdHg6IEN0eCkge1xuICAgIGNvbnN0IHZpZXcgPSB2c2NvZGUud2luZG93LmNyZWF0ZVRyZWVWaWV3KCdlYnVpbGRCdWlsZGVyLm92ZXJsYXlzJywgeyB0cmVlRGF0YVByb3ZpZGVyOiB0aGlzIH0pO1xuICAgIGNvbnN0IHdhdGNoZXIgPSB2c2NvZGUud29ya3NwYWNlLmNyZWF0ZUZpbGVTeXN0ZW1XYXRjaGVyKCcqKi97cHJvZmlsZXMvcmVwb19uYW1lLG1ldGFkYXRhL2xheW91dC5jb25mLHBhY2thZ2UuKn0nKTtcbiAgICBjb25zdCByZWZyZXNoID0gKCkgPT4gdGhpcy5yZWZyZXNoKCk7XG4gICAgdGhpcy5kaXNwb3NhYmxlcy5wdXNoKHZpZXcsIHdhdGNoZXIsIHdhdGNoZXIub25EaWRDcmVhdGUocmVmcmVzaCksIHdhdGNoZXIub25EaWREZWxldGUocmVmcmVzaCksXG4gICAgICB2c2NvZGUud29ya3NwYWNlLm9uRGlkQ2hhbmdlV29ya3NwYWNlRm9sZGVycyhyZWZyZXNoKSwgY3R4LmNvbmZpZy5vbkRpZENoYW5nZShyZWZyZXNoKSk7XG4gIH1cblxuICByZWZyZXNoKCk6IHZvaWQge1xuICAgIHRoaXMubG9hZGluZyA9IHVuZGVmaW5lZDtcbiAgICB0aGlzLmVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICB9XG5cbiAgLyoqIE92ZXJsYXlzIG9mIHRoZSB3aG9sZSB3b3Jrc3BhY2UgKGZvciBvdGhlciBmZWF0dXJlcyksIGxvYWRpbmcgdGhlbSB3aGVuIG5lZWRlZC4gKi9cbiAgYXN5bmMgb3ZlcmxheXMoKTogUHJvbWlzZTxPdmVybGF5W10+IHtcbiAgICBhd2FpdCB0aGlzLmxvYWQoKTtcbiAgICByZXR1cm4gWy4uLnRoaXMuc3RhdGUudmFsdWVzKCldLmZsYXRNYXAoKHMpID0+IHMub3ZlcmxheXMpO1xuICB9XG5cbiAgcHJpdmF0ZSBsb2FkKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMubG9hZGluZyA/Pz0gKGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IGZvbGRlcnMgPSB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnMgPz8gW107XG4gICAgICBjb25zdCBuZXh0ID0gbmV3IE1hcDxzdHJpbmcsIEZvbGRlclN0YXRlPigpO1xuICAgICAgZm9yIChjb25zdCBmIG9mIGZvbGRlcnMpIHtcbiAgICAgICAgY29uc3QgY29uZmlnID0gdGhpcy5jdHguY29uZmlnLmZvclJlc291cmNlKGYudXJpKTtcbiAgICAgICAgY29uc3QgZm91bmQgPSBhd2FpdCBkaXNjb3Zlck92ZXJsYXlzKFtmLnVyaS5mc1BhdGhdLCB7IGFydGlmYWN0c0ZvbGRlcjogY29uZmlnLmFydGlmYWN0c0ZvbGRlciB9KTtcbiAgICAgICAgY29uc3QgczogRm9sZGVyU3RhdGUgPSB7IG92ZXJsYXlzOiBmb3VuZC5vdmVybGF5cywgcHJvYmxlbXM6IGZvdW5kLnByb2JsZW1zLm1hcCgocCkgPT4gZGVzY3JpYmVFcnJvcihwKSkgfTtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBzLm92ZXJyaWRlcyA9IGF3YWl0IGRpc2NvdmVyT3ZlcnJpZGVzKGYudXJpLmZzUGF0aCwgY29uZmlnLm92ZXJyaWRlc0ZvbGRlcik7XG4gICAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgICBzLnByb2JsZW1zLnB1c2goZGVzY3JpYmVFcnJvcihlKSk7XG4gICAgICAgIH1cbiAgICAgICAgbmV4dC5zZXQoZi51cmkuZnNQYXRoLCBzKTtcbiAgICAgIH1cbiAgICAgIHRoaXMuc3RhdGUgPSBuZXh0O1xuICAgICAgY29uc3Qgbm9uZSA9IGZvbGRlcnMubGVuZ3RoID4gMCAmJiBbLi4ubmV4dC52YWx1ZXMoKV0uZXZlcnkoKHMpID0+IHMub3ZlcmxheXMubGVuZ3RoID09PSAwKTtcbiAgICAgIHZvaWQgdGhpcy5jdHguc2V0Q29udGV4dCgnZWJ1aWxkQnVpbGRlci5ub092ZXJsYXknLCBub25lKTtcbiAgICB9KSgpLmNhdGNoKChlKSA9PiB7IHRoaXMuY3R4LmxvZy5lcnJvcihgb3ZlcmxheSBkaXNjb3Zlcnk6ICR7ZGVzY3JpYmVFcnJvcihlKX1gKTsgfSk7XG4gICAgcmV0dXJuIHRoaXMubG9hZGluZztcbiAgfVxuXG4gIGFzeW5jIGdldENoaWxkcmVuKG5vZGU/OiBPdmVybGF5Tm9kZSk6IFByb21pc2U8T3ZlcmxheU5vZGVbXT4ge1xuICAgIGF3YWl0IHRoaXMubG9hZCgpO1xuICAgIGNvbnN0IGZvbGRlcnMgPSB2c2NvZGUud29ya3NwYWNlLndvcmtzcGFjZUZvbGRlcnMgPz8gW107XG4gICAgaWYgKCFub2RlKSB7XG4gICAgICBpZiAoZm9sZGVycy5sZW5ndGggPiAxKSByZXR1cm4gZm9sZGVycy5tYXAoKGZvbGRlcikgPT4gKHsga2luZDogJ2ZvbGRlcicsIGZvbGRlciB9KSk7XG4gICAgICByZXR1cm4gZm9sZGVycy5sZW5ndGggPyB0aGlzLmZvbGRlckNoaWxkcmVuKGZvbGRlcnNbMF0udXJpLmZzUGF0aCkgOiBbXTtcbiAgICB9XG4gICAgaWYgKG5vZGUua2luZCA9PT0gJ2ZvbGRlcicpIHJldHVybiB0aGlzLmZvbGRlckNoaWxkcmVuKG5vZGUuZm9sZGVyLnVyaS5mc1BhdGgpO1xuICAgIGlmIChub2RlLmtpbmQgPT09ICdvdmVycmlkZXMnKSB7XG4gICAgICByZXR1cm4gT1ZFUlJJREVfS0lORFMubWFwKChrKSA9PiB7XG4gICAgICAgIGNvbnN0IGV4aXN0aW5nID0gbm9kZS5zZXQuc291cmNlcy5maWx0ZXIoKHMpID0+IHMua2luZCA9PT0gayk7XG4gICAgICAgIGlmICghZXhpc3RpbmcubGVuZ3RoKSByZXR1cm4gW3sga2luZDogJ292ZXJyaWRlJywgb3ZlcnJpZGVLaW5kOiBrLCBmaWxlOiBwYXRoLmpvaW4obm9kZS5zZXQucm9vdCwgYHBhY2thZ2UuJHtrfWApLCBwcmVzZW50OiBmYWxzZSwgZm9sZGVyOiBub2RlLmZvbGRlciB9XSBhcyBPdmVybGF5Tm9kZVtdO1xuICAgICAgICByZXR1cm4gZXhpc3RpbmcubWFwKChzKSA9PiAoeyBraW5kOiAnb3ZlcnJpZGUnLCBvdmVycmlkZUtpbmQ6IGssIGZpbGU6IHMucGF0aCwgcHJlc2VudDogdHJ1ZSwgZm9sZGVyOiBub2RlLmZvbGRlciB9KSBhcyBPdmVybGF5Tm9kZSk7XG4gICAgICB9KS5mbGF0KCk7XG4gICAgfVxuICAgIHJldHVybiBbXTtcbiAgfVxuXG4gIHByaXZhdGUgZm9sZGVyQ2hpbGRyZW4oZm9sZGVyOiBzdHJpbmcpOiBPdmVybGF5Tm9kZVtdIHtcbiAgICBjb25zdCBzID0gdGhpcy5zdGF0ZS5nZXQoZm9sZGVyKTtcbiAgICBpZiAoIXMpIHJldHVybiBbXTtcbiAgICBjb25zdCBvdXQ6IE92ZXJsYXlOb2RlW10gPSBzLm92ZXJsYXlzLm1hcCgob3ZlcmxheSkgPT4gKHsga2luZDogJ292ZXJsYXknLCBvdmVybGF5LCBmb2xkZXIgfSkpO1xuICAgIGlmIChzLm92ZXJyaWRlcyAmJiBzLm92ZXJsYXlzLmxlbmd0aCkgb3V0LnB1c2goeyBraW5kOiAnb3ZlcnJpZGVzJywgc2V0OiBzLm92ZXJyaWRlcywgZm9sZGVyIH0pO1xuICAgIG91dC5wdXNoKC4uLnMucHJvYmxlbXMubWFwKChtZXNzYWdlKSA9PiAoeyBraW5kOiAncHJvYmxlbScsIG1lc3NhZ2UsIGZvbGRlciB9KSBhcyBPdmVybGF5Tm9kZSkpO1xuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICBnZXRUcmVlSXRlbShub2RlOiBPdmVybGF5Tm9kZSk6IHZzY29kZS5UcmVlSXRlbSB7XG4gICAgY29uc3QgTm9uZSA9IHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuTm9uZTtcbiAgICBzd2l0Y2ggKG5vZGUua2luZCkge1xuICAgICAgY2FzZSAnZm9sZGVyJzoge1xuICAgICAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShub2RlLmZvbGRlci5uYW1lLCB2c2NvZGUuVHJlZUl0ZW1Db2xsYXBzaWJsZVN0YXRlLkV4cGFuZGVkKTtcbiAgICAgICAgaXRlbS5pZCA9IGBmb2xkZXI6JHtub2RlLmZvbGRlci51cmkuZnNQYXRofWA7XG4gICAgICAgIGl0ZW0uaWNvblBhdGggPSB2c2NvZGUuVGhlbWVJY29uLkZvbGRlcjtcbiAgICAgICAgcmV0dXJuIGl0ZW07XG4gICAgICB9XG4gICAgICBjYXNlICdvdmVybGF5Jzoge1xuICAgICAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShub2RlLm92ZXJsYXkubmFtZSwgTm9uZSk7XG4gICAgICAgIGl0ZW0uaWQgPSBgb3ZlcmxheToke25vZGUub3ZlcmxheS5wYXRofWA7XG4gICAgICAgIGl0ZW0uZGVzY3JpcHRpb24gPSBwYXRoLnJlbGF0aXZlKG5vZGUuZm9sZGVyLCBub2RlLm92ZXJsYXkucGF0aCkgfHwgJ3dvcmtzcGFjZSBmb2xkZXInO1xuICAgICAgICBpdGVtLmljb25QYXRoID0gbmV3IHZzY29kZS5UaGVtZUljb24oJ3JlcG8nKTtcbiAgICAgICAgaXRlbS50b29sdGlwID0gYCR7bm9kZS5vdmVybGF5Lm5hbWV9IFx1MjAxNCAke25vZGUub3ZlcmxheS5wYXRofSR7bm9kZS5vdmVybGF5Lm1hc3RlcnMubGVuZ3RoID8gYFxcbm1hc3RlcnM6ICR7bm9kZS5vdmVybGF5Lm1hc3RlcnMuam9pbignICcpfWAgOiAnJ31gO1xuICAgICAgICBpdGVtLmNvbnRleHRWYWx1ZSA9ICdvdmVybGF5JztcbiAgICAgICAgaXRlbS5yZXNvdXJjZVVyaSA9IHZzY29kZS5VcmkuZmlsZShub2RlLm92ZXJsYXkucGF0aCk7XG4gICAgICAgIGl0ZW0uY29tbWFuZCA9IHsgdGl0bGU6ICdSZXZlYWwnLCBjb21tYW5kOiAncmV2ZWFsSW5FeHBsb3JlcicsIGFyZ3VtZW50czogW3ZzY29kZS5VcmkuZmlsZShub2RlLm92ZXJsYXkucGF0aCldIH07XG4gICAgICAgIHJldHVybiBpdGVtO1xuICAgICAgfVxuICAgICAgY2FzZSAnb3ZlcnJpZGVzJzoge1xuICAgICAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbSgnUG9ydGFnZSBvdmVycmlkZXMnLCB2c2NvZGUuVHJlZUl0ZW1Db2xsYXBzaWJsZVN0YXRlLkV4cGFuZGVkKTtcbiAgICAgICAgaXRlbS5pZCA9IGBvdmVycmlkZXM6JHtub2RlLnNldC5yb290fWA7XG4gICAgICAgIGl0ZW0uZGVzY3JpcHRpb24gPSBwYXRoLnJlbGF0aXZlKG5vZGUuZm9sZGVyLCBub2RlLnNldC5yb290KTtcbiAgICAgICAgaXRlbS5pY29uUGF0aCA9IG5ldyB2c2NvZGUuVGhlbWVJY29uKCdzZXR0aW5ncycpO1xuICAgICAgICBpdGVtLnRvb2x0aXAgPSBgT3ZlcnJpZGUgZmlsZXMgbW91bnRlZCBpbnRvIGV2ZXJ5IGJ1aWxkOiAke25vZGUuc2V0LnJvb3R9YDtcbiAgICAgICAgcmV0dXJuIGl0ZW07XG4gICAgICB9XG4gICAgICBjYXNlICdvdmVycmlkZSc6IHtcbiAgICAgICAgY29uc3QgaXRlbSA9IG5ldyB2c2NvZGUuVHJlZUl0ZW0ocGF0aC5yZWxhdGl2ZShwYXRoLmRpcm5hbWUobm9kZS5maWxlKSwgbm9kZS5maWxlKSB8fCBwYXRoLmJhc2VuYW1lKG5vZGUuZmlsZSksIE5vbmUpO1xuICAgICAgICBpdGVtLmlkID0gYG92ZXJyaWRlOiR7bm9kZS5maWxlfWA7XG4gICAgICAgIGl0ZW0ubGFiZWwgPSBwYXRoLmJhc2VuYW1lKG5vZGUuZmlsZSk7XG4gICAgICAgIGl0ZW0uaWNvblBhdGggPSBuZXcgdnNjb2RlLlRoZW1lSWNvbihub2RlLnByZXNlbnQgPyAnZmlsZScgOiAnbmV3LWZpbGUnLCBub2RlLnByZXNlbnQgPyB1bmRlZmluZWQgOiBuZXcgdnNjb2RlLlRoZW1lQ29sb3IoJ2Rpc2FibGVkRm9yZWdyb3VuZCcpKTtcbiAgICAgICAgaXRlbS5kZXNjcmlwdGlvbiA9IG5vZGUucHJlc2VudCA/IHVuZGVmaW5lZCA6ICdub3QgY3JlYXRlZCc7XG4gICAgICAgIGl0ZW0uY29udGV4dFZhbHVlID0gbm9kZS5wcmVzZW50ID8gJ292ZXJyaWRlLnByZXNlbnQnIDogJ292ZXJyaWRlLm1pc3NpbmcnO1xuICAgICAgICBpdGVtLmNvbW1hbmQgPSBub2RlLnByZXNlbnRcbiAgICAgICAgICA/IHsgdGl0bGU6ICdPcGVuJywgY29tbWFuZDogJ2VidWlsZEJ1aWxkZXIub3Blbk92ZXJyaWRlJywgYXJndW1lbnRzOiBbbm9kZS5maWxlXSB9XG4gICAgICAgICAgOiB7IHRpdGxlOiAnQ3JlYXRlJywgY29tbWFuZDogJ2VidWlsZEJ1aWxkZXIuY3JlYXRlT3ZlcnJpZGUnLCBhcmd1bWVudHM6IFtub2RlLmZpbGVdIH07XG4gICAgICAgIGl0ZW0udG9vbHRpcCA9IG5vZGUucHJlc2VudCA/IG5vZGUuZmlsZSA6IGBDcmVhdGUgJHtub2RlLmZpbGV9YDtcbiAgICAgICAgcmV0dXJuIGl0ZW07XG4gICAgICB9XG4gICAgICBjYXNlICdwcm9ibGVtJzoge1xuICAgICAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShub2RlLm1lc3NhZ2UsIE5vbmUpO1xuICAgICAgICBpdGVtLmljb25QYXRoID0gbmV3IHZzY29kZS5UaGVtZUljb24oJ3dhcm5pbmcnLCBuZXcgdnNjb2RlLlRoZW1lQ29sb3IoJ3Byb2JsZW1zV2FybmluZ0ljb24uZm9yZWdyb3VuZCcpKTtcbiAgICAgICAgaXRlbS50b29sdGlwID0gbm9kZS5tZXNzYWdlO1xuICAgICAgICByZXR1cm4gaXRlbTtcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBkaXNwb3NlKCk6IHZvaWQge1xuICAgIGZvciAoY29uc3QgZCBvZiB0aGlzLmRpc3Bvc2FibGVzKSBkLmRpc3Bvc2UoKTtcbiAgICB0aGlzLmVtaXR0ZXIuZGlzcG9zZSgpO1xuICB9XG59XG5cbi8qKiBDcmVhdGVzIGFuIG92ZXJyaWRlIGZpbGUgKG5ldmVyIG92ZXJ3cml0aW5nIG9uZSkgd2l0aCBhIGNvbW1lbnQgc2F5aW5nIHdoYXQgaXQgaXMgZm9yLCB0aGVuIG9wZW5zIGl0LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNyZWF0ZU92ZXJyaWRlRmlsZShmaWxlOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgZnMubWtkaXIocGF0aC5kaXJuYW1lKGZpbGUpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgY29uc3QgaGVhZGVyID0gYCMgJHtwYXRoLmJhc2VuYW1lKGZpbGUpfSBmb3IgYnVpbGRzIG9mIHRoaXMgd29ya3NwYWNlIChtb3VudGVkIGFzIC9ldGMvcG9ydGFnZS8ke3BhdGguYmFzZW5hbWUoZmlsZSl9KS5cXG5gO1xuICB0cnkge1xuICAgIGF3YWl0IGZzLndyaXRlRmlsZShmaWxlLCBoZWFkZXIsIHsgZmxhZzogJ3d4JyB9KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmICgoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgIT09ICdFRVhJU1QnKSB0aHJvdyBlO1xuICB9XG4gIGF3YWl0IHZzY29kZS53aW5kb3cuc2hvd1RleHREb2N1bWVudCh2c2NvZGUuVXJpLmZpbGUoZmlsZSkpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUlBLHFCQUErQjtBQUMvQixXQUFzQjtBQUN0QixhQUF3QjtBQUd4Qix3QkFBK0I7QUFDL0Isc0JBQWlDO0FBQ2pDLHVCQUFrQztBQUNsQyx3QkFBOEI7QUFldkIsTUFBTSxhQUFnRjtBQUFBLEVBTzNGLFlBQTZCLEtBQVU7QUFBVjtBQUMzQixVQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsMEJBQTBCLEVBQUUsa0JBQWtCLEtBQUssQ0FBQztBQUM5RixVQUFNLFVBQVUsT0FBTyxVQUFVLHdCQUF3Qix3REFBd0Q7QUFDakgsVUFBTSxVQUFVLE1BQU0sS0FBSyxRQUFRO0FBQ25DLFNBQUssWUFBWTtBQUFBLE1BQUs7QUFBQSxNQUFNO0FBQUEsTUFBUyxRQUFRLFlBQVksT0FBTztBQUFBLE1BQUcsUUFBUSxZQUFZLE9BQU87QUFBQSxNQUM1RixPQUFPLFVBQVUsNEJBQTRCLE9BQU87QUFBQSxNQUFHLElBQUksT0FBTyxZQUFZLE9BQU87QUFBQSxJQUFDO0FBQUEsRUFDMUY7QUFBQSxFQU42QjtBQUFBLEVBTlosVUFBVSxJQUFJLE9BQU8sYUFBc0M7QUFBQSxFQUNuRSxzQkFBc0IsS0FBSyxRQUFRO0FBQUEsRUFDM0IsY0FBbUMsQ0FBQztBQUFBLEVBQzdDLFFBQVEsb0JBQUksSUFBeUI7QUFBQSxFQUNyQztBQUFBLEVBVVIsVUFBZ0I7QUFDZCxTQUFLLFVBQVU7QUFDZixTQUFLLFFBQVEsS0FBSyxNQUFTO0FBQUEsRUFDN0I7QUFBQTtBQUFBLEVBR0EsTUFBTSxXQUErQjtBQUNuQyxVQUFNLEtBQUssS0FBSztBQUNoQixXQUFPLENBQUMsR0FBRyxLQUFLLE1BQU0sT0FBTyxDQUFDLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRO0FBQUEsRUFDM0Q7QUFBQSxFQUVRLE9BQXNCO0FBQzVCLFNBQUssYUFBYSxZQUFZO0FBQzVCLFlBQU0sVUFBVSxPQUFPLFVBQVUsb0JBQW9CLENBQUM7QUFDdEQsWUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLGlCQUFXLEtBQUssU0FBUztBQUN2QixjQUFNLFNBQVMsS0FBSyxJQUFJLE9BQU8sWUFBWSxFQUFFLEdBQUc7QUFDaEQsY0FBTSxRQUFRLFVBQU0sa0NBQWlCLENBQUMsRUFBRSxJQUFJLE1BQU0sR0FBRyxFQUFFLGlCQUFpQixPQUFPLGdCQUFnQixDQUFDO0FBQ2hHLGNBQU0sSUFBaUIsRUFBRSxVQUFVLE1BQU0sVUFBVSxVQUFVLE1BQU0sU0FBUyxJQUFJLENBQUMsVUFBTSxpQ0FBYyxDQUFDLENBQUMsRUFBRTtBQUN6RyxZQUFJO0FBQ0YsWUFBRSxZQUFZLFVBQU0sb0NBQWtCLEVBQUUsSUFBSSxRQUFRLE9BQU8sZUFBZTtBQUFBLFFBQzVFLFNBQVMsR0FBRztBQUNWLFlBQUUsU0FBUyxTQUFLLGlDQUFjLENBQUMsQ0FBQztBQUFBLFFBQ2xDO0FBQ0EsYUFBSyxJQUFJLEVBQUUsSUFBSSxRQUFRLENBQUM7QUFBQSxNQUMxQjtBQUNBLFdBQUssUUFBUTtBQUNiLFlBQU0sT0FBTyxRQUFRLFNBQVMsS0FBSyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTSxFQUFFLFNBQVMsV0FBVyxDQUFDO0FBQzFGLFdBQUssS0FBSyxJQUFJLFdBQVcsMkJBQTJCLElBQUk7QUFBQSxJQUMxRCxHQUFHLEVBQUUsTUFBTSxDQUFDLE1BQU07QUFBRSxXQUFLLElBQUksSUFBSSxNQUFNLDBCQUFzQixpQ0FBYyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQUcsQ0FBQztBQUNuRixXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxNQUFNLFlBQVksTUFBNEM7QUFDNUQsVUFBTSxLQUFLLEtBQUs7QUFDaEIsVUFBTSxVQUFVLE9BQU8sVUFBVSxvQkFBb0IsQ0FBQztBQUN0RCxRQUFJLENBQUMsTUFBTTtBQUNULFVBQUksUUFBUSxTQUFTLEVBQUcsUUFBTyxRQUFRLElBQUksQ0FBQyxZQUFZLEVBQUUsTUFBTSxVQUFVLE9BQU8sRUFBRTtBQUNuRixhQUFPLFFBQVEsU0FBUyxLQUFLLGVBQWUsUUFBUSxDQUFDLEVBQUUsSUFBSSxNQUFNLElBQUksQ0FBQztBQUFBLElBQ3hFO0FBQ0EsUUFBSSxLQUFLLFNBQVMsU0FBVSxRQUFPLEtBQUssZUFBZSxLQUFLLE9BQU8sSUFBSSxNQUFNO0FBQzdFLFFBQUksS0FBSyxTQUFTLGFBQWE7QUFDN0IsYUFBTyxpQ0FBZSxJQUFJLENBQUMsTUFBTTtBQUMvQixjQUFNLFdBQVcsS0FBSyxJQUFJLFFBQVEsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUM7QUFDNUQsWUFBSSxDQUFDLFNBQVMsT0FBUSxRQUFPLENBQUMsRUFBRSxNQUFNLFlBQVksY0FBYyxHQUFHLE1BQU0sS0FBSyxLQUFLLEtBQUssSUFBSSxNQUFNLFdBQVcsQ0FBQyxFQUFFLEdBQUcsU0FBUyxPQUFPLFFBQVEsS0FBSyxPQUFPLENBQUM7QUFDeEosZUFBTyxTQUFTLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxZQUFZLGNBQWMsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLE1BQU0sUUFBUSxLQUFLLE9BQU8sRUFBaUI7QUFBQSxNQUNySSxDQUFDLEVBQUUsS0FBSztBQUFBLElBQ1Y7QUFDQSxXQUFPLENBQUM7QUFBQSxFQUNWO0FBQUEsRUFFUSxlQUFlLFFBQStCO0FBQ3BELFVBQU0sSUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNO0FBQy9CLFFBQUksQ0FBQyxFQUFHLFFBQU8sQ0FBQztBQUNoQixVQUFNLE1BQXFCLEVBQUUsU0FBUyxJQUFJLENBQUMsYUFBYSxFQUFFLE1BQU0sV0FBVyxTQUFTLE9BQU8sRUFBRTtBQUM3RixRQUFJLEVBQUUsYUFBYSxFQUFFLFNBQVMsT0FBUSxLQUFJLEtBQUssRUFBRSxNQUFNLGFBQWEsS0FBSyxFQUFFLFdBQVcsT0FBTyxDQUFDO0FBQzlGLFFBQUksS0FBSyxHQUFHLEVBQUUsU0FBUyxJQUFJLENBQUMsYUFBYSxFQUFFLE1BQU0sV0FBVyxTQUFTLE9BQU8sRUFBaUIsQ0FBQztBQUM5RixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsWUFBWSxNQUFvQztBQUM5QyxVQUFNLE9BQU8sT0FBTyx5QkFBeUI7QUFDN0MsWUFBUSxLQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLLFVBQVU7QUFDYixjQUFNLE9BQU8sSUFBSSxPQUFPLFNBQVMsS0FBSyxPQUFPLE1BQU0sT0FBTyx5QkFBeUIsUUFBUTtBQUMzRixhQUFLLEtBQUssVUFBVSxLQUFLLE9BQU8sSUFBSSxNQUFNO0FBQzFDLGFBQUssV0FBVyxPQUFPLFVBQVU7QUFDakMsZUFBTztBQUFBLE1BQ1Q7QUFBQSxNQUNBLEtBQUssV0FBVztBQUNkLGNBQU0sT0FBTyxJQUFJLE9BQU8sU0FBUyxLQUFLLFFBQVEsTUFBTSxJQUFJO0FBQ3hELGFBQUssS0FBSyxXQUFXLEtBQUssUUFBUSxJQUFJO0FBQ3RDLGFBQUssY0FBYyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxJQUFJLEtBQUs7QUFDcEUsYUFBSyxXQUFXLElBQUksT0FBTyxVQUFVLE1BQU07QUFDM0MsYUFBSyxVQUFVLEdBQUcsS0FBSyxRQUFRLElBQUksV0FBTSxLQUFLLFFBQVEsSUFBSSxHQUFHLEtBQUssUUFBUSxRQUFRLFNBQVM7QUFBQSxXQUFjLEtBQUssUUFBUSxRQUFRLEtBQUssR0FBRyxDQUFDLEtBQUssRUFBRTtBQUM5SSxhQUFLLGVBQWU7QUFDcEIsYUFBSyxjQUFjLE9BQU8sSUFBSSxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQ3BELGFBQUssVUFBVSxFQUFFLE9BQU8sVUFBVSxTQUFTLG9CQUFvQixXQUFXLENBQUMsT0FBTyxJQUFJLEtBQUssS0FBSyxRQUFRLElBQUksQ0FBQyxFQUFFO0FBQy9HLGVBQU87QUFBQSxNQUNUO0FBQUEsTUFDQSxLQUFLLGFBQWE7QUFDaEIsY0FBTSxPQUFPLElBQUksT0FBTyxTQUFTLHFCQUFxQixPQUFPLHlCQUF5QixRQUFRO0FBQzlGLGFBQUssS0FBSyxhQUFhLEtBQUssSUFBSSxJQUFJO0FBQ3BDLGFBQUssY0FBYyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssSUFBSSxJQUFJO0FBQzNELGFBQUssV0FBVyxJQUFJLE9BQU8sVUFBVSxVQUFVO0FBQy9DLGFBQUssVUFBVSw0Q0FBNEMsS0FBSyxJQUFJLElBQUk7QUFDeEUsZUFBTztBQUFBLE1BQ1Q7QUFBQSxNQUNBLEtBQUssWUFBWTtBQUNmLGNBQU0sT0FBTyxJQUFJLE9BQU8sU0FBUyxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxLQUFLLEtBQUssU0FBUyxLQUFLLElBQUksR0FBRyxJQUFJO0FBQ3BILGFBQUssS0FBSyxZQUFZLEtBQUssSUFBSTtBQUMvQixhQUFLLFFBQVEsS0FBSyxTQUFTLEtBQUssSUFBSTtBQUNwQyxhQUFLLFdBQVcsSUFBSSxPQUFPLFVBQVUsS0FBSyxVQUFVLFNBQVMsWUFBWSxLQUFLLFVBQVUsU0FBWSxJQUFJLE9BQU8sV0FBVyxvQkFBb0IsQ0FBQztBQUMvSSxhQUFLLGNBQWMsS0FBSyxVQUFVLFNBQVk7QUFDOUMsYUFBSyxlQUFlLEtBQUssVUFBVSxxQkFBcUI7QUFDeEQsYUFBSyxVQUFVLEtBQUssVUFDaEIsRUFBRSxPQUFPLFFBQVEsU0FBUyw4QkFBOEIsV0FBVyxDQUFDLEtBQUssSUFBSSxFQUFFLElBQy9FLEVBQUUsT0FBTyxVQUFVLFNBQVMsZ0NBQWdDLFdBQVcsQ0FBQyxLQUFLLElBQUksRUFBRTtBQUN2RixhQUFLLFVBQVUsS0FBSyxVQUFVLEtBQUssT0FBTyxVQUFVLEtBQUssSUFBSTtBQUM3RCxlQUFPO0FBQUEsTUFDVDtBQUFBLE1BQ0EsS0FBSyxXQUFXO0FBQ2QsY0FBTSxPQUFPLElBQUksT0FBTyxTQUFTLEtBQUssU0FBUyxJQUFJO0FBQ25ELGFBQUssV0FBVyxJQUFJLE9BQU8sVUFBVSxXQUFXLElBQUksT0FBTyxXQUFXLGdDQUFnQyxDQUFDO0FBQ3ZHLGFBQUssVUFBVSxLQUFLO0FBQ3BCLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFVBQWdCO0FBQ2QsZUFBVyxLQUFLLEtBQUssWUFBYSxHQUFFLFFBQVE7QUFDNUMsU0FBSyxRQUFRLFFBQVE7QUFBQSxFQUN2QjtBQUNGO0FBR0EsZUFBc0IsbUJBQW1CLE1BQTZCO0FBQ3BFLFFBQU0sZUFBQUEsU0FBRyxNQUFNLEtBQUssUUFBUSxJQUFJLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUN0RCxRQUFNLFNBQVMsS0FBSyxLQUFLLFNBQVMsSUFBSSxDQUFDLDBEQUEwRCxLQUFLLFNBQVMsSUFBSSxDQUFDO0FBQUE7QUFDcEgsTUFBSTtBQUNGLFVBQU0sZUFBQUEsU0FBRyxVQUFVLE1BQU0sUUFBUSxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDakQsU0FBUyxHQUFHO0FBQ1YsUUFBSyxFQUE0QixTQUFTLFNBQVUsT0FBTTtBQUFBLEVBQzVEO0FBQ0EsUUFBTSxPQUFPLE9BQU8saUJBQWlCLE9BQU8sSUFBSSxLQUFLLElBQUksQ0FBQztBQUM1RDsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
