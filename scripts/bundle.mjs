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
};
const entries = [
  { in: 'src/extension/main.ts', out: 'dist/extension.js' },
  { in: 'src/server/main.ts', out: 'dist/server.js' },
  { in: 'src/cli/main.ts', out: 'dist/cli.js' },
];
import { existsSync } from 'node:fs';
for (const e of entries) {
  if (!existsSync(e.in)) continue;
  await build({ ...common, entryPoints: [e.in], outfile: e.out });
}
if (watch) console.log('watch mode is not supported; run again after edits');
