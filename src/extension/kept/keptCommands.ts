/**
 * The debugging loop of a failed build: Keep for Debugging, Open Shell in Build, Rerun Phase…, the build's files,
 * Save Changes as Patch…, Discard. Kept builds of earlier sessions are listed again at activation; those past
 * `ebuildBuilder.keptBuilds.maxAgeHours` are removed then.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EmergeParser } from '../../core/emerge';
import type { KeptBuild } from '../../core/keptBuild';
import { addToPatches, patchFileName } from '../../core/patches';
import { discardKept, keepFailedContainer, listKept, pruneKept } from '../../docker/keptBuild';
import { diffAgainstPristine, packageFacts, rerunPhase } from '../../docker/keptActions';
import { rerunnablePhases } from '../../core/keptBuild';
import type { BuildHandle, BuildResult, RunEvent } from '../../core/buildRun';
import type { Ctx } from '../ctx';
import { type BuildRecord, engineLabel, isFinished } from '../builds';
import { BuildTerminal } from '../buildTerminal';
import { connectForVsCode } from '../engineConnect';
import { describeError, showError } from '../userErrors';
import { registerCommand } from '../commandRegistry';
import { KeptEngines } from './keptEngines';
import { KEPT_SCHEME, KeptFileSystem } from './keptFileSystem';
import { openKeptShell } from './keptShell';
import { Listeners } from '../../core/listeners';

const KEEP = 'ebuildBuilder.keepBuild';
/** Internal: a failed build nobody chose to keep gives its container back. */
const DROP_UNKEPT = 'ebuildBuilder.dropUnkept';

function recordArg(ctx: Ctx, arg: unknown): BuildRecord | undefined {
  if (typeof arg === 'string') return ctx.builds.get(arg);
  if (arg && typeof arg === 'object' && 'record' in arg) return (arg as { record: BuildRecord }).record;
  return undefined;
}

async function pickKept(ctx: Ctx, arg: unknown, what: string): Promise<BuildRecord | undefined> {
  const given = recordArg(ctx, arg);
  if (given?.kept) return given;
  const kept = ctx.builds.all().filter((b) => b.kept);
  if (!kept.length) {
    void vscode.window.showInformationMessage('No build is kept for debugging. When a build fails, choose "Keep for Debugging" (or turn on ebuildBuilder.keepContainerOnFailure).');
    return undefined;
  }
  if (kept.length === 1) return kept[0];
  const p = await vscode.window.showQuickPick(kept.map((b) => ({ label: b.atom, description: `${b.profile} · ${b.engine}`, record: b })), { placeHolder: what });
  return p?.record;
}

/** Keeps a failed build whose exited container is still there (the notification's and the row's "Keep for Debugging"). */
async function keepBuild(ctx: Ctx, engines: KeptEngines, record: BuildRecord): Promise<KeptBuild | undefined> {
  if (record.kept) return record.kept;
  const r = record.result;
  if (!r?.keepable || !r.containerId) {
    void vscode.window.showInformationMessage(`${record.atom} can no longer be kept: its container is gone. Build again and keep the failure.`);
    return undefined;
  }
  try {
    const engine = await engines.engineFor(record);
    record.kept = await keepFailedContainer(engine, r.containerId, r.keepable);
    ctx.builds.changed(record);
    ctx.log.info(`build ${record.id}: kept as ${record.kept.container.slice(0, 12)}`);
    return record.kept;
  } catch (e) {
    await showError(e, ctx.log);
    return undefined;
  }
}

/** A failed build nobody kept: its exited container goes (called when the user answers otherwise, or closes). */
async function dropUnkept(engines: KeptEngines, record: BuildRecord): Promise<void> {
  const r = record.result;
  if (record.kept || !r?.keepable || !r.containerId) return;
  const engine = await engines.engineFor(record).catch(() => undefined);
  await engine?.docker.getContainer(r.containerId).remove({ force: true, v: true }).catch(() => undefined);
  r.keepable = undefined;
}

