/**
 * The overrides folder of a workspace folder (default `.portage/`): `package.<kind>` files or
 * directories, `env/` for package.env targets, and a `make.conf` fragment. Directory forms are read
 * as Portage reads /etc/portage/package.*: every regular file, recursively, sorted, skipping hidden
 * files and editor backups.
 */
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { OVERRIDE_KINDS, type OverrideKind, type OverrideSet } from './buildModel';
import { UserError } from './userError';

/** File names per kind, in the order Portage reads them (`package.keywords` is the old name). */
const KIND_FILES: Record<OverrideKind, string[]> = {
  use: ['package.use'],
  mask: ['package.mask'],
  unmask: ['package.unmask'],
  env: ['package.env'],
  accept_keywords: ['package.keywords', 'package.accept_keywords'],
  license: ['package.license'],
};

/** Portage skips these in package.* directories (hidden files, `*~` backups; `.#*` and `.*.swp` are hidden). */
export function isIgnoredOverrideFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp');
}

function unreadable(file: string, why: string): UserError {
  return new UserError(`Cannot read the override file ${file}: ${why}.`, `Make ${file} a readable regular file, or remove it.`, 'unreadable-override');
}

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    await fs.lstat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(p, (e as Error).message);
  }
  try {
    return await fs.stat(p);
  } catch (e) {
    // lstat worked, stat did not: a dangling symlink.
    throw unreadable(p, `it is a link to something that cannot be opened (${(e as Error).message})`);
  }
}

/** Opens the file to prove it is readable now, rather than failing later inside the container. */
async function checkReadable(file: string): Promise<void> {
  try {
    const handle = await fs.open(file, 'r');
    await handle.close();
  } catch (e) {
    throw unreadable(file, (e as Error).message);
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    throw unreadable(dir, (e as Error).message);
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    if (isIgnoredOverrideFile(name)) continue;
    const p = path.join(dir, name);
    const st = await statOrUndefined(p);
    if (!st) continue;
    if (st.isDirectory()) out.push(...(await filesUnder(p)));
    else if (st.isFile()) {
      await checkReadable(p);
      out.push(p);
    } else throw unreadable(p, 'it is not a regular file');
  }
  return out;
}

/** Throws a UserError (code `unreadable-override`) naming the file that cannot be read. */
export async function discoverOverrides(workspaceFolder: string, overridesFolder = '.portage'): Promise<OverrideSet> {
  const root = path.resolve(workspaceFolder, overridesFolder);
  const set: OverrideSet = { root, sources: [] };
  const rootStat = await statOrUndefined(root);
  if (!rootStat) return set;
  if (!rootStat.isDirectory()) {
    throw new UserError(`The overrides folder ${root} is not a folder.`, 'Point the overrides folder setting (ebuildBuilder.overridesFolder) at a folder, or remove the file.', 'overrides-not-a-folder');
  }
  for (const kind of OVERRIDE_KINDS) {
    for (const name of KIND_FILES[kind]) {
      const p = path.join(root, name);
      const st = await statOrUndefined(p);
      if (!st) continue;
      if (st.isDirectory()) {
        for (const file of await filesUnder(p)) set.sources.push({ kind, path: file, isDirectory: true });
      } else if (st.isFile()) {
        await checkReadable(p);
        set.sources.push({ kind, path: p, isDirectory: false });
      } else throw unreadable(p, 'it is neither a file nor a folder');
    }
  }
  const envDir = path.join(root, 'env');
  const envStat = await statOrUndefined(envDir);
  if (envStat) {
    if (!envStat.isDirectory()) throw new UserError(`${envDir} must be a folder holding the files package.env names.`, `Move the file into ${envDir}/ or remove it.`, 'env-not-a-folder');
    set.envFiles = await filesUnder(envDir);
    set.envDir = envDir;
  }
  const makeConf = path.join(root, 'make.conf');
  const mcStat = await statOrUndefined(makeConf);
  if (mcStat) {
    if (!mcStat.isFile()) throw unreadable(makeConf, 'it is not a regular file');
    await checkReadable(makeConf);
    set.makeConf = makeConf;
  }
  return set;
}

/**
 * The text of every source of `kind`, concatenated in order (each ending in a newline), e.g. to
 * build one `custom.<kind>` file. Empty string when there is none.
 */
export async function readOverrideLines(set: OverrideSet, kind: OverrideKind): Promise<string> {
  let text = '';
  for (const source of set.sources) {
    if (source.kind !== kind) continue;
    let content: string;
    try {
      content = await fs.readFile(source.path, 'utf8');
    } catch (e) {
      throw unreadable(source.path, (e as Error).message);
    }
    text += content.length === 0 || content.endsWith('\n') ? content : `${content}\n`;
  }
  return text;
}
