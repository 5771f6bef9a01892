/**
 * A repository's own `.vscode/settings.json` is the repository's word, not the user's. Building someone else's
 * repository (watch, `build --changed` in CI on a pull request, `--use-matrix`) must not let it widen what its
 * containers reach: these settings are honoured only from the user (flags, environment, their own settings) or
 * from a repository the user trusts explicitly (`--trust-repo-settings`; in VS Code, Workspace Trust).
 */
import * as path from 'node:path';
import { isInside } from './ebuildPath';

/** The settings (BuildConfig field names) that can reach past the container, and why. */
const HOST_REACHING: Record<string, string> = {
  engine: 'sends the workspace to an engine of its choosing',
  network: 'puts builds on a network other than the default (host, a named network)',
  gentooTree: 'mounts a path of the engine\'s machine (host:…)',
  artifactsFolder: 'writes packages outside the workspace',
  overridesFolder: 'reads override files from outside the workspace',
  limits: 'lifts the process, memory and disk limits',
  'profiles.*.mounts': 'mounts paths of the machine into the container',
  'profiles.*.capAdd': 'adds capabilities to the container',
  'profiles.*.securityOpt': 'changes the container\'s security options',
  'sabayon.tree': 'mounts a volume of its choosing',
};

const NARROW_NETWORKS = new Set(['', 'none', 'bridge', 'default']);

/**
 * `raw` without what reaches past the container; `ignored` names each setting dropped (`ebuildBuilder.…`).
 * Values that cannot widen anything (network "none", a folder inside the workspace) are kept.
 */
export function withoutHostReaching(raw: Record<string, unknown>, workspaceFolder: string): { raw: Record<string, unknown>; ignored: string[] } {
  const out: Record<string, unknown> = { ...raw };
  const ignored: string[] = [];
  const drop = (key: string, shown = key) => {
    delete out[key];
    ignored.push(`ebuildBuilder.${shown}`);
  };
  if (out.engine !== undefined && out.engine !== '') drop('engine');
  if (typeof out.network === 'string' ? !NARROW_NETWORKS.has(out.network) : out.network !== undefined) drop('network');
  if (out.gentooTree !== undefined && !(typeof out.gentooTree === 'string' && !out.gentooTree.trim().startsWith('host:'))) drop('gentooTree');
  for (const key of ['artifactsFolder', 'overridesFolder'] as const) {
    const v = out[key];
    if (v !== undefined && !(typeof v === 'string' && isInside(workspaceFolder, path.resolve(workspaceFolder, v)))) drop(key);
  }
  if (out.limits !== undefined) drop('limits');
  if (out.profiles && typeof out.profiles === 'object' && !Array.isArray(out.profiles)) {
    const profiles: Record<string, unknown> = {};
    for (const [name, p] of Object.entries(out.profiles as Record<string, unknown>)) {
      if (!p || typeof p !== 'object' || Array.isArray(p)) {
        profiles[name] = p;
        continue;
      }
      const copy = { ...(p as Record<string, unknown>) };
      for (const field of ['mounts', 'capAdd', 'securityOpt']) {
        if (copy[field] === undefined) continue;
        delete copy[field];
        ignored.push(`ebuildBuilder.profiles.${name}.${field}`);
      }
      profiles[name] = copy;
    }
    out.profiles = profiles;
  }
  if (out.sabayon && typeof out.sabayon === 'object' && (out.sabayon as Record<string, unknown>).tree) {
    out.sabayon = { ...(out.sabayon as Record<string, unknown>), tree: '' };
    ignored.push('ebuildBuilder.sabayon.tree');
  }
  return { raw: out, ignored };
}

/** One paragraph for the user: which settings were ignored, why, and how to honour them. */
export function ignoredSettingsMessage(repo: string, ignored: string[]): string {
  const why = (s: string) => HOST_REACHING[s.replace(/^ebuildBuilder\./, '').replace(/^profiles\.[^.]+\./, 'profiles.*.')] ?? 'reaches past the container';
  return [
    `Settings of ${repo} that reach past the builder container are ignored (the repository being built does not choose them):`,
    ...ignored.map((s) => `  ${s}: ${why(s)}`),
    'Pass --trust-repo-settings to honour them, or set them in your own settings, flags or environment.',
  ].join('\n');
}
