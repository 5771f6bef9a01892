/**
 * "Open build log": the full log of a build as a read-only virtual document (`ebuild-log:` scheme) in the
 * build-log language, with document symbols per package and phase for the outline and breadcrumbs.
 */
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { BuildRecord, isFinished } from './builds';
import { outlineLog, OutlineEntry, plainLogText } from './buildLogOutline';

export const LOG_SCHEME = 'ebuild-log';
export const LOG_LANGUAGE = 'ebuild-build-log';

/** `ebuild-log:/app-misc/hello-1.0 (sabayon).build.log?build-…`: the tab shows the atom, the query finds the build. */
export function logUri(record: BuildRecord): vscode.Uri {
  return vscode.Uri.from({ scheme: LOG_SCHEME, path: `/${record.atom} (${record.profile}).build.log`, query: record.id });
}

export class BuildLogProvider implements vscode.TextDocumentContentProvider, vscode.DocumentSymbolProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private readonly pending = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly ctx: Ctx) {
    // An open log of a running build follows it, at most twice a second.
    this.subscription = ctx.builds.onDidChange((b) => {
      if (!b) return;
      this.pending.add(b.id);
      this.timer ??= setTimeout(() => this.flush(), 500);
    });
  }

  private flush(): void {
    this.timer = undefined;
    const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === LOG_SCHEME);
    for (const d of open) if (this.pending.has(d.uri.query)) this.emitter.fire(d.uri);
    this.pending.clear();
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const record = this.ctx.builds.get(uri.query);
    if (!record) return `This build is no longer in the Builds list (${uri.path}).`;
    const logPath = record.result?.logPath ?? (isFinished(record) ? record.logPath : undefined);
    if (logPath) {
      try {
        return plainLogText(await fs.readFile(logPath, 'utf8'));
      } catch (e) {
        return `The saved log ${logPath} cannot be read: ${(e as Error).message}\n\n${plainLogText(record.transcript.join(''))}`;
      }
    }
    const text = plainLogText(record.transcript.join(''));
    return text || (record.message ? `${record.atom}: ${record.state}\n${record.message}\n` : `${record.atom}: ${record.state}, no output yet.\n`);
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const toSymbol = (e: OutlineEntry): vscode.DocumentSymbol => {
      const end = Math.min(e.endLine, document.lineCount - 1);
      const range = new vscode.Range(e.startLine, 0, end, document.lineAt(end).text.length);
      const selection = document.lineAt(e.startLine).range;
      const kind = e.kind === 'package' ? vscode.SymbolKind.Package
        : e.kind === 'phase' ? vscode.SymbolKind.Function
        : e.kind === 'error' ? vscode.SymbolKind.Event : vscode.SymbolKind.Key;
      const s = new vscode.DocumentSymbol(e.name, '', kind, range, selection);
      s.children = e.children.map(toSymbol);
      return s;
    };
    return outlineLog(document.getText()).map(toSymbol);
  }

  /** Opens the log of a build (or lets the user pick one). */
  async open(record: BuildRecord, line?: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(logUri(record));
    if (doc.languageId !== LOG_LANGUAGE) await vscode.languages.setTextDocumentLanguage(doc, LOG_LANGUAGE);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const target = line ?? (record.state === 'failed' ? firstErrorLine(doc) : undefined);
    if (target !== undefined) {
      const pos = new vscode.Position(target, 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** A failed build's log opens at its first ` * ERROR:` line. */
function firstErrorLine(doc: vscode.TextDocument): number | undefined {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(' * ERROR:')) return i;
  return undefined;
}
