/**
 * "Refresh Sabayon builder": the builder's sync and equo upgrade run once, on purpose, through the one runner
 * (startBuild), and the result is saved with `docker commit` (the seed's warmed builder). The synced tree lives in
 * a named volume, since the image declares /usr/portage a VOLUME that a commit leaves out.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import { LABEL_BUILD, LABEL_PROFILE } from '../core/buildModel';
import type { BuildHandle } from '../core/buildRun';
import { sabayonRefreshSpec } from '../core/profiles/sabayon';
import { UserError } from '../core/userError';
import { startBuild } from './build';
import { splitRepoTag } from './containers';
import { asUserError } from './dockerErrors';
import type { Engine } from './engine';

export interface RefreshOptions {
  engine: Engine;
  config: BuildConfig;
  /** The builder image to refresh. */
  image: string;
  /** Where the refreshed builder is saved, `repo:tag`. */
  tag: string;
  sync: boolean;
  equo: boolean;
  /** Folder for the log of the refresh. */
  logDir: string;
}

export interface StartedRefresh {
  handle: BuildHandle;
  /** The volume that receives the synced tree (empty when sync is off): ebuildBuilder.sabayon.tree. */
  treeVolume: string;
  logPath: string;
}

/** The refresh's default name: the image's repository with a dated tag, e.g. `sabayon/builder-amd64:refreshed-20261203`. */
export function refreshedTag(image: string, now = new Date()): string {
  const [repo] = splitRepoTag(image);
  const d = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${repo}:refreshed-${d}`;
}

export async function startRefresh(opts: RefreshOptions): Promise<StartedRefresh> {
  if (!opts.sync && !opts.equo) throw new UserError('A refresh with neither sync nor the equo upgrade would change nothing.', 'Leave at least one of them on.', 'nothing-to-refresh');
  const { engine, image } = opts;
  let original: { Entrypoint?: string | string[] | null; Cmd?: string | string[] | null };
  try {
    original = (await engine.docker.getImage(image).inspect()).Config ?? {};
  } catch (e) {
    throw asUserError(e, engine, `reading the configuration of ${image} (build with it once, or pull it, first)`);
  }
  const id = randomBytes(6).toString('hex');
  const treeVolume = opts.sync ? `ebuild-builder-sabayon-tree-${id}` : '';
  const [repo, tag] = splitRepoTag(opts.tag);
  const spec = sabayonRefreshSpec(image, { sync: opts.sync, equo: opts.equo }, treeVolume, { [LABEL_BUILD]: id, [LABEL_PROFILE]: 'sabayon-refresh' }, opts.config);
  const logPath = path.join(opts.logDir, `sabayon-refresh-${id}.log`);
  // The saved image runs as the original does: our refresh script is only this container's entrypoint.
  const changes = [
    `ENTRYPOINT ${JSON.stringify(original.Entrypoint ?? [])}`,
    `CMD ${JSON.stringify(original.Cmd ?? [])}`,
    ...(treeVolume ? [`LABEL ebuild-builder.tree-volume=${treeVolume}`] : []),
  ].join('\n');
  const handle = startBuild({
    engine,
    spec,
    buildId: id,
    artifactsDir: opts.logDir,
    logPath,
    keepContainerOnFailure: false,
    stopGraceSeconds: opts.config.stopGraceSeconds,
    name: `ebuild-builder-refresh-${id}`,
    placeOutput: async () => [],
    onSuccess: async (container) => {
      try {
        await container.commit({ repo, tag, comment: `ebuild-builder refresh of ${image}`, changes });
      } catch (e) {
        throw asUserError(e, engine, `saving the refreshed builder as ${opts.tag}`);
      }
    },
  });
  // A refresh that did not finish leaves nothing: the half-synced tree volume goes too.
  const done = handle.done.then(async (result) => {
    if (result.state !== 'succeeded' && treeVolume) await engine.docker.getVolume(treeVolume).remove().catch(() => undefined);
    return result;
  });
  return { handle: { id: handle.id, onEvent: (l) => handle.onEvent(l), cancel: (o) => handle.cancel(o), done }, treeVolume, logPath };
}
