/**
 * The build history of this workspace (core/buildHistory.ts) in the workspace state: every build that ran to its
 * end is recorded with its duration (as its row in Builds shows it); the Builds row and the progress notification
 * of a running build show the estimate, the median of the last few builds of that package with that profile.
 */
import * as vscode from 'vscode';
import { addToHistory, describeEstimate, estimateDuration, historyOf, formatHistory, type HistoryEntry } from '../core/buildHistory';
import type { Ctx } from './ctx';
import { durationOf, isFinished, type BuildRecord } from './builds';
import { registerCommand } from './commandRegistry';

const HISTORY_KEY = 'ebuildBuilder.buildHistory';

class BuildHistory implements vscode.Disposable {
  /** Builds seen running in this window (a kept build restored from an earlier session was recorded then). */
  private readonly running = new Set<string>();
  private readonly recorded = new Set<string>();
  private readonly sub: vscode.Disposable;

  constructor(private readonly ctx: Ctx) {
    this.sub = ctx.builds.onDidChange((record) => {
      for (const b of record ? [record] : ctx.builds.all()) void this.record(b);
    });
  }

  entries(): HistoryEntry[] {
    return this.ctx.extension.workspaceState.get<HistoryEntry[]>(HISTORY_KEY) ?? [];
  }

  /** A build (not a USE combination or another container) that ran to its end, once. */
  private async record(b: BuildRecord): Promise<void> {
    if (b.kind !== 'build') return;
    if (!isFinished(b)) this.running.add(b.id);
    if (!isFinished(b) || b.endedAt === undefined || !this.running.has(b.id) || this.recorded.has(b.id)) return;
    this.recorded.add(b.id);
    if (b.state !== 'succeeded' && b.state !== 'failed') return;
    const entry: HistoryEntry = { cpv: b.atom, profile: b.profile, durationMs: durationOf(b), state: b.state, endedAt: b.endedAt };
    await this.ctx.extension.workspaceState.update(HISTORY_KEY, addToHistory(this.entries(), entry));
    this.ctx.builds.changed(b);
  }

  /** The estimate of a build of this record's package and profile, in ms. */
  estimateOf(b: BuildRecord): { ms: number; of: number } | undefined {
    return b.kind === 'build' ? estimateDuration(this.entries(), b.atom, b.profile) : undefined;
  }

  dispose(): void {
    this.sub.dispose();
  }
}

export function registerBuildHistory(ctx: Ctx): void {
  const history = new BuildHistory(ctx);
  ctx.push(history);
  ctx.buildsView.estimateOf = (b) => history.estimateOf(b);
  const output = vscode.window.createOutputChannel('Ebuild Builder: Build history');
  ctx.push(output);
  registerCommand(ctx, 'ebuildBuilder.showBuildHistory', async (arg) => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const fromEbuild = uri?.fsPath.endsWith('.ebuild') ? `${uri.fsPath.split('/').slice(-3, -2)[0]}/${uri.fsPath.split('/').slice(-2, -1)[0]}` : undefined;
    const atom = fromEbuild ?? (await vscode.window.showInputBox({ title: 'Build history of which package?', placeHolder: 'app-misc/hello' }));
    if (!atom) return;
    const entries = historyOf(history.entries(), atom);
    output.clear();
    output.append(formatHistory(entries, atom));
    output.show(true);
    const last = entries[entries.length - 1];
    const est = last ? estimateDuration(entries, last.cpv, last.profile) : undefined;
    if (est) void vscode.window.showInformationMessage(`${atom}: ${describeEstimate(est, last.profile)}.`);
  });
}
