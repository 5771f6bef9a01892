/** Turns `build`'s flags, the workspace's `.vscode/settings.json` and the defaults into one BuildConfig. */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import { validateBuildConfig } from '../core/profiles/validate';
import { UserError } from '../core/userError';
import { ignoredSettingsMessage, withoutHostReaching } from '../core/repoSettings';
import { readWorkspaceSettings } from '../core/workspaceSettings';
import { isRepositoryRoot } from '../core/repoFiles';

export interface BuildFlags {
  profile?: string;
  image?: string;
  artifacts?: string;
  env: string[];
  engine?: string;
  context?: string;
  workspace?: string;
  network?: string;
  emergeArg: string[];
  keep?: boolean;
  tty?: boolean;
  noCache?: boolean;
  /** The raw flag values, for the engine options (--context, --accept-host-key, --identity-file, …). */
  engineValues?: Record<string, unknown>;
  /** Building a repository that is not the user's word (watch, --changed, --use-matrix): its host-reaching settings are ignored… */
  untrustedRepo?: boolean;
  /** …unless the user says otherwise. */
  trustRepoSettings?: boolean;
}

/** Workspaces whose ignored settings were already named (say it once per run, not per atom). */
const toldIgnored = new Set<string>();

/** `--env K=V` → [K, V]; a clear message for anything else. */
export function parseEnvFlag(s: string): [string, string] {
  const eq = s.indexOf('=');
  if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s.slice(0, eq))) {
    throw new UserError(`--env "${s}" is not of the form NAME=VALUE.`, 'Write it as --env BUILDER_JOBS=4 (one --env per variable).', 'bad-flag');
  }
  return [s.slice(0, eq), s.slice(eq + 1)];
}

/**
 * The workspace folder of a headless build: --workspace; else, walking up from the overlay that holds the
 * ebuild, the first folder that looks like a workspace (`.vscode/`, `.portage/` or `.git`), within three
 * levels; else the overlay itself. Never the current folder as such: `/` or a home folder would be searched whole.
 */
export function workspaceFolderFor(ebuildPath: string, cwd: string, flag?: string): string {
  if (flag) return path.resolve(cwd, flag);
  const file = path.resolve(cwd, ebuildPath);
  let overlay: string | undefined;
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (isRepositoryRoot(dir)) {
      overlay = dir;
      break;
    }
  }
  if (!overlay) return path.dirname(file);
  let dir = overlay;
  for (let i = 0; i < 4 && dir !== path.dirname(dir); i++, dir = path.dirname(dir)) {
    if (['.vscode', '.portage', '.git'].some((m) => existsSync(path.join(dir, m)))) return dir;
  }
  return overlay;
}

export async function buildConfigFor(workspaceFolder: string, flags: BuildFlags, env: NodeJS.ProcessEnv, warn?: (message: string) => void): Promise<BuildConfig> {
  let raw = await readWorkspaceSettings(workspaceFolder);
  if (flags.untrustedRepo && !flags.trustRepoSettings) {
    const stripped = withoutHostReaching(raw, workspaceFolder);
    raw = stripped.raw;
    if (stripped.ignored.length && !toldIgnored.has(workspaceFolder)) {
      toldIgnored.add(workspaceFolder);
      warn?.(ignoredSettingsMessage(workspaceFolder, stripped.ignored));
    }
  }
  const { config, problems } = validateBuildConfig(raw);
  if (problems.length) throw problems[0];
  if (flags.profile) config.profile = flags.profile;
  if (flags.image) config.images = { ...config.images, [config.profile]: flags.image };
  if (flags.artifacts) config.artifactsFolder = path.resolve(flags.artifacts);
  if (flags.engine) config.engine = flags.engine;
  if (flags.network) config.network = flags.network;
  if (flags.keep) config.keepContainerOnFailure = true;
  if (flags.tty !== undefined) config.tty = flags.tty;
  if (flags.noCache) config.caches = { distfiles: false, binpkgs: false, ccache: false };
  if (flags.emergeArg.length) config.emergeArgs = [...config.emergeArgs, ...flags.emergeArg];
  for (const e of flags.env) {
    const [k, v] = parseEnvFlag(e);
    config.env = { ...config.env, [k]: v };
  }
  // EBUILD_BUILDER_IMAGE_<PROFILE> lets scripts and CI point a profile at another image without a settings file.
  for (const [k, v] of Object.entries(env)) {
    const m = /^EBUILD_BUILDER_IMAGE_([A-Z0-9_]+)$/.exec(k);
    if (m && v && !(flags.image && m[1].toLowerCase() === config.profile)) config.images = { ...config.images, [m[1].toLowerCase()]: v };
  }
  if (env.EBUILD_BUILDER_GENTOO_TREE) config.gentooTree = env.EBUILD_BUILDER_GENTOO_TREE;
  if (env.EBUILD_BUILDER_NETWORK && !flags.network) config.network = env.EBUILD_BUILDER_NETWORK;
  return config;
}
