/**
 * The `ebuildBuilder.*` settings, read through one typed class. Every value is type-checked: a wrong type is
 * reported once (naming the setting) and the default is used, so a typo never stops a build.
 */
import * as vscode from 'vscode';
import type { BuildConfig } from '../core/buildConfig';
import { validateBuildConfig } from '../core/profiles/validate';
import { SETTING_KEYS } from '../core/workspaceSettings';
import { describeError } from './userErrors';

const SECTION = 'ebuildBuilder';

/** One problem with one setting, worded for the user. */
export interface SettingProblem {
  setting: string;
  message: string;
}


/** Reads settings for one resource (workspace folder or file); `problems` lists what was ignored and why. */
export function readBuildConfig(scope?: vscode.Uri): { config: BuildConfig; problems: SettingProblem[] } {
  const ws = vscode.workspace.getConfiguration(SECTION, scope);
  const raw: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(SETTING_KEYS)) {
    const v = ws.get<unknown>(key);
    if (v !== undefined && v !== null) raw[field] = v;
  }
  const { config, problems } = validateBuildConfig(raw);
  if (config.engine !== undefined && !config.engine.trim()) config.engine = undefined;
  if (config.network !== undefined && !config.network.trim()) config.network = undefined;
  return { config, problems: problems.map((p) => toSettingProblem(describeError(p))) };
}

/** The validator names BuildConfig fields; the one whose setting has another name is renamed for the user. */
function toSettingProblem(message: string): SettingProblem {
  const text = message.replace(/\bebuildBuilder\.profile\b(?!s)/g, `${SECTION}.defaultProfile`);
  const key = /\bebuildBuilder\.(\w+)/.exec(text)?.[1];
  return { setting: key ? `${SECTION}.${key}` : SECTION, message: text };
}

export interface EditorSettings {
  languageServerRepositories: string[];
  shellcheck: { enable: boolean; path: string };
  pkgcheck: { inContainer: boolean; image: string };
  keptMaxAgeHours: number;
  entropyRepository: string;
}


/**
 * Settings of the whole window. Reading is always fresh (no cache), so a change takes effect on the next build
 * without a reload; the change listener only reports problems and tells listeners which settings moved.
 */
export class Config implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  readonly onDidChange = this.emitter.event;
  private readonly listener: vscode.Disposable;
  private reported = new Set<string>();

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.reported.clear();
      this.reportProblems();
      this.emitter.fire(e);
    });
  }

  /** The build config for a file or folder (resource-scoped settings differ per workspace folder). */
  forResource(uri?: vscode.Uri): BuildConfig {
    const { config, problems } = readBuildConfig(uri);
    this.show(problems);
    return config;
  }

  /** Settings of the editor side (not of a build): each read typed, with its package.json default. */
  editor(uri?: vscode.Uri): EditorSettings {
    const s = vscode.workspace.getConfiguration(SECTION, uri);
    const str = (key: string, dflt: string) => { const v = s.get<unknown>(key); return typeof v === 'string' ? v.trim() : dflt; };
    const bool = (key: string, dflt: boolean) => { const v = s.get<unknown>(key); return typeof v === 'boolean' ? v : dflt; };
    const repos = s.get<unknown>('languageServer.repositories');
    const hours = s.get<unknown>('keptBuilds.maxAgeHours');
    return {
      languageServerRepositories: Array.isArray(repos) && repos.every((r) => typeof r === 'string') ? repos : ['/var/db/repos/gentoo'],
      shellcheck: { enable: bool('shellcheck.enable', true), path: str('shellcheck.path', 'shellcheck') || 'shellcheck' },
      pkgcheck: { inContainer: bool('pkgcheck.inContainer', true), image: str('pkgcheck.image', '') },
      keptMaxAgeHours: typeof hours === 'number' && hours >= 0 ? hours : 24,
      entropyRepository: str('publish.entropyRepository', ''),
    };
  }

  /** Writes settings the user chose through a command (e.g. a refreshed builder), where the user wants them. */
  async update(key: string, value: unknown, uri: vscode.Uri | undefined, target: vscode.ConfigurationTarget): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION, uri).update(key, value, target);
  }

  reportProblems(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const all = folders.length ? folders.flatMap((f) => readBuildConfig(f.uri).problems) : readBuildConfig().problems;
    this.show(all);
  }

  private show(problems: SettingProblem[]): void {
    for (const p of problems) {
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      void vscode.window.showWarningMessage(p.message, 'Open Setting').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', p.setting);
      });
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
