/** `ebuild-builder annotate`: build logs → CI annotations (GitHub workflow commands, GitLab code quality). */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { CliCommand, CliIO } from '../cliTypes';
import { parseAll } from '../../core/emerge';
import type { Overlay } from '../../core/buildModel';
import { discoverOverlays } from '../../core/overlays';
import { splitPackageVersion } from '../../core/atom';
import { findingsOf, githubAnnotation, gitlabCodeQuality, type PlacedFinding } from '../../core/findings';
import { locate } from '../../core/locations';
import { UserError } from '../../core/userError';
import { parseCommandArgs } from '../argList';

const usage = `Usage: ebuild-builder annotate --format github|gitlab-codequality [--repo DIR] LOG|DIR…

Reads build logs (files, or folders: every *.log in them) and prints each finding (build failure, USE/keyword/
licence/mask block, QA notice, compiler error) as a GitHub workflow command (::error file=…,line=…::…) or as a
GitLab code-quality report (JSON). Findings point at the ebuild in the repository when it can be found.

  --repo DIR   the repository holding the overlays (default: the current directory)
`;

async function logFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) continue; // a folder that was never created: no build ran, nothing to say
    if (s.isFile()) out.push(p);
    else if (s.isDirectory()) {
      for (const e of (await readdir(p, { withFileTypes: true, recursive: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const dir = (e as { parentPath?: string; path?: string }).parentPath ?? (e as { path?: string }).path ?? p;
        if (e.isFile() && e.name.endsWith('.log')) out.push(join(dir, e.name));
      }
    }
  }
  return out;
}

/** Puts a finding on a repository file: the eclass its failure frame names, else its package's ebuild. */
function placeIn(repo: string, overlays: Overlay[], f: PlacedFinding, texts: Map<string, string>): void {
  const toRepo = (abs: string) => relative(repo, abs).split(sep).join('/');
  const find = (rel: string) => overlays.map((o) => join(o.path, rel)).find((p) => existsSync(p));
  const eclass = f.file?.endsWith('.eclass') ? find(join('eclass', f.file)) : undefined;
  if (eclass) {
    f.path = toRepo(eclass);
    return;
  }
  const ebuild = ebuildOf(f.cpv, overlays);
  if (ebuild) {
    // The same mapping the editor's diagnostics use: die line, phase function, dependency or SRC_URI line.
    const place = locate(f.event, { ebuildPath: ebuild, ebuildText: texts.get(ebuild) ?? '' });
    f.path = toRepo(place.file ?? ebuild);
    f.line = place.file ? place.line : undefined;
    return;
  }
  const digested = f.event.type === 'digest-failure' && f.file ? find(f.file) : undefined;
  f.path = digested && toRepo(digested);
  f.line = undefined;
}

function ebuildOf(cpv: string | undefined, overlays: Overlay[]): string | undefined {
  const m = cpv ? /^([^/]+)\/(.+)$/.exec(cpv) : null;
  const split = m ? splitPackageVersion(m[2]) : undefined;
  if (!m || !split) return undefined;
  return overlays.map((o) => join(o.path, m[1], split.pn, `${m[2]}.ebuild`)).find((p) => existsSync(p));
}

/** Findings of the logs, placed on repository files. */
async function annotateLogs(repo: string, paths: string[]): Promise<PlacedFinding[]> {
  const { overlays } = await discoverOverlays([repo]);
  const findings: PlacedFinding[] = [];
  const seen = new Set<string>();
  const texts = new Map<string, string>();
  for (const file of await logFiles(paths)) {
    for (const f of findingsOf(parseAll(await readFile(file))) as PlacedFinding[]) {
      const ebuild = ebuildOf(f.cpv, overlays);
      if (ebuild && !texts.has(ebuild)) texts.set(ebuild, await readFile(ebuild, 'utf8'));
      placeIn(repo, overlays, f, texts);
      const key = `${f.path}|${f.line}|${f.title}|${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}

export const command: CliCommand = {
  name: 'annotate',
  summary: 'turn build logs into CI annotations (GitHub, GitLab code quality)',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, 'annotate', { format: { type: 'string' }, repo: { type: 'string' } }, true);
    const format = values.format;
    const repo = resolve(io.cwd, values.repo ?? '.');
    if (format !== 'github' && format !== 'gitlab-codequality') {
      throw new UserError(`--format must be github or gitlab-codequality${format ? `, not '${format}'` : ''}.`, 'Write e.g. --format github.', 'bad-argument');
    }
    const findings = await annotateLogs(repo, positionals.map((p) => resolve(io.cwd, p)));
    if (format === 'github') for (const f of findings) io.stdout.write(githubAnnotation(f) + '\n');
    else io.stdout.write(gitlabCodeQuality(findings, (s) => createHash('md5').update(s).digest('hex')));
    return 0;
  },
};
