/**
 * Which binary packages a build may take from its cache, so that its result depends only on the ebuild, the
 * workspace's overrides and the profile (design §4.2):
 * - the atoms under test are always built from their ebuilds (`--usepkg-exclude`);
 * - USE and dependency changes are Portage's to check (`--binpkg-respect-use=y --binpkg-changed-deps=y`);
 * - what Portage does not check is the cache's name: the image, the make.conf fragment, package.env with env/
 *   and the builder env, so a package built under other settings (another workspace's) is never in the cache;
 * - a package of the workspace's repositories is taken only while its ebuild, files/ and inherited eclasses are
 *   those it was built from: a record on this machine keeps, per cache volume, the fingerprint each was built with.
 *   Only recorded packages are allowed (a package some build wrote into the cache unrecorded is never used), and a
 *   cache without a record here gets a new volume, so nothing of unknown origin is ever used.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildRequest, Overlay } from './buildModel';
import { splitPackageVersion } from './atom';
import { inheritedEclasses } from './changed';

export const BINPKG_RESPECT_ARGS = ['--binpkg-respect-use=y', '--binpkg-changed-deps=y'];

/** What prepareBuild decided for one build: the volume holding its binary packages and what not to take from it. */
export interface BinpkgCachePlan {
  volume: string;
  /** `cat/pn` names whose binary packages must not be used (`--usepkg-exclude`). */
  exclude: string[];
  /** Fingerprints of the atoms under test as they were when the build started (the record takes these). */
  startFingerprints: Record<string, string>;
}

interface CacheRecord {
  volume: string;
  /** `cat/pf::repo` → fingerprint of what the binary package was built from. */
  packages: Record<string, string>;
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Where this machine keeps its records: `EBUILD_BUILDER_STATE_DIR`, else `$XDG_STATE_HOME/ebuild-builder`. */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EBUILD_BUILDER_STATE_DIR) return env.EBUILD_BUILDER_STATE_DIR;
  return path.join(env.XDG_STATE_HOME || path.join(os.homedir(), '.local', 'state'), 'ebuild-builder');
}

async function readIfFile(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch {
    return undefined;
  }
}

async function filesBelow(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await filesBelow(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out;
}

/**
 * What Portage does not compare when it picks a binary package, hashed: the image, the make.conf fragment,
 * package.env and env/, the builder env. Two workspaces with the same of all these share a cache.
 */
export async function environmentKey(request: BuildRequest, image: string, env: Record<string, string>): Promise<string> {
  const h = createHash('sha256');
  h.update(`image\0${image}\0`);
  for (const [k, v] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1))) h.update(`env\0${k}=${v}\0`);
  if (request.overrides.makeConf) h.update('make.conf\0').update((await readIfFile(request.overrides.makeConf)) ?? '');
  for (const s of request.overrides.sources.filter((x) => x.kind === 'env')) {
    h.update(`package.env\0${path.relative(request.overrides.root, s.path)}\0`).update((await readIfFile(s.path)) ?? '');
  }
  for (const f of request.overrides.envFiles ?? []) h.update(`env\0${path.relative(request.overrides.root, f)}\0`).update((await readIfFile(f)) ?? '');
  return h.digest('hex').slice(0, 12);
}

/** The eclasses an ebuild inherits, directly and through other eclasses, found in the given repositories. */
async function eclassFiles(text: string, repos: Overlay[]): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = inheritedEclasses(text);
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const repo of repos) {
      const file = path.join(repo.realPath, 'eclass', `${name}.eclass`);
      const body = await readIfFile(file);
      if (!body) continue;
      found.push(file);
      queue.push(...inheritedEclasses(body.toString('utf8')));
      break;
    }
  }
  return found.sort();
}

/** What a package was built from, as a hash: its ebuild, its files/ and the eclasses it inherits. Undefined when the ebuild is gone. */
export async function packageFingerprint(overlay: Overlay, overlays: Overlay[], category: string, pn: string, pf: string): Promise<string | undefined> {
  const dir = path.join(overlay.realPath, category, pn);
  const ebuild = await readIfFile(path.join(dir, `${pf}.ebuild`));
  if (!ebuild) return undefined;
  const h = createHash('sha256').update('ebuild\0').update(ebuild);
  for (const f of await filesBelow(path.join(dir, 'files'))) h.update(`files/${f}\0`).update((await readIfFile(path.join(dir, 'files', f))) ?? '');
  // An overlay's own eclasses first, then its masters' (as Portage looks them up).
  const repos = [overlay, ...overlays.filter((o) => o !== overlay && overlay.masters.includes(o.name))];
  for (const f of await eclassFiles(ebuild.toString('utf8'), repos)) h.update(`eclass\0${path.basename(f)}\0`).update((await readIfFile(f)) ?? '');
  return h.digest('hex');
}

function recordPath(dir: string, engineUrl: string, family: string, envKey: string): string {
  return path.join(dir, 'binpkg-cache', sha(engineUrl).slice(0, 16), `${family}-${envKey}.json`);
}

async function readRecord(file: string): Promise<CacheRecord | undefined> {
  const text = await readIfFile(file);
  if (!text) return undefined;
  try {
    const r = JSON.parse(text.toString('utf8')) as CacheRecord;
    return typeof r.volume === 'string' && r.packages && typeof r.packages === 'object' ? r : undefined;
  } catch {
    return undefined;
  }
}