/** Runs a phase again in the kept build: output in the build's terminal, findings as for a build, the row's state. */
async function rerun(ctx: Ctx, engines: KeptEngines, record: BuildRecord): Promise<void> {
  const kept = engines.keptOf(record);
  const engine = await engines.engineFor(record);
  const facts = await packageFacts(engine, kept);
  const phases = rerunnablePhases(facts.eapi, facts.definedPhases);
  const failed = record.message?.match(/\b(unpack|prepare|configure|compile|test|install|package) phase/)?.[1];
  const items = phases.map((p) => ({ label: p, description: p === failed ? 'the phase that failed' : undefined, phase: p }));
  items.sort((a, b) => Number(b.phase === failed) - Number(a.phase === failed));
  const phase = await vscode.window.showQuickPick(items, { title: `Rerun a phase of ${record.atom} (EAPI ${facts.eapi})`, placeHolder: 'ebuild <ebuild> <phase>, with the workspace\'s current ebuild and files/' });
  if (!phase) return;
  const how = phase.phase === 'package' ? { go: false } : await vscode.window.showQuickPick(
    [{ label: `Only ${phase.phase}`, go: false }, { label: `${phase.phase}, then on to the binary package`, go: true }], { title: 'And then?' });
  if (!how) return;

  const listeners = new Listeners<RunEvent>();
  const emit = (e: RunEvent) => listeners.emit(e);
  let finish: (r: BuildResult) => void = () => undefined;
  const done = new Promise<BuildResult>((r) => (finish = r));
  // The rerun as a run of its own, so the terminal, the findings and the row follow it as they follow a build.
  const handle: BuildHandle = { id: `${record.id}-rerun-${Date.now()}`, onEvent: (l) => listeners.add(l), cancel: async () => undefined, done };
  const terminal = ctx.terminals.get(record.id) ?? new BuildTerminal(record, () => undefined);
  ctx.terminals.set(record.id, terminal);
  terminal.show();
  record.handle = handle;
  record.transcript = [];
  record.state = 'running';
  record.message = undefined;
  ctx.builds.changed(record);
  terminal.status(`rerun: ebuild ${path.posix.basename(kept.info.ebuild)} ${phase.phase}${how.go ? ', then package' : ''}`);
  const started = Date.now();
  const parser = new EmergeParser(() => undefined);
  try {
    const folder = record.workspaceFolder ?? path.dirname(record.ebuildPath);
    const artifactsDir = path.resolve(folder, ctx.config.forResource(vscode.Uri.file(record.ebuildPath)).artifactsFolder);
    const r = await rerunPhase(engine, kept, phase.phase, {
      continueToPackage: how.go, artifactsDir,
      onOutput: (stream, data) => {
        terminal.output(data);
        record.transcript.push(data.toString('utf8'));
        parser.push(data, stream);
        emit({ type: 'output', stream, data });
      },
    });
    const ok = r.exitCode === 0;
    record.state = ok && r.ran.includes('package') ? 'succeeded' : 'failed';
    record.message = ok ? `${r.ran.join(' → ')} succeeded in the kept build${r.ran.includes('package') ? '' : '; rerun "package" (or continue) to make the binary package'}` : `${phase.phase} failed again in the kept build (exit ${r.exitCode})`;
    record.result = { ...(record.result ?? { image: kept.image, argv: [] }), state: record.state, exitCode: r.exitCode, artifacts: [...new Set([...(record.result?.artifacts ?? []), ...r.artifacts])], durationMs: Date.now() - started, kept: { id: kept.id, container: kept.container } } as BuildResult;
  } catch (e) {
    record.state = 'error';
    record.message = describeError(e);
    void showError(e, ctx.log);
  } finally {
    parser.end();
    record.endedAt = Date.now();
    emit({ type: 'state', state: record.state });
    finish(record.result ?? { state: 'error', artifacts: [], durationMs: 0, image: kept.image, argv: [] });
    terminal.status(`rerun: ${record.message ?? record.state}`);
    ctx.builds.changed(record);
  }
}

