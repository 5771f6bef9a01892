/**
 * The extension and the CLI keep a record of what each binary-package cache volume was built from
 * (src/core/binpkgCache.ts) under the user's state folder. A test file gets its own record, shared by its builds as a
 * user's windows share one, and the cache volumes that record names were made for that file alone: they are removed
 * with the record when the process ends (set EBUILD_BUILDER_KEEP_STATE=1 to look at them afterwards).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export function useTestStateDir(prefix: string): void {
  if (process.env.EBUILD_BUILDER_STATE_DIR) return;
  const state = (process.env.EBUILD_BUILDER_STATE_DIR = mkdtempSync(path.join(tmpdir(), prefix)));
  process.once('exit', () => removeRecordedVolumes(state));
}

/** Removes the binary-package cache volumes recorded under `state` (binpkg-cache/<engine>/<family>-<key>.json), and the record. */
function removeRecordedVolumes(state: string): void {
  const volumes = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) {
        try {
          const v = (JSON.parse(readFileSync(p, 'utf8')) as { volume?: unknown }).volume;
          if (typeof v === 'string' && v.startsWith('ebuild-builder-')) volumes.add(v);
        } catch { /* not a record */ }
      }
    }
  };
  walk(path.join(state, 'binpkg-cache'));
  for (const v of volumes) {
    try { execFileSync('docker', ['volume', 'rm', v], { stdio: 'ignore' }); } catch { /* in use or gone */ }
  }
  if (!process.env.EBUILD_BUILDER_KEEP_STATE && !process.env.E2E_KEEP) rmSync(state, { recursive: true, force: true });
}
