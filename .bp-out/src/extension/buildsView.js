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
var import_buildTerminal = require("./buildTerminal");
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
    const what = running && p.phase ? `${count}${p.phase}` : b.state;
    item.description = `${what} \xB7 ${b.profile} \xB7 ${b.engine} \xB7 ${(0, import_builds.formatDuration)((0, import_builds.durationOf)(b))}`;
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
    if (b.argv) md.appendCodeblock((0, import_buildTerminal.quoteArgv)(b.argv), "shell");
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZHNWaWV3LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBCdWlsZHMgdmlldzogcnVubmluZyBhbmQgZmluaXNoZWQgYnVpbGRzIHdpdGggc3RhdGUgaWNvbiwgcHJvZmlsZSwgZW5naW5lIGFuZCBkdXJhdGlvbjsgYmluYXJ5IHBhY2thZ2VzXG4gKiBhcyBjaGlsZHJlbi4gSWRzIGFyZSB0aGUgYnVpbGQgaWRzLCBzbyBzZWxlY3Rpb24gYW5kIGV4cGFuc2lvbiBzdXJ2aXZlIHJlZnJlc2hlcy5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gJy4vY3R4JztcbmltcG9ydCB7IEJ1aWxkUmVjb3JkLCBkdXJhdGlvbk9mLCBmb3JtYXREdXJhdGlvbiwgaXNGaW5pc2hlZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IHF1b3RlQXJndiB9IGZyb20gJy4vYnVpbGRUZXJtaW5hbCc7XG5cbnR5cGUgTm9kZSA9IHsga2luZDogJ2J1aWxkJzsgcmVjb3JkOiBCdWlsZFJlY29yZCB9IHwgeyBraW5kOiAnYXJ0aWZhY3QnOyByZWNvcmQ6IEJ1aWxkUmVjb3JkOyBmaWxlOiBzdHJpbmcgfTtcblxuY29uc3QgU1RBVEVfSUNPTjogUmVjb3JkPHN0cmluZywgW3N0cmluZywgc3RyaW5nP10+ID0ge1xuICBxdWV1ZWQ6IFsnY2xvY2snXSxcbiAgcHJlcGFyaW5nOiBbJ3N5bmN+c3BpbiddLFxuICBwdWxsaW5nOiBbJ2Nsb3VkLWRvd25sb2FkJ10sXG4gIHVwbG9hZGluZzogWydjbG91ZC11cGxvYWQnXSxcbiAgcnVubmluZzogWydzeW5jfnNwaW4nLCAnY2hhcnRzLmJsdWUnXSxcbiAgY29sbGVjdGluZzogWydzeW5jfnNwaW4nXSxcbiAgc3VjY2VlZGVkOiBbJ3Bhc3MnLCAndGVzdGluZy5pY29uUGFzc2VkJ10sXG4gIGZhaWxlZDogWydlcnJvcicsICd0ZXN0aW5nLmljb25GYWlsZWQnXSxcbiAgY2FuY2VsbGVkOiBbJ2NpcmNsZS1zbGFzaCcsICdkaXNhYmxlZEZvcmVncm91bmQnXSxcbiAgZXJyb3I6IFsnd2FybmluZycsICdwcm9ibGVtc1dhcm5pbmdJY29uLmZvcmVncm91bmQnXSxcbn07XG5cbmV4cG9ydCBjbGFzcyBCdWlsZHNWaWV3IGltcGxlbWVudHMgdnNjb2RlLlRyZWVEYXRhUHJvdmlkZXI8Tm9kZT4sIHZzY29kZS5EaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSByZWFkb25seSBlbWl0dGVyID0gbmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8Tm9kZSB8IHVuZGVmaW5lZD4oKTtcbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2VUcmVlRGF0YSA9IHRoaXMuZW1pdHRlci5ldmVudDtcbiAgcmVhZG9ubHkgdmlldzogdnNjb2RlLlRyZWVWaWV3PE5vZGU+O1xuICBwcml2YXRlIHJlYWRvbmx5IGRpc3Bvc2FibGVzOiB2c2NvZGUuRGlzcG9zYWJsZVtdID0gW107XG4gIHByaXZhdGUgdGlja2VyPzogTm9kZUpTLlRpbWVvdXQ7XG4gIHByaXZhdGUgc2NoZWR1bGVkPzogTm9kZUpTLlRpbWVvdXQ7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBjdHg6IEN0eCkge1xuICAgIHRoaXMudmlldyA9IHZzY29kZS53aW5kb3cuY3JlYXRlVHJlZVZpZXcoJ2VidWlsZEJ1aWxkZXIuYnVpbGRzJywgeyB0cmVlRGF0YVByb3ZpZGVyOiB0aGlzLCBzaG93Q29sbGFwc2VBbGw6IGZhbHNlIH0pO1xuICAgIHRoaXMuZGlzcG9zYWJsZXMucHVzaCh0aGlzLnZpZXcsIGN0eC5idWlsZHMub25EaWRDaGFuZ2UoKCkgPT4gdGhpcy5yZWZyZXNoU29vbigpKSxcbiAgICAgIHRoaXMudmlldy5vbkRpZENoYW5nZVZpc2liaWxpdHkoKCkgPT4gdGhpcy51cGRhdGVUaWNrZXIoKSkpO1xuICB9XG5cbiAgLyoqIENvYWxlc2NlcyBidXJzdHMgb2Ygb3V0cHV0IGV2ZW50cyBpbnRvIG9uZSByZWZyZXNoLiAqL1xuICBwcml2YXRlIHJlZnJlc2hTb29uKCk6IHZvaWQge1xuICAgIHRoaXMuc2NoZWR1bGVkID8/PSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIHRoaXMuc2NoZWR1bGVkID0gdW5kZWZpbmVkO1xuICAgICAgdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgICAgIHRoaXMudXBkYXRlVGlja2VyKCk7XG4gICAgfSwgMTUwKTtcbiAgfVxuXG4gIC8qKiBSdW5uaW5nIGR1cmF0aW9ucyB0aWNrIG9uY2UgYSBzZWNvbmQsIG9ubHkgd2hpbGUgdGhlIHZpZXcgaXMgdmlzaWJsZS4gKi9cbiAgcHJpdmF0ZSB1cGRhdGVUaWNrZXIoKTogdm9pZCB7XG4gICAgY29uc3QgbmVlZCA9IHRoaXMudmlldy52aXNpYmxlICYmIHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nKCkubGVuZ3RoID4gMDtcbiAgICBpZiAobmVlZCAmJiAhdGhpcy50aWNrZXIpIHRoaXMudGlja2VyID0gc2V0SW50ZXJ2YWwoKCkgPT4gdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKSwgMTAwMCk7XG4gICAgaWYgKCFuZWVkICYmIHRoaXMudGlja2VyKSB7IGNsZWFySW50ZXJ2YWwodGhpcy50aWNrZXIpOyB0aGlzLnRpY2tlciA9IHVuZGVmaW5lZDsgfVxuICAgIHRoaXMudmlldy5iYWRnZSA9IHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nKCkubGVuZ3RoXG4gICAgICA/IHsgdmFsdWU6IHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nKCkubGVuZ3RoLCB0b29sdGlwOiAnYnVpbGRzIHJ1bm5pbmcnIH0gOiB1bmRlZmluZWQ7XG4gIH1cblxuICBnZXRDaGlsZHJlbihub2RlPzogTm9kZSk6IE5vZGVbXSB7XG4gICAgaWYgKCFub2RlKSByZXR1cm4gdGhpcy5jdHguYnVpbGRzLmFsbCgpLm1hcCgocmVjb3JkKSA9PiAoeyBraW5kOiAnYnVpbGQnLCByZWNvcmQgfSkpO1xuICAgIGlmIChub2RlLmtpbmQgPT09ICdidWlsZCcpIHJldHVybiAobm9kZS5yZWNvcmQucmVzdWx0Py5hcnRpZmFjdHMgPz8gW10pLm1hcCgoZmlsZSkgPT4gKHsga2luZDogJ2FydGlmYWN0JywgcmVjb3JkOiBub2RlLnJlY29yZCwgZmlsZSB9KSk7XG4gICAgcmV0dXJuIFtdO1xuICB9XG5cbiAgZ2V0UGFyZW50KG5vZGU6IE5vZGUpOiBOb2RlIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gbm9kZS5raW5kID09PSAnYXJ0aWZhY3QnID8geyBraW5kOiAnYnVpbGQnLCByZWNvcmQ6IG5vZGUucmVjb3JkIH0gOiB1bmRlZmluZWQ7XG4gIH1cblxuICBnZXRUcmVlSXRlbShub2RlOiBOb2RlKTogdnNjb2RlLlRyZWVJdGVtIHtcbiAgICBpZiAobm9kZS5raW5kID09PSAnYXJ0aWZhY3QnKSB7XG4gICAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShwYXRoLmJhc2VuYW1lKG5vZGUuZmlsZSksIHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuTm9uZSk7XG4gICAgICBpdGVtLmlkID0gYCR7bm9kZS5yZWNvcmQuaWR9LyR7bm9kZS5maWxlfWA7XG4gICAgICBpdGVtLnJlc291cmNlVXJpID0gdnNjb2RlLlVyaS5maWxlKG5vZGUuZmlsZSk7XG4gICAgICBpdGVtLmljb25QYXRoID0gbmV3IHZzY29kZS5UaGVtZUljb24oJ2ZpbGUtYmluYXJ5Jyk7XG4gICAgICBpdGVtLmNvbnRleHRWYWx1ZSA9ICdhcnRpZmFjdCc7XG4gICAgICBpdGVtLnRvb2x0aXAgPSBub2RlLmZpbGU7XG4gICAgICBpdGVtLmNvbW1hbmQgPSB7IHRpdGxlOiAnUmV2ZWFsJywgY29tbWFuZDogJ2VidWlsZEJ1aWxkZXIucmV2ZWFsQXJ0aWZhY3RzJywgYXJndW1lbnRzOiBbbm9kZS5yZWNvcmQuaWQsIG5vZGUuZmlsZV0gfTtcbiAgICAgIHJldHVybiBpdGVtO1xuICAgIH1cbiAgICBjb25zdCBiID0gbm9kZS5yZWNvcmQ7XG4gICAgY29uc3QgaXRlbSA9IG5ldyB2c2NvZGUuVHJlZUl0ZW0oYi5hdG9tLCBiLnJlc3VsdD8uYXJ0aWZhY3RzLmxlbmd0aFxuICAgICAgPyB2c2NvZGUuVHJlZUl0ZW1Db2xsYXBzaWJsZVN0YXRlLkNvbGxhcHNlZCA6IHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuTm9uZSk7XG4gICAgaXRlbS5pZCA9IGIuaWQ7XG4gICAgY29uc3QgW2ljb24sIGNvbG91cl0gPSBTVEFURV9JQ09OW2Iuc3RhdGVdID8/IFsnY2lyY2xlLW91dGxpbmUnXTtcbiAgICBpdGVtLmljb25QYXRoID0gbmV3IHZzY29kZS5UaGVtZUljb24oaWNvbiwgY29sb3VyID8gbmV3IHZzY29kZS5UaGVtZUNvbG9yKGNvbG91cikgOiB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHJ1bm5pbmcgPSAhaXNGaW5pc2hlZChiKTtcbiAgICBjb25zdCBwID0gYi5wcm9ncmVzcztcbiAgICBjb25zdCBjb3VudCA9IHAuaW5kZXggIT09IHVuZGVmaW5lZCAmJiBwLnRvdGFsICE9PSB1bmRlZmluZWQgJiYgcC50b3RhbCA+IDEgPyBgJHtwLmluZGV4fS8ke3AudG90YWx9IGAgOiAnJztcbiAgICBjb25zdCB3aGF0ID0gcnVubmluZyAmJiBwLnBoYXNlID8gYCR7Y291bnR9JHtwLnBoYXNlfWAgOiBiLnN0YXRlO1xuICAgIGl0ZW0uZGVzY3JpcHRpb24gPSBgJHt3aGF0fSBcdTAwQjcgJHtiLnByb2ZpbGV9IFx1MDBCNyAke2IuZW5naW5lfSBcdTAwQjcgJHtmb3JtYXREdXJhdGlvbihkdXJhdGlvbk9mKGIpKX1gO1xuICAgIGNvbnN0IGtlcHQgPSBpc0ZpbmlzaGVkKGIpICYmIGIucmVzdWx0Py5jb250YWluZXJJZCA/ICcua2VwdENvbnRhaW5lcicgOiAnJztcbiAgICBpdGVtLmNvbnRleHRWYWx1ZSA9IGBidWlsZC4ke3J1bm5pbmcgPyAncnVubmluZycgOiAnZmluaXNoZWQnfS4ke2Iuc3RhdGV9JHtrZXB0fWA7XG4gICAgaXRlbS5hY2Nlc3NpYmlsaXR5SW5mb3JtYXRpb24gPSB7IGxhYmVsOiBgJHtiLmF0b219ICR7Yi5zdGF0ZX1gIH07XG4gICAgaXRlbS50b29sdGlwID0gdGhpcy50b29sdGlwKGIpO1xuICAgIGl0ZW0uY29tbWFuZCA9IHsgdGl0bGU6ICdTaG93IGJ1aWxkIG91dHB1dCcsIGNvbW1hbmQ6ICdlYnVpbGRCdWlsZGVyLnNob3dUZXJtaW5hbCcsIGFyZ3VtZW50czogW2IuaWRdIH07XG4gICAgcmV0dXJuIGl0ZW07XG4gIH1cblxuICBwcml2YXRlIHRvb2x0aXAoYjogQnVpbGRSZWNvcmQpOiB2c2NvZGUuTWFya2Rvd25TdHJpbmcge1xuICAgIGNvbnN0IG1kID0gbmV3IHZzY29kZS5NYXJrZG93blN0cmluZyh1bmRlZmluZWQsIHRydWUpO1xuICAgIG1kLmFwcGVuZE1hcmtkb3duKGAqKiR7Yi5hdG9tfSoqIFx1MjAxNCAke2Iuc3RhdGV9XFxuXFxuYCk7XG4gICAgbWQuYXBwZW5kTWFya2Rvd24oYHByb2ZpbGUgXFxgJHtiLnByb2ZpbGV9XFxgIFx1MDBCNyBlbmdpbmUgXFxgJHtiLmVuZ2luZX1cXGAgXHUwMEI3ICR7Zm9ybWF0RHVyYXRpb24oZHVyYXRpb25PZihiKSl9XFxuXFxuYCk7XG4gICAgaWYgKGIuaW1hZ2UpIG1kLmFwcGVuZE1hcmtkb3duKGBpbWFnZSBcXGAke2IuaW1hZ2V9XFxgXFxuXFxuYCk7XG4gICAgaWYgKGIuYXJndikgbWQuYXBwZW5kQ29kZWJsb2NrKHF1b3RlQXJndihiLmFyZ3YpLCAnc2hlbGwnKTtcbiAgICBpZiAoYi5tZXNzYWdlKSBtZC5hcHBlbmRUZXh0KGIubWVzc2FnZSk7XG4gICAgcmV0dXJuIG1kO1xuICB9XG5cbiAgLyoqIFJldmVhbCBhbmQgc2VsZWN0IGEgYnVpbGQgKHVzZWQgYWZ0ZXIgc3RhcnRpbmcgb25lKS4gKi9cbiAgcmV2ZWFsKHJlY29yZDogQnVpbGRSZWNvcmQpOiB2b2lkIHtcbiAgICBpZiAodGhpcy52aWV3LnZpc2libGUpIHZvaWQgdGhpcy52aWV3LnJldmVhbCh7IGtpbmQ6ICdidWlsZCcsIHJlY29yZCB9LCB7IHNlbGVjdDogdHJ1ZSwgZm9jdXM6IGZhbHNlIH0pO1xuICB9XG5cbiAgZGlzcG9zZSgpOiB2b2lkIHtcbiAgICBpZiAodGhpcy50aWNrZXIpIGNsZWFySW50ZXJ2YWwodGhpcy50aWNrZXIpO1xuICAgIGlmICh0aGlzLnNjaGVkdWxlZCkgY2xlYXJUaW1lb3V0KHRoaXMuc2NoZWR1bGVkKTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgdGhpcy5kaXNwb3NhYmxlcykgZC5kaXNwb3NlKCk7XG4gICAgdGhpcy5lbWl0dGVyLmRpc3Bvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFJQSxXQUFzQjtBQUN0QixhQUF3QjtBQUV4QixvQkFBb0U7QUFDcEUsMkJBQTBCO0FBSTFCLE1BQU0sYUFBZ0Q7QUFBQSxFQUNwRCxRQUFRLENBQUMsT0FBTztBQUFBLEVBQ2hCLFdBQVcsQ0FBQyxXQUFXO0FBQUEsRUFDdkIsU0FBUyxDQUFDLGdCQUFnQjtBQUFBLEVBQzFCLFdBQVcsQ0FBQyxjQUFjO0FBQUEsRUFDMUIsU0FBUyxDQUFDLGFBQWEsYUFBYTtBQUFBLEVBQ3BDLFlBQVksQ0FBQyxXQUFXO0FBQUEsRUFDeEIsV0FBVyxDQUFDLFFBQVEsb0JBQW9CO0FBQUEsRUFDeEMsUUFBUSxDQUFDLFNBQVMsb0JBQW9CO0FBQUEsRUFDdEMsV0FBVyxDQUFDLGdCQUFnQixvQkFBb0I7QUFBQSxFQUNoRCxPQUFPLENBQUMsV0FBVyxnQ0FBZ0M7QUFDckQ7QUFFTyxNQUFNLFdBQXVFO0FBQUEsRUFRbEYsWUFBNkIsS0FBVTtBQUFWO0FBQzNCLFNBQUssT0FBTyxPQUFPLE9BQU8sZUFBZSx3QkFBd0IsRUFBRSxrQkFBa0IsTUFBTSxpQkFBaUIsTUFBTSxDQUFDO0FBQ25ILFNBQUssWUFBWTtBQUFBLE1BQUssS0FBSztBQUFBLE1BQU0sSUFBSSxPQUFPLFlBQVksTUFBTSxLQUFLLFlBQVksQ0FBQztBQUFBLE1BQzlFLEtBQUssS0FBSyxzQkFBc0IsTUFBTSxLQUFLLGFBQWEsQ0FBQztBQUFBLElBQUM7QUFBQSxFQUM5RDtBQUFBLEVBSjZCO0FBQUEsRUFQWixVQUFVLElBQUksT0FBTyxhQUErQjtBQUFBLEVBQzVELHNCQUFzQixLQUFLLFFBQVE7QUFBQSxFQUNuQztBQUFBLEVBQ1EsY0FBbUMsQ0FBQztBQUFBLEVBQzdDO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFTQSxjQUFvQjtBQUMxQixTQUFLLGNBQWMsV0FBVyxNQUFNO0FBQ2xDLFdBQUssWUFBWTtBQUNqQixXQUFLLFFBQVEsS0FBSyxNQUFTO0FBQzNCLFdBQUssYUFBYTtBQUFBLElBQ3BCLEdBQUcsR0FBRztBQUFBLEVBQ1I7QUFBQTtBQUFBLEVBR1EsZUFBcUI7QUFDM0IsVUFBTSxPQUFPLEtBQUssS0FBSyxXQUFXLEtBQUssSUFBSSxPQUFPLFFBQVEsRUFBRSxTQUFTO0FBQ3JFLFFBQUksUUFBUSxDQUFDLEtBQUssT0FBUSxNQUFLLFNBQVMsWUFBWSxNQUFNLEtBQUssUUFBUSxLQUFLLE1BQVMsR0FBRyxHQUFJO0FBQzVGLFFBQUksQ0FBQyxRQUFRLEtBQUssUUFBUTtBQUFFLG9CQUFjLEtBQUssTUFBTTtBQUFHLFdBQUssU0FBUztBQUFBLElBQVc7QUFDakYsU0FBSyxLQUFLLFFBQVEsS0FBSyxJQUFJLE9BQU8sUUFBUSxFQUFFLFNBQ3hDLEVBQUUsT0FBTyxLQUFLLElBQUksT0FBTyxRQUFRLEVBQUUsUUFBUSxTQUFTLGlCQUFpQixJQUFJO0FBQUEsRUFDL0U7QUFBQSxFQUVBLFlBQVksTUFBcUI7QUFDL0IsUUFBSSxDQUFDLEtBQU0sUUFBTyxLQUFLLElBQUksT0FBTyxJQUFJLEVBQUUsSUFBSSxDQUFDLFlBQVksRUFBRSxNQUFNLFNBQVMsT0FBTyxFQUFFO0FBQ25GLFFBQUksS0FBSyxTQUFTLFFBQVMsU0FBUSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsR0FBRyxJQUFJLENBQUMsVUFBVSxFQUFFLE1BQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDdkksV0FBTyxDQUFDO0FBQUEsRUFDVjtBQUFBLEVBRUEsVUFBVSxNQUE4QjtBQUN0QyxXQUFPLEtBQUssU0FBUyxhQUFhLEVBQUUsTUFBTSxTQUFTLFFBQVEsS0FBSyxPQUFPLElBQUk7QUFBQSxFQUM3RTtBQUFBLEVBRUEsWUFBWSxNQUE2QjtBQUN2QyxRQUFJLEtBQUssU0FBUyxZQUFZO0FBQzVCLFlBQU1BLFFBQU8sSUFBSSxPQUFPLFNBQVMsS0FBSyxTQUFTLEtBQUssSUFBSSxHQUFHLE9BQU8seUJBQXlCLElBQUk7QUFDL0YsTUFBQUEsTUFBSyxLQUFLLEdBQUcsS0FBSyxPQUFPLEVBQUUsSUFBSSxLQUFLLElBQUk7QUFDeEMsTUFBQUEsTUFBSyxjQUFjLE9BQU8sSUFBSSxLQUFLLEtBQUssSUFBSTtBQUM1QyxNQUFBQSxNQUFLLFdBQVcsSUFBSSxPQUFPLFVBQVUsYUFBYTtBQUNsRCxNQUFBQSxNQUFLLGVBQWU7QUFDcEIsTUFBQUEsTUFBSyxVQUFVLEtBQUs7QUFDcEIsTUFBQUEsTUFBSyxVQUFVLEVBQUUsT0FBTyxVQUFVLFNBQVMsaUNBQWlDLFdBQVcsQ0FBQyxLQUFLLE9BQU8sSUFBSSxLQUFLLElBQUksRUFBRTtBQUNuSCxhQUFPQTtBQUFBLElBQ1Q7QUFDQSxVQUFNLElBQUksS0FBSztBQUNmLFVBQU0sT0FBTyxJQUFJLE9BQU8sU0FBUyxFQUFFLE1BQU0sRUFBRSxRQUFRLFVBQVUsU0FDekQsT0FBTyx5QkFBeUIsWUFBWSxPQUFPLHlCQUF5QixJQUFJO0FBQ3BGLFNBQUssS0FBSyxFQUFFO0FBQ1osVUFBTSxDQUFDLE1BQU0sTUFBTSxJQUFJLFdBQVcsRUFBRSxLQUFLLEtBQUssQ0FBQyxnQkFBZ0I7QUFDL0QsU0FBSyxXQUFXLElBQUksT0FBTyxVQUFVLE1BQU0sU0FBUyxJQUFJLE9BQU8sV0FBVyxNQUFNLElBQUksTUFBUztBQUM3RixVQUFNLFVBQVUsS0FBQywwQkFBVyxDQUFDO0FBQzdCLFVBQU0sSUFBSSxFQUFFO0FBQ1osVUFBTSxRQUFRLEVBQUUsVUFBVSxVQUFhLEVBQUUsVUFBVSxVQUFhLEVBQUUsUUFBUSxJQUFJLEdBQUcsRUFBRSxLQUFLLElBQUksRUFBRSxLQUFLLE1BQU07QUFDekcsVUFBTSxPQUFPLFdBQVcsRUFBRSxRQUFRLEdBQUcsS0FBSyxHQUFHLEVBQUUsS0FBSyxLQUFLLEVBQUU7QUFDM0QsU0FBSyxjQUFjLEdBQUcsSUFBSSxTQUFNLEVBQUUsT0FBTyxTQUFNLEVBQUUsTUFBTSxhQUFNLGtDQUFlLDBCQUFXLENBQUMsQ0FBQyxDQUFDO0FBQzFGLFVBQU0sV0FBTywwQkFBVyxDQUFDLEtBQUssRUFBRSxRQUFRLGNBQWMsbUJBQW1CO0FBQ3pFLFNBQUssZUFBZSxTQUFTLFVBQVUsWUFBWSxVQUFVLElBQUksRUFBRSxLQUFLLEdBQUcsSUFBSTtBQUMvRSxTQUFLLDJCQUEyQixFQUFFLE9BQU8sR0FBRyxFQUFFLElBQUksSUFBSSxFQUFFLEtBQUssR0FBRztBQUNoRSxTQUFLLFVBQVUsS0FBSyxRQUFRLENBQUM7QUFDN0IsU0FBSyxVQUFVLEVBQUUsT0FBTyxxQkFBcUIsU0FBUyw4QkFBOEIsV0FBVyxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxRQUFRLEdBQXVDO0FBQ3JELFVBQU0sS0FBSyxJQUFJLE9BQU8sZUFBZSxRQUFXLElBQUk7QUFDcEQsT0FBRyxlQUFlLEtBQUssRUFBRSxJQUFJLGFBQVEsRUFBRSxLQUFLO0FBQUE7QUFBQSxDQUFNO0FBQ2xELE9BQUcsZUFBZSxhQUFhLEVBQUUsT0FBTyxvQkFBaUIsRUFBRSxNQUFNLGVBQVEsa0NBQWUsMEJBQVcsQ0FBQyxDQUFDLENBQUM7QUFBQTtBQUFBLENBQU07QUFDNUcsUUFBSSxFQUFFLE1BQU8sSUFBRyxlQUFlLFdBQVcsRUFBRSxLQUFLO0FBQUE7QUFBQSxDQUFRO0FBQ3pELFFBQUksRUFBRSxLQUFNLElBQUcsb0JBQWdCLGdDQUFVLEVBQUUsSUFBSSxHQUFHLE9BQU87QUFDekQsUUFBSSxFQUFFLFFBQVMsSUFBRyxXQUFXLEVBQUUsT0FBTztBQUN0QyxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFHQSxPQUFPLFFBQTJCO0FBQ2hDLFFBQUksS0FBSyxLQUFLLFFBQVMsTUFBSyxLQUFLLEtBQUssT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLEdBQUcsRUFBRSxRQUFRLE1BQU0sT0FBTyxNQUFNLENBQUM7QUFBQSxFQUN4RztBQUFBLEVBRUEsVUFBZ0I7QUFDZCxRQUFJLEtBQUssT0FBUSxlQUFjLEtBQUssTUFBTTtBQUMxQyxRQUFJLEtBQUssVUFBVyxjQUFhLEtBQUssU0FBUztBQUMvQyxlQUFXLEtBQUssS0FBSyxZQUFhLEdBQUUsUUFBUTtBQUM1QyxTQUFLLFFBQVEsUUFBUTtBQUFBLEVBQ3ZCO0FBQ0Y7IiwKICAibmFtZXMiOiBbIml0ZW0iXQp9Cg==
