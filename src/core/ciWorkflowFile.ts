/**
 * Writing the CI workflow into a repository (shared by `ebuild-builder ci init` and VS Code's "Add CI workflow"):
 * the options from the workspace settings, the pinned CLI (a tarball kept in the repository, or at a URL, with
 * its SHA-512), and an atomic write that never replaces a file that differs unless asked.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG } from './buildConfig';
import { ciWorkflow, type CiKind, type CiOptions, type CliSource } from './ciWorkflows';
import { UserError } from './userError';
import { readWorkspaceBuildSettings } from './workspaceSettings';

/** Where a tarball kept in the repository goes. */
const CI_CLI_FOLDER = '.ebuild-builder';

export const NO_CLI_SOURCE = new UserError(
  'Say where CI gets the Ebuild Builder CLI: the workflow runs only a tarball whose SHA-512 it knows.',
  'Make one with `npm ci && npm run build && npm pack` in a checkout of Ebuild Builder, then pass --cli-tarball ebuild-builder-X.tgz (kept in the repository) or --cli-url https://…/ebuild-builder-X.tgz --cli-sha512 HASH.',
  'no-cli-source',
);

async function sha512Of(file: string): Promise<string> {
  return createHash('sha512').update(await fs.readFile(file)).digest('hex');
}

/** A local `npm pack` tarball copied into the repository (under .ebuild-builder/), as the workflow's CLI. */
export async function keepCliTarball(repo: string, tarball: string): Promise<CliSource> {
  let st;
  try {
    st = await fs.stat(tarball);
  } catch {
    throw new UserError(`${tarball} does not exist.`, 'Pass the .tgz that `npm pack` wrote.', 'bad-flag');
  }
  if (!st.isFile() || !tarball.endsWith('.tgz')) throw new UserError(`${tarball} is not a .tgz file.`, 'Pass the .tgz that `npm pack` wrote.', 'bad-flag');
  const name = path.basename(tarball).replace(/[^A-Za-z0-9._-]/g, '-');
  const target = path.join(repo, CI_CLI_FOLDER, name);
  await fs.mkdir(path.dirname(target), { recursive: true });
  if (path.resolve(tarball) !== path.resolve(target)) await fs.copyFile(tarball, target);
  return { kind: 'file', path: `${CI_CLI_FOLDER}/${name}`, sha512: await sha512Of(target) };
}

/** Options from the workspace settings, overridden by flags. */
export async function ciOptionsFor(folder: string, flags: { profile?: string; image?: string; env?: Record<string, string>; cli: CliSource }): Promise<CiOptions> {
  const s = await readWorkspaceBuildSettings(folder);
  const profile = flags.profile ?? s.defaultProfile ?? DEFAULT_BUILD_CONFIG.profile;
  return { profile, image: flags.image ?? s.images?.[profile], env: { ...s.env, ...flags.env }, cli: flags.cli };
}

/** Writes the workflow (atomically); `unchanged` when the file already has these bytes. */
export async function writeCiWorkflow(folder: string, kind: CiKind, options: CiOptions, force: boolean): Promise<{ path: string; status: 'written' | 'unchanged' }> {
  const { path: rel, content } = ciWorkflow(kind, options);
  const file = path.join(folder, rel);
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing === content) return { path: file, status: 'unchanged' };
  if (existing !== undefined && !force) {
    throw new UserError(`${file} already exists and differs from what would be generated.`, 'Pass --force to replace it (your edits there are lost), or edit it by hand.', 'ci-file-exists');
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await fs.writeFile(tmp, content);
  await fs.rename(tmp, file);
  return { path: file, status: 'written' };
}
