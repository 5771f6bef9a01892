/**
 * From a click to a running build: checks what the user can fix first (not an ebuild, unsaved, already building),
 * starts the build engine, and wires its events into the record, the terminal and the progress notification.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { prepareBuild } from '../docker/buildEbuild';
import { connectForVsCode } from './engineConnect';
import type { Engine } from '../docker/engine';
import type { BuildHandle, RunEvent } from '../core/buildRun';
import type { BuildConfig } from '../core/buildConfig';
import type { ContainerSpec } from '../core/buildModel';
import { isUserError } from '../core/userError';
import type { Ctx } from './ctx';
import { atomOfEbuild, BuildRecord, engineLabel, isFinished, type RunKind } from './builds';
import { BuildTerminal } from './buildTerminal';
import { describeProgress, ProgressTracker } from './buildProgress';
import { describeError, showError } from './userErrors';

export interface StartOptions {
  /** A task supplies its own terminal. */
  makeTerminal?: (record: BuildRecord) => BuildTerminal;
  /** Do not show the progress notification (tasks and USE matrices show their own). */
  quiet?: boolean;
  /** Do not bring the terminal to the front (runs the user did not ask to watch, e.g. pkgcheck). */
  background?: boolean;
  /** Errors go to the caller (thrown, no notification), which words them for its own purpose. */
  silentErrors?: boolean;
  /** Overrides folder for this build only (a USE combination's). */
  overridesFolder?: string;
  /** An engine already connected (a swarm run's, whose jobs are rows): used as it is, and left open for its owner. */
  engine?: Engine;
}


/**
 * Saves a document, or accepts a save that happens meanwhile: with auto-save (the default in a browser VS Code)
 * the file may be saved while the question is open, and a `save()` racing that auto-save can stay unresolved.
 */
async function saveNow(doc: vscode.TextDocument): Promise<boolean> {
  if (!doc.isDirty) return true;
  let saved: vscode.Disposable | undefined;
  const autoSaved = new Promise<boolean>((resolve) => {
    saved = vscode.workspace.onDidSaveTextDocument((d) => { if (d.uri.toString() === doc.uri.toString()) resolve(true); });
  });
  try {
    return await Promise.race([Promise.resolve(doc.save()).then((ok) => ok || !doc.isDirty), autoSaved]);
  } finally {
    saved?.dispose();
  }
}

export class BuildRunner {
  constructor(private readonly ctx: Ctx) {}

