/** `ebuild-builder ci init github|gitlab`: writes a CI workflow that builds the changed ebuilds on each push. */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CliCommand, CliIO } from '../cliTypes';
import { DEFAULT_BUILD_CONFIG } from '../../core/buildConfig';
import { ciWorkflow, type CiKind, type CiOptions } from '../../core/ciWorkflows';
import { readWorkspaceBuildSettings } from '../../core/workspaceSettings';
import { UserError } from '../../core/userError';
import { rejectUnknown, takeFlag, takeOption, takeOptions } from '../argList';
import { parseEnvFlag } from '../buildOptions';

const usage = `Usage: ebuild-builder ci init github|gitlab [--profile P] [--image I] [--env K=V]… [--repo DIR] [--force]

Writes .github/workflows/ebuild-builder.yml (GitHub Actions) or .gitlab-ci.yml (GitLab CI): on each push and
pull/merge request it runs \`ebuild-builder build --changed\`, caches distfiles and binpkgs, uploads logs and
packages, and turns findings into annotations. Profile, image and env default to the workspace settings
(.vscode/settings.json: ebuildBuilder.defaultProfile, .images, .env). Regenerating gives the same bytes.

  --force       overwrite a workflow file that differs
  --repo DIR    the repository (default: the current directory)
`;

/** The CLI line CI runs: this package at this version from npm. */
export function defaultCiCli(): string {
  return `npx --yes ebuild-builder@${ownVersion()}`;
}

// The package.json above this file (bundled in dist/, or transpiled in out/src/cli/commands/).
function ownVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ebuild-builder' && pkg.version) return pkg.version;
    } catch {
      // not here: keep walking up
    }
  }
  return 'latest';
}

/** Options from the workspace settings, overridden by flags. */
export async function ciOptionsFor(folder: string, flags: { profile?: string; image?: string; env?: Record<string, string> }): Promise<CiOptions> {
  const s = await readWorkspaceBuildSettings(folder);
  const profile = flags.profile ?? s.defaultProfile ?? DEFAULT_BUILD_CONFIG.profile;
  return { profile, image: flags.image ?? s.images?.[profile], env: { ...s.env, ...flags.env }, cli: defaultCiCli() };
}

/** Writes the workflow (atomically); `unchanged` when the file already has these bytes. */
export async function writeCiWorkflow(folder: string, kind: CiKind, options: CiOptions, force: boolean): Promise<{ path: string; status: 'written' | 'unchanged' }> {
  const { path, content } = ciWorkflow(kind, options);
  const file = join(folder, path);
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing === content) return { path: file, status: 'unchanged' };
  if (existing !== undefined && !force) {
    throw new UserError(`${file} already exists and differs from what would be generated.`, 'Pass --force to replace it (your edits there are lost), or edit it by hand.', 'ci-file-exists');
  }
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, content);
  await rename(tmp, file);
  return { path: file, status: 'written' };
}

export const command: CliCommand = {
  name: 'ci',
  summary: 'write a GitHub/GitLab CI workflow that builds changed ebuilds on each push',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const rest = [...args];
    const profile = takeOption(rest, '--profile');
    const image = takeOption(rest, '--image');
    const env = Object.fromEntries(takeOptions(rest, '--env').map(parseEnvFlag));
    const repo = takeOption(rest, '--repo');
    const force = takeFlag(rest, '--force');
    const [sub, kind, ...more] = rest;
    if (sub !== 'init' || (kind !== 'github' && kind !== 'gitlab')) {
      throw new UserError(`Expected \`ci init github\` or \`ci init gitlab\`, got \`ci ${rest.join(' ')}\`.`, 'Run `ebuild-builder ci --help`.', 'bad-argument');
    }
    rejectUnknown(more, 'ci');
    const folder = resolve(io.cwd, repo ?? '.');
    const options = await ciOptionsFor(folder, { profile, image, env });
    const r = await writeCiWorkflow(folder, kind, options, force);
    io.stdout.write(`${r.status === 'written' ? 'Wrote' : 'Unchanged:'} ${r.path} (profile ${options.profile})\n`);
    return 0;
  },
};
