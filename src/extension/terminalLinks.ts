/**
 * Clickable paths in build terminals: a `build.log` path opens the build's saved log; an ebuild or eclass path
 * followed by `line N` (emerge's call stack: `hello-1.0.ebuild, line 12:  Called die`) opens that file at that line.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { findLinks, type FoundLink } from './terminalLinkPatterns';

interface BuildTerminalLink extends vscode.TerminalLink {
  found: FoundLink;
  buildId?: string;
}

export class BuildLinkProvider implements vscode.TerminalLinkProvider<BuildTerminalLink> {
  constructor(private readonly ctx: Ctx) {}

  provideTerminalLinks(context: vscode.TerminalLinkContext): BuildTerminalLink[] {
    const buildId = [...this.ctx.terminals.entries()].find(([, t]) => t.terminal === context.terminal)?.[0];
    if (!buildId) return [];
    return findLinks(context.line).map((found) => ({
      startIndex: found.startIndex,
      length: found.length,
      tooltip: found.kind === 'build-log' ? 'Open the saved build log' : `Open ${path.basename(found.file)}${found.line ? ` at line ${found.line}` : ''}`,
      found,
      buildId,
    }));
  }

  async handleTerminalLink(link: BuildTerminalLink): Promise<void> {
    const record = link.buildId ? this.ctx.builds.get(link.buildId) : undefined;
    if (link.found.kind === 'build-log') {
      if (record) return void vscode.commands.executeCommand('ebuildBuilder.openBuildLog', record.id);
      return;
    }
    const uri = await this.locate(link.found.file, record?.ebuildPath);
    if (!uri) {
      void vscode.window.showWarningMessage(`${path.basename(link.found.file)} is not in this workspace (it lives in the container).`);
      return;
    }
    const line = Math.max(0, (link.found.line ?? 1) - 1);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
  }

  /** Container paths differ from workspace paths: match by name, preferring the build's own package and overlay. */
  private async locate(file: string, ebuildPath?: string): Promise<vscode.Uri | undefined> {
    const name = path.basename(file);
    if (ebuildPath) {
      const pkgDir = path.dirname(ebuildPath);
      const overlay = path.dirname(path.dirname(pkgDir));
      const candidates = name.endsWith('.eclass') ? [path.join(overlay, 'eclass', name)] : [path.join(pkgDir, name)];
      for (const c of candidates) {
        try {
          await vscode.workspace.fs.stat(vscode.Uri.file(c));
          return vscode.Uri.file(c);
        } catch { /* not there: search the workspace */ }
      }
    }
    const found = await vscode.workspace.findFiles(`**/${name}`, '**/node_modules/**', 1);
    return found[0];
  }
}
