/**
 * Findings: the parser's events that a person must act on, in one line each, with the place in the ebuild
 * when it can be found. Shared by the `build --changed` summary ("phase", "first finding") and by
 * `annotate` (GitHub workflow commands, GitLab code-quality report).
 */
import { splitPackageVersion } from './atom';
import type { EmergeEvent, FetchFailureEvent, RequiredBy } from './emerge/events';
import { coveredByUseChanges } from './emerge/useChange';
import { unreachableEvent } from './emerge/events';

export interface Finding {
  severity: 'error' | 'warning';
  /** Short title, e.g. `app-misc/dies-1.0 failed (install phase)`. */
  title: string;
  /** One-line message. */
  message: string;
  /** `cat/pn-ver` the finding is about, when known. */
  cpv?: string;
  /** Repository file it points at, when the event names one (`foo-1.0.ebuild`, `foo.eclass`, a digest's file). */
  file?: string;
  line?: number;
  /** The failing phase of a build failure. */
  phase?: string;
  /** The original event (for its snippet, when locating it in an ebuild). */
  event: EmergeEvent;
}

/** `=cat/pn-1.0::repo` or `cat/pn-1.0::repo` → `cat/pn-1.0`; undefined for an atom without a version. */
function cpvOf(atom: string): string | undefined {
  const m = /^=?([^/\s]+)\/([^:\s]+)/.exec(atom);
  return m && splitPackageVersion(m[2]) ? `${m[1]}/${m[2]}` : undefined;
}

/** The package a dependency problem belongs to: the command-line argument that pulled it in, else its nearest parent. */
function culprit(requiredBy: RequiredBy[] | undefined, fallback: string | undefined): string | undefined {
  const chain = requiredBy ?? [];
  const arg = chain.find((r) => r.kind === 'argument');
  return (arg && cpvOf(arg.atom)) ?? chain.map((r) => cpvOf(r.atom)).find(Boolean) ?? fallback;
}

const firstLine = (s: string) => s.split('\n').find((l) => l.trim())?.trim() ?? s.trim();

export function findingOf(e: EmergeEvent, lastCpv?: string): Finding | undefined {
  switch (e.type) {
    case 'build-failure': {
      // The innermost frame in an ebuild or eclass is where `die` was called.
      const frame = [...e.frames].reverse().find((f) => /\.(ebuild|eclass)$/.test(f.file));
      return { severity: 'error', title: `${e.cpv} failed (${e.phase} phase)`, message: firstLine(e.reason) || '(no error message)', cpv: e.cpv, phase: e.phase, file: frame?.file, line: frame?.line, event: e };
    }
    case 'autounmask':
      return { severity: 'error', title: `emerge needs a ${e.file} change`, message: `${e.file}: ${e.entry}`, cpv: culprit(e.requiredBy, lastCpv), event: e };
    case 'masked':
      return { severity: 'error', title: `${e.atom} is masked`, message: `All ebuilds that could satisfy "${e.atom}" are masked${e.candidates[0] ? ` (${e.candidates[0].cpv}: ${e.candidates[0].reasons.join(', ')})` : ''}`, cpv: culprit(e.requiredBy, e.candidates[0]?.cpv ?? lastCpv), event: e };
    case 'no-ebuilds':
      // Its `(Change USE: …)` lines came as autounmask events: those are the findings.
      if (coveredByUseChanges(e)) return undefined;
      return { severity: 'error', title: `no ebuilds for ${e.atom}`, message: `There are no ebuilds${e.useFlags ? ' built with USE flags' : ''} to satisfy "${e.atom}"`, cpv: culprit(e.requiredBy, lastCpv), event: e };
    case 'required-use':
      return { severity: 'error', title: `${e.cpv ?? e.atom}: REQUIRED_USE not met`, message: `REQUIRED_USE not met: ${e.unsatisfied.join(' ') || e.expression || ''}`.trim(), cpv: e.cpv ?? lastCpv, event: e };
    case 'slot-conflict':
      return { severity: 'error', title: `slot conflict on ${e.atom}`, message: `Slot conflict: ${e.packages.map((p) => p.cpv).join(' and ')} in ${e.atom}`, cpv: lastCpv, event: e };
    case 'blocker':
      if (e.resolved) return undefined;
      return { severity: 'error', title: 'blocked packages', message: e.atom ? `${e.atom} blocks ${e.blocking ?? 'a package'}` : `Packages that cannot be installed together: ${(e.packages ?? []).map((p) => p.cpv).join(', ')}`, cpv: lastCpv, event: e };
    case 'fetch-failure':
      if (e.restricted) return fetchRestricted(e, lastCpv);
      return { severity: 'error', title: `fetch failed${e.file ? `: ${e.file}` : ''}`, message: `${e.file ?? 'distfile'}: ${firstLine(e.reason)}`, cpv: e.cpv ?? lastCpv, event: e };
    case 'digest-failure':
      return { severity: 'error', title: `digest verification failed: ${e.file}`, message: `${e.file}: ${firstLine(e.reason)}`, file: e.file, cpv: lastCpv, event: e };
    case 'qa-notice':
      return { severity: 'warning', title: `QA Notice (${e.qaType})`, message: `QA Notice: ${e.message}${e.entries[0] ? ` (${e.entries[0].trim()})` : ''}`, cpv: e.cpv ?? lastCpv, event: e };
    case 'compiler-diagnostic':
      if (e.severity !== 'error' && e.severity !== 'fatal error') return undefined;
      return { severity: 'error', title: `${e.tool} error`, message: `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`, cpv: e.cpv ?? lastCpv, event: e };
    // Events this switch has nothing to say about; a new event type must be placed here or above.
    case 'package-start': case 'package-done': case 'phase': case 'merge-list': case 'merge-total': case 'conflict-total': case 'fetch-attempt': case 'failed-packages':
      return undefined;
    default:
      return unreachableEvent(e);
  }
}

