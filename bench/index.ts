/**
 * `npm run bench`: runs every bench/p*.js module (compiled to out/bench) in order. Each prints lines of the form
 * `P<n> <metric> <value> <unit> ratio-vs-<peer> <r>`, measured against its peer in the same run.
 * `npm run bench -- P2` runs only the benchmarks whose file name starts with p2.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2).map((a) => a.toLowerCase());
  const files = readdirSync(__dirname).filter((f) => /^p\d.*\.js$/.test(f)).sort();
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
