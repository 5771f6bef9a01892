/**
 * The Builds view: running and finished builds with state icon, profile, engine and duration; binary packages
 * as children. Ids are the build ids, so selection and expansion survive refreshes.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { BuildRecord, durationOf, formatDuration, isFinished } from './builds';
import { quoteArgv } from './buildText';
import { WatchedRepos } from './watchedRepos';
import { KEPT_AREAS, keptUri } from './kept/keptFileSystem';

type Node = { kind: 'build'; record: BuildRecord } | { kind: 'artifact'; record: BuildRecord; file: string }
  | { kind: 'keptFile'; record: BuildRecord; uri: vscode.Uri; label: string; dir: boolean; description?: string }
  | { kind: 'finding'; record: BuildRecord; item: vscode.TreeItem }
  | { kind: 'watched' } | { kind: 'watchedRepo'; item: vscode.TreeItem };

const STATE_ICON: Record<string, [string, string?]> = {
  queued: ['clock'],
  preparing: ['sync~spin'],
  pulling: ['cloud-download'],
  uploading: ['cloud-upload'],
  running: ['sync~spin', 'charts.blue'],
  collecting: ['sync~spin'],
  succeeded: ['pass', 'testing.iconPassed'],
  failed: ['error', 'testing.iconFailed'],
  cancelled: ['circle-slash', 'disabledForeground'],
  error: ['warning', 'problemsWarningIcon.foreground'],
};

/** A build that failed in its test phase (a build with tests): shown apart from a failed build. */
const isTestFailure = (b: BuildRecord) => b.state === 'failed' && / failed in the test phase/.test(b.message ?? '');

