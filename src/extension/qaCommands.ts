/**
 * The QA workflows in VS Code, on the builds the runner already runs: "Build Reverse Dependencies…" (the ebuild,
 * then the packages of the workspace's repositories that depend on it, each against the freshly built package),
 * "Build with Tests" (FEATURES=test) and "Draft Bug Report…" on a failed build's row (a Markdown draft and the
 * compressed build log, nothing sent). The same core code as `ebuild-builder build --rdeps|--test` and `report`.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BuildConfig } from '../core/buildConfig';
import { writeBugReport } from '../core/bugReportFiles';
import { outcomeOf, summaryTable, type AtomOutcome } from '../core/buildSummary';
import { discoverOverlays } from '../core/overlays';
import { builderTreeHere, planReverseDependencies } from '../core/reverseDepPlan';
import { envWithTests } from '../core/testBuilds';
import { UserError } from '../core/userError';
import { emergeInfoOf } from '../docker/emergeInfo';
import type { Ctx } from './ctx';
import { atomOfEbuild, type BuildRecord } from './builds';
import { registerCommand } from './commandRegistry';

const RDEPS_COMMAND = 'ebuildBuilder.buildReverseDeps';
const TESTS_COMMAND = 'ebuildBuilder.buildWithTests';
const REPORT_COMMAND = 'ebuildBuilder.draftBugReport';

const workspaceFolders = () => (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);

/** One build through the runner (a row in Builds, its terminal, cancel), with tests when asked. */
function buildOne(ctx: Ctx, ebuild: string, profile: string, withTests: boolean, quiet: boolean): Promise<BuildRecord> {
  return ctx.runner.track(
    { kind: 'build', ebuildPath: ebuild, profile, atom: atomOfEbuild(ebuild), quiet },
    (engine, config: BuildConfig) => ctx.runner.prepare(ebuild, profile, engine, withTests ? { ...config, env: envWithTests(config.env) } : config),
  );
}

async function buildWithTests(ctx: Ctx, arg: unknown): Promise<void> {
  const ebuild = await ctx.runner.checkTarget(ctx.runner.resolveTarget(arg));
  if (!ebuild) return;
  const profile = ctx.config.forResource(vscode.Uri.file(ebuild)).profile;
  await ctx.setLastBuild({ ebuildPath: ebuild, profile });
  await buildOne(ctx, ebuild, profile, true, false);
}

async function buildReverseDeps(ctx: Ctx, output: vscode.OutputChannel, arg: unknown): Promise<void> {
  const ebuild = await ctx.runner.checkTarget(ctx.runner.resolveTarget(arg));
  if (!ebuild) return;
  const uri = vscode.Uri.file(ebuild);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) throw new UserError(`${path.basename(ebuild)} is outside the workspace folders.`, 'Open its overlay as a folder first.', 'not-in-workspace');
  const config = ctx.config.forResource(uri);
  const { overlays } = await discoverOverlays(workspaceFolders(), { artifactsFolder: config.artifactsFolder });
  const plan = await planReverseDependencies(ebuild, overlays, builderTreeHere(config.gentooTree, config.engine, process.env));
  if (!plan.order.length) {
    const tree = plan.inTree.length ? ` In the builder's tree (not built from here): ${plan.inTree.map((r) => r.atom).join(', ')}.` : '';
    void vscode.window.showInformationMessage(`No ebuild of ${plan.repositories.join(', ')} depends on ${plan.target.atom}.${tree}`);
    return;
  }
  const items = plan.order.map((e) => ({ label: e.atom, description: e.reasons.join('; '), picked: true, entry: e }));
  const tests = { label: '$(beaker) with tests', description: 'FEATURES=test for every build', picked: false, entry: undefined };
  const picked = await vscode.window.showQuickPick([...items, tests], {
    canPickMany: true,
    title: `Reverse dependencies of ${plan.target.atom} (${config.profile})`,
    placeHolder: `Built after ${plan.target.atom}, each against the freshly built package${plan.targetUse.length ? `; they ask it for USE ${plan.targetUse.join(' ')}` : ''}`
      + (plan.inTree.length ? `; in the builder's tree, not built: ${plan.inTree.map((r) => r.atom).join(', ')}` : ''),
  });
  if (!picked?.length) return;
  const withTests = picked.includes(tests);
  const chosen = picked.flatMap((p) => (p.entry ? [p.entry] : []));
  output.appendLine(`Reverse dependencies of ${plan.target.atom} with profile ${config.profile}${withTests ? ', with tests' : ''}: ${chosen.length} to build after it`);
  const outcomes: AtomOutcome[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Reverse dependencies of ${plan.target.atom}`, cancellable: true }, async (progress, token) => {
    const all = [{ atom: plan.target.atom, path: ebuild }, ...chosen];
    let current: BuildRecord | undefined;
    const cancel = token.onCancellationRequested(() => current && void ctx.runner.cancel(current));
    try {
      for (const [i, e] of all.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${all.length}: ${e.atom}`, increment: 100 / all.length });
        const record = (current = await buildOne(ctx, e.path, config.profile, withTests, true));
        await ctx.runner.whenFinished(record);
        if (record.result) outcomes.push(await outcomeOf(e.atom, e.path, record.result));
        if (record.state === 'cancelled' || record.state === 'error') break;
        // Nothing to build the others against when the package itself did not build.
        if (i === 0 && record.state !== 'succeeded') break;
      }
    } finally {
      cancel.dispose();
    }
  });
  if (!outcomes.length) return;
  output.appendLine('\n' + summaryTable(outcomes, folder.uri.fsPath));
  const failed = outcomes.slice(1).filter((o) => o.result !== 'succeeded');
  const message = outcomes[0].result !== 'succeeded' ? `${plan.target.atom} did not build; its reverse dependencies were not built.`
    : failed.length ? `${failed.length} of ${outcomes.length - 1} reverse dependencies of ${plan.target.atom} failed: ${failed.map((o) => o.atom).join(', ')}`
      : `${plan.target.atom} and ${outcomes.length - 1} reverse dependencies built.`;
  const bad = outcomes[0].result !== 'succeeded' || failed.length > 0;
  const show = await (bad ? vscode.window.showErrorMessage(message, 'Show Summary') : vscode.window.showInformationMessage(message, 'Show Summary'));
  if (show) output.show();
}

