/**
 * The Docker contexts on this machine, as `docker context ls` shows them: for the "switch context" picker
 * and `ebuild-builder engine --list`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentContextName, dockerConfigDir, nodeFiles, DEFAULT_SOCKET, type ConfigFiles } from './engineChoice';

export interface ContextEntry {
  name: string;
  /** Docker endpoint, e.g. `ssh://me@box`. */
  endpoint: string;
  description?: string;
  /** The context the docker CLI would use now (same rule as `docker context ls`' asterisk). */
  current: boolean;
  /** True when the context has TLS material (or skips verification). */
  tls: boolean;
}

export interface ContextFs extends ConfigFiles {
  listDirs(path: string): string[];
}

const nodeContextFs: ContextFs = {
  ...nodeFiles,
  listDirs: (p) => { try { return readdirSync(p); } catch { return []; } },
};

/** `default` first, then the others by name. */
export function listContexts(env: NodeJS.ProcessEnv = process.env, fs: ContextFs = nodeContextFs): ContextEntry[] {
  const dir = dockerConfigDir(env);
  const metaRoot = join(dir, 'contexts', 'meta');
  const entries: ContextEntry[] = [];
  for (const hash of fs.listDirs(metaRoot)) {
    const text = fs.readText(join(metaRoot, hash, 'meta.json'));
    if (!text) continue;
    try {
      const meta = JSON.parse(text) as { Name?: string; Metadata?: { Description?: string }; Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } };
      if (!meta.Name) continue;
      const tlsDir = join(dir, 'contexts', 'tls', hash, 'docker');
      entries.push({
        name: meta.Name,
        endpoint: meta.Endpoints?.docker?.Host ?? '',
        description: meta.Metadata?.Description,
        current: false,
        tls: meta.Endpoints?.docker?.SkipTLSVerify === true || fs.listDirs(tlsDir).length > 0,
      });
    } catch {
      continue; // an unreadable context is reported when someone picks it (engineChoice), not here
    }
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const defaultEntry: ContextEntry = {
    name: 'default',
    endpoint: env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`,
    description: 'Current DOCKER_HOST based configuration',
    current: false,
    tls: !!env.DOCKER_TLS_VERIFY,
  };
  const all = [defaultEntry, ...entries];
  const currentName = currentContext(env, fs);
  for (const e of all) e.current = e.name === currentName;
  return all;
}

/** The context name the CLI would resolve (no explicit flags). */
function currentContext(env: NodeJS.ProcessEnv, fs: ConfigFiles): string {
  if (env.DOCKER_HOST) return 'default';
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  return currentContextName(env, fs) ?? 'default';
}

