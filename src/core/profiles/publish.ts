/**
 * Publishing the artifacts folder through a builder image (design §4.1, §4.2): `emaint binhost --fix` in the
 * Gentoo image writes Portage's own `Packages`; `eit` in `sabayon/eit-amd64` makes an Entropy repository the
 * way Sabayon's devkit (`sabayon-createrepo`) does. Both read the packages from a read-only input and leave
 * their result in `packagesDir`, which the run brings back. The scripts are constants: user values travel
 * in the environment and in server.conf, never in a shell string.
 */
import type { BuildConfig } from '../buildConfig';
import { LABEL_BUILD, LABEL_PROFILE, LABEL_WORKSPACE, type ContainerSpec } from '../buildModel';
import { UserError } from '../userError';
import { baseSpecFields } from './common';
import { GENTOO_DEFAULT_IMAGE, gentooTree } from './gentoo';

export const EIT_DEFAULT_IMAGE = 'sabayon/eit-amd64:latest';
export type PublishMethod = 'index' | 'emaint' | 'entropy';
export const PUBLISH_METHODS: readonly PublishMethod[] = ['index', 'emaint', 'entropy'];

/** Where the packages are read from inside the container (read-only). */
export const PUBLISH_PACKAGES_IN = '/var/tmp/ebuild-builder/packages';
const EMAINT_OUT = '/var/tmp/ebuild-builder/index';
/** The Entropy repository's URI in server.conf, as in Sabayon's devkit. */
const ENTROPY_OUT = '/sabayon/artifacts';

/**
 * emaint rewrites PKGDIR/Packages in place, so the packages are copied (times kept: MTIME) into a writable
 * PKGDIR first; only the index comes back.
 */
export const EMAINT_SCRIPT = [
  'set -e',
  `cp -a ${PUBLISH_PACKAGES_IN}/. /var/cache/binpkgs/`,
  'rm -f /var/cache/binpkgs/Packages /var/cache/binpkgs/Packages.gz',
  'emaint binhost --fix',
  `test -s /var/cache/binpkgs/Packages || { echo 'ebuild-builder: emaint wrote no Packages file' >&2; exit 3; }`,
  `mkdir -p ${EMAINT_OUT}`,
  `cp -p /var/cache/binpkgs/Packages ${EMAINT_OUT}/Packages`,
].join('\n');

/** Exit status of the Entropy script when the folder holds no .tbz2 (Entropy takes XPAK packages only). */
export const ENTROPY_NO_TBZ2_EXIT = 2;

/** Sabayon devkit's create-repo steps: init (answering its question), inject every .tbz2, commit, push. */
export const ENTROPY_SCRIPT = [
  'set -e',
  `mapfile -t pkgs < <(find ${PUBLISH_PACKAGES_IN} -name '*.tbz2' -type f | sort)`,
  `[ "\${#pkgs[@]}" -gt 0 ] || { echo 'ebuild-builder: no .tbz2 packages to inject' >&2; exit ${ENTROPY_NO_TBZ2_EXIT}; }`,
  `mkdir -p ${ENTROPY_OUT}`,
  'echo Yes | eit init --quick "$REPOSITORY_NAME"',
  'eit inject "${pkgs[@]}"',
  'eit commit --quick',
  'eit push --quick --force',
].join('\n');

/** Entropy repository names: what `repositories.conf.d` and URLs accept. */
const REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function checkEntropyRepoName(name: string): string {
  if (!REPO_NAME.test(name)) {
    throw new UserError(
      `"${name}" is not a usable Entropy repository name.`,
      'Use letters, digits, dots, dashes and underscores (1 to 64 characters, starting with a letter or digit), e.g. "my-overlay" or "repo.example.org".',
      'bad-repo-name',
    );
  }
  return name;
}

/** The server.conf Sabayon's devkit writes: one repository, stored under ENTROPY_OUT. */
export function entropyServerConf(name: string, description: string): string {
  const desc = description.replace(/[\r\n|]+/g, ' ').trim() || name;
  return [
    'community-mode = enable',
    'weak-package-files = disable',
    'database-format = bz2',
    'broken-reverse-deps = disable',
    `default-repository = ${name}`,
    `repository = ${name}|${desc}|file://${ENTROPY_OUT}`,
    '',
  ].join('\n');
}

function publishLabels(id: string, method: PublishMethod, workspace?: string): Record<string, string> {
  return { [LABEL_BUILD]: id, [LABEL_PROFILE]: `publish-${method}`, ...(workspace ? { [LABEL_WORKSPACE]: workspace } : {}) };
}

export interface PublishSpecInput {
  /** The artifacts folder (PKGDIR) on this machine. */
  packagesDir: string;
  config: BuildConfig;
  id: string;
  workspaceFolder?: string;
}

/** A publish run uses no cache volume and brings back no build log. */
function noCaches(): Pick<ContainerSpec, 'volumes' | 'packagesDirIsCache' | 'logPaths' | 'capAdd' | 'securityOpt' | 'init'> {
  return { volumes: [], packagesDirIsCache: false, logPaths: [], capAdd: [], securityOpt: [], init: true };
}

export function emaintSpec(p: PublishSpecInput): ContainerSpec {
  const tree = gentooTree(p.config, false);
  return {
    image: p.config.images.gentoo ?? GENTOO_DEFAULT_IMAGE,
    entrypoint: ['/bin/sh', '-c', EMAINT_SCRIPT, 'ebuild-builder-emaint'],
    argv: [],
    env: { PKGDIR: '/var/cache/binpkgs' },
    inputs: [{ kind: 'dir', hostPath: p.packagesDir, containerPath: PUBLISH_PACKAGES_IN }, ...tree.inputs],
    packagesDir: EMAINT_OUT,
    volumesFrom: tree.volumesFrom,
    labels: publishLabels(p.id, 'emaint', p.workspaceFolder),
    notes: ['emaint binhost --fix over a copy of the artifacts folder; the Packages it writes is brought back', ...tree.notes],
    ...noCaches(),
    ...baseSpecFields(p.config),
    // Only the index matters; a tty would mix emaint's progress bar into it.
    tty: false,
  };
}

export interface EntropySpecInput extends PublishSpecInput {
  repository: string;
  description?: string;
}

export function entropySpec(p: EntropySpecInput): ContainerSpec {
  const name = checkEntropyRepoName(p.repository);
  return {
    image: p.config.images.eit ?? EIT_DEFAULT_IMAGE,
    entrypoint: ['/bin/bash', '-c', ENTROPY_SCRIPT, 'ebuild-builder-eit'],
    argv: [],
    env: { REPOSITORY_NAME: name, EDITOR: 'cat', LC_ALL: 'C.UTF-8' },
    inputs: [
      { kind: 'dir', hostPath: p.packagesDir, containerPath: PUBLISH_PACKAGES_IN },
      { kind: 'content', containerPath: '/etc/entropy/server.conf', content: entropyServerConf(name, p.description ?? '') },
    ],
    packagesDir: ENTROPY_OUT,
    volumesFrom: [],
    labels: publishLabels(p.id, 'entropy', p.workspaceFolder),
    notes: [`eit init/inject/commit/push of every .tbz2 into the Entropy repository ${name}`],
    ...noCaches(),
    ...baseSpecFields(p.config),
    tty: false,
  };
}
