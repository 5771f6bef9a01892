/**
 * "USE flags for this build…": the ebuild's IUSE as a multi-select list, ticked as package.use sets them now;
 * the choice is written as the package's line in the package.use file the build's profile mounts (a
 * WorkspaceEdit: undoable, the rest of the file untouched).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { variableValue } from '../../core/ebuildVars';
import { discoverOverrides, readOverrideLines } from '../../core/overrides';
import { parseIuse } from '../../core/useMatrix';
import type { Ctx } from '../ctx';
import type { BuildRecord } from '../builds';
import { cpvOfEbuildPath } from './diagnosticPlan';
import { layoutOf, targetFile, writeOverrideLines } from './overrideWrite';
import { useLineChange, useState } from './useLine';
import { registerCommand } from '../commandRegistry';

const USE_FLAGS_COMMAND = 'ebuildBuilder.useFlagsForBuild';

function ebuildOf(ctx: Ctx, arg: unknown): { ebuildPath: string; profile?: string } | undefined {
  // "This build": the profile of the ebuild's latest build, else the default profile.
  const latest = (ebuildPath: string) => ctx.builds.all().find((b) => b.ebuildPath === ebuildPath)?.profile;
  if (arg instanceof vscode.Uri) return { ebuildPath: arg.fsPath, profile: latest(arg.fsPath) };
  const record = (arg && typeof arg === 'object' && 'record' in arg ? (arg as { record: BuildRecord }).record : typeof arg === 'string' ? ctx.builds.get(arg) : undefined);
  if (record) return { ebuildPath: record.ebuildPath, profile: record.profile };
  const active = vscode.window.activeTextEditor?.document.uri;
  return active?.path.endsWith('.ebuild') ? { ebuildPath: active.fsPath, profile: latest(active.fsPath) } : undefined;
}

async function pickUseFlags(ctx: Ctx, arg: unknown): Promise<void> {
  const target = ebuildOf(ctx, arg);
  if (!target?.ebuildPath.endsWith('.ebuild')) {
    return void vscode.window.showInformationMessage('Open an .ebuild (or pick a build in the Builds view) to choose its USE flags.');
  }
  const uri = vscode.Uri.file(target.ebuildPath);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === target.ebuildPath);
  const text = open?.getText() ?? (await fs.readFile(target.ebuildPath, 'utf8'));
  const iuse = parseIuse(variableValue(text, 'IUSE'));
  const cpv = cpvOfEbuildPath(target.ebuildPath);
  if (!iuse.length) return void vscode.window.showInformationMessage(`${cpv} has no USE flags of its own (IUSE is empty or set only by eclasses).`);

  const config = ctx.config.forResource(uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(target.ebuildPath);
  const root = path.resolve(folder, config.overridesFolder);
  const profile = target.profile ?? config.profile;
  const layout = layoutOf(profile, config);
  const file = (await targetFile(root, 'use', layout)).path;
  const set = await discoverOverrides(folder, config.overridesFolder);
  const others: string[] = [];
  for (const s of set.sources) if (s.kind === 'use' && s.path !== file) others.push(await fs.readFile(s.path, 'utf8'));
  const fileDoc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
  const fileText = fileDoc?.getText() ?? (await fs.readFile(file, 'utf8').catch(() => ''));
  const now = useState(iuse, [await readOverrideLines({ ...set, sources: set.sources.filter((s) => s.kind === 'use' && s.path !== file) }, 'use'), fileText], cpv);

  const rel = path.relative(folder, file);
  const items = iuse.map((f) => ({ label: f.name, description: f.default ? 'on by default' : 'off by default', picked: now.get(f.name) ?? f.default }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true, title: `USE flags for ${cpv} (${profile})`, placeHolder: `Ticked flags are on; the choice is written to ${rel}`,
  });
  if (!picked) return;
  const wanted = new Set(picked.map((p) => p.label));
  const cp = cpv.replace(/-\d[^/]*$/, '');
  const change = useLineChange(iuse, others, fileText, cpv, cp, wanted);
  if (change.kind === 'none') return void vscode.window.showInformationMessage(`${rel} already gives ${cpv} these flags.`);
  if (change.kind === 'append') {
    await writeOverrideLines(root, layout, [{ kind: 'use', entry: change.entry, comments: [] }]);
  } else {
    const doc = fileDoc ?? (await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
    const line = doc.lineAt(change.index);
    const edit = new vscode.WorkspaceEdit();
    if (change.kind === 'replace') edit.replace(doc.uri, line.range, change.line);
    else edit.delete(doc.uri, line.rangeIncludingLineBreak);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`VS Code refused the edit of ${file}`);
    await doc.save();
  }
  const choice = await vscode.window.showInformationMessage(`Updated the USE flags of ${cpv} in ${rel}.`, 'Build Now', 'Open File');
  if (choice === 'Build Now') await ctx.runner.buildCommand(uri, profile);
  if (choice === 'Open File') await vscode.window.showTextDocument(vscode.Uri.file(file));
}

export function registerUseFlagsPicker(ctx: Ctx): vscode.Disposable {
  return registerCommand(ctx, USE_FLAGS_COMMAND, (arg) => pickUseFlags(ctx, arg));
}
