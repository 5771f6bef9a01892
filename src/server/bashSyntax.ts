/**
 * Syntax errors as bash itself sees them. tree-sitter-bash rejects some valid bash (extglob in `[[ ]]`,
 * `$'…'` in a `=~` regex, `;` inside `${x:=…}`), so its complaints are only a reason to ask bash:
 * `bash -O extglob -n` parses without running anything, with the extglob Portage enables.
 */
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocContext } from './docContext';
import { Finding } from './diagnostics';
import { Span } from './parse';

/** bash's complaints, 1-based lines; undefined when bash could not be run. */
export interface BashVerdict { errors: { line: number; message: string }[] }

const MAX_SYNTAX_PROBLEMS = 10;

/** argv for `bash -n` on a script file (bash names lines only in files, and /dev/stdin is a socket under Node). */
function bashArgs(file: string): string[] {
  return ['-O', 'extglob', '-n', file];
}

/** Lines of `bash -n` stderr that report a syntax problem; the echo of the offending line is not one. */
function parseBashErrors(stderr: string): BashVerdict['errors'] {
  const out: BashVerdict['errors'] = [];
  for (const line of stderr.split('\n')) {
    const m = /: line (\d+): (syntax error.*|warning: here-document at line \d+ delimited by end-of-file.*)$/.exec(line);
    if (m) out.push({ line: Number(m[1]), message: m[2] });
  }
  return out;
}

let serial = 0;

/** bash's verdict on the text; undefined when bash cannot be run or does not answer in time. */
async function runBashSyntax(text: string, binary = 'bash', timeoutMs = 5000): Promise<BashVerdict | undefined> {
  const file = join(tmpdir(), `ebuild-ls-${process.pid}-${serial++}.sh`);
  try {
    await writeFile(file, text);
    return await new Promise<BashVerdict | undefined>((resolve) => {
      let err = '';
      let done = false;
      const finish = (v: BashVerdict | undefined) => {
        if (!done) resolve(v);
        done = true;
      };
      const child = spawn(binary, bashArgs(file), { stdio: ['ignore', 'ignore', 'pipe'] });
      const timer = setTimeout(() => {
        child.kill();
        finish(undefined);
      }, timeoutMs);
      child.on('error', () => finish(undefined));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('close', (code) => {
        clearTimeout(timer);
        const errors = parseBashErrors(err);
        // a non-zero status without a line we understand is still bash saying no: report it at the end
        if (code !== 0 && !errors.length) errors.push({ line: text.split('\n').length, message: err.trim().split('\n')[0]?.replace(/^.*?: /, '') || 'syntax error' });
        finish({ errors });
      });
    });
  } catch {
    return undefined;
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * The syntax findings of a document: bash's errors, placed on tree-sitter's problem on that line when
 * there is one (a tighter range) or on the line; with no bash to ask, tree-sitter's problems as they are.
 */
function syntaxFindings(ctx: DocContext, verdict: BashVerdict | undefined): Finding[] {
  const problems = ctx.facts.problems;
  if (!verdict) return problems.slice(0, MAX_SYNTAX_PROBLEMS).map((p) => ({ span: p.span, severity: 'error', code: 'bash-syntax', message: p.message }));
  const starts = lineStarts(ctx.text);
  return verdict.errors.slice(0, MAX_SYNTAX_PROBLEMS).map((e) => {
    let line = Math.min(Math.max(e.line, 1), starts.length) - 1;
    const lineSpan = (l: number): Span => ({ start: starts[l], end: (starts[l + 1] ?? ctx.text.length + 1) - 1 });
    // "unexpected end of file" names the line after the last one: show it on the last line with text
    while (line > 0 && !ctx.text.slice(lineSpan(line).start, lineSpan(line).end).trim()) line--;
    const whole = lineSpan(line);
    const onLine = problems.find((p) => p.span.start >= whole.start && p.span.start <= whole.end);
    const span = onLine && onLine.span.end > onLine.span.start ? { start: onLine.span.start, end: Math.min(onLine.span.end, whole.end) } : trimmed(ctx.text, whole);
    const message = e.message.startsWith('warning: here-document') ? `here-document is not terminated: ${e.message.replace(/^warning: /, '')}` : `bash: ${e.message}`;
    return { span, severity: 'error', code: 'bash-syntax', message };
  });
}

/** Asks bash about the document when tree-sitter had trouble with it; nothing to say otherwise. */
export async function checkSyntax(ctx: DocContext, binary = 'bash'): Promise<Finding[]> {
  if (!ctx.facts.problems.length) return [];
  return syntaxFindings(ctx, await runBashSyntax(ctx.text, binary));
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : { start: s.start, end: Math.max(s.start, s.end) };
}
