/**
 * The Sabayon builder (design §4.1, checked against the real `builder` script): `sabayon/builder-amd64 ATOM…
 * [--overlay NAME…]` with the workspace overlay at /usr/local/local_portage and overrides as `custom.<kind>` files
 * in the /etc/portage checkout. Sync and the equo upgrade are the user's choice (off by default), a make.conf
 * fragment is merged into the image's own, and every VOLUME of the image is a named cache or removed with the build.
 */
import * as path from 'node:path';
import type { BuildConfig } from '../buildConfig';
import type { ProfileDescriptor } from './descriptor';
import type { BuildRequest, ContainerInput, ContainerSpec } from '../buildModel';
import { UserError } from '../userError';
import { baseSpecFields, binpkgArgs, binpkgNote, binpkgVolume, buildLabels, cacheVolume, NAMESPACE_FEATURES_OFF, namespaceFeaturesNote, sourcesOfKind, userEnv } from './common';

export const SABAYON_DEFAULT_IMAGE = 'sabayon/builder-amd64:latest';
/** /etc/portage is a symlink to this git checkout (Sabayon/build); the builder stashes and pulls it every run. */
const SABAYON_CONF = '/opt/sabayon-build/conf/intel/portage';
/** The script's own default when EMERGE_DEFAULTS_ARGS is unset (devkit since 2018). */
const SABAYON_DEFAULT_EMERGE_ARGS = '--accept-properties=-interactive --quiet --oneshot --complete-graph --buildpkg';
/** Where the checkout has a folder for each kind; `package.license` is a file there, and every licence is accepted. */
const KIND_PATHS = [
  ['use', 'package.use/custom.use'],
  ['mask', 'package.mask/custom.mask'],
  ['unmask', 'package.unmask/custom.unmask'],
  ['env', 'package.env/custom.env'],
  ['accept_keywords', 'package.accept_keywords/custom.accept_keywords'],
] as const;
/** Variables the script sets itself, whatever the container's environment says. */
const SET_BY_BUILDER: Record<string, string> = { ACCEPT_LICENSE: '*', LC_ALL: 'en_US.UTF-8', ETP_NONINTERACTIVE: '1' };
const FRAGMENT = '/etc/ebuild-builder/make.conf';
/** A refreshed tree (a named volume), read-only; copied over the image's /usr/portage before each build. */
const SABAYON_TREE_MOUNT = '/var/lib/ebuild-builder/tree';
/**
 * Runs before the image's entrypoint when needed. The refreshed tree is copied in (never built in place, so no build
 * changes it for the next). MAKE_CONF is copied over /etc/portage/make.conf by the script: hand it the image's own
 * file with the workspace fragment appended, so nothing of Sabayon's (ACCEPT_KEYWORDS, CFLAGS, USE) is lost.
 */
