/** `ebuild-builder publish DIR`: write Packages and Packages.gz for a folder of binary packages (a binhost). */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishBinhost } from '../../core/binpkg/binhost';
import { UserError } from '../../core/userError';
import type { CliCommand, CliIO } from '../cliTypes';

const usage = `Usage: ebuild-builder publish <dir> [options]

Scans <dir> (a PKGDIR, e.g. the artifacts folder) for .gpkg.tar, .tbz2 and .xpak packages and writes
<dir>/Packages and <dir>/Packages.gz the way Portage's "emaint binhost --fix" does, so the folder can be
served as a binhost (PORTAGE_BINHOST / binrepos.conf). Files are replaced atomically. An existing index
keeps its header (ARCH, ACCEPT_*, PROFILE, …); a new one gets CHOST and VERSION from the packages.

Options:
  --json           print the written index as JSON ({ header, packages, skipped })

Exit status: 0 when written, 1 when some packages could not be read (they are left out), 2 on errors.
`;

export const command: CliCommand = {
  name: 'publish',
  summary: 'write Packages/Packages.gz for a folder of binary packages (binhost)',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' } } });
    } catch (e) {
      throw new UserError((e as Error).message, 'Run `ebuild-builder publish --help` for the options.', 'bad-flag');
    }
    if (parsed.positionals.length !== 1) throw new UserError('publish takes one folder.', 'Example: ebuild-builder publish artifacts', 'bad-flag');
    const dir = resolve(io.cwd, parsed.positionals[0]);
    const r = await publishBinhost(dir);
    if (parsed.values.json) {
      io.stdout.write(JSON.stringify({ header: r.index.header, packages: r.index.packages, skipped: r.skipped }, null, 2) + '\n');
    } else {
      io.stdout.write(`Wrote ${r.written.join(' and ')} (${r.index.packages.length} package${r.index.packages.length === 1 ? '' : 's'}).\n`);
      for (const p of r.index.packages) io.stdout.write(`  ${p.CPV}${p.BUILD_ID ? ` (build ${p.BUILD_ID})` : ''}  ${p.PATH}\n`);
    }
    for (const s of r.skipped) io.stderr.write(`ebuild-builder publish: skipped ${s.path}: ${s.reason}\n`);
    return r.skipped.length ? 1 : 0;
  },
};
