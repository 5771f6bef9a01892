/**
 * The pure parts of the ebuild editing commands: a new ebuild's text (Gentoo's skel.ebuild layout,
 * current year, latest EAPI) and the file name of a version bump.
 */
import { basename, dirname, join } from 'node:path';
import { UserError } from './userError';
import { isValidVersion, parseVersion } from './version';

/** The newest EAPI PMS defines; new ebuilds use it. */
export const LATEST_EAPI = '8';

export interface SkeletonOptions {
  year: number;
  eapi?: string;
  description?: string;
  homepage?: string;
  license?: string;
  keywords?: string;
  inherit?: string[];
}

export function ebuildSkeleton(o: SkeletonOptions): string {
  const lines = [
    `# Copyright ${o.year} Gentoo Authors`,
    '# Distributed under the terms of the GNU General Public License v2',
    '',
    `EAPI=${o.eapi ?? LATEST_EAPI}`,
    '',
  ];
  if (o.inherit?.length) lines.push(`inherit ${o.inherit.join(' ')}`, '');
  lines.push(
    `DESCRIPTION="${o.description ?? ''}"`,
    `HOMEPAGE="${o.homepage ?? ''}"`,
    'SRC_URI=""',
    '',
    `LICENSE="${o.license ?? ''}"`,
    'SLOT="0"',
    `KEYWORDS="${o.keywords ?? '~amd64'}"`,
    'IUSE=""',
    '',
    'RDEPEND=""',
    'DEPEND="${RDEPEND}"',
    'BDEPEND=""',
    '',
  );
  return lines.join('\n');
}

/** `pn-ver.ebuild` inside `.../cat/pn/`: the package name and version (with revision). */
export function splitEbuildFile(path: string): { pn: string; pvr: string } {
  const pn = basename(dirname(path));
  const file = basename(path);
  const pvr = file.startsWith(`${pn}-`) && file.endsWith('.ebuild') ? file.slice(pn.length + 1, -'.ebuild'.length) : '';
  if (!isValidVersion(pvr)) {
    throw new UserError(`${file} is not named <package>-<version>.ebuild inside a directory named after the package (${pn}).`,
      'Open an ebuild in its category/package directory, e.g. app-misc/hello/hello-1.0.ebuild.', 'not-an-ebuild-file');
  }
  return { pn, pvr };
}

/** Versions a bump usually goes to: next revision, then the last numeric component plus one. */
export function suggestedBumps(pvr: string): string[] {
  const v = parseVersion(pvr);
  const base = pvr.replace(/-r\d+$/, '');
  const revision = `${base}-r${Number(v.revision || '0') + 1}`;
  const numbers = [...v.numbers];
  numbers[numbers.length - 1] = String(Number(numbers[numbers.length - 1]) + 1);
  return [numbers.join('.'), revision];
}

/** The path of the bumped copy; throws a UserError for an invalid version or an unchanged one. */
export function bumpedEbuildPath(path: string, newVersion: string): string {
  const { pn, pvr } = splitEbuildFile(path);
  const v = newVersion.trim();
  if (!isValidVersion(v)) {
    throw new UserError(`"${v}" is not a valid version for ${pn}.`, 'Use digits separated by dots, optional letter, _alpha/_beta/_pre/_rc/_p suffixes and -rN (e.g. 1.2.3_rc1-r1).', 'invalid-version');
  }
  if (v === pvr) throw new UserError(`${pn} is already at ${v}.`, 'Enter a different version.', 'same-version');
  return join(dirname(path), `${pn}-${v}.ebuild`);
}
