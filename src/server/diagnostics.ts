/**
 * Ebuild checks computed from the syntax tree, PMS facts and the repositories: fast enough to run
 * on every keystroke (bash's syntax verdict, shellcheck and pkgcheck run elsewhere, later). Results
 * use document offsets; the server maps them to LSP ranges. Past the first place tree-sitter could
 * not parse, its facts are not trusted, so nothing is reported from them there.
 */
import { basename } from 'node:path';
import { checkAtom, conditionalUseDepFlags, tokenize } from './depString';
import { DocContext, implicitFlag, unquote } from './docContext';
import { Span } from './parse';
import { DEPENDENCY_VARIABLES, HELPERS, helperStatus, LATEST_EAPI, PHASES, SUPPORTED_EAPIS, VARIABLES, variableAvailable } from './pms';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export interface Finding { span: Span; severity: Severity; message: string; code: string }

const USE_COMMANDS = new Set(['use', 'usev', 'useq', 'usex', 'use_with', 'use_enable', 'in_iuse']);

/** A file we should not analyse at all, and why. */
export function contentProblem(text: string, maxBytes: number): string | undefined {
  if (text.includes('\u0000')) return 'This file contains NUL bytes: it is binary, not an ebuild. Language features are off for it.';
  if (text.length > maxBytes) return `This file is ${(text.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB the ebuild language server analyses. Language features are off for it.`;
  return undefined;
}

export function computeDiagnostics(ctx: DocContext): Finding[] {
  const out: Finding[] = [];
  // where tree-sitter gave up, its facts (and the absence of an assignment) prove nothing
  const horizon = Math.min(...ctx.facts.problems.map((p) => p.span.start));
  const add = (span: Span, severity: Severity, code: string, message: string) => {
    if (span.start < horizon) out.push({ span, severity, code, message });
  };
  const zero: Span = { start: 0, end: 0 };
  const parsedWhole = horizon === Infinity;

  if (ctx.kind === 'ebuild') {
    if (ctx.eapiText === undefined) {
      if (parsedWhole) add(zero, 'warning', 'eapi-missing', `EAPI is not set, so this ebuild is EAPI 0. Add EAPI=${LATEST_EAPI} as the first assignment.`);
    } else if (!ctx.eapiKnown && !ctx.eapiText.includes('$')) add(ctx.eapiSpan ?? zero, 'error', 'eapi-unsupported', `EAPI "${ctx.eapiText}" is not supported (known: ${SUPPORTED_EAPIS.join(', ')}).`);
  }

  const absent = missingMasters(ctx);
  for (const w of ctx.inherits) {
    if (ctx.missingEclasses.has(w.text)) {
      const where = ctx.chain.map((r) => r.name).join(', ') || 'no repository found for this file';
      // With a master repository out of reach the eclass may well be there: say so, as a warning.
      if (absent.length) add(w.span, 'warning', 'eclass-not-found', `eclass "${w.text}" not found in ${where}; the master repository ${absent.join(', ')} was not found (add it with ebuildBuilder.languageServer.repositories).`);
      else add(w.span, 'error', 'eclass-not-found', `eclass "${w.text}" not found (searched: ${where}).`);
    }
  }

  // An eclass serves several EAPIs (its @SUPPORTED_EAPIS): a helper is wrong there only when it is
  // banned in the oldest of them, or missing from the newest.
  const [lo, hi] = eapiRange(ctx);
  for (const c of ctx.facts.commands) {
    if (USE_COMMANDS.has(c.name) && ctx.kind === 'ebuild' && ctx.iuseComplete && c.args[0]) checkFlag(ctx, c.args[0].text.replace(/^!/, ''), c.args[0].span, add);
    // an eclass may provide a helper to older EAPIs (edo.eclass's edo before EAPI 9)
    if (!HELPERS.has(c.name) || ctx.localFunctions.has(c.name) || eclassDefines(ctx, c.name)) continue;
    const st = helperStatus(c.name, lo);
    const newest = helperStatus(c.name, hi);
    const instead = st.kind !== 'ok' && st.entry.instead ? ` Use ${st.entry.instead} instead.` : '';
    const where = lo === hi ? `EAPI ${lo}` : `EAPI ${lo} (the oldest this eclass supports)`;
    if (st.kind === 'banned') add(c.nameSpan, 'error', 'banned-function', `${c.name} is banned in ${where}.${instead}`);
    else if (st.kind === 'deprecated') add(c.nameSpan, 'warning', 'deprecated-function', `${c.name} is deprecated in ${where}.${instead}`);
    else if (newest.kind === 'not-yet') add(c.nameSpan, 'error', 'function-not-in-eapi', `${c.name} needs EAPI ${newest.entry.since}; this file is EAPI ${hi}.`);
  }

  const own = boundNames(ctx);
  for (const r of ctx.facts.varRefs) {
    // only what the package manager provides can be missing: DOCS, PATCHES, BDEPEND are the ebuild's own to read
    const v = VARIABLES.get(r.name);
    if (v?.kind !== 'readonly' || v.everyEapi) continue;
    if (!variableAvailable(r.name, lo) && !variableAvailable(r.name, hi) && !own.has(r.name)) add(r.span, 'error', 'variable-not-in-eapi', `${r.name} is not available in EAPI ${lo === hi ? lo : `${lo}–${hi}`}.`);
  }

  if (ctx.kind === 'ebuild') {
    for (const f of ctx.facts.functions) {
      const phase = PHASES.get(f.name);
      if (phase && (phase.since ?? 0) > ctx.eapi) add(f.nameSpan, 'error', 'phase-not-in-eapi', `${f.name} is a phase function of EAPI ${phase.since}+; EAPI ${ctx.eapi} never calls it.`);
      else if (!phase && /^(pkg|src)_[a-z]+$/.test(f.name)) add(f.nameSpan, 'warning', 'unknown-phase', `${f.name} looks like a phase function but PMS has no such phase.`);
    }
    checkMetadata(ctx, add, parsedWhole);
  }
  return out;
}

