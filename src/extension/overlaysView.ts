/**
 * The Overlays view: per workspace folder, the overlays found (with their repo names) and the override files of
 * its overrides folder; a missing override file is listed faded and can be created in one click.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { Overlay, OverrideKind, OverrideSet } from '../core/buildModel';
import { OVERRIDE_KINDS } from '../core/buildModel';
import { discoverOverlays } from '../core/overlays';
import { discoverOverrides } from '../core/overrides';
import { describeError } from './userErrors';

export type OverlayNode =
  | { kind: 'folder'; folder: vscode.WorkspaceFolder }
  | { kind: 'overlay'; overlay: Overlay; folder: string }
  | { kind: 'overrides'; set: OverrideSet; folder: string }
  | { kind: 'override'; overrideKind: OverrideKind; file: string; present: boolean; folder: string }
  | { kind: 'problem'; message: string; folder: string };

interface FolderState {
  overlays: Overlay[];
  overrides?: OverrideSet;
  problems: string[];
}

export class OverlaysView implements vscode.TreeDataProvider<OverlayNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<OverlayNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private state = new Map<string, FolderState>();
  private loading?: Promise<void>;

  constructor(private readonly ctx: Ctx) {
    const view = vscode.window.createTreeView('ebuildBuilder.overlays', { treeDataProvider: this });
    const watcher = vscode.workspace.createFileSystemWatcher('**/{profiles/repo_name,metadata/layout.conf,package.*}');
    const refresh = () => this.refresh();
    this.disposables.push(view, watcher, watcher.onDidCreate(refresh), watcher.onDidDelete(refresh),
      vscode.workspace.onDidChangeWorkspaceFolders(refresh), ctx.config.onDidChange(refresh));
  }

  refresh(): void {
    this.loading = undefined;
    this.emitter.fire(undefined);
  }

  /** Overlays of the whole workspace (for other features), loading them when needed. */
  async overlays(): Promise<Overlay[]> {
    await this.load();
    return [...this.state.values()].flatMap((s) => s.overlays);
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      const next = new Map<string, FolderState>();
      for (const f of folders) {
        const config = this.ctx.config.forResource(f.uri);
        const found = await discoverOverlays([f.uri.fsPath], { artifactsFolder: config.artifactsFolder });
        const s: FolderState = { overlays: found.overlays, problems: found.problems.map((p) => describeError(p)) };
        try {
          s.overrides = await discoverOverrides(f.uri.fsPath, config.overridesFolder);
        } catch (e) {
          s.problems.push(describeError(e));
        }
        next.set(f.uri.fsPath, s);
      }
      this.state = next;
      const none = folders.length > 0 && [...next.values()].every((s) => s.overlays.length === 0);
      void this.ctx.setContext('ebuildBuilder.noOverlay', none);
    })().catch((e) => { this.ctx.log.error(`overlay discovery: ${describeError(e)}`); });
    return this.loading;
  }

  async getChildren(node?: OverlayNode): Promise<OverlayNode[]> {
    await this.load();
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!node) {
      if (folders.length > 1) return folders.map((folder) => ({ kind: 'folder', folder }));
      return folders.length ? this.folderChildren(folders[0].uri.fsPath) : [];
    }
    if (node.kind === 'folder') return this.folderChildren(node.folder.uri.fsPath);
    if (node.kind === 'overrides') {
      return OVERRIDE_KINDS.map((k) => {
        const existing = node.set.sources.filter((s) => s.kind === k);
        if (!existing.length) return [{ kind: 'override', overrideKind: k, file: path.join(node.set.root, `package.${k}`), present: false, folder: node.folder }] as OverlayNode[];
        return existing.map((s) => ({ kind: 'override', overrideKind: k, file: s.path, present: true, folder: node.folder }) as OverlayNode);
      }).flat();
    }
    return [];
  }

  private folderChildren(folder: string): OverlayNode[] {
    const s = this.state.get(folder);
    if (!s) return [];
    const out: OverlayNode[] = s.overlays.map((overlay) => ({ kind: 'overlay', overlay, folder }));
    if (s.overrides && s.overlays.length) out.push({ kind: 'overrides', set: s.overrides, folder });
    out.push(...s.problems.map((message) => ({ kind: 'problem', message, folder }) as OverlayNode));
    return out;
  }

  getTreeItem(node: OverlayNode): vscode.TreeItem {
    const None = vscode.TreeItemCollapsibleState.None;
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `folder:${node.folder.uri.fsPath}`;
        item.iconPath = vscode.ThemeIcon.Folder;
        return item;
      }
      case 'overlay': {
        const item = new vscode.TreeItem(node.overlay.name, None);
        item.id = `overlay:${node.overlay.path}`;
        item.description = path.relative(node.folder, node.overlay.path) || 'workspace folder';
        item.iconPath = new vscode.ThemeIcon('repo');
        item.tooltip = `${node.overlay.name} — ${node.overlay.path}${node.overlay.masters.length ? `\nmasters: ${node.overlay.masters.join(' ')}` : ''}`;
        item.contextValue = 'overlay';
        item.resourceUri = vscode.Uri.file(node.overlay.path);
        item.command = { title: 'Reveal', command: 'revealInExplorer', arguments: [vscode.Uri.file(node.overlay.path)] };
        return item;
      }
      case 'overrides': {
        const item = new vscode.TreeItem('Portage overrides', vscode.TreeItemCollapsibleState.Expanded);
        item.id = `overrides:${node.set.root}`;
        item.description = path.relative(node.folder, node.set.root);
        item.iconPath = new vscode.ThemeIcon('settings');
        item.tooltip = `Override files mounted into every build: ${node.set.root}`;
        return item;
      }
      case 'override': {
        const item = new vscode.TreeItem(path.basename(node.file), None);
        item.id = `override:${node.file}`;
        item.iconPath = new vscode.ThemeIcon(node.present ? 'file' : 'new-file', node.present ? undefined : new vscode.ThemeColor('disabledForeground'));
        item.description = node.present ? undefined : 'not created';
        item.contextValue = node.present ? 'override.present' : 'override.missing';
        item.command = node.present
          ? { title: 'Open', command: 'ebuildBuilder.openOverride', arguments: [node.file] }
          : { title: 'Create', command: 'ebuildBuilder.createOverride', arguments: [node.file] };
        item.tooltip = node.present ? node.file : `Create ${node.file}`;
        if (path.basename(node.file) === 'package.license') {
          // Said once, here: the Sabayon builder sets ACCEPT_LICENSE="*", so these lines only matter to other profiles.
          item.description = `${item.description ? `${item.description} · ` : ''}not used by Sabayon builds`;
          item.tooltip += '\nThe Sabayon builder accepts every licence (ACCEPT_LICENSE="*"): this file applies to Gentoo and your own profiles only.';
        }
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(node.message, None);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = node.message;
        return item;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

/** Creates an override file (never overwriting one) with a comment saying what it is for, then opens it. */
export async function createOverrideFile(file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const header = `# ${path.basename(file)} for builds of this workspace (mounted as /etc/portage/${path.basename(file)}).\n`;
  try {
    await fs.writeFile(file, header, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(file));
}
