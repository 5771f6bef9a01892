/**
 * Child process for bench/p6-binpkg: lists one package with this project's reader and reports the count and
 * its own peak RSS, so the measurement holds nothing but the reader. Not a benchmark by itself.
 *   node out/bench/binpkgListChild.js <package> [--verify]
 */
import { readBinaryPackage } from '../src/core/binpkg/readPackage';

async function main(): Promise<void> {
  const [file, flag] = process.argv.slice(2);
  const pkg = await readBinaryPackage(file, { verify: flag === '--verify' });
  const out = { files: pkg.files.length, manifest: pkg.manifest.state, problems: pkg.problems, maxRssKB: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(String((e as Error)?.stack ?? e) + '\n');
  process.exitCode = 1;
});
