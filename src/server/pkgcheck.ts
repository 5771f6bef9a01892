/**
 * pkgcheck's results as the language server's findings on an ebuild (src/core/pkgcheck.ts reads JsonStream).
 * The message text (pkgcheck's `desc`) is not serialized, so we word one from the attributes.
 */
import type { PkgcheckResult } from '../core/pkgcheck';
import { Finding } from './diagnostics';

function describe(r: PkgcheckResult): string {
  const words = r.className.replace(/([a-z])([A-Z])/g, '$1 $2');
  const details = Object.entries(r.attrs)
    .filter(([k]) => k !== 'line')
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  const line = typeof r.attrs.line === 'string' ? ` — \`${r.attrs.line.trim()}\`` : '';
  return `${words}${details.length ? ` (${details.join('; ')})` : ''}${line}`;
}

/** pkgcheck reports errors under names like these; everything else is a warning or style note. */
const ERROR_CLASS = /^(Invalid|Nonexistent|Nonsolvable|Missing|Bad|Unknown)|Error$/;

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
      out.push({ span: { start, end }, severity: ERROR_CLASS.test(r.className) ? 'error' : 'warning', code: r.className, message: describe(r) });
    }
  }
  return out;
}
