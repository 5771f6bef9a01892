/** Running a CI workflow step's shell script as the CI runner would, and spawning bash scripts for the tests. */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a step's script with bash, the CLI replaced by a script that prints its arguments: each call's arguments. */
export function argsOfScript(script: string, env: Record<string, string>): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'eb-ci-'));
  try {
    // The scripts check that the base commit exists, so they run in a repository that has one.
    execFileSync('git', ['-C', dir, 'init', '-q']);
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'base']);
    const printer = join(dir, 'print-args');
    writeFileSync(printer, '#!/bin/sh\nprintf "ARGS\\0"; printf "%s\\0" "$@"; printf "\\n"\n');
    chmodSync(printer, 0o755);
    const out = execFileSync('bash', ['-euc', script], { cwd: dir, env: { ...process.env, ...env, EBUILD_BUILDER: printer }, encoding: 'utf8' });
    return out.split('\n').filter((l) => l.startsWith('ARGS\0')).map((l) => l.split('\0').slice(1, -1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `bash -e -c script` in `cwd` with exactly `env`: its status and output. */
export function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-e', '-c', script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
