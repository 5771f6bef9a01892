/**
 * pkgcheck's results as the language server's findings on an ebuild (src/core/pkgcheck.ts reads JsonStream and
 * words each result).
 */
import { describePkgcheckResult, pkgcheckSeverity, type PkgcheckResult } from '../core/pkgcheck';
import { Finding } from './diagnostics';

/**
 * Findings for one ebuild: results of its version, and package-level results, at the line
 * pkgcheck gives (line 1 when it gives none). `lineStart` maps a 0-based line to an offset.
 */
export function pkgcheckFindings(results: PkgcheckResult[], target: { category: string; package: string; version: string }, lineStart: (line: number) => number): Finding[] {
  const out: Finding[] = [];
  for (const r of results) {
    if (r.category && r.category !== target.category) continue;
    if (r.package && r.package !== target.package) continue;
    if (r.version && r.version !== target.version) continue;
    const lines = r.lines.length ? r.lines : [1];
    for (const l of lines) {
      const start = lineStart(Math.max(0, l - 1));
      const end = Math.max(start, lineStart(l) - 1);
      out.push({ span: { start, end }, severity: pkgcheckSeverity(r), code: r.className, message: describePkgcheckResult(r) });
    }
  }
  return out;
}
