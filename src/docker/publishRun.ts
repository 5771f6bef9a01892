/**
 * Publishing through a builder image: `emaint binhost --fix` (Gentoo) or an Entropy repository with `eit`
 * (Sabayon). Runs through `startBuild`, so engines, uploads, live output, cancel, labels and clean-up are a
 * build's. What the container leaves is put in place only after it succeeded: `Packages` (+ our `Packages.gz`)
 * replaced atomically, an Entropy repository folder swapped in whole. A failed or cancelled run changes nothing.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import type { ContainerSpec } from '../core/buildModel';
import type { BuildHandle, RunEvent } from '../core/buildRun';
import { findPackageFiles, writeAtomically } from '../core/binpkg/binhost';
import { readBinaryPackage } from '../core/binpkg/readPackage';
import { gzipPackagesIndex, parsePackagesIndex } from '../core/binpkg/packagesIndex';
import { checkEntropyRepoName, emaintSpec, ENTROPY_NO_TBZ2_EXIT, entropySpec } from '../core/profiles/publish';
import { UserError } from '../core/userError';
import { startBuild } from './build';
import { newBuildId } from './buildEbuild';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';
import { connectForConfig, remoteTransportFor } from './engineForBuild';

export interface PublishRunOptions {
  method: 'emaint' | 'entropy';
  /** The artifacts folder (PKGDIR) on this machine. */
  packagesDir: string;
  config: BuildConfig;
  engine?: Engine;
  /** Entropy: repository name and description. */
  repository?: string;
  description?: string;
  /** Entropy: where the repository folder goes; default `<parent of packagesDir>/entropy/<repository>`. */
  outDir?: string;
  workspaceFolder?: string;
  signal?: AbortSignal;
  onEvent?: (e: RunEvent) => void;
  /** The run once its container is on its way (VS Code shows it in Builds, where it can be cancelled). */
  onStart?: (handle: BuildHandle, spec: ContainerSpec) => void;
}

export interface PublishRunResult {
  method: 'emaint' | 'entropy';
  image: string;
  argv: string[];
  /** Files or folders written on this machine. */
  written: string[];
  /** Packages in the published index or repository. */
  packages: number;
  /** Everything the container printed (the last MiB). */
  output: string;
}

const OUTPUT_KEEP = 1024 * 1024;

function defaultEntropyDir(packagesDir: string, repository: string): string {
  return path.join(path.dirname(path.resolve(packagesDir)), 'entropy', repository);
}

