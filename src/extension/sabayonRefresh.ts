/**
 * "Refresh Sabayon builder": the builder's sync and equo upgrade, once and on purpose (builds never do them on their
 * own), saved as an image the user then builds with. Progress, cancel and the log as for a build.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SABAYON_DEFAULT_IMAGE } from '../core/profiles/sabayon';
import { refreshedTag, startRefresh } from '../docker/refreshBuilder';
import type { Ctx } from './ctx';
import { connectForVsCode } from './engineConnect';
import { describeError, showError } from './userErrors';

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
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Refreshing ${image}`, cancellable: true }, async (progress, token) => {
    try {
      const engine = await connectForVsCode(ctx, config);
      try {
        const started = await startRefresh({ engine, config, image, tag, sync: steps.sync, equo: steps.equo, logDir });
        token.onCancellationRequested(() => void started.handle.cancel());
        started.handle.onEvent((e) => {
          if (e.type !== 'output') return;
          const step = /^>>> ebuild-builder: (.*)$/m.exec(e.data.toString('utf8'));
          if (step) progress.report({ message: step[1] });
        });
        const result = await started.handle.done;
        ctx.log.info(`refresh of ${image}: ${result.state} (log ${started.logPath})`);
        if (result.state === 'cancelled') return void vscode.window.showInformationMessage(`The refresh of ${image} was cancelled; nothing was saved.`);
        if (result.state !== 'succeeded') {
          const open = await vscode.window.showErrorMessage(
            `The refresh of ${image} ${result.error ? `stopped: ${result.error.message}` : `failed (exit ${result.exitCode})`}. Nothing was saved; builds keep using ${image}.`, 'Open log');
          if (open) await vscode.window.showTextDocument(vscode.Uri.file(started.logPath));
          return;
        }
        const use = await vscode.window.showInformationMessage(`Saved the refreshed builder as ${tag}.`, 'Use for Sabayon builds', 'Not now');
        if (use !== 'Use for Sabayon builds') return;
        const settings = vscode.workspace.getConfiguration('ebuildBuilder', folder?.uri);
        const target = folder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
        await settings.update('images', { ...config.images, sabayon: tag }, target);
        await settings.update('sabayon', { ...config.sabayon, tree: started.treeVolume }, target);
      } finally {
        await engine.close();
      }
    } catch (e) {
      ctx.log.warn(`refresh: ${describeError(e)}`);
      await showError(e, ctx.log);
    }
  });
}
