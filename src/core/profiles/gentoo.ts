/**
 * The Gentoo builder (design §4.2): a stage3 image, the tree from a snapshot volume / host path / the image,
 * every workspace overlay at /var/db/repos/<name> with a generated repos.conf, overrides under
 * /etc/portage/package.<kind>/, and an `emerge` argv composed here.
 */
import type { BuildConfig } from '../buildConfig';
import type { ProfileDescriptor } from './descriptor';
import type { BuildRequest, ContainerInput, ContainerSpec } from '../buildModel';
import { OVERRIDE_KINDS } from '../buildModel';
import { UserError } from '../userError';
import { baseSpecFields, binpkgArgs, binpkgNote, binpkgVolume, buildLabels, cacheVolume, NAMESPACE_FEATURES_OFF, namespaceFeaturesNote, sourcesOfKind, userEnv } from './common';
import { reposConf } from './sabayon';

export const GENTOO_DEFAULT_IMAGE = 'gentoo/stage3:latest';
export const GENTOO_EMERGE_ARGS = ['--buildpkg', '--usepkg', '--oneshot', '--verbose', '--autounmask=y', '--autounmask-write=n'];
/** Appends the workspace make.conf fragment, then runs emerge with the argv we pass (never user text in the script). */
export const GENTOO_ENTRY_SCRIPT = [
  'f=/etc/portage/ebuild-builder/make.conf',
  'if [ -f "$f" ]; then if [ -d /etc/portage/make.conf ]; then cp "$f" /etc/portage/make.conf/zz-ebuild-builder.conf; else cat "$f" >> /etc/portage/make.conf; fi; fi',
  'exec emerge "$@"',
].join('\n');

export interface GentooTree {
  kind: 'volume' | 'host' | 'image';
  value?: string;
}

export function parseGentooTree(setting: string): GentooTree {
  const s = setting.trim();
  if (s === 'image') return { kind: 'image' };
  const m = /^(volume|host):(.+)$/.exec(s);
  if (m) return { kind: m[1] as 'volume' | 'host', value: m[2] };
  throw new UserError(
    `The setting ebuildBuilder.gentooTree is "${setting}", which is not one of volume:<image>, host:<path> or image.`,
    'Set it to "volume:gentoo/portage:latest" (the snapshot image), "host:/var/db/repos/gentoo" or "image".',
    'bad-setting',
  );
}

/** The name of the (never started) container whose volume holds the tree of `image`. */
export function treeSnapshotName(image: string): string {
  return `ebuild-builder-tree-${image.replace(/[^a-zA-Z0-9_.-]+/g, '-')}`;
}

/** Where the ::gentoo tree comes from (the setting), as mounts; none when the workspace holds a `gentoo` repository. */
export function gentooTree(config: BuildConfig, inWorkspace: boolean): { inputs: ContainerInput[]; volumesFrom: ContainerSpec['volumesFrom']; notes: string[] } {
  const tree = parseGentooTree(config.gentooTree);
  // A workspace `gentoo` repository (a checkout of ::gentoo) is the tree, mounted like any overlay.
  if (inWorkspace) return { inputs: [], volumesFrom: [], notes: ['tree: the workspace repository named "gentoo"'] };
  if (tree.kind === 'volume') {
    return { inputs: [], volumesFrom: [{ container: treeSnapshotName(tree.value!), image: tree.value! }], notes: [`tree from the ${tree.value} snapshot volume`] };
  }
  if (tree.kind === 'host') {
    return { inputs: [{ kind: 'dir', hostPath: tree.value!, containerPath: '/var/db/repos/gentoo', origin: `ebuildBuilder.gentooTree (${config.gentooTree})` }], volumesFrom: [], notes: [`tree from ${tree.value} on the engine's machine`] };
  }
  return { inputs: [], volumesFrom: [], notes: [] };
}

export function gentooSpec(request: BuildRequest, config: BuildConfig, buildId: string): ContainerSpec {
  const notes: string[] = [namespaceFeaturesNote];
  const inputs: ContainerInput[] = [];
  for (const o of request.overlays) {
    inputs.push({ kind: 'dir', hostPath: o.realPath, containerPath: `/var/db/repos/${o.name}`, origin: `the overlay ${o.name}` });
    inputs.push({ kind: 'content', containerPath: `/etc/portage/repos.conf/${o.name}.conf`, content: reposConf(o.name, o.masters) });
  }
  for (const kind of OVERRIDE_KINDS) {
    for (const { source, relative } of sourcesOfKind(request, kind)) {
      const base = `/etc/portage/package.${kind}`;
      const containerPath = source.isDirectory ? `${base}/ebuild-builder/${relative}` : `${base}/zz-ebuild-builder`;
      inputs.push({ kind: 'file', hostPath: source.path, containerPath, origin: source.path });
    }
  }
  if (request.overrides.envDir) inputs.push({ kind: 'dir', hostPath: request.overrides.envDir, containerPath: '/etc/portage/env', origin: request.overrides.envDir });
  if (request.overrides.makeConf) inputs.push({ kind: 'file', hostPath: request.overrides.makeConf, containerPath: '/etc/portage/ebuild-builder/make.conf', origin: request.overrides.makeConf });

  const tree = gentooTree(config, request.overlays.some((o) => o.name === 'gentoo'));
  inputs.push(...tree.inputs);
  notes.push(...tree.notes);
  const { volumesFrom } = tree;

  notes.push(binpkgNote(request));
  const env = userEnv(config, request);
  env.FEATURES = env.FEATURES ? `${NAMESPACE_FEATURES_OFF} ${env.FEATURES}` : NAMESPACE_FEATURES_OFF;
  env.PKGDIR = '/var/cache/binpkgs';
  const volumes: ContainerSpec['volumes'] = [];
  if (request.caches.distfiles) volumes.push({ name: cacheVolume('gentoo', 'distfiles'), containerPath: '/var/cache/distfiles' });
  volumes.push(...binpkgVolume(request, '/var/cache/binpkgs'));
  if (request.caches.ccache) {
    volumes.push({ name: cacheVolume('gentoo', 'ccache'), containerPath: '/var/cache/ccache' });
    env.CCACHE_DIR ??= '/var/cache/ccache';
    env.FEATURES += ' ccache';
  }
  return {
    image: request.image ?? config.images.gentoo ?? GENTOO_DEFAULT_IMAGE,
    entrypoint: ['/bin/sh', '-c', GENTOO_ENTRY_SCRIPT, 'ebuild-builder'],
    argv: [...GENTOO_EMERGE_ARGS, ...binpkgArgs(request), ...request.emergeArgs, request.atom],
    env,
    inputs,
    packagesDir: '/var/cache/binpkgs',
    packagesDirIsCache: volumes.some((v) => v.containerPath === '/var/cache/binpkgs'),
    logPaths: [`/var/tmp/portage/${request.category}/${request.pn}-${request.pvr}/temp/build.log`],
    volumes,
    volumesFrom,
    labels: buildLabels(request, buildId),
    capAdd: [],
    securityOpt: [],
    init: true,
    notes,
    ...baseSpecFields(config),
  };
}

export const gentooProfile: ProfileDescriptor = {
  name: 'gentoo', displayName: 'Gentoo', defaultImage: GENTOO_DEFAULT_IMAGE, layout: 'gentoo', pkgcheck: true,
  spec: async (request, config, buildId) => gentooSpec(request, config, buildId),
};
