/**
 * The artifacts panel: one webview per package (or per comparison of two builds) showing what the package
 * holds, with a strict CSP and a fresh nonce per load. Panels come back after a reload through the serializer
 * (the webview keeps its package path with setState). The embedded ebuild and the saved environment open as
 * read-only documents (`ebuild-artifact:` scheme).
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readBinaryPackage, readEnvironment, type BinaryPackage } from '../../core/binpkg/readPackage';
import { comparePackages } from '../../core/binpkg/comparePackages';
import type { Ctx } from '../ctx';
import { describeError } from '../userErrors';
import { renderErrorHtml, renderPackageHtml, type PanelAssets } from './artifactHtml';

export const PANEL_TYPE = 'ebuildBuilder.artifact';
export const ARTIFACT_SCHEME = 'ebuild-artifact';

interface PanelState {
  file: string;
  compareWith?: string;
}

/** Offers the other packages to compare with; returns the chosen path. */
export type ComparePicker = (file: string) => Promise<string | undefined>;

export class ArtifactPanels implements vscode.WebviewPanelSerializer<PanelState>, vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly panels = new Map<vscode.WebviewPanel, PanelState>();

  constructor(private readonly ctx: Ctx, private readonly pickCompare: ComparePicker) {}

  /** Opens (or reveals) the panel of `file`, compared with `compareWith` when given. */
  async show(file: string, compareWith?: string): Promise<void> {
    for (const [panel, s] of this.panels) {
      if (s.file === file && s.compareWith === compareWith) return panel.reveal();
    }
    const panel = vscode.window.createWebviewPanel(PANEL_TYPE, this.title(file, compareWith), vscode.ViewColumn.Active, this.options());
    await this.attach(panel, { file, compareWith });
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    if (!state || typeof state.file !== 'string') {
      panel.webview.html = '<!DOCTYPE html><html><body>This panel\'s package is unknown; open it again from the Artifacts view.</body></html>';
      return;
    }
    panel.webview.options = this.options();
    await this.attach(panel, { file: state.file, compareWith: typeof state.compareWith === 'string' ? state.compareWith : undefined });
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.ctx.extension.extensionUri, 'media')] };
  }

  private title(file: string, compareWith?: string): string {
    const name = path.basename(file).replace(/\.(gpkg\.tar|tbz2|xpak)$/, '');
    return compareWith ? `${name} ↔ ${path.basename(compareWith).replace(/\.(gpkg\.tar|tbz2|xpak)$/, '')}` : name;
  }

  private async attach(panel: vscode.WebviewPanel, state: PanelState): Promise<void> {
    this.panels.set(panel, state);
    panel.onDidDispose(() => this.panels.delete(panel));
    panel.webview.onDidReceiveMessage((m: { type?: string }) => void this.onMessage(panel, m).catch((e) => this.ctx.log.error(describeError(e))));
    await this.render(panel);
  }

  private async render(panel: vscode.WebviewPanel): Promise<void> {
    const state = this.panels.get(panel);
    if (!state) return;
    panel.title = this.title(state.file, state.compareWith);
    const assets = this.assets(panel.webview);
    try {
      const pkg = await readBinaryPackage(state.file);
      let compare: { other: BinaryPackage; comparison: ReturnType<typeof comparePackages> } | undefined;
      if (state.compareWith) {
        const other = await readBinaryPackage(state.compareWith);
        compare = { other, comparison: comparePackages(other, pkg) };
      }
      panel.webview.html = renderPackageHtml(pkg, assets, compare);
    } catch (e) {
      panel.webview.html = renderErrorHtml(state.file, describeError(e), assets);
    }
  }

  private assets(webview: vscode.Webview): PanelAssets {
    const media = vscode.Uri.joinPath(this.ctx.extension.extensionUri, 'media');
    return {
      nonce: randomBytes(18).toString('base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'artifacts.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'artifacts.css')).toString(),
    };
  }

  private async onMessage(panel: vscode.WebviewPanel, m: { type?: string }): Promise<void> {
    const state = this.panels.get(panel);
    if (!state) return;
    switch (m.type) {
      case 'openEbuild':
      case 'openEnvironment': {
        const kind = m.type === 'openEbuild' ? 'ebuild' : 'environment';
        // Named by the package's PF: a multi-instance file name (hello-1.0-1.gpkg.tar) would read as another version.
        const pkg = await readBinaryPackage(state.file, { listFiles: false, verify: false }).catch(() => undefined);
        const name = pkg?.pf ?? path.basename(state.file).replace(/\.(gpkg\.tar|tbz2|xpak)$/, '');
        const uri = vscode.Uri.from({ scheme: ARTIFACT_SCHEME, path: `/${name}.${kind}`, query: new URLSearchParams({ file: state.file, kind }).toString() });
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.languages.setTextDocumentLanguage(doc, kind === 'ebuild' ? 'ebuild' : 'shellscript');
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
        break;
      }
      case 'compare': {
        const other = await this.pickCompare(state.file);
        if (!other) return;
        state.compareWith = other;
        await this.render(panel);
        break;
      }
      case 'reveal': {
        const uri = vscode.Uri.file(state.file);
        await vscode.commands.executeCommand(vscode.workspace.getWorkspaceFolder(uri) ? 'revealInExplorer' : 'revealFileInOS', uri);
        break;
      }
      default:
        break;
    }
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const q = new URLSearchParams(uri.query);
    const file = q.get('file') ?? '';
    try {
      if (q.get('kind') === 'environment') {
        return (await readEnvironment(file)) ?? `# ${file} carries no environment.bz2\n`;
      }
      const pkg = await readBinaryPackage(file, { listFiles: false, verify: false });
      return pkg.ebuild?.text ?? `# ${file} carries no ebuild\n`;
    } catch (e) {
      return `# Cannot read ${file}: ${describeError(e)}\n`;
    }
  }

  /** Re-renders panels whose package (or compared package) changed on disk, and closes those whose package is gone. */
  async refreshFile(file: string, deleted: boolean): Promise<void> {
    for (const [panel, s] of [...this.panels]) {
      if (s.file === file && deleted) panel.dispose();
      else if (s.file === file || s.compareWith === file) await this.render(panel);
    }
  }

  dispose(): void {
    for (const panel of [...this.panels.keys()]) panel.dispose();
  }
}
