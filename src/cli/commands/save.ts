/** `ebuild-builder save`: `docker commit` a kept builder container as an image (a warmed builder, as the Sabayon workflow does). */
import { DEFAULT_BUILD_CONFIG } from '../../core/buildConfig';
import { UserError } from '../../core/userError';
import { saveBuilderState } from '../../docker/containers';
import { connectForConfig } from '../../docker/engineForBuild';
import type { CliCommand } from '../cliTypes';
import { parseCommandArgs } from '../argList';

export const command: CliCommand = {
  name: 'save',
  summary: 'save a kept builder container as an image (docker commit)',
  usage: `Usage: ebuild-builder save <build-id|container> <image[:tag]> [--engine URL | --context NAME]

Saves the state of a builder container kept after a failed build (build with --keep, or the
ebuildBuilder.keepContainerOnFailure setting) as an image; point a profile's image at it to reuse it.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, 'save', { engine: { type: 'string' }, context: { type: 'string' } }, true);
    if (positionals.length !== 2) throw new UserError('save needs a build id (or container) and an image name.', 'Run `ebuild-builder save 1a2b3c4d5e6f my/builder:warm`.', 'bad-flag');
    const engine = await connectForConfig({ ...DEFAULT_BUILD_CONFIG, engine: values.engine ?? values.context }, io.env);
    try {
      const id = await saveBuilderState(engine, positionals[0], positionals[1]);
      io.stdout.write(`saved ${positionals[0]} as ${positionals[1]} (${id.slice(0, 19)})\n`);
      return 0;
    } finally {
      await engine.close();
    }
  },
};
