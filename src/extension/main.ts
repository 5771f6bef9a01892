/**
 * Activation: builds the context, registers commands, providers and views, then the features (language client,
 * ebuild editing, CI, USE matrix, emerge diagnostics, artifacts), each on its own.
 */
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { registerCommands } from './commands';
import { LOG_LANGUAGE, LOG_SCHEME } from './buildLogDocument';
import { BuildLinkProvider } from './terminalLinks';
import { BuildTaskProvider, TASK_TYPE } from './buildTasks';
import { checkEngine } from './engineActions';
import { registerEngineStatus } from './engineStatus';
import { registerEbuildCommands } from './ebuildCommands';
import { registerCiCommand } from './ciCommand';
import { registerUseMatrixCommand } from './useMatrixCommand';
import { startLanguageClient } from './languageClient';
import { registerDiagnostics } from './diagnostics/register';
import { registerArtifacts } from './artifacts/register';
import { registerKeptBuilds } from './kept/keptCommands';

let current: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ ctx: Ctx }> {
  const started = Date.now();
  const ctx = (current = new Ctx(context));
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  registerEngineStatus(ctx);
  ctx.push(
    vscode.workspace.registerTextDocumentContentProvider(LOG_SCHEME, ctx.logs),
    vscode.languages.registerDocumentSymbolProvider([{ language: LOG_LANGUAGE }, { scheme: LOG_SCHEME }], ctx.logs, { label: 'Build log' }),
    vscode.window.registerTerminalLinkProvider(new BuildLinkProvider(ctx)),
    vscode.tasks.registerTaskProvider(TASK_TYPE, new BuildTaskProvider(ctx)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => { ctx.overlaysView.refresh(); void checkEngine(ctx, false); }),
  );
  ctx.config.reportProblems();

  // Each feature registers on its own: one that throws is logged and never stops the others.
  const features: [string, () => unknown][] = [
    ['the ebuild editing commands', () => registerEbuildCommands(context)],
    ['the CI workflow command', () => registerCiCommand(context)],
    ['the USE matrix command', () => registerUseMatrixCommand(context)],
    ['the ebuild language client', () => startLanguageClient(context)],
    ['the emerge diagnostics', () => registerDiagnostics(ctx)],
    ['the artifacts view', () => registerArtifacts(ctx)],
    ['kept builds', () => registerKeptBuilds(ctx)],
  ];
  for (const [name, register] of features) {
    try {
      void Promise.resolve(register()).catch((e) => ctx.log.error(`${name}: ${(e as Error).stack ?? e}`));
    } catch (e) {
      ctx.log.error(`${name}: ${(e as Error).stack ?? e}`);
    }
  }

  if (vscode.workspace.isTrusted) void checkEngine(ctx, false);
  // P5 reads this line (and the activation line of the extension host log) to measure activation time.
  ctx.log.info(`ready: activated in ${Date.now() - started} ms at ${new Date().toISOString()}`);
  return { ctx };
}

/**
 * A window that closes mid-build takes the build's terminal and its collector with it: cancel running builds so
 * their containers are stopped and removed rather than left behind (bounded: VS Code waits only briefly).
 */
export async function deactivate(): Promise<void> {
  const ctx = current;
  current = undefined;
  if (!ctx) return;
  const cancels = [...ctx.builds.running().map((b) => b.handle?.cancel().catch(() => undefined)), ...ctx.beforeClose.map((f) => f().catch(() => undefined))];
  if (cancels.length) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(cancels), new Promise((r) => (timer = setTimeout(r, 4000)))]);
    clearTimeout(timer);
  }
  ctx.dispose();
}
