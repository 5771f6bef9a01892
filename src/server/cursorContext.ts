/**
 * What the cursor is on, for completion, hover and definition: a command name or argument, an
 * assignment value (and which variable), a variable expansion, or an `inherit` argument.
 * Falls back to the raw text where the tree is incomplete (the user is typing).
 */
import { DocContext } from './docContext';
import { AssignmentFact, CommandFact, Span, Word } from './parse';

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export type CursorPlace =
  | { kind: 'inherit'; word?: Word }
  | { kind: 'use-arg'; command: string; word?: Word }
  | { kind: 'value'; variable: string; token: Word; assignment?: AssignmentFact }
  | { kind: 'variable-ref'; word: Word }
  | { kind: 'command'; word: Word; command?: CommandFact; fn?: string }
  | { kind: 'command-arg'; command: CommandFact; word: Word }
  | { kind: 'none' };

const USE_COMMANDS = /^(use|usev|useq|usex|use_with|use_enable|in_iuse)$/;

/** The whitespace/quote-delimited token around (or ending at) the offset. */
function tokenAt(text: string, offset: number): Word {
  const stop = /[\s"'`]/;
  let s = offset;
  let e = offset;
  while (s > 0 && !stop.test(text[s - 1])) s--;
  while (e < text.length && !stop.test(text[e])) e++;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

/** An identifier-like word (for names of functions, flags, eclasses). */
function nameAt(text: string, offset: number): Word {
  const ok = /[\w\-.+@]/;
  let s = offset;
  let e = offset;
  while (s > 0 && ok.test(text[s - 1])) s--;
  while (e < text.length && ok.test(text[e])) e++;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

/** The variable whose quoted value the offset is in, judged from the text (works while typing). */
function openAssignment(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - 20000), offset);
  const re = /(?:^|\n)[ \t]*([A-Z_][A-Z0-9_]*)\+?=(["'])/g;
  let found: string | undefined;
  for (const m of before.matchAll(re)) {
    const rest = before.slice((m.index ?? 0) + m[0].length);
    found = rest.includes(m[2]) ? undefined : m[1];
  }
  return found;
}

export function placeAt(ctx: DocContext, offset: number): CursorPlace {
  const { text, facts } = ctx;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const linePrefix = text.slice(lineStart, offset);

  const ref = facts.varRefs.find((r) => within(r.span, offset));
  if (ref) return { kind: 'variable-ref', word: { text: ref.name, span: ref.span } };
  if (/\$\{?[A-Za-z_0-9]*$/.test(linePrefix)) {
    const w = nameAt(text, offset);
    return { kind: 'variable-ref', word: w };
  }

  const asg = facts.assignments.find((a) => a.value && within(a.value.span, offset) && !a.fn);
  const variable = asg?.name ?? openAssignment(text, offset);
  if (variable && !/^\s*(inherit|use\w*|in_iuse)\s/.test(linePrefix)) {
    return { kind: 'value', variable, token: tokenAt(text, offset), assignment: asg };
  }

  if (/^\s*inherit\s+(?:[\w.-]+\s+)*[\w.-]*$/.test(linePrefix)) {
    const w = nameAt(text, offset);
    return { kind: 'inherit', word: w.text ? w : undefined };
  }
  const useCmd = /(?:^|[\s;&|(`])(use|usev|useq|usex|use_with|use_enable|in_iuse)\s+!?([\w+@.-]*)$/.exec(linePrefix);
  if (useCmd) {
    const w = nameAt(text, offset);
    return { kind: 'use-arg', command: useCmd[1], word: w.text ? w : undefined };
  }

  const cmd = facts.commands.find((c) => within(c.nameSpan, offset));
  if (cmd) return { kind: 'command', word: { text: cmd.name, span: cmd.nameSpan }, command: cmd, fn: cmd.fn };
  for (const c of facts.commands) {
    const arg = c.args.find((a) => within(a.span, offset));
    if (arg) {
      if (c.name === 'inherit') return { kind: 'inherit', word: nameAt(text, offset) };
      if (USE_COMMANDS.test(c.name) && c.args[0] === arg) return { kind: 'use-arg', command: c.name, word: nameAt(text, offset) };
      return { kind: 'command-arg', command: c, word: nameAt(text, offset) };
    }
  }
  const fnDef = facts.functions.find((f) => within(f.nameSpan, offset));
  if (fnDef) return { kind: 'command', word: { text: fnDef.name, span: fnDef.nameSpan } };
  const asgName = facts.assignments.find((a) => within(a.nameSpan, offset));
  if (asgName) return { kind: 'variable-ref', word: { text: asgName.name, span: asgName.nameSpan } };

  if (/(?:^|[;&|({`]|\$\(|&&|\|\||then|do|else)\s*[\w.-]*$/.test(linePrefix)) {
    const w = nameAt(text, offset);
    const fn = facts.functions.find((f) => f.span.start < offset && offset < f.span.end)?.name;
    return { kind: 'command', word: w, fn };
  }
  return { kind: 'none' };
}
