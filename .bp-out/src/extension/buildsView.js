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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2V4dGVuc2lvbi9idWlsZHNWaWV3LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIFRoZSBCdWlsZHMgdmlldzogcnVubmluZyBhbmQgZmluaXNoZWQgYnVpbGRzIHdpdGggc3RhdGUgaWNvbiwgcHJvZmlsZSwgZW5naW5lIGFuZCBkdXJhdGlvbjsgYmluYXJ5IHBhY2thZ2VzXG4gKiBhcyBjaGlsZHJlbi4gSWRzIGFyZSB0aGUgYnVpbGQgaWRzLCBzbyBzZWxlY3Rpb24gYW5kIGV4cGFuc2lvbiBzdXJ2aXZlIHJlZnJlc2hlcy5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gJy4vY3R4JztcbmltcG9ydCB7IEJ1aWxkUmVjb3JkLCBkdXJhdGlvbk9mLCBmb3JtYXREdXJhdGlvbiwgaXNGaW5pc2hlZCB9IGZyb20gJy4vYnVpbGRzJztcbmltcG9ydCB7IHF1b3RlQXJndiB9IGZyb20gJy4vYnVpbGRUZXJtaW5hbCc7XG5cbnR5cGUgTm9kZSA9IHsga2luZDogJ2J1aWxkJzsgcmVjb3JkOiBCdWlsZFJlY29yZCB9IHwgeyBraW5kOiAnYXJ0aWZhY3QnOyByZWNvcmQ6IEJ1aWxkUmVjb3JkOyBmaWxlOiBzdHJpbmcgfTtcblxuY29uc3QgU1RBVEVfSUNPTjogUmVjb3JkPHN0cmluZywgW3N0cmluZywgc3RyaW5nP10+ID0ge1xuICBxdWV1ZWQ6IFsnY2xvY2snXSxcbiAgcHJlcGFyaW5nOiBbJ3N5bmN+c3BpbiddLFxuICBwdWxsaW5nOiBbJ2Nsb3VkLWRvd25sb2FkJ10sXG4gIHVwbG9hZGluZzogWydjbG91ZC11cGxvYWQnXSxcbiAgcnVubmluZzogWydzeW5jfnNwaW4nLCAnY2hhcnRzLmJsdWUnXSxcbiAgY29sbGVjdGluZzogWydzeW5jfnNwaW4nXSxcbiAgc3VjY2VlZGVkOiBbJ3Bhc3MnLCAndGVzdGluZy5pY29uUGFzc2VkJ10sXG4gIGZhaWxlZDogWydlcnJvcicsICd0ZXN0aW5nLmljb25GYWlsZWQnXSxcbiAgY2FuY2VsbGVkOiBbJ2NpcmNsZS1zbGFzaCcsICdkaXNhYmxlZEZvcmVncm91bmQnXSxcbiAgZXJyb3I6IFsnd2FybmluZycsICdwcm9ibGVtc1dhcm5pbmdJY29uLmZvcmVncm91bmQnXSxcbn07XG5cbmV4cG9ydCBjbGFzcyBCdWlsZHNWaWV3IGltcGxlbWVudHMgdnNjb2RlLlRyZWVEYXRhUHJvdmlkZXI8Tm9kZT4sIHZzY29kZS5EaXNwb3NhYmxlIHtcbiAgcHJpdmF0ZSByZWFkb25seSBlbWl0dGVyID0gbmV3IHZzY29kZS5FdmVudEVtaXR0ZXI8Tm9kZSB8IHVuZGVmaW5lZD4oKTtcbiAgcmVhZG9ubHkgb25EaWRDaGFuZ2VUcmVlRGF0YSA9IHRoaXMuZW1pdHRlci5ldmVudDtcbiAgcmVhZG9ubHkgdmlldzogdnNjb2RlLlRyZWVWaWV3PE5vZGU+O1xuICBwcml2YXRlIHJlYWRvbmx5IGRpc3Bvc2FibGVzOiB2c2NvZGUuRGlzcG9zYWJsZVtdID0gW107XG4gIHByaXZhdGUgdGlja2VyPzogTm9kZUpTLlRpbWVvdXQ7XG4gIHByaXZhdGUgc2NoZWR1bGVkPzogTm9kZUpTLlRpbWVvdXQ7XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBjdHg6IEN0eCkge1xuICAgIHRoaXMudmlldyA9IHZzY29kZS53aW5kb3cuY3JlYXRlVHJlZVZpZXcoJ2VidWlsZEJ1aWxkZXIuYnVpbGRzJywgeyB0cmVlRGF0YVByb3ZpZGVyOiB0aGlzLCBzaG93Q29sbGFwc2VBbGw6IGZhbHNlIH0pO1xuICAgIHRoaXMuZGlzcG9zYWJsZXMucHVzaCh0aGlzLnZpZXcsIGN0eC5idWlsZHMub25EaWRDaGFuZ2UoKCkgPT4gdGhpcy5yZWZyZXNoU29vbigpKSxcbiAgICAgIHRoaXMudmlldy5vbkRpZENoYW5nZVZpc2liaWxpdHkoKCkgPT4gdGhpcy51cGRhdGVUaWNrZXIoKSkpO1xuICB9XG5cbiAgLyoqIENvYWxlc2NlcyBidXJzdHMgb2Ygb3V0cHV0IGV2ZW50cyBpbnRvIG9uZSByZWZyZXNoLiAqL1xuICBwcml2YXRlIHJlZnJlc2hTb29uKCk6IHZvaWQge1xuICAgIHRoaXMuc2NoZWR1bGVkID8/PSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIHRoaXMuc2NoZWR1bGVkID0gdW5kZWZpbmVkO1xuICAgICAgdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKTtcbiAgICAgIHRoaXMudXBkYXRlVGlja2VyKCk7XG4gICAgfSwgMTUwKTtcbiAgfVxuXG4gIC8qKiBSdW5uaW5nIGR1cmF0aW9ucyB0aWNrIG9uY2UgYSBzZWNvbmQsIG9ubHkgd2hpbGUgdGhlIHZpZXcgaXMgdmlzaWJsZS4gKi9cbiAgcHJpdmF0ZSB1cGRhdGVUaWNrZXIoKTogdm9pZCB7XG4gICAgY29uc3QgbmVlZCA9IHRoaXMudmlldy52aXNpYmxlICYmIHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nKCkubGVuZ3RoID4gMDtcbiAgICBpZiAobmVlZCAmJiAhdGhpcy50aWNrZXIpIHRoaXMudGlja2VyID0gc2V0SW50ZXJ2YWwoKCkgPT4gdGhpcy5lbWl0dGVyLmZpcmUodW5kZWZpbmVkKSwgMTAwMCk7XG4gICAgaWYgKCFuZWVkICYmIHRoaXMudGlja2VyKSB7IGNsZWFySW50ZXJ2YWwodGhpcy50aWNrZXIpOyB0aGlzLnRpY2tlciA9IHVuZGVmaW5lZDsgfVxuICAgIHRoaXMudmlldy5iYWRnZSA9IHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nKCkubGVuZ3RoXG4gICAgICA/IHsgdmFsdWU6IHRoaXMuY3R4LmJ1aWxkcy5ydW5uaW5nKCkubGVuZ3RoLCB0b29sdGlwOiAnYnVpbGRzIHJ1bm5pbmcnIH0gOiB1bmRlZmluZWQ7XG4gIH1cblxuICBnZXRDaGlsZHJlbihub2RlPzogTm9kZSk6IE5vZGVbXSB7XG4gICAgaWYgKCFub2RlKSByZXR1cm4gdGhpcy5jdHguYnVpbGRzLmFsbCgpLm1hcCgocmVjb3JkKSA9PiAoeyBraW5kOiAnYnVpbGQnLCByZWNvcmQgfSkpO1xuICAgIGlmIChub2RlLmtpbmQgPT09ICdidWlsZCcpIHJldHVybiAobm9kZS5yZWNvcmQucmVzdWx0Py5hcnRpZmFjdHMgPz8gW10pLm1hcCgoZmlsZSkgPT4gKHsga2luZDogJ2FydGlmYWN0JywgcmVjb3JkOiBub2RlLnJlY29yZCwgZmlsZSB9KSk7XG4gICAgcmV0dXJuIFtdO1xuICB9XG5cbiAgZ2V0UGFyZW50KG5vZGU6IE5vZGUpOiBOb2RlIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gbm9kZS5raW5kID09PSAnYXJ0aWZhY3QnID8geyBraW5kOiAnYnVpbGQnLCByZWNvcmQ6IG5vZGUucmVjb3JkIH0gOiB1bmRlZmluZWQ7XG4gIH1cblxuICBnZXRUcmVlSXRlbShub2RlOiBOb2RlKTogdnNjb2RlLlRyZWVJdGVtIHtcbiAgICBpZiAobm9kZS5raW5kID09PSAnYXJ0aWZhY3QnKSB7XG4gICAgICBjb25zdCBpdGVtID0gbmV3IHZzY29kZS5UcmVlSXRlbShwYXRoLmJhc2VuYW1lKG5vZGUuZmlsZSksIHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuTm9uZSk7XG4gICAgICBpdGVtLmlkID0gYCR7bm9kZS5yZWNvcmQuaWR9LyR7bm9kZS5maWxlfWA7XG4gICAgICBpdGVtLnJlc291cmNlVXJpID0gdnNjb2RlLlVyaS5maWxlKG5vZGUuZmlsZSk7XG4gICAgICBpdGVtLmljb25QYXRoID0gbmV3IHZzY29kZS5UaGVtZUljb24oJ2ZpbGUtYmluYXJ5Jyk7XG4gICAgICBpdGVtLmNvbnRleHRWYWx1ZSA9ICdhcnRpZmFjdCc7XG4gICAgICBpdGVtLnRvb2x0aXAgPSBub2RlLmZpbGU7XG4gICAgICBpdGVtLmNvbW1hbmQgPSB7IHRpdGxlOiAnUmV2ZWFsJywgY29tbWFuZDogJ2VidWlsZEJ1aWxkZXIucmV2ZWFsQXJ0aWZhY3RzJywgYXJndW1lbnRzOiBbbm9kZS5yZWNvcmQuaWQsIG5vZGUuZmlsZV0gfTtcbiAgICAgIHJldHVybiBpdGVtO1xuICAgIH1cbiAgICBjb25zdCBiID0gbm9kZS5yZWNvcmQ7XG4gICAgY29uc3QgaXRlbSA9IG5ldyB2c2NvZGUuVHJlZUl0ZW0oYi5hdG9tLCBiLnJlc3VsdD8uYXJ0aWZhY3RzLmxlbmd0aFxuICAgICAgPyB2c2NvZGUuVHJlZUl0ZW1Db2xsYXBzaWJsZVN0YXRlLkNvbGxhcHNlZCA6IHZzY29kZS5UcmVlSXRlbUNvbGxhcHNpYmxlU3RhdGUuTm9uZSk7XG4gICAgaXRlbS5pZCA9IGIuaWQ7XG4gICAgY29uc3QgW2ljb24sIGNvbG91cl0gPSBTVEFURV9JQ09OW2Iuc3RhdGVdID8/IFsnY2lyY2xlLW91dGxpbmUnXTtcbiAgICBpdGVtLmljb25QYXRoID0gbmV3IHZzY29kZS5UaGVtZUljb24oaWNvbiwgY29sb3VyID8gbmV3IHZzY29kZS5UaGVtZUNvbG9yKGNvbG91cikgOiB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHJ1bm5pbmcgPSAhaXNGaW5pc2hlZChiKTtcbiAgICBjb25zdCBwID0gYi5wcm9ncmVzcztcbiAgICBjb25zdCBjb3VudCA9IHAuaW5kZXggIT09IHVuZGVmaW5lZCAmJiBwLnRvdGFsICE9PSB1bmRlZmluZWQgJiYgcC50b3RhbCA+IDEgPyBgJHtwLmluZGV4fS8ke3AudG90YWx9IGAgOiAnJztcbiAgICAvLyBGaW5pc2hlZCBidWlsZHMgc2hvdyB0aGVpciBzdGF0ZSBieSBpY29uIChhbmQgaW4gdGhlIGFjY2Vzc2libGUgbGFiZWwpOyBydW5uaW5nIG9uZXMgc2hvdyB0aGUgcGhhc2UuXG4gICAgY29uc3Qgd2hhdCA9IHJ1bm5pbmcgPyBgJHtwLnBoYXNlID8gYCR7Y291bnR9JHtwLnBoYXNlfWAgOiBiLnN0YXRlfSBcdTAwQjcgYCA6ICcnO1xuICAgIGl0ZW0uZGVzY3JpcHRpb24gPSBgJHt3aGF0fSR7Yi5wcm9maWxlfSBcdTAwQjcgJHtiLmVuZ2luZX0gXHUwMEI3ICR7Zm9ybWF0RHVyYXRpb24oZHVyYXRpb25PZihiKSl9YDtcbiAgICBjb25zdCBrZXB0ID0gaXNGaW5pc2hlZChiKSAmJiBiLnJlc3VsdD8uY29udGFpbmVySWQgPyAnLmtlcHRDb250YWluZXInIDogJyc7XG4gICAgaXRlbS5jb250ZXh0VmFsdWUgPSBgYnVpbGQuJHtydW5uaW5nID8gJ3J1bm5pbmcnIDogJ2ZpbmlzaGVkJ30uJHtiLnN0YXRlfSR7a2VwdH1gO1xuICAgIGl0ZW0uYWNjZXNzaWJpbGl0eUluZm9ybWF0aW9uID0geyBsYWJlbDogYCR7Yi5hdG9tfSAke2Iuc3RhdGV9YCB9O1xuICAgIGl0ZW0udG9vbHRpcCA9IHRoaXMudG9vbHRpcChiKTtcbiAgICBpdGVtLmNvbW1hbmQgPSB7IHRpdGxlOiAnU2hvdyBidWlsZCBvdXRwdXQnLCBjb21tYW5kOiAnZWJ1aWxkQnVpbGRlci5zaG93VGVybWluYWwnLCBhcmd1bWVudHM6IFtiLmlkXSB9O1xuICAgIHJldHVybiBpdGVtO1xuICB9XG5cbiAgcHJpdmF0ZSB0b29sdGlwKGI6IEJ1aWxkUmVjb3JkKTogdnNjb2RlLk1hcmtkb3duU3RyaW5nIHtcbiAgICBjb25zdCBtZCA9IG5ldyB2c2NvZGUuTWFya2Rvd25TdHJpbmcodW5kZWZpbmVkLCB0cnVlKTtcbiAgICBtZC5hcHBlbmRNYXJrZG93bihgKioke2IuYXRvbX0qKiBcdTIwMTQgJHtiLnN0YXRlfVxcblxcbmApO1xuICAgIG1kLmFwcGVuZE1hcmtkb3duKGBwcm9maWxlIFxcYCR7Yi5wcm9maWxlfVxcYCBcdTAwQjcgZW5naW5lIFxcYCR7Yi5lbmdpbmV9XFxgIFx1MDBCNyAke2Zvcm1hdER1cmF0aW9uKGR1cmF0aW9uT2YoYikpfVxcblxcbmApO1xuICAgIGlmIChiLmltYWdlKSBtZC5hcHBlbmRNYXJrZG93bihgaW1hZ2UgXFxgJHtiLmltYWdlfVxcYFxcblxcbmApO1xuICAgIGlmIChiLmFyZ3YpIG1kLmFwcGVuZENvZGVibG9jayhxdW90ZUFyZ3YoYi5hcmd2KSwgJ3NoZWxsJyk7XG4gICAgaWYgKGIubWVzc2FnZSkgbWQuYXBwZW5kVGV4dChiLm1lc3NhZ2UpO1xuICAgIHJldHVybiBtZDtcbiAgfVxuXG4gIC8qKiBSZXZlYWwgYW5kIHNlbGVjdCBhIGJ1aWxkICh1c2VkIGFmdGVyIHN0YXJ0aW5nIG9uZSkuICovXG4gIHJldmVhbChyZWNvcmQ6IEJ1aWxkUmVjb3JkKTogdm9pZCB7XG4gICAgaWYgKHRoaXMudmlldy52aXNpYmxlKSB2b2lkIHRoaXMudmlldy5yZXZlYWwoeyBraW5kOiAnYnVpbGQnLCByZWNvcmQgfSwgeyBzZWxlY3Q6IHRydWUsIGZvY3VzOiBmYWxzZSB9KTtcbiAgfVxuXG4gIGRpc3Bvc2UoKTogdm9pZCB7XG4gICAgaWYgKHRoaXMudGlja2VyKSBjbGVhckludGVydmFsKHRoaXMudGlja2VyKTtcbiAgICBpZiAodGhpcy5zY2hlZHVsZWQpIGNsZWFyVGltZW91dCh0aGlzLnNjaGVkdWxlZCk7XG4gICAgZm9yIChjb25zdCBkIG9mIHRoaXMuZGlzcG9zYWJsZXMpIGQuZGlzcG9zZSgpO1xuICAgIHRoaXMuZW1pdHRlci5kaXNwb3NlKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsV0FBc0I7QUFDdEIsYUFBd0I7QUFFeEIsb0JBQW9FO0FBQ3BFLDJCQUEwQjtBQUkxQixNQUFNLGFBQWdEO0FBQUEsRUFDcEQsUUFBUSxDQUFDLE9BQU87QUFBQSxFQUNoQixXQUFXLENBQUMsV0FBVztBQUFBLEVBQ3ZCLFNBQVMsQ0FBQyxnQkFBZ0I7QUFBQSxFQUMxQixXQUFXLENBQUMsY0FBYztBQUFBLEVBQzFCLFNBQVMsQ0FBQyxhQUFhLGFBQWE7QUFBQSxFQUNwQyxZQUFZLENBQUMsV0FBVztBQUFBLEVBQ3hCLFdBQVcsQ0FBQyxRQUFRLG9CQUFvQjtBQUFBLEVBQ3hDLFFBQVEsQ0FBQyxTQUFTLG9CQUFvQjtBQUFBLEVBQ3RDLFdBQVcsQ0FBQyxnQkFBZ0Isb0JBQW9CO0FBQUEsRUFDaEQsT0FBTyxDQUFDLFdBQVcsZ0NBQWdDO0FBQ3JEO0FBRU8sTUFBTSxXQUF1RTtBQUFBLEVBUWxGLFlBQTZCLEtBQVU7QUFBVjtBQUMzQixTQUFLLE9BQU8sT0FBTyxPQUFPLGVBQWUsd0JBQXdCLEVBQUUsa0JBQWtCLE1BQU0saUJBQWlCLE1BQU0sQ0FBQztBQUNuSCxTQUFLLFlBQVk7QUFBQSxNQUFLLEtBQUs7QUFBQSxNQUFNLElBQUksT0FBTyxZQUFZLE1BQU0sS0FBSyxZQUFZLENBQUM7QUFBQSxNQUM5RSxLQUFLLEtBQUssc0JBQXNCLE1BQU0sS0FBSyxhQUFhLENBQUM7QUFBQSxJQUFDO0FBQUEsRUFDOUQ7QUFBQSxFQUo2QjtBQUFBLEVBUFosVUFBVSxJQUFJLE9BQU8sYUFBK0I7QUFBQSxFQUM1RCxzQkFBc0IsS0FBSyxRQUFRO0FBQUEsRUFDbkM7QUFBQSxFQUNRLGNBQW1DLENBQUM7QUFBQSxFQUM3QztBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBU0EsY0FBb0I7QUFDMUIsU0FBSyxjQUFjLFdBQVcsTUFBTTtBQUNsQyxXQUFLLFlBQVk7QUFDakIsV0FBSyxRQUFRLEtBQUssTUFBUztBQUMzQixXQUFLLGFBQWE7QUFBQSxJQUNwQixHQUFHLEdBQUc7QUFBQSxFQUNSO0FBQUE7QUFBQSxFQUdRLGVBQXFCO0FBQzNCLFVBQU0sT0FBTyxLQUFLLEtBQUssV0FBVyxLQUFLLElBQUksT0FBTyxRQUFRLEVBQUUsU0FBUztBQUNyRSxRQUFJLFFBQVEsQ0FBQyxLQUFLLE9BQVEsTUFBSyxTQUFTLFlBQVksTUFBTSxLQUFLLFFBQVEsS0FBSyxNQUFTLEdBQUcsR0FBSTtBQUM1RixRQUFJLENBQUMsUUFBUSxLQUFLLFFBQVE7QUFBRSxvQkFBYyxLQUFLLE1BQU07QUFBRyxXQUFLLFNBQVM7QUFBQSxJQUFXO0FBQ2pGLFNBQUssS0FBSyxRQUFRLEtBQUssSUFBSSxPQUFPLFFBQVEsRUFBRSxTQUN4QyxFQUFFLE9BQU8sS0FBSyxJQUFJLE9BQU8sUUFBUSxFQUFFLFFBQVEsU0FBUyxpQkFBaUIsSUFBSTtBQUFBLEVBQy9FO0FBQUEsRUFFQSxZQUFZLE1BQXFCO0FBQy9CLFFBQUksQ0FBQyxLQUFNLFFBQU8sS0FBSyxJQUFJLE9BQU8sSUFBSSxFQUFFLElBQUksQ0FBQyxZQUFZLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRTtBQUNuRixRQUFJLEtBQUssU0FBUyxRQUFTLFNBQVEsS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEdBQUcsSUFBSSxDQUFDLFVBQVUsRUFBRSxNQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQ3ZJLFdBQU8sQ0FBQztBQUFBLEVBQ1Y7QUFBQSxFQUVBLFVBQVUsTUFBOEI7QUFDdEMsV0FBTyxLQUFLLFNBQVMsYUFBYSxFQUFFLE1BQU0sU0FBUyxRQUFRLEtBQUssT0FBTyxJQUFJO0FBQUEsRUFDN0U7QUFBQSxFQUVBLFlBQVksTUFBNkI7QUFDdkMsUUFBSSxLQUFLLFNBQVMsWUFBWTtBQUM1QixZQUFNQSxRQUFPLElBQUksT0FBTyxTQUFTLEtBQUssU0FBUyxLQUFLLElBQUksR0FBRyxPQUFPLHlCQUF5QixJQUFJO0FBQy9GLE1BQUFBLE1BQUssS0FBSyxHQUFHLEtBQUssT0FBTyxFQUFFLElBQUksS0FBSyxJQUFJO0FBQ3hDLE1BQUFBLE1BQUssY0FBYyxPQUFPLElBQUksS0FBSyxLQUFLLElBQUk7QUFDNUMsTUFBQUEsTUFBSyxXQUFXLElBQUksT0FBTyxVQUFVLGFBQWE7QUFDbEQsTUFBQUEsTUFBSyxlQUFlO0FBQ3BCLE1BQUFBLE1BQUssVUFBVSxLQUFLO0FBQ3BCLE1BQUFBLE1BQUssVUFBVSxFQUFFLE9BQU8sVUFBVSxTQUFTLGlDQUFpQyxXQUFXLENBQUMsS0FBSyxPQUFPLElBQUksS0FBSyxJQUFJLEVBQUU7QUFDbkgsYUFBT0E7QUFBQSxJQUNUO0FBQ0EsVUFBTSxJQUFJLEtBQUs7QUFDZixVQUFNLE9BQU8sSUFBSSxPQUFPLFNBQVMsRUFBRSxNQUFNLEVBQUUsUUFBUSxVQUFVLFNBQ3pELE9BQU8seUJBQXlCLFlBQVksT0FBTyx5QkFBeUIsSUFBSTtBQUNwRixTQUFLLEtBQUssRUFBRTtBQUNaLFVBQU0sQ0FBQyxNQUFNLE1BQU0sSUFBSSxXQUFXLEVBQUUsS0FBSyxLQUFLLENBQUMsZ0JBQWdCO0FBQy9ELFNBQUssV0FBVyxJQUFJLE9BQU8sVUFBVSxNQUFNLFNBQVMsSUFBSSxPQUFPLFdBQVcsTUFBTSxJQUFJLE1BQVM7QUFDN0YsVUFBTSxVQUFVLEtBQUMsMEJBQVcsQ0FBQztBQUM3QixVQUFNLElBQUksRUFBRTtBQUNaLFVBQU0sUUFBUSxFQUFFLFVBQVUsVUFBYSxFQUFFLFVBQVUsVUFBYSxFQUFFLFFBQVEsSUFBSSxHQUFHLEVBQUUsS0FBSyxJQUFJLEVBQUUsS0FBSyxNQUFNO0FBRXpHLFVBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxRQUFRLEdBQUcsS0FBSyxHQUFHLEVBQUUsS0FBSyxLQUFLLEVBQUUsS0FBSyxXQUFRO0FBQzFFLFNBQUssY0FBYyxHQUFHLElBQUksR0FBRyxFQUFFLE9BQU8sU0FBTSxFQUFFLE1BQU0sYUFBTSxrQ0FBZSwwQkFBVyxDQUFDLENBQUMsQ0FBQztBQUN2RixVQUFNLFdBQU8sMEJBQVcsQ0FBQyxLQUFLLEVBQUUsUUFBUSxjQUFjLG1CQUFtQjtBQUN6RSxTQUFLLGVBQWUsU0FBUyxVQUFVLFlBQVksVUFBVSxJQUFJLEVBQUUsS0FBSyxHQUFHLElBQUk7QUFDL0UsU0FBSywyQkFBMkIsRUFBRSxPQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxLQUFLLEdBQUc7QUFDaEUsU0FBSyxVQUFVLEtBQUssUUFBUSxDQUFDO0FBQzdCLFNBQUssVUFBVSxFQUFFLE9BQU8scUJBQXFCLFNBQVMsOEJBQThCLFdBQVcsQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsUUFBUSxHQUF1QztBQUNyRCxVQUFNLEtBQUssSUFBSSxPQUFPLGVBQWUsUUFBVyxJQUFJO0FBQ3BELE9BQUcsZUFBZSxLQUFLLEVBQUUsSUFBSSxhQUFRLEVBQUUsS0FBSztBQUFBO0FBQUEsQ0FBTTtBQUNsRCxPQUFHLGVBQWUsYUFBYSxFQUFFLE9BQU8sb0JBQWlCLEVBQUUsTUFBTSxlQUFRLGtDQUFlLDBCQUFXLENBQUMsQ0FBQyxDQUFDO0FBQUE7QUFBQSxDQUFNO0FBQzVHLFFBQUksRUFBRSxNQUFPLElBQUcsZUFBZSxXQUFXLEVBQUUsS0FBSztBQUFBO0FBQUEsQ0FBUTtBQUN6RCxRQUFJLEVBQUUsS0FBTSxJQUFHLG9CQUFnQixnQ0FBVSxFQUFFLElBQUksR0FBRyxPQUFPO0FBQ3pELFFBQUksRUFBRSxRQUFTLElBQUcsV0FBVyxFQUFFLE9BQU87QUFDdEMsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsT0FBTyxRQUEyQjtBQUNoQyxRQUFJLEtBQUssS0FBSyxRQUFTLE1BQUssS0FBSyxLQUFLLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxHQUFHLEVBQUUsUUFBUSxNQUFNLE9BQU8sTUFBTSxDQUFDO0FBQUEsRUFDeEc7QUFBQSxFQUVBLFVBQWdCO0FBQ2QsUUFBSSxLQUFLLE9BQVEsZUFBYyxLQUFLLE1BQU07QUFDMUMsUUFBSSxLQUFLLFVBQVcsY0FBYSxLQUFLLFNBQVM7QUFDL0MsZUFBVyxLQUFLLEtBQUssWUFBYSxHQUFFLFFBQVE7QUFDNUMsU0FBSyxRQUFRLFFBQVE7QUFBQSxFQUN2QjtBQUNGOyIsCiAgIm5hbWVzIjogWyJpdGVtIl0KfQo=