function fetchRestricted(e: FetchFailureEvent, lastCpv: string | undefined): Finding {
  const cpv = e.cpv ?? lastCpv;
  const files = e.files?.length ? e.files.join(', ') : 'its distfiles';
  const how = e.instructions?.[0] ? ` (${e.instructions[0]})` : '';
  return { severity: 'error', title: `${cpv ?? 'a package'} must be fetched by hand`, message: `${cpv ?? 'The package'} has fetch restriction turned on: download ${files} yourself into DISTDIR${how}`, cpv, event: e };
}

/** Every finding of a build's events, in order, without repeats (a log and its build.log say things twice). */
export function findingsOf(events: EmergeEvent[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  let lastCpv: string | undefined;
  // Mirrors that failed before a fetch failure: the failure's message names them.
  const attempts = new Map<string, string[]>();
  // Packages whose failure was already reported: the end-of-run summary adds only the others.
  const failed = new Set<string>();
  // Fetch-restricted packages: their `Fetch failed for 'cpv'` says nothing more.
  const restricted = new Set<string>();
  for (const e of events) {
    if (e.type === 'fetch-failure' && e.cpv) {
      if (e.restricted) restricted.add(e.cpv);
      else if (restricted.has(e.cpv) && !e.file) continue;
    }
    if (e.type === 'package-start') lastCpv = e.cpv;
    if (e.type === 'build-failure' || (e.type === 'package-done' && e.result === 'failed')) failed.add(e.cpv);
    if (e.type === 'failed-packages') {
      for (const p of e.packages) {
        if (failed.has(p.cpv)) continue;
        failed.add(p.cpv);
        out.push({
          severity: 'error', title: `${p.cpv} failed`, cpv: p.cpv, event: e,
          message: `${p.cpv} ${p.postinstFailed ? 'was installed but pkg_postinst failed' : 'failed to build or install'}${p.log ? ` (log: ${p.log})` : ''}`,
        });
      }
    }
    if (e.type === 'fetch-attempt') attempts.set(e.file, [...(attempts.get(e.file) ?? []), `${e.host} (${e.status ? `${e.status} ` : ''}${e.reason})`]);
    const f = findingOf(e, lastCpv);
    if (!f) continue;
    const tried = e.type === 'fetch-failure' && e.file ? attempts.get(e.file) : undefined;
    if (tried) f.message += `; mirrors tried: ${[...new Set(tried)].join(', ')}`;
    const key = `${f.severity}|${f.title}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The finding a summary shows: the first error, else the first warning. */
export function mainFinding(findings: Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'error') ?? findings[0];
}

// GitHub workflow commands: data and property values are %-escaped (https://github.com/actions/toolkit, command.ts).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export interface PlacedFinding extends Finding {
  /** Repository-relative path the annotation goes on. */
  path?: string;
}

/** What a CI annotation says: a finding placed in the repository, or a pkgcheck result (qaDiff.ts). */
export interface Annotation {
  severity: 'error' | 'warning';
  title: string;
  message: string;
  path?: string;
  line?: number;
}

/** A GitHub workflow command that annotates a file's line. */
export function githubAnnotation(a: Annotation): string {
  const props = [a.path ? `file=${escapeProperty(a.path)}` : '', a.path && a.line ? `line=${a.line}` : '', `title=${escapeProperty(a.title)}`].filter(Boolean);
  return `::${a.severity} ${props.join(',')}::${escapeData(a.message)}`;
}

/**
 * A GitLab code-quality report (a JSON array of Code Climate issues); `fingerprint` must be stable and unique, so
 * repeats of one annotation are numbered. `keyPrefix` keeps one kind of report's fingerprints apart from another's.
 */
export function codeQualityReport<A extends Annotation>(items: A[], hash: (s: string) => string, checkName: (a: A) => string, keyPrefix = ''): string {
  const seen = new Map<string, number>();
  const issues = items.map((a) => {
    const base = hash(`${keyPrefix}${a.path ?? ''}|${a.title}|${a.message}`);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      description: `${a.title}: ${a.message}`,
      check_name: checkName(a),
      fingerprint: n ? hash(`${base}|${n}`) : base,
      severity: a.severity === 'error' ? 'major' : 'minor',
      location: { path: a.path ?? '.', lines: { begin: a.line ?? 1 } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

export const gitlabCodeQuality = (findings: PlacedFinding[], hash: (s: string) => string): string => codeQualityReport(findings, hash, (f) => f.event.type);
