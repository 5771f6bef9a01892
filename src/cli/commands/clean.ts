/** `ebuild-builder clean`: removes leftover builder containers (found by label) from the engine. */
import { parseArgs } from 'node:util';
import { DEFAULT_BUILD_CONFIG } from '../../core/buildConfig';
import { cleanupContainers } from '../../docker/containers';
import { connectForConfig } from '../../docker/engineForBuild';
import type { CliCommand } from '../cliTypes';

export const command: CliCommand = {
  name: 'clean',
  summary: 'remove leftover builder containers',
  usage: 'Usage: ebuild-builder clean [--engine URL | --context NAME]\n\nRemoves every container labelled ebuild-builder.build (builds that were interrupted or kept after a failure).\n',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { engine: { type: 'string' }, context: { type: 'string' } } });
    const engine = await connectForConfig({ ...DEFAULT_BUILD_CONFIG, engine: values.engine ?? values.context }, io.env);
    try {
      const removed = await cleanupContainers(engine);
      for (const c of removed) io.stdout.write(`removed ${c.name} (${c.atom || 'unknown atom'}, ${c.state})\n`);
      io.stdout.write(`${removed.length} builder container${removed.length === 1 ? '' : 's'} removed from ${engine.url}\n`);
      return 0;
    } finally {
      await engine.close();
    }
  },
};
