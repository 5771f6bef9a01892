/**
 * A build's findings as Builds-tree children: one row per diagnostic, with its place, opening it on click;
 * `finding.fixable` rows get "Apply fix" and "Rebuild" in their context menu.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BuildRecord } from '../builds';
import type { EmergeDiagnostics } from './emergeDiagnostics';
import { OPEN_FINDING } from './quickFixes';

class FindingItem extends vscode.TreeItem {
  constructor(readonly buildId: string, readonly index: number, label: string) {
    super(label, vscode.TreeItemCollapsibleState.None);
  }
}

/** Short row labels for findings whose fix says the rest. */
const LABEL: Partial<Record<string, string>> = {
  'autounmask-use': 'USE change', 'autounmask-keyword': 'keyword change', 'autounmask-license': 'licence change',
  'autounmask-unmask': 'unmask', 'autounmask-mask': 'mask change', masked: 'masked',
};

export function findingItems(diags: EmergeDiagnostics, record: BuildRecord): vscode.TreeItem[] {
  return diags.findingsOf(record).map((f) => {
    const p = f.planned;
    const item = new FindingItem(record.id, f.index, p.fixes.length ? `${LABEL[p.code] ?? p.title}: ${p.fixes.map((x) => x.entry).join(', ')}` : p.title);
    item.id = `${record.id}/finding/${f.index}`;
    const base = record.workspaceFolder ? path.relative(record.workspaceFolder, p.file) : path.basename(p.file);
    item.description = `${base}:${p.line + 1}`;
    item.iconPath = new vscode.ThemeIcon(p.severity === 'warning' ? 'warning' : 'error',
      new vscode.ThemeColor(p.severity === 'warning' ? 'problemsWarningIcon.foreground' : 'problemsErrorIcon.foreground'));
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${p.code}** · ${base}:${p.line + 1}\n\n`);
    md.appendText(p.message);
    for (const fix of p.fixes) md.appendMarkdown('\n\n').appendCodeblock(fix.entry, 'portage-package-files');
    item.tooltip = md;
    item.contextValue = p.fixes.length ? 'finding.fixable' : 'finding';
    item.accessibilityInformation = { label: `${p.severity}: ${p.message}` };
    item.command = { title: 'Go to finding', command: OPEN_FINDING, arguments: [record.id, f.index] };
    return item;
  });
}
