/**
 * Activation: builds the context, registers commands, providers and views, then starts the optional parts
 * (language client, ebuild editing commands) when they are part of this build.
 */
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { registerCommands } from './commands';
import { LOG_LANGUAGE, LOG_SCHEME } from './buildLogDocument';
import { BuildLinkProvider } from './terminalLinks';
import { BuildTaskProvider, TASK_TYPE } from './buildTasks';
import { checkEngine } from './engineActions';
import { registerEngineStatus } from './engineStatus';

let current: Ctx | undefined;

/** An optional sibling module that is absent is logged, never fatal. */
function reportMissing(e: unknown, what: string, ctx: Ctx): undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'MODULE_NOT_FOUND') ctx.log.info(`${what} is not part of this build`);
  else ctx.log.error(`${what} failed to load: ${(e as Error).stack ?? e}`);
  return undefined;
}

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

  // Features written alongside this shell (language client, ebuild editing, CI workflow, USE matrix). Each is
  // optional: `require` sits directly inside `try`, so esbuild bundles a module that exists and tolerates one
  // that does not, and one feature failing never stops the others.
  type Register = (c: vscode.ExtensionContext) => unknown;
  const features: [string, Register | undefined][] = [];
  const what = ['the ebuild editing commands', 'the CI workflow command', 'the USE matrix command', 'the ebuild language client'];
  try { features.push([what[0], require('./ebuildCommands').registerEbuildCommands]); } catch (e) { reportMissing(e, what[0], ctx); }
  try { features.push([what[1], require('./ciCommand').registerCiCommand]); } catch (e) { reportMissing(e, what[1], ctx); }
  try { features.push([what[2], require('./useMatrixCommand').registerUseMatrixCommand]); } catch (e) { reportMissing(e, what[2], ctx); }
  try { features.push([what[3], require('./languageClient').startLanguageClient]); } catch (e) { reportMissing(e, what[3], ctx); }
  // Emerge diagnostics with quick fixes, and the artifacts view: these need the context, not only the ExtensionContext.
  try { const m = require('./diagnostics/register'); features.push(['the emerge diagnostics', () => m.registerDiagnostics(ctx)]); } catch (e) { reportMissing(e, 'the emerge diagnostics', ctx); }
  try { const m = require('./artifacts/register'); features.push(['the artifacts view', () => m.registerArtifacts(ctx)]); } catch (e) { reportMissing(e, 'the artifacts view', ctx); }
  for (const [name, register] of features) {
    try {
      void Promise.resolve(register?.(context)).catch((e) => ctx.log.error(`${name}: ${(e as Error).stack ?? e}`));
    } catch (e) {
      ctx.log.error(`${name}: ${(e as Error).stack ?? e}`);
    }
  }

  if (vscode.workspace.isTrusted) void checkEngine(ctx, false);
  // P5 reads this line (and the activation line of the extension host log) to measure activation time.
  ctx.log.info(`ready: activated in ${Date.now() - started} ms at ${new Date().toISOString()}`);
  return { ctx };
}

export function deactivate(): void {
  current?.dispose();
  current = undefined;
}