  /** The ebuild a command was invoked on: the explorer/editor argument, else the active editor. */
  resolveTarget(arg?: unknown): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri) return arg;
    return vscode.window.activeTextEditor?.document.uri;
  }

  /** Checks the user can fix before anything runs; returns the ebuild's file path, or undefined after saying why. */
  async checkTarget(uri: vscode.Uri | undefined): Promise<string | undefined> {
    if (!vscode.workspace.isTrusted) {
      const choice = await vscode.window.showWarningMessage(
        'Builds are disabled in Restricted Mode: a build runs this workspace\'s ebuilds in a container. Trust the workspace to build.',
        'Manage Workspace Trust');
      if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
      return undefined;
    }
    if (!uri) {
      void vscode.window.showErrorMessage('No ebuild to build. Open an .ebuild file, or right-click one in the Explorer and choose a Build command.');
      return undefined;
    }
    const name = path.basename(uri.path);
    if (!name.endsWith('.ebuild')) {
      void vscode.window.showErrorMessage(`"${name}" is not an ebuild. Builds start from a <package>-<version>.ebuild file in an overlay.`);
      return undefined;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (uri.scheme !== 'file' || doc?.isUntitled) {
      const choice = await vscode.window.showErrorMessage(
        `"${name}" is not saved on disk. Save it inside an overlay (category/package/${name}) first: the container reads files from disk.`, 'Save As…');
      if (choice) await vscode.commands.executeCommand('workbench.action.files.saveAs');
      return undefined;
    }
    if (doc?.isDirty) {
      const choice = await vscode.window.showWarningMessage(
        `"${name}" has unsaved changes. The container reads the saved file.`, { modal: false }, 'Save and Build', 'Build Saved Version');
      if (!choice) return undefined;
      if (choice === 'Save and Build' && !(await saveNow(doc))) {
        void vscode.window.showErrorMessage(`Could not save "${name}"; the build did not start.`);
        return undefined;
      }
    }
    return uri.fsPath;
  }

  /** Entry point of the Build commands. */
  async buildCommand(arg: unknown, profile?: string): Promise<BuildRecord | undefined> {
    const ebuildPath = await this.checkTarget(this.resolveTarget(arg));
    if (!ebuildPath) return undefined;
    const chosen = profile ?? this.ctx.config.forResource(vscode.Uri.file(ebuildPath)).profile;
    const running = this.ctx.builds.runningFor(ebuildPath);
    if (running) {
      const choice = await vscode.window.showWarningMessage(
        `${running.atom} is already building (${running.profile}, ${running.state}). Two builds of one ebuild would share its caches and artifacts.`,
        'Cancel It and Build', 'Build When It Finishes', 'Show Output');
      if (choice === 'Show Output') this.ctx.showTerminal(running.id);
      if (choice === 'Cancel It and Build') await this.cancel(running);
      else if (choice === 'Build When It Finishes') await this.whenFinished(running);
      else return undefined;
    }
    return this.start(ebuildPath, chosen);
  }

  async start(ebuildPath: string, profile: string, opts: StartOptions = {}): Promise<BuildRecord> {
    await this.ctx.setLastBuild({ ebuildPath, profile });
    const record = await this.track({ kind: 'build', ebuildPath, profile, atom: atomOfEbuild(ebuildPath), ...opts },
      (engine, config) => this.prepare(ebuildPath, profile, engine, config, opts));
    // An earlier failure of this ebuild that nobody kept gives its container back.
    for (const old of this.ctx.builds.all()) {
      if (old !== record && old.ebuildPath === ebuildPath && old.result?.keepable && !old.kept) void vscode.commands.executeCommand('ebuildBuilder.dropUnkept', old.id);
    }
    return record;
  }

  /** A build of the ebuild on `engine` (for track()): a failure's container waits for "Keep for Debugging". */
  async prepare(ebuildPath: string, profile: string, engine: Engine, config: BuildConfig, opts: { overridesFolder?: string } = {}) {
    const workspaceFolders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    const prepared = await prepareBuild(ebuildPath, { workspaceFolders, config: { ...config, profile }, profile, engine, offerKeep: true, overridesFolder: opts.overridesFolder });
    return { handle: prepared.handle, spec: prepared.spec, logPath: prepared.logPath };
  }

  /**
   * The one way the extension runs a container (a build, a USE combination, pkgcheck, publishing, a refresh): the
   * engine through connectForVsCode (its prompts), a row in Builds with a terminal, cancel from the row, the
   * notification or a closing window, and `clean` leaves it alone while it runs.
   */
  async track(
    what: StartOptions & { kind: RunKind; ebuildPath: string; profile: string; atom: string },
    begin: (engine: Engine, config: BuildConfig) => Promise<{ handle: BuildHandle; spec?: ContainerSpec; logPath?: string }>,
  ): Promise<BuildRecord> {
    const uri = vscode.Uri.file(what.ebuildPath);
    const config = this.ctx.config.forResource(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const record = this.ctx.builds.create({
      kind: what.kind, atom: what.atom, ebuildPath: what.ebuildPath, workspaceFolder: folder?.uri.fsPath, profile: what.profile,
      engine: engineLabel(config.engine ?? process.env.DOCKER_HOST ?? ''),
    });
    // A task's terminal exists from the start; a build's own terminal opens once the build can run, so a
    // request that cannot (no overlay, engine down) is one clear message rather than a terminal and a list entry.
    const taskTerminal = what.makeTerminal?.(record);
    if (taskTerminal) this.ctx.terminals.set(record.id, taskTerminal);
    this.ctx.log.info(`${what.kind} ${record.id}: ${record.atom} profile=${what.profile} engine=${record.engine}`);

    let handle: BuildHandle;
    let engine: Engine | undefined;
    try {
      engine = what.engine ?? (await connectForVsCode(this.ctx, config));
      const begun = await begin(engine, config);
      handle = begun.handle;
      record.image = begun.spec?.image;
      record.entrypoint = begun.spec?.entrypoint;
      record.argv = begun.spec?.argv;
      record.notes = begun.spec?.notes;
      record.logPath = begun.logPath;
      record.engine = engineLabel(engine.url);
    } catch (e) {
      record.state = 'error';
      record.endedAt = Date.now();
      record.message = describeError(e);
      this.ctx.log.warn(`${what.kind} ${record.id}: ${record.message}`);
      if (!what.engine) void engine?.close();
      if (taskTerminal) {
        taskTerminal.header();
        taskTerminal.footer();
        this.ctx.builds.changed(record);
      } else {
        this.ctx.builds.remove(record.id);
      }
      if (isUserError(e) && e.code === 'engine-unreachable') this.ctx.setEngineReachable(false, e.message);
      if (!what.silentErrors) void showError(e, this.ctx.log);
      else throw e;
      return record;
    }
    record.handle = handle;
    const terminal = taskTerminal ?? new BuildTerminal(record, () => void this.cancel(record));
    this.ctx.terminals.set(record.id, terminal);
    if (!taskTerminal && !what.background) terminal.show();
    terminal.header();
    this.ctx.setEngineReachable(true);
    this.follow(record, handle, terminal, !what.silentErrors);
    // The engine (an ssh one holds a connection) lives as long as its build.
    const connected = what.engine ? undefined : engine;
    void handle.done.catch(() => undefined).finally(() => void connected?.close());
    if (!what.quiet) this.showProgress(record);
    if (record.cancelRequested) void handle.cancel();
    return record;
  }

  private follow(record: BuildRecord, handle: BuildHandle, terminal: BuildTerminal, announce: boolean): void {
    const tracker = new ProgressTracker({
      progress: (p) => { record.progress = p; this.ctx.builds.changed(record); },
      failure: (summary) => { record.message = summary; },
    });
    const unsubscribe = handle.onEvent((e: RunEvent) => {
      switch (e.type) {
        case 'state':
          record.state = e.state;
          if (!isFinished(record) && e.state !== 'running') terminal.status(`${e.state}${e.detail ? `: ${e.detail}` : ''}`);
          this.ctx.builds.changed(record);
          break;
        case 'output':
          terminal.output(e.data);
          record.transcript.push(e.data.toString('utf8'));
          tracker.push(e.data, e.stream);
          break;
        case 'transfer':
          // Remote engines: the overlay goes up before the build, packages come down after it.
          terminal.status(`${e.direction === 'upload' ? 'uploaded' : 'downloaded'} ${(e.bytes / 1024).toFixed(0)} KiB in ${e.ms} ms`);
          break;
        case 'pull-progress':
          if (e.status && !e.current) terminal.status(`pull: ${e.status}${e.id ? ` ${e.id}` : ''}`);
          break;
      }
    });
    handle.done.then(
      (result) => {
        record.result = result;
        record.state = result.state;
        record.image ??= result.image;
        record.argv ??= result.argv;
        if (result.error) record.message = describeError(result.error);
        if (result.error && isUserError(result.error) && ['engine-unreachable', 'engine-lost'].includes(result.error.code)) {
          this.ctx.setEngineReachable(false, result.error.message);
        }
      },
      (e: unknown) => {
        record.state = 'error';
        record.message = describeError(e);
      },
    ).finally(() => {
      unsubscribe();
      tracker.end();
      record.endedAt = Date.now();
      terminal.header();
      terminal.footer();
      this.ctx.builds.changed(record);
      this.ctx.log.info(`build ${record.id}: ${record.state}${record.result?.logPath ? ` log=${record.result.logPath}` : ''}`);
      if (announce) void this.announce(record);
    });
  }

  /** A cancellable notification that follows the build until it ends. */
  private showProgress(record: BuildRecord): void {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Building ${record.atom}`, cancellable: true },
      (progress, token) => new Promise<void>((resolve) => {
        const report = () => progress.report({ message: describeProgress(record.progress, `${record.state}…`, this.ctx.buildsView.estimateOf?.(record)?.ms) });
        report();
        const sub = this.ctx.builds.onDidChange((b) => {
          if (b && b !== record) return;
          if (isFinished(record)) { sub.dispose(); resolve(); } else report();
        });
        token.onCancellationRequested(() => void this.cancel(record));
        if (isFinished(record)) { sub.dispose(); resolve(); }
      }),
    );
  }

  /** Only failures interrupt the user; a success shows in the tree, the status bar and the terminal. */
  private async announce(record: BuildRecord): Promise<void> {
    if (record.state !== 'failed' && record.state !== 'error') return;
    const what = record.state === 'failed' ? 'failed' : 'stopped';
    // The parser's summary already names the package and phase (`app-misc/x-1.0 failed in the compile phase: …`).
    const text = record.message?.startsWith(record.atom) ? record.message : `Build of ${record.atom} ${what}${record.message ? `: ${record.message}` : '.'}`;
    const keepable = Boolean(record.result?.keepable) && !record.kept;
    const kept = record.kept ? ['Open Shell in Build'] : [];
    const choice = await vscode.window.showErrorMessage(text, ...(keepable ? ['Keep for Debugging'] : kept), 'Open Build Log', 'Show Output');
    if (choice === 'Keep for Debugging') {
      await vscode.commands.executeCommand('ebuildBuilder.keepBuild', record.id);
      if (record.kept) {
        const next = await vscode.window.showInformationMessage(`${record.atom} is kept for debugging: a shell in \${S}, a phase again, its WORKDIR under its row in Builds.`, 'Open Shell in Build', 'Rerun Phase…');
        if (next === 'Open Shell in Build') await vscode.commands.executeCommand('ebuildBuilder.openShell', record.id);
        if (next === 'Rerun Phase…') await vscode.commands.executeCommand('ebuildBuilder.rerunPhase', record.id);
      }
      return;
    }
    if (choice === 'Open Shell in Build') return void vscode.commands.executeCommand('ebuildBuilder.openShell', record.id);
    // Dismissed: nobody will keep it. (Looking at the log or the output leaves the row's "Keep for Debugging" open.)
    if (keepable && choice === undefined) void vscode.commands.executeCommand('ebuildBuilder.dropUnkept', record.id);
    if (choice === 'Open Build Log') await vscode.commands.executeCommand('ebuildBuilder.openBuildLog', record.id);
    if (choice === 'Show Output') this.ctx.showTerminal(record.id);
  }

  /** Resolves once the build is over and its terminal has its footer (`endedAt` is set just before the footer). */
  whenFinished(record: BuildRecord): Promise<void> {
    const over = () => isFinished(record) && record.endedAt !== undefined;
    if (over()) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.ctx.builds.onDidChange(() => {
        if (over()) { sub.dispose(); resolve(); }
      });
    });
  }

  async cancel(record: BuildRecord): Promise<void> {
    if (isFinished(record)) return;
    const terminal = this.ctx.terminals.get(record.id);
    terminal?.status('cancelling: stopping the container…');
    if (!record.handle) {
      // Still preparing (pulling, uploading): cancel as soon as the engine hands back the build.
      record.cancelRequested = true;
      return;
    }
    await record.handle.cancel();
  }
}
