/**
 * Moves the packages a build wrote (a staging folder) into the artifacts folder. Each file goes to a temporary
 * name first and is renamed into place, so an existing artifact is replaced whole or not at all; on any error
 * (a full disk) the temporaries are removed and nothing already in the artifacts folder is lost.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../core/userError';

/** Portage rewrites its index per PKGDIR; the artifacts folder gets its own with `publish`. */
const SKIP = new Set(['Packages', 'Packages.gz', 'Packages.zst']);

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile() && !SKIP.has(e.name)) out.push(p);
  }
  return out.sort();
}

export async function collectArtifacts(stagingDir: string, artifactsDir: string): Promise<string[]> {
  const files = await filesUnder(stagingDir);
  const placed: string[] = [];
  const temps: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(artifactsDir, path.relative(stagingDir, file));
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.incoming-${process.pid}`;
      temps.push(temp);
      try {
        await fs.rename(file, temp);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
        await fs.copyFile(file, temp);
      }
    }
    for (let i = 0; i < files.length; i++) {
      const target = path.join(artifactsDir, path.relative(stagingDir, files[i]));
      await fs.rename(temps[i], target);
      placed.push(target);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : (e as Error).message;
    throw new UserError(
      `The binary packages could not be copied into ${artifactsDir}: ${why}. Packages already there were not touched${placed.length ? ` (${placed.length} new ones were placed)` : ''}.`,
      code === 'ENOSPC' ? `Free space on the disk holding ${artifactsDir}, or choose another artifacts folder, then rebuild.` : `Check ${artifactsDir}, then rebuild.`,
      'artifacts-copy-failed',
    );
  }
  return placed;
}
