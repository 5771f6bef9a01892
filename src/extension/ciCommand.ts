/**
 * "Ebuild Builder: Add CI workflow": writes the GitHub Actions or GitLab CI file of `ebuild-builder ci init`
 * with this workspace folder's profile, image and builder env, asks before replacing a different file, and opens it.
 */
import * as vscode from 'vscode';
import { CI_FILES, type CiKind, type CliSource } from '../core/ciWorkflows';
import { keepCliTarball, writeCiWorkflow } from '../core/ciWorkflowFile';
import { readBuildConfig } from './config';
import type { Ctx } from './ctx';
import { registerCommand } from './commandRegistry';
import { isUserError } from '../core/userError';

const CI_COMMAND = 'ebuildBuilder.addCiWorkflow';

async function run(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Add the CI workflow to which folder (the repository root)?' });
  if (!folder) {
    if (!folders.length) void vscode.window.showErrorMessage('Open the overlay repository as a folder first: the workflow goes into its root.');
    return;
  }
  const pick = await vscode.window.showQuickPick(
    (['github', 'gitlab'] as CiKind[]).map((kind) => ({ label: kind === 'github' ? 'GitHub Actions' : 'GitLab CI', description: CI_FILES[kind], ciKind: kind })),
    { placeHolder: 'Which CI runs the builds on each push and pull/merge request?' },
  );
  if (!pick) return;
  const cli = await askCliSource(folder.uri.fsPath);
  if (!cli) return;
  const { config } = readBuildConfig(folder.uri);
  const options = { profile: config.profile, image: config.images[config.profile], env: config.env, cli };
  let written;
  try {
    written = await writeCiWorkflow(folder.uri.fsPath, pick.ciKind, options, false);
  } catch (e) {
    if (!isUserError(e) || e.code !== 'ci-file-exists') throw e;
    const choice = await vscode.window.showWarningMessage(`${CI_FILES[pick.ciKind]} already exists and differs from the generated workflow.`, { modal: true }, 'Replace', 'Open Existing');
    if (choice === 'Open Existing') await vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, CI_FILES[pick.ciKind]));
    if (choice !== 'Replace') return;
    written = await writeCiWorkflow(folder.uri.fsPath, pick.ciKind, options, true);
  }
  await vscode.window.showTextDocument(vscode.Uri.file(written.path));
  void vscode.window.showInformationMessage(
    written.status === 'unchanged'
      ? `${CI_FILES[pick.ciKind]} is already up to date (profile ${options.profile}).`
      : `Wrote ${CI_FILES[pick.ciKind]}: it builds the changed ebuilds with profile ${options.profile} on each push. Commit it to enable it.`,
  );
}

/** The CLI the workflow runs: a tarball of `npm pack` kept in the repository, or at a URL with its SHA-512. */
async function askCliSource(repo: string): Promise<CliSource | undefined> {
  const how = await vscode.window.showQuickPick([
    { label: '$(file-zip) A tarball file, kept in the repository', detail: 'The .tgz that `npm pack` makes from a checkout of Ebuild Builder; copied to .ebuild-builder/ with its SHA-512 pinned', file: true },
    { label: '$(link) A tarball at a URL', detail: 'A release asset; you give its SHA-512 (sha512sum ebuild-builder-X.tgz)', file: false },
  ], { title: 'Which Ebuild Builder CLI should CI run?', placeHolder: 'CI runs only a CLI whose hash the workflow pins' });
  if (!how) return undefined;
  if (how.file) {
    const picked = await vscode.window.showOpenDialog({ title: 'The Ebuild Builder tarball (npm pack)', filters: { 'npm tarball': ['tgz'] }, canSelectMany: false });
    return picked?.[0] ? keepCliTarball(repo, picked[0].fsPath) : undefined;
  }
  const url = await vscode.window.showInputBox({ title: 'URL of the tarball', prompt: 'https://…/ebuild-builder-0.1.0.tgz', validateInput: (v) => (/^https:\/\/\S+\.tgz$/.test(v) ? undefined : 'An https:// address of a .tgz') });
  if (!url) return undefined;
  const sha512 = await vscode.window.showInputBox({ title: 'Its SHA-512', prompt: 'sha512sum ebuild-builder-X.tgz', validateInput: (v) => (/^[0-9a-fA-F]{128}$/.test(v.trim()) ? undefined : '128 hexadecimal characters') });
  return sha512 ? { kind: 'url', url, sha512: sha512.trim().toLowerCase() } : undefined;
}

export function registerCiCommand(ctx: Ctx): void {
  registerCommand(ctx, CI_COMMAND, run);
}
