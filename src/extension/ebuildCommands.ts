/**
 * Ebuild editing commands, as ebuild-mode users know them: new ebuild from the skeleton, bump the
 * version (copy to a new version file), run pkgcheck (in the builder container, or installed here) and show its
 * results as diagnostics.
 */
import { execFile } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { splitPackageVersion } from '../core/atom';
import { bumpedEbuildPath, ebuildSkeleton, splitEbuildFile, suggestedBumps } from '../core/ebuildSkeleton';
import { UserError } from '../core/userError';
import { runPkgcheckInContainer, type PkgcheckRun } from '../docker/pkgcheckRun';
import { parseJsonStream, pkgcheckArgs } from '../core/pkgcheck';
import type { Ctx } from './ctx';
import { registerCommand } from './commandRegistry';
import { isRepositoryRoot } from '../core/repoFiles';

function repoRootOf(file: string): string | undefined {
  let dir = path.dirname(file);
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) if (isRepositoryRoot(dir)) return dir;
  return undefined;
}

function targetEbuild(uri?: vscode.Uri): string {
  const file = uri?.fsPath ?? vscode.window.activeTextEditor?.document.uri.fsPath;
  if (!file?.endsWith('.ebuild')) throw new UserError('No ebuild is selected.', 'Open an .ebuild file or right-click one in the explorer.', 'no-ebuild');
  return file;
}

async function newEbuild(uri?: vscode.Uri): Promise<void> {
  const base = uri?.fsPath ?? (vscode.window.activeTextEditor ? path.dirname(vscode.window.activeTextEditor.document.uri.fsPath) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
  if (!base) throw new UserError('There is no folder to create the ebuild in.', 'Open an overlay folder first.', 'no-folder');
  const atRoot = isRepositoryRoot(base);
  const answer = await vscode.window.showInputBox({
    title: 'New ebuild',
    prompt: atRoot ? 'category/package-version, e.g. app-misc/hello-1.0' : `package-version inside ${base}, e.g. ${path.basename(base)}-1.0`,
    value: atRoot ? '' : `${path.basename(base)}-1.0`,
  });
  if (!answer) return;
  const [category, pnv] = atRoot ? answer.trim().split('/') : ['', answer.trim()];
  const split = splitPackageVersion(pnv ?? '');
  if (!split || (atRoot && !category)) throw new UserError(`"${answer}" is not ${atRoot ? 'category/' : ''}package-version.`, 'Enter e.g. app-misc/hello-1.0.', 'bad-name');
  const file = atRoot ? path.join(base, category, split.pn, `${pnv}.ebuild`) : path.join(base, `${pnv}.ebuild`);
  splitEbuildFile(file);
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.writeFile(file, ebuildSkeleton({ year: new Date().getFullYear() }), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${file} already exists.`, 'Choose another version, or use Bump Ebuild Version.', 'exists');
    throw e;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(file));
}

async function bumpEbuild(uri?: vscode.Uri): Promise<void> {
  const file = targetEbuild(uri);
  const { pn, pvr } = splitEbuildFile(file);
  const version = await vscode.window.showInputBox({
    title: `Bump ${pn}-${pvr}`, prompt: 'New version', value: suggestedBumps(pvr)[0],
    validateInput: (v) => {
      try {
        bumpedEbuildPath(file, v);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  if (!version) return;
  const target = bumpedEbuildPath(file, version);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
  if (doc?.isDirty) await doc.save();
  try {
    await fs.copyFile(file, target, constants.COPYFILE_EXCL);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${path.basename(target)} already exists.`, 'Open it, or choose another version.', 'exists');
    throw e;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(target));
}

