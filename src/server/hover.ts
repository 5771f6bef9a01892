/**
 * Hover: eclass function and variable docs, PMS helper/phase/variable docs, USE flag descriptions
 * and licence names, as Markdown.
 */
import { readFileSync } from 'node:fs';
import { placeAt } from './cursorContext';
import { cpnOf, DocContext, eclassFunction, eclassVariable } from './docContext';
import { eclassMarkdown, functionMarkdown, variableMarkdown } from './eclassDoc';
import { DEPENDENCY_VARIABLES, HELPERS, PHASES, VARIABLES } from './pms';
import { Span } from './parse';
import { useDepFlags } from './depString';

export interface HoverResult { markdown: string; span: Span }

export function hoverAt(ctx: DocContext, offset: number): HoverResult | undefined {
  const place = placeAt(ctx, offset);
  switch (place.kind) {
    case 'inherit': {
      if (!place.word) return undefined;
      const e = ctx.chain.map((r) => r.eclass(place.word?.text ?? '')).find(Boolean);
      return e ? { markdown: eclassMarkdown(e), span: place.word.span } : undefined;
    }
    case 'use-arg':
      return place.word ? flagHover(ctx, place.word.text.replace(/^!/, ''), place.word.span) : undefined;
    case 'command':
      return functionHover(ctx, place.word.text, place.word.span);
    case 'command-arg':
      return functionHover(ctx, place.word.text, place.word.span);
    case 'variable-ref':
      return variableHover(ctx, place.word.text, place.word.span);
    case 'value':
      return valueHover(ctx, place.variable, place.token.text, place.token.span);
    default:
      return undefined;
  }
}

function functionHover(ctx: DocContext, name: string, span: Span): HoverResult | undefined {
  const e = eclassFunction(ctx, name);
  if (e) return { markdown: functionMarkdown(e.info.name, e.fn), span };
  if (ctx.kind === 'eclass') {
    const self = ctx.repo?.eclass(ctx.path.replace(/^.*\//, '').replace(/\.eclass$/, ''));
    const f = self?.functions.get(name);
    if (self && f) return { markdown: functionMarkdown(self.name, f), span };
  }
  const h = HELPERS.get(name);
  if (h) return { markdown: `\`\`\`bash\n${name}\n\`\`\`\n\n*PMS helper*\n\n${h.doc}`, span };
  const p = PHASES.get(name);
  if (p) return { markdown: `\`${name}\` — *phase function${p.since ? `, EAPI ${p.since}+` : ''}*\n\n${p.doc}`, span };
  return undefined;
}

function variableHover(ctx: DocContext, name: string, span: Span): HoverResult | undefined {
  const e = eclassVariable(ctx, name);
  if (e) return { markdown: variableMarkdown(e.info.name, e.variable), span };
  const v = VARIABLES.get(name);
  if (v) return { markdown: `\`${name}\` — *PMS ${v.kind} variable*\n\n${v.doc}`, span };
  return undefined;
}

function flagDescription(ctx: DocContext, flag: string): string | undefined {
  const cpn = cpnOf(ctx);
  if (cpn && ctx.category && ctx.pn) {
    for (const r of ctx.chain) {
      const d = r.metadata(ctx.category, ctx.pn)?.flags.get(flag) ?? r.useLocalDesc().get(cpn)?.get(flag);
      if (d) return d;
    }
  }
  const global = ctx.chain.map((r) => r.useDesc().get(flag)).find(Boolean);
  if (global) return global;
  const from = ctx.eclasses.find((e) => e.info.iuse.includes(flag));
  return from ? `added to IUSE by ${from.info.name}.eclass` : undefined;
}

function flagHover(ctx: DocContext, flag: string, span: Span): HoverResult | undefined {
  const d = flagDescription(ctx, flag);
  return d ? { markdown: `**USE flag \`${flag}\`**\n\n${d}`, span } : { markdown: `**USE flag \`${flag}\`** — no description in metadata.xml, use.local.desc or use.desc`, span };
}

function valueHover(ctx: DocContext, variable: string, token: string, span: Span): HoverResult | undefined {
  const bare = token.replace(/^[+!-]/, '').replace(/\?$/, '');
  if (variable === 'IUSE' || variable === 'REQUIRED_USE') return /^[\w@][\w+@.-]*$/.test(bare) ? flagHover(ctx, bare, span) : undefined;
  if (variable === 'LICENSE') {
    if (token.endsWith('?')) return flagHover(ctx, bare, span);
    for (const r of ctx.chain) {
      if (!r.licenses().has(token)) continue;
      let first = '';
      try {
        first = readFileSync(r.licensePath(token), 'utf8').split('\n').find((l) => l.trim())?.trim() ?? '';
      } catch {
        /* unreadable licence file: show the name only */
      }
      return { markdown: `**Licence \`${token}\`** (${r.name}: licenses/${token})${first ? `\n\n${first}` : ''}`, span };
    }
    return undefined;
  }
  if (DEPENDENCY_VARIABLES.has(variable)) {
    if (token.endsWith('?')) return flagHover(ctx, bare, span);
    const flags = useDepFlags(token);
    if (flags.length) return { markdown: flags.map((f) => `- \`${f.flag}\`${f.conditional ? ` (this package: ${flagDescription(ctx, f.flag) ?? 'no description'})` : ''}`).join('\n'), span };
  }
  return undefined;
}
