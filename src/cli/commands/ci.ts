/** `ebuild-builder ci init github|gitlab`: writes a CI workflow that builds the changed ebuilds on each push. */
import { resolve } from 'node:path';
import type { CliCommand, CliIO } from '../cliTypes';
import type { CliSource } from '../../core/ciWorkflows';
import { ciOptionsFor, keepCliTarball, NO_CLI_SOURCE, writeCiWorkflow } from '../../core/ciWorkflowFile';
import { UserError } from '../../core/userError';
import { parseCommandArgs } from '../argList';
import { parseEnvFlag } from '../buildOptions';

const usage = `Usage: ebuild-builder ci init github|gitlab (--cli-tarball FILE.tgz | --cli-url URL --cli-sha512 HASH)
                          [--profile P] [--image I] [--env K=V]… [--repo DIR] [--force]

Writes .github/workflows/ebuild-builder.yml (GitHub Actions) or .gitlab-ci.yml (GitLab CI): on each push and
pull/merge request it runs \`ebuild-builder build --changed\`, caches distfiles and binpkgs, uploads logs and
packages, and turns findings into annotations. Profile, image and env default to the workspace settings
(.vscode/settings.json: ebuildBuilder.defaultProfile, .images, .env). Regenerating gives the same bytes.

The workflow runs a CLI whose origin you control: the tarball \`npm pack\` makes from a checkout of Ebuild
Builder (after \`npm ci && npm run build\`), checked against its SHA-512 before anything of it runs.

  --cli-tarball FILE   keep that tarball in the repository (.ebuild-builder/) and pin its hash
  --cli-url URL        or fetch it from URL (a release asset) …
  --cli-sha512 HASH    … with this SHA-512 (\`sha512sum ebuild-builder-X.tgz\`)
  --force       overwrite a workflow file that differs
  --repo DIR    the repository (default: the current directory)
`;

export const command: CliCommand = {
  name: 'ci',
  summary: 'write a GitHub/GitLab CI workflow that builds changed ebuilds on each push',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, 'ci', {
      profile: { type: 'string' }, image: { type: 'string' }, env: { type: 'string', multiple: true }, repo: { type: 'string' },
      force: { type: 'boolean' }, 'cli-tarball': { type: 'string' }, 'cli-url': { type: 'string' }, 'cli-sha512': { type: 'string' },
    }, true);
    const { profile, image, repo, force } = values;
    const env = Object.fromEntries((values.env ?? []).map(parseEnvFlag));
    const [cliTarball, cliUrl, cliSha] = [values['cli-tarball'], values['cli-url'], values['cli-sha512']];
    const [sub, kind, ...more] = positionals;
    if (sub !== 'init' || (kind !== 'github' && kind !== 'gitlab') || more.length) {
      throw new UserError(`Expected \`ci init github\` or \`ci init gitlab\`, got \`ci ${positionals.join(' ')}\`.`, 'Run `ebuild-builder ci --help`.', 'bad-argument');
    }
    const folder = resolve(io.cwd, repo ?? '.');
    let cli: CliSource;
    if (cliTarball) cli = await keepCliTarball(folder, resolve(io.cwd, cliTarball));
    else if (cliUrl && cliSha) cli = { kind: 'url', url: cliUrl, sha512: cliSha.toLowerCase() };
    else throw NO_CLI_SOURCE;
    const options = await ciOptionsFor(folder, { profile, image, env, cli });
    const r = await writeCiWorkflow(folder, kind, options, Boolean(force));
    io.stdout.write(`${r.status === 'written' ? 'Wrote' : 'Unchanged:'} ${r.path} (profile ${options.profile})\n`);
    return 0;
  },
};
