/**
 * pkgcheck on demand: the argv to run in the builder container and a parser for its JsonStream
 * reporter. JsonStream writes one JSON object per line: `{"__class__": "<Result>", …attributes}`,
 * with `category`, `package`, `version` by scope and `lineno`/`line` (or `lines`) for line results.
 * The message text (pkgcheck's `desc`) is not serialized, so we word one from the attributes.
 * The run itself goes through the Docker layer; this module stays pure.
 */
import { Finding } from './diagnostics';

export interface PkgcheckResult {
  className: string;
  category?: string;
  package?: string;
  version?: string;
  /** 1-based line numbers the result points at (empty when it has none). */
  lines: number[];
  attrs: Record<string, unknown>;
}

/** `pkgcheck scan -R JsonStream -r <repo> <cat/pkg>`; repoPath is where the repository is inside the container. */
export function pkgcheckArgs(repoPath: string, category: string, pkg: string, extra: string[] = []): string[] {
  return ['pkgcheck', 'scan', '-R', 'JsonStream', '-r', repoPath, ...extra, `${category}/${pkg}`];
}

/** Parses JsonStream output; lines that are not result objects (warnings, tracebacks) are skipped. */
export function parseJsonStream(output: string): PkgcheckResult[] {
  const out: PkgcheckResult[] = [];
  for (const line of output.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(t) as Record<string, unknown>;
    } catch {
      continue;
    }
    const className = obj.__class__;
    if (typeof className !== 'string') continue;
    const { __class__: _c, category, package: pkg, version, lineno, lines, ...attrs } = obj;
    const nums: number[] = [];
    if (typeof lineno === 'number') nums.push(lineno);
    else if (typeof lineno === 'string' && /^\d+$/.test(lineno)) nums.push(Number(lineno));
    if (Array.isArray(lines)) for (const l of lines) if (typeof l === 'number' || (typeof l === 'string' && /^\d+$/.test(l))) nums.push(Number(l));
    out.push({ className, category: str(category), package: str(pkg), version: str(version), lines: nums, attrs });
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

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
