/**
 * `<overlay>/<cat>/<pn>/<pn>-<pvr>.ebuild` → `=cat/pn-pvr::repo`. Pure path arithmetic, except that a
 * path reached through a symlink the overlay list does not know is resolved with realpath as a last try.
 */
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { isValidCategory, isValidPackageName, splitPackageVersion } from './atom';
import type { Overlay } from './buildModel';
import { UserError } from './userError';
import { isValidVersion } from './version';

export interface EbuildAtom {
  /** `=cat/pn-pvr::repo` */
  atom: string;
  category: string;
  pn: string;
  /** Version with revision. */
  pvr: string;
  overlay: Overlay;
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The innermost overlay holding `file` (nested overlays: the deepest wins), with the path relative to it. */
function findOverlayFor(file: string, overlays: Overlay[]): { overlay: Overlay; relative: string } | undefined {
  let best: { overlay: Overlay; relative: string; depth: number } | undefined;
  for (const overlay of overlays) {
    for (const root of new Set([path.resolve(overlay.path), path.resolve(overlay.realPath)])) {
      if (!isInside(root, file)) continue;
      const depth = root.split(path.sep).length;
      if (!best || depth > best.depth) best = { overlay, relative: path.relative(root, file), depth };
    }
  }
  return best && { overlay: best.overlay, relative: best.relative };
}

function describeOverlays(overlays: Overlay[]): string {
  if (overlays.length === 0) return 'No overlay was found in the workspace';
  return `Overlays found: ${overlays.map((o) => `${o.name} (${o.path})`).join(', ')}`;
}

export function atomFromEbuildPath(ebuildPath: string, overlays: Overlay[]): EbuildAtom {
  const file = path.resolve(ebuildPath);
  const base = path.basename(file);
  if (!base.endsWith('.ebuild')) {
    throw new UserError(`${file} is not an ebuild: its name does not end in ".ebuild".`, 'Open or select a <package>-<version>.ebuild file and build that.', 'not-an-ebuild');
  }
  let found = findOverlayFor(file, overlays);
  if (!found) {
    try {
      found = findOverlayFor(realpathSync(file), overlays);
    } catch {
      // The file may not exist (yet): keep the "outside any overlay" error below.
    }
  }
  if (!found) {
    throw new UserError(
      `${file} is not inside any overlay of the workspace. ${describeOverlays(overlays)}.`,
      'Open the overlay folder (a directory with profiles/repo_name or metadata/layout.conf) as a workspace folder, or move the ebuild into <overlay>/<category>/<package>/.',
      'not-in-overlay',
    );
  }
  const { overlay, relative } = found;
  const segments = relative.split(path.sep);
  if (segments.length !== 3) {
    throw new UserError(
      `${file} is not at <overlay>/<category>/<package>/<package>-<version>.ebuild inside overlay "${overlay.name}" (${overlay.path}): it is at ${segments.join('/')}.`,
      `Move it to ${path.join(overlay.path, '<category>', '<package>', base)}.`,
      'bad-ebuild-location',
    );
  }
  const [category, dirPn] = segments;
  if (!isValidCategory(category)) {
    throw new UserError(`"${category}" (the folder above ${dirPn}/) is not a valid category name.`, 'Category names use letters, digits, "+", "_", ".", "-" and do not start with "-", ".", or "+"; move the package into one (e.g. app-misc/).', 'invalid-category');
  }
  if (!isValidPackageName(dirPn)) {
    throw new UserError(`"${dirPn}" (folder of ${base}) is not a valid package name.`, 'Package names use letters, digits, "+", "_", "-" and must not end in a hyphen followed by a version; rename the folder.', 'invalid-package-name');
  }
  const stem = base.slice(0, -'.ebuild'.length);
  const split = splitPackageVersion(stem);
  if (!stem.startsWith(`${dirPn}-`) || (split && split.pn !== dirPn)) {
    throw new UserError(
      `${base} does not match its folder ${category}/${dirPn}/: an ebuild there must be named ${dirPn}-<version>.ebuild.`,
      `Rename it to ${dirPn}-<version>.ebuild or move it to a folder named after the package.`,
      'ebuild-name-mismatch',
    );
  }
  const pvr = stem.slice(dirPn.length + 1);
  if (!isValidVersion(pvr)) {
    throw new UserError(
      `${base} has an invalid version "${pvr}" (PMS: digits and dots, optional letter, _alpha/_beta/_pre/_rc/_p suffixes, -rN).`,
      `Rename it, e.g. ${dirPn}-1.0.ebuild or ${dirPn}-1.0_rc1-r1.ebuild.`,
      'invalid-version',
    );
  }
  return { atom: `=${category}/${dirPn}-${pvr}::${overlay.name}`, category, pn: dirPn, pvr, overlay };
}
