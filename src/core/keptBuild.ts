/**
 * A failed build kept for debugging: where its package's files are inside the container, which phases can run
 * again, and what the kept container's labels say about it (so the CLI and VS Code find it on any engine).
 */
import type { BuildRequest, ContainerSpec } from './buildModel';
import { LABEL_ATOM, LABEL_BUILD, LABEL_PROFILE, LABEL_WORKSPACE } from './buildModel';
import { UserError } from './userError';

/** Marks a kept container; its value is the JSON of KeptInfo. */
export const LABEL_KEPT = 'ebuild-builder.kept';

export interface KeptInfo {
  /** `cat/pf` of the package that failed. */
  category: string;
  pn: string;
  pf: string;
  /** The ebuild inside the container, as `ebuild` is given it. */
  ebuild: string;
  /** The package's folder in the container's overlay (cat/pn), where a fresh copy of the workspace's goes. */
  packageDir: string;
  /** The package folder on this machine (the workspace's), to copy in again before a rerun. */
  hostPackageDir: string;
  /** PORTAGE_BUILDDIR: `/var/tmp/portage/cat/pf`; WORKDIR, T and D are below it. */
  buildDir: string;
  /** The binary packages folder (PKGDIR) of the build. */
  packagesDir: string;
  /** Whether the workspace overlay reaches the container as a live bind mount (nothing to copy before a rerun). */
  liveOverlay: boolean;
}

export interface KeptBuild {
  /** The build id (also in the container's name). */
  id: string;
  atom: string;
  profile: string;
  workspace: string;
  /** Container id. */
  container: string;
  /** Image the kept container runs (the failed build's state, committed). */
  image: string;
  /** When the failed build was kept. */
  created: Date;
  state: string;
  info: KeptInfo;
}

/** What a kept build of `request` will need, from its spec: the container paths of its ebuild and build folder. */
export function keptInfoFor(request: BuildRequest, spec: ContainerSpec, liveOverlay: boolean): KeptInfo {
  const pf = `${request.pn}-${request.pvr}`;
  const sabayon = spec.inputs.some((i) => i.containerPath === '/usr/local/local_portage');
  // The Sabayon builder copies its local overlay to /usr/local/portage and builds from there.
  const overlayRoot = sabayon ? '/usr/local/portage' : `/var/db/repos/${request.overlay.name}`;
  const packageDir = `${overlayRoot}/${request.category}/${request.pn}`;
  return {
    category: request.category,
    pn: request.pn,
    pf,
    ebuild: `${packageDir}/${pf}.ebuild`,
    packageDir,
    hostPackageDir: `${request.overlay.realPath}/${request.category}/${request.pn}`,
    buildDir: `/var/tmp/portage/${request.category}/${pf}`,
    packagesDir: spec.packagesDir,
    liveOverlay: liveOverlay && !sabayon,
  };
}

/** The KeptBuild of a container listed by the engine (labels), or undefined when it is no kept build. */
export function keptFromLabels(c: { Id: string; Image: string; Created: number; State: string; Labels?: Record<string, string> }): KeptBuild | undefined {
  const labels = c.Labels ?? {};
  if (!labels[LABEL_KEPT]) return undefined;
  try {
    return {
      id: labels[LABEL_BUILD] ?? '',
      atom: labels[LABEL_ATOM] ?? '',
      profile: labels[LABEL_PROFILE] ?? '',
      workspace: labels[LABEL_WORKSPACE] ?? '',
      container: c.Id,
      image: c.Image,
      created: new Date(c.Created * 1000),
      state: c.State,
      info: JSON.parse(labels[LABEL_KEPT]) as KeptInfo,
    };
  } catch {
    return undefined;
  }
}

/** The phases `ebuild` can run again for a package of this EAPI (test only when the package defines one). */
export function rerunnablePhases(eapi: string, definedPhases: string[]): string[] {
  const n = Number.parseInt(eapi, 10);
  const modern = Number.isNaN(n) || n >= 2;
  return ['unpack', ...(modern ? ['prepare', 'configure'] : []), 'compile', ...(definedPhases.includes('test') ? ['test'] : []), 'install', 'package'];
}

export function checkPhase(phase: string, eapi: string, definedPhases: string[]): void {
  const phases = rerunnablePhases(eapi, definedPhases);
  if (!phases.includes(phase)) {
    throw new UserError(`"${phase}" is not a phase that can run again for this package (EAPI ${eapi}).`, `Use one of: ${phases.join(', ')}.`, 'bad-phase');
  }
}

/** Container paths of the package's WORKDIR, T and D. */
export function buildPaths(info: KeptInfo): { work: string; temp: string; image: string } {
  return { work: `${info.buildDir}/work`, temp: `${info.buildDir}/temp`, image: `${info.buildDir}/image` };
}

/** `age` as people say it: `5 min`, `3 h`, `2 d`. */
export function ageOf(created: Date, now = new Date()): string {
  const s = Math.max(0, (now.getTime() - created.getTime()) / 1000);
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86400) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} d`;
}
