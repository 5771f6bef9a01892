/**
 * The files that make a folder an ebuild repository, read one way for everyone (overlay discovery, `changed`, the
 * language server, the CLI): `profiles/repo_name` and `metadata/layout.conf`, as Portage reads them.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const REPO_NAME_FILE = 'profiles/repo_name';
export const LAYOUT_CONF_FILE = 'metadata/layout.conf';

/** A folder with either file is a repository root (Portage needs one of them to name it). */
export function isRepositoryRoot(dir: string): boolean {
  return existsSync(path.join(dir, REPO_NAME_FILE)) || existsSync(path.join(dir, LAYOUT_CONF_FILE));
}

/**
 * `key = value` lines of metadata/layout.conf, as Portage's key-value loader reads them: one key per line, split at
 * the first `=`, comments and blank lines ignored; an empty value is empty (`masters =` followed by another key
 * names no master).
 */
export function parseLayoutConf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) out.set(m[1], m[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  return out;
}

/** The masters layout.conf names (empty when it names none or does not exist). */
export function layoutMasters(layoutText: string | undefined): string[] {
  return layoutText === undefined ? [] : (parseLayoutConf(layoutText).get('masters') ?? '').split(/\s+/).filter(Boolean);
}

/** The repository's name as Portage takes it: layout.conf's `repo-name`, else the first line of profiles/repo_name. */
export function repositoryName(repoNameText: string | undefined, layoutText: string | undefined): { name?: string; fromFile?: string; fromLayout?: string } {
  const fromFile = repoNameText?.split(/\r?\n/)[0].trim() || undefined;
  const fromLayout = (layoutText !== undefined ? parseLayoutConf(layoutText).get('repo-name') : undefined) || undefined;
  return { name: fromLayout ?? fromFile, fromFile, fromLayout };
}
