/**
 * The QA difference of a change (what repo-mirror-ci reports on a pull request): pkgcheck's results on the head tree
 * that the base tree does not have. A result that points at lines is compared line by line, by the text of the line,
 * so that a line that only moved is not new and one more line of an old kind of problem is. A result of a version
 * the base does not have (a version bump) that the base had on another version of the package is carried over, not
 * new. Pure: src/cli/commands/qaDiff.ts runs pkgcheck on both trees and prints these as CI annotations.
 */
import { describePkgcheckResult, pkgcheckSeverity, type PkgcheckResult } from './pkgcheck';
import { codeQualityReport, type Annotation } from './findings';

export interface QaItem {
  result: PkgcheckResult;
  /** The line it points at (one item per line of a multi-line result). */
  line?: number;
  /** What is compared: class, package, version, attributes and the line's text. */
  key: string;
  /** The same without the version. */
  versionless: string;
}

const attrsKey = (attrs: Record<string, unknown>) => JSON.stringify(Object.entries(attrs).filter(([k]) => k !== 'line' && k !== 'lineno').sort(([a], [b]) => (a < b ? -1 : 1)));

/** The results as items; `lineText(result, line)` gives the text of that line of the result's file. */
export function qaItems(results: PkgcheckResult[], lineText: (r: PkgcheckResult, line: number) => string | undefined): QaItem[] {
  return results.flatMap((result) => {
    const base = `${result.className}|${result.category ?? ''}/${result.package ?? ''}|${attrsKey(result.attrs)}`;
    const make = (line: number | undefined): QaItem => {
      const text = line === undefined ? '' : (lineText(result, line) ?? `#${line}`).trim();
      return { result, line, key: `${base}|${result.version ?? ''}|${text}`, versionless: `${base}|${text}` };
    };
    return result.lines.length ? [...new Set(result.lines)].map(make) : [make(undefined)];
  });
}

/**
 * The items of `head` that `base` does not have (as many times as it has them). `baseVersions` holds the
 * `cat/pn-ver` of the base tree: a head version outside it takes old results of any version of its package.
 */
export function newQaItems(base: QaItem[], head: QaItem[], baseVersions: Set<string>): QaItem[] {
  const count = (items: QaItem[], k: (i: QaItem) => string) => items.reduce((m, i) => m.set(k(i), (m.get(k(i)) ?? 0) + 1), new Map<string, number>());
  const exact = count(base, (i) => i.key);
  const loose = count(base, (i) => i.versionless);
  const take = (m: Map<string, number>, k: string) => {
    const n = m.get(k) ?? 0;
    if (n > 0) m.set(k, n - 1);
    return n > 0;
  };
  const out: QaItem[] = [];
  // Exact matches first; a bumped version's copy of an old result is carried over (its base version may keep it too).
  for (const i of head.filter((h) => !take(exact, h.key))) {
    const r = i.result;
    const bumped = r.version !== undefined && !baseVersions.has(`${r.category}/${r.package}-${r.version}`);
    if (bumped && take(loose, i.versionless)) continue;
    out.push(i);
  }
  return out;
}

/** The head-side line numbers a unified diff (`git diff -U0`) adds or changes. */
export function changedLines(diff: string): Set<number> {
  const out = new Set<number>();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) out.add(start + i);
  }
  return out;
}

/**
 * A line for a result pkgcheck gives none (a dependency that does not exist, an unused flag): the changed line that
 * names one of its values, else any line that does, else the assignment of the variable it names, else the first
 * changed line. Undefined when the file did not change and nothing points anywhere.
 */
export function lineFor(r: PkgcheckResult, lines: string[], changed: Set<number>): number | undefined {
  // The most specific values first (an atom before a keyword), each on a changed line before any other line.
  const values = Object.entries(r.attrs).filter(([k]) => k !== 'attr').flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string' && v.length >= 3).sort((a, b) => b.length - a.length);
  const ordered = [...changed].sort((a, b) => a - b);
  const all = lines.map((_, i) => i + 1);
  for (const within of [ordered, all]) {
    for (const v of values) {
      const hit = within.find((n) => lines[n - 1]?.includes(v));
      if (hit) return hit;
    }
  }
  const variable = typeof r.attrs.attr === 'string' ? r.attrs.attr.toUpperCase() : undefined;
  return (variable ? all.find((n) => new RegExp(`^\\s*${variable}\\+?=`).test(lines[n - 1])) : undefined) ?? ordered[0];
}

/** New results placed on repository files for CI. */
export function qaAnnotations(items: QaItem[], fileOf: (r: PkgcheckResult) => string | undefined): Annotation[] {
  return items.map((i) => {
    const r = i.result;
    const what = [r.category && r.package ? `${r.category}/${r.package}${r.version ? `-${r.version}` : ''}` : r.category, r.className].filter(Boolean).join(': ');
    return { severity: pkgcheckSeverity(r), title: `pkgcheck ${what} (new in this change)`, message: describePkgcheckResult(r), path: fileOf(r), line: i.line };
  });
}

/** A GitLab code-quality report of the new pkgcheck results; check names are pkgcheck's classes. */
export const gitlabQaReport = (annotations: Annotation[], hash: (s: string) => string): string =>
  codeQualityReport(annotations, hash, (a) => `pkgcheck/${a.title.split(': ').pop()?.replace(/ \(new in this change\)$/, '')}`, 'pkgcheck|');
