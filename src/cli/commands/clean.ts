/** `ebuild-builder clean`: removes leftover builder containers (found by label) from the engine, and on a swarm manager what swarm runs left. */
import { DEFAULT_BUILD_CONFIG } from '../../core/buildConfig';
import { cleanupContainers } from '../../docker/containers';
import { connectForConfig } from '../../docker/engineForBuild';
import { cleanupSwarm } from '../../docker/swarmClean';
import { parseCommandArgs } from '../argList';
import type { CliCommand } from '../cliTypes';

export const command: CliCommand = {
  name: 'clean',
  summary: 'remove leftover builder containers',
  usage: `Usage: ebuild-builder clean [--engine URL | --context NAME] [--run ID]

Removes every container labelled ebuild-builder.build (builds that were interrupted or kept after a failure), but the
running builds of live processes. On a swarm manager, also the services, secrets and configs of swarm runs whose
process is gone (Swarm removes their containers on every node), found by the label ebuild-builder.run.

  --run ID   only what the swarm run ID left (its id is in the run's first line); no builder containers
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, 'clean', { engine: { type: 'string' }, context: { type: 'string' }, run: { type: 'string' } });
    const engine = await connectForConfig({ ...DEFAULT_BUILD_CONFIG, engine: values.engine ?? values.context }, io.env);
    try {
      const swarm = await cleanupSwarm(engine, values.run);
      for (const l of swarm.removed) io.stdout.write(`removed swarm ${l.kind} ${l.name} (run ${l.run}${l.role ? `, ${l.role}` : ''})\n`);
      for (const l of swarm.live) io.stdout.write(`left swarm run ${l.run}: its process ${l.owner} still runs it (cancel it there)\n`);
      if (values.run) {
        io.stdout.write(`${swarm.removed.length} swarm object${swarm.removed.length === 1 ? '' : 's'} of run ${values.run} removed from ${engine.url}\n`);
        return 0;
      }
      const removed = await cleanupContainers(engine);
      for (const c of removed) io.stdout.write(`removed ${c.name} (${c.atom || 'unknown atom'}, ${c.state})\n`);
      io.stdout.write(`${removed.length} builder container${removed.length === 1 ? '' : 's'} removed from ${engine.url}\n`);
      return 0;
    } finally {
      await engine.close();
    }
  },
};