/** pkgcheck installed where VS Code runs (ebuildBuilder.pkgcheck.inContainer false): its JsonStream output. */
function runLocalPkgcheck(file: string, repo: string): Promise<string> {
  const pkgDir = path.dirname(file);
  const argv = pkgcheckArgs(repo, path.basename(path.dirname(pkgDir)), path.basename(pkgDir));
  return new Promise<string>((resolve, reject) => {
    execFile(argv[0], argv.slice(1), { maxBuffer: 64 * 1048576, timeout: 300000 }, (err, stdout) => {
      if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
        reject(new UserError('pkgcheck is not installed on this machine.',
          'Install pkgcheck (dev-util/pkgcheck) where VS Code runs, or set ebuildBuilder.pkgcheck.inContainer to true to run it in the builder image.', 'pkgcheck-missing'));
      } else resolve(stdout);
    });
  });
}

/**
 * pkgcheck in the builder image, with the overlays and tree of a Gentoo build (src/docker/pkgcheckRun.ts), run
 * through the build runner: the engine's prompts, a row in Builds, cancel from there or the notification.
 */
async function runContainerPkgcheck(ctx: Ctx, file: string, token: vscode.CancellationToken): Promise<string> {
  if (!vscode.workspace.isTrusted) {
    throw new UserError('pkgcheck in the builder container is disabled in Restricted Mode: it runs the workspace\'s ebuilds in a container.', 'Trust the workspace, or set ebuildBuilder.pkgcheck.inContainer to false.', 'untrusted');
  }
  const uri = vscode.Uri.file(file);
  const image = ctx.config.editor(uri).pkgcheck.image;
  const pkgDir = path.dirname(file);
  let finished: Promise<PkgcheckRun> | undefined;
  const record = await ctx.runner.track(
    { kind: 'pkgcheck', ebuildPath: file, profile: ctx.config.forResource(uri).profile, atom: `pkgcheck ${path.basename(path.dirname(pkgDir))}/${path.basename(pkgDir)}`, quiet: true, background: true, silentErrors: true },
    (engine, config) => new Promise((resolve, reject) => {
      finished = runPkgcheckInContainer(file, {
        workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
        config, engine, image: image || undefined, onStart: (handle, spec) => resolve({ handle, spec }),
      });
      finished.catch(reject);
    }),
  );
  const sub = token.onCancellationRequested(() => void ctx.runner.cancel(record));
  try {
    return (await finished!).output;
  } finally {
    sub.dispose();
  }
}

async function runPkgcheck(ctx: Ctx, uri?: vscode.Uri): Promise<void> {
  const file = targetEbuild(uri);
  const repo = repoRootOf(file);
  if (!repo) throw new UserError(`${file} is not inside an ebuild repository (no profiles/repo_name or metadata/layout.conf above it).`, 'Open the ebuild from its overlay.', 'not-in-overlay');
  const pkgDir = path.dirname(file);
  const inContainer = ctx.config.editor(vscode.Uri.file(file)).pkgcheck.inContainer;
  const output = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `pkgcheck ${path.basename(pkgDir)}${inContainer ? ' in the builder container' : ''}`, cancellable: inContainer },
    (_progress, token) => (inContainer ? runContainerPkgcheck(ctx, file, token) : runLocalPkgcheck(file, repo)),
  );
  const client = await ctx.languageClient;
  if (!client) throw new UserError('The ebuild language server is not running, so pkgcheck results cannot be shown.', 'Reload the window.', 'no-language-server');
  await client.sendNotification('ebuild/pkgcheckResults', { uri: vscode.Uri.file(file).toString(), output });
  const count = parseJsonStream(output).length;
  void vscode.window.showInformationMessage(`pkgcheck: ${count} result${count === 1 ? '' : 's'} for ${path.basename(pkgDir)}; see the Problems panel.`);
}

export function registerEbuildCommands(ctx: Ctx): void {
  const uriOf = (arg: unknown) => (arg instanceof vscode.Uri ? arg : undefined);
  registerCommand(ctx, 'ebuildBuilder.newEbuild', (arg) => newEbuild(uriOf(arg)));
  registerCommand(ctx, 'ebuildBuilder.bumpEbuild', (arg) => bumpEbuild(uriOf(arg)));
  registerCommand(ctx, 'ebuildBuilder.runPkgcheck', (arg) => runPkgcheck(ctx, uriOf(arg)));
}
