/**
 * `ebuild-builder qa-diff --base REF [--head REF]`: pkgcheck on the packages a change touches, on the base tree and on
 * the head tree (each a git worktree of its commit), in the builder image (pkgcheckRun.ts); prints only the results
 * the change introduces (qaDiff.ts) as text, GitHub annotations or a GitLab code-quality report.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isValidCategory, splitPackageVersion } from '../../core/atom';
import type { PkgcheckResult } from '../../core/pkgcheck';
import { changedLines, gitlabQaReport, lineFor, newQaItems, qaAnnotations, qaItems, type QaItem } from '../../core/qaDiff';
import { githubAnnotation } from '../../core/findings';
import { isUserError, UserError } from '../../core/userError';
import { compareVersions } from '../../core/version';
import { connectForConfig } from '../../docker/engineForBuild';
import { runPkgcheckInContainer } from '../../docker/pkgcheckRun';
import type { Engine } from '../../docker/engine';
import type { BuildConfig } from '../../core/buildConfig';
import { buildConfigFor, type BuildFlags } from '../buildOptions';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseCommandArgs } from '../argList';
import { baseCommit, changedFiles, filesAt, git, overlaysAt, repoRoot } from '../../core/gitChanges';
import { engineConfigFromFlags } from './engine';

const usage = `Usage: ebuild-builder qa-diff --base REF [--head REF] [--repo DIR] [--format text|github|gitlab-codequality]

Runs pkgcheck on the packages the change from the merge base of REF to HEAD (or --head REF) touches, once on each
tree, in the builder image (as "Run pkgcheck on This Package" does), and prints only the results the change
introduces: results the base tree already had are left out (a line that only moved is not new; a version bump
carries its package's old results over). Exits 1 when a new result is an error, else 0.

  --base REF         compare with the merge base of REF and the head (a CI's PR base, or the commit before a push)
  --head REF         the head commit (default: HEAD; the working tree's uncommitted changes are not looked at)
  --repo DIR         the overlay's git repository (default: the current directory)
  --format F         text (default), github (::error file=…,line=…::…) or gitlab-codequality (JSON)
  --profile NAME, --image IMAGE   the builder image for pkgcheck (it must have dev-util/pkgcheck)
  --missing-pkgcheck warn|fail    an image without pkgcheck: a warning and exit 0, or an error (default: fail)
  --env K=V, --engine URL, --context NAME, --network MODE, --trust-repo-settings   as for build
`;

interface ChangedPackage {
  /** Overlay root, repository-relative ('' for the repository's root). */
  root: string;
  category: string;
  pn: string;
}

const NOT_CATEGORIES = new Set(['eclass', 'profiles', 'metadata', 'licenses', 'scripts', '.github', '.gitlab']);

/** The packages whose directory holds a changed file (an ebuild, files/, metadata.xml, Manifest). */
export function changedPackages(paths: string[], roots: string[]): ChangedPackage[] {
  const byLength = [...roots].sort((a, b) => b.length - a.length);
  const out = new Map<string, ChangedPackage>();
  for (const p of paths) {
    const root = byLength.find((r) => r === '' || p.startsWith(r + '/'));
    if (root === undefined) continue;
    const rel = root ? p.slice(root.length + 1) : p;
    const m = /^([^/]+)\/([^/]+)\/./.exec(rel);
    if (!m || NOT_CATEGORIES.has(m[1]) || !isValidCategory(m[1])) continue;
    out.set(`${root}|${m[1]}/${m[2]}`, { root, category: m[1], pn: m[2] });
  }
  return [...out.values()].sort((a, b) => `${a.root}/${a.category}/${a.pn}`.localeCompare(`${b.root}/${b.category}/${b.pn}`));
}

/** Versions (`cat/pn-pvr`) of a package in a tree, highest last. */
async function versionsIn(tree: string, p: ChangedPackage): Promise<string[]> {
  const dir = path.join(tree, p.root, p.category, p.pn);
  const names = await readdir(dir).catch(() => [] as string[]);
  const versions = names.filter((n) => n.startsWith(`${p.pn}-`) && n.endsWith('.ebuild')).map((n) => n.slice(p.pn.length + 1, -'.ebuild'.length))
    .filter((v) => splitPackageVersion(`${p.pn}-${v}`)?.pn === p.pn).sort(compareVersions);
  return versions.map((v) => `${p.category}/${p.pn}-${v}`);
}

interface TreeScan {
  results: PkgcheckResult[];
  /** Results by root; the lines of each result's file. */
  lineText: (r: PkgcheckResult, line: number) => string | undefined;
  versions: Set<string>;
}

