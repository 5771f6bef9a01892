/**
 * Runs git (argument arrays only; plain Node, shared by the CLI and VS Code) to feed changed.ts: finds the base commit (`--since REF` or
 * the merge base with `@{upstream}`), the changed paths, the files at HEAD and their text.
 */
import { execFile, spawn } from 'node:child_process';
import { UserError } from './userError';
import { filesToRead, overlayName, overlayRootsIn, planChanges, type ChangePlan, type FileChange, type OverlayRoot } from './changed';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `git -C repo …args`; never throws for a non-zero exit (callers decide what it means). */
export function git(repo: string, args: string[], env?: NodeJS.ProcessEnv, timeoutMs = 0): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repo, ...args], { maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs, env: { ...process.env, ...env, LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (err && (err as { killed?: boolean }).killed) {
        resolve({ code: 124, stdout, stderr: `${stderr}\ngit ${args[0]} gave no answer within ${timeoutMs / 1000} s` });
        return;
      }
      if (err && typeof (err as NodeJS.ErrnoException).code === 'string') {
        reject(new UserError(`Could not run git: ${err.message}`, 'Install git and make sure it is on PATH.', 'git-missing'));
        return;
      }
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function gitOk(repo: string, args: string[]): Promise<string> {
  const r = await git(repo, args);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout;
}

export async function repoRoot(dir: string): Promise<string> {
  const r = await git(dir, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) {
    throw new UserError(`${dir} is not inside a git repository.`, 'Run the command inside the overlay\'s git checkout, or pass --repo DIR.', 'not-a-repo');
  }
  return r.stdout.trim();
}

async function isShallow(repo: string): Promise<boolean> {
  const r = await git(repo, ['rev-parse', '--is-shallow-repository']);
  return r.stdout.trim() === 'true';
}

const SHALLOW_ACTION = 'This is a shallow clone without that commit: fetch more history with `git fetch --unshallow` (or `git fetch --deepen=50`), or in CI check out with full history (GitHub: `fetch-depth: 0`; GitLab: `GIT_DEPTH: 0`).';

async function commitOf(repo: string, ref: string): Promise<string | undefined> {
  const r = await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export interface BaseCommit {
  sha: string;
  /** How it was chosen, for the report: `--since origin/main`, `merge base with origin/main`. */
  describe: string;
}

/**
 * The commit to compare HEAD with: the merge base of `since` (or of the upstream branch) and HEAD.
 * An all-zero `since` (a CI "before" of a new branch) means the parent of HEAD.
 */
export async function baseCommit(repo: string, since?: string): Promise<BaseCommit> {
  const head = await commitOf(repo, 'HEAD');
  if (!head) throw new UserError(`The repository ${repo} has no commit checked out (HEAD).`, 'Commit something first, or check out a branch.', 'no-head');
  let ref = since;
  let label = `--since ${since}`;
  if (since !== undefined && /^0+$/.test(since)) {
    ref = 'HEAD^';
    label = 'parent of HEAD (no previous commit given)';
  }
  if (ref === undefined) {
    const up = await git(repo, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']);
    if (up.code !== 0) {
      throw new UserError(
        `The current branch of ${repo} has no upstream branch to compare with.`,
        'Pass --since REF (e.g. --since origin/main or --since HEAD~1), or set one with `git branch --set-upstream-to=origin/main`.',
        'no-upstream',
      );
    }
    ref = up.stdout.trim();
    label = `merge base with ${ref}`;
  }
  const sha = await commitOf(repo, ref);
  if (!sha) {
    if (await isShallow(repo)) throw new UserError(`The commit '${ref}' is not in ${repo}.`, SHALLOW_ACTION, 'shallow-clone');
    throw new UserError(`'${ref}' is not a commit, branch or tag in ${repo}.`, 'Give a commit, branch or tag of that repository (`git log --oneline` lists commits; `git fetch` brings remote branches).', 'bad-ref');
  }
  const mb = await git(repo, ['merge-base', sha, head]);
  if (mb.code !== 0) {
    if (await isShallow(repo)) throw new UserError(`The common ancestor of '${ref}' and HEAD is not in the shallow clone ${repo}.`, SHALLOW_ACTION, 'shallow-clone');
    throw new UserError(`'${ref}' and HEAD share no history in ${repo}.`, 'Pass a --since commit on the same history as HEAD.', 'unrelated-history');
  }
  return { sha: mb.stdout.trim(), describe: since === undefined ? label : mb.stdout.trim() === sha ? label : `merge base of ${ref} and HEAD` };
}

/** `git diff --name-status` between two commits, renames as delete + add. */
export async function changedFiles(repo: string, base: string, head = 'HEAD'): Promise<FileChange[]> {
  const out = await gitOk(repo, ['diff', '--name-status', '--no-renames', '-z', base, head, '--']);
  const parts = out.split('\0').filter((s) => s !== '');
  const changes: FileChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) changes.push({ status: parts[i], path: parts[i + 1] });
  return changes;
}

export async function filesAt(repo: string, rev = 'HEAD'): Promise<string[]> {
  const out = await gitOk(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev]);
  return out.split('\0').filter((s) => s !== '');
}

/** Reads many blobs at `rev` with one `git cat-file --batch`. Missing paths are left out. */
function readBlobs(repo: string, rev: string, paths: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const result = new Map<string, string>();
    if (paths.length === 0) return resolve(result);
    const child = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const buf = Buffer.concat(chunks);
      let pos = 0;
      for (const p of paths) {
        const nl = buf.indexOf(10, pos);
        const header = buf.subarray(pos, nl).toString();
        pos = nl + 1;
        if (header.endsWith(' missing')) continue;
        const size = Number(header.split(' ')[2]);
        result.set(p, buf.subarray(pos, pos + size).toString('utf8'));
        pos += size + 1;
      }
      resolve(result);
    });
    child.stdin.end(paths.map((p) => `${rev}:${p}\n`).join(''));
  });
}

export async function overlaysAt(repo: string, files: string[], rev = 'HEAD'): Promise<OverlayRoot[]> {
  const roots = overlayRootsIn(files);
  const pre = (r: string) => (r ? r + '/' : '');
  const texts = await readBlobs(repo, rev, roots.flatMap((r) => [`${pre(r)}profiles/repo_name`, `${pre(r)}metadata/layout.conf`]));
  return roots.map((r) => ({ root: r, name: overlayName(r, texts.get(`${pre(r)}profiles/repo_name`), texts.get(`${pre(r)}metadata/layout.conf`)) }));
}

export interface ChangedReport extends ChangePlan {
  repo: string;
  base: BaseCommit;
  head: string;
  overlays: OverlayRoot[];
}

/** Everything `changed` prints: base, head, overlays and the plan. */
export async function changedSince(dir: string, since?: string, head = 'HEAD'): Promise<ChangedReport> {
  const repo = await repoRoot(dir);
  const base = await baseCommit(repo, since);
  const headSha = (await gitOk(repo, ['rev-parse', head])).trim();
  const files = await filesAt(repo, headSha);
  const overlays = await overlaysAt(repo, files, headSha);
  if (overlays.length === 0) {
    throw new UserError(
      `No overlay found in ${repo}: no profiles/repo_name or metadata/layout.conf at HEAD.`,
      'Run this in an overlay repository (one with profiles/repo_name), or pass --repo DIR.',
      'no-overlay',
    );
  }
  const changes = await changedFiles(repo, base.sha, headSha);
  const texts = await readBlobs(repo, headSha, filesToRead(changes, overlays, files));
  const plan = planChanges(changes, overlays, files, (p) => texts.get(p));
  return { repo, base, head: headSha, overlays, ...plan };
}