/** Names the file or its eclasses give a value of their own (`local KV=$@` in glibc is not PMS's KV). */
function boundNames(ctx: DocContext): Set<string> {
  const names = new Set<string>();
  for (const a of ctx.facts.assignments) names.add(a.name);
  for (const b of ctx.facts.bindings) names.add(b.name);
  for (const e of ctx.eclasses) e.info.assigned.forEach((n) => names.add(n));
  return names;
}

/** The file or an inherited eclass reads the variable (`epatch "${PATCHES[@]}"`, base.eclass); unknown eclasses may. */
function readsVariable(ctx: DocContext, name: string): boolean {
  return !ctx.inheritsKnown || ctx.facts.varRefs.some((r) => r.name === name) || ctx.eclasses.some((e) => e.info.referenced.has(name));
}

function eclassDefines(ctx: DocContext, fn: string): boolean {
  return ctx.eclasses.some((e) => e.info.functions.has(fn));
}

/** The EAPIs the file must work in: the ebuild's own, or an eclass's @SUPPORTED_EAPIS (all known ones when undocumented). */
function eapiRange(ctx: DocContext): [number, number] {
  if (ctx.kind === 'ebuild') return [ctx.eapi, ctx.eapi];
  const own = ctx.repo?.eclass(basename(ctx.path, '.eclass'))?.supportedEapis?.map(Number).filter((n) => !Number.isNaN(n));
  if (!own?.length) return [0, Number(SUPPORTED_EAPIS[SUPPORTED_EAPIS.length - 1])];
  return [Math.min(...own), Math.max(...own)];
}

type Add = (span: Span, severity: Severity, code: string, message: string) => void;

