// Transpiles src/, test/ and bench/ to out/ (no type check: `npm run typecheck` does that) so
// node:test can run them quickly.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') continue;
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) acc.push(p);
  }
  return acc;
}
// OUT_DIR: a private output folder (a top-level folder of the checkout), so parallel runs do not clobber out/.
const outdir = process.env.OUT_DIR ?? 'out';
rmSync(outdir, { recursive: true, force: true });
const entryPoints = ['src', 'test', 'bench'].flatMap((d) => { try { return walk(d); } catch { return []; } });
await build({
  entryPoints, outdir, outbase: '.', platform: 'node', target: 'node20', format: 'cjs',
  sourcemap: 'inline', logLevel: 'warning',
});
