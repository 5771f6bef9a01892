/**
 * The `ebuildBuilder.*` settings as VS Code stores them in a workspace folder's `.vscode/settings.json`
 * (JSON with comments, parsed with VS Code's own jsonc-parser). The headless commands read them too, so a
 * build, `ci init` or a watch uses the same profile, images and env as the editor.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { BuildConfig } from './buildConfig';
import { UserError } from './userError';

const SETTINGS_SECTION = 'ebuildBuilder';

/** Setting key under `ebuildBuilder.` → BuildConfig field. */
export const SETTING_KEYS: Record<string, keyof BuildConfig> = {
  defaultProfile: 'profile',
  images: 'images',
  engine: 'engine',
  overridesFolder: 'overridesFolder',
  artifactsFolder: 'artifactsFolder',
  env: 'env',
  emergeArgs: 'emergeArgs',
  caches: 'caches',
  keepContainerOnFailure: 'keepContainerOnFailure',
  gentooTree: 'gentooTree',
  profiles: 'profiles',
  network: 'network',
  tty: 'tty',
  stopGraceSeconds: 'stopGraceSeconds',
  sabayon: 'sabayon',
  limits: 'limits',
};

/** Raw BuildConfig fields (validate with validateBuildConfig) from `<folder>/.vscode/settings.json`; {} when there is none. */
export async function readWorkspaceSettings(folder: string): Promise<Record<string, unknown>> {
  const file = path.join(folder, '.vscode', 'settings.json');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UserError(`Cannot read ${file}: ${(e as Error).message}`, 'Fix the file permissions, or remove the file.', 'unreadable-settings');
  }
  const errors: ParseError[] = [];
  const json = parse(text, errors, { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  if (errors.length || typeof json !== 'object' || json === null) {
    const where = errors.length ? ` (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset})` : '';
    throw new UserError(`${file} is not valid JSON${where}.`, 'Fix the syntax (VS Code underlines it), then run again.', 'bad-settings-file');
  }
  const raw: Record<string, unknown> = {};
  const nested = json[SETTINGS_SECTION];
  for (const [key, field] of Object.entries(SETTING_KEYS)) {
    const flat = json[`${SETTINGS_SECTION}.${key}`];
    const value = flat !== undefined ? flat : typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>)[key] : undefined;
    if (value !== undefined) raw[field] = value;
  }
  return raw;
}

export interface WorkspaceBuildSettings {
  defaultProfile?: string;
  images?: Record<string, string>;
  env?: Record<string, string>;
}

const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** The few well-typed values `ci init` writes into a workflow; an unreadable or invalid file gives {}. */
export async function readWorkspaceBuildSettings(folder: string): Promise<WorkspaceBuildSettings> {
  let raw: Record<string, unknown>;
  try {
    raw = await readWorkspaceSettings(folder);
  } catch {
    return {};
  }
  const out: WorkspaceBuildSettings = {};
  if (typeof raw.profile === 'string' && raw.profile) out.defaultProfile = raw.profile;
  if (isStringMap(raw.images)) out.images = raw.images;
  if (isStringMap(raw.env)) out.env = raw.env;
  return out;
}
