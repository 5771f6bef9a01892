/** Engine-level actions: check that the engine answers, remove leftover builder containers, save a builder's state. */
import * as vscode from 'vscode';
import { cleanupContainers, saveBuilderState } from '../docker/containers';
import type { Ctx } from './ctx';
import { connectForVsCode } from './engineConnect';
import type { BuildRecord } from './builds';
import { describeError, showError } from './userErrors';

/** Pings the engine named by the settings; sets the welcome view's context key. */
export async function checkEngine(ctx: Ctx, announce: boolean): Promise<boolean> {
  const config = ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
  try {
    // Announced: the user asked (Check Engine), so it may ask about the host key; else a background check.
    const engine = await connectForVsCode(ctx, config, { background: !announce });
    try {
      await engine.docker.ping();
      ctx.setEngineReachable(true);
      ctx.log.info(`engine ${engine.url} (${engine.chosenBy}) answers`);
      if (announce) void vscode.window.showInformationMessage(`Docker engine ${engine.url} is reachable (${engine.chosenBy}).`);
      return true;
    } finally {
      await engine.close();
    }
  } catch (e) {
    const message = describeError(e);
    ctx.setEngineReachable(false, message);
    ctx.log.warn(`engine check: ${message}`);
    if (announce) await showError(e, ctx.log);
    return false;
  }
}

export async function cleanupBuilderContainers(ctx: Ctx): Promise<void> {
  const config = ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Removing builder containers…' }, async () => {
    try {
      const engine = await connectForVsCode(ctx, config);
      try {
        // Containers of builds running in this window stay.
        const running = new Set(ctx.builds.running().flatMap((b) => (b.handle ? [b.handle.id] : [])));
        const removed = (await cleanupContainers(engine, running)).length;
        ctx.log.info(`cleanup: removed ${removed} builder container(s) from ${engine.url}`);
        void vscode.window.showInformationMessage(removed
          ? `Removed ${removed} builder container${removed === 1 ? '' : 's'} from ${engine.url}.`
          : `No builder containers left on ${engine.url}.`);
      } finally {
        await engine.close();
      }
    } catch (e) {
      await showError(e, ctx.log);
    }
  });
}

/** Commits a kept container to an image the user names (the seed's "docker commit" of a warmed builder). */
export async function saveState(ctx: Ctx, b: BuildRecord): Promise<void> {
  const pn = b.atom.split('/')[1]?.replace(/-\d.*$/, '') ?? 'builder';
  const repoTag = await vscode.window.showInputBox({
    title: `Save the container of ${b.atom} as an image`,
    prompt: 'Image name and tag (repository:tag). Use it later in ebuildBuilder.images to start from this state.',
    value: `ebuild-builder/${b.profile}-${pn}:saved`,
    validateInput: (v) => (/^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127})?$/.test(v) ? undefined : 'Use lower-case repository[:tag], e.g. ebuild-builder/sabayon-hello:saved'),
  });
  if (!repoTag) return;
  const config = ctx.config.forResource(vscode.Uri.file(b.ebuildPath));
  try {
    const engine = await connectForVsCode(ctx, config);
    let id: string;
    try {
      id = await saveBuilderState(engine, b.result?.containerId ?? b.handle?.id ?? b.id, repoTag);
    } finally {
      await engine.close();
    }
    void vscode.window.showInformationMessage(`Saved ${b.atom}'s builder as ${repoTag}${id.startsWith('sha256:') ? ` (${id.slice(0, 19)})` : ''}.`);
  } catch (e) {
    ctx.log.warn(`save state: ${describeError(e)}`);
    await showError(e, ctx.log);
  }
}
