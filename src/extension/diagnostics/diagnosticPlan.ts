/**
 * From a build's emerge events to plain diagnostic records: which file and line, which code, which message,
 * which override lines would fix it. Pure (no `vscode`), so the mapping is unit-tested; emergeDiagnostics.ts
 * turns the records into VS Code diagnostics.
 */
import { basename } from 'node:path';
import { atomMatches } from '../../core/atom';
import { findingsOf, type Finding } from '../../core/findings';
import { locate, packageName, type LocateSources } from '../../core/locations';
import type { OverrideKind } from '../../core/buildModel';
import type { AutounmaskEvent, CompilerDiagnosticEvent, EmergeEvent, MaskedEvent } from '../../core/emerge/events';
import { unreachableEvent } from '../../core/emerge';

export type DiagnosticCode =
  | 'build-failure' | 'qa-notice' | 'autounmask-use' | 'autounmask-keyword' | 'autounmask-license' | 'autounmask-unmask'
  | 'autounmask-mask' | 'masked' | 'no-ebuilds' | 'required-use' | 'slot-conflict' | 'blocker' | 'fetch-failure'
  | 'digest-failure' | 'compiler-error';

/** One line to add to an override file: exactly what emerge proposed (or what a mask reason implies). */
export interface OverrideFix {
  kind: OverrideKind;
  /** `>=app-misc/libfoo-1.0 ssl`. */
  entry: string;
  /** `# required by …` lines emerge printed above it (may be empty). */
  comments: string[];
}

export interface RelatedPlace {
  /** `log` points into the build's saved log (0-based line of its plain text); `file` into a file. */
  /** `build`: a file of the failed build's tree (a container path), opened from a kept build. */
  target: 'log' | 'file' | 'build';
  file?: string;
  line: number;
  message: string;
}

export interface PlannedDiagnostic {
  /** Absolute path of the file it goes on. */
  file: string;
  /** 0-based first and last line. */
  line: number;
  endLine: number;
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
  /** Short label for the Builds tree. */
  title: string;
  related: RelatedPlace[];
  fixes: OverrideFix[];
  cpv?: string;
}

/** Where the texts come from: the built ebuild (with the workspace's eclasses and Manifest), and other workspace ebuilds by CPV. */
export interface PlanSources extends LocateSources {
  /** `cat/pf` of the built ebuild. */
  cpv: string;
  otherEbuilds?: Map<string, LocateSources>;
  /** The plain text of the saved log, to point compiler errors at (its line numbers are what the log document shows). */
  logText?: string;
  /** The workspace's override files (a mask in them is a place to look at too). */
  overrides?: { kind: OverrideKind; path: string; text: string }[];
}

const AUTOUNMASK_CODE: Record<AutounmaskEvent['kind'], DiagnosticCode> = {
  use: 'autounmask-use', keyword: 'autounmask-keyword', license: 'autounmask-license', unmask: 'autounmask-unmask', mask: 'autounmask-mask',
};

const KIND_NAME: Record<AutounmaskEvent['kind'], string> = {
  use: 'a USE change', keyword: 'a keyword change', license: 'a licence change', unmask: 'an unmask', mask: 'a mask change',
};

export function codeOf(event: EmergeEvent): DiagnosticCode | undefined {
  switch (event.type) {
    case 'autounmask': return AUTOUNMASK_CODE[event.kind];
    case 'compiler-diagnostic': return 'compiler-error';
    case 'build-failure': case 'qa-notice': case 'masked': case 'no-ebuilds': case 'required-use': case 'slot-conflict':
    case 'blocker': case 'fetch-failure': case 'digest-failure':
      return event.type;
    // Events this switch has nothing to say about; a new event type must be placed here or above.
    case 'package-start': case 'package-done': case 'phase': case 'merge-list': case 'merge-total': case 'conflict-total': case 'fetch-attempt': case 'failed-packages':
      return undefined;
    default:
      return unreachableEvent(event);
  }
}

/** The fixes a masked package's reasons imply (used when emerge ran without --autounmask and printed no change block). */
export function fixesForMasked(e: MaskedEvent): OverrideFix[] {
  const out: OverrideFix[] = [];
  const c = e.candidates[0];
  if (!c) return out;
  const atom = `=${c.cpv}`;
  for (const reason of c.reasons) {
    const kw = /^(~?[\w-]+|\*\*) keyword$/.exec(reason.trim());
    if (kw && kw[1].startsWith('~')) out.push({ kind: 'accept_keywords', entry: `${atom} ${kw[1]}`, comments: [] });
    else if (/^missing keyword$/.test(reason.trim())) out.push({ kind: 'accept_keywords', entry: `${atom} **`, comments: [] });
    else if (/^package\.mask$/.test(reason.trim())) out.push({ kind: 'unmask', entry: atom, comments: [] });
    const lic = /^(.+?) licen[cs]e\(s\)$/.exec(reason.trim());
    if (lic) out.push({ kind: 'license', entry: `${atom} ${lic[1].trim()}`, comments: [] });
  }
  return out;
}

function messageOf(f: Finding): string {
  const e = f.event;
  switch (e.type) {
    case 'autounmask': {
      const by = e.requiredBy.find((r) => r.kind === 'argument') ?? e.requiredBy[0];
      return `emerge needs ${KIND_NAME[e.kind]}: add "${e.entry}" to ${e.file}${by ? ` (required by ${by.atom})` : ''}`;
    }
    case 'build-failure': {
      const reason = e.reason.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
      return `${e.cpv} failed in the ${e.phase} phase: ${reason || '(no error message)'}`;
    }
    default:
      return f.message;
  }
}

