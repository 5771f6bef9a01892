/**
 * Task provider `ebuild-builder`: a build can live in tasks.json (`{"type": "ebuild-builder", "ebuild": "…"}`)
 * and run with Run Task. The task's terminal shows the same stream, header and footer as a build terminal.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { BuildTerminal } from './buildTerminal';

export const TASK_TYPE = 'ebuild-builder';

interface BuildTaskDefinition extends vscode.TaskDefinition {
  ebuild: string;
  profile?: string;
}

/** A task's pseudoterminal: starts the build when opened, ends with 0 on success and 1 otherwise. */
class BuildTaskTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private inner?: BuildTerminal;
  private cancel?: () => void;

  constructor(private readonly ctx: Ctx, private readonly ebuildPath: string, private readonly profile: string) {}

  open(): void {
    void (async () => {
      if (!vscode.workspace.isTrusted) {
        this.writeEmitter.fire('Builds are disabled in Restricted Mode. Trust the workspace to run this task.\r\n');
        return this.closeEmitter.fire(1);
      }
      const record = await this.ctx.runner.start(this.ebuildPath, this.profile, {
        quiet: true,
        makeTerminal: (r) => {
          const t = new BuildTerminal(r, () => void this.ctx.runner.cancel(r), false);
          t.onDidWrite((s) => this.writeEmitter.fire(s));
          t.open();
          return (this.inner = t);
        },
      });
      this.cancel = () => void this.ctx.runner.cancel(record);
      await this.ctx.runner.whenFinished(record);
      this.closeEmitter.fire(record.state === 'succeeded' ? 0 : 1);
    })();
  }

  close(): void {
    // The task was terminated (Terminate Task or closing its terminal): stop the build.
    this.cancel?.();
    this.inner?.dispose();
  }
}

export class BuildTaskProvider implements vscode.TaskProvider {
  constructor(private readonly ctx: Ctx) {}

  async provideTasks(): Promise<vscode.Task[]> {
    const files = await vscode.workspace.findFiles('**/*.ebuild', '**/{node_modules,artifacts}/**', 200);
    return files.flatMap((uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return [];
      const profile = this.ctx.config.forResource(uri).profile;
      const def: BuildTaskDefinition = { type: TASK_TYPE, ebuild: path.relative(folder.uri.fsPath, uri.fsPath) };
      return [this.makeTask(def, folder, profile)];
    });
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const def = task.definition as BuildTaskDefinition;
    if (typeof def.ebuild !== 'string' || !def.ebuild) return undefined;
    const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    return this.makeTask(def, folder, def.profile ?? this.ctx.config.forResource(folder.uri).profile);
  }

  private makeTask(def: BuildTaskDefinition, folder: vscode.WorkspaceFolder, profile: string): vscode.Task {
    const ebuildPath = path.resolve(folder.uri.fsPath, def.ebuild);
    const name = `build ${path.basename(def.ebuild, '.ebuild')} (${def.profile ?? profile})`;
    const task = new vscode.Task(def, folder, name, TASK_TYPE,
      new vscode.CustomExecution(async () => new BuildTaskTerminal(this.ctx, ebuildPath, def.profile ?? profile)));
    task.group = vscode.TaskGroup.Build;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true };
    return task;
  }
}
