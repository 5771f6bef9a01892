/**
 * Activation: builds the context, registers commands, providers and views, then the features (language client,
 * ebuild editing, CI, USE matrix, emerge diagnostics, artifacts), each on its own. What only later clicks need
 * (Docker, ssh, archives, compression, the emerge output parser, the language client's library) is bundled apart
 * and loaded on first use
 * (scripts/bundle.mjs); the language client starts right after activation instead of during it.
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
import { registerSwarmCommand } from './swarmCommand';
import { startLanguageClient } from './languageClient';
import { registerDiagnostics } from './diagnostics/register';
import { registerArtifacts } from './artifacts/register';
import { registerKeptBuilds } from './kept/keptCommands';
import { activationFigures } from './activationFigures';
import { registerQaCommands } from './qaCommands';
import { registerBuildHistory } from './buildHistory';

let current: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ ctx: Ctx }> {
  const started = Date.now();
  const activateStart = performance.now();
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
    ['the ebuild editing commands', () => registerEbuildCommands(ctx)],
    ['the CI workflow command', () => registerCiCommand(ctx)],
    ['the USE matrix command', () => registerUseMatrixCommand(ctx)],
    ['the swarm command', () => registerSwarmCommand(ctx)],
    ['the emerge diagnostics', () => registerDiagnostics(ctx)],
    ['the artifacts view', () => registerArtifacts(ctx)],
    ['the QA commands (reverse dependencies, tests, bug reports)', () => registerQaCommands(ctx)],
    ['the build history', () => registerBuildHistory(ctx)],
  ];
  // These reach for Docker's or the language client's library at once (bundled apart, loaded on first use): they
  // start right after activate() returns, before VS Code can send the first command, so activation never waits for
  // that code. Kept builds register their commands then too.
  const afterActivation: [string, () => unknown][] = [
    ['the ebuild language client', () => startLanguageClient(ctx)],
    ['kept builds', () => registerKeptBuilds(ctx)],
    ['the engine check', () => vscode.workspace.isTrusted && checkEngine(ctx, false)],
  ];
  const start = ([name, register]: [string, () => unknown]) => {
    try {
      void Promise.resolve(register()).catch((e) => ctx.log.error(`${name}: ${(e as Error).stack ?? e}`));
    } catch (e) {
      ctx.log.error(`${name}: ${(e as Error).stack ?? e}`);
    }
  };
  features.forEach(start);
  setImmediate(() => afterActivation.forEach(start));

  // P5 reads this line (and the activation line of the extension host log) to measure activation time.
  ctx.log.info(`ready: activated in ${Date.now() - started} ms (${activationFigures(context.extensionPath, activateStart)}) at ${new Date().toISOString()}`);
  return { ctx };
}

/**
 * A window that closes mid-build takes the build's terminal and its collector with it: cancel running builds so
 * their containers are removed at once rather than left behind (VS Code waits only a few seconds: no grace period,
 * nothing salvaged; over ssh a salvage alone outlasts that).
 */
export async function deactivate(): Promise<void> {
  const ctx = current;
  current = undefined;
  if (!ctx) return;
  const cancels = [...ctx.builds.running().map((b) => b.handle?.cancel({ now: true }).catch(() => undefined)), ...ctx.beforeClose.map((f) => f().catch(() => undefined))];
  if (cancels.length) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(cancels), new Promise((r) => (timer = setTimeout(r, 4000)))]);
    clearTimeout(timer);
  }
  ctx.dispose();
}
