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
var buildsView_exports = {};
__export(buildsView_exports, {
  BuildsView: () => BuildsView
});
module.exports = __toCommonJS(buildsView_exports);
var path = __toESM(require("node:path"));
var vscode = __toESM(require("vscode"));
var import_builds = require("./builds");
var import_buildText = require("./buildText");
const STATE_ICON = {
  queued: ["clock"],
  preparing: ["sync~spin"],
  pulling: ["cloud-download"],
  uploading: ["cloud-upload"],
  running: ["sync~spin", "charts.blue"],
  collecting: ["sync~spin"],
  succeeded: ["pass", "testing.iconPassed"],
  failed: ["error", "testing.iconFailed"],
  cancelled: ["circle-slash", "disabledForeground"],
  error: ["warning", "problemsWarningIcon.foreground"]
};
class BuildsView {
  constructor(ctx) {
    this.ctx = ctx;
    this.view = vscode.window.createTreeView("ebuildBuilder.builds", { treeDataProvider: this, showCollapseAll: false });
    this.disposables.push(
      this.view,
      ctx.builds.onDidChange(() => this.refreshSoon()),
      this.view.onDidChangeVisibility(() => this.updateTicker())
    );
  }
  ctx;
  emitter = new vscode.EventEmitter();
  onDidChangeTreeData = this.emitter.event;
  view;
  disposables = [];
  ticker;
  scheduled;
  /** Coalesces bursts of output events into one refresh. */
  refreshSoon() {
    this.scheduled ??= setTimeout(() => {
      this.scheduled = void 0;
      this.emitter.fire(void 0);
      this.updateTicker();
    }, 150);
  }
  /** Running durations tick once a second, only while the view is visible. */
  updateTicker() {
    const need = this.view.visible && this.ctx.builds.running().length > 0;
    if (need && !this.ticker) this.ticker = setInterval(() => this.emitter.fire(void 0), 1e3);
    if (!need && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = void 0;
    }
    this.view.badge = this.ctx.builds.running().length ? { value: this.ctx.builds.running().length, tooltip: "builds running" } : void 0;
  }
  getChildren(node) {
    if (!node) return this.ctx.builds.all().map((record) => ({ kind: "build", record }));
    if (node.kind === "build") return (node.record.result?.artifacts ?? []).map((file) => ({ kind: "artifact", record: node.record, file }));
    return [];
  }
  getParent(node) {
    return node.kind === "artifact" ? { kind: "build", record: node.record } : void 0;
  }
  getTreeItem(node) {
    if (node.kind === "artifact") {
      const item2 = new vscode.TreeItem(path.basename(node.file), vscode.TreeItemCollapsibleState.None);
      item2.id = `${node.record.id}/${node.file}`;
      item2.resourceUri = vscode.Uri.file(node.file);
      item2.iconPath = new vscode.ThemeIcon("file-binary");
      item2.contextValue = "artifact";
      item2.tooltip = node.file;
      item2.command = { title: "Reveal", command: "ebuildBuilder.revealArtifacts", arguments: [node.record.id, node.file] };
      return item2;
    }
    const b = node.record;
    const item = new vscode.TreeItem(b.atom, b.result?.artifacts.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = b.id;
    const [icon, colour] = STATE_ICON[b.state] ?? ["circle-outline"];
    item.iconPath = new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : void 0);
    const running = !(0, import_builds.isFinished)(b);
    const p = b.progress;
    const count = p.index !== void 0 && p.total !== void 0 && p.total > 1 ? `${p.index}/${p.total} ` : "";
    const what = running ? `${p.phase ? `${count}${p.phase}` : b.state} \xB7 ` : "";
    item.description = `${what}${b.profile} \xB7 ${b.engine} \xB7 ${(0, import_builds.formatDuration)((0, import_builds.durationOf)(b))}`;
    const kept = (0, import_builds.isFinished)(b) && b.result?.containerId ? ".keptContainer" : "";
    item.contextValue = `build.${running ? "running" : "finished"}.${b.state}${kept}`;
    item.accessibilityInformation = { label: `${b.atom} ${b.state}` };
    item.tooltip = this.tooltip(b);
    item.command = { title: "Show build output", command: "ebuildBuilder.showTerminal", arguments: [b.id] };
    return item;
  }
  tooltip(b) {
    const md = new vscode.MarkdownString(void 0, true);
    md.appendMarkdown(`**${b.atom}** \u2014 ${b.state}

`);
    md.appendMarkdown(`profile \`${b.profile}\` \xB7 engine \`${b.engine}\` \xB7 ${(0, import_builds.formatDuration)((0, import_builds.durationOf)(b))}

`);
    if (b.image) md.appendMarkdown(`image \`${b.image}\`

`);
    if (b.argv) md.appendCodeblock((0, import_buildText.quoteArgv)(b.argv), "shell");
    if (b.message) md.appendText(b.message);
    return md;
  }
  /** Reveal and select a build (used after starting one). */
  reveal(record) {
    if (this.view.visible) void this.view.reveal({ kind: "build", record }, { select: true, focus: false });
  }
  dispose() {
    if (this.ticker) clearInterval(this.ticker);
    if (this.scheduled) clearTimeout(this.scheduled);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BuildsView
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZHNWaWV3LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBCdWlsZHMgdmlldzogcnVubmluZyBhbmQgZmluaXNoZWQgYnVpbGRzIHdpdGggc3RhdGUgaWNvbiwgcHJvZmlsZSwgZW5naW5lIGFuZCBkdXJhdGlvbjsgYmluYXJ5IHBhY2thZ2VzXG4gKiBhcyBjaGlsZHJlbi4gSWRzIGFyZSB0aGUgYnVpbGQgaWRzLCBzbyBzZWxlY3Rpb24gYW5kIGV4cGFuc2lvbiBzdXJ2aXZlIHJlZnJlc2hlcy5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gJy4vY3R4JztcbmltcG9ydCB7IEJ1aWxkUmVjb3JkLCBkdXJhdGlvbk9mLCBmb3JtYXREdXJhdGlvbiwgaXNGaW5pc2hlZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IHF1b3RlQXJndiB9IGZyb20gJy4vYnVpbGRUZXh0JztcblxudHlwZSBOb2RlID0geyBraW5kOiAnYnVpbGQnOyByZWNvcmQ6IEJ1aWxkUmVjb3JkIH0gfCB7IGtpbmQ6ICdhcnRpZmFjdCc7IHJlY29yZDogQnVpbGRSZWNvcmQ7IGZpbGU6IHN0cmluZyB9O1xuXG5jb25zdCBTVEFURV9JQ09OOiBSZWNvcmQ8c3RyaW5nLCBbc3RyaW5nLCBzdHJpbmc/XT4gPSB7XG4gIHF1ZXVlZDogWydjbG9jayddLFxuICBwcmVwYXJpbmc6IFsnc3luY35zcGluJ10sXG4gIHB1bGxpbmc6IFsnY2xvdWQtZG93bmxvYWQnXSxcbiAgdXBsb2FkaW5nOiBbJ2Nsb3VkLXVwbG9hZCddLFxuICBydW5uaW5nOiBbJ3N5bmN+c3BpbicsICdjaGFydHMuYmx1ZSddLFxuICBjb2xsZWN0aW5nOiBbJ3N5bmN+c3BpbiddLFxuICBzdWNjZWVkZWQ6IFsncGFzcycsICd0ZXN0aW5nLmljb25QYXNzZWQnXSxcbiAgZmFpbGVkOiBbJ2Vycm9yJywgJ3Rlc3RpbmcuaWNvbkZhaWxlZCddLFxuICBjYW5jZWxsZWQ6IFsnY2lyY2xlLXNsYXNoJywgJ2Rpc2FibGVkRm9yZWdyb3VuZCddLFxuICBlcnJvcjogWyd3YXJuaW5nJywgJ3Byb2JsZW1zV2FybmluZ0ljb24uZm9yZWdyb3VuZCddLFxufTtcblxuZXhwb3J0IGNsYXNzIEJ1aWxkc1ZpZXcgaW1wbGVtZW50cyB2c2NvZGUuVHJlZURhdGFQcm92aWRlcjxOb2RlPiwgdnNjb2RlLkRpc3Bvc2FibGUge1xuICBwcml2YXRlIHJlYWRvbmx5IGVtaXR0ZXIgPSBuZXcgdnNjb2RlLkV2ZW50RW1pdHRlcjxOb2RlIHwgdW5kZWZpbmVkPigpO1xuICByZWFkb25seSBvbkRpZENoYW5nZVRyZWVEYXRhID0gdGhpcy5lbWl0dGVyLmV2ZW50O1xuICByZWFkb25seSB2aWV3OiB2c2NvZGUuVHJlZVZpZXc8Tm9kZT47XG4gIHByaXZhdGUgcmVhZG9ubHkgZGlzcG9zYWJsZXM6IHZzY29kZS5EaXNwb3NhYmxlW10gPSBbXTtcbiAgcHJpdmF0ZSB0aWNrZXI/OiBOb2RlSlMuVGltZW91dDtcbiAgcHJpdmF0ZSBzY2hlZHVsZWQ/OiBOb2RlSlMuVGltZW91dDtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGN0eDogQ3R4KSB7XG4gICAgdGhpcy52aWV3ID0gdnNjb2RlLndpbmRvdy5jcmVhdGVUcmVlVmlldygnZWJ1aWxkQnVpbGRlci5idWlsZHMnLCB7IHRyZWVEYXRhUHJvdmlkZXI6IHRoaXMsIHNob3dDb2xsYXBzZUFsbDogZmFsc2UgfSk7XG4gICAgdGhpcy5kaXNwb3NhYmxlcy5wdXNoKHRoaXMudmlldywgY3R4LmJ1aWxkcy5vbkRpZENoYW5nZSgoKSA9PiB0aGlzLnJlZnJlc2hTb29uKCkpLFxuICAgICAgdGhpcy52aWV3Lm9uRGlkQ2hhbmdlVmlzaWJpbGl0eSgoKSA9PiB0aGlzLnVwZGF0ZVRpY2tlcigpKSk7XG4gIH1cblxuICAvKiogQ29hbGVzY2VzIGJ1cnN0cyBvZiBvdXRwdXQgZXZlbnRzIGludG8gb25lIHJlZnJlc2guICovXG4gIHByaXZhdGUgcmVmcmVzaFNvb24oKTogdm9pZCB7XG4gICAgdGhpcy5zY2hlZHVsZWQgPz89IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgdGhpcy5zY2hlZHVsZWQgPSB1bmRlZmluZWQ7XG4gICAgICB0aGlzLmVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpO1xuICAgICAgdGhpcy51cGRhdGVUaWNrZXIoKTtcbiAgICB9LCAxNTApO1xuICB9XG5cbiAgLyoqIFJ1bm5pbmcgZHVyYXRpb25zIHRpY2sgb25jZSBhIHNlY29uZCwgb25seSB3aGlsZSB0aGUgdmlldyBpcyB2aXNpYmxlLiAqL1xuICBwcml2YXRlIHVwZGF0ZVRpY2tlcigpOiB2b2lkIHtcbiAgICBjb25zdCBuZWVkID0gdGhpcy52aWV3LnZpc2libGUgJiYgdGhpcy5jdHguYnVpbGRzLnJ1bm5pbmcoKS5sZW5ndGggPiAwO1xuICAgIGlmIChuZWVkICYmICF0aGlzLnRpY2tlcikgdGhpcy50aWNrZXIgPSBzZXRJbnRlcnZhbCgoKSA9PiB0aGlzLmVtaXR0ZXIuZmlyZSh1bmRlZmluZWQpLCAxMDAwKTtcbiAgICBpZiAoIW5lZWQgJiYgdGhpcy50aWNrZXIpIHsgY2xlYXJJbnRlcnZhbCh0aGlzLnRpY2tlcik7IHRoaXMudGlja2VyID0gdW5kZWZpbmVkOyB9XG4gICAgdGhpcy52aWV3LmJhZGdlID0gdGhpcy5jdHguYnVpbGRzLnJ1bm5pbmcoKS5sZW5ndGhcbiAgICAgID8geyB2YWx1ZTogdGhpcy5jdHguYnVpbGRzLnJ1bm5pbmcoKS5sZW5ndGgsIHRvb2x0aXA6ICdidWlsZHMgcnVubmluZycgfSA6IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGdldENoaWxkcmVuKG5vZGU/OiBOb2RlKTogTm9kZVtdIHtcbiAgICBpZiAoIW5vZGUpIHJldHVybiB0aGlzLmN0eC5idWlsZHMuYWxsKCkubWFwKChyZWNvcmQpID0+ICh7IGtpbmQ6ICdidWlsZCcsIHJlY29yZCB9KSk7XG4gICAgaWYgKG5vZGUua2luZCA9PT0gJ2J1aWxkJykgcmV0dXJuIChub2RlLnJlY29yZC5yZXN1bHQ/LmFydGlmYWN0cyA/PyBbXSkubWFwKChmaWxlKSA9PiAoeyBraW5kOiAnYXJ0aWZhY3QnLCByZWNvcmQ6IG5vZGUucmVjb3JkLCBmaWxlIH0pKTtcbiAgICByZXR1cm4gW107XG4gIH1cblxuICBnZXRQYXJlbnQobm9kZTogTm9kZSk6IE5vZGUgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiBub2RlLmtpbmQgPT09ICdhcnRpZmFjdCcgPyB7IGtpbmQ6ICdidWlsZCcsIHJlY29yZDogbm9kZS5yZWNvcmQgfSA6IHVuZGVmaW5lZDtcbiAgfVxuXG4gIGdldFRyZWVJdGVtKG5vZGU6IE5vZGUpOiB2c2NvZGUuVHJlZUl0ZW0ge1xuICAgIGlmIChub2RlLmtpbmQgPT09ICdhcnRpZmFjdCcpIHtcbiAgICAgIGNvbnN0IGl0ZW0gPSBuZXcgdnNjb2RlLlRyZWVJdGVtKHBhdGguYmFzZW5hbWUobm9kZS5maWxlKSwgdnNjb2RlLlRyZWVJdGVtQ29sbGFwc2libGVTdGF0ZS5Ob25lKTtcbiAgICAgIGl0ZW0uaWQgPSBgJHtub2RlLnJlY29yZC5pZH0vJHtub2RlLmZpbGV9YDtcbiAgICAgIGl0ZW0ucmVzb3VyY2VVcmkgPSB2c2NvZGUuVXJpLmZpbGUobm9kZS5maWxlKTtcbiAgICAgIGl0ZW0uaWNvblBhdGggPSBuZXcgdnNjb2RlLlRoZW1lSWNvbignZmlsZS1iaW5hcnknKTtcbiAgICAgIGl0ZW0uY29udGV4dFZhbHVlID0gJ2FydGlmYWN0JztcbiAgICAgIGl0ZW0udG9vbHRpcCA9IG5vZGUuZmlsZTtcbiAgICAgIGl0ZW0uY29tbWFuZCA9IHsgdGl0bGU6ICdSZXZlYWwnLCBjb21tYW5kOiAnZWJ1aWxkQnVpbGRlci5yZXZlYWxBcnRpZmFjdHMnLCBhcmd1bWVudHM6IFtub2RlLnJlY29yZC5pZCwgbm9kZS5maWxlXSB9O1xuICAgICAgcmV0dXJuIGl0ZW07XG4gICAgfVxuICAgIGNvbnN0IGIgPSBub2RlLnJlY29yZDtcbiAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShiLmF0b20sIGIucmVzdWx0Py5hcnRpZmFjdHMubGVuZ3RoXG4gICAgICA/IHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuQ29sbGFwc2VkIDogdnNjb2RlLlRyZWVJdGVtQ29sbGFwc2libGVTdGF0ZS5Ob25lKTtcbiAgICBpdGVtLmlkID0gYi5pZDtcbiAgICBjb25zdCBbaWNvbiwgY29sb3VyXSA9IFNUQVRFX0lDT05bYi5zdGF0ZV0gPz8gWydjaXJjbGUtb3V0bGluZSddO1xuICAgIGl0ZW0uaWNvblBhdGggPSBuZXcgdnNjb2RlLlRoZW1lSWNvbihpY29uLCBjb2xvdXIgPyBuZXcgdnNjb2RlLlRoZW1lQ29sb3IoY29sb3VyKSA6IHVuZGVmaW5lZCk7XG4gICAgY29uc3QgcnVubmluZyA9ICFpc0ZpbmlzaGVkKGIpO1xuICAgIGNvbnN0IHAgPSBiLnByb2dyZXNzO1xuICAgIGNvbnN0IGNvdW50ID0gcC5pbmRleCAhPT0gdW5kZWZpbmVkICYmIHAudG90YWwgIT09IHVuZGVmaW5lZCAmJiBwLnRvdGFsID4gMSA/IGAke3AuaW5kZXh9LyR7cC50b3RhbH0gYCA6ICcnO1xuICAgIC8vIEZpbmlzaGVkIGJ1aWxkcyBzaG93IHRoZWlyIHN0YXRlIGJ5IGljb24gKGFuZCBpbiB0aGUgYWNjZXNzaWJsZSBsYWJlbCk7IHJ1bm5pbmcgb25lcyBzaG93IHRoZSBwaGFzZS5cbiAgICBjb25zdCB3aGF0ID0gcnVubmluZyA/IGAke3AucGhhc2UgPyBgJHtjb3VudH0ke3AucGhhc2V9YCA6IGIuc3RhdGV9IFx1MDBCNyBgIDogJyc7XG4gICAgaXRlbS5kZXNjcmlwdGlvbiA9IGAke3doYXR9JHtiLnByb2ZpbGV9IFx1MDBCNyAke2IuZW5naW5lfSBcdTAwQjcgJHtmb3JtYXREdXJhdGlvbihkdXJhdGlvbk9mKGIpKX1gO1xuICAgIGNvbnN0IGtlcHQgPSBpc0ZpbmlzaGVkKGIpICYmIGIucmVzdWx0Py5jb250YWluZXJJZCA/ICcua2VwdENvbnRhaW5lcicgOiAnJztcbiAgICBpdGVtLmNvbnRleHRWYWx1ZSA9IGBidWlsZC4ke3J1bm5pbmcgPyAncnVubmluZycgOiAnZmluaXNoZWQnfS4ke2Iuc3RhdGV9JHtrZXB0fWA7XG4gICAgaXRlbS5hY2Nlc3NpYmlsaXR5SW5mb3JtYXRpb24gPSB7IGxhYmVsOiBgJHtiLmF0b219ICR7Yi5zdGF0ZX1gIH07XG4gICAgaXRlbS50b29sdGlwID0gdGhpcy50b29sdGlwKGIpO1xuICAgIGl0ZW0uY29tbWFuZCA9IHsgdGl0bGU6ICdTaG93IGJ1aWxkIG91dHB1dCcsIGNvbW1hbmQ6ICdlYnVpbGRCdWlsZGVyLnNob3dUZXJtaW5hbCcsIGFyZ3VtZW50czogW2IuaWRdIH07XG4gICAgcmV0dXJuIGl0ZW07XG4gIH1cblxuICBwcml2YXRlIHRvb2x0aXAoYjogQnVpbGRSZWNvcmQpOiB2c2NvZGUuTWFya2Rvd25TdHJpbmcge1xuICAgIGNvbnN0IG1kID0gbmV3IHZzY29kZS5NYXJrZG93blN0cmluZyh1bmRlZmluZWQsIHRydWUpO1xuICAgIG1kLmFwcGVuZE1hcmtkb3duKGAqKiR7Yi5hdG9tfSoqIFx1MjAxNCAke2Iuc3RhdGV9XFxuXFxuYCk7XG4gICAgbWQuYXBwZW5kTWFya2Rvd24oYHByb2ZpbGUgXFxgJHtiLnByb2ZpbGV9XFxgIFx1MDBCNyBlbmdpbmUgXFxgJHtiLmVuZ2luZX1cXGAgXHUwMEI3ICR7Zm9ybWF0RHVyYXRpb24oZHVyYXRpb25PZihiKSl9XFxuXFxuYCk7XG4gICAgaWYgKGIuaW1hZ2UpIG1kLmFwcGVuZE1hcmtkb3duKGBpbWFnZSBcXGAke2IuaW1hZ2V9XFxgXFxuXFxuYCk7XG4gICAgaWYgKGIuYXJndikgbWQuYXBwZW5kQ29kZWJsb2NrKHF1b3RlQXJndihiLmFyZ3YpLCAnc2hlbGwnKTtcbiAgICBpZiAoYi5tZXNzYWdlKSBtZC5hcHBlbmRUZXh0KGIubWVzc2FnZSk7XG4gICAgcmV0dXJuIG1kO1xuICB9XG5cbiAgLyoqIFJldmVhbCBhbmQgc2VsZWN0IGEgYnVpbGQgKHVzZWQgYWZ0ZXIgc3RhcnRpbmcgb25lKS4gKi9cbiAgcmV2ZWFsKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2b2lkIHtcbiAgICBpZiAodGhpcy52aWV3LnZpc2libGUpIHZvaWQgdGhpcy52aWV3LnJldmVhbCh7IGtpbmQ6ICdidWlsZCcsIHJlY29yZCB9LCB7IHNlbGVjdDogdHJ1ZSwgZm9jdXM6IGZhbHNlIH0pO1xuICB9XG5cbiAgZGlzcG9zZSgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy50aWNrZXIpIGNsZWFySW50ZXJ2YWwodGhpcy50aWNrZXIpO1xuICAgIGlmICh0aGlzLnNjaGVkdWxlZCkgY2xlYXJUaW1lb3V0KHRoaXMuc2NoZWR1bGVkKTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgdGhpcy5kaXNwb3NhYmxlcykgZC5kaXNwb3NlKCk7XG4gICAgdGhpcy5lbWl0dGVyLmRpc3Bvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxXQUFzQjtBQUN0QixhQUF3QjtBQUV4QixvQkFBb0U7QUFDcEUsdUJBQTBCO0FBSTFCLE1BQU0sYUFBZ0Q7QUFBQSxFQUNwRCxRQUFRLENBQUMsT0FBTztBQUFBLEVBQ2hCLFdBQVcsQ0FBQyxXQUFXO0FBQUEsRUFDdkIsU0FBUyxDQUFDLGdCQUFnQjtBQUFBLEVBQzFCLFdBQVcsQ0FBQyxjQUFjO0FBQUEsRUFDMUIsU0FBUyxDQUFDLGFBQWEsYUFBYTtBQUFBLEVBQ3BDLFlBQVksQ0FBQyxXQUFXO0FBQUEsRUFDeEIsV0FBVyxDQUFDLFFBQVEsb0JBQW9CO0FBQUEsRUFDeEMsUUFBUSxDQUFDLFNBQVMsb0JBQW9CO0FBQUEsRUFDdEMsV0FBVyxDQUFDLGdCQUFnQixvQkFBb0I7QUFBQSxFQUNoRCxPQUFPLENBQUMsV0FBVyxnQ0FBZ0M7QUFDckQ7QUFFTyxNQUFNLFdBQXVFO0FBQUEsRUFRbEYsWUFBNkIsS0FBVTtBQUFWO0FBQzNCLFNBQUssT0FBTyxPQUFPLE9BQU8sZUFBZSx3QkFBd0IsRUFBRSxrQkFBa0IsTUFBTSxpQkFBaUIsTUFBTSxDQUFDO0FBQ25ILFNBQUssWUFBWTtBQUFBLE1BQUssS0FBSztBQUFBLE1BQU0sSUFBSSxPQUFPLFlBQVksTUFBTSxLQUFLLFlBQVksQ0FBQztBQUFBLE1BQzlFLEtBQUssS0FBSyxzQkFBc0IsTUFBTSxLQUFLLGFBQWEsQ0FBQztBQUFBLElBQUM7QUFBQSxFQUM5RDtBQUFBLEVBSjZCO0FBQUEsRUFQWixVQUFVLElBQUksT0FBTyxhQUErQjtBQUFBLEVBQzVELHNCQUFzQixLQUFLLFFBQVE7QUFBQSxFQUNuQztBQUFBLEVBQ1EsY0FBbUMsQ0FBQztBQUFBLEVBQzdDO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFTQSxjQUFvQjtBQUMxQixTQUFLLGNBQWMsV0FBVyxNQUFNO0FBQ2xDLFdBQUssWUFBWTtBQUNqQixXQUFLLFFBQVEsS0FBSyxNQUFTO0FBQzNCLFdBQUssYUFBYTtBQUFBLElBQ3BCLEdBQUcsR0FBRztBQUFBLEVBQ1I7QUFBQTtBQUFBLEVBR1EsZUFBcUI7QUFDM0IsVUFBTSxPQUFPLEtBQUssS0FBSyxXQUFXLEtBQUssSUFBSSxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQ3JFLFFBQUksUUFBUSxDQUFDLEtBQUssT0FBUSxNQUFLLFNBQVMsWUFBWSxNQUFNLEtBQUssUUFBUSxLQUFLLE1BQVMsR0FBRyxHQUFJO0FBQzVGLFFBQUksQ0FBQyxRQUFRLEtBQUssUUFBUTtBQUFFLG9CQUFjLEtBQUssTUFBTTtBQUFHLFdBQUssU0FBUztBQUFBLElBQVc7QUFDakYsU0FBSyxLQUFLLFFBQVEsS0FBSyxJQUFJLE9BQU8sUUFBUSxFQUFFLFNBQ3hDLEVBQUUsT0FBTyxLQUFLLElBQUksT0FBTyxRQUFRLEVBQUUsUUFBUSxTQUFTLGlCQUFpQixJQUFJO0FBQUEsRUFDL0U7QUFBQSxFQUVBLFlBQVksTUFBcUI7QUFDL0IsUUFBSSxDQUFDLEtBQU0sUUFBTyxLQUFLLElBQUksT0FBTyxJQUFJLEVBQUUsSUFBSSxDQUFDLFlBQVksRUFBRSxNQUFNLFNBQVMsT0FBTyxFQUFFO0FBQ25GLFFBQUksS0FBSyxTQUFTLFFBQVMsU0FBUSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsR0FBRyxJQUFJLENBQUMsVUFBVSxFQUFFLE1BQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDdkksV0FBTyxDQUFDO0FBQUEsRUFDVjtBQUFBLEVBRUEsVUFBVSxNQUE4QjtBQUN0QyxXQUFPLEtBQUssU0FBUyxhQUFhLEVBQUUsTUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLElBQUk7QUFBQSxFQUM3RTtBQUFBLEVBRUEsWUFBWSxNQUE2QjtBQUN2QyxRQUFJLEtBQUssU0FBUyxZQUFZO0FBQzVCLFlBQU1BLFFBQU8sSUFBSSxPQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssSUFBSSxHQUFHLE9BQU8seUJBQXlCLElBQUk7QUFDL0YsTUFBQUEsTUFBSyxLQUFLLEdBQUcsS0FBSyxPQUFPLEVBQUUsSUFBSSxLQUFLLElBQUk7QUFDeEMsTUFBQUEsTUFBSyxjQUFjLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSTtBQUM1QyxNQUFBQSxNQUFLLFdBQVcsSUFBSSxPQUFPLFVBQVUsYUFBYTtBQUNsRCxNQUFBQSxNQUFLLGVBQWU7QUFDcEIsTUFBQUEsTUFBSyxVQUFVLEtBQUs7QUFDcEIsTUFBQUEsTUFBSyxVQUFVLEVBQUUsT0FBTyxVQUFVLFNBQVMsaUNBQWlDLFdBQVcsQ0FBQyxLQUFLLE9BQU8sSUFBSSxLQUFLLElBQUksRUFBRTtBQUNuSCxhQUFPQTtBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksS0FBSztBQUNmLFVBQU0sT0FBTyxJQUFJLE9BQU8sU0FBUyxFQUFFLE1BQU0sRUFBRSxRQUFRLFVBQVUsU0FDekQsT0FBTyx5QkFBeUIsWUFBWSxPQUFPLHlCQUF5QixJQUFJO0FBQ3BGLFNBQUssS0FBSyxFQUFFO0FBQ1osVUFBTSxDQUFDLE1BQU0sTUFBTSxJQUFJLFdBQVcsRUFBRSxLQUFLLEtBQUssQ0FBQyxnQkFBZ0I7QUFDL0QsU0FBSyxXQUFXLElBQUksT0FBTyxVQUFVLE1BQU0sU0FBUyxJQUFJLE9BQU8sV0FBVyxNQUFNLElBQUksTUFBUztBQUM3RixVQUFNLFVBQVUsS0FBQywwQkFBVyxDQUFDO0FBQzdCLFVBQU0sSUFBSSxFQUFFO0FBQ1osVUFBTSxRQUFRLEVBQUUsVUFBVSxVQUFhLEVBQUUsVUFBVSxVQUFhLEVBQUUsUUFBUSxJQUFJLEdBQUcsRUFBRSxLQUFLLElBQUksRUFBRSxLQUFLLE1BQU07QUFFekcsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLFFBQVEsR0FBRyxLQUFLLEdBQUcsRUFBRSxLQUFLLEtBQUssRUFBRSxLQUFLLFdBQVE7QUFDMUUsU0FBSyxjQUFjLEdBQUcsSUFBSSxHQUFHLEVBQUUsT0FBTyxTQUFNLEVBQUUsTUFBTSxhQUFNLGtDQUFlLDBCQUFXLENBQUMsQ0FBQyxDQUFDO0FBQ3ZGLFVBQU0sV0FBTywwQkFBVyxDQUFDLEtBQUssRUFBRSxRQUFRLGNBQWMsbUJBQW1CO0FBQ3pFLFNBQUssZUFBZSxTQUFTLFVBQVUsWUFBWSxVQUFVLElBQUksRUFBRSxLQUFLLEdBQUcsSUFBSTtBQUMvRSxTQUFLLDJCQUEyQixFQUFFLE9BQU8sR0FBRyxFQUFFLElBQUksSUFBSSxFQUFFLEtBQUssR0FBRztBQUNoRSxTQUFLLFVBQVUsS0FBSyxRQUFRLENBQUM7QUFDN0IsU0FBSyxVQUFVLEVBQUUsT0FBTyxxQkFBcUIsU0FBUyw4QkFBOEIsV0FBVyxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxRQUFRLEdBQXVDO0FBQ3JELFVBQU0sS0FBSyxJQUFJLE9BQU8sZUFBZSxRQUFXLElBQUk7QUFDcEQsT0FBRyxlQUFlLEtBQUssRUFBRSxJQUFJLGFBQVEsRUFBRSxLQUFLO0FBQUE7QUFBQSxDQUFNO0FBQ2xELE9BQUcsZUFBZSxhQUFhLEVBQUUsT0FBTyxvQkFBaUIsRUFBRSxNQUFNLGVBQVEsa0NBQWUsMEJBQVcsQ0FBQyxDQUFDLENBQUM7QUFBQTtBQUFBLENBQU07QUFDNUcsUUFBSSxFQUFFLE1BQU8sSUFBRyxlQUFlLFdBQVcsRUFBRSxLQUFLO0FBQUE7QUFBQSxDQUFRO0FBQ3pELFFBQUksRUFBRSxLQUFNLElBQUcsb0JBQWdCLDRCQUFVLEVBQUUsSUFBSSxHQUFHLE9BQU87QUFDekQsUUFBSSxFQUFFLFFBQVMsSUFBRyxXQUFXLEVBQUUsT0FBTztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxPQUFPLFFBQTJCO0FBQ2hDLFFBQUksS0FBSyxLQUFLLFFBQVMsTUFBSyxLQUFLLEtBQUssT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLEdBQUcsRUFBRSxRQUFRLE1BQU0sT0FBTyxNQUFNLENBQUM7QUFBQSxFQUN4RztBQUFBLEVBRUEsVUFBZ0I7QUFDZCxRQUFJLEtBQUssT0FBUSxlQUFjLEtBQUssTUFBTTtBQUMxQyxRQUFJLEtBQUssVUFBVyxjQUFhLEtBQUssU0FBUztBQUMvQyxlQUFXLEtBQUssS0FBSyxZQUFhLEdBQUUsUUFBUTtBQUM1QyxTQUFLLFFBQVEsUUFBUTtBQUFBLEVBQ3ZCO0FBQ0Y7IiwKICAibmFtZXMiOiBbIml0ZW0iXQp9Cg==
