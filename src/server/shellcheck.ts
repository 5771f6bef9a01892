/**
 * shellcheck (Debian's binary) on an ebuild or eclass, its comments judged by a profile
 * (shellcheckProfile.ts): the ebuild profile silences what flags ebuild idioms and grades the rest
 * by what a Gentoo reviewer would ask to change; the full profile keeps shellcheck's opinion.
 */
import { spawn } from 'node:child_process';
import { DocContext } from './docContext';
import { Finding } from './diagnostics';
import { knownNames, SeverityOverrides, ShellcheckProfile, verdictFor } from './shellcheckProfile';

export interface ShellcheckComment { line: number; endLine: number; column: number; endColumn: number; level: string; code: number; message: string }

/** argv for a run on stdin; the file's text is written to stdin. */
function shellcheckArgs(): string[] {
  return ['--norc', '-f', 'json1', '-s', 'bash', '-'];
}

/** Runs shellcheck; resolves undefined when it is not installed or fails to answer in time. */
export function runShellcheck(text: string, binary = 'shellcheck', timeoutMs = 15000): Promise<ShellcheckComment[] | undefined> {
  return new Promise((resolve) => {
    let out = '';
    let done = false;
    const finish = (v: ShellcheckComment[] | undefined) => {
      if (!done) resolve(v);
      done = true;
    };
    const child = spawn(binary, shellcheckArgs(), { stdio: ['pipe', 'pipe', 'ignore'] });
    const timer = setTimeout(() => {
      child.kill();
      finish(undefined);
    }, timeoutMs);
    child.on('error', () => finish(undefined));
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('close', () => {
      clearTimeout(timer);
      try {
        finish((JSON.parse(out) as { comments: ShellcheckComment[] }).comments);
      } catch {
        finish(undefined);
      }
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}

/** shellcheck's advice in the words of an ebuild: a phase ends with die, not exit (devmanual, error handling). */
function ebuildAdvice(c: ShellcheckComment): string {
  return c.code === 2164 ? c.message.replace(/'(\w+) \.\.\. \|\| exit' or '\w+ \.\.\. \|\| return'/, "'$1 ... || die'") : c.message;
}

/** Keeps the comments the profile (and the user's overrides) let speak, at their severity, mapped to document offsets. */
export function filterShellcheck(ctx: DocContext, comments: ShellcheckComment[], offsetAt: (line: number, character: number) => number, profile: ShellcheckProfile = 'ebuild', overrides?: SeverityOverrides): Finding[] {
  const known = knownNames(ctx);
  const out: Finding[] = [];
  for (const c of comments) {
    const start = offsetAt(c.line - 1, c.column - 1);
    const end = offsetAt(c.endLine - 1, c.endColumn - 1);
    const text = ctx.text.slice(start, end);
    const name = /^(\w+)/.exec(text.replace(/^["'${!]+/, ''))?.[1] ?? '';
    const severity = verdictFor(profile, c.code, c.level, { ctx, name, start, end, known }, overrides);
    if (severity !== 'off') out.push({ span: { start, end: Math.max(end, start + 1) }, severity, code: `SC${c.code}`, message: profile === 'ebuild' ? ebuildAdvice(c) : c.message });
  }
  return out;
}