function checkFlag(ctx: DocContext, flag: string, span: Span, add: Add): void {
  if (!flag || flag.includes('$') || ctx.iuse.has(flag) || implicitFlag(ctx, flag)) return;
  add(span, 'error', 'flag-not-in-iuse', `USE flag "${flag}" is not in IUSE${ctx.eclasses.length ? ' (including inherited eclasses)' : ''}.`);
}

function providedByEclass(ctx: DocContext, name: string): boolean {
  return ctx.eclasses.some((e) => e.info.assigned.has(name));
}

function checkMetadata(ctx: DocContext, add: Add, parsedWhole: boolean): void {
  const zero: Span = { start: 0, end: 0 };
  for (const name of ['DESCRIPTION', 'SLOT', 'LICENSE']) {
    if (ctx.globals.has(name) || providedByEclass(ctx, name) || ctx.missingEclasses.size || !parsedWhole) continue;
    // virtual and acct-* packages install nothing, so they carry no LICENSE
    if (name === 'LICENSE' && /^(virtual|acct-user|acct-group)$/.test(ctx.category ?? '')) continue;
    add(zero, name === 'LICENSE' ? 'warning' : 'error', 'missing-variable', `${name} is not set${name === 'LICENSE' ? '' : ' (PMS requires it)'}.`);
  }
  for (const [name, list] of ctx.globals) {
    const v = VARIABLES.get(name);
    if (v?.kind === 'readonly') list.forEach((a) => add(a.nameSpan, 'error', 'readonly-variable', `${name} is set by the package manager; an ebuild must not assign it.`));
    else if (v?.kind === 'install' && (v.since ?? 0) > ctx.eapi) {
      // before its EAPI, PATCHES or HTML_DOCS is the ebuild's own variable: wrong only when nothing reads it
      if (!readsVariable(ctx, name)) list.forEach((a) => add(a.nameSpan, 'warning', 'variable-not-in-eapi', `${name} is read by the default phases from EAPI ${v.since} on; in EAPI ${ctx.eapi} nothing in this ebuild or its eclasses reads it, so it has no effect.`));
    } else if (v && (v.since ?? 0) > ctx.eapi) list.forEach((a) => add(a.nameSpan, 'error', 'variable-not-in-eapi', `${name} needs EAPI ${v.since}; this file is EAPI ${ctx.eapi}.`));
    for (const a of list) {
      if (!a.value) continue;
      if (DEPENDENCY_VARIABLES.has(name)) checkDependencies(ctx, a.value.text, a.value.span.start, add);
      else if (name === 'LICENSE') checkLicense(ctx, a.value.text, a.value.span.start, add);
      else if (name === 'KEYWORDS') checkKeywords(ctx, a.value.text, a.value.span.start, add);
      else if (name === 'REQUIRED_USE' && ctx.iuseComplete) checkRequiredUse(ctx, a.value.text, a.value.span.start, add);
      else if (name === 'SLOT' && !/^[A-Za-z0-9_][A-Za-z0-9+_.-]*(\/[A-Za-z0-9_][A-Za-z0-9+_.-]*)?$/.test(unquote(a.value.text)) && !a.value.text.includes('$')) {
        add(a.value.span, 'error', 'bad-slot', `SLOT "${unquote(a.value.text)}" is not a valid slot name.`);
      }
    }
  }
  const meta = ctx.category && ctx.pn ? ctx.repo?.metadata(ctx.category, ctx.pn) : undefined;
  if (meta?.error) add(zero, 'warning', 'metadata-xml-broken', `${meta.path} does not parse (line ${meta.error.line + 1}: ${meta.error.message}); its USE flag descriptions are ignored.`);
}

