/** `ebuild-builder patch ID --name NAME.patch`: WORKDIR's changes as a patch under the overlay's files/. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { addToPatches, patchFileName } from '../../core/patches';
import { UserError } from '../../core/userError';
import { requireKept } from '../../docker/keptBuild';
import { diffAgainstPristine } from '../../docker/keptActions';
import type { CliCommand } from '../cliTypes';
import { parseKeptArgs, withKeptEngine } from '../keptEngine';

export const patch: CliCommand = {
  name: 'patch',
  summary: 'save the changes made in a kept build as a patch',
  usage: `Usage: ebuild-builder patch ID --name NAME.patch [--add-to-patches] [--force] [--engine URL | --context NAME]

Compares \${S} of the kept build with a pristine unpack of the same ebuild (made beside it) and writes the
difference as files/NAME.patch of the package (a/ b/ paths, for patch -p1). --add-to-patches also adds it to
the ebuild's PATCHES. An existing patch is not overwritten without --force.
`,
  async run(args, io) {
    const { values, positionals } = parseKeptArgs(args, 'patch', { name: { type: 'string' }, 'add-to-patches': { type: 'boolean' }, force: { type: 'boolean' } });
    const name = patchFileName(String(values.name ?? ''));
    if (positionals.length !== 1 || !name) throw new UserError('patch needs the id of a kept build and --name NAME.patch (letters, digits, ._+-).', 'Run `ebuild-builder patch ID --name fix-build.patch`.', 'bad-flag');
    return withKeptEngine(values as { engine?: string }, io, async (engine) => {
      const kept = await requireKept(engine, positionals[0]);
      const diff = await diffAgainstPristine(engine, kept);
      for (const s of diff.skipped) io.stderr.write(`>>> not in the patch (new or binary): ${s}\n`);
      if (!diff.patch) throw new UserError(`${kept.atom}: \${S} is the same as a pristine unpack: there is nothing to save.`, 'Change the sources in WORKDIR first (a shell, or the editor).', 'empty-patch');
      const file = path.join(kept.info.hostPackageDir, 'files', name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      try {
        await fs.writeFile(file, diff.patch, { flag: values.force ? 'w' : 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${file} exists.`, 'Pick another --name, or pass --force to replace it.', 'patch-exists');
        throw e;
      }
      io.stdout.write(`wrote ${file} (${diff.files.join(', ')})\n`);
      if (values['add-to-patches']) {
        const ebuild = path.join(kept.info.hostPackageDir, `${kept.info.pf}.ebuild`);
        const text = await fs.readFile(ebuild, 'utf8');
        const next = addToPatches(text, name);
        if (next !== text) await fs.writeFile(ebuild, next);
        io.stdout.write(next !== text ? `added it to PATCHES in ${ebuild}\n` : `PATCHES in ${ebuild} already has it\n`);
      }
      return 0;
    });
  },
};
