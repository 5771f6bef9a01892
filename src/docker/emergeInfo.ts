/**
 * `emerge --info` of a builder, as a bug report needs it: the same container a build of the ebuild gets (image,
 * tree, overlays, overrides, env), run through prepareBuild with `--info` among emerge's arguments, without caches,
 * its log in a scratch folder. The Sabayon builder prints the same block before every build, so a Sabayon build's
 * log already has it (bugReport.ts reads it from there).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import type { ContainerSpec } from '../core/buildModel';
import type { BuildHandle } from '../core/buildRun';
import { emergeInfoFromLog } from '../core/bugReport';
import { UserError } from '../core/userError';
import { prepareBuild } from './buildEbuild';
import type { Engine } from './engine';

export interface EmergeInfoOptions {
  workspaceFolders: string[];
  config: BuildConfig;
  profile?: string;
  engine?: Engine;
  /** The run once it is on its way (to show and cancel it). */
  onStart?: (handle: BuildHandle, spec: ContainerSpec) => void;
}

/** The `emerge --info` block the builder prints for the ebuild's build; throws a UserError when it cannot run. */
export async function emergeInfoOf(ebuild: string, opts: EmergeInfoOptions): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'ebuild-builder-info-'));
  try {
    const config: BuildConfig = {
      ...opts.config,
      emergeArgs: [...opts.config.emergeArgs, '--info'],
      caches: { distfiles: false, binpkgs: false, ccache: false },
      keepContainerOnFailure: false,
      artifactsFolder: path.join(scratch, 'artifacts'),
    };
    const { handle, spec } = await prepareBuild(ebuild, { workspaceFolders: opts.workspaceFolders, config, profile: opts.profile, engine: opts.engine, logDir: scratch });
    opts.onStart?.(handle, spec);
    const out: Buffer[] = [];
    handle.onEvent((e) => {
      if (e.type === 'output') out.push(e.data);
    });
    const result = await handle.done;
    const text = Buffer.concat(out).toString('utf8');
    const info = emergeInfoFromLog(text);
    if (info) return info;
    if (result.state === 'cancelled') throw new UserError('emerge --info was cancelled.', undefined, 'cancelled');
    throw result.error ?? new UserError(`emerge --info printed nothing a report can use in ${result.image} (exit ${result.exitCode ?? '?'}).`,
      'Run `emerge --info` in the builder image yourself and paste it into the report.', 'emerge-info-failed');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
