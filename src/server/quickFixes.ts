/**
 * Quick fixes for the server's diagnostics. A bare `cd`/`pushd`/`popd` (shellcheck SC2164) gets `|| die`
 * appended, as the devmanual's error handling asks. The edit is offered only where it keeps the line's
 * meaning: the command starts a statement (not `[[ -d x ]] && cd x`, where `|| die` would also catch the
 * test) and ends its line, redirections and a comment aside. Elsewhere no edit is better than a wrong one.
 */
import type { Span } from './parse';

export interface Insert { offset: number; text: string }

/** What may stand before the command on its line: nothing, or the end of a statement or keyword. */
const STATEMENT_START = /(^|[;{]|\b(then|do|else))\s*$/;
/** Redirections after the command (`>/dev/null`, `2>&1`, `&>>log`), then maybe a comment. */
const REDIRECTIONS = /^(?:\s+(?:\d*|&)(?:>>?|<)&?\s*[^\s;|&<>()#'"`\\]+)*/;

/** The ` || die` to insert after a bare change of directory at `span`, or undefined where it would change the meaning. */
export function appendDie(text: string, span: Span): Insert | undefined {
  const command = text.slice(span.start, span.end);
  if (!/^(cd|pushd|popd)\b/.test(command) || command.includes('\n')) return undefined;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (!STATEMENT_START.test(text.slice(lineStart, span.start))) return undefined;
  const lineEnd = text.indexOf('\n', span.end);
  const rest = text.slice(span.end, lineEnd < 0 ? undefined : lineEnd);
  const redirections = REDIRECTIONS.exec(rest)?.[0] ?? '';
  if (!/^\s*(#.*)?$/.test(rest.slice(redirections.length))) return undefined;
  return { offset: span.end + redirections.length, text: ' || die' };
}
