/**
 * What the repositories themselves say: eclasses and their docs, USE flag descriptions (use.desc,
 * use.local.desc, metadata.xml), licences, arches, categories and packages. Read lazily from disk
 * and cached (eclasses and metadata.xml re-read when their mtime changes), never throwing on bad files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EclassInfo, parseEclass } from './eclassDoc';
import { LAYOUT_CONF_FILE, layoutMasters, REPO_NAME_FILE, repositoryName } from '../core/repoFiles';

export interface PackageMetadata {
  flags: Map<string, string>;
  /** Set when metadata.xml exists but does not parse. */
  error?: { message: string; line: number };
  path: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function mtime(path: string): number {
  try {
    // no exception for a missing file: this runs on every keystroke
    return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  } catch {
    return -1;
  }
}

function contentLines(text: string | undefined): string[] {
  return (text ?? '').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', stopNodes: ['*.flag'], isArray: (n) => n === 'use' || n === 'flag' });

/** Flag descriptions from a metadata.xml text; inline markup such as `<pkg>` is flattened. */
export function parseMetadataXml(text: string, path: string): PackageMetadata {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { flags: new Map(), error: { message: valid.err.msg, line: Math.max(0, valid.err.line - 1) }, path };
  const flags = new Map<string, string>();
  const doc = xml.parse(text) as { pkgmetadata?: { use?: { '@_lang'?: string; flag?: { '#text'?: string; '@_name'?: string }[] }[] } };
  // several <use lang="…"> blocks may exist: English (or unmarked) descriptions first
  const uses = [...(doc.pkgmetadata?.use ?? [])].sort((a, b) => Number((a['@_lang'] ?? 'en') !== 'en') - Number((b['@_lang'] ?? 'en') !== 'en'));
  for (const use of uses) {
    for (const f of use.flag ?? []) {
      const name = f['@_name'];
      if (name && !flags.has(name)) flags.set(name, String(f['#text'] ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim());
    }
  }
  return { flags, path };
}

/** One ebuild repository (a directory with profiles/repo_name or metadata/layout.conf). */
export class Repository {
  readonly name: string;
  readonly masters: string[];
  private eclassCache = new Map<string, { mtime: number; info: EclassInfo }>();
  private metadataCache = new Map<string, { mtime: number; meta: PackageMetadata }>();
  private memo = new Map<string, unknown>();

  constructor(readonly root: string) {
    // The same reader as overlay discovery (core/repoFiles.ts): `masters =` followed by another key names none.
    const layout = readText(join(root, LAYOUT_CONF_FILE));
    this.name = repositoryName(readText(join(root, REPO_NAME_FILE)), layout).name ?? basename(root);
    this.masters = layoutMasters(layout);
  }

  private once<T>(key: string, load: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, load());
    return this.memo.get(key) as T;
  }

  /** Forget cached lists (after files were created or deleted). */
  invalidate(): void {
    this.memo.clear();
  }

  eclassNames(): string[] {
    return this.once('eclasses', () => listDir(join(this.root, 'eclass')).filter((f) => f.endsWith('.eclass')).map((f) => f.slice(0, -7)));
  }

  eclassPath(name: string): string {
    return join(this.root, 'eclass', `${name}.eclass`);
  }

  eclass(name: string): EclassInfo | undefined {
    const path = this.eclassPath(name);
    const m = mtime(path);
    if (m < 0) return undefined;
    const cached = this.eclassCache.get(name);
    if (cached && cached.mtime === m) return cached.info;
    const info = parseEclass(name, readText(path) ?? '');
    this.eclassCache.set(name, { mtime: m, info });
    return info;
  }

  useDesc(): Map<string, string> {
    return this.once('use.desc', () => {
      const map = new Map<string, string>();
      for (const line of contentLines(readText(join(this.root, 'profiles', 'use.desc')))) {
        const m = /^(\S+)\s+-\s+(.*)$/.exec(line);
        if (m) map.set(m[1], m[2]);
      }
      return map;
    });
  }

  /** `cat/pkg` → flag → description. */
  useLocalDesc(): Map<string, Map<string, string>> {
    return this.once('use.local.desc', () => {
      const map = new Map<string, Map<string, string>>();
      for (const line of contentLines(readText(join(this.root, 'profiles', 'use.local.desc')))) {
        const m = /^([^:\s]+):(\S+)\s+-\s+(.*)$/.exec(line);
        if (!m) continue;
        if (!map.has(m[1])) map.set(m[1], new Map());
        map.get(m[1])?.set(m[2], m[3]);
      }
      return map;
    });
  }

  /** USE_EXPAND prefixes (`python_targets_`, …) from profiles/desc/*.desc, lower-cased. */
  useExpandPrefixes(): string[] {
    return this.once('desc', () => listDir(join(this.root, 'profiles', 'desc')).filter((f) => f.endsWith('.desc')).map((f) => `${f.slice(0, -5)}_`));
  }

  /** IUSE_IMPLICIT of the base profile (flags every package has, e.g. prefix). */
  implicitIuse(): string[] {
    return this.once('iuse-implicit', () => {
      const text = readText(join(this.root, 'profiles', 'base', 'make.defaults')) ?? '';
      const m = /^\s*IUSE_IMPLICIT\s*=\s*"([^"]*)"/m.exec(text);
      return m ? m[1].split(/\s+/).filter((w) => w && !w.includes('$')) : [];
    });
  }

  licenses(): Set<string> {
    return this.once('licenses', () => new Set(listDir(join(this.root, 'licenses'))));
  }

  /** Licences named in profiles/license_groups (not the @group references): a repository may list one whose text it lacks. */
  groupedLicenses(): Set<string> {
    return this.once('license_groups', () => new Set(contentLines(readText(join(this.root, 'profiles', 'license_groups')))
      .flatMap((line) => line.split(/\s+/).slice(1)).filter((w) => !w.startsWith('@'))));
  }

  licensePath(name: string): string {
    return join(this.root, 'licenses', name);
  }

  arches(): Set<string> {
    return this.once('arch.list', () => new Set(contentLines(readText(join(this.root, 'profiles', 'arch.list')))));
  }

  categories(): string[] {
    return this.once('categories', () => contentLines(readText(join(this.root, 'profiles', 'categories'))));
  }

  packages(category: string): string[] {
    return this.once(`pkgs:${category}`, () => listDir(join(this.root, category)).filter((p) => !p.startsWith('.') && p !== 'metadata.xml'));
  }

  ebuilds(category: string, pkg: string): string[] {
    return listDir(join(this.root, category, pkg)).filter((f) => f.endsWith('.ebuild')).map((f) => join(this.root, category, pkg, f));
  }

  metadata(category: string, pkg: string): PackageMetadata | undefined {
    const path = join(this.root, category, pkg, 'metadata.xml');
    const m = mtime(path);
    if (m < 0) return undefined;
    const key = `${category}/${pkg}`;
    const cached = this.metadataCache.get(key);
    if (cached && cached.mtime === m) return cached.meta;
    const meta = parseMetadataXml(readText(path) ?? '', path);
    this.metadataCache.set(key, { mtime: m, meta });
    return meta;
  }
}

