/**
 * Quick fixes on emerge's diagnostics: "Add ">=app-misc/libfoo-1.0 ssl" to .portage/package.use" (the exact
 * line emerge proposed, with or without its `# required by` comment), "Add all changes emerge asked for", and
 * "Rebuild". The same actions are commands, so the Builds tree's context menu on a finding offers them too.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import type { BuildRecord } from '../builds';
import { registerCommand } from '../commandRegistry';
import type { OverrideFix } from './diagnosticPlan';
import { DIAGNOSTIC_SOURCE, type BuildFinding, type EmergeDiagnostics } from './emergeDiagnostics';
import { agreedFixes } from './fixConsent';
import { layoutOf, targetFile, writeOverrideLines } from './overrideWrite';

const APPLY_FIX = 'ebuildBuilder.applyOverrideFix';
const APPLY_FIX_WITH_COMMENT = 'ebuildBuilder.applyOverrideFixWithComment';
const APPLY_ALL_FIXES = 'ebuildBuilder.applyAllOverrideFixes';
export const OPEN_FINDING = 'ebuildBuilder.openFinding';

/** The overrides folder and file layout of the build's workspace folder and profile. */
function overridesOf(ctx: Ctx, record: BuildRecord): { root: string; layout: ReturnType<typeof layoutOf>; folder: string } {
  const uri = vscode.Uri.file(record.ebuildPath);
  const config = ctx.config.forResource(uri);
  const folder = record.workspaceFolder ?? vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(record.ebuildPath);
  return { root: path.resolve(folder, config.overridesFolder), layout: layoutOf(record.profile, config), folder };
}

function fixTitle(fix: OverrideFix, file: string, withComment: boolean): string {
  return `Add "${fix.entry}" to ${file}${withComment ? ' with its "# required by" comment' : ''}`;
}

/** Applies fixes of one build, then offers the rebuild. */
async function applyFixes(ctx: Ctx, record: BuildRecord, asked: OverrideFix[], withComments: boolean): Promise<void> {
  const { root, layout, folder } = overridesOf(ctx, record);
  const folders = vscode.workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [folder];
  const fixes = await agreedFixes(asked, folders);
  if (!fixes.length) return void vscode.window.showInformationMessage(`Nothing was written: ${asked.length === 1 ? `"${asked[0].entry}" was` : 'the changes were'} not accepted.`);
  const results = await writeOverrideLines(root, layout, fixes.map((f) => ({ kind: f.kind, entry: f.entry, comments: withComments ? f.comments : [] })));
  const files = [...new Set(results.map((r) => path.relative(folder, r.file)))].join(', ');
  const added = results.filter((r) => !r.unchanged).length;
  const what = fixes.length === 1 ? `"${fixes[0].entry}"` : `${added} line${added === 1 ? '' : 's'}`;
  const message = added === 0
    ? `${fixes.length === 1 ? what : 'Every line'} is already in ${files}. Rebuild ${record.atom} to use it.`
    : `Added ${what} to ${files}. Rebuild ${record.atom} to use it.`;
  const choice = await vscode.window.showInformationMessage(message, 'Rebuild', 'Open File');
  if (choice === 'Rebuild') await vscode.commands.executeCommand('ebuildBuilder.rebuild', record.id);
  if (choice === 'Open File') await vscode.window.showTextDocument(vscode.Uri.file(results[results.length - 1].file));
}

/** A finding from a command argument: a Builds tree node (`{ item: { buildId, index } }`) or `(buildId, index)`. */
function findingArg(diags: EmergeDiagnostics, ctx: Ctx, args: unknown[]): BuildFinding | undefined {
  const [a, b] = args;
  const ref = (a && typeof a === 'object' && 'item' in a ? (a as { item: unknown }).item : a) as { buildId?: string; index?: number } | string | undefined;
  const buildId = typeof ref === 'string' ? ref : ref?.buildId;
  const index = typeof ref === 'string' ? (b as number) : ref?.index;
  const record = buildId ? ctx.builds.get(buildId) : undefined;
  return record ? diags.findingsOf(record).find((f) => f.index === index) : undefined;
}

class OverrideQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly ctx: Ctx, private readonly diags: EmergeDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    const rebuilds = new Set<string>();
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const f = this.diags.lookup(document.uri, d);
      if (!f) continue;
      const { root, layout, folder } = overridesOf(this.ctx, f.record);
      for (const [i, fix] of f.planned.fixes.entries()) {
        const file = path.relative(folder, (await targetFile(root, fix.kind, layout)).path);
        const add = new vscode.CodeAction(fixTitle(fix, file, false), vscode.CodeActionKind.QuickFix);
        add.diagnostics = [d];
        add.isPreferred = i === 0;
        add.command = { title: add.title, command: APPLY_FIX, arguments: [f.record.id, f.index, i] };
        actions.push(add);
        if (fix.comments.length) {
          const withComment = new vscode.CodeAction(fixTitle(fix, file, true), vscode.CodeActionKind.QuickFix);
          withComment.diagnostics = [d];
          withComment.command = { title: withComment.title, command: APPLY_FIX_WITH_COMMENT, arguments: [f.record.id, f.index, i] };
          actions.push(withComment);
        }
      }
      const all = this.diags.findingsOf(f.record).flatMap((x) => x.planned.fixes);
      if (all.length > 1 && f.planned.fixes.length) {
        const a = new vscode.CodeAction(`Add all ${all.length} changes emerge asked for to the override files`, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.command = { title: a.title, command: APPLY_ALL_FIXES, arguments: [f.record.id] };
        actions.push(a);
      }
      if (!rebuilds.has(f.record.id)) {
        rebuilds.add(f.record.id);
        const r = new vscode.CodeAction(`Rebuild ${f.record.atom} (${f.record.profile})`, vscode.CodeActionKind.QuickFix);
        r.diagnostics = [d];
        r.command = { title: r.title, command: 'ebuildBuilder.rebuild', arguments: [f.record.id] };
        actions.push(r);
      }
    }
    return actions;
  }
}

export function registerQuickFixes(ctx: Ctx, diags: EmergeDiagnostics): vscode.Disposable[] {
  const applyOne = (withComments: boolean) => async (...args: unknown[]) => {
    const f = findingArg(diags, ctx, args);
    if (!f) return void vscode.window.showInformationMessage('That finding is gone: its build was removed or rebuilt.');
    if (!f.planned.fixes.length) return void vscode.window.showInformationMessage(`emerge proposed no override line for this finding: ${f.planned.message}`);
    const fixIndex = typeof args[2] === 'number' ? args[2] : undefined;
    await applyFixes(ctx, f.record, fixIndex !== undefined ? [f.planned.fixes[fixIndex]] : f.planned.fixes, withComments);
  };
  registerCommand(ctx, APPLY_FIX, applyOne(false));
  registerCommand(ctx, APPLY_FIX_WITH_COMMENT, applyOne(true));
  registerCommand(ctx, APPLY_ALL_FIXES, async (arg) => {
      const id = typeof arg === 'string' ? arg : (arg as { record?: BuildRecord })?.record?.id;
      const record = id ? ctx.builds.get(id) : undefined;
      if (!record) return;
      const fixes = diags.findingsOf(record).flatMap((f) => f.planned.fixes);
      if (fixes.length) await applyFixes(ctx, record, fixes, true);
  });
  registerCommand(ctx, OPEN_FINDING, async (...args) => {
    const f = findingArg(diags, ctx, args);
    if (!f) return;
    await vscode.window.showTextDocument(f.uri, { selection: f.diagnostic.range, preview: true });
  });
  return [
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }], new OverrideQuickFixes(ctx, diags), { providedCodeActionKinds: OverrideQuickFixes.kinds }),
  ];
}
