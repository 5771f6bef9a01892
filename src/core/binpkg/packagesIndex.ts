/**
 * The PKGDIR `Packages` index, read and written as Portage's PackageIndex does (portage/getbinpkg.py):
 * `KEY: value` lines, a header stanza, then one stanza per package separated by blank lines. Writing sorts
 * header keys, sorts packages by CPV (stable, so multi-instance builds keep their order), sorts stanza keys by
 * Portage's internal names (so MTIME and REPO come last), drops empty values, defaults and values inherited
 * from the header. A Portage-written file therefore parses and writes back byte for byte.
 */
// pako is zlib's own deflate (Node bundles Chromium's fork, whose output differs), so Packages.gz matches Portage's bytes.
import { deflateRaw } from 'pako';
import { crc32 } from './crc32';

export type Stanza = Record<string, string>;

export interface PackagesIndex {
  /** Header fields as written (ACCEPT_KEYWORDS, ARCH, CHOST, PACKAGES, TIMESTAMP, VERSION, …). */
  header: Stanza;
  /** One stanza per package, keys as written (CPV, BUILD_ID, PATH, SIZE, MD5, SHA1, MTIME, REPO, …). */
  packages: Stanza[];
}

/** Written name → Portage's internal key: decides the sort order of stanza keys. */
const INTERNAL: Record<string, string> = { DESC: 'DESCRIPTION', MTIME: '_mtime_', REPO: 'repository' };
/** Stanza values equal to these are omitted (bintree._pkgindex_default_pkg_data; empty values are always omitted). */
const DEFAULTS: Record<string, string> = { EAPI: '0', SLOT: '0' };
/** Stanza values equal to the header's are omitted (bintree._pkgindex_inherited_keys). */
const INHERITED = ['CHOST', 'REPO'];

export function parsePackagesIndex(text: string): PackagesIndex {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let i = 0;
  // Mirrors PackageIndex._readpkgindex: a stanza ends at a blank line; "k:v" drops one char after the colon.
  const readStanza = (): Stanza => {
    const d: Stanza = {};
    while (i < lines.length) {
      const line = lines[i++];
      if (!line) break;
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const v = line.slice(colon + 1);
      d[line.slice(0, colon)] = v ? v.slice(1) : v;
    }
    return d;
  };
  const header = readStanza();
  const packages: Stanza[] = [];
  while (i < lines.length) {
    const d = readStanza();
    if (Object.keys(d).length === 0) break; // Portage stops at an empty stanza
    if (d.CPV) packages.push(d);
  }
  return { header, packages };
}

/** A stanza with the header's inherited values and Portage's defaults filled in (what Portage acts on). */
export function effectiveStanza(index: PackagesIndex, pkg: Stanza): Stanza {
  const d: Stanza = { ...DEFAULTS, ...pkg };
  for (const k of INHERITED) if (d[k] === undefined && index.header[k] !== undefined) d[k] = index.header[k];
  return d;
}

const byInternalName = (a: string, b: string) => cmp(INTERNAL[a] ?? a, INTERNAL[b] ?? b);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface FormatOptions {
  /** Set TIMESTAMP (seconds) and PACKAGES as Portage does when the index was modified. */
  timestamp?: number;
}

export function formatPackagesIndex(index: PackagesIndex, opts: FormatOptions = {}): string {
  const header: Stanza = { ...index.header };
  if (opts.timestamp !== undefined) {
    header.TIMESTAMP = String(Math.floor(opts.timestamp));
    header.PACKAGES = String(index.packages.length);
  }
  const out: string[] = [];
  const writeStanza = (d: Stanza, keys: string[]) => {
    for (const k of keys) if (d[k]) out.push(`${k}: ${d[k]}\n`);
    out.push('\n');
  };
  writeStanza(header, Object.keys(header).sort(cmp));
  const sorted = index.packages.map((p, n) => ({ p, n })).sort((a, b) => cmp(a.p.CPV ?? '', b.p.CPV ?? '') || a.n - b.n);
  for (const { p } of sorted) {
    const d: Stanza = { ...p };
    for (const k of INHERITED) if (header[k] !== undefined && header[k] === d[k]) delete d[k];
    for (const [k, v] of Object.entries(DEFAULTS)) if (d[k] === v) delete d[k];
    writeStanza(d, Object.keys(d).sort(byInternalName));
  }
  return out.join('');
}

/** `Packages.gz` as Portage writes it (level 9, mtime = TIMESTAMP, OS byte 255 as Python's gzip sets it). */
export function gzipPackagesIndex(text: string, timestamp: number): Buffer {
  const data = Buffer.from(text, 'utf8');
  const head = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff]);
  head.writeUInt32LE(Math.floor(timestamp) >>> 0, 4);
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(crc32(data), 0);
  tail.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([head, Buffer.from(deflateRaw(data, { level: 9 })), tail]);
}
