/**
 * "Build with USE combinations…": computes the ebuild's USE matrix (defaults, each flag flipped, a seeded
 * REQUIRED_USE-valid sample), lets the user pick combinations, and builds them one after another through the build
 * runner (each a row in Builds with its terminal, cancellable, with the engine's prompts) with a per-combination
 * package.use line (the workspace's own overrides are never changed), then reports which fail.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { outcomeOf, summaryTable, type AtomOutcome } from '../core/buildSummary';
import { makeMatrixOverrides, removeMatrixOverrides } from '../core/matrixOverrides';
import { packageUseLine } from '../core/useMatrix';
import { matrixFor } from '../core/useMatrixTarget';
import type { Ctx } from './ctx';
import { isFinished } from './builds';
import { registerCommand } from './commandRegistry';

const USE_MATRIX_COMMAND = 'ebuildBuilder.buildUseMatrix';

async function buildUseMatrix(ctx: Ctx, output: vscode.OutputChannel, arg: unknown): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Builds are disabled in Restricted Mode: trust the workspace to build.');
    return;
  }
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file' || !uri.fsPath.endsWith('.ebuild')) {
    void vscode.window.showErrorMessage('Open an .ebuild file (or right-click one in the Explorer) to build its USE combinations.');
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showErrorMessage(`${path.basename(uri.fsPath)} is outside the workspace folders; open its overlay as a folder first.`);
    return;
  }
  const ebuild = uri.fsPath;
  const config = ctx.config.forResource(uri);
  const { atom, matrix } = await matrixFor(ebuild, folder.uri.fsPath, {});
  const items = matrix.combinations.map((c) => ({ label: c.name, description: packageUseLine('', c).trim(), picked: true, combination: c }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `USE combinations of ${atom} (${config.profile})`,
    placeHolder: matrix.impossible.length ? `Not offered: ${matrix.impossible.join('; ')}` : 'Each combination is built with its own package.use line',
  });
  if (!picked?.length) return;

  output.appendLine(`USE matrix of ${atom} with profile ${config.profile}: ${picked.length} combination(s)`);
  const results: { name: string; outcome: AtomOutcome }[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `USE combinations of ${atom}`, cancellable: true }, async (progress, token) => {
    for (const [i, item] of picked.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${i + 1}/${picked.length}: ${item.label}`, increment: 100 / picked.length });
      const line = packageUseLine(atom, item.combination);
      output.appendLine(`>>> combination ${i + 1}/${picked.length} "${item.label}": package.use ${line}`);
      const overrides = await makeMatrixOverrides(path.resolve(folder.uri.fsPath, config.overridesFolder), line);
      try {
        const record = await ctx.runner.track(
          { kind: 'use-combination', ebuildPath: ebuild, profile: config.profile, atom: `${atom} [${item.label}]`, quiet: true, overridesFolder: overrides },
          (engine, cfg) => ctx.runner.prepare(ebuild, config.profile, engine, cfg, { overridesFolder: overrides }),
        );
        const cancel = token.onCancellationRequested(() => void ctx.runner.cancel(record));
        await ctx.runner.whenFinished(record);
        cancel.dispose();
        if (record.result) results.push({ name: item.label, outcome: await outcomeOf(atom, ebuild, record.result) });
        if (!isFinished(record) || record.state === 'cancelled') break;
      } finally {
        await removeMatrixOverrides(overrides);
      }
    }
  });
  if (!results.length) return;
  const names = new Map(results.map((r) => [r.outcome, r.name]));
  output.appendLine('\n' + summaryTable(results.map((r) => r.outcome), folder.uri.fsPath, 'USE combination', (o) => names.get(o) ?? o.atom));
  const failed = results.filter((r) => r.outcome.result !== 'succeeded');
  const message = failed.length
    ? `${failed.length} of ${results.length} USE combinations of ${atom} failed: ${failed.map((r) => r.name).join(', ')}`
    : `All ${results.length} USE combinations of ${atom} built.`;
  const show = await (failed.length ? vscode.window.showErrorMessage(message, 'Show Summary') : vscode.window.showInformationMessage(message, 'Show Summary'));
  if (show) output.show();
}

export function registerUseMatrixCommand(ctx: Ctx): void {
  const output = vscode.window.createOutputChannel('Ebuild Builder: USE matrix');
  ctx.push(output);
  registerCommand(ctx, USE_MATRIX_COMMAND, (arg) => buildUseMatrix(ctx, output, arg));
}