function checkDependencies(ctx: DocContext, raw: string, base: number, add: Add): void {
  const tokens = tokenize(raw, base);
  for (const t of tokens) {
    if (t.kind === 'exactly-one' || t.kind === 'at-most-one') add(t.word.span, 'error', 'bad-dependency', `'${t.word.text}' groups are only allowed in REQUIRED_USE.`);
    else if (t.kind === 'item') {
      const reason = checkAtom(t.word.text, ctx.eapi);
      if (reason) add(t.word.span, 'error', 'bad-atom', `"${t.word.text}": ${reason}.`);
      else if (ctx.iuseComplete) for (const f of conditionalUseDepFlags(t.word.text)) checkFlag(ctx, f, t.word.span, add);
    } else if (t.kind === 'conditional' && ctx.iuseComplete) checkFlag(ctx, t.flag, t.word.span, add);
  }
  structure(tokens, add);
}

function structure(tokens: ReturnType<typeof tokenize>, add: Add): void {
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close' && --depth < 0) {
      add(t.word.span, 'error', 'bad-dependency', "')' without a matching '('.");
      depth = 0;
    } else if (t.kind !== 'item' && t.kind !== 'dynamic' && t.kind !== 'close' && tokens[i + 1]?.kind !== 'open' && tokens[i + 1]?.kind !== 'dynamic') {
      add(t.word.span, 'error', 'bad-dependency', `'${t.word.text}' must be followed by '( … )'.`);
    }
  });
  if (depth > 0) {
    const last = tokens[tokens.length - 1];
    add(last.word.span, 'error', 'bad-dependency', `${depth} '(' never closed.`);
  }
}

/** Masters named by the repositories of the chain that were not found: their licences, arches and eclasses are unknown. */
function missingMasters(ctx: DocContext): string[] {
  return [...new Set(ctx.chain.flatMap((r) => r.masters).filter((m) => !ctx.chain.some((c) => c.name === m)))];
}

function checkLicense(ctx: DocContext, raw: string, base: number, add: Add): void {
  const known = ctx.chain.map((r) => r.licenses()).filter((s) => s.size > 0);
  const tokens = tokenize(raw, base);
  structure(tokens, add);
  // A licence may live in a master that is not here (an overlay of ::gentoo on a non-Gentoo machine): no guessing.
  if (!known.length || missingMasters(ctx).length) return;
  for (const t of tokens) {
    if (t.kind === 'item' && !known.some((s) => s.has(t.word.text))) {
      const name = t.word.text;
      // A repository that lists the licence in its groups knows it and only lacks the text (a trimmed
      // licenses/, as in Flatcar's portage-stable): the ebuild is right, the fix is in the repository.
      const declaring = ctx.chain.find((r) => r.groupedLicenses().has(name));
      if (declaring) add(t.word.span, 'information', 'license-text-missing', `licence "${name}" is in profiles/license_groups of ${declaring.name}, but its text is missing from licenses/: add licenses/${name} to the repository (pkgcheck reports UnknownLicense until then).`);
      else add(t.word.span, 'error', 'unknown-license', `licence "${name}" is not in licenses/ of ${ctx.chain.map((r) => r.name).join(', ')}.`);
    } else if (t.kind === 'conditional' && ctx.iuseComplete) checkFlag(ctx, t.flag, t.word.span, add);
  }
}

function checkKeywords(ctx: DocContext, raw: string, base: number, add: Add): void {
  const arches = new Set(ctx.chain.flatMap((r) => [...r.arches()]));
  if (!arches.size || missingMasters(ctx).length) return;
  for (const t of tokenize(raw, base)) {
    if (t.kind === 'dynamic') continue;
    const w = t.word.text;
    if (w === '-*' || w === '*' || w === '~*') continue;
    const arch = w.replace(/^[~-]/, '');
    if (!arches.has(arch)) add(t.word.span, 'error', 'unknown-keyword', `"${arch}" is not an arch in profiles/arch.list.`);
  }
}

function checkRequiredUse(ctx: DocContext, raw: string, base: number, add: Add): void {
  const tokens = tokenize(raw, base);
  structure(tokens, add);
  for (const t of tokens) {
    if (t.kind === 'item') checkFlag(ctx, t.word.text.replace(/^!/, ''), t.word.span, add);
    else if (t.kind === 'conditional') checkFlag(ctx, t.flag, t.word.span, add);
  }
}
