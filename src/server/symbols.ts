/**
 * Document symbols (phase and other functions, global variables, inherited eclasses) and folding
 * ranges (multi-line constructs and comment blocks).
 */
import { DocContext } from './docContext';
import { PHASES } from './pms';
import { Span } from './parse';

export type SymbolFact = { name: string; detail: string; kind: 'phase' | 'function' | 'variable' | 'eclass'; span: Span; nameSpan: Span };

export function documentSymbols(ctx: DocContext): SymbolFact[] {
  const out: SymbolFact[] = [];
  for (const w of ctx.inherits) out.push({ name: w.text, detail: 'inherit', kind: 'eclass', span: w.span, nameSpan: w.span });
  for (const [name, list] of ctx.globals) {
    const a = list[0];
    const end = a.value?.span.end ?? a.nameSpan.end;
    out.push({ name, detail: oneLine(a.value?.text ?? ''), kind: 'variable', span: { start: a.nameSpan.start, end }, nameSpan: a.nameSpan });
  }
  for (const f of ctx.facts.functions) {
    const phase = PHASES.has(f.name);
    out.push({ name: f.name, detail: phase ? 'phase' : 'function', kind: phase ? 'phase' : 'function', span: f.span, nameSpan: f.nameSpan });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** Folding ranges as 0-based [startLine, endLine]; `lineOf` maps an offset to its line. */
export function foldingRanges(ctx: DocContext, lineOf: (offset: number) => number): { start: number; end: number; comment?: boolean }[] {
  const out: { start: number; end: number; comment?: boolean }[] = [];
  const seen = new Set<string>();
  for (const b of ctx.facts.blocks) {
    const start = lineOf(b.start);
    let end = lineOf(b.end);
    if (ctx.text[b.end - 1] === '\n') end--;
    const key = `${start}:${end}`;
    if (end > start && !seen.has(key)) out.push({ start, end });
    seen.add(key);
  }
  const lines = ctx.text.split('\n');
  let run = -1;
  lines.forEach((l, i) => {
    const isComment = /^\s*#/.test(l);
    if (isComment && run < 0) run = i;
    if (!isComment && run >= 0) {
      if (i - 1 > run) out.push({ start: run, end: i - 1, comment: true });
      run = -1;
    }
  });
  return out;
}
