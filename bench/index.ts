/**
 * `npm run bench`: runs every bench/p*.js module (compiled to out/bench) in order. Each prints lines of the form
 * `P<n> <metric> <value> <unit> ratio-vs-<peer> <r>`, measured against its peer in the same run.
 * `npm run bench -- P2` runs only the benchmarks whose file name starts with p2; `npm run bench -- lsp-survey --tree PATH`
 * surveys the language server on a real tree (skipped without --tree).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  // `--name value` pairs are options of the benchmarks themselves (lsp-survey's --tree PATH), not group names;
  // --loud (lsp-survey) takes no value
  const args = process.argv.slice(2);
  const takesValue = (a: string | undefined) => a !== undefined && a.startsWith('--') && a !== '--loud';
  const only = args.filter((a, i) => !a.startsWith('--') && !takesValue(args[i - 1])).map((a) => a.toLowerCase());
  const files = readdirSync(__dirname).filter((f) => /^(p\d.*|lsp-survey)\.js$/.test(f)).sort();
  let failed = 0;
  for (const f of files) {
    if (only.length && !only.some((o) => f.startsWith(o))) continue;
    const mod = (await import(join(__dirname, f))) as { run: () => Promise<void> };
    try {
      await mod.run();
    } catch (e) {
      failed++;
      console.error(`${f}: ${(e as Error).stack ?? e}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
void main();
