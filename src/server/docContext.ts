/**
 * Everything the features need to know about one open ebuild or eclass, computed from its parse
 * facts and the repositories: kind, EAPI, package name, inherited eclasses (transitively), IUSE.
 */
import { basename, dirname } from 'node:path';
import { EclassInfo } from './eclassDoc';
import { Knowledge, Repository } from './knowledge';
import { AssignmentFact, DocFacts, Span, Word } from './parse';
import { eapiNumber, LATEST_EAPI } from './pms';

export type DocKind = 'ebuild' | 'eclass';

export interface DocContext {
  path: string;
  kind: DocKind;
  text: string;
  facts: DocFacts;
  /** EAPI as written (undefined when not assigned), its span, and the number used for checks. */
  eapiText?: string;
  eapiSpan?: Span;
  eapi: number;
  eapiKnown: boolean;
  category?: string;
  pn?: string;
  repo?: Repository;
  chain: Repository[];
  globals: Map<string, AssignmentFact[]>;
  inherits: Word[];
  eclasses: { repo: Repository; info: EclassInfo }[];
  missingEclasses: Set<string>;
  /** False when an inherit names eclasses through expansions (`inherit ${SCM}`) or one was not found: the closure is partial. */
  inheritsKnown: boolean;
  /** Flags declared by the ebuild and its eclasses, without +/- defaults. */
  iuse: Set<string>;
  /** False when part of IUSE comes from expansions or unknown eclasses, so a flag's absence proves nothing. */
  iuseComplete: boolean;
  /** Functions defined in the document. */
  localFunctions: Map<string, Span>;
}

export function unquote(value: string | undefined): string {
  return (value ?? '').replace(/^(["'])([\s\S]*)\1$/, '$2');
}

function docKind(path: string): DocKind {
  return path.endsWith('.eclass') ? 'eclass' : 'ebuild';
}

/** category and package name from `…/cat/pn/pn-ver.ebuild`. */
function packageOf(path: string): { category?: string; pn?: string } {
  const pkgDir = dirname(path);
  const pn = basename(pkgDir);
  const category = basename(dirname(pkgDir));
  return basename(path).startsWith(`${pn}-`) ? { category, pn } : {};
}

export function buildContext(path: string, text: string, facts: DocFacts, knowledge: Knowledge): DocContext {
  const kind = docKind(path);
  const repo = knowledge.repoFor(path);
  const chain = knowledge.chain(repo);
  const globals = new Map<string, AssignmentFact[]>();
  for (const a of facts.assignments) {
    if (a.fn) continue;
    if (!globals.has(a.name)) globals.set(a.name, []);
    globals.get(a.name)?.push(a);
  }
  const eapiFact = globals.get('EAPI')?.[0];
  const eapiText = eapiFact ? unquote(eapiFact.value?.text) : undefined;
  const parsedEapi = eapiText === undefined ? (kind === 'eclass' ? Number(LATEST_EAPI) : 0) : eapiNumber(eapiText);
  const inheritCommands = facts.commands.filter((c) => c.name === 'inherit');
  const inherits = inheritCommands.filter((c) => !c.fn).flatMap((c) => c.args).filter((w) => !w.text.includes('$'));
  const names = inherits.map((w) => w.text);
  if (kind === 'eclass') {
    const own = basename(path, '.eclass');
    // the eclass's own docs serve hover and completion inside it
    if (knowledge.findEclass(chain, own)) names.unshift(own);
  }
  const closure = knowledge.inheritClosure(chain, names);
  const iuse = new Set<string>();
  const inheritsKnown = closure.missing.length === 0 && !inheritCommands.some((c) => c.args.some((a) => a.text.includes('$')));
  let iuseComplete = inheritsKnown;
  for (const a of globals.get('IUSE') ?? []) {
    for (const w of unquote(a.value?.text).split(/\s+/).filter(Boolean)) {
      if (w.includes('$')) iuseComplete = false;
      else iuse.add(w.replace(/^[+-]/, ''));
    }
  }
  for (const e of closure.found) {
    e.info.iuse.forEach((f) => iuse.add(f));
    if (e.info.iuseDynamic) iuseComplete = false;
  }
  const localFunctions = new Map(facts.functions.map((f) => [f.name, f.nameSpan]));
  return {
    path, kind, text, facts, eapiText, eapiSpan: eapiFact?.value?.span ?? eapiFact?.nameSpan, eapi: parsedEapi ?? Number(LATEST_EAPI), eapiKnown: parsedEapi !== undefined,
    ...packageOf(path), repo, chain, globals, inherits, eclasses: closure.found, missingEclasses: new Set(closure.missing), inheritsKnown, iuse, iuseComplete, localFunctions,
  };
}

/** `cat/pn` of the document, when it is an ebuild in a package directory. */
export function cpnOf(ctx: DocContext): string | undefined {
  return ctx.category && ctx.pn ? `${ctx.category}/${ctx.pn}` : undefined;
}

/** Whether a flag is implicitly in IUSE: arch flags and USE_EXPAND-style flags the profiles define. */
export function implicitFlag(ctx: DocContext, flag: string): boolean {
  if (/^(elibc|kernel|userland|abi|cpu_flags)_/.test(flag)) return true;
  // gentoo's profiles/base/make.defaults: IUSE_IMPLICIT="prefix prefix-guest prefix-stack"
  if (flag === 'prefix' || flag === 'prefix-guest' || flag === 'prefix-stack') return true;
  for (const repo of ctx.chain) {
    if (repo.implicitIuse().includes(flag)) return true;
    if (repo.arches().has(flag)) return true;
    if (repo.useExpandPrefixes().some((p) => flag.startsWith(p))) return true;
  }
  return false;
}

/** The eclass (with its repository) that defines a function, searched along the inherit closure. */
export function eclassFunction(ctx: DocContext, name: string) {
  for (const e of ctx.eclasses) {
    const f = e.info.functions.get(name);
    if (f) return { ...e, fn: f };
  }
  return undefined;
}

export function eclassVariable(ctx: DocContext, name: string) {
  for (const e of ctx.eclasses) {
    const v = e.info.variables.get(name);
    if (v) return { ...e, variable: v };
  }
  return undefined;
}
