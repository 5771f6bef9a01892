/**
 * A throw-away overrides folder per USE combination: a copy of the user's overrides folder plus one
 * `package.use` line for the atom, written last so it wins. The user's own folder is never touched.
 */
import { appendFile, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MATRIX_USE_FILE = 'zz-ebuild-builder-use-matrix';

/** Creates the folder; the caller removes it with `removeMatrixOverrides` when the build is over. */
export async function makeMatrixOverrides(userOverrides: string, packageUseLine: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ebuild-builder-matrix-'));
  const st = await stat(userOverrides).catch(() => undefined);
  if (st?.isDirectory()) await cp(userOverrides, dir, { recursive: true, dereference: true, preserveTimestamps: true });
  const line = `# written by ebuild-builder build --use-matrix for this combination only\n${packageUseLine}\n`;
  const pu = join(dir, 'package.use');
  const kind = await stat(pu).catch(() => undefined);
  if (kind?.isDirectory()) await writeFile(join(pu, MATRIX_USE_FILE), line);
  else if (kind?.isFile()) {
    const old = await readFile(pu, 'utf8');
    await appendFile(pu, (old.length && !old.endsWith('\n') ? '\n' : '') + line);
  } else await writeFile(pu, line);
  return dir;
}

export async function removeMatrixOverrides(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