const SABAYON_ENTRY_SCRIPT = [
  `if [ -d ${SABAYON_TREE_MOUNT}/profiles ]; then rsync -a --delete --exclude=/distfiles --exclude=/packages ${SABAYON_TREE_MOUNT}/ /usr/portage/ || exit 1; fi`,
  `if [ -f ${FRAGMENT} ]; then`,
  '  m=/var/tmp/ebuild-builder/make.conf',
  '  mkdir -p /var/tmp/ebuild-builder',
  '  if [ -f /etc/portage/make.conf ]; then cat /etc/portage/make.conf > "$m"; else : > "$m"; fi',
  `  printf '\\n# Ebuild Builder: the workspace make.conf fragment\\n' >> "$m"`,
  `  cat ${FRAGMENT} >> "$m"`,
  '  export MAKE_CONF="$m"',
  'fi',
  'exec /usr/sbin/builder "$@"',
].join('\n');
const ENTRY = ['/usr/bin/tini', '--', '/bin/sh', '-c', SABAYON_ENTRY_SCRIPT, 'sabayon-builder'];
/** The script splits EMERGE_DEFAULTS_ARGS with a shell: only plain words may go in. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./<>~*-]+$/;

function sabayonEmergeArgs(request: BuildRequest, env: Record<string, string>, notes: string[]): string {
  let args = env.EMERGE_DEFAULTS_ARGS ?? SABAYON_DEFAULT_EMERGE_ARGS;
  // With --quiet the compiler output only reaches build.log; the user must see it.
  if (/(^|\s)(--quiet|-q)(\s|$)/.test(args)) {
    args = args.replace(/(^|\s)(--quiet|-q)(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
    notes.push('--quiet removed from EMERGE_DEFAULTS_ARGS so compiler errors reach the output');
  }
  // --verbose: the merge list says what is built from source and what comes from a package.
  const verbose = /(^|\s)(--verbose|-v)(\s|$)/.test(args) ? [] : ['--verbose'];
  const extra = [...verbose, ...(request.caches.binpkgs && request.binpkgCache ? ['--usepkg'] : []), ...binpkgArgs(request), ...request.emergeArgs];
  for (const a of extra) {
    if (!PLAIN_WORD.test(a)) {
      throw new UserError(
        `The emerge argument "${a}" cannot be given to the Sabayon builder: it reads EMERGE_DEFAULTS_ARGS as shell words.`,
        'Remove it from ebuildBuilder.emergeArgs, or build with the gentoo profile, which passes arguments one by one.',
        'bad-setting',
      );
    }
  }
  return [args, ...extra].join(' ').trim();
}

export async function sabayonSpec(
  request: BuildRequest,
  config: BuildConfig,
  buildId: string,
  readText: (file: string) => Promise<string>,
): Promise<ContainerSpec> {
  const notes: string[] = [];
  const inputs: ContainerInput[] = [{ kind: 'dir', hostPath: request.overlay.realPath, containerPath: '/usr/local/local_portage', origin: `the overlay ${request.overlay.name}` }];
  for (const [kind, target] of KIND_PATHS) {
    const sources = sourcesOfKind(request, kind);
    const containerPath = `${SABAYON_CONF}/${target}`;
    if (sources.length === 1 && !sources[0].source.isDirectory) {
      inputs.push({ kind: 'file', hostPath: sources[0].source.path, containerPath, origin: sources[0].source.path });
    } else if (sources.length > 0) {
      // One custom file per kind: a package.<kind>/ folder is joined in Portage's order.
      let text = '';
      for (const { source } of sources) {
        const t = await readText(source.path);
        text += t.endsWith('\n') || t === '' ? t : `${t}\n`;
      }
      inputs.push({ kind: 'content', content: text, containerPath, origin: `${sources.length} files of ${request.overrides.root}/package.${kind}` });
      notes.push(`package.${kind}: ${sources.length} files joined into ${target}`);
    }
  }
  if (sourcesOfKind(request, 'license').length) {
    notes.push('package.license is not used: the Sabayon builder accepts every licence (it sets ACCEPT_LICENSE="*")');
  }
  // Each env/ file on its own, so Sabayon's own env/ files (O3.amd64.conf, …) stay visible.
  for (const file of request.overrides.envFiles ?? []) {
    const relative = path.relative(request.overrides.envDir!, file).split(path.sep).join('/');
    inputs.push({ kind: 'file', hostPath: file, containerPath: `${SABAYON_CONF}/env/${relative}`, origin: file });
  }

  const env = userEnv(config, request);
  for (const [name, value] of Object.entries(SET_BY_BUILDER)) {
    if (env[name] !== undefined && env[name] !== value) notes.push(`warning: ${name}=${env[name]} is overwritten: the Sabayon builder sets ${name}="${value}" itself`);
  }
  env.FEATURES = env.FEATURES ? `${NAMESPACE_FEATURES_OFF} ${env.FEATURES}` : NAMESPACE_FEATURES_OFF;
  notes.push(namespaceFeaturesNote);
  env.SKIP_PORTAGE_SYNC ??= config.sabayon.sync ? '0' : '1';
  env.USE_EQUO ??= config.sabayon.equo ? '1' : '0';
  notes.push(
    `portage sync ${env.SKIP_PORTAGE_SYNC === '1' ? 'off' : 'on'}, equo upgrade ${env.USE_EQUO === '0' ? 'off' : 'on'}` +
      ' (ebuildBuilder.sabayon.sync / .equo; "Refresh Sabayon builder" does both once and saves the image)',
  );
  env.EMERGE_DEFAULTS_ARGS = sabayonEmergeArgs(request, env, notes);

  notes.push(binpkgNote(request));
  let entrypoint: string[] | undefined;
  if (request.overrides.makeConf) {
    inputs.push({ kind: 'file', hostPath: request.overrides.makeConf, containerPath: FRAGMENT, origin: request.overrides.makeConf });
    entrypoint = ENTRY;
    notes.push("make.conf fragment appended to a copy of the image's make.conf, passed as MAKE_CONF");
  }
  if (config.sabayon.tree) {
    entrypoint = ENTRY;
    notes.push(`tree: the refreshed one in volume ${config.sabayon.tree} (ebuildBuilder.sabayon.tree), copied over /usr/portage`);
  }

  for (const other of request.overlays) {
    if (other.name === request.overlay.name) continue;
    // One local overlay per build in this builder; the others go in as repositories it is told about.
    inputs.push({ kind: 'dir', hostPath: other.realPath, containerPath: `/var/db/repos/${other.name}`, origin: `the overlay ${other.name}` });
    inputs.push({ kind: 'content', containerPath: `${SABAYON_CONF}/repos.conf/ebuild-builder-${other.name}.conf`, content: reposConf(other.name, other.masters) });
    notes.push(`overlay ${other.name} mounted at /var/db/repos/${other.name}`);
  }
  // Without `::repo`: the script hands an atom's repository to layman. The local overlay has priority 9999.
  const atom = `=${request.category}/${request.pn}-${request.pvr}`;
  const layman = config.sabayon.overlays;
  // `--overlay` takes every word after it: atoms first.
  const argv = [atom, ...(layman.length ? ['--overlay', ...layman] : [])];

  const volumes: ContainerSpec['volumes'] = [];
  if (request.caches.distfiles) volumes.push({ name: cacheVolume('sabayon', 'distfiles'), containerPath: '/usr/portage/distfiles' });
  volumes.push(...binpkgVolume(request, '/usr/portage/packages'));
  if (config.sabayon.tree) volumes.push({ name: config.sabayon.tree, containerPath: SABAYON_TREE_MOUNT, readOnly: true });
  if (env.USE_EQUO !== '0') volumes.push({ name: cacheVolume('sabayon', 'entropy'), containerPath: '/var/lib/entropy/client/packages' });
  if (request.caches.ccache) {
    volumes.push({ name: cacheVolume('sabayon', 'ccache'), containerPath: '/var/cache/ccache' });
    env.CCACHE_DIR ??= '/var/cache/ccache';
  }
  return {
    image: request.image ?? config.images.sabayon ?? SABAYON_DEFAULT_IMAGE,
    entrypoint,
    argv,
    env,
    inputs,
    packagesDir: '/usr/portage/packages',
    packagesDirIsCache: volumes.some((v) => v.containerPath === '/usr/portage/packages'),
    logPaths: [`/var/tmp/portage/${request.category}/${request.pn}-${request.pvr}/temp/build.log`],
    volumes,
    volumesFrom: [],
    labels: buildLabels(request, buildId),
    capAdd: [],
    securityOpt: [],
    init: false, // the image's entrypoint is tini
    notes,
    ...baseSpecFields(config),
  };
}

export function reposConf(name: string, masters: string[]): string {
  const lines = [`[${name}]`, `location = /var/db/repos/${name}`];
  if (masters.length) lines.push(`masters = ${masters.join(' ')}`);
  lines.push('auto-sync = no', '');
  return lines.join('\n');
}

/**
 * "Refresh Sabayon builder": the builder's own sync and equo upgrade, once, on purpose, then saved (`docker commit`).
 * /usr/portage is a VOLUME of the image, which a commit leaves out: the synced tree goes into the named volume
 * `treeVolume` (Docker fills a new one from the image's tree) for later builds to copy from. Every step must succeed.
 */
