/**
 * "Build with USE combinations…": computes the ebuild's USE matrix (defaults, each flag flipped, a seeded
 * REQUIRED_USE-valid sample), lets the user pick combinations, builds them one after another with a
 * per-combination package.use line (the workspace's own overrides are never changed), and reports which fail.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { packageUseLine } from '../core/useMatrix';
import { matrixFor, buildCombination } from '../cli/useMatrixBuilds';
import { outcomeOf, summaryTable, type AtomOutcome } from '../cli/changedBuilds';
import { readBuildConfig } from './config';
import { showError } from './userErrors';

export const USE_MATRIX_COMMAND = 'ebuildBuilder.buildUseMatrix';

async function run(output: vscode.OutputChannel, arg: unknown): Promise<void> {
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
  const { config } = readBuildConfig(uri);
  const { atom, matrix } = await matrixFor(ebuild, folder.uri.fsPath, {});
  const items = matrix.combinations.map((c) => ({ label: c.name, description: packageUseLine('', c).trim(), picked: true, combination: c }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: `USE combinations of ${atom} (${config.profile})`,
    placeHolder: matrix.impossible.length ? `Not offered: ${matrix.impossible.join('; ')}` : 'Each combination is built with its own package.use line',
  });
  if (!picked?.length) return;

  output.show(true);
  output.appendLine(`USE matrix of ${atom} with profile ${config.profile}: ${picked.length} combination(s)`);
  const results: { name: string; outcome: AtomOutcome }[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `USE combinations of ${atom}`, cancellable: true }, async (progress, token) => {
    let cancel: (() => void) | undefined;
    token.onCancellationRequested(() => cancel?.());
    for (const [i, item] of picked.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${i + 1}/${picked.length}: ${item.label}`, increment: 100 / picked.length });
      const line = packageUseLine(atom, item.combination);
      output.appendLine(`\n>>> combination ${i + 1}/${picked.length} "${item.label}": package.use ${line}`);
      const result = await buildCombination(ebuild, folder.uri.fsPath, config, line, (data) => output.append(data.toString('utf8')), (h) => (cancel = () => void h.cancel()));
      results.push({ name: item.label, outcome: await outcomeOf(atom, ebuild, result) });
    }
  });
  const names = new Map(results.map((r) => [r.outcome, r.name]));
  output.appendLine('\n' + summaryTable(results.map((r) => r.outcome), folder.uri.fsPath, 'USE combination', (o) => names.get(o) ?? o.atom));
  const failed = results.filter((r) => r.outcome.result !== 'succeeded');
  const message = failed.length
    ? `${failed.length} of ${results.length} USE combinations of ${atom} failed: ${failed.map((r) => r.name).join(', ')}`
    : `All ${results.length} USE combinations of ${atom} built.`;
  const show = await (failed.length ? vscode.window.showErrorMessage(message, 'Show Output') : vscode.window.showInformationMessage(message, 'Show Output'));
  if (show) output.show();
}

export function registerUseMatrixCommand(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Ebuild Builder: USE matrix');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand(USE_MATRIX_COMMAND, async (arg?: unknown) => {
      try {
        await run(output, arg);
      } catch (e) {
        await showError(e);
      }
    }),
  );
}