export class BuildsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private ticker?: NodeJS.Timeout;
  private scheduled?: NodeJS.Timeout;
  /** A build's emerge findings as child rows (set by the diagnostics feature, diagnostics/register.ts). */
  findingItems?: (record: BuildRecord) => vscode.TreeItem[];
  /** How long a build of this package and profile usually takes (set by the build history, buildHistory.ts). */
  estimateOf?: (record: BuildRecord) => { ms: number; of: number } | undefined;

  private readonly watched = new WatchedRepos();

  constructor(private readonly ctx: Ctx) {
    this.view = vscode.window.createTreeView('ebuildBuilder.builds', { treeDataProvider: this, showCollapseAll: false });
    this.disposables.push(this.view, this.watched, ctx.builds.onDidChange(() => this.refreshSoon()),
      this.watched.onDidChange(() => this.refreshSoon()),
      this.view.onDidChangeVisibility(() => { this.updateTicker(); this.watched.setVisible(this.view.visible); }));
    this.watched.setVisible(this.view.visible);
  }

  /** Coalesces bursts of output events into one refresh. */
  private refreshSoon(): void {
    this.scheduled ??= setTimeout(() => {
      this.scheduled = undefined;
      this.emitter.fire(undefined);
      this.updateTicker();
    }, 150);
  }

  /** Running durations tick once a second, only while the view is visible. */
  private updateTicker(): void {
    const need = this.view.visible && this.ctx.builds.running().length > 0;
    if (need && !this.ticker) this.ticker = setInterval(() => this.emitter.fire(undefined), 1000);
    if (!need && this.ticker) { clearInterval(this.ticker); this.ticker = undefined; }
    this.view.badge = this.ctx.builds.running().length
      ? { value: this.ctx.builds.running().length, tooltip: 'builds running' } : undefined;
  }

  getChildren(node?: Node): Node[] | Promise<Node[]> {
    if (!node) {
      const builds = this.ctx.builds.all().map((record): Node => ({ kind: 'build', record }));
      return this.watched.count ? [...builds, { kind: 'watched' }] : builds;
    }
    if (node.kind === 'watched') return this.watched.items().map((item): Node => ({ kind: 'watchedRepo', item }));
    if (node.kind === 'build') {
      const findings = (this.findingItems?.(node.record) ?? []).map((item): Node => ({ kind: 'finding', record: node.record, item }));
      const areas = node.record.kept
        ? KEPT_AREAS.map(([area, label, description]): Node => ({ kind: 'keptFile', record: node.record, uri: keptUri(node.record, area), label, dir: true, description }))
        : [];
      return [...findings, ...areas, ...(node.record.result?.artifacts ?? []).map((file): Node => ({ kind: 'artifact', record: node.record, file }))];
    }
    if (node.kind === 'keptFile' && node.dir) return this.keptChildren(node);
    return [];
  }

  /** A folder of a kept build, read through its file system (an error shows as a row saying so). */
  private async keptChildren(node: Extract<Node, { kind: 'keptFile' }>): Promise<Node[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(node.uri);
      return entries.map(([name, type]): Node => ({ kind: 'keptFile', record: node.record, uri: vscode.Uri.joinPath(node.uri, name), label: name, dir: type === vscode.FileType.Directory }));
    } catch (e) {
      return [{ kind: 'keptFile', record: node.record, uri: node.uri.with({ fragment: 'error' }), label: (e as Error).message, dir: false }];
    }
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'watchedRepo') return { kind: 'watched' };
    return node.kind === 'artifact' || node.kind === 'finding' || node.kind === 'keptFile' ? { kind: 'build', record: node.record } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'finding' || node.kind === 'watchedRepo') return node.item;
    if (node.kind === 'watched') return this.watched.sectionItem();
    if (node.kind === 'keptFile') {
      const item = new vscode.TreeItem(node.label, node.dir ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `${node.record.id}:${node.uri.toString()}`;
      item.description = node.description;
      if (node.uri.fragment === 'error') {
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      item.resourceUri = node.uri;
      item.iconPath = node.dir ? vscode.ThemeIcon.Folder : vscode.ThemeIcon.File;
      item.contextValue = node.dir ? 'keptFolder' : 'keptFile';
      if (!node.dir) item.command = { title: 'Open', command: 'vscode.open', arguments: [node.uri] };
      return item;
    }
    if (node.kind === 'artifact') {
      const item = new vscode.TreeItem(path.basename(node.file), vscode.TreeItemCollapsibleState.None);
      item.id = `${node.record.id}/${node.file}`;
      item.resourceUri = vscode.Uri.file(node.file);
      item.iconPath = new vscode.ThemeIcon('file-binary');
      item.contextValue = 'artifact';
      item.tooltip = node.file;
      item.command = { title: 'Reveal', command: 'ebuildBuilder.revealArtifacts', arguments: [node.record.id, node.file] };
      return item;
    }
    const b = node.record;
    const item = new vscode.TreeItem(b.atom, b.result?.artifacts.length || this.findingItems?.(b).length || b.kept
      ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = b.id;
    const [icon, colour] = isTestFailure(b) && !b.kept ? ['beaker', 'testing.iconFailed'] : b.kept && isFinished(b) ? ['debug-alt', b.state === 'succeeded' ? 'testing.iconPassed' : 'testing.iconFailed'] : STATE_ICON[b.state] ?? ['circle-outline'];
    item.iconPath = new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : undefined);
    const running = !isFinished(b);
    const p = b.progress;
    const count = p.index !== undefined && p.total !== undefined && p.total > 1 ? `${p.index}/${p.total} ` : '';
    // Finished builds show their state by icon (and in the accessible label); running ones show the phase.
    const what = running ? `${p.phase ? `${count}${p.phase}` : b.state} · ` : '';
    // A running build shows how long builds of its package usually take (buildHistory.ts); failed tests are told apart.
    const estimate = running ? this.estimateOf?.(b) : undefined;
    const usually = estimate ? ` of ~${formatDuration(estimate.ms)}` : '';
    const tests = isTestFailure(b) ? 'tests failed · ' : '';
    // Running: how far along first (it is what a narrow side bar still shows); finished: the state is the icon.
    item.description = running
      ? `${what}${formatDuration(durationOf(b))}${usually} · ${b.kept ? 'kept · ' : ''}${b.profile} · ${b.engine}`
      : `${tests}${b.kept ? 'kept · ' : ''}${b.profile} · ${b.engine} · ${formatDuration(durationOf(b))}`;
    // `.kept`: a shell, a phase again, a patch; `.keepable`: its container still waits for "Keep for Debugging".
    const kept = b.kept ? '.keptContainer.kept' : isFinished(b) && b.result?.keepable ? '.keepable' : '';
    // `build.…` rows offer Rebuild and the log; every kind (USE combination, pkgcheck, publish, refresh) offers cancel and output.
    item.contextValue = `${b.kind}.${running ? 'running' : 'finished'}.${b.state}${kept}`;
    item.accessibilityInformation = { label: `${b.atom} ${b.state}` };
    item.tooltip = this.tooltip(b);
    item.command = { title: 'Show build output', command: 'ebuildBuilder.showTerminal', arguments: [b.id] };
    return item;
  }

  private tooltip(b: BuildRecord): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${b.atom}** — ${b.state}\n\n`);
    md.appendMarkdown(`profile \`${b.profile}\` · engine \`${b.engine}\` · ${formatDuration(durationOf(b))}\n\n`);
    const estimate = this.estimateOf?.(b);
    if (estimate) md.appendMarkdown(`usually ~${formatDuration(estimate.ms)} (median of the last ${estimate.of} build${estimate.of === 1 ? '' : 's'} of this package with \`${b.profile}\`)\n\n`);
    if (b.image) md.appendMarkdown(`image \`${b.image}\`\n\n`);
    if (b.argv) md.appendCodeblock(quoteArgv(b.argv), 'shell');
    if (b.message) md.appendText(b.message);
    return md;
  }

  /** Reveal and select a build (used after starting one). */
  reveal(record: BuildRecord): void {
    if (this.view.visible) void this.view.reveal({ kind: 'build', record }, { select: true, focus: false });
  }

  dispose(): void {
    if (this.ticker) clearInterval(this.ticker);
    if (this.scheduled) clearTimeout(this.scheduled);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
