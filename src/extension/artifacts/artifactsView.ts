/**
 * The Artifacts view: the binary packages of each artifacts folder (one per workspace folder, from
 * `ebuildBuilder.artifactsFolder`), grouped by category, each with version, build id, format and size.
 * Ids are the paths, so selection and expansion survive refreshes; a file watcher and finished builds refresh it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { isFinished } from '../builds';
import { formatSize, listArtifacts, type ArtifactEntry } from './artifactList';

export type ArtifactNode =
  | { kind: 'root'; root: string; label: string }
  | { kind: 'category'; root: string; category: string }
  | { kind: 'package'; entry: ArtifactEntry };

export class ArtifactsView implements vscode.TreeDataProvider<ArtifactNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ArtifactNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<ArtifactNode>;
  private readonly cache = new Map<string, Promise<ArtifactEntry[]>>();
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private scheduled?: NodeJS.Timeout;
  private readonly changedFiles = new vscode.EventEmitter<{ file: string; deleted: boolean }>();
  /** A package file was created, changed or deleted (the panels follow it). */
  readonly onDidChangeFile = this.changedFiles.event;

  constructor(private readonly ctx: Ctx) {
    this.view = vscode.window.createTreeView('ebuildBuilder.artifacts', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, this.emitter, this.changedFiles,
      ctx.builds.onDidChange((b) => { if (b && isFinished(b)) this.refreshSoon(); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rewatch()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('ebuildBuilder.artifactsFolder')) this.rewatch(); }));
    this.rewatch();
  }

  /** The artifacts folder of each workspace folder (the same folder once). */
  roots(): { root: string; label: string }[] {
    const seen = new Map<string, string>();
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      const root = path.resolve(f.uri.fsPath, this.ctx.config.forResource(f.uri).artifactsFolder);
      if (!seen.has(root)) seen.set(root, `${path.basename(root)} — ${f.name}`);
    }
    return [...seen].map(([root, label]) => ({ root, label }));
  }

  private rewatch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const { root } of this.roots()) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '**/*'));
      // Build logs are written into the artifacts folder too: only packages (and removed folders) matter here.
      const on = (deleted: boolean) => (uri: vscode.Uri) => {
        const isPackage = /\.(gpkg\.tar|tbz2|xpak)$/.test(uri.fsPath);
        if (isPackage || (deleted && !path.extname(uri.fsPath))) this.refreshSoon();
        if (isPackage) this.changedFiles.fire({ file: uri.fsPath, deleted });
      };
      this.watchers.push(w, w.onDidCreate(on(false)), w.onDidChange(on(false)), w.onDidDelete(on(true)));
    }
    this.refresh();
  }

  refresh(): void {
    this.cache.clear();
    this.emitter.fire(undefined);
  }

  /**
   * Coalesces bursts (a build writes several files), and redraws only when the listing changed: a redraw
   * under the pointer can swallow a click.
   */
  refreshSoon(): void {
    this.scheduled ??= setTimeout(() => {
      this.scheduled = undefined;
      void this.refreshIfChanged();
    }, 300);
  }

  private async refreshIfChanged(): Promise<void> {
    const before = this.fingerprint(await this.allEntries());
    this.cache.clear();
    if (this.fingerprint(await this.allEntries()) !== before) this.emitter.fire(undefined);
  }

  private fingerprint(entries: ArtifactEntry[]): string {
    return entries.map((e) => `${e.file}|${e.size}|${e.mtime}`).join('\n');
  }

  private entries(root: string): Promise<ArtifactEntry[]> {
    let p = this.cache.get(root);
    if (!p) this.cache.set(root, (p = listArtifacts(root)));
    return p;
  }

  /** Every package in every artifacts folder. */
  async allEntries(): Promise<ArtifactEntry[]> {
    return (await Promise.all(this.roots().map((r) => this.entries(r.root)))).flat();
  }

  async getChildren(node?: ArtifactNode): Promise<ArtifactNode[]> {
    if (!node) {
      const roots = this.roots();
      const entries = await this.allEntries();
      void vscode.commands.executeCommand('setContext', 'ebuildBuilder.hasArtifacts', entries.length > 0);
      if (roots.length === 1) return this.categories(roots[0].root);
      return roots.map((r): ArtifactNode => ({ kind: 'root', ...r }));
    }
    if (node.kind === 'root') return this.categories(node.root);
    if (node.kind === 'category') {
      return (await this.entries(node.root)).filter((e) => e.category === node.category).map((entry): ArtifactNode => ({ kind: 'package', entry }));
    }
    return [];
  }

  private async categories(root: string): Promise<ArtifactNode[]> {
    const cats = [...new Set((await this.entries(root)).map((e) => e.category))];
    return cats.map((category): ArtifactNode => ({ kind: 'category', root, category }));
  }

  getParent(node: ArtifactNode): ArtifactNode | undefined {
    if (node.kind === 'package') {
      const root = this.roots().find((r) => node.entry.file.startsWith(r.root + path.sep));
      return root ? { kind: 'category', root: root.root, category: node.entry.category } : undefined;
    }
    if (node.kind === 'category' && this.roots().length > 1) {
      const r = this.roots().find((x) => x.root === node.root);
      return r ? { kind: 'root', ...r } : undefined;
    }
    return undefined;
  }

  getTreeItem(node: ArtifactNode): vscode.TreeItem {
    if (node.kind === 'root') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `artifacts:${node.root}`;
      item.iconPath = new vscode.ThemeIcon('root-folder');
      item.tooltip = node.root;
      item.contextValue = 'artifact.root';
      return item;
    }
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.category, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `artifacts:${node.root}/${node.category}`;
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
      item.contextValue = 'artifact.category';
      return item;
    }
    const e = node.entry;
    const item = new vscode.TreeItem(e.pf, vscode.TreeItemCollapsibleState.None);
    item.id = `artifacts:${e.file}`;
    item.description = [e.buildId !== undefined ? `build ${e.buildId}` : '', e.format === 'gpkg' ? 'GPKG' : 'XPAK', formatSize(e.size)].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon('package');
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${e.category}/${e.pf}**\n\n`);
    md.appendText(`${e.format === 'gpkg' ? 'GPKG' : 'XPAK'} · ${formatSize(e.size)} · ${new Date(e.mtime).toLocaleString()}\n${e.file}`);
    item.tooltip = md;
    item.contextValue = 'artifact.package';
    item.accessibilityInformation = { label: `${e.category}/${e.pf} ${item.description}` };
    item.command = { title: 'Open details', command: 'ebuildBuilder.artifacts.open', arguments: [node] };
    return item;
  }

  dispose(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