const SABAYON_REFRESH_SCRIPT = [
  'set -e',
  'if [ "$1" = 1 ]; then echo ">>> ebuild-builder: layman -S"; layman -S; echo ">>> ebuild-builder: emerge --sync"; emerge --sync; fi',
  'if [ "$2" = 1 ]; then echo ">>> ebuild-builder: equo up && equo u"; equo up; equo u; fi',
  'echo ">>> ebuild-builder: refreshed"',
].join('\n');

export function sabayonRefreshSpec(image: string, steps: { sync: boolean; equo: boolean }, treeVolume: string, labels: Record<string, string>, config: BuildConfig): ContainerSpec {
  return {
    image,
    entrypoint: ['/usr/bin/tini', '--', '/bin/sh', '-c', SABAYON_REFRESH_SCRIPT, 'sabayon-refresh'],
    argv: [steps.sync ? '1' : '0', steps.equo ? '1' : '0'],
    env: { ACCEPT_LICENSE: '*', ETP_NONINTERACTIVE: '1' },
    inputs: [],
    packagesDir: '/usr/portage/packages',
    packagesDirIsCache: true,
    logPaths: [],
    volumes: steps.sync ? [{ name: treeVolume, containerPath: '/usr/portage' }] : [],
    volumesFrom: [],
    labels,
    capAdd: [],
    securityOpt: [],
    init: false,
    notes: [`refresh of ${image}: sync ${steps.sync ? 'on' : 'off'}, equo upgrade ${steps.equo ? 'on' : 'off'}`],
    ...baseSpecFields(config),
  };
}

export const sabayonProfile: ProfileDescriptor = {
  name: 'sabayon', displayName: 'Sabayon', defaultImage: SABAYON_DEFAULT_IMAGE, layout: 'sabayon', pkgcheck: false,
  spec: sabayonSpec,
};
