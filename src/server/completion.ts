/**
 * Completion: variables, phase functions, helpers and inherited eclass functions at command
 * position; eclass names after `inherit`; USE flags after `use …`, in IUSE, REQUIRED_USE and USE
 * dependencies; licences; keywords; categories and packages in dependency strings.
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CursorPlace, placeAt } from './cursorContext';
import { cpnOf, DocContext } from './docContext';
import { eclassMarkdown, functionMarkdown, variableMarkdown } from './eclassDoc';
import { Span } from './parse';
import { availableIn, DEPENDENCY_VARIABLES, HELPERS, PHASES, phasesFor, VARIABLES } from './pms';

const md = (value: string) => ({ kind: MarkupKind.Markdown, value });

/** `triggerCharacter` set when the editor asked because of a typed character (not Ctrl+Space). */
export function complete(ctx: DocContext, doc: TextDocument, offset: number, triggerCharacter?: string, snippets = true): CompletionItem[] {
  const place = placeAt(ctx, offset);
  // a typed space or quote pops up a list only where a name is expected: after inherit/use, inside metadata values
  if ((triggerCharacter === ' ' || triggerCharacter === '"') && place.kind !== 'inherit' && place.kind !== 'use-arg' && place.kind !== 'value') return [];
  const items = itemsFor(ctx, place, offset);
  const span = replaceSpan(ctx, place, offset);
  const range = { start: doc.positionAt(span.start), end: doc.positionAt(offset) };
  return items.map((i) => {
    if (i.insertTextFormat !== InsertTextFormat.Snippet) return { ...i, textEdit: TextEdit.replace(range, i.insertText ?? i.label) };
    // clients without snippet support get the plain text (placeholders removed)
    return snippets ? i : { ...i, insertTextFormat: InsertTextFormat.PlainText, insertText: (i.insertText ?? i.label).replace(/\$\{\d+(?::([^}]*))?\}/g, '$1') };
  });
}

/** The part of the text before the cursor that the chosen item replaces. */
function replaceSpan(ctx: DocContext, place: CursorPlace, offset: number): Span {
  const prefix = ctx.text.slice(Math.max(0, offset - 200), offset);
  let run = /[\w+@.-]*$/.exec(prefix)?.[0] ?? '';
  if (place.kind === 'value') {
    if (place.variable === 'KEYWORDS') run = /[\w~.-]*$/.exec(prefix)?.[0] ?? '';
    else if (DEPENDENCY_VARIABLES.has(place.variable)) run = /[\w+./@-]*$/.exec(prefix)?.[0] ?? '';
    else if (place.variable !== 'LICENSE') run = run.replace(/^[+-]+/, '');
  }
  return { start: offset - run.length, end: offset };
}

function itemsFor(ctx: DocContext, place: CursorPlace, offset: number): CompletionItem[] {
  switch (place.kind) {
    case 'inherit':
      return eclassItems(ctx);
    case 'use-arg':
      return flagItems(ctx, [...ctx.iuse]);
    case 'variable-ref':
      return variableItems(ctx, false);
    case 'value':
      return valueItems(ctx, place.variable, ctx.text.slice(place.token.span.start, offset));
    case 'command':
      return commandItems(ctx, place.fn);
    default:
      return [];
  }
}

function eclassItems(ctx: DocContext): CompletionItem[] {
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const repo of ctx.chain) {
    for (const name of repo.eclassNames()) {
      if (seen.has(name)) continue;
      seen.add(name);
      const info = repo.eclass(name);
      out.push({ label: name, kind: CompletionItemKind.Module, detail: info?.blurb ?? `${repo.name} eclass`, documentation: info ? md(eclassMarkdown(info)) : undefined });
    }
  }
  return out;
}

function flagItems(ctx: DocContext, flags: string[]): CompletionItem[] {
  const cpn = cpnOf(ctx);
  return [...new Set(flags)].sort().map((flag) => {
    const d = ctxFlagDescription(ctx, cpn, flag);
    return { label: flag, kind: CompletionItemKind.EnumMember, detail: 'USE flag', documentation: d ? md(d) : undefined };
  });
}

function ctxFlagDescription(ctx: DocContext, cpn: string | undefined, flag: string): string | undefined {
  for (const e of ctx.eclasses) if (e.info.iuse.includes(flag)) return ctx.chain.map((r) => r.useDesc().get(flag)).find(Boolean) ?? `added by ${e.info.name}.eclass`;
  return knowledgeDescription(ctx, cpn, flag);
}

function knowledgeDescription(ctx: DocContext, cpn: string | undefined, flag: string): string | undefined {
  if (cpn) {
    const [cat, pkg] = cpn.split('/');
    for (const r of ctx.chain) {
      const d = r.metadata(cat, pkg)?.flags.get(flag) ?? r.useLocalDesc().get(cpn)?.get(flag);
      if (d) return d;
    }
  }
  return ctx.chain.map((r) => r.useDesc().get(flag)).find(Boolean);
}

function variableItems(ctx: DocContext, assign: boolean): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const v of VARIABLES.values()) {
    if (!availableIn(v, ctx.eapi)) continue;
    if (assign && v.kind === 'readonly') continue;
    out.push({ label: v.name, kind: assign ? CompletionItemKind.Property : CompletionItemKind.Variable, detail: `PMS ${v.kind} variable`, documentation: md(v.doc), insertText: assign ? `${v.name}=` : v.name });
  }
  for (const e of ctx.eclasses) {
    for (const v of e.info.variables.values()) {
      if (v.internal) continue;
      out.push({ label: v.name, kind: CompletionItemKind.Variable, detail: `${e.info.name}.eclass`, documentation: md(variableMarkdown(e.info.name, v)), insertText: assign ? `${v.name}=` : v.name });
    }
  }
  return out;
}

