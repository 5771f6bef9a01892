/**
 * The Sabayon builder (design §4.1): `sabayon/builder-amd64 [--overlay NAME]… ATOM…` with the workspace
 * overlay at /usr/local/local_portage and overrides as `custom.<kind>` files.
 */
import type { BuildConfig } from '../buildConfig';
import type { BuildRequest, ContainerInput, ContainerSpec } from '../buildModel';
import { baseSpecFields, buildLabels, cacheVolume, sourcesOfKind, userEnv } from './common';

export const SABAYON_DEFAULT_IMAGE = 'sabayon/builder-amd64:latest';
const CONF = '/opt/sabayon-build/conf/intel/portage';
/** The builder's documented default, used only when we must add arguments of our own. */
const DEFAULT_EMERGE_ARGS = '--accept-properties=-interactive --verbose --oneshot --complete-graph --buildpkg';
const KINDS = [
  ['use', 'use'], ['mask', 'mask'], ['unmask', 'unmask'], ['env', 'env'], ['accept_keywords', 'keywords'], ['license', 'license'],
] as const;

export async function sabayonSpec(
  request: BuildRequest,
  config: BuildConfig,
  buildId: string,
  readText: (file: string) => Promise<string>,
): Promise<ContainerSpec> {
  const notes: string[] = [];
  const inputs: ContainerInput[] = [{ kind: 'dir', hostPath: request.overlay.realPath, containerPath: '/usr/local/local_portage' }];
  for (const [kind, name] of KINDS) {
    const sources = sourcesOfKind(request, kind);
    const target = `${CONF}/package.${name}/custom.${name}`;
    if (sources.length === 1 && !sources[0].source.isDirectory) {
      inputs.push({ kind: 'file', hostPath: sources[0].source.path, containerPath: target });
    } else if (sources.length > 0) {
      // The builder reads one custom.<kind> file: a package.<kind>/ folder is joined in Portage's order.
      let text = '';
      for (const { source } of sources) {
        const t = await readText(source.path);
        text += t.endsWith('\n') || t === '' ? t : `${t}\n`;
      }
      inputs.push({ kind: 'content', content: text, containerPath: target });
      notes.push(`package.${name}: ${sources.length} files joined into custom.${name}`);
    }
  }
  if (request.overrides.envDir) inputs.push({ kind: 'dir', hostPath: request.overrides.envDir, containerPath: `${CONF}/env` });

  const env = userEnv(config, request);
  if (request.overrides.makeConf) {
    inputs.push({ kind: 'file', hostPath: request.overrides.makeConf, containerPath: '/opt/ebuild-builder/make.conf' });
    env.MAKE_CONF ??= '/opt/ebuild-builder/make.conf';
    notes.push('make.conf fragment passed as MAKE_CONF (the builder copies it in as make.conf)');
  }
  // With --quiet the compiler output only reaches build.log; the user must see it.
  if (env.EMERGE_DEFAULTS_ARGS !== undefined && /(^|\s)(--quiet|-q)(\s|$)/.test(env.EMERGE_DEFAULTS_ARGS)) {
    env.EMERGE_DEFAULTS_ARGS = env.EMERGE_DEFAULTS_ARGS.replace(/(^|\s)(--quiet|-q)(?=\s|$)/g, ' ').trim();
    notes.push('--quiet removed from EMERGE_DEFAULTS_ARGS so compiler errors reach the output');
  }
  if (request.emergeArgs.length) {
    env.EMERGE_DEFAULTS_ARGS = `${env.EMERGE_DEFAULTS_ARGS ?? DEFAULT_EMERGE_ARGS} ${request.emergeArgs.join(' ')}`.trim();
  }

  const argv: string[] = [];
  for (const other of request.overlays) {
    if (other.name === request.overlay.name) continue;
    // One local overlay per build in this builder; the others go in as extra repositories it is told about.
    inputs.push({ kind: 'dir', hostPath: other.realPath, containerPath: `/var/db/repos/${other.name}` });
    inputs.push({ kind: 'content', containerPath: `${CONF}/repos.conf/ebuild-builder-${other.name}.conf`, content: reposConf(other.name, other.masters) });
    notes.push(`overlay ${other.name} mounted at /var/db/repos/${other.name}`);
  }
  argv.push(request.atom);

  const volumes: ContainerSpec['volumes'] = [];
  if (request.caches.distfiles) volumes.push({ name: cacheVolume('sabayon', 'distfiles'), containerPath: '/usr/portage/distfiles' });
  if (request.caches.binpkgs) volumes.push({ name: cacheVolume('sabayon', 'entropy'), containerPath: '/var/lib/entropy/client/packages' });
  if (request.caches.ccache) {
    volumes.push({ name: cacheVolume('sabayon', 'ccache'), containerPath: '/var/cache/ccache' });
    env.CCACHE_DIR ??= '/var/cache/ccache';
  }
  return {
    image: request.image ?? config.images.sabayon ?? SABAYON_DEFAULT_IMAGE,
    argv,
    env,
    inputs,
    packagesDir: '/usr/portage/packages',
    packagesDirIsCache: false,
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
