/**
 * The "Watched repositories" section of the Builds view: what `ebuild-builder watch` saw and built, read from its
 * state folders (src/core/watchState.ts). Read again when the view shows and every 30 s while it is visible.
 */
import * as vscode from 'vscode';
import { listWatchStates, watchSummary, type WatchState } from '../core/watchState';

const ICON: Record<string, [string, string?]> = {
  succeeded: ['pass', 'testing.iconPassed'],
  failed: ['error', 'testing.iconFailed'],
  building: ['sync~spin'],
  unreachable: ['debug-disconnect', 'problemsWarningIcon.foreground'],
  waiting: ['clock'],
  'nothing to build': ['circle-outline'],
};

export class WatchedRepos implements vscode.Disposable {
  private states: { dir: string; state: WatchState }[] = [];
  private timer?: NodeJS.Timeout;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  async refresh(): Promise<void> {
    const next = await listWatchStates().catch(() => []);
    if (JSON.stringify(next) === JSON.stringify(this.states)) return;
    this.states = next;
    this.emitter.fire();
  }

  setVisible(visible: boolean): void {
    if (visible && !this.timer) {
      void this.refresh();
      this.timer = setInterval(() => void this.refresh(), 30_000);
    } else if (!visible && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  get count(): number {
    return this.states.length;
  }

  sectionItem(): vscode.TreeItem {
    const item = new vscode.TreeItem('Watched repositories', vscode.TreeItemCollapsibleState.Expanded);
    item.id = 'watched';
    item.iconPath = new vscode.ThemeIcon('eye');
    item.description = `${this.states.length}`;
    item.tooltip = 'Repositories followed by `ebuild-builder watch` on this machine';
    return item;
  }

  items(): vscode.TreeItem[] {
    return this.states.map(({ dir, state }) => {
      const s = watchSummary(state);
      const item = new vscode.TreeItem(s.label, vscode.TreeItemCollapsibleState.None);
      item.id = `watched:${dir}`;
      item.description = s.description;
      item.tooltip = s.tooltip;
      const [icon, colour] = ICON[s.result] ?? ['circle-outline'];
      item.iconPath = new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : undefined);
      item.contextValue = 'watchedRepository';
      item.resourceUri = vscode.Uri.file(dir);
      return item;
    });
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.emitter.dispose();
  }
}
