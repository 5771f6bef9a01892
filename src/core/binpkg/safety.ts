/**
 * Hostile-archive defences shared by the binary-package readers: one typed error, limits on what a
 * declared length may claim, and path checks that decide whether an archive member stays inside its root.
 */
import { UserError } from '../userError';

/** A binary package (or a part of it) is not what its format promises. The only error the readers throw. */
export class BinpkgFormatError extends UserError {
  constructor(
    readonly file: string,
    detail: string,
    action = 'Rebuild the package with emerge --buildpkg, or delete it if it came from an untrusted source.',
  ) {
    super(`${file}: ${detail}`, action, 'binpkg-format');
    this.name = 'UserError';
  }
}

export function isBinpkgFormatError(e: unknown): e is BinpkgFormatError {
  return e instanceof BinpkgFormatError;
}

/** Limits on what a package may declare. Real Portage metadata is a few hundred KiB at most. */
export const LIMITS = {
  /** One XPAK segment (all metadata including environment.bz2). */
  xpakBytes: 256 * 1024 * 1024,
  /** One metadata value kept in memory (GPKG metadata.tar entry). */
  metadataValueBytes: 64 * 1024 * 1024,
  /** The decompressed metadata.tar as a whole. */
  metadataTarBytes: 512 * 1024 * 1024,
  /** A Manifest, a signature, a pax header, a GNU long name. */
  smallMemberBytes: 16 * 1024 * 1024,
  /** Entries listed from one image before we call it hostile. */
  imageEntries: 5_000_000,
};

/** Printable form of a member name: control characters and invalid UTF-8 shown as escapes, never raw. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code === 0xfffd ? '\\ufffd' : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/**
 * Normalise a member path below `root` ('' for a tarball of `./…`, 'image' for a GPKG image).
 * Returns the absolute install path ('/usr/bin/hello'), '/' for the root itself, or a reason it escapes.
 */
export function normaliseImagePath(raw: string, root: string): { path: string; unsafe?: string } {
  if (raw.startsWith('/')) return { path: displayName(raw), unsafe: 'absolute path in archive' };
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (root) {
    if (parts[0] !== root) return { path: '/' + displayName(parts.join('/')), unsafe: `outside the ${root}/ directory` };
    parts.shift();
  }
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') {
      if (out.length === 0) return { path: '/' + displayName(parts.join('/')), unsafe: '".." climbs out of the package root' };
      out.pop();
    } else out.push(p);
  }
  return { path: '/' + displayName(out.join('/')) };
}

/** Whether a symlink at install path `at` pointing to `target` stays inside the install root. */
export function symlinkEscapes(at: string, target: string): boolean {
  if (target.startsWith('/')) return false; // absolute targets are resolved inside the root at install time
  const dir = at.split('/').filter(Boolean);
  dir.pop();
  for (const p of target.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (dir.length === 0) return true;
      dir.pop();
    } else dir.push(p);
  }
  return false;
}

