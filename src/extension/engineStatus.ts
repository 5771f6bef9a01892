/**
 * Shows which Docker engine the next build uses (status bar + Builds view description) and the
 * "Switch Docker Engine…" command that changes `ebuildBuilder.engine`.
 */
import * as vscode from 'vscode';
import { listContexts } from '../docker/contexts';
import { chooseEngine } from '../docker/engineChoice';
import type { Ctx } from './ctx';
import { registerCommand } from './commandRegistry';
import { checkEngine } from './engineActions';
import { engineQuickPickItems, engineStatus, validateEngineUrl, type EnginePickItem } from './engineUi';
import { describeError } from './userErrors';

const SWITCH_ENGINE_COMMAND = 'ebuildBuilder.switchEngine';

class EngineStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ebuildBuilder.engine', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly ctx: Ctx) {
    this.item.name = 'Ebuild Builder: Docker engine';
    this.item.command = { title: 'Switch Docker Engine…', command: SWITCH_ENGINE_COMMAND };
    this.disposables.push(
      this.item,
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('ebuildBuilder.engine')) this.update(); }),
      // DOCKER_CONTEXT files change outside VS Code (`docker context use`): re-read when the user comes back.
      vscode.window.onDidChangeWindowState((s) => { if (s.focused) this.update(); }),
    );
    this.update();
  }

  /** Chooses without connecting: reading settings and ~/.docker is cheap, a ping is not. */
  update(): void {
    const config = this.ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
    try {
      const choice = chooseEngine({ engine: config.engine || undefined, source: 'setting ebuildBuilder.engine' }, process.env);
      const { text, tooltip } = engineStatus(choice.url, choice.chosenBy);
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.accessibilityInformation = { label: `Docker engine ${choice.url}, chosen by ${choice.chosenBy}` };
      this.item.backgroundColor = undefined;
      this.ctx.buildsView.view.description = choice.url;
    } catch (e) {
      this.item.text = '$(server-environment) no engine';
      this.item.tooltip = `${describeError(e)}\nClick to switch the engine`;
      this.item.accessibilityInformation = { label: `No Docker engine: ${describeError(e)}` };
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.ctx.buildsView.view.description = 'no engine';
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

async function switchEngine(ctx: Ctx, status: EngineStatusBar): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const current = ctx.config.forResource(folder).engine;
  let items: EnginePickItem[];
  try {
    items = engineQuickPickItems(listContexts(process.env), current);
  } catch (e) {
    ctx.log.warn(`docker contexts: ${describeError(e)}`);
    items = engineQuickPickItems([], current);
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Ebuild Builder: Switch Docker Engine',
    placeHolder: current ? `ebuildBuilder.engine is ${current}` : 'Builds use the docker CLI\'s choice',
    matchOnDescription: true,
  });
  if (!picked) return;
  let value: string | undefined;
  if (picked.action.kind === 'context') value = picked.action.name;
  else if (picked.action.kind === 'url') {
    value = await vscode.window.showInputBox({
      title: 'Docker engine URL',
      prompt: 'unix:///path/to/docker.sock, tcp://HOST:PORT (TLS from DOCKER_CERT_PATH) or ssh://[USER@]HOST[:PORT]',
      value: current && /^\w+:\/\//.test(current) ? current : 'ssh://',
      validateInput: validateEngineUrl,
      ignoreFocusOut: true,
    });
    if (!value) return;
    value = value.trim();
  }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await ctx.config.update('engine', value, folder, target);
  // "The docker CLI's choice" means no setting anywhere, so a user-level value must go too.
  if (value === undefined && target !== vscode.ConfigurationTarget.Global) await ctx.config.update('engine', undefined, folder, vscode.ConfigurationTarget.Global);
  ctx.log.info(`engine setting: ${value ?? '(docker CLI\'s choice)'}`);
  status.update();
  await checkEngine(ctx, true);
}

export function registerEngineStatus(ctx: Ctx): void {
  const status = new EngineStatusBar(ctx);
  ctx.push(status);
  registerCommand(ctx, SWITCH_ENGINE_COMMAND, () => switchEngine(ctx, status));
}
