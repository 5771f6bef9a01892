/**
 * `ebuild-builder publish DIR`: make a folder of binary packages a binhost — `Packages`/`Packages.gz` by this
 * project's writer (default), by `emaint binhost --fix` in the Gentoo builder image, or an Entropy repository
 * by `eit` in the sabayon/eit-amd64 image.
 */
import * as path from 'node:path';
import { publishBinhost } from '../../core/binpkg/binhost';
import { PUBLISH_METHODS, type PublishMethod } from '../../core/profiles/publish';
import { isUserError, UserError } from '../../core/userError';
import { connectForConfig } from '../../docker/engineForBuild';
import { runPublishInContainer } from '../../docker/publishRun';
import { buildConfigFor } from '../buildOptions';
import type { CliCommand, CliIO } from '../cliTypes';
import { engineConfigFromFlags } from './engine';
import { parseCommandArgs } from '../argList';

const usage = `Usage: ebuild-builder publish <dir> [options]

Makes <dir> (a PKGDIR, e.g. the artifacts folder) a binhost.

  --method index     (default) scan <dir> for .gpkg.tar, .tbz2 and .xpak packages and write <dir>/Packages and
                     <dir>/Packages.gz the way Portage's "emaint binhost --fix" does; no container. An existing
                     index keeps its header (ARCH, ACCEPT_*, PROFILE, …); a new one gets CHOST and VERSION.
  --method emaint    run "emaint binhost --fix" in the Gentoo builder image over a copy of <dir> and put the
                     Packages it writes (and a Packages.gz) into <dir>
  --method entropy   build an Entropy repository of the .tbz2 packages with eit (init, inject, commit, push) in
                     the sabayon/eit-amd64 image; needs --repository NAME
Files are replaced atomically; a failed or cancelled run changes nothing.

Options:
  --repository NAME    Entropy repository name (--method entropy)
  --description TEXT   Entropy repository description
  --out DIR            Entropy repository folder (default: <parent of dir>/entropy/<NAME>)
  --image IMAGE        image for the container (default: the gentoo or eit image of the settings)
  --workspace DIR      workspace folder whose .vscode/settings.json to read (default: the current folder)
  --engine URL | --context NAME   Docker engine (as for build); --accept-host-key, --identity-file, --timeout
  --network MODE       Docker network mode for the container
  --json               print the result as JSON

Environment: EBUILD_BUILDER_IMAGE_GENTOO, EBUILD_BUILDER_IMAGE_EIT, EBUILD_BUILDER_GENTOO_TREE choose images and
the tree as for build.
Exit status: 0 when published; 1 when some packages could not be read (index) or the tool failed; 2 on errors;
130 when interrupted.
`;

function parse(args: string[]) {
  return parseCommandArgs(args, 'publish', {
        json: { type: 'boolean' }, method: { type: 'string' }, repository: { type: 'string' }, description: { type: 'string' },
        out: { type: 'string' }, image: { type: 'string' }, workspace: { type: 'string' }, network: { type: 'string' },
        engine: { type: 'string' }, context: { type: 'string' }, 'accept-host-key': { type: 'string' },
        'identity-file': { type: 'string' }, 'known-hosts': { type: 'string' }, timeout: { type: 'string' },
  }, true);
}

export const command: CliCommand = {
  name: 'publish',
  summary: 'make a folder of binary packages a binhost (Packages index, emaint, or an Entropy repository)',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parse(args);
    const v = parsed.values;
    if (parsed.positionals.length !== 1) throw new UserError('publish takes one folder.', 'Example: ebuild-builder publish artifacts', 'bad-flag');
    const method = (v.method ?? 'index') as PublishMethod;
    if (!PUBLISH_METHODS.includes(method)) {
      throw new UserError(`--method "${v.method}" is not one of ${PUBLISH_METHODS.join(', ')}.`, 'Run `ebuild-builder publish --help` for what each does.', 'bad-flag');
    }
    if (method === 'entropy' && !v.repository) {
      throw new UserError('--method entropy needs --repository NAME.', 'Example: ebuild-builder publish artifacts --method entropy --repository my-overlay', 'bad-flag');
    }
    if (method !== 'entropy' && (v.repository || v.description || v.out)) {
      throw new UserError('--repository, --description and --out go with --method entropy.', 'Add --method entropy, or leave them out.', 'bad-flag');
    }
    const dir = path.resolve(io.cwd, parsed.positionals[0]);
    if (method === 'index') return publishIndex(dir, Boolean(v.json), io);

    const workspace = path.resolve(io.cwd, v.workspace ?? '.');
    const config = await buildConfigFor(workspace, { env: [], emergeArg: [], network: v.network, engine: v.engine }, io.env);
    if (v.image) config.images = { ...config.images, [method === 'emaint' ? 'gentoo' : 'eit']: v.image };
    const { engine: _url, ...extra } = engineConfigFromFlags(v, io);
    const engine = await connectForConfig(config, io.env, extra);
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    try {
      const r = await runPublishInContainer({
        method, packagesDir: dir, config, engine, workspaceFolder: workspace, signal: abort.signal,
        repository: v.repository, description: v.description, outDir: v.out ? path.resolve(io.cwd, v.out) : undefined,
        onEvent: (e) => {
          if (v.json) return;
          if (e.type === 'output') (e.stream === 'stderr' ? io.stderr : io.stdout).write(e.data);
          else if (e.type === 'transfer') io.stderr.write(`ebuild-builder publish: ${e.direction === 'upload' ? 'uploaded' : 'downloaded'} ${e.bytes} bytes in ${e.ms} ms\n`);
        },
      });
      if (v.json) io.stdout.write(JSON.stringify({ method: r.method, image: r.image, written: r.written, packages: r.packages }, null, 2) + '\n');
      else io.stdout.write(`Published ${r.packages} package${r.packages === 1 ? '' : 's'} with ${method === 'emaint' ? 'emaint' : 'eit'} in ${r.image}: ${r.written.join(' and ')}\n`);
      return 0;
    } catch (e) {
      if (abort.signal.aborted) {
        io.stderr.write('ebuild-builder publish: interrupted; nothing was changed.\n');
        return 130;
      }
      // The tool ran and failed: its own words are above; say what it means and exit as a failed build does.
      if (isUserError(e) && e.code === 'publish-failed') {
        io.stderr.write(`ebuild-builder publish: ${e.toString()}\n`);
        return 1;
      }
      throw e;
    } finally {
      process.removeListener('SIGINT', onSignal);
      await engine.close();
    }
  },
};

async function publishIndex(dir: string, json: boolean, io: CliIO): Promise<number> {
  const r = await publishBinhost(dir);
  if (json) {
    io.stdout.write(JSON.stringify({ header: r.index.header, packages: r.index.packages, skipped: r.skipped }, null, 2) + '\n');
  } else {
    io.stdout.write(`Wrote ${r.written.join(' and ')} (${r.index.packages.length} package${r.index.packages.length === 1 ? '' : 's'}).\n`);
    for (const p of r.index.packages) io.stdout.write(`  ${p.CPV}${p.BUILD_ID ? ` (build ${p.BUILD_ID})` : ''}  ${p.PATH}\n`);
  }
  for (const s of r.skipped) io.stderr.write(`ebuild-builder publish: skipped ${s.path}: ${s.reason}\n`);
  return r.skipped.length ? 1 : 0;
}
