/**
 * shellcheck (Debian's binary) on an ebuild or eclass, with ebuild-aware filtering: ebuild and
 * eclass variables are used by the package manager or the eclasses, so SC2034 ("appears unused")
 * and SC2154 ("referenced but not assigned") on them are noise and are dropped; so are SC2119/SC2120
 * (arguments never passed) in eclasses, whose callers are ebuilds.
 */
import { spawn } from 'node:child_process';
import { DocContext } from './docContext';
import { Finding, Severity } from './diagnostics';
import { VARIABLES } from './pms';

export interface ShellcheckComment { line: number; endLine: number; column: number; endColumn: number; level: string; code: number; message: string }

/** argv for a run on stdin; the file's text is written to stdin. */
export function shellcheckArgs(): string[] {
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

/** Names the package manager or an inherited eclass gives meaning to. */
function knownNames(ctx: DocContext): Set<string> {
  const names = new Set(VARIABLES.keys());
  for (const e of ctx.eclasses) {
    e.info.variables.forEach((_v, n) => names.add(n));
    e.info.referenced.forEach((n) => names.add(n));
    e.info.assigned.forEach((n) => names.add(n));
  }
  return names;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'information', style: 'hint' };

/** Keeps the comments that matter for an ebuild and maps them to document offsets. */
export function filterShellcheck(ctx: DocContext, comments: ShellcheckComment[], offsetAt: (line: number, character: number) => number): Finding[] {
  const known = knownNames(ctx);
  const out: Finding[] = [];
  for (const c of comments) {
    const start = offsetAt(c.line - 1, c.column - 1);
    const end = offsetAt(c.endLine - 1, c.endColumn - 1);
    const name = /^(\w+)/.exec(ctx.text.slice(start, end).replace(/^[${!]+/, ''))?.[1] ?? '';
    if (c.code === 2034 && (known.has(name) || (ctx.kind === 'eclass' && /^[A-Z_][A-Z0-9_]*$/.test(name)))) continue;
    if (c.code === 2154 && known.has(name)) continue;
    // eclass functions are an API for ebuilds, which shellcheck never sees calling them
    if ((c.code === 2119 || c.code === 2120) && ctx.kind === 'eclass') continue;
    out.push({ span: { start, end: Math.max(end, start + 1) }, severity: LEVELS[c.level] ?? 'warning', code: `SC${c.code}`, message: c.message });
  }
  return out;
}