async function savePatch(engines: KeptEngines, record: BuildRecord): Promise<void> {
  const kept = engines.keptOf(record);
  const name = await vscode.window.showInputBox({
    title: `Save the changes in ${record.atom}'s WORKDIR as a patch`,
    prompt: `The patch goes to files/ of ${kept.info.category}/${kept.info.pn} (a/ b/ paths, for patch -p1)`,
    value: `${kept.info.pf}-fix.patch`,
    validateInput: (v) => (patchFileName(v) ? undefined : 'Letters, digits and ._+- only, e.g. broken-1.0-semicolon.patch'),
  });
  if (!name) return;
  const file = path.join(kept.info.hostPackageDir, 'files', patchFileName(name)!);
  if (await fs.stat(file).then(() => true, () => false)) {
    const replace = await vscode.window.showWarningMessage(`${path.basename(file)} exists in files/.`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return;
  }
  const diff = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Comparing ${record.atom}'s WORKDIR with a pristine unpack…` },
    async () => diffAgainstPristine(await engines.engineFor(record), kept));
  if (!diff.patch) return void vscode.window.showInformationMessage(`\${S} of ${record.atom} is the same as a pristine unpack: there is nothing to save.`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, diff.patch);
  await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
  const skipped = diff.skipped.length ? ` Not in it (new or binary): ${diff.skipped.slice(0, 3).join(', ')}${diff.skipped.length > 3 ? '…' : ''}.` : '';
  const add = await vscode.window.showInformationMessage(`Saved ${path.basename(file)} (${diff.files.join(', ')}).${skipped}`, 'Add to PATCHES');
  if (add !== 'Add to PATCHES') return;
  const ebuild = vscode.Uri.file(record.ebuildPath);
  const doc = await vscode.workspace.openTextDocument(ebuild);
  const next = addToPatches(doc.getText(), path.basename(file));
  if (next === doc.getText()) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(ebuild, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), next);
  await vscode.workspace.applyEdit(edit);
  await doc.save();
  await vscode.window.showTextDocument(doc);
}

/** Kept builds of this window's workspace folders on the engine become rows again; old ones are removed. */
async function restoreKept(ctx: Ctx): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  if (!folders.length || !vscode.workspace.isTrusted) return;
  const config = ctx.config.forResource(vscode.workspace.workspaceFolders?.[0]?.uri);
  const hours = ctx.config.editor().keptMaxAgeHours;
  // At start-up nobody asked: an unknown host key waits for the first build to ask about it.
  const engine = await connectForVsCode(ctx, config, { background: true });
  try {
    for (const k of await pruneKept(engine, hours * 3600_000)) ctx.log.info(`kept build ${k.id} (${k.atom}) removed: older than ${hours} h`);
    for (const k of await listKept(engine)) {
      if (!folders.includes(k.workspace) || ctx.builds.get(k.id)) continue;
      const pf = k.info.pf;
      ctx.builds.restore({
        id: k.id, kind: 'build', atom: k.atom.replace(/^=/, '').replace(/::.*$/, '') || pf, ebuildPath: path.join(k.info.hostPackageDir, `${pf}.ebuild`), workspaceFolder: k.workspace,
        profile: k.profile, engine: engineLabel(engine.url), state: 'failed', startedAt: k.created.getTime(), endedAt: k.created.getTime(), kept: k,
        message: 'kept for debugging in an earlier session',
      });
    }
  } finally {
    await engine.close();
  }
}

export function registerKeptBuilds(ctx: Ctx): { engines: KeptEngines } {
  const engines = new KeptEngines(ctx);
  const onKept = (f: (record: BuildRecord) => Promise<unknown>, what: string) => async (arg: unknown) => {
    const record = await pickKept(ctx, arg, what);
    if (record) await f(record);
  };
  ctx.push(engines, vscode.workspace.registerFileSystemProvider(KEPT_SCHEME, new KeptFileSystem(ctx, engines), { isCaseSensitive: true }));
  registerCommand(ctx, KEEP, async (arg) => {
    const record = recordArg(ctx, arg);
    if (record) await keepBuild(ctx, engines, record);
  });
  registerCommand(ctx, DROP_UNKEPT, async (arg) => {
    const record = recordArg(ctx, arg);
    if (record) await dropUnkept(engines, record);
  });
  registerCommand(ctx, 'ebuildBuilder.openShell', onKept(async (r) => openKeptShell(r, engines), 'Open a shell in which kept build?'));
  registerCommand(ctx, 'ebuildBuilder.rerunPhase', onKept((r) => rerun(ctx, engines, r), 'Rerun a phase of which kept build?'));
  registerCommand(ctx, 'ebuildBuilder.savePatch', onKept((r) => savePatch(engines, r), 'Save the changes of which kept build?'));
  registerCommand(ctx, 'ebuildBuilder.discardKept', onKept(async (r) => {
    await discardKept(await engines.engineFor(r), engines.keptOf(r));
    r.kept = undefined;
    ctx.builds.changed(r);
  }, 'Discard which kept build?'));
  // A failed build nobody kept loses its container when the window goes.
  ctx.beforeClose.push(() => Promise.all(ctx.builds.all().filter((b) => isFinished(b) && b.result?.keepable && !b.kept).map((b) => dropUnkept(engines, b))));
  void restoreKept(ctx).catch((e) => ctx.log.warn(`kept builds: ${describeError(e)}`));
  return { engines };
}
