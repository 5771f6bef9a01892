/** The status-bar item: what is building now (`(1 of 3) cat/pkg-ver · compile`), else the last result. */
import * as vscode from 'vscode';
import { BuildList, durationOf, formatDuration, isFinished } from './builds';
import { describeProgress } from './buildProgress';

export class BuildStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ebuildBuilder.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly builds: BuildList) {
    this.item.name = 'Ebuild Builder';
    this.subscription = builds.onDidChange(() => this.update());
  }

  update(): void {
    const running = this.builds.running();
    const item = this.item;
    if (running.length) {
      const b = running[0];
      const more = running.length > 1 ? ` (+${running.length - 1})` : '';
      item.text = `$(sync~spin) ${describeProgress(b.progress, `${b.atom} · ${b.state}`)}${more}`;
      item.tooltip = `Building ${b.atom} with ${b.profile} on ${b.engine} — click to show the output`;
      item.command = { title: 'Show build output', command: 'ebuildBuilder.showTerminal', arguments: [b.id] };
      item.backgroundColor = undefined;
      item.show();
      return;
    }
    const last = this.builds.all().find(isFinished);
    if (!last) return item.hide();
    const icon = last.state === 'succeeded' ? '$(pass)' : last.state === 'cancelled' ? '$(circle-slash)' : '$(error)';
    item.text = `${icon} ${last.atom} ${formatDuration(durationOf(last))}`;
    item.tooltip = `Last build ${last.state}: ${last.atom} (${last.profile}) — click to open its log`;
    item.command = { title: 'Open build log', command: 'ebuildBuilder.openBuildLog', arguments: [last.id] };
    item.backgroundColor = last.state === 'failed' || last.state === 'error'
      ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
