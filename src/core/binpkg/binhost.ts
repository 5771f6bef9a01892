/**
 * Publishing a PKGDIR as a binhost: scan it for binary packages, build one `Packages` stanza per package the
 * way Portage's binarytree does when it reads a package file (aux-cache keys, whitespace squeezed, USE
 * conditionals evaluated, PATH/SIZE/MD5/SHA1/MTIME from the file), and write `Packages` and `Packages.gz`
 * atomically (temporary file + rename), so a half-written index is never served.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../userError';
import { reduceDepString, USE_EVALUATED_KEYS } from './metadata';
import { formatPackagesIndex, gzipPackagesIndex, parsePackagesIndex, type PackagesIndex, type Stanza } from './packagesIndex';
import { readBinaryPackage } from './readPackage';
import { isBinpkgFormatError } from './safety';

/** Package metadata keys Portage copies into the index (bindbapi._aux_cache_keys). */
const INDEX_KEYS = [
  'BDEPEND', 'BUILD_ID', 'BUILD_TIME', 'CHOST', 'DEFINED_PHASES', 'DEPEND', 'EAPI', 'IDEPEND', 'IUSE', 'KEYWORDS', 'LICENSE',
  'PDEPEND', 'PROPERTIES', 'PROVIDES', 'RDEPEND', 'REQUIRES', 'RESTRICT', 'SLOT', 'USE',
];
const PACKAGE_SUFFIXES = ['.gpkg.tar', '.tbz2', '.xpak'];

export interface PublishResult {
  dir: string;
  index: PackagesIndex;
  /** Packages that could not be read, with the reason; they are left out of the index. */
  skipped: { path: string; reason: string }[];
  written: string[];
}

export async function findPackageFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string) => {
    for (const ent of await readdir(d, { withFileTypes: true })) {
      const p = join(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.isFile() && PACKAGE_SUFFIXES.some((s) => ent.name.endsWith(s))) found.push(p);
    }
  };
  await walk(dir);
  return found.sort();
}

/** The stanza Portage would write for this package file. */
async function stanzaForPackage(dir: string, path: string): Promise<Stanza> {
  const pkg = await readBinaryPackage(path, { listFiles: false, verify: false });
  const st = await lstat(path);
  const d: Stanza = { CPV: pkg.cpv };
  for (const k of INDEX_KEYS) {
    const v = pkg.metadata[k];
    if (v !== undefined && v.trim()) d[k] = v.split(/\s+/).filter(Boolean).join(' ');
  }
  if (!d.BUILD_ID && pkg.buildId !== undefined) d.BUILD_ID = String(pkg.buildId);
  const repo = pkg.metadata.repository?.trim();
  if (repo) d.REPO = repo;
  const use = (d.USE ?? '').split(' ').filter(Boolean);
  for (const k of USE_EVALUATED_KEYS) if (d[k] !== undefined) d[k] = reduceDepString(d[k], use, k.endsWith('DEPEND'));
  d.SIZE = String(st.size);
  const { md5, sha1 } = await digests(path);
  d.MD5 = md5;
  d.SHA1 = sha1;
  d.PATH = relative(dir, path).split(sep).join('/');
  d.MTIME = String(Math.floor(st.mtimeMs / 1000));
  return d;
}

async function digests(path: string): Promise<{ md5: string; sha1: string }> {
  const md5 = createHash('md5');
  const sha1 = createHash('sha1');
  for await (const c of createReadStream(path)) {
    md5.update(c as Buffer);
    sha1.update(c as Buffer);
  }
  return { md5: md5.digest('hex'), sha1: sha1.digest('hex') };
}

/** A header for a PKGDIR that has no index yet: only what the packages themselves tell. */
function newHeader(stanzas: Stanza[]): Stanza {
  const common = (k: string) => {
    const vals = new Set(stanzas.map((s) => s[k]));
    return vals.size === 1 ? [...vals][0] : undefined;
  };
  const h: Stanza = { VERSION: '0' };
  const chost = common('CHOST');
  if (chost) h.CHOST = chost;
  return h;
}

export interface PublishOptions {
  /** Seconds since the epoch for TIMESTAMP (default: now). */
  timestamp?: number;
}

export async function publishBinhost(dir: string, opts: PublishOptions = {}): Promise<PublishResult> {
  let st;
  try {
    st = await lstat(dir);
  } catch {
    throw new UserError(`${dir} does not exist.`, 'Give the artifacts (PKGDIR) folder that holds the built packages.', 'publish-no-dir');
  }
  if (!st.isDirectory()) throw new UserError(`${dir} is not a folder.`, 'Give the artifacts (PKGDIR) folder, not a package file.', 'publish-no-dir');
  const files = await findPackageFiles(dir);
  if (files.length === 0) {
    throw new UserError(`No binary packages (.gpkg.tar, .tbz2, .xpak) under ${dir}.`, 'Build with --buildpkg first, or point at the folder the packages were collected in.', 'publish-empty');
  }
  const skipped: PublishResult['skipped'] = [];
  const stanzas: Stanza[] = [];
  for (const f of files) {
    try {
      stanzas.push(await stanzaForPackage(dir, f));
    } catch (e) {
      if (!isBinpkgFormatError(e)) throw e;
      skipped.push({ path: f, reason: e.message });
    }
  }
  let header: Stanza;
  const indexPath = join(dir, 'Packages');
  try {
    header = parsePackagesIndex(await readFile(indexPath, 'utf8')).header;
  } catch {
    header = newHeader(stanzas);
  }
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const index: PackagesIndex = { header, packages: stanzas };
  const text = formatPackagesIndex(index, { timestamp });
  const written = [indexPath, indexPath + '.gz'];
  await writeAtomically(indexPath, Buffer.from(text, 'utf8'));
  await writeAtomically(indexPath + '.gz', gzipPackagesIndex(text, timestamp));
  return { dir, index: parsePackagesIndex(text), skipped, written };
}

export async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, data, { flag: 'wx', mode: 0o644 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new UserError(`Cannot write ${path}: ${(e as Error).message}`, 'Check that the artifacts folder is writable.', 'publish-write');
  }
}
