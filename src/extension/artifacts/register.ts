/**
 * Wires the Artifacts view, the artifacts panel (with its serializer and read-only documents) and their
 * commands into the extension (an optional feature of main.ts).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { formatSize, type ArtifactEntry } from './artifactList';
import { ARTIFACT_SCHEME, ArtifactPanels, PANEL_TYPE } from './artifactPanel';
import { ArtifactsView, type ArtifactNode } from './artifactsView';
import { publishArtifacts } from './publishCommand';
import { registerCommand } from '../commandRegistry';

/** A package path from a tree node, a Uri or a string. */
function fileOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof vscode.Uri) return arg.fsPath;
  const n = arg as ArtifactNode | undefined;
  return n?.kind === 'package' ? n.entry.file : undefined;
}

async function pickOther(view: ArtifactsView, file: string): Promise<string | undefined> {
  const all = await view.allEntries();
  const self = all.find((e) => e.file === file);
  const others = all.filter((e) => e.file !== file);
  if (!others.length) {
    void vscode.window.showInformationMessage('There is no other binary package in the artifacts folders to compare with.');
    return undefined;
  }
  // Builds of the same package first: that is what "what changed" is usually about.
  const rank = (e: ArtifactEntry) => (self && e.category === self.category && e.pn === self.pn ? 0 : 1);
  others.sort((a, b) => rank(a) - rank(b) || b.mtime - a.mtime);
  const picked = await vscode.window.showQuickPick(others.map((e) => ({
    label: `${e.category}/${e.pf}`,
    description: [e.buildId !== undefined ? `build ${e.buildId}` : '', e.format.toUpperCase(), formatSize(e.size)].filter(Boolean).join(' · '),
    detail: e.file, file: e.file,
  })), { placeHolder: `Compare ${self ? `${self.category}/${self.pf}` : path.basename(file)} with which build?`, matchOnDetail: true });
  return picked?.file;
}

export function registerArtifacts(ctx: Ctx): { view: ArtifactsView; panels: ArtifactPanels } {
  const view = new ArtifactsView(ctx);
  const panels = new ArtifactPanels(ctx, (file) => pickOther(view, file));
  const command = (id: string, fn: (arg: unknown) => Promise<unknown> | unknown) => registerCommand(ctx, id, (arg) => fn(arg));
  const selected = (arg: unknown): string | undefined => fileOf(arg) ?? fileOf(view.view.selection[0]);
  ctx.push(view, panels,
    vscode.window.registerWebviewPanelSerializer(PANEL_TYPE, panels),
    vscode.workspace.registerTextDocumentContentProvider(ARTIFACT_SCHEME, panels),
    view.onDidChangeFile(({ file, deleted }) => void panels.refreshFile(file, deleted)),
    command('ebuildBuilder.artifacts.refresh', () => view.refresh()),
    registerCommand(ctx, 'ebuildBuilder.artifacts.publish', (arg) => publishArtifacts(ctx, arg)),
    command('ebuildBuilder.artifacts.open', async (arg) => {
      const file = selected(arg);
      if (file) await panels.show(file);
    }),
    command('ebuildBuilder.artifacts.reveal', async (arg) => {
      const file = selected(arg);
      if (!file) return;
      const uri = vscode.Uri.file(file);
      await vscode.commands.executeCommand(vscode.workspace.getWorkspaceFolder(uri) ? 'revealInExplorer' : 'revealFileInOS', uri);
    }),
    command('ebuildBuilder.artifacts.revealInOS', async (arg) => {
      const file = selected(arg);
      if (file) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(file));
    }),
    command('ebuildBuilder.artifacts.copyPath', async (arg) => {
      const file = selected(arg);
      if (file) await vscode.env.clipboard.writeText(file);
    }),
    command('ebuildBuilder.artifacts.delete', async (arg) => {
      const file = selected(arg);
      if (!file) return;
      const choice = await vscode.window.showWarningMessage(`Delete ${path.basename(file)}?`,
        { modal: true, detail: `${file}\n\nThe binary package is removed from the artifacts folder. Rebuild the ebuild to get it back.` }, 'Delete');
      if (choice !== 'Delete') return;
      await fs.rm(file);
      view.refresh();
      await panels.refreshFile(file, true);
    }),
    command('ebuildBuilder.artifacts.compare', async (arg) => {
      const file = selected(arg);
      if (!file) return;
      const other = await pickOther(view, file);
      if (other) await panels.show(file, other);
    }),
  );
  return { view, panels };
}
