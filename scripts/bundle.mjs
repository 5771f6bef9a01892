// Bundles each entry point with esbuild: extension (vscode external), language server, CLI.
import { build } from 'esbuild';
import { argv } from 'node:process';

const watch = argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: argv.includes('--minify'),
  // cpu-features is an optional native addon of ssh2; without it ssh2 uses pure JS.
  external: ['vscode', 'cpu-features', '*.node'],
  logLevel: 'warning',
  // jsonc-parser's UMD entry requires files dynamically; its ESM entry bundles.
  mainFields: ['module', 'main'],
};
const entries = [
  { in: 'src/extension/main.ts', out: 'dist/extension.js' },
  { in: 'src/server/main.ts', out: 'dist/server.js' },
  { in: 'src/cli/main.ts', out: 'dist/cli.js' },
];
import { existsSync } from 'node:fs';
// Each bundle on its own: one broken entry must not hide the others' errors.
let failed = 0;
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  try {
    await build({ ...common, entryPoints: [e.in], outfile: e.out });
  } catch {
    failed++;
  }
}
if (failed) process.exit(1);
if (watch) console.log('watch mode is not supported; run again after edits');