function commandItems(ctx: DocContext, fn: string | undefined): CompletionItem[] {
  const out: CompletionItem[] = [];
  if (!fn) {
    out.push(...variableItems(ctx, true));
    for (const name of phasesFor(ctx.eapi)) {
      out.push({
        label: name, kind: CompletionItemKind.Event, detail: 'phase function', documentation: md(PHASES.get(name)?.doc ?? ''),
        insertText: `${name}() {\n\t\${0}\n}`, insertTextFormat: InsertTextFormat.Snippet,
      });
    }
    out.push({ label: 'inherit', kind: CompletionItemKind.Keyword, detail: 'load eclasses', documentation: md(HELPERS.get('inherit')?.doc ?? '') });
  }
  for (const h of HELPERS.values()) {
    if (!availableIn(h, ctx.eapi)) continue;
    out.push({ label: h.name, kind: CompletionItemKind.Function, detail: 'PMS helper', documentation: md(h.doc) });
  }
  for (const e of ctx.eclasses) {
    for (const f of e.info.functions.values()) {
      if (f.internal) continue;
      out.push({ label: f.name, kind: CompletionItemKind.Function, detail: `${e.info.name}.eclass`, documentation: md(functionMarkdown(e.info.name, f)) });
    }
  }
  for (const f of ctx.facts.functions) if (f.name !== fn) out.push({ label: f.name, kind: CompletionItemKind.Function, detail: 'defined in this file' });
  return out;
}

function valueItems(ctx: DocContext, variable: string, token: string): CompletionItem[] {
  if (variable === 'IUSE') {
    const flags = new Set<string>();
    for (const r of ctx.chain) r.useDesc().forEach((_d, f) => flags.add(f));
    const cpn = cpnOf(ctx);
    if (cpn && ctx.category && ctx.pn) for (const r of ctx.chain) r.metadata(ctx.category, ctx.pn)?.flags.forEach((_d, f) => flags.add(f));
    if (cpn) for (const r of ctx.chain) r.useLocalDesc().get(cpn)?.forEach((_d, f) => flags.add(f));
    return flagItems(ctx, [...flags]);
  }
  if (variable === 'REQUIRED_USE') return flagItems(ctx, [...ctx.iuse]);
  if (variable === 'LICENSE') {
    const seen = new Map<string, string>();
    for (const r of ctx.chain) for (const l of r.licenses()) if (!seen.has(l)) seen.set(l, r.name);
    return [...seen].map(([label, repo]) => ({ label, kind: CompletionItemKind.Text, detail: `licence (${repo})` }));
  }
  if (variable === 'KEYWORDS') {
    const arches = [...new Set(ctx.chain.flatMap((r) => [...r.arches()]))];
    return arches.flatMap((a) => [
      { label: `~${a}`, kind: CompletionItemKind.EnumMember, detail: 'testing keyword', filterText: `~${a}` },
      { label: a, kind: CompletionItemKind.EnumMember, detail: 'stable keyword' },
    ]);
  }
  if (DEPENDENCY_VARIABLES.has(variable)) return dependencyItems(ctx, token);
  return [];
}

function dependencyItems(ctx: DocContext, token: string): CompletionItem[] {
  const bracket = token.lastIndexOf('[');
  if (bracket >= 0 && !token.slice(bracket).includes(']')) {
    const atom = token.slice(0, bracket).replace(/^[!<>=~]+/, '').replace(/-\d.*$/, '').replace(/:.*$/, '');
    const [cat, pkg] = atom.split('/');
    const flags = new Map<string, string>();
    for (const r of ctx.chain) {
      r.metadata(cat, pkg)?.flags.forEach((d, f) => flags.set(f, d));
      r.useLocalDesc().get(atom)?.forEach((d, f) => flags.has(f) || flags.set(f, d));
    }
    const all = new Set([...flags.keys(), ...ctx.iuse]);
    return [...all].map((f) => ({ label: f, kind: CompletionItemKind.EnumMember, detail: flags.has(f) ? `USE flag of ${atom}` : 'USE flag of this package', documentation: flags.get(f) ? md(flags.get(f) ?? '') : undefined }));
  }
  const bare = token.replace(/^[!<>=~]+/, '');
  const slash = bare.indexOf('/');
  if (slash >= 0) {
    const cat = bare.slice(0, slash);
    const pkgs = new Set(ctx.chain.flatMap((r) => r.packages(cat)));
    return [...pkgs].map((p) => ({ label: `${cat}/${p}`, kind: CompletionItemKind.Module, detail: 'package', insertText: `${cat}/${p}` }));
  }
  const cats = new Set(ctx.chain.flatMap((r) => r.categories()));
  const out: CompletionItem[] = [...cats].map((c) => ({ label: `${c}/`, kind: CompletionItemKind.Folder, detail: 'category', command: { title: 'packages', command: 'editor.action.triggerSuggest' } }));
  for (const f of ctx.iuse) out.push({ label: `${f}? ( )`, kind: CompletionItemKind.Snippet, detail: 'USE-conditional group', insertText: `${f}? ( )` });
  return out;
}
