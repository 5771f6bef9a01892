/** `ebuild-builder refresh`: run the Sabayon builder's sync and equo upgrade once and save the result as an image. */
import * as path from 'node:path';
import { SABAYON_DEFAULT_IMAGE } from '../../core/profiles/sabayon';
import { connectForConfig } from '../../docker/engineForBuild';
import { refreshedTag, startRefresh } from '../../docker/refreshBuilder';
import { buildConfigFor } from '../buildOptions';
import type { CliCommand } from '../cliTypes';
import { parseCommandArgs } from '../argList';

export const command: CliCommand = {
  name: 'refresh',
  summary: 'sync and upgrade the Sabayon builder once, and save it as an image',
  usage: `Usage: ebuild-builder refresh [--no-sync] [--no-equo] [--tag IMAGE:TAG] [--image IMAGE] [--workspace DIR] [--engine URL | --context NAME]

Builds never sync or upgrade on their own (ebuildBuilder.sabayon.sync / .equo are off). This runs the
builder's own steps once, on purpose: \`layman -S\` and \`emerge --sync\` (the tree goes into a named volume),
then \`equo up && equo u\`; every step must succeed. The container is saved with docker commit as
IMAGE:refreshed-YYYYMMDD (or --tag). It prints the settings that make builds use it.
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, 'refresh', {
      'no-sync': { type: 'boolean' }, 'no-equo': { type: 'boolean' }, tag: { type: 'string' }, image: { type: 'string' },
      workspace: { type: 'string' }, engine: { type: 'string' }, context: { type: 'string' }, network: { type: 'string' },
    });
    const workspace = path.resolve(io.cwd, values.workspace ?? '.');
    const config = await buildConfigFor(workspace, { env: [], emergeArg: [], engine: values.engine ?? values.context, network: values.network }, io.env);
    const image = values.image ?? config.images.sabayon ?? SABAYON_DEFAULT_IMAGE;
    const tag = values.tag ?? refreshedTag(image);
    const engine = await connectForConfig(config, io.env);
    try {
      const started = await startRefresh({
        engine, config, image, tag, sync: !values['no-sync'], equo: !values['no-equo'],
        logDir: path.resolve(workspace, config.artifactsFolder, 'logs'),
      });
      io.stderr.write(`>>> ebuild-builder: refreshing ${image} on ${engine.url}, saving as ${tag}\n`);
      started.handle.onEvent((e) => {
        if (e.type === 'output') (e.stream === 'stderr' ? io.stderr : io.stdout).write(e.data);
      });
      const onSignal = () => void started.handle.cancel();
      process.once('SIGINT', onSignal);
      const result = await started.handle.done;
      process.removeListener('SIGINT', onSignal);
      io.stderr.write(`>>> ebuild-builder: full log: ${started.logPath}\n`);
      if (result.state !== 'succeeded') {
        if (result.error) io.stderr.write(`ebuild-builder refresh: ${result.error.toString()}\n`);
        io.stderr.write(`>>> ebuild-builder: refresh ${result.state}${result.exitCode !== undefined ? ` (exit ${result.exitCode})` : ''}: nothing was saved; builds keep using ${image}\n`);
        return result.exitCode || 1;
      }
      const settings = { images: { ...config.images, sabayon: tag }, sabayon: { ...config.sabayon, tree: started.treeVolume } };
      io.stdout.write(`saved ${tag}${started.treeVolume ? ` (tree in volume ${started.treeVolume})` : ''}\n`);
      io.stdout.write(`To build with it, set in .vscode/settings.json:\n  "ebuildBuilder.images": ${JSON.stringify(settings.images)},\n  "ebuildBuilder.sabayon": ${JSON.stringify(settings.sabayon)}\n`);
      return 0;
    } finally {
      await engine.close();
    }
  },
};