/** A tree node, a record or a build id, as menus pass them. */
function recordOf(ctx: Ctx, arg: unknown): BuildRecord | undefined {
  if (typeof arg === 'string') return ctx.builds.get(arg);
  if (arg && typeof arg === 'object' && 'record' in arg) return (arg as { record: BuildRecord }).record;
  if (arg && typeof arg === 'object' && 'id' in arg && 'atom' in arg) return arg as BuildRecord;
  return undefined;
}

async function draftBugReport(ctx: Ctx, arg: unknown): Promise<void> {
  let record = recordOf(ctx, arg);
  if (!record) {
    const failed = ctx.builds.all().filter((b) => b.kind === 'build' && b.state === 'failed' && (b.result?.logPath ?? b.logPath));
    const pick = failed.length > 1 ? await vscode.window.showQuickPick(failed.map((b) => ({ label: b.atom, description: b.message, record: b })), { placeHolder: 'Draft a bug report for which failed build?' }) : failed[0] && { record: failed[0] };
    record = pick?.record;
  }
  const logPath = record?.result?.logPath ?? record?.logPath;
  if (!record || !logPath) throw new UserError('No failed build with a log to draft a report from.', 'Build the ebuild; when it fails, right-click its row in Builds → Draft Bug Report….', 'no-failed-build');
  const uri = vscode.Uri.file(record.ebuildPath);
  const config = ctx.config.forResource(uri);
  const workspace = record.workspaceFolder ?? vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(path.dirname(path.dirname(logPath)));
  const { overlays } = await discoverOverlays(workspaceFolders(), { artifactsFolder: config.artifactsFolder });
  const b = record;
  const written = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Bug report for ${b.atom}`, cancellable: true }, (progress, token) => writeBugReport({
    logPath, workspace, overridesFolder: config.overridesFolder, overlays, profile: b.profile, image: b.image, exitCode: b.result?.exitCode,
    reportDir: path.resolve(workspace, config.artifactsFolder, 'reports'),
    emergeInfo: async (ebuild, profile) => {
      progress.report({ message: `emerge --info in the ${profile} builder…` });
      // Through the runner like every container: a row in Builds, cancellable, cancelled with the window.
      let finished: Promise<string> | undefined;
      const run = await ctx.runner.track(
        { kind: 'emerge-info', ebuildPath: ebuild, profile, atom: `emerge --info (${profile})`, quiet: true, background: true, silentErrors: true },
        (engine, cfg) => new Promise((resolve, reject) => {
          finished = emergeInfoOf(ebuild, { workspaceFolders: workspaceFolders(), config: { ...cfg, profile }, profile, engine, onStart: (handle, spec) => resolve({ handle, spec }) });
          finished.catch(reject);
        }),
      );
      const sub = token.onCancellationRequested(() => void ctx.runner.cancel(run));
      try {
        return await finished!;
      } finally {
        sub.dispose();
      }
    },
  }));
  await vscode.window.showTextDocument(vscode.Uri.file(written.report), { preview: false });
  const choice = await vscode.window.showInformationMessage(
    `Bug report drafted: "${written.summary}". Review it, then paste it into the tracker and attach ${path.basename(written.attachment)}; nothing was sent.`,
    'Reveal Attachment');
  if (choice) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(written.attachment));
}

export function registerQaCommands(ctx: Ctx): void {
  const output = vscode.window.createOutputChannel('Ebuild Builder: Reverse dependencies');
  ctx.push(output);
  registerCommand(ctx, RDEPS_COMMAND, (arg) => buildReverseDeps(ctx, output, arg));
  registerCommand(ctx, TESTS_COMMAND, (arg) => buildWithTests(ctx, arg));
  registerCommand(ctx, REPORT_COMMAND, (arg) => draftBugReport(ctx, arg));
}