/** pkgcheck over the changed packages of one tree (one run per overlay root). */
async function scanTree(tree: string, packages: ChangedPackage[], config: BuildConfig, engine: Engine, image: string | undefined, io: CliIO, label: string): Promise<TreeScan> {
  const results: PkgcheckResult[] = [];
  const versions = new Set<string>();
  const rootOf = new Map<PkgcheckResult, string>();
  for (const root of [...new Set(packages.map((p) => p.root))]) {
    const present: { p: ChangedPackage; ebuild: string }[] = [];
    for (const p of packages.filter((x) => x.root === root)) {
      const vs = await versionsIn(tree, p);
      vs.forEach((v) => versions.add(v));
      if (vs.length) present.push({ p, ebuild: path.join(tree, root, p.category, p.pn, `${vs[vs.length - 1].split('/')[1]}.ebuild`) });
    }
    if (!present.length) continue;
    io.stderr.write(`>>> ebuild-builder qa-diff: pkgcheck on the ${label} tree: ${present.map((x) => `${x.p.category}/${x.p.pn}`).join(' ')}\n`);
    // pkgcheck takes several targets: the first package's, plus the others before it.
    const run = await runPkgcheckInContainer(present[0].ebuild, {
      workspaceFolders: [tree], config, engine, image, extraArgs: present.slice(1).map((x) => `${x.p.category}/${x.p.pn}`),
    });
    for (const r of run.results) {
      results.push(r);
      rootOf.set(r, root);
    }
  }
  const texts = new Map<string, string[]>();
  const lines = (file: string) => texts.get(file);
  for (const r of results) {
    const file = r.version && r.category && r.package ? path.join(tree, rootOf.get(r)!, r.category, r.package, `${r.package}-${r.version}.ebuild`) : undefined;
    if (file && !texts.has(file)) texts.set(file, (await readFile(file, 'utf8').catch(() => '')).split('\n'));
  }
  return {
    results, versions,
    lineText: (r, line) => {
      const file = r.version && r.category && r.package ? path.join(tree, rootOf.get(r)!, r.category, r.package, `${r.package}-${r.version}.ebuild`) : undefined;
      return file ? lines(file)?.[line - 1] : undefined;
    },
  };
}

async function worktree(repo: string, sha: string, dir: string): Promise<void> {
  const r = await git(repo, ['worktree', 'add', '--detach', '--quiet', dir, sha]);
  if (r.code !== 0) throw new UserError(`Could not check out ${sha.slice(0, 12)} beside ${repo}: ${r.stderr.trim()}`, 'Check that the repository is writable (git worktree add).', 'git-failed');
}

