/**
 * The extension's context: owns every long-lived object and disposable. Activation builds one; deactivation
 * disposes it. Other modules get what they need from here instead of keeping module-level state.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Config } from './config';
import { BuildList } from './builds';
import type { BuildTerminal } from './buildTerminal';
import { BuildRunner } from './buildRunner';
import { BuildStatusBar } from './buildStatusBar';
import { BuildLogProvider } from './buildLogDocument';
import { BuildsView } from './buildsView';
import { OverlaysView } from './overlaysView';

export interface LastBuild {
  ebuildPath: string;
  profile: string;
}

const LAST_BUILD_KEY = 'ebuildBuilder.lastBuild';

export class Ctx implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly config: Config;
  readonly builds: BuildList;
  readonly terminals = new Map<string, BuildTerminal>();
  readonly runner: BuildRunner;
  readonly statusBar: BuildStatusBar;
  readonly logs: BuildLogProvider;
  readonly buildsView: BuildsView;
  readonly overlaysView: OverlaysView;
  private readonly disposables: vscode.Disposable[] = [];
  /** The ebuild language client, once started (languageClient.ts). */
  languageClient?: Promise<LanguageClient>;
  /** Work the window must finish before it goes (deactivate awaits these, briefly). */
  readonly beforeClose: (() => Promise<unknown>)[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Ebuild Builder', { log: true });
    this.config = new Config();
    this.builds = new BuildList();
    this.runner = new BuildRunner(this);
    this.statusBar = new BuildStatusBar(this.builds);
    this.logs = new BuildLogProvider(this);
    this.buildsView = new BuildsView(this);
    this.overlaysView = new OverlaysView(this);
    this.disposables.push(this.log, this.config, this.builds, this.statusBar, this.logs, this.buildsView, this.overlaysView);
    void this.setContext('ebuildBuilder.hasLastBuild', Boolean(this.lastBuild));
  }

  push(...d: vscode.Disposable[]): void {
    this.disposables.push(...d);
  }

  get lastBuild(): LastBuild | undefined {
    return this.extension.workspaceState.get<LastBuild>(LAST_BUILD_KEY);
  }

  async setLastBuild(b: LastBuild): Promise<void> {
    await this.extension.workspaceState.update(LAST_BUILD_KEY, b);
    await this.setContext('ebuildBuilder.hasLastBuild', true);
  }

  /** Drives the Builds view's "cannot reach the engine" welcome; the reason goes to the log. */
  setEngineReachable(reachable: boolean, message?: string): void {
    if (!reachable && message) this.log.warn(`engine unreachable: ${message}`);
    void this.setContext('ebuildBuilder.engineUnreachable', !reachable);
  }

  showTerminal(id: string): void {
    const t = this.terminals.get(id);
    if (t && !t.isClosed) t.show();
    else void vscode.commands.executeCommand('ebuildBuilder.openBuildLog', id);
  }

  setContext(key: string, value: unknown): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', key, value);
  }

  dispose(): void {
    for (const t of this.terminals.values()) t.dispose();
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