/** `…/environment, line 12` etc. are not ours; only an ebuild or a workspace eclass is a place to edit. */
function sourcesFor(cpv: string | undefined, src: PlanSources): LocateSources {
  if (cpv && cpv !== src.cpv) return src.otherEbuilds?.get(cpv) ?? src;
  return src;
}

/** The 0-based line of the log's plain text that shows a compiler message, else undefined. */
function logLineOf(logLines: string[] | undefined, e: CompilerDiagnosticEvent): number | undefined {
  if (!logLines) return undefined;
  const head = `${e.file}${e.line !== undefined ? `:${e.line}` : ''}`;
  const i = logLines.findIndex((l) => l.includes(head) && l.includes(e.message.slice(0, 60)));
  return i >= 0 ? i : undefined;
}

export function planDiagnostics(events: EmergeEvent[], src: PlanSources): PlannedDiagnostic[] {
  const out: PlannedDiagnostic[] = [];
  const logLines = src.logText?.split('\n');
  const compilerErrors = events.filter((e): e is CompilerDiagnosticEvent => e.type === 'compiler-diagnostic' && (e.severity === 'error' || e.severity === 'fatal error'));
  for (const f of findingsOf(events)) {
    const e = f.event;
    const code = codeOf(e);
    if (!code || code === 'compiler-error') continue; // compiler errors go with their build failure
    const cpv = f.cpv;
    const own = sourcesFor(e.type === 'build-failure' || e.type === 'qa-notice' ? cpv : undefined, src);
    let where = locate(e, own);
    // A dependency that failed (no ebuild of it in the workspace): the line that pulls it in.
    if (e.type === 'build-failure' && own === src && cpv && cpv !== src.cpv) {
      const name = packageName(`=${cpv}`);
      if (name) where = locate({ type: 'masked', atom: name, candidates: [], requiredBy: [], inputLine: e.inputLine }, src);
    }
    const file = where.file ?? own.ebuildPath;
    const line = where.file ? where.line - 1 : firstLine(own.ebuildText);
    const endLine = where.file && where.endLine ? where.endLine - 1 : line;
    const related: RelatedPlace[] = [];
    if (where.note) related.push({ target: 'file', file, line, message: where.note });
    if (e.type === 'build-failure') {
      for (const c of compilerErrors.filter((c) => !c.cpv || c.cpv === e.cpv).slice(0, 20)) {
        const l = logLineOf(logLines, c);
        const text = `${c.file}${c.line !== undefined ? `:${c.line}${c.column !== undefined ? `:${c.column}` : ''}` : ''}: ${c.severity}: ${c.message}`;
        related.push({ target: 'log', line: l ?? 0, message: text });
        // The source itself, where the compiler read it (\${S}), for a build that was kept.
        if (e.s && c.file && c.line !== undefined) related.push({ target: 'build', file: c.file.startsWith('/') ? c.file : `${e.s}/${c.file}`, line: c.line - 1, message: text });
      }
    }
    const fixes: OverrideFix[] = e.type === 'autounmask'
      ? [{ kind: e.overrideKind === 'mask' ? 'mask' : e.overrideKind, entry: e.entry, comments: e.comments.filter((c) => /^#\s*required by/.test(c.trim())) }]
      : e.type === 'masked' ? fixesForMasked(e) : [];
    out.push({ file, line, endLine, severity: f.severity, code, message: messageOf(f), title: f.title, related, fixes, cpv });
    if (e.type === 'masked') out.push(...maskLines(e, src));
  }
  return out;
}

/** A package masked by `package.mask`: the workspace's own mask lines that match it, if any, are the cause. */
function maskLines(e: MaskedEvent, src: PlanSources): PlannedDiagnostic[] {
  const out: PlannedDiagnostic[] = [];
  for (const c of e.candidates.filter((c) => c.reasons.some((r) => r.trim() === 'package.mask'))) {
    // A mask file under /var/db/repos or /usr/portage is the tree's own, not the workspace's.
    if (c.maskFile && !/\/etc\/portage\/|\/conf\/intel\/portage\//.test(c.maskFile)) continue;
    for (const o of (src.overrides ?? []).filter((x) => x.kind === 'mask')) {
      o.text.split('\n').forEach((raw, i) => {
        const atom = raw.replace(/#.*$/, '').trim().split(/\s+/)[0];
        if (!atom || !matches(atom, c.cpv)) return;
        const unmask: OverrideFix = { kind: 'unmask', entry: `=${c.cpv}`, comments: [] };
        out.push({
          file: o.path, line: i, endLine: i, severity: 'error', code: 'masked', title: `${c.cpv} is masked here`,
          message: `This line masks ${c.cpv}, which the build of ${src.cpv} needs: remove it, or unmask the version`,
          related: [], fixes: [unmask], cpv: c.cpv,
        });
      });
    }
  }
  return out;
}

function matches(atom: string, cpv: string): boolean {
  try {
    return atomMatches(atom, cpv);
  } catch {
    return false;
  }
}

function firstLine(text: string): number {
  const i = text.split(/\r?\n/).findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return Math.max(0, i);
}

/** `…/app-misc/foo/foo-1.0.ebuild` → `app-misc/foo-1.0`. */
export function cpvOfEbuildPath(ebuildPath: string): string {
  const parts = ebuildPath.split(/[\\/]/);
  return `${parts[parts.length - 3] ?? ''}/${basename(ebuildPath).replace(/\.ebuild$/, '')}`;
}

/** CPVs the events name that may have an ebuild in the workspace (to load before planning). */
export function cpvsNamed(events: EmergeEvent[]): string[] {
  const out = new Set<string>();
  for (const e of events) if ((e.type === 'build-failure' || e.type === 'qa-notice') && e.cpv) out.add(e.cpv);
  return [...out];
}