async function writeRecord(file: string, record: CacheRecord): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(3).toString('hex')}`;
  await fs.writeFile(temp, JSON.stringify(record, null, 1));
  await fs.rename(temp, file);
}

function splitKey(key: string): { category: string; pf: string; repo: string } | undefined {
  const m = /^([^/]+)\/(.+)::(.+)$/.exec(key);
  return m ? { category: m[1], pf: m[2], repo: m[3] } : undefined;
}

export interface CacheContext {
  engineUrl: string;
  /** Profile family: the cache volume's middle name (`gentoo`, `sabayon`, a custom profile's name). */
  family: string;
  envKey: string;
  stateDir: string;
}

/** Above this many names, whole categories are excluded (`cat/*`): a workspace that is a checkout of a whole tree. */
const MAX_EXCLUDED_NAMES = 1000;

/** `cat/pn` of every package in the workspace's repositories (or `cat/*` per category, for very large ones). */
export async function workspacePackages(overlays: Overlay[]): Promise<string[]> {
  const names: string[] = [];
  const categories = new Set<string>();
  for (const overlay of overlays) {
    for (const cat of await fs.readdir(overlay.realPath, { withFileTypes: true }).catch(() => [])) {
      if (!cat.isDirectory() || !(cat.name.includes('-') || cat.name === 'virtual')) continue;
      for (const pkg of await fs.readdir(path.join(overlay.realPath, cat.name), { withFileTypes: true }).catch(() => [])) {
        if (!pkg.isDirectory()) continue;
        const files = await fs.readdir(path.join(overlay.realPath, cat.name, pkg.name)).catch(() => [] as string[]);
        if (!files.some((f) => f.endsWith('.ebuild'))) continue;
        names.push(`${cat.name}/${pkg.name}`);
        categories.add(cat.name);
      }
    }
  }
  if (names.length > MAX_EXCLUDED_NAMES) return [...categories].sort().map((c) => `${c}/*`);
  return [...new Set(names)].sort();
}

/** Decides the volume and the exclusions for a build of `request` (its atom is always excluded). */
export async function planBinpkgCache(request: BuildRequest, ctx: CacheContext): Promise<BinpkgCachePlan> {
  const file = recordPath(ctx.stateDir, ctx.engineUrl, ctx.family, ctx.envKey);
  let record = await readRecord(file);
  if (!record) {
    record = { volume: `ebuild-builder-${ctx.family}-binpkgs-${ctx.envKey}-${randomBytes(2).toString('hex')}`, packages: {} };
    await writeRecord(file, record);
  }
  // Every package of the workspace's repositories is excluded but those recorded fresh.
  const fresh = new Set<string>();
  const stale = new Set<string>([`${request.category}/${request.pn}`]);
  for (const [key, fingerprint] of Object.entries(record.packages)) {
    const k = splitKey(key);
    const overlay = k && request.overlays.find((o) => o.name === k.repo);
    if (!k || !overlay) continue;
    const name = `${k.category}/${splitPackageVersion(k.pf)?.pn ?? k.pf}`;
    if ((await packageFingerprint(overlay, request.overlays, k.category, splitPackageVersion(k.pf)?.pn ?? k.pf, k.pf)) === fingerprint) fresh.add(name);
    else stale.add(name);
  }
  const exclude = new Set<string>(stale);
  for (const name of await workspacePackages(request.overlays)) if (!fresh.has(name)) exclude.add(name);
  const own = await packageFingerprint(request.overlay, request.overlays, request.category, request.pn, `${request.pn}-${request.pvr}`);
  const startFingerprints = own ? { [`${request.category}/${request.pn}-${request.pvr}::${request.overlay.name}`]: own } : {};
  return { volume: record.volume, exclude: [...exclude].sort(), startFingerprints };
}

/**
 * After a build: the packages it wrote (`cat/pf` with the repository each came from) are recorded with the
 * fingerprint of what they were built from. Packages of repositories outside the workspace are not recorded
 * (Portage's own checks and the tree's versions cover them).
 */
export async function recordBuiltPackages(
  request: BuildRequest,
  ctx: CacheContext,
  plan: BinpkgCachePlan,
  built: { category: string; pf: string; repo?: string }[],
): Promise<void> {
  if (!built.length) return;
  const file = recordPath(ctx.stateDir, ctx.engineUrl, ctx.family, ctx.envKey);
  const record = (await readRecord(file)) ?? { volume: plan.volume, packages: {} };
  if (record.volume !== plan.volume) return; // the record was replaced meanwhile: this build's volume is not its
  for (const b of built) {
    const overlay = request.overlays.find((o) => o.name === b.repo) ?? request.overlays.find((o) => !b.repo && o === request.overlay);
    if (!overlay) continue;
    const key = `${b.category}/${b.pf}::${overlay.name}`;
    const fingerprint = plan.startFingerprints[key] ?? (await packageFingerprint(overlay, request.overlays, b.category, splitPackageVersion(b.pf)?.pn ?? b.pf, b.pf));
    if (fingerprint) record.packages[key] = fingerprint;
  }
  await writeRecord(file, record);
}