async function checkFolder(dir: string): Promise<string[]> {
  const st = await fs.stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new UserError(`${dir} is not a folder.`, 'Give the artifacts (PKGDIR) folder that holds the built packages.', 'publish-no-dir');
  }
  const files = await findPackageFiles(dir);
  if (!files.length) {
    throw new UserError(`No binary packages (.gpkg.tar, .tbz2, .xpak) under ${dir}.`, 'Build with --buildpkg first, or point at the folder the packages were collected in.', 'publish-empty');
  }
  return files;
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function runPublishInContainer(opts: PublishRunOptions): Promise<PublishRunResult> {
  const packagesDir = path.resolve(opts.packagesDir);
  const files = await checkFolder(packagesDir);
  const id = newBuildId();
  let outDir: string | undefined;
  if (opts.method === 'entropy') {
    const repo = checkEntropyRepoName(opts.repository ?? '');
    if (!files.some((f) => f.endsWith('.tbz2') || f.endsWith('.xpak'))) {
      throw new UserError(
        `Entropy takes XPAK packages (.tbz2, .xpak) and ${packagesDir} holds only GPKG (.gpkg.tar) files.`,
        'Build with BINPKG_FORMAT="xpak" (the Sabayon builder does), or publish these as a Portage binhost instead.',
        'publish-no-tbz2',
      );
    }
    outDir = path.resolve(opts.outDir ?? defaultEntropyDir(packagesDir, repo));
    if (isInside(outDir, packagesDir)) {
      throw new UserError(`The Entropy repository folder ${outDir} is inside the artifacts folder ${packagesDir}.`,
        'Choose a folder outside it: the repository holds copies of the packages, which the next publish would inject again.', 'publish-bad-out');
    }
  }
  const engine = opts.engine ?? (await connectForConfig(opts.config));
  await engine.docker.ping().catch((e) => {
    throw asUserError(e, engine, 'checking that it answers');
  });

  // The scratch folder sits beside the destination so the result can be renamed into place (same filesystem).
  const scratchParent = outDir ? path.dirname(outDir) : os.tmpdir();
  await fs.mkdir(scratchParent, { recursive: true });
  const scratch = await fs.mkdtemp(path.join(scratchParent, '.ebuild-builder-publish-'));
  const result = path.join(scratch, 'result');
  try {
    const spec = opts.method === 'emaint'
      ? emaintSpec({ packagesDir, config: opts.config, id, workspaceFolder: opts.workspaceFolder })
      : entropySpec({
        packagesDir: await entropyInput(packagesDir, files, path.join(scratch, 'input')), config: opts.config, id,
        workspaceFolder: opts.workspaceFolder, repository: opts.repository!, description: opts.description,
      });
    const handle = startBuild({
      engine, spec, buildId: id,
      artifactsDir: path.join(scratch, 'unused'),
      logPath: path.join(scratch, 'publish.log'),
      keepContainerOnFailure: false,
      stopGraceSeconds: opts.config.stopGraceSeconds,
      transport: engine.sharesFilesystem ? undefined : remoteTransportFor(engine),
      name: `ebuild-builder-publish-${opts.method}-${id}`,
      stagingDir: path.join(scratch, 'staging'),
      // Kept aside: it is put in place only once the run has succeeded.
      placeOutput: async (staging) => {
        await fs.rename(staging, result);
        return [];
      },
    });
    opts.onStart?.(handle, spec);
    let output = '';
    handle.onEvent((e) => {
      if (e.type === 'output') {
        output += e.data.toString('utf8');
        if (output.length > 2 * OUTPUT_KEEP) output = output.slice(-OUTPUT_KEEP);
      }
      opts.onEvent?.(e);
    });
    const onAbort = () => void handle.cancel();
    if (opts.signal?.aborted) onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const run = await handle.done.finally(() => opts.signal?.removeEventListener('abort', onAbort));
    output = output.slice(-OUTPUT_KEEP);
    const base = { method: opts.method, image: spec.image, argv: run.argv, output };
    if (run.state === 'error') throw run.error ?? new UserError(`Publishing could not run in ${spec.image}.`, 'See the output.', 'publish-error');
    if (run.state === 'cancelled') throw new UserError('Publishing was cancelled; nothing was changed.', undefined, 'cancelled');
    if (run.exitCode !== 0) throw failure(opts.method, spec.image, run.exitCode ?? -1, output);
    if (opts.method === 'emaint') return { ...base, ...(await placeIndex(result, packagesDir, spec.image)) };
    return { ...base, ...(await placeRepository(result, outDir!, id, spec.image)) };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Entropy (`eit inject`) takes XPAK packages named `.tbz2` only. Portage with binpkg-multi-instance (its default)
 * writes them as `CATEGORY/PN/PF-BUILD_ID.xpak`: those are given to eit as `CATEGORY/PF.tbz2` (the newest build of
 * each PF), beside the `.tbz2` files as they are. Without any `.xpak` the artifacts folder itself is used.
 */
async function entropyInput(packagesDir: string, files: string[], dir: string): Promise<string> {
  const xpaks = files.filter((f) => f.endsWith('.xpak'));
  if (!xpaks.length) return packagesDir;
  const chosen = new Map<string, { file: string; mtime: number; buildId: number }>();
  const offer = async (rel: string, file: string, buildId: number) => {
    const mtime = (await fs.stat(file)).mtimeMs;
    const had = chosen.get(rel);
    if (!had || mtime > had.mtime || (mtime === had.mtime && buildId > had.buildId)) chosen.set(rel, { file, mtime, buildId });
  };
  for (const f of files.filter((x) => x.endsWith('.tbz2'))) await offer(path.relative(packagesDir, f), f, 0);
  for (const f of xpaks) {
    const pkg = await readBinaryPackage(f, { listFiles: false, verify: false }).catch(() => undefined);
    if (!pkg?.category || !pkg.pf) continue; // not a package eit could read either
    await offer(path.join(pkg.category, `${pkg.pf}.tbz2`), f, Number(pkg.metadata.BUILD_ID) || 0);
  }
  for (const [rel, { file }] of chosen) {
    const target = path.join(dir, rel);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.link(file, target).catch(() => fs.copyFile(file, target));
  }
  return dir;
}

function failure(method: 'emaint' | 'entropy', image: string, exitCode: number, output: string): UserError {
  const tail = output.trim().split('\n').slice(-6).join('\n');
  const tool = method === 'emaint' ? 'emaint binhost --fix' : 'eit';
  if (exitCode === 127) {
    return new UserError(`${image} has no ${method === 'emaint' ? 'emaint (Portage)' : 'eit (entropy-server)'} on its PATH.`,
      method === 'emaint'
        ? 'Use a Gentoo image with Portage (ebuildBuilder.images.gentoo), or write the index with the built-in writer.'
        : 'Use the sabayon/eit-amd64 image (ebuildBuilder.images.eit), or publish a Portage binhost instead.', 'publish-tool-missing');
  }
  if (method === 'entropy' && exitCode === ENTROPY_NO_TBZ2_EXIT && output.includes('no .tbz2 packages')) {
    return new UserError(`eit found no .tbz2 packages in ${image}.`, 'Build with BINPKG_FORMAT="xpak", or publish a Portage binhost instead.', 'publish-no-tbz2');
  }
  return new UserError(`${tool} failed in ${image} (exit ${exitCode})${tail ? `:\n${tail}` : '.'}`,
    'Nothing was changed in the artifacts folder. Read the output above, fix the cause, and publish again.', 'publish-failed');
}

async function placeIndex(result: string, packagesDir: string, image: string): Promise<{ written: string[]; packages: number }> {
  const text = await fs.readFile(path.join(result, 'Packages'), 'utf8').catch(() => {
    throw new UserError(`emaint in ${image} finished but no Packages file came back.`, 'Check that PKGDIR in that image is /var/cache/binpkgs.', 'publish-failed');
  });
  const index = parsePackagesIndex(text);
  const stamp = Number(index.header.TIMESTAMP) || Math.floor(Date.now() / 1000);
  const target = path.join(packagesDir, 'Packages');
  await writeAtomically(target, Buffer.from(text, 'utf8'));
  await writeAtomically(`${target}.gz`, gzipPackagesIndex(text, stamp));
  return { written: [target, `${target}.gz`], packages: index.packages.length };
}

async function placeRepository(result: string, outDir: string, id: string, image: string): Promise<{ written: string[]; packages: number }> {
  const packages = (await findFiles(result)).filter((f) => f.endsWith('.tbz2')).length;
  if (!packages) {
    throw new UserError(`eit in ${image} finished but the repository it wrote holds no package.`, 'Read the eit output above; the packages may have been refused.', 'publish-failed');
  }
  // Swap the whole folder: clients never see half of an old and half of a new repository.
  const old = `${outDir}.old-${id}`;
  const hadOld = await fs.rename(outDir, old).then(() => true, (e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return false;
    throw new UserError(`Cannot replace ${outDir}: ${e.message}`, 'Check that the folder is writable and not open elsewhere.', 'publish-write');
  });
  try {
    await fs.rename(result, outDir);
  } catch (e) {
    if (hadOld) await fs.rename(old, outDir).catch(() => undefined);
    throw new UserError(`Cannot write ${outDir}: ${(e as Error).message}`, 'Check that the folder is writable.', 'publish-write');
  }
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
  return { written: [outDir], packages };
}

async function findFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await findFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
