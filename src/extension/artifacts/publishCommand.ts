/**
 * "Publish artifacts as a binhost…": one artifacts folder, one of three ways (src/core/binpkg/binhost.ts, or a
 * container through src/docker/publishRun.ts), with progress and cancel, and a result that says how clients
 * use it. Container output goes to the extension's log; nothing in the folder changes unless the run succeeded.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { publishBinhost } from '../../core/binpkg/binhost';
import { checkEntropyRepoName, EIT_DEFAULT_IMAGE, type PublishMethod } from '../../core/profiles/publish';
import { GENTOO_DEFAULT_IMAGE } from '../../core/profiles/gentoo';
import { isUserError, UserError } from '../../core/userError';
import { runPublishInContainer, type PublishRunResult } from '../../docker/publishRun';
import { readBuildConfig } from '../config';
import type { Ctx } from '../ctx';
import type { ArtifactNode } from './artifactsView';

const LAST_REPO_KEY = 'ebuildBuilder.publish.lastEntropyRepository';

interface Target {
  root: string;
  folder?: vscode.WorkspaceFolder;
}

function targets(ctx: Ctx): Target[] {
  const seen = new Map<string, Target>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const root = path.resolve(folder.uri.fsPath, ctx.config.forResource(folder.uri).artifactsFolder);
    if (!seen.has(root)) seen.set(root, { root, folder });
  }
  return [...seen.values()];
}

async function pickTarget(ctx: Ctx, arg: unknown): Promise<Target | undefined> {
  const all = targets(ctx);
  const node = arg as ArtifactNode | undefined;
  const wanted = arg instanceof vscode.Uri ? arg.fsPath
    : node?.kind === 'root' || node?.kind === 'category' ? node.root
      : node?.kind === 'package' ? all.find((t) => node.entry.file.startsWith(t.root + path.sep))?.root : undefined;
  if (wanted) return all.find((t) => t.root === wanted) ?? { root: wanted, folder: vscode.workspace.getWorkspaceFolder(vscode.Uri.file(wanted)) };
  if (all.length <= 1) {
    if (!all.length) throw new UserError('There is no workspace folder, so there is no artifacts folder to publish.', 'Open the folder that holds your overlay.', 'no-workspace');
    return all[0];
  }
  const picked = await vscode.window.showQuickPick(all.map((t) => ({ label: path.basename(t.root), description: t.folder?.name, detail: t.root, t })),
    { placeHolder: 'Publish which artifacts folder?' });
  return picked?.t;
}

async function pickMethod(target: Target): Promise<PublishMethod | undefined> {
  const { config } = readBuildConfig(target.folder?.uri);
  const items: (vscode.QuickPickItem & { method: PublishMethod })[] = [
    { method: 'index', label: '$(file-binary) Write the Packages index', description: 'built in, no container',
      detail: 'Packages and Packages.gz as Portage writes them; serve the folder and point PORTAGE_BINHOST or binrepos.conf at it.' },
    { method: 'emaint', label: '$(package) Run emaint binhost --fix in the Gentoo builder', description: config.images.gentoo ?? GENTOO_DEFAULT_IMAGE,
      detail: 'Portage itself writes Packages over a copy of the folder in the container; the index comes back here.' },
    { method: 'entropy', label: '$(database) Make an Entropy repository (Sabayon eit)', description: config.images.eit ?? EIT_DEFAULT_IMAGE,
      detail: 'eit init, inject, commit and push of the .tbz2 packages into a repository folder beside the artifacts folder.' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: `Publish ${target.root} as…`, matchOnDetail: true }))?.method;
}

async function askRepository(ctx: Ctx, target: Target): Promise<string | undefined> {
  const setting = ctx.config.editor(target.folder?.uri).entropyRepository;
  const fallback = (target.folder?.name ?? 'local').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'local';
  return vscode.window.showInputBox({
    title: 'Entropy repository name',
    prompt: 'The name clients put in /etc/entropy/repositories.conf.d/',
    value: setting || ctx.extension.workspaceState.get<string>(LAST_REPO_KEY) || fallback,
    ignoreFocusOut: true,
    validateInput: (v) => {
      try {
        checkEntropyRepoName(v.trim());
        return undefined;
      } catch (e) {
        return isUserError(e) ? `${e.message} ${e.action ?? ''}`.trim() : String(e);
      }
    },
  }).then((v) => v?.trim());
}

function binreposEntry(name: string, dir: string): string {
  return `[${name}]\npriority = 10\nsync-uri = ${vscode.Uri.file(dir).toString()}\n`;
}

function entropyEntry(name: string, dir: string): string {
  const uri = vscode.Uri.file(dir).toString();
  return `[${name}]\ndesc = ${name}\nrepo = ${uri}#bz2\nenabled = true\npkg = ${uri}\n`;
}

export async function publishArtifacts(ctx: Ctx, arg: unknown): Promise<void> {
  const target = await pickTarget(ctx, arg);
  if (!target) return;
  const method = await pickMethod(target);
  if (!method) return;
  if (method !== 'index' && !vscode.workspace.isTrusted) {
    throw new UserError('Publishing in a container is disabled in Restricted Mode: it runs a builder image over the workspace\'s files.',
      'Trust the workspace, or choose "Write the Packages index", which runs no container.', 'untrusted');
  }
  const repository = method === 'entropy' ? await askRepository(ctx, target) : undefined;
  if (method === 'entropy' && !repository) return;
  if (repository) await ctx.extension.workspaceState.update(LAST_REPO_KEY, repository);
  const name = path.basename(target.root);

  const result = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: method === 'index' ? `Writing the Packages index of ${name}` : method === 'emaint' ? `emaint binhost --fix for ${name}` : `Entropy repository ${repository}`,
    cancellable: method !== 'index',
  }, async (progress, token) => {
    if (method === 'index') {
      const r = await publishBinhost(target.root);
      for (const s of r.skipped) ctx.log.warn(`publish: skipped ${s.path}: ${s.reason}`);
      return { written: r.written, packages: r.index.packages.length, skipped: r.skipped.length };
    }
    // Through the build runner: the engine's prompts, a row in Builds with the output, cancel from there too.
    let finished: Promise<PublishRunResult> | undefined;
    const record = await ctx.runner.track(
      { kind: 'publish', ebuildPath: target.root, profile: method === 'emaint' ? 'gentoo' : 'eit', atom: `publish ${name} (${method})`, quiet: true, background: true, silentErrors: true },
      (engine, config) => new Promise((resolve, reject) => {
        ctx.log.info(`publish (${method}) of ${target.root} on ${engine.url}`);
        finished = runPublishInContainer({
          method, packagesDir: target.root, config, engine, repository, workspaceFolder: target.folder?.uri.fsPath,
          onStart: (handle, spec) => resolve({ handle, spec }),
          onEvent: (e) => {
            if (e.type === 'state') progress.report({ message: e.state });
            else if (e.type === 'transfer') progress.report({ message: `${e.direction === 'upload' ? 'uploaded' : 'downloaded'} ${(e.bytes / 1048576).toFixed(1)} MiB` });
          },
        });
        finished.catch(reject);
      }),
    );
    const sub = token.onCancellationRequested(() => void ctx.runner.cancel(record));
    try {
      const r = await finished!;
      return { written: r.written, packages: r.packages, skipped: 0 };
    } finally {
      sub.dispose();
    }
  });

  const where = result.written[0];
  const skipped = result.skipped ? ` (${result.skipped} unreadable package${result.skipped === 1 ? '' : 's'} left out; see the output)` : '';
  if (method === 'entropy') {
    const choice = await vscode.window.showInformationMessage(`Published ${result.packages} package${result.packages === 1 ? '' : 's'} as the Entropy repository ${repository} in ${where}.`,
      'Copy repository entry', 'Reveal');
    if (choice === 'Copy repository entry') await vscode.env.clipboard.writeText(entropyEntry(repository!, where));
    if (choice === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(where));
    return;
  }
  const choice = await vscode.window.showInformationMessage(`Published ${result.packages} package${result.packages === 1 ? '' : 's'} as a binhost: ${where}${skipped}.`,
    'Open Packages', 'Copy binrepos.conf entry');
  if (choice === 'Open Packages') await vscode.window.showTextDocument(vscode.Uri.file(where), { preview: true });
  if (choice === 'Copy binrepos.conf entry') await vscode.env.clipboard.writeText(binreposEntry(target.folder?.name.replace(/[^A-Za-z0-9._-]+/g, '-') || name, target.root));
}


