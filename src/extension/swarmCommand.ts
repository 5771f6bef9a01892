/**
 * "Build Changed Ebuilds on Swarm…": the CLI's `build --changed --swarm` in VS Code (docs/scale-out.md). Asks which
 * folder and since when, shows the plan, then runs it on the configured engine (a swarm manager, reached through the
 * one connect path). Each job is a row in Builds through the build runner (its terminal, its findings as
 * diagnostics, cancel); the notification cancels the whole run; the run's notes and the summary table go to the
 * "Ebuild Builder: swarm" output. A closing window cancels the run, removing its services and secrets.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { summaryTable } from '../core/buildSummary';
import { changedSince, type ChangedReport } from '../core/gitChanges';
import { DEFAULT_SWARM_OPTIONS, swarmOptions, type SwarmOptions } from '../core/swarmPlan';
import { startSwarmRun } from '../docker/swarmRun';
import { changedPlans, swarmSummaryRows } from '../docker/swarmSummary';
import { atomOfEbuild } from './builds';
import { registerCommand } from './commandRegistry';
import type { Ctx } from './ctx';
import { connectForVsCode } from './engineConnect';
import { showError } from './userErrors';

export const SWARM_COMMAND = 'ebuildBuilder.buildChangedOnSwarm';

/** The user's own swarm settings (machine-scoped in package.json: a repository cannot place jobs or open ports). */
function swarmSettings(): SwarmOptions {
  const s = vscode.workspace.getConfiguration('ebuildBuilder.swarm');
  try {
    return swarmOptions({ constraints: s.get('constraints'), cpus: s.get('cpusPerJob'), binhostPort: s.get('binhostPort') },
      { constraints: 'ebuildBuilder.swarm.constraints', cpus: 'ebuildBuilder.swarm.cpusPerJob', binhostPort: 'ebuildBuilder.swarm.binhostPort' });
  } catch (e) {
    void showError(e);
    return DEFAULT_SWARM_OPTIONS;
  }
}

async function pickFolder(arg: unknown): Promise<string | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(arg)?.uri.fsPath ?? arg.fsPath;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri.fsPath;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Build the changed ebuilds of which folder (a git checkout of an overlay)?' });
  return picked?.uri.fsPath;
}

async function pickSince(): Promise<string | undefined | null> {
  const upstream = { label: 'Since the upstream branch', description: 'the merge base with @{upstream}', since: undefined as string | undefined };
  const ref = { label: 'Since a commit, branch or tag…', description: 'e.g. origin/main, HEAD~3', since: '' };
  const picked = await vscode.window.showQuickPick([upstream, ref], { placeHolder: 'Build what changed since when?' });
  if (!picked) return null;
  if (picked === upstream) return undefined;
  const typed = await vscode.window.showInputBox({ prompt: 'Build the ebuilds changed since (a commit, branch or tag)', value: 'HEAD~1', ignoreFocusOut: true });
  return typed?.trim() ? typed.trim() : null;
}

/** The base as the user chose it in the pick (the report's words are the CLI's: `--since HEAD~1`). */
function sinceText(report: ChangedReport): string {
  const d = report.base.describe;
  return d.startsWith('--since ') ? d.slice('--since '.length) : `the ${d}`;
}

function planText(report: ChangedReport): string {
  return report.levels.map((level, i) => `level ${i + 1}: ${level.map((e) => e.atom).join(', ')}`).join('\n');
}

export async function buildChangedOnSwarm(ctx: Ctx, output: vscode.OutputChannel, arg: unknown): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Builds are disabled in Restricted Mode: trust the workspace to build.');
    return;
  }
  const folder = await pickFolder(arg);
  if (!folder) return void vscode.window.showErrorMessage('Open the git checkout of an overlay as a folder to build what changed in it.');
  const since = await pickSince();
  if (since === null) return;
  let report: ChangedReport;
  try {
    report = await changedSince(folder, since);
  } catch (e) {
    return void showError(e, ctx.log);
  }
  if (!report.build.length) return void vscode.window.showInformationMessage(`No ebuild changed since ${sinceText(report)} in ${path.basename(folder)}.`);
  const config = ctx.config.forResource(vscode.Uri.file(folder));
  const go = await vscode.window.showInformationMessage(
    `Build ${report.build.length} changed ebuild${report.build.length === 1 ? '' : 's'} of ${path.basename(report.repo)} on the swarm (${config.engine ?? 'the default engine'})?`,
    { modal: true, detail: `Changes since ${sinceText(report)}.\n${planText(report)}` }, 'Build on Swarm');
  if (go !== 'Build on Swarm') return;

  let engine;
  try {
    engine = await connectForVsCode(ctx, config);
  } catch (e) {
    return void showError(e, ctx.log);
  }
  const jobs = changedPlans(report.levels, report.repo);
  const run = startSwarmRun({ engine, config, workspaceFolders: [folder], jobs, options: swarmSettings(), keepGoing: false });
  const cancelOnClose = () => run.cancel();
  ctx.beforeClose.push(cancelOnClose);
  output.appendLine(`Changed since ${sinceText(report)}:\n${planText(report)}`);
  run.onEvent((e) => {
    if (e.type === 'note') return output.appendLine(e.text);
    // Each job is a row of its own, through the runner, on the run's engine.
    void ctx.runner.track(
      { kind: 'build', ebuildPath: e.request.ebuildPath, profile: e.request.profile, atom: atomOfEbuild(e.request.ebuildPath), quiet: true, background: true, engine },
      async () => ({ handle: e.handle, spec: e.spec, logPath: e.logPath }),
    );
  });
  try {
    const outcomes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Swarm: ${report.build.length} changed ebuilds`, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => void run.cancel());
        run.onEvent((e) => {
          if (e.type === 'job') progress.report({ message: `${e.plan.label}: running` });
        });
        return run.done;
      },
    );
    const rows = await swarmSummaryRows(outcomes);
    output.appendLine('\n' + summaryTable(rows, folder));
    const failed = rows.filter((r) => r.result !== 'succeeded');
    const message = failed.length ? `${failed.length} of ${rows.length} swarm builds did not succeed: ${failed.map((r) => r.atom).join(', ')}` : `All ${rows.length} changed ebuilds built on the swarm.`;
    const show = await (failed.length ? vscode.window.showErrorMessage(message, 'Show Summary') : vscode.window.showInformationMessage(message, 'Show Summary'));
    if (show) output.show();
  } catch (e) {
    void showError(e, ctx.log);
  } finally {
    ctx.beforeClose.splice(ctx.beforeClose.indexOf(cancelOnClose), 1);
    await engine.close();
  }
}

export function registerSwarmCommand(ctx: Ctx): void {
  const output = vscode.window.createOutputChannel('Ebuild Builder: swarm');
  ctx.push(output);
  registerCommand(ctx, SWARM_COMMAND, (arg) => buildChangedOnSwarm(ctx, output, arg));
}