export const command: CliCommand = {
  name: 'qa-diff',
  summary: 'pkgcheck results a change introduces (base and head compared), as CI annotations',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values: v } = parseCommandArgs(args, 'qa-diff', {
      base: { type: 'string' }, head: { type: 'string' }, repo: { type: 'string' }, format: { type: 'string' },
      'missing-pkgcheck': { type: 'string' }, profile: { type: 'string' }, image: { type: 'string' }, env: { type: 'string', multiple: true },
      engine: { type: 'string' }, context: { type: 'string' }, network: { type: 'string' }, 'trust-repo-settings': { type: 'boolean' },
    });
    const baseRef = v.base;
    const headRef = v.head ?? 'HEAD';
    const format = v.format ?? 'text';
    const missing = v['missing-pkgcheck'] ?? 'fail';
    const image = v.image;
    const repoFlag = v.repo;
    const flags: BuildFlags = {
      profile: v.profile, env: v.env ?? [], engine: v.engine, context: v.context, network: v.network, emergeArg: [],
      untrustedRepo: true, trustRepoSettings: Boolean(v['trust-repo-settings']),
    };
    if (!baseRef) throw new UserError('qa-diff needs --base REF.', 'Pass the commit to compare with, e.g. --base origin/main (in CI: the PR base).', 'bad-argument');
    if (!['text', 'github', 'gitlab-codequality'].includes(format)) throw new UserError(`--format must be text, github or gitlab-codequality, not '${format}'.`, 'Write e.g. --format github.', 'bad-argument');
    if (missing !== 'warn' && missing !== 'fail') throw new UserError(`--missing-pkgcheck must be warn or fail, not '${missing}'.`, 'Write --missing-pkgcheck warn.', 'bad-argument');

    const repo = await repoRoot(path.resolve(io.cwd, repoFlag ?? '.'));
    const headSha = (await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${headRef}^{commit}`])).stdout.trim();
    if (!headSha) throw new UserError(`'${headRef}' is not a commit in ${repo}.`, 'Pass --head with a commit, branch or tag.', 'bad-ref');
    const base = await baseCommit(repo, baseRef);
    const files = await filesAt(repo, headSha);
    const roots = (await overlaysAt(repo, files, headSha)).map((o) => o.root);
    const changes = await changedFiles(repo, base.sha, headSha);
    const packages = changedPackages(changes.map((c) => c.path), roots);
    io.stderr.write(`>>> ebuild-builder qa-diff: ${base.sha.slice(0, 12)} (${base.describe.replace('--since', '--base')}) to ${headSha.slice(0, 12)}: ${packages.length} package(s) changed\n`);

    let fresh: QaItem[] = [];
    let headScan: TreeScan | undefined;
    if (packages.length) {
      const config = await buildConfigFor(repo, flags, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
      const { engine: _url, ...extra } = engineConfigFromFlags({ engine: flags.engine, context: flags.context }, io);
      const engine = await connectForConfig(config, io.env, extra);
      const scratch = await mkdtemp(path.join(tmpdir(), 'ebuild-builder-qa-'));
      const trees = { base: path.join(scratch, 'base'), head: path.join(scratch, 'head') };
      try {
        await worktree(repo, base.sha, trees.base);
        await worktree(repo, headSha, trees.head);
        const baseScan = await scanTree(trees.base, packages, config, engine, image, io, 'base');
        headScan = await scanTree(trees.head, packages, config, engine, image, io, 'head');
        fresh = newQaItems(qaItems(baseScan.results, baseScan.lineText), qaItems(headScan.results, headScan.lineText), baseScan.versions);
        io.stderr.write(`>>> ebuild-builder qa-diff: ${headScan.results.length} result(s) on the head, ${baseScan.results.length} on the base; ${fresh.length} new\n`);
      } catch (e) {
        if (isUserError(e) && e.code === 'pkgcheck-missing' && missing === 'warn') {
          io.stdout.write(format === 'github' ? `::warning title=pkgcheck QA difference skipped::${e.message.replace(/%/g, '%25').replace(/\n/g, '%0A')}\n` : format === 'gitlab-codequality' ? '[]\n' : `QA difference skipped: ${e.message}\n`);
          io.stderr.write(`ebuild-builder qa-diff: ${e.toString()}\n`);
          return 0;
        }
        throw e;
      } finally {
        for (const t of Object.values(trees)) if (existsSync(t)) await git(repo, ['worktree', 'remove', '--force', t]);
        await git(repo, ['worktree', 'prune']);
        await rm(scratch, { recursive: true, force: true });
        await engine.close();
      }
    }

    const headVersions = headScan?.versions ?? new Set<string>();
    const fileOf = (r: PkgcheckResult): string | undefined => {
      const p = packages.find((x) => x.category === r.category && x.pn === r.package);
      if (!p) return undefined;
      const dir = [p.root, p.category, p.pn].filter(Boolean).join('/');
      if (r.version) return `${dir}/${r.package}-${r.version}.ebuild`;
      if (/Metadata|Maintainer|Xml/.test(r.className) && files.includes(`${dir}/metadata.xml`)) return `${dir}/metadata.xml`;
      const newest = [...headVersions].filter((v) => v.startsWith(`${p.category}/${p.pn}-`)).sort((a, b) => compareVersions(a.split('/')[1].slice(p.pn.length + 1), b.split('/')[1].slice(p.pn.length + 1))).pop();
      return newest ? `${dir}/${newest.split('/')[1]}.ebuild` : undefined;
    };
    // A result pkgcheck gives no line goes on the line of its ebuild that the change made and that names it.
    for (const item of fresh) {
      const file = item.line === undefined && item.result.version ? fileOf(item.result) : undefined;
      if (!file) continue;
      const text = (await git(repo, ['show', `${headSha}:${file}`])).stdout;
      const diff = (await git(repo, ['diff', '-U0', '--no-color', base.sha, headSha, '--', file])).stdout;
      item.line = lineFor(item.result, text.split('\n'), changedLines(diff));
    }
    const annotations = qaAnnotations(fresh, fileOf);
    if (format === 'github') for (const a of annotations) io.stdout.write(githubAnnotation(a) + '\n');
    else if (format === 'gitlab-codequality') io.stdout.write(gitlabQaReport(annotations, (s) => createHash('md5').update(s).digest('hex')));
    else {
      io.stdout.write(annotations.length ? `${annotations.length} new pkgcheck result(s):\n` : 'No new pkgcheck results.\n');
      for (const a of annotations) io.stdout.write(`  ${a.path ?? '-'}${a.line ? `:${a.line}` : ''}: ${a.severity}: ${a.title}: ${a.message}\n`);
    }
    return annotations.some((a) => a.severity === 'error') ? 1 : 0;
  },
};
