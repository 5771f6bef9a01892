/** Temporary git repositories for tests: write files, commit, and run git, all with argument arrays. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C',
};

export class GitRepo {
  constructor(readonly dir: string) {}

  static init(prefix = 'eb-repo-', bare = false): GitRepo {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const r = new GitRepo(dir);
    r.git('init', '-q', '-b', 'main', ...(bare ? ['--bare'] : []));
    return r;
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-C', this.dir, ...args], { env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  write(files: Record<string, string>): this {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, p)), { recursive: true });
      writeFileSync(join(this.dir, p), text);
    }
    return this;
  }

  remove(...paths: string[]): this {
    this.git('rm', '-q', '-r', '--', ...paths);
    return this;
  }

  /** Commits everything in the work tree; returns the new commit's sha. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function ebuild(body = '', eapi = 8): string {
  return `# Copyright 2026\nEAPI=${eapi}\n\nDESCRIPTION="test"\nSLOT="0"\nKEYWORDS="amd64"\n${body}\n`;
}

/** A small overlay named `testlay` with two eclasses (bar inherits foo). */
export function overlayFiles(root = ''): Record<string, string> {
  const p = root ? root + '/' : '';
  return {
    [`${p}profiles/repo_name`]: 'testlay\n',
    [`${p}metadata/layout.conf`]: 'masters = gentoo\nthin-manifests = true\n',
    [`${p}eclass/foo.eclass`]: '# foo\nfoo_src_compile() { :; }\n',
    [`${p}eclass/bar.eclass`]: '# bar\ninherit foo\n',
  };
}