function isRepoRoot(dir: string): boolean {
  return mtime(join(dir, 'profiles', 'repo_name')) >= 0 || mtime(join(dir, 'metadata', 'layout.conf')) >= 0;
}

/** All repositories the server knows: configured ones, workspace ones, and the ones files are opened from. */
export class Knowledge {
  private repos = new Map<string, Repository>();

  constructor(roots: string[] = []) {
    for (const r of roots) this.addRoot(r);
  }

  addRoot(root: string): Repository | undefined {
    if (!isRepoRoot(root)) return undefined;
    let repo = this.repos.get(root);
    if (!repo) {
      repo = new Repository(root);
      this.repos.set(root, repo);
    }
    return repo;
  }

  all(): Repository[] {
    return [...this.repos.values()];
  }

  private repoOfDir = new Map<string, Repository | undefined>();
  private chains = new Map<Repository, Repository[]>();

  /** The repository holding a file: the nearest ancestor that looks like a repository root (cached per directory). */
  repoFor(file: string): Repository | undefined {
    const start = dirname(file);
    if (this.repoOfDir.has(start)) return this.repoOfDir.get(start);
    const repo = this.findRepo(start);
    this.repoOfDir.set(start, repo);
    return repo;
  }

  /** Forget what was learnt from the file system (repositories may have been created or changed). */
  invalidate(): void {
    this.repoOfDir.clear();
    this.chains.clear();
    for (const r of this.repos.values()) r.invalidate();
  }

  private findRepo(start: string): Repository | undefined {
    let dir = start;
    for (let i = 0; i < 5; i++) {
      for (const repo of this.repos.values()) if (repo.root === dir) return repo;
      if (isRepoRoot(dir)) return this.addRoot(dir);
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return undefined;
  }

  /** The repository followed by its masters (by repo name), the lookup order of PMS/Portage. */
  chain(repo: Repository | undefined): Repository[] {
    if (!repo) return this.all();
    let out = this.chains.get(repo);
    if (out) return out;
    out = [repo];
    this.chains.set(repo, out);
    for (const name of repo.masters) {
      const master = this.all().find((r) => r.name === name) ?? this.findByName(name, repo);
      if (master && !out.includes(master)) out.push(master);
    }
    return out;
  }

  /** A master not configured: look beside the repository and in /var/db/repos, the usual places. */
  private findByName(name: string, near: Repository): Repository | undefined {
    const parent = dirname(near.root);
    const candidates = [join(parent, name), ...listDir(parent).map((d) => join(parent, d)), join('/var/db/repos', name)];
    for (const dir of candidates) {
      if (dir === near.root || !isRepoRoot(dir)) continue;
      const repo = new Repository(dir);
      if (repo.name === name) return this.addRoot(dir);
    }
    return undefined;
  }

  /** The eclass as found first along the chain, with the repository that holds it. */
  findEclass(chain: Repository[], name: string): { repo: Repository; info: EclassInfo } | undefined {
    for (const repo of chain) {
      const info = repo.eclass(name);
      if (info) return { repo, info };
    }
    return undefined;
  }

  /** The eclasses inherited, directly and through other eclasses, in inherit order. Unknown names are reported. */
  inheritClosure(chain: Repository[], names: string[]): { found: { repo: Repository; info: EclassInfo }[]; missing: string[] } {
    const found: { repo: Repository; info: EclassInfo }[] = [];
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (n: string) => {
      if (seen.has(n)) return;
      seen.add(n);
      const e = this.findEclass(chain, n);
      if (!e) {
        missing.push(n);
        return;
      }
      found.push(e);
      e.info.inherits.forEach(visit);
    };
    names.forEach(visit);
    return { found, missing };
  }

  /** Description of a USE flag for a package: metadata.xml, then use.local.desc, then use.desc. */
  flagDescription(chain: Repository[], cpn: string | undefined, flag: string): string | undefined {
    if (cpn) {
      const [cat, pkg] = cpn.split('/');
      for (const repo of chain) {
        const d = repo.metadata(cat, pkg)?.flags.get(flag) ?? repo.useLocalDesc().get(cpn)?.get(flag);
        if (d) return d;
      }
    }
    for (const repo of chain) {
      const d = repo.useDesc().get(flag);
      if (d) return d;
    }
    return undefined;
  }
}
