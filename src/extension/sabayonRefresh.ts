/**
 * "Refresh Sabayon builder": the builder's sync and equo upgrade, once and on purpose (builds never do them on their
 * own), saved as an image the user then builds with. Progress, cancel and the log as for a build.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SABAYON_DEFAULT_IMAGE } from '../core/profiles/sabayon';
import { refreshedTag, startRefresh, type StartedRefresh } from '../docker/refreshBuilder';
import type { Ctx } from './ctx';
import { showError } from './userErrors';

const STEPS = [
  { label: 'Sync and upgrade', detail: 'layman -S, emerge --sync, then equo up && equo u', sync: true, equo: true },
  { label: 'Sync only', detail: 'layman -S and emerge --sync (the tree goes into a volume the saved builder uses)', sync: true, equo: false },
  { label: 'Upgrade only', detail: 'equo up && equo u (Entropy packages of the builder)', sync: false, equo: true },
];

export async function refreshSabayonBuilder(ctx: Ctx): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const config = ctx.config.forResource(folder?.uri);
  const image = config.images.sabayon ?? SABAYON_DEFAULT_IMAGE;
  const steps = await vscode.window.showQuickPick(STEPS, { title: `Refresh the Sabayon builder ${image}`, placeHolder: 'Builds never sync or upgrade on their own. What should this refresh do?' });
  if (!steps) return;
  const tag = await vscode.window.showInputBox({
    title: 'Save the refreshed builder as',
    prompt: 'Image name and tag (repository:tag)',
    value: refreshedTag(image),
    validateInput: (v) => (/^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127})?$/.test(v) ? undefined : 'Use lower-case repository[:tag], e.g. sabayon/builder-amd64:refreshed'),
  });
  if (!tag) return;
  const logDir = folder ? path.resolve(folder.uri.fsPath, config.artifactsFolder, 'logs') : path.join(ctx.extension.globalStorageUri.fsPath, 'logs');
  // Through the build runner: the engine's prompts, a row in Builds with the output, cancel from there.
  let started: StartedRefresh | undefined;
  const record = await ctx.runner.track(
    { kind: 'refresh', ebuildPath: folder?.uri.fsPath ?? logDir, profile: 'sabayon', atom: `refresh ${image}`, silentErrors: true },
    async (engine, cfg) => {
      started = await startRefresh({ engine, config: cfg, image, tag, sync: steps.sync, equo: steps.equo, logDir });
      return { handle: started.handle, logPath: started.logPath };
    },
  ).catch(async (e) => {
    await showError(e, ctx.log);
    return undefined;
  });
  if (!record || !started) return;
  await ctx.runner.whenFinished(record);
  const result = record.result;
  ctx.log.info(`refresh of ${image}: ${record.state} (log ${started.logPath})`);
  if (record.state === 'cancelled') return void vscode.window.showInformationMessage(`The refresh of ${image} was cancelled; nothing was saved.`);
  if (record.state !== 'succeeded') {
    const open = await vscode.window.showErrorMessage(
      `The refresh of ${image} ${result?.error ? `stopped: ${result.error.message}` : `failed (exit ${result?.exitCode})`}. Nothing was saved; builds keep using ${image}.`, 'Open log');
    if (open) await vscode.window.showTextDocument(vscode.Uri.file(started.logPath));
    return;
  }
  const use = await vscode.window.showInformationMessage(`Saved the refreshed builder as ${tag}.`, 'Use for Sabayon builds', 'Not now');
  if (use !== 'Use for Sabayon builds') return;
  const target = folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await ctx.config.update('images', { ...config.images, sabayon: tag }, folder?.uri, target);
  await ctx.config.update('sabayon', { ...config.sabayon, tree: started.treeVolume }, folder?.uri, target);
}
