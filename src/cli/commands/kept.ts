/** `ebuild-builder kept` and `discard`: the failed builds kept for debugging, and removing one. */
import { ageOf } from '../../core/keptBuild';
import { UserError } from '../../core/userError';
import { discardKept, listKept, requireKept } from '../../docker/keptBuild';
import type { CliCommand } from '../cliTypes';
import { parseKeptArgs, withKeptEngine } from '../keptEngine';

export const kept: CliCommand = {
  name: 'kept',
  summary: 'list failed builds kept for debugging',
  usage: `Usage: ebuild-builder kept [--json] [--engine URL | --context NAME]

Lists the failed builds kept for debugging (build with --keep, or "Keep for debugging" in VS Code): id, atom,
profile, engine, container and age. --json prints one object per kept build. Kept builds older than a day
(EBUILD_BUILDER_KEPT_MAX_AGE_HOURS) are removed at each run.
`,
  async run(args, io) {
    const { values } = parseKeptArgs(args, 'kept', { json: { type: 'boolean' } });
    return withKeptEngine(values as { engine?: string }, io, async (engine) => {
      const list = await listKept(engine);
      for (const k of list) {
        const row = { id: k.id, atom: k.atom, profile: k.profile, engine: engine.url, container: k.container.slice(0, 12), age: ageOf(k.created), workspace: k.workspace, state: k.state };
        if (values.json) io.stdout.write(JSON.stringify(row) + '\n');
        else io.stdout.write(`${row.id}  ${row.atom}  ${row.profile}  ${row.age}  ${row.container}\n`);
      }
      if (!values.json && !list.length) io.stdout.write(`No kept builds on ${engine.url}.\n`);
      return 0;
    });
  },
};

export const discard: CliCommand = {
  name: 'discard',
  summary: 'remove a kept build',
  usage: 'Usage: ebuild-builder discard ID [--engine URL | --context NAME]\n\nRemoves the kept build ID (its container and its saved state).\n',
  async run(args, io) {
    const { values, positionals } = parseKeptArgs(args, 'discard');
    if (positionals.length !== 1) throw new UserError('discard needs the id of a kept build.', 'Run `ebuild-builder kept` to list them.', 'bad-flag');
    return withKeptEngine(values as { engine?: string }, io, async (engine) => {
      const k = await requireKept(engine, positionals[0]);
      await discardKept(engine, k);
      io.stdout.write(`discarded ${k.id} (${k.atom})\n`);
      return 0;
    });
  },
};
