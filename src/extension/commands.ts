/**
 * Every command, as a small factory `(ctx) => handler`, in one table whose keys mirror package.json's
 * `contributes.commands`.
 */
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { BuildRecord, isFinished } from './builds';
import { profileNames } from '../core/profiles';
import { createOverrideFile } from './overlaysView';
import { showError } from './userErrors';
import { checkEngine, cleanupBuilderContainers, saveState } from './engineActions';
import { createOverlayHere } from './overlaySkeleton';
import { registerCommand } from './commandRegistry';
import { refreshSabayonBuilder } from './sabayonRefresh';

type Handler = (...args: unknown[]) => unknown;
type Factory = (ctx: Ctx) => Handler;

/** A tree node, a record or a build id, as menus and links pass them. */
function recordOf(ctx: Ctx, arg: unknown): BuildRecord | undefined {
  if (typeof arg === 'string') return ctx.builds.get(arg);
  if (arg && typeof arg === 'object' && 'record' in arg) return (arg as { record: BuildRecord }).record;
  if (arg && typeof arg === 'object' && 'id' in arg && 'atom' in arg) return arg as BuildRecord;
  return undefined;
}

async function pickBuild(ctx: Ctx, arg: unknown, builds: BuildRecord[], placeHolder: string): Promise<BuildRecord | undefined> {
  const given = recordOf(ctx, arg);
  if (given) return given;
  if (builds.length <= 1) return builds[0];
  const picked = await vscode.window.showQuickPick(
    builds.map((b) => ({ label: b.atom, description: `${b.state} · ${b.profile}`, record: b })), { placeHolder });
  return picked?.record;
}

const buildWith = (profile?: string): Factory => (ctx) => (arg) => ctx.runner.buildCommand(arg, profile);

const COMMANDS: Record<string, Factory> = {
  'ebuildBuilder.buildSabayon': buildWith('sabayon'),
  'ebuildBuilder.buildGentoo': buildWith('gentoo'),
  'ebuildBuilder.buildWithProfile': (ctx) => async (arg) => {
    const target = ctx.runner.resolveTarget(arg);
    const config = ctx.config.forResource(target);
    const items = profileNames(config).map((name) => ({
      label: name,
      description: config.images[name] ?? config.profiles[name]?.image ?? (name === config.profile ? 'default' : ''),
      picked: name === config.profile,
    }));
    items.sort((a, b) => Number(b.picked) - Number(a.picked));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Build with which builder profile?' });
    if (picked) await ctx.runner.buildCommand(target, picked.label);
  },
  'ebuildBuilder.rebuildLast': (ctx) => async () => {
    const last = ctx.lastBuild;
    if (!last) return void vscode.window.showInformationMessage('Nothing to rebuild yet: build an ebuild first (right-click it → Build in Sabayon container).');
    await ctx.runner.buildCommand(vscode.Uri.file(last.ebuildPath), last.profile);
  },
  'ebuildBuilder.rebuild': (ctx) => async (arg) => {
    const b = recordOf(ctx, arg);
    if (b) await ctx.runner.buildCommand(vscode.Uri.file(b.ebuildPath), b.profile);
  },
  'ebuildBuilder.cancelBuild': (ctx) => async (arg) => {
    const running = ctx.builds.running();
    const b = await pickBuild(ctx, arg, running, 'Cancel which build?');
    if (!b) return void vscode.window.showInformationMessage('No build is running.');
    await ctx.runner.cancel(b);
  },
  'ebuildBuilder.openBuildLog': (ctx) => async (arg) => {
    const b = await pickBuild(ctx, arg, ctx.builds.all(), 'Open the log of which build?');
    if (b) return ctx.logs.open(b);
    const files = await vscode.window.showOpenDialog({
      title: 'No builds in this window yet. Open a saved build log',
      filters: { 'Build logs': ['log'] }, canSelectMany: false,
    });
    if (files?.[0]) {
      const doc = await vscode.workspace.openTextDocument(files[0]);
      await vscode.languages.setTextDocumentLanguage(doc, 'ebuild-build-log');
      await vscode.window.showTextDocument(doc);
    }
  },
  'ebuildBuilder.showTerminal': (ctx) => (arg) => {
    const b = recordOf(ctx, arg);
    if (b) ctx.showTerminal(b.id);
  },
  'ebuildBuilder.revealArtifacts': (ctx) => async (arg, file) => {
    const b = recordOf(ctx, arg);
    const target = typeof file === 'string' ? file : b?.result?.artifacts[0];
    if (!target) return void vscode.window.showInformationMessage(`${b?.atom ?? 'This build'} produced no binary packages.`);
    const uri = vscode.Uri.file(target);
    if (vscode.workspace.getWorkspaceFolder(uri)) await vscode.commands.executeCommand('revealInExplorer', uri);
    else await vscode.commands.executeCommand('revealFileInOS', uri);
  },
  'ebuildBuilder.removeBuild': (ctx) => (arg) => {
    const b = recordOf(ctx, arg);
    if (!b) return;
    if (!isFinished(b)) return void vscode.window.showWarningMessage(`${b.atom} is still building; cancel it first.`);
    ctx.builds.remove(b.id);
    ctx.terminals.get(b.id)?.terminal?.dispose();
    ctx.terminals.delete(b.id);
  },
  'ebuildBuilder.clearFinished': (ctx) => () => {
    for (const b of ctx.builds.all()) if (isFinished(b)) { ctx.terminals.get(b.id)?.terminal?.dispose(); ctx.terminals.delete(b.id); }
    ctx.builds.clearFinished();
  },
  'ebuildBuilder.cleanupContainers': (ctx) => () => cleanupBuilderContainers(ctx),
  'ebuildBuilder.refreshSabayon': (ctx) => () => refreshSabayonBuilder(ctx),
  'ebuildBuilder.saveBuilderState': (ctx) => async (arg) => {
    const kept = ctx.builds.all().filter((b) => isFinished(b) && b.result?.containerId);
    const b = await pickBuild(ctx, arg, kept, 'Save the container of which build?');
    if (!b?.result?.containerId) {
      return void vscode.window.showInformationMessage('No kept builder container to save. Turn on "ebuildBuilder.keepContainerOnFailure" and build again.', 'Open Setting')
        .then((c) => c && vscode.commands.executeCommand('workbench.action.openSettings', 'ebuildBuilder.keepContainerOnFailure'));
    }
    await saveState(ctx, b);
  },
  'ebuildBuilder.refreshOverlays': (ctx) => () => ctx.overlaysView.refresh(),
  'ebuildBuilder.openOverride': () => async (file) => {
    if (typeof file === 'string') await vscode.window.showTextDocument(vscode.Uri.file(file));
  },
  'ebuildBuilder.createOverride': (ctx) => async (file) => {
    if (typeof file !== 'string') return;
    try {
      await createOverrideFile(file);
      ctx.overlaysView.refresh();
    } catch (e) {
      await showError(e, ctx.log);
    }
  },
  'ebuildBuilder.createOverlay': (ctx) => async () => {
    if (await createOverlayHere()) ctx.overlaysView.refresh();
  },
  'ebuildBuilder.checkEngine': (ctx) => () => checkEngine(ctx, true),
  'ebuildBuilder.openSettings': () => (query) =>
    vscode.commands.executeCommand('workbench.action.openSettings', typeof query === 'string' ? query : 'ebuildBuilder'),
  'ebuildBuilder.showLog': (ctx) => () => ctx.log.show(),
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(COMMANDS)) registerCommand(ctx, id, factory(ctx));
}

